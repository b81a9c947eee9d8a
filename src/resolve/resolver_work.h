// Internal to resolve: the state the resolver's passes share while they work
// through one document.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "resolve/resolver.h"
#include "util/text.h"

namespace newsgraph {

inline bool IsPunct(const TokenizedText& t, uint32_t i, char c) {
  return i < t.tokens.size() && t.tokens[i].kind == TokenKind::kPunct && t.text[t.tokens[i].start] == c;
}

struct Resolver::Work {
  ResolvedText& out;
  const TokenizedText& tokens;
  std::vector<Mention>& mentions;
  absl::flat_hash_map<uint32_t, int32_t> by_knowledge;  // knowledge index -> DocEntity
  StringMap<int32_t> by_unknown;                       // folded name -> DocEntity
  absl::flat_hash_set<uint32_t> named;                  // unambiguous full names in the document

  // A mention found after recognition, over tokens [first, end).
  Mention MentionOver(uint32_t first, uint32_t end, MentionKind kind, EntityType type = EntityType::kPerson) const {
    Mention m;
    m.first_token = first;
    m.end_token = end;
    m.start = tokens.tokens[first].start;
    m.end = tokens.tokens[end - 1].end;
    m.kind = kind;
    m.type = type;
    return m;
  }

  int32_t AddKnown(const Knowledge& k, uint32_t index) {
    auto it = by_knowledge.find(index);
    if (it != by_knowledge.end()) return it->second;
    const EntityRecord& e = k.entity(index);
    DocEntity d;
    d.id = e.id;
    d.type = e.type;
    d.name = e.name;
    d.knowledge_index = static_cast<int32_t>(index);
    d.gender = e.gender;
    out.entities.push_back(std::move(d));
    int32_t id = static_cast<int32_t>(out.entities.size() - 1);
    by_knowledge.emplace(index, id);
    return id;
  }
  void Assign(size_t mention, int32_t entity) {
    out.mention_entity[mention] = entity;
    if (entity >= 0) out.entities[static_cast<size_t>(entity)].mentions.push_back(static_cast<uint32_t>(mention));
  }
  // Takes a mention out of its entity: it names none (yet).
  void Unassign(size_t mention) {
    const int32_t entity = out.mention_entity[mention];
    if (entity < 0) return;
    auto& list = out.entities[static_cast<size_t>(entity)].mentions;
    list.erase(std::remove(list.begin(), list.end(), static_cast<uint32_t>(mention)), list.end());
    out.mention_entity[mention] = -1;
  }
  // Whether a US state's name (us_states.tsv) ends right before token `t`, in
  // its sentence: "California Attorney General", "Alabama's". Read from the
  // words, not the place's mention: "Washington" before a title may have
  // resolved to the city or to George Washington.
  bool UsStateBefore(const Lexicons& lex, uint32_t t) const {
    for (uint32_t length = 1; length <= 3 && length <= t; ++length) {
      const uint32_t first = t - length;
      if (tokens.tokens[first].sentence != tokens.tokens[t].sentence) break;
      auto hit = lex.us_states.LongestAt(out.recognized.words, first);
      if (hit && hit->length == length) return true;
    }
    return false;
  }
  // Adds mentions found after recognition, keeping token order.
  void Insert(std::vector<std::pair<Mention, int32_t>> added) {
    if (added.empty()) return;
    std::vector<std::pair<Mention, int32_t>> all;
    for (size_t m = 0; m < mentions.size(); ++m) all.emplace_back(std::move(mentions[m]), out.mention_entity[m]);
    for (auto& a : added) all.push_back(std::move(a));
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.first.first_token < b.first.first_token; });
    mentions.clear();
    out.mention_entity.clear();
    for (auto& e : out.entities) e.mentions.clear();
    std::fill(out.token_mention.begin(), out.token_mention.end(), -1);
    for (auto& [mention, entity] : all) {
      mentions.push_back(std::move(mention));
      out.mention_entity.push_back(-1);
      size_t index = mentions.size() - 1;
      for (uint32_t t = mentions[index].first_token; t < mentions[index].end_token; ++t) {
        out.token_mention[t] = static_cast<int32_t>(index);
      }
      Assign(index, entity);
    }
  }
  // Adds a description of `entity`; of two that overlap the longer one stays
  // ("the senator from Vermont" over its role noun "the senator").
  void Describe(int32_t entity, uint32_t start, uint32_t end, bool clause = false) {
    auto& spans = out.entities[static_cast<size_t>(entity)].descriptions;
    for (Description& d : spans) {
      if (d.start < end && start < d.end) {
        if (end - start > d.end - d.start) d = {start, end, clause};
        return;
      }
    }
    spans.push_back({start, end, clause});
  }
  // How near a mention at token `first` is to token `at`, for "the nearest
  // before `at`, else the nearest after it": any mention before beats any after.
  static uint32_t NearnessBefore(uint32_t first, uint32_t at) { return first < at ? at - first : 0x40000000u + first - at; }
  // Past up to two words of markers `auxiliary` or "-ly" adverbs from token `t`
  // ("who had joined", "will remain", "also worked"): the next token.
  uint32_t PastAuxiliaries(const Lexicons& lex, uint32_t t) const {
    const auto& toks = tokens.tokens;
    for (int skipped = 0; skipped < 2 && t < toks.size() && toks[t].kind == TokenKind::kWord &&
                          !(toks[t].flags & kCapitalized) &&
                          (HasValue(lex.markers.LongestAt(out.recognized.words, t), "auxiliary") ||
                           LooksLikeAdverb(tokens.Text(toks[t])));
         ++skipped) {
      ++t;
    }
    return t;
  }
  // The party a known person belongs to on the document's date (any time, undated), if any.
  std::optional<uint32_t> PartyOn(const Knowledge& k, int32_t entity) const {
    const DocEntity& e = out.entities[static_cast<size_t>(entity)];
    if (e.knowledge_index < 0) return std::nullopt;
    std::optional<uint32_t> party;
    for (const Tenure& membership : k.MembershipsOfPerson(static_cast<uint32_t>(e.knowledge_index))) {
      if (IsParty(k.entity(membership.office)) && (out.date == kNoDate || membership.Covers(out.date))) {
        party = membership.office;
      }
    }
    return party;
  }
  // The mention that ends right before token `t`, or -1.
  int32_t MentionEndingAt(uint32_t t) const {
    if (t == 0) return -1;
    return out.token_mention[t - 1];
  }
  // Whether the title starting at `first` follows a rank below its office
  // (markers `subordinate`: "deputy FBI Director", still the FBI's man) or a
  // state's level (`state-level`: "state Rep.", not the House's): either way it
  // names no office the person holds.
  bool SubordinateTitleAt(const Lexicons& lex, uint32_t first, bool* state_level = nullptr) const {
    auto hit = first > 0 ? lex.markers.LongestAt(out.recognized.words, first - 1) : std::nullopt;
    if (state_level) *state_level = HasValue(hit, "state-level");
    return HasValue(hit, "subordinate") || HasValue(hit, "state-level");
  }
};

// "his work as a US senator", "Clinton's tenure as secretary of state": an
// owner (a possessive pronoun, resolved, or a name's 's), at most one
// lower-case word, a noun of markers `tenure`, "as", maybe a determiner and a
// word of former.txt, then an office: the owner held it (binding rule
// "tenure-title"); a pronoun's person only if the gazetteer has them hold the
// office at some time. Runs after pronouns are resolved.
void BindTenureTitles(const Knowledge& knowledge, Resolver::Work& w);

}  // namespace newsgraph
