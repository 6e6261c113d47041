#!/usr/bin/env python3
"""Red team 17 (round 10) corpus generator: the Party line 2016-2024 from the Ban Bí thư down to two communes of
huyện Tuy Phước, tỉnh Bình Định, with sơ kết / tổng kết reviews. File shapes not used in earlier rounds:
a gazette-like compilation (.txt holding 5 documents one after another), a district booklet (.md) with a Markdown task
table with group-label rows, a .docx whose numbered paragraphs use Word's automatic numbering (w:numPr +
numbering.xml, numbers not in the text), and forwarded e-mails quoting the original letter.

Usage: gen.py --out DIR [--key PATH] [--only f1,f2]
Python 3 standard library only. Deterministic.
"""
import argparse, json, os, zipfile
from xml.sax.saxutils import escape

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


HEAD = {
    "bbt": ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Hà Nội", "T/M BAN BÍ THƯ"),
    "bct": ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Hà Nội", "T/M BỘ CHÍNH TRỊ"),
    "tu": ("TỈNH ỦY BÌNH ĐỊNH", "Quy Nhơn", "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC"),
    "btg": ("TỈNH ỦY BÌNH ĐỊNH\nBAN TUYÊN GIÁO", "Quy Nhơn", "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"),
    "hu": ("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nHUYỆN ỦY TUY PHƯỚC", "Tuy Phước", "T/M BAN THƯỜNG VỤ\nBÍ THƯ"),
    "pl": ("ĐẢNG BỘ HUYỆN TUY PHƯỚC\nĐẢNG ỦY XÃ PHƯỚC LỘC", "Phước Lộc", "T/M ĐẢNG ỦY\nBÍ THƯ"),
    "ps": ("ĐẢNG BỘ HUYỆN TUY PHƯỚC\nĐẢNG ỦY XÃ PHƯỚC SƠN", "Phước Sơn", "T/M ĐẢNG ỦY\nBÍ THƯ"),
}


def party(who, num, date, kind, title, body, noi=None, sign=None):
    head, place, sg = HEAD[who]
    dd, mm, yy = date
    noi = noi or ["Như trên,", "Lưu Văn phòng."]
    return (f"{head}\n*\nSố {num}\n\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày {dd:02d} tháng {mm:02d} năm {yy}\n\n"
            f"{kind}\n{title}\n-----\n\n" + body.strip("\n") + f"\n\n{sign or sg}\n\n(đã ký)\n\n"
            + "\n".join(["Nơi nhận:"] + [f"- {x}" for x in noi]) + "\n")


