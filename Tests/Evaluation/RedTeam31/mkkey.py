#!/usr/bin/env python3
"""Writes key.json for red team round 31 (education and training of the new tỉnh Phú Thọ after the merger of Vĩnh Phúc,
Hòa Bình and Phú Thọ, 1/7/2025). Adapted from RedTeam30/mkkey.py (same key format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["07-NQ/ĐU", "56/KH-UBND"], ["du_p_vy_nq07_2026.txt", "ubnd_p_vy_kh56_2026.md"],
  "phường Vĩnh Yên, both 12/6/2026: Đảng ủy phường 07-NQ/ĐU `Căn cứ Kế hoạch số 56/KH-UBND ngày 12/6/2026 …`; UBND phường 56/KH-UBND (Markdown, header as bold lines) `Thực hiện Nghị quyết số 07-NQ/ĐU ngày 12/6/2026 …`")
p("superseded-citation", ["15/2021/NQ-HĐND"], ["ubnd_xa_td_kh52_2026.txt", "hdnd_nq12_2025.txt"],
  "UBND xã Tam Dương 15/4/2026 (CRLF) `Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Vĩnh Phúc`; replaced by 12/2025/NQ-HĐND from 01/01/2026; the next line cites Hòa Bình's 15/2021 (09/12/2021), in force")
p("superseded-citation", ["25/2022/QĐ-UBND"], ["sgddt_cv1520_2026.txt", "ubnd_qd05_2026.txt"],
  "Sở GDĐT letter 20/6/2026 `Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/8/2022 của Ủy ban nhân dân tỉnh Vĩnh Phúc`; repealed (`Bãi bỏ toàn bộ`) by 05/2026/QĐ-UBND from 01/3/2026")
p("superseded-citation", ["12/2022/QĐ-UBND"], ["ubnd_xa_mc_kh40_2026.txt", "ubnd_qd14_2025.txt"],
  "UBND xã Mai Châu 12/5/2026 (OCR-like) `Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 18/5/2022 của Ủy ban nhân dân tỉnh Hòa Bình`; replaced by 14/2025/QĐ-UBND from 01/12/2025")
p("temporal", ["05-NQ/TU"], ["vp_hu_lt_kh18_2021.txt", "vp_tu_nq05_2021.txt"],
  "Huyện ủy Lập Thạch (Vĩnh Phúc) 10/8/2021 `Thực hiện Nghị quyết số 05-NQ/TU, ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh` (Vĩnh Phúc's, 20/8/2021; Hòa Bình's 05-NQ/TU of 28/7/2021 is another document)")
p("metadata-conflict", ["120/KH-SGDĐT"], ["hb_ubh_mc_kh52_2024.txt", "hb_sgddt_kh120_2024.md"],
  "UBND huyện Mai Châu cites `Kế hoạch số 120/KH-SGDĐT ngày 05/3/2024 của Sở Giáo dục và Đào tạo tỉnh Hòa Bình`; Hòa Bình's is of 22/3/2024 — 05/3/2024 is Vĩnh Phúc's")
p("metadata-conflict", ["05-NQ/TU"], ["vp_ubh_yl_kh64_2024.txt", "vp_tu_nq05_2021.txt"],
  "UBND huyện Yên Lạc cites `Nghị quyết số 05-NQ/TU ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVI`; the resolution (title `CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII`) is of khóa XVII — a term conflict")
p("duplicate-identity", ["245/KH-UBND"], ["ubnd_kh245_2026.txt", "ubnd_kh245b_2026.docx"],
  "UBND tỉnh Phú Thọ numbered two plans 245/KH-UBND in 2026 (15/01/2026, header columns glued; 08/6/2026 .docx with the header in a Word table)")
p("inverse-inconsistency", ["12/2022/QĐ-UBND"], ["ubnd_qd14_2025.txt", "ubnd_qd09_2026.html"],
  "Hòa Bình's 12/2022/QĐ-UBND is replaced by 14/2025 (from 01/12/2025) and repealed again by 09/2026/QĐ-UBND (Word-exported page, from 01/6/2026): two documents claim to end it")
p("overdue-plan", ["14/2025/QĐ-UBND"], ["sgddt_kh210_2026.txt"],
  "table row 1: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 14/2025/QĐ-UBND …`, `trước ngày 30/6/2026`; nothing amends it (318/BC-SGDĐT quotes only a draft's title; 3120/UBND-KGVX says it is being proposed)")
p("overdue-plan", ["210/KH-SGDĐT"], ["sgddt_kh210_2026.txt"],
  "table row 2 announces `Đề án phát triển mạng lưới trường phổ thông dân tộc nội trú tỉnh Phú Thọ giai đoạn 2026 - 2030`, `Tháng 9/2026`; no such Đề án", announces=True)
p("overdue-plan", ["30/NQ-HĐND"], ["vp_tu_kl12_2023.txt"],
  "Kết luận 12-KL/TU of the Ban Thường vụ Tỉnh ủy Vĩnh Phúc: `… trình Hội đồng nhân dân tỉnh sửa đổi, bổ sung Nghị quyết số 30/NQ-HĐND ngày 12/7/2023 …; hoàn thành trong Quý IV/2023`; nothing amends it (the 2024 30/NQ-HĐND is the next year's resolution)")
p("unmet-obligation", ["03-KL/TU"], ["pt_tu_kl03_2025.txt"], "`3. Trường Cao đẳng Vĩnh Phúc xây dựng kế hoạch đào tạo nghề …`: no plan of the Trường Cao đẳng", contains="Trường Cao đẳng")
p("count-mismatch", ["07-KH/ĐU"], ["dubnd_kh07_2025.txt"], "Đảng ủy UBND tỉnh: `xác định 04 nhiệm vụ trọng tâm sau:` followed by 5 numbered items")
p("count-mismatch", ["52/KH-UBND"], ["ubnd_xa_td_kh52_2026.txt"], "UBND xã Tam Dương: `gồm 03 nhóm giải pháp sau:` followed by 2 lettered items a) – b)")
p("ambiguous-id", ["30/NQ-HĐND"], ["sgddt_bc318_2026.txt"],
  "Sở GDĐT 25/7/2026: `Nghị quyết số 30/NQ-HĐND của Hội đồng nhân dân tỉnh Vĩnh Phúc (trước hợp nhất)` with no date; the same council passed a 30/NQ-HĐND on 12/7/2023 and another on 10/7/2024 (numbers restart every year), both on teacher support")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-05-NQ-TU-two-provinces", ["05-NQ/TU"], ["vp_tu_nq05_2021.txt", "hb_tu_nq05_2021.txt"], ["duplicate-identity"])
t("same-number-15-2021-two-provinces", ["15/2021/NQ-HĐND"], ["vp_hdnd_nq15_2021.txt", "hb_hdnd_nq15_2021.html"], ["duplicate-identity"])
t("same-number-120-KH-SGDDT-two-provinces", ["120/KH-SGDĐT"], ["vp_sgddt_kh120_2024.txt", "hb_sgddt_kh120_2024.md"], ["duplicate-identity"])
t("annual-30-NQ-HDND-2023-and-2024", ["30/NQ-HĐND"], ["vp_hdnd_nq30_2023.txt", "vp_hdnd_nq30_2024.md"], ["duplicate-identity"])
t("same-number-45-KH-TU-two-city-committees", ["45-KH/TU"], ["vp_thu_vy_kh45_2021.txt", "hb_thu_hb_kh45_2021.txt"], ["duplicate-identity", "metadata-conflict", "ambiguous-id"])
t("same-number-35-KH-PGDDT-Lac-Son-Thanh-Son", ["35/KH-PGDĐT"], ["hb_pgd_ls_kh35_2020.txt", "pt_pgd_ts_kh35_2024.txt"], ["duplicate-identity"])
t("same-number-64-KH-UBND-Yen-Lac-Tam-Nong", ["64/KH-UBND"], ["vp_ubh_yl_kh64_2024.txt", "pt_ubh_tn_kh64_2024.txt"], ["duplicate-identity"])
t("hb-15-2021-next-line-of-superseded", ["15/2021/NQ-HĐND"], ["ubnd_xa_td_kh52_2026.txt"], ["metadata-conflict", "ambiguous-id", "temporal"])
t("hb-15-2021-continues-in-force", ["15/2021/NQ-HĐND"], ["hdnd_nq12_2025.txt", "hb_hdnd_nq15_2021.html", "hb_sgddt_kh120_2024.md"],
  ["inverse-inconsistency", "cycle", "superseded-citation", "metadata-conflict", "ambiguous-id"])
t("replacement-clauses-themselves", ["15/2021/NQ-HĐND", "12/2022/QĐ-UBND", "25/2022/QĐ-UBND"],
  ["hdnd_nq12_2025.txt", "ubnd_qd14_2025.txt", "ubnd_qd05_2026.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("vp-25-2022-repealed-once-planned-repeal-row", ["25/2022/QĐ-UBND"], ["vp_ubnd_qd25_2022.txt", "ubnd_qd05_2026.txt", "sgddt_kh210_2026.txt"], ["inverse-inconsistency", "cycle"])
t("vp-15-2021-replaced-once-planned-replacement", ["15/2021/NQ-HĐND"], ["vp_hdnd_nq15_2021.txt", "hdnd_nq12_2025.txt", "dubnd_kh07_2025.txt"], ["inverse-inconsistency", "cycle"])
t("proposed-amendment-or-replacement-of-14-2025", ["14/2025/QĐ-UBND"], ["sgddt_bc318_2026.txt", "ubnd_cv3120_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal"])
t("draft-amendment-quoted-title", ["14/2025/QĐ-UBND"], ["sgddt_bc318_2026.txt", "ubnd_kh245b_2026.docx", "ubnd_qd14_2025.txt", "ubnd_cv3120_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="14/2025/QĐ-UBND", file="sgddt_kh210_2026.txt"))
t("thay-the-ordinary-word", ["30/NQ-HĐND", "25/2022/QĐ-UBND", "4555/BGDĐT-GDPT", "245/KH-UBND", "14/2025/QĐ-UBND"],
  ["vp_hdnd_nq30_2024.md", "sgddt_cv1520_2026.txt", "ubnd_cv3120_2026.txt"], ["inverse-inconsistency", "cycle"])
t("thay-the-ordinary-word-no-supersession", ["30/NQ-HĐND", "4555/BGDĐT-GDPT", "245/KH-UBND", "14/2025/QĐ-UBND"],
  ["vp_hdnd_nq30_2024.md", "vp_tu_kl12_2023.txt", "sgddt_bc318_2026.txt", "sgddt_cv1520_2026.txt", "ubnd_cv3120_2026.txt", "thcs_vy_kh15_2026.txt"],
  ["superseded-citation"])
t("row-repeal-met-by-05-2026", ["25/2022/QĐ-UBND"], ["sgddt_kh210_2026.txt"], ["overdue-plan", "superseded-citation", "temporal"])
t("rows-recurring-or-not-due", ["210/KH-SGDĐT", "120/KH-SGDĐT", "12-KL/TU", "3120/UBND-KGVX"],
  ["sgddt_kh210_2026.txt", "vp_sgddt_kh120_2024.txt", "vp_tu_kl12_2023.txt", "ubnd_cv3120_2026.txt"], ["overdue-plan"])
t("amendment-deadline-met-yen-lac", ["64/KH-UBND"], ["vp_sgddt_kh120_2024.txt"], ["overdue-plan"])
t("planned-replacement-met-by-12-2025", ["15/2021/NQ-HĐND"], ["dubnd_kh07_2025.txt"], ["overdue-plan", "superseded-citation"])
t("obligations-fulfilled-03-KL-TU", ["03-KL/TU"], ["pt_tu_kl03_2025.txt"], ["unmet-obligation"])
t("obligations-fulfilled-others", ["05-NQ/TU", "245/KH-UBND", "210/KH-SGDĐT", "56/KH-UBND"],
  ["vp_tu_nq05_2021.txt", "hb_tu_nq05_2021.txt", "ubnd_kh245_2026.txt", "sgddt_kh210_2026.txt", "ubnd_p_vy_kh56_2026.md"], ["unmet-obligation"])
t("self-reference-03-KL-TU", ["03-KL/TU"], ["pt_tu_kl03_2025.txt"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("self-reference-12-KL-TU", ["12-KL/TU"], ["vp_tu_kl12_2023.txt"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("second-245-cites-first-245", ["245/KH-UBND"], ["ubnd_kh245b_2026.docx"], ["cycle", "temporal", "dangling", "metadata-conflict", "ambiguous-id"])
t("former-province-name-after-merger", ["05-NQ/TU", "15/2021/NQ-HĐND", "12/2022/QĐ-UBND", "25/2022/QĐ-UBND", "120/KH-SGDĐT"],
  ["pt_tu_kl03_2025.txt", "hdnd_nq12_2025.txt", "ubnd_qd14_2025.txt", "ubnd_qd05_2026.txt", "ubnd_qd09_2026.html", "dubnd_kh07_2025.txt",
   "sgddt_bc318_2026.txt", "sgddt_kh210_2026.txt", "sgddt_cv1520_2026.txt", "ubnd_xa_mc_kh40_2026.txt", "ubnd_xa_td_kh52_2026.txt"],
  ["dangling", "ambiguous-id", "metadata-conflict"])
t("pre-merger-unqualified", ["05-NQ/TU", "120/KH-SGDĐT", "64/KH-UBND", "15/2021/NQ-HĐND", "30/NQ-HĐND"],
  ["vp_hu_td_kh12_2021.txt", "hb_hu_mc_kh09_2021.txt", "hb_thu_hb_kh45_2021.txt", "vp_sgddt_kh120_2024.txt", "vp_ubh_yl_kh77_2024.txt",
   "hb_sgddt_kh120_2024.md", "vp_hdnd_nq30_2024.md", "vp_tu_kl12_2023.txt"],
  ["ambiguous-id", "dangling", "metadata-conflict"])
t("temporal-not-metadata-lap-thach", ["05-NQ/TU"], ["vp_hu_lt_kh18_2021.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="05-NQ/TU", file="vp_hu_lt_kh18_2021.txt"))
t("term-conflict-not-other-yen-lac", ["05-NQ/TU"], ["vp_ubh_yl_kh64_2024.txt"], ["ambiguous-id", "dangling", "temporal"])
t("date-conflict-not-other-mai-chau", ["120/KH-SGDĐT"], ["hb_ubh_mc_kh52_2024.txt"], ["ambiguous-id", "dangling", "temporal"])
t("tam-nong-namesake", ["64/KH-UBND"], ["pt_ubh_tn_kh64_2024.txt"], ["metadata-conflict", "temporal", "cycle", "duplicate-identity"])
t("dated-245-resolves", ["245/KH-UBND"], ["ubnd_cv3120_2026.txt", "ubnd_xa_td_kh52_2026.txt", "sgddt_kh210_2026.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("dated-30-resolves", ["30/NQ-HĐND"], ["vp_hdnd_nq30_2024.md", "vp_tu_kl12_2023.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("dieu-chinh-school-network-no-target", ["64/KH-UBND", "05-NQ/TU"], ["vp_ubh_yl_kh64_2024.txt"],
  ["cycle", "inverse-inconsistency", "superseded-citation", "overdue-plan"])
t("dieu-chinh-support-level-no-target", ["30/NQ-HĐND"], ["vp_hdnd_nq30_2024.md"], ["overdue-plan", "inverse-inconsistency", "cycle"])
t("id-broken-across-lines", ["05-NQ/TU"], ["vp_thu_vy_kh45_2021.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("number-line-broken-in-header", ["77/KH-UBND", "64/KH-UBND", "120/KH-SGDĐT"], ["vp_ubh_yl_kh77_2024.txt"],
  ["dangling", "metadata-conflict", "temporal", "duplicate-identity"])
t("number-only-in-title-line", ["12-KL/TU", "03-KL/TU"],
  ["vp_tu_kl12_2023.txt", "pt_tu_kl03_2025.txt", "dubnd_kh07_2025.txt", "ubnd_kh245_2026.txt", "sgddt_kh210_2026.txt", "ubnd_xa_mc_kh40_2026.txt", "du_p_vy_nq07_2026.txt"],
  ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("template-blank-number", ["05/2026/QĐ-UBND", "25/2022/QĐ-UBND"], ["ubnd_qd05_2026.txt", "sgddt_bc318_2026.txt"], ["dangling", "metadata-conflict"])
t("glued-header-own-identity", ["245/KH-UBND", "14/2025/QĐ-UBND", "07-KH/ĐU", "03-KL/TU", "12/2022/QĐ-UBND"], ["ubnd_kh245_2026.txt", "ubnd_qd14_2025.txt"],
  ["dangling", "metadata-conflict", "temporal"])
t("glued-header-docs-resolve-when-cited", ["14/2025/QĐ-UBND", "245/KH-UBND"],
  ["sgddt_kh210_2026.txt", "sgddt_bc318_2026.txt", "ubnd_kh245b_2026.docx", "ubnd_cv3120_2026.txt", "ubnd_xa_td_kh52_2026.txt"], ["dangling"])
t("docx-id-split-across-runs", ["14/2025/QĐ-UBND", "245/KH-UBND"], ["ubnd_kh245b_2026.docx"], ["dangling", "metadata-conflict", "temporal"])
t("count-matches", ["12-KH/HU", "03-KL/TU", "318/BC-SGDĐT"], ["vp_hu_td_kh12_2021.txt", "pt_tu_kl03_2025.txt", "sgddt_bc318_2026.txt"], ["count-mismatch"])
t("same-day-cycle-no-temporal", ["07-NQ/ĐU", "56/KH-UBND"], ["du_p_vy_nq07_2026.txt", "ubnd_p_vy_kh56_2026.md"], ["temporal"])
t("ocr-like-right-citations", ["03-KL/TU", "210/KH-SGDĐT"], ["ubnd_xa_mc_kh40_2026.txt"], ["metadata-conflict", "dangling", "temporal", "ambiguous-id"])
t("cited-before-replacement", ["15/2021/NQ-HĐND", "12/2022/QĐ-UBND", "25/2022/QĐ-UBND"], ["dubnd_kh07_2025.txt", "hb_sgddt_kh120_2024.md", "sgddt_kh210_2026.txt"],
  ["superseded-citation"])
t("amended-not-replaced-81-2021", ["81/2021/NĐ-CP"], ["hdnd_nq12_2025.txt", "vp_hdnd_nq15_2021.txt"], ["superseded-citation", "temporal", "inverse-inconsistency"])
t("numbered-and-unnumbered-law", ["43/2019/QH14"],
  ["hb_hdnd_nq15_2021.html", "vp_hdnd_nq15_2021.txt", "vp_hdnd_nq30_2023.txt", "vp_hdnd_nq30_2024.md", "vp_ubnd_qd25_2022.txt", "hb_ubnd_qd12_2022.txt",
   "hdnd_nq12_2025.txt", "ubnd_qd14_2025.txt", "ubnd_qd05_2026.txt"], ["metadata-conflict"])
t("kem-theo-caption-quoted-in-school-plan", ["210/KH-SGDĐT", "15/KH-THCS"], ["thcs_vy_kh15_2026.txt"],
  ["duplicate-identity", "metadata-conflict", "temporal", "dangling", "cycle"])
t("phone-fax-numbers", ["0210.3846.221", "0210.3846.222", "0211.3862.480", "0211.3862.481"], ["hb_hdnd_nq15_2021.html", "ubnd_qd09_2026.html"],
  ["dangling", "temporal", "metadata-conflict"])

key = dict(round=31, world="Education and training of the new tỉnh Phú Thọ after the merger of Vĩnh Phúc, Hòa Bình and Phú Thọ (1/7/2025, seat at Việt Trì; districts abolished; communes and wards merged): former Vĩnh Phúc (Tỉnh ủy 05-NQ/TU 2021 khóa XVII; Huyện ủy Tam Dương 12-KH/HU, Lập Thạch 18-KH/HU; Thành ủy Vĩnh Yên 45-KH/TU; Ban Thường vụ Tỉnh ủy 12-KL/TU 2023; HĐND 15/2021/NQ-HĐND, 30/NQ-HĐND of 2023 and of 2024; UBND 25/2022/QĐ-UBND; Sở GDĐT 120/KH-SGDĐT 2024; UBND huyện Yên Lạc 64 and 77/KH-UBND); former Hòa Bình (Tỉnh ủy 05-NQ/TU 2021; Huyện ủy Mai Châu 09-KH/HU; Thành ủy Hòa Bình 45-KH/TU; HĐND 15/2021/NQ-HĐND; UBND 12/2022/QĐ-UBND; Sở GDĐT 120/KH-SGDĐT 2024; UBND huyện Mai Châu 52/KH-UBND; Phòng GDĐT Lạc Sơn 35/KH-PGDĐT); former Phú Thọ (Huyện ủy Lâm Thao 21-KH/HU; Phòng GDĐT Thanh Sơn 35/KH-PGDĐT; UBND huyện Tam Nông 64/KH-UBND); the new province (Ban Thường vụ Tỉnh ủy 03-KL/TU; Đảng ủy UBND tỉnh 07-KH/ĐU; HĐND 12/2025/NQ-HĐND; UBND 14/2025, 05/2026, 09/2026/QĐ-UBND, two 245/KH-UBND, letter 3120/UBND-KGVX; Sở GDĐT 210/KH-SGDĐT, 1520/SGDĐT-GDTrH, 318/BC-SGDĐT; UBND xã Tam Dương, xã Mai Châu; Đảng ủy and UBND phường Vĩnh Yên; Trường THCS Vĩnh Yên)",
           planted=P,
           external=["29-NQ/TW", "51-KL/TW", "43/2019/QH14", "81/2021/NĐ-CP", "97/2023/NĐ-CP", "86/2015/NĐ-CP", "747/CĐ-TTg", "4555/BGDĐT-GDPT",
                     "1112/CT-BGDĐT", "71-NQ/TW"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_qd09_2026.html"], ids=["12/2022/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
