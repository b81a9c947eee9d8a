// ingest: .txt files, folders, .jsonl files and standard input in, documents out.
#include "ingest/document.h"
#include "ingest/boilerplate.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "util/error.h"
#include "util/text.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the GoogleTest temporary directory, removed afterwards.
class IngestTest : public testing::Test {
 protected:
  void SetUp() override {
    const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::path(testing::TempDir()) / (std::string("ingest_") + info->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Write(const std::string& relative, const std::string& content) {
    fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << content;
    return p.string();
  }

  std::vector<Document> Read(const std::vector<std::string>& inputs, IngestOptions options = {}) {
    std::vector<Document> docs;
    problems_.clear();
    ReadDocuments(inputs, options, [&](Document&& d) { docs.push_back(std::move(d)); }, &problems_);
    return docs;
  }

  // The message of the Error that reading `inputs` throws ("" when none).
  std::string ErrorOf(const std::vector<std::string>& inputs, int* emitted = nullptr) {
    int count = 0;
    std::vector<IngestProblem> problems;
    try {
      ReadDocuments(inputs, {}, [&](Document&&) { ++count; }, &problems);
    } catch (const Error& e) {
      if (emitted != nullptr) *emitted = count;
      return e.what();
    }
    if (emitted != nullptr) *emitted = count;
    return "";
  }

  fs::path root_;
  std::vector<IngestProblem> problems_;
};

// --- .txt files -------------------------------------------------------------

TEST_F(IngestTest, TextFileGivesOneDocument) {
  const std::string text = "\n  Sessions met Kislyak  \n\nThe attorney general met the ambassador.\n";
  std::string path = Write("sessions-kislyak.txt", text);
  std::vector<Document> docs = Read({path});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(problems_.empty());
  const Document& d = docs[0];
  EXPECT_EQ(d.id, "sessions-kislyak");
  EXPECT_EQ(d.title, "Sessions met Kislyak");
  EXPECT_EQ(d.text, text);  // the whole file, as-is
  EXPECT_EQ(d.content_hash, ContentHash(text));
  EXPECT_EQ(d.origin, path);
  EXPECT_EQ(d.date, "");
  EXPECT_EQ(d.source, "");
}

TEST_F(IngestTest, TextFileKeepsCarriageReturnsAndByteOrderMarkInText) {
  const std::string text = "\xEF\xBB\xBFHeadline here\r\n\r\nBody.\r\n";
  std::vector<Document> docs = Read({Write("crlf.txt", text)});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].title, "Headline here");
  EXPECT_EQ(docs[0].text, text);
}

TEST_F(IngestTest, TextFileWithOneLineHasThatLineAsTitle) {
  std::vector<Document> docs = Read({Write("one.txt", "Only a headline")});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].title, "Only a headline");
}

TEST_F(IngestTest, FileWithAnotherExtensionIsReadAsText) {
  std::vector<Document> docs = Read({Write("notes.md", "Title\n\nBody.\n")});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "notes");
}

TEST_F(IngestTest, EmptyTextFileIsSkipped) {
  std::string empty = Write("empty.txt", "");
  std::string blank = Write("blank.txt", " \n\t\r\n  \n");
  std::string good = Write("good.txt", "Good\n\nText.\n");
  std::vector<Document> docs = Read({empty, blank, good});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "good");
  ASSERT_EQ(problems_.size(), 2u);
  EXPECT_EQ(problems_[0].where, empty);
  EXPECT_EQ(problems_[0].what, "empty document");
  EXPECT_EQ(problems_[1].where, blank);
  EXPECT_EQ(problems_[1].what, "empty document");
}

