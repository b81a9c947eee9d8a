// Runs the pipeline over a stream of documents on N threads and hands the
// results back one by one in the order the documents came in, so that what is
// built from them (an index, JSON lines) is the same whatever N is.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ingest/document.h"
#include "pipeline/pipeline.h"

namespace newsgraph {

struct ExtractedDocument {
  DocumentExtraction extraction;
  std::string rendered;  // what `render` made of it, on the worker thread
  std::string origin;    // the document's file or file:line
  std::string error;     // set when a stage threw; the extraction is empty then
};

class ParallelExtractor {
 public:
  // `render` (may be empty) runs on the worker threads right after extraction,
  // e.g. to serialize it; `consume` runs on the calling thread, in input
  // order. With `threads` <= 1 everything runs on the calling thread, in
  // batches too: reading, extracting and consuming a batch each in one go
  // keeps each one's tables in the cache longer than taking turns per document.
  ParallelExtractor(const Pipeline& pipeline, unsigned threads,
                    std::function<std::string(const DocumentExtraction&)> render,
                    std::function<void(ExtractedDocument&&)> consume);
  ~ParallelExtractor();
  ParallelExtractor(const ParallelExtractor&) = delete;
  ParallelExtractor& operator=(const ParallelExtractor&) = delete;

  // Queues one document; may block while too many are in flight, handing
  // finished ones to `consume` meanwhile.
  void Add(Document document);
  // Waits for every queued document and consumes the rest.
  void Finish();

 private:
  // Documents travel in batches: a news article takes tens of microseconds,
  // about what one hand-over between threads costs on a virtual machine, so
  // handing them over one by one kept the workers waiting.
  using Batch = std::vector<Document>;
  using BatchResult = std::vector<ExtractedDocument>;

  ExtractedDocument Process(Document document) const;
  BatchResult ProcessBatch(Batch batch) const;
  // Without workers: extracts the batch being filled, then consumes it.
  void RunBatchHere();
  void Work();
  // Queues the batch being filled, blocking (and consuming) while too many
  // batches are in flight.
  void QueueBatch();
  // Consumes the next batch in order if it is finished, and says whether it
  // was; `lock` is held on entry and exit, released while `consume_` runs.
  bool ConsumeNext(std::unique_lock<std::mutex>& lock);
  void Stop();

  const Pipeline& pipeline_;
  std::function<std::string(const DocumentExtraction&)> render_;
  std::function<void(ExtractedDocument&&)> consume_;
  size_t capacity_;  // batches in flight (queued, in work or finished): 8 a thread lets one run ahead of a slow batch

  Batch filling_;  // touched by the calling thread only
  size_t filling_bytes_ = 0;

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable result_ready_;
  std::vector<std::pair<uint64_t, Batch>> queue_;  // waiting for a worker, oldest first
  size_t queue_head_ = 0;
  std::map<uint64_t, BatchResult> finished_;
  uint64_t next_sequence_ = 0;
  uint64_t next_to_consume_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace newsgraph
