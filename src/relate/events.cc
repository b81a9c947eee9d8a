// MET (and CONTACTED): a meeting or contact word, the people around it in its
// clause; and the helpers REACTED shares (events.h).
#include <algorithm>

#include "relate/events.h"
#include "relate/relate_context.h"
#include "relate/speech.h"
#include "util/text.h"

namespace newsgraph {
namespace {

// A person the mention stands for, as a participant of an event at `trigger`.
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

// "his meeting with Kim", "Trump's summit with Kim": the possessor right before
// a noun trigger is its only participant on the left, and "their meetings with
// him", "the company's meeting with Cohn" have none we know of.
struct Possessor {
  bool found = false;
  int32_t person = -1;
};

// "today's meeting with Putin", "Wednesday night's town-hall meeting": a
// possessive "'s" at `t` after a time (calendar.txt, time_cues.tsv `phrase`),
// which owns no meeting.
bool TimeOwner(const RelateContext& c, uint32_t t) {
  const Lexicons& lex = c.knowledge().lexicons();
  for (uint32_t n = 1; n <= 3 && n <= t; ++n) {
    if (c.MentionAt(t - n) >= 0) return false;
    if (n <= 2 && lex.calendar.LongestAt(c.words(), t - n)) return true;  // ("Wednesday night's")
    auto phrase = lex.time_cues.LongestAt(c.words(), t - n);
    if (phrase && phrase->length == n && *phrase->value == "phrase") return true;
  }
  return false;
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

// `subjects`: the people before a meeting verb, where "consulted with Kissinger
// and sat down with Haley" has the object of a preposition, who took no part.
void CollectParticipants(const RelateContext& c, uint32_t from, uint32_t to, uint32_t trigger, bool noun,
                         std::vector<int32_t>* into, bool subjects = false) {
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
    int32_t e = object ? -1 : Participant(c, m, trigger, noun);
    if (e >= 0 && std::find(into->begin(), into->end(), e) == into->end()) into->push_back(e);
    t = mention.end_token - 1;
  }
}

// The kind (coordination.tsv) of the list word at `t`, or "".
std::string_view CoordinationAt(const RelateContext& c, uint32_t t, uint32_t* length) {
  if (c.MentionAt(t) >= 0) return {};
  auto hit = c.knowledge().lexicons().coordination.LongestAt(c.words(), t);
  if (!hit) return {};
  *length = hit->length;
  return *hit->value;
}

// "met with Kislyak, Page and Manafort": a clause that a comma closed right
// after a name goes on to the end of the list, when the list ends with "and"
// (a comma after a lone name is an apposition or a new clause, not a list).
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

// Whether the names before the trigger form a "neither ... nor" list.
bool NegatedList(const RelateContext& c, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; ++t) {
    uint32_t length = 0;
    std::string_view kind = CoordinationAt(c, t, &length);
    if (kind == "neither" || kind == "nor") return true;
  }
  return false;
}

// A contact or meeting word that begins a longer reaction phrase ("called
// for", "called on") is that phrase's, and so is a call that labels someone
// ("called Cruz a liar").
bool ReactionPhraseAt(const RelateContext& c, uint32_t t, uint32_t length) {
  auto hit = c.knowledge().lexicons().reaction.LongestAt(c.words(), t);
  return hit && (hit->length > length || (*hit->value == "label" && EpithetAfter(c, t + hit->length) > 0));
}

// Whether a reaction.tsv phrase ends right before token `t`; not `none`, nor
// `label` ("described the meeting as positive": often by someone who was there),
// nor a negation ("rejected a meeting with Trudeau": a meeting denied).
bool ReactionEndsAt(const RelateContext& c, uint32_t t) {
  for (uint32_t k = t >= 3 ? t - 3 : 0; k < t; ++k) {
    if (c.MentionAt(k) >= 0) continue;
    auto hit = c.knowledge().lexicons().reaction.LongestAt(c.words(), k);
    if (hit && k + hit->length == t && *hit->value != "none" && *hit->value != "label" &&
        !c.knowledge().lexicons().negation.LongestAt(c.words(), k)) {
      return true;
    }
  }
  return false;
}

// Where the part of the clause that holds a meeting's subject starts, past
// the people who took no part; `clause_start` when nothing is passed:
// - "Kim fired a missile as Abe and Trump met", "before Yates met": "as" or a
//   subordinator right before the names before the trigger;
// - "The day after he fired Comey, Trump met with Lavrov": a clause that a
//   subordinating word (markers `subordinator`) opens and a comma closes,
//   when a person follows the comma;
// - "Spicer confirmed Ryan is meeting with Trump", "Trump said he met Putin":
//   a verb of reported speech (reported_speech.tsv `clause`) that a person
//   or "that" follows before the trigger (not a person the verb addresses,
//   before "to": "asked Comey to end the probe").
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
    bool subordinate = false;
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

// "talks with Bowman as Clinton attends the hearing": "as" (markers
// `role-predicate`) at `k` before a name and a lower-case word that is no
// function word opens a clause of its own (not "met Sessions as a senator").
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

// Where the `count` words before `t` start, not counting the words of names
// ("the upcoming Trump/Kim summit"), and not before `floor`.
uint32_t WordsBefore(const RelateContext& c, uint32_t t, uint32_t count, uint32_t floor) {
  uint32_t k = t;
  while (k > floor && count > 0) {
    --k;
    if (int32_t m = c.MentionAt(k); m >= 0) {
      k = std::max(floor, c.mentions()[static_cast<size_t>(m)].first_token);
    } else if (c.IsWord(k)) {
      --count;
    }
  }
  return k;
}

// Whether the meeting word at `t` is denied: by a "neither ... nor" list
// before it in its clause, or by a negation.txt cue within three words before
// it, which before a verb may be any words ("has never met", "did not meet
// with") and before a noun only determiners, auxiliaries, `light-verb` words
// (markers) and "-ly" adverbs ("no meeting", "did not have a meeting", "never
// held talks"; not "failed to disclose meetings he had", "would not confront
// Putin in their meeting", "After not seeing Trump since January, Schumer met with him").
bool DeniedAt(const RelateContext& c, uint32_t clause_start, uint32_t t, bool noun) {
  const Lexicons& lex = c.knowledge().lexicons();
  if (NegatedList(c, clause_start, t)) return true;  // "Neither the candidate nor anybody from her team met"
  const uint32_t from = WordsBefore(c, t, 3, clause_start);
  // "Trump and Premier Li Keqiang (not pictured) meet": an aside denies nothing.
  if (!noun) {
    for (uint32_t k = from; k < t; ++k) {
      if (c.MentionAt(k) < 0 && !c.InParentheses(k) && lex.negation.LongestAt(c.words(), k)) return true;
    }
    return false;
  }
  for (uint32_t k = t; k-- > from;) {
    if (c.MentionAt(k) >= 0 || !c.IsWord(k)) return false;
    if (lex.negation.LongestAt(c.words(), k)) return true;
    const std::string_view role = c.MarkerRole(k);
    if (!lex.determiners.LongestAt(c.words(), k) && role != "auxiliary" && role != "light-verb" &&
        !LooksLikeAdverb(c.tokens().Text(c.tokens().tokens[k]))) {
      return false;
    }
  }
  return false;
}

// modality.tsv `future` ("will", "'ll"): whether one stands in [from, to),
// outside mentions and quotations.
bool FutureBetween(const RelateContext& c, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k) {
    if (c.MentionAt(k) >= 0 || c.InsideQuote(k)) continue;
    auto hit = c.knowledge().lexicons().modality.LongestAt(c.words(), k);
    if (hit && *hit->value == "future") return true;
  }
  return false;
}

