// SAID: direct quotes and their speakers.
#include <algorithm>

#include "relate/relate_context.h"
#include "relate/speech.h"
#include "util/text.h"

namespace newsgraph {
namespace {

struct Attribution {
  int32_t speaker = -1;  // output entity
  int32_t addressee = -1;
  bool found = false;    // an attribution claims the quote (even for nobody we know)
  bool weak = false;     // one the quote's own sentence may overrule
  uint32_t verb = 0;     // token of the trigger
  uint32_t verb_end = 0;  // past its last token
  std::string trigger;
  std::string rule;
};

bool DashAt(const RelateContext& c, uint32_t t) {
  return t < c.tokens().tokens.size() && c.tokens().tokens[t].kind == TokenKind::kPunct &&
         IsDash(c.tokens().Text(c.tokens().tokens[t]));
}

// `"..." – Lexington, Kentucky; Oct. 13`: a dash line naming a town and its
// state says where the quote was said, not who said it.
bool PlaceAfterDash(const RelateContext& c, const QuoteSpan& q) {
  const auto& toks = c.tokens().tokens;
  if (!q.closed || !DashAt(c, q.close + 1)) return false;
  uint32_t k = q.close + 2;
  while (k < toks.size() && k < q.close + 6 && c.IsWord(k) && (toks[k].flags & kCapitalized) && c.MentionAt(k) < 0) ++k;
  if (k == q.close + 2 || k + 1 >= toks.size() || !c.IsPunct(k, ',')) return false;
  const int32_t m = c.MentionAt(k + 1);
  const int32_t e = m >= 0 ? c.EntityOfMention(static_cast<size_t>(m), false) : -1;
  return e >= 0 && c.TypeOf(e) == EntityType::kPlace;
}

Attribution Attributed(const RelateContext& c, int32_t speaker, uint32_t verb, uint32_t length, std::string rule) {
  Attribution a;
  a.found = true;
  a.speaker = speaker;
  a.verb = verb;
  a.verb_end = verb + length;
  a.trigger = c.TokenText(verb, verb + length);
  a.rule = std::move(rule);
  return a;
}

// After the quote: `"...," Sessions said`, `"...," said Ty Cobb, a White House
// lawyer`, `"..." ― Sonya Herridge`, `"...," Scott Pruitt, the attorney general
// of Oklahoma, said at an event`.
Attribution AttributionAfter(const RelateContext& c, const QuoteSpan& q) {
  const auto& toks = c.tokens().tokens;
  if (!q.closed) return {};
  uint32_t t = q.close + 1;
  uint32_t end = t;
  while (end < toks.size() && end < t + 40 && toks[end].paragraph == toks[q.close].paragraph) ++end;
  while (t < end && c.IsPunct(t, ',')) ++t;
  if (t >= end) {
    // `"..."` closing its paragraph, then a line `- Sanders.` or `-President
    // Obama, tweeting after the speech.`: the line names the speaker.
    if (end < toks.size() && DashAt(c, end) && (toks[end].flags & kLineStart)) {
      uint32_t line_end = end + 1;
      while (line_end < toks.size() && toks[line_end].paragraph == toks[end].paragraph) ++line_end;
      int32_t speaker = SpeakerInPhrase(c, end + 1, std::min(line_end, end + 9));
      if (speaker >= 0) return Attributed(c, speaker, end, 1, "quote-dash-line");
    }
    return {};
  }
  if (DashAt(c, t)) {
    int32_t speaker = SpeakerInPhrase(c, t + 1, std::min(end, t + 8));
    return speaker >= 0 ? Attributed(c, speaker, t, 1, "quote-dash-name") : Attribution{};
  }
  uint32_t v = t;
  while (v < end && IsSpeechFiller(c, v)) ++v;
  if (uint32_t length = SpeechVerbAt(c, v)) {
    int32_t mention = -1;
    int32_t speaker = SpeakerInPhrase(c, v + length, std::min(end, v + length + 12), &mention);
    // `"...," said a senior Trump adviser`: a name inside an unnamed speaker's
    // phrase qualifies its head noun; the adviser spoke.
    if (mention >= 0) {
      const uint32_t at = c.mentions()[static_cast<size_t>(mention)].first_token;
      auto unnamed = UnnamedSpeaker(c, v, v + length, c.tokens().sentences[toks[v].sentence].first_token);
      if (unnamed && unnamed->first >= v + length && unnamed->first <= at && at < unnamed->end) speaker = -1;
    }
    return Attributed(c, speaker, v, length, "quote-verb-name");
  }
  // A quote that ends its own sentence ("... to you.") takes a following
  // attribution only when that is all the next sentence says ("Cobb said.").
  bool quote_ends_sentence = q.close > 0 && c.EndsSentence(q.close - 1);
  for (v = t; v < end; ++v) {
    if (toks[v].kind == TokenKind::kQuote || c.EndsSentence(v)) break;
    uint32_t length = SpeechVerbAt(c, v);
    if (!length) continue;
    if (quote_ends_sentence) {
      // `"...?" Trump said, looking out on the crowd.`, `"...?" Kim asked
      // through an interpreter`: a comma or a preposition (speaker_stops.txt)
      // right after the verb leaves the sentence to the attribution too; so
      // does a name right before the verb after a question or exclamation.
      uint32_t after = v + length;
      while (after < end && after < v + length + 3 && !c.EndsSentence(after) && !c.IsPunct(after, ',')) ++after;
      bool attribution_only = after < end && (c.EndsSentence(after) || (after == v + length && c.IsPunct(after, ',')));
      uint32_t next = v + length;
      attribution_only |= next < end && c.MentionAt(next) < 0 &&
                          c.knowledge().lexicons().speaker_stops.LongestAt(c.words(), next).has_value();
      uint32_t subject_end = v;  // "He soon added"
      while (subject_end > t && IsSpeechFiller(c, subject_end - 1)) --subject_end;
      int32_t name = subject_end > t ? c.MentionAt(subject_end - 1) : -1;
      if (name < 0 && subject_end > t + 1 && c.IsPunct(subject_end - 1, ',')) name = c.MentionAt(subject_end - 2);  // "NAME, tweeted"
      // `"...?" Mills then writes back, "You look cute."`: the verb opens a
      // quote of its own; it gives ours only if our sentence names nobody
      // (`"...?" He soon added: "..."`).
      bool weak = false;
      for (uint32_t k = v + length; k < end && !c.EndsSentence(k); ++k) weak |= toks[k].quote == QuoteMark::kOpenDouble;
      // After a question or exclamation, so does a subject that opens the
      // sentence: a name, or a phrase ending in one ("US Senator Jeff Sessions
      // said", "the presumptive GOP presidential nominee, Donald Trump, tweeted").
      if (!c.IsPunct(q.close - 1, '.') && name >= 0) {
        uint32_t named = c.mentions()[static_cast<size_t>(name)].first_token;
        bool opens = named >= t && named <= t + 8;
        for (uint32_t k = t; opens && k < named; ++k) {
          opens = (c.IsWord(k) || c.IsPunct(k, ',') || toks[k].kind == TokenKind::kPossessive) && !SpeechVerbAt(c, k) &&
                  c.ClauseKind(k).empty();
        }
        attribution_only |= opens;
      }
      if (!attribution_only) return {};
      if (weak) {
        Attribution a = Attributed(c, SpeakerInPhrase(c, t, v), v, length, "quote-name-verb");
        a.weak = true;
        return a;
      }
    }
    // `"..." if she did not win by more, said David Wasserman, an analyst`: a
    // person named right after ", said" is the speaker, whoever the words before
    // name (an outlet there is whom it was told: "..., told Breitbart News").
    int32_t inverted = v > t && c.IsPunct(v - 1, ',') && c.MentionAt(v + length) >= 0
                           ? SpeakerInPhrase(c, v + length, std::min(end, v + length + 12))
                           : -1;
    if (inverted >= 0 && c.TypeOf(inverted) != EntityType::kPerson) inverted = -1;
    int32_t speaker = inverted >= 0 ? inverted : SpeakerInPhrase(c, t, v);
    // `"...," as well as the specifics of the date, Press Secretary Yoon said`:
    // the quote's sentence goes on; the name before the verb is in its last chunk.
    // So is a name set off by commas before it: "the Democratic senator from
    // Massachusetts, Elizabeth Warren, tweeted".
    for (uint32_t k = v; speaker < 0 && k-- > t;) {
      if (c.IsPunct(k, ',') && !c.InParentheses(k) && !(k + 1 == v && k > t && c.MentionAt(k - 1) >= 0)) {
        speaker = SpeakerInPhrase(c, k + 1, v);
        break;
      }
    }
    // `Clinton "drew well" in the 2008 primary, said Paul Beck.`: the name after the verb.
    if (speaker < 0 && v > t && c.IsPunct(v - 1, ',')) {
      speaker = SpeakerInPhrase(c, v + length, std::min(end, v + length + 12));
    }
    Attribution a = Attributed(c, speaker, v, length, "quote-name-verb");
    a.addressee = AddresseeAfter(c, v + length);
    return a;
  }
  // `"...," the email read.`: a quote closing on a comma, then a few words
  // that end the sentence, has an attribution of its own, to something we do
  // not know; no other rule gives it a speaker.
  if (q.close > 0 && c.IsPunct(q.close - 1, ',')) {
    for (uint32_t k = t; k < end && k < t + 6; ++k) {
      if (toks[k].kind == TokenKind::kQuote || c.IsPunct(k, ',')) break;
      if (c.EndsSentence(k)) {
        Attribution a;
        a.found = true;
        a.rule = "quote-unknown-source";
        return a;
      }
    }
  }
  return {};
}

// A noun of saying at `t`: "statement", "response" (reported_speech.tsv `noun`).
bool IsSayingNoun(const RelateContext& c, uint32_t t) {
  auto hit = c.knowledge().lexicons().reported_speech.LongestAt(c.words(), t);
  return hit && *hit->value == "noun" && c.MentionAt(t) < 0;
}

// A determiner one or two words before `t` ("the following comment", "a
// statement"): the word at `t` is a noun.
bool AfterDeterminer(const RelateContext& c, uint32_t t, uint32_t floor) {
  for (uint32_t k = t; k > floor && k + 2 > t; --k) {
    if (!c.IsWord(k - 1) || c.MentionAt(k - 1) >= 0) return false;
    if (c.knowledge().lexicons().determiners.LongestAt(c.words(), k - 1)) return true;
  }
  return false;
}

// `t` lies in a relative clause set off by commas that closes before `limit`:
// "The memo, which Schiff said was late, described the plan:".
bool InRelativeClause(const RelateContext& c, uint32_t t, uint32_t floor, uint32_t limit) {
  uint32_t k = t;
  while (k > floor && !c.IsPunct(k - 1, ',')) --k;
  return k > floor && RelativeClauseClose(c, k - 1, limit) < limit;
}

// Before the quote, in its sentence: `Sessions said: "..."`, `Sessions told
// reporters on Friday, "..."`, `"...," he said, "..."`; or a sentence ending in
// a colon right before a quote that opens its own: `Caddell continued:` ¶ `"..."`.
Attribution AttributionBefore(const RelateContext& c, const QuoteSpan& q) {
  const auto& toks = c.tokens().tokens;
  uint32_t first = c.tokens().sentences[toks[q.open].sentence].first_token;
  uint32_t floor = first;
  uint32_t limit = q.open;
  if (q.open == first && first > 0 && c.IsPunct(first - 1, ':')) {
    floor = c.tokens().sentences[toks[first - 1].sentence].first_token;  // limit - 1 is the colon, as below
  }
  bool colon = limit > floor && c.IsPunct(limit - 1, ':');
  Attribution subjectless;  // a verb whose subject we did not find, before a colon
  for (uint32_t v = limit; v-- > floor;) {
    if (c.InsideQuote(v) || toks[v].kind == TokenKind::kQuote) continue;
    uint32_t length = SpeechVerbAt(c, v);
    if (!length || NegatedSpeech(c, v) || InRelativeClause(c, v, floor, limit)) continue;
    int32_t speaker = SubjectBefore(c, v, floor);
    // "The statement says that Papadopoulos claimed he met ... about "...": the
    // outer verb's speaker says it, unless the inner verb opens the quotation
    // itself ("Comey said Trump told him, "...", "Nelson said Zuckerberg told
    // him Monday: "...", a mark of punctuation right before the quotation).
    const bool opens_quote = q.open <= v + length + 3 || toks[q.open - 1].kind == TokenKind::kPunct;
    if (speaker >= 0 && !opens_quote && ReportedByEarlierSpeech(c, v, floor, speaker)) continue;
    // `Said Ellis: "..."`: the verb opens the sentence and the name follows
    // it; so it does after a quotation: `"...," added Schiff, "that ..."`.
    uint32_t before_verb = v;
    while (before_verb > floor && c.IsPunct(before_verb - 1, ',')) --before_verb;
    bool after_quote = before_verb > floor && toks[before_verb - 1].quote == QuoteMark::kCloseDouble;
    // `But, said Solovey, "..."`: only a connective and commas before the verb.
    uint32_t opening = before_verb;
    while (opening > floor && (c.IsPunct(opening - 1, ',') ||
                               c.knowledge().lexicons().coordination.LongestAt(c.words(), opening - 1) ||
                               c.ClauseKind(opening - 1) == "clause")) {
      --opening;
    }
    if (speaker < 0 && (v == first || after_quote || opening == floor)) speaker = SpeakerInPhrase(c, v + length, limit);
    Attribution a = Attributed(c, speaker, v, length, "name-verb-quote");
    a.addressee = AddresseeAfter(c, v + length);
    // "Sanders made the following comment:": the word is a noun there; the
    // colon's rule below finds the subject.
    auto word = c.knowledge().lexicons().speech.LongestAt(c.words(), v);
    bool noun = (word && *word->value == "noun") || IsSayingNoun(c, v);  // not "the heckler yelled:"
    if (speaker < 0 && colon && noun && AfterDeterminer(c, v, floor)) {
      subjectless = a;
      break;
    }
    return a;
  }
  // "Sessions, for his part, made a similar argument in his statement: “...": a
  // colon before the quote hands it to the sentence's subject.
  if (colon) {
    // "With leaders worried about Clinton, President Obama is rolling out a
    // message:": past an opening phrase, the main clause's subject opens it.
    int32_t speaker = -1;
    for (uint32_t k = limit - 1; k-- > floor && speaker < 0;) {
      if (c.IsPunct(k, ',') && !c.InsideQuote(k) && c.MentionAt(k + 1) >= 0) speaker = ClauseSubject(c, k + 1, limit - 1);
    }
    if (speaker < 0) speaker = SpeakerInPhrase(c, floor, limit - 1);
    // "Warren's response was swift:": a possessive before a noun of saying
    // (reported_speech.tsv `noun`) names the speaker.
    for (uint32_t k = floor; speaker < 0 && k + 2 < limit; ++k) {
      int32_t m = c.MentionAt(k);
      if (m < 0 || !c.IsPossessive(c.mentions()[static_cast<size_t>(m)])) continue;
      uint32_t noun = c.mentions()[static_cast<size_t>(m)].end_token + 1;
      while (noun + 1 < limit && noun < c.mentions()[static_cast<size_t>(m)].end_token + 3 && c.IsWord(noun) &&
             !(c.tokens().tokens[noun].flags & kCapitalized) && !IsSayingNoun(c, noun)) {
        ++noun;  // "Warren's swift response"
      }
      if (IsSayingNoun(c, noun)) speaker = c.EntityOfMention(static_cast<size_t>(m), true);
    }
    if (speaker >= 0 && c.TypeOf(speaker) == EntityType::kPerson) {
      return Attributed(c, speaker, limit - 1, 1, "subject-colon-quote");
    }
    // `Pew Research: "All the samples ..."`: a name alone before the colon
    // (after a dash at most) speaks, an organization as well as a person.
    if (int32_t m = limit >= 2 ? c.MentionAt(limit - 2) : -1; m >= 0) {
      const Mention& named = c.mentions()[static_cast<size_t>(m)];
      uint32_t k = named.first_token;
      while (k > floor && DashAt(c, k - 1)) --k;
      int32_t who = k == floor && named.end_token == limit - 1 ? SpeakerOf(c, m) : -1;
      if (who >= 0) return Attributed(c, who, limit - 1, 1, "name-colon-quote");
    }
  }
  return subjectless;
}

// The reporting verb ("called", "warned") nearest before `open` in [first,
// open), as an attribution with `rule` to its subject; none if there is no
// such verb or we do not know its subject ("Clinton condemned it, but the
// groups who wrote to her say they are "..."" is the groups').
Attribution ReporterBefore(const RelateContext& c, uint32_t first, uint32_t open, const char* rule) {
  const auto& reported = c.knowledge().lexicons().reported_speech;
  for (uint32_t v = open; v-- > first;) {
    if (!reported.MayStartAt(c.words(), v) || c.InsideQuote(v) || c.MentionAt(v) >= 0 || !c.IsWord(v)) continue;
    auto hit = reported.LongestAt(c.words(), v);
    if (!hit || *hit->value == "noun" || *hit->value == "source-after" || NegatedSpeech(c, v) || IsPassive(c, v)) continue;
    // A verb whose subject we do not know still claims the quotation ("A
    // campaign ad released Thursday accuses Trump of "sleaze""): no other
    // speaker continues into it.
    return Attributed(c, SubjectBefore(c, v, first), v, static_cast<uint32_t>(hit->length), rule);
  }
  return {};
}

// The sentence right before the quote's, in its paragraph, ends in an
// attribution of what it reports: `The talks may stall, Schiff said. "..."`,
// `..., said Schiff. "..."`. The quote goes on in the same voice.
Attribution AttributionInSentenceBefore(const RelateContext& c, const QuoteSpan& q) {
  const auto& toks = c.tokens().tokens;
  uint32_t sentence = toks[q.open].sentence;
  if (sentence == 0 || c.tokens().sentences[sentence].first_token != q.open) return {};
  const Sentence& before = c.tokens().sentences[sentence - 1];
  if (before.paragraph != toks[q.open].paragraph || before.end_token <= before.first_token) return {};
  uint32_t last = before.end_token - 1;
  if (!c.EndsSentence(last)) return {};

  for (uint32_t v = last; v-- > before.first_token && v + 6 > last;) {
    if (c.InsideQuote(v) || toks[v].kind == TokenKind::kQuote) return {};
    uint32_t length = SpeechVerbAt(c, v);
    if (!length || NegatedSpeech(c, v)) continue;
    // The attribution closes a sentence whose report came first, after a comma.
    uint32_t k = v;
    while (k > before.first_token && (c.MentionAt(k - 1) >= 0 || IsSpeechFiller(c, k - 1))) --k;
    if (k == v) {
      int32_t m = -1;
      int32_t speaker = SpeakerInPhrase(c, v + length, last, &m);  // `..., said Schiff.`
      if (speaker < 0 || k == before.first_token || !c.IsPunct(k - 1, ',')) return {};
      return Attributed(c, speaker, v, length, "quote-after-attribution");
    }
    if (k == before.first_token || !c.IsPunct(k - 1, ',')) return {};
    int32_t speaker = SubjectBefore(c, v, k);
    return speaker >= 0 ? Attributed(c, speaker, v, length, "quote-after-attribution") : Attribution{};
  }
  // `Cummings called him a master at deals. "He showed ..."`: the sentence
  // before reports someone's words; the quote gives them.
  Attribution report = ReporterBefore(c, before.first_token, before.end_token, "quote-after-report");
  return report.speaker >= 0 ? report : Attribution{};
}

// `On "Face the Nation," Sen. Sanders identified ... as a reason. "The younger
// people are ..."`: a quote opening a sentence, right after one in its
// paragraph about a person (the first one it names), gives that person's
// words, rather than the last speaker's of an earlier paragraph.
int32_t SubjectOfSentenceBefore(const RelateContext& c, const QuoteSpan& q) {
  const auto& toks = c.tokens().tokens;
  uint32_t sentence = toks[q.open].sentence;
  if (sentence == 0 || c.tokens().sentences[sentence].first_token != q.open) return -1;
  const Sentence& before = c.tokens().sentences[sentence - 1];
  if (before.paragraph != toks[q.open].paragraph) return -1;
  for (uint32_t t = before.first_token; t < before.end_token; ++t) {
    int32_t m = c.MentionAt(t);
    if (m < 0 || c.InsideQuote(t)) continue;
    int32_t speaker = SpeakerOf(c, m);
    if (speaker >= 0 && c.TypeOf(speaker) == EntityType::kPerson) return speaker;
    t = c.mentions()[static_cast<size_t>(m)].end_token - 1;
  }
  return -1;
}

// A short quotation that is a sentence of its own (`"I would, Donald."`) is
// words someone said, not a scare quote.
bool IsWholeSentence(const RelateContext& c, const QuoteSpan& q) {
  const auto& toks = c.tokens().tokens;
  if (!q.closed || q.close < q.open + 2 || !c.EndsSentence(q.close - 1)) return false;
  // `... a new message: "It's about me."` counts as well.
  return c.tokens().sentences[toks[q.open].sentence].first_token == q.open || (q.open > 0 && c.IsPunct(q.open - 1, ':'));
}

// Whether the words of a sentence before a quotation inside it [first, open)
// frame it as someone else's than `last_speaker`'s: the first person or
// organization they name is another ("Another Clinton aide, Dan Schwerin,
// proposed ... to leave "..."", "A report by the National Academy of Sciences
// detected "...""), or, naming nobody, they end in a colon ("the other two
// judges on the panel write: "..."").
bool FramedBySomeoneElse(const RelateContext& c, uint32_t first, uint32_t open, int32_t last_speaker) {
  for (uint32_t k = first; k < open; ++k) {
    int32_t m = c.MentionAt(k);
    if (m < 0 || c.InsideQuote(k)) continue;
    k = c.mentions()[static_cast<size_t>(m)].end_token - 1;
    int32_t entity = c.EntityOfMention(static_cast<size_t>(m), true);
    if (entity < 0 || (c.TypeOf(entity) != EntityType::kPerson && c.TypeOf(entity) != EntityType::kOrganization)) {
      continue;
    }
    return entity != last_speaker;
  }
  return open > first && c.IsPunct(open - 1, ':');
}

// An interview transcript: `"PENCE: Well, look, ..."`: the name and a colon open the quote.
Attribution TranscriptSpeaker(const RelateContext& c, const QuoteSpan& q, uint32_t* text_from) {
  uint32_t t = q.open + 1;
  int32_t m = t < c.tokens().tokens.size() ? c.MentionAt(t) : -1;
  if (m < 0) return {};
  uint32_t colon = c.mentions()[static_cast<size_t>(m)].end_token;
  if (!c.IsPunct(colon, ':')) return {};
  int32_t speaker = SpeakerOf(c, m);
  // "Chris Matthews: Seriously, ...": a person's name in any case; other
  // names only in capitals ("PENCE:"), not "Washington: ...".
  bool capitals = c.tokens().tokens[t].flags & kAllCaps;
  if (speaker < 0 || (!capitals && c.TypeOf(speaker) != EntityType::kPerson)) return {};
  *text_from = colon + 1;
  return Attributed(c, speaker, colon, 1, "transcript-name-colon");
}

}  // namespace

void RelateQuotes(RelateContext& c) {
  const TokenizedText& t = c.tokens();
  const auto& toks = t.tokens;
  int32_t last_speaker = -1;
  uint32_t last_paragraph = UINT32_MAX;
  for (const QuoteSpan& q : t.quotes) {
    uint32_t paragraph = toks[q.open].paragraph;
    bool in_headline = toks[q.open].start < t.headline_end;
    if (last_paragraph != UINT32_MAX && paragraph > last_paragraph + 1) last_speaker = -1;
    if (AfterTitleWord(c, q.open)) continue;  // "an article titled "..."": nobody's words
    uint32_t text_from = q.open + 1;
    // `"Trump: You base ..." tweeted Prince Alwaleed`: an attribution after the
    // quote goes before a name and a colon opening it.
    Attribution a = AttributionAfter(c, q);
    if (a.speaker < 0) {
      uint32_t transcript_from = text_from;
      Attribution transcript = TranscriptSpeaker(c, q, &transcript_from);
      if (transcript.found) {
        a = transcript;
        text_from = transcript_from;
      }
    }
    if (a.speaker < 0 || a.weak) {
      // `X said, "...," according to the pool report`: the verb before names the speaker.
      Attribution before = AttributionBefore(c, q);
      if (!a.found || before.speaker >= 0) a = before;
    }
    // A programme's title nobody says ("On "Face the Nation," Sanders ...")
    // neither continues a speaker nor is continued.
    const bool title = c.IsTitleQuote(q.open);
    if (!a.found && title) continue;
    // `"...," Aderholt told Politico. "..."`: a quote going on in the voice of
    // its paragraph's last speaker needs no attribution from the sentence before.
    bool speaker_in_paragraph = last_speaker >= 0 && last_paragraph == paragraph;
    if (!a.found && !speaker_in_paragraph) a = AttributionInSentenceBefore(c, q);
    bool continues = false;
    // A quotation inside a sentence belongs to that sentence: to whoever it
    // reports ("Schiff called on them to "..."") and not to the last speaker
    // when it is about someone else ("Ryan, despite his concerns about "...",").
    uint32_t sentence_first = t.sentences[toks[q.open].sentence].first_token;
    bool elsewhere = false;
    if (!a.found && sentence_first < q.open) {
      a = ReporterBefore(c, sentence_first, q.open, "quote-in-report");
      if (!a.found) {
        int32_t subject = ClauseSubject(c, sentence_first, q.open);
        elsewhere = (subject >= 0 && subject != last_speaker) ||
                    (subject < 0 && last_speaker >= 0 && FramedBySomeoneElse(c, sentence_first, q.open, last_speaker));
      }
    }
    elsewhere |= !a.found && PlaceAfterDash(c, q);
    if (!a.found && last_speaker >= 0 && !elsewhere && paragraph != last_paragraph) {
      if (int32_t subject = SubjectOfSentenceBefore(c, q); subject >= 0 && subject != last_speaker) {
        a = Attributed(c, subject, q.open, 1, "quote-after-subject");
      }
    }
    if (!a.found && last_speaker >= 0 && !elsewhere) {
      // A quote paragraph after "X said ..." with no attribution of its own is X's.
      a.speaker = last_speaker;
      a.rule = "quote-continues";
      continues = true;
    }
    // `"...," said a Mexican official`: an attribution to someone unnamed.
    std::optional<UnnamedPhrase> unnamed;
    if (a.found && a.speaker < 0 && a.verb_end > a.verb) {
      unnamed = UnnamedSpeaker(c, a.verb, a.verb_end, t.sentences[toks[a.verb].sentence].first_token);
    }
    if (a.found || continues) {
      last_speaker = a.speaker;
      last_paragraph = q.closed ? toks[q.close].paragraph : paragraph;
    }
    // A short scare quote inside a sentence is not a statement.
    bool opened_by_verb = a.rule == "name-verb-quote" && q.open <= a.verb + 3;  // `Barrett said, "we were floored."`
    bool statement = a.found && (a.rule == "quote-name-verb" || a.rule == "quote-verb-name" || opened_by_verb);
    if (q.words < 4 && !statement && !((a.found || continues) && IsWholeSentence(c, q))) {
      continue;
    }
    if (unnamed && !in_headline && text_from < q.close && !title) {
      a.speaker = last_speaker = c.UnnamedEntity(unnamed->first, unnamed->end, unnamed->clause_end);
    }
    if (in_headline || a.speaker < 0 || text_from >= q.close || title) continue;
    uint32_t text_start = toks[text_from].start;
    uint32_t text_end = q.closed ? toks[q.close].start : toks[q.close - 1].end;
    ExtractedRelation r;
    r.type = RelationType::kSaid;
    r.source = a.speaker;
    r.target = a.addressee;
    std::string_view quoted = Trim(std::string_view(t.text).substr(text_start, text_end - text_start));
    r.quote = std::string(quoted);
    r.direct = true;
    r.quote_start = static_cast<uint32_t>(quoted.data() - std::string_view(t.text).data());
    r.quote_end = r.quote_start + static_cast<uint32_t>(quoted.size());
    uint32_t last = q.closed ? std::max(q.close, a.found ? a.verb : q.close) : q.close - 1;
    r.evidence = c.MakeEvidence(std::min(q.open, a.found ? a.verb : q.open),
                                std::min<uint32_t>(last, static_cast<uint32_t>(toks.size() - 1)), a.trigger, a.rule);
    if (!r.quote.empty()) c.Add(std::move(r));
  }
}

}  // namespace newsgraph
