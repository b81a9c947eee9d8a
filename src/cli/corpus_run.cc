#include "cli/corpus_run.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <thread>

namespace newsgraph::cli {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double Megabytes(uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

// One line on stderr, rewritten in place, only when stderr is a terminal and
// info messages are wanted.
class ProgressLine {
 public:
  ProgressLine() : enabled_(::isatty(STDERR_FILENO) == 1 && spdlog::should_log(spdlog::level::info)) {}
  ~ProgressLine() { Clear(); }

  void Update(const CorpusRunCounts& counts, const IngestProgress& input, Clock::time_point start) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double seconds = SecondsSince(start);
    std::string left = "?";
    if (input.consumed_bytes > 0 && input.total_bytes >= input.consumed_bytes) {
      double remaining = seconds * static_cast<double>(input.total_bytes - input.consumed_bytes) /
                         static_cast<double>(input.consumed_bytes);
      left = fmt::format("{:.0f} s", remaining);
    }
    std::string line = fmt::format("{} documents, {:.1f} MB, {:.1f} MB/s, {} left", counts.documents,
                                   Megabytes(counts.text_bytes),
                                   seconds > 0 ? Megabytes(counts.text_bytes) / seconds : 0.0, left);
    std::fprintf(stderr, "\r%s\033[K", line.c_str());
    std::fflush(stderr);
    shown_ = true;
  }

  void Clear() {
    if (!shown_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    shown_ = false;
  }

 private:
  bool enabled_;
  bool shown_ = false;
  Clock::time_point last_{};
};

void LogStageTimes(const Pipeline& pipeline, double seconds) {
  const StageTimes& t = pipeline.stage_times();
  auto s = [](const std::atomic<uint64_t>& ns) { return static_cast<double>(ns.load()) / 1e9; };
  spdlog::debug("stage times (summed over threads): tokenize {:.2f} s, recognize {:.2f} s, resolve {:.2f} s, "
                "relate {:.2f} s; whole run {:.2f} s",
                s(t.tokenize), s(t.recognize), s(t.resolve), s(t.relate), seconds);
}

}  // namespace

size_t CorpusRunCounts::skipped_total() const {
  size_t total = 0;
  for (const auto& [reason, count] : skipped) total += count;
  return total;
}

unsigned ThreadCount(unsigned requested) {
  if (requested > 0) return requested;
  return std::max(1U, std::thread::hardware_concurrency());
}

CorpusRunCounts RunCorpus(const CorpusRunOptions& options, const Pipeline& pipeline,
                          const std::function<void(ExtractedDocument&&)>& consume) {
  CorpusRunCounts counts;
  auto start = Clock::now();
  ProgressLine progress_line;
  IngestProgress input;
  std::vector<IngestProblem> problems;
  auto report = [&](const IngestProblem& p) {
    progress_line.Clear();
    if (p.reason.empty()) {
      spdlog::warn("{}: {}", p.where, p.what);
    } else {
      spdlog::warn("{}: skipped: {}", p.where, p.what);
      ++counts.skipped[p.reason];
    }
  };
  double consume_seconds = 0;  // adding to the graph, or writing out: on the reading thread
  double pipeline_seconds = 0;  // in the extractor's calls, consume included
  size_t reported = 0;
  auto report_new = [&] {
    for (; reported < problems.size(); ++reported) report(problems[reported]);
  };

  ParallelExtractor extractor(pipeline, options.threads, options.render, [&](ExtractedDocument&& result) {
    if (!result.error.empty()) {
      report({result.origin, "could not be processed: " + result.error, "failed"});
      return;
    }
    ++counts.documents;
    counts.text_bytes += result.extraction.document.text.size();
    auto consume_start = Clock::now();
    consume(std::move(result));
    consume_seconds += SecondsSince(consume_start);
    progress_line.Update(counts, input, start);
  });
  ReadDocuments(
      options.inputs, options.ingest,
      [&](Document&& document) {
        report_new();
        if (options.admit) {
          if (std::string reason = options.admit(document); !reason.empty()) {
            report({document.origin, reason, "duplicate"});
            return;
          }
        }
        auto add_start = Clock::now();
        extractor.Add(std::move(document));
        pipeline_seconds += SecondsSince(add_start);
      },
      &problems, &input);
  auto finish_start = Clock::now();
  extractor.Finish();
  pipeline_seconds += SecondsSince(finish_start);
  report_new();
  progress_line.Clear();
  counts.seconds = SecondsSince(start);
  if (options.threads <= 1) counts.ingest_seconds = std::max(0.0, counts.seconds - pipeline_seconds);
  LogStageTimes(pipeline, counts.seconds);
  spdlog::debug("consuming the extractions (graph or output, on the reading thread): {:.2f} s", consume_seconds);
  return counts;
}

std::string DescribeRun(const CorpusRunCounts& counts) {
  std::string skipped = fmt::format("skipped {}", counts.skipped_total());
  if (!counts.skipped.empty()) {
    std::string reasons;
    for (const auto& [reason, count] : counts.skipped) {
      reasons += (reasons.empty() ? "" : ", ") + fmt::format("{} {}", count, reason);
    }
    skipped += " (" + reasons + ")";
  }
  double mb = Megabytes(counts.text_bytes);
  std::string rate = fmt::format("{:.1f} MB/s", counts.seconds > 0 ? mb / counts.seconds : 0.0);
  if (double processing = counts.seconds - counts.ingest_seconds; counts.ingest_seconds >= 0 && processing > 0) {
    rate += fmt::format("; {:.1f} MB/s past reading and parsing", mb / processing);
  }
  return fmt::format("{} document{}, {}, {:.1f} MB of text in {:.2f} s ({})", counts.documents,
                     counts.documents == 1 ? "" : "s", skipped, mb, counts.seconds, rate);
}

}  // namespace newsgraph::cli
