#!/usr/bin/env python3
"""Writes key.json for red team round 28 (agriculture, forests and new rural areas of the new tỉnh Quảng Ngãi after the
merger of Kon Tum and Quảng Ngãi, 1/7/2025). Adapted from RedTeam27/mkkey.py (same key format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["06-KH/ĐU", "52/KH-UBND", "03-NQ/ĐU"], ["du_xa_md_kh06_2026.txt", "ubnd_xa_md_kh52_2026.md", "du_xa_md_nq03_2026.txt"],
  "xã Măng Đen, all three 12/5/2026: Đảng ủy xã 06-KH/ĐU `Căn cứ Kế hoạch số 52/KH-UBND …`; UBND xã 52/KH-UBND (Markdown) `Thực hiện Nghị quyết số 03-NQ/ĐU …`; 03-NQ/ĐU `Thực hiện Kế hoạch số 06-KH/ĐU …`")
p("superseded-citation", ["15/2022/QĐ-UBND"], ["ubnd_xa_dh_kh38_2026.txt", "ubnd_qd32_2025.txt"],
  "UBND xã Đăk Hà 20/3/2026 `Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh Kon Tum`; replaced by 32/2025/QĐ-UBND from 25/10/2025; the next line cites Quảng Ngãi's 15/2022 (11/4/2022), in force")
p("superseded-citation", ["24/2021/NQ-HĐND"], ["ubnd_xa_dl_kh14_2026.txt", "hdnd_nq18_2025.txt"],
  "UBND xã Đăk Long 05/5/2026 `Căn cứ Nghị quyết số 24/2021/NQ-HĐND ngày 22/9/2021 của Hội đồng nhân dân tỉnh Kon Tum`; replaced by 18/2025/NQ-HĐND from 01/01/2026")
p("superseded-citation", ["09/2022/QĐ-UBND"], ["ubnd_xa_bt_kh22_2026.txt", "ubnd_qd06_2026.md"],
  "UBND xã Ba Tơ 10/6/2026 `Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi`; repealed (`Bãi bỏ`) by 06/2026/QĐ-UBND from 01/3/2026")
p("temporal", ["15-CT/TU"], ["kt_hu_kp_kh18_2022.txt", "kt_tu_ct15_2022.txt"],
  "Huyện ủy Kon Plông 05/4/2022 (NFD) `Thực hiện Chỉ thị số 15-CT/TU, ngày 12/4/2022 của Ban Thường vụ Tỉnh ủy`")
p("metadata-conflict", ["12-KH/TU"], ["kt_hu_dh_kh18_2021.txt", "kt_tu_kh12_2021.txt"],
  "Huyện ủy Đăk Hà cites `Kế hoạch số 12-KH/TU, ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy Kon Tum`; Kon Tum's 12-KH/TU is of 05/3/2021 (Quảng Ngãi's of 22/3/2021)")
p("metadata-conflict", ["1350/QĐ-UBND"], ["snnmt_bc230_2026.txt", "ct_qd1350_2025.txt"],
  "the Sở's report cites `Quyết định số 1350/QĐ-UBND ngày 25/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh`; the chairman's decision is of 18/11/2025")
p("duplicate-identity", ["45/KH-SNNMT"], ["snnmt_kh45_2026.txt", "snnmt_kh45b_2026.md"],
  "the Sở Nông nghiệp và Môi trường numbered two plans 45/KH-SNNMT in 2026 (15/01/2026, header columns run into one line; 03/4/2026, Markdown headings)")
p("inverse-inconsistency", ["11/2021/NQ-HĐND"], ["hdnd_nq18_2025.txt", "hdnd_nq05_2026.html"],
  "Quảng Ngãi's 11/2021/NQ-HĐND is replaced by 18/2025 (from 01/01/2026, with Kon Tum's 24/2021) and again by 05/2026 (Word-exported page, from 25/7/2026), which bases itself on and amends 18/2025")
p("overdue-plan", ["15/2022/QĐ-UBND"], ["snnmt_kh45_2026.txt"],
  "task row 2: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 15/2022/QĐ-UBND ngày 11/4/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi (trước hợp nhất)`, `Quý II/2026`; nothing amends it (Kon Tum's 15/2022 was replaced by 32/2025 — another document, earlier; 230/BC-SNNMT only proposes a replacement)")
p("overdue-plan", ["45/KH-SNNMT"], ["snnmt_kh45_2026.txt"],
  "task row 3 announces `Đề án phát triển vùng dược liệu sâm Ngọc Linh tỉnh Quảng Ngãi giai đoạn 2026 - 2030`, `Tháng 8/2026`; no such Đề án", announces=True)
p("overdue-plan", ["75/KH-UBND"], ["kt_hu_kp_kl25_2024.txt"],
  "Kết luận 25-KL/HU: `Giao Ủy ban nhân dân huyện … tham mưu sửa đổi, bổ sung Kế hoạch số 75/KH-UBND ngày 12/3/2024 … hoàn thành trước ngày 30/9/2024`; nothing amends it (the district ended on 1/7/2025; xã Măng Đen's 03-NQ/ĐU only builds on it)")
p("unmet-obligation", ["15-KH/TU"], ["tu_kh15_2025.txt"], "`2. Hội Nông dân tỉnh xây dựng kế hoạch vận động hội viên …`: no plan of the Hội Nông dân", contains="Hội Nông dân")
p("count-mismatch", ["06-TB/TU"], ["tu_tb06_2026.txt"], "`Ban Thường vụ Tỉnh ủy kết luận 03 nội dung sau:` followed by 4 numbered items")
p("count-mismatch", ["02-KH/ĐU"], ["du_xa_dh_kh02_2025.txt"], "`Ban Thường vụ Đảng ủy xã Đăk Hà xác định 05 nhiệm vụ trọng tâm sau:` followed by a) – d)")
p("ambiguous-id", ["120/KH-UBND"], ["ubnd_cv2105_2025.html"],
  "the new UBND tỉnh, 05/11/2025 (minified portal page): `Kế hoạch số 120/KH-UBND của Ủy ban nhân dân tỉnh ban hành năm 2023`; both former UBND tỉnh (Kon Tum 14/6/2023, Quảng Ngãi 22/5/2023) issued a 120/KH-UBND in 2023 and the new UBND tỉnh succeeds both")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-15-2022-two-provinces", ["15/2022/QĐ-UBND"], ["kt_ubnd_qd15_2022.txt", "qn_ubnd_qd15_2022.html"], ["duplicate-identity"])
t("same-number-12-KH-TU-two-provinces", ["12-KH/TU"], ["kt_tu_kh12_2021.txt", "qn_tu_kh12_2021.txt"], ["duplicate-identity"])
t("same-number-120-KH-UBND-two-provinces", ["120/KH-UBND"], ["kt_ubnd_kh120_2023.md", "qn_ubnd_kh120_2023.txt"], ["duplicate-identity"])
t("same-number-18-KH-HU-two-huyen", ["18-KH/HU"], ["kt_hu_dh_kh18_2021.txt", "kt_hu_kp_kh18_2022.txt"], ["duplicate-identity"])
t("qn-15-2022-next-line-of-superseded", ["15/2022/QĐ-UBND"], ["ubnd_xa_dh_kh38_2026.txt"], ["metadata-conflict", "ambiguous-id", "temporal"])
t("qn-15-2022-in-force-cited", ["15/2022/QĐ-UBND"], ["qn_snn_kh210_2024.md", "ubnd_cv2105_2025.html", "snnmt_kh45_2026.txt"],
  ["superseded-citation", "metadata-conflict", "ambiguous-id", "temporal"])
t("signed-not-yet-in-force", ["15/2022/QĐ-UBND", "32/2025/QĐ-UBND"], ["snnmt_cv1420_2025.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("replacement-clauses-themselves", ["15/2022/QĐ-UBND", "24/2021/NQ-HĐND", "11/2021/NQ-HĐND", "09/2022/QĐ-UBND"],
  ["ubnd_qd32_2025.txt", "hdnd_nq18_2025.txt", "ubnd_qd06_2026.md"], ["superseded-citation", "temporal", "metadata-conflict"])
t("replacement-keeps-the-other-province", ["15/2022/QĐ-UBND"], ["qn_ubnd_qd15_2022.html"], ["inverse-inconsistency", "superseded-citation", "cycle"])
t("kt-24-2021-replaced-once", ["24/2021/NQ-HĐND"], ["kt_hdnd_nq24_2021.txt", "hdnd_nq18_2025.txt"], ["inverse-inconsistency", "cycle"])
t("qn-09-2022-repealed-once", ["09/2022/QĐ-UBND"], ["qn_ubnd_qd09_2022.txt", "ubnd_qd06_2026.md"], ["inverse-inconsistency", "cycle"])
t("replacing-kt-15-2022-does-not-meet-qn-task", ["15/2022/QĐ-UBND"], ["ubnd_qd32_2025.txt"], [],
  requires_planted=dict(rule="overdue-plan", id="15/2022/QĐ-UBND", file="snnmt_kh45_2026.txt"))
t("proposed-replacement-in-report", ["15/2022/QĐ-UBND"], ["snnmt_bc230_2026.txt"], ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="15/2022/QĐ-UBND", file="snnmt_kh45_2026.txt"))
t("draft-amendment-quoted-title", ["32/2025/QĐ-UBND"], ["snnmt_bc230_2026.txt", "snnmt_kh45b_2026.md", "ubnd_xa_bt_kh22_2026.txt", "hkl_kh12_2025.docx", "ct_qd1350_2025.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal"])
t("restated-replacement-and-repeal-in-report", ["09/2022/QĐ-UBND", "06/2026/QĐ-UBND", "32/2025/QĐ-UBND"], ["snnmt_bc230_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("thay-the-ordinary-word", ["23/2017/TT-BNNPTNT", "18/2025/NQ-HĐND", "32/2025/QĐ-UBND"], ["ubnd_qd32_2025.txt", "hkl_kh12_2025.docx", "hdnd_nq18_2025.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation"])
t("amended-not-replaced-18-2025", ["18/2025/NQ-HĐND"], ["hdnd_nq05_2026.html", "ubnd_xa_dl_kh14_2026.txt", "snnmt_kh45_2026.txt", "tu_nq04_2026.txt"],
  ["superseded-citation", "temporal"])
t("task-met-by-later-amendment", ["18/2025/NQ-HĐND"], ["tu_nq04_2026.txt"], ["overdue-plan"])
t("rows-met-notdue-recurring-snnmt", ["09/2022/QĐ-UBND", "16/2017/QH14", "45/KH-SNNMT"], ["snnmt_kh45_2026.txt"], ["overdue-plan"])
t("obligation-with-deadline-met-15-KH-TU", ["15-KH/TU"], ["tu_kh15_2025.txt"], ["overdue-plan"])
t("obligations-fulfilled-15-KH-TU", ["15-KH/TU"], ["tu_kh15_2025.txt"], ["unmet-obligation"])
t("obligations-fulfilled-former", ["12-KH/TU", "120/KH-UBND", "95/KH-SNN"], ["kt_tu_kh12_2021.txt", "kt_ubnd_kh120_2023.md", "qn_ubnd_kh120_2023.txt", "kt_snn_kh95_2024.txt"],
  ["unmet-obligation", "overdue-plan"])
t("obligation-fulfilled-45-KH-SNNMT", ["45/KH-SNNMT"], ["snnmt_kh45_2026.txt"], ["unmet-obligation"])
t("self-reference-15-KH-TU", ["15-KH/TU"], ["tu_kh15_2025.txt"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("former-province-name-after-merger", ["12-KH/TU", "15/2022/QĐ-UBND", "24/2021/NQ-HĐND", "11/2021/NQ-HĐND", "09/2022/QĐ-UBND"],
  ["tu_kh15_2025.txt", "ubnd_qd32_2025.txt", "hdnd_nq18_2025.txt", "ubnd_qd06_2026.md"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("old-body-name-after-rename", ["95/KH-SNN"], ["snnmt_bc230_2026.txt"], ["dangling", "ambiguous-id", "metadata-conflict", "superseded-citation"])
t("former-district-name-dak-dak", ["18-KH/HU", "75/KH-UBND"], ["du_xa_dh_kh02_2025.txt", "du_xa_md_nq03_2026.txt"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("pre-merger-unqualified-ocr-layout", ["120/KH-UBND", "15/2022/QĐ-UBND", "15-CT/TU", "95/KH-SNN", "09/2022/QĐ-UBND", "18-KH/HU"],
  ["kt_snn_kh95_2024.txt", "kt_hkl_dh_kh30_2024.txt", "qn_snn_kh210_2024.md", "kt_hu_kp_kl25_2024.txt", "kt_ubh_kp_kh75_2024.txt"],
  ["ambiguous-id", "dangling", "metadata-conflict"])
t("phuong-kon-tum-is-a-ward", ["15-KH/TU", "04-KH/ĐU"], ["ph_kt_du_kh04_2025.txt"], ["dangling", "ambiguous-id", "metadata-conflict", "temporal"])
t("dated-45-KH-SNNMT-decides", ["45/KH-SNNMT"], ["ubnd_xa_dh_kh38_2026.txt", "ubnd_xa_dl_kh14_2026.txt", "tu_tb06_2026.txt", "snnmt_bc230_2026.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling"])
t("id-broken-across-lines", ["15-KH/TU"], ["du_xa_dh_kh02_2025.txt"], ["dangling", "metadata-conflict", "temporal"])
t("docx-id-split-across-runs", ["32/2025/QĐ-UBND", "1420/SNNMT-KL"], ["hkl_kh12_2025.docx"], ["dangling", "metadata-conflict", "temporal"])
t("docx-activity-rows", ["12/KH-HKL"], ["hkl_kh12_2025.docx"], ["overdue-plan"])
t("docx-group-counts-match", ["12/KH-HKL"], ["hkl_kh12_2025.docx"], ["count-mismatch"])
t("count-matches", ["15-KH/TU", "04-NQ/TU", "230/BC-SNNMT"], ["tu_kh15_2025.txt", "tu_nq04_2026.txt", "snnmt_bc230_2026.txt"], ["count-mismatch"])
t("same-day-cycle-no-temporal", ["06-KH/ĐU", "52/KH-UBND", "03-NQ/ĐU"], ["du_xa_md_kh06_2026.txt", "ubnd_xa_md_kh52_2026.md", "du_xa_md_nq03_2026.txt"], ["temporal"])
t("chairman-decision-cited-as-ubnd", ["1350/QĐ-UBND"], ["ubnd_xa_dh_kh38_2026.txt"], ["metadata-conflict", "dangling", "ambiguous-id"])
t("commune-party-plan-unqualified", ["02-KH/ĐU"], ["ubnd_xa_dh_kh38_2026.txt"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("tb-cites-nq-and-qd", ["04-NQ/TU", "06/2026/QĐ-UBND"], ["tu_tb06_2026.txt"], ["dangling", "metadata-conflict", "temporal"])
t("activity-rows-pre-merger", ["75/KH-UBND", "18-KH/HU"], ["kt_ubh_kp_kh75_2024.txt", "kt_hu_kp_kh18_2022.txt"], ["overdue-plan"])
t("numbered-and-unnumbered-law", ["16/2017/QH14"], ["tu_nq04_2026.txt", "qn_ubnd_qd09_2022.txt", "ubnd_qd32_2025.txt", "kt_ubnd_qd15_2022.txt", "ubnd_qd06_2026.md", "snnmt_kh45_2026.txt"],
  ["metadata-conflict"])
t("amended-circular-not-superseded", ["28/2018/TT-BNNPTNT", "13/2023/TT-BNNPTNT"], ["kt_snn_kh95_2024.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"])
t("phone-fax-numbers", ["0255.3822.140", "0255.3822.141", "0255.3826.120", "0255.3826.121"], ["ubnd_cv2105_2025.html", "qn_ubnd_qd15_2022.html", "hdnd_nq05_2026.html"],
  ["dangling", "temporal", "metadata-conflict"])

key = dict(round=28, world="Agriculture, forests and new rural areas of the new tỉnh Quảng Ngãi after the merger of Kon Tum and Quảng Ngãi (1/7/2025; districts abolished; Sở NN&PTNT and Sở TN&MT merged into Sở Nông nghiệp và Môi trường): former Kon Tum (Ban Thường vụ Tỉnh ủy 12-KH/TU 2021 and 15-CT/TU 2022, Huyện ủy Đăk Hà 18-KH/HU, Huyện ủy Kon Plông 18-KH/HU and 25-KL/HU, UBND tỉnh 15/2022/QĐ-UBND and 120/KH-UBND 2023, HĐND 24/2021/NQ-HĐND, Sở NN&PTNT 95/KH-SNN, Hạt Kiểm lâm Đắk Hà, UBND huyện Kon Plông 75/KH-UBND); former Quảng Ngãi (Ban Thường vụ Tỉnh ủy 12-KH/TU 2021, UBND 15/2022 and 09/2022/QĐ-UBND and 120/KH-UBND 2023, HĐND 11/2021/NQ-HĐND, Sở NN&PTNT 210/KH-SNN); the new province (Tỉnh ủy 15-KH/TU, 04-NQ/TU, 06-TB/TU; UBND 32/2025, 06/2026/QĐ-UBND, letter 2105/UBND-KTN; Chủ tịch 1350/QĐ-UBND; HĐND 18/2025, 05/2026/NQ-HĐND; Sở NN&MT two 45/KH-SNNMT, 1420/SNNMT-KL, 230/BC-SNNMT; Hạt Kiểm lâm khu vực Đăk Hà; Đảng ủy and UBND of xã Đăk Hà, Măng Đen, Đăk Long, Ba Tơ, Đảng ủy phường Kon Tum)",
           planted=P,
           external=["19-NQ/TW", "26-NQ/TW", "263/QĐ-TTg", "16/2017/QH14", "156/2018/NĐ-CP", "58/2024/NĐ-CP", "28/2018/TT-BNNPTNT", "13/2023/TT-BNNPTNT", "23/2017/TT-BNNPTNT", "202/2025/QH15"],
           collateral=[dict(rule="superseded-citation", files=["hdnd_nq05_2026.html"], ids=["11/2021/NQ-HĐND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
