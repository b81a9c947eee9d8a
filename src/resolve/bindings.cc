// The resolver's later passes: the facts stated by juxtaposition (titles
// before names, party-state tags after them). Role nouns are in roles.cc,
// pronouns in pronouns.cc, affiliations (MEMBER_OF) in affiliations.cc.
#include <algorithm>

#include "resolve/resolver.h"
#include "resolve/resolver_work.h"
#include "util/text.h"

namespace newsgraph {
namespace {

// An office one person holds at a time (a president, an attorney general, a
// state's governor): its tenures in the gazetteer never overlap. Those of an
// office of many seats (senator, district judge, general) do, and an office
// with a great many tenures is taken to have many seats. One person's tenures
// may overlap (the hand-written gazetteer and an imported one both list
// Pelosi's speakership).
bool SingleSeat(const Knowledge& knowledge, uint32_t office) {
  const std::vector<Tenure>& tenures = knowledge.TenuresOfOffice(office);
  if (tenures.empty() || tenures.size() > 64) return false;
  for (size_t i = 0; i < tenures.size(); ++i) {
    for (size_t j = i + 1; j < tenures.size(); ++j) {
      if (tenures[i].person != tenures[j].person && tenures[i].start < tenures[j].end &&
          tenures[j].start < tenures[i].end) {
        return false;
      }
    }
  }
  return true;
}

}  // namespace

void Resolver::UnlinkStatesOwnBodies(Work& w) const {
  // "Alabama's Supreme Court", "Ohio Senate President Larry Obhof", "Texas
  // Supreme Court Justice": a US state before a national legislature's or
  // court's name (kind=legislature, kind=court, country=US) names the state's
  // own body, where the state owns it ("'s") or a title or a name follows;
  // not "the Florida Senate race", mostly the national seat's.
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const int32_t e = w.out.mention_entity[m];
    if (e < 0 || w.out.entities[static_cast<size_t>(e)].type != EntityType::kOrganization) continue;
    const int32_t index = w.out.entities[static_cast<size_t>(e)].knowledge_index;
    if (index < 0) continue;
    const EntityRecord& record = knowledge_.entity(static_cast<uint32_t>(index));
    const std::string_view kind = record.Attribute("kind");
    if ((kind != "legislature" && kind != "court") || record.Attribute("country") != "US") continue;
    const Mention& om = w.mentions[m];
    const bool owned = om.first_token > 0 && toks[om.first_token - 1].kind == TokenKind::kPossessive &&
                       w.UsStateBefore(lex, om.first_token - 1);
    const int32_t next = om.end_token < toks.size() && toks[om.end_token].sentence == toks[om.first_token].sentence
                             ? w.out.token_mention[om.end_token]
                             : -1;
    const int32_t next_entity = next >= 0 ? w.out.mention_entity[static_cast<size_t>(next)] : -1;
    const EntityType next_type = next_entity >= 0 ? w.out.entities[static_cast<size_t>(next_entity)].type : EntityType::kPlace;
    const bool titled = next_type == EntityType::kOffice || next_type == EntityType::kPerson;
    if (owned || (titled && w.UsStateBefore(lex, om.first_token))) w.Unassign(m);
  }
}

