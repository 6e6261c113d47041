#!/usr/bin/env python3
"""Round 17, wave 1: Quảng Ninh 2016–2026 (Tỉnh ủy, HĐND, UBND tỉnh; Thành ủy and UBND thành phố Cẩm Phả until
30/6/2025; wards before and after the 1/7/2025 merger; Đảng ủy Than Quảng Ninh; Đảng ủy Khối các cơ quan tỉnh).
Usage: gen.py [OUT]   (default ./corpus)"""
import os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)

def party(org, unit, num, place, right_extra=None):
    return layout_header([org, unit, "*", num], ["ĐẢNG CỘNG SẢN VIỆT NAM", "", place])

def state(l1, l2, num, place):
    return layout_header([l1, l2, num], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", place])

# ---------------------------------------------------------------- 01 Tỉnh ủy, khóa XIV (pdftotext -layout)
W(OUT, "01_nq05-tu-2016.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "TỈNH ỦY", "Số 05-NQ/TU", "Quảng Ninh, ngày 22 tháng 7 năm 2016") + """

                                   NGHỊ QUYẾT
              CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XIV)
   về phát triển kinh tế xanh gắn với bảo vệ môi trường vùng than
          giai đoạn 2016 - 2020, định hướng đến năm 2025

   Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2015 - 2020;
căn cứ Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI
về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi
trường, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết về phát triển kinh tế xanh gắn với
bảo vệ môi trường vùng than như sau:

   I. TÌNH HÌNH
   Sau 05 năm chuyển đổi, tỷ trọng khai khoáng trong GRDP của tỉnh giảm từ 31,5% xuống
còn 24,7%; các bãi thải mỏ lộ thiên tại Cẩm Phả, Hạ Long, Uông Bí từng bước được hoàn
nguyên; tuy vậy ô nhiễm bụi, nước thải mỏ tại khu vực Mông Dương, Cửa Ông còn cao.
""" + page_break(1) + """
   II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP
   1. Đến năm 2020, 100% nước thải mỏ được xử lý đạt quy chuẩn; hoàn nguyên tối thiểu
60% diện tích bãi thải đã dừng đổ thải.
   2. Chuyển dịch cơ cấu kinh tế từ "nâu" sang "xanh", phát triển dịch vụ, du lịch.

   III. TỔ CHỨC THỰC HIỆN
   1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực
hiện Nghị quyết phù hợp với tình hình địa phương, đơn vị.
   2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền, phổ biến Nghị quyết.

                                              T/M TỈNH ỦY
                                              BÍ THƯ
                                              (đã ký)
                                              Nguyễn Văn Đọc
""")

# ---------------------------------------------------------------- 02 Tỉnh ủy, khóa XV (Markdown)
W(OUT, "02_nq05-tu-2021.md", """| TỈNH ỦY QUẢNG NINH | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| \\* | *Quảng Ninh, ngày 15 tháng 4 năm 2021* |
| Số 05-NQ/TU | |

# NGHỊ QUYẾT
## CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XV)
### về chuyển đổi xanh, phục hồi môi trường vùng khai thác than đến năm 2025, định hướng đến năm 2030

Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020 - 2025; Nghị quyết số 55-NQ/TW, ngày 11/02/2020 của Bộ Chính trị về định hướng Chiến lược phát triển năng lượng quốc gia của Việt Nam đến năm 2030, tầm nhìn đến năm 2045; trên cơ sở kết quả 05 năm tiếp tục thực hiện Nghị quyết số 05-NQ/TU, ngày 22/7/2016 của Ban Chấp hành Đảng bộ tỉnh (khóa XIV) về phát triển kinh tế xanh gắn với bảo vệ môi trường vùng than, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết như sau:

**I. MỤC TIÊU**

1. Đến năm 2025, hoàn nguyên 80% diện tích bãi thải đã dừng hoạt động; không còn điểm nóng về bụi tại phường Cẩm Thạch, Cẩm Thủy, Cửa Ông.
2. Đến năm 2030, kinh tế xanh đóng góp trên 45% GRDP.

**II. NHIỆM VỤ, GIẢI PHÁP** (05 nhóm giải pháp)

1. Hoàn thiện thể chế, cơ chế, chính sách.
2. Phục hồi môi trường sau khai thác.
3. Phát triển năng lượng sạch, hạ tầng xanh.
4. Chuyển đổi số trong quản lý tài nguyên, môi trường.
5. Nâng cao nhận thức, trách nhiệm của doanh nghiệp ngành than.

**III. TỔ CHỨC THỰC HIỆN**

1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết; chỉ đạo rà soát, trình ban hành quy định thay thế các quy định không còn phù hợp.
2. Thành ủy Cẩm Phả xây dựng chương trình hành động thực hiện Nghị quyết, trọng tâm là khu vực Mông Dương, Cửa Ông, Cẩm Thạch.
3. Đảng ủy Than Quảng Ninh ban hành nghị quyết chuyên đề thực hiện Nghị quyết trong các doanh nghiệp ngành than trên địa bàn.
4. Đảng ủy Khối các cơ quan tỉnh xây dựng kế hoạch thực hiện Nghị quyết trong các cơ quan, đơn vị thuộc Khối.
5. Văn phòng Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc; định kỳ báo cáo Ban Thường vụ Tỉnh ủy.

Nghị quyết này được phổ biến đến chi bộ.

> T/M TỈNH ỦY
> BÍ THƯ
> *(đã ký)*
> Nguyễn Xuân Ký
""")

# ---------------------------------------------------------------- 03 Tỉnh ủy plan, .docx with a task table split by a page break
hdr = [["TỈNH ỦY QUẢNG NINH", "*", "Số 12-KH/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Ninh, ngày 20 tháng 5 năm 2021"]]
rows = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Hoàn nguyên các bãi thải đã dừng đổ thải tại Cẩm Phả, Hạ Long", "Sở Tài nguyên và Môi trường", "Sở Công Thương, Than Quảng Ninh", "Quý IV/2021"],
        ["2", "Sửa đổi, bổ sung Quy định số 08-QĐ/TU, ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu trong công tác bảo vệ môi trường", "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Quý II/2022"],
        ["3", "Ban hành Hướng dẫn thực hiện Nghị quyết số 05-NQ/TU", "Ban Tuyên giáo Tỉnh ủy", "Các ban đảng", "Quý III/2021"],
        ["4", "Sơ kết 03 năm thực hiện Nghị quyết số 05-NQ/TU", "Văn phòng Tỉnh ủy", "Các sở, ngành", "Quý II/2024"]]
rows2 = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
         ["5", "Tổng kết 05 năm thực hiện Nghị quyết số 05-NQ/TU", "Văn phòng Tỉnh ủy", "Các sở, ngành, địa phương", "Quý III/2025"]]
docx(os.path.join(OUT, "03_kh12-tu-2021.docx"), [
    ("t", [hdr], False),
    ("p", "KẾ HOẠCH", True, True),
    ("p", "thực hiện Nghị quyết số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi xanh, phục hồi môi trường vùng khai thác than", True, True),
    ("p", "-----"),
    ("p", "Để triển khai thực hiện Nghị quyết số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh (khóa XV), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:"),
    ("p", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết thành các nhiệm vụ cụ thể, phân công rõ cơ quan chủ trì, thời gian hoàn thành."),
    ("p", "II. NHIỆM VỤ CỤ THỂ"),
    ("t", rows), ("pb",), ("t", rows2),
    ("p", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các cơ quan được giao chủ trì chủ động triển khai; định kỳ 6 tháng báo cáo kết quả về Văn phòng Tỉnh ủy."),
    ("p", "T/M BAN THƯỜNG VỤ"), ("p", "PHÓ BÍ THƯ THƯỜNG TRỰC"), ("p", "Trần Văn Hải"),
])

# ---------------------------------------------------------------- 04 Quy định 08-QĐ/TU (layout)
W(OUT, "04_qd08-tu-2019.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "TỈNH ỦY", "Số 08-QĐ/TU", "Quảng Ninh, ngày 12 tháng 3 năm 2019") + """

                                   QUY ĐỊNH
   về trách nhiệm của người đứng đầu cấp ủy, chính quyền trong công tác bảo vệ môi trường
                           -----

   - Căn cứ Điều lệ Đảng;
   - Căn cứ Nghị quyết số 05-NQ/TU, ngày 22/7/2016 của Ban Chấp hành Đảng bộ tỉnh về phát
triển kinh tế xanh gắn với bảo vệ môi trường vùng than;
   - Căn cứ Luật Bảo vệ môi trường số 55/2014/QH13,
   Ban Thường vụ Tỉnh ủy quy định như sau:

   Điều 1. Phạm vi điều chỉnh
   Quy định này quy định trách nhiệm của người đứng đầu cấp ủy, chính quyền các cấp trong
công tác bảo vệ môi trường, nhất là tại các địa bàn có hoạt động khai thác than.

   Điều 2. Trách nhiệm
   1. Chịu trách nhiệm khi để xảy ra ô nhiễm môi trường nghiêm trọng trên địa bàn.
   2. Chỉ đạo xử lý dứt điểm các điểm nóng về môi trường.

   Điều 3. Hiệu lực thi hành
   Quy định này có hiệu lực kể từ ngày ký.

                                              T/M BAN THƯỜNG VỤ
                                              BÍ THƯ
                                              Nguyễn Văn Đọc
""")

# ---------------------------------------------------------------- 05 Quy định 21-QĐ/TU amending 08 (portal page)
body = """<h1 class="title">Quy định số 21-QĐ/TU sửa đổi, bổ sung một số điều của Quy định số 08-QĐ/TU</h1>
<div class="meta">Ngày đăng: 10/06/2022 | Lượt xem: 1.204</div>
<table class="header"><tr><td><p>TỈNH ỦY QUẢNG NINH</p><p>*</p><p>Số 21-QĐ/TU</p></td>
<td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p><i>Quảng Ninh, ngày 08 tháng 6 năm 2022</i></p></td></tr></table>
<p style="text-align:center"><b>QUY ĐỊNH</b></p>
<p style="text-align:center"><b>sửa đổi, bổ sung một số điều của Quy định số 08-QĐ/TU, ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu cấp ủy, chính quyền trong công tác bảo vệ môi trường</b></p>
<p>- Căn cứ Nghị quyết số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh (khóa XV);</p>
<p>- Căn cứ Kế hoạch số 12-KH/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy,</p>
<p>Ban Thường vụ Tỉnh ủy quy định sửa đổi, bổ sung một số điều của Quy định số 08-QĐ/TU, ngày 12/3/2019 như sau:</p>
<p><b>Điều 1.</b> Sửa đổi khoản 2 Điều 2 như sau: "2. Chỉ đạo xử lý dứt điểm các điểm nóng về môi trường trong thời hạn 12 tháng."</p>
<p><b>Điều 2.</b> Quy định này có hiệu lực kể từ ngày ký.</p>
<p style="text-align:right"><b>T/M BAN THƯỜNG VỤ<br>BÍ THƯ</b><br>Nguyễn Xuân Ký</p>"""
W(OUT, "05_qd21-tu-2022.html", portal("Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ninh", ["Trang chủ", "Văn bản", "Văn bản của Tỉnh ủy"],
    "Quy định số 21-QĐ/TU", body,
    ["Nghị quyết số 48/2025/NQ-HĐND ngày 25/9/2025 của HĐND tỉnh", "Quyết định số 07/2025/QĐ-UBND ngày 10/3/2025", "Kế hoạch số 75/KH-UBND ngày 20/3/2025 của UBND tỉnh"]))

# ---------------------------------------------------------------- 06 Quy định 45-QĐ/TU replacing 08 and 21 (layout)
W(OUT, "06_qd45-tu-2024.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "TỈNH ỦY", "Số 45-QĐ/TU", "Quảng Ninh, ngày 20 tháng 9 năm 2024") + """

                                   QUY ĐỊNH
   về trách nhiệm của người đứng đầu cấp ủy, chính quyền trong công tác bảo vệ môi trường
                 và phục hồi môi trường sau khai thác khoáng sản

   - Căn cứ Điều lệ Đảng;
   - Căn cứ Nghị quyết số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh về
chuyển đổi xanh, phục hồi môi trường vùng khai thác than;
   - Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14,
   Ban Thường vụ Tỉnh ủy quy định như sau:

   Điều 1. Phạm vi, đối tượng
   Quy định này áp dụng đối với người đứng đầu cấp ủy, chính quyền các cấp, các doanh
nghiệp có hoạt động khai thác khoáng sản trên địa bàn tỉnh.

   Điều 2. Trách nhiệm của người đứng đầu
   (gồm 03 nhóm trách nhiệm)
""" + page_break(1) + """
   Điều 5. Hiệu lực thi hành
   Quy định này có hiệu lực kể từ ngày ký và thay thế Quy định số 08-QĐ/TU, ngày
12/3/2019 của Ban Thường vụ Tỉnh ủy và Quy định số 21-QĐ/TU, ngày 08/6/2022 của Ban
Thường vụ Tỉnh ủy sửa đổi, bổ sung một số điều của Quy định số 08-QĐ/TU.

                                              T/M BAN THƯỜNG VỤ
                                              BÍ THƯ
                                              Vũ Đại Thắng
""")

# ---------------------------------------------------------------- 07 UBND tỉnh plan, Word "plain text" with tab tables
W(OUT, "07_kh98-ubnd-2021.txt", """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NINH\tĐộc lập - Tự do - Hạnh phúc
Số: 98/KH-UBND\tQuảng Ninh, ngày 25 tháng 6 năm 2021

KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi xanh, phục hồi môi trường vùng khai thác than đến năm 2025, định hướng đến năm 2030

Thực hiện Nghị quyết số 05-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 12-KH/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy; căn cứ Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý bãi thải mỏ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Xác định cụ thể nhiệm vụ, lộ trình, trách nhiệm của các sở, ngành, địa phương.

II. NHIỆM VỤ CỤ THỂ
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
\tNăm 2021 (03 nhiệm vụ)\t\t\t
1\tRà soát quy hoạch các bãi thải mỏ trên địa bàn tỉnh\tSở Tài nguyên và Môi trường\tSở Công Thương\tQuý III/2021
2\tLắp đặt trạm quan trắc tự động nước thải mỏ\tSở Tài nguyên và Môi trường\tThan Quảng Ninh\tQuý IV/2021
3\tTuyên truyền về chuyển đổi xanh\tSở Thông tin và Truyền thông\tBáo Quảng Ninh\tThường xuyên
\tNăm 2022 (04 nhiệm vụ)\t\t\t
4\tXây dựng cơ sở dữ liệu môi trường vùng than\tSở Tài nguyên và Môi trường\tSở Thông tin và Truyền thông\tQuý II/2022
5\tHỗ trợ chuyển đổi nghề cho lao động mỏ\tSở Lao động - Thương binh và Xã hội\tUBND các huyện, thị xã, thành phố\tNăm 2022
6\tPhát triển du lịch trải nghiệm mỏ\tSở Du lịch\tUBND thành phố Cẩm Phả\tQuý IV/2022
\tNăm 2023 (02 nhiệm vụ)\t\t\t
7\tXây dựng Quy định thay thế Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh về quản lý bãi thải mỏ\tSở Tài nguyên và Môi trường\tSở Tư pháp\tNăm 2023
8\tTuyên truyền kết quả chuyển đổi xanh trên báo chí\tSở Thông tin và Truyền thông\tCác cơ quan báo chí\tQuý IV/2023

III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành theo chức năng, nhiệm vụ xây dựng kế hoạch chi tiết để triển khai.
2. UBND các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện tại địa phương.

\tTM. ỦY BAN NHÂN DÂN
\tKT. CHỦ TỊCH
\tPHÓ CHỦ TỊCH
\tĐặng Huy Hậu
""", crlf=True)

# ---------------------------------------------------------------- 08 Tỉnh ủy programme of action with its own review rows (Markdown)
W(OUT, "08_ctr10-tu-2021.md", """**TỈNH ỦY QUẢNG NINH**
\\*
Số 10-CTr/TU

*Quảng Ninh, ngày 30 tháng 6 năm 2021*

# CHƯƠNG TRÌNH HÀNH ĐỘNG
## thực hiện Nghị quyết số 55-NQ/TW, ngày 11/02/2020 của Bộ Chính trị về định hướng Chiến lược phát triển năng lượng quốc gia của Việt Nam đến năm 2030, tầm nhìn đến năm 2045

Thực hiện Nghị quyết số 55-NQ/TW, ngày 11/02/2020 của Bộ Chính trị, gắn với Nghị quyết số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:

### I. MỤC TIÊU
Bảo đảm cung ứng đủ than cho sản xuất điện; giảm cường độ năng lượng; phát triển điện mặt trời áp mái, điện gió ngoài khơi tại Vân Đồn, Cô Tô.

### II. NHIỆM VỤ CỤ THỂ

| TT | Nội dung | Cơ quan chủ trì | Thời gian |
|---|---|---|---|
| 1 | Rà soát quy hoạch phát triển điện lực của tỉnh | Sở Công Thương | Quý IV/2021 |
| 2 | Kêu gọi đầu tư dự án điện gió ngoài khơi | Sở Công Thương | Năm 2023 |
| 3 | Sơ kết 03 năm thực hiện Chương trình hành động | Văn phòng Tỉnh ủy | Quý III/2024 |
| 4 | Tổng kết 05 năm thực hiện Chương trình này | Văn phòng Tỉnh ủy | Tháng 12/2025 |

### III. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả.

**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**
Nguyễn Xuân Ký
""")

# ---------------------------------------------------------------- 09 Báo cáo sơ kết 05-NQ/TU (layout, 2 pages)
W(OUT, "09_bc410-tu-2024.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "TỈNH ỦY", "Số 410-BC/TU", "Quảng Ninh, ngày 12 tháng 6 năm 2024") + """

                                    BÁO CÁO
          sơ kết 03 năm thực hiện Nghị quyết số 05-NQ/TU, ngày 15/4/2021
      của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi xanh, phục hồi môi trường
                           vùng khai thác than

   Thực hiện Kế hoạch số 12-KH/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường
vụ Tỉnh ủy báo cáo sơ kết 03 năm thực hiện Nghị quyết số 05-NQ/TU như sau:

   I. KẾT QUẢ
   1. Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 98/KH-UBND ngày 25/6/2021; Quyết định
số 22/2023/QĐ-UBND ngày 14/7/2023 thay thế Quyết định số 15/2019/QĐ-UBND về quản lý bãi
thải mỏ. Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 15-HD/BTGTU, ngày 10/8/2021.
   2. Đảng ủy Than Quảng Ninh ban hành Nghị quyết số 09-NQ/ĐU, ngày 20/7/2021.
""" + page_break(1) + """
   3. Đã hoàn nguyên 1.240 ha bãi thải (đạt 72%); 100% nước thải mỏ được xử lý.

   II. HẠN CHẾ
   Việc sửa đổi Quy định số 08-QĐ/TU được thực hiện bằng Quy định số 21-QĐ/TU, ngày
08/6/2022; tuy nhiên một số nội dung chưa theo kịp Luật Bảo vệ môi trường năm 2020.

   III. NHIỆM VỤ THỜI GIAN TỚI
   Chuẩn bị tổng kết 05 năm thực hiện Nghị quyết vào năm 2025.

                                              T/M BAN THƯỜNG VỤ
                                              PHÓ BÍ THƯ THƯỜNG TRỰC
                                              Trịnh Thị Minh Thanh
""")

# ---------------------------------------------------------------- 10 Báo cáo sơ kết 10-CTr/TU (Markdown)
W(OUT, "10_bc455-tu-2024.md", """TỈNH ỦY QUẢNG NINH  
\\*  
Số 455-BC/TU  

ĐẢNG CỘNG SẢN VIỆT NAM  
*Quảng Ninh, ngày 20 tháng 9 năm 2024*

# BÁO CÁO
## Sơ kết 03 năm thực hiện Chương trình hành động số 10-CTr/TU, ngày 30/6/2021 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 55-NQ/TW của Bộ Chính trị

**I. KẾT QUẢ THỰC HIỆN**

1. Ngày 20/9/2024, Ban Thường vụ Tỉnh ủy ban hành Quy định số 45-QĐ/TU về trách nhiệm của người đứng đầu trong công tác bảo vệ môi trường và phục hồi môi trường sau khai thác khoáng sản.
2. Thực hiện Kết luận số 12-KL/TU, ngày 20/5/2022 của Ban Tổ chức Tỉnh ủy về đẩy nhanh tiến độ các dự án điện mặt trời áp mái, các sở, ngành đã tháo gỡ vướng mắc cho 37 dự án.
3. Sản lượng than tiêu thụ năm 2023 đạt 43,5 triệu tấn.

**II. PHƯƠNG HƯỚNG**

Tiếp tục thực hiện Chương trình; chuẩn bị tổng kết vào cuối năm 2025.

**T/M BAN THƯỜNG VỤ**  
**PHÓ BÍ THƯ THƯỜNG TRỰC**  
Trịnh Thị Minh Thanh
""")

# ---------------------------------------------------------------- 11 Thông báo kết luận (OCR-like text of a scan)
W(OUT, "11_tb1250-tu-2025.txt", ocr_noise("""TỈNH ỦY QUẢNG NINH          ĐẢNG CỘNG SẢN VIỆT NAM
       *
Số 1250-TB/TU               Quảng Ninh, ngày 05 tháng 8 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY
về việc kết thúc hoạt động của các đảng bộ huyện, thị xã, thành phố và thành lập
đảng bộ các xã, phường, đặc khu

Thực hiện Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số
nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm
2025 và Nghị quyết số 202/2025/QH15, ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành
chính cấp tỉnh, Ban Thường vụ Tỉnh ủy kết luận như sau:

1. Các đảng bộ huyện, thị xã, thành phố (trong đó có Đảng bộ thành phố Cẩm Phả) kết thúc
hoạt động từ ngày 01/7/2025. Các văn bản do Thành ủy Cẩm Phả ban hành còn hiệu lực được
các đảng ủy phường, xã kế thừa thực hiện.
2. Đảng ủy các phường Cẩm Phả, Quang Hanh, Cửa Ông, Mông Dương và xã Hải Hòa rà soát
các văn bản do Thành ủy Cẩm Phả ban hành còn hiệu lực, báo cáo kết quả về Văn phòng Tỉnh ủy
trước ngày 30/11/2025.
3. Văn phòng Tỉnh ủy theo dõi, tổng hợp.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
(đã ký)
"""))

# ---------------------------------------------------------------- 12 Tỉnh ủy khóa XVI, numbers restarted (layout)
W(OUT, "12_nq05-tu-2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "TỈNH ỦY", "Số 05-NQ/TU", "Quảng Ninh, ngày 30 tháng 12 năm 2025") + """

                                   NGHỊ QUYẾT
              CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)
       về phát triển đô thị xanh, thông minh tại các phường vùng than
                    giai đoạn 2026 - 2030

   Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030;
Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa
học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; kế thừa kết quả thực hiện
Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XV về chuyển đổi xanh, Ban
Chấp hành Đảng bộ tỉnh ban hành Nghị quyết như sau:

   I. MỤC TIÊU
   Đến năm 2030, các phường Cẩm Phả, Quang Hanh, Cửa Ông, Mông Dương đạt tiêu chí đô thị
