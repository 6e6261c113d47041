#!/usr/bin/env python3
"""Writes key.json for red team round 22 (Hưng Yên after the merger with Thái Bình). Written before the first run."""
import json
P = []
def p(rule, ids, files, what, **k): P.append(dict(rule=rule, ids=ids, files=files, what=what, **k))
p("cycle", ["12-CTr/ĐU", "08-KL/ĐU", "03-ĐA/ĐU"], ["ph_phohien_ctr12_2026.docx", "ph_phohien_kl08_2026.html", "ph_phohien_da03_2026.md"],
  "Đảng ủy phường Phố Hiến, all 20/3/2026: CTr (.docx, `08-KL/` | `ĐU` cut across runs) `Cụ thể hóa Kết luận số 08-KL/ĐU`; KL (Word-exported HTML with spans and &nbsp;) `Trên cơ sở Đề án số 03-ĐA/đu` (lower-case issuer); ĐA (Markdown, header as bold lines) `Triển khai thực hiện CTr số 12-CTr/ĐU` (type abbreviated)")
p("superseded-citation", ["15/2019/QĐ-UBND"], ["sct_kh20_2026.txt", "ubnd_qd25_2025.txt"],
  "Sở Công Thương 10/3/2026 `Căn cứ QĐ số 15/2019/QĐ-UBND ngày 05/4/2019 của UBND tỉnh Hưng Yên`; 25/2025 (layout, `Số:  25 /2025/QĐ-UBND`) says in `Điều 2. Hiệu lực thi hành` clause 2, over two lines, that it `hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành` (01/9/2025)")
p("superseded-citation", ["22/2020/QĐ-UBND"], ["xa_kienxuong_kh15_2026_ocr.txt", "ubnd_qd40_2025.md"],
  "OCR'd xã plan 10/3/2026 (`Số: l5/KH-UBND`, `Quyết đinh số 22/2020/QĐ-UBND ngày l5/9/2020 của UBND tỉnh Thái` / `Bình`); 40/2025 `Điều 2. Bãi bỏ toàn bộ Quyết định số 22/2020/QĐ-UBND … của Ủy ban nhân dân tỉnh Thái Bình`, in force 01/01/2026")
p("superseded-citation", ["01-QC/TU"], ["btctu_hd02_2026.md", "tu_qc02_2025.txt"],
  "Ban Tổ chức Tỉnh ủy 20/01/2026 (Markdown, header as headings `# TỈNH ỦY HƯNG YÊN` / `## BAN TỔ CHỨC` / `**Số 02-HD/BTCTU**`) `Căn cứ Quy chế làm việc số 01-QC/TU ngày 05/11/2020 của Ban Chấp hành Đảng bộ tỉnh (khóa XIX)`; 02-QC/TU (20/8/2025) `có hiệu lực từ ngày ký, thay thế Quy chế làm việc số 01-QC/TU …`")
p("temporal", ["12-KH/TU"], ["ph_tranhungdao_kh04_2026.txt", "tu_kh12_2026.txt"],
  "Đảng ủy phường Trần Hưng Đạo (layout, `Số 04 - KH/ĐU`) of 18/02/2026 carries out `Kế hoạch số 12-KH/TU ngày 25/02/2026`")
p("metadata-conflict", ["10-KH/TU"], ["xa_tienlu_kh06_2026.txt", "tu_kh10_2026.txt"],
  "Đảng ủy xã Tiên Lữ cites `Kế hoạch số 10-KH/TU ngày 01 tháng 02 năm 2026` (date in words); header 10/02/2026")
p("metadata-conflict", ["15-QĐ/TU"], ["dubnd_kh06_2026.txt", "tu_qd15_2025.txt"],
  "Đảng ủy UBND tỉnh cites `Quyết định số 15-QĐ/TU ngày 10/12/2025 … về phân cấp quản lý cán bộ`; the document is a QUY ĐỊNH")
p("duplicate-identity", ["07-KH/ĐU"], ["ph_phohien_kh07_2026.txt", "ph_phohien_kh07b_2026_scan.txt"],
  "Đảng ủy phường Phố Hiến numbered two plans of 2026 07-KH/ĐU (10/3 plain text; 22/6 an OCR'd scan whose header reads `Số O7-KH/ĐU`, letter O)")
p("inverse-inconsistency", ["30/2021/QĐ-UBND"], ["ubnd_qd05_2026.html", "ubnd_qd19_2026.docx"],
  "30/2021 (former Hưng Yên) replaced by 05/2026 (Word HTML, 20/01/2026) and again by 19/2026 (.docx, `30/2021` | `/QĐ-` | `UBND`)")
