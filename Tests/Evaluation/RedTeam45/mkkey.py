#!/usr/bin/env python3
"""Writes key.json for red team round 45 (land texts of tỉnh Long An — Bến Lức, Đức Hòa, Cần Đước — under the Luật Đất đai
2024, and of tỉnh Tây Ninh, into which Long An was merged on 1/7/2025; 2019-2026). Adapted from RedTeam37/mkkey.py (same
key format, read by the same score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["07-TB/HU", "85/KH-UBND"], ["hu_cd_tb07_2025.txt", "ubh_cd_kh85_2025.md"],
  "huyện Cần Đước, both 10/3/2025: Huyện ủy 07-TB/HU `Căn cứ Kế hoạch số 85/KH-UBND ngày 10/3/2025 …`; UBND huyện 85/KH-UBND (Markdown headings) `Thực hiện Thông báo số 07-TB/HU ngày 10/3/2025 …`")
p("superseded-citation", ["74/2019/QĐ-UBND"], ["xa_bl_kh08_2026.txt", "hdnd_tn_nq16_2025.html"],
  "UBND xã Bến Lức 10/02/2026 `Căn cứ Quyết định số 74/2019/QĐ-UBND ngày 20/12/2019 … Long An (cũ)` — the bảng giá was replaced from 01/01/2026 by 16/2025/NQ-HĐND of Tây Ninh")
p("superseded-citation", ["07/2021/QĐ-UBND"], ["ubh_bl_qd1520_2025.txt", "la_qd45_2024.txt"],
  "UBND huyện Bến Lức 15/3/2025 `Căn cứ Quyết định số 07/2021/QĐ-UBND ngày 10/3/2021 …` — repealed (bãi bỏ) by 45/2024/QĐ-UBND from 15/11/2024")
p("superseded-citation", ["31/2024/QĐ-UBND"], ["snnmt_kh12_2026.txt", "la_qd31_2024.md"],
  "Sở NNMT Tây Ninh 15/01/2026 `Căn cứ Quyết định số 31/2024/QĐ-UBND ngày 20/9/2024 …` — the decision says `có hiệu lực từ ngày 01 tháng 10 năm 2024 đến hết ngày 31 tháng 12 năm 2025`; expired by its own term")
p("superseded-citation", ["25/2024/QĐ-UBND"], ["xa_dh_kh11_2026.md", "ubnd_tn_qd28_2025.txt"],
  "UBND xã Đức Hòa 05/3/2026 (Markdown) `Căn cứ Quyết định số 25/2024/QĐ-UBND ngày 12/8/2024 của Ủy ban nhân dân tỉnh Long An (cũ)` — replaced by 28/2025/QĐ-UBND of Tây Ninh from 01/12/2025")
p("temporal", ["25/2024/QĐ-UBND"], ["stnmt_cv2150_2024.txt", "la_qd25_2024.txt"],
  "Sở TNMT Long An 05/8/2024 `Thực hiện Quyết định số 25/2024/QĐ-UBND ngày 12/8/2024 …` — seven days before the decision")
p("metadata-conflict", ["34/2024/QĐ-UBND"], ["ubh_dh_kh162_2024.txt", "la_qd34_2024.docx"],
  "UBND huyện Đức Hòa 25/10/2024 cites `Quyết định số 34/2024/QĐ-UBND ngày 20/10/2024 của Ủy ban nhân dân tỉnh Long An`; the decision (.docx) is of 02/10/2024")
p("metadata-conflict", ["35-CT/TU"], ["hu_bl_kh22_2024.txt", "tu_la_ct35_2024.txt"],
  "Huyện ủy Bến Lức 05/7/2024 (OCR-like) cites `Chỉ thị số 35-CT/TU, ngày 25/5/2024 của Ban Thường vụ Tỉnh ủy Long An`; the directive is of 15/5/2024")
p("duplicate-identity", ["45/KH-STNMT"], ["stnmt_kh45_2024a.txt", "stnmt_kh45_2024b.txt"],
  "Sở TNMT Long An numbered two plans 45/KH-STNMT in 2024 (15/3/2024 and 10/10/2024)")
p("inverse-inconsistency", ["25/2024/QĐ-UBND"], ["ubnd_tn_qd28_2025.txt", "ubnd_tn_qd31_2025.txt"],
  "25/2024/QĐ-UBND of Long An is replaced by 28/2025/QĐ-UBND (tách thửa, from 01/12/2025) and again by 31/2025/QĐ-UBND (hạn mức, from 05/01/2026, which meant Tây Ninh's own 25/2024) — two documents say different things about what replaces it")
p("overdue-plan", ["28/2025/QĐ-UBND"], ["snnmt_kh12_2026.txt"],
  "12/KH-SNNMT row 1: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 28/2025/QĐ-UBND …`, `Quý II/2026`; nothing amends it (2890/UBND-KTTC only quotes a draft's title)")
p("overdue-plan", ["35-CT/TU"], ["tu_la_ct35_2024.txt"],
  "35-CT/TU item 2 announces `Đề án phát triển quỹ đất tỉnh Long An giai đoạn 2025 - 2030`, `hoàn thành trong Quý III/2025`; no such Đề án", announces=True)
p("unmet-obligation", ["35-CT/TU"], ["tu_la_ct35_2024.txt"],
  "`2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xây dựng kế hoạch giám sát việc thực hiện Chỉ thị này.`: no plan of the Mặt trận", contains="Mặt trận")
p("count-mismatch", ["45/KH-STNMT"], ["stnmt_kh45_2024b.txt"], "Sở TNMT 10/10/2024: `Kế hoạch kiểm tra với 04 nhiệm vụ sau:` followed by 3 numbered items")
p("count-mismatch", ["162/KH-UBND"], ["ubh_dh_kh162_2024.txt"], "UBND huyện Đức Hòa 25/10/2024: `tập trung 02 nội dung sau:` followed by 3 numbered items")
p("ambiguous-id", ["25/2024/QĐ-UBND"], ["snnmt_cv1820_2025.html"],
  "Sở NNMT Tây Ninh 15/9/2025 (minified portal): `một số xã vẫn áp dụng Quyết định số 25/2024/QĐ-UBND để giải quyết hồ sơ đất đai mà không phân biệt địa bàn của tỉnh Long An (cũ) và tỉnh Tây Ninh (cũ)` — no date, no issuer; both former provinces issued a 25/2024/QĐ-UBND")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-25-2024-two-former-provinces", ["25/2024/QĐ-UBND"], ["la_qd25_2024.txt", "tn_qd25_2024.txt"], ["duplicate-identity"])
t("dated-25-2024-citations-resolve", ["25/2024/QĐ-UBND"],
  ["ubh_bl_kh210_2024.txt", "stnmt_kh45_2024b.txt", "stnmt_bc96_2025.html", "ubnd_tn_qd28_2025.txt", "ubnd_tn_qd31_2025.txt", "xa_dh_kh11_2026.md", "stnmt_cv2150_2024.txt"],
  ["ambiguous-id", "metadata-conflict"])
t("150-KH-UBND-2023-and-2024", ["150/KH-UBND"],
  ["la_kh150_2023.txt", "la_kh150_2024.txt", "ubh_dh_kh162_2023.txt", "stnmt_kh45_2024a.txt", "la_cv1234_2025.txt", "stnmt_bc96_2025.html", "ubnd_tn_kh45_2025.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling"])
t("162-KH-UBND-duc-hoa-2023-and-2024", ["162/KH-UBND"], ["ubh_dh_kh162_2023.txt", "ubh_dh_kh162_2024.txt", "xa_dh_kh11_2026.md"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling"])
t("law-31-2024-QH15-vs-decision-31-2024", ["31/2024/QĐ-UBND", "31/2024/QH15"],
  ["la_qd31_2024.md", "stnmt_bc96_2025.html", "la_kh150_2024.txt", "la_qd25_2024.txt", "tu_la_ct35_2024.txt"],
  ["ambiguous-id", "metadata-conflict", "duplicate-identity", "temporal"])
t("amendments-keep-amended-in-force", ["74/2019/QĐ-UBND", "34/2024/QĐ-UBND", "12/2022/QĐ-UBND"],
  ["la_qd12_2022.txt", "la_qd31_2024.md", "la_qd07_2021.txt", "la_qd05_2025.txt", "ubh_bl_qd1520_2025.txt", "xa_cd_kh15_2026.txt", "stnmt_bc96_2025.html"],
  ["superseded-citation", "inverse-inconsistency", "cycle"])
t("cited-before-replacement-or-repeal", ["18/2020/QĐ-UBND", "25/2024/QĐ-UBND", "07/2021/QĐ-UBND", "74/2019/QĐ-UBND"],
  ["ubh_dh_kh162_2023.txt", "la_kh150_2023.txt", "ubh_bl_kh210_2024.txt", "stnmt_kh45_2024b.txt", "snnmt_cv1820_2025.html", "la_qd07_2021.txt", "la_qd12_2022.txt"],
  ["superseded-citation"])
t("decision-under-a-decree-later-replaced", ["44/2014/NĐ-CP", "43/2014/NĐ-CP", "71/2024/NĐ-CP", "07/2021/QĐ-UBND", "18/2020/QĐ-UBND"],
  ["la_qd74_2019.txt", "la_qd07_2021.txt", "la_qd18_2020.txt", "la_qd45_2024.txt"],
  ["superseded-citation", "temporal", "cycle", "inverse-inconsistency"])
t("replace-and-repeal-clauses-themselves", ["18/2020/QĐ-UBND", "07/2021/QĐ-UBND", "74/2019/QĐ-UBND", "25/2024/QĐ-UBND"],
  ["la_qd25_2024.txt", "la_qd45_2024.txt", "hdnd_tn_nq16_2025.html", "ubnd_tn_qd28_2025.txt"],
  ["superseded-citation", "temporal", "metadata-conflict", "cycle"])
t("planned-revisions-in-task-rows-are-not-enacted", ["18/2020/QĐ-UBND", "74/2019/QĐ-UBND", "07/2021/QĐ-UBND"], ["la_kh150_2024.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("proposed-replacement-of-34-2024", ["34/2024/QĐ-UBND"], ["ubnd_tn_kh45_2025.txt", "xa_cd_kh15_2026.txt", "ubh_bl_qd1520_2025.txt", "la_qd05_2025.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "overdue-plan"])
t("quoted-draft-title-sua-doi-bo-sung", ["28/2025/QĐ-UBND"], ["ubnd_tn_cv2890_2026.txt"], ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="28/2025/QĐ-UBND", file="snnmt_kh12_2026.txt"))
t("thay-the-ordinary-word", ["210/KH-UBND", "25/2024/QĐ-UBND", "2890/UBND-KTTC", "85/KH-UBND"],
  ["ubh_bl_kh210_2024.txt", "ubnd_tn_cv2890_2026.txt", "ubh_cd_kh85_2025.md"], ["inverse-inconsistency", "cycle", "superseded-citation", "temporal"])
t("dieu-chinh-quy-hoach-revises-no-document", ["4321/QĐ-UBND"], ["la_qd4321_2024.txt", "ubh_cd_kh85_2025.md", "xa_cd_kh15_2026.txt", "ubh_dh_kh162_2023.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "overdue-plan", "dangling", "metadata-conflict"])
t("former-province-name-after-2025", ["34/2024/QĐ-UBND", "150/KH-UBND", "35-CT/TU", "4321/QĐ-UBND", "28/2025/QĐ-UBND"],
  ["xa_cd_kh15_2026.txt", "ubnd_tn_kh45_2025.txt", "tu_tn_kl03_2025.md", "xa_bl_kh08_2026.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("former-district-name-after-2025", ["162/KH-UBND", "85/KH-UBND", "210/KH-UBND"], ["xa_dh_kh11_2026.md", "xa_cd_kh15_2026.txt", "xa_bl_kh08_2026.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("continued-party-directive", ["35-CT/TU"], ["tu_tn_kl03_2025.md"], ["superseded-citation", "dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("deadlines-met-by-later-documents", ["150/KH-UBND", "35-CT/TU", "45/KH-UBND", "03-KL/TU", "34/2024/QĐ-UBND", "74/2019/QĐ-UBND", "07/2021/QĐ-UBND", "18/2020/QĐ-UBND"],
  ["la_kh150_2024.txt", "tu_la_ct35_2024.txt", "ubnd_tn_kh45_2025.txt", "tu_tn_kl03_2025.md"], ["overdue-plan"])
t("task-taken-over-by-tay-ninh", ["150/KH-UBND", "45/KH-UBND"], ["la_kh150_2024.txt", "ubnd_tn_kh45_2025.txt", "stnmt_bc96_2025.html"], ["overdue-plan"])
t("recurring-or-not-yet-due-rows", ["12/KH-SNNMT", "45/KH-UBND", "08/KH-UBND", "11/KH-UBND", "15/KH-UBND", "18-KH/HU", "22-KH/HU", "07-TB/HU", "210/KH-UBND", "150/KH-UBND"],
  ["snnmt_kh12_2026.txt", "ubnd_tn_kh45_2025.txt", "xa_bl_kh08_2026.txt", "xa_dh_kh11_2026.md", "xa_cd_kh15_2026.txt", "hu_dh_kh18_2024.txt",
   "hu_bl_kh22_2024.txt", "hu_cd_tb07_2025.txt", "ubh_bl_kh210_2024.txt", "la_kh150_2023.txt", "ubh_dh_kh162_2023.txt"], ["overdue-plan"])
t("dated-activities-announce-no-document", ["162/KH-UBND", "45/KH-STNMT", "85/KH-UBND"],
  ["ubh_dh_kh162_2024.txt", "stnmt_kh45_2024a.txt", "stnmt_kh45_2024b.txt", "ubh_cd_kh85_2025.md"], ["overdue-plan"])
t("letters-only-ask-for-reports", ["1234/UBND-KTTC", "1820/SNNMT-QLĐĐ", "2890/UBND-KTTC", "150/KH-UBND"],
  ["la_cv1234_2025.txt", "snnmt_cv1820_2025.html", "ubnd_tn_cv2890_2026.txt"], ["overdue-plan", "unmet-obligation"])
t("report-responds-to-letter", ["1234/UBND-KTTC", "96/BC-STNMT", "45/2024/QĐ-UBND", "31/2024/QĐ-UBND"], ["stnmt_bc96_2025.html"],
  ["dangling", "temporal", "metadata-conflict", "cycle"])
t("repeal-and-replacement-narrated-in-report", ["18/2020/QĐ-UBND", "07/2021/QĐ-UBND", "25/2024/QĐ-UBND"], ["stnmt_bc96_2025.html"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("self-references", ["35-CT/TU", "18-KH/HU", "03-KL/TU", "16/2025/NQ-HĐND", "25/2024/QĐ-UBND", "12/KH-SNNMT", "15/KH-UBND", "150/KH-UBND"],
  ["tu_la_ct35_2024.txt", "hu_dh_kh18_2024.txt", "tu_tn_kl03_2025.md", "hdnd_tn_nq16_2025.html", "la_qd25_2024.txt", "snnmt_kh12_2026.txt", "xa_cd_kh15_2026.txt", "la_kh150_2023.txt"],
  ["cycle", "temporal", "dangling", "duplicate-identity"])
t("obligations-fulfilled", ["35-CT/TU", "25/2024/QĐ-UBND", "28/2025/QĐ-UBND", "150/KH-UBND"],
  ["tu_la_ct35_2024.txt", "la_qd25_2024.txt", "ubnd_tn_qd28_2025.txt", "la_kh150_2024.txt", "la_kh150_2023.txt"], ["unmet-obligation"])
t("counted-lists-match", ["18-KH/HU", "05/2025/QĐ-UBND", "12/KH-SNNMT"], ["hu_dh_kh18_2024.txt", "la_qd05_2025.txt", "snnmt_kh12_2026.txt"], ["count-mismatch"])
t("nfd-crlf-ocr-identity", ["18-KH/HU", "35-CT/TU", "07/2021/QĐ-UBND", "74/2019/QĐ-UBND", "22-KH/HU"],
  ["hu_dh_kh18_2024.txt", "la_qd07_2021.txt", "hu_bl_kh22_2024.txt"], ["dangling", "ambiguous-id"])
t("html-portal-word-identity", ["16/2025/NQ-HĐND", "74/2019/QĐ-UBND", "1820/SNNMT-QLĐĐ", "96/BC-STNMT", "1234/UBND-KTTC", "150/KH-UBND", "34/2024/QĐ-UBND"],
  ["hdnd_tn_nq16_2025.html", "snnmt_cv1820_2025.html", "stnmt_bc96_2025.html"], ["dangling"])
t("markdown-docx-identity", ["31/2024/QĐ-UBND", "74/2019/QĐ-UBND", "12/2022/QĐ-UBND", "85/KH-UBND", "07-TB/HU", "11/KH-UBND", "34/2024/QĐ-UBND", "35-CT/TU", "03-KL/TU"],
  ["la_qd31_2024.md", "ubh_cd_kh85_2025.md", "xa_dh_kh11_2026.md", "la_qd34_2024.docx", "tu_tn_kl03_2025.md"], ["dangling"])
t("layout-row-split-id", ["74/2019/QĐ-UBND"], ["la_kh150_2024.txt"], ["dangling", "ambiguous-id", "metadata-conflict"])
t("same-day-cycle-no-temporal", ["07-TB/HU", "85/KH-UBND"], ["hu_cd_tb07_2025.txt", "ubh_cd_kh85_2025.md"], ["temporal", "metadata-conflict"])
t("temporal-not-other", ["25/2024/QĐ-UBND"], ["stnmt_cv2150_2024.txt"], ["metadata-conflict", "ambiguous-id", "dangling", "superseded-citation"],
  requires_planted=dict(rule="temporal", id="25/2024/QĐ-UBND", file="stnmt_cv2150_2024.txt"))
t("date-conflict-not-other-duc-hoa", ["34/2024/QĐ-UBND"], ["ubh_dh_kh162_2024.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="34/2024/QĐ-UBND", file="ubh_dh_kh162_2024.txt"))
t("own-term-expiry-not-other", ["31/2024/QĐ-UBND"], ["snnmt_kh12_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="31/2024/QĐ-UBND", file="snnmt_kh12_2026.txt"))
t("ambiguous-not-other", ["25/2024/QĐ-UBND"], ["snnmt_cv1820_2025.html"], ["dangling", "metadata-conflict", "superseded-citation"],
  requires_planted=dict(rule="ambiguous-id", id="25/2024/QĐ-UBND", file="snnmt_cv1820_2025.html"))
t("phone-fax-numbers", ["0272.3826.457", "0272.3826.458", "0272.3829.114", "0272.3829.115", "0272.3821.504", "0272.3821.505"],
  ["hdnd_tn_nq16_2025.html", "snnmt_cv1820_2025.html", "stnmt_bc96_2025.html"], ["dangling", "temporal", "metadata-conflict"])

key = dict(round=45, world="Land texts of tỉnh Long An (huyện Bến Lức, Đức Hòa, Cần Đước) under the Luật Đất đai 2024, and of tỉnh Tây Ninh, into which Long An was merged on 1/7/2025, 2019-2026: Tỉnh ủy Long An 35-CT/TU (2024), Tỉnh ủy Tây Ninh 03-KL/TU (2025); Huyện ủy Đức Hòa 18-KH/HU, Bến Lức 22-KH/HU, Cần Đước 07-TB/HU; UBND tỉnh Long An 74/2019 (bảng giá), 18/2020 (tách thửa), 07/2021 (hệ số), 12/2022 and 31/2024 (amend the bảng giá; 31/2024 to 31/12/2025), 25/2024 (tách thửa), 34/2024 (bồi thường), 45/2024 (bãi bỏ 07/2021), 05/2025 (amends 34/2024), 4321/QĐ-UBND (điều chỉnh quy hoạch), 150/KH-UBND of 2023 and of 2024, 1234/UBND-KTTC; Sở TNMT 2150/STNMT-QLĐĐ, 45/KH-STNMT ×2, 96/BC-STNMT; UBND huyện Bến Lức 210/KH-UBND, 1520/QĐ-UBND, Đức Hòa 162/KH-UBND of 2023 and of 2024, Cần Đước 85/KH-UBND; UBND tỉnh Tây Ninh (former) 25/2024/QĐ-UBND; after the merger HĐND Tây Ninh 16/2025/NQ-HĐND (bảng giá from 01/01/2026), UBND Tây Ninh 28/2025, 31/2025/QĐ-UBND, 45/KH-UBND, 2890/UBND-KTTC; Sở NNMT 1820/SNNMT-QLĐĐ, 12/KH-SNNMT; UBND xã Bến Lức 08/KH-UBND, xã Đức Hòa 11/KH-UBND, xã Cần Đước 15/KH-UBND",
           planted=P,
           external=["31/2024/QH15", "45/2013/QH13", "80/2015/QH13", "64/2025/QH15", "202/2025/QH15", "102/2024/NĐ-CP", "71/2024/NĐ-CP", "88/2024/NĐ-CP",
                     "43/2014/NĐ-CP", "44/2014/NĐ-CP", "10/2024/TT-BTNMT"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_tn_qd31_2025.txt"], ids=["25/2024/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
