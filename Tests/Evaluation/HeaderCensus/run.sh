#!/bin/sh
# usage: run.sh BIN — score BIN's reading of each opening's own identity against the gold (standard library Python only)
cd "$(dirname "$0")" && python3 score.py --bin "$(readlink -f "$1")"
