#!/usr/bin/env python3
"""Red team 16 (round 9) corpus generator: the STATE line, central to province, 2019-2024.

Bộ Nông nghiệp và Phát triển nông thôn (Thông tư 12/2019, amended by 08/2021, replaced by 17/2023, which 03/2024
amends), the Thủ tướng's Quyết định 263/QĐ-TTg approving the national new-countryside programme, and two provinces:
Nghệ An (UBND tỉnh's normative decisions `25/2020/QĐ-UBND` → amended `14/2022/QĐ-UBND` → replaced `30/2024/QĐ-UBND`,
non-normative `1520/QĐ-UBND`, Kế hoạch `145/KH-UBND` of 2022 AND of 2024 (numbering restarts every year), Công văn
`6120/UBND-NN`, Sở NN&PTNT's Hướng dẫn) and Quảng Ngãi (HĐND tỉnh's Nghị quyết 07/2022/NQ-HĐND with its Tờ trình and
Báo cáo thẩm tra, and its amendment 12/2023 with theirs; UBND tỉnh `10/2019/QĐ-UBND` → `22/2022/QĐ-UBND` (`hết hiệu
lực`) → amended `05/2024/QĐ-UBND`; a `1520/QĐ-UBND` of its own; a publication of expired texts; a Sở's Hướng dẫn).
Formats: .txt, `pdftotext -layout` output (.txt: two-column header, page footers, ids and dates broken across lines,
form feeds), two legal-portal .html pages with side tables of OTHER documents, one .md.

Usage: gen.py --out DIR [--key PATH] [--only f1,f2]      Python 3 standard library only. Deterministic.
"""
import argparse, json, os, zlib
from xml.sax.saxutils import escape

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------"
DOCS = []
KEY = {"as_of": "2026-11-26", "planted": [], "traps": [], "external": [], "collateral": [], "files": {}}


def add(fname, payload, kind="txt"):
    DOCS.append((fname, kind, payload))


def plant(rule, ids, files, what, contains=None, announces=False):
    p = {"rule": rule, "ids": ids, "files": files, "what": what}
    if contains:
        p["contains"] = contains
    if announces:
        p["announces"] = True
    KEY["planted"].append(p)


def trap(kind, ids, files, must_not, what, requires=None):
    t = {"kind": kind, "ids": ids, "files": files, "must_not": must_not, "what": what}
    if requires:
        t["requires_planted"] = requires
    KEY["traps"].append(t)


def ext(*ids):
    KEY["external"].extend(ids)


def tail(sign, noi):
    return "\n\n" + "\n".join(["Nơi nhận:"] + [f"- {x}" for x in noi]) + "\n\n" + sign + "\n\n(Đã ký)\n"


def state(org, num, place_date, kind, title, body, sign, noi=("Như Điều 3;", "Lưu: VT.")):
    """A plain .txt state document: issuer over the number, motto, place and date, kind, title."""
    return (f"{org}\n-------\nSố: {num}\n{MOTTO}\n{place_date}\n\n" + (f"{kind}\n{title}\n\n" if kind else f"{title}\n\n")
            + body.strip("\n") + tail(sign, list(noi)))


def col2(left, right, width=44):
    """Two columns as pdftotext -layout leaves them."""
    n = max(len(left), len(right))
    left, right = left + [""] * (n - len(left)), right + [""] * (n - len(right))
    return "\n".join(("    " + l.center(34)).ljust(width) + r.center(52) if r else "    " + l.center(34) for l, r in zip(left, right))


def pdf(left, right, body_pages, footer="Trang {n}/{m}"):
    """pdftotext -layout: header in two columns, body lines indented, a form feed and a footer per page."""
    m = len(body_pages)
    out = []
    for i, page in enumerate(body_pages, 1):
        text = ("\n" + col2(left, right) + "\n\n" if i == 1 else "") + "\n".join(
            ("        " + l) if l.strip() else "" for l in page.strip("\n").split("\n"))
        foot = footer.format(n=i, m=m) if footer else ""
        out.append(text + "\n\n" + " " * 70 + foot + "\n" if foot else text + "\n")
    return "\f".join(out)


# ----------------------------------------------------------------------------------------------------------- bodies
BNN = "BỘ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN"
UBNA = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN"
UBQN = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI"
HDQN = "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI"
SNA = "UBND TỈNH NGHỆ AN\nSỞ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN"
SQN = "UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN"
SIGN_UB = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
SIGN_BT = "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"


