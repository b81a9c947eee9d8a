// A byte stream over one input: a plain file, a gzip file (detected by its
// magic bytes, whatever its name) or standard input, read in large blocks so
// that a big .jsonl.gz never has to sit whole in memory.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace newsgraph {

class InputStream {
 public:
  // Opens `path` ("-" is standard input); throws Error naming it on failure.
  explicit InputStream(const std::string& path);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // The whole (rest of the) content. Throws Error on a read or gzip error, or
  // when it exceeds `limit` bytes (the message says so).
  std::string ReadAll(size_t limit);

  // The next line without its '\n' (a trailing '\r' is kept). False at the
  // end. A line longer than `limit` is returned empty with `*too_long` set
  // (the rest of it is read and dropped). Throws Error on a read error.
  bool NextLine(std::string* line, size_t limit, bool* too_long);

  // Bytes of the underlying file consumed so far (compressed bytes for gzip).
  uint64_t consumed_bytes() const;

 private:
  // Refills buffer_ from the file; false at the end.
  bool Fill();

  std::string path_;
  void* file_ = nullptr;  // gzFile, kept out of the header
  std::string buffer_;
  size_t position_ = 0;
  bool at_end_ = false;
};

}  // namespace newsgraph
