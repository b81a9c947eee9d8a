// resolve: mentions in, document entities out (coreference within one document).
//
// Contract: every mention ends up with one document entity or none (an
// unresolved mention keeps its candidates, is listed, and is never guessed).
// - A full name picks among its candidates by the document's evidence: the
//   office held on the document's date, other names already seen.
// - A short form (surname) goes to the most recent full name it fits (not one
//   its title, honorific or the bare_surname=no attribute rules out), else to
//   a later one in the document, else to a unique gazetteer candidate, else to
//   the candidate most tied (memberships, offices) to what the document names.
//   A surname without a title whose candidates only imported lists hold goes
//   to none of them ("Holding umbrellas"; after an honorific, to an unknown
//   person of that name: "Mr. Phillips said"): being in office on the date
//   makes a namesake likelier, not named.
//   A full name the gazetteer lacks ("Brian Fallon") takes the bare surnames
//   after it, unless an earlier full name or a title ("President Trump ...
//   Lara Trump ... Trump said") gave the surname to a gazetteer person.
//   A title before it picks the candidate who held its office on the date,
//   else one the document names who held it, else (without "a" before the
//   title) the one who took it last before the date: "President Ford" in 2018
//   is Gerald Ford, even beside Christine Blasey Ford.
// - A title next to a name ("Attorney General Jeff Sessions", "Sen. Graham")
//   binds the person to that office. A title several offices share goes to the
//   one the person held on the date, else at any time ("former President Barack
//   Obama"); when the person held none of them, to the gazetteer's first office,
//   not to another holder's the document names ("Austin Mayor Steve Adler" in an
//   article naming Bill de Blasio). After a rank below it or a state's level
//   (markers `subordinate`, `state-level`: "deputy FBI Director", "state Rep.")
//   it binds none. An office mention alone ("the attorney general") stays an office.
// - "the [Russian] diplomat": the role noun goes to the person last named in an
//   office with that role (and country), or whom the gazetteer describes with it
//   ("the New York businessman": a person's role=), else the office's holder on the date.
// - he/she go to the most recent sentence subject of that gender (the first
//   person a sentence names; past a fronted clause, "After he fired Comey,
//   Trump met ...", the main clause's); an owner pronoun in a fronted clause
//   to the main clause's first person. An object pronoun is never its own
//   clause's subject (the sentence's first person after "and", else the person
//   named last before it): it goes to the latest other person of its gender
//   the sentence names ("Perry condemned Trump and called on him", "Comey said
//   Trump asked him"), else to an earlier sentence's subject. An owner pronoun
//   after a person's name and a `reason` marker is that person's ("thanked
//   Pompeo for coming ... after his meeting").
// - Party-state tags "(D-Connecticut)" make a membership of the person before them;
//   so do "NPR's Anthony Kuhn", "Democratic candidate Hillary Clinton", "Ty Cobb,
//   a White House attorney", "Greg Miller for the Washington Post", and an office
//   whose organization the document names ("White House press secretary Sarah Sanders").
//   Between an organization and the title before a person only modifiers may
//   stand ("Republican state Sen.", "Democratic former state House Speaker"),
//   not a verb ("Fox News asked Defense Secretary Jim Mattis").
// - A noun phrase set off by a comma after a person's or organization's name
//   ("Len Burman, head of the Tax Policy Center,"), a role noun that refers
//   back ("the Vermont senator") and a definite office phrase for a holder the
//   document names ("the California congressman") are descriptions of the
//   entity: listed, never resolved by themselves.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "recognize/recognizer.h"
#include "util/date.h"