xanh; 100% thủ tục hành chính được giải quyết trực tuyến toàn trình.

   II. TỔ CHỨC THỰC HIỆN
   1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực
hiện Nghị quyết.
   2. Đảng ủy các phường, xã, đặc khu xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành
trong Quý I/2026.

                                              T/M TỈNH ỦY
                                              BÍ THƯ
                                              (đã ký)
""")

# ---------------------------------------------------------------- 13 Thành ủy Cẩm Phả plan 2016 (.docx)
docx(os.path.join(OUT, "13_kh24-thu-2016.docx"), [
    ("t", [[["ĐẢNG BỘ TỈNH QUẢNG NINH", "THÀNH ỦY CẨM PHẢ", "*", "Số 24-KH/ThU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Phả, ngày 15 tháng 9 năm 2016"]]], False),
    ("p", "KẾ HOẠCH", True, True),
    ("p", "thực hiện Nghị quyết số 05-NQ/TU, ngày 22/7/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế xanh gắn với bảo vệ môi trường vùng than", True, True),
    ("p", "Thực hiện Nghị quyết số 05-NQ/TU, ngày 22/7/2016 của Ban Chấp hành Đảng bộ tỉnh (khóa XIV), Ban Thường vụ Thành ủy xây dựng Kế hoạch thực hiện như sau:"),
    ("p", "1. Hoàn nguyên các bãi thải Đèo Bụt, Khe Chàm; di dời các hộ dân khỏi vùng ảnh hưởng."),
    ("p", "2. Tuyên truyền sâu rộng trong cán bộ, đảng viên và nhân dân."),
    ("p", "T/M BAN THƯỜNG VỤ"), ("p", "BÍ THƯ"), ("p", "Phạm Văn Thành"),
])

# ---------------------------------------------------------------- 14 Thành ủy programme 2021 (NFD)
W(OUT, "14_ctr15-thu-2021.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "THÀNH ỦY CẨM PHẢ", "Số 15-CTr/ThU", "Cẩm Phả, ngày 10 tháng 6 năm 2021") + """

                            CHƯƠNG TRÌNH HÀNH ĐỘNG
   thực hiện Nghị quyết số 05-NQ/TU, ngày 15/5/2021 của Ban Chấp hành Đảng bộ tỉnh
      về chuyển đổi xanh, phục hồi môi trường vùng khai thác than

   Thực hiện Nghị quyết số 05-NQ/TU, ngày 15/5/2021 của Ban Chấp hành Đảng bộ tỉnh khóa
