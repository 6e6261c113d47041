#!/bin/sh
# usage: repro/run-all.sh BIN — for each cause, what `check` (filtered by `rules` and `match`) or another command (`cmd`, grepped
# with `match`) prints for the fail and the work copy (red team round 31). Run repro/make.py first (after ../gen.py).
BIN=${1:-docgraph}
D=$(cd "$(dirname "$0")" && pwd)
for c in "$D"/c*/; do
  n=$(basename "$c"); m=$(cat "$c/match")
  echo "== $n   (match: $m)"
  for side in fail work; do
    if [ -f "$c/rules" ]; then
      out=$(cd "$c/$side" && "$BIN" check . --all --as-of 2026-11-29 --rules "$(cat "$c/rules")" --format json 2>/dev/null \
        | python3 -c "import json,re,sys
for f in json.load(sys.stdin):
    if re.search(sys.argv[1], f['message']): print('  %s [%s] %s:%s %s' % (f['severity'], f['rule'], f['file'].lstrip('./'), f['line'], f['message'][:150]))" "$m")
    else
      out=$(cd "$c/$side" && "$BIN" $(cat "$c/cmd") . 2>&1 | grep -E -- "$m" | cut -c1-150 | sed 's/^/  /')
    fi
    echo "-- $side:"; [ -n "$out" ] && echo "$out" || echo "  (nothing)"
  done
done
