// One benchmark per stage of the pipeline on the bundled samples (and the
// whole pipeline), so that a change to one stage shows in its own figure.
// Bytes processed are bytes of document text.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ingest/document.h"
#include "knowledge/knowledge.h"
#include "pipeline/pipeline.h"
#include "recognize/recognizer.h"
#include "relate/relator.h"
#include "resolve/resolver.h"
#include "store/index_file.h"
#include "util/date.h"

namespace newsgraph {
namespace {

const std::string kSourceDir = NEWSGRAPH_SOURCE_DIR;

const Knowledge& SharedKnowledge() {
  static const std::unique_ptr<Knowledge> knowledge = [] {
    std::unique_ptr<Knowledge> k = Knowledge::Load(kSourceDir + "/gazetteers");
    if (const char* names = std::getenv("NEWSGRAPH_BENCH_NAMES"); names != nullptr && *names != '\0') {
      k->AddNameList(names);
    }
    return k;
  }();
  return *knowledge;
}

const std::vector<Document>& Samples() {
  static const std::vector<Document> documents = [] {
    std::vector<Document> docs;
    std::vector<IngestProblem> problems;
    ReadDocuments({kSourceDir + "/tests/samples"}, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
                  &problems);
    return docs;
  }();
  return documents;
}

int64_t SampleBytes() {
  int64_t bytes = 0;
  for (const Document& d : Samples()) bytes += static_cast<int64_t>(d.text.size());
  return bytes;
}

void BM_LoadGazetteers(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Knowledge::Load(kSourceDir + "/gazetteers"));
}
BENCHMARK(BM_LoadGazetteers)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const Knowledge& k = SharedKnowledge();
  for (auto _ : state) {
    for (const Document& d : Samples()) benchmark::DoNotOptimize(k.tokenizer().Tokenize(d.text));
  }
  state.SetBytesProcessed(state.iterations() * SampleBytes());
}
BENCHMARK(BM_Tokenize);

void BM_Recognize(benchmark::State& state) {
  const Knowledge& k = SharedKnowledge();
  Recognizer recognizer(k);
  std::vector<TokenizedText> tokens;
  for (const Document& d : Samples()) tokens.push_back(k.tokenizer().Tokenize(d.text));
  for (auto _ : state) {
    for (const TokenizedText& t : tokens) benchmark::DoNotOptimize(recognizer.Recognize(t));
  }
  state.SetBytesProcessed(state.iterations() * SampleBytes());
}
BENCHMARK(BM_Recognize);

void BM_Resolve(benchmark::State& state) {
  const Knowledge& k = SharedKnowledge();
  Recognizer recognizer(k);
  Resolver resolver(k);
  std::vector<RecognizedText> recognized;
  for (const Document& d : Samples()) recognized.push_back(recognizer.Recognize(k.tokenizer().Tokenize(d.text)));
  DateKey date = ParseDate("2018-06-01").value_or(kNoDate);
  for (auto _ : state) {
    for (const RecognizedText& r : recognized) benchmark::DoNotOptimize(resolver.Resolve(r, date));
  }
  state.SetBytesProcessed(state.iterations() * SampleBytes());
}
BENCHMARK(BM_Resolve);

void BM_Relate(benchmark::State& state) {
  const Knowledge& k = SharedKnowledge();
  Recognizer recognizer(k);
  Resolver resolver(k);
  Relator relator(k);
  DateKey date = ParseDate("2018-06-01").value_or(kNoDate);
  std::vector<ResolvedText> resolved;
  for (const Document& d : Samples()) {
    resolved.push_back(resolver.Resolve(recognizer.Recognize(k.tokenizer().Tokenize(d.text)), date));
  }
  for (auto _ : state) {
    for (size_t i = 0; i < resolved.size(); ++i) {
      DocumentExtraction out;
      out.document = Samples()[i];
      relator.Relate(resolved[i], &out);
      benchmark::DoNotOptimize(out);
    }
  }
  state.SetBytesProcessed(state.iterations() * SampleBytes());
}
BENCHMARK(BM_Relate);

void BM_WholePipeline(benchmark::State& state) {
  Pipeline pipeline(SharedKnowledge());
  for (auto _ : state) {
    for (const Document& d : Samples()) benchmark::DoNotOptimize(pipeline.Extract(d));
  }
  state.SetBytesProcessed(state.iterations() * SampleBytes());
}
BENCHMARK(BM_WholePipeline);

void BM_GraphAddAndWrite(benchmark::State& state) {
  Pipeline pipeline(SharedKnowledge());
  std::vector<DocumentExtraction> extractions;
  for (const Document& d : Samples()) extractions.push_back(pipeline.Extract(d));
  std::string path = (std::filesystem::temp_directory_path() / "newsgraph_bench_graph.pb").string();
  for (auto _ : state) {
    KnowledgeGraph graph;
    for (const DocumentExtraction& x : extractions) graph.AddDocument(x, &SharedKnowledge());
    WriteIndex(graph, path);
  }
  std::filesystem::remove(path);
  state.SetBytesProcessed(state.iterations() * SampleBytes());
}
BENCHMARK(BM_GraphAddAndWrite);

}  // namespace
}  // namespace newsgraph

BENCHMARK_MAIN();
