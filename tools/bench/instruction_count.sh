#!/usr/bin/env bash
# Instruction and cache-miss counts of `newsgraph index -j 1` under valgrind's cachegrind: the
# deterministic companion of corpus_bench.sh. On a shared virtual machine a run's wall time moves
# by 15-40% from one run to the next, more than most single changes gain; the number of
# instructions a run executes does not move, so two builds can be compared from one run each.
#
# It indexes the first LINES documents of a JSONL corpus, then a one-document file, and prints the
# difference (what the documents cost, without loading the gazetteers and names or writing the
# index): instructions, first-level data-cache misses and last-level misses (cachegrind's model of
# a cache, not this machine's; the last-level count moves by about 10% between runs, as Abseil's
# tables are seeded per process, so compare instructions first).
#
# Usage: tools/bench/instruction_count.sh [BINARY...]      (default: build/newsgraph)
#   CORPUS=file   JSON Lines corpus (default: ../shared/data/news-corpus/articles.jsonl)
#   LINES=N       documents to index (default 5000; about 5 MB of news-corpus, 30 s per binary)
#   NAMES=file    name list given with --names (default: the peers' 58k names)
#   NO_INSTALL=1  do not install valgrind when it is missing
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SHARED=/work/shared
[ -d "$SHARED" ] || SHARED="$ROOT/../shared"
CORPUS="${CORPUS:-$SHARED/data/news-corpus/articles.jsonl}"
NAMES="${NAMES:-$SHARED/peers/gazetteer-58k.txt}"
LINES="${LINES:-5000}"
BINARIES=("$@")
[ ${#BINARIES[@]} -gt 0 ] || BINARIES=("$ROOT/build/newsgraph")

if ! command -v valgrind >/dev/null && [ -z "${NO_INSTALL:-}" ]; then
  source "$ROOT/tools/apt_install.sh"
  apt_install_missing valgrind >&2
fi
command -v valgrind >/dev/null || { echo "instruction_count: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
[ -s "$CORPUS" ] || { echo "instruction_count: no corpus $CORPUS" >&2; exit 1; }
names=()
[ -s "$NAMES" ] && names=(--names "$NAMES")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$LINES" "$CORPUS" > "$work/corpus.jsonl"
head -n 1 "$CORPUS" > "$work/one.jsonl"

# Prints "instructions d1_misses ll_misses" of one run.
counts() {
  valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file=/dev/null \
    "$1" -q index -j 1 "${names[@]}" "$2" -o "$work/out.pb" 2>&1 >/dev/null |
    awk '{gsub(",", "")} /I +refs:/ {i = $4} /D1 +misses:/ {d = $4} /LL misses:/ {l = $4} END {print i, d, l}'
}

echo "| binary | instructions | D1 misses | LL misses |"
echo "| --- | ---: | ---: | ---: |"
for bin in "${BINARIES[@]}"; do
  [ -x "$bin" ] || { echo "instruction_count: no executable $bin" >&2; exit 1; }
  read -r i1 d1 l1 < <(counts "$bin" "$work/corpus.jsonl")
  read -r i0 d0 l0 < <(counts "$bin" "$work/one.jsonl")
  printf '| %s | %sM | %sk | %sk |\n' "$bin" $(((i1 - i0) / 1000000)) $(((d1 - d0) / 1000)) $(((l1 - l0) / 1000))
done
echo
echo "($LINES documents of $CORPUS, less a one-document run: indexing alone, -j 1)"
