// Who the parties of a reaction are (reaction_parties.h).
#include "relate/reaction_parties.h"

#include "relate/events.h"
#include "relate/speech.h"
#include "util/text.h"

namespace newsgraph {
namespace {

// Where a singular noun of a person after an organization's or a person's
// mention ends: at most one lower-case word, then a noun of roles.tsv or
// affiliation_nouns.txt ("the Republican presidential nominee", "a Democratic
// senator", "a Corbyn appointee", "the Republican congressman Mark Sanford");
// 0 when none follows. "Republican lawmakers" (a plural) still stands for the party.
uint32_t PersonNounAfter(const RelateContext& c, const Mention& m, int32_t entity) {
  if (entity < 0 || (c.TypeOf(entity) != EntityType::kOrganization && c.TypeOf(entity) != EntityType::kPerson)) {
    return 0;
  }
  const Lexicons& lex = c.knowledge().lexicons();
  const auto& toks = c.tokens().tokens;
  for (uint32_t k = m.end_token; k < m.end_token + 2 && k < toks.size(); ++k) {
    if (!c.IsWord(k) || c.MentionAt(k) >= 0 || (toks[k].flags & kCapitalized)) return 0;
    auto role = lex.roles.LongestAt(c.words(), k);
    bool person_noun = (role && *role->value != "-") || lex.affiliation_nouns.LongestAt(c.words(), k);
    if (!person_noun) {
      // The word between modifies the noun ("presidential"): not a function word ("Trump as nominee").
      if (IsFunctionWordAt(lex, c.words(), k) || IsPrepositionAt(lex, c.words(), k) || !c.MarkerRole(k).empty() ||
          lex.copulas.LongestAt(c.words(), k)) {
        return 0;
      }
      continue;
    }
    uint32_t end = k + (role ? role->length : 1);
    return c.tokens().Text(toks[end - 1]).ends_with("s") ? 0 : end;
  }
  return 0;
}

}  // namespace

// Whether an organization's mention is one member of it, unnamed: its last
// word a `member-noun` (markers: "Democrat"), a determiner at most two words
// (or a place's name: "a Los Angeles Democrat") before it, and neither a name
// nor a lower-case word after it other than a preposition ("the top Democrat
// on the panel"; not "a Republican amendment").
bool IsOneMember(const RelateContext& c, const Mention& m, int32_t entity) {
  if (entity < 0 || c.TypeOf(entity) != EntityType::kOrganization || c.MarkerRole(m.end_token - 1) != "member-noun") {
    return false;
  }
  const Lexicons& lex = c.knowledge().lexicons();
  const auto& toks = c.tokens().tokens;
  if (m.end_token < toks.size()) {
    const uint32_t next = m.end_token;
    if (c.MentionAt(next) >= 0 || toks[next].kind == TokenKind::kPossessive) return false;
    // A lower-case word after it is a noun it qualifies, unless a preposition,
    // a verb ("A Democrat criticized", "a Democrat who", "a Republican has")
    // or a trigger word starts there.
    const bool verb_like = IsPrepositionAt(lex, c.words(), next) || c.text().recognized.trigger_starts[next] != 0 ||
                           IsPastForm(c, next) || lex.copulas.LongestAt(c.words(), next) ||
                           !c.MarkerRole(next).empty() || HasValue(lex.apposition.LongestAt(c.words(), next), "relative");
    if (c.IsWord(next) && !(toks[next].flags & kCapitalized) && !verb_like) return false;
  }
  uint32_t k = m.first_token;
  for (int words = 0; k > 0 && words < 3; ++words) {
    // (An owner's "'s" determines it too: "the panel's top Democrat".)
    if (lex.determiners.LongestAt(c.words(), k - 1) || toks[k - 1].kind == TokenKind::kPossessive) return true;
    if (int32_t before = c.MentionAt(k - 1); before >= 0) {
      int32_t e = c.EntityOfMention(static_cast<size_t>(before), false);
      if (e < 0 || c.TypeOf(e) != EntityType::kPlace) return false;
      k = c.mentions()[static_cast<size_t>(before)].first_token;
      continue;
    }
    if (!c.IsWord(k - 1) || (toks[k - 1].flags & kCapitalized)) return false;
    --k;
  }
  return false;
}

// Whom such a person noun after the mention stands for: the mention of the
// name right after the noun ("the Republican congressman Mark Sanford"),
// kUnnamedPerson when none follows ("A Democratic senator praised": someone
// unnamed), kNoPersonNoun when no such noun follows the mention.
int32_t PersonAfterNoun(const RelateContext& c, const Mention& m, int32_t entity) {
  if (IsOneMember(c, m, entity)) return kUnnamedPerson;
  const uint32_t end = PersonNounAfter(c, m, entity);
  if (end == 0) return kNoPersonNoun;
  const int32_t named = end < c.tokens().tokens.size() ? c.MentionAt(end) : -1;
  return named >= 0 ? named : kUnnamedPerson;
}

// Past at most two capitalized words no mention starts at from `k`: a title
// the gazetteer lacks ("Chairman", "Agency Administrator").
uint32_t PastUnknownTitle(const RelateContext& c, uint32_t k) {
  const auto& toks = c.tokens().tokens;
  for (int words = 0; words < 2 && k < toks.size() && c.MentionAt(k) < 0 && c.IsWord(k) &&
                      (toks[k].flags & kCapitalized);
       ++words) {
    ++k;
  }
  return k;
}

// "Christie, one of the first establishment Republicans to endorse Trump":
// a name after a `partitive` word (markers: "one"), "of" and a determiner,
// past a few words, names the group the subject is one of, not the subject.
bool InPartitive(const RelateContext& c, uint32_t first) {
  for (uint32_t k = first; k-- > 0 && k + 7 > first;) {
    if (c.MentionAt(k) >= 0 || !c.IsWord(k)) return false;
    if (c.MarkerRole(k) == "partitive") {
      return k + 2 < first && c.MarkerRole(k + 1) == "origin" &&
             c.knowledge().lexicons().determiners.LongestAt(c.words(), k + 2);
    }
  }
  return false;
}

// Where what stands before the verb at `verb` ends: past one adverb or word of
// markers `auxiliary` ("have", "also"), or one of negation.txt when `negation`.
uint32_t PastOneVerbModifier(const RelateContext& c, uint32_t verb, bool negation) {
  if (verb == 0) return verb;
  const bool modifier = LooksLikeAdverb(c.tokens().Text(c.tokens().tokens[verb - 1])) ||
                        c.MarkerRole(verb - 1) == "auxiliary" ||
                        (negation && c.knowledge().lexicons().negation.LongestAt(c.words(), verb - 1));
  return modifier ? verb - 1 : verb;
}

// Whether a possessive mention owns the noun right before the verb at `verb`
// (past one adverb or auxiliary): up to three lower-case words, no
// preposition, coordination or copula among them ("the senator's campaign
// accused", "Trump's lawyers have attacked"; not "the Senate's practices and
// excoriating", "Trump's family are now calling for").
bool OwnsTheSubject(const RelateContext& c, const Mention& owner, uint32_t verb) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  const uint32_t subject_end = PastOneVerbModifier(c, verb, false);
  const uint32_t first = owner.end_token + 1;  // past the "'s"
  if (first >= subject_end || subject_end - first > 3) return false;
  for (uint32_t k = first; k < subject_end; ++k) {
    if (c.MentionAt(k) >= 0 || !c.IsWord(k) || (toks[k].flags & kCapitalized) ||
        IsPrepositionAt(lex, c.words(), k) || lex.coordination.LongestAt(c.words(), k) || lex.copulas.LongestAt(c.words(), k)) {
      return false;
    }
  }
  return true;
}

