#!/bin/sh
# usage: repro/run-all.sh BIN — regenerates the corpus, builds the fail/work pairs and prints what docgraph says on each
# (errors, warnings, dangling and unmet-obligation notes about the ids in play; for c2 also `revisions 09/2024/TT-BYT`). Adapted from RedTeam37/repro/run-all.sh.
BIN=${1:-docgraph}
R=$(cd "$(dirname "$0")" && pwd)
python3 "$R/../gen.py" > /dev/null
python3 "$R/make.py"
for c in "$R"/c*/; do
  n=$(basename "$c")
  for s in fail work; do
    echo "== $n/$s"
    (cd "$c/$s" && "$BIN" check . --all --as-of 2026-11-29 --lang en 2>&1 | grep -E "error|warning|unmet-obligation|dangling|overdue-plan" | sed "s#^\./##")
    case $n in c2*) (cd "$c/$s" && "$BIN" revisions 09/2024/TT-BYT --corpus . --as-of 2026-11-29 --lang en 2>&1 | sed -n '3,$p');; esac
  done
done
