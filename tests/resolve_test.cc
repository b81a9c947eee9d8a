// resolve: mentions to document entities - titles, surnames, unknown names,
// party tags, pronouns, roles, and ambiguity left unresolved.
#include "resolve/resolver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <list>
#include <memory>
#include <string>
#include <vector>

#include "test_util.h"
#include "util/date.h"

namespace newsgraph {
namespace {

class ResolveTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    recognizer_ = std::make_unique<Recognizer>(test::BundledKnowledge());
    resolver_ = std::make_unique<Resolver>(test::BundledKnowledge());
  }
  static void TearDownTestSuite() {
    recognizer_.reset();
    resolver_.reset();
  }

  // Resolves a copy of `text` (kept by the fixture) dated `date` ("" for none).
  ResolvedText Resolve(std::string text, const std::string& date = "") {
    texts_.push_back(std::move(text));
    const Knowledge& k = test::BundledKnowledge();
    DateKey key = date.empty() ? kNoDate : ParseDate(date).value();
    return resolver_->Resolve(recognizer_->Recognize(k.tokenizer().Tokenize(texts_.back())), key);
  }

  static std::string_view TextOf(const ResolvedText& r, size_t mention) {
    const Mention& m = r.recognized.mentions[mention];
    return r.recognized.tokens.text.substr(m.start, m.end - m.start);
  }

  // The index of the `nth` mention whose text is `surface`; -1 when none.
  static int MentionIndex(const ResolvedText& r, std::string_view surface, int nth = 0) {
    for (size_t m = 0; m < r.recognized.mentions.size(); ++m) {
      if (TextOf(r, m) == surface && nth-- == 0) return static_cast<int>(m);
    }
    return -1;
  }

  // The id of the document entity the `nth` mention `surface` resolves to:
  // "<no mention>" when there is no such mention, "" when it stays unresolved.
  static std::string EntityOf(const ResolvedText& r, std::string_view surface, int nth = 0) {
    int m = MentionIndex(r, surface, nth);
    if (m < 0) return "<no mention>";
    int32_t e = r.mention_entity[static_cast<size_t>(m)];
    return e < 0 ? "" : r.entities[static_cast<size_t>(e)].id;
  }

  // "person -> target (rule)" for each binding.
  static std::vector<std::string> Describe(const ResolvedText& r, const std::vector<Binding>& bindings) {
    std::vector<std::string> out;
    for (const Binding& b : bindings) {
      out.push_back(r.entities[b.person].id + " -> " + r.entities[b.target].id + (b.former ? " former" : "") + " (" +
                    b.rule + ")");
    }
    return out;
  }

  static bool HasEntity(const ResolvedText& r, const std::string& id) {
    return std::any_of(r.entities.begin(), r.entities.end(), [&](const DocEntity& e) { return e.id == id; });
  }

  static std::unique_ptr<Recognizer> recognizer_;
  static std::unique_ptr<Resolver> resolver_;
  std::list<std::string> texts_;
};

std::unique_ptr<Recognizer> ResolveTest::recognizer_;
std::unique_ptr<Resolver> ResolveTest::resolver_;

bool Contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST_F(ResolveTest, TitleBindsThePersonToTheOffice) {
  ResolvedText r = Resolve("Attorney General Jeff Sessions met the ambassador.", "2017-03-02");
  EXPECT_EQ(EntityOf(r, "Attorney General"), "OFF:us_attorney_general");
  EXPECT_EQ(EntityOf(r, "Jeff Sessions"), "P:jeff_sessions");
  EXPECT_EQ(Describe(r, r.office_bindings),
            std::vector<std::string>{"P:jeff_sessions -> OFF:us_attorney_general (title-name)"});
  ASSERT_EQ(r.office_bindings.size(), 1u);
  EXPECT_EQ(r.office_bindings[0].token, static_cast<uint32_t>(r.recognized.mentions[0].first_token));
}

TEST_F(ResolveTest, TitleBeforeARankBindsTheNameAfterBoth) {
  ResolvedText r = Resolve("Those present included Vice President Mike Pence, Chief of Staff Gen. John Kelly and "
                           "Minority Whip Rep. Steny Hoyer.",
                           "2017-09-01");
  auto bindings = Describe(r, r.office_bindings);
  EXPECT_TRUE(Contains(bindings, "P:john_f_kelly -> OFF:white_house_chief_of_staff (title-name)"));
  EXPECT_TRUE(Contains(bindings, "P:steny_hoyer -> OFF:house_minority_whip (title-name)"));
  // A title that goes on to a name is no apposition of the name before it.
  EXPECT_FALSE(Contains(bindings, "P:mike_pence -> OFF:white_house_chief_of_staff (apposition)"));
}

TEST_F(ResolveTest, GazetteerTitleAfterAnUnknownOrganizationIsThatOnes) {
  ResolvedText r = Resolve("Purdue University President Mitch Daniels and Freedom Caucus Rep. Dave Brat spoke.",
                           "2016-09-01");
  auto bindings = Describe(r, r.office_bindings);
  for (const std::string& b : bindings) EXPECT_EQ(b.find("OFF:us_president"), std::string::npos) << b;
  // An abbreviated title is a rank its holder carries anywhere.
  EXPECT_TRUE(Contains(bindings, "P:david_brat -> OFF:us_representative (title-name)"));
}

