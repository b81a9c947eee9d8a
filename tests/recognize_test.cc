// recognize: gazetteer mentions with the capitalization rule, longest match,
// dates that are not people, pronouns and names the gazetteer lacks.
#include "recognize/recognizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <list>
#include <memory>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsgraph {
namespace {

class RecognizeTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { recognizer_ = std::make_unique<Recognizer>(test::BundledKnowledge()); }
  static void TearDownTestSuite() { recognizer_.reset(); }

  const Knowledge& knowledge() const { return test::BundledKnowledge(); }

  // Recognizes a copy of `text` that the fixture keeps for the test's lifetime.
  RecognizedText Recognize(std::string text) {
    texts_.push_back(std::move(text));
    return recognizer_->Recognize(knowledge().tokenizer().Tokenize(texts_.back()));
  }

  static std::string_view TextOf(const RecognizedText& r, const Mention& m) {
    return r.tokens.text.substr(m.start, m.end - m.start);
  }

  // The mention whose text is `surface`, or nullptr.
  static const Mention* MentionOf(const RecognizedText& r, std::string_view surface) {
    for (const Mention& m : r.mentions) {
      if (TextOf(r, m) == surface) return &m;
    }
    return nullptr;
  }

  // The mention covering the first occurrence of `word`, or nullptr.
  static const Mention* Covering(const RecognizedText& r, std::string_view word) {
    size_t at = r.tokens.text.find(word);
    for (const Mention& m : r.mentions) {
      if (m.start <= at && at < m.end) return &m;
    }
    return nullptr;
  }

  bool HasCandidate(const Mention& m, const std::string& id) const {
    auto index = knowledge().Find(id);
    EXPECT_TRUE(index.has_value()) << id << " is not in the gazetteer";
    return index && std::find(m.candidates.begin(), m.candidates.end(), *index) != m.candidates.end();
  }

  static std::unique_ptr<Recognizer> recognizer_;
  std::list<std::string> texts_;  // the texts the results point into
};

std::unique_ptr<Recognizer> RecognizeTest::recognizer_;

TEST_F(RecognizeTest, TitleAndNameAreTwoMentions) {
  const std::string text = "Attorney General Jeff Sessions met the ambassador.";
  RecognizedText r = Recognize(text);
  const Mention* office = MentionOf(r, "Attorney General");
  const Mention* person = MentionOf(r, "Jeff Sessions");
  ASSERT_NE(office, nullptr);
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(office->kind, MentionKind::kName);
  EXPECT_EQ(office->type, EntityType::kOffice);
  EXPECT_TRUE(HasCandidate(*office, "OFF:us_attorney_general"));
  EXPECT_EQ(person->kind, MentionKind::kName);
  EXPECT_EQ(person->type, EntityType::kPerson);
  EXPECT_EQ(person->candidates.size(), 1u);
  EXPECT_TRUE(HasCandidate(*person, "P:jeff_sessions"));
  EXPECT_EQ(office->end_token, person->first_token);
  EXPECT_EQ(person->start, text.find("Jeff"));
  EXPECT_EQ(person->end, text.find(" met"));
}

TEST_F(RecognizeTest, MentionsAreSortedAndNeverOverlap) {
  const std::string text = test::ReadFileText(test::kSourceDir + "/tests/samples/sessions-kislyak-recusal.txt");
  RecognizedText r = Recognize(text);
  ASSERT_GT(r.mentions.size(), 20u);
  ASSERT_EQ(r.words.size(), r.tokens.tokens.size());
  for (size_t i = 0; i < r.mentions.size(); ++i) {
    const Mention& m = r.mentions[i];
    EXPECT_LT(m.first_token, m.end_token);
    EXPECT_EQ(m.start, r.tokens.tokens[m.first_token].start);
    EXPECT_EQ(m.end, r.tokens.tokens[m.end_token - 1].end);
    if (i > 0) EXPECT_GE(m.first_token, r.mentions[i - 1].end_token) << TextOf(r, m);
    if (m.kind == MentionKind::kName || m.kind == MentionKind::kShortName) EXPECT_FALSE(m.candidates.empty());
  }
}

TEST_F(RecognizeTest, LowerCaseSurnameIsNotAName) {
  RecognizedText r = Recognize("The committee held two sessions on Tuesday.");
  EXPECT_EQ(Covering(r, "sessions"), nullptr);
}

