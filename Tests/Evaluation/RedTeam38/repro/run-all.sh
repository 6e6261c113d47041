#!/bin/sh
# usage: repro/run-all.sh BIN — regenerates the corpus, builds the fail/work pairs and prints, for each, the findings
# (any rule, any severity, incl. pending/fulfilled notes of planned tasks) that name what the case is about (<case>/watch).
# Adapted from RedTeam37/repro/run-all.sh.
BIN=${1:-docgraph}
R=$(cd "$(dirname "$0")" && pwd)
python3 "$R/../gen.py" > /dev/null
python3 "$R/make.py" > /dev/null
for c in "$R"/c*/; do
  n=$(basename "$c")
  w=$(cat "$c/watch")
  for s in fail work; do
    echo "== $n/$s"
    (cd "$c/$s" && "$BIN" check . --all --as-of 2026-11-29 --lang en 2>&1 | grep -E "$w" | sed "s#^\./##"; "$BIN" check . --all --as-of 2026-11-29 --lang en 2>&1 | tail -1)
  done
done
