#!/usr/bin/env python3
"""Red team 15 (round 8) corpus generator: a new commune of a merged province after the 2025 reorganisation.

World: on 01/7/2025 tỉnh Yên Bái and tỉnh Lào Cai were merged into the new tỉnh Lào Cai (Nghị quyết 202/2025/QH15),
the district level was abolished, and xã Đông Cuông (new) was formed from the former xã Đông Cuông, xã Ngòi A and
others of the former huyện Văn Yên (Yên Bái). The new commune's Đảng ủy xã (`-NQ/ĐU`, `-KH/ĐU`, `-QC/ĐU`, `-QĐ/ĐU`),
HĐND xã, UBND xã (decisions, plans, Công văn `45/UBND-VP`), Ủy ban MTTQ xã and Hội Nông dân xã cite:
the FORMER province (UBND/HĐND/Tỉnh ủy Yên Bái (cũ)), the FORMER tỉnh Lào Cai (cũ) whose name the new province kept,
the FORMER district (Huyện ủy / UBND huyện Văn Yên (cũ)), the FORMER communes (Đảng ủy xã Đông Cuông (cũ), UBND xã
Ngòi A (cũ)), the new Tỉnh ủy / HĐND / UBND / Sở Nội vụ tỉnh Lào Cai, and central texts (external).

Conventions new to this round: `(cũ)` after a former body; the same name for an old and a new unit (Đảng ủy xã Đông
Cuông 2023 / 2025; tỉnh Lào Cai before and after 01/7/2025); numbers a former and a new body both used (1234/QĐ-UBND of
UBND tỉnh Yên Bái 2024 and UBND tỉnh Lào Cai 2025; 05-CT/TU of Tỉnh ủy Yên Bái 2022 and Tỉnh ủy Lào Cai 2025); a state
number restarting every year (50/KH-UBND 2024 and 2025); Công văn numbers `2150/UBND-NV`, `45/UBND-VP` answering each
other (`Phúc đáp Công văn số …`); an id broken across lines (`15/2023/NQ-` / `HĐND`); an OCR'd report (`Quyết đinh sô`,
`QD-UBND`, `l5/9/2025`); a Word text pasted with its review comments (`[Comment: …]`); a .docx with tracked
insertions/deletions (w:ins / w:del) and a comments part; a commune portal page (.html) with menus and a sidebar of
newer documents.

Usage: gen.py --out DIR [--key PATH] [--only f1,f2]
Python 3 standard library only. Deterministic.
"""
import argparse, json, os, zipfile
from xml.sax.saxutils import escape

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
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


def dt(place, dd, mm, yy):
    return f"{place}, ngày {dd:02d} tháng {mm:02d} năm {yy}"


def tail(sign, noi):
    return "\n\n" + sign + "\n\n(Đã ký)\n\n" + "\n".join(["Nơi nhận:"] + [f"- {x}" for x in noi]) + "\n"


# state bodies: (header lines, place for the date line)
STATE = {
    "ubnd_yb": ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI", "Yên Bái"),
    "hdnd_yb": ("HỘI ĐỒNG NHÂN DÂN\nTỈNH YÊN BÁI", "Yên Bái"),
    "ubnd_lc_old": ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", "Lào Cai"),
    "ubnd_lc": ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", "Lào Cai"),
    "hdnd_lc": ("HỘI ĐỒNG NHÂN DÂN\nTỈNH LÀO CAI", "Lào Cai"),
    "snv_lc": ("UBND TỈNH LÀO CAI\nSỞ NỘI VỤ", "Lào Cai"),
    "ubnd_vy": ("ỦY BAN NHÂN DÂN\nHUYỆN VĂN YÊN", "Văn Yên"),
    "ubnd_ma": ("UBND HUYỆN VĂN YÊN\nỦY BAN NHÂN DÂN XÃ MẬU A", "Mậu A"),
    "ubnd_na": ("UBND HUYỆN VĂN YÊN\nỦY BAN NHÂN DÂN XÃ NGÒI A", "Ngòi A"),
    "ubnd_x": ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG CUÔNG", "Đông Cuông"),
    "hdnd_x": ("HỘI ĐỒNG NHÂN DÂN\nXÃ ĐÔNG CUÔNG", "Đông Cuông"),
}


def state(who, num, date, kind, title, body, vv=None, sign="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", noi=None):
    head, place = STATE[who]
    v = f"\nV/v {vv}" if vv else ""
    out = f"{head}\n-------\nSố: {num}{v}\n{MOTTO}\n{dt(place, *date)}\n\n"
    if kind:
        out += f"{kind}\n{title}\n\n"
    return out + body.strip("\n") + tail(sign, noi or ["Như trên,", "Lưu: VT."])


PARTY = {
    "tu_yb": ("ĐẢNG BỘ TỈNH YÊN BÁI\nTỈNH ỦY", "Yên Bái", "T/M BAN THƯỜNG VỤ\nBÍ THƯ"),
    "tu_lc": ("ĐẢNG BỘ TỈNH LÀO CAI\nTỈNH ỦY", "Lào Cai", "T/M BAN THƯỜNG VỤ\nBÍ THƯ"),
    "hu_vy": ("ĐẢNG BỘ TỈNH YÊN BÁI\nHUYỆN ỦY VĂN YÊN", "Văn Yên", "T/M BAN THƯỜNG VỤ\nBÍ THƯ"),
    "du_old": ("ĐẢNG BỘ HUYỆN VĂN YÊN\nĐẢNG ỦY XÃ ĐÔNG CUÔNG", "Đông Cuông", "T/M ĐẢNG ỦY\nBÍ THƯ"),
    "du": ("ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG ỦY XÃ ĐÔNG CUÔNG", "Đông Cuông", "T/M BAN THƯỜNG VỤ\nBÍ THƯ"),
}


def party(who, num, date, kind, title, body):
    head, place, sign = PARTY[who]
    return (f"{head}\n*\nSố {num}\nĐẢNG CỘNG SẢN VIỆT NAM\n{dt(place, *date)}\n\n{kind}\n{title}\n-----\n\n"
            + body.strip("\n") + tail(sign, ["Như trên,", "Lưu Văn phòng."]))


def mttq(num, date, kind, title, body, org="ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ ĐÔNG CUÔNG", sign="TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH"):
    return (f"{org}\n-------\nSố: {num}\n{MOTTO}\n{dt('Đông Cuông', *date)}\n\n{kind}\n{title}\n\n" + body.strip("\n")
            + tail(sign, ["Đảng ủy xã (b/c),", "Lưu VP."]))