TEST_F(RecognizeTest, CapitalizedAndAllCapsSurnamesAreNames) {
  for (const std::string text : {"Sessions met Kislyak.", "SESSIONS STEPS ASIDE AFTER MEETINGS"}) {
    RecognizedText r = Recognize(text);
    const Mention* m = Covering(r, text.substr(0, 8));
    ASSERT_NE(m, nullptr) << text;
    EXPECT_EQ(TextOf(r, *m), text.substr(0, 8));
    EXPECT_EQ(m->kind, MentionKind::kShortName) << text;  // a derived surname
    EXPECT_TRUE(HasCandidate(*m, "P:jeff_sessions")) << text;
  }
}

TEST_F(RecognizeTest, LowerCaseAliasMatchesAnyCase) {
  // "attorney general" is written in lower case in the gazetteer: it matches either way.
  RecognizedText r = Recognize("The attorney general met the Attorney General.");
  int offices = 0;
  for (const Mention& m : r.mentions) offices += HasCandidate(m, "OFF:us_attorney_general") ? 1 : 0;
  EXPECT_EQ(offices, 2);
}

TEST_F(RecognizeTest, LongestMatchWins) {
  const std::string text = "He met with Russian Ambassador Sergey Kislyak twice.";
  RecognizedText r = Recognize(text);
  const Mention* office = MentionOf(r, "Russian Ambassador");
  ASSERT_NE(office, nullptr);
  EXPECT_TRUE(HasCandidate(*office, "OFF:russian_ambassador_to_us"));
  EXPECT_EQ(Covering(r, "Ambassador"), office);  // not a shorter "Ambassador" mention
  const Mention* person = MentionOf(r, "Sergey Kislyak");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->kind, MentionKind::kName);  // the full name, not the surname alone
  EXPECT_TRUE(HasCandidate(*person, "P:sergey_kislyak"));

  RecognizedText longer = Recognize("Russian Ambassador to the United States Sergey Kislyak spoke.");
  const Mention* full = Covering(longer, "Russian");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(TextOf(longer, *full), "Russian Ambassador to the United States");
}

TEST_F(RecognizeTest, MonthNextToANumberIsADate) {
  for (const std::string text : {"In May 2019, the talks resumed.", "The vote came on May 5 in London.",
                                 "On 29 May the deal collapsed."}) {
    RecognizedText r = Recognize(text);
    EXPECT_EQ(Covering(r, "May"), nullptr) << text;
  }
  // The person, named in full.
  RecognizedText r = Recognize("Theresa May met Donald Tusk in May 2019.");
  const Mention* may = MentionOf(r, "Theresa May");
  ASSERT_NE(may, nullptr);
  EXPECT_TRUE(HasCandidate(*may, "P:theresa_may"));
  size_t second = r.tokens.text.rfind("May");
  for (const Mention& m : r.mentions) EXPECT_FALSE(m.start <= second && second < m.end) << TextOf(r, m);
}

TEST_F(RecognizeTest, UnknownNameWithAKnownGivenName) {
  // "Eliot" is in lexicon/given_names.tsv (m); "Quillfeather" is in no gazetteer.
  RecognizedText r = Recognize("The researcher Eliot Quillfeather tracked the missile.");
  const Mention* m = MentionOf(r, "Eliot Quillfeather");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, MentionKind::kUnknownName);
  EXPECT_EQ(m->type, EntityType::kPerson);
  EXPECT_EQ(m->gender, 'm');
  EXPECT_TRUE(m->candidates.empty());
}

TEST_F(RecognizeTest, HyphenatedGivenNameStartsAnUnknownName) {
  // "Jean" (either gender) and "Marc" (m), "Hans" and "Peter" are in lexicon/given_names.tsv;
  // "Quillfeather" is not, so "Al-Quillfeather" is no hyphenated given name.
  RecognizedText r = Recognize("Jean-Marc Quillfeather met Hans-Peter Brightwater and Al-Quillfeather Harbor.");
  const Mention* jean = MentionOf(r, "Jean-Marc Quillfeather");
  ASSERT_NE(jean, nullptr);
  EXPECT_EQ(jean->type, EntityType::kPerson);
  EXPECT_EQ(jean->gender, 'm');
  const Mention* hans = MentionOf(r, "Hans-Peter Brightwater");
  ASSERT_NE(hans, nullptr);
  EXPECT_EQ(hans->type, EntityType::kPerson);
  EXPECT_EQ(MentionOf(r, "Al-Quillfeather Harbor"), nullptr);
}