void Resolver::BindTitles(Work& w) const {
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  auto entity_of = [&](size_t m) -> const DocEntity* {
    int32_t e = w.out.mention_entity[m];
    return e < 0 ? nullptr : &w.out.entities[static_cast<size_t>(e)];
  };
  // A cue of former.txt in the three words before the title, or inside it
  // after its owner's "'s" ("Russia's then-ambassador": see MatchGazetteer).
  auto former_at = [&](const Mention& title) {
    const uint32_t first = title.first_token;
    for (uint32_t back = 1; back <= 3 && back <= first; ++back) {
      uint32_t t = first - back;
      if (toks[t].sentence != toks[first].sentence) break;
      auto hit = lex.former.LongestAt(w.out.recognized.words, t);
      if (hit && t + hit->length >= first) return true;
    }
    return first + 2 < title.end_token && toks[first + 1].kind == TokenKind::kPossessive &&
           lex.former.LongestAt(w.out.recognized.words, first + 2).has_value();
  };
  // The person named right after a title set off before the name ("the Russian
  // ambassador to the US, Sergey Kislyak,": a determiner or a possessive before
  // the title, a few words at most before the comma, the name closed by a comma,
  // a stop or a parenthesis), as a mention index, or -1.
  auto name_set_off_after_title = [&](size_t office_mention) -> int32_t {
    const Mention& om = w.mentions[office_mention];
    auto cue_length_before = [&](uint32_t end) -> uint32_t {
      for (uint32_t length = 1; length <= 2 && length <= end; ++length) {
        auto cue = lex.former.LongestAt(w.out.recognized.words, end - length);
        if (cue && cue->length == length) return length;
      }
      return 0;
    };
    auto introduces = [&](uint32_t t) {
      return lex.determiners.LongestAt(w.out.recognized.words, t) || toks[t].kind == TokenKind::kPossessive;
    };
    if (om.first_token == 0) return -1;
    bool introduced = introduces(om.first_token - 1);
    // Past cues of former.txt: "Trump's outgoing national security adviser, H.R. McMaster,".
    for (uint32_t opening = om.first_token, length = 0; !introduced && (length = cue_length_before(opening)) > 0;) {
      opening -= length;
      introduced = opening > 0 && introduces(opening - 1);
    }
    // "Russia's ambassador, Sergei Kislyak,": the title's own possessive introduces it.
    for (uint32_t t = om.first_token + 1; t + 1 < om.end_token && !introduced; ++t) {
      introduced = toks[t].kind == TokenKind::kPossessive;
    }
    if (!introduced) return -1;
    uint32_t comma = om.end_token;
    while (comma < toks.size() && comma <= om.end_token + 4 && toks[comma].kind == TokenKind::kWord) ++comma;
    if (comma + 1 >= toks.size() || !IsPunct(w.tokens, comma, ',') || toks[comma].sentence != toks[om.first_token].sentence) {
      return -1;
    }
    int32_t named = w.out.token_mention[comma + 1];
    if (named < 0) return -1;
    const Mention& nm = w.mentions[static_cast<size_t>(named)];
    int32_t person = w.out.mention_entity[static_cast<size_t>(named)];
    if (nm.first_token != comma + 1 || nm.kind != MentionKind::kName || person < 0 ||
        w.out.entities[static_cast<size_t>(person)].type != EntityType::kPerson) {
      return -1;
    }
    uint32_t after = nm.end_token;
    bool closed = after >= toks.size() || toks[after].sentence != toks[nm.first_token].sentence ||
                  IsPunct(w.tokens, after, ',') || IsPunct(w.tokens, after, '.') || IsPunct(w.tokens, after, '(');
    return closed ? named : -1;
  };
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const DocEntity* office = entity_of(m);
    if (!office || office->type != EntityType::kOffice) continue;
    const Mention& om = w.mentions[m];
    // "Attorney General Jeff Sessions"; past one abbreviated title right after
    // it: "Chief of Staff Gen. John Kelly", "Minority Whip Rep. Steny Hoyer"
    // (not "Justice special counsel Robert Mueller"); not after an
    // organization's name, whose title it may be ("Army Chief of Staff Gen.
    // Mark Milley"). Never across a line: "How the President Obstructed
    // Justice" ¶ "President Trump".
    const int32_t before = om.first_token > 0 && toks[om.first_token - 1].sentence == toks[om.first_token].sentence
                               ? w.out.token_mention[om.first_token - 1]
                               : -1;
    const DocEntity* before_org = before >= 0 ? entity_of(static_cast<size_t>(before)) : nullptr;
    const bool after_organization = before_org && before_org->type == EntityType::kOrganization;
    // "Purdue University President Mitch Daniels": an office of the gazetteer
    // that belongs to one organization (org=), after the name of another
    // organization, is that one's title: nobody holds the gazetteer's office
    // here ("Judicial Watch President Tom Fitton", "Pentagon Press Secretary
    // Dana White"). Not after a party or an administration ("GOP House Speaker
    // Paul Ryan", "Obama administration Attorney General Loretta Lynch"), a
    // photo credit ("Reuters/AP President Hassan Rouhani") or an organization
    // of the same body as the office's (parent=: "House Ways and Means
    // Chairman", "White House National Security Advisor", "FBI Special Counsel
    // Robert Mueller"); and an abbreviated title is a rank its holder carries
    // anywhere: "Freedom Caucus Rep.", "Army Lt. Gen.".
    auto abbreviated = [&](const Mention& title) {  // "Sen.", "Lt. Gen."
      return w.tokens.text.substr(title.start, title.end - title.start).ends_with(".");
    };
    // "California Attorney General Xavier Becerra", "Texas Supreme Court Justice
    // Don Willet", "the former chief justice of Alabama's Supreme Court": a US
    // state right before the title of a national body's office, or after it
    // past "of", makes it the state's own office, which names no office of the
    // gazetteer (nor, later, the national one's holder); unless the body's
    // seats are the states' (seats=state: "Vermont Sen. Bernie Sanders",
    // "Massachusetts U.S. Attorney Carmen Ortiz").
    const auto& words = w.out.recognized.words;
    const bool state_after = om.end_token + 1 < toks.size() &&
                             HasValue(lex.markers.LongestAt(words, om.end_token), "origin") &&
                             lex.us_states.LongestAt(words, om.end_token + 1).has_value();
    if (office->knowledge_index >= 0 && (state_after || w.UsStateBefore(lex, om.first_token))) {
      const EntityRecord& record = knowledge_.entity(static_cast<uint32_t>(office->knowledge_index));
      if (!record.org.empty() && record.Attribute("seats") != "state") {
        w.Unassign(m);
        continue;
      }
    }
    if (after_organization && office->knowledge_index >= 0 && !abbreviated(om)) {
      const std::string& office_org = knowledge_.entity(static_cast<uint32_t>(office->knowledge_index)).org;
      auto office_org_index = knowledge_.Find(office_org);
      if (before_org->knowledge_index < 0) {
        if (!office_org.empty() && before_org->id != office_org) continue;
      } else if (office_org_index) {
        const auto title_org = static_cast<uint32_t>(before_org->knowledge_index);
        const std::string_view kind = knowledge_.entity(title_org).Attribute("kind");
        const uint32_t org_first = w.mentions[static_cast<size_t>(before)].first_token;
        const bool credit = org_first > 0 && IsPunct(w.tokens, org_first - 1, '/');
        if (kind != "party" && kind != "administration" && !credit && !knowledge_.SameBody(title_org, *office_org_index)) {
          continue;
        }
      }
    }
    size_t named = m + 1;
    if (named + 1 < w.mentions.size() && w.mentions[named].first_token == om.end_token && entity_of(named) &&
        entity_of(named)->type == EntityType::kOffice && entity_of(named) != office && !after_organization &&
        abbreviated(w.mentions[named])) {
      ++named;
    }
    if (named < w.mentions.size() && w.mentions[named].first_token == w.mentions[named - 1].end_token &&
        (named == m + 1 || w.mentions[m + 1].first_token == om.end_token) &&
        toks[w.mentions[named].first_token].sentence == toks[om.first_token].sentence) {
      const DocEntity* person = entity_of(named);
      if (person && person->type == EntityType::kPerson) {
        w.out.office_bindings.push_back({static_cast<uint32_t>(w.out.mention_entity[named]),
                                         static_cast<uint32_t>(w.out.mention_entity[m]), om.first_token,
                                         former_at(om), "title-name"});
        continue;
      }
    }
    // "the Russian ambassador to the US, Sergey Kislyak,"
    if (int32_t set_off = name_set_off_after_title(m); set_off >= 0) {
      w.out.office_bindings.push_back({static_cast<uint32_t>(w.out.mention_entity[static_cast<size_t>(set_off)]),
                                       static_cast<uint32_t>(w.out.mention_entity[m]), om.first_token,
                                       former_at(om), "title-apposition"});
      continue;
    }
    // "Ty Cobb, the White House counsel" / "Flynn, a retired army lieutenant general";
    // not a title that goes on to a name or another title: "Vice President
    // Pence, Chief of Staff Gen. John Kelly" lists Kelly's.
    const DocEntity* next = om.end_token < toks.size() && w.out.token_mention[om.end_token] >= 0 &&
                                    static_cast<size_t>(w.out.token_mention[om.end_token]) != m &&
                                    toks[om.end_token].sentence == toks[om.first_token].sentence
                                ? entity_of(static_cast<size_t>(w.out.token_mention[om.end_token]))
                                : nullptr;
    if (m > 0 && !(next && (next->type == EntityType::kPerson || next->type == EntityType::kOffice))) {
      const Mention& pm = w.mentions[m - 1];
      const DocEntity* person = entity_of(m - 1);
      if (person && person->type == EntityType::kPerson && IsPunct(w.tokens, pm.end_token, ',') &&
          om.first_token > pm.end_token && om.first_token - pm.end_token <= 6 &&
          toks[om.first_token].sentence == toks[pm.end_token].sentence) {
        // Only determiners and modifiers between the comma and the title; not a
        // preposition ("Flynn, according to a top Democrat on the committee,").
        bool clean = true;
        for (uint32_t t = pm.end_token + 1; t < om.first_token; ++t) {
          if (toks[t].kind != TokenKind::kWord || (toks[t].flags & kCapitalized && t != pm.end_token + 1) ||
              IsPrepositionAt(lex, w.out.recognized.words, t)) {
            clean = false;
          }
        }
        // Nor a title that goes on to its own verb or owns something: "with Pence,
        // the South Korean president made it clear", "Abe, the Russian president
        // bemoaned the state of relations", "Assad, the Syrian president's
        // brother". Words of the lexicons may follow ("the Joint Chiefs chairman
        // and", "the majority leader from Kentucky"), and so may a participle or an
        // adverb ("the special counsel investigating", "a White House adviser known
        // for", "the FBI director fired by Trump", "a former senator currently
        // serving", "the House speaker often targeted").
        const uint32_t after = om.end_token;
        auto modifier_phrase = [&](uint32_t k) {
          const std::string_view text = w.tokens.Text(toks[k]);
          return (text.size() > 4 && text.ends_with("ing")) || LooksLikeAdverb(text) ||
                 lex.speech_fillers.LongestAt(words, k) ||
                 (k + 1 < toks.size() && (IsPrepositionAt(lex, words, k + 1) ||
                                          HasValue(lex.markers.LongestAt(words, k + 1), "agent")));
        };
        // (An owner of a role or a kin is not the title's holder: "Cohen, the
        // President's lawyer", "King Salman, the crown prince's father"; of
        // anything else it is: "Ryan, after the House speaker's announcement".)
        auto person_noun = [&](uint32_t k) {
          return k < toks.size() && (lex.roles.LongestAt(words, k) || lex.affiliation_nouns.LongestAt(words, k) ||
                                     HasValue(lex.markers.LongestAt(words, k), "kin"));
        };
        auto owns_person = [&](uint32_t k) { return person_noun(k) || person_noun(k + 1); };  // "former lawyer"
        const bool open = after < toks.size() && toks[after].sentence == toks[om.first_token].sentence &&
                          ((toks[after].kind == TokenKind::kPossessive && owns_person(after + 1)) ||
                           (toks[after].kind == TokenKind::kWord && !(toks[after].flags & kCapitalized) &&
                            !IsFunctionWordAt(lex, words, after) && !IsPrepositionAt(lex, words, after) &&
                            !HasValue(lex.markers.LongestAt(words, after), "subordinator") && !modifier_phrase(after)));
        if (clean && !open) {
          w.out.office_bindings.push_back({static_cast<uint32_t>(w.out.mention_entity[m - 1]),
                                           static_cast<uint32_t>(w.out.mention_entity[m]), om.first_token,
                                           former_at(om), "apposition"});
        }
      }
    }
  }
  BindCopulaTitles(w);
  // "Dan Senor, a foreign policy adviser to Mitt Romney", "press secretary to
  // Gov. Mike Pence": a title followed by "to" and a person is that person's
  // aide, not the office; unless the person held an office of the same
  // organization ("press secretary to President George W. Bush", "a senior
  // adviser to Trump"), or the person's "'s" names what is served ("adviser to
  // Donald Trump's campaign").
  auto serves_someone = [&](const Binding& b) {
    int32_t office = w.out.token_mention[b.token];
    if (office < 0) return false;
    uint32_t to = w.mentions[static_cast<size_t>(office)].end_token;
    if (to + 1 >= toks.size() || !HasValue(lex.markers.LongestAt(w.out.recognized.words, to), "infinitive")) return false;
    int32_t next = w.out.token_mention[to + 1];
    int32_t e = next >= 0 ? w.out.mention_entity[static_cast<size_t>(next)] : -1;
    // Past a title to the name ("to Vice President Mike Pence").
    for (int hops = 0; e >= 0 && w.out.entities[static_cast<size_t>(e)].type == EntityType::kOffice && hops < 2; ++hops) {
      uint32_t after = w.mentions[static_cast<size_t>(next)].end_token;
      int32_t named = after < toks.size() ? w.out.token_mention[after] : -1;
      if (named < 0) break;
      next = named;
      e = w.out.mention_entity[static_cast<size_t>(next)];
    }
    if (e < 0 || w.out.entities[static_cast<size_t>(e)].type != EntityType::kPerson) return false;
    uint32_t after = w.mentions[static_cast<size_t>(next)].end_token;
    if (after < toks.size() && toks[after].kind == TokenKind::kPossessive) return false;
    const DocEntity& bound = w.out.entities[b.target];
    const DocEntity& served = w.out.entities[static_cast<size_t>(e)];
    if (bound.knowledge_index < 0 || served.knowledge_index < 0) return true;
    const std::string& org = knowledge_.entity(static_cast<uint32_t>(bound.knowledge_index)).org;
    for (const Tenure& t : knowledge_.TenuresOfPerson(static_cast<uint32_t>(served.knowledge_index))) {
      if (!org.empty() && knowledge_.entity(t.office).org == org) return false;
    }
    return true;
  };
  // "Attorney General Ken Paxton" (of Texas) in 2017, "Kobach is secretary of
  // state": someone the gazetteer lacks, bound to an office of one seat that it
  // knows to be someone else's on the document's date, holds another office of
  // that name (a state's, an organization's); the gazetteer's is not his.
  auto held_by_another = [&](const Binding& b) {
    const DocEntity& person = w.out.entities[b.person];
    const DocEntity& office = w.out.entities[b.target];
    if (person.knowledge_index >= 0 || office.knowledge_index < 0 || w.out.date == kNoDate || b.former) return false;
    const auto seat = static_cast<uint32_t>(office.knowledge_index);
    return SingleSeat(knowledge_, seat) && knowledge_.HolderOn(seat, w.out.date).has_value();
  };
  auto& bindings = w.out.office_bindings;
  bindings.erase(std::remove_if(bindings.begin(), bindings.end(),
                                [&](const Binding& b) { return serves_someone(b) || held_by_another(b); }),
                 bindings.end());
}

