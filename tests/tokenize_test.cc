// tokenize: byte spans, sentences (abbreviation-aware), possessives, negation,
// quotation marks and the quoted-token flag.
#include "tokenize/tokenizer.h"
#include "util/text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {
namespace {

// A small abbreviation set, as lexicon/abbreviations.txt would give it.
Tokenizer MakeTokenizer() { return Tokenizer({"Sen.", "Rep.", "Gov.", "Oct.", "Jan.", "Jr.", "Mr.", "Dr."}); }

std::vector<std::string> TokenTexts(const TokenizedText& t) {
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.emplace_back(t.Text(tok));
  return out;
}

std::vector<std::string> SentenceTexts(const TokenizedText& t) {
  std::vector<std::string> out;
  for (uint32_t s = 0; s < t.sentences.size(); ++s) out.emplace_back(t.SentenceText(s));
  return out;
}

// The index of the first token whose text is `text` (at or after `from`); -1 when none.
int Find(const TokenizedText& t, std::string_view text, size_t from = 0) {
  for (size_t i = from; i < t.tokens.size(); ++i) {
    if (t.Text(t.tokens[i]) == text) return static_cast<int>(i);
  }
  return -1;
}

// Checks the structural contract that holds for every text.
void ExpectWellFormed(const TokenizedText& t) {
  uint32_t previous_end = 0;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    const Token& tok = t.tokens[i];
    ASSERT_LT(tok.start, tok.end) << "token " << i;
    ASSERT_LE(tok.end, t.text.size()) << "token " << i;
    ASSERT_GE(tok.start, previous_end) << "token " << i << " overlaps the one before";
    // Only white space between tokens.
    for (uint32_t b = previous_end; b < tok.start; ++b) {
      char c = t.text[b];
      bool ascii_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      bool utf8_space = static_cast<unsigned char>(c) >= 0x80;  // NBSP and thin spaces
      EXPECT_TRUE(ascii_space || utf8_space) << "byte " << b << " ('" << c << "') is in no token";
    }
    previous_end = tok.end;
    ASSERT_LT(tok.sentence, t.sentences.size());
  }
  for (uint32_t b = previous_end; b < t.text.size(); ++b) {
    EXPECT_TRUE(std::string_view(" \t\r\n").find(t.text[b]) != std::string_view::npos) << "trailing byte " << b;
  }
  // Sentences: consecutive runs of tokens that cover them all, one paragraph each.
  uint32_t next = 0;
  for (uint32_t s = 0; s < t.sentences.size(); ++s) {
    const Sentence& sent = t.sentences[s];
    EXPECT_EQ(sent.first_token, next) << "sentence " << s;
    ASSERT_LT(sent.first_token, sent.end_token) << "sentence " << s;
    EXPECT_EQ(sent.start, t.tokens[sent.first_token].start);
    EXPECT_EQ(sent.end, t.tokens[sent.end_token - 1].end);
    EXPECT_TRUE(t.tokens[sent.first_token].flags & kSentenceStart);
    for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
      EXPECT_EQ(t.tokens[k].sentence, s);
      EXPECT_EQ(t.tokens[k].paragraph, sent.paragraph) << "sentence " << s << " spans a line break";
    }
    EXPECT_EQ(t.SentenceText(s).find('\n'), std::string_view::npos);
    next = sent.end_token;
  }
  EXPECT_EQ(next, t.tokens.size());
}

TEST(TokenizeTest, EmptyAndBlankTexts) {
  Tokenizer tok = MakeTokenizer();
  for (std::string_view text : {std::string_view(""), std::string_view("  \n\n\t ")}) {
    TokenizedText t = tok.Tokenize(text);
    EXPECT_TRUE(t.tokens.empty());
    EXPECT_TRUE(t.sentences.empty());
    ExpectWellFormed(t);
  }
}

TEST(TokenizeTest, ByteSpansCoverEveryNonSpaceCharacter) {
  Tokenizer tok = MakeTokenizer();
  const std::string text =
      "Sessions steps aside\n\n"
      "WASHINGTON - Attorney General Jeff Sessions’s aides didn't say, “We met.” The 2016 race (D-Minn.) cost "
      "$1,500.50 — or 3.5%!\n  Kislyak\u00a0met   Flynn; Peskov: 'no.' Vox.com, U.S. & E.U.?";
  TokenizedText t = tok.Tokenize(text);
  ExpectWellFormed(t);
  EXPECT_EQ(t.text.data(), text.data());
  // Spot-check a few tokens.
  EXPECT_GE(Find(t, "1,500.50"), 0);
  EXPECT_GE(Find(t, "3.5"), 0);
  EXPECT_GE(Find(t, "Vox.com"), 0);
  EXPECT_GE(Find(t, "U.S."), 0);
  EXPECT_EQ(t.tokens[static_cast<size_t>(Find(t, "1,500.50"))].kind, TokenKind::kNumber);
  EXPECT_EQ(t.tokens[static_cast<size_t>(Find(t, "—"))].kind, TokenKind::kPunct);
}

