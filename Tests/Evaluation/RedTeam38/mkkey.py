#!/usr/bin/env python3
"""Writes key.json for red team round 38 (Huế becomes a centrally-run city on 1/1/2025: preservation of the Quần thể di
tích Cố đô Huế and urban order, 2019-2026). Adapted from RedTeam37/mkkey.py (same key format, read by the same score.py).
Written and run before the first docgraph run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["05-NQ/ĐU", "27/KH-UBND"], ["du_px_nq05_2025.txt", "ubp_px_kh27_2025.md"],
  "phường Phú Xuân, both 10/9/2025: Đảng ủy 05-NQ/ĐU `Trên cơ sở Kế hoạch số 27/KH-UBND ngày 10/9/2025 …`; UBND phường 27/KH-UBND (Markdown headings) `Cụ thể hóa Nghị quyết số 05-NQ/ĐU ngày 10/9/2025 …`")
p("superseded-citation", ["12/2021/NQ-HĐND"], ["ubp_th_kh12_2026.txt", "hdnd_tth_nq12_2021.html"],
  "UBND phường Thuận Hóa 05/3/2026 `Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 …` — the resolution says `có hiệu lực từ ngày 01 tháng 8 năm 2021 đến hết ngày 31 tháng 12 năm 2025`: expired by its own term (the 2026-2030 policy is 25/2025/NQ-HĐND)")
p("superseded-citation", ["22/2022/QĐ-UBND"], ["ubp_th_kh12_2026.txt", "ubnd_tth_qd22_2022.txt"],
  "same plan `Căn cứ Quyết định số 22/2022/QĐ-UBND ngày 15/3/2022 …` — the decision (layout) is in force `từ ngày 25 tháng 3 năm 2022 đến hết ngày 31 tháng 12 năm 2025` (the date broken over two lines)")
p("superseded-citation", ["16/2019/QĐ-UBND"], ["ubq_px_kh14_2025.txt", "ubnd_tth_qd38_2021.html"],
  "UBND quận Phú Xuân 20/3/2025 (layout) `Căn cứ Quyết định số 16/2019/QĐ-UBND ngày 12/4/2019 …` (external) — replaced by 38/2021/QĐ-UBND from 01/10/2021")
p("superseded-citation", ["38/2021/QĐ-UBND"], ["ubp_px_kh09_2026.txt", "ubnd_hue_qd09_2025.html", "ubnd_hue_qd03_2026.txt"],
  "UBND phường Phú Xuân 02/02/2026 `Căn cứ Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân thành phố Huế …` (issued as tỉnh Thừa Thiên Huế, cited by the city's name) — replaced by 09/2025/QĐ-UBND from 01/9/2025")
p("temporal", ["312-KH/TU"], ["qu_px_kh06_2025.txt", "tu_hue_kh312_2025.txt"],
  "Quận ủy Phú Xuân 10/3/2025 `Thực hiện Kế hoạch số 312-KH/TU ngày 18/3/2025 của Ban Thường vụ Thành ủy Huế …` — eight days before the plan")
p("metadata-conflict", ["120/KH-UBND"], ["ubtx_ht_kh56_2024.txt", "ubnd_tth_kh120_2023.txt"],
  "UBND thị xã Hương Thủy 10/5/2024 (OCR-like) `Kế hoạch số 120/KH-UBND ngày 12/5/2023 của Ủy ban nhân dân tỉnh Thừa Thiên Huế`; the province's plan is of 12/4/2023 (the former city's 120/KH-UBND is of 03/8/2023 — the issuer decides)")
p("metadata-conflict", ["54-NQ/TW"], ["ttbt_kh45_2024.docx", "bct_nq54_2019.txt"],
  "Trung tâm Bảo tồn Di tích Cố đô Huế 05/3/2024 (.docx) `Nghị quyết số 54-NQ/TW ngày 12/10/2019 của Bộ Chính trị`; the resolution is of 10/12/2019")
p("duplicate-identity", ["25/KH-UBND"], ["ubq_th_kh25_2025a.txt", "ubq_th_kh25_2025b.txt"],
  "UBND quận Thuận Hóa numbered two plans 25/KH-UBND in 2025 (10/02/2025 and 05/5/2025)")
p("inverse-inconsistency", ["38/2021/QĐ-UBND"], ["ubnd_hue_qd03_2026.txt", "ubnd_hue_qd09_2025.html"],
  "38/2021/QĐ-UBND is replaced by 09/2025/QĐ-UBND (from 01/9/2025, the monument rule that succeeds it) and again by 03/2026/QĐ-UBND (Quy chế quản lý kiến trúc, from 01/02/2026, by mistake)")
p("overdue-plan", ["07/2022/NQ-HĐND"], ["tu_tth_kh15_2023.txt"],
  "15-KH/TU (2023, layout) row 1: `Lãnh đạo sửa đổi, bổ sung Nghị quyết số 07/2022/NQ-HĐND …`, Đảng đoàn HĐND tỉnh, `Quý II/2024`; nothing amends it (250-BC/TU says so)")
p("overdue-plan", ["09/2025/QĐ-UBND"], ["ubnd_hue_kh28_2026.txt"],
  "28/KH-UBND row 1: `Sửa đổi, bổ sung Quyết định số 09/2025/QĐ-UBND …`, `Quý II/2026`; nothing amends it (3150/VP-XD only quotes a draft's title)")
p("overdue-plan", ["15-KH/TU"], ["tu_hue_kh15_2025.txt"],
  "Thành ủy 15-KH/TU (2025) row 1 announces `Đề án phát triển đô thị di sản Huế giai đoạn 2026 - 2030`, `Quý II/2026`; no such Đề án", announces=True)
p("unmet-obligation", ["15-KH/TU"], ["tu_hue_kh15_2025.txt"],
  "`1. Ban Tuyên giáo và Dân vận Thành ủy xây dựng kế hoạch tuyên truyền Kế hoạch này.`: no such plan", contains="Ban Tuyên giáo và Dân vận")
p("count-mismatch", ["45/KH-TTBTDT"], ["ttbt_kh45_2024.docx"], "`Kế hoạch năm 2024 với 03 nhiệm vụ trọng tâm sau:` followed by 4 numbered paragraphs (.docx)")
p("count-mismatch", ["14/KH-UBND"], ["ubq_px_kh14_2025.txt"], "UBND quận Phú Xuân (layout): `tập trung 02 nội dung sau:` followed by 3 numbered items")
p("ambiguous-id", ["120/KH-UBND"], ["svh_hue_bc245_2026.html"],
  "Sở Văn hóa và Thể thao 10/6/2026 (Word HTML): `Kế hoạch số 120/KH-UBND năm 2023 của Ủy ban nhân dân thành phố Huế` — no date; in 2026 `Ủy ban nhân dân thành phố Huế` is the former province's UBND, in 2023 it was the former city's, and both issued a 120/KH-UBND in 2023")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-15-KH-TU-two-terms", ["15-KH/TU"], ["tu_tth_kh15_2023.txt", "tu_hue_kh15_2025.txt"], ["duplicate-identity"])
t("dated-15-KH-TU-citations-resolve", ["15-KH/TU"],
  ["tu_hue_kh15_2025.txt", "tu_hue_kh312_2025.txt", "qu_px_kh06_2025.txt", "ttbt_kh45_2024.docx", "ubnd_tth_qd05_2024.txt", "tu_tth_bc250_2024.md", "ubnd_hue_kh28_2026.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling"])
t("later-15-KH-TU-cites-earlier-15-KH-TU", ["15-KH/TU"], ["tu_hue_kh15_2025.txt"], ["cycle", "temporal"])
t("undated-title-mention-then-dated", ["15-KH/TU"], ["ubnd_hue_kh28_2026.txt"], ["ambiguous-id", "metadata-conflict", "temporal"])
t("same-number-120-KH-UBND-province-and-former-city", ["120/KH-UBND"], ["ubnd_tth_kh120_2023.txt", "tphue_kh120_2023.txt"], ["duplicate-identity"])
t("same-number-implements-same-number", ["120/KH-UBND"], ["tphue_kh120_2023.txt"], ["cycle", "temporal", "metadata-conflict", "ambiguous-id", "dangling"])
t("dated-120-cited-with-new-city-name", ["120/KH-UBND"], ["ubnd_hue_kh28_2026.txt", "ubnd_tth_qd1234_2024.txt"], ["metadata-conflict", "ambiguous-id", "dangling"])
t("province-document-cited-as-thanh-pho-Hue", ["38/2021/QĐ-UBND", "61/CTr-UBND", "12/2021/NQ-HĐND"],
  ["tu_hue_kh312_2025.txt", "ubq_th_kh25_2025a.txt", "ubnd_hue_qd2105_2025.txt", "ubp_px_kh27_2025.md", "hdnd_hue_nq25_2025.txt"],
  ["metadata-conflict", "ambiguous-id", "dangling", "duplicate-identity"])
t("superseded-not-other-phuong-phu-xuan", ["38/2021/QĐ-UBND", "06-KH/QU", "14/KH-UBND"], ["ubp_px_kh09_2026.txt"],
  ["metadata-conflict", "ambiguous-id", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="38/2021/QĐ-UBND", file="ubp_px_kh09_2026.txt"))
t("superseded-not-other-quan-phu-xuan", ["16/2019/QĐ-UBND", "06-KH/QU"], ["ubq_px_kh14_2025.txt"], ["temporal", "metadata-conflict", "ambiguous-id"],
  requires_planted=dict(rule="superseded-citation", id="16/2019/QĐ-UBND", file="ubq_px_kh14_2025.txt"))
t("expired-not-other-phuong-thuan-hoa", ["12/2021/NQ-HĐND", "22/2022/QĐ-UBND", "25/KH-UBND", "09/2025/QĐ-UBND"], ["ubp_th_kh12_2026.txt"],
  ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="superseded-citation", id="12/2021/NQ-HĐND", file="ubp_th_kh12_2026.txt"))
t("cited-before-own-expiry", ["12/2021/NQ-HĐND", "22/2022/QĐ-UBND"],
  ["ubq_th_kh25_2025b.txt", "ubp_px_kh27_2025.md", "hdnd_hue_nq25_2025.txt", "ubnd_tth_ctr61_2021.txt", "ubnd_tth_qd22_2022.txt"], ["superseded-citation"])
t("expiry-and-replacement-narrated-in-report", ["12/2021/NQ-HĐND", "22/2022/QĐ-UBND", "38/2021/QĐ-UBND", "61/CTr-UBND"],
  ["svh_hue_bc245_2026.html", "hdnd_hue_nq25_2025.txt"], ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("new-policy-period-is-no-replacement", ["12/2021/NQ-HĐND", "25/2025/NQ-HĐND"], ["hdnd_hue_nq25_2025.txt"], ["inverse-inconsistency", "superseded-citation", "cycle"])
t("amendment-keeps-amended-in-force", ["38/2021/QĐ-UBND", "05/2024/QĐ-UBND"],
  ["ubnd_tth_qd05_2024.txt", "ubtx_ht_kh56_2024.txt", "ubq_th_kh25_2025a.txt", "tu_tth_bc250_2024.md"], ["superseded-citation", "inverse-inconsistency"])
t("cited-before-replacement", ["38/2021/QĐ-UBND", "05/2024/QĐ-UBND"],
  ["ttbt_kh45_2024.docx", "tu_hue_kh312_2025.txt", "ubq_th_kh25_2025a.txt", "ubtx_ht_kh56_2024.txt"], ["superseded-citation"])
t("replace-clauses-themselves", ["16/2019/QĐ-UBND", "38/2021/QĐ-UBND", "05/2024/QĐ-UBND"],
  ["ubnd_tth_qd38_2021.html", "ubnd_hue_qd09_2025.html", "tu_tth_ctr36_2020.txt", "tu_tth_bc250_2024.md"], ["superseded-citation", "temporal", "metadata-conflict"])
t("proposed-replacement-of-09-2025", ["09/2025/QĐ-UBND"], ["vp_hue_cv3150_2026.txt", "ubp_th_kh12_2026.txt", "ubp_px_kh27_2025.md", "svh_hue_bc245_2026.html"],
  ["superseded-citation", "inverse-inconsistency", "temporal"])
t("quoted-draft-title-sua-doi-bo-sung", ["09/2025/QĐ-UBND"], ["vp_hue_cv3150_2026.txt"], ["superseded-citation", "inverse-inconsistency", "cycle"],
  requires_planted=dict(rule="overdue-plan", id="09/2025/QĐ-UBND", file="ubnd_hue_kh28_2026.txt"))
t("deadline-moved-dieu-chinh-thoi-han-sang-quy-IV-2026", ["120/KH-UBND", "1234/QĐ-UBND"], ["ubnd_tth_kh120_2023.txt", "ubnd_tth_qd1234_2024.txt"],
  ["overdue-plan", "inverse-inconsistency", "superseded-citation", "duplicate-identity", "cycle"])
t("extended-programme-gia-han", ["61/CTr-UBND", "2105/QĐ-UBND"], ["ubnd_tth_ctr61_2021.txt", "ubnd_hue_qd2105_2025.txt"],
  ["overdue-plan", "superseded-citation", "inverse-inconsistency"])
t("deadlines-met-by-later-documents", ["36-CTr/TU", "15-KH/TU", "61/CTr-UBND", "28/KH-UBND", "16/2019/QĐ-UBND", "38/2021/QĐ-UBND", "12/2021/NQ-HĐND"],
  ["tu_tth_ctr36_2020.txt", "tu_tth_kh15_2023.txt", "ubnd_tth_ctr61_2021.txt", "ubnd_hue_kh28_2026.txt", "tu_hue_kh15_2025.txt"], ["overdue-plan"])
t("not-yet-due-rows-quy-IV-2026", ["15-KH/TU", "28/KH-UBND", "09/KH-UBND"], ["tu_hue_kh15_2025.txt", "ubnd_hue_kh28_2026.txt", "ubp_px_kh09_2026.txt"], ["overdue-plan"])
t("recurring-rows", ["36-CTr/TU", "42-KH/TU", "120/KH-UBND", "312-KH/TU", "05-NQ/ĐU", "27/KH-UBND", "18/KH-TTBTDT", "25/KH-UBND", "56/KH-UBND"],
  ["tu_tth_ctr36_2020.txt", "thu_tphue_kh42_2020.txt", "ubnd_tth_kh120_2023.txt", "tphue_kh120_2023.txt", "tu_hue_kh312_2025.txt", "du_px_nq05_2025.txt",
   "ubp_px_kh27_2025.md", "ttbt_kh18_2025.md", "ubq_th_kh25_2025a.txt"], ["overdue-plan"])
t("dated-activities-announce-no-document", ["312-KH/TU", "18/KH-TTBTDT", "12/KH-UBND", "25/KH-UBND", "14/KH-UBND", "56/KH-UBND", "27/KH-UBND", "09/KH-UBND", "06-KH/QU"],
  ["tu_hue_kh312_2025.txt", "ttbt_kh18_2025.md", "ubp_th_kh12_2026.txt", "ubq_th_kh25_2025b.txt", "ubq_px_kh14_2025.txt", "ubtx_ht_kh56_2024.txt", "qu_px_kh06_2025.txt"],
  ["overdue-plan"])
t("dieu-chinh-of-capital-revises-no-document", ["2211/QĐ-UBND", "18/KH-TTBTDT"], ["ttbt_kh18_2025.md"],
  ["overdue-plan", "inverse-inconsistency", "superseded-citation", "cycle"])
t("thay-the-ordinary-word", ["38/2021/QĐ-UBND", "45/KH-TTBTDT", "25/KH-UBND", "05/2024/QĐ-UBND"], ["ttbt_kh45_2024.docx", "ubq_th_kh25_2025a.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation", "temporal"])
t("self-references", ["36-CTr/TU", "15-KH/TU", "312-KH/TU", "05-NQ/ĐU", "09/2025/QĐ-UBND", "12/2021/NQ-HĐND", "54-NQ/TW"],
  ["tu_tth_ctr36_2020.txt", "tu_tth_kh15_2023.txt", "tu_hue_kh312_2025.txt", "du_px_nq05_2025.txt", "ubnd_hue_qd09_2025.html", "hdnd_tth_nq12_2021.html", "bct_nq54_2019.txt"],
  ["cycle", "temporal", "dangling", "duplicate-identity"])
t("former-district-names-after-2025", ["06-KH/QU", "14/KH-UBND", "25/KH-UBND"], ["du_px_nq05_2025.txt", "ubp_px_kh27_2025.md", "ubp_px_kh09_2026.txt", "ubp_th_kh12_2026.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("dated-citation-of-duplicated-number", ["25/KH-UBND"], ["ubp_th_kh12_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("obligations-fulfilled", ["54-NQ/TW", "36-CTr/TU", "120/KH-UBND", "09/2025/QĐ-UBND"],
  ["bct_nq54_2019.txt", "tu_tth_ctr36_2020.txt", "ubnd_tth_kh120_2023.txt", "ubnd_hue_qd09_2025.html"], ["unmet-obligation"])
t("obligation-on-UBND-fulfilled-by-28-KH", ["15-KH/TU"], ["tu_hue_kh15_2025.txt"], ["unmet-obligation"])
t("counted-lists-match", ["36-CTr/TU", "05/2024/QĐ-UBND"], ["tu_tth_ctr36_2020.txt", "ubnd_tth_qd05_2024.txt"], ["count-mismatch"])
t("nfd-crlf-ocr-identity", ["120/KH-UBND", "36-CTr/TU", "54-NQ/TW", "38/2021/QĐ-UBND", "05/2024/QĐ-UBND"],
  ["tphue_kh120_2023.txt", "thu_tphue_kh42_2020.txt", "ubtx_ht_kh56_2024.txt"], ["dangling", "ambiguous-id"])
t("html-portal-minified-word-identity", ["12/2021/NQ-HĐND", "38/2021/QĐ-UBND", "09/2025/QĐ-UBND", "245/BC-SVHTT", "54-NQ/TW", "36-CTr/TU", "28/KH-UBND", "03/2026/QĐ-UBND", "2105/QĐ-UBND"],
  ["hdnd_tth_nq12_2021.html", "ubnd_tth_qd38_2021.html", "ubnd_hue_qd09_2025.html", "svh_hue_bc245_2026.html"], ["dangling"])
t("markdown-docx-identity", ["250-BC/TU", "18/KH-TTBTDT", "27/KH-UBND", "45/KH-TTBTDT", "05-NQ/ĐU", "312-KH/TU", "38/2021/QĐ-UBND", "15-KH/TU", "61/CTr-UBND", "07/2022/NQ-HĐND"],
  ["tu_tth_bc250_2024.md", "ttbt_kh18_2025.md", "ubp_px_kh27_2025.md", "ttbt_kh45_2024.docx"], ["dangling"])
t("id-split-across-lines-runs-and-page", ["38/2021/QĐ-UBND", "07/2022/NQ-HĐND"], ["tu_tth_kh15_2023.txt", "ttbt_kh45_2024.docx"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("same-day-cycle-no-temporal", ["05-NQ/ĐU", "27/KH-UBND"], ["du_px_nq05_2025.txt", "ubp_px_kh27_2025.md"], ["temporal", "metadata-conflict"])
t("temporal-not-other-quan-uy-phu-xuan", ["312-KH/TU", "15-KH/TU"], ["qu_px_kh06_2025.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="312-KH/TU", file="qu_px_kh06_2025.txt"))
t("date-conflict-not-other-huong-thuy", ["120/KH-UBND"], ["ubtx_ht_kh56_2024.txt"], ["ambiguous-id", "dangling", "temporal", "duplicate-identity"],
  requires_planted=dict(rule="metadata-conflict", id="120/KH-UBND", file="ubtx_ht_kh56_2024.txt"))
t("ambiguous-not-other-report", ["120/KH-UBND"], ["svh_hue_bc245_2026.html"], ["dangling", "metadata-conflict"],
  requires_planted=dict(rule="ambiguous-id", id="120/KH-UBND", file="svh_hue_bc245_2026.html"))
t("so-ket-report-reviews", ["54-NQ/TW", "36-CTr/TU", "07/2022/NQ-HĐND", "15-KH/TU"], ["tu_tth_bc250_2024.md"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "overdue-plan", "temporal"])
t("phone-fax-numbers", ["0234.3822.525", "0234.3826.050", "0234.3823.341", "0234.3823.342"],
  ["ubnd_tth_qd38_2021.html", "ubnd_hue_qd09_2025.html", "hdnd_tth_nq12_2021.html"], ["dangling", "temporal", "metadata-conflict"])
t("responds-to-report", ["245/BC-SVHTT", "3150/VP-XD", "28/KH-UBND"], ["vp_hue_cv3150_2026.txt", "svh_hue_bc245_2026.html"],
  ["dangling", "temporal", "metadata-conflict", "cycle"])

key = dict(round=38, world="Huế becomes a centrally-run city (1/1/2025; quận Phú Xuân and Thuận Hóa 1/1–30/6/2025, wards from 1/7/2025): preserving the Quần thể di tích Cố đô Huế and urban order, 2019-2026. Bộ Chính trị 54-NQ/TW; Tỉnh ủy Thừa Thiên Huế 36-CTr/TU, 15-KH/TU (2023), 250-BC/TU, renamed Thành ủy Huế (312-KH/TU 2025; khóa XVII 15-KH/TU 2025); the former city's Thành ủy Huế 42-KH/TU; HĐND 12/2021 (to 31/12/2025), 07/2022, 25/2025/NQ-HĐND; UBND tỉnh 38/2021, 22/2022 (to 31/12/2025), 05/2024/QĐ-UBND, 61/CTr-UBND, 120/KH-UBND, 1234/QĐ-UBND (deadline moved); the former city's UBND 120/KH-UBND; UBND thành phố Huế 09/2025, 03/2026/QĐ-UBND, 2105/QĐ-UBND (gia hạn), 28/KH-UBND; Văn phòng 3150/VP-XD; Sở Văn hóa và Thể thao 245/BC-SVHTT; Trung tâm Bảo tồn Di tích Cố đô Huế 45/KH-TTBTDT, 18/KH-TTBTDT; UBND thị xã Hương Thủy 56/KH-UBND; Quận ủy Phú Xuân 06-KH/QU; UBND quận Phú Xuân 14/KH-UBND; UBND quận Thuận Hóa 25/KH-UBND ×2; Đảng ủy and UBND phường Phú Xuân 05-NQ/ĐU, 27/KH-UBND, 09/KH-UBND; UBND phường Thuận Hóa 12/KH-UBND",
           planted=P,
           external=["48-KL/TW", "83/NQ-CP", "80/2015/QH13", "64/2025/QH15", "78/2025/NĐ-CP", "45/2024/QH15", "175/2024/QH15", "1314/NQ-UBTVQH15",
                     "16/2019/QĐ-UBND", "2211/QĐ-UBND"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_hue_qd03_2026.txt"], ids=["38/2021/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
