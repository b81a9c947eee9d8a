// Forms a document defines for its own organizations: "the Internet Research
// Agency (IRA)", "the Federal Election Commission, or FEC", the inverted
// "Fisheries Ministry" of a "Ministry of Fisheries" named earlier, and the
// last word of a name for the whole ("the Times" after "The New York Times").
#include <algorithm>
#include <string>

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

// "the Times", "the Post", "the Committee": after an organization's name of
// two or more words (without a connector: "Department of Justice" ends in no
// head), a definite one-word phrase of its capitalized last word is that
// organization, unless two organizations of the document end in that word.
// A one-word mention left unresolved there ("Post" is also a surname) is
// bound to it; otherwise the word becomes a mention.
// Whether an entry lists `surface` as written, case and all (not only "FOX" for "Fox").
bool ListsAsWritten(const EntityRecord& e, std::string_view surface) {
  if (e.name == surface) return true;
  return std::find(e.aliases.begin(), e.aliases.end(), surface) != e.aliases.end();
}

std::vector<std::pair<Mention, int32_t>> HeadWordMentions(Resolver::Work& w, const Knowledge& k, const Lexicons& lex) {
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  constexpr int32_t kAmbiguous = -1;
  absl::flat_hash_map<uint32_t, std::pair<int32_t, uint32_t>> heads;  // word id -> (entity, first token)
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    int32_t entity = w.out.mention_entity[m];
    if (entity < 0 || w.out.entities[static_cast<size_t>(entity)].type != EntityType::kOrganization ||
        mention.end_token - mention.first_token < 2) {
      continue;
    }
    const Token& last = toks[mention.end_token - 1];
    uint32_t word = words[mention.end_token - 1];
    if (last.kind != TokenKind::kWord || !(last.flags & kCapitalized) || (last.flags & kAllCaps) ||
        word == Vocabulary::kUnknown) {
      continue;
    }
    bool connector = false;
    for (uint32_t t = mention.first_token; t < mention.end_token; ++t) {
      connector |= !(toks[t].flags & kCapitalized) && lex.connectors.LongestAt(words, t).has_value();
    }
    if (connector) continue;
    auto [it, inserted] = heads.try_emplace(word, entity, mention.first_token);
    if (!inserted && it->second.first != entity) it->second.first = kAmbiguous;
  }
  std::vector<std::pair<Mention, int32_t>> added;
  if (heads.empty()) return added;
  for (uint32_t t = 1; t < toks.size(); ++t) {
    // The token tests first: most tokens fail them, and they cost less than the lookup.
    if (!(toks[t].flags & kCapitalized) || (toks[t].flags & kAllCaps) || w.out.token_mention[t - 1] >= 0) continue;
    auto it = heads.find(words[t]);
    if (it == heads.end() || it->second.first == kAmbiguous || it->second.second >= t) continue;
    // One word, and not the start of another name: "the State of the Union", "the Union of ...".
    bool single = t + 1 >= toks.size() || toks[t + 1].sentence != toks[t].sentence ||
                  toks[t + 1].kind != TokenKind::kWord ||
                  (!(toks[t + 1].flags & kCapitalized) && !lex.connectors.LongestAt(words, t + 1));
    auto determiner = lex.determiners.LongestAt(words, t - 1);
    bool definite = determiner && *determiner->value == "definite" && determiner->length == 1;
    if (!single) continue;
    if (int32_t existing = w.out.token_mention[t]; existing >= 0) {
      const Mention& m = w.mentions[static_cast<size_t>(existing)];
      if (m.first_token != t || m.end_token != t + 1 || m.kind == MentionKind::kPronoun) continue;
      int32_t now = w.out.mention_entity[static_cast<size_t>(existing)];
      // "21st Century Fox ... Disney and Fox said": another organization's entry
      // that has the word only in another case ("FOX") yields to the name the
      // document gave, with or without "the".
      const DocEntity* other = now >= 0 ? &w.out.entities[static_cast<size_t>(now)] : nullptr;
      bool weak = other && other->type == EntityType::kOrganization && other->knowledge_index >= 0 &&
                  now != it->second.first &&
                  !ListsAsWritten(k.entity(static_cast<uint32_t>(other->knowledge_index)), w.tokens.Text(toks[t]));
      if ((now < 0 && definite) || weak) {
        if (weak) std::erase(w.out.entities[static_cast<size_t>(now)].mentions, static_cast<uint32_t>(existing));
        w.Assign(static_cast<size_t>(existing), it->second.first);
      }
      continue;
    }
    if (!definite) continue;
    added.emplace_back(w.MentionOver(t, t + 1, MentionKind::kUnknownName, EntityType::kOrganization), it->second.first);
  }
  return added;
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
  StringMap<int32_t> forms;  // folded form -> document entity
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
  w.Insert(HeadWordMentions(w, knowledge_, lex));
  if (forms.empty()) return;
  std::vector<std::pair<Mention, int32_t>> added;
  std::string folded;  // reused: a lookup per free capitalized word and length
  for (uint32_t t = 0; t < toks.size(); ++t) {
    if (w.out.token_mention[t] >= 0 || !(toks[t].flags & kCapitalized)) continue;
    for (uint32_t len = 4; len >= 1; --len) {
      uint32_t end = t + len;
      if (end > toks.size()) continue;
      bool free = true;
      for (uint32_t k = t; k < end; ++k) free &= w.out.token_mention[k] < 0 && toks[k].sentence == toks[t].sentence;
      if (!free) continue;
      FoldCase(w.tokens.Text(t, end), &folded);
      auto it = forms.find(folded);
      if (it == forms.end()) continue;
      added.emplace_back(w.MentionOver(t, end, MentionKind::kUnknownName, EntityType::kOrganization), it->second);
      t = end - 1;
      break;
    }
  }
  w.Insert(std::move(added));
}

}  // namespace newsgraph