TEST(TokenizeTest, TokenFlags) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("NATO met\nthe FBI");
  ASSERT_EQ(TokenTexts(t), (std::vector<std::string>{"NATO", "met", "the", "FBI"}));
  EXPECT_TRUE(t.tokens[0].flags & kCapitalized);
  EXPECT_TRUE(t.tokens[0].flags & kAllCaps);
  EXPECT_TRUE(t.tokens[0].flags & kLineStart);
  EXPECT_FALSE(t.tokens[1].flags & kCapitalized);
  EXPECT_TRUE(t.tokens[1].flags & kSpaceBefore);
  EXPECT_TRUE(t.tokens[2].flags & kLineStart);
  EXPECT_TRUE(t.tokens[2].flags & kSentenceStart);
  EXPECT_EQ(t.tokens[2].paragraph, 1u);
  EXPECT_TRUE(t.tokens[3].flags & kAllCaps);
}

TEST(TokenizeTest, NoBreakAfterAbbreviationsInitialsOrDottedForms) {
  Tokenizer tok = MakeTokenizer();
  const std::string text =
      "Sen. Richard Blumenthal spoke about the U.S. election on Oct. 5 with Michael T. Flynn. He left early.";
  TokenizedText t = tok.Tokenize(text);
  ExpectWellFormed(t);
  EXPECT_EQ(SentenceTexts(t),
            (std::vector<std::string>{
                "Sen. Richard Blumenthal spoke about the U.S. election on Oct. 5 with Michael T. Flynn.",
                "He left early."}));
  EXPECT_GE(Find(t, "Sen."), 0);
  EXPECT_GE(Find(t, "Oct."), 0);
  EXPECT_GE(Find(t, "T."), 0);
  EXPECT_GE(Find(t, "U.S."), 0);
}

TEST(TokenizeTest, AbbreviationsComeFromTheGivenSet) {
  // Without "Sen." in the set, "Sen. Richard" is a sentence end before a capital.
  Tokenizer bare({});
  TokenizedText t = bare.Tokenize("Sen. Richard Blumenthal spoke.");
  EXPECT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(SentenceTexts(t)[0], "Sen.");
  // An initial needs no entry.
  EXPECT_EQ(bare.Tokenize("Michael T. Flynn resigned.").sentences.size(), 1u);
}

TEST(TokenizeTest, BreakAfterSentenceFinalMarks) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("Sessions met Kislyak. The meeting was brief! Was it? \"Yes,\" he said. 2017 ended.");
  ExpectWellFormed(t);
  EXPECT_EQ(SentenceTexts(t), (std::vector<std::string>{"Sessions met Kislyak.", "The meeting was brief!", "Was it?",
                                                        "\"Yes,\" he said.", "2017 ended."}));
}

TEST(TokenizeTest, ClosingQuoteStaysWithItsSentence) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("He said, “It is over.” Then he left.");
  ExpectWellFormed(t);
  EXPECT_EQ(SentenceTexts(t), (std::vector<std::string>{"He said, “It is over.”", "Then he left."}));
}

TEST(TokenizeTest, NoBreakBeforeALowerCaseWord) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("The vote was close. and then it was over.");
  EXPECT_EQ(t.sentences.size(), 1u);
}

TEST(TokenizeTest, EachLineIsItsOwnSentence) {
  Tokenizer tok = MakeTokenizer();
  const std::string text = "Sessions steps aside\n\nWASHINGTON - He met Sen.\nKislyak in July\n\n\nNo period here";
  TokenizedText t = tok.Tokenize(text);
  ExpectWellFormed(t);
  EXPECT_EQ(SentenceTexts(t), (std::vector<std::string>{"Sessions steps aside", "WASHINGTON - He met Sen.",
                                                        "Kislyak in July", "No period here"}));
  ASSERT_EQ(t.sentences.size(), 4u);
  for (uint32_t s = 0; s < 4; ++s) EXPECT_EQ(t.sentences[s].paragraph, s);
}

