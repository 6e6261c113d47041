#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run ../gen.py first): `fail` holds the smallest set of corpus files that
shows the cause; `work` is the same with one line edited. Standard library only."""
import os, shutil, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(H, "..", "corpus")
CASES = {
    # c1: an undated `Nghị quyết số 09-NQ/TU` from a ward of Nghệ An goes silently to the Tỉnh ủy's 09-NQ/TU; the former
    # Thị ủy Hoàng Mai's 09-NQ/TU is never weighed (no ambiguous-id). work: the issuer named — then it goes to Hoàng Mai's.
    "c1-local-id-resolved-by-province-only": (["tu_na_nq09_2021.html", "tx_hm_nq09_2021.txt", "du_tmai_kh02_2025.txt"], "du_tmai_kh02_2025.txt",
        "Tiếp tục thực hiện Nghị quyết số 09-NQ/TU và", "Tiếp tục thực hiện Nghị quyết số 09-NQ/TU của Ban Chấp hành Đảng bộ thị xã Hoàng Mai (trước đây) và"),
    # c1c: the date alone (`ngày 25/8/2021`, which only Hoàng Mai's 09-NQ/TU has) does not move it: the citation stays on the
    # Tỉnh ủy's and a metadata-conflict is reported. fail: date only; work: date and issuer.
    "c1c-date-does-not-override-province": (["tu_na_nq09_2021.html", "tx_hm_nq09_2021.txt", "du_tmai_kh02_2025.txt"], "du_tmai_kh02_2025.txt",
        "Tiếp tục thực hiện Nghị quyết số 09-NQ/TU và", "Tiếp tục thực hiện Nghị quyết số 09-NQ/TU ngày 25/8/2021 và", "fail-edit",
        "Tiếp tục thực hiện Nghị quyết số 09-NQ/TU ngày 25/8/2021 của Ban Chấp hành Đảng bộ thị xã Hoàng Mai (trước đây) và"),
    # c1b: the same with the header line `ĐẢNG BỘ TỈNH NGHỆ AN` removed: the citation becomes dangling although two corpus
    # documents carry the number. work: the header kept (= c1 fail).
    "c1b-no-locality-makes-it-dangling": (["tu_na_nq09_2021.html", "tx_hm_nq09_2021.txt", "du_tmai_kh02_2025.txt"], "du_tmai_kh02_2025.txt",
        "ĐẢNG BỘ TỈNH NGHỆ AN\n", "ĐẢNG BỘ TỈNH NGHỆ AN\n", "fail-drops-line"),
    # c2: a passive narration `X đã được sửa đổi, bổ sung … bằng Y` is read as `X amends Y` (cycle + temporal).
    # work: the same facts in the active voice.
    "c2-passive-narration-reversed": (["hu_ql_qd06_2021.txt", "hu_ql_qd11_2022.txt", "hu_ql_qd14_2023.txt", "hu_ql_bc245_2023.txt"], "hu_ql_bc245_2023.txt",
        "Về tiếp công dân, Quy định số 06-QĐ/HU ngày 15/6/2021 đã được sửa đổi, bổ sung Điều 5 bằng Quy định số 11-QĐ/HU ngày 20/7/2022, nay được thay thế bằng Quy định số 14-QĐ/HU ngày 18/9/2023 của Ban Thường vụ Huyện ủy.",
        "Về tiếp công dân, Quy định số 11-QĐ/HU ngày 20/7/2022 đã sửa đổi, bổ sung Điều 5 Quy định số 06-QĐ/HU ngày 15/6/2021; Quy định số 14-QĐ/HU ngày 18/9/2023 của Ban Thường vụ Huyện ủy đã thay thế các quy định này."),
    # c3: a planned `Ban hành hướng dẫn tuyên truyền Nghị quyết số 57-NQ/TW` (Tháng 3/2025) is met by 15-HD/BTGHU of the
    # same Ban Tuyên giáo, issued the same day as the programme; a same-day document is not accepted (2 overdue-plan
    # warnings). work: only the Hướng dẫn's date moved two days later — both warnings go away (the metadata-conflict and
    # temporal that appear are the expected effect of the edit: 21-CTr/HU still cites it as of 10/3/2025).
    "c3-same-day-document-not-accepted": (["hu_ql_ctr21_2025.txt", "btg_ql_hd15_2025.md"], "btg_ql_hd15_2025.md",
        "*Quỳnh Lưu, ngày 10 tháng 3 năm 2025*", "*Quỳnh Lưu, ngày 12 tháng 3 năm 2025*"),
    # c4: a Huyện ủy letter signed `T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG` cited as `của Văn phòng Huyện ủy` (metadata-conflict).
    # work: `của Ban Thường vụ Huyện ủy`.
    "c4-letter-signed-TL-by-the-office": (["hu_ql_cv1820_2023.txt", "hu_ql_qc05_2023.txt"], "hu_ql_qc05_2023.txt",
        "Xét Công văn số 1820-CV/HU ngày 10/01/2023 của Văn phòng Huyện ủy", "Xét Công văn số 1820-CV/HU ngày 10/01/2023 của Ban Thường vụ Huyện ủy"),
    # c5: `Căn cứ X …, <body> báo cáo sơ kết … thực hiện Y` gives the review of Y to X (false temporal: 03-QĐ/TU of 2021 `reviews`
    # 09-NQ/TU dated later). work: the căn cứ ends with `;` and the report sentence starts a new line.
    "c5-can-cu-clause-takes-the-verb": (["tx_hm_qd03_2021.txt", "tx_hm_nq09_2021.txt", "tx_hm_bc150_2024.txt"], "tx_hm_bc150_2024.txt",
        "về chế độ thông tin, báo cáo, Ban Thường vụ Thị ủy báo cáo sơ kết", "về chế độ thông tin, báo cáo;\nBan Thường vụ Thị ủy báo cáo sơ kết"),
}
for name, (files, target, old, new, *mode) in CASES.items():
    for side in ("fail", "work"):
        d = os.path.join(H, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
    if mode and mode[0] == "fail-edit":
        for side, rep in (("fail", new), ("work", mode[1])):
            p = os.path.join(H, name, side, target)
            t = open(p, encoding="utf-8", newline="").read()
            assert old in t, (name, old)
            open(p, "w", encoding="utf-8", newline="").write(t.replace(old, rep, 1))
        continue
    if mode and mode[0] == "fail-drops-line":
        p = os.path.join(H, name, "fail", target)
        t = open(p, encoding="utf-8", newline="").read()
        assert old in t, (name, old)
        open(p, "w", encoding="utf-8", newline="").write(t.replace(old, "", 1))
        continue
    p = os.path.join(H, name, "work", target)
    t = open(p, encoding="utf-8", newline="").read()
    assert old in t, (name, old)
    open(p, "w", encoding="utf-8", newline="").write(t.replace(old, new, 1))
print(len(CASES), "cases")
