#include "recognize/recognizer.h"

#include <algorithm>
#include <array>

#include "util/text.h"

namespace newsgraph {
namespace {

bool IsCapitalizedWord(const Token& t) { return t.kind == TokenKind::kWord && (t.flags & kCapitalized); }

// "T.", "H.W.": one or more capital letters, each followed by a dot.
bool IsInitials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (size_t k = 0; k < w.size(); k += 2) {
    if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.') return false;
  }
  return true;
}

// The capitalization rule: every alias word written capitalized needs a
// capitalized word in the text ("Sessions" is a name, "sessions" is not).
bool AcceptsCase(uint32_t capitalized_mask, const Token* text_words, size_t length) {
  for (size_t k = 0; k < length; ++k) {
    if (((capitalized_mask >> k) & 1u) && !(text_words[k].flags & kCapitalized)) return false;
  }
  return true;
}

// Whether the gazetteer spells this person with other middle initials than
// `initials`: "George H.W. Bush" is not the George W. Bush whose alias "George
// Bush" the text's first and last names match.
bool HasOtherInitials(const EntityRecord& e, std::string_view initials) {
  auto other = [&](std::string_view form) {
    size_t pos = 0;
    while ((pos = form.find(' ', pos)) != std::string_view::npos) {
      size_t next = form.find(' ', pos + 1);
      if (next == std::string_view::npos) break;
      std::string_view middle = form.substr(pos + 1, next - pos - 1);
      if (IsInitials(middle) && middle != initials) return true;
      pos = next;
    }
    return false;
  };
  if (other(e.name)) return true;
  return std::any_of(e.aliases.begin(), e.aliases.end(), other);
}

// Whether a mention before this point names one of `entities` by a full alias.
bool NamedInFullBefore(const RecognizedText& r, const std::vector<uint32_t>& entities) {
  return std::any_of(r.mentions.begin(), r.mentions.end(), [&](const Mention& earlier) {
    return earlier.kind == MentionKind::kName &&
           std::any_of(earlier.candidates.begin(), earlier.candidates.end(), [&](uint32_t c) {
             return std::find(entities.begin(), entities.end(), c) != entities.end();
           });
  });
}

}  // namespace

Recognizer::Recognizer(const Knowledge& knowledge) : knowledge_(knowledge) {
  trigger_bits_.assign(knowledge.vocabulary().size(), 0);
  std::vector<std::vector<AliasHit>> hits_by_payload;
  for (const AliasRecord& a : knowledge.aliases()) {
    uint32_t node = trie_.Insert(a.words);
    int32_t payload = trie_.Payload(node);
    if (payload < 0) {
      payload = static_cast<int32_t>(hits_by_payload.size());
      trie_.SetPayload(node, payload);
      hits_by_payload.emplace_back();
    }
    auto& list = hits_by_payload[static_cast<size_t>(payload)];
    bool duplicate = std::any_of(list.begin(), list.end(), [&](const AliasHit& h) {
      return h.entity == a.entity && h.capitalized_mask == a.capitalized_mask && h.short_form == a.short_form;
    });
    if (!duplicate) {
      const EntityRecord& e = knowledge.entity(a.entity);
      list.push_back({a.entity, a.capitalized_mask, a.short_form, e.type, e.imported});
    }
    if (!a.words.empty() && (a.capitalized_mask & 1u) == 0) trigger_bits_[a.words.front()] |= kNameStart;
  }
  trie_.IndexRoot();  // every candidate name starts with a root probe
  hit_offsets_.reserve(hits_by_payload.size() + 1);
  for (const auto& list : hits_by_payload) {
    hit_offsets_.push_back(static_cast<uint32_t>(hits_.size()));
    hits_.insert(hits_.end(), list.begin(), list.end());
  }
  hit_offsets_.push_back(static_cast<uint32_t>(hits_.size()));
  std::string folded;
  for (size_t c = 0; c < ascii_word_ids_.size(); ++c) {
    FoldCase(std::string(1, static_cast<char>(c)), &folded);
    ascii_word_ids_[c] = knowledge.vocabulary().Find(folded);
  }
  const Lexicons& lex = knowledge.lexicons();
  const std::pair<const Lexicon*, TriggerStart> triggers[] = {
      {&lex.pronouns, kPronounStart}, {&lex.determiners, kDeterminerStart},
      {&lex.meeting, kMeetingStart},  {&lex.contact, kContactStart},
      {&lex.reaction, kReactionStart}, {&lex.reported_speech, kReportedSpeechStart},
  };
  for (uint32_t word = 0; word < trigger_bits_.size(); ++word) {
    for (const auto& [lexicon, bit] : triggers) {
      if (lexicon->MayStartAt(std::span<const uint32_t>(&word, 1), 0)) trigger_bits_[word] |= bit;
    }
  }
}

