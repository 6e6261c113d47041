#!/usr/bin/env python3
"""Red team 19: joint and consolidated documents and a mass-organisation line (tỉnh Hà Nam 2017-2024,
then a commune of Ninh Bình after the 2025 mergers). Deterministic, stdlib only.

Usage: gen.py --out corpus --key key.json
"""
import json, os, sys, unicodedata, zipfile
from xml.sax.saxutils import escape

args = sys.argv[1:]
OUT = args[args.index("--out") + 1] if "--out" in args else "corpus"
KEY = args[args.index("--key") + 1] if "--key" in args else "key.json"

FILES = {}


def put(name, text, nfd=False):
    text = text.lstrip("\n")
    if nfd:
        text = unicodedata.normalize("NFD", text)
    FILES[name] = text


# ---------------------------------------------------------------------------------------------------------------
# 01 Tỉnh ủy Hà Nam: Chương trình hành động 28-CTr/TU thực hiện NQ 19-NQ/TW (with a table of contents,
#    a repeated page header and footer). Obligations: Hội Nông dân (met by 02), Hội LHPN (met by 03),
#    Tỉnh đoàn (never met: planted unmet-obligation).
put("01_tinhuy_ctr28_2022.txt", """
TỈNH ỦY HÀ NAM                                   ĐẢNG CỘNG SẢN VIỆT NAM
          *
Số 28-CTr/TU                                 Hà Nam, ngày 15 tháng 9 năm 2022

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII
về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045
-----

MỤC LỤC
I. MỤC ĐÍCH, YÊU CẦU ........................................ 1
II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU ............................. 2
III. TỔ CHỨC THỰC HIỆN ....................................... 4

Thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045 (sau đây gọi tắt là Nghị quyết 19), Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc, đầy đủ quan điểm, mục tiêu của Nghị quyết 19 đến cán bộ, đảng viên và Nhân dân.
2. Xác định rõ nhiệm vụ của cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các cấp.

Chương trình hành động số 28-CTr/TU - Trang 1/4
 
TỈNH ỦY HÀ NAM - Chương trình hành động thực hiện Nghị quyết 19

II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Nâng cao nhận thức về vị trí, vai trò của nông nghiệp, nông dân, nông thôn; phát huy vai trò chủ thể của nông dân.
2. Thực hiện có hiệu quả Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 trên địa bàn tỉnh.
3. Phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.

Chương trình hành động số 28-CTr/TU - Trang 2/4
 
TỈNH ỦY HÀ NAM - Chương trình hành động thực hiện Nghị quyết 19

III. TỔ CHỨC THỰC HIỆN
1. Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo tổ chức quán triệt Nghị quyết 19 và Chương trình hành động này đến cán bộ, đảng viên.
2. Ban Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch thực hiện Chương trình này, trọng tâm là phát huy vai trò chủ thể của nông dân.
3. Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng kế hoạch thực hiện Chương trình này gắn với phong trào xây dựng gia đình “5 không, 3 sạch”.
4. Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch thực hiện Chương trình này, phát huy vai trò thanh niên trong xây dựng nông thôn mới.
5. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.

Chương trình hành động này được phổ biến đến chi bộ.

                                                 T/M TỈNH ỦY
Nơi nhận:                                        BÍ THƯ
- Ban Bí thư Trung ương Đảng,
- Văn phòng Trung ương Đảng,
- Các đồng chí Tỉnh ủy viên,
- Lưu Văn phòng Tỉnh ủy.

Chương trình hành động số 28-CTr/TU - Trang 4/4
""")

# ---------------------------------------------------------------------------------------------------------------
# 02 Hội Nông dân tỉnh: Kế hoạch 45-KH/HNDT, .docx (header table, task table, a footnote).
#    Row 2 announces a Đề án due Quý II/2023, never issued (planted overdue-plan, announces).
DOCX_02 = {
    "header": [["BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH HÀ NAM", "HỘI NÔNG DÂN VIỆT NAM"],
               ["Số: 45 -KH/HNDT", "Hà Nam, ngày 10 tháng 11 năm 2022"]],
    "body": [
        "KẾ HOẠCH",
        "Thực hiện Chương trình hành động số 28-CTr/TU của Tỉnh ủy về nông nghiệp, nông dân, nông thôn",
        "",
        "Thực hiện Chương trình hành động số 28-CTr/TU, ngày 15/9/2022 của Tỉnh ủy Hà Nam thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII{fn1}, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch thực hiện như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phát huy vai trò chủ thể của nông dân trong phát triển nông nghiệp, xây dựng nông thôn mới.",
        "II. NHIỆM VỤ CỤ THỂ",
        "TABLE",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các ban, đơn vị trực thuộc Tỉnh Hội căn cứ Kế hoạch này triển khai thực hiện.",
        "Nơi nhận:\t TM. BAN THƯỜNG VỤ",
        "- Thường trực Tỉnh ủy (b/c);\tCHỦ TỊCH",
        "- Lưu VP.\t",
    ],
    "table": [
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện"],
        ["1", "Tổ chức học tập, quán triệt Chương trình hành động số 28-CTr/TU đến cán bộ, hội viên", "Ban Tuyên huấn", "Quý IV/2022"],
        ["2", "Xây dựng Đề án “Nâng cao vai trò của Hội Nông dân tham gia xây dựng nông thôn mới kiểu mẫu giai đoạn 2023 - 2025”, trình Ban Thường vụ Tỉnh Hội ban hành", "Ban Kinh tế - Xã hội", "Quý II/2023"],
        ["3", "Tổng kết 5 năm thực hiện Kế hoạch", "Văn phòng", "Năm 2027"],
    ],
    "footnotes": {"fn1": "Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII."},
}

