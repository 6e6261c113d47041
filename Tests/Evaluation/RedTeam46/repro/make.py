#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run ../gen.py first). `work` = `fail` with one line edited."""
import os, shutil
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")
CASES = [
 ("c1-portal-banner-hides-run-on-party-header", ["tu_bs_qd17_2023.html", "tu_bs_qd21_2024.txt", "tu_th_tb1250_2023.txt"],
  "tu_bs_qd17_2023.html",
  '<div class="top">ĐẢNG BỘ THỊ XÃ BỈM SƠN | TRANG CHỦ | TIN TỨC - SỰ KIỆN | VĂN BẢN ĐẢNG | LIÊN HỆ</div>\n', ''),
 ("c2-inline-task-with-lead-unit-clause-not-read", ["ubtx_bs_kh64_2023a.txt", "ubtx_bs_qd1702_2025.txt", "ubtx_bs_qd905_2023.txt", "ubtx_bs_kh35_2023.txt"],
  "ubtx_bs_kh64_2023a.txt", "xã; Phòng Quản lý đô thị chủ trì; hoàn thành", "xã; hoàn thành"),
 ("c3-undated-citation-naming-the-town-resolved-to-province", ["tu_th_tb1250_2023.txt", "tu_th_nq05_2021.txt", "tu_bs_nq05_2021.txt"],
  "tu_th_tb1250_2023.txt", "Nghị quyết số 05-NQ/TU của Thị ủy Bỉm Sơn", "Nghị quyết số 05-NQ/TU ngày 20/9/2021 của Thị ủy Bỉm Sơn"),
 ("c4-issuerless-TU-citation-keyed-to-province", ["tu_bs_kh52_2024.txt", "tu_bs_qd21_2024.txt"],
  "tu_bs_kh52_2024.txt", "          QĐ/TU ngày 15/3/2024\n", "          QĐ/TU ngày 15/3/2024 của Ban Thường vụ Thị ủy\n"),
 ("c4b-issuerless-TU-citation-keyed-to-province-crlf", ["ubtx_bs_kh35_2023.txt", "tu_bs_ctr12_2022.md", "tu_bs_tb30_2023.txt"],
  "ubtx_bs_kh35_2023.txt", "Chương trình hành động số 12-CTr/TU, Ủy ban", "Chương trình hành động số 12-CTr/TU của Ban Thường vụ Thị ủy, Ủy ban"),
 ("c5-ward-citation-issuer-as-sentence-subject-keyed-to-ward", ["ubp_qt_kh21_2025.md", "ubtx_bs_qd1840_2024.html", "ubtx_bs_qd845_2022.txt"],
  "ubp_qt_kh21_2025.md", "Kết quả kế thừa: Ủy ban nhân dân thị xã Bỉm Sơn (cũ) đã ban hành Quyết định số 1840/QĐ-UBND ngày 06/6/2024 thay thế",
  "Kết quả kế thừa: Quyết định số 1840/QĐ-UBND ngày 06/6/2024 của Ủy ban nhân dân thị xã Bỉm Sơn (cũ) thay thế"),
 ("c6-deadline-extension-gia-han-ignored", ["ubtx_bs_kh120_2021.txt", "ubtx_bs_qd1702_2025.txt"],
  "ubtx_bs_kh120_2021.txt", "\tPhòng Quản lý đô thị\tNăm 2024", "\tPhòng Quản lý đô thị\tQuý II/2027"),
 ("c7-key-bug-148-NQ-CP-cited-before-its-date", ["ubtx_bs_kh92_2022.txt"],
  "ubtx_bs_kh92_2022.txt", "; Nghị quyết số 148/NQ-CP ngày 11/11/2022 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 06-NQ/TW", ""),
]
for name, files, edit, a, b in CASES:
    for s in ("fail", "work"):
        d = os.path.join(R, name, s)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
    p = os.path.join(R, name, "work", edit)
    t = open(p, encoding="utf-8", newline="").read()
    a2 = a.replace("\n", "\r\n") if "\r\n" in t else a
    b2 = b.replace("\n", "\r\n") if "\r\n" in t else b
    assert t.count(a2) == 1, (name, a)
    open(p, "w", encoding="utf-8", newline="").write(t.replace(a2, b2))
