// The resolver's pass over role nouns: "the [Russian] diplomat" goes to the
// person last named in an office with that role (and country), or whom the
// gazetteer describes with it, else the office's holder on the date. The
// contract is in resolver.h.
#include <algorithm>

#include "resolve/resolver.h"
#include "resolve/resolver_work.h"
#include "util/text.h"

namespace newsgraph {
namespace {

// Whether an office carries `role` (and belongs to `country`, when given).
bool OfficeFits(const EntityRecord& office, const std::string& role, const std::string& country) {
  if (office.type != EntityType::kOffice) return false;
  if (std::find(office.roles.begin(), office.roles.end(), role) == office.roles.end()) return false;
  return country.empty() || office.country == country;
}

}  // namespace

void Resolver::ResolveRoles(Work& w) const {
  const Lexicons& lex = knowledge_.lexicons();
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  std::vector<std::pair<Mention, int32_t>> added;
  const std::span<const uint8_t> starts(w.out.recognized.trigger_starts);
  for (auto t = static_cast<uint32_t>(NextTriggerStart(starts, kDeterminerStart, 0)); t + 1 < toks.size();
       t = static_cast<uint32_t>(NextTriggerStart(starts, kDeterminerStart, t + 1))) {
    if (w.out.token_mention[t] >= 0) continue;
    auto determiner = lex.determiners.LongestAt(words, t);
    if (!determiner || *determiner->value != "definite") continue;
    uint32_t j = t + 1;
    std::string country;
    if (auto nat = lex.nationalities.LongestAt(words, j)) {
      country = *nat->value;
      j += nat->length;
    }
    // "the Massachusetts senator": a place before the role only says where
    // the holder is from; the role's mention starts after it.
    // A US state there ("the Texas senator") rules out people from other states.
    uint32_t from = t;
    std::string_view state;
    if (int32_t place = j < toks.size() ? w.out.token_mention[j] : -1; country.empty() && place >= 0 &&
                                                w.out.mention_entity[static_cast<size_t>(place)] >= 0 &&
                                                w.out.entities[static_cast<size_t>(w.out.mention_entity[static_cast<size_t>(place)])]
                                                        .type == EntityType::kPlace) {
      uint32_t place_end = w.mentions[static_cast<size_t>(place)].end_token;
      if (auto hit = lex.us_states.LongestAt(words, j); hit && j + hit->length == place_end) state = *hit->value;
      j = place_end;
      from = j;
    }
    auto role_noun = j < toks.size() ? lex.roles.LongestAt(words, j) : std::nullopt;
    if (!role_noun) continue;
    // "senators<TAB>senator,plural": a group, not someone to refer back to.
    std::string_view role_value = *role_noun->value;
    if (role_value == "-") {  // "the general election"
      t = j + role_noun->length - 1;
      continue;
    }
    if (size_t comma = role_value.find(','); comma != std::string_view::npos) {
      if (role_value.substr(comma + 1) == "plural") continue;
      role_value = role_value.substr(0, comma);
    }
    const std::string role(role_value);
    uint32_t end = j + role_noun->length;
    bool free = true;
    for (uint32_t k = from; k < end; ++k) free &= w.out.token_mention[k] < 0;
    if (!free) continue;
    // The person last named in an office of that role; else a later one; else the holder on the date.
    // Undated, someone still in such an office goes before someone who left it
    // (offices fall back to their latest holder).
    int32_t best = -1;
    uint32_t best_distance = UINT32_MAX;
    bool best_current = false;
    for (size_t e = 0; e < w.out.entities.size(); ++e) {
      const DocEntity& d = w.out.entities[e];
      if (d.type != EntityType::kPerson || d.knowledge_index < 0 || d.mentions.empty()) continue;
      if (std::string_view home = knowledge_.entity(static_cast<uint32_t>(d.knowledge_index)).Attribute("state");
          !state.empty() && !home.empty() && home != state) {
        continue;
      }
      bool fits = false, current = w.out.date != kNoDate;
      for (const Tenure& tenure : knowledge_.TenuresOfPerson(static_cast<uint32_t>(d.knowledge_index))) {
        if ((w.out.date == kNoDate || tenure.Covers(w.out.date)) &&
            OfficeFits(knowledge_.entity(tenure.office), role, country)) {
          fits = true;
          current |= tenure.end == kOpenEnd;
        }
      }
      // "the New York businessman": a person the gazetteer describes with the
      // role (people's `role=`), as if still in office: a description has no end.
      if (const EntityRecord& known = knowledge_.entity(static_cast<uint32_t>(d.knowledge_index));
          std::find(known.roles.begin(), known.roles.end(), role) != known.roles.end() &&
          (country.empty() || known.country == country)) {
        fits = true;
        current = true;
      }
      for (const Binding& b : w.out.office_bindings) {
        if (b.person == e && w.out.entities[b.target].knowledge_index >= 0 && !w.SubordinateTitleAt(lex, b.token) &&
            OfficeFits(knowledge_.entity(static_cast<uint32_t>(w.out.entities[b.target].knowledge_index)),
                       role, country)) {
          fits = true;
        }
      }
      if (!fits || (best_current && !current)) continue;
      if (current && !best_current) best_distance = UINT32_MAX;
      for (uint32_t mi : d.mentions) {
        uint32_t first = w.mentions[mi].first_token;
        uint32_t distance = Work::NearnessBefore(first, t);
        if (distance < best_distance) {
          best_distance = distance;
          best = static_cast<int32_t>(e);
          best_current = current;
        }
      }
    }
    if (best < 0) {
      for (uint32_t office : knowledge_.OfficesWithRole(role)) {
        if (best >= 0 || country.empty() || !OfficeFits(knowledge_.entity(office), role, country)) continue;
        if (auto holder = knowledge_.HolderOn(office, w.out.date)) best = w.AddKnown(knowledge_, *holder);
      }
    }
    if (best < 0) continue;
    added.emplace_back(w.MentionOver(from, end, MentionKind::kRole), best);
    w.Describe(best, toks[t].start, toks[end - 1].end);
    t = end - 1;
  }
  w.Insert(std::move(added));
}

}  // namespace newsgraph
