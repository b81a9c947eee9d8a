#include "ingest/boilerplate.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Overwrites [from, to) with spaces, keeping line breaks.
void Blank(std::string* text, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if ((*text)[i] != '\n') (*text)[i] = ' ';
  }
}

using Span = std::pair<size_t, size_t>;  // [first, end) of a word

std::vector<Span> WordsIn(std::string_view text, size_t from, size_t to) {
  std::vector<Span> words;
  size_t i = from;
  while (i < to) {
    while (i < to && IsSpace(text[i])) ++i;
    size_t start = i;
    while (i < to && !IsSpace(text[i])) ++i;
    if (i > start) words.emplace_back(start, i);
  }
  return words;
}

// How far a blurb reaches back from its "MORE": its name and headlines fit in
// a paragraph of this many bytes.
constexpr size_t kBlurbWindow = 1500;
// The full name between the name the text gives and the glued surname.
constexpr size_t kMaxFullNameWords = 7;

// Where the blurb before the "MORE" at `more` starts (the end of the name the
// text gives), or npos when the words before it show neither a glued surname
// nor the name given again in full ("Paul Ryan Paul Davis Ryan Retirees ...").
size_t BlurbStart(std::string_view text, size_t from, size_t more) {
  std::vector<Span> words = WordsIn(text, from, more);
  auto word_at = [&](size_t i) { return text.substr(words[i].first, words[i].second - words[i].first); };
  for (size_t g = 1; g + 2 < words.size(); ++g) {
    for (size_t given_words = 2; given_words <= 3 && given_words <= g + 1; ++given_words) {
      size_t first = g + 1 - given_words;
      if (!IsUpper(word_at(first)[0]) || word_at(g + 1) != word_at(first)) continue;
      for (size_t h = g + 2; h < words.size() && h <= g + 1 + kMaxFullNameWords; ++h) {
        if (word_at(h) == word_at(g)) return words[g].second;
      }
    }
  }
  for (size_t g = 0; g < words.size(); ++g) {
    std::string_view word = text.substr(words[g].first, words[g].second - words[g].first);
    if (!IsUpper(word[0])) continue;
    for (size_t p = 2; p < word.size(); ++p) {
      if (!IsLower(word[p - 1]) || !(IsUpper(word[p]) || IsDigit(word[p]))) continue;
      std::string_view surname = word.substr(0, p);  // "McCaskill" of "McCaskillEx-CIA"
      for (size_t k = 1; k <= kMaxFullNameWords && k <= g; ++k) {
        std::string_view earlier = text.substr(words[g - k].first, words[g - k].second - words[g - k].first);
        if (!earlier.empty() && earlier.back() == ',') earlier.remove_suffix(1);
        if (earlier == surname) return words[g - k].second;
      }
    }
  }
  return std::string_view::npos;
}

}  // namespace

size_t BlankLinkBlurbs(std::string* text) {
  constexpr std::string_view kMore = "MORE";
  size_t blanked = 0, done = 0;
  for (size_t more = text->find(kMore); more != std::string::npos; more = text->find(kMore, more + kMore.size())) {
    size_t at = more - 1, end = more + kMore.size();
    if (more == 0 || (*text)[at] != ' ') continue;
    if (end < text->size() && (IsLower((*text)[end]) || IsUpper((*text)[end]))) continue;  // "MOREOVER"
    size_t line = text->rfind('\n', at);
    size_t from = std::max({done, line == std::string::npos ? 0 : line + 1, more > kBlurbWindow ? more - kBlurbWindow : 0});
    size_t start = BlurbStart(*text, from, more);
    if (start == std::string_view::npos) continue;
    Blank(text, start, end);
    done = end;
    ++blanked;
  }
  return blanked;
}

size_t BlankGalleryMarkers(std::string* text) {
  constexpr std::string_view kCaption = "Hide Caption ", kPhotos = "Photos: ";
  if (text->find(kCaption) == std::string::npos) return 0;
  size_t blanked = 0;
  // "Hide Caption 2 of 13"
  for (size_t at = text->find(kCaption); at != std::string::npos; at = text->find(kCaption, at + 1)) {
    size_t i = at + kCaption.size(), digits = i;
    while (i < text->size() && IsDigit((*text)[i])) ++i;
    if (i == digits || text->compare(i, 4, " of ") != 0) continue;
    i += 4;
    digits = i;
    while (i < text->size() && IsDigit((*text)[i])) ++i;
    if (i == digits) continue;
    Blank(text, at, i);
    if (at + 2 <= i) text->replace(at, 2, "\n\n");
    ++blanked;
  }
  // "Photos: <title>": the words every gallery heading starts with.
  std::vector<size_t> headings;
  for (size_t at = text->find(kPhotos); at != std::string::npos; at = text->find(kPhotos, at + 1)) {
    headings.push_back(at);
  }
  if (headings.size() < 2) return blanked;
  std::vector<Span> title = WordsIn(*text, headings[0] + kPhotos.size(), std::min(text->size(), headings[0] + 400));
  size_t common = title.size();
  for (size_t h = 1; h < headings.size() && common > 0; ++h) {
    std::vector<Span> words = WordsIn(*text, headings[h] + kPhotos.size(), std::min(text->size(), headings[h] + 400));
    size_t same = 0;
    while (same < std::min(common, words.size()) &&
           text->compare(words[same].first, words[same].second - words[same].first, *text, title[same].first,
                         title[same].second - title[same].first) == 0) {
      ++same;
    }
    common = same;
  }
  if (common == 0) return blanked;
  std::string heading(text->substr(headings[0], title[common - 1].second - headings[0]));
  for (size_t at = text->find(heading); at != std::string::npos; at = text->find(heading, at + heading.size())) {
    Blank(text, at, at + heading.size());
    text->replace(at, 2, "\n\n");
    ++blanked;
  }
  return blanked;
}

size_t BlankVideoPlayers(std::string* text) {
  constexpr std::string_view kWatched = "JUST WATCHED ", kReplay = " Replay More Videos ...", kMust = " MUST WATCH ";
  constexpr size_t kMaxTitle = 300;
  if (text->find(kWatched) == std::string::npos) return 0;
  size_t blanked = 0;
  for (size_t at = text->find(kWatched); at != std::string::npos; at = text->find(kWatched, at + 1)) {
    size_t replay = text->find(kReplay, at);
    if (replay == std::string::npos || replay - at > kMaxTitle) continue;
    size_t end = replay + kReplay.size();
    // "MUST WATCH <title> 01:43": the title again, then its duration.
    if (text->compare(end, kMust.size() - 1, kMust.substr(1)) == 0 || text->compare(end, kMust.size(), kMust) == 0) {
      for (size_t i = end; i + 5 <= text->size() && i < end + kMaxTitle && (*text)[i] != '\n'; ++i) {
        if (IsDigit((*text)[i]) && IsDigit((*text)[i + 1]) && (*text)[i + 2] == ':' && IsDigit((*text)[i + 3]) &&
            IsDigit((*text)[i + 4]) && (i == 0 || (*text)[i - 1] == ' ')) {
          end = i + 5;
          break;
        }
      }
    }
    Blank(text, at, end);
    if (at + 2 <= end) text->replace(at, 2, "\n\n");
    ++blanked;
  }
  return blanked;
}

}  // namespace newsgraph
