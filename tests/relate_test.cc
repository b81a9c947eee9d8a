// relate, through Pipeline::Extract: MET (pairs, negation, modality, contacts),
// SAID (attribution patterns), HOLDS_OFFICE and MEMBER_OF, and the evidence
// behind each relation. REACTED is in relate_reactions_test.cc.
#include "relate/relator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "pipeline/extraction_json.h"
#include "pipeline/pipeline.h"
#include "extraction_fixture.h"

namespace newsgraph {
namespace {

class RelateTest : public test::RelateFixture {};

using Strings = std::vector<std::string>;

TEST_F(RelateTest, RelationTypeNames) {
  for (RelationType t : {RelationType::kMet, RelationType::kSaid, RelationType::kReacted, RelationType::kHoldsOffice,
                         RelationType::kMemberOf, RelationType::kContacted}) {
    EXPECT_EQ(ParseRelationType(RelationTypeName(t)), t);
  }
  EXPECT_EQ(RelationTypeName(RelationType::kHoldsOffice), "HOLDS_OFFICE");
  EXPECT_FALSE(ParseRelationType("met").has_value());
}

// --- MET --------------------------------------------------------------------

TEST_F(RelateTest, CoordinatedParticipantsMeetPairwise) {
  DocumentExtraction x = Extract("Jeff Sessions and Michael Flynn met with Sergey Kislyak in July.");
  EXPECT_EQ(Pairs(x, RelationType::kMet),
            (Strings{"P:jeff_sessions P:michael_flynn", "P:jeff_sessions P:sergey_kislyak",
                     "P:michael_flynn P:sergey_kislyak"}));
  for (const ExtractedRelation* r : OfType(x, RelationType::kMet)) {
    EXPECT_FALSE(r->negated);
    EXPECT_EQ(r->modality, "asserted");
    EXPECT_EQ(r->evidence.sentence, 1u);  // the headline is sentence 0
    EXPECT_EQ(x.EvidenceText(r->evidence), "Jeff Sessions and Michael Flynn met with Sergey Kislyak in July.");
  }
}

TEST_F(RelateTest, DeniedMeetingIsNegated) {
  for (const std::string body : {"Jeff Sessions did not meet with Sergey Kislyak.",
                                 "Jeff Sessions denied meeting with Sergey Kislyak.",
                                 "Jeff Sessions never met Sergey Kislyak.",
                                 "Jeff Sessions did not have any meetings with Sergey Kislyak.",
                                 "There was no meeting between Jeff Sessions and Sergey Kislyak."}) {
    DocumentExtraction x = Extract(body);
    auto met = OfType(x, RelationType::kMet);
    ASSERT_EQ(met.size(), 1u) << body;
    EXPECT_TRUE(met[0]->negated) << body;
    EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:jeff_sessions P:sergey_kislyak"});
  }
  // A negation that governs another verb, or another clause, denies no meeting.
  for (const std::string body : {"Jeff Sessions failed to disclose meetings he had with Sergey Kislyak.",
                                 "After not seeing Donald Trump since January, Chuck Schumer met with Mitch McConnell.",
                                 "Donald Trump would not confront Vladimir Putin in their meeting.",
                                 "Donald Trump and Angela Merkel (not pictured) meet in Berlin."}) {
    auto met = OfType(Extract(body), RelationType::kMet);
    ASSERT_EQ(met.size(), 1u) << body;
    EXPECT_FALSE(met[0]->negated) << body;
  }
}

TEST_F(RelateTest, PlannedAndCancelledMeetingsAreNotAsserted) {
  DocumentExtraction planned = Extract("Donald Trump will meet Vladimir Putin in Helsinki next month.", "2018-06-28");
  auto met = OfType(planned, RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_NE(met[0]->modality, "asserted");
  EXPECT_EQ(met[0]->modality, "planned");
  EXPECT_FALSE(met[0]->negated);
  // The JSON keeps it apart from MET.
  nlohmann::json j = ExtractionToJson(planned, false);
  EXPECT_EQ(j["relations"][0]["type"], "MEETING_PLANNED");

  // A future in the past: "was to meet", "is to meet".
  for (const std::string body : {"Vladimir Putin was to meet Mahmoud Abbas on Monday in Sochi.",
                                 "The statement came days before Donald Trump is to meet Vladimir Putin."}) {
    met = OfType(Extract(body, "2018-05-14"), RelationType::kMet);
    ASSERT_EQ(met.size(), 1u) << body;
    EXPECT_EQ(met[0]->modality, "planned") << body;
  }

  // A plan ending in "to" a few words before a meeting noun; not one further back.
  for (const std::string body : {"Nancy Pelosi is scheduled to participate in a meeting with Donald Trump on Thursday.",
                                 "Mahmoud Abbas was due to travel to Jordan on Thursday for talks with King Abdullah II."}) {
    met = OfType(Extract(body, "2017-12-06"), RelationType::kMet);
    ASSERT_EQ(met.size(), 1u) << body;
    EXPECT_EQ(met[0]->modality, "planned") << body;
  }
  met = OfType(Extract("Kim Jong Un had revealed plans to shut down the nuclear test site during his summit with "
                       "Moon Jae-in last month.",
                       "2018-05-14"),
               RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0]->modality, "asserted");

  DocumentExtraction cancelled = Extract("Donald Trump cancelled his meeting with Vladimir Putin.", "2018-11-30");
  met = OfType(cancelled, RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0]->modality, "cancelled");
  EXPECT_EQ(Pairs(cancelled, RelationType::kMet), Strings{"P:donald_trump P:vladimir_putin"});
  met = OfType(Extract("Nancy Pelosi skipped a White House meeting with Donald Trump.", "2017-11-28"), RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0]->modality, "cancelled");

