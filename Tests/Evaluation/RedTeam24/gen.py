#!/usr/bin/env python3
"""Red team round 24 (redteam31): the new Thành phố Hồ Chí Minh after the merger with Bình Dương and Bà Rịa - Vũng Tàu
(1/7/2025), seen from the former Bình Dương side and from the military: Đảng ủy Quân sự tỉnh Bình Dương / Bộ Chỉ huy
Quân sự tỉnh (before), Đảng ủy Quân sự Thành phố / Bộ Tư lệnh Thành phố (after), the three former Tỉnh ủy/Thành ủy and
UBND, the new Thành ủy and UBND Thành phố, former Thành ủy Thủ Dầu Một, wards, a ward Ban Chỉ huy Quân sự, a commune
militia plan, Hội Cựu chiến binh. Writes corpus/. Standard library only.
Header helpers copied from RedTeam23/gen.py (site names changed)."""
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


def portal(title, head_left, head_right, text, minified=False, site="Thành phố Hồ Chí Minh"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND Thành phố Hồ Chí Minh. Địa chỉ: 86 Lê Thánh Tôn, phường Sài Gòn</div></body></html>')
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
            '<div class="footer">Cổng thông tin điện tử Thành phố Hồ Chí Minh - Điện thoại: 028.3829.6052</div>\n</body></html>')


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BCH = """\t\t\t\t\tT/M BAN CHẤP HÀNH
\t\t\t\t\tBÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""

SIGN_DU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_QS = """\t\t\t\t\tCHỈ HUY TRƯỞNG
\t\t\t\t\t(Đã ký)"""
SIGN_BTL = """\t\t\t\t\tTƯ LỆNH
\t\t\t\t\t(Đã ký)"""
SIGN_CCB = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tCHỦ TỊCH"""

# =============================================================== the three former provinces' Party committees (2021)
w("bd_tu_nq09_2021.txt", party("ĐẢNG BỘ TỈNH BÌNH DƯƠNG", "TỈNH ỦY", "09-NQ/TU", "Thủ Dầu Một, ngày 20 tháng 8 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XI)
về xây dựng khu vực phòng thủ tỉnh vững chắc giai đoạn 2021 - 2025, định hướng đến năm 2030
-----
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025; Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ về khu vực phòng thủ, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
1. Xây dựng khu vực phòng thủ tỉnh vững chắc, gắn phát triển kinh tế - xã hội với củng cố quốc phòng, an ninh.
2. Đảng ủy Quân sự tỉnh lãnh đạo Bộ Chỉ huy Quân sự tỉnh xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp.
""" + SIGN_BCH))

w("hcm_tu_nq09_2021.txt", layout(party_cols("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "", "09-NQ/TU", "Thành phố Hồ Chí Minh, ngày 06 tháng 9 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ KHÓA XI
về phát triển hệ thống giao thông đô thị Thành phố Hồ Chí Minh giai đoạn 2021 - 2025
-----
Ban Chấp hành Đảng bộ Thành phố khóa XI quyết nghị:
1. Hoàn thành các tuyến đường sắt đô thị theo quy hoạch.
2. Đầu tư đường Vành đai 3 đoạn qua Thành phố.
""" + SIGN_BCH)))