// Whether a person's name stands at `k`, past titles ("Trump's Attorney
// General Jeff Sessions"); a title alone names nobody ("Sessions' attorney
// general nomination"), though it stands for its holder elsewhere.
bool NamesPersonPastTitles(const RelateContext& c, uint32_t k) {
  for (int32_t m = c.MentionAt(k); m >= 0; m = k < c.tokens().tokens.size() ? c.MentionAt(k) : -1) {
    const int32_t e = c.EntityOfMention(static_cast<size_t>(m), false);
    if (e < 0 || c.TypeOf(e) != EntityType::kOffice) return e >= 0 && c.TypeOf(e) == EntityType::kPerson;
    k = PastUnknownTitle(c, c.mentions()[static_cast<size_t>(m)].end_token);
  }
  return false;
}

// Whether a name follows the mention past a few words of a title: capitalized
// words and their abbreviations, nouns of a person (roles.tsv,
// affiliation_nouns.txt) and a rank or level of markers ("Democratic state Rep.
// Jared Moskowitz", "Strzok lawyer Aitan Goelman"): the mention qualifies it.
bool QualifiesANameAfter(const RelateContext& c, const Mention& m) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  for (uint32_t k = m.end_token; k < toks.size() && k < m.end_token + 4; ++k) {
    if (c.MentionAt(k) >= 0) return true;
    if (c.IsPunct(k, '.') && k > m.end_token && (toks[k - 1].flags & kCapitalized)) continue;  // "Rep."
    if (!c.IsWord(k)) return false;
    if (toks[k].flags & kCapitalized) continue;
    const std::string_view role = c.MarkerRole(k);
    if (!lex.roles.LongestAt(c.words(), k) && !lex.affiliation_nouns.LongestAt(c.words(), k) && role != "state-level" &&
        role != "subordinate") {
      return false;
    }
  }
  return false;
}

