#!/usr/bin/env python3
"""Writes key.json for red team round 32 (organisation and staff of the new tỉnh Bắc Ninh after the merger of Bắc Giang and
Bắc Ninh, 1/7/2025). Adapted from RedTeam31/mkkey.py (same key format). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["08-NQ/ĐU", "62/KH-UBND"], ["du_p_vy_nq08_2026.txt", "ubnd_p_vy_kh62_2026.md"],
  "phường Việt Yên, both 12/6/2026: Đảng ủy phường 08-NQ/ĐU `Căn cứ Kế hoạch số 62/KH-UBND ngày 12/6/2026 …`; UBND phường 62/KH-UBND (Markdown, header as bold lines) `Thực hiện Nghị quyết số 08-NQ/ĐU ngày 12/6/2026 …`")
p("superseded-citation", ["20/2022/QĐ-UBND"], ["xa_ln_kh52_2026.txt", "ubnd_qd15_2025.txt"],
  "UBND xã Lục Nam 15/4/2026 (CRLF) `Căn cứ Quyết định số 20/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh Bắc Giang` (Sở Nội vụ Bắc Giang); replaced by 15/2025/QĐ-UBND from 01/10/2025; the next line cites Bắc Ninh's 20/2022 (04/8/2022), in force")
p("superseded-citation", ["12-QĐ/TU"], ["btctu_hd03_2025.txt", "tu_qd09_2025.txt"],
  "Ban Tổ chức Tỉnh ủy 03-HD/BTCTU 10/10/2025 `Căn cứ Quy định số 12-QĐ/TU, ngày 15/4/2021 của Ban Thường vụ Tỉnh ủy Bắc Giang về Quy chế làm việc`; replaced by the Tỉnh ủy's 09-QĐ/TU from 15/8/2025; the next line cites Bắc Ninh's 12-QĐ/TU (20/5/2021), in force")
p("superseded-citation", ["08/2022/NQ-HĐND"], ["xa_yd_kh40_2026.txt", "hdnd_nq21_2025.txt"],
  "UBND xã Yên Dũng 12/5/2026 (NFD) `Căn cứ Nghị quyết số 08/2022/NQ-HĐND ngày 13/7/2022 của Hội đồng nhân dân tỉnh Bắc Giang`; replaced by 21/2025/NQ-HĐND from 01/01/2026")
p("temporal", ["12-QĐ/TU"], ["bg_hu_vy_kh30_2021.txt", "bg_tu_qd12_2021.txt"],
  "Huyện ủy Việt Yên 05/4/2021 (layout) `Thực hiện Quy định số 12-QĐ/TU, ngày 15/4/2021 của Ban Thường vụ Tỉnh ủy Bắc Giang` — ten days later than the plan")
p("metadata-conflict", ["135/KH-SNV"], ["bg_ubh_yd_kh88_2024.txt", "bg_snv_kh135_2024.txt"],
  "UBND huyện Yên Dũng 10/6/2024 cites `Kế hoạch số 135/KH-SNV ngày 20/5/2024 của Sở Nội vụ tỉnh Bắc Giang`; Bắc Giang's is of 12/3/2024 — 20/5/2024 is Bắc Ninh's")
p("metadata-conflict", ["03-HD/BTCTU"], ["du_xa_gb_kh05_2025.txt", "btctu_hd03_2025.txt"],
  "Đảng ủy xã Gia Bình 05/11/2025 (OCR-like) cites `Hướng dẫn số 03-HD/BTCTU, ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy`; the guidance is the Ban Tổ chức Tỉnh ủy's — an issuer conflict")
p("duplicate-identity", ["45/QĐ-UBND"], ["ubnd_qd45_2026.txt", "ubnd_qd45b_2026.docx"],
  "the Chủ tịch UBND tỉnh Bắc Ninh numbered two decisions 45/QĐ-UBND in 2026 (12/01/2026, `Số:` label lost; 16/01/2026, .docx header of runs cut mid-word)")
p("inverse-inconsistency", ["08/2022/NQ-HĐND"], ["hdnd_nq21_2025.txt", "hdnd_nq04_2026.html"],
  "Bắc Giang's 08/2022/NQ-HĐND is replaced by 21/2025/NQ-HĐND (from 01/01/2026) and again by 04/2026/NQ-HĐND (Word-exported page, `thay thế các Nghị quyết: số 08/2022/NQ-HĐND …; số 19/2023/NQ-HĐND …`): two documents claim to replace it")
p("overdue-plan", ["15/2025/QĐ-UBND"], ["snv_kh210_2026.txt"],
  "table row 1: `Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 15/2025/QĐ-UBND …`, `Tháng 6/2026`; nothing amends it (318/BC-SNV quotes only a draft's title; 3120/UBND-NC asks for a proposal)")
p("overdue-plan", ["210/KH-SNV"], ["snv_kh210_2026.txt"],
  "table row 2 announces `Đề án vị trí việc làm trong các cơ quan hành chính tỉnh Bắc Ninh giai đoạn 2026 - 2030`, `Quý III/2026`; no such Đề án", announces=True)
p("overdue-plan", ["12-QĐ/TU"], ["bn_tu_kl25_2023.html"],
  "Kết luận 25-KL/TU of the Ban Thường vụ Tỉnh ủy Bắc Ninh (minified portal page): `… tham mưu sửa đổi, bổ sung Quy định số 12-QĐ/TU, ngày 20/5/2021 …; hoàn thành trong Quý IV/2023`; nothing amends it (09-QĐ/TU says it continues)")
p("unmet-obligation", ["20-KL/TU"], ["tu_kl20_2025.txt"], "`4. Trung tâm Phục vụ hành chính công tỉnh xây dựng kế hoạch …`: no plan of the Trung tâm", contains="Trung tâm Phục vụ hành chính công")
p("count-mismatch", ["07-KH/ĐU"], ["dubnd_kh07_2025.txt"], "Đảng ủy UBND tỉnh: `xác định 03 nhiệm vụ sau:` followed by 4 numbered items")
p("count-mismatch", ["60/KH-UBND"], ["bn_ubh_gb_kh60_2024.txt"], "UBND huyện Gia Bình: `gồm 02 nhóm giải pháp sau:` followed by 3 lettered items a) – c)")
p("ambiguous-id", ["50/NQ-HĐND"], ["snv_bc318_2026.txt"],
  "Sở Nội vụ 25/7/2026: `Nghị quyết số 50/NQ-HĐND của Hội đồng nhân dân tỉnh Bắc Giang (trước hợp nhất)` with no date; the same council passed a 50/NQ-HĐND on 08/12/2023 and another on 10/12/2024 (numbers restart every year), both on staff quotas")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-12-QD-TU-two-provinces", ["12-QĐ/TU"], ["bg_tu_qd12_2021.txt", "bn_tu_qd12_2021.txt"], ["duplicate-identity"])
t("same-number-20-2022-two-provinces", ["20/2022/QĐ-UBND"], ["bg_ubnd_qd20_2022.txt", "bn_ubnd_qd20_2022.html"], ["duplicate-identity"])
t("same-number-135-KH-SNV-two-provinces", ["135/KH-SNV"], ["bg_snv_kh135_2024.txt", "bn_snv_kh135_2024.md"], ["duplicate-identity"])
t("annual-50-NQ-HDND-2023-and-2024", ["50/NQ-HĐND"], ["bg_hdnd_nq50_2023.txt", "bg_hdnd_nq50_2024.md"], ["duplicate-identity"])
t("same-number-45-KH-HU-Luc-Nam-Que-Vo", ["45-KH/HU"], ["bg_hu_ln_kh45_2021.txt", "bn_hu_qv_kh45_2021.txt"], ["duplicate-identity", "metadata-conflict", "ambiguous-id"])
t("same-number-60-KH-UBND-Gia-Binh-Thuan-Thanh", ["60/KH-UBND"], ["bn_ubh_gb_kh60_2024.txt", "bn_ubtx_tt_kh60_2024.txt"], ["duplicate-identity"])
t("same-number-40-KH-UBND-Yen-Dung-Yen-Phong", ["40/KH-UBND"], ["xa_yd_kh40_2026.txt", "xa_yp_kh40_2026.txt"], ["duplicate-identity"])
t("bn-20-2022-next-line-of-superseded", ["20/2022/QĐ-UBND"], ["xa_ln_kh52_2026.txt"], ["metadata-conflict", "ambiguous-id", "temporal"])
t("bn-12-QD-TU-next-line-of-superseded", ["12-QĐ/TU"], ["btctu_hd03_2025.txt"], ["metadata-conflict", "ambiguous-id", "temporal"])
t("bn-20-2022-continues-in-force", ["20/2022/QĐ-UBND"], ["ubnd_qd15_2025.txt", "bn_ubnd_qd20_2022.html", "snv_cv1520_2026.txt", "bn_snv_kh135_2024.md"],
  ["inverse-inconsistency", "cycle", "superseded-citation", "metadata-conflict", "ambiguous-id"])
t("bn-12-QD-TU-continues-in-force", ["12-QĐ/TU"], ["tu_qd09_2025.txt", "bn_tu_qd12_2021.txt", "bn_hu_td_kh21_2021.txt", "bn_hu_qv_kh45_2021.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation", "metadata-conflict", "ambiguous-id"])
t("replacement-clauses-themselves", ["20/2022/QĐ-UBND", "12-QĐ/TU", "08/2022/NQ-HĐND"], ["ubnd_qd15_2025.txt", "tu_qd09_2025.txt", "hdnd_nq21_2025.txt"],
  ["superseded-citation", "temporal", "metadata-conflict"])
t("planned-replacement-met-by-21-2025", ["08/2022/NQ-HĐND"], ["tu_kl20_2025.txt", "dubnd_kh07_2025.txt"], ["overdue-plan", "superseded-citation"])
t("proposed-replacement-of-15-2025", ["15/2025/QĐ-UBND"], ["ubnd_cv3120_2026.txt", "snv_bc318_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "metadata-conflict", "temporal", "overdue-plan"])
t("draft-amendment-quoted-title", ["15/2025/QĐ-UBND"], ["snv_bc318_2026.txt", "ubnd_qd45b_2026.docx", "ubnd_qd15_2025.txt", "ubnd_cv3120_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="15/2025/QĐ-UBND", file="snv_kh210_2026.txt"))
t("thay-the-ordinary-word", ["50/NQ-HĐND", "135/KH-SNV", "20-KL/TU", "20/2022/QĐ-UBND", "210/KH-SNV", "62/KH-UBND", "12-QĐ/TU"],
  ["bg_hdnd_nq50_2024.md", "bg_ubh_yd_kh88_2024.txt", "ubnd_qd45_2026.txt", "xa_ln_kh52_2026.txt", "snv_cv1520_2026.txt", "du_p_vy_nq08_2026.txt", "bg_hu_ln_kh45_2021.txt"],
  ["inverse-inconsistency"])
t("sap-xep-staff-no-revision", ["135/KH-SNV", "20-KL/TU", "07-KH/ĐU", "210/KH-SNV"],
  ["bg_ubh_yd_kh88_2024.txt", "btctu_hd03_2025.txt", "dubnd_kh07_2025.txt", "snv_bc318_2026.txt", "xa_yd_kh40_2026.txt"],
  ["overdue-plan", "superseded-citation", "inverse-inconsistency"])
t("rows-recurring-or-not-due", ["210/KH-SNV", "25-KL/TU", "135/KH-SNV", "20-KL/TU"],
  ["snv_kh210_2026.txt", "bn_tu_kl25_2023.html", "bg_snv_kh135_2024.txt", "tu_kl20_2025.txt"], ["overdue-plan"])
t("obligations-fulfilled", ["20-KL/TU", "12-QĐ/TU", "135/KH-SNV", "210/KH-SNV"],
  ["tu_kl20_2025.txt", "bg_tu_qd12_2021.txt", "bn_tu_qd12_2021.txt", "bg_snv_kh135_2024.txt", "bn_snv_kh135_2024.md", "snv_kh210_2026.txt"], ["unmet-obligation"])
t("self-reference-20-KL-TU", ["20-KL/TU"], ["tu_kl20_2025.txt"], ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("self-reference-09-QD-TU-25-KL-TU", ["09-QĐ/TU", "25-KL/TU"], ["tu_qd09_2025.txt", "bn_tu_kl25_2023.html"],
  ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("former-province-name-after-merger", ["12-QĐ/TU", "20/2022/QĐ-UBND", "08/2022/NQ-HĐND", "135/KH-SNV"],
  ["tu_qd09_2025.txt", "btctu_hd03_2025.txt", "ubnd_qd15_2025.txt", "hdnd_nq21_2025.txt", "hdnd_nq04_2026.html", "tu_kl20_2025.txt", "dubnd_kh07_2025.txt",
   "snv_cv1520_2026.txt", "xa_ln_kh52_2026.txt", "xa_yd_kh40_2026.txt"], ["dangling", "metadata-conflict", "ambiguous-id"])
t("bac-ninh-name-both-former-and-new", ["20/2022/QĐ-UBND", "135/KH-SNV"],
  ["xa_ln_kh52_2026.txt", "snv_cv1520_2026.txt", "bn_ubh_gb_kh60_2024.txt", "bn_ubtx_tt_kh60_2024.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("pre-merger-unqualified", ["12-QĐ/TU", "20/2022/QĐ-UBND", "50/NQ-HĐND"],
  ["bn_hu_td_kh21_2021.txt", "bn_snv_kh135_2024.md", "bg_snv_kh135_2024.txt", "bg_hdnd_nq50_2024.md", "bn_tu_kl25_2023.html", "bg_hu_ln_kh45_2021.txt"],
  ["ambiguous-id", "dangling", "metadata-conflict"])
t("temporal-not-metadata-viet-yen", ["12-QĐ/TU"], ["bg_hu_vy_kh30_2021.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="12-QĐ/TU", file="bg_hu_vy_kh30_2021.txt"))
t("date-conflict-not-other-yen-dung", ["135/KH-SNV"], ["bg_ubh_yd_kh88_2024.txt"], ["ambiguous-id", "dangling", "temporal"])
t("issuer-conflict-not-other-gia-binh-ocr", ["03-HD/BTCTU", "20-KL/TU"], ["du_xa_gb_kh05_2025.txt"], ["ambiguous-id", "dangling", "temporal"])
t("dated-50-resolves", ["50/NQ-HĐND"], ["bg_hdnd_nq50_2024.md", "bg_snv_kh135_2024.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("dated-45-resolves", ["45/QĐ-UBND"], ["snv_kh210_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("id-broken-across-lines", ["12-QĐ/TU"], ["bg_hu_ln_kh45_2021.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("number-only-in-title-line", ["12-QĐ/TU"], ["bn_tu_qd12_2021.txt", "bn_hu_td_kh21_2021.txt", "bn_hu_qv_kh45_2021.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("lost-so-label-own-identity", ["45/QĐ-UBND"], ["ubnd_qd45_2026.txt", "snv_kh210_2026.txt"], ["dangling", "metadata-conflict", "temporal"])
t("spaced-number-own-identity", ["15/2025/QĐ-UBND"],
  ["ubnd_qd15_2025.txt", "snv_kh210_2026.txt", "ubnd_cv3120_2026.txt", "ubnd_qd45b_2026.docx", "snv_bc318_2026.txt"], ["dangling"])
t("ocr-column-order-party-header", ["09-QĐ/TU"], ["tu_qd09_2025.txt"], ["dangling", "metadata-conflict", "temporal", "duplicate-identity"])
t("docx-id-split-across-runs", ["15/2025/QĐ-UBND", "45/QĐ-UBND"], ["ubnd_qd45b_2026.docx"], ["dangling", "metadata-conflict", "temporal"])
t("lower-case-crawled-file", ["40/KH-UBND", "21/2025/NQ-HĐND", "210/KH-SNV"], ["xa_yp_kh40_2026.txt"],
  ["dangling", "metadata-conflict", "temporal", "duplicate-identity", "superseded-citation"])
t("html-nbsp-header", ["20/2022/QĐ-UBND"], ["bn_ubnd_qd20_2022.html"], ["dangling", "metadata-conflict", "duplicate-identity"])
t("nfd-and-crlf-files-read", ["08/2022/NQ-HĐND", "210/KH-SNV", "20/2022/QĐ-UBND"], ["xa_yd_kh40_2026.txt", "xa_ln_kh52_2026.txt"],
  ["dangling", "temporal", "ambiguous-id"])
t("count-matches", ["45-KH/HU", "318/BC-SNV", "08-NQ/ĐU"], ["bg_hu_ln_kh45_2021.txt", "snv_bc318_2026.txt", "du_p_vy_nq08_2026.txt"], ["count-mismatch"])
t("same-day-cycle-no-temporal", ["08-NQ/ĐU", "62/KH-UBND"], ["du_p_vy_nq08_2026.txt", "ubnd_p_vy_kh62_2026.md"], ["temporal"])
t("cited-before-replacement", ["20/2022/QĐ-UBND", "08/2022/NQ-HĐND", "12-QĐ/TU"],
  ["bg_snv_kh135_2024.txt", "tu_kl20_2025.txt", "dubnd_kh07_2025.txt", "bg_hu_ln_kh45_2021.txt", "bg_hu_vy_kh30_2021.txt"], ["superseded-citation"])
t("amended-not-replaced-24-2014", ["24/2014/NĐ-CP"], ["bg_ubnd_qd20_2022.txt"], ["superseded-citation", "temporal", "inverse-inconsistency"])
t("replacement-of-external-19-2023", ["19/2023/NQ-HĐND"], ["hdnd_nq04_2026.html"], ["inverse-inconsistency", "superseded-citation", "cycle"])
t("responds-to-report", ["318/BC-SNV"], ["ubnd_cv3120_2026.txt"], ["dangling", "temporal", "metadata-conflict", "cycle"])
t("phone-fax-numbers", ["0204.3854.616", "0204.3854.617", "0222.3822.569", "0222.3822.570"],
  ["bn_ubnd_qd20_2022.html", "bn_tu_kl25_2023.html", "hdnd_nq04_2026.html"], ["dangling", "temporal", "metadata-conflict"])

key = dict(round=32, world="Organisation and staff of the new tỉnh Bắc Ninh after the merger of Bắc Giang and Bắc Ninh (1/7/2025, seat at the former Bắc Giang city; districts abolished; communes and wards merged; Sở Nội vụ absorbed Sở Lao động - Thương binh và Xã hội): former Bắc Giang (Ban Thường vụ Tỉnh ủy 12-QĐ/TU 2021; Huyện ủy Lục Nam 45-KH/HU, Việt Yên 30-KH/HU; HĐND 08/2022/NQ-HĐND, 50/NQ-HĐND of 2023 and of 2024; UBND 20/2022/QĐ-UBND; Sở Nội vụ 135/KH-SNV 2024; UBND huyện Yên Dũng 88/KH-UBND); former Bắc Ninh (Ban Thường vụ Tỉnh ủy 12-QĐ/TU 2021, 25-KL/TU 2023; Huyện ủy Tiên Du 21-KH/HU, Quế Võ 45-KH/HU; UBND 20/2022/QĐ-UBND; Sở Nội vụ 135/KH-SNV 2024; UBND huyện Gia Bình and thị xã Thuận Thành 60/KH-UBND); the new province (Tỉnh ủy 09-QĐ/TU; Ban Thường vụ 20-KL/TU; Ban Tổ chức 03-HD/BTCTU; Đảng ủy UBND tỉnh 07-KH/ĐU; HĐND 21/2025, 04/2026/NQ-HĐND; UBND 15/2025/QĐ-UBND, the chairman's two 45/QĐ-UBND, letter 3120/UBND-NC; Sở Nội vụ 210/KH-SNV, 1520/SNV-TCBC, 318/BC-SNV; UBND xã Lục Nam 52, xã Yên Dũng 40, xã Yên Phong 40; Đảng ủy xã Gia Bình 05-KH/ĐU; Đảng ủy and UBND phường Việt Yên)",
           planted=P,
           external=["18-NQ/TW", "121-KL/TW", "137-KL/TW", "202/2025/QH15", "72/2025/QH15", "150/2025/NĐ-CP", "106/2020/NĐ-CP",
                     "24/2014/NĐ-CP", "107/2020/NĐ-CP", "19/2023/NQ-HĐND"],
           collateral=[dict(rule="superseded-citation", files=["hdnd_nq04_2026.html"], ids=["08/2022/NQ-HĐND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