w("brvt_tu_nq09_2021.md", md_hdr(["**ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU**", "**TỈNH ỦY**", "\\*", "Số 09-NQ/TU"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Bà Rịa - Vũng Tàu, ngày 15 tháng 10 năm 2021*"]) + """
**NGHỊ QUYẾT**

**CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA VII**

**về phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh trên biển đến năm 2025**

Ban Chấp hành Đảng bộ tỉnh khóa VII quyết nghị:

1. Phát triển cảng biển Cái Mép - Thị Vải thành cảng cửa ngõ quốc tế.

2. Xây dựng đặc khu Côn Đảo thành khu vực phòng thủ vững chắc trên biển.

T/M BAN CHẤP HÀNH
BÍ THƯ
""")

# =============================================================== the three former UBND: each has a 20/2020/QĐ-UBND
w("bd_ubnd_qd20_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG", "20/2020/QĐ-UBND", "Bình Dương, ngày 05 tháng 6 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp giữa Bộ Chỉ huy Quân sự tỉnh với các sở, ban, ngành trong công tác quốc phòng, quân sự địa phương

ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Dân quân tự vệ số 48/2019/QH14 ngày 22 tháng 11 năm 2019;
Theo đề nghị của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Bộ Chỉ huy Quân sự tỉnh với các sở, ban, ngành trong công tác quốc phòng, quân sự địa phương.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 6 năm 2020.
""" + SIGN_UB))

w("hcm_ubnd_qd20_2020.html", portal("Quyết định 20/2020/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 20/2020/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thành phố Hồ Chí Minh, ngày 28 tháng 7 năm 2020"], """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp trong công tác tuyển chọn và gọi công dân nhập ngũ trên địa bàn Thành phố Hồ Chí Minh
ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015;
Theo đề nghị của Tư lệnh Bộ Tư lệnh Thành phố.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác tuyển chọn và gọi công dân nhập ngũ.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 8 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("brvt_ubnd_qd20_2020.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH BÀ RỊA - VŨNG TÀU**", "Số: 20/2020/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Bà Rịa - Vũng Tàu, ngày 22 tháng 4 năm 2020*"]) + """
**QUYẾT ĐỊNH**

**Ban hành Quy định quản lý, bảo vệ công trình quốc phòng và khu quân sự trên địa bàn tỉnh Bà Rịa - Vũng Tàu**

**ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định quản lý, bảo vệ công trình quốc phòng và khu quân sự trên địa bàn tỉnh.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày 05 tháng 5 năm 2020.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
""")

w("bd_ubnd_qd35_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG", "35/2022/QĐ-UBND", "Bình Dương, ngày 12 tháng 9 năm 2022", """QUYẾT ĐỊNH
Ban hành Quy định quản lý, bảo vệ công trình quốc phòng và khu quân sự trên địa bàn tỉnh Bình Dương

ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, bảo vệ công trình quốc phòng và khu quân sự trên địa bàn tỉnh Bình Dương.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 9 năm 2022.
""" + SIGN_UB))

# =============================================================== former Bình Dương military (Đảng bộ Quân sự tỉnh nhiệm kỳ 2020-2025)
w("bd_dqs_nq03_2021.txt", party("ĐẢNG BỘ TỈNH BÌNH DƯƠNG", "ĐẢNG ỦY QUÂN SỰ TỈNH", "03-NQ/ĐU", "Bình Dương, ngày 15 tháng 4 năm 2021", """NGHỊ QUYẾT
CỦA ĐẢNG ỦY QUÂN SỰ TỈNH
về lãnh đạo xây dựng lực lượng dân quân tự vệ giai đoạn 2021 - 2025
-----
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Quân sự tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 và Luật Dân quân tự vệ năm 2019, Đảng ủy Quân sự tỉnh quyết nghị:
1. Xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp, tỷ lệ đạt 1,4% dân số.
2. Bộ Chỉ huy Quân sự tỉnh xây dựng kế hoạch huấn luyện dân quân hằng năm.
""" + SIGN_DU))

w("bd_bch_kh45_2023.txt", state("QUÂN KHU 7", "BỘ CHỈ HUY QUÂN SỰ TỈNH BÌNH DƯƠNG", "45/KH-BCH", "Bình Dương, ngày 15 tháng 3 năm 2023", """KẾ HOẠCH
Xây dựng lực lượng dân quân tự vệ giai đoạn 2023 - 2025

Căn cứ Luật Dân quân tự vệ số 48/2019/QH14; Nghị định số 72/2020/NĐ-CP ngày 30/6/2020 của Chính phủ quy định chi tiết một số điều của Luật Dân quân tự vệ;
Thực hiện Nghị quyết số 09-NQ/TU ngày 20/8/2021 của Tỉnh ủy Bình Dương; Nghị quyết số 03-NQ/ĐU ngày 15/4/2021 của Đảng ủy Quân sự tỉnh; Quyết định số 20/2020/QĐ-UBND ngày 05/6/2020 của UBND tỉnh Bình Dương, Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:
1. Mỗi xã, phường, thị trấn có trung đội dân quân cơ động.
2. Tổ chức huấn luyện dân quân năm thứ nhất theo Thông tư số 69/2020/TT-BQP.
""" + SIGN_QS))

# the former Bà Rịa - Vũng Tàu's own 45/KH-BCH (same number, kind, year and issuer code as Bình Dương's)
w("brvt_bch_kh45_2023.txt", state("QUÂN KHU 7", "BỘ CHỈ HUY QUÂN SỰ TỈNH BÀ RỊA - VŨNG TÀU", "45/KH-BCH", "Bà Rịa - Vũng Tàu, ngày 20 tháng 3 năm 2023", """KẾ HOẠCH
Huấn luyện lực lượng dân quân biển năm 2023 - 2025

Căn cứ Luật Dân quân tự vệ số 48/2019/QH14; Quyết định số 20/2020/QĐ-UBND ngày 22/4/2020 của UBND tỉnh Bà Rịa - Vũng Tàu, Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:
1. Tổ chức hải đội dân quân thường trực.
2. Huấn luyện dân quân biển tại các xã, phường ven biển.
""" + SIGN_QS))

# former Thành ủy Thủ Dầu Một (a city of the province; its committee also numbers -/TU), an NFD file
w("tdm_tu_kh125_2024.txt", party("ĐẢNG BỘ TỈNH BÌNH DƯƠNG", "THÀNH ỦY THỦ DẦU MỘT", "125-KH/TU", "Thủ Dầu Một, ngày 10 tháng 5 năm 2024", """KẾ HOẠCH
thực hiện nhiệm vụ quốc phòng, quân sự địa phương năm 2024 - 2025
-----
Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy về xây dựng khu vực phòng thủ tỉnh vững chắc; Nghị quyết số 03-NQ/ĐU ngày 15/4/2021 của Đảng ủy Quân sự tỉnh, Ban Thường vụ Thành ủy xây dựng Kế hoạch như sau:
1. Đảng ủy các phường lãnh đạo Ban Chỉ huy Quân sự phường xây dựng lực lượng dân quân.
2. Tổ chức diễn tập khu vực phòng thủ thành phố năm 2025.
""" + SIGN_TU), nfd=True)

# =============================================================== Đảng ủy Quân sự Thành phố Hồ Chí Minh
# term 2020-2025 (before the merger)
w("hcm_dqs_old_nq02_2021.txt", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ", "02-NQ/ĐU", "Thành phố Hồ Chí Minh, ngày 12 tháng 3 năm 2021", """NGHỊ QUYẾT
CỦA ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ
về lãnh đạo công tác giáo dục quốc phòng và an ninh giai đoạn 2021 - 2025
-----
Đảng ủy Quân sự Thành phố quyết nghị:
1. Bồi dưỡng kiến thức quốc phòng và an ninh cho 100% cán bộ đối tượng 3, 4.
2. Bộ Tư lệnh Thành phố xây dựng kế hoạch thực hiện.
""" + SIGN_DU))

# term 2025-2030 (after the merger): its numbering restarts
w("dqs_qc01_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ", "01-QC/ĐU", "Thành phố Hồ Chí Minh, ngày 10 tháng 9 năm 2025", """QUY CHẾ
làm việc của Ban Chấp hành Đảng bộ Quân sự Thành phố nhiệm kỳ 2025 - 2030
-----
Căn cứ Điều lệ Đảng; Quy định số 232-QĐ/TW ngày 20/01/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng,
Ban Chấp hành Đảng bộ Quân sự Thành phố ban hành Quy chế làm việc như sau:
Chương I. NHỮNG QUY ĐỊNH CHUNG
Điều 1. Quy chế này quy định trách nhiệm, quyền hạn, chế độ làm việc của Ban Chấp hành, Ban Thường vụ Đảng ủy Quân sự Thành phố.
Chương II. ĐIỀU KHOẢN THI HÀNH
Điều 12. Quy chế này có hiệu lực từ ngày ký, thay thế Quy chế làm việc số 07-QC/ĐU ngày 15/12/2020 của Đảng ủy Quân sự Thành phố nhiệm kỳ 2020 - 2025.
""" + SIGN_BCH))

w("dqs_nq02_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ", "02-NQ/ĐU", "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2025", """NGHỊ QUYẾT
CỦA ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ
về lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2026
-----
Thực hiện Nghị quyết số 44-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới; Nghị quyết Đại hội đại biểu Đảng bộ Quân sự Thành phố lần thứ I, nhiệm kỳ 2025 - 2030, Đảng ủy Quân sự Thành phố quyết nghị:
I. MỤC TIÊU
Xây dựng lực lượng vũ trang Thành phố vững mạnh toàn diện; hoàn thành chỉ tiêu tuyển quân năm 2026.
II. TỔ CHỨC THỰC HIỆN
1. Bộ Tư lệnh Thành phố xây dựng kế hoạch thực hiện Nghị quyết, triển khai đến các đơn vị.
2. Ban Thường vụ Đảng ủy Quân sự Thành phố xây dựng kế hoạch kiểm tra, đôn đốc việc thực hiện Nghị quyết.
""" + SIGN_BCH))

# =============================================================== new Thành ủy (Đảng bộ Thành phố lần thứ I, 2025-2030)
w("hcm_tu_ct03_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "THÀNH ỦY", "03-CT/TU", "Thành phố Hồ Chí Minh, ngày 15 tháng 11 năm 2025", """CHỈ THỊ
CỦA BAN THƯỜNG VỤ THÀNH ỦY
về lãnh đạo công tác tuyển chọn và gọi công dân nhập ngũ năm 2026
-----
Năm 2025, Bộ Tư lệnh Thành phố đã triển khai Kế hoạch số 215/KH-BTL ngày 12/5/2025 về tuyển quân năm 2025 và hoàn thành 100% chỉ tiêu. Để lãnh đạo công tác tuyển quân năm 2026 trên địa bàn Thành phố sau sắp xếp, Ban Thường vụ Thành ủy yêu cầu:
1. Đảng ủy Quân sự Thành phố lãnh đạo Bộ Tư lệnh Thành phố tham mưu tổ chức tuyển quân năm 2026 bảo đảm chỉ tiêu.
2. Đảng ủy các phường, xã, đặc khu lãnh đạo Hội đồng nghĩa vụ quân sự cấp xã thực hiện công khai, dân chủ.
3. Tổ chức thực hiện
a) Đảng ủy Quân sự Thành phố xây dựng kế hoạch thực hiện Chỉ thị.
b) Hội Cựu chiến binh Thành phố xây dựng kế hoạch tuyên truyền, vận động thanh niên lên đường nhập ngũ.
c) Đảng đoàn Mặt trận Tổ quốc Việt Nam Thành phố lãnh đạo xây dựng kế hoạch vận động các tầng lớp nhân dân chăm lo hậu phương quân đội.
""" + SIGN_TU))

w("hcm_tu_kh20_2026.txt", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "THÀNH ỦY", "20-KH/TU", "Thành phố Hồ Chí Minh, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
rà soát các nghị quyết chuyên đề của ba đảng bộ trước sắp xếp
-----
Ban Thường vụ Thành ủy xây dựng Kế hoạch tiếp tục thực hiện các nghị quyết chuyên đề còn hiệu lực như sau:
1. Tiếp tục thực hiện Nghị quyết số 09-NQ/TU ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh Bình Dương khóa XI về xây dựng khu vực phòng thủ tỉnh vững chắc.
2. Tiếp tục thực hiện Nghị quyết số 09-NQ/TU ngày 06/9/2021 của Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh khóa XI về phát triển hệ thống giao thông đô thị.
3. Tiếp tục thực hiện Nghị quyết số 09-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh Bà Rịa - Vũng Tàu khóa VII về phát triển kinh tế biển.
""" + SIGN_TU))

