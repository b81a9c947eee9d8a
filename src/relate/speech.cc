// Speakers and speech verbs.
#include "relate/speech.h"

#include "relate/reaction_parties.h"
#include "util/text.h"

namespace newsgraph {

uint32_t SpeechVerbAt(const RelateContext& c, uint32_t t) {
  if (t >= c.tokens().tokens.size() || c.MentionAt(t) >= 0) return 0;
  auto hit = c.knowledge().lexicons().speech.LongestAt(c.words(), t);
  if (!hit || *hit->value != "verb") return 0;
  return static_cast<uint32_t>(hit->length);
}

bool IsSpeechFiller(const RelateContext& c, uint32_t t) {
  const auto& toks = c.tokens().tokens;
  if (t >= toks.size() || !c.IsWord(t) || (toks[t].flags & kCapitalized) || c.MentionAt(t) >= 0) return false;
  if (c.knowledge().lexicons().speech_fillers.LongestAt(c.words(), t)) return true;
  return LooksLikeAdverb(c.tokens().Text(toks[t]));
}

uint32_t TimeBefore(const RelateContext& c, uint32_t t, uint32_t floor) {
  const Lexicons& lex = c.knowledge().lexicons();
  if (t > floor && c.MentionAt(t - 1) < 0) {
    if (auto day = lex.calendar.LongestAt(c.words(), t - 1); day && day->length == 1) {
      auto preposition = t - 1 > floor ? lex.time_cues.LongestAt(c.words(), t - 2) : std::nullopt;
      return preposition && preposition->length == 1 && *preposition->value == "preposition" ? 2 : 1;
    }
  }
  for (uint32_t n = 1; n <= 4 && n <= t - floor; ++n) {
    auto phrase = c.MentionAt(t - n) < 0 ? lex.time_cues.LongestAt(c.words(), t - n) : std::nullopt;
    if (phrase && phrase->length == n && *phrase->value == "phrase") return n;
  }
  return 0;
}

namespace {

// "the former secretary of state": a cue of former.txt among the words right
// before the title (past determiners: "the", "a").
bool FormerTitle(const RelateContext& c, const Mention& m) {
  const Lexicons& lex = c.knowledge().lexicons();
  for (uint32_t k = m.first_token; k > 0 && k + 3 > m.first_token && c.IsWord(k - 1) && c.MentionAt(k - 1) < 0; --k) {
    if (lex.former.LongestAt(c.words(), k - 1)) return true;
    if (!lex.determiners.LongestAt(c.words(), k - 1)) break;
  }
  return false;
}

// Who a former title names: of the people the document names who held the
// office before its date (undated: whose tenure of it ended), the one named
// last before `at`; -1 if none. Never the holder then.
int32_t FormerHolder(const RelateContext& c, int32_t office, uint32_t at) {
  int32_t k_office = c.text().entities[static_cast<size_t>(office)].knowledge_index;
  if (k_office < 0) return -1;
  DateKey date = c.text().date;
  int32_t best = -1;
  uint32_t best_at = 0;
  for (size_t x = 0; x < c.text().entities.size(); ++x) {
    const DocEntity& p = c.text().entities[x];
    if (p.type != EntityType::kPerson || p.knowledge_index < 0 || c.OutputOf(static_cast<int32_t>(x)) < 0) continue;
    bool held = false;
    for (const Tenure& t : c.knowledge().TenuresOfPerson(static_cast<uint32_t>(p.knowledge_index))) {
      held |= t.office == static_cast<uint32_t>(k_office) && (date == kNoDate ? t.end != kOpenEnd : t.start < date && !t.Covers(date));
    }
    if (!held) continue;
    for (uint32_t pm : p.mentions) {
      uint32_t first = c.mentions()[pm].first_token;
      if (first < at && (best < 0 || first >= best_at)) {
        best = c.OutputOf(static_cast<int32_t>(x));
        best_at = first;
      }
    }
  }
  return best;
}

}  // namespace

int32_t SpeakerOf(const RelateContext& c, int32_t mention) {
  if (mention < 0) return -1;
  const Mention& m = c.mentions()[static_cast<size_t>(mention)];
  if (c.InParentheses(m.first_token)) return -1;
  // ("... and he's qualified, Corker said": a pronoun before "'s" is mostly the
  // subject of another clause, no speaker.)
  if (m.kind == MentionKind::kPronoun && m.end_token < c.tokens().tokens.size() &&
      c.tokens().tokens[m.end_token].kind == TokenKind::kPossessive) {
    return -1;
  }
  if (c.IsPossessive(m)) {
    // "Clinton's campaign said": the campaign speaks for her.
    uint32_t body = m.end_token + 1;
    if (body >= c.tokens().tokens.size() || c.MentionAt(body) >= 0 ||
        !c.knowledge().lexicons().speaker_bodies.LongestAt(c.words(), body)) {
      return -1;
    }
  }
  // "Rep. Joseph Crowley": a title before a name is that name's, even when
  // we do not know who the name is; it stands for no other holder.
  uint32_t next = m.end_token;
  int32_t own = c.text().mention_entity[static_cast<size_t>(mention)];
  if (own >= 0 && c.text().entities[static_cast<size_t>(own)].type == EntityType::kOffice && c.IsWord(next) &&
      (c.tokens().tokens[next].flags & kCapitalized)) {
    return -1;
  }
  // "Another former senior campaign adviser said": an indefinite title
  // (determiners.tsv) is someone unnamed, not the holder the text names.
  if (own >= 0 && c.text().entities[static_cast<size_t>(own)].type == EntityType::kOffice) {
    for (uint32_t k = m.first_token; k > 0 && k + 4 > m.first_token && c.IsWord(k - 1) && c.MentionAt(k - 1) < 0; --k) {
      auto determiner = c.knowledge().lexicons().determiners.LongestAt(c.words(), k - 1);
      if (determiner && *determiner->value == "indefinite") return -1;
      if (determiner && *determiner->value == "definite") break;
    }
  }
  if (own >= 0 && c.text().entities[static_cast<size_t>(own)].type == EntityType::kOffice && FormerTitle(c, m)) {
    return FormerHolder(c, own, m.first_token);
  }
  int32_t e = c.EntityOfMention(static_cast<size_t>(mention), true);
  if (e < 0 || c.TypeOf(e) == EntityType::kOffice || c.TypeOf(e) == EntityType::kPlace) return -1;
  return e;
}

// "Russia insisted that ...": a country, as the subject of a speech verb,
// speaks through its government.
int32_t SpeakingCountry(const RelateContext& c, int32_t mention) {
  const Mention& m = c.mentions()[static_cast<size_t>(mention)];
  if (m.kind == MentionKind::kPronoun || c.IsPossessive(m) || c.InParentheses(m.first_token)) return -1;
  int32_t e = c.EntityOfMention(static_cast<size_t>(mention), false);
  return e >= 0 && c.TypeOf(e) == EntityType::kPlace && c.HasKind(e, "country") ? e : -1;
}

uint32_t RelativeClauseClose(const RelateContext& c, uint32_t comma, uint32_t limit) {
  if (comma + 1 >= limit || c.ClauseKind(comma + 1) != "relative") return limit;
  uint32_t close = comma + 1;
  while (close < limit && !c.IsPunct(close, ',')) ++close;
  return close;
}

int32_t SpeakerInPhrase(const RelateContext& c, uint32_t from, uint32_t to, int32_t* mention_out) {
  int32_t best = -1, best_mention = -1;
  int depth = 0;
  for (uint32_t t = from; t < to; ++t) {
    if (c.IsPunct(t, '(')) ++depth;
    if (c.IsPunct(t, ')') && depth > 0) --depth;
    if (depth == 0 && c.IsPunct(t, ',') && best >= 0) break;
    // A name inside a relative clause set off by commas is not the phrase's head.
    if (depth == 0 && c.IsPunct(t, ',')) {
      if (uint32_t close = RelativeClauseClose(c, t, to); close < to) {
        t = close - 1;
        continue;
      }
    }
    if (c.EndsSentence(t) || c.IsPunct(t, ';')) break;
    // "a spokesman for Kislyak", "a narrator in the ad": the head came before;
    // but "a statement from Sessions": a noun of saying is not the speaker.
    if (c.MentionAt(t) < 0 && c.knowledge().lexicons().speaker_stops.LongestAt(c.words(), t)) {
      auto saying = t > from ? c.knowledge().lexicons().reported_speech.LongestAt(c.words(), t - 1) : std::nullopt;
      if (!saying || *saying->value != "noun" || best >= 0) break;
      continue;
    }
    int32_t m = c.MentionAt(t);
    if (m < 0 || depth > 0 || c.InsideQuote(t)) continue;
    t = c.mentions()[static_cast<size_t>(m)].end_token - 1;
    // "one prominent Republican leader": an organization before a title noun
    // is not the speaker; its member may be, or someone unnamed.
    int32_t member = TitledMember(c, m, to);
    // A title's member we cannot name heads the phrase, not an organization
    // before it ("a Democratic House aide").
    if (member == -1) {
      best = best_mention = -1;
      continue;
    }
    int32_t e = member != kNotTitled ? member : SpeakerOf(c, m);
    // "a Florida Democrat said", "the panel's top Democrat, Sen. Dianne
    // Feinstein, said": one member, not the party.
    if (e < 0 || (member == kNotTitled && IsOneMember(c, c.mentions()[static_cast<size_t>(m)], e))) continue;
    // A later name in the chunk is the head: "Sessions spokesperson Sarah Flores".
    best = e;
    best_mention = m;
  }
  if (mention_out) *mention_out = best_mention;
  return best;
}

// "Trump was described as ...": the subject of a passive frame is not who spoke.
bool IsPassive(const RelateContext& c, uint32_t verb) {
  if (IsParticiple(c, verb)) return false;  // "is calling the candidate ..."
  const auto& copulas = c.knowledge().lexicons().copulas;
  for (uint32_t t = verb; t > 0 && t + 4 > verb; --t) {  // past fillers: "was also described"
    for (uint32_t length = 1; length <= 2 && length <= t; ++length) {
      auto copula = copulas.LongestAt(c.words(), t - length);
      if (copula && copula->length == length) return true;
    }
    if (!IsSpeechFiller(c, t - 1)) break;
  }
  return false;
}

bool IsPastForm(const RelateContext& c, uint32_t t) { return c.tokens().Text(c.tokens().tokens[t]).ends_with("ed"); }

bool AfterTitleWord(const RelateContext& c, uint32_t open) {
  const auto& toks = c.tokens().tokens;
  // (A title opens with a capital: not "rejecting any slogan, "but essentially ...".)
  if (open + 1 >= toks.size() || !(toks[open + 1].flags & kCapitalized)) return false;
  uint32_t k = open;
  if (k > 0 && (c.IsPunct(k - 1, ',') || c.IsPunct(k - 1, ':'))) --k;
  return k > 0 && toks[k - 1].sentence == toks[open].sentence && c.MentionAt(k - 1) < 0 &&
         c.MarkerRole(k - 1) == "title";
}

bool IsParticiple(const RelateContext& c, uint32_t verb) {
  std::string_view text = c.tokens().Text(c.tokens().tokens[verb]);
  return text.size() > 4 && text.substr(text.size() - 3) == "ing";
}

bool JoinedVerbAt(const RelateContext& c, uint32_t k) {
  const auto& toks = c.tokens().tokens;
  const uint32_t verb = k + 1;
  if (verb >= toks.size() || c.MentionAt(k) >= 0 || !c.knowledge().lexicons().coordination.LongestAt(c.words(), k) ||
      c.MentionAt(verb) >= 0 || !c.IsWord(verb) || (toks[verb].flags & kCapitalized)) {
    return false;
  }
  if (SpeechVerbAt(c, verb) > 0) return true;
  return IsParticiple(c, verb) && verb + 1 < toks.size() && !(toks[verb + 1].flags & kCapitalized) &&
         c.MentionAt(verb + 1) < 0;
}

bool NegatedSpeech(const RelateContext& c, uint32_t verb) {
  uint32_t t = verb;
  while (t > 0 && IsSpeechFiller(c, t - 1)) --t;
  if (t == 0) return false;
  return c.tokens().tokens[t - 1].kind == TokenKind::kNegation ||
         c.knowledge().lexicons().negation.LongestAt(c.words(), t - 1).has_value();
}

namespace {

// The unnamed speaker's phrase (unnamed_speakers.tsv) opening at `first`, in [first, limit).
std::optional<UnnamedPhrase> UnnamedPhraseAt(const RelateContext& c, uint32_t first, uint32_t limit) {
  const auto& toks = c.tokens().tokens;
  auto kind_at = [&](uint32_t t, uint32_t* length) -> std::string_view {
    if (t >= limit || !c.IsWord(t) || c.InsideQuote(t)) return {};
    auto hit = c.knowledge().lexicons().unnamed_speakers.LongestAt(c.words(), t);
    if (!hit || t + hit->length > limit) return {};
    *length = static_cast<uint32_t>(hit->length);
    return *hit->value;
  };
  auto in_phrase = [&](uint32_t t) {
    if (t >= limit || c.InsideQuote(t) || toks[t].quote != QuoteMark::kNone || SpeechVerbAt(c, t)) return false;
    return c.IsWord(t) || toks[t].kind == TokenKind::kNumber || toks[t].kind == TokenKind::kPossessive;
  };
  uint32_t length = 0;
  if (first >= limit || c.MentionAt(first) >= 0 || kind_at(first, &length) != "opener") return std::nullopt;
  UnnamedPhrase p;
  p.first = first;
  auto is_head = [&](uint32_t k) {
    std::string_view kind = kind_at(k, &length);
    return kind == "person" || kind == "document";
  };
  for (uint32_t k = first + length; k < limit && k <= first + 6 && !p.end; ++k) {
    if (is_head(k)) {
      p.end = k + length;
    } else if (!in_phrase(k)) {
      return std::nullopt;
    }
  }
  if (!p.end) return std::nullopt;
  // "a prominent Republican National Committee member": past capitalized
  // words, a later head noun is the head.
  for (uint32_t k = p.end; k < limit && k <= first + 8 && in_phrase(k); ++k) {
    if (is_head(k)) {
      p.end = k + length;
      k = p.end - 1;
    } else if (!(c.tokens().tokens[k].flags & kCapitalized)) {
      break;
    }
  }
  // "state attorney Dave Aronberg": a name right after the head is the speaker's.
  if (int32_t m = c.MentionAt(p.end); m >= 0 && p.end < limit && c.mentions()[static_cast<size_t>(m)].first_token == p.end) {
    return std::nullopt;
  }
  // "a spokesman for Bernie Sanders", "a person close to the Clintons": the
  // tail runs to a break ("said a paper from Brookings had this to say" has none).
  if (kind_at(p.end, &length) == "tail") {
    uint32_t k = p.end + length;
    while (k < limit && k < p.end + length + 8 && in_phrase(k) && c.ClauseKind(k) != "relative") ++k;
    if (k > p.end + length && (k == limit || !c.IsWord(k) || c.ClauseKind(k) == "relative")) p.end = k;
  }
  p.clause_end = p.end;
  if (p.end < limit && c.ClauseKind(p.end) == "relative") {
    uint32_t k = p.end + 1;
    while (k < limit && k < p.end + 30 && !c.InsideQuote(k) && toks[k].quote == QuoteMark::kNone &&
           (c.IsWord(k) || toks[k].kind == TokenKind::kNumber || toks[k].kind == TokenKind::kPossessive)) {
      ++k;
    }
    p.clause_end = k;
  }
  return p;
}

}  // namespace

std::optional<UnnamedPhrase> UnnamedSpeaker(const RelateContext& c, uint32_t verb, uint32_t verb_end, uint32_t floor) {
  // Before the verb: the phrase (with its clause) ends right there.
  uint32_t t = SubjectEnd(c, verb, floor);
  for (uint32_t o = t; o-- > floor && o + 24 > t;) {
    if (!c.IsWord(o) && c.tokens().tokens[o].kind != TokenKind::kNumber) break;
    if (auto p = UnnamedPhraseAt(c, o, t); p && p->clause_end == t) return p;
  }
  // A participle after a comma speaks for the phrase opening the sentence.
  if (verb > floor && c.IsPunct(verb - 1, ',') && IsParticiple(c, verb)) {
    if (auto p = UnnamedPhraseAt(c, floor, verb - 1)) return p;
  }
  // After the verb: "said a Mexican official".
  uint32_t end = c.tokens().sentences[c.tokens().tokens[verb].sentence].end_token;
  return UnnamedPhraseAt(c, verb_end, end);
}

int32_t AddresseeAfter(const RelateContext& c, uint32_t verb_end) {
  int32_t m = verb_end < c.tokens().tokens.size() ? c.MentionAt(verb_end) : -1;
  if (m < 0 || c.mentions()[static_cast<size_t>(m)].kind == MentionKind::kPronoun) return -1;
  int32_t e = c.EntityOfMention(static_cast<size_t>(m), false);
  return e >= 0 && (c.TypeOf(e) == EntityType::kPerson || c.TypeOf(e) == EntityType::kOrganization) ? e : -1;
}

}  // namespace newsgraph