  // A plan right after the names of a meeting noun's people, past a comma; not past a purpose.
  for (const std::string body : {"Donald Trump's summit with Kim Jong Un set for June 12 is in doubt.",
                                 "The summit between Donald Trump and Kim Jong Un, planned for June, is in doubt."}) {
    met = OfType(Extract(body, "2018-05-14"), RelationType::kMet);
    ASSERT_EQ(met.size(), 1u) << body;
    EXPECT_EQ(met[0]->modality, "planned") << body;
  }
  met = OfType(Extract("Vladimir Putin waited until after the talks with Sergey Lavrov to invite Rex Tillerson.",
                       "2017-04-12"),
               RelationType::kMet);
  ASSERT_FALSE(met.empty());
  EXPECT_EQ(met[0]->modality, "asserted");
}

TEST_F(RelateTest, PhoneCallIsAContactNotAMeeting) {
  for (const std::string body : {"Michael Flynn spoke with Sergey Kislyak by phone in December.",
                                 "Michael Flynn called Sergey Kislyak in December."}) {
    DocumentExtraction x = Extract(body, "2017-02-14");
    EXPECT_TRUE(OfType(x, RelationType::kMet).empty()) << body;
    EXPECT_EQ(Pairs(x, RelationType::kContacted), Strings{"P:michael_flynn P:sergey_kislyak"}) << body;
  }
}

TEST_F(RelateTest, MeetingWordInsideAQuotationIsNotAMeeting) {
  DocumentExtraction x = Extract("\"I did not meet with Sergey Kislyak about the campaign,\" Jeff Sessions said.");
  EXPECT_TRUE(OfType(x, RelationType::kMet).empty());
  EXPECT_EQ(OfType(x, RelationType::kSaid).size(), 1u);
}

// --- SAID -------------------------------------------------------------------

TEST_F(RelateTest, QuoteThenNameThenVerb) {
  DocumentExtraction x = Extract("\"I did not meet with the ambassador about the campaign,\" Jeff Sessions said.");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:jeff_sessions");
  EXPECT_EQ(said[0]->target, -1);
  EXPECT_TRUE(said[0]->direct);
  EXPECT_NE(said[0]->quote.find("I did not meet with the ambassador about the campaign"), std::string::npos);
  EXPECT_EQ(said[0]->evidence.trigger, "said");
}

TEST_F(RelateTest, NameVerbColonQuote) {
  DocumentExtraction x = Extract("Jeff Sessions said: \"I did not meet with the ambassador about the campaign.\"");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:jeff_sessions");
  EXPECT_EQ(said[0]->quote, "I did not meet with the ambassador about the campaign.");
}

TEST_F(RelateTest, QuoteThenVerbThenName) {
  DocumentExtraction x = Extract("“I did not meet with the ambassador about the campaign,” said Jeff Sessions.");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:jeff_sessions");
  EXPECT_NE(said[0]->quote.find("about the campaign"), std::string::npos);
}

TEST_F(RelateTest, APrepositionalPhraseOpeningTheSentenceHoldsNoSubject) {
  // "In a letter to Comey, Trump ...": Trump is the subject "He" goes back to.
  DocumentExtraction x = Extract("In a letter to James Comey on Tuesday, Donald Trump fired the director. He said "
                                 "\"it was time.\"");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:donald_trump");
  // A verb after a name set off by commas makes the name the subject.
  x = Extract("Donald Trump tweeted. On Sunday, Sen. Lindsey Graham, R-S.C., warned Trump. \"You tweet at your own "
              "peril,\" he said.");
  said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:lindsey_graham");
  // Its owner pronoun is the main clause's subject's, unless a clause of its own names another before it.
  EXPECT_EQ(Pairs(Extract("Barack Obama spoke first. In his meeting with Sergey Lavrov, Donald Trump went off script."),
                  RelationType::kMet),
            Strings{"P:donald_trump P:sergey_lavrov"});
  EXPECT_EQ(Pairs(Extract("In a press conference after Donald Trump left ahead of his meeting with Kim Jong Un, Justin "
                          "Trudeau said Canada would retaliate."),
                  RelationType::kMet),
            Strings{"P:donald_trump P:kim_jong_un"});
}