# =============================================================== new UBND Thành phố (after 1/7/2025)
# 62/2025 (pdftotext -layout): in force 01/11/2025; replaces Bình Dương's 20/2020 and repeals Bình Dương's 35/2022
w("ubnd_tp_qd62_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "62/2025/QĐ-UBND", "Thành phố Hồ Chí Minh, ngày 15 tháng 10 năm 2025", """                               QUYẾT ĐỊNH
      Ban hành Quy chế phối hợp giữa Bộ Tư lệnh Thành phố với các sở, ngành, Ủy ban
      nhân dân các phường, xã, đặc khu trong công tác quốc phòng, quân sự địa phương

                     ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành
chính cấp tỉnh;
Theo đề nghị của Tư lệnh Bộ Tư lệnh Thành phố.
                                  QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Bộ Tư lệnh Thành phố với các sở, ngành,
Ủy ban nhân dân các phường, xã, đặc khu trong công tác quốc phòng, quân sự địa phương.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 11 năm 2025 và thay thế Quyết định số
20/2020/QĐ-UBND ngày 05 tháng 6 năm 2020 của Ủy ban nhân dân tỉnh Bình Dương ban hành Quy chế phối
hợp giữa Bộ Chỉ huy Quân sự tỉnh với các sở, ban, ngành trong công tác quốc phòng, quân sự địa phương.
2. Bãi bỏ Quyết định số 35/2022/QĐ-UBND ngày 12 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh Bình Dương
ban hành Quy định quản lý, bảo vệ công trình quốc phòng và khu quân sự trên địa bàn tỉnh Bình Dương.
Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Tư lệnh Bộ Tư lệnh Thành phố, Chủ tịch Ủy ban nhân
dân các phường, xã, đặc khu chịu trách nhiệm thi hành Quyết định này./.
""" + SIGN_UB)))

# 08/2026 (Markdown): replaces 35/2022 (already repealed by 62/2025) and the Bà Rịa - Vũng Tàu 20/2020 from 01/3/2026;
# repeals one article of the Hồ Chí Minh 20/2020 (a partial repeal)
w("ubnd_tp_qd08_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**THÀNH PHỐ HỒ CHÍ MINH**", "Số: 08/2026/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Thành phố Hồ Chí Minh, ngày 20 tháng 02 năm 2026*"]) + """
**QUYẾT ĐỊNH**

**Ban hành Quy định quản lý, bảo vệ công trình quốc phòng và khu quân sự trên địa bàn Thành phố Hồ Chí Minh**

**ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Theo đề nghị của Tư lệnh Bộ Tư lệnh Thành phố.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định quản lý, bảo vệ công trình quốc phòng và khu quân sự trên địa bàn Thành phố Hồ Chí Minh.

**Điều 2. Hiệu lực thi hành**

1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2026 và thay thế các Quyết định sau:

a) Quyết định số 35/2022/QĐ-UBND ngày 12 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh Bình Dương;

