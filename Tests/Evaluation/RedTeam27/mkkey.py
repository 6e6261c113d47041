#!/usr/bin/env python3
"""Writes key.json for red team round 27 (the health line of the new tỉnh Tây Ninh after the merger of Long An and Tây Ninh,
1/7/2025, seat at Tân An). Adapted from RedTeam26/mkkey.py (same key format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["09-KH/ĐU", "86/KH-BVĐK", "02-NQ/CB"], ["bv_du_kh09_2026.txt", "bv_kh86_2026.md", "bv_cb_nq02_2026.txt"],
  "Bệnh viện Đa khoa tỉnh, all three 16/3/2026: Đảng ủy BV 09-KH/ĐU `Căn cứ Kế hoạch số 86/KH-BVĐK …`; BV 86/KH-BVĐK (Markdown) `Thực hiện … Nghị quyết số 02-NQ/CB … của Chi bộ Khoa Hồi sức tích cực - Chống độc`; chi bộ 02-NQ/CB `Thực hiện Kế hoạch số 09-KH/ĐU …`")
p("superseded-citation", ["31/2024/QĐ-UBND"], ["ttyt_cg_kh78_2026.txt", "ubnd_qd12_2026.md"],
  "Trung tâm Y tế khu vực Cần Giuộc 15/6/2026 `Căn cứ Quyết định số 31/2024/QĐ-UBND ngày 18/9/2024 của UBND tỉnh Long An`; replaced by the new UBND's 12/2026/QĐ-UBND from 01/4/2026")
p("superseded-citation", ["20/2021/QĐ-UBND"], ["syt_cv1250_2025.txt", "ubnd_qd35_2025.txt"],
  "Sở Y tế letter 10/10/2025 `Căn cứ Quyết định số 20/2021/QĐ-UBND ngày 15/6/2021 của UBND tỉnh Long An`; 35/2025 (in force 15/9/2025) replaces Long An's 20/2021; the next căn cứ line cites Tây Ninh's 20/2021 (12/8/2021), in force")
p("superseded-citation", ["14/2024/QĐ-UBND"], ["ttyt_tb_kh95_2026.txt", "ubnd_qd12_2026.md"],
  "Trung tâm Y tế khu vực Trảng Bàng 10/6/2026 `Căn cứ Quyết định số 14/2024/QĐ-UBND ngày 10/4/2024 của UBND tỉnh Tây Ninh`; repealed (`Bãi bỏ`) by 12/2026 from 01/4/2026")
p("temporal", ["12-KH/TU"], ["ph_ly_du_kh03_2025.txt", "tu_kh12_2025.txt"],
  "Đảng ủy phường Long An (the ward; place line `Long An, ngày 15 tháng 10 năm 2025`) `Thực hiện Kế hoạch số 12-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy`")
p("metadata-conflict", ["08-KH/TU"], ["tn_du_kh04_2022.txt", "tn_tu_kh08_2022.txt"],
  "Đảng ủy Sở Y tế Tây Ninh cites `Kế hoạch số 08-KH/TU, ngày 18/3/2022 của Ban Thường vụ Tỉnh ủy Tây Ninh`; header 14/3/2022 (Long An's 08-KH/TU is 22/3/2022)")
p("metadata-conflict", ["35/2025/QĐ-UBND"], ["tyt_ly_kh15_2026.md", "ubnd_qd35_2025.txt"],
  "Trạm Y tế phường Long An cites `Quyết định số 35/2025/QĐ-UBND ngày 15/9/2025 của UBND tỉnh Tây Ninh` — the entry-into-force date; header 05/9/2025")
p("duplicate-identity", ["07/KH-SYT"], ["syt_kh07_2026.txt", "syt_kh07b_2026.md"],
  "the new Sở Y tế numbered two plans 07/KH-SYT in 2026 (20/01/2026, header columns run into one line; 03/3/2026, Markdown headings)")
p("inverse-inconsistency", ["15/2023/NQ-HĐND"], ["hdnd_nq22_2025.txt", "hdnd_nq07_2026.html"],
  "Long An's 15/2023/NQ-HĐND is replaced by 22/2025 (from 01/01/2026, with Tây Ninh's 09/2023) and again by 07/2026 (Word-exported page, from 01/8/2026), which bases itself on 22/2025")
p("overdue-plan", ["20/2021/QĐ-UBND"], ["syt_kh07_2026.txt"],
  "tab task row 2: `Tham mưu UBND tỉnh sửa đổi, bổ sung Quyết định số 20/2021/QĐ-UBND ngày 12/8/2021 của UBND tỉnh Tây Ninh (trước sắp xếp)`, `Quý II/2026`; nothing amends it (Long An's 20/2021 was replaced by 35/2025 — another document, earlier; 215/BC-SYT only proposes a replacement)")
p("overdue-plan", ["07/KH-SYT"], ["syt_kh07_2026.txt"],
  "tab task row 3 announces `Đề án phát triển nguồn nhân lực y tế tỉnh Tây Ninh giai đoạn 2026 - 2030`, `Tháng 6/2026`; no such Đề án", announces=True)
p("overdue-plan", ["22/2025/NQ-HĐND"], ["du_nq03_2026.txt"],
  "prose task: `… tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh sửa đổi, bổ sung Nghị quyết số 22/2025/NQ-HĐND … hoàn thành trong Quý III/2026`; only a draft with a quoted title exists (215/BC-SYT); 07/2026 replaces Long An's 15/2023, not 22/2025")
p("unmet-obligation", ["12-KH/TU"], ["tu_kh12_2025.txt"], "`3. Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng kế hoạch tuyên truyền …`: no plan of that Ban", contains="Tuyên giáo")
p("count-mismatch", ["03-NQ/ĐU"], ["du_nq03_2026.txt"], "`tập trung lãnh đạo thực hiện 04 nhiệm vụ trọng tâm sau:` followed by 5 numbered items")
p("count-mismatch", ["15/KH-TYT"], ["tyt_ly_kh15_2026.md"], "`Trạm Y tế phường Long An đặt ra 05 chỉ tiêu sau:` followed by a) – d)")
p("ambiguous-id", ["150/KH-SYT"], ["syt_kh07_2026.txt"],
  "new Sở Y tế 20/01/2026: `tiếp tục thực hiện Kế hoạch số 150/KH-SYT năm 2024 của Sở Y tế (trước sắp xếp)`; both former Sở Y tế (Long An 05/8/2024, Tây Ninh 12/7/2024) issued a 150/KH-SYT in 2024 and the new Sở Y tế succeeds both")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-20-2021-two-provinces", ["20/2021/QĐ-UBND"], ["la_ubnd_qd20_2021.txt", "tn_ubnd_qd20_2021.html"], ["duplicate-identity"])
t("same-number-08-KH-TU-two-provinces", ["08-KH/TU"], ["la_tu_kh08_2022.txt", "tn_tu_kh08_2022.txt"], ["duplicate-identity"])
t("same-number-150-KH-SYT-two-provinces", ["150/KH-SYT"], ["la_syt_kh150_2024.txt", "tn_syt_kh150_2024.md"], ["duplicate-identity"])
t("same-number-04-KH-DU-two-terms", ["04-KH/ĐU"], ["tn_du_kh04_2022.txt", "du_kh04_2025.txt"], ["duplicate-identity"])
t("same-number-05-KH-DU-two-bodies", ["05-KH/ĐU"], ["la_du_kh05_2022.txt", "xa_cg_du_kh05_2025.txt"], ["duplicate-identity"])
t("tn-20-2021-in-force-cited", ["20/2021/QĐ-UBND"], ["tn_syt_kh150_2024.md", "tn_ttyt_tb_kh112_2024.txt", "ubnd_qd35_2025.txt", "syt_bc215_2026.txt", "syt_kh07_2026.txt"],
  ["superseded-citation", "metadata-conflict", "ambiguous-id", "temporal"])
t("tn-20-2021-next-line-of-superseded", ["20/2021/QĐ-UBND"], ["syt_cv1250_2025.txt"], ["metadata-conflict", "ambiguous-id", "temporal"])
t("signed-not-yet-in-force", ["20/2021/QĐ-UBND", "35/2025/QĐ-UBND"], ["syt_cv1105_2025.html"], ["superseded-citation", "temporal", "metadata-conflict"])
t("replacement-clauses-themselves", ["20/2021/QĐ-UBND", "31/2024/QĐ-UBND", "14/2024/QĐ-UBND", "15/2023/NQ-HĐND", "09/2023/NQ-HĐND"],
  ["ubnd_qd35_2025.txt", "ubnd_qd12_2026.md", "hdnd_nq22_2025.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("replacement-keeps-the-other-province", ["20/2021/QĐ-UBND"], ["tn_ubnd_qd20_2021.html"], ["inverse-inconsistency", "superseded-citation", "cycle"])
t("tn-09-2023-replaced-once", ["09/2023/NQ-HĐND"], ["tn_hdnd_nq09_2023.txt", "hdnd_nq22_2025.txt"], ["inverse-inconsistency", "cycle"])
t("tn-14-2024-repealed-once", ["14/2024/QĐ-UBND"], ["tn_ubnd_qd14_2024.txt", "ubnd_qd12_2026.md"], ["inverse-inconsistency", "cycle"])
t("proposed-replacement-in-report", ["20/2021/QĐ-UBND"], ["syt_bc215_2026.txt"], ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="20/2021/QĐ-UBND", file="syt_kh07_2026.txt"))
t("draft-amendment-quoted-title", ["22/2025/NQ-HĐND"], ["syt_bc215_2026.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="22/2025/NQ-HĐND", file="du_nq03_2026.txt"))
t("restated-replacement-in-report", ["31/2024/QĐ-UBND", "12/2026/QĐ-UBND"], ["syt_bc215_2026.txt"], ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("thay-the-ordinary-word", ["96/2023/NĐ-CP", "21/2024/TT-BYT", "20/2021/QĐ-UBND"], ["ttyt_cg_kh78_2026.txt", "ubnd_qd12_2026.md", "ubnd_qd35_2025.txt"], ["inverse-inconsistency", "cycle"])
t("muc-ho-tro-thay-the", ["22/2025/NQ-HĐND"], ["tyt_ly_kh15_2026.md"], ["inverse-inconsistency", "cycle", "superseded-citation"])
t("amended-not-replaced-35-2025", ["35/2025/QĐ-UBND", "18/2026/QĐ-UBND"], ["ubnd_qd18_2026.txt", "ttyt_cg_kh78_2026.txt", "syt_bc215_2026.txt", "syt_kh07_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal"])
t("22-2025-still-in-force", ["22/2025/NQ-HĐND"], ["hdnd_nq07_2026.html", "du_nq03_2026.txt", "syt_kh07_2026.txt", "tyt_ly_kh15_2026.md"], ["superseded-citation", "temporal"])
t("rows-met-notdue-recurring-syt", ["07/KH-SYT", "31/2024/QĐ-UBND", "15/2023/QH15"], ["syt_kh07_2026.txt"], ["overdue-plan"])
t("docx-activity-rows", ["18/KH-HCTĐ", "12-KH/TU"], ["ctd_kh18_2025.docx"], ["overdue-plan"])
t("docx-id-split-across-runs", ["12-KH/TU"], ["ctd_kh18_2025.docx"], ["dangling", "metadata-conflict", "temporal"])
t("docx-group-counts-match", ["18/KH-HCTĐ"], ["ctd_kh18_2025.docx"], ["count-mismatch"])
t("obligations-fulfilled-12-KH-TU", ["12-KH/TU"], ["tu_kh12_2025.txt"], ["unmet-obligation"])
t("obligations-fulfilled-former-08-KH-TU", ["08-KH/TU"], ["la_tu_kh08_2022.txt", "tn_tu_kh08_2022.txt"], ["unmet-obligation", "overdue-plan"])
t("obligations-fulfilled-150-KH-SYT", ["150/KH-SYT"], ["la_syt_kh150_2024.txt", "tn_syt_kh150_2024.md"], ["unmet-obligation"])
t("obligation-fulfilled-07-KH-SYT", ["07/KH-SYT"], ["syt_kh07_2026.txt"], ["unmet-obligation"])
t("self-reference-12-KH-TU", ["12-KH/TU"], ["tu_kh12_2025.txt"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("former-name-after-merger", ["08-KH/TU", "45/KH-TTYT", "112/KH-TTYT"], ["tu_kh12_2025.txt", "ttyt_cg_kh78_2026.txt", "xa_cg_du_kh05_2025.txt", "ttyt_tb_kh95_2026.txt"],
  ["dangling", "ambiguous-id", "metadata-conflict", "superseded-citation"])
t("pre-merger-unqualified-nfd-layout-ocr", ["08-KH/TU", "150/KH-SYT", "20/2021/QĐ-UBND", "15/2023/NQ-HĐND", "09/2023/NQ-HĐND"],
  ["la_du_kh05_2022.txt", "la_syt_kh150_2024.txt", "la_ttyt_cg_kh45_2024.txt", "tn_ttyt_tb_kh112_2024.txt", "tn_syt_kh150_2024.md"],
  ["ambiguous-id", "dangling", "metadata-conflict"])
t("qh15-and-nq-hdnd-same-number", ["15/2023/NQ-HĐND"], ["la_syt_kh150_2024.txt", "la_hdnd_nq15_2023.txt"], ["metadata-conflict", "ambiguous-id", "dangling"])
t("phuong-long-an-is-a-ward", ["03-KH/ĐU", "07/KH-SYT", "22/2025/NQ-HĐND", "12-KH/TU"], ["tyt_ly_kh15_2026.md", "ph_ly_du_kh03_2025.txt"],
  ["dangling", "ambiguous-id", "metadata-conflict"])
t("dated-07-KH-SYT-decides", ["07/KH-SYT"], ["tyt_ly_kh15_2026.md", "ttyt_cg_kh78_2026.txt", "ttyt_tb_kh95_2026.txt", "bv_kh86_2026.md", "syt_bc215_2026.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling"])
t("dated-04-KH-DU-decides", ["04-KH/ĐU"], ["du_nq03_2026.txt", "bv_du_kh09_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("id-broken-across-lines", ["12-KH/TU"], ["xa_cg_du_kh05_2025.txt"], ["dangling", "metadata-conflict", "temporal"])
t("same-day-cycle-no-temporal", ["09-KH/ĐU", "86/KH-BVĐK", "02-NQ/CB"], ["bv_du_kh09_2026.txt", "bv_kh86_2026.md", "bv_cb_nq02_2026.txt"], ["temporal"])
t("phone-fax-numbers", ["0272.3826.150", "0272.3826.151", "0276.3822.072", "0276.3822.073"], ["syt_cv1105_2025.html", "tn_ubnd_qd20_2021.html", "hdnd_nq07_2026.html"],
  ["dangling", "temporal", "metadata-conflict"])
t("count-matches", ["12-KH/TU", "215/BC-SYT"], ["tu_kh12_2025.txt", "syt_bc215_2026.txt"], ["count-mismatch"])

key = dict(round=27, world="The health line of the new tỉnh Tây Ninh after the merger of Long An and Tây Ninh (1/7/2025, seat at Tân An): the two former UBND tỉnh (each a 20/2021/QĐ-UBND; Long An's 31/2024 and Tây Ninh's 14/2024 on prices), HĐND (Long An 15/2023, Tây Ninh 09/2023 on support for health staff), Ban Thường vụ Tỉnh ủy (each an 08-KH/TU of 2022), Sở Y tế (each a 150/KH-SYT of 2024), Đảng ủy Sở Y tế and Trung tâm Y tế of former districts (Cần Giuộc, Trảng Bàng); the new Tỉnh ủy (12-KH/TU), UBND (35/2025, 12/2026, 18/2026), HĐND (22/2025, 07/2026), Sở Y tế (two 07/KH-SYT, letters 1105 and 1250/SYT-NVY, 215/BC-SYT), Đảng ủy Sở Y tế (04-KH/ĐU, 03-NQ/ĐU), Bệnh viện Đa khoa tỉnh with its Đảng ủy and a department chi bộ, Trung tâm Y tế khu vực, Đảng ủy phường Long An and xã Cần Giuộc, Trạm Y tế phường Long An, Hội Chữ thập đỏ tỉnh",
           planted=P,
           external=["20-NQ/TW", "25-CT/TW", "72-NQ/TW", "60-NQ/TW", "15/2023/QH15", "202/2025/QH15", "96/2023/NĐ-CP", "21/2024/TT-BYT", "22/2023/TT-BYT", "281/QĐ-TTg"],
           collateral=[dict(rule="superseded-citation", files=["hdnd_nq07_2026.html"], ids=["15/2023/NQ-HĐND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
