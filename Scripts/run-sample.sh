#!/usr/bin/env bash
# The main job on the sample corpus: installs what is missing, builds docgraph (release),
# extracts the citations, runs every check, redraws the diagrams in Graphs/ and writes the
# static site in Site/ (git-ignored; open Site/index.html).
set -euo pipefail
cd "$(dirname "$0")/.."
./Scripts/setup.sh
swift build -c release --product docgraph
BIN="$(swift build -c release --show-bin-path)/docgraph"
"$BIN" docs Corpus
"$BIN" extract Corpus | tail -n 1
if "$BIN" help check >/dev/null 2>&1; then
    "$BIN" check --corpus Corpus --as-of "${AS_OF:-$(date +%F)}" --fail-on never
fi
if "$BIN" help gallery >/dev/null 2>&1; then
    "$BIN" gallery --corpus Corpus --output Graphs
fi
if "$BIN" help site >/dev/null 2>&1; then
    "$BIN" site --corpus Corpus --as-of "${AS_OF:-$(date +%F)}" -o Site
fi
