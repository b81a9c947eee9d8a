// Who took part in a meeting or a contact: the contracts are in meeting_parties.h.
#include "relate/meeting_parties.h"

#include <algorithm>

#include "relate/events.h"
#include "relate/speech.h"
#include "util/text.h"

namespace newsgraph {
namespace {

// "today's meeting with Putin", "Wednesday night's town-hall meeting": a
// possessive "'s" at `t` after a time (calendar.txt, time_cues.tsv `phrase`),
// which owns no meeting.
bool TimeOwner(const RelateContext& c, uint32_t t) {
  if (TimeBefore(c, t, 0) > 0) return true;  // "today's", "last week's"
  // "Wednesday night's": a month or weekday a word further back.
  return t >= 2 && c.MentionAt(t - 1) < 0 && c.MentionAt(t - 2) < 0 &&
         c.knowledge().lexicons().calendar.LongestAt(c.words(), t - 2).has_value();
}

// The kind (coordination.tsv) of the list word at `t`, or "".
std::string_view CoordinationAt(const RelateContext& c, uint32_t t, uint32_t* length) {
  if (c.MentionAt(t) >= 0) return {};
  auto hit = c.knowledge().lexicons().coordination.LongestAt(c.words(), t);
  if (!hit) return {};
  *length = hit->length;
  return *hit->value;
}

}  // namespace

int32_t Participant(const RelateContext& c, int32_t mention, uint32_t trigger, bool noun_trigger) {
  const Mention& m = c.mentions()[static_cast<size_t>(mention)];
  if (c.InParentheses(m.first_token) || c.InsideQuote(m.first_token)) return -1;
  // "was met by the foreign minister and not Chancellor Helmut Kohl", "they, and not
  // Kavanaugh, had the encounter": a name right after a negation.txt word (past a
  // title glued to it) took no part.
  uint32_t start = m.first_token;
  if (int32_t title = start > 0 ? c.MentionAt(start - 1) : -1; title >= 0 && c.mentions()[static_cast<size_t>(title)].end_token == start) {
    start = c.mentions()[static_cast<size_t>(title)].first_token;
  }
  // (Not "Neither Sessions nor Page met Kislyak": a list of coordination.tsv, denied as a whole.)
  const Lexicons& lex = c.knowledge().lexicons();
  if (start > 0 && c.MentionAt(start - 1) < 0 && lex.negation.LongestAt(c.words(), start - 1) &&
      !lex.coordination.LongestAt(c.words(), start - 1)) {
    return -1;
  }
  // "Kirill Kudryavtsev/AP": a photo credit, no one in the picture (but
  // "the Trump/Kim summit" names two people).
  const auto& all = c.tokens().tokens;
  if (m.end_token + 1 < all.size() && c.IsPunct(m.end_token, '/') && !(all[m.end_token].flags & kSpaceBefore) &&
      (all[m.end_token + 1].flags & kCapitalized)) {
    int32_t next = c.MentionAt(m.end_token + 1);
    int32_t e = next >= 0 ? c.EntityOfMention(static_cast<size_t>(next), false) : -1;
    if (e < 0 || c.TypeOf(e) != EntityType::kPerson) return -1;
  }
  // "Trump's son-in-law" is about the son-in-law, and "other Sanders operatives"
  // about the operatives, but "Trump's summit" and "the Trump-Kim summit" are
  // theirs (not "Trump's performance at the summit": a preposition between).
  // So is "Manafort aide Rick Gates" (a name before a noun of
  // affiliation_nouns.txt: aide, lawyer ...).
  const auto& toks = c.tokens().tokens;
  // "a Trump visit to her state", "met with his lawyer": an owner pronoun after
  // the trigger stands for the noun it owns, someone else or something.
  if (m.kind == MentionKind::kPronoun && m.possessive_pronoun && !m.object_pronoun && m.first_token > trigger &&
      m.end_token < toks.size() && c.IsWord(m.end_token) && !(toks[m.end_token].flags & kCapitalized)) {
    return -1;
  }
  bool before_affiliation_noun = m.kind != MentionKind::kPronoun && m.kind != MentionKind::kRole && m.end_token < toks.size() &&
                                 c.IsWord(m.end_token) && !(toks[m.end_token].flags & kCapitalized) &&
                                 (c.knowledge().lexicons().affiliation_nouns.LongestAt(c.words(), m.end_token) ||
                                  c.MarkerRole(m.end_token) == "kin");  // "Trump son-in-law Jared Kushner"
  bool modifies_noun = c.IsPossessive(m) || NameAfterDeterminer(c, mention) || before_affiliation_noun;
  if (modifies_noun) {
    bool owns_trigger = noun_trigger && m.end_token + 4 >= trigger && m.end_token <= trigger;
    for (uint32_t k = m.end_token; owns_trigger && k < trigger; ++k) {
      owns_trigger = c.MentionAt(k) >= 0 || !IsPrepositionAt(c.knowledge().lexicons(), c.words(), k);
    }
    if (!owns_trigger) return -1;
  }
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

Possessor PossessorBefore(const RelateContext& c, uint32_t trigger, uint32_t clause_start) {
  const auto& toks = c.tokens().tokens;
  for (uint32_t back = 1; back <= 4 && back <= trigger - clause_start; ++back) {
    uint32_t t = trigger - back;
    int32_t m = c.MentionAt(t);
    if (m < 0) {
      if (toks[t].kind == TokenKind::kPossessive) {
        if (t > clause_start && c.MentionAt(t - 1) >= 0) continue;  // the mention's own "'s"
        if (TimeOwner(c, t)) return {};
        return {t > clause_start && c.IsWord(t - 1), -1};            // "the company's"
      }
      // ("Comey's January dinner with the president": a month or weekday may come between.)
      if (toks[t].kind != TokenKind::kWord ||
          ((toks[t].flags & kCapitalized) && !c.knowledge().lexicons().calendar.LongestAt(c.words(), t))) {
        return {};
      }
      if (c.MarkerRole(t) == "possessive") return {true, -1};  // "their", "its"
      continue;
    }
    const Mention& mention = c.mentions()[static_cast<size_t>(m)];
    bool possessive = c.IsPossessive(mention) || (mention.kind == MentionKind::kPronoun && mention.possessive_pronoun);
    if (!possessive) return {};
    int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
    return {true, e >= 0 && c.TypeOf(e) == EntityType::kPerson ? e : -1};
  }
  return {};
}

void CollectParticipants(const RelateContext& c, uint32_t from, uint32_t to, uint32_t trigger, bool noun,
                         std::vector<int32_t>* into, bool subjects) {
  bool owned_list = false;  // in a list after a common noun and "of" ("the staffs of Warner and Klobuchar")
  for (uint32_t t = from; t < to; ++t) {
    int32_t m = c.MentionAt(t);
    if (m < 0) {
      owned_list &= c.IsPunct(t, ',') || c.knowledge().lexicons().coordination.LongestAt(c.words(), t).has_value();
      continue;
    }
    // (Not "anybody from her team": an owner pronoun stands for the team.)
    const Mention& mention = c.mentions()[static_cast<size_t>(m)];
    bool object = subjects && !noun && mention.kind != MentionKind::kPronoun &&
                  IsPrepositionObject(c.knowledge().lexicons(), c.words(), t);
    // Before a meeting noun, an object of "of" (markers `origin`) is what
    // something else is of: "his criticism of Schumer, ... after a White House
    // meeting with small business owners"; not an owner ("the account of
    // Comey's dinner with"), nor a list that runs up to the noun ("ahead of
    // Putin summit", "images of Pompeo and Kim shaking hands").
    if (subjects && noun && mention.kind != MentionKind::kPronoun && t > from && c.MarkerRole(t - 1) == "origin" &&
        !c.IsPossessive(mention)) {
      uint32_t k = mention.end_token;
      const Lexicons& lex = c.knowledge().lexicons();
      for (int32_t next; k < to && ((next = c.MentionAt(k)) >= 0 || c.IsPunct(k, ',') ||
                                    lex.coordination.LongestAt(c.words(), k) || lex.determiners.LongestAt(c.words(), k));) {
        k = next >= 0 ? c.mentions()[static_cast<size_t>(next)].end_token : k + 1;
      }
      object = k < to;
    }
    // "Her rival, Bernie Sanders, met with Obama": an owner pronoun before a
    // name on the subject's side owns the name's noun ("his foray to visit
    // with Pena Nieto", with no name after it, is his).
    const auto& toks = c.tokens().tokens;
    uint32_t next = mention.end_token;
    bool owns_next = mention.kind == MentionKind::kPronoun && mention.possessive_pronoun && next < to &&
                     c.IsWord(next) && !(toks[next].flags & kCapitalized) &&
                     !IsFunctionWordAt(c.knowledge().lexicons(), c.words(), next);
    if (subjects && owns_next) {
      for (uint32_t k = mention.end_token; k < to && !object; ++k) {
        int32_t later = c.MentionAt(k);
        object = later >= 0 && c.mentions()[static_cast<size_t>(later)].kind != MentionKind::kPronoun &&
                 Participant(c, later, trigger, noun) >= 0;
      }
    }
    // "talks with the offices of Pelosi and Schumer", "met the family of Otto
    // Warmbier": after a common noun and "of" (markers `origin`), a name owns
    // whom the meeting was with.
    // (But "the meeting of Kim and Xi": after the meeting noun itself, "of" names its people.)
    if (!subjects && t >= 2 && c.MarkerRole(t - 1) == "origin" && c.IsWord(t - 2) &&
        !(toks[t - 2].flags & kCapitalized) && c.MentionAt(t - 2) < 0 &&
        !c.knowledge().lexicons().meeting.LongestAt(c.words(), t - 2)) {
      owned_list = true;
    }
    object |= owned_list;
    // "a meeting with a lawyer promising dirt on Clinton", "convened a meeting
    // ... on Trump's orders": after "on" (markers `programme`), past a
    // determiner, a topic, an owner or a programme, nobody met.
    if (!subjects) {
      const uint32_t before = t > from && c.knowledge().lexicons().determiners.LongestAt(c.words(), t - 1) ? t - 1 : t;
      object |= before > from && c.MentionAt(before - 1) < 0 && c.MarkerRole(before - 1) == "programme";
    }
    int32_t e = object ? -1 : Participant(c, m, trigger, noun);
    if (e >= 0 && std::find(into->begin(), into->end(), e) == into->end()) into->push_back(e);
    t = mention.end_token - 1;
  }
}

uint32_t ListEnd(const RelateContext& c, uint32_t clause_end) {
  const auto& toks = c.tokens().tokens;
  if (!c.IsPunct(clause_end, ',') || clause_end == 0 || c.MentionAt(clause_end - 1) < 0) return clause_end;
  uint32_t sentence_end = c.tokens().sentences[toks[clause_end].sentence].end_token;
  uint32_t t = clause_end;
  while (t < sentence_end && c.IsPunct(t, ',')) {
    uint32_t next = t + 1, length = 0;
    bool closing = !CoordinationAt(c, next, &length).empty();
    if (closing) next += length;
    int32_t m = next < sentence_end ? c.MentionAt(next) : -1;
    if (m < 0 || c.mentions()[static_cast<size_t>(m)].first_token != next) return clause_end;
    uint32_t after = c.mentions()[static_cast<size_t>(m)].end_token;
    if (closing) return after;
    if (after < sentence_end && !CoordinationAt(c, after, &length).empty()) {
      int32_t last = c.MentionAt(after + length);
      return last >= 0 ? c.mentions()[static_cast<size_t>(last)].end_token : clause_end;
    }
    t = after;
  }
  return clause_end;
}

uint32_t AppositionEnd(const RelateContext& c, uint32_t from, uint32_t clause_end, uint32_t trigger) {
  const auto& toks = c.tokens().tokens;
  if (clause_end <= from || clause_end + 1 >= toks.size() || !c.IsPunct(clause_end, ',') || !c.IsWord(clause_end - 1) ||
      (toks[clause_end - 1].flags & kCapitalized)) {
    return clause_end;
  }
  for (uint32_t k = from; k < clause_end; ++k) {
    if (int32_t m = c.MentionAt(k); m >= 0 && Participant(c, m, trigger, false) >= 0) return clause_end;
  }
  // "met with a handful of Republican senators, including Tom Cotton and David
  // Perdue": past a word of markers `object-link`, the list of names it leads to
  // (when a preposition ends the trigger, so that the words before the comma are its
  // object: not "The encounter will highlight how the former leaders, including Obama").
  const bool linked = c.MarkerRole(clause_end + 1) == "object-link" && from > 0 &&
                      IsPrepositionAt(c.knowledge().lexicons(), c.words(), from - 1);
  const uint32_t first = clause_end + (linked ? 2 : 1);
  const int32_t named = first < toks.size() ? c.MentionAt(first) : -1;
  if (named < 0 || c.mentions()[static_cast<size_t>(named)].first_token != first ||
      Participant(c, named, trigger, false) < 0) {
    return clause_end;
  }
  uint32_t after = c.mentions()[static_cast<size_t>(named)].end_token;
  if (linked) {
    uint32_t length = 0;
    if (after < toks.size() && !CoordinationAt(c, after, &length).empty() && after + length < toks.size() &&
        c.MentionAt(after + length) >= 0) {
      return c.mentions()[static_cast<size_t>(c.MentionAt(after + length))].end_token;
    }
    return ListEnd(c, after);
  }
  return after >= toks.size() || toks[after].kind == TokenKind::kPunct ? after : clause_end;
}

bool NegatedList(const RelateContext& c, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; ++t) {
    uint32_t length = 0;
    std::string_view kind = CoordinationAt(c, t, &length);
    if (kind == "neither" || kind == "nor") return true;
  }
  return false;
}

uint32_t SubjectClauseStart(const RelateContext& c, uint32_t clause_start, uint32_t trigger) {
  // "Kim fired a missile over Japan as Abe and Trump met", "leaked it to
  // Ignatius two weeks before Yates met with McGahn": "as" (markers
  // `role-predicate`) or a `subordinator` right before the names, fillers and
  // list words that end at the trigger opens its clause.
  for (uint32_t k = trigger; k-- > clause_start;) {
    if (c.MentionAt(k) >= 0 || c.IsPunct(k, ',') || IsSpeechFiller(c, k) ||
        c.knowledge().lexicons().coordination.LongestAt(c.words(), k)) {
      continue;
    }
    // (Not before a noun in "-ing": "after Obama meeting" was Sanders's too.)
    if ((c.MarkerRole(k) == "role-predicate" || (c.MarkerRole(k) == "subordinator" && !IsParticiple(c, trigger))) &&
        k + 1 < trigger && c.MentionAt(k + 1) >= 0 &&
        Participant(c, c.MentionAt(k + 1), trigger, false) >= 0) {
      return k + 1;
    }
    break;
  }
  for (uint32_t k = trigger; k-- > clause_start;) {
    if (!c.IsPunct(k, ',')) continue;
    // ("As Burr and Warner stood together, Nunes met": an opening "as", markers
    // `role-predicate`, opens such a clause too.)
    bool subordinate = c.MentionAt(clause_start) < 0 && c.MarkerRole(clause_start) == "role-predicate";
    for (uint32_t j = clause_start; j < k && !subordinate; ++j) {
      subordinate = c.MentionAt(j) < 0 && c.MarkerRole(j) == "subordinator";
    }
    if (!subordinate) break;
    for (uint32_t j = k + 1; j < trigger; ++j) {
      if (int32_t m = c.MentionAt(j); m >= 0 && Participant(c, m, trigger, false) >= 0) {
        clause_start = k + 1;
        break;
      }
    }
    break;
  }
  const Lexicon& reported = c.knowledge().lexicons().reported_speech;
  for (uint32_t k = trigger; k-- > clause_start;) {
    if (c.MentionAt(k) >= 0 || !c.IsWord(k)) continue;
    auto hit = reported.LongestAt(c.words(), k);
    if (!hit || *hit->value != "clause" || k + hit->length >= trigger) continue;
    // "Corker added that ...": the clause "that" opens is what was said.
    if (c.ClauseKind(k + hit->length) == "complement") return k + hit->length;
    for (uint32_t j = k + hit->length; j < trigger; ++j) {
      int32_t m = c.MentionAt(j);
      if (m < 0 || Participant(c, m, trigger, false) < 0) continue;
      uint32_t after = c.mentions()[static_cast<size_t>(m)].end_token;
      return c.MarkerRole(after) == "infinitive" ? clause_start : k + hit->length;
    }
    return clause_start;
  }
  return clause_start;
}

bool AsClauseAt(const RelateContext& c, uint32_t k) {
  const auto& toks = c.tokens().tokens;
  if (c.MarkerRole(k) != "role-predicate" || k + 1 >= toks.size()) return false;
  int32_t m = c.MentionAt(k + 1);
  if (m < 0) return false;
  uint32_t after = c.mentions()[static_cast<size_t>(m)].end_token;
  // ("as U.S. Secretary of State Hillary Clinton attends": names after names.)
  while (after < toks.size() && (m = c.MentionAt(after)) >= 0) after = c.mentions()[static_cast<size_t>(m)].end_token;
  const Lexicons& lex = c.knowledge().lexicons();
  return after < toks.size() && c.IsWord(after) && !(toks[after].flags & kCapitalized) &&
         !lex.determiners.LongestAt(c.words(), after) && !lex.coordination.LongestAt(c.words(), after) &&
         !IsPrepositionAt(lex, c.words(), after);
}

int32_t SubjectPronounBefore(const RelateContext& c, uint32_t t, uint32_t floor) {
  const auto& toks = c.tokens().tokens;
  uint32_t k = t;
  while (k > floor && c.MentionAt(k - 1) < 0 && c.IsWord(k - 1) &&
         (c.MarkerRole(k - 1) == "auxiliary" || LooksLikeAdverb(c.tokens().Text(toks[k - 1])))) {
    --k;
  }
  int32_t m = k > floor ? c.MentionAt(k - 1) : -1;
  if (m < 0) return -1;
  const Mention& p = c.mentions()[static_cast<size_t>(m)];
  // (", and she hosted": after a comma the coordination opens a clause, no list.)
  const uint32_t first = p.first_token;
  if (p.kind != MentionKind::kPronoun || p.possessive_pronoun || p.object_pronoun || first <= floor ||
      (c.knowledge().lexicons().coordination.LongestAt(c.words(), first - 1) &&
       !(first >= 2 && c.IsPunct(first - 2, ',')))) {
    return -1;
  }
  const int32_t person = Participant(c, m, t, false);
  return person >= 0 ? person : kUnnamedSubject;
}

bool OwnedPastModifiers(const RelateContext& c, uint32_t t, std::string_view kind) {
  if (OwnedOrDetermined(c, t)) return true;
  if ((kind == "verb" || kind == "direct") && !IsParticiple(c, t)) return false;
  const auto& toks = c.tokens().tokens;
  // (A number modifies as a word does: "Pompeo's 90-minute meeting", "Trump's 2016 meeting".)
  for (uint32_t k = t - 1; t >= 2 && k + 2 >= t && k > 0; --k) {
    if (c.MentionAt(k) >= 0 || !(c.IsWord(k) || toks[k].kind == TokenKind::kNumber) || (toks[k].flags & kCapitalized) ||
        IsFunctionWordAt(c.knowledge().lexicons(), c.words(), k)) {
      return false;
    }
    if (toks[k - 1].kind == TokenKind::kPossessive || c.MarkerRole(k - 1) == "possessive") return true;
    if (int32_t m = c.MentionAt(k - 1); m >= 0) {
      const Mention& owner = c.mentions()[static_cast<size_t>(m)];
      return owner.kind == MentionKind::kPronoun && owner.possessive_pronoun;
    }
  }
  return false;
}

int32_t InfinitiveSubject(const RelateContext& c, uint32_t t, uint32_t floor) {
  uint32_t k = t;
  while (k > floor && LooksLikeAdverb(c.tokens().Text(c.tokens().tokens[k - 1]))) --k;
  if (k < floor + 2 || c.MarkerRole(k - 1) != "infinitive") return -1;
  int32_t m = c.MentionAt(k - 2);
  if (m < 0) return -1;
  const Mention& mention = c.mentions()[static_cast<size_t>(m)];
  if (mention.end_token != k - 1 || IsPrepositionObject(c.knowledge().lexicons(), c.words(), mention.first_token)) return -1;
  return Participant(c, m, t, false);
}

uint32_t EarlierVerbTriggerIn(const RelateContext& c, const Lexicon& triggers, TriggerStart trigger_bit,
                              uint32_t from, uint32_t t) {
  const std::span<const uint8_t> starts(c.text().recognized.trigger_starts);
  for (uint32_t k = t; k-- > from;) {
    if (!(starts[k] & trigger_bit) || c.MentionAt(k) >= 0) continue;
    auto hit = triggers.LongestAt(c.words(), k);
    const bool verb = hit && (*hit->value == "verb" || *hit->value == "visit" || *hit->value == "direct");
    if (verb && !OwnedPastModifiers(c, k, *hit->value)) return k;
  }
  return t;
}

int32_t SubjectOfClauseBefore(const RelateContext& c, uint32_t clause_start, uint32_t verb) {
  if (clause_start < 2 || verb > clause_start + 3 || !c.IsWord(clause_start - 1) ||
      c.ClauseKind(clause_start - 1) != "clause") {
    return -1;
  }
  for (uint32_t k = clause_start; k < verb; ++k) {
    // ("acknowledged meeting with": a verb in "-ed" before the "-ing" trigger.)
    bool gerund_object = k + 1 == verb && IsParticiple(c, verb) && IsPastForm(c, k);
    if (!IsSpeechFiller(c, k) && !gerund_object &&
        !(c.MentionAt(k) < 0 && c.knowledge().lexicons().negation.LongestAt(c.words(), k))) {
      return -1;
    }
  }
  int32_t e = ClauseSubject(c, c.ClauseStart(clause_start - 2), clause_start - 1);
  return e >= 0 && c.TypeOf(e) == EntityType::kPerson ? e : -1;
}

}  // namespace newsgraph
