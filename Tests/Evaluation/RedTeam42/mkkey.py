#!/usr/bin/env python3
"""Writes key.json for red team round 42 (the health sector of tỉnh Sóc Trăng, merged with tỉnh Hậu Giang into thành phố Cần
Thơ on 1/7/2025, following the Bộ Y tế, 2020-2026). Adapted from RedTeam37/mkkey.py (same key format, read by the same
score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["05-NQ/ĐU", "60/KH-SYT"], ["du_syt_nq05_2024.txt", "syt_st_kh60_2024.md"],
  "both 15/3/2024: Đảng ủy Sở Y tế 05-NQ/ĐU `Căn cứ Kế hoạch số 60/KH-SYT ngày 15/3/2024 …`; Sở Y tế 60/KH-SYT (Markdown, header as bold lines) `Thực hiện Nghị quyết số 05-NQ/ĐU ngày 15/3/2024 …`")
p("superseded-citation", ["18/2022/QĐ-UBND"], ["ttyt_ks_kh08_2025.txt", "ubnd_st_qd25_2024.txt"],
  "TTYT huyện Kế Sách 15/01/2025 `Căn cứ Quyết định số 18/2022/QĐ-UBND ngày 01/9/2022 …` — replaced by 25/2024/QĐ-UBND from 01/11/2024")
p("superseded-citation", ["18/2021/TT-BYT"], ["ttyt_mx_kh12_2025.txt", "byt_tt09_2024.txt"],
  "TTYT huyện Mỹ Xuyên 18/02/2025 (OCR-like) `Căn cứ Thông tư số 18/2021/TT-BYT ngày 10/8/2021 …` — replaced by 09/2024/TT-BYT from 01/7/2024")
p("superseded-citation", ["25/2024/QĐ-UBND"], ["ct_tyt_mx_kh05_2026.txt", "ubnd_st_qd25_2024.txt"],
  "Trạm Y tế xã Mỹ Xuyên 10/02/2026 `Căn cứ Quyết định số 25/2024/QĐ-UBND ngày 20/10/2024 … (cũ)` — the decision `có hiệu lực từ ngày 01 tháng 11 năm 2024 đến hết ngày 31 tháng 12 năm 2025` (NFD file); expired by its own term")
p("temporal", ["09/2024/TT-BYT"], ["ttyt_nn_kh19_2024.txt", "byt_tt09_2024.txt"],
  "TTYT huyện Ngã Năm 10/5/2024 (CRLF) `Thực hiện Thông tư số 09/2024/TT-BYT ngày 20/5/2024 …` — ten days before the circular")
p("metadata-conflict", ["18/2022/QĐ-UBND"], ["bvdk_st_kh88_2023.txt", "ubnd_st_qd18_2022.txt"],
  "Bệnh viện Đa khoa tỉnh 10/01/2023 cites `Quyết định số 18/2022/QĐ-UBND ngày 15/9/2022` (its effective date); the decision is of 01/9/2022")
p("metadata-conflict", ["09/2024/TT-BYT"], ["ttyt_vc_kh27_2024b.txt", "byt_tt09_2024.txt"],
  "TTYT thị xã Vĩnh Châu 12/9/2024 (pdftotext -layout) cites `Thông tư số 09/2024/TT-BYT ngày 25/5/2024`; the circular is of 20/5/2024")
p("duplicate-identity", ["27/KH-TTYT"], ["ttyt_vc_kh27_2024a.txt", "ttyt_vc_kh27_2024b.txt"],
  "TTYT thị xã Vĩnh Châu numbered two plans 27/KH-TTYT in 2024 (20/02/2024 and 12/9/2024)")
p("inverse-inconsistency", ["18/2021/TT-BYT"], ["byt_tt09_2024.txt", "byt_tt14_2025.html"],
  "18/2021/TT-BYT is replaced by 09/2024/TT-BYT (from 01/7/2024) and again by 14/2025/TT-BYT (portal page, from 01/8/2025, a circular on periodic health checks that lists it by mistake) — two documents say different things about what replaces it")
p("overdue-plan", ["60/KH-SYT"], ["syt_st_kh20_2025.txt"],
  "20/KH-SYT row 1: `Sửa đổi, bổ sung Kế hoạch số 60/KH-SYT ngày 15/3/2024 …`, `Quý II/2025`; nothing amends it")
p("overdue-plan", ["120/KH-UBND"], ["ubnd_st_kh120_2022.txt"],
  "120/KH-UBND (2022) row 2 announces `Đề án phát triển mạng lưới y tế cơ sở tỉnh Sóc Trăng giai đoạn 2023 - 2030`, `Quý IV/2023`; no such Đề án (112/BC-SYT says it was not drafted)", announces=True)
p("overdue-plan", ["12/2020/QĐ-UBND"], ["ct_syt_kh35_2025.txt"],
  "Cần Thơ's 35/KH-SYT row 1: `Tham mưu Ủy ban nhân dân thành phố bãi bỏ Quyết định số 12/2020/QĐ-UBND … của Ủy ban nhân dân tỉnh Hậu Giang (cũ)`, `Quý II/2026`; nothing repeals it (210/BC-SYT only quotes a draft amending it)")
p("unmet-obligation", ["15-CT/TU"], ["tu_st_ct15_2021.txt"],
  "`2. Ban Dân vận Tỉnh ủy xây dựng kế hoạch vận động Nhân dân tham gia bảo hiểm y tế …`: no plan of the Ban Dân vận", contains="Ban Dân vận")
p("count-mismatch", ["45/KH-SYT"], ["syt_st_kh45_2023.txt"], "Sở Y tế Sóc Trăng 10/3/2023: `Kế hoạch với 03 nhiệm vụ sau:` followed by 4 numbered items")
p("count-mismatch", ["31/KH-TTYT"], ["ttyt_mx_kh31_2023.txt"], "TTYT huyện Mỹ Xuyên 05/4/2023: `tập trung 02 nội dung sau:` followed by 3 numbered items")
p("ambiguous-id", ["45/KH-SYT"], ["ct_syt_bc210_2026.html"],
  "Sở Y tế Cần Thơ 20/6/2026 (Word HTML): `… vẫn thực hiện theo Kế hoạch số 45/KH-SYT của Sở Y tế (cũ)` — no date, no former province: both former Sở Y tế (Sóc Trăng 10/3/2023, Hậu Giang 22/3/2023) issued a 45/KH-SYT")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-45-KH-SYT-two-provinces", ["45/KH-SYT"], ["syt_st_kh45_2023.txt", "syt_hg_kh45_2023.txt"], ["duplicate-identity"])
t("dated-45-KH-SYT-citations-resolve", ["45/KH-SYT"],
  ["ttyt_mx_kh31_2023.txt", "ttyt_mx_kh12_2025.txt", "ttyt_vc_kh27_2024a.txt", "ct_syt_kh35_2025.txt", "syt_hg_bc78_2024.docx"],
  ["ambiguous-id", "metadata-conflict", "dangling"])
t("same-number-120-KH-UBND-2022-and-2024", ["120/KH-UBND"], ["ubnd_st_kh120_2022.txt", "ubnd_st_kh120_2024.txt"], ["duplicate-identity", "cycle"])
t("dated-120-KH-UBND-citations-resolve", ["120/KH-UBND"],
  ["ubnd_st_kh120_2024.txt", "syt_st_kh45_2023.txt", "syt_st_bc112_2024.txt", "syt_st_kh20_2025.txt", "ttyt_ks_kh08_2025.txt",
   "ttyt_vc_kh27_2024b.txt", "ttyt_nn_kh19_2024.txt", "ubnd_st_qd18_2022.txt"],
  ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("three-1234s-three-codes", ["1234/QĐ-BYT", "1234/BYT-DP", "1234/SYT-NVY"],
  ["byt_qd1234_2022.txt", "byt_cv1234_2024.txt", "syt_st_cv1234_2023.txt", "syt_st_kh45_2023.txt", "ubnd_st_kh120_2024.txt", "syt_st_bc112_2024.txt"],
  ["duplicate-identity", "ambiguous-id", "metadata-conflict", "dangling", "cycle"])
t("letters-only-ask-for-reports", ["1234/BYT-DP", "4567/BYT-KCB"], ["byt_cv1234_2024.txt", "byt_cv4567_2025.txt"], ["overdue-plan", "unmet-obligation"])
t("proposed-replacement-of-09-2024", ["09/2024/TT-BYT"],
  ["byt_cv4567_2025.txt", "ct_tyt_vc_bc03_2026.txt", "ct_ubp_nn_kh14_2026.md", "syt_st_kh20_2025.txt"],
  ["superseded-citation", "inverse-inconsistency", "overdue-plan"])
t("amendment-keeps-1234-QD-BYT-in-force", ["1234/QĐ-BYT", "2780/QĐ-BYT"],
  ["byt_qd2780_2023.md", "syt_st_cv1234_2023.txt", "byt_cv1234_2024.txt", "syt_st_kh45_2023.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle"])
t("quoted-title-sua-doi-bo-sung-in-letter", ["1234/QĐ-BYT", "2780/QĐ-BYT"], ["syt_st_cv1234_2023.txt"],
  ["inverse-inconsistency", "temporal", "metadata-conflict"])
t("amendment-keeps-18-2022-in-force", ["18/2022/QĐ-UBND", "07/2023/QĐ-UBND"],
  ["ubnd_st_qd07_2023.html", "syt_st_bc112_2024.txt", "bvdk_st_kh88_2023.txt"], ["superseded-citation", "inverse-inconsistency"])
t("replace-clauses-themselves", ["18/2022/QĐ-UBND", "07/2023/QĐ-UBND", "18/2021/TT-BYT", "05/2019/QĐ-UBND"],
  ["ubnd_st_qd25_2024.txt", "byt_tt09_2024.txt", "ubnd_st_qd18_2022.txt", "ubnd_st_kh120_2022.txt"],
  ["superseded-citation", "temporal", "metadata-conflict"])
t("deadlines-met-by-later-documents", ["05/2019/QĐ-UBND", "112/BC-SYT", "15-CT/TU", "18/2022/QĐ-UBND"],
  ["ubnd_st_kh120_2022.txt", "syt_st_bc112_2024.txt"], ["overdue-plan"])
t("recurring-or-not-yet-due-rows", ["120/KH-UBND", "20/KH-SYT", "35/KH-SYT", "60/KH-SYT", "12/KH-TTYT", "08/KH-TTYT", "05/KH-TYT", "45/KH-SYT", "09/2024/TT-BYT", "14/KH-UBND"],
  ["ubnd_st_kh120_2024.txt", "syt_st_kh60_2024.md", "ttyt_mx_kh12_2025.txt", "ttyt_ks_kh08_2025.txt", "ct_tyt_mx_kh05_2026.txt", "syt_hg_kh45_2023.txt",
   "ct_ubp_nn_kh14_2026.md"], ["overdue-plan"])
t("recurring-rows-beside-planted-overdue", ["20/KH-SYT", "09/2024/TT-BYT", "35/KH-SYT", "4567/BYT-KCB"], ["syt_st_kh20_2025.txt", "ct_syt_kh35_2025.txt"], ["overdue-plan"])
t("dated-activities-announce-no-document", ["27/KH-TTYT", "19/KH-TTYT", "88/KH-BVĐK", "120/KH-UBND", "45/KH-SYT", "31/KH-TTYT"],
  ["ttyt_vc_kh27_2024a.txt", "ttyt_vc_kh27_2024b.txt", "ttyt_nn_kh19_2024.txt", "bvdk_st_kh88_2023.txt", "ubnd_st_kh120_2024.txt", "syt_hg_kh45_2023.txt",
   "ttyt_mx_kh31_2023.txt"], ["overdue-plan"])
t("self-references", ["15-CT/TU", "05-NQ/ĐU", "120/KH-UBND", "18/2022/QĐ-UBND", "25/2024/QĐ-UBND", "1234/QĐ-BYT", "18/2021/TT-BYT", "31/KH-TTYT", "45/KH-SYT"],
  ["tu_st_ct15_2021.txt", "du_syt_nq05_2024.txt", "ubnd_st_kh120_2022.txt", "ubnd_st_kh120_2024.txt", "ubnd_st_qd18_2022.txt", "ubnd_st_qd25_2024.txt",
   "byt_qd1234_2022.txt", "byt_tt18_2021.txt", "ttyt_mx_kh31_2023.txt", "syt_st_kh45_2023.txt"],
  ["cycle", "temporal", "dangling", "duplicate-identity"])
t("former-district-name-after-2025", ["31/KH-TTYT", "19/KH-TTYT", "27/KH-TTYT", "45/KH-SYT", "35/KH-SYT"],
  ["ct_tyt_mx_kh05_2026.txt", "ct_ubp_nn_kh14_2026.md", "ct_tyt_vc_bc03_2026.txt", "ct_syt_kh35_2025.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("superseded-not-other-xa-my-xuyen", ["25/2024/QĐ-UBND"], ["ct_tyt_mx_kh05_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="25/2024/QĐ-UBND", file="ct_tyt_mx_kh05_2026.txt"))
t("dated-citation-of-duplicated-number", ["27/KH-TTYT"], ["ct_tyt_vc_bc03_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("id-broken-across-lines", ["09/2024/TT-BYT"], ["ct_tyt_vc_bc03_2026.txt"], ["dangling", "metadata-conflict", "superseded-citation", "ambiguous-id"])
t("dieu-chinh-of-funds-revises-no-document", ["120/KH-UBND"], ["ubnd_st_kh120_2024.txt"],
  ["inverse-inconsistency", "cycle", "superseded-citation", "overdue-plan"])
t("thay-the-ordinary-word", ["120/KH-UBND", "112/BC-SYT", "210/BC-SYT"], ["ubnd_st_kh120_2024.txt", "syt_st_bc112_2024.txt", "ct_syt_bc210_2026.html"],
  ["inverse-inconsistency", "cycle", "superseded-citation", "temporal"])
t("expiry-narrated-in-report", ["25/2024/QĐ-UBND"], ["ct_syt_bc210_2026.html"], ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("quoted-draft-title-12-2020", ["12/2020/QĐ-UBND"], ["ct_syt_bc210_2026.html"], ["superseded-citation", "inverse-inconsistency", "cycle"],
  requires_planted=dict(rule="overdue-plan", id="12/2020/QĐ-UBND", file="ct_syt_kh35_2025.txt"))
t("cited-before-own-expiry", ["25/2024/QĐ-UBND"], ["syt_st_kh20_2025.txt"], ["superseded-citation"])
t("obligations-fulfilled", ["18/2021/TT-BYT", "09/2024/TT-BYT", "15-CT/TU", "120/KH-UBND", "45/KH-SYT", "1234/BYT-DP"],
  ["byt_tt18_2021.txt", "byt_tt09_2024.txt", "tu_st_ct15_2021.txt", "ubnd_st_kh120_2022.txt", "syt_st_kh45_2023.txt", "byt_cv1234_2024.txt"],
  ["unmet-obligation"])
t("counted-lists-match", ["14/KH-UBND", "120/KH-UBND"], ["ct_ubp_nn_kh14_2026.md", "ubnd_st_kh120_2022.txt"], ["count-mismatch"])
t("nfd-crlf-ocr-identity", ["25/2024/QĐ-UBND", "18/2022/QĐ-UBND", "07/2023/QĐ-UBND", "09/2024/TT-BYT", "120/KH-UBND", "18/2021/TT-BYT", "45/KH-SYT"],
  ["ubnd_st_qd25_2024.txt", "ttyt_nn_kh19_2024.txt", "ttyt_mx_kh12_2025.txt"], ["dangling", "ambiguous-id"])
t("html-portal-word-identity", ["14/2025/TT-BYT", "07/2023/QĐ-UBND", "210/BC-SYT", "18/2022/QĐ-UBND", "18/2021/TT-BYT", "4567/BYT-KCB", "35/KH-SYT"],
  ["byt_tt14_2025.html", "ubnd_st_qd07_2023.html", "ct_syt_bc210_2026.html"], ["dangling"])
t("markdown-docx-identity", ["2780/QĐ-BYT", "1234/QĐ-BYT", "60/KH-SYT", "05-NQ/ĐU", "14/KH-UBND", "35/KH-SYT", "19/KH-TTYT", "45/KH-SYT", "12/2020/QĐ-UBND", "78/BC-SYT", "09/2024/TT-BYT"],
  ["byt_qd2780_2023.md", "syt_st_kh60_2024.md", "ct_ubp_nn_kh14_2026.md", "syt_hg_bc78_2024.docx"], ["dangling"])
t("layout-identity", ["1234/QĐ-BYT", "120/KH-UBND", "1234/BYT-DP", "15-CT/TU", "18/2021/TT-BYT"],
  ["byt_qd1234_2022.txt", "ubnd_st_kh120_2024.txt", "ttyt_vc_kh27_2024b.txt", "tu_st_ct15_2021.txt"], ["dangling", "metadata-conflict"])
t("same-day-cycle-no-temporal", ["05-NQ/ĐU", "60/KH-SYT"], ["du_syt_nq05_2024.txt", "syt_st_kh60_2024.md"], ["temporal", "metadata-conflict"])
t("temporal-not-other-nga-nam", ["09/2024/TT-BYT"], ["ttyt_nn_kh19_2024.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="09/2024/TT-BYT", file="ttyt_nn_kh19_2024.txt"))
t("date-conflict-not-other-hospital", ["18/2022/QĐ-UBND"], ["bvdk_st_kh88_2023.txt"], ["ambiguous-id", "dangling", "temporal", "superseded-citation"],
  requires_planted=dict(rule="metadata-conflict", id="18/2022/QĐ-UBND", file="bvdk_st_kh88_2023.txt"))
t("ambiguous-not-other-report", ["45/KH-SYT"], ["ct_syt_bc210_2026.html"], ["dangling", "metadata-conflict"],
  requires_planted=dict(rule="ambiguous-id", id="45/KH-SYT", file="ct_syt_bc210_2026.html"))
t("superseded-not-other-ke-sach", ["18/2022/QĐ-UBND"], ["ttyt_ks_kh08_2025.txt"], ["metadata-conflict", "ambiguous-id", "dangling", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="18/2022/QĐ-UBND", file="ttyt_ks_kh08_2025.txt"))
t("phone-fax-numbers", ["0299.3821.504", "0299.3821.505", "0292.3820.716", "0292.3820.717", "024.6273.2273"],
  ["ubnd_st_qd07_2023.html", "ct_syt_bc210_2026.html", "byt_tt14_2025.html"], ["dangling", "temporal", "metadata-conflict"])
t("tasks-taken-over-by-can-tho", ["35/KH-SYT", "4567/BYT-KCB", "45/KH-SYT"], ["ct_syt_kh35_2025.txt", "ct_syt_bc210_2026.html"],
  ["overdue-plan", "metadata-conflict", "dangling", "temporal", "cycle"])

key = dict(round=42, world="The health sector of tỉnh Sóc Trăng, merged with tỉnh Hậu Giang into thành phố Cần Thơ on 1/7/2025, following the Bộ Y tế, 2020-2026: Bộ Y tế 18/2021/TT-BYT (replaced by 09/2024/TT-BYT; again, by mistake, by 14/2025/TT-BYT), 1234/QĐ-BYT (amended by 2780/QĐ-BYT), letters 1234/BYT-DP and 4567/BYT-KCB; Tỉnh ủy Sóc Trăng 15-CT/TU; Đảng ủy Sở Y tế 05-NQ/ĐU; UBND tỉnh Sóc Trăng 120/KH-UBND (2022 and 2024), 18/2022/QĐ-UBND (amended by 07/2023, replaced by 25/2024, which runs to 31/12/2025); UBND tỉnh Hậu Giang 12/2020/QĐ-UBND; Sở Y tế Sóc Trăng 45/KH-SYT, 60/KH-SYT, 20/KH-SYT, 1234/SYT-NVY, 112/BC-SYT; Sở Y tế Hậu Giang 45/KH-SYT, 78/BC-SYT; TTYT Mỹ Xuyên 31/KH-TTYT, 12/KH-TTYT; TTYT Kế Sách 08/KH-TTYT; TTYT thị xã Vĩnh Châu 27/KH-TTYT ×2; TTYT Ngã Năm 19/KH-TTYT; Bệnh viện Đa khoa tỉnh 88/KH-BVĐK; Sở Y tế Cần Thơ 35/KH-SYT, 210/BC-SYT; Trạm Y tế xã Mỹ Xuyên 05/KH-TYT; Trạm Y tế phường Vĩnh Châu 03/BC-TYT; UBND phường Ngã Năm 14/KH-UBND",
           planted=P,
           external=["40/2009/QH12", "15/2023/QH15", "96/2023/NĐ-CP", "146/2018/NĐ-CP", "75/2017/NĐ-CP", "22/2023/TT-BYT", "20-NQ/TW", "122/QĐ-TTg",
                     "1744/QĐ-BYT", "202/2025/QH15", "05/2019/QĐ-UBND"],
           collateral=[dict(rule="superseded-citation", files=["byt_tt14_2025.html"], ids=["18/2021/TT-BYT"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