// Scraped text loses its line breaks to runs of spaces: three or more start a
// paragraph, after a word or a mark alike; one or two do not; a tab counts.
TEST(TokenizeTest, ARunOfThreeSpacesStartsAParagraph) {
  Tokenizer tok = MakeTokenizer();
  const std::string text = "Flynn met Kislyak.   Sessions did not  meet him,   he said \t \tagain";
  TokenizedText t = tok.Tokenize(text);
  ExpectWellFormed(t);
  auto paragraph_of = [&](std::string_view word) { return t.tokens[static_cast<size_t>(Find(t, word))].paragraph; };
  EXPECT_EQ(paragraph_of("Kislyak"), 0u);
  EXPECT_EQ(paragraph_of("Sessions"), 1u);
  EXPECT_EQ(paragraph_of("meet"), 1u);  // two spaces before it
  EXPECT_EQ(paragraph_of(","), 1u);
  EXPECT_EQ(paragraph_of("he"), 2u);
  EXPECT_EQ(paragraph_of("again"), 3u);
  EXPECT_TRUE(t.tokens[static_cast<size_t>(Find(t, "he"))].flags & kLineStart);
  EXPECT_TRUE(t.tokens[static_cast<size_t>(Find(t, "did"))].flags & kSpaceBefore);
  EXPECT_FALSE(t.tokens[static_cast<size_t>(Find(t, "did"))].flags & kLineStart);
}

TEST(TokenizeTest, HeadlineEndIsTheEndOfTheFirstNonEmptyLine) {
  Tokenizer tok = MakeTokenizer();
  EXPECT_EQ(tok.Tokenize("Sessions steps aside\n\nBody text.").headline_end, 20u);
  EXPECT_EQ(tok.Tokenize("\n\n  Headline\nBody.").headline_end, 12u);
  // A one-line text is all headline.
  EXPECT_EQ(tok.Tokenize("Only a headline").headline_end, 15u);
}

TEST(TokenizeTest, PossessivesAreTokensOfTheirOwn) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("Trump’s aide read Sessions' move and Pelosi's letter.");
  ExpectWellFormed(t);
  EXPECT_EQ(TokenTexts(t), (std::vector<std::string>{"Trump", "’s", "aide", "read", "Sessions", "'", "move", "and",
                                                     "Pelosi", "'s", "letter", "."}));
  for (int i : {1, 5, 9}) EXPECT_EQ(t.tokens[static_cast<size_t>(i)].kind, TokenKind::kPossessive) << i;
  EXPECT_EQ(t.tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(t.tokens[4].kind, TokenKind::kWord);
}

TEST(TokenizeTest, APluralNamesPossessiveBeforeACapitalizedWord) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("a report from CBS' Kylie Atwood");
  ASSERT_EQ(t.tokens.size(), 7u);
  EXPECT_EQ(t.tokens[4].kind, TokenKind::kPossessive);
  // Inside an open single quotation the apostrophe closes it.
  t = tok.Tokenize("the 'Friends of the Clintons' Democrats");
  bool possessive = false;
  for (const Token& token : t.tokens) possessive |= token.kind == TokenKind::kPossessive;
  EXPECT_FALSE(possessive);
}

TEST(TokenizeTest, InnerApostrophesAndHyphensStayInTheWord) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("O'Grady met then-ambassador Kislyak");
  EXPECT_EQ(TokenTexts(t), (std::vector<std::string>{"O'Grady", "met", "then-ambassador", "Kislyak"}));
  // A listed prefix stands apart from the word after it, lower-case too.
  Tokenizer with_prefix({"then-"});
  EXPECT_EQ(TokenTexts(with_prefix.Tokenize("then-campaign chairman and then-FBI Director")),
            (std::vector<std::string>{"then", "-", "campaign", "chairman", "and", "then", "-", "FBI", "Director"}));
}

TEST(TokenizeTest, NegationIsItsOwnToken) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("He didn't meet him; she couldn’t either.");
  ExpectWellFormed(t);
  int nt = Find(t, "n't");
  ASSERT_GE(nt, 0);
  EXPECT_EQ(t.tokens[static_cast<size_t>(nt)].kind, TokenKind::kNegation);
  ASSERT_GE(nt, 1);
  EXPECT_EQ(t.Text(t.tokens[static_cast<size_t>(nt - 1)]), "did");
  EXPECT_EQ(t.tokens[static_cast<size_t>(nt - 1)].kind, TokenKind::kWord);
  int curly = Find(t, "n’t");
  ASSERT_GE(curly, 0);
  EXPECT_EQ(t.tokens[static_cast<size_t>(curly)].kind, TokenKind::kNegation);
  EXPECT_EQ(t.Text(t.tokens[static_cast<size_t>(curly - 1)]), "could");
}

