// ingest at corpus scale: HTML pages, gzip, deduplication, oversized and
// unreadable documents (reported with file and line, counted by reason).
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/html_text.h"
#include "util/text.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using test::TempDir;
using test::WriteFile;

std::string WriteGzip(const std::string& path, const std::string& content) {
  test::fs::create_directories(test::fs::path(path).parent_path());
  gzFile gz = gzopen(path.c_str(), "wb");
  EXPECT_NE(gz, nullptr);
  gzwrite(gz, content.data(), static_cast<unsigned>(content.size()));
  gzclose(gz);
  return path;
}

struct ReadResult {
  std::vector<Document> documents;
  std::vector<IngestProblem> problems;
};

ReadResult Read(const std::vector<std::string>& inputs, IngestOptions options = {}) {
  ReadResult r;
  ReadDocuments(inputs, options, [&](Document&& d) { r.documents.push_back(std::move(d)); }, &r.problems);
  return r;
}

const char kPage[] = R"(<!DOCTYPE html>
<html><head><title>Site | Sessions recuses</title>
<meta property="article:published_time" content="2017-03-02T18:00:00Z">
<script>var tracking = "Kislyak";</script><style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<header class="masthead">The Daily Example</header>
<article>
<h1>Sessions recuses himself</h1>
<p>Attorney General Jeff Sessions said on Thursday that he would
   recuse himself.</p>
<figure><img src="a.jpg"><figcaption>Jeff Sessions in 2017.</figcaption></figure>
<p>Related: <a href="/x">Other story about Kislyak</a></p>
<p class="photo-caption">Photo: someone</p>
<p>He met with Russian Ambassador Sergey Kislyak &amp; others.</p>
</article>
<footer>Copyright</footer>
</body></html>
)";

TEST(HtmlTextTest, KeepsTheStoryAndDropsThePage) {
  HtmlText page = ExtractHtmlText(kPage);
  EXPECT_EQ(page.title, "Sessions recuses himself");
  EXPECT_EQ(page.date, "2017-03-02");
  EXPECT_EQ(page.text,
            "Sessions recuses himself\n\n"
            "Attorney General Jeff Sessions said on Thursday that he would recuse himself.\n\n"
            "He met with Russian Ambassador Sergey Kislyak & others.");
}

TEST(HtmlTextTest, TitleElementWhenThereIsNoHeading) {
  HtmlText page = ExtractHtmlText("<html><head><title>Just a title</title></head><body><div>Body text.</div></body></html>");
  EXPECT_EQ(page.title, "Just a title");
  EXPECT_EQ(page.text, "Just a title\n\nBody text.");
}

TEST(HtmlTextTest, BrokenMarkupStillGivesText) {
  HtmlText page = ExtractHtmlText("<p>One <b>bold<p>Two</i></div>");
  EXPECT_EQ(page.text, "One bold\n\nTwo");
}

TEST(CorpusInputsTest, ReadsHtmlAndGzipInFoldersRecursively) {
  TempDir dir;
  WriteFile(dir / "in/a/page.html", kPage);
  WriteGzip(dir / "in/b/story.txt.gz", "Plain story\n\nSessions spoke.\n");
  WriteGzip(dir / "in/b/feed.jsonl.gz",
            "{\"id\": \"j1\", \"title\": \"T1\", \"text\": \"Body one.\", \"date\": \"2019-01-02\"}\n"
            "{\"id\": \"j2\", \"text\": \"Body two.\"}\n");
  WriteFile(dir / "in/b/ignored.csv", "x,y\n");
  ReadResult r = Read({dir / "in"});
  ASSERT_EQ(r.documents.size(), 4u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.documents[0].id, "page");
  EXPECT_EQ(r.documents[0].date, "2017-03-02");
  EXPECT_EQ(r.documents[0].title, "Sessions recuses himself");
  EXPECT_EQ(r.documents[1].id, "j1");
  EXPECT_EQ(r.documents[1].text, "T1\n\nBody one.");
  EXPECT_EQ(r.documents[2].id, "j2");
  EXPECT_EQ(r.documents[3].id, "story");
  EXPECT_EQ(r.documents[3].title, "Plain story");
}

TEST(CorpusInputsTest, SameTextTwiceIsOneDocument) {
  TempDir dir;
  std::string a = WriteFile(dir / "a.txt", "Same words.\n");
  std::string b = WriteFile(dir / "b.txt", "Same words.\n");
  std::string feed = WriteFile(dir / "feed.jsonl",
                               "{\"id\": \"x\", \"text\": \"Other words.\"}\n"
                               "{\"id\": \"y\", \"text\": \"Other words.\"}\n");
  ReadResult r = Read({a, b, feed});
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].id, "a");
  EXPECT_EQ(r.documents[1].id, "x");
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].where, b);
  EXPECT_EQ(r.problems[0].reason, "duplicate");
  EXPECT_NE(r.problems[0].what.find(a), std::string::npos) << r.problems[0].what;
  EXPECT_EQ(r.problems[1].where, feed + ":2");
}

