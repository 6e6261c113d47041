#!/usr/bin/env python3
"""Writes key.json for red team round 33 (Chương trình MTQG 1719 in tỉnh Sơn La, a province not merged on 1/7/2025 whose
districts were abolished and whose communes and wards were merged into 75). Adapted from RedTeam32/mkkey.py (same key
format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["05-NQ/ĐU", "30/KH-UBND"], ["du_pmc_nq05_2025.txt", "ubp_mc_kh30_2025.md"],
  "phường Mộc Châu, both 20/8/2025: Đảng ủy phường 05-NQ/ĐU `Căn cứ Kế hoạch số 30/KH-UBND ngày 20/8/2025 …`; UBND phường 30/KH-UBND (Markdown headings) `Thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/8/2025 …`")
p("superseded-citation", ["10/2022/NQ-HĐND"], ["xa_ms_kh40_2026.txt", "hdnd_nq05_2026.html"],
  "UBND xã Mai Sơn 10/7/2026 `Căn cứ Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 …`; replaced by 05/2026/NQ-HĐND from 10/3/2026")
p("superseded-citation", ["22/2022/QĐ-UBND"], ["sdttg_cv512_2026.txt", "ubnd_qd14_2025.txt"],
  "Sở Dân tộc và Tôn giáo letter 512/SDTTG-CS 15/6/2026 `Căn cứ Quyết định số 22/2022/QĐ-UBND …`; replaced by 14/2025/QĐ-UBND from 20/10/2025")
p("superseded-citation", ["1150/QĐ-UBND"], ["xa_sc_kh18_2026.md", "ubnd_qd14_2025.txt"],
  "UBND xã Sốp Cộp 10/3/2026 (YAML front matter) `Căn cứ Quyết định số 1150/QĐ-UBND ngày 10/6/2022 …`; repealed (`Bãi bỏ`) by 14/2025/QĐ-UBND from 20/10/2025")
p("temporal", ["15-NQ/TU"], ["hu_tc_kh30_2021.txt", "tu_nq15_2021.txt"],
  "Huyện ủy Thuận Châu 10/12/2021 (layout) `Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021` — ten days later than the plan")
p("metadata-conflict", ["22/2022/QĐ-UBND"], ["ubh_by_kh33_2022.txt", "ubnd_qd22_2022.txt"],
  "UBND huyện Bắc Yên 20/10/2022 (NFD) cites `Quyết định số 22/2022/QĐ-UBND ngày 25/9/2022`; the decision is of 15/9/2022")
p("metadata-conflict", ["05-HD/BDVTU"], ["hu_ms_kh21_2022.txt", "bdv_hd05_2022.html"],
  "Huyện ủy Mai Sơn 15/3/2022 cites `Hướng dẫn số 05-HD/BDVTU, ngày 28/02/2022 của Ban Tuyên giáo Tỉnh ủy`; the guidance is the Ban Dân vận's — an issuer conflict")
p("duplicate-identity", ["18/KH-UBND"], ["xa_sc_kh18_2026.md", "xa_sc_kh18b_2026.txt"],
  "UBND xã Sốp Cộp numbered two plans 18/KH-UBND in 2026 (10/3/2026, Markdown with YAML front matter; 02/4/2026, text)")
p("inverse-inconsistency", ["22/2022/QĐ-UBND"], ["ubnd_qd14_2025.txt", "ubnd_qd03_2026.docx"],
  "22/2022/QĐ-UBND is replaced by 14/2025/QĐ-UBND (from 20/10/2025) and again by 03/2026/QĐ-UBND (.docx with footnotes, `thay thế Quyết định số 22/2022/QĐ-UBND`)")
p("overdue-plan", ["14/2025/QĐ-UBND"], ["sdttg_kh15_2026.txt"],
  "layout task row 1: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 14/2025/QĐ-UBND …`, `Tháng 8/2026`; nothing amends it (230/BC quotes a draft's title; 2950/UBND-KT asks for a proposal)")
p("overdue-plan", ["15/KH-SDTTG"], ["sdttg_kh15_2026.txt"],
  "layout task row 2 announces `Đề án bảo tồn văn hóa truyền thống các dân tộc thiểu số tỉnh Sơn La`, `Quý III/2026`; no such Đề án", announces=True)
p("overdue-plan", ["05-HD/BDVTU"], ["tu_kl845_2024.txt"],
  "Kết luận 845-KL/TU 2.1: `Ban Dân vận Tỉnh ủy chủ trì sửa đổi, bổ sung Hướng dẫn số 05-HD/BDVTU … hoàn thành trong Quý I/2025`; nothing amends it")
p("unmet-obligation", ["845-KL/TU"], ["tu_kl845_2024.txt"], "`3.2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xây dựng kế hoạch giám sát …`: no plan of the Mặt trận", contains="Mặt trận Tổ quốc")
p("count-mismatch", ["12-KH/HU"], ["hu_mc_kh12_2022.txt"], "Huyện ủy Mộc Châu: `xác định 03 nhiệm vụ trọng tâm sau:` followed by 4 numbered items")
p("count-mismatch", ["75/KH-UBND"], ["ubh_ms_kh75_2023.txt"], "UBND huyện Mai Sơn (CRLF): `Kế hoạch gồm 04 nội dung sau:` followed by 3 numbered items")
p("ambiguous-id", ["25/NQ-HĐND"], ["sdttg_bc230_2026.txt"],
  "Sở Dân tộc và Tôn giáo 15/9/2026: `theo Nghị quyết số 25/NQ-HĐND của Hội đồng nhân dân tỉnh về phân bổ vốn sự nghiệp …` with no date; the council passed a 25/NQ-HĐND on 10/8/2022 and another on 22/3/2023 (numbers restart every year), both allocating capital")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-25-NQ-HDND-2022-and-2023", ["25/NQ-HĐND"], ["hdnd_nq25_2022.html", "hdnd_nq25_2023.html"], ["duplicate-identity"])
t("same-number-120-KH-UBND-2023-and-2025", ["120/KH-UBND"], ["ubnd_kh120_2023.txt", "ubnd_kh120_2025.txt"], ["duplicate-identity", "metadata-conflict", "ambiguous-id", "cycle"])
t("12-KH-HU-district-vs-12-KH-TU-province", ["12-KH/HU", "12-KH/TU"], ["hu_mc_kh12_2022.txt", "tu_kh12_2022.txt", "ubh_mc_kh88_2024.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "dangling"])
t("56-KH-UBND-former-district-and-successor-commune", ["56/KH-UBND"], ["xa_py_kh56_2026.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "cycle", "temporal", "dangling"])
t("56-KH-UBND-phu-yen-province-vs-phu-yen-district", ["56/KH-UBND"], ["ubh_py_kh56_2024.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "cycle", "temporal"])
t("08-KH-HU-muong-te-lai-chau-vs-muong-la", ["08-KH/HU"], ["hu_ml_kh08_2023.txt"], ["duplicate-identity", "metadata-conflict", "ambiguous-id", "cycle", "temporal"])
t("dated-25-NQ-HDND-resolves", ["25/NQ-HĐND"],
  ["hdnd_nq25_2023.html", "ubh_by_kh33_2022.txt", "ubh_ms_kh75_2023.txt", "ubh_sc_kh45_2023.txt", "ubnd_kh120_2023.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("undated-re-mention-after-dated", ["25/NQ-HĐND"], ["ubnd_kh120_2023.txt"], ["ambiguous-id"])
t("dieu-chinh-capital-revises-nothing", ["25/NQ-HĐND"], ["ubnd_kh120_2023.txt"], ["overdue-plan", "inverse-inconsistency", "superseded-citation"])
t("planned-amendment-met-by-18-2024", ["10/2022/NQ-HĐND"], ["tu_kl845_2024.txt"], ["overdue-plan", "superseded-citation"])
t("planned-replacement-met-by-14-2025", ["22/2022/QĐ-UBND"], ["bdt_kh68_2024.txt"], ["overdue-plan", "superseded-citation"])
t("proposed-replacement-of-14-2025", ["14/2025/QĐ-UBND"], ["ubnd_cv2950_2026.txt", "sdttg_bc230_2026.txt", "ubnd_qd03_2026.docx", "xa_by_kh_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "overdue-plan", "metadata-conflict"])
t("draft-amendment-quoted-title", ["14/2025/QĐ-UBND"], ["sdttg_bc230_2026.txt"], ["superseded-citation", "inverse-inconsistency"],
  requires_planted=dict(rule="overdue-plan", id="14/2025/QĐ-UBND", file="sdttg_kh15_2026.txt"))
t("thay-the-ordinary-word", ["120/KH-UBND", "56/KH-UBND", "845-KL/TU", "1587-KL/TU", "10/2022/NQ-HĐND", "22/2022/QĐ-UBND", "18/2024/NQ-HĐND", "15/KH-SDTTG", "410/QĐ-BDTTG"],
  ["ubnd_kh120_2025.txt", "xa_py_kh56_2026.txt"], ["inverse-inconsistency", "superseded-citation", "cycle"])
t("plan-replaces-unnamed-guidance-self-number", ["15/KH-SDTTG"], ["sdttg_kh15_2026.txt"],
  ["cycle", "inverse-inconsistency", "superseded-citation", "duplicate-identity", "dangling", "temporal"])
t("rows-recurring-or-not-due", ["15/KH-SDTTG", "12-KH/TU", "120/KH-UBND", "68/KH-BDT", "845-KL/TU", "30-KH/HU", "21-KH/HU", "08-KH/HU", "12-KH/HU"],
  ["sdttg_kh15_2026.txt", "tu_kh12_2022.txt", "ubnd_kh120_2023.txt", "bdt_kh68_2024.txt", "tu_kl845_2024.txt", "hu_tc_kh30_2021.txt",
   "hu_ms_kh21_2022.txt", "hu_ml_kh08_2023.txt", "hu_mc_kh12_2022.txt"], ["overdue-plan"])
t("obligations-fulfilled", ["15-NQ/TU", "845-KL/TU", "120/KH-UBND", "68/KH-BDT", "15/KH-SDTTG"],
  ["tu_nq15_2021.txt", "tu_kl845_2024.txt", "ubnd_kh120_2023.txt", "bdt_kh68_2024.txt", "sdttg_kh15_2026.txt"], ["unmet-obligation"])
t("self-references", ["15-NQ/TU", "15/KH-SDTTG", "12-KH/TU"], ["tu_nq15_2021.txt", "sdttg_kh15_2026.txt", "tu_kh12_2022.txt"],
  ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("former-district-name-after-2025", ["88/KH-UBND", "56/KH-UBND"], ["ubp_mc_kh30_2025.md", "sdttg_bc230_2026.txt", "xa_py_kh56_2026.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("one-cell-district-header-own-identity", ["88/KH-UBND"], ["ubh_mc_kh88_2024.txt", "ubp_mc_kh30_2025.md"], ["dangling", "metadata-conflict", "duplicate-identity"])
t("temporal-not-other-thuan-chau", ["15-NQ/TU"], ["hu_tc_kh30_2021.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="15-NQ/TU", file="hu_tc_kh30_2021.txt"))
t("issuer-conflict-not-other-mai-son", ["05-HD/BDVTU"], ["hu_ms_kh21_2022.txt"], ["ambiguous-id", "dangling", "temporal"])
t("id-broken-across-lines", ["15-NQ/TU"], ["hu_ms_kh21_2022.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("date-conflict-not-other-bac-yen-nfd", ["22/2022/QĐ-UBND", "25/NQ-HĐND"], ["ubh_by_kh33_2022.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"])
t("cited-before-replacement", ["22/2022/QĐ-UBND", "10/2022/NQ-HĐND", "291/QĐ-UBDT", "1150/QĐ-UBND"],
  ["bdt_kh68_2024.txt", "ubnd_kh120_2025.txt", "ubh_py_kh56_2024.txt", "hdnd_nq25_2022.html", "hdnd_nq25_2023.html", "sdttg_kh15_2026.txt",
   "tu_kl845_2024.txt", "ubh_by_kh33_2022.txt", "ubnd_qd22_2022.txt"], ["superseded-citation"])
t("replacement-narrated-in-report", ["10/2022/NQ-HĐND", "05/2026/NQ-HĐND"], ["sdttg_bc230_2026.txt"], ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("replacement-and-repeal-clauses-themselves", ["22/2022/QĐ-UBND", "1150/QĐ-UBND", "10/2022/NQ-HĐND", "18/2024/NQ-HĐND", "291/QĐ-UBDT"],
  ["ubnd_qd14_2025.txt", "hdnd_nq05_2026.html", "bdttg_qd410_2025.txt"], ["superseded-citation", "temporal", "metadata-conflict", "inverse-inconsistency"])
t("amended-not-replaced-10-2022", ["10/2022/NQ-HĐND", "18/2024/NQ-HĐND"], ["hdnd_nq18_2024.txt", "ubnd_kh120_2025.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("replacement-between-externals-612-433", ["433/QĐ-UBDT", "612/QĐ-UBDT"], ["bdt_kh68_2024.txt"], ["inverse-inconsistency", "superseded-citation", "cycle"])
t("central-successor-410-cited-in-force", ["410/QĐ-BDTTG", "291/QĐ-UBDT"], ["xa_py_kh56_2026.txt", "sdttg_kh15_2026.txt", "bdttg_qd410_2025.txt"],
  ["superseded-citation", "dangling", "metadata-conflict", "temporal"])
t("blank-number-and-miscased-codes", ["14/2025/QĐ-UBND", "15/KH-SDTTG"], ["xa_by_kh_2026.txt"],
  ["dangling", "metadata-conflict", "temporal", "superseded-citation", "duplicate-identity"])
t("rowspan-html-header-identity", ["25/NQ-HĐND", "120/KH-UBND"], ["hdnd_nq25_2023.html", "ubh_sc_kh45_2023.txt", "ubh_ms_kh75_2023.txt"], ["dangling", "metadata-conflict"])
t("docx-footnotes-read", ["14/2025/QĐ-UBND", "03/2026/QĐ-UBND"], ["ubnd_qd03_2026.docx"], ["dangling", "metadata-conflict", "temporal", "duplicate-identity"])
t("yaml-front-matter-read", ["18/KH-UBND", "1150/QĐ-UBND"], ["xa_sc_kh18_2026.md"], ["dangling", "metadata-conflict", "temporal"])
t("quoted-header-inside-table", ["22/2022/QĐ-UBND", "56/KH-UBND"], ["ubh_py_kh56_2024.txt", "ubnd_qd22_2022.txt"],
  ["duplicate-identity", "metadata-conflict", "temporal", "superseded-citation", "cycle"])
t("layout-files-identity", ["30-KH/HU", "12-KH/TU", "120/KH-UBND", "15/KH-SDTTG"],
  ["hu_tc_kh30_2021.txt", "tu_kh12_2022.txt", "ubnd_kh120_2023.txt", "sdttg_kh15_2026.txt"], ["dangling", "duplicate-identity"])
t("same-day-cycle-no-temporal", ["05-NQ/ĐU", "30/KH-UBND"], ["du_pmc_nq05_2025.txt", "ubp_mc_kh30_2025.md"], ["temporal", "metadata-conflict"])
t("counted-lists-match", ["20-KH/BTGTU", "230/BC-SDTTG"], ["btg_kh20_2022.md", "sdttg_bc230_2026.txt"], ["count-mismatch"])
t("minified-portal-and-ocr-identity", ["05-HD/BDVTU", "120/KH-UBND", "25/NQ-HĐND"], ["bdv_hd05_2022.html", "ubh_sc_kh45_2023.txt", "tu_kl845_2024.txt"],
  ["dangling", "metadata-conflict", "temporal"])
t("responds-to-report", ["230/BC-SDTTG"], ["ubnd_cv2950_2026.txt"], ["dangling", "temporal", "metadata-conflict", "cycle"])
t("phone-fax-numbers", ["0212.3852.404", "0212.3852.405", "0212.3856.218", "0212.3856.219"],
  ["hdnd_nq25_2022.html", "bdv_hd05_2022.html", "hdnd_nq05_2026.html", "hdnd_nq25_2023.html"], ["dangling", "temporal", "metadata-conflict"])

key = dict(round=33, world="Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (1719/QĐ-TTg) in tỉnh Sơn La, 2021-2026; the province was not merged on 1/7/2025, its 12 districts were abolished and its communes and wards merged into 75: Tỉnh ủy 15-NQ/TU, 12-KH/TU, 845-KL/TU; Ban Dân vận 05-HD/BDVTU; Ban Tuyên giáo 20-KH/BTGTU; Huyện ủy Mộc Châu 12-KH/HU, Thuận Châu 30-KH/HU, Mai Sơn 21-KH/HU, Mường La 08-KH/HU; HĐND 10/2022, 18/2024, 05/2026/NQ-HĐND and 25/NQ-HĐND of 2022 and 2023; UBND 1150/QĐ-UBND, 22/2022, 14/2025, 03/2026/QĐ-UBND, 120/KH-UBND of 2023 and 2025, letter 2950/UBND-KT; Ban Dân tộc 68/KH-BDT; Sở Dân tộc và Tôn giáo 15/KH-SDTTG, 512/SDTTG-CS, 230/BC-SDTTG; Ủy ban Dân tộc 291/QĐ-UBDT; Bộ Dân tộc và Tôn giáo 410/QĐ-BDTTG; UBND huyện Bắc Yên 33, Mai Sơn 75, Sốp Cộp 45, Phù Yên 56, Mộc Châu 88/KH-UBND; Đảng ủy phường Mộc Châu 05-NQ/ĐU, UBND phường Mộc Châu 30/KH-UBND; UBND xã Sốp Cộp 18/KH-UBND (×2), Phù Yên 56, Mai Sơn 40, Bắc Yên (number blank)",
           planted=P,
           external=["88/2019/QH14", "120/2020/QH14", "1719/QĐ-TTg", "27/2022/NĐ-CP", "517/NQ-UBTVQH15", "920/QĐ-TTg", "272/2025/NĐ-CP",
                     "861/QĐ-TTg", "612/QĐ-UBDT", "1587-KL/TU"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_qd03_2026.docx"], ids=["22/2022/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