p("overdue-plan", ["02-QC/TU"], ["tu_kh10_2026.txt"], "tab task row 1: amend Quy chế 02-QC/TU, deadline `Quý 2/2026` (Arabic quarter); nothing amends it")
p("overdue-plan", ["10-KH/TU"], ["tu_kh10_2026.txt"], "row 3 announces an Đề án cảng cạn và logistics, deadline `6 tháng đầu năm 2026`; no such Đề án", announces=True)
p("overdue-plan", ["18/2021/QĐ-UBND"], ["ubnd_kh45_2026.html"],
  "prose task: Sở Tư pháp tham mưu UBND tỉnh ban hành Quyết định thay thế Quyết định số 18/2021/QĐ-UBND … `hoàn thành trước ngày 30 tháng 9 năm 2026`; only a draft and a promise exist (ubnd_bc210)")
p("unmet-obligation", ["05-NQ/TU"], ["tu_nq05_2026.txt"], "`Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành hướng dẫn tuyên truyền, quán triệt Nghị quyết`: no guidance of that Ban", contains="Tuyên giáo")
p("count-mismatch", ["09-CTr/ĐU"], ["ph_thaibinh_ctr09_2026.txt"], "`Quý IV/2026 (gồm 04 nội dung)` over 3 numbered items (the word `gồm` in the parentheses)")
p("count-mismatch", ["11-CTr/ĐU"], ["dubnd_ctr11_2026.docx"], ".docx table group row `Tháng 10/2026 (03 nhiệm vụ)` over 4 rows")
p("ambiguous-id", ["05-NQ/TU"], ["mttq_ctr08_2026.txt"],
  "MTTQ tỉnh 15/9/2026: undated `NQ số 05-NQ/TU của BCH Đảng bộ tỉnh` (abbreviated type); Hưng Yên khóa XIX (20/5/2021) and khóa XX (15/01/2026) both have one")

