#!/bin/sh
# run.sh [BINARY] [VARIANT]: check the committed corpus and score it; with a VARIANT (html-lines |
# docx-as-txt | both | all-txt), generate that variant (seed 1) into /tmp first. BINARY is absolute or
# relative to this folder (default: the package's debug build).
BIN=${1:-../../../.build/debug/docgraph}; V=${2:-}
cd "$(dirname "$0")"
if [ -z "$V" ]; then
  OUT=corpus; KEY=key.json
else
  W=${TMPDIR:-/tmp}/redteam3-whatif-$V; rm -rf "$W"; mkdir -p "$W"; OUT=$W/corpus; KEY=$W/key-$V.json
  python3 gen.py --seed 1 --out "$OUT" --variant "$V" >/dev/null
  [ -f "$W/key-$V.json" ] || cp "key-$V.json" "$KEY" 2>/dev/null
fi
DG=${TMPDIR:-/tmp}/redteam3-dg${V:+-$V}.json
"$BIN" check "$OUT" --format json --as-of 2026-11-26 --all > "$DG"
python3 score.py "$DG" "$KEY"
