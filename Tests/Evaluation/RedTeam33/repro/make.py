#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run gen.py first). work = fail with one line edited."""
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
    s = open(p, encoding="utf-8").read()
    assert s.count(old) == 1, old
    open(p, "w", encoding="utf-8").write(s.replace(old, new))

# c1: `Quyết định số X … theo Kế hoạch số Y` in a report is read as X basedOn Y (a relation between two cited documents);
# with 15/KH-SDTTG basedOn 14/2025 this makes a cycle and a temporal warning. work: a comma before `theo`.
pair("c1-chained-citation-relation", ["ubnd_qd14_2025.txt", "sdttg_kh15_2026.txt", "sdttg_bc230_2026.txt"], "sdttg_bc230_2026.txt",
     '14/2025/QĐ-UBND" theo Kế hoạch số 15/KH-SDTTG', '14/2025/QĐ-UBND", theo Kế hoạch số 15/KH-SDTTG')
