#!/bin/sh
# Usage: ./run_ext.sh BIN   — regenerates corpus_ext/ and key_ext.json, runs check, scores (second wave).
set -e
BIN=${1:-/work/bin/docgraph-s16-start}
cd "$(dirname "$0")"
python3 gen_ext.py >/dev/null
"$BIN" check corpus_ext --all --format json --as-of 2026-11-27 > dg_ext.json || true
python3 score.py dg_ext.json key_ext.json | tee score_ext.txt
