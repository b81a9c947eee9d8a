// Relations at news quality (issue 4): the shapes meetings, reactions, offices
// and memberships take in news copy, one test per shape. The sentences are
// written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ingest/document.h"
#include "pipeline/extraction_json.h"
#include "pipeline/pipeline.h"
#include "relate/relator.h"
#include "store/index_file.h"
#include "extraction_fixture.h"

namespace newsgraph {
namespace {

using Strings = std::vector<std::string>;

class RelationsQualityTest : public test::ExtractionTest {
 protected:
  static DocumentExtraction Extract(const std::string& body, const std::string& date = "2017-03-02") {
    return ExtractBody(body, date);
  }

  // "a b" per relation of `type` (a MET pair sorted), with " !" when negated
  // and " ~modality" when not asserted.
  static Strings Pairs(const DocumentExtraction& x, RelationType type) {
    Strings out;
    for (const ExtractedRelation* r : OfType(x, type)) {
      std::string a = Id(x, r->source), b = Id(x, r->target);
      if ((type == RelationType::kMet || type == RelationType::kContacted) && b < a) std::swap(a, b);
      std::string s = a + " " + b;
      if (r->negated) s += " !";
      if (r->modality != "asserted") s += " ~" + r->modality;
      out.push_back(s);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // "source target polarity" per REACTED, sorted.
  static Strings Reactions(const DocumentExtraction& x) {
    Strings out;
    for (const ExtractedRelation* r : OfType(x, RelationType::kReacted)) {
      out.push_back(Id(x, r->source) + " " + Id(x, r->target) + " " + r->polarity);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
};

// --- MET ---------------------------------------------------------------------

TEST_F(RelationsQualityTest, MeetingCarriesItsDateAndPlace) {
  DocumentExtraction x = Extract("Jared Kushner met Sergey Kislyak at Trump Tower in December.");
  auto met = OfType(x, RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0]->evidence.when, "in December");
  EXPECT_EQ(met[0]->evidence.where, "at Trump Tower");
  nlohmann::json j = ExtractionToJson(x, false);
  EXPECT_EQ(j["relations"][0]["evidence"]["when"], "in December");
  EXPECT_EQ(j["relations"][0]["evidence"]["where"], "at Trump Tower");
}

TEST_F(RelationsQualityTest, DateWithDayAndYearAndRelativeDates) {
  DocumentExtraction x = Extract("Rex Tillerson held talks with Sergey Lavrov on Dec. 28, 2016, in Moscow.");
  auto met = OfType(x, RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0]->evidence.when, "on Dec. 28, 2016");
  x = Extract("Mike Pompeo sat down with Kim Yong Chol last week.");
  met = OfType(x, RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0]->evidence.when, "last week");
  EXPECT_EQ(met[0]->evidence.where, "");
}

TEST_F(RelationsQualityTest, APersonIsNotAPlace) {
  DocumentExtraction x = Extract("Sergey Kislyak was met by Jeff Sessions at the convention in Cleveland.");
  auto met = OfType(x, RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0]->evidence.where, "in Cleveland");
}

TEST_F(RelationsQualityTest, ModifiersAreNeitherDatesNorPlaces) {
  DocumentExtraction x = Extract("Jared Kushner met Sergey Kislyak after Monday's hearing at a Trump-owned hotel.");
  auto met = OfType(x, RelationType::kMet);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0]->evidence.when, "");
  EXPECT_EQ(met[0]->evidence.where, "");
}

TEST_F(RelationsQualityTest, CoordinatedSubjectsAndObjectsGiveAllPairs) {
  DocumentExtraction x = Extract("Michael Flynn and Jared Kushner met with Sergey Kislyak, Carter Page and Paul Manafort.");
  Strings people{"P:carter_page", "P:jared_kushner", "P:michael_flynn", "P:paul_manafort", "P:sergey_kislyak"};
  Strings want;
  for (size_t i = 0; i < people.size(); ++i) {
    for (size_t j = i + 1; j < people.size(); ++j) want.push_back(people[i] + " " + people[j]);
  }
  EXPECT_EQ(Pairs(x, RelationType::kMet), want);
}

TEST_F(RelationsQualityTest, AMeetingsObjectMayBeNamedAfterItsDescription) {
  DocumentExtraction x = Extract("Jeff Sessions met with the Russian diplomat, Sergey Kislyak, in September.", "2017-11-14");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:jeff_sessions P:sergey_kislyak"});
  // Not a new clause's subject, which a punctuation mark does not close.
  x = Extract("Jeff Sessions met with the senator, but Sergey Kislyak was not there.", "2017-11-14");
  EXPECT_TRUE(Pairs(x, RelationType::kMet).empty());
  // A list after "including" (markers `object-link`) names the objects.
  x = Extract("Donald Trump met with a handful of Republican senators, including Tom Cotton and David Perdue.",
              "2018-01-10");
  EXPECT_EQ(Pairs(x, RelationType::kMet),
            (Strings{"P:david_perdue P:donald_trump", "P:david_perdue P:tom_cotton", "P:donald_trump P:tom_cotton"}));
  // Not after a trigger with no preposition for an object.
  x = Extract("The encounter will show how the former leaders, including Barack Obama and Bill Clinton, forged ties.");
  EXPECT_TRUE(Pairs(x, RelationType::kMet).empty());
}

TEST_F(RelationsQualityTest, AnAppositionIsNotAList) {
  DocumentExtraction x = Extract("Jared Kushner met Sergey Kislyak, Donald Trump said.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:jared_kushner P:sergey_kislyak"});
}

TEST_F(RelationsQualityTest, HeldTalksAndSatDownWith) {
  EXPECT_EQ(Pairs(Extract("Rex Tillerson held talks with Sergey Lavrov."), RelationType::kMet),
            Strings{"P:rex_tillerson P:sergey_lavrov"});
  EXPECT_EQ(Pairs(Extract("Mike Pompeo sat down with Kim Yong Chol."), RelationType::kMet),
            Strings{"P:kim_yong_chol P:mike_pompeo"});
}

TEST_F(RelationsQualityTest, NeitherNorPairsEachWithTheObjectOnly) {
  DocumentExtraction x = Extract("Neither Jeff Sessions nor Carter Page met Sergey Kislyak.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), (Strings{"P:carter_page P:sergey_kislyak !", "P:jeff_sessions P:sergey_kislyak !"}));
}

TEST_F(RelationsQualityTest, ANameQualifyingANounIsNoParticipant) {
  DocumentExtraction x = Extract(
      "Bernie Sanders stayed home. Robby Mook sat down with Jeff Weaver and other Sanders operatives.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:robby_mook P:x_jeff_weaver"});
  // Right before a meeting noun the name is a participant.
  x = Extract("Sergey Kislyak attended the Jeff Sessions meeting in July.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:jeff_sessions P:sergey_kislyak"});
}

