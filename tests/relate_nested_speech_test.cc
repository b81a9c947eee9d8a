// relate, through Pipeline::Extract: whose words a quotation is when one
// report holds another ("Yoon said Pompeo told Moon ...", "The statement says
// that Papadopoulos claimed ..."). The outer speaker, whom the reporter quotes,
// says it; a frame's label, a quotation the inner verb opens itself, and a
// news outlet's relay keep the inner speaker. Every sentence here is made up.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extraction_fixture.h"

namespace newsgraph {
namespace {

class NestedSpeechTest : public test::ExtractionTest {};

using Speakers = std::vector<std::string>;

TEST_F(NestedSpeechTest, ClauseReportedByAnotherSpeakerIsTheirs) {
  auto x = ExtractBody(
      "The statement also says that George Papadopoulos falsely claimed he met a professor who talked about "
      "\"dirt on Hillary Clinton in the form of thousands of emails.\"");
  EXPECT_EQ(SpeakersOf(x, "dirt on Hillary"), Speakers{});
  x = ExtractBody(
      "At a closed meeting, Mike Pompeo told Moon Jae-in that he and Kim Jong Un agreed to hold a second summit "
      "\"at the earliest possible date,\" Rex Tillerson said.");
  EXPECT_EQ(SpeakersOf(x, "at the earliest possible date"), (Speakers{"P:rex_tillerson", "P:rex_tillerson"}));
}

TEST_F(NestedSpeechTest, SameSpeakerKeepsBothReports) {
  auto x = ExtractBody("Susan Collins said she believes the vote could set a \"dangerous and lasting\" precedent.");
  EXPECT_EQ(SpeakersOf(x, "dangerous and lasting"), (Speakers{"P:susan_collins", "P:susan_collins"}));
}

TEST_F(NestedSpeechTest, InnerSpeakerKeepsWhatTheyOpenOrLabelOrAnOutletRelays) {
  // The inner verb opens the quotation itself.
  auto x = ExtractBody("James Comey said Donald Trump told him, \"I hope you can let this go.\"");
  EXPECT_EQ(SpeakersOf(x, "I hope you can"), Speakers{"P:donald_trump"});
  // A frame quotes its subject's label.
  x = ExtractBody("Reporters noted that Donald Trump had characterized the caravans as an \"invasion of our country.\"");
  EXPECT_EQ(SpeakersOf(x, "invasion of our"), Speakers{"P:donald_trump"});
  // A news outlet relays.
  x = ExtractBody("The Washington Post reported that John Kelly told lawmakers there will be no physical barrier "
                  "\"that Mexico will pay for.\"");
  const Speakers relayed = SpeakersOf(x, "that Mexico will pay");  // the Post's own report stays too
  EXPECT_EQ(std::count(relayed.begin(), relayed.end(), "P:john_f_kelly"), 2);
}

TEST_F(NestedSpeechTest, ObjectEndsAtAReportASubordinatorOpens) {
  auto x = ExtractBody(
      "Jeff Sessions announced his recusal shortly after President Donald Trump told reporters he had \"total "
      "and complete\" confidence in him.");
  EXPECT_EQ(SpeakersOf(x, "total and complete"), Speakers{"P:donald_trump"});
}

TEST_F(NestedSpeechTest, AccordingToSourceReportsNothingItself) {
  auto x = ExtractBody(
      "Devin Nunes announced that Donald Trump may have been \"incidentally monitored by agencies\" after the "
      "election, according to reports on Monday.");
  // Nunes directly and reported; "reports" is no verb with a report of its own.
  EXPECT_EQ(SpeakersOf(x, "incidentally monitored"), (Speakers{"P:devin_nunes", "P:devin_nunes"}));
}

}  // namespace
}  // namespace newsgraph
