// MET (and CONTACTED): a meeting or contact word, whether it is denied or only
// planned, and the pairs of its people (who they are: meeting_parties.h); and
// the helpers REACTED shares (events.h).
#include <algorithm>

#include "relate/events.h"
#include "relate/meeting_parties.h"
#include "relate/relate_context.h"
#include "relate/speech.h"
#include "util/text.h"

namespace newsgraph {
namespace {

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
  return ReactionPhraseEndsAt(c, t, [&c](const std::string& value, uint32_t start) {
    return value != "none" && value != "label" && !c.knowledge().lexicons().negation.LongestAt(c.words(), start);
  });
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

// "meeting", mostly a noun even where nothing marks it as one.
bool MeetingWordAt(const RelateContext& c, uint32_t t) {
  const std::string_view word = c.tokens().Text(c.tokens().tokens[t]);
  return word == "meeting" || word == "Meeting";
}

// Whether a pronoun mention starts at `k` whose form is only ever a subject
// ("he", "she": pronouns.tsv `subject`).
bool SubjectOnlyPronounAt(const RelateContext& c, uint32_t k) {
  const int32_t m = c.MentionAt(k);
  if (m < 0 || c.mentions()[static_cast<size_t>(m)].kind != MentionKind::kPronoun) return false;
  auto hit = c.knowledge().lexicons().pronouns.LongestAt(c.words(), k);
  return hit && hit->value->find("subject") != std::string::npos;
}

// "attended one meeting of the Principals Committee and Flynn was fired": a
// coordination word, a name (or a pronoun) and a copula, or an auxiliary or a
// modal before a verb, open a clause of its own; the objects end before it
// (not "and Pence later that day": an adverb before no verb); but after a
// person's name the list goes on ("a meeting between Kim and Trump is in the works").
bool CoordinatedClauseAt(const RelateContext& c, uint32_t k) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  if (k == 0 || k + 2 >= toks.size() || c.MentionAt(k) >= 0 || !lex.coordination.LongestAt(c.words(), k)) return false;
  const uint32_t list_end = k >= 2 && c.IsPunct(k - 1, ',') ? k - 1 : k;  // ("Obama, Lynch, and McCabe were")
  if (const int32_t before = c.MentionAt(list_end - 1); before >= 0) {
    const int32_t e = c.EntityOfMention(static_cast<size_t>(before), true);
    if (e >= 0 && c.TypeOf(e) == EntityType::kPerson) return false;
  }
  uint32_t after = k + 1;
  for (int32_t m; after < toks.size() && (m = c.MentionAt(after)) >= 0;) {
    after = c.mentions()[static_cast<size_t>(m)].end_token;
  }
  if (after == k + 1 || after + 1 >= toks.size() || !c.IsWord(after)) return false;
  if (lex.copulas.LongestAt(c.words(), after)) return true;
  const std::string_view role = c.MarkerRole(after);
  const uint32_t verb = after + 1;
  return (role == "auxiliary" || role == "modal") && c.IsWord(verb) && c.MentionAt(verb) < 0 &&
         !(toks[verb].flags & kCapitalized) && !lex.determiners.LongestAt(c.words(), verb) &&
         !IsPrepositionAt(lex, c.words(), verb);
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
    if (!noun && t > subject_start && IsParticiple(c, t) && !MeetingWordAt(c, t)) {
      if (int32_t m = c.MentionAt(t - 1); m >= 0 && Participant(c, m, t, false) >= 0) {
        subject_start = std::max(subject_start, c.mentions()[static_cast<size_t>(m)].first_token);
      }
    }
    uint32_t clause_end = hosted_to > 0 ? hosted_to : ListEnd(c, c.ClauseEnd(end - 1, true));
    // (Not after a contact noun, mostly a modifier there: "his communications director, Josh Ellis".)
    if (type == RelationType::kMet && hosted_to == 0) clause_end = AppositionEnd(c, end, clause_end, t);
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
      const int32_t pronoun = noun || !people.empty() ? -1 : SubjectPronounBefore(c, t, subject_start);
      if (pronoun >= 0) people.push_back(pronoun);
      if (people.empty() && pronoun != kUnnamedSubject) {
        CollectParticipants(c, subject_start, t, t, noun, &people, true);
      }
      // "Trump, who met Putin": a relative clause's subject is the name before it.
      if (people.empty() && pronoun != kUnnamedSubject && clause_start >= 3 && c.IsPunct(clause_start - 2, ',') &&
          c.ClauseKind(clause_start - 1) == "relative") {
        int32_t m = c.MentionAt(clause_start - 3);
        int32_t e = m >= 0 ? Participant(c, m, t, noun) : -1;
        if (e >= 0) people.push_back(e);
      }
      // (Not a contact: "while calling Kerry the "worst negotiator"" labels him.)
      bool shares_subject = people.empty() && !noun && type == RelationType::kMet && pronoun != kUnnamedSubject;
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
      // "never met a candidate he didn't like": after a meeting verb a subject
      // pronoun (pronouns.tsv `subject`) is no object; it opens a clause of its own.
      // (Not after a noun: "the meeting he had with Kislyak", "In one early
      // December meeting at Trump Tower, he and Kushner talked" were theirs.)
      if (!noun && k > end && !MeetingWordAt(c, t) && SubjectOnlyPronounAt(c, k)) {
        clause_end = k;
        break;
      }
      if (c.MentionAt(k) >= 0) continue;
      bool amount = k + 1 < clause_end && toks[k + 1].kind == TokenKind::kNumber;  // "about 20 aides"
      bool purpose = c.MarkerRole(k) == "infinitive" && k + 1 < clause_end && c.MentionAt(k + 1) < 0 &&
                     c.IsWord(k + 1) && !(toks[k + 1].flags & kCapitalized) &&
                     !lex.determiners.LongestAt(c.words(), k + 1) && !lex.modality.LongestAt(c.words(), k - 1);
      // ("talks with Graham before Trump arrived": a subordinate clause, too.)
      // ("defending his meeting with Putin and calling for an end to the
      // special counsel investigation": a verb joined after the objects; not
      // one right after the trigger, which shares them: "never met or spoke
      // with Manafort".)
      const bool joined_verb = k > end && k + 1 < clause_end && (JoinedVerbAt(c, k) || CoordinatedClauseAt(c, k));
      if ((c.MarkerRole(k) == "topic" && !amount) || purpose || c.MarkerRole(k) == "subordinator" || joined_verb) {
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
    // "Bill and Chelsea Clinton visited Ohio": a visit is a meeting only with
    // someone visited; and a `direct` verb only with a person right after it,
    // past a determiner ("hosted Abe at Mar-a-Lago"; not "hosted a segment on
    // Bernie bros", "Fox hosted the debate and led with Ms. Kelly").
    bool direct_object = false;
    if (*hit->value == "direct") {
      // (Past "by", an honorific, a place and a title: "hosted by Ryan",
      // "hosted Mr. Trump", "hosted Texas Sen. Ted Cruz".)
      int32_t m = -1;
      for (uint32_t k = end, hops = 0; k < clause_end && hops < 4; ++hops) {
        if ((m = c.MentionAt(k)) >= 0) {
          if (c.mentions()[static_cast<size_t>(m)].possessive_pronoun) {
            m = -1;  // "hosted his hearing": the owner of what was hosted
            break;
          }
          if (Participant(c, m, t, false) >= 0) break;  // "hosted by the President"
          int32_t e = c.EntityOfMention(static_cast<size_t>(m), false);
          if (e < 0 || (c.TypeOf(e) != EntityType::kOffice && c.TypeOf(e) != EntityType::kPlace)) break;
          k = c.mentions()[static_cast<size_t>(m)].end_token;
          m = -1;
          continue;
        }
        auto skipped = lex.determiners.LongestAt(c.words(), k);
        if (!skipped) skipped = lex.honorifics.LongestAt(c.words(), k);
        if (!skipped && c.MarkerRole(k) == "agent") skipped = lex.markers.LongestAt(c.words(), k);
        if (!skipped) break;
        k += static_cast<uint32_t>(skipped->length);
      }
      direct_object = m >= 0 && Participant(c, m, t, false) >= 0;
    }
    if ((*hit->value == "visit" && people.size() == before) || (*hit->value == "direct" && !direct_object)) {
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
      // "talks expected to start", "the summit was called off": a plan right
      // after the noun, or right after the names of its people, past a comma
      // ("Trump's summit with Kim set for June 12", "the summit between Trump
      // and Kim, planned for June").
      uint32_t names_end = end;
      for (uint32_t k = end; k < clause_end;) {
        if (const int32_t m = c.MentionAt(k); m >= 0) {
          k = names_end = c.mentions()[static_cast<size_t>(m)].end_token;
        } else if (names_end > end && k + 1 < clause_end && c.MentionAt(k + 1) >= 0 &&
                   (c.IsPunct(k, ',') || lex.coordination.LongestAt(c.words(), k))) {
          ++k;  // "Trump and Kim"
        } else {
          break;
        }
      }
      if (names_end > end && names_end < toks.size() && c.IsPunct(names_end, ',')) ++names_end;
      for (uint32_t from : {end, names_end}) {
        // (Not past a purpose: "waited until after the talks with Lavrov to invite Tillerson".)
        for (uint32_t k = from; k < std::min<size_t>(from + 2, toks.size()) && c.MentionAt(k) < 0 &&
                                c.MarkerRole(k) != "infinitive";
             ++k) {
          auto cue = lex.modality.LongestAt(c.words(), k);
          if (cue && *cue->value != "hypothetical" && proto.modality == "asserted") proto.modality = *cue->value;
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
