#include "util/shared_string.h"

#include <mutex>
#include <unordered_set>

namespace newsgraph {
namespace {

struct Pool {
  std::mutex mutex;
  std::unordered_set<std::string> strings;  // nodes never move, so pointers stay valid
};

Pool& ThePool() {
  static Pool* pool = new Pool;  // never destroyed: records may outlive static destructors
  return *pool;
}

const std::string* Intern(std::string_view s) {
  Pool& pool = ThePool();
  std::lock_guard<std::mutex> lock(pool.mutex);
  return &*pool.strings.emplace(s).first;
}

}  // namespace

SharedString::SharedString() {
  static const std::string* empty = Intern("");
  text_ = empty;
}

SharedString::SharedString(std::string_view s) : text_(Intern(s)) {}

}  // namespace newsgraph
