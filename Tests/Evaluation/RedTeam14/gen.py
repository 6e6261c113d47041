#!/usr/bin/env python3
"""Red team 21: Cần Thơ city 2016–2024, quận Ninh Kiều, phường Ninh Kiều after 1/7/2025. Writes corpus and key."""
import argparse, json, os, unicodedata, zipfile
from xml.sax.saxutils import escape

HDND = "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n--------\n"
UBND = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n-------\n"
QNK = "ỦY BAN NHÂN DÂN\nQUẬN NINH KIỀU\n-------\n"
CH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
DANG = "ĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n"

D = {}
D["c01-nq59-tw.txt"] = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số  59-NQ/TW
""" + DANG + """Hà Nội, ngày 05 tháng 8 năm 2022
NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về xây dựng và phát triển thành phố Cần Thơ đến năm 2030, tầm nhìn đến
năm 2045
I- TÌNH HÌNH VÀ NGUYÊN NHÂN
Thành phố Cần Thơ là trung tâm vùng đồng bằng sông Cửu Long; kết cấu hạ tầng còn
thiếu đồng bộ.
IV- TỔ CHỨC THỰC HIỆN
1. Thành ủy Cần Thơ xây dựng chương trình, kế hoạch thực hiện Nghị quyết; định kỳ
báo cáo Bộ Chính trị.
T/M BỘ CHÍNH TRỊ
"""
D["t00-nq12-tu-2017.txt"] = """ĐẢNG BỘ THÀNH PHỐ CẦN THƠ
THÀNH ỦY
*
Số 12-NQ/TU
""" + DANG + """Cần Thơ, ngày 05 tháng 6 năm 2017
NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ
về phát triển kết cấu hạ tầng giao thông giai đoạn 2017-2020
Ban Chấp hành Đảng bộ thành phố khóa XIV quyết nghị tập trung nguồn lực cho các
công trình giao thông trọng điểm.
T/M THÀNH ỦY
BÍ THƯ
"""
D["t01-nq12-tu-2022.txt"] = """ĐẢNG BỘ THÀNH PHỐ CẦN THƠ
THÀNH ỦY
*
Số  12 - NQ/TU
""" + DANG + """Cần Thơ, ngày 20 tháng 10 năm 2022
NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ
thực hiện Nghị quyết số 59-NQ/TW ngày 05/8/2022 của Bộ Chính trị về xây dựng và
phát triển thành phố Cần Thơ đến năm 2030, tầm nhìn đến năm 2045
Thực hiện Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2022[1] của Bộ Chính trị, Ban
Chấp hành Đảng bộ thành phố quyết nghị:
I- MỤC TIÊU
Huy động mọi nguồn lực cho đầu tư công, ưu tiên hạ tầng đô thị.
III- TỔ CHỨC THỰC HIỆN
1. Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo xây dựng kế hoạch thực hiện
Nghị quyết.
2. Quận ủy Ninh Kiều xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trong quý
IV năm 2022.
3. Đảng ủy Khối Doanh nghiệp thành phố xây dựng kế hoạch thực hiện Nghị quyết.
T/M THÀNH ỦY
BÍ THƯ
____
[1] Nghị quyết của Bộ Chính trị khóa XIII.
"""
D["t02-kl08-tu.md"] = """**ĐẢNG BỘ THÀNH PHỐ CẦN THƠ**
**THÀNH ỦY**

Số 08-KL/TU

**ĐẢNG CỘNG SẢN VIỆT NAM**

*Cần Thơ, ngày 15 tháng 02 năm 2023*

# KẾT LUẬN
## CỦA BAN THƯỜNG VỤ THÀNH ỦY
### về tình hình thực hiện kế hoạch đầu tư công năm 2022

Sau một năm thực hiện Nghị quyết số 12-NQ/TU ngày 25/10/2022 của Ban Chấp hành Đảng bộ thành phố, Ban Thường vụ Thành ủy kết luận:

1. Tỷ lệ giải ngân vốn đầu tư công năm 2022 đạt 78,6%.

2. Ban cán sự đảng UBND thành phố chỉ đạo đẩy nhanh giải ngân năm 2023.

