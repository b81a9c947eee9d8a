// SharedString: an immutable string kept once per process and shared by every
// copy, for the values that hundreds of thousands of graph records repeat (the
// document id and date of each mention and piece of evidence, rule names). A
// std::string each would cost 32 bytes plus a heap block; this is one pointer.
//
// Contract: interning takes a lock, so building one is slower than a
// std::string; reading and copying are free, and so is comparing two interned
// strings for equality (equal ones are the same pointer, so two different ones
// need no look at their text, likely out of the cache). Unpooled() keeps a
// value that is rarely repeated (a sentence of evidence) apart from the pool,
// where a lookup would cost more than it shares; it compares equal to an
// interned copy by content. All of them live until the process ends, which
// suits a command-line run that builds or reads one index.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace newsgraph {

class SharedString {
 public:
  SharedString();
  SharedString(std::string_view s);  // NOLINT: implicit, it stands in for std::string
  SharedString(const std::string& s) : SharedString(std::string_view(s)) {}  // NOLINT
  SharedString(const char* s) : SharedString(std::string_view(s)) {}         // NOLINT
  static SharedString Unpooled(std::string_view s);

  const std::string& str() const { return text(); }
  operator const std::string&() const { return text(); }  // NOLINT
  operator std::string_view() const { return text(); }     // NOLINT
  bool empty() const { return text().empty(); }
  size_t size() const { return text().size(); }
  const char* c_str() const { return text().c_str(); }
  std::string::const_iterator begin() const { return text().begin(); }
  std::string::const_iterator end() const { return text().end(); }

  friend bool operator==(const SharedString& a, const SharedString& b) {
    if (a.bits_ == b.bits_) return true;
    // Two interned strings are equal only if they are the same one.
    return !(a.pooled() && b.pooled()) && a.text() == b.text();
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
    return a.bits_ == b.bits_ ? std::strong_ordering::equal : a.text().compare(b.text()) <=> 0;
  }
  friend bool operator==(const SharedString& a, std::string_view b) { return a.text() == b; }
  friend bool operator==(const SharedString& a, const char* b) { return a.text() == b; }
  friend bool operator==(const SharedString& a, const std::string& b) { return a.text() == b; }
  friend std::string operator+(const SharedString& a, std::string_view b) { return a.text() + std::string(b); }
  friend std::string operator+(std::string a, const SharedString& b) { return a.append(b.text()); }
  friend std::ostream& operator<<(std::ostream& out, const SharedString& s);  // test failures print it

 private:
  // The string's address, with bit 0 set for an unpooled one (a std::string
  // is aligned, so the bit is free).
  static constexpr uintptr_t kUnpooled = 1;
  SharedString(const std::string* text, bool pooled)
      : bits_(reinterpret_cast<uintptr_t>(text) | (pooled ? 0 : kUnpooled)) {}
  const std::string& text() const { return *reinterpret_cast<const std::string*>(bits_ & ~kUnpooled); }
  bool pooled() const { return (bits_ & kUnpooled) == 0; }

  uintptr_t bits_;
};

}  // namespace newsgraph

template <>
struct std::hash<newsgraph::SharedString> {
  size_t operator()(const newsgraph::SharedString& s) const { return std::hash<std::string>()(s.str()); }
};