XV, Ban Thường vụ Thành ủy Cẩm Phả ban hành Chương trình hành động như sau:

   I. NHIỆM VỤ TRỌNG TÂM
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tDi dời 320 hộ dân khu vực bãi thải Đông Cao Sơn\tUBND thành phố\tNăm 2022
2\tCải tạo cảnh quan tuyến đường 18A đoạn qua Cửa Ông\tUBND thành phố\tQuý IV/2023
3\tSơ kết 03 năm thực hiện Chương trình này\tVăn phòng Thành ủy\tQuý III/2024

   II. TỔ CHỨC THỰC HIỆN
   1. Ban cán sự đảng UBND thành phố lãnh đạo UBND thành phố cụ thể hóa bằng kế hoạch.
   2. Đảng ủy các phường, xã xây dựng kế hoạch thực hiện Chương trình, hoàn thành trước
ngày 30/6/2021.

                                              T/M BAN THƯỜNG VỤ
                                              BÍ THƯ
                                              Lê Văn Ánh
""", nfd=True)

# ---------------------------------------------------------------- 15 Báo cáo sơ kết 15-CTr/ThU (Markdown)
W(OUT, "15_bc310-thu-2024.md", """| ĐẢNG BỘ TỈNH QUẢNG NINH<br>THÀNH ỦY CẨM PHẢ<br>\\*<br>Số 310-BC/ThU | ĐẢNG CỘNG SẢN VIỆT NAM<br>*Cẩm Phả, ngày 25 tháng 9 năm 2024* |
|---|---|

