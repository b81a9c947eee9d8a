// Internal to relate: what meetings (events.cc) and reactions (reactions.cc)
// both read around a trigger word. Every word list comes from the lexicons.
#pragma once

#include <cstdint>
#include <string>

#include "relate/relate_context.h"

namespace newsgraph {

// Whether a phrase of `lexicon` starts at a token of [from, to) that no mention
// covers; its value goes to `value` when given.
bool CueBetween(const RelateContext& c, const Lexicon& lexicon, uint32_t from, uint32_t to, std::string* value);

// After a verb of labelling ending before `object` (reaction.tsv `label`), the
// epithet (epithets.tsv) the object is called ("called Cruz a “total liar”"):
// its first token, or 0.
uint32_t EpithetAfter(const RelateContext& c, uint32_t object);

// Whether a verb of hosting (meeting.tsv `host`) at `t` makes a meeting
// ("welcomed Netanyahu to the White House"), which is then no reaction.
bool HostsAt(const RelateContext& c, uint32_t t);

// Whether the word at `t` follows an owner or a determiner ("the company's
// meeting", "the attack on Skripal"), so is a noun, no verb.
bool OwnedOrDetermined(const RelateContext& c, uint32_t t);

// "the Clinton campaign", "other Sanders operatives": whether the person's
// name of `mention` comes right after a determiner, and so qualifies a noun.
bool NameAfterDeterminer(const RelateContext& c, int32_t mention);

// Whether a reaction.tsv phrase starting within the three tokens before `t`
// (at no mention) ends right before it, with a value and start `accept` takes:
// `accept(const std::string& value, uint32_t start)`.
template <typename Accept>
bool ReactionPhraseEndsAt(const RelateContext& c, uint32_t t, Accept accept) {
  for (uint32_t k = t >= 3 ? t - 3 : 0; k < t; ++k) {
    if (c.MentionAt(k) >= 0) continue;
    auto hit = c.knowledge().lexicons().reaction.LongestAt(c.words(), k);
    if (hit && k + hit->length == t && accept(*hit->value, k)) return true;
  }
  return false;
}

// After a verb of hosting ending before `end`: the token of "to" before a
// place when the people right after the verb were hosted there, else 0.
uint32_t HostedTo(const RelateContext& c, uint32_t end);

}  // namespace newsgraph