TEST(CorpusInputsTest, KnownHashesAreDuplicates) {
  TempDir dir;
  std::string a = WriteFile(dir / "a.txt", "Already indexed.\n");
  IngestOptions options;
  options.known_hashes.insert(MakeDocument("old", "Already indexed.\n").content_hash);
  ReadResult r = Read({a}, options);
  EXPECT_TRUE(r.documents.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].reason, "duplicate");
}

TEST(CorpusInputsTest, ContentHashesAreXxh3AndOldIndexesKeepFnv) {
  // Fixed values: an index on disk holds them, so they must not change.
  EXPECT_EQ(ContentHash(""), "xxh3-2d06800538d394c2");
  EXPECT_EQ(FnvContentHash(""), "14650fb0739d0383");  // not the standard's basis: see text.h
  EXPECT_EQ(FnvContentHash("a"), "44bd8ad473cd9906");
  EXPECT_TRUE(IsFnvContentHash(FnvContentHash("Already indexed.\n")));
  EXPECT_FALSE(IsFnvContentHash(ContentHash("Already indexed.\n")));

  // Appending to an index of FNV hashes (an older newsgraph's): new documents
  // get FNV hashes, and a text in it, or read before in the run, is a duplicate.
  TempDir dir;
  std::string old_text = WriteFile(dir / "a.txt", "Indexed by an older newsgraph.\n");
  std::string merged_text = WriteFile(dir / "b.txt", "Indexed by a newer one, then merged.\n");
  std::string fresh = WriteFile(dir / "c.txt", "New.\n");
  std::string again = WriteFile(dir / "d.txt", "New.\n");
  IngestOptions options;
  options.fnv_content_hash = true;
  options.known_hashes.insert(FnvContentHash("Indexed by an older newsgraph.\n"));
  options.known_hashes.insert(ContentHash("Indexed by a newer one, then merged.\n"));
  ReadResult r = Read({old_text, merged_text, fresh, again}, options);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "c");
  EXPECT_EQ(r.documents[0].content_hash, FnvContentHash("New.\n"));
  ASSERT_EQ(r.problems.size(), 3u);
  for (const auto& p : r.problems) EXPECT_EQ(p.reason, "duplicate") << p.where;
}

TEST(CorpusInputsTest, BadDocumentsAreReportedWithLineAndReason) {
  TempDir dir;
  std::string feed = WriteFile(dir / "feed.jsonl",
                               "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n"
                               "{\"id\": \"broken\", \"text\": \n"
                               "{\"id\": \"bad\", \"text\": \"\xff\xfe\"}\n"
                               "{\"id\": \"big\", \"text\": \"" + std::string(3000, 'x') + "\"}\n"
                               "{\"id\": \"ok2\", \"text\": \"Also fine.\"}\n");
  IngestOptions options;
  options.max_document_bytes = 1000;
  ReadResult r = Read({feed}, options);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[1].id, "ok2");
  EXPECT_EQ(r.documents[1].origin, feed + ":5");
  ASSERT_EQ(r.problems.size(), 3u);
  EXPECT_EQ(r.problems[0].where, feed + ":2");
  EXPECT_EQ(r.problems[0].reason, "malformed");
  EXPECT_EQ(r.problems[1].where, feed + ":3");
  EXPECT_EQ(r.problems[1].reason, "invalid UTF-8");
  EXPECT_EQ(r.problems[2].where, feed + ":4");
  EXPECT_EQ(r.problems[2].reason, "oversized");
}

TEST(CorpusInputsTest, OversizedAndCorruptFilesAreSkipped) {
  TempDir dir;
  std::string big = WriteFile(dir / "big.txt", std::string(5000, 'y'));
  std::string corrupt = WriteFile(dir / "corrupt.txt.gz", std::string("\x1f\x8b\x08\x00garbage", 12));
  std::string good = WriteFile(dir / "good.txt", "Good.\n");
  IngestOptions options;
  options.max_document_bytes = 1000;
  ReadResult r = Read({big, corrupt, good}, options);
  ASSERT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].where, big);
  EXPECT_EQ(r.problems[0].reason, "oversized");
  EXPECT_EQ(r.problems[1].where, corrupt);
  EXPECT_EQ(r.problems[1].reason, "unreadable");
}

TEST(CorpusInputsTest, TruncatedGzipKeepsTheLinesBeforeTheCut) {
  TempDir dir;
  std::string full = WriteGzip(dir / "full.jsonl.gz", [] {
    std::string lines;
    for (int i = 0; i < 2000; ++i) {
      lines += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Text number " + std::to_string(i) + ".\"}\n";
    }
    return lines;
  }());
  std::string bytes = test::ReadFileText(full);
  std::string cut = WriteFile(dir / "cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  ReadResult r = Read({cut});
  EXPECT_GT(r.documents.size(), 0u);
  EXPECT_LT(r.documents.size(), 2000u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, cut);
  EXPECT_EQ(r.problems[0].reason, "unreadable");
}

}  // namespace
}  // namespace newsgraph
