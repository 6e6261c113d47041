#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run gen.py first). work = fail with one line edited."""
import os, shutil
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")
CASES = {
    # c1: a state header whose `Số:` label was lost — `45/QĐ-UBND` stands alone under the body's name
    "c1-lost-so-label": (["ubnd_qd45_2026.txt", "ubnd_qd45b_2026.docx", "snv_kh210_2026.txt"],
                         "ubnd_qd45_2026.txt", "45/QĐ-UBND\n", "Số: 45/QĐ-UBND\n"),
    # c2: pdftotext -layout task table: row 1's cell wraps onto a line with an empty TT cell; the rows after it are lost
    "c2-layout-row-continuation": (["snv_kh210_2026.txt"], "snv_kh210_2026.txt",
                                   "            của Ủy ban nhân dân tỉnh (bổ sung nhiệm vụ về người có công)                \n", ""),
    # k1: not a docgraph defect — a key bug: a huyện plan's own deadline task (amend the huyện's Quy chế làm việc) is really overdue
    "k1-key-bug-district-task-overdue": (["bg_hu_ln_kh45_2021.txt"], "bg_hu_ln_kh45_2021.txt",
                                         "1. Sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV, hoàn thành trong Quý III/2021.\n",
                                         "1. Sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV, thực hiện thường xuyên.\n"),
}
for name, (files, target, old, new) in CASES.items():
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
    p = os.path.join(R, name, "work", target)
    t = open(p, encoding="utf-8", newline="").read()
    assert t.count(old) == 1, (name, old)
    open(p, "w", encoding="utf-8", newline="").write(t.replace(old, new))
print("made", ", ".join(CASES))
