#include "ingest/document.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <simdjson.h>
#include <optional>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "ingest/boilerplate.h"
#include "ingest/dateline.h"
#include "ingest/html_text.h"
#include "ingest/input_stream.h"
#include "util/date.h"
#include "util/error.h"
#include "util/files.h"
#include "util/text.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

enum class InputKind { kText, kJsonLines, kHtml };

struct InputFile {
  std::string path;  // "-" for standard input
  InputKind kind;
};

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// The extension that tells the format: ".jsonl" for "a.jsonl.gz".
std::string FormatExtension(const fs::path& p) {
  std::string extension = LowerAscii(p.extension().string());
  if (extension == ".gz") extension = LowerAscii(p.stem().extension().string());
  return extension;
}

std::optional<InputKind> KindOf(const fs::path& p) {
  std::string extension = FormatExtension(p);
  if (extension == ".txt") return InputKind::kText;
  if (extension == ".jsonl") return InputKind::kJsonLines;
  if (extension == ".html" || extension == ".htm") return InputKind::kHtml;
  return std::nullopt;
}

// "story" for "dir/story.txt.gz".
std::string DocumentStem(const fs::path& p) {
  fs::path name = p.filename();
  if (LowerAscii(name.extension().string()) == ".gz") name = name.stem();
  return name.stem().string();
}

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// True when `s` holds nothing but white space (ASCII, or a byte-order mark).
bool IsBlank(std::string_view s) {
  if (s.substr(0, kBom.size()) == kBom) s.remove_prefix(kBom.size());
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// The first non-empty line, trimmed (a leading byte-order mark dropped).
std::string FirstLine(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = Trim(text.substr(0, end));
    if (!line.empty()) return std::string(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return "";
}

// 1-based line number of byte `offset` in `text`.
size_t LineOf(std::string_view text, size_t offset) {
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Expands the command-line inputs into the files to read, in order; throws
// for an input that does not exist and for a folder with nothing to read.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& inputs) {
  std::vector<InputFile> files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.push_back({input, InputKind::kText});
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
        throw Error(input + ": " + ec.message());
      }
      throw Error(input + ": no such file or directory");
    }
    if (!fs::is_directory(status)) {
      files.push_back({input, KindOf(input).value_or(InputKind::kText)});
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw Error(input + ": " + ec.message());
    for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
      if (ec) throw Error(input + ": " + ec.message());
      const fs::path& p = it->path();
      if (IsHidden(p)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      if (KindOf(p)) found.push_back(p);
    }
    if (ec) throw Error(input + ": " + ec.message());
    if (found.empty()) throw Error(input + ": no .txt, .jsonl or .html files (or .gz of them)");
    std::sort(found.begin(), found.end());
    for (const fs::path& p : found) {
      files.push_back({p.string(), *KindOf(p)});
    }
  }
  return files;
}

// Bytes of an input file as stored; 0 for standard input or when unknown.
uint64_t FileSize(const std::string& path) {
  if (path == "-") return 0;
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  return ec ? 0 : static_cast<uint64_t>(size);
}

// A document without a date field takes the date of its dateline, else the
// one its id (a file's name) holds ("wash-post_2016-09-16_burma.txt"), else --date.
void FillDate(Document* doc, const IngestOptions& options) {
  if (doc->date.empty()) doc->date = FindDateline(doc->text);
  if (doc->date.empty()) doc->date = FindDateline(doc->id);
  if (doc->date.empty()) doc->date = options.date_override;
}

// A string field of a JSON line into `*out` (left nullopt when absent or
// null). False, with `*error` set, when present with another type.
bool StringField(simdjson::dom::object object, const char* name, bool allow_number, std::optional<std::string>* out,
                 std::string* error) {
  simdjson::dom::element value;
  if (object[name].get(value) != simdjson::SUCCESS) return true;
  switch (value.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
      return true;
    case simdjson::dom::element_type::STRING:
      *out = std::string(std::string_view(value));
      return true;
    case simdjson::dom::element_type::INT64:
      if (!allow_number) break;
      *out = std::to_string(int64_t(value));
      return true;
    case simdjson::dom::element_type::UINT64:
      if (!allow_number) break;
      *out = std::to_string(uint64_t(value));
      return true;
    default:
      break;
  }
  *error = std::string("\"") + name + "\" is not a string";
  return false;
}

// Reads the files one after the other; remembers the texts seen so that a
// repeated one is skipped.
class DocumentReader {
 public:
  DocumentReader(const IngestOptions& options, const std::function<void(Document&&)>& sink,
                 std::vector<IngestProblem>* problems, IngestProgress* progress)
      : options_(options), sink_(sink), problems_(problems), progress_(progress) {
    for (const std::string& hash : options.known_hashes) seen_.emplace(hash, "");
  }

