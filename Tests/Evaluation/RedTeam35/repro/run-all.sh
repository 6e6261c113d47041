#!/bin/sh
# usage: repro/run-all.sh BIN — runs `BIN check` on each cause's fail/ and work/ corpus (work = fail with one line edited)
# and prints the errors, warnings and dangling notes each shows.
BIN=${1:-docgraph}
D=$(cd "$(dirname "$0")" && pwd)
for c in "$D"/*/; do
  for v in fail work; do
    echo "== $(basename "$c")/$v"
    (cd "$c$v" && "$BIN" check . --all --format text --as-of 2026-11-29 2>&1 | grep -E "error|warning|\[dangling\]" || echo "(no errors, warnings or dangling notes)")
  done
done