TEST_F(ResolveTest, GazetteerTitleAfterAnotherKnownOrganizationIsThatOnes) {
  ResolvedText r = Resolve(
      "Judicial Watch President Tom Fitton and Pentagon Press Secretary Dana White spoke. White House National "
      "Security Advisor H.R. McMaster, FBI Special Counsel Robert Mueller and GOP House Speaker Paul Ryan did too. "
      "Obama administration Attorney General Loretta Lynch did not.",
      "2018-05-01");
  auto bindings = Describe(r, r.office_bindings);
  for (const std::string& b : bindings) {
    EXPECT_EQ(b.find("OFF:us_president"), std::string::npos) << b;
    EXPECT_EQ(b.find("OFF:white_house_press_secretary"), std::string::npos) << b;
  }
  // Unless the organization is of the same body as the office's (parent=), a
  // party or an administration.
  EXPECT_TRUE(Contains(bindings, "P:hr_mcmaster -> OFF:national_security_advisor (title-name)"));
  EXPECT_TRUE(Contains(bindings, "P:robert_mueller -> OFF:special_counsel (title-name)"));
  EXPECT_TRUE(Contains(bindings, "P:paul_ryan -> OFF:speaker_of_the_house (title-name)"));
  EXPECT_TRUE(Contains(bindings, "P:loretta_lynch -> OFF:us_attorney_general (title-name)"));
}

TEST_F(ResolveTest, ASentencesOpeningWordGluesNoSurnameToIt) {
  // "Then", "After", "Yesterday" are capitalized only because they open the
  // sentence: the surname after them is the gazetteer's person.
  for (const std::string text : {"Then Trump met Putin.", "After Trump's meeting with Putin, aides left.",
                                 "Yesterday Trump met Putin."}) {
    ResolvedText r = Resolve(text, "2018-07-16");
    EXPECT_EQ(EntityOf(r, "Trump"), "P:donald_trump") << text;
  }
}

TEST_F(ResolveTest, UnknownPersonDoesNotHoldAOneSeatOfficeSomeoneElseHeldOnTheDate) {
  // Texas's attorney general, not the United States' (Sessions's, in 2017).
  ResolvedText r = Resolve("Attorney General Ken Paxton went to court on Friday.", "2017-05-10");
  EXPECT_TRUE(r.office_bindings.empty()) << Describe(r, r.office_bindings)[0];
  // A gazetteer person still does.
  r = Resolve("Attorney General Jeff Sessions went to court on Friday.", "2017-05-10");
  EXPECT_EQ(Describe(r, r.office_bindings),
            std::vector<std::string>{"P:jeff_sessions -> OFF:us_attorney_general (title-name)"});
}

TEST_F(ResolveTest, OnePersonsOverlappingTenuresLeaveAnOfficeOneSeat) {
  // The hand-written and the imported gazetteers both list Pelosi's
  // speakership: the office still has one seat, so a state speaker the
  // gazetteer lacks is not the Speaker of the House (Ryan, in 2018), nor is an
  // organization's president the President (Trump).
  for (const std::string text : {"House Speaker Richard Roe wrote in a letter Sunday.",
                                 "Planned Parenthood President Jane Roe spoke on Sunday."}) {
    ResolvedText r = Resolve(text, "2018-02-25");
    EXPECT_TRUE(r.office_bindings.empty()) << text << ": " << Describe(r, r.office_bindings)[0];
  }
}

TEST_F(ResolveTest, AStateBeforeANationalTitleMakesItTheStatesOwn) {
  // Becerra is in the gazetteer (as a representative): the US attorney
  // general's title after "California" is still no office of his.
  for (const std::string text : {"California Attorney General Xavier Becerra sued on Monday.",
                                 "Texas Supreme Court Justice Don Willett spoke on Monday."}) {
    ResolvedText r = Resolve(text, "2018-03-01");
    EXPECT_TRUE(r.office_bindings.empty()) << text << ": " << Describe(r, r.office_bindings)[0];
  }
  // Nor one of the state's after "of", nor a member of its court or chamber.
  for (const std::string text : {"Roy Moore, the former chief justice of Alabama's Supreme Court, spoke.",
                                 "Ohio Senate President Larry Obhof spoke on Monday."}) {
    ResolvedText r = Resolve(text, "2018-03-01");
    EXPECT_TRUE(r.office_bindings.empty()) << text << ": " << Describe(r, r.office_bindings)[0];
    EXPECT_TRUE(r.memberships.empty()) << text;
  }
  // Offices whose seats are the states' (seats=state) keep their holders.
  ResolvedText r = Resolve("Vermont Sen. Bernie Sanders spoke on Monday.", "2018-03-01");
  EXPECT_EQ(Describe(r, r.office_bindings),
            std::vector<std::string>{"P:bernie_sanders -> OFF:us_senator (title-name)"});
}

