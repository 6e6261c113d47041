#!/usr/bin/env python3
"""Red team round 27: the health line of the new tỉnh Tây Ninh after the merger of Long An and Tây Ninh (1/7/2025, seat
at Tân An), seen from both former sides and after the merger: the two former UBND tỉnh (each a 20/2021/QĐ-UBND), Ban
Thường vụ Tỉnh ủy (each an 08-KH/TU of 2022), Sở Y tế (each a 150/KH-SYT of 2024), Đảng ủy Sở Y tế, HĐND (support
policies for health staff) and Trung tâm Y tế of former districts; the new Tỉnh ủy, UBND, HĐND, Sở Y tế and its Đảng ủy,
Bệnh viện Đa khoa tỉnh (its Đảng ủy and a department chi bộ), Trung tâm Y tế khu vực, the Đảng ủy and Trạm Y tế of new
wards and communes, Hội Chữ thập đỏ tỉnh. Writes corpus/. Standard library only.
Header helpers copied from RedTeam26/gen.py (site names and phone numbers in `portal` and `html_spans` changed); three
header shapes added (`party_one`, `state_run`, `state_numline`)."""
import os, zipfile, html, unicodedata
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))


def w(name, text, nfd=False, crlf=False):
    t = text.strip("\n") + "\n"
    if nfd:
        t = unicodedata.normalize("NFD", t)
    if crlf:
        t = t.replace("\n", "\r\n")
    open(os.path.join(OUT, name), "w", encoding="utf-8", newline="").write(t)


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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Tây Ninh"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Sở Y tế tỉnh Tây Ninh. Địa chỉ: phường Tân An, tỉnh Tây Ninh. Điện thoại: 0272.3826.150 - Fax: 0272.3826.151</div></body></html>')
    if minified:
        return h
    return (h.replace("<p>", "\n  <p>").replace("<div", "\n<div").replace("<table", "\n<table").replace("<tr>", "\n  <tr>")
             .replace("</table>", "\n</table>").replace("</body>", "\n</body>"))


def md_hdr(left, right):
    return "| " + "<br>".join(left) + " | " + "<br>".join(right) + " |\n|---|---|\n"


def md_headings(lines_left, lines_right):
    """A Markdown export whose header came out as headings and bold lines, one after another (no table)."""
    return "\n".join(lines_left) + "\n\n" + "\n".join(lines_right) + "\n\n"


def html_spans(title, left, right, text):
    """A portal page that keeps the Word formatting: spans, &nbsp; and <br> inside one <p> per paragraph."""
    def cell(xs):
        return "".join(f'<p class="MsoNormal" align="center"><span style="font-size:13.0pt">{html.escape(x).replace(" ", "&nbsp;", 1)}</span></p>' for x in xs)
    ps = "".join(f'<p class="MsoNormal" style="text-align:justify"><span lang="VI">{html.escape(l)}</span></p>\n' if l.strip() else "" for l in text.split("\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{html.escape(title)}</title></head>\n<body>\n'
            f'<div class="WordSection1">\n<table border="0" cellpadding="0"><tr><td width="40%">{cell(left)}</td><td>{cell(right)}</td></tr></table>\n{ps}</div>\n'
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Tây Ninh - Điện thoại: 0276.3822.072 - Fax: 0276.3822.073</div>\n</body></html>')





def party_one(org, num, place, title, body=""):
    """A Tỉnh ủy header: one line for the committee, then the star."""
    return f"""{org}
*
Số {num}
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}

{title}
{body}"""


def state_run(org1, org2, num, place, title, body=""):
    """A converter ran the two header columns into one line each, with a single space."""
    return f"""{org1} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{org2} Độc lập - Tự do - Hạnh phúc
Số: {num} {place}

{title}
{body}"""


def state_numline(org1, org2, num, place, title, body=""):
    """`Số:` on its own line, the number on the next."""
    return f"""{org1}
{org2}
-------
Số:
{num}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}

{title}
{body}"""


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC"""
SIGN_DU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_DU_TM = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_CB = """\t\t\t\t\tT/M CHI BỘ
\t\t\t\t\tBÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_CT = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_SYT = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_GD = """\t\t\t\t\tGIÁM ĐỐC"""
SIGN_TYT = """\t\t\t\t\tTRẠM TRƯỞNG"""

# =============================================================== former Long An (seat Tân An), before 1/7/2025
# UBND Long An 20/2021 (functions of the Sở Y tế): replaced by the new UBND's 35/2025 from 15/9/2025
w("la_ubnd_qd20_2021.txt", state("ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "20/2021/QĐ-UBND", "Long An, ngày 15 tháng 6 năm 2021", """QUYẾT ĐỊNH
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Long An
ỦY BAN NHÂN DÂN TỈNH LONG AN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Giám đốc Sở Y tế và Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Vị trí và chức năng
Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Long An, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về y tế.
Điều 2. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 25 tháng 6 năm 2021.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB_CT))

# UBND Long An 31/2024 (prices), Markdown: replaced by the new UBND's 12/2026 from 01/4/2026
w("la_ubnd_qd31_2024.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH LONG AN**", "Số: 31/2024/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Long An, ngày 18 tháng 9 năm 2024*"]) + """
**QUYẾT ĐỊNH**

**Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của quỹ bảo hiểm y tế trong các cơ sở khám bệnh, chữa bệnh của Nhà nước trên địa bàn tỉnh Long An**

**ỦY BAN NHÂN DÂN TỈNH LONG AN**

*Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;*

*Căn cứ Thông tư số 22/2023/TT-BYT ngày 17 tháng 11 năm 2023 của Bộ trưởng Bộ Y tế quy định thống nhất giá dịch vụ khám bệnh, chữa bệnh bảo hiểm y tế giữa các bệnh viện cùng hạng trên toàn quốc;*

*Theo đề nghị của Giám đốc Sở Y tế.*

**QUYẾT ĐỊNH:**

**Điều 1.** Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của quỹ bảo hiểm y tế tại Phụ lục kèm theo Quyết định này.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2024.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
""")

