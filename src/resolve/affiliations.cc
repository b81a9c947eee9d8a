// The resolver's affiliation pass: who belongs to which organization, as the
// text states it (MEMBER_OF): "NPR's Anthony Kuhn", "Ty Cobb, a White House
// attorney", "Greg Miller for the Washington Post", "Manafort, who ran Trump's
// campaign", "her own Conservative party", and the holder of an office whose
// organization the title names.
#include <algorithm>

#include "resolve/resolver.h"
#include "resolve/resolver_work.h"
#include "util/text.h"

namespace newsgraph {

void Resolver::BindAffiliations(Work& w) const {
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  auto entity_type = [&](size_t m) -> int {
    int32_t e = w.out.mention_entity[m];
    if (e < 0 || w.mentions[m].kind == MentionKind::kPronoun) return -1;
    return static_cast<int>(w.out.entities[static_cast<size_t>(e)].type);
  };
  auto is_person = [&](size_t m) { return entity_type(m) == static_cast<int>(EntityType::kPerson); };
  auto is_org = [&](size_t m) { return entity_type(m) == static_cast<int>(EntityType::kOrganization); };
  auto bind = [&](size_t person_mention, size_t org_mention, const char* rule) {
    w.out.memberships.push_back({static_cast<uint32_t>(w.out.mention_entity[person_mention]),
                                 static_cast<uint32_t>(w.out.mention_entity[org_mention]),
                                 w.mentions[org_mention].first_token, false, rule});
  };
  auto lower_word = [&](uint32_t t) {
    return toks[t].kind == TokenKind::kWord && !(toks[t].flags & kCapitalized) &&
           !lex.clause_boundaries.LongestAt(w.out.recognized.words, t);
  };
  // People listed together: "Adam Entous, Ellen Nakashima, and Greg Miller".
  auto coordinated = [&](size_t first) {
    std::vector<size_t> list{first};
    size_t m = first;
    while (m + 1 < w.mentions.size()) {
      uint32_t t = w.mentions[m].end_token;
      uint32_t next = w.mentions[m + 1].first_token;
      if (next == t || next - t > 2) break;  // (before the loop: the gap may be the rest of the text)
      bool joined = true;
      for (uint32_t k = t; k < next; ++k) {
        bool comma = toks[k].kind == TokenKind::kPunct && w.tokens.text[toks[k].start] == ',';
        if (!comma && !lex.connectors.LongestAt(w.out.recognized.words, k)) joined = false;
      }
      if (!joined || !is_person(m + 1)) break;
      list.push_back(++m);
    }
    return list;
  };
  // A party's one-word mention and the word after it spell the party's name ("the Conservative party").
  auto spelled_with_next = [&](const Mention& om, const DocEntity& party) {
    return om.end_token < toks.size() && toks[om.end_token].kind == TokenKind::kWord &&
           FoldCase(party.name) == FoldCase(w.tokens.text.substr(om.start, toks[om.end_token].end - om.start));
  };
  // Whether an organization's mention only modifies the words after it: a
  // possessive, a capitalized word or a joining mark follows ("CNN's Jake
  // Tapper", "Democratic Sens.", "Fox & Friends"), or a party's one-word name
  // is followed by a word that neither ends the party's name nor is a function
  // word ("Republican circles", "GOP candidate"; but "the Conservative party",
  // "joined the GOP in 1990").
  auto modifies_next = [&](size_t n) {
    const Mention& om = w.mentions[n];
    if (om.end_token >= toks.size() || toks[om.end_token].sentence != toks[om.first_token].sentence) return false;
    const Token& next = toks[om.end_token];
    if (next.kind == TokenKind::kPossessive || (next.kind == TokenKind::kWord && (next.flags & kCapitalized))) return true;
    if (next.kind == TokenKind::kPunct) {
      std::string_view mark = w.tokens.Text(next);
      return mark == "&" || mark == "/" || IsDash(mark);
    }
    const DocEntity& org = w.out.entities[static_cast<size_t>(w.out.mention_entity[n])];
    if (org.knowledge_index < 0 || om.end_token != om.first_token + 1 || next.kind != TokenKind::kWord) return false;
    if (!IsParty(knowledge_.entity(static_cast<uint32_t>(org.knowledge_index)))) return false;
    return !spelled_with_next(om, org) && !IsFunctionWordAt(lex, w.out.recognized.words, om.end_token);
  };
  // The organization mention after a verb of membership (markers `membership`)
  // that follows token `t`, maybe past ", who" and auxiliaries or adverbs
  // (markers `auxiliary`, "-ly" words): "Paul Manafort, who ran Trump's
  // presidential campaign", "Gates, who also worked on the campaign". Members
  // named in the plural ("joined Democrats in opposing") are company kept, not
  // membership. Mentions from `first_mention` on are looked at; -1 when there is none.
  auto org_after_membership_verb = [&](uint32_t t, size_t first_mention) -> int32_t {
    if (t >= toks.size()) return -1;
    uint32_t v = t;
    if (v + 1 < toks.size() && IsPunct(w.tokens, v, ',') &&
        HasValue(lex.apposition.LongestAt(w.out.recognized.words, v + 1), "relative")) {
      v += 2;
    }
    v = w.PastAuxiliaries(lex, v);
    auto verb = v < toks.size() ? lex.markers.LongestAt(w.out.recognized.words, v) : std::nullopt;
    if (!HasValue(verb, "membership") || toks[v].sentence != toks[t].sentence) return -1;
    uint32_t object = v + static_cast<uint32_t>(verb->length);
    if (object < toks.size() && lex.determiners.LongestAt(w.out.recognized.words, object)) ++object;
    for (size_t n = first_mention; n < w.mentions.size() && w.mentions[n].first_token <= object; ++n) {
      const Mention& om = w.mentions[n];
      if (om.first_token != object || !is_org(n)) continue;
      std::string_view said = w.tokens.text.substr(om.start, om.end - om.start);
      bool plural_members = said.size() > 3 && said.back() == 's' && om.end_token == om.first_token + 1 &&
                            !w.out.entities[static_cast<size_t>(w.out.mention_entity[n])].name.ends_with("s");
      return plural_members || modifies_next(n) ? -1 : static_cast<int32_t>(n);
    }
    return -1;
  };
  // "Supreme Court nominee Brett Kavanaugh", "Hawley, the Missouri Senate
  // candidate": a noun at `noun` of someone seeking a place (markers
  // `aspirant`) in the gazetteer's organization of mention `org`, other than
  // a party, is no membership of it.
  auto seeks_place_in = [&](size_t org, uint32_t noun) {
    if (noun >= toks.size() || !HasValue(lex.markers.LongestAt(w.out.recognized.words, noun), "aspirant")) return false;
    const int32_t org_index = w.out.entities[static_cast<size_t>(w.out.mention_entity[org])].knowledge_index;
    // (One the gazetteer lacks may be a party: "Constitution Party candidate".)
    return org_index >= 0 && !IsParty(knowledge_.entity(static_cast<uint32_t>(org_index)));
  };
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    // ORG ['s] [a few lower-case words | a title] [,] PERSON: "NPR's Anthony Kuhn",
    // "former Trump campaign chairman Paul Manafort", "Trump's Democratic rival, Hillary Clinton".
    // (Not a photo credit's agency before a caption: "Kirill Kudryavtsev/AP Hassan Rouhani".)
    const uint32_t org_first = w.mentions[m].first_token;
    const bool credit = org_first > 0 && IsPunct(w.tokens, org_first - 1, '/') && !(toks[org_first - 1].flags & kSpaceBefore);
    if (is_org(m) && !credit && m + 1 < w.mentions.size()) {
      uint32_t t = w.mentions[m].end_token;
      if (t < toks.size() && toks[t].kind == TokenKind::kPossessive) ++t;
      size_t n = m + 1;
      // Between them only capitalized words ("Democratic New York Gov."), a cue of
      // former.txt, a `modifier` of determiners.tsv, a `state-level` marker ("Republican
      // state Sen.", "Democratic former state House Speaker"), a colon ("the Trump campaign:
      // former campaign chairman Paul Manafort"), a noun of affiliation_nouns.txt ("House
      // Intelligence Committee member Rep. Adam Schiff", "Republican presidential candidate
      // Sen. Marco Rubio", "Republican incumbent Rep. Devin Nunes"), after a party a comma or a dash
      // ("The panel's top Democrat, Sen. Mark Warner", "two Republicans — Sen. Susan
      // Collins"; not "Democrats against President Trump": no preposition); not a
      // verb ("Fox News asked Defense Secretary Jim Mattis", "Some Democrats are pushing
      // President Obama") nor a dateline's "(Reuters) -".
      auto modifiers_only = [&](uint32_t from, uint32_t to) {
        const auto& words = w.out.recognized.words;
        const int32_t org_index = w.out.entities[static_cast<size_t>(w.out.mention_entity[m])].knowledge_index;
        const bool party = org_index >= 0 && IsParty(knowledge_.entity(static_cast<uint32_t>(org_index)));
        for (uint32_t k = from; k < to; ++k) {
          const bool list_mark = IsPunct(w.tokens, k, ',') || IsDash(w.tokens.Text(toks[k]));
          if ((toks[k].flags & kCapitalized) || IsPunct(w.tokens, k, ':') || (party && list_mark) ||
              lex.former.LongestAt(words, k) || lex.affiliation_nouns.LongestAt(words, k) ||
              (k + 1 < to && lex.affiliation_nouns.LongestAt(words, k + 1)) ||  // "presidential candidate"
              HasValue(lex.determiners.LongestAt(words, k), "modifier") || HasValue(lex.markers.LongestAt(words, k), "state-level")) {
            continue;
          }
          return false;
        }
        return true;
      };
      if (entity_type(n) == static_cast<int>(EntityType::kOffice) && w.mentions[n].first_token >= t &&
          w.mentions[n].first_token - t <= 2 && modifiers_only(t, w.mentions[n].first_token)) {
        t = w.mentions[n].end_token;
        ++n;
      }
      // Up to three lower-case words ending in a noun of affiliation ("campaign chairman").
      uint32_t words = 0, noun_end = t;
      while (t < toks.size() && words < 3 && lower_word(t) && (n >= w.mentions.size() || t < w.mentions[n].first_token)) {
        if (lex.affiliation_nouns.LongestAt(w.out.recognized.words, t)) noun_end = t + 1;
        ++t;
        ++words;
      }
      if (words > 0 && noun_end != t) continue;
      if (words > 0 && seeks_place_in(m, noun_end - 1)) continue;
      if (t < toks.size() && toks[t].kind == TokenKind::kPunct && w.tokens.text[toks[t].start] == ',' && words > 0) ++t;
      if (n < w.mentions.size() && toks[t < toks.size() ? t : 0].sentence != toks[w.mentions[m].first_token].sentence) continue;
      if (n < w.mentions.size() && w.mentions[n].first_token == t && is_person(n)) {
        for (size_t p : coordinated(n)) bind(p, m, "org-name");
      }
    }
    if (!is_person(m)) continue;
    std::vector<size_t> people = coordinated(m);
    size_t last = people.back();
    uint32_t t = w.mentions[last].end_token;
    // "Hope Hicks, the campaign's spokeswoman" needs no more; "X, the FBI's
    // spokesman": the organization whose spokesman, aide, lawyer ... X is.
    if (t + 3 < toks.size() && IsPunct(w.tokens, t, ',') && last + 1 < w.mentions.size() &&
        w.mentions[last + 1].first_token == t + 1 && is_org(last + 1)) {
      uint32_t after = w.mentions[last + 1].end_token;
      if (after + 1 < toks.size() && toks[after].kind == TokenKind::kPossessive &&
          lex.affiliation_nouns.LongestAt(w.out.recognized.words, after + 1)) {
        for (size_t p : people) bind(p, last + 1, "org-spokesman");
      }
    }
    // PERSON is/was a member of ORG: a copula opens the apposition as a comma would.
    uint32_t opener = t;  // last token of the comma or copula
    bool copula = false;
    if (t < toks.size() && toks[t].kind == TokenKind::kWord) {
      if (auto hit = lex.copulas.LongestAt(w.out.recognized.words, t)) {
        opener = t + static_cast<uint32_t>(hit->length) - 1;
        copula = true;
      }
    }
    bool opens = opener < toks.size() && (copula || IsPunct(w.tokens, t, ','));
    // PERSON, a/the ... ORG ...,: "Ty Cobb, a White House attorney"
    if (opens && opener + 1 < toks.size() && lower_word(opener + 1) &&
        (lex.determiners.LongestAt(w.out.recognized.words, opener + 1) || lex.affiliation_nouns.LongestAt(w.out.recognized.words, opener + 1))) {
      for (size_t n = last + 1; n < w.mentions.size(); ++n) {
        uint32_t first = w.mentions[n].first_token;
        if (first > opener + 9 || toks[first].sentence != toks[t].sentence) break;
        bool closed = false;
        for (uint32_t k = opener + 1; k < first; ++k) closed |= toks[k].kind != TokenKind::kWord && toks[k].kind != TokenKind::kPossessive;
        if (closed) break;
        // After a copula the words must say how ("was a member of"), not only
        // that ("is a critic of"), as a comma's apposition may leave implied.
        bool noun = !copula;
        for (uint32_t k = opener + 1; k < first && !noun; ++k) noun = lex.affiliation_nouns.LongestAt(w.out.recognized.words, k).has_value();
        // "a frequent critic of the Kremlin": a stance toward it, no membership
        // (unless another noun phrase or a clause follows the stance: "a Trump
        // supporter and a Republican strategist", "a Trump critic who led the CIA").
        for (uint32_t k = first; k-- > opener + 1 && noun;) {
          if (lex.coordination.LongestAt(w.out.recognized.words, k) ||
              HasValue(lex.apposition.LongestAt(w.out.recognized.words, k), "relative")) {
            break;
          }
          noun = !(HasValue(lex.markers.LongestAt(w.out.recognized.words, k), "non-member") &&
                   HasValue(lex.markers.LongestAt(w.out.recognized.words, k + 1), "origin"));  // "critic of", not "critic for"
        }
        if (is_org(n)) {
          if (noun && !seeks_place_in(n, w.mentions[n].end_token)) {
            for (size_t p : people) bind(p, n, copula ? "copula-org" : "apposition-org");
          }
          break;
        }
      }
    }
    // PERSON [, who] [had, also, later ...] joined/ran/worked for [the] ORG.
    if (int32_t n = org_after_membership_verb(t, last + 1); n >= 0) {
      for (size_t p : people) bind(p, static_cast<size_t>(n), "membership-verb");
    }
    // PERSON for/at/of [the] ORG: "Greg Miller for the Washington Post"
    if (t < toks.size() && lex.affiliation.LongestAt(w.out.recognized.words, t) && last + 1 < w.mentions.size()) {
      size_t n = last + 1;
      uint32_t gap = w.mentions[n].first_token - t;
      // "met with Obama at the White House": "at" (markers `seat`) a venue
      // (`venue=yes`) says where someone was, not whose member.
      const int32_t org_index = is_org(n) ? w.out.entities[static_cast<size_t>(w.out.mention_entity[n])].knowledge_index : -1;
      const bool at_venue = org_index >= 0 && HasValue(lex.markers.LongestAt(w.out.recognized.words, t), "seat") &&
                            knowledge_.entity(static_cast<uint32_t>(org_index)).Attribute("venue") == "yes";
      if (is_org(n) && gap >= 1 && gap <= 2 && (gap == 1 || lower_word(t + 1)) && !at_venue) {
        for (size_t p : people) bind(p, n, "name-for-org");
      }
    }
    m = last;
  }
  // "met with a professor before joining the Trump campaign", "Since joining
  // the FBI, Strzok ...": a verb of membership right after a subordinator
  // (markers `subordinator`) is its clause's subject's: the person before it
  // in the sentence (not the object of a preposition), or, when the
  // subordinate clause opens the sentence, the person right after its comma.
  for (size_t n = 0; n < w.mentions.size(); ++n) {
    if (!is_org(n)) continue;
    const auto& words = w.out.recognized.words;
    uint32_t object = w.mentions[n].first_token;
    if (object > 0 && lex.determiners.LongestAt(words, object - 1)) --object;
    uint32_t verb = object;
    for (uint32_t k = object >= 3 ? object - 3 : 0; k < object && verb == object; ++k) {
      auto hit = lex.markers.LongestAt(words, k);
      if (HasValue(hit, "membership") && k + hit->length == object) verb = k;
    }
    if (verb == object || verb == 0 || w.out.token_mention[verb - 1] >= 0 ||
        !HasValue(lex.markers.LongestAt(words, verb - 1), "subordinator") ||
        org_after_membership_verb(verb, n) != static_cast<int32_t>(n)) {
      continue;
    }
    const Sentence& sentence = w.tokens.sentences[toks[verb].sentence];
    int32_t person = -1;
    if (verb - 1 == sentence.first_token) {
      for (uint32_t k = w.mentions[n].end_token; k + 1 < sentence.end_token && person < 0; ++k) {
        if (!IsPunct(w.tokens, k, ',')) continue;
        int32_t after = w.out.token_mention[k + 1];
        if (after >= 0 && w.mentions[static_cast<size_t>(after)].first_token == k + 1 && is_person(static_cast<size_t>(after))) {
          person = after;
        }
        break;
      }
    } else {
      // Past owners ("Obama's director of communications") and objects; in a
      // relative clause, the one it describes ("Miller, who served Sessions").
      for (uint32_t k = verb - 1; k-- > sentence.first_token;) {
        int32_t q = w.out.token_mention[k];
        if (q < 0) {
          if (!HasValue(lex.apposition.LongestAt(words, k), "relative")) continue;
          uint32_t before = k > 0 && IsPunct(w.tokens, k - 1, ',') ? k - 1 : k;
          q = before > 0 ? w.out.token_mention[before - 1] : -1;
          if (q >= 0 && is_person(static_cast<size_t>(q))) person = q;
          break;
        }
        const Mention& candidate = w.mentions[static_cast<size_t>(q)];
        k = candidate.first_token;
        bool owner = candidate.end_token < toks.size() && toks[candidate.end_token].kind == TokenKind::kPossessive;
        if (is_person(static_cast<size_t>(q)) && !owner && !IsPrepositionObject(lex, words, k) && person < 0) {
          person = q;  // kept unless a relative pronoun comes before the next name
        } else if (person >= 0) {
          break;
        }
      }
    }
    if (person >= 0) bind(static_cast<size_t>(person), n, "membership-after-subordinator");
  }
  // "her own Conservative party", "Trump's Republican Party": a party owned by a
  // person (a possessive pronoun or a name's possessive, maybe with markers
  // `own`) is the owner's. The party must be named as a noun, not as an
  // adjective ("his GOP rivals"). A pronoun's owner whom the gazetteer knows in
  // another party yields to the latest person of the pronoun's gender known in
  // this one ("Merkel argued that obliging May ... her own Conservative party").
  for (size_t n = 1; n < w.mentions.size(); ++n) {
    if (!is_org(n)) continue;
    int32_t party_entity = w.out.mention_entity[n];
    const DocEntity& party = w.out.entities[static_cast<size_t>(party_entity)];
    if (party.knowledge_index < 0 || !IsParty(knowledge_.entity(static_cast<uint32_t>(party.knowledge_index)))) continue;
    const Mention& pm = w.mentions[n];
    bool noun = pm.end_token > pm.first_token + 1 || spelled_with_next(pm, party);
    if (!noun || modifies_next(n)) continue;
    uint32_t before = pm.first_token;
    if (before > 0 && HasValue(lex.markers.LongestAt(w.out.recognized.words, before - 1), "own")) --before;
    if (before < 2) continue;
    bool name_owns = toks[before - 1].kind == TokenKind::kPossessive;
    const Mention& owner = w.mentions[n - 1];
    int32_t person = w.out.mention_entity[n - 1];
    if (owner.end_token != (name_owns ? before - 1 : before) || person < 0 ||
        w.out.entities[static_cast<size_t>(person)].type != EntityType::kPerson ||
        !(name_owns ? owner.kind != MentionKind::kPronoun : owner.possessive_pronoun)) {
      continue;
    }
    auto known = w.PartyOn(knowledge_, person);
    if (known && *known != static_cast<uint32_t>(party.knowledge_index)) {
      if (name_owns) continue;
      person = -1;
      for (size_t k = n - 1; k-- > 0 && toks[w.mentions[k].first_token].sentence + 3 >= toks[pm.first_token].sentence;) {
        int32_t e = w.out.mention_entity[k];
        if (e < 0 || w.mentions[k].kind == MentionKind::kPronoun || w.out.entities[static_cast<size_t>(e)].gender != owner.gender) continue;
        if (w.PartyOn(knowledge_, e) == static_cast<uint32_t>(party.knowledge_index)) {
          person = e;
          break;
        }
      }
      if (person < 0) continue;
    }
    w.out.memberships.push_back({static_cast<uint32_t>(person), static_cast<uint32_t>(party_entity), pm.first_token, false, "owned-party"});
  }
  // "the senator had conversations ... as a senior member of the Armed Services
  // Committee", "meetings he took as a senator and a member of ...": "as" (markers
  // `role-predicate`), a few lower-case words with an affiliation noun, a
  // preposition of affiliation.txt, then an organization: the clause's person
  // before "as" (a name, a role noun or a pronoun) is its member.
  const auto& words = w.out.recognized.words;
  // Where "as" may stand: a few lower-case words before a preposition before an
  // organization (found from the organizations, which are few, not from every word).
  std::vector<uint32_t> as_positions;
  for (size_t n = 0; n < w.mentions.size(); ++n) {
    if (!is_org(n)) continue;
    uint32_t p = w.mentions[n].first_token;
    if (p > 0 && lex.determiners.LongestAt(words, p - 1)) --p;
    if (p < 3 || !lex.affiliation.LongestAt(words, p - 1)) continue;
    for (uint32_t b = p - 2; b > 0 && b + 9 > p && lower_word(b); --b) {
      if (HasValue(lex.markers.LongestAt(words, b), "role-predicate")) {
        as_positions.push_back(b);
        break;
      }
    }
  }
  for (uint32_t as : as_positions) {
    if (as + 3 >= toks.size() || w.out.token_mention[as] >= 0) continue;
    uint32_t k = as + 1;
    // "as a member", "as chairman", "as the deputy chair"; not "as he fulminated".
    if (!lower_word(k) || !(lex.determiners.LongestAt(words, k) || lex.affiliation_nouns.LongestAt(words, k) ||
                            lex.former.LongestAt(words, k))) {
      continue;
    }
    // ("as members of Congress", "as well as officials from": a group, not the subject.)
    if (std::string_view first = w.tokens.Text(toks[k]);
        !lex.determiners.LongestAt(words, k) && first.size() > 3 && first.back() == 's' && first[first.size() - 2] != 's') {
      continue;
    }
    bool noun = false;
    while (k < toks.size() && k < as + 8 && toks[k].sentence == toks[as].sentence && lower_word(k) &&
           !lex.copulas.LongestAt(words, k) && !(noun && lex.affiliation.LongestAt(words, k))) {
      noun |= lex.affiliation_nouns.LongestAt(words, k).has_value();
      ++k;
    }
    if (!noun || k >= toks.size() || !lex.affiliation.LongestAt(words, k)) continue;
    ++k;
    if (k < toks.size() && lex.determiners.LongestAt(words, k)) ++k;
    int32_t org = k < toks.size() ? w.out.token_mention[k] : -1;
    if (org < 0 || w.mentions[static_cast<size_t>(org)].first_token != k || !is_org(static_cast<size_t>(org))) continue;
    int32_t person = -1;
    for (uint32_t b = as; b-- > 0 && toks[b].sentence == toks[as].sentence;) {
      int32_t m = w.out.token_mention[b];
      // ("a friend who works as a law professor at Columbia": the clause's own subject, unnamed.)
      if (m < 0 && lex.clause_boundaries.LongestAt(words, b)) break;
      if (m < 0) continue;
      b = w.mentions[static_cast<size_t>(m)].first_token;
      // Not the object of a preposition ("Sessions's contact with Kislyak, even as a member of").
      if (IsPrepositionObject(lex, words, b)) continue;
      int32_t e = w.out.mention_entity[static_cast<size_t>(m)];
      if (e >= 0 && w.out.entities[static_cast<size_t>(e)].type == EntityType::kPerson) {
        person = static_cast<int32_t>(m);
        break;
      }
    }
    // Nor an object pronoun ("praised him as a member of").
    if (person < 0 || w.mentions[static_cast<size_t>(person)].object_pronoun) continue;
    w.out.memberships.push_back({static_cast<uint32_t>(w.out.mention_entity[static_cast<size_t>(person)]),
                                 static_cast<uint32_t>(w.out.mention_entity[static_cast<size_t>(org)]), k, false,
                                 "as-member"});
  }
  // An office whose organization the document names: the holder is a member.
  size_t bindings = w.out.office_bindings.size();
  for (size_t b = 0; b < bindings; ++b) {
    const Binding& binding = w.out.office_bindings[b];
    const DocEntity& office = w.out.entities[binding.target];
    bool state_level = false;
    w.SubordinateTitleAt(lex, binding.token, &state_level);
    if (office.knowledge_index < 0 || binding.former || state_level) continue;
    std::string_view org_id = knowledge_.entity(static_cast<uint32_t>(office.knowledge_index)).org;
    auto org = knowledge_.Find(org_id);
    if (!org) continue;
    auto it = w.by_knowledge.find(*org);
    if (it == w.by_knowledge.end()) continue;
    // Only where the title itself names the organization ("White House press
    // secretary"); a post that merely implies it ("Vice President") is not a stated affiliation.
    const Mention* title = nullptr;
    for (uint32_t mi : office.mentions) {
      if (w.mentions[mi].first_token == binding.token) title = &w.mentions[mi];
    }
    if (!title) continue;
    std::string_view surface = w.tokens.text.substr(title->start, title->end - title->start);
    const EntityRecord& org_record = knowledge_.entity(*org);
    bool named = surface.find(org_record.name) != std::string_view::npos;
    for (const std::string& alias : org_record.aliases) named |= alias.size() > 2 && surface.find(alias) != std::string_view::npos;
    if (!named) continue;
    w.out.memberships.push_back({binding.person, static_cast<uint32_t>(it->second), binding.token, false, "office-org"});
  }
  // "deputy FBI Director Andrew McCabe" made him the FBI's; he holds no office it names.
  auto& all = w.out.office_bindings;
  all.erase(std::remove_if(all.begin(), all.end(), [&](const Binding& b) { return w.SubordinateTitleAt(lex, b.token); }),
            all.end());
}

}  // namespace newsgraph
