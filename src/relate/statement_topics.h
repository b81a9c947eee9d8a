// relate's last pass: what each statement is about.
#pragma once

#include "relate/extraction.h"

namespace newsgraph {

// Fills `about` on every SAID relation of `x`: the entities with a mention
// inside [quote_start, quote_end), never the speaker. It reads only the output
// entities' mentions, so it holds for any SAID rule, direct or reported; a
// SAID without a quote span is about nothing.
void LinkStatementTopics(DocumentExtraction* x);

}  // namespace newsgraph
