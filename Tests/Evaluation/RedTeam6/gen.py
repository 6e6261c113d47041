#!/usr/bin/env python3
"""Red team 13 corpus generator: a district's year of mass organisations (huyện Hải Hậu, tỉnh Nam Định, 2024:
Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội LHPN huyện, Hội Nông dân huyện, Hội CCB huyện, with the province-level
organisations and the Huyện ủy they implement) and a provincial department's year (Sở Nông nghiệp và PTNT tỉnh Nam
Định: a guidance letter, the districts' replies, a plan replaced mid-year, decisions amending and replacing the
Sở's Quy chế làm việc). Word files with tracked changes and comments (written with zipfile), one faxed scan and
one plain scan (drawn by libgvc through ctypes, skewed and speckled in pure Python, wrapped as image-only PDF).

Usage: gen.py --out DIR [--key PATH] [--no-pdf] [--only f1,f2]
Python 3 standard library only. Deterministic: the same run writes the same bytes.
"""
import argparse, ctypes, ctypes.util, json, os, random, re, zipfile, zlib
from xml.sax.saxutils import escape

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
DOCS = []
KEY = {"as_of": "2026-11-26", "planted": [], "traps": [], "external": [], "collateral": [], "files": {}}


def add(fname, payload, kind="txt", **kw):
    DOCS.append((fname, kind, payload, kw))


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


def d(place, dd, mm, yy):
    return f"{place}, ngày {dd:02d} tháng {mm} năm {yy}"


def tail(sign, noi):
    return "\n\n" + sign + "\n\n(Đã ký)\n\n" + "\n".join(["Nơi nhận:"] + [f"- {x}" for x in noi]) + "\n"


# ---------------------------------------------------------------- headers
def huyenuy(num, date, kind, title, body, sign="T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ"):
    return (f"ĐẢNG BỘ TỈNH NAM ĐỊNH\nHUYỆN ỦY HẢI HẬU\n*\nSố {num}\nĐẢNG CỘNG SẢN VIỆT NAM\n{d('Hải Hậu', *date)}\n\n"
            f"{kind}\n{title}\n-----\n\n" + body.strip("\n")
            + tail(sign, ["Ban Thường vụ Tỉnh ủy (b/c),", "Các đồng chí Huyện ủy viên,", "Lưu Văn phòng Huyện ủy."]))


def mttq(num, date, kind, title, body, tinh=False):
    unit = "TỈNH NAM ĐỊNH" if tinh else "HUYỆN HẢI HẬU"
    place = "Nam Định" if tinh else "Hải Hậu"
    return (f"ỦY BAN MTTQ VIỆT NAM\n{unit}\nBAN THƯỜNG TRỰC\nSố: {num}\n{MOTTO}\n{d(place, *date)}\n\n{kind}\n{title}\n\n"
            + body.strip("\n") + tail("TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH", ["Thường trực Huyện ủy (b/c),", "Các đoàn thể huyện,", "Lưu VP."]))


def doan(num, date, kind, title, body, tinh=False, numline=None):
    head = "BCH ĐOÀN TỈNH NAM ĐỊNH\n***" if tinh else "BCH ĐOÀN TỈNH NAM ĐỊNH\nBCH HUYỆN ĐOÀN HẢI HẬU\n***"
    place = "Nam Định" if tinh else "Hải Hậu"
    sign = "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ" if tinh else "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ"
    return (f"{head}\n{numline or 'Số: ' + num}\nĐOÀN TNCS HỒ CHÍ MINH\n{d(place, *date)}\n\n{kind}\n{title}\n-----\n\n"
            + body.strip("\n") + tail(sign, ["Ban Thường vụ Tỉnh đoàn (b/c),", "Thường trực Huyện ủy (b/c),", "Các cơ sở Đoàn,", "Lưu VP."]))


def hpn(num, date, kind, title, body, tinh=False, numline=None):
    head = "HỘI LHPN VIỆT NAM\nHỘI LHPN TỈNH NAM ĐỊNH" if tinh else "HỘI LHPN TỈNH NAM ĐỊNH\nHỘI LHPN HUYỆN HẢI HẬU"
    place = "Nam Định" if tinh else "Hải Hậu"
    return (f"{head}\n{numline or 'Số: ' + num}\n{MOTTO}\n{d(place, *date)}\n\n{kind}\n{title}\n\n"
            + body.strip("\n") + tail("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", ["TT Huyện ủy (b/c),", "Hội LHPN tỉnh (b/c),", "Lưu VP."]))


def hnd(num, date, kind, title, body, tinh=False):
    head = "HỘI NÔNG DÂN TỈNH NAM ĐỊNH\nBAN THƯỜNG VỤ\n*" if tinh else "HỘI NÔNG DÂN TỈNH NAM ĐỊNH\nBCH HỘI NÔNG DÂN HUYỆN HẢI HẬU\n*"
    place = "Nam Định" if tinh else "Hải Hậu"
    return (f"{head}\nSố {num}\nHỘI NÔNG DÂN VIỆT NAM\n{d(place, *date)}\n\n{kind}\n{title}\n-----\n\n"
            + body.strip("\n") + tail("T/M BAN THƯỜNG VỤ\nCHỦ TỊCH", ["Thường trực Huyện ủy (b/c),", "Hội Nông dân tỉnh (b/c),", "Lưu VP."]))


def ccb(num, date, kind, title, body):
    return (f"HỘI CCB TỈNH NAM ĐỊNH\nHỘI CCB HUYỆN HẢI HẬU\n*\nSố: {num}\nHỘI CỰU CHIẾN BINH VIỆT NAM\n{d('Hải Hậu', *date)}\n\n"
            f"{kind}\n{title}\n-----\n\n" + body.strip("\n")
            + tail("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", ["Ban Thường vụ Hội CCB tỉnh (b/c),", "Thường trực Huyện ủy (b/c),", "Lưu VP."]))


def so(num, date, kind, title, body, sign="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", vv=None):
    head = f"UBND TỈNH NAM ĐỊNH\nSỞ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN\n-------\nSố: {num}\n"
    if vv:
        head += vv + "\n"
    head += f"{MOTTO}\n---------------\n{d('Nam Định', *date)}\n\n"
    if kind:
        head += f"{kind}\n{title}\n\n"
    return head + body.strip("\n") + tail(sign, ["Như trên;", "UBND tỉnh (b/c);", "Lưu: VT, KHTC."])


