#include "knowledge/knowledge.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>

#include "util/error.h"
#include "util/files.h"
#include "util/text.h"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

const std::vector<Tenure> kNoTenures;

bool FamilyNameFirst(const EntityRecord& e) {
  return e.country == "KR" || e.country == "KP" || e.country == "CN";
}

}  // namespace

bool IsNameSuffix(std::string_view word) {
  // "I" too: "Juan Carlos I" is no "I" for short, which would be every first-person "I".
  static const std::array<std::string_view, 9> kSuffixes = {"Jr.", "Jr", "Sr.", "Sr", "I", "II", "III", "IV", "V"};
  return std::find(kSuffixes.begin(), kSuffixes.end(), word) != kSuffixes.end();
}

bool IsFunctionWordAt(const Lexicons& lex, std::span<const uint32_t> words, size_t i) {
  for (const Lexicon* l : {&lex.affiliation, &lex.place_cues, &lex.time_cues, &lex.coordination, &lex.connectors,
                           &lex.clause_boundaries, &lex.determiners, &lex.pronouns, &lex.negation, &lex.modality}) {
    if (l->LongestAt(words, i)) return true;
  }
  return false;
}

bool IsPrepositionAt(const Lexicons& lex, std::span<const uint32_t> words, size_t i) {
  for (const Lexicon* l : {&lex.affiliation, &lex.place_cues, &lex.prepositions}) {
    auto hit = l->LongestAt(words, i);
    if (hit && hit->length == 1) return true;
  }
  return false;
}

bool IsPrepositionObject(const Lexicons& lex, std::span<const uint32_t> words, size_t first) {
  size_t p = first;
  if (p > 0 && lex.determiners.LongestAt(words, p - 1)) --p;
  return p > 0 && IsPrepositionAt(lex, words, p - 1);
}

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrganization: return "ORGANIZATION";
    case EntityType::kOffice: return "OFFICE";
    case EntityType::kPlace: return "PLACE";
    case EntityType::kUnnamed: return "UNNAMED";
  }
  return "PERSON";
}

std::optional<EntityType> ParseEntityType(std::string_view s) {
  if (s == "PERSON") return EntityType::kPerson;
  if (s == "ORGANIZATION") return EntityType::kOrganization;
  if (s == "OFFICE") return EntityType::kOffice;
  if (s == "PLACE") return EntityType::kPlace;
  if (s == "UNNAMED") return EntityType::kUnnamed;
  return std::nullopt;
}

std::string_view EntityRecord::Attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes) {
    if (k == key) return v;
  }
  return {};
}

void EntityRecord::SetAttribute(std::string key, std::string value) {
  if (key == "gender") gender = value.empty() ? 0 : value[0];
  if (key == "country") country = value;
  if (key == "org") org = value;
  if (key == "born" && born == kNoDate) born = ParseDate(value).value_or(kNoDate);
  if (key == "role") {
    for (std::string_view r : Split(value, ',')) {
      if (!Trim(r).empty()) roles.push_back(FoldCase(Trim(r)));
    }
  }
  attributes.emplace_back(std::move(key), std::move(value));
}

void Knowledge::IndexRoles() {
  for (uint32_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].type != EntityType::kOffice) continue;
    for (const std::string& role : entities_[i].roles) offices_by_role_[role].push_back(i);
  }
}

void Knowledge::IndexSpelledOrganizations() {
  // The curated organizations' capitalized names, by their words (-1: several share it).
  std::map<std::vector<uint32_t>, int64_t> org_by_words;
  for (const AliasRecord& a : aliases_) {
    const EntityRecord& e = entities_[a.entity];
    if (e.type != EntityType::kOrganization || e.imported || a.short_form || a.capitalized_mask == 0) continue;
    auto [it, added] = org_by_words.emplace(a.words, a.entity);
    if (!added && it->second != a.entity) it->second = -1;
  }
  std::vector<uint32_t> part;
  for (const AliasRecord& a : aliases_) {
    EntityRecord& office = entities_[a.entity];
    if (office.type != EntityType::kOffice || a.short_form) continue;
    for (size_t start = 0; start < a.words.size(); ++start) {
      for (size_t end = start + 1; end <= a.words.size() && end - start < a.words.size(); ++end) {
        part.assign(a.words.begin() + static_cast<std::ptrdiff_t>(start), a.words.begin() + static_cast<std::ptrdiff_t>(end));
        auto it = org_by_words.find(part);
        if (it == org_by_words.end() || it->second < 0) continue;
        const auto org = static_cast<uint32_t>(it->second);
        if (std::find(office.spelled_orgs.begin(), office.spelled_orgs.end(), org) == office.spelled_orgs.end()) {
          office.spelled_orgs.push_back(org);
        }
      }
    }
  }
}

