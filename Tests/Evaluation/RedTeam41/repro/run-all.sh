#!/bin/sh
# usage: repro/run-all.sh BIN — for each cause, run `BIN check DIR --all --format json --as-of ASOF` on fail/ and work/ and
# print every finding except dangling notes about ids that no file of the case holds (diff fail work shows the one edit).
BIN=${1:-docgraph}
D=$(cd "$(dirname "$0")" && pwd)
for c in "$D"/c*/; do
  n=$(basename "$c"); a=$(cat "$c/asof")
  echo "== $n (as of $a)"
  diff "$c/fail" "$c/work" | sed 's/^/   /'
  for s in fail work; do
    echo " -- $s"
    "$BIN" check "$c/$s" --all --format json --as-of "$a" | python3 -c '
import json, sys
d = json.load(sys.stdin); F = d if isinstance(d, list) else d.get("findings", d)
for f in F:
    if f["rule"] == "dangling" and "08-TB" not in f["message"]:
        continue
    print("   ", f["severity"], f["rule"], (f.get("file") or "").split("/")[-1] + ":", f["message"][:230])
'
  done
done
