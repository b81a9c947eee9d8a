// The extraction export: one JSON object a document, the format of
// ../shared/eval/FORMAT.md (doc, entities with mentions, relations with evidence).
#pragma once

#include <nlohmann/json.hpp>

#include "relate/extraction.h"

namespace newsgraph {

nlohmann::json ExtractionToJson(const DocumentExtraction& x, bool explain);

}  // namespace newsgraph
