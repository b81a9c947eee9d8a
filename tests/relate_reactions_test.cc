// relate, through Pipeline::Extract: REACTED, who reacted to whose act, with
// what polarity, and the shapes that state no reaction of anyone named (a
// modal, a poll's share, a group). Every sentence here is made up.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extraction_fixture.h"

namespace newsgraph {
namespace {

class ReactionsTest : public test::RelateFixture {};

using Strings = std::vector<std::string>;

TEST_F(ReactionsTest, ReactionsCarryTheirPolarity) {
  DocumentExtraction praised = Extract("Paul Ryan praised Jeff Sessions for the decision.");
  auto r = OfType(praised, RelationType::kReacted);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->polarity, '+');
  EXPECT_EQ(Id(praised, r[0]->source), "P:paul_ryan");
  EXPECT_EQ(Id(praised, r[0]->target), "P:jeff_sessions");
  EXPECT_EQ(r[0]->evidence.trigger, "praised");

  DocumentExtraction criticized = Extract("Nancy Pelosi criticized Jeff Sessions more sharply.");
  r = OfType(criticized, RelationType::kReacted);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->polarity, '-');
  EXPECT_EQ(Id(criticized, r[0]->source), "P:nancy_pelosi");
  EXPECT_EQ(Id(criticized, r[0]->target), "P:jeff_sessions");

  // Little or less of an approval is none given (reaction.tsv phrases).
  DocumentExtraction less = Extract("Nancy Pelosi expressed far less confidence in Jeff Sessions than before.");
  r = OfType(less, RelationType::kReacted);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->polarity, '-');
}

