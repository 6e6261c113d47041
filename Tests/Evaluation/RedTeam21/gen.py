#!/usr/bin/env python3
"""Red team round 21 (redteam28): Thanh Hóa 2019-2026 (Tỉnh ủy khóa XIX and XX, districts before 1/7/2025,
wards and communes after, HĐND/UBND tỉnh, Sở, mass organisations). Writes corpus/. Standard library only."""
import os, zipfile, html, unicodedata
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))


def w(name, text, nfd=False):
    t = text.strip("\n") + "\n"
    if nfd:
        t = unicodedata.normalize("NFD", t)
    open(os.path.join(OUT, name), "w", encoding="utf-8").write(t)


# ---------------------------------------------------------------- header shapes
def party(org, sub, num, place, title, body=""):
    return f"""{org}
{sub}
*
Số {num}
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}

{title}
{body}"""


def party_cols(org, sub, num, place, title, body=""):
    """pdftotext -layout: the two header columns share lines."""
    return f"""   {org:<44}ĐẢNG CỘNG SẢN VIỆT NAM
             {sub}
                *
        Số {num:<34}{place}

{title}
{body}"""


def state(org1, org2, num, place, title, body=""):
    return f"""{org1}
{org2}
-------
Số: {num}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}

{title}
{body}"""


def state_cols(org1, org2, num, place, title, body=""):
    """pdftotext -layout state header: two columns on each line."""
    return f"""      {org1:<36}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      {org2:<36}     Độc lập - Tự do - Hạnh phúc
           -------                                 ---------------
      Số: {num:<31}{place}

{title}
{body}"""