void Resolver::BindCopulaTitles(Work& w) const {
  // "Bob Iger is the CEO of Disney", "Bob Iger, who had been expected to retire,
  // will remain as chairman and CEO of Disney": a copula (copulas.txt) after a
  // name, past a relative clause set off by commas and words of markers
  // `auxiliary` or "-ly" adverbs, then an office after at most a determiner, a
  // word of former.txt and another office joined by a coordination word.
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& pm = w.mentions[m];
    int32_t person = w.out.mention_entity[m];
    if (pm.kind == MentionKind::kPronoun || person < 0 || w.out.entities[static_cast<size_t>(person)].type != EntityType::kPerson) {
      continue;
    }
    uint32_t t = pm.end_token;
    const uint32_t sentence = toks[pm.first_token].sentence;
    if (t + 1 < n && IsPunct(w.tokens, t, ',') && HasValue(lex.apposition.LongestAt(words, t + 1), "relative")) {
      uint32_t close = t + 2;
      while (close < n && close < t + 16 && toks[close].sentence == sentence && !IsPunct(w.tokens, close, ',')) ++close;
      if (close >= n || !IsPunct(w.tokens, close, ',')) continue;
      t = close + 1;
    }
    t = w.PastAuxiliaries(lex, t);
    auto copula = t < n ? lex.copulas.LongestAt(words, t) : std::nullopt;
    if (!copula) continue;
    t += static_cast<uint32_t>(copula->length);
    if (t < n && HasValue(lex.markers.LongestAt(words, t), "role-predicate")) ++t;  // "remain as"
    if (t < n && lex.determiners.LongestAt(words, t)) ++t;
    bool former = false;
    if (auto hit = t < n ? lex.former.LongestAt(words, t) : std::nullopt) {
      former = true;
      t += static_cast<uint32_t>(hit->length);
    }
    if (t >= n || toks[t].sentence != sentence) continue;
    int32_t office = w.out.token_mention[t];
    // "chairman and CEO of Disney": past a first title joined by "and".
    auto is_office = [&](int32_t mention) {
      int32_t e = w.out.mention_entity[static_cast<size_t>(mention)];
      return e >= 0 && w.out.entities[static_cast<size_t>(e)].type == EntityType::kOffice;
    };
    if ((office < 0 || !is_office(office)) && lex.roles.LongestAt(words, t)) {
      uint32_t after = t + static_cast<uint32_t>(lex.roles.LongestAt(words, t)->length);
      if (after + 1 < n && lex.coordination.LongestAt(words, after) && w.out.token_mention[after + 1] >= 0) {
        office = w.out.token_mention[after + 1];
      }
    }
    if (office < 0 || !is_office(office) || w.mentions[static_cast<size_t>(office)].first_token < t) continue;
    const Mention& om = w.mentions[static_cast<size_t>(office)];
    // Another's title ("was President Trump's preferred candidate", "is CIA Director Mike Pompeo").
    if (om.end_token < n && (toks[om.end_token].kind == TokenKind::kPossessive || w.out.token_mention[om.end_token] >= 0)) {
      continue;
    }
    // "the President of the National Organization for Women": a title of a body
    // the office's own name would have taken in ("President of the United States").
    if (uint32_t of = om.end_token; of + 1 < n && HasValue(lex.markers.LongestAt(words, of), "origin")) {
      uint32_t named = of + 1 + (lex.determiners.LongestAt(words, of + 1) ? 1 : 0);
      if (named < n && (toks[named].flags & kCapitalized)) continue;
    }
    w.out.office_bindings.push_back({static_cast<uint32_t>(person), static_cast<uint32_t>(w.out.mention_entity[static_cast<size_t>(office)]),
                                     om.first_token, former, "copula-title"});
  }
}