| TT | Nội dung | Đơn vị chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Rà soát danh mục dự án chậm tiến độ | Ban cán sự đảng UBND thành phố | Quý II/2023 |
| 2 | Kiểm tra, giám sát công tác giải ngân | Ủy ban Kiểm tra Thành ủy | Năm 2023 |

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
"""
D["h01-nq29-hdnd.txt"] = HDND + """Số:  29/NQ-HĐND
""" + CH + """Cần Thơ, ngày 08 tháng 12 năm 2020
NGHỊ QUYẾT
Về kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
KHÓA IX, KỲ HỌP THỨ HAI MƯƠI BA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm
2019;
Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ quy định
chi tiết thi hành một số điều của Luật Đầu tư công;
Căn cứ Nghị quyết số 973/2020/UBTVQH14 ngày 08 tháng 7 năm 2020[2] của Ủy ban Thường
vụ Quốc hội;
QUYẾT NGHỊ:
Điều 1. Thông qua kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025 với tổng vốn
29.637 tỷ đồng.
Điều 2. Giao Ủy ban nhân dân thành phố tổ chức thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân thành phố Cần Thơ khóa IX, kỳ họp thứ hai
mươi ba thông qua ngày 08 tháng 12 năm 2020 và có hiệu lực từ ngày thông qua./.
CHỦ TỊCH
"""
D["h02-nq15-hdnd.txt"] = HDND + """Số: 15/NQ-HĐND
""" + CH + """Cần Thơ, ngày 09 tháng 7 năm 2021
NGHỊ QUYẾT
Điều chỉnh kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
KHÓA X, KỲ HỌP THỨ HAI
Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;
Căn cứ Nghị quyết số 29/NQ-HĐND ngày 08 tháng 12 năm 2020 của Hội đồng nhân dân
thành phố về kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025;
QUYẾT NGHỊ:
Điều 1. Điều chỉnh kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025 đã được thông qua
tại Nghị quyết số 29/NQ-HĐND ngày 08 tháng 12 năm 2020 như sau: điều chỉnh giảm 412
tỷ đồng của 06 dự án để bổ sung cho 04 dự án giao thông.
Điều 2. Các nội dung khác của Nghị quyết số 29/NQ-HĐND giữ nguyên hiệu lực.
Nghị quyết này có hiệu lực từ ngày thông qua./.
CHỦ TỊCH
"""
D["h03-nq40-hdnd.txt"] = HDND + """Số:40/NQ-HĐND
""" + CH + """Cần Thơ, ngày 10 tháng 12 năm 2021
NGHỊ QUYẾT
Bổ sung kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
KHÓA X, KỲ HỌP THỨ TƯ (nhiệm kỳ 2021-2026)
Căn cứ Nghị quyết số 29/NQ-HĐND ngày 08 tháng 12 năm 2020 của Hội đồng nhân dân
thành phố;
Căn cứ Nghị quyết số
15/NQ-HĐND ngày 09/7/2021 của Hội đồng nhân dân thành phố điều chỉnh kế hoạch đầu tư
công trung hạn;
QUYẾT NGHỊ:
Điều 1. Bổ sung 1.250 tỷ đồng vốn ngân sách thành phố vào kế hoạch đầu tư công trung
hạn 5 năm 2021 - 2025.
Điều 2. Thường trực Hội đồng nhân dân thành phố, các Ban và đại biểu Hội đồng nhân
dân thành phố nhiệm kỳ 2021-2026 giám sát việc thực hiện Nghị quyết.
Nghị quyết này có hiệu lực từ ngày thông qua./.
CHỦ TỊCH
"""
D["h04-nq08-hdnd.txt"] = HDND + """Số:   08/NQ-HĐND
""" + CH + """Cần Thơ, ngày 12 tháng 7 năm 2023
NGHỊ QUYẾT
Về điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
KHÓA X, KỲ HỌP THỨ MƯỜI (nhiệm kỳ 2021-2026)
Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;
Căn cứ Nghị quyết 29/NQ-HĐND ngày 08/12/2020 của Hội đồng nhân dân thành phố;
QUYẾT NGHỊ:
Điều 1. Điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025 vốn ngân
sách thành phố (chi tiết tại Phụ lục kèm theo).
Điều 2. Nghị quyết này thay thế Nghị quyết số 40/NQ-HĐND ngày 10 tháng 12 năm 2021
của Hội đồng nhân dân thành phố.
Nghị quyết này đã được Hội đồng nhân dân thành phố Cần Thơ khóa X, kỳ họp thứ mười
thông qua ngày 12 tháng 7 năm 2023 và có hiệu lực từ ngày 01 tháng 8 năm 2023./.
CHỦ TỊCH
"""
D["h05-nq20-hdnd.html"] = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Nghị quyết 20/NQ-HĐND - Cổng thông tin điện tử thành phố Cần Thơ</title>
<style>td{vertical-align:top}</style></head>
<body>
<div class="breadcrumb">Trang chủ &gt; Văn bản &gt; Nghị quyết HĐND</div>
<table class="header"><tr>
<td><p><b>HỘI ĐỒNG NHÂN DÂN<br>THÀNH PHỐ CẦN THƠ</b></p><p>--------</p><p>Số: 20/NQ-HĐND</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></p><p><i>Cần Thơ, ngày 08 tháng 12 năm 2023</i></p></td>
</tr></table>
<p style="text-align:center"><b>NGHỊ QUYẾT</b></p>
<p style="text-align:center"><b>Về kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025 (lần 3)</b></p>
<p>Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;</p>
<p>Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ;</p>
<p><b>QUYẾT NGHỊ:</b></p>
<p><b>Điều 1.</b> Thông qua kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025 (lần 3).</p>
<p><b>Điều 2.</b> Nghị quyết này thay thế Nghị quyết số 40/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân thành phố.</p>
<p>Nghị quyết này có hiệu lực từ ngày thông qua./.</p>
<div class="footer">Lượt xem: 1.204 | In trang | Chia sẻ</div>
</body></html>
"""
D["u01-qd2345-ubnd.txt"] = UBND + """Số: 2345/QĐ-UBND
""" + CH + """Cần Thơ, ngày 15 tháng 12 năm 2020
QUYẾT ĐỊNH
Về việc giao kế hoạch đầu tư công năm 2021
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;
Căn cứ Nghị quyết số 29/NQ-HĐND ngày 08 tháng 12 năm 2020[3] của Hội đồng nhân dân
thành phố về kế hoạch đầu tư công trung hạn;
Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư.
QUYẾT ĐỊNH:
Điều 1. Giao kế hoạch đầu tư công năm 2021 cho các sở, ban ngành và UBND quận, huyện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
CHỦ TỊCH
____
[3] Nghị quyết thông qua tại kỳ họp thứ hai mươi ba.
"""
D["u02-qd2410-ubnd.txt"] = UBND + """Số: 2410/QĐ-UBND
""" + CH + """Cần Thơ, ngày 22 tháng 12 năm 2020
QUYẾT ĐỊNH
Về việc đính chính Quyết định số 2345/QĐ-UBND ngày 15 tháng 12 năm 2020 của Chủ tịch
Ủy ban nhân dân thành phố
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
QUYẾT ĐỊNH:
Điều 1. Đính chính sai sót tại Phụ lục II Quyết định số 2345/QĐ-UBND ngày 15 tháng 12
năm 2020: tại dòng số 14, cột 5, "12.500" nay sửa lại là "15.200".
Điều 2. Các nội dung khác của Quyết định số 2345/QĐ-UBND giữ nguyên.
Quyết định này có hiệu lực kể từ ngày ký.
CHỦ TỊCH
"""
D["u04-qd1890-ubnd.txt"] = UBND + """Số: 1890 /QĐ-UBND
""" + CH + """Cần Thơ, ngày 15 tháng 9 năm 2023
QUYẾT ĐỊNH
Về việc điều chuyển kế hoạch vốn đầu tư công năm 2023
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Căn cứ Nghị quyết số 40/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân
thành phố bổ sung kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025;
Căn cứ Quyết định số 2345/QĐ-UBND ngày 15/12/2020 của Chủ tịch Ủy ban nhân dân
thành phố (đã được đính chính);
QUYẾT ĐỊNH:
Điều 1. Điều chuyển 86 tỷ đồng từ dự án chậm giải ngân sang dự án Đường Vành đai phía
Tây.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
CHỦ TỊCH
"""
D["u05-kh75-ubnd.md"] = """ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ

Số: 75/KH-UBND

*Cần Thơ, ngày 02 tháng 4 năm 2024*

# KẾ HOẠCH
## Triển khai đầu tư các dự án hạ tầng đô thị năm 2024

Triển khai thực hiện Quyết định số 560/QĐ-UBND ngày 02/4/2024 của Chủ tịch Ủy ban nhân dân thành phố phê duyệt danh mục dự án, Ủy ban nhân dân thành phố ban hành Kế hoạch:

1. Sở Xây dựng chủ trì khởi công 03 dự án trong quý III/2024.

2. UBND quận Ninh Kiều chủ trì giải phóng mặt bằng dự án kè sông Cần Thơ.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
"""
D["u06-qd560-ubnd.txt"] = UBND + """Số: 560/QĐ-UBND
""" + CH + """Cần Thơ, ngày 02 tháng 4 năm 2024
QUYẾT ĐỊNH
Phê duyệt danh mục dự án hạ tầng đô thị năm 2024
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Căn cứ Nghị quyết số 08/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân thành
phố;
Căn cứ Kế hoạch số 75/KH-UBND ngày 02 tháng 4 năm 2024 của Ủy ban nhân dân thành phố;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục 11 dự án hạ tầng đô thị năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
CHỦ TỊCH
"""
D["q01-kh45-qu.txt"] = """ĐẢNG BỘ THÀNH PHỐ CẦN THƠ
QUẬN ỦY NINH KIỀU
*
Số 45-KH/QU
""" + DANG + """Ninh Kiều, ngày 28 tháng 11 năm 2022
KẾ HOẠCH
thực hiện Nghị quyết số 12-NQ/TU ngày 20/10/2022 của Ban Chấp hành Đảng bộ
thành phố
Thực hiện Nghị quyết 12-NQ/TU ngày 20-10-2022 của Thành ủy Cần Thơ, Ban Thường vụ
Quận ủy xây dựng kế hoạch thực hiện như sau:
1. Tập trung chỉ đạo giải phóng mặt bằng các dự án trên địa bàn quận.
2. Ủy ban Kiểm tra Quận ủy kiểm tra việc thực hiện năm 2023.
T/M BAN THƯỜNG VỤ
BÍ THƯ
"""
D["d01-kh210-ninhkieu.md"] = """ỦY BAN NHÂN DÂN
QUẬN NINH KIỀU

Số:  210/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

*Ninh Kiều, ngày 10 tháng 3 năm 2023*

# KẾ HOẠCH
## Thực hiện Kết luận số 08-KL/TU ngày 15/02/2023 của Ban Thường vụ Thành ủy

Căn cứ Kế hoạch số 45-KH/QU ngày 28 tháng 11 năm 2022 của Quận ủy Ninh Kiều;

Ủy ban nhân dân quận ban hành kế hoạch như sau:

| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn |
|---|---|---|---|---|
| 1 | Rà soát, báo cáo tiến độ 12 dự án trên địa bàn | Phòng Tài chính - Kế hoạch | UBND các phường | Hằng tháng |
| 2 | Bàn giao mặt bằng dự án kè sông Cần Thơ | Ban Quản lý dự án đầu tư xây dựng quận | Phòng Tài nguyên và Môi trường | Trước 30/6/2023 |

**KT. CHỦ TỊCH**
"""
D["d02-bc95-ninhkieu.txt"] = QNK + """Số: 95/BC-UBND
""" + CH + """Ninh Kiều, ngày 05 tháng 12 năm 2022
BÁO CÁO
Kết quả thực hiện kế hoạch đầu tư công năm 2022 trên địa bàn quận
Thực hiện Quyết định số 2345/QĐ-UBND ngày 15/12/2020 và Quyết định số 1890/QĐ-UBND
ngày 15/9/2023 của Chủ tịch Ủy ban nhân dân thành phố, Ủy ban nhân dân quận báo cáo:
1. Giải ngân đến 30/11/2022 đạt 81,2% kế hoạch vốn.
2. Khó khăn: giải phóng mặt bằng còn chậm.
Nơi nhận:
- UBND thành phố;
- Lưu: VT.
KT. CHỦ TỊCH
"""
D["d03-bc95-ninhkieu-b.txt"] = QNK + """Số: 95/BC-UBND
""" + CH + """Ninh Kiều, ngày 12 tháng 12 năm 2022
BÁO CÁO
Tình hình thực hiện Nghị quyết số 12-NQ/TU ngày 20/10/2022 của Thành ủy
Ủy ban nhân dân quận Ninh Kiều báo cáo kết quả bước đầu như sau:
1. Đã ban hành kế hoạch thực hiện theo Kế hoạch số 45-KH/QU của Quận ủy.
KT. CHỦ TỊCH
"""
D["w01-nq01-du-ninhkieu.txt"] = """ĐẢNG BỘ THÀNH PHỐ CẦN THƠ
ĐẢNG ỦY PHƯỜNG NINH KIỀU
*
Số 01-NQ/ĐU
""" + DANG + """Ninh Kiều, ngày 15 tháng 7 năm 2025
NGHỊ QUYẾT
về nhiệm vụ phát triển đô thị phường Ninh Kiều sáu tháng cuối năm 2025
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị
hành chính cấp tỉnh; Nghị quyết số 1668/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ
Quốc hội về sắp xếp các đơn vị hành chính cấp xã của thành phố Cần Thơ;
Tiếp tục thực hiện Nghị quyết 59-NQ/TW của Bộ Chính trị, Kết luận 08-KL/TU ngày
15/02/2023 của Ban Thường vụ Thành ủy và Nghị quyết số 12-NQ/TU của Ban Chấp hành
Đảng bộ thành phố, Đảng ủy phường quyết nghị:
1. Hoàn thành bàn giao mặt bằng các dự án chuyển tiếp từ quận Ninh Kiều (cũ).
T/M ĐẢNG ỦY
BÍ THƯ
"""
D["w02-kh01-ubnd-phuong-2025.md"] = """ỦY BAN NHÂN DÂN
PHƯỜNG NINH KIỀU

Số: 01/KH-UBND

*Ninh Kiều, ngày 20 tháng 7 năm 2025*

# KẾ HOẠCH
## Thực hiện Nghị quyết số 01-NQ/ĐU ngày 15/7/2025 của Đảng ủy phường

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;

Tháng 8/2025 (04 nhiệm vụ):

1. Tiếp nhận hồ sơ 23 dự án chuyển tiếp (Văn phòng HĐND và UBND phường).

2. Lập danh mục công trình chỉnh trang đô thị (Phòng Kinh tế, Hạ tầng và Đô thị).

3. Văn phòng HĐND và UBND phường tham mưu ban hành Quy chế làm việc của Ủy ban nhân dân phường, hoàn thành trước ngày 31/8/2025.

**CHỦ TỊCH**
"""
D["w03-kh01-ubnd-phuong-2026.txt"] = """ỦY BAN NHÂN DÂN
PHƯỜNG NINH KIỀU
-------
Số:01/KH-UBND
""" + CH + """Ninh Kiều, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Đầu tư chỉnh trang đô thị phường Ninh Kiều năm 2026
Căn cứ Nghị quyết số 01-NQ/ĐU ngày 15 tháng 7 năm 2025 của Đảng ủy phường Ninh Kiều;
Căn cứ Kế hoạch số 01/KH-UBND ngày 20/7/2025 của Ủy ban nhân dân phường;
1. Hoàn thành chỉnh trang vỉa hè đường Hai Bà Trưng trong quý II/2026.
CHỦ TỊCH
"""

