// ingest: files in, documents out.
//
// Contract: every Document holds valid UTF-8 `text`; all byte offsets that later
// stages produce point into `text`. For a .txt file the id is the file name
// without its extension, the first non-empty line is the headline (`title`)
// and `text` is the whole file. A .jsonl file gives one document a line from
// its `id`, `title`, `date`, `text` (and optional `source`, `url`) fields; its
// text is the title, a blank line, then the body, so offsets cover both.
#pragma once

#include <functional>
#include <string>
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
  // or a dateline in the first lines: "March 2, 2017", "2017-03-02").
  std::string date_override;
};

// A document that could not be read: reported, then skipped.
struct IngestProblem {
  std::string where;  // file or file:line
  std::string what;
};

// Expands each input (a .txt or .jsonl file, or a folder of them) and calls
// `sink` once per document, in input order (folders in name order).
// Throws Error for an input that does not exist or a folder with no texts;
// a single bad document (invalid UTF-8, empty, malformed JSON line) is added
// to `problems` and skipped.
void ReadDocuments(const std::vector<std::string>& inputs, const IngestOptions& options,
                   const std::function<void(Document&&)>& sink, std::vector<IngestProblem>* problems);

// Builds a document from text already in memory (tests, stdin).
Document MakeDocument(std::string id, std::string text, std::string date = "");

}  // namespace newsgraph