TEST_F(RelateTest, QuoteSplitByItsAttributionGivesTwoStatements) {
  DocumentExtraction x =
      Extract("\"I want to be very clear,\" Jeff Sessions said, \"that I answered the question I was asked.\"");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 2u);
  EXPECT_EQ(Id(x, said[0]->source), "P:jeff_sessions");
  EXPECT_EQ(Id(x, said[1]->source), "P:jeff_sessions");
  EXPECT_NE(said[0]->quote.find("I want to be very clear"), std::string::npos);
  EXPECT_NE(said[1]->quote.find("that I answered the question I was asked"), std::string::npos);
}

TEST_F(RelateTest, PronounSpeaker) {
  DocumentExtraction x = Extract(
      "Jeff Sessions spoke to reporters on Thursday. \"I did not meet with the ambassador about the campaign,\" he said.");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:jeff_sessions");
  // A pronoun alone adds no entity mention.
  for (const ExtractedEntity& e : x.entities) {
    for (const ExtractedMention& m : e.mentions) EXPECT_NE(x.document.text.substr(m.start, m.end - m.start), "he");
  }
}

TEST_F(RelateTest, QuoteParagraphContinuesThePreviousSpeaker) {
  DocumentExtraction x = Extract(
      "Jeff Sessions said: \"I did not meet with the ambassador about the campaign.\"\n\n"
      "\"Those meetings were about my work on the Armed Services Committee.\"");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 2u);
  EXPECT_EQ(Id(x, said[1]->source), "P:jeff_sessions");
  EXPECT_NE(said[1]->quote.find("Those meetings were about my work"), std::string::npos);
}

TEST_F(RelateTest, ContinuationStopsAfterAParagraphWithoutQuotes) {
  DocumentExtraction x = Extract(
      "Jeff Sessions said: \"I did not meet with the ambassador about the campaign.\"\n\n"
      "The hearing went on for hours.\n\n"
      "\"Those meetings were about my work on the Armed Services Committee.\"");
  EXPECT_EQ(OfType(x, RelationType::kSaid).size(), 1u);
}

TEST_F(RelateTest, ScareQuoteIsNotAStatement) {
  DocumentExtraction x = Extract("Jeff Sessions called the inquiry a \"witch hunt\" on Friday.");
  // No direct quote of "witch hunt"; the sentence is reported speech holding it.
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) {
    EXPECT_FALSE(r->direct);
    EXPECT_EQ(r->quote, "the inquiry a \"witch hunt\" on Friday");
    EXPECT_EQ(r->evidence.rule, "reported-frame");
  }
}

TEST_F(RelateTest, QuoteAttributionShapes) {
  DocumentExtraction x = Extract(
      "Brian Fallon spoke first.\n\n"
      "\"We will win this race in November, no doubt,\" said Fallon.\n\n"
      "\"We were there under legitimate pretenses,\" Figueroa told USA Today.\n\n"
      "\"I will make this promise to you tonight,\" Tulsa police Chief Chuck Jordan said Monday.\n\n"
      "\"The most unqualified child to ever run.\" \u2015 Francisco Herrero\n\n"
      "\"I am proud of you all,\" Mr. Clarke told the miners.\n\n"
      "Pompeo thanked him and said, \"I have nothing much to add today.\"\n");
  std::map<std::string, std::string> speaker_of;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) speaker_of[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(speaker_of["We will win "], "P:x_brian_fallon");
  EXPECT_EQ(speaker_of["We were ther"], "P:x_figueroa");
  EXPECT_EQ(speaker_of["I will make "], "P:x_chuck_jordan");
  EXPECT_EQ(speaker_of["The most unq"], "P:x_francisco_herrero");
  EXPECT_EQ(speaker_of["I am proud o"], "P:x_clarke");
  EXPECT_EQ(speaker_of["I have nothi"], "P:mike_pompeo");
}

TEST_F(RelateTest, QuoteAttributionNewsShapes) {
  DocumentExtraction x = Extract(
      "\"They are trying to slap us in the face,\" Quina Jones, 25, said as she walked.\n\n"
      "Said Quillfeather: \"I do not get the sense she is interested in reform.\"\n\n"
      "\u201dMr. Trump embodies the lasting legacy of racism here.\u201d \u2015 Sonya Herridge\n\n"
      "\u201cAs a young woman I would rather live in what he calls \u201chell\u201d than this.\u201d \u2015 Adriana Rodarte\n\n"
      "\u201cWe started building the wall.\u201d \u2013 Lexington, Kentucky; Oct. 13\n\n"
      "\"It is all about creating some enthusiasm,\" Mr. King added.\n\n"
      "\"The impact of the debate is still small,\" wrote Cameron Easley for Morning Consult.\n\n"
      "Jeff Sessions appeared on CNN's \"State of the Union,\" and said nothing new.\n");
  std::map<std::string, std::string> speaker_of;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) speaker_of[r->quote.substr(0, 12)] = Id(x, r->source);
  EXPECT_EQ(speaker_of["They are try"], "P:x_quina_jones");
  EXPECT_EQ(speaker_of["I do not get"], "P:x_quillfeather");
  EXPECT_EQ(speaker_of["Mr. Trump em"], "P:x_sonya_herridge");
  EXPECT_EQ(speaker_of["As a young w"], "P:x_adriana_rodarte");  // the nested quotation stays inside
  EXPECT_EQ(speaker_of["It is all ab"], "P:x_king");              // "Mr. King" is no king
  EXPECT_EQ(speaker_of["The impact o"], "P:x_cameron_easley");
  EXPECT_EQ(speaker_of.count("State of the"), 0u);  // a programme's title is no statement
  EXPECT_EQ(speaker_of.count("We started b"), 0u);  // a town and its state: where it was said
}

