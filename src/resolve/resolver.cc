#include "resolve/resolver.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "resolve/resolver_work.h"
#include "util/date.h"
#include "util/text.h"

namespace newsgraph {

namespace {

std::string Slug(std::string_view name) {
  std::string folded = FoldCase(name), slug;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug.push_back(c);
    } else if (!slug.empty() && slug.back() != '_') {
      slug.push_back('_');
    }
  }
  while (!slug.empty() && slug.back() == '_') slug.pop_back();
  return slug;
}

}  // namespace

int32_t ResolvedText::EntityAtToken(uint32_t token) const {
  if (token >= token_mention.size() || token_mention[token] < 0) return -1;
  return mention_entity[static_cast<size_t>(token_mention[token])];
}

ResolvedText Resolver::Resolve(RecognizedText recognized, DateKey date) const {
  ResolvedText out;
  out.recognized = std::move(recognized);
  out.date = date;
  out.mention_entity.assign(out.recognized.mentions.size(), -1);
  out.token_mention.assign(out.recognized.tokens.tokens.size(), -1);
  for (size_t m = 0; m < out.recognized.mentions.size(); ++m) {
    const Mention& mention = out.recognized.mentions[m];
    for (uint32_t t = mention.first_token; t < mention.end_token; ++t) out.token_mention[t] = static_cast<int32_t>(m);
  }
  Work w{out, out.recognized.tokens, out.recognized.mentions, {}, {}, {}};
  for (const Mention& m : w.mentions) {
    if (m.kind == MentionKind::kName && m.candidates.size() == 1) w.named.insert(m.candidates[0]);
  }
  ResolveNames(w);
  ResolveShortNames(w);
  ResolveGivenNames(w);
  ResolveUnknownNames(w);
  ResolveDefinedForms(w);
  UnlinkStatesOwnBodies(w);
  BindTitles(w);
  ResolveRoles(w);
  ResolvePronouns(w);
  BindTenureTitles(knowledge_, w);
  BindParties(w);
  FindEmbeddedOrganizations(w);
  BindAffiliations(w);
  FindAppositions(w);
  DescribeHolders(w);
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    if (out.mention_entity[m] >= 0 || mention.candidates.size() < 2) continue;
    ResolvedText::Unresolved u{static_cast<uint32_t>(m), {}};
    // Curated or serving namesakes first: the imported list's historical ones
    // only when there is nobody else.
    std::vector<uint32_t> listed = Prominent(mention.candidates, out.date);
    if (listed.size() < 2) listed = mention.candidates;
    for (uint32_t c : listed) u.candidates.push_back(knowledge_.entity(c).id);
    out.unresolved.push_back(std::move(u));
  }
  return out;
}

