// Descriptions: how an article introduces someone and refers back to them.
// - Set off by a comma after a name: "Len Burman, head of the Tax Policy
//   Center, said", "said Kenneth Baer, a former administration official who
//   runs Crosscut Strategies." (lexicon: apposition.tsv)
// - A definite office phrase for its holder the document names: "the
//   California congressman" for Adam Schiff, "the Indiana governor" for Mike Pence.
// They are listed with the entity's mentions, never resolved by themselves.
#include <algorithm>

#include "resolve/resolver.h"
#include "resolve/resolver_work.h"
#include "util/text.h"

namespace newsgraph {
namespace {

// Descriptions are noun phrases: past this many tokens it is a clause or a list.
constexpr uint32_t kMaxDescriptionTokens = 30;
// "Roy Cooper (D), ...": a parenthesis right after the name is skipped.
constexpr uint32_t kMaxParenthesisTokens = 8;

// A mention that names its entity (a pronoun or a role noun only refers to it).
bool Names(const Mention& m) { return m.kind != MentionKind::kPronoun && m.kind != MentionKind::kRole; }

// "the Arizona Republic and the Cincinnati Enquirer": at `t`, "and" or "or"
// and then a name (maybe after a determiner) go on with a list of names.
bool ListGoesOn(const Lexicons& lex, const std::vector<Token>& toks, std::span<const uint32_t> words, uint32_t t) {
  auto coordination = lex.coordination.LongestAt(words, t);
  if (!coordination) return false;
  uint32_t k = t + coordination->length;
  if (auto determiner = lex.determiners.LongestAt(words, k)) k += determiner->length;
  return k < toks.size() && toks[k].kind == TokenKind::kWord && (toks[k].flags & kCapitalized) &&
         !(toks[k].flags & kAllCaps);
}

// "Kushner, a key member of Trump's transition team and now the president's
// senior adviser": a description whose last conjunct is an office (after "and",
// maybe an adverb of markers `auxiliary` or a word of former.txt, and a
// determiner or an owner's possessive) states that its person holds it.
void BindCoordinatedTitle(const Lexicons& lex, Resolver::Work& w, int32_t person, uint32_t first, uint32_t end) {
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  int32_t office = end > 0 ? w.out.token_mention[end - 1] : -1;
  if (office < 0) return;
  const Mention& om = w.mentions[static_cast<size_t>(office)];
  int32_t office_entity = w.out.mention_entity[static_cast<size_t>(office)];
  if (om.end_token != end || office_entity < 0 || w.out.entities[static_cast<size_t>(office_entity)].type != EntityType::kOffice) {
    return;
  }
  uint32_t k = om.first_token;
  if (k > first + 1 && toks[k - 1].kind == TokenKind::kPossessive) {
    int32_t owner = w.out.token_mention[k - 2];
    auto role = lex.roles.LongestAt(words, k - 2);  // "the president's"
    if (owner >= 0) {
      k = w.mentions[static_cast<size_t>(owner)].first_token;
    } else if (role && role->length == 1) {
      k -= 2;
    } else {
      return;
    }
  }
  if (k > first && lex.determiners.LongestAt(words, k - 1)) --k;
  bool former = false;
  if (k > first && (HasValue(lex.markers.LongestAt(words, k - 1), "auxiliary") || lex.former.LongestAt(words, k - 1))) {
    former = lex.former.LongestAt(words, k - 1).has_value();
    --k;
  }
  if (k <= first + 1 || k == om.first_token || !lex.coordination.LongestAt(words, k - 1)) return;
  // "between a sitting U.S. president and a North Korean leader": offices
  // joined to each other, not conjuncts of the description.
  int32_t before = w.out.token_mention[k - 2];
  if (lex.roles.LongestAt(words, k - 2) ||
      (before >= 0 && w.out.mention_entity[static_cast<size_t>(before)] >= 0 &&
       w.out.entities[static_cast<size_t>(w.out.mention_entity[static_cast<size_t>(before)])].type == EntityType::kOffice)) {
    return;
  }
  if (w.SubordinateTitleAt(lex, om.first_token)) return;
  w.out.office_bindings.push_back({static_cast<uint32_t>(person), static_cast<uint32_t>(office_entity), om.first_token,
                                   former, "apposition-conjunct"});
}

// "the Nevada Democrat said", "said the Texas Republican.": a definite
// determiner, maybe a US state, and a party's one-word name, then a speech verb,
// a copula, a relative pronoun or a mark, is a person: the latest one the
// document named before who is the party's member on the date (and from that
// state, when one is given), else it stays the party.
void PartyMembersNamedByParty(const Knowledge& k, Resolver::Work& w) {
  const Lexicons& lex = k.lexicons();
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    int32_t party = w.out.mention_entity[m];
    if (mention.kind != MentionKind::kName || party < 0 || mention.end_token != mention.first_token + 1) continue;
    const DocEntity& org = w.out.entities[static_cast<size_t>(party)];
    if (org.type != EntityType::kOrganization || org.knowledge_index < 0 ||
        !IsParty(k.entity(static_cast<uint32_t>(org.knowledge_index)))) {
      continue;
    }
    std::string_view said = w.tokens.Text(toks[mention.first_token]);
    if (said.back() == 's' || said.back() == 'c') continue;  // "Democrats", "Democratic": not one person
    uint32_t t = mention.first_token;
    std::string_view state;
    if (int32_t place = t > 0 ? w.out.token_mention[t - 1] : -1; place >= 0) {
      const Mention& pm = w.mentions[static_cast<size_t>(place)];
      auto hit = lex.us_states.LongestAt(words, pm.first_token);
      if (!hit || pm.first_token + hit->length != pm.end_token) continue;
      state = *hit->value;
      t = pm.first_token;
    }
    auto determiner = t > 0 ? lex.determiners.LongestAt(words, t - 1) : std::nullopt;
    if (!determiner || *determiner->value != "definite" || determiner->length != 1) continue;
    uint32_t after = mention.end_token;
    bool closes = after >= n || toks[after].kind != TokenKind::kWord || lex.speech.LongestAt(words, after) ||
                  lex.copulas.LongestAt(words, after) || lex.clause_boundaries.LongestAt(words, after);
    if (!closes) continue;
    // The latest person named before, if a member of the party: on the date by
    // the gazetteers, or by the document ("Democratic strategist Joe Trippi").
    int32_t best = -1;
    for (size_t b = m; b-- > 0 && best < 0;) {
      int32_t e = w.out.mention_entity[b];
      if (w.mentions[b].kind == MentionKind::kPronoun || e < 0 ||
          w.out.entities[static_cast<size_t>(e)].type != EntityType::kPerson ||
          (toks[w.mentions[b].first_token].flags & kQuoted)) {
        continue;  // (a name inside a quotation is what someone said, not who was named)
      }
      const DocEntity& d = w.out.entities[static_cast<size_t>(e)];
      if (d.knowledge_index >= 0 && !state.empty() &&
          k.entity(static_cast<uint32_t>(d.knowledge_index)).Attribute("state") != state) {
        break;
      }
      bool member = w.PartyOn(k, e) == static_cast<uint32_t>(org.knowledge_index);
      for (const Binding& binding : w.out.memberships) {
        member |= binding.person == static_cast<uint32_t>(e) && binding.target == static_cast<uint32_t>(party);
      }
      if (!member) break;
      best = e;
    }
    if (best < 0) continue;
    // The words still name the party (kept as an embedded mention) and state the membership.
    DocEntity& party_entity = w.out.entities[static_cast<size_t>(party)];
    std::erase(party_entity.mentions, static_cast<uint32_t>(m));
    party_entity.embedded.emplace_back(mention.start, mention.end);
    w.out.memberships.push_back({static_cast<uint32_t>(best), static_cast<uint32_t>(party), mention.first_token, false,
                                 "party-description"});
    w.mentions[m].kind = MentionKind::kRole;
    w.Assign(m, best);
  }
}

}  // namespace

