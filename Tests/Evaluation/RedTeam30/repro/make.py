#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work}/ from ../corpus (red team round 30). The work copy differs from the fail copy in one line.
Each case also writes `rules` + `match` (a `check` run filtered by a regex) or `cmd` + `match` (a `show` run)."""
import os, shutil, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def edit(path, old, new):
    raw = open(path, encoding="utf-8", newline="").read()
    nfd = raw != unicodedata.normalize("NFC", raw)
    t = unicodedata.normalize("NFC", raw)
    assert t.count(old) == 1, (path, old, t.count(old))
    t = t.replace(old, new)
    if nfd:
        t = unicodedata.normalize("NFD", t)
    open(path, "w", encoding="utf-8", newline="").write(t)


def case(name, files, target, old, new, rules=None, cmd=None, match=""):
    d = os.path.join(HERE, name)
    shutil.rmtree(d, ignore_errors=True)
    for side in ("fail", "work"):
        os.makedirs(os.path.join(d, side))
        for f in files:
            shutil.copy(os.path.join(CORPUS, f), os.path.join(d, side, f))
    edit(os.path.join(d, "work", target), old, new)
    if rules:
        open(os.path.join(d, "rules"), "w").write(rules + "\n")
    if cmd:
        open(os.path.join(d, "cmd"), "w").write(cmd + "\n")
    open(os.path.join(d, "match"), "w").write(match + "\n")


# c1: `cầu Mỹ Lợi thay thế bến phà Mỹ Lợi, theo danh mục tại Nghị quyết số 45/NQ-HĐND …` is read as the letter replacing 45/NQ-HĐND
case("c1-thay-the-verb-replaces-next-id",
     ["ubnd_cv3120_2025.html", "stc_cv1450_2026.txt", "tg_hdnd_nq45_2023.txt", "tg_hdnd_nq45_2024.md"], "ubnd_cv3120_2025.html",
     "cầu Mỹ Lợi thay thế bến phà Mỹ Lợi, theo danh mục", "cầu Mỹ Lợi nối hai bờ sông Tiền, theo danh mục",
     rules="superseded-citation", match="45/NQ-HĐND")
# c2: the header `ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH` is read as the issuer `Ban nhân dân tỉnh Đảng ủy ủy`, so every citation that names
# `Đảng ủy Ủy ban nhân dân tỉnh` conflicts with it
case("c2-dang-uy-ubnd-header-garbled",
     ["dubnd_kh07_2025.txt", "du_xa_cb_nq09_2026.txt", "ubnd_xa_cb_kh41_2026.md"], "dubnd_kh07_2025.txt",
     "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n", "ĐẢNG ỦY UBND TỈNH\n",
     rules="metadata-conflict", match="07-KH/ĐU")
# c3: a Kết luận's `Ban Thường vụ Tỉnh ủy giao 04 nhiệm vụ sau:` list is not read as an assignment of work (only a
# `Tổ chức thực hiện` section is), so the Ban QLDA's plan that never came is not reported
case("c3-giao-nhiem-vu-list-not-obligations",
     ["tu_kl18_2025.txt", "dubnd_kh07_2025.txt", "stc_kh210_2026.txt", "ubnd_xa_cl_kh52_2026.txt", "ubnd_xa_mth_kh40_2026.txt"], "tu_kl18_2025.txt",
     "II. Ban Thường vụ Tỉnh ủy giao 04 nhiệm vụ sau:", "II. TỔ CHỨC THỰC HIỆN",
     rules="unmet-obligation", match="18-KL/TU")
print("ok")