void Resolver::ResolveNames(Work& w) const {
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const Lexicons& lex = knowledge_.lexicons();
  // "the Paekhwawon State Guest House", "CNN's Lauren Fox", "Brand New Congress":
  // a one-word name of an organization right after a capitalized word that is
  // no name, no function word, no nationality and no compound ("GOP-controlled
  // Congress") ends some other name. Not in a headline or another line in title
  // case ("Reject Senate GOP Health Plan"), nor a party ("Bloomfield Republican
  // Women's Club" still names the party).
  auto ends_other_name = [&](const Mention& mention) {
    uint32_t first = mention.first_token;
    if (mention.end_token != first + 1 || first == 0 || (toks[first].flags & kAllCaps)) return false;
    // "Treasury yields": before a word of markers `instrument` it names a security.
    if (HasValue(lex.markers.LongestAt(words, mention.end_token), "instrument")) return true;
    const Token& before = toks[first - 1];
    if (before.kind != TokenKind::kWord || !(before.flags & kCapitalized) || (before.flags & (kAllCaps | kSentenceStart)) ||
        before.sentence != toks[first].sentence || w.out.token_mention[first - 1] >= 0 ||
        toks[first].start < w.tokens.headline_end || w.tokens.Text(before).find('-') != std::string_view::npos) {
      return false;
    }
    if (first + 1 < toks.size() && toks[first + 1].kind == TokenKind::kWord && (toks[first + 1].flags & kCapitalized)) {
      return false;
    }
    if (IsFunctionWordAt(lex, words, first - 1) || lex.calendar.LongestAt(words, first - 1) ||
        lex.nationalities.LongestAt(words, first - 1)) {
      return false;
    }
    for (uint32_t c : mention.candidates) {
      const EntityRecord& e = knowledge_.entity(c);
      if (e.type != EntityType::kOrganization || IsParty(e)) return false;
    }
    return true;
  };
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    if (mention.kind != MentionKind::kName || ends_other_name(mention)) continue;
    const auto& cands = mention.candidates;
    int32_t chosen = -1;
    if (cands.size() == 1) {
      chosen = static_cast<int32_t>(cands[0]);
    } else {
      if (knowledge_.entity(cands[0]).type != EntityType::kOffice) {
        // A candidate the document names unambiguously elsewhere; else it stays unresolved.
        std::vector<uint32_t> named;
        for (uint32_t c : cands) {
          if (w.named.count(c)) named.push_back(c);
        }
        if (named.size() == 1) chosen = static_cast<int32_t>(named[0]);
        if (chosen < 0 && named.empty()) {
          std::vector<uint32_t> known = Prominent(cands, w.out.date);
          if (known.size() == 1) chosen = static_cast<int32_t>(known[0]);
          if (chosen < 0) chosen = MostConnected(w, known);
        }
      } else {
        // 1. An office held by the person named right after (or before) it.
        bool titles_someone = false;  // a name right after it: "Austin Mayor Steve Adler"
        for (size_t n : {m + 1, m - 1}) {
          if (n >= w.mentions.size() || chosen >= 0) continue;
          const Mention& other = w.mentions[n];
          bool adjacent = other.first_token == mention.end_token ||
                          (n + 1 == m && other.end_token + 3 >= mention.first_token);
          if (!adjacent) continue;
          titles_someone |= n == m + 1 &&
                            ((other.kind == MentionKind::kUnknownName && other.type == EntityType::kPerson) ||
                             (other.kind == MentionKind::kName && !other.candidates.empty() &&
                              knowledge_.entity(other.candidates[0]).type == EntityType::kPerson));
          // On the document's date first; else at any time ("former President Barack Obama").
          for (DateKey on : {w.out.date, kNoDate}) {
            for (uint32_t office : cands) {
              for (uint32_t person : other.candidates) {
                if (chosen < 0 && knowledge_.Held(person, office, on)) chosen = static_cast<int32_t>(office);
              }
            }
          }
        }
        // 2. An office the document names unambiguously elsewhere ("Russian President"),
        // unless the title is someone's who held none of its offices: then 4.
        if (chosen < 0 && !titles_someone) {
          for (uint32_t c : cands) {
            if (w.named.count(c)) {
              chosen = static_cast<int32_t>(c);
              break;
            }
          }
        }
        // 3. An office whose holder on the date (any holder, undated) the document names.
        for (uint32_t office : cands) {
          if (chosen >= 0 || titles_someone) break;
          for (const Tenure& t : knowledge_.TenuresOfOffice(office)) {
            if ((w.out.date == kNoDate || t.Covers(w.out.date)) && w.named.count(t.person)) {
              chosen = static_cast<int32_t>(office);
            }
          }
        }
        // 4. A generic title with nothing to decide it: the gazetteer's first office.
        if (chosen < 0) chosen = static_cast<int32_t>(cands[0]);
      }
    }
    if (chosen >= 0) w.Assign(m, w.AddKnown(knowledge_, static_cast<uint32_t>(chosen)));
  }
}