TEST_F(RecognizeTest, GivenNameBeforeAManyWordSurnameIsSomeoneElse) {
  // Marine Le Pen's surname is "Le Pen" (surname= in people_world.tsv): her father is not her.
  RecognizedText r = Recognize("Jean-Marie Le Pen founded the party. Marine Le Pen leads it; Le Pen spoke.");
  const Mention* father = MentionOf(r, "Jean-Marie Le Pen");
  ASSERT_NE(father, nullptr);
  EXPECT_EQ(father->kind, MentionKind::kUnknownName);
  const Mention* short_form = MentionOf(r, "Le Pen");
  ASSERT_NE(short_form, nullptr);
  EXPECT_EQ(short_form->kind, MentionKind::kShortName);
  EXPECT_EQ(MentionOf(r, "Pen"), nullptr);
}

TEST_F(RecognizeTest, CapitalizedWordsWithoutACueAreNotNames) {
  RecognizedText r = Recognize("Blue Ridge Parkway Traffic slowed.");
  EXPECT_TRUE(r.mentions.empty());
}

TEST_F(RecognizeTest, UnknownOrganizationFromACue) {
  RecognizedText r = Recognize("Officials at the Ministry of Fisheries disagreed. Staff at Zorblax Corporation agreed.");
  const Mention* ministry = MentionOf(r, "Ministry of Fisheries");
  ASSERT_NE(ministry, nullptr);
  EXPECT_EQ(ministry->kind, MentionKind::kUnknownName);
  EXPECT_EQ(ministry->type, EntityType::kOrganization);
  const Mention* company = MentionOf(r, "Zorblax Corporation");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->type, EntityType::kOrganization);
}

TEST_F(RecognizeTest, PronounsCarryTheirGender) {
  RecognizedText r = Recognize("He said she would call him.");
  const Mention* he = MentionOf(r, "He");
  const Mention* she = MentionOf(r, "she");
  const Mention* him = MentionOf(r, "him");
  ASSERT_NE(he, nullptr);
  ASSERT_NE(she, nullptr);
  ASSERT_NE(him, nullptr);
  EXPECT_EQ(he->kind, MentionKind::kPronoun);
  EXPECT_EQ(he->gender, 'm');
  EXPECT_EQ(she->gender, 'f');
  EXPECT_FALSE(he->object_pronoun);
  EXPECT_TRUE(him->object_pronoun);
}

TEST_F(RecognizeTest, SharedSurnameKeepsEveryCandidate) {
  RecognizedText r = Recognize("Koch said the deal was done.");
  const Mention* m = MentionOf(r, "Koch");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, MentionKind::kShortName);
  EXPECT_TRUE(HasCandidate(*m, "P:charles_koch"));
  EXPECT_TRUE(HasCandidate(*m, "P:david_koch"));
}

TEST_F(RecognizeTest, WordIdsFollowTheVocabulary) {
  RecognizedText r = Recognize("Sessions zzqxv");
  ASSERT_EQ(r.words.size(), 2u);
  EXPECT_EQ(r.words[0], knowledge().vocabulary().Find("sessions"));
  EXPECT_NE(r.words[0], Vocabulary::kUnknown);
  EXPECT_EQ(r.words[1], Vocabulary::kUnknown);
}

// trigger_starts holds, per token, exactly the lexicons MayStartAt reports
// (the scans of later stages trust it instead of testing every word).
TEST_F(RecognizeTest, TriggerStartsAgreeWithTheLexicons) {
  RecognizedText r = Recognize(
      "The senator met Kislyak twice, he said, and the ambassador praised the talks; "
      "she told reporters they had spoken by phone.");
  const Lexicons& lex = knowledge().lexicons();
  const std::pair<const Lexicon*, TriggerStart> triggers[] = {
      {&lex.pronouns, kPronounStart}, {&lex.determiners, kDeterminerStart},
      {&lex.meeting, kMeetingStart},  {&lex.contact, kContactStart},
      {&lex.reaction, kReactionStart}, {&lex.reported_speech, kReportedSpeechStart},
  };
  ASSERT_EQ(r.trigger_starts.size(), r.words.size());
  std::vector<bool> seen(std::size(triggers), false);
  for (size_t t = 0; t < r.words.size(); ++t) {
    for (size_t k = 0; k < std::size(triggers); ++k) {
      bool starts = triggers[k].first->MayStartAt(r.words, t);
      EXPECT_EQ((r.trigger_starts[t] & triggers[k].second) != 0, starts) << "token " << t << ", lexicon " << k;
      if (starts) seen[k] = true;
    }
  }
  for (size_t k = 0; k < seen.size(); ++k) EXPECT_TRUE(seen[k]) << "lexicon " << k << " starts nowhere in the text";
  for (size_t t = 0; t < r.words.size(); ++t) {
    if (r.tokens.tokens[t].flags & kCapitalized) EXPECT_TRUE(r.trigger_starts[t] & kNameStart) << "token " << t;
  }
  EXPECT_FALSE(r.trigger_starts[2] & kNameStart);  // "met"
}