# BÁO CÁO
**Sơ kết 03 năm thực hiện Chương trình hành động số 15-CTr/ThU, ngày 10/6/2021 của Ban Thường vụ Thành ủy**

1. Đã di dời 298/320 hộ dân khu vực bãi thải Đông Cao Sơn (đạt 93%).
2. Các đảng ủy phường đã ban hành kế hoạch thực hiện (Đảng ủy phường Cẩm Thạch: Kế hoạch số 18-KH/ĐU, ngày 25/6/2021).
3. Ủy ban nhân dân thành phố ban hành Kế hoạch số 215/KH-UBND ngày 25/7/2023.

**T/M BAN THƯỜNG VỤ**  
**BÍ THƯ**  
Lê Văn Ánh
""")

# ---------------------------------------------------------------- 16 QĐ 22/2023 replacing 15/2019, effect later than signing (layout)
W(OUT, "16_qd22-2023-ubnd.txt", state("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 22/2023/QĐ-UBND", "Quảng Ninh, ngày 14 tháng 7 năm 2023") + """

                                  QUYẾT ĐỊNH
           Ban hành Quy định quản lý bãi thải mỏ trên địa bàn tỉnh Quảng Ninh

                         ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH

   Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
   Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14;
   Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi
tiết một số điều của Luật Bảo vệ môi trường;
   Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.

                                   QUYẾT ĐỊNH:

   Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý bãi thải mỏ trên địa bàn tỉnh.
   Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2023 và thay thế