TEST(TokenizeTest, CurlyQuotesHaveTheirDirection) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("He said “no contacts” and a ‘witch hunt’ today.");
  ExpectWellFormed(t);
  int open = Find(t, "“"), close = Find(t, "”"), sopen = Find(t, "‘"), sclose = Find(t, "’");
  ASSERT_GE(open, 0);
  ASSERT_GE(close, 0);
  ASSERT_GE(sopen, 0);
  ASSERT_GE(sclose, 0);
  EXPECT_EQ(t.tokens[static_cast<size_t>(open)].kind, TokenKind::kQuote);
  EXPECT_EQ(t.tokens[static_cast<size_t>(open)].quote, QuoteMark::kOpenDouble);
  EXPECT_EQ(t.tokens[static_cast<size_t>(close)].quote, QuoteMark::kCloseDouble);
  EXPECT_EQ(t.tokens[static_cast<size_t>(sopen)].quote, QuoteMark::kOpenSingle);
  EXPECT_EQ(t.tokens[static_cast<size_t>(sclose)].kind, TokenKind::kQuote);
  EXPECT_EQ(t.tokens[static_cast<size_t>(sclose)].quote, QuoteMark::kCloseSingle);
}

TEST(TokenizeTest, StraightQuotesGetTheirDirectionFromSpacing) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("\"We met,\" he said, calling it a 'witch hunt' (\"fake\").");
  ExpectWellFormed(t);
  std::vector<QuoteMark> doubles, singles;
  for (const Token& k : t.tokens) {
    if (k.kind != TokenKind::kQuote) continue;
    (t.text[k.start] == '"' ? doubles : singles).push_back(k.quote);
  }
  EXPECT_EQ(doubles, (std::vector<QuoteMark>{QuoteMark::kOpenDouble, QuoteMark::kCloseDouble, QuoteMark::kOpenDouble,
                                             QuoteMark::kCloseDouble}));
  EXPECT_EQ(singles, (std::vector<QuoteMark>{QuoteMark::kOpenSingle, QuoteMark::kCloseSingle}));
}

TEST(TokenizeTest, LongQuotationIsQuotedAndAScareQuoteIsNot) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize(
      "Sessions said, \"I did not meet with the ambassador about the campaign.\" He called it a \"witch hunt\" "
      "on Friday.");
  ExpectWellFormed(t);
  int open = Find(t, "\"");
  int close = Find(t, "\"", static_cast<size_t>(open) + 1);
  ASSERT_GE(open, 0);
  ASSERT_GT(close, open);
  for (int k = open + 1; k < close; ++k) {
    EXPECT_TRUE(t.tokens[static_cast<size_t>(k)].flags & kQuoted) << t.Text(t.tokens[static_cast<size_t>(k)]);
  }
  for (int k = 0; k < open; ++k) EXPECT_FALSE(t.tokens[static_cast<size_t>(k)].flags & kQuoted);
  int witch = Find(t, "witch"), hunt = Find(t, "hunt"), friday = Find(t, "Friday");
  ASSERT_GE(witch, 0);
  EXPECT_FALSE(t.tokens[static_cast<size_t>(witch)].flags & kQuoted);
  EXPECT_FALSE(t.tokens[static_cast<size_t>(hunt)].flags & kQuoted);
  EXPECT_FALSE(t.tokens[static_cast<size_t>(friday)].flags & kQuoted);
  EXPECT_FALSE(t.tokens[static_cast<size_t>(Find(t, "He"))].flags & kQuoted);
}

TEST(TokenizeTest, CurlyQuotationOverSeveralSentencesIsQuoted) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("“That is the right thing. It is what the rules ask,” Sessions told reporters.");
  ExpectWellFormed(t);
  EXPECT_TRUE(t.tokens[static_cast<size_t>(Find(t, "right"))].flags & kQuoted);
  EXPECT_TRUE(t.tokens[static_cast<size_t>(Find(t, "rules"))].flags & kQuoted);
  EXPECT_FALSE(t.tokens[static_cast<size_t>(Find(t, "Sessions"))].flags & kQuoted);
  EXPECT_FALSE(t.tokens[static_cast<size_t>(Find(t, "told"))].flags & kQuoted);
}

