// The loop `index` and `extract` share: documents read from the inputs, run
// through the pipeline on N threads, handed back in input order, with a
// progress line on a terminal and the counts for the closing summary.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "pipeline/parallel.h"
#include "pipeline/pipeline.h"

namespace newsgraph::cli {

struct CorpusRunOptions {
  std::vector<std::string> inputs;
  IngestOptions ingest;
  unsigned threads = 1;
  // Runs on the worker threads (e.g. JSON serialization); may be empty.
  std::function<std::string(const DocumentExtraction&)> render;
  // Decides on the reading thread, in input order, whether a document goes
  // on; returns the reason to skip it ("" to keep it).
  std::function<std::string(const Document&)> admit;
};

struct CorpusRunCounts {
  size_t documents = 0;
  uint64_t text_bytes = 0;
  std::map<std::string, size_t> skipped;  // by reason
  double seconds = 0;
  // With one thread, the part of `seconds` spent reading, decoding and
  // deduplicating the inputs, outside the pipeline and the consumer: what the
  // peers' throughput figures leave out. Unset (negative) with more threads,
  // whose work overlaps the reading.
  double ingest_seconds = -1;

  size_t skipped_total() const;
};

// Reads, extracts and consumes every document. Problems (skipped documents,
// warnings) are logged as `file:line: what` and counted by reason. Stage
// times go to the debug log (-v).
CorpusRunCounts RunCorpus(const CorpusRunOptions& options, const Pipeline& pipeline,
                          const std::function<void(ExtractedDocument&&)>& consume);

// "12 documents, skipped 3 (2 duplicate, 1 malformed), 4.1 MB of text in 0.90 s (4.6 MB/s;
// 5.1 MB/s past reading and parsing)"; the second figure only when ingest_seconds is set.
std::string DescribeRun(const CorpusRunCounts& counts);

// The number given to -j: 0 means one thread a core.
unsigned ThreadCount(unsigned requested);

}  // namespace newsgraph::cli
