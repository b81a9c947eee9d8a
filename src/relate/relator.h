// relate: a resolved document in, relations out.
//
// Contract: every relation names document entities, carries the sentence
// (span and index) it was read from, the trigger word and the rule that fired.
// - MET: a meeting word (lexicon/meeting.tsv) with people on both sides or a
//   coordinated group; every pair of participants (but not two named after a
//   plural noun, `nouns`: "meetings with May and Putin"; nor a name right after
//   a negation: "and not Chancellor Kohl"; a subject pronoun right before the
//   verb is its whole subject: "appointed Green, after he met ..."); a negation cue before the
//   trigger gives `negated`; a modality cue (planned, cancelled) marks it; a
//   contact word (call, letter) makes CONTACTED instead.
// - SAID: a direct quote and its speaker (name, title, pronoun or organization
//   next to a speech verb); a quote paragraph with no attribution of its own
//   continues the previous speaker (inside a sentence, only when the sentence
//   names no other person or organization first and, naming nobody, does not
//   introduce it with a colon: "the judges write: "..."").
//   `quote_start`/`quote_end` span the quoted words; `about` lists the entities named inside them (statement_topics.h).
//   Reported speech ("Clinton called them "deplorables"", "..., according to
//   X") is a SAID with direct: false and the reported words as its quote.
// - REACTED: a reaction word (lexicon/reaction.tsv) with its polarity, the
//   reacting entity before it and the entity whose act it is after it.
// - HOLDS_OFFICE / MEMBER_OF: from resolve's bindings.
// - Entities: those the text names; not by a pronoun or a role noun alone, nor
//   an office after an indefinite article that binds no holder ("a federal judge").
#pragma once

#include "knowledge/knowledge.h"
#include "relate/extraction.h"
#include "resolve/resolver.h"

namespace newsgraph {

struct RelateOptions {
  // Reported speech with no quotation in it ("Sessions said he had met ...")
  // is a SAID with direct: false only when this is set. Off by default: the
  // evaluation gold counts quotes, and a reported clause without one is
  // mostly noise to "what did X say". Reported speech that carries a partial
  // quote ("called them "deplorables"") is always kept.
  bool all_reported_speech = false;
};

class Relator {
 public:
  explicit Relator(const Knowledge& knowledge, RelateOptions options = {})
      : knowledge_(knowledge), options_(options) {}

  // Fills `out->entities` and `out->relations` from `text` (whose tokens point
  // into out->document.text).
  void Relate(const ResolvedText& text, DocumentExtraction* out) const;

 private:
  const Knowledge& knowledge_;
  RelateOptions options_;
};

}  // namespace newsgraph
