#!/usr/bin/env python3
"""Writes key.json for red team round 35 (cadre management — phân cấp quản lý cán bộ — in tỉnh Lạng Sơn, a province not
merged on 1/7/2025; districts and the city abolished, communes and wards merged). Adapted from RedTeam34/mkkey.py (same key
format, read by the same score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["03-NQ/ĐU", "27/KH-UBND"], ["du_lvt_nq03_2025.txt", "ubp_lvt_kh27_2025.md"],
  "phường Lương Văn Tri, both 20/9/2025: Đảng ủy phường 03-NQ/ĐU `Căn cứ Kế hoạch số 27/KH-UBND ngày 20/9/2025 …`; UBND phường 27/KH-UBND (Markdown headings) `Thực hiện Nghị quyết số 03-NQ/ĐU ngày 20/9/2025 …`")
p("superseded-citation", ["15-QĐ/TU"], ["hu_hl_kh31_2023.txt", "tu_ls_qd15_2023.txt"],
  "Huyện ủy Hữu Lũng 15/8/2023 (CRLF, no `*` line) `Căn cứ Quy định số 15-QĐ/TU ngày 10/4/2018 …`; replaced by the Tỉnh ủy's new 15-QĐ/TU (same number) of 20/3/2023")
p("superseded-citation", ["105-QĐ/TW"], ["hu_chl_kh09_2023.txt", "tw_qd80_2022.txt"],
  "Huyện ủy Chi Lăng 12/01/2023 (NFD) `Căn cứ Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị …`; replaced by 80-QĐ/TW of 18/8/2022")
p("superseded-citation", ["12/2023/QĐ-UBND"], ["snv_kh45_2026.txt", "ubnd_qd25_2025.txt"],
  "Sở Nội vụ 45/KH-SNV 10/02/2026 `Căn cứ Quyết định số 12/2023/QĐ-UBND …`; replaced by 25/2025/QĐ-UBND from 10/9/2025")
p("temporal", ["15-QĐ/TU"], ["hu_vl_kh20_2023.txt", "tu_ls_qd15_2023.txt"],
  "Huyện ủy Văn Lãng 10/3/2023 (OCR-like) `Thực hiện Quy định số 15-QĐ/TU ngày 20/3/2023 …` — ten days later than the plan")
p("metadata-conflict", ["07-HD/BTCTU"], ["hu_td_kh15_2023.txt", "btctu_hd07_2023.md"],
  "Huyện ủy Tràng Định 20/6/2023 (pdftotext -layout) cites `Hướng dẫn số 07-HD/BTCTU ngày 15/5/2023`; the guidance is of 25/4/2023")
p("metadata-conflict", ["18-TB/UBKTTU"], ["hu_lb_bc45_2024.txt", "ubkt_tb18_2024.txt"],
  "Huyện ủy Lộc Bình 25/6/2024 cites `Thông báo số 18-TB/UBKTTU ngày 10/5/2024 của Ban Tổ chức Tỉnh ủy`; the notice is the Ủy ban Kiểm tra's — an issuer conflict")
p("duplicate-identity", ["09-HD/BTCTU"], ["btctu_hd09_2024a.txt", "btctu_hd09_2024b.html"],
  "Ban Tổ chức Tỉnh ủy numbered two guidance documents 09-HD/BTCTU in 2024, same term (12/3/2024 text; 20/8/2024 minified portal page)")
p("inverse-inconsistency", ["12/2023/QĐ-UBND"], ["ubnd_qd25_2025.txt", "ubnd_qd03_2026.docx"],
  "12/2023/QĐ-UBND is replaced by 25/2025/QĐ-UBND (from 10/9/2025) and again, in the .docx's numbered list of replaced documents, by 03/2026/QĐ-UBND")
p("overdue-plan", ["25/2025/QĐ-UBND"], ["snv_kh45_2026.txt"],
  "layout task row 1: `Tham mưu UBND tỉnh sửa đổi, bổ sung Quyết định số 25/2025/QĐ-UBND …`, `Tháng 6/2026`; nothing amends it (112/BC-SNV quotes a draft's title)")
p("overdue-plan", ["08-KH/TU"], ["tu_ls_kh08_2022.txt"],
  "layout task row 3 announces `Quy định về tiêu chuẩn chức danh cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Tỉnh ủy quản lý`, `Quý IV/2023`; no such Quy định", announces=True)
p("overdue-plan", ["07-HD/BTCTU"], ["btctu_hd09_2024b.html"],
  "minified portal page: `Ban Tổ chức Tỉnh ủy chủ trì sửa đổi, bổ sung Hướng dẫn số 07-HD/BTCTU ngày 25/4/2023 …, hoàn thành trong Quý IV/2024`; nothing amends it")
p("unmet-obligation", ["15-QĐ/TU"], ["tu_ls_qd15_2023.txt"],
  "Điều 9 khoản 3 `Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh xây dựng kế hoạch thực hiện Quy định này …`: no plan of the Đảng ủy Khối", contains="Khối")
p("count-mismatch", ["12-KH/HU"], ["hu_cl_kh12_2023.txt"], "Huyện ủy Cao Lộc: `xác định 03 nhiệm vụ sau:` followed by 4 numbered items")
p("count-mismatch", ["08-KH/ThU"], ["thu_ls_kh08_2022.txt"], "Thành ủy Lạng Sơn: `Kế hoạch gồm 05 nội dung chủ yếu:` followed by 4 numbered items")
p("ambiguous-id", ["15-QĐ/TU"], ["ubx_hl_kh14_2026.txt"],
  "UBND xã Hữu Lũng 10/3/2026: `căn cứ Quy định số 15-QĐ/TU của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ` with no date; the Ban Thường vụ issued a 15-QĐ/TU on that subject in 2018 (khóa XVI) and another in 2023 (khóa XVII)")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-15-QD-TU-2018-and-2023", ["15-QĐ/TU"], ["tu_ls_qd15_2018.txt", "tu_ls_qd15_2023.txt"], ["duplicate-identity"])
t("replaces-its-own-number", ["15-QĐ/TU"], ["tu_ls_qd15_2023.txt"],
  ["cycle", "temporal", "metadata-conflict", "ambiguous-id", "superseded-citation", "duplicate-identity"])
t("08-KH-TU-vs-08-KH-ThU", ["08-KH/TU", "08-KH/ThU"], ["tu_ls_kh08_2022.txt", "thu_ls_kh08_2022.txt", "ubp_lvt_kh27_2025.md", "hu_chl_kh09_2023.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "dangling", "temporal", "cycle"])
t("15-QD-ThU-vs-15-QD-TU-same-place-name", ["15-QĐ/ThU", "15-QĐ/TU"], ["thu_ls_qd15_2023.txt", "du_lvt_nq03_2025.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "dangling", "temporal"])
t("12-KH-HU-vs-12-KH-DU-vs-12-KL-TU", ["12-KH/HU", "12-KH/ĐU", "12-KL/TU"], ["hu_cl_kh12_2023.txt", "du_dd_kh12_2025.txt", "tu_ls_kl12_2026.txt", "ubx_dd_kh33_2026.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "cycle", "dangling"])
t("15-KH-HU-vs-15-QD-TU", ["15-KH/HU"], ["hu_td_kh15_2023.txt"], ["duplicate-identity", "ambiguous-id", "cycle", "dangling"])
t("former-district-or-city-name-after-2025", ["12-KH/HU", "31-KH/HU", "08-KH/ThU", "15-QĐ/ThU", "88/KH-UBND"],
  ["du_dd_kh12_2025.txt", "ubx_hl_kh14_2026.txt", "ubp_lvt_kh27_2025.md", "du_lvt_nq03_2025.txt", "ubx_dd_kh33_2026.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("partial-repeal-leaves-15-in-force", ["15-QĐ/TU"], ["du_dd_kh12_2025.txt", "tu_ls_kl12_2026.txt", "ubx_hl_kh14_2026.txt"], ["superseded-citation"])
t("partial-repeal-clause-itself", ["15-QĐ/TU", "32-QĐ/TU"], ["tu_ls_qd41_2025.html"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "metadata-conflict", "ambiguous-id", "cycle"])
t("amended-not-replaced", ["15-QĐ/TU", "32-QĐ/TU"], ["tu_ls_qd32_2024.txt", "hu_bs_bc30_2024.md", "hu_lb_bc45_2024.txt", "btctu_hd09_2024b.html", "ubkt_tb18_2024.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle"])
t("quoted-article-of-amended-regulation", ["15-QĐ/TU"], ["tu_ls_qd32_2024.txt"], ["superseded-citation", "temporal", "cycle", "ambiguous-id", "metadata-conflict"])
t("quoted-title-with-sua-doi-bo-sung", ["15-QĐ/TU", "32-QĐ/TU"], ["hu_bs_bc30_2024.md"], ["inverse-inconsistency", "cycle", "temporal", "ambiguous-id"])
t("draft-amendment-quoted-title", ["25/2025/QĐ-UBND"], ["snv_bc112_2026.txt"], ["superseded-citation", "inverse-inconsistency"],
  requires_planted=dict(rule="overdue-plan", id="25/2025/QĐ-UBND", file="snv_kh45_2026.txt"))
t("proposed-replacement-of-03-2026", ["03/2026/QĐ-UBND"], ["snv_bc112_2026.txt", "snv_kh45_2026.txt", "ubnd_qd03_2026.docx"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "overdue-plan"])
t("planned-replacement-of-15-not-due", ["15-QĐ/TU"], ["tu_ls_kl12_2026.txt"], ["overdue-plan", "superseded-citation", "inverse-inconsistency"])
t("planned-replacement-met-by-15-2023", ["15-QĐ/TU", "08-KH/TU"], ["tu_ls_kh08_2022.txt"], ["overdue-plan", "superseded-citation"])
t("cited-before-replacement", ["105-QĐ/TW", "15-QĐ/TU", "12/2023/QĐ-UBND"],
  ["tu_ls_qd15_2018.txt", "thu_ls_kh08_2022.txt", "tu_ls_kh08_2022.txt", "ubh_cl_kh88_2023.txt", "ubh_bs_kh56_2024.html"], ["superseded-citation"])
t("15-2018-before-replacement-in-chi-lang", ["15-QĐ/TU"], ["hu_chl_kh09_2023.txt"], ["superseded-citation", "metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="superseded-citation", id="105-QĐ/TW", file="hu_chl_kh09_2023.txt"))
t("replacement-clauses-themselves", ["105-QĐ/TW", "12/2023/QĐ-UBND", "2156/QĐ-UBND"], ["tw_qd80_2022.txt", "ubnd_qd25_2025.txt", "ubnd_qd12_2023.html"],
  ["superseded-citation", "temporal", "metadata-conflict"])
t("replacement-narrated-in-report", ["12/2023/QĐ-UBND", "25/2025/QĐ-UBND"], ["snv_bc112_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("rows-recurring-or-not-due", ["08-KH/TU", "08-KH/ThU", "09-KH/HU", "20-KH/HU", "12-KH/HU", "15-KH/HU", "31-KH/HU", "88/KH-UBND", "56/KH-UBND",
                                 "03-NQ/ĐU", "27/KH-UBND", "12-KH/ĐU", "45/KH-SNV", "14/KH-UBND", "33/KH-UBND", "12-KL/TU", "18-TB/UBKTTU"],
  ["tu_ls_kh08_2022.txt", "thu_ls_kh08_2022.txt", "hu_chl_kh09_2023.txt", "hu_vl_kh20_2023.txt", "hu_cl_kh12_2023.txt", "hu_td_kh15_2023.txt",
   "hu_hl_kh31_2023.txt", "ubh_cl_kh88_2023.txt", "ubh_bs_kh56_2024.html", "du_lvt_nq03_2025.txt", "ubp_lvt_kh27_2025.md", "du_dd_kh12_2025.txt",
   "snv_kh45_2026.txt", "ubx_hl_kh14_2026.txt", "ubx_dd_kh33_2026.txt", "tu_ls_kl12_2026.txt", "ubkt_tb18_2024.txt"], ["overdue-plan"])
t("deadline-met-by-later-report", ["18-TB/UBKTTU"], ["ubkt_tb18_2024.txt"], ["overdue-plan"])
t("obligations-fulfilled", ["80-QĐ/TW", "15-QĐ/TU", "45/KH-SNV"], ["tw_qd80_2022.txt", "tu_ls_qd15_2023.txt", "snv_kh45_2026.txt"], ["unmet-obligation"])
t("self-references-and-running-header", ["15-QĐ/TU", "45/KH-SNV", "12-KL/TU", "80-QĐ/TW"],
  ["tu_ls_qd15_2023.txt", "snv_kh45_2026.txt", "tu_ls_kl12_2026.txt", "tw_qd80_2022.txt"],
  ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("thay-the-ordinary-word", ["33/KH-UBND", "45/KH-SNV"], ["ubx_dd_kh33_2026.txt"], ["inverse-inconsistency", "cycle", "superseded-citation"])
t("dieu-chinh-du-toan-revises-nothing", ["45/KH-SNV"], ["ubx_dd_kh33_2026.txt", "snv_bc112_2026.txt", "ubx_hl_kh14_2026.txt"],
  ["overdue-plan", "inverse-inconsistency", "superseded-citation", "cycle"])
t("number-in-title-identity", ["32-QĐ/TU"], ["tu_ls_qd32_2024.txt", "hu_bs_bc30_2024.md", "hu_lb_bc45_2024.txt", "tu_ls_qd41_2025.html", "du_dd_kh12_2025.txt", "btctu_hd09_2024b.html"],
  ["dangling", "metadata-conflict", "duplicate-identity"])
t("spaced-number-and-running-header-identity", ["15-QĐ/TU"], ["tu_ls_qd15_2023.txt", "hu_cl_kh12_2023.txt", "btctu_hd07_2023.md", "thu_ls_qd15_2023.txt", "ubkt_tb18_2024.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id"])
t("markdown-table-header-identity", ["07-HD/BTCTU"], ["btctu_hd07_2023.md", "hu_cl_kh12_2023.txt", "thu_ls_qd15_2023.txt"], ["dangling", "duplicate-identity", "metadata-conflict"])
t("div-columns-html-identity", ["41-QĐ/TU"], ["tu_ls_qd41_2025.html", "du_dd_kh12_2025.txt"], ["dangling", "metadata-conflict"])
t("word-export-html-identity", ["12/2023/QĐ-UBND"], ["ubnd_qd12_2023.html", "ubh_cl_kh88_2023.txt", "ubh_bs_kh56_2024.html"], ["dangling", "metadata-conflict"])
t("docx-identity-and-split-run", ["03/2026/QĐ-UBND", "25/2025/QĐ-UBND"], ["ubnd_qd03_2026.docx", "snv_kh45_2026.txt", "snv_bc112_2026.txt"],
  ["dangling", "metadata-conflict", "duplicate-identity", "temporal"])
t("id-broken-across-lines", ["12/2023/QĐ-UBND"], ["ubh_cl_kh88_2023.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id", "superseded-citation"])
t("temporal-not-other-van-lang-ocr", ["15-QĐ/TU"], ["hu_vl_kh20_2023.txt"], ["metadata-conflict", "ambiguous-id", "dangling", "superseded-citation"],
  requires_planted=dict(rule="temporal", id="15-QĐ/TU", file="hu_vl_kh20_2023.txt"))
t("superseded-not-other-huu-lung-crlf-nostar", ["15-QĐ/TU", "31-KH/HU"], ["hu_hl_kh31_2023.txt", "ubx_hl_kh14_2026.txt"], ["metadata-conflict", "ambiguous-id", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="15-QĐ/TU", file="hu_hl_kh31_2023.txt"))
t("issuer-conflict-not-other-loc-binh", ["18-TB/UBKTTU"], ["hu_lb_bc45_2024.txt"], ["ambiguous-id", "dangling", "temporal"])
t("date-conflict-not-other-trang-dinh", ["07-HD/BTCTU", "15-QĐ/TU"], ["hu_td_kh15_2023.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"])
t("same-day-cycle-no-temporal", ["03-NQ/ĐU", "27/KH-UBND"], ["du_lvt_nq03_2025.txt", "ubp_lvt_kh27_2025.md"], ["temporal", "metadata-conflict"])
t("counted-lists-match", ["07-HD/BTCTU", "30-BC/HU", "112/BC-SNV", "12-KL/TU", "18-TB/UBKTTU"],
  ["btctu_hd07_2023.md", "hu_bs_bc30_2024.md", "snv_bc112_2026.txt", "tu_ls_kl12_2026.txt", "ubkt_tb18_2024.txt"], ["count-mismatch"])
t("undated-re-mention-after-dated", ["15-QĐ/TU"], ["tu_ls_qd32_2024.txt", "hu_td_kh15_2023.txt", "tu_ls_qd41_2025.html", "btctu_hd09_2024b.html"], ["ambiguous-id"])
t("commune-plans-by-number-in-report", ["33/KH-UBND", "14/KH-UBND"], ["snv_bc112_2026.txt"], ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("historical-quote-of-replaced-2018-article", ["15-QĐ/TU"], ["btctu_hd09_2024a.txt"], ["superseded-citation", "ambiguous-id", "metadata-conflict"])
t("phone-numbers", ["0205.3812.706", "0205.3812.707", "0205.3870.118", "0205.3870.119", "0205.3837.256"],
  ["btctu_hd09_2024b.html", "ubh_bs_kh56_2024.html", "ubnd_qd12_2023.html", "tu_ls_qd41_2025.html"], ["dangling", "temporal", "metadata-conflict"])

key = dict(round=35, world="Cadre management (phân cấp quản lý cán bộ) in tỉnh Lạng Sơn, 2018-2026; the province was not merged on 1/7/2025, its districts and the city of Lạng Sơn abolished, its communes and wards merged: Bộ Chính trị 80-QĐ/TW (2022) replacing 105-QĐ/TW; Ban Thường vụ Tỉnh ủy 15-QĐ/TU (2018, khóa XVI) replaced by 15-QĐ/TU (2023, khóa XVII), amended by 32-QĐ/TU (2024), partly repealed by 41-QĐ/TU (2025); 08-KH/TU (2022); 12-KL/TU (2026, khóa XVIII); Ban Tổ chức Tỉnh ủy 07-HD/BTCTU (2023), 09-HD/BTCTU (×2, 2024); Ủy ban Kiểm tra 18-TB/UBKTTU; Thành ủy Lạng Sơn 08-KH/ThU (2022), 15-QĐ/ThU (2023); Huyện ủy Chi Lăng 09-KH/HU, Văn Lãng 20-KH/HU, Cao Lộc 12-KH/HU, Tràng Định 15-KH/HU, Hữu Lũng 31-KH/HU, Lộc Bình 45-BC/HU, Bắc Sơn 30-BC/HU; UBND huyện Cao Lộc 88/KH-UBND, Bắc Sơn 56/KH-UBND; UBND tỉnh 12/2023, 25/2025, 03/2026/QĐ-UBND; Sở Nội vụ 45/KH-SNV, 112/BC-SNV; after 1/7/2025 Đảng ủy phường Lương Văn Tri 03-NQ/ĐU, UBND phường 27/KH-UBND, Đảng ủy xã Đồng Đăng 12-KH/ĐU, UBND xã Hữu Lũng 14/KH-UBND, UBND xã Đồng Đăng 33/KH-UBND",
           planted=P,
           external=["105-QĐ/TW", "50-QĐ/TW", "16-HD/BTCTW", "26-NQ/TW", "114-QĐ/TW", "52/2019/QH14", "138/2020/NĐ-CP", "115/2020/NĐ-CP",
                     "33/2023/NĐ-CP", "18/2021/QĐ-UBND", "2156/QĐ-UBND"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_qd03_2026.docx"], ids=["12/2023/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
