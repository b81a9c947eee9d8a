// newsgraph conll: tag a CoNLL-2003 file, or score a tagged one, as conlleval does.
#include <spdlog/spdlog.h>

#include <chrono>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "conll/conll_reader.h"
#include "conll/scorer.h"
#include "conll/tagger.h"
#include "util/error.h"

namespace newsgraph::cli {
namespace {

struct ConllOptions {
  std::string gazetteers;
  std::string train;
  std::string output;
  std::string score;
  std::string input;
  int epochs = conll::TaggerOptions{}.epochs;
  bool no_gazetteer = false;
  bool no_lists = false;
  bool no_document = false;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

void RunScore(const ConllOptions& o) {
  conll::Corpus predicted = conll::ReadConll(o.score, 0);
  if (predicted.columns < 5) {
    throw FileError(o.score, 0, "expected 5 columns (word POS chunk gold guess); is this the input rather than "
                                "`newsgraph conll` output?");
  }
  std::cout << conll::FormatReport(conll::ScoreCorpus(predicted));
}

void RunTag(const ConllOptions& o) {
  auto start = std::chrono::steady_clock::now();
  conll::Corpus input = conll::ReadConll(o.input, 4);
  spdlog::info("{}: {} documents, {} tokens", o.input, input.documents.size(), input.TokenCount());
  std::unique_ptr<Knowledge> knowledge;
  if (!o.no_gazetteer) knowledge = LoadKnowledge(o.gazetteers.empty() ? DefaultGazetteerDir() : o.gazetteers);

  conll::CorpusTags tags;
  if (o.train.empty()) {
    if (!knowledge) throw Error("--no-gazetteer needs --train: without either there is nothing to tag with");
    spdlog::warn("no --train file: tagging from the gazetteer alone (expect a low score)");
    tags = conll::RuleTag(*knowledge, input);
  } else {
    conll::Corpus train = conll::ReadConll(o.train, 4);
    conll::TaggerOptions options;
    options.epochs = o.epochs;
    options.features.gazetteer = !o.no_gazetteer;
    options.features.entity_lists = !o.no_lists;
    options.features.document = !o.no_document;
    conll::Tagger tagger(knowledge.get(), options);
    tagger.Train(train);
    tags = tagger.Tag(input);
  }

  if (o.output.empty() || o.output == "-") {
    conll::WriteTagged(input, tags, std::cout);
  } else {
    std::ofstream out(o.output, std::ios::binary | std::ios::trunc);
    if (!out) throw FileError(o.output, 0, "cannot open for writing");
    conll::WriteTagged(input, tags, out);
    out.close();
    if (!out) throw FileError(o.output, 0, "could not write");
  }
  spdlog::info("tagged {} tokens in {:.1f} s", input.TokenCount(), Seconds(start));
}

}  // namespace

void AddConllCommand(CLI::App& app, const GlobalOptions&, int*) {
  auto options = std::make_shared<ConllOptions>();
  CLI::App* cmd = app.add_subcommand(
      "conll",
      "Tag a CoNLL-2003 file (word POS chunk tag) with a fifth column, the predicted tag; or score one");
  cmd->add_option("input", options->input, "CoNLL-2003 file to tag (4 columns, IOB1 or IOB2 tags)");
  cmd->add_option("--train", options->train,
                  "CoNLL-2003 training file: learn a tagger from it, with its entities as name lists");
  cmd->add_option("--gazetteers", options->gazetteers, "Gazetteer folder (default: the bundled gazetteers/)");
  cmd->add_option("-o,--output", options->output, "Write the tagged file here (default: stdout)");
  cmd->add_option("--score", options->score,
                  "Score a tagged file (gold and predicted tags in the last two columns) instead, like conlleval")
      ->excludes("input")
      ->excludes("--train");
  cmd->add_option("--epochs", options->epochs, "Training passes over the training file")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->add_flag("--no-gazetteer", options->no_gazetteer, "Do not use the gazetteer (to measure what it adds)");
  cmd->add_flag("--no-lists", options->no_lists, "Do not use the training file's entities as name lists");
  cmd->add_flag("--no-document", options->no_document, "Do not use features from the rest of the document");
  cmd->footer(
      "Output: every input line with one more column, the predicted tag in IOB1\n"
      "(\"O\" on -DOCSTART- lines), the layout conlleval reads.\n"
      "Without --train the tags come from gazetteer rules alone.\n"
      "\n"
      "Examples:\n"
      "  newsgraph conll --train eng.train eng.testa -o testa.tagged\n"
      "  newsgraph conll --score testa.tagged");
  cmd->callback([options] {
    if (!options->score.empty()) {
      RunScore(*options);
      return;
    }
    if (options->input.empty()) throw Error("conll: give an INPUT file to tag, or --score FILE");
    RunTag(*options);
  });
}

}  // namespace newsgraph::cli