void Resolver::ResolveShortNames(Work& w) const {
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    if (mention.kind != MentionKind::kShortName) continue;
    // What the mention itself says of whom it means: a title right before it
    // ("President Trump"), an honorific's gender ("Mr. Trump"), or nothing ("Trump").
    int32_t before = w.MentionEndingAt(mention.first_token);
    int32_t title_office = -1;
    if (before >= 0 && w.out.mention_entity[static_cast<size_t>(before)] >= 0) {
      const DocEntity& title = w.out.entities[static_cast<size_t>(w.out.mention_entity[static_cast<size_t>(before)])];
      if (title.type == EntityType::kOffice) title_office = title.knowledge_index;
    }
    // 2. the candidate who held the title's office: on the date; else, of
    //    those the document names, one who held it at some time; else the one
    //    who took it last before the date, unless an indefinite article makes
    //    the title someone's future ("President Ford" in 2018 is Gerald Ford,
    //    not Christine Blasey Ford; "President Johnson" Lyndon Johnson).
    int32_t pick = -1;
    if (title_office >= 0) {
      const auto office = static_cast<uint32_t>(title_office);
      for (uint32_t c : mention.candidates) {
        if (pick < 0 && knowledge_.Held(c, office, w.out.date)) pick = static_cast<int32_t>(c);
      }
      for (uint32_t c : mention.candidates) {
        if (pick < 0 && w.by_knowledge.contains(c) && knowledge_.Held(c, office, kNoDate)) pick = static_cast<int32_t>(c);
      }
      // ("a President Clinton", "a likely President Clinton": someone's future, not a past holder.)
      bool indefinite = false;
      for (uint32_t k = w.mentions[static_cast<size_t>(before)].first_token, back = 0;
           pick < 0 && k > 0 && back < 2; --k, ++back) {
        auto determiner = knowledge_.lexicons().determiners.LongestAt(w.out.recognized.words, k - 1);
        indefinite |= determiner && *determiner->value == "indefinite";
      }
      if (pick < 0 && !indefinite) {
        DateKey latest = kNoDate;
        for (uint32_t c : mention.candidates) {
          for (const Tenure& t : knowledge_.TenuresOfPerson(c)) {
            if (t.office != office || (w.out.date != kNoDate && t.start > w.out.date)) continue;
            if (pick < 0 || t.start > latest) {
              pick = static_cast<int32_t>(c);
              latest = t.start;
            }
          }
        }
      }
    }
    const auto& lex = knowledge_.lexicons();
    auto honorific = mention.first_token > 0
                         ? lex.honorifics.LongestAt(w.out.recognized.words, mention.first_token - 1)
                         : std::nullopt;
    const char gender = honorific && !honorific->value->empty() ? (*honorific->value)[0] : 0;
    const bool bare_surname = !honorific && title_office < 0 && mention.end_token - mention.first_token == 1;
    // "Mr. Trump" is not Melania Trump, nor "President Trump", nor (the news
    // calls her by her given name: gazetteer attribute bare_surname=no) "Trump".
    auto ruled_out = [&](uint32_t c) {
      const auto& e = knowledge_.entity(c);
      if ((gender == 'm' || gender == 'f') && e.gender != gender && e.gender != 0) return true;
      if (pick >= 0 && static_cast<int32_t>(c) != pick) return true;
      return bare_surname && e.Attribute("bare_surname") == "no";
    };
    int32_t chosen = -1;
    // 1. A full name the document gives: the nearest before, else after. Of
    //    two namesakes named before, the first named is the one the bare
    //    surname goes on meaning ("Rupert Murdoch ... his son James Murdoch
    //    ... Murdoch said"), unless the other was named in the same sentence.
    uint32_t best_distance = UINT32_MAX, earliest = UINT32_MAX;
    int32_t first_named = -1, named_before = 0;
    const uint32_t sentence = w.tokens.tokens[mention.first_token].sentence;
    for (uint32_t c : mention.candidates) {
      auto it = w.by_knowledge.find(c);
      if (it == w.by_knowledge.end() || ruled_out(c)) continue;
      bool before_mention = false;
      for (uint32_t other : w.out.entities[static_cast<size_t>(it->second)].mentions) {
        const Mention& o = w.mentions[other];
        if (o.kind != MentionKind::kName) continue;
        uint32_t distance = Work::NearnessBefore(o.first_token, mention.first_token);
        if (distance < best_distance) {
          best_distance = distance;
          chosen = it->second;
        }
        if (o.first_token < mention.first_token) {
          before_mention = true;
          if (o.first_token < earliest) {
            earliest = o.first_token;
            first_named = it->second;
          }
        }
      }
      named_before += before_mention;
    }
    if (named_before >= 2 && chosen != first_named && best_distance <= mention.first_token &&
        w.tokens.tokens[mention.first_token - best_distance].sentence != sentence) {
      chosen = first_named;
    }
    if (chosen >= 0) {
      w.Assign(m, chosen);
      continue;
    }
    // Without a full name or a title, only names the curated gazetteer holds or
    // people in office on the date are in the running: "Israel" and "London"
    // are also surnames of nineteenth-century congressmen.
    std::vector<uint32_t> known = Prominent(mention.candidates, w.out.date);
    std::erase_if(known, ruled_out);
    // 2a. Without a title, namesakes only imported lists hold, of whom the
    //     document names none in full, are no one we can tell, however many
    //     were in office on the date: "Holding umbrellas" is no Rep. Holding,
    //     and "Mr. Hill told MSNBC" someone of that name (an unknown person).
    if (pick < 0 && title_office < 0 &&
        std::all_of(known.begin(), known.end(), [&](uint32_t c) { return knowledge_.entity(c).imported; })) {
      known.clear();
    }
    // 2b. An honorific's gender: "Mr. Obama" is not Michelle Obama.
    if (pick < 0 && (gender == 'm' || gender == 'f') && known.size() == 1) pick = static_cast<int32_t>(known[0]);
    // 2c. The namesake an earlier surname already settled on ("President Obama ... Mr. Obama").
    if (pick < 0) {
      int32_t settled = -1;
      int settled_count = 0;
      for (uint32_t c : mention.candidates) {
        auto it = w.by_knowledge.find(c);
        if (it == w.by_knowledge.end() || w.out.entities[static_cast<size_t>(it->second)].mentions.empty() ||
            ruled_out(c)) {
          continue;
        }
        settled = it->second;
        ++settled_count;
      }
      if (settled_count == 1) {
        w.Assign(m, settled);
        continue;
      }
    }
    // A surname that is also a month ("In May, ...") needs the full name or a title.
    bool calendar_word = lex.calendar.LongestAt(w.out.recognized.words, mention.first_token).has_value();
    if (calendar_word) {
      if (pick >= 0) w.Assign(m, w.AddKnown(knowledge_, static_cast<uint32_t>(pick)));
      continue;
    }
    // Without a full name or a title, a surname glued to other capitalized words
    // is part of some other name ("Ahn Young-Joon", "Punggye Ri").
    const auto& toks = w.tokens.tokens;
    uint32_t first = mention.first_token, end = mention.end_token;
    auto free_capital = [&](uint32_t t) {
      return toks[t].kind == TokenKind::kWord && (toks[t].flags & kCapitalized) && w.out.token_mention[t] < 0 &&
             toks[t].sentence == toks[first].sentence;
    };
    // (Not a sentence's opening word of the lexicons: "Then Trump met Putin",
    // "After Trump's meeting", "Yesterday Trump said".)
    const auto& words = w.out.recognized.words;
    auto opener = [&](uint32_t t) {
      return (toks[t].flags & kSentenceStart) &&
             (IsFunctionWordAt(lex, words, t) || lex.markers.LongestAt(words, t) || lex.speech_fillers.LongestAt(words, t) ||
              lex.calendar.LongestAt(words, t) || LooksLikeAdverb(w.tokens.Text(toks[t])));
    };
    bool glued = (first > 0 && !(toks[first].flags & kSentenceStart) && free_capital(first - 1) && !opener(first - 1) &&
                  !honorific) ||
                 (end < toks.size() && free_capital(end));
    if (pick < 0 && glued) continue;
    // 3. The only candidate there is.
    if (pick < 0 && known.size() == 1) pick = static_cast<int32_t>(known[0]);
    // 4. The only candidate in office on the document's date.
    if (pick < 0 && w.out.date != kNoDate) {
      std::vector<uint32_t> serving;
      for (uint32_t c : known) {
        for (const Tenure& t : knowledge_.TenuresOfPerson(c)) {
          if (t.Covers(w.out.date)) {
            serving.push_back(c);
            break;
          }
        }
      }
      if (serving.size() == 1) pick = static_cast<int32_t>(serving[0]);
    }
    // 4b. Undated or between terms, the only candidate who ever held an office
    //     ("Mr. Trump" in December 2016: not his sons).
    if (pick < 0) {
      std::vector<uint32_t> office_holders;
      for (uint32_t c : known) {
        if (!knowledge_.TenuresOfPerson(c).empty()) office_holders.push_back(c);
      }
      if (office_holders.size() == 1) pick = static_cast<int32_t>(office_holders[0]);
    }
    // 5. The candidate most tied (memberships, offices) to what the document names:
    //    "Trump" beside "the Trump campaign" and "the Trump administration".
    if (pick < 0) pick = MostConnected(w, known);
    if (pick >= 0) {
      w.Assign(m, w.AddKnown(knowledge_, static_cast<uint32_t>(pick)));
    } else if (honorific) {
      // "Mr. King" among three Kings the gazetteer knows and the document
      // does not name: someone of that name all the same, an unknown person.
      Mention& unknown = w.mentions[m];
      unknown.kind = MentionKind::kUnknownName;
      unknown.type = EntityType::kPerson;
      unknown.candidates.clear();
      unknown.gender = gender;
    }
  }
}

