#!/bin/sh
# usage: ./run.sh /path/to/docgraph   (default .build/debug/docgraph of this package)
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-}
if [ -z "$bin" ]; then
  bin="$here/../../../.build/debug/docgraph"
fi
cd "$here"
"$bin" check corpus --format json --as-of 2026-11-26 --all > dg.json
rc=$?
echo "docgraph exit status: $rc" >&2
python3 score.py dg.json key.json
