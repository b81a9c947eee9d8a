#include "recognize/recognizer.h"

#include <algorithm>
#include <array>

#include "util/text.h"

namespace newsgraph {
namespace {

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
  std::array<Token, 32> words_past_cue;  // see "Russia's then-ambassador" below; here, built once
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
    std::optional<EntityType> only_type;  // when case_words are not the mention's tokens
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
            only_type = EntityType::kPerson;
            break;
          }
        }
      }
    }
    // "Russia's then-ambassador, Sergei Kislyak": an office's alias with an
    // owner's "'s" ("Russia's ambassador"), a cue of former.txt after the "'s".
    // The mention spans the cue, for the binding of its holder to read.
    if (best_len < 3 && i + 3 < toks.size() && toks[i + 1].kind == TokenKind::kPossessive &&
        words[i] != Vocabulary::kUnknown) {
      auto cue = lex.former.LongestAt(words, i + 2);
      uint32_t n = cue ? trie_.Child(trie_.Child(0, words[i]), words[i + 1]) : PhraseTrie::kNoNode;
      size_t kept = 2;
      words_past_cue[0] = toks[i];
      words_past_cue[1] = toks[i + 1];
      for (size_t j = i + 2 + (cue ? cue->length : 0);
           n != PhraseTrie::kNoNode && j < toks.size() && kept < words_past_cue.size() && words[j] != Vocabulary::kUnknown;
           ++j) {
        n = trie_.Child(n, words[j]);
        if (n == PhraseTrie::kNoNode) break;
        words_past_cue[kept++] = toks[j];
        int32_t payload = trie_.Payload(n);
        if (payload < 0) continue;
        for (const AliasHit& h : HitsOf(payload)) {
          if (h.type == EntityType::kOffice && AcceptsCase(h.capitalized_mask, words_past_cue.data(), kept)) {
            best_payload = payload;
            best_len = j - i + 1;
            case_words = words_past_cue.data();
            case_len = kept;
            only_type = EntityType::kOffice;
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
    // "Michael Bloomberg ... Bloomberg said": a one-word name of something else
    // that is the surname of a person the document named in full is that person;
    // but not a place's name after a preposition ("Jim Jordan ... in Jordan").
    bool surname_of_named = false;
    if (any_full && best_len == 1 && !r->mentions.empty()) {
      std::vector<uint32_t> people;
      bool keep_full = false;  // a person's full name, or a place's after a preposition
      const bool after_preposition = i > 0 && IsPrepositionAt(lex, words, i - 1);
      for (const AliasHit& h : hits) {
        if (!AcceptsCase(h.capitalized_mask, case_words, case_len)) continue;
        keep_full |= !h.short_form && (h.type == EntityType::kPerson || (h.type == EntityType::kPlace && after_preposition));
        if (h.short_form && h.type == EntityType::kPerson) people.push_back(h.entity);
      }
      surname_of_named = !keep_full && !people.empty() && NamedInFullBefore(*r, people);
      any_full = !surname_of_named;
    }
    bool all_imported = true;  // every candidate known only from imported lists
    for (const AliasHit& h : hits) {
      if (!AcceptsCase(h.capitalized_mask, case_words, case_len) || (any_full && h.short_form)) continue;
      if (surname_of_named && (!h.short_form || h.type != EntityType::kPerson)) continue;
      if (only_type && h.type != *only_type) continue;
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
    // "The Art of the Deal": a bare surname between a determiner and punctuation
    // is a common noun written in title case, not Gov. Deal ("the Trump campaign" goes on).
    if (best_len == 1 && m.kind == MentionKind::kShortName && i > 0 && lex.determiners.LongestAt(words, i - 1) &&
        (i + 1 >= toks.size() || toks[i + 1].kind == TokenKind::kPunct)) {
      ++i;
      continue;
    }
    r->mentions.push_back(std::move(m));
    i += best_len;
  }
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
  // Markers that are nouns ("her husband", "his summit", "her state", "his
  // rival", "her tenure") are owned; the rest are function words ("told her
  // then", "asked her to").
  const Lexicons& lex = knowledge_.lexicons();
  for (const Lexicon* l : {&lex.determiners, &lex.affiliation, &lex.place_cues}) {
    if (l->LongestAt(r.words, next)) return false;
  }
  auto marker = lex.markers.LongestAt(r.words, next);
  if (!marker) return true;
  for (std::string_view noun : {"own", "kin", "gathering", "state-level", "tenure", "non-member", "aspirant",
                                "subordinate", "instrument", "title"}) {
    if (HasValue(marker, noun)) return true;
  }
  return false;
}

bool Recognizer::IsFunctionWordAt(const RecognizedText& r, size_t i) const {
  const Lexicons& lex = knowledge_.lexicons();
  for (const Lexicon* l : {&lex.clause_boundaries, &lex.connectors, &lex.coordination, &lex.pronouns,
                           &lex.negation, &lex.modality, &lex.time_cues, &lex.copulas}) {
    auto hit = l->LongestAt(r.words, i);
    if (hit && hit->length == 1) return true;
  }
  // "After Trump ...", "As Bannon ...": a subordinator or "as" (markers) opening a sentence.
  auto marker = lex.markers.LongestAt(r.words, i);
  return marker && marker->length == 1 && (*marker->value == "subordinator" || *marker->value == "role-predicate");
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

}  // namespace newsgraph
