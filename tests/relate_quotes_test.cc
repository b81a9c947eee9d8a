// relate, through Pipeline::Extract: who said a quotation (SAID), for the
// shapes news writing gives attributions beyond the basic ones in
// relate_test.cc (issue 4). Every sentence here is made up.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "pipeline/pipeline.h"
#include "relate/relator.h"
#include "extraction_fixture.h"

namespace newsgraph {
namespace {

class QuoteAttributionTest : public test::ExtractionTest {
 protected:
  static DocumentExtraction Extract(const std::string& body, const std::string& date = "2017-03-02") {
    DocumentExtraction x = ExtractBody(body, date);
    for (const ExtractedRelation& r : x.relations) {  // the evidence holds the trigger
      EXPECT_NE(x.EvidenceText(r.evidence).find(r.evidence.trigger), std::string_view::npos) << r.evidence.rule;
    }
    return x;
  }
};

// The speaker of each direct quote, by the quote's first 12 characters.
std::map<std::string, std::string> DirectSpeakers(const DocumentExtraction& x) {
  std::map<std::string, std::string> out;
  for (const ExtractedRelation& r : x.relations) {
    if (r.type == RelationType::kSaid && r.direct) out[r.quote.substr(0, 12)] = x.entities[static_cast<size_t>(r.source)].id;
  }
  return out;
}

// The name of the UNNAMED entity that said the quote opening with `prefix`, or "".
std::string UnnamedSpeaker(const DocumentExtraction& x, const std::string& prefix) {
  for (const ExtractedRelation& r : x.relations) {
    if (r.type != RelationType::kSaid || r.quote.rfind(prefix, 0) != 0) continue;
    const ExtractedEntity& e = x.entities[static_cast<size_t>(r.source)];
    return e.type == EntityType::kUnnamed ? e.name : "";
  }
  return "";
}

TEST_F(QuoteAttributionTest, SentenceFinalQuoteTakesAnAttributionFollowedByAComma) {
  auto said = DirectSpeakers(Extract(
      "Adam Schiff spoke first.\n\n"
      "\"Who would have guessed we would get this far?\" Jeff Sessions said, looking at the crowd.\n"));
  EXPECT_EQ(said["Who would ha"], "P:jeff_sessions");
}

TEST_F(QuoteAttributionTest, ShortQuoteThatIsASentenceOfItsOwnIsAStatement) {
  auto said = DirectSpeakers(Extract("\"We tried,\" Jeff Sessions said to the panel. \"We failed, friends.\"\n"));
  EXPECT_EQ(said["We failed, f"], "P:jeff_sessions");
  // A short scare quote inside a sentence still is none.
  EXPECT_TRUE(DirectSpeakers(Extract("Jeff Sessions met the \"usual three suspects\" on Friday.")).empty());
}

TEST_F(QuoteAttributionTest, QuoteAfterASentenceEndingInItsAttribution) {
  auto said = DirectSpeakers(Extract(
      "The vote could slip to next week, Adam Schiff said. \"Nobody in this building wants another delay.\"\n\n"
      "The vote could slip, said Jeff Sessions. \"We will see what the leaders decide.\"\n"));
  EXPECT_EQ(said["Nobody in th"], "P:adam_schiff");
  EXPECT_EQ(said["We will see "], "P:jeff_sessions");
  // A sentence that reports nobody's words hands its quote to no one.
  EXPECT_TRUE(DirectSpeakers(Extract("Adam Schiff left early. \"Nobody in this building wants another delay.\"")).empty());
}

TEST_F(QuoteAttributionTest, ParticipleSpeaksForTheNameAfterAnOpeningQuote) {
  auto said = DirectSpeakers(Extract(
      "\"Stay with me tonight,\" Jeff Sessions sings to the crowd before asking them, \"Where do we go from here now?\"\n"));
  EXPECT_EQ(said["Stay with me"], "P:jeff_sessions");
  EXPECT_EQ(said["Where do we "], "P:jeff_sessions");
}

TEST_F(QuoteAttributionTest, ReportedSpeechSubjects) {
  DocumentExtraction x = Extract(
      "Sen. Mitch McConnell of Kentucky praised the bill for its \"bold and careful ideas.\"\n\n"
      "Jeff Sessions wrote that Adam Schiff was \"a fraud\" and urged voters to \"ignore the noise\" from Washington.\n\n"
      "Adam Schiff was described as \"a very careful lawmaker\" in the profile.\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(said["the bill for"], "P:mitch_mcconnell");  // "of Kentucky" only says where he is from
  EXPECT_EQ(said["Adam Schiff "], "P:jeff_sessions");
  EXPECT_EQ(said["voters to \"i"], "P:jeff_sessions");   // "and" after a closed quotation joins the reporting clause
  EXPECT_EQ(said.count("as \"a very c"), 0u);            // a passive frame's subject is not who spoke
  EXPECT_EQ(said.count("\"a very care"), 0u);
}

TEST_F(QuoteAttributionTest, QuotationInsideASentenceBelongsToThatSentence) {
  auto said = DirectSpeakers(Extract(
      "\"We will hold the line on spending this year,\" Mitch McConnell said.\n\n"
      "Adam Schiff called on the agency to \"stop hiding the full report from us.\"\n\n"
      "Jeff Sessions, despite his doubts about \"lawyers getting rich from every case,\" voted for the bill.\n"));
  EXPECT_EQ(said["stop hiding "], "P:adam_schiff");  // the reporting verb's subject, not the last speaker
  EXPECT_EQ(said.count("lawyers gett"), 0u);         // about someone else: not McConnell's
}

TEST_F(QuoteAttributionTest, QuoteAfterASentenceThatReportsSomeonesWords) {
  auto said = DirectSpeakers(Extract(
      "\"The deal is done,\" Mitch McConnell said.\n\n"
      "His former law partner, Adam Schiff, called him a master of hard bargains. \"He showed again and again "
      "an ability to close deals that others could not.\"\n"));
  EXPECT_EQ(said["He showed ag"], "P:adam_schiff");
}

TEST_F(QuoteAttributionTest, TitleBeforeANameWeCannotTellIsNoOtherHoldersVoice) {
  const std::string body =
      "Rep. Ted Lieu spoke first.\n\n"
      "\"The sanctions were in focus for all of us,\" said Rep. Joseph Crowley (D-N.Y.), a longtime advocate.\n";
  // Two namesakes in the gazetteer; on a date, only one of them can be alive.
  auto said = DirectSpeakers(Extract(body, "2016-09-16"));
  EXPECT_EQ(said["The sanction"], "P:joseph_crowley_c001038");
  // Undated, the name stays unresolved: "Rep." is his title, not Ted Lieu speaking.
  DocumentExtraction undated = SharedPipeline().Extract(MakeDocument("doc", "Headline\n\n" + body, ""));
  EXPECT_EQ(DirectSpeakers(undated).count("The sanction"), 0u);
}

TEST_F(QuoteAttributionTest, TitleStandsForTheHolderNamedLastBeforeIt) {
  // Bound in the text to two people: the binding before the mention.
  DocumentExtraction bound = Extract(
      "Rep. Adam Schiff warned about the hacks, which the congressman said were meant to \"sow discord in the "
      "election.\"\n\nRep. Ted Lieu agreed on Tuesday.\n");
  for (const ExtractedRelation* r : OfType(bound, RelationType::kSaid)) EXPECT_EQ(Id(bound, r->source), "P:adam_schiff");
  EXPECT_FALSE(OfType(bound, RelationType::kSaid).empty());
  // Bound to nobody: of the holders the document names, the last one before it.
  auto said = DirectSpeakers(Extract(
      "Ted Lieu spoke first. Later, Adam Schiff arrived.\n\n\"We need the full report by Friday,\" the congressman said.\n"));
  EXPECT_EQ(said["We need the "], "P:adam_schiff");
}

TEST_F(QuoteAttributionTest, ColonQuoteTakesTheMainClauseSubject) {
  auto said = DirectSpeakers(Extract(
      "With aides worried about Jeff Sessions and his hearings, Adam Schiff is trying a new line: \"Ask me later.\"\n"));
  EXPECT_EQ(said["Ask me later"], "P:adam_schiff");  // past the opening phrase; short, but a sentence of its own
}

TEST_F(QuoteAttributionTest, AFrontedClauseComesBeforeTheSentencesSubject) {
  auto said = DirectSpeakers(Extract(
      "Mike Pence spoke on Monday.\n"
      // A list's commas do not close the fronted clause.
      "While Donald Trump praised leaders like Vladimir Putin, China's Xi Jinping and Kim Jong Un, he has insulted "
      "allies. \"They are bad,\" he said.\n"
      "Mike Pence spoke again.\n"
      // The main clause's person is the subject a later pronoun goes to.
      "When Donald Trump met Vladimir Putin, Xi Jinping was in Beijing. \"It went well,\" he said.\n",
      "2018-08-01"));
  EXPECT_EQ(said["They are bad"], "P:donald_trump");
  EXPECT_EQ(said["It went well"], "P:xi_jinping");
}

TEST_F(QuoteAttributionTest, WhoIsQuotedAsSayingSaysIt) {
  auto said = DirectSpeakers(Extract(
      "Interfax quoted Dmitry Peskov as saying, \"We hope to build mutual trust.\"\n"
      "Mark Cuban was quoted by The Washington Post as saying, \"I do not see it happening.\"\n"));
  EXPECT_EQ(said["We hope to b"], "P:dmitry_peskov");
  EXPECT_EQ(said["I do not see"], "P:x_mark_cuban");  // not the Post, after "by"
  // "President Trump" made the surname the president's: a later "Lara Trump" does not take it.
  said = DirectSpeakers(Extract(
      "President Trump has tapped Brad Parscale to run his campaign. The campaign named Lara Trump as senior "
      "adviser.\n\"I do not believe in this digital stuff,\" Parscale quoted Trump as saying.\n",
      "2018-02-27"));
  EXPECT_EQ(said["I do not bel"], "P:donald_trump");
  // "As" opening a sentence is no given name: "As Pelosi" is Pelosi.
  said = DirectSpeakers(Extract("Nancy Pelosi spoke on Monday.\nAs Pelosi put it to MSNBC, \"I think I am the best "
                                "person for the job.\"\n"));
  EXPECT_EQ(said["I think I am"], "P:nancy_pelosi");
}

TEST_F(QuoteAttributionTest, ParagraphEndingInAColonHandsTheNextQuoteToItsSubject) {
  auto said = DirectSpeakers(Extract(
      "Adam Schiff spoke first.\n\n"
      "On July 6, Jeff Sessions made the following comment:\n\n"
      "\"The budget for the program is far too small to do the job.\"\n\n"
      "The memo, which Schiff said was late, described the plan:\n\n"
      "\"Every office will report its figures by the end of the year.\"\n"));
  // "comment" after "the following" is a noun: the colon's sentence subject speaks.
  EXPECT_EQ(said["The budget f"], "P:jeff_sessions");
  // A memo is nobody; the name inside the relative clause is not its subject.
  EXPECT_EQ(said.count("Every office"), 0u);
}

TEST_F(QuoteAttributionTest, UnnamedMemberOfAnOrganizationIsNotTheOrganization) {
  DocumentExtraction x = Extract(
      "Jeff Sessions spoke first.\n\n"
      "\"I can defend most of his positions with a straight face,\" one prominent Republican leader told me.\n\n"
      "\"We will hold the line on the budget,\" a senior Republican official said.\n\n"
      "\"We will win the vote on Friday,\" said Republican lawmakers.\n");
  // Someone unnamed: neither Sessions nor the party.
  EXPECT_EQ(UnnamedSpeaker(x, "I can defend"), "one prominent Republican leader");
  EXPECT_EQ(UnnamedSpeaker(x, "We will hold"), "a senior Republican official");
  EXPECT_EQ(DirectSpeakers(x)["We will win "], "ORG:republican_party");  // the party's lawmakers speak for it
}

TEST_F(QuoteAttributionTest, AttributionSetOffByCommasInsideTheSentence) {
  DocumentExtraction x = Extract(
      "These workers, Adam Schiff explained at the hearing, were \"treated badly\" for years.\n\n"
      "In Ohio, Jeff Sessions said the plan, which he wrote, had \"a few good parts\" in it.\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote] = Id(x, r->source);
  EXPECT_EQ(said["were \"treated badly\" for years"], "P:adam_schiff");  // the clause goes on after the attribution
  EXPECT_EQ(said["the plan, which he wrote, had \"a few good parts\" in it"], "P:jeff_sessions");  // no verb after the comma
}

TEST_F(QuoteAttributionTest, NewParagraphAboutSomeoneElseEndsTheContinuation) {
  auto said = DirectSpeakers(Extract(
      "\"We will not let this stand,\" Jeff Sessions said.\n\n"
      "On \"Meet the Press,\" Adam Schiff named the budget as the main worry. \"Nobody wants to pay for it in the end.\"\n\n"
      "\"And nobody will,\" he went on.\n"));
  EXPECT_EQ(said["Nobody wants"], "P:adam_schiff");  // not the last paragraph's speaker
  EXPECT_EQ(said.count("Meet the Pre"), 0u);          // a programme's title is nobody's words
}

TEST_F(QuoteAttributionTest, QuestionThenNameAndVerb) {
  auto said = DirectSpeakers(Extract(
      "\"Is everything fine here?\" Adam Schiff asked through an aide as they walked in.\n\n"
      "\"We are ready.\" Jeff Sessions said in a statement.\n\n"
      "\"We are ready now.\" Mitch McConnell said he would vote for it.\n\n"
      "Jeff Sessions spoke last. \"Why is nobody asking about this?\" He soon added: \"Nobody cares anymore.\"\n"));
  EXPECT_EQ(said["Is everythin"], "P:adam_schiff");
  EXPECT_EQ(said["We are ready"], "P:jeff_sessions");  // a preposition after the verb
  EXPECT_EQ(said.count("We are ready now."), 0u);      // a sentence of its own reporting something else
  EXPECT_EQ(said["Why is nobod"], "P:jeff_sessions");  // fillers between name and verb ("soon")
  EXPECT_EQ(said["Nobody cares"], "P:jeff_sessions");
}

TEST_F(QuoteAttributionTest, NameBeforeTheVerbInTheLastChunkAfterTheQuote) {
  auto said = DirectSpeakers(Extract(
      "Jeff Sessions told the panel that they would meet \"as soon as it can be arranged,\" as well as discuss the "
      "details of the plan, spokesman Ian Prior said.\n\n"
      "Elizabeth Warren spoke next. \"You squeezed the workers very hard\" to raise the stock price, she said.\n"));
  EXPECT_EQ(said["as soon as i"], "P:x_ian_prior");  // the outer attribution: not Sessions
  EXPECT_EQ(said["You squeezed"], "P:elizabeth_warren");
}

TEST_F(QuoteAttributionTest, IndefiniteTitleIsSomeoneUnnamed) {
  DocumentExtraction x = Extract(
      "Senate Majority Leader Mitch McConnell met the group.\n\n"
      "Another former Senate majority leader said of the plan: \"It will never pass in this form.\"\n");
  EXPECT_EQ(UnnamedSpeaker(x, "It will never"), "Another former Senate majority leader");
}

TEST_F(QuoteAttributionTest, SpeakerBeforeSeveralAppositions) {
  auto said = DirectSpeakers(Extract(
      "Quentin Marlowe, head of the Ferry Workers Union, which speaks for harbor staff, said that \"the "
      "boats will keep running all winter.\"\n\n"
      "Another skeptic, Adam Schiff, warned that \"the numbers do not add up at all.\"\n"));
  EXPECT_EQ(said["the boats wi"], "P:x_quentin_marlowe");
  EXPECT_EQ(said["the numbers "], "P:adam_schiff");  // a chunk that is a name alone is the speaker
}

TEST_F(QuoteAttributionTest, ComparisonAndObjectlessFrames) {
  DocumentExtraction x = Extract(
      "Adam Schiff likened the memo to \"a bad spy novel from the airport\" on Sunday.\n\n"
      "It was a stunt that Jeff Sessions described as \"a cheap political trick.\"\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote] = Id(x, r->source);
  EXPECT_EQ(said["\"a bad spy novel from the airport\" on Sunday"], "P:adam_schiff");  // the words after "to"
  EXPECT_EQ(said["\"a cheap political trick.\""], "P:jeff_sessions");                  // the object came before
}

TEST_F(QuoteAttributionTest, InfinitiveFrameSpeaksForItsClauseSubject) {
  DocumentExtraction x = Extract(
      "Elizabeth Warren took to Twitter to blast the ruling as \"a gift to the big banks.\"\n\n"
      "President Donald Trump spoke.\n\n"
      "Jeff Sessions had been a friend of the senator, and the president continued to praise him as \"a great "
      "man of the law.\"\n\n"
      "Jeff Sessions had been a friend of the senator, and the crowd continued to praise him as \"a great "
      "man of the people.\"\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(said["the ruling a"], "P:elizabeth_warren");  // not Twitter: "took to" joins no name to it
  EXPECT_EQ(said["him as \"a gr"], "P:donald_trump");      // the last coordinated clause's subject
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) {
    if (r->quote.find("of the people") != std::string::npos) ADD_FAILURE() << Id(x, r->source);  // the crowd's
  }
}

TEST_F(QuoteAttributionTest, PossessiveBeforeANounOfSayingThenAColon) {
  auto said = DirectSpeakers(Extract(
      "\"We will not back down,\" Mitch McConnell said.\n\n"
      "Elizabeth Warren's response was swift: \"This nominee is unfit to serve in any office.\"\n"));
  EXPECT_EQ(said["This nominee"], "P:elizabeth_warren");  // not the last speaker
}

TEST_F(QuoteAttributionTest, NameInAnOpeningPrepositionalPhraseIsNoSubject) {
  DocumentExtraction x = Extract(
      "At the Republican convention in Cleveland his aides wrote new language calling for \"appropriate "
      "assistance to the region.\"\n");
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) EXPECT_NE(Id(x, r->source), "ORG:republican_party");
}

TEST_F(QuoteAttributionTest, QuoteWithAnAttributionToSomethingUnknown) {
  auto said = DirectSpeakers(Extract(
      "Adam Schiff said the agency had been warned about the leak.\n\n"
      "\"We need someone to tell them that nobody is making these trips,\" the email read.\n\n"
      "\"It should be someone low in the campaign.\"\n"));
  EXPECT_EQ(said.count("We need some"), 0u);  // the email's words, not Schiff's
  EXPECT_EQ(said.count("It should be"), 0u);  // nor continued in anyone's voice
}

TEST_F(QuoteAttributionTest, RoleAfterAPlaceIsTheHolderNamedBefore) {
  const std::string body =
      "Elizabeth Warren did not hold back, and neither did Hillary Clinton's allies.\n\n"
      "\"This is corruption, plain and simple,\" the Massachusetts senator said.\n";
  EXPECT_EQ(DirectSpeakers(Extract(body))["This is corr"], "P:elizabeth_warren");
  // Undated, someone still in such an office goes before someone who left it
  // (Clinton was a senator once, and is named nearer).
  DocumentExtraction undated = SharedPipeline().Extract(MakeDocument("doc", "Headline\n\n" + body, ""));
  EXPECT_EQ(DirectSpeakers(undated)["This is corr"], "P:elizabeth_warren");
}

TEST_F(QuoteAttributionTest, NounOfSayingThenItsSource) {
  DocumentExtraction x = Extract(
      "\"This is not over,\" according to a statement from Jeff Sessions.\n\n"
      "\"We will appeal,\" said a spokesman for Adam Schiff.\n");
  EXPECT_EQ(DirectSpeakers(x)["This is not "], "P:jeff_sessions");
  EXPECT_EQ(UnnamedSpeaker(x, "We will appeal"), "a spokesman for Adam Schiff");  // the spokesman speaks, not Schiff
}

TEST_F(QuoteAttributionTest, FormerTitleIsAFormerHolderNeverTheHolderThen) {
  DocumentExtraction x = Extract(
      "Hillary Clinton spoke at a rally with Donald Trump in the news.\n\n"
      "\"I think he is a very bad person,\" the former secretary of state said of Trump.\n",
      "2016-09-20");
  EXPECT_EQ(DirectSpeakers(x)["I think he i"], "P:hillary_clinton");  // not John Kerry, in office then
}

TEST_F(QuoteAttributionTest, TimePhraseBetweenSubjectAndVerb) {
  DocumentExtraction x = Extract(
      "Donald Trump on Monday called the plan \"the worst deal in the history of the country.\"\n\n"
      "Elizabeth Warren last week warned that the bill was \"a giveaway to the biggest banks.\"\n",
      "2016-09-20");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) {
    if (!r->direct) said[r->quote.substr(0, 12)] = Id(x, r->source);
  }
  EXPECT_EQ(said["the plan \"th"], "P:donald_trump");
  EXPECT_EQ(said["the bill was"], "P:elizabeth_warren");
}

TEST_F(QuoteAttributionTest, SplitQuoteAroundAnAttributionIsNoReportedSpeech) {
  DocumentExtraction x = Extract(
      "\"I think the moderator will be fair,\" Jeff Sessions said during a rally in Mobile, Ala., \"but a lot of "
      "people are going to be watching.\"\n");
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) EXPECT_TRUE(r->direct) << r->quote;
  EXPECT_EQ(DirectSpeakers(x)["but a lot of"], "P:jeff_sessions");
}

TEST_F(QuoteAttributionTest, ReportedClauseOpeningWithAPartialQuote) {
  DocumentExtraction x = Extract(
      "Jeff Sessions said at an event in Mobile that \"a bomb\" had gone off in the city.\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote] = Id(x, r->source);
  EXPECT_EQ(said["\"a bomb\" had gone off in the city"], "P:jeff_sessions");  // not all of it is quoted
}

TEST_F(QuoteAttributionTest, ParticipleOpeningTheSentence) {
  DocumentExtraction x = Extract("Bemoaning the \"rigged old system,\" Jeff Sessions accused Adam Schiff of lying.\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote] = Id(x, r->source);
  EXPECT_EQ(said["the \"rigged old system,\""], "P:jeff_sessions");  // not Schiff, after "accused"
}

TEST_F(QuoteAttributionTest, PassiveOrPrepositionalNameIsNoReporter) {
  DocumentExtraction x = Extract(
      "Jeff Sessions spoke first.\n\n"
      "A letter on Adam Schiff was widely ridiculed for its claim that he was \"the finest lawmaker of all time.\"\n");
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) {
    EXPECT_NE(Id(x, r->source), "P:adam_schiff") << r->quote;
    EXPECT_NE(Id(x, r->source), "P:jeff_sessions") << r->quote;
  }
}

TEST_F(QuoteAttributionTest, VerbThenNameBetweenTwoHalvesOfAQuote) {
  auto said = DirectSpeakers(Extract("\"There is no question,\" added Adam Schiff, \"that the vote was rigged from the start.\"\n"));
  EXPECT_EQ(said["There is no "], "P:adam_schiff");
  EXPECT_EQ(said["that the vot"], "P:adam_schiff");
}

TEST_F(QuoteAttributionTest, PartyTagThenAppositionBeforeTheVerb) {
  auto said = DirectSpeakers(Extract(
      "Adam Schiff, D-Calif., the top Democrat on the committee, said the memo \"is deeply misleading to all.\"\n"));
  EXPECT_EQ(said["is deeply mi"], "P:adam_schiff");
}

TEST_F(QuoteAttributionTest, PossessiveSpeakerThroughABodyBeforeTheVerb) {
  auto said = DirectSpeakers(Extract(
      "Jeff Sessions's spokeswoman said the attorney general \"has nothing to hide at all.\"\n\n"
      "\"That is simply a lie,\" Adam Schiff shot back.\n"));
  EXPECT_EQ(said["has nothing "], "P:jeff_sessions");  // as "Clinton's campaign said"
  EXPECT_EQ(said["That is simp"], "P:adam_schiff");    // speech.tsv: "shot back"
}

TEST_F(QuoteAttributionTest, PartyTitleIsTheMemberNamedLastNotTheParty) {
  DocumentExtraction x = Extract(
      "Donald Trump did not say how he would pay for it.\n\n"
      "The Republican nominee also vowed to punish \"those who break the rules on classified data.\"\n\n"
      "Hillary Clinton spoke later.\n\n"
      "A Democratic official said the plan was \"a recipe for a very long war.\"\n",
      "2016-10-03");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(said["those who br"], "P:donald_trump");  // not ORG:republican_party
  EXPECT_EQ(UnnamedSpeaker(x, "a recipe for"), "A Democratic official");  // neither Clinton nor the party
  EXPECT_EQ(said.count("the plan was"), 0u);
}

TEST_F(QuoteAttributionTest, ReplyOpeningItsOwnQuoteLeavesTheQuestionToItsSentence) {
  auto said = DirectSpeakers(Extract(
      "Jeff Sessions responds to Adam Schiff with, \"Why now? Was that on my way to Moscow?\" Schiff then writes "
      "back, \"You look very busy.\"\n"));
  EXPECT_EQ(said["Why now? Was"], "P:jeff_sessions");
  EXPECT_EQ(said["You look ver"], "P:adam_schiff");
}

TEST_F(QuoteAttributionTest, NameAfterAVerbIsNoHeadOfTheSubject) {
  DocumentExtraction x = Extract(
      "Mitch McConnell endorsed Jeff Sessions in June, telling reporters in May that he was \"not quite there yet.\"\n");
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) EXPECT_EQ(Id(x, r->source), "P:mitch_mcconnell") << r->quote;
  EXPECT_FALSE(OfType(x, RelationType::kSaid).empty());
}

TEST_F(QuoteAttributionTest, ClauseBeforeAParticipleIsNoApposition) {
  DocumentExtraction x = Extract(
      "Ted Cruz spoke first.\n\n"
      "In an interview with CNN, Donald Trump went on to question Cruz's temper, saying the Texas senator could not "
      "\"make deals\" as president.\n\n"
      "Even China, Pyongyang's only ally, said it was \"resolutely opposed\" to the test.\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(said["the Texas se"], "P:donald_trump");  // not CNN, in the opening phrase
  EXPECT_EQ(said["it was \"reso"], "LOC:china");      // an apposition opening with a name still is one
}

TEST_F(QuoteAttributionTest, ParticipleAfterAReportingClause) {
  DocumentExtraction x = Extract(
      "Mitch McConnell did not stay long but left after the vote, Adam Schiff said, adding, \"He was not very "
      "interested in the rest.\"\n\n"
      "Like Mitch McConnell, Jeff Sessions rejected the plan, arguing that there is \"room for the agencies\" to act.\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(said["He was not v"], "P:adam_schiff");   // not the sentence's subject
  EXPECT_EQ(said["there is \"ro"], "P:jeff_sessions");  // "Like McConnell" opens the clause
}

TEST_F(QuoteAttributionTest, ObjectPronounIsNoSubject) {
  DocumentExtraction x = Extract(
      "Hillary Clinton has condemned the plan, but the groups who wrote to her on Thursday say they are "
      "\"worried about the mixed messages\" from the campaign.\n");
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) EXPECT_NE(Id(x, r->source), "P:hillary_clinton") << r->quote;
}

TEST_F(QuoteAttributionTest, ProgrammeTitleIsWhereItWasSaidNotWhat) {
  DocumentExtraction x = Extract(
      "Jeff Sessions told CNN's \"State of the Union\" that the plan was \"dead on arrival in the Senate.\"\n\n"
      "Adam Schiff said on ABC's \"This Week,\" that the memo was \"a political hit job.\"\n");
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) {
    EXPECT_EQ(r->quote.find("State of the Union"), std::string::npos) << r->quote;
    EXPECT_EQ(r->quote.find("This Week"), std::string::npos) << r->quote;
  }
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote] = Id(x, r->source);
  EXPECT_EQ(said["the plan was \"dead on arrival in the Senate.\""], "P:jeff_sessions");
}

TEST_F(QuoteAttributionTest, ReportingVerbWithAnUnknownSubjectStopsTheContinuation) {
  auto said = DirectSpeakers(Extract(
      "\"We will win this state,\" Jeff Sessions said.\n\n"
      "A campaign ad released Thursday accuses him of \"a pattern of sleaze stretching back decades.\"\n"));
  EXPECT_EQ(said.count("a pattern of"), 0u);  // the ad's words, not Sessions's
}

TEST_F(QuoteAttributionTest, SubjectOfTheClauseBeforeAParticiple) {
  DocumentExtraction x = Extract(
      "Sean Hannity spoke first.\n\n"
      "Weighing in on the talk, former Arkansas Gov. Mike Huckabee agreed, praising the senator as \"one of the "
      "most gifted stars we have got.\"\n\n"
      "After the Paris attacks, Donald Trump released a new radio ad calling it \"dangerous\" that Obama \"has no "
      "plan to defeat them.\"\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(said["the senator "], "P:mike_huckabee");
  EXPECT_EQ(said["it \"dangerou"], "P:donald_trump");  // past the opening phrase with a place
}

TEST_F(QuoteAttributionTest, OpeningSubordinateClauseHoldsNoSubject) {
  DocumentExtraction x = Extract(
      "When told Adam Schiff was in the running for a bigger job in a future Cabinet, Jeff Sessions thought for a "
      "moment and said that \"it might be an advantage not to be famous.\"\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) said[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(said["it might be "], "P:jeff_sessions");
}

TEST_F(QuoteAttributionTest, SecondQuoteOfAParagraphGoesOnInItsSpeakersVoice) {
  auto said = DirectSpeakers(Extract(
      "\"Several members feel this needs to be fixed,\" Sen. Mitch McConnell, a senior member of the panel, told "
      "CNN. \"This is about the taxpayer, not the party.\"\n\n"
      "According to the legal scholar Adam Schiff, a professor at the law school, the agency offered \"no coherent "
      "reason at all\" for it, \"except to say that the law changed last year.\"\n"));
  EXPECT_EQ(said["This is abou"], "P:mitch_mcconnell");  // not CNN, the addressee
  EXPECT_EQ(said["except to sa"], "P:adam_schiff");      // "According" is no participle opening the sentence
}

TEST_F(QuoteAttributionTest, SpeakerOnADashLineAfterTheQuoteParagraph) {
  auto said = DirectSpeakers(Extract(
      "Adam Schiff spoke first.\n\n\"Boeing and the others pay no taxes at all.\"\n\n- Bernie Sanders.\n\n"
      "\"We went to Wall Street before the crash.\"\n\n-President Barack Obama, tweeting after the speech.\n"));
  EXPECT_EQ(said["Boeing and t"], "P:bernie_sanders");  // not Schiff's, going on
  EXPECT_EQ(said["We went to W"], "P:barack_obama");
}

TEST_F(QuoteAttributionTest, NameAfterTheVerbOnceTheQuotesSentenceGoesOn) {
  auto said = DirectSpeakers(Extract(
      "Hillary Clinton \"drew quite well from white voters\" in the 2008 primary, said Adam Schiff.\n\n"
      "But, said Jeff Sessions, \"the rules are the rules for everyone here.\"\n\n"
      "Hillary Clinton spoke. \"Many would consider that an embarrassment for her\" if she did not win by more, "
      "said Jeff Sessions, an analyst.\n\n"
      "\"What was the pivot point for him in the end?\" Paul Ryan questioned.\n"));
  EXPECT_EQ(said["drew quite w"], "P:adam_schiff");
  EXPECT_EQ(said["Many would c"], "P:jeff_sessions");  // not "she", whom the words before name
  EXPECT_EQ(said["the rules ar"], "P:jeff_sessions");
  EXPECT_EQ(said["What was the"], "P:paul_ryan");
}

TEST_F(QuoteAttributionTest, SubjectPastATagAndADescription) {
  DocumentExtraction x = Extract(
      "Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was \"fully committed to an "
      "open process.\"\n",
      "2016-07-01");
  std::map<std::string, std::string> reported;
  for (const ExtractedRelation& r : x.relations) {
    if (r.type == RelationType::kSaid) reported[r.quote.substr(0, 12)] = x.entities[static_cast<size_t>(r.source)].id;
  }
  EXPECT_EQ(reported["fully commit"], "P:elijah_cummings");
}

TEST_F(QuoteAttributionTest, ShortRepliesAndTheVerbOfAnUnnamedSubject) {
  auto said = DirectSpeakers(Extract(
      "\"You have some problems,\" Ted Cruz said as the heckler yelled: \"You are all wrong!\"\n\n"
      "\"Thank you, son,\" Cruz replied.\n"));
  EXPECT_EQ(said["You have som"], "P:ted_cruz");
  EXPECT_EQ(said.count("You are all "), 0u);       // the heckler's, not the sentence's subject's
  EXPECT_EQ(said["Thank you, s"], "P:ted_cruz");  // no programme title
}

TEST_F(QuoteAttributionTest, NameAndColonBeforeOrInsideTheQuote) {
  auto said = DirectSpeakers(Extract(
      "- Brindle Research Center: \"All the samples evaluated include more engaged people.\"\n\n"
      "\"Adam Schiff: Seriously, seriously, this plan will not work.\"\n\n"
      "\"Paul Ryan: you base your statements on a picture?\" tweeted Nancy Pelosi.\n"));
  EXPECT_EQ(said["All the samp"], "ORG:x_brindle_research_center");  // an organization the gazetteer lacks
  EXPECT_EQ(said["Seriously, s"], "P:adam_schiff");
  EXPECT_EQ(said["Paul Ryan: y"], "P:nancy_pelosi");  // the attribution after it goes first
}

TEST_F(QuoteAttributionTest, SubjectPastAnAgeAndAPlace) {
  DocumentExtraction x = Extract(
      "Cory Quist, 22, of Flint, Mich., said he had not given up hope of a \"surprise at the convention.\"\n");
  bool found = false;
  for (const ExtractedRelation& r : x.relations) {
    if (r.type == RelationType::kSaid) found |= x.entities[static_cast<size_t>(r.source)].id == "P:x_cory_quist";
  }
  EXPECT_TRUE(found);
}

TEST_F(QuoteAttributionTest, TitledPhraseThatNamesTheSpeakerDescribesHim) {
  DocumentExtraction x = Extract("Donald Trump spoke in Ohio.\n\n\"We will win this state,\" the Republican nominee said.\n",
                                 "2016-09-01");
  std::vector<std::string> descriptions;
  for (const ExtractedEntity& e : x.entities) {
    if (e.id != "P:donald_trump") continue;
    for (const ExtractedMention& d : e.descriptions) descriptions.push_back(std::string(x.document.text.substr(d.start, d.end - d.start)));
  }
  EXPECT_EQ(descriptions, std::vector<std::string>{"the Republican nominee"});
}

TEST_F(QuoteAttributionTest, UnnamedSpeakersAreEntitiesOfTheirDocument) {
  DocumentExtraction x = Extract(
      "Jeff Sessions met the panel on Monday.\n\n"
      "\"The talks went nowhere,\" said a Mexican official who was not authorized to speak publicly. \"We left "
      "early.\"\n\n"
      "One Democratic official who relayed the exchange said, \"Nobody in the room believed him.\"\n\n"
      "\"He will not recuse himself,\" a person close to the attorney general said.\n\n"
      "A White House aide later walked back the remark, saying the president \"has full confidence in him.\"\n\n"
      "\"It was a mistake,\" said state attorney Dave Aronberg.\n");
  EXPECT_EQ(UnnamedSpeaker(x, "The talks went"), "a Mexican official");
  EXPECT_EQ(UnnamedSpeaker(x, "We left early"), "a Mexican official");  // the quote goes on in the same voice
  EXPECT_EQ(UnnamedSpeaker(x, "Nobody in the room"), "One Democratic official");
  EXPECT_EQ(UnnamedSpeaker(x, "He will not recuse"), "a person close to the attorney general");
  EXPECT_EQ(UnnamedSpeaker(x, "has full confidence"), "A White House aide");
  EXPECT_EQ(DirectSpeakers(x)["It was a mis"], "P:x_dave_aronberg");  // a name after the title is the speaker
  // One entity per phrase, of this document, its relative clause a description.
  size_t unnamed = 0;
  for (const ExtractedEntity& e : x.entities) {
    if (e.type != EntityType::kUnnamed) continue;
    ++unnamed;
    EXPECT_EQ(e.id.rfind("U:doc@", 0), 0u) << e.id;
    if (e.name == "a Mexican official") {
      ASSERT_EQ(e.descriptions.size(), 1u);
      EXPECT_TRUE(e.descriptions[0].clause);
      EXPECT_EQ(x.document.text.substr(e.descriptions[0].start, e.descriptions[0].end - e.descriptions[0].start),
                "who was not authorized to speak publicly");
    }
  }
  EXPECT_EQ(unnamed, 4u);
}

TEST_F(QuoteAttributionTest, ButJoinsASpeechVerbToTheClauseSubject) {
  DocumentExtraction x = Extract(
      "Jeff Sessions said it was too early to name a deputy but added, \"We will have one by June.\"\n\n"
      "\"Nobody reads these memos,\" Adam Schiff barked.\n\n"
      "As Elizabeth Warren put it, \"The rules are written by the banks.\"\n");
  auto said = DirectSpeakers(x);
  EXPECT_EQ(said["We will have"], "P:jeff_sessions");
  EXPECT_EQ(said["Nobody reads"], "P:adam_schiff");
  EXPECT_EQ(said["The rules ar"], "P:elizabeth_warren");
}

TEST_F(QuoteAttributionTest, SubjectPhraseAfterAnExclamationIsTheAttribution) {
  DocumentExtraction x = Extract(
      "The vote went on past midnight.\n\n"
      "\"Alabama is proud to cast its votes for the next president!\" US Senator Jeff Sessions said as he "
      "waved to the hall.\n\n"
      "\"Will he finally say it? He should resign!\" the Democratic senator from Massachusetts, Elizabeth Warren, "
      "tweeted after the speech.\n\n"
      "Adam Schiff however said he would welcome \"a principled and open inquiry\" this spring.\n");
  auto said = DirectSpeakers(x);
  EXPECT_EQ(said["Alabama is p"], "P:jeff_sessions");
  EXPECT_EQ(said["Will he fina"], "P:elizabeth_warren");
  bool schiff = false;
  for (const ExtractedRelation& r : x.relations) {
    schiff |= r.type == RelationType::kSaid && r.quote.find("principled and open") != std::string::npos &&
              x.entities[static_cast<size_t>(r.source)].id == "P:adam_schiff";
  }
  EXPECT_TRUE(schiff);  // speech_fillers.txt: "however"
}

}  // namespace
}  // namespace newsgraph
