#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work}/ from ../corpus (run ../gen.py first): each pair holds the smallest set of corpus files
that shows the cause; `work` is `fail` with one edit (named in EDITS)."""
import os, shutil
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")
CASES = {
    "c1-replace-list-lead-in-then-header-row-drops-first-row": (
        ["hdnd_ht_nq88_2025.txt", "ubnd_ht_qd03_2026.txt", "xa_th_kh14_2026.txt"],
        ("hdnd_ht_nq88_2025.txt", "    2. Nghị quyết này thay thế các văn bản sau:\n", "    2. Nghị quyết này thay thế các văn bản sau:\n\n")),
    "c2-layout-task-row-split-by-page-break-loses-modality": (
        ["stc_ht_kh15_2025.txt", "hdnd_ht_nq61_2024.txt"],
        ("stc_ht_kh15_2025.txt", "\n\n                                        1\n\f\n", "\n")),
    "c3-new-ward-unnamed-province-wrong-date-becomes-dangling": (
        ["px_st_kh27_2026.txt", "hdnd_ht_nq61_2024.txt", "hdnd_ht_nq88_2025.txt"],
        ("px_st_kh27_2026.txt", "ngày 19/12/2024 của Hội đồng nhân dân tỉnh quy định", "ngày 19/12/2024 của Hội đồng nhân dân tỉnh Hà Tĩnh quy định")),
    "c4-obligations-read-only-under-to-chuc-thuc-hien-heading": (
        ["tu_ht_kl48_2024.txt", "ubnd_ht_kh105_2024.txt", "hu_hs_kh30_2024.txt", "hu_cx_kh21_2024.txt"],
        ("tu_ht_kl48_2024.txt", "II. NHIỆM VỤ TRONG THỜI GIAN TỚI", "II. TỔ CHỨC THỰC HIỆN")),
    "c5-dang-doan-lanh-dao-ban-hanh-taken-as-issuer": (
        ["tu_ht_kl15_2021.txt", "hdnd_ht_nq09_2021.txt", "hdnd_ht_nq35_2022.txt"],
        ("tu_ht_kl15_2021.txt", "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo ban hành Nghị quyết", "2. Hội đồng nhân dân tỉnh ban hành Nghị quyết")),
}
for name, (files, (ef, a, b)) in CASES.items():
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
    p = os.path.join(R, name, "work", ef)
    s = open(p, encoding="utf-8", newline="").read()
    assert s.count(a) == 1, (name, a)
    open(p, "w", encoding="utf-8", newline="").write(s.replace(a, b))