constexpr uint32_t kPlanReach = 8;  // tokens: the cue's "to", six words, the noun's determiner

// "are scheduled to participate in a meeting with Trump", "was due to travel
// to Jordan on Thursday for talks with King Abdullah": a plan of modality.tsv
// that ends in "to" in [from, to), at most six words before `to` (not
// "revealed plans to shut the test site by the end of May during his
// summit"), outside names and quotations.
bool PlanToBetween(const RelateContext& c, uint32_t from, uint32_t to, std::string* modality) {
  for (uint32_t k = std::max(from, to > kPlanReach ? to - kPlanReach : 0); k < to; ++k) {
    if (c.MentionAt(k) >= 0 || c.InsideQuote(k)) continue;
    auto hit = c.knowledge().lexicons().modality.LongestAt(c.words(), k);
    if (hit && (*hit->value == "planned" || *hit->value == "cancelled") && k + hit->length <= to &&
        c.TokenText(k + hit->length - 1, k + hit->length) == "to") {
      *modality = *hit->value;
      return true;
    }
  }
  return false;
}

// The person a subject pronoun right before the verb at `t` stands for (past
// markers `auxiliary` and "-ly" adverbs), or -1: "Perdue appointed Green ...,
// a year after he personally met with officials" has "he" for its whole
// subject. Not a pronoun that ends a list ("Kushner and he met").
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
  if (p.kind != MentionKind::kPronoun || p.possessive_pronoun || p.object_pronoun || p.first_token <= floor ||
      c.knowledge().lexicons().coordination.LongestAt(c.words(), p.first_token - 1)) {
    return -1;
  }
  return Participant(c, m, t, false);
}