TEST_F(IngestTest, InvalidUtf8TextFileIsSkippedNamingTheByteOffset) {
  std::string bad = Write("bad.txt", "Headline\n\nCaf\xE9 au lait.\n");
  std::string good = Write("good.txt", "Caf\xC3\xA9\n");
  std::vector<Document> docs = Read({bad, good});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "good");
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].where, bad);
  EXPECT_NE(problems_[0].what.find("invalid UTF-8"), std::string::npos) << problems_[0].what;
  EXPECT_NE(problems_[0].what.find("byte offset 13"), std::string::npos) << problems_[0].what;
  EXPECT_NE(problems_[0].what.find("line 3"), std::string::npos) << problems_[0].what;
}

TEST_F(IngestTest, DateOverrideFillsTextDocuments) {
  IngestOptions options;
  options.date_override = "2017-03-02";
  std::vector<Document> docs = Read({Write("a.txt", "A\n")}, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].date, "2017-03-02");
}

TEST_F(IngestTest, DateInTheFileNameComesBeforeTheOverride) {
  IngestOptions options;
  options.date_override = "2017-03-02";
  std::vector<Document> docs =
      Read({Write("post_2016-09-16_burma.txt", "A\n"), Write("post_2016-02-30_x.txt", "B\n")}, options);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].date, "2016-09-16");
  EXPECT_EQ(docs[1].date, "2017-03-02");  // no such day
}

TEST_F(IngestTest, InvalidDateOverrideIsAnError) {
  std::string path = Write("a.txt", "A\n");
  for (std::string date : {"2017-3-2", "March 2, 2017", "2017-02-30", "2017"}) {
    IngestOptions options;
    options.date_override = date;
    EXPECT_THROW(Read({path}, options), Error) << date;
  }
}

// --- missing inputs and folders ---------------------------------------------

TEST_F(IngestTest, MissingInputIsAnError) {
  std::string missing = (root_ / "nope.txt").string();
  EXPECT_EQ(ErrorOf({missing}), missing + ": no such file or directory");
}

TEST_F(IngestTest, MissingInputFailsBeforeAnyDocumentIsEmitted) {
  std::string good = Write("good.txt", "Good\n");
  std::string missing = (root_ / "missing").string();
  int emitted = -1;
  EXPECT_EQ(ErrorOf({good, missing}, &emitted), missing + ": no such file or directory");
  EXPECT_EQ(emitted, 0);
}

TEST_F(IngestTest, FolderIsReadRecursivelyInPathOrder) {
  Write("corpus/b.txt", "B\n");
  Write("corpus/a.txt", "A\n");
  Write("corpus/sub/c.txt", "C\n");
  Write("corpus/sub/deeper/d.TXT", "D\n");
  Write("corpus/feed.jsonl", R"({"id": "j1", "text": "J1"})" "\n" R"({"id": "j2", "text": "J2"})" "\n");
  Write("corpus/readme.md", "not a text\n");
  Write("corpus/.hidden.txt", "hidden\n");
  Write("corpus/.git/x.txt", "hidden too\n");
  std::vector<Document> docs = Read({(root_ / "corpus").string()});
  std::vector<std::string> ids;
  for (const Document& d : docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "j1", "j2", "c", "d"}));
  EXPECT_TRUE(problems_.empty());
  EXPECT_EQ(docs[0].origin, (root_ / "corpus" / "a.txt").string());
  EXPECT_EQ(docs[2].origin, (root_ / "corpus" / "feed.jsonl").string() + ":1");
}

TEST_F(IngestTest, FolderWithoutTextsIsAnError) {
  Write("nothing/readme.md", "no texts here\n");
  fs::create_directories(root_ / "nothing" / "empty");
  std::string folder = (root_ / "nothing").string();
  EXPECT_EQ(ErrorOf({folder}), folder + ": no .txt, .jsonl or .html files (or .gz of them)");
  fs::create_directories(root_ / "void");
  EXPECT_EQ(ErrorOf({(root_ / "void").string()}), (root_ / "void").string() + ": no .txt, .jsonl or .html files (or .gz of them)");
}