void Resolver::FindAppositions(Work& w) const {
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  auto lower_word = [&](uint32_t t) { return t < n && toks[t].kind == TokenKind::kWord && !(toks[t].flags & kCapitalized); };
  // How many tokens ", Tennessee" or ", Calif." take at `t` (a comma, a US state
  // or an abbreviation with a dot, then no word of the same phrase); 0 if none.
  auto state_after = [&](uint32_t t) -> uint32_t {
    if (!IsPunct(w.tokens, t, ',') || t + 1 >= n || toks[t + 1].sentence != toks[t].sentence) return 0;
    uint32_t state = 0;
    if (auto hit = lex.us_states.LongestAt(words, t + 1)) {
      state = static_cast<uint32_t>(hit->length);
    } else if (std::string_view word = w.tokens.Text(toks[t + 1]);
               toks[t + 1].kind == TokenKind::kWord && (toks[t + 1].flags & kCapitalized) && word.size() <= 6 &&
               word.back() == '.') {
      state = 1;  // "Calif.", "Va."
    }
    uint32_t after = t + 1 + state;
    bool ends = after >= n || toks[after].sentence != toks[t].sentence || toks[after].kind != TokenKind::kWord;
    return state > 0 && ends ? 1 + state : 0;
  };
  auto person_name_at = [&](uint32_t t) {
    int32_t m = w.out.token_mention[t];
    if (m < 0 || !Names(w.mentions[static_cast<size_t>(m)])) return false;
    int32_t e = w.out.mention_entity[static_cast<size_t>(m)];
    return e >= 0 && w.out.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
  };
  // Someone else named as the head of the phrase ("former governor L. Douglas
  // Wilder"), not as a modifier ("a top Trump surrogate").
  auto person_head_at = [&](uint32_t t) {
    if (!person_name_at(t) || w.mentions[static_cast<size_t>(w.out.token_mention[t])].first_token != t) return false;
    uint32_t after = w.mentions[static_cast<size_t>(w.out.token_mention[t])].end_token;
    if (after < n && toks[after].kind == TokenKind::kPossessive) return false;  // "Sanders's chief strategist"
    return !lower_word(after) || lex.coordination.LongestAt(words, after).has_value();
  };
  // "Sanders's chief strategist", "Twitter's director of political advertising":
  // a name and its possessive before a lower-case word.
  auto possessive_opens = [&](uint32_t t) {
    int32_t m = t < n ? w.out.token_mention[t] : -1;
    if (m < 0 || w.mentions[static_cast<size_t>(m)].first_token != t || !Names(w.mentions[static_cast<size_t>(m)])) {
      return false;
    }
    uint32_t after = w.mentions[static_cast<size_t>(m)].end_token;
    // (Past a year: "Clinton's 2008 campaign manager".)
    uint32_t next = after + 1 < n && toks[after + 1].kind == TokenKind::kNumber ? after + 2 : after + 1;
    if (after + 1 < n && toks[after].kind == TokenKind::kPossessive && lower_word(next)) return true;
    // "Sanders' campaign manager": an organization, then a noun of affiliation.
    int32_t org = w.out.mention_entity[static_cast<size_t>(m)];
    return org >= 0 && w.out.entities[static_cast<size_t>(org)].type == EntityType::kOrganization && lower_word(after) &&
           lex.affiliation_nouns.LongestAt(words, after).has_value();
  };
  // "communications director for the Clinton campaign", "education and law
  // professor at ...": lower-case words up to a noun of affiliation.
  auto noun_run_opens = [&](uint32_t t) {
    if (!lower_word(t) || LooksLikeAdverb(w.tokens.Text(toks[t])) || lex.coordination.LongestAt(words, t)) return false;
    for (uint32_t k = t; k < n && k < t + 5 && lower_word(k); ++k) {
      if (lex.affiliation_nouns.LongestAt(words, k)) return true;
      // A word that opens a phrase of its own: "sitting alongside the vice president".
      if (lex.speaker_stops.LongestAt(words, k) || lex.clause_boundaries.LongestAt(words, k) ||
          lex.speech.LongestAt(words, k) || lex.determiners.LongestAt(words, k) || lex.apposition.LongestAt(words, k)) {
        return false;
      }
    }
    return false;
  };
  // "Unlike Trump, the senator has ...": the name is in a phrase the sentence opens with.
  auto fronted = [&](uint32_t name) {
    uint32_t s = name;
    while (s > 0 && toks[s - 1].sentence == toks[name].sentence) --s;
    // (A quotation opening the sentence is no phrase of it: `"For months ..." said Nick Merrill, a spokesman.`)
    while (s < name && (toks[s].kind != TokenKind::kWord || (toks[s].flags & kQuoted))) ++s;
    if (s == name) return false;
    for (uint32_t k = s; k < name; ++k) {
      if (IsPunct(w.tokens, k, ',')) return false;
    }
    return lex.speaker_stops.LongestAt(words, s) || lex.clause_boundaries.LongestAt(words, s) ||
           HasValue(lex.apposition.LongestAt(words, s), "fronted");
  };
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    int32_t e = w.out.mention_entity[m];
    if (!Names(mention) || e < 0) continue;
    DocEntity& entity = w.out.entities[static_cast<size_t>(e)];
    if (entity.type != EntityType::kPerson && entity.type != EntityType::kOrganization) continue;
    uint32_t t = mention.end_token;
    const uint32_t sentence = toks[mention.first_token].sentence;
    if (IsPunct(w.tokens, t, '(')) {
      uint32_t close = t + 1;
      while (close < n && close <= t + kMaxParenthesisTokens && !IsPunct(w.tokens, close, ')')) ++close;
      if (!IsPunct(w.tokens, close, ')')) continue;
      t = close + 1;
    } else if (lex.affiliation.LongestAt(words, t)) {
      // "Tammy Baldwin of Wisconsin", "Jeffrey Lewis of the James Martin Center",
      // "Phil Musser of digital consulting firm IMGE": the phrase describes the
      // person; "Elijah Cummings of Maryland, the panel's ranking Democrat" goes on.
      uint32_t k = t + 1;
      if (HasValue(lex.determiners.LongestAt(words, k), "definite")) ++k;
      const uint32_t after_determiner = k;
      while (k < n && k < t + 6 && lower_word(k) && w.out.token_mention[k] < 0 && !lex.speaker_stops.LongestAt(words, k)) {
        ++k;  // "of digital consulting firm IMGE", not "of the issue on ABC News"
      }
      int32_t place = k < n ? w.out.token_mention[k] : -1;
      uint32_t phrase_end = k;
      EntityType named_type = EntityType::kPlace;
      if (place >= 0) {
        int32_t named = w.out.mention_entity[static_cast<size_t>(place)];
        if (w.mentions[static_cast<size_t>(place)].first_token != k) continue;
        phrase_end = w.mentions[static_cast<size_t>(place)].end_token;
        // "of Madison, Alabama": a name before a US state is a town's, whoever
        // else it may name.
        bool town = state_after(phrase_end) > 0;
        if (named < 0 && !town) continue;
        named_type = named >= 0 && !town ? w.out.entities[static_cast<size_t>(named)].type : EntityType::kPlace;
        if (named_type == EntityType::kPerson) continue;
      } else {
        // A name the gazetteer lacks, right after "of [the]": "of Columbia, South
        // Carolina", "of Counter Jihad"; not "accused Sanders of betraying Mr. Obama".
        if (k != after_determiner) continue;
        while (phrase_end < n && toks[phrase_end].sentence == sentence && w.out.token_mention[phrase_end] < 0 &&
               toks[phrase_end].kind == TokenKind::kWord && (toks[phrase_end].flags & kCapitalized)) {
          ++phrase_end;
        }
        if (phrase_end == k) continue;
      }
      phrase_end += state_after(phrase_end);  // "of Madison, Alabama"
      // Only after "of" (markers.tsv `origin`): "Trump at Trump Tower" says where, not who.
      bool origin = HasValue(lex.markers.LongestAt(words, t), "origin");
      if (entity.type == EntityType::kPerson && origin && named_type != EntityType::kOffice) {
        w.Describe(e, toks[t].start, toks[phrase_end - 1].end);
      }
      t = phrase_end;
    }
    // "Adam Schiff, D-Calif., the top Democrat": past a party-state tag that
    // resolve already took as a description.
    if (IsPunct(w.tokens, t, ',') && t + 2 < n) {
      bool tagged = std::any_of(entity.descriptions.begin(), entity.descriptions.end(), [&](const auto& d) {
        return d.start == toks[t + 1].start && d.end == toks[t + 1].end;
      });
      if (tagged) t += 2;
    }
    // "Ramil Carr, 31, a Philadelphia freelance photographer,": past an age.
    if (IsPunct(w.tokens, t, ',') && t + 2 < n && toks[t + 1].kind == TokenKind::kNumber && IsPunct(w.tokens, t + 2, ',')) {
      t += 2;
    }
    const uint32_t first = t + 1;
    // "Jason Sims — a teacher from Mount Pleasant — says": dashes as commas.
    auto dash_at = [&](uint32_t k) { return k < n && toks[k].kind == TokenKind::kPunct && IsDash(w.tokens.Text(toks[k])); };
    const bool dashed = dash_at(t);
    bool opening = IsPunct(w.tokens, t, ',') || dashed;
    if (!opening || first >= n || toks[first].sentence != sentence) continue;
    // "Jason Kander, who is running against Roy Blunt,": a clause that describes someone.
    const bool relative_opens = entity.type == EntityType::kPerson && lower_word(first) &&
                                HasValue(lex.apposition.LongestAt(words, first), "relative");
    bool relative = relative_opens;
    auto determiner = lower_word(first) ? lex.determiners.LongestAt(words, first) : std::nullopt;
    // "Cory James, 22, of Flint, Mich.,": "of" and a capitalized name.
    bool origin_opens = entity.type == EntityType::kPerson && HasValue(lex.markers.LongestAt(words, first), "origin") &&
                        first + 1 < n && toks[first + 1].kind == TokenKind::kWord && (toks[first + 1].flags & kCapitalized);
    bool opens = relative || possessive_opens(first) || origin_opens ||
                 (lower_word(first) && (determiner || lex.former.LongestAt(words, first) ||
                                        lex.affiliation_nouns.LongestAt(words, first) || noun_run_opens(first) ||
                                        HasValue(lex.apposition.LongestAt(words, first), "opener")));
    if (!opens || fronted(mention.first_token)) continue;
    // "Santorum and Huckabee, the past two winners": it describes them all.
    if (mention.first_token > 0 && lex.coordination.LongestAt(words, mention.first_token - 1)) continue;
    // "the FBI, the CIA and the NSA": a list of names, not a description
    // (an office is one: "the Russian ambassador").
    // ("a Democrat and former state senator" is one, after an indefinite article.)
    uint32_t head = first + (determiner ? determiner->length : 0);
    bool indefinite = determiner && *determiner->value == "indefinite";
    if (int32_t named = head < n && !indefinite ? w.out.token_mention[head] : -1;
        named >= 0 && w.mentions[static_cast<size_t>(named)].first_token == head &&
        Names(w.mentions[static_cast<size_t>(named)]) && w.out.mention_entity[static_cast<size_t>(named)] >= 0 &&
        w.out.entities[static_cast<size_t>(w.out.mention_entity[static_cast<size_t>(named)])].type != EntityType::kOffice) {
      uint32_t after = w.mentions[static_cast<size_t>(named)].end_token;
      bool possessive = after < n && toks[after].kind == TokenKind::kPossessive;  // "Twitter's director"
      if (!possessive && (after >= n || toks[after].kind != TokenKind::kWord || lex.coordination.LongestAt(words, after))) {
        continue;
      }
    }
    uint32_t end = first;
    bool clause = false, qualified = false;
    while (end < n && toks[end].sentence == sentence && end - first < kMaxDescriptionTokens) {
      const Token& tok = toks[end];
      if (tok.kind == TokenKind::kQuote) break;
      // "in Nashville, Tennessee", "of Tujunga, Calif.": a state after a place's comma.
      if (uint32_t state = state_after(end)) {
        end += state;
        continue;
      }
      if (tok.kind == TokenKind::kPunct && w.tokens.text[tok.start] != '&') break;
      if (!relative && tok.kind == TokenKind::kWord) {
        auto boundary = lex.clause_boundaries.LongestAt(words, end);
        if (HasValue(boundary, "relative")) {
          relative = true;
        } else if (boundary || HasValue(lex.speech.LongestAt(words, end), "verb") ||
                   lex.copulas.LongestAt(words, end) || HasValue(lex.apposition.LongestAt(words, end), "verb") ||
                   (!qualified && (person_head_at(end) || (w.out.token_mention[end] < 0 && ListGoesOn(lex, toks, words, end))))) {
          // A verb, or someone else named before any preposition ("former
          // governor L. Douglas Wilder"), or a list: not a description.
          clause = true;
          break;
        }
        qualified |= lex.speaker_stops.LongestAt(words, end).has_value();
      }
      ++end;
    }
    bool closed = end >= n || toks[end].sentence != sentence || toks[end].kind != TokenKind::kWord;
    if (dashed) closed = dash_at(end);  // a dash opens a clause unless another closes the phrase
    // "Congress, then ...": an opener alone describes nothing.
    bool opener_only = end == first + 1 && !lex.affiliation_nouns.LongestAt(words, first);
    if (clause || !closed || end == first || opener_only) continue;
    w.Describe(e, toks[first].start, toks[end - 1].end, relative_opens);
    if (!relative_opens && entity.type == EntityType::kPerson) BindCoordinatedTitle(lex, w, e, first, end);
  }
}

