#!/usr/bin/env python3
"""Writes key.json for red team round 26 (Party inspection and discipline in the new tỉnh An Giang after the merger of
An Giang and Kiên Giang, 1/7/2025). Adapted from RedTeam25/mkkey.py (same key format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["03-KH/ĐU", "02-KH/UBKTĐU", "01-CTr/ĐU"], ["ph_rg_du_kh03_2026.txt", "ph_rg_ubkt_kh02_2026.md", "ph_rg_du_ctr01_2026.txt"],
  "phường Rạch Giá, all three 15/01/2026: Đảng ủy 03-KH/ĐU `căn cứ Kế hoạch số 02-KH/UBKTĐU … của Ủy ban Kiểm tra Đảng ủy phường Rạch Giá`; UBKT 02-KH/UBKTĐU (Markdown) `Thực hiện Chương trình số 01-CTr/ĐU … của Đảng ủy phường Rạch Giá`; 01-CTr/ĐU `Căn cứ Kế hoạch số 03-KH/ĐU … của Ban Thường vụ Đảng ủy phường Rạch Giá`")
p("superseded-citation", ["01-QĐ/UBKTTU"], ["ph_rg_ubkt_kh02_2026.md", "ubkt_qd03_2025.txt"],
  "UBKT Đảng ủy phường Rạch Giá 15/01/2026 `căn cứ Quyết định số 01-QĐ/UBKTTU, ngày 05/02/2021 của Ủy ban Kiểm tra Tỉnh ủy Kiên Giang`; replaced by the new UBKT's 03-QĐ/UBKTTU from 20/8/2025. An Giang's own 01-QĐ/UBKTTU (12/01/2021) stays in force")
p("superseded-citation", ["22-QĐ/TW"], ["ph_lx_ubkt_kh02_2026.txt", "tw_qd296_2025.txt"],
  "UBKT Đảng ủy phường Long Xuyên 20/01/2026 `căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 …`; 296-QĐ/TW (30/5/2025, in force on signing) replaces it. 22-QĐ/TW itself is not in the corpus")
p("superseded-citation", ["08/2020/QĐ-UBND"], ["ttr_kh12_2026.txt", "ubnd_qd15_2025.txt"],
  "Thanh tra tỉnh 06/01/2026 `Căn cứ Quyết định số 08/2020/QĐ-UBND ngày 14/4/2020 của UBND tỉnh Kiên Giang`; 15/2025 (layout, in force 10/10/2025) replaces Kiên Giang's 08/2020, the province name cut by a page break; the next căn cứ line cites An Giang's 08/2020, in force")
p("temporal", ["02-KH/UBKTTU"], ["dk_pq_ubkt_kh01_2026.txt", "ubkt_kh02_2026.txt"],
  "UBKT Đảng ủy đặc khu Phú Quốc 05/01/2026 `Thực hiện Kế hoạch số 02-KH/UBKTTU, ngày 08/01/2026 của Ủy ban Kiểm tra Tỉnh ủy`")
p("metadata-conflict", ["12-KH/TU"], ["ht_ubkt_kh04_2023.txt", "kg_tu_kh12_2023.txt"],
  "UBKT Thành ủy Hà Tiên (OCR scan) cites `Kế hoạch số 12-KH/TU, ngày 16/3/2023 của Ban Thường vụ Tỉnh ủy Kiên Giang`; header 14/3/2023 (An Giang's 12-KH/TU is 20/3/2023)")
p("metadata-conflict", ["18-KH/TU"], ["ph_lx_du_kh05_2025.md", "tu_kh18_2025.txt"],
  "Đảng ủy phường Long Xuyên cites `Chương trình số 18-KH/TU ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy`; the document is a KẾ HOẠCH (type word against its header and its own code KH)")
p("duplicate-identity", ["07-TB/UBKTTU"], ["ubkt_tb07_2026.txt", "ubkt_tb07b_2026.docx"],
  "the new UBKT Tỉnh ủy (khóa I) numbered two notices 07-TB/UBKTTU (10/3/2026 text; 22/6/2026 .docx)")
p("inverse-inconsistency", ["21/2022/QĐ-UBND"], ["ubnd_qd15_2025.txt", "ubnd_qd06_2026.md"],
  "An Giang's 21/2022 is replaced by 15/2025 (from 10/10/2025, second item of the replacement list) and again by 06/2026 (from 01/4/2026)")
p("overdue-plan", ["08/2020/QĐ-UBND"], ["ttr_kh12_2026.txt"],
  "tab task row 2: `Tham mưu UBND tỉnh sửa đổi, bổ sung Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh An Giang (cũ)`, `Tháng 6/2026`; nothing amends it (Kiên Giang's 08/2020 was replaced — another document; 88/BC-TTr only proposes a replacement)")
p("overdue-plan", ["02-KH/UBKTTU"], ["ubkt_kh02_2026.txt"],
  "layout task row 3 announces `Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Đảng ủy Công an tỉnh`, `Quý II/2026`; no such Quy chế", announces=True)
p("overdue-plan", ["05-QĐ/TU"], ["tu_kh18_2025.txt"],
  "prose task: `Ủy ban Kiểm tra Tỉnh ủy chủ trì, tham mưu Ban Thường vụ Tỉnh ủy sửa đổi, bổ sung Quy định số 05-QĐ/TU, ngày 28/7/2025 … hoàn thành trước ngày 30/9/2026`; only a draft with a quoted title exists (45-BC/UBKTTU)")
p("unmet-obligation", ["18-KH/TU"], ["tu_kh18_2025.txt"], "`3. Đảng ủy Công an tỉnh xây dựng kế hoạch thực hiện …`: no plan of the Đảng ủy Công an tỉnh", contains="Công an")
p("count-mismatch", ["05-KH/ĐU"], ["ph_lx_du_kh05_2025.md"], "`ban hành Kế hoạch số 05-KH/ĐU với 05 nhiệm vụ sau:` followed by 4 numbered items")
p("count-mismatch", ["07-TB/UBKTTU"], ["ubkt_tb07b_2026.docx"], ".docx table group row `Yêu cầu khắc phục (03 nội dung)` over 2 rows (the group `Ưu điểm (02 nội dung)` matches)")
p("ambiguous-id", ["12-KH/TU"], ["tu_kh18_2025.txt"],
  "new Ban Thường vụ Tỉnh ủy 15/9/2025: `tiếp tục thực hiện Kế hoạch số 12-KH/TU năm 2023 của Ban Thường vụ Tỉnh ủy (trước sắp xếp)`; both former Tỉnh ủy (An Giang 20/3/2023, Kiên Giang 14/3/2023) issued a 12-KH/TU in 2023 and the new Tỉnh ủy succeeds both")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-01-QD-UBKTTU-two-provinces", ["01-QĐ/UBKTTU"], ["ag_ubkt_qd01_2021.txt", "kg_ubkt_qd01_2021.txt"], ["duplicate-identity"])
t("same-number-12-KH-TU-two-provinces", ["12-KH/TU"], ["ag_tu_kh12_2023.txt", "kg_tu_kh12_2023.txt"], ["duplicate-identity"])
t("same-number-08-2020-two-provinces", ["08/2020/QĐ-UBND"], ["ag_ubnd_qd08_2020.txt", "kg_ubnd_qd08_2020.html"], ["duplicate-identity"])
t("same-number-02-KH-UBKTDU-two-wards", ["02-KH/UBKTĐU"], ["ph_rg_ubkt_kh02_2026.md", "ph_lx_ubkt_kh02_2026.txt"], ["duplicate-identity"])
t("ag-01-QD-in-force-cited", ["01-QĐ/UBKTTU"], ["ubkt_kh02_2026.txt", "ubkt_bc45_2026.txt", "cd_ubkt_kh07_2024.txt", "lx_ubkt_kh05_2023.txt"], ["superseded-citation", "metadata-conflict", "temporal", "ambiguous-id"])
t("ag-08-2020-in-force-after-kg-replaced", ["08/2020/QĐ-UBND"], ["ph_lx_ubnd_kh30_2025.html", "ubnd_kh210_2025.html", "ttr_kh12_2026.txt", "cd_ubkt_kh07_2024.txt"], ["superseded-citation", "metadata-conflict", "temporal", "ambiguous-id"])
t("signed-not-yet-in-force", ["08/2020/QĐ-UBND"], ["ttr_cv512_2025.html"], ["superseded-citation", "temporal", "metadata-conflict"])
t("replacement-clauses-themselves", ["08/2020/QĐ-UBND", "21/2022/QĐ-UBND", "01-QĐ/UBKTTU", "22-QĐ/TW", "86-QĐ/TW"], ["ubnd_qd15_2025.txt", "ubkt_qd03_2025.txt", "tw_qd296_2025.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("replacement-keeps-the-other-province", ["08/2020/QĐ-UBND", "01-QĐ/UBKTTU"], ["ag_ubnd_qd08_2020.txt", "ag_ubkt_qd01_2021.txt"], ["inverse-inconsistency", "superseded-citation", "cycle"])
t("proposed-replacement-ttr-report", ["08/2020/QĐ-UBND"], ["ttr_bc88_2026.txt"], ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="08/2020/QĐ-UBND", file="ttr_kh12_2026.txt"))
t("proposed-replacement-ubkt-report", ["01-QĐ/UBKTTU"], ["ubkt_bc45_2026.txt"], ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal"])
t("draft-amendment-quoted-title", ["05-QĐ/TU"], ["ubkt_bc45_2026.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="05-QĐ/TU", file="tu_kh18_2025.txt"))
t("thay-the-ordinary-word", ["11/2022/QH15", "296-QĐ/TW", "08/2020/QĐ-UBND"], ["ttr_kh12_2026.txt", "ph_ht_du_kh02_2026.txt", "ph_lx_ubnd_kh30_2025.html"], ["inverse-inconsistency", "cycle"])
t("muc-ky-luat-thay-the", ["69-QĐ/TW"], ["ubkt_tb07_2026.txt"], ["inverse-inconsistency", "cycle", "superseded-citation"])
t("amended-by-264-not-replaced", ["69-QĐ/TW", "264-QĐ/TW"], ["ubkt_tb07_2026.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"])
t("living-296-cited", ["296-QĐ/TW"], ["ph_lx_du_kh05_2025.md", "tu_kh18_2025.txt", "ubkt_qd03_2025.txt", "ubkt_kh02_2026.txt", "ubkt_qd04_2026.txt", "ubkt_tb07_2026.txt", "ph_rg_du_kh03_2026.txt", "ph_rg_du_ctr01_2026.txt", "dk_pq_du_kh04_2025.txt", "tu_qd05_2025.txt"],
  ["superseded-citation", "temporal", "dangling", "metadata-conflict"])
t("amended-not-replaced-03-QD", ["03-QĐ/UBKTTU"], ["ubkt_qd04_2026.txt", "ubkt_tb07b_2026.docx", "ubkt_kh02_2026.txt", "tu_kh18_2025.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"])
t("docx-id-split-across-runs", ["03-QĐ/UBKTTU", "04-QĐ/UBKTTU", "02-KH/UBKTTU"], ["ubkt_tb07b_2026.docx"], ["dangling", "metadata-conflict", "temporal"])
t("id-broken-across-lines", ["03-QĐ/UBKTTU"], ["dk_pq_ubkt_kh01_2026.txt"], ["dangling", "metadata-conflict", "temporal"])
t("self-reference-05-KH-DU", ["05-KH/ĐU"], ["ph_lx_du_kh05_2025.md"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict"])
t("plans-resolve-unqualified-in-new-province", ["18-KH/TU", "210/KH-UBND", "02-KH/UBKTTU", "05-KH/ĐU", "12/KH-TTr"],
  ["ph_rg_du_kh03_2026.txt", "ph_ht_du_kh02_2026.txt", "dk_pq_du_kh04_2025.txt", "ph_lx_ubnd_kh30_2025.html", "ubkt_kh02_2026.txt", "ubnd_kh210_2025.html", "ph_lx_ubkt_kh02_2026.txt", "ph_rg_ubkt_kh02_2026.md", "ttr_bc88_2026.txt", "ubkt_qd04_2026.txt"],
  ["dangling", "temporal", "metadata-conflict"])
t("rows-met-notdue-recurring-ubkt", ["03-QĐ/UBKTTU", "02-KH/UBKTTU", "01-QĐ/UBKTTU"], ["ubkt_kh02_2026.txt"], ["overdue-plan"])
t("rows-recurring-notdue-ttr", ["12/KH-TTr", "11/2022/QH15"], ["ttr_kh12_2026.txt"], ["overdue-plan"])
t("docx-activity-rows", ["07-TB/UBKTTU"], ["ubkt_tb07b_2026.docx"], ["overdue-plan"])
t("obligations-fulfilled-18-KH-TU", ["18-KH/TU"], ["tu_kh18_2025.txt"], ["unmet-obligation"])
t("obligations-fulfilled-210", ["210/KH-UBND"], ["ubnd_kh210_2025.html"], ["unmet-obligation"])
t("obligation-fulfilled-02-KH-UBKTTU", ["02-KH/UBKTTU"], ["ubkt_kh02_2026.txt"], ["unmet-obligation"])
t("obligations-fulfilled-kg-12-KH-TU", ["12-KH/TU"], ["kg_tu_kh12_2023.txt"], ["unmet-obligation", "overdue-plan"])
t("obligation-fulfilled-ag-12-KH-TU", ["12-KH/TU"], ["ag_tu_kh12_2023.txt"], ["unmet-obligation"])
t("same-day-cycle-no-temporal", ["03-KH/ĐU", "02-KH/UBKTĐU", "01-CTr/ĐU"], ["ph_rg_du_kh03_2026.txt", "ph_rg_ubkt_kh02_2026.md", "ph_rg_du_ctr01_2026.txt"], ["temporal"])
t("pre-merger-unqualified-tinh-uy", ["12-KH/TU", "01-QĐ/UBKTTU"], ["lx_ubkt_kh05_2023.txt"], ["ambiguous-id", "dangling", "metadata-conflict"])
t("former-name-after-merger", ["12-KH/TU", "04-KH/UBKT"], ["dk_pq_ubkt_kh01_2026.txt", "ph_ht_du_kh02_2026.txt"], ["dangling", "ambiguous-id", "metadata-conflict", "superseded-citation"])
t("dated-12-KH-TU-citations-decide", ["12-KH/TU"], ["cd_ubkt_kh07_2024.txt", "kg_ubkt_kh09_2024.txt"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("nfd-kg-01-before-replacement", ["01-QĐ/UBKTTU"], ["kg_ubkt_kh09_2024.txt", "kg_tu_kh12_2023.txt"], ["dangling", "metadata-conflict", "ambiguous-id", "superseded-citation"])
t("nfd-kg-01-resolves-at-ward", ["01-QĐ/UBKTTU"], ["ph_rg_ubkt_kh02_2026.md"], ["dangling", "metadata-conflict", "ambiguous-id"])
t("crlf-kg-08-2020", ["08/2020/QĐ-UBND"], ["kg_tu_kh12_2023.txt"], ["metadata-conflict", "dangling", "superseded-citation", "ambiguous-id"])
t("layout-ag-citations", ["08/2020/QĐ-UBND", "01-QĐ/UBKTTU"], ["ag_tu_kh12_2023.txt"], ["metadata-conflict", "dangling", "superseded-citation", "ambiguous-id"])
t("22-QD-TW-before-replacement", ["22-QĐ/TW"], ["ht_ubkt_kh04_2023.txt", "lx_ubkt_kh05_2023.txt", "kg_ubkt_kh09_2024.txt"], ["superseded-citation", "temporal"])
t("dated-ward-ubkt-citation", ["02-KH/UBKTĐU"], ["ph_rg_du_kh03_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("phone-fax-numbers", ["0297.3862.027", "0296.3841.350", "0296.3841.351"], ["ubnd_kh210_2025.html", "ttr_cv512_2025.html", "kg_ubnd_qd08_2020.html", "ph_lx_ubnd_kh30_2025.html"], ["dangling", "temporal", "metadata-conflict"])
t("count-matches", ["18-KH/TU", "45-BC/UBKTTU", "07-KH/UBKT", "07-TB/UBKTTU"], ["tu_kh18_2025.txt", "ubkt_bc45_2026.txt", "cd_ubkt_kh07_2024.txt", "ubkt_tb07b_2026.docx"], ["count-mismatch"])

key = dict(round=26, world="Party inspection and discipline in the new tỉnh An Giang after the merger of An Giang and Kiên Giang (1/7/2025, seat at Rạch Giá): the two former Ủy ban Kiểm tra Tỉnh ủy (each a 01-QĐ/UBKTTU of 2021), Ban Thường vụ Tỉnh ủy (each a 12-KH/TU of 2023) and UBND tỉnh (each a 08/2020/QĐ-UBND); UBND An Giang's 21/2022; the Ủy ban Kiểm tra of the former Thành ủy Long Xuyên, Châu Đốc and Hà Tiên; Quy định 296-QĐ/TW; the new Tỉnh ủy (05-QĐ/TU, 18-KH/TU), its Ủy ban Kiểm tra (03-QĐ, 02-KH, 04-QĐ, two 07-TB, 45-BC), UBND tỉnh (15/2025, 06/2026, 210/KH-UBND) and Thanh tra tỉnh (512/TTr-VP, 12/KH-TTr, 88/BC-TTr); Đảng ủy, Ủy ban Kiểm tra and UBND of the wards Long Xuyên, Rạch Giá, Hà Tiên and of đặc khu Phú Quốc",
           planted=P,
           external=["22-QĐ/TW", "86-QĐ/TW", "30-QĐ/TW", "34-KL/TW", "69-QĐ/TW", "264-QĐ/TW", "02-HD/TW", "05-HD/UBKTTW", "11/2022/QH15", "43/2023/NĐ-CP", "202/2025/QH15"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_qd06_2026.md"], ids=["21/2022/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
