// The subject of a speech or reaction verb: who opens its clause, past
// opening phrases, titles and appositions. The contracts are in speech.h.
#include <algorithm>
#include <string>
#include <vector>

#include "relate/reaction_parties.h"
#include "relate/speech.h"
#include "util/text.h"

namespace newsgraph {

namespace {

// The subject of the comma chunk that ends at `comma` (from the comma before
// it, or `floor`), or -1.
int32_t ClauseBefore(const RelateContext& c, uint32_t comma, uint32_t floor) {
  uint32_t k = comma;
  while (k > floor && !c.IsPunct(k - 1, ',') && c.tokens().tokens[k - 1].kind != TokenKind::kQuote) --k;
  // Only a chunk that opens with its subject ("Trump continued ...", "former
  // Gov. Mike Huckabee agreed"); ", praised Sanders for it," has none.
  bool subject_first = k < comma && (c.MentionAt(k) >= 0 || c.knowledge().lexicons().determiners.LongestAt(c.words(), k));
  return subject_first ? ClauseSubject(c, k, comma) : -1;
}

// "D-Calif.", "R-Ky.": a party letter of party_tags.tsv, a dash, a state.
bool IsPartyTag(const RelateContext& c, uint32_t t) {
  std::string_view text = c.tokens().Text(c.tokens().tokens[t]);
  size_t dash = text.find('-');
  if (dash == 0 || dash > 2 || dash == std::string_view::npos) return false;
  std::string folded;
  FoldCase(text.substr(0, dash), &folded);
  uint32_t id = c.knowledge().vocabulary().Find(folded);
  std::vector<uint32_t> one{id};
  return id != Vocabulary::kUnknown && c.knowledge().lexicons().party_tags.LongestAt(one, 0).has_value();
}

}  // namespace

int32_t ClauseSubject(const RelateContext& c, uint32_t start, uint32_t end) {
  const auto& toks = c.tokens().tokens;
  // `"...," Blige sings before asking her`: the subject follows a quotation
  // that opens the clause.
  if (start < end && toks[start].kind == TokenKind::kQuote && !c.InsideQuote(start)) {
    uint32_t k = start + 1;
    while (k < end && (c.InsideQuote(k) || toks[k].kind == TokenKind::kQuote)) ++k;
    while (k < end && c.IsPunct(k, ',')) ++k;
    start = k;
  }
  // "At the Republican convention in Cleveland his operatives ...": a name
  // in an opening prepositional phrase (speaker_stops.txt) is no subject; the
  // subject follows the phrase's comma, if it has one.
  // So with a second one: "In June 2009, after Clinton fell ill, Axelrod wrote".
  // An opening participial phrase too: "Following a late meeting, the Council
  // ..."; and an opening subordinate clause (clause_boundaries.tsv `clause`):
  // "When told Perez was in the Cabinet, Bush thought for a moment".
  // So does a subordinator of markers.tsv ("Before even mentioning Cruz, Pence heaped praise").
  for (int phrases = 0; phrases < 2 && start < end && c.MentionAt(start) < 0 && c.IsWord(start) &&
                        (c.knowledge().lexicons().speaker_stops.LongestAt(c.words(), start) || IsParticiple(c, start) ||
                         c.ClauseKind(start) == "clause" || c.MarkerRole(start) == "subordinator");
       ++phrases) {
    // A subordinate clause may run long, and without its comma its own
    // subject is the best guess ("When Trump finally wrapped up — "...").
    bool subordinate = c.ClauseKind(start) == "clause" || c.MarkerRole(start) == "subordinator";
    uint32_t comma = start;
    while (comma < end && comma < start + (subordinate ? 30 : 10) && !c.IsPunct(comma, ',')) ++comma;
    if (comma < end && c.IsPunct(comma, ',')) {
      start = comma + 1;
    } else if (subordinate) {
      ++start;
      break;
    } else {
      return -1;
    }
  }
  uint32_t t = start;
  while (t < end && t < start + 4 && c.MentionAt(t) < 0) ++t;
  if (t >= end || c.MentionAt(t) < 0 || c.InsideQuote(t)) return -1;
  int32_t m = c.MentionAt(t);
  // "State Department spokesperson Heather Nauert", "House Freedom Caucus Chairman Mark Meadows": a
  // name up to three words later heads the phrase.
  for (;;) {
    uint32_t next = c.mentions()[static_cast<size_t>(m)].end_token;
    uint32_t k = next;
    // A verb of saying (speech.tsv, reported_speech.tsv) or a preposition
    // (speaker_stops.txt) between them ends the phrase: "Pompeo said on
    // Twitter", "Trump took to Twitter", "Trump accused Holt".
    const Lexicons& lex = c.knowledge().lexicons();
    while (k < end && k < next + 3 && c.MentionAt(k) < 0 && c.IsWord(k) && !lex.speech.LongestAt(c.words(), k) &&
           !lex.reported_speech.LongestAt(c.words(), k) && !lex.speaker_stops.LongestAt(c.words(), k)) {
      ++k;
    }
    int32_t follower = k < end ? c.MentionAt(k) : -1;
    // ... and the word right before the name is a title ("spokesperson",
    // "nominee": roles.tsv, affiliation_nouns.txt): "Ryan endorsed Trump" is
    // no phrase.
    bool titled = k == next || lex.roles.LongestAt(c.words(), k - 1) || lex.affiliation_nouns.LongestAt(c.words(), k - 1);
    if (follower < 0 || follower == m || c.mentions()[static_cast<size_t>(follower)].kind == MentionKind::kPronoun ||
        toks[k].sentence != toks[t].sentence || !titled) {
      break;
    }
    m = follower;
  }
  // "The Republican nominee outlined ...": an organization that modifies a
  // title noun is not the subject; the titled member is.
  if (int32_t member = TitledMember(c, m, end); member != kNotTitled) return member;
  int32_t speaker = SpeakerOf(c, m);
  // "After the Paris attacks, Trump released an ad ...": a place opening the
  // clause is in an opening phrase; the subject follows its comma.
  int32_t place = c.EntityOfMention(static_cast<size_t>(m), false);
  if (speaker < 0 && place >= 0 && c.TypeOf(place) == EntityType::kPlace && SpeakingCountry(c, m) < 0) {
    for (uint32_t k = t; k < end && k < start + 10; ++k) {
      if (c.IsPunct(k, ',')) return ClauseSubject(c, k + 1, end);
    }
  }
  return speaker;
}

int32_t TitledMember(const RelateContext& c, int32_t org_mention, uint32_t end) {
  const Mention& om = c.mentions()[static_cast<size_t>(org_mention)];
  int32_t org = c.text().mention_entity[static_cast<size_t>(org_mention)];
  if (org < 0 || c.text().entities[static_cast<size_t>(org)].type != EntityType::kOrganization) return kNotTitled;
  const Lexicons& lex = c.knowledge().lexicons();
  uint32_t noun = om.end_token;
  while (noun < end && noun < om.end_token + 2 && c.IsWord(noun) && c.MentionAt(noun) < 0 &&
         !(c.tokens().tokens[noun].flags & kCapitalized) && !lex.roles.LongestAt(c.words(), noun) &&
         !lex.affiliation_nouns.LongestAt(c.words(), noun)) {
    ++noun;  // "Democratic presidential nominee"
  }
  if (noun >= end || c.MentionAt(noun) >= 0 ||
      !(lex.roles.LongestAt(c.words(), noun) || lex.affiliation_nouns.LongestAt(c.words(), noun))) {
    return kNotTitled;
  }
  // Only "the Republican nominee" refers back: "a Republican official" is
  // someone unnamed, "Republican lawmakers" the party's (as before).
  bool definite = false;
  uint32_t phrase_first = om.first_token;
  // Past the names that qualify it too: "a Democratic House aide", "a Florida Republican official".
  for (int32_t before = phrase_first > 0 ? c.MentionAt(phrase_first - 1) : -1; before >= 0;
       before = phrase_first > 0 ? c.MentionAt(phrase_first - 1) : -1) {
    int32_t e = c.EntityOfMention(static_cast<size_t>(before), false);
    if (e < 0 || (c.TypeOf(e) != EntityType::kOrganization && c.TypeOf(e) != EntityType::kPlace)) break;
    phrase_first = c.mentions()[static_cast<size_t>(before)].first_token;
  }
  bool adjective = false;  // one lower-case word between: "one prominent Republican leader"
  const uint32_t qualified_first = phrase_first;
  for (uint32_t k = phrase_first; k > 0 && k + 3 > qualified_first && c.IsWord(k - 1); --k) {
    auto determiner = lex.determiners.LongestAt(c.words(), k - 1);
    // ("multiple senior Trump administration officials": an opener of unnamed_speakers.tsv.)
    if (!determiner && HasValue(lex.unnamed_speakers.LongestAt(c.words(), k - 1), "opener")) return -1;
    if (!determiner && !lex.former.LongestAt(c.words(), k - 1)) {
      if (adjective || (c.tokens().tokens[k - 1].flags & kCapitalized) || c.MentionAt(k - 1) >= 0) break;
      adjective = true;
      continue;
    }
    if (determiner && *determiner->value == "indefinite") return -1;
    if (determiner && *determiner->value == "definite") definite = true;
    phrase_first = k - 1;
  }
  if (!definite) return kNotTitled;
  // The member of the organization named last before, within a few sentences.
  int32_t k_org = c.text().entities[static_cast<size_t>(org)].knowledge_index;
  const std::vector<uint32_t>* offices = nullptr;  // those a title noun of roles.tsv names
  if (auto role = lex.roles.LongestAt(c.words(), noun); role && *role->value != "-") {
    offices = &c.knowledge().OfficesWithRole(role->value->substr(0, role->value->find(',')));
  }
  uint32_t sentence = c.tokens().tokens[om.first_token].sentence;
  for (uint32_t t = om.first_token; t-- > 0 && c.tokens().tokens[t].sentence + 4 > sentence;) {
    int32_t pm = c.MentionAt(t);
    int32_t p = pm >= 0 ? c.text().mention_entity[static_cast<size_t>(pm)] : -1;
    if (p < 0 || k_org < 0 || c.text().entities[static_cast<size_t>(p)].type != EntityType::kPerson ||
        c.text().entities[static_cast<size_t>(p)].knowledge_index < 0 || c.InsideQuote(t)) {
      continue;
    }
    const auto person = static_cast<uint32_t>(c.text().entities[static_cast<size_t>(p)].knowledge_index);
    // "the former Alabama Republican senator": a title noun of roles.tsv wants
    // someone who held one of its offices at some time, not any Republican.
    if (offices && !offices->empty() && std::none_of(offices->begin(), offices->end(), [&](uint32_t office) {
          return c.knowledge().Held(person, office, kNoDate);
        })) {
      continue;
    }
    for (const Tenure& ms : c.knowledge().MembershipsOfPerson(person)) {
      if (ms.office == static_cast<uint32_t>(k_org) && (c.text().date == kNoDate || ms.Covers(c.text().date))) {
        c.NoteDescription(c.OutputOf(p), phrase_first, noun + 1);  // "the Republican nominee"
        return c.OutputOf(p);
      }
    }
  }
  return -1;
}

uint32_t SubjectEnd(const RelateContext& c, uint32_t verb, uint32_t floor) {
  uint32_t t = verb;
  for (;;) {
    if (t > floor && IsSpeechFiller(c, t - 1)) {
      --t;
    } else if (uint32_t n = TimeBefore(c, t, floor)) {
      t -= n;
    } else {
      break;
    }
  }
  return t;
}

int32_t SubjectBefore(const RelateContext& c, uint32_t verb, uint32_t floor) {
  const auto& toks = c.tokens().tokens;
  // "Interfax quoted Peskov as saying": the one quoted says it (markers
  // `role-predicate` "as" before a participle), not the subject who quotes;
  // but not who quotes after "by" ("was quoted by The Post as saying"), nor
  // another preposition's object ("quoted Trump on Twitter as saying"), nor a
  // pronoun, whose reading is less sure than the subject's.
  if (verb >= floor + 2 && IsParticiple(c, verb) && c.MarkerRole(verb - 1) == "role-predicate") {
    const int32_t m = c.MentionAt(verb - 2);
    const Mention* quoted = m >= 0 ? &c.mentions()[static_cast<size_t>(m)] : nullptr;
    if (quoted && quoted->end_token == verb - 1 && quoted->kind != MentionKind::kPronoun && !c.IsPossessive(*quoted) &&
        !(quoted->first_token > 0 && c.MarkerRole(quoted->first_token - 1) == "agent") &&
        !IsPrepositionObject(c.knowledge().lexicons(), c.words(), quoted->first_token) &&
        !(quoted->first_token > 1 && c.MarkerRole(quoted->first_token - 2) == "agent")) {
      if (int32_t speaker = SpeakerOf(c, m); speaker >= 0) return speaker;
    }
  }
  uint32_t t = SubjectEnd(c, verb, floor);
  auto dash = [&](uint32_t k) {
    return c.tokens().tokens[k].kind == TokenKind::kPunct && IsDash(c.tokens().Text(c.tokens().tokens[k]));
  };
  if (t > floor && c.IsPunct(t - 1, ')')) {  // "Blumenthal (D-Conn.) said"
    uint32_t k = t - 1;
    while (k > floor && !c.IsPunct(k, '(')) --k;
    if (c.IsPunct(k, '(')) t = k;
  } else if (t > floor + 1 && dash(t - 1)) {  // "Gingrich — mentioned by Newsmax as ... — told"
    uint32_t k = t - 1;
    while (k > floor && k + 30 > t && !dash(k - 1)) --k;
    if (k > floor + 1 && dash(k - 1) && c.MentionAt(k - 2) >= 0) t = k - 1;
  } else if (t > floor && c.IsPunct(t - 1, ',')) {  // "Cobb, a White House lawyer, said"
    // "Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said":
    // the chunk is a description resolve found after the person's name.
    if (int32_t described = t >= floor + 2 ? c.DescribedBy(t - 2) : -1;
        described >= 0 && c.TypeOf(described) != EntityType::kOffice && c.TypeOf(described) != EntityType::kPlace) {
      return described;
    }
    // Up to three lower-case appositions or relative clauses: "Ayrault, the
    // foreign minister of France, a member of the council, said"; a chunk
    // that is a name alone is the speaker itself: "Another critic, Laurence
    // Tribe, likened". An age and a state abbreviation pass too: "Cory James,
    // 22, of Flint, Mich., said".
    uint32_t comma = t - 1;
    for (int chunks = 0; chunks < 4; ++chunks) {
      uint32_t k = comma;
      while (k > floor && k + 16 > comma && !c.IsPunct(k - 1, ',') && toks[k - 1].kind != TokenKind::kQuote) --k;
      int32_t name = c.MentionAt(k);
      if (name >= 0 && c.mentions()[static_cast<size_t>(name)].end_token == comma && SpeakerOf(c, name) >= 0) {
        t = comma;  // the name right before the comma
        break;
      }
      if (k <= floor || !c.IsPunct(k - 1, ',')) break;
      // A party-state tag is passed like an apposition: "Schiff, D-Calif., the top Democrat, said".
      bool party_tag = comma == k + 1 && IsPartyTag(c, k);
      bool age = comma == k + 1 && toks[k].kind == TokenKind::kNumber;
      std::string_view one_word = c.tokens().Text(toks[k]);
      bool abbreviation = comma == k + 1 && c.IsWord(k) && one_word.size() <= 6 && one_word.back() == '.';
      bool passes = party_tag || age || abbreviation;
      if (chunks > 0 && !passes && (!c.IsWord(k) || (toks[k].flags & kCapitalized))) break;
      // "Trump continued to question Cruz, saying": before a participle, a
      // chunk opening with a capitalized word is a clause, not an apposition.
      if (chunks == 0 && !passes && IsParticiple(c, verb) && c.IsWord(k) && (toks[k].flags & kCapitalized)) break;
      comma = k - 1;
      t = comma;
    }
  }
  // "Bemoaning the "phony system," Trump accused ...": a participle opening
  // the sentence speaks for the subject after its phrase's comma.
  auto phrase = c.knowledge().lexicons().speech.LongestAt(c.words(), verb);
  bool single_word = !phrase || phrase->length == 1;  // not "According to"
  if (verb == floor && IsParticiple(c, verb) && single_word) {
    uint32_t end = c.tokens().sentences[c.tokens().tokens[verb].sentence].end_token;
    for (uint32_t k = verb + 1; k < end && k < verb + 20; ++k) {
      bool comma = c.IsPunct(k, ',') && !c.InsideQuote(k);
      comma |= c.tokens().tokens[k].quote == QuoteMark::kCloseDouble && c.IsPunct(k - 1, ',');
      if (comma) return ClauseSubject(c, k + 1, end);
    }
  }
  if (t <= floor) return -1;
  // "the Democratic presidential nominee said": the party's member named last.
  const Lexicons& lex = c.knowledge().lexicons();
  bool titled = t > floor && (lex.roles.LongestAt(c.words(), t - 1) || lex.affiliation_nouns.LongestAt(c.words(), t - 1));
  for (uint32_t k = t; titled && k > floor + 1 && k + 3 >= t && c.IsWord(k - 1); --k) {
    if (int32_t m = c.MentionAt(k - 2); m >= 0) {
      if (int32_t member = TitledMember(c, m, t); member != kNotTitled) return member;
      break;
    }
  }
  // "Clinton's campaign said", "Sessions's spokeswoman said": the possessor
  // speaks through the body (speaker_bodies.txt; SpeakerOf checks it).
  for (uint32_t length = 1; length <= 2 && t >= floor + length + 2; ++length) {
    uint32_t body = t - length;
    auto hit = c.knowledge().lexicons().speaker_bodies.LongestAt(c.words(), body);
    if (!hit || hit->length != length || c.tokens().tokens[body - 1].kind != TokenKind::kPossessive) continue;
    if (int32_t m = c.MentionAt(body - 2); m >= 0) return SpeakerOf(c, m);
  }
  // "Warren took to Twitter to blast the decision as ...": an infinitive, like
  // a participle, speaks for its clause's subject.
  bool participle = IsParticiple(c, verb) || (t > floor + 1 && c.MentionAt(t - 1) < 0 && c.MarkerRole(t - 1) == "infinitive");
  // "Gov. Tomblin of West Virginia lauded": the place only says where the
  // speaker is from.
  if (int32_t m = c.MentionAt(t - 1); m >= 0 && SpeakingCountry(c, m) < 0) {
    uint32_t of = c.mentions()[static_cast<size_t>(m)].first_token;
    int32_t e = c.EntityOfMention(static_cast<size_t>(m), false);
    if (e >= 0 && c.TypeOf(e) == EntityType::kPlace && of > floor + 1 && c.MarkerRole(of - 1) == "origin" &&
        c.MentionAt(of - 2) >= 0) {
      t = of - 1;
    }
  }
  if (int32_t m = c.MentionAt(t - 1); m >= 0) {
    // "32% of Republican claims as ...": after "of", a verb-like word is a
    // noun ("footage of Clinton asking" is still hers).
    // Nor after another preposition (speaker_stops.txt, not "who" or "that"):
    // "Bornstein's missive on Trump was ridiculed"; but "officials at Homeland
    // Security said": after a noun of affiliation_nouns.txt the name speaks.
    uint32_t before = c.mentions()[static_cast<size_t>(m)].first_token;
    bool object = before > floor + 1 && c.IsWord(before - 1) && c.MentionAt(before - 1) < 0 &&
                  lex.speaker_stops.LongestAt(c.words(), before - 1) && c.ClauseKind(before - 1).empty() &&
                  !lex.affiliation_nouns.LongestAt(c.words(), before - 2);
    if (!participle && object) return -1;
    // "him", "her" (pronouns.tsv `object`) are never a subject.
    auto pronoun = c.mentions()[static_cast<size_t>(m)].kind == MentionKind::kPronoun
                       ? lex.pronouns.LongestAt(c.words(), before) : std::nullopt;
    if (pronoun && pronoun->value->find("object") != std::string::npos) return -1;
    int32_t speaker = SpeakerOf(c, m);
    return speaker >= 0 ? speaker : SpeakingCountry(c, m);
  }
  // "Trump unleashed tweets saying that ...", "Clinton spoke out, arguing
  // that ...": a participle speaks for its sentence's subject.
  if (participle) {
    // "..., Nefzi said, adding": the reporting clause right before speaks.
    if (verb > floor + 1 && c.IsPunct(verb - 1, ',')) {
      uint32_t k = verb - 1;
      k -= TimeBefore(c, k, floor);
      for (uint32_t length = 1; length <= 2 && k >= floor + length; ++length) {
        uint32_t v = k - length;
        if (SpeechVerbAt(c, v) != length || IsParticiple(c, v)) continue;
        if (int32_t speaker = SubjectBefore(c, v, floor); speaker >= 0) return speaker;
      }
    }
    // "Flynn had been ... and the president continued to praise him, saying":
    // the subject of the last coordinated clause, else of the sentence.
    const auto& coordination = c.knowledge().lexicons().coordination;
    for (uint32_t k = verb; k-- > floor + 1;) {
      if (c.InsideQuote(k) || c.MentionAt(k) >= 0 || !coordination.LongestAt(c.words(), k)) continue;
      int32_t subject = ClauseSubject(c, k + 1, verb);
      if (subject >= 0) return subject;
      // "..., and the crowd continued to praise him": the clause has a
      // subject of its own (determiners.tsv opens it), just nobody we know.
      if (c.knowledge().lexicons().determiners.LongestAt(c.words(), k + 1)) return -1;
      break;
    }
    // "Mike Huckabee agreed, praising him as ...": the clause before the
    // participle's comma has the subject.
    if (verb > floor && c.IsPunct(verb - 1, ',')) {
      if (int32_t subject = ClauseBefore(c, verb - 1, floor); subject >= 0) return subject;
    }
    return ClauseSubject(c, floor, verb);
  }
  // "Pompeo thanked him and said": the clause's subject speaks; so it does
  // after a clause word ("Suu Kyi said it was too early but added, "...""),
  // which cannot open a clause of its own right before a verb.
  auto joined = c.knowledge().lexicons().coordination.LongestAt(c.words(), t - 1);
  bool but = !joined && t > floor + 1 && c.IsWord(t - 1) && c.MentionAt(t - 1) < 0 && c.ClauseKind(t - 1) == "clause";
  if ((joined && joined->length == 1 && *joined->value == "and") || but) {
    uint32_t start = std::max(floor, c.ClauseStart(but ? t - 2 : t - 1));
    if (start == floor + 1 && c.ClauseKind(floor) == "clause") start = floor;  // "When told ..., Bush thought and said"
    // "Trump tweeted that Machado was "a con" and encouraged ...": after a
    // closed quotation, "and" joins the reporting clause, not the reported
    // one (the reported words end there too: reported_speech.cc).
    if (start > floor && c.ClauseKind(start - 1) == "complement") {
      for (uint32_t k = start; k + 1 < t; ++k) {
        if (c.tokens().tokens[k].quote == QuoteMark::kCloseDouble) return ClauseSubject(c, floor, start - 1);
      }
    }
    return ClauseSubject(c, start, t - 1);
  }
  return -1;
}

}  // namespace newsgraph
