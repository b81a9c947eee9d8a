// store: one index into another (`newsgraph merge`, `index --append`).
//
// Contract: MergeInto adds the documents of `from` that `into` lacks, with
// their entities, statements, relations and evidence, as if they had been
// indexed into it. A document of `from` whose id or text (content hash) is in
// `into` already is left out, with all its evidence and mentions, and its id
// is listed in `*skipped`. Together with the canonical order WriteIndex
// writes, merging is commutative and associative for indexes of different
// documents, and merging shards gives the same bytes as indexing them at once.
#pragma once

#include <string>
#include <vector>

#include "graph/graph.h"

namespace newsgraph {

void MergeInto(KnowledgeGraph* into, const KnowledgeGraph& from, std::vector<std::string>* skipped);

}  // namespace newsgraph