void Recognizer::MarkTriggerStarts(RecognizedText* r) const {
  r->trigger_starts.resize(r->words.size());
  const uint32_t* words = r->words.data();
  uint8_t* starts = r->trigger_starts.data();
  const uint8_t* bits = trigger_bits_.data();
  const size_t known = trigger_bits_.size();  // kUnknown and later words start nothing
  const Token* toks = r->tokens.tokens.data();
  for (size_t i = 0; i < r->words.size(); ++i) {
    starts[i] = static_cast<uint8_t>((words[i] < known ? bits[words[i]] : 0) | ((toks[i].flags & kCapitalized) ? kNameStart : 0));
  }
}

void Recognizer::LookUpWords(RecognizedText* r) const {
  const Vocabulary& vocabulary = knowledge_.vocabulary();
  const auto& toks = r->tokens.tokens;
  r->words.resize(toks.size());
  // Scratch kept per thread: a document's folded forms, their lookups, and the
  // tokens the lookups are for.
  thread_local std::string folded_text;
  thread_local std::vector<Vocabulary::Query> queries;
  thread_local std::vector<uint32_t> query_tokens;
  thread_local std::vector<uint32_t> ids;
  // The document with its ASCII letters lower-cased, in one pass: an ASCII
  // token's form is its span there. The others (a few) are folded in full and
  // appended.
  std::string_view document = r->tokens.text;
  folded_text.resize(document.size());
  FoldAsciiLetters(document, folded_text.data());
  // Filled by index, not appended: an append to a thread_local vector reloads
  // its size and capacity at every token.
  queries.resize(toks.size());
  query_tokens.resize(toks.size());
  Vocabulary::Query* const query_out = queries.data();
  uint32_t* const query_token_out = query_tokens.data();
  size_t count = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    const uint32_t start = toks[i].start;
    const uint32_t length = toks[i].end - start;
    if (length == 1 && static_cast<unsigned char>(document[start]) < 0x80) {
      r->words[i] = ascii_word_ids_[static_cast<unsigned char>(document[start])];
      continue;
    }
    // Tokens are spans of the document (the tokenizer's contract): no bounds checks.
    uint32_t offset = start;
    uint32_t folded_length = length;
    bool non_ascii;
    uint64_t hash = Vocabulary::HashOf(std::string_view(folded_text.data() + start, length), &non_ascii);
    if (non_ascii) {
      offset = static_cast<uint32_t>(folded_text.size());
      AppendFoldCase(document.substr(start, length), &folded_text);
      folded_length = static_cast<uint32_t>(folded_text.size() - offset);
      hash = Vocabulary::HashOf(std::string_view(folded_text).substr(offset));
    }
    vocabulary.Prefetch(hash);
    query_out[count] = {offset, folded_length, hash};
    query_token_out[count] = static_cast<uint32_t>(i);
    ++count;
  }
  queries.resize(count);
  ids.resize(count);
  vocabulary.FindAll(folded_text, queries, ids);
  for (size_t k = 0; k < ids.size(); ++k) r->words[query_tokens[k]] = ids[k];
}

