// store: the graph to and from an index file (proto/newsgraph.proto).
//
// Contract: WriteIndex writes atomically (temporary file, then rename): a
// failure leaves the previous file intact. ReadIndex refuses, with an Error
// naming the file, anything that is not an index of a version it knows: a
// missing or unreadable file, a truncated or corrupt one, a foreign file
// (no "newsgraph-index" magic), an older or newer format version (format 1,
// before statements were vertices, has to be rebuilt). Read back, entities
// come first and statements after them, each in the order written. Reading
// streams the file record by record: memory holds the graph, not the file.
// The file is canonical: the same documents give the same bytes whatever
// order they were indexed in (entities, statements and documents by id,
// relations by source, target and key, evidence by date, document and
// offset). Writing pauses NEWSGRAPH_TEST_PAUSE_BEFORE_RENAME_MS milliseconds
// between the temporary file and the rename, for tests that kill it there.
#pragma once

#include <string>

#include "graph/graph.h"

namespace newsgraph {

inline constexpr char kIndexMagic[] = "newsgraph-index";
inline constexpr uint32_t kIndexFormatVersion = 2;

void WriteIndex(const KnowledgeGraph& graph, const std::string& path);
// `spare_vertices`: room to reserve for vertices to be added after reading.
KnowledgeGraph ReadIndex(const std::string& path, size_t spare_vertices = 0);

}  // namespace newsgraph