Quyết định số 15/2019/QĐ-UBND ngày 20 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh ban hành
Quy định quản lý bãi thải mỏ.
   Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện, thị xã,
thành phố chịu trách nhiệm thi hành Quyết định này./.

                                              TM. ỦY BAN NHÂN DÂN
                                              CHỦ TỊCH
                                              Cao Tường Huy
""")

# ---------------------------------------------------------------- 17 QĐ 07/2025 "replacing" 15/2019 again (Word-exported HTML)
W(OUT, "17_qd07-2025-ubnd.html", """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<title>QĐ 07 2025</title><style><!-- p.MsoNormal {margin:0cm; font-size:14.0pt; font-family:"Times New Roman"} --></style></head>
<body lang=VI style='tab-interval:36.0pt'>
<div class=WordSection1>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
 <tr>
  <td width=236 valign=top><p class=MsoNormal align=center style='text-align:center'><span>ỦY BAN NHÂN DÂN</span></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span>TỈNH QUẢNG NINH</span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><span>Số: 07/2025/QĐ-UBND</span></p></td>
  <td width=392 valign=top><p class=MsoNormal align=center style='text-align:center'><b><span>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span>Độc lập - Tự do - Hạnh phúc</span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><i><span>Quảng Ninh, ngày 10 tháng 3 năm 2025</span></i></p></td>
 </tr>
</table>
<p class=MsoNormal align=center style='text-align:center'><b><span>QUYẾT ĐỊNH</span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span>Ban hành Quy định phân cấp quản lý bãi thải mỏ, phù hợp với tổ chức<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span>của các sở, ngành từ ngày 01/3/2025</span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span>ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH</span></b></p>
<p class=MsoNormal style='text-indent:36.0pt'><span>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;</span></p>
<p class=MsoNormal style='text-indent:36.0pt'><span>Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ;</span></p>
<p class=MsoNormal style='text-indent:36.0pt'><span>Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường (được thành lập trên cơ sở hợp nhất Sở Tài nguyên và Môi trường và Sở Nông nghiệp và Phát triển nông thôn từ ngày 01/3/2025).</span></p>
<p class=MsoNormal align=center style='text-align:center'><b><span>QUYẾT ĐỊNH:</span></b></p>
<p class=MsoNormal style='text-indent:36.0pt'><b><span>Điều 1.</span></b><span> Ban hành kèm theo Quyết định này Quy định phân cấp quản lý bãi thải mỏ trên địa bàn tỉnh.</span></p>
<p class=MsoNormal style='text-indent:36.0pt'><b><span>Điều 2.</span></b><span> Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2025 và thay thế Quyết định số 15/2019/QĐ-UBND ngày 20 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh.</span></p>
<p class=MsoNormal style='text-indent:36.0pt'><b><span>Điều 3.</span></b><span> Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.</span></p>
<p class=MsoNormal align=right style='text-align:right'><b><span>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</span></b></p>
<p class=MsoNormal align=right style='text-align:right'><span>Cao Tường Huy</span></p>
</div></body></html>
""", crlf=True)

# ---------------------------------------------------------------- 18 QĐ 15/2019 itself (Markdown)
W(OUT, "18_qd15-2019-ubnd.md", """**ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH**  
Số: 15/2019/QĐ-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
**Độc lập - Tự do - Hạnh phúc**  
*Quảng Ninh, ngày 20 tháng 5 năm 2019*

## QUYẾT ĐỊNH
### Ban hành Quy định quản lý bãi thải mỏ trên địa bàn tỉnh Quảng Ninh

Căn cứ Luật Bảo vệ môi trường số 55/2014/QH13;

Căn cứ Nghị định số 40/2019/NĐ-CP ngày 13 tháng 5 năm 2019 của Chính phủ;

Căn cứ Quy định số 08-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy;

**Điều 1.** Ban hành kèm theo Quyết định này Quy định quản lý bãi thải mỏ.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2019.

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**  
Nguyễn Đức Long
""")

# ---------------------------------------------------------------- 19 UBND TP Cẩm Phả plan between signing and effect (layout)
W(OUT, "19_kh215-ubnd-campha-2023.txt", state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẨM PHẢ", "Số: 215/KH-UBND", "Cẩm Phả, ngày 25 tháng 7 năm 2023") + """

                                    KẾ HOẠCH
              Cải tạo, phục hồi môi trường các bãi thải mỏ năm 2023 - 2024

   Căn cứ Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh ban hành Quy định
quản lý bãi thải mỏ trên địa bàn tỉnh Quảng Ninh;
   Thực hiện Kế hoạch số 98/KH-UBND ngày 25/6/2021 của UBND tỉnh và Chương trình hành
động số 15-CTr/ThU ngày 10/6/2021 của Ban Thường vụ Thành ủy Cẩm Phả, UBND thành phố ban
hành Kế hoạch như sau:

   1. Hoàn nguyên bãi thải Đông Cao Sơn, Khe Chàm (62 ha), hoàn thành Quý IV/2024.
   2. Phòng Tài nguyên và Môi trường chủ trì kiểm tra, giám sát.

                                              TM. ỦY BAN NHÂN DÂN
                                              CHỦ TỊCH
                                              Nguyễn Anh Tú
