#!/usr/bin/env python3
"""Writes key.json for red team round 23 (Đồng Nai after the merger with Bình Phước, seen from its police). Written before
the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["07-NQ/ĐU", "11-CTr/ĐU", "09-KH/ĐU"], ["ph_tranbien_nq07_2026.md", "ph_tranbien_ctr11_2026.html", "ph_tranbien_kh09_2026.txt"],
  "Đảng ủy phường Trấn Biên, all 12/3/2026: NQ (Markdown header table) `Trên cơ sở Chương trình hành động số 11-CTr/ĐU`; CTr (portal HTML) `Cụ thể hóa Kế hoạch số 09-KH/ĐU`; KH (pdftotext -layout) `Thực hiện Nghị quyết số 07-` | `NQ/ĐU ngày 12/3/2026` (id cut by a line wrap after the hyphen)")
p("superseded-citation", ["35/2022/QĐ-UBND"], ["cat_kh215_2026.txt", "ubnd_qd15_2025.txt"],
  "Công an tỉnh 10/3/2026 (`Số: 215/KH-CAT-PV01`): `Căn cứ các Quyết định của UBND tỉnh Đồng Nai: số 20/2020/QĐ-UBND …; số 35/2022/QĐ-UBND ngày 12/9/2022` (list sharing one kind word); 15/2025 (layout, `Số:  15 /2025`) `Điều 3. Quyết định này thay thế Quyết định số` | `35/2022/QĐ-UBND`, in force 01/10/2025")
p("superseded-citation", ["08/2021/QĐ-UBND"], ["xa_budang_ubnd_kh22_2026.html", "ubnd_qd28_2025.docx"],
  "UBND xã Bù Đăng 20/3/2026 (minified portal) `Căn cứ Quyết định số 08/2021/QĐ-UBND … của UBND tỉnh Bình Phước`; 28/2025 (.docx, `08/2021` | `/QĐ-` | `UBND`) `Bãi bỏ toàn bộ`, in force 15/12/2025")
p("superseded-citation", ["02-QC/ĐUCA"], ["dcat_hd02_2026.md", "dcat_qc01_2025.txt"],
  "Đảng ủy Công an tỉnh 20/01/2026 (Markdown) `Căn cứ Quy chế làm việc số 02-QC/ĐUCA ngày 10/11/2020`; 01-QC/ĐUCA (28/8/2025) `có hiệu lực từ ngày ký, thay thế Quy chế làm việc số 02-QC/ĐUCA …`")
p("temporal", ["215/KH-CAT-PV01"], ["xa_budang_kh04_2026.txt", "cat_kh215_2026.txt"],
  "Đảng ủy xã Bù Đăng 02/3/2026 carries out `Kế hoạch số 215/KH-CAT-PV01 ngày 10/3/2026 của Công an tỉnh` (three-part issuer code)")
p("metadata-conflict", ["18-KH/ĐUCA"], ["dcat_cb_pc06_kh03_2026.txt", "dcat_kh18_2025.txt"],
  "Chi bộ PC06 cites `Kế hoạch số 18-KH/ĐUCA ngày 15/11/2025`; header 15/10/2025")
p("metadata-conflict", ["03-CTr/ĐUCA"], ["ca_ph_tranbien_kh45_2026.html", "dcat_ctr03_2025.docx"],
  "Công an phường Trấn Biên cites `Chương trình số 03-CTr/ĐUCA, ngày 02-11-2025` (hyphen date); .docx header 20/10/2025")
p("duplicate-identity", ["12-KH/ĐU"], ["ph_binhphuoc_kh12_2026.txt", "ph_binhphuoc_kh12b_2026.txt"],
  "Đảng ủy phường Bình Phước numbered two plans of 2026 12-KH/ĐU (10/3 NFC; 15/7 an NFD file)")
p("inverse-inconsistency", ["35/2022/QĐ-UBND"], ["ubnd_qd15_2025.txt", "ubnd_qd09_2026.md"],
  "35/2022 replaced by 15/2025 (layout, from 01/10/2025) and again by 09/2026 (Markdown, from 20/3/2026)")
p("overdue-plan", ["01-QC/ĐUCA"], ["dcat_kh18_2025.txt"], "tab task row 1: amend Quy chế 01-QC/ĐUCA, deadline `Tháng 6/2026`; nothing amends it")
p("overdue-plan", ["18-KH/ĐUCA"], ["dcat_kh18_2025.txt"], "row 2 announces Đề án “Xã, phường điển hình về an ninh, trật tự”, deadline `Trước 30-9-2026` (hyphen date); no such Đề án", announces=True)
p("overdue-plan", ["20/2020/QĐ-UBND"], ["ubnd_kh140_2026.html"],
  "prose task: Công an tỉnh tham mưu UBND tỉnh ban hành Quyết định thay thế Quyết định số 20/2020/QĐ-UBND (Đồng Nai) … `hoàn thành trong Quý II năm 2026`; only a draft exists (ubnd_bc310)")
p("unmet-obligation", ["05-NQ/ĐUCA"], ["dcat_nq05_2025.txt"], "`Ủy ban Kiểm tra Đảng ủy Công an tỉnh xây dựng kế hoạch kiểm tra, giám sát …`: no plan of that Ủy ban", contains="Kiểm tra")
p("count-mismatch", ["03-CTr/ĐUCA"], ["dcat_ctr03_2025.docx"], ".docx table group row `Quý I/2026 (05 nội dung)` over 4 rows")
p("count-mismatch", ["06-CTr/ĐU"], ["xa_longthanh_ctr06_2026.txt"], "tab table group row `Quý III/2026 (gồm 03 nhiệm vụ)` over 2 rows")
p("ambiguous-id", ["05-NQ/ĐUCA"], ["cdca_kh30_2026.txt"],
  "Công đoàn Công an tỉnh 15/5/2026: undated `Nghị quyết số 05-NQ/ĐUCA của Đảng ủy Công an tỉnh`; the terms 2020-2025 (20/01/2021) and 2025-2030 (25/9/2025) both have one")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-two-police-terms", ["05-NQ/ĐUCA"], ["dcat_old_nq05_2021.txt", "dcat_nq05_2025.txt"], ["duplicate-identity"])
t("same-number-two-former-provinces-NQ", ["12-NQ/TU"], ["dn_tu_nq12_2021.txt", "bp_tu_nq12_2021.txt"], ["duplicate-identity"])
t("same-number-two-former-provinces-QD", ["20/2020/QĐ-UBND"], ["dn_ubnd_qd20_2020.txt", "bp_ubnd_qd20_2020.md"], ["duplicate-identity"])
t("new-05-NQ-continues-old-05-NQ", ["05-NQ/ĐUCA"], ["dcat_nq05_2025.txt"], ["cycle", "temporal", "ambiguous-id", "metadata-conflict", "dangling", "duplicate-identity"])
t("dated-citations-decide", ["05-NQ/ĐUCA"], ["dcat_kh18_2025.txt", "dcat_bc40_2026.txt", "dcat_hd02_2026.md", "dcat_cb_pc06_kh03_2026.txt", "dtn_kh25_2026.txt", "dcat_ctr03_2025.docx"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("undated-before-new-term", ["05-NQ/ĐUCA"], ["dn_dcat_kh45_2023.txt"], ["ambiguous-id", "temporal", "metadata-conflict"])
t("two-old-12-NQ-TU-continued", ["12-NQ/TU"], ["tu_kh20_2026.txt"], ["dangling", "ambiguous-id", "metadata-conflict", "temporal"])
t("central-vs-provincial-118-KH-DUCA", ["118-KH/ĐUCA"], ["dcat_cb_pa08_kh05_2026.txt", "dn_dcat_kh45_2023.txt"], ["temporal", "metadata-conflict", "ambiguous-id", "duplicate-identity"])
t("other-province-20-2020-in-force", ["20/2020/QĐ-UBND"], ["cat_kh215_2026.txt", "cat_hd07_2026.md", "ca_ph_tranbien_kh45_2026.html", "dcat_cb_pa08_kh05_2026.txt"], ["superseded-citation", "metadata-conflict", "dangling", "temporal"])
t("partial-repeal-is-amendment", ["20/2020/QĐ-UBND"], ["ubnd_qd28_2025.docx"], ["superseded-citation", "inverse-inconsistency", "temporal"])
t("denied-repeal-in-report", ["20/2020/QĐ-UBND"], ["ubnd_bc310_2026.txt", "dcat_cb_pa08_kh05_2026.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"])
t("draft-replacement-in-report", ["20/2020/QĐ-UBND"], ["ubnd_bc310_2026.txt"], ["superseded-citation", "inverse-inconsistency"],
  requires_planted=dict(rule="overdue-plan", id="20/2020/QĐ-UBND", file="ubnd_kh140_2026.html"))
t("report-states-replacement", ["35/2022/QĐ-UBND"], ["ubnd_bc310_2026.txt"], ["superseded-citation", "temporal"])
t("quoted-headline", ["35/2022/QĐ-UBND"], ["dtn_kh25_2026.txt"], ["superseded-citation", "temporal"])
t("signed-not-yet-in-force-35", ["35/2022/QĐ-UBND"], ["cat_kh98_2025_scan.txt"], ["superseded-citation", "temporal"])
t("signed-not-yet-in-force-08", ["08/2021/QĐ-UBND"], ["xa_budang_ubnd_kh95_2025.txt"], ["superseded-citation", "temporal"])
t("replacement-clauses-themselves", ["35/2022/QĐ-UBND", "08/2021/QĐ-UBND", "02-QC/ĐUCA"], ["ubnd_qd15_2025.txt", "ubnd_qd28_2025.docx", "dcat_qc01_2025.txt"], ["superseded-citation", "temporal"])
t("amended-living-text", ["15/2025/QĐ-UBND"], ["ubnd_qd09_2026.md", "cat_hd07_2026.md", "ubnd_kh140_2026.html", "ubnd_bc310_2026.txt"], ["superseded-citation", "temporal", "inverse-inconsistency"])
t("spaced-own-number-read", ["15/2025/QĐ-UBND"], ["ubnd_qd09_2026.md", "cat_hd07_2026.md", "ubnd_kh140_2026.html", "ubnd_bc310_2026.txt"], ["dangling", "metadata-conflict"])
t("three-part-issuer-read", ["215/KH-CAT-PV01"], ["xa_budang_kh04_2026.txt", "xa_budang_ubnd_kh22_2026.html"], ["dangling", "metadata-conflict"],
  requires_planted=dict(rule="temporal", id="215/KH-CAT-PV01", file="xa_budang_kh04_2026.txt"))
t("other-province-replacement-03-2026", ["03/2026/QĐ-UBND", "20/2020/QĐ-UBND"], ["ubnd_qd03_2026.html"], ["superseded-citation", "temporal", "inverse-inconsistency"])
t("same-day-cycle-no-temporal", ["07-NQ/ĐU", "11-CTr/ĐU", "09-KH/ĐU"], ["ph_tranbien_nq07_2026.md", "ph_tranbien_ctr11_2026.html", "ph_tranbien_kh09_2026.txt"], ["temporal"])
t("cut-ids-read", ["07-NQ/ĐU", "11-CTr/ĐU", "09-KH/ĐU"], ["ph_tranbien_nq07_2026.md", "ph_tranbien_ctr11_2026.html", "ph_tranbien_kh09_2026.txt"], ["dangling"])
t("fulfilled-notdue-recurring-rows", ["05-NQ/ĐUCA"], ["dcat_kh18_2025.txt"], ["overdue-plan"])
t("obligations-fulfilled", ["05-NQ/ĐUCA"], ["dcat_nq05_2025.txt"], ["unmet-obligation"])
t("count-matches", ["03-CTr/ĐUCA", "06-CTr/ĐU"], ["dcat_ctr03_2025.docx", "xa_longthanh_ctr06_2026.txt"], ["count-mismatch"])
t("nfd-citation-resolves", ["03-CT/TU"], ["ph_binhphuoc_kh12b_2026.txt"], ["dangling", "metadata-conflict", "temporal"])
t("ocr-scan-citation-resolves", ["03-CT/TU"], ["cat_kh98_2025_scan.txt"], ["dangling", "metadata-conflict", "temporal"])
t("phone-fax-numbers", ["069.2899.111", "0251.3822.613", "0251.3822.507"], ["cat_kh215_2026.txt", "ubnd_qd03_2026.html"], ["dangling", "temporal", "metadata-conflict"])
t("qc-replacement-of-old-term", ["01-QC/ĐUCA"], ["dcat_qc01_2025.txt", "dcat_kh18_2025.txt"], ["dangling", "temporal", "duplicate-identity", "metadata-conflict"])
t("provincial-118-resolves", ["03-CTr/ĐUCA"], ["dcat_kh118_2026.txt"], ["dangling", "metadata-conflict", "temporal"])

key = dict(round=23, world="Đồng Nai after the merger with Bình Phước (1/7/2025), seen from its police: former Tỉnh ủy/UBND of Đồng Nai and Bình Phước (khóa XI, 2020-2025), the Đảng ủy Công an tỉnh of the 2020-2025 and 2025-2030 terms (ĐUCA numbering), Công an tỉnh (three-part issuer codes), the new UBND tỉnh and Tỉnh ủy, Đoàn Thanh niên and Công đoàn Công an tỉnh, Công an phường, Đảng ủy phường/xã after districts were abolished",
           planted=P,
           external=["12-NQ/TW", "118-KH/ĐUCA", "02-QC/ĐUCA", "23/2012/TT-BCA", "1662/NQ-UBTVQH15", "202/2025/QH15", "72/2025/QH15", "113/KH-BCA-C04", "37/2018/QH14", "57-NQ/TW"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_qd09_2026.md"], ids=["35/2022/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