TEST_F(ResolveTest, AnAppositionsTitleIsNoSubjectOfItsOwnVerb) {
  ResolvedText r = Resolve(
      "Josh Earnest, the White House press secretary, said so. Robert Mueller, the special counsel investigating "
      "Russia, spoke. Moon did not discuss it with Mike Pence, the South Korean president made it clear. "
      "Michael Cohen, the President's former lawyer, spoke.",
      "2018-05-01");
  auto bindings = Describe(r, r.office_bindings);
  EXPECT_TRUE(Contains(bindings, "P:josh_earnest -> OFF:white_house_press_secretary (apposition)"));
  EXPECT_TRUE(Contains(bindings, "P:robert_mueller -> OFF:special_counsel (apposition)"));
  for (const std::string& b : bindings) {
    EXPECT_EQ(b.find("P:mike_pence"), std::string::npos) << b;
    EXPECT_EQ(b.find("P:michael_cohen"), std::string::npos) << b;
  }
}

TEST_F(ResolveTest, TitleEndingALineBindsNoNameOnTheNext) {
  ResolvedText r = Resolve("Trump fires defiant acting attorney general\n\nDonald Trump fired Sally Yates on Monday.",
                           "2017-01-31");
  EXPECT_TRUE(r.office_bindings.empty()) << Describe(r, r.office_bindings)[0];
}

TEST_F(ResolveTest, FormerTitle) {
  ResolvedText r = Resolve("He spoke with former national security adviser Michael Flynn on Monday.", "2017-12-01");
  EXPECT_EQ(EntityOf(r, "Michael Flynn"), "P:michael_flynn");
  ASSERT_EQ(r.office_bindings.size(), 1u);
  EXPECT_TRUE(r.office_bindings[0].former);
  EXPECT_EQ(r.entities[r.office_bindings[0].person].id, "P:michael_flynn");
  EXPECT_EQ(r.entities[r.office_bindings[0].target].type, EntityType::kOffice);
}

TEST_F(ResolveTest, OfficeAloneStaysAnOffice) {
  ResolvedText r = Resolve("The attorney general declined to comment.", "2017-03-02");
  EXPECT_EQ(EntityOf(r, "attorney general"), "OFF:us_attorney_general");
  EXPECT_FALSE(HasEntity(r, "P:jeff_sessions"));
  EXPECT_TRUE(r.office_bindings.empty());
}

TEST_F(ResolveTest, DocumentEntitiesListTheirMentions) {
  ResolvedText r = Resolve("Jeff Sessions met Sergey Kislyak. Sessions and Kislyak spoke again.");
  ASSERT_EQ(r.mention_entity.size(), r.recognized.mentions.size());
  for (size_t e = 0; e < r.entities.size(); ++e) {
    for (uint32_t m : r.entities[e].mentions) EXPECT_EQ(r.mention_entity[m], static_cast<int32_t>(e));
  }
  for (size_t m = 0; m < r.mention_entity.size(); ++m) {
    for (uint32_t t = r.recognized.mentions[m].first_token; t < r.recognized.mentions[m].end_token; ++t) {
      EXPECT_EQ(r.token_mention[t], static_cast<int32_t>(m));
      EXPECT_EQ(r.EntityAtToken(t), r.mention_entity[m]);
    }
  }
  const DocEntity* sessions = nullptr;
  for (const DocEntity& e : r.entities) sessions = e.id == "P:jeff_sessions" ? &e : sessions;
  ASSERT_NE(sessions, nullptr);
  EXPECT_EQ(sessions->mentions.size(), 2u);
  EXPECT_EQ(sessions->name, "Jeff Sessions");
  EXPECT_EQ(sessions->gender, 'm');
  EXPECT_GE(sessions->knowledge_index, 0);
}

TEST_F(ResolveTest, SurnameGoesToTheFullNameBeforeIt) {
  ResolvedText r = Resolve("Jeff Sessions met Kislyak in July. Later, Sessions said the talks were routine.");
  EXPECT_EQ(EntityOf(r, "Sessions"), "P:jeff_sessions");
  EXPECT_EQ(r.mention_entity[static_cast<size_t>(MentionIndex(r, "Sessions"))],
            r.mention_entity[static_cast<size_t>(MentionIndex(r, "Jeff Sessions"))]);
  // A unique gazetteer candidate needs no full name.
  EXPECT_EQ(EntityOf(r, "Kislyak"), "P:sergey_kislyak");
}

TEST_F(ResolveTest, SurnameSpelledAsAnAliasSpellsIt) {
  // The gazetteer's name is "Recep Tayyip Erdoğan"; an alias spells "Erdogan".
  ResolvedText r = Resolve("President Recep Tayyip Erdogan spoke. Later Erdogan left.");
  EXPECT_EQ(EntityOf(r, "Erdogan"), "P:recep_tayyip_erdogan");
}

TEST_F(ResolveTest, SharedSurnameFollowsTheFullNameTheDocumentGives) {
  ResolvedText r = Resolve("David Koch funded the group. Koch said the deal was done.");
  EXPECT_EQ(EntityOf(r, "Koch"), "P:david_koch");
  EXPECT_TRUE(r.unresolved.empty());
  ResolvedText other = Resolve("Charles Koch funded the group. Koch said the deal was done.");
  EXPECT_EQ(EntityOf(other, "Koch"), "P:charles_koch");
}

