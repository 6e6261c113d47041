#!/usr/bin/env python3
"""Writes key.json for red team round 29 (agriculture, new rural areas and environment of the new tỉnh Quảng Trị after the
merger of Quảng Bình and Quảng Trị, 1/7/2025). Adapted from RedTeam28/mkkey.py (same key format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["11-NQ/ĐU", "58/KH-UBND", "14/PA-HTX"], ["du_xa_pn_nq11_2026.txt", "ubnd_xa_pn_kh58_2026.md", "htx_pn_pa14_2026.txt"],
  "xã Phong Nha, all three 14/5/2026: Đảng ủy xã 11-NQ/ĐU `Căn cứ Kế hoạch số 58/KH-UBND …`; UBND xã 58/KH-UBND (Markdown) `Căn cứ Phương án số 14/PA-HTX …`; the hợp tác xã's 14/PA-HTX `Thực hiện Nghị quyết số 11-NQ/ĐU …`")
p("superseded-citation", ["15/2022/QĐ-UBND"], ["ubnd_xa_lt_kh18_2026.txt", "ubnd_qd28_2025.txt"],
  "UBND xã Lệ Thủy 20/3/2026 `Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Quảng Bình`; replaced by 28/2025/QĐ-UBND from 01/11/2025; the next line cites Quảng Trị's 15/2022 (25/4/2022), amended by 07/2026 and in force")
p("superseded-citation", ["17/2021/NQ-HĐND"], ["ubnd_xa_vl_kh25_2026.txt", "hdnd_nq12_2025.txt"],
  "UBND xã Vĩnh Linh 12/5/2026 `Căn cứ Nghị quyết số 17/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân tỉnh Quảng Trị` (the former province's name is the new one's); replaced by 12/2025/NQ-HĐND from 01/01/2026")
p("superseded-citation", ["22/2020/QĐ-UBND"], ["ubnd_xa_gl_kh30_2026.txt", "ubnd_qd09_2026.txt"],
  "UBND xã Gio Linh 08/6/2026 `Căn cứ Quyết định số 22/2020/QĐ-UBND ngày 28/12/2020 của Ủy ban nhân dân tỉnh Quảng Trị`; 09/2026/QĐ-UBND (new rules on the same matter) says it `hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành`, 01/3/2026")
p("temporal", ["120-KH/TU"], ["qt_hu_gl_kh37_2023.txt", "qt_tu_kh120_2023.txt"],
  "Huyện ủy Gio Linh 10/4/2023 `Thực hiện Kế hoạch số 120-KH/TU, ngày 17/4/2023 của Ban Thường vụ Tỉnh ủy …` (Quảng Trị's, 17/4/2023; Quảng Bình's 120-KH/TU of 08/3/2023 is another document with another subject)")
p("metadata-conflict", ["45/KH-SNN"], ["ubnd_xa_gl_kh30_2026.txt", "qt_snn_kh45_2024.txt"],
  "UBND xã Gio Linh cites `Kế hoạch số 45/KH-SNN ngày 20/02/2024 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị (trước hợp nhất)`; Quảng Trị's 45/KH-SNN is of 05/3/2024 — 20/02/2024 is the date of Quảng Bình's")
p("metadata-conflict", ["08-CT/TU"], ["hnd_kh31_2025.txt", "tu_ct08_2025.txt"],
  "Hội Nông dân tỉnh cites `Chỉ thị số 08-CT/TU, ngày 25/8/2025 của Ban Thường vụ Tỉnh ủy`; the Chỉ thị is of 25/9/2025 (its number is only in its title line `CHỈ THỊ SỐ 08-CT/TU`)")
p("duplicate-identity", ["72/KH-SNNMT"], ["snnmt_kh72_2026.txt", "snnmt_kh72b_2026.docx"],
  "the Sở Nông nghiệp và Môi trường numbered two plans 72/KH-SNNMT in 2026 (15/01/2026, layout; 06/4/2026, .docx with the header in a Word table)")
p("inverse-inconsistency", ["21/2021/NQ-HĐND"], ["hdnd_nq12_2025.txt", "hdnd_nq03_2026.html"],
  "Quảng Bình's 21/2021/NQ-HĐND is replaced by 12/2025 (from 01/01/2026, with Quảng Trị's 17/2021) and again by 03/2026 (Word-exported page, from 20/7/2026), which amends 12/2025")
p("overdue-plan", ["28/2025/QĐ-UBND"], ["snnmt_kh72_2026.txt"],
  "task row 4: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 28/2025/QĐ-UBND …`, `Quý III/2026`; nothing amends it (245/BC-SNNMT quotes only the title of a draft)")
p("overdue-plan", ["72/KH-SNNMT"], ["snnmt_kh72_2026.txt"],
  "task row 3 announces `Đề án phát triển hợp tác xã nông nghiệp kiểu mới tỉnh Quảng Trị đến năm 2030`, `Tháng 9/2026`; no such Đề án", announces=True)
p("overdue-plan", ["96/KH-UBND"], ["qb_hu_qn_kl30_2024.txt"],
  "Kết luận 30-KL/HU of the Huyện ủy Quảng Ninh (tỉnh Quảng Bình): `… sửa đổi, bổ sung Kế hoạch số 96/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân huyện Quảng Ninh …; hoàn thành trước ngày 31/10/2024`; nothing amends it")
p("unmet-obligation", ["22-KH/TU"], ["tu_kh22_2025.txt"], "`4. Liên minh Hợp tác xã tỉnh xây dựng kế hoạch hỗ trợ hợp tác xã …`: no plan of the Liên minh Hợp tác xã", contains="Liên minh Hợp tác xã")
p("count-mismatch", ["05-KH/ĐU"], ["dubnd_kh05_2025.txt"], "Đảng ủy UBND tỉnh: `xác định 06 nhiệm vụ trọng tâm sau:` followed by 5 numbered items")
p("count-mismatch", ["06-KH/ĐU"], ["du_xa_qn_kh06_2025.txt"], "Đảng ủy xã Quảng Ninh: `thống nhất 03 giải pháp chủ yếu sau:` followed by 4 numbered items")
p("ambiguous-id", ["45/KH-SNN"], ["snnmt_bc245_2026.txt"],
  "the merged Sở, 28/7/2026: `Kế hoạch số 45/KH-SNN năm 2024 của Sở Nông nghiệp và Phát triển nông thôn (trước hợp nhất)`; both former Sở NN&PTNT (Quảng Bình 20/02/2024, Quảng Trị 05/3/2024) issued a 45/KH-SNN in 2024 and the new Sở succeeds both")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-15-2022-two-provinces", ["15/2022/QĐ-UBND"], ["qb_ubnd_qd15_2022.txt", "qt_ubnd_qd15_2022.html"], ["duplicate-identity"])
t("same-number-120-KH-TU-two-provinces", ["120-KH/TU"], ["qb_tu_kh120_2023.txt", "qt_tu_kh120_2023.txt"], ["duplicate-identity"])
t("same-number-45-KH-SNN-two-provinces", ["45/KH-SNN"], ["qb_snn_kh45_2024.md", "qt_snn_kh45_2024.txt"], ["duplicate-identity"])
t("same-number-20-KH-SNNMT-two-provinces", ["20/KH-SNNMT"], ["qb_snnmt_kh20_2025.txt", "qt_snnmt_kh20_2025.md"], ["duplicate-identity"])
t("same-number-05-KH-DU-two-committees", ["05-KH/ĐU"], ["dubnd_kh05_2025.txt", "du_xa_lt_kh05_2025.txt"], ["duplicate-identity"])
t("qt-15-2022-next-line-of-superseded", ["15/2022/QĐ-UBND"], ["ubnd_xa_lt_kh18_2026.txt"], ["metadata-conflict", "ambiguous-id", "temporal"])
t("qt-15-2022-amended-in-force-cited", ["15/2022/QĐ-UBND"],
  ["ubnd_cv2310_2025.html", "snnmt_bc245_2026.txt", "snnmt_kh72b_2026.docx", "ubnd_qd07_2026.md", "qt_snnmt_kh20_2025.md", "qt_snn_kh45_2024.txt"],
  ["superseded-citation", "metadata-conflict", "ambiguous-id", "temporal"])
t("replacement-clauses-themselves", ["15/2022/QĐ-UBND", "21/2021/NQ-HĐND", "17/2021/NQ-HĐND", "22/2020/QĐ-UBND"],
  ["ubnd_qd28_2025.txt", "hdnd_nq12_2025.txt", "ubnd_qd09_2026.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("replacement-keeps-the-other-province", ["15/2022/QĐ-UBND"], ["qt_ubnd_qd15_2022.html", "ubnd_qd07_2026.md"], ["inverse-inconsistency", "superseded-citation", "cycle"])
t("qt-17-2021-replaced-once", ["17/2021/NQ-HĐND"], ["qt_hdnd_nq17_2021.txt", "hdnd_nq12_2025.txt"], ["inverse-inconsistency", "cycle"])
t("qt-22-2020-ended-once", ["22/2020/QĐ-UBND"], ["qt_ubnd_qd22_2020.txt", "ubnd_qd09_2026.txt"], ["inverse-inconsistency", "cycle"])
t("proposed-replacement-in-report", ["15/2022/QĐ-UBND"], ["snnmt_bc245_2026.txt"], ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal"])
t("draft-amendment-quoted-title", ["28/2025/QĐ-UBND"], ["snnmt_bc245_2026.txt", "ct_qd1685_2025.txt", "snnmt_kh72b_2026.docx", "ubnd_cv2310_2025.html"],
  ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="28/2025/QĐ-UBND", file="snnmt_kh72_2026.txt"))
t("thay-the-ordinary-word", ["28/2025/QĐ-UBND", "09/2026/QĐ-UBND"], ["ubnd_qd28_2025.txt", "ubnd_cv2310_2025.html", "ubnd_qd09_2026.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation"])
t("amended-not-replaced-12-2025", ["12/2025/NQ-HĐND"], ["hdnd_nq03_2026.html", "snnmt_kh72_2026.txt", "ubnd_xa_vl_kh25_2026.txt"], ["superseded-citation", "temporal"])
t("row-amend-met-by-07-2026", ["15/2022/QĐ-UBND"], ["snnmt_kh72_2026.txt"], ["overdue-plan"])
t("row-replace-met-by-09-2026", ["22/2020/QĐ-UBND"], ["snnmt_kh72_2026.txt"], ["overdue-plan"])
t("rows-review-recurring-notdue", ["72/2020/QH14", "72/KH-SNNMT"], ["snnmt_kh72_2026.txt"], ["overdue-plan"])
t("replacement-task-met-before-deadline", ["21/2021/NQ-HĐND", "17/2021/NQ-HĐND"], ["tu_kh22_2025.txt"], ["overdue-plan"])
t("obligation-with-deadline-met-22-KH-TU", ["22-KH/TU"], ["tu_kh22_2025.txt"], ["overdue-plan"])
t("obligations-fulfilled-22-KH-TU", ["22-KH/TU"], ["tu_kh22_2025.txt"], ["unmet-obligation"])
t("obligations-fulfilled-others", ["120-KH/TU", "72/KH-SNNMT", "05-KH/ĐU"],
  ["qb_tu_kh120_2023.txt", "qt_tu_kh120_2023.txt", "snnmt_kh72_2026.txt", "du_xa_lt_kh05_2025.txt"], ["unmet-obligation"])
t("self-reference-22-KH-TU", ["22-KH/TU"], ["tu_kh22_2025.txt"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("former-province-name-after-merger", ["120-KH/TU", "15/2022/QĐ-UBND", "21/2021/NQ-HĐND", "17/2021/NQ-HĐND", "22/2020/QĐ-UBND"],
  ["tu_ct08_2025.txt", "tu_kh22_2025.txt", "ubnd_qd28_2025.txt", "hdnd_nq12_2025.txt", "ubnd_qd09_2026.txt", "ubnd_qd07_2026.md"],
  ["dangling", "ambiguous-id", "metadata-conflict"])
t("old-body-name-after-rename", ["45/KH-SNN"], ["qt_snnmt_kh20_2025.md"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("former-district-name-after-merger", ["35-KH/HU", "28-KH/HU"], ["du_xa_lt_kh05_2025.txt", "du_xa_qn_kh06_2025.txt"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("pre-merger-unqualified", ["120-KH/TU", "15/2022/QĐ-UBND", "45/KH-SNN", "21/2021/NQ-HĐND", "17/2021/NQ-HĐND", "22/2020/QĐ-UBND"],
  ["qb_hu_lt_kh35_2023.txt", "qb_hu_qn_kh28_2023.txt", "qb_snn_kh45_2024.md", "qb_ubh_bt_kh82_2024.txt", "qb_ubh_qn_kh96_2024.txt",
   "qb_snnmt_kh20_2025.txt", "qt_snn_kh45_2024.txt", "qt_stnmt_qd112_2023.txt", "qt_snnmt_kh20_2025.md"],
  ["ambiguous-id", "dangling", "metadata-conflict"])
t("quang-ninh-is-a-district-and-a-commune", ["28-KH/HU", "96/KH-UBND", "30-KL/HU", "06-KH/ĐU"],
  ["qb_hu_qn_kh28_2023.txt", "qb_ubh_qn_kh96_2024.txt", "qb_hu_qn_kl30_2024.txt", "du_xa_qn_kh06_2025.txt"],
  ["dangling", "ambiguous-id", "metadata-conflict", "temporal"])
t("seat-ward-dong-hoi", ["22-KH/TU", "07-KH/ĐU"], ["du_ph_dh_kh07_2025.txt"], ["dangling", "ambiguous-id", "metadata-conflict", "temporal"])
t("dated-72-KH-SNNMT-decides", ["72/KH-SNNMT"], ["ubnd_xa_lt_kh18_2026.txt", "ubnd_xa_vl_kh25_2026.txt", "ubnd_xa_gl_kh30_2026.txt", "snnmt_bc245_2026.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling"])
t("commune-05-KH-DU-dated", ["05-KH/ĐU"], ["ubnd_xa_lt_kh18_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("id-broken-across-lines", ["120-KH/TU"], ["qt_hu_vl_kh40_2023.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("docx-id-split-across-runs", ["28/2025/QĐ-UBND", "07/2026/QĐ-UBND"], ["snnmt_kh72b_2026.docx"], ["dangling", "metadata-conflict", "temporal"])
t("docx-activity-rows", ["72/KH-SNNMT"], ["snnmt_kh72b_2026.docx"], ["overdue-plan"])
t("restated-amendment-in-citation", ["15/2022/QĐ-UBND", "07/2026/QĐ-UBND"], ["snnmt_kh72b_2026.docx", "snnmt_bc245_2026.txt", "ubnd_xa_lt_kh18_2026.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation"])
t("count-matches", ["22-KH/TU", "245/BC-SNNMT"], ["tu_kh22_2025.txt", "snnmt_bc245_2026.txt"], ["count-mismatch"])
t("same-day-cycle-no-temporal", ["11-NQ/ĐU", "58/KH-UBND", "14/PA-HTX"], ["du_xa_pn_nq11_2026.txt", "ubnd_xa_pn_kh58_2026.md", "htx_pn_pa14_2026.txt"], ["temporal"])
t("chairman-decision-cited-as-ubnd", ["1685/QĐ-UBND"], ["ubnd_xa_lt_kh18_2026.txt", "snnmt_bc245_2026.txt"], ["metadata-conflict", "dangling", "ambiguous-id"])
t("activity-rows-pre-merger", ["82/KH-UBND"], ["qb_ubh_bt_kh82_2024.txt"], ["overdue-plan"])
t("district-resolution-named-in-title", ["12-NQ/HU"], ["qb_ubh_bt_kh82_2024.txt"], ["dangling", "metadata-conflict", "ambiguous-id"])
t("numbered-and-unnumbered-law", ["72/2020/QH14"],
  ["tu_ct08_2025.txt", "qt_tu_kh120_2023.txt", "qt_stnmt_qd112_2023.txt", "ubnd_qd09_2026.txt", "qb_snnmt_kh20_2025.txt", "du_xa_tm_kh04_2025.txt", "snnmt_kh72_2026.txt"],
  ["metadata-conflict"])
t("ocr-like-right-date", ["08-CT/TU"], ["du_xa_tm_kh04_2025.txt"], ["metadata-conflict", "dangling", "temporal", "ambiguous-id"])
t("cited-before-replacement", ["15/2022/QĐ-UBND", "21/2021/NQ-HĐND", "22/2020/QĐ-UBND", "17/2021/NQ-HĐND"],
  ["qb_hu_qn_kh28_2023.txt", "qb_ubh_qn_kh96_2024.txt", "qb_snn_kh45_2024.md", "qb_snnmt_kh20_2025.txt", "qt_stnmt_qd112_2023.txt", "qt_snn_kh45_2024.txt", "tu_kh22_2025.txt"],
  ["superseded-citation"])
t("phone-fax-numbers", ["0232.3822.601", "0232.3822.602", "0232.3856.214", "0232.3856.215"], ["qt_ubnd_qd15_2022.html", "ubnd_cv2310_2025.html", "hdnd_nq03_2026.html"],
  ["dangling", "temporal", "metadata-conflict"])

key = dict(round=29, world="Agriculture, new rural areas and environment of the new tỉnh Quảng Trị after the merger of Quảng Bình and Quảng Trị (1/7/2025, seat at Đồng Hới; districts abolished; Sở NN&PTNT and Sở TN&MT merged into the Sở Nông nghiệp và Môi trường on 01/3/2025): former Quảng Bình (Ban Thường vụ Tỉnh ủy 120-KH/TU 2023; Huyện ủy Lệ Thủy 35-KH/HU, Huyện ủy Quảng Ninh 28-KH/HU and 30-KL/HU, Huyện ủy Bố Trạch 12-NQ/HU; UBND tỉnh 15/2022/QĐ-UBND; HĐND 21/2021/NQ-HĐND; Sở NN&PTNT 45/KH-SNN 2024; UBND huyện Bố Trạch 82/KH-UBND, huyện Quảng Ninh 96/KH-UBND; Sở NN&MT 20/KH-SNNMT 2025); former Quảng Trị (Ban Thường vụ Tỉnh ủy 120-KH/TU 2023; Huyện ủy Gio Linh 37-KH/HU, Vĩnh Linh 40-KH/HU; UBND 15/2022 and 22/2020/QĐ-UBND; HĐND 17/2021/NQ-HĐND; Sở NN&PTNT 45/KH-SNN 2024; Sở TN&MT 112/QĐ-STNMT; Sở NN&MT 20/KH-SNNMT 2025); the new province (Tỉnh ủy 08-CT/TU, 22-KH/TU; Đảng ủy UBND tỉnh 05-KH/ĐU; UBND 28/2025, 09/2026, 07/2026/QĐ-UBND, letter 2310/UBND-KT; Chủ tịch 1685/QĐ-UBND; HĐND 12/2025, 03/2026/NQ-HĐND; Sở NN&MT two 72/KH-SNNMT, 245/BC-SNNMT; Hội Nông dân tỉnh 31-KH/HNDT; Đảng ủy xã Tân Mỹ, Lệ Thủy, Quảng Ninh, Phong Nha, phường Đồng Hới; UBND xã Lệ Thủy, Vĩnh Linh, Gio Linh, Phong Nha; Hợp tác xã Nông nghiệp và Du lịch Phong Nha)",
           planted=P,
           external=["19-NQ/TW", "26-NQ/TW", "263/QĐ-TTg", "318/QĐ-TTg", "461/QĐ-TTg", "72/2020/QH14", "08/2022/NĐ-CP", "02/2022/TT-BTNMT", "98/2018/NĐ-CP", "202/2025/QH15"],
           collateral=[dict(rule="superseded-citation", files=["hdnd_nq03_2026.html"], ids=["21/2021/NQ-HĐND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
