#include "graph/graph.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <tuple>
#include <utility>

#include "util/text.h"

namespace newsgraph {
namespace {

// Protobuf refuses to parse proto3 strings that are not UTF-8, and JSON
// writers throw on them, so a stray byte from a bad offset would make the
// whole index unreadable: replace such bytes with U+FFFD on the way in.
void MakeValidUtf8(std::string* s) {
  size_t bad = FindInvalidUtf8(*s);
  if (bad == std::string::npos) return;
  std::string out(*s, 0, bad);
  size_t i = bad;
  while (i < s->size()) {
    size_t next = FindInvalidUtf8(std::string_view(*s).substr(i));
    if (next == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (next == std::string::npos) next = s->size() - i;
    out.append(*s, i, next);
    i += next;
  }
  *s = std::move(out);
}

void MakeValidUtf8(SharedString* s) {
  if (FindInvalidUtf8(s->str()) == std::string::npos) return;  // the usual case: no copy
  std::string text = s->str();
  MakeValidUtf8(&text);
  *s = SharedString(text);
}

void MakeValidUtf8(EvidenceRecord* e) {
  MakeValidUtf8(&e->document_id);
  MakeValidUtf8(&e->sentence);
  MakeValidUtf8(&e->document_date);
  MakeValidUtf8(&e->trigger);
  MakeValidUtf8(&e->rule);
  MakeValidUtf8(&e->when);
  MakeValidUtf8(&e->where);
}

bool SameEvidence(const EvidenceRecord& a, const EvidenceRecord& b) {
  return std::tie(a.document_id, a.sentence_index, a.start, a.end, a.trigger, a.rule) ==
         std::tie(b.document_id, b.sentence_index, b.start, b.end, b.trigger, b.rule);
}

// A rule may fire twice on one sentence; identical records are kept once.
// Evidence arrives document by document, so only the tail of the list that
// belongs to the same document needs a look (a whole corpus would be quadratic).
void AppendEvidence(std::vector<EvidenceRecord>* into, std::vector<EvidenceRecord> from) {
  for (EvidenceRecord& e : from) {
    bool seen = false;
    for (auto it = into->rbegin(); it != into->rend() && it->document_id == e.document_id; ++it) {
      if (SameEvidence(*it, e)) {
        seen = true;
        break;
      }
    }
    if (!seen) into->push_back(std::move(e));
  }
}

// An alias the vertex lacks (neither its name nor a listed alias).
void MergeAlias(GraphVertex* into, const std::string& alias) {
  if (alias != into->name && std::find(into->aliases.begin(), into->aliases.end(), alias) == into->aliases.end()) {
    into->aliases.push_back(alias);
  }
}

// Mentions arrive document by document, so only the tail of the list that
// belongs to the same document needs a look.
bool HasMention(const GraphVertex& v, const SharedString& document_id, uint32_t start, uint32_t end) {
  for (auto it = v.mentions.rbegin(); it != v.mentions.rend() && it->document_id == document_id; ++it) {
    if (it->start == start && it->end == end) return true;
  }
  return false;
}

void MergeVertex(GraphVertex* into, const GraphVertex& from) {
  if (into->is_statement()) {
    AppendEvidence(&into->statement.evidence, from.statement.evidence);
    return;
  }
  if (into->name.empty()) into->name = from.name;
  into->from_gazetteer = into->from_gazetteer || from.from_gazetteer;
  for (const std::string& alias : from.aliases) MergeAlias(into, alias);
  for (const auto& [key, value] : from.attributes) into->attributes.emplace(key, value);
  for (const MentionRecord& m : from.mentions) {
    if (!HasMention(*into, m.document_id, m.start, m.end)) into->mentions.push_back(m);
  }
}

// The text of [start, end) in `text`, or empty when a stage produced a span
// outside the document (logged, since it is a bug upstream, not a user error).
std::string_view Slice(const DocumentExtraction& extraction, uint32_t start, uint32_t end) {
  const std::string& text = extraction.document.text;
  if (start > end || end > text.size()) {
    spdlog::debug("{}: span {}..{} outside the document ({} bytes)", extraction.document.id, start,
                  end, text.size());
    return {};
  }
  return std::string_view(text).substr(start, end - start);
}

// The document's strings for its records, made once rather than per record.
// Several relations often rest on one sentence: its records share one copy.
struct DocumentStrings {
  SharedString id;
  SharedString date;
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, SharedString>> sentences;  // by span

  SharedString Sentence(const DocumentExtraction& extraction, const Evidence& e) {
    for (const auto& [span, text] : sentences) {
      if (span.first == e.start && span.second == e.end) return text;
    }
    // Unpooled: sentences seldom repeat across documents, and the pool's
    // lookup of every one (hashed whole, then a miss) cost more than it saved.
    SharedString text = SharedString::Unpooled(extraction.EvidenceText(e));
    sentences.emplace_back(std::make_pair(e.start, e.end), text);
    return text;
  }

  // A document's evidence comes from a handful of rules: each name is interned
  // (hashed, under the pool's lock) once per document rather than per record.
  std::vector<SharedString> rules;

  SharedString Rule(std::string_view name) {
    for (const SharedString& rule : rules) {
      if (std::string_view(rule) == name) return rule;
    }
    return rules.emplace_back(name);
  }
};

EvidenceRecord MakeEvidence(const DocumentExtraction& extraction, DocumentStrings& strings, const Evidence& e) {
  EvidenceRecord r;
  r.document_id = strings.id;
  r.sentence_index = e.sentence;
  r.start = e.start;
  r.end = e.end;
  if (e.start <= e.end && e.end <= extraction.document.text.size()) {
    r.sentence = strings.Sentence(extraction, e);
  } else {
    r.sentence = Slice(extraction, e.start, e.end);  // logs the bad span
  }
  r.document_date = strings.date;
  r.trigger = e.trigger;
  r.rule = strings.Rule(e.rule);
  r.when = e.when;
  r.where = e.where;
  return r;
}

// An entity's mentions in a document mostly repeat one spelling ("Sessions",
// "Sessions", ...): each is compared with the one before, which is interned
// already, before the pool is asked (a hash and a lock).
class MentionTexts {
 public:
  SharedString Of(std::string_view text) {
    if (previous_.str() != text) previous_ = SharedString(text);
    return previous_;
  }

 private:
  SharedString previous_;
};

RelationEdge MakeEdge(RelationType type, EvidenceRecord evidence) {
  RelationEdge edge;
  edge.type = type;
  edge.evidence.push_back(std::move(evidence));
  return edge;
}

// The words inside the quote that name `entity` (its first mention there).
std::string NameInQuote(const DocumentExtraction& extraction, const ExtractedRelation& said,
                        const ExtractedEntity& entity) {
  for (const ExtractedMention& m : entity.mentions) {
    if (m.start >= said.quote_start && m.end <= said.quote_end) {
      return std::string(Slice(extraction, m.start, m.end));
    }
  }
  return entity.name;
}

bool SameKey(const RelationEdge& a, const RelationEdge& b) {
  return std::tie(a.type, a.negated, a.polarity, a.former, a.modality, a.demand) ==
         std::tie(b.type, b.negated, b.polarity, b.former, b.modality, b.demand);
}

}  // namespace

std::string_view VertexTypeName(const GraphVertex& v) {
  return v.is_statement() ? std::string_view("STATEMENT") : EntityTypeName(v.type);
}

void KnowledgeGraph::ReserveVertices(size_t vertices) { graph_.m_vertices.reserve(vertices); }

void KnowledgeGraph::AddDocument(const DocumentExtraction& extraction, const Knowledge* knowledge) {
  const Document& doc = extraction.document;
  DocumentStrings strings{SharedString(doc.id), SharedString(doc.date), {}, {}};
  if (!AddDocumentRecord(DocumentRecord{strings.id, doc.title, strings.date, doc.source, doc.content_hash})) {
    // Its relations are in already; adding them again would only repeat evidence.
    spdlog::debug("{}: document already in the graph; not added again", doc.id);
    return;
  }
  std::vector<Vertex> vertices;
  vertices.reserve(extraction.entities.size());
  if (knowledge != vertex_of_record_knowledge_) {
    vertex_of_record_.clear();
    vertex_of_record_knowledge_ = knowledge;
  }
  for (const ExtractedEntity& entity : extraction.entities) {
    const EntityRecord* record = nullptr;
    std::optional<uint32_t> record_index;
    if (knowledge != nullptr) {
      auto index = static_cast<size_t>(entity.knowledge_index);
      if (entity.knowledge_index >= 0 && index < knowledge->entities().size() &&
          knowledge->entity(static_cast<uint32_t>(index)).id == entity.id) {
        record_index = static_cast<uint32_t>(index);
      } else if (entity.from_gazetteer) {  // a name the text alone gave has no record to look up
        record_index = knowledge->Find(entity.id);
      }
      if (record_index) record = &knowledge->entity(*record_index);
    }
    std::optional<Vertex> known;
    if (record_index && *record_index < vertex_of_record_.size() && vertex_of_record_[*record_index] != kNoVertex) {
      known = vertex_of_record_[*record_index];
    } else if (auto it = by_id_.find(entity.id); it != by_id_.end() && !graph_[it->second].is_statement()) {
      known = it->second;
    }
    auto remember = [&](Vertex v) {
      if (!record_index || graph_[v].is_statement()) return;
      if (vertex_of_record_.size() <= *record_index) vertex_of_record_.resize(*record_index + 1, kNoVertex);
      vertex_of_record_[*record_index] = v;
    };
    if (known) {
      MergeSeenEntity(extraction, strings.id, entity, record, *known);
      vertices.push_back(*known);
      remember(*known);
      continue;
    }
    GraphVertex v;
    v.id = entity.id;
    v.type = entity.type;
    v.name = entity.name;
    v.from_gazetteer = entity.from_gazetteer;
    if (record != nullptr) {
      if (v.name.empty()) v.name = record->name;
      v.aliases = record->aliases;
      for (const auto& [key, value] : record->attributes) v.attributes.emplace(key, value);
      v.from_gazetteer = record->from_gazetteer;
    }
    MentionTexts texts;
    for (const ExtractedMention& m : entity.mentions) {
      v.mentions.push_back(MentionRecord{strings.id, m.start, m.end, texts.Of(Slice(extraction, m.start, m.end))});
    }
    Vertex added = AddOrGetVertex(std::move(v));
    if (record != nullptr) NoteKnowledgeMerged(added, record);
    vertices.push_back(added);
    remember(added);
  }

  auto valid = [&](int32_t i) { return i >= 0 && static_cast<size_t>(i) < vertices.size(); };
  StringMap<Vertex> statement_of_quote;  // this document's
  for (const ExtractedRelation& r : extraction.relations) {
    if (!valid(r.source) || (r.type != RelationType::kSaid && !valid(r.target))) {
      spdlog::debug("{}: {} relation with an entity index out of range ({} -> {}); skipped", doc.id,
                    RelationTypeName(r.type), r.source, r.target);
      continue;
    }
    EvidenceRecord evidence = MakeEvidence(extraction, strings, r.evidence);
    MakeValidUtf8(&evidence);
    if (r.type == RelationType::kSaid) {
      Vertex statement = AddStatement(extraction, r, evidence, &statement_of_quote);
      Vertex speaker = vertices[static_cast<size_t>(r.source)];
      AddRelation(speaker, statement, MakeEdge(RelationType::kSaid, evidence));
      if (valid(r.target) && r.target != r.source) {
        AddRelation(statement, vertices[static_cast<size_t>(r.target)],
                    MakeEdge(RelationType::kTold, evidence));
      }
      for (int32_t about : r.about) {
        if (!valid(about) || about == r.source) continue;
        EvidenceRecord named = evidence;
        named.trigger = NameInQuote(extraction, r, extraction.entities[static_cast<size_t>(about)]);
        named.rule = kAboutRule;
        MakeValidUtf8(&named);
        AddRelation(statement, vertices[static_cast<size_t>(about)],
                    MakeEdge(RelationType::kAbout, std::move(named)));
      }
      continue;
    }
    RelationEdge edge;
    edge.type = r.type;
    edge.negated = r.negated;
    if (r.polarity != 0) edge.polarity = std::string(1, r.polarity);
    edge.former = r.former;
    edge.demand = r.demand;
    edge.modality = r.modality;
    edge.evidence.push_back(std::move(evidence));
    AddRelation(vertices[static_cast<size_t>(r.source)], vertices[static_cast<size_t>(r.target)],
                std::move(edge));
  }
}

Vertex KnowledgeGraph::AddStatement(const DocumentExtraction& extraction, const ExtractedRelation& said,
                                    const EvidenceRecord& evidence,
                                    StringMap<Vertex>* statement_of_quote) {
  std::string quote = said.quote;
  MakeValidUtf8(&quote);
  if (auto it = statement_of_quote->find(quote); it != statement_of_quote->end()) {
    AppendEvidence(&graph_[it->second].statement.evidence, {evidence});
    return it->second;
  }
  GraphVertex v;
  v.kind = VertexKind::kStatement;
  v.name = quote;
  v.from_gazetteer = false;
  bool spanned = said.quote_start < said.quote_end;
  v.statement.direct = said.direct;
  v.statement.document_id = evidence.document_id;  // interned once for the document
  v.statement.document_date = evidence.document_date;
  if (spanned) {
    v.statement.quote_start = said.quote_start;
    v.statement.quote_end = said.quote_end;
  }
  v.statement.evidence.push_back(evidence);  // valid UTF-8 already, as is the quote
  std::string base = "S:" + extraction.document.id + ":" +
                     std::to_string(spanned ? said.quote_start : said.evidence.start);
  // The first free id of base, base-2, base-3...: one lookup for the usual first.
  std::string id = base;
  for (int n = 2;; ++n) {
    auto [it, added] = by_id_.try_emplace(id, Vertex{});
    if (added) {
      v.id = std::move(id);
      it->second = InsertVertex(std::move(v));
      statement_of_quote->emplace(std::move(quote), it->second);
      return it->second;
    }
    id = base + "-" + std::to_string(n);
  }
}

Vertex KnowledgeGraph::AddOrGetVertex(GraphVertex vertex) {
  MakeValidUtf8(&vertex.name);
  for (std::string& alias : vertex.aliases) MakeValidUtf8(&alias);
  for (MentionRecord& m : vertex.mentions) MakeValidUtf8(&m.text);
  for (EvidenceRecord& e : vertex.statement.evidence) MakeValidUtf8(&e);
  auto [it, added] = by_id_.try_emplace(vertex.id, Vertex{});
  if (!added) {
    GraphVertex& existing = graph_[it->second];
    if (existing.kind != vertex.kind) {
      spdlog::warn("\"{}\" names both an entity and a statement; the second is dropped", vertex.id);
    } else {
      MergeVertex(&existing, vertex);
    }
    return it->second;
  }
  it->second = InsertVertex(std::move(vertex));
  return it->second;
}

Vertex KnowledgeGraph::InsertVertex(GraphVertex vertex) {
  if (vertex.is_statement()) ++statement_count_;
  // Boost's add_vertex takes its property by const reference: a copy of every
  // string and record in it. Added empty, the vertex is moved in instead.
  Vertex added = boost::add_vertex(graph_);
  graph_[added] = std::move(vertex);
  return added;
}

// The same merge as AddOrGetVertex's, without building a vertex first: most
// mentions in a corpus are of entities seen before, and a gazetteer record's
// aliases and attributes need merging only once.
void KnowledgeGraph::MergeSeenEntity(const DocumentExtraction& extraction, const SharedString& document_id,
                                     const ExtractedEntity& entity, const EntityRecord* record, Vertex into_vertex) {
  GraphVertex& into = graph_[into_vertex];
  if (into.name.empty()) {
    into.name = entity.name.empty() && record != nullptr ? record->name : entity.name;
    MakeValidUtf8(&into.name);
  }
  into.from_gazetteer = into.from_gazetteer || (record != nullptr ? record->from_gazetteer : entity.from_gazetteer);
  if (record != nullptr && !KnowledgeMerged(into_vertex, record)) {
    for (const std::string& alias : record->aliases) {
      std::string clean = alias;
      MakeValidUtf8(&clean);
      MergeAlias(&into, clean);
    }
    for (const auto& [key, value] : record->attributes) into.attributes.emplace(key, value);
    NoteKnowledgeMerged(into_vertex, record);
  }
  MentionTexts texts;
  for (const ExtractedMention& m : entity.mentions) {
    if (HasMention(into, document_id, m.start, m.end)) continue;
    MentionRecord mention{document_id, m.start, m.end, texts.Of(Slice(extraction, m.start, m.end))};
    MakeValidUtf8(&mention.text);
    into.mentions.push_back(std::move(mention));
  }
}

bool KnowledgeGraph::KnowledgeMerged(Vertex v, const EntityRecord* record) const {
  return v < knowledge_merged_.size() && knowledge_merged_[v] == record;
}

void KnowledgeGraph::NoteKnowledgeMerged(Vertex v, const EntityRecord* record) {
  if (knowledge_merged_.size() <= v) knowledge_merged_.resize(v + 1, nullptr);
  knowledge_merged_[v] = record;
}

void KnowledgeGraph::AddRelation(Vertex source, Vertex target, RelationEdge relation) {
  // MET has no direction; one orientation keeps "A met B" and "B met A" on one edge.
  if (relation.type == RelationType::kMet && graph_[target].id < graph_[source].id) {
    std::swap(source, target);
  }
  for (EvidenceRecord& e : relation.evidence) MakeValidUtf8(&e);
  // At most one edge source -> target has the relation's key. It is looked for
  // from the end with fewer edges: a prominent speaker has tens of thousands
  // of SAID edges, each to a statement with one or two.
  auto merge_into = [&](Edge e) {
    RelationEdge& existing = graph_[e];
    if (!SameKey(existing, relation)) return false;
    AppendEvidence(&existing.evidence, std::move(relation.evidence));
    return true;
  };
  if (boost::in_degree(target, graph_) < boost::out_degree(source, graph_)) {
    for (auto [it, end] = boost::in_edges(target, graph_); it != end; ++it) {
      if (boost::source(*it, graph_) == source && merge_into(*it)) return;
    }
  } else {
    for (auto [it, end] = boost::out_edges(source, graph_); it != end; ++it) {
      if (boost::target(*it, graph_) == target && merge_into(*it)) return;
    }
  }
  std::vector<EvidenceRecord> evidence = std::move(relation.evidence);
  relation.evidence.clear();
  AppendEvidence(&relation.evidence, std::move(evidence));
  // As for vertices: add_edge would copy the property (every evidence record).
  graph_[boost::add_edge(source, target, graph_).first] = std::move(relation);
}

bool KnowledgeGraph::AddDocumentRecord(DocumentRecord document) {
  // One lookup admits it; the first one read is kept.
  if (!document_index_.try_emplace(document.id, documents_.size()).second) return false;
  documents_.push_back(std::move(document));
  return true;
}

std::optional<Vertex> KnowledgeGraph::FindById(std::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

bool KnowledgeGraph::HasDocument(std::string_view id) const {
  return document_index_.find(id) != document_index_.end();
}

}  // namespace newsgraph
