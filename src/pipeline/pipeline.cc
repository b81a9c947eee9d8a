#include "pipeline/pipeline.h"

namespace newsgraph {

Pipeline::Pipeline(const Knowledge& knowledge, RelateOptions options)
    : knowledge_(knowledge), recognizer_(knowledge), resolver_(knowledge), relator_(knowledge, options) {}

DocumentExtraction Pipeline::Extract(Document document) const {
  DocumentExtraction out;
  out.document = std::move(document);
  DateKey date = ParseDate(out.document.date).value_or(kNoDate);
  TokenizedText tokens = knowledge_.tokenizer().Tokenize(out.document.text);
  RecognizedText recognized = recognizer_.Recognize(std::move(tokens));
  ResolvedText resolved = resolver_.Resolve(std::move(recognized), date);
  relator_.Relate(resolved, &out);
  return out;
}

}  // namespace newsgraph
