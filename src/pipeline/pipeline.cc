#include "pipeline/pipeline.h"

#include <chrono>

namespace newsgraph {
namespace {

// Adds the time since `*since` to `*total` and restarts the clock.
void Lap(std::chrono::steady_clock::time_point* since, std::atomic<uint64_t>* total) {
  auto now = std::chrono::steady_clock::now();
  total->fetch_add(static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now - *since).count()),
                   std::memory_order_relaxed);
  *since = now;
}

}  // namespace

Pipeline::Pipeline(const Knowledge& knowledge, RelateOptions options)
    : knowledge_(knowledge), recognizer_(knowledge), resolver_(knowledge), relator_(knowledge, options) {}

DocumentExtraction Pipeline::Extract(Document document) const {
  DocumentExtraction out;
  out.document = std::move(document);
  DateKey date = ParseDate(out.document.date).value_or(kNoDate);
  auto clock = std::chrono::steady_clock::now();
  TokenizedText tokens = knowledge_.tokenizer().Tokenize(out.document.text);
  Lap(&clock, &stage_times_.tokenize);
  RecognizedText recognized = recognizer_.Recognize(std::move(tokens));
  Lap(&clock, &stage_times_.recognize);
  ResolvedText resolved = resolver_.Resolve(std::move(recognized), date);
  Lap(&clock, &stage_times_.resolve);
  relator_.Relate(resolved, &out);
  Lap(&clock, &stage_times_.relate);
  return out;
}

}  // namespace newsgraph
