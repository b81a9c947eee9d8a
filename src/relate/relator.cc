#include "relate/relator.h"

#include <algorithm>
#include <span>

#include "relate/relate_context.h"
#include "relate/statement_topics.h"

namespace newsgraph {
namespace {

// Whether an indefinite article ("a", "another") comes right before token
// `first`: "a federal judge", "another special counsel" name no one yet.
bool IndefiniteBefore(const Knowledge& k, const std::vector<uint32_t>& words, uint32_t first) {
  if (first == 0) return false;
  auto determiner = k.lexicons().determiners.LongestAt(words, first - 1);
  return determiner && *determiner->value == "indefinite";
}

}  // namespace

std::string_view RelationTypeName(RelationType t) {
  switch (t) {
    case RelationType::kMet: return "MET";
    case RelationType::kSaid: return "SAID";
    case RelationType::kReacted: return "REACTED";
    case RelationType::kHoldsOffice: return "HOLDS_OFFICE";
    case RelationType::kMemberOf: return "MEMBER_OF";
    case RelationType::kContacted: return "CONTACTED";
    case RelationType::kAbout: return "ABOUT";
    case RelationType::kTold: return "TOLD";
  }
  return "MET";
}

std::optional<RelationType> ParseRelationType(std::string_view s) {
  for (RelationType t : {RelationType::kMet, RelationType::kSaid, RelationType::kReacted, RelationType::kHoldsOffice,
                         RelationType::kMemberOf, RelationType::kContacted, RelationType::kAbout, RelationType::kTold}) {
    if (RelationTypeName(t) == s) return t;
  }
  return std::nullopt;
}

RelateContext::RelateContext(const Knowledge& k, const ResolvedText& text, DocumentExtraction* out,
                             RelateOptions options)
    : k_(k), options_(options), text_(text), out_(out) {
  // Output entities: those the text names (a pronoun or a role alone names
  // nobody, nor "a federal judge", an office after an indefinite article that
  // binds no holder, the office of someone unnamed).
  output_of_.assign(text.entities.size(), -1);
  std::vector<bool> has_holder(text.entities.size(), false);
  for (const Binding& b : text.office_bindings) has_holder[b.target] = true;
  for (size_t e = 0; e < text.entities.size(); ++e) {
    const DocEntity& d = text.entities[e];
    ExtractedEntity x;
    for (uint32_t m : d.mentions) {
      const Mention& mention = mentions()[m];
      if (mention.kind == MentionKind::kPronoun || mention.kind == MentionKind::kRole) continue;
      if (d.type == EntityType::kOffice && !has_holder[e] && IndefiniteBefore(k, words(), mention.first_token)) continue;
      x.mentions.push_back({mention.start, mention.end});
    }
    for (const auto& [start, end] : d.embedded) x.mentions.push_back({start, end});
    auto by_start = [](const ExtractedMention& a, const ExtractedMention& b) { return a.start < b.start; };
    std::sort(x.mentions.begin(), x.mentions.end(), by_start);
    if (x.mentions.empty()) continue;
    for (const Description& description : d.descriptions) {
      x.descriptions.push_back({description.start, description.end, description.clause});
    }
    std::sort(x.descriptions.begin(), x.descriptions.end(), by_start);
    x.id = d.id;
    x.type = d.type;
    x.name = d.name;
    x.from_gazetteer = d.knowledge_index >= 0;
    x.knowledge_index = d.knowledge_index;
    output_of_[e] = static_cast<int32_t>(out->entities.size());
    out->entities.push_back(std::move(x));
  }
  const auto& toks = text.recognized.tokens.tokens;
  for (size_t e = 0; e < text.entities.size(); ++e) {
    if (output_of_[e] < 0) continue;
    for (const Description& description : text.entities[e].descriptions) {
      auto last = std::lower_bound(toks.begin(), toks.end(), description.end,
                                   [](const Token& t, uint32_t at) { return t.end < at; });
      if (last != toks.end() && last->end == description.end) {
        description_ends_.emplace_back(static_cast<uint32_t>(last - toks.begin()), output_of_[e]);
      }
    }
  }
  std::sort(description_ends_.begin(), description_ends_.end());
  holder_of_.assign(text.entities.size(), -1);
  for (const Binding& b : text.office_bindings) {
    if (!b.former) holder_of_[b.target] = static_cast<int32_t>(b.person);
  }
  // "The attorney general said": on a dated document, an office one person
  // holds at a time stands for its holder then, named in the text or not.
  holder_on_date_.assign(text.entities.size(), -1);
  if (text.date == kNoDate) return;
  for (size_t e = 0; e < text.entities.size(); ++e) {
    const DocEntity& d = text.entities[e];
    if (d.type != EntityType::kOffice || d.knowledge_index < 0 || output_of_[e] < 0) continue;
    uint32_t office = static_cast<uint32_t>(d.knowledge_index);
    std::vector<uint32_t> holders;
    for (const Tenure& t : k.TenuresOfOffice(office)) {
      if (t.Covers(text.date) && std::find(holders.begin(), holders.end(), t.person) == holders.end()) {
        holders.push_back(t.person);
      }
    }
    if (holders.size() != 1) continue;  // senators, judges: the text must say which
    const EntityRecord& person = k.entity(holders[0]);
    auto named = std::find_if(out->entities.begin(), out->entities.end(),
                              [&](const ExtractedEntity& x) { return x.id == person.id; });
    if (named == out->entities.end()) {
      ExtractedEntity x;
      x.id = person.id;
      x.type = person.type;
      x.name = person.name;
      x.knowledge_index = static_cast<int32_t>(holders[0]);
      // The office's mentions are this person's: "the national security adviser" refers to him.
      // Not those that are someone's title: "former House Speaker Newt Gingrich" is no
      // mention of the Speaker of the day.
      for (const ExtractedMention& m : out->entities[static_cast<size_t>(output_of_[e])].mentions) {
        bool title = std::any_of(text.office_bindings.begin(), text.office_bindings.end(), [&](const Binding& b) {
          return b.target == e && b.token < toks.size() && toks[b.token].start == m.start;
        });
        if (!title) x.mentions.push_back(m);
      }
      if (x.mentions.empty()) continue;
      out->entities.push_back(std::move(x));
      named = out->entities.end() - 1;
    }
    holder_on_date_[e] = static_cast<int32_t>(named - out->entities.begin());
  }
}

bool RelateContext::HasKind(int32_t output_entity, std::string_view kind) const {
  if (output_entity < 0) return false;
  auto k = k_.Find(OutputId(output_entity));
  if (!k) return false;
  for (const auto& [key, value] : k_.entity(*k).attributes) {
    if (key == "kind" && value == kind) return true;
  }
  return false;
}

int32_t RelateContext::OutputOf(int32_t doc_entity) const {
  return doc_entity < 0 ? -1 : output_of_[static_cast<size_t>(doc_entity)];
}

int32_t RelateContext::EntityOfMention(size_t mention, bool as_person) const {
  int32_t e = text_.mention_entity[mention];
  if (e < 0) return -1;
  const DocEntity& d = text_.entities[static_cast<size_t>(e)];
  if (as_person && d.type == EntityType::kOffice) {
    // "the fired former FBI director": someone who held the office before, never its holder then.
    if (FormerBefore(mentions()[mention].first_token)) return FormerHolder(mention, e);
    if (holder_of_[static_cast<size_t>(e)] >= 0) {
      // Bound to several people ("Rep. Schiff", later "Rep. Wasserman
      // Schultz"): the binding nearest before the mention, its own included.
      const Mention& here = mentions()[mention];
      int32_t nearest = -1;
      uint32_t nearest_at = 0;
      for (const Binding& b : text_.office_bindings) {
        if (b.former || b.target != static_cast<uint32_t>(e) || b.token > here.first_token) continue;
        if (nearest < 0 || b.token >= nearest_at) {
          nearest = static_cast<int32_t>(b.person);
          nearest_at = b.token;
        }
      }
      return OutputOf(nearest >= 0 ? nearest : holder_of_[static_cast<size_t>(e)]);
    }
    if (d.knowledge_index < 0) return -1;
    // "She traveled as first lady": the office is her role, not its holder's name;
    // "backs the appointment of another special counsel": someone yet to be named.
    uint32_t first = mentions()[mention].first_token;
    if (first > 0 && MarkerRole(first - 1) == "role-predicate") return -1;
    if (IndefiniteBefore(k_, words(), first)) return -1;
    // A person the document names who held the office then (at any time,
    // undated): of several ("the California congressman" among three
    // representatives), the one named last before the mention, as a pronoun's.
    const auto office = static_cast<uint32_t>(d.knowledge_index);
    int32_t chosen = PersonNamedLastBefore(mentions()[mention].first_token,
                                           [&](uint32_t person) { return k_.Held(person, office, text_.date); });
    if (chosen >= 0) return chosen;
    return holder_on_date_[static_cast<size_t>(e)];
  }
  return OutputOf(e);
}

bool RelateContext::FormerBefore(uint32_t first) const {
  for (uint32_t k = first >= 2 ? first - 2 : 0; k < first; ++k) {
    auto hit = k_.lexicons().former.LongestAt(words(), k);
    if (hit && k + hit->length == first) return true;
  }
  return false;
}

int32_t RelateContext::FormerHolder(size_t mention, int32_t office) const {
  uint32_t at = mentions()[mention].first_token;
  // "former FBI Director James Comey ... the former FBI director": the nearest
  // binding before it that the text marks former.
  int32_t nearest = -1;
  for (const Binding& b : text_.office_bindings) {
    if (b.former && b.target == static_cast<uint32_t>(office) && b.token <= at) nearest = static_cast<int32_t>(b.person);
  }
  if (nearest >= 0) return OutputOf(nearest);
  // Else a person the document names who left the office before the date, named last before it.
  const DocEntity& d = text_.entities[static_cast<size_t>(office)];
  if (d.knowledge_index < 0 || text_.date == kNoDate) return -1;
  const auto held = static_cast<uint32_t>(d.knowledge_index);
  return PersonNamedLastBefore(at, [&](uint32_t person) {
    const auto& tenures = k_.TenuresOfPerson(person);
    return std::any_of(tenures.begin(), tenures.end(),
                       [&](const Tenure& t) { return t.office == held && t.end < text_.date; });
  });
}

int32_t RelateContext::PersonNamedLastBefore(uint32_t at, const std::function<bool(uint32_t)>& fits) const {
  int32_t chosen = -1;
  int64_t chosen_at = -1;
  for (size_t x = 0; x < text_.entities.size(); ++x) {
    const DocEntity& p = text_.entities[x];
    if (p.type != EntityType::kPerson || p.knowledge_index < 0 || OutputOf(static_cast<int32_t>(x)) < 0 ||
        !fits(static_cast<uint32_t>(p.knowledge_index))) {
      continue;
    }
    int64_t last_before = -1;
    for (uint32_t pm : p.mentions) {
      if (mentions()[pm].first_token < at) last_before = std::max<int64_t>(last_before, mentions()[pm].first_token);
    }
    if (chosen < 0 || last_before > chosen_at) {
      chosen = OutputOf(static_cast<int32_t>(x));
      chosen_at = last_before;
    }
  }
  return chosen;
}

bool RelateContext::IsPunct(uint32_t token, char ch) const {
  const auto& toks = tokens().tokens;
  return token < toks.size() && toks[token].kind == TokenKind::kPunct && tokens().text[toks[token].start] == ch;
}

bool RelateContext::IsTitleQuote(uint32_t open) const {
  const auto& toks = tokens().tokens;
  uint32_t capitalized = 0, word_count = 0;
  bool mixed_case = false;  // "WE ARE NO LONGER A COUNTRY ...", a tweet in capitals, is words someone said
  for (uint32_t t = open + 1; t < toks.size() && t < open + kTitleQuoteTokens; ++t) {
    if (toks[t].quote == QuoteMark::kCloseDouble) {
      // One capitalized word opening several is a sentence ("Between 1997 and 2014,").
      return (capitalized > 1 || (capitalized == 1 && word_count == 1)) && (mixed_case || capitalized < 4);
    }
    if (toks[t].kind == TokenKind::kPunct) continue;
    ++word_count;
    if (toks[t].kind == TokenKind::kNumber) continue;
    // "Millie's Book", not "He's through."
    if (toks[t].kind == TokenKind::kPossessive && !k_.lexicons().pronouns.LongestAt(words(), t - 1)) continue;
    if (toks[t].kind != TokenKind::kWord) return false;
    if (toks[t].flags & kCapitalized) {
      ++capitalized;
      mixed_case |= !(toks[t].flags & kAllCaps);
    } else if (!k_.lexicons().determiners.LongestAt(words(), t) && !k_.lexicons().speaker_stops.LongestAt(words(), t) &&
               !k_.lexicons().coordination.LongestAt(words(), t)) {
      return false;  // a lower-case word other than "of", "the", "and": not "Thank you, son"
    }
  }
  return false;
}

bool RelateContext::IsWord(uint32_t token) const {
  return token < tokens().tokens.size() && tokens().tokens[token].kind == TokenKind::kWord;
}

bool RelateContext::InParentheses(uint32_t token) const {
  const auto& toks = tokens().tokens;
  for (uint32_t t = token; t-- > 0 && toks[t].sentence == toks[token].sentence;) {
    if (IsPunct(t, ')')) return false;
    if (IsPunct(t, '(')) return true;
  }
  return false;
}

bool RelateContext::IsPossessive(const Mention& m) const {
  // ("He's meeting with May": after a pronoun, "'s" is "is" or "has".)
  return m.kind != MentionKind::kPronoun && m.end_token < tokens().tokens.size() &&
         tokens().tokens[m.end_token].kind == TokenKind::kPossessive;
}

uint32_t RelateContext::ClauseStart(uint32_t token) const {
  const auto& toks = tokens().tokens;
  uint32_t first = tokens().sentences[toks[token].sentence].first_token;
  for (uint32_t t = token; t > first; --t) {
    uint32_t prev = t - 1;
    if (MentionAt(prev) < 0 && k_.lexicons().clause_boundaries.LongestAt(words(), prev)) return t;
  }
  return first;
}

namespace {

// The value of a one-word phrase of `lexicon` at `token`, or "".
std::string_view OneWordValue(const Lexicon& lexicon, std::span<const uint32_t> words, uint32_t token) {
  auto hit = lexicon.LongestAt(words, token);
  return hit && hit->length == 1 ? std::string_view(*hit->value) : std::string_view();
}

}  // namespace

std::string_view RelateContext::ClauseKind(uint32_t token) const {
  return OneWordValue(k_.lexicons().clause_boundaries, words(), token);
}

std::string_view RelateContext::MarkerRole(uint32_t token) const {
  return OneWordValue(k_.lexicons().markers, words(), token);
}

uint32_t RelateContext::ClauseEnd(uint32_t token, bool comma_closes) const {
  const auto& toks = tokens().tokens;
  uint32_t end = tokens().sentences[toks[token].sentence].end_token;
  for (uint32_t t = token + 1; t < end; ++t) {
    if (comma_closes && IsPunct(t, ',')) return t;
    if (MentionAt(t) < 0 && k_.lexicons().clause_boundaries.LongestAt(words(), t)) return t;
    // A quotation opens or closes here (a scare quote does not end the clause).
    if (toks[t].kind == TokenKind::kQuote && ((toks[t].flags & kQuoted) || (t + 1 < end && (toks[t + 1].flags & kQuoted)) ||
                                              (toks[t - 1].flags & kQuoted))) {
      return t;
    }
  }
  return end;
}

Evidence RelateContext::MakeEvidence(uint32_t first_token, uint32_t last_token, std::string trigger,
                                     std::string rule) const {
  const auto& toks = tokens().tokens;
  const Sentence& a = tokens().sentences[toks[first_token].sentence];
  const Sentence& b = tokens().sentences[toks[last_token].sentence];
  Evidence e;
  e.sentence = toks[first_token].sentence;
  e.start = a.start;
  e.end = b.end;
  e.trigger = std::move(trigger);
  e.rule = std::move(rule);
  return e;
}

int32_t RelateContext::DescribedBy(uint32_t token) const {
  auto it = std::lower_bound(description_ends_.begin(), description_ends_.end(), std::make_pair(token, INT32_MIN));
  return it != description_ends_.end() && it->first == token ? it->second : -1;
}

void RelateContext::NoteDescription(int32_t output_entity, uint32_t first, uint32_t end) const {
  if (output_entity < 0 || first >= end) return;
  const auto& toks = tokens().tokens;
  ExtractedMention span{toks[first].start, toks[end - 1].end, false};
  auto& spans = out_->entities[static_cast<size_t>(output_entity)].descriptions;
  for (const ExtractedMention& d : spans) {
    if (d.start < span.end && span.start < d.end) return;
  }
  spans.insert(std::upper_bound(spans.begin(), spans.end(), span,
                                [](const ExtractedMention& a, const ExtractedMention& b) { return a.start < b.start; }),
               span);
}

int32_t RelateContext::UnnamedEntity(uint32_t first, uint32_t end, uint32_t clause_end) {
  for (const auto& [at, entity] : unnamed_) {
    if (at == first) return entity;
  }
  const auto& toks = tokens().tokens;
  ExtractedEntity x;
  x.type = EntityType::kUnnamed;
  x.name = TokenText(first, end);
  // Unnamed speakers are of their document: two articles' "a White House
  // official" need not be one person.
  x.id = "U:" + out_->document.id + "@" + std::to_string(toks[first].start);
  x.from_gazetteer = false;
  x.mentions.push_back({toks[first].start, toks[end - 1].end, false});
  if (clause_end > end) x.descriptions.push_back({toks[end].start, toks[clause_end - 1].end, true});
  int32_t entity = static_cast<int32_t>(out_->entities.size());
  out_->entities.push_back(std::move(x));
  unnamed_.emplace_back(first, entity);
  return entity;
}

void RelateContext::Add(ExtractedRelation r) {
  if (r.type == RelationType::kSaid && r.target == r.source) r.target = -1;
  if (r.source < 0 || (r.type != RelationType::kSaid && r.target < 0) || r.source == r.target) return;
  int32_t a = r.source, b = r.target;
  if (r.type == RelationType::kMet || r.type == RelationType::kContacted) {
    if (a > b) std::swap(a, b);
  }
  std::string extra = r.type == RelationType::kSaid ? r.quote : std::string(1, r.polarity) + r.modality + (r.demand ? "!" : "");
  if (!seen_.emplace(static_cast<int>(r.type), a, b, r.negated, extra).second) return;
  out_->relations.push_back(std::move(r));
}

void Relator::Relate(const ResolvedText& text, DocumentExtraction* out) const {
  RelateContext c(knowledge_, text, out, options_);
  // Facts stated by juxtaposition, found by resolve.
  for (const Binding& b : text.office_bindings) {
    ExtractedRelation r;
    r.type = RelationType::kHoldsOffice;
    r.source = c.OutputOf(static_cast<int32_t>(b.person));
    r.target = c.OutputOf(static_cast<int32_t>(b.target));
    r.former = b.former;
    r.evidence = c.MakeEvidence(b.token, b.token, c.TokenText(b.token, b.token + 1), b.rule);
    c.Add(std::move(r));
  }
  for (const Binding& b : text.memberships) {
    ExtractedRelation r;
    r.type = RelationType::kMemberOf;
    r.source = c.OutputOf(static_cast<int32_t>(b.person));
    r.target = c.OutputOf(static_cast<int32_t>(b.target));
    r.evidence = c.MakeEvidence(b.token, b.token, c.TokenText(b.token, b.token + 1), b.rule);
    c.Add(std::move(r));
  }
  RelateQuotes(c);
  RelateReportedSpeech(c);
  RelateMeetings(c);
  RelateReactions(c);
  LinkStatementTopics(out);
  for (const auto& u : text.unresolved) {
    const Mention& m = text.recognized.mentions[u.mention];
    out->ambiguities.push_back({{m.start, m.end}, u.candidates});
  }
}

}  // namespace newsgraph