void Resolver::DescribeHolders(Work& w) const {
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  PartyMembersNamedByParty(knowledge_, w);
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    int32_t e = w.out.mention_entity[m];
    if (mention.kind != MentionKind::kName || e < 0) continue;
    const DocEntity& office = w.out.entities[static_cast<size_t>(e)];
    if (office.type != EntityType::kOffice || office.knowledge_index < 0) continue;
    // "the [Texas] congressman", not a title ("the Indiana governor Mike Pence").
    uint32_t det = mention.first_token;
    std::string_view state;  // named before a national office: "the Iowa AG" is not the US one's holder
    if (int32_t place = det > 0 ? w.out.token_mention[det - 1] : -1; place >= 0) {
      const Mention& p = w.mentions[static_cast<size_t>(place)];
      int32_t pe = w.out.mention_entity[static_cast<size_t>(place)];
      if (pe < 0 || w.out.entities[static_cast<size_t>(pe)].type != EntityType::kPlace) continue;
      if (auto hit = lex.us_states.LongestAt(words, p.first_token); hit && p.first_token + hit->length == p.end_token) {
        state = *hit->value;
      }
      det = p.first_token;
    }
    if (det == 0 || !HasValue(lex.determiners.LongestAt(words, det - 1), "definite")) continue;
    --det;
    uint32_t after = mention.end_token;
    if (after < n && w.out.token_mention[after] >= 0) continue;
    const uint32_t office_index = static_cast<uint32_t>(office.knowledge_index);
    // The holder the document named last before the phrase, else first after it.
    int32_t best = -1;
    uint32_t best_distance = UINT32_MAX;
    for (size_t p = 0; p < w.out.entities.size(); ++p) {
      const DocEntity& d = w.out.entities[p];
      if (d.type != EntityType::kPerson || d.knowledge_index < 0) continue;
      const EntityRecord& record = knowledge_.entity(static_cast<uint32_t>(d.knowledge_index));
      if (!state.empty() && record.Attribute("state") != state) continue;
      bool holds = knowledge_.Held(static_cast<uint32_t>(d.knowledge_index), office_index, w.out.date) ||
                   std::any_of(w.out.office_bindings.begin(), w.out.office_bindings.end(), [&](const Binding& b) {
                     return b.person == p && b.target == static_cast<uint32_t>(e) && !b.former;
                   });
      if (!holds) continue;
      for (uint32_t mi : d.mentions) {
        if (!Names(w.mentions[mi])) continue;
        uint32_t first = w.mentions[mi].first_token;
        uint32_t distance = Work::NearnessBefore(first, det);
        if (distance < best_distance) {
          best_distance = distance;
          best = static_cast<int32_t>(p);
        }
      }
    }
    if (best >= 0) w.Describe(best, toks[det].start, toks[after - 1].end);
  }
}

}  // namespace newsgraph
