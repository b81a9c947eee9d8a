// The cues meetings (events.cc) and reactions (reactions.cc) both read around
// a trigger word: declared in events.h.
#include "relate/events.h"
#include "relate/speech.h"

namespace newsgraph {

// "the Clinton campaign", "other Sanders operatives": a name right after a
// determiner (determiners.tsv, markers.tsv `determiner`) qualifies the noun after it.
// (Not an office: "met the president" is the holder.)
bool NameAfterDeterminer(const RelateContext& c, int32_t mention) {
  const Mention& m = c.mentions()[static_cast<size_t>(mention)];
  uint32_t t = m.first_token;
  if (t == 0 || !c.IsWord(t - 1)) return false;
  uint32_t flags = c.tokens().tokens[t - 1].flags;
  if ((flags & kCapitalized) && !(flags & kSentenceStart)) return false;
  if (m.kind == MentionKind::kPronoun || m.kind == MentionKind::kRole) return false;
  int32_t own = c.EntityOfMention(static_cast<size_t>(mention), false);
  if (own < 0 || c.TypeOf(own) != EntityType::kPerson) return false;
  return c.knowledge().lexicons().determiners.LongestAt(c.words(), t - 1).has_value() ||
         c.MarkerRole(t - 1) == "determiner";
}

// "welcomed Netanyahu to the White House": after a verb of hosting (meeting.tsv
// `host`), the people right after it (titles and lists included) and "to"
// before a place make a meeting, not a reaction. Returns the token of "to", or 0.
uint32_t HostedTo(const RelateContext& c, uint32_t end) {
  const auto& toks = c.tokens().tokens;
  uint32_t k = end;
  bool person = false;
  while (k < toks.size()) {
    int32_t m = c.MentionAt(k);
    if (m >= 0) {
      int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
      person |= e >= 0 && c.TypeOf(e) == EntityType::kPerson;
      k = c.mentions()[static_cast<size_t>(m)].end_token;
    } else if (c.IsPunct(k, ',') || c.knowledge().lexicons().coordination.LongestAt(c.words(), k)) {
      ++k;
    } else {
      break;
    }
  }
  if (!person || k + 1 >= toks.size() || c.MarkerRole(k) != "infinitive" || toks[k + 1].sentence != toks[end].sentence) return 0;
  bool place = c.knowledge().lexicons().determiners.LongestAt(c.words(), k + 1) ||
               (toks[k + 1].kind == TokenKind::kWord && (toks[k + 1].flags & kCapitalized));
  return place ? k : 0;
}

bool CueBetween(const RelateContext& c, const Lexicon& lexicon, uint32_t from, uint32_t to, std::string* value) {
  for (uint32_t t = from; t < to; ++t) {
    if (c.MentionAt(t) >= 0) continue;
    if (auto hit = lexicon.LongestAt(c.words(), t)) {
      if (value) *value = *hit->value;
      return true;
    }
  }
  return false;
}

// After a verb of labelling ending before `object` (reaction.tsv `label`),
// the epithet (epithets.tsv) that the object is called: past an object of at
// least one token, the first article or "as" (markers `role-predicate`) opens
// what it is called, and the epithet comes within three words of it, past
// quotation marks ("called Cruz a “total liar”"; not "described the tweet as
// a response to an Iranian threat"). Returns its first token, or 0.
uint32_t EpithetAfter(const RelateContext& c, uint32_t object) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  constexpr uint32_t kMaxObjectTokens = 8, kMaxLeadingWords = 3;
  auto introduces = [&](uint32_t k) {
    return toks[k].kind == TokenKind::kQuote || lex.determiners.LongestAt(c.words(), k) ||
           c.MarkerRole(k) == "role-predicate";
  };
  uint32_t k = object + 1;
  while (k < toks.size() && k <= object + kMaxObjectTokens && toks[k].sentence == toks[object].sentence &&
         (toks[k].kind == TokenKind::kWord || toks[k].kind == TokenKind::kPossessive) && !introduces(k)) {
    ++k;
  }
  if (k >= toks.size() || toks[k].sentence != toks[object].sentence || !introduces(k)) return 0;
  while (k < toks.size() && introduces(k)) ++k;
  for (uint32_t words = 0; k < toks.size() && words <= kMaxLeadingWords && toks[k].sentence == toks[object].sentence;
       ++k) {
    if (toks[k].kind == TokenKind::kQuote) continue;
    if (toks[k].kind != TokenKind::kWord || c.MentionAt(k) >= 0) return 0;
    if (lex.epithets.LongestAt(c.words(), k)) return k;
    ++words;
  }
  return 0;
}

bool HostsAt(const RelateContext& c, uint32_t t) {
  auto hit = c.knowledge().lexicons().meeting.LongestAt(c.words(), t);
  return hit && *hit->value == "host" && HostedTo(c, t + hit->length) > 0;
}

// ("the Sessions meeting", "the Oval Office meeting": past a name that qualifies it.)
bool OwnedOrDetermined(const RelateContext& c, uint32_t t) {
  if (t == 0) return false;
  if (c.tokens().tokens[t - 1].kind == TokenKind::kPossessive || c.MarkerRole(t - 1) == "possessive") return true;
  if (int32_t m = c.MentionAt(t - 1); m >= 0) {
    const Mention& mention = c.mentions()[static_cast<size_t>(m)];
    if (mention.kind == MentionKind::kPronoun) return mention.possessive_pronoun;
    // ("the Oval Office meeting": a place's or an organization's name after a
    // determiner; but "The Justice Department praised Trump": a past tense is its verb.)
    int32_t e = c.EntityOfMention(static_cast<size_t>(m), false);
    if (e >= 0 && c.TypeOf(e) != EntityType::kPerson && mention.first_token > 0 &&
        !IsPastForm(c, t) &&
        c.knowledge().lexicons().determiners.LongestAt(c.words(), mention.first_token - 1)) {
      return true;
    }
    return NameAfterDeterminer(c, m);
  }
  return c.knowledge().lexicons().determiners.LongestAt(c.words(), t - 1).has_value();
}

}  // namespace newsgraph
