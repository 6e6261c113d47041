#!/bin/sh
# usage: repro/run-all.sh BIN (copied from RedTeam25; prints the line and strips folder prefixes) — for each cause, check the failing and the working copy and print the findings of the
# cause's rules whose message matches the cause's `match` regex (file names only).
BIN=${1:-docgraph}
D=$(cd "$(dirname "$0")" && pwd)
for c in "$D"/c*/; do
  c=${c%/}; echo "### $(basename "$c")  (rules: $(cat "$c/rules"))"
  for v in fail work; do
    echo "  [$v]"
    "$BIN" check "$c/$v" --all --format json --as-of 2026-11-29 --rules "$(cat "$c/rules")" 2>/dev/null | python3 -c '
import json, re, sys
d = json.load(sys.stdin); f = d if isinstance(d, list) else d.get("findings", [])
f = [x for x in f if re.search(sys.argv[1], x["message"])]
for x in f:
    print("    %-7s %-22s %s:%s: %s" % (x["severity"], x["rule"], (x.get("file") or "").split("/")[-1], x.get("line"), re.sub(r"/\S*/(fail|work)/", "", x["message"])[:190]))
if not f: print("    (nothing)")' "$(cat "$c/match")"
  done
done
