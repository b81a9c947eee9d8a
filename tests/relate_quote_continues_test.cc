// relate, through Pipeline::Extract: when a quotation with no attribution of
// its own goes on in the voice of the last speaker. A paragraph that is a
// quotation does; a quotation inside a sentence does only when that sentence
// names no one else first and no frame of its own introduces it. Every
// sentence here is made up.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extraction_fixture.h"

namespace newsgraph {
namespace {

class QuoteContinuesTest : public test::ExtractionTest {
 protected:
  static constexpr const char* kFirst = "\"We will win this fight and we will win it soon,\" John Podesta said.\n";
};

using Speakers = std::vector<std::string>;

TEST_F(QuoteContinuesTest, AQuoteParagraphGoesOnInTheLastSpeakersVoice) {
  auto x = ExtractBody(std::string(kFirst) + "\"Nobody in this building doubts it for a minute.\"");
  EXPECT_EQ(SpeakersOf(x, "Nobody in this building"), Speakers{"P:john_podesta"});
  // A sentence that names the speaker first, or nobody, keeps the voice too.
  x = ExtractBody(std::string(kFirst) + "Podesta also credited Jake Sullivan with a \"thoughtful, careful and honest review\" of it.");
  EXPECT_EQ(SpeakersOf(x, "thoughtful, careful and honest"), Speakers{"P:john_podesta"});
  x = ExtractBody(std::string(kFirst) + "Simply put, \"there is no state out there that we cannot win this year.\"");
  EXPECT_EQ(SpeakersOf(x, "there is no state out there"), Speakers{"P:john_podesta"});
}

TEST_F(QuoteContinuesTest, ASentenceNamingSomeoneElseFirstOrAFrameOfItsOwnStops) {
  auto x = ExtractBody(std::string(kFirst) +
                       "Another Clinton aide, Dan Schwerin, proposed a tweak to leave \"maximum flexibility down the "
                       "road for everyone.\"");
  EXPECT_EQ(SpeakersOf(x, "maximum flexibility"), Speakers{});
  x = ExtractBody(std::string(kFirst) +
                  "A study by the Pew Research Center found \"little evidence that immigration affects "
                  "employment levels.\"");
  EXPECT_EQ(SpeakersOf(x, "little evidence"), Speakers{});
  x = ExtractBody(std::string(kFirst) +
                  "In a footnote, the other two judges on the panel write: \"We do not disagree with the reasoning "
                  "of the opinion.\"");
  EXPECT_EQ(SpeakersOf(x, "We do not disagree"), Speakers{});
}

}  // namespace
}  // namespace newsgraph
