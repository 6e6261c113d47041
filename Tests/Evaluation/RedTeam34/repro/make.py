#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run gen.py first). work = fail with one line edited.
Copied from RedTeam33/repro/make.py (same `pair`)."""
import os, shutil
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")

def pair(name, files, target, old, new):
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
    p = os.path.join(R, name, "work", target)
    s = open(p, encoding="utf-8", newline="").read()
    assert s.count(old) == 1, old
    open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new))

# c1: a counted lead-in ending in a bare colon (`tập trung 03 nội dung trọng tâm:`) is not read as a counted list; with
# `sau:` (or `như sau:`, `gồm …:`) it is, and the 4 lettered items are counted. work: `sau` added.
pair("c1-counted-lead-in-needs-sau", ["tx_db_kh210_2023.txt"], "tx_db_kh210_2023.txt",
     "03 nội dung trọng tâm:", "03 nội dung trọng tâm sau:")

# c2: a Markdown export whose own number is only in the YAML front matter (`so_hieu: 14/KH-UBND`): the front matter is read
# as body text, `14/KH-UBND` becomes a citation of a missing document (dangling) and the plan gets no number.
# work: the number also written on the body's issuer line.
pair("c2-yaml-front-matter-number", ["xa_dx_kh14_2025.md"], "xa_dx_kh14_2025.md",
     "**ỦY BAN NHÂN DÂN XÃ DUY XUYÊN**\n", "**ỦY BAN NHÂN DÂN XÃ DUY XUYÊN** Số: 14/KH-UBND\n")