# ---------------------------------------------------------------------------------------------------------------
# 03 Hội LHPN tỉnh: Kế hoạch 112/KH-HPN, a portal page (banner, breadcrumb, sidebar links, &nbsp;).
put("03_hoilhpn_tinh_kh112_2022.html", """
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 112/KH-HPN - Hội LHPN tỉnh Hà Nam</title>
<style>.sidebar{float:right}</style></head>
<body>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ NAM</div>
<div class="breadcrumb">Trang chủ » Văn bản » Kế hoạch</div>
<div class="sidebar"><h3>VĂN BẢN MỚI</h3><ul>
<li><a href="/vb/99-kh-tu.html">Kế hoạch số 99-KH/TU của Tỉnh ủy về Tháng hành động vì bình đẳng giới</a></li>
<li><a href="/vb/hd-03.html">Hướng dẫn số 03/HD-HPN về đại hội phụ nữ cơ sở</a></li>
</ul></div>
<div class="content">
<table><tr><td><p>HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM</p><p>BAN CHẤP HÀNH TỈNH HÀ NAM</p><p>Số:&nbsp;112/KH-HPN</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Hà Nam, ngày&nbsp;20&nbsp;tháng&nbsp;10&nbsp;năm 2022</p></td></tr></table>
<p><b>KẾ HOẠCH</b></p>
<p><b>Thực hiện Chương trình hành động số 28-CTr/TU của Tỉnh ủy</b></p>
<p>Thực hiện Chương trình hành động số 28-CTr/TU ngày 15/9/2022 của Ban Chấp hành Đảng bộ tỉnh Hà Nam về nông nghiệp, nông dân, nông thôn, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>Nâng cao vai trò của phụ nữ nông thôn trong xây dựng nông thôn mới, gia đình “5 không, 3 sạch”.</p>
<p><b>II. NHIỆM VỤ</b></p>
<p>1. Tuyên truyền Chương trình hành động số 28-CTr/TU đến cán bộ, hội viên phụ nữ.</p>
<p>2. Hội LHPN các huyện, thị xã, thành phố xây dựng kế hoạch kiểm tra, giám sát việc thực hiện và báo cáo kết quả về Tỉnh Hội trước ngày 15/12 hằng năm.</p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p>Hội LHPN các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện Kế hoạch này phù hợp với tình hình địa phương.</p>
<p>Nơi nhận:<br>- TW Hội LHPN Việt Nam (b/c);<br>- Thường trực Tỉnh ủy (b/c);<br>- Lưu VT.</p>
<p>TM. BAN THƯỜNG VỤ<br>CHỦ TỊCH</p>
</div>
<div class="footer">Bản quyền thuộc Hội LHPN tỉnh Hà Nam</div>
</body></html>
""")

# ---------------------------------------------------------------------------------------------------------------
# 04 Quy chế phối hợp of UBND tỉnh and Ủy ban MTTQ tỉnh (a joint document, stacked header).
put("04_ubnd_mttq_tinh_qcph05_2021.txt", """
ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN MTTQ VIỆT NAM                          Độc lập - Tự do - Hạnh phúc
TỈNH HÀ NAM
Số:   05/QCPH-UBND-UBMTTQ              Hà Nam, ngày 18 tháng 6 năm 2021

QUY CHẾ PHỐI HỢP
công tác giữa Ủy ban nhân dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Nam
nhiệm kỳ 2019 - 2024

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 ngày 09 tháng 6 năm 2015;
Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam;
Căn cứ Thông tư liên tịch số 04/2016/TTLT-BTC-BNV ngày 12/01/2016 của Bộ Tài chính và Bộ Nội vụ về kinh phí hoạt động của Ban Thanh tra nhân dân;

Ủy ban nhân dân tỉnh và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh thống nhất ban hành Quy chế phối hợp công tác như sau:

Chương I. NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi, đối tượng
Quy chế này quy định nguyên tắc, nội dung, phương thức phối hợp giữa Ủy ban nhân dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.

Điều 2. Hiệu lực thi hành
Quy chế này có hiệu lực kể từ ngày ký.

TM. BAN THƯỜNG TRỰC                    TM. ỦY BAN NHÂN DÂN
ỦY BAN MTTQ VIỆT NAM TỈNH                        CHỦ TỊCH
CHỦ TỊCH

Nơi nhận:
- Ban Thường trực UBTW MTTQ Việt Nam;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT UBND tỉnh, VT UBMTTQ tỉnh.
""")

# ---------------------------------------------------------------------------------------------------------------
# 05 Ban Thường trực Ủy ban MTTQ tỉnh: Kế hoạch 2023 (.md). Cites the joint QCPH by both bodies, in the other
#    order (trap); plans its amendment by Quý IV/2023, never done (planted overdue-plan).
put("05_mttq_tinh_kh210_2023.md", """
| ỦY BAN MTTQ VIỆT NAM TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| **BAN THƯỜNG TRỰC** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 210/KH-MTTQ-BTT | *Hà Nam, ngày 12 tháng 01 năm 2023* |

# KẾ HOẠCH
## Thực hiện công tác phối hợp năm 2023

Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội;

Căn cứ Quy chế phối hợp số 05/QCPH-UBND-UBMTTQ ngày 18/6/2021 giữa Ủy ban MTTQ Việt Nam tỉnh và Ủy ban nhân dân tỉnh Hà Nam;

Căn cứ Văn bản hợp nhất số 16/VBHN-BTC ngày 20/4/2020 của Bộ Tài chính về quản lý kinh phí hỗ trợ hoạt động của Mặt trận;

Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng Kế hoạch như sau:

**I. NỘI DUNG**

1. Tổ chức gặp mặt các vị tiêu biểu trong Ủy ban MTTQ tỉnh nhân dịp Tết Nguyên đán.

Thời gian thực hiện: Tháng 01/2023.

2. Phối hợp với Văn phòng UBND tỉnh tham mưu sửa đổi, bổ sung Quy chế phối hợp số 05/QCPH-UBND-UBMTTQ cho phù hợp với tình hình mới.

Thời gian thực hiện: Quý IV/2023.

3. Giám sát việc thực hiện chính sách đối với hội viên nông dân, phụ nữ.

Thời gian thực hiện: Thường xuyên.

**II. TỔ CHỨC THỰC HIỆN**

Các Ban chuyên môn của Ủy ban MTTQ tỉnh theo chức năng, nhiệm vụ triển khai thực hiện.

*Nơi nhận:*
- Thường trực Tỉnh ủy;
- UBND tỉnh;
- Lưu VT.

**TM. BAN THƯỜNG TRỰC**
**CHỦ TỊCH**
""")