RecognizedText Recognizer::Recognize(TokenizedText tokens) const {
  RecognizedText r;
  r.tokens = std::move(tokens);
  LookUpWords(&r);
  MarkTriggerStarts(&r);
  MatchGazetteer(&r);
  MarkPronouns(&r);
  ProposeUnknownNames(&r);
  std::sort(r.mentions.begin(), r.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  return r;
}

void Recognizer::MatchGazetteer(RecognizedText* r) const {
  // Spans, not the vectors through `r`: the mentions this appends could, for
  // all the compiler knows, move them, so each access would reload them.
  const std::span<const Token> toks(r->tokens.tokens);
  const std::span<const uint32_t> words(r->words);
  const Lexicons& lex = knowledge_.lexicons();
  size_t i = 0;
  // kNameStart: see MarkTriggerStarts.
  const std::span<const uint8_t> starts(r->trigger_starts);
  auto may_start_name = [&](size_t k) { return (starts[k] & kNameStart) != 0; };
  // The root probes of the name starts in the next eight tokens are
  // prefetched; `ahead` is the first start not yet prefetched.
  constexpr size_t kPrefetchAhead = 8;
  size_t ahead = NextTriggerStart(starts, kNameStart, 0);
  while (i < toks.size()) {
    if (!may_start_name(i)) {
      i = NextTriggerStart(starts, kNameStart, i + 1);
      continue;
    }
    for (; ahead <= i + kPrefetchAhead && ahead < toks.size(); ahead = NextTriggerStart(starts, kNameStart, ahead + 1)) {
      trie_.Prefetch(0, words[ahead]);
    }
    uint32_t node = 0;
    size_t best_len = 0;
    int32_t best_payload = -1;
    for (size_t j = i; j < toks.size() && j - i < 32; ++j) {
      if (words[j] == Vocabulary::kUnknown) break;
      node = trie_.Child(node, words[j]);
      if (node == PhraseTrie::kNoNode) break;
      int32_t payload = trie_.Payload(node);
      if (payload < 0) continue;
      // Some alias at this node must accept the text's case.
      for (const AliasHit& h : HitsOf(payload)) {
        if (AcceptsCase(h.capitalized_mask, &toks[i], j - i + 1)) {
          best_len = j - i + 1;
          best_payload = payload;
          break;
        }
      }
    }
    // "Michael T. Flynn", "George H.W. Bush": a person's "first last" alias
    // with middle initials the gazetteer does not list.
    std::array<Token, 2> outer_words;
    const Token* case_words = &toks[i];
    size_t case_len = best_len;
    if (best_len < 3 && i + 2 < toks.size() && IsInitials(r->tokens.Text(toks[i + 1])) &&
        words[i] != Vocabulary::kUnknown && words[i + 2] != Vocabulary::kUnknown) {
      uint32_t n = trie_.Child(trie_.Child(0, words[i]), words[i + 2]);
      int32_t payload = n == PhraseTrie::kNoNode ? -1 : trie_.Payload(n);
      outer_words = {toks[i], toks[i + 2]};
      if (payload >= 0) {
        for (const AliasHit& h : HitsOf(payload)) {
          if (!h.short_form && h.type == EntityType::kPerson &&
              AcceptsCase(h.capitalized_mask, outer_words.data(), 2) &&
              !HasOtherInitials(knowledge_.entity(h.entity), r->tokens.Text(toks[i + 1]))) {
            best_payload = payload;
            best_len = 3;
            case_words = outer_words.data();
            case_len = 2;
            break;
          }
        }
      }
    }
    if (best_payload < 0) {
      ++i;
      continue;
    }
    // "May 5", "in May 2019", "until May": a calendar word next to a number, or
    // after a word that comes before months (markers.tsv `month-before`), is a date.
    if (best_len == 1 && lex.calendar.LongestAt(words, i)) {
      bool number_next = i + 1 < toks.size() && toks[i + 1].kind == TokenKind::kNumber;
      bool number_before = i > 0 && toks[i - 1].kind == TokenKind::kNumber;
      bool possessive = i + 1 < toks.size() && toks[i + 1].kind == TokenKind::kPossessive;
      auto marker = i > 0 && !possessive ? lex.markers.LongestAt(words, i - 1) : std::nullopt;
      bool month_word_before = marker && *marker->value == "month-before";
      if (number_next || number_before || month_word_before) {
        ++i;
        continue;
      }
    }
    Mention m;
    m.first_token = static_cast<uint32_t>(i);
    m.end_token = static_cast<uint32_t>(i + best_len);
    m.start = toks[i].start;
    m.end = toks[i + best_len - 1].end;
    // A full name beats a derived surname at the same place.
    std::span<const AliasHit> hits = HitsOf(best_payload);
    bool any_full = std::any_of(hits.begin(), hits.end(), [&](const AliasHit& h) {
      return !h.short_form && AcceptsCase(h.capitalized_mask, case_words, case_len);
    });
    bool all_imported = true;  // every candidate known only from imported lists
    for (const AliasHit& h : hits) {
      if (!AcceptsCase(h.capitalized_mask, case_words, case_len) || (any_full && h.short_form)) continue;
      if (case_words != &toks[i] && h.type != EntityType::kPerson) continue;
      if (std::find(m.candidates.begin(), m.candidates.end(), h.entity) == m.candidates.end()) {
        if (m.candidates.empty()) m.type = h.type;
        m.candidates.push_back(h.entity);
        all_imported = all_imported && h.imported;
      }
    }
    m.kind = any_full ? MentionKind::kName : MentionKind::kShortName;
    // "Mr. King": after an honorific, a title word is a surname.
    if (m.type == EntityType::kOffice && i > 0 && lex.honorifics.LongestAt(words, i - 1)) {
      i += best_len;
      continue;
    }
    // "Israeli President Reuven Rivlin": a title after another country's
    // nationality (nationalities.tsv) is that country's office, one the gazetteer lacks.
    if (m.type == EntityType::kOffice && OtherCountrysTitle(*r, i, m.candidates)) {
      i += best_len;
      continue;
    }
    auto free_capital = [&](size_t t) {
      return toks[t].kind == TokenKind::kWord && (toks[t].flags & kCapitalized) && toks[t].sentence == toks[i].sentence;
    };
    // `"...," Quina Jones said`: a known surname after a name the gazetteer
    // lacks, where an attribution names its speaker, is that person's. Not
    // after an honorific: `"...," Mr. Kislyak said` is the Kislyak it knows.
    if (!any_full && best_len == 1 && i > 0 && !(toks[i].flags & kSentenceStart) && free_capital(i - 1) &&
        !IsFunctionWordAt(*r, i - 1) && !lex.honorifics.LongestAt(words, i - 1) &&
        (r->mentions.empty() || r->mentions.back().end_token != i) && InSpeakerSlot(*r, i - 1, i + 1)) {
      i += best_len;
      continue;
    }
    // A surname known only from imported lists, glued to another capitalized
    // word, is part of a name the gazetteer lacks ("Eliot Quillfeather", "Blue
    // Ridge Parkway"): leave the words to ProposeUnknownNames.
    if (!any_full && all_imported) {
      // Glued also before "of" or the like and a capitalized word ("the Church of the
      // Holy Sepulchre"; not "Church and Wall", a list, nor "Grassley of Iowa", the
      // senator from there). Not after an honorific when the document named the
      // person in full ("Newt Gingrich ... Mr. Gingrich"); "Ms. Moore" is not Gwen
      // Moore of the lists when only Minyon Moore was named.
      const size_t after = i + best_len;
      size_t past_connectors = after;
      while (past_connectors < toks.size() && past_connectors < after + 3 &&
             lex.connectors.LongestAt(words, past_connectors) && !lex.coordination.LongestAt(words, past_connectors)) {
        ++past_connectors;
      }
      bool glued = (after < toks.size() && free_capital(after)) ||
                   (past_connectors > after && past_connectors < toks.size() && free_capital(past_connectors) &&
                    !lex.us_states.LongestAt(words, past_connectors)) ||
                   (i > 0 && !(toks[i].flags & kSentenceStart) && free_capital(i - 1) &&
                    !(lex.honorifics.LongestAt(words, i - 1) && NamedInFullBefore(*r, m.candidates)) &&
                    (r->mentions.empty() || r->mentions.back().end_token != i));
      // `"...," Figueroa told`: the speaker the quote names, not a namesake from a list.
      // Unless the document gave the full name before ("Newt Gingrich ... Gingrich said").
      if (best_len == 1 && InSpeakerSlot(*r, i, i + 1) && !NamedInFullBefore(*r, m.candidates)) glued = true;
      if (glued) {
        i += best_len;
        continue;
      }
    }
    // "Chuck Jordan", "Chelsea Manning", "Jean-Marie Le Pen", "Larry King": after
    // a free given name, a place, a one-word title or a bare surname is the
    // family name of someone the gazetteer lacks.
    if (i > 0 &&
        (m.kind == MentionKind::kShortName ||
         (best_len == 1 && (m.type == EntityType::kPlace || m.type == EntityType::kOffice))) &&
        FreeGivenName(*r, i - 1)) {
      ++i;
      continue;
    }
    // "Francisco Herrero": a surname that is also a given name, before a
    // capitalized word no alias names, is a first name.
    if (best_len == 1 && m.kind == MentionKind::kShortName && i + 1 < toks.size() &&
        toks[i + 1].sentence == toks[i].sentence && IsCapitalizedWord(toks[i + 1]) &&
        lex.given_names.LongestAt(words, i)) {
      ++i;
      continue;
    }
    r->mentions.push_back(std::move(m));
    i += best_len;
  }
}

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

void Recognizer::MarkPronouns(RecognizedText* r) const {
  const std::span<const Token> toks(r->tokens.tokens);
  const std::span<const uint32_t> words(r->words);
  std::vector<bool> covered(toks.size(), false);
  for (const Mention& m : r->mentions) std::fill(covered.begin() + m.first_token, covered.begin() + m.end_token, true);
  const Lexicon& pronouns = knowledge_.lexicons().pronouns;
  const std::span<const uint8_t> starts(r->trigger_starts);
  for (size_t i = NextTriggerStart(starts, kPronounStart, 0); i < toks.size();
       i = NextTriggerStart(starts, kPronounStart, i + 1)) {
    if (covered[i] || toks[i].kind != TokenKind::kWord) continue;
    auto hit = pronouns.LongestAt(words, i);
    if (!hit || hit->length != 1) continue;
    Mention m;
    m.first_token = m.end_token = static_cast<uint32_t>(i);
    ++m.end_token;
    m.start = toks[i].start;
    m.end = toks[i].end;
    m.kind = MentionKind::kPronoun;
    m.gender = hit->value->empty() ? 0 : (*hit->value)[0];
    m.object_pronoun = hit->value->find("object") != std::string::npos;
    m.possessive_pronoun = hit->value->find("possessive") != std::string::npos;
    // "her": an object before a function word or a mark ("told her that", "with
    // her."), an owner before a lower-case content word ("her own party").
    if (m.object_pronoun && m.possessive_pronoun) m.object_pronoun = !OwnsNextWord(*r, i);
    r->mentions.push_back(std::move(m));
  }
}

bool Recognizer::OwnsNextWord(const RecognizedText& r, size_t i) const {
  const auto& toks = r.tokens.tokens;
  size_t next = i + 1;
  if (next >= toks.size() || toks[next].kind != TokenKind::kWord || toks[next].sentence != toks[i].sentence ||
      (toks[next].flags & kCapitalized) || IsFunctionWordAt(r, next)) {
    return false;
  }
  const Lexicons& lex = knowledge_.lexicons();
  for (const Lexicon* l : {&lex.determiners, &lex.affiliation, &lex.place_cues, &lex.markers}) {
    if (l->LongestAt(r.words, next) && !HasValue(l->LongestAt(r.words, next), "own")) return false;
  }
  return true;
}

bool Recognizer::IsFunctionWordAt(const RecognizedText& r, size_t i) const {
  const Lexicons& lex = knowledge_.lexicons();
  for (const Lexicon* l : {&lex.clause_boundaries, &lex.connectors, &lex.coordination, &lex.pronouns,
                           &lex.negation, &lex.modality, &lex.time_cues, &lex.copulas}) {
    auto hit = l->LongestAt(r.words, i);
    if (hit && hit->length == 1) return true;
  }
  return false;
}

void Recognizer::ProposeUnknownNames(RecognizedText* r) const {
  const std::span<const Token> toks(r->tokens.tokens);
  const std::span<const uint32_t> words(r->words);
  const Lexicons& lex = knowledge_.lexicons();
  std::vector<int32_t> covered(toks.size(), -1);
  for (size_t k = 0; k < r->mentions.size(); ++k) {
    for (uint32_t t = r->mentions[k].first_token; t < r->mentions[k].end_token; ++t) covered[t] = static_cast<int32_t>(k);
  }
  // A capitalized name-like word: not a quote, not a sentence-initial function word.
  auto name_word = [&](size_t t) {
    if (t >= toks.size() || covered[t] >= 0 || !IsCapitalizedWord(toks[t])) return false;
    // "I" (markers.tsv `first-person`): the writer or a quote's speaker, never a name.
    if (toks[t].end - toks[t].start <= 5) {  // "I", "We've": short words, and the lookup is not free
      if (auto marker = lex.markers.LongestAt(words, t); marker && *marker->value == "first-person") return false;
    }
    if (toks[t].flags & kAllCaps) return toks[t].end - toks[t].start <= 4;  // "NATO", not a shouted headline
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
      bool after_honorific = lex.honorifics.LongestAt(words, i - 1).has_value();
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
    // ("published in May reported that": a month is no speaker.)
    bool speaker_cue = !person_cue && !org_cue && len <= 4 && !(len == 1 && lex.calendar.LongestAt(words, i)) &&
                       InSpeakerSlot(*r, i, end);
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
    m.type = person_cue ? EntityType::kPerson : EntityType::kOrganization;
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

bool Recognizer::OtherCountrysTitle(const RecognizedText& r, size_t t, const std::vector<uint32_t>& offices) const {
  const Lexicons& lex = knowledge_.lexicons();
  std::optional<LexiconHit> nationality;
  for (size_t back = 1; back <= 2 && back <= t && !nationality; ++back) {
    auto hit = lex.nationalities.LongestAt(r.words, t - back);
    if (hit && hit->length == back) nationality = hit;
  }
  std::string_view nation = nationality ? std::string_view(*nationality->value) : std::string_view();
  // "Japan PM", "the UK's first secretary of state": a country's name right before the title.
  const auto& toks = r.tokens.tokens;
  size_t owner_end = t > 0 && toks[t - 1].kind == TokenKind::kPossessive ? t - 1 : t;
  if (!nationality && !r.mentions.empty() && r.mentions.back().end_token == owner_end &&
      r.mentions.back().type == EntityType::kPlace && !r.mentions.back().candidates.empty()) {
    const auto& place = knowledge_.entity(r.mentions.back().candidates.front());
    if (place.Attribute("kind") == "country") nation = place.Attribute("country");
  }
  if (nation.empty()) return false;
  return std::none_of(offices.begin(), offices.end(), [&](uint32_t office) {
    std::string_view country = knowledge_.entity(office).Attribute("country");
    return country.empty() || country == nation;
  });
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
  // `"..." ― Sonya Herridge`
  return toks[first - 1].kind == TokenKind::kPunct && IsDash(r.tokens.Text(toks[first - 1])) &&
         quote_ends_at(first - 2);
}

}  // namespace newsgraph
