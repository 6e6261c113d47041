#!/usr/bin/env python3
"""Round 17, wave 2: shapes not seen in wave 1, same world (Quảng Ninh 2025–2026). Writes wave 1 (gen.py) and then
the wave-2 files (x01…x20) into one folder, since wave-2 documents rest on wave-1 ones.
Usage: gen_ext.py [OUT]   (default ./corpus_ext). Needs chromium (headless) for the two .pdf files."""
import os, sys, shutil, subprocess, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import *

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus_ext")
subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), OUT], check=True, stdout=subprocess.DEVNULL)

CSS = """<style>@page{size:A4;margin:2cm 2cm 2cm 3cm} body{font-family:"DejaVu Serif";font-size:13pt;line-height:1.35}
table.tt{border-collapse:collapse;width:100%} table.tt td,table.tt th{border:1px solid #000;padding:4px;vertical-align:top}
table.hd td{text-align:center;vertical-align:top} p{margin:4px 0;text-align:justify} .c{text-align:center}</style>"""

def pdf(name, body):
    with tempfile.TemporaryDirectory() as d:
        h = os.path.join(d, "in.html")
        open(h, "w", encoding="utf-8").write(f"<html><head><meta charset='utf-8'>{CSS}</head><body>{body}</body></html>")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={os.path.join(OUT, name)}", "file://" + h],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def state_hd(l1, l2, num, place):
    return (f"<table class='hd' width='100%'><tr><td width='40%'><p>{l1}</p><p><b>{l2}</b></p><p>Số: {num}</p></td>"
            f"<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p><p><i>{place}</i></p></td></tr></table>")

# ---------------------------------------------------------------- x01 UBND tỉnh plan, .pdf with a bordered task table over pages
filler = "".join(f"<p>{i}. Tiếp tục rà soát, sắp xếp các điểm dân cư vùng bãi thải; bảo đảm quỹ đất tái định cư, hạ tầng kỹ thuật đồng bộ, "
                 "không để người dân chờ đợi kéo dài; lồng ghép các nguồn vốn, huy động doanh nghiệp ngành than cùng tham gia.</p>" for i in range(1, 9))
