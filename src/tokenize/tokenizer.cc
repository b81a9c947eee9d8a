#include "tokenize/tokenizer.h"

#include <array>
#include <cctype>
#include <span>

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util/text.h"

namespace newsgraph {
namespace {

struct Cp {
  int32_t cp = -1;
  uint32_t len = 0;
};

// The slow paths stay out of line so that the ASCII tests inline into the scan.
[[gnu::noinline]] Cp DecodeMultibyte(std::string_view s, size_t i) {
  int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return {0xFFFD, 1};
  return {cp, static_cast<uint32_t>(n)};
}

inline Cp DecodeAt(std::string_view s, size_t i) {
  if (i >= s.size()) return {};
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  return DecodeMultibyte(s, i);
}

[[gnu::noinline]] bool IsNonAsciiLetterOrDigit(int32_t cp) {
  auto cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) || cat == UTF8PROC_CATEGORY_ND;
}

// One load per byte in the scan's inner loop, instead of three range tests.
constexpr std::array<bool, 256> kAsciiLetterOrDigit = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return table;
}();
inline bool IsAsciiLetterOrDigit(char ch) { return kAsciiLetterOrDigit[static_cast<unsigned char>(ch)]; }

// The end of the run of ASCII letters and digits from `j`: sixteen bytes a
// step, as most of a word is such a run and the scan visits every byte.
inline size_t SkipAsciiLettersAndDigits(std::string_view s, size_t j) {
#ifdef __SSE2__
  while (j + 16 <= s.size()) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    // Signed compares: a byte of 0x80 or more is negative, neither letter nor digit.
    const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));  // 'A'-'Z' -> 'a'-'z'
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(bytes, _mm_set1_epi8('9' + 1)));
    const auto others = static_cast<uint32_t>(~_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0xFFFFu;
    if (others != 0) return j + static_cast<size_t>(__builtin_ctz(others));
    j += 16;
  }
#endif
  while (j < s.size() && IsAsciiLetterOrDigit(s[j])) ++j;
  return j;
}
inline bool IsLetterOrDigit(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 0x80) return IsAsciiLetterOrDigit(static_cast<char>(cp));
  return IsNonAsciiLetterOrDigit(cp);
}
bool IsLetter(int32_t cp) { return IsLetterOrDigit(cp) && !(cp >= '0' && cp <= '9'); }
bool IsDigit(int32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsSpace(int32_t cp) { return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x2009 || cp == 0x200B; }
bool IsAsciiWordJoin(char ch) { return ch == '-' || ch == '&' || ch == '.' || ch == ',' || ch == '\''; }
bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

// Whether the nearest single quote among the last tokens opens a quotation, so
// that an apostrophe after a plural may close it ("the 'Friends of the Clintons' Democrats").
bool SingleQuoteOpen(const std::vector<Token>& tokens) {
  size_t scanned = 0;
  for (size_t k = tokens.size(); k-- > 0 && scanned < 40; ++scanned) {
    if (tokens[k].quote == QuoteMark::kOpenSingle) return true;
    if (tokens[k].quote == QuoteMark::kCloseSingle) return false;
  }
  return false;
}
bool IsHyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

}  // namespace

std::string_view TokenizedText::Text(uint32_t first, uint32_t end_token) const {
  if (first >= end_token || end_token > tokens.size()) return {};
  return std::string_view(text.data() + tokens[first].start, tokens[end_token - 1].end - tokens[first].start);
}

std::string_view TokenizedText::SentenceText(uint32_t s) const {
  const Sentence& sent = sentences[s];
  return text.substr(sent.start, sent.end - sent.start);
}

Tokenizer::Tokenizer(StringSet abbreviations) : abbreviations_(std::move(abbreviations)) {}

bool Tokenizer::IsHyphenPrefix(std::string_view word_with_hyphen) const {
  std::string folded(word_with_hyphen);
  for (char& ch : folded) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return abbreviations_.contains(folded);
}

bool Tokenizer::IsAbbreviation(std::string_view word_with_dot) const {
  return abbreviations_.contains(word_with_dot);
}

