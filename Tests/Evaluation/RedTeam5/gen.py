#!/usr/bin/env python3
"""Red team 12 corpus generator: a district's year of Party documents (huyện Phú Lương, tỉnh Thái Nguyên, 2024),
its communes' replies and plans; .docx written the way LibreOffice writes a converted .doc (header as a two-column
table, styles, rsids, runs split oddly, soft line breaks, tabs); district/commune portal pages (HTML with nested
tables, &nbsp;, <br>, inline styles and a sidebar of links that are not citations); scanned pages read with --ocr.

Usage: gen.py --seed N --out DIR [--key PATH] [--no-pdf]
Python 3 standard library only (ctypes drives libgvc to draw scanned pages, as RedTeam4/gen.py did).
The seed only moves where .docx runs are split; documents and key are the same for every seed.
"""
import argparse, ctypes, ctypes.util, json, os, random, re, struct, zipfile
from xml.sax.saxutils import escape

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"

DOCS = []   # (filename, kind, payload)   kind: txt | docx | html | scan
KEY = {"as_of": "2026-11-26", "planted": [], "traps": [], "external": [], "collateral": [], "files": {}}


def add(fname, payload, kind="txt"):
    DOCS.append((fname, kind, payload))


def plant(rule, ids, files, what, contains=None):
    KEY["planted"].append({"rule": rule, "ids": ids, "files": files, "what": what, **({"contains": contains} if contains else {})})


def trap(kind, ids, files, must_not, what):
    KEY["traps"].append({"kind": kind, "ids": ids, "files": files, "must_not": must_not, "what": what})


def ext(*ids):
    KEY["external"].extend(ids)


def pdate(place, d, m, y):
    return f"{place}, ngày {d:02d} tháng {m} năm {y}"


def hu(num, d, m, y, kind, title, body, sign="T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n(Đã ký)\n\nNguyễn Văn Hùng",
       district="PHÚ LƯƠNG", place="Phú Lương"):
    head = (f"ĐẢNG BỘ TỈNH THÁI NGUYÊN\nHUYỆN ỦY {district}\n*\nSố {num}\n{PARTY}\n{pdate(place, d, m, y)}\n\n"
            f"{kind}\n{title}\n-----\n\n")
    return head + body.strip("\n") + "\n\n" + sign + "\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Các đồng chí Huyện ủy viên,\n- Lưu Văn phòng Huyện ủy.\n"


def du(commune, num, d, m, y, kind, title, body, sign=None, xa="XÃ"):
    sign = sign or f"T/M ĐẢNG ỦY\nBÍ THƯ\n\n(Đã ký)"
    head = (f"ĐẢNG BỘ HUYỆN PHÚ LƯƠNG\nĐẢNG ỦY {xa} {commune.upper()}\n*\nSố {num}\n{PARTY}\n{pdate(commune, d, m, y)}\n\n"
            f"{kind}\n{title}\n-----\n\n")
    return head + body.strip("\n") + "\n\n" + sign + "\n\nNơi nhận:\n- Ban Thường vụ Huyện ủy (b/c),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n"


def ubx(unit, place, num, d, m, y, kind, title, body, sign="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)"):
    head = (f"ỦY BAN NHÂN DÂN\n{unit.upper()}\n-------\n{MOTTO}\n---------------\nSố: {num}\n"
            f"{pdate(place, d, m, y)}\n\n{kind}\n{title}\n\n")
    return head + body.strip("\n") + "\n\n" + sign + "\n"