def ubnd(huyen, place, num, date, kind, title, body, vv=None, numline=None):
    head = f"ỦY BAN NHÂN DÂN\nHUYỆN {huyen.upper()}\n-------\n{numline or 'Số: ' + num}\n"
    if vv:
        head += vv + "\n"
    head += f"{MOTTO}\n---------------\n{d(place, *date)}\n\n"
    if kind:
        head += f"{kind}\n{title}\n\n"
    return head + body.strip("\n") + tail("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ["Sở Nông nghiệp và PTNT;", "TT Huyện ủy, HĐND huyện;", "Lưu: VT."])


# ---------------------------------------------------------------- corpus
def build():
    # ===== Huyện ủy Hải Hậu (what the organisations implement)
    add("p01_hu_ct08_2016.txt", huyenuy("08-CT/HU", (12, 4, 2016), "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY",
        "về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý đất đai trên địa bàn huyện", """
Thực hiện Chỉ thị số 11-CT/TU ngày 05/01/2016 của Ban Thường vụ Tỉnh ủy về công tác quản lý đất đai, Ban Thường vụ
Huyện ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền các xã, thị trấn thực hiện tốt các nội dung sau:
1. Tăng cường kiểm tra việc sử dụng đất công ích.
2. Xử lý dứt điểm các trường hợp lấn chiếm đất đai.
Chỉ thị này được phổ biến đến chi bộ."""))
    add("p02_hu_ct08_2021.txt", huyenuy("08-CT/HU", (20, 7, 2021), "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY",
        "về tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận trong tình hình mới", """
Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện
tập trung thực hiện tốt các nội dung sau:
1. Nâng cao nhận thức về công tác dân vận.
2. Thực hiện tốt Quy chế dân chủ ở cơ sở.
Chỉ thị này được phổ biến đến chi bộ."""))
    trap("same-number-two-terms", ["08-CT/HU"], ["p01_hu_ct08_2016.txt", "p02_hu_ct08_2021.txt"], ["duplicate-identity"],
         "08-CT/HU of 12/4/2016 (term 2015-2020) and of 20/7/2021 (term 2020-2025): two documents, no duplicate")
    add("p03_hu_ct22_2024.txt", huyenuy("22-CT/HU", (5, 4, 2024), "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY",
        "về tiếp tục tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận", """
Sau 03 năm thực hiện Chỉ thị số 08-CT/HU ngày 20/7/2021 của Ban Thường vụ Huyện ủy, công tác dân vận có chuyển biến
tích cực, song vẫn còn hạn chế. Để tiếp tục tăng cường công tác dân vận, Ban Thường vụ Huyện ủy yêu cầu:
1. Các cấp ủy tập trung lãnh đạo thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
2. Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể.

TỔ CHỨC THỰC HIỆN
1. Ủy ban MTTQ Việt Nam huyện xây dựng kế hoạch thực hiện Chỉ thị.
2. Ban Thường vụ Huyện đoàn xây dựng kế hoạch thực hiện Chỉ thị trong đoàn viên, thanh niên.
3. Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền Chỉ thị.
Chỉ thị này có hiệu lực kể từ ngày ký, thay thế Chỉ thị số 08-CT/HU ngày 20/7/2021 của Ban Thường vụ Huyện ủy."""))
    trap("historical-mention-in-replacement", ["08-CT/HU"], ["p03_hu_ct22_2024.txt"], ["superseded-citation", "temporal"],
         "'Sau 03 năm thực hiện Chỉ thị số 08-CT/HU …' inside the directive that replaces it")
    plant("unmet-obligation", ["22-CT/HU"], ["p03_hu_ct22_2024.txt"],
          "Ban Thường vụ Huyện đoàn must write a plan implementing 22-CT/HU; the Huyện đoàn's only plan on it (d08 .docx) "
          "deleted 22-CT/HU in a tracked change and cites 08-CT/HU instead", contains="đoàn")
    trap("fulfilled-obligations-by-front-and-letter", ["22-CT/HU"], ["p03_hu_ct22_2024.txt"], ["unmet-obligation"],
         "Ủy ban MTTQ huyện wrote 44/KH-MTTQ-BTT; Ban Tuyên giáo Huyện ủy's guidance is the letter 85-CV/BTGHU "
         "'V/v hướng dẫn tuyên truyền Chỉ thị số 22-CT/HU' (a guidance typed as a Công văn)")

    add("p04_hu_kh40_2024.txt", huyenuy("40-KH/HU", (15, 1, 2024), "KẾ HOẠCH", "công tác dân vận năm 2024", """
Thực hiện Chỉ thị số 35-CT/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong tình hình mới;
Hướng dẫn số 36-HD/BDVTU ngày 20/12/2023 của Ban Dân vận Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng công tác dân vận của hệ thống chính trị.

II. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tSửa đổi, bổ sung Quy chế số 02-QC/HU ngày 15/3/2021 về công tác dân vận của hệ thống chính trị huyện\tBan Dân vận Huyện ủy\tQuý II/2024
2\tSơ kết 02 năm thực hiện Chỉ thị số 35-CT/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy\tBan Dân vận Huyện ủy\tQuý III/2024
3\tTổng kết thực hiện Chỉ thị số 08-CT/HU ngày 20/7/2021 của Ban Thường vụ Huyện ủy\tVăn phòng Huyện ủy\tQuý I/2024
4\tXây dựng Đề án nâng cao chất lượng phong trào thi đua "Dân vận khéo" giai đoạn 2026 - 2030\tBan Dân vận Huyện ủy\tNăm 2026
5\tKiểm tra, giám sát việc thực hiện công tác dân vận ở cơ sở\tỦy ban Kiểm tra Huyện ủy\tThường xuyên

III. TỔ CHỨC THỰC HIỆN
1. Ban Dân vận Huyện ủy ban hành hướng dẫn thực hiện Kế hoạch này.
2. Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện xây dựng kế hoạch thực hiện, hoàn thành trước ngày 28/02/2024."""))
    ext("35-CT/TU", "36-HD/BDVTU", "02-QC/HU")
    plant("overdue-plan", ["02-QC/HU"], ["p04_hu_kh40_2024.txt"], "row 1: planned amendment of 02-QC/HU due Quý II/2024; nothing amends it")
    plant("overdue-plan", ["35-CT/TU"], ["p04_hu_kh40_2024.txt"],
          "row 2: planned review (sơ kết) of 35-CT/TU due Quý III/2024; the MTTQ report only mentions 35-CT/TU")
    plant("unmet-obligation", ["40-KH/HU"], ["p04_hu_kh40_2024.txt"],
          "Ban Dân vận Huyện ủy must issue a guidance on 40-KH/HU; none in the corpus", contains="Dân vận")
    trap("fulfilled-review", ["08-CT/HU"], ["p04_hu_kh40_2024.txt"], ["overdue-plan"],
         "row 3: review of 08-CT/HU due Quý I/2024, done by 95-BC/HU of 20/3/2024")
    trap("not-yet-due-and-recurring", ["40-KH/HU"], ["p04_hu_kh40_2024.txt"], ["overdue-plan"],
         "row 4 Năm 2026 (due 31/12/2026), row 5 Thường xuyên")
    trap("fulfilled-obligation-front", ["40-KH/HU"], ["p04_hu_kh40_2024.txt"], ["unmet-obligation", "overdue-plan"],
         "MTTQ huyện (40/KH-MTTQ-BTT, 25/01/2024), Huyện đoàn, Hội Nông dân, Hội CCB wrote plans; only Ban Dân vận's guidance is unmet")

    add("p05_btghu_cv85_2024.txt", """HUYỆN ỦY HẢI HẬU
BAN TUYÊN GIÁO
*
Số 85-CV/BTGHU
V/v hướng dẫn tuyên truyền Chỉ thị số 22-CT/HU
của Ban Thường vụ Huyện ủy
ĐẢNG CỘNG SẢN VIỆT NAM
Hải Hậu, ngày 20 tháng 4 năm 2024

Kính gửi: - Các chi bộ, đảng bộ trực thuộc Huyện ủy,
- Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện.

Thực hiện Chỉ thị số 22-CT/HU ngày 05/4/2024 của Ban Thường vụ Huyện ủy về tiếp tục tăng cường sự lãnh đạo của cấp
ủy đối với công tác dân vận, Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền như sau:
1. Nội dung tuyên truyền: mục tiêu, nhiệm vụ và giải pháp của Chỉ thị.
2. Hình thức: qua hệ thống truyền thanh, hội nghị báo cáo viên.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

(Đã ký)

Nơi nhận:
- Như kính gửi,
- Lưu BTG.
""")
    add("p06_hu_bc95_2024.txt", huyenuy("95-BC/HU", (20, 3, 2024), "BÁO CÁO",
        "tổng kết thực hiện Chỉ thị số 08-CT/HU ngày 20/7/2021 của Ban Thường vụ Huyện ủy", """
Thực hiện Kế hoạch số 40-KH/HU ngày 15/01/2024 của Ban Thường vụ Huyện ủy, Ban Thường vụ Huyện ủy báo cáo tổng kết
thực hiện Chỉ thị số 08-CT/HU ngày 20/7/2021 như sau:
I. KẾT QUẢ THỰC HIỆN
Các cấp ủy đã quán triệt Chỉ thị đến 100% chi bộ.
II. HẠN CHẾ VÀ ĐỀ XUẤT
Đề xuất ban hành Chỉ thị mới thay thế Chỉ thị số 08-CT/HU."""))
    trap("review-of-later-replaced", ["08-CT/HU"], ["p06_hu_bc95_2024.txt"], ["superseded-citation"],
         "a report of 20/3/2024 reviewing 08-CT/HU, replaced only on 05/4/2024; 'Đề xuất ban hành Chỉ thị mới thay thế' is a proposal")

    # ===== Ủy ban MTTQ Việt Nam
    add("m01_mttq_kh40_2024.txt", mttq("40/KH-MTTQ-BTT", (25, 1, 2024), "KẾ HOẠCH",
        "Thực hiện công tác dân vận và các cuộc vận động năm 2024", """
Thực hiện Kế hoạch số 40-KH/HU ngày 15/01/2024 của Ban Thường vụ Huyện ủy về công tác dân vận năm 2024; Kế hoạch số
215/KH-MTTQ-BTT ngày 10/01/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức các cuộc vận động năm 2024,
Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng Kế hoạch như sau:

NHIỆM VỤ CỤ THỂ
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tTổng kết thực hiện Kế hoạch số 215/KH-MTTQ-BTT ngày 10/01/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh\tBan Thường trực\tQuý IV/2024
2\tTổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư\tBan Công tác Mặt trận các xóm\tHằng năm"""))
    plant("overdue-plan", ["215/KH-MTTQ-BTT"], ["m01_mttq_kh40_2024.txt"],
          "row 1: review of the province Front's 215/KH-MTTQ-BTT due Quý IV/2024; no review in the corpus")
    trap("same-number-front-and-party", ["40-KH/HU", "40/KH-MTTQ-BTT"], ["m01_mttq_kh40_2024.txt"],
         ["metadata-conflict", "duplicate-identity", "ambiguous-id", "cycle", "dangling"],
         "the Front's own 40/KH-MTTQ-BTT implements the Huyện ủy's 40-KH/HU: two documents numbered 40")
    trap("province-front-same-code", ["215/KH-MTTQ-BTT"], ["m01_mttq_kh40_2024.txt"], ["dangling", "metadata-conflict"],
         "215/KH-MTTQ-BTT is the province Front's (m06), same code MTTQ-BTT as the district's")
    add("m02_mttq_kh42_2024.txt", mttq("42/KH-MTTQ-BTT", (5, 3, 2024), "KẾ HOẠCH",
        "Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo năm 2024", """
Thực hiện Hướng dẫn số 43/HD-MTTQ-BTT ngày 05/3/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện về giám sát
và phản biện xã hội năm 2024, Ban Thường trực xây dựng Kế hoạch giám sát như sau:
1. Đối tượng giám sát: UBND các xã, thị trấn.
2. Thời gian: Quý II/2024."""))
    add("m03_mttq_hd43_2024.txt", mttq("43/HD-MTTQ-BTT", (5, 3, 2024), "HƯỚNG DẪN",
        "Thực hiện Kế hoạch giám sát năm 2024", """
Hướng dẫn thực hiện Kế hoạch số 42/KH-MTTQ-BTT ngày 05/3/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện,
Ban Thường trực hướng dẫn Ban Thường trực Ủy ban MTTQ các xã, thị trấn như sau:
1. Thành lập đoàn giám sát.
2. Báo cáo kết quả về Ban Thường trực trước ngày 30/6/2024."""))
    plant("cycle", ["42/KH-MTTQ-BTT", "43/HD-MTTQ-BTT"], ["m02_mttq_kh42_2024.txt", "m03_mttq_hd43_2024.txt"],
          "the plan implements the guidance, the guidance guides the plan (same day)")
    KEY["collateral"].append({"rule": "overdue-plan", "files": ["m03_mttq_hd43_2024.txt"], "ids": ["43/HD-MTTQ-BTT"],
                              "what": "justified, not planted: the communes' Front committees were to report by 30/6/2024; no report is in the corpus"})
    add("m04_mttq_kh44_2024.txt", mttq("44/KH-MTTQ-BTT", (25, 4, 2024), "KẾ HOẠCH",
        "Thực hiện Chỉ thị số 22-CT/HU của Ban Thường vụ Huyện ủy", """
Năm 2021, thực hiện Chỉ thị số 08-CT/HU ngày 20/7/2021 của Ban Thường vụ Huyện ủy, Mặt trận các cấp đã vận động nhân
dân hiến trên 12.000 m2 đất làm đường giao thông nông thôn.
Thực hiện Chỉ thị số 22-CT/HU ngày 05/4/2024 của Ban Thường vụ Huyện ủy, Ban Thường trực Ủy ban MTTQ Việt Nam huyện
xây dựng Kế hoạch thực hiện như sau:
1. Tuyên truyền Chỉ thị đến các tầng lớp nhân dân.
2. Phát huy vai trò giám sát của nhân dân."""))
    trap("historical-mention", ["08-CT/HU"], ["m04_mttq_kh44_2024.txt"], ["superseded-citation"],
         "'Năm 2021, thực hiện Chỉ thị số 08-CT/HU …' is a past fact in a plan of 25/4/2024")
    add("m05_mttq_bc150_2024.txt", mttq("150/BC-MTTQ-BTT", (10, 12, 2024), "BÁO CÁO",
        "Kết quả công tác Mặt trận năm 2024, phương hướng nhiệm vụ năm 2025", """
I. KẾT QUẢ THỰC HIỆN
Năm 2024, Ban Thường trực Ủy ban MTTQ Việt Nam huyện đã phối hợp tuyên truyền Chỉ thị số 35-CT/TU của Ban Thường vụ
Tỉnh ủy và Kế hoạch số 40-KH/HU của Ban Thường vụ Huyện ủy; triển khai Kế hoạch số 40/KH-MTTQ-BTT của Ban Thường
trực. Ban Thường trực tập trung thực hiện 04 nội dung trọng tâm sau:
1. Tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư.
2. Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo.
3. Vận động Quỹ "Vì người nghèo" được 1,2 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Tiếp tục thực hiện các cuộc vận động."""))
    plant("count-mismatch", ["150/BC-MTTQ-BTT"], ["m05_mttq_bc150_2024.txt"], "'thực hiện 04 nội dung trọng tâm sau:' followed by 3 items")
    trap("mention-not-review", ["35-CT/TU"], ["m05_mttq_bc150_2024.txt", "p04_hu_kh40_2024.txt"], ["overdue-plan"],
         "the Front's report merely mentions 35-CT/TU; it is no review, so the planned review in p04 stays overdue",
         requires={"rule": "overdue-plan", "id": "35-CT/TU", "file": "p04_hu_kh40_2024.txt"})
    trap("party-and-front-number-40-in-one-text", ["40-KH/HU", "40/KH-MTTQ-BTT"], ["m05_mttq_bc150_2024.txt"],
         ["ambiguous-id", "metadata-conflict", "dangling"], "both 40s cited undated in one sentence; each resolves")
    add("m06_mttqtinh_kh215_2024.txt", mttq("215/KH-MTTQ-BTT", (10, 1, 2024), "KẾ HOẠCH",
        "Tổ chức các cuộc vận động năm 2024", """
Thực hiện Hướng dẫn số 18/HD-MTTW-BTT ngày 20/12/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban
Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng Kế hoạch như sau:
1. Tổ chức các cuộc vận động lớn.
2. Tổng kết năm 2024.""", tinh=True))
    ext("18/HD-MTTW-BTT")

    # ===== Đoàn TNCS Hồ Chí Minh
    add("d01_tdtn_kh112_2024.txt", doan("112-KH/TĐTN-PT", (12, 3, 2024), "KẾ HOẠCH", "Tổ chức Tháng Thanh niên năm 2024", """
Thực hiện Kế hoạch số 301-KH/TWĐTN-PT ngày 28/02/2024 của Ban Bí thư Trung ương Đoàn về tổ chức Tháng Thanh niên năm
2024, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:
1. Tổ chức lễ ra quân Tháng Thanh niên.
2. Triển khai các công trình thanh niên.

TỔ CHỨC THỰC HIỆN
Các huyện đoàn, thành đoàn và đoàn trực thuộc xây dựng kế hoạch triển khai, gửi về Ban Thường vụ Tỉnh đoàn trước
ngày 20/3/2024.""", tinh=True))
    ext("301-KH/TWĐTN-PT")
    trap("fulfilled-obligation-youth", ["112-KH/TĐTN-PT"], ["d01_tdtn_kh112_2024.txt"], ["unmet-obligation", "overdue-plan"],
         "Huyện đoàn Hải Hậu wrote 25-KH/HĐTN of 15/3/2024 implementing it (and 20-KH/HĐTN)")
    add("d02_hdtn_ctr05_2024.txt", doan("05-CTr/HĐTN", (8, 1, 2024), "CHƯƠNG TRÌNH",
        "Công tác Đoàn và phong trào thanh thiếu nhi năm 2024", """
Căn cứ Kế hoạch số 30-KH/HĐTN ngày 08/01/2024 của Ban Thường vụ Huyện đoàn về triển khai công tác Đoàn năm 2024,
Ban Thường vụ Huyện đoàn xây dựng Chương trình như sau:
1. Công tác giáo dục chính trị, tư tưởng.
2. Các phong trào hành động cách mạng."""))
    add("d03_hdtn_kh30_2024.txt", doan("30-KH/HĐTN", (8, 1, 2024), "KẾ HOẠCH", "Triển khai công tác Đoàn năm 2024", """
Thực hiện Chương trình số 05-CTr/HĐTN ngày 08/01/2024 của Ban Thường vụ Huyện đoàn về công tác Đoàn và phong trào
thanh thiếu nhi năm 2024, Ban Thường vụ Huyện đoàn xây dựng Kế hoạch như sau:
1. Giao chỉ tiêu cho các cơ sở Đoàn.
2. Kiểm tra, đánh giá định kỳ."""))
    plant("cycle", ["05-CTr/HĐTN", "30-KH/HĐTN"], ["d02_hdtn_ctr05_2024.txt", "d03_hdtn_kh30_2024.txt"],
          "the programme rests on the plan, the plan implements the programme (same day)")
    add("d04_hdtn_kh25a_2024.txt", doan("25-KH/HĐTN", (15, 3, 2024), "KẾ HOẠCH", "Tổ chức Tháng Thanh niên năm 2024", """
Thực hiện Kế hoạch số 112-KH/TĐTN-PT ngày 12-3-2024 của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên năm 2024,
Ban Thường vụ Huyện đoàn xây dựng Kế hoạch như sau:
1. Ra quân Tháng Thanh niên tại 35 cơ sở Đoàn.
2. Ngày Chủ nhật xanh.""", numline="Số 25 - KH/HĐTN"))
    add("d05_hdtn_kh25b_2024.txt", doan("25-KH/HĐTN", (2, 4, 2024), "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh", """
Ban Thường vụ Huyện đoàn xây dựng Kế hoạch tổ chức các hoạt động kỷ niệm như sau:
1. Tổ chức mít tinh kỷ niệm.
2. Tuyên dương đoàn viên tiêu biểu."""))
    plant("duplicate-identity", ["25-KH/HĐTN"], ["d04_hdtn_kh25a_2024.txt", "d05_hdtn_kh25b_2024.txt"],
          "two plans of the Huyện đoàn numbered 25-KH/HĐTN ('Số 25 - KH/HĐTN' 15/3/2024 and 'Số: 25-KH/HĐTN' 02/4/2024)")
    trap("spaced-number-and-dash-date", ["112-KH/TĐTN-PT"], ["d04_hdtn_kh25a_2024.txt"],
         ["dangling", "metadata-conflict", "temporal"], "own number 'Số 25 - KH/HĐTN'; 112-KH/TĐTN-PT cited 'ngày 12-3-2024' = its date")
    add("d06_hdtn_kh20_2024.txt", doan("20-KH/HĐTN", (5, 3, 2024), "KẾ HOẠCH", "Ra quân Ngày Chủ nhật xanh năm 2024", """
Thực hiện Kế hoạch số 112-KH/TĐTN-PT ngày 12/3/2024 của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên năm 2024,
Ban Thường vụ Huyện đoàn xây dựng Kế hoạch ra quân như sau:
1. Thời gian: ngày 24/3/2024.
2. Địa điểm: các xã ven biển."""))
    plant("temporal", ["112-KH/TĐTN-PT"], ["d06_hdtn_kh20_2024.txt"], "plan of 05/3/2024 implements 112-KH/TĐTN-PT of 12/3/2024")
    add("d07_hdtn_kh27_2024.txt", doan("27-KH/HĐTN", (18, 3, 2024), "KẾ HOẠCH", "Chiến dịch thanh niên tình nguyện hè năm 2024", """
Thực hiện Kế hoạch số 112-KH/TĐTN-PT ngày 12/3/2024 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Huyện đoàn xây dựng
Kế hoạch như sau:
1. Mục đích: phát huy vai trò xung kích của thanh niên.
2. Giao Ban Tuyên giáo Huyện đoàn chủ trì xây dựng Hướng dẫn thực hiện Kế hoạch số 112-KH/TĐTN-PT, hoàn thành trước ngày 31/3/2024.
3. Các cơ sở Đoàn đăng ký công trình trước ngày 15/5/2024."""))
    plant("overdue-plan", ["112-KH/TĐTN-PT"], ["d07_hdtn_kh27_2024.txt"],
          "prose task: Ban Tuyên giáo Huyện đoàn to write a Hướng dẫn implementing 112-KH/TĐTN-PT before 31/3/2024; none")

    # d08: Word with tracked changes and a comment
    add("d08_hdtn_kh38_2024.docx", {
        "author": "Trần Minh Đức",
        "paras": [
            "BCH ĐOÀN TỈNH NAM ĐỊNH", "BCH HUYỆN ĐOÀN HẢI HẬU", "***", "Số: 38-KH/HĐTN",
            "ĐOÀN TNCS HỒ CHÍ MINH", "Hải Hậu, ngày 10 tháng 9 năm 2024", "",
            "KẾ HOẠCH", "Tuyên truyền, thực hiện công tác dân vận trong đoàn viên, thanh niên", "",
            "Thực hiện Chỉ thị số {-22-CT/HU ngày 05/4/2024-}{+08-CT/HU ngày 20/7/2021+} của Ban Thường vụ Huyện ủy về "
            "{c0>tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận<c0}, Ban Thường vụ Huyện đoàn xây dựng Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Đoàn viên, thanh niên nắm vững và thực hiện tốt công tác dân vận.",
            "II. NHIỆM VỤ",
            "TT\tNội dung\tĐơn vị chủ trì\tThời gian",
            "1\tTổ chức diễn đàn \"Thanh niên với công tác dân vận\"\tBan Tuyên giáo Huyện đoàn\tQuý IV/2024",
            "2\tSơ kết thực hiện Kế hoạch số 25-KH/HĐTN ngày 02/4/2024 của Ban Thường vụ Huyện đoàn\tVăn phòng Huyện đoàn\t{-Năm 2027-}{+Tháng 10/2024+}",
            "3\tXây dựng mô hình \"Dân vận khéo\" trong Đoàn\tCác cơ sở Đoàn\tThường xuyên",
            "",
            "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "BÍ THƯ", "", "(Đã ký)", "",
            "Nơi nhận:", "- Thường trực Huyện ủy (b/c),", "- Ban Dân vận Huyện ủy,", "- Lưu VP.",
        ],
        "comments": {0: "Đề nghị Văn phòng kiểm tra lại: Chỉ thị số 08-CT/HU đã được thay thế bằng Chỉ thị số 22-CT/HU ngày 05/4/2024."},
    }, kind="docx")
    plant("superseded-citation", ["08-CT/HU"], ["d08_hdtn_kh38_2024.docx"],
          "the inserted text (w:ins) cites 08-CT/HU of 20/7/2021, replaced on 05/4/2024; the deleted text cited 22-CT/HU")
    trap("dated-citation-of-duplicate", ["25-KH/HĐTN"], ["d08_hdtn_kh38_2024.docx"], ["metadata-conflict"],
         "row 2 cites '25-KH/HĐTN ngày 02/4/2024': exactly the second plan of that number (d05); the date is right")
    plant("overdue-plan", ["25-KH/HĐTN"], ["d08_hdtn_kh38_2024.docx"],
          "row 2: review of 25-KH/HĐTN (02/4/2024) whose deadline was changed from 'Năm 2027' (deleted) to 'Tháng 10/2024' (inserted); no review")
    trap("comment-cites-replacement", ["08-CT/HU", "22-CT/HU"], ["d08_hdtn_kh38_2024.docx"],
         ["inverse-inconsistency", "cycle", "dangling"],
         "a reviewer's comment (comments.xml) says 08-CT/HU was replaced by 22-CT/HU: no relation of this plan")
    trap("deleted-citation-not-read", ["22-CT/HU"], ["d08_hdtn_kh38_2024.docx", "p03_hu_ct22_2024.txt"], ["temporal"],
         "the deleted 22-CT/HU must not count: the Huyện đoàn's obligation under 22-CT/HU stays unmet",
         requires={"rule": "unmet-obligation", "id": "22-CT/HU", "file": "p03_hu_ct22_2024.txt"})

    add("d09_hdtn_bc45_2024.txt", doan("45-BC/HĐTN", (15, 12, 2024), "BÁO CÁO", "Kết quả công tác Đoàn và phong trào thanh thiếu nhi năm 2024", """
Năm 2024, thực hiện kế hoạch số 30-kh/HĐTN ngày 08/01/2024 của Ban Thường vụ Huyện đoàn, các cơ sở Đoàn đã hoàn thành
các chỉ tiêu được giao. Tháng Thanh niên được tổ chức theo Kế hoạch số 112-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn.
Kết quả cụ thể:
1. Kết nạp 320 đoàn viên mới.
2. Thực hiện 42 công trình thanh niên."""))
    trap("lowercase-code-resolves", ["30-KH/HĐTN"], ["d09_hdtn_bc45_2024.txt"], ["dangling", "metadata-conflict"],
         "'kế hoạch số 30-kh/HĐTN ngày 08/01/2024' is the Huyện đoàn's 30-KH/HĐTN")

    # ===== Hội LHPN
    add("w01_hpntinh_kh45_2024.txt", hpn("45/KH-HPN", (8, 1, 2024), "KẾ HOẠCH", "Thực hiện công tác Hội năm 2024", """
Căn cứ Kế hoạch số 1085/KH-ĐCT ngày 20/12/2023 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về công tác Hội năm
2024, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:
1. Tuyên truyền, giáo dục hội viên.
2. Hỗ trợ phụ nữ phát triển kinh tế.""", tinh=True))
    ext("1085/KH-ĐCT")
    add("w02_hpn_kh12a_2024.txt", hpn("12/KH-HPN", (5, 3, 2024), "KẾ HOẠCH", "Thực hiện công tác Hội và phong trào phụ nữ năm 2024", """
Căn cứ Kế hoạch số 45/KH-HPN ngày 18/01/2024 của Ban Thường vụ Hội LHPN tỉnh về thực hiện công tác Hội năm 2024;
Kế hoạch số 40-KH/HU ngày 15/01/2024 của Ban Thường vụ Huyện ủy, Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch như sau:

NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tSơ kết 6 tháng thực hiện Kế hoạch số 45/KH-HPN của Ban Thường vụ Hội LHPN tỉnh\tVăn phòng Hội\tTháng 7/2024
2\tTổ chức Ngày hội phụ nữ khởi nghiệp\tBan Phong trào\tQuý II/2024 và thực hiện thường xuyên""", numline="Số:12/KH-HPN"))
    plant("metadata-conflict", ["45/KH-HPN"], ["w02_hpn_kh12a_2024.txt"], "45/KH-HPN cited as of 18/01/2024; it is dated 08/01/2024")
    plant("overdue-plan", ["45/KH-HPN"], ["w02_hpn_kh12a_2024.txt"], "row 1: 6-month review of 45/KH-HPN due Tháng 7/2024; none")
    trap("province-and-district-same-code", ["45/KH-HPN", "12/KH-HPN"], ["w02_hpn_kh12a_2024.txt"], ["dangling"],
         "'Số:12/KH-HPN' (no space) is the district union's own number; 45/KH-HPN is the province union's")
    add("w03_hpn_kh12b_2024.docx", {
        "author": "Nguyễn Thị Hoa",
        "paras": [
            "HỘI LHPN TỈNH NAM ĐỊNH", "HỘI LHPN HUYỆN HẢI HẬU", "Số: 12/KH-HPN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hải Hậu, ngày 20 tháng 3 năm 2024", "",
            "KẾ HOẠCH", "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2024 - 2026", "",
            "Căn cứ Kế hoạch số 45/KH-HPN ngày 08/01/2024 của Ban Thường vụ Hội LHPN tỉnh{- và Kế hoạch số 40-KH/HU ngày 25/01/2024 của Ban Thường vụ Huyện ủy-}, "
            "Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch như sau:",
            "TT\tNội dung\tĐơn vị chủ trì\tThời gian",
            "1\tTổng kết thực hiện Kế hoạch số 45/KH-HPN ngày 08/01/2024 của Ban Thường vụ Hội LHPN tỉnh\tVăn phòng Hội\t{-Tháng 6/2024-}{+Tháng 12/2026+}",
            "{ROW-}2\tSơ kết thực hiện Kế hoạch số 1085/KH-ĐCT ngày 20/12/2023 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam\tVăn phòng Hội\tTháng 6/2024",
            "2\t{c0>Hỗ trợ 50 hội viên vay vốn khởi nghiệp<c0}\tBan Phong trào\tNăm 2025",
            "",
            "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "(Đã ký)",
        ],
        "comments": {0: "Chị xem lại chỉ tiêu, theo Kế hoạch số 45/KH-HPN là 60 hội viên."},
    }, kind="docx")
    plant("duplicate-identity", ["12/KH-HPN"], ["w02_hpn_kh12a_2024.txt", "w03_hpn_kh12b_2024.docx"],
          "the district women's union numbered two plans 12/KH-HPN (05/3/2024 .txt, 20/3/2024 .docx)")
    trap("tracked-deadline-not-yet-due", ["45/KH-HPN"], ["w03_hpn_kh12b_2024.docx"], ["overdue-plan"],
         "row 1's deadline 'Tháng 6/2024' was deleted and 'Tháng 12/2026' inserted: not yet due")
    trap("deleted-table-row", ["1085/KH-ĐCT"], ["w03_hpn_kh12b_2024.docx"], ["overdue-plan", "dangling"],
         "a task row deleted as a whole (w:trPr/w:del) planned a review of 1085/KH-ĐCT due Tháng 6/2024: deleted, no plan")
    trap("deleted-wrong-date-not-read", ["40-KH/HU"], ["w03_hpn_kh12b_2024.docx"], ["metadata-conflict"],
         "the deleted phrase cited 40-KH/HU with a wrong date (25/01/2024); deleted text is no citation")

    # ===== Hội Nông dân
    add("n01_hndt_kh75_2024.txt", hnd("75-KH/HNDT", (22, 1, 2024), "KẾ HOẠCH", "Thực hiện nhiệm vụ công tác Hội năm 2024", """
Thực hiện Kế hoạch số 168-KH/HNDTW ngày 05/01/2024 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Ban Thường vụ
Hội Nông dân tỉnh xây dựng Kế hoạch như sau:
1. Phong trào nông dân sản xuất, kinh doanh giỏi.
2. Hỗ trợ nông dân chuyển đổi số.

TỔ CHỨC THỰC HIỆN
Ban Thường vụ Hội Nông dân các huyện, thành phố xây dựng kế hoạch thực hiện.""", tinh=True))
    ext("168-KH/HNDTW")
    trap("fulfilled-obligation-farmers", ["75-KH/HNDT"], ["n01_hndt_kh75_2024.txt"], ["unmet-obligation"],
         "Hội Nông dân huyện Hải Hậu wrote 25-KH/HNDH and 31-KH/HNDH implementing it")
    add("n02_hndh_kh25_2024.txt", hnd("25-KH/HNDH", (15, 1, 2024), "KẾ HOẠCH", "Thực hiện nhiệm vụ công tác Hội năm 2024", """
Thực hiện Kế hoạch số 75-KH/HNDT ngày 22/01/2024 của Ban Thường vụ Hội Nông dân tỉnh; Kế hoạch số 40-KH/HU ngày
15/01/2024 của Ban Thường vụ Huyện ủy, Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:
1. Vận động hội viên tham gia xây dựng nông thôn mới kiểu mẫu.
2. Phát triển 05 tổ hợp tác."""))
    plant("temporal", ["75-KH/HNDT"], ["n02_hndh_kh25_2024.txt"], "plan of 15/01/2024 implements 75-KH/HNDT of 22/01/2024")
    trap("same-number-two-organisations", ["25-KH/HNDH"], ["n02_hndh_kh25_2024.txt"], ["duplicate-identity", "ambiguous-id"],
         "25-KH/HNDH (farmers) and 25-KH/HĐTN (youth): different organisations")
    add("n03_hndh_qc03_2020.txt", hnd("03-QC/HNDH", (10, 6, 2020), "QUY CHẾ", "Làm việc của Ban Chấp hành Hội Nông dân huyện khóa X, nhiệm kỳ 2018 - 2023", """
Chương I. QUY ĐỊNH CHUNG
Điều 1. Quy chế này quy định trách nhiệm, quyền hạn của Ban Chấp hành, Ban Thường vụ.
Điều 2. Ban Thường vụ họp thường kỳ mỗi tháng một lần."""))
    add("n04_hndh_qd45_2024.txt", hnd("45-QĐ/HNDH", (10, 3, 2024), "QUYẾT ĐỊNH", "về việc bãi bỏ Quy chế số 03-QC/HNDH ngày 10/6/2020", """
BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN HẢI HẬU
Căn cứ Điều lệ Hội Nông dân Việt Nam;
Xét đề nghị của Văn phòng Hội,
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ Quy chế số 03-QC/HNDH ngày 10/6/2020 của Ban Chấp hành Hội Nông dân huyện.
Điều 2. Quyết định có hiệu lực kể từ ngày ký."""))
    trap("repealed-named-in-repealer-title", ["03-QC/HNDH"], ["n04_hndh_qd45_2024.txt"], ["superseded-citation", "temporal"],
         "the repealer's own title names the Quy chế it repeals")
    add("n05_hndh_qc05_2024.txt", hnd("05-QC/HNDH", (20, 6, 2024), "QUY CHẾ", "Làm việc của Ban Chấp hành Hội Nông dân huyện khóa XI, nhiệm kỳ 2023 - 2028", """
Chương I. QUY ĐỊNH CHUNG
Điều 1. Quy chế này quy định trách nhiệm, quyền hạn của Ban Chấp hành, Ban Thường vụ.
Điều 12. Quy chế này có hiệu lực kể từ ngày ký, thay thế Quy chế số 03-QC/HNDH ngày 10/6/2020 của Ban Chấp hành Hội
Nông dân huyện."""))
    plant("inverse-inconsistency", ["03-QC/HNDH"], ["n05_hndh_qc05_2024.txt", "n04_hndh_qd45_2024.txt"],
          "03-QC/HNDH repealed by 45-QĐ/HNDH (10/3/2024), then 'replaced' by 05-QC/HNDH (20/6/2024)")
    add("n06_hndh_kh31_2024_scan.pdf", [
        "HỘI NÔNG DÂN TỈNH NAM ĐỊNH              HỘI NÔNG DÂN VIỆT NAM",
        "BCH HỘI NÔNG DÂN HUYỆN HẢI HẬU",
        "*",
        "Số 31-KH/HNDH                   Hải Hậu, ngày 05 tháng 4 năm 2024",
        "",
        "KẾ HOẠCH",
        "Hỗ trợ nông dân phát triển sản xuất năm 2024",
        "",
        "Thực hiện Kế hoạch số 75-KH/HNDT ngày 22/01/2024 của Ban Thường vụ Hội Nông dân tỉnh,",
        "Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:",
        ("table", [["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
                   ["1", "Mở 10 lớp tập huấn kỹ thuật", "Ban Kinh tế - Xã hội", "Quý II/2024"],
                   ["2", "Sơ kết 6 tháng thực hiện Kế hoạch số 75-KH/HNDT", "Văn phòng Hội", "Tháng 9/2024"]]),
        "",
        "T/M BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
    ], kind="scan")
    plant("overdue-plan", ["75-KH/HNDT"], ["n06_hndh_kh31_2024_scan.pdf"], "scanned row 2: review of 75-KH/HNDT due Tháng 9/2024; none")
    add("n07_hndh_bc60_2024.txt", hnd("60-BC/HNDH", (10, 12, 2024), "BÁO CÁO", "Kết quả công tác Hội năm 2024", """
Năm 2021, thực hiện Chỉ thị số 08-CT/HU ngày 20/7/2021 của Ban Thường vụ Huyện ủy, các cơ sở Hội đã tham gia vận động
nhân dân hiến đất. Trước đây, Ban Chấp hành làm việc theo Quy chế số 03-QC/HNDH ngày 10/6/2020 (nay đã được thay thế
bằng Quy chế số 05-QC/HNDH ngày 20/6/2024).
Năm 2024, thực hiện Kế hoạch số
75-KH/HNDT ngày 22/01/2024 của Ban Thường vụ Hội Nông dân tỉnh, Hội đã hoàn thành các chỉ tiêu."""))
    trap("historical-mentions", ["08-CT/HU", "03-QC/HNDH"], ["n07_hndh_bc60_2024.txt"], ["superseded-citation", "inverse-inconsistency"],
         "'Năm 2021, thực hiện …' and 'Trước đây … (nay đã được thay thế bằng …)' are history")
    trap("line-break-inside-citation", ["75-KH/HNDT"], ["n07_hndh_bc60_2024.txt"], ["dangling", "metadata-conflict"],
         "'Kế hoạch số' ⏎ '75-KH/HNDT ngày 22/01/2024' resolves")

    # ===== Hội CCB
    add("v01_ccb_kh18_2024.txt", ccb("18-KH/CCB", (3, 5, 2024), "KẾ HOẠCH", "Thực hiện công tác dân vận năm 2024", """
Thực hiện Chỉ thị số 08-CT/HU ngày 20/7/2021 của Ban Thường vụ Huyện ủy về tăng cường sự lãnh đạo của cấp ủy đối với
công tác dân vận trong tình hình mới; Kế hoạch số 40-KH/HU ngày 25-01-2024 của Ban Thường vụ Huyện ủy về công tác dân
vận năm 2024, Ban Thường vụ Hội CCB huyện xây dựng Kế hoạch như sau:

NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời gian
\tQuý II/2024 (03 nhiệm vụ)\t\t
1\tQuán triệt Kế hoạch đến các chi hội\tBan Tổ chức - Kiểm tra\tTháng 5/2024
2\tVận động hội viên tham gia hòa giải ở cơ sở\tCác chi hội\tTháng 6/2024
\tQuý III/2024 (01 nhiệm vụ)\t\t
3\tGặp mặt hội viên tiêu biểu\tVăn phòng Hội\tTháng 7/2024

TỔ CHỨC THỰC HIỆN
Giao Ban Tổ chức - Kiểm tra Hội CCB huyện chủ trì xây dựng Hướng dẫn các chi hội thực hiện Kế hoạch, hoàn thành trước ngày 30/6/2024."""))
    plant("superseded-citation", ["08-CT/HU"], ["v01_ccb_kh18_2024.txt"], "plan of 03/5/2024 implements 08-CT/HU, replaced by 22-CT/HU on 05/4/2024")
    plant("metadata-conflict", ["40-KH/HU"], ["v01_ccb_kh18_2024.txt"], "40-KH/HU cited 'ngày 25-01-2024'; it is dated 15/01/2024")
    plant("count-mismatch", ["18-KH/CCB"], ["v01_ccb_kh18_2024.txt"], "group row 'Quý II/2024 (03 nhiệm vụ)' followed by 2 rows")
    plant("overdue-plan", ["18-KH/CCB"], ["v01_ccb_kh18_2024.txt"],
          "prose task: Ban Tổ chức - Kiểm tra to write a Hướng dẫn before 30/6/2024; none", announces=True)
    trap("count-correct", ["18-KH/CCB"], ["v01_ccb_kh18_2024.txt"], ["count-mismatch"],
         "group row 'Quý III/2024 (01 nhiệm vụ)' has 1 row (scored by the count-mismatch plant: one finding only)")
    add("v02_ccb_bc22_2024.txt", ccb("22-BC/CCB", (20, 11, 2024), "BÁO CÁO", "Kết quả công tác Hội năm 2024", """
Năm 2024, Ban Thường vụ Hội CCB huyện tiếp tục quán triệt Chỉ thị số 08-CT/HU của Ban Thường vụ Huyện ủy đến 100% chi
hội. Kết quả: 
1. Tham gia hòa giải thành 45 vụ việc.
2. Giúp nhau phát triển kinh tế."""))
    plant("ambiguous-id", ["08-CT/HU"], ["v02_ccb_bc22_2024.txt"], "08-CT/HU without date: the corpus holds the 2016 and the 2021 directive")
    KEY["collateral"].append({"rule": "superseded-citation", "files": ["v02_ccb_bc22_2024.txt"], "ids": ["08-CT/HU"]})

    # ===== Sở Nông nghiệp và PTNT tỉnh Nam Định
    add("s01_snn_kh45_2024.txt", so("45/KH-SNN", (10, 1, 2024), "KẾ HOẠCH", "Phòng, chống dịch bệnh động vật năm 2024", """
Căn cứ Luật Thú y số 79/2015/QH13 ngày 19/6/2015;
Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch phòng, chống dịch bệnh động vật năm 2024 như sau:
1. Tiêm phòng vụ Xuân - Hè.
2. Giám sát dịch bệnh."""))
    ext("79/2015/QH13")
    add("s02_snn_kh156_2024.txt", so("156/KH-SNN", (20, 6, 2024), "KẾ HOẠCH", "Phòng, chống dịch bệnh động vật năm 2024 (thay thế)", """
Căn cứ Công văn số 1567/BNN-TY ngày 12/6/2024 của Bộ Nông nghiệp và PTNT về tăng cường phòng, chống dịch tả lợn châu
Phi; Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch như sau:

NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tXây dựng Đề án phát triển chăn nuôi an toàn sinh học giai đoạn 2025 - 2030\tPhòng Kế hoạch - Tài chính\tQuý III/2024
2\tTổng kết thực hiện Kế hoạch số 45/KH-SNN ngày 10/01/2024 của Sở\tChi cục Chăn nuôi và Thú y\tTháng 7/2024
3\tTiêm phòng vụ Xuân - Hè, vụ Thu - Đông\tUBND các huyện, thành phố\tHằng năm

TỔ CHỨC THỰC HIỆN
1. Chi cục Chăn nuôi và Thú y xây dựng kế hoạch giám sát dịch bệnh động vật năm 2024.
2. UBND các huyện, thành phố xây dựng kế hoạch thực hiện.
Kế hoạch này thay thế Kế hoạch số 45/KH-SNN ngày 10/01/2024 của Sở Nông nghiệp và Phát triển nông thôn."""))
    ext("1567/BNN-TY")
    plant("overdue-plan", ["156/KH-SNN"], ["s02_snn_kh156_2024.txt"], "row 1 announces a new Đề án due Quý III/2024; none", announces=True)
    plant("unmet-obligation", ["156/KH-SNN"], ["s02_snn_kh156_2024.txt"],
          "Chi cục Chăn nuôi và Thú y must write a surveillance plan; none", contains="Chi cục")
    trap("review-of-replaced-in-replacement", ["45/KH-SNN"], ["s02_snn_kh156_2024.txt"], ["superseded-citation", "overdue-plan"],
         "row 2: review of the plan this one replaces, done by 480/BC-SNN of 25/7/2024 (due Tháng 7/2024)")
    trap("fulfilled-obligation-districts-and-recurring", ["156/KH-SNN"], ["s02_snn_kh156_2024.txt"], ["unmet-obligation"],
         "UBND huyện Nghĩa Hưng wrote 210/KH-UBND implementing it (a plural body: any district); row 3 Hằng năm")
    add("s03_snn_cv1250_2024.txt", so("1250/SNN-KHTC", (5, 3, 2024), None, None, """
Kính gửi: Ủy ban nhân dân các huyện, thành phố.

Thực hiện Quyết định số 1520/QĐ-UBND ngày 12/7/2023 của UBND tỉnh về Bộ tiêu chí xã nông thôn mới nâng cao, Sở Nông
nghiệp và Phát triển nông thôn đề nghị UBND các huyện, thành phố rà soát kết quả thực hiện, báo cáo về Sở (qua Phòng
Kế hoạch - Tài chính) trước ngày 31/3/2024.""", vv="V/v hướng dẫn rà soát, báo cáo kết quả thực hiện\nChương trình MTQG xây dựng nông thôn mới"))
    ext("1520/QĐ-UBND")
    add("s04_snn_qd120_2020.txt", so("120/QĐ-SNN", (12, 2, 2020), "QUYẾT ĐỊNH", "Ban hành Quy chế làm việc của Sở Nông nghiệp và Phát triển nông thôn", """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nông nghiệp và Phát triển nông thôn.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.""", sign="GIÁM ĐỐC"))
    add("s05_snn_qd388_2024.txt", so("388/QĐ-SNN", (10, 5, 2024), "QUYẾT ĐỊNH", "Sửa đổi, bổ sung một số điều của Quy chế làm việc của Sở", """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quy chế làm việc của Sở ban hành kèm theo Quyết định số 120/QĐ-SNN ngày
12/02/2020 của Giám đốc Sở.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.""", sign="GIÁM ĐỐC"))
    add("s06_snn_qd512_2024.txt", so("512/QĐ-SNN", (1, 8, 2024), "QUYẾT ĐỊNH", "Ban hành Quy chế làm việc của Sở Nông nghiệp và Phát triển nông thôn", """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nông nghiệp và Phát triển nông thôn.
Điều 2. Quyết định có hiệu lực kể từ ngày ký và thay thế Quyết định số 120/QĐ-SNN ngày 12/02/2020 và Quyết định số
388/QĐ-SNN ngày 10/5/2024 của Giám đốc Sở.""", sign="GIÁM ĐỐC"))
    trap("amending-decision-replaced-once", ["388/QĐ-SNN"], ["s06_snn_qd512_2024.txt"], ["inverse-inconsistency"],
         "388/QĐ-SNN is replaced once, together with the decision it amended")
    add("s07_snn_qd640_2024.txt", so("640/QĐ-SNN", (15, 10, 2024), "QUYẾT ĐỊNH", "Ban hành Quy chế quản lý, sử dụng tài sản công của Sở", """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng tài sản công của Sở.
Điều 2. Quyết định có hiệu lực kể từ ngày ký và thay thế Quyết định số 120/QĐ-SNN ngày 12/02/2020 của Giám đốc Sở.""", sign="GIÁM ĐỐC"))
    plant("inverse-inconsistency", ["120/QĐ-SNN"], ["s07_snn_qd640_2024.txt", "s06_snn_qd512_2024.txt"],
          "120/QĐ-SNN replaced by 512/QĐ-SNN (01/8/2024) and again by 640/QĐ-SNN (15/10/2024): copied closing clause")
    add("s08_snn_qd701_2024.txt", so("701/QĐ-SNN", (20, 11, 2024), "QUYẾT ĐỊNH", "Thành lập Tổ công tác chuyển đổi số của Sở", """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Căn cứ Quyết định số 120/QĐ-SNN ngày 12/02/2020 của Giám đốc Sở ban hành Quy chế làm việc của Sở;
Xét đề nghị của Chánh Văn phòng Sở,
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác chuyển đổi số của Sở.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.""", sign="GIÁM ĐỐC"))
    plant("superseded-citation", ["120/QĐ-SNN"], ["s08_snn_qd701_2024.txt"], "decision of 20/11/2024 rests on 120/QĐ-SNN, replaced on 01/8/2024")
    add("s09_snn_bc480_2024.txt", so("480/BC-SNN", (25, 7, 2024), "BÁO CÁO",
        "Tổng kết thực hiện Kế hoạch số 45/KH-SNN ngày 10/01/2024 về phòng, chống dịch bệnh động vật", """
Căn cứ Quyết định số 120/QĐ-SNN ngày 12/02/2020 của Giám đốc Sở (đã được sửa đổi, bổ sung tại Quyết định số 388/QĐ-SNN
ngày 10/5/2024); thực hiện Kế hoạch số 156/KH-SNN ngày 20/6/2024, Sở báo cáo tổng kết thực hiện Kế hoạch số 45/KH-SNN
ngày 10/01/2024 (nay được thay thế bằng Kế hoạch số 156/KH-SNN) như sau:
1. Tiêm phòng đạt 92% tổng đàn.
2. Không để dịch lớn xảy ra."""))
    trap("amended-not-replaced-and-review-of-replaced", ["120/QĐ-SNN", "45/KH-SNN"], ["s09_snn_bc480_2024.txt"],
         ["superseded-citation", "inverse-inconsistency", "temporal"],
         "25/7/2024: 120/QĐ-SNN only amended (replaced on 01/8); reviewing 45/KH-SNN '(nay được thay thế …)' is history")
    add("s10_snn_cv2150_2024.docx", {
        "author": "Phạm Văn Thành",
        "paras": [
            "UBND TỈNH NAM ĐỊNH", "SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "Số: 2150/SNN-TY",
            "V/v tăng cường tiêm phòng vụ Thu - Đông", "năm 2024",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nam Định, ngày 20 tháng 9 năm 2024", "",
            "Kính gửi: Ủy ban nhân dân các huyện, thành phố.", "",
            "Căn cứ {-Quyết định số 120/QĐ-SNN ngày 12/02/2020-}{+Quyết định số 512/QĐ-SNN ngày 01/8/2024+} của Giám đốc Sở ban hành Quy chế làm việc của Sở;",
            "Thực hiện {c0>{-Kế hoạch số 45/KH-SNN ngày 10/01/2024-}{+Kế hoạch số 156/KH-SNN ngày 20/6/2024+}<c0} của Sở Nông nghiệp và Phát triển nông thôn, "
            "Sở đề nghị UBND các huyện, thành phố chỉ đạo tiêm phòng vụ Thu - Đông đạt trên 90% tổng đàn.",
            "", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)",
        ],
        "comments": {0: "Đã thay Kế hoạch số 45/KH-SNN bằng Kế hoạch số 156/KH-SNN theo ý kiến đồng chí Phó Giám đốc."},
    }, kind="docx")
    trap("deleted-replaced-citations", ["120/QĐ-SNN", "45/KH-SNN"], ["s10_snn_cv2150_2024.docx"],
         ["superseded-citation", "inverse-inconsistency", "cycle"],
         "the replaced 120/QĐ-SNN and 45/KH-SNN appear only in w:del runs and in a comment")

    # ===== UBND huyện replies
    add("u01_hh_bc310_2024.txt", ubnd("Hải Hậu", "Hải Hậu", "310/BC-UBND", (28, 3, 2024), None, None, """
Kính gửi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định.

Thực hiện Công văn số 1250/SNN-KHTC ngày 5/3/2024 của Sở Nông nghiệp và PTNT, UBND huyện Hải Hậu báo cáo kết quả như sau:
1. Số xã đạt chuẩn nông thôn mới nâng cao: 30/34 xã.
2. Số xã đạt chuẩn nông thôn mới kiểu mẫu: 12 xã.""", vv="V/v báo cáo kết quả thực hiện Công văn số\n1250/SNN-KHTC của Sở Nông nghiệp và PTNT"))
    trap("short-date-and-vv-two-lines", ["1250/SNN-KHTC", "310/BC-UBND"], ["u01_hh_bc310_2024.txt"],
         ["metadata-conflict", "dangling", "temporal"], "'ngày 5/3/2024' is 05/3/2024; the V/v line wraps the cited number")
    add("u02_hh_kh95_2024.txt", ubnd("Hải Hậu", "Hải Hậu", "95/KH-UBND", (15, 8, 2024), "KẾ HOẠCH", "Phòng, chống dịch bệnh động vật trên địa bàn huyện năm 2024", """
Thực hiện Kế hoạch số 45/KH-SNN ngày 10/01/2024 của Sở Nông nghiệp và Phát triển nông thôn về phòng, chống dịch bệnh
động vật năm 2024; Quy định số 512/QĐ-SNN ngày 01/8/2024 của Sở Nông nghiệp và Phát triển nông thôn, Ủy ban nhân dân
huyện xây dựng Kế hoạch như sau:
1. Tiêm phòng vụ Thu - Đông đạt trên 90% tổng đàn.
2. Phòng Nông nghiệp và PTNT huyện chủ trì tổ chức thực hiện."""))
    plant("superseded-citation", ["45/KH-SNN"], ["u02_hh_kh95_2024.txt"], "district plan of 15/8/2024 implements 45/KH-SNN, replaced on 20/6/2024")
    plant("metadata-conflict", ["512/QĐ-SNN"], ["u02_hh_kh95_2024.txt"], "512/QĐ-SNN is a Quyết định (its header), cited as 'Quy định số 512/QĐ-SNN'")
    add("u03_gt_bc310_2024.txt", ubnd("Giao Thủy", "Giao Thủy", "310/BC-UBND", (27, 3, 2024), None, None, """
Kính gửi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định.

Thực hiện Công văn số 1250/SNN-KHTC ngày 05/3/2024 của Sở Nông nghiệp và PTNT, UBND huyện Giao Thủy báo cáo như sau:
1. Số xã đạt chuẩn nông thôn mới nâng cao: 18/20 xã.""", vv="V/v báo cáo kết quả thực hiện Công văn\nsố 1250/SNN-KHTC ngày 05/3/2024"))
    trap("same-number-two-districts", ["310/BC-UBND"], ["u01_hh_bc310_2024.txt", "u03_gt_bc310_2024.txt"],
         ["duplicate-identity", "ambiguous-id"], "UBND huyện Hải Hậu and UBND huyện Giao Thủy each have a 310/BC-UBND")
    add("u04_gt_kh48_2024.txt", ubnd("Giao Thủy", "Giao Thủy", "48/KH-UBND", (5, 3, 2024), "KẾ HOẠCH", "Phòng, chống dịch bệnh động vật năm 2024", """
Thực hiện Kế hoạch số 45/KH-SNN ngày 10-01-2024 của Sở Nông nghiệp và Phát triển nông thôn, Ủy ban nhân dân huyện
Giao Thủy xây dựng Kế hoạch như sau:
1. Tiêm phòng vụ Xuân - Hè.
2. Giám sát dịch bệnh tại các xã ven biển."""))
    trap("cited-before-replacement", ["45/KH-SNN"], ["u04_gt_kh48_2024.txt"], ["superseded-citation", "metadata-conflict"],
         "plan of 05/3/2024 implements 45/KH-SNN, replaced only on 20/6/2024; '10-01-2024' is its date")
    add("u05_nh_kh210_2024.txt", ubnd("Nghĩa Hưng", "Nghĩa Hưng", "210/KH-UBND", (10, 7, 2024), "KẾ HOẠCH", "Phòng, chống dịch bệnh động vật năm 2024", """
Thực hiện Kế hoạch số 156/KH-SNN ngày 20/6/2024 của Sở Nông nghiệp và Phát triển nông thôn, Ủy ban nhân dân huyện
Nghĩa Hưng xây dựng Kế hoạch như sau:
1. Tiêm phòng vụ Thu - Đông.
2. Tiêu độc khử trùng."""))
    add("u06_nh_bc198_2024.txt", ubnd("Nghĩa Hưng", "Nghĩa Hưng", "198/BC-UBND", (1, 3, 2024), None, None, """
Kính gửi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định.

Thực hiện Công văn số 1250/SNN-KHTC ngày 05/3/2024 của Sở Nông nghiệp và PTNT về việc rà soát kết quả thực hiện Chương
trình MTQG xây dựng nông thôn mới, UBND huyện Nghĩa Hưng báo cáo như sau:
1. Số xã đạt chuẩn nông thôn mới nâng cao: 15/22 xã.""", vv="V/v báo cáo kết quả thực hiện Công văn số 1250/SNN-KHTC", numline="Số 198/BC-UBND"))
    plant("temporal", ["1250/SNN-KHTC"], ["u06_nh_bc198_2024.txt"], "report of 01/3/2024 answers 1250/SNN-KHTC of 05/3/2024")
    add("u07_xt_bc177_2024_fax.pdf", [
        "27/03/2024 16:42   FAX 0228 3877 215   UBND H.XUAN TRUONG           P.001/001",
        "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HUYỆN XUÂN TRƯỜNG                 Độc lập - Tự do - Hạnh phúc",
        "Số: 177/BC-UBND              Xuân Trường, ngày 25 tháng 3 năm 2024",
        "V/v báo cáo kết quả thực hiện Công văn số 1250/SNN-KHTC",
        "",
        "Kính gửi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định.",
        "",
        "Thực hiện Công văn số 1250/SNN-KHTC ngày 15/3/2024 của Sở Nông nghiệp và PTNT,",
        "UBND huyện Xuân Trường báo cáo kết quả như sau:",
        "1. Số xã đạt chuẩn nông thôn mới nâng cao: 14/18 xã.",
        "2. Số xã đạt chuẩn nông thôn mới kiểu mẫu: 05 xã.",
        "",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ], kind="scan", fax=True)
    plant("metadata-conflict", ["1250/SNN-KHTC"], ["u07_xt_bc177_2024_fax.pdf"], "faxed report cites 1250/SNN-KHTC as of 15/3/2024; it is dated 05/3/2024")
    add("u08_hh_bc402_2024.txt", ubnd("Hải Hậu", "Hải Hậu", "402/BC-UBND", (20, 12, 2024), "BÁO CÁO", "Kết quả công tác phòng, chống dịch bệnh động vật năm 2024", """
Thực hiện Kế hoạch số
156/KH-SNN ngày 20/6/2024 của Sở Nông nghiệp và Phát triển nông thôn, Ủy ban nhân dân huyện báo cáo kết quả như sau:
1. Tiêm phòng đạt 93% tổng đàn.
2. Không phát sinh ổ dịch mới."""))
    trap("line-break-inside-citation-state", ["156/KH-SNN"], ["u08_hh_bc402_2024.txt"], ["dangling", "metadata-conflict"],
         "'Kế hoạch số' ⏎ '156/KH-SNN ngày 20/6/2024' resolves")


# ---------------------------------------------------------------- docx
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr>'


def runs(text, author, ids):
    out = []
    for tok in re.split(r"(\{[-+].*?[-+]\}|\{c\d+>|<c\d+\})", text):
        if not tok:
            continue
        m = re.fullmatch(r"\{([-+])(.*?)[-+]\}", tok)
        if m:
            ids[0] += 1
            if m.group(1) == "+":
                out.append(f'<w:ins w:id="{ids[0]}" w:author="{author}" w:date="2024-09-09T08:15:00Z"><w:r>{RPR}'
                           f'<w:t xml:space="preserve">{escape(m.group(2))}</w:t></w:r></w:ins>')
            else:
                out.append(f'<w:del w:id="{ids[0]}" w:author="{author}" w:date="2024-09-09T08:15:00Z"><w:r>{RPR}'
                           f'<w:delText xml:space="preserve">{escape(m.group(2))}</w:delText></w:r></w:del>')
            continue
        m = re.fullmatch(r"\{c(\d+)>", tok)
        if m:
            out.append(f'<w:commentRangeStart w:id="{m.group(1)}"/>')
            continue
        m = re.fullmatch(r"<c(\d+)\}", tok)
        if m:
            out.append(f'<w:commentRangeEnd w:id="{m.group(1)}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{m.group(1)}"/></w:r>')
            continue
        out.append(f'<w:r>{RPR}<w:t xml:space="preserve">{escape(tok)}</w:t></w:r>')
    return "".join(out)


def para(text, author, ids, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else '<w:pPr><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>'
    return f"<w:p>{ppr}{runs(text, author, ids)}</w:p>"


def table(rows, author, ids):
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = f'<w:tbl><w:tblPr><w:tblW w:w="9300" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders></w:tblPr><w:tblGrid>'
    x += "".join(f'<w:gridCol w:w="{w}"/>' for w in (600, 4700, 2200, 1800)) + "</w:tblGrid>"
    for r in rows:
        if r.startswith("{ROW-}"):   # a row deleted with tracked changes: w:trPr/w:del, every run a w:del
            ids[0] += 1
            x += (f'<w:tr><w:trPr><w:del w:id="{ids[0]}" w:author="{author}" w:date="2024-09-09T08:15:00Z"/></w:trPr>'
                  + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p>{runs("{-" + c + "-}" if c else "", author, ids)}</w:p></w:tc>'
                            for c, w in zip(r[6:].split("\t"), (600, 4700, 2200, 1800))) + "</w:tr>")
            continue
        x += "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p>{runs(c, author, ids)}</w:p></w:tc>'
                               for c, w in zip(r.split("\t"), (600, 4700, 2200, 1800))) + "</w:tr>"
    return x + "</w:tbl>"