# ---------------------------------------------------------------------------------------------------------------
# 06-09 UBND huyện Kim Bảng: decisions that replace and repeal each other.
HDR_KB = """
ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KIM BẢNG                          Độc lập - Tự do - Hạnh phúc
Số: {num}                      Kim Bảng, ngày {date}
"""
SIGN_KB = """
Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                 CHỦ TỊCH
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.
"""

put("06_kimbang_qd215_2018.txt", HDR_KB.format(num="215/QĐ-UBND", date="12 tháng 4 năm 2018") + """
QUYẾT ĐỊNH
Ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Kim Bảng

ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trưởng phòng Nông nghiệp và PTNT huyện,

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này./.
""" + SIGN_KB)

put("07_kimbang_qd1520_2021.txt", HDR_KB.format(num="1520/QĐ-UBND", date="05 tháng 9 năm 2021") + """
QUYẾT ĐỊNH
Về việc ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Kim Bảng giai đoạn 2021 - 2025

ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trưởng phòng Nông nghiệp và PTNT huyện tại Tờ trình số 88/TTr-NN ngày 30/8/2021,

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện giai đoạn 2021 - 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 215/QĐ-UBND ngày 12/4/2018 của UBND huyện Kim Bảng.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này./.
""" + SIGN_KB)

put("08_kimbang_qd1766_2021.html", """
<html><head><meta charset="utf-8"><title>QĐ 1766/QĐ-UBND</title></head><body>
<table>
<tr><td>ỦY BAN NHÂN DÂN<br>HUYỆN KIM BẢNG<br>-------</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>---------------</td></tr>
<tr><td>Số: 1766/QĐ-UBND</td><td><i>Kim Bảng, ngày 20 tháng 10 năm 2021</i></td></tr>
</table>
<p align="center"><b>QUYẾT ĐỊNH</b></p>
<p align="center"><b>VỀ VIỆC KIỆN TOÀN BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA HUYỆN KIM BẢNG</b></p>
<p align="center"><b>ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</i></p>
<p><i>Xét đề nghị của Trưởng phòng Nội vụ huyện,</i></p>
<p align="center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Kiện toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Kim Bảng (có danh sách kèm theo).</p>
<p><b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 215/QĐ-UBND ngày 12/4/2018 của Ủy ban nhân dân huyện.</p>
<p><b>Điều 3.</b> Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.</p>
<p><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Lưu: VT.</p>
<p><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p>
</body></html>
""")

put("09_kimbang_qd890_baibo_2022.txt", HDR_KB.format(num="890/QĐ-UBND", date="16 tháng 6 năm 2022") + """
QUYẾT ĐỊNH
Về việc bãi bỏ văn bản do Ủy ban nhân dân huyện ban hành

ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trưởng phòng Tư pháp huyện,

QUYẾT ĐỊNH:
Điều 1. Bãi bỏ 02 văn bản sau đây:
1. Quyết định số 340/QĐ-UBND ngày 15/5/2017 của UBND huyện về việc ban hành Quy định quản lý chợ trên địa bàn huyện.
2. Quyết định số 112/QĐ-UBND ngày 20/02/2019 của UBND huyện về việc thành lập Tổ công tác liên ngành.
3. Quyết định số 95/QĐ-UBND ngày 08/3/2020 của UBND huyện về việc ban hành Kế hoạch kiểm tra chợ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tư pháp chịu trách nhiệm thi hành Quyết định này./.
""" + SIGN_KB)

# 10 Kim Bảng plan of 2022 resting on 215 after its replacement (planted superseded-citation).
put("10_kimbang_kh145_2022.txt", """
UBND HUYỆN KIM BẢNG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                         Độc lập - Tự do - Hạnh phúc
Số:145 /KH-UBND
V/v triển khai các Chương trình mục tiêu quốc gia năm 2022
                                    Kim Bảng, ngày 20 tháng 7 năm 2022

KẾ HOẠCH
Triển khai thực hiện các Chương trình mục tiêu quốc gia trên địa bàn huyện năm 2022

Căn cứ Quyết định số 215/QĐ-UBND ngày 12/4/2018 của UBND huyện ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện;
UBND huyện xây dựng Kế hoạch như sau:

1. Các xã, thị trấn rà soát tiêu chí nông thôn mới nâng cao.
2. Phòng Nông nghiệp và PTNT tổng hợp, báo cáo UBND huyện.
""" + SIGN_KB)

