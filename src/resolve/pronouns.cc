// The resolver's pronoun pass: he, she, his and her go to the person a
// sentence before them is about (see resolver.h), past the clause a sentence
// may open with ("After he fired Comey, Trump met ...").
#include <algorithm>

#include "resolve/resolver.h"
#include "resolve/resolver_work.h"
#include "util/text.h"

namespace newsgraph {

// "Trump told reporters he had...": a subject pronoun right after a speech verb
// is the verb's own speaker, when a person is named right before the verb.
int32_t Resolver::ReportedSpeaker(const Work& w, size_t pronoun) const {
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  const Mention& p = w.mentions[pronoun];
  for (uint32_t back = 1; back <= 4 && back <= p.first_token; ++back) {
    uint32_t v = p.first_token - back;
    if (toks[v].sentence != toks[p.first_token].sentence) return -1;
    auto hit = knowledge_.lexicons().speech.LongestAt(words, v);
    if (!hit || *hit->value != "verb" || w.out.token_mention[v] >= 0) continue;
    int32_t before = w.MentionEndingAt(v);
    if (before < 0) return -1;
    int32_t e = w.out.mention_entity[static_cast<size_t>(before)];
    if (e < 0) return -1;
    const DocEntity& d = w.out.entities[static_cast<size_t>(e)];
    if (d.type != EntityType::kPerson || (d.gender != 0 && d.gender != p.gender)) return -1;
    return e;
  }
  return -1;
}

namespace {

// Per sentence, the comma that closes a clause opening it with a subordinator
// (markers `subordinator`: "After", "When"), a participle ("Asked",
// "Speaking") or a preposition ("In his meeting with Lavrov"), at most 40
// tokens on and outside quotations; 0 when none.
struct FrontedClauses {
  std::vector<uint32_t> comma;  // by sentence
  std::vector<bool> participle;  // by sentence: the clause opens with a participle, its subject the main clause's
  // The closing comma when `token` lies before it in its sentence, else 0.
  uint32_t CommaAfter(uint32_t sentence, uint32_t token) const {
    return sentence < comma.size() && comma[sentence] > token ? comma[sentence] : 0;
  }
};

// A lower-case word in "-ed" or "-s", or a verb of speech ("suggested", "says").
bool LooksLikeVerbAt(const Lexicons& lex, const Resolver::Work& w, uint32_t t) {
  const Token& token = w.tokens.tokens[t];
  if (token.kind != TokenKind::kWord || (token.flags & kCapitalized) || w.out.token_mention[t] >= 0) return false;
  const std::string_view word = w.tokens.Text(token);
  return (word.size() > 3 && (word.ends_with("ed") || word.ends_with("s"))) ||
         lex.speech.LongestAt(w.out.recognized.words, t).has_value();
}

FrontedClauses FindFrontedClauses(const Lexicons& lex, const Resolver::Work& w) {
  const auto& toks = w.tokens.tokens;
  const auto& words = w.out.recognized.words;
  FrontedClauses out;
  out.comma.assign(w.tokens.sentences.size(), 0);
  out.participle.assign(w.tokens.sentences.size(), false);
  for (size_t s = 0; s < w.tokens.sentences.size(); ++s) {
    const Sentence& sentence = w.tokens.sentences[s];
    const uint32_t first = sentence.first_token;
    if (first >= sentence.end_token || toks[first].kind != TokenKind::kWord || w.out.token_mention[first] >= 0) continue;
    const std::string_view word = w.tokens.Text(toks[first]);
    const bool participle = word.size() >= 5 && (word.ends_with("ed") || word.ends_with("ing"));
    out.participle[s] = participle;
    // (A preposition opens such a phrase too: "In his meeting with Lavrov, Trump
    // went off script", "In a letter to Comey, Trump ...".)
    if (!participle && !HasValue(lex.markers.LongestAt(words, first), "subordinator") &&
        !IsPrepositionAt(lex, words, first)) {
      continue;
    }
    // The comma after which the main clause's subject starts: not one that
    // opens a relative clause ("When Burr, who called ..., was asked") or sets
    // off a name ("met with South Korea's president, Moon Jae-in, last
    // month"), nor one before a lower-case word ("..., including his role").
    auto comma_at = [&](uint32_t t) { return toks[t].kind == TokenKind::kPunct && w.tokens.text[toks[t].start] == ','; };
    const uint32_t end = std::min(sentence.end_token, first + 40);
    for (uint32_t t = first + 1; t + 1 < end; ++t) {
      if (toks[t].kind == TokenKind::kQuote) break;
      if (!comma_at(t)) continue;
      uint32_t next = t + 1;
      if (HasValue(lex.apposition.LongestAt(words, next), "relative")) {
        while (next < end && !comma_at(next)) ++next;  // to the relative clause's closing comma
        t = next;
        continue;
      }
      if (int32_t m = w.out.token_mention[next]; m >= 0) {
        // Past the name and its owner ("China's Xi Jinping"): a comma or "and"
        // after it makes it a name set off by commas or one of a list.
        uint32_t after = w.mentions[static_cast<size_t>(m)].end_token;
        while (after + 1 < end && (toks[after].kind == TokenKind::kPossessive || w.out.token_mention[after] >= 0)) {
          after = w.out.token_mention[after] >= 0 ? w.mentions[static_cast<size_t>(w.out.token_mention[after])].end_token
                                                  : after + 1;
        }
        if (after < end && (comma_at(after) || lex.coordination.LongestAt(words, after))) {
          // ("On Sunday, Sen. Lindsey Graham, R-S.C., suggested": a verb after
          // the words set off is the name's; it is the main clause's subject.)
          uint32_t close = after + 1;
          while (comma_at(after) && close < end && close < after + 10 && !comma_at(close)) ++close;
          if (comma_at(after) && close + 1 < end && comma_at(close) && LooksLikeVerbAt(lex, w, close + 1)) {
            out.comma[s] = t;
            break;
          }
          t = after - 1;
          continue;
        }
        out.comma[s] = t;
        break;
      }
      if (lex.determiners.LongestAt(words, next) && next + 1 < end) ++next;
      if (w.out.token_mention[next] >= 0 || (toks[next].flags & kCapitalized) || lex.pronouns.LongestAt(words, next)) {
        out.comma[s] = t;
        break;
      }
    }
  }
  return out;
}

}  // namespace

void Resolver::ResolvePronouns(Work& w) const {
  // he/she go to the most recent subject of that gender: the first person a
  // sentence names outside quotations. Objects and people named in passing are
  // skipped ("Sessions ... met the ambassador. He said"); an object pronoun
  // ("Pompeo thanked him") goes to the most recent subject other than its own
  // sentence's.
  const auto& toks = w.tokens.tokens;
  struct Subject {
    int32_t entity = -1;
    size_t at = 0;
    uint32_t sentence = UINT32_MAX;
  };
  std::vector<Subject> subjects;  // most recent last
  auto pick = [&](char gender, uint32_t not_sentence) -> int32_t {
    for (size_t i = subjects.size(); i-- > 0;) {
      const Subject& s = subjects[i];
      if (s.sentence == not_sentence) continue;
      char g = w.out.entities[static_cast<size_t>(s.entity)].gender;
      if (g == gender || g == 0) return s.entity;
    }
    return -1;
  };
  // "Trump lashed out at Ginsburg after she ...": when the sentence's subject
  // is of the other gender, "she" is the latest person of hers the sentence
  // named by name (not as an owner, not by a role).
  auto named_in_sentence = [&](char gender, uint32_t sentence, size_t before) -> int32_t {
    if (subjects.empty() || subjects.back().sentence != sentence) return -1;
    char subject_gender = w.out.entities[static_cast<size_t>(subjects.back().entity)].gender;
    if (subject_gender == 0 || subject_gender == gender) return -1;
    for (size_t k = before; k-- > 0 && toks[w.mentions[k].first_token].sentence == sentence;) {
      int32_t e = w.out.mention_entity[k];
      // (Not an owner: "over Trump's tweet, he told" is someone else.)
      bool owner = w.mentions[k].end_token < toks.size() && toks[w.mentions[k].end_token].kind == TokenKind::kPossessive;
      bool named = w.mentions[k].kind == MentionKind::kName || w.mentions[k].kind == MentionKind::kShortName;
      if (e < 0 || owner || !named || (toks[w.mentions[k].first_token].flags & kQuoted)) {
        continue;
      }
      const DocEntity& d = w.out.entities[static_cast<size_t>(e)];
      if (d.type == EntityType::kPerson && d.gender == gender) return e;
    }
    return -1;
  };
  // "After he fired Comey, Trump met ...", "Asked by Rep. Rooney if he saw
  // ..., Brennan responded": a clause a subordinator (markers) or a participle
  // opens and a comma closes comes before the sentence's subject: a person
  // named there is its subject only until the main clause names one; an
  // owner pronoun there is the main clause's first person's when the gender
  // fits ("Asked about his tenure, Rex Tillerson said ...").
  const FrontedClauses fronted = FindFrontedClauses(knowledge_.lexicons(), w);
  auto main_subject_after = [&](size_t from_mention, uint32_t comma, char gender) -> int32_t {
    uint32_t sentence = toks[comma].sentence;
    for (size_t k = from_mention; k < w.mentions.size(); ++k) {
      const Mention& o = w.mentions[k];
      if (o.first_token <= comma) continue;
      if (toks[o.first_token].sentence != sentence) break;
      if (o.kind != MentionKind::kName && o.kind != MentionKind::kShortName) return -1;
      int32_t e = w.out.mention_entity[k];
      if (e < 0 || w.out.entities[static_cast<size_t>(e)].type != EntityType::kPerson) return -1;
      return w.out.entities[static_cast<size_t>(e)].gender == gender ? e : -1;
    }
    return -1;
  };
  // Whether the sentence names a person of `gender` by name before mention `m`.
  auto named_before = [&](size_t m, char gender, uint32_t sentence) {
    for (size_t k = m; k-- > 0 && toks[w.mentions[k].first_token].sentence == sentence;) {
      const Mention& o = w.mentions[k];
      const int32_t e = w.out.mention_entity[k];
      if (e >= 0 && (o.kind == MentionKind::kName || o.kind == MentionKind::kShortName) &&
          w.out.entities[static_cast<size_t>(e)].type == EntityType::kPerson &&
          w.out.entities[static_cast<size_t>(e)].gender == gender) {
        return true;
      }
    }
    return false;
  };
  // "Perry condemned Trump and called on him", "Comey said Trump asked him":
  // an object pronoun is never its own clause's subject, but may be someone
  // else its sentence names. That subject is the sentence's first person when
  // the pronoun's verb follows "and" or a comma within a few words (the verbs
  // share it), else the person named last before the pronoun. The pronoun
  // goes to the latest other person of its gender the sentence names by name
  // (not an owner, not in a quotation), or -1.
  auto object_in_sentence = [&](size_t pronoun, char gender, uint32_t sentence) -> int32_t {
    std::vector<size_t> named;  // people the sentence names before the pronoun, latest first
    for (size_t k = pronoun; k-- > 0 && toks[w.mentions[k].first_token].sentence == sentence;) {
      const Mention& o = w.mentions[k];
      const int32_t e = w.out.mention_entity[k];
      const bool owner = o.end_token < toks.size() && toks[o.end_token].kind == TokenKind::kPossessive;
      if (e < 0 || owner || (o.kind != MentionKind::kName && o.kind != MentionKind::kShortName) ||
          (toks[o.first_token].flags & kQuoted) || w.out.entities[static_cast<size_t>(e)].type != EntityType::kPerson) {
        continue;
      }
      named.push_back(k);
    }
    if (named.size() < 2) return -1;
    bool coordinated = false;
    for (uint32_t t = w.mentions[pronoun].first_token, steps = 0; t-- > 0 && steps < 4; ++steps) {
      if (w.out.token_mention[t] >= 0) break;
      coordinated = knowledge_.lexicons().coordination.LongestAt(w.out.recognized.words, t).has_value() ||
                    (toks[t].kind == TokenKind::kPunct && w.tokens.text[toks[t].start] == ',');
      if (coordinated) break;
    }
    const int32_t own_subject = w.out.mention_entity[coordinated ? named.back() : named.front()];
    for (size_t k : named) {
      const int32_t e = w.out.mention_entity[k];
      if (e != own_subject && w.out.entities[static_cast<size_t>(e)].gender == gender) return e;
    }
    return -1;
  };
  // The person a name's mention (not a pronoun's, nor a description's) stands for
  // when the gender fits, or -1.
  auto named_person = [&](int32_t named, char gender) -> int32_t {
    if (named < 0) return -1;
    const Mention& o = w.mentions[static_cast<size_t>(named)];
    const int32_t e = w.out.mention_entity[static_cast<size_t>(named)];
    if (e < 0 || (o.kind != MentionKind::kName && o.kind != MentionKind::kShortName)) return -1;
    const DocEntity& d = w.out.entities[static_cast<size_t>(e)];
    return d.type == EntityType::kPerson && d.gender == gender ? e : -1;
  };
  // "Moon thanked Pompeo for coming ... after his meeting": an owner pronoun in
  // a phrase that a `reason` word (markers) opens right after a person's name,
  // with no punctuation or other person between, is that person's when the
  // gender fits, or -1.
  auto reason_owner = [&](size_t pronoun, char gender) -> int32_t {
    const uint32_t first = w.mentions[pronoun].first_token;
    for (uint32_t t = first, steps = 0; t-- > 1 && steps < 12; ++steps) {
      if (toks[t].kind == TokenKind::kPunct || toks[t].sentence != toks[first].sentence) return -1;
      if (const int32_t between = w.out.token_mention[t]; between >= 0) {
        const int32_t e = w.out.mention_entity[static_cast<size_t>(between)];
        if (e < 0 || w.out.entities[static_cast<size_t>(e)].type == EntityType::kPerson) return -1;
        continue;  // a place or an organization ("for coming to Seoul after his meeting")
      }
      if (!HasValue(knowledge_.lexicons().markers.LongestAt(w.out.recognized.words, t), "reason")) continue;
      return named_person(w.out.token_mention[t - 1], gender);
    }
    return -1;
  };
  // "Trump's handling of his meeting with Putin": an owner pronoun right after
  // "of" (markers `origin`) that a name's "'s" and a noun or two open is that
  // name's when the gender fits, or -1.
  auto phrase_owner = [&](size_t pronoun, char gender) -> int32_t {
    const uint32_t first = w.mentions[pronoun].first_token;
    const auto& words = w.out.recognized.words;
    if (first < 4 || !HasValue(knowledge_.lexicons().markers.LongestAt(words, first - 1), "origin")) return -1;
    uint32_t t = first - 1;
    for (int nouns = 0; t > 0 && nouns < 3; ++nouns) {
      const Token& before = toks[t - 1];
      if (before.kind != TokenKind::kWord || (before.flags & kCapitalized) || w.out.token_mention[t - 1] >= 0) break;
      --t;
    }
    if (t == first - 1 || t < 2 || toks[t - 1].kind != TokenKind::kPossessive) return -1;
    return named_person(w.out.token_mention[t - 2], gender);
  };
  uint32_t subject_sentence = UINT32_MAX;
  bool subject_fronted = false;  // the sentence's subject so far stands in its fronted clause
  uint32_t other_subject_sentence = UINT32_MAX;  // where named_in_sentence found a pronoun's person
  for (size_t m = 0; m < w.mentions.size(); ++m) {
    const Mention& mention = w.mentions[m];
    uint32_t sentence = toks[mention.first_token].sentence;
    const uint32_t fronted_comma = fronted.CommaAfter(sentence, mention.first_token);
    if (mention.kind == MentionKind::kPronoun) {
      if (mention.gender != 'm' && mention.gender != 'f') continue;
      // (Unless a clause that has a subject of its own names a person of the
      // gender before it: "In a press conference after Trump departed ahead of
      // his meeting with Kim, Trudeau said".)
      if (fronted_comma > 0 && mention.possessive_pronoun &&
          (fronted.participle[sentence] || !named_before(m, mention.gender, sentence))) {
        if (int32_t e = main_subject_after(m + 1, fronted_comma, mention.gender); e >= 0) {
          w.Assign(m, e);
          continue;
        }
      }
      int32_t e = mention.possessive_pronoun ? reason_owner(m, mention.gender) : -1;
      if (e < 0 && mention.possessive_pronoun) e = phrase_owner(m, mention.gender);
      if (e < 0 && !mention.object_pronoun) e = ReportedSpeaker(w, m);
      if (e < 0 && !mention.object_pronoun && subject_sentence == sentence) {
        e = named_in_sentence(mention.gender, sentence, m);
        if (e >= 0) other_subject_sentence = sentence;
      }
      if (e < 0 && mention.object_pronoun) e = object_in_sentence(m, mention.gender, sentence);
      // ("... after she disparaged him": with "she" the clause's subject, "him" may be the sentence's.)
      bool own_subject_excluded = mention.object_pronoun && subject_sentence == sentence && other_subject_sentence != sentence;
      if (e < 0) e = pick(mention.gender, own_subject_excluded ? sentence : UINT32_MAX);
      if (e < 0) continue;
      w.Assign(m, e);
      // An owner ("her lawyer") is the subject only as the sentence's first word, as a name's possessive is.
      bool owner_inside = mention.possessive_pronoun && !(toks[mention.first_token].flags & kSentenceStart);
      const bool subject_open = subject_sentence != sentence || (subject_fronted && fronted_comma == 0);
      if (subject_open && !mention.object_pronoun && !owner_inside && !(toks[mention.first_token].flags & kQuoted)) {
        subject_sentence = sentence;  // "He" is the subject now
        subject_fronted = fronted_comma > 0;
        subjects.push_back({e, m, sentence});
      }
      continue;
    }
    int32_t e = w.out.mention_entity[m];
    if (e < 0 || w.out.entities[static_cast<size_t>(e)].type != EntityType::kPerson) continue;
    // (A subject found in the clause before a fronted clause's comma gives way to the main clause's.)
    if ((sentence == subject_sentence && !(subject_fronted && fronted_comma == 0)) ||
        (toks[mention.first_token].flags & kQuoted)) {
      continue;
    }
    bool possessive = mention.end_token < toks.size() && toks[mention.end_token].kind == TokenKind::kPossessive;
    // A possessive is the subject only as the sentence's first words ("Pompeo's trip ..., where he met").
    if (possessive && !(toks[mention.first_token].flags & kSentenceStart)) continue;
    if (mention.first_token > 0 && toks[mention.first_token - 1].kind == TokenKind::kPunct &&
        w.tokens.text[toks[mention.first_token - 1].start] == '(') {
      continue;
    }
    subject_sentence = sentence;
    subject_fronted = fronted_comma > 0;
    subjects.push_back({e, m, sentence});
  }
}

}  // namespace newsgraph
