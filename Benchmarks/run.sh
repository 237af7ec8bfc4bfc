#!/usr/bin/env bash
# factlint's benchmarks: a release build timed on real and generated corpora, side by side with
# `wc -w` on the same files (the floor: reading every byte once) and with proselint (a prose
# linter, where installed), in the same run. Prints one Markdown table row per measurement:
# wall time (median of RUNS runs), throughput in MB/s, and peak resident memory.
#
#   Benchmarks/run.sh                 everything: seeds, ECB+ (by story and as one), 10,000 and 100,000 generated articles
#   Benchmarks/run.sh seeds ecbplus   only those (names: seeds ecbplus ecbone gen10k gen100k one1k
#                                     one10k one20k stages; ecbone: ECB+'s 982 articles as one
#                                     story, real names in the grouping worst case; one1k…one20k:
#                                     one story of 1,000 to 20,000 generated articles, to show its
#                                     cost linear)
#
# Environment: RUNS (default 5; 3 for the archives), THREADS (default: all cores), WORK (default
# .build/benchmarks: converted and generated corpora are kept there and reused), ECBPLUS (default
# ../shared/corpora/ecbplus/ECB+; ECB+ rows are skipped when it is missing), PROSELINT=0 to skip
# proselint. Needs python3 (corpus converter and generator) and GNU time (/usr/bin/time); uses
# hyperfine for the wall times when it is installed. No timed unit tests: `swift test` stays fast.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
THREADS=${THREADS:-$(nproc)}
WORK=${WORK:-.build/benchmarks}
ECBPLUS=${ECBPLUS:-../shared/corpora/ecbplus/ECB+}
PROSELINT=${PROSELINT:-1}
mkdir -p "$WORK"

# Built as the README installs it: Swift's runtime and Foundation linked in (--static-swift-stdlib),
# which halves start-up (no shared Swift libraries to load and relocate).
echo "building factlint (release, static Swift libraries)…" >&2
swift build -c release --product factlint --static-swift-stdlib >&2
FACTLINT=$(swift build -c release --show-bin-path)/factlint

# Bytes and file count of the article files under a folder.
corpus_bytes() { find "$1" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) -print0 | du -cb --files0-from=- | tail -1 | cut -f1; }
corpus_files() { find "$1" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | wc -l; }

# Median wall seconds of a command over N runs.
wall() {
  local runs=$1; shift
  if command -v hyperfine >/dev/null 2>&1; then
    local json; json=$(mktemp)
    hyperfine --style none --runs "$runs" --warmup 1 -i --export-json "$json" -- "$*" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json"
    rm -f "$json"
  else
    local times=()
    for _ in $(seq "$runs"); do
      local start end; start=$(date +%s.%N); bash -c "$*" >/dev/null 2>&1 || true; end=$(date +%s.%N)
      times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f\n", a[int((NR+1)/2)]}'
  fi
}

# Peak RSS in MB of one run.
peak() {
  local log; log=$(mktemp)
  /usr/bin/time -f '%M' -o "$log" bash -c "$* >/dev/null 2>&1" || true
  tail -1 "$log" | awk '{printf "%.0f\n", $1/1024}'  # the last line: GNU time notes a non-zero exit above it
  rm -f "$log"
}

row() {  # corpus, tool, files, bytes, runs, command…
  local corpus=$1 tool=$2 files=$3 bytes=$4 runs=$5; shift 5
  local seconds rss rate
  seconds=$(wall "$runs" "$@")
  rss=$(peak "$@")
  rate=$(python3 -c "print('%.2f' % ($bytes / 1e6 / max($seconds, 1e-9)))")
  printf '| %s | %s | %s | %.2f | %s | %s | %s |\n' "$corpus" "$tool" "$files" "$(python3 -c "print($bytes/1e6)")" "$seconds" "$rate" "$rss"
}

