// newsgraph: who met whom, who said what, who reacted to what, across news.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "cli/commands.h"
#include "util/error.h"

int main(int argc, char** argv) {
  auto logger = spdlog::stderr_color_mt("newsgraph");
  logger->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::info);

  CLI::App app{
      "newsgraph: a named-entity and relationship indexer for news.\n"
      "Finds people, offices and organizations, and who met whom, who said what and\n"
      "who reacted to what, with the sentence behind every edge."};
  app.set_version_flag("--version", std::string("newsgraph ") + NEWSGRAPH_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // -v / -q also after the verb

  newsgraph::cli::GlobalOptions global;
  int exit_code = 0;
  app.add_flag_callback("-v,--verbose", [] { spdlog::set_level(spdlog::level::debug); },
                        "Log more (debug) to stderr");
  app.add_flag_callback("-q,--quiet", [] { spdlog::set_level(spdlog::level::warn); },
                        "Log only warnings and errors");

  newsgraph::cli::AddExtractCommand(app, global, &exit_code);
  newsgraph::cli::AddIndexCommand(app, global, &exit_code);
  newsgraph::cli::AddMergeCommand(app, global, &exit_code);
  newsgraph::cli::AddQueryCommand(app, global, &exit_code);
  newsgraph::cli::AddExportCommand(app, global, &exit_code);
  newsgraph::cli::AddGazetteerCommand(app, global, &exit_code);
  newsgraph::cli::AddConllCommand(app, global, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const newsgraph::Error& e) {
    spdlog::error("{}", e.what());
    return 1;
  } catch (const std::exception& e) {
    spdlog::error("unexpected failure: {}", e.what());
    return 1;
  }
  std::fflush(stdout);
  if (std::ferror(stdout)) {
    spdlog::error("could not write to standard output");
    return 1;
  }
  return exit_code;
}
