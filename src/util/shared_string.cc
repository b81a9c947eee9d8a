#include "util/shared_string.h"

#include <deque>
#include <mutex>
#include <ostream>
#include <absl/container/node_hash_set.h>

#include "util/text.h"

namespace newsgraph {
namespace {

struct Pool {
  std::mutex mutex;
  // Nodes never move, so pointers stay valid. Searched by string_view: most
  // strings are in already, and a lookup must not build a string to find that out.
  absl::node_hash_set<std::string, StringHash, std::equal_to<>> strings;
};

Pool& ThePool() {
  static Pool* pool = new Pool;  // never destroyed: records may outlive static destructors
  return *pool;
}

const std::string* Intern(std::string_view s) {
  Pool& pool = ThePool();
  std::lock_guard<std::mutex> lock(pool.mutex);
  if (auto it = pool.strings.find(s); it != pool.strings.end()) return &*it;
  return &*pool.strings.emplace(s).first;
}

struct UnpooledStore {
  std::mutex mutex;
  std::deque<std::string> strings;  // a deque's elements never move
};

const std::string* TheEmptyString() {
  static const std::string* empty = Intern("");
  return empty;
}

}  // namespace

SharedString SharedString::Unpooled(std::string_view s) {
  static auto* unpooled = new UnpooledStore;  // never destroyed, as the pool
  std::lock_guard<std::mutex> lock(unpooled->mutex);
  return SharedString(&unpooled->strings.emplace_back(s), /*pooled=*/false);
}

SharedString::SharedString() : SharedString(TheEmptyString(), /*pooled=*/true) {}

// Most records leave some field empty (a meeting's place, say): those skip the pool's lock.
SharedString::SharedString(std::string_view s) : SharedString(s.empty() ? TheEmptyString() : Intern(s), /*pooled=*/true) {}

std::ostream& operator<<(std::ostream& out, const SharedString& s) { return out << s.str(); }

}  // namespace newsgraph
