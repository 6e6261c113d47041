#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work}/ from ../corpus (run ../gen.py first): the work copy differs from the fail copy by one
edited line. `rules` + `match`: run-all.sh runs `check --rules RULES` and prints findings whose message matches MATCH;
`cmd` + `match`: it runs `BIN CMD --corpus .` and greps (red team round 31)."""
import os, shutil, re
D = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(D, "..", "corpus")


def case(name, files, edit_file, old, new, rules=None, match="", cmd=None, pre=()):
    for side in ("fail", "work"):
        p = os.path.join(D, name, side)
        shutil.rmtree(p, ignore_errors=True)
        os.makedirs(p)
        for f in files:
            shutil.copy(os.path.join(C, f), p)
        for f, a, b in pre:  # an edit both copies share (to isolate one cause from another)
            q = os.path.join(p, f)
            t = open(q, encoding="utf-8", newline="").read()
            assert t.count(a) == 1, (name, a)
            open(q, "w", encoding="utf-8", newline="").write(t.replace(a, b))
    w = os.path.join(D, name, "work", edit_file)
    t = open(w, encoding="utf-8", newline="").read()
    assert t.count(old) == 1, (name, old)
    open(w, "w", encoding="utf-8", newline="").write(t.replace(old, new))
    if rules:
        open(os.path.join(D, name, "rules"), "w").write(rules)
    if cmd:
        open(os.path.join(D, name, "cmd"), "w").write(cmd)
    open(os.path.join(D, name, "match"), "w").write(match)


# c1a: the two header columns glued with no space: `Số: 245/KH-UBNDPhú Thọ, ngày …` is read as number `245/KH-UBNDPhú`
case("c1a-glued-number-line-swallows-place", ["ubnd_kh245_2026.txt"],
     "ubnd_kh245_2026.txt", "Số: 245/KH-UBNDPhú Thọ", "Số: 245/KH-UBND Phú Thọ", cmd="docs", match="245/KH")
# c1b: the same on the first line: the issuer becomes `Ủy ban nhân dân tỉnh Phú Thọcộng Hòa Xã Hội Chủ Nghĩa Việt Nam`, so the two
# 245/KH-UBND are not one issuer (duplicate missed) and the dated citation of the first goes to the second (metadata-conflict, temporal).
# Both copies have the number line fixed (c1a).
case("c1b-glued-issuer-line-swallows-motto", ["ubnd_kh245_2026.txt", "ubnd_kh245b_2026.docx", "sgddt_kh210_2026.txt"],
     "ubnd_kh245_2026.txt", "TỈNH PHÚ THỌCỘNG HÒA", "TỈNH PHÚ THỌ CỘNG HÒA",
     rules="duplicate-identity,metadata-conflict,temporal", match="245/KH",
     pre=[("ubnd_kh245_2026.txt", "Số: 245/KH-UBNDPhú Thọ", "Số: 245/KH-UBND Phú Thọ")])
# c2: replaced by one decision and repealed by another is not reported; two `thay thế` are
case("c2-replaced-then-repealed-not-inverse", ["hb_ubnd_qd12_2022.txt", "ubnd_qd14_2025.txt", "ubnd_qd09_2026.html"],
     "ubnd_qd09_2026.html", "Điều 1. Bãi bỏ Quyết định số 12/2022/QĐ-UBND", "Điều 1. Quyết định này thay thế Quyết định số 12/2022/QĐ-UBND",
     rules="inverse-inconsistency,superseded-citation", match="12/2022")
# c3: an unqualified id in a post-merger document is looked up only in the new province (`25/2022/QĐ-UBND (Phú Thọ)`)
case("c3-unqualified-id-after-merger-not-found-in-former-province", ["vp_ubnd_qd25_2022.txt", "ubnd_qd05_2026.txt", "sgddt_bc318_2026.txt"],
     "sgddt_bc318_2026.txt", "đã bãi bỏ Quyết định số 25/2022/QĐ-UBND;", "đã bãi bỏ Quyết định số 25/2022/QĐ-UBND của Ủy ban nhân dân tỉnh Vĩnh Phúc;",
     rules="dangling", match="25/2022")
# c4: a dated citation with no `của <issuer>` after it is keyed to the citing document's province (`64/KH-UBND (20/02/2024, Vĩnh Phúc)`),
# the district plan is keyed to its district (`Yên Lạc`): not found, although one document has that number and date
case("c4-district-plan-keyed-to-province", ["vp_ubh_yl_kh64_2024.txt", "vp_ubh_yl_kh77_2024.txt"],
     "vp_ubh_yl_kh77_2024.txt", "Kế hoạch số 64/KH-UBND ngày 20/02/2024 như sau", "Kế hoạch số 64/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân huyện như sau",
     rules="dangling", match="64/KH")
# c4b: the same from the province level: the Sở's task row `Ủy ban nhân dân huyện Yên Lạc sửa đổi, bổ sung Kế hoạch số 64/KH-UBND …`
# (the amendment 77/KH-UBND is then not linked to 64/KH-UBND: overdue-plan; work: the row names the issuer after the id)
case("c4b-district-plan-keyed-to-province-task-row", ["vp_sgddt_kh120_2024.txt", "vp_ubh_yl_kh64_2024.txt", "vp_ubh_yl_kh77_2024.txt"],
     "vp_sgddt_kh120_2024.txt", "Ủy ban nhân dân huyện Yên Lạc sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 20/02/2024 cho phù hợp số liệu tuyển sinh",
     "Ủy ban nhân dân huyện Yên Lạc sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân huyện Yên Lạc cho phù hợp số liệu tuyển sinh",
     rules="dangling,overdue-plan", match="64/KH")
# c5 (not scored): a `V/v` line that fills its column leaves one space before the place/date: the date is lost
case("c5-vv-line-one-space-date-lost", ["ubnd_cv3120_2026.txt"],
     "ubnd_cv3120_2026.txt", "lớp 10 Phú Thọ, ngày", "lớp 10     Phú Thọ, ngày", cmd="docs", match="3120")
print("ok")