TEST_F(RelateTest, HonorificSpeakerAfterAQuoteIsTheKnownPerson) {
  DocumentExtraction x = Extract(
      "Sergey Kislyak spoke on Russian television.\n\n"
      "\u201cFirst, I am never going to do that,\u201d Mr. Kislyak responded.\n");
  std::vector<const ExtractedRelation*> said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:sergey_kislyak");  // not a new "Kislyak" beside him
}

TEST_F(RelateTest, ASurnameTheDocumentNamedInFullSpeaksForThatPerson) {
  // Newt Gingrich is known from the congress import only (as Newton Gingrich): a bare
  // surname in a speaker slot stays a namesake of the lists unless the document named him.
  DocumentExtraction x = Extract(
      "Headline\n\n"
      "Former House Speaker Newt Gingrich spoke in Philadelphia.\n\n"
      "\"You have theft in Philadelphia,\" Gingrich said.\n\n"
      "\"It is a strategy,\" Mr. Gingrich added.\n");
  std::vector<const ExtractedRelation*> said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 2u);
  EXPECT_EQ(Id(x, said[0]->source), "P:newton_gingrich");
  EXPECT_EQ(Id(x, said[1]->source), "P:newton_gingrich");
}

TEST_F(RelateTest, AnHonorificOrAFirstPersonIsNoName) {
  DocumentExtraction x = Extract(
      "Headline\n\n"
      "\"We will see,\" Mr. Sanders said of Mr. Obama.\n\n"
      "\"I am not sure,\" I said. My dad and I knew it was coming.\n\n"
      "King Juan Carlos I of Spain abdicated.\n");
  for (const ExtractedEntity& e : x.entities) {
    EXPECT_NE(e.id, "P:x_mr");
    EXPECT_NE(e.id, "P:x_i");  // nor the "I" of "Juan Carlos I" for short
  }
}

TEST_F(RelateTest, AQuotedSloganOrANewspaperIsNoPerson) {
  DocumentExtraction x = Extract(
      "Headline\n\n"
      "He wore a hat with the slogan \u201cMake America Great Again.\u201d\n\n"
      "Supporters said \"America First\" was the theme at a Christian Science Monitor breakfast.\n");
  for (const ExtractedEntity& e : x.entities) EXPECT_NE(e.type, EntityType::kPerson) << e.id;
}

TEST_F(RelateTest, ATitleInQuotationMarksIsNoStatement) {
  // A book's title, however long, and a column's headline are nobody's words.
  DocumentExtraction x = Extract(
      "\u201cThe vote was close,\u201d said Joe Conason, author of \u201cMan of the World: The Further Endeavors of "
      "Bill Clinton.\u201d\n\nHillary Clinton wrote an op-ed called \"My Plan for Helping America's Poor.\"");
  std::vector<std::string> quotes;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) quotes.push_back(r->quote);
  EXPECT_EQ(quotes, std::vector<std::string>{"The vote was close,"});
  // A tweet in capitals, a sentence opened by one capital, and "He's through." are words someone said.
  for (const std::string body : {"Donald Trump tweeted: \"SEE YOU IN COURT, THE SECURITY OF OUR NATION IS AT STAKE!\"",
                                 "\"Game on,\" Bernie Sanders wrote.", "Mike Pence said: \"He's through.\""}) {
    EXPECT_EQ(OfType(Extract(body), RelationType::kSaid).size(), 1u) << body;
  }
  // After a word of markers `title`, a quotation that opens with a capital is a title or a slogan,
  // however it is written; one that opens in lower case goes on with the speaker's words.
  x = Extract("George Will wrote a column headlined, \"If Trump is nominated, the GOP must keep him out.\" "
              "Donald Trump ran with the slogan \"Make America Great Again.\"");
  EXPECT_TRUE(OfType(x, RelationType::kSaid).empty());
  x = Extract("\"The issues are not simple,\" Kamala Harris said, rejecting any slogan, \"but it is about the public.\"");
  EXPECT_EQ(OfType(x, RelationType::kSaid).size(), 2u);
}

