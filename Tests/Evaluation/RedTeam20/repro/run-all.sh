#!/bin/sh
# usage: repro/run-all.sh BIN — one block per cause of REPORT.md (files named *.off are the working variants, not read)
BIN=${1:-docgraph}
cd "$(dirname "$0")"
X() { echo "\$ $*"; "$BIN" "$@" --lang en 2>&1; echo; }
echo "== r1: 'Bãi bỏ một phần Quyết định số 12/2022/QĐ-UBND …' is read as a repeal of the whole decision (qd50_mot_so_dieu.txt.off: 'Bãi bỏ một số điều của …' gives amends)"
X extract r1-partial-repeal-mot-phan/qd50_mot_phan.txt
X check r1-partial-repeal-mot-phan --rules superseded-citation
X status 12/2022/QĐ-UBND --corpus r1-partial-repeal-mot-phan
echo "== r2: an item of a notice ('3. Tổng kết Nghị quyết số 05-NQ/TU …') or a row of a programme of work ('Sơ kết 6 tháng thực hiện Nghị quyết số 02-NQ/TU … Tuần 3') is taken as the review a plan row asks for"
X extract r2-listed-item-is-review/notice/vptu_tb31_2026.txt r2-listed-item-is-review/programme/tu_ctr09_2026.txt
X check r2-listed-item-is-review/notice --all --rules overdue-plan --as-of 2026-11-28
X check r2-listed-item-is-review/programme --all --rules overdue-plan --as-of 2026-11-28
echo "== r3: '… Nghị quyết số 05/2021/NQ-HĐND ngày … của Hội đồng nhân dân tỉnh Hải Dương hết hiệu lực kể từ …' is a plain reference (with-issuer); without the issuer it repeals but the target is placed in Hải Phòng (no-issuer); the list form works (list)"
X extract r3-het-hieu-luc-after-issuer/with-issuer/nq30.txt r3-het-hieu-luc-after-issuer/no-issuer/nq30.txt r3-het-hieu-luc-after-issuer/list/nq30.txt
X check r3-het-hieu-luc-after-issuer/with-issuer --rules superseded-citation
X check r3-het-hieu-luc-after-issuer/no-issuer --rules superseded-citation,dangling
X check r3-het-hieu-luc-after-issuer/list --rules superseded-citation
echo "== r4: 'thời hạn hoàn thành: Quý 3/2026' (arabic quarter) is due 2026-12-31, not 2026-09-30 (round 19's r2, unchanged)"
X check r4-arabic-quarter --all --rules overdue-plan --as-of 2026-11-28
echo "== r5: 'Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ thành phố khóa XVI' does not pick the khóa XVI document, even when both documents' terms are known (upper-title); lower-case title lines give no term (round 19's r4, unchanged)"
X check r5-term-in-citation/lower-title --rules ambiguous-id
X check r5-term-in-citation/upper-title --rules ambiguous-id
echo "== r6: 'Số: 15/2021/' + newline + 'QĐ-UBND' gives no number (round 19's r6, unchanged)"
X docs r6-split-number-header
X check r6-split-number-header --rules dangling
echo "== r7: '<Sở> chủ trì tham mưu UBND thành phố ban hành quyết định thay thế …' → unmet obligation 'UBND thành phố to issue Quy định' (wrong kind), even where 45/2025 replaces 31/2020"
X check r7-prose-tham-muu-unmet --all --rules unmet-obligation,overdue-plan --as-of 2026-11-28
echo "== r8: a .docx header table whose issuer lines are in lower/title case loses the number (upper.docx.off and lower_text.txt.off keep it)"
X docs r8-docx-lowercase-header
X check r8-docx-lowercase-header --rules dangling
echo "== r9: a Sở of the city (header 'UBND THÀNH PHỐ HẢI PHÒNG / SỞ TƯ PHÁP') and a commune are placed in Hải Dương because they cite a text of 'HĐND/UBND tỉnh Hải Dương (cũ)'; the commune's 'của Thành ủy' citation dangles"
X docs r9-placed-by-cu --format json
X check r9-placed-by-cu --rules dangling
