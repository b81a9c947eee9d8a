// REACTED: a reaction word (reaction.tsv), who reacted before it in its clause
// and whose act after it, with the polarity the word carries.
#include <algorithm>

#include "relate/events.h"
#include "relate/reaction_parties.h"
#include "relate/relate_context.h"
#include "relate/speech.h"
#include "util/text.h"

namespace newsgraph {
namespace {

// reaction.tsv's value: a polarity ("+", "-", "0"), or "demand" with the
// polarity the phrase carries, if any ("demand", "demand-").
constexpr std::string_view kStance = "stance";
// reaction.tsv's `act` prefix: a reaction only to someone's act or words
// ("questioned Trump's fitness"); a person as its direct object is
// interrogated ("the FBI questioned Mills"), no reaction.
constexpr std::string_view kAct = "act";

void ReadReactionValue(std::string_view value, ExtractedRelation* r) {
  if (value.substr(0, kStance.size()) == kStance) value.remove_prefix(kStance.size());
  if (value.substr(0, kAct.size()) == kAct) value.remove_prefix(kAct.size());
  constexpr std::string_view kDemand = "demand";
  r->demand = value.substr(0, kDemand.size()) == kDemand;
  if (r->demand) value.remove_prefix(kDemand.size());
  r->polarity = value.empty() ? '0' : value[0];
}

// "We applaud Senator Grassley," Feinstein said; "We're honored and grateful
// that ...": a reaction inside a direct quote whose subject, a few words
// before, is "I" or "we" (markers.tsv `first-person`) is the quote's speaker's.
int32_t FirstPersonSpeaker(const RelateContext& c, uint32_t trigger) {
  uint32_t k = trigger;
  for (int words = 0; k > 0 && words < 4; ++words) {
    --k;
    if (!c.IsWord(k) || !c.InsideQuote(k)) return -1;
    // (Checked before mentions: a quote's opening "I" can pass for an initial.)
    if (c.MarkerRole(k) != "first-person") {
      // "I understand the appeal of ...": after a determiner the word is a noun.
      if (c.MentionAt(k) >= 0 || c.knowledge().lexicons().determiners.LongestAt(c.words(), k)) return -1;
      continue;
    }
    uint32_t at = c.tokens().tokens[trigger].start;
    for (const ExtractedRelation& r : c.relations()) {
      if (r.type == RelationType::kSaid && r.direct && r.source >= 0 && r.quote_start <= at && at < r.quote_end) {
        return r.source;
      }
    }
    return -1;
  }
  return -1;
}

// Whether only names, titles, capitalized words and determiners stand between
// the trigger's end and `first`: what starts at `first` is the verb's object.
bool DirectObject(const RelateContext& c, uint32_t end, uint32_t first) {
  const auto& toks = c.tokens().tokens;
  for (uint32_t k = end; k < first; ++k) {
    if (c.MentionAt(k) >= 0 || (toks[k].flags & kCapitalized) || c.IsPunct(k, '.')) continue;
    if (!c.knowledge().lexicons().determiners.LongestAt(c.words(), k)) return false;
  }
  return true;
}

// "harbingers of the Sanders insurgency by taking his time endorsing her": a
// person's name (not a title's) between a determiner and a common noun
// qualifies the noun; but not a body the person speaks through ("the Kemp
// campaign accused", speaker_bodies.txt).
bool NamesAPersonBeforeANoun(const RelateContext& c, int32_t m) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  const Mention& mention = c.mentions()[static_cast<size_t>(m)];
  const int32_t named = c.EntityOfMention(static_cast<size_t>(m), false);
  const uint32_t next = mention.end_token;
  return named >= 0 && c.TypeOf(named) == EntityType::kPerson &&
         (mention.kind == MentionKind::kName || mention.kind == MentionKind::kShortName) && mention.first_token > 0 &&
         lex.determiners.LongestAt(c.words(), mention.first_token - 1) && next + 1 < toks.size() && c.IsWord(next) &&
         c.MentionAt(next) < 0 && !(toks[next].flags & kCapitalized) && !IsFunctionWordAt(lex, c.words(), next) &&
         !lex.speaker_bodies.LongestAt(c.words(), next);
}

// Whether a place as the direct object ends the search for whom a reaction is
// about ("condemned Russia for supporting Assad"): not when a name follows it
// within six words ("endorsed Florida Sen. Marco Rubio", "Alabama special
// election candidate Roy Moore"), nor a coordination word, which lists more
// objects ("lashed out at China and the European Union").
bool PlaceEndsTheObject(const RelateContext& c, const Mention& place, uint32_t clause_end) {
  const Lexicons& lex = c.knowledge().lexicons();
  const auto& toks = c.tokens().tokens;
  for (uint32_t k = place.end_token; k < clause_end && k < place.end_token + 6; ++k) {
    if (c.MentionAt(k) >= 0 || (k == place.end_token && lex.coordination.LongestAt(c.words(), k))) return false;
    // ("dismissed U.S. Ambassador to the Philippines Philip Goldberg": a title's words.)
    const bool in_title = k > place.end_token && c.MentionAt(k - 1) < 0 && (toks[k - 1].flags & kCapitalized);
    if (c.IsWord(k) && ((toks[k].flags & kCapitalized) || (in_title && IsPrepositionAt(lex, c.words(), k)))) {
      continue;
    }
    if (!c.IsWord(k) || IsPrepositionAt(lex, c.words(), k) || lex.coordination.LongestAt(c.words(), k) ||
        c.MarkerRole(k) == "infinitive") {
      return true;
    }
  }
  return true;
}

// "praised Poland for supporting Netanyahu", "accused Russia of attacking":
// whether a gerund trigger at `t` follows `mention` and "for" or "of" (markers
// `reason`, `origin`), the object of another verb, which is its subject.
bool GerundOfAfter(const RelateContext& c, const Mention& mention, uint32_t before_verb, uint32_t t) {
  if (mention.end_token + 1 != before_verb || !c.tokens().Text(c.tokens().tokens[t]).ends_with("ing")) return false;
  const std::string_view role = c.MarkerRole(mention.end_token);
  return role == "reason" || role == "origin";
}

// Whether a reaction.tsv phrase of polarity "+" or "-" ends right before `t`
// ("a personal rebuke", "praise").
bool TakingASideEndsAt(const RelateContext& c, uint32_t t) {
  return ReactionPhraseEndsAt(c, t, [](const std::string& value, uint32_t) { return value == "+" || value == "-"; });
}

// "supported an opposition party and accused Putin of corruption": a reaction
// word after a coordination word has objects of its own.
bool JoinedReactionAt(const RelateContext& c, uint32_t k) {
  const Lexicons& lex = c.knowledge().lexicons();
  if (c.MentionAt(k) >= 0 || c.MentionAt(k + 1) >= 0 || !lex.coordination.LongestAt(c.words(), k)) return false;
  auto next = lex.reaction.LongestAt(c.words(), k + 1);
  return next && *next->value != "none" && *next->value != "label";
}

}  // namespace

