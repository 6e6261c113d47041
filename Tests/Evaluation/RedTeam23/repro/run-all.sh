#!/bin/sh
# usage: repro/run-all.sh BIN — one block per cause of REPORT.md; each variant prints what BIN reports for it.
BIN=${1:-docgraph}
cd "$(dirname "$0")" || exit 2
A="--as-of 2026-11-28"
echo "### c1 reported article repeal read as a whole repeal (expect: fail 2 errors, status 'bãi bỏ'; work 0, status 'sửa đổi, bổ sung')"
for v in fail work; do echo "-- $v"; "$BIN" check c1-reported-article-repeal-read-as-whole/$v $A --rules superseded-citation
  "$BIN" status "20/2020/QĐ-UBND@Đồng Nai" --corpus c1-reported-article-repeal-read-as-whole/$v $A | head -2; done
echo
echo "### c2 quoted press headline read as a citation (expect: fail 1 error; work 0)"
for v in fail work; do echo "-- $v"; "$BIN" check c2-quoted-press-headline-read-as-citation/$v $A --rules superseded-citation; done
echo
echo "### c3 obligation met by an unrelated body (expect: fail* 0 notes although nobody assigned wrote a plan; work 3 notes)"
for v in fail fail-chibo fail-so work; do echo "-- $v"; "$BIN" check c3-obligation-met-by-unrelated-body/$v --all $A --rules unmet-obligation; done
echo "-- matrix (MET = no unmet note for that assigned body when the one plan is issued by the row's body)"
python3 c3-obligation-met-by-unrelated-body/matrix.py "$BIN"
echo
echo "### c4 a report's numbered item with a colon inherits 'thực hiện' from the opening sentence (expect: fail 1 error; work 0)"
for v in fail work; do echo "-- $v"; "$BIN" extract c4-report-item-inherits-opening-relation/$v/r_bc310_2026.txt | grep "35/2022"
  "$BIN" check c4-report-item-inherits-opening-relation/$v $A --rules superseded-citation; done