std::vector<uint32_t> Resolver::Prominent(const std::vector<uint32_t>& candidates, DateKey date) const {
  std::vector<uint32_t> out;
  for (uint32_t c : candidates) {
    bool serving = !knowledge_.entity(c).imported;
    for (const Tenure& t : knowledge_.TenuresOfPerson(c)) {
      serving = serving || (date != kNoDate && t.Covers(date));
    }
    if (serving) out.push_back(c);
  }
  if (!out.empty() || date == kNoDate) return out;
  // Only imported namesakes, none in office then: those who can be alive on
  // the date ("Joseph Crowley" in 2016 is not the one born in 1858).
  for (uint32_t c : candidates) {
    DateKey born = knowledge_.entity(c).born;
    if (born != kNoDate && born <= date && born / 10000 + 100 >= date / 10000) out.push_back(c);
  }
  return out;
}

int32_t Resolver::MostConnected(const Work& w, const std::vector<uint32_t>& candidates) const {
  int32_t best = -1;
  int best_links = 0, second_links = 0;
  for (uint32_t c : candidates) {
    int links = 0;
    auto named = [&](uint32_t entity) {
      auto it = w.by_knowledge.find(entity);
      return it != w.by_knowledge.end() && !w.out.entities[static_cast<size_t>(it->second)].mentions.empty();
    };
    for (const Tenure& t : knowledge_.MembershipsOfPerson(c)) links += named(t.office) ? 1 : 0;
    for (const Tenure& t : knowledge_.TenuresOfPerson(c)) links += named(t.office) ? 1 : 0;
    // An organization: the people the document names who belong to it or hold its posts.
    if (knowledge_.entity(c).type == EntityType::kOrganization) {
      const std::string& id = knowledge_.entity(c).id;
      for (uint32_t person : w.named) {  // anywhere in the document, before or after
        if (knowledge_.entity(person).type != EntityType::kPerson) continue;
        for (const Tenure& t : knowledge_.MembershipsOfPerson(person)) links += t.office == c ? 1 : 0;
        for (const Tenure& t : knowledge_.TenuresOfPerson(person)) links += knowledge_.entity(t.office).org == id ? 1 : 0;
      }
    }
    if (links > best_links) {
      second_links = best_links;
      best_links = links;
      best = static_cast<int32_t>(c);
    } else if (links > second_links) {
      second_links = links;
    }
  }
  return best_links > second_links ? best : -1;
}

