#!/usr/bin/env bash
# Builds newsgraph, then runs every verb on the bundled sample articles:
# extract -> index -> query who-met -> export.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step tools/setup.sh
tools/setup.sh

mkdir -p build/demo

step "build/newsgraph extract tests/samples/*.txt  (first lines)"
build/newsgraph extract tests/samples/*.txt > build/demo/extract.jsonl
head -n 3 build/demo/extract.jsonl | cut -c 1-400
echo "... ($(wc -l < build/demo/extract.jsonl) lines in build/demo/extract.jsonl)"

step "build/newsgraph index tests/samples -o build/demo/graph.pb"
build/newsgraph index tests/samples -o build/demo/graph.pb

step "build/newsgraph export build/demo/graph.pb --format dot -o build/demo/graph.dot"
build/newsgraph export build/demo/graph.pb --format dot -o build/demo/graph.dot
if command -v dot >/dev/null; then
  step "dot -Tsvg build/demo/graph.dot -o build/demo/graph.svg"
  dot -Tsvg build/demo/graph.dot -o build/demo/graph.svg
fi

step "build/newsgraph query build/demo/graph.pb who-met Kislyak"
build/newsgraph query build/demo/graph.pb who-met Kislyak