// The entity named at `k`, past a determiner, and past titles to the person
// they lead to ("House Agriculture Committee Chairman Mike Conaway"), or -1.
int32_t EntityNamedAt(const RelateContext& c, uint32_t k) {
  const auto& toks = c.tokens().tokens;
  if (k < toks.size() && c.MentionAt(k) < 0 && c.knowledge().lexicons().determiners.LongestAt(c.words(), k)) ++k;
  int32_t named = -1;
  for (int32_t m = k < toks.size() ? c.MentionAt(k) : -1; m >= 0;) {
    const Mention& mention = c.mentions()[static_cast<size_t>(m)];
    int32_t e = c.EntityOfMention(static_cast<size_t>(m), true);
    if (named < 0 || (e >= 0 && c.TypeOf(e) == EntityType::kPerson)) named = e;
    const uint32_t next = PastUnknownTitle(c, mention.end_token);
    m = next < toks.size() ? c.MentionAt(next) : -1;
    if (m < 0 && named == e) {
      const int32_t person = PersonAfterNoun(c, mention, e);
      if (person == kUnnamedPerson) return -1;  // "from the Republican nominee"
      m = person;                                // "from the Republican congressman Mark Sanford"
    }
  }
  return named;
}

// Whether an entity is named at `k` that acts itself: not an owner ("cheered
// by his tax victory", "opposed by Trump's lawyers").
bool NamesAnAgent(const RelateContext& c, uint32_t k) {
  int32_t m = k < c.tokens().tokens.size() ? c.MentionAt(k) : -1;
  if (m < 0) return EntityNamedAt(c, k) >= 0;  // past a determiner
  const Mention& mention = c.mentions()[static_cast<size_t>(m)];
  return !mention.possessive_pronoun && !c.IsPossessive(mention) && EntityNamedAt(c, k) >= 0;
}

// Whether a plural person noun (unnamed_speakers.tsv `person`, lower-case, one
// word ending in "s") stands at `k`: "voters", "supporters", "critics".
bool UnnamedGroupAt(const RelateContext& c, uint32_t k) {
  const auto& toks = c.tokens().tokens;
  if (k >= toks.size() || c.MentionAt(k) >= 0 || !c.IsWord(k) || (toks[k].flags & kCapitalized) ||
      !c.tokens().Text(toks[k]).ends_with("s")) {
    return false;
  }
  auto person = c.knowledge().lexicons().unnamed_speakers.LongestAt(c.words(), k);
  return person && person->length == 1 && *person->value == "person";
}

