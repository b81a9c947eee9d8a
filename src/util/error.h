// Errors a user can act on. Every failure that reaches the command line is an
// `Error` whose message names the file (and line, where there is one).
#pragma once

#include <stdexcept>
#include <string>

namespace newsgraph {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "FILE:LINE: what" (LINE omitted when 0).
Error FileError(const std::string& path, size_t line, const std::string& what);

}  // namespace newsgraph
