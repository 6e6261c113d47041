#!/bin/sh
# usage: repro/run-all.sh BIN — one block per cause of REPORT.md (files named *.off are the working variants, not read)
BIN=${1:-docgraph}
cd "$(dirname "$0")"
X() { echo "\$ $*"; "$BIN" "$@" --lang en 2>&1; echo; }
echo "== r1: Đề án 'Trên cơ sở …' read as planned (de_an_tren_co_so: planned; de_an_can_cu: enacted); the planted cycle is missed"
X extract r1-de-an-tren-co-so/de_an_tren_co_so.txt r1-de-an-tren-co-so/de_an_can_cu.txt
X check r1-de-an-tren-co-so/cycle --rules cycle
echo "== r2: 'Quý 3/2026' (arabic quarter) is due 2026-12-31, not 2026-09-30"
X check r2-arabic-quarter --all --rules overdue-plan --as-of 2026-11-28
echo "== r3: docx header table 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH' -> issuer 'Ban nhân dân tỉnh Đảng ủy ủy', which meets every body's obligation (Hội Cựu chiến binh included)"
X docs r3-docx-header-uyban
X check r3-docx-header-uyban --all --rules unmet-obligation
echo "== r4: a term in a local citation does not pick the document (khóa XV goes to khóa XVI); '(cũ)' neither; a lower-case title line gives no term"
X check r4-term-in-citation --rules ambiguous-id
X show "05-NQ/TU khóa XVI" --corpus r4-term-in-citation
X check r4-term-in-citation/cu --rules ambiguous-id
X docs r4-term-in-citation/title-case --format json
echo "== r5: .docx draft whose blank number and blank day are in header-table cells is read as enacted"
X extract r5-docx-draft-blanks/draft_header_table.docx
X check r5-docx-draft-blanks --rules superseded-citation
X status 04-QĐ/TU --corpus r5-docx-draft-blanks
echo "== r6: 'Số: 14/2022/' + newline + 'QĐ-UBND' gives no number; 'QĐ-' + newline + 'UBND' gives 14/2022/QĐ"
X docs r6-split-number-header
echo "== r7: one-row Markdown header whose first cell has a single issuer line: no number, no issuer"
X docs r7-md-header-one-issuer
echo "== r8: a commune that cites a decision of 'UBND tỉnh Bình Thuận (cũ)' is placed in Bình Thuận; its 'của Tỉnh ủy' citation dangles"
X docs r8-commune-placed-by-cu --format json
X check r8-commune-placed-by-cu --rules dangling
echo "== r9: 'TỈNH HỘI NÔNG DÂN LÂM ĐỒNG' / 'BAN THƯỜNG VỤ': issuer 'Ban Thường vụ', no locality; citations of the Tỉnh ủy dangle"
X docs r9-tinh-hoi-header --format json
X check r9-tinh-hoi-header --rules dangling
echo "== r10: the agent of '… (cũ) đã bị bãi bỏ bởi Quyết định số 35/2025/QĐ-UBND ngày …' is placed in the old province"
X check r10-passive-agent-place --rules dangling
X status 09/2021/QĐ-UBND --corpus r10-passive-agent-place
echo "== r11: 'Các đảng ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây dựng kế hoạch' is not met by a commune's Đảng ủy plan"
X check r11-dang-uy-truc-thuoc --all --rules unmet-obligation
