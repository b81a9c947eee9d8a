#include "ingest/document.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>

#include "ingest/dateline.h"
#include "util/date.h"
#include "util/error.h"
#include "util/files.h"
#include "util/text.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

enum class InputKind { kText, kJsonLines, kStdin };

struct InputFile {
  std::string path;
  InputKind kind;
};

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool IsJsonLinesPath(const fs::path& p) { return LowerAscii(p.extension().string()) == ".jsonl"; }
bool IsTextPath(const fs::path& p) { return LowerAscii(p.extension().string()) == ".txt"; }

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

void Report(std::vector<IngestProblem>* problems, std::string where, std::string what) {
  if (problems != nullptr) problems->push_back({std::move(where), std::move(what)});
}

// Expands the command-line inputs into the files to read, in order; throws
// for an input that does not exist and for a folder with nothing to read.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& inputs) {
  std::vector<InputFile> files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.push_back({input, InputKind::kStdin});
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
      files.push_back({input, IsJsonLinesPath(input) ? InputKind::kJsonLines : InputKind::kText});
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
      if (IsTextPath(p) || IsJsonLinesPath(p)) found.push_back(p);
    }
    if (ec) throw Error(input + ": " + ec.message());
    if (found.empty()) throw Error(input + ": no .txt or .jsonl files");
    std::sort(found.begin(), found.end());
    for (const fs::path& p : found) {
      files.push_back({p.string(), IsJsonLinesPath(p) ? InputKind::kJsonLines : InputKind::kText});
    }
  }
  return files;
}

// Applies --date to a document without its own date.
void FillDate(Document* doc, const IngestOptions& options) {
  if (doc->date.empty()) doc->date = FindDateline(doc->text);
  if (doc->date.empty()) doc->date = options.date_override;
}

// One plain-text document: `id`, read from `where`.
void EmitText(std::string id, std::string text, const std::string& where, const IngestOptions& options,
              const std::function<void(Document&&)>& sink, std::vector<IngestProblem>* problems) {
  size_t bad = FindInvalidUtf8(text);
  if (bad != std::string::npos) {
    Report(problems, where,
           "invalid UTF-8 at byte offset " + std::to_string(bad) + " (line " + std::to_string(LineOf(text, bad)) + ")");
    return;
  }
  if (IsBlank(text)) {
    Report(problems, where, "empty document");
    return;
  }
  Document doc = MakeDocument(std::move(id), std::move(text));
  doc.origin = where;
  FillDate(&doc, options);
  sink(std::move(doc));
}

void ReadTextFile(const std::string& path, const IngestOptions& options, const std::function<void(Document&&)>& sink,
                  std::vector<IngestProblem>* problems) {
  std::string text;
  try {
    text = ReadFile(path);
  } catch (const Error& e) {
    Report(problems, path, e.what());
    return;
  }
  EmitText(fs::path(path).stem().string(), std::move(text), path, options, sink, problems);
}

void ReadStdin(const IngestOptions& options, const std::function<void(Document&&)>& sink,
               std::vector<IngestProblem>* problems) {
  std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  if (std::cin.bad()) throw Error("-: cannot read standard input");
  EmitText("stdin", std::move(text), "stdin", options, sink, problems);
}

// A string field of a JSON line into `*out` (left nullopt when absent or
// null). False, with `*error` set, when present with another type.
bool StringField(const nlohmann::json& object, const char* name, bool allow_number, std::optional<std::string>* out,
                 std::string* error) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return true;
  if (it->is_string()) {
    *out = it->get<std::string>();
    return true;
  }
  if (allow_number && it->is_number_integer()) {
    *out = it->dump();
    return true;
  }
  *error = std::string("\"") + name + "\" is not a string";
  return false;
}

void ReadJsonLine(std::string_view line, const std::string& stem, size_t line_number, const std::string& where,
                  const IngestOptions& options, const std::function<void(Document&&)>& sink,
                  std::vector<IngestProblem>* problems) {
  size_t bad = FindInvalidUtf8(line);
  if (bad != std::string::npos) {
    Report(problems, where, "invalid UTF-8 at byte " + std::to_string(bad) + " of the line");
    return;
  }
  nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded()) {
    Report(problems, where, "not valid JSON");
    return;
  }
  if (!object.is_object()) {
    Report(problems, where, "not a JSON object");
    return;
  }
  std::optional<std::string> id, title, date, text, source, url;
  std::string error;
  if (!StringField(object, "id", /*allow_number=*/true, &id, &error) ||
      !StringField(object, "title", false, &title, &error) || !StringField(object, "date", false, &date, &error) ||
      !StringField(object, "text", false, &text, &error) ||
      !StringField(object, "source", false, &source, &error) || !StringField(object, "url", false, &url, &error)) {
    Report(problems, where, error);
    return;
  }
  if (!text) {
    Report(problems, where, "missing \"text\"");
    return;
  }
  if (IsBlank(*text)) {
    Report(problems, where, "empty document");
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
      Report(problems, where, "warning: date \"" + std::string(d) + "\" is not YYYY-MM-DD; ignored");
    }
  }
  if (source && !source->empty()) {
    doc.source = *source;
  } else if (url) {
    doc.source = *url;
  }
  doc.content_hash = ContentHash(doc.text);
  doc.origin = where;
  FillDate(&doc, options);
  sink(std::move(doc));
}

void ReadJsonLinesFile(const std::string& path, const IngestOptions& options,
                       const std::function<void(Document&&)>& sink, std::vector<IngestProblem>* problems) {
  std::string content;
  try {
    content = ReadFile(path);
  } catch (const Error& e) {
    Report(problems, path, e.what());
    return;
  }
  const std::string stem = fs::path(path).stem().string();
  std::string_view rest = content;
  size_t line_number = 0;
  while (!rest.empty()) {
    ++line_number;
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (line_number == 1 && line.substr(0, kBom.size()) == kBom) line.remove_prefix(kBom.size());
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line)) continue;
    ReadJsonLine(line, stem, line_number, path + ":" + std::to_string(line_number), options, sink, problems);
  }
}

}  // namespace

void ReadDocuments(const std::vector<std::string>& inputs, const IngestOptions& options,
                   const std::function<void(Document&&)>& sink, std::vector<IngestProblem>* problems) {
  if (!options.date_override.empty() &&
      (options.date_override.size() != 10 || !ParseDate(options.date_override))) {
    throw Error("--date " + options.date_override + ": not a YYYY-MM-DD date");
  }
  // Every input is checked before the first document goes out, so a typo in
  // the last argument fails at once rather than after a long run.
  for (const InputFile& file : ExpandInputs(inputs)) {
    switch (file.kind) {
      case InputKind::kStdin:
        ReadStdin(options, sink, problems);
        break;
      case InputKind::kJsonLines:
        ReadJsonLinesFile(file.path, options, sink, problems);
        break;
      case InputKind::kText:
        ReadTextFile(file.path, options, sink, problems);
        break;
    }
  }
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