TEST_F(ResolveTest, SharedSurnameWithoutEvidenceStaysUnresolved) {
  ResolvedText r = Resolve("Koch said the deal was done.");
  EXPECT_EQ(EntityOf(r, "Koch"), "");  // never guessed
  EXPECT_FALSE(HasEntity(r, "P:charles_koch"));
  EXPECT_FALSE(HasEntity(r, "P:david_koch"));
  ASSERT_EQ(r.unresolved.size(), 1u);
  EXPECT_EQ(r.unresolved[0].mention, static_cast<uint32_t>(MentionIndex(r, "Koch")));
  std::vector<std::string> candidates = r.unresolved[0].candidates;
  std::sort(candidates.begin(), candidates.end());
  EXPECT_EQ(candidates, (std::vector<std::string>{"P:charles_koch", "P:david_koch"}));
}

TEST_F(ResolveTest, LowerCaseWordIsNobody) {
  ResolvedText r = Resolve("The committee held two sessions on Tuesday.");
  EXPECT_FALSE(HasEntity(r, "P:jeff_sessions"));
}

TEST_F(ResolveTest, MonthAloneIsNotThePerson) {
  ResolvedText r = Resolve("In May, the talks resumed in Brussels.");
  EXPECT_FALSE(HasEntity(r, "P:theresa_may"));
  ResolvedText named = Resolve("Theresa May flew to Brussels in May 2019. May said she wanted more time.");
  EXPECT_EQ(EntityOf(named, "Theresa May"), "P:theresa_may");
  EXPECT_EQ(EntityOf(named, "May", 0), "P:theresa_may");  // the "May" of "May said"
}

TEST_F(ResolveTest, UnknownNameAndItsLaterSurname) {
  ResolvedText r = Resolve(
      "Quillfeather was not yet known. The researcher Eliot Quillfeather tracked the missile. "
      "Quillfeather said the launcher came from Russia.");
  int full = MentionIndex(r, "Eliot Quillfeather");
  ASSERT_GE(full, 0);
  int32_t e = r.mention_entity[static_cast<size_t>(full)];
  ASSERT_GE(e, 0);
  const DocEntity& person = r.entities[static_cast<size_t>(e)];
  EXPECT_EQ(person.type, EntityType::kPerson);
  EXPECT_EQ(person.knowledge_index, -1);
  EXPECT_EQ(person.name, "Eliot Quillfeather");
  EXPECT_EQ(person.id.rfind("P:", 0), 0u) << person.id;
  EXPECT_EQ(person.gender, 'm');
  // The bare surname after the full name is the same person; the one before it is not linked.
  int later = MentionIndex(r, "Quillfeather", 0);
  ASSERT_GE(later, 0);
  EXPECT_GT(later, full);
  EXPECT_EQ(r.mention_entity[static_cast<size_t>(later)], e);
  EXPECT_EQ(person.mentions.size(), 2u);
}

TEST_F(ResolveTest, PartyStateTagMakesAMembership) {
  ResolvedText r = Resolve("Sen. Richard Blumenthal (D-Connecticut) said the hearing should go on.", "2018-09-27");
  EXPECT_EQ(EntityOf(r, "Richard Blumenthal"), "P:richard_blumenthal");
  EXPECT_TRUE(Contains(Describe(r, r.memberships), "P:richard_blumenthal -> ORG:democratic_party (party-tag)"))
      << testing::PrintToString(Describe(r, r.memberships));
  ResolvedText rep = Resolve("Rep. Jason Chaffetz (R-Utah) welcomed the recusal.", "2017-03-02");
  EXPECT_TRUE(Contains(Describe(rep, rep.memberships), "P:jason_chaffetz -> ORG:republican_party (party-tag)"))
      << testing::PrintToString(Describe(rep, rep.memberships));
  // Between commas too, when the state is there; the tag describes the person.
  ResolvedText comma = Resolve("Mitch McConnell, R-Ky., spoke. Sergey Lavrov, D-Day, did not.", "2017-03-02");
  EXPECT_EQ(Describe(comma, comma.memberships),
            std::vector<std::string>{"P:mitch_mcconnell -> ORG:republican_party (party-tag)"});
  for (const DocEntity& e : comma.entities) {
    if (e.id != "P:mitch_mcconnell") continue;
    ASSERT_FALSE(e.descriptions.empty());
    EXPECT_EQ(texts_.back().substr(e.descriptions[0].start, e.descriptions[0].end - e.descriptions[0].start), "R-Ky.");
  }
}

TEST_F(ResolveTest, OrganizationBeforeATitleMakesAMembershipOnlyPastModifiers) {
  auto memberships = [&](const char* text) {
    ResolvedText r = Resolve(text, "2017-10-02");
    return Describe(r, r.memberships);
  };
  EXPECT_TRUE(Contains(memberships("Republican state Sen. Jeff Flake spoke."), "P:jeff_flake -> ORG:republican_party (org-name)"));
  EXPECT_TRUE(Contains(memberships("The panel's top Democrat, Sen. Mark Warner, spoke."),
                       "P:mark_warner -> ORG:democratic_party (org-name)"));
  // A verb or a dateline between: the organization asked, or reported, nothing more.
  EXPECT_TRUE(memberships("Fox News asked Defense Secretary Jim Mattis about it.").empty());
  EXPECT_TRUE(memberships("WASHINGTON (Reuters) - President Donald Trump spoke.").empty());
}

