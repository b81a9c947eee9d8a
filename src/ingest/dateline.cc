#include "ingest/dateline.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "util/date.h"

namespace newsgraph {
namespace {

// English month names as datelines write them; a date format, like strptime's %B.
int MonthOf(std::string_view word) {
  static const std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                           "may",     "june",     "july",      "august",
                                                           "september", "october", "november", "december"};
  std::string lower;
  for (char c : word) {
    if (c == '.') break;
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (lower.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m] == lower || (lower.size() <= 4 && kMonths[m].substr(0, lower.size()) == lower)) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int NumberAt(std::string_view s, size_t* i, size_t max_digits) {
  int v = 0;
  size_t n = 0;
  while (*i < s.size() && IsDigit(s[*i]) && n < max_digits) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  if (n == 0 || (*i < s.size() && IsDigit(s[*i]))) return -1;
  return v;
}

std::string Format(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  std::string s(buf);
  return ParseDate(s) ? s : "";
}

}  // namespace

std::string FindDateline(std::string_view text, size_t window) {
  std::string_view head = text.substr(0, std::min(window, text.size()));
  for (size_t i = 0; i < head.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(head[i - 1]))) continue;
    // 2017-03-02
    if (IsDigit(head[i]) && i + 10 <= head.size() && head[i + 4] == '-' && head[i + 7] == '-') {
      std::string s(head.substr(i, 10));
      if (ParseDate(s) && (i + 10 == head.size() || !IsDigit(head[i + 10]))) return s;
    }
    // March 2, 2017 / Mar. 2 2017
    if (std::isalpha(static_cast<unsigned char>(head[i]))) {
      size_t j = i;
      while (j < head.size() && (std::isalpha(static_cast<unsigned char>(head[j])) || head[j] == '.')) ++j;
      int month = MonthOf(head.substr(i, j - i));
      if (month == 0) continue;
      while (j < head.size() && head[j] == ' ') ++j;
      int day = NumberAt(head, &j, 2);
      if (day <= 0) continue;
      if (j < head.size() && head[j] == ',') ++j;
      while (j < head.size() && head[j] == ' ') ++j;
      int year = NumberAt(head, &j, 4);
      if (year >= 1900) {
        std::string s = Format(year, month, day);
        if (!s.empty()) return s;
      }
    }
    // 2 March 2017
    if (IsDigit(head[i])) {
      size_t j = i;
      int day = NumberAt(head, &j, 2);
      if (day <= 0 || j >= head.size() || head[j] != ' ') continue;
      ++j;
      size_t k = j;
      while (k < head.size() && std::isalpha(static_cast<unsigned char>(head[k]))) ++k;
      int month = MonthOf(head.substr(j, k - j));
      if (month == 0 || k >= head.size() || head[k] != ' ') continue;
      ++k;
      int year = NumberAt(head, &k, 4);
      if (year >= 1900) {
        std::string s = Format(year, month, day);
        if (!s.empty()) return s;
      }
    }
  }
  return "";
}

}  // namespace newsgraph