namespace {

// A one-word surname mention the gazetteer offered, not taken from a full name
// the document gives (that one would win): "Fallon" after "Brian Fallon"; nor
// from a title before the surname ("President Trump ... Lara Trump ... Trump").
bool SurnameMayBeRetaken(const Resolver::Work& w, size_t mention) {
  const Mention& m = w.mentions[mention];
  if (m.kind != MentionKind::kShortName || m.end_token - m.first_token != 1) return false;
  int32_t entity = w.out.mention_entity[mention];
  if (entity < 0) return true;
  for (uint32_t other : w.out.entities[static_cast<size_t>(entity)].mentions) {
    const Mention& o = w.mentions[other];
    if (o.first_token >= m.first_token) continue;
    if (o.kind == MentionKind::kName) return false;
    // "President Trump ... Lara Trump ... Trump said": a title made the surname its holder's.
    if (o.kind == MentionKind::kShortName) {
      int32_t title = w.MentionEndingAt(o.first_token);
      int32_t title_entity = title >= 0 ? w.out.mention_entity[static_cast<size_t>(title)] : -1;
      if (title_entity >= 0 && w.out.entities[static_cast<size_t>(title_entity)].type == EntityType::kOffice) return false;
    }
  }
  return true;
}

void Reassign(Resolver::Work& w, size_t mention, int32_t entity) {
  w.Unassign(mention);
  Mention& m = w.mentions[mention];
  m.kind = MentionKind::kUnknownName;
  m.type = EntityType::kPerson;
  m.candidates.clear();
  w.Assign(mention, entity);
}

}  // namespace

