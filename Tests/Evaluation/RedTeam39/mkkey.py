#!/usr/bin/env python3
"""Writes key.json for red team round 39 (the Party's own rule-books of tỉnh Vĩnh Long, into which tỉnh Bến Tre and tỉnh
Trà Vinh were merged on 1/7/2025, 2020-2026). Adapted from RedTeam37/mkkey.py (same key format, read by the same
score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["01-QC/ĐU", "05-KH/ĐU"], ["du_ck_qc01_2025.txt", "du_ck_kh05_2025.md"],
  "Đảng ủy xã Cầu Kè, both 12/9/2025: Quy chế 01-QC/ĐU `Căn cứ Kế hoạch số 05-KH/ĐU, ngày 12/9/2025 …`; Kế hoạch 05-KH/ĐU (Markdown) `Thực hiện Quy chế làm việc số 01-QC/ĐU, ngày 12/9/2025 …`")
p("superseded-citation", ["22-QĐ/TW"], ["du_bt_kh03_2025.txt", "tw_qd296_2025.html"],
  "Đảng ủy xã Ba Tri 05/8/2025 `Căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 …` (external) — replaced by 296-QĐ/TW from 30/5/2025 (minified portal page)")
p("superseded-citation", ["01-QC/TU"], ["du_cl_kh07_2025.txt", "tu_vlm_qc01_2025.txt", "tu_tv_qc01_2020.txt"],
  "Đảng ủy xã Càng Long 10/12/2025 `Căn cứ Quy chế làm việc số 01-QC/TU, ngày 28/10/2020 của Ban Chấp hành Đảng bộ tỉnh Trà Vinh khóa XI` — replaced by the merged Tỉnh ủy's 01-QC/TU of 20/10/2025")
p("superseded-citation", ["05-QĐ/TU"], ["du_tc_kh02_2026.txt", "tu_vlm_qd05_2025.txt", "tu_tv_qd05_2021.txt"],
  "Đảng ủy xã Tiểu Cần 10/3/2026 `Căn cứ Quy định số 05-QĐ/TU, ngày 02/3/2021 của Ban Thường vụ Tỉnh ủy Trà Vinh` — replaced by the merged 05-QĐ/TU of 28/10/2025")
p("temporal", ["412-TB/TU"], ["hu_gt_kh18_2024.txt", "tu_bt_tb412_2024.txt"],
  "Huyện ủy Giồng Trôm 02/4/2024 `Thực hiện Thông báo số 412-TB/TU, ngày 15/4/2024 …` — thirteen days before the notice")
p("metadata-conflict", ["05-QĐ/TU"], ["hu_vliem_kh31_2022.txt", "tu_vl_qd05_2021.txt"],
  "Huyện ủy Vũng Liêm 20/6/2022 cites `Quy định số 05-QĐ/TU, ngày 15/5/2021 của Ban Thường vụ Tỉnh ủy Vĩnh Long`; Vĩnh Long's is of 15/3/2021 (the other three 05-QĐ/TU are of other provinces or later)")
p("metadata-conflict", ["01-QC/TU"], ["tu_bt_bc236_2023.txt", "tu_bt_qc01_2020.txt"],
  "Tỉnh ủy Bến Tre 236-BC/TU 10/12/2023 cites `Quy chế làm việc số 01-QC/TU, ngày 15/11/2020 của Ban Chấp hành Đảng bộ tỉnh Bến Tre khóa XI`; Bến Tre's (CRLF) is of 05/11/2020")
p("duplicate-identity", ["09-HD/BTCTU"], ["btc_tv_hd09_2023a.txt", "btc_tv_hd09_2023b.txt"],
  "Ban Tổ chức Tỉnh ủy Trà Vinh numbered two Hướng dẫn 09-HD/BTCTU in 2023 (08/3/2023 and 16/10/2023), same term")
p("inverse-inconsistency", ["05-QĐ/TU"], ["tu_vlm_qd05_2025.txt", "tu_vlm_qd09_2025.txt"],
  "05-QĐ/TU of Bến Tre (22/4/2021, kê khai tài sản) is replaced by the merged 05-QĐ/TU (28/10/2025, duties of the Ban Thường vụ — lists it by mistake) and again by 09-QĐ/TU (12/11/2025, the kê khai rule that really succeeds it)")
p("overdue-plan", ["04-HD/UBKTTU"], ["tu_bt_tb412_2024.txt"],
  "412-TB/TU row 1: `Sửa đổi, bổ sung Hướng dẫn số 04-HD/UBKTTU, ngày 10/6/2021 … Ủy ban Kiểm tra Tỉnh ủy … Quý III/2024`; nothing amends or replaces it")
p("overdue-plan", ["02-HD/BTCTU"], ["btc_vlm_kh05_2026.txt"],
  "05-KH/BTCTU row 1: `Tham mưu sửa đổi, bổ sung Hướng dẫn số 02-HD/BTCTU, ngày 20/11/2025 …`, `Quý II/2026`; nothing amends it")
p("overdue-plan", ["25-TB/TU"], ["tu_vlm_tb25_2025.txt"],
  "25-TB/TU row 2 announces `Quy định phân cấp quản lý cán bộ của Ban Thường vụ Tỉnh ủy khóa I`, `Quý I/2026`; no such Quy định", announces=True)
p("unmet-obligation", ["01-QC/TU"], ["tu_vlm_qc01_2025.txt"],
  "merged 01-QC/TU Điều 30: `1. Ủy ban Kiểm tra Tỉnh ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Quy chế này.`: no plan of the Ủy ban Kiểm tra", contains="Ủy ban Kiểm tra")
p("count-mismatch", ["45-KH/HU"], ["hu_bt_kh45_2024.txt"], "Huyện ủy Ba Tri 10/3/2024: `với 03 nhiệm vụ sau:` followed by 4 numbered items")
p("count-mismatch", ["03-HD/UBKTTU"], ["ubkt_tv_hd03_2022.txt"], "UBKT Trà Vinh 20/5/2022 (layout, list cut by a page break): `tập trung vào 05 nội dung sau:` followed by 4 numbered items")
p("ambiguous-id", ["05-QĐ/TU"], ["dp_lc_kh04_2026.html"],
  "Đảng ủy phường Long Châu 15/4/2026 (Word HTML): `Thực hiện Quy định số 05-QĐ/TU của Ban Thường vụ Tỉnh ủy về chức năng, nhiệm vụ …` — no date, no province, no term: four 05-QĐ/TU exist (Vĩnh Long, Bến Tre, Trà Vinh 2021; merged 2025), two on the same subject")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-01-QC-TU-four-committees", ["01-QC/TU"], ["tu_vl_qc01_2020.txt", "tu_bt_qc01_2020.txt", "tu_tv_qc01_2020.txt", "tu_vlm_qc01_2025.txt"], ["duplicate-identity"])
t("same-number-05-QD-TU-four-committees", ["05-QĐ/TU"], ["tu_vl_qd05_2021.txt", "tu_bt_qd05_2021.html", "tu_tv_qd05_2021.txt", "tu_vlm_qd05_2025.txt"], ["duplicate-identity"])
t("dated-01-QC-TU-citations-resolve", ["01-QC/TU"],
  ["tu_vl_qd05_2021.txt", "tu_bt_qd05_2021.html", "tu_tv_qd05_2021.txt", "tu_vl_qd11_2023.docx", "tu_vlm_qc01_2025.txt", "tu_vlm_qd05_2025.txt",
   "tu_vlm_qd09_2025.txt", "btc_vlm_kh05_2026.txt"], ["ambiguous-id", "metadata-conflict"])
t("dated-05-QD-TU-citations-resolve", ["05-QĐ/TU"],
  ["btc_vl_hd07_2021.md", "tu_tv_cv123_2022.txt", "tu_vl_qd11_2023.docx", "tu_bt_bc236_2023.txt", "hu_bt_kh45_2024.txt", "tu_bt_tb412_2024.txt",
   "hu_bt_kh52_2024.txt", "tu_vlm_qd05_2025.txt", "tu_vlm_qd09_2025.txt", "tu_vlm_tb25_2025.txt", "btc_vlm_hd02_2025.txt", "ubkt_vlm_hd01_2025.md"],
  ["ambiguous-id", "metadata-conflict"])
t("id-broken-across-lines", ["05-QĐ/TU"], ["btc_tv_hd09_2023b.txt"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("clerks-short-forms-QD-so-05", ["05-QĐ/TU"], ["ubkt_bt_hd04_2021.txt", "tu_tv_cv123_2022.txt", "tu_vl_qd11_2023.docx"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("obligations-fulfilled-full-citation", ["05-QĐ/TU", "09-QĐ/TU"], ["tu_vl_qd05_2021.txt", "tu_vlm_qd05_2025.txt", "tu_vlm_qd09_2025.txt"], ["unmet-obligation"])
t("obligation-fulfilled-by-short-form", ["05-QĐ/TU"], ["tu_bt_qd05_2021.html"], ["unmet-obligation"])
t("obligation-fulfilled-by-broken-id", ["05-QĐ/TU"], ["tu_tv_qd05_2021.txt"], ["unmet-obligation"])
t("central-cited-before-replacement", ["22-QĐ/TW", "85-QĐ/TW"], ["ubkt_tv_hd03_2022.txt", "hu_bt_kh45_2024.txt", "tu_bt_qd05_2021.html", "tu_bt_tb412_2024.txt"], ["superseded-citation"])
t("local-cited-before-replacement", ["01-QC/TU", "05-QĐ/TU"],
  ["tu_vl_qd05_2021.txt", "tu_bt_qd05_2021.html", "tu_tv_qd05_2021.txt", "tu_vl_qd11_2023.docx", "hu_vliem_kh31_2022.txt", "tu_bt_bc236_2023.txt",
   "btc_tv_hd09_2023b.txt", "hu_bt_kh45_2024.txt", "hu_bt_kh52_2024.txt", "tu_tv_cv123_2022.txt", "btc_vl_hd07_2021.md", "tu_bt_tb412_2024.txt"],
  ["superseded-citation"])
t("replace-clauses-themselves", ["01-QC/TU", "05-QĐ/TU", "22-QĐ/TW", "85-QĐ/TW", "262-QĐ/TW", "09-QC/TU", "12-HD/UBKTTU"],
  ["tu_vlm_qc01_2025.txt", "tw_qd296_2025.html", "tu_vl_qc01_2020.txt", "ubkt_tv_hd03_2022.txt", "tu_vlm_qd05_2025.txt"],
  ["superseded-citation", "temporal", "metadata-conflict"])
t("one-text-replaces-three-same-numbers", ["01-QC/TU"], ["tu_vlm_qc01_2025.txt"], ["inverse-inconsistency", "cycle"])
t("amendment-keeps-amended-in-force", ["05-QĐ/TU", "11-QĐ/TU"], ["tu_vl_qd11_2023.docx", "hu_bt_kh52_2024.txt", "tu_bt_tb412_2024.txt"],
  ["superseded-citation", "inverse-inconsistency"])
t("amended-plan-cited-later", ["45-KH/HU", "52-KH/HU"], ["du_bt_kh03_2025.txt", "hu_bt_kh52_2024.txt"], ["superseded-citation", "inverse-inconsistency", "cycle"])
t("former-district-name-after-2025", ["45-KH/HU"], ["du_bt_kh03_2025.txt"], ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("former-province-van-ban-so-123-CV-TU", ["123-CV/TU"], ["du_cl_kh07_2025.txt", "tu_vlm_cv1520_2026.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "superseded-citation", "temporal"])
t("proposed-replacement-of-09-QD-TU", ["09-QĐ/TU"], ["tu_vlm_cv1520_2026.txt", "ubkt_vlm_hd01_2025.md"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "cycle"])
t("quoted-draft-title-sua-doi-bo-sung", ["09-QĐ/TU"], ["tu_vlm_cv1520_2026.txt"], ["overdue-plan", "superseded-citation", "inverse-inconsistency", "cycle"])
t("thay-the-ordinary-word", ["1520-CV/TU", "85/KH-UBND", "412-TB/TU"], ["tu_vlm_cv1520_2026.txt", "ubnd_bt_kh85_2024.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation", "overdue-plan"])
t("dieu-chinh-of-capital-revises-no-document", ["85/KH-UBND", "412-TB/TU", "05-KH/BTCTU"], ["ubnd_bt_kh85_2024.txt", "btc_vlm_kh05_2026.txt"],
  ["overdue-plan", "inverse-inconsistency", "superseded-citation", "cycle"])
t("85-KH-UBND-is-not-85-QD-TW", ["85/KH-UBND", "85-QĐ/TW"], ["ubnd_bt_kh85_2024.txt", "hu_bt_kh45_2024.txt", "tu_bt_qd05_2021.html"],
  ["metadata-conflict", "ambiguous-id", "duplicate-identity"])
t("deadlines-met-by-later-documents", ["45-KH/HU", "05-QĐ/TU", "02-HD/BTCTU"], ["tu_bt_tb412_2024.txt", "tu_vlm_tb25_2025.txt"], ["overdue-plan"])
t("recurring-rows", ["31-KH/HU", "123-CV/TU", "07-KH/ĐU", "05-KH/BTCTU", "412-TB/TU", "25-TB/TU", "05-QĐ/TU"],
  ["hu_vliem_kh31_2022.txt", "tu_tv_cv123_2022.txt", "du_cl_kh07_2025.txt", "btc_vlm_kh05_2026.txt"], ["overdue-plan"])
t("row-not-yet-due", ["01-QC/TU"], ["btc_vlm_kh05_2026.txt"], ["overdue-plan"])
t("dated-activities-announce-no-document", ["18-KH/HU", "03-KH/ĐU", "07-KH/ĐU", "05-KH/ĐU", "52-KH/HU", "04-KH/ĐU", "85/KH-UBND"],
  ["hu_gt_kh18_2024.txt", "du_bt_kh03_2025.txt", "du_cl_kh07_2025.txt", "du_ck_kh05_2025.md", "hu_bt_kh52_2024.txt", "dp_lc_kh04_2026.html", "ubnd_bt_kh85_2024.txt"],
  ["overdue-plan"])
t("self-references", ["01-QC/TU", "05-QĐ/TU", "09-QĐ/TU", "05-KH/BTCTU", "01-QC/ĐU"],
  ["tu_vlm_qc01_2025.txt", "tu_vlm_qd05_2025.txt", "tu_vlm_qd09_2025.txt", "btc_vlm_kh05_2026.txt", "du_ck_qc01_2025.txt", "tu_vl_qc01_2020.txt"],
  ["cycle", "temporal", "ambiguous-id"])
t("same-day-cycle-no-temporal", ["01-QC/ĐU", "05-KH/ĐU"], ["du_ck_qc01_2025.txt", "du_ck_kh05_2025.md"], ["temporal", "metadata-conflict", "dangling", "ambiguous-id", "duplicate-identity"])
t("narrated-replacements", ["22-QĐ/TW", "262-QĐ/TW", "85-QĐ/TW", "05-QĐ/TU", "296-QĐ/TW"], ["ubkt_vlm_hd01_2025.md", "tu_bt_bc236_2023.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("nfd-crlf-ocr-identity", ["01-QC/TU", "05-QĐ/TU"], ["tu_tv_qc01_2020.txt", "tu_bt_qc01_2020.txt", "tu_tv_qd05_2021.txt"], ["dangling", "ambiguous-id", "duplicate-identity"])
t("html-md-docx-identity", ["05-QĐ/TU", "296-QĐ/TW", "07-HD/BTCTU", "01-HD/UBKTTU", "11-QĐ/TU", "09-QĐ/TU", "01-QC/ĐU", "05-KH/ĐU"],
  ["tu_bt_qd05_2021.html", "tw_qd296_2025.html", "btc_vl_hd07_2021.md", "ubkt_vlm_hd01_2025.md", "tu_vl_qd11_2023.docx", "dp_lc_kh04_2026.html",
   "tu_vlm_qc01_2025.txt", "tu_vlm_qd09_2025.txt", "du_ck_kh05_2025.md", "du_ck_qc01_2025.txt"], ["dangling"])
t("layout-identity", ["01-QC/TU", "412-TB/TU", "03-HD/UBKTTU", "236-BC/TU"],
  ["tu_vl_qc01_2020.txt", "tu_bt_tb412_2024.txt", "ubkt_tv_hd03_2022.txt", "tu_vlm_qc01_2025.txt", "hu_gt_kh18_2024.txt", "hu_bt_kh52_2024.txt", "ubnd_bt_kh85_2024.txt"],
  ["dangling"])
t("counted-lists-match", ["11-QĐ/TU", "02-HD/BTCTU", "52-KH/HU"], ["tu_vl_qd11_2023.docx", "btc_vlm_hd02_2025.txt", "hu_bt_kh52_2024.txt"], ["count-mismatch"])
t("term-and-title-citations-quy-che-khoa-XI", ["01-QC/TU"], ["tu_bt_bc236_2023.txt", "tu_bt_tb412_2024.txt", "ubnd_bt_kh85_2024.txt", "hu_gt_kh18_2024.txt"], ["ambiguous-id"])
t("date-conflict-not-other-vung-liem", ["05-QĐ/TU"], ["hu_vliem_kh31_2022.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="05-QĐ/TU", file="hu_vliem_kh31_2022.txt"))
t("date-conflict-not-other-bc236", ["01-QC/TU"], ["tu_bt_bc236_2023.txt"], ["ambiguous-id", "dangling", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="01-QC/TU", file="tu_bt_bc236_2023.txt"))
t("superseded-not-other-cang-long", ["01-QC/TU", "123-CV/TU"], ["du_cl_kh07_2025.txt"], ["ambiguous-id", "metadata-conflict", "dangling"],
  requires_planted=dict(rule="superseded-citation", id="01-QC/TU", file="du_cl_kh07_2025.txt"))
t("superseded-not-other-tieu-can", ["05-QĐ/TU"], ["du_tc_kh02_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling"],
  requires_planted=dict(rule="superseded-citation", id="05-QĐ/TU", file="du_tc_kh02_2026.txt"))
t("ambiguous-not-other-long-chau", ["05-QĐ/TU"], ["dp_lc_kh04_2026.html"], ["dangling", "metadata-conflict", "superseded-citation"],
  requires_planted=dict(rule="ambiguous-id", id="05-QĐ/TU", file="dp_lc_kh04_2026.html"))
t("temporal-not-other-giong-trom", ["412-TB/TU"], ["hu_gt_kh18_2024.txt"], ["metadata-conflict", "dangling", "ambiguous-id"],
  requires_planted=dict(rule="temporal", id="412-TB/TU", file="hu_gt_kh18_2024.txt"))
t("phone-fax-numbers", ["0270.3822.151", "0270.3822.152", "0275.3822.207", "0275.3822.208", "0270.3823.306", "0270.3823.307", "024.3823.4133"],
  ["tw_qd296_2025.html", "tu_bt_qd05_2021.html", "dp_lc_kh04_2026.html"], ["dangling", "temporal", "metadata-conflict"])

key = dict(round=39, world="The Party's own rule-books of tỉnh Vĩnh Long, into which tỉnh Bến Tre and tỉnh Trà Vinh were merged on 1/7/2025, 2020-2026: the three former Tỉnh ủy (khóa XI) each with a 01-QC/TU (Quy chế làm việc, 2020) and a 05-QĐ/TU (2021); the merged Tỉnh ủy (khóa I) with its own 01-QC/TU and 05-QĐ/TU (2025), 09-QĐ/TU, 25-TB/TU, 1520-CV/TU; Ban Tổ chức (07-HD/BTCTU VL, 09-HD/BTCTU ×2 TV, 02-HD/BTCTU, 05-KH/BTCTU); Ủy ban Kiểm tra (04-HD/UBKTTU BT, 03-HD/UBKTTU TV, 01-HD/UBKTTU); Tỉnh ủy VL 11-QĐ/TU (amends), TV 123-CV/TU, BT 236-BC/TU, 412-TB/TU; Huyện ủy Vũng Liêm 31-KH/HU, Ba Tri 45-KH/HU and 52-KH/HU, Giồng Trôm 18-KH/HU; UBND tỉnh Bến Tre 85/KH-UBND; Đảng ủy xã Ba Tri 03-KH/ĐU, Cầu Kè 01-QC/ĐU and 05-KH/ĐU, Càng Long 07-KH/ĐU, Tiểu Cần 02-KH/ĐU, phường Long Châu 04-KH/ĐU; central 296-QĐ/TW",
           planted=P,
           external=["24-QĐ/TW", "22-QĐ/TW", "02-HD/TW", "85-QĐ/TW", "262-QĐ/TW", "190-QĐ/TW", "29-QĐ/TW", "202/2025/QH15", "09-QC/TU", "12-HD/UBKTTU"],
           collateral=[dict(rule="superseded-citation", files=["tu_vlm_qd09_2025.txt"], ids=["05-QĐ/TU"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
