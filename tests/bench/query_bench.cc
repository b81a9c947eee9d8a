// Query latency on a real index, after it is loaded: a Google Benchmark
// executable (query_bench), not part of ctest.
//
//   NEWSGRAPH_BENCH_INDEX=/tmp/np.pb build/tests/bench/query_bench
//
// NEWSGRAPH_BENCH_NAMES (optional) picks the entities, "A|B" (the path goes
// from A to B; the other questions ask about A); default "Sergey Kislyak|Al Franken".
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "query/centrality.h"
#include "query/explore.h"
#include "query/query.h"
#include "store/index_file.h"

namespace newsgraph {
namespace {

struct Fixture {
  KnowledgeGraph graph;
  Vertex a = 0, b = 0;
  Vertex last = 0;  // the last entity added: a path to it is usually long or none (a full walk)
};

std::unique_ptr<Fixture>& Loaded() {
  static std::unique_ptr<Fixture> fixture;
  return fixture;
}

Vertex MustResolve(const KnowledgeGraph& graph, const std::string& name) {
  NameResolution r = ResolveName(graph, name);
  if (r.status != NameResolution::Status::kFound) {
    std::fprintf(stderr, "%s\n", DescribeUnresolved(graph, name, r).c_str());
    std::exit(1);
  }
  return r.vertex;
}

void BM_ResolveName(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ResolveName(Loaded()->graph, "Kislyak"));
}
void BM_WhoMet(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(WhoMet(Loaded()->graph, Loaded()->a));
}
void BM_Said(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Said(Loaded()->graph, Loaded()->a));
}
void BM_Neighbors(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(NeighborsAnswer(Loaded()->graph, Loaded()->a, static_cast<size_t>(state.range(0))));
  }
}
// The walk alone, without building the answer's rows.
void BM_NeighbourhoodWalk(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(Neighbourhood(Loaded()->graph, Loaded()->a, static_cast<size_t>(state.range(0)), {}));
  }
}
void BM_Path(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(PathAnswer(Loaded()->graph, Loaded()->a, Loaded()->b));
}
void BM_PathToLastEntity(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(PathAnswer(Loaded()->graph, Loaded()->a, Loaded()->last));
}
void BM_Timeline(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(TimelineAnswer(Loaded()->graph, Loaded()->a));
}
void BM_TopDegree(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(TopAnswer(Loaded()->graph, Centrality::kDegree, {}, 10));
}
void BM_TopPageRank(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(TopAnswer(Loaded()->graph, Centrality::kPageRank, {}, 10));
}

BENCHMARK(BM_ResolveName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WhoMet)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Said)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Neighbors)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NeighbourhoodWalk)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Path)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PathToLastEntity)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Timeline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TopDegree)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_TopPageRank)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace newsgraph

int main(int argc, char** argv) {
  using namespace newsgraph;
  const char* index = std::getenv("NEWSGRAPH_BENCH_INDEX");
  if (index == nullptr || *index == '\0') {
    std::printf("query_bench: NEWSGRAPH_BENCH_INDEX is not set; nothing to measure (set it to an index file)\n");
    return 0;
  }
  std::string names = std::getenv("NEWSGRAPH_BENCH_NAMES") ? std::getenv("NEWSGRAPH_BENCH_NAMES")
                                                          : "Sergey Kislyak|Al Franken";
  auto start = std::chrono::steady_clock::now();
  Loaded() = std::make_unique<Fixture>();
  Loaded()->graph = ReadIndex(index);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("loaded %s in %.2f s (%zu vertices, %zu edges)\n", index, seconds,
              boost::num_vertices(Loaded()->graph.storage()), boost::num_edges(Loaded()->graph.storage()));
  size_t bar = names.find('|');
  Loaded()->a = MustResolve(Loaded()->graph, names.substr(0, bar));
  Loaded()->b = MustResolve(Loaded()->graph, bar == std::string::npos ? names : names.substr(bar + 1));
  const GraphStorage& g = Loaded()->graph.storage();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    if (!g[*it].is_statement()) Loaded()->last = *it;
  }
  std::printf("path to the last entity: %s -> %s\n", g[Loaded()->a].name.c_str(), g[Loaded()->last].name.c_str());
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