# 11/12 two Kim Bảng decisions numbered 15/QĐ-UBND in January 2023 (planted duplicate-identity);
# 11 mentions 215 with its replacement noted (trap); 12 rests on 340, repealed in 2022 (planted superseded-citation).
put("11_kimbang_qd15_2023_a.txt", HDR_KB.format(num="15/QĐ-UBND", date="09 tháng 01 năm 2023") + """
QUYẾT ĐỊNH
Về việc phân bổ kinh phí thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023

ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 1520/QĐ-UBND ngày 05/9/2021 của UBND huyện ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện (Quy chế trước đây ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 12/4/2018, đã được thay thế);
Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch huyện,

QUYẾT ĐỊNH:
Điều 1. Phân bổ kinh phí thực hiện Chương trình năm 2023 cho các xã, thị trấn (có phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.
""" + SIGN_KB)

put("12_kimbang_qd15_2023_b.txt", HDR_KB.format(num="15/QĐ-UBND", date="16 tháng 01 năm 2023") + """
QUYẾT ĐỊNH
Về việc thành lập Đoàn kiểm tra công tác quản lý chợ năm 2023

ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 340/QĐ-UBND ngày 15/5/2017 của UBND huyện về việc ban hành Quy định quản lý chợ trên địa bàn huyện;
Xét đề nghị của Trưởng phòng Kinh tế và Hạ tầng huyện,

QUYẾT ĐỊNH:
Điều 1. Thành lập Đoàn kiểm tra công tác quản lý chợ năm 2023.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện và các thành viên Đoàn kiểm tra chịu trách nhiệm thi hành Quyết định này./.
""" + SIGN_KB)

# 13 Thanh Liêm's own 15/QĐ-UBND of the same day (trap: same number, another body).
put("13_thanhliem_qd15_2023.txt", """
ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THANH LIÊM                        Độc lập - Tự do - Hạnh phúc
Số:    15  /QĐ-UBND                 Thanh Liêm, ngày 09 tháng 01 năm 2023

QUYẾT ĐỊNH
Về việc giao chỉ tiêu phát triển hội viên Hội Nông dân năm 2023

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THANH LIÊM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Kế hoạch số 45-KH/HNDT ngày 10/11/2022 của Ban Thường vụ Hội Nông dân tỉnh;

QUYẾT ĐỊNH:
Điều 1. Giao chỉ tiêu phát triển hội viên năm 2023 cho các xã, thị trấn.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:                                     KT. CHỦ TỊCH
- Như Điều 2;                                 PHÓ CHỦ TỊCH
- Lưu: VT.
""")

# 14 Kim Bảng plan 86/KH-UBND (2024): communes must issue plans by 15/4/2024 (met by 15: trap).
put("14_kimbang_kh86_2024.txt", HDR_KB.format(num="86/KH-UBND", date="12 tháng 3 năm 2024") + """
KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Kim Bảng năm 2024

Căn cứ Quyết định số 1520/QĐ-UBND ngày 05/9/2021 của UBND huyện ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện;
Thực hiện Chương trình hành động số 28-CTr/TU ngày 15/9/2022 của Tỉnh ủy Hà Nam;

Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
1. Hoàn thành tiêu chí nông thôn mới nâng cao tại 03 xã.
2. Huy động các nguồn lực xã hội hóa.

II. TỔ CHỨC THỰC HIỆN
UBND các xã, thị trấn xây dựng kế hoạch thực hiện Kế hoạch này, hoàn thành trước ngày 15/4/2024.
""" + SIGN_KB)

# 15 xã Ba Sao: plan implementing 86/KH-UBND (fulfils 14's obligation).
put("15_baso_kh40_2024.txt", """
ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ BA SAO                               Độc lập - Tự do - Hạnh phúc
Số: 40/KH-UBND                      Ba Sao, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới xã Ba Sao năm 2024

Thực hiện Kế hoạch số 86/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân huyện Kim Bảng về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024, UBND xã Ba Sao xây dựng Kế hoạch thực hiện như sau:

1. Duy trì, nâng chất các tiêu chí nông thôn mới nâng cao.
2. Định kỳ báo cáo kết quả về UBND huyện.

Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN
- UBND huyện Kim Bảng (b/c);                  CHỦ TỊCH
- Lưu VP.
""")

# 16 a draft that would replace 1520 (never enacted: trap).
put("16_kimbang_duthao_qd_2024.txt", """
ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KIM BẢNG                          Độc lập - Tự do - Hạnh phúc
                                                            DỰ THẢO
Số:        /QĐ-UBND                 Kim Bảng, ngày      tháng 10 năm 2024

QUYẾT ĐỊNH
Ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Kim Bảng giai đoạn 2024 - 2025

ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1520/QĐ-UBND ngày 05/9/2021 của UBND huyện.
""" + SIGN_KB)

# 17 xã Tam Chúc (Ninh Bình, after 1/7/2025) inherits the tasks of huyện Kim Bảng (cũ) and xã Ba Sao (cũ).
put("17_tamchuc_kh12_2025.txt", """
ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TAM CHÚC                             Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND                    Tam Chúc, ngày 15 tháng 8 năm 2025

KẾ HOẠCH
Tiếp nhận, tiếp tục thực hiện nhiệm vụ xây dựng nông thôn mới của các đơn vị hành chính trước sắp xếp

Căn cứ Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ quy định về cán bộ, công chức cấp xã;
Tiếp tục thực hiện Kế hoạch số 86/KH-UBND ngày 12/3/2024 của UBND huyện Kim Bảng (cũ) và Kế hoạch số 40/KH-UBND ngày 02/4/2024 của UBND xã Ba Sao (cũ);
Căn cứ Quyết định số 1520/QĐ-UBND ngày 05/9/2021 của UBND huyện Kim Bảng (cũ) về Quy chế hoạt động Ban Chỉ đạo;

Ủy ban nhân dân xã Tam Chúc, tỉnh Ninh Bình xây dựng Kế hoạch như sau:

1. Kế thừa các nhiệm vụ chưa hoàn thành của xã Ba Sao, xã Khả Phong, xã Thụy Lôi (cũ).
2. Rà soát, bàn giao hồ sơ nông thôn mới của các xã cũ.

Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN
- UBND tỉnh Ninh Bình;                        CHỦ TỊCH
- Lưu VT.
""")