b) Quyết định số 20/2020/QĐ-UBND ngày 22 tháng 4 năm 2020 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu.

2. Bãi bỏ Điều 7 của Quy chế ban hành kèm theo Quyết định số 20/2020/QĐ-UBND ngày 28 tháng 7 năm 2020 của Ủy ban nhân dân Thành phố Hồ Chí Minh.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân Thành phố, Tư lệnh Bộ Tư lệnh Thành phố và Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu chịu trách nhiệm thi hành Quyết định này./.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
""")

# 1450/KH-UBND (portal): a prose task to amend 62/2025 by Quý III/2026 (only a draft exists: btl_bc88)
w("ubnd_tp_kh1450_2026.html", portal("Kế hoạch 1450/KH-UBND", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 1450/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thành phố Hồ Chí Minh, ngày 15 tháng 4 năm 2026"], """KẾ HOẠCH
Triển khai tổ chức và hoạt động của Ban Chỉ huy quân sự phường, xã, đặc khu trên địa bàn Thành phố
Căn cứ Nghị quyết số 66.12/2026/NQ-CP ngày 26/01/2026 của Chính phủ về tổ chức và hoạt động của Ban Chỉ huy quân sự xã, phường, đặc khu;
Căn cứ Quyết định số 62/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân Thành phố; Quyết định số 08/2026/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân Thành phố;
Căn cứ Quyết định số 20/2020/QĐ-UBND ngày 28/7/2020 của Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Quy chế phối hợp trong công tác tuyển chọn và gọi công dân nhập ngũ,
Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Bộ Tư lệnh Thành phố chỉ đạo Ban Chỉ huy quân sự các phường, xã, đặc khu kiện toàn tổ chức, biên chế; thực hiện thường xuyên.
2. Bộ Tư lệnh Thành phố chủ trì, phối hợp với Sở Tư pháp tham mưu Ủy ban nhân dân Thành phố ban hành Quyết định sửa đổi, bổ sung Quyết định số 62/2025/QĐ-UBND cho phù hợp với tổ chức Ban Chỉ huy quân sự cấp xã; hoàn thành trong Quý III năm 2026.
3. Ủy ban nhân dân các phường, xã, đặc khu bố trí trụ sở làm việc cho Ban Chỉ huy quân sự cấp xã.
II. TỔ CHỨC THỰC HIỆN
Bộ Tư lệnh Thành phố theo dõi, tổng hợp, báo cáo Ủy ban nhân dân Thành phố kết quả thực hiện.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# =============================================================== Bộ Tư lệnh Thành phố (state texts /KH-BTL, /BC-BTL)
w("btl_kh215_2026.txt", state("QUÂN KHU 7", "BỘ TƯ LỆNH THÀNH PHỐ HỒ CHÍ MINH", "215/KH-BTL", "Thành phố Hồ Chí Minh, ngày 10 tháng 01 năm 2026", """KẾ HOẠCH
Xây dựng lực lượng dân quân tự vệ Thành phố giai đoạn 2026 - 2030

Căn cứ Luật Dân quân tự vệ số 48/2019/QH14; Nghị định số 72/2020/NĐ-CP ngày 30/6/2020 của Chính phủ;
Thực hiện Kết luận số 228-KL/TW ngày 31/12/2025 của Bộ Chính trị, Ban Bí thư; Nghị quyết số 02-NQ/ĐU ngày 20/10/2025 của Đảng ủy Quân sự Thành phố về lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2026;
Căn cứ Quyết định số 20/2020/QĐ-UBND ngày 22/4/2020 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu ban hành Quy định quản lý, bảo vệ công trình quốc phòng và khu quân sự,
Bộ Tư lệnh Thành phố xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp tại 168 phường, xã, đặc khu.
II. NHIỆM VỤ
1. Mỗi phường, xã, đặc khu tổ chức 01 trung đội dân quân cơ động.
2. Tổ chức lực lượng dân quân thường trực tại các phường, xã trọng điểm.
III. TỔ CHỨC THỰC HIỆN
Kế hoạch này có hiệu lực từ ngày ký và thay thế Kế hoạch số 45/KH-BCH ngày 15/3/2023 của Bộ Chỉ huy Quân sự tỉnh Bình Dương.
Trực ban tác chiến Bộ Tư lệnh: 069.664.101; Fax: 028.3829.5217.
""" + SIGN_BTL))