TEST_F(ResolveTest, TitleAfterAPrepositionIsNoApposition) {
  ResolvedText r = Resolve("Jeff Sessions, nominated to be attorney general, spoke. Omarosa Manigault Newman, a former aide "
                           "to the President, spoke.", "2017-01-10");
  EXPECT_TRUE(r.office_bindings.empty()) << r.office_bindings.size();
  ResolvedText ok = Resolve("Jeff Sessions, the attorney general, spoke.", "2017-06-01");
  ASSERT_EQ(ok.office_bindings.size(), 1u);
  EXPECT_EQ(ok.office_bindings[0].rule, "apposition");
}

TEST_F(ResolveTest, ObjectPronounIsNotItsOwnClausesSubject) {
  // A verb after "and" shares the sentence's subject: "him" is the other man named.
  ResolvedText a = Resolve("Rick Perry condemned Donald Trump and called on him to drop out.", "2016-06-01");
  EXPECT_EQ(EntityOf(a, "him"), "P:donald_trump");
  // In a clause of its own, the pronoun is not that clause's subject, but may be the sentence's.
  ResolvedText b = Resolve("James Comey said Donald Trump asked him to drop the investigation.", "2017-06-08");
  EXPECT_EQ(EntityOf(b, "him"), "P:james_comey");
  ResolvedText c = Resolve("Hillary Clinton said Donald Trump insulted her.", "2016-10-01");
  EXPECT_EQ(EntityOf(c, "her"), "P:hillary_clinton");
}

TEST_F(ResolveTest, SubjectPronounGoesToTheLastSubject) {
  ResolvedText r = Resolve("Jeff Sessions met Sergey Kislyak in July. He said the talks were routine.");
  EXPECT_EQ(EntityOf(r, "He"), "P:jeff_sessions");
  ResolvedText f = Resolve("Theresa May met Donald Tusk in Brussels. She said the talks went well.");
  EXPECT_EQ(EntityOf(f, "She"), "P:theresa_may");
  // A pronoun alone names nobody new.
  ResolvedText alone = Resolve("He said nothing.");
  EXPECT_EQ(EntityOf(alone, "He"), "");
}

TEST_F(ResolveTest, RoleNounGoesToThePersonInThatOffice) {
  ResolvedText r =
      Resolve("Jeff Sessions met Russian Ambassador Sergey Kislyak in September. The Russian diplomat declined to comment.",
              "2017-03-02");
  EXPECT_EQ(EntityOf(r, "The Russian diplomat"), "P:sergey_kislyak");
  // A person the gazetteer describes with the role (role= on people): "the businessman".
  ResolvedText b = Resolve("Donald Trump spoke in Ohio. The New York businessman said little; George Soros spoke. "
                           "The billionaire said more.",
                           "2016-09-30");
  EXPECT_EQ(EntityOf(b, "businessman"), "P:donald_trump");  // the place before it is its own mention
  EXPECT_EQ(EntityOf(b, "The billionaire"), "P:george_soros");
}

TEST_F(ResolveTest, TitleThatNamesItsOrganizationYieldsTheOrganization) {
  ResolvedText r = Resolve("White House press secretary Sarah Sanders spoke on Monday.", "2017-10-30");
  ASSERT_TRUE(HasEntity(r, "ORG:white_house"));
  for (const DocEntity& e : r.entities) {
    if (e.id != "ORG:white_house") continue;
    ASSERT_EQ(e.embedded.size(), 1u);
    EXPECT_EQ(r.recognized.tokens.text.substr(e.embedded[0].first, e.embedded[0].second - e.embedded[0].first),
              "White House");
  }
  bool member = std::any_of(r.memberships.begin(), r.memberships.end(), [&](const Binding& b) {
    return r.entities[b.person].id == "P:sarah_huckabee_sanders" && r.entities[b.target].id == "ORG:white_house";
  });
  EXPECT_TRUE(member);
}

TEST_F(ResolveTest, ImpliedOrganizationOfATitleIsNotAdded) {
  ResolvedText r = Resolve("Vice President Mike Pence spoke on Monday.", "2017-10-30");
  EXPECT_FALSE(HasEntity(r, "ORG:white_house"));
}

TEST_F(ResolveTest, NicknamesAndFormalGivenNamesAreOnePerson) {
  ResolvedText r = Resolve("Bill Barr met Charles Schumer. Barr left.");
  EXPECT_EQ(EntityOf(r, "Bill Barr"), "P:william_barr");  // lexicon/nicknames.tsv
  EXPECT_EQ(EntityOf(r, "Charles Schumer"), "P:chuck_schumer");
  EXPECT_EQ(EntityOf(r, "Barr"), "P:william_barr");
}

TEST_F(ResolveTest, MiddleInitialsTheGazetteerDoesNotList) {
  ResolvedText r = Resolve("Charles E. Grassley met Elizabeth A. Warren. George H.W. Bush sent a note.");
  EXPECT_EQ(EntityOf(r, "Charles E. Grassley"), "P:chuck_grassley");
  EXPECT_EQ(EntityOf(r, "Elizabeth A. Warren"), "P:elizabeth_warren");
  EXPECT_EQ(EntityOf(r, "George H.W. Bush"), "P:george_bush");  // not George W. Bush
}