rows = [("1", "Xây dựng Đề án phát triển đô thị thông minh phường Cẩm Phả, Quang Hanh giai đoạn 2026 - 2030", "Sở Xây dựng", "UBND các phường Cẩm Phả, Quang Hanh", "Quý II/2026"),
        ("2", "Sửa đổi, bổ sung Quyết định số 07/2025/QĐ-UBND ngày 10/3/2025 của UBND tỉnh ban hành Quy định phân cấp quản lý bãi thải mỏ", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Quý I/2026"),
        ("3", "Sơ kết 01 năm thực hiện Kế hoạch", "Sở Xây dựng", "Các sở, ngành, địa phương", "Quý IV/2026"),
        ("4", "Trình Hội đồng nhân dân tỉnh ban hành Nghị quyết thay thế Nghị quyết số 12/2021/NQ-HĐND ngày 08/7/2021 của HĐND tỉnh về một số chính sách hỗ trợ chuyển đổi xanh vùng than, bảo đảm phù hợp với Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và tổ chức bộ máy sau sắp xếp; đánh giá tác động của chính sách đối với người dân các phường vùng than, bảo đảm không để gián đoạn các chính sách hỗ trợ đang thực hiện; lấy ý kiến các sở, ngành, địa phương và đối tượng chịu tác động của chính sách theo quy định", "Sở Tài chính", "Sở Nông nghiệp và Môi trường, Sở Tư pháp", "Tháng 7/2026"),
        ("5", "Cập nhật cơ sở dữ liệu đô thị trên nền tảng số của tỉnh", "Sở Khoa học và Công nghệ", "Sở Xây dựng", "Thường xuyên")]
trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in rows)
pdf("x01_kh18-ubnd-2026.pdf", state_hd("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "18/KH-UBND", "Quảng Ninh, ngày 20 tháng 01 năm 2026") + """
<p class='c'><b>KẾ HOẠCH</b></p>
<p class='c'><b>Thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh (khóa XVI) về phát triển đô thị xanh, thông minh tại các phường vùng than giai đoạn 2026 - 2030</b></p>
<p>Thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI; Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>""" + filler + """
<p><b>II. NHIỆM VỤ CỤ THỂ</b> (Quý I/2026 - Quý IV/2026)</p>
<table class='tt'><thead><tr><th>TT</th><th>Nội dung nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th></tr></thead>""" + trs + """</table>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p>Các sở, ngành, địa phương định kỳ hằng quý báo cáo kết quả về Sở Xây dựng để tổng hợp, báo cáo UBND tỉnh.</p>
<p style='text-align:right'><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br>Phạm Đức Ấn</p>""")

# ---------------------------------------------------------------- x02 forwarded e-mail quoting the plan's header, lower-case ids
W(OUT, "x02_fw-email-kh18.txt", """From: Van thu UBND phuong Cua Ong <vanthu.cuaong@quangninh.gov.vn>
Sent: Thursday, January 22, 2026 8:14 AM
To: cb.diachinh.cuaong@quangninh.gov.vn; cb.vhxh.cuaong@quangninh.gov.vn
Subject: Fw: V/v trien khai KH 18/kh-ubnd ngay 20/01/2026 cua UBND tinh

Kính gửi các đồng chí,
Văn thư chuyển văn bản để các bộ phận nghiên cứu, tham mưu UBND phường triển khai theo kế hoạch số 18/kh-ubnd (file đính kèm).

---------- Forwarded message ---------
From: Van phong UBND tinh Quang Ninh <vpubnd@quangninh.gov.vn>
Date: Wed, Jan 21, 2026 at 4:40 PM
Subject: V/v trien khai KH 18/KH-UBND
To: UBND cac xa, phuong, dac khu

> ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
> Số: 18/KH-UBND
> Quảng Ninh, ngày 20 tháng 01 năm 2026
>
> KẾ HOẠCH
> Thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh (khóa XVI)
>
> (Toàn văn xem tệp đính kèm: 18-KH-UBND.pdf)

--
Văn phòng UBND tỉnh Quảng Ninh
""")

# ---------------------------------------------------------------- x03 council resolution replacing 12/2021, minified portal page (one line)
mini = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Nghị quyết 15/2026/NQ-HĐND</title><script>var a=1;</script></head><body>"
        "<div class=\"top\"><a href=\"/\">HĐND tỉnh Quảng Ninh</a> | Kỳ họp | Văn bản</div><div class=\"crumb\">Trang chủ &raquo; Văn bản &raquo; Nghị quyết</div>"
        "<div class=\"doc\"><table><tr><td><p>HỘI ĐỒNG NHÂN DÂN</p><p>TỈNH QUẢNG NINH</p><p>Số: 15/2026/NQ-HĐND</p></td>"
        "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Quảng Ninh, ngày 10 tháng 7 năm 2026</p></td></tr></table>"
        "<p style=\"text-align:center\"><b>NGHỊ QUYẾT</b></p><p style=\"text-align:center\"><b>Quy định một số chính sách hỗ trợ chuyển đổi xanh tại các phường vùng than giai đoạn 2026 - 2030</b></p>"
        "<p style=\"text-align:center\"><b>HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH<br>KHÓA XV, KỲ HỌP THỨ 3</b></p>"
        "<p>Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;</p><p>Xét Tờ trình số 2210/TTr-UBND ngày 25/6/2026 của Ủy ban nhân dân tỉnh;</p>"
        "<p style=\"text-align:center\"><b>QUYẾT NGHỊ:</b></p><p><b>Điều 1.</b> Hỗ trợ 80 triệu đồng/hộ di dời khỏi vùng ảnh hưởng bãi thải mỏ; hỗ trợ 30% lãi suất vay cho dự án năng lượng sạch.</p>"
        "<p><b>Điều 2.</b> Nghị quyết này được Hội đồng nhân dân tỉnh Quảng Ninh khóa XV, Kỳ họp thứ 3 thông qua ngày 10 tháng 7 năm 2026, có hiệu lực từ ngày 20 tháng 7 năm 2026 "
        "và thay thế Nghị quyết số 12/2021/NQ-HĐND ngày 08/7/2021 của Hội đồng nhân dân tỉnh.</p><p style=\"text-align:right\"><b>CHỦ TỊCH</b><br>Trịnh Thị Minh Thanh</p></div>"
        "<div class=\"side\"><h4>Văn bản liên quan</h4><ul><li><a href=\"/vb/1\">Nghị quyết số 48/2025/NQ-HĐND</a></li><li><a href=\"/vb/2\">Kế hoạch số 18/KH-UBND</a></li></ul></div></body></html>")
W(OUT, "x03_nq15-2026-hdnd-min.html", mini)

# ---------------------------------------------------------------- x04 ward decision typed in lower case
W(OUT, "x04_qd45-ubnd-phuongcampha-2026.txt", """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG CẨM PHẢ                           Độc lập - Tự do - Hạnh phúc
Số: 45/qđ-ubnd                      Cẩm Phả, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc kiện toàn Tổ công tác phục hồi môi trường bãi thải trên địa bàn phường

CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CẨM PHẢ

Căn cứ quyết định số 15/2019/qđ-ubnd ngày 20/5/2019 của ubnd tỉnh ban hành quy định quản lý bãi thải mỏ;
Căn cứ kế hoạch số 18/kh-ubnd ngày 20/01/2026 của ubnd tỉnh thực hiện nghị quyết số 05-nq/tu ngày 30/12/2025 của ban chấp hành đảng bộ tỉnh;
Theo đề nghị của công chức địa chính - xây dựng.

QUYẾT ĐỊNH:
Điều 1. Kiện toàn Tổ công tác phục hồi môi trường bãi thải phường Cẩm Phả gồm 09 thành viên (có danh sách kèm theo).
Điều 2. Quyết định có hiệu lực kể từ ngày ký.

                                         CHỦ TỊCH
                                         Trần Quang Vinh
""")

# ---------------------------------------------------------------- x05 consolidated text of 07/2025 with footnotes (.docx)
docx(os.path.join(OUT, "x05_vbhn05-ubnd-2026.docx"), [
    ("t", [[["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 05/VBHN-UBND"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ninh, ngày 10 tháng 4 năm 2026"]]], False),
    ("p", "QUYẾT ĐỊNH", True, True),
    ("p", "Ban hành Quy định phân cấp quản lý bãi thải mỏ, phù hợp với tổ chức của các sở, ngành từ ngày 01/3/2025", True, True),
    ("p", "Quyết định số 07/2025/QĐ-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy định phân cấp quản lý bãi thải mỏ, có hiệu lực kể từ ngày 20 tháng 3 năm 2025, được sửa đổi, bổ sung bởi:"),
    ("p", "Quyết định số 03/2026/QĐ-UBND ngày 25 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quyết định số 07/2025/QĐ-UBND, có hiệu lực kể từ ngày 05 tháng 4 năm 2026."),
    ("fn", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", 1, ""),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý bãi thải mỏ trên địa bàn tỉnh."),
    ("fn", "Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2025 và thay thế Quyết định số 15/2019/QĐ-UBND ngày 20 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh.", 2, ""),
    ("fn", "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này./.", 3, ""),
    ("p", "XÁC THỰC VĂN BẢN HỢP NHẤT"), ("p", "CHỦ TỊCH"), ("p", "Phạm Đức Ấn"),
], footnotes={1: "Quyết định số 03/2026/QĐ-UBND có căn cứ ban hành như sau: Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.",
              2: "Điều 2 của Quyết định số 03/2026/QĐ-UBND quy định như sau: Quyết định này có hiệu lực kể từ ngày 05 tháng 4 năm 2026.",
              3: "Điều này được sửa đổi theo quy định tại khoản 2 Điều 1 Quyết định số 03/2026/QĐ-UBND ngày 25/3/2026 của Ủy ban nhân dân tỉnh, có hiệu lực kể từ ngày 05 tháng 4 năm 2026."})

# ---------------------------------------------------------------- x06 amending decision, ids broken across lines (layout)
W(OUT, "x06_qd03-2026-ubnd.txt", layout_header(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 03/2026/QĐ-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ninh, ngày 25 tháng 3 năm 2026"]) + """

                                  QUYẾT ĐỊNH
        Sửa đổi, bổ sung một số điều của Quyết định số 07/2025/QĐ-
      UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy
               định phân cấp quản lý bãi thải mỏ

                         ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH

   Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
   Thực hiện Kế hoạch số 18/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh;
   Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.

                                   QUYẾT ĐỊNH:

   Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 07/2025/
QĐ-UBND ngày 10/3/2025 như sau:
   1. Sửa đổi Điều 2 Quy định: "Ủy ban nhân dân các phường, xã quản lý bãi thải đã dừng
đổ thải trên địa bàn."
   2. Sửa đổi Điều 3 Quyết định: bổ sung Chủ tịch UBND các xã, phường, đặc khu.
   Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 4 năm 2026.

                                              TM. ỦY BAN NHÂN DÂN
                                              CHỦ TỊCH
                                              Phạm Đức Ấn
""")

# ---------------------------------------------------------------- x07 ward resolution read by OCR: O for 0, l for 1
W(OUT, "x07_nq03-du-mongduong-2026.txt", """ĐẢNG BỘ TỈNH QUẢNG NINH        ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG MÔNG DƯƠNG
        *                      Mông Dương, ngày l6 tháng O3 năm 2O26
Số O3-NQ/ĐU

NGHỊ QUYẾT
về phát triển đô thị xanh trên địa bàn phường giai đoạn 2026 - 2030

Thực hiện Nghị quyết số O5-NQ/TU, ngày 3O/12/2O25 của Ban Chấp hành Đảng bộ tỉnh khóa XVI;
học tập Kế hoạch số l2-KH/ĐU, ngày l5/O2/2O26 của Đảng ủy phường Cẩm Phả về mô hình
phân loại rác tại nguồn, Ban Chấp hành Đảng bộ phường quyết nghị:

1. Đến năm 2O3O, lOO% khu phố đạt chuẩn văn minh đô thị.
2. Đảng ủy phường giao Ủy ban nhân dân phường cụ thể hóa bằng kế hoạch.

T/M ĐẢNG ỦY
BÍ THƯ
Nguyễn Thị Hoa
""")

# ---------------------------------------------------------------- x08 Đảng ủy UBND tỉnh (new in 2025), Markdown footnotes
W(OUT, "x08_kh12-du-ubndtinh-2026.md", """| ĐẢNG BỘ TỈNH QUẢNG NINH | ĐẢNG CỘNG SẢN VIỆT NAM |
|:---:|:---:|
| **ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH**[^1] | |
| \\* | *Quảng Ninh, ngày 20 tháng 01 năm 2026* |
| Số 12-KH/ĐU | |

# KẾ HOẠCH
## lãnh đạo thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI

Thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI[^2], Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh xây dựng Kế hoạch lãnh đạo như sau:

1. Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Nghị quyết trong tháng 01/2026.
2. Các chi bộ, đảng bộ sở, ngành trực thuộc quán triệt Nghị quyết đến đảng viên.

**T/M BAN THƯỜNG VỤ**  
**BÍ THƯ**  
Phạm Đức Ấn

[^1]: Thành lập ngày 05/02/2025 trên cơ sở kết thúc hoạt động của Ban cán sự đảng Ủy ban nhân dân tỉnh và các đảng đoàn, ban cán sự đảng trực thuộc.
[^2]: Kế thừa Nghị quyết số 05-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XV về chuyển đổi xanh.
""")

# ---------------------------------------------------------------- x09 Đảng ủy Than Quảng Ninh 2026 (.docx with tracked changes)
import zipfile
docx(os.path.join(OUT, "x09_nq02-du-than-2026.docx"), [
    ("t", [[["ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY THAN QUẢNG NINH", "*", "Số 02-NQ/ĐU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 10 tháng 3 năm 2026"]]], False),
    ("p", "NGHỊ QUYẾT", True, True),
    ("p", "về chuyển đổi số, khai thác than xanh giai đoạn 2026 - 2030", True, True),
    ("p", "Thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; tiếp tục thực hiện Nghị quyết số 09-NQ/ĐU ngày 20/7/2021 của Đảng ủy Than Quảng Ninh, Ban Chấp hành Đảng bộ Than Quảng Ninh quyết nghị:"),
    ("p", "I. MỤC TIÊU"),
    ("p", "Đến năm 2030, 100% mỏ hầm lò vận hành trung tâm điều khiển số; giảm 20% phát thải so với năm 2025."),
    ("p", "II. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đảng ủy các công ty than trực thuộc xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 30/4/2026."),
    ("p", "2. Văn phòng Đảng ủy theo dõi, đôn đốc."),
    ("p", "T/M ĐẢNG ỦY"), ("p", "BÍ THƯ"), ("p", "Ngô Hoàng Ngân"),
])

# ---------------------------------------------------------------- x10/x11 ward Quang Hanh: guidance and plan resting on each other
W(OUT, "x10_hd03-du-quanghanh-2026.txt", """ĐẢNG BỘ TỈNH QUẢNG NINH                 ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG QUANG HANH
          *                            Quang Hanh, ngày 09 tháng 3 năm 2026
Số 03-HD/ĐU

HƯỚNG DẪN
thực hiện Kế hoạch số 40/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân phường
về chỉnh trang đô thị, phục hồi cảnh quan bãi thải cũ năm 2026

Để các chi bộ khu phố thực hiện thống nhất Kế hoạch số 40/KH-UBND ngày 09/3/2026 của Ủy ban
nhân dân phường, Ban Thường vụ Đảng ủy hướng dẫn như sau:
1. Chi bộ khu phố đưa nội dung chỉnh trang đô thị vào sinh hoạt chi bộ hằng tháng.
2. Đảng viên gương mẫu tham gia ra quân ngày Chủ nhật xanh.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Đặng Văn Quý
""")
W(OUT, "x11_kh40-ubnd-quanghanh-2026.txt", """ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG QUANG HANH                         Độc lập - Tự do - Hạnh phúc
Số: 40/KH-UBND                       Quang Hanh, ngày 09 tháng 3 năm 2026

KẾ HOẠCH
Chỉnh trang đô thị, phục hồi cảnh quan bãi thải cũ năm 2026

Căn cứ Hướng dẫn số 03-HD/ĐU ngày 09/3/2026 của Ban Thường vụ Đảng ủy phường Quang Hanh;
thực hiện Kế hoạch số 18/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân
phường ban hành Kế hoạch như sau:
1. Cải tạo 3,5 ha bãi thải cũ thành công viên cây xanh, hoàn thành Quý IV/2026.
2. Ra quân ngày Chủ nhật xanh hằng tháng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Thị Lan
""")

# ---------------------------------------------------------------- x12 department letter: ids broken over lines, a later plan
W(OUT, "x12_cv812-snnmt-2026.txt", layout_header(["UBND TỈNH QUẢNG NINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 812/SNNMT-MT", "V/v triển khai Quyết định số", "03/2026/QĐ-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ninh, ngày 02 tháng 4 năm 2026"]) + """

               Kính gửi: Ủy ban nhân dân các phường, xã, đặc khu.

   Ngày 25/3/2026, Ủy ban nhân dân tỉnh ban hành Quyết định số
03/2026/QĐ-UBND sửa đổi, bổ sung một số điều của Quyết định số 07/2025/QĐ-UBND ngày
10/3/2025. Để triển khai Kế hoạch số 55/KH-UBND ngày 15/4/2026 của Ủy ban nhân dân
tỉnh, Sở Nông nghiệp và Môi trường đề nghị:
   1. Ủy ban nhân dân các phường, xã tiếp nhận hồ sơ các bãi thải đã dừng đổ thải trên
địa bàn.
   2. Báo cáo kết quả về Sở trước ngày 30/4/2026.

   Nơi nhận:                                  KT. GIÁM ĐỐC
   - Như trên;                                PHÓ GIÁM ĐỐC
   - UBND tỉnh (b/c);                         Lê Văn Bình
   - Lưu: VT, MT.
""")

# ---------------------------------------------------------------- x13 UBND tỉnh plan as .htm with an HTML task table
trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in [
    ("", "Năm 2026 (gồm 05 nhiệm vụ)", "", ""),
    ("1", "Bàn giao hồ sơ bãi thải cho UBND các phường, xã", "Sở Nông nghiệp và Môi trường", "Quý II/2026"),
    ("2", "Kiểm tra an toàn bãi thải mùa mưa bão", "Sở Nông nghiệp và Môi trường", "Quý III/2026"),
    ("3", "Hỗ trợ di dời hộ dân theo chính sách mới của HĐND tỉnh", "UBND các phường", "Năm 2026"),
    ("4", "Tuyên truyền về phân cấp quản lý bãi thải", "Sở Văn hóa, Thể thao và Du lịch", "Thường xuyên")])
W(OUT, "x13_kh55-ubnd-2026.htm", f"""<html><head><meta charset="utf-8"><title>KH 55</title></head><body>
<table width="100%"><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH QUẢNG NINH</p><p>Số: 55/KH-UBND</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Quảng Ninh, ngày 15 tháng 4 năm 2026</p></td></tr></table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Triển khai Quyết định số 03/2026/QĐ-UBND ngày 25/3/2026 của Ủy ban nhân dân tỉnh</b></p>
<p>Thực hiện Quyết định số 03/2026/QĐ-UBND ngày 25/3/2026 sửa đổi, bổ sung Quyết định số 07/2025/QĐ-UBND, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:</p>
<table border="1" cellspacing="0"><tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td><td>Thời gian</td></tr>
{trs}</table>
<p align="right"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br>Nghiêm Xuân Cường</p>
</body></html>
""")

# ---------------------------------------------------------------- x14 ward Party decision ending former city documents, by list
W(OUT, "x14_qd15-du-phuongcampha-2026.txt", """ĐẢNG BỘ TỈNH QUẢNG NINH                 ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG CẨM PHẢ
          *                            Cẩm Phả, ngày 20 tháng 3 năm 2026
Số 15-QĐ/ĐU

QUYẾT ĐỊNH
về việc bãi bỏ một số văn bản của Ban Thường vụ Thành ủy Cẩm Phả (cũ)
áp dụng trên địa bàn phường

- Căn cứ Quy định số 45-QĐ/TU ngày 20/9/2024 của Ban Thường vụ Tỉnh ủy;
- Căn cứ Thông báo số 1250-TB/TU ngày 05/8/2025 của Ban Thường vụ Tỉnh ủy,
BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG QUYẾT ĐỊNH:

Điều 1. Bãi bỏ các văn bản sau của Ban Thường vụ Thành ủy Cẩm Phả (cũ) áp dụng trên địa bàn phường:
1. Kế hoạch số 24-KH/ThU ngày 15/9/2016 thực hiện Nghị quyết số 05-NQ/TU ngày 22/7/2016 của Ban Chấp hành Đảng bộ tỉnh.
2. Kế hoạch số 35-KH/ThU ngày 12/01/2024 về chỉnh trang đô thị, cải thiện môi trường năm 2024.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Hoàng Bá Nam
""")

# ---------------------------------------------------------------- x15 ward Quang Hanh Party plan: cites a repealed plan, bare 12-KH/TU (UTF-8 BOM, CRLF)
W(OUT, "x15_kh22-du-quanghanh-2026.txt", "\ufeff" + """ĐẢNG BỘ TỈNH QUẢNG NINH\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG QUANG HANH
*\tQuang Hanh, ngày 10 tháng 5 năm 2026
Số 22-KH/ĐU

KẾ HOẠCH
thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển đô thị xanh

- Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy;
- Căn cứ Kế hoạch số 35-KH/ThU ngày 12/01/2024 của Ban Thường vụ Thành ủy Cẩm Phả về chỉnh trang đô thị, cải thiện môi trường,
Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:

1. Mỗi chi bộ khu phố đăng ký 01 công trình xanh.
2. Ủy ban nhân dân phường bố trí kinh phí thực hiện.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Đặng Văn Quý
""", crlf=True)

# ---------------------------------------------------------------- x16 Tỉnh ủy khóa XVI plan, numbers restarted: a second 12-KH/TU (.pdf)
pdf("x16_kh12-tu-2026.pdf", """<table class='hd' width='100%'><tr><td width='45%'><p>ĐẢNG BỘ TỈNH QUẢNG NINH</p><p><b>TỈNH ỦY</b></p><p>*</p><p>Số 12-KH/TU</p></td>
<td><p><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p><p><i>Quảng Ninh, ngày 05 tháng 02 năm 2026</i></p></td></tr></table>
<p class='c'><b>KẾ HOẠCH</b></p>
<p class='c'><b>thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI về phát triển đô thị xanh, thông minh tại các phường vùng than</b></p>
<p>Để cụ thể hóa Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:</p>
<p><b>I. NHIỆM VỤ</b></p>
<table class='tt'><thead><tr><th>TT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Thời gian hoàn thành</th></tr></thead>
<tr><td>1</td><td>Quán triệt Nghị quyết đến chi bộ</td><td>Ban Tuyên giáo và Dân vận Tỉnh ủy</td><td>Quý I/2026</td></tr>
<tr><td>2</td><td>Kiểm tra, giám sát việc thực hiện tại các phường vùng than</td><td>Ủy ban Kiểm tra Tỉnh ủy</td><td>Hằng năm</td></tr>
<tr><td>3</td><td>Tổng kết thực hiện Kế hoạch này</td><td>Văn phòng Tỉnh ủy</td><td>Tháng 12/2030</td></tr></table>
<p><b>II. TỔ CHỨC THỰC HIỆN</b></p>
<p>Đảng ủy các phường, xã, đặc khu căn cứ Kế hoạch xây dựng kế hoạch thực hiện, hoàn thành trong Quý II/2026.</p>
<p style='text-align:right'><b>T/M BAN THƯỜNG VỤ<br>PHÓ BÍ THƯ THƯỜNG TRỰC</b><br>Trịnh Thị Minh Thanh</p>""")

# ---------------------------------------------------------------- x17 council resolution replacing a repealed one (.docx, tracked deletion)
p = os.path.join(OUT, "x17_nq20-2026-hdnd.docx")
docx(p, [
    ("t", [[["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 20/2026/NQ-HĐND"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ninh, ngày 10 tháng 7 năm 2026"]]], False),
    ("p", "NGHỊ QUYẾT", True, True),
    ("p", "Quy định mức chi cho công tác hoàn nguyên môi trường và hỗ trợ di dời hộ dân vùng bãi thải", True, True),
    ("p", "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH KHÓA XV, KỲ HỌP THỨ 3", True, True),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"),
    ("p", "Điều 1. Quy định mức chi hoàn nguyên môi trường 120 triệu đồng/ha."),
    ("p", "@@DEL@@"),
    ("p", "Nghị quyết này được Hội đồng nhân dân tỉnh Quảng Ninh khóa XV, Kỳ họp thứ 3 thông qua ngày 10 tháng 7 năm 2026 và có hiệu lực từ ngày 20 tháng 7 năm 2026."),
    ("p", "CHỦ TỊCH"), ("p", "Trịnh Thị Minh Thanh"),
])
with zipfile.ZipFile(p) as z:
    parts = {n: z.read(n) for n in z.namelist()}
doc = parts["word/document.xml"].decode()
tracked = ('<w:p><w:r><w:t xml:space="preserve">Điều 2. Nghị quyết này thay thế Nghị quyết số 35/2019/NQ-HĐND ngày 12/7/2019 </w:t></w:r>'
           '<w:del w:id="1" w:author="Phong CTHĐND" w:date="2026-07-08T09:00:00Z"><w:r><w:delText xml:space="preserve">và Nghị quyết số 40/2019/NQ-HĐND ngày 06/12/2019 </w:delText></w:r></w:del>'
           '<w:ins w:id="2" w:author="Phong CTHĐND" w:date="2026-07-08T09:01:00Z"><w:r><w:t xml:space="preserve">của Hội đồng nhân dân tỉnh </w:t></w:r></w:ins>'
           '<w:r><w:t xml:space="preserve">về cơ chế hỗ trợ di dời hộ dân vùng ảnh hưởng bãi thải mỏ.</w:t></w:r></w:p>')
doc = doc.replace('<w:p><w:r><w:t xml:space="preserve">@@DEL@@</w:t></w:r></w:p>', tracked)
parts["word/document.xml"] = doc.encode()
with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)

# ---------------------------------------------------------------- x18 ward notice reusing its own number (Markdown footnotes)
W(OUT, "x18_tb30-ubnd-quanghanh-2026-b.md", """**ỦY BAN NHÂN DÂN PHƯỜNG QUANG HANH**  
Số: 30/TB-UBND  
*Quang Hanh, ngày 20 tháng 3 năm 2026*

## THÔNG BÁO
### Lịch ra quân Chủ nhật xanh quý II năm 2026

Thực hiện Kế hoạch số 40/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân phường; Quyết định số 07/2025/QĐ-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh[^1] và Sở Tài nguyên và Môi trường[^2], Ủy ban nhân dân phường thông báo lịch ra quân như sau:

- Chủ nhật 05/4/2026: khu 3, khu 4.
- Chủ nhật 03/5/2026: khu 5, khu 6.

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**  
Phạm Thị Lan

[^1]: Đã được sửa đổi, bổ sung bởi Quyết định số 03/2026/QĐ-UBND ngày 25/3/2026 của Ủy ban nhân dân tỉnh.
[^2]: Nay là Sở Nông nghiệp và Môi trường (hợp nhất từ ngày 01/3/2025).
""")

# ---------------------------------------------------------------- x19 ward plan: a Word table pasted in two pieces across a page
hdr_row = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
docx(os.path.join(OUT, "x19_kh08-du-cuaong-2026.docx"), [
    ("t", [[["ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY PHƯỜNG CỬA ÔNG", "*", "Số 08-KH/ĐU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cửa Ông, ngày 10 tháng 3 năm 2026"]]], False),
    ("p", "KẾ HOẠCH", True, True),
    ("p", "thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI", True, True),
    ("p", "Thực hiện Nghị quyết số 05-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI và Kế hoạch số 12-KH/TU ngày 05/02/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:"),
    ("t", [hdr_row,
           ["1", "Quán triệt Nghị quyết đến 100% chi bộ", "Văn phòng Đảng ủy", "Tháng 3/2026"],
           ["2", "Xây dựng tuyến phố văn minh Cửa Ông - Cẩm Thịnh", "Ủy ban nhân dân phường", "Năm 2026"],
           ["3", "Sơ kết 06 tháng thực hiện Nghị quyết", "Văn phòng Đảng ủy", ""]]),
    ("pb",),
    ("t", [hdr_row,
           ["", "số 05-NQ/TU ngày 30/12/2025 của Tỉnh ủy", "", "Tháng 7/2026"],
           ["4", "Tổng kết thực hiện Kế hoạch", "Văn phòng Đảng ủy", "Năm 2030"]]),
    ("p", "T/M BAN THƯỜNG VỤ"), ("p", "BÍ THƯ"), ("p", "Đào Văn Cường"),
])

# ---------------------------------------------------------------- x20 Than QN report: superscript footnote marks glued to ids
W(OUT, "x20_bc125-du-than-2026.txt", """ĐẢNG BỘ TỈNH QUẢNG NINH                 ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY THAN QUẢNG NINH
          *                            Hạ Long, ngày 15 tháng 10 năm 2026
Số 125-BC/ĐU

BÁO CÁO
kết quả 06 tháng thực hiện Nghị quyết số 02-NQ/ĐU¹, ngày 10/3/2026 của Ban Chấp hành
Đảng bộ Than Quảng Ninh về chuyển đổi số, khai thác than xanh

1. Ban Chấp hành Đảng bộ đã ban hành Nghị quyết số 02-NQ/ĐU² triển khai Nghị quyết số
05-NQ/TU³ của Ban Chấp hành Đảng bộ tỉnh khóa XVI.
2. 07/12 công ty hoàn thành trung tâm điều khiển số.
3. Tỷ lệ đất đá thải được tái sử dụng đạt 18%.

________
¹ Ban hành ngày 10/3/2026.
² Xem Nghị quyết số 02-NQ/ĐU ngày 10/3/2026.
³ Nghị quyết số 05-NQ/TU ngày 30/12/2025.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Vũ Anh Tuấn
""")
print("wrote", len(os.listdir(OUT)), "files to", OUT)
