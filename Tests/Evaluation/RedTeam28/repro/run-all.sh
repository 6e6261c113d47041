#!/bin/sh
# usage: repro/run-all.sh BIN — (red team round 28; copied from RedTeam27) for each case, what the fail and work copies show (folder prefixes stripped)
BIN=${1:-docgraph}
R=$(cd "$(dirname "$0")" && pwd)
export BIN
for c in "$R"/c*/; do
  c=${c%/}
  echo "=== $(basename "$c")"
  for side in fail work; do
    DIR="$c/$side"; export DIR
    echo "--- $side"
    if [ -f "$c/cmd" ]; then
      sh "$c/cmd" 2>&1 | grep -E "$(cat "$c/match")" | sed "s#$DIR/##g" | sed 's/^/  /'
    else
      "$BIN" check "$DIR" --all --format json --as-of 2026-11-29 --rules "$(cat "$c/rules")" | python3 -c '
import json, sys, re
d = json.load(sys.stdin); f = d if isinstance(d, list) else d.get("findings", d)
n = 0
for x in f:
    if re.search(sys.argv[1], x["message"]):
        n += 1
        print("  %s [%s] %s:%s: %s" % (x["severity"], x["rule"], x["file"].split("/")[-1], x.get("line"), x["message"].replace(sys.argv[2] + "/", "")))
if not n: print("  (nothing)")' "$(cat "$c/match")" "$DIR"
    fi
  done
done
