// A fixture for the tests that run the whole pipeline on a made-up document:
// the bundled gazetteers' pipeline (built once per test binary), a document
// made of a headline and a body, and the lookups every such test needs.
#pragma once

#include <gtest/gtest.h>

#include <string>
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
};

}  // namespace newsgraph::test