# 18/19 Hội LHPN huyện Lý Nhân: HD 07 guides KH 25 and KH 25 rests on HD 07, same day (planted cycle); 18 in NFD.
put("18_hoilhpn_lynhan_hd07_2023.txt", """
HỘI LHPN TỈNH HÀ NAM                     HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM
BCH HỘI LHPN HUYỆN LÝ NHÂN
Số: 07/HD-HPN                             Lý Nhân, ngày 05 tháng 3 năm 2023

HƯỚNG DẪN
Thực hiện Kế hoạch số 25/KH-HPN ngày 05/3/2023 của Ban Thường vụ Hội LHPN huyện về xây dựng gia đình “5 không, 3 sạch”

Để thống nhất triển khai Kế hoạch số 25/KH-HPN ngày 05/3/2023, Ban Thường vụ Hội LHPN huyện hướng dẫn như sau:
1. Hội LHPN các xã, thị trấn rà soát hộ gia đình đăng ký.
2. Báo cáo kết quả trước ngày 30/11 hằng năm.

Nơi nhận:                                TM. BAN THƯỜNG VỤ
- Các cơ sở Hội;                         CHỦ TỊCH
- Lưu VP.
""", nfd=True)

put("19_hoilhpn_lynhan_kh25_2023.txt", """
HỘI LHPN TỈNH HÀ NAM                     HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM
BCH HỘI LHPN HUYỆN LÝ NHÂN
Số: 25/KH-HPN                             Lý Nhân, ngày 05 tháng 3 năm 2023

KẾ HOẠCH
Xây dựng gia đình “5 không, 3 sạch” năm 2023

Thực hiện Kế hoạch số 112/KH-HPN ngày 20/10/2022 của Ban Thường vụ Hội LHPN tỉnh Hà Nam thực hiện Chương trình hành động số 28-CTr/TU của Tỉnh ủy;
Căn cứ Hướng dẫn số 07/HD-HPN ngày 05/3/2023 của Ban Thường vụ Hội LHPN huyện Lý Nhân;
Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch như sau:

1. Vận động 100% hộ hội viên đăng ký gia đình “5 không, 3 sạch”.
2. Phối hợp với Hội Nông dân huyện hỗ trợ hội viên phát triển kinh tế.

Nơi nhận:                                TM. BAN THƯỜNG VỤ
- Hội LHPN tỉnh (b/c);                   CHỦ TỊCH
- Lưu VP.
""")

# 20 Tỉnh đoàn: Tháng Thanh niên 2023 (not a plan for 28-CTr/TU).
put("20_tinhdoan_kh52_2023.txt", """
BCH ĐOÀN TỈNH HÀ NAM                     ĐOÀN TNCS HỒ CHÍ MINH
        ***
Số: 52-KH/TĐTN                            Hà Nam, ngày 20 tháng 02 năm 2023

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2023

Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2023, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức Tháng Thanh niên năm 2023 như sau:

1. Thời gian: từ ngày 01/3/2023 đến ngày 31/3/2023.
2. Các huyện, thị, thành đoàn xây dựng kế hoạch tổ chức Tháng Thanh niên, gửi về Ban Thường vụ Tỉnh đoàn trước ngày 28/02/2023.

Nơi nhận:                                TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
- TW Đoàn (b/c);                         BÍ THƯ
- Thường trực Tỉnh ủy (b/c);
- Lưu VP.
""")

# 21 Huyện đoàn Kim Bảng, dated before the plan it carries out (planted temporal).
put("21_huyendoan_kimbang_kh18_2023.txt", """
BCH ĐOÀN TỈNH HÀ NAM                     ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN HUYỆN KIM BẢNG
        ***
Số: 18-KH/ĐTN                             Kim Bảng, ngày 10 tháng 02 năm 2023

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2023

Thực hiện Kế hoạch số 52-KH/TĐTN ngày 20/02/2023 của Ban Thường vụ Tỉnh đoàn Hà Nam về tổ chức Tháng Thanh niên năm 2023, Ban Thường vụ Huyện đoàn Kim Bảng xây dựng Kế hoạch như sau:

1. Ra quân Tháng Thanh niên ngày 05/3/2023.
2. Tổ chức các hoạt động tình nguyện vì cộng đồng.

Nơi nhận:                                TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN
- Ban Thường vụ Tỉnh đoàn;               BÍ THƯ
- Lưu VP.
""")

# 22 Thị đoàn Duy Tiên: cites 52 with the campaign's date range (trap).
put("22_thidoan_duytien_kh09_2023.txt", """
BCH ĐOÀN TỈNH HÀ NAM                     ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN THỊ XÃ DUY TIÊN
Số 09 - KH/ĐTN                            Duy Tiên, ngày 25 tháng 02 năm 2023

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2023

Thực hiện Kế hoạch số 52-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên năm 2023 (từ ngày 01/3/2023 đến ngày 31/3/2023), Ban Thường vụ Thị đoàn xây dựng Kế hoạch như sau:

1. Tổ chức ra quân ngày 04/3/2023.
2. Tổ chức các hoạt động tình nguyện vì cộng đồng.

Nơi nhận:                                TM. BAN THƯỜNG VỤ THỊ ĐOÀN
- Ban Thường vụ Tỉnh đoàn;               BÍ THƯ
- Lưu VP.
""")

