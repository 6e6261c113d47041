#!/usr/bin/env python3
"""Writes key.json for red team round 36 (review and repeal of normative documents in tỉnh Cao Bằng, 2020-2026; a province
that was not merged on 1/7/2025, its districts abolished, its communes and wards merged). Adapted from RedTeam34/mkkey.py
(same key format, read by the same score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["05-NQ/ĐU", "41/KH-UBND"], ["du_tp_nq05_2025.txt", "ubp_tp_kh41_2025.md"],
  "phường Thục Phán, both 20/10/2025: Đảng ủy phường 05-NQ/ĐU `Căn cứ Kế hoạch số 41/KH-UBND ngày 20/10/2025 …`; UBND phường 41/KH-UBND (Markdown headings) `Thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/10/2025 …`")
p("superseded-citation", ["25/2020/QĐ-UBND"], ["ubtp_cb_kh25_2024.txt", "ubnd_qd15_2024.txt"],
  "UBND thành phố Cao Bằng 15/3/2024 `Căn cứ Quyết định số 25/2020/QĐ-UBND …` and pays the support from 01/2024; the list 15/QĐ-UBND of 10/01/2024 (layout table, part A: hết hiệu lực toàn bộ) declares it wholly expired on 31/12/2023")
p("superseded-citation", ["08/2023/QĐ-UBND"], ["xa_bl_kh07_2025.txt", "ubnd_qd30_2024.txt"],
  "UBND xã Bảo Lạc 20/11/2025 `Căn cứ Quyết định số 08/2023/QĐ-UBND …` — the decision that replaced 12/2021 was itself repealed (`Bãi bỏ`) by 30/2024/QĐ-UBND from 01/10/2024")
p("superseded-citation", ["12/2021/QĐ-UBND"], ["ubh_bl_kh46_2023.txt", "ubnd_qd08_2023.txt"],
  "UBND huyện Bảo Lạc 10/6/2023 `Căn cứ Quyết định số 12/2021/QĐ-UBND …`; replaced by 08/2023/QĐ-UBND from 25/3/2023")
p("temporal", ["08-CT/TU"], ["hu_tk_kh15_2021.txt", "tu_cb_ct08_2021.txt"],
  "Huyện ủy Trùng Khánh 12/5/2021 (OCR-like) `Thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 …` — eight days before the directive")
p("metadata-conflict", ["12/2021/NQ-HĐND"], ["ubh_qh_kh88_2022.txt", "hdnd_nq12_2021.html"],
  "UBND huyện Quảng Hòa 15/3/2022 (NFD) cites `Nghị quyết số 12/2021/NQ-HĐND ngày 10/11/2021`; the resolution is of 10/12/2021 (Word-exported HTML)")
p("metadata-conflict", ["05-HD/BNCTU"], ["hu_hq_kh12_2021.txt", "bnc_cb_hd05_2021.md"],
  "Huyện ủy Hà Quảng 02/8/2021 (CRLF) cites `Hướng dẫn số 05-HD/BNCTU ngày 15/7/2021 của Ban Tổ chức Tỉnh ủy`; the guidance is the Ban Nội chính's — an issuer conflict")
p("duplicate-identity", ["27/BC-STP"], ["stp_bc27_2024a.txt", "stp_bc27_2024b.md"],
  "Sở Tư pháp numbered two reports 27/BC-STP in 2024 (20/6/2024, text; 05/12/2024, Markdown)")
p("inverse-inconsistency", ["12/2021/QĐ-UBND"], ["ubnd_qd30_2024.txt", "ubnd_qd08_2023.txt"],
  "12/2021/QĐ-UBND is replaced by 08/2023/QĐ-UBND (`thay thế`, from 25/3/2023) and repealed again (`Bãi bỏ`) by 30/2024/QĐ-UBND from 01/10/2024 — a decision that repeals a decision already replaced")
p("overdue-plan", ["30/2024/QĐ-UBND"], ["stp_kh05_2026.txt"],
  "task row 1: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 30/2024/QĐ-UBND …`, `Tháng 6/2026`; nothing amends it (1450/VP-NC asks for a draft replacement; 198/BC-STP quotes a draft's title)")
p("overdue-plan", ["18/KH-STP"], ["stp_kh18_2023.txt"],
  "layout task row 3 announces `Đề án nâng cao chất lượng công tác rà soát văn bản quy phạm pháp luật tỉnh Cao Bằng giai đoạn 2024 - 2026`, `Quý IV/2023`; no such Đề án", announces=True)
p("overdue-plan", ["05-HD/BNCTU"], ["bnc_cb_bc42_2024.txt"],
  "42-BC/BNCTU II.1: `Ban Nội chính Tỉnh ủy chủ trì sửa đổi, bổ sung Hướng dẫn số 05-HD/BNCTU … hoàn thành trong Quý II/2025`; nothing amends it")
p("unmet-obligation", ["08-CT/TU"], ["tu_cb_ct08_2021.txt"], "`3. Hội Luật gia tỉnh xây dựng kế hoạch phổ biến Chỉ thị trong hội viên.`: no plan of the Hội Luật gia", contains="Hội Luật gia")
p("count-mismatch", ["12-KH/HU"], ["hu_ha_kh12_2021.txt"], "Huyện ủy Hòa An: `xác định 05 nhiệm vụ trọng tâm sau:` followed by 4 numbered items")
p("count-mismatch", ["27/BC-STP"], ["stp_bc27_2024a.txt"], "Sở Tư pháp 20/6/2024: `phát hiện 04 văn bản cần xử lý sau:` followed by 3 lettered items a)-c)")
p("ambiguous-id", ["15/QĐ-UBND"], ["stp_bc112_2025.html"],
  "Sở Tư pháp 15/12/2025 (Word HTML with colspan): `Quyết định số 15/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ, một phần` with no date; the Chủ tịch issued a 15/QĐ-UBND publishing such a list on 07/01/2022 and another on 10/01/2024 (numbers restart every year)")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-15-QD-UBND-2022-and-2024", ["15/QĐ-UBND"], ["ubnd_qd15_2022.docx", "ubnd_qd15_2024.txt", "ubnd_qd312_2024.txt", "stp_bc27_2024a.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "temporal"])
t("12-2020-vs-12-2021-QD-UBND", ["12/2020/QĐ-UBND", "12/2021/QĐ-UBND"], ["ubnd_qd12_2020.txt", "ubnd_qd12_2021.txt", "ubnd_qd15_2022.docx"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict"])
t("12-KH-HU-hoa-an-and-ha-quang", ["12-KH/HU"], ["hu_ha_kh12_2021.txt", "hu_hq_kh12_2021.txt", "bnc_cb_bc42_2024.txt", "ubh_ha_kh61_2023.txt", "xa_ha_kh03_2026.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling"])
t("25-KH-UBND-city-and-province-2024", ["25/KH-UBND"], ["ubnd_kh25_2024.html", "ubtp_cb_kh25_2024.txt", "stp_bc27_2024a.txt", "stp_bc27_2024b.md", "ubp_tp_kh41_2025.md"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling", "cycle", "temporal"])
t("proposed-replacement-of-30-2024", ["30/2024/QĐ-UBND"], ["vp_cv1450_2026.txt", "stp_bc112_2025.html", "stp_bc198_2026.html"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "overdue-plan"],
  requires_planted=dict(rule="overdue-plan", id="30/2024/QĐ-UBND", file="stp_kh05_2026.txt"))
t("quoted-draft-title-sua-doi-bo-sung", ["30/2024/QĐ-UBND"], ["stp_bc198_2026.html"], ["superseded-citation", "inverse-inconsistency", "cycle"],
  requires_planted=dict(rule="overdue-plan", id="30/2024/QĐ-UBND", file="stp_kh05_2026.txt"))
t("deadlines-met-by-later-documents", ["12/2021/NQ-HĐND", "12/2021/QĐ-UBND"], ["stp_kh18_2023.txt"], ["overdue-plan"])
t("rows-recurring-or-not-yet-due", ["12-KH/HU", "05/KH-STP", "42-BC/BNCTU", "07/KH-UBND", "03/KH-UBND", "05-HD/BNCTU", "12/2021/NQ-HĐND", "61/KH-UBND"],
  ["hu_ha_kh12_2021.txt", "stp_kh05_2026.txt", "bnc_cb_hd05_2021.md", "xa_bl_kh07_2025.txt", "xa_ha_kh03_2026.txt", "ubh_ha_kh61_2023.txt"],
  ["overdue-plan"])
t("dated-review-work-is-not-a-document", ["12-KH/HU", "88/KH-UBND", "46/KH-UBND", "25/KH-UBND", "05-NQ/ĐU", "41/KH-UBND", "08/2023/QĐ-UBND", "12/2021/NQ-HĐND", "25/2020/QĐ-UBND"],
  ["hu_hq_kh12_2021.txt", "ubh_qh_kh88_2022.txt", "ubh_bl_kh46_2023.txt", "ubtp_cb_kh25_2024.txt", "du_tp_nq05_2025.txt", "ubp_tp_kh41_2025.md", "ubnd_kh25_2024.html"],
  ["overdue-plan"])
t("obligations-fulfilled", ["08-CT/TU", "12/2021/NQ-HĐND", "25/KH-UBND"], ["tu_cb_ct08_2021.txt", "hdnd_nq12_2021.html", "ubnd_kh25_2024.html"],
  ["unmet-obligation"])
t("self-references", ["08-CT/TU", "05-HD/BNCTU", "15-KH/HU", "12/2021/NQ-HĐND", "15/QĐ-UBND", "61/KH-UBND"],
  ["tu_cb_ct08_2021.txt", "bnc_cb_hd05_2021.md", "hu_tk_kh15_2021.txt", "hdnd_nq12_2021.html", "ubnd_qd15_2024.txt", "ubh_ha_kh61_2023.txt"],
  ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("former-district-name-after-2025", ["46/KH-UBND", "12-KH/HU", "25/KH-UBND"], ["xa_bl_kh07_2025.txt", "xa_ha_kh03_2026.txt", "ubp_tp_kh41_2025.md"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("dieu-chinh-du-toan-revises-nothing", ["12/2021/NQ-HĐND"], ["ubnd_kh25_2024.html"], ["overdue-plan", "inverse-inconsistency", "superseded-citation", "cycle"])
t("thay-the-ordinary-word", ["61/KH-UBND", "12-KH/HU", "08/2023/QĐ-UBND"], ["ubh_ha_kh61_2023.txt"], ["inverse-inconsistency", "cycle", "superseded-citation", "temporal"])
t("partial-repeal-is-not-whole", ["12/2021/NQ-HĐND"],
  ["xa_ha_kh03_2026.txt", "hdnd_nq20_2025.txt", "stp_kh05_2026.txt", "stp_bc112_2025.html", "ubnd_qd15_2024.txt", "ubnd_qd30_2024.txt", "ubnd_kh25_2024.html", "bnc_cb_bc42_2024.txt"],
  ["superseded-citation", "inverse-inconsistency"])
t("sua-doi-boi-in-list-part-B-and-basis", ["12/2021/NQ-HĐND", "05/2023/NQ-HĐND"], ["ubnd_qd15_2024.txt", "ubnd_qd30_2024.txt", "hdnd_nq20_2025.txt", "hdnd_nq05_2023.txt"],
  ["inverse-inconsistency", "cycle", "temporal"])
t("cited-before-replacement-or-repeal", ["12/2021/QĐ-UBND", "08/2023/QĐ-UBND", "25/2020/QĐ-UBND"],
  ["hu_ha_kh12_2021.txt", "ubh_qh_kh88_2022.txt", "stp_kh18_2023.txt", "ubnd_kh25_2024.html", "ubh_ha_kh61_2023.txt"], ["superseded-citation"])
t("expiry-narrated-in-reports", ["25/2020/QĐ-UBND", "08/2023/QĐ-UBND", "12/2021/QĐ-UBND"],
  ["stp_bc27_2024a.txt", "stp_bc27_2024b.md", "stp_bc198_2026.html", "bnc_cb_bc42_2024.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("list-rows-themselves", ["12/2021/QĐ-UBND", "25/2020/QĐ-UBND", "12/2020/QĐ-UBND", "07/2017/QĐ-UBND", "41/2016/NQ-HĐND", "08/2023/QĐ-UBND"],
  ["ubnd_qd15_2024.txt", "ubnd_qd15_2022.docx"], ["superseded-citation", "temporal", "metadata-conflict", "inverse-inconsistency"])
t("replace-and-repeal-clauses-themselves", ["12/2021/QĐ-UBND", "07/2017/QĐ-UBND", "41/2016/NQ-HĐND", "08/2023/QĐ-UBND"],
  ["ubnd_qd08_2023.txt", "ubnd_qd12_2021.txt", "hdnd_nq12_2021.html", "ubnd_qd30_2024.txt"], ["superseded-citation", "temporal", "metadata-conflict"])
t("dated-15-QD-resolves-and-undated-re-mention", ["15/QĐ-UBND"], ["stp_bc27_2024a.txt", "ubnd_qd312_2024.txt"],
  ["ambiguous-id", "dangling", "metadata-conflict", "temporal"])
t("counted-lists-match", ["05-HD/BNCTU", "42-BC/BNCTU", "05/KH-STP", "15/QĐ-UBND"],
  ["bnc_cb_hd05_2021.md", "bnc_cb_bc42_2024.txt", "stp_kh05_2026.txt", "ubnd_qd15_2024.txt"], ["count-mismatch"])
t("QD-slash-UBND-miswritten", ["30/2024/QĐ-UBND", "30/2024/QĐ/UBND"], ["xa_ha_kh03_2026.txt"],
  ["dangling", "metadata-conflict", "superseded-citation", "temporal"])
t("id-broken-across-lines", ["20/2025/NQ-HĐND"], ["xa_ha_kh03_2026.txt"], ["dangling", "metadata-conflict", "temporal"])
t("spaced-number-own-identity", ["15/QĐ-UBND"], ["ubnd_qd15_2024.txt", "ubnd_qd312_2024.txt", "stp_bc27_2024a.txt"], ["dangling"])
t("docx-list-split-row-identity", ["15/QĐ-UBND", "12/2021/QĐ-UBND", "12/2021/NQ-HĐND", "12/2020/QĐ-UBND"], ["ubnd_qd15_2022.docx"],
  ["dangling", "metadata-conflict", "duplicate-identity"])
t("nfd-crlf-ocr-identity", ["12/2021/NQ-HĐND", "12/2021/QĐ-UBND", "08-CT/TU", "05-HD/BNCTU", "12-KH/HU", "15-KH/HU"],
  ["ubh_qh_kh88_2022.txt", "hu_hq_kh12_2021.txt", "hu_tk_kh15_2021.txt"], ["dangling", "ambiguous-id", "superseded-citation"])
t("temporal-not-other-trung-khanh", ["08-CT/TU"], ["hu_tk_kh15_2021.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="08-CT/TU", file="hu_tk_kh15_2021.txt"))
t("issuer-conflict-not-other-ha-quang", ["05-HD/BNCTU", "08-CT/TU"], ["hu_hq_kh12_2021.txt"], ["ambiguous-id", "dangling", "temporal"],
  requires_planted=dict(rule="metadata-conflict", id="05-HD/BNCTU", file="hu_hq_kh12_2021.txt"))
t("superseded-not-other-thanh-pho", ["25/2020/QĐ-UBND", "25/KH-UBND"], ["ubtp_cb_kh25_2024.txt"], ["metadata-conflict", "ambiguous-id", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="25/2020/QĐ-UBND", file="ubtp_cb_kh25_2024.txt"))
t("superseded-not-other-xa-bao-lac", ["08/2023/QĐ-UBND", "46/KH-UBND"], ["xa_bl_kh07_2025.txt"], ["metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="08/2023/QĐ-UBND", file="xa_bl_kh07_2025.txt"))
t("html-word-portal-identity", ["12/2021/NQ-HĐND", "112/BC-STP", "198/BC-STP", "25/KH-UBND", "1450/VP-NC"],
  ["hdnd_nq12_2021.html", "stp_bc112_2025.html", "stp_bc198_2026.html", "ubnd_kh25_2024.html", "vp_cv1450_2026.txt"], ["dangling", "metadata-conflict"])
t("markdown-identity", ["05-HD/BNCTU", "27/BC-STP", "41/KH-UBND"], ["bnc_cb_hd05_2021.md", "stp_bc27_2024b.md", "ubp_tp_kh41_2025.md"], ["dangling"])
t("same-day-cycle-no-temporal", ["05-NQ/ĐU", "41/KH-UBND"], ["du_tp_nq05_2025.txt", "ubp_tp_kh41_2025.md"], ["temporal", "metadata-conflict"])
t("responds-to-report-and-letter", ["112/BC-STP", "1450/VP-NC", "05/KH-STP"], ["vp_cv1450_2026.txt", "stp_bc198_2026.html"],
  ["dangling", "temporal", "metadata-conflict", "cycle"])
t("phone-fax-numbers", ["0206.3852.141", "0206.3852.142", "0206.3824.301", "0206.3824.302"],
  ["ubnd_kh25_2024.html", "stp_bc198_2026.html", "hdnd_nq12_2021.html"], ["dangling", "temporal", "metadata-conflict"])
t("to-trinh-12-TTr-STP-vs-12-2021", ["12/TTr-STP"], ["ubnd_qd15_2024.txt"], ["metadata-conflict", "ambiguous-id", "duplicate-identity"])

key = dict(round=36, world="Review and repeal of normative documents (rà soát, hệ thống hóa văn bản quy phạm pháp luật) in tỉnh Cao Bằng, 2020-2026; the province was not merged on 1/7/2025, its districts were abolished and its communes and wards merged: Tỉnh ủy 08-CT/TU (2021); Ban Nội chính 05-HD/BNCTU, 42-BC/BNCTU; Huyện ủy Hòa An 12-KH/HU, Hà Quảng 12-KH/HU, Trùng Khánh 15-KH/HU; HĐND tỉnh 12/2021/NQ-HĐND amended by 05/2023/NQ-HĐND, repealed in part by 20/2025/NQ-HĐND; UBND tỉnh 12/2020, 25/2020, 12/2021, 08/2023, 30/2024/QĐ-UBND, 15/QĐ-UBND of 2022 and of 2024 (lists of expired documents), 312/QĐ-UBND, 25/KH-UBND (2024); Văn phòng UBND tỉnh 1450/VP-NC; Sở Tư pháp 18/KH-STP, 27/BC-STP (×2, 2024), 112/BC-STP, 05/KH-STP, 198/BC-STP; UBND thành phố Cao Bằng 25/KH-UBND (2024), huyện Quảng Hòa 88/KH-UBND, Bảo Lạc 46/KH-UBND, Hòa An 61/KH-UBND; after 1/7/2025 Đảng ủy and UBND phường Thục Phán 05-NQ/ĐU, 41/KH-UBND, UBND xã Bảo Lạc 07/KH-UBND, xã Hòa An 03/KH-UBND",
           planted=P,
           external=["80/2015/QH13", "63/2020/QH14", "64/2025/QH15", "34/2016/NĐ-CP", "154/2020/NĐ-CP", "59/2024/NĐ-CP", "79/2025/NĐ-CP",
                     "41/2016/NQ-HĐND", "07/2017/QĐ-UBND", "1206/QĐ-UBND"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_qd30_2024.txt"], ids=["12/2021/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