// NextTriggerStart reads eight bytes at a time: every position, near either
// end, in a run of any length.
TEST(NextTriggerStartTest, FindsEveryPositionInRunsOfAnyLength) {
  for (size_t n = 0; n <= 20; ++n) {
    for (size_t at = 0; at < n; ++at) {
      std::vector<uint8_t> starts(n, kMeetingStart);
      starts[at] = kMeetingStart | kReactionStart;
      EXPECT_EQ(NextTriggerStart(starts, kReactionStart, 0), at) << n;
      EXPECT_EQ(NextTriggerStart(starts, kReactionStart, at), at) << n;
      EXPECT_EQ(NextTriggerStart(starts, kReactionStart, at + 1), n) << n;
      EXPECT_EQ(NextTriggerStart(starts, kPronounStart, 0), n) << n;
      EXPECT_EQ(NextTriggerStart(starts, kMeetingStart, at), at) << n;
    }
  }
}

TEST_F(RecognizeTest, LongTitleRunEndingInAGivenNameAndASurname) {
  RecognizedText r = Recognize(
      "Headline\n\nBrindle County Recorder Helen Quillfeather said so. \"I Will Not Vote For Them,\" he wrote.");
  const Mention* helen = MentionOf(r, "Helen Quillfeather");
  ASSERT_NE(helen, nullptr);
  EXPECT_EQ(helen->type, EntityType::kPerson);
  EXPECT_EQ(MentionOf(r, "Will Not"), nullptr);  // title case inside a quotation
}

TEST_F(RecognizeTest, CapitalizedWordsAfterANounOfAffiliationAreAPerson) {
  RecognizedText r = Recognize(
      "Headline\n\nThe race is close, Brindle State University political scientist Orla Quillfeather wrote in a "
      "column, and Brindle co-host Tam Zelby agreed.");
  const Mention* orla = MentionOf(r, "Orla Quillfeather");
  ASSERT_NE(orla, nullptr);
  EXPECT_EQ(orla->type, EntityType::kPerson);
  const Mention* tam = MentionOf(r, "Tam Zelby");
  ASSERT_NE(tam, nullptr);
  EXPECT_EQ(tam->type, EntityType::kPerson);
  // A head cue of org_cues.tsv ends an organization's name.
  const Mention* university = MentionOf(r, "Brindle State University");
  ASSERT_NE(university, nullptr);
  EXPECT_EQ(university->type, EntityType::kOrganization);
}

TEST_F(RecognizeTest, SentenceInitialFunctionWordIsNoPartOfAnUnknownName) {
  // "Quillfeather" is in no gazetteer; the speaker slot proposes the name.
  RecognizedText r = Recognize("Elsewhere it rained.\n\nAnd Dorian Quillfeather said: \"We will see.\"");
  EXPECT_EQ(MentionOf(r, "And Dorian Quillfeather"), nullptr);
  EXPECT_NE(MentionOf(r, "Dorian Quillfeather"), nullptr);
}

TEST_F(RecognizeTest, QuoteClosingTheParagraphBeforeFramesNoSpeaker) {
  // The closing mark ends the previous paragraph: "But" starts a new one.
  RecognizedText r = Recognize("He said \"no.\"\n\nBut Zelby said the plan works.");
  EXPECT_EQ(MentionOf(r, "But Zelby"), nullptr);
}

TEST_F(RecognizeTest, NameWhoseSpeechVerbLeadsToAQuotationIsAPerson) {
  RecognizedText r = Recognize(
      "Kerr Quintaval, the county police chief, said that the footage did not give \"absolute evidence.\"");
  const Mention* m = MentionOf(r, "Kerr Quintaval");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::kPerson);
  RecognizedText passive = Recognize("One Greek Quintaval were admitted, who specified \"Christian\" as religion.");
  EXPECT_EQ(MentionOf(passive, "Greek Quintaval"), nullptr);
}

TEST_F(RecognizeTest, FunctionWordAfterATitleIsNoName) {
  // A headline in title case: "In" is neither a person's name nor the
  // Cambodian family name "In" (In Tam) the imported lists hold.
  RecognizedText r = Recognize("Senator Files To Run For President In 2020\n\nIn a video, Warren spoke.");
  EXPECT_EQ(Covering(r, "In 2020"), nullptr);
  EXPECT_EQ(Covering(r, "In a video"), nullptr);
}