TEST_F(RelateTest, AKnownNameGluedBeforeAnOrganizationsNameStartsIt) {
  DocumentExtraction x = Extract(
      "Headline\n\n"
      "He studied at Ohio State University. A U.S. District Court judge ruled.\n\n"
      "Donald Trump met Shinzo Abe at the Trump National Golf Club.\n");
  std::set<std::string> ids;
  for (const ExtractedEntity& e : x.entities) ids.insert(e.id);
  for (const char* id : {"ORG:x_ohio_state_university", "ORG:x_u_s_district_court", "ORG:x_trump_national_golf_club",
                         "P:donald_trump"}) {
    EXPECT_EQ(ids.count(id), 1u) << id;
  }
  EXPECT_EQ(ids.count("LOC:ohio"), 0u);
  for (const ExtractedEntity& e : x.entities) {
    if (e.id == "P:donald_trump") EXPECT_EQ(e.mentions.size(), 1u);  // not the club's "Trump"
  }
}

TEST_F(RelateTest, AListedSurnameBeforeOfAndACapitalIsPartOfAnotherName) {
  // Frank Church is known from the congress import only: "the Church of the Holy Sepulchre"
  // is no mention of him, "Grassley of Iowa" still is the senator.
  DocumentExtraction x = Extract(
      "Headline\n\n"
      "Netanyahu visited the Church of the Holy Sepulchre.\n\n"
      "Sen. Chuck Grassley spoke. Grassley of Iowa said he agreed.\n");
  size_t grassley = 0;
  for (const ExtractedEntity& e : x.entities) {
    EXPECT_NE(e.id, "P:frank_church");
    if (e.id == "P:chuck_grassley") grassley = e.mentions.size();
  }
  EXPECT_GE(grassley, 2u);
}

TEST_F(RelateTest, ABareSurnameIsNotSomeoneTheNewsCallsByTheGivenName) {
  // In 2017 Donald and Melania Trump both hold an office; she has bare_surname=no.
  DocumentExtraction x = ExtractBody("Trump visited Paris with Netanyahu.", "2017-05-19");
  std::set<std::string> ids;
  for (const ExtractedEntity& e : x.entities) ids.insert(e.id);
  EXPECT_EQ(ids.count("P:donald_trump"), 1u);
  EXPECT_EQ(ids.count("P:melania_trump"), 0u);
  // Only the bare surname: "Trump Jr." is still Donald Trump Jr.
  DocumentExtraction y = ExtractBody("\"It was nothing,\" Trump Jr. said.", "2017-07-11");
  ASSERT_EQ(y.entities.size(), 1u);
  EXPECT_EQ(y.entities[0].id, "P:donald_trump_jr");
}

TEST_F(RelateTest, ATitleOrHonorificOutweighsAFullNameOfANamesake) {
  // Melania Trump is named in full; "President Trump", "Mr. Trump" and a bare
  // "Trump" are still Donald Trump.
  DocumentExtraction x = ExtractBody(
      "Iran urged the Europeans to convince President Trump to stay in the deal. "
      "Mr. Trump and first lady Melania Trump will host the French president. "
      "Mr. Macron hosted Trump in Paris for Bastille Day.",
      "2018-04-23");
  std::map<std::string, size_t> mentions;
  for (const ExtractedEntity& e : x.entities) mentions[e.id] = e.mentions.size();
  EXPECT_EQ(mentions["P:donald_trump"], 3u);
  EXPECT_EQ(mentions["P:melania_trump"], 1u);
}

TEST_F(RelateTest, AMonthAfterInOrUntilIsNoPerson) {
  DocumentExtraction x = ExtractBody(
      "Theresa May spoke in London. A study published in May reported that the summit is delayed until May. "
      "Ministers in May's cabinet agreed.",
      "2018-08-14");
  std::map<std::string, size_t> mentions;
  for (const ExtractedEntity& e : x.entities) mentions[e.id] = e.mentions.size();
  EXPECT_EQ(mentions["P:theresa_may"], 2u);  // the full name and "May's"
  EXPECT_EQ(mentions.count("P:x_may"), 0u);
}

TEST_F(RelateTest, AFunctionWordAfterADashIsNoSpeaker) {
  DocumentExtraction x = ExtractBody(
      "More: Bob Woodward book, \"Fear: Trump in the White House\" \u2014 The 5 most explosive claims\n\n"
      "Donald Trump spoke.",
      "2018-09-10");
  for (const ExtractedEntity& e : x.entities) EXPECT_NE(e.id, "P:x_the");
}

TEST_F(RelateTest, ReportedSpeechShapes) {
  DocumentExtraction x = Extract(
      "Donald Trump unleashed a series of tweets saying that Machado was \"disgusting\" and \"a con\" and "
      "encouraged Americans to watch.\n\n"
      "Politifact checked Donald Trump's claim that there have been \"thousands of shootings\" in Chicago.\n\n"
      "According to Rush Limbaugh, the move reeks of \"fear\" and desperation.\n\n"
      "Chris Christie described Hillary Clinton as a \"disgrace,\" citing her remarks.\n\n"
      "Russia insisted that Pyongyang \"stop its dangerous escapades.\"\n");
  std::map<std::string, std::string> said;
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) {
    if (!r->direct) said[r->quote] = Id(x, r->source);
  }
  // The reported words end at the clause's first break after a quotation.
  EXPECT_EQ(said["Machado was \"disgusting\" and \"a con\""], "P:donald_trump");
  EXPECT_EQ(said["there have been \"thousands of shootings\" in Chicago"], "P:donald_trump");
  EXPECT_EQ(said["the move reeks of \"fear\""], "P:rush_limbaugh");
  EXPECT_EQ(said["Hillary Clinton as a \"disgrace,\""], "P:chris_christie");
  EXPECT_EQ(said["Pyongyang \"stop its dangerous escapades.\""], "LOC:russia");
}