w("btl_kh125_2026.txt", layout(state_cols("QUÂN KHU 7", "BỘ TƯ LỆNH TP HỒ CHÍ MINH", "125/KH-BTL", "TP. Hồ Chí Minh, ngày 20 tháng 3 năm 2026", """                                KẾ HOẠCH
              Huấn luyện dân quân năm 2026 trên địa bàn Thành phố

Căn cứ Nghị quyết số 66.12/2026/NQ-CP ngày 26/01/2026 của Chính phủ về tổ chức và hoạt động của Ban
Chỉ huy quân sự xã, phường, đặc khu; Thông tư số 69/2020/TT-BQP của Bộ trưởng Bộ Quốc phòng;
Thực hiện Kế hoạch số 215/KH-BTL ngày 10/01/2026 của Bộ Tư lệnh Thành phố,
Bộ Tư lệnh Thành phố xây dựng Kế hoạch huấn luyện dân quân năm 2026 như sau:
1. Huấn luyện dân quân năm thứ nhất: 15 ngày, hoàn thành trước ngày 30/6/2026.
2. Huấn luyện dân quân cơ động, dân quân thường trực: theo chương trình của Bộ Quốc phòng.
""" + SIGN_BTL)))

w("btl_bc88_2026.txt", state("QUÂN KHU 7", "BỘ TƯ LỆNH THÀNH PHỐ HỒ CHÍ MINH", "88/BC-BTL", "Thành phố Hồ Chí Minh, ngày 20 tháng 7 năm 2026", """BÁO CÁO
Sơ kết 06 tháng thực hiện Kế hoạch số 215/KH-BTL ngày 10/01/2026 của Bộ Tư lệnh Thành phố

I. KẾT QUẢ THỰC HIỆN
1. Đã tổ chức 168 trung đội dân quân cơ động tại các phường, xã, đặc khu.
2. Về văn bản: Quyết định số 35/2022/QĐ-UBND của UBND tỉnh Bình Dương đã được bãi bỏ tại Quyết định số 62/2025/QĐ-UBND và được thay thế bởi Quyết định số 08/2026/QĐ-UBND của UBND Thành phố.
3. Bộ Tư lệnh đã hoàn thành Dự thảo Quyết định sửa đổi, bổ sung Quyết định số 62/2025/QĐ-UBND, dự kiến trình Ủy ban nhân dân Thành phố trong Quý IV/2026.
II. KIẾN NGHỊ
Không bãi bỏ Quyết định số 20/2020/QĐ-UBND ngày 28/7/2020 của Ủy ban nhân dân Thành phố Hồ Chí Minh, vì Quy chế tuyển quân vẫn phù hợp.
""" + SIGN_BTL))