def build():
    ext("21-KL/TW", "37-QĐ/TW", "34-KL/TW", "101-QĐ/TW")

    # ------------------------------------------------------------------ Trung ương
    add("tw01_bbt_ct08_2016.txt", party("bbt", "08-CT/TW", (10, 6, 2016), "CHỈ THỊ",
        "CỦA BAN BÍ THƯ\nvề tăng cường công tác tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới", """
Qua 05 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, công tác tuyên truyền, vận động nhân dân
đã đạt được những kết quả quan trọng. Để tiếp tục nâng cao hiệu quả, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng
thực hiện tốt một số nhiệm vụ sau:

1. Nâng cao nhận thức của cán bộ, đảng viên và nhân dân về vai trò chủ thể của người dân.
2. Đổi mới nội dung, hình thức tuyên truyền, vận động.

Tổ chức thực hiện
- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng kế hoạch thực hiện Chỉ thị này.
- Ban Tuyên giáo Trung ương chủ trì, phối hợp theo dõi, định kỳ sơ kết, tổng kết, báo cáo Ban Bí thư.
"""))
    add("tw02_bbt_kl45_2019.txt", party("bbt", "45-KL/TW", (12, 3, 2019), "KẾT LUẬN",
        "CỦA BAN BÍ THƯ\nvề tiếp tục đẩy mạnh công tác tuyên truyền, vận động nhân dân xây dựng nông thôn mới trong tình hình mới", """
Ban Bí thư kết luận như sau:

1. Tiếp tục quán triệt sâu sắc vai trò chủ thể của người dân trong xây dựng nông thôn mới.
2. Gắn công tác tuyên truyền với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".

Kết luận này thay thế Chỉ thị số 08-CT/TW, ngày 10/6/2016 của Ban Bí thư khóa XII.
"""))
    add("tw03_bct_ct05_2016.txt", party("bct", "05-CT/TW", (15, 5, 2016), "CHỈ THỊ",
        "CỦA BỘ CHÍNH TRỊ\nvề đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", """
Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:

1. Tiếp tục nâng cao nhận thức về nội dung, ý nghĩa của việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
2. Người đứng đầu phải gương mẫu đi đầu.

Tổ chức thực hiện
Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng chương trình, kế hoạch thực hiện Chỉ thị này.
"""))
    add("tw04_bct_kl01_2021.txt", party("bct", "01-KL/TW", (18, 5, 2021), "KẾT LUẬN",
        "CỦA BỘ CHÍNH TRỊ\nvề tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", """
Sau 05 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII, Bộ Chính trị kết luận:

1. Tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII gắn với Quy định số
101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên.
2. Các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện Kết luận này.
"""))
    trap("kl-continues-not-replaces", ["05-CT/TW"], ["tw04_bct_kl01_2021.txt", "tu08_tu_bc250_2026.txt", "hu08_hu_tb150_2024.txt"],
         ["superseded-citation", "inverse-inconsistency", "cycle"],
         "01-KL/TW 'tiếp tục thực hiện Chỉ thị số 05-CT/TW': it continues the directive, does not replace it; later citations "
         "of 05-CT/TW (2024, 2026) are not of a dead text")

    # ------------------------------------------------------------------ Tỉnh ủy Bình Định, khóa XIX (2015-2020)
    add("tu01_tu_kh15_2016.txt", party("tu", "15-KH/TU", (20, 7, 2016), "KẾ HOẠCH",
        "thực hiện Chỉ thị số 08-CT/TW, ngày 10/6/2016 của Ban Bí thư khóa XII", """
Thực hiện Chỉ thị số 08-CT/TW, ngày 10/6/2016 của Ban Bí thư khóa XII về tăng cường công tác tuyên truyền, vận động
nhân dân tham gia xây dựng nông thôn mới, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu rộng nội dung Chỉ thị đến cán bộ, đảng viên và nhân dân.

II. NHIỆM VỤ
1. Tổ chức quán triệt Chỉ thị trong Quý III/2016.
2. Năm 2021, Ban Tuyên giáo Tỉnh ủy chủ trì sơ kết 05 năm thực hiện Chỉ thị số 08-CT/TW.

III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Kế hoạch này trước
ngày 30/8/2016.
2. Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
"""))
    trap("planned-sơ-kết-fulfilled", ["08-CT/TW"], ["tu01_tu_kh15_2016.txt"], ["overdue-plan", "superseded-citation"],
         "'Năm 2021, Ban Tuyên giáo Tỉnh ủy chủ trì sơ kết 05 năm' is a planned review, done by tu07 (120-BC/TU, 15/6/2021); "
         "the 2016 plan cites 08-CT/TW before its replacement (2019)")
    trap("obligation-met-by-district", ["15-KH/TU"], ["tu01_tu_kh15_2016.txt"], ["unmet-obligation"],
         "the district's 30-KH/HU (hu01 booklet, 25/8/2016) implements 15-KH/TU of 20/7/2016")

    # tu02: the Chương trình hành động as .docx with Word automatic numbering
    add("tu02_tu_ctr10_2016.docx", {"paras": [
        ("", "TỈNH ỦY BÌNH ĐỊNH"), ("", "*"), ("", "Số 10-CTr/TU"), ("", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("", "Quy Nhơn, ngày 05 tháng 8 năm 2016"), ("", ""), ("", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
        ("", "thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        ("", "-----"),
        ("", "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động gồm 04 nhiệm vụ trọng tâm sau:"),
        ("L1", "Tổ chức học tập chuyên đề toàn khóa \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tôn trọng nhân dân\"."),
        ("L1", "Xây dựng và thực hiện chuẩn mực đạo đức theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
        ("L1", "Gắn việc học tập và làm theo Bác với nhiệm vụ chính trị của từng địa phương, đơn vị."),
        ("L1", "Đổi mới công tác tuyên truyền, nhân rộng điển hình tiên tiến."),
        ("", "Tổ chức thực hiện"),
        ("L2", "Các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện Chương trình này trước ngày 30/9/2016."),
        ("L2", "Năm 2021, Ban Tuyên giáo Tỉnh ủy chủ trì sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW; năm 2026 tổng kết 10 năm."),
        ("", ""), ("", "T/M BAN THƯỜNG VỤ"), ("", "BÍ THƯ"), ("", "(đã ký)")]}, kind="docx")
    trap("docx-auto-numbered-count", ["10-CTr/TU"], ["tu02_tu_ctr10_2016.docx"], ["count-mismatch"],
         "'gồm 04 nhiệm vụ trọng tâm sau:' followed by 4 paragraphs numbered by Word (w:numPr), the numbers not in w:t")
    trap("docx-reviews-fulfilled", ["05-CT/TW"], ["tu02_tu_ctr10_2016.docx"], ["overdue-plan", "unmet-obligation"],
         "sơ kết 2021 done by tu09 (118-BC/TU, 05/5/2021); tổng kết 2026 done by tu08 (250-BC/TU, 20/4/2026); the districts' "
         "plan hu01 implements 10-CTr/TU")

    add("tu03_tu_qd03_2017.txt", party("tu", "03-QĐ/TU", (10, 3, 2017), "QUY ĐỊNH",
        "về chế độ thông tin, báo cáo của các tổ chức đảng trong Đảng bộ tỉnh", """
Căn cứ Điều lệ Đảng;
Căn cứ Quy chế làm việc của Tỉnh ủy khóa XIX, nhiệm kỳ 2015 - 2020,
Ban Thường vụ Tỉnh ủy quy định chế độ thông tin, báo cáo như sau:

Điều 1. Báo cáo định kỳ hằng tháng, quý, 6 tháng và năm.
Điều 2. Báo cáo chuyên đề, sơ kết, tổng kết gửi về Văn phòng Tỉnh ủy.
"""))

    # ------------------------------------------------------------------ the compilation (gazette-like)
    c_qd12 = party("tu", "12-QĐ/TU", (15, 1, 2022), "QUY ĐỊNH",
        "về chế độ thông tin, báo cáo của các tổ chức đảng trong Đảng bộ tỉnh", """
Căn cứ Điều lệ Đảng;
Căn cứ Quy chế làm việc của Tỉnh ủy khóa XX, nhiệm kỳ 2020 - 2025,
Ban Thường vụ Tỉnh ủy quy định:

Điều 1. Báo cáo định kỳ hằng quý, 6 tháng và năm.
Điều 2. Hiệu lực thi hành
Quy định này có hiệu lực từ ngày ký và thay thế Quy định số 03-QĐ/TU, ngày 10/3/2017 của Ban Thường vụ Tỉnh ủy khóa XIX.
""")
    c_hd07 = party("btg", "07-HD/BTGTU", (25, 1, 2022), "HƯỚNG DẪN",
        "thực hiện Quy định số 12-QĐ/TU, ngày 15/01/2022 của Ban Thường vụ Tỉnh ủy", """
Thực hiện Quy định số 12-QĐ/TU, ngày 15/01/2022 của Ban Thường vụ Tỉnh ủy về chế độ thông tin, báo cáo (đăng tại
trang trước của Tập văn bản này), Ban Tuyên giáo Tỉnh ủy hướng dẫn báo cáo về công tác tư tưởng như sau:

1. Báo cáo tình hình tư tưởng hằng tháng gửi trước ngày 20.
2. Báo cáo chuyên đề theo yêu cầu.
""")
    c_kh30a = party("tu", "30-KH/TU", (10, 2, 2022), "KẾ HOẠCH",
        "thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII", """
Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về
đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị và Quy định số 37-QĐ/TW, ngày 25/10/2021 về những điều đảng
viên không được làm, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:

1. Quán triệt đến 100% cán bộ, đảng viên trong Quý I/2022.
2. Báo cáo kết quả theo Quy định số 12-QĐ/TU, ngày 15/01/2022 của Ban Thường vụ Tỉnh ủy.
""")
    c_kh30b = party("tu", "30-KH/TU", (15, 3, 2022), "KẾ HOẠCH",
        "tổ chức Hội nghị báo cáo viên quý II năm 2022", """
Căn cứ Hướng dẫn số 07-HD/BTGTU, ngày 25/01/2022 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch
tổ chức Hội nghị báo cáo viên quý II năm 2022 như sau:

1. Thời gian: tháng 4/2022.
2. Thành phần: báo cáo viên Tỉnh ủy và các huyện ủy, thị ủy, thành ủy.
""")
    c_tb45 = party("tu", "45-TB/TU", (28, 3, 2022), "THÔNG BÁO",
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\ntại cuộc họp ngày 25/3/2022", """
Ngày 25/3/2022, Ban Thường vụ Tỉnh ủy họp nghe báo cáo tình hình thực hiện Quy định số 12-QĐ/TU, ngày 15/01/2022 và
Hướng dẫn số 07-HD/BTGTU, ngày 25/01/2022 của Ban Tuyên giáo Tỉnh ủy. Ban Thường vụ Tỉnh ủy kết luận:

1. Các cơ quan, đơn vị thực hiện nghiêm chế độ báo cáo theo Quy định số 12-QĐ/TU.
2. Ban Tuyên giáo Tỉnh ủy tiếp tục theo dõi, đôn đốc.
""")
    sep = "\n\n" + "=" * 60 + "\n\n"
    add("cb_tapvanban_2022_q1.txt",
        "TẬP VĂN BẢN CỦA TỈNH ỦY BÌNH ĐỊNH\nSố 01 (Quý I năm 2022)\nVăn phòng Tỉnh ủy phát hành\n\nMỤC LỤC\n"
        "1. Quy định số 12-QĐ/TU, ngày 15/01/2022 ... trang 1\n2. Hướng dẫn số 07-HD/BTGTU, ngày 25/01/2022 ... trang 3\n"
        "3. Kế hoạch số 30-KH/TU, ngày 10/02/2022 ... trang 5\n4. Kế hoạch số 30-KH/TU, ngày 15/3/2022 ... trang 7\n"
        "5. Thông báo số 45-TB/TU, ngày 28/3/2022 ... trang 8" + sep
        + sep.join([c_qd12, c_hd07, c_kh30a, c_kh30b, c_tb45]))
    plant("duplicate-identity", ["30-KH/TU"], ["cb_tapvanban_2022_q1.txt"],
          "the compilation holds two plans of the Tỉnh ủy both numbered 30-KH/TU (10/02/2022 and 15/3/2022), same term XX")
    trap("compilation-own-identities", ["12-QĐ/TU", "07-HD/BTGTU", "45-TB/TU"], ["cb_tapvanban_2022_q1.txt"],
         ["duplicate-identity", "dangling", "temporal", "cycle", "metadata-conflict"],
         "each document of the compilation keeps its own identity; they cite one another with matching dates; the table of "
         "contents names them but is no document")

    # ------------------------------------------------------------------ Tỉnh ủy khóa XIX/XX plans
    add("tu05_tu_kh15_2021.txt", party("tu", "15-KH/TU", (10, 6, 2021), "KẾ HOẠCH",
        "thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị", """
Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị số 05-CT/TW,
ngày 15/5/2016 của Bộ Chính trị khóa XII, Ban Thường vụ Tỉnh ủy khóa XX xây dựng Kế hoạch thực hiện như sau:

1. Quán triệt Kết luận trong tháng 7/2021.
2. Xây dựng chuyên đề học tập hằng năm.

Tổ chức thực hiện
Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện trước ngày 31/7/2021.
"""))
    trap("obligation-met-2021", ["15-KH/TU"], ["tu05_tu_kh15_2021.txt"], ["unmet-obligation"],
         "the district's 12-KH/HU (hu05, 25/7/2021) implements 15-KH/TU of 10/6/2021")

    add("tu06_tu_kh20_2019.txt", party("tu", "20-KH/TU", (5, 4, 2019), "KẾ HOẠCH",
        "thực hiện Kết luận số 45-KL/TW, ngày 12/3/2019 của Ban Bí thư", """
Thực hiện Kết luận số 45-KL/TW, ngày 12/3/2019 của Ban Bí thư về tiếp tục đẩy mạnh công tác tuyên truyền, vận động
nhân dân xây dựng nông thôn mới trong tình hình mới, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:

I. NHIỆM VỤ CỤ THỂ

TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tBan hành hướng dẫn thực hiện Kế hoạch này\tBan Tuyên giáo Tỉnh ủy\tQuý II/2019
2\tTổ chức hội nghị quán triệt Kết luận số 45-KL/TW\tBan Tuyên giáo Tỉnh ủy\tQuý II/2019
3\tSơ kết 05 năm thực hiện Kết luận số 45-KL/TW\tBan Tuyên giáo Tỉnh ủy\tQuý II/2024

II. TỔ CHỨC THỰC HIỆN
Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này.
"""))
    plant("overdue-plan", ["45-KL/TW"], ["tu06_tu_kh20_2019.txt"],
          "row 3: 'Sơ kết 05 năm thực hiện Kết luận số 45-KL/TW', Ban Tuyên giáo Tỉnh ủy, Quý II/2024: never written")
    trap("planned-guidance-fulfilled", ["20-KH/TU"], ["tu06_tu_kh20_2019.txt"], ["overdue-plan"],
         "row 1's guidance was issued: 05-HD/BTGTU (bt01, 20/5/2019) 'hướng dẫn thực hiện Kế hoạch số 20-KH/TU'")

    add("bt01_btg_hd05_2019.txt", party("btg", "05-HD/BTGTU", (20, 5, 2019), "HƯỚNG DẪN",
        "thực hiện Kế hoạch số 20-KH/TU, ngày 05/4/2019 của Ban Thường vụ Tỉnh ủy", """
Thực hiện Kế hoạch số 20-KH/TU, ngày 05/4/2019 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 45-KL/TW, ngày
12/3/2019 của Ban Bí thư, Ban Tuyên giáo Tỉnh ủy hướng dẫn một số nội dung như sau:

1. Nội dung tuyên truyền.
2. Hình thức tuyên truyền.
"""))

    add("tu07_tu_bc120_2021.txt", party("tu", "120-BC/TU", (15, 6, 2021), "BÁO CÁO",
        "sơ kết 05 năm thực hiện Chỉ thị số 08-CT/TW của Ban Bí thư khóa XII", """
Thực hiện Kế hoạch số 15-KH/TU, ngày 20/7/2016 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo sơ kết 05 năm
thực hiện Chỉ thị số 08-CT/TW, ngày 10/6/2016 của Ban Bí thư như sau:

I. KẾT QUẢ THỰC HIỆN
1. 100% chi bộ đã quán triệt Chỉ thị.
2. 95 xã đạt chuẩn nông thôn mới.

II. PHƯƠNG HƯỚNG
Tiếp tục thực hiện Chỉ thị số 08-CT/TW trong những năm tiếp theo.
"""))
    plant("superseded-citation", ["08-CT/TW"], ["tu07_tu_bc120_2021.txt"],
          "sơ kết of 15/6/2021 reviews and 'tiếp tục thực hiện' 08-CT/TW, replaced by 45-KL/TW on 12/3/2019")

    add("tu08_tu_bc250_2026.txt", party("tu", "250-BC/TU", (20, 4, 2026), "BÁO CÁO",
        "tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII", """
Thực hiện Chương trình hành động số 10-CTr/TU, ngày 05/8/2016 và Kế hoạch số 15-KH/TU, ngày 10/6/2021 của Ban Thường
vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính
trị và 05 năm thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị như sau:

1. Kết quả học tập chuyên đề hằng năm.
2. Kết quả xây dựng chuẩn mực đạo đức.
"""))
    add("tu09_tu_bc118_2021.txt", party("tu", "118-BC/TU", (5, 5, 2021), "BÁO CÁO",
        "sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị", """
Thực hiện Chương trình hành động số 10-CTr/TU, ngày 05/8/2016 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo
sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII như sau:

1. Kết quả quán triệt.
2. Kết quả làm theo.
"""))

    # Thông báo kết luận that cites a report written after it (temporal)
    add("tu10_tu_tb210_2023.txt", party("tu", "210-TB/TU", (10, 3, 2023), "THÔNG BÁO",
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\ntại cuộc họp ngày 08/3/2023", """
Ngày 08/3/2023, Ban Thường vụ Tỉnh ủy họp nghe Ban Tuyên giáo Tỉnh ủy trình bày Báo cáo số 215-BC/BTGTU về kết quả 02
năm thực hiện Kế hoạch số 15-KH/TU, ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy. Sau khi thảo luận, Ban Thường vụ Tỉnh
ủy thống nhất với Báo cáo số 215-BC/BTGTU và kết luận:

1. Tiếp tục thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.
2. Giao Ban Tuyên giáo Tỉnh ủy tham mưu sơ kết 05 năm thực hiện Kế hoạch số 15-KH/TU vào năm 2026.
"""))
    plant("temporal", ["215-BC/BTGTU"], ["tu10_tu_tb210_2023.txt"],
          "Thông báo of 10/3/2023 'thống nhất với Báo cáo số 215-BC/BTGTU'; the report (tu11) is dated 20/3/2023")
    add("tu11_btg_bc215_2023.txt", party("btg", "215-BC/BTGTU", (20, 3, 2023), "BÁO CÁO",
        "kết quả 02 năm thực hiện Kế hoạch số 15-KH/TU, ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy", """
Thực hiện Kế hoạch số 15-KH/TU, ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 01-KL/TW của Bộ Chính
trị, Ban Tuyên giáo Tỉnh ủy báo cáo như sau:

1. Đã tổ chức học tập chuyên đề năm 2021, 2022.
2. Đã biểu dương 120 tập thể, cá nhân điển hình.
"""))
    trap("numbers-restart-dated", ["15-KH/TU"], ["tu10_tu_tb210_2023.txt", "tu11_btg_bc215_2023.txt", "tu08_tu_bc250_2026.txt",
         "hu05_hu_kh12_2021.txt", "xa05_pl_kh08_2021.txt"], ["ambiguous-id", "metadata-conflict"],
         "15-KH/TU cited with its date 10/6/2021: the term-XX plan, not the term-XIX plan of 20/7/2016")
    trap("sơ-kết-promised-2026", ["15-KH/TU"], ["tu10_tu_tb210_2023.txt"], ["overdue-plan"],
         "'tham mưu sơ kết 05 năm … vào năm 2026' is due 31/12/2026, after the as-of date: pending, not overdue")

    add("tu12_tu_cv1520_2021.txt", party("tu", "1520-CV/TU", (12, 4, 2021), "",
        "V/v sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị", """
Kính gửi: - Các huyện ủy, thị ủy, thành ủy,
          - Các đảng ủy trực thuộc Tỉnh ủy.

Thực hiện Chương trình hành động số 10-CTr/TU, ngày 05/8/2016 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy đề nghị
các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tổ chức sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016
của Bộ Chính trị và gửi báo cáo về Tỉnh ủy (qua Ban Tuyên giáo) trước ngày 30/4/2021.
""", sign="T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG"))

    # forwarded e-mails quoting the original letter
    quoted = party("tu", "1520-CV/TU", (12, 4, 2021), "", "V/v sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị", """
Kính gửi: - Các huyện ủy, thị ủy, thành ủy,
          - Các đảng ủy trực thuộc Tỉnh ủy.

Thực hiện Chương trình hành động số 10-CTr/TU, ngày 05/8/2016 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy đề nghị
các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tổ chức sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016
của Bộ Chính trị và gửi báo cáo về Tỉnh ủy (qua Ban Tuyên giáo) trước ngày 30/4/2021.
""", sign="T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG")
    mail1 = ("Từ: Văn phòng Huyện ủy Tuy Phước <vanphong.hutuyphuoc@binhdinh.dcs.vn>\nGửi: Thứ Ba, 13/4/2021 08:12\n"
             "Đến: Đảng ủy các xã, thị trấn\nChủ đề: Fwd: CV 1520-CV/TU so ket 5 nam Chi thi 05\n\n"
             "Kính chuyển Đảng ủy các xã, thị trấn Công văn số 1520-CV/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy để biết,\n"
             "thực hiện. Đề nghị các đảng ủy gửi báo cáo sơ kết về Ban Tuyên giáo Huyện ủy trước ngày 22/4/2021 để tổng hợp.\n\n"
             "Trân trọng./.\nVăn phòng Huyện ủy Tuy Phước\n\n"
             "---------- Forwarded message ---------\nFrom: Văn phòng Tỉnh ủy Bình Định <vanphong.tu@binhdinh.dcs.vn>\n"
             "Date: Mon, 12 Apr 2021 at 16:40\nSubject: CV 1520-CV/TU so ket 5 nam Chi thi 05\n"
             "To: Các huyện ủy, thị ủy, thành ủy\n\n" + quoted)
    add("mail01_vphu_fwd_cv1520_2021.txt", mail1)
    mail2 = ("From: Đảng ủy xã Phước Sơn <danguy.phuocson@gmail.com>\nDate: Wed, 14 Apr 2021 07:30\n"
             "To: Các chi bộ trực thuộc\nSubject: Fwd: Fwd: CV 1520-CV/TU so ket 5 nam Chi thi 05\n\n"
             "Kính chuyển các chi bộ văn bản của cấp trên (Công văn số 1520-CV/TU) để triển khai. Các chi bộ gửi báo cáo về\n"
             "Văn phòng Đảng ủy trước ngày 19/4/2021.\n\n"
             + "\n".join("> " + ln if ln else ">" for ln in mail1.split("\n")))
    add("mail02_ps_fwd_fwd_2021.txt", mail2)
    trap("forwarded-letter-quoted", ["1520-CV/TU"], ["mail01_vphu_fwd_cv1520_2021.txt", "mail02_ps_fwd_fwd_2021.txt",
         "tu12_tu_cv1520_2021.txt"], ["duplicate-identity", "temporal", "metadata-conflict", "dangling", "ambiguous-id"],
         "a forwarded e-mail quotes the original letter with its own header; the quote is the letter in tu12, not a second "
         "document numbered 1520-CV/TU")

    # ------------------------------------------------------------------ Huyện ủy Tuy Phước
    booklet = """# SỔ TAY VĂN BẢN
## Huyện ủy Tuy Phước — năm 2016 (lưu hành nội bộ)

---

ĐẢNG BỘ TỈNH BÌNH ĐỊNH
**HUYỆN ỦY TUY PHƯỚC**
\\*
Số 30-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM
*Tuy Phước, ngày 25 tháng 8 năm 2016*

### KẾ HOẠCH
**thực hiện Kế hoạch số 15-KH/TU, ngày 20/7/2016 của Ban Thường vụ Tỉnh ủy**

Thực hiện Kế hoạch số 15-KH/TU, ngày 20/7/2016 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 08-CT/TW, ngày 10/6/2016
của Ban Bí thư và Chương trình hành động số 10-CTr/TU, ngày 05/8/2016 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện
ủy xây dựng Kế hoạch thực hiện như sau:

**I. NHIỆM VỤ**
Các nhiệm vụ cụ thể tại Phụ lục kèm theo (07 nhiệm vụ).

**II. TỔ CHỨC THỰC HIỆN**
1. Các đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện Kế hoạch này trước ngày 30/9/2016.
2. Ban Tuyên giáo Huyện ủy theo dõi, đôn đốc; tham mưu sơ kết theo Phụ lục.

**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**

---

### PHỤ LỤC
**Danh mục nhiệm vụ thực hiện Kế hoạch số 30-KH/HU**
*(Kèm theo Kế hoạch số 30-KH/HU, ngày 25/8/2016 của Ban Thường vụ Huyện ủy)*

| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| **I** | **Công tác quán triệt, tuyên truyền** | | |
| 1 | Quán triệt Chỉ thị số 08-CT/TW đến cán bộ chủ chốt | Ban Tuyên giáo Huyện ủy | Tháng 9/2016 |
| 2 | Tuyên truyền trên hệ thống truyền thanh cơ sở | Trung tâm Văn hóa - Thông tin - Thể thao huyện | Thường xuyên |
| **II** | **Học tập và làm theo Bác** | | |
| 3 | Học tập chuyên đề theo Chương trình hành động số 10-CTr/TU | Ban Tuyên giáo Huyện ủy | Hằng năm |
| 4 | Biểu dương điển hình tiên tiến | Ban Tuyên giáo Huyện ủy | Tháng 5 hằng năm |
| **III** | **Kiểm tra, sơ kết** | | |
| 5 | Kiểm tra việc thực hiện tại các đảng ủy xã | Ủy ban Kiểm tra Huyện ủy | Năm 2018 |
| 6 | Sơ kết 03 năm thực hiện Kế hoạch này | Ban Tuyên giáo Huyện ủy | Quý IV/2019 |
| 7 | Báo cáo Ban Thường vụ Tỉnh ủy | Văn phòng Huyện ủy | Hằng năm |
"""
    add("hu01_hu_sotay_kh30_2016.md", booklet)
    trap("booklet-group-rows", ["30-KH/HU"], ["hu01_hu_sotay_kh30_2016.md"], ["count-mismatch", "overdue-plan", "unmet-obligation"],
         "'07 nhiệm vụ' and 7 numbered rows plus 3 group-label rows (I, II, III); row 6's sơ kết was done by hu03 "
         "(85-BC/HU, 10/12/2019); the communes' plans xa01, xa02 implement 30-KH/HU")

    # added after the first run (an identity expectation the key should have listed from the start):
    trap("booklet-document-resolves", ["30-KH/HU"], ["hu01_hu_sotay_kh30_2016.md", "hu03_hu_bc85_2019.txt", "xa01_pl_kh08_2016.txt",
         "xa02_ps_kh10_2016.txt", "xa07_pl_bc30_2019.txt"], ["dangling"],
         "30-KH/HU of Huyện ủy Tuy Phước is in the corpus (the booklet, after its cover page); citations of it are not dangling")
    add("hu03_hu_bc85_2019.txt", party("hu", "85-BC/HU", (10, 12, 2019), "BÁO CÁO",
        "sơ kết 03 năm thực hiện Kế hoạch số 30-KH/HU, ngày 25/8/2016 của Ban Thường vụ Huyện ủy", """
Ban Thường vụ Huyện ủy báo cáo sơ kết 03 năm thực hiện Kế hoạch số 30-KH/HU, ngày 25/8/2016 (thực hiện Chỉ thị số
08-CT/TW của Ban Bí thư, nay đã được thay thế bằng Kết luận số 45-KL/TW, ngày 12/3/2019) như sau:

1. Kết quả quán triệt: 100% chi bộ.
2. Phương hướng: từ năm 2020 thực hiện theo Kết luận số 45-KL/TW, ngày 12/3/2019 của Ban Bí thư và Kế hoạch số
20-KH/TU, ngày 05/4/2019 của Ban Thường vụ Tỉnh ủy.
"""))
    trap("mention-noted-as-replaced", ["08-CT/TW"], ["hu03_hu_bc85_2019.txt"], ["superseded-citation"],
         "the report names 08-CT/TW only as the origin of the 2016 plan, 'nay đã được thay thế bằng Kết luận số 45-KL/TW'")

    add("hu04_hu_kh35_2019.txt", party("hu", "35-KH/HU", (10, 5, 2019), "KẾ HOẠCH",
        "thực hiện Kế hoạch số 20-KH/TU, ngày 05/4/2019 của Ban Thường vụ Tỉnh ủy", """
Thực hiện Kế hoạch số 20-KH/TU, ngày 05/4/2019 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 45-KL/TW, ngày 12/3/2019
của Ban Bí thư, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Quán triệt Kết luận trong tháng 6/2019 (Ban Tuyên giáo Huyện ủy chủ trì).
2. Các đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện trước ngày 30/6/2019.
"""))
    add("hu05_hu_kh12_2021.txt", party("hu", "12-KH/HU", (25, 7, 2021), "KẾ HOẠCH",
        "thực hiện Kế hoạch số 15-KH/TU, ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy", """
Thực hiện Kế hoạch số 15-KH/TU, ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021
của Bộ Chính trị, Ban Thường vụ Huyện ủy khóa XXIII xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
1. Học tập chuyên đề năm 2021 (Ban Tuyên giáo Huyện ủy chủ trì, hoàn thành trong Quý III/2021).
2. Xây dựng mô hình "Dân vận khéo" gắn với học tập và làm theo Bác.

II. TỔ CHỨC THỰC HIỆN
1. Các đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện Kế hoạch này trước ngày 31/8/2021.
2. Ban Tuyên giáo Huyện ủy theo dõi, đôn đốc.
"""))
    KEY["collateral"].append({"rule": "overdue-plan", "ids": ["12-KH/HU"], "files": ["hu05_hu_kh12_2021.txt"],
                              "what": "the communes' plans announced by 12-KH/HU are indeed overdue (same fact as the unmet obligation)"})
    plant("unmet-obligation", ["12-KH/HU"], ["hu05_hu_kh12_2021.txt"],
          "'Các đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện Kế hoạch này trước ngày 31/8/2021': no commune plan "
          "implements 12-KH/HU", contains="xã")
    add("hu06_hu_bc95_2021.txt", party("hu", "95-BC/HU", (25, 4, 2021), "BÁO CÁO",
        "sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị", """
Thực hiện Công văn số 1520-CV/TU, ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo sơ kết 05 năm
thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị như sau:

1. Kết quả: 100% chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt thường kỳ.
"""))
    add("hu07_hu_kh45_2022.txt", party("hu", "45-KH/HU", (15, 9, 2022), "KẾ HOẠCH",
        "nhân rộng mô hình \"Chi bộ kiểu mẫu\" trên địa bàn huyện", """
Căn cứ Quy định số 12-QĐ/TU, ngày 15/01/2022 của Ban Thường vụ Tỉnh ủy;
Căn cứ Kế hoạch số 25-KH/ĐU, ngày 15/9/2022 của Đảng ủy xã Phước Lộc về xây dựng mô hình điểm "Chi bộ kiểu mẫu",
Ban Thường vụ Huyện ủy xây dựng Kế hoạch nhân rộng mô hình như sau:

1. Năm 2023 mỗi đảng bộ xã có ít nhất 01 chi bộ kiểu mẫu.
2. Ban Tổ chức Huyện ủy chủ trì theo dõi.
"""))
    plant("cycle", ["45-KH/HU", "25-KH/ĐU"], ["hu07_hu_kh45_2022.txt", "xa03_pl_kh25_2022.txt"],
          "the district plan 'Căn cứ' the commune's 25-KH/ĐU; the commune plan 'Thực hiện' the district's 45-KH/HU (same day)")
    add("hu08_hu_tb150_2024.txt", party("hu", "150-TB/HU", (12, 6, 2024), "THÔNG BÁO",
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\ntại cuộc họp ngày 10/6/2024", """
Ngày 10/6/2024, Ban Thường vụ Huyện ủy họp nghe báo cáo kết quả thực hiện Kế hoạch số 12-KH/HU, ngày 25/7/2021 của Ban
Thường vụ Huyện ủy. Ban Thường vụ Huyện ủy kết luận:

1. Tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị và Kết luận số 01-KL/TW, ngày 18/5/2021
của Bộ Chính trị; Kế hoạch số 15-KH/TU, ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy.
2. Thực hiện nghiêm Kết luận số 34-KL/TW, ngày 18/4/2022 của Bộ Chính trị về Chiến lược công tác kiểm tra, giám sát.
3. Giao Ban Tuyên giáo Huyện ủy tham mưu tổ chức sơ kết 05 năm thực hiện Kế hoạch số 12-KH/HU, hoàn thành trong
Quý I/2027.
"""))

    # ------------------------------------------------------------------ communes
    add("xa01_pl_kh08_2016.txt", party("pl", "08-KH/ĐU", (20, 9, 2016), "KẾ HOẠCH",
        "thực hiện Kế hoạch số 30-KH/HU, ngày 25/8/2016 của Ban Thường vụ Huyện ủy", """
Thực hiện Kế hoạch số 30-KH/HU, ngày 25/8/2016 của Ban Thường vụ Huyện ủy Tuy Phước, Ban Chấp hành Đảng bộ xã xây dựng
Kế hoạch như sau:

1. Quán triệt đến 100% đảng viên. Chủ trì: Văn phòng Đảng ủy. Thời gian: tháng 10/2016.
2. Tuyên truyền trên loa truyền thanh xã. Chủ trì: Đài truyền thanh xã. Thời gian: thường xuyên.
3. Sơ kết 03 năm. Chủ trì: Đảng ủy xã. Thời gian: tháng 11/2019.
"""))
    add("xa07_pl_bc30_2019.txt", party("pl", "30-BC/ĐU", (15, 11, 2019), "BÁO CÁO",
        "sơ kết 03 năm thực hiện Kế hoạch số 08-KH/ĐU, ngày 20/9/2016 của Đảng ủy xã", """
Đảng ủy xã báo cáo sơ kết 03 năm thực hiện Kế hoạch số 08-KH/ĐU, ngày 20/9/2016 của Đảng ủy xã thực hiện Kế hoạch số
30-KH/HU của Ban Thường vụ Huyện ủy như sau:

1. Kết quả: 100% đảng viên được quán triệt.
"""))
    add("xa02_ps_kh10_2016.txt", party("ps", "10-KH/ĐU", (22, 9, 2016), "KẾ HOẠCH",
        "thực hiện Kế hoạch số 30-KH/HU, ngày 25/8/2016 của Ban Thường vụ Huyện ủy Tuy Phước", """
Thực hiện Kế hoạch số 30-KH/HU, ngày 25/8/2016 của Ban Thường vụ Huyện ủy Tuy Phước, Đảng ủy xã Phước Sơn đề ra 03 nhóm
giải pháp sau:

a) Quán triệt, tuyên truyền (Văn phòng Đảng ủy chủ trì, hoàn thành tháng 10/2016);
b) Học tập chuyên đề (Tuyên giáo Đảng ủy chủ trì, hằng năm);
c) Vận động nhân dân hiến đất làm đường (Mặt trận Tổ quốc xã chủ trì, năm 2017);
d) Kiểm tra, giám sát (Ủy ban Kiểm tra Đảng ủy chủ trì, năm 2018).
"""))
    plant("count-mismatch", ["10-KH/ĐU"], ["xa02_ps_kh10_2016.txt"], "'đề ra 03 nhóm giải pháp sau:' then four items a) to d)")
    add("xa03_pl_kh25_2022.txt", party("pl", "25-KH/ĐU", (15, 9, 2022), "KẾ HOẠCH",
        "xây dựng mô hình điểm \"Chi bộ kiểu mẫu\"", """
Thực hiện Kế hoạch số 45-KH/HU, ngày 15/9/2022 của Ban Thường vụ Huyện ủy về nhân rộng mô hình "Chi bộ kiểu mẫu",
Đảng ủy xã Phước Lộc xây dựng Kế hoạch như sau:

1. Chọn Chi bộ thôn Phước Thuận làm điểm (Quý IV/2022).
2. Đánh giá, nhân rộng (năm 2023).
"""))
    add("xa04_ps_kh15_2023.txt", party("ps", "15-KH/ĐU", (10, 4, 2023), "KẾ HOẠCH",
        "về chế độ báo cáo và học tập chuyên đề năm 2023", """
Căn cứ Quy định số 03-QĐ/TU, ngày 10/3/2017 của Ban Thường vụ Tỉnh ủy về chế độ thông tin, báo cáo;
Thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy, Đảng ủy xã Phước Sơn xây dựng Kế hoạch như sau:

1. Báo cáo định kỳ về Văn phòng Huyện ủy.
2. Học tập chuyên đề năm 2023.
"""))
    plant("superseded-citation", ["03-QĐ/TU"], ["xa04_ps_kh15_2023.txt"],
          "plan of 10/4/2023 'Căn cứ Quy định số 03-QĐ/TU, ngày 10/3/2017', replaced by 12-QĐ/TU on 15/01/2022 (compilation)")
    plant("ambiguous-id", ["15-KH/TU"], ["xa04_ps_kh15_2023.txt"],
          "'Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy' undated: 20/7/2016 (khóa XIX) or 10/6/2021 (khóa XX)")
    add("xa05_pl_kh08_2021.txt", party("pl", "08-KH/ĐU", (10, 10, 2021), "KẾ HOẠCH",
        "học tập chuyên đề năm 2021", """
Thực hiện Kế hoạch số 15-KH/TU, ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy, Đảng ủy xã Phước Lộc khóa XV, nhiệm kỳ
2020 - 2025 xây dựng Kế hoạch học tập chuyên đề năm 2021 như sau:

1. Tổ chức học tập trong tháng 11/2021.
2. Đăng ký làm theo của đảng viên.
"""))
    trap("commune-number-restarts", ["08-KH/ĐU"], ["xa07_pl_bc30_2019.txt", "xa05_pl_kh08_2021.txt", "xa01_pl_kh08_2016.txt"],
         ["duplicate-identity", "ambiguous-id", "temporal"],
         "Phước Lộc's 08-KH/ĐU of 2016 (khóa XIV) and of 2021 (khóa XV): two terms; the 2019 report cites the 2016 one by date")
    add("xa06_ps_bc45_2024.txt", party("ps", "45-BC/ĐU", (20, 5, 2024), "BÁO CÁO",
        "kết quả thực hiện Hướng dẫn số 05-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy", """
Căn cứ Kế hoạch số 20-KH/TU, ngày 15/4/2019 của Ban Thường vụ Tỉnh ủy; Hướng dẫn số 05-HD/BTGTU, ngày 20/5/2019 của Ban
Tuyên giáo Tỉnh ủy, Đảng ủy xã Phước Sơn báo cáo kết quả thực hiện như sau:

1. Nội dung tuyên truyền đã triển khai.
2. Hình thức tuyên truyền.
"""))
    plant("metadata-conflict", ["20-KH/TU"], ["xa06_ps_bc45_2024.txt"],
          "cites 20-KH/TU as of 15/4/2019; its header (tu06) says 05/4/2019")
    add("xa08_ps_kh22_2019.txt", party("ps", "22-KH/ĐU", (20, 6, 2019), "KẾ HOẠCH",
        "thực hiện Kế hoạch số 35-KH/HU, ngày 10/5/2019 của Ban Thường vụ Huyện ủy", """
Thực hiện Kế hoạch số 35-KH/HU, ngày 10/5/2019 của Ban Thường vụ Huyện ủy, Đảng ủy xã Phước Sơn xây dựng Kế hoạch:

1. Quán triệt Kết luận số 45-KL/TW trong tháng 7/2019 (Văn phòng Đảng ủy chủ trì).
"""))
    trap("district-obligation-2019-met", ["35-KH/HU"], ["hu04_hu_kh35_2019.txt"], ["unmet-obligation"],
         "Phước Sơn's 22-KH/ĐU (20/6/2019) implements 35-KH/HU before 30/6/2019")
    add("xa09_pl_kh12_2022.txt", party("pl", "12-KH/ĐU", (20, 4, 2022), "KẾ HOẠCH",
        "thực hiện Kế hoạch số 30-KH/TU, ngày 10/02/2022 của Ban Thường vụ Tỉnh ủy", """
Thực hiện Kế hoạch số 30-KH/TU, ngày 10/02/2022 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 21-KL/TW của Ban Chấp
hành Trung ương Đảng khóa XIII, Đảng ủy xã Phước Lộc xây dựng Kế hoạch như sau:

1. Quán triệt đến 100% đảng viên (tháng 5/2022).
"""))
    trap("dated-citation-of-duplicate", ["30-KH/TU"], ["xa09_pl_kh12_2022.txt"], ["ambiguous-id", "metadata-conflict", "temporal"],
         "cites 30-KH/TU with 10/02/2022: the first of the two numbered 30-KH/TU, no doubt")


# ---------------------------------------------------------------- writers
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write_docx(path, spec):
    def p(num, t):
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num[1]}"/></w:numPr></w:pPr>' if num else ""
        return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
    body = "".join(p(n, t) for n, t in spec["paras"])
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
                 '</w:numbering>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", drels), ("word/numbering.xml", numbering)):
            zi = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


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
            payload = {"paras": [(("L", 1) if n == "L1" else ("L", 2) if n == "L2" else None, t) for n, t in payload["paras"]]}
            write_docx(path, payload)
        else:
            open(path, "w", encoding="utf-8").write(payload)
    if a.key:
        json.dump(KEY, open(a.key, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(DOCS), "files;", len(KEY["planted"]), "planted;", len(KEY["external"]), "external;", len(KEY["traps"]), "traps")


if __name__ == "__main__":
    main()