bench() {  # corpus name, folder, runs, factlint options…
  local name=$1 folder=$2 runs=$3; shift 3
  local files bytes
  files=$(corpus_files "$folder"); bytes=$(corpus_bytes "$folder")
  row "$name" "factlint $*" "$files" "$bytes" "$runs" "$FACTLINT $* $folder --threads $THREADS --quiet"
  row "$name" "wc -w" "$files" "$bytes" "$runs" \
    "find $folder -type f \\( -name '*.txt' -o -name '*.md' -o -name '*.html' \\) -print0 | xargs -0 cat | wc -w"
  if [ "$PROSELINT" = 1 ] && command -v proselint >/dev/null 2>&1 && [ "$files" -le 2000 ]; then
    row "$name" "proselint" "$files" "$bytes" 1 \
      "find $folder -type f \\( -name '*.txt' -o -name '*.md' \\) -print0 | xargs -0 proselint check"
  fi
}

generated() {  # folder, articles, per-story
  if [ ! -f "$1/MANIFEST" ]; then
    python3 Benchmarks/generate-corpus.py "$1" --articles "$2" --per-story "$3" >&2
  fi
}

ecbplus() {
  if [ ! -d "$WORK/ecbplus" ]; then
    [ -d "$ECBPLUS" ] || return 1
    python3 Benchmarks/ecbplus-to-text.py "$ECBPLUS" "$WORK/ecbplus" >&2
  fi
}

# ECB+'s articles in one folder: one story of 982 real articles (file names are unique).
ecbone() {
  if [ ! -d "$WORK/ecbone" ]; then
    ecbplus || return 1
    mkdir -p "$WORK/ecbone.tmp"
    find "$WORK/ecbplus" -type f -name '*.txt' -exec cp {} "$WORK/ecbone.tmp/" \;
    mv "$WORK/ecbone.tmp" "$WORK/ecbone"
  fi
}

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(seeds ecbplus ecbone gen10k gen100k one1k one10k one20k stages)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg); threads $THREADS"
echo
echo "| corpus | tool | files | MB | wall s (median) | MB/s | peak RSS MB |"
echo "|---|---|---|---|---|---|---|"
for target in "${targets[@]}"; do
  case $target in
    seeds) bench seeds seeds "$RUNS" ;;
    ecbplus)
      if ecbplus; then bench "ECB+" "$WORK/ecbplus" "$RUNS" --stories
      else echo "| ECB+ | skipped: $ECBPLUS not found | | | | | |"; fi ;;
    ecbone)
      if ecbone; then bench "ECB+ as one story" "$WORK/ecbone" "$RUNS"
      else echo "| ECB+ as one story | skipped: $ECBPLUS not found | | | | | |"; fi ;;
    gen10k) generated "$WORK/gen10k" 10000 10; bench "10,000 generated" "$WORK/gen10k" 3 --stories ;;
    gen100k) generated "$WORK/gen100k" 100000 10; bench "100,000 generated" "$WORK/gen100k" 3 --stories ;;
    one1k) generated "$WORK/one1k" 1000 1000; bench "one story of 1,000" "$WORK/one1k" "$RUNS" --stories ;;
    one10k) generated "$WORK/one10k" 10000 10000; bench "one story of 10,000" "$WORK/one10k" 3 --stories ;;
    one20k) generated "$WORK/one20k" 20000 20000; bench "one story of 20,000" "$WORK/one20k" 3 --stories ;;
    stages) ;;
    *) echo "unknown benchmark '$target'; known: seeds ecbplus ecbone gen10k gen100k one1k one10k one20k stages" >&2; exit 2 ;;
  esac
done

# Where the time goes: seconds per stage (added up over the worker threads), from --timings.
if printf '%s\n' "${targets[@]}" | grep -qx stages; then
  echo
  for folder in seeds "$WORK/ecbplus" "$WORK/ecbone" "$WORK/gen10k"; do
    [ -d "$folder" ] || continue
    stories=--stories
    [ "$folder" = seeds ] || [ "$folder" = "$WORK/ecbone" ] && stories=
    echo "stages, $folder (seconds, added up over $THREADS worker threads):"
    echo '```'
    { "$FACTLINT" $stories "$folder" --threads "$THREADS" --quiet --timings 2>&1 >/dev/null || true; } | sed 1d
    echo '```'
  done
fi