U3_PARAS = [
    "ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "-------", "Số: 210/KH-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Cần Thơ, ngày 20 tháng 7 năm 2023", "KẾ HOẠCH",
    "Thực hiện Nghị quyết số 08/NQ-HĐND ngày 12-7-2023 của Hội đồng nhân dân thành phố",
    "Căn cứ Nghị quyết số 40/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân thành phố;",
    "Căn cứ Nghị quyết số 08/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân thành phố (có hiệu lực từ ngày 01/8/2023);",
    "Ủy ban nhân dân thành phố ban hành Kế hoạch thực hiện như sau:",
]
U3_TABLE = [
    ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
    ["1", "Giao chi tiết kế hoạch vốn điều chỉnh cho các chủ đầu tư", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Tháng 8/2023"],
    ["2", "Tham mưu UBND thành phố trình HĐND thành phố sửa đổi, bổ sung Nghị quyết số 08/NQ-HĐND ngày 12/7/2023", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Trước ngày 31/12/2024"],
]
U3_TAIL = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def docx(path, paras, table, tail):
    def p(t):
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
    def row(cells):
        return "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"
    body = "".join(p(t) for t in paras) + "<w:tbl>" + "".join(row(r) for r in table) + "</w:tbl>" + "".join(p(t) for t in tail)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)


KEY = {
 "planted": [
  {"rule": "unmet-obligation", "ids": ["12-NQ/TU"], "files": ["t01-nq12-tu-2022.txt"], "contains": "Khoi Doanh nghiep",
   "what": "Đảng ủy Khối Doanh nghiệp thành phố must write a plan; none in corpus"},
  {"rule": "metadata-conflict", "ids": ["12-NQ/TU"], "files": ["t02-kl08-tu.md", "t01-nq12-tu-2022.txt"],
   "what": "cites 12-NQ/TU as 25/10/2022; its header says 20/10/2022"},
  {"rule": "superseded-citation", "ids": ["40/NQ-HĐND"], "files": ["u04-qd1890-ubnd.txt"],
   "what": "15/9/2023 decision rests on 40/NQ-HĐND, replaced by 08/NQ-HĐND in force from 01/8/2023"},
  {"rule": "overdue-plan", "ids": ["08/NQ-HĐND"], "files": ["u03-kh210-ubnd.docx"],
   "what": "planned amendment of 08/NQ-HĐND by 31/12/2024, never made"},
  {"rule": "cycle", "ids": ["560/QĐ-UBND", "75/KH-UBND"], "files": ["u05-kh75-ubnd.md", "u06-qd560-ubnd.txt"],
   "what": "75/KH-UBND implements 560/QĐ-UBND which rests on 75/KH-UBND"},
  {"rule": "temporal", "ids": ["1890/QĐ-UBND"], "files": ["d02-bc95-ninhkieu.txt"],
   "what": "report of 05/12/2022 carries out a decision of 15/9/2023"},
  {"rule": "duplicate-identity", "ids": ["95/BC-UBND"], "files": ["d02-bc95-ninhkieu.txt", "d03-bc95-ninhkieu-b.txt"],
   "what": "two reports of UBND quận Ninh Kiều numbered 95/BC-UBND in Dec 2022"},
  {"rule": "inverse-inconsistency", "ids": ["40/NQ-HĐND"], "files": ["h04-nq08-hdnd.txt", "h05-nq20-hdnd.html"],
   "what": "40/NQ-HĐND replaced by both 08/NQ-HĐND and 20/NQ-HĐND"},
  {"rule": "ambiguous-id", "ids": ["12-NQ/TU"], "files": ["w01-nq01-du-ninhkieu.txt"],
   "what": "undated 12-NQ/TU of the city Party committee exists in terms 2015-2020 and 2020-2025"},
  {"rule": "count-mismatch", "ids": ["01/KH-UBND"], "files": ["w02-kh01-ubnd-phuong-2025.md"],
   "what": "Tháng 8/2025 (04 nhiệm vụ) followed by 3 items"},
  {"rule": "overdue-plan", "ids": ["01/KH-UBND"], "files": ["w02-kh01-ubnd-phuong-2025.md"], "announces": True,
   "what": "Quy chế làm việc announced by 31/8/2025, never issued"},
 ],
 "external": ["39/2019/QH14", "40/2020/NĐ-CP", "973/2020/UBTVQH14", "202/2025/QH15", "1668/NQ-UBTVQH15"],
 "collateral": [],
 "traps": [
  {"kind": "adjustment-not-replacement", "ids": ["29/NQ-HĐND"], "files": ["h03-nq40-hdnd.txt", "h02-nq15-hdnd.txt", "h04-nq08-hdnd.txt"],
   "must_not": ["superseded-citation", "inverse-inconsistency", "metadata-conflict"]},
  {"kind": "correction-not-replacement", "ids": ["2345/QĐ-UBND"], "files": ["u04-qd1890-ubnd.txt", "u02-qd2410-ubnd.txt", "d02-bc95-ninhkieu.txt"],
   "must_not": ["superseded-citation", "metadata-conflict", "inverse-inconsistency"]},
  {"kind": "cited-before-replacement-in-force", "ids": ["40/NQ-HĐND"], "files": ["u03-kh210-ubnd.docx"],
   "must_not": ["superseded-citation"]},
  {"kind": "same-number-city-and-district", "ids": ["210/KH-UBND"], "files": ["u03-kh210-ubnd.docx", "d01-kh210-ninhkieu.md"],
   "must_not": ["duplicate-identity", "metadata-conflict"]},
  {"kind": "ward-numbers-restart-yearly", "ids": ["01/KH-UBND"], "files": ["w02-kh01-ubnd-phuong-2025.md", "w03-kh01-ubnd-phuong-2026.txt"],
   "must_not": ["duplicate-identity", "metadata-conflict", "temporal", "dangling"]},
  {"kind": "term-2021-2026-not-an-id", "ids": ["2021-2026"], "files": ["h03-nq40-hdnd.txt", "h04-nq08-hdnd.txt"],
   "must_not": ["dangling", "temporal", "metadata-conflict", "ambiguous-id"]},
  {"kind": "nfd-text", "ids": ["01-NQ/ĐU", "01/KH-UBND"], "files": ["w03-kh01-ubnd-phuong-2026.txt"],
   "must_not": ["dangling", "metadata-conflict", "temporal"]},
  {"kind": "obligation-fulfilled-by-district-party", "ids": ["12-NQ/TU"], "files": ["t01-nq12-tu-2022.txt"],
   "must_not": ["unmet-obligation"]},
  {"kind": "footnote-glued-date", "ids": ["29/NQ-HĐND", "973/2020/UBTVQH14", "59-NQ/TW"], "files": ["u01-qd2345-ubnd.txt", "h01-nq29-hdnd.txt", "t01-nq12-tu-2022.txt"],
   "must_not": ["metadata-conflict", "temporal"]},
  {"kind": "line-break-inside-citation", "ids": ["15/NQ-HĐND", "39/2019/QH14"], "files": ["h03-nq40-hdnd.txt", "h01-nq29-hdnd.txt"],
   "must_not": ["metadata-conflict", "dangling"]},
  {"kind": "citation-without-so-and-date-forms", "ids": ["59-NQ/TW", "08-KL/TU", "12-NQ/TU", "08/NQ-HĐND"], "files": ["w01-nq01-du-ninhkieu.txt", "q01-kh45-qu.txt", "u03-kh210-ubnd.docx"],
   "must_not": ["dangling", "metadata-conflict", "temporal"]},
  {"kind": "odd-spacing-numbers-in-header", "ids": ["12-NQ/TU", "1890/QĐ-UBND", "40/NQ-HĐND"], "files": ["t01-nq12-tu-2022.txt", "u04-qd1890-ubnd.txt", "h03-nq40-hdnd.txt"],
   "must_not": ["dangling", "duplicate-identity"]},
 ],
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--key", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, text in D.items():
        if name.startswith("w03"):
            text = unicodedata.normalize("NFD", text)
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(text)
    docx(os.path.join(a.out, "u03-kh210-ubnd.docx"), U3_PARAS, U3_TABLE, U3_TAIL)
    with open(a.key, "w", encoding="utf-8") as f:
        json.dump(KEY, f, ensure_ascii=False, indent=1)
    print(len(D) + 1, "files")


if __name__ == "__main__":
    main()
