#include "pipeline/extraction_json.h"

#include <cctype>

namespace newsgraph {

nlohmann::json ExtractionToJson(const DocumentExtraction& x, bool explain) {
  using nlohmann::json;
  std::string_view text = x.document.text;
  json entities = json::array();
  for (const ExtractedEntity& e : x.entities) {
    // Names and descriptions in text order; a description says so ("clause"
    // for a relative clause).
    json mentions = json::array();
    auto name = e.mentions.begin();
    auto description = e.descriptions.begin();
    while (name != e.mentions.end() || description != e.descriptions.end()) {
      bool is_description = description != e.descriptions.end() &&
                            (name == e.mentions.end() || description->start < name->start);
      const ExtractedMention& m = is_description ? *description++ : *name++;
      json jm = {{"text", std::string(text.substr(m.start, m.end - m.start))}, {"start", m.start}, {"end", m.end}};
      if (is_description) jm["kind"] = m.clause ? "clause" : "description";
      mentions.push_back(std::move(jm));
    }
    json je = {{"id", e.id}, {"type", std::string(EntityTypeName(e.type))}, {"name", e.name}, {"mentions", std::move(mentions)}};
    if (!e.from_gazetteer) je["from_gazetteer"] = false;
    entities.push_back(std::move(je));
  }
  json relations = json::array();
  for (const ExtractedRelation& r : x.relations) {
    std::string type(RelationTypeName(r.type));
    // A meeting that was only planned, cancelled or hypothetical is not a MET.
    if (r.type == RelationType::kMet && r.modality != "asserted") {
      type = "MEETING_";
      for (char ch : r.modality) type.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    }
    json jr = {{"type", type}, {"source", x.entities[static_cast<size_t>(r.source)].id}};
    if (r.target >= 0) jr["target"] = x.entities[static_cast<size_t>(r.target)].id;
    if (r.type == RelationType::kMet || r.type == RelationType::kContacted) jr["negated"] = r.negated;
    if (r.type == RelationType::kMet) jr["modality"] = r.modality;
    if (r.type == RelationType::kReacted) jr["polarity"] = std::string(1, r.polarity);
    if (r.type == RelationType::kReacted && r.demand) jr["demand"] = true;
    if (r.type == RelationType::kHoldsOffice && r.former) jr["former"] = true;
    if (r.type == RelationType::kSaid) {
      jr["quote"] = r.quote;
      jr["direct"] = r.direct;
      json about = json::array();
      for (int32_t e : r.about) about.push_back(x.entities[static_cast<size_t>(e)].id);
      jr["about"] = std::move(about);
    }
    json ev = {{"sentence", r.evidence.sentence},
               {"start", r.evidence.start},
               {"end", r.evidence.end},
               {"text", std::string(x.EvidenceText(r.evidence))}};
    if (!r.evidence.when.empty()) ev["when"] = r.evidence.when;
    if (!r.evidence.where.empty()) ev["where"] = r.evidence.where;
    if (explain) {
      ev["trigger"] = r.evidence.trigger;
      ev["rule"] = r.evidence.rule;
    }
    jr["evidence"] = std::move(ev);
    relations.push_back(std::move(jr));
  }
  json out = {{"doc", x.document.id}};
  if (!x.document.title.empty()) out["title"] = x.document.title;
  if (!x.document.date.empty()) out["date"] = x.document.date;
  out["entities"] = std::move(entities);
  out["relations"] = std::move(relations);
  if (!x.ambiguities.empty()) {
    json amb = json::array();
    for (const auto& a : x.ambiguities) {
      amb.push_back({{"text", std::string(text.substr(a.mention.start, a.mention.end - a.mention.start))},
                     {"start", a.mention.start},
                     {"end", a.mention.end},
                     {"candidates", a.candidates}});
    }
    out["unresolved"] = std::move(amb);
  }
  return out;
}

}  // namespace newsgraph