TEST_F(IngestTest, InputsKeepTheirOrder) {
  std::string z = Write("z.txt", "Z\n");
  Write("dir/m.txt", "M\n");
  std::string a = Write("a.txt", "A\n");
  std::vector<Document> docs = Read({z, (root_ / "dir").string(), a});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "z");
  EXPECT_EQ(docs[1].id, "m");
  EXPECT_EQ(docs[2].id, "a");
}

// --- .jsonl files -----------------------------------------------------------

TEST_F(IngestTest, JsonLinesGivesOneDocumentPerLine) {
  std::string path = Write("feed.jsonl",
                           R"({"id": "doc-1", "title": "Pompeo meets Kim", "date": "2018-05-09", )"
                           R"("text": "Secretary of State Mike Pompeo met Kim Jong Un.", "source": "Wire"})"
                           "\n"
                           R"({"title": "", "text": "No title here.", "url": "https://example.org/x"})"
                           "\n");
  std::vector<Document> docs = Read({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(problems_.empty());

  EXPECT_EQ(docs[0].id, "doc-1");
  EXPECT_EQ(docs[0].title, "Pompeo meets Kim");
  EXPECT_EQ(docs[0].date, "2018-05-09");
  EXPECT_EQ(docs[0].source, "Wire");
  EXPECT_EQ(docs[0].text, "Pompeo meets Kim\n\nSecretary of State Mike Pompeo met Kim Jong Un.");
  EXPECT_EQ(docs[0].content_hash, ContentHash(docs[0].text));
  EXPECT_EQ(docs[0].origin, path + ":1");

  EXPECT_EQ(docs[1].id, "feed-2");  // no id: file stem and line
  EXPECT_EQ(docs[1].title, "");
  EXPECT_EQ(docs[1].text, "No title here.");
  EXPECT_EQ(docs[1].source, "https://example.org/x");
  EXPECT_EQ(docs[1].origin, path + ":2");
}

TEST_F(IngestTest, JsonLinesSkipsBlankLinesAndHandlesCrLf) {
  std::string path = Write("feed.jsonl", "\r\n" R"({"text": "one"})" "\r\n  \n" R"({"text": "two"})");
  std::vector<Document> docs = Read({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(problems_.empty());
  EXPECT_EQ(docs[0].id, "feed-2");
  EXPECT_EQ(docs[0].text, "one");
  EXPECT_EQ(docs[1].id, "feed-4");
  EXPECT_EQ(docs[1].text, "two");
}

TEST_F(IngestTest, JsonLinesNumericIdIsAccepted) {
  std::vector<Document> docs = Read({Write("n.jsonl", R"({"id": 42, "text": "x"})" "\n")});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "42");
}

TEST_F(IngestTest, BadJsonLinesAreReportedAndSkipped) {
  std::string path = Write("feed.jsonl",
                           R"({"id": "ok-1", "text": "fine"})" "\n"
                           R"({"id": "broken", "text": )" "\n"
                           R"({"id": "no-text", "title": "T"})" "\n"
                           R"(["an", "array"])" "\n"
                           "{\"id\": \"latin1\", \"text\": \"caf\xE9\"}\n"
                           R"({"id": "blank", "text": "  \n "})" "\n"
                           R"({"id": "typed", "text": 7})" "\n"
                           R"({"id": "ok-2", "text": "also fine"})" "\n");
  std::vector<Document> docs = Read({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "ok-1");
  EXPECT_EQ(docs[1].id, "ok-2");
  ASSERT_EQ(problems_.size(), 6u);
  EXPECT_EQ(problems_[0].where, path + ":2");
  EXPECT_EQ(problems_[0].what, "not valid JSON");
  EXPECT_EQ(problems_[1].where, path + ":3");
  EXPECT_EQ(problems_[1].what, "missing \"text\"");
  EXPECT_EQ(problems_[2].where, path + ":4");
  EXPECT_EQ(problems_[2].what, "not a JSON object");
  EXPECT_EQ(problems_[3].where, path + ":5");
  EXPECT_NE(problems_[3].what.find("invalid UTF-8"), std::string::npos) << problems_[3].what;
  EXPECT_EQ(problems_[4].where, path + ":6");
  EXPECT_EQ(problems_[4].what, "empty document");
  EXPECT_EQ(problems_[5].where, path + ":7");
  EXPECT_EQ(problems_[5].what, "\"text\" is not a string");
}

TEST_F(IngestTest, JsonLinesBadDateWarnsAndKeepsTheDocument) {
  std::string path = Write("feed.jsonl", R"({"id": "d", "date": "March 2, 2017", "text": "x"})" "\n"
                                         R"({"id": "e", "date": "2017-02-30", "text": "y"})" "\n");
  std::vector<Document> docs = Read({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].date, "");
  EXPECT_EQ(docs[1].date, "");
  ASSERT_EQ(problems_.size(), 2u);
  EXPECT_EQ(problems_[0].where, path + ":1");
  EXPECT_NE(problems_[0].what.find("warning"), std::string::npos) << problems_[0].what;
  EXPECT_NE(problems_[0].what.find("March 2, 2017"), std::string::npos) << problems_[0].what;
  EXPECT_EQ(problems_[1].where, path + ":2");
}

TEST_F(IngestTest, DateOverrideOnlyFillsDocumentsWithoutADate) {
  std::string path = Write("feed.jsonl", R"({"id": "dated", "date": "2018-06-12", "text": "x"})" "\n"
                                         R"({"id": "undated", "text": "y"})" "\n"
                                         R"({"id": "bad", "date": "soon", "text": "z"})" "\n");
  IngestOptions options;
  options.date_override = "2019-01-01";
  std::vector<Document> docs = Read({path}, options);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].date, "2018-06-12");
  EXPECT_EQ(docs[1].date, "2019-01-01");
  EXPECT_EQ(docs[2].date, "2019-01-01");
}

TEST_F(IngestTest, EmptyJsonLinesFileGivesNothing) {
  std::vector<Document> docs = Read({Write("empty.jsonl", "")});
  EXPECT_TRUE(docs.empty());
  EXPECT_TRUE(problems_.empty());
}

// --- standard input ---------------------------------------------------------

class StdinRedirect {
 public:
  explicit StdinRedirect(const std::string& content) : buffer_(content), old_(std::cin.rdbuf(buffer_.rdbuf())) {}
  ~StdinRedirect() {
    std::cin.rdbuf(old_);
    std::cin.clear();
  }
  StdinRedirect(const StdinRedirect&) = delete;
  StdinRedirect& operator=(const StdinRedirect&) = delete;

 private:
  std::istringstream buffer_;
  std::streambuf* old_;
};

TEST_F(IngestTest, DashReadsStandardInputAsOneTextDocument) {
  const std::string text = "Tusk meets May\n\nDonald Tusk met Theresa May in Brussels.\n";
  StdinRedirect redirect(text);
  std::vector<Document> docs = Read({"-"});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "stdin");
  EXPECT_EQ(docs[0].title, "Tusk meets May");
  EXPECT_EQ(docs[0].text, text);
  EXPECT_EQ(docs[0].content_hash, ContentHash(text));
}

TEST_F(IngestTest, EmptyStandardInputIsReported) {
  StdinRedirect redirect("");
  std::vector<Document> docs = Read({"-"});
  EXPECT_TRUE(docs.empty());
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].what, "empty document");
}