void RelateReactions(RelateContext& c) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  const std::span<const uint8_t> starts(c.text().recognized.trigger_starts);
  for (auto t = static_cast<uint32_t>(NextTriggerStart(starts, kReactionStart, 0)); t < toks.size();
       t = static_cast<uint32_t>(NextTriggerStart(starts, kReactionStart, t + 1))) {
    if (c.MentionAt(t) >= 0) continue;
    auto hit = lex.reaction.LongestAt(c.words(), t);
    if (!hit) continue;
    uint32_t end = t + hit->length;
    if (HostsAt(c, t)) continue;  // "welcomed Netanyahu to the White House": a meeting
    // reaction.tsv `none`: a phrase that starts like a reaction and is none ("win back the House").
    // After a capitalized word and "of" (markers `origin`) it is part of a name ("Court of Appeals").
    if (*hit->value == "none" || (t > 1 && c.MarkerRole(t - 1) == "origin" && c.IsWord(t - 2) &&
                                  (c.tokens().tokens[t - 2].flags & kCapitalized))) {
      t = end - 1;
      continue;
    }
    // "called Cruz a liar": a labelling is a reaction only with an epithet.
    uint32_t epithet = *hit->value == "label" ? EpithetAfter(c, end) : 0;
    if (*hit->value == "label" && epithet == 0) continue;
    // "listens to a question", "the attack on Skripal", "a celebrated economist":
    // after a determiner or an owner, or one word past a determiner, the word is no verb.
    if (OwnedOrDetermined(c, t) ||
        (t >= 2 && c.IsWord(t - 1) && c.MentionAt(t - 1) < 0 && !LooksLikeAdverb(c.tokens().Text(toks[t - 1])) &&
         c.knowledge().lexicons().determiners.LongestAt(c.words(), t - 2))) {
      t = end - 1;
      continue;
    }
    if (UnnamedGroupSubject(c, t) || ShareSubject(c, t)) {
      t = end - 1;
      continue;
    }
    // "Trump could blame Schumer", "Conservatives should reject Trump": after a
    // modal (markers `modal`; past one adverb, "not", "also"), a reaction that
    // may or ought to happen, not one that did.
    if (uint32_t k = PastOneVerbModifier(c, t, true); k > 0 && c.MentionAt(k - 1) < 0 && (!(toks[k - 1].flags & kCapitalized) || (toks[k - 1].flags & kSentenceStart)) &&
        c.MarkerRole(k - 1) == "modal") {
      t = end - 1;
      continue;
    }
    // "asked whether he would support Trump", "if Trump were to dismiss
    // Mueller": in a clause that a hypothetical cue of modality.tsv opens
    // (one that is a clause boundary too: "if", "whether", "unless"), within
    // a few words, nobody reacted yet.
    bool conditional = false;
    for (uint32_t k = t; !conditional && k-- > 0 && k + 8 > t && (c.IsWord(k) || c.MentionAt(k) >= 0);) {
      auto cue = c.MentionAt(k) < 0 && !c.ClauseKind(k).empty() ? lex.modality.LongestAt(c.words(), k) : std::nullopt;
      conditional = cue && cue->length == 1 && *cue->value == "hypothetical";
    }
    if (conditional) {
      t = end - 1;
      continue;
    }
    // Who reacted: the nearest entity before the trigger in its clause.
    int32_t source = -1;
    const char* rule = "reaction-clause";
    bool stance = std::string_view(*hit->value).substr(0, kStance.size()) == kStance;
    const bool act_only = std::string_view(*hit->value).substr(0, kAct.size()) == kAct;
    if (stance && !c.InsideQuote(t)) {
      uint32_t before = t > 0 && LooksLikeAdverb(c.tokens().Text(toks[t - 1])) ? t - 1 : t;  // "was deeply"
      if (before == 0 || !lex.copulas.LongestAt(c.words(), before - 1)) continue;
    }
    if (c.InsideQuote(t)) {
      if (IsPassive(c, t)) continue;  // "I have been blamed by the Republicans"
      source = FirstPersonSpeaker(c, t);
      rule = "reaction-in-quote";
      if (source < 0) continue;
    }
    uint32_t clause_start = c.ClauseStart(t);
    // "Republicans did not attack Ohr", "has never urged Comey", "was unable to
    // support Trump": a denied reaction is none.
    // So is each of verbs joined by "or" after one ("never personally calling
    // out or criticizing Putin").
    uint32_t negation_from = t >= clause_start + 3 ? t - 3 : clause_start;
    for (uint32_t k = negation_from; k < t; ++k) {
      auto joint = c.MentionAt(k) < 0 ? lex.coordination.LongestAt(c.words(), k) : std::nullopt;
      if (joint && *joint->value == "or") {
        negation_from = k >= clause_start + 4 ? k - 4 : clause_start;
        break;
      }
    }
    if (CueBetween(c, lex.negation, negation_from, t, nullptr)) {
      t = end - 1;
      continue;
    }
    // "Colin Powell, who served under three Republican presidents, called Trump
    // a disgrace": past a description set off by commas, the one it describes.
    if (uint32_t comma = t > 0 && LooksLikeAdverb(c.tokens().Text(toks[t - 1])) ? t - 2 : t - 1;
        source < 0 && t >= 2 && comma >= 1 && comma < t && c.IsPunct(comma, ',') && !c.InsideQuote(t)) {
      source = c.DescribedBy(comma - 1);
      if (source >= 0) rule = "reaction-apposition";
    }
    uint32_t source_first = t;  // where the source's mention starts, when found before the trigger
    // "Greitens cites Breitbart and blames Soros": a verb after "and" shares
    // its clause's subject, the earliest name the search reaches, not the nearest.
    const uint32_t before_verb = PastOneVerbModifier(c, t, false);
    // "Trump has escalated his attacks on rivals Cruz and Bush in recent days,
    // accusing Cruz of lying": a participle after a comma speaks for its
    // clause's subject, not for the name nearest before it.
    // (A relative clause's subject is the name before it: see below.)
    if (source < 0 && !c.InsideQuote(t) && IsParticiple(c, t) && before_verb > clause_start + 1 &&
        c.IsPunct(before_verb - 1, ',') && !(clause_start > 0 && c.ClauseKind(clause_start - 1) == "relative")) {
      const int32_t subject = ClauseSubject(c, clause_start, before_verb - 1);
      if (subject >= 0 && c.TypeOf(subject) != EntityType::kOffice && c.TypeOf(subject) != EntityType::kPlace) {
        source = subject;
      }
    }
    // (Not "personally and repeatedly praised": "and" between adverbs.)
    const bool coordinated_verb = source < 0 && before_verb > clause_start + 1 && c.MentionAt(before_verb - 1) < 0 &&
                                  lex.coordination.LongestAt(c.words(), before_verb - 1).has_value() &&
                                  !LooksLikeAdverb(c.tokens().Text(toks[before_verb - 2]));
    int32_t before_comma = -1;
    uint32_t before_comma_first = t;
    for (uint32_t k = t; (source < 0 || coordinated_verb) && k-- > clause_start;) {
      int32_t m = c.MentionAt(k);
      // "... support McConnell, we could see calls for his replacement": a
      // first-person subject (markers `first-person`) we cannot name ends the search.
      if (m < 0 && c.MarkerRole(k) == "first-person") break;
      // "Shortly after the AP declared her the winner, Clinton went on TV and
      // challenged Sanders": a subordinate clause before the subject is not its;
      // the name found past its comma stands. Inside the subordinate clause,
      // its own subject does.
      if (m < 0 && coordinated_verb && c.IsPunct(k, ',')) {
        before_comma = source;
        before_comma_first = source_first;
      }
      if (m < 0 && coordinated_verb && source >= 0 && c.MarkerRole(k) == "subordinator") {
        if (before_comma >= 0) {
          source = before_comma;
          source_first = before_comma_first;
        }
        break;  // "condemned ... after he criticized Curiel's rulings and attacked Curiel": he did
      }
      // "when they criticized Obama or cheered on Bush": a name right after an
      // earlier reaction verb of the clause (past a determiner) is its object;
      // the verbs share the subject before it.
      if (auto earlier = m < 0 && coordinated_verb && source >= 0 && source_first < t
                             ? lex.reaction.LongestAt(c.words(), k) : std::nullopt;
          earlier && *earlier->value != "none" &&
          (k + earlier->length == source_first ||
           (k + earlier->length + 1 == source_first && lex.determiners.LongestAt(c.words(), source_first - 1)))) {
        source = -1;
        source_first = t;
        continue;
      }
      if (m < 0) continue;
      const Mention& mention = c.mentions()[static_cast<size_t>(m)];
      k = mention.first_token;
      // "Gorsuch, joined by Thomas, urged ...", "a letter obtained by Politico",
      // "honored by the Hollywood Foreign Press Association": the agent of
      // another verb; whoever acted before it is too far to tell.
      if (const uint32_t before = k > 0 && lex.determiners.LongestAt(c.words(), k - 1) ? k - 1 : k;
          before > 0 && c.MarkerRole(before - 1) == "agent") {
        break;
      }
      // "Netanyahu's office accused the Obama administration": the owner of a
      // body it speaks through (speaker_bodies.txt) reacted; "Trump's
      // supporters attacked": someone the owner's, and nobody further back.
      if (c.IsPossessive(mention) && OwnsTheSubject(c, mention, t)) {
        const int32_t owner = c.EntityOfMention(static_cast<size_t>(m), true);
        const uint32_t body = before_verb - 1;
        if (owner >= 0 && c.TypeOf(owner) != EntityType::kOffice && c.TypeOf(owner) != EntityType::kPlace &&
            lex.speaker_bodies.LongestAt(c.words(), body).has_value()) {
          source = owner;
          source_first = k;
        }
        break;
      }
      if (c.IsPossessive(mention) || c.InParentheses(k) || c.InsideQuote(k) ||
          (IsPrepositionObject(lex, c.words(), k) && !SubjectOfParticiple(c, mention, t, end)) || InPartitive(c, k)) {
        continue;
      }
      int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
      const int32_t person_after = PersonAfterNoun(c, mention, e);
      if (person_after == kUnnamedPerson) break;  // "A Democratic senator praised"
      // "Democratic presidential nominee Hillary Clinton ... and accused": past
      // the name found, a name that qualifies it is no other subject.
      if (source >= 0 && (person_after >= 0 || QualifiesANameAfter(c, mention))) continue;
      // (Nor is the subject further back, unless the verb shares an earlier one's:
      // "spent months portraying the Mueller investigation as ... and slamming".)
      if (NamesAPersonBeforeANoun(c, m)) {
        if (coordinated_verb) continue;
        break;
      }
      if (e >= 0 && c.TypeOf(e) != EntityType::kOffice && c.TypeOf(e) != EntityType::kPlace) {
        source = e;
        source_first = k;
        if (!coordinated_verb) break;
      } else if (source < 0 && (mention.end_token == before_verb || GerundOfAfter(c, mention, before_verb, t))) {
        break;  // "after North Korea criticized Pence": a country or an unheld office reacted, nobody we name
      }
    }
    // "Using Twitter, Mr. Trump ... praised Kim and said ...": a phrase that
    // opens the clause with a preposition or a participle holds no subject.
    if (coordinated_verb && before_comma >= 0 && source != before_comma && clause_start < toks.size() &&
        (IsPrepositionAt(lex, c.words(), clause_start) || c.tokens().Text(toks[clause_start]).ends_with("ing"))) {
      source = before_comma;
      source_first = before_comma_first;
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
    // "drew praise from Republicans", "came under attack from Trump": after
    // "from" (markers `source-from`) is who reacted, to the one before the
    // trigger; with nobody named there it is no reaction ("held back from").
    // "Dreyfuss was accused of harassment by Teich": in a passive, the one
    // after "by" (markers `agent`) in the clause reacted; with nobody there, no
    // reaction we can credit.
    uint32_t agent_at = 0;
    const bool from = source >= 0 && !c.InsideQuote(t) && c.MarkerRole(end) == "source-from";
    if (from) {
      agent_at = end + 1;
    } else if (source >= 0 && !stance && !c.InsideQuote(t) && c.MarkerRole(end) == "agent" &&
               IsPastForm(c, end - 1) && !IsPassive(c, t) && NamesAnAgent(c, end + 1)) {
      // "Felix Sater, described by Bloomberg as a career criminal": a participle
      // and "by" a name is a passive too, about the name right before it (past
      // a comma); about a thing ("legislation backed by Trump"), none we can credit.
      uint32_t k = t;
      while (k > 0 && LooksLikeAdverb(c.tokens().Text(toks[k - 1]))) --k;
      if (k > 0 && c.IsPunct(k - 1, ',')) --k;
      int32_t m = k > 0 ? c.MentionAt(k - 1) : -1;
      int32_t qualified = m >= 0 && !c.IsPossessive(c.mentions()[static_cast<size_t>(m)])
                              ? c.EntityOfMention(static_cast<size_t>(m), true)
                              : -1;
      if (qualified < 0 || c.TypeOf(qualified) == EntityType::kOffice || c.TypeOf(qualified) == EntityType::kPlace) {
        t = end - 1;
        continue;
      }
      source = qualified;
      agent_at = end + 1;
    } else if (source >= 0 && !stance && !c.InsideQuote(t) && IsPassive(c, t)) {
      agent_at = UINT32_MAX;
      for (uint32_t k = end, clause_end = c.ClauseEnd(end - 1, true); k < clause_end; ++k) {
        if (c.MentionAt(k) < 0 && c.MarkerRole(k) == "agent") {
          agent_at = k + 1;
          break;
        }
      }
    }
    if (agent_at > 0) {
      // "was questioned by the FBI", "questioning from Mueller's team": whoever the subject is, was interrogated.
      int32_t agent = agent_at < toks.size() && !act_only ? EntityNamedAt(c, agent_at) : -1;
      if (agent >= 0 && agent != source && c.TypeOf(agent) != EntityType::kOffice && c.TypeOf(agent) != EntityType::kPlace) {
        ExtractedRelation r;
        r.type = RelationType::kReacted;
        r.source = agent;
        r.target = source;
        ReadReactionValue(epithet > 0 ? *lex.epithets.LongestAt(c.words(), epithet)->value : *hit->value, &r);
        r.evidence = c.MakeEvidence(t, end - 1, c.TokenText(t, end), from ? "reaction-from" : "reaction-passive");
        c.Add(std::move(r));
      }
      t = end - 1;
      continue;
    }
    // Whose act: the first other entity after it; "demanded that Sessions
    // step aside" reaches into the clause the trigger introduces. After an
    // object relative (markers `object-relative`), the one it stands for:
    // "Sessions, whom Trump has blamed for Mueller's investigation".
    int32_t target = -1;
    bool in_relative = source >= 0 && source_first < t && source_first >= 2 &&
                       c.MarkerRole(source_first - 1) == "object-relative";
    for (uint32_t k = source_first; in_relative && k < t; ++k) in_relative = !c.IsPunct(k, ',');  // "..., was in a show of support"
    if (in_relative) {
      const uint32_t antecedent_end = c.IsPunct(source_first - 2, ',') ? source_first - 2 : source_first - 1;
      const int32_t m = antecedent_end > 0 ? c.MentionAt(antecedent_end - 1) : -1;
      const int32_t e = m >= 0 ? c.EntityOfMention(static_cast<size_t>(m), true) : -1;
      if (e < 0 || e == source || c.TypeOf(e) == EntityType::kOffice || c.TypeOf(e) == EntityType::kPlace) {
        t = end - 1;
        continue;
      }
      target = e;
    }
    uint32_t clause_end = c.ClauseEnd(end - 1, true);
    if (clause_end == end && c.ClauseKind(end) == "complement") clause_end = c.ClauseEnd(end, true);
    if (epithet > 0) clause_end = epithet;  // the object is what stands before the epithet
    // "threatened to sue Cruz": after "to" (markers `infinitive`) and a verb,
    // the reaction is about a name right after the verb (past an "-ly" adverb
    // before it, determiners and places), or after a noun and a link of markers
    // `origin` or `object-link` ("threatened to revoke the credentials of The New
    // York Times"), else about nothing we name ("threatened to close the gap
    // with Clinton", "threatened to ramp up the verbal attacks Trump has repeated").
    uint32_t object_from = end;
    uint32_t verb = end + 1;
    if (verb + 1 < clause_end && c.MentionAt(verb) < 0 && LooksLikeAdverb(c.tokens().Text(toks[verb]))) ++verb;
    if (target < 0 && verb + 1 < clause_end && c.MarkerRole(end) == "infinitive" && c.MentionAt(verb) < 0 &&
        c.IsWord(verb) && !(toks[verb].flags & kCapitalized) && !lex.determiners.LongestAt(c.words(), verb) &&
        !IsPrepositionAt(lex, c.words(), verb + 1)) {  // (not "his attack to date against Mueller")
      object_from = clause_end;
      bool after_noun = false;  // a lower-case word since the verb or the last link
      for (uint32_t k = verb + 1, nouns = 0; k < clause_end;) {
        const std::string_view role = c.MarkerRole(k);
        if (const int32_t m = c.MentionAt(k); m >= 0) {
          const int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
          if (after_noun) break;
          if (e < 0 || c.TypeOf(e) != EntityType::kPlace) {
            object_from = k;
            break;
          }
          k = c.mentions()[static_cast<size_t>(m)].end_token;
        } else if (auto skipped = lex.determiners.LongestAt(c.words(), k)) {
          k += static_cast<uint32_t>(skipped->length);
        } else if (auto honorific = lex.honorifics.LongestAt(c.words(), k)) {  // "impeach Mr. Rosenstein"
          k += static_cast<uint32_t>(honorific->length);
        } else if (after_noun && (role == "origin" || role == "object-link")) {
          after_noun = false;
          ++k;
        } else if (c.IsWord(k) && !(toks[k].flags & kCapitalized) && ++nouns <= 3 &&
                   !IsPrepositionAt(lex, c.words(), k)) {
          after_noun = true;
          ++k;
        } else {
          break;
        }
      }
    }
    // In a quote the object must come first: "I support her appointment to
    // the Supreme Court" is about her; "grateful to Debbie for getting the
    // Democratic Party ..." about someone we could not name.
    bool object_first = c.InsideQuote(t);
    // "challenging visa applications ... in the Obama era", "rejected calls from
    // activists to boycott Senate committee meetings": past a common noun, a
    // preposition ends the object before any name did. "of", "by", "from" and
    // "against" (markers `origin`, `agent`, `source-from`, `object-link`) lead on
    // to whose act it is ("criticized the nomination of Puzder").
    bool past_noun = false;
    for (uint32_t k = object_from; target < 0 && k < clause_end && source >= 0 && (!stance || k <= end + 2); ++k) {
      int32_t m = c.MentionAt(k);
      if (m < 0) {
        if (object_first && lex.pronouns.LongestAt(c.words(), k)) break;
        // "support it since their party controls the White House": a subordinate
        // clause (markers `subordinator`) is past the object.
        const std::string_view role = c.MarkerRole(k);
        if (role == "subordinator") break;
        // "endorsed the TPP opposed by Trump": the agent of another participle.
        if (role == "agent" && k > end && IsPastForm(c, k - 1)) break;
        // "His attack drew a rebuke from Amash": "from" after another reaction
        // word of a polarity leads to who reacted to the first one's subject,
        // no object of it (not "responding to a question from Cooper").
        if (role == "source-from" && k > end && TakingASideEndsAt(c, k)) break;
        // "blasting Lockheed and saying he had invited Boeing": a verb joined by
        // a coordination word has objects of its own (not one right after the
        // reaction, which shares them: "criticizing and mocking Trump").
        if (k > end && k + 1 < clause_end && (JoinedVerbAt(c, k) || JoinedReactionAt(c, k))) break;
        if (c.IsWord(k) && !(toks[k].flags & kCapitalized)) {
          if (role == "origin" || role == "agent" || role == "source-from" || role == "object-link") {
            past_noun = false;
          } else if (IsPrepositionAt(lex, c.words(), k)) {
            if (past_noun) break;
          } else if (!lex.determiners.LongestAt(c.words(), k) && !LooksLikeAdverb(c.tokens().Text(toks[k]))) {
            past_noun = true;
          }
        }
        continue;
      }
      const Mention& object = c.mentions()[static_cast<size_t>(m)];
      k = object.end_token - 1;
      // "endorsed Blackburn's opponent", "praised Trump's wife": an owner of a
      // person (affiliation_nouns.txt, markers `kin`) is not whom it is about.
      // Nor is the owner of a person named after it ("attacked MSNBC's Katy
      // Tur"), and an owner pronoun owns as a "'s" does ("support for his wife Cindy McCain").
      if (const uint32_t owned = object.end_token + (object.possessive_pronoun ? 0 : 1);
          (c.IsPossessive(object) || object.possessive_pronoun) && owned < toks.size()) {
        if (c.MentionAt(owned) < 0 ? lex.affiliation_nouns.LongestAt(c.words(), owned) || c.MarkerRole(owned) == "kin"
                                   : NamesPersonPastTitles(c, owned)) {
          k = owned - 1;  // past the "'s"
          continue;
        }
      }
      // "weighed in on Twitter": a platform (gazetteer kind=platform) after a
      // `programme` word (markers: "on") is where it was voiced, not whom.
      if (object.first_token > 0 && c.MarkerRole(object.first_token - 1) == "programme" &&
          c.HasKind(c.EntityOfMention(static_cast<size_t>(m), true), "platform")) {
        continue;
      }
      // Whom a pronoun inside a quote means is the speaker's context, not the article's.
      if (object_first && object.kind == MentionKind::kPronoun) break;
      int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
      // "called for a special counsel": an office after "a" is none of its holders.
      if (object.first_token > 0 && HasValue(lex.determiners.LongestAt(c.words(), object.first_token - 1), "indefinite")) {
        const int32_t named = c.EntityOfMention(static_cast<size_t>(m), false);
        if (named >= 0 && c.TypeOf(named) == EntityType::kOffice) break;
      }
      // "attacked a Republican senator": someone unnamed; "mocked the Republican congressman Mark Sanford": him.
      if (const int32_t person = PersonAfterNoun(c, object, e); person != kNoPersonNoun) {
        if (person == kUnnamedPerson) break;
        k = c.mentions()[static_cast<size_t>(person)].first_token - 1;
        continue;
      }
      // "attacked GOP Rep. Sean Duffy": an organization right before a title
      // qualifies its holder, and so it does before a title the gazetteer lacks
      // and a person ("defended Environmental Protection Agency Administrator Scott Pruitt").
      if (e >= 0 && c.TypeOf(e) == EntityType::kOrganization && object.end_token < toks.size()) {
        const uint32_t holder = PastUnknownTitle(c, object.end_token);
        const int32_t named = holder < toks.size() ? c.MentionAt(holder) : -1;
        const int32_t person = named >= 0 ? c.EntityOfMention(static_cast<size_t>(named), true) : -1;
        if (named >= 0 && (holder == object.end_token || (person >= 0 && c.TypeOf(person) == EntityType::kPerson))) {
          k = holder - 1;
          continue;
        }
      }
      // "criticized some Trump supporters", "attacked Trump's supporters": a
      // person's name before a plural noun of people (unnamed_speakers.tsv
      // `person`) names their group, whom we cannot name.
      if (e >= 0 && c.TypeOf(e) == EntityType::kPerson &&
          UnnamedGroupAt(c, object.end_token + (c.IsPossessive(object) ? 1 : 0))) {
        break;
      }
      if (e < 0 || e == source || c.TypeOf(e) == EntityType::kOffice || c.TypeOf(e) == EntityType::kPlace) {
        // ("condemned Russia for supporting Assad": a country as the direct
        // object is what the reaction is about; nobody after it.)
        if (object_first || (e >= 0 && c.TypeOf(e) == EntityType::kPlace && !c.IsPossessive(object) &&
                             DirectObject(c, end, object.first_token) && PlaceEndsTheObject(c, object, clause_end))) {
          break;
        }
        continue;
      }
      // "questioned Mills", "question him": a person with nothing but names,
      // titles and determiners before is the verb's object, not the owner of an
      // act ("questioned FBI Director James Comey's claim": the name's "'s" counts).
      if (act_only && c.TypeOf(e) == EntityType::kPerson && DirectObject(c, end, object.first_token)) {
        const Mention* name = &object;
        while (name->end_token < toks.size() && c.MentionAt(name->end_token) >= 0) {
          name = &c.mentions()[static_cast<size_t>(c.MentionAt(name->end_token))];
        }
        if (!c.IsPossessive(*name) && !name->possessive_pronoun) break;
      }
      target = e;
      break;
    }
    if (source >= 0 && target >= 0) {
      ExtractedRelation r;
      r.type = RelationType::kReacted;
      r.source = source;
      r.target = target;
      ReadReactionValue(epithet > 0 ? *c.knowledge().lexicons().epithets.LongestAt(c.words(), epithet)->value : *hit->value, &r);
      r.evidence = c.MakeEvidence(t, end - 1, c.TokenText(t, end), rule);
      c.Add(std::move(r));
    }
    t = end - 1;
  }
}

}  // namespace newsgraph