void Resolver::BindParties(Work& w) const {
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  std::vector<std::pair<Mention, int32_t>> added;
  std::string folded;
  auto word_id = [&](std::string_view word) {
    FoldCase(word, &folded);
    return knowledge_.vocabulary().Find(folded);
  };
  // "Texas" in "R-Texas": a state named in full.
  auto is_us_state = [&](std::string_view word) {
    std::vector<uint32_t> one{word_id(word)};
    return one[0] != Vocabulary::kUnknown && lex.us_states.LongestAt(one, 0).has_value();
  };
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    int32_t person = w.out.mention_entity[m];
    if (person < 0 || w.out.entities[static_cast<size_t>(person)].type != EntityType::kPerson) continue;
    if (w.mentions[m].kind == MentionKind::kPronoun) continue;
    // "(D-Connecticut)", "(R-S.C.)", "(D)"; ", R-Wis.," (a comma's tag needs its state)
    uint32_t open = w.mentions[m].end_token;
    bool parenthesis = IsPunct(w.tokens, open, '(');
    if (!(parenthesis || IsPunct(w.tokens, open, ',')) || open + 1 >= toks.size()) continue;
    uint32_t tag = open + 1;
    std::string_view text = w.tokens.Text(toks[tag]);
    size_t dash = text.find('-');
    if (!parenthesis && (dash == std::string_view::npos || toks[tag].kind != TokenKind::kWord)) continue;
    if (!parenthesis && text.back() != '.' && !is_us_state(text.substr(dash + 1))) continue;  // not "D-Day"
    std::string_view letter = dash == std::string_view::npos ? text : text.substr(0, dash);
    if (letter.empty() || letter.size() > 2 ||
        !std::all_of(letter.begin(), letter.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      continue;
    }
    uint32_t close = tag + 1;  // the tag is tokens [tag, close)
    if (parenthesis) {
      while (close < toks.size() && close <= tag + 3 && !IsPunct(w.tokens, close, ')')) ++close;
      if (!IsPunct(w.tokens, close, ')')) continue;
    } else if (close < toks.size() && toks[close].sentence == toks[tag].sentence && !IsPunct(w.tokens, close, ',')) {
      continue;
    }
    uint32_t id = word_id(letter);
    if (id == Vocabulary::kUnknown) continue;
    std::vector<uint32_t> one{id};
    auto hit = lex.party_tags.LongestAt(one, 0);
    if (!hit) continue;
    auto party = knowledge_.Find(*hit->value);
    if (!party) continue;
    // The tag describes the person as an apposition would.
    w.Describe(person, toks[tag].start, toks[close - 1].end);
    int32_t party_entity = w.AddKnown(knowledge_, *party);
    if (!parenthesis) {
      // No token mention: the tag between commas stays inside the person's
      // phrase for the rules that look for a speaker or a subject.
      w.out.entities[static_cast<size_t>(party_entity)].embedded.emplace_back(
          toks[tag].start, toks[tag].start + static_cast<uint32_t>(letter.size()));
    } else if (w.out.token_mention[tag] < 0) {
      Mention pm;
      pm.first_token = tag;
      pm.end_token = tag + 1;
      pm.start = toks[tag].start;
      pm.end = toks[tag].start + static_cast<uint32_t>(letter.size());
      pm.kind = MentionKind::kName;
      pm.type = EntityType::kOrganization;
      pm.candidates = {*party};
      added.emplace_back(std::move(pm), party_entity);
    }
    w.out.memberships.push_back({static_cast<uint32_t>(person), static_cast<uint32_t>(party_entity), tag, false, "party-tag"});
  }
  w.Insert(std::move(added));
}

