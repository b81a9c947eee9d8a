// The recognizer's proposals for names no gazetteer lists: capitalized words
// in a name's shape ("Figueroa told USA Today", "Jeff Weaver"), and the slots
// that make a capitalized word a name (after a given name, before a speech
// verb). Gazetteer matching is in recognizer.cc.
#include <algorithm>
#include <array>

#include "recognize/recognizer.h"
#include "util/text.h"

namespace newsgraph {

bool Recognizer::FreeGivenName(const RecognizedText& r, size_t t) const {
  const Token& tok = r.tokens.tokens[t];
  if (!IsCapitalizedWord(tok) || (tok.flags & kAllCaps)) return false;
  if (!r.mentions.empty() && r.mentions.back().end_token > t) return false;
  if (tok.sentence != r.tokens.tokens[t + 1].sentence) return false;
  auto given = GivenNameAt(r, t);
  return given && given->length == 1;
}

std::optional<LexiconHit> Recognizer::GivenNameAt(const RecognizedText& r, size_t t) const {
  const Lexicon& given_names = knowledge_.lexicons().given_names;
  if (auto hit = given_names.LongestAt(r.words, t)) return hit;
  const Token& tok = r.tokens.tokens[t];
  if (!IsCapitalizedWord(tok) || (tok.flags & kAllCaps)) return std::nullopt;
  std::string_view text = r.tokens.Text(tok);
  size_t hyphen = text.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || text.find('-', hyphen + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  // Both parts must be given names: "Al-Assad", "Abdel-Rahman" are no such pair.
  std::array<uint32_t, 2> parts{};
  std::string folded;
  for (size_t k = 0; k < 2; ++k) {
    std::string_view part = k == 0 ? text.substr(0, hyphen) : text.substr(hyphen + 1);
    if (!StartsUpper(part)) return std::nullopt;
    FoldCase(part, &folded);
    parts[k] = knowledge_.vocabulary().Find(folded);
    if (parts[k] == Vocabulary::kUnknown || !given_names.LongestAt(std::span(parts).subspan(k, 1), 0)) {
      return std::nullopt;
    }
  }
  // The gender of "Jean-Marc" is Marc's: "Jean" alone could be either.
  auto first = given_names.LongestAt(std::span(parts).subspan(0, 1), 0);
  bool gendered = !first->value->empty() && ((*first->value)[0] == 'm' || (*first->value)[0] == 'f');
  return gendered ? first : given_names.LongestAt(std::span(parts).subspan(1, 1), 0);
}

void Recognizer::ProposeUnknownNames(RecognizedText* r) const {
  const std::span<const Token> toks(r->tokens.tokens);
  const std::span<const uint32_t> words(r->words);
  const Lexicons& lex = knowledge_.lexicons();
  std::vector<int32_t> covered(toks.size(), -1);
  for (size_t k = 0; k < r->mentions.size(); ++k) {
    for (uint32_t t = r->mentions[k].first_token; t < r->mentions[k].end_token; ++t) covered[t] = static_cast<int32_t>(k);
  }
  auto shouted_beside = [&](size_t t) {
    // (Not an initial: "Stephen J. A. Ward".)
    auto shouted = [&](size_t k) {
      if (k >= toks.size() || toks[k].sentence != toks[t].sentence || toks[k].kind != TokenKind::kWord ||
          !(toks[k].flags & kAllCaps)) {
        return false;
      }
      const std::string_view text = r->tokens.Text(toks[k]);
      return std::count_if(text.begin(), text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) >= 2;
    };
    return (t > 0 && shouted(t - 1)) || shouted(t + 1);
  };
  // A capitalized name-like word: not a quote, not a sentence-initial function word.
  auto name_word = [&](size_t t) {
    if (t >= toks.size() || covered[t] >= 0 || !IsCapitalizedWord(toks[t])) return false;
    // "I" (markers.tsv `first-person`): the writer or a quote's speaker, never a name.
    if (toks[t].end - toks[t].start <= 5) {  // "I", "We've": short words, and the lookup is not free
      if (auto marker = lex.markers.LongestAt(words, t); marker && *marker->value == "first-person") return false;
    }
    // "NATO", not a shouted headline: a short word, with no other word in capitals beside it
    // ("LINDSEY GRAHAM TEARS INTO DEMS OVER 'SHAM' HEARING").
    if (toks[t].flags & kAllCaps) return toks[t].end - toks[t].start <= 4 && !shouted_beside(t);
    return true;
  };
  // A connector ("of", "the") among tokens [from, to): "Bank of America" is no person.
  auto has_connector = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (lex.connectors.LongestAt(words, k)) return true;
    }
    return false;
  };
  std::vector<Mention> found;
  StringSet speaker_words;  // folded one-word names found in a speaker slot
  // A capitalized word has kNameStart: the tokens between two such marks are skipped eight at a time.
  const std::span<const uint8_t> starts(r->trigger_starts);
  size_t i = NextTriggerStart(starts, kNameStart, 0);
  while (i < toks.size()) {
    if (!name_word(i)) {
      i = NextTriggerStart(starts, kNameStart, i + 1);
      continue;
    }
    // "The Ministry of Fisheries": a sentence-initial determiner is not part of the name,
    // nor is a capitalized function word ("And Sessions said", "If Flynn had").
    if (name_word(i + 1) && (lex.determiners.LongestAt(words, i) ||
                             ((toks[i].flags & kSentenceStart) && IsFunctionWordAt(*r, i)))) {
      ++i;
      continue;
    }
    // `Said Ellis: "..."`, "Mr. King": an inverted speech verb or an honorific is not part of
    // the name. An honorific is none by itself either ("Mr." before a name the gazetteer knows).
    if ((name_word(i + 1) && (toks[i].flags & kSentenceStart) && lex.speech.LongestAt(words, i)) ||
        lex.honorifics.LongestAt(words, i)) {
      ++i;
      continue;
    }
    // The capitalized run, with connectors inside it ("Bank of America").
    size_t end = i + 1;
    for (;;) {
      // "meet with Gov. Gary Herbert Saturday": a weekday or month after a full name is a date.
      if (end - i >= 2 && end < toks.size() && lex.calendar.LongestAt(words, end)) break;
      if (name_word(end) && toks[end].paragraph == toks[i].paragraph && toks[end].sentence == toks[i].sentence) {
        ++end;
        continue;
      }
      if (end + 1 < toks.size() && covered[end] < 0 && toks[end].kind == TokenKind::kWord &&
          !(toks[end].flags & kCapitalized) && lex.connectors.LongestAt(words, end) && name_word(end + 1)) {
        end += 2;
        continue;
      }
      break;
    }
    size_t len = end - i;
    Mention m;
    bool person_cue = false;
    // "Chief Chuck Jordan": a capitalized title before the given name.
    // "City Attorney Brad Holm": every capitalized word before the given name.
    while (len >= 3 && !GivenNameAt(*r, i) && !lex.connectors.LongestAt(words, i + 1) &&
           (GivenNameAt(*r, i + 1) || (len >= 4 && GivenNameAt(*r, i + 2)))) {
      ++i;
      --len;
    }
    // "Clark County Sheriff Joe Lombardo", "Maricopa County Recorder Helen
    // Purcell": a longer run that ends in a given name and a surname.
    // Not in title case: a headline, or one quoted ("I Will Not Vote").
    bool title_case = toks[i].start < r->tokens.headline_end || (toks[i].flags & kQuoted);
    if (len >= 4 && end >= 2 && !title_case && GivenNameAt(*r, end - 2) &&
        !lex.connectors.LongestAt(words, end - 1) && (!GivenNameAt(*r, i) || len > 4)) {
      if (!has_connector(i, end - 1)) {
        i = end - 2;
        len = 2;
      }
    }
    auto given = GivenNameAt(*r, i);
    // "Cameron Easley for Morning Consult": a person's name ends at a connector.
    if (given && len > 2) {
      for (size_t k = i + 2; k < end; ++k) {
        if (lex.connectors.LongestAt(words, k) && !(toks[k].flags & kCapitalized)) {
          end = k;
          len = end - i;
          break;
        }
      }
    }
    // A title-case run that fills a quotation is a title or a slogan ("America First",
    // "Make America Great Again."), whatever given name it starts with.
    auto quote_at = [&](size_t t) { return t < toks.size() && toks[t].kind == TokenKind::kQuote; };
    bool fills_quote = i >= 1 && (quote_at(i - 1) || (i >= 2 && quote_at(i - 2))) &&
                       (quote_at(end) || (end + 1 < toks.size() && toks[end].kind == TokenKind::kPunct && quote_at(end + 1)));
    // Names start at a given name; "Deborah A. Robinson", "Eliot Higgins".
    if (given && len >= 2 && len <= 4 && !fills_quote && !lex.not_person_tails.LongestAt(words, end - 1)) {
      person_cue = !has_connector(i, end);
      m.gender = given->value->empty() ? 0 : (*given->value)[0];
    }
    // A title or honorific just before: "Judge Xu Wei", "Mr. Higgins".
    if (!person_cue && len <= 3 && i > 0) {
      int32_t before = covered[i - 1];
      // `covered` also marks names found in this pass, past the end of r->mentions.
      bool after_office = before >= 0 && static_cast<size_t>(before) < r->mentions.size() &&
                          r->mentions[static_cast<size_t>(before)].kind == MentionKind::kName &&
                          !r->mentions[static_cast<size_t>(before)].candidates.empty() &&
                          knowledge_.entity(r->mentions[static_cast<size_t>(before)].candidates.front()).type ==
                              EntityType::kOffice &&
                          r->mentions[static_cast<size_t>(before)].end_token == i &&
                          (toks[i - 1].flags & kCapitalized);
      // After a title, words that name no one: a function word ("Filed To Run For President In
      // 2020"), a last word of not_person_tails.txt, org_cues.tsv or roles.tsv ("the November
      // General Election", "Tahirih Justice Center", "Justice Minister Heiko Maas"); in a headline's
      // title case, one word that is no given name ("Federal Judge Blocks Trump"); and a word a
      // bracket splits from the surname after it ("[President Gerald] Ford": the surname is the person).
      const bool splits_at_bracket = len == 1 && end + 1 < toks.size() &&
                                     toks[end].kind == TokenKind::kPunct &&
                                     (r->tokens.text[toks[end].start] == ']' || r->tokens.text[toks[end].start] == ')') &&
                                     IsCapitalizedWord(toks[end + 1]);
      after_office = after_office && !IsFunctionWordAt(*r, i) && !lex.not_person_tails.LongestAt(words, end - 1) &&
                     !lex.org_cues.LongestAt(words, end - 1) && !lex.roles.LongestAt(words, end - 1) &&
                     !(title_case && len == 1 && !given) && !splits_at_bracket;
      // "Mr. Secretary", "Madam Speaker": an honorific before a role noun (roles.tsv) addresses
      // an office's holder; a person of that surname the document named comes back in resolve.
      auto role = lex.roles.LongestAt(words, i);
      bool after_honorific = lex.honorifics.LongestAt(words, i - 1).has_value() && !(role && role->length == len);
      // "political scientist Brigid Harrison", "Blaze co-host Stu Burguiere":
      // two or three capitalized words after a lower-case noun of affiliation.
      auto org_tail = lex.org_cues.LongestAt(words, end - 1);
      bool after_affiliation_noun = len >= 2 && toks[i - 1].kind == TokenKind::kWord &&
                                    !(toks[i - 1].flags & kCapitalized) && covered[i - 1] < 0 && !title_case &&
                                    lex.affiliation_nouns.LongestAt(words, i - 1).has_value() &&
                                    !lex.not_person_tails.LongestAt(words, end - 1) &&
                                    !org_tail;
      person_cue = (after_office || after_honorific || after_affiliation_noun) && !has_connector(i, end);
    }
    bool org_cue = false;
    if (!person_cue && len >= 2) {
      auto head = lex.org_cues.LongestAt(words, i);
      auto tail = lex.org_cues.LongestAt(words, end - 1);
      // A head cue ends a name without connectors too: "Montclair State University".
      org_cue = (head && *head->value == "head" && lex.connectors.LongestAt(words, i + 1)) ||
                (tail && (*tail->value == "tail" || !has_connector(i, end)));
    }
    // "Ohio State University", "Daily Caller News Foundation", "U.S. District Court": a name
    // the gazetteer knows, glued before an organization's name, is the start of that name.
    if (org_cue && i > 0 && covered[i - 1] >= 0) {
      const auto glued = static_cast<size_t>(covered[i - 1]);
      Mention& before = glued < r->mentions.size() ? r->mentions[glued] : found[glued - r->mentions.size()];
      bool name_like = before.end_token == i && before.end_token - before.first_token <= 4 &&
                       before.kind != MentionKind::kPronoun && toks[before.first_token].sentence == toks[i].sentence;
      for (uint32_t k = before.first_token; name_like && k < before.end_token; ++k) {
        name_like = toks[k].kind == TokenKind::kWord && (toks[k].flags & kCapitalized);
      }
      auto tail = lex.org_cues.LongestAt(words, end - 1);  // a cue that ends the name, as above
      if (name_like && tail && (*tail->value == "tail" || !has_connector(i, end))) {
        i = before.first_token;
        len = end - i;
        before.end_token = before.first_token;  // emptied: dropped below
      }
    }
    // ("published in May reported that": a month is no speaker, nor "— The 5 most explosive claims" a "The",
    // nor "said University of New Hampshire professor Dante Scala" a word of org_cues.tsv or
    // roles.tsv alone; "Lake said" may well be Celinda Lake.)
    auto common_word = [&] {
      return len == 1 && (lex.calendar.LongestAt(words, i) || IsFunctionWordAt(*r, i) || lex.org_cues.LongestAt(words, i) ||
                          lex.roles.LongestAt(words, i));
    };
    bool speaker_cue = !person_cue && !org_cue && len <= 4 && !common_word() && InSpeakerSlot(*r, i, end);
    if (speaker_cue) person_cue = true;
    if (!person_cue && !org_cue) {
      i = end;
      continue;
    }
    // A sentence-initial word other than a given name is usually not part of the name.
    m.first_token = static_cast<uint32_t>(i);
    m.end_token = static_cast<uint32_t>(end);
    m.start = toks[i].start;
    m.end = toks[end - 1].end;
    m.kind = MentionKind::kUnknownName;
    // ("PETA said", "SPLC said in a report": an acronym in a speaker's slot is an organization.)
    const bool acronym_speaker = speaker_cue && len == 1 && (toks[i].flags & kAllCaps) && !given;
    m.type = person_cue && !acronym_speaker ? EntityType::kPerson : EntityType::kOrganization;
    if (speaker_cue && len == 1) speaker_words.insert(FoldCase(r->tokens.Text(toks[i])));
    for (size_t k = i; k < end; ++k) covered[k] = static_cast<int32_t>(r->mentions.size() + found.size());
    found.push_back(std::move(m));
    i = end;
  }
  // "Figueroa said ...": a one-word name a quote's attribution revealed names
  // the same person elsewhere in the document, sentence-initial or not.
  if (!speaker_words.empty()) {
    std::string folded;
    for (size_t t = NextTriggerStart(starts, kNameStart, 0); t < toks.size(); t = NextTriggerStart(starts, kNameStart, t + 1)) {
      if (covered[t] >= 0 || !IsCapitalizedWord(toks[t])) continue;
      FoldCase(r->tokens.Text(toks[t]), &folded);
      if (!speaker_words.count(folded)) continue;
      if (t + 1 < toks.size() && IsCapitalizedWord(toks[t + 1]) && toks[t + 1].sentence == toks[t].sentence) continue;
      Mention m;
      m.first_token = static_cast<uint32_t>(t);
      m.end_token = static_cast<uint32_t>(t + 1);
      m.start = toks[t].start;
      m.end = toks[t].end;
      m.kind = MentionKind::kUnknownName;
      m.type = EntityType::kPerson;
      found.push_back(std::move(m));
    }
  }
  for (auto& m : found) r->mentions.push_back(std::move(m));
  // The names an organization's name took in.
  std::erase_if(r->mentions, [](const Mention& m) { return m.end_token == m.first_token; });
}

