#!/usr/bin/env python3
"""Writes key.json for red team round 37 (corrections, suspensions, extensions and consolidated texts in tỉnh Tuyên Quang,
into which tỉnh Hà Giang was merged on 1/7/2025, 2021-2026). Adapted from RedTeam36/mkkey.py (same key format, read by
the same score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["03-NQ/ĐU", "22/KH-UBND"], ["du_sd_nq03_2025.txt", "ubx_sd_kh22_2025.md"],
  "xã Sơn Dương, both 15/9/2025: Đảng ủy xã 03-NQ/ĐU `Căn cứ Kế hoạch số 22/KH-UBND ngày 15/9/2025 …`; UBND xã 22/KH-UBND (Markdown headings) `Thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/9/2025 …`")
p("superseded-citation", ["15/2023/QĐ-UBND"], ["xa_qb_kh09_2026.txt", "ubnd_tq_qd41_2025.html", "ubnd_tq_qd35_2025.txt"],
  "UBND xã Quản Bạ 20/3/2026 `Căn cứ Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh Hà Giang` — replaced by 41/2025/QĐ-UBND from 10/01/2026 (and, by 35/2025's own clause, from 01/01/2026)")
p("superseded-citation", ["22/2019/QĐ-UBND"], ["ubh_bq_kh77_2024.txt", "ubnd_hg_qd15_2023.html"],
  "UBND huyện Bắc Quang 15/3/2024 `Căn cứ Quyết định số 22/2019/QĐ-UBND ngày 05/9/2019 …` (external) — replaced by 15/2023/QĐ-UBND of Hà Giang from 01/9/2023")
p("superseded-citation", ["09/2024/QĐ-UBND"], ["xa_hy_kh14_2026.md", "ubnd_tq_qd09_2024.txt"],
  "UBND xã Hàm Yên 12/3/2026 (Markdown) `Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 15/4/2024 …` — the decision says `có hiệu lực từ ngày 25 tháng 4 năm 2024 đến hết ngày 31 tháng 12 năm 2025`; expired by its own term")
p("temporal", ["38-KL/TU"], ["hu_qb_kh12_2024.txt", "tu_hg_kl38_2024.md"],
  "Huyện ủy Quản Bạ 05/4/2024 (CRLF) `Thực hiện Kết luận số 38-KL/TU ngày 12/4/2024 …` — seven days before the conclusion")
p("metadata-conflict", ["38-KL/TU"], ["hu_bq_kh20_2024.txt", "tu_hg_kl38_2024.md"],
  "Huyện ủy Bắc Quang 02/5/2024 (OCR-like) cites `Kết luận số 38-KL/TU ngày 21/4/2024 của Ban Thường vụ Tỉnh ủy Hà Giang`; the conclusion is of 12/4/2024 (Markdown)")
p("metadata-conflict", ["15/2023/QĐ-UBND"], ["ubh_sd_kh56_2023.txt", "ubnd_tq_qd15_2023.txt"],
  "UBND huyện Sơn Dương 20/9/2023 cites `Quyết định số 15/2023/QĐ-UBND ngày 10/8/2023 của Ủy ban nhân dân tỉnh Tuyên Quang`; Tuyên Quang's decision is of 10/7/2023 (Hà Giang's 15/2023 is of 22/8/2023 — the issuer decides which is meant)")
p("duplicate-identity", ["30/KH-UBND"], ["ubh_hy_kh30_2024a.txt", "ubh_hy_kh30_2024b.txt"],
  "UBND huyện Hàm Yên numbered two plans 30/KH-UBND in 2024 (12/3/2024 and 18/10/2024)")
p("inverse-inconsistency", ["15/2023/QĐ-UBND"], ["ubnd_tq_qd35_2025.txt", "ubnd_tq_qd41_2025.html"],
  "15/2023/QĐ-UBND of Hà Giang is replaced by 35/2025/QĐ-UBND (Điều 2 khoản 2, from 01/01/2026, a support-level decision that lists it by mistake) and again by 41/2025/QĐ-UBND (from 10/01/2026, the tourism-management rule that really succeeds it) — two documents say different things about what replaces it")
p("overdue-plan", ["07/2021/NQ-HĐND"], ["tu_tq_kl45_2024.txt"],
  "45-KL/TU item 2: `Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo sửa đổi, bổ sung Nghị quyết số 07/2021/NQ-HĐND ngày 10/12/2021 …, hoàn thành trong Quý IV/2024`; nothing amends it")
p("overdue-plan", ["41/2025/QĐ-UBND"], ["stp_tq_kh05_2026.txt"],
  "task row 1: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 41/2025/QĐ-UBND …`, `Quý II/2026`; nothing amends it (2350/VP-NC only quotes a draft's title)")
p("overdue-plan", ["12-KL/TU"], ["tu_tq_kl12_2025.txt"],
  "12-KL/TU item 2 announces `Đề án chuẩn hóa hệ thống văn bản quy phạm pháp luật của tỉnh sau hợp nhất`, `hoàn thành trong Quý I/2026`; no such Đề án", announces=True)
p("unmet-obligation", ["45-KL/TU"], ["tu_tq_kl45_2024.txt"], "`2. Ban Tuyên giáo Tỉnh ủy xây dựng kế hoạch tuyên truyền Kết luận này.`: no plan of the Ban Tuyên giáo", contains="Ban Tuyên giáo")
p("count-mismatch", ["18/KH-STP"], ["stp_tq_kh18_2024.txt"], "Sở Tư pháp 20/01/2024 (layout): `Kế hoạch với 04 nhiệm vụ sau:` followed by 3 numbered items")
p("count-mismatch", ["41/KH-UBND"], ["ubh_qb_kh41_2025.txt"], "UBND huyện Quản Bạ 10/4/2025: `tập trung 02 nội dung sau:` followed by 3 numbered items")
p("ambiguous-id", ["15/2023/QĐ-UBND"], ["stp_tq_bc112_2026.html"],
  "Sở Tư pháp 10/6/2026 (Word HTML): `một số xã vẫn dẫn Quyết định số 15/2023/QĐ-UBND của Ủy ban nhân dân tỉnh làm căn cứ` — no date, no former province: after the merger `Ủy ban nhân dân tỉnh` may be either former province's, and both issued a 15/2023/QĐ-UBND")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("correction-dinh-chinh-is-no-replacement", ["15/2023/QĐ-UBND", "1156/QĐ-UBND"],
  ["ubnd_tq_dc1156_2023.txt", "ubh_ys_kh56_2023.txt", "tu_tq_kl45_2024.txt", "ubnd_tq_qd22_2024.txt", "ubnd_tq_vbhn05_2024.docx"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal", "duplicate-identity"])
t("undated-re-mention-resolves", ["15/2023/QĐ-UBND"], ["ubnd_tq_dc1156_2023.txt", "ubnd_tq_qd15_2023.txt", "ubnd_tq_vbhn05_2024.docx", "ubnd_tq_qd22_2024.txt"],
  ["ambiguous-id", "metadata-conflict"])
t("suspension-is-no-repeal", ["15/2023/QĐ-UBND", "08/2025/QĐ-UBND"], ["ubnd_hg_qd08_2025.txt", "ubh_qb_kh41_2025.txt", "tu_tq_kl12_2025.txt", "tu_hg_kl38_2024.md"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "overdue-plan"])
t("extended-programme-not-overdue", ["05/CTr-UBND", "1890/QĐ-UBND"], ["ubnd_hg_ctr05_2021.txt", "ubnd_tq_qd1890_2025.txt", "stp_tq_bc112_2026.html"],
  ["overdue-plan", "superseded-citation", "inverse-inconsistency"])
t("adjusted-plan-is-the-same-plan", ["88/KH-UBND", "150/KH-UBND"], ["ubnd_tq_kh88_2022.txt", "ubnd_tq_kh150_2024.txt"],
  ["overdue-plan", "duplicate-identity", "inverse-inconsistency", "cycle", "superseded-citation"])
t("vbhn-is-no-new-document", ["05/VBHN-UBND", "15/2023/QĐ-UBND", "22/2024/QĐ-UBND", "07/2021/NQ-HĐND"],
  ["ubnd_tq_vbhn05_2024.docx", "ubh_hy_kh30_2024b.txt", "stp_tq_bc112_2026.html"],
  ["superseded-citation", "duplicate-identity", "inverse-inconsistency", "metadata-conflict", "cycle", "temporal", "unmet-obligation"])
t("vbhn-footnotes-identity", ["22/2024/QĐ-UBND", "1156/QĐ-UBND", "15/2023/QĐ-UBND", "07/2021/NQ-HĐND"], ["ubnd_tq_vbhn05_2024.docx"], ["dangling"])
t("cited-before-own-expiry", ["09/2024/QĐ-UBND", "15/2023/QĐ-UBND"],
  ["ubh_hy_kh30_2024b.txt", "du_sd_nq03_2025.txt", "ubx_sd_kh22_2025.md", "tu_tq_kl12_2025.txt", "hu_ys_kh12_2024.txt", "ubh_hy_kh30_2024a.txt"],
  ["superseded-citation"])
t("amendment-keeps-amended-in-force", ["15/2023/QĐ-UBND", "22/2024/QĐ-UBND"], ["ubnd_tq_qd22_2024.txt", "ubh_hy_kh30_2024b.txt", "tu_tq_kl12_2025.txt", "du_sd_nq03_2025.txt"],
  ["superseded-citation", "inverse-inconsistency"])
t("same-number-15-2023-two-former-provinces", ["15/2023/QĐ-UBND"], ["ubnd_tq_qd15_2023.txt", "ubnd_hg_qd15_2023.html"], ["duplicate-identity"])
t("dated-15-2023-citations-resolve", ["15/2023/QĐ-UBND"],
  ["ubh_ys_kh56_2023.txt", "ubh_hy_kh30_2024a.txt", "ubh_qb_kh41_2025.txt", "hu_qb_kh12_2024.txt", "tu_hg_kl38_2024.md", "xa_qb_kh09_2026.txt",
   "ubnd_tq_qd35_2025.txt", "ubnd_tq_qd41_2025.html", "tu_tq_kl12_2025.txt", "ubnd_hg_qd08_2025.txt", "tu_tq_kl45_2024.txt", "hu_ys_kh12_2024.txt"],
  ["ambiguous-id", "metadata-conflict"])
t("same-number-07-2021-NQ-HDND-two-provinces", ["07/2021/NQ-HĐND"],
  ["hdnd_tq_nq07_2021.html", "hdnd_hg_nq07_2021.txt", "ubnd_hg_qd15_2023.html", "ubnd_tq_qd15_2023.txt", "ubnd_tq_kh88_2022.txt", "tu_hg_kl38_2024.md",
   "ubnd_tq_kh150_2024.txt", "ubnd_tq_qd22_2024.txt", "tu_tq_kl45_2024.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict"])
t("12-KH-HU-yen-son-and-quan-ba", ["12-KH/HU"], ["hu_ys_kh12_2024.txt", "hu_qb_kh12_2024.txt", "xa_ys_kh05_2026.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling"])
t("56-KH-UBND-yen-son-and-son-duong", ["56/KH-UBND"], ["ubh_ys_kh56_2023.txt", "ubh_sd_kh56_2023.txt", "xa_ys_kh05_2026.txt", "ubx_sd_kh22_2025.md"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling"])
t("22-2019-vs-22-2024-two-bodies-two-years", ["22/2019/QĐ-UBND", "22/2024/QĐ-UBND"],
  ["ubh_bq_kh77_2024.txt", "ubnd_hg_qd15_2023.html", "ubnd_tq_qd22_2024.txt", "ubnd_hg_ctr05_2021.txt"], ["metadata-conflict", "ambiguous-id", "duplicate-identity"])
t("proposed-replacement-of-35-2025", ["35/2025/QĐ-UBND"], ["vp_tq_cv2350_2026.txt", "xa_ys_kh05_2026.txt", "xa_hy_kh14_2026.md", "stp_tq_kh05_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "overdue-plan"])
t("quoted-draft-title-sua-doi-bo-sung", ["41/2025/QĐ-UBND"], ["vp_tq_cv2350_2026.txt"], ["superseded-citation", "inverse-inconsistency", "cycle"],
  requires_planted=dict(rule="overdue-plan", id="41/2025/QĐ-UBND", file="stp_tq_kh05_2026.txt"))
t("deadlines-met-by-later-documents", ["15/2023/QĐ-UBND", "18/KH-STP", "38-KL/TU", "88/KH-UBND", "150/KH-UBND"],
  ["tu_tq_kl45_2024.txt", "stp_tq_kh18_2024.txt", "tu_hg_kl38_2024.md", "ubnd_tq_kh88_2022.txt", "ubnd_tq_kh150_2024.txt", "tu_tq_kl12_2025.txt"],
  ["overdue-plan"])
t("recurring-or-not-yet-due-rows", ["12-KH/HU", "56/KH-UBND", "03-NQ/ĐU", "22/KH-UBND", "05/KH-UBND", "09/KH-UBND", "14/KH-UBND", "77/KH-UBND", "20-KH/HU", "35/2025/QĐ-UBND"],
  ["hu_ys_kh12_2024.txt", "ubh_ys_kh56_2023.txt", "ubh_sd_kh56_2023.txt", "du_sd_nq03_2025.txt", "ubx_sd_kh22_2025.md", "xa_ys_kh05_2026.txt",
   "xa_qb_kh09_2026.txt", "xa_hy_kh14_2026.md", "ubh_bq_kh77_2024.txt", "hu_bq_kh20_2024.txt", "hu_qb_kh12_2024.txt"],
  ["overdue-plan"])
t("dated-activities-announce-no-document", ["30/KH-UBND", "41/KH-UBND"], ["ubh_hy_kh30_2024a.txt", "ubh_hy_kh30_2024b.txt", "ubh_qb_kh41_2025.txt"], ["overdue-plan"])
t("self-references", ["45-KL/TU", "12-KH/HU", "20-KH/HU", "15/2023/QĐ-UBND", "07/2021/NQ-HĐND"],
  ["tu_tq_kl45_2024.txt", "hu_ys_kh12_2024.txt", "hu_bq_kh20_2024.txt", "ubnd_tq_qd15_2023.txt", "hdnd_tq_nq07_2021.html"],
  ["cycle", "temporal", "dangling", "duplicate-identity"])
t("former-district-name-after-2025", ["56/KH-UBND", "41/KH-UBND", "12-KH/HU"], ["xa_ys_kh05_2026.txt", "xa_qb_kh09_2026.txt", "ubx_sd_kh22_2025.md"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("dated-citation-of-duplicated-number", ["30/KH-UBND"], ["xa_hy_kh14_2026.md"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("thay-the-ordinary-word", ["30/KH-UBND", "15/2023/QĐ-UBND"], ["ubh_hy_kh30_2024a.txt"], ["inverse-inconsistency", "cycle", "superseded-citation", "temporal"])
t("obligations-fulfilled", ["15/2023/QĐ-UBND", "35/2025/QĐ-UBND", "38-KL/TU", "07/2021/NQ-HĐND"],
  ["ubnd_tq_qd15_2023.txt", "ubnd_tq_qd35_2025.txt", "tu_hg_kl38_2024.md", "hdnd_tq_nq07_2021.html"], ["unmet-obligation"])
t("counted-lists-match", ["12-KH/HU", "05/KH-STP", "22/2024/QĐ-UBND"], ["hu_ys_kh12_2024.txt", "stp_tq_kh05_2026.txt", "ubnd_tq_qd22_2024.txt"], ["count-mismatch"])
t("nfd-crlf-ocr-identity", ["15/2023/QĐ-UBND", "1156/QĐ-UBND", "56/KH-UBND", "12-KH/HU", "38-KL/TU", "20-KH/HU"],
  ["ubh_ys_kh56_2023.txt", "hu_qb_kh12_2024.txt", "hu_bq_kh20_2024.txt"], ["dangling", "ambiguous-id"])
t("html-portal-word-identity", ["07/2021/NQ-HĐND", "15/2023/QĐ-UBND", "41/2025/QĐ-UBND", "112/BC-STP"],
  ["hdnd_tq_nq07_2021.html", "ubnd_hg_qd15_2023.html", "ubnd_tq_qd41_2025.html", "stp_tq_bc112_2026.html"], ["dangling"])
t("markdown-identity", ["38-KL/TU", "22/KH-UBND", "14/KH-UBND", "03-NQ/ĐU"], ["tu_hg_kl38_2024.md", "ubx_sd_kh22_2025.md", "xa_hy_kh14_2026.md", "du_sd_nq03_2025.txt"], ["dangling"])
t("same-day-cycle-no-temporal", ["03-NQ/ĐU", "22/KH-UBND"], ["du_sd_nq03_2025.txt", "ubx_sd_kh22_2025.md"], ["temporal", "metadata-conflict"])
t("temporal-not-other-quan-ba", ["38-KL/TU"], ["hu_qb_kh12_2024.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="38-KL/TU", file="hu_qb_kh12_2024.txt"))
t("date-conflict-not-other-son-duong", ["15/2023/QĐ-UBND"], ["ubh_sd_kh56_2023.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="15/2023/QĐ-UBND", file="ubh_sd_kh56_2023.txt"))
t("superseded-not-other-xa-quan-ba", ["15/2023/QĐ-UBND", "41/KH-UBND"], ["xa_qb_kh09_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="15/2023/QĐ-UBND", file="xa_qb_kh09_2026.txt"))
t("ambiguous-not-other-report", ["15/2023/QĐ-UBND"], ["stp_tq_bc112_2026.html"], ["dangling", "metadata-conflict"],
  requires_planted=dict(rule="ambiguous-id", id="15/2023/QĐ-UBND", file="stp_tq_bc112_2026.html"))
t("expiry-narrated-in-report", ["15/2023/QĐ-UBND", "09/2024/QĐ-UBND", "05/CTr-UBND", "41/2025/QĐ-UBND"], ["stp_tq_bc112_2026.html", "tu_tq_kl12_2025.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("replace-clauses-themselves", ["22/2019/QĐ-UBND", "09/2019/NQ-HĐND"], ["ubnd_hg_qd15_2023.html", "hdnd_tq_nq07_2021.html", "ubnd_hg_ctr05_2021.txt"],
  ["superseded-citation", "temporal", "metadata-conflict"])
t("phone-fax-numbers", ["0207.3822.451", "0207.3822.452", "0219.3866.015", "0219.3866.016", "0207.3811.306", "0207.3811.307"],
  ["ubnd_tq_qd41_2025.html", "ubnd_hg_qd15_2023.html", "hdnd_tq_nq07_2021.html"], ["dangling", "temporal", "metadata-conflict"])
t("spaced-number-own-identity", ["1156/QĐ-UBND"],
  ["ubnd_tq_dc1156_2023.txt", "ubh_ys_kh56_2023.txt", "tu_tq_kl45_2024.txt", "stp_tq_bc112_2026.html", "ubnd_tq_vbhn05_2024.docx"], ["dangling", "metadata-conflict"])
t("responds-to-report-and-letter", ["112/BC-STP", "2350/VP-NC", "05/KH-STP"], ["vp_tq_cv2350_2026.txt", "stp_tq_bc112_2026.html"],
  ["dangling", "temporal", "metadata-conflict", "cycle"])
t("layout-row-split-id", ["15/2023/QĐ-UBND"], ["stp_tq_kh18_2024.txt"], ["dangling", "ambiguous-id", "metadata-conflict"])

key = dict(round=37, world="Corrections (đính chính), suspensions (tạm ngưng hiệu lực), extensions (gia hạn), plan adjustments (điều chỉnh, bổ sung) and a consolidated text (văn bản hợp nhất) in tỉnh Tuyên Quang, into which tỉnh Hà Giang was merged on 1/7/2025 (districts abolished, communes merged), 2021-2026: Tỉnh ủy Tuyên Quang 45-KL/TU (2024) and 12-KL/TU (2025), Tỉnh ủy Hà Giang 38-KL/TU; Huyện ủy Yên Sơn and Quản Bạ 12-KH/HU, Bắc Quang 20-KH/HU; HĐND Tuyên Quang and Hà Giang 07/2021/NQ-HĐND; UBND Tuyên Quang 15/2023 (to 31/12/2025), 1156/QĐ-UBND (đính chính), 09/2024 (to 31/12/2025), 22/2024 (amends 15/2023), 05/VBHN-UBND, 88/KH-UBND, 150/KH-UBND (điều chỉnh), and after the merger 35/2025, 41/2025, 1890/QĐ-UBND (gia hạn); UBND Hà Giang 15/2023, 08/2025 (tạm ngưng), 05/CTr-UBND; Văn phòng UBND 2350/VP-NC; Sở Tư pháp 18/KH-STP, 05/KH-STP, 112/BC-STP; UBND huyện Yên Sơn and Sơn Dương 56/KH-UBND, Hàm Yên 30/KH-UBND ×2, Quản Bạ 41/KH-UBND, Bắc Quang 77/KH-UBND; Đảng ủy and UBND xã Sơn Dương 03-NQ/ĐU, 22/KH-UBND; UBND xã Yên Sơn 05/KH-UBND, xã Quản Bạ 09/KH-UBND, xã Hàm Yên 14/KH-UBND",
           planted=P,
           external=["80/2015/QH13", "63/2020/QH14", "64/2025/QH15", "34/2016/NĐ-CP", "154/2020/NĐ-CP", "78/2025/NĐ-CP", "202/2025/QH15",
                     "09/2019/NQ-HĐND", "22/2019/QĐ-UBND", "1090/QĐ-UBND"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_tq_qd41_2025.html"], ids=["15/2023/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
