// ingest: files in, documents out.
//
// Contract: every Document holds valid UTF-8 `text`; all byte offsets that later
// stages produce point into `text`. For a .txt file the id is the file name
// without its extension, the first non-empty line is the headline (`title`)
// and `text` is the whole file. A .jsonl file gives one document a line from
// its `id`, `title`, `date`, `text` (and optional `source`, `url`) fields; its
// text is the title, a blank line, then the body, so offsets cover both. An
// .html/.htm file gives its readable text (ingest/html_text.h). Any of them
// may be gzip-compressed (".gz" appended). Two documents with the same text
// (content hash) are one: the later is reported as a duplicate and skipped.
// After hashing, web-page furniture in `text` (inline link blurbs, gallery
// markers: ingest/boilerplate.h) is blanked with spaces, offsets unchanged.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

namespace newsgraph {

struct Document {
  std::string id;
  std::string title;
  std::string date;    // YYYY-MM-DD, or empty when unknown
  std::string source;  // outlet or URL, when known
  std::string text;
  std::string content_hash;
  std::string origin;  // "path" or "path:line", for messages
};

struct IngestOptions {
  // --date: applies to documents without a date of their own (a `date` field,
  // a dateline in the first lines: "March 2, 2017", "2017-03-02", or a date
  // in the id: "wash-post_2016-09-16_burma" from that file's name).
  std::string date_override;
  // A document (or JSON line) larger than this is reported and skipped.
  size_t max_document_bytes = size_t{64} << 20;
  // Texts already indexed (content hashes): documents with these are duplicates.
  std::unordered_set<std::string> known_hashes;
  // Hash documents as indexes written before ContentHash changed did
  // (FnvContentHash), so that they compare with such an index's known_hashes.
  bool fnv_content_hash = false;
};

// How far reading has got, for a progress line: bytes of input files (as
// stored, so compressed bytes for .gz) consumed out of the total.
struct IngestProgress {
  uint64_t total_bytes = 0;
  uint64_t consumed_bytes = 0;
};

// A document that could not be read: reported, then skipped.
struct IngestProblem {
  std::string where;  // file or file:line
  std::string what;
  // Why it was skipped, for the summary ("invalid UTF-8", "empty",
  // "malformed", "oversized", "duplicate", "unreadable"); empty for a warning
  // about a document that was kept.
  std::string reason = "unreadable";
};

// Expands each input (a .txt, .jsonl or .html file, maybe gzipped, "-" for
// standard input, or a folder of them, recursively) and calls `sink` once per
// document, in input order (folders in path order). `progress` may be null.
// Throws Error for an input that does not exist or a folder with no texts;
// a single bad document (invalid UTF-8, empty, malformed JSON line) is added
// to `problems` and skipped.
void ReadDocuments(const std::vector<std::string>& inputs, const IngestOptions& options,
                   const std::function<void(Document&&)>& sink, std::vector<IngestProblem>* problems,
                   IngestProgress* progress = nullptr);

// The size in bytes of the files the inputs expand to, as ReadDocuments
// expands them (stdin counts 0). Throws Error as ReadDocuments does.
uint64_t TotalInputBytes(const std::vector<std::string>& inputs);

// Builds a document from text already in memory (tests, stdin).
Document MakeDocument(std::string id, std::string text, std::string date = "");

}  // namespace newsgraph