TEST_F(ResolveTest, AcronymAndInvertedFormADocumentDefines) {
  ResolvedText r = Resolve(
      "Officials at the Ministry of Fisheries disagreed. The Zorblax Research Agency (ZRA) was blamed. "
      "Later the Fisheries Ministry said the ZRA had lied.");
  std::string ministry = EntityOf(r, "Ministry of Fisheries");
  EXPECT_EQ(ministry, "ORG:x_ministry_of_fisheries");
  EXPECT_EQ(EntityOf(r, "Fisheries Ministry"), ministry);
  EXPECT_EQ(EntityOf(r, "ZRA", 1), "ORG:x_zorblax_research_agency");
}

TEST_F(ResolveTest, DefiniteLastWordOfAnOrganizationNamedBefore) {
  ResolvedText r = Resolve(
      "The Washington Post and the Zorblax Research Agency disagreed. Later the Post said so, and the Agency "
      "replied. The Senate Intelligence Committee and the House Judiciary Committee met; the Committee "
      "adjourned. The Department of Justice declined; the Justice spoke.");
  EXPECT_EQ(EntityOf(r, "Post", 0), "ORG:washington_post");  // "Post" is also a surname
  EXPECT_EQ(EntityOf(r, "Agency"), "ORG:x_zorblax_research_agency");
  // Two organizations end in "Committee"; "Department of Justice" has a connector, so no head.
  EXPECT_EQ(MentionIndex(r, "Committee"), -1);
  EXPECT_NE(EntityOf(r, "Justice"), "ORG:department_of_justice");
}

TEST_F(ResolveTest, AnotherEntrysWordInAnotherCaseYieldsToTheNameGiven) {
  // Fox Broadcasting lists "FOX"; the document named 21st Century Fox.
  ResolvedText r = Resolve("Disney bought assets of 21st Century Fox. Disney and Fox said the deal would close.");
  EXPECT_EQ(EntityOf(r, "Fox"), "ORG:twenty_first_century_fox");
  r = Resolve("Disney and Fox said the deal would close.");
  EXPECT_EQ(EntityOf(r, "Fox"), "ORG:fox_broadcasting");
}

TEST_F(ResolveTest, AnOrganizationsWordThatEndsAnotherName) {
  ResolvedText r = Resolve("Headline\n\nA gunman opened fire at a Waffle House in Antioch. Kim hosted Pompeo at the Paekhwawon "
                           "State Guest House. The GOP-controlled House voted. Ask the Pakistani Taliban.",
                           "2018-04-23");
  EXPECT_EQ(EntityOf(r, "House", 0), "");
  EXPECT_EQ(EntityOf(r, "House", 1), "");
  EXPECT_EQ(EntityOf(r, "House", 2), "ORG:us_house");
  EXPECT_EQ(EntityOf(r, "Taliban"), "ORG:taliban");
  r = Resolve("Headline\n\nStocks, the dollar and Treasury yields fell sharply.", "2017-12-01");
  EXPECT_EQ(EntityOf(r, "Treasury"), "");
}

TEST_F(ResolveTest, ImportedNamesakesNeedEvidence) {
  // "Israel" and "London" are surnames of former congressmen in the imported lists.
  ResolvedText r = Resolve("Israel said talks in London would resume.");
  for (const DocEntity& e : r.entities) EXPECT_NE(e.type, EntityType::kPerson) << e.id;
}

TEST_F(ResolveTest, ABareSurnameKeepsMeaningTheFirstNamedNamesake) {
  ResolvedText r = Resolve(
      "Rupert Murdoch is cashing out. Murdoch said the deal was good.\n\nIger said there are no plans for James "
      "Murdoch.\n\nIn a statement of his own, Murdoch said he was convinced.",
      "2017-12-14");
  EXPECT_EQ(EntityOf(r, "Murdoch", 0), "P:rupert_murdoch");
  EXPECT_EQ(EntityOf(r, "Murdoch", 1), "P:rupert_murdoch");
  // Named in the same sentence, the nearer namesake is meant.
  r = Resolve("Rupert Murdoch spoke.\n\nHis son James Murdoch said Murdoch would stay.", "2017-12-14");
  EXPECT_EQ(EntityOf(r, "Murdoch", 0), "P:james_murdoch");
}

TEST_F(ResolveTest, ARelativeByGivenNameTakesTheOwnersSurname) {
  ResolvedText r = Resolve("Joe Biden defended his son. Biden's son Hunter spoke. Trump's eldest son Eric spoke.",
                           "2019-10-01");
  EXPECT_EQ(EntityOf(r, "Hunter"), "P:hunter_biden");  // not Rep. Duncan Hunter
  EXPECT_EQ(EntityOf(r, "Eric"), "P:eric_trump");
}

TEST_F(ResolveTest, AGivenNameAloneAfterTheFullName) {
  ResolvedText r = Resolve("Bob Iger will stay. \"I'm grateful that Bob has agreed to stay on,\" Murdoch said.",
                           "2017-12-14");
  EXPECT_EQ(EntityOf(r, "Bob"), "P:bob_iger");
  // Two people of that given name: neither.
  r = Resolve("Bob Iger met Bob Corker. Bob said no.", "2017-12-14");
  EXPECT_EQ(EntityOf(r, "Bob"), "<no mention>");
}