// "Trump's own meeting with Kim", "his first summit with Putin": a meeting
// word one or two lower-case words after a possessive is a noun too (a
// possessive opens a noun phrase), unless a function word comes between
// ("her reasons for meeting"), and unless it is a verb's form that no noun
// has ("Trump's lawyers met with Mueller").
bool OwnedPastModifiers(const RelateContext& c, uint32_t t, std::string_view kind) {
  if (OwnedOrDetermined(c, t)) return true;
  if (kind == "verb" && !IsParticiple(c, t)) return false;
  const auto& toks = c.tokens().tokens;
  for (uint32_t k = t - 1; t >= 2 && k + 2 >= t && k > 0; --k) {
    if (c.MentionAt(k) >= 0 || !c.IsWord(k) || (toks[k].flags & kCapitalized) ||
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

// "asked him to meet": the person right before the "to" (markers
// `infinitive`) before the verb at `t`, past "-ly" adverbs, who is no object of
// a preposition ("agreed with Putin to meet"); -1 if none.
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

// Where the last meeting verb in [from, t) starts, else t. (A meeting noun
// before it is no verb with a subject: "a visit to Tokyo, where he met Abe".)
uint32_t EarlierVerbTriggerIn(const RelateContext& c, const Lexicon& triggers, TriggerStart trigger_bit,
                              uint32_t from, uint32_t t) {
  const std::span<const uint8_t> starts(c.text().recognized.trigger_starts);
  for (uint32_t k = t; k-- > from;) {
    if (!(starts[k] & trigger_bit) || c.MentionAt(k) >= 0) continue;
    auto hit = triggers.LongestAt(c.words(), k);
    if (hit && (*hit->value == "verb" || *hit->value == "visit") && !OwnedPastModifiers(c, k, *hit->value)) return k;
  }
  return t;
}

// "Sessions denied it but later acknowledged meeting with Kislyak", "Trump
// praised Abe while meeting with him": a clause that a word of
// clause_boundaries.tsv (`clause`) opens, with at most three adverbs,
// auxiliaries (speech_fillers.txt) or negations before its verb at `verb` and
// so no subject of its own, has the subject of the clause before it; -1 when
// it has its own or that clause opens with no person.
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

// A person at a gathering (markers `gathering`: "summit"), with where the text says so.
struct Seat {
  int32_t person = -1;
  Evidence evidence;
};

// "May addressed the 27 at the start of the summit ... Summit chair Donald
// Tusk argued ...": the people the article places at one gathering met, each
// pair once, though no sentence names two of them (the ones a sentence pairs
// already are).
void RelateGatheringSeats(RelateContext& c, const std::vector<Seat>& seats) {
  std::vector<std::pair<int32_t, int32_t>> paired;
  for (size_t i = 0; i < seats.size(); ++i) {
    for (size_t j = i + 1; j < seats.size(); ++j) {
      const Seat& a = seats[i];
      const Seat& b = seats[j];
      if (a.person == b.person || a.evidence.start == b.evidence.start) continue;
      const std::pair<int32_t, int32_t> pair{std::min(a.person, b.person), std::max(a.person, b.person)};
      if (std::find(paired.begin(), paired.end(), pair) != paired.end()) continue;
      paired.push_back(pair);
      ExtractedRelation r;
      r.type = RelationType::kMet;
      r.source = a.person;
      r.target = b.person;
      r.evidence = b.evidence;
      r.evidence.rule = "gathering-seats";
      c.Add(std::move(r));
    }
  }
}

// `trigger_bit`: the TriggerStart bit of `triggers`.
void RelateEncounters(RelateContext& c, const Lexicon& triggers, TriggerStart trigger_bit, RelationType type) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  const std::span<const uint8_t> starts(c.text().recognized.trigger_starts);
  std::vector<Seat> seats;
  for (auto t = static_cast<uint32_t>(NextTriggerStart(starts, trigger_bit, 0)); t < toks.size();
       t = static_cast<uint32_t>(NextTriggerStart(starts, trigger_bit, t + 1))) {
    if (c.MentionAt(t) >= 0 || c.InsideQuote(t)) continue;
    auto hit = triggers.LongestAt(c.words(), t);
    if (!hit) continue;
    uint32_t end = t + hit->length;
    if (ReactionPhraseAt(c, t, hit->length)) {
      t = end - 1;
      continue;
    }
    // `none`: a phrase that only looks like a meeting ("the concerns had been met", "was met with protests").
    if (*hit->value == "none") {
      t = end - 1;
      continue;
    }
    uint32_t hosted_to = *hit->value == "host" ? HostedTo(c, end) : 0;
    if (*hit->value == "host" && hosted_to == 0) continue;
    // "the summit between Trump and Putin" (`pair`): its participants all follow it.
    bool pair = *hit->value == "pair";
    // "meeting" after an owner or a determiner ("the company's meeting") is a noun.
    // "a trip that will include meetings with May and Putin" (`nouns`): one meeting with each.
    bool separate = *hit->value == "nouns";
    bool noun = pair || separate || *hit->value == "noun" || OwnedPastModifiers(c, t, *hit->value);
    // "arranged a meeting at a London cafe between Papadopoulos and Polonskaya":
    // markers `pair` a few words on, before any person, makes it a `pair` noun.
    for (uint32_t k = end; noun && !pair && k < end + 8 && k < toks.size() && !c.EndsSentence(k);) {
      if (int32_t m = c.MentionAt(k); m >= 0) {
        int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
        if (e < 0 || c.TypeOf(e) == EntityType::kPerson) break;
        k = c.mentions()[static_cast<size_t>(m)].end_token;
        continue;
      }
      pair = c.MarkerRole(k) == "pair";
      ++k;
    }
    uint32_t clause_start = c.ClauseStart(t);
    uint32_t subject_start = SubjectClauseStart(c, clause_start, t);
    // "... and President George W. Bush hosting President Putin": a participle
    // right after a person's name has that name for its subject ("meeting"
    // there is mostly a noun: "after Obama meeting", "the Trump Jr. meeting").
    if (!noun && t > subject_start && IsParticiple(c, t) && c.tokens().Text(toks[t]) != "meeting" &&
        c.tokens().Text(toks[t]) != "Meeting") {
      if (int32_t m = c.MentionAt(t - 1); m >= 0 && Participant(c, m, t, false) >= 0) {
        subject_start = std::max(subject_start, c.mentions()[static_cast<size_t>(m)].first_token);
      }
    }
    uint32_t clause_end = hosted_to > 0 ? hosted_to : ListEnd(c, c.ClauseEnd(end - 1, true));
    // "the meeting, which Kislyak requested": who asked for it took part.
    if (clause_end == end && c.IsPunct(end, ',') && c.ClauseKind(end + 1) == "relative") {
      clause_end = c.ClauseEnd(end + 1, true);
    }
    // "... met Rivlin and plans to meet Netanyahu": the next meeting word has its own objects.
    for (auto k = static_cast<uint32_t>(NextTriggerStart(starts, trigger_bit, end)); k < clause_end;
         k = static_cast<uint32_t>(NextTriggerStart(starts, trigger_bit, k + 1))) {
      if (c.MentionAt(k) < 0 && !c.InsideQuote(k) && triggers.LongestAt(c.words(), k)) {
        clause_end = k;
        break;
      }
    }
    std::vector<int32_t> people;
    Possessor possessor = noun ? PossessorBefore(c, t, subject_start) : Possessor{};
    // "celebrating the outcome of the meeting": a meeting that something is of
    // (markers `origin`), past a determiner, has nobody before it; but "at the
    // start of the talks", "in the midst of a lunch" (a preposition within three
    // words before "of") are a time or place in it, whose people took part.
    // Nor has one talked about (markers `topic`): "misleading Pence about
    // conversations he had with a Russian official".
    uint32_t noun_phrase = t;  // past names of places and organizations ("the Oval Office meeting")
    for (int32_t m = t > subject_start ? c.MentionAt(t - 1) : -1; m >= 0;) {
      int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
      if (e >= 0 && c.TypeOf(e) == EntityType::kPerson) break;
      noun_phrase = c.mentions()[static_cast<size_t>(m)].first_token;
      m = noun_phrase > subject_start ? c.MentionAt(noun_phrase - 1) : -1;
    }
    if (noun_phrase > subject_start && lex.determiners.LongestAt(c.words(), noun_phrase - 1)) --noun_phrase;
    bool about_noun = noun && !possessor.found && noun_phrase > subject_start && c.MentionAt(noun_phrase - 1) < 0 &&
                      c.MarkerRole(noun_phrase - 1) == "topic";
    // ("the handling of the Helsinki summit with Putin": past names of places.)
    bool of_noun = noun && !possessor.found && noun_phrase < t && noun_phrase >= subject_start + 1 &&
                   lex.determiners.LongestAt(c.words(), noun_phrase) && c.MarkerRole(noun_phrase - 1) == "origin";
    for (uint32_t k = noun_phrase - 1; of_noun && k-- > subject_start && k + 3 >= noun_phrase - 1;) {
      if (c.MentionAt(k) >= 0) break;
      of_noun = !IsPrepositionAt(lex, c.words(), k);
    }
    // Nor has one that someone reacted to ("Schumer criticized the meeting with
    // Kislyak"): a reaction.tsv phrase right before it is the verb it is object of.
    bool reacted_noun = noun && !possessor.found && noun_phrase > subject_start && ReactionEndsAt(c, noun_phrase);
    if (pair || of_noun || about_noun || reacted_noun) {
      // Nobody before "between" took part.
    } else if (possessor.found) {
      if (possessor.person >= 0) people.push_back(possessor.person);
    } else {
      // "Trump met Rivlin and plans to meet Netanyahu": an earlier meeting verb of
      // the clause, with someone before it, shares its subject; its object took no
      // part in this one.
      uint32_t earlier = EarlierVerbTriggerIn(c, triggers, trigger_bit, subject_start, t);
      if (earlier < t) CollectParticipants(c, subject_start, earlier, t, noun, &people, true);
      if (int32_t pronoun = noun || !people.empty() ? -1 : SubjectPronounBefore(c, t, subject_start); pronoun >= 0) {
        people.push_back(pronoun);
      }
      if (people.empty()) CollectParticipants(c, subject_start, t, t, noun, &people, true);
      // "Trump, who met Putin": a relative clause's subject is the name before it.
      if (people.empty() && clause_start >= 3 && c.IsPunct(clause_start - 2, ',') &&
          c.ClauseKind(clause_start - 1) == "relative") {
        int32_t m = c.MentionAt(clause_start - 3);
        int32_t e = m >= 0 ? Participant(c, m, t, noun) : -1;
        if (e >= 0) people.push_back(e);
      }
      // (Not a contact: "while calling Kerry the "worst negotiator"" labels him.)
      bool shares_subject = people.empty() && !noun && type == RelationType::kMet;
      if (int32_t e = shares_subject ? SubjectOfClauseBefore(c, clause_start, t) : -1; e >= 0) {
        people.push_back(e);
      }
    }
    size_t before = people.size();
    // "met with McGahn ... about Flynn": a topic (markers `topic`) ends the
    // participants, and so does a purpose ("met with Pence to discuss Putin",
    // "visited the court to honor Scalia"): "to" (markers `infinitive`) before a
    // lower-case word that is no determiner (nor after a plan: "expected to start").
    for (uint32_t k = end; k < clause_end; ++k) {
      if (c.MentionAt(k) >= 0) continue;
      bool amount = k + 1 < clause_end && toks[k + 1].kind == TokenKind::kNumber;  // "about 20 aides"
      bool purpose = c.MarkerRole(k) == "infinitive" && k + 1 < clause_end && c.MentionAt(k + 1) < 0 &&
                     c.IsWord(k + 1) && !(toks[k + 1].flags & kCapitalized) &&
                     !lex.determiners.LongestAt(c.words(), k + 1) && !lex.modality.LongestAt(c.words(), k - 1);
      // ("talks with Graham before Trump arrived": a subordinate clause, too.)
      if ((c.MarkerRole(k) == "topic" && !amount) || purpose || c.MarkerRole(k) == "subordinator") {
        clause_end = k;
        break;
      }
      // "... over dinner as he fought a solo campaign": such a clause's pronoun
      // subject was there (mostly the meeting's own subject), the rest of it not.
      if (AsClauseAt(c, k)) {
        const Mention& subject = c.mentions()[static_cast<size_t>(c.MentionAt(k + 1))];
        clause_end = subject.kind == MentionKind::kPronoun ? subject.end_token : k;
        break;
      }
    }
    CollectParticipants(c, end, clause_end, t, noun, &people);
    // "Trump called Pompeo and asked him to meet with Saudi leaders": the person
    // right before the "to" of a meeting verb with an object is its subject, and
    // the people before took no part ("invited Kim to meet" alone is the inviter's).
    if (int32_t agent = !noun && before > 1 && people.size() > before ? InfinitiveSubject(c, t, subject_start) : -1;
        agent >= 0 && std::find(people.begin(), people.begin() + static_cast<std::ptrdiff_t>(before), agent) !=
                          people.begin() + static_cast<std::ptrdiff_t>(before)) {
      people.erase(std::remove_if(people.begin(), people.begin() + static_cast<std::ptrdiff_t>(before),
                                  [agent](int32_t p) { return p != agent; }),
                   people.begin() + static_cast<std::ptrdiff_t>(before));
      before = 1;
    }
    // "Bill and Chelsea Clinton visited Ohio": a visit is a meeting only with someone visited.
    if (*hit->value == "visit" && people.size() == before) {
      t = end - 1;
      continue;
    }
    // Where the text places people at a gathering: "at the summit", "at the
    // start of the summit", "during the summit" (markers `seat` within four
    // words before the noun phrase), "on the sidelines of the summit" (a
    // place_cues.txt phrase of several words ending there), "summit chair Donald Tusk" (a noun
    // of affiliation_nouns.txt and a name after it).
    bool seated = false;
    if (type == RelationType::kMet && noun && !pair && !people.empty() && c.MarkerRole(t) == "gathering" &&
        (end >= toks.size() || toks[end].kind != TokenKind::kPossessive)) {  // ("took aim at the summit's host")
      for (uint32_t k = noun_phrase; !seated && k-- > subject_start && k + 4 >= noun_phrase && c.MentionAt(k) < 0;) {
        auto cue = lex.place_cues.LongestAt(c.words(), k);
        seated = c.MarkerRole(k) == "seat" || (cue && cue->length > 1 && k + cue->length == noun_phrase);
      }
      seated |= end + 1 < clause_end && c.MentionAt(end) < 0 && lex.affiliation_nouns.LongestAt(c.words(), end) &&
                c.MentionAt(end + 1) >= 0;
    }
    if (people.size() < 2 && !seated) {
      t = end - 1;
      continue;
    }
    ExtractedRelation proto;
    proto.type = type;
    proto.negated = DeniedAt(c, clause_start, t, noun);
    // "Sessions denied that he met ...": the denial governs the clause it introduces.
    if (!proto.negated && clause_start >= 2 && c.ClauseKind(clause_start - 1) == "complement") {
      proto.negated = CueBetween(c, lex.negation, clause_start - 2, clause_start - 1, nullptr);
    }
    std::string modality;
    // "plan to meet soon at a historic summit": a meeting noun after a meeting
    // verb of its clause is the verb's meeting, with the verb's plan.
    uint32_t verb = noun ? EarlierVerbTriggerIn(c, triggers, trigger_bit, subject_start, t) : t;
    if (CueBetween(c, lex.modality, WordsBefore(c, t, 3, subject_start), t, &modality) ||
        (verb < t && CueBetween(c, lex.modality, WordsBefore(c, verb, 3, subject_start), verb, &modality))) {
      proto.modality = modality;
    } else if (noun && PlanToBetween(c, subject_start, t, &modality)) {
      proto.modality = modality;
    } else if (noun && FutureBetween(c, subject_start, t)) {
      // A future auxiliary anywhere before a meeting noun in its clause, past
      // its subject: "will then head to Helsinki for a meeting with Putin" (a
      // verb has its own tense: "will accept ... after she met with Clinton").
      proto.modality = "future";
    } else if (clause_start > 0 && CueBetween(c, lex.modality, clause_start - 1, clause_start, &modality)) {
      proto.modality = modality;  // "If Trump met Putin": the word that opens the clause
    } else if (noun && !proto.negated) {
      // "talks expected to start", "the summit was called off": a plan right after the noun.
      for (uint32_t k = end; k < std::min(end + 2, clause_end) && c.MentionAt(k) < 0; ++k) {
        auto cue = lex.modality.LongestAt(c.words(), k);
        if (cue && *cue->value != "hypothetical") {
          proto.modality = *cue->value;
          break;
        }
      }
    }
    if (proto.modality == "future") proto.modality = "planned";
    proto.evidence = c.MakeEvidence(t, end - 1, c.TokenText(t, end), type == RelationType::kMet ? "meeting-clause" : "contact-clause");
    FindCircumstances(c, clause_start, std::max(clause_end, c.ClauseEnd(end - 1, false)), &proto.evidence);
    if (seated && !proto.negated && proto.modality == "asserted") {
      for (int32_t person : people) seats.push_back({person, proto.evidence});
    }
    if (people.size() < 2) {
      t = end - 1;
      continue;
    }
    // Neither of "neither A nor B" met the other: each of them only met (or not) those after the trigger.
    bool cross_only = before > 0 && before < people.size() && proto.negated && NegatedList(c, clause_start, t);
    for (size_t i = 0; i < people.size(); ++i) {
      for (size_t j = i + 1; j < people.size(); ++j) {
        // Nor did two named after a plural noun meet each other (`nouns`).
        if ((cross_only && j < before) || (separate && i >= before)) continue;
        ExtractedRelation r = proto;
        r.source = people[i];
        r.target = people[j];
        c.Add(std::move(r));
      }
    }
    t = end - 1;
  }
  RelateGatheringSeats(c, seats);
}

}  // namespace

void RelateMeetings(RelateContext& c) {
  RelateEncounters(c, c.knowledge().lexicons().meeting, kMeetingStart, RelationType::kMet);
  RelateEncounters(c, c.knowledge().lexicons().contact, kContactStart, RelationType::kContacted);
}

}  // namespace newsgraph