TEST_F(RelateTest, ReportedSpeechIsIndirect) {
  DocumentExtraction x = Extract("Donald Trump said he is making \"a demand\" of Obama at the rally.");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_FALSE(said[0]->direct);
  EXPECT_EQ(said[0]->quote, "he is making \"a demand\" of Obama at the rally");
  EXPECT_EQ(Id(x, said[0]->source), "P:donald_trump");
  // Without a quotation, reported speech is kept only on request.
  EXPECT_TRUE(OfType(Extract("Donald Trump said he would win the state easily."), RelationType::kSaid).empty());
}

TEST_F(RelateTest, QuoteInTheHeadlineIsNotAStatement) {
  DocumentExtraction x = SharedPipeline().Extract(
      MakeDocument("doc", "\"We did nothing wrong here,\" Jeff Sessions says\n\nThe hearing went on.\n", "2017-03-02"));
  EXPECT_TRUE(OfType(x, RelationType::kSaid).empty());
}

TEST_F(RelateTest, AMeetingTalkedOfIsHypothetical) {
  for (const char* body : {"Dmitry Peskov held out the possibility of a meeting between Vladimir Putin and Donald Trump.",
                           "Moon Jae-in raised the idea of a meeting between Donald Trump and Kim Jong Un."}) {
    DocumentExtraction x = Extract(body);
    auto met = OfType(x, RelationType::kMet);
    ASSERT_EQ(met.size(), 1u) << body;
    EXPECT_EQ(met[0]->modality, "hypothetical") << body;
  }
}

// --- HOLDS_OFFICE and MEMBER_OF ----------------------------------------------

TEST_F(RelateTest, FormerTitleHoldsOffice) {
  DocumentExtraction x = Extract("He spoke with former national security adviser Michael Flynn.", "2017-12-01");
  auto holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_EQ(Id(x, holds[0]->source), "P:michael_flynn");
  EXPECT_EQ(x.entities[static_cast<size_t>(holds[0]->target)].type, EntityType::kOffice);
  EXPECT_TRUE(holds[0]->former);
  nlohmann::json j = ExtractionToJson(x, false);
  EXPECT_EQ(j["relations"][0]["former"], true);
}

TEST_F(RelateTest, CurrentTitleHoldsOffice) {
  DocumentExtraction x = Extract("Attorney General Jeff Sessions met Sergey Kislyak.");
  auto holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_EQ(Id(x, holds[0]->source), "P:jeff_sessions");
  EXPECT_EQ(Id(x, holds[0]->target), "OFF:us_attorney_general");
  EXPECT_FALSE(holds[0]->former);
  // The title is not a participant of its own: one meeting, between the two people.
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:jeff_sessions P:sergey_kislyak"});
}

// A cue of former.txt inside an owner's title ("Russia's ambassador"), or
// between the owner and a title set off before the name.
TEST_F(RelateTest, CueAfterTheOwnersPossessiveKeepsTheTitle) {
  for (const char* body : {"Flynn spoke with Russia's then-ambassador, Sergey Kislyak, in December.",
                           "Flynn spoke with Russia's former ambassador Sergey Kislyak in December."}) {
    DocumentExtraction x = Extract(body, "2018-06-01");
    auto holds = OfType(x, RelationType::kHoldsOffice);
    ASSERT_EQ(holds.size(), 1u) << body;
    EXPECT_EQ(Id(x, holds[0]->source), "P:sergey_kislyak");
    EXPECT_EQ(Id(x, holds[0]->target), "OFF:russian_ambassador_to_us");
    EXPECT_TRUE(holds[0]->former) << body;
  }
  DocumentExtraction x = Extract("Trump's outgoing national security adviser, H.R. McMaster, spoke.", "2018-03-01");
  auto holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_EQ(Id(x, holds[0]->source), "P:hr_mcmaster");
  EXPECT_TRUE(holds[0]->former);
}

TEST_F(RelateTest, AnOrganizationATitleSpellsOutIsNamed) {
  // The Special Counsel's office is the title's organization; the Justice Department is named too.
  const std::string body = "Manafort surrendered to Justice Department special counsel Robert Mueller.";
  DocumentExtraction x = Extract(body);
  auto doj = std::find_if(x.entities.begin(), x.entities.end(),
                          [](const ExtractedEntity& e) { return e.id == "ORG:department_of_justice"; });
  ASSERT_NE(doj, x.entities.end());
  ASSERT_EQ(doj->mentions.size(), 1u);
  const std::string text = "Headline\n\n" + body + "\n";
  EXPECT_EQ(text.substr(doj->mentions[0].start, doj->mentions[0].end - doj->mentions[0].start), "Justice Department");
}

