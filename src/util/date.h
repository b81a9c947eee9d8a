// Dates as the gazetteers and documents write them: YYYY, YYYY-MM or
// YYYY-MM-DD. A partial date is widened to the first (as a start) or the last
// (as an end) day it covers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

// Days are packed as YYYYMMDD so that ordinary comparison orders them.
using DateKey = uint32_t;
inline constexpr DateKey kNoDate = 0;
inline constexpr DateKey kOpenEnd = 99991231;

enum class DateEdge { kStart, kEnd };

// nullopt when `s` is not one of the three forms (an empty string is nullopt too).
std::optional<DateKey> ParseDate(std::string_view s, DateEdge edge = DateEdge::kStart);
std::string FormatDate(DateKey d);

}  // namespace newsgraph
