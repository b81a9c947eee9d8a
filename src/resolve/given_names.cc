// The resolver's given-name pass:
// - a relative named by a given name after someone's possessive and a kin noun
//   ("Biden's son Hunter", "Murdoch's son James") is the gazetteer's person of
//   that given name and the owner's surname, not another person whose surname
//   or alias the given name happens to be (Duncan Hunter, John James);
// - a given name alone after the one person of that given name the document
//   named in full is that person ("... that Bob has agreed to stay on" after
//   "Bob Iger").
#include <algorithm>

#include "resolve/resolver.h"
#include "resolve/resolver_work.h"
#include "util/text.h"

namespace newsgraph {

void Resolver::ResolveGivenNames(Work& w) const {
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::vector<std::pair<Mention, int32_t>> added;
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& owner = w.mentions[m];
    int32_t person = w.out.mention_entity[m];
    if ((owner.kind != MentionKind::kName && owner.kind != MentionKind::kShortName) || person < 0) continue;
    const DocEntity& owner_entity = w.out.entities[static_cast<size_t>(person)];
    if (owner_entity.type != EntityType::kPerson || owner_entity.knowledge_index < 0) continue;
    // NAME 's [one lower-case word] KIN Given, the given name alone.
    uint32_t t = owner.end_token;
    if (t + 2 >= n || toks[t].kind != TokenKind::kPossessive) continue;
    ++t;
    if (!HasValue(lex.markers.LongestAt(words, t), "kin") && t + 1 < n && toks[t].kind == TokenKind::kWord &&
        !(toks[t].flags & kCapitalized)) {
      ++t;  // "eldest son"
    }
    auto kin = lex.markers.LongestAt(words, t);
    if (!HasValue(kin, "kin")) continue;
    const uint32_t given = t + static_cast<uint32_t>(kin->length);
    if (given >= n || toks[given].sentence != toks[owner.first_token].sentence || toks[given].kind != TokenKind::kWord ||
        !(toks[given].flags & kCapitalized)) {
      continue;
    }
    if (given + 1 < n && toks[given + 1].kind == TokenKind::kWord && (toks[given + 1].flags & kCapitalized)) continue;
    int32_t at_given = w.out.token_mention[given];
    if (at_given >= 0 && w.mentions[static_cast<size_t>(at_given)].end_token != given + 1) continue;
    // The owner's surname: the short form of the owner's entry, else the mention's last word.
    const auto owner_index = static_cast<uint32_t>(owner_entity.knowledge_index);
    std::vector<uint32_t> surname;
    if (owner.kind == MentionKind::kShortName) {
      surname.assign(words.begin() + owner.first_token, words.begin() + owner.end_token);
    } else {
      for (const AliasRecord& alias : knowledge_.aliases()) {
        if (alias.entity == owner_index && alias.short_form) surname = alias.words;
      }
      if (surname.empty()) surname.push_back(words[owner.end_token - 1]);
    }
    std::vector<uint32_t> full{words[given]};
    full.insert(full.end(), surname.begin(), surname.end());
    int32_t relative = -1;
    for (const AliasRecord& alias : knowledge_.aliases()) {
      if (alias.entity == owner_index || alias.short_form || alias.words != full) continue;
      if (relative >= 0 && static_cast<uint32_t>(relative) != alias.entity) {
        relative = -2;  // two people of that name: leave it
        break;
      }
      relative = static_cast<int32_t>(alias.entity);
    }
    if (relative < 0) continue;
    int32_t entity = w.AddKnown(knowledge_, static_cast<uint32_t>(relative));
    if (at_given >= 0) {
      auto g = static_cast<size_t>(at_given);
      if (int32_t old = w.out.mention_entity[g]; old >= 0 && old != entity) {
        std::erase(w.out.entities[static_cast<size_t>(old)].mentions, static_cast<uint32_t>(g));
      }
      if (w.out.mention_entity[g] == entity) continue;
      w.mentions[g].kind = MentionKind::kName;
      w.mentions[g].candidates.clear();
      w.Assign(g, entity);
    } else {
      added.emplace_back(w.MentionOver(given, given + 1, MentionKind::kName), entity);
    }
  }
  w.Insert(std::move(added));
  ResolveLoneGivenNames(w);
}

void Resolver::ResolveLoneGivenNames(Work& w) const {
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  // Given name (word id) -> (person, token after the first full name), or -1 when two share it.
  absl::flat_hash_map<uint32_t, std::pair<int32_t, uint32_t>> by_given;
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    int32_t e = w.out.mention_entity[m];
    if (mention.kind != MentionKind::kName || e < 0 || mention.end_token - mention.first_token < 2 ||
        w.out.entities[static_cast<size_t>(e)].type != EntityType::kPerson ||
        !lex.given_names.LongestAt(words, mention.first_token)) {
      continue;
    }
    auto [it, inserted] = by_given.try_emplace(words[mention.first_token], e, mention.end_token);
    if (!inserted && it->second.first != e) it->second.first = -1;
  }
  if (by_given.empty()) return;
  auto capitalized_word = [&](uint32_t t) {
    return t < n && toks[t].kind == TokenKind::kWord && (toks[t].flags & kCapitalized);
  };
  std::vector<std::pair<Mention, int32_t>> added;
  for (uint32_t t = 0; t < n; ++t) {
    if (!capitalized_word(t) || w.out.token_mention[t] >= 0 || (toks[t].flags & kAllCaps)) continue;
    auto it = by_given.find(words[t]);
    if (it == by_given.end() || it->second.first < 0 || t < it->second.second) continue;
    // Not part of a longer name, nor a sentence's first word that is also a function word ("Will", "May").
    if (capitalized_word(t + 1) || (t > 0 && !(toks[t].flags & kSentenceStart) && capitalized_word(t - 1))) continue;
    if ((toks[t].flags & kSentenceStart) && (IsFunctionWordAt(lex, words, t) || lex.calendar.LongestAt(words, t))) continue;
    added.emplace_back(w.MentionOver(t, t + 1, MentionKind::kName), it->second.first);
  }
  w.Insert(std::move(added));
}

}  // namespace newsgraph