# =============================================================== district: Huyện ủy Phú Lương
add("h01_hu_nq12_2024.txt", hu("12-NQ/HU", 10, 1, 2024, "NGHỊ QUYẾT",
    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\nvề phát triển kinh tế đồi rừng, nâng cao giá trị sản phẩm chè\ngiai đoạn 2024 - 2030", """
Căn cứ Điều lệ Đảng;
Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV, nhiệm kỳ 2020 - 2025;
Thực hiện Nghị quyết số 09-NQ/TU ngày 28/8/2023 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế lâm nghiệp
bền vững đến năm 2030; Nghị quyết Đại hội đại biểu Đảng bộ huyện Phú Lương lần thứ XXV, nhiệm kỳ 2020 - 2025,
Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21 đã thảo luận và

QUYẾT NGHỊ:

I. TÌNH HÌNH
Sau 03 năm thực hiện Nghị quyết Đại hội, diện tích chè toàn huyện đạt trên 4.200 ha, giá trị sản phẩm thu được
trên 1 ha đất trồng chè đạt 245 triệu đồng; tỷ lệ che phủ rừng duy trì ở mức 58,5%.

II. MỤC TIÊU
Đến năm 2030, giá trị sản phẩm trên 1 ha chè đạt 350 triệu đồng; 100% xã có sản phẩm OCOP từ chè.

III. NHIỆM VỤ, GIẢI PHÁP
1. Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân.
2. Quy hoạch vùng chè tập trung, gắn với xây dựng nông thôn mới nâng cao.
3. Phát triển kinh tế đồi rừng theo hướng trồng rừng gỗ lớn, có chứng chỉ rừng.

IV. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện Nghị quyết; chỉ đạo sơ kết, tổng kết việc thực hiện.
2. Ủy ban nhân dân huyện xây dựng kế hoạch thực hiện Nghị quyết, bố trí nguồn lực thực hiện.
3. Ban Tuyên giáo Huyện ủy ban hành hướng dẫn tuyên truyền Nghị quyết trong cán bộ, đảng viên và nhân dân.
4. Ủy ban Kiểm tra Huyện ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Nghị quyết.
5. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 29/02/2024.

Nghị quyết này được phổ biến đến chi bộ và đảng viên.
""", sign="T/M HUYỆN ỦY\nBÍ THƯ\n\n(Đã ký)\n\nLê Văn Thắng"))
ext("09-NQ/TU")
plant("unmet-obligation", ["12-NQ/HU"], ["h01_hu_nq12_2024.txt"],
      "Ban Tuyên giáo Huyện ủy must issue a guidance (hướng dẫn) on the resolution; none in the corpus", contains="Tuyên giáo")
plant("unmet-obligation", ["12-NQ/HU"], ["h01_hu_nq12_2024.txt"],
      "Ủy ban Kiểm tra Huyện ủy must issue an inspection plan; none in the corpus", contains="Kiểm tra")
trap("fulfilled-obligation", ["12-NQ/HU"], ["h01_hu_nq12_2024.txt"], ["unmet-obligation"],
     "Ban Thường vụ (45-KH/HU), UBND huyện (45/KH-UBND) and the communes (several -KH/ĐU) all wrote their plans; "
     "an unmet-obligation naming Ban Thường vụ, Ủy ban nhân dân or Đảng ủy is wrong (scored by hand, see REPORT)")

add("h02_hu_kh45_2024.txt", hu("45-KH/HU", 20, 1, 2024, "KẾ HOẠCH",
    "thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện\nvề phát triển kinh tế đồi rừng, "
    "nâng cao giá trị sản phẩm chè giai đoạn 2024 - 2030", """
Thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế đồi rừng, nâng
cao giá trị sản phẩm chè giai đoạn 2024 - 2030, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên; xác định rõ nhiệm vụ, thời gian, đơn vị chủ trì.

II. NHIỆM VỤ CỤ THỂ
TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện
1\tXây dựng Đề án phát triển vùng chè đặc sản, chè hữu cơ huyện Phú Lương giai đoạn 2024 - 2030\tỦy ban nhân dân huyện\tPhòng Nông nghiệp và PTNT\tQuý II/2024
2\tSơ kết 01 năm thực hiện Nghị quyết số 12-NQ/HU\tVăn phòng Huyện ủy\tCác ban xây dựng Đảng\tTháng 01/2025
3\tSửa đổi, bổ sung Quy chế số 02-QC/HU ngày 15/10/2020 về phối hợp giữa Thường trực Huyện ủy với Ủy ban nhân dân huyện trong phát triển nông nghiệp\tVăn phòng Huyện ủy\tVăn phòng HĐND và UBND huyện\tQuý III/2024
4\tTổng kết thực hiện Nghị quyết số 12-NQ/HU\tBan Thường vụ Huyện ủy\tCác cơ quan liên quan\tNăm 2030
5\tTuyên truyền kết quả thực hiện Nghị quyết trên Trang thông tin điện tử huyện\tTrung tâm Văn hóa, Thể thao và Truyền thông\tCác xã, thị trấn\tThường xuyên

III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị căn cứ Kế hoạch này cụ thể hóa thành chương trình, kế hoạch của đơn vị mình.
"""))
plant("overdue-plan", ["02-QC/HU"], ["h02_hu_kh45_2024.txt"],
      "row 3: planned amendment of 02-QC/HU due Quý III/2024; nothing amends it (26-CV/ĐU only comments on a draft)")
plant("overdue-plan", ["45-KH/HU"], ["h02_hu_kh45_2024.txt"],
      "row 1 announces a new Đề án due Quý II/2024; none in the corpus")
KEY["planted"][-1]["announces"] = True
trap("fulfilled-review", ["12-NQ/HU"], ["h02_hu_kh45_2024.txt"], ["overdue-plan"],
     "row 2: review of 12-NQ/HU due Tháng 01/2025, done by 120-BC/HU on 15/01/2025")
trap("not-yet-due-and-recurring", ["45-KH/HU"], ["h02_hu_kh45_2024.txt"], ["overdue-plan"],
     "row 4 Năm 2030, row 5 Thường xuyên (an overdue warning naming rows 4/5 is wrong; the warnings for rows 1 and 3 are planted)")

add("h03_hu_ct09_2022.txt", hu("09-CT/HU", 12, 4, 2022, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác quản lý,\n"
    "bảo vệ rừng và phòng cháy, chữa cháy rừng", """
Những năm qua, công tác quản lý, bảo vệ rừng trên địa bàn huyện đã được các cấp ủy, chính quyền quan tâm lãnh đạo.
Tuy nhiên, tình trạng khai thác, vận chuyển lâm sản trái phép vẫn còn xảy ra ở một số xã vùng giáp ranh.
Để khắc phục những hạn chế trên, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số
nhiệm vụ sau:
1. Nâng cao vai trò, trách nhiệm của cấp ủy, người đứng đầu trong công tác quản lý, bảo vệ rừng.
2. Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã trước mùa khô.
3. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện Chỉ thị.
Chỉ thị này được phổ biến đến chi bộ.
"""))

add("h04_hu_ct15_2024.txt", hu("15-CT/HU", 5, 3, 2024, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề tăng cường công tác quản lý, bảo vệ và phát triển rừng,\nphòng cháy, chữa cháy rừng giai đoạn 2024 - 2026", """
Sau 02 năm thực hiện Chỉ thị số 09-CT/HU ngày 12/4/2022 của Ban Thường vụ Huyện ủy, công tác quản lý, bảo vệ rừng
đã có chuyển biến tích cực; diện tích rừng bị thiệt hại do cháy giảm 65% so với giai đoạn trước. Tuy nhiên, trước
diễn biến phức tạp của thời tiết, Ban Thường vụ Huyện ủy yêu cầu:

1. Các cấp ủy đảng tăng cường lãnh đạo, chỉ đạo công tác phòng cháy, chữa cháy rừng, nhất là trong mùa khô.
2. Ủy ban nhân dân huyện chỉ đạo rà soát phương án phòng cháy, chữa cháy rừng ở các xã trọng điểm.
3. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện Chỉ thị phù hợp với tình hình thực tế của địa phương.
4. Giao Văn phòng Huyện ủy chủ trì tham mưu Ban Thường vụ Huyện ủy sơ kết 01 năm thực hiện Chỉ thị, hoàn thành trước ngày 31/3/2025.

Chỉ thị này có hiệu lực kể từ ngày ký, thay thế Chỉ thị số 09-CT/HU ngày 12/4/2022 của Ban Thường vụ Huyện ủy
và được phổ biến đến chi bộ.
"""))
plant("overdue-plan", ["15-CT/HU"], ["h04_hu_ct15_2024.txt"],
      "prose task: Văn phòng Huyện ủy to review (sơ kết) 15-CT/HU before 31/3/2025; no review in the corpus")
trap("historical-mention-in-replacement", ["09-CT/HU"], ["h04_hu_ct15_2024.txt"], ["superseded-citation", "temporal"],
     "'Sau 02 năm thực hiện Chỉ thị số 09-CT/HU' in the very document that replaces it")

add("h05_hu_qc02_2020.txt", hu("02-QC/HU", 15, 10, 2020, "QUY CHẾ",
    "phối hợp giữa Thường trực Huyện ủy với Ủy ban nhân dân huyện\ntrong lãnh đạo phát triển nông nghiệp, nông thôn", """
Căn cứ Điều lệ Đảng;
Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV, nhiệm kỳ 2020 - 2025,
Ban Thường vụ Huyện ủy ban hành Quy chế phối hợp như sau:
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định nguyên tắc, nội dung, phương thức phối hợp giữa Thường trực Huyện ủy với Ủy ban nhân dân huyện.
Điều 2. Hiệu lực thi hành
Quy chế này có hiệu lực kể từ ngày ký.
"""))

add("h06_hu_qc03_2020.txt", hu("03-QC/HU", 20, 11, 2020, "QUY CHẾ",
    "làm việc của Ban Chỉ đạo xây dựng nông thôn mới huyện Phú Lương", """
Căn cứ Điều lệ Đảng;
Ban Thường vụ Huyện ủy ban hành Quy chế làm việc của Ban Chỉ đạo xây dựng nông thôn mới huyện như sau:
Điều 1. Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ.
Điều 2. Ban Chỉ đạo họp định kỳ 6 tháng một lần.
Điều 3. Quy chế này có hiệu lực kể từ ngày ký.
"""))

add("h07_hu_qc07_2024.txt", hu("07-QC/HU", 18, 4, 2024, "QUY CHẾ",
    "làm việc của Ban Chỉ đạo xây dựng nông thôn mới huyện Phú Lương\ngiai đoạn 2021 - 2025", """
Căn cứ Điều lệ Đảng;
Căn cứ Quyết định số 1185-QĐ/HU ngày 02/02/2024 của Ban Thường vụ Huyện ủy về kiện toàn Ban Chỉ đạo xây dựng
nông thôn mới huyện,
Ban Thường vụ Huyện ủy ban hành Quy chế như sau:
Điều 1. Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ, đề cao trách nhiệm người đứng đầu.
Điều 2. Ban Chỉ đạo họp định kỳ hằng quý.
Điều 3. Hiệu lực thi hành
Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 03-QC/HU ngày 20/11/2020 của Ban Thường vụ Huyện ủy.
"""))
ext("1185-QĐ/HU")

add("h08_hu_qc10_2024.txt", hu("10-QC/HU", 22, 10, 2024, "QUY CHẾ",
    "phối hợp giữa Ban Chỉ đạo xây dựng nông thôn mới huyện với Mặt trận Tổ quốc\nvà các đoàn thể chính trị - xã hội huyện", """
Căn cứ Điều lệ Đảng;
Căn cứ Quy chế số 07-QC/HU ngày 18/4/2024 của Ban Thường vụ Huyện ủy về làm việc của Ban Chỉ đạo xây dựng nông thôn
mới huyện Phú Lương giai đoạn 2021 - 2025,
Ban Thường vụ Huyện ủy ban hành Quy chế phối hợp như sau:
Điều 1. Nội dung phối hợp: tuyên truyền, vận động; giám sát, phản biện xã hội.
Điều 2. Hiệu lực thi hành
Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 03-QC/HU ngày 20/11/2020 của Ban Thường vụ Huyện ủy.
"""))
plant("inverse-inconsistency", ["03-QC/HU"], ["h08_hu_qc10_2024.txt", "h07_hu_qc07_2024.txt"],
      "03-QC/HU replaced by 07-QC/HU (18/4/2024) and again by 10-QC/HU (22/10/2024): the clerk copied the old clause")
trap("amended-not-replaced", ["07-QC/HU"], ["h08_hu_qc10_2024.txt"], ["superseded-citation"],
     "10-QC/HU cites 07-QC/HU, amended (not replaced) by 1300-QĐ/HU")

add("h09_hu_qdi04_2021.txt", hu("04-QĐi/HU", 10, 6, 2021, "QUY ĐỊNH",
    "chế độ thông tin, báo cáo của các tổ chức cơ sở đảng trực thuộc Huyện ủy", """
Căn cứ Điều lệ Đảng;
Ban Thường vụ Huyện ủy quy định chế độ thông tin, báo cáo như sau:
Điều 1. Các tổ chức cơ sở đảng báo cáo định kỳ hằng tháng trước ngày 20.
Điều 2. Quy định này có hiệu lực kể từ ngày ký.
"""))

add("h10_hu_qd1250_2024.txt", hu("1250-QĐ/HU", 14, 6, 2024, "QUYẾT ĐỊNH",
    "về việc bãi bỏ Quy định số 04-QĐi/HU ngày 10/6/2021 của Ban Thường vụ Huyện ủy", """
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV, nhiệm kỳ 2020 - 2025;
- Xét đề nghị của Văn phòng Huyện ủy,

BAN THƯỜNG VỤ HUYỆN ỦY QUYẾT ĐỊNH

Điều 1. Bãi bỏ Quy định số 04-QĐi/HU ngày 10/6/2021 của Ban Thường vụ Huyện ủy về chế độ thông tin, báo cáo của các
tổ chức cơ sở đảng trực thuộc Huyện ủy. Chế độ báo cáo thực hiện theo hướng dẫn của Văn phòng Tỉnh ủy.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Văn phòng Huyện ủy, các tổ chức cơ sở đảng trực thuộc Huyện ủy căn cứ Quyết định thi hành.
"""))

add("h11_hu_qdi08_2024.txt", hu("08-QĐi/HU", 2, 10, 2024, "QUY ĐỊNH",
    "chế độ thông tin, báo cáo và chế độ gửi văn bản đến Ban Thường vụ Huyện ủy", """
Căn cứ Điều lệ Đảng;
Căn cứ Quyết định số 1250-QĐ/HU ngày 14/6/2024 của Ban Thường vụ Huyện ủy,
Ban Thường vụ Huyện ủy quy định như sau:
Điều 1. Các tổ chức cơ sở đảng báo cáo định kỳ hằng quý trước ngày 15 của tháng cuối quý.
Điều 2. Hiệu lực thi hành
Quy định này có hiệu lực kể từ ngày ký và thay thế Quy định số 04-QĐi/HU ngày 10/6/2021 của Ban Thường vụ Huyện ủy.
"""))
plant("inverse-inconsistency", ["04-QĐi/HU"], ["h11_hu_qdi08_2024.txt", "h10_hu_qd1250_2024.txt"],
      "04-QĐi/HU repealed by 1250-QĐ/HU (14/6/2024), then 'replaced' by 08-QĐi/HU (02/10/2024)")

add("h12_hu_kl25_2024.txt", hu("25-KL/HU", 10, 5, 2024, "KẾT LUẬN",
    "CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề đẩy mạnh chuyển đổi số trong các cơ quan đảng, đoàn thể huyện", """
Căn cứ Kế hoạch số 50-KH/HU của Ban Thường vụ Huyện ủy về chuyển đổi số trong hệ thống chính trị huyện; sau khi
nghe Văn phòng Huyện ủy báo cáo kết quả chuyển đổi số 4 tháng đầu năm 2024, Ban Thường vụ Huyện ủy kết luận như sau:
1. Tỷ lệ văn bản điện tử gửi, nhận qua hệ thống đạt 96%; 100% cơ quan đảng sử dụng chữ ký số.
2. Giao Văn phòng Huyện ủy tiếp tục hoàn thiện hạ tầng công nghệ thông tin, thực hiện thường xuyên.
"""))

add("h13_hu_kh50_2024.txt", hu("50-KH/HU", 15, 6, 2024, "KẾ HOẠCH",
    "chuyển đổi số trong các cơ quan đảng, đoàn thể huyện năm 2024", """
Thực hiện Kết luận số 25-KL/HU ngày 10/5/2024 của Ban Thường vụ Huyện ủy về đẩy mạnh chuyển đổi số trong các cơ
quan đảng, đoàn thể huyện, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:
1. Hoàn thành số hóa hồ sơ đảng viên trong năm 2024.
2. Kết nối mạng thông tin diện rộng của Đảng đến 100% đảng ủy cơ sở.
"""))
plant("cycle", ["25-KL/HU", "50-KH/HU"], ["h12_hu_kl25_2024.txt", "h13_hu_kh50_2024.txt"],
      "25-KL/HU rests on 50-KH/HU (clerk's wrong number) and 50-KH/HU implements 25-KL/HU")
KEY["collateral"].append({"rule": "temporal", "files": ["h12_hu_kl25_2024.txt"], "ids": ["50-KH/HU"]})

add("h14_hu_kh52a_2024.txt", hu("52-KH/HU", 8, 7, 2024, "KẾ HOẠCH",
    "tổ chức các hoạt động kỷ niệm 79 năm Cách mạng tháng Tám và Quốc khánh 2/9", """
Thực hiện Hướng dẫn số 102-HD/BTGTU ngày 20/6/2024 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng
Kế hoạch tổ chức các hoạt động kỷ niệm như sau:
1. Tổ chức treo cờ Tổ quốc, băng rôn, khẩu hiệu tại trung tâm huyện và các xã, thị trấn.
2. Tổ chức giải bóng chuyền hơi truyền thống tại thị trấn Đu.
"""))
ext("102-HD/BTGTU")
add("h15_hu_kh52b_2024.txt", hu("52-KH/HU", 10, 7, 2024, "KẾ HOẠCH",
    "lãnh đạo công tác tuyển chọn và gọi công dân nhập ngũ năm 2025", """
Căn cứ Luật Nghĩa vụ quân sự năm 2015; thực hiện Chỉ thị số 12-CT/TU ngày 05/6/2024 của Ban Thường vụ Tỉnh ủy về
lãnh đạo công tác tuyển quân, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
1. Đảng ủy các xã, thị trấn lãnh đạo tổ chức tốt việc đăng ký, khám tuyển, giao đủ 100% chỉ tiêu.
2. Ban Chỉ huy Quân sự huyện chủ trì, phối hợp thực hiện.
"""))
ext("12-CT/TU")
plant("duplicate-identity", ["52-KH/HU"], ["h14_hu_kh52a_2024.txt", "h15_hu_kh52b_2024.txt"],
      "two plans of the Ban Thường vụ Huyện ủy numbered 52-KH/HU two days apart")

add("h16_hu_kh60_2024.txt", hu("60-KH/HU", 2, 4, 2024, "KẾ HOẠCH",
    "kiểm tra, giám sát chuyên đề năm 2024 của Ban Thường vụ Huyện ủy", """
Căn cứ Chương trình kiểm tra, giám sát năm 2024 của Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy ban hành
Kế hoạch kiểm tra, giám sát chuyên đề như sau:
1. Kiểm tra việc lãnh đạo thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 tại Đảng ủy xã Yên Ninh, Đảng ủy xã Động Đạt.
2. Giám sát việc thực hiện Quy chế số 03-QC/HU ngày 20/11/2020 tại Ban Chỉ đạo xây dựng nông thôn mới huyện.
"""))
trap("cited-before-replacement", ["03-QC/HU"], ["h16_hu_kh60_2024.txt"], ["superseded-citation"],
     "plan of 02/4/2024 cites 03-QC/HU, replaced only on 18/4/2024")

add("h17_hu_ct05_2017.txt", hu("05-CT/HU", 20, 9, 2017, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề tăng cường công tác phát triển đảng viên trong thanh niên", """
Thời gian qua, công tác phát triển đảng viên trong thanh niên trên địa bàn huyện còn hạn chế.
Ban Thường vụ Huyện ủy yêu cầu các cấp ủy đảng thực hiện tốt các nội dung sau:
1. Mỗi chi bộ có ít nhất 01 quần chúng ưu tú là đoàn viên thanh niên được bồi dưỡng.
2. Đảng ủy các xã, thị trấn báo cáo kết quả hằng năm.
"""))
add("h18_hu_ct05_2021.txt", hu("05-CT/HU", 15, 3, 2021, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ huyện", """
Thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ, Ban Thường vụ
Huyện ủy yêu cầu các cấp ủy đảng:
1. Duy trì nền nếp sinh hoạt chi bộ định kỳ, sinh hoạt chuyên đề ít nhất một quý một lần.
2. Đảng ủy các xã, thị trấn báo cáo kết quả thực hiện 6 tháng, 1 năm.
"""))
ext("10-CT/TW")
trap("same-number-two-terms", ["05-CT/HU"], ["h17_hu_ct05_2017.txt", "h18_hu_ct05_2021.txt"], ["duplicate-identity"],
     "05-CT/HU of term XXIV (2017) and of term XXV (2021): two documents")

add("h19_hu_bc120_2025.txt", hu("120-BC/HU", 15, 1, 2025, "BÁO CÁO",
    "sơ kết 01 năm thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện\n"
    "về phát triển kinh tế đồi rừng, nâng cao giá trị sản phẩm chè giai đoạn 2024 - 2030", """
I. KẾT QUẢ THỰC HIỆN
1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 20/01/2024; Ủy ban nhân dân huyện ban hành Kế hoạch số
45/KH-UBND ngày 05/02/2024; 100% đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện.
Năm 2022, thực hiện Chỉ thị số 09-CT/HU ngày 12/4/2022 của Ban Thường vụ Huyện ủy, các xã đã trồng mới 620 ha rừng
sản xuất; kết quả này tạo tiền đề cho việc thực hiện Nghị quyết.
2. Kết quả thực hiện các chỉ tiêu
Giá trị sản phẩm trên 1 ha chè đạt 262 triệu đồng; có 14 sản phẩm OCOP từ chè.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Năm 2025, Ban Thường vụ Huyện ủy xác định gồm 05 nhiệm vụ trọng tâm sau:
1. Tiếp tục tuyên truyền sâu rộng Nghị quyết.
2. Mở rộng diện tích chè hữu cơ thêm 60 ha.
3. Hỗ trợ các hợp tác xã chè xây dựng nhãn hiệu tập thể.
4. Trồng mới 700 ha rừng sản xuất, trong đó 100 ha rừng gỗ lớn.

III. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị Ban Thường vụ Tỉnh ủy quan tâm hỗ trợ nguồn vốn phát triển vùng chè.
"""))
plant("count-mismatch", ["120-BC/HU"], ["h19_hu_bc120_2025.txt"], "'gồm 05 nhiệm vụ trọng tâm sau:' followed by 4 items")
trap("historical-mention", ["09-CT/HU"], ["h19_hu_bc120_2025.txt"], ["superseded-citation"],
     "'Năm 2022, thực hiện Chỉ thị số 09-CT/HU …' recounts 2022, when it was in force")
trap("state-and-party-same-number", ["45/KH-UBND", "45-KH/HU"], ["h19_hu_bc120_2025.txt"],
     ["metadata-conflict", "ambiguous-id", "dangling"], "45-KH/HU (Huyện ủy) and 45/KH-UBND (UBND huyện) are two documents in the corpus")

add("h20_hu_bc98_2024.txt", hu("98-BC/HU", 20, 3, 2024, "BÁO CÁO",
    "tổng kết 02 năm thực hiện Chỉ thị số 09-CT/HU ngày 12/4/2022 của Ban Thường vụ Huyện ủy\nvề tăng cường sự lãnh đạo "
    "của các cấp ủy đảng đối với công tác quản lý, bảo vệ rừng", """
Thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy, Văn phòng Huyện ủy tổng hợp kết quả 02 năm
thực hiện Chỉ thị số 09-CT/HU như sau:
I. KẾT QUẢ
Toàn huyện trồng mới 1.240 ha rừng; không để xảy ra cháy rừng lớn; xử lý 37 vụ vi phạm Luật Lâm nghiệp.
II. HẠN CHẾ
Một số đảng ủy xã chưa xây dựng kế hoạch thực hiện Chỉ thị kịp thời.
"""))
trap("review-of-replaced", ["09-CT/HU"], ["h20_hu_bc98_2024.txt"], ["superseded-citation"],
     "report (20/3/2024) reviewing the directive replaced on 05/3/2024")

add("h21_hu_qd1300_2024.txt", hu("1300-QĐ/HU", 5, 8, 2024, "QUYẾT ĐỊNH",
    "sửa đổi, bổ sung một số điều của Quy chế số 07-QC/HU ngày 18/4/2024\ncủa Ban Thường vụ Huyện ủy", """
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy chế số 07-QC/HU ngày 18/4/2024 của Ban Thường vụ Huyện ủy;
- Xét đề nghị của Văn phòng Huyện ủy,

BAN THƯỜNG VỤ HUYỆN ỦY QUYẾT ĐỊNH

Điều 1. Sửa đổi, bổ sung Điều 2 Quy chế số 07-QC/HU ngày 18/4/2024 như sau: "Ban Chỉ đạo họp định kỳ hằng tháng."
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""))

