#!/usr/bin/env bash
# Builds newsgraph, then runs every verb on the bundled sample articles:
# extract -> index -> export -> the tools for looking at the graph (summary, a
# Graphviz neighbourhood, the HTML viewer build/demo/view.html and its screenshot
# build/demo/view.png) -> query who-met.
# With --update-screenshot it also copies that screenshot to tools/viewer/screenshot.png
# (the README's picture).
set -euo pipefail
cd "$(dirname "$0")/.."

update_screenshot=false
if [[ ${1:-} == --update-screenshot ]]; then
  update_screenshot=true
fi

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

step "tools/newsgraph_reader.py build/demo/graph.pb --top 5  (networkx, for notebooks)"
tools/newsgraph_reader.py build/demo/graph.pb --top 5

step "tools/render.py build/demo/graph.pb --around Sessions --depth 1 --type MET,SAID,REACTED -o build/demo/sessions.svg"
tools/render.py build/demo/graph.pb --around Sessions --depth 1 --type MET,SAID,REACTED -o build/demo/sessions.svg

step "build/newsgraph export build/demo/graph.pb -f json -o build/demo/graph.json"
build/newsgraph export build/demo/graph.pb -f json -o build/demo/graph.json

step "tools/viewer/build_view.py build/demo/graph.json -o build/demo/view.html  (open it in a browser)"
tools/viewer/build_view.py build/demo/graph.json -o build/demo/view.html --title "newsgraph: tests/samples"
if [[ -x /usr/bin/chromium && -d tools/viewer/node_modules ]]; then
  step "node tools/viewer/drive.mjs screenshot build/demo/view.html build/demo/view.png"
  node tools/viewer/drive.mjs screenshot build/demo/view.html build/demo/view.png
  if $update_screenshot; then
    cp build/demo/view.png tools/viewer/screenshot.png
    echo "copied to tools/viewer/screenshot.png"
  fi
fi

step "build/newsgraph query build/demo/graph.pb who-met Kislyak"
build/newsgraph query build/demo/graph.pb who-met Kislyak
