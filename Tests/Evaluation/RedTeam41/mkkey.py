#!/usr/bin/env python3
"""Writes key.json for red team round 41 (a mountain district Party committee's directives, conclusions and letters in tỉnh
Bắc Kạn — huyện Chợ Đồn, Ngân Sơn, Pác Nặm, Na Rì — merged into tỉnh Thái Nguyên on 1/7/2025, 2019-2026). Adapted from
RedTeam37/mkkey.py (same key format, read by the same score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["05-KH/ĐU", "08-TB/ĐU"], ["du_ns_kh05_2025.txt", "du_ns_tb08_2025.md"],
  "xã Ngân Sơn, both 10/9/2025: 05-KH/ĐU `Căn cứ Thông báo kết luận số 08-TB/ĐU, ngày 10/9/2025 …`; 08-TB/ĐU (Markdown) `1. Thực hiện Kế hoạch số 05-KH/ĐU, ngày 10/9/2025 …`")
p("superseded-citation", ["05-CT/HU"], ["ub_cd_kh45_2024.txt", "hu_cd_ct09_2023.txt"],
  "UBND huyện Chợ Đồn 01/3/2024 `Thực hiện Chỉ thị số 05-CT/HU, ngày 12/5/2021 của Ban Thường vụ Huyện ủy Chợ Đồn` — replaced by 09-CT/HU of 10/10/2023")
p("superseded-citation", ["15-CT/TU"], ["du_bt_kh04_2026.txt", "tu_tn_ct15_2025.txt"],
  "Đảng ủy xã Bằng Thành 02/3/2026 `Căn cứ Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Bắc Kạn` — replaced by Thái Nguyên's 15-CT/TU of 20/10/2025 (same number, another body)")
p("superseded-citation", ["42-KL/TU"], ["du_nr_kh02_2026.txt", "tu_tn_kl05_2026.txt"],
  "Đảng ủy xã Na Rì 20/3/2026 `Căn cứ Kết luận số 42-KL/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy Bắc Kạn` — `hết hiệu lực kể từ ngày ký` 05-KL/TU of 10/02/2026")
p("temporal", ["07-CT/HU"], ["hu_pn_tb12_2022.txt", "hu_pn_ct07_2022.txt"],
  "Huyện ủy Pác Nặm notice of 08/7/2022 `tiếp tục triển khai thực hiện Chỉ thị số 07-CT/HU, ngày 05/9/2022` — two months before the directive")
p("temporal", ["42-KL/TU"], ["hu_ns_tb27_2023a.txt", "tu_bk_kl42_2023.md"],
  "Huyện ủy Ngân Sơn notice of 09/3/2023 (NFD) `Thực hiện Kết luận số 42-KL/TU, ngày 15/3/2023` — six days before the conclusion")
p("metadata-conflict", ["42-KL/TU"], ["hu_nr_kh40_2023.txt", "tu_bk_kl42_2023.md"],
  "Huyện ủy Na Rì 10/5/2023 (OCR-like) `Kết luận số 42-KL/TU, ngày 25/3/2023 của Ban Thường vụ Tỉnh ủy Bắc Kạn`; the conclusion is of 15/3/2023")
p("metadata-conflict", ["15-CT/TU"], ["du_nr_kh02_2026.txt", "tu_tn_ct15_2025.txt"],
  "Đảng ủy xã Na Rì 20/3/2026 `Chỉ thị số 15-CT/TU, ngày 25/10/2025 của Ban Thường vụ Tỉnh ủy Thái Nguyên`; Thái Nguyên's directive is of 20/10/2025 (Bắc Kạn's 15-CT/TU is of 10/3/2021 — the issuer decides which is meant)")
p("duplicate-identity", ["27-TB/HU"], ["hu_ns_tb27_2023a.txt", "hu_ns_tb27_2023b.md"],
  "Huyện ủy Ngân Sơn numbered two notices 27-TB/HU in one term (09/3/2023 and 14/11/2023)")
p("inverse-inconsistency", ["05-CT/HU"], ["hu_cd_ct09_2023.txt", "hu_cd_ct14_2024.md"],
  "Chợ Đồn's 05-CT/HU is replaced by 09-CT/HU (10/10/2023) and again by 14-CT/HU (18/6/2024, Markdown) — two documents claim to replace it")
p("overdue-plan", ["02-QC/HU"], ["hu_pn_kh36_2023.txt"],
  "36-KH/HU row 1 `Sửa đổi, bổ sung Quy chế số 02-QC/HU, ngày 20/10/2020 …`, `Quý IV/2024`, moved to `Quý II/2025` by 418-CV/HU; nothing amends it (418-CV/HU's V/v line only names the task)")
p("overdue-plan", ["28-KH/HU"], ["hu_cd_ct09_2023.txt"],
  "09-CT/HU item 2 `tham mưu Ban Thường vụ Huyện ủy sửa đổi, bổ sung Kế hoạch số 28-KH/HU, ngày 05/4/2021 …, hoàn thành trong Quý I/2024`; nothing amends it (03-KH/ĐU only continues it)")
p("overdue-plan", ["05-KL/TU"], ["tu_tn_kl05_2026.txt"],
  "05-KL/TU item 4 announces `Đề án kiện toàn tổ chức cơ sở đảng trong lực lượng kiểm lâm sau hợp nhất`, `hoàn thành trong Quý II/2026`; no such Đề án", announces=True)
p("unmet-obligation", ["07-CT/HU"], ["hu_pn_ct07_2022.txt"],
  "`1. Ban Tuyên giáo Huyện ủy xây dựng kế hoạch tuyên truyền Chỉ thị này.`: no plan of the Ban Tuyên giáo (36-KH/HU is the Ban Thường vụ's, on another subject)", contains="Ban Tuyên giáo")
p("count-mismatch", ["36-KH/HU"], ["hu_pn_kh36_2023.txt"], "Pác Nặm 10/02/2023: `Kế hoạch với 04 nhiệm vụ trọng tâm sau:` followed by 3 numbered items")
p("count-mismatch", ["04-KH/ĐU"], ["du_bt_kh04_2026.txt"], "xã Bằng Thành 02/3/2026: `tập trung chỉ đạo 02 nội dung sau:` followed by 3 numbered items")
p("ambiguous-id", ["03-KL/HU"], ["hu_cd_bc112_2023.txt"],
  "Chợ Đồn 20/3/2023 `Kết luận số 03-KL/HU của Ban Thường vụ Huyện ủy về phát triển kinh tế lâm nghiệp` — no date; Chợ Đồn issued a 03-KL/HU on the same subject in both terms (22/8/2019 and 14/01/2021)")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-05-CT/HU-two-districts", ["05-CT/HU"], ["ub_ns_kh52_2024.txt", "hu_ns_ct05_2022.html", "hu_ns_kh31_2021.txt"],
  ["superseded-citation", "ambiguous-id", "metadata-conflict", "duplicate-identity", "inverse-inconsistency"])
t("same-number-12-TB/HU-two-districts", ["12-TB/HU"], ["hu_pn_tb12_2022.txt", "hu_nr_tb12_2024.md"], ["duplicate-identity", "ambiguous-id", "metadata-conflict"])
t("same-number-15-CT/TU-two-provinces", ["15-CT/TU"], ["tu_bk_ct15_2021.txt", "tu_tn_ct15_2025.txt"],
  ["duplicate-identity", "cycle", "temporal", "metadata-conflict", "ambiguous-id"])
t("same-number-03-KL/HU-two-terms", ["03-KL/HU"], ["hu_cd_kl03_2019.txt", "hu_cd_kl03_2021.html"], ["duplicate-identity", "metadata-conflict"])
t("dated-citation-of-03-KL/HU", ["03-KL/HU"], ["hu_cd_kh28_2021.txt"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("new-15-CT/TU-cited-with-date", ["15-CT/TU"], ["du_cd_kh03_2025.txt", "du_cd_bc15_2026.html", "tu_tn_kl05_2026.txt"],
  ["superseded-citation", "ambiguous-id", "metadata-conflict", "temporal"])
t("replacement-only-proposed", ["09-CT/HU"], ["hu_cd_bc205_2025.docx", "du_cd_kh03_2025.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("kh28-rows-met-recurring-carried-over", ["28-KH/HU", "05-CT/HU", "112-BC/HU", "15-CT/TU"], ["hu_cd_kh28_2021.txt"], ["overdue-plan"])
t("extended-by-letter-then-met", ["31-KH/HU", "07-ĐA/HU", "245-CV/HU"], ["hu_ns_kh31_2021.txt", "hu_ns_cv245_2023.txt", "hu_ns_da07_2025.txt"],
  ["overdue-plan", "temporal", "superseded-citation", "inverse-inconsistency"])
t("postponed-by-notice-then-met", ["40-KH/HU", "11-CT/HU", "12-TB/HU"], ["hu_nr_kh40_2023.txt", "hu_nr_tb12_2024.md", "hu_nr_ct11_2024.html"],
  ["overdue-plan", "temporal", "inverse-inconsistency", "superseded-citation"])
t("self-reference-by-number", ["11-CT/HU"], ["hu_nr_ct11_2024.html"], ["cycle", "temporal", "dangling", "duplicate-identity", "metadata-conflict"])
t("former-district-name-after-2025", ["28-KH/HU", "09-CT/HU", "40-KH/HU", "07-ĐA/HU", "418-CV/HU"],
  ["du_cd_kh03_2025.txt", "du_nr_kh02_2026.txt", "du_ns_kh05_2025.txt", "du_bt_kh04_2026.txt"], ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("capital-adjustment-is-no-revision", ["28-KH/HU", "45/KH-UBND"], ["ub_cd_kh45_2024.txt"], ["overdue-plan", "inverse-inconsistency", "cycle", "superseded-citation"])
t("thay-the-ordinary-verb", ["05-CT/HU"], ["ub_ns_kh52_2024.txt"], ["inverse-inconsistency", "cycle", "superseded-citation", "temporal"])
t("vv-line-names-sua-doi-bo-sung", ["02-QC/HU", "36-KH/HU"], ["hu_pn_cv418_2024.txt", "du_bt_kh04_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="02-QC/HU", file="hu_pn_kh36_2023.txt"))
t("obligations-fulfilled", ["15-CT/TU"], ["tu_bk_ct15_2021.txt", "tu_tn_ct15_2025.txt"], ["unmet-obligation"])
t("counted-lists-match", ["05-CT/HU", "15-CT/TU", "40-KH/HU"], ["hu_cd_ct05_2021.txt", "tu_tn_ct15_2025.txt", "hu_nr_kh40_2023.txt"], ["count-mismatch"])
t("replace-and-repeal-clauses-themselves", ["05-CT/HU", "15-CT/TU", "42-KL/TU", "22-CT/TU"],
  ["hu_cd_ct09_2023.txt", "tu_tn_ct15_2025.txt", "tu_tn_kl05_2026.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("amended-directive-stays-in-force", ["15-CT/TU"], ["tu_tn_kl05_2026.txt", "du_cd_bc15_2026.html", "du_nr_kh02_2026.txt", "du_cd_kh03_2025.txt"],
  ["superseded-citation", "inverse-inconsistency"])
t("cited-before-replacement-or-end", ["15-CT/TU", "05-CT/HU", "42-KL/TU"],
  ["hu_cd_kh28_2021.txt", "hu_ns_kh31_2021.txt", "hu_pn_ct07_2022.txt", "hu_cd_bc112_2023.txt", "hu_cd_ct09_2023.txt", "hu_nr_ct11_2024.html",
   "hu_cd_bc205_2025.docx", "hu_nr_kh40_2023.txt", "hu_ns_tb27_2023a.txt", "tu_bk_kl42_2023.md"], ["superseded-citation"])
t("notice-only-reports", ["20-KH/HU", "12-TB/HU"], ["hu_pn_tb12_2022.txt"],
  ["cycle", "overdue-plan", "inverse-inconsistency", "superseded-citation", "duplicate-identity"],
  requires_planted=dict(rule="temporal", id="07-CT/HU", file="hu_pn_tb12_2022.txt"))
t("nfd-crlf-ocr-broken-identity", ["27-TB/HU", "42-KL/TU", "28-KH/HU", "15-CT/TU", "03-KL/HU", "40-KH/HU"],
  ["hu_ns_tb27_2023a.txt", "hu_cd_kh28_2021.txt", "hu_nr_kh40_2023.txt", "du_cd_kh03_2025.txt"], ["dangling", "ambiguous-id"])
t("html-identity", ["05-CT/HU", "11-CT/HU", "03-KL/HU", "15-BC/ĐU", "31-KH/HU", "40-KH/HU", "42-KL/TU", "05-KL/TU", "03-KH/ĐU", "15-CT/TU"],
  ["hu_ns_ct05_2022.html", "hu_nr_ct11_2024.html", "hu_cd_kl03_2021.html", "du_cd_bc15_2026.html"], ["dangling"])
t("markdown-identity", ["42-KL/TU", "14-CT/HU", "27-TB/HU", "12-TB/HU", "08-TB/ĐU", "05-KH/ĐU", "40-KH/HU", "31-KH/HU", "05-CT/HU", "15-CT/TU"],
  ["tu_bk_kl42_2023.md", "hu_cd_ct14_2024.md", "hu_ns_tb27_2023b.md", "hu_nr_tb12_2024.md", "du_ns_tb08_2025.md"], ["dangling"])
t("docx-identity", ["205-BC/HU", "09-CT/HU", "42-KL/TU"], ["hu_cd_bc205_2025.docx"], ["dangling", "ambiguous-id"])
t("layout-identity", ["15-CT/TU", "05-CT/HU", "28-KH/HU"], ["tu_bk_ct15_2021.txt", "hu_cd_ct05_2021.txt", "ub_ns_kh52_2024.txt"], ["dangling", "ambiguous-id"])
t("same-day-cycle-no-temporal", ["05-KH/ĐU", "08-TB/ĐU"], ["du_ns_kh05_2025.txt", "du_ns_tb08_2025.md"], ["temporal", "metadata-conflict", "dangling"])
t("temporal-not-other-pac-nam", ["07-CT/HU"], ["hu_pn_tb12_2022.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="07-CT/HU", file="hu_pn_tb12_2022.txt"))
t("temporal-not-other-ngan-son-nfd", ["42-KL/TU"], ["hu_ns_tb27_2023a.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="42-KL/TU", file="hu_ns_tb27_2023a.txt"))
t("date-conflict-not-other-na-ri-2023", ["42-KL/TU"], ["hu_nr_kh40_2023.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="42-KL/TU", file="hu_nr_kh40_2023.txt"))
t("date-conflict-not-other-xa-na-ri", ["15-CT/TU"], ["du_nr_kh02_2026.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="15-CT/TU", file="du_nr_kh02_2026.txt"))
t("superseded-not-other-bang-thanh", ["15-CT/TU"], ["du_bt_kh04_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="15-CT/TU", file="du_bt_kh04_2026.txt"))
t("superseded-not-other-xa-na-ri", ["42-KL/TU"], ["du_nr_kh02_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="42-KL/TU", file="du_nr_kh02_2026.txt"))
t("superseded-not-other-cho-don", ["05-CT/HU"], ["ub_cd_kh45_2024.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="05-CT/HU", file="ub_cd_kh45_2024.txt"))
t("ambiguous-not-other", ["03-KL/HU"], ["hu_cd_bc112_2023.txt"], ["dangling", "metadata-conflict"],
  requires_planted=dict(rule="ambiguous-id", id="03-KL/HU", file="hu_cd_bc112_2023.txt"))
t("repeal-narrated-in-report", ["42-KL/TU", "05-KL/TU"], ["du_cd_bc15_2026.html"], ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("undated-15-CT/TU-before-merger", ["15-CT/TU"], ["hu_ns_tb27_2023a.txt", "tu_bk_kl42_2023.md", "hu_nr_kh40_2023.txt"],
  ["ambiguous-id", "metadata-conflict", "superseded-citation"])
t("deadline-letters-are-no-replacement", ["31-KH/HU", "36-KH/HU", "40-KH/HU"], ["hu_ns_cv245_2023.txt", "hu_pn_cv418_2024.txt", "hu_nr_tb12_2024.md"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal", "duplicate-identity"])
t("phone-fax-numbers", ["0208.3855.742", "0208.3855.743", "0209.3882.126", "0209.3882.127", "0209.3874.118", "0209.3874.119", "0209.3884.270"],
  ["hu_ns_ct05_2022.html", "hu_nr_ct11_2024.html", "hu_cd_kl03_2021.html", "du_cd_bc15_2026.html"], ["dangling", "temporal", "metadata-conflict"])

key = dict(round=41, world="A mountain district Party committee's directives, conclusions and letters in tỉnh Bắc Kạn (huyện Chợ Đồn, Ngân Sơn, Pác Nặm, Na Rì), merged into tỉnh Thái Nguyên on 1/7/2025 (districts abolished, communes merged), 2019-2026: Tỉnh ủy Bắc Kạn 15-CT/TU (2021), 42-KL/TU (2023); Tỉnh ủy Thái Nguyên 15-CT/TU (2025, replaces Bắc Kạn's), 05-KL/TU (2026, ends 42-KL/TU, amends 15-CT/TU); Huyện ủy Chợ Đồn 03-KL/HU ×2 (two terms), 28-KH/HU, 05-CT/HU, 112-BC/HU, 09-CT/HU, 14-CT/HU, 205-BC/HU; UBND huyện Chợ Đồn 45/KH-UBND; Huyện ủy Ngân Sơn 31-KH/HU, 05-CT/HU, 27-TB/HU ×2, 245-CV/HU, 07-ĐA/HU; UBND huyện Ngân Sơn 52/KH-UBND; Huyện ủy Pác Nặm 12-TB/HU, 07-CT/HU, 36-KH/HU, 418-CV/HU; Huyện ủy Na Rì 40-KH/HU, 12-TB/HU, 11-CT/HU; Đảng ủy xã Chợ Đồn 03-KH/ĐU, 15-BC/ĐU; xã Ngân Sơn 05-KH/ĐU, 08-TB/ĐU; xã Na Rì 02-KH/ĐU; xã Bằng Thành 04-KH/ĐU",
           planted=P,
           external=["13-CT/TW", "22-CT/TU", "1520/QĐ-UBND", "02-QC/HU", "16/2017/QH14", "156/2018/NĐ-CP", "202/2025/QH15",
                     "24-QĐ/TW", "08-HD/BTCTU", "20-KH/HU"],
           collateral=[dict(rule="superseded-citation", files=["hu_cd_ct14_2024.md"], ids=["05-CT/HU"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