void Resolver::FindEmbeddedOrganizations(Work& w) const {
  // Snapshot: AddKnown may grow the entity list while we walk it.
  size_t count = w.out.entities.size();
  struct Spelled {
    size_t at = 0, length = 0;
    uint32_t org = 0;
  };
  std::vector<Spelled> found;
  for (size_t e = 0; e < count; ++e) {
    if (w.out.entities[e].type != EntityType::kOffice || w.out.entities[e].knowledge_index < 0) continue;
    const EntityRecord& office = knowledge_.entity(static_cast<uint32_t>(w.out.entities[e].knowledge_index));
    // The office's organization, and the others its aliases spell out ("Justice
    // Department special counsel", whose office is the Special Counsel's).
    std::vector<uint32_t> orgs = office.spelled_orgs;
    if (auto org = knowledge_.Find(office.org); org && std::find(orgs.begin(), orgs.end(), *org) == orgs.end()) {
      orgs.insert(orgs.begin(), *org);
    }
    if (orgs.empty()) continue;
    std::vector<uint32_t> mentions = w.out.entities[e].mentions;
    for (uint32_t mi : mentions) {
      const Mention& m = w.mentions[mi];
      std::string_view surface = w.tokens.text.substr(m.start, m.end - m.start);
      // Each organization's longest name that the title spells out, as whole words.
      found.clear();
      for (uint32_t org : orgs) {
        const EntityRecord& record = knowledge_.entity(org);
        Spelled best{0, 0, org};
        auto consider = [&](const std::string& name) {
          if (name.size() <= best.length || name.size() < 3) return;
          size_t at = surface.find(name);
          if (at == std::string_view::npos) return;
          bool starts = at == 0 || surface[at - 1] == ' ';
          bool ends = at + name.size() == surface.size() || surface[at + name.size()] == ' ';
          if (starts && ends) best = {at, name.size(), org};
        };
        consider(record.name);
        for (const std::string& alias : record.aliases) consider(alias);
        if (best.length > 0) found.push_back(best);
      }
      // The longest first; none inside another ("Senate" in "Senate Judiciary Committee Chairman").
      std::sort(found.begin(), found.end(), [](const Spelled& a, const Spelled& b) { return a.length > b.length; });
      for (size_t i = 0; i < found.size(); ++i) {
        const Spelled& s = found[i];
        bool inside_longer = std::any_of(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(i), [&](const Spelled& t) {
          return s.at < t.at + t.length && t.at < s.at + s.length;
        });
        if (inside_longer) continue;
        int32_t org_entity = w.AddKnown(knowledge_, s.org);
        w.out.entities[static_cast<size_t>(org_entity)].embedded.emplace_back(m.start + s.at, m.start + s.at + s.length);
      }
    }
  }
}