def write_docx(path, spec):
    author, ids, body, rows = spec["author"], [100], [], []
    for p in spec["paras"] + [""]:
        if "\t" in p:
            rows.append(p)
            continue
        if rows:
            body.append(table(rows, author, ids))
            rows = []
        center = p.isupper() or p.startswith(("Độc lập", "Hải Hậu, ngày", "Nam Định, ngày", "Số", "V/v", "năm 2024")) or p == "***"
        body.append(para(p, author, ids, center and len(p) < 80))
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' + "".join(body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
           'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>'
                + "".join(f'<w:comment w:id="{k}" w:author="{escape(author)}" w:date="2024-09-09T08:20:00Z" w:initials="TT">'
                          f'<w:p><w:r><w:t xml:space="preserve">{escape(v)}</w:t></w:r></w:p></w:comment>'
                          for k, v in spec["comments"].items()) + "</w:comments>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
             '</Relationships>')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:trackRevisions/>'
                '<w:defaultTabStop w:val="720"/></w:settings>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    with zipfile.ZipFile(path, "w") as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                           ("word/document.xml", doc), ("word/comments.xml", comments), ("word/settings.xml", settings),
                           ("docProps/app.xml", app)]:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 9, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- scans
def gv():
    g = ctypes.CDLL(ctypes.util.find_library("gvc") or "libgvc.so.6")
    c = ctypes.CDLL(ctypes.util.find_library("cgraph") or "libcgraph.so.6")
    g.gvContext.restype = ctypes.c_void_p
    c.agmemread.restype = ctypes.c_void_p
    c.agmemread.argtypes = [ctypes.c_char_p]
    g.gvLayout.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
    g.gvRenderFilename.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    return g, c, g.gvContext()