// --- MakeDocument -----------------------------------------------------------

TEST(MakeDocumentTest, FillsTitleHashAndDate) {
  Document d = MakeDocument("x", "\n\nHeadline\nBody\n", "2016-11-08");
  EXPECT_EQ(d.id, "x");
  EXPECT_EQ(d.title, "Headline");
  EXPECT_EQ(d.text, "\n\nHeadline\nBody\n");
  EXPECT_EQ(d.date, "2016-11-08");
  EXPECT_EQ(d.content_hash, ContentHash("\n\nHeadline\nBody\n"));
}

TEST(MakeDocumentTest, EmptyTextHasEmptyTitle) {
  Document d = MakeDocument("e", "");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.date, "");
}

// The furniture is blanked with spaces, so the words after it keep their offsets.
std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if ((c == ' ' || c == '\n') && !out.empty() && (out.back() == ' ' || out.back() == '\n')) continue;
    out += c;
  }
  return out;
}

TEST(BoilerplateTest, LinkBlurbsAreBlankedAfterTheName) {
  std::string text =
      "Sens. Claire McCaskill Claire Conner McCaskillEx-CIA chief worries campaigns falling short Trump nominees "
      "meet fiercest opposition MORE (D-Mo.) and John McCain John Sidney McCain2020 Democrats make play for "
      "veterans' votes MORE (R-Ariz.) spoke. Then MORE people came.\n";
  const std::string original = text;
  EXPECT_EQ(BlankLinkBlurbs(&text), 2u);
  EXPECT_EQ(text.size(), original.size());
  EXPECT_EQ(text.find("(R-Ariz.)"), original.find("(R-Ariz.)"));
  EXPECT_EQ(Squeezed(text), "Sens. Claire McCaskill (D-Mo.) and John McCain (R-Ariz.) spoke. Then MORE people came.\n");
}