  void Read(const InputFile& file) {
    uint64_t consumed_before = progress_->consumed_bytes;
    try {
      if (file.path == "-") {
        // Through std::cin, which the caller may have redirected.
        std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
        if (std::cin.bad()) throw Error("-: cannot read standard input");
        EmitText(file, std::move(text));
        return;
      }
      InputStream stream(file.path);
      stream_ = &stream;
      file_start_ = consumed_before;
      switch (file.kind) {
        case InputKind::kJsonLines:
          ReadJsonLines(file.path, stream);
          break;
        case InputKind::kHtml:
        case InputKind::kText:
          ReadWholeFile(file, stream);
          break;
      }
    } catch (const Error& e) {
      // The message names the file already.
      Report(file.path == "-" ? "stdin" : file.path, StripFilePrefix(e.what(), file.path), "unreadable");
    }
    stream_ = nullptr;
    progress_->consumed_bytes = consumed_before + FileSize(file.path);
  }

 private:
  static std::string StripFilePrefix(std::string message, const std::string& path) {
    if (message.rfind(path + ": ", 0) == 0) message.erase(0, path.size() + 2);
    return message;
  }

  void Report(std::string where, std::string what, std::string reason) {
    if (problems_ != nullptr) problems_->push_back({std::move(where), std::move(what), std::move(reason)});
  }

  void ReadWholeFile(const InputFile& file, InputStream& stream) {
    std::string where = file.path == "-" ? "stdin" : file.path;
    std::string content;
    try {
      content = stream.ReadAll(options_.max_document_bytes);
    } catch (const Error& e) {
      std::string message = StripFilePrefix(e.what(), where);
      Report(where, message, message.find("document limit") != std::string::npos ? "oversized" : "unreadable");
      return;
    }
    EmitText(file, std::move(content));
  }

  // One .txt or .html document, its bytes in `content`.
  void EmitText(const InputFile& file, std::string content) {
    std::string where = file.path == "-" ? "stdin" : file.path;
    std::string id = file.path == "-" ? "stdin" : DocumentStem(file.path);
    size_t bad = FindInvalidUtf8(content);
    if (bad != std::string::npos) {
      Report(where,
             "invalid UTF-8 at byte offset " + std::to_string(bad) + " (line " +
                 std::to_string(LineOf(content, bad)) + ")",
             "invalid UTF-8");
      return;
    }
    if (file.kind == InputKind::kHtml) {
      HtmlText html = ExtractHtmlText(content);
      content.clear();
      if (IsBlank(html.text)) {
        Report(where, "no readable text in the page", "empty");
        return;
      }
      Document doc = MakeDocument(std::move(id), std::move(html.text), std::move(html.date));
      doc.title = std::move(html.title);
      Emit(std::move(doc), where);
      return;
    }
    if (IsBlank(content)) {
      Report(where, "empty document", "empty");
      return;
    }
    Emit(MakeDocument(std::move(id), std::move(content)), where);
  }

  void ReadJsonLines(const std::string& path, InputStream& stream) {
    const std::string stem = DocumentStem(path);
    std::string line_buffer;
    bool too_long = false;
    size_t line_number = 0;
    while (stream.NextLine(&line_buffer, options_.max_document_bytes, &too_long)) {
      ++line_number;
      std::string where = path + ":" + std::to_string(line_number);
      if (too_long) {
        Report(where, "line longer than the " + std::to_string(options_.max_document_bytes >> 20) +
                          " MiB document limit",
               "oversized");
        continue;
      }
      std::string_view line = line_buffer;
      if (line_number == 1 && line.substr(0, kBom.size()) == kBom) line.remove_prefix(kBom.size());
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (IsBlank(line)) continue;
      ReadJsonLine(line, stem, line_number, where);
    }
  }

