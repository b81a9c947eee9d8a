// answer: the one shape every newer query answers in, and its three renderings
// (aligned table, TSV, JSON). Internal to query/ and its command.
//
// Contract: an Answer is a heading and sections of rows; a row has lead cells
// (one per column) and the evidence behind it. Text prints one table per
// non-empty section, one line per piece of evidence (lead cells on the first);
// TSV prints one header line then one line per piece of evidence (a row
// without evidence gets one line with empty evidence fields), the section as
// its first column, tabs and newlines inside fields made spaces; JSON gives
// {"question", "entity"?, "sections": {name: [{column: cell, ..., "evidence": [...]}]}}.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph {

struct AnswerRow {
  std::vector<std::string> cells;
  std::vector<EvidenceRecord> evidence;
};

struct AnswerSection {
  std::string name;   // JSON key and TSV column value: "met", "holders", ...
  std::string title;  // text heading; empty: no heading
  std::vector<AnswerRow> rows;
};

struct Answer {
  std::string question;   // "offices", "path", ...
  std::string heading;    // first line of the text form
  std::string empty_message;  // printed instead of tables when no section has a row
  std::vector<std::string> columns;  // lead column names (upper case in text)
  bool with_evidence = true;
  std::vector<AnswerSection> sections;
  nlohmann::ordered_json subject;  // the entity asked about, or null

  bool empty() const;
};

void RenderAnswerText(const Answer& answer, std::ostream& out, bool explain = false);
void RenderAnswerTsv(const Answer& answer, std::ostream& out, bool explain = false);
nlohmann::ordered_json AnswerJson(const Answer& answer, bool explain = false);

// Helpers shared by every renderer in query/.
std::string OneLine(std::string_view s);
size_t DisplayWidth(std::string_view s);
std::string DateOrDash(const std::string& date);

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  void Print(std::ostream& out, std::string_view indent) const;
};

// Every answer that shows evidence goes through these two, so `explain` adds
// the same columns everywhere.
void AddEvidenceHeader(Table* table, bool explain);
void AddEvidenceRows(Table* table, std::vector<std::string> lead, size_t lead_columns,
                     const std::vector<EvidenceRecord>& evidence, bool explain);

}  // namespace newsgraph
