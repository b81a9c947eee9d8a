#include "ingest/input_stream.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

#include "util/error.h"

namespace newsgraph {
namespace {

constexpr unsigned kBlockBytes = 1U << 20;

gzFile AsGz(void* file) { return static_cast<gzFile>(file); }

}  // namespace

InputStream::InputStream(const std::string& path) : path_(path == "-" ? "stdin" : path) {
  // zlib reads files that are not gzip as they are ("transparent" mode).
  gzFile gz = path == "-" ? gzdopen(::dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
  if (gz == nullptr) throw FileError(path_, 0, std::string("cannot open: ") + std::strerror(errno));
  gzbuffer(gz, kBlockBytes);
  file_ = gz;
}

InputStream::~InputStream() {
  if (file_ != nullptr) gzclose(AsGz(file_));
}

bool InputStream::Fill() {
  if (at_end_) return false;
  if (position_ > 0) {
    buffer_.erase(0, position_);
    position_ = 0;
  }
  size_t old_size = buffer_.size();
  buffer_.resize(old_size + kBlockBytes);
  int n = gzread(AsGz(file_), buffer_.data() + old_size, kBlockBytes);
  if (n < 0) {
    int code = 0;
    const char* message = gzerror(AsGz(file_), &code);
    throw FileError(path_, 0, std::string("read error: ") + (code == Z_ERRNO ? std::strerror(errno) : message));
  }
  buffer_.resize(old_size + static_cast<size_t>(n));
  if (n == 0) {
    // A gzip stream cut short reads as a clean end unless asked.
    int code = 0;
    const char* message = gzerror(AsGz(file_), &code);
    if (code != Z_OK && code != Z_BUF_ERROR) throw FileError(path_, 0, std::string("read error: ") + message);
    if (code == Z_BUF_ERROR) throw FileError(path_, 0, "truncated gzip data");
    at_end_ = true;
    return false;
  }
  return true;
}

std::string InputStream::ReadAll(size_t limit) {
  while (Fill()) {
    if (buffer_.size() - position_ > limit) {
      throw FileError(path_, 0, "larger than the " + std::to_string(limit >> 20) + " MiB document limit");
    }
  }
  std::string all = buffer_.substr(position_);
  buffer_.clear();
  position_ = 0;
  return all;
}

bool InputStream::NextLine(std::string* line, size_t limit, bool* too_long) {
  *too_long = false;
  line->clear();
  size_t searched_from = position_;
  while (true) {
    size_t newline = buffer_.find('\n', searched_from);
    if (newline != std::string::npos) {
      if (newline - position_ > limit) *too_long = true;
      if (!*too_long) line->assign(buffer_, position_, newline - position_);
      position_ = newline + 1;
      return true;
    }
    if (buffer_.size() - position_ > limit) {
      // Drop what is held of an oversized line; keep scanning for its end.
      *too_long = true;
      position_ = buffer_.size();
    }
    size_t held = buffer_.size() - position_;
    if (!Fill()) {
      if (held == 0 && !*too_long) return false;
      if (held > limit) *too_long = true;
      if (!*too_long) line->assign(buffer_, position_, std::string::npos);
      position_ = buffer_.size();
      return true;
    }
    searched_from = position_ + held;
  }
}

uint64_t InputStream::consumed_bytes() const {
  z_off_t offset = gzoffset(AsGz(file_));
  return offset < 0 ? 0 : static_cast<uint64_t>(offset);
}

}  // namespace newsgraph
