#!/usr/bin/env python3
"""Red team round 18 (redteam25): new Đắk Lắk (merged with Phú Yên on 1/7/2025). Writes corpus/."""
import os, sys, zipfile, html
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))

def w(name, text):
    open(os.path.join(OUT, name), "w", encoding="utf-8").write(text.strip("\n") + "\n")

def party(org, sub, num, place, title, body=""):
    return f"""{org}
{sub}
*
Số {num}
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}
{title}
{body}"""

def state(org, num, place, title, body):
    return f"""{org}
-------
Số: {num}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}
{title}
{body}"""

def layout(text):
    # pdftotext -layout look: indented, wide gaps, a form feed mid-way
    lines = text.split("\n")
    out = []
    for i, l in enumerate(lines):
        out.append(("    " + l.replace("\t", "          ")) if l else "")
        if i == len(lines) // 2:
            out.append("\f")
    return "\n".join(out)

def docx(name, paras, rows=None):
    def p(t):
        return f'<w:p><w:r><w:t xml:space="preserve">{html.escape(t)}</w:t></w:r></w:p>'
    body = "".join(p(t) for t in paras)
    if rows:
        tbl = "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
        body += tbl
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>' + body + '</w:body></w:document>')
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)

def portal(title, text, minified=False):
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử tỉnh Đắk Lắk</title></head>'
         f'<body><div class="breadcrumb">Trang chủ › Văn bản chỉ đạo điều hành</div><div class="content">{ps}</div>'
         '<div class="footer">Cổng thông tin điện tử tỉnh Đắk Lắk. Địa chỉ: 09 Lê Duẩn, phường Buôn Ma Thuột</div></body></html>')
    return h if minified else h.replace("<p>", "\n<p>").replace("</div>", "\n</div>")

