// SAID: direct quotes and their speakers.
#include <algorithm>

#include "relate/relate_context.h"
#include "util/text.h"

namespace newsgraph {
namespace {

enum class SpeechKind { kNone, kVerb, kAdverb };

SpeechKind SpeechAt(const RelateContext& c, uint32_t t, uint32_t* length) {
  if (c.MentionAt(t) >= 0) return SpeechKind::kNone;
  auto hit = c.knowledge().lexicons().speech.LongestAt(c.words(), t);
  if (!hit) return SpeechKind::kNone;
  *length = hit->length;
  if (*hit->value == "verb") return SpeechKind::kVerb;
  if (*hit->value == "adverb") return SpeechKind::kAdverb;
  return SpeechKind::kNone;
}

bool IsAdverb(const RelateContext& c, uint32_t t) {
  uint32_t len = 0;
  if (SpeechAt(c, t, &len) == SpeechKind::kAdverb) return true;
  std::string_view w = c.tokens().Text(c.tokens().tokens[t]);
  return c.IsWord(t) && w.size() > 4 && w.substr(w.size() - 2) == "ly" && !(c.tokens().tokens[t].flags & kCapitalized);
}

struct Attribution {
  int32_t speaker = -1;  // output entity
  int32_t addressee = -1;
  bool found = false;    // a speech verb attributes the quote (even to nobody we know)
  uint32_t verb = 0;
  std::string trigger;
  std::string rule;
};

// A speaker mention: not a possessive, not inside parentheses.
int32_t SpeakerOf(const RelateContext& c, int32_t mention) {
  if (mention < 0) return -1;
  const Mention& m = c.mentions()[static_cast<size_t>(mention)];
  if (c.IsPossessive(m) || c.InParentheses(m.first_token)) return -1;
  int32_t e = c.EntityOfMention(static_cast<size_t>(mention), true);
  if (e < 0 || c.TypeOf(e) == EntityType::kOffice || c.TypeOf(e) == EntityType::kPlace) return -1;
  return e;
}

// "told NBC News": the named person or organization right after the verb.
int32_t AddresseeAfter(const RelateContext& c, uint32_t verb_end) {
  int32_t m = verb_end < c.tokens().tokens.size() ? c.MentionAt(verb_end) : -1;
  if (m < 0 || c.mentions()[static_cast<size_t>(m)].kind == MentionKind::kPronoun) return -1;
  int32_t e = c.EntityOfMention(static_cast<size_t>(m), false);
  return e >= 0 && (c.TypeOf(e) == EntityType::kPerson || c.TypeOf(e) == EntityType::kOrganization) ? e : -1;
}

// `"...," Sessions said`, `"...," said Ty Cobb`, `"...," he told reporters`.
Attribution AttributionAfter(const RelateContext& c, const QuoteSpan& q) {
  Attribution a;
  const auto& toks = c.tokens().tokens;
  if (!q.closed) return a;
  uint32_t t = q.close + 1;
  uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(toks.size()), t + 10);
  while (t < limit && c.IsPunct(t, ',')) ++t;
  // Speaker first: [title ...] NAME [adverb] VERB - "Sessions spokesperson Sarah
  // Isgur Flores said"; the name right before the verb speaks.
  int32_t mention = t < limit ? c.MentionAt(t) : -1;
  // "the attorney general said": a determiner before the speaker's title.
  if (mention < 0 && t + 1 < limit && c.knowledge().lexicons().determiners.LongestAt(c.words(), t)) {
    mention = c.MentionAt(t + 1);
    int32_t office = mention < 0 ? -1 : c.EntityOfMention(static_cast<size_t>(mention), false);
    if (office < 0 || c.TypeOf(office) != EntityType::kOffice) mention = -1;
  }
  uint32_t len = 0;
  if (mention >= 0) {
    while (true) {
      const Mention& here = c.mentions()[static_cast<size_t>(mention)];
      uint32_t next = here.end_token;
      if (next < limit && toks[next].kind == TokenKind::kPossessive) ++next;
      int32_t follower = next < limit ? c.MentionAt(next) : -1;
      if (follower < 0 || follower == mention) break;
      mention = follower;
    }
    uint32_t v = c.mentions()[static_cast<size_t>(mention)].end_token;
    if (v < limit && IsAdverb(c, v)) ++v;
    if (v < limit && toks[v].paragraph == toks[q.close].paragraph && SpeechAt(c, v, &len) == SpeechKind::kVerb) {
      a.found = true;
      a.verb = v;
      a.speaker = SpeakerOf(c, mention);
      a.addressee = AddresseeAfter(c, v + len);
      a.trigger = c.TokenText(v, v + len);
      a.rule = "quote-name-verb";
      return a;
    }
    return a;
  }
  // Verb first: VERB NAME ("said Ty Cobb, a White House attorney")
  if (t < limit && IsAdverb(c, t)) ++t;
  if (t < limit && SpeechAt(c, t, &len) == SpeechKind::kVerb && toks[t].paragraph == toks[q.close].paragraph) {
    a.found = true;
    a.verb = t;
    a.trigger = c.TokenText(t, t + len);
    a.rule = "quote-verb-name";
    uint32_t s = t + len;
    // "according to the pool report from CBS' Kylie Atwood": only the next noun phrase speaks.
    for (uint32_t k = s; k < std::min<uint32_t>(limit, s + 4) && toks[k].sentence == toks[t].sentence; ++k) {
      if (c.MentionAt(k) >= 0) {
        a.speaker = SpeakerOf(c, c.MentionAt(k));
        break;
      }
      if (c.IsPunct(k, ',') || c.IsPunct(k, '.')) break;
    }
  }
  return a;
}

// The speech verb that a speaker mention ending at `after_name` governs:
// "Sessions said", "Sessions later said", "Blumenthal (D-Conn.) said",
// "Cobb, a White House lawyer, said". Returns the verb's token and length.
bool VerbAfterName(const RelateContext& c, uint32_t after_name, uint32_t limit, uint32_t* verb, uint32_t* length) {
  const auto& toks = c.tokens().tokens;
  uint32_t t = after_name;
  if (c.IsPunct(t, '(')) {  // a parenthetical
    while (t < limit && !c.IsPunct(t, ')')) ++t;
    ++t;
  } else if (c.IsPunct(t, ',')) {  // an apposition of a few words
    uint32_t k = t + 1;
    while (k < limit && k < t + 10 && !c.IsPunct(k, ',') && toks[k].kind != TokenKind::kQuote) ++k;
    if (k < limit && c.IsPunct(k, ',')) t = k + 1;
  }
  while (t < limit && IsAdverb(c, t)) ++t;
  if (t >= limit) return false;
  if (SpeechAt(c, t, length) != SpeechKind::kVerb) return false;
  *verb = t;
  return true;
}

// `Sessions said: "..."`, `Sessions answered, "..."`, `"...," he said, "..."`:
// the last NAME-VERB pair of the quote's sentence before the quote.
Attribution AttributionBefore(const RelateContext& c, const QuoteSpan& q) {
  Attribution a;
  const auto& toks = c.tokens().tokens;
  uint32_t first = c.tokens().sentences[toks[q.open].sentence].first_token;
  bool any_verb = false;
  for (uint32_t t = first; t < q.open; ++t) {
    uint32_t len = 0;
    if (!c.InsideQuote(t) && SpeechAt(c, t, &len) == SpeechKind::kVerb) any_verb = true;
    int32_t m = c.MentionAt(t);
    if (m < 0 || c.InsideQuote(t)) continue;
    const Mention& mention = c.mentions()[static_cast<size_t>(m)];
    t = mention.end_token - 1;
    uint32_t verb = 0;
    if (!VerbAfterName(c, mention.end_token, q.open, &verb, &len)) continue;
    int32_t speaker = SpeakerOf(c, m);
    if (speaker < 0) continue;
    a.found = true;
    a.speaker = speaker;
    a.verb = verb;
    a.trigger = c.TokenText(verb, verb + len);
    a.rule = "name-verb-quote";
    a.addressee = AddresseeAfter(c, verb + len);
  }
  // "Sessions, for his part, made a similar argument in his statement: “...": a
  // colon before the quote hands it to the sentence's subject.
  if (!a.found && q.open > first && c.IsPunct(q.open - 1, ':')) {
    for (uint32_t t = first; t < q.open; ++t) {
      int32_t m = c.MentionAt(t);
      if (m < 0) continue;
      int32_t speaker = SpeakerOf(c, m);
      if (speaker >= 0 && c.TypeOf(speaker) == EntityType::kPerson) {
        a.found = true;
        a.speaker = speaker;
        a.verb = q.open - 1;
        a.trigger = ":";
        a.rule = "subject-colon-quote";
      }
      break;
    }
  }
  // A speech verb with no speaker we know ("a senior official said"): attributed, to nobody.
  if (!a.found && any_verb) {
    a.found = true;
    a.rule = "unknown-speaker";
  }
  return a;
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
    Attribution a = AttributionAfter(c, q);
    if (a.speaker < 0) {
      // "X said, "...," according to the pool report": the verb before names the speaker.
      Attribution before = AttributionBefore(c, q);
      if (!a.found || before.speaker >= 0) a = before;
    }
    bool continues = false;
    if (!a.found && last_speaker >= 0) {
      // A quote paragraph after "X said ..." with no attribution of its own is X's.
      a.speaker = last_speaker;
      a.rule = "quote-continues";
      continues = true;
    }
    if (a.found || continues) {
      last_speaker = a.speaker;
      last_paragraph = q.closed ? toks[q.close].paragraph : paragraph;
    }
    // A short scare quote inside a sentence is not a statement.
    if (q.words < 4 && !(a.found && a.rule == "quote-name-verb")) continue;
    if (in_headline || a.speaker < 0) continue;
    uint32_t text_start = toks[q.open].end;
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
    r.evidence = c.MakeEvidence(std::min(q.open, a.found ? a.verb : q.open), std::min<uint32_t>(last, static_cast<uint32_t>(toks.size() - 1)),
                                a.trigger, a.rule);
    if (!r.quote.empty()) c.Add(std::move(r));
  }
}

}  // namespace newsgraph