TEST_F(ReactionsTest, ReactionAfterWhomIsAboutWhomItStandsFor) {
  DocumentExtraction x = Extract(
      "Donald Trump spoke about Jeff Sessions, whom Trump has blamed for Robert Mueller's investigation.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{"P:donald_trump P:jeff_sessions"});
  // Past the relative clause, the trigger is the main clause's.
  x = Extract("Hillary Clinton, whom Donald Trump defeated in November, came in a show of support for unity.");
  EXPECT_TRUE(Pairs(x, RelationType::kReacted).empty());
}

TEST_F(ReactionsTest, PluralPersonNounBeforeAReactionIsThatGroupsReaction) {
  EXPECT_TRUE(Pairs(Extract("Mitch McConnell said protesters supporting Christine Blasey Ford were bullies."),
                    RelationType::kReacted)
                  .empty());
  EXPECT_TRUE(Pairs(Extract("Angela Merkel lost two elections as voters rejected her migrant policy."),
                    RelationType::kReacted)
                  .empty());
  EXPECT_TRUE(Pairs(Extract("Sean Spicer said Trump supporters responded to CNN."), RelationType::kReacted).empty());
  // A name coordinated before the group is a subject too.
  EXPECT_EQ(Pairs(Extract("Donald Trump and his allies slammed Michael Cohen."), RelationType::kReacted),
            Strings{"P:donald_trump P:michael_cohen"});
  // After an organization the plural stands for it.
  EXPECT_EQ(Pairs(Extract("Mitch McConnell ignored DNC staffers deriding Bernie Sanders."), RelationType::kReacted),
            Strings{"ORG:dnc P:bernie_sanders"});
}

TEST_F(ReactionsTest, ReactionAfterAModalIsNone) {
  EXPECT_TRUE(Pairs(Extract("Donald Trump could blame Chuck Schumer for the shutdown."), RelationType::kReacted).empty());
  EXPECT_TRUE(Pairs(Extract("Nikki Haley said she may not challenge Donald Trump."), RelationType::kReacted).empty());
  // Nor in a clause that "if", "whether" or "unless" opens.
  EXPECT_TRUE(Pairs(Extract("Marco Rubio has not said whether he will support Rex Tillerson."), RelationType::kReacted)
                  .empty());
  EXPECT_TRUE(Pairs(Extract("Justin Amash said it would matter if Donald Trump urged James Comey to drop it."),
                    RelationType::kReacted)
                  .empty());
  // "would" states a stance.
  EXPECT_EQ(Pairs(Extract("Chuck Schumer said he would oppose Brett Kavanaugh."), RelationType::kReacted),
            Strings{"P:chuck_schumer P:brett_kavanaugh"});
}

TEST_F(ReactionsTest, ANegationBeforeVerbsJoinedByOrDeniesEach) {
  DocumentExtraction x = Extract("Donald Trump kept to his habit of never personally calling out or criticizing Vladimir Putin.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{});
  x = Extract("Donald Trump has criticized or mocked Vladimir Putin in public.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{"P:donald_trump P:vladimir_putin"});
}

TEST_F(ReactionsTest, APrepositionsObjectRightBeforeAParticipleIsItsSubject) {
  DocumentExtraction x = Extract(
      "Sarah Huckabee Sanders posted footage of Democratic lawmakers criticizing James Comey.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{"ORG:democratic_party P:james_comey"});
  // Not a venue, nor whom the participle's pronoun object stands for.
  x = Extract("Nancy Pelosi appeared on CNN attacking Donald Trump.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{"P:nancy_pelosi P:donald_trump"});
  x = Extract("Chuck Schumer wrote to Donald Trump urging him to resign.");
  for (const std::string& pair : Pairs(x, RelationType::kReacted)) EXPECT_FALSE(pair.starts_with("P:donald_trump")) << pair;
}

TEST_F(ReactionsTest, AShareOfPeopleBeforeTheVerbIsAPoll) {
  EXPECT_TRUE(Pairs(Extract("Of likely Republican voters, 46 percent support Donald Trump and 22 percent back Marco Rubio."),
                    RelationType::kReacted)
                  .empty());
  EXPECT_TRUE(Pairs(Extract("A poll shows 26 percent of voters under 29 supporting Gary Johnson and 9% backing Jill Stein."),
                    RelationType::kReacted)
                  .empty());
  // A share elsewhere in the clause is no subject.
  EXPECT_EQ(Pairs(Extract("Ted Cruz, who polls at 30 percent, attacked Donald Trump."), RelationType::kReacted),
            Strings{"P:ted_cruz P:donald_trump"});
}

TEST_F(ReactionsTest, OneOfAGroupIsTheSubjectNotTheGroup) {
  EXPECT_EQ(Pairs(Extract("Chris Christie, one of the first establishment Republicans to endorse Donald Trump, spoke."),
                  RelationType::kReacted),
            Strings{"P:chris_christie P:donald_trump"});
  EXPECT_TRUE(Pairs(Extract("Mitch McConnell said that one of the Democrats attacked Donald Trump."), RelationType::kReacted)
                  .empty());
  // "yet to" denies it.
  EXPECT_TRUE(Pairs(Extract("Ted Cruz has yet to endorse Donald Trump."), RelationType::kReacted).empty());
}

TEST_F(ReactionsTest, TargetPastAnOrganizationsTitleAndNotAPersonsFollowers) {
  // An organization before a title the gazetteer lacks qualifies the person after it.
  EXPECT_EQ(Pairs(Extract("Donald Trump defended embattled Environmental Protection Agency Administrator Scott Pruitt."),
                  RelationType::kReacted),
            Strings{"P:donald_trump P:scott_pruitt"});
  // A person's name before a plural noun of people names their group.
  EXPECT_TRUE(Pairs(Extract("Hillary Clinton criticized some Donald Trump supporters on Friday."), RelationType::kReacted)
                  .empty());
  EXPECT_TRUE(Pairs(Extract("Barack Obama attacked Donald Trump's allies in Congress."), RelationType::kReacted).empty());
}

TEST_F(ReactionsTest, OwnersPlatformsAndFailures) {
  // The owner of the subject's body (a campaign, an office) reacted through it;
  // the owner of people did not, and nobody further back did.
  EXPECT_EQ(Pairs(Extract("Donald Trump sided with Marco Rubio after the Florida senator's campaign accused Ted Cruz's "
                          "team of doctoring a photo."),
                  RelationType::kReacted),
            (Strings{"P:donald_trump P:marco_rubio", "P:marco_rubio P:ted_cruz"}));
  EXPECT_TRUE(Pairs(Extract("Hillary Clinton said Donald Trump's supporters attacked Jeb Bush."), RelationType::kReacted)
                  .empty());
  // The owner of a person named after it is not whom it is about.
  EXPECT_EQ(Pairs(Extract("Hillary Clinton praised Donald Trump's Attorney General Jeff Sessions."), RelationType::kReacted),
            Strings{"P:hillary_clinton P:jeff_sessions"});
  // A platform after "on" is where it was voiced.
  EXPECT_TRUE(Pairs(Extract("Donald Trump weighed in on Twitter on Monday."), RelationType::kReacted).empty());
  EXPECT_EQ(Pairs(Extract("Donald Trump lashed out at Twitter on Monday."), RelationType::kReacted),
            Strings{"P:donald_trump ORG:twitter"});
  // "failed to" denies it.
  EXPECT_TRUE(Pairs(Extract("Donald Trump failed to endorse Jeff Sessions."), RelationType::kReacted).empty());
}

TEST_F(ReactionsTest, AVerbAfterAndSharesItsClausesSubject) {
  EXPECT_EQ(Pairs(Extract("Ted Cruz cites Breitbart and blames George Soros."), RelationType::kReacted),
            Strings{"P:ted_cruz P:george_soros"});
  // Not a name that qualifies the subject, nor one in a subordinate clause before it.
  EXPECT_EQ(Pairs(Extract("Democratic state Rep. Jared Moskowitz admitted as much and chastised Donald Trump."),
                  RelationType::kReacted),
            Strings{"P:jared_moskowitz P:donald_trump"});
  EXPECT_EQ(Pairs(Extract("Shortly after the AP declared her the winner, Hillary Clinton went on TV and challenged "
                          "Bernie Sanders to debate her.",
                          "2016-02-02"),
                  RelationType::kReacted),
            Strings{"P:hillary_clinton P:bernie_sanders"});
}

TEST_F(ReactionsTest, AgentsOwnersAndIndefiniteOffices) {
  // An agent past its determiner ends the search for who reacted.
  EXPECT_TRUE(Pairs(Extract("Meryl Streep, who was honored by the Hollywood Foreign Press Association, devoted her remarks "
                            "to criticizing Donald Trump."),
                    RelationType::kReacted) != Strings{"ORG:hfpa P:donald_trump"});
  // An owner pronoun before a kin word is not whom it is about.
  EXPECT_EQ(Pairs(Extract("Lindsey Graham came to show support for his wife Cindy McCain.", "2018-08-30"),
                  RelationType::kReacted),
            Strings{"P:lindsey_graham P:x_cindy_mccain"});  // a person the gazetteer lacks
  // An office after "a" is none of its holders.
  EXPECT_TRUE(Pairs(Extract("Lindsey Graham called for a special counsel.", "2018-08-30"), RelationType::kReacted).empty());
}

TEST_F(ReactionsTest, TargetOfAReactionToSomeonesMove) {
  for (const std::string body : {"Paul Ryan applauded Jeff Sessions' move.", "Paul Ryan applauded Jeff Sessions’s move.",
                                 "Paul Ryan applauded Jeff Sessions's move to step aside."}) {
    DocumentExtraction x = Extract(body);
    auto r = OfType(x, RelationType::kReacted);
    ASSERT_EQ(r.size(), 1u) << body;
    EXPECT_EQ(r[0]->polarity, '+') << body;
    EXPECT_EQ(Id(x, r[0]->target), "P:jeff_sessions") << body;
  }
}

TEST_F(ReactionsTest, ReactionWithoutATargetIsNoRelation) {
  DocumentExtraction x = Extract("Some Republicans praised the decision.");
  EXPECT_TRUE(OfType(x, RelationType::kReacted).empty());
}

TEST_F(ReactionsTest, AVerbJoinedByAndHasObjectsOfItsOwn) {
  // Lockheed is no entity: Boeing is what Trump said something about, not whom he blasted.
  DocumentExtraction x = Extract(
      "Donald Trump took to Twitter, blasting Lockheed and saying he had invited rival Boeing to submit plans.");
  EXPECT_TRUE(OfType(x, RelationType::kReacted).empty());
  // reaction.tsv `none`: "coming back", "seizing back" are no backing.
  x = Extract("Donald Trump will have a hard time coming back and it leads The Washington Post.");
  EXPECT_TRUE(OfType(x, RelationType::kReacted).empty());
}

TEST_F(ReactionsTest, AParticipleAfterACommaIsItsClausesSubjects) {
  // Trump accused Cruz, not Bush, the name nearest before the comma.
  DocumentExtraction x = Extract(
      "Donald Trump has escalated his attacks on rivals Ted Cruz and Jeb Bush in recent days, accusing Cruz of lying.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{"P:donald_trump P:ted_cruz"});
  // Past an opening phrase that a subordinator opens, and past an organization
  // and a title of up to three words before the name.
  x = Extract("Before even mentioning Ted Cruz, Mike Pence heaped praise on Donald Trump, commending him for the deal.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{"P:mike_pence P:donald_trump"});
  x = Extract("House Freedom Caucus Chairman Mark Meadows had spoken to Donald Trump, urging him not to fire Bannon.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{"P:mark_meadows P:donald_trump"});
}

TEST_F(ReactionsTest, FirstPersonReactionInsideAQuoteIsTheSpeakers) {
  DocumentExtraction x = Extract(
      "Adam Schiff spoke first.\n\n"
      "\"We applaud Nancy Pelosi for her leadership,\" said Paul Ryan.\n\n"
      "\"I am deeply disappointed by Jeff Sessions and his decision,\" Adam Schiff said.\n\n"
      "\"They applaud Mitch McConnell,\" Schiff said. \"I support her bid for the job,\" Schiff said.\n\n"
      "\"I have been blamed by Jeff Sessions for everything,\" Schiff said.\n");
  std::set<std::string> reactions;
  for (const ExtractedRelation* r : OfType(x, RelationType::kReacted)) {
    reactions.insert(Id(x, r->source) + " " + r->polarity + " " + Id(x, r->target) + " " + r->evidence.rule);
  }
  // Not "They" (not the speaker), not "her" (a pronoun in a quote), not a passive.
  EXPECT_EQ(reactions, (std::set<std::string>{"P:paul_ryan + P:nancy_pelosi reaction-in-quote",
                                              "P:adam_schiff - P:jeff_sessions reaction-in-quote"}));
}

TEST_F(ReactionsTest, StanceAfterACopulaAboutTheNameRightAfterIt) {
  DocumentExtraction x = Extract(
      "Paul Ryan was disappointed that Nancy Pelosi left. Jeff Sessions was dismayed by the arrest of "
      "Adam Schiff. Nancy Pelosi had disappointed Mitch McConnell.");
  auto r = OfType(x, RelationType::kReacted);
  ASSERT_EQ(r.size(), 1u);  // not the arrest's victim; "had disappointed" is no stance of hers
  EXPECT_EQ(Id(x, r[0]->source), "P:paul_ryan");
  EXPECT_EQ(Id(x, r[0]->target), "P:nancy_pelosi");
  EXPECT_EQ(r[0]->polarity, '-');
}

TEST_F(ReactionsTest, DistancingAndASecondStanceAdjective) {
  DocumentExtraction x = Extract(
      "Paul Ryan distanced himself from Mitch McConnell on Monday.\n\n"
      "\"I'm grateful and encouraged that Nancy Pelosi has agreed to stay,\" said Adam Schiff.\n");
  std::set<std::string> reactions;
  for (const ExtractedRelation* r : OfType(x, RelationType::kReacted)) {
    reactions.insert(Id(x, r->source) + " " + r->polarity + " " + Id(x, r->target));
  }
  EXPECT_EQ(reactions, (std::set<std::string>{"P:paul_ryan - P:mitch_mcconnell", "P:adam_schiff + P:nancy_pelosi"}));
}

// --- HOLDS_OFFICE and MEMBER_OF ---------------------------------------------

TEST_F(ReactionsTest, QuestioningAPersonIsAnInterrogation) {
  // reaction.tsv `act-`: a reaction to someone's act or words only.
  EXPECT_TRUE(Pairs(Extract("Senator Cory Booker questioned Jeff Sessions about his meetings."), RelationType::kReacted)
                  .empty());
  EXPECT_TRUE(Pairs(Extract("Jeff Sessions was questioned by Robert Mueller last week."), RelationType::kReacted)
                  .empty());
  EXPECT_EQ(Pairs(Extract("Cory Booker questioned Attorney General Jeff Sessions' account of his meetings."),
                  RelationType::kReacted),
            Strings{"P:cory_booker P:jeff_sessions"});
  EXPECT_EQ(Pairs(Extract("Cory Booker questioned what Jeff Sessions knew."), RelationType::kReacted),
            Strings{"P:cory_booker P:jeff_sessions"});
  // Acknowledging is speech, no reaction.
  EXPECT_TRUE(Pairs(Extract("Cory Booker acknowledged Jeff Sessions won the vote."), RelationType::kReacted).empty());
}

TEST_F(ReactionsTest, ACountryAsTheSubjectReactedForNobodyBeforeIt) {
  EXPECT_TRUE(Pairs(Extract("Donald Trump called off the summit after North Korea sharply criticized Mike Pence."),
                    RelationType::kReacted)
                  .empty());
  EXPECT_EQ(Pairs(Extract("Donald Trump called off the summit after Kim Jong Un sharply criticized Mike Pence."),
                  RelationType::kReacted),
            Strings{"P:kim_jong_un P:mike_pence"});
}

TEST_F(ReactionsTest, HoldingBackFromAReactionIsNone) {
  // negation.txt: "hesitant to", "refrained from", "stopped short of", "instead of", "rather than".
  for (const char* text : {"Mitch McConnell has been hesitant to criticize Donald Trump.",
                           "Nancy Pelosi refrained from calling for John Conyers' resignation.",
                           "The White House stopped short of calling on Roy Moore to quit.",
                           "Richard Shelby wrote in another name rather than supporting Roy Moore."}) {
    EXPECT_TRUE(Pairs(Extract(text), RelationType::kReacted).empty()) << text;
  }
  EXPECT_EQ(Pairs(Extract("Mitch McConnell criticized Donald Trump."), RelationType::kReacted),
            Strings{"P:mitch_mcconnell P:donald_trump"});
}

TEST_F(ReactionsTest, APersonsNameBeforeANounIsNoSubject) {
  EXPECT_TRUE(Pairs(Extract("The head of a group opposing the Merrick Garland nomination praised Chuck Grassley."),
                    RelationType::kReacted)
                  .empty());
  // A body the person speaks through is the person's ("the Kemp campaign accused").
  EXPECT_EQ(Pairs(Extract("The Donald Trump campaign accused Hillary Clinton of lying."), RelationType::kReacted),
            Strings{"P:donald_trump P:hillary_clinton"});
  // A verb after "and" shares the earlier verb's subject, past its object.
  EXPECT_EQ(Pairs(Extract("Donald Trump spent months portraying the Robert Mueller investigation as a hoax and "
                          "slamming Jeff Sessions."),
                  RelationType::kReacted),
            Strings{"P:donald_trump P:jeff_sessions"});
}

TEST_F(ReactionsTest, AReactionWordAfterAndHasObjectsOfItsOwn) {
  DocumentExtraction x =
      Extract("Mikhail Khodorkovsky supported an opposition party and accused Vladimir Putin of fraud.");
  auto r = OfType(x, RelationType::kReacted);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->evidence.trigger, "accused");
  // Right after the first, it shares them.
  x = Extract("Nancy Pelosi criticized and mocked Jeff Sessions.");
  EXPECT_EQ(Pairs(x, RelationType::kReacted), Strings{"P:nancy_pelosi P:jeff_sessions"});
}

TEST_F(ReactionsTest, TheObjectOfAnEarlierReactionVerbIsNoSubjectOfTheNext) {
  // "they" stands for nobody we name: Obama is what was criticized, not who cheered.
  EXPECT_TRUE(Pairs(Extract("Back then, they criticized Barack Obama or cheered on George W. Bush."),
                    RelationType::kReacted)
                  .empty());
  EXPECT_EQ(Pairs(Extract("Donald Trump attacked Ted Cruz and praised John Kasich."), RelationType::kReacted),
            (Strings{"P:donald_trump P:john_kasich", "P:donald_trump P:ted_cruz"}));
}

TEST_F(ReactionsTest, FromAfterAnotherReactionWordLeadsToItsSource) {
  // Amash rebuked Scott; Scott's attack was not on Amash.
  EXPECT_TRUE(Pairs(Extract("Donald Trump spoke. His unusual attack drew a personal rebuke from Rep. Justin Amash."),
                    RelationType::kReacted)
                  .empty());
}

TEST_F(ReactionsTest, ARetortIsNegativeAndBeatingBackIsNoSupport) {
  auto polarity = [&](const std::string& text) {
    DocumentExtraction x = Extract(text);
    auto r = OfType(x, RelationType::kReacted);
    return r.size() == 1 ? std::string(1, r[0]->polarity) : std::string("none");
  };
  EXPECT_EQ(polarity("Chuck Schumer shot back Thursday at Donald Trump's tweets."), "-");
  EXPECT_EQ(polarity("John Cornyn pushed back Sunday against Nancy Pelosi."), "-");
  EXPECT_EQ(polarity("Marco Rubio needs a way to beat back Jeb Bush."), "none");
}

TEST_F(ReactionsTest, AfterToAndAVerbTheReactionIsAboutTheVerbsObject) {
  EXPECT_EQ(Pairs(Extract("Donald Trump threatened to sue Ted Cruz over his eligibility."), RelationType::kReacted),
            Strings{"P:donald_trump P:ted_cruz"});
  EXPECT_EQ(Pairs(Extract("Devin Nunes threatened to potentially impeach Mr. Rosenstein."), RelationType::kReacted),
            Strings{"P:devin_nunes P:rod_rosenstein"});
  // A noun and "of" lead on to whose it is.
  EXPECT_EQ(Pairs(Extract("Donald Trump threatened to revoke the credentials of The New York Times."),
                  RelationType::kReacted)
                .size(),
            1U);
  // A name after a noun with no link is no object.
  EXPECT_TRUE(Pairs(Extract("Corey Lewandowski threatened to ramp up the attacks Donald Trump has repeated."),
                    RelationType::kReacted)
                  .empty());
  // "to date" is no infinitive.
  EXPECT_EQ(Pairs(Extract("Donald Trump launched his most personal attack to date against Robert Mueller."),
                  RelationType::kReacted),
            Strings{"P:donald_trump P:robert_mueller"});
}

TEST_F(ReactionsTest, ACountryAsTheDirectObjectIsWhatTheReactionIsAbout) {
  // Nobody after it: the reaction is to the country.
  auto x = Extract("Donald Trump called on Russia to find the emails of Hillary Clinton.");
  EXPECT_TRUE(Pairs(x, RelationType::kReacted).empty());
  // A place before a title or a name qualifies it; "and" lists more objects.
  EXPECT_EQ(Pairs(Extract("Nikki Haley endorsed Florida Sen. Marco Rubio."), RelationType::kReacted),
            Strings{"P:nikki_haley P:marco_rubio"});
  EXPECT_EQ(Pairs(Extract("Rodrigo Duterte dismissed U.S. Ambassador to the Philippines Philip Goldberg."),
                  RelationType::kReacted)
                .size(),
            1U);
  EXPECT_EQ(Pairs(Extract("Donald Trump lashed out at China and the European Union."), RelationType::kReacted)
                .size(),
            1U);
  // A gerund after the country and "for" is the country's: nobody we name supported Netanyahu.
  EXPECT_TRUE(Pairs(Extract("Donald Trump praised Poland for supporting Benjamin Netanyahu."), RelationType::kReacted)
                  .empty());
}

}  // namespace
}  // namespace newsgraph