add("h22_hu_hd08_2024.txt", hu("08-HD/HU", 25, 3, 2024, "HƯỚNG DẪN",
    "thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy", """
Để triển khai thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý,
bảo vệ và phát triển rừng, Ban Thường vụ Huyện ủy hướng dẫn như sau:
1. Các đảng ủy xã tổ chức quán triệt Chỉ thị đến 100% chi bộ.
2. Kế hoạch của đảng ủy xã gửi về Văn phòng Huyện ủy để theo dõi.
"""))

# Huyện ủy Đại Từ: same numbers, other district
add("h23_daitu_kh60_2024.txt", hu("60-KH/HU", 10, 4, 2024, "KẾ HOẠCH",
    "thực hiện Nghị quyết số 12-NQ/HU ngày 18/01/2024 của Ban Chấp hành Đảng bộ huyện Đại Từ\nvề phát triển du lịch "
    "gắn với vùng chè Tân Cương - La Bằng", """
Thực hiện Nghị quyết số 12-NQ/HU ngày 18/01/2024 của Ban Chấp hành Đảng bộ huyện Đại Từ về phát triển du lịch gắn
với vùng chè, Ban Thường vụ Huyện ủy Đại Từ xây dựng Kế hoạch thực hiện như sau:
1. Hoàn thiện hạ tầng du lịch khu vực hồ Núi Cốc.
2. Tổ chức Lễ hội chè Đại Từ hằng năm.
""", district="ĐẠI TỪ", place="Đại Từ"))
ext("12-NQ/HU ngày 18/01/2024 (Đại Từ)")
KEY["external"].remove("12-NQ/HU ngày 18/01/2024 (Đại Từ)")   # dangling with an id shared with Phú Lương: scored by hand
trap("other-district-same-number", ["60-KH/HU", "12-NQ/HU"], ["h23_daitu_kh60_2024.txt"],
     ["duplicate-identity", "metadata-conflict", "ambiguous-id"],
     "Đại Từ's 60-KH/HU and its 12-NQ/HU of 18/01/2024 are not Phú Lương's 60-KH/HU (02/4) and 12-NQ/HU (10/01)")

add("h24_hu_tb210_2024.html", "portal:tb210")   # written below as HTML
add("h25_ubnd_kh45_2024.txt", ubx("HUYỆN PHÚ LƯƠNG", "Phú Lương", "45/KH-UBND", 5, 2, 2024, "KẾ HOẠCH",
    "Thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện\nvề phát triển kinh tế đồi rừng, "
    "nâng cao giá trị sản phẩm chè giai đoạn 2024 - 2030", """
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn cứ Kế hoạch số 45-KH/HU ngày 20/01/2024 của Ban Thường vụ Huyện ủy thực hiện Nghị quyết số 12-NQ/HU ngày
10/01/2024 của Ban Chấp hành Đảng bộ huyện;
Ủy ban nhân dân huyện Phú Lương ban hành Kế hoạch thực hiện như sau:
I. MỤC TIÊU
Đến năm 2025, diện tích chè đạt 4.350 ha, trong đó chè trồng mới bằng giống mới đạt 85%.
II. NHIỆM VỤ
1. Phòng Nông nghiệp và PTNT chủ trì hướng dẫn các xã chuyển đổi giống chè.
2. Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch thực hiện.
""", sign="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)"))
trap("state-plan-same-number-as-party-plan", ["45-KH/HU"], ["h25_ubnd_kh45_2024.txt"],
     ["cycle", "duplicate-identity", "metadata-conflict"], "45/KH-UBND cites 45-KH/HU: not a self-citation")