// Flattened: the vector append and the helpers inline into the scan, which runs once per byte.
[[gnu::flatten]] TokenizedText Tokenizer::Tokenize(std::string_view text) const {
  TokenizedText out;
  out.text = text;
  out.tokens.reserve(text.size() / 4 + 16);  // news text runs about one token per five bytes: growing the vector copies it
  out.sentences.reserve(text.size() / 64 + 4);   // a sentence per 100-150 bytes: no regrowth in most documents
  out.quotes.reserve(16);
  uint32_t paragraph = 0;
  bool line_has_tokens = false;
  bool at_line_start = true;
  bool space_before = true;
  uint32_t space_run = 0;
  size_t i = 0;
  // Inlined at each call: a call per token cost more than the work it does.
  auto emit = [&](size_t start, size_t end, TokenKind kind, QuoteMark q = QuoteMark::kNone) __attribute__((always_inline)) {
    // The flags gather in a register: stores to a Token's one-byte fields
    // could alias anything for the compiler.
    uint8_t flags = 0;
    std::string_view s(text.data() + start, end - start);  // within the text: no bounds check
    // A word starting with a lower-case ASCII letter (most) is neither: no call needed.
    if (kind == TokenKind::kWord && !(s[0] >= 'a' && s[0] <= 'z')) {
      const auto first = static_cast<unsigned char>(s[0]);
      if (first < 0x80 ? (first >= 'A' && first <= 'Z') : StartsUpper(s)) flags |= kCapitalized;
      // A lower-case second letter ("Trump") settles it without the call.
      if (s.size() >= 2 && !(s[1] >= 'a' && s[1] <= 'z') && IsAllUpper(s)) flags |= kAllCaps;
    }
    if (at_line_start) flags |= kLineStart;
    if (space_before) flags |= kSpaceBefore;
    out.tokens.push_back(Token{.start = static_cast<uint32_t>(start),
                               .end = static_cast<uint32_t>(end),
                               .kind = kind,
                               .quote = q,
                               .flags = flags,
                               .sentence = 0,
                               .paragraph = paragraph});
    at_line_start = false;
    space_before = false;
    line_has_tokens = true;
  };

  // The space after most words and marks, taken as the loop's space branch
  // would take it (the first of a run, after a token), without another turn.
  auto take_single_space = [&]() __attribute__((always_inline)) {
    if (i < text.size() && text[i] == ' ') {
      space_run = 1;
      space_before = true;
      ++i;
    }
  };

  while (i < text.size()) {
    Cp c = DecodeAt(text, i);
    if (IsSpace(c.cp)) {
      if (c.cp == '\n') {
        if (line_has_tokens) {
          ++paragraph;
          line_has_tokens = false;
          if (out.headline_end == 0 && !out.tokens.empty()) out.headline_end = static_cast<uint32_t>(i);
        }
        at_line_start = true;
        space_run = 0;
      } else if (++space_run >= 3 && line_has_tokens) {
        // Runs of spaces stand for lost paragraph breaks in scraped text.
        ++paragraph;
        line_has_tokens = false;
        at_line_start = true;
      }
      space_before = true;
      i += c.len;
      continue;
    }
    space_run = 0;
    size_t start = i;
    if (IsLetterOrDigit(c.cp)) {
      bool number = IsDigit(c.cp);
      size_t j = i + c.len;
      bool dotted = false;
      // The run of ASCII letters and digits, most of a word, without decoding.
      j = SkipAsciiLettersAndDigits(text, j);
      // A space ends most words: none of the joins below starts with one.
      while (j < text.size() && text[j] != ' ') {
        Cp d = DecodeAt(text, j);
        if (IsLetterOrDigit(d.cp)) {
          j += d.len;
          continue;
        }
        // Only a hyphen, "&", a dot, a comma or an apostrophe joins: any other
        // ASCII mark ends the word (the joins below all start with one of these).
        if (d.cp < 0x80 && !IsAsciiWordJoin(static_cast<char>(d.cp))) break;
        Cp next = DecodeAt(text, j + d.len);
        // "then-FBI Director", "then-campaign chairman": a listed prefix
        // ("then-") is a word of its own, so the title stays whole.
        bool prefix = IsHyphen(d.cp) && !number && IsLetter(next.cp) && IsHyphenPrefix(text.substr(start, j + 1 - start));
        if ((IsHyphen(d.cp) || d.cp == '&') && IsLetterOrDigit(next.cp) && !prefix) {
          j += d.len + next.len;
          continue;
        }
        if ((d.cp == '.' || d.cp == ',') && number && IsDigit(next.cp)) {
          j += d.len + next.len;
          continue;
        }
        if (d.cp == '.' && !number && IsLetter(next.cp)) {  // U.S, K.T, Vox.com
          dotted = true;
          j += d.len + next.len;
          continue;
        }
        if (IsApostrophe(d.cp) && IsLetter(next.cp)) {
          Cp after = DecodeAt(text, j + d.len + next.len);
          bool ends_word = !IsLetterOrDigit(after.cp);
          if (ends_word && (next.cp == 's' || next.cp == 'S')) break;  // possessive: own token
          if (ends_word && next.cp == 't' && j > start && (text[j - 1] == 'n' || text[j - 1] == 'N')) {
            if (j - 1 > start) emit(start, j - 1, TokenKind::kWord);
            emit(j - 1, j + d.len + next.len, TokenKind::kNegation);
            i = j + d.len + next.len;
            goto next_token;
          }
          j += d.len + next.len;  // O'Grady
          continue;
        }
        break;
      }
      // A final dot belongs to abbreviations, initials and dotted forms.
      if (j < text.size() && text[j] == '.' && !number) {
        std::string_view with_dot = text.substr(start, j + 1 - start);
        bool initial = (j - start == 1 && StartsUpper(with_dot));
        // "R-Ky.": a hyphenated word ending in an abbreviation keeps its dot.
        size_t hyphen = with_dot.rfind('-');
        bool abbreviated_tail = hyphen != std::string_view::npos && IsAbbreviation(with_dot.substr(hyphen + 1));
        if (dotted || initial || abbreviated_tail || IsAbbreviation(with_dot)) ++j;
      }
      emit(start, j, number ? TokenKind::kNumber : TokenKind::kWord);
      i = j;
      take_single_space();
      continue;
    }
    if (IsApostrophe(c.cp)) {
      Cp next = DecodeAt(text, i + c.len);
      bool glued = !out.tokens.empty() && out.tokens.back().end == i && out.tokens.back().kind == TokenKind::kWord;
      if (glued && (next.cp == 's' || next.cp == 'S') && !IsLetterOrDigit(DecodeAt(text, i + c.len + 1).cp)) {
        emit(i, i + c.len + 1, TokenKind::kPossessive);
        i += c.len + 1;
        continue;
      }
      if (glued && !IsLetterOrDigit(next.cp)) {
        std::string_view prev = out.Text(out.tokens.back());
        // "Sessions' move": a plural's possessive, not a closing quote.
        size_t k = i + c.len;
        while (k < text.size() && text[k] == ' ') ++k;
        bool word_follows = k > i + c.len && IsLetter(DecodeAt(text, k).cp) && !StartsUpper(text.substr(k));
        // "CBS' Kylie Atwood", "Papadopoulos' Russia contacts": after a capitalized
        // word a capitalized one may follow, unless a single quote is open nearby.
        if (!word_follows && k > i + c.len && IsLetter(DecodeAt(text, k).cp) && StartsUpper(prev)) {
          word_follows = !SingleQuoteOpen(out.tokens);
        }
        if ((prev.back() == 's' || prev.back() == 'S') && word_follows) {
          emit(i, i + c.len, TokenKind::kPossessive);
          i += c.len;
          continue;
        }
      }
      bool opens = c.cp == '\'' ? (space_before || at_line_start || out.tokens.empty() ||
                                   (out.tokens.back().kind == TokenKind::kQuote))
                                : false;
      emit(i, i + c.len, TokenKind::kQuote, opens ? QuoteMark::kOpenSingle : QuoteMark::kCloseSingle);
      i += c.len;
      continue;
    }
    if (c.cp == 0x2018) {
      emit(i, i + c.len, TokenKind::kQuote, QuoteMark::kOpenSingle);
      i += c.len;
      continue;
    }
    if (c.cp == '"' || c.cp == 0x201C || c.cp == 0x201D) {
      QuoteMark q;
      Cp next = DecodeAt(text, i + c.len);
      bool space_after = next.cp < 0 || IsSpace(next.cp);
      // Typed the wrong way round: a right-hand mark opening a paragraph
      // (`”Mr. Trump embodies ...`), a left-hand one glued to the word it closes.
      if (c.cp == 0x201C) {
        q = (!space_before && !at_line_start && space_after) ? QuoteMark::kCloseDouble : QuoteMark::kOpenDouble;
      } else if (c.cp == 0x201D) {
        q = at_line_start ? QuoteMark::kOpenDouble : QuoteMark::kCloseDouble;
      } else {
        bool after_open = !out.tokens.empty() && out.tokens.back().end == i &&
                          (text[i - 1] == '(' || text[i - 1] == '[');
        q = ((space_before || at_line_start || after_open) && !space_after) ? QuoteMark::kOpenDouble
                                                                           : QuoteMark::kCloseDouble;
      }
      emit(i, i + c.len, TokenKind::kQuote, q);
      i += c.len;
      continue;
    }
    emit(i, i + c.len, TokenKind::kPunct);
    i += c.len;
    take_single_space();
  next_token:;
  }
  if (out.headline_end == 0) out.headline_end = static_cast<uint32_t>(text.size());

  // Sentences: a break at each line start, and after . ! ? (and the closing
  // quotes or brackets that follow them) when the next token could open one.
  auto is_final = [&](const Token& t) {
    if (t.kind != TokenKind::kPunct) return false;
    char ch = text[t.start];
    return ch == '.' || ch == '!' || ch == '?';
  };
  auto opens_sentence = [&](const Token& t) {
    if (t.kind == TokenKind::kQuote || t.kind == TokenKind::kNumber) return true;
    if (t.kind == TokenKind::kPunct) return text[t.start] == '(' || text[t.start] == '[';
    return (t.flags & kCapitalized) != 0;
  };
  // A span, not the vector: the stores to tokens' one-byte flags may alias
  // anything for the compiler, which would reload the vector after each.
  const std::span<Token> tokens(out.tokens);
  Sentence current;
  auto close = [&](uint32_t end_token) {
    if (end_token <= current.first_token) return;
    current.end_token = end_token;
    current.start = tokens[current.first_token].start;
    current.end = tokens[end_token - 1].end;
    current.paragraph = tokens[current.first_token].paragraph;
    const auto sentence = static_cast<uint32_t>(out.sentences.size());
    for (uint32_t k = current.first_token; k < end_token; ++k) tokens[k].sentence = sentence;
    tokens[current.first_token].flags |= kSentenceStart;
    out.sentences.push_back(current);
    current = Sentence{};
    current.first_token = end_token;
  };
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    if (k > current.first_token && (tokens[k].flags & kLineStart)) close(k);
    if (!is_final(tokens[k])) continue;
    uint32_t e = k + 1;
    while (e < tokens.size() && !(tokens[e].flags & kLineStart) &&
           ((tokens[e].kind == TokenKind::kQuote &&
             (tokens[e].quote == QuoteMark::kCloseDouble || tokens[e].quote == QuoteMark::kCloseSingle)) ||
            (tokens[e].kind == TokenKind::kPunct && (text[tokens[e].start] == ')' || is_final(tokens[e]))))) {
      ++e;
    }
    if (e >= tokens.size()) break;
    if ((tokens[e].flags & kLineStart) || opens_sentence(tokens[e])) {
      close(e);
      k = e - 1;
    }
  }
  close(static_cast<uint32_t>(tokens.size()));

  FindQuotes(&out);
  return out;
}