T = []
def t(kind, ids, files, must_not, **k): T.append(dict(kind=kind, ids=ids, files=files, must_not=must_not, **k))
t("same-number-two-former-provinces", ["05-NQ/TU"], ["tb_tu_nq05_2021.txt", "hy_tu_nq05_2021.txt"], ["duplicate-identity"])
t("same-number-two-terms-one-province", ["05-NQ/TU"], ["hy_tu_nq05_2021.txt", "tu_nq05_2026.txt"], ["duplicate-identity"])
t("new-05-NQ-continues-old-05-NQs", ["05-NQ/TU"], ["tu_nq05_2026.txt"], ["cycle", "temporal", "ambiguous-id", "metadata-conflict", "dangling", "duplicate-identity"])
t("dated-citations-decide", ["05-NQ/TU"], ["tu_kh10_2026.txt", "ubnd_kh45_2026.html", "dubnd_kh06_2026.txt", "xa_tienlu_kh06_2026.txt", "ph_tranhungdao_kh04_2026.txt", "tu_bc85_2026.txt", "tinhdoan_kh30_2026.txt"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("abbrev-NQ-date-in-words", ["05-NQ/TU"], ["xa_hungha_kh05_2026.html"], ["ambiguous-id", "metadata-conflict", "dangling"])
t("two-provinces-15-2019-not-duplicate", ["15/2019/QĐ-UBND"], ["tb_ubnd_qd15_2019.txt", "hy_ubnd_qd15_2019.txt"], ["duplicate-identity"])
t("other-province-15-2019-in-force", ["15/2019/QĐ-UBND"], ["snv_hd03_2026.md", "ubnd_bc210_2026.html"], ["superseded-citation", "metadata-conflict", "dangling", "inverse-inconsistency", "temporal"])
t("het-hieu-luc-clause-itself", ["15/2019/QĐ-UBND", "22/2020/QĐ-UBND"], ["ubnd_qd25_2025.txt"], ["superseded-citation", "temporal", "inverse-inconsistency"])
t("tiep-tuc-ap-dung-not-repeal", ["22/2020/QĐ-UBND"], ["ubnd_qd40_2025.md"], ["superseded-citation", "inverse-inconsistency", "temporal"])
t("signed-not-yet-in-force", ["22/2020/QĐ-UBND"], ["xa_kienxuong_kh02_2025.txt"], ["superseded-citation", "temporal"])
t("partial-repeal-with-negation", ["18/2021/QĐ-UBND"], ["ubnd_qd40_2025.md", "hnd_kh25_2026.md"], ["superseded-citation", "inverse-inconsistency", "temporal"])
t("amended-living-text", ["25/2025/QĐ-UBND"], ["ubnd_qd40_2025.md", "hnd_kh25_2026.md", "ubnd_kh45_2026.html"], ["superseded-citation", "temporal", "inverse-inconsistency", "dangling"])
t("draft-and-future-replacement", ["18/2021/QĐ-UBND"], ["ubnd_bc210_2026.html", "hnd_kh25_2026.md"], ["superseded-citation", "inverse-inconsistency", "temporal"],
  requires_planted=dict(rule="overdue-plan", id="18/2021/QĐ-UBND", file="ubnd_kh45_2026.html"))
t("quoted-movement-title", ["22/2020/QĐ-UBND"], ["xa_hungha_kh05_2026.html"], ["superseded-citation", "temporal"])
t("phone-fax-numbers", ["3862.345", "3862.346"], ["sct_kh20_2026.txt", "ph_phohien_kl08_2026.html"], ["dangling", "temporal", "metadata-conflict"])
t("article-of-decree-and-law", ["150/2025/NĐ-CP", "72/2025/QH15"], ["snv_hd03_2026.md"], ["metadata-conflict", "temporal", "superseded-citation"])
t("other-province-10-KH-TU", ["10-KH/TU"], ["tinhdoan_kh30_2026.txt"], ["temporal", "metadata-conflict", "ambiguous-id"])
t("same-day-cycle-no-temporal", ["12-CTr/ĐU", "08-KL/ĐU", "03-ĐA/ĐU"], ["ph_phohien_ctr12_2026.docx", "ph_phohien_kl08_2026.html", "ph_phohien_da03_2026.md"], ["temporal"])
t("cut-and-lowercase-ids-read", ["03-ĐA/ĐU", "08-KL/ĐU", "12-CTr/ĐU"], ["ph_phohien_kl08_2026.html", "ph_phohien_ctr12_2026.docx", "ph_phohien_da03_2026.md"], ["dangling"])
t("report-reviews-not-cycle", ["05-NQ/TU", "10-KH/TU"], ["tu_bc85_2026.txt"], ["cycle", "temporal"])
t("tong-ket-fulfilled-and-not-due-rows", ["05-NQ/TU"], ["tu_kh10_2026.txt"], ["overdue-plan"])
t("obligations-fulfilled", ["05-NQ/TU"], ["tu_nq05_2026.txt"], ["unmet-obligation"])
t("count-matches", ["11/2026", "3/2026"], ["dubnd_ctr11_2026.docx", "ph_thaibinh_ctr09_2026.txt"], ["count-mismatch"])
t("two-DU-bodies-same-number", ["06-KH/ĐU"], ["dubnd_kh06_2026.txt", "xa_tienlu_kh06_2026.txt"], ["duplicate-identity"])
t("spaced-own-numbers", ["45/KH-UBND", "25/2025/QĐ-UBND"], ["ubnd_kh45_2026.html", "sct_kh20_2026.txt", "xa_kienxuong_kh15_2026_ocr.txt", "hnd_kh25_2026.md", "ubnd_qd40_2025.md"], ["dangling", "metadata-conflict"])
t("md-heading-header-cites-new-qc", ["02-QC/TU"], ["btctu_hd02_2026.md"], ["dangling", "ambiguous-id", "temporal"],
  requires_planted=dict(rule="superseded-citation", id="01-QC/TU", file="btctu_hd02_2026.md"))
t("quy-che-replacement-itself", ["01-QC/TU"], ["tu_qc02_2025.txt"], ["superseded-citation", "temporal"])
t("lowercase-id-and-list-one-issuer", ["10-KH/TU", "12-KH/TU"], ["hnd_kh25_2026.md"], ["dangling", "metadata-conflict", "ambiguous-id", "temporal"])
t("ocr-cua-scan-citation", ["12-KH/TU"], ["ph_phohien_kh07b_2026_scan.txt"], ["dangling", "temporal", "metadata-conflict"])
t("central-conclusion-in-corpus", ["137-KL/TW"], ["tu_kh12_2026.txt"], ["dangling", "metadata-conflict", "temporal"])
t("replacement-effect-later-than-signing", ["30/2021/QĐ-UBND"], ["ubnd_qd05_2026.html"], ["superseded-citation", "temporal"])

key = dict(round=22, world="Hưng Yên after the merger with Thái Bình (1/7/2025): former Tỉnh ủy/UBND of Hưng Yên and Thái Bình 2019-2021, the new Tỉnh ủy khóa XX (numbering from 1/7/2025), Đảng ủy UBND tỉnh, UBND tỉnh, two Sở, Đảng ủy xã/phường after districts were abolished, MTTQ, Tỉnh đoàn, Hội Nông dân, one central conclusion",
           planted=P,
           external=["60-NQ/TW", "202/2025/QH15", "150/2025/NĐ-CP", "1665/NQ-UBTVQH15", "57-NQ/TW", "127-KL/TW", "72/2025/QH15", "01-QC/TU", "68/2017/NĐ-CP"],
           collateral=[dict(rule="superseded-citation", files=["ubnd_qd19_2026.docx"], ids=["30/2021/QĐ-UBND"])], traps=T)
json.dump(key, open("key.json", "w"), ensure_ascii=False, indent=1)
print(len(P), "planted,", len(T), "traps,", len(key["external"]), "external")
