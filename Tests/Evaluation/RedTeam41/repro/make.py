#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run gen.py first): `fail` holds the named corpus files unchanged,
`work` the same files with ONE line edited. `asof` holds the --as-of date used by run-all.sh."""
import os, shutil
D = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(D, "..", "corpus")
CASES = {
    "c1-thuong-truc-issuer-splits-identity": (["du_ns_kh05_2025.txt", "du_ns_tb08_2025.md"], "du_ns_kh05_2025.txt",
        "ngày 10/9/2025 của Thường trực Đảng ủy xã;", "ngày 10/9/2025 của Ban Thường vụ Đảng ủy xã;", "2026-11-29"),
    "c2-vv-line-bo-sung-read-as-amendment": (["hu_pn_kh36_2023.txt", "hu_pn_cv418_2024.txt"], "hu_pn_cv418_2024.txt",
        "bổ sung Quy chế số 02-QC/HU\n", "bổ sung Quy chế phối hợp\n", "2026-11-29"),
    "c3-carried-over-task-stays-with-old-plan": (["hu_cd_kh28_2021.txt", "du_cd_kh03_2025.txt"], "hu_cd_kh28_2021.txt",
        "\tỦy ban nhân dân huyện\tGiai đoạn 2021 - 2025", "\tỦy ban nhân dân huyện\tNăm 2026", "2026-11-29"),
    "c4-lead-unit-taken-as-issuer": (["hu_ns_kh31_2021.txt", "hu_ns_cv245_2023.txt", "hu_ns_da07_2025.txt"], "hu_ns_kh31_2021.txt",
        "\tỦy ban nhân dân huyện\tQuý IV/2023", "\tBan Thường vụ Huyện ủy\tQuý IV/2023", "2026-11-29"),
    "c5-date-of-next-paragraph-taken": (["hu_nr_tb12_2024.md", "hu_nr_kh40_2023.txt"], "hu_nr_tb12_2024.md",
        "Ngày 10/4/2024, Thường trực", "Chiều 10/4/2024, Thường trực", "2026-11-29"),
    "c6-deadline-moves-ignored": (["hu_nr_kh40_2023.txt", "hu_nr_tb12_2024.md"], "hu_nr_kh40_2023.txt",
        "\tBan Tuyên giáo Huyện ủy\tTháng 6/2024", "\tBan Tuyên giáo Huyện ủy\tTháng 9/2024", "2024-08-01"),
}
for name, (files, target, old, new, asof) in CASES.items():
    base = os.path.join(D, name)
    shutil.rmtree(base, ignore_errors=True)
    for side in ("fail", "work"):
        os.makedirs(os.path.join(base, side))
        for f in files:
            shutil.copyfile(os.path.join(C, f), os.path.join(base, side, f))
    p = os.path.join(base, "work", target)
    t = open(p, encoding="utf-8", newline="").read()
    assert t.count(old) == 1, (name, old)
    open(p, "w", encoding="utf-8", newline="").write(t.replace(old, new))
    open(os.path.join(base, "asof"), "w").write(asof + "\n")
print(len(CASES), "cases")