# =============================================================== Đảng ủy Quân sự Thành phố 2026
w("dqs_kh05_2026.txt", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ", "05-KH/ĐU", "Thành phố Hồ Chí Minh, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
thực hiện Chỉ thị số 03-CT/TU của Ban Thường vụ Thành ủy và Nghị quyết số 02-NQ/ĐU của Đảng ủy Quân sự Thành phố
-----
Thực hiện Chỉ thị số 03-CT/TU ngày 15/11/2025 của Ban Thường vụ Thành ủy về lãnh đạo công tác tuyển chọn và gọi công dân nhập ngũ năm 2026; Nghị quyết số 02-NQ/ĐU ngày 20/10/2025 của Đảng ủy Quân sự Thành phố, Ban Thường vụ Đảng ủy Quân sự Thành phố xây dựng Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
TT\tNội dung công việc\tCơ quan chủ trì\tThời gian
1\tSửa đổi, bổ sung Quy chế làm việc số 01-QC/ĐU ngày 10/9/2025 của Đảng ủy Quân sự Thành phố cho phù hợp tổ chức Ban Chỉ huy quân sự cấp xã\tVăn phòng Đảng ủy\tTháng 6/2026
2\tXây dựng Đề án “Nâng cao chất lượng lực lượng dân quân thường trực tại các phường, xã trọng điểm”\tPhòng Tham mưu\tTrước ngày 30/9/2026
3\tSơ kết 06 tháng thực hiện Kế hoạch số 215/KH-BTL\tBộ Tư lệnh Thành phố\tTháng 7/2026
4\tTổng kết thực hiện Nghị quyết số 02-NQ/ĐU\tBan Thường vụ Đảng ủy\tTháng 12/2026
5\tKiểm tra, giám sát việc thực hiện Nghị quyết\tỦy ban Kiểm tra Đảng ủy\tThường xuyên
6\tTuyên truyền gương tập thể, cá nhân điển hình trên Báo Quân đội nhân dân\tPhòng Chính trị\tHằng năm
II. TỔ CHỨC THỰC HIỆN
Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả thực hiện.
""" + SIGN_DU))

# the same number again, in a .docx of 02/6/2026 (a programme of the Hội thao): a reused number
docx("dqs_kh05b_2026.docx", [
    "KẾ HOẠCH",
    "lãnh đạo tổ chức Hội thao dân quân tự vệ Thành phố năm 2026",
    "Thực hiện Nghị quyết số 02-NQ/ĐU ngày 20/10/2025 của Đảng ủy Quân sự Thành phố về lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2026, Ban Thường vụ Đảng ủy Quân sự Thành phố xây dựng Kế hoạch như sau:"],
    rows=[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
          ["", "Quý III/2026 (03 nội dung)", "", ""],
          ["1", "Hội thao dân quân tự vệ cụm phường khu vực Thủ Dầu Một", "Ban Chỉ huy quân sự phường Thủ Dầu Một", "Tháng 7/2026"],
          ["2", "Hội thao dân quân tự vệ cụm xã khu vực Dầu Tiếng", "Ban Chỉ huy quân sự xã Dầu Tiếng", "Tháng 8/2026"],
          ["3", "Hội thao dân quân biển khu vực Vũng Tàu, Côn Đảo", "Ban Chỉ huy quân sự phường Vũng Tàu", "Tháng 8/2026"],
          ["4", "Hội nghị Ban Thường vụ nghe báo cáo công tác chuẩn bị Hội thao cấp Thành phố", "Phòng Tham mưu", "Tháng 9/2026"],
          ["", "Quý IV/2026 (02 nội dung)", "", ""],
          ["1", "Hội thao dân quân tự vệ cấp Thành phố", "Phòng Tham mưu", "Tháng 10/2026"],
          ["2", "Hội nghị rút kinh nghiệm Hội thao", "Văn phòng Đảng ủy", "Tháng 11/2026"]],
    header_table=(["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ", "*", "Số 05-KH/ĐU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thành phố Hồ Chí Minh, ngày 02 tháng 6 năm 2026"]))

w("dqs_hd03_2026.md", md_hdr(["**ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH**", "**ĐẢNG ỦY QUÂN SỰ THÀNH PHỐ**", "\\*", "Số 03-HD/ĐU"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Thành phố Hồ Chí Minh, ngày 10 tháng 02 năm 2026*"]) + """
**HƯỚNG DẪN**

**về sinh hoạt chi bộ quân sự phường, xã, đặc khu**

Căn cứ Quy chế làm việc số 07-QC/ĐU ngày 15/12/2020 của Đảng ủy Quân sự Thành phố; Nghị quyết số 02-NQ/ĐU ngày 20/10/2025 của Đảng ủy Quân sự Thành phố, Ban Thường vụ Đảng ủy Quân sự Thành phố hướng dẫn như sau:

1. Chi bộ quân sự phường, xã, đặc khu sinh hoạt thường kỳ mỗi tháng một lần.

2. Nội dung sinh hoạt chuyên đề gắn với nhiệm vụ huấn luyện dân quân, tuyển quân.

**T/M BAN THƯỜNG VỤ**
**PHÓ BÍ THƯ**
""")

# =============================================================== Hội Cựu chiến binh
w("ccb_tp_kh30_2026.txt", state("HỘI CỰU CHIẾN BINH VIỆT NAM", "BAN CHẤP HÀNH TP. HỒ CHÍ MINH", "30/KH-CCB", "Thành phố Hồ Chí Minh, ngày 20 tháng 01 năm 2026", """KẾ HOẠCH
Tuyên truyền, vận động thanh niên lên đường nhập ngũ năm 2026

Thực hiện Chỉ thị số 03-CT/TU ngày 15/11/2025 của Ban Thường vụ Thành ủy về lãnh đạo công tác tuyển chọn và gọi công dân nhập ngũ năm 2026; Nghị quyết số 02-NQ/ĐU của Đảng ủy Quân sự Thành phố, Ban Thường vụ Hội Cựu chiến binh Thành phố xây dựng Kế hoạch như sau:
1. Các cấp Hội tham gia Hội đồng nghĩa vụ quân sự cấp xã, tuyên truyền tại khu phố, ấp.
2. Tiếp tục đẩy mạnh phong trào “Cựu chiến binh chung tay thực hiện Kế hoạch số 45/KH-BCH về xây dựng lực lượng dân quân tự vệ” do Hội Cựu chiến binh tỉnh Bình Dương phát động năm 2023.
""" + SIGN_CCB))

w("ccb_ph_tdm_kh04_2026.txt", state("HỘI CCB THÀNH PHỐ HỒ CHÍ MINH", "HỘI CCB PHƯỜNG THỦ DẦU MỘT", "04/KH-CCB", "Thủ Dầu Một, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
Tham gia công tác tuyển quân năm 2026

Thực hiện Kế hoạch số 30/KH-CCB ngày 20/01/2026 của Ban Thường vụ Hội Cựu chiến binh Thành phố, Hội Cựu chiến binh phường xây dựng Kế hoạch như sau:
1. Mỗi chi hội phân công hội viên theo dõi, động viên thanh niên trong diện gọi nhập ngũ.
2. Thăm hỏi gia đình tân binh trước ngày giao quân.
""" + SIGN_CCB))