# HĐND Long An 15/2023 (support policies): replaced by the new HĐND's 22/2025 (from 01/01/2026), "replaced" again by 07/2026
w("la_hdnd_nq15_2023.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH LONG AN", "15/2023/NQ-HĐND", "Long An, ngày 12 tháng 7 năm 2023", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ, thu hút nguồn nhân lực y tế trên địa bàn tỉnh Long An giai đoạn 2023 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH LONG AN
KHÓA X, KỲ HỌP THỨ 12
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;
Thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Quy định chính sách hỗ trợ một lần đối với bác sĩ, dược sĩ đại học về công tác tại trạm y tế xã, trung tâm y tế huyện.
Điều 2. Nghị quyết này có hiệu lực từ ngày 22 tháng 7 năm 2023.
""" + SIGN_HD))

# Ban Thường vụ Tỉnh ủy Long An 08-KH/TU, 22/3/2022 (CRLF): obligation on the Đảng ủy Sở Y tế, met by 05-KH/ĐU of 10/4/2022
w("la_tu_kh08_2022.txt", party("ĐẢNG BỘ TỈNH LONG AN", "TỈNH ỦY", "08-KH/TU", "Long An, ngày 22 tháng 3 năm 2022", """KẾ HOẠCH
tiếp tục thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới, giai đoạn 2022 - 2025
-----
Thực hiện Nghị quyết số 20-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng y tế cơ sở; đến năm 2025 có 100% trạm y tế xã có bác sĩ.
II. NHIỆM VỤ, GIẢI PHÁP
1. Củng cố mạng lưới y tế cơ sở, nâng cao năng lực trung tâm y tế huyện.
2. Phát triển nhân lực y tế, có chính sách thu hút bác sĩ về tuyến cơ sở.
III. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Sở Y tế xây dựng kế hoạch thực hiện trước ngày 30/4/2022.
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này.
""" + SIGN_TU), crlf=True)

# Đảng ủy Sở Y tế Long An 05-KH/ĐU (NFD), 10/4/2022: Đảng bộ Khối header without the province; unqualified "Tỉnh ủy" before the merger
w("la_du_kh05_2022.txt", party("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY SỞ Y TẾ", "05-KH/ĐU", "Long An, ngày 10 tháng 4 năm 2022", """KẾ HOẠCH
thực hiện Kế hoạch số 08-KH/TU của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 20-NQ/TW
-----
Thực hiện Kế hoạch số 08-KH/TU, ngày 22/3/2022 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ban Thường vụ Đảng ủy Sở Y tế xây dựng Kế hoạch như sau:
1. Lãnh đạo Sở Y tế tham mưu chính sách thu hút bác sĩ về trạm y tế xã.
2. Các chi bộ trực thuộc quán triệt Kế hoạch đến đảng viên.
""" + SIGN_DU), nfd=True)

# Sở Y tế Long An 150/KH-SYT, 05/8/2024 (pdftotext -layout): obligation on the Trung tâm Y tế huyện, met by Cần Giuộc's 45/KH-TTYT
w("la_syt_kh150_2024.txt", layout(state_cols("UBND TỈNH LONG AN", "SỞ Y TẾ", "150/KH-SYT", "Long An, ngày 05 tháng 8 năm 2024", """                                  KẾ HOẠCH
   Triển khai thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư về tiếp tục củng cố, hoàn thiện,
      nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới trên địa bàn tỉnh
Thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới; Quyết định số 281/QĐ-TTg năm 2024 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thực hiện Chỉ thị số 25-CT/TW; Kế hoạch số 08-KH/TU, ngày 22/3/2022 của Ban Thường vụ Tỉnh ủy; căn cứ Nghị quyết số 15/2023/NQ-HĐND ngày 12/7/2023 của Hội đồng nhân dân tỉnh, Sở Y tế xây dựng Kế hoạch như sau:
I. MỤC TIÊU
Đến năm 2025, 100% trạm y tế xã thực hiện khám bệnh, chữa bệnh bảo hiểm y tế.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Nghiệp vụ Y chủ trì theo dõi, tổng hợp.
2. Trung tâm Y tế các huyện, thị xã, thành phố xây dựng kế hoạch triển khai thực hiện tại đơn vị.
""" + SIGN_SYT)))

# Trung tâm Y tế huyện Cần Giuộc (Long An) 45/KH-TTYT, 20/8/2024, OCR-like: a few broken diacritics
w("la_ttyt_cg_kh45_2024.txt", state("SỞ Y TÊ LONG AN", "TRUNG TÂM Y TÉ HUYỆN CẦN GIUỘC", "45/KH-TTYT", "Cần Giuộc, ngày 20 tháng 8 năm 2024", """KÉ HOẠCH
Triển khai thưc hiện Chỉ thị số 25-CT/TW tại Trung tâm Y tế huyện Cần Giuộc
Thực hiện Kế hoach số 150/KH-SYT ngày 05/8/2024 của Sở Y tế về triển khai thực hiện Chi thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư, Trung tâm Y tế huyện xây dựng Kế hoạch như sau:
1. Luân phiên bác sĩ về 15 trạm y tế xã, thị trấn.
2. Bảo đảm các trạm y tế xã khám bệnh, chữa bệnh bảo hiểm y tế.
""" + SIGN_GD))

# =============================================================== former Tây Ninh (seat thành phố Tây Ninh), before 1/7/2025
# UBND Tây Ninh 20/2021 (Quy chế phối hợp, hành nghề y dược tư nhân): a portal page; in force throughout
w("tn_ubnd_qd20_2021.html", portal("Quyết định số 20/2021/QĐ-UBND",
      ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "-------", "Số: 20/2021/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Tây Ninh, ngày 12 tháng 8 năm 2021"],
      """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp trong quản lý hành nghề y, dược tư nhân trên địa bàn tỉnh Tây Ninh
ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Khám bệnh, chữa bệnh ngày 23 tháng 11 năm 2009;
Theo đề nghị của Giám đốc Sở Y tế.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong quản lý hành nghề y, dược tư nhân trên địa bàn tỉnh Tây Ninh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 8 năm 2021.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# UBND Tây Ninh 14/2024 (prices on request): repealed by the new UBND's 12/2026 from 01/4/2026
w("tn_ubnd_qd14_2024.txt", state("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "14/2024/QĐ-UBND", "Tây Ninh, ngày 10 tháng 4 năm 2024", """QUYẾT ĐỊNH
Quy định giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu tại các cơ sở khám bệnh, chữa bệnh của Nhà nước thuộc tỉnh Tây Ninh
ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;
Căn cứ Thông tư số 22/2023/TT-BYT ngày 17 tháng 11 năm 2023 của Bộ trưởng Bộ Y tế;
Theo đề nghị của Giám đốc Sở Y tế.
QUYẾT ĐỊNH:
Điều 1. Quy định giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu tại Phụ lục kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 4 năm 2024.
""" + SIGN_UB))

# HĐND Tây Ninh 09/2023: replaced once, by the new HĐND's 22/2025
w("tn_hdnd_nq09_2023.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH TÂY NINH", "09/2023/NQ-HĐND", "Tây Ninh, ngày 08 tháng 12 năm 2023", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ đối với viên chức y tế công tác tại trạm y tế xã, phường, thị trấn trên địa bàn tỉnh Tây Ninh
HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH
KHÓA X, KỲ HỌP THỨ 10
Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;
Xét Tờ trình của Ủy ban nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Hỗ trợ hằng tháng đối với viên chức y tế công tác tại trạm y tế xã, phường, thị trấn.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2024.
""" + SIGN_HD))

# Ban Thường vụ Tỉnh ủy Tây Ninh 08-KH/TU, 14/3/2022 (pdftotext -layout, two-column Party header)
w("tn_tu_kh08_2022.txt", layout(party_cols("ĐẢNG BỘ TỈNH TÂY NINH", "TỈNH ỦY", "08-KH/TU", "Tây Ninh, ngày 14 tháng 3 năm 2022", """                                  KẾ HOẠCH
        thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII
                       giai đoạn 2022 - 2025 trên địa bàn tỉnh
                                    -----
Thực hiện Nghị quyết số 20-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. NHIỆM VỤ, GIẢI PHÁP
1. Đổi mới y tế cơ sở; nâng cao năng lực phòng, chống dịch bệnh vùng biên giới.
2. Nâng cao chất lượng khám bệnh, chữa bệnh tại Bệnh viện Đa khoa tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Sở Y tế xây dựng kế hoạch thực hiện.
2. Ban Tuyên giáo Tỉnh ủy chỉ đạo công tác tuyên truyền trên báo Tây Ninh.
""" + SIGN_TU)))

# Sở Y tế Tây Ninh 150/KH-SYT, 12/7/2024 (Markdown table header): obligation met by Trảng Bàng's 112/KH-TTYT
w("tn_syt_kh150_2024.md", md_hdr(["**UBND TỈNH TÂY NINH**", "**SỞ Y TẾ**", "Số: 150/KH-SYT"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Tây Ninh, ngày 12 tháng 7 năm 2024*"]) + """
**KẾ HOẠCH**

**Triển khai thi hành Luật Khám bệnh, chữa bệnh năm 2023 trên địa bàn tỉnh Tây Ninh**

Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023; Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh; Nghị quyết số 09/2023/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh; Quyết định số 20/2021/QĐ-UBND ngày 12/8/2021 của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp trong quản lý hành nghề y, dược tư nhân, Sở Y tế xây dựng Kế hoạch như sau:

## I. NỘI DUNG

1. Cấp giấy phép hành nghề theo Luật mới cho người hành nghề tại các cơ sở công lập và tư nhân.
2. Rà soát điều kiện hoạt động của phòng khám tư nhân.

## II. TỔ CHỨC THỰC HIỆN

1. Phòng Nghiệp vụ Y chủ trì, theo dõi.
2. Trung tâm Y tế các huyện, thị xã, thành phố xây dựng kế hoạch triển khai tại đơn vị.

**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**
""")

# Đảng ủy Sở Y tế Tây Ninh 04-KH/ĐU, 20/4/2022: cites Tây Ninh's 08-KH/TU as of 18/3/2022 (header: 14/3; Long An's: 22/3)
w("tn_du_kh04_2022.txt", party("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH TÂY NINH", "ĐẢNG ỦY SỞ Y TẾ", "04-KH/ĐU", "Tây Ninh, ngày 20 tháng 4 năm 2022", """KẾ HOẠCH
thực hiện Kế hoạch số 08-KH/TU của Ban Thường vụ Tỉnh ủy Tây Ninh
-----
Thực hiện Kế hoạch số 08-KH/TU, ngày 18/3/2022 của Ban Thường vụ Tỉnh ủy Tây Ninh về thực hiện Nghị quyết số 20-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII giai đoạn 2022 - 2025, Ban Thường vụ Đảng ủy Sở Y tế xây dựng Kế hoạch như sau:
1. Lãnh đạo nâng cao năng lực phòng, chống dịch bệnh vùng biên giới.
2. Lãnh đạo nâng cao chất lượng khám bệnh, chữa bệnh tại Bệnh viện Đa khoa tỉnh.
""" + SIGN_DU))

# Trung tâm Y tế thị xã Trảng Bàng (Tây Ninh) 112/KH-TTYT, 25/7/2024: dated citation of Tây Ninh's 150/KH-SYT
w("tn_ttyt_tb_kh112_2024.txt", state("SỞ Y TẾ TÂY NINH", "TRUNG TÂM Y TẾ THỊ XÃ TRẢNG BÀNG", "112/KH-TTYT", "Trảng Bàng, ngày 25 tháng 7 năm 2024", """KẾ HOẠCH
Triển khai thi hành Luật Khám bệnh, chữa bệnh năm 2023 tại Trung tâm Y tế thị xã Trảng Bàng
Thực hiện Kế hoạch số 150/KH-SYT ngày 12/7/2024 của Sở Y tế về triển khai thi hành Luật Khám bệnh, chữa bệnh năm 2023, Trung tâm Y tế thị xã xây dựng Kế hoạch như sau:
1. Hoàn thành cấp giấy phép hành nghề cho viên chức theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15.
2. Phối hợp kiểm tra phòng khám tư nhân theo Quyết định số 20/2021/QĐ-UBND ngày 12/8/2021 của UBND tỉnh.
""" + SIGN_GD))

# =============================================================== the new tỉnh Tây Ninh (from 1/7/2025, seat at Tân An)
# New Ban Thường vụ Tỉnh ủy 12-KH/TU, 20/10/2025: both former 08-KH/TU by former name; 03 nhiệm vụ over 3; four obligations,
# the Ban Tuyên giáo và Dân vận's unmet; self-reference with its own id in the appendix caption
w("tu_kh12_2025.txt", party_one("TỈNH ỦY TÂY NINH", "12-KH/TU", "Tây Ninh, ngày 20 tháng 10 năm 2025", """KẾ HOẠCH
thực hiện Nghị quyết số 72-NQ/TW, ngày 09/9/2025 của Bộ Chính trị
về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân
-----
Thực hiện Nghị quyết số 72-NQ/TW, ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân; Chỉ thị số 25-CT/TW, ngày 25/10/2023 của Ban Bí thư về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới; trên cơ sở kết quả thực hiện Kế hoạch số 08-KH/TU, ngày 22/3/2022 của Ban Thường vụ Tỉnh ủy Long An (trước hợp nhất) và Kế hoạch số 08-KH/TU, ngày 14/3/2022 của Ban Thường vụ Tỉnh ủy Tây Ninh (trước hợp nhất) về thực hiện Nghị quyết số 20-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Sau khi hợp nhất tỉnh theo Nghị quyết số 60-NQ/TW, ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII, tổ chức lại mạng lưới y tế cơ sở của 96 xã, phường; bảo đảm người dân được khám bệnh, chữa bệnh ban đầu tại trạm y tế.
II. NHIỆM VỤ, GIẢI PHÁP
Ban Thường vụ Tỉnh ủy xác định 03 nhiệm vụ trọng tâm sau:
1. Kiện toàn trạm y tế các xã, phường sau sắp xếp; mỗi trạm y tế có ít nhất một bác sĩ.
2. Thu hút, giữ chân nhân lực y tế; thống nhất chính sách hỗ trợ giữa hai địa bàn trước hợp nhất.
3. Chuyển đổi số y tế, liên thông hồ sơ sức khỏe điện tử toàn tỉnh.
III. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Sở Y tế xây dựng kế hoạch thực hiện.
2. Hội Chữ thập đỏ tỉnh xây dựng kế hoạch thực hiện trong phạm vi hoạt động của Hội.
3. Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng kế hoạch tuyên truyền Nghị quyết số 72-NQ/TW và Kế hoạch này.
4. Các đảng ủy xã, phường xây dựng kế hoạch thực hiện ở địa phương.
5. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này.
""" + SIGN_TU + """

PHỤ LỤC
DANH MỤC CHỈ TIÊU Y TẾ CƠ SỞ ĐẾN NĂM 2030
(Kèm theo Kế hoạch số 12-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy)
- Tỷ lệ trạm y tế có bác sĩ: 100%.
- Tỷ lệ dân số được quản lý sức khỏe: trên 95%."""))

# New UBND 35/2025 (functions of the new Sở Y tế), pdftotext -layout, 05/9/2025, in force 15/9/2025:
# replaces Long An's 20/2021; keeps Tây Ninh's 20/2021 ("cho đến khi có văn bản thay thế")
w("ubnd_qd35_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "35/2025/QĐ-UBND", "Tây Ninh, ngày 05 tháng 9 năm 2025", """                                  QUYẾT ĐỊNH
         Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tây Ninh
                         ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;
Theo đề nghị của Giám đốc Sở Y tế.
                                 QUYẾT ĐỊNH:
Điều 1. Vị trí và chức năng
Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tây Ninh; trụ sở đặt tại phường Tân An.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực kể từ ngày 15 tháng 9 năm 2025.
2. Quyết định này thay thế Quyết định số 20/2021/QĐ-UBND ngày 15 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Long An quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Long An.
3. Quyết định số 20/2021/QĐ-UBND ngày 12 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh Tây Ninh (trước sắp xếp) ban hành Quy chế phối hợp trong quản lý hành nghề y, dược tư nhân tiếp tục có hiệu lực cho đến khi có văn bản thay thế.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB_CT)))

# New UBND 12/2026 (prices), Markdown, 20/3/2026, in force 01/4/2026: replaces Long An's 31/2024, repeals Tây Ninh's 14/2024;
# "mức thanh toán vật tư y tế thay thế … theo Thông tư số 21/2024/TT-BYT" (ordinary word)
w("ubnd_qd12_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH TÂY NINH**", "Số: 12/2026/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Tây Ninh, ngày 20 tháng 3 năm 2026*"]) + """
**QUYẾT ĐỊNH**

**Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của quỹ bảo hiểm y tế và giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu tại các cơ sở khám bệnh, chữa bệnh của Nhà nước trên địa bàn tỉnh Tây Ninh**

**ỦY BAN NHÂN DÂN TỈNH TÂY NINH**

*Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;*

*Căn cứ Thông tư số 21/2024/TT-BYT ngày 17 tháng 10 năm 2024 của Bộ trưởng Bộ Y tế quy định phương pháp định giá dịch vụ khám bệnh, chữa bệnh;*

*Theo đề nghị của Giám đốc Sở Y tế.*

**QUYẾT ĐỊNH:**

**Điều 1.** Quy định giá dịch vụ khám bệnh, chữa bệnh tại Phụ lục I và Phụ lục II kèm theo Quyết định này.

**Điều 2.** Giá quy định tại Điều 1 chưa bao gồm giá vật tư y tế thay thế; mức thanh toán vật tư y tế thay thế thực hiện theo Thông tư số 21/2024/TT-BYT.

**Điều 3.** Hiệu lực thi hành

1. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026.

2. Quyết định này thay thế Quyết định số 31/2024/QĐ-UBND ngày 18 tháng 9 năm 2024 của Ủy ban nhân dân tỉnh Long An quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của quỹ bảo hiểm y tế.

3. Bãi bỏ Quyết định số 14/2024/QĐ-UBND ngày 10 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh Tây Ninh (trước sắp xếp) quy định giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
""")