TEST_F(ResolveTest, TitledSurnameIsTheNamesakeServingOnTheDate) {
  // Congress has had many Grahams (imported); in 2017 the senator is Lindsey Graham.
  ResolvedText r = Resolve("Sen. Graham spoke to reporters.", "2017-05-01");
  EXPECT_EQ(EntityOf(r, "Graham"), "P:lindsey_graham");
}

TEST_F(ResolveTest, BareSurnameOnlyImportedListsHoldIsNobody) {
  // Rep. George Holding (imported) served in 2018, but "Holding" alone is no one we can tell.
  ResolvedText r = Resolve("Holding umbrellas, Trump greeted Macron. Holding said no.", "2018-04-24");
  EXPECT_EQ(EntityOf(r, "Holding"), "");
  EXPECT_EQ(EntityOf(r, "Holding", 1), "");
  // Named in full, or with a title, he is meant.
  r = Resolve("Rep. George Holding spoke. Holding said no.", "2018-04-24");
  EXPECT_EQ(EntityOf(r, "Holding"), "P:george_holding");
  r = Resolve("Rep. Holding said no.", "2018-04-24");
  EXPECT_EQ(EntityOf(r, "Holding"), "P:george_holding");
  // After an honorific, someone of that name: an unknown person.
  r = Resolve("\"We won,\" Mr. Holding said.", "2018-04-24");
  EXPECT_EQ(EntityOf(r, "Holding"), "P:x_holding");
  // A place, not a congressman Hill.
  r = Resolve("Trump met lawmakers on Capitol Hill.", "2018-04-24");
  EXPECT_EQ(EntityOf(r, "Capitol Hill"), "LOC:capitol_hill");
}

TEST_F(ResolveTest, OwnerPronounInAReasonIsThePersonThanked) {
  ResolvedText r = Resolve("Moon Jae-in thanked Mike Pompeo for coming to Seoul after his meeting with Kim Jong Un.",
                           "2018-10-07");
  EXPECT_EQ(EntityOf(r, "his"), "P:mike_pompeo");
  // Past punctuation, the subject's as before.
  r = Resolve("Moon Jae-in thanked Mike Pompeo for coming, and his aides agreed.", "2018-10-07");
  EXPECT_EQ(EntityOf(r, "his"), "P:moon_jae_in");
}

