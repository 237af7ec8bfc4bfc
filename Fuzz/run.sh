#!/usr/bin/env bash
# Builds factlint's libFuzzer targets with `swiftc -sanitize=fuzzer,address` and runs them.
#
#   bash Fuzz/run.sh [TARGET...] [--seconds N] [--build-only] [--jobs N]
#
# TARGET is extractor, html or yaml (default: all three, one after another). Each runs for
# N seconds (default 600) from the corpus in .build/fuzz/corpus/TARGET, seeded from seeds/,
# the test fixtures and the rule pack; new inputs libFuzzer finds are kept there for the next
# run. A crash, a sanitizer report, a timeout (a unit over 10 s) or running out of memory
# (2 GB) stops the target, leaves the input in .build/fuzz/artifacts/ and makes the script
# exit 1. Logs: .build/fuzz/TARGET.log; the last line of each is the summary.
#
# The package is not built with SwiftPM here: FactlintCore, Yams and libyaml (CYaml) are
# compiled straight with swiftc and clang, instrumented for coverage and AddressSanitizer,
# with the default rule pack embedded the way the build plugin does it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/.build/fuzz"
seconds=600
build_only=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --build-only) build_only=1; shift ;;
    extractor|html|yaml) targets+=("$1"); shift ;;
    *) echo "usage: bash Fuzz/run.sh [extractor|html|yaml]... [--seconds N] [--build-only]" >&2; exit 2 ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=(extractor html yaml)

mkdir -p "$out/obj" "$out/modules" "$out/artifacts"
cd "$root"
[ -d .build/checkouts/Yams ] || swift package resolve
yams="$root/.build/checkouts/Yams/Sources"
sanitize=(-sanitize=fuzzer,address)
xml_flags=()
for flag in $(pkg-config --cflags libxml-2.0); do xml_flags+=(-Xcc "$flag"); done

# Rebuilds $1 when any of the following files is newer.
stale() {
  local target="$1"; shift
  [ -e "$target" ] || return 0
  for input in "$@"; do [ "$input" -nt "$target" ] && return 0; done
  return 1
}

echo "fuzz: building in $out"
mapfile -t rule_files < <(find Rules -name '*.yml' | sort)
if stale "$out/DefaultRulePack.swift" "${rule_files[@]}" Plugins/RulePackEmbedder/main.swift; then
  swiftc -O Plugins/RulePackEmbedder/main.swift -o "$out/RulePackEmbedder"
  "$out/RulePackEmbedder" Rules "$out/DefaultRulePack.swift"
fi

mapfile -t cyaml_sources < <(find "$yams/CYaml/src" -name '*.c' | sort)
for source in "${cyaml_sources[@]}"; do
  object="$out/obj/cyaml-$(basename "$source" .c).o"
  if stale "$object" "$source"; then
    clang -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" "$source" -o "$object"
  fi
done

mapfile -t yams_sources < <(find "$yams/Yams" -name '*.swift' | sort)
if stale "$out/obj/Yams.o" "${yams_sources[@]}"; then
  swiftc -module-name Yams -parse-as-library -wmo -O -g "${sanitize[@]}" -D SWIFT_PACKAGE \
    -I "$yams/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
    -emit-module -emit-module-path "$out/modules/Yams.swiftmodule" -c "${yams_sources[@]}" -o "$out/obj/Yams.o"
fi

mapfile -t core_sources < <(find Sources/FactlintCore -name '*.swift' | sort)
if stale "$out/obj/FactlintCore.o" "${core_sources[@]}" "$out/DefaultRulePack.swift" "$out/obj/Yams.o"; then
  swiftc -module-name FactlintCore -parse-as-library -wmo -O -g "${sanitize[@]}" -enable-testing \
    -I "$out/modules" -I "$yams/CYaml/include" -I Sources/CLibXML2 "${xml_flags[@]}" \
    -emit-module -emit-module-path "$out/modules/FactlintCore.swiftmodule" \
    -c "${core_sources[@]}" "$out/DefaultRulePack.swift" -o "$out/obj/FactlintCore.o"
fi

declare -A files=([extractor]=ExtractorFuzz.swift [html]=HTMLLoaderFuzz.swift [yaml]=YAMLLoaderFuzz.swift)
for target in "${targets[@]}"; do
  binary="$out/fuzz-$target"
  if stale "$binary" "Fuzz/${files[$target]}" "$out/obj/FactlintCore.o"; then
    swiftc -parse-as-library -O -g "${sanitize[@]}" -use-ld=lld -I "$out/modules" -I "$yams/CYaml/include" -I Sources/CLibXML2 \
      "${xml_flags[@]}" "Fuzz/${files[$target]}" "$out"/obj/*.o -lxml2 -o "$binary"
  fi
done
[ "$build_only" -eq 1 ] && { echo "fuzz: built ${targets[*]}"; exit 0; }

# Seed corpora: every input the tests and the sample story already use.
seed() {
  local target="$1" folder="$out/seeds/$target"
  rm -rf "$folder"; mkdir -p "$folder"
  case "$target" in
    extractor)
      cp seeds/*.txt Tests/Fixtures/loading/*.md "$folder/"
      find Tests/Fixtures/scenarios -name '*.txt' -exec cp {} "$folder/" \;
      # Every labelled expression of the extraction corpus, one file each.
      grep -v "^#" Tests/Fixtures/extraction/expressions.tsv | tail -n +2 | cut -f3 | head -600 | split -l 1 - "$folder/expression-" ;;
    html)
      cp Tests/Fixtures/loading/*.html "$folder/"
      for file in seeds/*.txt; do
        { echo "<html><head><title>seed</title></head><body><article>"; sed 's/^/<p>/' "$file"; echo "</article></body></html>"; } \
          > "$folder/$(basename "$file" .txt).html"
      done ;;
    yaml)
      cp Rules/*.yml "$folder/"
      for file in Rules/lexicon/*.yml; do cp "$file" "$folder/lexicon-$(basename "$file")"; done
      find Tests/Fixtures -name '.factlint.yml' -exec sh -c 'cp "$1" "$2/config-$(echo "$1" | tr / -)"' _ {} "$folder" \;
      cp seeds/.factlint.yml "$folder/config-seeds.yml" ;;
  esac
}

declare -A dictionaries=([extractor]=text.dict [html]=html.dict [yaml]=yaml.dict)
declare -A lengths=([extractor]=8192 [html]=16384 [yaml]=8192)
status=0
for target in "${targets[@]}"; do
  seed "$target"
  corpus="$out/corpus/$target"
  mkdir -p "$corpus"
  log="$out/$target.log"
  echo "fuzz: $target for $seconds s (log: $log)"
  set +e
  "$out/fuzz-$target" "$corpus" "$out/seeds/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${lengths[$target]}" \
    -dict="Fuzz/dictionaries/${dictionaries[$target]}" -artifact_prefix="$out/artifacts/$target-" \
    -print_final_stats=1 > "$log" 2>&1
  code=$?
  set -e
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  coverage=$(echo "$last" | grep -o 'cov: [0-9]*' || true)
  features=$(echo "$last" | grep -o 'ft: [0-9]*' || true)
  units=$(echo "$last" | grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' || true)
  echo "fuzz: $target: exit $code, $executions executions, $speed exec/s, $coverage, $features, $units"
  if [ "$code" -ne 0 ]; then
    status=1
    grep -E 'ERROR|SUMMARY|Fatal error|==[0-9]+==|Test unit written' "$log" | head -20 || true
  fi
done
exit $status
