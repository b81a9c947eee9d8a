// A document's own date, read from its dateline: the first lines of a story
// ("WASHINGTON, March 2, 2017 -", "2017-03-02", "2 March 2017").
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// YYYY-MM-DD of the first full date in the first `window` bytes, or "".
std::string FindDateline(std::string_view text, size_t window = 400);

}  // namespace newsgraph