std::vector<uint32_t> Knowledge::InternPhrase(std::string_view phrase, uint32_t* capitalized_mask) {
  std::vector<uint32_t> ids;
  std::string folded;
  uint32_t mask = 0;
  for (std::string_view w : tokenizer_->Words(phrase)) {
    if (StartsUpper(w) && ids.size() < 32) mask |= 1u << ids.size();
    FoldCase(w, &folded);
    ids.push_back(vocabulary_.Intern(folded));
  }
  if (capitalized_mask) *capitalized_mask = mask;
  return ids;
}

void Knowledge::AddAlias(uint32_t entity, std::string_view surface, bool short_form) {
  AliasRecord a;
  a.entity = entity;
  a.short_form = short_form;
  a.words = InternPhrase(surface, &a.capitalized_mask);
  if (!a.words.empty()) aliases_.push_back(std::move(a));
}

bool Knowledge::IsFunctionWord(std::string_view word) const {
  std::vector<uint32_t> ids;
  std::string folded;
  for (std::string_view w : tokenizer_->Words(word)) {
    FoldCase(w, &folded);
    uint32_t id = vocabulary_.Find(folded);
    if (id == Vocabulary::kUnknown) return false;
    ids.push_back(id);
  }
  if (ids.size() != 1) return false;
  // Prepositions too: the Cambodian family name "In" (In Tam) would make every
  // headline's "For President In 2020" a person.
  for (const Lexicon* l : {&lexicons_.pronouns, &lexicons_.determiners, &lexicons_.connectors,
                           &lexicons_.clause_boundaries, &lexicons_.negation, &lexicons_.prepositions,
                           &lexicons_.place_cues}) {
    auto hit = l->LongestAt(ids, 0);
    if (hit && hit->length == 1) return true;
  }
  return false;
}

namespace {

std::string Capitalized(std::string folded) {
  if (!folded.empty() && folded[0] >= 'a' && folded[0] <= 'z') folded[0] = static_cast<char>(folded[0] - 'a' + 'A');
  return folded;
}

}  // namespace

// Given name -> the other given names it is interchangeable with ("william" ->
// Bill, Billy, Will; "bill" -> William), from lexicon/nicknames.tsv.
std::unordered_map<std::string, std::vector<std::string>> Knowledge::GivenNameVariants() const {
  std::unordered_map<std::string, std::vector<std::string>> variants;
  std::vector<std::string> words;
  for (const LexiconEntry& l : lexicon_entries_) {
    if (&lexicons_.nicknames != LexiconAt(l.lexicon) || l.words.size() != 1) continue;
    if (words.empty()) words = vocabulary_.WordsById();
    const std::string& nick = words[l.words[0]];
    for (std::string_view formal : Split(l.value, ',')) {
      formal = Trim(formal);
      if (formal.empty()) continue;
      variants[FoldCase(formal)].push_back(Capitalized(nick));
      variants[nick].emplace_back(formal);
    }
  }
  return variants;
}