bool SubjectOfParticiple(const RelateContext& c, const Mention& m, uint32_t verb, uint32_t verb_end) {
  const auto& toks = c.tokens().tokens;
  if (verb >= toks.size() || !IsParticiple(c, verb)) return false;
  if (m.end_token != verb && !(m.end_token + 1 == verb && UnnamedGroupAt(c, m.end_token))) return false;
  // Not a venue's name ("on CNN attacking", "at NPR accusing": place_cues.txt,
  // markers `programme`), nor whom a pronoun after the verb stands for ("wrote
  // to Obama urging him").
  const Lexicons& lex = c.knowledge().lexicons();
  uint32_t before = m.first_token;
  if (before > 0 && c.MentionAt(before - 1) < 0 && lex.determiners.LongestAt(c.words(), before - 1)) --before;
  if (before > 0 && c.MentionAt(before - 1) < 0 &&
      (lex.place_cues.LongestAt(c.words(), before - 1) || c.MarkerRole(before - 1) == "programme")) {
    return false;
  }
  const int32_t object = verb_end < toks.size() ? c.MentionAt(verb_end) : -1;
  return object < 0 || c.mentions()[static_cast<size_t>(object)].kind != MentionKind::kPronoun;
}

// "young voters supporting Sanders", "as voters rejected her policy",
// "critics have accused him": a plural person noun (unnamed_speakers.tsv
// `person`, lower-case) right before the verb at `verb` (past one adverb or
// auxiliary) is its subject, an unnamed group. Not a singular one, which mostly
// describes someone named ("Vallone, then a council member challenging
// Pataki"); not after an organization, for which the plural stands ("DNC
// staffers deriding Sanders", "Clinton campaign national-security advisors");
// not with a name coordinated before it ("Trump and his allies slam Cohen").
bool UnnamedGroupSubject(const RelateContext& c, uint32_t verb) {
  const auto& toks = c.tokens().tokens;
  const Lexicons& lex = c.knowledge().lexicons();
  const uint32_t subject_end = PastOneVerbModifier(c, verb, false);
  if (subject_end < 2) return false;
  const uint32_t noun = subject_end - 1;
  if (!UnnamedGroupAt(c, noun)) return false;
  auto owner_pronoun = [&](uint32_t at) {  // "his", "her"
    const int32_t m = c.MentionAt(at);
    return m >= 0 && c.mentions()[static_cast<size_t>(m)].kind == MentionKind::kPronoun;
  };
  uint32_t k = noun;  // past the group's lower-case modifiers
  while (k > 0 && k + 4 > noun && (c.MentionAt(k - 1) < 0 || owner_pronoun(k - 1)) && c.IsWord(k - 1) &&
         !(toks[k - 1].flags & kCapitalized) && !lex.coordination.LongestAt(c.words(), k - 1)) {
    --k;
  }
  if (k == 0) return true;
  if (k > 1 && lex.coordination.LongestAt(c.words(), k - 1) && c.MentionAt(k - 2) >= 0) return false;
  const int32_t m = c.MentionAt(k - 1);
  const int32_t group = m >= 0 ? c.EntityOfMention(static_cast<size_t>(m), false) : -1;
  return !(group >= 0 && c.TypeOf(group) == EntityType::kOrganization);
}

// "Of likely Republican voters, 46 percent support Trump", "26 percent of
// voters under 29 supporting Johnson", "Trump at 28% support": a share of
// people (markers `share`) right before the verb or before "of" with no name,
// comma or clause boundary between it and the verb is its subject: a poll, no
// reaction of anyone named.
bool ShareSubject(const RelateContext& c, uint32_t verb) {
  const uint32_t subject_end = PastOneVerbModifier(c, verb, false);
  for (uint32_t k = subject_end; k-- > 0 && k + 8 > subject_end;) {
    if (c.MentionAt(k) >= 0 || c.IsPunct(k, ',') || !c.ClauseKind(k).empty()) return false;
    if (c.MarkerRole(k) == "share") return k + 1 == subject_end || c.MarkerRole(k + 1) == "origin";
  }
  return false;
}

}  // namespace newsgraph