TEST_F(RelateTest, AnOfficeAfterAnIndefiniteArticleNamesNoOneUnlessItHasAHolder) {
  auto has_office = [](const DocumentExtraction& x) {
    return std::any_of(x.entities.begin(), x.entities.end(),
                       [](const ExtractedEntity& e) { return e.id == "OFF:us_district_judge"; });
  };
  EXPECT_FALSE(has_office(Extract("A federal judge ordered home confinement for Paul Manafort.")));
  DocumentExtraction x = Extract("Tom Quillfeather, a federal judge, ordered home confinement for Paul Manafort.");
  EXPECT_TRUE(has_office(x));
  EXPECT_EQ(OfType(x, RelationType::kHoldsOffice).size(), 1u);
}

TEST_F(RelateTest, PluralMeetingNounPairsNobodyAfterIt) {
  // meeting.tsv `nouns`: one meeting with each person named after "meetings".
  DocumentExtraction x = Extract(
      "Jared Kushner had meetings with Sergey Kislyak and Sergey Gorkov in December.");
  EXPECT_EQ(Pairs(x, RelationType::kMet),
            (Strings{"P:jared_kushner P:sergey_gorkov", "P:jared_kushner P:sergey_kislyak"}));
  DocumentExtraction trip = Extract(
      "The trip includes meetings with Prime Minister Theresa May and President Vladimir Putin.");
  EXPECT_TRUE(Pairs(trip, RelationType::kMet).empty());
}

TEST_F(RelateTest, ANameAfterOnIsATopicNotAParticipant) {
  DocumentExtraction x = Extract(
      "Donald Trump Jr. took a meeting with Natalia Veselnitskaya promising dirt on Hillary Clinton.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:donald_trump_jr P:natalia_veselnitskaya"});
  x = Extract("Jared Kushner met with Sergey Kislyak and Michael Flynn on Donald Trump's orders.");
  EXPECT_EQ(Pairs(x, RelationType::kMet),
            (Strings{"P:jared_kushner P:michael_flynn", "P:jared_kushner P:sergey_kislyak",
                     "P:michael_flynn P:sergey_kislyak"}));
}

TEST_F(RelateTest, AHostedThingsOwnerIsNoGuest) {
  EXPECT_TRUE(Pairs(Extract("Ted Cruz hosted his hearing at the Senate and Donald Trump enjoys few things better."),
                    RelationType::kMet)
                  .empty());
  EXPECT_TRUE(
      Pairs(Extract("Patrick Leahy escorts Loretta Lynch back from a lunch break."), RelationType::kMet).empty());
}

TEST_F(RelateTest, ANameAndACopulaAfterTheObjectsOpenAClauseOfTheirOwn) {
  EXPECT_TRUE(
      Pairs(Extract("Steve Bannon attended one meeting of the Principals Committee and Michael Flynn was fired."),
            RelationType::kMet)
          .empty());
  // After a person's name the list goes on.
  EXPECT_EQ(Pairs(Extract("A meeting between Kim Jong Un and Donald Trump is in the works."), RelationType::kMet),
            Strings{"P:donald_trump P:kim_jong_un"});
}

TEST_F(RelateTest, ASubjectPronounAfterCommaAndOpensAClause) {
  // "she" stands for nobody named: neither Bush took part in what she hosted.
  EXPECT_EQ(Pairs(Extract("The queen received George W. Bush and Laura Bush in 2008, and she hosted Ronald Reagan "
                          "and Nancy Reagan in 1982."),
                  RelationType::kMet),
            Strings{"P:ronald_reagan P:x_nancy_reagan"});
}

TEST_F(RelateTest, ASubjectPronounAfterAMeetingVerbIsNoObject) {
  // "he" opens a clause of its own ("a candidate he didn't like"): Trump met nobody here.
  EXPECT_TRUE(Pairs(Extract("Donald Trump listened to Steve Bannon, who never met a candidate he didn't like."),
                    RelationType::kMet)
                  .empty());
  // After "meeting" the pronoun can be its subject.
  EXPECT_EQ(Pairs(Extract("Michael Flynn was there. In one December meeting at Trump Tower, he and Jared Kushner "
                          "talked to Sergey Kislyak."),
                  RelationType::kMet),
            Strings{"P:jared_kushner P:michael_flynn"});
}

TEST_F(RelateTest, AnOpeningAsClauseTakesNoPartInTheMainClausesMeeting) {
  EXPECT_EQ(Pairs(Extract("As Richard Burr and Mark Warner stood together, Devin Nunes met with Donald Trump."),
                  RelationType::kMet),
            Strings{"P:devin_nunes P:donald_trump"});
  // An opening role is no clause of its own.
  EXPECT_EQ(Pairs(Extract("As secretary of state, Hillary Clinton met with Vladimir Putin."), RelationType::kMet),
            Strings{"P:hillary_clinton P:vladimir_putin"});
}

