#!/bin/sh
# usage: repro/run-all.sh BIN — regenerates the corpus, builds the fail/work pairs and prints what docgraph says on each
# (errors, warnings, and the notes that matter: dangling, unmet-obligation, overdue-plan). Adapted from RedTeam37/repro/run-all.sh.
BIN=${1:-docgraph}
R=$(cd "$(dirname "$0")" && pwd)
python3 "$R/../gen.py" > /dev/null
python3 "$R/make.py"
for c in "$R"/c*/; do
  n=$(basename "$c")
  for s in fail work; do
    echo "== $n/$s"
    (cd "$c/$s" && "$BIN" check . --all --as-of 2026-11-30 --lang en 2>&1 | grep -E "error|warning|dangling\] [0-9]|overdue-plan" | sed "s#^\./##")
  done
done
