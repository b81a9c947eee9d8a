#include "cli/suggest.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "ingest/document.h"
#include "pipeline/pipeline.h"
#include "util/error.h"
#include "util/text.h"

namespace newsgraph::cli {
namespace {

struct Candidate {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;
  size_t documents = 0;
  size_t mentions = 0;
  std::vector<std::string> contexts;
};

// About a line of text around a mention, on one line, the name in [brackets].
std::string ContextOf(const std::string& text, const ExtractedMention& m) {
  constexpr size_t kSide = 70;
  size_t from = m.start > kSide ? m.start - kSide : 0;
  size_t to = std::min(text.size(), static_cast<size_t>(m.end) + kSide);
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;  // UTF-8 boundary
  while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
  std::string out = (from > 0 ? "..." : "") + text.substr(from, m.start - from) + "[" +
                    text.substr(m.start, m.end - m.start) + "]" + text.substr(m.end, to - m.end) +
                    (to < text.size() ? "..." : "");
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

void AddSuggestOptions(CLI::App& cmd, SuggestOptions* o) {
  cmd.add_option("inputs", o->inputs, "Corpus: .txt files, folders of them, or .jsonl files")->required();
  cmd.add_option("--gazetteers", o->gazetteers, "Gazetteer folder or compiled .pb (default: the bundled gazetteers/)");
  cmd.add_option("--date", o->date, "Date (YYYY-MM-DD) of documents that carry none");
  cmd.add_option("--top", o->top, "How many names to list")->capture_default_str();
  cmd.add_option("--min-documents", o->min_documents, "Only names found in at least this many documents")
      ->capture_default_str();
  cmd.add_option("--contexts", o->contexts, "Example contexts to show for each name")->capture_default_str();
}

void RunSuggest(const SuggestOptions& o) {
  if (!o.date.empty() && !ParseDate(o.date)) throw Error("--date '" + o.date + "' is not YYYY-MM-DD");
  auto knowledge = LoadKnowledge(o.gazetteers.empty() ? DefaultGazetteerDir() : o.gazetteers);
  Pipeline pipeline(*knowledge);
  IngestOptions ingest;
  ingest.date_override = o.date;
  std::vector<IngestProblem> problems;
  std::map<std::string, Candidate> found;  // by id
  size_t documents = 0;
  ReadDocuments(
      o.inputs, ingest,
      [&](Document&& doc) {
        DocumentExtraction x = pipeline.Extract(std::move(doc));
        for (const ExtractedEntity& e : x.entities) {
          if (e.from_gazetteer || e.mentions.empty()) continue;
          Candidate& c = found[e.id];
          if (c.id.empty()) {
            c.id = e.id;
            c.type = e.type;
            c.name = e.name;
          }
          ++c.documents;
          c.mentions += e.mentions.size();
          if (c.contexts.size() < o.contexts) c.contexts.push_back(ContextOf(x.document.text, e.mentions.front()));
        }
        if (++documents % 1000 == 0) spdlog::info("read {} documents, {} unknown names so far", documents, found.size());
      },
      &problems);
  for (const auto& p : problems) spdlog::warn("{}: skipped: {}", p.where, p.what);
  std::vector<const Candidate*> ranked;
  for (const auto& [id, c] : found) {
    if (c.documents >= o.min_documents) ranked.push_back(&c);
  }
  std::sort(ranked.begin(), ranked.end(), [](const Candidate* a, const Candidate* b) {
    return a->documents != b->documents ? a->documents > b->documents : a->id < b->id;
  });
  if (ranked.size() > o.top) ranked.resize(o.top);
  std::cout << "# newsgraph gazetteer suggest: " << ranked.size() << " of " << found.size()
            << " names the gazetteer lacks, most documents first (" << documents << " documents read).\n"
            << "# Check each, fix the type and id, then paste the lines into gazetteers/entities/*.tsv.\n";
  for (const Candidate* c : ranked) {
    std::string id = c->id;
    if (auto x = id.find(":x_"); x != std::string::npos) id.erase(x + 1, 2);  // drop the "unknown" marker
    std::cout << "# " << c->documents << " documents, " << c->mentions << " mentions";
    for (const std::string& ctx : c->contexts) std::cout << "\n#   " << ctx;
    std::cout << '\n' << id << '\t' << EntityTypeName(c->type) << '\t' << c->name << "\t\t\n";
  }
  spdlog::info("read {} documents; {} names not in the gazetteer, {} listed", documents, found.size(), ranked.size());
}

}  // namespace newsgraph::cli
