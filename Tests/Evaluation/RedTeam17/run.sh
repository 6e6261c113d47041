#!/bin/sh
# Round 17, wave 1: regenerate the corpus, run `docgraph check`, score against key.json.
# Usage: ./run.sh [BINARY]   (default: docgraph on PATH)
set -e
cd "$(dirname "$0")"
BIN=${1:-docgraph}
python3 gen.py corpus >/dev/null
"$BIN" check corpus --all --format json --as-of 2026-11-28 > check.json || true
python3 score.py check.json key.json
