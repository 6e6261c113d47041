#!/usr/bin/env python3
"""Writes key.json for red team round 24 (the new Thành phố Hồ Chí Minh after the merger with Bình Dương and Bà Rịa -
Vũng Tàu, seen from the former Bình Dương side and from the military). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["12-KH/ĐU", "04-CTr/ĐU"], ["ph_chanhhiep_kh12_2026.txt", "ph_chanhhiep_ctr04_2026.md"],
  "Đảng ủy phường Chánh Hiệp, both 16/3/2026: KH `Thực hiện Chương trình hành động số 04-CTr/ĐU ngày 16/3/2026`; CTr (Markdown) `căn cứ Kế hoạch số 12-KH/ĐU ngày 16/3/2026`")
p("superseded-citation", ["20/2020/QĐ-UBND"], ["ph_phuloi_ubnd_kh22_2026.html", "ubnd_tp_qd62_2025.txt"],
  "UBND phường Phú Lợi 05/3/2026 (minified portal) `Căn cứ Quyết định số 20/2020/QĐ-UBND ngày 05/6/2020 của Ủy ban nhân dân tỉnh Bình Dương`; 62/2025 (layout) replaces the Bình Dương 20/2020 from 01/11/2025, its clause cut by a page break after `số`. The same number exists at all three former provinces")
p("superseded-citation", ["45/KH-BCH"], ["ph_tdm_bchqs_kh18_2026.txt", "btl_kh215_2026.txt"],
  "Ban CHQS phường Thủ Dầu Một 15/3/2026 `Căn cứ Kế hoạch số 45/KH-BCH ngày 15/3/2023 của Bộ Chỉ huy Quân sự tỉnh Bình Dương`; 215/KH-BTL (10/01/2026) `có hiệu lực từ ngày ký và thay thế Kế hoạch số 45/KH-BCH …`. Bà Rịa - Vũng Tàu's Bộ CHQS also has a 45/KH-BCH of 2023")
p("superseded-citation", ["07-QC/ĐU"], ["dqs_hd03_2026.md", "dqs_qc01_2025.txt"],
  "Đảng ủy Quân sự Thành phố 10/02/2026 (Markdown) `Căn cứ Quy chế làm việc số 07-QC/ĐU ngày 15/12/2020`; 01-QC/ĐU (10/9/2025) `có hiệu lực từ ngày ký, thay thế Quy chế làm việc số 07-QC/ĐU …`")
p("temporal", ["125/KH-BTL"], ["ph_tdm_ubnd_kh40_2026.txt", "btl_kh125_2026.txt"],
  "UBND phường Thủ Dầu Một 10/3/2026 (a state text) carries out `Kế hoạch số 125/KH-BTL ngày 20/3/2026 của Bộ Tư lệnh Thành phố` (a military text)")
p("metadata-conflict", ["215/KH-BTL"], ["ph_tdm_bchqs_kh18_2026.txt", "btl_kh215_2026.txt"],
  "Ban CHQS phường Thủ Dầu Một cites `Kế hoạch số 215/KH-BTL ngày 15/01/2026`; header 10/01/2026")
p("metadata-conflict", ["03-CT/TU"], ["xa_dautieng_bchqs_kh07_2026.txt", "hcm_tu_ct03_2025.txt"],
  "Ban CHQS xã Dầu Tiếng cites `Chỉ thị số 03-CT/TU ngày 05/11/2025 của Ban Thường vụ Thành ủy`; header 15/11/2025")
p("duplicate-identity", ["05-KH/ĐU"], ["dqs_kh05_2026.txt", "dqs_kh05b_2026.docx"],
  "Đảng ủy Quân sự Thành phố numbered two plans of 2026 05-KH/ĐU (15/01 text; 02/6 .docx)")
p("inverse-inconsistency", ["35/2022/QĐ-UBND"], ["ubnd_tp_qd62_2025.txt", "ubnd_tp_qd08_2026.md"],
  "Bình Dương's 35/2022 repealed by 62/2025 (from 01/11/2025), then replaced by 08/2026 (from 01/3/2026, a list `a) … b) …`)")
p("overdue-plan", ["01-QC/ĐU"], ["dqs_kh05_2026.txt"], "tab task row 1: amend Quy chế 01-QC/ĐU, deadline `Tháng 6/2026`; nothing amends it")
p("overdue-plan", ["05-KH/ĐU"], ["dqs_kh05_2026.txt"], "row 2 announces Đề án “Nâng cao chất lượng lực lượng dân quân thường trực …”, deadline `Trước ngày 30/9/2026`; no such Đề án", announces=True)
p("overdue-plan", ["62/2025/QĐ-UBND"], ["ubnd_tp_kh1450_2026.html"],
  "prose task: Bộ Tư lệnh … tham mưu UBND Thành phố ban hành Quyết định sửa đổi, bổ sung Quyết định số 62/2025/QĐ-UBND … `hoàn thành trong Quý III năm 2026`; only a draft exists (btl_bc88)")
p("unmet-obligation", ["03-CT/TU"], ["hcm_tu_ct03_2025.txt"], "`c) Đảng đoàn Mặt trận Tổ quốc Việt Nam Thành phố lãnh đạo xây dựng kế hoạch …`: no plan of the Front", contains="Mặt trận")
p("count-mismatch", ["05-KH/ĐU"], ["dqs_kh05b_2026.docx"], ".docx table group row `Quý III/2026 (03 nội dung)` over 4 rows")
p("count-mismatch", ["07/KH-BCHQS"], ["xa_dautieng_bchqs_kh07_2026.txt"], "tab table group row `Quý II/2026 (04 nội dung)` over 3 rows")
p("ambiguous-id", ["02-NQ/ĐU"], ["ccb_tp_kh30_2026.txt"],
  "Hội CCB Thành phố 20/01/2026: undated `Nghị quyết số 02-NQ/ĐU của Đảng ủy Quân sự Thành phố`; the terms 2020-2025 (12/3/2021) and 2025-2030 (20/10/2025) both have one")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-three-provinces-NQ", ["09-NQ/TU"], ["bd_tu_nq09_2021.txt", "hcm_tu_nq09_2021.txt", "brvt_tu_nq09_2021.md"], ["duplicate-identity"])
t("same-number-three-provinces-QD", ["20/2020/QĐ-UBND"], ["bd_ubnd_qd20_2020.txt", "hcm_ubnd_qd20_2020.html", "brvt_ubnd_qd20_2020.md"], ["duplicate-identity"])
t("same-number-two-provinces-KH-BCH", ["45/KH-BCH"], ["bd_bch_kh45_2023.txt", "brvt_bch_kh45_2023.txt"], ["duplicate-identity"])
t("other-province-45-KH-BCH-in-force", ["45/KH-BCH"], ["ph_vungtau_bchqs_kh10_2026.txt"], ["superseded-citation", "metadata-conflict", "temporal"])
t("brvt-20-2020-before-its-replacement", ["20/2020/QĐ-UBND"], ["btl_kh215_2026.txt"], ["superseded-citation", "metadata-conflict", "temporal"])
t("hcm-20-2020-partially-repealed-in-force", ["20/2020/QĐ-UBND"], ["ubnd_tp_kh1450_2026.html"], ["superseded-citation", "metadata-conflict", "temporal"])
t("replacements-pick-the-right-province", ["20/2020/QĐ-UBND"], ["ubnd_tp_qd62_2025.txt", "ubnd_tp_qd08_2026.md"], ["inverse-inconsistency", "superseded-citation", "metadata-conflict"])
t("signed-not-yet-in-force", ["20/2020/QĐ-UBND"], ["ph_tdm_du_nq02_2025_scan.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("bd-20-2020-before-merger", ["20/2020/QĐ-UBND"], ["bd_bch_kh45_2023.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("denied-repeal-in-report", ["20/2020/QĐ-UBND"], ["btl_bc88_2026.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"])
t("report-states-repeal-and-replacement", ["35/2022/QĐ-UBND"], ["btl_bc88_2026.txt"], ["superseded-citation", "temporal"])
t("draft-amendment-in-report", ["62/2025/QĐ-UBND"], ["btl_bc88_2026.txt"], ["superseded-citation", "inverse-inconsistency"],
  requires_planted=dict(rule="overdue-plan", id="62/2025/QĐ-UBND", file="ubnd_tp_kh1450_2026.html"))
t("living-62-2025-cited", ["62/2025/QĐ-UBND"], ["ph_tdm_ubnd_kh40_2026.txt", "ubnd_tp_kh1450_2026.html", "btl_bc88_2026.txt"], ["superseded-citation", "temporal", "inverse-inconsistency"])
t("replacement-clauses-themselves", ["20/2020/QĐ-UBND", "45/KH-BCH", "07-QC/ĐU"], ["ubnd_tp_qd62_2025.txt", "btl_kh215_2026.txt", "dqs_qc01_2025.txt"], ["superseded-citation", "temporal"])
t("quoted-movement-title", ["45/KH-BCH"], ["ccb_tp_kh30_2026.txt"], ["superseded-citation", "temporal"])
t("military-committee-two-terms", ["02-NQ/ĐU"], ["hcm_dqs_old_nq02_2021.txt", "dqs_nq02_2025.txt"], ["duplicate-identity"])
t("ward-and-military-committee-two-series", ["02-NQ/ĐU"], ["ph_tdm_du_nq02_2025_scan.txt", "dqs_nq02_2025.txt"], ["duplicate-identity"])
t("dated-02-NQ-citations-decide", ["02-NQ/ĐU"], ["btl_kh215_2026.txt", "dqs_kh05_2026.txt", "dqs_kh05b_2026.docx", "dqs_hd03_2026.md", "ph_tdm_du_ctr05_2026.html"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("state-number-other-year", ["215/KH-BTL"], ["hcm_tu_ct03_2025.txt"], ["temporal", "metadata-conflict"])
t("military-plan-cited-right", ["215/KH-BTL"], ["ph_tdm_ubnd_kh40_2026.txt", "ph_vungtau_bchqs_kh10_2026.txt", "xa_dautieng_bchqs_kh07_2026.txt", "btl_kh125_2026.txt", "btl_bc88_2026.txt"], ["dangling", "metadata-conflict", "temporal"],
  requires_planted=dict(rule="temporal", id="125/KH-BTL", file="ph_tdm_ubnd_kh40_2026.txt"))
t("obligations-fulfilled-02-NQ", ["02-NQ/ĐU"], ["dqs_nq02_2025.txt"], ["unmet-obligation"])
t("obligations-fulfilled-03-CT", ["03-CT/TU"], ["hcm_tu_ct03_2025.txt"], ["unmet-obligation"])
t("commune-bchqs-fulfils-09-KH", ["09-KH/ĐU"], ["xa_dautieng_du_kh09_2026.txt"], ["unmet-obligation"])
t("fulfilled-notdue-recurring-rows", ["215/KH-BTL", "02-NQ/ĐU"], ["dqs_kh05_2026.txt"], ["overdue-plan"])
t("count-matches", ["05-KH/ĐU", "07/KH-BCHQS"], ["dqs_kh05b_2026.docx", "xa_dautieng_bchqs_kh07_2026.txt"], ["count-mismatch"])
t("same-day-cycle-no-temporal", ["12-KH/ĐU", "04-CTr/ĐU"], ["ph_chanhhiep_kh12_2026.txt", "ph_chanhhiep_ctr04_2026.md"], ["temporal"])
t("nfd-undated-09-NQ-by-place", ["09-NQ/TU", "03-NQ/ĐU"], ["tdm_tu_kh125_2024.txt"], ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("ocr-scan-citation-resolves", ["09-NQ/TU"], ["ph_tdm_du_nq02_2025_scan.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("three-old-09-NQ-continued", ["09-NQ/TU"], ["hcm_tu_kh20_2026.txt"], ["dangling", "ambiguous-id", "metadata-conflict", "temporal"])
t("bd-military-dated-citations", ["03-NQ/ĐU", "09-NQ/TU"], ["bd_bch_kh45_2023.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("phone-fax-numbers", ["069.664.101", "028.3829.5217", "028.3829.6052"], ["btl_kh215_2026.txt", "ph_tdm_du_ctr05_2026.html"], ["dangling", "temporal", "metadata-conflict"])
t("ccb-chain-resolves", ["30/KH-CCB"], ["ccb_ph_tdm_kh04_2026.txt"], ["dangling", "metadata-conflict", "temporal"])
t("qc01-own-resolves", ["01-QC/ĐU"], ["dqs_kh05_2026.txt", "dqs_qc01_2025.txt"], ["dangling", "temporal", "metadata-conflict", "duplicate-identity"])
t("ward-programme-resolves", ["05-CTr/ĐU"], ["ph_tdm_bchqs_kh18_2026.txt"], ["dangling", "temporal", "metadata-conflict"])

key = dict(round=24, world="Thành phố Hồ Chí Minh after the merger with Bình Dương and Bà Rịa - Vũng Tàu (1/7/2025), seen from the former Bình Dương side and from the military: the three former Tỉnh ủy/Thành ủy (each a 09-NQ/TU of 2021) and UBND (each a 20/2020/QĐ-UBND), Đảng ủy Quân sự tỉnh Bình Dương and Bộ Chỉ huy Quân sự tỉnh (-NQ/ĐU, /KH-BCH), Đảng ủy Quân sự Thành phố of the 2020-2025 and 2025-2030 terms and Bộ Tư lệnh Thành phố (/KH-BTL), the new Thành ủy and UBND Thành phố, former Thành ủy Thủ Dầu Một, Đảng ủy and UBND of wards, Ban Chỉ huy quân sự of a ward and a commune (dân quân plans), Hội Cựu chiến binh",
           planted=P,
           external=["48/2019/QH14", "72/2020/NĐ-CP", "69/2020/TT-BQP", "21/2019/NĐ-CP", "228-KL/TW", "44-NQ/TW", "66.12/2026/NQ-CP", "202/2025/QH15", "1685/NQ-UBTVQH15", "232-QĐ/TW", "07-QC/ĐU"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_tp_qd08_2026.md"], ids=["35/2022/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