# ---------------- old Đắk Lắk (khóa XVII) ----------------
w("dl_tu_nq05_2021.txt", party("TỈNH ỦY ĐẮK LẮK", "", "05-NQ/TU", "Buôn Ma Thuột, ngày 15 tháng 7 năm 2021", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh khóa XVII
về phát triển đô thị tỉnh Đắk Lắk đến năm 2030, tầm nhìn đến năm 2045
-----
I. TÌNH HÌNH
Thời gian qua, công tác quy hoạch, phát triển đô thị đạt nhiều kết quả.
II. MỤC TIÊU, NHIỆM VỤ
1. Phấn đấu đến năm 2030 tỷ lệ đô thị hóa đạt 35%.
III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức học tập, quán triệt và xây dựng kế hoạch thực hiện Nghị quyết.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.
3. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết.
Nghị quyết này được phổ biến đến chi bộ.
T/M TỈNH ỦY
BÍ THƯ"""))

w("bmt_kh30_2021.md", """# THÀNH ỦY BUÔN MA THUỘT

**Số 30-KH/TU**

*Buôn Ma Thuột, ngày 20 tháng 8 năm 2021*

## KẾ HOẠCH
### Thực hiện Nghị quyết số 05-NQ/TU, ngày 15/7/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVII về phát triển đô thị

Thực hiện Nghị quyết số 05-NQ/TU, ngày 15/7/2021 của Tỉnh ủy Đắk Lắk khóa XVII về phát triển đô thị tỉnh Đắk Lắk đến năm 2030, tầm nhìn đến năm 2045, Ban Thường vụ Thành ủy xây dựng Kế hoạch thực hiện như sau:

- Rà soát quy hoạch chung thành phố.
- Phát triển không gian đô thị phía Đông.

**T/M BAN THƯỜNG VỤ**
PHÓ BÍ THƯ
""")

w("dl_ubnd_kh145_2021.html", portal("Kế hoạch 145/KH-UBND", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "145/KH-UBND", "Đắk Lắk, ngày 10 tháng 9 năm 2021", "KẾ HOẠCH\nThực hiện Nghị quyết số 05-NQ/TU ngày 15/7/2021 của Tỉnh ủy về phát triển đô thị", """Thực hiện Nghị quyết số 05-NQ/TU ngày 15/7/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển đô thị tỉnh Đắk Lắk đến năm 2030, tầm nhìn đến năm 2045; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các nhiệm vụ của Nghị quyết.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""")))

w("bmt_kh45_2022.txt", layout(party("THÀNH ỦY BUÔN MA THUỘT", "BAN THƯỜNG VỤ", "45-KH/TU", "Buôn Ma Thuột, ngày 10 tháng 01 năm 2022", """KẾ HOẠCH
triển khai Chương trình chuyển đổi số thành phố năm 2022
-----
Thực hiện Chương trình số 12-CTr/TU của Thành ủy về chuyển đổi số thành phố giai đoạn 2022 - 2025, Ban Thường vụ Thành ủy ban hành Kế hoạch triển khai năm 2022 như sau:
1. Hoàn thành hạ tầng số các phường.
2. Số hóa hồ sơ thủ tục hành chính.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ""")))

w("bmt_ctr12_2022.txt", party("THÀNH ỦY BUÔN MA THUỘT", "", "12-CTr/TU", "Buôn Ma Thuột, ngày 01 tháng 3 năm 2022", """CHƯƠNG TRÌNH
về chuyển đổi số thành phố Buôn Ma Thuột giai đoạn 2022 - 2025
-----
Căn cứ Kế hoạch số 45-KH/TU, ngày 10/01/2022 của Ban Thường vụ Thành ủy về triển khai chuyển đổi số năm 2022, Thành ủy ban hành Chương trình như sau:
1. Xây dựng chính quyền số.
2. Phát triển kinh tế số.
T/M THÀNH ỦY
BÍ THƯ"""))

w("dl_ubnd_qd12_2017.txt", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "12/2017/QĐ-UBND", "Đắk Lắk, ngày 20 tháng 3 năm 2017", "QUYẾT ĐỊNH\nBan hành Quy định về quản lý chợ trên địa bàn tỉnh Đắk Lắk", """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.
Điều 2. Quyết định này có hiệu lực sau 10 ngày, kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("dl_ubnd_qd18_2019.txt", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "18/2019/QĐ-UBND", "Đắk Lắk, ngày 05 tháng 9 năm 2019", "QUYẾT ĐỊNH\nBan hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Đắk Lắk", """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 9 năm 2019.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("dl_ubnd_qd25_2021.txt", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "25/2021/QĐ-UBND", "Đắk Lắk, ngày 10 tháng 8 năm 2021", "QUYẾT ĐỊNH\nQuy định phân cấp quản lý tổ chức bộ máy, công chức, viên chức", """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
QUYẾT ĐỊNH:
Điều 1. Phân cấp quản lý tổ chức bộ máy.
Điều 5. Trách nhiệm của UBND cấp huyện.
Điều 6. Quyết định này có hiệu lực kể từ ngày 20 tháng 8 năm 2021.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# ---------------- old Phú Yên (khóa XVII) ----------------
w("py_tu_nq05_2021.txt", party("TỈNH ỦY PHÚ YÊN", "", "05-NQ/TU", "Tuy Hòa, ngày 02 tháng 8 năm 2021", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh khóa XVII
về phát triển kinh tế biển tỉnh Phú Yên đến năm 2030
-----
I. MỤC TIÊU
Đưa kinh tế biển trở thành động lực tăng trưởng.
II. TỔ CHỨC THỰC HIỆN
Ban cán sự đảng UBND tỉnh lãnh đạo cụ thể hóa Nghị quyết.
T/M TỈNH ỦY
BÍ THƯ"""))

docx("py_ubnd_qd22_2020.docx", ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN", "Số: 22/2020/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "Độc lập - Tự do - Hạnh phúc", "Phú Yên, ngày 12 tháng 6 năm 2020", "QUYẾT ĐỊNH",
     "Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Phú Yên", "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN", "QUYẾT ĐỊNH:",
     "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.",
     "Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 6 năm 2020.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])

w("py_ubnd_qd09_2018.txt", layout(state("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN", "09/2018/QĐ-UBND", "Phú Yên, ngày 14 tháng 5 năm 2018", "QUYẾT ĐỊNH\nQuy định về quản lý bến thủy nội địa trên địa bàn tỉnh Phú Yên", """ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý bến thủy nội địa.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 5 năm 2018.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""")))

# ---------------- new Đắk Lắk (from 1/7/2025; Đảng bộ tỉnh khóa I) ----------------
w("tu_qc02_2025.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "TỈNH ỦY", "02-QC/TU", "Đắk Lắk, ngày 04 tháng 10 năm 2025", """QUY CHẾ
làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025 - 2030
-----
Căn cứ Điều lệ Đảng; căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ I, nhiệm kỳ 2025 - 2030,
Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh.
T/M TỈNH ỦY
BÍ THƯ"""))

w("tu_qd03_2025.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "TỈNH ỦY", "03-QĐ/TU", "Đắk Lắk, ngày 05 tháng 10 năm 2025", """QUY ĐỊNH
về phân cấp quản lý cán bộ
-----
Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I,
Điều 1. Phạm vi.
Điều 2. Đối tượng áp dụng.
T/M TỈNH ỦY
BÍ THƯ"""))

w("tu_nq01_2025.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "TỈNH ỦY", "01-NQ/TU", "Đắk Lắk, ngày 20 tháng 10 năm 2025", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh khóa I
về chuyển đổi số tỉnh Đắk Lắk đến năm 2030
-----
Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; trên cơ sở Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh,
I. MỤC TIÊU
Đến năm 2030, 100% xã, phường có hạ tầng số.
II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy UBND tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.
2. Các đảng ủy xã, phường xây dựng kế hoạch thực hiện Nghị quyết phù hợp với địa phương.
3. Hội Liên hiệp Phụ nữ tỉnh xây dựng chương trình hành động thực hiện Nghị quyết.
4. Tham mưu Ban Thường vụ Tỉnh ủy sơ kết 01 năm thực hiện Nghị quyết.
T/M TỈNH ỦY
BÍ THƯ"""))

docx("dguubnd_kh05_2025.docx", ["ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "*", "Số 05-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
     "Đắk Lắk, ngày 15 tháng 11 năm 2025", "KẾ HOẠCH", "thực hiện Nghị quyết số 01-NQ/TU của Tỉnh ủy về chuyển đổi số",
     "Thực hiện Nghị quyết số 01-NQ/TU, ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh khóa I về chuyển đổi số tỉnh Đắk Lắk đến năm 2030, Ban Thường vụ Đảng ủy UBND tỉnh xây dựng Kế hoạch thực hiện như sau:",
     "1. Lãnh đạo xây dựng nền tảng dữ liệu dùng chung.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ"])

w("tanan_kh03_2025.md", """**ĐẢNG BỘ TỈNH ĐẮK LẮK**
**ĐẢNG ỦY PHƯỜNG TÂN AN**
\\*
Số 03-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
*Tân An, ngày 25 tháng 11 năm 2025*

# KẾ HOẠCH
## thực hiện Nghị quyết số 01-NQ/TU của Tỉnh ủy

Thực hiện Nghị quyết số 01-NQ/TU, ngày 20/10/2025 của Tỉnh ủy Đắk Lắk về chuyển đổi số tỉnh Đắk Lắk đến năm 2030, Đảng ủy phường xây dựng Kế hoạch như sau:

1. Phủ sóng hạ tầng số các tổ dân phố.
2. Triển khai thanh toán không dùng tiền mặt tại chợ Tân An.

**T/M ĐẢNG ỦY**
BÍ THƯ
""")

w("tu_kh09_2025.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "TỈNH ỦY", "09-KH/TU", "Đắk Lắk, ngày 01 tháng 11 năm 2025", """KẾ HOẠCH
tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I
-----
Thực hiện Hướng dẫn của Ban Tuyên giáo và Dân vận Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:
1. Tổ chức hội nghị trực tuyến đến 102 xã, phường.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC"""))

w("tu_kh09_2025_cong.html", portal("Kế hoạch 09-KH/TU", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "TỈNH ỦY", "09-KH/TU", "Đắk Lắk, ngày 03 tháng 11 năm 2025", """KẾ HOẠCH
kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ tỉnh
-----
Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I, Ban Chấp hành Đảng bộ tỉnh ban hành Kế hoạch kiểm tra, giám sát năm 2026 như sau:
1. Kiểm tra việc lãnh đạo sắp xếp tổ chức bộ máy.
T/M TỈNH ỦY
BÍ THƯ"""), minified=True))

TABLE = """TT\tNội dung công việc\tCơ quan chủ trì\tThời gian hoàn thành
1\tSửa đổi, bổ sung Quy định số 03-QĐ/TU, ngày 05/10/2025 của Tỉnh ủy về phân cấp quản lý cán bộ\tBan Tổ chức Tỉnh ủy\tTháng 12/2025
2\tXây dựng Quy chế làm việc thay thế Quy chế số 02-QC/TU, ngày 04/10/2025 của Ban Chấp hành Đảng bộ tỉnh\tVăn phòng Tỉnh ủy\tQuý I/2026
3\tBan hành Đề án phát triển hạ tầng số vùng ven biển phía Đông\tĐảng ủy UBND tỉnh\tQuý II/2026
4\tBan hành Hướng dẫn thực hiện Quy định số 03-QĐ/TU về phân cấp quản lý cán bộ\tBan Tổ chức Tỉnh ủy\tTháng 02/2026
TT\tNội dung công việc\tCơ quan chủ trì\tThời gian hoàn thành
5\tSơ kết 01 năm thực hiện Nghị quyết số 01-NQ/TU, ngày 20/10/2025 của Tỉnh ủy về chuyển đổi số\tĐảng ủy UBND tỉnh\tTháng 10/2026
6\tTổng kết 05 năm thực hiện Nghị quyết số 05-NQ/TU, ngày 02/8/2021 của Tỉnh ủy Phú Yên (cũ) về phát triển kinh tế biển\tBan Tuyên giáo và Dân vận Tỉnh ủy\tQuý III/2026
7\tTuyên truyền kết quả chuyển đổi số trên Báo và Phát thanh, Truyền hình Đắk Lắk\tBan Tuyên giáo và Dân vận Tỉnh ủy\tThường xuyên
8\tTổng kết 05 năm thực hiện Kế hoạch này\tVăn phòng Tỉnh ủy\tNăm 2030"""
w("tu_kh12_2025.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "TỈNH ỦY", "12-KH/TU", "Đắk Lắk, ngày 10 tháng 11 năm 2025", f"""KẾ HOẠCH
thực hiện Nghị quyết số 01-NQ/TU của Tỉnh ủy và các nhiệm vụ trọng tâm sau hợp nhất tỉnh
-----
Thực hiện Nghị quyết số 01-NQ/TU, ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh khóa I về chuyển đổi số, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
(Có Phụ lục nhiệm vụ kèm theo)
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì, phối hợp các sở, ngành tham mưu UBND tỉnh ban hành quyết định thay thế Quyết định số 25/2021/QĐ-UBND, ngày 10/8/2021 của UBND tỉnh Đắk Lắk (cũ), hoàn thành trước ngày 30/6/2026.
2. Sở Khoa học và Công nghệ chủ trì tham mưu sửa đổi, bổ sung Quyết định số 35/2025/QĐ-UBND, ngày 18/11/2025 của UBND tỉnh, hoàn thành trước ngày 31/12/2026.
3. UBND các xã, phường xây dựng kế hoạch chuyển đổi số của địa phương.
T/M BAN THƯỜNG VỤ
BÍ THƯ

PHỤ LỤC
NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 12-KH/TU, ngày 10/11/2025 của Ban Thường vụ Tỉnh ủy)
{TABLE}"""))

w("tu_qc07_2026.html", portal("Quy chế 07-QC/TU", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "TỈNH ỦY", "07-QC/TU", "Đắk Lắk, ngày 15 tháng 3 năm 2026", """QUY CHẾ
làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy khóa I, nhiệm kỳ 2025 - 2030
-----
Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh.
Chương V. ĐIỀU KHOẢN THI HÀNH
Điều 30. Quy chế này có hiệu lực từ ngày ký và thay thế Quy chế số 02-QC/TU, ngày 04/10/2025 của Ban Chấp hành Đảng bộ tỉnh.
T/M TỈNH ỦY
BÍ THƯ"""), minified=True))

w("btctu_hd04_2026.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "BAN TỔ CHỨC TỈNH ỦY", "04-HD/BTCTU", "Đắk Lắk, ngày 20 tháng 01 năm 2026", """HƯỚNG DẪN
thực hiện Quy định số 03-QĐ/TU, ngày 05/10/2025 của Tỉnh ủy về phân cấp quản lý cán bộ
-----
Căn cứ Quy định số 03-QĐ/TU, ngày 05/10/2025 của Ban Chấp hành Đảng bộ tỉnh về phân cấp quản lý cán bộ, Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện như sau:
1. Về thẩm quyền của Đảng ủy xã, phường.
T/L BAN THƯỜNG VỤ
TRƯỞNG BAN TỔ CHỨC"""))

w("dguubnd_bc40_2026.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "40-BC/ĐU", "Đắk Lắk, ngày 30 tháng 9 năm 2026", """BÁO CÁO
sơ kết 01 năm thực hiện Nghị quyết số 01-NQ/TU, ngày 20/10/2025 của Tỉnh ủy về chuyển đổi số
-----
Căn cứ Quy định số 03-QĐ/TU, ngày 05/10/2025 của Tỉnh ủy về phân cấp quản lý cán bộ; thực hiện Kế hoạch số 12-KH/TU, ngày 10/11/2025 của Ban Thường vụ Tỉnh ủy, Đảng ủy UBND tỉnh báo cáo sơ kết 01 năm như sau:
I. KẾT QUẢ
Hạ tầng số đã phủ 90% xã, phường.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

w("hoaphu_kh07_2026.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY XÃ HÒA PHÚ", "07-KH/ĐU", "Hòa Phú, ngày 10 tháng 5 năm 2026", """KẾ HOẠCH
thực hiện Nghị quyết của Tỉnh ủy về chuyển đổi số năm 2026
-----
Căn cứ Quy chế số 02-QC/TU, ngày 04/10/2025 của Ban Chấp hành Đảng bộ tỉnh; thực hiện Nghị quyết số 01-NQ/TU, ngày 21/10/2025 của Tỉnh ủy về chuyển đổi số tỉnh Đắk Lắk đến năm 2030, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:
1. Số hóa sổ hộ tịch.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

w("vptu_tb18_2026.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "VĂN PHÒNG TỈNH ỦY", "18-TB/VPTU", "Đắk Lắk, ngày 10 tháng 02 năm 2026", """THÔNG BÁO
ý kiến của Thường trực Tỉnh ủy về chương trình làm việc quý I/2026
-----
Thực hiện Quy chế số 02-QC/TU, ngày 04/10/2025 của Ban Chấp hành Đảng bộ tỉnh, Văn phòng Tỉnh ủy thông báo ý kiến của Thường trực Tỉnh ủy như sau:
1. Nghị quyết số 05-NQ/TU, ngày 22/12/2025 của Tỉnh ủy về phát triển du lịch được triển khai đúng tiến độ.
2. Tiếp tục thực hiện Nghị quyết số 05-NQ/TU, ngày 15/7/2021 của Tỉnh ủy Đắk Lắk (cũ) về phát triển đô thị.
T/L THƯỜNG TRỰC TỈNH ỦY
CHÁNH VĂN PHÒNG"""))

w("tu_nq05_2025.txt", layout(party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "TỈNH ỦY", "05-NQ/TU", "Đắk Lắk, ngày 22 tháng 12 năm 2025", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh khóa I
về phát triển du lịch tỉnh Đắk Lắk trở thành ngành kinh tế mũi nhọn
-----
Căn cứ Kết luận số 127-KL/TW, ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư,
I. MỤC TIÊU
Kết nối du lịch cao nguyên với biển Phú Yên.
T/M TỈNH ỦY
BÍ THƯ""")))

w("ubnd_qd35_2025.txt", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "35/2025/QĐ-UBND", "Đắk Lắk, ngày 18 tháng 11 năm 2025", "QUYẾT ĐỊNH\nBan hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Đắk Lắk", """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Đắk Lắk.
Điều 2. Hiệu lực thi hành
Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định số 18/2019/QĐ-UBND ngày 05/9/2019 của UBND tỉnh Đắk Lắk và Quyết định số 22/2020/QĐ-UBND ngày 12/6/2020 của UBND tỉnh Phú Yên.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ubnd_qd40_2025.txt", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "40/2025/QĐ-UBND", "Đắk Lắk, ngày 15 tháng 10 năm 2025", "QUYẾT ĐỊNH\nBãi bỏ toàn bộ, một phần một số văn bản quy phạm pháp luật do UBND tỉnh Đắk Lắk và UBND tỉnh Phú Yên (cũ) ban hành", """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ toàn bộ các văn bản sau:
1. Quyết định số 12/2017/QĐ-UBND ngày 20/3/2017 của UBND tỉnh Đắk Lắk ban hành Quy định về quản lý chợ.
2. Quyết định số 09/2018/QĐ-UBND ngày 14/5/2018 của UBND tỉnh Phú Yên quy định về quản lý bến thủy nội địa.
Điều 2. Bãi bỏ một phần văn bản sau:
Bãi bỏ Điều 5 của Quy định ban hành kèm theo Quyết định số 25/2021/QĐ-UBND ngày 10/8/2021 của UBND tỉnh Đắk Lắk.
Điều 3. Quyết định này có hiệu lực kể từ ngày 25 tháng 10 năm 2025.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

docx("ubnd_qd05_2026.docx", ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "Số: 05/2026/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "Độc lập - Tự do - Hạnh phúc", "Đắk Lắk, ngày 12 tháng 3 năm 2026", "QUYẾT ĐỊNH", "Ban hành Quy định về quản lý chợ trên địa bàn tỉnh Đắk Lắk",
     "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.",
     "Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 3 năm 2026 và thay thế Quyết định số 12/2017/QĐ-UBND ngày 20/3/2017 của UBND tỉnh Đắk Lắk.",
     "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])

w("ubnd_bc95_2026.html", portal("Báo cáo 95/BC-UBND", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "95/BC-UBND", "Đắk Lắk, ngày 20 tháng 01 năm 2026", "BÁO CÁO\nKết quả rà soát văn bản quy phạm pháp luật sau sắp xếp đơn vị hành chính", """Thực hiện Quyết định số 759/QĐ-TTg ngày 14/4/2025 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:
1. Quyết định số 22/2020/QĐ-UBND của UBND tỉnh Phú Yên (cũ) đã được thay thế bằng Quyết định số 35/2025/QĐ-UBND ngày 18/11/2025 của UBND tỉnh.
2. Kế hoạch số 12-KH/TU ngày 10/9/2021 của Tỉnh ủy Phú Yên (cũ) về phát triển kinh tế biển tiếp tục được thực hiện.
3. Quyết định số 25/2021/QĐ-UBND ngày 10/8/2021 của UBND tỉnh Đắk Lắk (cũ) còn hiệu lực một phần.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH""")))

w("so_nnmt_kh210_2026.txt", state("UBND TỈNH ĐẮK LẮK\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "210/KH-SNNMT", "Đắk Lắk, ngày 15 tháng 4 năm 2026", "KẾ HOẠCH\nPhát triển cụm công nghiệp chế biến nông sản năm 2026", """Căn cứ Quyết định số 22/2020/QĐ-UBND ngày 12/6/2020 của UBND tỉnh Phú Yên (cũ) ban hành Quy chế quản lý cụm công nghiệp;
Căn cứ Quyết định số 25/2021/QĐ-UBND ngày 10/8/2021 của UBND tỉnh Đắk Lắk (cũ);
Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy;
Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:
1. Hỗ trợ doanh nghiệp chế biến cà phê, hồ tiêu.
GIÁM ĐỐC"""))

w("tinhdoan_kh15_2025.txt", party("BCH ĐOÀN TNCS HỒ CHÍ MINH\nTỈNH ĐẮK LẮK", "", "15-KH/TĐTN-VP", "Đắk Lắk, ngày 05 tháng 9 năm 2025", """KẾ HOẠCH
tuổi trẻ Đắk Lắk tham gia chuyển đổi số năm 2025
-----
Thực hiện Kế hoạch số 12-KH/TU, ngày 10/11/2025 của Ban Thường vụ Tỉnh ủy về các nhiệm vụ trọng tâm sau hợp nhất tỉnh, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:
1. Thành lập đội hình thanh niên tình nguyện hỗ trợ dịch vụ công trực tuyến.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ""").replace("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH"))

w("ubnd_vbhn03_2026.txt", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "03/VBHN-UBND", "Đắk Lắk, ngày 01 tháng 7 năm 2026", "VĂN BẢN HỢP NHẤT\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Đắk Lắk", """Quyết định số 35/2025/QĐ-UBND ngày 18 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý cụm công nghiệp, có hiệu lực kể từ ngày 01 tháng 12 năm 2025, được sửa đổi, bổ sung bởi:
Quyết định số 20/2026/QĐ-UBND ngày 20 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh, có hiệu lực kể từ ngày 01 tháng 6 năm 2026.
Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Đắk Lắk.
Điều 2. Hiệu lực thi hành[1]
Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định số 18/2019/QĐ-UBND ngày 05/9/2019 của UBND tỉnh Đắk Lắk và Quyết định số 22/2020/QĐ-UBND ngày 12/6/2020 của UBND tỉnh Phú Yên.
XÁC THỰC VĂN BẢN HỢP NHẤT
CHỦ TỊCH
[1] Quyết định số 20/2026/QĐ-UBND sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 35/2025/QĐ-UBND có căn cứ ban hành như sau: “Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;”"""))

w("ubnd_qd20_2026.txt", state("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "20/2026/QĐ-UBND", "Đắk Lắk, ngày 20 tháng 5 năm 2026", "QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của Quy chế quản lý cụm công nghiệp ban hành kèm theo Quyết định số 35/2025/QĐ-UBND ngày 18/11/2025 của UBND tỉnh", """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 35/2025/QĐ-UBND ngày 18/11/2025 của UBND tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("du_thao_qd_phan_cap.md", """# DỰ THẢO

**ĐẢNG BỘ TỈNH ĐẮK LẮK**
**TỈNH ỦY**
Số -QĐ/TU

*Đắk Lắk, ngày … tháng 8 năm 2026*

## QUY ĐỊNH
### về phân cấp quản lý cán bộ (dự thảo lần 2)

Điều 1. Phạm vi điều chỉnh.

Điều 20. Quy định này có hiệu lực từ ngày ký, thay thế Quy định số 03-QĐ/TU, ngày 05/10/2025 của Tỉnh ủy về phân cấp quản lý cán bộ.

**T/M TỈNH ỦY**
BÍ THƯ
""")

w("tanan_ctr01_2026.txt", party("ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY PHƯỜNG TÂN AN", "01-CTr/ĐU", "Tân An, ngày 30 tháng 12 năm 2025", """CHƯƠNG TRÌNH CÔNG TÁC
năm 2026 của Ban Chấp hành Đảng bộ phường
-----
Căn cứ Kế hoạch số 03-KH/ĐU, ngày 25/11/2025 của Đảng ủy phường thực hiện Nghị quyết số 01-NQ/TU, Ban Chấp hành Đảng bộ phường xây dựng Chương trình công tác năm 2026 như sau:
Tháng 01/2026 (04 nhiệm vụ)
1. Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ.
2. Tổng kết công tác xây dựng Đảng năm 2025.
3. Chuẩn bị tổ chức Tết Nguyên đán Bính Ngọ.
Tháng 02/2026 (02 nhiệm vụ)
1. Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ.
2. Kiểm tra công tác đảng viên dự bị.
T/M ĐẢNG ỦY
BÍ THƯ"""))
print("wrote", len(os.listdir(OUT)), "files to", OUT)