TEST(TokenizeTest, PartyStateTag) {
  Tokenizer tok = MakeTokenizer();
  TokenizedText t = tok.Tokenize("Sen. Richard Blumenthal (D-Connecticut) said");
  ExpectWellFormed(t);
  EXPECT_EQ(TokenTexts(t),
            (std::vector<std::string>{"Sen.", "Richard", "Blumenthal", "(", "D-Connecticut", ")", "said"}));
  EXPECT_EQ(t.tokens[3].kind, TokenKind::kPunct);
  EXPECT_EQ(t.tokens[4].kind, TokenKind::kWord);
  EXPECT_EQ(t.tokens[5].kind, TokenKind::kPunct);
  EXPECT_EQ(t.sentences.size(), 1u);
}

TEST(TokenizeTest, WordsSplitsAPhrase) {
  Tokenizer tok = MakeTokenizer();
  EXPECT_EQ(tok.Words("Russia's ambassador to the U.S."),
            (std::vector<std::string_view>{"Russia", "'s", "ambassador", "to", "the", "U.S."}));
  EXPECT_EQ(tok.Words("didn't"), (std::vector<std::string_view>{"did", "n't"}));
  EXPECT_TRUE(tok.Words("").empty());
}

TEST(TokenizeTest, MultiByteTextKeepsByteOffsets) {
  Tokenizer tok = MakeTokenizer();
  const std::string text = "Andrés Manuel López Obrador met Moon Jae-in.";
  TokenizedText t = tok.Tokenize(text);
  ExpectWellFormed(t);
  int lopez = Find(t, "López");
  ASSERT_GE(lopez, 0);
  EXPECT_EQ(t.tokens[static_cast<size_t>(lopez)].start, text.find("López"));
  EXPECT_EQ(t.tokens[static_cast<size_t>(lopez)].end, text.find("López") + std::string("López").size());
  EXPECT_TRUE(t.tokens[static_cast<size_t>(Find(t, "Andrés"))].flags & kCapitalized);
  EXPECT_GE(Find(t, "Jae-in"), 0);
}

// The scan skips runs of ASCII letters and digits sixteen bytes at a time:
// every run length, ended by each kind of byte at each place in the window
// (and by the end of the text), must give the word a byte-at-a-time scan gives.
TEST(TokenizeTest, WordsOfEveryLengthEndWhereTheirLettersEnd) {
  Tokenizer tok = MakeTokenizer();
  const std::string alphabet = "aZ0zA9mQ5";
  // After the run: the bytes at the edges of the letter and digit ranges, a
  // space, punctuation, and the first byte of "é" (a letter: the word goes on).
  const std::vector<std::string> enders = {"@", "[", "`", "{", "/", ":", " ", ",", "\x7f", "\xC3\xA9"};
  for (size_t prefix = 0; prefix < 3; ++prefix) {
    for (size_t length = 1; length <= 40; ++length) {
      std::string word;
      for (size_t k = 0; k < length; ++k) word += alphabet[k % alphabet.size()];
      for (const std::string& ender : enders) {
        const std::string text = std::string(prefix, ' ') + word + ender + " x";
        TokenizedText t = tok.Tokenize(text);
        ASSERT_FALSE(t.tokens.empty());
        const std::string expected = ender == "\xC3\xA9" ? word + ender : word;
        EXPECT_EQ(t.Text(t.tokens[0]), expected) << "length " << length << ", ended by byte " << +ender[0];
      }
      // The run ends the text.
      const std::string alone = std::string(prefix, ' ') + word;  // outlives the tokens that point into it
      TokenizedText t = tok.Tokenize(alone);
      ASSERT_EQ(t.tokens.size(), 1u);
      EXPECT_EQ(t.Text(t.tokens[0]), word);
    }
  }
}

// The recognizer looks words up in the document folded in one pass: for ASCII
// that must be FoldCase exactly, and other bytes must pass untouched.
TEST(TokenizeTest, FoldAsciiLettersMatchesFoldCaseOnAscii) {
  std::string ascii = "Sen. McCONNELL, R-Ky., said: 'No 1-2-3 @[Z]` {a}'";
  std::string folded(ascii.size(), '\0');
  FoldAsciiLetters(ascii, folded.data());
  EXPECT_EQ(folded, FoldCase(ascii));
  std::string mixed = "\xC3\x89MILE \xE2\x80\x9CZola\xE2\x80\x9D";  // "ÉMILE “Zola”"
  std::string out(mixed.size(), '\0');
  FoldAsciiLetters(mixed, out.data());
  EXPECT_EQ(out, "\xC3\x89mile \xE2\x80\x9Czola\xE2\x80\x9D");
}

}  // namespace
}  // namespace newsgraph