void Tokenizer::FindQuotes(TokenizedText* t) {
  const std::span<Token> toks(t->tokens);  // (see the sentences' span above)
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (toks[i].quote != QuoteMark::kOpenDouble) continue;
    QuoteSpan q;
    q.open = i;
    uint32_t j = i + 1;
    int nested = 0;
    // Closing marks from `from` to the paragraph's end.
    auto closes_ahead = [&](uint32_t from) {
      int n = 0;
      for (uint32_t k = from; k < toks.size() && toks[k].paragraph == toks[i].paragraph; ++k) {
        n += toks[k].quote == QuoteMark::kCloseDouble ? 1 : 0;
      }
      return n;
    };
    for (; j < toks.size() && toks[j].paragraph == toks[i].paragraph; ++j) {
      bool straight = t->text[toks[j].start] == '"';
      if (toks[j].quote == QuoteMark::kOpenDouble && straight) break;
      // `“... what he calls “hell” than ...”`: a curly quotation inside one,
      // when the paragraph closes both.
      if (toks[j].quote == QuoteMark::kOpenDouble && closes_ahead(j) >= nested + 2) ++nested;
      if (toks[j].quote == QuoteMark::kCloseDouble && nested-- == 0) break;
      if (toks[j].kind == TokenKind::kWord || toks[j].kind == TokenKind::kNumber) ++q.words;
    }
    q.close = j;
    q.closed = j < toks.size() && toks[j].paragraph == toks[i].paragraph;
    if (q.words >= 4) {
      for (uint32_t k = i + 1; k < j; ++k) toks[k].flags |= kQuoted;
    }
    t->quotes.push_back(q);
    i = q.closed ? j : j - 1;
  }
}

std::vector<std::string_view> Tokenizer::Words(std::string_view phrase) const {
  TokenizedText t = Tokenize(phrase);
  std::vector<std::string_view> words;
  words.reserve(t.tokens.size());
  for (const Token& tok : t.tokens) words.push_back(t.Text(tok));
  return words;
}

}  // namespace newsgraph
