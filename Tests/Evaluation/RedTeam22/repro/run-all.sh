#!/bin/sh
# usage: run-all.sh BIN — one block per cause of REPORT.md: the failing variant(s), then the working one.
BIN=${1:-docgraph}
D=$(cd "$(dirname "$0")" && pwd)
cd "$D"
run() { # folder rules
  for v in fail fail-report fail-nested work work-nested; do
    [ -d "$1/$v" ] || continue
    echo "-- $1/$v"
    "$BIN" check "$1/$v" --as-of 2026-11-28 --rules "$2" --lang en 2>&1 | sed 's/^/   /'
  done
}
echo "== r1 a sentence cut by a pdftotext -layout page footer (blank line, page number, form feed) loses its verb: 'X … hết hiệu lực' not read (fail: blank line before the footer; work: the same without it)"
run r1-layout-footer-splits-clause superseded-citation
echo
echo "== r2 a negated revision is read as enacted: 'không làm hết hiệu lực … Quyết định số X', 'X chưa được thay thế' (work: 'vẫn còn hiệu lực')"
run r2-negated-revision-enacted superseded-citation
echo
echo "== r3 OCR letters in a number: 'Số O7-KH/ĐU' gives no identity, so no duplicate (work: 'Số 07-KH/ĐU')"
for v in fail work; do
  echo "-- r3-ocr-letters-in-number/$v (docs: file id)"
  "$BIN" docs r3-ocr-letters-in-number/$v --format json | python3 -c 'import json,sys; [print("  ",d["file"].split("/")[-1],d["id"]) for d in json.load(sys.stdin)]'
done
run r3-ocr-letters-in-number duplicate-identity
echo
echo "== r4 'phong trào thi đua “… Quyết định số X …”' is carried out (implements X), not named (work: 'phong trào “…”')"
run r4-thi-dua-quoted-name superseded-citation
echo
echo "== r5 a Party id with type and issuer in different case ('03-ĐA/đu', '03-KH/tu', '03-kh/TU') is not read, so the cycle is lost (work: '03-ĐA/ĐU')"
run r5-mixed-case-party-id cycle
echo
echo "== r6 an undated mention is ambiguous though the document decides (a task row after the plan's dated citation, when the plan also names the other term's number; a mention nested in a corpus plan's description) — debatable"
run r6-undated-mention-ambiguous ambiguous-id
