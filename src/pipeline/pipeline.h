// The per-document pipeline: tokenize -> recognize -> resolve -> relate.
// Built once (the gazetteer matcher is compiled here), then Extract() may be
// called from several threads.
#pragma once

#include <memory>

#include "ingest/document.h"
#include "knowledge/knowledge.h"
#include "recognize/recognizer.h"
#include "relate/extraction.h"
#include "relate/relator.h"
#include "resolve/resolver.h"

namespace newsgraph {

class Pipeline {
 public:
  explicit Pipeline(const Knowledge& knowledge, RelateOptions options = {});

  DocumentExtraction Extract(Document document) const;
  const Knowledge& knowledge() const { return knowledge_; }

 private:
  const Knowledge& knowledge_;
  Recognizer recognizer_;
  Resolver resolver_;
  Relator relator_;
};

}  // namespace newsgraph
