#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work}/ from ../corpus (red team round 29). The work copy differs from the fail copy in one line.
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


# c1: `trồng thay thế hồ tiêu … theo Điều 1 Quyết định số 28/2025/QĐ-UBND` is read as the letter replacing 28/2025
case("c1-thay-the-verb-replaces-next-id",
     ["ubnd_cv2310_2025.html", "ubnd_qd28_2025.txt", "ct_qd1685_2025.txt"], "ubnd_cv2310_2025.html",
     "giống cây ăn quả trồng thay thế hồ tiêu, cao su kém hiệu quả theo Điều 1",
     "giống cây ăn quả trồng trên diện tích hồ tiêu, cao su kém hiệu quả theo Điều 1",
     rules="superseded-citation", match="2310/UBND-KT")
# c2: in `thay thế Nghị quyết số A … hỗ trợ thực hiện Chương trình … và Nghị quyết số B …`, B is taken as part of A's title
case("c2-second-replaced-id-nested-in-first-title",
     ["hdnd_nq12_2025.txt", "qb_hdnd_nq21_2021.txt", "qt_hdnd_nq17_2021.txt", "ubnd_xa_vl_kh25_2026.txt", "tu_kh22_2025.txt"], "hdnd_nq12_2025.txt",
     "quy định chính sách hỗ trợ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Quảng Bình",
     "quy định chính sách hỗ trợ Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Quảng Bình",
     rules="superseded-citation,overdue-plan", match="17/2021")
# c3: `CHỈ THỊ SỐ 08-CT/TU` / `CỦA BAN THƯỜNG VỤ TỈNH ỦY` with no `Số` line in the header: the Chỉ thị gets no number
case("c3-number-only-in-title-line",
     ["tu_ct08_2025.txt", "hnd_kh31_2025.txt", "du_xa_tm_kh04_2025.txt", "tu_kh22_2025.txt"], "tu_ct08_2025.txt",
     "TỈNH ỦY\n*\n", "TỈNH ỦY\nSố 08-CT/TU\n",
     rules="metadata-conflict,ambiguous-id,dangling", match="08-CT/TU")
# c4: huyện Quảng Ninh of tỉnh Quảng Bình is taken as tỉnh Quảng Ninh (the header's `ĐẢNG BỘ TỈNH QUẢNG BÌNH` is not used)
case("c4-district-quang-ninh-taken-as-province",
     ["qb_hu_qn_kh28_2023.txt", "qb_tu_kh120_2023.txt", "qt_tu_kh120_2023.txt", "qb_ubnd_qd15_2022.txt", "qt_ubnd_qd15_2022.html"], "qb_hu_qn_kh28_2023.txt",
     "HUYỆN ỦY QUẢNG NINH\n", "HUYỆN ỦY BỐ TRẠCH\n",
     rules="dangling", match=r"(120-KH/TU|15/2022/QĐ-UBND) \(")
# c5: a commune of the new province whose header names no province (UBND xã Lệ Thủy, 2026) is placed in the former Quảng Bình
case("c5-post-merger-commune-placed-in-former-province",
     ["ubnd_xa_lt_kh18_2026.txt", "snnmt_kh72_2026.txt", "ct_qd1685_2025.txt", "ubnd_qd07_2026.md", "qb_ubnd_qd15_2022.txt", "qt_ubnd_qd15_2022.html", "ubnd_qd28_2025.txt"],
     "ubnd_xa_lt_kh18_2026.txt", "XÃ LỆ THỦY\n", "XÃ LỆ THỦY, TỈNH QUẢNG TRỊ\n",
     rules="dangling", match=r"Quảng Bình\)")
# c6: the merged Sở's undated `Kế hoạch số 45/KH-SNN năm 2024 của Sở NN&PTNT (trước hợp nhất)` goes silently to the
# predecessor whose province has the new name; no ambiguous-id (RedTeam28's c5 again). Work: naming Quảng Bình moves the edge.
case("c6-merged-body-undated-predecessor-number",
     ["snnmt_bc245_2026.txt", "qb_snn_kh45_2024.md", "qt_snn_kh45_2024.txt"], "snnmt_bc245_2026.txt",
     "Phát triển nông thôn (trước hợp nhất), 6 tháng", "Phát triển nông thôn tỉnh Quảng Bình (trước hợp nhất), 6 tháng",
     cmd="show 45/KH-SNN@2024-03-05", match="245/BC-SNNMT")
print("ok")
