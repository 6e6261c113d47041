#!/bin/sh
# run_ext.sh BIN: second wave (gen_ext.py: the gen.py corpus plus 19 documents), scored against key_ext.json.
BIN=${1:?usage: run_ext.sh BIN}
cd "$(dirname "$0")"
rm -rf corpus_ext && python3 gen_ext.py --out corpus_ext --key key_ext.json >/dev/null || exit 2
"$BIN" check corpus_ext --format json --as-of 2026-11-27 --all > dg_ext.json 2> dg_ext.stderr
echo "exit $?" >> dg_ext.stderr
python3 score.py dg_ext.json key_ext.json | tee score_ext.txt
