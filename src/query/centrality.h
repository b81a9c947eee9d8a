// centrality: the most central entities by degree, betweenness or PageRank
// (Boost.Graph), over an undirected entity graph.
//
// Contract: the entity graph has one vertex per entity with a selected
// relation and one edge per related pair (parallel relations counted once);
// a statement links its speaker to each entity it names or addresses
// (graph/selection.h). degree: distinct related entities. betweenness:
// Brandes' algorithm, exact up to kExactBetweennessLimit vertices; above that
// it is estimated from shortest paths out of kBetweennessSample sources
// spread evenly over the vertex order and scaled up (deterministic).
// pagerank: Boost's page_rank, damping 0.85, 20 iterations.
#pragma once

#include <string>

#include "graph/selection.h"
#include "query/answer.h"

namespace newsgraph {

inline constexpr size_t kExactBetweennessLimit = 5000;
inline constexpr size_t kBetweennessSample = 500;

enum class Centrality { kDegree, kBetweenness, kPageRank };

Answer TopAnswer(const KnowledgeGraph& graph, Centrality measure, const RelationSelection& selection,
                 size_t count);

}  // namespace newsgraph
