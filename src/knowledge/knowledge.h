// knowledge: what newsgraph knows before it reads a word, loaded once at
// start-up from a gazetteers folder (format: gazetteers/README.md) or from
// the compiled form `newsgraph gazetteer compile` writes.
//
// Contract: Load() either returns a consistent Knowledge (every id referenced
// by a tenure, membership or attribute exists; ids are unique within the
// curated files; an imported layer's record with a known id merges into it) or
// throws Error naming FILE:LINE. After loading, Knowledge is immutable and may
// be shared by threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "knowledge/lexicon.h"
#include "knowledge/vocabulary.h"
#include "tokenize/tokenizer.h"
#include "util/date.h"
#include "util/text.h"

namespace newsgraph {

// kUnnamed: someone or something a text quotes without naming ("a White House
// official", "a Washington Post-ABC News poll"). Relate makes one per phrase and
// document; the gazetteer holds none.
enum class EntityType : uint8_t { kPerson, kOrganization, kOffice, kPlace, kUnnamed };
std::string_view EntityTypeName(EntityType t);  // "PERSON", ...
std::optional<EntityType> ParseEntityType(std::string_view s);

struct EntityRecord {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::pair<std::string, std::string>> attributes;
  char gender = 0;                 // 'm', 'f' or 0
  std::string country;             // ISO 3166 alpha-2 or "EU"
  std::vector<std::string> roles;  // offices: role nouns ("ambassador", "diplomat")
  std::string org;                 // offices: the organization of the post
  // Offices: curated organizations that an alias spells out besides `org`
  // ("Justice Department special counsel": the Justice Department). Derived at load.
  std::vector<uint32_t> spelled_orgs;
  bool from_gazetteer = true;
  // From an imported layer (gazetteers/imported/), not the curated files: a
  // bare surname needs the document's evidence or an office held on its date.
  bool imported = false;
  DateKey born = kNoDate;  // the first "born" attribute, parsed: resolution reads it per candidate

  std::string_view Attribute(std::string_view key) const;
  // Adds key=value and keeps the typed fields above in step with it.
  void SetAttribute(std::string key, std::string value);
};

// A span of time in someone's life: an office held or a membership.
struct Tenure {
  uint32_t person = 0;
  uint32_t office = 0;  // or organization, for memberships
  DateKey start = kNoDate;
  DateKey end = kOpenEnd;
  bool Covers(DateKey d) const { return d >= start && d <= end; }
};

// One surface form of an entity, as words of the vocabulary.
struct AliasRecord {
  uint32_t entity = 0;
  std::vector<uint32_t> words;
  uint32_t capitalized_mask = 0;  // bit i: word i must be capitalized in the text
  bool short_form = false;        // a derived surname: needs evidence in the document
};

struct Lexicons {
  Lexicon speech, meeting, contact, reaction, negation, modality, former, pronouns, roles,
      nationalities, party_tags, given_names, org_cues, honorifics, calendar, connectors,
      clause_boundaries, markers, affiliation, affiliation_nouns, determiners,
      not_person_tails, nicknames, speech_fillers, speaker_bodies, speaker_stops, reported_speech, time_cues,
      place_cues, coordination, copulas, apposition, us_states, unnamed_speakers, epithets, prepositions;
};

// One line of a lexicon file as loaded: which lexicon (index into the file
// table in knowledge_load.cc), its words, its value. Kept for compiling.
struct LexiconEntry {
  uint32_t lexicon = 0;
  std::vector<uint32_t> words;
  std::string value;
};

class Knowledge {
 public:
  // `path` is a gazetteer folder or a compiled gazetteer file. With
  // `problems`, malformed records are listed there (FILE:LINE: what) and
  // skipped instead of stopping the load: for `gazetteer check`.
  static std::unique_ptr<Knowledge> Load(const std::string& path,
                                         std::vector<std::string>* problems = nullptr);
  // Writes the compiled form (protobuf) atomically; loads in a fraction of the
  // time a folder takes, because words come pre-tokenized and interned.
  void Compile(const std::string& out_path, const std::string& source) const;

  const std::vector<EntityRecord>& entities() const { return entities_; }
  const EntityRecord& entity(uint32_t i) const { return entities_[i]; }
  std::optional<uint32_t> Find(std::string_view id) const;
  // Whether two organizations are one or lie within a common one by the
  // chains of their parent= attributes (the FBI and the Special Counsel's
  // Office, both within the Department of Justice).
  bool SameBody(uint32_t a, uint32_t b) const;

