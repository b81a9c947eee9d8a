// Reading and writing whole files. Writes are atomic: the content goes to a
// temporary file beside the target, is flushed, then renamed over it, so a
// crash leaves either the old file or the new one, never half of one.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace newsgraph {

// Throws Error naming `path` when it cannot be read.
std::string ReadFile(const std::string& path);

// Throws Error naming `path` when it cannot be written; the target is untouched then.
void WriteFileAtomically(const std::string& path, std::string_view content);

// The same for content too large to hold twice: `write` streams it to the
// temporary file's descriptor (and throws on failure, which removes it).
void WriteFileAtomicallyWith(const std::string& path, const std::function<void(int fd)>& write);

}  // namespace newsgraph
