#include "pipeline/parallel.h"

#include <exception>
#include <utility>

namespace newsgraph {
namespace {

// A batch closes at whichever limit comes first. 64 KiB of text is a few
// milliseconds of work: enough to hide the hand-over, small enough that the
// last batches of a run share out evenly.
constexpr size_t kBatchDocuments = 64;
constexpr size_t kBatchBytes = 64 * 1024;

}  // namespace

ParallelExtractor::ParallelExtractor(const Pipeline& pipeline, unsigned threads,
                                     std::function<std::string(const DocumentExtraction&)> render,
                                     std::function<void(ExtractedDocument&&)> consume)
    : pipeline_(pipeline), render_(std::move(render)), consume_(std::move(consume)), capacity_(8 * threads) {
  if (threads <= 1) return;
  workers_.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
}

ParallelExtractor::~ParallelExtractor() { Stop(); }

void ParallelExtractor::Stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
  workers_.clear();
}

ExtractedDocument ParallelExtractor::Process(Document document) const {
  ExtractedDocument out;
  out.origin = document.origin;
  try {
    out.extraction = pipeline_.Extract(std::move(document));
    if (render_) out.rendered = render_(out.extraction);
  } catch (const std::exception& e) {
    // One document that trips a stage must not cost the whole corpus.
    out.extraction = DocumentExtraction{};
    out.error = e.what();
  }
  return out;
}

void ParallelExtractor::Add(Document document) {
  filling_bytes_ += document.text.size();
  filling_.push_back(std::move(document));
  if (filling_.size() < kBatchDocuments && filling_bytes_ < kBatchBytes) return;
  if (workers_.empty()) {
    RunBatchHere();
  } else {
    QueueBatch();
  }
}

ParallelExtractor::BatchResult ParallelExtractor::ProcessBatch(Batch batch) const {
  BatchResult results;
  results.reserve(batch.size());
  for (Document& document : batch) results.push_back(Process(std::move(document)));
  return results;
}

void ParallelExtractor::RunBatchHere() {
  BatchResult results = ProcessBatch(std::move(filling_));
  filling_ = Batch{};
  filling_bytes_ = 0;
  for (ExtractedDocument& result : results) consume_(std::move(result));
}

void ParallelExtractor::QueueBatch() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (next_sequence_ - next_to_consume_ >= capacity_) {
    if (!ConsumeNext(lock)) result_ready_.wait(lock);
  }
  if (queue_head_ == queue_.size()) {
    queue_.clear();
    queue_head_ = 0;
  }
  queue_.emplace_back(next_sequence_++, std::move(filling_));
  filling_ = Batch{};
  filling_bytes_ = 0;
  work_ready_.notify_one();
  // Results are consumed one batch at a time, and only while the workers have
  // a batch each waiting: consuming everything that is ready in one go left
  // them idle (tens of milliseconds at a time) until this thread read on.
  while (queue_.size() - queue_head_ >= workers_.size() && ConsumeNext(lock)) {
  }
}

void ParallelExtractor::Finish() {
  if (workers_.empty()) {
    if (!filling_.empty()) RunBatchHere();
    return;
  }
  if (!filling_.empty()) QueueBatch();
  std::unique_lock<std::mutex> lock(mutex_);
  while (next_to_consume_ < next_sequence_) {
    if (!ConsumeNext(lock)) result_ready_.wait(lock);
  }
  lock.unlock();
  Stop();
}

bool ParallelExtractor::ConsumeNext(std::unique_lock<std::mutex>& lock) {
  auto it = finished_.find(next_to_consume_);
  if (it == finished_.end()) return false;
  BatchResult results = std::move(it->second);
  finished_.erase(it);
  ++next_to_consume_;
  lock.unlock();
  for (ExtractedDocument& result : results) consume_(std::move(result));
  lock.lock();
  return true;
}

void ParallelExtractor::Work() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    work_ready_.wait(lock, [this] { return stopping_ || queue_head_ < queue_.size(); });
    if (queue_head_ == queue_.size()) return;  // stopping, nothing left
    auto [sequence, batch] = std::move(queue_[queue_head_++]);
    lock.unlock();
    BatchResult results = ProcessBatch(std::move(batch));
    lock.lock();
    finished_.emplace(sequence, std::move(results));
    result_ready_.notify_all();
  }
}

}  // namespace newsgraph