void Resolver::ResolveUnknownNames(Work& w) const {
  const auto& toks = w.tokens.tokens;
  StringMap<int32_t> by_surname;  // folded last word -> unknown person
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    if (mention.kind != MentionKind::kUnknownName) continue;
    std::string key = FoldCase(w.tokens.text.substr(mention.start, mention.end - mention.start));
    auto it = w.by_unknown.find(key);
    int32_t entity;
    auto surname = mention.end_token - mention.first_token == 1 && mention.type == EntityType::kPerson
                       ? by_surname.find(key)
                       : by_surname.end();
    if (it != w.by_unknown.end()) {
      entity = it->second;
    } else if (surname != by_surname.end()) {
      entity = surname->second;  // "Brian Fallon ... said Fallon"
    } else {
      DocEntity d;
      d.type = mention.type;
      d.name = std::string(w.tokens.text.substr(mention.start, mention.end - mention.start));
      d.id = std::string(mention.type == EntityType::kPerson ? "P:x_" : "ORG:x_") + Slug(d.name);
      d.gender = mention.gender;
      w.out.entities.push_back(std::move(d));
      entity = static_cast<int32_t>(w.out.entities.size() - 1);
      w.by_unknown.emplace(key, entity);
    }
    w.Assign(m, entity);
    if (mention.type == EntityType::kPerson) {
      // "Martin Luther King Jr." is "King" later on.
      uint32_t last = mention.end_token - 1;
      while (last > mention.first_token && IsNameSuffix(w.tokens.Text(toks[last]))) --last;
      by_surname.emplace(FoldCase(w.tokens.Text(toks[last])), entity);
    }
  }
  if (by_surname.empty()) return;
  // Later bare surnames of those people ("Higgins said").
  std::vector<Mention> added;
  std::vector<int32_t> added_entity;
  std::string folded;
  // The first bytes of the surnames: a token starting with another ASCII
  // letter (folding leaves it ASCII) is no surname, and needs no folding.
  std::array<bool, 128> first_bytes{};
  for (const auto& [surname, entity] : by_surname) {
    if (!surname.empty() && static_cast<unsigned char>(surname[0]) < 0x80) first_bytes[static_cast<unsigned char>(surname[0])] = true;
  }
  // A capitalized word has kNameStart: the others are passed eight at a time.
  const std::span<const uint8_t> starts(w.out.recognized.trigger_starts);
  for (auto t = static_cast<uint32_t>(NextTriggerStart(starts, kNameStart, 0)); t < toks.size();
       t = static_cast<uint32_t>(NextTriggerStart(starts, kNameStart, t + 1))) {
    if (!(toks[t].flags & kCapitalized) || toks[t].kind != TokenKind::kWord) continue;
    auto first_byte = static_cast<unsigned char>(w.tokens.text[toks[t].start]);
    if (first_byte < 0x80 && !first_bytes[static_cast<unsigned char>(std::tolower(first_byte))]) continue;
    int32_t existing = w.out.token_mention[t];
    if (existing >= 0 && !SurnameMayBeRetaken(w, static_cast<size_t>(existing))) continue;
    FoldCase(w.tokens.Text(toks[t]), &folded);
    auto it = by_surname.find(folded);
    if (it == by_surname.end()) continue;
    const DocEntity& e = w.out.entities[static_cast<size_t>(it->second)];
    const Mention& first = w.mentions[e.mentions.front()];
    // Only after the full name; a one-word name ("Figueroa") anywhere.
    if (first.first_token > t && first.end_token - first.first_token > 1) continue;
    if (existing >= 0) {
      // "Brian Fallon ... Fallon said": the document's own full name beats a
      // namesake the gazetteer offers for the bare surname.
      Reassign(w, static_cast<size_t>(existing), it->second);
      continue;
    }
    added.push_back(w.MentionOver(t, t + 1, MentionKind::kUnknownName, EntityType::kPerson));
    added_entity.push_back(it->second);
  }
  std::vector<std::pair<Mention, int32_t>> pairs;
  for (size_t k = 0; k < added.size(); ++k) pairs.emplace_back(std::move(added[k]), added_entity[k]);
  w.Insert(std::move(pairs));
}

}  // namespace newsgraph
