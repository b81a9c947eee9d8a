// Internal to relate: who speaks, shared by direct quotes (quotes.cc) and
// reported speech (reported_speech.cc). Every word list comes from the
// lexicons: speech.tsv (verbs that attribute a quote), reported_speech.tsv
// (verbs that report content), speech_fillers.txt (words between a speaker
// and its verb: "has", "also", "later") and speaker_bodies.txt (what a
// possessive speaker speaks through: "Clinton's campaign").
// Defined in speech.cc, except the subject finders (SubjectEnd, SubjectBefore,
// ClauseSubject, TitledMember: subjects.cc) and ReportedByEarlierSpeech.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "relate/relate_context.h"

namespace newsgraph {

// A speech verb ("said", "told reporters") at `t`: its length in tokens, or 0.
uint32_t SpeechVerbAt(const RelateContext& c, uint32_t t);
// A word that may stand between a speaker and its verb: a filler from the
// lexicon or an -ly adverb.
bool IsSpeechFiller(const RelateContext& c, uint32_t t);

// A time phrase ending right before `t` ("on Monday", "Tuesday", "last week";
// calendar.txt, time_cues.tsv), no earlier than `floor`: its length, or 0.
uint32_t TimeBefore(const RelateContext& c, uint32_t t, uint32_t floor);

// The output entity a mention speaks for: a person or an organization (an
// office stands for its holder; a possessive only through a speaking body,
// "Clinton's campaign"), or -1. Mentions inside parentheses never speak.
int32_t SpeakerOf(const RelateContext& c, int32_t mention);

// A country named by `mention` (a PLACE whose kind is country), which may
// speak as a subject ("Russia insisted"), or -1.
int32_t SpeakingCountry(const RelateContext& c, int32_t mention);

// The speaker a noun phrase [from, to) names: in its first comma-separated
// chunk, the last person or organization ("Tulsa police Chief Chuck Jordan",
// "Mr. Clarke"), else an office's holder or a pronoun. -1 if none.
int32_t SpeakerInPhrase(const RelateContext& c, uint32_t from, uint32_t to, int32_t* mention_out = nullptr);
// When the comma at `comma` opens a relative clause ("The memo, which Schiff
// said was late, described") closed by another comma before `limit`: that
// closing comma; otherwise `limit`.
uint32_t RelativeClauseClose(const RelateContext& c, uint32_t comma, uint32_t limit);

// Where the subject of the verb at `verb` ends: before the speech fillers and
// the time phrase right before it ("Sessions later said", "Trump on Monday
// called", "Warren last week said"), no further left than `floor`.
uint32_t SubjectEnd(const RelateContext& c, uint32_t verb, uint32_t floor);

// The subject of the verb at `verb`, looking left no further than `floor`:
// "Sessions said", "Sessions later said", "Blumenthal (D-Conn.) said", "Cobb,
// a White House lawyer, said", "Pompeo thanked him and said". -1 if none.
int32_t SubjectBefore(const RelateContext& c, uint32_t verb, uint32_t floor);

// A verb in -ing ("saying", "arguing"): it speaks for its clause's subject.
bool IsParticiple(const RelateContext& c, uint32_t verb);

// A coordination word at `k` before a verb of its own, which has objects of its
// own: an -ing form that no name follows ("... and calling for an end to the
// investigation") or a verb of speech ("... and said Hillary Clinton was
// hardly discussed", "blasting Lockheed and saying he had invited Boeing").
bool JoinedVerbAt(const RelateContext& c, uint32_t k);

// "an article titled "...", "the slogan, "..."": the quotation opened at
// `open` follows a word of markers `title` (past a comma or colon), so it is a
// title or a slogan, words nobody is quoted saying.
bool AfterTitleWord(const RelateContext& c, uint32_t open);
// A word in "-ed" at `t`: a past tense or participle, a verb where a noun could
// stand ("The Justice Department praised", "backed by Trump").
bool IsPastForm(const RelateContext& c, uint32_t t);

// "The statement says that Papadopoulos claimed ...", "Yoon said Pompeo told
// Moon ...": the clause of the speech verb at `verb`, whose subject is
// `speaker`, is what an earlier speech verb (speech.tsv `verb`,
// reported_speech.tsv `clause`) with another subject reports, its subject
// opening right after that verb or its "that". Its quotations are the outer
// speaker's words, as the reporter quotes them. Defined in reported_speech.cc.
bool ReportedByEarlierSpeech(const RelateContext& c, uint32_t verb, uint32_t floor, int32_t speaker);

// "Trump was described as ...": a passive verb (a copula of copulas.txt
// before it, past fillers); its subject is not who spoke. Never a participle.
bool IsPassive(const RelateContext& c, uint32_t verb);

// A speech verb under a negation ("did not tell", "never said"): no attribution.
bool NegatedSpeech(const RelateContext& c, uint32_t verb);

// The clause's own subject, a name within its first words: "Pompeo thanked
// him and said" -> Pompeo. -1 if the clause does not open with one.
int32_t ClauseSubject(const RelateContext& c, uint32_t start, uint32_t end);

// "The Republican nominee", "the Democratic senator": an organization mention
// before a title noun (roles.tsv, affiliation_nouns.txt) names the member of it
// named last before (a few sentences back; for a noun of roles.tsv, one who held
// one of its offices at some time), or -1 if there is none;
// kNotTitled when the mention modifies no title (the organization itself).
inline constexpr int32_t kNotTitled = -2;
int32_t TitledMember(const RelateContext& c, int32_t org_mention, uint32_t end);

// Someone a quote is credited to without a name (unnamed_speakers.tsv): an
// opener ("a", "one", "another"), at most six words up to a head noun ("a
// State Department official", "a Washington Post-ABC News poll"), then at
// most a tail ("a spokesman for Bernie Sanders") or a relative clause ("who
// was not authorized to speak"). Tokens [first, end) are the phrase,
// [end, clause_end) its relative clause (empty if none).
struct UnnamedPhrase {
  uint32_t first = 0;
  uint32_t end = 0;
  uint32_t clause_end = 0;
};
// Such a phrase as the subject of the speech verb [verb, verb_end), ending
// right before it ("a White House official said", past fillers and a time:
// "one longtime adviser later said") or following it ("said a Mexican
// official", "according to a source familiar with the talks"); for a
// participle after a comma, the one opening the sentence ("A Clinton campaign
// official later walked back the comments, saying"). `floor`: the first token
// it may start at.
std::optional<UnnamedPhrase> UnnamedSpeaker(const RelateContext& c, uint32_t verb, uint32_t verb_end, uint32_t floor);

// "told NBC News": the named person or organization right after the verb.
int32_t AddresseeAfter(const RelateContext& c, uint32_t verb_end);

}  // namespace newsgraph
