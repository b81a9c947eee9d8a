// Internal to relate: the document being related and the helpers its rules share.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "relate/extraction.h"
#include "relate/relator.h"
#include "resolve/resolver.h"

namespace newsgraph {

class RelateContext {
 public:
  RelateContext(const Knowledge& k, const ResolvedText& text, DocumentExtraction* out, RelateOptions options = {});
  const RelateOptions& options() const { return options_; }

  const Knowledge& knowledge() const { return k_; }
  const ResolvedText& text() const { return text_; }
  const TokenizedText& tokens() const { return text_.recognized.tokens; }
  const std::vector<uint32_t>& words() const { return text_.recognized.words; }
  const std::vector<Mention>& mentions() const { return text_.recognized.mentions; }

  // The output entity a mention stands for, or -1. An office stands for its
  // holder (bound in the text, or on the document's date) when `as_person`
  // and that holder is named in the document.
  int32_t EntityOfMention(size_t mention, bool as_person) const;
  int32_t OutputOf(int32_t doc_entity) const;
  const std::vector<ExtractedRelation>& relations() const { return out_->relations; }  // found so far
  EntityType TypeOf(int32_t output_entity) const { return out_->entities[static_cast<size_t>(output_entity)].type; }
  const std::string& OutputId(int32_t output_entity) const { return out_->entities[static_cast<size_t>(output_entity)].id; }
  // The gazetteer gives the entity this `kind` attribute ("country", "media"); false for -1.
  bool HasKind(int32_t output_entity, std::string_view kind) const;

  // The mention covering `token`, or -1.
  int32_t MentionAt(uint32_t token) const { return text_.token_mention[token]; }
  bool IsPunct(uint32_t token, char c) const;
  bool IsWord(uint32_t token) const;
  // A full stop, question or exclamation mark.
  bool EndsSentence(uint32_t token) const { return IsPunct(token, '.') || IsPunct(token, '?') || IsPunct(token, '!'); }
  bool InParentheses(uint32_t token) const;
  // A mention that modifies a noun ("Trump's son-in-law") is not a participant.
  // A pronoun's "'s" is "is" or "has" ("He's meeting with May"): no owner.
  bool IsPossessive(const Mention& m) const;
  // First token of the clause that holds `token`; last token (exclusive) of it,
  // where a comma also closes it when `comma_closes`.
  uint32_t ClauseStart(uint32_t token) const;
  // The kind (clause_boundaries.tsv) of the boundary word at `token`, or "".
  std::string_view ClauseKind(uint32_t token) const;
  // The role markers.tsv gives the one word at `token` ("programme" for "on"), or "".
  std::string_view MarkerRole(uint32_t token) const;
  uint32_t ClauseEnd(uint32_t token, bool comma_closes) const;
  bool InsideQuote(uint32_t token) const { return (tokens().tokens[token].flags & kQuoted) != 0; }
  // The quotation opened at `open` is a title, not words anyone said:
  // capitalized words and "of", "the", "and" ("on CNN's "State of the
  // Union."", "his book, "Man of the World: The Further Endeavors of Bill
  // Clinton""), up to kTitleQuoteTokens tokens; not all in capitals past three words.
  static constexpr uint32_t kTitleQuoteTokens = 32;
  bool IsTitleQuote(uint32_t open) const;

  // The output entity that a description (resolve's: "chair of the Platform
  // Committee" after "Rep. Elijah Cummings (D-Md.),") ending at `token` describes, or -1.
  int32_t DescribedBy(uint32_t token) const;
  // Lists tokens [first, end) among the output entity's descriptions (a phrase
  // a rule found to name it: "the Republican nominee"), unless one overlaps.
  void NoteDescription(int32_t output_entity, uint32_t first, uint32_t end) const;

  // The output entity (type UNNAMED) of the phrase at tokens [first, end) that
  // a quote is credited to ("a White House official"): made on its first use,
  // with the relative clause [end, clause_end) as a description; one per
  // phrase, so the two halves of a split quote share it.
  int32_t UnnamedEntity(uint32_t first, uint32_t end, uint32_t clause_end);

  Evidence MakeEvidence(uint32_t first_token, uint32_t last_token, std::string trigger, std::string rule) const;
  std::string TokenText(uint32_t first, uint32_t end) const { return std::string(tokens().Text(first, end)); }
  // Adds a relation unless the same one (type, ends, flags, quote) is there already.
  void Add(ExtractedRelation r);

 private:
  // Whether a word of former.txt ends right before token `first`.
  bool FormerBefore(uint32_t first) const;
  // The person an office mention marked former stands for: the nearest former
  // binding, else a person the document names who left the office before the
  // date; -1 when neither (never the holder on the date).
  int32_t FormerHolder(size_t mention, int32_t office) const;
  // Of the gazetteer's persons the document names for whom `fits` (given
  // their gazetteer index) holds, the output entity of the one named last
  // before token `at` (else the first of them); -1 when none fits.
  int32_t PersonNamedLastBefore(uint32_t at, const std::function<bool(uint32_t)>& fits) const;

  const Knowledge& k_;
  RelateOptions options_;
  const ResolvedText& text_;
  DocumentExtraction* out_;
  std::vector<int32_t> output_of_;  // DocEntity -> output entity
  std::vector<int32_t> holder_of_;  // DocEntity (office) -> DocEntity (person) bound to it in the text
  std::vector<int32_t> holder_on_date_;  // office doc entity -> output entity of its holder on the date
  std::vector<std::pair<uint32_t, int32_t>> description_ends_;  // (last token, output entity), sorted
  std::set<std::tuple<int, int32_t, int32_t, bool, std::string>> seen_;
  std::vector<std::pair<uint32_t, int32_t>> unnamed_;  // (first token, output entity)
};

// Fills evidence->when and ->where from the time and place phrases in tokens [from, to).
void FindCircumstances(const RelateContext& c, uint32_t from, uint32_t to, Evidence* evidence);

void RelateQuotes(RelateContext& c);
void RelateReportedSpeech(RelateContext& c);
void RelateMeetings(RelateContext& c);
void RelateReactions(RelateContext& c);

}  // namespace newsgraph
