#!/bin/sh
# usage: repro/run-all.sh BIN — builds the fail/work pairs and prints what docgraph says on each (warnings and errors;
# overdue-plan notes too for c2)
BIN=${1:-docgraph}
R=$(cd "$(dirname "$0")" && pwd)
python3 "$R/make.py"
for c in "$R"/c* "$R"/k*; do
  n=$(basename "$c")
  for s in fail work; do
    echo "== $n/$s"
    (cd "$c/$s" && "$BIN" check . --all --as-of 2026-11-29 --lang en 2>&1 | grep -E "warning|error|overdue-plan|findings" | grep -v "dangling")
    if [ "$n" = "c1-lost-so-label" ]; then (cd "$c/$s" && "$BIN" docs . --lang en 2>&1 | grep qd45); fi
    if [ "$n" = "c2-layout-row-continuation" ]; then (cd "$c/$s" && "$BIN" tasks . --lang en 2>&1 | LC_ALL=C.UTF-8 sed "s/\\(.\\{110\\}\\).*/\\1/"); fi
  done
done
