#!/usr/bin/env python3
"""Writes key.json for red team round 43 (the sea economy and tourism of tỉnh Khánh Hòa, into which tỉnh Ninh Thuận was
merged on 1/7/2025, 2021-2026). Adapted from RedTeam37/mkkey.py (same key format, read by the same score.py). Written
before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["30-KH/HU", "52/KH-UBND"], ["hu_np_kh30_2024.txt", "ubnd_np_kh52_2024.txt"],
  "huyện Ninh Phước, both 15/3/2024: Huyện ủy 30-KH/HU (CRLF) `Căn cứ Kế hoạch số 52/KH-UBND, ngày 15/3/2024 của Ủy ban nhân dân huyện Ninh Phước`; UBND huyện 52/KH-UBND `Thực hiện Kế hoạch số 30-KH/HU ngày 15/3/2024 của Ban Thường vụ Huyện ủy Ninh Phước`")
p("superseded-citation", ["15/2021/NQ-HĐND"], ["ubp_cr_kh09_2026.txt", "hdnd_kh_nq22_2025.txt", "hdnd_kh_nq15_2021.txt"],
  "UBND phường Cam Ranh 10/02/2026 `Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Khánh Hòa` — replaced by 22/2025/NQ-HĐND from 01/01/2026, and in force only `đến hết ngày 31 tháng 12 năm 2025` by its own clause")
p("superseded-citation", ["15/2021/NQ-HĐND"], ["ubx_np_kh12_2026.txt", "hdnd_nt_nq15_2021.html"],
  "UBND xã Ninh Phước 20/3/2026 `Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 20/8/2021 của Hội đồng nhân dân tỉnh Ninh Thuận (cũ)` — `Nghị quyết này được áp dụng đến hết năm 2025`; expired by its own term, nothing replaces it")
p("superseded-citation", ["12/2018/NQ-HĐND"], ["ubnd_np_kh41_2022.txt", "hdnd_nt_nq15_2021.html"],
  "UBND huyện Ninh Phước 12/5/2022 `Căn cứ Nghị quyết số 12/2018/NQ-HĐND ngày 19/7/2018 …` (external) — replaced by Ninh Thuận's 15/2021/NQ-HĐND from 01/9/2021")
p("temporal", ["12-CTr/TU"], ["hu_vn_kh18_2022.txt", "tu_kh_ctr12_2022.txt"],
  "Huyện ủy Vạn Ninh 10/5/2022 (OCR-like) `Thực hiện Chương trình số 12-CTr/TU, ngày 20/5/2022 của Tỉnh ủy Khánh Hòa` — ten days before the programme")
p("metadata-conflict", ["05-NQ/TU"], ["ubnd_cr_kh64_2023.txt", "tu_kh_nq05_2021.txt"],
  "UBND thành phố Cam Ranh 20/3/2023 cites `Nghị quyết số 05-NQ/TU ngày 25/6/2021 của Tỉnh ủy Khánh Hòa`; the resolution is of 15/6/2021 (the other 05-NQ/TU of Tỉnh ủy Khánh Hòa, khóa I, is of 12/3/2026)")
p("metadata-conflict", ["15/2021/NQ-HĐND"], ["ubnd_prtc_kh88_2023.md", "hdnd_nt_nq15_2021.html"],
  "UBND thành phố Phan Rang - Tháp Chàm 12/6/2023 (Markdown) cites `Nghị quyết số 15/2021/NQ-HĐND ngày 28/8/2021 của Hội đồng nhân dân tỉnh Ninh Thuận`; Ninh Thuận's is of 20/8/2021 (Khánh Hòa's 15/2021 is of 10/12/2021 — the issuer decides)")
p("duplicate-identity", ["75/KH-UBND"], ["ubnd_dk_kh75_2023a.txt", "ubnd_dk_kh75_2023b.md"],
  "UBND huyện Diên Khánh numbered two plans 75/KH-UBND in 2023 (10/3/2023 and 18/9/2023)")
p("inverse-inconsistency", ["15/2021/NQ-HĐND"], ["hdnd_kh_nq22_2025.txt", "hdnd_kh_nq24_2025.txt"],
  "Khánh Hòa's 15/2021/NQ-HĐND is replaced by 22/2025/NQ-HĐND (the tourism-support resolution that really succeeds it) and again by 24/2025/NQ-HĐND (a fishing-boat resolution of the same session that lists it by mistake) — two documents say different things about what replaces it")
p("overdue-plan", ["120/KH-UBND"], ["ubnd_kh_kh120_2022.txt"],
  "120/KH-UBND (Khánh Hòa) row 3 announces `Ban hành Quy chế quản lý hoạt động du lịch biển trên địa bàn thành phố Cam Ranh`, `Quý II/2024`; no such Quy chế (215/BC-SDL: `chưa hoàn thành`), while row 1 of the same plan was moved to Quý IV/2026",
  announces=True, contains="Quy chế")
p("overdue-plan", ["22/2025/NQ-HĐND"], ["ubnd_kh_kh45_2026.txt"],
  "45/KH-UBND row 1: `Tham mưu sửa đổi, bổ sung Nghị quyết số 22/2025/NQ-HĐND …`, `Quý III/2026`; nothing amends it (812/SDL-QLDL only comments on a draft's title)")
p("overdue-plan", ["35/2025/QĐ-UBND"], ["ubnd_kh_kh45_2026.txt"],
  "45/KH-UBND row 2: `Sửa đổi, bổ sung Quyết định số 35/2025/QĐ-UBND …`, `Quý II/2026`; nothing amends it; 3905/UBND-KT moves it to Quý II/2027 only on 02/12/2026, after the as-of date")
p("unmet-obligation", ["05-NQ/TU"], ["tu_kh_nq05_2021.txt"],
  "`2. Ban Dân vận Tỉnh ủy xây dựng kế hoạch tuyên truyền, vận động ngư dân thực hiện Nghị quyết này.`: no plan of the Ban Dân vận", contains="Ban Dân vận")
p("count-mismatch", ["75/KH-UBND"], ["ubnd_dk_kh75_2023a.txt"], "UBND huyện Diên Khánh 10/3/2023: `tập trung 03 nhóm giải pháp sau:` followed by 2 numbered items")
p("count-mismatch", ["52/KH-UBND"], ["ubnd_vn_kh52_2024.txt"], "UBND huyện Vạn Ninh 22/4/2024: `thực hiện 04 nhiệm vụ sau:` followed by 3 numbered items")
p("ambiguous-id", ["120/KH-UBND"], ["sdl_kh_bc215_2026.html"],
  "Sở Du lịch 15/6/2026 (Word HTML): `các nhiệm vụ theo Kế hoạch số 120/KH-UBND năm 2022 của Ủy ban nhân dân tỉnh (trước hợp nhất)` — no date, no former province: both UBND tỉnh Khánh Hòa and UBND tỉnh Ninh Thuận issued a 120/KH-UBND in 2022")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-15-2021-two-provinces", ["15/2021/NQ-HĐND"], ["hdnd_kh_nq15_2021.txt", "hdnd_nt_nq15_2021.html"], ["duplicate-identity"])
t("same-number-120-KH-UBND-2022-two-provinces", ["120/KH-UBND"], ["ubnd_kh_kh120_2022.txt", "ubnd_nt_kh120_2022.txt"], ["duplicate-identity"])
t("dated-and-re-mentioned-120-resolve", ["120/KH-UBND"],
  ["ubnd_cr_kh64_2023.txt", "ubnd_dk_kh75_2023a.txt", "ubnd_kh_qd1650_2024.html", "ubnd_kh_qd2150_2024.txt", "ubnd_kh_kh45_2026.txt",
   "ubnd_nt_qd455_2023.txt", "ubnd_np_kh52_2024.txt", "ubnd_np_kh41_2022.txt", "ubnd_prtc_kh88_2023.md"], ["ambiguous-id", "metadata-conflict"])
t("dated-and-re-mentioned-15-2021-resolve", ["15/2021/NQ-HĐND"],
  ["hdnd_kh_nq09_2023.txt", "ubnd_kh_kh120_2022.txt", "ubnd_kh_kh30_2022.docx", "ubnd_dk_kh75_2023b.md", "ubnd_kh_qd35_2025.txt", "hdnd_kh_nq22_2025.txt",
   "hdnd_kh_nq24_2025.txt", "ubx_dk_kh07_2025.txt", "ubp_cr_kh09_2026.txt", "ubx_np_kh12_2026.txt", "sdl_kh_bc215_2026.html"], ["ambiguous-id", "metadata-conflict"])
t("party-number-restarts-05-NQ-TU", ["05-NQ/TU"],
  ["tu_kh_nq05_2021.txt", "tu_kh_nq05_2026.txt", "ubnd_kh_kh45_2026.txt", "ubnd_kh_kh120_2022.txt", "tu_kh_ctr12_2022.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "cycle", "temporal"])
t("52-KH-UBND-two-districts", ["52/KH-UBND"],
  ["ubnd_vn_kh52_2024.txt", "ubnd_np_kh52_2024.txt", "hu_np_kh30_2024.txt", "ubx_np_kh12_2026.txt", "ubx_vn_kh05_2026.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling"])
t("renewed-before-expiry-cited-in-between", ["15/2021/NQ-HĐND", "22/2025/NQ-HĐND"], ["ubx_dk_kh07_2025.txt"],
  ["superseded-citation", "temporal", "dangling", "ambiguous-id"])
t("cited-before-own-term-ends", ["15/2021/NQ-HĐND"], ["ubnd_kh_qd35_2025.txt", "ubnd_dk_kh75_2023b.md", "ubnd_kh_kh120_2022.txt", "ubnd_kh_kh30_2022.docx"],
  ["superseded-citation"])
t("amendment-keeps-amended-in-force", ["15/2021/NQ-HĐND", "09/2023/NQ-HĐND"], ["hdnd_kh_nq09_2023.txt", "ubnd_kh_qd35_2025.txt", "ubnd_dk_kh75_2023b.md"],
  ["superseded-citation", "inverse-inconsistency", "cycle"])
t("replace-clauses-themselves", ["15/2021/NQ-HĐND", "12/2018/NQ-HĐND"], ["hdnd_kh_nq22_2025.txt", "hdnd_kh_nq24_2025.txt", "hdnd_nt_nq15_2021.html"],
  ["superseded-citation", "temporal", "metadata-conflict"])
t("one-task-moved-another-overdue", ["120/KH-UBND", "2150/QĐ-UBND"], ["ubnd_kh_kh120_2022.txt", "ubnd_kh_qd2150_2024.txt"],
  ["overdue-plan", "superseded-citation", "inverse-inconsistency", "cycle"],
  requires_planted=dict(rule="overdue-plan", id="120/KH-UBND", file="ubnd_kh_kh120_2022.txt"))
t("deadlines-met-by-later-documents", ["120/KH-UBND", "15/2021/NQ-HĐND", "455/QĐ-UBND", "09/2023/NQ-HĐND"], ["ubnd_kh_kh120_2022.txt", "ubnd_nt_kh120_2022.txt"],
  ["overdue-plan"])
t("extended-programme-not-overdue", ["07/CTr-UBND", "1120/QĐ-UBND"], ["ubnd_nt_ctr07_2022.txt", "ubnd_nt_qd1120_2024.txt"],
  ["overdue-plan", "superseded-citation", "inverse-inconsistency"])
t("move-after-as-of-does-not-count", ["35/2025/QĐ-UBND", "45/KH-UBND", "3905/UBND-KT"], ["ubnd_kh_cv3905_2026.txt"],
  ["superseded-citation", "temporal", "inverse-inconsistency", "cycle"],
  requires_planted=dict(rule="overdue-plan", id="35/2025/QĐ-UBND", file="ubnd_kh_kh45_2026.txt"))
t("quoted-draft-title-sua-doi-bo-sung", ["22/2025/NQ-HĐND"], ["sdl_kh_cv812_2026.txt"], ["superseded-citation", "inverse-inconsistency", "cycle"],
  requires_planted=dict(rule="overdue-plan", id="22/2025/NQ-HĐND", file="ubnd_kh_kh45_2026.txt"))
t("proposed-replacement-of-35-2025", ["35/2025/QĐ-UBND"],
  ["sdl_kh_cv812_2026.txt", "sdl_kh_bc215_2026.html", "ubnd_kh_kh45_2026.txt", "ubnd_kh_cv3905_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal"])
t("dieu-chinh-of-capital-and-master-plan", ["120/KH-UBND", "318/QĐ-TTg", "1650/QĐ-UBND", "55/2022/QH15"], ["ubnd_kh_qd1650_2024.html"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "overdue-plan", "temporal"])
t("thay-the-ordinary-word", ["05-NQ/TU", "15/2021/NQ-HĐND", "75/KH-UBND", "30-KH/HU", "24/2025/NQ-HĐND", "120/KH-UBND"],
  ["tu_kh_nq05_2021.txt", "hdnd_kh_nq15_2021.txt", "ubnd_dk_kh75_2023a.txt", "hu_np_kh30_2024.txt", "hdnd_kh_nq24_2025.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation"])
t("recurring-or-not-yet-due-rows", ["120/KH-UBND", "45/KH-UBND", "07/KH-UBND", "05/KH-UBND", "52/KH-UBND", "88/KH-UBND", "12/KH-UBND", "09/KH-UBND", "18-KH/HU", "12-CTr/TU", "05-NQ/TU"],
  ["ubnd_nt_kh120_2022.txt", "ubx_dk_kh07_2025.txt", "ubx_vn_kh05_2026.txt", "ubnd_np_kh52_2024.txt", "ubnd_prtc_kh88_2023.md", "ubx_np_kh12_2026.txt",
   "ubp_cr_kh09_2026.txt", "hu_vn_kh18_2022.txt", "tu_kh_ctr12_2022.txt", "ubnd_vn_kh52_2024.txt", "tu_kh_nq05_2021.txt", "ubnd_kh_kh45_2026.txt"],
  ["overdue-plan"])
t("dated-activities-announce-no-document", ["41/KH-UBND", "30/KH-UBND"], ["ubnd_np_kh41_2022.txt", "ubnd_kh_kh30_2022.docx"], ["overdue-plan"])
t("self-references", ["05-NQ/TU", "10-NQ/TU", "15/2021/NQ-HĐND", "22/2025/NQ-HĐND", "18-KH/HU", "12-CTr/TU", "120/KH-UBND"],
  ["tu_kh_nq05_2021.txt", "tu_kh_nq05_2026.txt", "tu_nt_nq10_2021.md", "hdnd_kh_nq15_2021.txt", "hdnd_kh_nq22_2025.txt", "hu_vn_kh18_2022.txt",
   "tu_kh_ctr12_2022.txt", "ubnd_kh_kh120_2022.txt"], ["cycle", "dangling", "duplicate-identity"])
t("former-district-name-after-2025", ["75/KH-UBND", "64/KH-UBND", "52/KH-UBND", "18-KH/HU"],
  ["ubx_dk_kh07_2025.txt", "ubp_cr_kh09_2026.txt", "ubx_np_kh12_2026.txt", "ubx_vn_kh05_2026.txt"], ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("dated-citation-of-duplicated-number", ["75/KH-UBND"], ["ubx_dk_kh07_2025.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("obligations-fulfilled", ["05-NQ/TU", "10-NQ/TU", "15/2021/NQ-HĐND"],
  ["tu_kh_nq05_2021.txt", "tu_kh_nq05_2026.txt", "tu_nt_nq10_2021.md", "hdnd_kh_nq15_2021.txt"], ["unmet-obligation"])
t("counted-lists-match", ["12-CTr/TU", "45/KH-UBND", "22/2025/NQ-HĐND"], ["tu_kh_ctr12_2022.txt", "ubnd_kh_kh45_2026.txt", "hdnd_kh_nq22_2025.txt"], ["count-mismatch"])
t("nfd-crlf-ocr-identity", ["1120/QĐ-UBND", "07/CTr-UBND", "30-KH/HU", "52/KH-UBND", "10-NQ/TU", "18-KH/HU", "12-CTr/TU"],
  ["ubnd_nt_qd1120_2024.txt", "hu_np_kh30_2024.txt", "hu_vn_kh18_2022.txt"], ["dangling", "ambiguous-id"])
t("html-portal-word-identity", ["15/2021/NQ-HĐND", "1650/QĐ-UBND", "120/KH-UBND", "215/BC-SDL", "45/KH-UBND", "2150/QĐ-UBND", "35/2025/QĐ-UBND"],
  ["hdnd_nt_nq15_2021.html", "ubnd_kh_qd1650_2024.html", "sdl_kh_bc215_2026.html"], ["dangling"])
t("docx-id-split-across-runs", ["15/2021/NQ-HĐND", "30/KH-UBND"], ["ubnd_kh_kh30_2022.docx"], ["dangling", "ambiguous-id"])
t("markdown-identity", ["10-NQ/TU", "75/KH-UBND", "88/KH-UBND", "15/2021/NQ-HĐND", "120/KH-UBND"],
  ["tu_nt_nq10_2021.md", "ubnd_dk_kh75_2023b.md", "ubnd_prtc_kh88_2023.md"], ["dangling"])
t("layout-identity", ["05-NQ/TU", "15/2021/NQ-HĐND", "120/KH-UBND", "10-NQ/TU"],
  ["tu_kh_nq05_2021.txt", "hdnd_kh_nq15_2021.txt", "ubnd_nt_kh120_2022.txt"], ["dangling", "metadata-conflict"])
t("same-day-cycle-no-temporal", ["30-KH/HU", "52/KH-UBND"], ["hu_np_kh30_2024.txt", "ubnd_np_kh52_2024.txt"], ["temporal", "metadata-conflict", "ambiguous-id"])
t("temporal-not-other-van-ninh", ["12-CTr/TU"], ["hu_vn_kh18_2022.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="12-CTr/TU", file="hu_vn_kh18_2022.txt"))
t("date-conflict-not-other-cam-ranh", ["05-NQ/TU"], ["ubnd_cr_kh64_2023.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="05-NQ/TU", file="ubnd_cr_kh64_2023.txt"))
t("date-conflict-not-other-phan-rang", ["15/2021/NQ-HĐND"], ["ubnd_prtc_kh88_2023.md"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="15/2021/NQ-HĐND", file="ubnd_prtc_kh88_2023.md"))
t("superseded-not-other-ninh-phuoc", ["15/2021/NQ-HĐND", "52/KH-UBND"], ["ubx_np_kh12_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="15/2021/NQ-HĐND", file="ubx_np_kh12_2026.txt"))
t("superseded-not-other-cam-ranh", ["15/2021/NQ-HĐND", "64/KH-UBND"], ["ubp_cr_kh09_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="15/2021/NQ-HĐND", file="ubp_cr_kh09_2026.txt"))
t("ambiguous-not-other-report", ["120/KH-UBND"], ["sdl_kh_bc215_2026.html"], ["dangling", "metadata-conflict"],
  requires_planted=dict(rule="ambiguous-id", id="120/KH-UBND", file="sdl_kh_bc215_2026.html"))
t("expiry-and-status-narrated-in-report", ["15/2021/NQ-HĐND", "2150/QĐ-UBND", "35/2025/QĐ-UBND", "45/KH-UBND"], ["sdl_kh_bc215_2026.html"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal", "overdue-plan"])
t("party-issuer-names-used-loosely", ["05-NQ/TU", "30-KH/HU", "10-NQ/TU"],
  ["ubnd_kh_kh120_2022.txt", "tu_kh_ctr12_2022.txt", "ubnd_np_kh52_2024.txt", "ubnd_nt_kh120_2022.txt", "hu_np_kh30_2024.txt", "ubnd_nt_ctr07_2022.txt", "tu_kh_nq05_2026.txt"],
  ["metadata-conflict", "ambiguous-id"])
t("phone-fax-numbers", ["0258.3822.661", "0258.3822.662", "0259.3822.604", "0259.3822.605", "0258.3810.254", "0258.3810.255"],
  ["ubnd_kh_qd1650_2024.html", "hdnd_nt_nq15_2021.html", "sdl_kh_bc215_2026.html"], ["dangling", "temporal", "metadata-conflict"])

key = dict(round=43, world="The sea economy and tourism of tỉnh Khánh Hòa, into which tỉnh Ninh Thuận was merged on 1/7/2025 (districts abolished, communes and wards merged), 2021-2026: Tỉnh ủy Khánh Hòa 05-NQ/TU (khóa XVIII, 2021), 12-CTr/TU (2022), 05-NQ/TU (khóa I, 2026); Tỉnh ủy Ninh Thuận 10-NQ/TU (2021); Huyện ủy Vạn Ninh 18-KH/HU, Ninh Phước 30-KH/HU; HĐND Khánh Hòa 15/2021 (to 31/12/2025), 09/2023 (amends it), 22/2025 (renews it from 01/01/2026), 24/2025; HĐND Ninh Thuận 15/2021 (applied to the end of 2025; replaces 12/2018); UBND Khánh Hòa 30/KH-UBND, 120/KH-UBND (2022), 1650/QĐ-UBND (capital), 2150/QĐ-UBND (moves one deadline), 35/2025/QĐ-UBND, 45/KH-UBND (2026), 3905/UBND-KT (after the as-of date); UBND Ninh Thuận 07/CTr-UBND, 120/KH-UBND (2022), 455/QĐ-UBND, 1120/QĐ-UBND (extends 07/CTr-UBND); Sở Du lịch 215/BC-SDL, 812/SDL-QLDL; UBND thành phố Cam Ranh 64/KH-UBND, Phan Rang - Tháp Chàm 88/KH-UBND, huyện Diên Khánh 75/KH-UBND ×2, Vạn Ninh 52/KH-UBND, Ninh Phước 41/KH-UBND and 52/KH-UBND; UBND xã Diên Khánh 07/KH-UBND, phường Cam Ranh 09/KH-UBND, xã Ninh Phước 12/KH-UBND, xã Vạn Ninh 05/KH-UBND",
           planted=P,
           external=["36-NQ/TW", "09-NQ/TW", "55/2022/QH15", "202/2025/QH15", "80/2015/QH13", "63/2020/QH14", "64/2025/QH15", "163/2016/NĐ-CP",
                     "318/QĐ-TTg", "12/2018/NQ-HĐND", "1466/TTr-SDL", "3310/STC-NS", "905/SDL-QLDL"],
           collateral=[], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
