// The index's bulk records (relations, statements, their evidence, mentions)
// written straight from the graph's records into a protobuf stream, byte for
// byte what serializing the same pb::Relation, pb::Statement or pb::Entity
// would give (proto3: fields in number order, default values left out).
//
// Why: building a message per record copied every string into it before
// serializing copied it again; on news-politics that was most of a
// 1.3-second write. Each Write* takes the records already in canonical order.
#pragma once

#include <google/protobuf/io/coded_stream.h>

#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "newsgraph.pb.h"

namespace newsgraph::index_wire {

using Stream = google::protobuf::io::CodedOutputStream;

// Index field `field_number` holding a pb::Relation of `relation`, which goes
// from the vertex of id `source` to that of id `target`.
void WriteRelation(int field_number, std::string_view source, std::string_view target,
                   const RelationEdge& relation, const std::vector<const EvidenceRecord*>& evidence,
                   Stream* out);

// Index field `field_number` holding a pb::Statement of statement vertex `v`.
void WriteStatement(int field_number, const GraphVertex& v, const std::vector<const EvidenceRecord*>& evidence,
                    Stream* out);

// Index field `field_number` holding `without_mentions` (a pb::Entity with
// every field set but its mentions) and `mentions`.
void WriteEntity(int field_number, const pb::Entity& without_mentions,
                 const std::vector<const MentionRecord*>& mentions, Stream* out);

// The pb::RelationType number of `type`.
int RelationTypeNumber(RelationType type);

}  // namespace newsgraph::index_wire
