#!/bin/sh
# usage: run-all.sh BIN — for each cause, check every variant folder (fail*, work*) and print the findings that show it:
# every error/warning, and the notes whose message matches the cause's `pattern` (extended regex).
BIN=${1:-docgraph}
D=$(cd "$(dirname "$0")" && pwd)
for c in "$D"/c*/; do
  c=${c%/}; name=$(basename "$c"); pat=$(cat "$c/pattern")
  echo "=== $name   (pattern: $pat)"
  for v in "$c"/fail* "$c"/work*; do
    [ -d "$v" ] || continue
    echo "--- $(basename "$v"): $(cd "$v" && ls | tr '\n' ' ')"
    (cd "$v" && "$BIN" check . --all --format json --as-of 2026-11-28 --lang en 2>/dev/null) | PAT="$pat" python3 -c '
import json, os, re, sys
pat = re.compile(os.environ["PAT"])
for x in json.load(sys.stdin):
    if x["severity"] in ("error", "warning") or (x["rule"] in ("dangling", "unmet-obligation") and pat.search(x["message"])):
        print("   %s [%s] %s:%s: %s" % (x["severity"], x["rule"], os.path.basename(x.get("file") or ""), x.get("line"), x["message"][:170]))'
    if [ "$name" = c6-dotted-number ] || [ "$name" = c3-hoi-ccb-header-and-cut-binh ] || [ "$name" = c8-report-passive-wrong-subject ]; then
      (cd "$v" && "$BIN" extract . --format json --lang en 2>/dev/null) | PAT="$pat" python3 -c '
import json, os, re, sys
pat = re.compile(os.environ["PAT"])
for r in json.load(sys.stdin):
    if pat.search(r["id"] or "") or pat.search(r["text"] or ""):
        print("   extract %s:%s %s %s issuer=%s | %s" % (os.path.basename(r["file"]), r["line"], r["id"], r["relation"], r.get("issuer"), (r["text"] or "")[:70]))'
    fi
  done
done