  const std::vector<AliasRecord>& aliases() const { return aliases_; }
  const Lexicons& lexicons() const { return lexicons_; }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  const Tokenizer& tokenizer() const { return *tokenizer_; }

  // Offices a person held, and holders of an office, in gazetteer order.
  const std::vector<Tenure>& TenuresOfPerson(uint32_t person) const;
  const std::vector<Tenure>& TenuresOfOffice(uint32_t office) const;
  const std::vector<Tenure>& MembershipsOfPerson(uint32_t person) const;
  // The holder on `date`; with kNoDate, the latest holder.
  std::optional<uint32_t> HolderOn(uint32_t office, DateKey date) const;
  // Whether `person` held `office` on `date` (any time, with kNoDate).
  bool Held(uint32_t person, uint32_t office, DateKey date) const;

  // Offices whose role= lists `role` ("ambassador"), in gazetteer order.
  const std::vector<uint32_t>& OfficesWithRole(const std::string& role) const;

  const std::vector<LexiconEntry>& lexicon_entries() const { return lexicon_entries_; }

  // Loads a plain name list (one name a line) as entities of unknown type
  // (PERSON with no attributes); used by --names.
  void AddNameList(const std::string& path);

 private:
  Knowledge() = default;
  static std::unique_ptr<Knowledge> LoadCompiled(const std::string& path);
  void LoadEntities(const std::string& path, bool merge);
  void MergeEntity(EntityRecord&& e, const std::string& path, size_t line);
  void LoadTenures(const std::string& path, bool memberships);
  void LoadLexicons(const std::string& dir, bool base);
  void LoadLexicon(const std::string& path, int columns, uint32_t lexicon, bool warn_repeats);
  void IndexRoles();
  void IndexSpelledOrganizations();  // after the aliases: EntityRecord::spelled_orgs
  bool IsFunctionWord(std::string_view word) const;
  std::unordered_map<std::string, std::vector<std::string>> GivenNameVariants() const;
  Lexicon* LexiconAt(uint32_t index);
  const Lexicon* LexiconAt(uint32_t index) const;
  void IndexAliases();
  void AddAlias(uint32_t entity, std::string_view surface, bool short_form);
  std::vector<uint32_t> InternPhrase(std::string_view phrase, uint32_t* capitalized_mask);

  std::vector<EntityRecord> entities_;
  std::vector<std::pair<std::string, size_t>> origins_;  // file and line of each gazetteer entity
  StringMap<uint32_t> by_id_;
  std::unordered_map<std::string, std::vector<uint32_t>> offices_by_role_;
  std::vector<AliasRecord> aliases_;
  std::vector<std::vector<Tenure>> tenures_by_person_, tenures_by_office_, memberships_by_person_;
  Lexicons lexicons_;
  std::vector<LexiconEntry> lexicon_entries_;
  std::vector<std::string> abbreviations_;
  std::vector<std::string>* problems_ = nullptr;  // only while loading
  Vocabulary vocabulary_;
  std::unique_ptr<Tokenizer> tokenizer_;
};

// Whether `word` is a generational suffix ("Jr.", "III") that follows a
// surname rather than being one: "Martin Luther King Jr." is "King" for short.
bool IsNameSuffix(std::string_view word);

// Whether the word at `i` of `words` starts a function word of the lexicons: a
// preposition (affiliation.txt, place_cues.txt), a time cue, a coordination or
// connector word, a clause boundary, a determiner, a pronoun, a negation or a
// modal ("Republican circles" has none after the party's name, "the GOP in 1990" has).
bool IsFunctionWordAt(const Lexicons& lex, std::span<const uint32_t> words, size_t i);

// Whether the word at `i` is a one-word preposition of affiliation.txt,
// place_cues.txt or prepositions.txt ("for", "in", "about").
bool IsPrepositionAt(const Lexicons& lex, std::span<const uint32_t> words, size_t i);

// Whether the phrase starting at word `first` is the object of a one-word
// preposition of affiliation.txt, place_cues.txt or prepositions.txt, maybe past
// a determiner: "Ken Norton of Google", "In the Senate, ...", "Sessions's contact
// with Kislyak", "condemned the launch on Twitter".
bool IsPrepositionObject(const Lexicons& lex, std::span<const uint32_t> words, size_t first);

// Whether an entry is a political party (attribute kind=party).
inline bool IsParty(const EntityRecord& e) { return e.Attribute("kind") == "party"; }

}  // namespace newsgraph