# New UBND 18/2026, 15/5/2026: amends 35/2025 (a quoted-free enacted amendment; 35/2025 stays in force)
w("ubnd_qd18_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "18/2026/QĐ-UBND", "Tây Ninh, ngày 15 tháng 5 năm 2026", """QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quyết định số 35/2025/QĐ-UBND ngày 05 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh Tây Ninh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế
ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Giám đốc Sở Y tế.
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 35/2025/QĐ-UBND ngày 05 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh như sau:
1. Sửa đổi khoản 2 Điều 1 về cơ cấu tổ chức: Sở Y tế có 06 phòng chuyên môn và Chi cục Dân số.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2026.
""" + SIGN_UB))

# New HĐND 22/2025, 10/12/2025 (`Số:` on its own line), in force 01/01/2026: replaces Long An's 15/2023 and Tây Ninh's 09/2023
w("hdnd_nq22_2025.txt", state_numline("HỘI ĐỒNG NHÂN DÂN", "TỈNH TÂY NINH", "22/2025/NQ-HĐND", "Tây Ninh, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ đối với nhân lực y tế trên địa bàn tỉnh Tây Ninh
HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH
KỲ HỌP THỨ 5
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;
Thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Quy định chính sách hỗ trợ thu hút bác sĩ và hỗ trợ hằng tháng đối với viên chức y tế tại trạm y tế xã, phường.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Điều 3. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
2. Nghị quyết này thay thế Nghị quyết số 15/2023/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh Long An và Nghị quyết số 09/2023/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh Tây Ninh.
""" + SIGN_HD))

