#include "query/centrality.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <cmath>
#include <queue>

namespace newsgraph {
namespace {

using EntityGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

struct Projection {
  EntityGraph graph;
  std::vector<Vertex> original;  // projected vertex -> graph vertex
};

// One vertex per entity with a selected relation, one edge per related pair.
Projection Project(const KnowledgeGraph& knowledge, const RelationSelection& selection) {
  const GraphStorage& g = knowledge.storage();
  const size_t none = std::numeric_limits<size_t>::max();
  std::vector<size_t> index(boost::num_vertices(g), none);
  std::vector<std::pair<size_t, size_t>> pairs;
  Projection p;
  auto projected = [&](Vertex v) {
    if (index[v] == none) {
      index[v] = p.original.size();
      p.original.push_back(v);
    }
    return index[v];
  };
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    if (g[*it].is_statement()) continue;
    for (const Reached& r : Neighbourhood(knowledge, *it, 1, selection)) {
      if (r.depth == 0 || r.vertex < *it) continue;  // each pair once, from its smaller end
      pairs.emplace_back(projected(*it), projected(r.vertex));
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  p.graph = EntityGraph(p.original.size());
  for (auto [a, b] : pairs) boost::add_edge(a, b, p.graph);
  return p;
}

std::vector<double> Degree(const EntityGraph& graph) {
  std::vector<double> score(boost::num_vertices(graph));
  for (size_t v = 0; v < score.size(); ++v) score[v] = static_cast<double>(boost::out_degree(v, graph));
  return score;
}

// Brandes' dependency accumulation from the given sources (all of them: exact).
std::vector<double> SampledBetweenness(const EntityGraph& graph, const std::vector<size_t>& sources) {
  const size_t n = boost::num_vertices(graph);
  std::vector<double> score(n, 0.0), sigma(n), delta(n);
  std::vector<long> distance(n);
  std::vector<std::vector<size_t>> predecessors(n);
  std::vector<size_t> order;
  for (size_t s : sources) {
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    std::fill(distance.begin(), distance.end(), -1);
    for (auto& p : predecessors) p.clear();
    order.clear();
    std::queue<size_t> queue;
    sigma[s] = 1;
    distance[s] = 0;
    queue.push(s);
    while (!queue.empty()) {
      size_t v = queue.front();
      queue.pop();
      order.push_back(v);
      for (auto [it, end] = boost::adjacent_vertices(v, graph); it != end; ++it) {
        size_t w = *it;
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue.push(w);
        }
        if (distance[w] == distance[v] + 1) {
          sigma[w] += sigma[v];
          predecessors[w].push_back(v);
        }
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      for (size_t v : predecessors[*it]) delta[v] += sigma[v] / sigma[*it] * (1 + delta[*it]);
      if (*it != s) score[*it] += delta[*it];
    }
  }
  return score;
}

std::vector<double> Betweenness(const EntityGraph& graph, std::string* note) {
  const size_t n = boost::num_vertices(graph);
  std::vector<double> score(n, 0.0);
  if (n <= kExactBetweennessLimit) {
    boost::brandes_betweenness_centrality(
        graph, boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, graph)));
    return score;  // on an undirected graph Boost counts each pair of endpoints once
  }
  std::vector<size_t> sources;
  for (size_t i = 0; i < kBetweennessSample; ++i) sources.push_back(i * n / kBetweennessSample);
  spdlog::info("betweenness: {} entities, estimated from {} evenly spread sources", n, sources.size());
  *note = "estimated from " + std::to_string(sources.size()) + " of " + std::to_string(n) + " sources";
  score = SampledBetweenness(graph, sources);
  // Each source counts its pairs from one end; all n sources would count every pair twice.
  const double scale = static_cast<double>(n) / static_cast<double>(sources.size()) / 2;
  for (double& s : score) s *= scale;
  return score;
}

std::vector<double> PageRank(const EntityGraph& graph) {
  std::vector<double> score(boost::num_vertices(graph), 0.0);
  if (score.empty()) return score;
  // page_rank wants a directed graph: each undirected edge both ways.
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Directed directed(score.size());
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    boost::add_edge(boost::source(*it, graph), boost::target(*it, graph), directed);
    boost::add_edge(boost::target(*it, graph), boost::source(*it, graph), directed);
  }
  boost::graph::page_rank(directed,
                          boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, directed)),
                          boost::graph::n_iterations(20), 0.85);
  // Boost's ranks sum to the vertex count; scores that sum to 1 read as shares.
  double total = 0;
  for (double s : score) total += s;
  if (total > 0) {
    for (double& s : score) s /= total;
  }
  return score;
}

std::string Format(double value, Centrality measure) {
  if (measure == Centrality::kDegree) return std::to_string(static_cast<long long>(value));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, measure == Centrality::kPageRank ? "%.6f" : "%.1f", value);
  return buffer;
}

}  // namespace

Answer TopAnswer(const KnowledgeGraph& knowledge, Centrality measure, const RelationSelection& selection,
                 size_t count) {
  const GraphStorage& g = knowledge.storage();
  const char* name = measure == Centrality::kDegree        ? "degree"
                     : measure == Centrality::kBetweenness ? "betweenness"
                                                           : "pagerank";
  Answer answer;
  answer.question = "top";
  answer.columns = {"rank", "name", "type", name};
  answer.with_evidence = false;
  answer.empty_message = "no related entities in the index (with these relation types and dates)";
  Projection p = Project(knowledge, selection);
  std::string note;
  std::vector<double> score = measure == Centrality::kDegree        ? Degree(p.graph)
                              : measure == Centrality::kBetweenness ? Betweenness(p.graph, &note)
                                                                    : PageRank(p.graph);
  answer.heading = "Top " + std::to_string(count) + " entities by " + name + " (" +
                   std::to_string(p.original.size()) + " related entities" + (note.empty() ? "" : "; " + note) + ")";
  std::vector<size_t> order(score.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto better = [&](size_t a, size_t b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return g[p.original[a]].name < g[p.original[b]].name;
  };
  size_t shown = std::min(count, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<long>(shown), order.end(), better);
  AnswerSection section{"top", "", {}};
  for (size_t i = 0; i < shown; ++i) {
    Vertex v = p.original[order[i]];
    section.rows.push_back(
        {{std::to_string(i + 1), g[v].name, std::string(VertexTypeName(g[v])), Format(score[order[i]], measure)}, {}});
  }
  answer.sections.push_back(std::move(section));
  return answer;
}

}  // namespace newsgraph
