#!/bin/sh
# Runs every repro folder (each variant sub-folder on its own) with BIN and prints what docgraph says
# (dangling notes about the central documents left out).
BIN=${1:-docgraph}
cd "$(dirname "$0")"
for d in r*/ o*/; do
  subs=$(find "$d" -mindepth 1 -maxdepth 1 -type d | sort)
  for x in ${subs:-$d}; do
    echo "=== $x"
    "$BIN" check "$x" --all --as-of 2026-11-28 --lang en 2>&1 | grep -v '\[dangling\] \(55-NQ/TW\|66-NQ/TW\|72/2025\|57-NQ\|24-NQ\)' | head -12
  done
done