def build():
    ext("31/2018/QH14", "77/2015/QH13", "80/2015/QH13", "63/2020/QH14", "94/2019/NĐ-CP", "34/2016/NĐ-CP",
        "14/2015/TTLT-BNNPTNT-BNV", "318/QĐ-TTg", "21/2018/NQ-HĐND", "47/2019/QH14")

    # ============================================================ Bộ NN&PTNT: a chain of Thông tư
    add("b01_bnn_tt12_2019.txt", state(BNN, "12/2019/TT-BNNPTNT", "Hà Nội, ngày 15 tháng 8 năm 2019", "THÔNG TƯ",
        "Quy định về quản lý giống cây trồng nông nghiệp và vật liệu nhân giống", """
Căn cứ Luật Trồng trọt số 31/2018/QH14 ngày 19 tháng 11 năm 2018;
Theo đề nghị của Cục trưởng Cục Trồng trọt;
Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Thông tư quy định về quản lý giống cây trồng nông nghiệp
và vật liệu nhân giống.

Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về công bố lưu hành giống, tự công bố lưu hành giống và quản lý vật liệu nhân giống.

Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2019.
""", SIGN_BT, ("Văn phòng Chính phủ;", "UBND các tỉnh, thành phố trực thuộc TW;", "Lưu: VT, TT.")))

    add("b02_bnn_tt08_2021.txt", state(BNN, "08/2021/TT-BNNPTNT", "Hà Nội, ngày 20 tháng 5 năm 2021", "THÔNG TƯ",
        "Sửa đổi, bổ sung một số điều của Thông tư số 12/2019/TT-BNNPTNT ngày 15 tháng 8 năm 2019 của Bộ trưởng\n"
        "Bộ Nông nghiệp và Phát triển nông thôn quy định về quản lý giống cây trồng nông nghiệp", """
Căn cứ Luật Trồng trọt số 31/2018/QH14 ngày 19 tháng 11 năm 2018;
Căn cứ Nghị định số 94/2019/NĐ-CP ngày 13 tháng 12 năm 2019 của Chính phủ quy định chi tiết một số điều của Luật Trồng
trọt về giống cây trồng và canh tác;

Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 12/2019/TT-BNNPTNT
1. Sửa đổi khoản 2 Điều 5 như sau: "2. Hồ sơ tự công bố lưu hành giống nộp qua dịch vụ công trực tuyến."

Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 05 tháng 7 năm 2021.
""", SIGN_BT))

    add("b03_bnn_tt17_2023.txt", pdf(["BỘ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN", "-------", "Số: 17/2023/TT-BNNPTNT"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Hà Nội, ngày 10 tháng 11 năm 2023"], ["""
                              THÔNG TƯ
     Quy định về quản lý giống cây trồng nông nghiệp, vật liệu nhân giống
                    và chuỗi sản xuất giống an toàn

Căn cứ Luật Trồng trọt số 31/2018/QH14 ngày 19 tháng 11 năm 2018;
Căn cứ Nghị định số 94/2019/NĐ-CP ngày 13 tháng 12 năm 2019 của Chính phủ quy định
chi tiết một số điều của Luật Trồng trọt về giống cây trồng và canh tác;
Theo đề nghị của Cục trưởng Cục Trồng trọt;
Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Thông tư quy định về quản
lý giống cây trồng nông nghiệp, vật liệu nhân giống và chuỗi sản xuất giống an toàn.

Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về công bố lưu hành giống, tự công bố lưu hành giống, chuỗi sản
xuất giống an toàn và trách nhiệm của cơ quan quản lý nhà nước ở địa phương.
""", """
Điều 2. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2024.
2. Thông tư này thay thế Thông tư số 12/2019/TT-BNNPTNT ngày 15 tháng 8 năm 2019 của
Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn quy định về quản lý giống cây trồng
nông nghiệp và vật liệu nhân giống và Thông tư số 08/2021/TT-BNN-
PTNT ngày 20 tháng 5 năm 2021 sửa đổi, bổ sung một số điều của Thông tư số 12/2019/TT-
BNNPTNT.

Điều 3. Trách nhiệm thi hành
Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo Sở Nông nghiệp và Phát
triển nông thôn tổ chức thực hiện Thông tư này tại địa phương.

Nơi nhận:                                             KT. BỘ TRƯỞNG
- Văn phòng Chính phủ;                                  THỨ TRƯỞNG
- UBND các tỉnh, TP trực thuộc TW;
- Lưu: VT, TT.                                            (Đã ký)
"""]))
    # The truncated forms (`08/2021/TT-BNN`, `12/2019/TT`) were added after the first run: the scorer's id match did
    # not see a dangling note naming the cut id, which is exactly the failure this trap is about.
    trap("pdf-id-broken-across-lines", ["08/2021/TT-BNNPTNT", "12/2019/TT-BNNPTNT", "08/2021/TT-BNN", "12/2019/TT"], ["b03_bnn_tt17_2023.txt"],
         ["dangling", "metadata-conflict"],
         "`Thông tư số 08/2021/TT-BNN-\\nPTNT` and `12/2019/TT-\\nBNNPTNT` broken at line ends resolve to b02, b01")

    add("b04_bnn_tt03_2024.txt", state(BNN, "03/2024/TT-BNNPTNT", "Hà Nội, ngày 15 tháng 3 năm 2024", "THÔNG TƯ",
        "Sửa đổi, bổ sung một số điều của Thông tư số 17/2023/TT-BNNPTNT ngày 10 tháng 11 năm 2023 quy định về quản lý\n"
        "giống cây trồng nông nghiệp, vật liệu nhân giống và chuỗi sản xuất giống an toàn", """
Căn cứ Luật Trồng trọt số 31/2018/QH14 ngày 19 tháng 11 năm 2018;

Điều 1. Sửa đổi, bổ sung khoản 3 Điều 6 Thông tư số 17/2023/TT-BNNPTNT như sau:
"3. Giống tự công bố lưu hành được công khai trên Cổng thông tin điện tử của Cục Trồng trọt."

Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2024.
""", SIGN_BT))

    # ============================================================ Thủ tướng
    add("c01_ttg_qd263_2022.txt", pdf(["THỦ TƯỚNG CHÍNH PHỦ", "-------", "Số: 263/QĐ-TTg"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Hà Nội, ngày 22 tháng 02 năm 2022"], ["""
                             QUYẾT ĐỊNH
   Phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới
                       giai đoạn 2021 - 2025
                  ─────────────
                   THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số
điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng
11 năm 2019 (Luật số 47/2019/QH14);
Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn,

                              QUYẾT ĐỊNH:

Điều 1. Phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn
2021 - 2025 (sau đây gọi tắt là Chương trình) với các nội dung chủ yếu sau:
1. Mục tiêu: đến năm 2025 cả nước phấn đấu có ít nhất 80% số xã đạt chuẩn nông thôn
mới.
""", """
Điều 2. Tổ chức thực hiện
1. Bộ Nông nghiệp và Phát triển nông thôn là cơ quan chủ trì Chương trình; hướng dẫn
các địa phương triển khai thực hiện.
2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương ban hành kế hoạch thực
hiện Chương trình trên địa bàn; định kỳ báo cáo kết quả thực hiện.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

Nơi nhận:                                                KT. THỦ TƯỚNG
- Ban Bí thư Trung ương Đảng;                            PHÓ THỦ TƯỚNG
- Các Bộ, cơ quan ngang Bộ;
- HĐND, UBND các tỉnh, TP trực thuộc TW;                    (Đã ký)
- Lưu: VT, NN.
"""], footer="{n}"))
    trap("ttg-obligation-fulfilled", ["263/QĐ-TTg"], ["c01_ttg_qd263_2022.txt"], ["unmet-obligation"],
         "`Ủy ban nhân dân các tỉnh … ban hành kế hoạch thực hiện Chương trình`: Nghệ An's 145/KH-UBND (2022) and "
         "Quảng Ngãi's 1520/QĐ-UBND (a decision approving its plan) implement it")

    # ============================================================ NGHỆ AN
    add("na01_ubndna_qd25_2020.txt", pdf(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------", "Số: 25/2020/QĐ-UBND"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Nghệ An, ngày 10 tháng 9 năm 2020"], ["""
                              QUYẾT ĐỊNH
    Ban hành Quy định về quản lý giống cây trồng nông nghiệp trên địa bàn
                              tỉnh Nghệ An
                     ─────────────
                    ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 (Luật số 77/2015/
QH13);
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;
Căn cứ Thông tư số 12/2019/TT-BNNPTNT ngày 15 tháng 8 năm 2019 của Bộ trưởng Bộ Nông nghiệp
và Phát triển nông thôn quy định về quản lý giống cây trồng nông nghiệp và vật liệu nhân
giống;
Căn cứ Thông tư liên tịch số 14/2015/TTLT-BNNPTNT-BNV ngày 25 tháng 3 năm 2015 của Bộ Nông
nghiệp và Phát triển nông thôn và Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ
cấu tổ chức của Sở Nông nghiệp và Phát triển nông thôn;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 2150/TTr-
SNN ngày 20 tháng 8 năm 2020.
""", """
                              QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý giống cây trồng nông nghiệp
trên địa bàn tỉnh Nghệ An.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 9 năm 2020.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Chủ
tịch UBND các huyện, thành phố, thị xã chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                            CHỦ TỊCH
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NN.                                             (Đã ký)
"""]))
    trap("ttlt-joint-circular", ["14/2015/TTLT-BNNPTNT-BNV"], ["na01_ubndna_qd25_2020.txt"],
         ["metadata-conflict", "ambiguous-id", "duplicate-identity", "superseded-citation"],
         "a Thông tư liên tịch of two ministries (external): no identity with a corpus Thông tư, no issuer conflict")
    trap("totrinh-2150-of-so-not-qd", ["2150/TTr-SNN"], ["na01_ubndna_qd25_2020.txt"],
         ["metadata-conflict", "duplicate-identity", "temporal", "superseded-citation"],
         "Tờ trình 2150/TTr-SNN (NA Sở, 2020) is not Quảng Ngãi's 2150/QĐ-UBND of 2023 (broken `2150/TTr-\\nSNN`)")

    # na02: amends the Quy định kèm theo 25/2020, pdftotext; citing 12/2019 "as amended by" 08/2021 in one sentence;
    # a date broken across a page break with the page number between.
    add("na02_ubndna_qd14_2022.txt", pdf(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------", "Số: 14/2022/QĐ-UBND"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Nghệ An, ngày 15 tháng 3 năm 2022"], ["""
                              QUYẾT ĐỊNH
      Sửa đổi, bổ sung một số điều của Quy định về quản lý giống cây trồng
     nông nghiệp trên địa bàn tỉnh Nghệ An ban hành kèm theo Quyết định số
           25/2020/QĐ-UBND ngày 10/9/2020 của UBND tỉnh Nghệ An
                     ─────────────
                    ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ
sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày
22 tháng 11 năm 2019;
Căn cứ Thông tư số 12/2019/TT-BNNPTNT ngày 15/8/2019 của Bộ trưởng Bộ Nông nghiệp và Phát
triển nông thôn, được sửa đổi, bổ sung bởi Thông tư số 08/2021/TT-BNNPTNT ngày 20/5/2021;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.

                              QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số điều của Quy định về quản lý giống cây trồng nông nghiệp
trên địa bàn tỉnh Nghệ An ban hành kèm theo Quyết định số 25/2020/QĐ-UBND ngày 10 tháng 9
năm""", """
2020 của UBND tỉnh như sau:
1. Sửa đổi khoản 1 Điều 4 như sau: "1. Tổ chức, cá nhân sản xuất giống gửi thông báo
đến Sở Nông nghiệp và Phát triển nông thôn qua Cổng dịch vụ công của tỉnh."
2. Bãi bỏ khoản 3 Điều 7.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 3 năm 2022.

Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN
- Như Điều 2;                                          KT. CHỦ TỊCH
- Lưu: VT, NN.                                         PHÓ CHỦ TỊCH
                                                            (Đã ký)
"""], footer="{n}"))
    trap("amends-and-amended-one-sentence-2022", ["12/2019/TT-BNNPTNT", "08/2021/TT-BNNPTNT"], ["na02_ubndna_qd14_2022.txt"],
         ["superseded-citation", "temporal", "cycle", "inverse-inconsistency", "metadata-conflict"],
         "`Thông tư số 12/2019 …, được sửa đổi, bổ sung bởi Thông tư số 08/2021 …` (2022, before 17/2023 replaced both)")
    trap("date-split-by-page-number", ["25/2020/QĐ-UBND"], ["na02_ubndna_qd14_2022.txt"],
         ["metadata-conflict", "superseded-citation", "temporal", "dangling"],
         "`ngày 10 tháng 9\\nnăm` + footer `1` + form feed + `2020 của UBND tỉnh`: the date is 10/9/2020, not 1; "
         "amending 25/2020 in 2022 precedes its replacement (2024)")

    add("na03_ubndna_qd30_2024.html", "na03")  # written by write_portal below
    trap("portal-side-table-later-doc", ["6120/UBND-NN", "42/2024/QĐ-UBND"], ["na03_ubndna_qd30_2024.html"],
         ["temporal", "dangling", "superseded-citation"],
         "the portal's 'Văn bản liên quan' lists 6120/UBND-NN (12/8/2024) and 42/2024/QĐ-UBND (15/10/2024), later than "
         "the page's 30/2024/QĐ-UBND (20/5/2024): the portal's list, not the decision's citations")
    trap("portal-side-table-replaced-doc", ["12/2019/TT-BNNPTNT"], ["na03_ubndna_qd30_2024.html"],
         ["superseded-citation"],
         "the side table 'Văn bản căn cứ (hết hiệu lực)' lists 12/2019/TT-BNNPTNT; the decision itself rests on 17/2023")
    trap("portal-side-table-other-province", ["1520/QĐ-UBND"], ["na03_ubndna_qd30_2024.html"],
         ["metadata-conflict", "duplicate-identity", "superseded-citation", "temporal"],
         "the side table 'Văn bản cùng lĩnh vực' lists Quảng Ngãi's 1520/QĐ-UBND (20/10/2022)")
    trap("replacement-of-amended-and-amending", ["25/2020/QĐ-UBND", "14/2022/QĐ-UBND"], ["na03_ubndna_qd30_2024.html"],
         ["inverse-inconsistency", "superseded-citation", "temporal"],
         "`Quyết định này thay thế Quyết định số 25/2020/QĐ-UBND … và Quyết định số 14/2022/QĐ-UBND …` is one replacement")

    add("na04_ubndna_kh145_2022.txt", state(UBNA, "145/KH-UBND", "Nghệ An, ngày 05 tháng 4 năm 2022", "KẾ HOẠCH",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Nghệ An\n"
        "giai đoạn 2021 - 2025", """
Thực hiện Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia
xây dựng nông thôn mới giai đoạn 2021 - 2025; Quyết định số 1520/QĐ-UBND ngày 28/5/2021 của UBND tỉnh phê duyệt Đề án
phát triển giống cây trồng chủ lực, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các mục tiêu của Chương trình phù hợp điều kiện của tỉnh.

II. NHIỆM VỤ, GIẢI PHÁP
Kế hoạch gồm 04 nhóm nhiệm vụ, giải pháp chủ yếu sau:
1. Nâng cao chất lượng quy hoạch xã nông thôn mới.
2. Phát triển sản xuất gắn với chuỗi giá trị và chương trình OCOP.
3. Bảo vệ môi trường, cảnh quan nông thôn.
4. Nâng cao chất lượng đời sống văn hóa của người dân nông thôn.

III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, tổng hợp, báo cáo sơ kết việc thực hiện Quyết định số 263/QĐ-TTg
trên địa bàn tỉnh trước ngày 30/6/2023.
2. UBND các huyện, thành phố, thị xã ban hành kế hoạch thực hiện Kế hoạch này trên địa bàn trước ngày 30/5/2022.
3. Sở Tài chính bố trí kinh phí thực hiện theo quy định.
""", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", ("Bộ Nông nghiệp và PTNT;", "UBND các huyện, thành phố, thị xã;", "Lưu: VT, NN.")))
    plant("overdue-plan", ["263/QĐ-TTg"], ["na04_ubndna_kh145_2022.txt"],
          "III.1: Sở NN&PTNT's sơ kết (review) of 263/QĐ-TTg due 30/6/2023; no review in the corpus")
    plant("unmet-obligation", ["145/KH-UBND"], ["na04_ubndna_kh145_2022.txt"],
          "III.2: `UBND các huyện, thành phố, thị xã ban hành kế hoạch thực hiện Kế hoạch này`: no district plan",
          contains="huyện")
    KEY["collateral"].append({"rule": "overdue-plan", "ids": ["145/KH-UBND"], "files": ["na04_ubndna_kh145_2022.txt"],
                              "what": "III.2 as a task: the districts' plans announced for 30/5/2022 (the planted unmet obligation, seen twice)"})
    trap("count-04-matches", ["145/KH-UBND"], ["na04_ubndna_kh145_2022.txt"], ["count-mismatch"],
         "`gồm 04 nhóm nhiệm vụ` then four items")
    trap("own-province-1520-2021", ["1520/QĐ-UBND"], ["na04_ubndna_kh145_2022.txt"],
         ["metadata-conflict", "temporal", "dangling", "superseded-citation"],
         "Nghệ An's 1520/QĐ-UBND of 28/5/2021 (na10), not Quảng Ngãi's of 20/10/2022; cited in 2022 before NA repealed it (2023)")

    add("na05_ubndna_kh145_2024.txt", state(UBNA, "145/KH-UBND", "Nghệ An, ngày 08 tháng 3 năm 2024", "KẾ HOẠCH",
        "Triển khai thực hiện Thông tư số 17/2023/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn", """
Thực hiện Thông tư số 17/2023/TT-BNNPTNT ngày 10/12/2023 của Bộ Nông nghiệp và Phát triển nông thôn quy định về quản
lý giống cây trồng nông nghiệp, vật liệu nhân giống và chuỗi sản xuất giống an toàn, UBND tỉnh ban hành Kế hoạch
triển khai như sau:

1. Sở Nông nghiệp và Phát triển nông thôn tham mưu UBND tỉnh ban hành Quyết định thay thế Quyết định số
25/2020/QĐ-UBND ngày 10/9/2020 trong Quý II/2024.
2. Tổ chức tập huấn cho các cơ sở sản xuất giống: Quý III/2024.
""", SIGN_UB))
    plant("metadata-conflict", ["17/2023/TT-BNNPTNT"], ["na05_ubndna_kh145_2024.txt"],
          "cites 17/2023/TT-BNNPTNT as of 10/12/2023; its header (b03, pdftotext) says 10/11/2023")
    trap("same-number-next-year", ["145/KH-UBND"], ["na05_ubndna_kh145_2024.txt", "na04_ubndna_kh145_2022.txt"],
         ["duplicate-identity", "ambiguous-id"],
         "Kế hoạch numbering restarts every 1 January: 145/KH-UBND of 2022 and of 2024 are two documents")
    trap("planned-replacement-fulfilled", ["25/2020/QĐ-UBND"], ["na05_ubndna_kh145_2024.txt"], ["overdue-plan", "superseded-citation"],
         "row 1: replacement of 25/2020 due Quý II/2024, done by 30/2024/QĐ-UBND (20/5/2024)")

    add("na06_ubndna_cv6120_2024.txt", state(UBNA, "6120/UBND-NN\nV/v tăng cường quản lý giống cây trồng vụ Đông 2024",
        "Nghệ An, ngày 12 tháng 8 năm 2024", "", "Kính gửi:\n- Sở Nông nghiệp và Phát triển nông thôn;\n"
        "- UBND các huyện, thành phố, thị xã.", """
Thực hiện Quyết định số 25/2020/QĐ-UBND ngày 10/9/2020 của UBND tỉnh ban hành Quy định về quản lý giống cây trồng
nông nghiệp trên địa bàn tỉnh và Kế hoạch số 145/KH-UBND ngày 05/4/2022 của UBND tỉnh, để chủ động nguồn giống cho
vụ Đông năm 2024, UBND tỉnh yêu cầu:

1. Sở Nông nghiệp và Phát triển nông thôn kiểm tra các cơ sở sản xuất, kinh doanh giống; xử lý nghiêm vi phạm theo
quy định tại khoản 4 Điều 154 Luật số 80/2015/QH13 và Thông tư số 17/2023/TT-BNNPTNT ngày 10/11/2023.
2. UBND các huyện, thành phố, thị xã chỉ đạo các xã rà soát nhu cầu giống, báo cáo trước ngày 30/8/2024.
""", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ("Như trên;", "Lưu: VT, NN.")))
    plant("superseded-citation", ["25/2020/QĐ-UBND"], ["na06_ubndna_cv6120_2024.txt"],
          "Công văn of 12/8/2024 `Thực hiện Quyết định số 25/2020/QĐ-UBND`; replaced by 30/2024/QĐ-UBND (20/5/2024, in force 01/6/2024)")
    trap("plan-of-2022-by-date", ["145/KH-UBND"], ["na06_ubndna_cv6120_2024.txt"],
         ["ambiguous-id", "temporal", "metadata-conflict", "duplicate-identity"],
         "`Kế hoạch số 145/KH-UBND ngày 05/4/2022` is the 2022 plan by its date; the 2024 one is another text")
    trap("law-article-number", ["154/2015", "80/2015/QH13"], ["na06_ubndna_cv6120_2024.txt"],
         ["metadata-conflict", "temporal", "superseded-citation", "ambiguous-id"],
         "`khoản 4 Điều 154 Luật số 80/2015/QH13`: 154 is an article, not a number of a document")

    add("na07_snnna_hd1250_2024.md", """# SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NGHỆ AN

**Số: 1250/HD-SNN** | Nghệ An, ngày 05 tháng 3 năm 2024

## HƯỚNG DẪN
### Tự công bố lưu hành giống cây trồng trên địa bàn tỉnh

Thực hiện Quyết định số 30/2024/QĐ-UBND ngày 20/5/2024 của UBND tỉnh ban hành Quy định về quản lý giống cây trồng
nông nghiệp trên địa bàn tỉnh Nghệ An, Sở Nông nghiệp và Phát triển nông thôn hướng dẫn như sau:

1. **Hồ sơ**: theo mẫu tại Phụ lục II Thông tư số 17/2023/TT-BNNPTNT ngày 10/11/2023 của Bộ trưởng Bộ Nông nghiệp
   và Phát triển nông thôn (được sửa đổi tại Thông tư số 03/2024/TT-BNNPTNT).
2. **Tiêu chuẩn**: giống lúa khảo nghiệm theo QCVN 01-55:2011/BNNPTNT.
3. **Thời gian giải quyết**: 05 ngày làm việc.

| Nơi nhận | |
|---|---|
| - UBND các huyện, thành phố, thị xã; | **KT. GIÁM ĐỐC** |
| - Lưu: VT, TT. | **PHÓ GIÁM ĐỐC** |
""", "md")
    plant("temporal", ["30/2024/QĐ-UBND"], ["na07_snnna_hd1250_2024.md"],
          "guidance of 05/3/2024 `Thực hiện Quyết định số 30/2024/QĐ-UBND ngày 20/5/2024` (na03 is dated 20/5/2024)")
    trap("md-standard-code", ["01-55:2011/BNNPTNT"], ["na07_snnna_hd1250_2024.md"],
         ["metadata-conflict", "temporal", "superseded-citation", "duplicate-identity", "ambiguous-id"],
         "`QCVN 01-55:2011/BNNPTNT` is a technical regulation's code, not a Thông tư")

    # na08 (pdftotext): an amendment of the Quy định of 25/2020 AFTER 30/2024 replaced it
    add("na08_ubndna_qd42_2024.txt", pdf(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "-------", "Số: 42/2024/QĐ-UBND"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Nghệ An, ngày 15 tháng 10 năm 2024"], ["""
                              QUYẾT ĐỊNH
   Sửa đổi, bổ sung Điều 9 Quy định về quản lý giống cây trồng nông nghiệp
             trên địa bàn tỉnh Nghệ An ban hành kèm theo Quyết định số
                 25/2020/QĐ-UBND ngày 10/9/2020 của UBND tỉnh
                     ─────────────
                    ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Thông tư số 17/2023/TT-BNNPTNT ngày 10/11/2023 của Bộ trưởng Bộ Nông nghiệp và
Phát triển nông thôn;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.

                              QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Điều 9 Quy định ban hành kèm theo Quyết định số 25/2020/QĐ-
UBND ngày 10 tháng 9 năm 2020 của UBND tỉnh như sau:
"Điều 9. Trách nhiệm của UBND cấp huyện: tổng hợp nhu cầu giống hằng vụ."
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 10 năm 2024.
""", """
Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN
- Như Điều 2;                                          KT. CHỦ TỊCH
- Lưu: VT, NN.                                         PHÓ CHỦ TỊCH
                                                            (Đã ký)
"""]))
    plant("superseded-citation", ["25/2020/QĐ-UBND"], ["na08_ubndna_qd42_2024.txt"],
          "15/10/2024 amends the Quy định of 25/2020/QĐ-UBND, which 30/2024/QĐ-UBND replaced on 20/5/2024 "
          "(an amendment of a replaced text; inverse-inconsistency would be as good)")

    add("na09_ubndna_qd980_2023.txt", state(UBNA, "980/QĐ-UBND", "Nghệ An, ngày 10 tháng 4 năm 2023", "QUYẾT ĐỊNH",
        "Về việc bãi bỏ Quyết định số 1520/QĐ-UBND ngày 28/5/2021 của UBND tỉnh", """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn,

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Quyết định số 1520/QĐ-UBND ngày 28/5/2021 của UBND tỉnh phê duyệt Đề án phát triển giống cây trồng
chủ lực tỉnh Nghệ An giai đoạn 2021 - 2025, do các nội dung đã được lồng ghép vào Kế hoạch số 145/KH-UBND ngày
05/4/2022.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", "CHỦ TỊCH"))

    add("na10_ubndna_qd1520_2021.txt", state(UBNA, "1520/QĐ-UBND", "Nghệ An, ngày 28 tháng 5 năm 2021", "QUYẾT ĐỊNH",
        "Phê duyệt Đề án phát triển giống cây trồng chủ lực tỉnh Nghệ An giai đoạn 2021 - 2025", """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Quyết định số 25/2020/QĐ-UBND ngày 10/9/2020 của UBND tỉnh;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án phát triển giống cây trồng chủ lực tỉnh Nghệ An giai đoạn 2021 - 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", "CHỦ TỊCH"))

    add("na11_snnna_bc310_2024.txt", state(SNA, "310/BC-SNN", "Nghệ An, ngày 20 tháng 11 năm 2024", "BÁO CÁO",
        "Kết quả quản lý giống cây trồng năm 2024", """
Kính gửi: Ủy ban nhân dân tỉnh.

Thực hiện Quyết định số 30/2024/QĐ-UBND ngày 20 tháng 5 năm 2024 của UBND tỉnh và Công văn số 6120/UBND-NN ngày
12/8/2024 của UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn báo cáo như sau:

1. Trước ngày 01/6/2024, các cơ sở thực hiện theo Quy định ban hành kèm theo Quyết định số 25/2020/QĐ-UBND (đã hết
hiệu lực); từ ngày 01/6/2024 thực hiện theo Quyết định số 30/2024/QĐ-UBND.
2. Đã kiểm tra 112 cơ sở, xử phạt 09 cơ sở.
""", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", ("Như trên;", "Lưu: VT, TT.")))
    trap("report-names-expired-text", ["25/2020/QĐ-UBND"], ["na11_snnna_bc310_2024.txt"], ["superseded-citation"],
         "a report saying the old Quy định was followed before 01/6/2024 `(đã hết hiệu lực)`: a narrative mention")
    trap("report-cites-current", ["30/2024/QĐ-UBND", "6120/UBND-NN"], ["na11_snnna_bc310_2024.txt"],
         ["temporal", "metadata-conflict", "dangling"], "both cited with their own dates, earlier than 20/11/2024")

    add("na12_ubndna_cv2050_2023.txt", state(UBNA, "2050/UBND-NN\nV/v lồng ghép Đề án giống vào Kế hoạch 145",
        "Nghệ An, ngày 20 tháng 4 năm 2023", "", "Kính gửi: Sở Nông nghiệp và Phát triển nông thôn.", """
Căn cứ Quyết định số 980/QĐ-UBND ngày 10/4/2023 của Chủ tịch UBND tỉnh bãi bỏ Quyết định số 1520/QĐ-UBND ngày
28/5/2021, UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn lồng ghép các nội dung của Đề án vào Kế hoạch số
145/KH-UBND ngày 05/4/2022.
""", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ("Như trên;", "Lưu: VT.")))
    trap("names-repealed-in-repeal-clause", ["1520/QĐ-UBND"], ["na12_ubndna_cv2050_2023.txt"], ["superseded-citation"],
         "`Quyết định số 980/QĐ-UBND … bãi bỏ Quyết định số 1520/QĐ-UBND`: names the repealed text as the repeal's object")

    # ============================================================ QUẢNG NGÃI
    add("qn01_ubndqn_qd10_2019.txt", state(UBQN, "10/2019/QĐ-UBND", "Quảng Ngãi, ngày 22 tháng 3 năm 2019", "QUYẾT ĐỊNH",
        "Ban hành Quy định chính sách hỗ trợ sản xuất giống cây trồng trên địa bàn tỉnh Quảng Ngãi", """
ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị quyết số 21/2018/NQ-HĐND ngày 07/12/2018 của HĐND tỉnh;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chính sách hỗ trợ sản xuất giống cây trồng trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 4 năm 2019.
""", SIGN_UB))

    add("qn02_ubndqn_ttr98_2022.txt", state(UBQN, "98/TTr-UBND", "Quảng Ngãi, ngày 20 tháng 6 năm 2022", "TỜ TRÌNH",
        "Dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp tỉnh Quảng Ngãi", """
Kính gửi: Hội đồng nhân dân tỉnh Quảng Ngãi.

Thực hiện Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015, được sửa đổi, bổ sung bởi Luật số
63/2020/QH14, Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, ban hành Nghị quyết quy định chính sách
hỗ trợ phát triển sản xuất nông nghiệp, thay thế Nghị quyết số 21/2018/NQ-HĐND ngày 07/12/2018 của HĐND tỉnh.
""", SIGN_UB, ("Thường trực HĐND tỉnh;", "Các Ban HĐND tỉnh;", "Lưu: VT, KTN.")))
    trap("totrinh-proposes-replacement", ["21/2018/NQ-HĐND"], ["qn02_ubndqn_ttr98_2022.txt"],
         ["superseded-citation", "inverse-inconsistency", "overdue-plan"],
         "the Tờ trình only proposes (`kính trình … xem xét, ban hành … thay thế`); the council did it (07/2022)")

    add("qn03_hdndqn_bc45_2022.txt", state("HĐND TỈNH QUẢNG NGÃI\nBAN KINH TẾ - NGÂN SÁCH", "45/BC-KTNS",
        "Quảng Ngãi, ngày 10 tháng 7 năm 2022", "BÁO CÁO THẨM TRA",
        "Dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp", """
Kính gửi: Hội đồng nhân dân tỉnh.

Thực hiện sự phân công của Thường trực HĐND tỉnh, Ban Kinh tế - Ngân sách thẩm tra Tờ trình số 98/TTr-UBND ngày
20/6/2022 của UBND tỉnh. Ban thống nhất việc ban hành Nghị quyết thay thế Nghị quyết số 21/2018/NQ-HĐND, đề nghị
HĐND tỉnh xem xét, thông qua.
""", "TM. BAN KINH TẾ - NGÂN SÁCH\nTRƯỞNG BAN", ("Thường trực HĐND tỉnh;", "Lưu: VT.")))
    trap("tham-tra-agrees", ["21/2018/NQ-HĐND", "98/TTr-UBND"], ["qn03_hdndqn_bc45_2022.txt"],
         ["superseded-citation", "inverse-inconsistency", "temporal", "dangling"],
         "a Báo cáo thẩm tra agrees with the proposed replacement; the Tờ trình resolves to qn02")

    add("qn04_hdndqn_nq07_2022.txt", state(HDQN, "07/2022/NQ-HĐND", "Quảng Ngãi, ngày 15 tháng 7 năm 2022", "NGHỊ QUYẾT",
        "Quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp tỉnh Quảng Ngãi", """
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI
KHÓA XIII, KỲ HỌP THỨ 9

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét Tờ trình số 98/TTr-UBND ngày 20 tháng 6 năm 2022 của UBND tỉnh; Báo cáo thẩm tra số 45/BC-KTNS ngày 10/7/2022
của Ban Kinh tế - Ngân sách HĐND tỉnh; ý kiến thảo luận của đại biểu HĐND tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Chính sách hỗ trợ: hỗ trợ 50% chi phí mua giống lúa xác nhận cho hộ sản xuất.
Điều 2. Tổ chức thực hiện
1. Giao UBND tỉnh quy định chi tiết và tổ chức thực hiện Nghị quyết này.
2. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2022 và thay thế Nghị quyết số 21/2018/NQ-HĐND ngày 07 tháng 12
năm 2018 của HĐND tỉnh.
""", "CHỦ TỊCH", ("Ủy ban Thường vụ Quốc hội;", "Lưu: VT.")))
    trap("council-obligation-fulfilled", ["07/2022/NQ-HĐND"], ["qn04_hdndqn_nq07_2022.txt"], ["unmet-obligation"],
         "`Giao UBND tỉnh quy định chi tiết`: 22/2022/QĐ-UBND (qn05) does")
    trap("totrinh-thamtra-answered", ["98/TTr-UBND", "45/BC-KTNS"], ["qn04_hdndqn_nq07_2022.txt"],
         ["dangling", "temporal", "metadata-conflict"], "both resolve to qn02, qn03 with their own dates")

    # qn05 (pdftotext): Quy định detailing 07/2022; `hết hiệu lực` of 10/2019; a planned amendment fulfilled late
    add("qn05_ubndqn_qd22_2022.txt", pdf(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------", "Số: 22/2022/QĐ-UBND"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Quảng Ngãi, ngày 05 tháng 8 năm 2022"], ["""
                              QUYẾT ĐỊNH
   Ban hành Quy định chi tiết thực hiện Nghị quyết số 07/2022/NQ-HĐND ngày
       15/7/2022 của HĐND tỉnh quy định chính sách hỗ trợ phát triển sản
                 xuất nông nghiệp tỉnh Quảng Ngãi
                     ─────────────
                  ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số
điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;
Căn cứ Nghị quyết số 07/2022/NQ-HĐND ngày 15 tháng 7 năm 2022 của Hội đồng nhân dân
tỉnh;

                              QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chi tiết thực hiện Nghị quyết số 07/2022/
NQ-HĐND.
""", """
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực kể từ ngày 15 tháng 8 năm 2022.
2. Quyết định số 10/2019/QĐ-UBND ngày 22 tháng 3 năm 2019 của UBND tỉnh ban hành Quy định
chính sách hỗ trợ sản xuất giống cây trồng hết hiệu lực kể từ ngày Quyết định này có hiệu
lực thi hành.
Điều 3. Tổ chức thực hiện
Sở Nông nghiệp và Phát triển nông thôn rà soát, tham mưu UBND tỉnh sửa đổi, bổ sung Quy
định ban hành kèm theo Quyết định này trước ngày 31/12/2023.
""", """
Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                          KT. CHỦ TỊCH
- Lưu: VT, KTN.                                        PHÓ CHỦ TỊCH
                                                            (Đã ký)
"""]))
    trap("planned-amendment-fulfilled-late", ["22/2022/QĐ-UBND"], ["qn05_ubndqn_qd22_2022.txt"], ["overdue-plan"],
         "amendment due 31/12/2023, done by 05/2024/QĐ-UBND on 25/01/2024: late, but fulfilled as of 2026")
    trap("id-broken-07-2022", ["07/2022/NQ-HĐND", "07/2022/NQ"], ["qn05_ubndqn_qd22_2022.txt", "qn07_ubndqn_qd2150a_2023.txt"],
         ["dangling", "metadata-conflict"],
         "`Nghị quyết số 07/2022/\\nNQ-HĐND` (qn05) and `07/2022/NQ-\\nHĐND` in qn07's table cell, broken at line ends, resolve "
         "to qn04 (`07/2022/NQ` added after the first run, as above)")

    add("qn06_ubndqn_qd1520_2022.txt", state(UBQN, "1520/QĐ-UBND", "Quảng Ngãi, ngày 20 tháng 10 năm 2022", "QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Quảng Ngãi\n"
        "giai đoạn 2021 - 2025", """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu
quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;
Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn
mới giai đoạn 2021 - 2025;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Quảng Ngãi giai đoạn
2021 - 2025 (kèm theo Kế hoạch chi tiết).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", "CHỦ TỊCH"))

    # qn07 (pdftotext): a publication of texts that expired in 2022-2023 (a list; it repeals nothing)
    add("qn07_ubndqn_qd2150a_2023.txt", pdf(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------", "Số: 2150/QĐ-UBND"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Quảng Ngãi, ngày 12 tháng 10 năm 2023"], ["""
                              QUYẾT ĐỊNH
     Công bố Danh mục văn bản quy phạm pháp luật của HĐND, UBND tỉnh
      hết hiệu lực toàn bộ hoặc một phần trong năm 2022 và 9 tháng năm 2023
                     ─────────────
               CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ, được sửa đổi,
bổ sung bởi Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020;

                              QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 02 văn bản quy phạm pháp luật hết hiệu
lực toàn bộ.
""", """
                                 DANH MỤC
          VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC TOÀN BỘ
    (Ban hành kèm theo Quyết định số 2150/QĐ-UBND ngày 12/10/2023 của Chủ tịch UBND tỉnh)

 STT  Tên loại, số, ký hiệu; ngày tháng    Tên gọi của văn      Lý do hết hiệu lực        Ngày hết
      năm ban hành                         bản                                            hiệu lực
 1    Nghị quyết số 21/2018/NQ-HĐND        Chính sách hỗ trợ    Được thay thế bởi Nghị     01/8/2022
      ngày 07/12/2018                      sản xuất nông        quyết số 07/2022/NQ-
                                           nghiệp               HĐND ngày 15/7/2022
 2    Quyết định số 10/2019/QĐ-UBND        Quy định chính       Được thay thế bởi Quyết    15/8/2022
      ngày 22/3/2019                       sách hỗ trợ sản      định số 22/2022/QĐ-UBND
                                           xuất giống           ngày 05/8/2022
""", """
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:                                                   CHỦ TỊCH
- Bộ Tư pháp (Cục Kiểm tra VBQPPL);
- Lưu: VT, NC.                                              (Đã ký)
"""]))
    trap("published-list-of-expired-texts", ["10/2019/QĐ-UBND", "21/2018/NQ-HĐND"], ["qn07_ubndqn_qd2150a_2023.txt"],
         ["superseded-citation", "inverse-inconsistency"],
         "a Quyết định công bố lists texts that already expired (replaced in 2022); it neither rests on nor repeals them")
    trap("nd34-as-amended", ["34/2016/NĐ-CP", "154/2020/NĐ-CP"], ["qn07_ubndqn_qd2150a_2023.txt"],
         ["cycle", "temporal", "superseded-citation", "inverse-inconsistency"],
         "`Nghị định số 34/2016/NĐ-CP …, được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP` in one sentence")

    add("qn08_ubndqn_qd2150b_2023.txt", state(UBQN, "2150/QĐ-UBND", "Quảng Ngãi, ngày 25 tháng 10 năm 2023", "QUYẾT ĐỊNH",
        "Công nhận xã đạt chuẩn nông thôn mới năm 2023", """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;
Căn cứ Quyết định số 1520/QĐ-UBND ngày 20/10/2022 của Chủ tịch UBND tỉnh;

QUYẾT ĐỊNH:

Điều 1. Công nhận 12 xã đạt chuẩn nông thôn mới năm 2023.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", "CHỦ TỊCH"))
    plant("duplicate-identity", ["2150/QĐ-UBND"], ["qn07_ubndqn_qd2150a_2023.txt", "qn08_ubndqn_qd2150b_2023.txt"],
          "UBND tỉnh Quảng Ngãi numbered two decisions 2150/QĐ-UBND in one year (12/10/2023 and 25/10/2023)")
    trap("own-province-1520-after-other-province-repealed", ["1520/QĐ-UBND"], ["qn08_ubndqn_qd2150b_2023.txt"],
         ["superseded-citation", "metadata-conflict", "dangling"],
         "Quảng Ngãi's own 1520/QĐ-UBND (20/10/2022); Nghệ An repealed ITS 1520/QĐ-UBND on 10/4/2023")

    add("qn09_ubndqn_kh75_2023.txt", state(UBQN, "75/KH-UBND", "Quảng Ngãi, ngày 10 tháng 5 năm 2023", "KẾ HOẠCH",
        "Phát triển giống cây trồng chất lượng cao năm 2023", """
Căn cứ Quyết định số 22/2022/QĐ-UBND ngày 05/8/2022 của UBND tỉnh; Hướng dẫn số 1850/HD-SNNPTNT ngày 10/5/2023 của
Sở Nông nghiệp và Phát triển nông thôn, UBND tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ
Năm 2023 tập trung thực hiện tốt các nhiệm vụ trọng tâm, gồm 05 nhiệm vụ sau:
1. Sản xuất 1.200 tấn giống lúa xác nhận.
2. Xây dựng 03 chuỗi sản xuất giống an toàn.
3. Hỗ trợ cơ sở sản xuất giống chuyển đổi số.
4. Kiểm tra chất lượng giống lưu thông trên thị trường.

II. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Phát triển nông thôn chủ trì, hướng dẫn thực hiện Kế hoạch này.
""", SIGN_UB))
    plant("count-mismatch", ["75/KH-UBND"], ["qn09_ubndqn_kh75_2023.txt"], "`gồm 05 nhiệm vụ sau:` then four items")

    add("qn10_snnqn_hd1850_2023.txt", state(SQN, "1850/HD-SNNPTNT", "Quảng Ngãi, ngày 10 tháng 5 năm 2023", "HƯỚNG DẪN",
        "Thực hiện Kế hoạch phát triển giống cây trồng chất lượng cao năm 2023", """
Thực hiện Kế hoạch số 75/KH-UBND ngày 10/5/2023 của UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn hướng dẫn
các địa phương như sau:
1. UBND các huyện, thị xã đăng ký nhu cầu giống trước ngày 31/5/2023.
2. Trung tâm Giống cây trồng tỉnh cung ứng giống theo đăng ký.
""", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", ("UBND các huyện, thị xã;", "Lưu: VT, TT.")))
    plant("cycle", ["75/KH-UBND", "1850/HD-SNNPTNT"], ["qn09_ubndqn_kh75_2023.txt", "qn10_snnqn_hd1850_2023.txt"],
          "the plan rests on the Sở's guidance, which carries out the plan (both 10/5/2023)")

    add("qn11_ubndqn_cv4120_2023.txt", state(UBQN, "4120/UBND-KTN\nV/v hỗ trợ giống lúa vụ Hè Thu 2023",
        "Quảng Ngãi, ngày 20 tháng 9 năm 2023", "", "Kính gửi:\n- Sở Nông nghiệp và Phát triển nông thôn;\n"
        "- Sở Tài chính;\n- UBND các huyện, thị xã, thành phố.", """
Căn cứ Quyết định số 10/2019/QĐ-UBND ngày 22/3/2019 của UBND tỉnh ban hành Quy định chính sách hỗ trợ sản xuất giống
cây trồng; Quyết định số 1520/QĐ-UBND ngày 20/10/2022 của Chủ tịch UBND tỉnh, UBND tỉnh có ý kiến như sau:

1. Giao Sở Tài chính thẩm định, cấp kinh phí hỗ trợ giống lúa vụ Hè Thu 2023 cho các huyện.
2. Sở Nông nghiệp và Phát triển nông thôn kiểm tra việc sử dụng giống được hỗ trợ.
""", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ("Như trên;", "Lưu: VT, KTN.")))
    plant("superseded-citation", ["10/2019/QĐ-UBND"], ["qn11_ubndqn_cv4120_2023.txt"],
          "Công văn of 20/9/2023 `Căn cứ Quyết định số 10/2019/QĐ-UBND`; it expired on 15/8/2022 (replaced by 22/2022/QĐ-UBND)")
    trap("own-1520-cited-in-2023", ["1520/QĐ-UBND"], ["qn11_ubndqn_cv4120_2023.txt"],
         ["superseded-citation", "metadata-conflict", "temporal"],
         "Quảng Ngãi's 1520/QĐ-UBND of 20/10/2022 (qn06), not Nghệ An's repealed one")

    add("qn12_ubndqn_qd05_2024.html", "qn12")
    plant("metadata-conflict", ["17/2023/TT-BNNPTNT"], ["qn12_ubndqn_qd05_2024.html"],
          "cites 17/2023/TT-BNNPTNT `của Bộ trưởng Bộ Tài chính`; it is the Minister of Agriculture's (b03)")
    trap("portal-side-table-amended-and-expired", ["10/2019/QĐ-UBND", "21/2018/NQ-HĐND"], ["qn12_ubndqn_qd05_2024.html"],
         ["superseded-citation", "inverse-inconsistency"],
         "the side table 'Lược đồ / Văn bản hết hiệu lực liên quan' lists 10/2019/QĐ-UBND and 21/2018/NQ-HĐND")
    trap("amends-quy-dinh-kem-theo", ["22/2022/QĐ-UBND"], ["qn12_ubndqn_qd05_2024.html"],
         ["superseded-citation", "dangling", "temporal"],
         "`sửa đổi … Quy định ban hành kèm theo Quyết định số 22/2022/QĐ-UBND`: amends a text in force")
    trap("portal-side-later", ["512/SNNPTNT-TT", "40/KH-UBND"], ["qn12_ubndqn_qd05_2024.html"], ["temporal"],
         "the side table 'Văn bản liên quan' lists 512/SNNPTNT-TT (20/02/2024) and 40/KH-UBND (15/4/2024), later than the page's 25/01/2024")

    add("qn13_ubndqn_ttr210_2023.txt", state(UBQN, "210/TTr-UBND", "Quảng Ngãi, ngày 20 tháng 11 năm 2023", "TỜ TRÌNH",
        "Dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 07/2022/NQ-HĐND", """
Kính gửi: Hội đồng nhân dân tỉnh Quảng Ngãi.

Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, sửa đổi Điều 1 Nghị quyết số 07/2022/NQ-HĐND ngày
15/7/2022 của HĐND tỉnh, nâng mức hỗ trợ giống lúa xác nhận lên 70%.
""", SIGN_UB, ("Thường trực HĐND tỉnh;", "Lưu: VT, KTN.")))
    add("qn14_hdndqn_bc88_2023.txt", state("HĐND TỈNH QUẢNG NGÃI\nBAN KINH TẾ - NGÂN SÁCH", "88/BC-KTNS",
        "Quảng Ngãi, ngày 05 tháng 12 năm 2023", "BÁO CÁO THẨM TRA",
        "Dự thảo Nghị quyết sửa đổi, bổ sung Nghị quyết số 07/2022/NQ-HĐND", """
Kính gửi: Hội đồng nhân dân tỉnh.

Ban Kinh tế - Ngân sách đã thẩm tra Tờ trình số 210/TTr-UBND ngày 20/11/2023 của UBND tỉnh và thống nhất trình HĐND
tỉnh xem xét, thông qua.
""", "TM. BAN KINH TẾ - NGÂN SÁCH\nTRƯỞNG BAN", ("Thường trực HĐND tỉnh;", "Lưu: VT.")))
    add("qn15_hdndqn_nq12_2023.txt", state(HDQN, "12/2023/NQ-HĐND", "Quảng Ngãi, ngày 20 tháng 12 năm 2023", "NGHỊ QUYẾT",
        "Sửa đổi, bổ sung Điều 1 Nghị quyết số 07/2022/NQ-HĐND ngày 15 tháng 7 năm 2022 của HĐND tỉnh", """
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI
KHÓA XIII, KỲ HỌP THỨ 19

Xét Tờ trình số 210/TTr-UBND ngày 20 tháng 11 năm 2023 của UBND tỉnh; Báo cáo thẩm tra số 88/BC-KTNS ngày 05/12/2023
của Ban Kinh tế - Ngân sách HĐND tỉnh.

QUYẾT NGHỊ:

Điều 1. Sửa đổi Điều 1 Nghị quyết số 07/2022/NQ-HĐND như sau: "Điều 1. Hỗ trợ 70% chi phí mua giống lúa xác nhận."
Điều 2. Giao UBND tỉnh sửa đổi Quy định chi tiết cho phù hợp. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2024.
""", "CHỦ TỊCH", ("Ủy ban Thường vụ Quốc hội;", "Lưu: VT.")))
    trap("council-amendment-chain", ["07/2022/NQ-HĐND", "210/TTr-UBND", "88/BC-KTNS"], ["qn15_hdndqn_nq12_2023.txt"],
         ["superseded-citation", "dangling", "temporal", "metadata-conflict"],
         "amends 07/2022 (in force); answers Tờ trình 210 and Báo cáo thẩm tra 88 with their dates")
    trap("totrinh-210-two-provinces", ["210/TTr-UBND"], ["qn14_hdndqn_bc88_2023.txt"],
         ["dangling", "metadata-conflict", "duplicate-identity"], "Quảng Ngãi's 210/TTr-UBND (qn13)")

    add("qn16_ubndqn_kh40_2024.txt", state(UBQN, "40/KH-UBND", "Quảng Ngãi, ngày 15 tháng 4 năm 2024", "KẾ HOẠCH",
        "Sản xuất và cung ứng giống cây trồng năm 2024", """
Căn cứ Thông tư số 12/2019/TT-BNNPTNT ngày 15/8/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn quy định
về quản lý giống cây trồng nông nghiệp và vật liệu nhân giống;
Căn cứ Thông tư số 17/2023/TT-BNNPTNT ngày 10/11/2023 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, được
sửa đổi, bổ sung bởi Thông tư số 03/2024/TT-BNNPTNT ngày 15/3/2024;
Căn cứ Quyết định số 22/2022/QĐ-UBND ngày 05/8/2022 của UBND tỉnh, được sửa đổi, bổ sung bởi Quyết định số
05/2024/QĐ-UBND ngày 25/01/2024,

UBND tỉnh ban hành Kế hoạch sản xuất và cung ứng giống cây trồng năm 2024:
1. Sản xuất 1.500 tấn giống lúa xác nhận.
2. UBND các huyện, thị xã, thành phố xây dựng kế hoạch cung ứng giống của địa phương; thời gian: Thường xuyên.
""", SIGN_UB))
    plant("superseded-citation", ["12/2019/TT-BNNPTNT"], ["qn16_ubndqn_kh40_2024.txt"],
          "plan of 15/4/2024 `Căn cứ Thông tư số 12/2019/TT-BNNPTNT`; replaced by 17/2023/TT-BNNPTNT (10/11/2023, in force 01/01/2024)")
    trap("amends-and-amended-one-sentence-2024", ["17/2023/TT-BNNPTNT", "03/2024/TT-BNNPTNT", "05/2024/QĐ-UBND"],
         ["qn16_ubndqn_kh40_2024.txt"], ["superseded-citation", "cycle", "temporal", "inverse-inconsistency", "metadata-conflict"],
         "`Thông tư 17/2023 …, được sửa đổi, bổ sung bởi Thông tư số 03/2024 …` and `22/2022 … bởi 05/2024`: in force")

    add("qn17_snnqn_cv512_2024.txt", pdf(["UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN", "-------",
        "Số: 512/SNNPTNT-TT", "V/v triển khai Quyết định số 05/2024/", "QĐ-UBND của UBND tỉnh"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
         "Quảng Ngãi, ngày 20 tháng 02 năm 2024"], ["""
              Kính gửi: Phòng Nông nghiệp và PTNT, Phòng Kinh tế các huyện,
                                 thị xã, thành phố.

Thực hiện Quyết định số 05/2024/QĐ-UBND ngày 25/01/2024 của UBND tỉnh sửa đổi, bổ sung
một số điều của Quy định ban hành kèm theo Quyết định số 22/2022/QĐ-UBND ngày 05/8/2022,
Sở Nông nghiệp và Phát triển nông thôn đề nghị các địa phương:
1. Tổng hợp danh sách hộ được hỗ trợ giống lúa vụ Đông Xuân 2023 - 2024, gửi về Sở trước
ngày 15/3/2024.
2. Báo cáo kết quả thực hiện Quyết định số 05/2024/QĐ-UBND trước ngày 30/6/2024.
""", """
Nơi nhận:                                                   KT. GIÁM ĐỐC
- Như trên;                                                 PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Lưu: VT, TT.                                                 (Đã ký)
"""], footer="Trang {n}/{m}"))
    trap("subject-line-id-broken", ["05/2024/QĐ-UBND"], ["qn17_snnqn_cv512_2024.txt"], ["dangling", "temporal", "metadata-conflict"],
         "`V/v triển khai Quyết định số 05/2024/` + `QĐ-UBND` in the header's left column; resolves to qn12")
    # Withdrawn after the first run (first written with must_not overdue-plan): the README counts `a task announcing a
    # new document` past its deadline, and a report requested from the districts is one. Now collateral; the trap keeps
    # only what the page footer could break.
    trap("footer-next-to-date", ["05/2024/QĐ-UBND"], ["qn17_snnqn_cv512_2024.txt"], ["temporal", "metadata-conflict"],
         "`… trước ngày 30/6/2024.` then the footer `Trang 1/2`: no date or id is made of the footer")
    KEY["collateral"].append({"rule": "overdue-plan", "ids": ["512/SNNPTNT-TT"], "files": ["qn17_snnqn_cv512_2024.txt"],
                              "what": "a report requested from the districts by 30/6/2024; none in the corpus (defensible)"})

    # ------------------------------------------------------------ more of both lines
    add("b05_bnn_cv2345_2024.txt", state(BNN, "2345/BNN-TT\nV/v triển khai Thông tư số 17/2023/TT-BNNPTNT",
        "Hà Nội, ngày 02 tháng 4 năm 2024", "", "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.", """
Thông tư số 17/2023/TT-BNNPTNT ngày 10/11/2023 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn có hiệu lực từ
ngày 01/01/2024, thay thế Thông tư số 12/2019/TT-BNNPTNT và Thông tư số 08/2021/TT-BNNPTNT. Để triển khai thống nhất,
Bộ Nông nghiệp và Phát triển nông thôn đề nghị UBND các tỉnh, thành phố:
1. Rà soát, thay thế các văn bản của địa phương ban hành theo Thông tư số 12/2019/TT-BNNPTNT.
2. Báo cáo kết quả về Cục Trồng trọt trước ngày 30/6/2024.
""", SIGN_BT, ("Như trên;", "Lưu: VT, TT.")))
    KEY["collateral"].append({"rule": "overdue-plan", "ids": ["2345/BNN-TT"], "files": ["b05_bnn_cv2345_2024.txt"],
                              "what": "provinces' reports requested by 30/6/2024; none in the corpus (defensible)"})
    trap("narrated-replacement-by-third-party", ["12/2019/TT-BNNPTNT", "08/2021/TT-BNNPTNT"], ["b05_bnn_cv2345_2024.txt"],
         ["superseded-citation", "inverse-inconsistency"],
         "`Thông tư số 17/2023 … thay thế Thông tư số 12/2019 … và 08/2021`: the letter narrates b03's replacement; "
         "it neither replaces them a second time nor rests on them")

    add("na13_stpna_bc85_2024.txt", state("UBND TỈNH NGHỆ AN\nSỞ TƯ PHÁP", "85/BC-STP", "Nghệ An, ngày 10 tháng 5 năm 2024",
        "BÁO CÁO THẨM ĐỊNH", "Dự thảo Quyết định ban hành Quy định về quản lý giống cây trồng nông nghiệp trên địa bàn tỉnh", """
Kính gửi: Sở Nông nghiệp và Phát triển nông thôn.

Sở Tư pháp nhận được Công văn số 1410/SNN-TT ngày 02/5/2024 đề nghị thẩm định dự thảo Quyết định thay thế Quyết định
số 25/2020/QĐ-UBND ngày 10/9/2020 và Quyết định số 14/2022/QĐ-UBND ngày 15/3/2022 của UBND tỉnh. Sau khi nghiên
cứu, Sở Tư pháp có ý kiến: dự thảo đủ điều kiện trình UBND tỉnh xem xét, ban hành.
""", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", ("Như trên;", "Lưu: VT, XDKTVB.")))
    trap("appraisal-of-draft-replacement", ["25/2020/QĐ-UBND", "14/2022/QĐ-UBND"], ["na13_stpna_bc85_2024.txt"],
         ["superseded-citation", "inverse-inconsistency", "overdue-plan"],
         "an appraisal report on a DRAFT replacing 25/2020 and 14/2022: nothing is replaced by it")

    add("na14_ubnddc_bc45_2022.txt", state("ỦY BAN NHÂN DÂN\nHUYỆN DIỄN CHÂU", "45/BC-UBND", "Diễn Châu, ngày 20 tháng 12 năm 2022",
        "BÁO CÁO", "Kết quả xây dựng nông thôn mới năm 2022", """
Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.

Thực hiện Kế hoạch số 145/KH-UBND ngày 05/4/2022 của UBND tỉnh, UBND huyện báo cáo kết quả năm 2022: 03 xã đạt chuẩn
nông thôn mới nâng cao; 100% xã đạt tiêu chí giao thông.
""", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", ("Như trên;", "Lưu: VT.")))
    trap("district-report-is-no-plan", ["145/KH-UBND"], ["na14_ubnddc_bc45_2022.txt"], ["temporal", "ambiguous-id", "metadata-conflict"],
         "a district's report (not a plan) on the 2022 plan, dated after it")

    add("qn18_ubndbs_kh25_2023.txt", state("ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN", "25/KH-UBND", "Bình Sơn, ngày 15 tháng 6 năm 2023",
        "KẾ HOẠCH", "Thực hiện Chương trình xây dựng nông thôn mới trên địa bàn huyện năm 2023", """
Thực hiện Quyết định số 1520/QĐ-UBND ngày 20/10/2022 của Chủ tịch UBND tỉnh Quảng Ngãi phê duyệt Kế hoạch thực hiện
Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Quảng Ngãi giai đoạn 2021 - 2025, UBND huyện Bình Sơn ban
hành Kế hoạch năm 2023 như sau:

TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian hoàn thành
1\tXây dựng Đề án phát triển vùng giống lúa chất lượng cao huyện Bình Sơn, trình UBND huyện\tPhòng Nông nghiệp và PTNT\tTrước ngày 30/9/2023
2\tTuyên truyền Bộ tiêu chí xã nông thôn mới\tPhòng Văn hóa và Thông tin\tThường xuyên
""", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", ("UBND tỉnh (b/c);", "Lưu: VT.")))
    plant("overdue-plan", ["25/KH-UBND"], ["qn18_ubndbs_kh25_2023.txt"],
          "row 1 announces a new Đề án phát triển vùng giống lúa due 30/9/2023; none", announces=True)
    trap("district-cites-own-province-1520", ["1520/QĐ-UBND"], ["qn18_ubndbs_kh25_2023.txt"],
         ["superseded-citation", "metadata-conflict", "dangling", "temporal"],
         "`Quyết định số 1520/QĐ-UBND ngày 20/10/2022 của Chủ tịch UBND tỉnh Quảng Ngãi` (qn06); Nghệ An repealed its own 1520 on 10/4/2023")
    trap("recurring-row", ["25/KH-UBND"], ["qn18_ubndbs_kh25_2023.txt"], ["count-mismatch"], "two rows, no count")


# ---------------------------------------------------------------- portal pages
PORTAL_HEAD = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - Thư viện văn bản pháp luật</title></head>
<body>
<div class="header"><a href="/">THƯ VIỆN VĂN BẢN PHÁP LUẬT</a> | <a href="/van-ban">Văn bản mới</a> | <a href="/tin-tuc">Tin tức</a></div>
<div class="breadcrumb">Trang chủ &gt; Văn bản pháp luật &gt; {field} &gt; {short}</div>
<h1>{title}</h1>
<table class="thuoctinh">
<tr><td>Số hiệu:</td><td>{num}</td><td>Loại văn bản:</td><td>Quyết định</td></tr>
<tr><td>Nơi ban hành:</td><td>{issuer}</td><td>Người ký:</td><td>{signer}</td></tr>
<tr><td>Ngày ban hành:</td><td>{date}</td><td>Ngày hiệu lực:</td><td>{eff}</td></tr>
<tr><td>Tình trạng:</td><td colspan="3">{status}</td></tr>
</table>
<div class="tabs"><a href="#noidung">Nội dung</a> | <a href="#lienquan">Văn bản liên quan</a> | <a href="#hieuluc">Hiệu lực</a> | <a href="#luocdo">Lược đồ</a></div>
<div id="noidung" class="content1">
"""


def portal_body(text):
    return "\n".join(f"<p>{escape(l)}</p>" if l.strip() else "" for l in text.strip("\n").split("\n"))


def side(tables):
    out = ['</div>\n<div class="right-col">']
    for sid, cap, rows in tables:
        out.append(f'<div id="{sid}" class="box"><h3>{cap}</h3><table>')
        for a, b in rows:
            out.append(f'<tr><td><a href="/van-ban/{zlib.crc32(a.encode()) % 100000}">{escape(a)}</a></td><td>{escape(b)}</td></tr>')
        out.append("</table></div>")
    out.append('</div>\n<div class="footer">Bản quyền © Thư viện văn bản pháp luật. Tổng đài hỗ trợ 1900 xxxx. '
               'Văn bản được sưu tầm, chỉ có giá trị tham khảo.</div>\n</body></html>\n')
    return "\n".join(out)


def portal_na03():
    head = PORTAL_HEAD.format(title="Quyết định 30/2024/QĐ-UBND quy định quản lý giống cây trồng nông nghiệp tỉnh Nghệ An",
                              field="Lĩnh vực nông nghiệp", short="Quyết định 30/2024/QĐ-UBND", num="30/2024/QĐ-UBND",
                              issuer="Tỉnh Nghệ An", signer="Nguyễn Văn Đệ", date="20/05/2024", eff="01/06/2024",
                              status="Còn hiệu lực")
    body = portal_body("""
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
-------
Số: 30/2024/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Nghệ An, ngày 20 tháng 5 năm 2024

QUYẾT ĐỊNH
Ban hành Quy định về quản lý giống cây trồng nông nghiệp trên địa bàn tỉnh Nghệ An

ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;
Căn cứ Thông tư số 17/2023/TT-BNNPTNT ngày 10 tháng 11 năm 2023 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý giống cây trồng nông nghiệp trên địa bàn tỉnh Nghệ An.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2024 và thay thế Quyết định số 25/2020/QĐ-UBND ngày
10 tháng 9 năm 2020 của UBND tỉnh ban hành Quy định về quản lý giống cây trồng nông nghiệp trên địa bàn tỉnh và Quyết
định số 14/2022/QĐ-UBND ngày 15 tháng 3 năm 2022 của UBND tỉnh sửa đổi, bổ sung một số điều của Quy định đó.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Chủ tịch UBND các huyện, thành
phố, thị xã chịu trách nhiệm thi hành Quyết định này.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
""")
    return head + body + "\n" + side([
        ("lienquan", "Văn bản liên quan", [
            ("Công văn 6120/UBND-NN năm 2024 tăng cường quản lý giống cây trồng vụ Đông Nghệ An", "12/08/2024"),
            ("Quyết định 42/2024/QĐ-UBND sửa đổi Điều 9 Quy định quản lý giống cây trồng Nghệ An", "15/10/2024"),
            ("Thông tư 12/2019/TT-BNNPTNT quy định về quản lý giống cây trồng nông nghiệp (Hết hiệu lực)", "15/08/2019")]),
        ("hieuluc", "Hiệu lực", [
            ("Văn bản bị thay thế: Quyết định 25/2020/QĐ-UBND", "10/09/2020"),
            ("Văn bản bị thay thế: Quyết định 14/2022/QĐ-UBND", "15/03/2022"),
            ("Văn bản căn cứ: Thông tư 17/2023/TT-BNNPTNT", "10/11/2023")]),
        ("cunglinhvuc", "Văn bản cùng lĩnh vực", [
            ("Quyết định 1520/QĐ-UBND năm 2022 phê duyệt Kế hoạch xây dựng nông thôn mới tỉnh Quảng Ngãi", "20/10/2022"),
            ("Quyết định 22/2022/QĐ-UBND quy định chi tiết chính sách hỗ trợ sản xuất nông nghiệp Quảng Ngãi", "05/08/2022")])])


def portal_qn12():
    head = PORTAL_HEAD.format(title="Quyết định 05/2024/QĐ-UBND sửa đổi Quy định kèm theo Quyết định 22/2022/QĐ-UBND Quảng Ngãi",
                              field="Lĩnh vực nông nghiệp", short="Quyết định 05/2024/QĐ-UBND", num="05/2024/QĐ-UBND",
                              issuer="Tỉnh Quảng Ngãi", signer="Trần Phước Hiền", date="25/01/2024", eff="05/02/2024",
                              status="Còn hiệu lực")
    body = portal_body("""
ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
-------
Số: 05/2024/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Quảng Ngãi, ngày 25 tháng 01 năm 2024

QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 22/2022/QĐ-UBND ngày 05/8/2022 của UBND
tỉnh Quảng Ngãi

ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Thông tư số 17/2023/TT-BNNPTNT ngày 10 tháng 11 năm 2023 của Bộ trưởng Bộ Tài chính;
Căn cứ Nghị quyết số 12/2023/NQ-HĐND ngày 20 tháng 12 năm 2023 của HĐND tỉnh sửa đổi, bổ sung Điều 1 Nghị quyết số
07/2022/NQ-HĐND;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 22/2022/QĐ-UBND ngày 05 tháng 8
năm 2022 của UBND tỉnh như sau:
1. Sửa đổi Điều 3: "Mức hỗ trợ bằng 70% chi phí mua giống lúa xác nhận."
Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 02 năm 2024.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
""")
    return head + body + "\n" + side([
        ("hieuluc", "Hiệu lực", [
            ("Văn bản được sửa đổi: Quyết định 22/2022/QĐ-UBND", "05/08/2022"),
            ("Văn bản hết hiệu lực liên quan: Quyết định 10/2019/QĐ-UBND", "22/03/2019"),
            ("Văn bản hết hiệu lực liên quan: Nghị quyết 21/2018/NQ-HĐND", "07/12/2018")]),
        ("lienquan", "Văn bản liên quan", [
            ("Công văn 512/SNNPTNT-TT năm 2024 triển khai Quyết định 05/2024/QĐ-UBND", "20/02/2024"),
            ("Kế hoạch 40/KH-UBND năm 2024 sản xuất và cung ứng giống cây trồng Quảng Ngãi", "15/04/2024")]),
        ("luocdo", "Lược đồ", [
            ("Văn bản căn cứ: Thông tư 17/2023/TT-BNNPTNT", "10/11/2023"),
            ("Văn bản căn cứ: Nghị quyết 12/2023/NQ-HĐND", "20/12/2023")])])


PORTALS = {"na03": portal_na03, "qn12": portal_qn12}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--key")
    ap.add_argument("--only")
    a = ap.parse_args()
    build()
    os.makedirs(a.out, exist_ok=True)
    only = set(a.only.split(",")) if a.only else None
    for fname, kind, payload in DOCS:
        KEY["files"][fname] = "html" if fname.endswith(".html") else kind
        if only and fname not in only:
            continue
        text = PORTALS[payload]() if payload in PORTALS else payload
        open(os.path.join(a.out, fname), "w", encoding="utf-8").write(text)
    if a.key:
        json.dump(KEY, open(a.key, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(DOCS), "documents;", len(KEY["planted"]), "planted;", len(KEY["external"]), "external;", len(KEY["traps"]), "traps")


if __name__ == "__main__":
    main()
