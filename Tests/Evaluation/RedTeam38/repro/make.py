#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run ../gen.py first). work = fail with one line edited."""
import os, shutil
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")
CASES = [
 ("c1-tinh-thua-thien-hue-and-thanh-pho-hue-are-two-places",
  ["ubnd_tth_qd38_2021.html", "ubnd_hue_qd09_2025.html", "ubp_px_kh09_2026.txt"],
  "ubp_px_kh09_2026.txt", "ngày 20/9/2021 của Ủy ban nhân dân thành phố Huế về ban hành", "ngày 20/9/2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế về ban hành"),
 ("c2a-thanh-pho-hue-2023-resolved-to-former-city-by-name",
  ["ubnd_tth_kh120_2023.txt", "tphue_kh120_2023.txt", "ubnd_hue_kh28_2026.txt"],
  "ubnd_hue_kh28_2026.txt", "ngày 12/4/2023 của Ủy ban nhân dân thành phố Huế", "ngày 12/4/2023 của Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
 ("c2b-undated-120-of-thanh-pho-hue-not-ambiguous",
  ["ubnd_tth_kh120_2023.txt", "tphue_kh120_2023.txt", "svh_hue_bc245_2026.html"],
  "svh_hue_bc245_2026.html", "Kế hoạch số 120/KH-UBND năm 2023 của Ủy ban nhân dân thành phố Huế làm", "Kế hoạch số 120/KH-UBND năm 2023 làm"),
 ("c3-phu-xuan-folded-into-hue-in-document-not-in-citation",
  ["qu_px_kh06_2025.txt", "du_px_nq05_2025.txt"],
  "du_px_nq05_2025.txt", "Kế hoạch số 06-KH/QU ngày 10/3/2025 của Ban Thường vụ Quận ủy Phú Xuân (trước đây)", "Kế hoạch số 06-KH/QU ngày 10/3/2025"),
 ("c4-own-term-expiry-not-read",
  ["hdnd_tth_nq12_2021.html", "hdnd_hue_nq25_2025.txt", "ubp_th_kh12_2026.txt"],
  "hdnd_hue_nq25_2025.txt", "Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 đến hết ngày 31 tháng 12 năm 2030.",
  "Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Thừa Thiên Huế."),
 ("c5a-report-saying-not-done-counts-as-amendment",
  ["tu_tth_kh15_2023.txt", "hdnd_tth_nq07_2022.txt", "tu_tth_bc250_2024.md"],
  "tu_tth_bc250_2024.md", "3. Nhiệm vụ sửa đổi Nghị quyết số 07/2022/NQ-HĐND theo Kế hoạch", "3. Một nhiệm vụ theo Kế hoạch"),
 ("c5b-report-table-in-progress-counts-as-amendment",
  ["ubnd_hue_kh28_2026.txt", "ubnd_hue_qd09_2025.html", "svh_hue_bc245_2026.html"],
  "svh_hue_bc245_2026.html", "Sửa đổi, bổ sung Quyết định số 09/2025/QĐ-UBND</p>", "Sửa đổi, bổ sung Quy định quản lý Quần thể di tích</p>"),
 ("c6-deadline-moved-by-dieu-chinh-thoi-han-ignored",
  ["ubnd_tth_kh120_2023.txt", "ubnd_tth_qd1234_2024.txt"],
  "ubnd_tth_kh120_2023.txt", "hai bờ sông Hương\tSở Xây dựng\tQuý IV/2024", "hai bờ sông Hương\tSở Xây dựng\tQuý IV/2026"),
 ("c7-announced-quy-che-not-met-by-quyet-dinh-ban-hanh-quy-che",
  ["ubnd_hue_kh28_2026.txt", "ubnd_hue_qd03_2026.txt"],
  "ubnd_hue_kh28_2026.txt", "2\tBan hành Quy chế quản lý kiến trúc đô thị Huế", "2\tBan hành Quyết định ban hành Quy chế quản lý kiến trúc đô thị Huế"),
 ("c8-dieu-chinh-ke-hoach-von-read-as-planned-amendment",
  ["ttbt_kh18_2025.md"],
  "ttbt_kh18_2025.md", "| 1 | Điều chỉnh kế hoạch vốn", "| 1 | Phân bổ lại kế hoạch vốn"),
 ("c9-title-of-last-list-item-given-to-every-item-cycle",
  ["bct_nq54_2019.txt", "tu_tth_kh15_2023.txt"],
  "tu_tth_kh15_2023.txt", "Kết luận số 48-KL/TW của Bộ Chính trị và Nghị quyết số 83/NQ-CP", "Kết luận số 48-KL/TW của Bộ Chính trị; Nghị quyết số 83/NQ-CP"),
 ("c10-passive-amendment-attached-to-nearest-id",
  ["ubnd_tth_qd38_2021.html", "ubnd_tth_qd05_2024.txt", "tu_tth_bc250_2024.md"],
  "tu_tth_bc250_2024.md", "thay thế Quyết định số 16/2019/QĐ-UBND, sau đó được sửa đổi, bổ sung tại",
  "thay thế Quyết định số 16/2019/QĐ-UBND; Quyết định số 38/2021/QĐ-UBND được sửa đổi, bổ sung tại"),
 ("c11-city-thanh-uy-under-a-province-classed-as-province-level",
  ["tu_tth_ctr36_2020.txt", "thu_tphue_kh42_2020.txt"],
  "thu_tphue_kh42_2020.txt", "THÀNH ỦY HUẾ\r\n", "THỊ ỦY HƯƠNG THỦY\r\n"),
]
for name, files, f, old, new in CASES:
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for x in files:
            shutil.copy(os.path.join(C, x), d)
    p = os.path.join(R, name, "work", f)
    if f.endswith(".docx"):
        raise SystemExit("docx edit not supported")
    t = open(p, encoding="utf-8", newline="").read()
    assert t.count(old) == 1, (name, old, t.count(old))
    open(p, "w", encoding="utf-8", newline="").write(t.replace(old, new))
WATCH = {'c1-': '38/2021', 'c2a-': '120/KH-UBND', 'c2b-': '120/KH-UBND', 'c3-': '06-KH/QU', 'c4-': '12/2021/NQ-HĐND', 'c5a-': '07/2022', 'c5b-': '09/2025/QĐ-UBND by 28', 'c6-': 'sông Hương', 'c7-': 'Quy chế', 'c8-': 'Kế hoạch vốn', 'c9-': '48-KL/TW', 'c10-': '16/2019/QĐ-UBND', 'c11-': 'unmet-obligation\\] 36-CTr'}
for name, *_ in CASES:
    for k, v in WATCH.items():
        if name.startswith(k):
            open(os.path.join(R, name, "watch"), "w", encoding="utf-8").write(v + "\n")
print(len(CASES), "cases")
