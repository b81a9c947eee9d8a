// Internal to relate: who the parties of a reaction (reactions.cc) are, read
// around its verb: the noun phrases that name someone unnamed, a group, a
// poll's share or a title before a name. Every word list comes from the lexicons.
#pragma once

#include <cstdint>

#include "relate/relate_context.h"

namespace newsgraph {

// What PersonAfterNoun returns besides a mention's index.
inline constexpr int32_t kUnnamedPerson = -1;
inline constexpr int32_t kNoPersonNoun = -2;

// Whether the mention is a party's name for one member the text does not name
// (markers `member-noun`): "a Florida Democrat", "the top Republican on the panel".
bool IsOneMember(const RelateContext& c, const Mention& m, int32_t entity);

// Whom a singular noun of a person after the mention (of an organization or a
// person: "the Republican congressman Mark Sanford", "a Democratic senator")
// stands for: the index of the name's mention after the noun, kUnnamedPerson
// when none follows (or the mention is one unnamed member: "a Democrat"),
// kNoPersonNoun when no such noun follows.
int32_t PersonAfterNoun(const RelateContext& c, const Mention& m, int32_t entity);

// Past at most two capitalized words no mention starts at from `k`: a title
// the gazetteer lacks ("Chairman", "Agency Administrator").
uint32_t PastUnknownTitle(const RelateContext& c, uint32_t k);

// Whether the name at `first` comes after a `partitive` word, "of" and a
// determiner ("one of the first establishment Republicans"): a group the
// subject is one of.
bool InPartitive(const RelateContext& c, uint32_t first);

// Where what stands before the verb at `verb` ends: past one adverb or word of
// markers `auxiliary`, or one of negation.txt when `negation`.
uint32_t PastOneVerbModifier(const RelateContext& c, uint32_t verb, bool negation);

// Whether a possessive mention owns the noun right before the verb at `verb`
// ("the senator's campaign accused").
bool OwnsTheSubject(const RelateContext& c, const Mention& owner, uint32_t verb);

// Whether a person's name stands at `k`, past titles ("Attorney General Jeff Sessions").
bool NamesPersonPastTitles(const RelateContext& c, uint32_t k);

// Whether a name follows the mention past a few words of a title ("Democratic
// state Rep. Jared Moskowitz"): the mention qualifies it.
bool QualifiesANameAfter(const RelateContext& c, const Mention& m);

// The entity named at `k`, past a determiner, and past titles to the person
// they lead to, or -1.
int32_t EntityNamedAt(const RelateContext& c, uint32_t k);

// Whether an entity is named at `k` that acts itself, not an owner.
bool NamesAnAgent(const RelateContext& c, uint32_t k);

// Whether a plural person noun ("voters", "supporters") stands at `k`.
bool UnnamedGroupAt(const RelateContext& c, uint32_t k);

// Whether the mention (past a plural person noun: "Democratic lawmakers") ends
// right before a participle at `verb`, its subject even as the object of a
// preposition ("footage of Democratic lawmakers criticizing Comey"); not a
// venue ("on CNN attacking") nor whom the verb's pronoun object stands for
// ("wrote to Obama urging him"). The verb's phrase ends at `verb_end`.
bool SubjectOfParticiple(const RelateContext& c, const Mention& m, uint32_t verb, uint32_t verb_end);

// Whether the subject right before the verb at `verb` is an unnamed group
// ("as voters rejected her policy").
bool UnnamedGroupSubject(const RelateContext& c, uint32_t verb);

// Whether the subject before the verb at `verb` is a share of people, a poll
// ("46 percent support Trump").
bool ShareSubject(const RelateContext& c, uint32_t verb);

}  // namespace newsgraph
