// What one document yields: its entities with their mentions and the relations
// between them, each with its evidence. This is the seam between the
// per-document stages (ingest .. relate) and the corpus-wide ones (graph,
// store, export): nothing after it needs the tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "knowledge/knowledge.h"

namespace newsgraph {

// ABOUT and TOLD are never extracted: the graph draws them from a SAID's
// `about` and `target` to link the statement vertex it makes (graph/graph.h).
enum class RelationType : uint8_t { kMet, kSaid, kReacted, kHoldsOffice, kMemberOf, kContacted, kAbout, kTold };
std::string_view RelationTypeName(RelationType t);  // "MET", ...
std::optional<RelationType> ParseRelationType(std::string_view s);

struct ExtractedMention {
  uint32_t start = 0;
  uint32_t end = 0;
  bool clause = false;  // a description that is a relative clause
};

struct ExtractedEntity {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;
  bool from_gazetteer = true;
  // Its record in the Knowledge the pipeline ran with, or -1 (found by the
  // recognizer): saves the graph a lookup by id per entity and document.
  int32_t knowledge_index = -1;
  std::vector<ExtractedMention> mentions;  // its names, in text order
  // Phrases that describe it ("head of the Tax Policy Center", "the Vermont
  // senator"), in text order: listed, not names, so no graph alias comes of them.
  std::vector<ExtractedMention> descriptions;
};

struct Evidence {
  uint32_t sentence = 0;  // index of the sentence in the document
  uint32_t start = 0;     // byte span of the sentence (or of the quote's paragraph)
  uint32_t end = 0;
  std::string trigger;  // the word(s) that fired the rule
  std::string rule;     // the rule's name
  // MET / CONTACTED: the date and the place the sentence states, as written
  // ("in December", "at Trump Tower"); empty when it states none.
  std::string when;
  std::string where;
};

struct ExtractedRelation {
  RelationType type = RelationType::kMet;
  int32_t source = -1;  // index into DocumentExtraction::entities
  int32_t target = -1;  // -1 where the type has none (SAID without addressee)
  bool negated = false;
  char polarity = 0;  // REACTED: '+', '-', '0'
  bool demand = false;  // REACTED: a call or demand ("urged", "called for"), whatever its polarity
  bool former = false;
  std::string modality = "asserted";
  std::string quote;  // SAID
  uint32_t quote_start = 0;  // SAID: byte span of `quote` in the document text
  uint32_t quote_end = 0;
  bool direct = true;
  // SAID: the entities (indices into DocumentExtraction::entities) named inside
  // the quote span, the speaker excepted, in entity order.
  std::vector<int32_t> about;
  Evidence evidence;
};

struct DocumentExtraction {
  Document document;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedRelation> relations;
  // Mentions that the document did not let the resolver decide.
  struct Ambiguity {
    ExtractedMention mention;
    std::vector<std::string> candidates;
  };
  std::vector<Ambiguity> ambiguities;

  std::string_view EvidenceText(const Evidence& e) const {
    return std::string_view(document.text).substr(e.start, e.end - e.start);
  }
};

}  // namespace newsgraph