namespace newsgraph {

// A byte span that describes an entity: a phrase ("head of the Tax Policy
// Center", "the Vermont senator", "D-Wis.") or a relative clause ("who is
// running against Roy Blunt").
struct Description {
  uint32_t start = 0;
  uint32_t end = 0;
  bool clause = false;
};

struct DocEntity {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;
  int32_t knowledge_index = -1;  // -1: a name the gazetteer lacks
  char gender = 0;
  std::vector<uint32_t> mentions;  // indices into RecognizedText::mentions
  // Byte spans of the entity named inside another mention: "White House" in
  // "White House press secretary" (an office whose org= the title names).
  std::vector<std::pair<uint32_t, uint32_t>> embedded;
  // Byte spans of the phrases that describe it: "the Vermont senator" (a role
  // noun that refers back), "head of the Tax Policy Center" in "Len Burman,
  // head of the Tax Policy Center, said" (an apposition).
  std::vector<Description> descriptions;
};

// A fact the text states by juxtaposition: a title before a name, a
// party-state tag after one. Relate turns them into HOLDS_OFFICE / MEMBER_OF.
// A title binds the name right after it, or after one abbreviated title
// ("Chief of Staff Gen. John Kelly"), in its sentence only; a title that goes
// on to a name or a title is no apposition of the name before its comma, nor
// is one that goes on to its own verb or owns a role ("with Pence, the South
// Korean president made it clear", "Cohen, the President's lawyer"); a
// gazetteer office of one organization (org=), spelled out, after the name of
// another organization is that one's title and binds nobody ("Purdue
// University President Mitch Daniels", "Judicial Watch President Tom Fitton"),
// unless that one is a party, an administration or of the same body by the
// parent= chains ("FBI Special Counsel Robert Mueller"); a US state right
// before the title of an office with org= (or after it, past "of") makes it
// the state's own office, which names no office of the gazetteer ("California
// Attorney General Xavier Becerra"), unless the office has seats=state
// ("Vermont Sen. Bernie Sanders"), and one before a US legislature's or court's
// name that it owns or that a title or a name follows names the state's body
// ("Alabama's Supreme Court", "Ohio Senate President"); nor does an office of one seat
// (its gazetteer tenures never overlap) bind someone the gazetteer lacks when
// it was someone else's on the document's date ("Attorney General Ken Paxton"
// in 2017), unless the title says "former".
struct Binding {
  uint32_t person = 0;  // DocEntity index
  uint32_t target = 0;  // DocEntity index: the office or the organization
  uint32_t token = 0;   // where the evidence is
  bool former = false;
  std::string rule;
};

struct ResolvedText {
  RecognizedText recognized;
  DateKey date = kNoDate;
  std::vector<DocEntity> entities;
  std::vector<int32_t> mention_entity;  // per mention: DocEntity index, or -1
  std::vector<Binding> office_bindings;
  std::vector<Binding> memberships;
  // Mentions left unresolved: their candidates, as gazetteer ids.
  struct Unresolved {
    uint32_t mention;
    std::vector<std::string> candidates;
  };
  std::vector<Unresolved> unresolved;

  std::vector<int32_t> token_mention;  // per token: the mention covering it, or -1

  // The DocEntity of the mention that covers `token`, or -1.
  int32_t EntityAtToken(uint32_t token) const;
};

class Resolver {
 public:
  explicit Resolver(const Knowledge& knowledge) : knowledge_(knowledge) {}

  ResolvedText Resolve(RecognizedText recognized, DateKey date) const;

  struct Work;  // the state the passes share (resolver_work.h)

 private:
  void ResolveNames(Work& w) const;
  void ResolveShortNames(Work& w) const;
  void ResolveGivenNames(Work& w) const;  // given_names.cc
  void ResolveLoneGivenNames(Work& w) const;
  int32_t MostConnected(const Work& w, const std::vector<uint32_t>& candidates) const;
  // The candidates from the curated gazetteer or in office on `date`: imported
  // namesakes need the document's own evidence (a full name, a title) or a date.
  std::vector<uint32_t> Prominent(const std::vector<uint32_t>& candidates, DateKey date) const;
  void ResolveUnknownNames(Work& w) const;
  // Acronyms a document defines ("... Agency (IRA)") and inverted forms of
  // organizations it names ("Fisheries Ministry"): later uses join the entity.
  void ResolveDefinedForms(Work& w) const;
  std::string Initials(const Work& w, const Mention& m) const;
  void ResolveRoles(Work& w) const;
  void ResolvePronouns(Work& w) const;
  int32_t ReportedSpeaker(const Work& w, size_t pronoun) const;
  void UnlinkStatesOwnBodies(Work& w) const;
  void BindTitles(Work& w) const;
  void BindCopulaTitles(Work& w) const;
  void BindParties(Work& w) const;
  void BindAffiliations(Work& w) const;
  void FindEmbeddedOrganizations(Work& w) const;
  void FindAppositions(Work& w) const;
  void DescribeHolders(Work& w) const;

  const Knowledge& knowledge_;
};

}  // namespace newsgraph