void BindTenureTitles(const Knowledge& knowledge, Resolver::Work& w) {
  const Lexicons& lex = knowledge.lexicons();
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const auto n = static_cast<uint32_t>(toks.size());
  auto person_of = [&](size_t m) {
    int32_t e = w.out.mention_entity[m];
    return e >= 0 && w.out.entities[static_cast<size_t>(e)].type == EntityType::kPerson ? e : -1;
  };
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& owner = w.mentions[m];
    int32_t person = person_of(m);
    if (person < 0) continue;
    uint32_t t = owner.end_token;
    if (owner.kind == MentionKind::kPronoun) {
      if (!owner.possessive_pronoun) continue;
    } else if (t < n && toks[t].kind == TokenKind::kPossessive) {
      ++t;
    } else {
      continue;
    }
    // "his first term as", "her brief stint as"
    if (t + 1 < n && w.out.token_mention[t] < 0 && !HasValue(lex.markers.LongestAt(words, t), "tenure") &&
        !(toks[t].flags & kCapitalized) && toks[t].kind == TokenKind::kWord) {
      ++t;
    }
    if (t + 2 >= n || w.out.token_mention[t] >= 0 || !HasValue(lex.markers.LongestAt(words, t), "tenure") ||
        !HasValue(lex.markers.LongestAt(words, t + 1), "role-predicate")) {
      continue;
    }
    t += 2;
    if (t < n && lex.determiners.LongestAt(words, t)) ++t;
    bool former = false;
    if (auto hit = t < n ? lex.former.LongestAt(words, t) : std::nullopt) {
      former = true;
      t += static_cast<uint32_t>(hit->length);
    }
    if (t >= n || toks[t].sentence != toks[owner.first_token].sentence) continue;
    int32_t office = w.out.token_mention[t];
    if (office < 0 || w.mentions[static_cast<size_t>(office)].first_token != t) continue;
    int32_t target = w.out.mention_entity[static_cast<size_t>(office)];
    if (target < 0 || w.out.entities[static_cast<size_t>(target)].type != EntityType::kOffice) continue;
    // Another's title ("his time as President Obama's adviser"), or a rank below it ("as deputy FBI director").
    const Mention& om = w.mentions[static_cast<size_t>(office)];
    if ((om.end_token < n && (toks[om.end_token].kind == TokenKind::kPossessive || w.out.token_mention[om.end_token] >= 0)) ||
        w.SubordinateTitleAt(lex, om.first_token)) {
      continue;
    }
    // A pronoun's reading is less sure than a name's: its person must be one
    // the gazetteer knows held the office ("his time as CIA director" after
    // "Asked by Rep. Tom Rooney if ..." is not Rooney's).
    if (owner.kind == MentionKind::kPronoun) {
      const DocEntity& p = w.out.entities[static_cast<size_t>(person)];
      const DocEntity& o = w.out.entities[static_cast<size_t>(target)];
      if (p.knowledge_index < 0 || o.knowledge_index < 0 ||
          !knowledge.Held(static_cast<uint32_t>(p.knowledge_index), static_cast<uint32_t>(o.knowledge_index), kNoDate)) {
        continue;
      }
    }
    w.out.office_bindings.push_back({static_cast<uint32_t>(person), static_cast<uint32_t>(target), om.first_token, former,
                                     "tenure-title"});
  }
}

}  // namespace newsgraph
