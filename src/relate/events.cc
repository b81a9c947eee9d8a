// MET (and CONTACTED) and REACTED: a trigger word, the entities around it in
// its clause.
#include <algorithm>

#include "relate/relate_context.h"

namespace newsgraph {
namespace {

// A person the mention stands for, as a participant of an event at `trigger`.
int32_t Participant(const RelateContext& c, int32_t mention, uint32_t trigger, bool noun_trigger) {
  const Mention& m = c.mentions()[static_cast<size_t>(mention)];
  if (c.InParentheses(m.first_token) || c.InsideQuote(m.first_token)) return -1;
  // "Trump's son-in-law" is about the son-in-law, but "Trump's summit" is Trump's.
  if (c.IsPossessive(m) && !(noun_trigger && m.end_token + 4 >= trigger && m.end_token < trigger)) return -1;
  // A title before a name ("President Trump") is the name's; the name takes part.
  if (m.kind == MentionKind::kName && static_cast<size_t>(mention) + 1 < c.mentions().size() &&
      c.mentions()[static_cast<size_t>(mention) + 1].first_token == m.end_token) {
    int32_t own = c.EntityOfMention(static_cast<size_t>(mention), false);
    if (own >= 0 && c.TypeOf(own) == EntityType::kOffice) return -1;
  }
  int32_t e = c.EntityOfMention(static_cast<size_t>(mention), true);
  if (e < 0 || c.TypeOf(e) != EntityType::kPerson) return -1;
  return e;
}

// "his meeting with Kim", "Trump's summit with Kim": the possessor right before
// a noun trigger is its only participant on the left.
int32_t PossessorBefore(const RelateContext& c, uint32_t trigger, uint32_t clause_start) {
  const auto& toks = c.tokens().tokens;
  for (uint32_t back = 1; back <= 3 && back <= trigger - clause_start; ++back) {
    uint32_t t = trigger - back;
    int32_t m = c.MentionAt(t);
    if (m < 0) {
      if (toks[t].kind != TokenKind::kWord || (toks[t].flags & kCapitalized)) return -1;
      continue;
    }
    const Mention& mention = c.mentions()[static_cast<size_t>(m)];
    bool possessive = c.IsPossessive(mention) || (mention.kind == MentionKind::kPronoun && mention.possessive_pronoun);
    if (!possessive) return -1;
    int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
    return e >= 0 && c.TypeOf(e) == EntityType::kPerson ? e : -1;
  }
  return -1;
}

void CollectParticipants(const RelateContext& c, uint32_t from, uint32_t to, uint32_t trigger, bool noun,
                         std::vector<int32_t>* into) {
  for (uint32_t t = from; t < to; ++t) {
    int32_t m = c.MentionAt(t);
    if (m < 0) continue;
    int32_t e = Participant(c, m, trigger, noun);
    if (e >= 0 && std::find(into->begin(), into->end(), e) == into->end()) into->push_back(e);
    t = c.mentions()[static_cast<size_t>(m)].end_token - 1;
  }
}

bool CueBetween(const RelateContext& c, const Lexicon& lexicon, uint32_t from, uint32_t to, std::string* value) {
  for (uint32_t t = from; t < to; ++t) {
    if (c.MentionAt(t) >= 0) continue;
    if (auto hit = lexicon.LongestAt(c.words(), t)) {
      if (value) *value = *hit->value;
      return true;
    }
  }
  return false;
}

void RelateEncounters(RelateContext& c, const Lexicon& triggers, RelationType type) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  for (uint32_t t = 0; t < toks.size(); ++t) {
    if (c.MentionAt(t) >= 0 || c.InsideQuote(t)) continue;
    auto hit = triggers.LongestAt(c.words(), t);
    if (!hit) continue;
    uint32_t end = t + hit->length;
    bool noun = *hit->value == "noun";
    uint32_t clause_start = c.ClauseStart(t);
    uint32_t clause_end = c.ClauseEnd(end - 1, true);
    std::vector<int32_t> people;
    int32_t possessor = noun ? PossessorBefore(c, t, clause_start) : -1;
    if (possessor >= 0) {
      people.push_back(possessor);
    } else {
      CollectParticipants(c, clause_start, t, t, noun, &people);
    }
    CollectParticipants(c, end, clause_end, t, noun, &people);
    if (people.size() < 2) {
      t = end - 1;
      continue;
    }
    ExtractedRelation proto;
    proto.type = type;
    proto.negated = CueBetween(c, lex.negation, clause_start, t, nullptr);
    // "Sessions denied that he met ...": the denial governs the clause it introduces.
    if (!proto.negated && clause_start >= 2 && c.ClauseKind(clause_start - 1) == "complement") {
      proto.negated = CueBetween(c, lex.negation, clause_start - 2, clause_start - 1, nullptr);
    }
    std::string modality;
    if (CueBetween(c, lex.modality, t >= clause_start + 3 ? t - 3 : clause_start, t, &modality)) proto.modality = modality;
    proto.evidence = c.MakeEvidence(t, end - 1, c.TokenText(t, end), type == RelationType::kMet ? "meeting-clause" : "contact-clause");
    for (size_t i = 0; i < people.size(); ++i) {
      for (size_t j = i + 1; j < people.size(); ++j) {
        ExtractedRelation r = proto;
        r.source = people[i];
        r.target = people[j];
        c.Add(std::move(r));
      }
    }
    t = end - 1;
  }
}

}  // namespace

