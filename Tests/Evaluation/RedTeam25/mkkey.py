#!/usr/bin/env python3
"""Writes key.json for red team round 25 (the education line of the new tỉnh Gia Lai after the merger of Gia Lai and
Bình Định, 1/7/2025). Adapted from RedTeam24/mkkey.py (same key format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["45/KH-THPTTV", "03-KH/CB"], ["thpt_tv_kh45_2026.txt", "chibo_tv_kh03_2026.md"],
  "Trường THPT Trưng Vương and its chi bộ, both 12/01/2026: the school plan `Căn cứ Kế hoạch số 03-KH/CB ngày 12/01/2026 của Chi bộ`; the chi bộ plan (Markdown) `căn cứ Kế hoạch số 45/KH-THPTTV ngày 12/01/2026 của Trường`")
p("superseded-citation", ["15/2020/QĐ-UBND"], ["ph_qnd_ubnd_kh30_2026.html", "ubnd_qd22_2025.txt"],
  "UBND phường Quy Nhơn Đông 10/02/2026 (Word HTML) `Căn cứ Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định`; 22/2025 (layout, in force 01/11/2025) replaces the Bình Định 15/2020, its clause cut by a page break. Gia Lai's own 15/2020 (10/4/2020) stays in force")
p("superseded-citation", ["120/KH-SGDĐT"], ["thpt_pk_kh18_2026.txt", "sgd_kh35_2026.txt"],
  "Trường THPT Pleiku 20/3/2026 `Căn cứ Kế hoạch số 120/KH-SGDĐT ngày 20/02/2023 của Sở GD&ĐT tỉnh Gia Lai`; 35/KH-SGDĐT (16/3/2026) `có hiệu lực kể từ ngày ký và thay thế Kế hoạch số 120/KH-SGDĐT ngày 20/02/2023 … tỉnh Gia Lai (trước sắp xếp)`. Bình Định's 120/KH-SGDĐT (06/3/2023) stays in force")
p("superseded-citation", ["31/2022/QĐ-UBND"], ["cdn_kh09_2026.txt", "ubnd_qd22_2025.txt"],
  "Công đoàn ngành Giáo dục 10/4/2026 `Căn cứ Quyết định số 31/2022/QĐ-` / `UBND ngày 15/9/2022 của UBND tỉnh Gia Lai` (the id cut across two lines); repealed by 22/2025 from 01/11/2025 (and replaced by 04/2026 from 01/02/2026)")
p("temporal", ["35/KH-SGDĐT"], ["xa_iagrai_ubnd_kh12_2026.txt", "sgd_kh35_2026.txt"],
  "UBND xã Ia Grai 02/3/2026 `Thực hiện … Kế hoạch số 35/KH-SGDĐT ngày 16/3/2026 của Sở Giáo dục và Đào tạo`")
p("metadata-conflict", ["35/KH-SGDĐT"], ["thpt_pk_kh18_2026.txt", "sgd_kh35_2026.txt"],
  "Trường THPT Pleiku cites `Kế hoạch số 35/KH-SGDĐT ngày 18/3/2026`; header 16/3/2026")
p("metadata-conflict", ["15-KH/TU"], ["td_kh20_2025.txt", "tu_kh15_2025.txt"],
  "Tỉnh đoàn cites `Kế hoạch số 15-KH/TU, ngày 01/10/2025 của Ban Thường vụ Tỉnh ủy`; header 10/10/2025")
p("duplicate-identity", ["12-KH/ĐU"], ["du_sgd_kh12_2025.txt", "du_sgd_kh12b_2026.docx"],
  "Đảng ủy Sở GD&ĐT (new province, term 2025-2030) numbered two plans 12-KH/ĐU (15/11/2025 text; 05/3/2026 .docx)")
p("inverse-inconsistency", ["31/2022/QĐ-UBND"], ["ubnd_qd22_2025.txt", "ubnd_qd04_2026.md"],
  "Gia Lai's 31/2022 repealed by 22/2025 (from 01/11/2025), then `thay thế` by 04/2026 (from 01/02/2026)")
p("overdue-plan", ["22/2025/QĐ-UBND"], ["sgd_kh35_2026.txt"],
  "tab task row 1: amend 22/2025, deadline `Quý II/2026`; only a draft exists (sgd_bc245, a quoted title with `Sửa đổi, bổ sung`)")
p("overdue-plan", ["35/KH-SGDĐT"], ["sgd_kh35_2026.txt"],
  "row 2 announces Đề án “Phát triển trường phổ thông nội trú liên cấp tại các xã biên giới …”, deadline `Tháng 8/2026`; no such Đề án", announces=True)
p("overdue-plan", ["15/2020/QĐ-UBND"], ["tu_kh15_2025.txt"],
  "prose task: `Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh sửa đổi, bổ sung Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Gia Lai (trước sắp xếp) … hoàn thành trước ngày 30/6/2026`; nothing amends it (the Bình Định 15/2020 was replaced, a different document; the Sở only proposes a replacement)")
p("unmet-obligation", ["15-KH/TU"], ["tu_kh15_2025.txt"], "`5. Hội Khuyến học tỉnh xây dựng chương trình xây dựng xã hội học tập …`: no programme of the Hội", contains="Khuyến học")
p("count-mismatch", ["12-KH/ĐU"], ["du_sgd_kh12b_2026.docx"], ".docx table group row `Học kỳ II năm học 2025 - 2026 (04 nội dung)` over 3 rows")
p("count-mismatch", ["20-KH/TĐTN"], ["td_kh20_2025.txt"], "prose `tập trung thực hiện 03 nhiệm vụ sau:` followed by 4 numbered items")
p("ambiguous-id", ["05-NQ/TU"], ["cdn_kh09_2026.txt"],
  "Công đoàn ngành Giáo dục 10/4/2026: undated `Nghị quyết số 05-NQ/TU của Tỉnh ủy Gia Lai`; the former Tỉnh ủy Gia Lai (khóa XVI, 15/6/2021) and the new Tỉnh ủy Gia Lai (khóa I, 20/01/2026) both have one, under the same name")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-three-05-NQ-TU", ["05-NQ/TU"], ["gl_tu_nq05_2021.txt", "bd_tu_nq05_2021.txt", "tu_nq05_2026.txt"], ["duplicate-identity"])
t("same-number-two-provinces-QD15", ["15/2020/QĐ-UBND"], ["gl_ubnd_qd15_2020.txt", "bd_ubnd_qd15_2020.html"], ["duplicate-identity"])
t("same-number-two-provinces-KH120", ["120/KH-SGDĐT"], ["gl_sgd_kh120_2023.txt", "bd_sgd_kh120_2023.txt"], ["duplicate-identity"])
t("same-number-two-wards-05-KH-DU", ["05-KH/ĐU"], ["ph_qnd_du_kh05_2026.md", "xa_iagrai_du_kh05_2026.txt"], ["duplicate-identity"])
t("two-terms-03-NQ-DU-Dang-uy-So", ["03-NQ/ĐU"], ["bd_du_sgd_nq03_2021.txt", "du_sgd_nq03_2025.txt"], ["duplicate-identity"])
t("old-Gia-Lai-12-KH-DU-other-term", ["12-KH/ĐU"], ["gl_du_sgd_kh12_2023.txt"], ["duplicate-identity", "superseded-citation", "temporal"])
t("gl-15-2020-in-force-after-bd-replaced", ["15/2020/QĐ-UBND"], ["xa_iagrai_ubnd_kh12_2026.txt", "cdn_kh09_2026.txt", "tu_kh15_2025.txt"], ["superseded-citation", "metadata-conflict", "temporal"])
t("bd-120-in-force-cited-by-former-name", ["120/KH-SGDĐT"], ["thpt_tv_kh45_2026.txt"], ["superseded-citation", "metadata-conflict", "temporal"])
t("signed-not-yet-in-force", ["15/2020/QĐ-UBND"], ["sgd_cv1850_2025.html", "btgdv_kh08_2025.md"], ["superseded-citation", "temporal", "metadata-conflict"])
t("both-15-2020-in-one-sentence", ["15/2020/QĐ-UBND"], ["sgd_qd512_2025.txt"], ["superseded-citation", "metadata-conflict", "ambiguous-id", "dangling"])
t("replacement-clauses-themselves", ["15/2020/QĐ-UBND", "31/2022/QĐ-UBND", "120/KH-SGDĐT"], ["ubnd_qd22_2025.txt", "sgd_kh35_2026.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("replacements-pick-the-right-province", ["15/2020/QĐ-UBND", "120/KH-SGDĐT"], ["gl_ubnd_qd15_2020.txt", "bd_sgd_kh120_2023.txt", "sgd_bc245_2026.txt", "gl_sgd_kh120_2023.txt"], ["inverse-inconsistency", "superseded-citation"])
t("proposed-replacement-in-report", ["15/2020/QĐ-UBND"], ["sgd_bc245_2026.txt"], ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal"])
t("draft-amendment-quoted-title", ["22/2025/QĐ-UBND"], ["sgd_bc245_2026.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="22/2025/QĐ-UBND", file="sgd_kh35_2026.txt"))
t("restated-replacement-in-propaganda-plan", ["15/2020/QĐ-UBND", "22/2025/QĐ-UBND"], ["btgdv_kh08_2025.md"], ["inverse-inconsistency", "cycle", "superseded-citation"])
t("day-thay-the-ordinary-word", ["15/2020/QĐ-UBND", "08/2024/NQ-HĐND"], ["cdn_kh09_2026.txt", "ubnd_kh1120_2025.html"], ["inverse-inconsistency", "cycle"])
t("amended-not-replaced-08-2024", ["08/2024/NQ-HĐND"], ["cdn_kh09_2026.txt", "ubnd_qd04_2026.md", "ubnd_kh1120_2025.html", "hdnd_nq18_2025.txt"], ["superseded-citation", "inverse-inconsistency", "temporal", "metadata-conflict", "dangling"])
t("ocr-scan-hdnd-resolves", ["08/2024/NQ-HĐND"], ["gl_hdnd_nq08_2024_scan.txt", "ubnd_qd04_2026.md"], ["dangling", "duplicate-identity"])
t("living-22-2025-cited", ["22/2025/QĐ-UBND"], ["ubnd_kh1120_2025.html", "sgd_cv1850_2025.html", "sgd_kh35_2026.txt", "btgdv_kh08_2025.md"], ["superseded-citation", "temporal", "dangling", "metadata-conflict"])
t("self-reference-05-KH-DU", ["05-KH/ĐU"], ["ph_qnd_du_kh05_2026.md"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict"])
t("met-notdue-recurring-rows", ["15-KH/TU", "05-NQ/TU", "22/2025/QĐ-UBND"], ["sgd_kh35_2026.txt"], ["overdue-plan"])
t("recurring-rows-ward", ["05-NQ/TU", "05-KH/ĐU"], ["ph_qnd_du_kh05_2026.md"], ["overdue-plan"])
t("report-deadline-met-by-chi-bo", ["12-KH/ĐU", "15-KH/TU"], ["du_sgd_kh12_2025.txt"], ["overdue-plan", "unmet-obligation"])
t("obligations-fulfilled-15-KH-TU", ["15-KH/TU"], ["tu_kh15_2025.txt"], ["unmet-obligation"])
t("obligations-fulfilled-1120", ["1120/KH-UBND"], ["ubnd_kh1120_2025.html"], ["unmet-obligation"])
t("obligation-fulfilled-ward-chi-bo", ["07-KH/ĐU"], ["ph_pleiku_du_kh07_2026_scan.txt"], ["unmet-obligation"])
t("obligations-fulfilled-old-05-NQ", ["05-NQ/TU"], ["gl_tu_nq05_2021.txt", "bd_tu_nq05_2021.txt", "tu_nq05_2026.txt"], ["unmet-obligation"])
t("same-day-cycle-no-temporal", ["45/KH-THPTTV", "03-KH/CB"], ["thpt_tv_kh45_2026.txt", "chibo_tv_kh03_2026.md"], ["temporal"])
t("dated-05-NQ-TU-citations-decide", ["05-NQ/TU"], ["gl_sgd_kh120_2023.txt", "bd_sgd_kh120_2023.txt", "tu_kh15_2025.txt", "ph_pleiku_du_kh07_2026_scan.txt", "du_sgd_kh12b_2026.docx", "ph_qnd_du_kh05_2026.md", "xa_iagrai_du_kh05_2026.txt", "gl_du_sgd_kh12_2023.txt", "bd_du_sgd_nq03_2021.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("nfd-local-15-2020-by-date", ["15/2020/QĐ-UBND"], ["bd_tu_nq05_2021.txt"], ["metadata-conflict", "temporal", "dangling", "superseded-citation"])
t("crlf-bd-citations", ["05-NQ/TU", "15/2020/QĐ-UBND"], ["bd_sgd_kh120_2023.txt"], ["metadata-conflict", "dangling", "superseded-citation", "ambiguous-id"])
t("layout-gl-citations", ["15/2020/QĐ-UBND", "05-NQ/TU"], ["gl_sgd_kh120_2023.txt"], ["metadata-conflict", "dangling", "superseded-citation", "ambiguous-id"])
t("dated-12-KH-DU-and-03-NQ-DU", ["12-KH/ĐU", "03-NQ/ĐU"], ["chibo_tv_kh03_2026.md", "du_sgd_kh12_2025.txt"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("letter-number-resolves", ["1850/SGDĐT-GDTrH"], ["thpt_tv_kh45_2026.txt"], ["dangling", "metadata-conflict", "temporal"])
t("phone-fax-numbers", ["0256.3822.144", "0256.3846.215", "0256.3846.216"], ["ubnd_kh1120_2025.html", "ph_qnd_ubnd_kh30_2026.html", "sgd_cv1850_2025.html", "bd_ubnd_qd15_2020.html"], ["dangling", "temporal", "metadata-conflict"])
t("count-matches", ["12-KH/ĐU", "245/BC-SGDĐT", "512/QĐ-SGDĐT"], ["du_sgd_kh12b_2026.docx", "sgd_bc245_2026.txt", "sgd_qd512_2025.txt"], ["count-mismatch"])
t("plans-and-ward-plans-resolve", ["1120/KH-UBND", "07-KH/ĐU", "15-KH/TU"], ["sgd_kh35_2026.txt", "ph_qnd_ubnd_kh30_2026.html", "xa_iagrai_ubnd_kh12_2026.txt", "chibo_pk_kh02_2026.txt", "btgdv_kh08_2025.md", "du_sgd_kh12_2025.txt", "cdn_kh09_2026.txt", "sgd_bc245_2026.txt"],
  ["dangling", "metadata-conflict", "temporal"])

key = dict(round=25, world="The education line of the new tỉnh Gia Lai after the merger of Gia Lai and Bình Định (1/7/2025, seat at Quy Nhơn): the two former Tỉnh ủy (each a 05-NQ/TU of 2021), UBND (each a 15/2020/QĐ-UBND) and Sở Giáo dục và Đào tạo (each a 120/KH-SGDĐT of 2023); HĐND tỉnh Gia Lai; the former Đảng ủy Sở of both sides; the new Tỉnh ủy (khóa I, its own 05-NQ/TU), Ban Tuyên giáo và Dân vận, UBND tỉnh, HĐND and Sở; the new Đảng ủy Sở; Trường THPT Trưng Vương and Trường THPT Pleiku with their chi bộ; Đảng ủy and UBND of wards and communes after the 2025 reform; Tỉnh đoàn; Công đoàn ngành Giáo dục",
           planted=P,
           external=["29-NQ/TW", "91-KL/TW", "71-NQ/TW", "43/2019/QH14", "81/2021/NĐ-CP", "29/2024/TT-BGDĐT", "32/2020/TT-BGDĐT", "1705/QĐ-TTg", "202/2025/QH15", "540/KH-UBND", "210/TTr-SGDĐT"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_qd04_2026.md"], ids=["31/2022/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
