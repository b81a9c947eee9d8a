// Helpers shared by the tokenize .. end-to-end tests: temporary folders, files,
// running the built program, the bundled gazetteers loaded once.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge.h"

namespace newsgraph::test {

namespace fs = std::filesystem;

inline const std::string kSourceDir = NEWSGRAPH_SOURCE_DIR;
inline const std::string kBinary = NEWSGRAPH_BINARY;
inline const std::string kGazetteers = kSourceDir + "/gazetteers";

// A fresh folder under the GoogleTest temporary directory, named after the
// running test; removed when the object goes away.
class TempDir {
 public:
  explicit TempDir(const std::string& tag = "") {
    const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
    std::string name = info ? std::string(info->test_suite_name()) + "_" + info->name() : "suite";
    std::replace(name.begin(), name.end(), '/', '_');  // parameterized tests: "Prefix/Suite"
    static int counter = 0;
    path_ = fs::path(testing::TempDir()) /
            ("newsgraph_" + name + tag + "_" + std::to_string(getpid()) + "_" + std::to_string(++counter));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  std::string operator/(const std::string& relative) const { return (path_ / relative).string(); }

 private:
  fs::path path_;
};

// Writes `content` to `path` (binary, creating parent folders); returns the path.
inline std::string WriteFile(const std::string& path, std::string_view content) {
  fs::path p(path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return path;
}

inline std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Single-quotes `s` for /bin/sh.
inline std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

struct RunResult {
  int exit_code = -1;   // the program's exit status; -1 if it did not exit normally
  int signal = 0;       // the signal that ended it, 0 if none
  std::string out;      // stdout
  std::string err;      // stderr
  bool Crashed() const { return signal != 0 || exit_code >= 128; }
};

// Runs `command` (a shell command line) with stdout and stderr captured in files.
inline RunResult Run(const std::string& command) {
  TempDir capture("_run");
  std::string out_path = capture / "stdout";
  std::string err_path = capture / "stderr";
  // The shell's own stderr goes to the file too, so its "Segmentation fault" lands there.
  std::string full = "exec 2>" + ShellQuote(err_path) + "; (" + command + ") >" + ShellQuote(out_path) + " </dev/null";
  int status = std::system(full.c_str());
  RunResult r;
  if (status != -1 && WIFEXITED(status)) {
    r.exit_code = WEXITSTATUS(status);
  } else if (status != -1 && WIFSIGNALED(status)) {
    r.signal = WTERMSIG(status);
  }
  // A crash inside the shell's child shows up as 128 + signal.
  if (r.exit_code > 128) r.signal = r.exit_code - 128;
  r.out = ReadFileText(out_path);
  r.err = ReadFileText(err_path);
  return r;
}

// Runs the built newsgraph binary with `args` (already quoted where needed).
inline RunResult RunNewsgraph(const std::string& args) { return Run(ShellQuote(kBinary) + " " + args); }

inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// The bundled gazetteers, loaded once per test binary.
inline const Knowledge& BundledKnowledge() {
  static const std::unique_ptr<Knowledge> knowledge = Knowledge::Load(kGazetteers);
  return *knowledge;
}

}  // namespace newsgraph::test
