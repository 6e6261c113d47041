#!/bin/sh
# usage: repro/run-all.sh BIN — rebuild the fail/work pairs and print what BIN check says on each (dangling notes left out)
D=$(cd "$(dirname "$0")" && pwd)
BIN=${1:-docgraph}
python3 "$D/make.py"
for c in "$D"/c*/; do
  for s in fail work; do
    echo "== $(basename "$c")/$s"
    ( cd "$c/$s" && "$BIN" check . --all --as-of 2026-11-29 --lang en 2>&1 | grep -v '\[dangling\]' | sed 's#^\./##' )
  done
done
