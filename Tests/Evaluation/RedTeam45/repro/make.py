#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run ../gen.py first). In each pair, work = fail with one line edited
(c3: the two halves of one split table row joined into one line)."""
import os, shutil
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")


def pair(name, files, target, edit):
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
    fail_p, work_p = (os.path.join(R, name, s, target) for s in ("fail", "work"))
    L = open(fail_p, encoding="utf-8", newline="").read().split("\n")
    fl, wl = edit(L[:])
    open(fail_p, "w", encoding="utf-8", newline="").write("\n".join(fl))
    open(work_p, "w", encoding="utf-8", newline="").write("\n".join(wl))


def line(old_sub, fail_line, work_line):
    def e(L):
        i = [k for k, l in enumerate(L) if old_sub in l]
        assert len(i) == 1, (old_sub, i)
        f, w = L[:], L[:]
        f[i[0]], w[i[0]] = fail_line, work_line
        return f, w
    return e


X = "Xét đề nghị của Giám đốc Sở Tài chính; "
# c1: `X, căn cứ ban hành Y,` — an appositive naming what Y rests on — is read as X basedOn Y (cycle + temporal)
pair("c1-appositive-can-cu-ban-hanh-read-as-X-basedOn-Y", ["la_qd74_2019.txt", "la_qd07_2021.txt", "la_qd45_2024.txt"], "la_qd45_2024.txt",
     line("Xét đề nghị của Giám đốc Sở Tài chính;",
          X + "Nghị định số 44/2014/NĐ-CP, căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực thi hành.",
          X + "Quyết định số 07/2021/QĐ-UBND được ban hành căn cứ Nghị định số 44/2014/NĐ-CP, nay đã hết hiệu lực thi hành."))
# c2a: `X đã hết hiệu lực … kể từ ngày Y có hiệu lực` is read as X repeals Y (the direction reversed)
pair("c2a-het-hieu-luc-ke-tu-ngay-Y-read-as-X-repeals-Y", ["la_qd45_2024.txt"], "la_qd45_2024.txt",
     line("Xét đề nghị của Giám đốc Sở Tài chính;",
          X + "Nghị định số 44/2014/NĐ-CP đã hết hiệu lực thi hành kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực.",
          X + "Nghị định số 44/2014/NĐ-CP đã được thay thế bởi Nghị định số 71/2024/NĐ-CP."))
# c2b: the corpus line itself: the repeal is given to the nearest id before `hết hiệu lực` (07/2021) -> inverse-inconsistency
ORIG = X + "Nghị định số 44/2014/NĐ-CP, căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực thi hành kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực."
pair("c2b-corpus-line-repeal-given-to-07-2021", ["la_qd74_2019.txt", "la_qd07_2021.txt", "la_qd45_2024.txt"], "la_qd45_2024.txt",
     line("Xét đề nghị của Giám đốc Sở Tài chính;", ORIG, ORIG.replace("kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực", "kể từ ngày 01 tháng 8 năm 2024")))


# c3: a task row whose cell (the id 74/2019/QĐ-UBND) is split over two lines derails the table: the next row's `Bãi bỏ …`
# is read as an enacted repeal dated the plan's date
def c3(L):
    i = [k for k, l in enumerate(L) if "74/2019/QĐ-" in l]
    assert len(i) == 1
    w = L[:]
    w[i[0]] = w[i[0]] + w[i[0] + 1].strip()
    del w[i[0] + 1]
    return L, w
pair("c3-split-table-row-turns-next-planned-repeal-into-enacted", ["la_kh150_2024.txt", "la_qd07_2021.txt", "ubh_bl_qd1520_2025.txt"], "la_kh150_2024.txt", c3)
# c4: an announced new Quy định is marked fulfilled by a later amending decision (05/2025, after the deadline) instead of the
# decision that issued it on time (34/2024)
T = "quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Long An"
pair("c4-announced-regulation-fulfilled-by-its-later-amendment", ["tu_la_ct35_2024.txt", "la_qd34_2024.docx", "la_qd05_2025.txt"], "la_qd05_2025.txt",
     line(T, T, "của Ủy ban nhân dân tỉnh Long An"))
print("built")
