// Internal to relate: who took part in a meeting or a contact (events.cc),
// found around its trigger word: the people of its clause before it (its
// subject, past the clauses and phrases whose people took no part) and after
// it (its objects). Every word list comes from the lexicons.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "relate/relate_context.h"

namespace newsgraph {

// A person the mention stands for, as a participant of an event at `trigger`.
int32_t Participant(const RelateContext& c, int32_t mention, uint32_t trigger, bool noun_trigger);

// "his meeting with Kim", "Trump's summit with Kim": the possessor right before
// a noun trigger is its only participant on the left, and "their meetings with
// him", "the company's meeting with Cohn" have none we know of.
struct Possessor {
  bool found = false;
  int32_t person = -1;
};

Possessor PossessorBefore(const RelateContext& c, uint32_t trigger, uint32_t clause_start);

// `subjects`: the people before a meeting verb, where "consulted with Kissinger
// and sat down with Haley" has the object of a preposition, who took no part.
void CollectParticipants(const RelateContext& c, uint32_t from, uint32_t to, uint32_t trigger, bool noun,
                         std::vector<int32_t>* into, bool subjects = false);

// "met with Kislyak, Page and Manafort": a clause that a comma closed right
// after a name goes on to the end of the list, when the list ends with "and"
// (a comma after a lone name is an apposition or a new clause, not a list).
uint32_t ListEnd(const RelateContext& c, uint32_t clause_end);

// "met with the Russian diplomat, Sergey Kislyak": when the objects in [from,
// clause_end) end in a lower-case noun and name no person, and a comma at
// `clause_end` leads to a person's name closed by punctuation, the name that
// describes; where the objects end, past it. So for a list of names after a
// word of markers `object-link` ("met with senators, including Tom Cotton and
// David Perdue"): past the list.
uint32_t AppositionEnd(const RelateContext& c, uint32_t from, uint32_t clause_end, uint32_t trigger);

// Whether the names before the trigger form a "neither ... nor" list.
bool NegatedList(const RelateContext& c, uint32_t from, uint32_t to);

// Where the part of the clause that holds a meeting's subject starts, past
// the people who took no part; `clause_start` when nothing is passed:
// - "Kim fired a missile as Abe and Trump met", "before Yates met": "as" or a
//   subordinator right before the names before the trigger;
// - "The day after he fired Comey, Trump met with Lavrov": a clause that a
//   subordinating word (markers `subordinator`) opens and a comma closes,
//   when a person follows the comma;
// - "Spicer confirmed Ryan is meeting with Trump", "Trump said he met Putin":
//   a verb of reported speech (reported_speech.tsv `clause`) that a person
//   or "that" follows before the trigger (not a person the verb addresses,
//   before "to": "asked Comey to end the probe").
uint32_t SubjectClauseStart(const RelateContext& c, uint32_t clause_start, uint32_t trigger);

// "talks with Bowman as Clinton attends the hearing": "as" (markers
// `role-predicate`) at `k` before a name and a lower-case word that is no
// function word opens a clause of its own (not "met Sessions as a senator").
bool AsClauseAt(const RelateContext& c, uint32_t k);

// The person a subject pronoun right before the verb at `t` stands for (past
// markers `auxiliary` and "-ly" adverbs), or -1: "Perdue appointed Green ...,
// a year after he personally met with officials" has "he" for its whole
// subject. Not a pronoun that ends a list ("Kushner and he met").
// kUnnamedSubject when the pronoun stands for nobody we name ("The queen
// received Bush ..., and she hosted Reagan": neither Bush took part).
inline constexpr int32_t kUnnamedSubject = -2;
int32_t SubjectPronounBefore(const RelateContext& c, uint32_t t, uint32_t floor);

// "Trump's own meeting with Kim", "his first summit with Putin": a meeting
// word one or two lower-case words after a possessive is a noun too (a
// possessive opens a noun phrase), unless a function word comes between
// ("her reasons for meeting"), and unless it is a verb's form that no noun
// has ("Trump's lawyers met with Mueller").
bool OwnedPastModifiers(const RelateContext& c, uint32_t t, std::string_view kind);

// "asked him to meet": the person right before the "to" (markers
// `infinitive`) before the verb at `t`, past "-ly" adverbs, who is no object of
// a preposition ("agreed with Putin to meet"); -1 if none.
int32_t InfinitiveSubject(const RelateContext& c, uint32_t t, uint32_t floor);

// Where the last meeting verb in [from, t) starts, else t. (A meeting noun
// before it is no verb with a subject: "a visit to Tokyo, where he met Abe".)
uint32_t EarlierVerbTriggerIn(const RelateContext& c, const Lexicon& triggers, TriggerStart trigger_bit,
                              uint32_t from, uint32_t t);

// "Sessions denied it but later acknowledged meeting with Kislyak", "Trump
// praised Abe while meeting with him": a clause that a word of
// clause_boundaries.tsv (`clause`) opens, with at most three adverbs,
// auxiliaries (speech_fillers.txt) or negations before its verb at `verb` and
// so no subject of its own, has the subject of the clause before it; -1 when
// it has its own or that clause opens with no person.
int32_t SubjectOfClauseBefore(const RelateContext& c, uint32_t clause_start, uint32_t verb);

}  // namespace newsgraph
