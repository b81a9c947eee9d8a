// SharedString: an immutable string kept once per process and shared by every
// copy, for the values that hundreds of thousands of graph records repeat (the
// document id and date of each mention and piece of evidence, rule names). A
// std::string each would cost 32 bytes plus a heap block; this is one pointer.
//
// Contract: interning takes a lock, so building one is slower than a
// std::string; reading and copying are free, and so is comparing two interned
// strings for equality (equal ones are the same pointer). Unpooled() keeps a
// value that is rarely repeated (a sentence of evidence) apart from the pool,
// where a lookup would cost more than it shares; it compares equal to an
// interned copy by content. All of them live until the process ends, which
// suits a command-line run that builds or reads one index.
#pragma once

#include <compare>
#include <functional>
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

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT
  operator std::string_view() const { return *text_; }     // NOLINT
  bool empty() const { return text_->empty(); }
  size_t size() const { return text_->size(); }
  const char* c_str() const { return text_->c_str(); }
  std::string::const_iterator begin() const { return text_->begin(); }
  std::string::const_iterator end() const { return text_->end(); }

  friend bool operator==(const SharedString& a, const SharedString& b) {
    return a.text_ == b.text_ || *a.text_ == *b.text_;
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
    return a.text_ == b.text_ ? std::strong_ordering::equal : a.text_->compare(*b.text_) <=> 0;
  }
  friend bool operator==(const SharedString& a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(const SharedString& a, const char* b) { return *a.text_ == b; }
  friend bool operator==(const SharedString& a, const std::string& b) { return *a.text_ == b; }
  friend std::string operator+(const SharedString& a, std::string_view b) { return *a.text_ + std::string(b); }
  friend std::string operator+(std::string a, const SharedString& b) { return a.append(*b.text_); }

 private:
  explicit SharedString(const std::string* text) : text_(text) {}

  const std::string* text_;
};

}  // namespace newsgraph

template <>
struct std::hash<newsgraph::SharedString> {
  size_t operator()(const newsgraph::SharedString& s) const { return std::hash<std::string>()(s.str()); }
};
