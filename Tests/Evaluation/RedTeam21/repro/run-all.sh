#!/bin/sh
# usage: repro/run-all.sh BIN — one block per cause of REPORT.md; each cause has a failing folder and a working variant folder
BIN=${1:-docgraph}
cd "$(dirname "$0")"
X() { echo "\$ $*"; "$BIN" "$@" --lang en 2>&1; echo; }
echo "== r1: '27/2019/QĐ-UBND … đã bị bãi bỏ toàn bộ tại|bởi Quyết định số 31/2025/QĐ-UBND' (a report) is read backwards: 31/2025 is 'repealed' by 27/2019 (or by the report when 27/2019 is not in the corpus), and a later plan citing 31/2025 gets an error; '… đã hết hiệu lực theo Quyết định số Y' gives '27/2019 basedOn 31/2025' (temporal) and 27/2019 stays in force; without 'toàn bộ' (bi-bai-bo-tai) it is right"
for d in toan-bo-tai toan-bo-boi subject-not-in-corpus het-hieu-luc-theo bi-bai-bo-tai; do
  X extract r1-passive-toan-bo-reversed/$d/ubnd_bc410_2026.txt
  X status 31/2025/QĐ-UBND --corpus r1-passive-toan-bo-reversed/$d
  X status 27/2019/QĐ-UBND --corpus r1-passive-toan-bo-reversed/$d
  X check r1-passive-toan-bo-reversed/$d --rules superseded-citation,temporal
done
echo "== r2: a repeal list given as a table (Markdown pipe table or tab-separated) after 'Điều 1. Bãi bỏ toàn bộ, bãi bỏ một phần … sau đây:' is not read: 27/2019 stays in force; the numbered list is read"
for d in md-table tab-table numbered-list; do
  X extract r2-repeal-table/$d/ubnd_qd31_2025.md
  X status 27/2019/QĐ-UBND --corpus r2-repeal-table/$d
  X check r2-repeal-table/$d --rules superseded-citation
done
echo "== r3: a Markdown one-row header table loses the number and the issuer: 'UBND TỈNH THANH HÓA<br>**SỞ …**<br>Số: 40/KH-SVHTTDL' and 'TỈNH ỦY THANH HÓA<br>*<br>Số 05-CTr/TU'; a '-----' line or a sub-unit line keeps it"
for d in so-under-ubnd-tinh so-with-dash-line party-star-only party-with-sub-line; do
  X docs r3-md-header-table/$d
  X check r3-md-header-table/$d --rules dangling,superseded-citation
done
echo "== r4: a citation date with spaced separators ('ngày 05 - 11 - 2025', '05 / 11 / 2025') is not read → ambiguous-id; '05-11-2025' is read"
for d in spaced-hyphens spaced-slashes plain-hyphens; do
  X extract r4-spaced-date/$d/hccb_kh20_2026.txt
  X check r4-spaced-date/$d --rules ambiguous-id,metadata-conflict
done
echo "== r5: a month deadline with a hyphen or dot ('Tháng 9-2026', 'Tháng 09-2026', 'Tháng 9.2026') is due at the year's end; 'Tháng 9/2026' and 'Quý III-2026' are read"
for d in thang-9-hyphen thang-09-hyphen thang-9-dot thang-9-slash; do
  X check r5-month-hyphen/$d --all --rules overdue-plan --as-of 2026-11-28
done
echo "== r6: stated counts not read: 'Tháng 3/2026: 05 nội dung' (colon) and a Markdown table group row '| | **Quý II/2026 (06 nội dung)** | | |'; parentheses and a tab-table group row are read"
for d in colon parentheses md-group-row tab-group-row; do
  X check r6-count-forms/$d --rules count-mismatch
done