# 23 Hội Nông dân huyện Bình Lục: 45-KH/HNDT cited with a wrong date (planted metadata-conflict);
#    rests on the provincial decision 12/2019, amended and consolidated, not replaced (trap).
put("23_hnd_binhluc_kh30_2023.txt", """
HỘI NÔNG DÂN TỈNH HÀ NAM                 HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN HUYỆN BÌNH LỤC
Số: 30-KH/HND                             Bình Lục, ngày 05 tháng 01 năm 2023

KẾ HOẠCH
Thực hiện nhiệm vụ công tác Hội và phong trào nông dân năm 2023

Thực hiện Kế hoạch số 45-KH/HNDT ngày 10/12/2022 của Ban Thường vụ Hội Nông dân tỉnh về thực hiện Chương trình hành động số 28-CTr/TU của Tỉnh ủy;
Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 25/4/2019 của UBND tỉnh ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh (được sửa đổi, bổ sung tại Quyết định số 25/2021/QĐ-UBND ngày 30/8/2021; hợp nhất tại Văn bản hợp nhất số 02/VBHN-UBND ngày 10/3/2022);
Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:

1. Phát triển 300 hội viên mới.
2. Bình xét hộ sản xuất, kinh doanh giỏi các cấp.

Nơi nhận:                                TM. BAN THƯỜNG VỤ
- Ban Thường vụ Hội Nông dân tỉnh;       CHỦ TỊCH
- Lưu VP.
""")

# 24 UBND tỉnh: văn bản hợp nhất 02/VBHN-UBND (consolidates 12/2019 and 25/2021; amends and replaces nothing),
#    reproducing the decision's title and preamble, with footnotes and a repeated page header.
put("24_ubnd_tinh_vbhn02_2022.txt", """
ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ NAM                             Độc lập - Tự do - Hạnh phúc
Số: 02/VBHN-UBND                      Hà Nam, ngày 10 tháng 3 năm 2022

QUYẾT ĐỊNH
Ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Hà Nam

Quyết định số 12/2019/QĐ-UBND ngày 25 tháng 4 năm 2019 của Ủy ban nhân dân tỉnh Hà Nam ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh, có hiệu lực kể từ ngày 10 tháng 5 năm 2019, được sửa đổi, bổ sung bởi:
Quyết định số 25/2021/QĐ-UBND ngày 30 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh ban hành kèm theo Quyết định số 12/2019/QĐ-UBND, có hiệu lực kể từ ngày 15 tháng 9 năm 2021.

ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;
Theo đề nghị của Giám đốc Sở Nội vụ tỉnh[1],

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Hà Nam.
Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 5 năm 2019[2].

Văn bản hợp nhất số 02/VBHN-UBND - Trang 1/2
 
ỦY BAN NHÂN DÂN TỈNH HÀ NAM - VĂN BẢN HỢP NHẤT

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

                                   XÁC THỰC VĂN BẢN HỢP NHẤT
Nơi nhận:                                     KT. CHỦ TỊCH
- Văn phòng Chính phủ (để đăng Công báo);     PHÓ CHỦ TỊCH
- Cổng thông tin điện tử tỉnh;
- Lưu: VT, NC.

[1] Quyết định số 25/2021/QĐ-UBND sửa đổi, bổ sung một số điều của Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh ban hành kèm theo Quyết định số 12/2019/QĐ-UBND có căn cứ ban hành như sau: “Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Theo đề nghị của Giám đốc Sở Nội vụ.”
[2] Điều 2 của Quyết định số 25/2021/QĐ-UBND quy định như sau: “Quyết định này có hiệu lực kể từ ngày 15 tháng 9 năm 2021.”

Văn bản hợp nhất số 02/VBHN-UBND - Trang 2/2
""")