TEST(BoilerplateTest, ABlurbAfterTheNameGivenAgainInFull) {
  std::string text =
      "Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to Romney's Social Security plan MORE "
      "(R-Wis.) said the House will follow.\n";
  EXPECT_EQ(BlankLinkBlurbs(&text), 1u);
  EXPECT_EQ(Squeezed(text), "Speaker Paul Ryan (R-Wis.) said the House will follow.\n");
}

TEST(BoilerplateTest, TextWithoutAGluedSurnameIsLeftAlone) {
  std::string text = "READ MORE:\n\nThe McConnell plan got MORE votes, said Mitch McConnell.\n";
  const std::string original = text;
  EXPECT_EQ(BlankLinkBlurbs(&text), 0u);
  EXPECT_EQ(text, original);
}

TEST(BoilerplateTest, GalleryCountersAndTitlesAreBlanked) {
  std::string text =
      "Photos: Victims of the attacks Jean Cabut was a cartoonist. Hide Caption 1 of 2 Photos: Victims of the "
      "attacks Georges Wolinski, 80, was a political cartoonist. Hide Caption 2 of 2\n\nThe end.\n";
  const std::string original = text;
  EXPECT_EQ(BlankGalleryMarkers(&text), 4u);
  EXPECT_EQ(text.size(), original.size());
  EXPECT_EQ(Squeezed(text),
            "\nJean Cabut was a cartoonist. Georges Wolinski, 80, was a political cartoonist. The end.\n");
}

TEST(BoilerplateTest, VideoPlayersAreBlanked) {
  std::string text =
      "Obama spoke. JUST WATCHED Obama angry about gun bill failure Replay More Videos ... MUST WATCH Obama angry "
      "about gun bill failure 01:43\n\n\"This was a pretty shameful day,\" Obama said.\n";
  const std::string original = text;
  EXPECT_EQ(BlankVideoPlayers(&text), 1u);
  EXPECT_EQ(text.size(), original.size());
  EXPECT_EQ(Squeezed(text), "Obama spoke. \"This was a pretty shameful day,\" Obama said.\n");
  // Without a duration, up to "...".
  text = "JUST WATCHED Flynn talks Replay More Videos ... Flynn said.";
  EXPECT_EQ(BlankVideoPlayers(&text), 1u);
  EXPECT_EQ(Squeezed(text), "\nFlynn said.");
}

}  // namespace
}  // namespace newsgraph
