#!/usr/bin/env python3
"""Writes key.json for red team round 30 (public finance and public investment of the new tỉnh Đồng Tháp after the merger of
Tiền Giang and Đồng Tháp, 1/7/2025). Adapted from RedTeam29/mkkey.py (same key format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["09-NQ/ĐU", "41/KH-UBND"], ["du_xa_cb_nq09_2026.txt", "ubnd_xa_cb_kh41_2026.md"],
  "xã Cái Bè, both 20/5/2026: Đảng ủy xã 09-NQ/ĐU `Căn cứ Kế hoạch số 41/KH-UBND ngày 20/5/2026 …`; UBND xã 41/KH-UBND (Markdown, header as bold lines) `Thực hiện Nghị quyết số 09-NQ/ĐU ngày 20/5/2026 …`")
p("superseded-citation", ["20/2021/NQ-HĐND"], ["ubnd_xa_cl_kh52_2026.txt", "hdnd_nq12_2025.txt"],
  "UBND xã Cai Lậy 15/4/2026 `Căn cứ Nghị quyết số 20/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân tỉnh Tiền Giang`; replaced by 12/2025/NQ-HĐND from 01/01/2026; the next line cites Đồng Tháp's 20/2021 (10/12/2021), in force")
p("superseded-citation", ["25/2022/QĐ-UBND"], ["stc_cv1450_2026.txt", "ubnd_qd05_2026.txt"],
  "Sở Tài chính letter 20/6/2026 `Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/8/2022 của Ủy ban nhân dân tỉnh Đồng Tháp`; repealed (`Bãi bỏ toàn bộ`) by 05/2026/QĐ-UBND from 01/3/2026")
p("superseded-citation", ["12/2022/QĐ-UBND"], ["ubnd_xa_mth_kh40_2026.txt", "ubnd_qd14_2025.txt"],
  "UBND xã Mỹ Thiện 12/5/2026 (OCR-like) `Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 18/5/2022 của Ủy ban nhân dân tỉnh Tiền Giang`; replaced by 14/2025/QĐ-UBND from 01/12/2025")
p("temporal", ["15-NQ/TU"], ["dt_hu_tm_kh22_2021.txt", "dt_tu_nq15_2021.txt"],
  "Huyện ủy Tháp Mười (Đồng Tháp) 10/9/2021 `Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/9/2021 của Ban Chấp hành Đảng bộ tỉnh` (Đồng Tháp's, 20/9/2021; Tiền Giang's 15-NQ/TU of 16/7/2021 is another document)")
p("metadata-conflict", ["120/KH-SKHĐT"], ["dt_ubh_cln_kh77_2024.txt", "dt_skhdt_kh120_2024.md"],
  "UBND huyện Cao Lãnh cites `Kế hoạch số 120/KH-SKHĐT ngày 05/3/2024 của Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp`; Đồng Tháp's is of 22/3/2024 — 05/3/2024 is Tiền Giang's")
p("metadata-conflict", ["18-KL/TU"], ["dubnd_kh07_2025.txt", "tu_kl18_2025.txt"],
  "Đảng ủy UBND tỉnh cites `Kết luận số 18-KL/TU, ngày 12/8/2025 của Ban Thường vụ Tỉnh ủy`; the Kết luận is of 12/9/2025")
p("duplicate-identity", ["210/KH-STC"], ["stc_kh210_2026.txt", "stc_kh210b_2026.docx"],
  "the Sở Tài chính numbered two plans 210/KH-STC in 2026 (15/01/2026 layout; 08/5/2026 .docx with the header in a Word table)")
p("inverse-inconsistency", ["20/2021/NQ-HĐND"], ["hdnd_nq12_2025.txt", "hdnd_nq08_2026.html"],
  "Tiền Giang's 20/2021/NQ-HĐND is replaced by 12/2025 (from 01/01/2026) and again by 08/2026 (Word-exported page, from 25/7/2026), which amends 12/2025")
p("overdue-plan", ["14/2025/QĐ-UBND"], ["stc_kh210_2026.txt"],
  "task row 2: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 14/2025/QĐ-UBND …`, `Quý II/2026`; nothing amends it (318/BC-STC and the .docx quote only a draft's title)")
p("overdue-plan", ["210/KH-STC"], ["stc_kh210_2026.txt"],
  "task row 3 announces `Đề án huy động nguồn lực đầu tư kết cấu hạ tầng tỉnh Đồng Tháp giai đoạn 2026 - 2030`, `Tháng 8/2026`; no such Đề án", announces=True)
p("overdue-plan", ["12-KH/HU"], ["tg_hu_cb_kl31_2024.txt"],
  "Kết luận 31-KL/HU of the Huyện ủy Cái Bè: `… sửa đổi, bổ sung Kế hoạch số 12-KH/HU, ngày 10/8/2021 của Ban Thường vụ Huyện ủy …; hoàn thành trong Quý IV/2024`; nothing amends it")
p("unmet-obligation", ["18-KL/TU"], ["tu_kl18_2025.txt"], "`3. Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh xây dựng kế hoạch giải ngân …`: no plan of the Ban QLDA", contains="Ban Quản lý dự án")
p("count-mismatch", ["07-KH/ĐU"], ["dubnd_kh07_2025.txt"], "Đảng ủy UBND tỉnh: `xác định 05 nhiệm vụ trọng tâm sau:` followed by 4 numbered items")
p("count-mismatch", ["52/KH-UBND"], ["ubnd_xa_cl_kh52_2026.txt"], "UBND xã Cai Lậy: `gồm 03 nhóm giải pháp sau:` followed by 4 lettered items a) – d)")
p("ambiguous-id", ["45/NQ-HĐND"], ["stc_bc318_2026.txt"],
  "Sở Tài chính 25/7/2026: `Nghị quyết số 45/NQ-HĐND của Hội đồng nhân dân tỉnh Tiền Giang (trước hợp nhất)` with no date; the same council passed a 45/NQ-HĐND on 08/12/2023 and another on 10/7/2024 (numbers restart every year), both on public investment")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-20-2021-two-provinces", ["20/2021/NQ-HĐND"], ["tg_hdnd_nq20_2021.txt", "dt_hdnd_nq20_2021.html"], ["duplicate-identity"])
t("same-number-15-NQ-TU-two-provinces", ["15-NQ/TU"], ["tg_tu_nq15_2021.txt", "dt_tu_nq15_2021.txt"], ["duplicate-identity"])
t("same-number-120-KH-SKHDT-two-provinces", ["120/KH-SKHĐT"], ["tg_skhdt_kh120_2024.txt", "dt_skhdt_kh120_2024.md"], ["duplicate-identity"])
t("annual-45-NQ-HDND-2023-and-2024", ["45/NQ-HĐND"], ["tg_hdnd_nq45_2023.txt", "tg_hdnd_nq45_2024.md"], ["duplicate-identity"])
t("same-number-64-KH-UBND-two-chau-thanh", ["64/KH-UBND"], ["tg_ubh_ct_kh64_2024.txt", "dt_ubh_ct_kh64_2024.txt"], ["duplicate-identity"])
t("same-number-1450-STC-NS-2024-and-2026", ["1450/STC-NS"], ["tg_stc_cv1450_2024.txt", "stc_cv1450_2026.txt"], ["duplicate-identity"])
t("dt-20-2021-next-line-of-superseded", ["20/2021/NQ-HĐND"], ["ubnd_xa_cl_kh52_2026.txt"], ["metadata-conflict", "ambiguous-id", "temporal"])
t("dt-20-2021-in-force-cited-after-merger", ["20/2021/NQ-HĐND"], ["stc_cv1450_2026.txt", "dt_skhdt_cv845_2024.txt", "dt_skhdt_kh120_2024.md"],
  ["superseded-citation", "metadata-conflict", "ambiguous-id", "temporal"])
t("replacement-clauses-themselves", ["20/2021/NQ-HĐND", "12/2022/QĐ-UBND", "25/2022/QĐ-UBND"],
  ["hdnd_nq12_2025.txt", "ubnd_qd14_2025.txt", "ubnd_qd05_2026.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("continues-in-force-clause", ["20/2021/NQ-HĐND"], ["dt_hdnd_nq20_2021.html"], ["inverse-inconsistency", "cycle", "superseded-citation"])
t("tg-12-2022-replaced-once", ["12/2022/QĐ-UBND"], ["tg_ubnd_qd12_2022.txt", "ubnd_qd14_2025.txt"], ["inverse-inconsistency", "cycle"])
t("dt-25-2022-repealed-once", ["25/2022/QĐ-UBND"], ["dt_ubnd_qd25_2022.txt", "ubnd_qd05_2026.txt"], ["inverse-inconsistency", "cycle"])
t("proposed-replacement-in-report", ["14/2025/QĐ-UBND"], ["stc_bc318_2026.txt"], ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal"])
t("draft-amendment-quoted-title", ["14/2025/QĐ-UBND"], ["stc_bc318_2026.txt", "stc_kh210b_2026.docx", "ubnd_qd14_2025.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="14/2025/QĐ-UBND", file="stc_kh210_2026.txt"))
t("thay-the-ordinary-word", ["45/NQ-HĐND", "25/2022/QĐ-UBND"],
  ["ubnd_cv3120_2025.html", "stc_cv1450_2026.txt", "tg_hdnd_nq45_2024.md", "tg_hdnd_nq45_2023.txt"],
  ["inverse-inconsistency", "cycle"])
t("thay-the-ordinary-word-no-supersession-of-45", ["45/NQ-HĐND"],
  ["ubnd_cv3120_2025.html", "stc_cv1450_2026.txt", "stc_bc318_2026.txt", "tg_skhdt_kh120_2024.txt", "tg_stc_cv1450_2024.txt", "tg_hdnd_nq45_2024.md"],
  ["superseded-citation"])
t("amended-not-replaced-12-2025", ["12/2025/NQ-HĐND"], ["hdnd_nq08_2026.html", "stc_bc318_2026.txt", "ubnd_xa_mth_kh40_2026.txt"], ["superseded-citation", "temporal"])
t("row-repeal-met-by-05-2026", ["25/2022/QĐ-UBND"], ["stc_kh210_2026.txt"], ["overdue-plan"])
t("rows-recurring-notdue", ["08/CT-TTg", "210/KH-STC"], ["stc_kh210_2026.txt"], ["overdue-plan"])
t("amendment-deadline-met-cai-lay", ["85/KH-UBND"], ["tg_hu_cl_kl25_2024.txt"], ["overdue-plan"])
t("obligations-fulfilled-18-KL-TU", ["18-KL/TU"], ["tu_kl18_2025.txt"], ["unmet-obligation"])
t("obligations-fulfilled-others", ["15-NQ/TU", "210/KH-STC"], ["tg_tu_nq15_2021.txt", "dt_tu_nq15_2021.txt", "stc_kh210_2026.txt"], ["unmet-obligation"])
t("self-reference-18-KL-TU", ["18-KL/TU"], ["tu_kl18_2025.txt"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("second-210-cites-first-210", ["210/KH-STC"], ["stc_kh210b_2026.docx"], ["cycle", "temporal", "dangling", "metadata-conflict", "ambiguous-id"])
t("former-province-name-after-merger", ["15-NQ/TU", "20/2021/NQ-HĐND", "12/2022/QĐ-UBND", "25/2022/QĐ-UBND", "45/NQ-HĐND"],
  ["tu_kl18_2025.txt", "hdnd_nq12_2025.txt", "ubnd_qd14_2025.txt", "ubnd_qd05_2026.txt", "ubnd_cv3120_2025.html", "dubnd_kh07_2025.txt", "hdnd_nq08_2026.html"],
  ["dangling", "ambiguous-id", "metadata-conflict"])
t("old-body-name-after-merger", ["120/KH-SKHĐT"], ["stc_bc318_2026.txt", "stc_kh210_2026.txt"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("pre-merger-unqualified", ["120/KH-SKHĐT", "15-NQ/TU", "20/2021/NQ-HĐND", "45/NQ-HĐND", "12-KH/HU", "85/KH-UBND"],
  ["tg_ubh_cl_kh85_2024.txt", "tg_hu_cb_kh12_2021.txt", "dt_ubh_ct_kh64_2024.txt", "tg_hdnd_nq45_2023.txt", "tg_stc_cv1450_2024.txt",
   "dt_skhdt_cv845_2024.txt", "tg_hu_cb_kl31_2024.txt", "tg_hu_cl_kl25_2024.txt", "tg_skhdt_kh120_2024.txt", "dt_skhdt_kh120_2024.md"],
  ["ambiguous-id", "dangling", "metadata-conflict"])
t("chau-thanh-namesake", ["64/KH-UBND", "120/KH-SKHĐT"], ["tg_ubh_ct_kh64_2024.txt", "dt_ubh_ct_kh64_2024.txt"], ["dangling", "ambiguous-id", "metadata-conflict", "temporal"])
t("dated-210-resolves", ["210/KH-STC"], ["ubnd_xa_cl_kh52_2026.txt", "ubnd_xa_mth_kh40_2026.txt", "stc_bc318_2026.txt", "ubnd_xa_cb_kh41_2026.md"],
  ["ambiguous-id", "metadata-conflict", "dangling"])
t("dated-45-resolves", ["45/NQ-HĐND"], ["ubnd_cv3120_2025.html", "stc_cv1450_2026.txt", "tg_hdnd_nq45_2024.md", "tg_skhdt_kh120_2024.txt", "tg_stc_cv1450_2024.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("dieu-chinh-figures-no-target", ["45/NQ-HĐND"], ["tg_hdnd_nq45_2024.md", "tg_hdnd_nq45_2023.txt"], ["cycle", "inverse-inconsistency", "superseded-citation", "overdue-plan"])
t("proposed-adjustment-in-letter", ["20/2021/NQ-HĐND", "120/KH-SKHĐT"], ["dt_skhdt_cv845_2024.txt"], ["superseded-citation", "overdue-plan", "inverse-inconsistency"])
t("id-broken-across-lines", ["120/KH-SKHĐT"], ["tg_ubh_ct_kh64_2024.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("number-line-broken-in-header", ["131/KH-UBND", "85/KH-UBND"], ["tg_ubh_cl_kh131_2024.txt"], ["dangling", "metadata-conflict", "temporal", "duplicate-identity"])
t("number-only-in-title-line", ["15-NQ/TU"], ["tg_hu_cb_kh12_2021.txt", "tu_kl18_2025.txt", "tg_hu_cb_kl31_2024.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("template-blank-number", ["25/2022/QĐ-UBND"], ["ubnd_cv3120_2025.html", "ubnd_qd05_2026.txt", "stc_bc318_2026.txt"], ["dangling", "metadata-conflict"])
t("converter-run-header", ["12/2022/QĐ-UBND"], ["ubnd_qd14_2025.txt", "dubnd_kh07_2025.txt"], ["dangling", "metadata-conflict"])
t("docx-id-split-across-runs", ["14/2025/QĐ-UBND", "210/KH-STC"], ["stc_kh210b_2026.docx"], ["dangling", "metadata-conflict", "temporal"])
t("count-matches", ["18-KL/TU", "318/BC-STC"], ["tu_kl18_2025.txt", "stc_bc318_2026.txt"], ["count-mismatch"])
t("same-day-cycle-no-temporal", ["09-NQ/ĐU", "41/KH-UBND"], ["du_xa_cb_nq09_2026.txt", "ubnd_xa_cb_kh41_2026.md"], ["temporal"])
t("ocr-like-right-citations", ["18-KL/TU", "210/KH-STC", "12/2025/NQ-HĐND"], ["ubnd_xa_mth_kh40_2026.txt"], ["metadata-conflict", "dangling", "temporal", "ambiguous-id"])
t("cited-before-replacement", ["20/2021/NQ-HĐND", "12/2022/QĐ-UBND", "25/2022/QĐ-UBND"],
  ["tg_ubh_cl_kh85_2024.txt", "tg_hdnd_nq45_2023.txt", "dubnd_kh07_2025.txt", "ubnd_cv3120_2025.html", "tg_stc_cv1450_2024.txt", "dt_skhdt_cv845_2024.txt"],
  ["superseded-citation"])
t("numbered-and-unnumbered-law", ["39/2019/QH14", "83/2015/QH13"],
  ["tg_hdnd_nq20_2021.txt", "tg_hdnd_nq45_2023.txt", "tg_hdnd_nq45_2024.md", "dt_hdnd_nq20_2021.html", "ubnd_qd05_2026.txt", "ubnd_qd14_2025.txt", "tg_ubnd_qd12_2022.txt", "dt_ubnd_qd25_2022.txt", "hdnd_nq12_2025.txt"],
  ["metadata-conflict"])
t("phone-fax-numbers", ["0273.3873.184", "0273.3873.185", "0277.3851.046", "0277.3851.047"], ["dt_hdnd_nq20_2021.html", "ubnd_cv3120_2025.html", "hdnd_nq08_2026.html"],
  ["dangling", "temporal", "metadata-conflict"])

key = dict(round=30, world="Public finance and public investment of the new tỉnh Đồng Tháp after the merger of Tiền Giang and Đồng Tháp (1/7/2025, seat at Mỹ Tho; districts abolished; the Sở Kế hoạch và Đầu tư merged into the Sở Tài chính in early 2025): former Tiền Giang (Tỉnh ủy 15-NQ/TU 2021 with its number only in the title; Huyện ủy Cái Bè 12-KH/HU, 31-KL/HU; Huyện ủy Cai Lậy 25-KL/HU; HĐND 20/2021/NQ-HĐND, 45/NQ-HĐND of 2023 and of 2024; UBND 12/2022/QĐ-UBND; Sở KH&ĐT 120/KH-SKHĐT 2024; Sở Tài chính 1450/STC-NS 2024; UBND huyện Cai Lậy 85 and 131/KH-UBND, huyện Châu Thành 64/KH-UBND); former Đồng Tháp (Tỉnh ủy 15-NQ/TU 2021; Huyện ủy Tháp Mười 22-KH/HU; HĐND 20/2021/NQ-HĐND; UBND 25/2022/QĐ-UBND; Sở KH&ĐT 120/KH-SKHĐT 2024 and 845/SKHĐT-TH; UBND huyện Cao Lãnh 77/KH-UBND, huyện Châu Thành 64/KH-UBND); the new province (Ban Thường vụ Tỉnh ủy 18-KL/TU; Đảng ủy UBND tỉnh 07-KH/ĐU; HĐND 12/2025 and 08/2026/NQ-HĐND; UBND 14/2025 and 05/2026/QĐ-UBND, letter 3120/UBND-KT; Sở Tài chính two 210/KH-STC, 1450/STC-NS, 318/BC-STC; UBND xã Cai Lậy, Mỹ Thiện, Cái Bè; Đảng ủy xã Cái Bè)",
           planted=P,
           external=["39/2019/QH14", "83/2015/QH13", "40/2020/NĐ-CP", "29/2021/QH15", "08/CT-TTg", "973/2020/UBTVQH14", "163/2016/NĐ-CP",
                     "26/2020/QĐ-TTg", "202/2025/QH15", "18-NQ/TW"],
           collateral=[dict(rule="superseded-citation", files=["hdnd_nq08_2026.html"], ids=["20/2021/NQ-HĐND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
