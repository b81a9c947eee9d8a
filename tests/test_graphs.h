// Hand-built document extractions for the graph, store, query and export
// tests: no pipeline, so these tests do not move when the NLP rules change.
#pragma once

#include <string>
#include <utility>

#include "graph/graph.h"
#include "relate/extraction.h"

namespace newsgraph::testing_util {

inline Document MakeDoc(std::string id, std::string text, std::string date) {
  Document d;
  d.id = std::move(id);
  d.title = "Title of " + d.id;
  d.date = std::move(date);
  d.source = "test";
  d.text = std::move(text);
  d.content_hash = "0123456789abcdef";
  d.origin = d.id + ".txt";
  return d;
}

class ExtractionBuilder {
 public:
  ExtractionBuilder(std::string id, std::string text, std::string date = "") {
    extraction_.document = MakeDoc(std::move(id), std::move(text), std::move(date));
  }

  // Adds an entity with one mention at the first occurrence of `surface`.
  int Entity(std::string id, EntityType type, std::string name, const std::string& surface = "") {
    ExtractedEntity e;
    e.id = std::move(id);
    e.type = type;
    e.name = std::move(name);
    e.from_gazetteer = true;
    const std::string& text = extraction_.document.text;
    size_t at = text.find(surface.empty() ? e.name : surface);
    if (at != std::string::npos) {
      e.mentions.push_back({static_cast<uint32_t>(at),
                            static_cast<uint32_t>(at + (surface.empty() ? e.name : surface).size())});
    }
    extraction_.entities.push_back(std::move(e));
    return static_cast<int>(extraction_.entities.size() - 1);
  }

  // A relation whose evidence is the sentence containing `sentence`.
  ExtractedRelation& Relation(RelationType type, int source, int target, const std::string& sentence) {
    ExtractedRelation r;
    r.type = type;
    r.source = source;
    r.target = target;
    const std::string& text = extraction_.document.text;
    size_t at = text.find(sentence);
    if (at == std::string::npos) at = 0;
    r.evidence.sentence = static_cast<uint32_t>(sentence_index_++);
    r.evidence.start = static_cast<uint32_t>(at);
    r.evidence.end = static_cast<uint32_t>(at + sentence.size());
    r.evidence.trigger = "met";
    r.evidence.rule = "test-rule";
    extraction_.relations.push_back(std::move(r));
    return extraction_.relations.back();
  }

  const DocumentExtraction& get() const { return extraction_; }
  DocumentExtraction& mutable_get() { return extraction_; }

 private:
  DocumentExtraction extraction_;
  size_t sentence_index_ = 0;
};

// A small corpus with every feature the store must keep: meetings asserted,
// denied and planned, statements with and without addressee, reactions,
// offices, attributes, aliases and awkward characters.
inline KnowledgeGraph SampleGraph() {
  KnowledgeGraph graph;
  {
    ExtractionBuilder b("doc1",
                        "Jeff Sessions met Sergey Kislyak in July. "
                        "\"We never discussed the campaign,\" Sessions told Al Franken. "
                        "Sessions did not meet Kislyak in September.",
                        "2017-03-02");
    int sessions = b.Entity("P:jeff_sessions", EntityType::kPerson, "Jeff Sessions");
    int kislyak = b.Entity("P:sergey_kislyak", EntityType::kPerson, "Sergey Kislyak");
    int franken = b.Entity("P:al_franken", EntityType::kPerson, "Al Franken");
    b.Relation(RelationType::kMet, sessions, kislyak, "Jeff Sessions met Sergey Kislyak in July.");
    ExtractedRelation& said = b.Relation(RelationType::kSaid, sessions, franken,
                                         "\"We never discussed the campaign,\" Sessions told Al Franken.");
    said.quote = "We never discussed the campaign";
    ExtractedRelation& denied =
        b.Relation(RelationType::kMet, sessions, kislyak, "Sessions did not meet Kislyak in September.");
    denied.negated = true;
    graph.AddDocument(b.get(), nullptr);
  }
  {
    ExtractionBuilder b("doc2",
                        "Sergey Kislyak met Jeff Sessions at the convention. "
                        "Democrats criticized Sessions. "
                        "Sessions is the Attorney General. "
                        "Sessions plans to meet Kislyak \"again\" \\ soon. "
                        "Sessions said the talks were routine.",
                        "2017-03-03");
    int sessions = b.Entity("P:jeff_sessions", EntityType::kPerson, "Jeff Sessions", "Sessions");
    int kislyak = b.Entity("P:sergey_kislyak", EntityType::kPerson, "Sergey Kislyak");
    int democrats = b.Entity("ORG:democratic_party", EntityType::kOrganization, "Democratic Party",
                             "Democrats");
    int ag = b.Entity("OFF:us_attorney_general", EntityType::kOffice,
                      "Attorney General of the United States", "Attorney General");
    b.Relation(RelationType::kMet, kislyak, sessions, "Sergey Kislyak met Jeff Sessions at the convention.");
    ExtractedRelation& reacted =
        b.Relation(RelationType::kReacted, democrats, sessions, "Democrats criticized Sessions.");
    reacted.polarity = '-';
    b.Relation(RelationType::kHoldsOffice, sessions, ag, "Sessions is the Attorney General.");
    ExtractedRelation& planned = b.Relation(RelationType::kMet, sessions, kislyak,
                                            "Sessions plans to meet Kislyak \"again\" \\ soon.");
    planned.modality = "planned";
    ExtractedRelation& reported =
        b.Relation(RelationType::kSaid, sessions, -1, "Sessions said the talks were routine.");
    reported.quote = "the talks were routine";
    reported.direct = false;
    graph.AddDocument(b.get(), nullptr);
  }
  // What a gazetteer would have added, and a non-ASCII name.
  GraphVertex extra;
  extra.id = "P:jeff_sessions";
  extra.aliases = {"Jefferson Beauregard Sessions III", "Sen. Sessions"};
  extra.attributes = {{"gender", "m"}, {"country", "US"}};
  graph.AddOrGetVertex(extra);
  GraphVertex zelensky;
  zelensky.id = "P:volodymyr_zelenskyy";
  zelensky.name = "Volodymyr Zelenskyy";
  zelensky.aliases = {"Володимир Зеленський", "Zelensky"};
  graph.AddOrGetVertex(zelensky);
  return graph;
}

}  // namespace newsgraph::testing_util
