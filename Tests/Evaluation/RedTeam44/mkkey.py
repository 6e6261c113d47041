#!/usr/bin/env python3
"""Writes key.json for red team round 44 (the Party line of huyện Quỳnh Lưu and thị xã Hoàng Mai, Nghệ An, 2019-2026, and
the communes and wards whose Đảng ủy took over on 1/7/2025). Adapted from RedTeam37/mkkey.py (same key format, read by the
same score.py). Written before the first docgraph run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["21-CTr/HU", "15-HD/BTGHU"], ["hu_ql_ctr21_2025.txt", "btg_ql_hd15_2025.md"],
  "Huyện ủy Quỳnh Lưu 21-CTr/HU (10/3/2025) `Căn cứ Hướng dẫn số 15-HD/BTGHU ngày 10/3/2025 …`; Ban Tuyên giáo 15-HD/BTGHU (same day, Markdown headings) `Thực hiện Chương trình hành động số 21-CTr/HU …` and guides it")
p("superseded-citation", ["01-QC/HU"], ["hu_ql_tb210_2024.txt", "hu_ql_qc05_2023.txt", "hu_ql_qc01_2020.txt"],
  "210-TB/HU (06/5/2024, CRLF) `Căn cứ Quy chế làm việc số 01-QC/HU ngày 20/9/2020 …` — replaced by Quy chế 05-QC/HU on 10/3/2023")
p("superseded-citation", ["03-QĐ/TU"], ["tx_hm_bc150_2024.txt", "tx_hm_qd18_2024.html"],
  "Thị ủy Hoàng Mai 150-BC/TU (15/11/2024) `Căn cứ Quy định số 03-QĐ/TU ngày 20/4/2021 …` — replaced by 18-QĐ/TU (10/6/2024, minified portal page)")
p("superseded-citation", ["04-NQ/HU"], ["du_qanh_nq03_2025.txt", "hu_ql_nq10_2024.txt"],
  "Đảng ủy xã Quỳnh Anh 03-NQ/ĐU (15/9/2025) `Căn cứ Nghị quyết số 04-NQ/HU ngày 12/5/2021 của Ban Chấp hành Đảng bộ huyện Quỳnh Lưu (trước đây)` — repealed whole by 10-NQ/HU on 20/12/2024 (`Bãi bỏ Nghị quyết số 04-NQ/HU …`)")
p("temporal", ["40-KH/TU"], ["tx_hm_kh118_2025.txt", "tu_na_kh40_2025.md"],
  "Thị ủy Hoàng Mai 118-KH/TU (15/02/2025) `Thực hiện … Kế hoạch số 40-KH/TU ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy Nghệ An` — five days before the plan")
p("metadata-conflict", ["14-QĐ/HU"], ["hu_ql_kh160_2024.txt", "hu_ql_qd14_2023.txt"],
  "160-KH/HU (10/7/2024, layout) cites `Quy định số 14-QĐ/HU ngày 18/8/2023 của Ban Thường vụ Huyện ủy`; the regulation is of 18/9/2023")
p("metadata-conflict", ["95-KH/TU"], ["du_hmai_nq01_2025.txt", "tx_hm_kh95_2023.txt"],
  "Đảng ủy phường Hoàng Mai 01-NQ/ĐU (20/8/2025, NFD) cites `Kế hoạch số 95-KH/TU ngày 20/11/2023 của Ban Thường vụ Thị ủy Hoàng Mai (trước đây)`; the plan is of 02/11/2023")
p("duplicate-identity", ["327-TB/TU"], ["tx_hm_tb327_2024a.txt", "tx_hm_tb327_2024b.txt"],
  "Thị ủy Hoàng Mai numbered two notices 327-TB/TU in 2024 (15/3/2024 and 22/7/2024)")
p("inverse-inconsistency", ["06-QĐ/HU"], ["hu_ql_qd14_2023.txt", "hu_ql_qd19_2024.html"],
  "06-QĐ/HU is replaced by 14-QĐ/HU (18/9/2023, tiếp công dân) and again by 19-QĐ/HU (12/8/2024, a kiểm tra, giám sát rule, portal page) — two documents claim to replace it")
p("overdue-plan", ["05-QC/HU"], ["hu_ql_ctr21_2025.txt"],
  "21-CTr/HU row 2: `Sửa đổi, bổ sung Quy chế làm việc số 05-QC/HU …`, Văn phòng Huyện ủy, `Quý II/2025`; nothing amends it")
p("overdue-plan", ["14-QĐ/HU"], ["hu_ql_tb210_2024.txt"],
  "210-TB/HU item 2: `Giao Ban Tổ chức Huyện ủy tham mưu sửa đổi, bổ sung Quy định số 14-QĐ/HU …, hoàn thành trong Quý III/2024`; nothing amends it (19-QĐ/HU replaces 06-QĐ/HU, not 14)")
p("overdue-plan", ["130-KH/TU"], ["tx_hm_kh130_2024.txt"],
  "130-KH/TU row 1 announces `Đề án phát triển khu công nghiệp Hoàng Mai II gắn với đô thị ven biển`, `Quý IV/2024`; no such Đề án", announces=True)
p("unmet-obligation", ["01-NQ/HU"], ["hu_ql_nq01_2020.txt"],
  "`2. Ủy ban Kiểm tra Huyện ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Nghị quyết.`: no KH of the Ủy ban Kiểm tra (its 03-HD/UBKTHU guides 22-QĐ/TW)", contains="Ủy ban Kiểm tra")
p("count-mismatch", ["08-KH/ĐU"], ["du_qvan_kh08_2025.md"], "Đảng ủy xã Quỳnh Văn (Markdown): `04 nhiệm vụ trọng tâm sau:` followed by 3 numbered items")
p("count-mismatch", ["175-KH/HU"], ["hu_ql_kh175_2025.docx"], "175-KH/HU (.docx): `03 nhiệm vụ sau:` followed by 4 numbered paragraphs")
p("ambiguous-id", ["09-NQ/TU"], ["du_tmai_kh02_2025.txt"],
  "Đảng ủy phường Tân Mai 02-KH/ĐU (OCR-like): `Tiếp tục thực hiện Nghị quyết số 09-NQ/TU và các nghị quyết chuyên đề của cấp trên` — no date, no issuer; the Tỉnh ủy's 09-NQ/TU (10/8/2021) and the former Thị ủy Hoàng Mai's 09-NQ/TU (25/8/2021) both fit")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-09-NQ-TU-tinh-uy-and-thi-uy", ["09-NQ/TU"], ["tu_na_nq09_2021.html", "tx_hm_nq09_2021.txt"], ["duplicate-identity"])
t("dated-09-NQ-TU-citations-resolve", ["09-NQ/TU"],
  ["tu_na_ctr26_2023.txt", "tx_hm_nq09_2021.txt", "tx_hm_tb327_2024a.txt", "tx_hm_bc150_2024.txt", "du_hmai_nq01_2025.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling"])
t("thi-uy-09-cites-tinh-uy-09-not-self", ["09-NQ/TU"], ["tx_hm_nq09_2021.txt"], ["cycle", "temporal"])
t("id-broken-across-lines", ["09-NQ/TU", "130-KH/TU"], ["tx_hm_kh130_2024.txt"], ["dangling", "ambiguous-id", "metadata-conflict", "temporal"])
t("two-terms-01-NQ-HU", ["01-NQ/HU"], ["hu_ql_kh48_2019.txt", "hu_ql_nq01_2020.txt"],
  ["temporal", "metadata-conflict", "ambiguous-id", "cycle", "duplicate-identity"])
t("two-terms-35-CT-TW", ["35-CT/TW"], ["hu_ql_kh48_2019.txt", "hu_ql_kh160_2024.txt"], ["metadata-conflict", "ambiguous-id", "temporal", "superseded-citation"])
t("narrated-replacement-45-of-35", ["35-CT/TW", "45-CT/TW"], ["hu_ql_kh175_2025.docx", "hu_ql_kh160_2024.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("amendment-keeps-amended-in-force", ["06-QĐ/HU", "11-QĐ/HU"], ["hu_ql_qd11_2022.txt", "hu_ql_qd06_2021.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle"])
t("proposed-replacement-in-letter", ["01-QC/HU", "1820-CV/HU"], ["hu_ql_cv1820_2023.txt"],
  ["superseded-citation", "inverse-inconsistency", "overdue-plan", "cycle"])
t("cited-before-replacement", ["01-QC/HU"], ["hu_ql_qd11_2022.txt", "hu_ql_cv1820_2023.txt"], ["superseded-citation"])
t("replacement-clauses-themselves", ["01-QC/HU", "06-QĐ/HU", "11-QĐ/HU", "03-QĐ/TU", "160-KH/HU", "02-QC/HU"],
  ["hu_ql_qc05_2023.txt", "hu_ql_qd14_2023.txt", "tx_hm_qd18_2024.html", "hu_ql_kh175_2025.docx", "hu_ql_qc01_2020.txt"],
  ["superseded-citation", "temporal", "metadata-conflict"])
t("partial-repeal-keeps-03-NQ-HU-in-force", ["03-NQ/HU"], ["du_qanh_nq03_2025.txt", "hu_ql_nq10_2024.txt", "ub_ql_kh85_2021.txt"],
  ["superseded-citation", "inverse-inconsistency"])
t("cited-before-repeal", ["04-NQ/HU"], ["ub_ql_kh85_2021.txt"], ["superseded-citation", "temporal"])
t("former-huyen-uy-name-after-2025", ["01-NQ/HU", "03-NQ/HU", "21-CTr/HU", "04-NQ/HU"],
  ["du_qthang_kh12_2025.txt", "du_qanh_nq03_2025.txt", "du_qvan_kh08_2025.md"], ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("former-thi-uy-name-after-2025", ["130-KH/TU", "09-NQ/TU"], ["du_tmai_kh02_2025.txt", "du_hmai_nq01_2025.txt"], ["dangling", "temporal"])
t("same-number-12-KH-DU-old-and-new-commune", ["12-KH/ĐU"], ["du_qthang_kh12_2021.txt", "du_qthang_kh12_2025.txt"],
  ["duplicate-identity", "cycle", "ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("ambiguous-not-other", ["09-NQ/TU"], ["du_tmai_kh02_2025.txt"], ["dangling", "metadata-conflict"],
  requires_planted=dict(rule="ambiguous-id", id="09-NQ/TU", file="du_tmai_kh02_2025.txt"))
t("temporal-not-other", ["40-KH/TU"], ["tx_hm_kh118_2025.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="40-KH/TU", file="tx_hm_kh118_2025.txt"))
t("date-conflict-not-other-layout", ["14-QĐ/HU"], ["hu_ql_kh160_2024.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="14-QĐ/HU", file="hu_ql_kh160_2024.txt"))
t("date-conflict-not-other-nfd", ["95-KH/TU"], ["du_hmai_nq01_2025.txt"], ["ambiguous-id", "dangling", "temporal"],
  requires_planted=dict(rule="metadata-conflict", id="95-KH/TU", file="du_hmai_nq01_2025.txt"))
t("superseded-not-other-crlf", ["01-QC/HU"], ["hu_ql_tb210_2024.txt"], ["dangling", "metadata-conflict", "ambiguous-id", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="01-QC/HU", file="hu_ql_tb210_2024.txt"))
t("deadlines-met-by-later-documents", ["26-CTr/TU", "21-CTr/HU", "03-QĐ/TU", "57-NQ/TW"],
  ["tu_na_ctr26_2023.txt", "hu_ql_ctr21_2025.txt", "tx_hm_kh130_2024.txt"], ["overdue-plan"])
t("recurring-or-not-yet-due-rows", ["26-CTr/TU", "112-KH/HU", "95-KH/TU", "12-KH/ĐU", "85/KH-UBND", "40-KH/TU", "118-KH/TU"],
  ["tu_na_ctr26_2023.txt", "hu_ql_kh112_2023.txt", "tx_hm_kh95_2023.txt", "du_qthang_kh12_2025.txt", "ub_ql_kh85_2021.txt",
   "du_qthang_kh12_2021.txt", "tu_na_kh40_2025.md", "tx_hm_kh118_2025.txt"], ["overdue-plan"])
t("dated-activities-announce-no-document", ["48-KH/HU", "160-KH/HU", "1820-CV/HU", "112-KH/HU", "95-KH/TU"],
  ["hu_ql_kh48_2019.txt", "hu_ql_kh160_2024.txt", "hu_ql_cv1820_2023.txt", "hu_ql_kh112_2023.txt", "tx_hm_kh95_2023.txt"], ["overdue-plan"])
t("obligations-fulfilled", ["26-CTr/TU", "40-KH/TU", "03-NQ/HU"], ["tu_na_ctr26_2023.txt", "tu_na_kh40_2025.md", "hu_ql_nq03_2021.txt"],
  ["unmet-obligation"])
t("chi-bo-obligation-fulfilled", ["01-NQ/HU"], ["hu_ql_nq01_2020.txt"], ["unmet-obligation"])
t("ubkt-guidance-is-not-the-plan", ["01-NQ/HU", "03-HD/UBKTHU"], ["ubkt_ql_hd03_2022.txt"], ["unmet-obligation", "temporal", "metadata-conflict", "dangling"],
  requires_planted=dict(rule="unmet-obligation", id="01-NQ/HU", file="hu_ql_nq01_2020.txt"))
t("counted-lists-match", ["01-NQ/HU", "112-KH/HU"], ["hu_ql_nq01_2020.txt", "hu_ql_kh112_2023.txt"], ["count-mismatch"])
t("thay-the-ordinary-word", ["245-BC/HU", "327-TB/TU", "09-NQ/TU"], ["hu_ql_bc245_2023.txt", "tx_hm_tb327_2024a.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation", "temporal"])
t("narrated-amendment-and-replacement-in-report", ["06-QĐ/HU", "11-QĐ/HU", "14-QĐ/HU"], ["hu_ql_bc245_2023.txt"],
  ["inverse-inconsistency", "superseded-citation", "cycle", "temporal"])
t("undated-re-mention-resolves", ["01-NQ/HU"], ["hu_ql_bc245_2023.txt"], ["ambiguous-id", "metadata-conflict", "temporal"])
t("proposal-to-replace-09-NQ-TU", ["09-NQ/TU"], ["tx_hm_bc150_2024.txt", "du_hmai_nq01_2025.txt", "tx_hm_kh130_2024.txt"],
  ["superseded-citation", "inverse-inconsistency", "overdue-plan"])
t("quoted-draft-title-sua-doi-bo-sung", ["18-QĐ/TU"], ["tx_hm_bc150_2024.txt", "tx_hm_qd18_2024.html"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "overdue-plan"])
t("self-references", ["01-NQ/HU", "175-KH/HU", "130-KH/TU", "26-CTr/TU", "06-QĐ/HU", "05-QC/HU", "40-KH/TU", "03-NQ/HU"],
  ["hu_ql_nq01_2020.txt", "hu_ql_kh175_2025.docx", "tx_hm_kh130_2024.txt", "tu_na_ctr26_2023.txt", "hu_ql_qd06_2021.txt",
   "hu_ql_qc05_2023.txt", "tu_na_kh40_2025.md", "hu_ql_nq03_2021.txt"], ["cycle", "temporal", "duplicate-identity"])
t("same-day-cycle-no-temporal", ["21-CTr/HU", "15-HD/BTGHU"], ["hu_ql_ctr21_2025.txt", "btg_ql_hd15_2025.md"], ["temporal", "metadata-conflict", "dangling"])
t("nfd-crlf-ocr-layout-identity", ["210-TB/HU", "01-NQ/ĐU", "02-KH/ĐU", "112-KH/HU", "160-KH/HU", "26-CTr/TU", "95-KH/TU", "130-KH/TU", "14-QĐ/HU"],
  ["hu_ql_tb210_2024.txt", "du_hmai_nq01_2025.txt", "du_tmai_kh02_2025.txt", "hu_ql_kh112_2023.txt", "hu_ql_kh160_2024.txt", "tu_na_ctr26_2023.txt"],
  ["dangling", "ambiguous-id"])
t("html-docx-md-identity", ["19-QĐ/HU", "18-QĐ/TU", "09-NQ/TU", "175-KH/HU", "160-KH/HU", "40-KH/TU", "15-HD/BTGHU", "21-CTr/HU", "05-QC/HU", "130-KH/TU", "06-QĐ/HU", "03-QĐ/TU"],
  ["hu_ql_qd19_2024.html", "tx_hm_qd18_2024.html", "tu_na_nq09_2021.html", "hu_ql_kh175_2025.docx", "tu_na_kh40_2025.md", "btg_ql_hd15_2025.md", "du_qvan_kh08_2025.md"],
  ["dangling"])
t("phone-fax-numbers", ["0238.3864.120", "0238.3864.121", "0238.3866.215", "0238.3866.216", "0238.3844.566", "0238.3844.567"],
  ["hu_ql_qd19_2024.html", "tx_hm_qd18_2024.html", "tu_na_nq09_2021.html"], ["dangling", "temporal", "metadata-conflict"])
t("party-beside-state-numbering", ["85/KH-UBND", "03-NQ/HU", "04-NQ/HU"], ["ub_ql_kh85_2021.txt", "hu_ql_nq03_2021.txt", "hu_ql_nq04_2021.txt"],
  ["dangling", "ambiguous-id", "metadata-conflict", "duplicate-identity"])
t("planned-amendment-keeps-05-QC-HU-in-force", ["05-QC/HU"], ["hu_ql_kh160_2024.txt", "hu_ql_qd19_2024.html", "hu_ql_nq10_2024.txt", "hu_ql_qd14_2023.txt", "du_qvan_kh08_2025.md"],
  ["superseded-citation", "temporal", "metadata-conflict"])
t("letter-considered-by-quy-che", ["1820-CV/HU"], ["hu_ql_qc05_2023.txt"], ["dangling", "temporal", "metadata-conflict", "cycle"])
t("replaced-plan-160-not-cited-later", ["160-KH/HU"], ["hu_ql_kh160_2024.txt", "hu_ql_kh175_2025.docx"], ["inverse-inconsistency", "cycle", "temporal"])

key = dict(round=44, world="The Party line of huyện Quỳnh Lưu and thị xã Hoàng Mai (tỉnh Nghệ An), 2019-2026, and the communes and wards whose Đảng ủy took over on 1/7/2025: Tỉnh ủy Nghệ An 09-NQ/TU (2021), 26-CTr/TU (2023), 40-KH/TU (2025); Huyện ủy Quỳnh Lưu 48-KH/HU (2019, khóa XXVII), 01-QC/HU, 01-NQ/HU (2020), 03-NQ/HU, 04-NQ/HU, 06-QĐ/HU (2021), 11-QĐ/HU (2022), 1820-CV/HU, 05-QC/HU, 14-QĐ/HU, 245-BC/HU, 112-KH/HU (2023), 210-TB/HU, 160-KH/HU, 19-QĐ/HU, 10-NQ/HU (2024), 21-CTr/HU, 175-KH/HU (2025); Ban Tuyên giáo 15-HD/BTGHU; Ủy ban Kiểm tra 03-HD/UBKTHU; UBND huyện 85/KH-UBND; Thị ủy Hoàng Mai 09-NQ/TU, 03-QĐ/TU (2021), 95-KH/TU (2023), 327-TB/TU ×2, 130-KH/TU, 18-QĐ/TU, 150-BC/TU (2024), 118-KH/TU (2025); Đảng ủy xã Quỳnh Thắng 12-KH/ĐU (old commune 2021, new commune 2025), xã Quỳnh Anh 03-NQ/ĐU, xã Quỳnh Văn 08-KH/ĐU, phường Hoàng Mai 01-NQ/ĐU, phường Tân Mai 02-KH/ĐU (2025)",
           planted=P,
           external=["39-NQ/TW", "57-NQ/TW", "18-NQ/TW", "22-QĐ/TW", "21-KL/TW", "35-CT/TW", "45-CT/TW", "11-QĐ/TW", "29-QĐ/TW",
                     "207-KH/TU", "01-NQ/HU", "02-QC/HU"],
           collateral=[dict(rule="superseded-citation", files=["hu_ql_qd19_2024.html"], ids=["06-QĐ/HU"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
