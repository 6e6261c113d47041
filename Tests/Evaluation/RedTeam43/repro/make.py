#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run ../gen.py first). `work` is `fail` with one line edited."""
import os, shutil, unicodedata
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")
CASES = [
    ("c1-per-task-deadline-move-naming-the-task-ignored", ["ubnd_kh_kh120_2022.txt", "ubnd_kh_qd2150_2024.txt"], "ubnd_kh_qd2150_2024.txt",
     'Điều 1. Điều chỉnh thời gian hoàn thành nhiệm vụ "Xây dựng Đề án phát triển du lịch biển đảo vịnh Cam Ranh" tại mục 1\n',
     'Điều 1. Điều chỉnh thời gian hoàn thành nhiệm vụ tại mục 1\n'),
    ("c2-de-an-approved-by-quyet-dinh-not-a-fulfilment", ["ubnd_nt_kh120_2022.txt", "ubnd_nt_qd455_2023.txt"], "ubnd_nt_qd455_2023.txt",
     "\nQUYẾT ĐỊNH\nPhê duyệt Đề án", "\nĐỀ ÁN\nPhê duyệt Đề án"),
    ("c3-extension-quyet-dinh-taken-for-the-announced-quy-dinh", ["ubnd_nt_ctr07_2022.txt", "ubnd_nt_qd1120_2024.txt"], "ubnd_nt_qd1120_2024.txt",
     "\nQUYẾT ĐỊNH\nVề việc gia hạn", "\nTHÔNG BÁO\nVề việc gia hạn"),
]
for name, files, edited, old, new in CASES:
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
    p = os.path.join(R, name, "work", edited)
    raw = open(p, encoding="utf-8", newline="").read()
    nfd = raw != unicodedata.normalize("NFC", raw)
    s = unicodedata.normalize("NFC", raw)
    assert s.count(old) == 1, (name, old)
    s = s.replace(old, new)
    open(p, "w", encoding="utf-8", newline="").write(unicodedata.normalize("NFD", s) if nfd else s)