void RelateMeetings(RelateContext& c) {
  RelateEncounters(c, c.knowledge().lexicons().meeting, RelationType::kMet);
  RelateEncounters(c, c.knowledge().lexicons().contact, RelationType::kContacted);
}

void RelateReactions(RelateContext& c) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  for (uint32_t t = 0; t < toks.size(); ++t) {
    if (c.MentionAt(t) >= 0 || c.InsideQuote(t)) continue;
    auto hit = lex.reaction.LongestAt(c.words(), t);
    if (!hit) continue;
    uint32_t end = t + hit->length;
    // Who reacted: the nearest entity before the trigger in its clause.
    int32_t source = -1;
    uint32_t clause_start = c.ClauseStart(t);
    for (uint32_t k = t; k-- > clause_start;) {
      int32_t m = c.MentionAt(k);
      if (m < 0) continue;
      const Mention& mention = c.mentions()[static_cast<size_t>(m)];
      k = mention.first_token;
      if (c.IsPossessive(mention) || c.InParentheses(k) || c.InsideQuote(k)) continue;
      int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
      if (e >= 0 && c.TypeOf(e) != EntityType::kOffice && c.TypeOf(e) != EntityType::kPlace) {
        source = e;
        break;
      }
    }
    // "Comey, who later accused Trump": a relative clause's subject is the name before it.
    if (source < 0 && clause_start >= 3 && c.IsPunct(clause_start - 2, ',') &&
        c.ClauseKind(clause_start - 1) == "relative") {
      int32_t m = c.MentionAt(clause_start - 3);
      if (m >= 0) {
        int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
        if (e >= 0 && c.TypeOf(e) == EntityType::kPerson) source = e;
      }
    }
    // Whose act: the first other entity after it.
    int32_t target = -1;
    uint32_t clause_end = c.ClauseEnd(end - 1, true);
    for (uint32_t k = end; k < clause_end && source >= 0; ++k) {
      int32_t m = c.MentionAt(k);
      if (m < 0) continue;
      k = c.mentions()[static_cast<size_t>(m)].end_token - 1;
      int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
      if (e < 0 || e == source || c.TypeOf(e) == EntityType::kOffice || c.TypeOf(e) == EntityType::kPlace) continue;
      target = e;
      break;
    }
    if (source >= 0 && target >= 0) {
      ExtractedRelation r;
      r.type = RelationType::kReacted;
      r.source = source;
      r.target = target;
      r.polarity = hit->value->empty() ? '0' : (*hit->value)[0];
      r.evidence = c.MakeEvidence(t, end - 1, c.TokenText(t, end), "reaction-clause");
      c.Add(std::move(r));
    }
    t = end - 1;
  }
}

}  // namespace newsgraph
