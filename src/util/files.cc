#include "util/files.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <thread>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "util/error.h"

namespace newsgraph {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path, 0, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw FileError(path, 0, "read error");
  return std::move(buffer).str();
}

void WriteFileAtomically(const std::string& path, std::string_view content) {
  WriteFileAtomicallyWith(path, [&](int fd) {
    const char* p = content.data();
    size_t left = content.size();
    while (left > 0) {
      ssize_t n = ::write(fd, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        throw FileError(path, 0, std::string("write failed: ") + std::strerror(errno));
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
  });
}

void WriteFileAtomicallyWith(const std::string& path, const std::function<void(int fd)>& write) {
  std::string temp = path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw FileError(path, 0, std::string("cannot write: ") + std::strerror(errno));
  try {
    write(fd);
  } catch (...) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    throw FileError(path, 0, std::string("write failed: ") + std::strerror(err));
  }
  if (const char* pause = std::getenv("NEWSGRAPH_TEST_PAUSE_BEFORE_RENAME_MS"); pause != nullptr) {
    // A test hook: the tests kill the process here and check that the old file survived.
    std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(pause)));
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    throw FileError(path, 0, std::string("cannot replace: ") + std::strerror(err));
  }
}

}  // namespace newsgraph