  void ReadJsonLine(std::string_view line, const std::string& stem, size_t line_number, const std::string& where) {
    size_t bad = FindInvalidUtf8(line);
    if (bad != std::string::npos) {
      Report(where, "invalid UTF-8 at byte " + std::to_string(bad) + " of the line", "invalid UTF-8");
      return;
    }
    simdjson::dom::element parsed;
    if (json_parser_.parse(line.data(), line.size()).get(parsed) != simdjson::SUCCESS) {
      Report(where, "not valid JSON", "malformed");
      return;
    }
    simdjson::dom::object object;
    if (parsed.get(object) != simdjson::SUCCESS) {
      Report(where, "not a JSON object", "malformed");
      return;
    }
    std::optional<std::string> id, title, date, text, source, url;
    std::string error;
    if (!StringField(object, "id", /*allow_number=*/true, &id, &error) ||
        !StringField(object, "title", false, &title, &error) || !StringField(object, "date", false, &date, &error) ||
        !StringField(object, "text", false, &text, &error) ||
        !StringField(object, "source", false, &source, &error) || !StringField(object, "url", false, &url, &error)) {
      Report(where, error, "malformed");
      return;
    }
    if (!text) {
      Report(where, "missing \"text\"", "malformed");
      return;
    }
    if (IsBlank(*text)) {
      Report(where, "empty document", "empty");
      return;
    }
    Document doc;
    doc.id = id && !Trim(*id).empty() ? std::string(Trim(*id)) : stem + "-" + std::to_string(line_number);
    doc.title = title ? std::string(Trim(*title)) : "";
    doc.text = doc.title.empty() ? std::move(*text) : doc.title + "\n\n" + *text;
    if (date && !Trim(*date).empty()) {
      std::string_view d = Trim(*date);
      if (d.size() == 10 && ParseDate(d)) {
        doc.date = std::string(d);
      } else {
        Report(where, "warning: date \"" + std::string(d) + "\" is not YYYY-MM-DD; ignored", "");
      }
    }
    if (source && !source->empty()) {
      doc.source = *source;
    } else if (url) {
      doc.source = *url;
    }
    doc.content_hash = ContentHash(doc.text);
    Emit(std::move(doc), where);
  }

  void Emit(Document doc, const std::string& where) {
    doc.origin = where;
    auto duplicate = [&](const std::string& first) {
      Report(where, "same text as " + (first.empty() ? std::string("a document already indexed") : first) + " (already indexed)",
             "duplicate");
    };
    if (options_.fnv_content_hash) {
      // Merged with a newer index, an old one holds both kinds of hash.
      if (auto it = seen_.find(doc.content_hash); it != seen_.end()) return duplicate(it->second);
      doc.content_hash = FnvContentHash(doc.text);
    }
    if (auto [it, fresh] = seen_.emplace(doc.content_hash, where); !fresh) return duplicate(it->second);
    BlankLinkBlurbs(&doc.text);
    BlankGalleryMarkers(&doc.text);
    BlankVideoPlayers(&doc.text);
    FillDate(&doc, options_);
    // The stream's offset costs a system call: every 16th document is often enough for a progress line.
    if (stream_ != nullptr && (++emitted_ & 15u) == 0) {
      progress_->consumed_bytes = file_start_ + stream_->consumed_bytes();
    }
    sink_(std::move(doc));
  }

  const IngestOptions& options_;
  const std::function<void(Document&&)>& sink_;
  std::vector<IngestProblem>* problems_;
  IngestProgress* progress_;
  // content hash -> where it was first read ("" for one indexed before)
  StringMap<std::string> seen_;
  InputStream* stream_ = nullptr;
  uint64_t file_start_ = 0;
  uint64_t emitted_ = 0;
  simdjson::dom::parser json_parser_;  // reused: it keeps its buffers between lines
};

}  // namespace

void ReadDocuments(const std::vector<std::string>& inputs, const IngestOptions& options,
                   const std::function<void(Document&&)>& sink, std::vector<IngestProblem>* problems,
                   IngestProgress* progress) {
  if (!options.date_override.empty() &&
      (options.date_override.size() != 10 || !ParseDate(options.date_override))) {
    throw Error("--date " + options.date_override + ": not a YYYY-MM-DD date");
  }
  // Every input is checked before the first document goes out, so a typo in
  // the last argument fails at once rather than after a long run.
  std::vector<InputFile> files = ExpandInputs(inputs);
  IngestProgress local_progress;
  if (progress == nullptr) progress = &local_progress;
  for (const InputFile& file : files) progress->total_bytes += FileSize(file.path);
  DocumentReader reader(options, sink, problems, progress);
  for (const InputFile& file : files) reader.Read(file);
}

uint64_t TotalInputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const InputFile& file : ExpandInputs(inputs)) total += FileSize(file.path);
  return total;
}

Document MakeDocument(std::string id, std::string text, std::string date) {
  Document doc;
  doc.title = FirstLine(text);
  doc.content_hash = ContentHash(text);
  doc.origin = id;
  doc.id = std::move(id);
  doc.text = std::move(text);
  doc.date = std::move(date);
  return doc;
}

}  // namespace newsgraph