add("h26_hu_ct18_2024.txt", hu("18-CT/HU", 15, 8, 2024, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề lãnh đạo đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027", """
Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu
toàn quốc lần thứ XIV của Đảng, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:
1. Đại hội chi bộ phải thực sự là đợt sinh hoạt chính trị sâu rộng trong toàn Đảng bộ.
2. Nhân sự cấp ủy chi bộ phải bảo đảm tiêu chuẩn, cơ cấu theo quy định.

TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Huyện ủy xây dựng kế hoạch lãnh đạo đại hội chi bộ.
2. Ban Tổ chức Huyện ủy ban hành hướng dẫn nhân sự cấp ủy chi bộ.
3. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện Chỉ thị, hoàn thành trước ngày 15/9/2024.
Chỉ thị này được phổ biến đến chi bộ.
""", sign="T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n(Đã ký)\n\nLê Văn Thắng"))
plant("unmet-obligation", ["18-CT/HU"], ["h26_hu_ct18_2024.txt"],
      "communes must write plans implementing 18-CT/HU; none exists (the district's own 58-KH/HU is not theirs)", contains="xã")
plant("overdue-plan", ["18-CT/HU"], ["h26_hu_ct18_2024.txt"],
      "the communes' plans announced by 18-CT/HU were due 15/9/2024; none exists (58-KH/HU is the district's)")
KEY["planted"][-1]["announces"] = True
trap("fulfilled-obligations-by-district-bodies", ["18-CT/HU"], ["h26_hu_ct18_2024.txt"], ["unmet-obligation"],
     "Ban Thường vụ (58-KH/HU) and Ban Tổ chức Huyện ủy (10-HD/BTCHU) did their part (an unmet note naming them is wrong; scored by hand)")

add("h27_hu_kh58_2024.txt", hu("58-KH/HU", 22, 8, 2024, "KẾ HOẠCH",
    "lãnh đạo đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027", """
Thực hiện Kế hoạch số 45-KH/TU ngày 02/8/2024 của Ban Thường vụ Tỉnh ủy về đại hội chi bộ nhiệm kỳ 2025 - 2027 và Chỉ
thị số 18-CT/HU ngày 15/8/2024 của Ban Thường vụ Huyện ủy về lãnh đạo đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ
2025 - 2027, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
1. Thời gian đại hội chi bộ: hoàn thành trước ngày 31/3/2025.
2. Các đồng chí Ủy viên Ban Thường vụ Huyện ủy dự, chỉ đạo đại hội chi bộ điểm.
"""))
ext("45-KH/TU")
trap("province-number-equals-district-number", ["45-KH/TU", "45-KH/HU"], ["h27_hu_kh58_2024.txt"],
     ["metadata-conflict", "temporal", "ambiguous-id"], "the Tỉnh ủy's 45-KH/TU (02/8/2024) is not the Huyện ủy's 45-KH/HU (20/01/2024)")
add("h28_btchu_hd10_2024.txt", """ĐẢNG BỘ HUYỆN PHÚ LƯƠNG
BAN TỔ CHỨC
*
Số 10-HD/BTCHU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lương, ngày 26 tháng 8 năm 2024

HƯỚNG DẪN
nhân sự cấp ủy chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027
-----

Thực hiện Chỉ thị số 18-CT/HU ngày 15/8/2024 của Ban Thường vụ Huyện ủy, Ban Tổ chức Huyện ủy hướng dẫn như sau:
1. Chi bộ có dưới 9 đảng viên bầu bí thư, phó bí thư; không bầu chi ủy.
2. Chi bộ có từ 9 đảng viên trở lên bầu chi ủy không quá 3 đồng chí.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

(Đã ký)
""")

# =============================================================== communes
add("c01_yenninh_du_kh12_2024.docx", "docx:yn12")   # below
add("c02_dongdat_du_kh15_2024.txt", du("Động Đạt", "15-KH/ĐU", 26, 2, 2024, "KẾ HOẠCH",
    "thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện\nvề phát triển kinh tế đồi rừng, "
    "nâng cao giá trị sản phẩm chè giai đoạn 2024 - 2030", """
Thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện và Kế hoạch số 45-KH/HU ngày
20/01/2024 của Ban Thường vụ Huyện ủy, Ban Chấp hành Đảng bộ xã Động Đạt xây dựng Kế hoạch thực hiện như sau:
I. MỤC TIÊU
Đến năm 2030, diện tích chè của xã đạt 520 ha; giá trị sản phẩm trên 1 ha chè đạt 300 triệu đồng.
II. NHIỆM VỤ
1. Các chi bộ tổ chức quán triệt Nghị quyết đến 100% đảng viên, hoàn thành trong tháng 3/2024.
2. Ủy ban nhân dân xã xây dựng kế hoạch chuyển đổi giống chè.
III. TỔ CHỨC THỰC HIỆN
Kế hoạch này được phổ biến đến các chi bộ.
"""))
add("c03_phanme_du_kh15_2024.txt", du("Phấn Mễ", "15-KH/ĐU", 27, 2, 2024, "KẾ HOẠCH",
    "thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện", """
Thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế đồi rừng,
nâng cao giá trị sản phẩm chè giai đoạn 2024 - 2030, Ban Thường vụ Đảng ủy xã Phấn Mễ xây dựng Kế hoạch như sau:
1. Quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên trong tháng 3/2024.
2. Phát triển 30 ha chè hữu cơ tại các xóm Đồng Danh, Làng Mới; hoàn thành trong năm 2026.
3. Kế hoạch gồm 02 nhiệm vụ nêu trên; giao các chi bộ cụ thể hóa.
"""))
trap("two-communes-same-number", ["15-KH/ĐU"], ["c02_dongdat_du_kh15_2024.txt", "c03_phanme_du_kh15_2024.txt"],
     ["duplicate-identity", "ambiguous-id"], "15-KH/ĐU of xã Động Đạt and of xã Phấn Mễ")
trap("not-yet-due", ["15-KH/ĐU"], ["c03_phanme_du_kh15_2024.txt"], ["overdue-plan", "count-mismatch"],
     "'hoàn thành trong năm 2026' not due on 2026-11-26; 'gồm 02 nhiệm vụ' with 2 items")

add("c04_onluong_du_kh08_2024.html", "portal:ol08")
add("c05_tuctranh_du_kh20_2024.docx", "docx:tt20")
add("c06_hopthanh_du_kh18_2024.txt", du("Hợp Thành", "18-KH/ĐU", 10, 5, 2024, "KẾ HOẠCH",
    "thực hiện công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2024", """
Thực hiện Chỉ thị số 09-CT/HU ngày 12/4/2022 của Ban Thường vụ Huyện ủy về tăng cường sự lãnh đạo của các cấp ủy đảng
đối với công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng, Ban Thường vụ Đảng ủy xã Hợp Thành xây dựng Kế
hoạch thực hiện năm 2024 như sau:
1. Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng xã, hoàn thành trong tháng 5/2024.
2. Tổ chức tuần tra, canh gác tại các điểm có nguy cơ cháy cao, thực hiện thường xuyên trong mùa khô.
"""))
plant("superseded-citation", ["09-CT/HU"], ["c06_hopthanh_du_kh18_2024.txt"],
      "commune plan of 10/5/2024 implements 09-CT/HU, replaced by 15-CT/HU on 05/3/2024")

add("c07_colung_du_kh25_2024.docx", "docx:cl25")
add("c08_yenninh_du_nq10_2024.txt", du("Yên Ninh", "10-NQ/ĐU", 20, 3, 2024, "NGHỊ QUYẾT",
    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ\nvề xây dựng xã nông thôn mới nâng cao năm 2024", """
Thực hiện Kế hoạch số 22-KH/ĐU ngày 20/3/2024 của Ban Chấp hành Đảng bộ xã về xây dựng nông thôn mới nâng cao,
Hội nghị Ban Chấp hành Đảng bộ xã Yên Ninh lần thứ 18 đã thảo luận và

QUYẾT NGHỊ:
1. Phấn đấu đạt chuẩn xã nông thôn mới nâng cao trong năm 2024.
2. Huy động 4,5 tỷ đồng từ nhân dân để cứng hóa đường giao thông nông thôn.
"""))
add("c09_yenninh_du_kh22_2024.txt", du("Yên Ninh", "22-KH/ĐU", 20, 3, 2024, "KẾ HOẠCH",
    "thực hiện Nghị quyết số 10-NQ/ĐU ngày 20/3/2024 của Ban Chấp hành Đảng bộ xã\nvề xây dựng xã nông thôn mới nâng cao năm 2024", """
Thực hiện Nghị quyết số 10-NQ/ĐU ngày 20/3/2024 của Ban Chấp hành Đảng bộ xã về xây dựng xã nông thôn mới nâng cao năm
2024, Ban Thường vụ Đảng ủy xây dựng Kế hoạch thực hiện như sau:
1. Ủy ban nhân dân xã lập hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng cao.
2. Mặt trận Tổ quốc và các đoàn thể vận động nhân dân hiến đất làm đường.
"""))
plant("cycle", ["10-NQ/ĐU", "22-KH/ĐU"], ["c08_yenninh_du_nq10_2024.txt", "c09_yenninh_du_kh22_2024.txt"],
      "the commune's resolution implements its own plan, which implements the resolution (same day)")

add("c10_dongdat_du_bc30_2024.txt", du("Động Đạt", "30-BC/ĐU", 15, 3, 2024, "BÁO CÁO",
    "kết quả lãnh đạo thực hiện nhiệm vụ kiểm tra, giám sát quý I năm 2024", """
Thực hiện Kế hoạch số 60-KH/HU ngày 02/4/2024 của Ban Thường vụ Huyện ủy về kiểm tra, giám sát chuyên đề năm 2024,
Đảng ủy xã Động Đạt báo cáo kết quả quý I năm 2024 như sau:
1. Ủy ban Kiểm tra Đảng ủy kiểm tra 03 chi bộ, giám sát 05 đảng viên.
2. Không có đảng viên vi phạm phải xử lý kỷ luật.
"""))
plant("temporal", ["60-KH/HU"], ["c10_dongdat_du_bc30_2024.txt"],
      "report of 15/3/2024 implements 60-KH/HU dated 02/4/2024")
trap("other-district-not-confused", ["60-KH/HU"], ["c10_dongdat_du_bc30_2024.txt"], ["ambiguous-id", "metadata-conflict"],
     "Phú Lương's 60-KH/HU of 02/4/2024 (Đại Từ's 60-KH/HU is 10/4/2024)")

add("c11_thitrandu_ubnd_kh35_2024.txt", ubx("THỊ TRẤN ĐU", "Đu", "35/KH-UBND", 10, 7, 2024, "KẾ HOẠCH",
    "Thực hiện chế độ thông tin, báo cáo năm 2024", """
Thực hiện Quy định số 04-QĐi/HU ngày 10/6/2021 của Ban Thường vụ Huyện ủy về chế độ thông tin, báo cáo của các tổ chức
cơ sở đảng trực thuộc Huyện ủy; căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân thị trấn Đu xây dựng Kế hoạch
như sau:
1. Văn phòng - Thống kê thị trấn tổng hợp báo cáo định kỳ hằng tháng trước ngày 18.
2. Các tổ dân phố báo cáo tình hình an ninh trật tự trước ngày 15 hằng tháng.
"""))
plant("superseded-citation", ["04-QĐi/HU"], ["c11_thitrandu_ubnd_kh35_2024.txt"],
      "UBND thị trấn Đu (10/7/2024) implements 04-QĐi/HU, repealed by 1250-QĐ/HU on 14/6/2024")

add("c12_phanme_du_qd45_2024.docx", "docx:pm45")
add("c13_onluong_du_bc40_2024.txt", du("Ôn Lương", "40-BC/ĐU", 10, 6, 2024, "BÁO CÁO",
    "kết quả thực hiện Chỉ thị của Ban Thường vụ Huyện ủy 6 tháng đầu năm 2024", """
Thực hiện Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy, Đảng ủy xã Ôn Lương báo cáo kết quả 6 tháng đầu năm 2024
như sau:
1. 100% chi bộ duy trì sinh hoạt định kỳ; 12/14 chi bộ tổ chức sinh hoạt chuyên đề.
2. Kết nạp 04 đảng viên mới, trong đó 03 đồng chí là đoàn viên thanh niên.
"""))
plant("ambiguous-id", ["05-CT/HU"], ["c13_onluong_du_bc40_2024.txt"],
      "05-CT/HU without date or term: the corpus holds the 2017 and the 2021 one")

add("c14_hopthanh_du_bc19_2024.txt", du("Hợp Thành", "19-BC/ĐU", 12, 6, 2024, "BÁO CÁO",
    "kết quả 03 năm thực hiện Chỉ thị số 05-CT/HU ngày 15/3/2021 của Ban Thường vụ Huyện ủy\nvề nâng cao chất lượng sinh hoạt chi bộ", """
Thực hiện Chỉ thị số 05-CT/HU ngày 15/3/2021 của Ban Thường vụ Huyện ủy về nâng cao chất lượng sinh hoạt chi bộ trong
Đảng bộ huyện, Đảng ủy xã Hợp Thành báo cáo như sau:
1. 16/16 chi bộ xây dựng và thực hiện nghiêm quy chế làm việc.
2. Chất lượng sinh hoạt chi bộ được nâng lên; 93% chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên.
"""))
trap("dated-same-number-two-terms", ["05-CT/HU"], ["c14_hopthanh_du_bc19_2024.txt"], ["ambiguous-id", "metadata-conflict"],
     "05-CT/HU with its date 15/3/2021: the term XXV directive")

add("c15_tuctranh_du_cv26_2024.txt", du("Tức Tranh", "26-CV/ĐU", 8, 8, 2024, "",
    "V/v tham gia ý kiến vào dự thảo Quy chế sửa đổi, bổ sung\nQuy chế số 02-QC/HU", """
Kính gửi: Văn phòng Huyện ủy Phú Lương.

Thực hiện Công văn số 1520-CV/HU ngày 05/8/2024 của Huyện ủy về việc tham gia ý kiến vào dự thảo Quy chế sửa đổi,
bổ sung Quy chế số 02-QC/HU ngày 15/10/2020 về phối hợp giữa Thường trực Huyện ủy với Ủy ban nhân dân huyện, Đảng ủy
xã Tức Tranh nhất trí với dự thảo, đề nghị bổ sung nội dung phối hợp trong hỗ trợ các hợp tác xã chè.
Đảng ủy xã Tức Tranh trân trọng báo cáo./.
"""))
ext("1520-CV/HU")
trap("sua-doi-inside-cited-title", ["02-QC/HU"], ["c15_tuctranh_du_cv26_2024.txt"],
     ["superseded-citation", "inverse-inconsistency", "cycle"],
     "a letter commenting on a draft that would amend 02-QC/HU does not amend it (planted overdue of h02 row 3 must stay)")
KEY["traps"][-1]["requires_planted"] = {"rule": "overdue-plan", "id": "02-QC/HU", "file": "h02_hu_kh45_2024.txt"}

add("c16_colung_du_kh30_2024.txt", du("Cổ Lũng", "30-KH/ĐU", 5, 9, 2024, "KẾ HOẠCH",
    "thực hiện Quy chế làm việc của Ban Chỉ đạo xây dựng nông thôn mới", """
Thực hiện Quy chế số 07-QC/HU ngày 18/4/2024 của Ban Thường vụ Huyện ủy về làm việc của Ban Chỉ đạo xây dựng nông thôn
mới huyện (đã được sửa đổi, bổ sung tại Quyết định số 1300-QĐ/HU ngày 05/8/2024), Ban Thường vụ Đảng ủy xã Cổ Lũng
xây dựng Kế hoạch như sau:
1. Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã, hoàn thành trong tháng 9/2024.
2. Ban Chỉ đạo xã họp định kỳ hằng tháng, thực hiện thường xuyên.
"""))
trap("amended-chain", ["07-QC/HU", "1300-QĐ/HU"], ["c16_colung_du_kh30_2024.txt"],
     ["superseded-citation", "inverse-inconsistency", "temporal"], "'(đã được sửa đổi, bổ sung tại Quyết định số 1300-QĐ/HU …)'")

add("c17_dongdat_du_bc32_2024.txt", du("Động Đạt", "32-BC/ĐU", 20, 12, 2024, "BÁO CÁO",
    "kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2024,\nphương hướng, nhiệm vụ năm 2025", """
I. KẾT QUẢ
1. Thực hiện Kế hoạch số 15-KH/ĐU ngày 26/02/2024 của Ban Chấp hành Đảng bộ xã thực hiện Nghị quyết số 12-NQ/HU
ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện, toàn xã trồng mới 28 ha chè giống mới.
2. Thực hiện Kế hoạch số 45-KH/ĐU ngày 10/10/2024 của Đảng ủy xã về chuyển đổi số, 100% chi bộ sử dụng sổ tay đảng
viên điện tử.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Năm 2025 tập trung 03 nhiệm vụ trọng tâm sau:
1. Chuẩn bị tốt đại hội chi bộ, tiến tới Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 theo Chỉ thị số 35-CT/TW ngày
14/6/2024 của Bộ Chính trị.
2. Trồng mới 30 ha chè giống mới.
3. Giữ vững danh hiệu xã đạt chuẩn nông thôn mới nâng cao.
"""))
ext("35-CT/TW")
trap("own-commune-number", ["15-KH/ĐU"], ["c17_dongdat_du_bc32_2024.txt"], ["ambiguous-id", "metadata-conflict"],
     "Động Đạt's own 15-KH/ĐU of 26/02/2024 (Phấn Mễ's is 27/02/2024)")
trap("commune-number-equals-district-number", ["45-KH/ĐU"], ["c17_dongdat_du_bc32_2024.txt"],
     ["metadata-conflict", "temporal", "ambiguous-id"],
     "45-KH/ĐU of xã Động Đạt (10/10/2024, in the corpus) is not 45-KH/HU (20/01/2024)")
trap("count-correct", ["32-BC/ĐU"], ["c17_dongdat_du_bc32_2024.txt"], ["count-mismatch"], "'03 nhiệm vụ trọng tâm' with 3 items")

add("c18_dongdat_du_kh45_2024.txt", du("Động Đạt", "45-KH/ĐU", 10, 10, 2024, "KẾ HOẠCH",
    "chuyển đổi số trong Đảng bộ xã năm 2024 - 2025", """
Thực hiện Kế hoạch số 50-KH/HU ngày 15/6/2024 của Ban Thường vụ Huyện ủy về chuyển đổi số trong các cơ quan đảng,
đoàn thể huyện năm 2024, Ban Thường vụ Đảng ủy xã Động Đạt xây dựng Kế hoạch như sau:
1. 100% chi bộ sử dụng sổ tay đảng viên điện tử trong năm 2024.
2. Số hóa hồ sơ đảng viên của Đảng bộ xã, hoàn thành trong Quý II/2025.
"""))

add("c19_giangtien_du_kh14_2024.docx", "docx:gt14")
add("c20_yenninh_ubnd_kh56_2024.html", "portal:yn56")
add("c21_tuctranh_ubnd_kh48_2024.html", "portal:tt48")
add("c22_onluong_du_tb12_2024.txt", du("Ôn Lương", "12-TB/ĐU", 18, 11, 2024, "THÔNG BÁO",
    "kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban tháng 11/2024", """
Ngày 15/11/2024, Ban Thường vụ Đảng ủy xã Ôn Lương tổ chức hội nghị giao ban tháng 11/2024. Sau khi nghe các ý kiến,
đồng chí Bí thư Đảng ủy kết luận như sau:
1. Giao Ủy ban nhân dân xã chủ trì xây dựng Báo cáo sơ kết 01 năm thực hiện Kế hoạch số 08-KH/ĐU ngày 28/02/2024 của
Đảng ủy xã, hoàn thành trước ngày 31/12/2024.
2. Giao Văn phòng Đảng ủy hướng dẫn các chi bộ tổ chức sinh hoạt chuyên đề quý IV năm 2024, thực hiện thường xuyên.
3. Đề nghị Mặt trận Tổ quốc xã chủ trì xây dựng Kế hoạch tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa", hoàn thành trước ngày 15/12/2026.
"""))
plant("overdue-plan", ["08-KH/ĐU"], ["c22_onluong_du_tb12_2024.txt"],
      "UBND xã to write a report reviewing 08-KH/ĐU before 31/12/2024; none in the corpus")
trap("not-yet-due-prose", ["12-TB/ĐU"], ["c22_onluong_du_tb12_2024.txt"], ["overdue-plan"],
     "item 3 due 15/12/2026 (an overdue warning without an id in this file is scored against the planted item 1)")

add("c23_phanme_ubnd_bc88_2024.txt", ubx("XÃ PHẤN MỄ", "Phấn Mễ", "88/BC-UBND", 25, 11, 2024, "BÁO CÁO",
    "Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 05/02/2024 của UBND huyện năm 2024", """
Thực hiện Kế hoạch số 45/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân huyện Phú Lương thực hiện Nghị quyết số
12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện; Kế hoạch số 15-KH/ĐU ngày 27/02/2024 của Đảng ủy xã,
Ủy ban nhân dân xã Phấn Mễ báo cáo kết quả thực hiện năm 2024 như sau:
I. KẾT QUẢ
Trồng mới và trồng thay thế 32 ha chè bằng giống mới; 02 sản phẩm chè đạt OCOP 3 sao.
II. NHIỆM VỤ NĂM 2025
Tiếp tục thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy về quản lý, bảo vệ rừng.
"""))
trap("own-commune-number-state-doc", ["15-KH/ĐU", "45/KH-UBND"], ["c23_phanme_ubnd_bc88_2024.txt"],
     ["ambiguous-id", "metadata-conflict", "duplicate-identity"],
     "UBND xã Phấn Mễ cites its Đảng ủy's 15-KH/ĐU (27/02/2024) and the district's 45/KH-UBND")

add("c24_yenninh_du_bc35_2024.txt", du("Yên Ninh", "35-BC/ĐU", 2, 12, 2024, "BÁO CÁO",
    "kết quả thực hiện Chỉ thị số 15-CT/HU của Ban Thường vụ Huyện ủy năm 2024", """
Thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy (Chỉ thị thay thế Chỉ thị số 09-CT/HU ngày
12/4/2022), Kế hoạch số 12-KH/ĐU ngày 05/3/2024 của Đảng ủy xã, Ban Thường vụ Đảng ủy xã Yên Ninh báo cáo như sau:
1. Tổ chức 04 đợt tuần tra rừng; không để xảy ra cháy rừng.
2. Thực hiện Quy chế số 10-QC/HU ngày 22/10/2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã đã kiện toàn tổ giúp việc.
"""))
trap("replaced-cited-as-history", ["09-CT/HU"], ["c24_yenninh_du_bc35_2024.txt"], ["superseded-citation"],
     "'(Chỉ thị thay thế Chỉ thị số 09-CT/HU …)' describes 15-CT/HU")
trap("own-commune-number-same-as-district-number", ["12-KH/ĐU"], ["c24_yenninh_du_bc35_2024.txt"],
     ["metadata-conflict", "ambiguous-id", "dangling"], "Yên Ninh's 12-KH/ĐU (05/3/2024) vs Huyện ủy's 12-NQ/HU: both resolve")

add("c25_cologn_du_bc09_2024.txt", du("Cổ Lũng", "09-BC/ĐU", 18, 3, 2024, "BÁO CÁO",
    "kết quả triển khai Hướng dẫn của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị số 15-CT/HU", """
Thực hiện Hướng dẫn số 08-HD/HU ngày 25/3/2024 của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị số 15-CT/HU ngày
05/3/2024, Đảng ủy xã Cổ Lũng báo cáo kết quả triển khai như sau:
1. Tổ chức hội nghị quán triệt Chỉ thị cho 100% bí thư chi bộ.
2. Xây dựng kế hoạch thực hiện Chỉ thị của Đảng ủy xã.
"""))
plant("temporal", ["08-HD/HU"], ["c25_cologn_du_bc09_2024.txt"], "report of 18/3/2024 implements 08-HD/HU of 25/3/2024")

add("c26_votranh_du_kh16_2024.txt", du("Vô Tranh", "16-KH/ĐU", 12, 3, 2024, "KẾ HOẠCH",
    "thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện", """
Thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện và Kế hoạch số 45-KH/HU ngày
25/01/2024 của Ban Thường vụ Huyện ủy về phát triển kinh tế đồi rừng, nâng cao giá trị sản phẩm chè, Ban Thường vụ
Đảng ủy xã Vô Tranh xây dựng Kế hoạch như sau:
1. Quán triệt Nghị quyết đến 100% cán bộ, đảng viên trong tháng 3/2024.
2. Xây dựng 02 mô hình chè an toàn theo tiêu chuẩn VietGAP.
"""))
plant("metadata-conflict", ["45-KH/HU"], ["c26_votranh_du_kh16_2024.txt"], "45-KH/HU cited with date 25/01/2024; it is dated 20/01/2024")

add("c27_phuly_du_kh11_2024.txt", du("Phủ Lý", "11-KH/ĐU", 20, 6, 2024, "KẾ HOẠCH",
    "thực hiện chế độ thông tin, báo cáo theo Quyết định của Ban Thường vụ Huyện ủy", """
Thực hiện Quy định số 1250-QĐ/HU ngày 14/6/2024 của Ban Thường vụ Huyện ủy về việc bãi bỏ Quy định số 04-QĐi/HU ngày
10/6/2021 về chế độ thông tin, báo cáo, Ban Thường vụ Đảng ủy xã Phủ Lý xây dựng Kế hoạch như sau:
1. Văn phòng Đảng ủy báo cáo theo hướng dẫn của Văn phòng Tỉnh ủy.
2. Các chi bộ báo cáo tình hình hằng tháng trước ngày 20.
"""))
plant("metadata-conflict", ["1250-QĐ/HU"], ["c27_phuly_du_kh11_2024.txt"],
      "1250-QĐ/HU is a Quyết định (its header says QUYẾT ĐỊNH), cited here as 'Quy định số 1250-QĐ/HU'")
trap("repealed-named-in-repealer-title", ["04-QĐi/HU"], ["c27_phuly_du_kh11_2024.txt"], ["superseded-citation"],
     "04-QĐi/HU named inside the title of the decision that repeals it")

add("c28_hopthanh_du_kh21_2024_scan.pdf", "scan:ht21", "scan")
add("c29_giangtien_du_bc11_2024_scan.pdf", "scan:gt11", "scan")

add("c30_votranh_du_kh16b_2024.docx", "docx:vt16")
add("c31_onluong_du_bc47_2024.txt", du("Ôn Lương", "47-BC/ĐU", 16, 12, 2024, "BÁO CÁO",
    "kết quả xây dựng nông thôn mới nâng cao năm 2024", """
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Trước đây, Ban Chỉ đạo xây dựng nông thôn mới xã làm việc theo Quy chế số 03-QC/HU ngày 20/11/2020 của Ban Thường vụ
Huyện ủy (nay đã được thay thế bằng Quy chế số 07-QC/HU ngày 18/4/2024). Thực hiện Quy chế số 07-QC/HU ngày 18/4/2024,
Đảng ủy xã đã kiện toàn Ban Chỉ đạo, phân công các đồng chí Đảng ủy viên phụ trách các xóm.
II. KẾT QUẢ
Xã đạt 19/19 tiêu chí nông thôn mới nâng cao; thu nhập bình quân đầu người đạt 58 triệu đồng/năm.
"""))
trap("replaced-with-nay-da-duoc-thay-the", ["03-QC/HU"], ["c31_onluong_du_bc47_2024.txt"],
     ["superseded-citation", "inverse-inconsistency"], "'Trước đây … theo Quy chế số 03-QC/HU … (nay đã được thay thế bằng …)'")

# ================================================================ .docx (as LibreOffice writes a converted .doc)
DOCX = {}
DOCX["yn12"] = {
    "hdr": (["ĐẢNG BỘ HUYỆN PHÚ LƯƠNG", "ĐẢNG ỦY XÃ YÊN NINH", "*", "Số 12-KH/ĐU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Yên Ninh, ngày 05 tháng 3 năm 2024"]),
    "body": [
        ("c", "KẾ HOẠCH"),
        ("c", "thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành\nĐảng bộ huyện về phát triển kinh tế đồi rừng, "
              "nâng cao giá trị\nsản phẩm chè giai đoạn 2024 - 2030"),
        ("c", "-----"),
        "\tThực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện và Kế hoạch số\n45-KH/HU ngày "
        "20/01/2024 của Ban Thường vụ Huyện ủy, Ban Chấp hành Đảng bộ xã Yên Ninh xây dựng Kế hoạch thực hiện như sau:",
        ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
        "\t1. Cụ thể hóa các mục tiêu của Nghị quyết phù hợp với điều kiện của xã.",
        ("b", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("tbl", [["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
                 ["", "Quý II/2024 (04 nhiệm vụ)", "", ""],
                 ["1", "Quán triệt Nghị quyết đến 100% chi bộ", "Ban Tuyên giáo Đảng ủy", "Tháng 4/2024"],
                 ["2", "Rà soát quỹ đất trồng chè tập trung", "UBND xã", "Tháng 5/2024"],
                 ["3", "Hỗ trợ hộ dân chuyển đổi giống chè", "Hội Nông dân xã", "Tháng 6/2024"],
                 ["", "Năm 2025 - 2030", "", ""],
                 ["4", "Phát triển 50 ha chè hữu cơ", "UBND xã", "Giai đoạn 2025 - 2030"]]),
        ("b", "III. TỔ CHỨC THỰC HIỆN"),
        "\t1. Giao Ban Tuyên giáo Đảng ủy chủ trì xây dựng Hướng dẫn tuyên truyền Nghị quyết số 12-NQ/HU, hoàn thành trước ngày 30/4/2024.",
        "\t2. Các chi bộ căn cứ Kế hoạch này xây dựng chương trình hành động, thực hiện thường xuyên.",
    ],
    "sign": (["Nơi nhận:", "- Ban Thường vụ Huyện ủy (b/c),", "- Các chi bộ,", "- Lưu VP."], ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "(Đã ký)", "", "Hoàng Văn Long"]),
}
plant("count-mismatch", ["12-KH/ĐU"], ["c01_yenninh_du_kh12_2024.docx"], "docx table group row 'Quý II/2024 (04 nhiệm vụ)' followed by 3 rows")
plant("overdue-plan", ["12-NQ/HU"], ["c01_yenninh_du_kh12_2024.docx"],
      "docx prose: Ban Tuyên giáo Đảng ủy to write a Hướng dẫn before 30/4/2024; none in the corpus")
trap("soft-break-inside-citation", ["45-KH/HU"], ["c01_yenninh_du_kh12_2024.docx"], ["dangling", "metadata-conflict"],
     "'Kế hoạch số<w:br/>45-KH/HU ngày 20/01/2024' must resolve to h02")
trap("docx-not-yet-due", ["12-KH/ĐU"], ["c01_yenninh_du_kh12_2024.docx"], ["overdue-plan"],
     "row 4 'Giai đoạn 2025 - 2030'")

DOCX["tt20"] = {
    "hdr": (["ĐẢNG BỘ HUYỆN PHÚ LƯƠNG", "ĐẢNG ỦY XÃ TỨC TRANH", "*", "Số 20-KH/ĐU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tức Tranh, ngày 12 tháng 3 năm 2024"]),
    "body": [
        ("c", "KẾ HOẠCH"),
        ("c", "thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy\nvề tăng cường công tác quản lý, bảo vệ "
              "và phát triển rừng,\nphòng cháy, chữa cháy rừng giai đoạn 2024 - 2026"),
        ("c", "-----"),
        "\tThực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý, bảo vệ và "
        "phát triển rừng, phòng cháy, chữa cháy rừng giai đoạn 2024 - 2026, Ban Thường vụ Đảng ủy xã Tức Tranh xây dựng Kế hoạch "
        "thực hiện như sau:",
        ("b", "I. NHIỆM VỤ"),
        "\t1. Tổ chức quán triệt Chỉ thị đến 100% chi bộ, hoàn thành trong tháng 3/2024.",
        "\t2. Kiện toàn Tổ đội phòng cháy, chữa cháy rừng ở các xóm Khe Cốc, Gốc Cọ, Đồng Vĩ.",
        "\t3. Kế hoạch gồm 03 nhóm giải pháp: tuyên truyền; tuần tra canh gác; xử lý vi phạm.",
        ("b", "II. TỔ CHỨC THỰC HIỆN"),
        "\tGiao Văn phòng Đảng ủy theo dõi, đôn đốc; định kỳ báo cáo Ban Thường vụ Huyện ủy theo quy định.",
    ],
    "sign": (["Nơi nhận:", "- BTV Huyện ủy (b/c),", "- Lưu VP."], ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "(Đã ký)"]),
}
trap("docx-header-table-identity", ["20-KH/ĐU"], ["c05_tuctranh_du_kh20_2024.docx"], ["dangling"],
     "own number in the left cell of a LibreOffice header table")

DOCX["cl25"] = {
    "hdr": (["ĐẢNG BỘ HUYỆN PHÚ LƯƠNG", "ĐẢNG ỦY XÃ CỔ LŨNG", "*", "Số 25-KH/ĐU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Cổ Lũng, ngày 20 tháng 3 năm 2024"]),
    "body": [
        ("c", "KẾ HOẠCH"),
        ("c", "triển khai thực hiện Chỉ thị số 15-CT/HU của Ban Thường vụ Huyện ủy"),
        ("c", "-----"),
        "\tThực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý, bảo vệ và "
        "phát triển rừng, phòng cháy, chữa cháy rừng giai đoạn 2024 - 2026 (thay thế Chỉ thị số 09-CT/HU ngày 12/4/2022), "
        "Ban Thường vụ Đảng ủy xã Cổ Lũng xây dựng Kế hoạch như sau:",
        ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
        "\tNâng cao nhận thức của cán bộ, đảng viên và nhân dân về bảo vệ rừng.",
        ("b", "II. NHIỆM VỤ"),
        ("tbl", [["STT", "Nội dung công việc", "Chủ trì", "Thời gian hoàn thành"],
                 ["1", "Tổ chức hội nghị quán triệt Chỉ thị", "Ban Tuyên giáo Đảng ủy", "Tháng 3/2024"],
                 ["2", "Sơ kết 01 năm thực hiện Kế hoạch", "Văn phòng Đảng ủy", "Quý I/2025"],
                 ["3", "Tuần tra, canh gác rừng mùa khô", "Ban Chỉ huy Quân sự xã", "Thường xuyên"]]),
        "\tKế hoạch này được phổ biến đến các chi bộ./.",
    ],
    "sign": (["Nơi nhận:", "- BTV Huyện ủy (b/c),", "- Các chi bộ,", "- Lưu VP."], ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "(Đã ký)"]),
}
trap("replaced-cited-as-history-docx", ["09-CT/HU"], ["c07_colung_du_kh25_2024.docx"], ["superseded-citation"],
     "'(thay thế Chỉ thị số 09-CT/HU ngày 12/4/2022)' inside the description of 15-CT/HU")
plant("overdue-plan", ["25-KH/ĐU"], ["c07_colung_du_kh25_2024.docx"],
      "row 2: review (sơ kết) of the commune's own plan due Quý I/2025; no review report in the corpus")

DOCX["pm45"] = {
    "hdr": (["ĐẢNG BỘ HUYỆN PHÚ LƯƠNG", "ĐẢNG ỦY XÃ PHẤN MỄ", "*", "Số 45-QĐ/ĐU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Phấn Mễ, ngày 02 tháng 12 năm 2024"]),
    "body": [
        ("c", "QUYẾT ĐỊNH"),
        ("c", "về việc kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã Phấn Mễ"),
        ("c", "-----"),
        "\t- Căn cứ Điều lệ Đảng;",
        "\t- Căn cứ Quy chế số 03-QC/HU ngày 20/11/2020 của Ban Thường vụ Huyện ủy về làm việc của Ban Chỉ đạo xây dựng\nnông thôn mới huyện Phú Lương;",
        "\t- Xét đề nghị của Văn phòng Đảng ủy,",
        ("c", "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ QUYẾT ĐỊNH"),
        "\tĐiều 1. Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã Phấn Mễ gồm 15 đồng chí (có danh sách kèm theo).",
        "\tĐiều 2. Quyết định có hiệu lực kể từ ngày ký.",
    ],
    "sign": (["Nơi nhận:", "- BTV Huyện ủy (b/c),", "- Như Điều 2,", "- Lưu VP."], ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "(Đã ký)"]),
}
plant("superseded-citation", ["03-QC/HU"], ["c12_phanme_du_qd45_2024.docx"],
      "docx decision of 02/12/2024 rests on 03-QC/HU, replaced by 07-QC/HU on 18/4/2024")

DOCX["gt14"] = {
    "hdr": (["ĐẢNG BỘ HUYỆN PHÚ LƯƠNG", "ĐẢNG ỦY THỊ TRẤN GIANG TIÊN", "*", "Số 14-KH/ĐU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Giang Tiên, ngày 10 tháng 10 năm 2024"]),
    "body": [
        ("c", "KẾ HOẠCH"),
        ("c", "thực hiện chế độ thông tin, báo cáo trong Đảng bộ thị trấn"),
        ("c", "-----"),
        "\tThực hiện Quy định số 04-QĐi/HU ngày 10/6/2021 của Ban Thường vụ Huyện ủy về chế độ thông tin, báo cáo của các tổ chức "
        "cơ sở đảng trực thuộc Huyện ủy, Ban Thường vụ Đảng ủy thị trấn Giang Tiên xây dựng Kế hoạch như sau:",
        "\t1. Các chi bộ báo cáo tình hình hằng tháng trước ngày 20.",
        "\t2. Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụ Huyện ủy.",
    ],
    "sign": (["Nơi nhận:", "- BTV Huyện ủy (b/c),", "- Lưu VP."], ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "(Đã ký)"]),
}
plant("superseded-citation", ["04-QĐi/HU"], ["c19_giangtien_du_kh14_2024.docx"],
      "docx plan of 10/10/2024 implements 04-QĐi/HU, repealed 14/6/2024 (and 'replaced' 02/10/2024)")

DOCX["vt16"] = {
    "hdr": (["ĐẢNG BỘ HUYỆN PHÚ LƯƠNG", "ĐẢNG ỦY XÃ VÔ TRANH", "*", "Số 16-KH/ĐU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Vô Tranh, ngày 15 tháng 5 năm 2024"]),
    "body": [
        ("c", "KẾ HOẠCH"),
        ("c", "thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy\nvề tăng cường công tác quản lý, bảo vệ và phát triển rừng"),
        ("c", "-----"),
        "\tThực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy, Ban Thường vụ Đảng ủy xã Vô Tranh xây dựng "
        "Kế hoạch thực hiện như sau:",
        "\t1. Tổ chức quán triệt Chỉ thị đến 100% chi bộ trong tháng 5/2024.",
        "\t2. Duy trì tổ bảo vệ rừng ở 100% xóm có rừng, thực hiện thường xuyên.",
    ],
    "sign": (["Nơi nhận:", "- BTV Huyện ủy (b/c),", "- Lưu VP."], ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "(Đã ký)"]),
}
plant("duplicate-identity", ["16-KH/ĐU"], ["c26_votranh_du_kh16_2024.txt", "c30_votranh_du_kh16b_2024.docx"],
      "xã Vô Tranh numbered two plans 16-KH/ĐU (12/3/2024 .txt and 15/5/2024 .docx)")

# ================================================================ portal pages (HTML)
SIDEBAR = """<td width="28%" valign="top" style="border-left:1px solid #ddd;padding-left:10px">
<div class="box-title" style="background:#b40000;color:#fff;font-weight:bold;padding:4px">VĂN BẢN MỚI</div>
<ul class="list-vb" style="list-style:none;padding:0">
<li><a href="/van-ban/chi-thi-09-ct-hu.html">Chỉ thị số 09-CT/HU ngày 12/4/2022 của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý, bảo vệ rừng</a></li>
<li><a href="/van-ban/ke-hoach-70-kh-hu.html">Kế hoạch số 70-KH/HU ngày 05/12/2024 về tổ chức Đại hội Đảng bộ huyện lần thứ XXVI</a></li>
<li><a href="/van-ban/thong-bao-215-tb-hu.html">Thông báo số 215-TB/HU ngày 20/12/2024 kết luận của Thường trực Huyện ủy</a></li>
</ul>
<div class="box-title" style="background:#b40000;color:#fff;font-weight:bold;padding:4px">TIN XEM NHIỀU</div>
<ul style="list-style:none;padding:0"><li><a href="/tin/hoi-thi-che-2024.html">Hội thi chè ngon huyện Phú Lương năm 2024</a></li></ul>
</td>"""


def portal(site, crumb, headline, posted, doc_html):
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{headline} - {site}</title>
<style>.content td{{font-family:'Times New Roman';font-size:13pt}}</style>
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-000000-1']);</script></head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#b40000;color:#fff;font-size:20pt">{site}</td></tr></table>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" class="content"><tr>
<td width="72%" valign="top">
<div class="breadcrumb" style="font-size:9pt">Trang chủ &raquo; {crumb}</div>
<h1 style="font-size:15pt;color:#b40000">{headline}</h1>
<div class="date" style="color:#888">Ngày đăng: {posted}</div>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>
{doc_html}
</td></tr></table>
<div class="tags">Từ khóa: <a href="/tag/nghi-quyet">nghị quyết</a>, <a href="/tag/chi-thi">chỉ thị</a></div>
</td>
{SIDEBAR}
</tr></table>
<div class="footer" style="font-size:9pt">Cơ quan chủ quản: Ủy ban nhân dân huyện Phú Lương &nbsp;|&nbsp; Địa chỉ: Tiểu khu Thái An, thị trấn Đu</div>
</body></html>
"""


def party_head_html(left, right):
    L = "<br>".join(f"<b>{x}</b>" if i < 2 else x for i, x in enumerate(left))
    R = "<br>".join(f"<b><u>{x}</u></b>" if i == 0 else f"<i>{x}</i>" for i, x in enumerate(right))
    return (f'<table width="100%" border="0" cellpadding="2" style="border-collapse:collapse"><tr>'
            f'<td width="45%" align="center" valign="top" style="font-size:12pt">{L}</td>'
            f'<td width="55%" align="center" valign="top" style="font-size:12pt">{R}</td></tr></table>')


HTML = {}
HTML["ol08"] = portal("TRANG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ LƯƠNG", "Xây dựng Đảng",
    "Đảng ủy xã Ôn Lương ban hành Kế hoạch thực hiện Nghị quyết số 12-NQ/HU", "29/02/2024 08:15",
    party_head_html(["ĐẢNG BỘ HUYỆN PHÚ LƯƠNG", "ĐẢNG ỦY XÃ ÔN LƯƠNG", "*", "Số 08-KH/ĐU"],
                    ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ôn Lương, ngày 28 tháng 02 năm 2024"]) + """
<p align="center" style="margin-top:12px"><b>KẾ HOẠCH</b><br><b>thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện<br>về phát triển kinh tế đồi rừng, nâng cao giá trị sản phẩm chè</b><br>-----</p>
<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;Thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế đồi rừng,
nâng cao giá trị sản phẩm chè giai đoạn 2024&nbsp;-&nbsp;2030, Ban Thường vụ Đảng ủy xã Ôn Lương xây dựng Kế hoạch như sau:</p>
<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;<b>I. MỤC TIÊU</b><br>&nbsp;&nbsp;&nbsp;&nbsp;Đến năm 2030, diện tích chè của xã đạt 380&nbsp;ha, trong đó 40&nbsp;ha chè hữu cơ.</p>
<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;<b>II. NHIỆM VỤ</b><br>&nbsp;&nbsp;&nbsp;&nbsp;1. Tuyên truyền, quán triệt Nghị quyết trong tháng 3/2024.<br>&nbsp;&nbsp;&nbsp;&nbsp;2. Ủy ban nhân dân xã xây dựng kế hoạch trồng thay thế chè giống cũ.</p>
<table width="100%" border="0"><tr><td width="50%" valign="top"><i><b>Nơi nhận:</b></i><br>- BTV Huyện ủy (b/c),<br>- Lưu VP.</td>
<td align="center" valign="top"><b>T/M ĐẢNG ỦY<br>BÍ THƯ</b><br><br><i>(Đã ký)</i><br><br><b>Ma Văn Tuấn</b></td></tr></table>
""")
trap("sidebar-links", ["09-CT/HU", "70-KH/HU", "215-TB/HU"], ["c04_onluong_du_kh08_2024.html", "h24_hu_tb210_2024.html",
     "c20_yenninh_ubnd_kh56_2024.html", "c21_tuctranh_ubnd_kh48_2024.html"],
     ["superseded-citation", "temporal", "dangling"],
     "the portals' 'VĂN BẢN MỚI' sidebar (on all four pages) lists a replaced directive and two later documents: links, not citations")

HTML["tb210"] = portal("TRANG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ LƯƠNG", "Thông báo",
    "Thông báo kết luận của Thường trực Huyện ủy tại buổi làm việc với Văn phòng Huyện ủy", "06/11/2024 14:30",
    """<table width="100%" border="0"><tr><td>""" +
    party_head_html(["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "HUYỆN ỦY PHÚ LƯƠNG", "*", "Số 210-TB/HU"],
                    ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Lương, ngày 05 tháng 11 năm 2024"]) + """</td></tr>
<tr><td><p align="center"><b>THÔNG BÁO</b><br><b>kết luận của Thường trực Huyện ủy tại buổi làm việc với Văn phòng Huyện ủy</b><br>-----</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;Ngày 01/11/2024, Thường trực Huyện ủy làm việc với Văn phòng Huyện ủy về kết quả thực hiện nhiệm vụ 10 tháng năm 2024.
Sau khi nghe báo cáo và ý kiến tham gia, đồng chí Phó Bí thư Thường trực Huyện ủy kết luận như sau:</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;1. Việc triển khai Chỉ thị số 15-CT/HU ngày 15/3/2024 của Ban Thường vụ Huyện ủy về quản lý, bảo vệ rừng
đạt kết quả tích cực, không để xảy ra cháy rừng.</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;2. Giao Văn phòng Huyện ủy chủ trì tham mưu ban hành Quy định thay thế Quy định số 06-QĐi/HU ngày 12/5/2022
của Ban Thường vụ Huyện ủy về quản lý, sử dụng con dấu, hoàn thành trước ngày 31/12/2024.</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;3. Ủy ban nhân dân huyện chỉ đạo các xã báo cáo kết quả chuyển đổi giống chè, thực hiện thường xuyên.</p>
</td></tr>
<tr><td><table width="100%"><tr><td width="50%"><i><b>Nơi nhận:</b></i><br>- Các đồng chí Ủy viên BTV Huyện ủy,<br>- Văn phòng Huyện ủy,<br>- Lưu.</td>
<td align="center"><b>T/L BAN THƯỜNG VỤ<br>CHÁNH VĂN PHÒNG</b><br><br><i>(Đã ký)</i><br><br><b>Đào Thị Hương</b></td></tr></table></td></tr></table>
""")
ext("06-QĐi/HU")
plant("metadata-conflict", ["15-CT/HU"], ["h24_hu_tb210_2024.html"], "portal notice cites 15-CT/HU as of 15/3/2024; it is dated 05/3/2024")
plant("overdue-plan", ["06-QĐi/HU"], ["h24_hu_tb210_2024.html"],
      "planned replacement of 06-QĐi/HU due 31/12/2024; nothing replaces it")
HTML["yn56"] = portal("TRANG THÔNG TIN ĐIỆN TỬ XÃ YÊN NINH", "Văn bản chỉ đạo điều hành",
    "Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2024 - 2025", "15/10/2024 09:00",
    """<div style="border:1px solid #ccc;padding:6px"><table width="100%" border="0"><tbody><tr>
<td align="center" width="40%"><b>ỦY BAN NHÂN DÂN<br>XÃ YÊN NINH</b><br>-------<br>Số: 56/KH-UBND</td>
<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><u>Độc lập - Tự do - Hạnh phúc</u></b><br><i>Yên Ninh, ngày 14 tháng 10 năm 2024</i></td>
</tr></tbody></table>
<p align="center"><b>KẾ HOẠCH</b><br><b>Phòng cháy, chữa cháy rừng mùa khô năm 2024 - 2025</b></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;Căn cứ Luật Lâm nghiệp ngày 15/11/2017;<br>&nbsp;&nbsp;&nbsp;&nbsp;Thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy; Kế hoạch số 12-KH/ĐU ngày 05/3/2024 của Đảng ủy xã Yên Ninh;<br>
&nbsp;&nbsp;&nbsp;&nbsp;Ủy ban nhân dân xã Yên Ninh xây dựng Kế hoạch như sau:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><td align="center"><b>TT</b></td><td align="center"><b>Nội dung</b></td><td align="center"><b>Đơn vị chủ trì</b></td><td align="center"><b>Thời gian</b></td></tr>
<tr><td>1</td><td>Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng xã</td><td>Công chức Địa chính - Nông nghiệp</td><td>Tháng 10/2024</td></tr>
<tr><td>2</td><td>Tổng kết công tác phòng cháy, chữa cháy rừng mùa khô 2024 - 2025</td><td>UBND xã</td><td>Tháng 6/2025</td></tr>
<tr><td>3</td><td>Tuần tra, canh gác lửa rừng</td><td>Tổ bảo vệ rừng các xóm</td><td>Thường xuyên</td></tr>
</table>
<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><i>(Đã ký)</i></p></div>
""")
trap("portal-state-table-not-announcing", ["56/KH-UBND"], ["c20_yenninh_ubnd_kh56_2024.html"], ["overdue-plan"],
     "rows are activities (kiện toàn, tổng kết công tác mùa khô — a review of no document), none announces a new document")

HTML["tt48"] = portal("TRANG THÔNG TIN ĐIỆN TỬ XÃ TỨC TRANH", "Văn bản",
    "UBND xã Tức Tranh ban hành Kế hoạch thực hiện Kế hoạch số 45/KH-UBND của UBND huyện", "22/02/2024",
    """<table cellpadding="0" cellspacing="0" style="width:100%"><tr><td>
<table style="width:100%"><tr><td style="width:40%;text-align:center"><strong>ỦY BAN NHÂN DÂN</strong><br><strong>XÃ TỨC TRANH</strong><br>
<span>Số:&nbsp;48/KH-UBND</span></td><td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>
<strong>Độc lập - Tự do - Hạnh phúc</strong><br><em>Tức Tranh, ngày&nbsp;20&nbsp;tháng&nbsp;02&nbsp;năm 2024</em></td></tr></table>
</td></tr><tr><td>
<p style="text-align:center"><strong>KẾ HOẠCH</strong><br><strong>Thực hiện Kế hoạch số 45/KH-UBND ngày 05/02/2024 của UBND huyện Phú Lương</strong></p>
<p>&nbsp;&nbsp;&nbsp;Căn cứ Kế hoạch số 45/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân huyện Phú Lương thực hiện Nghị quyết số 12-NQ/HU
ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện; căn cứ Quyết định số 1290/QĐ-UBND ngày 12/5/2023 của Ủy ban nhân dân
tỉnh Thái Nguyên, Ủy ban nhân dân xã Tức Tranh xây dựng Kế hoạch như sau:</p>
<p>&nbsp;&nbsp;&nbsp;1. Chuyển đổi 45&nbsp;ha chè giống cũ sang giống mới trong năm 2024.<br>&nbsp;&nbsp;&nbsp;2. Xây dựng Đề án phát triển du lịch cộng đồng gắn với chè xóm Khe Cốc, hoàn thành trong Quý III/2024.</p>
<p style="text-align:right"><strong>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</strong></p>
</td></tr></table>
""")
ext("1290/QĐ-UBND")
plant("overdue-plan", ["48/KH-UBND"], ["c21_tuctranh_ubnd_kh48_2024.html"],
      "portal page: UBND xã to write an Đề án due Quý III/2024; none in the corpus")
KEY["planted"][-1]["announces"] = True
trap("portal-ubnd-huyen-plan-resolves", ["45/KH-UBND"], ["c21_tuctranh_ubnd_kh48_2024.html"], ["dangling", "metadata-conflict"],
     "45/KH-UBND of UBND huyện Phú Lương is in the corpus (h25)")

# ================================================================ scans (image-only PDFs, read with --ocr)
SCANS = {}
SCANS["c28_hopthanh_du_kh21_2024_scan.pdf"] = [
    "ĐẢNG BỘ HUYỆN PHÚ LƯƠNG                ĐẢNG CỘNG SẢN VIỆT NAM",
    "ĐẢNG ỦY XÃ HỢP THÀNH",
    "*",
    "Số 21-KH/ĐU                        Hợp Thành, ngày 10 tháng 4 năm 2024",
    "", "KẾ HOẠCH",
    "thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy",
    "",
    "Thực hiện Chỉ thị số 15-CT/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý,",
    "bảo vệ và phát triển rừng, Ban Thường vụ Đảng ủy xã Hợp Thành xây dựng Kế hoạch như sau:",
    ("tbl", [["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
             ["1", "Quán triệt Chỉ thị đến các chi bộ", "Ban Tuyên giáo Đảng ủy", "Tháng 4/2024"],
             ["2", "Sơ kết 01 năm thực hiện Chỉ thị số 15-CT/HU", "Văn phòng Đảng ủy", "Tháng 3/2025"],
             ["3", "Tuần tra, canh gác rừng mùa khô", "Ban Chỉ huy Quân sự xã", "Thường xuyên"]]),
    "", "T/M ĐẢNG ỦY", "BÍ THƯ",
]
plant("overdue-plan", ["15-CT/HU"], ["c28_hopthanh_du_kh21_2024_scan.pdf"],
      "scanned table row 2: review of 15-CT/HU due Tháng 3/2025; no review report in the corpus")

SCANS["c29_giangtien_du_bc11_2024_scan.pdf"] = [
    "ĐẢNG BỘ HUYỆN PHÚ LƯƠNG                ĐẢNG CỘNG SẢN VIỆT NAM",
    "ĐẢNG ỦY THỊ TRẤN GIANG TIÊN",
    "*",
    "Số 11-BC/ĐU                        Giang Tiên, ngày 20 tháng 3 năm 2024",
    "", "BÁO CÁO",
    "kết quả quán triệt Hướng dẫn của Ban Thường vụ Huyện ủy",
    "",
    "Thực hiện Hướng dẫn số 08-HD/HU ngày 25/3/2024 của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị",
    "số 15-CT/HU ngày 05/3/2024, Đảng ủy thị trấn Giang Tiên báo cáo kết quả như sau:",
    "1. Tổ chức quán triệt cho 100% bí thư chi bộ.",
    "2. Ban hành kế hoạch thực hiện của Đảng ủy thị trấn.",
    "", "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ",
]
plant("temporal", ["08-HD/HU"], ["c29_giangtien_du_bc11_2024_scan.pdf"], "scanned report of 20/3/2024 implements 08-HD/HU of 25/3/2024")

# ================================================================ writers
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>{b}<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>'


def lo_runs(text, rng, bold=False):
    """Runs as LibreOffice leaves them after converting a .doc: split at odd places (rsid boundaries), tabs and soft
    line breaks as their own elements."""
    out = []
    b = "<w:b/><w:bCs/>" if bold else ""
    for li, line in enumerate(text.split("\n")):
        if li:
            out.append(f"<w:r>{RPR.format(b=b)}<w:br/></w:r>")
        for ti, seg in enumerate(line.split("\t")):
            if ti:
                out.append(f"<w:r>{RPR.format(b=b)}<w:tab/></w:r>")
            i = 0
            while i < len(seg):
                n = rng.randint(2, 23)
                piece = seg[i:i + n]
                i += n
                sp = ' xml:space="preserve"' if piece != piece.strip() or "  " in piece else ""
                rs = f' w:rsidR="00{rng.randint(0, 0xFFFFFF):06X}"'
                out.append(f"<w:r{rs}>{RPR.format(b=b)}<w:t{sp}>{escape(piece)}</w:t></w:r>")
    return "".join(out)


def lo_p(text, rng, style="Normal", jc=None, bold=False):
    jcx = f'<w:jc w:val="{jc}"/>' if jc else ""
    return (f'<w:p w:rsidR="00{rng.randint(0, 0xFFFFFF):06X}" w:rsidRDefault="00A1B2C3"><w:pPr><w:pStyle w:val="{style}"/>'
            f'<w:spacing w:before="0" w:after="120"/>{jcx}<w:rPr></w:rPr></w:pPr>{lo_runs(text, rng, bold)}</w:p>')


def lo_tbl(rows, rng, border=True, widths=None):
    n = len(rows[0])
    widths = widths or [9000 // n] * n
    bd = ("".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
          if border else "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")))
    x = (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="0" w:type="dxa"/>'
         f'<w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
         f'<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
         f'<w:tblLook w:val="04a0"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>")
    for r in rows:
        x += '<w:tr><w:trPr></w:trPr>'
        for c, w in zip(r, widths):
            paras = c if isinstance(c, list) else [c]
            x += (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:tcBorders></w:tcBorders></w:tcPr>'
                  + "".join(lo_p(p, rng, "TableContents", "center" if not border else None, bold=(not border and i < 2))
                            for i, p in enumerate(paras)) + "</w:tc>")
        x += "</w:tr>"
    return x + "</w:tbl>"


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Normal"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr></w:style>
</w:styles>'''


def write_docx(path, d, rng):
    left, right = d["hdr"]
    body = lo_tbl([[left, right]], rng, border=False, widths=[4200, 5400])
    body += lo_p("", rng)
    for item in d["body"]:
        if isinstance(item, str):
            body += lo_p(item, rng, "TextBody", "both")
        elif item[0] == "c":
            body += lo_p(item[1], rng, "Heading", "center", bold=True)
        elif item[0] == "b":
            body += lo_p(item[1], rng, "TextBody", bold=True)
        elif item[0] == "tbl":
            body += lo_tbl(item[1], rng, border=True, widths=[700, 4300, 2300, 1700])
    sl, sr = d["sign"]
    body += lo_tbl([[sl, sr]], rng, border=False, widths=[4500, 5100])
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
           f'<w:body>{body}<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:left="1701" w:right="1134" w:gutter="0" w:header="0" w:top="1134" w:footer="0" w:bottom="1134"/>'
           '<w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/><w:textDirection w:val="lrTb"/><w:docGrid w:type="default" w:linePitch="100" w:charSpace="4096"/>'
           '</w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/word/_rels/document.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             '</Relationships>')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:zoom w:percent="100"/>'
                '<w:defaultTabStop w:val="720"/><w:autoHyphenation w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="12"/></w:compat></w:settings>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Template></Template><TotalTime>3</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application>'
           '<Pages>1</Pages></Properties>')
    parts = [("_rels/.rels", rels), ("docProps/app.xml", app), ("word/_rels/document.xml.rels", drels),
             ("word/styles.xml", STYLES), ("word/settings.xml", settings), ("word/document.xml", doc), ("[Content_Types].xml", ct)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 5, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def gv():
    try:
        g = ctypes.CDLL(ctypes.util.find_library("gvc") or "libgvc.so.6")
        c = ctypes.CDLL(ctypes.util.find_library("cgraph") or "libcgraph.so.6")
    except OSError:
        return None
    g.gvContext.restype = ctypes.c_void_p
    c.agmemread.restype = ctypes.c_void_p
    c.agmemread.argtypes = [ctypes.c_char_p]
    g.gvLayout.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
    g.gvRenderFilename.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    return g, c, g.gvContext()


def render_png(lines, png, gvh):
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
            rows.append(f'<TR><TD ALIGN="{"CENTER" if center else "LEFT"}">{escape(ln) if ln else " "}</TD></TR>')
    lab = '<TABLE BORDER="0" CELLSPACING="2">' + "".join(rows) + "</TABLE>"
    dot = ('digraph{graph[dpi=200,bgcolor=white,pad=0.6,margin=0];'
           'node[shape=plaintext,fontname="DejaVu Sans",fontsize=11,margin=0];a[label=<' + lab + '>]}')
    gr = c.agmemread(dot.encode("utf-8"))
    g.gvLayout(ctx, gr, b"dot")
    g.gvRenderFilename(ctx, gr, b"png:cairo:gd", png.encode())


def png_to_pdf(png, pdf):
    data = open(png, "rb").read()
    pos, idat, w, h, plte = 8, b"", 0, 0, b""
    while pos < len(data):
        ln, typ = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + ln]
        if typ == b"IHDR":
            w, h, bd, ct, _, _, il = struct.unpack(">IIBBBBB", chunk)
            assert bd == 8 and ct == 3 and il == 0, (bd, ct, il)
        elif typ == b"PLTE":
            plte = chunk
        elif typ == b"IDAT":
            idat += chunk
        pos += 12 + ln
    Wd, Hd = w * 72 / 200, h * 72 / 200
    content = f"q {Wd:.2f} 0 0 {Hd:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Wd:.2f} {Hd:.2f}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace [/Indexed /DeviceRGB {len(plte) // 3 - 1} <{plte.hex()}>] /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns {w} >> /Length {len(idat)} >>\nstream\n".encode() + idat + b"\nendstream",
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
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--key")
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--only", help="comma-separated file names to write (for repros); the key is not written")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    only = set(a.only.split(",")) if a.only else None
    gvh = None if a.no_pdf else gv()
    written = 0
    for fname, kind, payload in DOCS:
        rng_f = random.Random(f"{a.seed}:{fname}")
        if only and fname not in only:
            continue
        p = os.path.join(a.out, fname)
        if payload.startswith("docx:"):
            write_docx(p, DOCX[payload[5:]], rng_f)
            KEY["files"][fname] = "docx as LibreOffice writes a converted .doc (header table, rsid-split runs, <w:br/>, <w:tab/>)"
        elif payload.startswith("portal:"):
            open(p, "w", encoding="utf-8").write(HTML[payload[7:]])
            KEY["files"][fname] = "portal HTML (nested tables, &nbsp;, <br>, sidebar of links)"
        elif payload.startswith("scan:"):
            if not gvh:
                continue
            png = p[:-4] + ".png.tmp"
            render_png(SCANS[fname], png, gvh)
            png_to_pdf(png, p)
            os.remove(png)
            KEY["files"][fname] = "image-only PDF (Graphviz-drawn page, 200 dpi), read with --ocr"
        else:
            open(p, "w", encoding="utf-8").write(payload)
            KEY["files"][fname] = "txt"
        written += 1
    if only:
        print(f"{written} files in {a.out}")
        return
    if not gvh:
        KEY["planted"] = [p for p in KEY["planted"] if not any(f.endswith("_scan.pdf") for f in p["files"])]
    ids = {}
    for fname, kind, payload in DOCS:
        m = re.search(r"^Số:?\s*([^\n]+)$", payload, re.M) if not payload.split(":")[0] in ("docx", "portal", "scan") else None
        if m:
            ids[fname] = m.group(1).strip()
    for k, d in DOCX.items():
        ids[k] = d["hdr"][0][3].replace("Số ", "")
    ids.update({"c31": "47-BC/ĐU", "c04": "08-KH/ĐU", "h24": "210-TB/HU", "c20": "56/KH-UBND", "c21": "48/KH-UBND",
                "c28": "21-KH/ĐU", "c29": "11-BC/ĐU"})
    KEY["corpus_ids"] = sorted(set(ids.values()))
    trap("corpus-ids-resolve", KEY["corpus_ids"], sorted(f for f, _, _ in DOCS if not f.startswith("h23")), ["dangling"],
         "every id of a corpus document, cited anywhere but by Đại Từ (whose 12-NQ/HU and 60-KH/HU are its own), must resolve")
    kp = a.key or os.path.join(os.path.dirname(os.path.abspath(a.out)), "key.json")
    json.dump(KEY, open(kp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{written} files in {a.out}; {len(KEY['planted'])} planted, {len(KEY['external'])} external, "
          f"{len(KEY['traps'])} traps; key {kp}")


if __name__ == "__main__":
    main()
