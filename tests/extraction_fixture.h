// A fixture for the tests that run the whole pipeline on a made-up document:
// the bundled gazetteers' pipeline (built once per test binary), a document
// made of a headline and a body, and the lookups every such test needs.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/document.h"
#include "pipeline/pipeline.h"
#include "relate/relator.h"
#include "test_util.h"

namespace newsgraph::test {

class ExtractionTest : public testing::Test {
 protected:
  static const Pipeline& SharedPipeline() {
    static const Pipeline pipeline(BundledKnowledge());
    return pipeline;
  }

  // A document "doc" dated `date`: a headline, a blank line, then `body`.
  static DocumentExtraction ExtractBody(const std::string& body, const std::string& date = "2017-03-02") {
    return SharedPipeline().Extract(MakeDocument("doc", "Headline\n\n" + body + "\n", date));
  }

  static std::string Id(const DocumentExtraction& x, int32_t entity) {
    return entity < 0 ? "-" : x.entities[static_cast<size_t>(entity)].id;
  }

  static std::vector<const ExtractedRelation*> OfType(const DocumentExtraction& x, RelationType type) {
    std::vector<const ExtractedRelation*> out;
    for (const ExtractedRelation& r : x.relations) {
      if (r.type == type) out.push_back(&r);
    }
    return out;
  }

  // Who said a quotation holding `words`, directly or reported; "-" when nobody did.
  static std::vector<std::string> SpeakersOf(const DocumentExtraction& x, const std::string& words) {
    std::vector<std::string> out;
    for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) {
      if (r->quote.find(words) != std::string::npos) out.push_back(Id(x, r->source));
    }
    return out;
  }
};

// For the relation tests: Extract checks every relation's evidence, and Pairs
// lists one relation type's "source target" pairs.
class RelateFixture : public ExtractionTest {
 protected:
  // Extracts relations from a document: a headline, a blank line, then `body`.
  static DocumentExtraction Extract(const std::string& body, const std::string& date = "2017-03-02") {
    DocumentExtraction x = ExtractBody(body, date);
    ExpectEvidenceHoldsTrigger(x);
    return x;
  }

  // Every relation's evidence lies in the text, and contains its trigger.
  static void ExpectEvidenceHoldsTrigger(const DocumentExtraction& x) {
    for (const ExtractedRelation& r : x.relations) {
      ASSERT_LE(r.evidence.start, r.evidence.end);
      ASSERT_LE(r.evidence.end, x.document.text.size());
      std::string_view evidence = x.EvidenceText(r.evidence);
      EXPECT_FALSE(evidence.empty()) << RelationTypeName(r.type);
      EXPECT_FALSE(r.evidence.rule.empty()) << RelationTypeName(r.type);
      EXPECT_NE(evidence.find(r.evidence.trigger), std::string_view::npos)
          << RelationTypeName(r.type) << ": trigger '" << r.evidence.trigger << "' not in '" << evidence << "'";
      ASSERT_GE(r.source, 0);
      ASSERT_LT(static_cast<size_t>(r.source), x.entities.size());
      ASSERT_LT(r.target, static_cast<int32_t>(x.entities.size()));
    }
  }

  // "source target" per relation of `type` (a MET or contact pair in order), sorted.
  static std::vector<std::string> Pairs(const DocumentExtraction& x, RelationType type) {
    std::vector<std::string> out;
    for (const ExtractedRelation* r : OfType(x, type)) {
      std::string a = Id(x, r->source), b = Id(x, r->target);
      if ((type == RelationType::kMet || type == RelationType::kContacted) && b < a) std::swap(a, b);
      out.push_back(a + " " + b);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
};

}  // namespace newsgraph::test