TEST_F(RecognizeTest, HonorificBeforeARoleNounAddressesNoPerson) {
  RecognizedText r = Recognize("\"Thank you, Mr. Secretary,\" she said. Madam Speaker, the House will vote.");
  EXPECT_EQ(Covering(r, "Secretary"), nullptr);
  EXPECT_EQ(Covering(r, "Speaker"), nullptr);
}

TEST_F(RecognizeTest, WordsAfterATitleThatNameNoOne) {
  // not_person_tails.txt, org_cues.tsv, roles.tsv: "General Election", "Justice Center", "Justice Minister".
  RecognizedText r = Recognize(
      "Voters register for the General Election. Ana Quell works at the Tahirih Justice Center. "
      "The Justice Minister spoke.");
  for (const char* word : {"Election", "Center", "Minister"}) {
    const Mention* m = Covering(r, word);
    EXPECT_TRUE(m == nullptr || m->kind != MentionKind::kUnknownName || m->type != EntityType::kPerson) << word;
  }
  // A headline's capitalized verb after a title; an unknown surname after one in the body stays a person.
  RecognizedText headline = Recognize("Federal Judge Blocks Plan\n\nJudge Quillby ruled on Monday.");
  EXPECT_EQ(Covering(headline, "Blocks"), nullptr);
  const Mention* judge = MentionOf(headline, "Quillby");
  ASSERT_NE(judge, nullptr);
  EXPECT_EQ(judge->type, EntityType::kPerson);
  // "[President Gerald] Ford": the given name before the bracket is no person of its own.
  RecognizedText bracket = Recognize("He praised [former President Zebulon] Quillby.");
  EXPECT_EQ(Covering(bracket, "Zebulon"), nullptr);
}

TEST_F(RecognizeTest, BareSurnameBetweenADeterminerAndPunctuationIsNoName) {
  // Nathan Deal is in the gazetteer: "Deal" alone is his surname, not in a book's title.
  RecognizedText r = Recognize("In The Art of the Deal, he praised his mentor. Deal said no.");
  EXPECT_EQ(Covering(r, "Deal,"), nullptr);
  EXPECT_NE(Covering(r, "Deal said"), nullptr);
}

TEST_F(RecognizeTest, GivenNameBeforeAPlaceWordIsNoPerson) {
  // "Rose" is a given name; not_person_tails.txt lists "Garden" and "Room".
  RecognizedText r = Recognize("They spoke in the Rose Garden and later in the Roosevelt Room.");
  const Mention* garden = Covering(r, "Rose Garden");
  EXPECT_TRUE(garden == nullptr || garden->type != EntityType::kPerson);
  const Mention* room = Covering(r, "Roosevelt Room");
  EXPECT_TRUE(room == nullptr || room->type != EntityType::kPerson);
}

TEST_F(RecognizeTest, AnotherNameThatIsTheSurnameOfSomeoneNamedInFullIsThatPerson) {
  // "Bloomberg" names the news agency too, and "Jordan" the country.
  RecognizedText r = Recognize("Michael Bloomberg spoke. Bloomberg said no. Jim Jordan flew in Jordan, and Jordan said yes.");
  const Mention* said = Covering(r, "Bloomberg said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->type, EntityType::kPerson);
  EXPECT_TRUE(HasCandidate(*said, "P:michael_bloomberg"));
  const Mention* country = Covering(r, "Jordan,");
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(country->type, EntityType::kPlace);
  const Mention* person = Covering(r, "Jordan said");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
}

TEST_F(RecognizeTest, ShoutedHeadlineWordsAndAcronymSpeakers) {
  // In a line of capitals a short word is no name ("OVER"), and an acronym that speaks is an organization.
  RecognizedText r = Recognize(
      "LINDSEY GRAHAM TEARS INTO DEMS OVER SHAM HEARING\n\n"
      "\"Big victories come in small packages, friends,\" PETA said. Stephen J. A. Ward agreed.");
  EXPECT_EQ(Covering(r, "OVER"), nullptr);
  const Mention* peta = Covering(r, "PETA");
  ASSERT_NE(peta, nullptr);
  EXPECT_EQ(peta->type, EntityType::kOrganization);
  const Mention* ward = Covering(r, "Stephen J.");
  ASSERT_NE(ward, nullptr);
  EXPECT_EQ(r.tokens.text.substr(ward->start, ward->end - ward->start), "Stephen J. A. Ward");
}

}  // namespace
}  // namespace newsgraph