def build():
    ext("127-KL/TW", "60-NQ/TW", "72/2025/QH15", "202/2025/QH15", "1673/NQ-UBTVQH15", "150/2025/NĐ-CP",
        "10/2022/NQ-HĐND", "08/TTr-HĐND")

    # ============================================================ FORMER province Yên Bái (cũ)
    add("y01_ubndyb_qd1234_2024.txt", state("ubnd_yb", "1234/QĐ-UBND", (15, 5, 2024), "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý, phát triển vùng nguyên liệu quế trên địa bàn tỉnh Yên Bái", """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN BÁI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, phát triển vùng nguyên liệu quế trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", sign="CHỦ TỊCH"))
    add("y02_hdndyb_nq15_2023.txt", state("hdnd_yb", "15/2023/NQ-HĐND", (8, 12, 2023), "NGHỊ QUYẾT",
        "Quy định chính sách hỗ trợ phát triển sản xuất quế hữu cơ trên địa bàn tỉnh Yên Bái giai đoạn 2024 - 2026", """
HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI
KHÓA XIX, KỲ HỌP THỨ 14

QUYẾT NGHỊ:

Điều 1. Hỗ trợ 50% chi phí chứng nhận quế hữu cơ cho hộ sản xuất.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2024.
""", sign="CHỦ TỊCH"))
    add("y03_tuyb_ct05_2022.txt", party("tu_yb", "05-CT/TU", (12, 4, 2022), "CHỈ THỊ",
        "của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo phát triển kinh tế đồi rừng", """
Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tăng cường lãnh đạo phát triển kinh tế đồi rừng gắn với
trồng quế, tre măng Bát độ.
"""))

    # ============================================================ FORMER tỉnh Lào Cai (cũ), same name as the new one
    add("l01_ubndlc_kh50_2024.txt", state("ubnd_lc_old", "50/KH-UBND", (10, 3, 2024), "KẾ HOẠCH",
        "Chuyển đổi số trong cơ quan nhà nước tỉnh Lào Cai năm 2024", """
Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch chuyển đổi số năm 2024 như sau:

1. 100% văn bản đi, đến được xử lý trên môi trường mạng.
""", sign="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))

    # ============================================================ FORMER huyện Văn Yên (cũ)
    add("v01_hu_nq12_2021.txt", party("hu_vy", "12-NQ/HU", (20, 5, 2021), "NGHỊ QUYẾT",
        "của Ban Chấp hành Đảng bộ huyện về phát triển cây quế theo hướng hữu cơ giai đoạn 2021 - 2025, định hướng đến 2030", """
Ban Chấp hành Đảng bộ huyện Văn Yên khóa XXV quyết nghị:

1. Đến năm 2025 diện tích quế hữu cơ đạt 15.000 ha.
2. Đảng ủy các xã, thị trấn xây dựng chương trình hành động thực hiện Nghị quyết.
"""))
    add("v02_hu_kh12_2024.txt", party("hu_vy", "12-KH/HU", (15, 3, 2024), "KẾ HOẠCH",
        "của Ban Thường vụ Huyện ủy về chuyển đổi số trong các cơ quan Đảng năm 2024", """
Ban Thường vụ Huyện ủy ban hành Kế hoạch chuyển đổi số trong các cơ quan Đảng năm 2024:

1. Triển khai phần mềm quản lý văn bản và điều hành đến 100% đảng ủy xã, thị trấn.
"""))
    add("v03_ubndvy_qd88_2023.txt", state("ubnd_vy", "88/QĐ-UBND", (10, 4, 2023), "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý, khai thác chợ nông thôn trên địa bàn huyện Văn Yên", """
ỦY BAN NHÂN DÂN HUYỆN VĂN YÊN

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, khai thác chợ nông thôn trên địa bàn huyện.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""))
    add("v04_ubndvy_kh45_2024.txt", state("ubnd_vy", "45/KH-UBND", (12, 3, 2024), "KẾ HOẠCH",
        "Phát triển sản phẩm OCOP huyện Văn Yên giai đoạn 2024 - 2025", """
Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/5/2024 của UBND tỉnh Yên Bái; UBND huyện ban hành kế hoạch:

1. Mỗi xã có ít nhất 01 sản phẩm OCOP từ quế.
""".replace("Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/5/2024 của UBND tỉnh Yên Bái; UBND huyện", "UBND huyện"),
        sign="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))

    # ============================================================ FORMER communes
    add("c01_du_old_nq03_2023.txt", party("du_old", "03-NQ/ĐU", (15, 3, 2023), "NGHỊ QUYẾT",
        "về xây dựng xã Đông Cuông đạt chuẩn nông thôn mới nâng cao năm 2024", """
Thực hiện Nghị quyết số 12-NQ/HU ngày 20/5/2021 của Ban Chấp hành Đảng bộ huyện Văn Yên, Đảng ủy xã quyết nghị:

1. Phấn đấu đạt chuẩn nông thôn mới nâng cao năm 2024.
"""))
    add("c02_ubndna_qd20_2022.txt", state("ubnd_na", "20/QĐ-UBND", (10, 6, 2022), "QUYẾT ĐỊNH",
        "Quy định mức thu phí sử dụng diện tích bán hàng tại chợ xã Ngòi A", """
ỦY BAN NHÂN DÂN XÃ NGÒI A

QUYẾT ĐỊNH:

Điều 1. Mức thu phí: 5.000 đồng/m2/ngày.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""))

    add("c03_ubndma_qd12_2024.txt", state("ubnd_ma", "12/QĐ-UBND", (5, 1, 2024), "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý chợ phiên xã Mậu A", """
ỦY BAN NHÂN DÂN XÃ MẬU A

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ phiên xã Mậu A.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""))

    # ============================================================ NEW tỉnh Lào Cai (from 01/7/2025)
    add("u05_ubndlc_kh50_2025.txt", state("ubnd_lc", "50/KH-UBND", (25, 7, 2025), "KẾ HOẠCH",
        "Triển khai thi hành Luật Tổ chức chính quyền địa phương năm 2025 trên địa bàn tỉnh Lào Cai", """
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội
về việc sắp xếp đơn vị hành chính cấp tỉnh; Nghị quyết số 1673/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về việc
sắp xếp các đơn vị hành chính cấp xã của tỉnh Lào Cai năm 2025; Nghị định số 150/2025/NĐ-CP của Chính phủ,
Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch:

1. Tổ chức tập huấn cho cán bộ, công chức cấp xã hoàn thành trong tháng 8/2025.
""", sign="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))
    trap("state-number-restarts-each-year", ["50/KH-UBND"], ["l01_ubndlc_kh50_2024.txt", "u05_ubndlc_kh50_2025.txt"],
         ["duplicate-identity"], "50/KH-UBND of UBND tỉnh Lào Cai (cũ), 10/3/2024, and of the new UBND tỉnh Lào Cai, "
         "25/7/2025: a state number without a year restarts every year (and the province is a new unit)")

    add("u01_ubndlc_qd1234_2025.txt", state("ubnd_lc", "1234/QĐ-UBND", (20, 8, 2025), "QUYẾT ĐỊNH",
        "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp xã", """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này 125 thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp xã.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", sign="CHỦ TỊCH"))
    trap("same-number-old-and-new-province", ["1234/QĐ-UBND"], ["y01_ubndyb_qd1234_2024.txt", "u01_ubndlc_qd1234_2025.txt"],
         ["duplicate-identity", "ambiguous-id"], "1234/QĐ-UBND of UBND tỉnh Yên Bái (15/5/2024) and of UBND tỉnh Lào Cai "
         "(20/8/2025): two issuers, two years")

    add("t01_tulc_ct05_2025.txt", party("tu_lc", "05-CT/TU", (20, 8, 2025), "CHỈ THỊ",
        "của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động của chính quyền địa phương hai cấp", """
Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư; Nghị quyết số 60-NQ/TW ngày 12/4/2025
của Ban Chấp hành Trung ương Đảng khóa XIII, Ban Thường vụ Tỉnh ủy yêu cầu:

1. Các cấp ủy, tổ chức đảng lãnh đạo vận hành thông suốt bộ máy chính quyền cấp xã.
2. Tổ chức thực hiện
- Đảng ủy các xã, phường xây dựng kế hoạch thực hiện Chỉ thị, hoàn thành trước ngày 30/9/2025.
- Ủy ban Kiểm tra Tỉnh ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Chỉ thị này.
"""))
    plant("unmet-obligation", ["05-CT/TU"], ["t01_tulc_ct05_2025.txt"],
          "Ủy ban Kiểm tra Tỉnh ủy must make a plan to inspect 05-CT/TU; none in the corpus", contains="Kiểm tra")
    trap("commune-party-plan-fulfils-directive", ["05-CT/TU"], ["t01_tulc_ct05_2025.txt"], ["unmet-obligation"],
         "'Đảng ủy các xã, phường xây dựng kế hoạch' is met by Đảng ủy xã Đông Cuông's 12-KH/ĐU (10/9/2025, implements 05-CT/TU)")
    trap("same-party-number-old-and-new-province", ["05-CT/TU"], ["y03_tuyb_ct05_2022.txt", "t01_tulc_ct05_2025.txt"],
         ["duplicate-identity"], "05-CT/TU of Tỉnh ủy Yên Bái (2022) and of Tỉnh ủy Lào Cai (2025): two committees")

    add("t02_tulc_kh10_2025.txt", party("tu_lc", "10-KH/TU", (25, 8, 2025), "KẾ HOẠCH",
        "thực hiện Nghị quyết số 60-NQ/TW và rà soát văn bản của các tỉnh trước hợp nhất", """
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng khóa XIII; Chỉ thị số 05-CT/TU
ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch rà soát văn bản như sau:

II. NHIỆM VỤ CỤ THỂ
STT	Nội dung công việc	Cơ quan chủ trì	Cơ quan phối hợp	Thời hạn hoàn thành
1	Sửa đổi, bổ sung Quyết định số 1234/QĐ-UBND ngày 15/5/2024 của UBND tỉnh Yên Bái (cũ) cho phù hợp với địa bàn tỉnh mới	Ban cán sự đảng UBND tỉnh	Sở Nông nghiệp và Môi trường	Quý IV/2025
2	Tổng kết Chỉ thị số 05-CT/TU ngày 12/4/2022 của Ban Thường vụ Tỉnh ủy Yên Bái (cũ)	Ban Tuyên giáo và Dân vận Tỉnh ủy	Các đảng ủy xã, phường	Tháng 12/2025
3	Sơ kết 01 năm thực hiện Nghị quyết số 60-NQ/TW	Ban Tổ chức Tỉnh ủy	Các cơ quan liên quan	Quý III/2026
4	Thay thế Nghị quyết số 15/2023/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh Yên Bái (cũ)	Đảng đoàn HĐND tỉnh	Ban cán sự đảng UBND tỉnh	Quý III/2025
5	Xây dựng Quy chế phối hợp giữa Ban Thường vụ Tỉnh ủy với Đảng ủy các xã, phường	Văn phòng Tỉnh ủy	Ban Tổ chức Tỉnh ủy	Năm 2027

III. TỔ CHỨC THỰC HIỆN
1. Đảng ủy các xã, phường xây dựng chương trình hành động thực hiện Nghị quyết số 60-NQ/TW, hoàn thành trước ngày
31/10/2025.
2. Văn phòng Tỉnh ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.
"""))
    plant("unmet-obligation", ["10-KH/TU"], ["t02_tulc_kh10_2025.txt"],
          "'Đảng ủy các xã, phường xây dựng chương trình hành động thực hiện Nghị quyết số 60-NQ/TW' before 31/10/2025: no "
          "commune's CTr on 60-NQ/TW in the corpus (d01, a resolution carrying out 60-NQ/TW, is no programme); the finding "
          "may name 10-KH/TU or 60-NQ/TW", contains="xã")
    plant("overdue-plan", ["1234/QĐ-UBND"], ["t02_tulc_kh10_2025.txt"],
          "row 1: amendment of Yên Bái's 1234/QĐ-UBND (15/5/2024) due Quý IV/2025; nothing amends it (the new province's "
          "1234/QĐ-UBND of 20/8/2025 is another text)")
    plant("overdue-plan", ["05-CT/TU"], ["t02_tulc_kh10_2025.txt"],
          "row 2: review (tổng kết) of Yên Bái's 05-CT/TU (12/4/2022) due Tháng 12/2025; none")
    plant("overdue-plan", ["60-NQ/TW"], ["t02_tulc_kh10_2025.txt"],
          "row 3: review (sơ kết) of 60-NQ/TW due Quý III/2026; none in the corpus")
    trap("fulfilled-replacement-task", ["15/2023/NQ-HĐND"], ["t02_tulc_kh10_2025.txt"], ["overdue-plan"],
         "row 4: replacement of 15/2023/NQ-HĐND due Quý III/2025, done by 25/2025/NQ-HĐND of HĐND tỉnh Lào Cai (20/9/2025)")
    trap("task-due-2027", ["10-KH/TU"], ["t02_tulc_kh10_2025.txt"], ["overdue-plan"],
         "row 5: a Quy chế due Năm 2027 is not yet due (an announced document: any overdue-plan warning on row 5 fails)")

    add("h01_hdndlc_nq25_2025.txt", state("hdnd_lc", "25/2025/NQ-HĐND", (20, 9, 2025), "NGHỊ QUYẾT",
        "Quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp hữu cơ trên địa bàn tỉnh Lào Cai", """
HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI
KHÓA XVI, KỲ HỌP CHUYÊN ĐỀ

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách.

QUYẾT NGHỊ:

Điều 1. Hỗ trợ 60% chi phí chứng nhận sản phẩm hữu cơ cho hộ sản xuất, hợp tác xã.
Điều 2. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực kể từ ngày 01 tháng 10 năm 2025.
2. Nghị quyết này thay thế Nghị quyết số 15/2023/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh Yên Bái
và Nghị quyết số 10/2022/NQ-HĐND ngày 15 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Lào Cai (trước sắp xếp).
""", sign="CHỦ TỊCH"))

    add("u02_ubndlc_kh120_2025.txt", state("ubnd_lc", "120/KH-UBND", (15, 9, 2025), "KẾ HOẠCH",
        "Thực hiện Chỉ thị số 05-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy", """
Thực hiện Chỉ thị số 05-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy Lào Cai về nâng cao chất lượng hoạt động
của chính quyền địa phương hai cấp, UBND tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm chính quyền cấp xã vận hành thông suốt, phục vụ Nhân dân tốt hơn.

II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ hướng dẫn UBND các xã, phường thực hiện Kế hoạch này, hoàn thành trước ngày 30/9/2025.
2. UBND các xã, phường xây dựng kế hoạch triển khai thực hiện, hoàn thành trước ngày 30/9/2025.
3. Sở Tài chính hướng dẫn việc bố trí kinh phí cho cấp xã, hoàn thành trước ngày 31/10/2025.
""", sign="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))
    trap("obligations-met-by-commune-and-department", ["120/KH-UBND"], ["u02_ubndlc_kh120_2025.txt"], ["unmet-obligation"],
         "UBND xã Đông Cuông's 35/KH-UBND (25/9/2025) and Sở Nội vụ's 12/HD-SNV (22/9/2025) carry out the plan")
    plant("unmet-obligation", ["120/KH-UBND"], ["u02_ubndlc_kh120_2025.txt"],
          "Sở Tài chính must issue a guidance on 120/KH-UBND before 31/10/2025; none in the corpus", contains="Tài chính")

    add("s01_snvlc_hd12_2025.txt", state("snv_lc", "12/HD-SNV", (22, 9, 2025), "HƯỚNG DẪN",
        "Thực hiện Kế hoạch số 120/KH-UBND ngày 15/9/2025 của UBND tỉnh", """
Thực hiện Kế hoạch số 120/KH-UBND ngày 15/9/2025 của UBND tỉnh Lào Cai.
Sở Nội vụ hướng dẫn UBND các xã, phường một số nội dung sau:

1. Rà soát, kiện toàn các phòng chuyên môn thuộc UBND cấp xã theo Nghị định số 150/2025/NĐ-CP.
2. Báo cáo kết quả về Sở Nội vụ trước ngày 15/10/2025.
""", sign="GIÁM ĐỐC", noi=["UBND các xã, phường,", "Lưu: VT, XDCQ."]))

    # Công văn chain: province asks, commune answers, province answers back, commune answers (misdated)
    add("u03_ubndlc_cv2150_2025.txt", state("ubnd_lc", "2150/UBND-NV", (5, 9, 2025), None, None, """
Kính gửi: Ủy ban nhân dân các xã, phường.

Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư, UBND tỉnh đề nghị UBND các xã, phường
báo cáo tình hình vận hành chính quyền địa phương hai cấp sau 02 tháng, gửi về Sở Nội vụ trước ngày 20/9/2025.
""", vv="báo cáo tình hình vận hành\nchính quyền địa phương hai cấp", sign="TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG"))
    add("x45_ubndx_cv45_2025.txt", state("ubnd_x", "45/UBND-VP", (18, 9, 2025), None, None, """
Kính gửi: Ủy ban nhân dân tỉnh Lào Cai.

Thực hiện Công văn số 2150/UBND-NV ngày 05/9/2025 của UBND tỉnh về việc báo cáo tình hình vận hành chính quyền địa
phương hai cấp, UBND xã Đông Cuông báo cáo như sau:

1. Xã Đông Cuông được thành lập trên cơ sở nhập xã Đông Cuông, xã Ngòi A và xã Mậu A của huyện Văn Yên (cũ).
2. Đề nghị UBND tỉnh hướng dẫn việc áp dụng Quyết định số 88/QĐ-UBND ngày 10/4/2023 của UBND huyện Văn Yên (cũ).
""", vv="báo cáo tình hình vận hành chính quyền địa phương hai cấp"))
    trap("cong-van-answered", ["2150/UBND-NV"], ["x45_ubndx_cv45_2025.txt"], ["dangling", "temporal", "metadata-conflict"],
         "'Thực hiện Công văn số 2150/UBND-NV ngày 05/9/2025 của UBND tỉnh' is u03 (UBND tỉnh Lào Cai, 05/9/2025)")
    trap("question-about-former-district-decision", ["88/QĐ-UBND"], ["x45_ubndx_cv45_2025.txt"],
         ["superseded-citation"], "x45 (18/9/2025) asks about 88/QĐ-UBND, replaced by the commune's 15/QĐ-UBND of "
         "01/8/2025: a question, not a citation carried out (debatable; kept as a trap)")
    add("u04_ubndlc_cv2390_2025.txt", state("ubnd_lc", "2390/UBND-NV", (10, 10, 2025), None, None, """
Kính gửi: Ủy ban nhân dân xã Đông Cuông.

Phúc đáp Công văn số 45/UBND-VP ngày 18/9/2025 của UBND xã Đông Cuông, UBND tỉnh có ý kiến như sau:

Quyết định số 88/QĐ-UBND ngày 10/4/2023 của UBND huyện Văn Yên (cũ) đã được UBND xã thay thế bằng Quyết định số
15/QĐ-UBND ngày 01/8/2025; đề nghị UBND xã thực hiện theo Quyết định số 15/QĐ-UBND và báo cáo kết quả trước ngày
31/10/2025.
""", vv="phúc đáp Công văn số 45/UBND-VP", sign="TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG"))
    trap("province-answers-commune-letter", ["45/UBND-VP", "88/QĐ-UBND"], ["u04_ubndlc_cv2390_2025.txt"],
         ["dangling", "temporal", "metadata-conflict", "superseded-citation"],
         "'Phúc đáp Công văn số 45/UBND-VP ngày 18/9/2025 của UBND xã Đông Cuông' is x45; 88/QĐ-UBND is told as replaced")
    # Added after the first run, on reading its output (not seen before the run, so reported as found on reading):
    trap("province-letter-names-commune-decision", ["15/QĐ-UBND"], ["u04_ubndlc_cv2390_2025.txt"], ["dangling"],
         "'đã được UBND xã thay thế bằng Quyết định số 15/QĐ-UBND ngày 01/8/2025' names the commune's decision (x15, "
         "same number and date); the province's letter does not make it the province's")
    KEY["traps"][-1]["added_after_run"] = True
    add("x52_ubndx_cv52_2025.txt", state("ubnd_x", "52/UBND-VP", (8, 10, 2025), None, None, """
Kính gửi: Ủy ban nhân dân tỉnh Lào Cai.

Thực hiện Công văn số 2390/UBND-NV ngày 10/10/2025 của UBND tỉnh, UBND xã Đông Cuông báo cáo đã triển khai
Quyết định số 15/QĐ-UBND ngày 01/8/2025 của UBND xã tại 03 chợ nông thôn trên địa bàn xã.
""", vv="báo cáo thực hiện Công văn số 2390/UBND-NV"))
    plant("temporal", ["2390/UBND-NV"], ["x52_ubndx_cv52_2025.txt"],
          "letter of 08/10/2025 carries out Công văn 2390/UBND-NV of 10/10/2025 (u04's header says 10/10/2025)")

    # ============================================================ NEW commune: Đảng ủy xã Đông Cuông
    add("d03_du_qc01_2025.txt", party("du", "01-QC/ĐU", (20, 7, 2025), "QUY CHẾ",
        "làm việc của Ban Chấp hành Đảng bộ xã Đông Cuông, nhiệm kỳ 2025 - 2030", """
Căn cứ Điều lệ Đảng; Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư,
Ban Chấp hành Đảng bộ xã ban hành Quy chế làm việc như sau:

Điều 1. Ban Chấp hành Đảng bộ xã làm việc theo nguyên tắc tập trung dân chủ.
"""))
    add("d01_du_nq03_2025.txt", party("du", "03-NQ/ĐU", (15, 8, 2025), "NGHỊ QUYẾT",
        "về phát triển kinh tế nông, lâm nghiệp gắn với xây dựng nông thôn mới xã Đông Cuông giai đoạn 2025 - 2030", """
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng; Quy chế số 01-QC/ĐU ngày 20/7/2025
của Ban Chấp hành Đảng bộ xã; kế thừa Nghị quyết số 03-NQ/ĐU ngày 15/3/2023 của Đảng ủy xã Đông Cuông (cũ),
Ban Chấp hành Đảng bộ xã quyết nghị:

I. MỤC TIÊU
Đến năm 2030, thu nhập bình quân đầu người đạt 70 triệu đồng.

II. TỔ CHỨC THỰC HIỆN
1. Ủy ban Mặt trận Tổ quốc Việt Nam xã xây dựng kế hoạch thực hiện Nghị quyết này.
2. Hội Cựu chiến binh xã xây dựng kế hoạch thực hiện Nghị quyết này.
3. Ủy ban nhân dân xã cụ thể hóa Nghị quyết bằng các đề án, kế hoạch.
"""))
    plant("unmet-obligation", ["03-NQ/ĐU"], ["d01_du_nq03_2025.txt"],
          "Hội Cựu chiến binh xã must make a plan implementing 03-NQ/ĐU (15/8/2025); none in the corpus",
          contains="Cựu chiến binh")
    trap("mttq-and-ubnd-obligations-met", ["03-NQ/ĐU"], ["d01_du_nq03_2025.txt"], ["unmet-obligation"],
         "'Ủy ban Mặt trận Tổ quốc Việt Nam xã xây dựng kế hoạch' is met by 08/KH-MTTQ (m01); 'Ủy ban nhân dân xã cụ thể "
         "hóa Nghị quyết bằng các đề án, kế hoạch' by 60/KH-UBND (x60: 'để cụ thể hóa Nghị quyết số 03-NQ/ĐU')")
    trap("same-number-same-name-old-commune", ["03-NQ/ĐU"], ["c01_du_old_nq03_2023.txt", "d01_du_nq03_2025.txt"],
         ["duplicate-identity", "metadata-conflict", "ambiguous-id", "temporal"],
         "03-NQ/ĐU of Đảng ủy xã Đông Cuông (cũ, huyện Văn Yên, 15/3/2023) and of the new Đảng ủy xã Đông Cuông "
         "(tỉnh Lào Cai, 15/8/2025): two units of one name, two terms; d01 cites the old one with its date")

    add("d02_du_kh12_2025.txt", party("du", "12-KH/ĐU", (10, 9, 2025), "KẾ HOẠCH",
        "thực hiện Chỉ thị số 05-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy", """
Thực hiện Chỉ thị số 05-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động của chính
quyền địa phương hai cấp; tiếp tục thực hiện Kế hoạch số 12-KH/HU ngày 15/3/2024 của Ban Thường vụ Huyện ủy Văn Yên
(cũ) về chuyển đổi số, Ban Thường vụ Đảng ủy xã Đông Cuông xây dựng Kế hoạch thực hiện như sau:

1. Quán triệt Chỉ thị đến 100% chi bộ trong tháng 9/2025.
2. Duy trì phần mềm quản lý văn bản tại các chi bộ.
"""))
    trap("district-number-looks-like-commune", ["12-KH/HU", "12-KH/ĐU"], ["d02_du_kh12_2025.txt"],
         ["duplicate-identity", "metadata-conflict", "dangling", "temporal", "superseded-citation"],
         "d02 (12-KH/ĐU) continues 12-KH/HU of Huyện ủy Văn Yên (cũ), 15/3/2024 (v02): two issuers, one number")
    trap("new-directive-not-old-province", ["05-CT/TU"], ["d02_du_kh12_2025.txt"],
         ["temporal", "metadata-conflict", "ambiguous-id"],
         "'Chỉ thị số 05-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy' is Lào Cai's (t01), not Yên Bái's of 2022")

    add("d05_du_nq07_2025.txt", party("du", "07-NQ/ĐU", (15, 10, 2025), "NGHỊ QUYẾT",
        "về phát triển cây quế hữu cơ trên địa bàn xã Đông Cuông đến năm 2030", """
Căn cứ Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Ban Chấp hành Đảng bộ xã,
Ban Chấp hành Đảng bộ xã quyết nghị:

1. Đến năm 2030 diện tích quế hữu cơ trên địa bàn xã đạt 3.500 ha.
2. Nghị quyết này thay thế Nghị quyết số 12-NQ/HU ngày 20/5/2021 của Ban Chấp hành Đảng bộ huyện Văn Yên (cũ)
trên địa bàn xã.
"""))
    trap("commune-replaces-district-resolution", ["12-NQ/HU"], ["d05_du_nq07_2025.txt"],
         ["superseded-citation", "temporal", "dangling"], "d05 names 12-NQ/HU as what it replaces")

    add("d04_du_qd05_2025.txt", party("du", "05-QĐ/ĐU", (1, 10, 2025), "QUYẾT ĐỊNH",
        "sửa đổi, bổ sung một số điều của Quy chế làm việc của Ban Chấp hành Đảng bộ xã", """
Căn cứ Quy chế số 01-QC/ĐU ngày 20/7/2025 của Ban Chấp hành Đảng bộ xã,
BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Điều 1 Quy chế số 01-QC/ĐU ngày 20/7/2025 của Ban Chấp hành Đảng bộ xã như sau: …
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""))

    add("d06_du_bc15_2025.txt", party("du", "15-BC/ĐU", (20, 11, 2025), "BÁO CÁO",
        "sơ kết công tác xây dựng Đảng 05 tháng sau sắp xếp đơn vị hành chính", """
Thực hiện Quy định số 05-QĐ/ĐU ngày 01/10/2025 của Ban Thường vụ Đảng ủy xã về sửa đổi Quy chế làm việc; Chỉ thị số
05-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy, Đảng ủy xã báo cáo như sau:

1. Việc thực hiện các nghị quyết chuyên đề: Nghị quyết số 12-NQ/HU ngày 20/5/2021 của Huyện ủy Văn Yên (nay đã được thay
thế bằng Nghị quyết số 07-NQ/ĐU ngày 15/10/2025 của Đảng ủy xã) đã hoàn thành mục tiêu trồng mới quế.
2. Nghị quyết số 03-NQ/ĐU ngày 15/3/2023 của Đảng ủy xã Đông Cuông (cũ) đã hoàn thành; Nghị quyết số 03-NQ/ĐU ngày
15/8/2025 của Ban Chấp hành Đảng bộ xã đang triển khai.
"""))
    plant("metadata-conflict", ["05-QĐ/ĐU"], ["d06_du_bc15_2025.txt"],
          "cites 05-QĐ/ĐU as a Quy định; its header (d04) says QUYẾT ĐỊNH")
    trap("historical-replaced-mention", ["12-NQ/HU"], ["d06_du_bc15_2025.txt"], ["superseded-citation"],
         "'Nghị quyết số 12-NQ/HU … (nay đã được thay thế bằng Nghị quyết số 07-NQ/ĐU …)' tells history")
    trap("old-and-new-03-in-one-sentence", ["03-NQ/ĐU"], ["d06_du_bc15_2025.txt"],
         ["metadata-conflict", "ambiguous-id", "temporal"], "both 03-NQ/ĐU cited with their own dates and units")

    # ============================================================ NEW commune: HĐND xã
    add("hx1_hdndx_nq05_2025.txt", state("hdnd_x", "05/NQ-HĐND", (25, 8, 2025), "NGHỊ QUYẾT",
        "Về việc thành lập các Ban của Hội đồng nhân dân xã Đông Cuông, tỉnh Lào Cai khóa I, nhiệm kỳ 2021 - 2026", """
HỘI ĐỒNG NHÂN DÂN XÃ ĐÔNG CUÔNG
KHÓA I, KỲ HỌP THỨ HAI

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;[Comment: NTH1: Đề nghị bổ sung căn cứ Kế hoạch số 120/KH-UBND ngày 15/9/2025 của UBND tỉnh khi UBND tỉnh ban hành.]
Căn cứ Nghị quyết số 1673/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của tỉnh
Lào Cai năm 2025;
Xét Tờ trình số 08/TTr-HĐND ngày 20/8/2025 của Thường trực HĐND xã.[Comment: LVM2: Tờ trình này chưa có số, Văn phòng kiểm tra lại.]

QUYẾT NGHỊ:

Điều 1. Thành lập Ban Pháp chế, Ban Kinh tế - Ngân sách và Ban Văn hóa - Xã hội của Hội đồng nhân dân xã.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày thông qua.
""", sign="CHỦ TỊCH"))
    trap("word-comment-not-citation", ["120/KH-UBND"], ["hx1_hdndx_nq05_2025.txt"], ["temporal", "metadata-conflict"],
         "a reviewer's [Comment: …] asks to add 120/KH-UBND (15/9/2025) 'khi UBND tỉnh ban hành': no citation of the "
         "resolution of 25/8/2025 (debatable: a comment pasted into text)")

    add("hx2_hdndx_nq06_2025.txt", state("hdnd_x", "06/NQ-HĐND", (10, 10, 2025), "NGHỊ QUYẾT",
        "Về chương trình giám sát chuyên đề năm 2026 của Hội đồng nhân dân xã Đông Cuông", """
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Kế hoạch số 40/KH-UBND ngày 10/10/2025 của UBND xã về cải cách hành chính năm 2026;

QUYẾT NGHỊ:

Điều 1. Giám sát chuyên đề việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.
""", sign="CHỦ TỊCH"))
    add("x40_ubndx_kh40_2025.txt", state("ubnd_x", "40/KH-UBND", (10, 10, 2025), "KẾ HOẠCH",
        "Cải cách hành chính năm 2026 của xã Đông Cuông, tỉnh Lào Cai", """
Thực hiện Nghị quyết số 06/NQ-HĐND ngày 10/10/2025 của HĐND xã về chương trình giám sát năm 2026; Quyết định số
1234/QĐ-UBND ngày 20/8/2025 của UBND tỉnh công bố danh mục thủ tục hành chính; Quyết định số 1234/QĐ-UBND ngày
15/6/2024 của UBND tỉnh Yên Bái (cũ) về vùng nguyên liệu quế, UBND xã ban hành Kế hoạch:

1. 100% thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình.
"""))
    plant("cycle", ["06/NQ-HĐND", "40/KH-UBND"], ["hx2_hdndx_nq06_2025.txt", "x40_ubndx_kh40_2025.txt"],
          "the commune council's resolution rests on the commune's plan, which carries out the resolution (same day)")
    plant("metadata-conflict", ["1234/QĐ-UBND"], ["x40_ubndx_kh40_2025.txt"],
          "cites Yên Bái's 1234/QĐ-UBND as of 15/6/2024; its header (y01) says 15/5/2024")
    trap("two-1234-in-one-sentence", ["1234/QĐ-UBND"], ["x40_ubndx_kh40_2025.txt"], ["temporal", "ambiguous-id", "duplicate-identity"],
         "the new province's 1234/QĐ-UBND (20/8/2025) and Yên Bái's (misdated) both cited: no temporal, no ambiguity",
         requires={"rule": "metadata-conflict", "id": "1234/QĐ-UBND", "file": "x40_ubndx_kh40_2025.txt"})

    add("hx3_hdndx_nq12_2025.txt", state("hdnd_x", "12/NQ-HĐND", (12, 12, 2025), "NGHỊ QUYẾT",
        "Về nhiệm vụ phát triển kinh tế - xã hội xã Đông Cuông năm 2026", """
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Ban Chấp hành Đảng bộ xã;

QUYẾT NGHỊ:

Điều 1. Năm 2026 tập trung 03 nhiệm vụ trọng tâm sau:
1. Phát triển vùng quế hữu cơ.
2. Chuyển đổi số trong giải quyết thủ tục hành chính.
3. Xây dựng nông thôn mới nâng cao.

Điều 2. Danh mục nhiệm vụ giao Ủy ban nhân dân xã
TT	Nhiệm vụ	Đơn vị chủ trì	Thời gian hoàn thành
1	Xây dựng Đề án phát triển vùng quế hữu cơ xã Đông Cuông giai đoạn 2026 - 2030	Phòng Kinh tế	Quý II/2026
2	Sơ kết 01 năm thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Đảng ủy xã	Văn phòng HĐND và UBND	Quý III/2026
3	Xây dựng Đề án xã đạt chuẩn nông thôn mới kiểu mẫu	Phòng Kinh tế	Năm 2027
""", sign="CHỦ TỊCH"))
    plant("overdue-plan", ["12/NQ-HĐND"], ["hx3_hdndx_nq12_2025.txt"],
          "row 1 announces a new Đề án phát triển vùng quế hữu cơ due Quý II/2026; none", announces=True)
    plant("overdue-plan", ["03-NQ/ĐU"], ["hx3_hdndx_nq12_2025.txt"],
          "row 2: review (sơ kết) of 03-NQ/ĐU (15/8/2025) due Quý III/2026; none")
    trap("count-matches", ["12/NQ-HĐND"], ["hx3_hdndx_nq12_2025.txt"], ["count-mismatch"], "'03 nhiệm vụ trọng tâm sau:' then 3 items")

    # ============================================================ NEW commune: UBND xã
    add("x15_ubndx_qd15_2025.txt", state("ubnd_x", "15/QĐ-UBND", (1, 8, 2025), "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý, khai thác chợ nông thôn trên địa bàn xã Đông Cuông, tỉnh Lào Cai", """
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG CUÔNG

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, khai thác chợ nông thôn trên địa bàn xã.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 88/QĐ-UBND ngày 10/4/2023 của UBND huyện
Văn Yên (cũ) ban hành Quy chế quản lý, khai thác chợ nông thôn trên địa bàn huyện Văn Yên.
""", sign="CHỦ TỊCH"))
    trap("commune-replaces-district-decision", ["88/QĐ-UBND"], ["x15_ubndx_qd15_2025.txt"],
         ["superseded-citation", "temporal", "dangling"], "x15 names 88/QĐ-UBND as what it replaces")

    add("x30_ubndx_qd30_2025.txt", state("ubnd_x", "30/QĐ-UBND", (15, 10, 2025), "QUYẾT ĐỊNH",
        "Bãi bỏ văn bản quy định mức thu phí chợ của UBND xã Ngòi A (cũ)", """
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG CUÔNG

Căn cứ Quyết định số 15/QĐ-UBND ngày 01/8/2025 của UBND xã ban hành Quy chế quản lý chợ;

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Quyết định số 20/QĐ-UBND ngày 10/6/2022 của UBND xã Ngòi A (cũ) quy định mức thu phí sử dụng diện tích
bán hàng tại chợ xã Ngòi A.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
""", sign="CHỦ TỊCH"))

    add("x35_ubndx_kh35_2025.txt", state("ubnd_x", "35/KH-UBND", (25, 9, 2025), "KẾ HOẠCH",
        "Triển khai thực hiện Kế hoạch số 120/KH-UBND ngày 15/9/2025 của UBND tỉnh Lào Cai", """
Thực hiện Kế hoạch số 120/KH-UBND ngày 15/9/2025 của UBND tỉnh Lào Cai; Hướng dẫn số 12/HD-SNV ngày 22/9/2025 của
Sở Nội vụ; Kế hoạch số 50/KH-UBND ngày 10/3/2024 của UBND tỉnh Lào Cai (cũ) về chuyển đổi số, UBND xã Đông Cuông
ban hành Kế hoạch triển khai như sau:

II. NHIỆM VỤ VÀ PHÂN CÔNG
TT	Nhiệm vụ	Chủ trì	Phối hợp	Thời hạn
1	Bãi bỏ Quyết định số 20/QĐ-UBND ngày 10/6/2022 của UBND xã Ngòi A (cũ)	Văn phòng HĐND và UBND	Phòng Kinh tế	Quý IV/2025
2	Tổng kết Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND huyện Văn Yên (cũ) về sản phẩm OCOP	Phòng Kinh tế	Hội Nông dân xã	Tháng 12/2025
3	Ban hành Quy chế phối hợp giữa UBND xã với Ủy ban MTTQ xã	Văn phòng HĐND và UBND	Ủy ban MTTQ xã	Năm 2027
"""))
    trap("fulfilled-repeal-of-former-commune", ["20/QĐ-UBND"], ["x35_ubndx_kh35_2025.txt"], ["overdue-plan"],
         "row 1: repeal of Ngòi A's 20/QĐ-UBND due Quý IV/2025, done by 30/QĐ-UBND (15/10/2025)")
    plant("overdue-plan", ["45/KH-UBND"], ["x35_ubndx_kh35_2025.txt"],
          "row 2: review (tổng kết) of the former district's 45/KH-UBND due Tháng 12/2025; none")
    trap("old-province-same-name-plan", ["50/KH-UBND"], ["x35_ubndx_kh35_2025.txt"],
         ["metadata-conflict", "dangling", "temporal", "ambiguous-id"],
         "'Kế hoạch số 50/KH-UBND ngày 10/3/2024 của UBND tỉnh Lào Cai (cũ)' is l01, not the new province's of 25/7/2025")
    trap("plan-and-guidance-resolve", ["120/KH-UBND", "12/HD-SNV"], ["x35_ubndx_kh35_2025.txt"],
         ["dangling", "temporal", "metadata-conflict"], "both cited with their own dates, before 25/9/2025")

    add("x48a_ubndx_kh48_2025.txt", state("ubnd_x", "48/KH-UBND", (1, 10, 2025), "KẾ HOẠCH",
        "Sắp xếp, nâng cấp chợ nông thôn xã Đông Cuông năm 2026", """
Căn cứ Quyết định số 88/QĐ-UBND ngày 10/4/2023 của UBND huyện Văn Yên (cũ) ban hành Quy chế quản lý, khai thác chợ nông
thôn; UBND xã Đông Cuông, tỉnh Lào Cai ban hành Kế hoạch sắp xếp chợ như sau:

1. Nâng cấp chợ trung tâm xã (chợ Đông Cuông cũ).
2. Sáp nhập chợ Ngòi A vào chợ trung tâm.
"""))
    plant("superseded-citation", ["88/QĐ-UBND"], ["x48a_ubndx_kh48_2025.txt"],
          "plan of 01/10/2025 rests on the former district's 88/QĐ-UBND, replaced by the commune's 15/QĐ-UBND on 01/8/2025")

    add("x60_ubndx_kh60_2025.txt", state("ubnd_x", "60/KH-UBND", (5, 11, 2025), "KẾ HOẠCH",
        "Hỗ trợ chứng nhận quế hữu cơ trên địa bàn xã Đông Cuông năm 2026", """
Căn cứ Nghị quyết số 15/2023/NQ-
HĐND ngày 08/12/2023 của HĐND tỉnh Yên Bái (cũ) quy định chính sách hỗ trợ phát triển sản xuất quế hữu cơ; Quyết định
số 1234/QĐ-UBND ngày 15/5/2024 của UBND tỉnh Yên Bái (cũ) ban hành Quy chế quản lý vùng nguyên liệu quế; Nghị quyết số
07-NQ/ĐU ngày 15/10/2025 của Đảng ủy xã; để cụ thể hóa Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Ban Chấp hành Đảng
bộ xã, UBND xã ban hành Kế hoạch:

I. GIẢI PHÁP
Để đạt mục tiêu, UBND xã triển khai đồng bộ 05 nhóm giải pháp sau:
a) Tuyên truyền, vận động hộ trồng quế tham gia chuỗi liên kết.
b) Hỗ trợ chi phí chứng nhận hữu cơ.
c) Xây dựng nhãn hiệu tập thể “Quế Đông Cuông”.
d) Kết nối tiêu thụ với doanh nghiệp chế biến.

II. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã tổ chức thực hiện.
"""))
    plant("superseded-citation", ["15/2023/NQ-HĐND"], ["x60_ubndx_kh60_2025.txt"],
          "'Căn cứ Nghị quyết số 15/2023/NQ-' / 'HĐND' (id broken across lines) on 05/11/2025; replaced by 25/2025/NQ-HĐND "
          "of HĐND tỉnh Lào Cai on 20/9/2025")
    plant("count-mismatch", ["60/KH-UBND"], ["x60_ubndx_kh60_2025.txt"], "'05 nhóm giải pháp sau:' then items a) to d)")
    trap("former-province-decision-still-stands", ["1234/QĐ-UBND"], ["x60_ubndx_kh60_2025.txt"],
         ["temporal", "metadata-conflict", "dangling", "superseded-citation", "ambiguous-id"],
         "'Quyết định số 1234/QĐ-UBND ngày 15/5/2024 của UBND tỉnh Yên Bái (cũ)' is y01 (never amended), not u01 of 2025")

    add("x65_ubndx_bc65_2025.txt", """UY BAN NHAN DAN
XÃ ĐÔNG CUÔNG
-------
Sô: 65/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tư do - Hạnh phúc
Đông Cuông, ngày 25 tháng 11 năm 2025

BÁO CÁO
Kết quả thực hiện Kế hoạch số 35/KH-UBND năm 2025

Thực hiện Kế hoạch sô 120/KH-UBND ngày l5/9/2025 của UBND tinh Lào Cai; Kế hoach số 35/KH-UBND ngày 25/9/2025
cua UBND xã, UBND xã báo cáo kêt quả như sau:

1. Công tác quản lý chợ: Căn cứ Quyết đinh sô 20/QD-UBND ngày 10/6/2022 của UBND xã Ngòi A (cũ), UBND xã tiếp tục
thu phí sử dụng diện tích bán hàng tại chợ Ngòi A ở mức 5.000 đồng/m2/ngày.
2. Đã kiện toàn 03 phòng chuyên môn theo Hướng dẫn số 12/HD-SNV ngày 22/9/2025 của Sở Nội vụ.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

(Đã ký)
""")
    plant("superseded-citation", ["20/QĐ-UBND"], ["x65_ubndx_bc65_2025.txt"],
          "OCR'd report of 25/11/2025: 'Căn cứ Quyết đinh sô 20/QD-UBND …, UBND xã tiếp tục thu phí' rests on Ngòi A's "
          "decision repealed by 30/QĐ-UBND on 15/10/2025")
    trap("ocr-glitched-citations-resolve", ["120/KH-UBND", "35/KH-UBND", "12/HD-SNV"], ["x65_ubndx_bc65_2025.txt"],
         ["dangling", "metadata-conflict", "temporal"],
         "'Kế hoạch sô 120/KH-UBND ngày l5/9/2025', 'Kế hoach số 35/KH-UBND', 'cua UBND xã' resolve; the glitched date "
         "'l5/9/2025' is no conflicting date")

    add("x70_ubndx_qd70_2025.txt", state("ubnd_x", "70/QĐ-UBND", (10, 11, 2025), "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung một số điều của Quy chế quản lý chợ phiên ban hành kèm theo Quyết định số 12/QĐ-UBND ngày "
        "05/01/2024 của UBND xã Mậu A (cũ)", """
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG CUÔNG

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Điều 3 Quy chế quản lý chợ phiên ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024
của UBND xã Mậu A (cũ) như sau: “Chợ phiên họp vào ngày Chủ nhật hằng tuần.”
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
""", sign="CHỦ TỊCH"))
    add("m03_dtn_kh10_2025.txt", """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ ĐÔNG CUÔNG
***
Số: 10-KH/ĐTN
ĐOÀN TNCS HỒ CHÍ MINH
Đông Cuông, ngày 20 tháng 11 năm 2025

KẾ HOẠCH
Tổ chức “Ngày hội thanh niên với văn minh thương mại” tại chợ phiên Mậu A

Căn cứ Quy chế quản lý chợ phiên ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND xã Mậu A (cũ),
đã được sửa đổi, bổ sung theo Quyết định số 70/QĐ-UBND ngày 10/11/2025 của UBND xã; Kế hoạch số 12-KH/ĐU ngày
10/9/2025 của Ban Thường vụ Đảng ủy xã, Ban Chấp hành Đoàn xã xây dựng Kế hoạch như sau:

1. Tổ chức 01 ngày hội vào Chủ nhật đầu tiên của tháng 12/2025.
2. Các chi đoàn thôn tham gia gian hàng nông sản.

TM. BAN CHẤP HÀNH
BÍ THƯ

(Đã ký)
""")
    trap("amended-former-commune-decision-still-stands", ["12/QĐ-UBND", "70/QĐ-UBND"], ["m03_dtn_kh10_2025.txt", "x70_ubndx_qd70_2025.txt"],
         ["superseded-citation", "temporal", "dangling", "metadata-conflict"],
         "Mậu A's 12/QĐ-UBND was amended (not replaced) by the commune's 70/QĐ-UBND; the Youth Union cites both with their dates")

    # x42 .docx with tracked changes and a comments part: replaces 88/QĐ-UBND a second time (in an insertion)
    add("x42_ubndx_qd42_2025.docx", {"paras": [
        "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG CUÔNG", "-------", "Số: 42/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đông Cuông, ngày 20 tháng 10 năm 2025", "",
        "QUYẾT ĐỊNH", "Ban hành Quy chế quản lý chợ trung tâm xã Đông Cuông, tỉnh Lào Cai", "",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG CUÔNG", "",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
        [("del", "Căn cứ Quyết định số 20/QĐ-UBND ngày 10/6/2022 của UBND xã Ngòi A (cũ);")],
        [("t", "Căn cứ Kế hoạch số 48/KH-UBND ngày 01/10/2025 của UBND xã"), ("c", ""), ("t", ";")],
        "", "QUYẾT ĐỊNH:", "",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ trung tâm xã.",
        [("t", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký"),
         ("ins", " và thay thế Quyết định số 88/QĐ-UBND ngày 10/4/2023 của UBND huyện Văn Yên (cũ)"), ("t", ".")],
        "", "CHỦ TỊCH", "", "(Đã ký)"],
        "comments": ["Đề nghị Văn phòng kiểm tra: Quyết định số 20/QĐ-UBND của xã Ngòi A đã bị bãi bỏ, không đưa vào căn cứ."]},
        kind="docx")
    plant("inverse-inconsistency", ["88/QĐ-UBND"], ["x42_ubndx_qd42_2025.docx", "x15_ubndx_qd15_2025.txt"],
          "88/QĐ-UBND replaced by the commune's 15/QĐ-UBND (01/8/2025) and again by 42/QĐ-UBND (20/10/2025, in a tracked "
          "insertion of a .docx)")
    trap("deleted-and-commented-citation", ["20/QĐ-UBND"], ["x42_ubndx_qd42_2025.docx"], ["superseded-citation"],
         "the citation of the repealed 20/QĐ-UBND is a tracked deletion, and the comment only mentions it")
    trap("docx-cites-first-48", ["48/KH-UBND"], ["x42_ubndx_qd42_2025.docx"], ["dangling", "metadata-conflict", "temporal"],
         "'Kế hoạch số 48/KH-UBND ngày 01/10/2025' is x48a (dated), not the later duplicate")

    # x48b: the same number again, on the commune portal (with menus and a sidebar of newer documents)
    add("x48b_ubndx_kh48_2025.html", state("ubnd_x", "48/KH-UBND", (15, 10, 2025), "KẾ HOẠCH",
        "Tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh trên địa bàn xã Đông Cuông, tỉnh Lào Cai", """
Thực hiện Kế hoạch số 12-KH/ĐU ngày 10/9/2025 của Ban Thường vụ Đảng ủy xã, UBND xã ban hành Kế hoạch tuyên truyền:

1. Treo cờ, băng rôn tại trụ sở các thôn.
2. Tổ chức giải bóng chuyền hơi các thôn.
"""), kind="html")
    plant("duplicate-identity", ["48/KH-UBND"], ["x48a_ubndx_kh48_2025.txt", "x48b_ubndx_kh48_2025.html"],
          "UBND xã Đông Cuông numbered two plans 48/KH-UBND (01/10/2025 .txt, 15/10/2025 portal .html)")
    trap("portal-sidebar-lists-newer-texts", ["12/NQ-HĐND", "65/BC-UBND", "15-BC/ĐU"], ["x48b_ubndx_kh48_2025.html"],
         ["temporal", "dangling", "metadata-conflict"],
         "the portal's sidebar 'Văn bản mới' lists texts of November-December 2025: links, not citations of the plan")

    # ============================================================ NEW commune: mass organisations
    add("m01_mttq_kh08_2025.txt", mttq("08/KH-MTTQ", (25, 8, 2025), "KẾ HOẠCH",
        "Thực hiện Nghị quyết số 03-NQ/ĐU của Ban Chấp hành Đảng bộ xã Đông Cuông", """
Thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Ban Chấp hành Đảng bộ xã về phát triển kinh tế nông, lâm nghiệp
gắn với xây dựng nông thôn mới; Kế hoạch số 12-KH/ĐU ngày 10/9/2025 của Ban Thường vụ Đảng ủy xã, Ban Thường trực Ủy
ban MTTQ Việt Nam xã xây dựng Kế hoạch thực hiện như sau:

1. Vận động Nhân dân hiến đất làm đường giao thông nông thôn.
2. Giám sát việc thực hiện chính sách hỗ trợ sản xuất quế hữu cơ.
"""))
    plant("temporal", ["12-KH/ĐU"], ["m01_mttq_kh08_2025.txt"],
          "plan of 25/8/2025 carries out 12-KH/ĐU of 10/9/2025 (d02's header says 10/9/2025)")
    trap("mttq-implements-new-commune-resolution", ["03-NQ/ĐU"], ["m01_mttq_kh08_2025.txt"],
         ["temporal", "ambiguous-id", "metadata-conflict"], "03-NQ/ĐU ngày 15/8/2025 is d01, before the plan")

    add("m02_hnd_kh05_2025.txt", mttq("05/KH-HND", (10, 12, 2025), "KẾ HOẠCH",
        "Hội Nông dân xã tham gia phát triển cây quế hữu cơ năm 2026", """
Thực hiện Nghị quyết số 12-NQ/HU ngày 20/5/2021 của Ban Chấp hành Đảng bộ huyện Văn Yên về phát triển cây quế theo
hướng hữu cơ; Kế hoạch số 60/KH-UBND ngày 05/11/2025 của UBND xã, Ban Thường vụ Hội Nông dân xã xây dựng Kế hoạch:

1. Thành lập 05 tổ hội nghề nghiệp trồng quế hữu cơ.
2. Phối hợp Phòng Kinh tế tập huấn kỹ thuật cho 300 hội viên.
""", org="HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN XÃ ĐÔNG CUÔNG", sign="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"))
    plant("superseded-citation", ["12-NQ/HU"], ["m02_hnd_kh05_2025.txt"],
          "plan of 10/12/2025 carries out the former district's 12-NQ/HU, replaced by the commune's 07-NQ/ĐU on 15/10/2025")


# ---------------------------------------------------------------- writers
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write_docx(path, spec):
    rid = [0]

    def run(t):
        return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'

    def para(item):
        if isinstance(item, str):
            return f"<w:p>{run(item)}</w:p>"
        out = []
        for kind, t in item:
            if kind == "t":
                out.append(run(t))
            elif kind == "ins":
                out.append(f'<w:ins w:id="{10 + rid[0]}" w:author="Văn phòng" w:date="2025-10-19T08:00:00Z">{run(t)}</w:ins>')
                rid[0] += 1
            elif kind == "del":
                out.append(f'<w:del w:id="{10 + rid[0]}" w:author="Văn phòng" w:date="2025-10-19T08:00:00Z"><w:r>'
                           f'<w:delText xml:space="preserve">{escape(t)}</w:delText></w:r></w:del>')
                rid[0] += 1
            elif kind == "c":
                out.append('<w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/>'
                           '<w:r><w:commentReference w:id="0"/></w:r>')
        return "<w:p>" + "".join(out) + "</w:p>"

    body = "".join(para(x) for x in spec["paras"])
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:document {W}><w:body>' + body + '</w:body></w:document>')
    comments = None
    if spec.get("comments"):
        comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' f'<w:comments {W}>'
                    + "".join(f'<w:comment w:id="{i}" w:author="Trưởng phòng" w:date="2025-10-19T09:00:00Z" w:initials="TP">'
                              f'<w:p>{run(c)}</w:p></w:comment>' for i, c in enumerate(spec["comments"]))
                    + '</w:comments>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' if comments else '')
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if comments:
        parts += [("word/_rels/document.xml.rels", drels), ("word/comments.xml", comments)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


SIDEBAR = [("Nghị quyết số 12/NQ-HĐND ngày 12/12/2025 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026", "/van-ban/12-nq-hdnd"),
           ("Báo cáo số 65/BC-UBND ngày 25/11/2025 kết quả thực hiện Kế hoạch 35/KH-UBND", "/van-ban/65-bc-ubnd"),
           ("Báo cáo số 15-BC/ĐU ngày 20/11/2025 của Đảng ủy xã", "/van-ban/15-bc-du")]


def write_html(path, text):
    out = ['<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
           '<title>Kế hoạch 48/KH-UBND - Cổng thông tin điện tử xã Đông Cuông</title>'
           '<style>.menu{float:left}</style></head><body>',
           '<header><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐÔNG CUÔNG - TỈNH LÀO CAI</div>',
           '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>'
           '<li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li><li><a href="/tthc">Thủ tục hành chính</a></li></ul></header>',
           '<div class="breadcrumb">Trang chủ &raquo; Văn bản &raquo; Kế hoạch</div>',
           '<div class="content"><article>']
    for line in text.split("\n"):
        out.append(f"<p>{escape(line)}</p>" if line.strip() else "")
    out.append('</article></div>')
    out.append('<aside class="sidebar"><h3>Văn bản mới</h3><ul>'
               + "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in SIDEBAR) + '</ul></aside>')
    out.append('<footer>Bản quyền © UBND xã Đông Cuông, tỉnh Lào Cai. Địa chỉ: thôn Trung Tâm, xã Đông Cuông.</footer></body></html>\n')
    open(path, "w", encoding="utf-8").write("\n".join(x for x in out if x))


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
        KEY["files"][fname] = kind
        if only and fname not in only:
            continue
        path = os.path.join(a.out, fname)
        if kind == "docx":
            write_docx(path, payload)
        elif kind == "html":
            write_html(path, payload)
        else:
            open(path, "w", encoding="utf-8").write(payload)
    if a.key:
        json.dump(KEY, open(a.key, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(DOCS), "documents;", len(KEY["planted"]), "planted;", len(KEY["external"]), "external;", len(KEY["traps"]), "traps")


if __name__ == "__main__":
    main()