TEST_F(RelateTest, APronounsApostropheSIsNoOwner) {
  // "He's" is "he is": the pronoun is the subject, not an owner.
  EXPECT_EQ(Pairs(Extract("Donald Trump is in Britain. He's spending a few days here, including meeting with Prime "
                          "Minister Theresa May."),
                  RelationType::kMet),
            Strings{"P:donald_trump P:theresa_may"});
}

TEST_F(RelateTest, AnOwnerPronounAfterANamesNounAndOfIsThatNames) {
  EXPECT_EQ(Pairs(Extract("John Brennan criticized Donald Trump's handling of his meeting with Vladimir Putin."),
                  RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin"});
}

TEST_F(RelateTest, ARetiredSenatorIsNoLongerTheStatesSenator) {
  // tenures.tsv: Portman left the Senate in January 2023.
  const std::string text = "Rob Portman spoke at the plant. \"We will pass it,\" the Ohio senator said.";
  ASSERT_EQ(OfType(Extract(text, "2018-05-01"), RelationType::kSaid).size(), 1u);
  EXPECT_TRUE(OfType(Extract(text, "2024-05-01"), RelationType::kSaid).empty());
}

TEST_F(RelateTest, NameAfterANegationTakesNoPart) {
  DocumentExtraction x = Extract("Ronald Reagan was met by George Shultz and not Chancellor Helmut Kohl.");
  for (const std::string& pair : Pairs(x, RelationType::kMet)) EXPECT_EQ(pair.find("kohl"), std::string::npos) << pair;
}

TEST_F(RelateTest, SubjectPronounRightBeforeTheVerbIsItsWholeSubject) {
  DocumentExtraction x = Extract(
      "Sonny Perdue appointed Heidi Green to the post, a year after he personally met with Jared Kushner.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:jared_kushner P:sonny_perdue"});
}

TEST_F(RelateTest, AsWithANameAndAVerbOpensAnotherClause) {
  DocumentExtraction x = Extract(
      "Sen. John Kerry talks with Chuck Schumer as Secretary of State Hillary Clinton attends the hearing.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:chuck_schumer P:john_kerry"});
  x = Extract("John Kerry met Jeff Sessions as a senator in 2015.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:jeff_sessions P:john_kerry"});
}

TEST_F(RelateTest, ANameBeforeAnAffiliationNounTakesNoPart) {
  DocumentExtraction x = Extract("Carly Fiorina, a top Ted Cruz surrogate, has been meeting with Mike Pence since Friday.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:carly_fiorina P:mike_pence"});
}

TEST_F(RelateTest, SomeoneSeekingAPlaceIsNoMemberOfItButOfTheirParty) {
  DocumentExtraction x = Extract("Supreme Court nominee Brett Kavanaugh thanked Democratic hopeful Jon Ossoff.");
  EXPECT_EQ(Pairs(x, RelationType::kMemberOf), Strings{"P:jon_ossoff ORG:democratic_party"});
  x = Extract("Josh Hawley, the Missouri Senate candidate, spoke.");
  EXPECT_EQ(Pairs(x, RelationType::kMemberOf), Strings{});
}

TEST_F(RelateTest, AtAVenueIsWhereSomeoneWasNotWhoseMember) {
  DocumentExtraction x = Extract("Paul Ryan met with Barack Obama at the White House on Thursday.", "2016-06-09");
  EXPECT_TRUE(Pairs(x, RelationType::kMemberOf).empty());
  // "at" an organization that is no venue still names where someone works.
  x = Extract("Larry Levitt at the Kaiser Family Foundation said the plan falls short.", "2017-05-05");
  EXPECT_EQ(Pairs(x, RelationType::kMemberOf), Strings{"P:x_larry_levitt ORG:x_kaiser_family_foundation"});
}

TEST_F(RelateTest, PartyTagIsAMembership) {
  DocumentExtraction x = Extract("Rep. Jason Chaffetz (R-Utah) welcomed the recusal.");
  EXPECT_EQ(Pairs(x, RelationType::kMemberOf), Strings{"P:jason_chaffetz ORG:republican_party"});
}

// --- the evidence ----------------------------------------------------------

TEST_F(RelateTest, EveryRelationOfASampleHasEvidenceWithItsTrigger) {
  const std::string text = test::ReadFileText(test::kSourceDir + "/tests/samples/sessions-kislyak-recusal.txt");
  DocumentExtraction x = SharedPipeline().Extract(MakeDocument("sessions-kislyak-recusal", text, "2017-03-02"));
  ASSERT_GE(x.relations.size(), 5u);
  ExpectEvidenceHoldsTrigger(x);
  std::vector<RelationType> types;
  for (const ExtractedRelation& r : x.relations) types.push_back(r.type);
  for (RelationType t : {RelationType::kMet, RelationType::kSaid, RelationType::kReacted, RelationType::kHoldsOffice,
                         RelationType::kMemberOf}) {
    EXPECT_NE(std::find(types.begin(), types.end(), t), types.end()) << RelationTypeName(t);
  }
}

}  // namespace
}  // namespace newsgraph
