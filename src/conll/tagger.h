// conll: a named-entity tagger for CoNLL-2003 files.
//
// The learned tagger is a structured averaged perceptron (Collins, 2002):
// per-token feature weights for nine tags (O and B-/I- of each type, IOB2
// inside so that every entity's first word is marked) plus tag-to-tag
// weights, decoded with Viterbi under the rule that I-X only follows B-X or
// I-X. It is trained at run time from a training file: a few passes over the
// sentences in a fixed pseudo-random order, so the same file always gives
// the same model. The training file's entities become EntityLists; while a
// training document is being read its own entities are left out of them.
//
// Without training, RuleTag() tags from the gazetteer alone.
//
// Contract: Tag() returns IOB1 tags, one per token, as the input uses them
// (B-X only where an entity follows one of the same type). Train() and Tag()
// are deterministic.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "conll/conll_reader.h"
#include "conll/features.h"
#include "knowledge/knowledge.h"

namespace newsgraph::conll {

struct TaggerOptions {
  int epochs = 12;
  uint32_t seed = 20030531;  // the sentence order; any fixed value
  FeatureOptions features;
};

// Tags for a whole corpus: one vector per sentence, in corpus order.
using CorpusTags = std::vector<std::vector<std::string>>;

class Tagger {
 public:
  // `knowledge` may be null; it must outlive the tagger.
  Tagger(const Knowledge* knowledge, TaggerOptions options);
  ~Tagger();

  void Train(const Corpus& train);
  CorpusTags Tag(const Corpus& input) const;

  size_t feature_count() const { return ids_.size(); }
  const EntityLists& lists() const { return lists_; }

 private:
  static constexpr int kTags = 1 + 2 * kNumTypes;  // O, B-PER, I-PER, B-ORG, ...

  // Best internal tag sequence for a sentence whose tokens have features
  // `ids` (feature ids, -1 skipped) under weights `w` / transitions `trans`.
  std::vector<int> Viterbi(const std::vector<std::vector<uint32_t>>& ids, const std::vector<float>& w,
                           const std::vector<float>& trans) const;
  std::vector<std::vector<uint32_t>> Ids(const SentenceFeatures& features) const;

  const Knowledge* knowledge_;
  TaggerOptions options_;
  EntityLists lists_;
  std::unordered_map<uint64_t, uint32_t> ids_;  // feature hash -> row
  std::vector<float> weights_;                  // row * kTags + tag, averaged
  std::vector<float> transitions_;              // (prev + 1) * kTags + tag; prev -1 = sentence start
};

// Internal (IOB2) tag ids <-> strings, and IOB1 output.
std::vector<std::string> ToIob1(const std::vector<std::string>& iob2);

// The gazetteer alone: longest alias matches, a given name or an honorific
// before capitalized words (PER), capitalized words around an organization
// cue (ORG), nationalities (MISC).
CorpusTags RuleTag(const Knowledge& knowledge, const Corpus& input);

}  // namespace newsgraph::conll
