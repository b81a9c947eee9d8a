#!/usr/bin/env bash
# Corpus benchmark: newsgraph `index` (-j 1 and -j 2) on the shared news corpora with the peers'
# 58k-name gazetteer (--names), next to the peers of ../shared/peers run on the same corpus and names
# in the same run, so that every figure can be read as a ratio. Prints a markdown table:
# MB/s of article text (newsgraph: the whole run, and past reading and parsing the JSONL, which is
# what the peers time: their processing stage alone), wall time, peak RSS
# (/usr/bin/time -v) and, for newsgraph, the time to load the gazetteers and the name list.
#
# Usage: tools/bench/corpus_bench.sh [CORPUS.jsonl ...]
#   BUILD=dir          newsgraph build folder (default: build/)
#   PEERS=dir          the peers folder (default: /work/shared/peers, else ../shared/peers)
#   NAMES=file         name list (default: $PEERS/gazetteer-58k.txt)
#   SKIP_PEERS=1       newsgraph only
#   COMPROMISE_LIMIT=N articles given to compromise (default 500; it runs at ~0.2 MB/s)
#   RUNS=N             timed rounds, after a warm-up round; a round runs every tool once, newsgraph
#                      and peers alike, one after the other. The table shows each tool's fastest run
#                      and, under it, the ratios of the runs of one round (default 3: this machine's
#                      neighbours move single runs by 15-40%)
#   NO_INSTALL=1       do not install what the peers need (by default the missing Debian packages of
#                      time, g++, pkg-config and libhyperscan-dev are installed, as tools/setup.sh does)
# Needs: /usr/bin/time, libhyperscan-dev for the Hyperscan peer, node for compromise (tools/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD="${BUILD:-$ROOT/build}"
BIN="$BUILD/newsgraph"
PEERS="${PEERS:-/work/shared/peers}"
[ -d "$PEERS" ] || PEERS="$ROOT/../shared/peers"
NAMES="${NAMES:-$PEERS/gazetteer-58k.txt}"
DATA="$PEERS/../data"
COMPROMISE_LIMIT="${COMPROMISE_LIMIT:-500}"
RUNS="${RUNS:-3}"
OUT="${BENCH_OUT:-/tmp/newsgraph-corpus-bench}"
mkdir -p "$OUT"

[ -x "$BIN" ] || { echo "corpus_bench: no $BIN; build first (tools/setup.sh)" >&2; exit 1; }
if [ -z "${NO_INSTALL:-}" ]; then
  source "$ROOT/tools/apt_install.sh"
  needs=(time)
  [ -n "${SKIP_PEERS:-}" ] || needs+=(g++ pkg-config libhyperscan-dev)
  apt_install_missing "${needs[@]}" >&2 || echo "corpus_bench: could not install ${needs[*]}; what needs them fails" >&2
