#!/usr/bin/env bash
# Builds newsgraph and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh
ctest --test-dir build --output-on-failure -j2