def render_wbmp(lines, path, gvh, font):
    g, c, ctx = gvh
    rows = []
    for ln in lines:
        if isinstance(ln, tuple):
            t = '<TABLE BORDER="1" CELLBORDER="1" CELLSPACING="0" CELLPADDING="6">'
            for r in ln[1]:
                t += "<TR>" + "".join(f'<TD ALIGN="LEFT">{escape(x)}</TD>' for x in r) + "</TR>"
            rows.append(f'<TR><TD ALIGN="LEFT">{t}</TABLE></TD></TR>')
        else:
            center = ln.isupper() and len(ln) < 40 and ln.strip() != ""
            rows.append(f'<TR><TD ALIGN="{"CENTER" if center else "LEFT"}">{escape(ln).replace("  ", " &#160;") if ln else " "}</TD></TR>')
    lab = '<TABLE BORDER="0" CELLSPACING="2">' + "".join(rows) + "</TABLE>"
    dot = ('digraph{graph[dpi=200,bgcolor=white,pad=0.6,margin=0];'
           f'node[shape=plaintext,fontname="{font}",fontsize=11,margin=0];a[label=<' + lab + '>]}')
    gr = c.agmemread(dot.encode("utf-8"))
    g.gvLayout(ctx, gr, b"dot")
    g.gvRenderFilename(ctx, gr, b"wbmp:cairo:gd", path.encode())


