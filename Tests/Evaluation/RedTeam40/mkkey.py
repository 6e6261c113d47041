#!/usr/bin/env python3
"""Writes key.json for red team round 40 (fees, prices and support levels set by HĐND and UBND tỉnh Hà Tĩnh, 2019-2026).
Adapted from RedTeam37/mkkey.py (same key format, read by the same score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["21-KH/HU", "88/KH-UBND"], ["hu_cx_kh21_2024.txt", "ubh_cx_kh88_2024.md"],
  "Cẩm Xuyên, both 10/5/2024: Huyện ủy 21-KH/HU (CRLF) `Căn cứ Kế hoạch số 88/KH-UBND ngày 10/5/2024 …`; UBND huyện 88/KH-UBND (Markdown) `Thực hiện Kế hoạch số 21-KH/HU ngày 10/5/2024 …`")
p("superseded-citation", ["58/2019/QĐ-UBND"], ["xa_th_kh14_2026.txt", "hdnd_ht_nq88_2025.txt", "ubnd_ht_qd03_2026.txt"],
  "UBND xã Thạch Hà 20/3/2026 (layout) `Căn cứ Quyết định số 58/2019/QĐ-UBND ngày 20/12/2019 …` — replaced by 88/2025/NQ-HĐND from 01/01/2026 (and by 03/2026/QĐ-UBND from 25/01/2026)")
p("superseded-citation", ["22/2020/NQ-HĐND"], ["ubtx_ka_kh35_2025.txt", "hdnd_ht_nq61_2024.txt"],
  "UBND thị xã Kỳ Anh 05/3/2025 (layout) `Căn cứ Nghị quyết số 22/2020/NQ-HĐND ngày 15/7/2020 …` — replaced by 61/2024/NQ-HĐND from 01/01/2025 (the clause is split by a page break; the replaced texts are also listed in an aligned table)")
p("superseded-citation", ["94/2014/QĐ-UBND"], ["ubh_th_bc145_2021.txt", "ubnd_ht_qd58_2019.txt"],
  "UBND huyện Thạch Hà 10/8/2021 (OCR-like scan) `Căn cứ Quyết định số 94/2014/QĐ-UBND ngày 22/12/2014 …` (external) — replaced by 58/2019/QĐ-UBND from 01/01/2020")
p("temporal", ["05/2024/QĐ-UBND"], ["ubtx_ka_bc52_2024.txt", "ubnd_ht_qd05_2024.html"],
  "UBND thị xã Kỳ Anh 05/3/2024 `Thực hiện Quyết định số 05/2024/QĐ-UBND ngày 15/3/2024 …` — ten days before the decision (minified portal page)")
p("metadata-conflict", ["48-KL/TU"], ["hu_hs_kh30_2024.txt", "tu_ht_kl48_2024.txt"],
  "Huyện ủy Hương Sơn 02/4/2024 (OCR-like) cites `Kết luận số 48-KL/TU ngày 26/3/2024`; the conclusion is of 16/3/2024 (layout, two-column Party header)")
p("metadata-conflict", ["61/2024/NQ-HĐND"], ["px_st_kh27_2026.txt", "hdnd_ht_nq61_2024.txt"],
  "UBND phường Sông Trí 02/02/2026 cites `Nghị quyết số 61/2024/NQ-HĐND ngày 19/12/2024`; the resolution is of 10/12/2024")
p("duplicate-identity", ["118/KH-UBND"], ["ubh_cx_kh118_2024a.txt", "ubh_cx_kh118_2024b.txt"],
  "UBND huyện Cẩm Xuyên numbered two plans 118/KH-UBND in 2024 (15/7/2024 layout; 22/10/2024 plain)")
p("inverse-inconsistency", ["58/2019/QĐ-UBND"], ["ubnd_ht_qd03_2026.txt", "hdnd_ht_nq88_2025.txt"],
  "58/2019/QĐ-UBND is replaced by 88/2025/NQ-HĐND (Điều 2 khoản 2, aligned table, from 01/01/2026) and again by 03/2026/QĐ-UBND (Điều 2, from 25/01/2026, a rule that only details how to apply the new table)")
p("overdue-plan", ["09/2021/NQ-HĐND"], ["tu_ht_kl48_2024.txt"],
  "48-KL/TU item 2: `Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo sửa đổi, bổ sung Nghị quyết số 09/2021/NQ-HĐND …, hoàn thành trong Quý IV/2024` (wrapped over three layout lines); nothing amends it (2150/QĐ-UBND only adjusts capital under it)")
p("overdue-plan", ["61/2024/NQ-HĐND"], ["stc_ht_kh15_2025.txt"],
  "15/KH-STC task row 1 (wrapped cell): `Tham mưu … sửa đổi, bổ sung Nghị quyết số 61/2024/NQ-HĐND …`, `Quý II/2026`; nothing amends it (210/BC-STC only quotes a draft's title)")
p("overdue-plan", ["105/KH-UBND"], ["ubnd_ht_kh105_2024.txt"],
  "105/KH-UBND row 3 announces `Đề án xây dựng cơ sở dữ liệu giá đất tỉnh Hà Tĩnh`, `Quý IV/2025`; no such Đề án", announces=True)
p("unmet-obligation", ["48-KL/TU"], ["tu_ht_kl48_2024.txt"], "`3. Ban Kinh tế Tỉnh ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Kết luận này.`: no plan of the Ban Kinh tế", contains="Ban Kinh tế")
p("count-mismatch", ["35/KH-UBND"], ["ubtx_ka_kh35_2025.txt"], "UBND thị xã Kỳ Anh 05/3/2025 (layout): `thực hiện 03 nhiệm vụ sau:` followed by 4 numbered items")
p("count-mismatch", ["15/KH-STC"], ["stc_ht_kh15_2025.txt"], "Sở Tài chính 10/01/2025 (layout): `Kế hoạch tập trung 05 nội dung sau:` followed by 4 numbered items (then a task table)")
p("ambiguous-id", ["15-KL/TU"], ["du_cx_bc40_2026.txt"],
  "Đảng ủy xã Cẩm Xuyên 20/6/2026: `Đảng ủy xã đã quán triệt Kết luận số 15-KL/TU của Ban Thường vụ Tỉnh ủy` — no date, no term: Tỉnh ủy Hà Tĩnh issued 15-KL/TU in khóa XIX (18/5/2021) and in khóa XX (10/3/2026)")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-15-KL-TU-two-terms", ["15-KL/TU"], ["tu_ht_kl15_2021.txt", "tu_ht_kl15_2026.md"], ["duplicate-identity"])
t("dated-15-KL-TU-citations-resolve", ["15-KL/TU"],
  ["tu_ht_kl48_2024.txt", "hdnd_ht_nq09_2021.txt", "hdnd_ht_nq35_2022.txt", "tu_ht_kl15_2026.md", "xa_cx_kh11_2026.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling"])
t("2026-conclusion-cites-its-own-number-of-2021", ["15-KL/TU"], ["tu_ht_kl15_2026.md"], ["cycle", "temporal", "ambiguous-id", "metadata-conflict"])
t("same-number-56-KH-UBND-two-districts", ["56/KH-UBND"], ["ubh_hs_kh56_2023.txt", "ubh_th_kh56_2023.txt", "xa_th_kh14_2026.txt", "xa_st_kh09_2026.md"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling"])
t("former-district-name-after-2025", ["56/KH-UBND", "118/KH-UBND"], ["xa_th_kh14_2026.txt", "xa_st_kh09_2026.md", "xa_cx_kh11_2026.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("dated-citation-of-duplicated-number", ["118/KH-UBND"], ["xa_cx_kh11_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("09-NQ-HDND-2021-and-2023", ["09/2021/NQ-HĐND", "09/2023/NQ-HĐND"],
  ["hdnd_ht_nq09_2021.txt", "hdnd_ht_nq09_2023.md", "ubh_hs_kh56_2023.txt", "ubh_th_qd2150_2024.txt", "ubh_cx_kh118_2024a.txt", "xa_st_kh09_2026.md",
   "hdnd_ht_nq61_2024.txt", "tu_ht_kl48_2024.txt"], ["duplicate-identity", "ambiguous-id", "metadata-conflict"])
t("repeal-in-part-keeps-in-force", ["09/2023/NQ-HĐND"], ["xa_st_kh09_2026.md", "hdnd_ht_nq61_2024.txt", "hdnd_ht_nq09_2023.md"],
  ["superseded-citation", "inverse-inconsistency"])
t("amendment-keeps-amended-in-force", ["22/2020/NQ-HĐND", "58/2019/QĐ-UBND"],
  ["hdnd_ht_nq35_2022.txt", "ubh_th_kh56_2023.txt", "ubh_cx_kh118_2024b.txt", "ubnd_ht_qd42_2024.docx", "stc_ht_cv1830_2025.txt", "ubnd_ht_qd07_2023.txt",
   "ubnd_ht_qd05_2024.html", "ubh_cx_kh88_2024.md", "tu_ht_kl15_2021.txt", "tu_ht_kl48_2024.txt"], ["superseded-citation", "inverse-inconsistency", "cycle"])
t("land-table-extended-by-law-to-2025", ["58/2019/QĐ-UBND"], ["ubtx_ka_kh35_2025.txt", "stc_ht_cv1830_2025.txt", "ubnd_ht_tt250_2025.html", "ubnd_ht_qd42_2024.docx"],
  ["superseded-citation"])
t("proposed-replacement-of-58-2019", ["58/2019/QĐ-UBND", "42/2024/QĐ-UBND"], ["ubnd_ht_tt250_2025.html", "stc_ht_cv1830_2025.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "cycle"])
t("proposed-replacement-of-61-2024", ["61/2024/NQ-HĐND"], ["stc_ht_bc210_2026.html", "du_cx_bc40_2026.txt", "px_st_kh27_2026.txt"],
  ["superseded-citation", "inverse-inconsistency"])
t("quoted-draft-title-sua-doi-bo-sung", ["61/2024/NQ-HĐND"], ["stc_ht_bc210_2026.html"], ["superseded-citation", "inverse-inconsistency", "cycle"],
  requires_planted=dict(rule="overdue-plan", id="61/2024/NQ-HĐND", file="stc_ht_kh15_2025.txt"))
t("dieu-chinh-von-revises-nothing", ["09/2021/NQ-HĐND", "2150/QĐ-UBND"], ["ubh_th_qd2150_2024.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="09/2021/NQ-HĐND", file="tu_ht_kl48_2024.txt"))
t("thay-the-ordinary-word", ["56/KH-UBND", "22/2020/NQ-HĐND", "07/2023/QĐ-UBND", "1250/STC-QLG", "09/KH-UBND", "88/2025/NQ-HĐND"],
  ["ubh_th_kh56_2023.txt", "stc_ht_cv1250_2023.txt", "xa_st_kh09_2026.md"], ["inverse-inconsistency", "cycle", "superseded-citation", "temporal"])
t("deadlines-met-by-later-documents", ["15-KL/TU", "22/2020/NQ-HĐND", "105/KH-UBND", "48-KL/TU"],
  ["tu_ht_kl15_2021.txt", "ubnd_ht_kh105_2024.txt", "tu_ht_kl48_2024.txt"], ["overdue-plan"])
t("recurring-or-not-yet-due-rows", ["105/KH-UBND", "15/KH-STC", "48-KL/TU", "15-KL/TU", "30-KH/HU", "56/KH-UBND", "05/2024/QĐ-UBND", "35/KH-UBND",
                                     "27/KH-UBND", "11/KH-UBND", "09/KH-UBND", "40-BC/ĐU", "88/KH-UBND", "21-KH/HU"],
  ["ubnd_ht_kh105_2024.txt", "stc_ht_kh15_2025.txt", "tu_ht_kl15_2026.md", "hu_hs_kh30_2024.txt", "ubh_hs_kh56_2023.txt", "ubh_th_kh56_2023.txt",
   "ubtx_ka_kh35_2025.txt", "px_st_kh27_2026.txt", "xa_cx_kh11_2026.txt", "xa_st_kh09_2026.md", "du_cx_bc40_2026.txt", "ubh_cx_kh88_2024.md",
   "hu_cx_kh21_2024.txt"], ["overdue-plan"])
t("dated-activities-announce-no-document", ["118/KH-UBND", "14/KH-UBND", "56/KH-UBND", "35/KH-UBND", "21-KH/HU", "30-KH/HU", "15/KH-STC", "88/KH-UBND"],
  ["ubh_cx_kh118_2024a.txt", "xa_th_kh14_2026.txt", "ubh_hs_kh56_2023.txt", "ubh_th_kh56_2023.txt", "ubtx_ka_kh35_2025.txt", "hu_cx_kh21_2024.txt",
   "hu_hs_kh30_2024.txt", "stc_ht_kh15_2025.txt", "ubh_cx_kh88_2024.md"], ["overdue-plan"])
t("yearly-coefficient-replaces-none", ["07/2023/QĐ-UBND", "05/2024/QĐ-UBND"],
  ["ubnd_ht_qd07_2023.txt", "ubnd_ht_qd05_2024.html", "ubtx_ka_bc52_2024.txt", "stc_ht_cv1250_2023.txt", "ubh_hs_kh56_2023.txt", "ubh_th_kh56_2023.txt",
   "ubh_cx_kh118_2024b.txt", "stc_ht_kh15_2025.txt"], ["inverse-inconsistency", "superseded-citation", "duplicate-identity", "cycle"])
t("self-references", ["58/2019/QĐ-UBND", "88/2025/NQ-HĐND", "48-KL/TU", "22/2020/NQ-HĐND", "61/2024/NQ-HĐND"],
  ["ubnd_ht_qd58_2019.txt", "hdnd_ht_nq88_2025.txt", "tu_ht_kl48_2024.txt", "hdnd_ht_nq22_2020.html", "hdnd_ht_nq61_2024.txt"],
  ["cycle", "temporal", "dangling", "duplicate-identity"])
t("replaced-texts-aligned-table", ["22/2020/NQ-HĐND", "35/2022/NQ-HĐND", "58/2019/QĐ-UBND", "42/2024/QĐ-UBND"],
  ["hdnd_ht_nq61_2024.txt", "hdnd_ht_nq88_2025.txt"], ["temporal", "metadata-conflict", "dangling", "ambiguous-id"])
t("page-break-split-id", ["22/2020/NQ-HĐND"], ["hdnd_ht_nq61_2024.txt"], ["dangling"],
  requires_planted=dict(rule="superseded-citation", id="22/2020/NQ-HĐND", file="ubtx_ka_kh35_2025.txt"))
t("layout-wrapped-cell-split-id", ["05/2024/QĐ-UBND", "61/2024/NQ-HĐND"], ["stc_ht_kh15_2025.txt"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("docx-run-split-id", ["58/2019/QĐ-UBND", "42/2024/QĐ-UBND"], ["ubnd_ht_qd42_2024.docx"], ["dangling", "metadata-conflict"])
t("nfd-crlf-ocr-identity", ["07/2023/QĐ-UBND", "58/2019/QĐ-UBND", "21-KH/HU", "88/KH-UBND", "48-KL/TU", "30-KH/HU", "145/BC-UBND"],
  ["ubnd_ht_qd07_2023.txt", "hu_cx_kh21_2024.txt", "hu_hs_kh30_2024.txt", "ubh_th_bc145_2021.txt"], ["dangling", "ambiguous-id"])
t("html-portal-word-identity", ["22/2020/NQ-HĐND", "05/2024/QĐ-UBND", "250/TTr-UBND", "210/BC-STC", "58/2019/QĐ-UBND", "42/2024/QĐ-UBND", "15/KH-STC",
                                 "61/2024/NQ-HĐND", "88/2025/NQ-HĐND"],
  ["hdnd_ht_nq22_2020.html", "ubnd_ht_qd05_2024.html", "ubnd_ht_tt250_2025.html", "stc_ht_bc210_2026.html"], ["dangling"])
t("markdown-identity", ["15-KL/TU", "88/2025/NQ-HĐND", "09/2023/NQ-HĐND", "21-KH/HU", "88/KH-UBND", "58/2019/QĐ-UBND", "56/KH-UBND", "09/KH-UBND"],
  ["tu_ht_kl15_2026.md", "hdnd_ht_nq09_2023.md", "ubh_cx_kh88_2024.md", "xa_st_kh09_2026.md"], ["dangling"])
t("phone-fax-numbers", ["0239.3855.203", "0239.3855.204", "0239.3855.516", "0239.3855.517", "0239.3856.101", "0239.3856.102"],
  ["hdnd_ht_nq22_2020.html", "ubnd_ht_qd05_2024.html", "ubnd_ht_tt250_2025.html", "stc_ht_bc210_2026.html"], ["dangling", "temporal", "metadata-conflict"])
t("obligations-fulfilled", ["48-KL/TU", "22/2020/NQ-HĐND", "61/2024/NQ-HĐND", "88/2025/NQ-HĐND", "09/2021/NQ-HĐND", "15-KL/TU"],
  ["tu_ht_kl48_2024.txt", "hdnd_ht_nq22_2020.html", "hdnd_ht_nq61_2024.txt", "hdnd_ht_nq88_2025.txt", "hdnd_ht_nq09_2021.txt", "tu_ht_kl15_2021.txt"],
  ["unmet-obligation"])
t("counted-lists-match", ["48-KL/TU", "11/KH-UBND"], ["tu_ht_kl48_2024.txt", "xa_cx_kh11_2026.txt"], ["count-mismatch"])
t("undated-re-mention-resolves", ["15-KL/TU", "22/2020/NQ-HĐND"], ["tu_ht_kl48_2024.txt", "ubh_th_kh56_2023.txt"], ["ambiguous-id", "metadata-conflict"])
t("cited-before-replacement-took-effect", ["22/2020/NQ-HĐND", "35/2022/NQ-HĐND"], ["ubh_cx_kh118_2024b.txt", "ubh_th_kh56_2023.txt", "tu_ht_kl48_2024.txt"],
  ["superseded-citation"])
t("expiry-narrated-in-report", ["88/2025/NQ-HĐND", "61/2024/NQ-HĐND", "15/KH-STC"],
  ["stc_ht_bc210_2026.html", "du_cx_bc40_2026.txt", "xa_st_kh09_2026.md", "px_st_kh27_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("responds-to-to-trinh", ["250/TTr-UBND"], ["hdnd_ht_nq88_2025.txt", "stc_ht_cv1830_2025.txt"], ["dangling", "temporal", "metadata-conflict"])
t("temporal-not-other-ky-anh", ["05/2024/QĐ-UBND"], ["ubtx_ka_bc52_2024.txt"], ["metadata-conflict", "ambiguous-id", "dangling", "superseded-citation"],
  requires_planted=dict(rule="temporal", id="05/2024/QĐ-UBND", file="ubtx_ka_bc52_2024.txt"))
t("date-conflict-not-other-ocr-huong-son", ["48-KL/TU"], ["hu_hs_kh30_2024.txt"], ["ambiguous-id", "dangling", "temporal"],
  requires_planted=dict(rule="metadata-conflict", id="48-KL/TU", file="hu_hs_kh30_2024.txt"))
t("ambiguous-not-other-dang-uy-cam-xuyen", ["15-KL/TU"], ["du_cx_bc40_2026.txt"], ["dangling", "metadata-conflict", "temporal"],
  requires_planted=dict(rule="ambiguous-id", id="15-KL/TU", file="du_cx_bc40_2026.txt"))
t("superseded-not-other-xa-thach-ha", ["58/2019/QĐ-UBND", "56/KH-UBND"], ["xa_th_kh14_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="58/2019/QĐ-UBND", file="xa_th_kh14_2026.txt"))
t("same-day-cycle-no-temporal", ["21-KH/HU", "88/KH-UBND"], ["hu_cx_kh21_2024.txt", "ubh_cx_kh88_2024.md"], ["temporal", "metadata-conflict"])
t("national-texts-cited-before-replacement", ["45/2013/QH13", "44/2014/NĐ-CP"], ["ubnd_ht_qd58_2019.txt", "ubnd_ht_qd07_2023.txt", "ubnd_ht_qd05_2024.html"],
  ["superseded-citation", "temporal"])

key = dict(round=40, world="Fees, prices and support levels set by HĐND and UBND tỉnh Hà Tĩnh (not merged in 2025; districts abolished, communes merged on 1/7/2025), 2019-2026: Tỉnh ủy Hà Tĩnh 15-KL/TU (khóa XIX, 2021), 48-KL/TU (2024), 15-KL/TU (khóa XX, 2026); Huyện ủy Hương Sơn 30-KH/HU, Cẩm Xuyên 21-KH/HU; HĐND tỉnh 22/2020 (phí, lệ phí), 09/2021 (hỗ trợ nông thôn mới), 35/2022 (sửa đổi 22/2020), 09/2023 (phí tham quan), 61/2024 (thay thế 22/2020 and 35/2022, bãi bỏ a clause of 09/2023), 88/2025 (Bảng giá đất from 2026, thay thế 58/2019 and 42/2024)/NQ-HĐND; UBND tỉnh 58/2019 (Bảng giá đất 2020-2024), 07/2023 and 05/2024 (hệ số điều chỉnh giá đất), 42/2024 (sửa đổi 58/2019, applies to 31/12/2025), 03/2026/QĐ-UBND, 105/KH-UBND, 250/TTr-UBND; Sở Tài chính 1250/STC-QLG, 15/KH-STC, 1830/STC-QLG, 210/BC-STC; UBND huyện Hương Sơn and Thạch Hà 56/KH-UBND, Thạch Hà 145/BC-UBND and 2150/QĐ-UBND, Cẩm Xuyên 88/KH-UBND and 118/KH-UBND ×2, thị xã Kỳ Anh 52/BC-UBND and 35/KH-UBND; UBND xã Thạch Hà 14/KH-UBND, xã Sơn Tây 09/KH-UBND, phường Sông Trí 27/KH-UBND, xã Cẩm Xuyên 11/KH-UBND; Đảng ủy xã Cẩm Xuyên 40-BC/ĐU",
           planted=P,
           external=["31/2024/QH15", "97/2015/QH13", "71/2024/NĐ-CP", "44/2014/NĐ-CP", "45/2013/QH13", "120/2016/NĐ-CP", "85/2019/TT-BTC", "263/QĐ-TTg",
                     "89/2017/NQ-HĐND", "94/2014/QĐ-UBND"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_ht_qd03_2026.txt"], ids=["58/2019/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