TEST_F(RelationsQualityTest, APossessorIsTheOnlyParticipantBeforeAMeetingNoun) {
  // "Obama's visit to" is Obama's alone: Braun took no part.
  EXPECT_EQ(Pairs(Extract("Mike Braun is pouncing on Barack Obama's visit to Indiana."), RelationType::kMet),
            Strings{});
  EXPECT_EQ(Pairs(Extract("Chuck Schumer praised Donald Trump's summit with Kim Jong Un.", "2018-06-12"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:kim_jong_un"});
  // An owner we cannot name: nobody before it met Cohn.
  EXPECT_EQ(Pairs(Extract("Marc Short said the company's meeting with Gary Cohn went well."), RelationType::kMet),
            Strings{});
  // Nor does a name before a noun of affiliation ("Manafort aide Rick Gates"), nor an
  // owner pronoun before a name ("Her rival, Bernie Sanders").
  EXPECT_EQ(Pairs(Extract("Manafort aide Rick Gates met Konstantin Kilimnik.", "2018-03-01"), RelationType::kMet),
            Strings{"P:konstantin_kilimnik P:rick_gates"});
  EXPECT_EQ(Pairs(Extract("Hillary Clinton won. Her rival, Bernie Sanders, met with Barack Obama.", "2016-06-09"),
                  RelationType::kMet),
            Strings{"P:barack_obama P:bernie_sanders"});
  // A meeting talked about has nobody before "about" ("the Oval Office meeting" is a noun).
  EXPECT_EQ(Pairs(Extract("Susan Rice wrote a memo about the Oval Office meeting with James Comey.", "2017-01-20"),
                  RelationType::kMet),
            Strings{});
  // After a common noun and "of", a name owns whom the meeting was with.
  EXPECT_EQ(Pairs(Extract("Donald Trump met with the family of John McCain and with Shinzo Abe.", "2017-10-01"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:shinzo_abe"});
  // A subordinate clause after a meeting is past its participants.
  EXPECT_EQ(Pairs(Extract("John McCain met with Lindsey Graham before Donald Trump arrived.", "2017-01-20"),
                  RelationType::kMet),
            Strings{"P:john_mccain P:lindsey_graham"});
  // A photo credit ("NAME/AP") is nobody in the picture, and its agency nobody's employer.
  DocumentExtraction credit =
      Extract("Kirill Kudryavtsev/AP Hassan Rouhani and Vladimir Putin arrive after their summit.", "2018-09-07");
  EXPECT_EQ(Pairs(credit, RelationType::kMet), Strings{"P:hassan_rouhani P:vladimir_putin"});
  EXPECT_EQ(Pairs(credit, RelationType::kMemberOf), Strings{});
  // An owner of another noun, a preposition before the meeting word, owns no part of it.
  EXPECT_EQ(Pairs(Extract("Chuck Schumer criticized Donald Trump's performance at the summit.", "2018-07-17"),
                  RelationType::kMet),
            Strings{});
}

TEST_F(RelationsQualityTest, APossessorOwnsAMeetingPastItsModifiers) {
  // "Trump's own meeting": Moon, who briefs him before it, took no part.
  EXPECT_EQ(Pairs(Extract("Moon Jae-in will brief Donald Trump ahead of Trump's own meeting with Kim Jong Un.",
                          "2018-05-01"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:kim_jong_un ~planned"});
  // Not past a verb's form no noun has: the lawyers met Mueller, Trump did not.
  EXPECT_EQ(Pairs(Extract("Donald Trump's lawyers met with Robert Mueller last week.", "2018-03-01"),
                  RelationType::kMet),
            Strings{});
  // A time owns no meeting: its people are found as if it were not there.
  EXPECT_EQ(Pairs(Extract("Donald Trump used today's meeting with Vladimir Putin to praise him.", "2018-07-16"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin"});
  // A number modifies as a word does.
  EXPECT_EQ(Pairs(Extract("Mike Pompeo's 90-minute meeting with Kim Jong Un ended at noon.", "2018-05-09"),
                  RelationType::kMet),
            Strings{"P:kim_jong_un P:mike_pompeo"});
}

TEST_F(RelationsQualityTest, WhatSomethingElseIsOfTookNoPartInAMeetingNoun) {
  // "of" and a determiner before the meeting noun, past a place's name: Comey took no part.
  EXPECT_EQ(Pairs(Extract("James Comey blasted Donald Trump's handling of the Helsinki summit with Vladimir Putin.",
                          "2018-07-17"),
                  RelationType::kMet),
            Strings{});
  // Schumer is what the criticism is of.
  EXPECT_EQ(Pairs(Extract("Donald Trump repeated his criticism of Chuck Schumer after a meeting with Nancy Pelosi.",
                          "2018-01-10"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:nancy_pelosi"});
  // But an owner after "of" and a name right before the noun take part.
  EXPECT_EQ(Pairs(Extract("James Clapper confirmed the account of James Comey's January dinner with Donald Trump.",
                          "2017-05-12"),
                  RelationType::kMet),
            (Strings{"P:donald_trump P:james_comey"}));
}

TEST_F(RelationsQualityTest, AMeetingBetweenHasOnlyThePeopleAfterIt) {
  // "between" a few words after the noun, past a place, makes it a meeting between.
  EXPECT_EQ(Pairs(Extract("Joseph Mifsud arranged a meeting at a London cafe between George Papadopoulos and "
                          "Olga Polonskaya.",
                          "2016-03-24"),
                  RelationType::kMet),
            Strings{"P:george_papadopoulos P:x_olga_polonskaya"});
  EXPECT_EQ(Pairs(Extract("Sergey Lavrov discussed the summit between Donald Trump and Vladimir Putin.", "2018-07-20"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin"});
}

TEST_F(RelationsQualityTest, AnObjectOfAPrepositionBeforeAMeetingVerbTookNoPart) {
  EXPECT_EQ(Pairs(Extract("Donald Trump consulted with Henry Kissinger and sat down with Nikki Haley.", "2016-11-24"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:nikki_haley"});
}

TEST_F(RelationsQualityTest, WhoReportsAMeetingTookNoPart) {
  EXPECT_EQ(Pairs(Extract("Sean Spicer confirmed Paul Ryan is meeting with Donald Trump.", "2017-03-20"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:paul_ryan"});
  // Without a subject of its own, the reported meeting is the reporter's.
  EXPECT_EQ(Pairs(Extract("Donald Trump Jr. confirmed meeting Natalia Veselnitskaya."), RelationType::kMet),
            Strings{"P:donald_trump_jr P:natalia_veselnitskaya"});
  // Nor who a clause before the subject names.
  EXPECT_EQ(Pairs(Extract("A day after firing James Comey, Donald Trump met with Sergey Lavrov.", "2017-05-10"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:sergey_lavrov"});
  // A person the verb addresses is no subject: "asked Comey to ... during a meeting".
  EXPECT_EQ(Pairs(Extract("Donald Trump asked James Comey to drop the case during a meeting in February."),
                  RelationType::kMet),
            Strings{"P:donald_trump P:james_comey"});
  // Nor who the verb's "that" clause names before a meeting that something is "of".
  EXPECT_EQ(Pairs(Extract("Bob Corker added that Vladimir Putin was celebrating the outcome of the meeting.",
                          "2018-07-20"),
                  RelationType::kMet),
            Strings{});
  // "at the start of the talks" is a time in them: who is there took part.
  EXPECT_EQ(Pairs(Extract("Angela Merkel eased tension at the start of the talks by joking with Theresa May.",
                          "2019-04-11"),
                  RelationType::kMet),
            Strings{"P:angela_merkel P:theresa_may"});
  // "a one-on-one shot at Trump", "a one-on-one interview" are no meetings; "one-on-one with" is.
  EXPECT_EQ(Pairs(Extract("Ted Cruz wanted a one-on-one shot at Donald Trump."), RelationType::kMet), Strings{});
  EXPECT_EQ(Pairs(Extract("Barack Obama sat down one-on-one with Chris Van Hollen."), RelationType::kMet),
            Strings{"P:barack_obama P:chris_van_hollen"});
}

TEST_F(RelationsQualityTest, PeoplePlacedAtOneSummitMet) {
  // Each sentence places one person at the summit (markers `gathering`, `seat`).
  EXPECT_EQ(Pairs(Extract("Theresa May addressed the leaders at the start of the summit. "
                          "Summit chair Donald Tusk argued for a delay.",
                          "2019-04-11"),
                  RelationType::kMet),
            Strings{"P:donald_tusk P:theresa_may"});
  EXPECT_EQ(Pairs(Extract("Shinzo Abe met reporters on the sidelines of the summit. Donald Trump spoke at the summit.",
                          "2018-06-09"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:shinzo_abe"});
  // Confidence in a summit, or a plan, places nobody at it.
  EXPECT_EQ(Pairs(Extract("Moon Jae-in expressed confidence in the summit. Donald Trump spoke at the summit.",
                          "2018-05-01"),
                  RelationType::kMet),
            Strings{});
  EXPECT_EQ(Pairs(Extract("Theresa May will speak at the summit. Donald Tusk spoke at the summit.", "2019-04-11"),
                  RelationType::kMet),
            Strings{});
}

TEST_F(RelationsQualityTest, AnOfficeAfterAsIsARoleNotItsHolder) {
  // In 2017 the first lady is Melania Trump and the secretary of state Rex Tillerson.
  DocumentExtraction x =
      Extract("Hillary Clinton traveled as first lady and met Vladimir Putin as secretary of state.", "2017-06-01");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:hillary_clinton P:vladimir_putin"});
}

TEST_F(RelationsQualityTest, TwoMeetingVerbsShareTheSubjectNotTheObjects) {
  // Rivlin met Trump, not Netanyahu; an Israeli title is no US office.
  DocumentExtraction x = Extract(
      "Donald Trump met with Israeli President Reuven Rivlin and then sat down with Benjamin Netanyahu.", "2017-05-22");
  EXPECT_EQ(Pairs(x, RelationType::kMet),
            (Strings{"P:benjamin_netanyahu P:donald_trump", "P:donald_trump P:phx_reuven_rivlin"}));
  for (const ExtractedEntity& e : x.entities) EXPECT_NE(e.id, "OFF:us_president");
  // A meeting noun before the verb has no subject to share.
  x = Extract("Mike Pompeo's trip started with a visit to Tokyo, where he met with Shinzo Abe.", "2018-10-07");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:mike_pompeo P:shinzo_abe"});
}

TEST_F(RelationsQualityTest, AClauseWithoutASubjectSharesTheOneBefore) {
  DocumentExtraction x = Extract(
      "Jeff Sessions said he did not meet with Russian officials but later acknowledged meeting with "
      "Russian Ambassador Sergey Kislyak twice.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:jeff_sessions P:sergey_kislyak"});
  x = Extract("Mike Pence spoke to reporters while meeting with House Speaker Paul Ryan.", "2016-11-30");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:mike_pence P:paul_ryan"});
  // A clause with a subject of its own keeps it: the marchers, not Smith, greeted Nye.
  x = Extract("Lamar Smith mocked the march, but marchers greeted Bill Nye warmly.", "2017-04-22");
  EXPECT_TRUE(Pairs(x, RelationType::kMet).empty());
  // Nor does a contact verb share it ("while calling Kerry the worst negotiator" labels him).
  x = Extract("Donald Trump criticized the deal while calling John Kerry the worst negotiator.", "2017-08-10");
  EXPECT_TRUE(Pairs(x, RelationType::kContacted).empty());
}

TEST_F(RelationsQualityTest, AsBeforeTheNamesOpensTheMeetingsClause) {
  // Kim fired the missile; Abe and Trump met.
  DocumentExtraction x = Extract(
      "Kim Jong Un fired a missile over Japan as Shinzo Abe and Donald Trump met at Mar-a-Lago.", "2017-02-12");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:donald_trump P:shinzo_abe"});
  // So does a subordinator; Ignatius took no part.
  x = Extract("An official leaked it to David Ignatius two weeks before Sally Yates met with Don McGahn.", "2017-02-14");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:don_mcgahn P:sally_yates"});
}

TEST_F(RelationsQualityTest, APersonBeforeToIsTheSubjectOfAMeetingVerbWithAnObject) {
  // Trump asked; Pompeo met Netanyahu.
  DocumentExtraction x = Extract(
      "Donald Trump called Mike Pompeo and asked him to meet with Benjamin Netanyahu.", "2018-10-15");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:benjamin_netanyahu P:mike_pompeo"});
  // With no object, whom the inviter invited met the inviter.
  x = Extract("Donald Trump invited Kim Jong Un to meet him.", "2018-03-09");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:donald_trump P:kim_jong_un ~planned"});
}

TEST_F(RelationsQualityTest, AWeekdayAfterANameIsADate) {
  DocumentExtraction x = Extract("Ted Cruz met with Gov. Gary Herbert Saturday at an event.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:ted_cruz P:x_gary_herbert"});
}

TEST_F(RelationsQualityTest, AReactionNounIsNoReaction) {
  // "a question", "the chemical attack on": nouns; "an opportunity to question" would be a verb.
  EXPECT_EQ(Reactions(Extract("Donald Trump listens to a question from Jeff Sessions.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Vladimir Putin denied the chemical attack on Sergei Skripal.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Chuck Schumer criticized Jeff Sessions.")).size(), 1u);
}

TEST_F(RelationsQualityTest, AnIndefiniteOfficeIsNotItsHolder) {
  // In 2018 Robert Mueller is the special counsel; "another special counsel" is not him.
  DocumentExtraction x = Extract("Steve Scalise backs the appointment of another special counsel.", "2018-03-05");
  for (const ExtractedRelation* r : OfType(x, RelationType::kReacted)) EXPECT_NE(Id(x, r->target), "P:robert_mueller");
}

TEST_F(RelationsQualityTest, AFormerOfficeIsSomeoneWhoLeftIt) {
  // In 2018 Christopher Wray is the FBI director; "the former FBI director" is
  // the one the article names who left the office, or nobody.
  EXPECT_EQ(Reactions(Extract("James Comey spoke. The fired former FBI director castigated Donald Trump.", "2018-04-13")),
            Strings{"P:james_comey P:donald_trump -"});
  EXPECT_EQ(Reactions(Extract("The former FBI director castigated Donald Trump.", "2018-04-13")), Strings{});
  EXPECT_EQ(Reactions(Extract("The FBI director castigated Donald Trump.", "2018-04-13")),
            Strings{"P:christopher_wray P:donald_trump -"});
}

TEST_F(RelationsQualityTest, AnOrganizationQualifyingSomeoneUnnamedIsNoSideOfAReaction) {
  EXPECT_EQ(Reactions(Extract("A Democratic senator praised Donald Trump on Tuesday.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Donald Trump won praise from the Republican presidential nominee.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Donald Trump attacked a Republican senator.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Republican lawmakers praised Donald Trump.")),
            Strings{"ORG:republican_party P:donald_trump +"});
  EXPECT_EQ(Reactions(Extract("Democratic leader Chuck Schumer criticized Donald Trump.")),
            Strings{"P:chuck_schumer P:donald_trump -"});
  // With the name after the noun or a title, the reaction is about that person.
  EXPECT_EQ(Reactions(Extract("Donald Trump mocked the Republican congressman Mark Sanford.", "2018-06-12")),
            Strings{"P:donald_trump P:mark_sanford -"});
  EXPECT_EQ(Reactions(Extract("Donald Trump attacked GOP Rep. Sean Duffy.")), Strings{"P:donald_trump P:sean_duffy -"});
  // A party's name for one member, after a determiner, is someone unnamed too.
  EXPECT_EQ(Reactions(Extract("A Democrat criticized Donald Trump.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Ryan Zinke responded to criticism from the top Democrat on the committee.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Democrats criticized Donald Trump.")), Strings{"ORG:democratic_party P:donald_trump -"});
  // A person's name before such a noun qualifies someone else too; a function word is no modifier.
  EXPECT_EQ(Reactions(Extract("A Jeremy Corbyn appointee criticized Kim Darroch.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Steve Cohen wrote: \"I will oppose Donald Trump as nominee.\"")),
            Strings{"P:steve_cohen P:donald_trump -"});
}

TEST_F(RelationsQualityTest, AnOrganizationsPastTenseIsItsVerb) {
  // "the Oval Office meeting" is a noun; "The Justice Department praised" a verb.
  EXPECT_EQ(Reactions(Extract("The Justice Department praised Jeff Sessions on Tuesday.")),
            Strings{"ORG:department_of_justice P:jeff_sessions +"});
}

TEST_F(RelationsQualityTest, DeniedMeetingIsNegated) {
  EXPECT_EQ(Pairs(Extract("Jeff Sessions denied meeting Sergey Kislyak."), RelationType::kMet),
            Strings{"P:jeff_sessions P:sergey_kislyak !"});
  EXPECT_EQ(Pairs(Extract("Carter Page never met Paul Manafort."), RelationType::kMet),
            Strings{"P:carter_page P:paul_manafort !"});
}

TEST_F(RelationsQualityTest, PassiveMeetings) {
  EXPECT_EQ(Pairs(Extract("Sergey Kislyak was met by Jeff Sessions."), RelationType::kMet),
            Strings{"P:jeff_sessions P:sergey_kislyak"});
  DocumentExtraction x = Extract("Rex Tillerson was received by Vladimir Putin at the Kremlin.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:rex_tillerson P:vladimir_putin"});
  EXPECT_EQ(OfType(x, RelationType::kMet)[0]->evidence.where, "at the Kremlin");
}

TEST_F(RelationsQualityTest, AMeetingBetween) {
  DocumentExtraction x = Extract("There was a meeting between Donald Trump Jr. and Paul Manafort in June.");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:donald_trump_jr P:paul_manafort"});
  EXPECT_EQ(OfType(x, RelationType::kMet)[0]->evidence.when, "in June");
}

TEST_F(RelationsQualityTest, TheMeetingWhichSomeoneRequested) {
  EXPECT_EQ(Pairs(Extract("Jared Kushner attended the meeting, which Sergey Kislyak requested."), RelationType::kMet),
            Strings{"P:jared_kushner P:sergey_kislyak"});
}

TEST_F(RelationsQualityTest, PlannedCancelledAndHypotheticalMeetings) {
  EXPECT_EQ(Pairs(Extract("Donald Trump plans to meet Kim Jong Un next month."), RelationType::kMet),
            Strings{"P:donald_trump P:kim_jong_un ~planned"});
  EXPECT_EQ(Pairs(Extract("Donald Trump cancelled his summit with Kim Jong Un."), RelationType::kMet),
            Strings{"P:donald_trump P:kim_jong_un ~cancelled"});
  EXPECT_EQ(Pairs(Extract("If Donald Trump met Vladimir Putin, it would be news."), RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin ~hypothetical"});
  EXPECT_EQ(Pairs(Extract("Rex Tillerson is due to meet Donald Trump on Tuesday."), RelationType::kMet),
            Strings{"P:donald_trump P:rex_tillerson ~planned"});
  EXPECT_EQ(Pairs(Extract("Elijah Cummings says he has been trying to meet Donald Trump."), RelationType::kMet),
            Strings{"P:donald_trump P:elijah_cummings ~planned"});
  EXPECT_EQ(Pairs(Extract("Donald Trump played golf in Scotland ahead of his meeting with Vladimir Putin.",
                          "2018-07-14"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin ~planned"});
  // A meeting noun after a meeting verb of its clause has the verb's plan.
  EXPECT_EQ(Pairs(Extract("Donald Trump and Kim Jong Un plan to meet soon at a historic summit.", "2018-04-01"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:kim_jong_un ~planned"});
  EXPECT_EQ(Pairs(Extract("Donald Trump is slated to meet Angela Merkel on Wednesday.", "2018-04-01"),
                  RelationType::kMet),
            Strings{"P:angela_merkel P:donald_trump ~planned"});
  // "will" anywhere before a meeting noun in its clause; a verb keeps its own tense.
  EXPECT_EQ(Pairs(Extract("Donald Trump will then head to Helsinki, Finland, for a meeting with Vladimir Putin.",
                          "2018-07-10"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin ~planned"});
  EXPECT_EQ(Pairs(Extract("Loretta Lynch says she will accept the findings after she met with Bill Clinton.",
                          "2016-07-01"),
                  RelationType::kMet),
            Strings{"P:bill_clinton P:loretta_lynch"});
  // "Concerns had been met" is no meeting (meeting.tsv `none`).
  EXPECT_EQ(Pairs(Extract("Devin Nunes and Kristi Noem said their concerns had been met."), RelationType::kMet),
            Strings{});
  // Right after a meeting noun, or right after the names of its people, a plan.
  EXPECT_EQ(Pairs(Extract("The talks between Michel Barnier and Theresa May expected to start in May matter."),
                  RelationType::kMet),
            Strings{"P:michel_barnier P:theresa_may ~planned"});
  EXPECT_EQ(Pairs(Extract("Theresa May said talks with Michel Barnier are expected to start in May."),
                  RelationType::kMet),
            Strings{"P:michel_barnier P:theresa_may ~planned"});
  // Further on, the words are another clause's.
  EXPECT_EQ(Pairs(Extract("Theresa May held talks with Michel Barnier in Brussels as officials expected."),
                  RelationType::kMet),
            Strings{"P:michel_barnier P:theresa_may"});
  EXPECT_EQ(Pairs(Extract("Theresa May said the talks expected to start in May with Michel Barnier matter."),
                  RelationType::kMet),
            Strings{"P:michel_barnier P:theresa_may ~planned"});
}

TEST_F(RelationsQualityTest, CallsAndLettersAreContactsWithTheirDate) {
  DocumentExtraction x = Extract("Donald Trump spoke with Vladimir Putin by phone on Monday.");
  EXPECT_TRUE(OfType(x, RelationType::kMet).empty());
  auto contacted = OfType(x, RelationType::kContacted);
  ASSERT_EQ(contacted.size(), 1u);
  EXPECT_EQ(contacted[0]->evidence.when, "on Monday");
  x = Extract("Michael Flynn wrote a letter to Sergey Kislyak.");
  EXPECT_TRUE(OfType(x, RelationType::kMet).empty());
  EXPECT_EQ(Pairs(x, RelationType::kContacted), Strings{"P:michael_flynn P:sergey_kislyak"});
}

TEST_F(RelationsQualityTest, WhenAndWhereSurviveTheStore) {
  DocumentExtraction x = Extract("Jared Kushner met Sergey Kislyak at Trump Tower in December.");
  KnowledgeGraph graph;
  graph.AddDocument(x, &test::BundledKnowledge());
  test::TempDir dir;
  WriteIndex(graph, dir / "index.pb");
  KnowledgeGraph back = ReadIndex(dir / "index.pb");
  bool found = false;
  for (auto [it, end] = boost::edges(back.storage()); it != end; ++it) {
    const RelationEdge& e = back.storage()[*it];
    if (e.type != RelationType::kMet) continue;
    ASSERT_FALSE(e.evidence.empty());
    EXPECT_EQ(e.evidence[0].when, "in December");
    EXPECT_EQ(e.evidence[0].where, "at Trump Tower");
    found = true;
  }
  EXPECT_TRUE(found);
}

TEST_F(RelationsQualityTest, ANameBeforeAKinNounTookNoPart) {
  EXPECT_EQ(Pairs(Extract("Trump son-in-law Jared Kushner met with Sergey Kislyak.", "2017-05-01"), RelationType::kMet),
            Strings{"P:jared_kushner P:sergey_kislyak"});
}

TEST_F(RelationsQualityTest, AListAfterACommonNounAndOfOwnsWhomTheMeetingWasWith) {
  EXPECT_EQ(Pairs(Extract("Lobbyists from Google have met with the staffs of Sens. Mark Warner and Amy Klobuchar."),
                  RelationType::kMet),
            Strings{});
  // After the meeting noun itself, "of" names its people.
  EXPECT_EQ(Pairs(Extract("A monitor shows the meeting of North Korean leader Kim Jong Un and Chinese President Xi "
                          "Jinping.",
                          "2018-03-28"),
                  RelationType::kMet),
            Strings{"P:kim_jong_un P:xi_jinping"});
  // Preparing for a meeting is a plan.
  EXPECT_EQ(Pairs(Extract("Donald Trump prepares to meet with Vladimir Putin in Helsinki.", "2018-07-14"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin ~planned"});
}

TEST_F(RelationsQualityTest, AParticipleAfterANameHasThatNameForItsSubject) {
  EXPECT_EQ(Pairs(Extract("Donald Trump followed President Ronald Reagan in 1988 and President George W. Bush "
                          "hosting President Vladimir Putin in 2001.",
                          "2018-07-17"),
                  RelationType::kMet),
            Strings{"P:george_w_bush P:vladimir_putin"});
}

TEST_F(RelationsQualityTest, AVisitIsAMeetingOnlyWithSomeoneVisited) {
  EXPECT_EQ(Pairs(Extract("Bill Clinton and Chelsea Clinton visited Ohio in recent weeks.", "2016-09-01"),
                  RelationType::kMet),
            Strings{});
  EXPECT_EQ(Pairs(Extract("Donald Trump visited Vladimir Putin in Moscow.", "2018-07-01"), RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin"});
}

TEST_F(RelationsQualityTest, HostingIsAMeetingOnlyWithAPersonRightAfterIt) {
  // Past a determiner, an honorific, a place, a title or "by".
  for (const std::string text : {"Emmanuel Macron hosted Mr. Donald Trump in Paris.",
                                 "Emmanuel Macron hosted US President Donald Trump in Paris.",
                                 "Donald Trump attended a dinner hosted by Emmanuel Macron."}) {
    EXPECT_EQ(Pairs(Extract(text, "2017-07-14"), RelationType::kMet),
              Strings{"P:donald_trump P:emmanuel_macron"})
        << text;
  }
  // Not a show, a debate or a segment, whoever it names.
  for (const std::string text : {"Joy Reid hosted a segment on Bernie Sanders supporters.",
                                 "Fox hosted the first debate and led with Megyn Kelly asking Donald Trump."}) {
    EXPECT_EQ(Pairs(Extract(text, "2016-08-07"), RelationType::kMet), Strings{}) << text;
  }
}

TEST_F(RelationsQualityTest, AnOwnerPronounAfterTheTriggerStandsForWhatItOwns) {
  // "her state", "his lawyer": the noun, not the owner, is what was visited or met.
  EXPECT_EQ(Pairs(Extract("Heidi Heitkamp spoke. Donald Trump made a visit to her state on Wednesday.", "2018-09-05"),
                  RelationType::kMet),
            Strings{});
  EXPECT_EQ(Pairs(Extract("Melania Trump spoke. Donald Trump met with her husband's lawyer.", "2018-09-05"),
                  RelationType::kMet),
            Strings{});
}

TEST_F(RelationsQualityTest, AVerbJoinedAfterTheObjectsEndsThem) {
  EXPECT_EQ(Pairs(Extract("Donald Trump wrote posts defending his meeting with Vladimir Putin and calling for an end "
                          "to the investigation by Robert Mueller.",
                          "2018-07-20"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin"});
  // A verb right after the first shares its objects.
  EXPECT_EQ(Pairs(Extract("Carter Page said he has never met or spoke with Paul Manafort.", "2017-03-01"),
                  RelationType::kMet),
            Strings{"P:carter_page P:paul_manafort !"});
}

TEST_F(RelationsQualityTest, WhoReactedToAMeetingTookNoPart) {
  EXPECT_EQ(Pairs(Extract("Chuck Schumer criticized the meeting with Sergey Kislyak."), RelationType::kMet), Strings{});
  // A negation is a meeting denied.
  EXPECT_EQ(Pairs(Extract("Donald Trump rejected a meeting with Justin Trudeau.", "2018-09-28"), RelationType::kMet),
            Strings{"P:donald_trump P:justin_trudeau !"});
  EXPECT_EQ(Pairs(Extract("Jeff Sessions defended his meeting with Sergey Kislyak."), RelationType::kMet),
            Strings{"P:jeff_sessions P:sergey_kislyak"});
  // A label verb is often said by someone who was there.
  EXPECT_EQ(Pairs(Extract("Donald Trump called the summit with Vladimir Putin productive.", "2018-07-17"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:vladimir_putin"});
}

TEST_F(RelationsQualityTest, WhatAMeetingWasAboutTookNoPart) {
  EXPECT_EQ(Pairs(Extract("K.T. McFarland met with Robert Mueller recently to answer questions about Michael Flynn.",
                          "2017-12-01"),
                  RelationType::kMet),
            Strings{"P:kt_mcfarland P:robert_mueller"});
  // A purpose ("to" and a verb) ends the participants too.
  EXPECT_EQ(Pairs(Extract("Donald Trump met with Mike Pence to discuss Vladimir Putin.", "2018-07-01"),
                  RelationType::kMet),
            Strings{"P:donald_trump P:mike_pence"});
  EXPECT_EQ(Pairs(Extract("Barack Obama visited the court to honor Antonin Scalia.", "2016-02-19"),
                  RelationType::kMet),
            Strings{});
}

TEST_F(RelationsQualityTest, WelcomingSomeoneToAPlaceIsAMeeting) {
  DocumentExtraction x = Extract("Donald Trump welcomed Benjamin Netanyahu to the White House on Monday.", "2018-03-05");
  EXPECT_EQ(Pairs(x, RelationType::kMet), Strings{"P:benjamin_netanyahu P:donald_trump"});
  EXPECT_TRUE(OfType(x, RelationType::kReacted).empty());
  // Without "to" a place it is what reaction.tsv says.
  x = Extract("Nancy Pelosi welcomed Robert Mueller's report.", "2019-03-25");
  EXPECT_TRUE(OfType(x, RelationType::kMet).empty());
  EXPECT_EQ(OfType(x, RelationType::kReacted).size(), 1u);
  EXPECT_EQ(Pairs(Extract("Donald Trump and Kim Jong Un shook hands in Singapore.", "2018-06-12"), RelationType::kMet),
            Strings{"P:donald_trump P:kim_jong_un"});
}

// --- REACTED -------------------------------------------------------------------

TEST_F(RelationsQualityTest, ReactionPolarityAndTheActsOwner) {
  DocumentExtraction x = Extract("Lindsey Graham applauded Jeff Sessions' move.");
  auto reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_EQ(Id(x, reacted[0]->target), "P:jeff_sessions");
  EXPECT_EQ(reacted[0]->polarity, '+');
  EXPECT_FALSE(reacted[0]->demand);
  x = Extract("Richard Blumenthal slammed Donald Trump over the firing.");
  reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_EQ(reacted[0]->polarity, '-');
}

TEST_F(RelationsQualityTest, CallingSomeoneAnEpithetIsAReaction) {
  DocumentExtraction x = Extract("Donald Trump has called Robert Mueller's probe a \"witch hunt.\"", "2018-05-01");
  auto reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_EQ(Id(x, reacted[0]->target), "P:robert_mueller");
  EXPECT_EQ(reacted[0]->polarity, '-');
  EXPECT_TRUE(OfType(x, RelationType::kContacted).empty());  // no phone call
  x = Extract("Donald Trump called Benjamin Netanyahu a great friend.");
  reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_EQ(reacted[0]->polarity, '+');
  // Without an epithet "called" is a call; an epithet past the predicate's head is none.
  x = Extract("Donald Trump called Vladimir Putin on Tuesday.");
  EXPECT_TRUE(OfType(x, RelationType::kReacted).empty());
  EXPECT_EQ(OfType(x, RelationType::kContacted).size(), 1u);
  x = Extract("Sarah Sanders described Donald Trump's tweet as a response to an Iranian threat.", "2018-07-23");
  EXPECT_TRUE(OfType(x, RelationType::kReacted).empty());
}

TEST_F(RelationsQualityTest, TheObjectOfAPrepositionIsNoReactionsSubject) {
  DocumentExtraction x = Extract("Donald Trump condemned the launch on Twitter and called out Kim Jong Un.", "2017-07-04");
  for (const ExtractedRelation* r : OfType(x, RelationType::kReacted)) EXPECT_EQ(Id(x, r->source), "P:donald_trump");
  EXPECT_FALSE(OfType(x, RelationType::kReacted).empty());
}

TEST_F(RelationsQualityTest, ADeniedReactionIsNone) {
  EXPECT_EQ(Reactions(Extract("Republicans did not attack Bruce Ohr personally.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Ben Sasse was unable to support Donald Trump.", "2016-05-01")), Strings{});
  EXPECT_EQ(Reactions(Extract("Donald Trump has insisted that he never urged James Comey to stop.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Republicans attacked Bruce Ohr personally.")).size(), 1u);
}

TEST_F(RelationsQualityTest, AFirstPersonSubjectEndsTheSearchForWhoReacted) {
  EXPECT_EQ(Reactions(Extract("If Donald Trump ignores Mitch McConnell, we could see calls for John Cornyn to lead.")),
            Strings{});
}

TEST_F(RelationsQualityTest, APassiveReactionIsTheAgents) {
  EXPECT_EQ(Reactions(Extract("Luther Strange is strongly backed by Mitch McConnell.", "2017-08-01")),
            Strings{"P:mitch_mcconnell P:luther_strange +"});
  // Without an agent, nobody we can credit.
  EXPECT_EQ(Reactions(Extract("Christopher Wray has been criticized for months over Hillary Clinton.")), Strings{});
  // A participle and "by" without a copula: about the name right before it, or about nobody.
  EXPECT_EQ(Reactions(Extract("Roy Moore defeated Luther Strange, backed by Donald Trump, in an upset.", "2017-09-27")),
            Strings{"P:donald_trump P:luther_strange +"});
  EXPECT_EQ(Reactions(Extract("The Senate passed an amendment backed by Mitch McConnell.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Mike Pence endorsed the trade deal opposed by Donald Trump.")), Strings{});
  EXPECT_EQ(Reactions(Extract("Donald Trump, cheered by his tax victory, spoke.")), Strings{});
  // The one after "by" acted in another verb, not in the reaction after it.
  EXPECT_EQ(Reactions(Extract("In a letter obtained by Politico, evangelical leaders criticized Donald Trump.")),
            Strings{});
}

TEST_F(RelationsQualityTest, AReactionFromSomeoneIsTheirs) {
  EXPECT_EQ(Reactions(Extract(
                "Donald Trump earned praise from House Agriculture Committee Chairman Mike Conaway for the aid package.",
                "2018-07-25")),
            Strings{"P:mike_conaway P:donald_trump +"});
  // Nobody named after "from": no reaction.
  EXPECT_EQ(Reactions(Extract("Donald Trump said the rules held Jeff Sessions back from acting.")), Strings{});
  // "withdraw support from X" is against X, not X's reaction.
  EXPECT_EQ(Reactions(Extract("Donald Trump threatens to withdraw support from NATO.", "2018-07-10")),
            Strings{"P:donald_trump ORG:nato -"});
}

TEST_F(RelationsQualityTest, TheSubjectOfAReactionPastItsDescription) {
  DocumentExtraction x = Extract(
      "Colin Powell, who served under three Republican presidents, criticized Donald Trump on Friday.", "2016-09-15");
  auto reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_EQ(Id(x, reacted[0]->source), "P:phx_colin_powell");
}

TEST_F(RelationsQualityTest, PhrasesThatOnlyStartLikeAReaction) {
  for (const char* text : {"Nancy Pelosi hopes to win back the House from Paul Ryan.",
                           "Theresa May struggles to build support in parliament for terms agreed with the EU.",
                           "Neil Gorsuch of the 10th U.S. Circuit Court of Appeals will succeed Antonin Scalia."}) {
    EXPECT_TRUE(OfType(Extract(text, "2018-03-01"), RelationType::kReacted).empty()) << text;
  }
  // "a show of support for Mueller" still is one.
  EXPECT_EQ(OfType(Extract("Rod Rosenstein offered a show of support for Robert Mueller.", "2018-03-01"),
                   RelationType::kReacted)
                .size(),
            1u);
}

TEST_F(RelationsQualityTest, AReactionsObjectEndsAtAPrepositionAfterANoun) {
  // The object is "visa applications" and "calls"; the names after "in" and "to" are not it.
  EXPECT_EQ(Reactions(Extract("Jeff Sessions is challenging visa applications more often than in the Barack Obama era.",
                              "2018-03-01")),
            Strings{});
  EXPECT_EQ(Reactions(Extract("Chuck Schumer rejected calls from activists to boycott Brett Kavanaugh.", "2018-09-01")),
            Strings{});
  // A subordinate clause is past the object.
  EXPECT_EQ(Reactions(Extract("Chuck Schumer praised the bill after Donald Trump signed it.", "2018-03-01")),
            Strings{});
  // "of", "by" and "against" lead on to whose act it is.
  EXPECT_EQ(Reactions(Extract("Elizabeth Warren criticized the nomination of Brett Kavanaugh.", "2018-08-01")),
            Strings{"P:elizabeth_warren P:brett_kavanaugh -"});
  EXPECT_EQ(Reactions(Extract("Ted Cruz spent January in attack mode against Marco Rubio.", "2016-03-01")),
            Strings{"P:ted_cruz P:marco_rubio -"});
  // The owner of a person ("Blackburn's opponent") is not whom a reaction is about.
  EXPECT_EQ(Reactions(Extract("Taylor Swift endorsed Marsha Blackburn's opponent, Phil Bredesen.", "2018-10-08")),
            Strings{});
  EXPECT_EQ(Reactions(Extract("Susan Collins backed Jeff Sessions' attorney general nomination.", "2017-01-10")),
            Strings{"P:susan_collins P:jeff_sessions +"});
  // Before any noun, a preposition is the verb's: "pushed back hard at".
  EXPECT_EQ(Reactions(Extract("Sarah Sanders pushed back hard at Omarosa Manigault Newman.", "2018-08-01")),
            Strings{"P:sarah_huckabee_sanders P:omarosa_manigault_newman -"});
}

TEST_F(RelationsQualityTest, WordsThatAreNoReactionHere) {
  for (const char* text : {"Rudy Giuliani acknowledged that Robert Mueller is unlikely to agree.",
                           "Republicans can confirm nominees, thanks to Harry Reid.",
                           "Chris Christie hopes to vault himself back into the race against Marco Rubio.",
                           "Joe Sandler backed out of plans with Donald Trump.",
                           "John Kelly addressed Congress on this very topic.",
                           "The White House tried to walk back parts of Nancy Pelosi's announcement."}) {
    EXPECT_EQ(Reactions(Extract(text, "2018-03-01")), Strings{}) << text;
  }
}

TEST_F(RelationsQualityTest, APrepositionsObjectIsNoReactionsSubject) {
  DocumentExtraction x = Extract("Ken Norton of Google has called for the abolition of the Senate.", "2018-03-01");
  for (const ExtractedRelation* r : OfType(x, RelationType::kReacted)) EXPECT_NE(Id(x, r->source), "ORG:google");
  x = Extract("In the Senate, Chuck Schumer criticized Brett Kavanaugh.", "2018-09-01");
  auto reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_EQ(Id(x, reacted[0]->source), "P:chuck_schumer");
}

TEST_F(RelationsQualityTest, DemandsCarryTheirMarker) {
  DocumentExtraction x = Extract("Richard Blumenthal urged Jeff Sessions to resign.");
  auto reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_TRUE(reacted[0]->demand);
  EXPECT_EQ(reacted[0]->polarity, '0');
  nlohmann::json j = ExtractionToJson(x, false);
  EXPECT_EQ(j["relations"][0]["demand"], true);
}

TEST_F(RelationsQualityTest, CalledForIsADemandNotACall) {
  DocumentExtraction x = Extract("Lindsey Graham called for Robert Mueller to be protected.");
  EXPECT_TRUE(OfType(x, RelationType::kContacted).empty());
  auto reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_TRUE(reacted[0]->demand);
  EXPECT_EQ(Id(x, reacted[0]->target), "P:robert_mueller");
}

TEST_F(RelationsQualityTest, ADemandReachesIntoItsThatClause) {
  DocumentExtraction x = Extract("Richard Blumenthal demanded that Jeff Sessions step aside.");
  auto reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_EQ(Id(x, reacted[0]->target), "P:jeff_sessions");
  EXPECT_TRUE(reacted[0]->demand);
}

TEST_F(RelationsQualityTest, ADemandThatTakesASide) {
  DocumentExtraction x = Extract("Richard Blumenthal called for the resignation of Jeff Sessions.");
  auto reacted = OfType(x, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_TRUE(reacted[0]->demand);
  EXPECT_EQ(reacted[0]->polarity, '-');
}

// --- HOLDS_OFFICE and MEMBER_OF -------------------------------------------------

TEST_F(RelationsQualityTest, TitleBeforeANameSetOffByCommas) {
  DocumentExtraction x = Extract("The Russian ambassador to the US, Sergey Kislyak, declined to comment.");
  auto holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_EQ(Id(x, holds[0]->source), "P:sergey_kislyak");
  EXPECT_FALSE(holds[0]->former);
}

TEST_F(RelationsQualityTest, ACountrysTitleSetOffByCommas) {
  DocumentExtraction x = Extract("Flynn spoke with Russia's ambassador, Sergey Kislyak, in December.");
  EXPECT_EQ(Pairs(x, RelationType::kHoldsOffice), Strings{"P:sergey_kislyak OFF:russian_ambassador_to_us"});
}

TEST_F(RelationsQualityTest, AnOfficeAsTheLastConjunctOfADescription) {
  DocumentExtraction x = Extract(
      "The official was Jared Kushner, a key member of Trump's transition team and now the president's senior adviser.");
  EXPECT_EQ(Pairs(x, RelationType::kHoldsOffice), Strings{"P:jared_kushner OFF:senior_advisor_to_the_president"});
  // Offices joined to each other inside the phrase are no conjuncts of it.
  x = Extract("They met Donald Trump, the first meeting between a sitting U.S. president and a North Korean leader.");
  EXPECT_TRUE(Pairs(x, RelationType::kHoldsOffice).empty());
}

TEST_F(RelationsQualityTest, AnOwnersTenureAsAnOffice) {
  EXPECT_EQ(Pairs(Extract("Hillary Clinton's time as secretary of state was long.", "2016-06-01"),
                  RelationType::kHoldsOffice),
            Strings{"P:hillary_clinton OFF:us_secretary_of_state"});
  EXPECT_EQ(Pairs(Extract("Jeff Sessions spoke. His work as a US senator was a separate matter."),
                  RelationType::kHoldsOffice),
            Strings{"P:jeff_sessions OFF:us_senator"});
  // A pronoun's person must be one the gazetteer has hold the office.
  EXPECT_EQ(Pairs(Extract("Benjamin Wittes spoke. His work as a US senator was a separate matter."),
                  RelationType::kHoldsOffice),
            Strings{});
  // An owner pronoun in a fronted clause is the main clause's person's.
  EXPECT_EQ(Pairs(Extract("Mike Pence spoke. Asked about his time as secretary of state, Rex Tillerson smiled.",
                          "2018-08-01"),
                  RelationType::kHoldsOffice),
            Strings{"P:rex_tillerson OFF:us_secretary_of_state"});
  // Another's title is not the owner's.
  EXPECT_EQ(Pairs(Extract("Michael Flynn spoke. His time as President Obama's adviser was short."),
                  RelationType::kHoldsOffice),
            Strings{"P:barack_obama OFF:us_president"});
}

TEST_F(RelationsQualityTest, ACopulaBeforeATitle) {
  EXPECT_EQ(Pairs(Extract("Bob Iger, who had been expected to retire, will remain as chairman and CEO of Disney.",
                          "2017-12-14"),
                  RelationType::kHoldsOffice),
            Strings{"P:bob_iger OFF:disney_ceo"});
  DocumentExtraction x = Extract("Dana Boente is a former acting attorney general.", "2017-12-14");
  auto holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_TRUE(holds[0]->former);
  // Someone else's title, and a title of another body, are not the subject's.
  for (const char* text : {"Luther Strange was President Trump's preferred candidate.",
                           "Terry O'Neill is the President of the National Organization for Women."}) {
    for (const std::string& pair : Pairs(Extract(text, "2017-12-14"), RelationType::kHoldsOffice)) {
      EXPECT_EQ(pair.rfind("P:donald_trump ", 0), 0u) << text << ": " << pair;
    }
  }
}

TEST_F(RelationsQualityTest, FormerAndThenFlagTheOffice) {
  DocumentExtraction x = Extract("Michael Flynn, the former national security adviser, pleaded guilty.", "2017-12-01");
  auto holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_TRUE(holds[0]->former);
  x = Extract("Then FBI Director James Comey testified.", "2018-01-10");
  holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_TRUE(holds[0]->former);
  // "then-" before a lower-case title keeps the title whole.
  x = Extract("Jared Kushner and then-campaign chairman Paul Manafort attended.", "2017-07-11");
  holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_EQ(Id(x, holds[0]->source), "P:paul_manafort");
  EXPECT_TRUE(holds[0]->former);
}

TEST_F(RelationsQualityTest, AFormerHoldersTitleIsTheOfficeHeHeld) {
  // Another country's president named first does not decide "former President Barack Obama".
  DocumentExtraction x = Extract(
      "Palestinian President Mahmoud Abbas spoke. Former President Barack Obama had a weak relationship with him.",
      "2017-11-18");
  EXPECT_EQ(Pairs(x, RelationType::kHoldsOffice), (Strings{"P:barack_obama OFF:us_president", "P:mahmoud_abbas OFF:president_of_palestine"}));
}

TEST_F(RelationsQualityTest, ATitleBeforeASurnamePicksWhoHeldItsOffice) {
  // Nobody held it on the date: the holder the document names, else the last one before the date.
  DocumentExtraction x = Extract(
      "Christine Blasey Ford testified. Donald Trump followed President Ford in 1975 and President Johnson.",
      "2018-10-01");
  EXPECT_EQ(Pairs(x, RelationType::kHoldsOffice),
            (Strings{"P:gerald_ford OFF:us_president", "P:lyndon_johnson OFF:us_president"}));
  // "a President Clinton" in 2016 is Hillary Clinton's future, not Bill Clinton's past.
  x = Extract("Hillary Clinton campaigned. Donors fear a President Clinton.", "2016-08-01");
  for (const ExtractedRelation* r : OfType(x, RelationType::kHoldsOffice)) EXPECT_NE(Id(x, r->source), "P:bill_clinton");
}

TEST_F(RelationsQualityTest, ARankBelowTheTitleOrAStatesLevelHoldsNoOffice) {
  DocumentExtraction x = Extract("The FBI said assistant FBI Director John Roe would testify.", "2017-06-01");
  EXPECT_TRUE(OfType(x, RelationType::kHoldsOffice).empty());
  // (Nor a membership: "The FBI said" puts a verb between the organization and the title.)
  EXPECT_TRUE(Pairs(x, RelationType::kMemberOf).empty());
  // A rank the gazetteer names is an office of its own (held by one person at
  // a time: someone the gazetteer lacks could not hold it in June 2017).
  x = Extract("The FBI said deputy FBI Director Andrew McCabe would testify.", "2017-06-01");
  auto holds = OfType(x, RelationType::kHoldsOffice);
  ASSERT_EQ(holds.size(), 1u);
  EXPECT_EQ(Id(x, holds[0]->target), "OFF:fbi_deputy_director");
  x = Extract("Republicans chose state Rep. Ann Smith to run.", "2017-06-01");
  EXPECT_TRUE(OfType(x, RelationType::kHoldsOffice).empty());
  x = Extract("Republicans chose Rep. Adam Schiff to run.", "2017-06-01");
  EXPECT_EQ(OfType(x, RelationType::kHoldsOffice).size(), 1u);
}

TEST_F(RelationsQualityTest, AnAideToSomeoneHoldsNoOfficeOfTheTitle) {
  // Romney never held a post of the office's organization: his adviser is no holder of it.
  DocumentExtraction x = Extract("Dan Senor, a senior adviser to Mitt Romney, spoke.", "2016-05-01");
  EXPECT_TRUE(OfType(x, RelationType::kHoldsOffice).empty());
  // A president's press secretary is the White House press secretary.
  x = Extract("Ari Fleischer, press secretary to President George W. Bush, spoke.", "2002-05-01");
  auto holds = OfType(x, RelationType::kHoldsOffice);
  bool press = std::any_of(holds.begin(), holds.end(), [&](const ExtractedRelation* r) {
    return Id(x, r->source) == "P:x_ari_fleischer" && Id(x, r->target) == "OFF:white_house_press_secretary";
  });
  EXPECT_TRUE(press);
}

TEST_F(RelationsQualityTest, ABareMayorIsACitysMayorUnlessThePersonHeldASpecificOne) {
  DocumentExtraction x = Extract("Austin Mayor Steve Adler spoke. Mayor Bill de Blasio agreed.", "2018-03-20");
  EXPECT_EQ(Pairs(x, RelationType::kHoldsOffice), (Strings{"P:bill_de_blasio OFF:mayor_of_new_york", "P:x_steve_adler OFF:us_city_mayor"}));
  // A prime minister the gazetteer does not know is some country's, not the first one listed.
  EXPECT_EQ(Pairs(Extract("Prime Minister John Roe spoke. Theresa May agreed.", "2018-03-20"), RelationType::kHoldsOffice),
            Strings{"P:x_john_roe OFF:prime_minister"});
}

TEST_F(RelationsQualityTest, PartyStateTagsWithSpelledOutStates) {
  EXPECT_EQ(Pairs(Extract("Sen. Richard Blumenthal (D-Connecticut) spoke."), RelationType::kMemberOf),
            Strings{"P:richard_blumenthal ORG:democratic_party"});
  EXPECT_EQ(Pairs(Extract("Sen. Lindsey Graham (R-S.C.) spoke."), RelationType::kMemberOf),
            Strings{"P:lindsey_graham ORG:republican_party"});
}

TEST_F(RelationsQualityTest, AMemberOf) {
  EXPECT_EQ(Pairs(Extract("Carter Page, a member of the Trump campaign, spoke."), RelationType::kMemberOf),
            Strings{"P:carter_page ORG:trump_campaign"});
  EXPECT_EQ(Pairs(Extract("Carter Page was a foreign policy adviser to the Trump campaign."), RelationType::kMemberOf),
            Strings{"P:carter_page ORG:trump_campaign"});
  EXPECT_TRUE(Pairs(Extract("Donald Trump is a critic of the FBI."), RelationType::kMemberOf).empty());
  // The first organization after the copula is the one the noun phrase is about.
  EXPECT_TRUE(Pairs(Extract("Carter Page is a CNN guest and an adviser at the FBI."), RelationType::kMemberOf).empty());
}

TEST_F(RelationsQualityTest, AVerbOfMembership) {
  EXPECT_EQ(Pairs(Extract("Paul Manafort, who ran Trump's presidential campaign for months, was charged."),
                  RelationType::kMemberOf),
            Strings{"P:paul_manafort ORG:trump_campaign"});
  EXPECT_EQ(Pairs(Extract("Rick Gates, who also worked on the Trump campaign, pleaded guilty."), RelationType::kMemberOf),
            Strings{"P:rick_gates ORG:trump_campaign"});
  // Members in the plural, an owner of what follows and a party's adjective are no membership.
  EXPECT_TRUE(Pairs(Extract("Susan Collins joined Democrats in opposing the bill."), RelationType::kMemberOf).empty());
  EXPECT_EQ(Pairs(Extract("Lindsey Graham joined CNN's Jake Tapper on Sunday."), RelationType::kMemberOf),
            Strings{"P:jake_tapper ORG:cnn"});
  EXPECT_TRUE(Pairs(Extract("Mike Pence worked in Republican circles for years."), RelationType::kMemberOf).empty());
  // Only adverbs and auxiliaries stand between the person and the verb.
  EXPECT_TRUE(Pairs(Extract("Antonin Scalia began under Ronald Reagan after having served in the FBI."),
                    RelationType::kMemberOf)
                  .empty());
  // Right after a subordinator, the verb is its clause's subject's: before it,
  // past objects and owners, or after the comma of a clause that opens the sentence.
  EXPECT_EQ(Pairs(Extract("George Papadopoulos met with a professor before joining the Trump campaign.", "2017-10-30"),
                  RelationType::kMemberOf),
            Strings{"P:george_papadopoulos ORG:trump_campaign"});
  EXPECT_EQ(Pairs(Extract("Before joining the FBI, Peter Strzok served in the Army.", "2017-12-01"),
                  RelationType::kMemberOf),
            Strings{"P:peter_strzok ORG:fbi"});
  EXPECT_EQ(Pairs(Extract("Stephen Miller, who served Jeff Sessions for years before joining the Trump campaign, spoke.",
                          "2017-03-01"),
                  RelationType::kMemberOf),
            Strings{"P:stephen_miller ORG:trump_campaign"});
}

TEST_F(RelationsQualityTest, AnOwnedPartyIsTheOwners) {
  EXPECT_EQ(Pairs(Extract("Theresa May faces a revolt within her own Conservative party."), RelationType::kMemberOf),
            Strings{"P:theresa_may ORG:conservative_party_uk"});
  // The pronoun's nearest subject is known in another party: the owner is the
  // latest person of its gender known in this one.
  EXPECT_EQ(Pairs(Extract("Angela Merkel argued that obliging Theresa May to wait could swing hardliners within her "
                          "own Conservative party."),
                  RelationType::kMemberOf),
            Strings{"P:theresa_may ORG:conservative_party_uk"});
  // A party's name as an adjective owns nothing.
  EXPECT_TRUE(Pairs(Extract("Donald Trump thanked his GOP rivals."), RelationType::kMemberOf).empty());
}

TEST_F(RelationsQualityTest, AStanceIsNoMembership) {
  EXPECT_TRUE(Pairs(Extract("John McCain, a frequent critic of the Kremlin, praised the decision."), RelationType::kMemberOf)
                  .empty());
  EXPECT_EQ(Pairs(Extract("John Brennan, an open Trump critic who led the CIA, spoke."), RelationType::kMemberOf),
            Strings{"P:john_brennan ORG:cia"});
}

TEST_F(RelationsQualityTest, AsAMemberOf) {
  EXPECT_EQ(Pairs(Extract("Jeff Sessions had over 25 conversations with foreign ambassadors as a senior member of the "
                          "Senate Armed Services Committee."),
                  RelationType::kMemberOf),
            Strings{"P:jeff_sessions ORG:senate_armed_services_committee"});
  // Not the object of a preposition, nor a clause's unnamed subject, nor a group.
  EXPECT_EQ(Pairs(Extract("Jeff Sessions's contact with Sergey Kislyak, even as a member of the Senate Armed "
                          "Services Committee, was unusual."),
                  RelationType::kMemberOf),
            Strings{"P:jeff_sessions ORG:senate_armed_services_committee"});
  EXPECT_TRUE(Pairs(Extract("James Comey gave memos to a friend who works as a law professor at Columbia University."),
                    RelationType::kMemberOf)
                  .empty());
  EXPECT_TRUE(
      Pairs(Extract("Richard Lugar says the index works as members of Congress approach him."), RelationType::kMemberOf)
          .empty());
}

TEST_F(RelationsQualityTest, AnOrganizationsSpokesmanIsItsMember) {
  EXPECT_EQ(Pairs(Extract("Sarah Isgur Flores, the Justice Department's spokeswoman, declined to comment."),
                  RelationType::kMemberOf),
            Strings{"P:sarah_isgur_flores ORG:department_of_justice"});
  EXPECT_EQ(Pairs(Extract("Hope Hicks, the FBI's spokeswoman, declined to comment."), RelationType::kMemberOf),
            Strings{"P:hope_hicks ORG:fbi"});
}

TEST_F(RelationsQualityTest, ThePartyMemberNamedByParty) {
  DocumentExtraction x = Extract(
      "Headline\n\nSen. Harry Reid attacked the plan. \"She is doing everything but yoga on the Senate floor,\" the "
      "Nevada Democrat said.",
      "2016-03-01");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:harry_reid");
  EXPECT_EQ(Pairs(x, RelationType::kMemberOf), Strings{"P:harry_reid ORG:democratic_party"});
  // The latest person named is of another party: one Republican we cannot
  // name said it, not the party (markers `member-noun`).
  x = Extract("Headline\n\nSen. Harry Reid attacked the plan. \"It is a disaster,\" the Republican said.", "2016-03-01");
  for (const ExtractedRelation* r : OfType(x, RelationType::kSaid)) {
    EXPECT_NE(Id(x, r->source), "ORG:republican_party");
    EXPECT_NE(Id(x, r->source), "P:harry_reid");
  }
}

TEST_F(RelationsQualityTest, APronounOfTheOtherGenderThanTheSubjectIsWhomTheSentenceNamed) {
  EXPECT_EQ(Reactions(Extract("Donald Trump is angry at Ruth Bader Ginsburg after she disparaged him.", "2016-07-13")),
            Strings{"P:ruth_bader_ginsburg P:donald_trump -"});
  // Not an owner: "she" is the earlier subject, not Melania Trump.
  DocumentExtraction x = Extract("Ruth Bader Ginsburg spoke. Later Donald Trump mocked Melania Trump's critics before she praised him.",
              "2016-07-13");
  for (const ExtractedRelation* r : OfType(x, RelationType::kReacted)) {
    if (r->polarity == '+') EXPECT_NE(Id(x, r->source), "P:melania_trump");
  }
}

TEST_F(RelationsQualityTest, AnOwnerPronounInsideASentenceIsNotItsSubject) {
  // "her lawyer" does not make the earlier woman the subject, so "she" is Ford.
  DocumentExtraction x = Extract(
      "Maureen Dowd wrote about the race.\n\nA statement from her lawyer says Christine Blasey Ford does not think "
      "a hearing qualifies as a \"fair or good faith investigation,\" though she said she is willing to cooperate.",
      "2018-09-25");
  auto said = OfType(x, RelationType::kSaid);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(Id(x, said[0]->source), "P:christine_blasey_ford");
}

TEST_F(RelationsQualityTest, AFormerHoldersTitleIsNoMentionOfTheHolderOfTheDay) {
  DocumentExtraction x = Extract("Former House Speaker Newt Gingrich spoke in Philadelphia.", "2017-07-11");
  EXPECT_EQ(Pairs(x, RelationType::kHoldsOffice), Strings{"P:newton_gingrich OFF:speaker_of_the_house"});
  EXPECT_TRUE(OfType(x, RelationType::kHoldsOffice)[0]->former);
  for (const ExtractedEntity& e : x.entities) EXPECT_NE(e.id, "P:paul_ryan");
  // A bare office still stands for its holder on the date.
  DocumentExtraction y = Extract("The House Speaker spoke in Philadelphia.", "2017-07-11");
  EXPECT_TRUE(std::any_of(y.entities.begin(), y.entities.end(),
                          [](const ExtractedEntity& e) { return e.id == "P:paul_ryan"; }));
}

}  // namespace
}  // namespace newsgraph