// A speech verb at `t` ("said", "told"), after a filler or adverb ("later told").
bool Recognizer::SpeechVerbAt(const RecognizedText& r, size_t t) const {
  const auto& toks = r.tokens.tokens;
  if (t < toks.size() && toks[t].kind == TokenKind::kWord && !(toks[t].flags & kCapitalized) &&
      (LooksLikeAdverb(r.tokens.Text(toks[t])) || knowledge_.lexicons().speech_fillers.LongestAt(r.words, t))) {
    ++t;
  }
  if (t >= toks.size()) return false;
  auto hit = knowledge_.lexicons().speech.LongestAt(r.words, t);
  return hit && *hit->value == "verb" && !(toks[t].flags & kCapitalized);
}

// The run [first, end) stands where a quote's attribution names its speaker:
// `"...," Figueroa told`, `"...," said Fallon`, `"..." ― Sonya Herridge`,
// `"...," Quina Jones, 25, said`, `Peabody said: "..."`, `Said Ellis: "..."`.
bool Recognizer::InSpeakerSlot(const RecognizedText& r, size_t first, size_t end) const {
  const auto& toks = r.tokens.tokens;
  auto punct = [&](size_t t, std::string_view mark) {
    return t < toks.size() && toks[t].kind == TokenKind::kPunct && r.tokens.Text(toks[t]) == mark;
  };
  // `t` ends a quote: its closing mark, or a comma right after one (`",` or `,"`).
  auto quote_ends_at = [&](size_t t) {
    if (punct(t, ",") && t > 0) --t;
    return toks[t].quote == QuoteMark::kCloseDouble || toks[t].quote == QuoteMark::kCloseSingle;
  };
  auto opens_quote_at = [&](size_t t) {
    if (punct(t, ",") || punct(t, ":")) ++t;
    return t < toks.size() && toks[t].quote == QuoteMark::kOpenDouble;
  };
  // The verb after the name, past an apposition: "Quina Jones, 25, said",
  // "Joseph Crowley (D-N.Y.) said", "Rucker Culpepper, who runs ..., said".
  size_t verb = end;
  if (punct(verb, "(")) {
    while (verb < toks.size() && verb < end + 8 && !punct(verb, ")")) ++verb;
    ++verb;
  } else if (punct(verb, ",")) {
    size_t k = verb + 1;
    while (k < toks.size() && k < end + 20 && !punct(k, ",") && toks[k].kind != TokenKind::kQuote &&
           toks[k].sentence == toks[end].sentence) {
      ++k;
    }
    if (punct(k, ",")) verb = k + 1;
  }
  // "When asked", "the Post reported": a lone sentence-initial word, or a
  // word after a determiner, is no person's name.
  bool lone_initial = end == first + 1 && (toks[first].flags & kSentenceStart);
  bool after_determiner = first >= 1 && knowledge_.lexicons().determiners.LongestAt(r.words, first - 1) &&
                          !(toks[first - 1].flags & kCapitalized);
  bool verb_follows = !lone_initial && !after_determiner && verb < toks.size() && SpeechVerbAt(r, verb);
  size_t verb_end = verb + 1;
  if (verb_follows && verb_end < toks.size() && !(toks[verb_end].flags & kCapitalized) &&
      toks[verb_end].kind == TokenKind::kWord) {
    ++verb_end;  // "said Tuesday", "told reporters"
  }
  if (first >= 1 && verb_follows) {
    if (toks[first - 1].paragraph == toks[first].paragraph && quote_ends_at(first - 1)) {
      return true;  // `"...," Figueroa told`
    }
    if (opens_quote_at(verb + 1) || opens_quote_at(verb_end)) return true;        // `Peabody said: "..."`
  }
  // `Kerr Putney, the police chief, said that the video did not give "absolute ..."`:
  // a name of two words or more whose speech verb leads to a quotation (not a
  // passive: "Greek Orthodox were admitted").
  if (verb_follows && end - first >= 2 && !knowledge_.lexicons().copulas.LongestAt(r.words, verb)) {
    for (size_t k = verb_end; k < toks.size() && toks[k].sentence == toks[verb].sentence; ++k) {
      if (toks[k].quote == QuoteMark::kOpenDouble) return true;
    }
  }
  if (first >= 1 && (toks[first - 1].flags & kSentenceStart) && punct(end, ":") && opens_quote_at(end) &&
      knowledge_.lexicons().speech.LongestAt(r.words, first - 1)) {
    return true;  // `Said Ellis: "..."`
  }
  if (first < 2 || toks[first - 2].paragraph != toks[first].paragraph) return false;
  if (SpeechVerbAt(r, first - 1) && quote_ends_at(first - 2)) return true;  // `"...," said Fallon`
  // `"..." ― Sonya Herridge`; not `"..." – Lexington, Kentucky; Oct. 13`, where it was said.
  const bool city_of_state = punct(end, ",") && end + 1 < toks.size() &&
                             knowledge_.lexicons().us_states.LongestAt(r.words, end + 1).has_value();
  return toks[first - 1].kind == TokenKind::kPunct && IsDash(r.tokens.Text(toks[first - 1])) &&
         quote_ends_at(first - 2) && !city_of_state;
}

}  // namespace newsgraph
