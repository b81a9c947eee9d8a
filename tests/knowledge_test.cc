// knowledge: loading gazetteer folders, tenures, derived aliases, FILE:LINE errors,
// and the bundled gazetteers.
#include "knowledge/knowledge.h"
#include "knowledge/phrase_trie.h"
#include "knowledge/vocabulary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "test_util.h"
#include "util/date.h"
#include "util/error.h"
#include "util/text.h"

namespace newsgraph {
namespace {

using test::TempDir;
using test::WriteFile;

const char kEntities[] =
    "# id\ttype\tname\taliases\tattributes\n"
    "P:ann_archer\tPERSON\tAnn Archer\tAnnie Archer\tgender=f;country=US\n"
    "P:bob_baker\tPERSON\tBob Q. Baker Jr.\t\tgender=m\n"
    "P:carl_cole\tPERSON\tCarl Cole\n"
    "\n"
    "OFF:chief\tOFFICE\tChief of the Bureau\tChief|bureau chief\trole=chief,director;country=US;org=ORG:bureau\n"
    "ORG:bureau\tORGANIZATION\tThe Bureau\tBureau\tkind=agency\n"
    "ORG:party\tORGANIZATION\tThe Party\t\tkind=party\n";

const char kTenures[] =
    "# person\toffice\tstart\tend\n"
    "P:ann_archer\tOFF:chief\t2015-01-20\t2017-02-09\n"
    "P:bob_baker\tOFF:chief\t2017-02-09\t2018-11\n"
    "P:carl_cole\tOFF:chief\t2019\t\n";

const char kMemberships[] = "P:ann_archer\tORG:party\t\t\nP:bob_baker\tORG:party\t2016\t2018\n";

// Writes a minimal valid gazetteer folder into `dir`; `overrides` replaces files by relative path.
std::string WriteGazetteers(const TempDir& dir, const std::map<std::string, std::string>& overrides = {}) {
  std::map<std::string, std::string> files = {
      {"entities/people.tsv", kEntities},
      {"tenures.tsv", kTenures},
      {"memberships.tsv", kMemberships},
      {"lexicon/abbreviations.txt", "Sen.\nJr.\n"},
      {"lexicon/speech.tsv", "said\tverb\ntold\tverb\nstatement\tnoun\n"},
      {"lexicon/meeting.tsv", "met\tverb\nsat down with\tverb\n"},
      {"lexicon/negation.txt", "not\nn't\n"},
      {"lexicon/given_names.tsv", "Ann\tf\nBob\tm\n"},
  };
  // Every other lexicon exists but is empty (a missing one only logs a warning).
  for (const char* name : {"contact.tsv", "reaction.tsv", "modality.tsv", "former.txt", "pronouns.tsv", "roles.tsv",
                           "nationalities.tsv", "party_tags.tsv", "org_cues.tsv", "honorifics.tsv", "calendar.txt",
                           "connectors.txt", "clause_boundaries.tsv", "affiliation.txt", "affiliation_nouns.txt",
                           "determiners.tsv", "not_person_tails.txt"}) {
    files.emplace(std::string("lexicon/") + name, "# empty\n");
  }
  for (const auto& [path, content] : overrides) files[path] = content;
  for (const auto& [path, content] : files) WriteFile(dir / path, content);
  return dir.path().string();
}

uint32_t Id(const Knowledge& k, const std::string& id) {
  auto index = k.Find(id);
  EXPECT_TRUE(index.has_value()) << id;
  return index.value_or(0);
}

DateKey Date(const char* s) { return ParseDate(s).value(); }

// The word ids of `phrase`, as the loader interns them.
std::vector<uint32_t> Words(const Knowledge& k, std::string_view phrase) {
  std::vector<uint32_t> ids;
  for (std::string_view w : k.tokenizer().Words(phrase)) ids.push_back(k.vocabulary().Find(FoldCase(w)));
  return ids;
}

// An entity's aliases as (words, short form) pairs.
std::set<std::pair<std::vector<uint32_t>, bool>> AliasesOf(const Knowledge& k, uint32_t entity) {
  std::set<std::pair<std::vector<uint32_t>, bool>> out;
  for (const AliasRecord& a : k.aliases()) {
    if (a.entity == entity) out.emplace(a.words, a.short_form);
  }
  return out;
}

std::set<std::pair<std::vector<uint32_t>, bool>> Expected(
    const Knowledge& k, std::initializer_list<std::pair<std::string_view, bool>> aliases) {
  std::set<std::pair<std::vector<uint32_t>, bool>> out;
  for (const auto& [phrase, short_form] : aliases) out.emplace(Words(k, phrase), short_form);
  return out;
}

// The message of the Error that loading `dir` throws ("" when it loads).
std::string LoadError(const std::string& dir) {
  try {
    Knowledge::Load(dir);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// IndexRoot mirrors the root's edges in an array: the same children before
// and after, none for a word that starts nothing, and an Insert after it
// (which drops the array) still seen.
TEST(PhraseTrieTest, IndexedRootGivesTheSameChildren) {
  PhraseTrie trie;
  std::vector<std::vector<uint32_t>> phrases = {{3, 7}, {3, 8, 9}, {150, 2}, {64}, {1000, 1}};
  std::vector<uint32_t> ends;
  for (const auto& p : phrases) ends.push_back(trie.Insert(p));
  std::vector<uint32_t> before;
  for (uint32_t w = 0; w < 1100; ++w) before.push_back(trie.Child(0, w));
  trie.IndexRoot();
  for (uint32_t w = 0; w < 1100; ++w) EXPECT_EQ(trie.Child(0, w), before[w]) << w;
  EXPECT_EQ(trie.Child(0, 5000), PhraseTrie::kNoNode);
  EXPECT_EQ(trie.Child(0, UINT32_MAX), PhraseTrie::kNoNode);
  EXPECT_EQ(trie.Child(trie.Child(trie.Child(0, 3), 8), 9), ends[1]);
  uint32_t added = trie.Insert(std::vector<uint32_t>{2000, 4});
  EXPECT_EQ(trie.Child(trie.Child(0, 2000), 4), added);
  trie.IndexRoot();
  EXPECT_EQ(trie.Child(trie.Child(0, 2000), 4), added);
  EXPECT_EQ(trie.Child(0, 150), before[150]);
}

// A step past a phrase's first word is answered without a probe for a word
// that follows no first word in any phrase; a later phrase that makes it one
// opens the step, and a word that only starts phrases stays closed.
TEST(PhraseTrieTest, StepsOnlyToWordsThatFollowInSomePhrase) {
  PhraseTrie trie;
  uint32_t one_two = trie.Insert(std::vector<uint32_t>{1, 2});
  trie.Insert(std::vector<uint32_t>{3});
  trie.Insert(std::vector<uint32_t>{200, 100, 5});
  trie.IndexRoot();
  EXPECT_TRUE(trie.FollowsInPhrase(2));
  EXPECT_TRUE(trie.FollowsInPhrase(100));
  EXPECT_TRUE(trie.FollowsInPhrase(5));
  EXPECT_FALSE(trie.FollowsInPhrase(1));
  EXPECT_FALSE(trie.FollowsInPhrase(3));
  EXPECT_FALSE(trie.FollowsInPhrase(100000));
  EXPECT_EQ(trie.Child(trie.Child(0, 1), 2), one_two);
  EXPECT_EQ(trie.Child(trie.Child(0, 1), 3), PhraseTrie::kNoNode);
  EXPECT_EQ(trie.Child(trie.Child(0, 1), 200), PhraseTrie::kNoNode);
  uint32_t one_three = trie.Insert(std::vector<uint32_t>{1, 3});
  trie.IndexRoot();
  EXPECT_EQ(trie.Child(trie.Child(0, 1), 3), one_three);
  EXPECT_EQ(trie.Child(trie.Child(0, 1), 2), one_two);
  EXPECT_NE(trie.Child(0, 3), PhraseTrie::kNoNode);
  EXPECT_EQ(trie.Child(trie.Child(trie.Child(0, 200), 100), 5), trie.Insert(std::vector<uint32_t>{200, 100, 5}));
}

// The hash reads forms 4, 8 or 16 bytes at a time, with overlapping loads:
// every length must find its own form, no other, and notice a non-ASCII byte
// wherever it sits.
TEST(VocabularyTest, FindsFormsOfEveryLengthAndFlagsNonAsciiBytes) {
  Vocabulary vocabulary;
  std::vector<std::string> forms;
  for (size_t n = 1; n <= 40; ++n) {
    std::string form;
    for (size_t k = 0; k < n; ++k) form += static_cast<char>('a' + (k * 7 + n) % 26);
    forms.push_back(form);
    forms.push_back(form.substr(0, n - 1) + "z");
  }
  std::vector<uint32_t> ids;
  for (const std::string& form : forms) ids.push_back(vocabulary.Intern(form));
  for (size_t k = 0; k < forms.size(); ++k) {
    EXPECT_EQ(vocabulary.Find(forms[k]), ids[k]) << forms[k];
    EXPECT_EQ(vocabulary.Form(ids[k]), forms[k]);
    EXPECT_EQ(vocabulary.Find(forms[k] + "q"), vocabulary.Find(forms[k] + "q"));
  }
  EXPECT_EQ(vocabulary.Find("never interned"), Vocabulary::kUnknown);
  EXPECT_EQ(vocabulary.Find(""), Vocabulary::kUnknown);
  for (size_t n = 1; n <= 40; ++n) {
    std::string ascii(n, 'x');
    bool non_ascii = true;
    Vocabulary::HashOf(ascii, &non_ascii);
    EXPECT_FALSE(non_ascii) << n;
    for (size_t at = 0; at < n; ++at) {
      std::string mixed = ascii;
      mixed[at] = static_cast<char>(0xC3);
      Vocabulary::HashOf(mixed, &non_ascii);
      EXPECT_TRUE(non_ascii) << n << " " << at;
    }
  }
}

TEST(KnowledgeTest, LoadsEntitiesAttributesAndLexicons) {
  TempDir dir;
  auto k = Knowledge::Load(WriteGazetteers(dir));
  ASSERT_EQ(k->entities().size(), 6u);
  const EntityRecord& ann = k->entity(Id(*k, "P:ann_archer"));
  EXPECT_EQ(ann.type, EntityType::kPerson);
  EXPECT_EQ(ann.name, "Ann Archer");
  EXPECT_EQ(ann.aliases, (std::vector<std::string>{"Annie Archer"}));
  EXPECT_EQ(ann.gender, 'f');
  EXPECT_EQ(ann.country, "US");
  EXPECT_EQ(ann.Attribute("country"), "US");
  EXPECT_EQ(ann.Attribute("missing"), "");
  EXPECT_TRUE(ann.from_gazetteer);
  const EntityRecord& chief = k->entity(Id(*k, "OFF:chief"));
  EXPECT_EQ(chief.type, EntityType::kOffice);
  EXPECT_EQ(chief.roles, (std::vector<std::string>{"chief", "director"}));
  EXPECT_EQ(chief.org, "ORG:bureau");
  EXPECT_EQ(k->entity(Id(*k, "P:carl_cole")).gender, 0);
  EXPECT_FALSE(k->Find("P:nobody").has_value());

  EXPECT_EQ(k->lexicons().speech.size(), 3u);
  EXPECT_EQ(k->lexicons().meeting.size(), 2u);
  EXPECT_TRUE(k->lexicons().reaction.empty());
  // The tokenizer knows the abbreviations.
  EXPECT_EQ(k->tokenizer().Tokenize("Sen. Carl Cole spoke.").sentences.size(), 1u);
}

TEST(KnowledgeTest, BornAttributeIsParsedOnce) {
  EntityRecord e;
  e.SetAttribute("born", "1858-03-12");
  e.SetAttribute("born", "1962-03-16");  // a second one does not replace the first
  EXPECT_EQ(e.born, ParseDate("1858-03-12").value());
  EXPECT_EQ(e.Attribute("born"), "1858-03-12");
  EntityRecord unparsed;
  unparsed.SetAttribute("born", "in the spring");
  EXPECT_EQ(unparsed.born, kNoDate);
}

TEST(KnowledgeTest, EntityTypeNames) {
  for (EntityType t : {EntityType::kPerson, EntityType::kOrganization, EntityType::kOffice, EntityType::kPlace}) {
    EXPECT_EQ(ParseEntityType(EntityTypeName(t)), t);
  }
  EXPECT_EQ(EntityTypeName(EntityType::kOrganization), "ORGANIZATION");
  EXPECT_FALSE(ParseEntityType("person").has_value());
}

TEST(KnowledgeTest, HolderOnPicksTheHolderOnTheDate) {
  TempDir dir;
  auto k = Knowledge::Load(WriteGazetteers(dir));
  uint32_t chief = Id(*k, "OFF:chief");
  EXPECT_EQ(k->HolderOn(chief, Date("2016-06-01")), Id(*k, "P:ann_archer"));
  EXPECT_EQ(k->HolderOn(chief, Date("2018-11-30")), Id(*k, "P:bob_baker"));  // "2018-11" ends with the month
  EXPECT_EQ(k->HolderOn(chief, Date("2025-01-01")), Id(*k, "P:carl_cole"));  // open end
  EXPECT_FALSE(k->HolderOn(chief, Date("2018-12-15")).has_value());          // nobody between tenures
  EXPECT_FALSE(k->HolderOn(chief, Date("2010-01-01")).has_value());
  // Without a date: the latest holder.
  EXPECT_EQ(k->HolderOn(chief, kNoDate), Id(*k, "P:carl_cole"));
  EXPECT_FALSE(k->HolderOn(Id(*k, "ORG:bureau"), kNoDate).has_value());
}

TEST(KnowledgeTest, HeldAndTenureLists) {
  TempDir dir;
  auto k = Knowledge::Load(WriteGazetteers(dir));
  uint32_t chief = Id(*k, "OFF:chief"), ann = Id(*k, "P:ann_archer"), bob = Id(*k, "P:bob_baker");
  EXPECT_TRUE(k->Held(ann, chief, Date("2016-01-01")));
  EXPECT_FALSE(k->Held(ann, chief, Date("2018-01-01")));
  EXPECT_TRUE(k->Held(bob, chief, Date("2018-01-01")));
  EXPECT_TRUE(k->Held(ann, chief, kNoDate));  // at any time
  EXPECT_FALSE(k->Held(ann, Id(*k, "ORG:bureau"), kNoDate));
  EXPECT_EQ(k->TenuresOfOffice(chief).size(), 3u);
  ASSERT_EQ(k->TenuresOfPerson(bob).size(), 1u);
  EXPECT_EQ(k->TenuresOfPerson(bob)[0].start, Date("2017-02-09"));
  EXPECT_EQ(k->TenuresOfPerson(bob)[0].end, 20181130u);
  EXPECT_EQ(k->TenuresOfPerson(Id(*k, "P:carl_cole"))[0].end, kOpenEnd);
  // Memberships are kept apart from tenures.
  ASSERT_EQ(k->MembershipsOfPerson(ann).size(), 1u);
  EXPECT_EQ(k->MembershipsOfPerson(ann)[0].office, Id(*k, "ORG:party"));
  EXPECT_EQ(k->MembershipsOfPerson(ann)[0].start, kNoDate);
  EXPECT_EQ(k->MembershipsOfPerson(bob)[0].start, Date("2016"));
  EXPECT_TRUE(k->TenuresOfOffice(Id(*k, "ORG:party")).empty());
}

TEST(KnowledgeTest, PersonsGetDerivedSurnameAliases) {
  TempDir dir;
  auto k = Knowledge::Load(WriteGazetteers(dir));
  // Name, listed alias, and the derived surname (a short form).
  EXPECT_EQ(AliasesOf(*k, Id(*k, "P:ann_archer")),
            Expected(*k, {{"Ann Archer", false}, {"Annie Archer", false}, {"Archer", true}}));
  // "Bob Q. Baker Jr.": the surname skips the suffix; "given + surname" is derived
  // too, and the surname with the suffix ("Baker Jr.", "Baker Jr"), a short form.
  EXPECT_EQ(AliasesOf(*k, Id(*k, "P:bob_baker")),
            Expected(*k, {{"Bob Q. Baker Jr.", false},
                          {"Baker", true},
                          {"Baker Jr.", true},
                          {"Baker Jr", true},
                          {"Bob Baker", false}}));
  // Offices and organizations get no derived forms.
  size_t office_aliases = 0;
  for (const AliasRecord& a : k->aliases()) office_aliases += a.entity == Id(*k, "OFF:chief") ? 1 : 0;
  EXPECT_EQ(office_aliases, 3u);
  // The capitalization mask follows the alias as written.
  for (const AliasRecord& a : k->aliases()) {
    if (a.entity == Id(*k, "OFF:chief") && a.words.size() == 2) EXPECT_EQ(a.capitalized_mask, 0u);  // "bureau chief"
    if (a.entity == Id(*k, "P:carl_cole") && a.words.size() == 2) EXPECT_EQ(a.capitalized_mask, 3u);
  }
}

TEST(KnowledgeTest, SurnameAttributeReplacesTheLastToken) {
  TempDir dir;
  auto k = Knowledge::Load(WriteGazetteers(
      dir, {{"entities/people.tsv", std::string(kEntities) + "P:dan_dee\tPERSON\tDan Dee Zed\t\tsurname=Dee\n"}}));
  uint32_t dan = Id(*k, "P:dan_dee");
  auto aliases = AliasesOf(*k, dan);
  EXPECT_TRUE(aliases.count({Words(*k, "Dee"), true}));
  EXPECT_FALSE(aliases.count({Words(*k, "Zed"), true}));
}

TEST(KnowledgeTest, AliasWithASuffixForTheSurnameGivesNoSurname) {
  // "Eve Fay Jr." also written "Eve Jr.": "Jr." is no family name of hers.
  TempDir dir;
  auto k = Knowledge::Load(WriteGazetteers(
      dir, {{"entities/people.tsv", std::string(kEntities) + "P:eve_fay_jr\tPERSON\tEve Fay Jr.\tEve Jr.\t\n"}}));
  auto aliases = AliasesOf(*k, Id(*k, "P:eve_fay_jr"));
  EXPECT_TRUE(aliases.count({Words(*k, "Fay"), true}));
  EXPECT_TRUE(aliases.count({Words(*k, "Eve Jr."), false}));
  EXPECT_FALSE(aliases.count({Words(*k, "Jr."), true}));
}

TEST(KnowledgeTest, AddNameListAddsPlainNames) {
  TempDir dir;
  auto k = Knowledge::Load(WriteGazetteers(dir));
  size_t before = k->entities().size();
  k->AddNameList(WriteFile(dir / "names.txt", "# extra\nEliot Quill\n\nAnn Archer\nEliot Quill\n"));
  EXPECT_EQ(k->entities().size(), before + 2);  // a repeated name is added once
  auto eliot = k->Find("N:eliot_quill");
  ASSERT_TRUE(eliot.has_value());
  EXPECT_EQ(k->entity(*eliot).name, "Eliot Quill");
  EXPECT_TRUE(k->TenuresOfPerson(*eliot).empty());
}

TEST(KnowledgeTest, MissingFolderThrows) {
  TempDir dir;
  std::string missing = dir / "no-such-folder";
  std::string message = LoadError(missing);
  EXPECT_NE(message.find("no-such-folder"), std::string::npos) << message;
  // A folder without entities/ is not a gazetteer folder either.
  std::string root = WriteGazetteers(dir);
  test::fs::remove_all(dir / "entities");
  EXPECT_NE(LoadError(root).find("entities"), std::string::npos);
}

struct BadLine {
  const char* name;
  const char* file;  // relative path
  std::string content;
  int line;          // the line the message must name
  const char* what;  // part of the message
};

// Keeps ctest's test names readable (gtest would print the struct's bytes).
void PrintTo(const BadLine& bad, std::ostream* os) { *os << bad.name; }

class KnowledgeErrorTest : public testing::TestWithParam<BadLine> {};

TEST_P(KnowledgeErrorTest, NamesFileAndLine) {
  const BadLine& bad = GetParam();
  TempDir dir(std::string("_") + bad.name);
  std::string root = WriteGazetteers(dir, {{bad.file, bad.content}});
  std::string message = LoadError(root);
  ASSERT_NE(message, "") << "loaded despite " << bad.name;
  std::string where = std::string(bad.file) + ":" + std::to_string(bad.line) + ":";
  EXPECT_NE(message.find(where), std::string::npos) << message;
  EXPECT_NE(message.find(bad.what), std::string::npos) << message;
}

const std::string kPeopleHead = "# comment\nP:ann_archer\tPERSON\tAnn Archer\t\tgender=f\n";
const std::string kOrgs = "OFF:chief\tOFFICE\tChief\t\t\nORG:party\tORGANIZATION\tThe Party\nP:bob_baker\tPERSON\tBob Baker\nP:carl_cole\tPERSON\tCarl Cole\n";

INSTANTIATE_TEST_SUITE_P(
    BadLines, KnowledgeErrorTest,
    testing::Values(
        BadLine{"TooFewColumns", "entities/people.tsv", kPeopleHead + "P:x\tPERSON\n" + kOrgs, 3, "columns"},
        BadLine{"TooManyColumns", "entities/people.tsv", kPeopleHead + "P:x\tPERSON\tX\t\t\textra\n" + kOrgs, 3,
                "columns"},
        BadLine{"UnknownType", "entities/people.tsv", kPeopleHead + "P:x\tHUMAN\tX\n" + kOrgs, 3, "HUMAN"},
        BadLine{"MissingPrefix", "entities/people.tsv", kPeopleHead + "\njohn_doe\tPERSON\tJohn Doe\n" + kOrgs, 4,
                "john_doe"},
        BadLine{"DuplicateId", "entities/people.tsv", kPeopleHead + kOrgs + "P:ann_archer\tPERSON\tAnn Other\n", 7,
                "duplicate"},
        BadLine{"BadAttribute", "entities/people.tsv", kPeopleHead + "P:x\tPERSON\tX\t\tgender\n" + kOrgs, 3,
                "gender"},
        BadLine{"TenureUnknownPerson", "tenures.tsv", "P:ann_archer\tOFF:chief\t2015\t2016\nP:nobody\tOFF:chief\t2016\t\n",
                2, "P:nobody"},
        BadLine{"TenureUnknownOffice", "tenures.tsv", "P:ann_archer\tOFF:nothing\t2015\t2016\n", 1, "OFF:nothing"},
        BadLine{"UnknownParent", "entities/people.tsv", kPeopleHead + kOrgs + "ORG:club\tORGANIZATION\tClub\t\tparent=ORG:nothing\n",
                7, "parent=ORG:nothing"},
        BadLine{"MembershipUnknownOrg", "memberships.tsv", "\n\nP:ann_archer\tORG:nothing\t\t\n", 3, "ORG:nothing"},
        BadLine{"BadStartDate", "tenures.tsv", "P:ann_archer\tOFF:chief\t2015-13-01\t\n", 1, "2015-13-01"},
        BadLine{"BadEndDate", "tenures.tsv", "P:ann_archer\tOFF:chief\t2015\t20 May 2016\n", 1, "20 May 2016"},
        BadLine{"EndBeforeStart", "tenures.tsv", "P:ann_archer\tOFF:chief\t2017-03-01\t2017-02-28\n", 1, "before"},
        BadLine{"InvalidUtf8Entity", "entities/people.tsv", kPeopleHead + "P:x\tPERSON\tJos\xC3\x28\n" + kOrgs, 3,
                "UTF-8"},
        BadLine{"InvalidUtf8Lexicon", "lexicon/speech.tsv", "said\tverb\ntold\tverb\n\xFF\xFE\tverb\n", 3, "UTF-8"},
        BadLine{"LexiconMissingColumn", "lexicon/meeting.tsv", "met\tverb\nsat down with\n", 2, "columns"}),
    [](const testing::TestParamInfo<BadLine>& info) { return std::string(info.param.name); });

// --- the bundled gazetteers -------------------------------------------------

TEST(BundledGazetteersTest, LoadsWithAllEntityTypes) {
  const Knowledge& k = test::BundledKnowledge();
  EXPECT_GE(k.entities().size(), 400u);
  std::map<EntityType, size_t> counts;
  for (const EntityRecord& e : k.entities()) ++counts[e.type];
  EXPECT_GT(counts[EntityType::kPerson], 0u);
  EXPECT_GT(counts[EntityType::kOrganization], 0u);
  EXPECT_GT(counts[EntityType::kOffice], 0u);
  // Ids are prefixed by their type.
  for (const EntityRecord& e : k.entities()) {
    const char* prefix = e.type == EntityType::kPerson         ? "P:"
                         : e.type == EntityType::kOrganization ? "ORG:"
                         : e.type == EntityType::kOffice       ? "OFF:"
                                                               : "LOC:";
    EXPECT_EQ(e.id.rfind(prefix, 0), 0u) << e.id;
  }
  for (const Lexicon* lex : {&k.lexicons().speech, &k.lexicons().meeting, &k.lexicons().reaction,
                             &k.lexicons().negation, &k.lexicons().given_names, &k.lexicons().party_tags}) {
    EXPECT_FALSE(lex->empty());
  }
}

TEST(BundledGazetteersTest, AttorneyGeneralByDate) {
  const Knowledge& k = test::BundledKnowledge();
  uint32_t ag = Id(k, "OFF:us_attorney_general");
  uint32_t sessions = Id(k, "P:jeff_sessions");
  uint32_t barr = Id(k, "P:william_barr");
  EXPECT_EQ(k.HolderOn(ag, Date("2017-03-02")), sessions);
  EXPECT_EQ(k.HolderOn(ag, Date("2019-06-01")), barr);
  EXPECT_TRUE(k.Held(sessions, ag, Date("2017-03-02")));
  EXPECT_FALSE(k.Held(sessions, ag, Date("2019-06-01")));
  EXPECT_TRUE(k.Held(barr, ag, Date("2019-06-01")));
  EXPECT_FALSE(k.Held(barr, ag, Date("2017-03-02")));
  EXPECT_EQ(k.entity(sessions).name, "Jeff Sessions");
}

TEST(BundledGazetteersTest, OfficesKnowTheOrganizationsTheirAliasesSpellOut) {
  const Knowledge& k = test::BundledKnowledge();
  const EntityRecord& counsel = k.entity(Id(k, "OFF:special_counsel"));
  EXPECT_NE(std::find(counsel.spelled_orgs.begin(), counsel.spelled_orgs.end(), Id(k, "ORG:department_of_justice")),
            counsel.spelled_orgs.end());
  // Only offices, and only curated organizations.
  for (const EntityRecord& e : k.entities()) {
    if (e.type != EntityType::kOffice) EXPECT_TRUE(e.spelled_orgs.empty()) << e.id;
    for (uint32_t org : e.spelled_orgs) {
      EXPECT_EQ(k.entity(org).type, EntityType::kOrganization) << e.id;
      EXPECT_FALSE(k.entity(org).imported) << e.id;
    }
  }
}

TEST(BundledGazetteersTest, EveryAttributeOrgExists) {
  // The contract: every id an attribute references exists.
  const Knowledge& k = test::BundledKnowledge();
  for (const EntityRecord& e : k.entities()) {
    if (!e.org.empty()) EXPECT_TRUE(k.Find(e.org).has_value()) << e.id << " org=" << e.org;
    if (!e.Attribute("parent").empty()) EXPECT_TRUE(k.Find(e.Attribute("parent")).has_value()) << e.id;
  }
}

TEST(BundledGazetteersTest, OrganizationsOfOneBodyByTheirParents) {
  const Knowledge& k = test::BundledKnowledge();
  auto id = [&](const char* name) { return k.Find(name).value(); };
  EXPECT_TRUE(k.SameBody(id("ORG:fbi"), id("ORG:special_counsel_office")));  // both in the Justice Department
  EXPECT_TRUE(k.SameBody(id("ORG:house_ways_and_means_committee"), id("ORG:us_house")));
  EXPECT_TRUE(k.SameBody(id("ORG:white_house"), id("ORG:national_security_council")));
  EXPECT_FALSE(k.SameBody(id("ORG:judicial_watch"), id("ORG:white_house")));
  EXPECT_FALSE(k.SameBody(id("ORG:us_senate"), id("ORG:us_house")));
}

}  // namespace
}  // namespace newsgraph
