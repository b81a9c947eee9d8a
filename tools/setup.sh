#!/usr/bin/env bash
# Installs what newsgraph needs (Debian 12 packages, only those missing), then
# configures and builds it in build/. Safe to run again: it does only what is
# left to do.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev libspdlog-dev libfmt-dev libprotobuf-dev protobuf-compiler
  libgtest-dev libgmock-dev libcli11-dev nlohmann-json3-dev libutf8proc-dev libbenchmark-dev
  libgumbo-dev zlib1g-dev libjemalloc-dev libsimdjson-dev libabsl-dev libxxhash-dev
  python3 python3-yaml python3-networkx python3-protobuf graphviz chromium
)

source tools/apt_install.sh

# The HTML viewer's packages come from npm. Node may come from elsewhere than Debian
# (NodeSource ships its own npm, which Debian's npm package would conflict with), so
# Debian's nodejs and npm are installed only when there is no npm at all.
if ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi
apt_install_missing "${packages[@]}"

# npm ci (exact versions from package-lock.json) only when node_modules is missing or
# older than the lock file: npm writes node_modules/.package-lock.json on each install.
viewer=tools/viewer
if [[ ! -f $viewer/node_modules/.package-lock.json || $viewer/package-lock.json -nt $viewer/node_modules/.package-lock.json ||
      $viewer/package.json -nt $viewer/node_modules/.package-lock.json ]]; then
  echo "setup: npm ci in $viewer"
  (cd "$viewer" && npm ci --no-audit --no-fund)
fi

generator=()
if [[ ! -f build/CMakeCache.txt ]]; then
  generator=(-G Ninja)
fi
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
