#include "util/text.h"

#include <cstring>

#include <utf8proc.h>

#include <cstdio>

// Inlined, not linked: libxxhash-dev ships the whole hash in its header.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace newsgraph {
namespace {

constexpr char kContentHashPrefix[] = "xxh3-";

// Decodes one code point at `i`; returns its length, or 0 when invalid.
size_t Decode(std::string_view s, size_t i, int32_t* cp) {
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), cp);
  return n > 0 ? static_cast<size_t>(n) : 0;
}

void AppendUtf8(int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // ASCII 32 and 8 bytes at a time: news text is mostly ASCII, and every
    // document and evidence string is checked.
    while (i + 32 <= s.size()) {
      uint64_t blocks[4];
      std::memcpy(blocks, s.data() + i, 32);
      if (((blocks[0] | blocks[1] | blocks[2] | blocks[3]) & 0x8080808080808080ull) != 0) break;
      i += 32;
    }
    if (i + 8 <= s.size()) {
      uint64_t block;
      std::memcpy(&block, s.data() + i, 8);
      if ((block & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int32_t cp;
    size_t n = Decode(s, i, &cp);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

void FoldAsciiLetters(std::string_view s, char* out) {
  // Sixteen bytes at a time (GCC's portable vector types; -O2 leaves the
  // scalar loop alone): a byte in 'A'..'Z' gets 32 added, others 0.
  using Bytes = unsigned char __attribute__((vector_size(16)));
  size_t i = 0;
  for (; i + sizeof(Bytes) <= s.size(); i += sizeof(Bytes)) {
    Bytes v;
    std::memcpy(&v, s.data() + i, sizeof v);
    Bytes upper = reinterpret_cast<Bytes>((v - static_cast<unsigned char>('A')) < static_cast<unsigned char>(26));
    v += upper & static_cast<unsigned char>(32);
    std::memcpy(out + i, &v, sizeof v);
  }
  for (; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    out[i] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
  }
}

void AppendFoldCase(std::string_view s, std::string* out) {
  // The ASCII prefix (usually the whole word) in one pass, without push_back.
  size_t base = out->size();
  out->resize(base + s.size());
  char* folded = out->data() + base;
  size_t i = 0;
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) break;
    folded[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  out->resize(base + i);
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    int32_t cp;
    size_t n = Decode(s, i, &cp);
    if (n == 0) {  // keep invalid bytes as they are; they never match a name
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    i += n;
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
      out->push_back('\'');
    } else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013) {
      out->push_back('-');
    } else {
      AppendUtf8(utf8proc_tolower(cp), out);
    }
  }
}

void FoldCase(std::string_view s, std::string* out) {
  out->clear();
  AppendFoldCase(s, out);
}

std::string FoldCase(std::string_view s) {
  std::string out;
  FoldCase(s, &out);
  return out;
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  int32_t cp;
  return Decode(s, 0, &cp) > 0 && utf8proc_isupper(cp);
}

bool IsAllUpper(std::string_view s) {
  bool letters = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // the usual case, without a table lookup
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') letters = true;
      ++i;
      continue;
    }
    int32_t cp;
    size_t n = Decode(s, i, &cp);
    if (n == 0) return false;
    i += n;
    if (utf8proc_islower(cp)) return false;
    if (utf8proc_isupper(cp)) letters = true;
  }
  return letters;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t begin = 0;
  for (;;) {
    size_t end = s.find(sep, begin);
    if (end == std::string_view::npos) {
      parts.push_back(s.substr(begin));
      return parts;
    }
    parts.push_back(s.substr(begin, end - begin));
    begin = end + 1;
  }
}

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string ContentHash(std::string_view s) {
  char buf[sizeof kContentHashPrefix + 16];
  std::snprintf(buf, sizeof buf, "%s%016llx", kContentHashPrefix,
                static_cast<unsigned long long>(XXH3_64bits(s.data(), s.size())));
  return buf;
}

bool IsFnvContentHash(std::string_view hash) { return hash.size() == 16 && !hash.starts_with(kContentHashPrefix); }

std::string FnvContentHash(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

bool LooksLikeAdverb(std::string_view word) { return word.size() > 4 && word.substr(word.size() - 2) == "ly"; }

bool IsDash(std::string_view mark) {
  return mark == "\u2015" || mark == "\u2014" || mark == "\u2013" || mark == "-" || mark == "--";
}

}  // namespace newsgraph
