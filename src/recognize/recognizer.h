// recognize: tokens in, mentions out.
//
// Contract: mentions are sorted by first token and never overlap. A gazetteer
// mention carries every entity whose alias matched there (the longest alias
// wins the position; several entities may share it); choosing among them is
// resolve's job. A full alias beats a derived surname there, except where the
// one word is the surname of a person the text named in full before ("Michael
// Bloomberg ... Bloomberg said": not the agency; but "Jim Jordan ... in
// Jordan" stays the country after a preposition). The matcher is compiled
// once from the Knowledge and matches case-folded words, with the gazetteer's
// capitalization rule ("Sessions" is a name, "sessions" is not); headline case
// and all caps pass. Beyond the gazetteer it proposes pronouns and names it
// does not know: a known given name followed by capitalized words (PERSON), or
// a capitalized run with an organization cue ("Ministry of X", "X Inc.").
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "knowledge/knowledge.h"
#include "knowledge/phrase_trie.h"
#include "tokenize/tokenizer.h"

namespace newsgraph {

enum class MentionKind : uint8_t {
  kName,         // a gazetteer alias
  kShortName,    // a derived surname: needs an earlier full name or a title
  kPronoun,      // he, she, ...
  kRole,         // "the Russian diplomat" (added by resolve)
  kUnknownName,  // a name the gazetteer lacks
};

struct Mention {
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // exclusive
  uint32_t start = 0;      // byte span
  uint32_t end = 0;
  MentionKind kind = MentionKind::kName;
  EntityType type = EntityType::kPerson;  // for kUnknownName and kRole
  char gender = 0;                        // for pronouns and unknown persons
  bool object_pronoun = false;            // him: never its own clause's subject
  bool possessive_pronoun = false;        // his: owns the noun after it
  std::vector<uint32_t> candidates;       // Knowledge entity indices (kName, kShortName)
};

// Bits of RecognizedText::trigger_starts: the lexicons that the later stages
// scan whole documents for.
enum TriggerStart : uint8_t {
  kPronounStart = 1,
  kDeterminerStart = 2,
  kMeetingStart = 4,
  kContactStart = 8,
  kReactionStart = 16,
  kReportedSpeechStart = 32,
  // An alias of the gazetteer may start here: a capitalized token, or a word
  // that starts a lower-case alias ("secretary of state"). Every other alias
  // needs its first word capitalized (the capitalization rule above).
  kNameStart = 64,
};

struct RecognizedText {
  TokenizedText tokens;
  std::vector<uint32_t> words;  // per token: its Vocabulary id (Vocabulary::kUnknown if none)
  std::vector<Mention> mentions;
  // Per token: the TriggerStart bits of those lexicons with a phrase that may
  // start at its word (Lexicon::MayStartAt), and kNameStart. A scan for one of them passes
  // eight tokens at a time (NextTriggerStart) instead of testing every word.
  std::vector<uint8_t> trigger_starts;
};

// The first token at or after `from` whose trigger_starts has `bit`, or starts.size().
inline size_t NextTriggerStart(std::span<const uint8_t> starts, uint8_t bit, size_t from) {
  const uint64_t lanes = 0x0101010101010101ull * bit;
  size_t i = from;
  for (; i + 8 <= starts.size(); i += 8) {
    uint64_t block;
    std::memcpy(&block, starts.data() + i, 8);
    if (uint64_t hit = block & lanes) return i + static_cast<size_t>(__builtin_ctzll(hit) >> 3);  // little-endian: lowest byte first
  }
  for (; i < starts.size(); ++i) {
    if (starts[i] & bit) return i;
  }
  return starts.size();
}

class Recognizer {
 public:
  explicit Recognizer(const Knowledge& knowledge);

  RecognizedText Recognize(TokenizedText tokens) const;

 private:
  struct AliasHit {
    uint32_t entity;
    uint32_t capitalized_mask;
    bool short_form;
    EntityType type;  // the entity's, kept here to spare a visit to its record
    bool imported;    // the entity's too: a common surname has dozens of imported namesakes
  };
  std::span<const AliasHit> HitsOf(int32_t payload) const {
    auto p = static_cast<size_t>(payload);
    return std::span<const AliasHit>(hits_).subspan(hit_offsets_[p], hit_offsets_[p + 1] - hit_offsets_[p]);
  }
  // Fills r->words: every token folded (FoldCase) and looked up in the vocabulary.
  void LookUpWords(RecognizedText* r) const;
  // Fills r->trigger_starts from r->words.
  void MarkTriggerStarts(RecognizedText* r) const;
  void MatchGazetteer(RecognizedText* r) const;
  // Names no gazetteer lists, in a name's shape or slot (unknown_names.cc). A short
  // word in capitals is one ("NATO") unless a word in capitals stands beside it (a
  // shouted headline); a one-word acronym in a speaker's slot is an organization ("PETA said").
  void ProposeUnknownNames(RecognizedText* r) const;
  // The word at `i` is a function word of a lexicon ("And", "When", "If", "Should").
  bool IsFunctionWordAt(const RecognizedText& r, size_t i) const;
  // Whether the pronoun at `i` ("her") owns the word after it: a lower-case word of none of the
  // function-word lexicons ("her own party", not "told her that").
  bool OwnsNextWord(const RecognizedText& r, size_t i) const;
  void MarkPronouns(RecognizedText* r) const;
  bool FreeGivenName(const RecognizedText& r, size_t token) const;
  // given_names.tsv's entry for the token at `t`; for a hyphenated token both
  // of whose parts are given names ("Jean-Marc", "Hans-Peter"), its first part's.
  std::optional<LexiconHit> GivenNameAt(const RecognizedText& r, size_t t) const;
  // Whether the offices matched at token `t` all belong to another country
  // than the nationality adjective right before it names.
  bool OtherCountrysTitle(const RecognizedText& r, size_t t, const std::vector<uint32_t>& offices) const;
  bool SpeechVerbAt(const RecognizedText& r, size_t token) const;
  bool InSpeakerSlot(const RecognizedText& r, size_t first, size_t end) const;

  const Knowledge& knowledge_;
  PhraseTrie trie_;
  // The aliases ending at each trie node, one payload's after another's.
  std::vector<AliasHit> hits_;
  std::vector<uint32_t> hit_offsets_;  // payload p's are [hit_offsets_[p], hit_offsets_[p + 1])
  // Per vocabulary word: the TriggerStart bits of the lexicons it starts a
  // phrase of, and kNameStart for a word that starts an alias whose first
  // word may be written in lower case ("secretary of state"). A lower-case
  // token without it starts no name, so most of a text's tokens skip the walk
  // of the (large) alias trie.
  std::vector<uint8_t> trigger_bits_;
  // The word ids of the one-byte ASCII tokens (punctuation, single letters),
  // the commonest tokens, looked up once rather than per token.
  std::array<uint32_t, 128> ascii_word_ids_{};
};

}  // namespace newsgraph
