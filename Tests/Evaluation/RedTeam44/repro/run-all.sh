#!/bin/sh
# usage: repro/run-all.sh BIN — for every repro/<cause>/{fail,work}, print docgraph's warnings/errors and the findings
# on the ids concerned (check --all --as-of 2026-11-30), so fail and work can be compared.
BIN=${1:-docgraph}
D=$(cd "$(dirname "$0")" && pwd)
python3 "$D/make.py" >/dev/null
for c in "$D"/c*/; do
  n=$(basename "$c")
  for s in fail work; do
    echo "== $n/$s"
    (cd "$c$s" && "$BIN" check . --all --format text --as-of 2026-11-30 2>&1 | grep -E "(error|warning|lỗi|cảnh báo): |\[ambiguous-id\]|\[dangling\] 09-NQ/TU|phát hiện" | sed 's/^\.\///')
  done
  case "$n" in c1*) for s in fail work; do echo "-- $n/$s: who cites 09-NQ/TU@Nghệ An / @Hoàng Mai"; for p in "Nghệ An" "Hoàng Mai"; do (cd "$c$s" && "$BIN" show "09-NQ/TU@$p" --corpus . 2>&1 | grep -- "02-KH/ĐU —" | sed "s/^/   $p: /"); done; done;; esac
done
