#include "query/answer.h"

#include <algorithm>

#include "query/query.h"

namespace newsgraph {

// One line, trimmed, runs of white space made one space: evidence sentences may
// span paragraphs, and typed names may carry stray spaces.
std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string DateOrDash(const std::string& date) { return date.empty() ? "-" : date; }

void Table::Print(std::ostream& out, std::string_view indent) const {
  std::vector<size_t> width(header.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size() && i < width.size(); ++i) {
      width[i] = std::max(width[i], DisplayWidth(row[i]));
    }
  };
  measure(header);
  for (const auto& row : rows) measure(row);
  auto print = [&](const std::vector<std::string>& row) {
    std::string line(indent);
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size() && i < width.size()) line.append(width[i] - DisplayWidth(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  print(header);
  for (const auto& row : rows) print(row);
}

void AddEvidenceHeader(Table* table, bool explain) {
  table->header.insert(table->header.end(), {"DATE", "DOCUMENT"});
  if (explain) table->header.insert(table->header.end(), {"RULE", "TRIGGER"});
  table->header.push_back("EVIDENCE");
}

void AddEvidenceRows(Table* table, std::vector<std::string> lead, size_t lead_columns,
                     const std::vector<EvidenceRecord>& evidence, bool explain) {
  if (evidence.empty()) {
    lead.insert(lead.end(), {"-", "-"});
    if (explain) lead.insert(lead.end(), {"-", "-"});
    lead.push_back("(no evidence kept)");
    table->rows.push_back(std::move(lead));
    return;
  }
  for (size_t i = 0; i < evidence.size(); ++i) {
    const EvidenceRecord& e = evidence[i];
    std::vector<std::string> row = i == 0 ? lead : std::vector<std::string>(lead_columns);
    row.push_back(DateOrDash(e.document_date));
    row.push_back(e.document_id);
    if (explain) {
      row.push_back(e.rule.empty() ? "-" : e.rule);
      row.push_back(e.trigger.empty() ? "-" : "\"" + OneLine(e.trigger) + "\"");
    }
    row.push_back(OneLine(e.sentence));
    table->rows.push_back(std::move(row));
  }
}

bool Answer::empty() const {
  return std::all_of(sections.begin(), sections.end(),
                     [](const AnswerSection& s) { return s.rows.empty(); });
}

namespace {

std::string Upper(std::string s) {
  for (char& c : s) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return s;
}

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// A TSV field: one line, no tabs.
std::string Field(std::string_view s) { return OneLine(s); }

}  // namespace

void RenderAnswerText(const Answer& answer, std::ostream& out, bool explain) {
  if (!answer.heading.empty()) out << answer.heading << '\n';
  if (answer.empty()) {
    out << answer.empty_message << '\n';
    return;
  }
  for (const AnswerSection& section : answer.sections) {
    if (section.rows.empty()) continue;
    std::string indent;
    if (!section.title.empty()) {
      out << '\n' << section.title << " (" << section.rows.size() << "):\n";
      indent = "  ";
    } else {
      out << '\n';
    }
    Table table;
    for (const std::string& c : answer.columns) table.header.push_back(Upper(c));
    if (answer.with_evidence) AddEvidenceHeader(&table, explain);
    for (const AnswerRow& row : section.rows) {
      if (answer.with_evidence) {
        AddEvidenceRows(&table, row.cells, answer.columns.size(), row.evidence, explain);
      } else {
        table.rows.push_back(row.cells);
      }
    }
    table.Print(out, indent);
  }
}

void RenderAnswerTsv(const Answer& answer, std::ostream& out, bool explain) {
  std::vector<std::string> header = {"section"};
  for (const std::string& c : answer.columns) header.push_back(Lower(c));
  if (answer.with_evidence) {
    header.insert(header.end(), {"date", "document_id", "sentence_index"});
    if (explain) header.insert(header.end(), {"rule", "trigger"});
    header.push_back("sentence");
  }
  auto print = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out << (i ? "\t" : "") << Field(fields[i]);
    out << '\n';
  };
  print(header);
  for (const AnswerSection& section : answer.sections) {
    for (const AnswerRow& row : section.rows) {
      std::vector<std::string> lead = {section.name};
      lead.insert(lead.end(), row.cells.begin(), row.cells.end());
      lead.resize(1 + answer.columns.size());
      if (!answer.with_evidence) {
        print(lead);
        continue;
      }
      if (row.evidence.empty()) {
        lead.resize(header.size());
        print(lead);
      }
      for (const EvidenceRecord& e : row.evidence) {
        std::vector<std::string> fields = lead;
        fields.insert(fields.end(), {e.document_date, e.document_id, std::to_string(e.sentence_index)});
        if (explain) fields.insert(fields.end(), {e.rule, e.trigger});
        fields.push_back(e.sentence);
        print(fields);
      }
    }
  }
}

nlohmann::ordered_json AnswerJson(const Answer& answer, bool explain) {
  nlohmann::ordered_json sections = nlohmann::ordered_json::object();
  for (const AnswerSection& section : answer.sections) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const AnswerRow& row : section.rows) {
      nlohmann::ordered_json item = nlohmann::ordered_json::object();
      for (size_t i = 0; i < answer.columns.size() && i < row.cells.size(); ++i) {
        item[Lower(answer.columns[i])] = row.cells[i];
      }
      if (answer.with_evidence) {
        nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
        for (const EvidenceRecord& e : row.evidence) evidence.push_back(EvidenceJson(e, explain));
        item["evidence"] = std::move(evidence);
      }
      rows.push_back(std::move(item));
    }
    sections[section.name] = std::move(rows);
  }
  nlohmann::ordered_json out = {{"question", answer.question}};
  if (!answer.subject.is_null()) out["entity"] = answer.subject;
  out["sections"] = std::move(sections);
  return out;
}

}  // namespace newsgraph
