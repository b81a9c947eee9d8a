// The resolver's kin pass: a relative named by a given name after someone's
// possessive and a kin noun ("Biden's son Hunter", "Murdoch's son James") is the
// gazetteer's person of that given name and the owner's surname, not another
// person whose surname or alias the given name happens to be (Duncan Hunter, John James).
#include <algorithm>

#include "resolve/resolver.h"
#include "resolve/resolver_work.h"
#include "util/text.h"

namespace newsgraph {

void Resolver::ResolveKin(Work& w) const {
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
}

}  // namespace newsgraph
