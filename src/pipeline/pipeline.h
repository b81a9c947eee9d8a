// The per-document pipeline: tokenize -> recognize -> resolve -> relate.
// Built once (the gazetteer matcher is compiled here), then Extract() may be
// called from several threads.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

#include "ingest/document.h"
#include "knowledge/knowledge.h"
#include "recognize/recognizer.h"
#include "relate/extraction.h"
#include "relate/relator.h"
#include "resolve/resolver.h"

namespace newsgraph {

// Time spent in each stage, summed over documents and threads (for -v and
// for profiling); nanoseconds.
struct StageTimes {
  std::atomic<uint64_t> tokenize{0};
  std::atomic<uint64_t> recognize{0};
  std::atomic<uint64_t> resolve{0};
  std::atomic<uint64_t> relate{0};
};

class Pipeline {
 public:
  explicit Pipeline(const Knowledge& knowledge, RelateOptions options = {});

  DocumentExtraction Extract(Document document) const;
  const Knowledge& knowledge() const { return knowledge_; }
  const StageTimes& stage_times() const { return stage_times_; }

 private:
  const Knowledge& knowledge_;
  Recognizer recognizer_;
  Resolver resolver_;
  Relator relator_;
  mutable StageTimes stage_times_;
};

}  // namespace newsgraph