fi
[ -x /usr/bin/time ] || { echo "corpus_bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ -s "$NAMES" ] || { echo "corpus_bench: no name list $NAMES" >&2; exit 1; }
CORPORA=("$@")
if [ ${#CORPORA[@]} -eq 0 ]; then
  CORPORA=("$DATA/news-corpus/articles.jsonl" "$DATA/news-politics/articles.jsonl")
fi

peak_mb() { awk '/Maximum resident/ {printf "%.0f", $NF/1024}' "$1"; }
wall_s() { awk '/Elapsed \(wall clock\)/ {n=split($NF,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$1"; }

# newsgraph index, THREADS: prints "mbs wall rss gazetteer_ms names_ms processing_mbs", where mbs
# counts the whole run and processing_mbs leaves out reading and parsing the JSONL, as the peers do.
run_newsgraph() {
  local corpus="$1" threads="$2" tag="$3"
  /usr/bin/time -v -o "$OUT/$tag.time" "$BIN" index -j "$threads" --names "$NAMES" "$corpus" \
    -o "$OUT/$tag.pb" 2> "$OUT/$tag.log" || { echo "index failed: see $OUT/$tag.log" >&2; return 1; }
  local mbs gaz names processing
  mbs=$(grep -o '([0-9.]* MB/s' "$OUT/$tag.log" | tail -1 | tr -d '(' | awk '{print $1}')
  processing=$(grep -o '[0-9.]* MB/s past reading' "$OUT/$tag.log" | tail -1 | awk '{print $1}')
  gaz=$(sed -n 's/.*loaded [0-9]* entities from .* in \([0-9]*\) ms.*/\1/p' "$OUT/$tag.log" | tail -1)
  names=$(sed -n 's/.*loaded the names of .* in \([0-9]*\) ms.*/\1/p' "$OUT/$tag.log" | tail -1)
  echo "$mbs $(wall_s "$OUT/$tag.time") $(peak_mb "$OUT/$tag.time") ${gaz:-?} ${names:-?} ${processing:--}"
}

# a peer runner: prints "mbs wall rss"
run_peer() {
  local tag="$1"; shift
  /usr/bin/time -v -o "$OUT/$tag.time" "$@" > "$OUT/$tag.out" 2> "$OUT/$tag.err" || {
    echo "- $tag failed (see $OUT/$tag.err)" >&2; echo "- - -"; return 0; }
  echo "$(awk '/^MB\/s:/ {print $2}' "$OUT/$tag.out" | tail -1) $(wall_s "$OUT/$tag.time") $(peak_mb "$OUT/$tag.time")"
}

# Keeps the fastest of several "mbs ..." result lines (the first field is MB/s; "-" loses).
fastest() { awk '$1 != "-" && ($1 + 0 > best + 0 || line == "") {best = $1; line = $0} END {print (line == "" ? "- - -" : line)}'; }

# The runs are interleaved: round 0 (a warm-up, not counted) runs every tool once, then each of the
# RUNS rounds does the same. Tools side by side in time see the same neighbours on the host, whose
# load moves single runs by 15-40%; a ratio from one round compares like with like.
# run_round TOOL COMMAND...: runs it unless its warm-up failed, appending its result line to
# $OUT/$name-TOOL.rounds (from round 1 on).
run_round() {
  local tool="$1" line; shift
  local rounds="$OUT/$name-$tool.rounds"
  if ((round == 0)); then
    : > "$rounds"
  elif [[ -f "$rounds.failed" ]]; then
    echo "- - -" >> "$rounds"; return 0
  fi
  line=$("$@") || line="- - -"
  if ((round == 0)); then
    [[ $line == "- - -"* ]] && touch "$rounds.failed"
    return 0
  fi
  echo "$line" >> "$rounds"
}

# round_ratios A B FIELD_A: "min-max (median)" of A's field FIELD_A over B's MB/s, round by round.
round_ratios() {
  paste -d' ' <(awk -v f="$3" '{print $f}' "$OUT/$name-$1.rounds") <(awk '{print $1}' "$OUT/$name-$2.rounds") |
    awk '$1 != "-" && $2 != "-" && $2 + 0 > 0 {print $1 / $2}' | sort -g |
    awk '{v[NR] = $1} END { if (NR == 0) {print "-"; exit}
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.2f-%.2f (median %.2f)", v[1], v[NR], m }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a != "-") printf "%.2f", a / b; else print "-" }'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); names: $NAMES ($(wc -l < "$NAMES") lines)"
echo "newsgraph: $BIN index -j N --names NAMES CORPUS -o OUT.pb"
for corpus in "${CORPORA[@]}"; do
  [ -f "$corpus" ] || { echo "corpus_bench: no corpus $corpus; skipped" >&2; continue; }
  name=$(basename "$(dirname "$corpus")")
  cat "$corpus" > /dev/null  # warm the page cache
  peers=()
  if [ -z "${SKIP_PEERS:-}" ]; then
    # Hyperscan right after compromise: the run that follows compromise's (a 500 MB node process)
    # starts slow (newsgraph loaded its gazetteers in 230-280 ms there, 130 ms a run later), and
    # Hyperscan's MB/s times its scan alone, after its 2-second compile.
    peers=(compromise hyperscan)
  else
    echo "- - -" > "$OUT/$name-hyperscan.rounds"; cp "$OUT/$name-hyperscan.rounds" "$OUT/$name-compromise.rounds"
  fi
  for ((round = 0; round <= RUNS; round++)); do
    # -j 1 and -j 2 take turns at going first.
    if ((round % 2 == 0)); then order=(j1 j2 "${peers[@]}"); else order=(j2 j1 "${peers[@]}"); fi
    for tool in "${order[@]}"; do
      case "$tool" in
        j1) run_round j1 run_newsgraph "$corpus" 1 "$name-j1" ;;
        j2) run_round j2 run_newsgraph "$corpus" 2 "$name-j2" ;;
        hyperscan) run_round hyperscan run_peer "$name-hyperscan" env GAZ="$NAMES" "$PEERS/run_hyperscan.sh" "$corpus" ;;
        compromise) run_round compromise run_peer "$name-compromise" env GAZ="$NAMES" "$PEERS/run_compromise.sh" \
                      "$corpus" --limit "$COMPROMISE_LIMIT" ;;
      esac
    done
  done
  read -r ng1 ngw1 ngr1 gaz names np1 < <(fastest < "$OUT/$name-j1.rounds")
  read -r ng2 ngw2 ngr2 _ _ _ < <(fastest < "$OUT/$name-j2.rounds")
  hs=$(fastest < "$OUT/$name-hyperscan.rounds")
  cp=$(fastest < "$OUT/$name-compromise.rounds")
  read -r hsm hsw hsr <<< "$hs"
  read -r cpm cpw cpr <<< "$cp"
  echo
  echo "### $name ($(du -m "$corpus" | cut -f1) MB file; fastest of $RUNS interleaved rounds, after a warm-up round)"
  echo
  echo "| tool | MB/s (text) | wall s | peak RSS MB | newsgraph -j 1 / tool | the same, past reading and parsing |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  echo "| newsgraph index -j 1 | $ng1 ($np1 past reading and parsing) | $ngw1 | $ngr1 | 1.00 | 1.00 |"
  # With -j 2 the reading overlaps the workers' processing: only the whole run compares.
  echo "| newsgraph index -j 2 | $ng2 | $ngw2 | $ngr2 | -j 2 / -j 1: $(ratio "$ng2" "$ng1") | - |"
  echo "| Hyperscan literal scan | $hsm | $hsw | $hsr | $(ratio "$ng1" "$hsm") | $(ratio "$np1" "$hsm") |"
  echo "| compromise (first $COMPROMISE_LIMIT articles) | $cpm | $cpw | $cpr | $(ratio "$ng1" "$cpm") | $(ratio "$np1" "$cpm") |"
  echo
  echo "Ratios round by round (tools run side by side): -j 2 / -j 1 $(round_ratios j2 j1 1);" \
    "-j 1 / Hyperscan $(round_ratios j1 hyperscan 1); -j 1 / compromise $(round_ratios j1 compromise 1)," \
    "past reading and parsing $(round_ratios j1 compromise 6)."
  echo
  echo "Gazetteer load: ${gaz} ms; 58k-name list load: ${names} ms. Logs: $OUT/$name-j1.log"
done
