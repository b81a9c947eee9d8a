#include "conll/tagger.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <limits>
#include <random>

#include "conll/scorer.h"

namespace newsgraph::conll {
namespace {

constexpr int kTagCount = 1 + 2 * kNumTypes;

int BeginTag(int type) { return 1 + 2 * type; }
bool IsInside(int tag) { return tag > 0 && tag % 2 == 0; }
int TagType(int tag) { return (tag - 1) / 2; }

// I-X may only continue an X; everything else may follow anything.
bool Allowed(int prev, int tag) {
  if (!IsInside(tag)) return true;
  return prev == tag || prev == tag - 1;
}

std::string TagName(int tag) {
  if (tag == 0) return "O";
  return std::string(IsInside(tag) ? "I-" : "B-") + std::string(kTypes[TagType(tag)]);
}

// Gold tags, IOB1 or IOB2, as internal IOB2 ids.
std::vector<int> GoldTags(const Sentence& s) {
  std::vector<std::string> tags;
  for (const Token& t : s.tokens) tags.push_back(t.tag);
  std::vector<int> out(tags.size(), 0);
  for (const Chunk& c : Chunks(tags)) {
    int type = TypeIndex(c.type);
    for (size_t i = c.begin; i < c.end; ++i) out[i] = i == c.begin ? BeginTag(type) : BeginTag(type) + 1;
  }
  return out;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

std::vector<std::string> ToIob1(const std::vector<std::string>& iob2) {
  std::vector<std::string> out(iob2.size());
  for (size_t i = 0; i < iob2.size(); ++i) {
    const std::string& t = iob2[i];
    if (t == "O" || t.size() < 2) {
      out[i] = "O";
      continue;
    }
    std::string type = t.substr(2);
    // IOB1 marks B- only where the entity before is of the same type and touches.
    bool touches = t[0] == 'B' && i > 0 && iob2[i - 1].size() > 2 && iob2[i - 1].substr(2) == type;
    out[i] = (touches ? "B-" : "I-") + type;
  }
  return out;
}

Tagger::Tagger(const Knowledge* knowledge, TaggerOptions options) : knowledge_(knowledge), options_(options) {}
Tagger::~Tagger() = default;

std::vector<std::vector<uint32_t>> Tagger::Ids(const SentenceFeatures& features) const {
  std::vector<std::vector<uint32_t>> out(features.size());
  for (size_t i = 0; i < features.size(); ++i) {
    out[i].reserve(features[i].size());
    for (uint64_t h : features[i]) {
      if (auto it = ids_.find(h); it != ids_.end()) out[i].push_back(it->second);
    }
  }
  return out;
}

std::vector<int> Tagger::Viterbi(const std::vector<std::vector<uint32_t>>& ids, const std::vector<float>& w,
                                 const std::vector<float>& trans) const {
  const size_t n = ids.size();
  constexpr float kNever = -std::numeric_limits<float>::infinity();
  std::vector<float> score(n * kTagCount);
  std::vector<int> back(n * kTagCount, 0);
  float emit[kTagCount];
  for (size_t i = 0; i < n; ++i) {
    for (float& e : emit) e = 0;
    for (uint32_t f : ids[i]) {
      const float* row = &w[size_t{f} * kTagCount];
      for (int y = 0; y < kTagCount; ++y) emit[y] += row[y];
    }
    for (int y = 0; y < kTagCount; ++y) {
      float best = kNever;
      int arg = 0;
      if (i == 0) {
        if (Allowed(-1, y)) best = trans[static_cast<size_t>(y)];
      } else {
        for (int p = 0; p < kTagCount; ++p) {
          if (!Allowed(p, y)) continue;
          float v = score[(i - 1) * kTagCount + static_cast<size_t>(p)] + trans[static_cast<size_t>((p + 1) * kTagCount + y)];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      }
      score[i * kTagCount + static_cast<size_t>(y)] = best + emit[y];
      back[i * kTagCount + static_cast<size_t>(y)] = arg;
    }
  }
  std::vector<int> tags(n, 0);
  if (n == 0) return tags;
  int y = 0;
  for (int k = 1; k < kTagCount; ++k) {
    if (score[(n - 1) * kTagCount + static_cast<size_t>(k)] > score[(n - 1) * kTagCount + static_cast<size_t>(y)]) y = k;
  }
  for (size_t i = n; i-- > 0;) {
    tags[i] = y;
    y = back[i * kTagCount + static_cast<size_t>(y)];
  }
  return tags;
}

void Tagger::Train(const Corpus& train) {
  auto start = std::chrono::steady_clock::now();
  for (const Document& d : train.documents) lists_.AddDocument(d, +1);
  FeatureExtractor extractor(knowledge_, &lists_, options_.features);

  // Features of every training sentence, as rows of the weight table.
  std::vector<std::vector<std::vector<uint32_t>>> sentences;
  std::vector<std::vector<int>> gold;
  for (const Document& d : train.documents) {
    lists_.AddDocument(d, -1);  // the document must not find its own entities
    std::vector<SentenceFeatures> features = extractor.Extract(d);
    lists_.AddDocument(d, +1);
    for (size_t s = 0; s < d.sentences.size(); ++s) {
      std::vector<std::vector<uint32_t>> rows(features[s].size());
      for (size_t i = 0; i < features[s].size(); ++i) {
        for (uint64_t h : features[s][i]) {
          auto [it, added] = ids_.try_emplace(h, static_cast<uint32_t>(ids_.size()));
          rows[i].push_back(it->second);
        }
      }
      sentences.push_back(std::move(rows));
      gold.push_back(GoldTags(d.sentences[s]));
    }
  }
  spdlog::info("training: {} sentences, {} tokens, {} entity strings, {} features ({:.1f} s)", sentences.size(),
               train.TokenCount(), lists_.size(), ids_.size(), Seconds(start));

  // Averaged perceptron: `sum` collects each update times the step it was
  // made at, so that the average over all steps is w - sum / steps.
  std::vector<float> w(ids_.size() * kTagCount, 0), trans((kTagCount + 1) * kTagCount, 0);
  std::vector<double> sum(w.size(), 0), trans_sum(trans.size(), 0);
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options_.seed);
  double step = 1;
  for (int epoch = 1; epoch <= options_.epochs; ++epoch) {
    // Fisher-Yates by hand: std::shuffle's order differs between libraries.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t wrong = 0, tokens = 0;
    for (size_t s : order) {
      const auto& rows = sentences[s];
      const std::vector<int>& g = gold[s];
      std::vector<int> p = Viterbi(rows, w, trans);
      tokens += g.size();
      for (size_t i = 0; i < g.size(); ++i) {
        int gp = i == 0 ? -1 : g[i - 1], pp = i == 0 ? -1 : p[i - 1];
        if (g[i] != p[i]) {
          ++wrong;
          for (uint32_t f : rows[i]) {
            size_t base = size_t{f} * kTagCount;
            w[base + static_cast<size_t>(g[i])] += 1;
            sum[base + static_cast<size_t>(g[i])] += step;
            w[base + static_cast<size_t>(p[i])] -= 1;
            sum[base + static_cast<size_t>(p[i])] -= step;
          }
        }
        if (g[i] != p[i] || gp != pp) {
          size_t tg = static_cast<size_t>((gp + 1) * kTagCount + g[i]), tp = static_cast<size_t>((pp + 1) * kTagCount + p[i]);
          trans[tg] += 1;
          trans_sum[tg] += step;
          trans[tp] -= 1;
          trans_sum[tp] -= step;
        }
      }
      step += 1;
    }
    spdlog::info("epoch {}/{}: {} of {} tokens mistagged ({:.2f}%), {:.1f} s", epoch, options_.epochs, wrong, tokens,
                 tokens ? 100.0 * static_cast<double>(wrong) / static_cast<double>(tokens) : 0.0, Seconds(start));
  }
  weights_.resize(w.size());
  for (size_t i = 0; i < w.size(); ++i) weights_[i] = static_cast<float>(w[i] - sum[i] / step);
  transitions_.resize(trans.size());
  for (size_t i = 0; i < trans.size(); ++i) transitions_[i] = static_cast<float>(trans[i] - trans_sum[i] / step);
}

CorpusTags Tagger::Tag(const Corpus& input) const {
  FeatureExtractor extractor(knowledge_, &lists_, options_.features);
  CorpusTags out;
  std::vector<std::string> iob2;
  for (const Document& d : input.documents) {
    std::vector<SentenceFeatures> features = extractor.Extract(d);
    for (const SentenceFeatures& f : features) {
      std::vector<int> tags = weights_.empty() ? std::vector<int>(f.size(), 0) : Viterbi(Ids(f), weights_, transitions_);
      iob2.clear();
      for (int t : tags) iob2.push_back(TagName(t));
      out.push_back(ToIob1(iob2));
    }
  }
  return out;
}

}  // namespace newsgraph::conll
