#!/usr/bin/env python3
"""Red team 22 (round 15): Phú Thọ, chuyển đổi số 2016-2026.

Writes corpus/ (txt, md, html, docx, NFD text, forwarded e-mail, OCR-like text) and key.json.
Usage: gen.py --out corpus --key key.json
"""
import argparse, json, os, unicodedata, zipfile
from xml.sax.saxutils import escape

P = {}  # file name -> (text | ("docx", paragraphs))


def pad(left, right, width=78):
    return left + " " * max(2, width - len(left) - len(right)) + right


# --------------------------------------------------------------------------- Party, provincial committee
P["t01_tu_nq02_2021.txt"] = "\n".join([
    pad("      ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    "             TỈNH ỦY",
    "               *",
    pad("          Số 02-NQ/TU", "Việt Trì, ngày 15 tháng 3 năm 2021"),
    "",
    "                                   NGHỊ QUYẾT",
    "                 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XIX)",
    "      về chuyển đổi số tỉnh Phú Thọ giai đoạn 2021 - 2025, định hướng đến năm 2030",
    "                                     -----",
    "",
    "     - Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
    "     - Căn cứ Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị về một số chủ",
    "trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư;",
    "     - Căn cứ Quyết định số 749/QĐ-TTg, ngày 03/6/2020 của Thủ tướng Chính phủ phê",
    "duyệt \"Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030\";",
    "     - Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025,",
    "     Hội nghị lần thứ tư Ban Chấp hành Đảng bộ tỉnh (khóa XIX) thống nhất ban hành Nghị",
    "quyết về chuyển đổi số tỉnh Phú Thọ giai đoạn 2021 - 2025, định hướng đến năm 2030 như sau:",
    "",
    "     I- TÌNH HÌNH",
    "     Thời gian qua, việc ứng dụng công nghệ thông tin trong hoạt động của các cơ quan",
    "đảng, chính quyền các cấp có bước tiến bộ; hạ tầng viễn thông cơ bản đáp ứng yêu cầu.",
    "Tuy nhiên, nhận thức về chuyển đổi số ở một số cấp ủy, chính quyền còn hạn chế.",
    "",
    "     II- QUAN ĐIỂM, MỤC TIÊU",
    "     Đến năm 2025, 100% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) dưới",
    "dạng điện tử; 80% hồ sơ thủ tục hành chính được xử lý trực tuyến mức độ 4.",
    "",
    "     III- NHIỆM VỤ, GIẢI PHÁP",
    "     1. Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền về chuyển đổi số.",
    "     2. Phát triển hạ tầng số, dữ liệu số; xây dựng Trung tâm giám sát, điều hành thông minh.",
    "     3. Phát triển nguồn nhân lực số.",
    "",
    "     IV- TỔ CHỨC THỰC HIỆN",
    "     1. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết; lãnh đạo, chỉ đạo,",
    "kiểm tra, giám sát việc thực hiện.",
    "     2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành nghị",
    "quyết về cơ chế, chính sách hỗ trợ chuyển đổi số trên địa bàn tỉnh.",
    "     3. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế",
    "hoạch thực hiện Nghị quyết, bố trí nguồn lực bảo đảm thực hiện các mục tiêu đề ra.",
    "     4. Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng chương trình",
    "hành động thực hiện Nghị quyết phù hợp với tình hình thực tế của địa phương, đơn vị.",
    "     5. Ban Tuyên giáo Tỉnh ủy ban hành hướng dẫn tuyên truyền, quán triệt Nghị quyết đến",
    "cán bộ, đảng viên và nhân dân.",
    "     6. Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo Ban",
    "Thường vụ Tỉnh ủy.",
    "     Nghị quyết này được phổ biến đến chi bộ.",
    "",
    pad("Nơi nhận:", "T/M TỈNH ỦY"),
    pad("- Ban Bí thư Trung ương Đảng,", "BÍ THƯ"),
    "- Các đảng bộ trực thuộc Tỉnh ủy,",
    pad("- Lưu Văn phòng Tỉnh ủy.", "(đã ký)"),
    "",
    "\f",
])

# 15-KH/TU (khóa XIX), markdown with a task table
P["t02_tu_kh15_2021.md"] = """**ĐẢNG BỘ TỈNH PHÚ THỌ**<br>**TỈNH ỦY**<br>\\*<br>Số 15-KH/TU

**ĐẢNG CỘNG SẢN VIỆT NAM**

*Việt Trì, ngày 20 tháng 4 năm 2021*

## KẾ HOẠCH

**thực hiện Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Phú Thọ giai đoạn 2021 - 2025, định hướng đến năm 2030**

-----

Thực hiện Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh (khóa XIX) về chuyển đổi số tỉnh Phú Thọ giai đoạn 2021 - 2025, định hướng đến năm 2030, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:

### I. MỤC ĐÍCH, YÊU CẦU

1. Quán triệt sâu sắc, tạo sự thống nhất cao trong nhận thức và hành động của các cấp ủy, tổ chức đảng về chuyển đổi số.
2. Xác định rõ nhiệm vụ, thời gian hoàn thành và trách nhiệm của từng cơ quan, đơn vị.

### II. NHIỆM VỤ CỤ THỂ

| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Kiểm tra, đánh giá kết quả thực hiện Nghị quyết số 02-NQ/TU tại các cấp ủy trực thuộc | Ủy ban Kiểm tra Tỉnh ủy | Văn phòng Tỉnh ủy | Hằng năm |
| 2 | Sơ kết 03 năm thực hiện Nghị quyết số 02-NQ/TU | Ban Tuyên giáo Tỉnh ủy | Sở Thông tin và Truyền thông | Quý IV/2023 |
| 3 | Tổng kết 05 năm thực hiện Nghị quyết số 02-NQ/TU, đề xuất phương hướng, nhiệm vụ giai đoạn tiếp theo | Văn phòng Tỉnh ủy | Ban Tuyên giáo Tỉnh ủy | Quý III/2025 |
| 4 | Xây dựng Đề án "Chuyển đổi số trong các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh" | Văn phòng Tỉnh ủy | Sở Thông tin và Truyền thông | Quý IV/2026 |

### III. TỔ CHỨC THỰC HIỆN

1. Các cơ quan được giao chủ trì chủ động triển khai nhiệm vụ, bảo đảm tiến độ.
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.

**T/M BAN THƯỜNG VỤ**<br>**PHÓ BÍ THƯ THƯỜNG TRỰC**<br>(đã ký)
"""

P["t03_tu_bc210_2023.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ\t\tĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
*
Số 210-BC/TU\t\tViệt Trì, ngày 15 tháng 12 năm 2023

BÁO CÁO
sơ kết 03 năm thực hiện Nghị quyết số 02-NQ/TU, ngày 15/3/2021
của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Phú Thọ
giai đoạn 2021 - 2025, định hướng đến năm 2030
-----

Thực hiện Kế hoạch số 15-KH/TU, ngày 22/4/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo sơ kết 03 năm thực hiện Nghị quyết số 02-NQ/TU như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác lãnh đạo, chỉ đạo
Các cấp ủy đã ban hành chương trình, kế hoạch thực hiện Nghị quyết. Việc thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về ứng dụng công nghệ thông tin trong các cơ quan đảng được gắn với thực hiện Nghị quyết.
2. Kết quả thực hiện các mục tiêu
Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 98%; tỷ lệ hồ sơ trực tuyến đạt 61%.

II. HẠN CHẾ, NGUYÊN NHÂN
Nguồn nhân lực chuyển đổi số ở cấp xã còn thiếu.

III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI
Tiếp tục thực hiện đồng bộ các nhiệm vụ, giải pháp Nghị quyết đã đề ra.

\t\tT/M BAN THƯỜNG VỤ
\t\tPHÓ BÍ THƯ
\t\t(đã ký)
"""

P["t04_tu_ct05_2017.txt"] = """TỈNH ỦY PHÚ THỌ                      ĐẢNG CỘNG SẢN VIỆT NAM
         *
    Số 05-CT/TU                  Việt Trì, ngày 12 tháng 5 năm 2017

                               CHỈ THỊ
                   CỦA BAN THƯỜNG VỤ TỈNH ỦY (KHÓA XVIII)
   về tăng cường ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng
                                 -----

Những năm qua, việc ứng dụng công nghệ thông tin trong các cơ quan đảng của tỉnh đã đạt được một số kết quả bước đầu, song còn chưa đồng đều.

Để khắc phục hạn chế, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nhiệm vụ sau:

1. Nâng cao nhận thức của cán bộ, đảng viên về ứng dụng công nghệ thông tin.
2. Đầu tư hạ tầng mạng thông tin diện rộng của Đảng đến cấp huyện.
3. Văn phòng Tỉnh ủy chủ trì, theo dõi, đôn đốc việc thực hiện Chỉ thị này.

Chỉ thị này được phổ biến đến chi bộ.

                                        T/M BAN THƯỜNG VỤ
                                             BÍ THƯ
                                            (đã ký)
"""

P["t05_tu_ct05_2021.txt"] = """TỈNH ỦY PHÚ THỌ                      ĐẢNG CỘNG SẢN VIỆT NAM
         *
    Số 05-CT/TU                  Việt Trì, ngày 10 tháng 8 năm 2021

                               CHỈ THỊ
                   CỦA BAN THƯỜNG VỤ TỈNH ỦY (KHÓA XIX)
   về đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong các cơ quan đảng,
                      chính quyền, Mặt trận Tổ quốc và đoàn thể
                                 -----

Sau hơn 04 năm thực hiện Chỉ thị số 05-CT/TU, ngày 12/5/2017 của Ban Thường vụ Tỉnh ủy (khóa XVIII) về tăng cường ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng, hạ tầng mạng của Đảng đã được đầu tư đến cấp huyện.

Để đẩy mạnh chuyển đổi số theo tinh thần Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy yêu cầu:

1. Các cấp ủy, tổ chức đảng gắn chuyển đổi số với cải cách hành chính.
2. 100% văn bản của các cơ quan đảng cấp tỉnh, cấp huyện được ký số.
3. Văn phòng Tỉnh ủy chủ trì theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.

                                        T/M BAN THƯỜNG VỤ
                                             BÍ THƯ
                                            (đã ký)
"""

P["t06_tu_kh30_2022.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
     *
Số 30-KH/TU                      Việt Trì, ngày 20 tháng 3 năm 2022

KẾ HOẠCH
chuyển đổi số trong các cơ quan đảng tỉnh Phú Thọ giai đoạn 2022 - 2025
-----

Thực hiện Chỉ thị số 05-CT/TU, ngày 10/8/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong các cơ quan đảng, chính quyền, Mặt trận Tổ quốc và đoàn thể; căn cứ Quyết định số 942/QĐ-TTg, ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:

I. MỤC TIÊU
Đến năm 2025, 100% cơ quan đảng cấp tỉnh, cấp huyện sử dụng hệ thống thông tin điều hành tác nghiệp.

II. NHIỆM VỤ
1. Hoàn thiện hạ tầng mạng thông tin diện rộng của Đảng đến cấp xã.
2. Số hóa tài liệu lưu trữ của Đảng bộ tỉnh.

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Tỉnh ủy chủ trì, hướng dẫn, theo dõi việc thực hiện Kế hoạch này.
2. Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện phù hợp với điều kiện của địa phương, đơn vị.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
(đã ký)
"""

# post-merger (1/7/2025) provincial committee, khóa XX: numbering restarts. NFD text, hard line breaks.
P["t07_tu_nq02_2025.txt"] = unicodedata.normalize("NFD", """ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
     *
Số 02-NQ/TU                      Phú Thọ, ngày 20 tháng 11 năm 2025

NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XX)
về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số
tỉnh Phú Thọ đến năm 2030
-----

- Căn cứ Điều lệ Đảng;
- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát
triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
- Căn cứ Nghị quyết số 202/2025/QH15, ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị
hành chính cấp tỉnh;
- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030;
- Trên cơ sở kết quả thực hiện Nghị quyết số 02-
NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh (khoá XIX) về chuyển đổi số tỉnh
Phú Thọ giai đoạn 2021 - 2025,
Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết như sau:

I. MỤC TIÊU
Đến năm 2030, kinh tế số chiếm 25% GRDP của tỉnh.

II. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện thể chế, chính sách phát triển khoa học, công nghệ.
2. Xây dựng chính quyền số hai cấp đồng bộ, thông suốt.

III. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Tỉnh uỷ ban hành kế hoạch thực hiện Nghị quyết.
2. Đảng uỷ Uỷ ban nhân dân tỉnh lãnh đạo Uỷ ban nhân dân tỉnh xây dựng chương trình hành động thực hiện Nghị quyết, trình trong Quý I/2026.
3. Ban Tuyên giáo và Dân vận Tỉnh uỷ chủ trì tuyên truyền Nghị quyết.

T/M TỈNH UỶ
BÍ THƯ
(đã ký)
""")

# 15-KH/TU again (khóa XX), pdftotext -layout, table rows split over a page break
P["t08_tu_kh15_2026.txt"] = "\n".join([
    pad("    ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    "         TỈNH ỦY",
    "            *",
    pad("       Số 15-KH/TU", "Phú Thọ, ngày 10 tháng 01 năm 2026"),
    "",
    "                                KẾ HOẠCH",
    "         thực hiện Nghị quyết số 02-NQ/TU, ngày 20/11/2025 của Ban Chấp hành",
    "     Đảng bộ tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "                                  -----",
    "",
    "     Thực hiện Nghị quyết số 02-NQ/TU, ngày 20/11/2025 của Ban Chấp hành Đảng bộ tỉnh",
    "(khóa XX), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:",
    "",
    "     I. NHIỆM VỤ CỤ THỂ",
    "",
    " TT   Nội dung                                   Cơ quan chủ trì          Thời gian",
    " 1    Quán triệt, tuyên truyền Nghị quyết số     Ban Tuyên giáo và Dân    Quý I/2026 và",
    "      02-NQ/TU đến cán bộ, đảng viên             vận Tỉnh ủy              thực hiện",
    "                                                                          thường xuyên",
    "\f",
    " TT   Nội dung                                   Cơ quan chủ trì          Thời gian",
    "      (tiếp)",
    " 2    Sơ kết 01 năm thực hiện Nghị quyết số      Văn phòng Tỉnh ủy        Tháng 12/2026",
    "      02-NQ/TU",
    "",
    "     II. TỔ CHỨC THỰC HIỆN",
    "     Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy.",
    "",
    pad("", "T/M BAN THƯỜNG VỤ"),
    pad("", "BÍ THƯ"),
    pad("", "(đã ký)"),
    "",
])

# --------------------------------------------------------------------------- district Party committee (Thanh Sơn)
P["h01_hu_kh22_2022.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THANH SƠN
     *
Số 22-KH/HU                      Thanh Sơn, ngày 05 tháng 3 năm 2022

KẾ HOẠCH
chuyển đổi số trong các cơ quan đảng huyện Thanh Sơn giai đoạn 2022 - 2025
-----

Thực hiện Kế hoạch số 30-KH/TU, ngày 20/3/2022 của Ban Thường vụ Tỉnh ủy về chuyển đổi số trong các cơ quan đảng tỉnh Phú Thọ giai đoạn 2022 - 2025, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:

I. MỤC TIÊU
100% chi bộ, đảng bộ cơ sở sử dụng sổ tay đảng viên điện tử.

II. NHIỆM VỤ
1. Văn phòng Huyện ủy nâng cấp hệ thống mạng nội bộ.
2. Các đảng ủy xã, thị trấn bố trí cán bộ phụ trách công nghệ thông tin.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
"""

P["h02_hu_ctr12_2021.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THANH SƠN
     *
Số 12-CTr/HU                     Thanh Sơn, ngày 05 tháng 6 năm 2021

CHƯƠNG TRÌNH HÀNH ĐỘNG
của Ban Chấp hành Đảng bộ huyện thực hiện Nghị quyết số 02-NQ/TU,
ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số
-----

Thực hiện Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh (khóa XIX) về chuyển đổi số tỉnh Phú Thọ giai đoạn 2021 - 2025, định hướng đến năm 2030; căn cứ Kết luận số 112-KL/HU, ngày 20/5/2021 của Ban Thường vụ Huyện ủy về kết quả Hội nghị chuyên đề chuyển đổi số, Ban Chấp hành Đảng bộ huyện xây dựng Chương trình hành động như sau:

I. MỤC TIÊU
Đến năm 2025, 100% xã, thị trấn có cán bộ phụ trách chuyển đổi số; 70% hộ gia đình có kết nối internet cáp quang.

II. NHIỆM VỤ, GIẢI PHÁP
Tập trung thực hiện 05 nhiệm vụ trọng tâm sau:
1. Tuyên truyền nâng cao nhận thức về chuyển đổi số trong cán bộ, đảng viên và nhân dân.
2. Phát triển hạ tầng viễn thông đến các thôn, bản vùng sâu.
3. Đẩy mạnh thanh toán không dùng tiền mặt.
4. Xây dựng đội ngũ cán bộ chuyển đổi số cấp xã.

III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan tổ chức quán triệt Chương trình hành động.
2. Ủy ban nhân dân huyện xây dựng kế hoạch thực hiện Chương trình hành động, bố trí kinh phí thực hiện.
3. Ủy ban Kiểm tra Huyện ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Chương trình hành động.
4. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện phù hợp với tình hình của địa phương.

T/M HUYỆN ỦY
BÍ THƯ
(đã ký)
"""

P["h03_hu_qc03_2020.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THANH SƠN
     *
Số 03-QC/HU                      Thanh Sơn, ngày 10 tháng 11 năm 2020

QUY CHẾ
quản lý, sử dụng hệ thống thông tin điều hành tác nghiệp
trong các cơ quan đảng huyện Thanh Sơn
-----

Căn cứ Điều lệ Đảng; căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025, Ban Thường vụ Huyện ủy ban hành Quy chế quản lý, sử dụng hệ thống thông tin điều hành tác nghiệp như sau:

Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh: Quy chế này quy định việc quản lý, sử dụng hệ thống thông tin điều hành tác nghiệp trong các cơ quan đảng huyện.
Điều 2. Quy chế này có hiệu lực kể từ ngày ký.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
"""

P["h04_hu_qc07_2022.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THANH SƠN
     *
Số 07-QC/HU                      Thanh Sơn, ngày 15 tháng 4 năm 2022

QUY CHẾ
quản lý, sử dụng hệ thống thông tin điều hành tác nghiệp và chữ ký số
trong các cơ quan đảng huyện Thanh Sơn
-----

Căn cứ Điều lệ Đảng; căn cứ Kế hoạch số 22-KH/HU, ngày 05/3/2022 của Ban Thường vụ Huyện ủy về chuyển đổi số trong các cơ quan đảng huyện, Ban Thường vụ Huyện ủy ban hành Quy chế như sau:

Điều 1. Phạm vi điều chỉnh: việc quản lý, sử dụng hệ thống thông tin điều hành tác nghiệp và chữ ký số.
Điều 2. Văn phòng Huyện ủy là đầu mối quản lý hệ thống.
Điều 3. Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 03-QC/HU, ngày 10/11/2020 của Ban Thường vụ Huyện ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
"""

P["h05_hu_qc09_2023.docx"] = ("docx", [
    "ĐẢNG BỘ TỈNH PHÚ THỌ\tĐẢNG CỘNG SẢN VIỆT NAM",
    "HUYỆN ỦY THANH SƠN",
    "*",
    "Số 09-QC/HU\tThanh Sơn, ngày 20 tháng 9 năm 2023",
    "QUY CHẾ",
    "bảo đảm an toàn thông tin mạng trong các cơ quan đảng huyện Thanh Sơn",
    "-----",
    "Căn cứ Điều lệ Đảng; căn cứ Chỉ thị số 05-CT/TU, ngày 10/8/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Quy chế bảo đảm an toàn thông tin mạng như sau:",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định việc bảo đảm an toàn thông tin mạng trong các cơ quan đảng huyện.",
    "Điều 2. Hiệu lực thi hành",
    "Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 03-QC/HU, ngày 10/11/2020 của Ban Thường vụ Huyện ủy.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ THƯỜNG TRỰC",
    "(đã ký)",
])

# three-document cycle, all dated 10/6/2021
P["h06_ubndh_kh135_2021.txt"] = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THANH SƠN                       Độc lập - Tự do - Hạnh phúc
Số: 135/KH-UBND                 Thanh Sơn, ngày 10 tháng 6 năm 2021

KẾ HOẠCH
Thực hiện Chương trình hành động số 12-CTr/HU của Ban Chấp hành Đảng bộ huyện
về chuyển đổi số trên địa bàn huyện Thanh Sơn giai đoạn 2021 - 2025

Thực hiện Chương trình hành động số 12-CTr/HU, ngày 05/6/2021 của Ban Chấp hành Đảng bộ huyện Thanh Sơn thực hiện Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số;
Căn cứ Hướng dẫn số 05/HD-PVHTT ngày 10/6/2021 của Phòng Văn hóa và Thông tin huyện về tiêu chí xã chuyển đổi số,
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:

I. MỤC TIÊU
Năm 2021 có 03 xã đạt tiêu chí xã chuyển đổi số.

II. NHIỆM VỤ
1. Phòng Văn hóa và Thông tin chủ trì thẩm định hồ sơ xã chuyển đổi số.
2. Ủy ban nhân dân các xã, thị trấn triển khai nền tảng địa chỉ số.

Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
- UBND tỉnh;                               CHỦ TỊCH
- Lưu: VT.                                 (đã ký)
"""

P["h07_pvhtt_hd05_2021.txt"] = """UBND HUYỆN THANH SƠN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA VÀ THÔNG TIN            Độc lập - Tự do - Hạnh phúc
Số: 05/HD-PVHTT                 Thanh Sơn, ngày 10 tháng 6 năm 2021

HƯỚNG DẪN
Tiêu chí, hồ sơ công nhận xã chuyển đổi số trên địa bàn huyện Thanh Sơn

Hướng dẫn thực hiện Quyết định số 1520/QĐ-UBND ngày 10/6/2021 của Ủy ban nhân dân huyện Thanh Sơn về việc thành lập Tổ công tác chuyển đổi số cấp huyện, Phòng Văn hóa và Thông tin hướng dẫn tiêu chí, hồ sơ công nhận xã chuyển đổi số như sau:

1. Tiêu chí: xã có cổng thông tin điện tử; 100% cán bộ, công chức xã sử dụng chữ ký số.
2. Hồ sơ: tờ trình của Ủy ban nhân dân xã; báo cáo tự đánh giá.

Nơi nhận:                                  TRƯỞNG PHÒNG
- UBND huyện;                              (đã ký)
- Lưu: VT.
"""

P["h08_ubndh_qd1520_2021.txt"] = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THANH SƠN                       Độc lập - Tự do - Hạnh phúc
Số: 1520/QĐ-UBND                Thanh Sơn, ngày 10 tháng 6 năm 2021

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số cấp huyện

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THANH SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Để triển khai thực hiện Kế hoạch số 135/KH-UBND ngày 10/6/2021 của Ủy ban nhân dân huyện về chuyển đổi số trên địa bàn huyện Thanh Sơn giai đoạn 2021 - 2025;
Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.

QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác chuyển đổi số cấp huyện gồm 09 thành viên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

                                           CHỦ TỊCH
                                           (đã ký)
"""

# forwarded e-mail carrying the commune Party committee's plan (only copy in the corpus)
P["h09_email_dukh18_2021.txt"] = """From: Văn phòng Huyện ủy Thanh Sơn <vanphonghu.thanhson@phutho.org.vn>
To: Ban Tuyên giáo Huyện ủy <btg.thanhson@phutho.org.vn>
Date: Mon, 21 Jun 2021 08:14:22 +0700
Subject: Fwd: Kế hoạch thực hiện CTr 12 - Đảng ủy xã Tất Thắng

Kính chuyển Ban Tuyên giáo Huyện ủy Kế hoạch của Đảng ủy xã Tất Thắng để theo dõi.

---------- Forwarded message ---------
From: Đảng ủy xã Tất Thắng <dangbo.tatthang@phutho.org.vn>
Date: Sat, 19 Jun 2021 16:40:05 +0700
Subject: Kế hoạch số 18-KH/ĐU

> ĐẢNG BỘ HUYỆN THANH SƠN          ĐẢNG CỘNG SẢN VIỆT NAM
> ĐẢNG ỦY XÃ TẤT THẮNG
>         *
> Số 18-KH/ĐU                   Tất Thắng, ngày 18 tháng 6 năm 2021
>
>                        KẾ HOẠCH
>    thực hiện Chương trình hành động số 12-CTr/HU của Ban Chấp hành
>            Đảng bộ huyện về chuyển đổi số
>
> Thực hiện Chương trình hành động số 12-
> CTr/HU, ngày 05/6/2021 của Ban Chấp hành Đảng bộ huyện Thanh Sơn về chuyển
> đổi số, Đảng ủy xã Tất Thắng xây dựng Kế hoạch thực hiện như sau:
>
> 1. Tuyên truyền về chuyển đổi số đến 100% chi bộ thôn.
> 2. Thành lập tổ công nghệ số cộng đồng ở các thôn.
>
>                                  T/M ĐẢNG ỦY
>                                   BÍ THƯ
>                                   (đã ký)

--
Văn phòng Huyện ủy Thanh Sơn
"""

# OCR-like report: 'sổ', 'Nghi quyết', spaced ids, a broken line
P["h10_hu_bc95_2022_ocr.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ  ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THANH SƠN
*
Sô 95-BC/HU   Thanh Sơn, ngày 10 tháng 6 nãm 2022

BÁO CÁO
sơ kết 01 năm thực hiện Chương trình hành động sổ 12 - CTr/HU
của Ban Chấp hành Đảng bộ huyện

Thực hiện Chương trình hành động sổ 12 - CTr/HU, ngày 05/6/2021 của Ban Chấp hành Đảng bộ huyện thực hiện Nghi quyết sô 02 - NQ/TU, ngày l5/3/2021 của Ban Chấp hành Đảng bộ tỉnh (khoá XIX), Ban Thường vụ Huyện ủy báo cáo kết quả 01 năm như sau:

1. Kết quả: 03 xã đạt tiêu chí xã chuyển đổi số; 58% hộ gia đình có kết nối internet cáp quang.
2. Hạn chế: kinh phí đầu tư còn hạn hẹp.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
(đã ký)
"""

# same number 2350/KH-UBND as the province's plan of the same year, a different body
P["h11_ubndh_kh2350_2022.txt"] = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THANH SƠN                       Độc lập - Tự do - Hạnh phúc
Số: 2350/KH-UBND                Thanh Sơn, ngày 15 tháng 8 năm 2022

KẾ HOẠCH
Triển khai Hệ thống quản lý văn bản và điều hành trên địa bàn huyện Thanh Sơn

Thực hiện Kế hoạch số 2350/KH-UBND ngày 28/6/2022 của Ủy ban nhân dân tỉnh Phú Thọ về triển khai Hệ thống quản lý văn bản và điều hành tỉnh Phú Thọ, Ủy ban nhân dân huyện Thanh Sơn ban hành Kế hoạch như sau:

1. Đến hết năm 2022, 100% xã, thị trấn sử dụng Hệ thống quản lý văn bản và điều hành.
2. Văn phòng HĐND và UBND huyện chủ trì, theo dõi việc thực hiện.

                                           TM. ỦY BAN NHÂN DÂN
                                           KT. CHỦ TỊCH
                                           PHÓ CHỦ TỊCH
                                           (đã ký)
"""

# --------------------------------------------------------------------------- provincial People's Council
P["n01_hdnd_nq12_2021.txt"] = """HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 12/2021/NQ-HĐND              Phú Thọ, ngày 10 tháng 12 năm 2021

NGHỊ QUYẾT
Quy định một số chính sách hỗ trợ phát triển chính quyền số, kinh tế số,
xã hội số trên địa bàn tỉnh Phú Thọ giai đoạn 2022 - 2025

HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ
KHÓA XIX, KỲ HỌP THỨ TƯ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;
Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;
Căn cứ Nghị quyết số 17/NQ-CP ngày 07 tháng 3 năm 2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025;
Xét Tờ trình số 4890/TTr-UBND ngày 25 tháng 11 năm 2021 của Ủy ban nhân dân tỉnh về việc ban hành Nghị quyết nhằm cụ thể hóa Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng
Nghị quyết này quy định chính sách hỗ trợ cán bộ chuyển đổi số cấp xã, hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số.

Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

Điều 3. Hiệu lực thi hành
Nghị quyết này được Hội đồng nhân dân tỉnh Phú Thọ khóa XIX, Kỳ họp thứ tư thông qua ngày 10 tháng 12 năm 2021 và có hiệu lực từ ngày 01 tháng 01 năm 2022.

                                           CHỦ TỊCH
                                           (đã ký)
"""

P["n02_hdnd_nq08_2024.txt"] = """HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 08/2024/NQ-HĐND              Phú Thọ, ngày 10 tháng 7 năm 2024

NGHỊ QUYẾT
Quy định chính sách hỗ trợ chuyển đổi số trên địa bàn tỉnh Phú Thọ
giai đoạn 2024 - 2030

HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ
KHÓA XIX, KỲ HỌP THỨ TÁM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22 tháng 6 năm 2023;
Xét Tờ trình số 2210/TTr-UBND ngày 20 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định chính sách hỗ trợ chuyển đổi số cho cấp xã, doanh nghiệp, hợp tác xã.

Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

Điều 3. Hiệu lực thi hành
1. Nghị quyết này được Hội đồng nhân dân tỉnh Phú Thọ khóa XIX, Kỳ họp thứ tám thông qua ngày 10 tháng 7 năm 2024 và có hiệu lực từ ngày 01 tháng 8 năm 2024.
2. Nghị quyết này thay thế Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh quy định một số chính sách hỗ trợ phát triển chính quyền số, kinh tế số, xã hội số trên địa bàn tỉnh Phú Thọ giai đoạn 2022 - 2025.

                                           CHỦ TỊCH
                                           (đã ký)
"""

# the draft of the same resolution (no number, no day)
P["n03_hdnd_nq_2024_duthao.txt"] = """DỰ THẢO LẦN 2
(Kèm theo Tờ trình số 2210/TTr-UBND ngày 20/6/2024 của UBND tỉnh)

HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số:      /2024/NQ-HĐND           Phú Thọ, ngày      tháng     năm 2024

NGHỊ QUYẾT
Quy định chính sách hỗ trợ chuyển đổi số trên địa bàn tỉnh Phú Thọ
giai đoạn 2024 - 2030

HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ
KHÓA XIX, KỲ HỌP THỨ ...

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22 tháng 6 năm 2023;
Xét Tờ trình số 2210/TTr-UBND ngày 20 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh.

QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh: chính sách hỗ trợ chuyển đổi số cho cấp xã, doanh nghiệp, hợp tác xã.
Điều 3. Hiệu lực thi hành: Nghị quyết này có hiệu lực từ ngày ... tháng ... năm 2024 và thay thế Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh.

                                           CHỦ TỊCH
"""

# --------------------------------------------------------------------------- provincial People's Committee
P["u01_ubndt_kh1850_2021.html"] = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch số 1850/KH-UBND - Cổng thông tin điện tử tỉnh Phú Thọ</title></head>
<body>
<div class="breadcrumb">Trang chủ &gt; Văn bản chỉ đạo điều hành &gt; Kế hoạch</div>
<div class="vb-header">
<table class="hd"><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH PHÚ THỌ</b><br>Số: 1850/KH-UBND</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><i>Độc lập - Tự do - Hạnh phúc</i><br><i>Phú Thọ, ngày 28 tháng 5 năm 2021</i></td></tr></table>
</div>
<h2>KẾ HOẠCH</h2>
<p><b>Thực hiện Nghị quyết số 02-NQ/TU ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Phú Thọ giai đoạn 2021 - 2025, định hướng đến năm 2030</b></p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;</p>
<p>Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia;</p>
<p>Thực hiện Nghị quyết số 02-NQ/TU ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:</p>
<h3>I. NHIỆM VỤ CỤ THỂ</h3>
<table class="tasks" border="1">
<tr><th>TT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Sản phẩm</th><th>Thời gian hoàn thành</th></tr>
<tr><td>1</td><td>Xây dựng, trình Hội đồng nhân dân tỉnh ban hành Nghị quyết về chính sách hỗ trợ chuyển đổi số trên địa bàn tỉnh</td><td>Sở Thông tin và Truyền thông</td><td>Nghị quyết của HĐND tỉnh</td><td>Quý IV/2021</td></tr>
<tr><td>2</td><td>Ban hành Quy chế quản lý, vận hành Trung tâm giám sát, điều hành thông minh (IOC) tỉnh Phú Thọ</td><td>Sở Thông tin và Truyền thông</td><td>Quyết định của UBND tỉnh</td><td>Quý II/2023</td></tr>
<tr><td>3</td><td>Duy trì, nâng cấp Cổng dịch vụ công của tỉnh</td><td>Văn phòng UBND tỉnh</td><td>Hệ thống</td><td>Thường xuyên</td></tr>
</table>
<h3>II. TỔ CHỨC THỰC HIỆN</h3>
<p>Các sở, ban, ngành, UBND các huyện, thành, thị căn cứ Kế hoạch này chủ động triển khai thực hiện.</p>
<p style="text-align:right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br>(đã ký)</p>
<div class="footer">Lượt xem: 1.204 | In trang | Gửi email</div>
</body></html>
"""

# replacement signed (10/7/2024) but not yet in force (01/8/2024): citing the old one is right
P["u02_ubndt_kh2950_2024.txt"] = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 2950/KH-UBND                Phú Thọ, ngày 20 tháng 7 năm 2024

KẾ HOẠCH
Hỗ trợ cán bộ chuyển đổi số cấp xã năm 2024

Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh quy định một số chính sách hỗ trợ phát triển chính quyền số, kinh tế số, xã hội số trên địa bàn tỉnh Phú Thọ giai đoạn 2022 - 2025;
Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia,
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

1. Hỗ trợ 225 cán bộ chuyển đổi số cấp xã theo mức quy định.
2. Sở Tài chính bố trí kinh phí trong dự toán năm 2024.

                                           TM. ỦY BAN NHÂN DÂN
                                           CHỦ TỊCH
                                           (đã ký)
"""

P["u03_ubndt_kh4120_2024.txt"] = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 4120/KH-UBND                Phú Thọ, ngày 15 tháng 10 năm 2024

KẾ HOẠCH
Phát triển kinh tế số, xã hội số tỉnh Phú Thọ năm 2025

Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh quy định một số chính sách hỗ trợ phát triển chính quyền số, kinh tế số, xã hội số trên địa bàn tỉnh;
Căn cứ Nghị quyết số 08/2024/NQ-HĐND ngày 10/7/2024 của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ chuyển đổi số trên địa bàn tỉnh Phú Thọ giai đoạn 2024 - 2030;
Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ,
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC TIÊU
Kinh tế số chiếm 12% GRDP; 50% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.

II. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tSửa đổi, bổ sung Nghị quyết số 08/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh cho phù hợp với Luật Giao dịch điện tử năm 2023\tSở Thông tin và Truyền thông\tQuý II/2026
2\tTổ chức Ngày Chuyển đổi số tỉnh Phú Thọ năm 2025\tSở Thông tin và Truyền thông\tTháng 10/2025
3\tHướng dẫn doanh nghiệp tiếp cận nền tảng số\tSở Công Thương\tThường xuyên

III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành căn cứ nhiệm vụ được giao chủ động triển khai, báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 15/12 hằng năm.

                                           TM. ỦY BAN NHÂN DÂN
                                           KT. CHỦ TỊCH
                                           PHÓ CHỦ TỊCH
                                           (đã ký)
"""

P["u04_ubndt_qd25_2022.txt"] = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 25/2022/QĐ-UBND             Phú Thọ, ngày 16 tháng 6 năm 2022

QUYẾT ĐỊNH
Ban hành Quy chế quản lý, vận hành, khai thác Hệ thống quản lý văn bản
và điều hành tỉnh Phú Thọ

ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành, khai thác Hệ thống quản lý văn bản và điều hành tỉnh Phú Thọ.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2022.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện, thành, thị chịu trách nhiệm thi hành Quyết định này.

                                           TM. ỦY BAN NHÂN DÂN
                                           CHỦ TỊCH
                                           (đã ký)
"""

P["u05_ubndt_qd15_2025.docx"] = ("docx", [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH PHÚ THỌ\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 15/2025/QĐ-UBND\tPhú Thọ, ngày 20 tháng 3 năm 2025",
    "QUYẾT ĐỊNH",
    "Bãi bỏ Quyết định số 25/2022/QĐ-UBND ngày 16 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Phú Thọ",
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
    "Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 19 tháng 02 năm 2025;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;",
    "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Bãi bỏ Quyết định số 25/2022/QĐ-UBND ngày 16 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý, vận hành, khai thác Hệ thống quản lý văn bản và điều hành tỉnh Phú Thọ.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "(đã ký)",
])

# a correction (đính chính) quotes the wrong date in order to fix it
P["u06_ubndt_qd1580_2022_dinhchinh.txt"] = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 1580/QĐ-UBND                Phú Thọ, ngày 04 tháng 7 năm 2022

QUYẾT ĐỊNH
Về việc đính chính Kế hoạch số 2350/KH-UBND ngày 28/6/2022
của Ủy ban nhân dân tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông.

QUYẾT ĐỊNH:
Điều 1. Đính chính sai sót tại đoạn thứ nhất Kế hoạch số 2350/KH-UBND ngày 28/6/2022 của Ủy ban nhân dân tỉnh như sau:
Đã ghi: "Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh";
Nay sửa lại là: "Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 16/6/2022 của Ủy ban nhân dân tỉnh".
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

                                           CHỦ TỊCH
                                           (đã ký)
"""

P["u07_ubndt_kh2350_2022.txt"] = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 2350/KH-UBND                Phú Thọ, ngày 28 tháng 6 năm 2022

KẾ HOẠCH
Triển khai Hệ thống quản lý văn bản và điều hành tỉnh Phú Thọ

Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý, vận hành, khai thác Hệ thống quản lý văn bản và điều hành tỉnh Phú Thọ,
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

1. Từ ngày 01/7/2022, 100% cơ quan cấp tỉnh, cấp huyện gửi nhận văn bản điện tử trên Hệ thống.
2. Ủy ban nhân dân các huyện, thành, thị xây dựng kế hoạch triển khai tại địa phương.

                                           TM. ỦY BAN NHÂN DÂN
                                           CHỦ TỊCH
                                           (đã ký)
"""

# --------------------------------------------------------------------------- departments
S_HDR = """UBND TỈNH PHÚ THỌ               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG          Độc lập - Tự do - Hạnh phúc
"""
P["s01_stttt_kh45_2023.txt"] = S_HDR + """Số: 45/KH-STTTT                 Phú Thọ, ngày 10 tháng 3 năm 2023

KẾ HOẠCH
Tuyên truyền về chuyển đổi số trên địa bàn tỉnh Phú Thọ năm 2023

Thực hiện Kế hoạch số 1850/KH-UBND ngày 28/5/2021 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 02-NQ/TU ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh, Sở Thông tin và Truyền thông ban hành Kế hoạch tuyên truyền như sau:

1. Xây dựng chuyên mục "Chuyển đổi số" trên Báo Phú Thọ, Đài Phát thanh và Truyền hình tỉnh.
2. Tổ chức 02 hội nghị tập huấn cho tổ công nghệ số cộng đồng.

                                           GIÁM ĐỐC
                                           (đã ký)
"""

P["s02_stttt_kh45_2023b.txt"] = S_HDR + """Số: 45/KH-STTTT                 Phú Thọ, ngày 15 tháng 9 năm 2023

KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2023
trên địa bàn tỉnh Phú Thọ

Thực hiện Kế hoạch số 1850/KH-UBND ngày 28/5/2021 của Ủy ban nhân dân tỉnh, Sở Thông tin và Truyền thông ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) năm 2023 như sau:

1. Tổ chức Hội thảo "Chuyển đổi số - động lực phát triển" vào tuần đầu tháng 10/2023.
2. Triển lãm các sản phẩm, giải pháp số của doanh nghiệp trên địa bàn tỉnh.

                                           KT. GIÁM ĐỐC
                                           PHÓ GIÁM ĐỐC
                                           (đã ký)
"""

# after 1/3/2025 the department merged into Sở Khoa học và Công nghệ; cites a repealed decision
P["s03_skhcn_hd210_2025.txt"] = """UBND TỈNH PHÚ THỌ               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ              Độc lập - Tự do - Hạnh phúc
Số: 210/HD-SKHCN                Phú Thọ, ngày 15 tháng 9 năm 2025

HƯỚNG DẪN
Gửi, nhận văn bản điện tử trên Hệ thống quản lý văn bản và điều hành
đối với các xã, phường sau sắp xếp

Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023;
Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;
Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 16/6/2022 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý, vận hành, khai thác Hệ thống quản lý văn bản và điều hành tỉnh Phú Thọ,
Sở Khoa học và Công nghệ hướng dẫn như sau:

1. Các xã, phường sử dụng tài khoản đã được cấp để gửi, nhận văn bản điện tử.
2. Văn bản gửi đi phải được ký số theo quy định.

                                           GIÁM ĐỐC
                                           (đã ký)
"""

# a letter that quotes the header of 30-KH/TU verbatim (a quoted header, not its own)
P["s04_stttt_cv612_2022.txt"] = S_HDR + """Số: 612/STTTT-VP                Phú Thọ, ngày 05 tháng 4 năm 2022
V/v triển khai Kế hoạch chuyển đổi số trong các cơ quan đảng

Kính gửi: Phòng Văn hóa và Thông tin các huyện, thành, thị.

Sở Thông tin và Truyền thông nhận được văn bản của Ban Thường vụ Tỉnh ủy, phần đầu văn bản trích nguyên văn như sau:

    "ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
     TỈNH ỦY
          *
     Số 30-KH/TU                      Việt Trì, ngày 20 tháng 3 năm 2022

     KẾ HOẠCH
     chuyển đổi số trong các cơ quan đảng tỉnh Phú Thọ giai đoạn 2022 - 2025"

Để phối hợp triển khai Kế hoạch nói trên, Sở đề nghị Phòng Văn hóa và Thông tin các huyện, thành, thị phối hợp với Văn phòng huyện ủy, thành ủy, thị ủy rà soát hạ tầng mạng, báo cáo về Sở trước ngày 30/4/2022.

Nơi nhận:                                  GIÁM ĐỐC
- Như trên;                                (đã ký)
- Lưu: VT, VP.
"""


# --------------------------------------------------------------------------- writers
def docx_bytes(paras):
    body = []
    for p in paras:
        runs = []
        for i, part in enumerate(p.split("\t")):
            if i:
                runs.append("<w:r><w:tab/></w:r>")
            runs.append(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
        body.append("<w:p>" + "".join(runs) + "</w:p>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "<w:sectPr/></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return ct, rels, doc


def write(out):
    os.makedirs(out, exist_ok=True)
    for name, v in P.items():
        path = os.path.join(out, name)
        if isinstance(v, tuple):
            ct, rels, doc = docx_bytes(v[1])
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", ct)
                z.writestr("_rels/.rels", rels)
                z.writestr("word/document.xml", doc)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(v)


# --------------------------------------------------------------------------- key (fixed before the first run)
KEY = {
    "as_of": "2026-11-27",
    "planted": [
        {"rule": "cycle", "ids": ["135/KH-UBND", "05/HD-PVHTT", "1520/QĐ-UBND"],
         "files": ["h06_ubndh_kh135_2021.txt", "h07_pvhtt_hd05_2021.txt", "h08_ubndh_qd1520_2021.txt"],
         "what": "three documents of 10/6/2021: the district plan rests on the Phòng's guidance, the guidance guides the district decision, the decision carries out the plan"},
        {"rule": "superseded-citation", "ids": ["12/2021/NQ-HĐND"], "files": ["u03_ubndt_kh4120_2024.txt"],
         "what": "plan of 15/10/2024 rests on 12/2021/NQ-HĐND, replaced by 08/2024/NQ-HĐND in force from 01/8/2024"},
        {"rule": "superseded-citation", "ids": ["25/2022/QĐ-UBND"], "files": ["s03_skhcn_hd210_2025.txt"],
         "what": "guidance of 15/9/2025 rests on 25/2022/QĐ-UBND, repealed by 15/2025/QĐ-UBND from 01/4/2025"},
        {"rule": "temporal", "ids": ["30-KH/TU"], "files": ["h01_hu_kh22_2022.txt"],
         "what": "district plan of 05/3/2022 carries out 30-KH/TU of 20/3/2022"},
        {"rule": "metadata-conflict", "ids": ["15-KH/TU"], "files": ["t03_tu_bc210_2023.txt", "t02_tu_kh15_2021.md"],
         "what": "report cites 15-KH/TU as of 22/4/2021; its header says 20/4/2021"},
        {"rule": "metadata-conflict", "ids": ["08/2024/NQ-HĐND"], "files": ["u03_ubndt_kh4120_2024.txt", "n02_hdnd_nq08_2024.txt"],
         "what": "plan names the provincial People's Committee as issuer of the Council's resolution 08/2024/NQ-HĐND"},
        {"rule": "duplicate-identity", "ids": ["45/KH-STTTT"], "files": ["s01_stttt_kh45_2023.txt", "s02_stttt_kh45_2023b.txt"],
         "what": "two different plans of the Sở TT&TT, both numbered 45/KH-STTTT in 2023"},
        {"rule": "dangling", "ids": ["112-KL/HU"], "files": ["h02_hu_ctr12_2021.txt"],
         "what": "the district committee's own conclusion 112-KL/HU is cited and missing from the corpus"},
        {"rule": "overdue-plan", "ids": ["02-NQ/TU"], "files": ["t02_tu_kh15_2021.md"],
         "what": "row 3: tổng kết 5 năm of 02-NQ/TU due Quý III/2025; only the 3-year sơ kết (210-BC/TU, 2023) exists"},
        {"rule": "overdue-plan", "ids": ["08/2024/NQ-HĐND"], "files": ["u03_ubndt_kh4120_2024.txt"],
         "what": "row 1: amendment of 08/2024/NQ-HĐND due Quý II/2026; nothing amends it"},
        {"rule": "overdue-plan", "ids": ["1850/KH-UBND"], "files": ["u01_ubndt_kh1850_2021.html"], "announces": True,
         "what": "row 2: a Quy chế for the IOC centre due Quý II/2023; no such document"},
        {"rule": "unmet-obligation", "ids": ["02-NQ/TU"], "files": ["t01_tu_nq02_2021.txt"], "contains": "Tuyên giáo",
         "what": "Ban Tuyên giáo Tỉnh ủy must issue a guidance on propagating 02-NQ/TU; none"},
        {"rule": "unmet-obligation", "ids": ["12-CTr/HU"], "files": ["h02_hu_ctr12_2021.txt"], "contains": "Kiểm tra",
         "what": "Ủy ban Kiểm tra Huyện ủy must issue an inspection plan for 12-CTr/HU; none"},
        {"rule": "unmet-obligation", "ids": ["02-NQ/TU"], "files": ["t07_tu_nq02_2025.txt"], "contains": "nhân dân tỉnh",
         "what": "Đảng ủy UBND tỉnh must lead the UBND tỉnh to a programme of action on 02-NQ/TU (2025) in Quý I/2026; none"},
        {"rule": "inverse-inconsistency", "ids": ["03-QC/HU"], "files": ["h05_hu_qc09_2023.docx", "h04_hu_qc07_2022.txt"],
         "what": "03-QC/HU replaced by 07-QC/HU (2022) and again by 09-QC/HU (2023)"},
        {"rule": "ambiguous-id", "ids": ["05-CT/TU"], "files": ["t03_tu_bc210_2023.txt"],
         "what": "undated 'Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy': 2017 (khóa XVIII) or 2021 (khóa XIX)"},
        {"rule": "count-mismatch", "ids": ["12-CTr/HU"], "files": ["h02_hu_ctr12_2021.txt"],
         "what": "'05 nhiệm vụ trọng tâm sau:' then four items"},
    ],
    "collateral": [
        {"rule": "metadata-conflict", "ids": ["25/2022/QĐ-UBND"], "files": ["u07_ubndt_kh2350_2022.txt"],
         "what": "the plan's wrong date (15/6 for 16/6), later corrected by 1580/QĐ-UBND"},
        {"rule": "superseded-citation", "ids": ["03-QC/HU"], "files": ["h05_hu_qc09_2023.docx"],
         "what": "replacing a rule already replaced (part of the inverse-inconsistency)"},
        {"rule": "temporal", "ids": ["30-KH/TU"], "files": ["h01_hu_kh22_2022.txt"], "what": "second wording of P4"},
    ],
    "external": ["52-NQ/TW", "749/QĐ-TTg", "942/QĐ-TTg", "163/2016/NĐ-CP", "17/NQ-CP", "57-NQ/TW", "202/2025/QH15",
                 "20/2023/QH15", "45/2025/NĐ-CP", "30/2020/NĐ-CP", "64/2025/QH15", "65/2025/QH15", "06/QĐ-TTg"],
    "traps": [
        {"kind": "number-restart-per-term", "ids": ["02-NQ/TU"], "files": ["t01_tu_nq02_2021.txt", "t07_tu_nq02_2025.txt"],
         "must_not": ["duplicate-identity", "metadata-conflict", "ambiguous-id", "temporal"],
         "what": "02-NQ/TU of khóa XIX (2021) and of khóa XX (2025, merged province); every citation is dated"},
        {"kind": "number-restart-per-term", "ids": ["15-KH/TU"], "files": ["t02_tu_kh15_2021.md", "t08_tu_kh15_2026.txt"],
         "must_not": ["duplicate-identity"],
         "what": "15-KH/TU of 2021 and 15-KH/TU of 2026 are two terms' plans"},
        {"kind": "number-restart-per-term", "ids": ["05-CT/TU"], "files": ["t04_tu_ct05_2017.txt", "t05_tu_ct05_2021.txt"],
         "must_not": ["duplicate-identity", "metadata-conflict", "temporal", "superseded-citation"],
         "what": "05-CT/TU of khóa XVIII and of khóa XIX; the second cites the first with its date and term"},
        {"kind": "same-number-two-bodies", "ids": ["2350/KH-UBND"], "files": ["h11_ubndh_kh2350_2022.txt", "u07_ubndt_kh2350_2022.txt"],
         "must_not": ["duplicate-identity", "cycle", "temporal", "metadata-conflict"],
         "what": "district plan 2350/KH-UBND (15/8/2022) carries out the province's 2350/KH-UBND (28/6/2022)"},
        {"kind": "draft", "ids": ["08/2024/NQ-HĐND", "12/2021/NQ-HĐND", "2210/TTr-UBND"], "files": ["n03_hdnd_nq_2024_duthao.txt"],
         "must_not": ["duplicate-identity", "temporal", "inverse-inconsistency", "superseded-citation"],
         "what": "the draft of the replacement resolution, no number and no day"},
        {"kind": "quoted-header", "ids": ["30-KH/TU"], "files": ["s04_stttt_cv612_2022.txt", "t06_tu_kh30_2022.txt"],
         "must_not": ["duplicate-identity", "temporal", "metadata-conflict"],
         "what": "a letter quotes the header of 30-KH/TU verbatim; its own number is 612/STTTT-VP"},
        {"kind": "obligation-met-by-other-title", "ids": ["02-NQ/TU"], "files": ["t01_tu_nq02_2021.txt"],
         "must_not": ["unmet-obligation"],
         "what": "BTV's plan (15-KH/TU), HĐND's policy resolution (12/2021/NQ-HĐND, other title), UBND's plan (1850/KH-UBND), the district's programme (12-CTr/HU) meet items 1-4"},
        {"kind": "announcement-met-by-other-title", "ids": ["1850/KH-UBND"], "files": ["u01_ubndt_kh1850_2021.html"],
         "must_not": ["overdue-plan"],
         "what": "row 1 (an HĐND resolution on support policy, Quý IV/2021) met by 12/2021/NQ-HĐND; row 3 'Thường xuyên'"},
        {"kind": "replacement-not-yet-in-force", "ids": ["12/2021/NQ-HĐND"], "files": ["u02_ubndt_kh2950_2024.txt"],
         "must_not": ["superseded-citation", "inverse-inconsistency"],
         "what": "plan of 20/7/2024 cites 12/2021; its replacement signed 10/7/2024 is in force only from 01/8/2024"},
        {"kind": "correction-quotes-wrong-date", "ids": ["25/2022/QĐ-UBND", "2350/KH-UBND"], "files": ["u06_ubndt_qd1580_2022_dinhchinh.txt"],
         "must_not": ["metadata-conflict", "superseded-citation", "temporal", "inverse-inconsistency"],
         "what": "đính chính quotes 'ngày 15/6/2022' as the wrong text it corrects"},
        {"kind": "recurring-and-review-done", "ids": ["02-NQ/TU", "15-KH/TU"], "files": ["t02_tu_kh15_2021.md"],
         "must_not": ["overdue-plan"], "requires_planted": {"rule": "overdue-plan", "id": "02-NQ/TU", "file": "t02_tu_kh15_2021.md"},
         "what": "row 1 'Hằng năm' review is recurring; row 2 sơ kết done by 210-BC/TU; row 4 due Quý IV/2026"},
        {"kind": "future-and-recurring-deadline", "ids": ["02-NQ/TU", "15-KH/TU"], "files": ["t08_tu_kh15_2026.txt"],
         "must_not": ["overdue-plan"],
         "what": "'Quý I/2026 và thực hiện thường xuyên' and a sơ kết due Tháng 12/2026"},
        {"kind": "nfd-and-broken-citation", "ids": ["02-NQ/TU"], "files": ["t07_tu_nq02_2025.txt"],
         "must_not": ["dangling", "metadata-conflict", "ambiguous-id", "temporal"],
         "what": "NFD text, 'khoá', 'Số 02-\\nNQ/TU' split over a line; 02-NQ/TU of 2021 resolves"},
        {"kind": "forwarded-email-commune-plan", "ids": ["12-CTr/HU"], "files": ["h09_email_dukh18_2021.txt", "h02_hu_ctr12_2021.txt"],
         "must_not": ["dangling", "temporal", "unmet-obligation"],
         "what": "the commune committee's 18-KH/ĐU, quoted with '> ' in a forwarded mail, meets 'Đảng ủy các xã, thị trấn xây dựng kế hoạch'; the UBND huyện's 135/KH-UBND meets item 2"},
        {"kind": "ocr-slips", "ids": ["12-CTr/HU", "02-NQ/TU"], "files": ["h10_hu_bc95_2022_ocr.txt"],
         "must_not": ["dangling", "ambiguous-id", "metadata-conflict", "temporal"],
         "what": "'sổ', 'Sô', 'Nghi quyết', 'l5/3/2021', spaced '12 - CTr/HU'; cites ids in the corpus"},
    ],
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="corpus")
    ap.add_argument("--key", default="key.json")
    a = ap.parse_args()
    write(a.out)
    with open(a.key, "w", encoding="utf-8") as f:
        json.dump(KEY, f, ensure_ascii=False, indent=1)
    print(f"{len(P)} files, {len(KEY['planted'])} planted, {len(KEY['traps'])} traps, {len(KEY['external'])} external")


if __name__ == "__main__":
    main()