# ---------------------------------------------------------------------------------------------------------------
def para(text, fn_ids=None):
    runs = []
    parts = text.split("{fn1}")
    for i, p in enumerate(parts):
        if p:
            runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(p))
        if i < len(parts) - 1:
            runs.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    # tabs
    out = []
    for r in runs:
        out.append(r.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">'))
    return "<w:p>%s</w:p>" % "".join(out)


def table(rows):
    x = ["<w:tbl>"]
    for row in rows:
        x.append("<w:tr>")
        for c in row:
            x.append("<w:tc>%s</w:tc>" % para(c))
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


def header_table(rows):
    # Word's borderless two columns; each cell one paragraph per line.
    x = ["<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>"]
    for row in rows:
        x.append("<w:tr>")
        for c in row:
            x.append("<w:tc>%s</w:tc>" % para(c))
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


def docx(spec):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = [header_table(spec["header"])]
    for line in spec["body"]:
        body.append(table(spec["table"]) if line == "TABLE" else para(line))
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body))
    fns = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes %s>' % W
    fns += '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    fns += '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    fns += '<w:footnote w:id="1">%s</w:footnote>' % para(spec["footnotes"]["fn1"])
    fns += "</w:footnotes>"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
             '</Relationships>')
    return [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", drels), ("word/footnotes.xml", fns)]


# ---------------------------------------------------------------------------------------------------------------
KEYDATA = {
    "world": "Tỉnh Hà Nam 2018-2024 (Tỉnh ủy, UBND tỉnh, Ủy ban MTTQ tỉnh, Hội Nông dân, Hội LHPN, Tỉnh đoàn and their "
             "district bodies; UBND huyện Kim Bảng, Thanh Liêm), then xã Tam Chúc, tỉnh Ninh Bình after 1/7/2025",
    "planted": [
        {"rule": "cycle", "ids": ["07/HD-HPN", "25/KH-HPN"], "files": ["18_hoilhpn_lynhan_hd07_2023.txt", "19_hoilhpn_lynhan_kh25_2023.txt"],
         "what": "HD 07 guides KH 25 and KH 25 rests on HD 07 (same day; 18 is NFD)"},
        {"rule": "temporal", "ids": ["52-KH/TĐTN"], "files": ["21_huyendoan_kimbang_kh18_2023.txt"],
         "what": "Huyện đoàn plan of 10/02/2023 carries out Tỉnh đoàn's plan of 20/02/2023"},
        {"rule": "metadata-conflict", "ids": ["45-KH/HNDT"], "files": ["23_hnd_binhluc_kh30_2023.txt", "02_hoinongdan_tinh_kh45_2022.docx"],
         "what": "cited as of 10/12/2022; its header says 10/11/2022"},
        {"rule": "duplicate-identity", "ids": ["15/QĐ-UBND"], "files": ["11_kimbang_qd15_2023_a.txt", "12_kimbang_qd15_2023_b.txt"],
         "what": "UBND huyện Kim Bảng numbered two decisions 15/QĐ-UBND (09/01 and 16/01/2023)"},
        {"rule": "superseded-citation", "ids": ["215/QĐ-UBND"], "files": ["10_kimbang_kh145_2022.txt"],
         "what": "a 20/7/2022 plan rests on 215/QĐ-UBND, replaced on 05/9/2021 by 1520/QĐ-UBND"},
        {"rule": "superseded-citation", "ids": ["340/QĐ-UBND"], "files": ["12_kimbang_qd15_2023_b.txt"],
         "what": "a 16/01/2023 decision rests on 340/QĐ-UBND, repealed on 16/6/2022 by 890/QĐ-UBND"},
        {"rule": "inverse-inconsistency", "ids": ["215/QĐ-UBND"], "files": ["08_kimbang_qd1766_2021.html", "07_kimbang_qd1520_2021.txt"],
         "what": "215/QĐ-UBND replaced by two decisions (1520 of 05/9/2021 and 1766 of 20/10/2021)"},
        {"rule": "overdue-plan", "ids": [], "files": ["02_hoinongdan_tinh_kh45_2022.docx"], "announces": True,
         "what": "task row 2 announces a Đề án due Quý II/2023; none issued"},
        {"rule": "overdue-plan", "ids": ["05/QCPH-UBND-UBMTTQ"], "files": ["05_mttq_tinh_kh210_2023.md"],
         "what": "planned amendment of the joint Quy chế phối hợp by Quý IV/2023; none issued"},
        {"rule": "unmet-obligation", "ids": ["28-CTr/TU"], "files": ["01_tinhuy_ctr28_2022.txt"], "contains": "Tỉnh đoàn",
         "what": "Ban Thường vụ Tỉnh đoàn is to issue a plan for 28-CTr/TU; its only plan (52-KH/TĐTN) is for Tháng Thanh niên"},
        {"rule": "count-mismatch", "ids": [], "files": ["09_kimbang_qd890_baibo_2022.txt"],
         "what": "“Bãi bỏ 02 văn bản sau đây:” followed by three items"},
    ],
    "external": ["19-NQ/TW", "75/2015/QH13", "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "217-QĐ/TW",
                 "33/2023/NĐ-CP", "60-NQ/TW", "202/2025/QH15"],
    "traps": [
        {"kind": "consolidated-not-amendment", "ids": ["12/2019/QĐ-UBND"],
         "files": ["23_hnd_binhluc_kh30_2023.txt", "24_ubnd_tinh_vbhn02_2022.txt"],
         "must_not": ["superseded-citation", "inverse-inconsistency", "duplicate-identity", "metadata-conflict", "cycle"],
         "why": "a VBHN consolidates 12/2019 and its amendment; 12/2019 stays in force"},
        {"kind": "consolidated-own-identity", "ids": ["02/VBHN-UBND"], "files": ["24_ubnd_tinh_vbhn02_2022.txt", "23_hnd_binhluc_kh30_2023.txt"],
         "must_not": ["duplicate-identity", "metadata-conflict", "temporal", "dangling", "superseded-citation"],
         "why": "the VBHN's own number is 02/VBHN-UBND of 10/3/2022 whatever decision it reproduces; its running page header is no citation"},
        {"kind": "joint-two-issuers", "ids": ["05/QCPH-UBND-UBMTTQ"], "files": ["05_mttq_tinh_kh210_2023.md", "04_ubnd_mttq_tinh_qcph05_2021.txt"],
         "must_not": ["metadata-conflict", "dangling", "duplicate-identity"],
         "why": "a joint Quy chế of UBND tỉnh and Ủy ban MTTQ tỉnh, cited with its issuers in the other order"},
        {"kind": "replacement-noted", "ids": ["215/QĐ-UBND"], "files": ["11_kimbang_qd15_2023_a.txt"],
         "must_not": ["superseded-citation"],
         "why": "“(Quy chế trước đây ban hành kèm theo Quyết định số 215 …, đã được thay thế)” tells history; the decision rests on 1520"},
        {"kind": "draft-replacement", "ids": ["1520/QĐ-UBND"], "files": ["17_tamchuc_kh12_2025.txt", "16_kimbang_duthao_qd_2024.txt", "14_kimbang_kh86_2024.txt"],
         "must_not": ["superseded-citation", "inverse-inconsistency", "duplicate-identity", "temporal"],
         "why": "a DỰ THẢO with a blank number and date would replace 1520; never enacted"},
        {"kind": "merger-successor-cites-old-district", "ids": ["86/KH-UBND", "40/KH-UBND"], "files": ["17_tamchuc_kh12_2025.txt"],
         "must_not": ["dangling", "temporal", "metadata-conflict", "superseded-citation"],
         "why": "a Ninh Bình commune of 2025 cites the plans of huyện Kim Bảng (cũ) and xã Ba Sao (cũ), both in the corpus"},
        {"kind": "commune-obligation-met", "ids": ["86/KH-UBND"], "files": ["14_kimbang_kh86_2024.txt"],
         "must_not": ["unmet-obligation", "overdue-plan"],
         "why": "UBND các xã, thị trấn are to issue plans by 15/4/2024; xã Ba Sao's 40/KH-UBND of 02/4/2024 does"},
        {"kind": "same-number-two-districts", "ids": ["15/QĐ-UBND"], "files": ["13_thanhliem_qd15_2023.txt"],
         "must_not": ["duplicate-identity", "metadata-conflict"],
         "why": "Thanh Liêm's 15/QĐ-UBND is another body's number"},
        {"kind": "date-range-not-document-date", "ids": ["52-KH/TĐTN"], "files": ["22_thidoan_duytien_kh09_2023.txt"],
         "must_not": ["metadata-conflict", "temporal"],
         "why": "“(từ ngày 01/3/2023 đến ngày 31/3/2023)” is the campaign's span, not 52-KH/TĐTN's date"},
        {"kind": "recurring-hang-nam", "ids": ["112/KH-HPN"], "files": ["03_hoilhpn_tinh_kh112_2022.html"],
         "must_not": ["overdue-plan"],
         "why": "“trước ngày 15/12 hằng năm” recurs"},
        {"kind": "portal-sidebar-links", "ids": ["99-KH/TU", "03/HD-HPN"], "files": ["03_hoilhpn_tinh_kh112_2022.html"],
         "must_not": ["dangling"],
         "why": "a sidebar's VĂN BẢN MỚI list cites nothing"},
        {"kind": "mass-org-obligation-met", "ids": ["112/KH-HPN"], "files": ["03_hoilhpn_tinh_kh112_2022.html"],
         "must_not": ["unmet-obligation"],
         "why": "Hội LHPN các huyện are to issue plans; Lý Nhân's 25/KH-HPN implements 112/KH-HPN"},
        {"kind": "party-obligations-met-by-mass-orgs", "ids": ["28-CTr/TU"], "files": ["01_tinhuy_ctr28_2022.txt"],
         "must_not": ["unmet-obligation"],
         "why": "Hội Nông dân tỉnh (45-KH/HNDT) and Hội LHPN tỉnh (112/KH-HPN) did issue plans; only Tỉnh đoàn's is missing (planted)"},
        {"kind": "nfd-file", "ids": ["07/HD-HPN", "25/KH-HPN"], "files": ["18_hoilhpn_lynhan_hd07_2023.txt", "19_hoilhpn_lynhan_kh25_2023.txt"],
         "must_not": ["dangling", "temporal"],
         "requires_planted": {"rule": "cycle", "id": "07/HD-HPN", "file": "18_hoilhpn_lynhan_hd07_2023.txt"},
         "why": "18 is NFD; its number and the cycle must still be read"},
        {"kind": "youth-union-not-party", "ids": ["52-KH/TĐTN"], "files": ["21_huyendoan_kimbang_kh18_2023.txt", "20_tinhdoan_kh52_2023.txt", "22_thidoan_duytien_kh09_2023.txt"],
         "must_not": ["dangling", "duplicate-identity"],
         "requires_planted": {"rule": "temporal", "id": "52-KH/TĐTN", "file": "21_huyendoan_kimbang_kh18_2023.txt"},
         "why": "Tỉnh đoàn's header (BCH ĐOÀN TỈNH … / ĐOÀN TNCS HỒ CHÍ MINH) is the Union's, its number its own"},
        {"kind": "docx-own-number-spaced", "ids": ["45-KH/HNDT"], "files": ["13_thanhliem_qd15_2023.txt", "23_hnd_binhluc_kh30_2023.txt"],
         "must_not": ["dangling"],
         "why": "“Số: 45 -KH/HNDT” in a Word header table is the cited 45-KH/HNDT"},
        {"kind": "youth-obligation-met", "ids": ["52-KH/TĐTN"], "files": ["20_tinhdoan_kh52_2023.txt"],
         "must_not": ["unmet-obligation", "overdue-plan"],
         "why": "các huyện, thị, thành đoàn are to send plans by 28/02/2023; Kim Bảng (18-KH/ĐTN) and Duy Tiên (09-KH/ĐTN) did"},
        {"kind": "running-page-footer", "ids": ["28-CTr/TU", "02/VBHN-UBND"], "files": ["01_tinhuy_ctr28_2022.txt", "24_ubnd_tinh_vbhn02_2022.txt"],
         "must_not": ["duplicate-identity", "dangling", "metadata-conflict", "cycle", "temporal"],
         "why": "“Chương trình hành động số 28-CTr/TU - Trang 1/4” repeated on each page is the document naming itself"},
    ],
    "collateral": [],
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, text in sorted(FILES.items()):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    path = os.path.join(OUT, "02_hoinongdan_tinh_kh45_2022.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in docx(DOCX_02):
            zi = zipfile.ZipInfo(n, date_time=(2022, 11, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    with open(KEY, "w", encoding="utf-8") as f:
        json.dump(KEYDATA, f, ensure_ascii=False, indent=1)
    print(f"{len(FILES) + 1} files, {len(KEYDATA['planted'])} planted, {len(KEYDATA['external'])} external, {len(KEYDATA['traps'])} traps")


if __name__ == "__main__":
    main()