TEST_F(ResolveTest, AppositionsAndRoleNounsDescribeTheEntity) {
  ResolvedText r = Resolve(
      "\"The plan is late,\" said Dorota Quellman, head of the Brindle Policy Center. Martin Tosk, a lawyer at "
      "Marsh & Pell who has argued many cases, agreed. Unlike Quellman, the critic has said little. Jeff Sessions "
      "met Sergey Kislyak, the Russian ambassador, in July. The Alabama senator said so. The Fenwick Group, the "
      "Harlow Trust and the Osk Fund wrote. Kislyak, then ambassador, left. Ilse Varga and Pim Ros, the two "
      "founders, spoke. Adam Schiff, D-Calif., the top Democrat on the committee, spoke too. Paul Ryan, who is "
      "running again, agreed. Jenna Golden, Twitter's director of sales, did not. Bernie Sanders, the senator from "
      "Vermont, spoke. Martha Quist \u2014 a teacher from Mount Pleasant \u2014 says so. The longer Ilse Marsh "
      "stays \u2014 the better her prospects. Peter Oduya, 31, a freelance photographer, agreed. Jonah Vantreese of "
      "the Washington Post spoke. Ann Oduya at Trump Tower waited. Mark Tosk, Sanders' campaign manager, left. "
      "Lena Oduya, communications director for the campaign, wrote. Ruth Abernethy, a Democrat and former state senator, "
      "wrote. Paula Ryan, sitting alongside the vice president, smiled. Walter Doyle, a professor at a college in "
      "Nashville, Tennessee, spoke. Jorge Villanueva, 31, of Tujunga, Calif., agreed. \"For months we have "
      "waited for a sign\" said Nora Quillfeather, a campaign spokesman. Stacy Vantreese of Columbia, South Carolina, "
      "agreed. Rob Quillan accused Nora Quillfeather of betraying Mr. Obama. Dana Hartwell of Madison, Alabama, agreed.",
      "2016-09-01");
  auto descriptions = [&](const std::string& id) {
    std::vector<std::string> out;
    for (const DocEntity& e : r.entities) {
      if (e.id != id) continue;
      for (const Description& d : e.descriptions) out.emplace_back(texts_.back().substr(d.start, d.end - d.start));
    }
    return out;
  };
  EXPECT_EQ(descriptions("P:x_dorota_quellman"), std::vector<std::string>{"head of the Brindle Policy Center"});
  EXPECT_EQ(descriptions("P:x_martin_tosk"),
            std::vector<std::string>{"a lawyer at Marsh & Pell who has argued many cases"});
  // A role noun that refers back is a description too; a clause after a
  // fronted name, a list of names and a group's description are not.
  EXPECT_EQ(descriptions("P:sergey_kislyak"), (std::vector<std::string>{"the Russian ambassador", "then ambassador"}));
  EXPECT_EQ(descriptions("P:jeff_sessions"), std::vector<std::string>{"The Alabama senator"});
  EXPECT_TRUE(descriptions("ORG:x_fenwick_group").empty());
  EXPECT_TRUE(descriptions("P:x_pim_ros").empty());
  // A relative clause, marked as one; a name's possessive opens a description.
  for (const DocEntity& e : r.entities) {
    if (e.id != "P:paul_ryan") continue;
    ASSERT_EQ(e.descriptions.size(), 1u);
    EXPECT_EQ(texts_.back().substr(e.descriptions[0].start, e.descriptions[0].end - e.descriptions[0].start),
              "who is running again");
    EXPECT_TRUE(e.descriptions[0].clause);
  }
  EXPECT_EQ(descriptions("P:x_jenna_golden"), std::vector<std::string>{"Twitter's director of sales"});
  // Between dashes, only when a dash closes it.
  EXPECT_EQ(descriptions("P:x_martha_quist"), std::vector<std::string>{"a teacher from Mount Pleasant"});
  EXPECT_TRUE(descriptions("P:x_ilse_marsh").empty());
  EXPECT_EQ(descriptions("P:x_peter_oduya"), std::vector<std::string>{"a freelance photographer"});  // past an age
  // "of" and a name after it describe a person ("at" says where, not who); an
  // organization and a noun of affiliation open a description.
  EXPECT_EQ(descriptions("P:x_jonah_vantreese"), std::vector<std::string>{"of the Washington Post"});
  EXPECT_TRUE(descriptions("P:x_ann_oduya").empty());
  EXPECT_EQ(descriptions("P:x_mark_tosk"), std::vector<std::string>{"Sanders' campaign manager"});
  // Lower-case words up to a noun of affiliation; an organization after "a".
  EXPECT_EQ(descriptions("P:x_lena_oduya"), std::vector<std::string>{"communications director for the campaign"});
  EXPECT_EQ(descriptions("P:x_ruth_abernethy"), std::vector<std::string>{"a Democrat and former state senator"});
  EXPECT_TRUE(descriptions("P:x_paula_ryan").empty());
  EXPECT_EQ(descriptions("P:x_nora_quillfeather"), std::vector<std::string>{"a campaign spokesman"});  // "For" quoted
  // "of" and a name the gazetteer lacks, with its state; not "of betraying Mr. Obama".
  EXPECT_EQ(descriptions("P:x_stacy_vantreese"), std::vector<std::string>{"of Columbia, South Carolina"});
  EXPECT_EQ(descriptions("P:x_jorge_villanueva"), std::vector<std::string>{"of Tujunga, Calif."});
  // A name the gazetteer gives someone else (James Madison) before a state is a town's.
  EXPECT_EQ(descriptions("P:x_dana_hartwell"), std::vector<std::string>{"of Madison, Alabama"});
  EXPECT_EQ(descriptions("P:x_walter_doyle"), std::vector<std::string>{"a professor at a college in Nashville, Tennessee"});
  // The apposition over the role noun inside it ("the senator").
  EXPECT_EQ(descriptions("P:bernie_sanders"), std::vector<std::string>{"the senator from Vermont"});
  // Past a party-state tag, which describes the person too.
  EXPECT_EQ(descriptions("P:adam_schiff"), (std::vector<std::string>{"D-Calif.", "the top Democrat on the committee"}));
}

TEST_F(ResolveTest, RoleNounAfterAStateIsSomeoneFromThatState) {
  ResolvedText r = Resolve(
      "Ted Cruz and Marco Rubio spoke in Iowa. The Texas senator said little. Later the senators left.",
      "2016-01-20");
  EXPECT_EQ(EntityOf(r, "senator"), "P:ted_cruz");  // Rubio, named last, is from Florida
  EXPECT_EQ(MentionIndex(r, "senators"), -1);      // a plural names a group
}

TEST_F(ResolveTest, DefiniteOfficePhraseDescribesItsHolder) {
  ResolvedText r = Resolve(
      "Rep. Adam Schiff met Rep. Jim Jordan. The California congressman said so. The Iowa congressman did not.",
      "2017-06-01");
  std::vector<std::string> schiff, jordan;
  for (const DocEntity& e : r.entities) {
    for (const Description& d : e.descriptions) {
      if (e.id == "P:adam_schiff") schiff.emplace_back(texts_.back().substr(d.start, d.end - d.start));
      if (e.id == "P:jim_jordan") jordan.emplace_back(texts_.back().substr(d.start, d.end - d.start));
    }
  }
  EXPECT_EQ(schiff, std::vector<std::string>{"The California congressman"});
  EXPECT_TRUE(jordan.empty());  // from Ohio
}

TEST_F(ResolveTest, RoleNounUsedAsAModifierIsNobody) {
  ResolvedText r = Resolve("Michael Flynn spoke. He talked to Russians during the general election. The general said so.",
                           "2013-06-01");
  EXPECT_EQ(MentionIndex(r, "the general"), -1);  // "general election": roles.tsv `-`
  int said = MentionIndex(r, "The general");
  ASSERT_GE(said, 0);
  EXPECT_EQ(EntityOf(r, "The general"), "P:michael_flynn");
}

}  // namespace
}  // namespace newsgraph
