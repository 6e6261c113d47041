#!/bin/sh
# Usage: ./run.sh BIN   — regenerates corpus/ and key.json, runs check, scores.
set -e
BIN=${1:-/work/bin/docgraph-s16-start}
cd "$(dirname "$0")"
python3 gen.py >/dev/null
"$BIN" check corpus --all --format json --as-of 2026-11-27 > dg.json || true
python3 score.py dg.json key.json | tee score.txt
