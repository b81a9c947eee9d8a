#include "relate/statement_topics.h"

#include <algorithm>

namespace newsgraph {

void LinkStatementTopics(DocumentExtraction* x) {
  for (ExtractedRelation& r : x->relations) {
    if (r.type != RelationType::kSaid) continue;
    r.about.clear();
    if (r.quote_end <= r.quote_start) continue;
    for (size_t e = 0; e < x->entities.size(); ++e) {
      if (static_cast<int32_t>(e) == r.source) continue;
      const std::vector<ExtractedMention>& mentions = x->entities[e].mentions;
      bool inside = std::any_of(mentions.begin(), mentions.end(), [&](const ExtractedMention& m) {
        return m.start >= r.quote_start && m.end <= r.quote_end;
      });
      if (inside) r.about.push_back(static_cast<int32_t>(e));
    }
  }
}

}  // namespace newsgraph
