#!/usr/bin/env python3
"""Writes key.json for red team round 34 (Chương trình MTQG xây dựng nông thôn mới in tỉnh Quảng Nam, merged on 1/7/2025
into the centrally-run city of Đà Nẵng; districts abolished, communes and wards merged). Adapted from RedTeam33/mkkey.py
(same key format, read by the same score.py). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["04-NQ/ĐU", "31/KH-UBND"], ["du_pdb_nq04_2025.txt", "ubp_db_kh31_2025.md"],
  "phường Điện Bàn, both 15/9/2025: Đảng ủy phường 04-NQ/ĐU `Căn cứ Kế hoạch số 31/KH-UBND ngày 15/9/2025 …`; UBND phường 31/KH-UBND (Markdown headings) `Thực hiện Nghị quyết số 04-NQ/ĐU ngày 15/9/2025 …`")
p("superseded-citation", ["08/2022/NQ-HĐND"], ["xa_tb_kh56_2026.txt", "hdnd_dn_nq07_2026.html"],
  "UBND xã Thăng Bình 10/7/2026 `Căn cứ Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh Quảng Nam …`; replaced by HĐND thành phố Đà Nẵng's 07/2026/NQ-HĐND from 01/4/2026")
p("superseded-citation", ["2310/QĐ-UBND"], ["xa_dx_kh14_2025.md", "ubnd_qd35_2025.txt"],
  "UBND xã Duy Xuyên 20/10/2025 (YAML front matter) `Căn cứ Quyết định số 2310/QĐ-UBND ngày 05/9/2022 …`; repealed (`Bãi bỏ`) by 35/2025/QĐ-UBND from 15/5/2025")
p("superseded-citation", ["20/2022/QĐ-UBND"], ["snnmt_cv318_2026.txt", "ubnd_qd35_2025.txt"],
  "Sở Nông nghiệp và Môi trường letter 318/SNNMT-PTNT 12/5/2026 `Căn cứ Quyết định số 20/2022/QĐ-UBND …`; replaced by 35/2025/QĐ-UBND from 15/5/2025 (and again by 04/2026/QĐ-UBND)")
p("temporal", ["15-KH/TU"], ["hu_nt_kh20_2022.txt", "tu_qn_kh15_2022.txt"],
  "Huyện ủy Núi Thành 01/3/2022 (OCR-like) `Thực hiện … Kế hoạch số 15-KH/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy` — nine days later than the plan")
p("metadata-conflict", ["20/2022/QĐ-UBND"], ["ubh_dl_kh185_2022.txt", "ubnd_qd20_2022.txt"],
  "UBND huyện Đại Lộc 10/11/2022 (NFD) cites `Quyết định số 20/2022/QĐ-UBND ngày 20/10/2022`; the decision is of 10/10/2022 (in force from 25/10/2022)")
p("metadata-conflict", ["07-HD/BDVTU"], ["hu_qs_kh31_2022.txt", "bdv_qn_hd07_2022.html"],
  "Huyện ủy Quế Sơn 20/4/2022 (CRLF) cites `Hướng dẫn số 07-HD/BDVTU ngày 15/01/2022 của Ban Tuyên giáo Tỉnh ủy`; the guidance is the Ban Dân vận's — an issuer conflict")
p("duplicate-identity", ["06/KH-VPĐP"], ["vpdp_kh06_2023a.txt", "vpdp_kh06_2023b.md"],
  "Văn phòng Điều phối nông thôn mới tỉnh numbered two plans 06/KH-VPĐP in 2023 (20/02/2023, text; 14/7/2023, Markdown headings)")
p("inverse-inconsistency", ["20/2022/QĐ-UBND"], ["ubnd_qd35_2025.txt", "ubnd_dn_qd04_2026.docx"],
  "20/2022/QĐ-UBND is replaced by 35/2025/QĐ-UBND (from 15/5/2025) and again by UBND thành phố Đà Nẵng's 04/2026/QĐ-UBND (.docx with footnotes, `thay thế Quyết định số 20/2022/QĐ-UBND`)")
p("overdue-plan", ["35/2025/QĐ-UBND"], ["snnmt_kh45_2026.txt"],
  "layout task row 1 (cell over two lines): `Tham mưu UBND thành phố sửa đổi, bổ sung Quyết định số 35/2025/QĐ-UBND …`, `Tháng 8/2026`; nothing amends it (260/BC quotes a draft's title; 4125/UBND-NNMT asks for a proposal)")
p("overdue-plan", ["06/KH-VPĐP"], ["vpdp_kh06_2023b.md"],
  "Markdown task table row 2 announces `Đề án phát triển du lịch nông thôn gắn với sản phẩm OCOP tỉnh Quảng Nam giai đoạn 2024 - 2025`, `Quý II/2024`; no such Đề án", announces=True)
p("overdue-plan", ["07-HD/BDVTU"], ["tu_qn_kl610_2024.txt"],
  "Kết luận 610-KL/TU 2.2: `Ban Dân vận Tỉnh ủy chủ trì sửa đổi, bổ sung Hướng dẫn số 07-HD/BDVTU … hoàn thành trong Quý I/2025`; nothing amends it")
p("unmet-obligation", ["12-NQ/TU"], ["tu_qn_nq12_2021.txt"], "`4. Hội Nông dân tỉnh xây dựng kế hoạch vận động hội viên nông dân …`: no plan of the Hội Nông dân", contains="Hội Nông dân")
p("count-mismatch", ["12-KH/HU"], ["hu_tb_kh12_2021.txt"], "Huyện ủy Thăng Bình: `xác định 05 nhóm giải pháp sau:` followed by 4 numbered items")
p("count-mismatch", ["210/KH-UBND"], ["tx_db_kh210_2023.txt"], "UBND thị xã Điện Bàn: `tập trung 03 nội dung trọng tâm:` followed by 4 lettered items a)-d)")
p("ambiguous-id", ["25/NQ-HĐND"], ["snnmt_bc260_2026.txt"],
  "Sở Nông nghiệp và Môi trường 15/9/2026: `Nghị quyết số 25/NQ-HĐND của Hội đồng nhân dân tỉnh Quảng Nam (cũ) về phân bổ kế hoạch vốn ngân sách trung ương …` with no date; the council passed a 25/NQ-HĐND on 22/4/2022 and another on 19/4/2023 (numbers restart every year), both allocating central capital")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-25-NQ-HDND-2022-and-2023", ["25/NQ-HĐND"], ["hdnd_nq25_2022.html", "hdnd_nq25_2023.html"], ["duplicate-identity"])
t("12-NQ-TU-quang-nam-2021-vs-da-nang-2023", ["12-NQ/TU"], ["tu_qn_nq12_2021.txt", "tu_dn_nq12_2023.txt", "tu_dn_kh05_2025.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "dangling", "temporal"])
t("09-NQ-TU-same-number-same-day-two-committees", ["09-NQ/TU"], ["tu_qn_nq09_2022.txt", "tu_dn_nq09_2022.txt", "tu_dn_kh05_2025.txt", "tu_dn_nq12_2023.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "dangling"])
t("15-KH-TU-thanh-uy-tam-ky-vs-tinh-uy", ["15-KH/TU"], ["tu_tk_kh15_2022.txt", "tu_qn_kh15_2022.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "cycle", "temporal", "dangling"])
t("tam-ky-TU-cites-tinh-uy-12-NQ-TU", ["12-NQ/TU"], ["tu_tk_kh15_2022.txt"], ["metadata-conflict", "ambiguous-id", "dangling", "temporal"])
t("12-KH-HU-vs-12-NQ-TU", ["12-KH/HU"], ["hu_tb_kh12_2021.txt"], ["duplicate-identity", "metadata-conflict", "ambiguous-id", "cycle", "dangling"])
t("56-KH-UBND-former-district-and-successor-commune", ["56/KH-UBND"], ["xa_tb_kh56_2026.txt", "ubh_tb_kh56_2024.txt", "snnmt_bc260_2026.txt"],
  ["duplicate-identity", "metadata-conflict", "ambiguous-id", "cycle", "temporal", "dangling"])
t("318-letter-vs-318-QD-TTg", ["318/SNNMT-PTNT", "318/QĐ-TTg"], ["snnmt_cv318_2026.txt"],
  ["cycle", "temporal", "metadata-conflict", "duplicate-identity", "ambiguous-id"])
t("dated-25-NQ-HDND-resolves", ["25/NQ-HĐND"], ["ubnd_kh1520_2023.txt", "ubh_tp_kh96_2023.txt", "ubh_dl_kh185_2022.txt", "hdnd_nq25_2023.html"],
  ["ambiguous-id", "metadata-conflict", "dangling", "temporal"])
t("undated-re-mention-after-dated", ["25/NQ-HĐND"], ["ubnd_kh1520_2023.txt"], ["ambiguous-id"])
t("undated-before-second-exists", ["25/NQ-HĐND"], ["ubh_dl_kh185_2022.txt"], ["ambiguous-id", "temporal"])
t("dieu-chinh-capital-revises-nothing", ["25/NQ-HĐND"], ["ubnd_kh1520_2023.txt"], ["overdue-plan", "inverse-inconsistency", "superseded-citation"])
t("planned-amendment-met-by-15-2024", ["08/2022/NQ-HĐND"], ["tu_qn_kl610_2024.txt"], ["overdue-plan", "superseded-citation"])
t("dated-task-met-by-later-document", ["1520/KH-UBND"], ["ubnd_kh1520_2023.txt"], ["overdue-plan"])
t("proposed-replacement-of-35-2025", ["35/2025/QĐ-UBND"],
  ["ubnd_dn_cv4125_2026.txt", "snnmt_bc260_2026.txt", "xa_nt_kh_2026.txt", "snnmt_kh45_2026.txt", "ubnd_dn_qd04_2026.docx"],
  ["superseded-citation", "inverse-inconsistency", "temporal", "overdue-plan", "metadata-conflict"])
t("draft-amendment-quoted-title", ["35/2025/QĐ-UBND"], ["snnmt_bc260_2026.txt"], ["superseded-citation", "inverse-inconsistency"],
  requires_planted=dict(rule="overdue-plan", id="35/2025/QĐ-UBND", file="snnmt_kh45_2026.txt"))
t("thay-the-ordinary-word", ["56/KH-UBND", "45/KH-SNNMT", "08/2022/NQ-HĐND", "35/2025/QĐ-UBND", "04/2026/QĐ-UBND"],
  ["xa_tb_kh56_2026.txt", "ubnd_dn_qd04_2026.docx"], ["inverse-inconsistency", "cycle"])
t("rows-recurring-or-not-due", ["15-KH/TU", "05-KH/TU", "45/KH-SNNMT", "12-KH/HU", "08-KH/HU", "20-KH/HU", "31-KH/HU", "56/KH-UBND", "1520/KH-UBND",
                                 "06/KH-VPĐP", "610-KL/TU", "4125/UBND-NNMT", "96/KH-UBND", "185/KH-UBND", "14/KH-UBND", "31/KH-UBND"],
  ["tu_qn_kh15_2022.txt", "tu_tk_kh15_2022.txt", "tu_dn_kh05_2025.txt", "snnmt_kh45_2026.txt", "hu_tb_kh12_2021.txt", "hu_dx_kh08_2022.txt",
   "hu_nt_kh20_2022.txt", "hu_qs_kh31_2022.txt", "xa_tb_kh56_2026.txt", "ubh_tb_kh56_2024.txt", "ubnd_kh1520_2023.txt", "vpdp_kh06_2023a.txt",
   "vpdp_kh06_2023b.md", "tu_qn_kl610_2024.txt", "ubnd_dn_cv4125_2026.txt", "ubh_tp_kh96_2023.txt", "ubh_dl_kh185_2022.txt", "xa_dx_kh14_2025.md",
   "ubp_db_kh31_2025.md", "xa_nt_kh_2026.txt"], ["overdue-plan"])
t("obligations-fulfilled", ["12-NQ/TU", "1520/KH-UBND", "45/KH-SNNMT"], ["tu_qn_nq12_2021.txt", "ubnd_kh1520_2023.txt", "snnmt_kh45_2026.txt"],
  ["unmet-obligation"])
t("self-references", ["12-NQ/TU", "09-NQ/TU", "15-KH/TU", "45/KH-SNNMT"],
  ["tu_qn_nq12_2021.txt", "tu_qn_nq09_2022.txt", "tu_qn_kh15_2022.txt", "snnmt_kh45_2026.txt"],
  ["cycle", "temporal", "ambiguous-id", "dangling", "metadata-conflict", "duplicate-identity"])
t("former-district-name-after-2025", ["56/KH-UBND", "08-KH/HU", "20-KH/HU", "210/KH-UBND"],
  ["xa_tb_kh56_2026.txt", "xa_dx_kh14_2025.md", "xa_nt_kh_2026.txt", "ubp_db_kh31_2025.md", "snnmt_bc260_2026.txt"],
  ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("one-cell-district-header-own-identity", ["56/KH-UBND"], ["ubh_tb_kh56_2024.txt", "xa_tb_kh56_2026.txt"], ["dangling", "metadata-conflict", "duplicate-identity"])
t("temporal-not-other-nui-thanh", ["15-KH/TU"], ["hu_nt_kh20_2022.txt"], ["metadata-conflict", "ambiguous-id", "dangling"],
  requires_planted=dict(rule="temporal", id="15-KH/TU", file="hu_nt_kh20_2022.txt"))
t("issuer-conflict-not-other-que-son-crlf", ["07-HD/BDVTU"], ["hu_qs_kh31_2022.txt"], ["ambiguous-id", "dangling", "temporal"])
t("id-broken-across-lines", ["12-NQ/TU"], ["hu_dx_kh08_2022.txt"], ["dangling", "metadata-conflict", "temporal", "ambiguous-id"])
t("date-conflict-not-other-dai-loc-nfd", ["20/2022/QĐ-UBND", "25/NQ-HĐND", "2310/QĐ-UBND"], ["ubh_dl_kh185_2022.txt"],
  ["ambiguous-id", "dangling", "temporal", "superseded-citation"])
t("cited-before-replacement", ["20/2022/QĐ-UBND", "2310/QĐ-UBND", "08/2022/NQ-HĐND", "15/2024/NQ-HĐND", "925/QĐ-BNN-VPĐP"],
  ["ubnd_kh1520_2023.txt", "ubh_dl_kh185_2022.txt", "ubh_tb_kh56_2024.txt", "ubh_tp_kh96_2023.txt", "hdnd_nq25_2023.html", "ubnd_qd20_2022.txt",
   "tu_qn_kl610_2024.txt", "ubnd_qd35_2025.txt", "vpdp_kh06_2023a.txt", "hdnd_nq15_2024.txt"], ["superseded-citation"])
t("replacement-narrated-in-report", ["08/2022/NQ-HĐND", "07/2026/NQ-HĐND"], ["snnmt_bc260_2026.txt"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("replacement-and-repeal-clauses-themselves", ["20/2022/QĐ-UBND", "2310/QĐ-UBND", "08/2022/NQ-HĐND", "15/2024/NQ-HĐND", "925/QĐ-BNN-VPĐP", "30/2021/NQ-HĐND"],
  ["ubnd_qd35_2025.txt", "hdnd_dn_nq07_2026.html", "bnnmt_qd1820_2025.txt"], ["superseded-citation", "temporal", "metadata-conflict", "inverse-inconsistency"])
t("amended-not-replaced-08-2022", ["08/2022/NQ-HĐND", "15/2024/NQ-HĐND"], ["hdnd_nq15_2024.txt", "ubnd_qd35_2025.txt", "hdnd_nq25_2023.html"],
  ["superseded-citation", "inverse-inconsistency", "cycle", "temporal"])
t("sua-doi-boi-inside-basis-clause", ["08/2022/NQ-HĐND", "15/2024/NQ-HĐND"], ["ubnd_qd35_2025.txt"],
  ["inverse-inconsistency", "cycle", "temporal", "superseded-citation"])
t("replaces-both-amended-and-amender", ["08/2022/NQ-HĐND", "15/2024/NQ-HĐND"], ["hdnd_dn_nq07_2026.html", "hdnd_nq15_2024.txt"],
  ["inverse-inconsistency", "cycle", "temporal"])
t("central-successor-1820-cited-in-force", ["1820/QĐ-BNNMT"], ["tu_dn_kh05_2025.txt", "bnnmt_qd1820_2025.txt"],
  ["superseded-citation", "dangling", "metadata-conflict", "temporal"])
t("blank-number-and-miscased-codes", ["35/2025/QĐ-UBND", "45/KH-SNNMT", "20-KH/HU"], ["xa_nt_kh_2026.txt"],
  ["dangling", "metadata-conflict", "temporal", "superseded-citation", "duplicate-identity"])
t("rowspan-html-header-identity", ["25/NQ-HĐND", "08/2022/NQ-HĐND"], ["hdnd_nq25_2023.html", "ubh_tp_kh96_2023.txt", "ubnd_kh1520_2023.txt"],
  ["dangling", "metadata-conflict"])
t("docx-footnotes-read", ["35/2025/QĐ-UBND", "04/2026/QĐ-UBND"], ["ubnd_dn_qd04_2026.docx", "snnmt_kh45_2026.txt"],
  ["dangling", "metadata-conflict", "temporal", "duplicate-identity"])
t("yaml-front-matter-read", ["14/KH-UBND", "2310/QĐ-UBND", "08-KH/HU"], ["xa_dx_kh14_2025.md"], ["dangling", "metadata-conflict", "temporal"])
t("quoted-header-inside-table", ["20/2022/QĐ-UBND", "96/KH-UBND"], ["ubh_tp_kh96_2023.txt", "ubnd_qd20_2022.txt"],
  ["duplicate-identity", "metadata-conflict", "temporal", "superseded-citation", "cycle"])
t("layout-files-identity", ["08-KH/HU", "15-KH/TU", "1520/KH-UBND", "45/KH-SNNMT"],
  ["hu_dx_kh08_2022.txt", "tu_qn_kh15_2022.txt", "ubnd_kh1520_2023.txt", "snnmt_kh45_2026.txt", "vpdp_kh06_2023b.md", "tu_tk_kh15_2022.txt",
   "xa_tb_kh56_2026.txt", "xa_nt_kh_2026.txt", "xa_dx_kh14_2025.md", "ubh_tp_kh96_2023.txt", "tx_db_kh210_2023.txt", "snnmt_bc260_2026.txt"],
  ["dangling", "duplicate-identity"])
t("same-day-cycle-no-temporal", ["04-NQ/ĐU", "31/KH-UBND"], ["du_pdb_nq04_2025.txt", "ubp_db_kh31_2025.md"], ["temporal", "metadata-conflict"])
t("counted-lists-match", ["45-KH/BTGTU", "260/BC-SNNMT", "610-KL/TU"], ["btg_qn_kh45_2021.md", "snnmt_bc260_2026.txt", "tu_qn_kl610_2024.txt"],
  ["count-mismatch"])
t("minified-word-export-ocr-identity", ["07-HD/BDVTU", "08/2022/NQ-HĐND", "20-KH/HU", "12-NQ/TU", "15-KH/TU"],
  ["bdv_qn_hd07_2022.html", "hdnd_nq08_2022.html", "hu_nt_kh20_2022.txt", "hu_qs_kh31_2022.txt", "xa_nt_kh_2026.txt", "tu_qn_kl610_2024.txt",
   "hdnd_nq15_2024.txt", "ubnd_qd20_2022.txt", "hdnd_nq25_2023.html", "ubnd_qd35_2025.txt"], ["dangling", "metadata-conflict"])
t("responds-to-report", ["260/BC-SNNMT"], ["ubnd_dn_cv4125_2026.txt"], ["dangling", "temporal", "metadata-conflict", "cycle"])
t("phone-fax-numbers", ["0235.3811.206", "0235.3811.207", "0235.3852.118", "0235.3852.119", "0236.3822.016", "0236.3822.017"],
  ["bdv_qn_hd07_2022.html", "hdnd_nq25_2022.html", "hdnd_nq08_2022.html", "hdnd_dn_nq07_2026.html", "hdnd_nq25_2023.html"],
  ["dangling", "temporal", "metadata-conflict"])

key = dict(round=34, world="Chương trình mục tiêu quốc gia xây dựng nông thôn mới 2021-2025 (263/QĐ-TTg) in tỉnh Quảng Nam, 2021-2026; the province was merged on 1/7/2025 into the centrally-run city of Đà Nẵng, its districts abolished, its communes and wards merged: Tỉnh ủy Quảng Nam 12-NQ/TU (2021), 15-KH/TU, 09-NQ/TU (2022), 610-KL/TU (2024); Ban Tuyên giáo 45-KH/BTGTU; Ban Dân vận 07-HD/BDVTU; Thành ủy Tam Kỳ 15-KH/TU; Huyện ủy Thăng Bình 12-KH/HU, Duy Xuyên 08-KH/HU, Núi Thành 20-KH/HU, Quế Sơn 31-KH/HU; HĐND tỉnh 08/2022, 15/2024/NQ-HĐND and 25/NQ-HĐND of 2022 and 2023; UBND tỉnh 2310/QĐ-UBND, 20/2022, 35/2025/QĐ-UBND, 1520/KH-UBND; Văn phòng Điều phối NTM 06/KH-VPĐP (×2); UBND huyện Đại Lộc 185, Tiên Phước 96, Thăng Bình 56, thị xã Điện Bàn 210/KH-UBND; Thành ủy Đà Nẵng (pre-merger) 09-NQ/TU (2022), 12-NQ/TU (2023); after the merger Thành ủy Đà Nẵng 05-KH/TU, HĐND thành phố 07/2026/NQ-HĐND, UBND thành phố 04/2026/QĐ-UBND, 4125/UBND-NNMT, Sở Nông nghiệp và Môi trường 45/KH-SNNMT, 318/SNNMT-PTNT, 260/BC-SNNMT, Đảng ủy phường Điện Bàn 04-NQ/ĐU, UBND phường Điện Bàn 31/KH-UBND, UBND xã Thăng Bình 56/KH-UBND, xã Duy Xuyên 14/KH-UBND, xã Núi Thành (number blank); Bộ Nông nghiệp và Môi trường 1820/QĐ-BNNMT",
           planted=P,
           external=["25/2021/QH15", "263/QĐ-TTg", "318/QĐ-TTg", "320/QĐ-TTg", "27/2022/NĐ-CP", "38/2023/NĐ-CP", "05/2022/TT-BNNPTNT",
                     "648/KH-UBND", "925/QĐ-BNN-VPĐP", "30/2021/NQ-HĐND"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_dn_qd04_2026.docx"], ids=["20/2022/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
