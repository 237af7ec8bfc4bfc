#!/usr/bin/env bash
# factlint's accuracy on the development stories, name pairs and sentences of ../shared (when present), checked
# against the figures recorded in Benchmarks/accuracy-ratchet.json: a figure below its record fails.
#   bash Benchmarks/accuracy.sh            score the debug build (swift build first), else a release build
#   bash Benchmarks/accuracy.sh --update   also record the figures that improved
#   FACTLINT=path/to/factlint bash Benchmarks/accuracy.sh   score that binary
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${FACTLINT:-}" ] && [ -x .build/debug/factlint ]; then
  export FACTLINT="$PWD/.build/debug/factlint"
fi
exec python3 Benchmarks/accuracy.py "$@"