void Knowledge::IndexAliases() {
  const auto given_variants = GivenNameVariants();
  for (uint32_t i = 0; i < entities_.size(); ++i) {
    const EntityRecord& e = entities_[i];
    AddAlias(i, e.name, false);
    for (const auto& a : e.aliases) AddAlias(i, a, false);
    if (e.type != EntityType::kPerson) continue;
    std::vector<std::string_view> words = tokenizer_->Words(e.name);
    // A quoted nickname ("Manuel Helder Dias "Kopelipa"") is not the family name.
    auto quoted = std::find_if(words.begin(), words.end(), [](std::string_view w) {
      return w == "\"" || w == "\u201c" || w == "\u201d" || w == "'" || w == "\u2018" || w == "\u2019";
    });
    words.erase(quoted, words.end());
    std::string_view suffix;
    while (words.size() > 1 && (IsNameSuffix(words.back()) || words.back() == ",")) {
      if (words.back() != ",") suffix = words.back();
      words.pop_back();
    }
    if (words.size() < 2) continue;
    std::string_view surname(e.Attribute("surname"));
    if (surname.empty()) surname = FamilyNameFirst(e) ? words.front() : words.back();
    // A family name that is also a function word ("He Yong": "He") is no name.
    if (!IsFunctionWord(surname)) AddAlias(i, surname, true);
    // "Trump Jr." for Donald Trump Jr.: a short form still, so that a later bare
    // "Trump" is not taken for the son because the document named him so.
    if (!suffix.empty() && !FamilyNameFirst(e)) {
      std::string with_suffix = std::string(surname) + " " + std::string(suffix);
      AddAlias(i, with_suffix, true);
      if (with_suffix.back() == '.') AddAlias(i, with_suffix.substr(0, with_suffix.size() - 1), true);
    }
    // An alias that spells only the family name otherwise ("Recep Tayyip
    // Erdogan" for Erdoğan) gives that spelling as a short form too.
    if (e.Attribute("surname").empty()) {
      const size_t at = FamilyNameFirst(e) ? 0 : words.size() - 1;
      for (const std::string& alias : e.aliases) {
        std::vector<std::string_view> alias_words = Split(alias, ' ');
        if (alias_words.size() != words.size() || alias_words[at] == surname) continue;
        bool same_otherwise = true;
        for (size_t k = 0; k < words.size() && same_otherwise; ++k) same_otherwise = k == at || alias_words[k] == words[k];
        // ("Donald Jr." for Donald Trump Jr. spells a suffix there, no family name.)
        if (same_otherwise && !IsFunctionWord(alias_words[at]) && !IsNameSuffix(alias_words[at])) {
          AddAlias(i, alias_words[at], true);
        }
      }
    }
    if (FamilyNameFirst(e)) continue;
    std::string family(e.Attribute("surname").empty() ? words.back() : e.Attribute("surname"));
    if (words.size() > 2) AddAlias(i, std::string(words.front()) + " " + family, false);
    // "Bill Barr" for William Barr, "William Clinton" for Bill Clinton.
    auto variants = given_variants.find(FoldCase(words.front()));
    if (variants == given_variants.end()) continue;
    for (const std::string& given : variants->second) {
      std::string alias = given + " " + family;
      if (alias != e.name && std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) {
        AddAlias(i, alias, false);
      }
    }
  }
}

std::optional<uint32_t> Knowledge::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

bool Knowledge::SameBody(uint32_t a, uint32_t b) const {
  // Bounded walks: a cycle of parent= in a user's gazetteer ends them.
  constexpr int kMaxDepth = 8;
  for (int up_a = 0; up_a < kMaxDepth; ++up_a) {
    uint32_t c = b;
    for (int up_b = 0; up_b < kMaxDepth; ++up_b) {
      if (c == a) return true;
      auto parent = Find(entities_[c].Attribute("parent"));
      if (!parent) break;
      c = *parent;
    }
    auto parent = Find(entities_[a].Attribute("parent"));
    if (!parent) return false;
    a = *parent;
  }
  return false;
}

const std::vector<Tenure>& Knowledge::TenuresOfPerson(uint32_t person) const {
  return person < tenures_by_person_.size() ? tenures_by_person_[person] : kNoTenures;
}
const std::vector<Tenure>& Knowledge::TenuresOfOffice(uint32_t office) const {
  return office < tenures_by_office_.size() ? tenures_by_office_[office] : kNoTenures;
}
const std::vector<Tenure>& Knowledge::MembershipsOfPerson(uint32_t person) const {
  return person < memberships_by_person_.size() ? memberships_by_person_[person] : kNoTenures;
}

const std::vector<uint32_t>& Knowledge::OfficesWithRole(const std::string& role) const {
  static const std::vector<uint32_t> kNone;
  auto it = offices_by_role_.find(role);
  return it == offices_by_role_.end() ? kNone : it->second;
}

std::optional<uint32_t> Knowledge::HolderOn(uint32_t office, DateKey date) const {
  std::optional<uint32_t> best;
  DateKey best_start = 0;
  for (const Tenure& t : TenuresOfOffice(office)) {
    if (date != kNoDate && !t.Covers(date)) continue;
    if (!best || t.start >= best_start) {
      best = t.person;
      best_start = t.start;
    }
  }
  return best;
}

bool Knowledge::Held(uint32_t person, uint32_t office, DateKey date) const {
  for (const Tenure& t : TenuresOfPerson(person)) {
    if (t.office == office && (date == kNoDate || t.Covers(date))) return true;
  }
  return false;
}

}  // namespace newsgraph