# New HĐND 07/2026, 15/7/2026 (Word-exported page): replaces Long An's 15/2023 again (already replaced by 22/2025)
w("hdnd_nq07_2026.html", html_spans("Nghị quyết số 07/2026/NQ-HĐND",
      ["HỘI ĐỒNG NHÂN DÂN", "TỈNH TÂY NINH", "-------", "Số: 07/2026/NQ-HĐND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Tây Ninh, ngày 15 tháng 7 năm 2026"],
      """NGHỊ QUYẾT
Quy định mức hỗ trợ đối với bác sĩ luân phiên có thời hạn về trạm y tế xã, phường trên địa bàn tỉnh Tây Ninh
HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH
KỲ HỌP THỨ 8
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 22/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ đối với nhân lực y tế;
Xét Tờ trình của Ủy ban nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Bác sĩ luân phiên có thời hạn về trạm y tế xã, phường được hỗ trợ 3.000.000 đồng/tháng.
Điều 2. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2026.
2. Nghị quyết này thay thế Nghị quyết số 15/2023/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh Long An.
CHỦ TỊCH"""))

# New Sở Y tế 07/KH-SYT, 20/01/2026 — header columns run into one line; the ambiguous `150/KH-SYT năm 2024 … (trước sắp xếp)`;
# task table: replace LA 31/2024 Quý I/2026 (met by 12/2026), amend TN 20/2021 Quý II/2026 (overdue), a new Đề án Tháng 6/2026
# (overdue), sơ kết Tháng 7/2026 (met by 215/BC-SYT), Thường xuyên, Hằng năm, tổng kết Tháng 12/2026 (not due); obligation met
w("syt_kh07_2026.txt", state_run("UBND TỈNH TÂY NINH", "SỞ Y TẾ", "07/KH-SYT", "Tây Ninh, ngày 20 tháng 01 năm 2026", """KẾ HOẠCH
Thực hiện nhiệm vụ y tế cơ sở và phát triển nhân lực y tế năm 2026
Căn cứ Quyết định số 35/2025/QĐ-UBND ngày 05/9/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế; Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh quy định chính sách hỗ trợ đối với nhân lực y tế;
Thực hiện Kế hoạch số 12-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị; tiếp tục thực hiện Kế hoạch số 150/KH-SYT năm 2024 của Sở Y tế (trước sắp xếp),
Sở Y tế xây dựng Kế hoạch như sau:
I. MỤC TIÊU
Đến cuối năm 2026, 100% trạm y tế xã, phường có bác sĩ làm việc.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tTham mưu UBND tỉnh ban hành quyết định thay thế Quyết định số 31/2024/QĐ-UBND ngày 18/9/2024 của UBND tỉnh Long An về giá dịch vụ khám bệnh, chữa bệnh\tPhòng Kế hoạch - Tài chính\tQuý I/2026
2\tTham mưu UBND tỉnh sửa đổi, bổ sung Quyết định số 20/2021/QĐ-UBND ngày 12/8/2021 của UBND tỉnh Tây Ninh (trước sắp xếp) ban hành Quy chế phối hợp trong quản lý hành nghề y, dược tư nhân\tPhòng Nghiệp vụ Y\tQuý II/2026
3\tXây dựng Đề án phát triển nguồn nhân lực y tế tỉnh Tây Ninh giai đoạn 2026 - 2030, trình UBND tỉnh phê duyệt\tPhòng Tổ chức cán bộ\tTháng 6/2026
4\tSơ kết 6 tháng thực hiện Kế hoạch\tVăn phòng Sở\tTháng 7/2026
5\tTập huấn Luật Khám bệnh, chữa bệnh số 15/2023/QH15 cho người hành nghề tại trạm y tế\tPhòng Nghiệp vụ Y\tThường xuyên
6\tKiểm tra hoạt động khám bệnh, chữa bệnh của trạm y tế xã, phường\tThanh tra Sở\tHằng năm
7\tTổng kết thực hiện Kế hoạch năm 2026\tVăn phòng Sở\tTháng 12/2026
III. TỔ CHỨC THỰC HIỆN
1. Các phòng chức năng thuộc Sở chủ trì thực hiện nhiệm vụ được giao tại Mục II.
2. Trung tâm Y tế các khu vực và Trạm Y tế các xã, phường xây dựng kế hoạch thực hiện tại đơn vị.
""" + SIGN_SYT))

