#include "util/error.h"

namespace newsgraph {

Error FileError(const std::string& path, size_t line, const std::string& what) {
  if (line == 0) return Error(path + ": " + what);
  return Error(path + ":" + std::to_string(line) + ": " + what);
}

}  // namespace newsgraph
