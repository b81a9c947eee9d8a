// Forms a document defines for its own organizations: "the Internet Research
// Agency (IRA)", "the Federal Election Commission, or FEC", and the inverted
// "Fisheries Ministry" of a "Ministry of Fisheries" named earlier.
#include <string>
#include <unordered_map>

#include "resolve/resolver.h"
#include "resolve/resolver_work.h"
#include "util/text.h"

namespace newsgraph {
namespace {

bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  for (char c : w) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

// The initials of a name's capitalized words: "Internet Research Agency" -> "IRA".
std::string Resolver::Initials(const Work& w, const Mention& m) const {
  std::string out;
  for (uint32_t t = m.first_token; t < m.end_token; ++t) {
    const Token& tok = w.tokens.tokens[t];
    if (tok.kind == TokenKind::kWord && (tok.flags & kCapitalized)) out += w.tokens.Text(tok)[0];
  }
  return out;
}

void Resolver::ResolveDefinedForms(Work& w) const {
  const auto& toks = w.tokens.tokens;
  const Lexicons& lex = knowledge_.lexicons();
  std::unordered_map<std::string, int32_t> forms;  // folded form -> document entity
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    int32_t entity = w.out.mention_entity[m];
    if (entity < 0 || w.out.entities[static_cast<size_t>(entity)].type != EntityType::kOrganization) continue;
    // "NAME (ACR)" or "NAME, or ACR".
    uint32_t t = mention.end_token;
    uint32_t acronym = UINT32_MAX;
    if (t + 2 < toks.size() && w.tokens.Text(toks[t]) == "(" && w.tokens.Text(toks[t + 2]) == ")") acronym = t + 1;
    if (t + 2 < toks.size() && w.tokens.Text(toks[t]) == "," && FoldCase(w.tokens.Text(toks[t + 1])) == "or") {
      acronym = t + 2;
    }
    if (acronym != UINT32_MAX && w.out.token_mention[acronym] < 0) {
      std::string_view a = w.tokens.Text(toks[acronym]);
      if (IsAcronym(a) && Initials(w, mention) == a) forms.emplace(FoldCase(a), entity);
    }
    // "Ministry of Fisheries" -> "Fisheries Ministry", for a name the gazetteer lacks.
    if (mention.kind != MentionKind::kUnknownName || mention.end_token - mention.first_token < 3) continue;
    auto head = lex.org_cues.LongestAt(w.out.recognized.words, mention.first_token);
    if (!head || *head->value != "head" || FoldCase(w.tokens.Text(toks[mention.first_token + 1])) != "of") continue;
    uint32_t rest = mention.first_token + 2;
    if (FoldCase(w.tokens.Text(toks[rest])) == "the" && rest + 1 < mention.end_token) ++rest;
    forms.emplace(FoldCase(std::string(w.tokens.Text(rest, mention.end_token)) + " " +
                           std::string(w.tokens.Text(toks[mention.first_token]))),
                  entity);
  }
  if (forms.empty()) return;
  std::vector<std::pair<Mention, int32_t>> added;
  for (uint32_t t = 0; t < toks.size(); ++t) {
    if (w.out.token_mention[t] >= 0 || !(toks[t].flags & kCapitalized)) continue;
    for (uint32_t len = 4; len >= 1; --len) {
      uint32_t end = t + len;
      if (end > toks.size()) continue;
      bool free = true;
      for (uint32_t k = t; k < end; ++k) free &= w.out.token_mention[k] < 0 && toks[k].sentence == toks[t].sentence;
      if (!free) continue;
      auto it = forms.find(FoldCase(w.tokens.Text(t, end)));
      if (it == forms.end()) continue;
      Mention m;
      m.first_token = t;
      m.end_token = end;
      m.start = toks[t].start;
      m.end = toks[end - 1].end;
      m.kind = MentionKind::kUnknownName;
      m.type = EntityType::kOrganization;
      added.emplace_back(std::move(m), it->second);
      t = end - 1;
      break;
    }
  }
  w.Insert(std::move(added));
}

}  // namespace newsgraph
