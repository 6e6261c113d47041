#!/bin/sh
# run.sh BIN: regenerate corpus/ and key.json, check the corpus as of 2026-11-27 with --all, keep dg.json, score it.
BIN=${1:?usage: run.sh BIN}
cd "$(dirname "$0")"
rm -rf corpus && python3 gen.py --out corpus --key key.json >/dev/null || exit 2
"$BIN" check corpus --format json --as-of 2026-11-27 --all > dg.json 2> dg.stderr
echo "exit $?" >> dg.stderr
"$BIN" check corpus --as-of 2026-11-27 --all > dg.txt 2>/dev/null
python3 score.py dg.json key.json | tee score.txt
