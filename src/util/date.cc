#include "util/date.h"

#include <cstdio>

namespace newsgraph {
namespace {

bool ParseDigits(std::string_view s, unsigned* out) {
  if (s.empty()) return false;
  unsigned v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  *out = v;
  return true;
}

unsigned DaysInMonth(unsigned y, unsigned m) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

}  // namespace

std::optional<DateKey> ParseDate(std::string_view s, DateEdge edge) {
  unsigned y = 0, m = 0, d = 0;
  if (s.size() < 4 || !ParseDigits(s.substr(0, 4), &y) || y == 0) return std::nullopt;
  if (s.size() == 4) {
    return edge == DateEdge::kStart ? y * 10000 + 101 : y * 10000 + 1231;
  }
  if (s.size() < 7 || s[4] != '-' || !ParseDigits(s.substr(5, 2), &m) || m < 1 || m > 12) return std::nullopt;
  if (s.size() == 7) {
    return y * 10000 + m * 100 + (edge == DateEdge::kStart ? 1 : DaysInMonth(y, m));
  }
  if (s.size() != 10 || s[7] != '-' || !ParseDigits(s.substr(8, 2), &d) || d < 1 || d > DaysInMonth(y, m)) {
    return std::nullopt;
  }
  return y * 10000 + m * 100 + d;
}

std::string FormatDate(DateKey d) {
  if (d == kNoDate || d == kOpenEnd) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

}  // namespace newsgraph
