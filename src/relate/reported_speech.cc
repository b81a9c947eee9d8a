// SAID with direct: false: what someone said, reported rather than quoted.
// "Sessions said he had met Kislyak twice", "Clinton called half of Trump's
// supporters "deplorables"", "..., according to the pool report". The verbs
// and what they take come from reported_speech.tsv.
#include <algorithm>

#include "relate/relate_context.h"
#include "relate/speech.h"
#include "util/text.h"

namespace newsgraph {
namespace {

bool OpensQuote(const Token& t) { return t.quote == QuoteMark::kOpenDouble; }

// Words of the span [first, end) that are words (not marks).
uint32_t WordCount(const RelateContext& c, uint32_t first, uint32_t end) {
  uint32_t n = 0;
  for (uint32_t t = first; t < end; ++t) n += c.IsWord(t) ? 1 : 0;
  return n;
}

// Whether a frame verb of reported_speech.tsv ends at `end` right after a
// common noun: "an op-ed called", "a commentary called" name the thing.
bool NamingParticipleBefore(const RelateContext& c, uint32_t end) {
  for (uint32_t v = end; v-- > 0 && v + 3 > end;) {
    auto hit = c.knowledge().lexicons().reported_speech.LongestAt(c.words(), v);
    if (!hit || v + hit->length != end || *hit->value != "frame") continue;
    const auto& toks = c.tokens().tokens;
    return v > 0 && c.IsWord(v - 1) && c.MentionAt(v - 1) < 0 && !(toks[v - 1].flags & kCapitalized) &&
           !LooksLikeAdverb(c.tokens().Text(toks[v - 1])) && c.MarkerRole(v - 1).empty() &&
           !c.knowledge().lexicons().copulas.LongestAt(c.words(), v - 1);
  }
  return false;
}

// "on CNN's "State of the Union."": a title after a possessive or "on" names
// a programme or a publication, and after a frame verb that follows a common
// noun it names a work ("an op-ed called "My Plan for Helping America's
// Poor""); "nicknamed "King James"" quotes someone.
bool NamesAProgramme(const RelateContext& c, uint32_t open) {
  if (open == 0 || !c.IsTitleQuote(open)) return false;
  const Token& before = c.tokens().tokens[open - 1];
  return before.kind == TokenKind::kPossessive || c.MarkerRole(open - 1) == "programme" ||
         NamingParticipleBefore(c, c.IsPunct(open - 1, ',') ? open - 1 : open);
}

bool HoldsQuote(const RelateContext& c, uint32_t first, uint32_t end) {
  for (uint32_t t = first; t < end; ++t) {
    if (OpensQuote(c.tokens().tokens[t]) && !NamesAProgramme(c, t) && !AfterTitleWord(c, t)) return true;
  }
  return false;
}

// Where the reported content starts after the verb: past an addressee ("told
// NBC News"), a few words of circumstance ("said on Friday"), and "that".
uint32_t ContentStart(const RelateContext& c, uint32_t after_verb, uint32_t sentence_end) {
  const auto& toks = c.tokens().tokens;
  for (uint32_t k = after_verb; k < sentence_end && k < after_verb + 12; ++k) {
    if (toks[k].kind == TokenKind::kQuote || c.IsPunct(k, ':')) break;
    if (c.MentionAt(k) < 0 && c.ClauseKind(k) == "complement") return k + 1;
  }
  uint32_t k = after_verb;
  int32_t addressee = k < sentence_end ? c.MentionAt(k) : -1;
  if (addressee >= 0 && AddresseeAfter(c, k) >= 0) k = c.mentions()[static_cast<size_t>(addressee)].end_token;
  // "told ABC's "Good Morning America" ...", "said on CNN's "State of the
  // Union," ...": the programme is where it was said, not what.
  uint32_t programme = k;
  if (programme < sentence_end && c.MarkerRole(programme) == "programme") ++programme;
  if (int32_t outlet = programme < sentence_end ? c.MentionAt(programme) : -1; outlet >= 0) {
    programme = c.mentions()[static_cast<size_t>(outlet)].end_token;
  }
  if (programme + 1 < sentence_end && c.tokens().tokens[programme].kind == TokenKind::kPossessive &&
      NamesAProgramme(c, programme + 1)) {
    k = programme + 2;
    while (k < sentence_end && !(c.tokens().tokens[k].quote == QuoteMark::kCloseDouble)) ++k;
    ++k;
    while (k < sentence_end && c.IsPunct(k, ',')) ++k;
    if (k < sentence_end && c.MentionAt(k) < 0 && c.ClauseKind(k) == "complement") ++k;
  }
  while (k < sentence_end && c.IsPunct(k, ',')) ++k;
  return k;
}

// Where the reported words end: at the first break of the clause after a
// closing quotation mark: punctuation, a clause boundary, or a coordination
// that does not open a further quotation ("Trump tweeted that Machado was
// "disgusting" and "a con" and encouraged ..." ends after "a con"). Without
// such a break, the sentence's end.
uint32_t ReportedEnd(const RelateContext& c, uint32_t first, uint32_t end) {
  const auto& toks = c.tokens().tokens;
  const auto& coordination = c.knowledge().lexicons().coordination;
  bool closed = false;
  for (uint32_t k = first; k < end; ++k) {
    if (OpensQuote(toks[k]) && NamesAProgramme(c, k)) {  // "on CNN's "State of the Union""
      while (k + 1 < end && toks[k + 1].quote != QuoteMark::kCloseDouble) ++k;
      ++k;
      continue;
    }
    if (toks[k].quote == QuoteMark::kCloseDouble) {
      closed = true;
      // `as a "disgrace," citing`: the comma inside the quotation breaks.
      if (k > first && c.IsPunct(k - 1, ',') && WordCount(c, first, k) >= 3) return k + 1;
      continue;
    }
    if (!closed || c.InsideQuote(k) || WordCount(c, first, k) < 3) continue;
    bool breaks = (toks[k].kind == TokenKind::kPunct && !c.IsPunct(k, '.')) || !c.ClauseKind(k).empty();
    if (!breaks && coordination.LongestAt(c.words(), k)) breaks = k + 1 < end && !OpensQuote(toks[k + 1]);
    if (breaks) return k;
  }
  return end;
}

// "Trump's claim", "Stumpf's repeated emphasis": the person or organization
// whose words the noun at `noun` names, or -1.
int32_t PossessorBefore(const RelateContext& c, uint32_t noun, uint32_t floor) {
  uint32_t t = noun;
  while (t > floor && t + 3 > noun && c.IsWord(t - 1) && c.MentionAt(t - 1) < 0 &&
         !(c.tokens().tokens[t - 1].flags & kCapitalized)) {
    --t;  // adjectives: "repeated", "earlier"
  }
  if (t <= floor || c.tokens().tokens[t - 1].kind != TokenKind::kPossessive || t < 2) return -1;
  int32_t m = c.MentionAt(t - 2);
  if (m < 0 || c.mentions()[static_cast<size_t>(m)].kind == MentionKind::kPronoun) return -1;
  int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
  return e >= 0 && (c.TypeOf(e) == EntityType::kPerson || c.TypeOf(e) == EntityType::kOrganization) ? e : -1;
}

// "The Post reported that Kelly told lawmakers ...": a news outlet (kind=media
// in the gazetteer) that relays someone's words does not take them over.
bool IsNewsOutlet(const RelateContext& c, int32_t output_entity) { return c.HasKind(output_entity, "media"); }

// Where the subject of the verb at `verb` starts, past a title before its
// name when `past_titles`; `floor` when the verb has no named subject.
uint32_t SubjectStart(const RelateContext& c, uint32_t verb, uint32_t floor, bool past_titles) {
  const uint32_t subject_end = SubjectEnd(c, verb, floor);
  const int32_t m = subject_end > floor ? c.MentionAt(subject_end - 1) : -1;
  if (m < 0) return floor;
  uint32_t subject = c.mentions()[static_cast<size_t>(m)].first_token;
  while (past_titles && subject > floor && c.MentionAt(subject - 1) >= 0) {
    subject = c.mentions()[static_cast<size_t>(c.MentionAt(subject - 1))].first_token;
  }
  return subject;
}

// A verb that reports a clause at `t` (speech.tsv `verb`, reported_speech.tsv
// `clause`): its length in tokens, or 0.
uint32_t ReportingVerbAt(const RelateContext& c, uint32_t t) {
  if (uint32_t length = SpeechVerbAt(c, t)) return length;
  auto hit = c.MentionAt(t) < 0 ? c.knowledge().lexicons().reported_speech.LongestAt(c.words(), t) : std::nullopt;
  return hit && *hit->value == "clause" ? static_cast<uint32_t>(hit->length) : 0;
}

// The report at `verb` has its own subject, right after a subordinator: "after
// President Trump told reporters".
bool ReportedAfterSubordinator(const RelateContext& c, uint32_t verb, uint32_t floor) {
  if (SubjectBefore(c, verb, floor) < 0) return false;
  const uint32_t subject = SubjectStart(c, verb, floor, true);
  return subject > floor && c.MarkerRole(subject - 1) == "subordinator";
}

// The quotation opened at `open` runs to the end of [open, end), bar an
// attribution's few words: all the content is quoted.
bool QuotesTheRest(const RelateContext& c, uint32_t open, uint32_t end) {
  uint32_t close = open + 1;
  while (close < end && c.tokens().tokens[close].quote != QuoteMark::kCloseDouble) ++close;
  return close >= end || WordCount(c, close + 1, end) < 3 || !c.ClauseKind(close + 1).empty() ||
         c.IsPunct(close - 1, ',');
}

// A report found, kept back until the sentence's other reports are known.
struct Report {
  ExtractedRelation relation;
  uint32_t verb = 0;
  uint32_t first = 0;  // the words reported, [first, end)
  uint32_t end = 0;
  bool clause = false;  // a clause that a verb reports (reported_speech.tsv `clause`)
};

void Emit(RelateContext& c, std::vector<Report>& reports, int32_t speaker, uint32_t first, uint32_t end,
          uint32_t verb, uint32_t length, const char* rule, bool framed = false) {
  const auto& toks = c.tokens().tokens;
  end = ReportedEnd(c, first, end);
  while (end > first && (c.EndsSentence(end - 1) || c.IsPunct(end - 1, ','))) --end;
  if (speaker < 0 || end <= first || WordCount(c, first, end) < 3) return;
  // A quotation that is all of the content is a direct quote: quotes.cc has it.
  // A frame's verb is no speech verb, so quotes.cc leaves its quotation here:
  // "Trump attacked "the hateful ideology of radical Islam"".
  if (!framed && OpensQuote(toks[first]) && toks[end - 1].kind == TokenKind::kQuote) return;
  ExtractedRelation r;
  r.type = RelationType::kSaid;
  r.source = speaker;
  r.direct = false;
  r.quote_start = toks[first].start;
  r.quote_end = toks[end - 1].end;
  r.quote = std::string(c.tokens().text.substr(r.quote_start, r.quote_end - r.quote_start));
  r.evidence = c.MakeEvidence(std::min(first, verb), std::max(end - 1, verb), c.TokenText(verb, verb + length), rule);
  reports.push_back(Report{.relation = std::move(r), .verb = verb, .first = first, .end = end,
                           .clause = std::string_view(rule) == "reported-speech"});
}

// "At a closed meeting, Pompeo told Moon that he and Kim agreed to meet "at
// the earliest possible date," Yoon said.": a clause reported inside what an
// attribution after it reports is that one's words, as the reporter quotes
// them. A frame keeps its speaker ("They noted that Trump had characterized
// the caravans as an "invasion"" quotes Trump's word), and so does a clause
// that "according to" or a news outlet relays ("..., the Associated Press
// reported"): the quotation is still its speaker's.
void AddOutermostReports(RelateContext& c, std::vector<Report>& reports) {
  for (Report& report : reports) {
    const bool inner = report.clause && std::any_of(reports.begin(), reports.end(), [&](const Report& outer) {
      return &outer != &report && outer.clause && outer.end <= outer.verb && outer.first <= report.verb &&
             report.verb < outer.end && outer.relation.source != report.relation.source &&
             !IsNewsOutlet(c, outer.relation.source);
    });
    if (!inner) c.Add(std::move(report.relation));
  }
}

}  // namespace

bool ReportedByEarlierSpeech(const RelateContext& c, uint32_t verb, uint32_t floor, int32_t speaker) {
  uint32_t clause = SubjectStart(c, verb, floor, false);
  if (clause <= floor) return false;
  if (c.ClauseKind(clause - 1) == "complement") --clause;
  for (uint32_t j = clause; j-- > floor && j + 3 >= clause;) {
    if (c.MentionAt(j) >= 0) return false;
    const uint32_t length = ReportingVerbAt(c, j);
    if (length && j + length == clause) {
      const int32_t outer = SubjectBefore(c, j, floor);
      return !NegatedSpeech(c, j) && outer != speaker && !IsNewsOutlet(c, outer);
    }
  }
  return false;
}

void RelateReportedSpeech(RelateContext& c) {
  const TokenizedText& text = c.tokens();
  const auto& toks = text.tokens;
  const Lexicon& reported = c.knowledge().lexicons().reported_speech;
  const std::span<const uint8_t> starts(c.text().recognized.trigger_starts);
  std::vector<Report> reports;
  for (auto v = static_cast<uint32_t>(NextTriggerStart(starts, kReportedSpeechStart, 0)); v < toks.size();
       v = static_cast<uint32_t>(NextTriggerStart(starts, kReportedSpeechStart, v + 1))) {
    if (toks[v].start < text.headline_end || c.InsideQuote(v) || c.MentionAt(v) >= 0 || !c.IsWord(v)) {
      continue;
    }
    auto hit = reported.LongestAt(c.words(), v);
    if (!hit || NegatedSpeech(c, v)) continue;
    const Sentence& sentence = text.sentences[toks[v].sentence];
    uint32_t length = static_cast<uint32_t>(hit->length);
    const std::string& kind = *hit->value;
    if (kind == "noun") {
      // "Trump's claim that there have been "thousands of shootings"".
      int32_t speaker = PossessorBefore(c, v, sentence.first_token);
      uint32_t first = v + length;
      if (speaker >= 0 && first < sentence.end_token && c.ClauseKind(first) == "complement" &&
          HoldsQuote(c, first + 1, sentence.end_token)) {
        Emit(c, reports, speaker, first + 1, sentence.end_token, v, length, "reported-noun");
      }
      v += length - 1;
      continue;
    }
    if (kind == "source-after" && v == sentence.first_token) {
      // "According to Limbaugh, the move reeks of "fear"."
      uint32_t comma = v + length;
      while (comma < sentence.end_token && !c.IsPunct(comma, ',')) ++comma;
      int32_t speaker = SpeakerInPhrase(c, v + length, comma);
      if (comma + 1 < sentence.end_token && HoldsQuote(c, comma + 1, sentence.end_token)) {
        Emit(c, reports, speaker, comma + 1, sentence.end_token, v, length, "according-to");
      }
      v = comma;
      continue;
    }
    if (kind == "source-after") {
      // "The developers ran a scheme, according to the complaint."
      int32_t speaker = SpeakerInPhrase(c, v + length, sentence.end_token);
      uint32_t end = v;
      while (end > sentence.first_token && c.IsPunct(end - 1, ',')) --end;
      if (!OpensQuote(toks[sentence.first_token])) {
        Emit(c, reports, speaker, sentence.first_token, end, v, length, "according-to");
      }
      // "according to reports on Monday": the source's words report nothing.
      v += length;
      while (v < sentence.end_token && c.IsWord(v)) ++v;
      --v;
      continue;
    }
    bool comparison = kind.starts_with("comparison:");
    if ((kind == "frame" || comparison) && IsPassive(c, v)) continue;
    int32_t speaker = SubjectBefore(c, v, sentence.first_token);
    if (speaker < 0 || (kind != "frame" && ReportedByEarlierSpeech(c, v, sentence.first_token, speaker))) continue;
    // A frame's object is part of what was said: "called Clinton a "champion"".
    uint32_t first = kind == "frame" ? v + length : ContentStart(c, v + length, sentence.end_token);
    if (comparison) {
      // "likened the rules to "burning the Constitution"": the words after the
      // preposition the lexicon names (after "comparison:") are what was said.
      std::string_view preposition = std::string_view(kind).substr(kind.find(':') + 1);
      uint32_t k = v + length;
      while (k < sentence.end_token && k < v + length + 8 && c.IsWord(k) && c.TokenText(k, k + 1) != preposition) ++k;
      if (k >= sentence.end_token || c.TokenText(k, k + 1) != preposition) continue;
      first = k + 1;
    }
    uint32_t end = sentence.end_token;
    if (kind == "clause" && !IsParticiple(c, v)) {
      // "These employees, Stumpf explained at the hearing, were "well-paid"":
      // an attribution set off by commas inside the sentence, the clause it
      // interrupts going on after it with its verb ("were", "would").
      uint32_t s = v;
      while (s > sentence.first_token && (c.MentionAt(s - 1) >= 0 || IsSpeechFiller(c, s - 1))) --s;
      uint32_t comma = v + length;
      while (comma < end && comma < v + length + 8 && c.IsWord(comma) && c.ClauseKind(comma).empty()) ++comma;
      if (s < v && s > sentence.first_token + 1 && c.IsPunct(s - 1, ',') && c.MentionAt(v - 1) >= 0 &&
          comma < end && c.IsPunct(comma, ',') && (IsSpeechFiller(c, comma + 1) ||
                                                    c.knowledge().lexicons().copulas.LongestAt(c.words(), comma + 1))) {
        first = comma + 1;
      }
    }
    // "..., Warren said." or `"...," he said.`: the content came first.
    if (WordCount(c, first, end) < 3) {
      if (kind != "clause" || IsParticiple(c, v)) continue;
      if (toks[sentence.first_token].kind == TokenKind::kQuote) continue;
      uint32_t subject_start = v;
      while (subject_start > sentence.first_token && !c.IsPunct(subject_start - 1, ',')) --subject_start;
      if (subject_start <= sentence.first_token + 1) continue;
      first = sentence.first_token;
      end = subject_start - 1;
    } else if (first < end && ((OpensQuote(toks[first]) && kind != "frame" && !comparison && QuotesTheRest(c, first, end)) ||
                               c.IsPunct(first, ':'))) {
      continue;  // `said: "..."`: a direct quote; `said that "a bomb" had gone off` is not
    }
    // `said of Papadopoulos: "He was a zero."`, `"...," Trump said during a
    // rally in Kenansville, "but ..."`: the verb introduces a direct quote
    // (quotes.cc), its first quotation opening after a colon or a comma.
    bool quote_follows_colon = false;
    for (uint32_t k = first; k + 1 < end; ++k) {
      if (!OpensQuote(toks[k + 1])) continue;
      quote_follows_colon = c.IsPunct(k, ':') || (kind == "clause" && c.IsPunct(k, ','));
      break;
    }
    if (quote_follows_colon) continue;
    bool framed = kind == "frame" || comparison;
    if ((framed || !c.options().all_reported_speech) && !HoldsQuote(c, first, end)) continue;
    // "Clinton condemned the plan, but the groups say they are "worried"": a
    // frame's object ends at a new clause (a comma, then a word of
    // clause_boundaries.tsv `clause`) before its first quotation.
    // "Sessions announced his recusal shortly after Trump told reporters he had
    // "total" confidence": nor does a report run past a clause that a
    // subordinator (markers.tsv) opens with someone else's report.
    bool other_clause = false;
    for (uint32_t k = first + 1; first > v /* words after the verb */ && k < end && !OpensQuote(toks[k]) && !other_clause;
         ++k) {
      other_clause = (framed && c.IsPunct(k - 1, ',') && c.ClauseKind(k) == "clause") ||
                     (ReportingVerbAt(c, k) && ReportedAfterSubordinator(c, k, first));
    }
    if (other_clause) continue;
    Emit(c, reports, speaker, first, end, v, length, comparison ? "reported-comparison" : framed ? "reported-frame" : "reported-speech",
         framed);
    v += length - 1;
  }
  AddOutermostReports(c, reports);
}

}  // namespace newsgraph
