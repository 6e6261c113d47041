#!/bin/sh
# Round 17, wave 2: regenerate wave 1 + wave 2 in corpus_ext (needs chromium for the .pdf files), check, score
# against key_ext.json (wave 1's planted defects are collateral there).
# Usage: ./run_ext.sh [BINARY]
set -e
cd "$(dirname "$0")"
BIN=${1:-docgraph}
python3 gen_ext.py corpus_ext >/dev/null
"$BIN" check corpus_ext --all --format json --as-of 2026-11-28 > check_ext.json || true
python3 score.py check_ext.json key_ext.json
