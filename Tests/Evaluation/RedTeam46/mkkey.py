#!/usr/bin/env python3
"""Writes key.json for red team round 46 (the Thị ủy and the UBND of thị xã Bỉm Sơn, Thanh Hóa, 2021-2026, and the wards
phường Bỉm Sơn and phường Quang Trung that took over on 1/7/2025). Adapted from RedTeam37/mkkey.py (same key format, read
by the same score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["03-NQ/ĐU", "21/KH-UBND"], ["du_qt_nq03_2025.txt", "ubp_qt_kh21_2025.md"],
  "phường Quang Trung, both 10/9/2025: Đảng ủy 03-NQ/ĐU `Căn cứ Kế hoạch số 21/KH-UBND ngày 10/9/2025 …`; UBND phường 21/KH-UBND (Markdown) `Thực hiện Nghị quyết số 03-NQ/ĐU ngày 10/9/2025 …`")
p("superseded-citation", ["845/QĐ-UBND"], ["ubp_bs_kh09_2026.html", "ubtx_bs_qd1840_2024.html"],
  "UBND phường Bỉm Sơn 12/3/2026 (minified portal page) `Căn cứ Quyết định số 845/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân thị xã Bỉm Sơn (cũ)` — replaced by 1840/QĐ-UBND of 06/6/2024 (Word HTML)")
p("superseded-citation", ["08-QĐ/TU"], ["tu_bs_kh52_2024.txt", "tu_bs_qd17_2023.html"],
  "Thị ủy 52-KH/TU 10/5/2024 (layout) `Căn cứ Quy định số 08-QĐ/TU ngày 20/3/2020 …` (external) — replaced by 17-QĐ/TU of 12/4/2023 (and again claimed by 21-QĐ/TU of 15/3/2024)")
p("superseded-citation", ["1520/QĐ-UBND"], ["ubtx_bs_kh64_2023b.md", "ubtx_bs_qd905_2023.txt"],
  "UBND thị xã 64/KH-UBND of 22/9/2023 (Markdown) `Căn cứ Quyết định số 1520/QĐ-UBND ngày 18/6/2020 …` (external) — repealed (bãi bỏ) by 905/QĐ-UBND of 20/4/2023")
p("temporal", ["30-TB/TU"], ["ubtx_bs_kh35_2023.txt", "tu_bs_tb30_2023.txt"],
  "UBND thị xã 35/KH-UBND of 02/02/2023 (CRLF) `Thực hiện Thông báo số 30-TB/TU ngày 14/02/2023 của Ban Thường vụ Thị ủy Bỉm Sơn` — twelve days before the notice")
p("metadata-conflict", ["12-CTr/TU"], ["ubtx_bs_kh101_2022.txt", "tu_bs_ctr12_2022.md"],
  "UBND thị xã 101/KH-UBND 05/8/2022 (OCR-like) cites `Chương trình hành động số 12-CTr/TU ngày 18/7/2022 của Ban Thường vụ Thị ủy Bỉm Sơn`; the programme is of 08/7/2022 (Markdown, headings header)")
p("metadata-conflict", ["1840/QĐ-UBND"], ["ubtx_bs_kh12_2025.txt", "ubtx_bs_qd1840_2024.html"],
  "UBND thị xã 12/KH-UBND 20/01/2025 cites `Quyết định số 1840/QĐ-UBND ngày 20/6/2024 của Ủy ban nhân dân thị xã`; the decision is of 06/6/2024")
p("duplicate-identity", ["64/KH-UBND"], ["ubtx_bs_kh64_2023a.txt", "ubtx_bs_kh64_2023b.md"],
  "UBND thị xã Bỉm Sơn numbered two plans 64/KH-UBND in 2023 (10/3/2023 trật tự xây dựng; 22/9/2023 ra quân trật tự đô thị)")
p("inverse-inconsistency", ["08-QĐ/TU"], ["tu_bs_qd21_2024.txt", "tu_bs_qd17_2023.html"],
  "08-QĐ/TU (external) is replaced by 17-QĐ/TU (Điều 3, 12/4/2023, portal page) and again by 21-QĐ/TU (Điều 3, 15/3/2024, a rule on a near subject) — two documents say different things about what replaces it")
p("overdue-plan", ["17-QĐ/TU"], ["tu_bs_kh52_2024.txt"],
  "52-KH/TU row 1 (layout, wrapped, id broken at its hyphen `17-` / `QĐ/TU`): `Tham mưu sửa đổi, bổ sung Quy định số 17-QĐ/TU …`, `Quý IV/2024`; nothing amends it (45-BC/TU only proposes a new rule)")
p("overdue-plan", ["120/KH-UBND"], ["ubtx_bs_kh120_2021.txt"],
  "120/KH-UBND row 2 announces `Đề án phát triển hạ tầng thương mại thị xã Bỉm Sơn đến năm 2030`, `Năm 2023`; no such Đề án (2890/QĐ-UBND approves a tourism Đề án; 45-BC/TU says it was not built)", announces=True)
p("overdue-plan", ["64/KH-UBND"], ["ubtx_bs_kh64_2023a.txt"],
  "64/KH-UBND (a) item 1 announces a `Quy chế phối hợp quản lý trật tự xây dựng`, `Quý III/2023`; 905/QĐ-UBND only repeals the old Quy chế, 1702/QĐ-UBND only extends the deadline to 30/6/2026; none is issued", announces=True)
p("unmet-obligation", ["05-NQ/TU"], ["tu_bs_nq05_2021.txt"],
  "Thị ủy 05-NQ/TU (layout) `2. Ban Tuyên giáo Thị ủy xây dựng kế hoạch tuyên truyền Nghị quyết …`: no plan of the Ban Tuyên giáo (its 15-HD/BTGTU guides another programme; 101/KH-UBND is the UBND's)", contains="Ban Tuyên giáo")
p("count-mismatch", ["30-TB/TU"], ["tu_bs_tb30_2023.txt"], "Thị ủy 30-TB/TU: `tập trung thực hiện tốt 04 nhiệm vụ sau:` followed by 3 numbered items")
p("count-mismatch", ["12/KH-UBND"], ["ubp_bs_kh12_2025.txt"], "UBND phường Bỉm Sơn 15/8/2025: `tập trung 03 nội dung trọng tâm sau:` followed by 4 numbered items")
p("ambiguous-id", ["05-NQ/TU"], ["du_bs_ctr02_2025.txt"],
  "Đảng ủy phường Bỉm Sơn 20/10/2025: `Tiếp tục quán triệt, thực hiện Nghị quyết số 05-NQ/TU trong điều kiện …` — no date, no issuer, no subject: the Tỉnh ủy's (15/4/2021) and the former Thị ủy's (20/9/2021) are both in force and both on urban development")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-05-NQ-TU-tinh-uy-and-thi-uy", ["05-NQ/TU"],
  ["tu_th_nq05_2021.txt", "tu_bs_nq05_2021.txt", "ubnd_th_kh98_2021.txt", "ubtx_bs_kh120_2021.txt", "tu_th_tb1250_2023.txt", "tu_bs_kh52_2024.txt",
   "tu_bs_ctr12_2022.md", "ubtx_bs_qd1195_2022.txt", "du_qt_nq03_2025.txt", "tu_bs_bc45_2025.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict"])
t("same-number-implements-same-number", ["05-NQ/TU"], ["tu_bs_nq05_2021.txt", "tu_th_nq05_2021.txt"], ["cycle", "temporal", "dangling"])
t("undated-citation-issuer-named", ["05-NQ/TU"], ["ubnd_th_kh98_2021.txt", "tu_th_tb1250_2023.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("64-KH-UBND-another-year", ["64/KH-UBND"], ["ubtx_bs_kh64_2022.txt"], ["duplicate-identity", "ambiguous-id", "metadata-conflict"])
t("dated-citation-of-duplicated-number", ["64/KH-UBND"], ["ubtx_bs_qd1702_2025.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("12-KH-UBND-thi-xa-and-phuong-bim-son-same-year", ["12/KH-UBND"], ["ubtx_bs_kh12_2025.txt", "ubp_bs_kh12_2025.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling", "temporal", "cycle"])
t("proposed-replacement-of-17-QD-TU", ["17-QĐ/TU"], ["tu_bs_bc45_2025.txt", "du_bs_ctr02_2025.txt", "tu_th_tb1250_2023.txt", "tu_bs_qd21_2024.txt"],
  ["superseded-citation", "inverse-inconsistency", "overdue-plan", "cycle"])
t("quy-che-task-met-by-ban-hanh-quy-che", ["1195/QĐ-UBND", "120/KH-UBND"], ["ubtx_bs_kh120_2021.txt"], ["overdue-plan"])
t("de-an-task-met-by-phe-duyet-de-an", ["12-CTr/TU", "3015/QĐ-UBND"], ["tu_bs_ctr12_2022.md", "ubtx_bs_qd3015_2023.txt"], ["overdue-plan", "unmet-obligation"])
t("quy-dinh-task-met-by-quy-dinh", ["12-CTr/TU", "17-QĐ/TU"], ["tu_bs_ctr12_2022.md", "tu_bs_qd17_2023.html"], ["overdue-plan"])
t("extended-de-an-not-overdue", ["120/KH-UBND", "1702/QĐ-UBND"], ["ubtx_bs_kh120_2021.txt", "ubtx_bs_qd1702_2025.txt"],
  ["overdue-plan", "superseded-citation", "inverse-inconsistency"])
t("near-subject-de-an-du-lich-does-not-meet", ["2890/QĐ-UBND", "120/KH-UBND"], ["ubtx_bs_qd2890_2023.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="120/KH-UBND", file="ubtx_bs_kh120_2021.txt"))
t("repeal-of-old-quy-che-does-not-meet-new", ["905/QĐ-UBND", "1520/QĐ-UBND"], ["ubtx_bs_qd905_2023.txt"], ["cycle", "temporal", "superseded-citation"],
  requires_planted=dict(rule="overdue-plan", id="64/KH-UBND", file="ubtx_bs_kh64_2023a.txt"))
t("extension-alone-does-not-meet", ["1702/QĐ-UBND", "64/KH-UBND"], ["ubtx_bs_qd1702_2025.txt"], ["cycle", "temporal", "superseded-citation"],
  requires_planted=dict(rule="overdue-plan", id="64/KH-UBND", file="ubtx_bs_kh64_2023a.txt"))
t("recurring-or-not-yet-due-rows", ["52-KH/TU", "92/KH-UBND", "35/KH-UBND", "101/KH-UBND", "21/KH-UBND", "09/KH-UBND", "02-CTr/ĐU", "12-CTr/TU", "64/KH-UBND", "45-BC/TU", "15-HD/BTGTU"],
  ["tu_bs_kh52_2024.txt", "ubtx_bs_kh92_2022.txt", "ubtx_bs_kh35_2023.txt", "ubtx_bs_kh101_2022.txt", "ubp_qt_kh21_2025.md", "ubp_bs_kh09_2026.html",
   "du_bs_ctr02_2025.txt", "tu_bs_ctr12_2022.md", "ubtx_bs_kh64_2022.txt", "ubtx_bs_kh64_2023b.md", "tu_bs_bc45_2025.txt", "tu_bs_hd15_2022.txt"],
  ["overdue-plan"])
t("dated-activities-announce-no-document", ["15-HD/BTGTU", "98/KH-UBND", "12/KH-UBND", "64/KH-UBND"],
  ["tu_bs_hd15_2022.txt", "ubnd_th_kh98_2021.txt", "ubtx_bs_kh12_2025.txt", "ubtx_bs_kh64_2023b.md", "ubp_bs_kh12_2025.txt"], ["overdue-plan"])
t("self-references", ["05-NQ/TU", "12-CTr/TU", "52-KH/TU", "17-QĐ/TU", "1195/QĐ-UBND", "1840/QĐ-UBND", "30-TB/TU", "21-QĐ/TU"],
  ["tu_bs_nq05_2021.txt", "tu_th_nq05_2021.txt", "tu_bs_ctr12_2022.md", "tu_bs_kh52_2024.txt", "tu_bs_qd17_2023.html", "ubtx_bs_qd1195_2022.txt",
   "ubtx_bs_qd1840_2024.html", "tu_bs_tb30_2023.txt", "tu_bs_qd21_2024.txt"],
  ["cycle", "temporal", "dangling", "duplicate-identity"])
t("former-name-after-2025", ["05-NQ/TU", "120/KH-UBND", "52-KH/TU", "45-BC/TU", "17-QĐ/TU", "12/KH-UBND", "1195/QĐ-UBND", "2468/QĐ-UBND"],
  ["du_qt_nq03_2025.txt", "ubp_qt_kh21_2025.md", "du_bs_ctr02_2025.txt", "ubp_bs_kh12_2025.txt", "ubp_bs_kh09_2026.html"],
  ["dangling", "metadata-conflict", "temporal"])
t("dieu-chinh-von-revises-no-document", ["120/KH-UBND"], ["ubtx_bs_kh12_2025.txt", "ubp_qt_kh21_2025.md", "ubtx_bs_qd1702_2025.txt"],
  ["overdue-plan", "inverse-inconsistency", "cycle", "superseded-citation"])
t("thay-the-cay-xanh-ordinary-word", ["1195/QĐ-UBND"],
  ["ubtx_bs_kh12_2025.txt", "ubp_bs_kh09_2026.html", "ubp_qt_kh21_2025.md", "tu_bs_bc45_2025.txt", "ubtx_bs_qd2468_2024.docx"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "overdue-plan", "temporal"])
t("quoted-draft-title-sua-doi-bo-sung", ["1840/QĐ-UBND"], ["ubtx_bs_cv3120_2024.txt", "ubtx_bs_kh12_2025.txt", "ubp_qt_kh21_2025.md"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "overdue-plan"])
t("amendment-keeps-amended-in-force", ["1195/QĐ-UBND", "2468/QĐ-UBND"],
  ["ubp_bs_kh09_2026.html", "tu_bs_bc45_2025.txt", "ubp_qt_kh21_2025.md", "ubtx_bs_qd2468_2024.docx"], ["superseded-citation", "inverse-inconsistency"])
t("narrated-revisions-in-report", ["845/QĐ-UBND", "1520/QĐ-UBND", "08-QĐ/TU", "1840/QĐ-UBND", "905/QĐ-UBND", "17-QĐ/TU", "120/KH-UBND"],
  ["tu_bs_bc45_2025.txt"], ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("active-voice-retelling", ["845/QĐ-UBND", "1840/QĐ-UBND", "1195/QĐ-UBND", "2468/QĐ-UBND"], ["ubp_qt_kh21_2025.md"],
  ["superseded-citation", "inverse-inconsistency", "cycle"])
t("replace-and-repeal-clauses-themselves", ["845/QĐ-UBND", "1520/QĐ-UBND", "08-QĐ/TU"],
  ["ubtx_bs_qd1840_2024.html", "ubtx_bs_qd905_2023.txt", "tu_bs_qd17_2023.html"], ["superseded-citation", "temporal", "metadata-conflict"])
t("same-day-guidance-cites-programme", ["12-CTr/TU", "15-HD/BTGTU"], ["tu_bs_hd15_2022.txt"], ["temporal", "cycle", "metadata-conflict"])
t("same-day-plan-names-programme-without-number", ["92/KH-UBND", "12-CTr/TU"], ["ubtx_bs_kh92_2022.txt"], ["temporal", "cycle", "metadata-conflict"])
t("obligations-fulfilled", ["05-NQ/TU", "12-CTr/TU", "98/KH-UBND"],
  ["tu_th_nq05_2021.txt", "tu_bs_ctr12_2022.md", "ubnd_th_kh98_2021.txt", "tu_bs_nq05_2021.txt"], ["unmet-obligation"])
t("counted-lists-match", ["64/KH-UBND", "1250-TB/TU"], ["ubtx_bs_kh64_2022.txt", "ubtx_bs_kh64_2023a.txt", "tu_th_tb1250_2023.txt"], ["count-mismatch"])
t("nfd-crlf-ocr-identity", ["1195/QĐ-UBND", "120/KH-UBND", "05-NQ/TU", "30-TB/TU", "12-CTr/TU", "101/KH-UBND", "35/KH-UBND"],
  ["ubtx_bs_qd1195_2022.txt", "ubtx_bs_kh35_2023.txt", "ubtx_bs_kh101_2022.txt", "ubtx_bs_kh64_2023a.txt", "ubtx_bs_kh64_2023b.md"], ["dangling", "ambiguous-id"])
t("portal-chrome-word-html-docx-identity", ["17-QĐ/TU", "1840/QĐ-UBND", "2468/QĐ-UBND", "1195/QĐ-UBND"],
  ["tu_bs_qd17_2023.html", "ubtx_bs_qd1840_2024.html", "ubtx_bs_qd2468_2024.docx", "ubp_bs_kh09_2026.html", "tu_bs_qd21_2024.txt", "du_bs_ctr02_2025.txt",
   "tu_th_tb1250_2023.txt", "ubtx_bs_cv3120_2024.txt", "tu_bs_bc45_2025.txt", "ubtx_bs_kh12_2025.txt", "ubp_qt_kh21_2025.md"], ["dangling"])
t("markdown-identity", ["12-CTr/TU", "64/KH-UBND", "21/KH-UBND", "03-NQ/ĐU"],
  ["tu_bs_hd15_2022.txt", "tu_bs_tb30_2023.txt", "ubtx_bs_qd3015_2023.txt", "du_qt_nq03_2025.txt", "ubp_qt_kh21_2025.md", "ubtx_bs_kh35_2023.txt", "ubtx_bs_qd1702_2025.txt"], ["dangling"])
t("layout-row-split-id", ["17-QĐ/TU", "21-QĐ/TU"], ["tu_bs_kh52_2024.txt"], ["dangling", "ambiguous-id", "metadata-conflict"],
  requires_planted=dict(rule="overdue-plan", id="17-QĐ/TU", file="tu_bs_kh52_2024.txt"))
t("phone-fax-numbers", ["0237.3824.216", "0237.3824.217", "0237.3824.105", "0237.3824.106", "0237.3770.028", "0237.3770.029"],
  ["ubp_bs_kh09_2026.html", "tu_bs_qd17_2023.html", "ubtx_bs_qd1840_2024.html"], ["dangling", "temporal", "metadata-conflict"])
t("temporal-not-other", ["30-TB/TU"], ["ubtx_bs_kh35_2023.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="30-TB/TU", file="ubtx_bs_kh35_2023.txt"))
t("date-conflict-not-other-ocr", ["12-CTr/TU"], ["ubtx_bs_kh101_2022.txt"], ["ambiguous-id", "dangling", "temporal"],
  requires_planted=dict(rule="metadata-conflict", id="12-CTr/TU", file="ubtx_bs_kh101_2022.txt"))
t("date-conflict-not-other-1840", ["1840/QĐ-UBND"], ["ubtx_bs_kh12_2025.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="1840/QĐ-UBND", file="ubtx_bs_kh12_2025.txt"))
t("ambiguous-not-other", ["05-NQ/TU"], ["du_bs_ctr02_2025.txt"], ["dangling", "metadata-conflict", "temporal"],
  requires_planted=dict(rule="ambiguous-id", id="05-NQ/TU", file="du_bs_ctr02_2025.txt"))
t("superseded-not-other-ward", ["845/QĐ-UBND"], ["ubp_bs_kh09_2026.html"], ["dangling", "ambiguous-id", "metadata-conflict", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="845/QĐ-UBND", file="ubp_bs_kh09_2026.html"))
t("other-body-plans-do-not-meet-ban-tuyen-giao", ["15-HD/BTGTU", "101/KH-UBND"], ["tu_bs_hd15_2022.txt", "ubtx_bs_kh101_2022.txt"], ["cycle"],
  requires_planted=dict(rule="unmet-obligation", id="05-NQ/TU", file="tu_bs_nq05_2021.txt"))
t("same-day-cycle-no-temporal", ["03-NQ/ĐU", "21/KH-UBND"], ["du_qt_nq03_2025.txt", "ubp_qt_kh21_2025.md"], ["temporal", "metadata-conflict"])

key = dict(round=46, world="The Thị ủy and the UBND of thị xã Bỉm Sơn (tỉnh Thanh Hóa), 2021-2026, and the wards that took over on 1/7/2025: Tỉnh ủy Thanh Hóa 05-NQ/TU (15/4/2021), 1250-TB/TU; UBND tỉnh 98/KH-UBND; Thị ủy Bỉm Sơn 05-NQ/TU (20/9/2021, same number as the Tỉnh ủy's), 12-CTr/TU, 30-TB/TU, 17-QĐ/TU and 21-QĐ/TU (both replace 08-QĐ/TU), 52-KH/TU, 45-BC/TU; Ban Tuyên giáo Thị ủy 15-HD/BTGTU; UBND thị xã 120/KH-UBND, 64/KH-UBND (2022, and twice in 2023), 92/KH-UBND, 101/KH-UBND, 35/KH-UBND, 12/KH-UBND (2025), 845/QĐ-UBND (replaced by 1840/QĐ-UBND), 1195/QĐ-UBND (amended by 2468/QĐ-UBND), 905/QĐ-UBND (repeals 1520/QĐ-UBND), 2890/QĐ-UBND, 3015/QĐ-UBND, 1702/QĐ-UBND (extends deadlines), 3120/UBND-KT; Đảng ủy and UBND phường Quang Trung 03-NQ/ĐU, 21/KH-UBND; Đảng ủy phường Bỉm Sơn 02-CTr/ĐU; UBND phường Bỉm Sơn 12/KH-UBND (2025), 09/KH-UBND (2026)",
           planted=P,
           external=["06-NQ/TW", "148/NQ-CP", "77/2015/QH13", "72/2025/QH15", "202/2025/QH15", "1686/NQ-UBTVQH15", "18-NQ/TW", "37-NQ/TW",
                     "08-QĐ/TU", "1520/QĐ-UBND"],
           collateral=[dict(rule="superseded-citation", files=["tu_bs_qd21_2024.txt"], ids=["08-QĐ/TU"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