""")

# ---------------------------------------------------------------- 20 Đảng ủy Than Quảng Ninh (.docx)
docx(os.path.join(OUT, "20_nq09-du-than-2021.docx"), [
    ("t", [[["ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY THAN QUẢNG NINH", "*", "Số 09-NQ/ĐU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 20 tháng 7 năm 2021"]]], False),
    ("p", "NGHỊ QUYẾT", True, True),
    ("p", "về chuyển đổi xanh trong sản xuất, kinh doanh than giai đoạn 2021 - 2025", True, True),
    ("p", "Thực hiện Nghị quyết số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi xanh, phục hồi môi trường vùng khai thác than; Nghị quyết số 55-NQ/TW, ngày 11/02/2020 của Bộ Chính trị, Ban Chấp hành Đảng bộ Than Quảng Ninh quyết nghị:"),
    ("p", "1. 100% mỏ hầm lò áp dụng cơ giới hóa đồng bộ; giảm 30% lượng đất đá thải so với năm 2020."),
    ("p", "2. Đẩy mạnh ứng dụng công nghệ xử lý nước thải mỏ."),
    ("p", "T/M ĐẢNG ỦY"), ("p", "BÍ THƯ"), ("p", "Ngô Hoàng Ngân"),
])

# ---------------------------------------------------------------- 21 new ward's Party committee, same number as Than QN's
W(OUT, "21_nq09-du-phuongcampha-2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY PHƯỜNG CẨM PHẢ", "Số 09-NQ/ĐU", "Cẩm Phả, ngày 20 tháng 10 năm 2025") + """

                                   NGHỊ QUYẾT
         về nhiệm vụ bảo vệ môi trường, chỉnh trang đô thị những tháng cuối năm 2025

   Ban Chấp hành Đảng bộ phường (khóa I, nhiệm kỳ 2025 - 2030) quyết nghị:
   1. Tiếp tục thực hiện các nhiệm vụ theo Chương trình hành động số 15-CTr/ThU ngày
10/6/2021 của Ban Thường vụ Thành ủy Cẩm Phả (cũ) trên địa bàn phường.
   2. Người đứng đầu các chi bộ thực hiện trách nhiệm theo Quy định số 08-QĐ/TU ngày
12/3/2019 của Ban Thường vụ Tỉnh ủy (nay đã được thay thế bằng Quy định số 45-QĐ/TU ngày
20/9/2024).
   3. Phối hợp với Đảng ủy Than Quảng Ninh triển khai Nghị quyết số 09-NQ/ĐU ngày 20/7/2021
của Đảng ủy Than Quảng Ninh tại các mỏ trên địa bàn phường.

                                              T/M ĐẢNG ỦY
                                              BÍ THƯ
                                              Hoàng Bá Nam
""")

# ---------------------------------------------------------------- 22 Đảng ủy Khối (NFD): plan dated before what it carries out
W(OUT, "22_kh45-duk-2022.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Số 45-KH/ĐUK", "Hạ Long, ngày 10 tháng 3 năm 2022") + """

                                    KẾ HOẠCH
       thực hiện Kết luận số 12-KL/TU, ngày 20/5/2022 của Ban Thường vụ Tỉnh ủy
          về đẩy nhanh tiến độ các dự án điện mặt trời áp mái tại công sở

   Thực hiện Kết luận số 12-KL/TU, ngày 20/5/2022 của Ban Thường vụ Tỉnh ủy, Ban Thường
vụ Đảng ủy Khối xây dựng Kế hoạch thực hiện như sau:
   1. 100% trụ sở cơ quan thuộc Khối lắp đặt điện mặt trời áp mái trong năm 2022.
   2. Văn phòng Đảng ủy Khối theo dõi, tổng hợp kết quả.

                                              T/M BAN THƯỜNG VỤ
                                              BÍ THƯ
                                              Đỗ Thị Thu Hà
""", nfd=True)

# ---------------------------------------------------------------- 23 Kết luận 12-KL/TU (Markdown)
W(OUT, "23_kl12-tu-2022.md", """TỈNH ỦY QUẢNG NINH · Số 12-KL/TU · *Quảng Ninh, ngày 20 tháng 5 năm 2022*

# KẾT LUẬN
## CỦA BAN THƯỜNG VỤ TỈNH ỦY
### về đẩy nhanh tiến độ các dự án điện mặt trời áp mái tại công sở, doanh nghiệp

Sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo, Ban Thường vụ Tỉnh ủy kết luận:

1. Tiếp tục thực hiện nghiêm Chương trình hành động số 10-CTr/TU, ngày 30/6/2021 của Ban Thường vụ Tỉnh ủy.
2. Người đứng đầu các cơ quan thực hiện đúng Quy định số 08-QĐ/TU, ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy.
3. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo tháo gỡ vướng mắc về thủ tục đấu nối, hoàn thành trong năm 2022.

**T/M BAN THƯỜNG VỤ**  
**BÍ THƯ**  
Nguyễn Xuân Ký
""")

# ---------------------------------------------------------------- 24 ward Cẩm Thạch plan 2021 (layout)
W(OUT, "24_kh18-du-camthach-2021.txt", party("ĐẢNG BỘ THÀNH PHỐ CẨM PHẢ", "ĐẢNG ỦY PHƯỜNG CẨM THẠCH", "Số 18-KH/ĐU", "Cẩm Thạch, ngày 25 tháng 6 năm 2021") + """

                                    KẾ HOẠCH
          thực hiện Chương trình hành động số 15-CTr/ThU, ngày 10/6/2021
                    của Ban Thường vụ Thành ủy Cẩm Phả

   Thực hiện Chương trình hành động số 15-CTr/ThU, ngày 10/6/2021 của Ban Thường vụ Thành
ủy thực hiện Nghị quyết số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh, Đảng
ủy phường xây dựng Kế hoạch như sau:
   1. Vận động 46 hộ dân tổ 3, khu 4 di dời khỏi vùng ảnh hưởng bãi thải.
   2. Ra quân vệ sinh môi trường vào ngày Chủ nhật cuối tháng.

                                              T/M ĐẢNG ỦY
                                              BÍ THƯ
                                              Vũ Văn Khải
""")

# ---------------------------------------------------------------- 25/26 Thành ủy and UBND thành phố citing each other
W(OUT, "25_kh35-thu-2024.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "THÀNH ỦY CẨM PHẢ", "Số 35-KH/ThU", "Cẩm Phả, ngày 12 tháng 01 năm 2024") + """

                                    KẾ HOẠCH
                   chỉnh trang đô thị, cải thiện môi trường năm 2024

   Căn cứ Kế hoạch số 120/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân thành phố về chỉnh
trang đô thị năm 2024, Ban Thường vụ Thành ủy ban hành Kế hoạch lãnh đạo thực hiện như sau:
   1. Các đảng ủy phường, xã lãnh đạo ra quân chỉnh trang đô thị.
   2. Ban Tuyên giáo Thành ủy tuyên truyền.

                                              T/M BAN THƯỜNG VỤ
                                              BÍ THƯ
                                              Lê Văn Ánh
""")
W(OUT, "26_kh120-ubnd-campha-2024.md", """**ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ**  
Số: 120/KH-UBND  
*Cẩm Phả, ngày 12 tháng 01 năm 2024*

## KẾ HOẠCH
### Chỉnh trang đô thị năm 2024

Thực hiện Kế hoạch số 35-KH/ThU ngày 12/01/2024 của Ban Thường vụ Thành ủy Cẩm Phả về chỉnh trang đô thị, cải thiện môi trường năm 2024, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:

1. Cải tạo 12 tuyến phố chính, hoàn thành Quý III/2024.
2. Trồng 5.000 cây xanh trên tuyến đường bao biển.

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**  
Nguyễn Anh Tú
""")

# ---------------------------------------------------------------- 27 new ward's plan 2026 (layout): cites a replaced rule
W(OUT, "27_kh12-du-phuongcampha-2026.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY PHƯỜNG CẨM PHẢ", "Số 12-KH/ĐU", "Cẩm Phả, ngày 15 tháng 01 năm 2026") + """

                                    KẾ HOẠCH
        thực hiện Nghị quyết số 05-NQ/TU, ngày 30/12/2025 của Ban Chấp hành Đảng bộ
                    tỉnh khóa XVI về phát triển đô thị xanh, thông minh

   - Căn cứ Nghị quyết số 05-NQ/TU, ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI;
   - Căn cứ Quy định số 08-QĐ/TU, ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy về trách nhiệm
của người đứng đầu cấp ủy, chính quyền trong công tác bảo vệ môi trường,
   Đảng ủy phường xây dựng Kế hoạch thực hiện như sau:

   1. Đến năm 2028, 100% tổ dân phố có mô hình phân loại rác tại nguồn.
   2. Các chi bộ tổ dân phố ra quân vệ sinh môi trường hằng tháng.
   3. Kế thừa Kế hoạch số 35-KH/ThU ngày 12/01/2024 của Ban Thường vụ Thành ủy Cẩm Phả (cũ)
về chỉnh trang đô thị.

                                              T/M ĐẢNG ỦY
                                              BÍ THƯ
                                              Hoàng Bá Nam
""")

# ---------------------------------------------------------------- 28 ward Quang Hanh notice on a portal: bare 05-NQ/TU
body = """<div class="news-title"><h2>Phường Quang Hanh triển khai nhiệm vụ bảo vệ môi trường năm 2026</h2></div>
<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>PHƯỜNG QUANG HANH</p><p>Số: 30/TB-UBND</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Quang Hanh, ngày 05 tháng 02 năm 2026</p></td></tr></table>
<p align="center"><b>THÔNG BÁO</b></p>
<p align="center"><b>Kết luận của Chủ tịch UBND phường tại hội nghị triển khai nhiệm vụ bảo vệ môi trường năm 2026</b></p>
<p>1. Các tổ dân phố tiếp tục quán triệt, thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, gắn với chỉnh trang đô thị.</p>
<p>2. Công chức địa chính - xây dựng rà soát các điểm sạt lở tại bãi thải cũ, báo cáo trước ngày 28/02/2026.</p>
<p>3. Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/01/2026 của Đảng ủy phường Cẩm Phả về mô hình phân loại rác, học tập kinh nghiệm.</p>
<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br>Phạm Thị Lan</p>"""
W(OUT, "28_tb30-ubnd-quanghanh-2026.html", portal("Cổng thông tin điện tử phường Quang Hanh", ["Trang chủ", "Tin tức - Sự kiện"], "Thông báo số 30/TB-UBND", body,
    ["Thông báo lịch tiếp công dân tháng 02/2026", "Kế hoạch số 25/KH-UBND ngày 10/02/2026 của UBND phường Cửa Ông"]))

# ---------------------------------------------------------------- 30 UBND tỉnh plan after 1/3/2025, space-aligned table (layout)
W(OUT, "30_kh75-ubnd-2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 75/KH-UBND", "Quảng Ninh, ngày 20 tháng 3 năm 2025") + """

                                    KẾ HOẠCH
     Rà soát văn bản quy phạm pháp luật sau sắp xếp các sở, ngành từ ngày 01/3/2025

   Thực hiện Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư; Nghị quyết
số 05-NQ/TU, ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh ban hành
Kế hoạch như sau:

   I. NHIỆM VỤ
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
\tQuý II/2025 (03 nhiệm vụ)\t\t
1\tRà soát, lập danh mục văn bản do UBND tỉnh ban hành có nội dung liên quan đến\tSở Tư pháp\tTháng 4/2025
\tcác sở đã hợp nhất\t\t
2\tTập huấn cho các xã, phường về thẩm quyền quản lý bãi thải sau sắp xếp\tSở Nông nghiệp và Môi trường\tTháng 5/2025
3\tTrình HĐND tỉnh ban hành Nghị quyết bãi bỏ Nghị quyết số 35/2019/NQ-HĐND ngày 12/7/2019 của\tSở Tài chính\tQuý III/2025
""" + page_break(1) + """
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
\tHĐND tỉnh về cơ chế hỗ trợ di dời hộ dân vùng ảnh hưởng bãi thải\t\t

   II. NHIỆM VỤ TIẾP THEO
   TT   Nội dung nhiệm vụ                                   Cơ quan chủ trì          Thời gian
   4    Sửa đổi, bổ sung Quyết định số 22/2023/QĐ-UBND      Sở Nông nghiệp và        Quý II/2026
        ngày 14/7/2023 của UBND tỉnh cho phù hợp với tổ     Môi trường
        chức bộ máy mới
   5    Cập nhật cơ sở dữ liệu văn bản                      Sở Tư pháp               Thường xuyên

   III. TỔ CHỨC THỰC HIỆN
   Các sở, ngành chủ động thực hiện; báo cáo kết quả về Sở Tư pháp trước ngày 15/12 hằng năm.

                                              TM. ỦY BAN NHÂN DÂN
                                              KT. CHỦ TỊCH
                                              PHÓ CHỦ TỊCH
                                              Nghiêm Xuân Cường
""")

# ---------------------------------------------------------------- 31 HĐND repeal by list, wholly and partly
W(OUT, "31_nq48-2025-hdnd.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 48/2025/NQ-HĐND", "Quảng Ninh, ngày 25 tháng 9 năm 2025") + """

                                   NGHỊ QUYẾT
           Bãi bỏ toàn bộ, bãi bỏ một phần một số nghị quyết của Hội đồng nhân dân tỉnh

                         HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH
                           KHÓA XIV - KỲ HỌP THỨ 28

   Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
   Xét Tờ trình số 5120/TTr-UBND ngày 05/9/2025 của Ủy ban nhân dân tỉnh.

                                   QUYẾT NGHỊ:

   Điều 1. Bãi bỏ toàn bộ các nghị quyết sau:
   1. Nghị quyết số 35/2019/NQ-HĐND ngày 12/7/2019 của Hội đồng nhân dân tỉnh về cơ chế hỗ
trợ di dời hộ dân vùng ảnh hưởng bãi thải mỏ.
   2. Nghị quyết số 40/2019/NQ-HĐND ngày 06/12/2019 của Hội đồng nhân dân tỉnh quy định mức
chi cho công tác hoàn nguyên môi trường.
   Điều 2. Bãi bỏ khoản 2 Điều 1 Nghị quyết số 12/2021/NQ-HĐND ngày 08/7/2021 của Hội đồng
nhân dân tỉnh.
   Điều 3. Nghị quyết này được Hội đồng nhân dân tỉnh Quảng Ninh khóa XIV, Kỳ họp thứ 28