def layout(text, footer=True):
    lines = text.split("\n")
    out, page = [], 1
    cuts = {max(14, 2 * len(lines) // 3)}
    for i, l in enumerate(lines):
        out.append(("    " + l.replace("\t", "        ")) if l.strip() else "")
        if i in cuts:
            if footer:
                out.append("")
                out.append(" " * 40 + str(page))
            out.append("\f")
            page += 1
    return "\n".join(out)


def docx(name, paras, rows=None, header_table=None):
    """A .docx made with zipfile. A paragraph is a str, or a list of runs (Word cuts ids across runs)."""
    def run(t):
        parts = t.split("\n")
        x = ""
        for i, p in enumerate(parts):
            if i:
                x += "<w:br/>"
            x += f'<w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t>'
        return f"<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\"/></w:rPr>{x}</w:r>"

    def p(t):
        runs = t if isinstance(t, list) else [t]
        return "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>" + "".join(run(r) for r in runs) + "</w:p>"
    body = ""
    if header_table:
        left, right = header_table
        body += ("<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"nil\"/><w:bottom w:val=\"nil\"/></w:tblBorders></w:tblPr><w:tr>"
                 + "<w:tc>" + "".join(p(x) for x in left) + "</w:tc><w:tc>" + "".join(p(x) for x in right) + "</w:tc></w:tr></w:tbl>")
    body += "".join(p(t) for t in paras)
    if rows:
        body += "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>' + body + '<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Thanh Hóa"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Thanh Hóa. Địa chỉ: 35 Đại lộ Lê Lợi, phường Hạc Thành</div></body></html>')
    if minified:
        return h
    return (h.replace("<p>", "\n  <p>").replace("<div", "\n<div").replace("<table", "\n<table").replace("<tr>", "\n  <tr>")
             .replace("</table>", "\n</table>").replace("</body>", "\n</body>"))


def md_hdr(left, right):
    return "| " + "<br>".join(left) + " | " + "<br>".join(right) + " |\n|---|---|\n"


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""

# =============================================================== Tỉnh ủy khóa XIX (2020 - 2025)
w("tu_nq01_2020.txt", party("TỈNH ỦY THANH HÓA", "", "01-NQ/TU", "Thanh Hóa, ngày 25 tháng 12 năm 2020", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIX
về nhiệm vụ năm 2021
-----
Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh khóa XIX đã thảo luận, thống nhất nhiệm vụ năm 2021 như sau:
1. Tăng trưởng GRDP đạt 9% trở lên.
2. Hoàn thành các chỉ tiêu về nông thôn mới.
\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""))

w("tu_kl10_2021.txt", party("TỈNH ỦY THANH HÓA", "", "10-KL/TU", "Thanh Hóa, ngày 15 tháng 6 năm 2021", """KẾT LUẬN
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về công tác quản lý tài nguyên khoáng sản
-----
Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Tăng cường quản lý các mỏ đá, cát ven sông Mã.
2. Kiên quyết thu hồi giấy phép các mỏ vi phạm.
""" + SIGN_TU))

w("tu_nq09_2021.txt", party("TỈNH ỦY THANH HÓA", "", "09-NQ/TU", "Thanh Hóa, ngày 10 tháng 8 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIX
về phát triển kinh tế biển tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030
-----
I. MỤC TIÊU
Đến năm 2025, kinh tế biển đóng góp 30% GRDP của tỉnh; Khu kinh tế Nghi Sơn là động lực.
II. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy ven biển xây dựng kế hoạch thực hiện Nghị quyết phù hợp với địa phương.
2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết.
\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""))

# 845-QĐ/TU of 2021 as a .docx (header table), replaced in 2026 by 98-QĐ/TU
docx("tu_qd845_2021.docx", [
    "QUYẾT ĐỊNH",
    "ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh",
    "-----",
    "- Căn cứ Điều lệ Đảng;",
    "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX,",
    "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh.",
    "Điều 2. Quyết định có hiệu lực từ ngày ký.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
], header_table=(["TỈNH ỦY THANH HÓA", "*", "Số 845-QĐ/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hóa, ngày 05 tháng 3 năm 2021"]))

# Huyện ủy Hoằng Hóa (abolished 1/7/2025): implements 09-NQ/TU; cites 845-QĐ/TU before it was replaced
w("hh_kh45_2021.txt", party("ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY HOẰNG HÓA", "45-KH/HU", "Hoằng Hóa, ngày 15 tháng 9 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết số 09-NQ/TU ngày 10/8/2021 của Ban Chấp hành Đảng bộ tỉnh
về phát triển kinh tế biển
-----
Thực hiện Nghị quyết số 09-NQ/TU, ngày 10/8/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIX về phát triển kinh tế biển tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030; căn cứ Quyết định số 845-QĐ/TU ngày 05/3/2021 của Ban Thường vụ Tỉnh ủy về quản lý hoạt động đối ngoại, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát triển khu du lịch biển Hải Tiến, cảng cá Lạch Hới.
II. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ trực thuộc tổ chức quán triệt Kế hoạch này.
""" + SIGN_TU))

# Huyện ủy Thọ Xuân: another 45-KH/HU of 2021 (another district: not a duplicate)
w("tx_kh45_2021.md", md_hdr(["ĐẢNG BỘ TỈNH THANH HÓA", "**HUYỆN ỦY THỌ XUÂN**", "*", "Số 45-KH/HU"],
                            ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Thọ Xuân, ngày 20 tháng 9 năm 2021*"]) + """
## KẾ HOẠCH
**tổ chức các hoạt động kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện**

Ban Thường vụ Huyện ủy xây dựng kế hoạch tổ chức các hoạt động kỷ niệm như sau:

1. Tổ chức mít tinh kỷ niệm tại Trung tâm Văn hóa huyện.
2. Biên soạn tài liệu lịch sử Đảng bộ huyện.

**T/M BAN THƯỜNG VỤ**
**PHÓ BÍ THƯ**
""")

# UBND huyện Hoằng Hóa 2023: cites 12/2020/QĐ-UBND before anything replaced it
w("hh_ubnd_kh120_2023.html", portal("Kế hoạch 120/KH-UBND", ["ỦY BAN NHÂN DÂN", "HUYỆN HOẰNG HÓA", "Số: 120/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hoằng Hóa, ngày 06 tháng 4 năm 2023"], """KẾ HOẠCH
Quản lý hoạt động du lịch biển Hải Tiến năm 2023
Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh ban hành Quy định quản lý hoạt động du lịch cộng đồng trên địa bàn tỉnh Thanh Hóa;
Căn cứ Kế hoạch số 45-KH/HU ngày 15/9/2021 của Ban Thường vụ Huyện ủy,
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
1. Kiểm tra các cơ sở lưu trú ven biển.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# Thành ủy Sầm Sơn 2022: 18-KH/TU of a city committee (not the Tỉnh ủy's 18-KH/TU of 2026)
w("ss_kh18_2022.txt", party("ĐẢNG BỘ TỈNH THANH HÓA", "THÀNH ỦY SẦM SƠN", "18-KH/TU", "Sầm Sơn, ngày 14 tháng 02 năm 2022", """KẾ HOẠCH
triển khai mùa du lịch năm 2022
-----
Thực hiện Nghị quyết số 09-NQ/TU ngày 10-8-2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế biển, Ban Thường vụ Thành ủy ban hành Kế hoạch triển khai mùa du lịch năm 2022 như sau:
1. Sắp xếp lại hoạt động kinh doanh dịch vụ trên bãi biển.
2. Giao UBND thành phố xây dựng phương án đón khách.
""" + SIGN_TU))

# Thọ Xuân 2024: planted cycle of three documents of 18/3/2024 (OCR text, minified HTML, Markdown)
w("tx_ctr20_2024.txt", """ĐẢNG BỘ TỈNH THANH HÓA
HUYỆN ỦY THỌ XUÂN
*
Số 20-CTr/HU\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\tThọ Xuân, ngày 18 tháng 3 năm 2024

CHƯƠNG TRÌNH HÀNH ĐỘNG
phát triển du lịch Lam Kinh giai đoạn 2024 - 2025
-----
Cụ thể hoá Kết luận số 15 - KL/HU ngày 18/3/2024 của Ban Thường vụ Huyện ủy về phát triển du lịch
văn hóa - tâm linh, Ban Thường vụ Huyện ủy ban hành Chương trình hành động như sau:
1. Hoàn thiện hạ tầng Khu di tích lịch sử đặc biệt Lam Kinh.
2. Xây dựng sản phẩm du lịch đêm Lam Kinh.
| Trang 1/1
T/M BAN THƯỜNG VỤ
BÍ THƯ""")

w("tx_kl15_2024.html", portal("Kết luận 15-KL/HU", ["ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY THỌ XUÂN", "*", "Số 15-KL/HU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thọ Xuân, ngày 18 tháng 3 năm 2024"], """KẾT LUẬN
của Ban Thường vụ Huyện ủy về phát triển du lịch văn hóa - tâm linh
Trên cơ sở Đề án số 04-ĐA/HU ngày 18/3/2024 của Ban Thường vụ Huyện ủy về phát triển du lịch Lam Kinh, Ban Thường vụ Huyện ủy kết luận:
1. Tập trung nguồn lực cho Khu di tích Lam Kinh.
2. Giao Ủy ban nhân dân huyện bố trí vốn.
T/M BAN THƯỜNG VỤ
BÍ THƯ""", minified=True, site="huyện Thọ Xuân"))

w("tx_da04_2024.md", md_hdr(["ĐẢNG BỘ TỈNH THANH HÓA", "**HUYỆN ỦY THỌ XUÂN**", "*", "Số 04-ĐA/HU"],
                            ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Thọ Xuân, ngày 18 tháng 3 năm 2024*"]) + """
## ĐỀ ÁN
**phát triển du lịch Lam Kinh đến năm 2025**

### I. SỰ CẦN THIẾT

Triển khai Chương trình hành động số 20-CTr/HU ngày 18/3/2024 của Ban Thường vụ Huyện ủy, Đề án xác định
các nhiệm vụ, giải pháp cụ thể sau:

| TT | Nhiệm vụ | Đơn vị chủ trì |
|---|---|---|
| 1 | Quy hoạch chi tiết Khu di tích Lam Kinh | UBND huyện |
| 2 | Xây dựng tour Lam Kinh - Sao Vàng | Phòng Văn hóa và Thông tin |

**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**
""")

# Sơ kết 03 năm of 09-NQ/TU (an interim review; the final review of 2026 is still owed)
w("tu_bc210_2024.txt", party("TỈNH ỦY THANH HÓA", "", "210-BC/TU", "Thanh Hóa, ngày 20 tháng 9 năm 2024", """BÁO CÁO
sơ kết 03 năm thực hiện Nghị quyết số 09-NQ/TU ngày 10/8/2021 của Ban Chấp hành Đảng bộ tỉnh
về phát triển kinh tế biển
-----
I. KẾT QUẢ THỰC HIỆN
Sau 03 năm thực hiện Nghị quyết số 09-NQ/TU, kinh tế biển tăng trưởng bình quân 11%/năm.
II. NHIỆM VỤ THỜI GIAN TỚI
Tiếp tục thực hiện Nghị quyết; chuẩn bị tổng kết vào năm 2026.
""" + SIGN_TU))

# =============================================================== state texts of the province
w("hdnd_nq15_2019.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH THANH HÓA", "15/2019/NQ-HĐND", "Thanh Hóa, ngày 12 tháng 7 năm 2019", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ phát triển kinh tế biển trên địa bàn tỉnh Thanh Hóa
HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA
KHÓA XVII, KỲ HỌP THỨ 9
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Quy định chính sách hỗ trợ đóng mới tàu cá, nuôi trồng thủy sản trên biển.
Điều 2. Nghị quyết này được Hội đồng nhân dân tỉnh Thanh Hóa khóa XVII, kỳ họp thứ 9 thông qua ngày 12 tháng 7 năm 2019 và có hiệu lực từ ngày 01 tháng 8 năm 2019.
CHỦ TỊCH"""))

w("ubnd_qd27_2019.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "27/2019/QĐ-UBND", "Thanh Hóa, ngày 12 tháng 9 năm 2019", """QUYẾT ĐỊNH
Ban hành Quy định quản lý trật tự xây dựng ven biển trên địa bàn tỉnh Thanh Hóa
ỦY BAN NHÂN DÂN TỈNH THANH HÓA
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng ven biển.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 9 năm 2019.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ubnd_qd12_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "12/2020/QĐ-UBND", "Thanh Hóa, ngày 10 tháng 4 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy định quản lý hoạt động du lịch cộng đồng trên địa bàn tỉnh Thanh Hóa
ỦY BAN NHÂN DÂN TỈNH THANH HÓA
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động du lịch cộng đồng.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 4 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ubnd_qd44_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "44/2020/QĐ-UBND", "Thanh Hóa, ngày 20 tháng 11 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy định về quản lý hoạt động khai thác thủy sản ven bờ tỉnh Thanh Hóa
ỦY BAN NHÂN DÂN TỈNH THANH HÓA
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý hoạt động khai thác thủy sản ven bờ.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ubnd_qd09_2021.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "09/2021/QĐ-UBND", "Thanh Hóa, ngày 18 tháng 3 năm 2021", """QUYẾT ĐỊNH
Ban hành Quy định phân cấp quản lý cảng cá, bến cá trên địa bàn tỉnh Thanh Hóa
ỦY BAN NHÂN DÂN TỈNH THANH HÓA
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý cảng cá, bến cá.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2021.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# 18/2025/QĐ-UBND (minified portal page): replaces 12/2020
w("ubnd_qd18_2025.html", portal("Quyết định 18/2025/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "Số: 18/2025/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 15 tháng 8 năm 2025"], """QUYẾT ĐỊNH
Ban hành Quy định quản lý hoạt động du lịch cộng đồng trên địa bàn tỉnh Thanh Hóa
ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động du lịch cộng đồng trên địa bàn tỉnh Thanh Hóa.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 8 năm 2025 và thay thế Quyết định số 12/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Thanh Hóa.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", minified=True))

# 31/2025/QĐ-UBND (Markdown): repeal by a table, one row whole ("Toàn bộ"), one row in part
w("ubnd_qd31_2025.md", md_hdr(["ỦY BAN NHÂN DÂN", "**TỈNH THANH HÓA**", "Số: 31/2025/QĐ-UBND"],
                              ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Thanh Hóa, ngày 10 tháng 12 năm 2025*"]) + """
## QUYẾT ĐỊNH
**Bãi bỏ toàn bộ, bãi bỏ một phần văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh Thanh Hóa ban hành**

**ỦY BAN NHÂN DÂN TỈNH THANH HÓA**

*Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;*

**QUYẾT ĐỊNH:**

**Điều 1.** Bãi bỏ toàn bộ, bãi bỏ một phần các văn bản quy phạm pháp luật sau đây:

| STT | Số, ký hiệu văn bản | Ngày ban hành | Trích yếu | Nội dung bãi bỏ |
|---|---|---|---|---|
| 1 | 27/2019/QĐ-UBND | 12/9/2019 | Ban hành Quy định quản lý trật tự xây dựng ven biển trên địa bàn tỉnh Thanh Hóa | Toàn bộ |
| 2 | 09/2021/QĐ-UBND | 18/3/2021 | Ban hành Quy định phân cấp quản lý cảng cá, bến cá trên địa bàn tỉnh Thanh Hóa | Khoản 2 Điều 7 của Quy định |

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 20 tháng 12 năm 2025.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
""")

# 02/2026/QĐ-UBND (layout, two header columns): effect 15/02/2026 in clause 1, replacement in clause 2
w("ubnd_qd02_2026.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "02/2026/QĐ-UBND", "Thanh Hóa, ngày 20 tháng 01 năm 2026", """                               QUYẾT ĐỊNH
       Ban hành Quy định về quản lý hoạt động khai thác thủy sản ven bờ
                           trên địa bàn tỉnh Thanh Hóa
                     ỦY BAN NHÂN DÂN TỈNH THANH HÓA
    Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;
                                QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý hoạt động khai thác thủy sản
    ven bờ trên địa bàn tỉnh Thanh Hóa.
    Điều 2. Hiệu lực thi hành
    1. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2026.
    2. Quyết định này thay thế Quyết định số 44/2020/QĐ-UBND ngày 20 tháng 11 năm 2020 của Ủy ban
    nhân dân tỉnh Thanh Hóa ban hành Quy định về quản lý hoạt động khai thác thủy sản ven bờ.
    Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm thi
    hành Quyết định này.
                                                       TM. ỦY BAN NHÂN DÂN
                                                            CHỦ TỊCH""")))

# 03/2026/QĐ-UBND (.docx): replaces 12/2020 again (planted inverse), number cut across runs
docx("ubnd_qd03_2026.docx", [
    "QUYẾT ĐỊNH",
    ["Ban hành Quy định quản lý du lịch cộng đồng gắn với xây dựng nông thôn mới trên địa bàn tỉnh Thanh Hóa"],
    "ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
    "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý du lịch cộng đồng gắn với xây dựng nông thôn mới.",
    ["Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 02 năm 2026 và thay thế Quyết định số ", "12/2020", "/QĐ-", "UBND",
     " ngày 10/4/2020 của Ủy ban nhân dân tỉnh Thanh Hóa."],
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", ["Số: ", "03", "/2026/QĐ-UBND"]],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 22 tháng 01 năm 2026"]))

# 06/2026/QĐ-UBND: amends 18/2025 (fulfils row 4 of 18-KH/TU)
w("ubnd_qd06_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "06/2026/QĐ-UBND", "Thanh Hóa, ngày 10 tháng 3 năm 2026", """QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 18/2025/QĐ-UBND ngày 15/8/2025
của Ủy ban nhân dân tỉnh Thanh Hóa
ỦY BAN NHÂN DÂN TỈNH THANH HÓA
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quy định quản lý hoạt động du lịch cộng đồng ban hành kèm theo Quyết định số 18/2025/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân tỉnh như sau:
1. Sửa đổi khoản 2 Điều 5.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# =============================================================== Tỉnh ủy khóa XX (2025 - 2030)
w("tu_nq01_2025.txt", layout(party_cols("TỈNH ỦY THANH HÓA", "", "01-NQ/TU", "Thanh Hóa, ngày 05 tháng 11 năm 2025", """                              NGHỊ QUYẾT
                CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX
     về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số
                         tỉnh Thanh Hóa đến năm 2030
                                  -----
    Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Nghị quyết số
    66-NQ/TW ngày 30/4/2025 của Bộ Chính trị; Nghị quyết số 193/2025/QH15 của Quốc hội,
    Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh khóa XX quyết nghị:
    I. MỤC TIÊU
    Đến năm 2030, kinh tế số chiếm 30% GRDP; 100% thủ tục hành chính được giải quyết trực tuyến.
    II. TỔ CHỨC THỰC HIỆN
    1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện
    Nghị quyết, hoàn thành trong tháng 12/2025.
    2. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
    và các tổ chức chính trị - xã hội tỉnh xây dựng chương trình, kế hoạch thực hiện Nghị quyết.
    3. Đảng ủy Quân sự tỉnh xây dựng kế hoạch thực hiện Nghị quyết trong lực lượng vũ trang tỉnh.
    4. Các đảng ủy xã, phường cụ thể hóa Nghị quyết bằng kế hoạch sát với thực tế địa phương.
    5. Văn phòng Tỉnh ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.
                                                            T/M TỈNH ỦY
                                                               BÍ THƯ""")))

w("tu_qc03_2025.txt", party("TỈNH ỦY THANH HÓA", "", "03-QC/TU", "Thanh Hóa, ngày 10 tháng 11 năm 2025", """QUY CHẾ
LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH, BAN THƯỜNG VỤ, THƯỜNG TRỰC TỈNH ỦY KHÓA XX, NHIỆM KỲ 2025 - 2030
-----
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng,
Ban Chấp hành Đảng bộ tỉnh ban hành Quy chế làm việc như sau:
Chương I. QUY ĐỊNH CHUNG
Điều 1. Quy chế này quy định trách nhiệm, quyền hạn của Ban Chấp hành Đảng bộ tỉnh.
\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""))

w("btctu_hd05_2025.md", md_hdr(["TỈNH ỦY THANH HÓA", "**BAN TỔ CHỨC**", "*", "Số 05-HD/BTCTU"],
                               ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Thanh Hóa, ngày 25 tháng 11 năm 2025*"]) + """
## HƯỚNG DẪN
**nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ xã, phường sau sắp xếp**

Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; Hướng dẫn số 03-HD/BTCTW của Ban Tổ chức
Trung ương; căn cứ Quyết định số 845-QĐ/TU ngày 05/3/2021 của Ban Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:

1. Sinh hoạt chi bộ thường kỳ mỗi tháng một lần.
2. Sinh hoạt chuyên đề ít nhất mỗi quý một lần.

**K/T TRƯỞNG BAN**
**PHÓ TRƯỞNG BAN**
""")

w("tu_kh12_2025.txt", party("TỈNH ỦY THANH HÓA", "", "12-KH/TU", "Thanh Hóa, ngày 20 tháng 12 năm 2025", """KẾ HOẠCH
tuyên truyền Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh
-----
Thực hiện Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tuyên truyền như sau:
1. Tuyên truyền trên Báo và Phát thanh, Truyền hình Thanh Hóa.
2. Tổ chức cuộc thi tìm hiểu về chuyển đổi số.
""" + SIGN_TU))

# 98-QĐ/TU of 12/01/2026 (.docx): replaces 845-QĐ/TU from its signing; numbers cut across runs
docx("tu_qd98_2026.docx", [
    "QUYẾT ĐỊNH",
    "ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại của tỉnh Thanh Hóa",
    "-----",
    "- Căn cứ Điều lệ Đảng;",
    ["- Căn cứ Quy chế làm việc số ", "03-QC/", "TU ngày 10/11/2025 của Ban Chấp hành Đảng bộ tỉnh khoá XX,"],
    "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý thống nhất các hoạt động đối ngoại của tỉnh Thanh Hóa.",
    ["Điều 2. Quyết định này có hiệu lực từ ngày ký, thay thế Quyết định số ", "845", "-QĐ/", "TU",
     ", ngày 05/3/2021 của Ban Thường vụ Tỉnh ủy khoá XIX."],
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
], header_table=(["TỈNH ỦY THANH HÓA", "*", ["Số ", "98", "-QĐ/TU"]], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hóa, ngày 12 tháng 01 năm 2026"]))

# 18-KH/TU: main plan, tab task table with deadlines, prose tasks and obligations
w("tu_kh18_2026.txt", party("TỈNH ỦY THANH HÓA", "", "18-KH/TU", "Thanh Hóa, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
thực hiện nhiệm vụ trọng tâm năm 2026 về phát triển kinh tế biển và chuyển đổi số
-----
Thực hiện Nghị quyết số 01-NQ/TU ngày 05-11-2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2026 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm các nhiệm vụ được phân công rõ người, rõ việc, rõ thời hạn.
II. NHIỆM VỤ TRỌNG TÂM
(Có Phụ lục kèm theo)
III. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành nghị quyết thay thế Nghị quyết số 15/2019/NQ-HĐND ngày 12/7/2019 của HĐND tỉnh về chính sách hỗ trợ phát triển kinh tế biển; hoàn thành trong tháng 10/2026.
2. Các đảng ủy xã, phường căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp với địa phương.
3. Đảng ủy Công an tỉnh xây dựng kế hoạch thực hiện Kế hoạch này trong lực lượng Công an tỉnh.
4. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU + """

PHỤ LỤC
NHIỆM VỤ TRỌNG TÂM NĂM 2026
(Kèm theo Kế hoạch số 18-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy)
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
1\tSửa đổi, bổ sung Quy chế làm việc số 03-QC/TU ngày 10/11/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX\tVăn phòng Tỉnh ủy\tBan Tổ chức Tỉnh ủy\tQuý III-2026
2\tTổng kết 05 năm thực hiện Nghị quyết số 09-NQ/TU ngày 10/8/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIX về phát triển kinh tế biển\tĐảng ủy UBND tỉnh\tCác sở, ngành\tTháng 9-2026
3\tXây dựng Đề án phát triển du lịch biển Sầm Sơn - Hải Tiến gắn với kinh tế ban đêm\tĐảng ủy UBND tỉnh\tSở Văn hóa, Thể thao và Du lịch\tChậm nhất 31/8/2026
4\tSửa đổi, bổ sung Quyết định số 18/2025/QĐ-UBND ngày 15/8/2025 của UBND tỉnh về quản lý du lịch cộng đồng\tĐảng ủy UBND tỉnh\tSở Văn hóa, Thể thao và Du lịch\tTháng 3/2026
5\tSơ kết 01 năm thực hiện Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh\tVăn phòng Tỉnh ủy\tCác ban đảng Tỉnh ủy\tTháng 10/2026
6\tBan hành Hướng dẫn thực hiện Quy chế làm việc số 03-QC/TU\tBan Tổ chức Tỉnh ủy\tVăn phòng Tỉnh ủy\tQuý IV/2026
7\tTuyên truyền, quán triệt Nghị quyết số 01-NQ/TU\tBan Tuyên giáo và Dân vận Tỉnh ủy\tCác cơ quan báo chí\tThường xuyên
8\tRà soát, đề xuất bãi bỏ văn bản không còn phù hợp sau sắp xếp đơn vị hành chính\tĐảng ủy UBND tỉnh\tSở Tư pháp\tHằng năm
9\tXây dựng Chương trình chuyển đổi số tỉnh giai đoạn 2026 - 2030\tĐảng ủy UBND tỉnh\tSở Khoa học và Công nghệ\tNăm 2026"""))

w("tu_kl10_2026.html", portal("Kết luận 10-KL/TU", ["TỈNH ỦY THANH HÓA", "*", "Số 10-KL/TU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hóa, ngày 12 tháng 3 năm 2026"], """KẾT LUẬN
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về xây dựng chính quyền số cấp xã sau sắp xếp
Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Bảo đảm 100% xã, phường vận hành hệ thống quản lý văn bản điện tử.
2. Giao Đảng ủy UBND tỉnh chỉ đạo bố trí kinh phí.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

# Programme of work of the Ban Thường vụ for 2026 (Markdown table with group rows): planted count-mismatch
w("tu_ctr05_2026.md", md_hdr(["TỈNH ỦY THANH HÓA", "*", "Số 05-CTr/TU"], ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Thanh Hóa, ngày 08 tháng 01 năm 2026*"]) + """
## CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026
**của Ban Chấp hành, Ban Thường vụ Tỉnh ủy**

| TT | Nội dung | Cơ quan chuẩn bị | Thời gian |
|---|---|---|---|
| | **Quý II/2026 (06 nội dung)** | | |
| 1 | Hội nghị Ban Chấp hành Đảng bộ tỉnh giữa năm | Văn phòng Tỉnh ủy | Tháng 6 |
| 2 | Kiểm tra công tác cán bộ ở các đảng bộ phường | Ủy ban Kiểm tra Tỉnh ủy | Tháng 4 |
| 3 | Cho ý kiến về quy hoạch đô thị Sầm Sơn | Đảng ủy UBND tỉnh | Tháng 5 |
| 4 | Sơ kết công tác dân vận quý I | Ban Tuyên giáo và Dân vận Tỉnh ủy | Tháng 4 |
| 5 | Cho ý kiến về phương án sử dụng trụ sở dôi dư | Đảng ủy UBND tỉnh | Tháng 6 |
| | **Quý III/2026 (04 nội dung)** | | |
| 1 | Hội nghị cán bộ chủ chốt | Văn phòng Tỉnh ủy | Tháng 7 |
| 2 | Giám sát chuyên đề công tác phòng, chống lãng phí | Ủy ban Kiểm tra Tỉnh ủy | Tháng 8 |
| 3 | Cho ý kiến về Đề án nhân sự | Ban Tổ chức Tỉnh ủy | Tháng 9 |
| 4 | Tổng hợp ý kiến đóng góp của nhân dân | Ban Tuyên giáo và Dân vận Tỉnh ủy | Tháng 9 |

**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**
""")

# Văn phòng Tỉnh ủy notice (portal, not minified): upper-case title with a dated citation, varied names of the committee
w("vptu_tb25_2026.html", portal("Thông báo 25-TB/VPTU", ["TỈNH ỦY THANH HÓA", "VĂN PHÒNG", "*", "Số 25-TB/VPTU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hoá, ngày 02 tháng 4 năm 2026"], """THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY VỀ TIẾN ĐỘ THỰC HIỆN NGHỊ QUYẾT SỐ 01-NQ/TU NGÀY 05/11/2025 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
Ngày 30/3/2026, Thường trực Tỉnh ủy nghe Đảng ủy UBND tỉnh báo cáo tiến độ thực hiện Nghị quyết số 01-NQ/TU ngày 5/11/2025 của Tỉnh ủy Thanh Hoá và Kế hoạch số 18-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy. Thường trực Tỉnh ủy kết luận:
1. Đánh giá cao việc Ủy ban nhân dân tỉnh Thanh Hoá ban hành Kế hoạch số 250/KH-UBND ngày 25/11/2025.
2. Yêu cầu đẩy nhanh việc triển khai Quyết định số 02/2026/QĐ-UBND ngày 20/01/2026 của UBND tỉnh về khai thác thủy sản ven bờ đến ngư dân.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG"""))

# Báo cáo sơ kết 01 năm (fulfils row 5 of 18-KH/TU)
w("tu_bc95_2026.txt", party("TỈNH ỦY THANH HÓA", "", "95-BC/TU", "Thanh Hóa, ngày 30 tháng 10 năm 2026", """BÁO CÁO
sơ kết 01 năm thực hiện Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh
về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số
-----
I. KẾT QUẢ
Thực hiện Kế hoạch số 18-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy, các cấp ủy đã ban hành kế hoạch thực hiện Nghị quyết.
Ủy ban nhân dân tỉnh ban hành Kế hoạch số 250/KH-UBND; 166/166 xã, phường vận hành hệ thống văn bản điện tử.
II. PHƯƠNG HƯỚNG
Tiếp tục thực hiện Nghị quyết số 01-NQ/TU.
""" + SIGN_TU))

# =============================================================== UBND tỉnh after 2025
w("ubnd_kh250_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "250/KH-UBND", "Thanh Hóa, ngày 25 tháng 11 năm 2025", """KẾ HOẠCH
Thực hiện Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số
Thực hiện Nghị quyết số 01-NQ/TU ngày 05 tháng 11 năm 2025 của Ban Chấp hành Đảng bộ tỉnh Thanh Hóa khóa XX; Nghị định số 137/2025/NĐ-CP của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các nhiệm vụ của Nghị quyết thành các chương trình, dự án.
II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# Report of UBND tỉnh (portal HTML): passive forms and history, all about texts already handled
w("ubnd_bc410_2026.html", portal("Báo cáo 410/BC-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "Số: 410/BC-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 18 tháng 9 năm 2026"], """BÁO CÁO
Kết quả rà soát văn bản quy phạm pháp luật lĩnh vực kinh tế biển năm 2026
1. Quyết định số 44/2020/QĐ-UBND ngày 20/11/2020 của UBND tỉnh đã được thay thế bởi Quyết định số 02/2026/QĐ-UBND ngày 20/01/2026.
2. Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 đã bị bãi bỏ toàn bộ tại Quyết định số 31/2025/QĐ-UBND ngày 10/12/2025.
3. Trước đây, việc quản lý du lịch cộng đồng thực hiện theo Quyết định số 12/2020/QĐ-UBND; hiện nay thực hiện theo Quyết định số 18/2025/QĐ-UBND, đã được sửa đổi tại Quyết định số 06/2026/QĐ-UBND.
4. Nghị quyết số 15/2019/NQ-HĐND của HĐND tỉnh còn hiệu lực, đang được rà soát để thay thế.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# =============================================================== Sở
# Sở NN&MT (OCR-like): Căn cứ 44/2020 after 02/2026 took effect (planted superseded)
w("so_nnmt_kh88_2026.txt", """UBND TỈNH THANH HÓA
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 88/KH-SNNMT\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\t\tĐộc lập - Tự do - Hạnh phúc
\t\tThanh Hóa, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Tuần tra, kiểm soát hoạt động khai thác thủy sản ven bờ năm 2026
Căn cứ Quyết đinh số 44/2020/QĐ-UBND ngày 20/11/2020 của UBND tỉnh ban hành Quy định về quản lý
hoạt động khai thác thủy sản ven bờ tỉnh Thanh Hóa; | Nghị đinh số 137/2025/NĐ-CP của Chính phủ,
Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:
1. Tuần tra vùng biển ven bờ các xã Hoằng Tiến, Hải Tiến.
2. Xử lý nghiêm tàu cá vi phạm.
Trang 1/1
GIÁM ĐỐC""")

# Sở VHTTDL (Markdown): cites 44/2020 on 05/02/2026, signed-but-not-in-force replacement (trap)
w("so_vhttdl_kh40_2026.md", md_hdr(["UBND TỈNH THANH HÓA", "**SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**", "Số: 40/KH-SVHTTDL"],
                                   ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Thanh Hóa, ngày 05 tháng 02 năm 2026*"]) + """
## KẾ HOẠCH
**Phát triển du lịch gắn với làng chài ven biển năm 2026**

Căn cứ Quyết định số 44/2020/QĐ-UBND ngày 20/11/2020 của UBND tỉnh ban hành Quy định về quản lý hoạt động khai thác
thủy sản ven bờ; Quyết định số 18/2025/QĐ-UBND ngày 15/8/2025 của UBND tỉnh ban hành Quy định quản lý hoạt động du lịch
cộng đồng trên địa bàn tỉnh Thanh Hóa, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch như sau:

1. Xây dựng sản phẩm du lịch trải nghiệm nghề biển tại Hoằng Tiến.
2. Hỗ trợ các hộ làm du lịch cộng đồng.

**GIÁM ĐỐC**
""")

# Sở Xây dựng: Căn cứ 27/2019 (repealed in whole by the table of 31/2025, planted) and 09/2021 (repealed in part, trap)
w("so_xd_kh52_2026.txt", state("UBND TỈNH THANH HÓA", "SỞ XÂY DỰNG", "52/KH-SXD", "Thanh Hóa, ngày 10 tháng 3 năm 2026", """KẾ HOẠCH
Kiểm tra trật tự xây dựng khu vực ven biển năm 2026
Căn cứ Quyết định số 27/2019/QĐ-UBND ngày 12/9/2019 của UBND tỉnh ban hành Quy định quản lý trật tự xây dựng ven biển trên địa bàn tỉnh Thanh Hóa;
Căn cứ Quyết định số 09/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh ban hành Quy định phân cấp quản lý cảng cá, bến cá;
Sở Xây dựng xây dựng Kế hoạch kiểm tra như sau:
1. Kiểm tra các công trình tại phường Sầm Sơn, phường Nam Sầm Sơn, xã Hoằng Tiến.
2. Kiểm tra khu vực cảng cá Lạch Hới.
GIÁM ĐỐC"""))

# =============================================================== wards and communes after 1/7/2025
# Hạc Thành 15-KH/ĐU (.docx, 10/01/2026): fulfils 01-NQ/TU's xã/phường obligation; duplicate with the scan below
docx("hacthanh_kh15_2026.docx", [
    "KẾ HOẠCH",
    "thực hiện Nghị quyết số 01-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số",
    "-----",
    ["Thực hiện Nghị quyết số ", "01-NQ/TU", " ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh Thanh Hoá khoá XX về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch thực hiện như sau:"],
    "1. 100% hồ sơ thủ tục hành chính của phường được số hóa.",
    "2. Mỗi khu phố có một tổ công nghệ số cộng đồng.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
], header_table=(["ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY PHƯỜNG HẠC THÀNH", "*", "Số 15-KH/ĐU"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạc Thành, ngày 10 tháng 01 năm 2026"]))

# Hạc Thành, a scan run through OCR: the same number (planted duplicate), Căn cứ 845-QÐ/TU with Icelandic Ð (planted superseded)
w("hacthanh_kh15_2026_scan.txt", """ĐẢNG BỘ TỈNH THANH HÓA
ĐẢNG ỦY PHƯỜNG HẠC THÀNH
*
Số 15-KH/ĐU
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\tHạc Thành, ngày 16 tháng 3 năm 2026

KẾ HOẠCH
đón tiếp, làm việc với các đoàn khách quốc tế năm 2026
-----
Căn cứ Quyết định số 845-QÐ/TU ngày 05/3/2021 cùa Ban Thường vụ Tỉnh ủy ban hành Quy chế quản lý thống
nhất các hoạt động đối ngoại trên địa bàn tỉnh, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Đón tiếp đoàn doanh nghiệp Nhật Bản khảo sát đầu tư.
2. Phối hợp Sở Ngoại vụ tổ chức giao lưu hữu nghị.
| |
T/M BAN THƯỜNG VỤ
BÍ THƯ""")

# Đảng ủy xã Hoằng Tiến: programme of work with `Tháng 3/2026: 05 nội dung` (colon) over 4 items (planted)
w("hoangtien_ctr08_2026.txt", party("ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY XÃ HOẰNG TIẾN", "08-CTr/ĐU", "Hoằng Tiến, ngày 25 tháng 02 năm 2026", """CHƯƠNG TRÌNH CÔNG TÁC
Quý I và Quý II năm 2026 của Ban Chấp hành Đảng bộ xã
-----
Tháng 3/2026: 05 nội dung
1. Hội nghị Ban Thường vụ Đảng ủy xã thường kỳ.
2. Kiểm tra việc thực hiện Quy chế dân chủ ở thôn Phú Khê.
3. Cho ý kiến về kế hoạch đón mùa du lịch biển Hải Tiến.
4. Sơ kết công tác quý I.
Tháng 4/2026: 03 nội dung
1. Hội nghị Ban Thường vụ Đảng ủy xã thường kỳ.
2. Tổ chức Ngày hội đại đoàn kết tại thôn Xuân Tiến.
3. Giao ban khối dân vận.
\t\t\t\t\tT/M ĐẢNG ỦY
\t\t\t\t\tBÍ THƯ"""))

# Đảng ủy phường Nghi Sơn (Markdown): fulfils 18-KH/TU's xã/phường obligation; date spellings
w("nghison_kh09_2026.md", md_hdr(["ĐẢNG BỘ TỈNH THANH HÓA", "**ĐẢNG ỦY PHƯỜNG NGHI SƠN**", "*", "Số 09-KH/ĐU"],
                                 ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Nghi Sơn, ngày 05 tháng 02 năm 2026*"]) + """
## KẾ HOẠCH
**thực hiện Kế hoạch số 18-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy**

Thực hiện Kế hoạch số 18-KH/TU ngày 15 tháng 01 năm 2026 của Ban Thường vụ Tỉnh ủy về thực hiện nhiệm vụ trọng tâm năm
2026 và Nghị quyết số 01-NQ/TU ngày 05 - 11 - 2025 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Đảng ủy phường xây dựng
Kế hoạch như sau:

1. Phát triển dịch vụ logistics gắn với Khu kinh tế Nghi Sơn.
2. Chuyển đổi số trong quản lý đô thị.

**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**
""")

# UBND phường Sầm Sơn (portal, not minified; spelled Thanh Hoá): implements 250/KH-UBND
w("samson_ubnd_kh112_2026.html", portal("Kế hoạch 112/KH-UBND", ["ỦY BAN NHÂN DÂN", "PHƯỜNG SẦM SƠN", "Số: 112/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sầm Sơn, ngày 14 tháng 4 năm 2026"], """KẾ HOẠCH
Chuyển đổi số phường Sầm Sơn năm 2026
Thực hiện Kế hoạch số 250/KH-UBND ngày 25/11/2025 của Ủy ban nhân dân tỉnh Thanh Hoá; căn cứ Quyết định số 18/2025/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân tỉnh Thanh Hoá, Ủy ban nhân dân phường ban hành Kế hoạch như sau:
1. Số hóa dữ liệu hộ kinh doanh du lịch trên bãi biển.
2. Triển khai thanh toán không dùng tiền mặt tại chợ Sầm Sơn.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", site="phường Sầm Sơn"))

# =============================================================== mass organisations
# Tỉnh đoàn (.docx, 08/12/2025): implements 12-KH/TU of 20/12/2025 (planted temporal) and 01-NQ/TU (obligation met)
docx("tinhdoan_kh61_2025.docx", [
    "KẾ HOẠCH",
    "tuổi trẻ Thanh Hoá xung kích chuyển đổi số năm 2026",
    "-----",
    ["Thực hiện Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh khoá XX; Kế hoạch số ", "12-KH/TU", " ngày ",
     "20/12/", "2025", " của Ban Thường vụ Tỉnh ủy về tuyên truyền Nghị quyết số 01-NQ/TU, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:"],
    "1. Thành lập 166 tổ thanh niên tình nguyện hỗ trợ chuyển đổi số ở xã, phường.",
    "2. Tổ chức cuộc thi sáng tạo số dành cho đoàn viên.",
    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
    "BÍ THƯ",
], header_table=(["BCH ĐOÀN TỈNH THANH HOÁ", "*", "Số: 61-KH/TĐTN-BTG"],
                 ["ĐOÀN TNCS HỒ CHÍ MINH", "Thanh Hoá, ngày 08 tháng 12 năm 2025"]))

# Ủy ban MTTQ tỉnh: undated `Kết luận số 10-KL/TU` (two terms have one: planted ambiguous)
w("mttq_ctr125_2026.txt", state("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH THANH HÓA", "125/CTr-MTTQ-BTT", "Thanh Hóa, ngày 20 tháng 4 năm 2026", """CHƯƠNG TRÌNH
Phối hợp thực hiện Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh
Thực hiện Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Kết luận số 10-KL/TU của Ban Thường vụ Tỉnh ủy, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xây dựng Chương trình như sau:
1. Vận động nhân dân tham gia nền tảng "Bình dân học vụ số".
2. Giám sát việc giải quyết thủ tục hành chính trực tuyến ở xã, phường.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH"""))

# Hội Nông dân tỉnh (minified portal): 01-NQ/TU cited `ngày 15.11.2025` (planted metadata-conflict)
w("hnd_kh77_2026.html", portal("Kế hoạch 77-KH/HNDT", ["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH THANH HÓA", "*", "Số 77-KH/HNDT"],
      ["Thanh Hóa, ngày 10 tháng 01 năm 2026"], """KẾ HOẠCH
Hội Nông dân tỉnh thực hiện Nghị quyết số 01-NQ/TU của Ban Chấp hành Đảng bộ tỉnh
Thực hiện Nghị quyết số 01-NQ/TU ngày 15.11.2025 của Ban Chấp hành Đảng bộ tỉnh Thanh Hóa khóa XX về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:
1. Hướng dẫn hội viên bán nông sản trên sàn thương mại điện tử.
2. Xây dựng mô hình "Chi hội nông dân số".
T/M BAN THƯỜNG VỤ
CHỦ TỊCH""", minified=True, site="Hội Nông dân tỉnh Thanh Hóa"))

# Liên đoàn Lao động tỉnh (.docx, state-style header): 05-HD/BTCTU named as Ban Tuyên giáo's (planted metadata-conflict)
docx("ldld_ctr14_2026.docx", [
    "CHƯƠNG TRÌNH",
    "Công đoàn tỉnh thực hiện Nghị quyết số 01-NQ/TU về chuyển đổi số năm 2026",
    ["Thực hiện Nghị quyết số 01-NQ/TU ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh; Hướng dẫn số ", "05-HD/", "BTCTU",
     " ngày 25/11/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ, Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Chương trình như sau:"],
    "1. Đưa 100% hồ sơ đoàn viên công đoàn lên nền tảng số.",
    "2. Nâng cao chất lượng sinh hoạt chi bộ trong cơ quan Liên đoàn.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
], header_table=(["LĐLĐ TỈNH THANH HÓA", "Số: 14/CTr-LĐLĐ"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 15 tháng 01 năm 2026"]))

# Hội Cựu chiến binh tỉnh (NFD file): implements 01-NQ/TU with a spaced-hyphen date
w("hccb_kh20_2026.txt", """HỘI CCB VIỆT NAM
HỘI CỰU CHIẾN BINH TỈNH THANH HÓA
*
Số 20-KH/CCB
\t\t\tThanh Hóa, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Hội Cựu chiến binh tỉnh thực hiện Nghị quyết số 01-NQ/TU của Tỉnh ủy
Thực hiện Nghị quyết số 01-NQ/TU ngày 05 - 11 - 2025 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Hội Cựu chiến binh tỉnh xây dựng Kế hoạch như sau:
1. Mỗi chi hội có ít nhất một hội viên làm nòng cốt hướng dẫn dịch vụ công trực tuyến.
2. Phối hợp Tỉnh đoàn mở lớp "Bình dân học vụ số" cho cựu chiến binh.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH""", nfd=True)

print(len(os.listdir(OUT)), "files")
