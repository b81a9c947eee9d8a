// conll: what the tagger sees of each token, as hashed feature strings.
//
// Besides the token and its neighbours (words, shapes, affixes, the POS and
// chunk columns), features come from three kinds of outside knowledge:
//  - the newsgraph gazetteer: the longest alias match at a token, typed
//    PERSON -> PER, ORGANIZATION -> ORG, PLACE -> LOC (offices are not
//    CoNLL entities), and its lexicons (given names, nationalities,
//    honorifics, organization cue words, month and day names);
//  - EntityLists: the entity strings of a training file with how often each
//    was of each type, matched longest first;
//  - the rest of the document: news repeats a name in full once and short
//    afterwards, and a headline in capitals says little about case, so a
//    word's other uses in the document are evidence about this one.
//
// Contract: Extract() is deterministic and reads only its arguments; a
// feature is a 64-bit hash of its template name and value.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "conll/conll_reader.h"
#include "knowledge/knowledge.h"
#include "knowledge/phrase_trie.h"

namespace newsgraph::conll {

// Entity strings (case-folded words joined by spaces) with a count per type.
class EntityLists {
 public:
  static constexpr size_t kMaxWords = 8;  // longer entities are rare and never repeat
  using TypeCounts = std::array<int32_t, kNumTypes>;

  // Adds (sign +1) or takes away (sign -1) the gold entities of `doc`.
  // Taking a training document's own entities away while its features are
  // extracted keeps the lists from telling the tagger the answer: at test
  // time most entities of a document are not in them either.
  void AddDocument(const Document& doc, int sign);
  // Counts for a folded phrase; nullptr when unseen (or all counts are 0).
  const TypeCounts* Find(const std::string& phrase) const;
  size_t size() const { return counts_.size(); }

 private:
  std::unordered_map<std::string, TypeCounts> counts_;
};

// The features of one sentence: for each token, its hashed features.
using SentenceFeatures = std::vector<std::vector<uint64_t>>;

struct FeatureOptions {
  bool gazetteer = true;    // the newsgraph gazetteer and lexicons
  bool entity_lists = true; // the training file's entity lists
  bool document = true;     // features from the rest of the document
};

class FeatureExtractor {
 public:
  // `knowledge` and `lists` may be null (then their features are absent);
  // both must outlive the extractor.
  FeatureExtractor(const Knowledge* knowledge, const EntityLists* lists, FeatureOptions options);

  // Features of every sentence of `doc`, in order.
  std::vector<SentenceFeatures> Extract(const Document& doc) const;

  // The gazetteer's entity type at each token of `words` (longest alias
  // match, capitalized first word), as an index into kTypes, or -1; with
  // `begins` set where a match starts. Shared with the rule tagger.
  void MatchGazetteer(const std::vector<std::string>& words, std::vector<int>* types, std::vector<bool>* begins) const;

 private:
  struct Match {
    size_t length = 0;
    uint8_t types = 0;   // bit t: kTypes[t]
    bool short_form = false;
  };
  Match LongestAlias(const std::vector<uint32_t>& ids, const std::vector<std::string>& words, size_t i) const;

  const Knowledge* knowledge_;
  const EntityLists* lists_;
  FeatureOptions options_;
  PhraseTrie aliases_;                // over the gazetteer's folded word ids
  std::vector<uint16_t> alias_types_; // payload -> type bits, bit 8: derived surname only
};

// "Xxxx" -> "Xx", "1996-08-22" -> "d-d-d": the word's character classes, with
// runs collapsed when `collapse`.
std::string WordShape(std::string_view word, bool collapse);

}  // namespace newsgraph::conll