thông qua ngày 25 tháng 9 năm 2025 và có hiệu lực từ ngày 05 tháng 10 năm 2025.

                                              CHỦ TỊCH
                                              Nguyễn Văn Hồi
""")

# ---------------------------------------------------------------- 32 NQ 35/2019 itself
W(OUT, "32_nq35-2019-hdnd.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 35/2019/NQ-HĐND", "Quảng Ninh, ngày 12 tháng 7 năm 2019") + """

                                   NGHỊ QUYẾT
        Quy định cơ chế hỗ trợ di dời hộ dân vùng ảnh hưởng bãi thải mỏ

                         HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH
                            KHÓA XIII - KỲ HỌP THỨ 13

   Căn cứ Nghị quyết số 05-NQ/TU ngày 22/7/2016 của Ban Chấp hành Đảng bộ tỉnh;
   Điều 1. Hỗ trợ 50 triệu đồng/hộ di dời khỏi vùng ảnh hưởng bãi thải mỏ.
   Điều 2. Nghị quyết này có hiệu lực từ ngày 22 tháng 7 năm 2019.

                                              CHỦ TỊCH
                                              Nguyễn Xuân Ký
""")

# ---------------------------------------------------------------- 33 new ward Cửa Ông plan (.docx)
docx(os.path.join(OUT, "33_kh25-ubnd-cuaong-2026.docx"), [
    ("t", [[["ỦY BAN NHÂN DÂN", "PHƯỜNG CỬA ÔNG", "Số: 25/KH-UBND"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cửa Ông, ngày 10 tháng 02 năm 2026"]]], False),
    ("p", "KẾ HOẠCH", True, True),
    ("p", "Hỗ trợ di dời hộ dân vùng ảnh hưởng bãi thải mỏ trên địa bàn phường năm 2026", True, True),
    ("p", "Căn cứ Nghị quyết số 35/2019/NQ-HĐND ngày 12/7/2019 của Hội đồng nhân dân tỉnh về cơ chế hỗ trợ di dời hộ dân vùng ảnh hưởng bãi thải mỏ;"),
    ("p", "Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 08/7/2021 của Hội đồng nhân dân tỉnh;"),
    ("p", "Tiếp tục thực hiện Kế hoạch số 215/KH-UBND ngày 25/7/2023 của Ủy ban nhân dân thành phố Cẩm Phả (cũ),"),
    ("p", "Ủy ban nhân dân phường ban hành Kế hoạch như sau:"),
    ("p", "1. Hoàn thành di dời 22 hộ còn lại tại khu Đông Cao Sơn trong Quý II/2026."),
    ("p", "2. Bộ phận địa chính lập hồ sơ hỗ trợ theo quy định."),
    ("p", "TM. ỦY BAN NHÂN DÂN"), ("p", "CHỦ TỊCH"), ("p", "Đào Văn Cường"),
])

# ---------------------------------------------------------------- 34 NQ 12/2021 itself (Markdown)
W(OUT, "34_nq12-2021-hdnd.md", """**HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH**  
Số: 12/2021/NQ-HĐND  
*Quảng Ninh, ngày 08 tháng 7 năm 2021*

## NGHỊ QUYẾT
### Một số chính sách hỗ trợ chuyển đổi xanh vùng than giai đoạn 2021 - 2025

**HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH KHÓA XIV, KỲ HỌP THỨ 3**

Căn cứ Nghị quyết số 05-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh;

**Điều 1.** 1. Hỗ trợ 30% lãi suất vay cho dự án năng lượng sạch. 2. Hỗ trợ 70 triệu đồng/hộ di dời bổ sung.

**Điều 2.** Nghị quyết có hiệu lực từ ngày 18 tháng 7 năm 2021.

**CHỦ TỊCH**  
Nguyễn Xuân Ký
""")

# ---------------------------------------------------------------- 35 ward Mông Dương plan: same number as Cửa Ông's (OCR-like)
W(OUT, "35_kh25-ubnd-mongduong-2026.txt", ocr_noise(state("ỦY BAN NHÂN DÂN", "PHƯỜNG MÔNG DƯƠNG", "Số: 25/KH-UBND", "Mông Dương, ngày 12 tháng 02 năm 2026") + """

                                    KẾ HOẠCH
                 Phân loại rác thải tại nguồn trên địa bàn phường năm 2026

   Thực hiện Kế hoạch số 12-KH/ĐU, ngày 15/01/2026 của Đảng ủy phường Cẩm Phả về phát
triển đô thị xanh (học tập mô hình); Nghị quyết số 12/2021/NQ-HĐND ngày 08/7/2021 của
Hội đồng nhân dân tỉnh, Ủy ban nhân dân phường ban hành Kế hoạch như sau:

   1. Thí điểm tại 05 khu phố trong Quý II/2026; nhân rộng toàn phường trong năm 2027.
   2. Công chức văn hóa - xã hội tuyên truyền trên hệ thống loa truyền thanh.

                                              TM. ỦY BAN NHÂN DÂN
                                              CHỦ TỊCH
                                              Lương Văn Tâm
""", rate_lines=(2, 4)))

# ---------------------------------------------------------------- 36 a second 35-KH/ThU in the same term (numbering slip)
W(OUT, "36_kh35-thu-2024-b.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "THÀNH ỦY CẨM PHẢ", "Số 35-KH/ThU", "Cẩm Phả, ngày 28 tháng 3 năm 2024") + """

                                    KẾ HOẠCH
                 tổ chức các hoạt động kỷ niệm Ngày truyền thống công nhân mỏ

   Ban Thường vụ Thành ủy ban hành Kế hoạch tổ chức các hoạt động kỷ niệm 88 năm Ngày
truyền thống công nhân vùng mỏ (12/11/1936 - 12/11/2024) như sau:
   1. Tổ chức mít tinh tại Cung Văn hóa Công nhân mỏ.
   2. Các đảng ủy phường phát động thi đua.

                                              T/M BAN THƯỜNG VỤ
                                              BÍ THƯ
                                              Lê Văn Ánh
""")

# ---------------------------------------------------------------- 37 Ban Tuyên giáo guidance
W(OUT, "37_hd15-btgtu-2021.txt", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "BAN TUYÊN GIÁO", "Số 15-HD/BTGTU", "Hạ Long, ngày 10 tháng 8 năm 2021") + """

                                   HƯỚNG DẪN
          tuyên truyền, thực hiện Nghị quyết số 05-NQ/TU, ngày 15/4/2021
    của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi xanh, phục hồi môi trường
                            vùng khai thác than

   Thực hiện Kế hoạch số 12-KH/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy, Ban Tuyên
giáo Tỉnh ủy hướng dẫn thực hiện Nghị quyết số 05-NQ/TU như sau:
   1. Nội dung tuyên truyền: mục tiêu, giải pháp của Nghị quyết.
   2. Hình thức: hội nghị, báo chí, mạng xã hội.

                                              K/T TRƯỞNG BAN
                                              PHÓ TRƯỞNG BAN
                                              Nguyễn Thị Hạnh
""")
print("wrote", len(os.listdir(OUT)), "files to", OUT)
