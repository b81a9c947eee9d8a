// tokenize: a document's text in, tokens and sentences out.
//
// Contract: tokens are byte spans into the text, in order, never overlapping,
// covering every non-space character. Sentences are runs of tokens; a sentence
// never spans a line break, and does not end after an abbreviation listed in
// the lexicon (Sen., U.S., Jr., Oct.) or an initial (the "T." of "Michael T.
// Flynn"). Possessive endings ('s, ’s, and the bare apostrophe of "Sessions'")
// are tokens of their own; so is every quotation mark.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/text.h"

namespace newsgraph {

enum class TokenKind : uint8_t {
  kWord,        // letters, digits, inner hyphens/apostrophes/dots ("U.S.", "then-ambassador")
  kNumber,      // starts with a digit
  kPossessive,  // 's ’s or a lone ' after a plural
  kNegation,    // the n't of "didn't"
  kQuote,       // " “ ” ' ‘ ’ (see QuoteMark)
  kPunct,       // anything else
};

// Straight quotes get their direction from the spacing around them.
enum class QuoteMark : uint8_t { kNone, kOpenDouble, kCloseDouble, kOpenSingle, kCloseSingle };

// Token flags.
inline constexpr uint8_t kCapitalized = 1;     // first letter upper-case
inline constexpr uint8_t kAllCaps = 2;         // two or more letters, all upper-case
inline constexpr uint8_t kLineStart = 4;       // first token of a line (paragraph)
inline constexpr uint8_t kSpaceBefore = 8;     // white space precedes it
inline constexpr uint8_t kSentenceStart = 16;  // first token of a sentence
// Inside double quotation marks that hold four words or more: someone's words,
// not the reporter's (a shorter scare quote stays part of the sentence).
inline constexpr uint8_t kQuoted = 32;

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  QuoteMark quote = QuoteMark::kNone;
  uint8_t flags = 0;
  uint32_t sentence = 0;   // index into TokenizedText::sentences
  uint32_t paragraph = 0;  // index of the line (paragraph) it sits on
};

inline bool IsCapitalizedWord(const Token& t) { return t.kind == TokenKind::kWord && (t.flags & kCapitalized); }

struct Sentence {
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // exclusive
  uint32_t start = 0;      // byte span
  uint32_t end = 0;
  uint32_t paragraph = 0;
};

// A double-quoted passage: its marks and how many words it holds. A straight
// quote that would open a second passage inside an open one closes it instead;
// a passage never crosses its paragraph (an unclosed one ends with it).
struct QuoteSpan {
  uint32_t open = 0;   // token of the opening mark
  uint32_t close = 0;  // token of the closing mark, or one past the paragraph's last token
  bool closed = true;
  uint32_t words = 0;
};

struct TokenizedText {
  std::string_view text;  // the document's text; must outlive this
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  uint32_t headline_end = 0;  // byte offset where the first non-empty line ends
  std::vector<QuoteSpan> quotes;

  // A token lies within the text (the contract above): no bounds check, as
  // the later stages ask for token texts in their innermost loops.
  std::string_view Text(const Token& t) const { return std::string_view(text.data() + t.start, t.end - t.start); }
  std::string_view Text(uint32_t first, uint32_t end_token) const;
  std::string_view SentenceText(uint32_t s) const;
};

class Tokenizer {
 public:
  // `abbreviations` holds forms with their final dot ("Sen.", "U.S."), and
  // lowercase prefixes with their hyphen ("then-") that stand apart from the
  // word after them ("then-FBI Director", "then-campaign chairman").
  explicit Tokenizer(StringSet abbreviations);

  TokenizedText Tokenize(std::string_view text) const;
  // Tokens only, for gazetteer aliases and lexicon phrases.
  std::vector<std::string_view> Words(std::string_view phrase) const;

 private:
  bool IsAbbreviation(std::string_view word_with_dot) const;
  bool IsHyphenPrefix(std::string_view word_with_hyphen) const;
  static void FindQuotes(TokenizedText* t);
  StringSet abbreviations_;
};

}  // namespace newsgraph