def read_wbmp(path):
    b = open(path, "rb").read()
    pos = 2

    def mb():
        nonlocal pos
        v = 0
        while True:
            x = b[pos]
            pos += 1
            v = (v << 7) | (x & 0x7F)
            if not x & 0x80:
                return v
    w = mb()
    h = mb()
    stride = (w + 7) // 8
    img = []
    for y in range(h):
        row = b[pos + y * stride: pos + (y + 1) * stride]
        img.append(bytearray(255 if (row[x >> 3] >> (7 - (x & 7))) & 1 else 0 for x in range(w)))
    return w, h, img


def degrade(w, h, img, rnd, fax):
    # pad, skew (two shears), speckle; a fax adds a streak and a darker, coarser look
    pad = 60
    W2, H2 = w + 2 * pad, h + 2 * pad
    out = [bytearray(b"\xff" * W2) for _ in range(H2)]
    slope = 0.012 if fax else 0.004       # about 0.7° / 0.25°
    for y in range(h):
        dx = int(y * slope)
        out[y + pad][pad + dx: pad + dx + w] = img[y][:max(0, min(w, W2 - pad - dx))]
    strip = 16
    res = [bytearray(b"\xff" * W2) for _ in range(H2)]
    for x0 in range(0, W2, strip):
        dy = -int(x0 * slope)
        for y in range(H2):
            yy = y - dy
            if 0 <= yy < H2:
                res[y][x0:x0 + strip] = out[yy][x0:x0 + strip]
    n = (W2 * H2) // (600 if fax else 2500)
    for _ in range(n):
        x, y = rnd.randrange(W2 - 2), rnd.randrange(H2 - 2)
        res[y][x] = 0
        if rnd.random() < 0.3:
            res[y][x + 1] = 0
    if fax:
        for y in (rnd.randrange(H2 // 2, H2 - 10),):
            for x in range(0, W2, 3):
                res[y][x] = 0 if rnd.random() < 0.5 else 255
    return W2, H2, res


def write_gray_pdf(w, h, img, pdf, dpi=200):
    data = zlib.compress(b"".join(bytes(r) for r in img), 9)
    Wd, Hd = w * 72 / dpi, h * 72 / dpi
    content = f"q {Wd:.2f} 0 0 {Hd:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Wd:.2f} {Hd:.2f}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream",
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(pdf, "wb").write(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--key")
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--only", help="comma-separated file names to write (for repros)")
    ap.add_argument("--seed", type=int, default=1, help="accepted for RedTeam5's run.sh shape; unused")
    ap.add_argument("--clean-scans", action="store_true", help="variants for repros: no skew, no speckles")
    ap.add_argument("--no-fax-line", action="store_true", help="variants for repros: drop the fax machine's top line")
    a = ap.parse_args()
    build()
    os.makedirs(a.out, exist_ok=True)
    only = set(a.only.split(",")) if a.only else None
    gvh = None
    for fname, kind, payload, kw in DOCS:
        KEY["files"][fname] = kind
        if only and fname not in only:
            continue
        path = os.path.join(a.out, fname)
        if kind == "txt":
            open(path, "w", encoding="utf-8").write(payload)
        elif kind == "docx":
            write_docx(path, payload)
        elif kind == "scan" and not a.no_pdf:
            gvh = gvh or gv()
            tmp = path + ".wbmp"
            lines = [x for x in payload if not (a.no_fax_line and isinstance(x, str) and "FAX 0228" in x)]
            render_wbmp(lines, tmp, gvh, "DejaVu Serif" if kw.get("fax") else "DejaVu Sans")
            w, h, img = read_wbmp(tmp)
            os.remove(tmp)
            if not a.clean_scans:
                w, h, img = degrade(w, h, img, random.Random(fname), kw.get("fax", False))
            write_gray_pdf(w, h, img, path)
    ids = set()
    for fname, kind, payload, kw in DOCS:
        txt = payload if isinstance(payload, str) else "\n".join(x for x in (payload.get("paras", []) if isinstance(payload, dict) else payload) if isinstance(x, str))
        m = re.search(r"Số:?\s*(\d+)\s*-\s*([A-ZĐa-zđ]+/[A-ZĐ-]+)|Số:?\s*(\d+/[A-ZĐ]+-[A-ZĐ-]+)", txt)
        if m:
            ids.add(f"{m.group(1)}-{m.group(2)}" if m.group(1) else m.group(3))
    KEY["corpus_ids"] = sorted(ids)
    trap("corpus-ids-resolve", sorted(ids), sorted(KEY["files"]), ["dangling"], "every corpus document's own id must resolve")
    if a.key and not only:
        json.dump(KEY, open(a.key, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(DOCS)} documents, {len(KEY['planted'])} planted, {len(KEY['external'])} external, {len(KEY['traps'])} traps")


if __name__ == "__main__":
    main()
