#!/bin/sh
# usage: run.sh BIN   — regenerate the corpus, check it, score it (red team round 44; adapted from RedTeam37/run.sh)
set -e
BIN=${1:-docgraph}
D=$(cd "$(dirname "$0")" && pwd)
python3 "$D/gen.py"
"$BIN" check "$D/corpus" --all --format json --as-of 2026-11-30 > "$D/out.json" || true
python3 "$D/score.py" "$D/out.json" "$D/key.json"