# New Sở Y tế 07/KH-SYT again, 03/3/2026 (Markdown, header as headings): the planted duplicate
w("syt_kh07b_2026.md", md_headings(["**UBND TỈNH TÂY NINH**", "**SỞ Y TẾ**", "", "Số: 07/KH-SYT"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "", "*Tây Ninh, ngày 03 tháng 3 năm 2026*"]) + """# KẾ HOẠCH

## Truyền thông phòng, chống dịch bệnh mùa mưa năm 2026

Thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới, Sở Y tế xây dựng Kế hoạch truyền thông như sau:

1. Truyền thông phòng, chống sốt xuất huyết, tay chân miệng tại 96 xã, phường.
2. Phối hợp Báo và Phát thanh, Truyền hình Tây Ninh mở chuyên mục sức khỏe.

**GIÁM ĐỐC**
""")

# New Sở Y tế letter 1105/SYT-NVY, 10/9/2025 (minified portal page): 35/2025 signed 05/9 but in force only from 15/9
w("syt_cv1105_2025.html", portal("Công văn số 1105/SYT-NVY",
      ["UBND TỈNH TÂY NINH", "SỞ Y TẾ", "-------", "Số: 1105/SYT-NVY", "V/v thực hiện chức năng, nhiệm vụ trong thời gian chuyển tiếp"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Tây Ninh, ngày 10 tháng 9 năm 2025"],
      """Kính gửi: Các phòng chức năng thuộc Sở; các đơn vị trực thuộc.
Ủy ban nhân dân tỉnh đã ban hành Quyết định số 35/2025/QĐ-UBND ngày 05/9/2025 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế, có hiệu lực từ ngày 15/9/2025.
Trong thời gian Quyết định số 35/2025/QĐ-UBND chưa có hiệu lực, các phòng tiếp tục thực hiện nhiệm vụ theo Quyết định số 20/2021/QĐ-UBND ngày 15/6/2021 của UBND tỉnh Long An (trước sắp xếp).
Nơi nhận:
- Như trên;
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC""", minified=True))

# New Sở Y tế letter 1250/SYT-NVY, 10/10/2025: cites Long An's 20/2021 (replaced since 15/9/2025); the next clause Tây Ninh's (in force)
w("syt_cv1250_2025.txt", state("UBND TỈNH TÂY NINH", "SỞ Y TẾ", "1250/SYT-NVY", "Tây Ninh, ngày 10 tháng 10 năm 2025", """V/v rà soát hồ sơ hành nghề và phân công quản lý phòng khám tư nhân
Kính gửi: Trung tâm Y tế các khu vực; Trạm Y tế các xã, phường.
Căn cứ Quyết định số 20/2021/QĐ-UBND ngày 15/6/2021 của UBND tỉnh Long An quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế;
Căn cứ Quyết định số 20/2021/QĐ-UBND ngày 12/8/2021 của UBND tỉnh Tây Ninh ban hành Quy chế phối hợp trong quản lý hành nghề y, dược tư nhân;
Sở Y tế đề nghị các đơn vị rà soát hồ sơ hành nghề của người làm việc tại các phòng khám tư nhân trên địa bàn, báo cáo về Sở (qua Phòng Nghiệp vụ Y) trước ngày 30/10/2025.
Nơi nhận:
- Như trên;
- Lưu: VT, NVY.
""" + SIGN_SYT))

# New Sở Y tế report 215/BC-SYT, 25/7/2026: the sơ kết of 07/KH-SYT; restates the replacement made by 12/2026; a proposal to replace
# Tây Ninh's 20/2021; a quoted draft title amending 22/2025; 03 kiến nghị over 3
w("syt_bc215_2026.txt", state("UBND TỈNH TÂY NINH", "SỞ Y TẾ", "215/BC-SYT", "Tây Ninh, ngày 25 tháng 7 năm 2026", """BÁO CÁO
Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 07/KH-SYT ngày 20/01/2026 của Sở Y tế
I. KẾT QUẢ THỰC HIỆN
1. Sở Y tế đã tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 12/2026/QĐ-UBND ngày 20/3/2026, thay thế Quyết định số 31/2024/QĐ-UBND ngày 18/9/2024 của UBND tỉnh Long An (trước sắp xếp).
2. Cơ cấu tổ chức của Sở thực hiện theo Quyết định số 35/2025/QĐ-UBND ngày 05/9/2025 của UBND tỉnh (đã được sửa đổi, bổ sung bởi Quyết định số 18/2026/QĐ-UBND ngày 15/5/2026).
3. Đã có 88/96 trạm y tế xã, phường có bác sĩ làm việc.
II. TỒN TẠI, HẠN CHẾ
Việc sửa đổi Quy chế phối hợp trong quản lý hành nghề y, dược tư nhân chưa hoàn thành; Đề án phát triển nguồn nhân lực y tế chưa được trình.
III. KIẾN NGHỊ
Sở Y tế kiến nghị 03 nội dung sau:
1. Đề nghị Ủy ban nhân dân tỉnh xem xét, ban hành quyết định mới thay thế Quyết định số 20/2021/QĐ-UBND ngày 12/8/2021 của UBND tỉnh Tây Ninh (trước sắp xếp) cho phù hợp với Luật Khám bệnh, chữa bệnh số 15/2023/QH15.
2. Dự thảo “Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh” đang được lấy ý kiến; đề nghị Ủy ban nhân dân tỉnh sớm trình Hội đồng nhân dân tỉnh.
3. Đề nghị Bộ Y tế hướng dẫn định giá dịch vụ tại trạm y tế theo Thông tư số 21/2024/TT-BYT.
""" + SIGN_GD))

# New Đảng ủy Sở Y tế 04-KH/ĐU, 15/11/2025 (pdftotext -layout): implements 12-KH/TU (meets its obligation); same number as
# the former Tây Ninh Đảng ủy Sở Y tế's 04-KH/ĐU of 2022 (another term)
w("du_kh04_2025.txt", layout(party_cols("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG ỦY SỞ Y TẾ", "04-KH/ĐU", "Tây Ninh, ngày 15 tháng 11 năm 2025", """                                  KẾ HOẠCH
              thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy
                                    -----
Thực hiện Kế hoạch số 12-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 72-NQ/TW, ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân, Ban Thường vụ Đảng ủy Sở Y tế xây dựng Kế hoạch như sau:
1. Lãnh đạo kiện toàn trạm y tế các xã, phường sau sắp xếp.
2. Lãnh đạo thống nhất chính sách hỗ trợ nhân lực y tế giữa hai địa bàn trước hợp nhất.
3. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo.
""" + SIGN_DU)))

# New Đảng ủy Sở Y tế 03-NQ/ĐU, 10/02/2026: body named in the title; "04 nhiệm vụ" over 5; a prose task to amend 22/2025 by
# Quý III/2026 (nothing amends it; 07/2026 replaces Long An's 15/2023 instead)
w("du_nq03_2026.txt", party("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG ỦY SỞ Y TẾ", "03-NQ/ĐU", "Tây Ninh, ngày 10 tháng 02 năm 2026", """NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ ĐẢNG ỦY SỞ Y TẾ
về lãnh đạo thực hiện nhiệm vụ chính trị năm 2026
-----
Căn cứ Kế hoạch số 04-KH/ĐU, ngày 15/11/2025 của Ban Thường vụ Đảng ủy Sở Y tế thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy; căn cứ Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh,
BAN THƯỜNG VỤ ĐẢNG ỦY SỞ Y TẾ QUYẾT NGHỊ:
I. Năm 2026, Đảng bộ Sở Y tế tập trung lãnh đạo thực hiện 04 nhiệm vụ trọng tâm sau:
1. Kiện toàn tổ chức bộ máy Sở Y tế sau hợp nhất.
2. Bảo đảm 100% trạm y tế xã, phường có bác sĩ.
3. Thực hiện giá dịch vụ khám bệnh, chữa bệnh thống nhất toàn tỉnh.
4. Đẩy mạnh chuyển đổi số y tế.
5. Xây dựng Đảng bộ trong sạch, vững mạnh.
II. Ban Thường vụ Đảng ủy giao đồng chí Giám đốc Sở Y tế chỉ đạo tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh sửa đổi, bổ sung Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh về chính sách hỗ trợ đối với nhân lực y tế, hoàn thành trong Quý III/2026.
III. Nghị quyết này được quán triệt đến các chi bộ và đảng viên trong Đảng bộ.
""" + SIGN_DU))

# Bệnh viện Đa khoa tỉnh (phường Tân An), all three 16/3/2026, in a cycle: Đảng ủy BV 09-KH/ĐU căn cứ BV 86/KH-BVĐK;
# 86/KH-BVĐK thực hiện Chi bộ 02-NQ/CB; 02-NQ/CB thực hiện 09-KH/ĐU
w("bv_du_kh09_2026.txt", party("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH", "09-KH/ĐU", "Tân An, ngày 16 tháng 3 năm 2026", """KẾ HOẠCH
lãnh đạo nâng cao chất lượng khám bệnh, chữa bệnh năm 2026
-----
Căn cứ Kế hoạch số 86/KH-BVĐK ngày 16/3/2026 của Bệnh viện Đa khoa tỉnh về nâng cao chất lượng khám bệnh, chữa bệnh năm 2026; Kế hoạch số 04-KH/ĐU, ngày 15/11/2025 của Ban Thường vụ Đảng ủy Sở Y tế, Ban Thường vụ Đảng ủy Bệnh viện xây dựng Kế hoạch như sau:
1. Các chi bộ khoa lâm sàng lãnh đạo giảm thời gian chờ khám.
2. Lãnh đạo triển khai bệnh án điện tử toàn viện.
""" + SIGN_DU_TM))

w("bv_kh86_2026.md", md_hdr(["**SỞ Y TẾ TỈNH TÂY NINH**", "**BỆNH VIỆN ĐA KHOA TỈNH**", "Số: 86/KH-BVĐK"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Tân An, ngày 16 tháng 3 năm 2026*"]) + """
**KẾ HOẠCH**

**Nâng cao chất lượng khám bệnh, chữa bệnh năm 2026**

Thực hiện Kế hoạch số 07/KH-SYT ngày 20/01/2026 của Sở Y tế và Nghị quyết số 02-NQ/CB ngày 16/3/2026 của Chi bộ Khoa Hồi sức tích cực - Chống độc về nâng cao chất lượng điều trị người bệnh nặng, Bệnh viện xây dựng Kế hoạch như sau:

1. Giảm thời gian chờ khám bệnh ngoại trú xuống dưới 2 giờ.
2. Triển khai bệnh án điện tử theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15.

**GIÁM ĐỐC**
""")

w("bv_cb_nq02_2026.txt", party("ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC", "02-NQ/CB", "Tân An, ngày 16 tháng 3 năm 2026", """NGHỊ QUYẾT
về nâng cao chất lượng điều trị người bệnh nặng năm 2026
-----
Thực hiện Kế hoạch số 09-KH/ĐU, ngày 16/3/2026 của Ban Thường vụ Đảng ủy Bệnh viện Đa khoa tỉnh, Chi bộ Khoa Hồi sức tích cực - Chống độc quyết nghị:
1. Giảm tỷ lệ tử vong người bệnh nặng so với năm 2025.
2. Mỗi đảng viên đăng ký một việc làm cụ thể.
""" + SIGN_CB))

# Trung tâm Y tế khu vực Cần Giuộc 78/KH-TTYT, 15/6/2026: cites Long An's 31/2024 (replaced since 01/4/2026); 35/2025 as amended;
# its own former name; "người hành nghề thay thế theo … Nghị định số 96/2023/NĐ-CP" (ordinary word)
w("ttyt_cg_kh78_2026.txt", state("SỞ Y TẾ TỈNH TÂY NINH", "TRUNG TÂM Y TẾ KHU VỰC CẦN GIUỘC", "78/KH-TTYT", "Cần Giuộc, ngày 15 tháng 6 năm 2026", """KẾ HOẠCH
Tổ chức khám bệnh, chữa bệnh và thu giá dịch vụ tại các trạm y tế khu vực Cần Giuộc năm 2026
Căn cứ Quyết định số 31/2024/QĐ-UBND ngày 18/9/2024 của UBND tỉnh Long An quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của quỹ bảo hiểm y tế;
Căn cứ Quyết định số 35/2025/QĐ-UBND ngày 05/9/2025 của UBND tỉnh (đã được sửa đổi, bổ sung tại Quyết định số 18/2026/QĐ-UBND ngày 15/5/2026);
Thực hiện Kế hoạch số 07/KH-SYT ngày 20/01/2026 của Sở Y tế; tiếp tục thực hiện Kế hoạch số 45/KH-TTYT ngày 20/8/2024 của Trung tâm Y tế huyện Cần Giuộc (trước sắp xếp),
Trung tâm Y tế khu vực Cần Giuộc xây dựng Kế hoạch như sau:
1. Tổ chức khám bệnh, chữa bệnh bảo hiểm y tế tại 07 trạm y tế xã.
2. Trường hợp bác sĩ phụ trách chuyên môn nghỉ việc, trạm y tế đăng ký người hành nghề thay thế theo quy định tại Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ.
""" + SIGN_GD))

# Trung tâm Y tế khu vực Trảng Bàng 95/KH-TTYT, 10/6/2026: cites Tây Ninh's 14/2024 (repealed since 01/4/2026); former name
w("ttyt_tb_kh95_2026.txt", state("SỞ Y TẾ TỈNH TÂY NINH", "TRUNG TÂM Y TẾ KHU VỰC TRẢNG BÀNG", "95/KH-TTYT", "Trảng Bàng, ngày 10 tháng 6 năm 2026", """KẾ HOẠCH
Khám bệnh, chữa bệnh theo yêu cầu tại Trung tâm Y tế khu vực Trảng Bàng năm 2026
Căn cứ Quyết định số 14/2024/QĐ-UBND ngày 10/4/2024 của UBND tỉnh Tây Ninh quy định giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu;
Thực hiện Kế hoạch số 07/KH-SYT ngày 20/01/2026 của Sở Y tế; Kế hoạch số 112/KH-TTYT ngày 25/7/2024 của Trung tâm Y tế thị xã Trảng Bàng (cũ),
Trung tâm Y tế khu vực Trảng Bàng xây dựng Kế hoạch như sau:
1. Tổ chức khám bệnh theo yêu cầu ngoài giờ hành chính.
2. Niêm yết giá dịch vụ tại khu khám bệnh.
""" + SIGN_GD))

# Đảng ủy phường Long An (the ward, not the former province) 03-KH/ĐU dated 15/10/2025: implements 12-KH/TU of 20/10/2025 (temporal)
w("ph_ly_du_kh03_2025.txt", party("ĐẢNG BỘ TỈNH TÂY NINH", "ĐẢNG ỦY PHƯỜNG LONG AN", "03-KH/ĐU", "Long An, ngày 15 tháng 10 năm 2025", """KẾ HOẠCH
thực hiện công tác bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân trên địa bàn phường
-----
Thực hiện Kế hoạch số 12-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 72-NQ/TW, ngày 09/9/2025 của Bộ Chính trị, Ban Thường vụ Đảng ủy phường Long An xây dựng Kế hoạch như sau:
1. Lãnh đạo Ủy ban nhân dân phường kiện toàn Trạm Y tế phường Long An.
2. Vận động 100% hộ gia đình tham gia bảo hiểm y tế.
""" + SIGN_DU))

# Đảng ủy xã Cần Giuộc 05-KH/ĐU, 10/11/2025: id cut across lines; meets the obligation of 12-KH/TU; same number as Long An's
# Đảng ủy Sở Y tế 05-KH/ĐU of 2022; the former Trung tâm Y tế huyện by its former name
w("xa_cg_du_kh05_2025.txt", party("ĐẢNG BỘ TỈNH TÂY NINH", "ĐẢNG ỦY XÃ CẦN GIUỘC", "05-KH/ĐU", "Cần Giuộc, ngày 10 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân
-----
Thực hiện Kế hoạch số 12-KH/
TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
1. Lãnh đạo Trạm Y tế xã Cần Giuộc tiếp tục thực hiện Kế hoạch số 45/KH-TTYT ngày 20/8/2024 của Trung tâm Y tế huyện Cần Giuộc (trước sắp xếp) về luân phiên bác sĩ.
2. Lãnh đạo vận động hiến máu tình nguyện.
""" + SIGN_DU))

# Trạm Y tế phường Long An 15/KH-TYT, 20/02/2026 (Markdown): cites 35/2025 as of 15/9/2025 (its entry into force; header 05/9);
# "05 chỉ tiêu" over 4; dated 07/KH-SYT; the ward's own 03-KH/ĐU; "mức hỗ trợ thay thế tiền ăn theo Nghị quyết số 22/2025"
w("tyt_ly_kh15_2026.md", md_hdr(["**UBND PHƯỜNG LONG AN**", "**TRẠM Y TẾ**", "Số: 15/KH-TYT"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Long An, ngày 20 tháng 02 năm 2026*"]) + """
**KẾ HOẠCH**

**Hoạt động của Trạm Y tế phường Long An năm 2026**

Căn cứ Quyết định số 35/2025/QĐ-UBND ngày 15/9/2025 của UBND tỉnh Tây Ninh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế;

Thực hiện Kế hoạch số 07/KH-SYT ngày 20/01/2026 của Sở Y tế tỉnh Tây Ninh và Kế hoạch số 03-KH/ĐU ngày 15/10/2025 của Ban Thường vụ Đảng ủy phường Long An,

Trạm Y tế phường Long An đặt ra 05 chỉ tiêu sau:

a) Quản lý sức khỏe điện tử cho 95% dân số phường;

b) Tiêm chủng đầy đủ cho 98% trẻ em dưới 1 tuổi;

c) 100% người cao tuổi được khám sức khỏe định kỳ;

d) Không để dịch sốt xuất huyết bùng phát.

Bác sĩ luân phiên về Trạm được hưởng mức hỗ trợ thay thế tiền ăn theo Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh.

**TRẠM TRƯỞNG**
""")

# Hội Chữ thập đỏ tỉnh 18/KH-HCTĐ, 05/12/2025 (.docx, header in a Word table; id split across runs; group rows (02 nội dung) over 2;
# activity rows with dates): meets the obligation of 12-KH/TU
docx("ctd_kh18_2025.docx", [
    "KẾ HOẠCH",
    "Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy trong công tác Hội",
    ["Thực hiện Kế hoạch số 12-", "KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị, Ban Thường vụ Hội Chữ thập đỏ tỉnh xây dựng Kế hoạch như sau:"],
    "NỘI DUNG THỰC HIỆN",
], rows=[
    ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
    ["A", "Hiến máu tình nguyện (02 nội dung)", "", ""],
    ["1", "Tổ chức Ngày hội hiến máu “Giọt hồng tri ân”", "Ban Công tác xã hội", "Tháng 6/2026"],
    ["2", "Vận động hiến máu tại 96 xã, phường", "Hội Chữ thập đỏ các xã, phường", "Hằng năm"],
    ["B", "Chăm sóc sức khỏe cộng đồng (02 nội dung)", "", ""],
    ["1", "Sơ cấp cứu ban đầu tại cộng đồng", "Trung tâm Đào tạo sơ cấp cứu", "Thường xuyên"],
    ["2", "Khám bệnh, cấp thuốc miễn phí cho người nghèo vùng biên giới", "Ban Công tác xã hội", "Quý II/2026"],
], header_table=(["HỘI CHỮ THẬP ĐỎ VIỆT NAM", "BAN THƯỜNG VỤ HỘI CHỮ THẬP ĐỎ", "TỈNH TÂY NINH", "Số: 18/KH-HCTĐ"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tây Ninh, ngày 05 tháng 12 năm 2025"]))
