#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run ../gen.py first, or let run-all.sh do it). work = fail with one
line edited. Standard library only. Adapted from RedTeam37/repro/make.py."""
import os, shutil
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")

# cause: (files copied from the corpus, (file, old text, new text) applied to the work copy)
CASES = {
    "c1-undated-former-body-citation-bound-to-new-city": (
        ["ct_syt_bc210_2026.html", "syt_st_kh45_2023.txt", "syt_hg_kh45_2023.txt"],
        ("ct_syt_bc210_2026.html", "theo Kế hoạch số 45/KH-SYT của Sở Y tế (cũ).", "theo Kế hoạch số 45/KH-SYT năm 2023 của Sở Y tế (cũ).")),
    "c2-expected-issue-date-du-kien-ban-hanh-not-read-as-deadline": (
        ["byt_cv4567_2025.txt", "byt_tt09_2024.txt"],
        ("byt_cv4567_2025.txt", "thay thế Thông tư số 09/2024/TT-BYT, dự kiến ban hành trong Quý II/2026;",
         "thay thế Thông tư số 09/2024/TT-BYT, hoàn thành trong Quý II/2026;")),
}

# a fail copy that is itself an edited corpus file: (file, corpus text, fail text)
FAIL_EDIT = {"c2-expected-issue-date-du-kien-ban-hanh-not-read-as-deadline": (
    "byt_cv4567_2025.txt", "thay thế Thông tư số 09/2024/TT-BYT;", "thay thế Thông tư số 09/2024/TT-BYT, dự kiến ban hành trong Quý II/2026;")}

for name, (files, (ef, old, new)) in CASES.items():
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
    for side in ("fail", "work"):
        if name in FAIL_EDIT:
            f0, a, b = FAIL_EDIT[name]
            q = os.path.join(R, name, side, f0)
            t = open(q, encoding="utf-8", newline="").read()
            assert t.count(a) == 1, (name, a)
            open(q, "w", encoding="utf-8", newline="").write(t.replace(a, b))
    p = os.path.join(R, name, "work", ef)
    t = open(p, encoding="utf-8", newline="").read()
    assert t.count(old) == 1, (name, old)
    open(p, "w", encoding="utf-8", newline="").write(t.replace(old, new))
print(len(CASES), "cases")