# =============================================================== wards and communes of the former Bình Dương
# an OCR'd scan of 28/10/2025: cites Bình Dương's 20/2020 after 62/2025 was signed (15/10) but before it took effect (01/11)
w("ph_tdm_du_nq02_2025_scan.txt", """ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH          ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG THỦ DẦU MỘT
        *                    Thủ Dầu Một, ngày 28 tháng 10 năm 2025
Số 02-NQ/ĐU

NGHỊ QUYÊT
cùa Ban Chấp hành Đảng bộ phường về lãnh đạo công tác quốc phòng,
quân sự địa phương nhiệm kỳ 2025 - 2030

Căn cứ Nghị quyết số 09-NQ/TU ngày 20/8/2021 cùa Ban Chấp hành Đảng bộ
tỉnh Bình Dương khóa XI; Quyết đinh số 20/2020/QĐ-UBND ngày 05/6/2020
cùa UBND tỉnh Bình Dương, Ban Chấp hành Đảng bộ phường quyết nghị:
1. Xây dựng phường vững mạnh về quốc phòng, an ninh; 100% khu phố có tổ
dân quân tại chỗ.
                                        T/M BAN CHẤP HÀNH
                                        BÍ THƯ""")

w("ph_tdm_du_ctr05_2026.html", html_spans("Chương trình 05-CTr/ĐU", ["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY PHƯỜNG THỦ DẦU MỘT", "*", "Số 05-CTr/ĐU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thủ Dầu Một, ngày 20 tháng 01 năm 2026"], """CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết của Ban Chấp hành Đảng bộ phường về công tác quốc phòng, quân sự địa phương
Thực hiện Nghị quyết số 02-NQ/ĐU ngày 28/10/2025 của Ban Chấp hành Đảng bộ phường Thủ Dầu Một; Chỉ thị số 03-CT/TU ngày 15/11/2025 của Ban Thường vụ Thành ủy, Ban Thường vụ Đảng ủy phường xây dựng Chương trình hành động như sau:
1. Lãnh đạo Ban Chỉ huy quân sự phường xây dựng kế hoạch huấn luyện dân quân năm 2026.
2. Lãnh đạo Hội đồng nghĩa vụ quân sự phường hoàn thành chỉ tiêu giao quân.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

w("ph_tdm_ubnd_kh40_2026.txt", state("ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "40/KH-UBND", "Thủ Dầu Một, ngày 10 tháng 3 năm 2026", """KẾ HOẠCH
Bảo đảm cơ sở vật chất cho huấn luyện dân quân năm 2026

Thực hiện Kế hoạch số 215/KH-BTL ngày 10/01/2026 của Bộ Tư lệnh Thành phố về xây dựng lực lượng dân quân tự vệ giai đoạn 2026 - 2030; Kế hoạch số 125/KH-BTL ngày 20/3/2026 của Bộ Tư lệnh Thành phố về huấn luyện dân quân năm 2026; Quyết định số 62/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân Thành phố,
Ủy ban nhân dân phường Thủ Dầu Một xây dựng Kế hoạch như sau:
1. Bố trí thao trường huấn luyện tại khu phố 5.
2. Bảo đảm kinh phí huấn luyện từ ngân sách phường.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ph_tdm_bchqs_kh18_2026.txt", state("BỘ TƯ LỆNH TP HỒ CHÍ MINH", "BAN CHỈ HUY QUÂN SỰ PHƯỜNG THỦ DẦU MỘT", "18/KH-BCHQS", "Thủ Dầu Một, ngày 15 tháng 3 năm 2026", """KẾ HOẠCH
Huấn luyện dân quân phường Thủ Dầu Một năm 2026

Căn cứ Nghị quyết số 66.12/2026/NQ-CP ngày 26/01/2026 của Chính phủ về tổ chức và hoạt động của Ban Chỉ huy quân sự xã, phường, đặc khu;
Căn cứ Kế hoạch số 45/KH-BCH ngày 15/3/2023 của Bộ Chỉ huy Quân sự tỉnh Bình Dương về xây dựng lực lượng dân quân tự vệ giai đoạn 2023 - 2025;
Thực hiện Kế hoạch số 215/KH-BTL ngày 15/01/2026 của Bộ Tư lệnh Thành phố về xây dựng lực lượng dân quân tự vệ Thành phố giai đoạn 2026 - 2030; Chương trình hành động số 05-CTr/ĐU ngày 20/01/2026 của Ban Thường vụ Đảng ủy phường,
Ban Chỉ huy quân sự phường xây dựng Kế hoạch huấn luyện như sau:
1. Huấn luyện trung đội dân quân cơ động: 12 ngày, tại thao trường khu phố 5.
2. Huấn luyện dân quân tại chỗ: 07 ngày.
""" + SIGN_QS))

w("ph_phuloi_ubnd_kh22_2026.html", portal("Kế hoạch 22/KH-UBND", ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ LỢI", "Số: 22/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Phú Lợi, ngày 05 tháng 3 năm 2026"], """KẾ HOẠCH
Phối hợp thực hiện công tác quốc phòng, quân sự địa phương năm 2026
Căn cứ Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của Thành phố Hồ Chí Minh năm 2025;
Căn cứ Quyết định số 20/2020/QĐ-UBND ngày 05/6/2020 của Ủy ban nhân dân tỉnh Bình Dương ban hành Quy chế phối hợp giữa Bộ Chỉ huy Quân sự tỉnh với các sở, ban, ngành trong công tác quốc phòng, quân sự địa phương;
Ủy ban nhân dân phường Phú Lợi xây dựng Kế hoạch như sau:
1. Ban Chỉ huy quân sự phường chủ trì tham mưu công tác quốc phòng, quân sự địa phương.
2. Công an phường phối hợp bảo đảm an ninh, trật tự tại các điểm huấn luyện.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", minified=True))

# Đảng ủy phường Chánh Hiệp: two texts of 16/3/2026 resting on each other
w("ph_chanhhiep_kh12_2026.txt", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY PHƯỜNG CHÁNH HIỆP", "12-KH/ĐU", "Chánh Hiệp, ngày 16 tháng 3 năm 2026", """KẾ HOẠCH
xây dựng phường Chánh Hiệp vững mạnh về quốc phòng, an ninh năm 2026
-----
Thực hiện Chương trình hành động số 04-CTr/ĐU ngày 16/3/2026 của Ban Chấp hành Đảng bộ phường về công tác quốc phòng, an ninh nhiệm kỳ 2025 - 2030, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Kiện toàn chi bộ quân sự phường.
2. Hoàn thành chỉ tiêu giao quân năm 2026.
""" + SIGN_DU))

w("ph_chanhhiep_ctr04_2026.md", md_hdr(["**ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH**", "**ĐẢNG ỦY PHƯỜNG CHÁNH HIỆP**", "\\*", "Số 04-CTr/ĐU"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Chánh Hiệp, ngày 16 tháng 3 năm 2026*"]) + """
**CHƯƠNG TRÌNH HÀNH ĐỘNG**

**về công tác quốc phòng, an ninh nhiệm kỳ 2025 - 2030**

Thực hiện Chỉ thị số 03-CT/TU ngày 15/11/2025 của Ban Thường vụ Thành ủy; căn cứ Kế hoạch số 12-KH/ĐU ngày 16/3/2026 của Ban Thường vụ Đảng ủy phường, Ban Chấp hành Đảng bộ phường Chánh Hiệp xây dựng Chương trình hành động như sau:

1. Xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân trên địa bàn phường.

2. Xây dựng lực lượng dân quân vững mạnh.

**T/M BAN CHẤP HÀNH**
**BÍ THƯ**
""")

# commune Dầu Tiếng: the Party committee's plan and the Ban Chỉ huy quân sự's militia plan (tab task table)
w("xa_dautieng_du_kh09_2026.txt", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY XÃ DẦU TIẾNG", "09-KH/ĐU", "Dầu Tiếng, ngày 12 tháng 01 năm 2026", """KẾ HOẠCH
lãnh đạo công tác quân sự, quốc phòng địa phương năm 2026
-----
Thực hiện Chỉ thị số 03-CT/TU ngày 15/11/2025 của Ban Thường vụ Thành ủy, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
I. NHIỆM VỤ
Hoàn thành chỉ tiêu giao quân; xây dựng lực lượng dân quân vững mạnh.
II. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ huy quân sự xã xây dựng kế hoạch huấn luyện dân quân năm 2026.
2. Văn phòng Đảng ủy theo dõi, tổng hợp kết quả.
""" + SIGN_DU))

w("xa_dautieng_bchqs_kh07_2026.txt", state("BỘ TƯ LỆNH TP HỒ CHÍ MINH", "BAN CHỈ HUY QUÂN SỰ XÃ DẦU TIẾNG", "07/KH-BCHQS", "Dầu Tiếng, ngày 05 tháng 02 năm 2026", """KẾ HOẠCH
Huấn luyện dân quân xã Dầu Tiếng năm 2026

Thực hiện Chỉ thị số 03-CT/TU ngày 05/11/2025 của Ban Thường vụ Thành ủy; Kế hoạch số 215/KH-BTL ngày 10/01/2026 của Bộ Tư lệnh Thành phố; Kế hoạch số 09-KH/ĐU ngày 12/01/2026 của Ban Thường vụ Đảng ủy xã,
Ban Chỉ huy quân sự xã xây dựng Kế hoạch huấn luyện dân quân năm 2026 như sau:
TT\tNội dung huấn luyện\tLực lượng\tThời gian
I\tQuý II/2026 (04 nội dung)\t\t
1\tHuấn luyện dân quân năm thứ nhất\tTrung đội dân quân cơ động\tTháng 4/2026
2\tHuấn luyện dân quân tại chỗ các ấp\tTiểu đội dân quân tại chỗ\tTháng 5/2026
3\tTuần tra bảo vệ khu vực Hồ Dầu Tiếng mùa khô\tTổ dân quân thường trực\tTháng 6/2026
II\tQuý III/2026 (02 nội dung)\t\t
1\tDiễn tập chiến đấu phòng thủ xã\tBan Chỉ huy quân sự xã\tTháng 8/2026
2\tHội thao dân quân tự vệ cụm xã\tTrung đội dân quân cơ động\tTháng 9/2026
""" + SIGN_QS))

# former Bà Rịa - Vũng Tàu side: a ward cites its own province's 45/KH-BCH (pdftotext -layout)
w("ph_vungtau_bchqs_kh10_2026.txt", layout(state_cols("BỘ TƯ LỆNH TP HỒ CHÍ MINH", "BAN CHQS PHƯỜNG VŨNG TÀU", "10/KH-BCHQS", "Vũng Tàu, ngày 05 tháng 02 năm 2026", """                                KẾ HOẠCH
                Huấn luyện dân quân biển phường Vũng Tàu năm 2026

Căn cứ Kế hoạch số 45/KH-BCH ngày 20/3/2023 của Bộ Chỉ huy Quân sự tỉnh Bà Rịa - Vũng Tàu về huấn
luyện lực lượng dân quân biển năm 2023 - 2025; Kế hoạch số 215/KH-BTL ngày 10/01/2026 của Bộ Tư lệnh
Thành phố, Ban Chỉ huy quân sự phường xây dựng Kế hoạch như sau:
1. Huấn luyện tiểu đội dân quân biển: 15 ngày.
2. Phối hợp Đồn Biên phòng tuần tra bãi biển.
""" + SIGN_QS)))

print(len(os.listdir(OUT)), "files")
