// relate, through Pipeline::Extract: quotations whose speaker the text leaves
// unnamed ("said a senior Trump adviser"). A name inside such a phrase
// qualifies its head noun (unnamed_speakers.tsv `person`) and did not speak.
// Every sentence here is made up.
#include <gtest/gtest.h>

#include <string>

#include "extraction_fixture.h"

namespace newsgraph {
namespace {

class UnnamedSpeakerTest : public test::RelateFixture {};

TEST_F(UnnamedSpeakerTest, NameQualifyingTheHeadNounAfterTheVerbDidNotSpeak) {
  DocumentExtraction x = Extract("\"We will win the state,\" said a senior Donald Trump adviser.");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_NE(Id(x, said[0]->source), "P:donald_trump");
  EXPECT_EQ(x.entities[static_cast<size_t>(said[0]->source)].name, "a senior Donald Trump adviser");
}

TEST_F(UnnamedSpeakerTest, NamedSpeakerBeforeTheUnnamedPhraseStillSpeaks) {
  DocumentExtraction x = Extract("\"We will win the state,\" said Kellyanne Conway, a senior Donald Trump adviser.");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:kellyanne_conway");
}

TEST_F(UnnamedSpeakerTest, WordOfAnOrganizationCueAloneIsNoSpeaker) {
  // org_cues.tsv: "University" opens a name the gazetteer lacks; it did not speak.
  DocumentExtraction x = Extract("\"We expect too much of polls,\" said University of Brindle pollster Ann Quell.");
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) EXPECT_NE(Id(x, r->source), "P:x_university");
}

TEST_F(UnnamedSpeakerTest, OneMemberOrAnAideOfAnOrganizationBeforeTheVerbIsNotTheOrganization) {
  DocumentExtraction x = Extract("\"The whole thing was a mess for all of us,\" a Florida Democrat said.");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(x.entities[static_cast<size_t>(said[0]->source)].name, "a Florida Democrat");
  x = Extract("\"Nobody here has ever been in the majority,\" a Democratic House aide told Vox.");
  said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(x.entities[static_cast<size_t>(said[0]->source)].name, "a Democratic House aide");
  // The member named after the phrase speaks.
  x = Extract("\"We saw what an independent attorney general does,\" the panel's top Democrat, Sen. Dianne Feinstein, said.");
  said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:dianne_feinstein");
}

TEST_F(UnnamedSpeakerTest, AnOpenerBeforeAnOrganizationAndATitleNounIsSomeoneUnnamed) {
  DocumentExtraction x = Extract(
      "Steve Bannon and Jared Kushner often clash \"face-to-face in every single meeting,\" according to multiple "
      "senior Trump administration officials.");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(x.entities[static_cast<size_t>(said[0]->source)].name, "multiple senior Trump administration officials");
}

TEST_F(UnnamedSpeakerTest, ADefiniteTitleIsTheLastMemberWhoHeldItsOffice) {
  // Not Trump, the Republican named last: he was never a senator.
  DocumentExtraction x = Extract(
      "Jeff Sessions was asked about it. Donald Trump endorsed him on Monday. In a statement, the "
      "former Alabama Republican senator said, \"I never met with any Russian officials about the campaign.\"",
      "2018-03-01");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:jeff_sessions");
}

}  // namespace
}  // namespace newsgraph
