// The date and the place a sentence states for an encounter ("in December",
// "on Dec. 28, 2016", "last week", "at Trump Tower", "in Moscow"), read from
// the cue lexicons time_cues.tsv, calendar.txt and place_cues.txt.
#include "relate/relate_context.h"

namespace newsgraph {
namespace {

bool IsYear(const RelateContext& c, uint32_t t) {
  const auto& toks = c.tokens().tokens;
  if (t >= toks.size() || toks[t].kind != TokenKind::kNumber) return false;
  std::string_view s = c.tokens().Text(toks[t]);
  return s.size() == 4 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// End of "December", "Dec. 28", "Dec. 28, 2016", "2016" starting at `t`, or `t`.
uint32_t CalendarEnd(const RelateContext& c, uint32_t t, uint32_t limit) {
  const auto& toks = c.tokens().tokens;
  if (IsYear(c, t)) return t + 1;
  auto month = c.knowledge().lexicons().calendar.LongestAt(c.words(), t);
  if (!month) return t;
  uint32_t end = t + month->length;
  // "in Monday's caucuses": the day names the caucuses, not when they met.
  if (end < limit && toks[end].kind == TokenKind::kPossessive) return t;
  if (end < limit && toks[end].kind == TokenKind::kNumber) ++end;
  if (end + 1 < limit && c.IsPunct(end, ',') && IsYear(c, end + 1)) end += 2;
  else if (end < limit && IsYear(c, end)) ++end;
  return end;
}

// End of the capitalized name a place phrase opens at `t` ("the Kremlin",
// "Trump Tower", "Trump's Mar-a-Lago resort"), or `t` when there is none.
uint32_t PlaceNameEnd(const RelateContext& c, uint32_t t, uint32_t limit) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  uint32_t none = t;
  if (t < limit && c.MentionAt(t) < 0) {
    // A name after "a" or "an" modifies a common noun ("at a Trump-owned resort").
    if (auto determiner = lex.determiners.LongestAt(c.words(), t)) {
      if (*determiner->value == "indefinite") return none;
      t += static_cast<uint32_t>(determiner->length);
    }
  }
  uint32_t first = t, end = t;
  while (t < limit) {
    bool capitalized = toks[t].kind == TokenKind::kWord && (toks[t].flags & kCapitalized);
    bool inner = t > first && t + 1 < limit && (toks[t].kind == TokenKind::kPossessive ||
                                                 (c.MentionAt(t) < 0 && lex.connectors.LongestAt(c.words(), t)));
    if (!capitalized && !inner) break;
    if (capitalized && lex.calendar.LongestAt(c.words(), t)) break;
    ++t;
    if (capitalized) end = t;
  }
  if (end == first) return none;
  // A person alone is a companion, not a place ("in Kushner's company" is neither).
  int32_t m = c.MentionAt(first);
  if (m >= 0) {
    const Mention& mention = c.mentions()[static_cast<size_t>(m)];
    int32_t e = c.EntityOfMention(static_cast<size_t>(m), false);
    if (mention.end_token >= end && (e < 0 || c.TypeOf(e) == EntityType::kPerson)) return none;
  }
  return end;
}

}  // namespace

void FindCircumstances(const RelateContext& c, uint32_t from, uint32_t to, Evidence* evidence) {
  const Lexicons& lex = c.knowledge().lexicons();
  for (uint32_t t = from; t < to; ++t) {
    if (c.InsideQuote(t) || (c.MentionAt(t) >= 0 && !lex.calendar.LongestAt(c.words(), t))) continue;
    if (evidence->when.empty()) {
      if (auto cue = lex.time_cues.LongestAt(c.words(), t)) {
        uint32_t end = t + cue->length;
        if (*cue->value == "phrase") {
          evidence->when = c.TokenText(t, end);
          t = end - 1;
          continue;
        }
        uint32_t date_end = CalendarEnd(c, end, to);
        if (date_end > end) {
          evidence->when = c.TokenText(t, date_end);
          t = date_end - 1;
          continue;
        }
      }
    }
    if (evidence->where.empty()) {
      if (auto cue = lex.place_cues.LongestAt(c.words(), t)) {
        uint32_t end = t + cue->length;
        if (CalendarEnd(c, end, to) > end) continue;
        uint32_t name_end = PlaceNameEnd(c, end, to);
        if (name_end > end) {
          evidence->where = c.TokenText(t, name_end);
          t = name_end - 1;
        }
      }
    }
  }
}

}  // namespace newsgraph
