#!/usr/bin/env python3
"""Red team round 43: the sea economy and tourism of tỉnh Khánh Hòa, into which tỉnh Ninh Thuận was merged on 1/7/2025
(the new province keeps the name Khánh Hòa; districts abolished; communes and wards merged; xã Vạn Ninh, xã Diên Khánh,
xã Ninh Phước, phường Cam Ranh keep former district/city names), 2021-2026.
Bodies: Tỉnh ủy Khánh Hòa (khóa XVIII: 05-NQ/TU 2021, 12-CTr/TU 2022; khóa I after the merger: 05-NQ/TU 2026), Tỉnh ủy Ninh
Thuận (10-NQ/TU 2021); Huyện ủy Vạn Ninh (18-KH/HU 2022), Ninh Phước (30-KH/HU 2024); HĐND tỉnh Khánh Hòa (15/2021,
09/2023, and after the merger 22/2025, 24/2025/NQ-HĐND), HĐND tỉnh Ninh Thuận (15/2021/NQ-HĐND); UBND tỉnh Khánh Hòa
(30/KH-UBND 2022, 120/KH-UBND 2022, 1650/QĐ-UBND 2024, 2150/QĐ-UBND 2024; after the merger 35/2025/QĐ-UBND, 45/KH-UBND 2026,
3905/UBND-KT 2026), UBND tỉnh Ninh Thuận (07/CTr-UBND 2022, 120/KH-UBND 2022, 455/QĐ-UBND 2023, 1120/QĐ-UBND 2024); Sở Du
lịch (215/BC-SDL, 812/SDL-QLDL 2026); UBND thành phố Cam Ranh (64/KH-UBND 2023), Phan Rang - Tháp Chàm (88/KH-UBND 2023),
huyện Diên Khánh (75/KH-UBND twice in 2023), Vạn Ninh (52/KH-UBND 2024), Ninh Phước (41/KH-UBND 2022, 52/KH-UBND 2024);
after 1/7/2025 UBND xã Diên Khánh (07/KH-UBND 2025), phường Cam Ranh (09/KH-UBND 2026), xã Ninh Phước (12/KH-UBND 2026),
xã Vạn Ninh (05/KH-UBND 2026).
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented.
Header helpers copied from RedTeam37/gen.py (`w`, `party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`, `word_table_html`, `ocr`) with the site names, address and phone numbers changed to
Khánh Hòa's (0258.…)."""
import os, zipfile, html, unicodedata, re
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
        z.writestr = (lambda ws: lambda n, d: ws(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED))(z.writestr)  # fixed timestamps: same bytes every run
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Khánh Hòa", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND tỉnh Khánh Hòa. Địa chỉ: số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa. Điện thoại: 0258.3822.661 - Fax: 0258.3822.662') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Khánh Hòa - Điện thoại: 0258.3810.254 - Fax: 0258.3810.255</div>\n</body></html>')









# ---------------------------------------------------------------- shapes new in round 36
def word_table_html(title, left, right, text, table, after=""):
    """A Word document saved as HTML: header table, paragraphs, then a data table whose header uses colspan/rowspan."""
    def cell(xs):
        return "".join(f'<p class="MsoNormal" align="center"><b><span style="font-size:12.0pt">{html.escape(x)}</span></b></p>' for x in xs)
    ps = lambda t: "".join(f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span lang="VI">{html.escape(l)}</span></p>\n' if l.strip() else "" for l in t.split("\n"))
    rows = ""
    for r in table:
        rows += "<tr>" + "".join(
            (f'<td colspan="{c[1]}" style="border:solid windowtext 1.0pt"><p class="MsoNormal">{html.escape(c[0])}</p></td>' if isinstance(c, tuple) and c[2] == "c"
             else f'<td rowspan="{c[1]}" style="border:solid windowtext 1.0pt"><p class="MsoNormal">{html.escape(c[0])}</p></td>' if isinstance(c, tuple)
             else f'<td style="border:solid windowtext 1.0pt"><p class="MsoNormal">{html.escape(c)}</p></td>') for c in r) + "</tr>\n"
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="Generator" content="Microsoft Word 15"><title>{html.escape(title)}</title></head>\n<body lang="EN-US">\n<div class="WordSection1">\n'
            f'<table class="MsoNormalTable" border="0"><tr><td width="40%">{cell(left)}</td><td>{cell(right)}</td></tr></table>\n{ps(text)}'
            f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n{rows}</table>\n{ps(after)}</div>\n</body></html>')


def ocr(t, words):
    """OCR-like damage: replace a few words (each must exist)."""
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t






# ---------------------------------------------------------------- round 43 shapes
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
SIGN_UB_KT = "\nNơi nhận:\n- Như Điều {n};\n- Lưu: VT.\n\t\t\tTM. ỦY BAN NHÂN DÂN\n\t\t\tKT. CHỦ TỊCH\n\t\t\tPHÓ CHỦ TỊCH\n\n\t\t\t{who}\n"
SIGN_UB_CT = "\nNơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\n\t\t\tTM. ỦY BAN NHÂN DÂN\n\t\t\tCHỦ TỊCH\n\n\t\t\t{who}\n"
SIGN_HD = "\nNơi nhận:\n- Ủy ban Thường vụ Quốc hội;\n- Chính phủ;\n- Lưu: VT.\n\t\t\tCHỦ TỊCH\n\n\t\t\t{who}\n"


def kt(who, n=3):
    return SIGN_UB_KT.format(n=n, who=who)


def ct(who):
    return SIGN_UB_CT.format(who=who)


def hd(who):
    return SIGN_HD.format(who=who)


def tu_sign(body="TỈNH ỦY", title="BÍ THƯ", who=""):
    return f"\nNơi nhận:\n- Ban Bí thư (để báo cáo),\n- Lưu Văn phòng.\n\t\t\tT/M {body}\n\t\t\t{title}\n\n\t\t\t{who}\n"


# ================================================================ Party documents
# P1: Tỉnh ủy Khánh Hòa khóa XVIII 05-NQ/TU, 15/6/2021 (pdftotext -layout, two-column Party header)
w("tu_kh_nq05_2021.txt", layout(party_cols("ĐẢNG BỘ TỈNH KHÁNH HÒA", "TỈNH ỦY", "05-NQ/TU", "Khánh Hòa, ngày 15 tháng 6 năm 2021",
"""NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVIII)
về phát triển kinh tế biển và du lịch biển tỉnh Khánh Hòa
đến năm 2025, định hướng đến năm 2030
-----""",
"""Căn cứ Nghị quyết số 36-NQ/TW, ngày 22/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII về Chiến lược phát triển
bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045;
Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (khóa XVIII) ra Nghị quyết về phát triển kinh tế biển và du lịch biển như sau:

I. TÌNH HÌNH
Giai đoạn 2016 - 2020, du lịch biển đóng góp trên 40% GRDP của tỉnh; hạ tầng vịnh Cam Ranh, vịnh Vân Phong chưa đồng bộ.

II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP
1. Phát triển du lịch biển đảo vịnh Nha Trang, vịnh Cam Ranh, vịnh Vân Phong theo hướng chất lượng cao.
2. Hỗ trợ ngư dân chuyển đổi nghề, thay thế tàu cá vỏ gỗ công suất nhỏ bằng tàu vỏ thép, vỏ composite.
3. Bảo vệ môi trường biển, phòng chống rác thải nhựa.

III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết này.
2. Ban Dân vận Tỉnh ủy xây dựng kế hoạch tuyên truyền, vận động ngư dân thực hiện Nghị quyết này.
3. Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc tổ chức quán triệt Nghị quyết này đến cán bộ, đảng viên.
4. Văn phòng Tỉnh ủy theo dõi, đôn đốc; định kỳ hằng năm báo cáo Ban Thường vụ Tỉnh ủy.
Nghị quyết này được phổ biến đến chi bộ.
""" + tu_sign(who="Nguyễn Hải Ninh"))))

# P2: Tỉnh ủy Khánh Hòa 12-CTr/TU, 20/5/2022 (counted list that matches)
w("tu_kh_ctr12_2022.txt", party("ĐẢNG BỘ TỈNH KHÁNH HÒA", "TỈNH ỦY", "12-CTr/TU", "Khánh Hòa, ngày 20 tháng 5 năm 2022",
"""CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 09-NQ/TW, ngày 28/01/2022 của Bộ Chính trị
về xây dựng, phát triển tỉnh Khánh Hòa đến năm 2030, tầm nhìn đến năm 2045
-----""",
"""Thực hiện Nghị quyết số 09-NQ/TW, ngày 28/01/2022 của Bộ Chính trị; gắn với Nghị quyết số 05-NQ/TU, ngày 15/6/2021
của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế biển và du lịch biển, Ban Chấp hành Đảng bộ tỉnh xây dựng Chương
trình hành động như sau:

I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa Nghị quyết số 09-NQ/TW thành các nhiệm vụ trọng tâm phù hợp với điều kiện của tỉnh.

II. NHIỆM VỤ
Chương trình tập trung vào 05 nhiệm vụ trọng tâm sau:
1. Hoàn thiện thể chế, đề xuất cơ chế, chính sách đặc thù phát triển tỉnh.
2. Phát triển Khu kinh tế Vân Phong thành trung tâm kinh tế biển.
3. Phát triển du lịch biển đảo Nha Trang - Cam Ranh.
4. Phát triển hạ tầng cảng biển, cảng cá Vạn Ninh.
5. Bảo đảm quốc phòng, an ninh trên biển.

III. TỔ CHỨC THỰC HIỆN
Các cấp ủy, tổ chức đảng quán triệt và định kỳ hằng năm báo cáo kết quả thực hiện Chương trình này về Ban Thường vụ Tỉnh ủy.
""" + tu_sign(who="Nguyễn Hải Ninh")))

# P3: Huyện ủy Vạn Ninh 18-KH/HU, 10/5/2022 — cites 12-CTr/TU of 20/5/2022 (temporal); OCR-like
t = party("ĐẢNG BỘ TỈNH KHÁNH HÒA", "HUYỆN ỦY VẠN NINH", "18-KH/HU", "Vạn Ninh, ngày 10 tháng 5 năm 2022",
"""KẾ HOẠCH
thực hiện Chương trình hành động của Tỉnh ủy về phát triển kinh tế biển
-----""",
"""Thực hiện Chương trình số 12-CTr/TU, ngày 20/5/2022 của Tỉnh ủy Khánh Hòa về thực hiện Nghị quyết số 09-NQ/TW của Bộ Chính trị,
Ban Thường vụ Huyện ủy Vạn Ninh xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu rộng đến cán bộ, đảng viên và ngư dân các xã ven biển Vạn Thọ, Vạn Thạnh, Đại Lãnh.

II. NỘI DUNG
1. Phát triển cảng cá Vạn Ninh và khu neo đậu tránh trú bão.
2. Phát triển du lịch cộng đồng Đầm Môn, Điệp Sơn.
3. Tuyên truyền thường xuyên trên hệ thống truyền thanh cơ sở.

III. TỔ CHỨC THỰC HIỆN
Các chi, đảng bộ cơ sở báo cáo kết quả về Ban Thường vụ Huyện ủy hằng năm.
Kế hoạch này được triển khai đến chi bộ.
""" + tu_sign("BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Lộc"))
w("hu_vn_kh18_2022.txt", ocr(t, [("Quán triệt sâu rộng", "Quán tr1ệt sâu rộng"), ("Phát triển cảng cá", "Phát triến cảng cá"), ("Tuyên truyền thường xuyên", "Tuyên truyên thưòng xuyên"), ("cán bộ, đảng viên", "cán bộ, đàng viên")]))

# P4: Huyện ủy Ninh Phước 30-KH/HU, 15/3/2024 — cycle with UBND huyện 52/KH-UBND of the same day; CRLF
w("hu_np_kh30_2024.txt", party("ĐẢNG BỘ TỈNH NINH THUẬN", "HUYỆN ỦY NINH PHƯỚC", "30-KH/HU", "Ninh Phước, ngày 15 tháng 3 năm 2024",
"""KẾ HOẠCH
lãnh đạo phát triển du lịch biển và nuôi trồng thủy sản ven biển năm 2024
-----""",
"""Căn cứ Kế hoạch số 52/KH-UBND, ngày 15/3/2024 của Ủy ban nhân dân huyện Ninh Phước về phát triển du lịch biển và nuôi
trồng thủy sản ven biển năm 2024; Nghị quyết số 10-NQ/TU, ngày 18/5/2021 của Tỉnh ủy Ninh Thuận,
Ban Thường vụ Huyện ủy ban hành Kế hoạch lãnh đạo như sau:
1. Lãnh đạo phát triển vùng nuôi tôm An Hải, Phước Dinh.
2. Lãnh đạo bảo vệ rùa biển và môi trường biển Mũi Dinh.
Kế hoạch này thay cho các văn bản chỉ đạo trước đây về cùng nội dung.
""" + tu_sign("BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đặng Thị Hạnh")), crlf=True)

# P5: Tỉnh ủy Ninh Thuận 10-NQ/TU, 18/5/2021 (Markdown, header as table)
w("tu_nt_nq10_2021.md", md_hdr(["**ĐẢNG BỘ TỈNH NINH THUẬN**", "**TỈNH ỦY**", "\\*", "Số 10-NQ/TU"],
                                ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Ninh Thuận, ngày 18 tháng 5 năm 2021*"]) + """
# NGHỊ QUYẾT
## về phát triển du lịch biển tỉnh Ninh Thuận giai đoạn 2021 - 2025, định hướng đến năm 2030

Căn cứ Nghị quyết số 36-NQ/TW, ngày 22/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII;
Ban Chấp hành Đảng bộ tỉnh (khóa XIV) thống nhất ban hành Nghị quyết như sau:

### I. MỤC TIÊU
Phát triển du lịch biển Ninh Chữ, Vĩnh Hy, Cà Ná trở thành ngành kinh tế mũi nhọn.

### II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết này.
2. Các huyện ủy, thành ủy quán triệt Nghị quyết này.

T/M TỈNH ỦY
BÍ THƯ

**Nguyễn Đức Thanh**
""")

# P6: Tỉnh ủy Khánh Hòa khóa I (after the merger) 05-NQ/TU, 12/3/2026 — same number as P1, a new term
w("tu_kh_nq05_2026.txt", party("ĐẢNG BỘ TỈNH KHÁNH HÒA", "TỈNH ỦY", "05-NQ/TU", "Khánh Hòa, ngày 12 tháng 3 năm 2026",
"""NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA I)
về phát triển du lịch biển tỉnh Khánh Hòa giai đoạn 2026 - 2030, tầm nhìn đến năm 2045
-----""",
"""Ngày 01/7/2025, tỉnh Ninh Thuận hợp nhất với tỉnh Khánh Hòa theo Nghị quyết số 202/2025/QH15, ngày 12/6/2025 của
Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh. Trên cơ sở kết quả thực hiện Nghị quyết số 05-NQ/TU, ngày 15/6/2021 của
Ban Chấp hành Đảng bộ tỉnh Khánh Hòa (khóa XVIII) và Nghị quyết số 10-NQ/TU, ngày 18/5/2021 của Ban Chấp hành Đảng bộ tỉnh
Ninh Thuận (khóa XIV), Ban Chấp hành Đảng bộ tỉnh khóa I ra Nghị quyết như sau:

I. MỤC TIÊU
Xây dựng hai trung tâm du lịch biển Nha Trang - Cam Ranh và Phan Rang - Ninh Chữ - Vĩnh Hy.

II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết này.
2. Đảng ủy các xã, phường ven biển quán triệt Nghị quyết này.
Nghị quyết này được phổ biến đến chi bộ.
""" + tu_sign(who="Nghiêm Xuân Thành")))


# ================================================================ State documents, former Khánh Hòa
# S1: HĐND tỉnh Khánh Hòa 15/2021/NQ-HĐND, 10/12/2021, in force 01/01/2022 - 31/12/2025 (layout, two-column state header)
w("hdnd_kh_nq15_2021.txt", layout(state_cols("HỘI ĐỒNG NHÂN DÂN", "TỈNH KHÁNH HÒA", "15/2021/NQ-HĐND", "Khánh Hòa, ngày 10 tháng 12 năm 2021",
"""NGHỊ QUYẾT
Quy định chính sách hỗ trợ phát triển du lịch biển trên địa bàn tỉnh Khánh Hòa
giai đoạn 2022 - 2025
_________
HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA
KHÓA VII, KỲ HỌP THỨ 3""",
"""Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số
điều của Luật Ban hành văn bản quy phạm pháp luật số 63/2020/QH14 ngày 18 tháng 6 năm 2020;
Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của
Luật Ngân sách nhà nước;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh,

QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng
Nghị quyết này quy định chính sách hỗ trợ doanh nghiệp, hộ kinh doanh du lịch biển tại thành phố Nha Trang, thành phố
Cam Ranh, thị xã Ninh Hòa, huyện Vạn Ninh.
Điều 2. Nội dung và mức hỗ trợ
1. Hỗ trợ 50% lãi suất vay đầu tư tàu du lịch biển.
2. Hỗ trợ chủ tàu thay thế tàu vỏ gỗ bằng tàu vỏ composite phục vụ du lịch.
Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Khánh Hòa khóa VII, kỳ họp thứ 3 thông qua ngày 10 tháng 12 năm 2021, có hiệu
lực từ ngày 01 tháng 01 năm 2022 đến hết ngày 31 tháng 12 năm 2025.
""" + hd("Nguyễn Khắc Toàn"))))

# S2: HĐND tỉnh Khánh Hòa 09/2023/NQ-HĐND, 08/12/2023, amends 15/2021 (the amended text stays in force)
w("hdnd_kh_nq09_2023.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH KHÁNH HÒA", "09/2023/NQ-HĐND", "Khánh Hòa, ngày 08 tháng 12 năm 2023",
"""NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Nghị quyết số 15/2021/NQ-HĐND ngày 10 tháng 12 năm 2021
của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ phát triển du lịch biển
trên địa bàn tỉnh Khánh Hòa giai đoạn 2022 - 2025""",
"""HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA
KHÓA VII, KỲ HỌP THỨ 14
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015;
Xét Tờ trình của Ủy ban nhân dân tỉnh,
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 15/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh
1. Sửa đổi khoản 1 Điều 2 như sau: "1. Hỗ trợ 70% lãi suất vay đầu tư tàu du lịch biển."
Điều 2. Điều khoản thi hành
Các nội dung khác của Nghị quyết số 15/2021/NQ-HĐND giữ nguyên.
Nghị quyết này có hiệu lực từ ngày 20 tháng 12 năm 2023.
""" + hd("Nguyễn Khắc Toàn")))

# S3: UBND tỉnh Khánh Hòa 120/KH-UBND, 05/8/2022: task table; row 1 moved by 2150/QĐ-UBND, row 2 met by 09/2023, row 3 overdue
w("ubnd_kh_kh120_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "120/KH-UBND", "Khánh Hòa, ngày 05 tháng 8 năm 2022",
"""KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TU ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh
về phát triển kinh tế biển và du lịch biển tỉnh Khánh Hòa đến năm 2025, định hướng đến năm 2030""",
"""Thực hiện Nghị quyết số 05-NQ/TU ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh Khánh Hòa (khóa XVIII); Chương trình số
12-CTr/TU ngày 20/5/2022 của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Xác định cụ thể nhiệm vụ, thời hạn hoàn thành và cơ quan chủ trì.

II. NHIỆM VỤ CỤ THỂ
(Phụ lục kèm theo)
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
1\tXây dựng Đề án phát triển du lịch biển đảo vịnh Cam Ranh\tSở Du lịch\tQuý IV/2024
2\tTham mưu sửa đổi, bổ sung Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh\tSở Tài chính\tQuý IV/2023
3\tBan hành Quy chế quản lý hoạt động du lịch biển trên địa bàn thành phố Cam Ranh\tỦy ban nhân dân thành phố Cam Ranh\tQuý II/2024
4\tTổ chức Festival Biển Nha Trang - Khánh Hòa\tSở Văn hóa và Thể thao\tHai năm một lần, thường xuyên

III. TỔ CHỨC THỰC HIỆN
Các sở, ngành, địa phương báo cáo kết quả thực hiện Kế hoạch này về Sở Du lịch trước ngày 15/12 hằng năm.
""" + ct("Nguyễn Tấn Tuân")))

# S4: UBND tỉnh Khánh Hòa 2150/QĐ-UBND, 20/11/2024 — moves row 1 of 120/KH-UBND only
w("ubnd_kh_qd2150_2024.txt", state("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "2150/QĐ-UBND", "Khánh Hòa, ngày 20 tháng 11 năm 2024",
"""QUYẾT ĐỊNH
Về việc điều chỉnh thời gian hoàn thành nhiệm vụ tại Kế hoạch số 120/KH-UBND ngày 05/8/2022
của Ủy ban nhân dân tỉnh""",
"""CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Giám đốc Sở Du lịch tại Tờ trình số 1466/TTr-SDL ngày 08/11/2024,
QUYẾT ĐỊNH:
Điều 1. Điều chỉnh thời gian hoàn thành nhiệm vụ "Xây dựng Đề án phát triển du lịch biển đảo vịnh Cam Ranh" tại mục 1
Phụ lục kèm theo Kế hoạch số 120/KH-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh từ Quý IV/2024 sang Quý IV/2026.
Các nội dung khác của Kế hoạch số 120/KH-UBND ngày 05/8/2022 giữ nguyên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Giám đốc Sở Du lịch và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.
""" + kt("Trần Hòa Nam")))

# S5: UBND tỉnh Khánh Hòa 30/KH-UBND, 15/02/2022 (.docx; the id cut across Word runs) — fulfils 15/2021's obligation
docx("ubnd_kh_kh30_2022.docx", [
    "KẾ HOẠCH",
    "Triển khai thực hiện Nghị quyết quy định chính sách hỗ trợ phát triển du lịch biển giai đoạn 2022 - 2025",
    ["Thực hiện Nghị quyết số 15/2021/", "NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Khánh Hòa quy định chính sách hỗ trợ phát triển du lịch biển trên địa bàn tỉnh giai đoạn 2022 - 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:"],
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Đưa chính sách hỗ trợ đến đúng đối tượng tại thành phố Nha Trang, thành phố Cam Ranh, thị xã Ninh Hòa và huyện Vạn Ninh.",
    "II. NHIỆM VỤ",
    "1. Sở Du lịch hướng dẫn hồ sơ hỗ trợ; thời gian: Quý I/2022.",
    "2. Sở Tài chính bố trí kinh phí hằng năm.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐinh Văn Thiệu",
], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "-------", "Số: 30/KH-UBND"],
                 [MOTTO[0], MOTTO[1], "---------------", "Khánh Hòa, ngày 15 tháng 02 năm 2022"]))

# S6: UBND thành phố Cam Ranh 64/KH-UBND, 20/3/2023 — cites 05-NQ/TU with the wrong date (25/6/2021)
w("ubnd_cr_kh64_2023.txt", state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ CAM RANH", "64/KH-UBND", "Cam Ranh, ngày 20 tháng 3 năm 2023",
"""KẾ HOẠCH
Phát triển du lịch biển đảo thành phố Cam Ranh năm 2023""",
"""Thực hiện Nghị quyết số 05-NQ/TU ngày 25/6/2021 của Tỉnh ủy Khánh Hòa về phát triển kinh tế biển và du lịch biển; Kế hoạch
số 120/KH-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh Khánh Hòa, Ủy ban nhân dân thành phố Cam Ranh ban hành Kế hoạch
năm 2023 như sau:
1. Hoàn thiện hạ tầng bãi tắm Bãi Dài, Bình Ba, Bình Hưng.
2. Phòng Văn hóa và Thông tin tổ chức tuyên truyền thường xuyên.
3. Phòng Kinh tế nghiên cứu, đề xuất nội dung quản lý hoạt động du lịch biển trên địa bàn thành phố.
""" + ct("Lê Ngọc Thạch")))

# S7/S8: UBND huyện Diên Khánh 75/KH-UBND twice in 2023 (10/3/2023 .txt with a counted list that does not match; 18/9/2023 .md)
w("ubnd_dk_kh75_2023a.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN DIÊN KHÁNH", "75/KH-UBND", "Diên Khánh, ngày 10 tháng 3 năm 2023",
"""KẾ HOẠCH
Phát triển du lịch sinh thái ven sông Cái gắn với du lịch biển Nha Trang năm 2023""",
"""Thực hiện Kế hoạch số 120/KH-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh Khánh Hòa, Ủy ban nhân dân huyện Diên Khánh
tập trung 03 nhóm giải pháp sau:
1. Kết nối tour thành cổ Diên Khánh với tuyến du lịch biển Nha Trang.
2. Hỗ trợ hộ kinh doanh homestay ven sông Cái.

Kế hoạch này thay thế cách làm rời rạc của các năm trước bằng một đầu mối điều phối chung.
""" + ct("Phạm Văn Minh")))
w("ubnd_dk_kh75_2023b.md", md_headings(["**ỦY BAN NHÂN DÂN**", "**HUYỆN DIÊN KHÁNH**", "Số: 75/KH-UBND"],
                                         ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Diên Khánh, ngày 18 tháng 9 năm 2023*"]) + """
## KẾ HOẠCH
### Tổ chức Tuần lễ văn hóa - du lịch Diên Khánh năm 2023

Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Khánh Hòa, Ủy ban nhân dân huyện ban hành
Kế hoạch tổ chức Tuần lễ văn hóa - du lịch như sau:

- Thời gian: từ ngày 20/10/2023 đến ngày 26/10/2023.
- Địa điểm: Thành cổ Diên Khánh.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Phạm Văn Minh**
""")

# S9: UBND huyện Vạn Ninh 52/KH-UBND, 22/4/2024 — "04 nhiệm vụ" with 3 listed; same number as Ninh Phước's 52/KH-UBND
w("ubnd_vn_kh52_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN VẠN NINH", "52/KH-UBND", "Vạn Ninh, ngày 22 tháng 4 năm 2024",
"""KẾ HOẠCH
Phát triển du lịch biển Đầm Môn - Điệp Sơn năm 2024""",
"""Thực hiện Kế hoạch số 18-KH/HU ngày 10/5/2022 của Huyện ủy Vạn Ninh, Ủy ban nhân dân huyện thực hiện 04 nhiệm vụ sau:
1. Quy hoạch điểm đón khách tại bến Đầm Môn.
2. Kiểm tra an toàn tàu du lịch Điệp Sơn.
3. Vận động ngư dân chuyển đổi nghề sang dịch vụ du lịch.

Kế hoạch này được tổ chức thực hiện hằng năm.
""" + ct("Nguyễn Văn Thêm")))

# S10: UBND tỉnh Khánh Hòa 1650/QĐ-UBND, 25/6/2024 — điều chỉnh of capital and of a master plan (minified portal page)
w("ubnd_kh_qd1650_2024.html", portal("Quyết định 1650/QĐ-UBND điều chỉnh kế hoạch vốn",
    ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "-------", "Số: 1650/QĐ-UBND"],
    [MOTTO[0], MOTTO[1], "---------------", "Khánh Hòa, ngày 25 tháng 6 năm 2024"],
"""QUYẾT ĐỊNH
Về việc điều chỉnh kế hoạch vốn đầu tư công năm 2024 và điều chỉnh cục bộ quy hoạch
các dự án hạ tầng du lịch biển
ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Căn cứ Quyết định số 318/QĐ-TTg ngày 29/3/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Khánh Hòa thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;
Căn cứ Nghị quyết số 55/2022/QH15 ngày 16/6/2022 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Khánh Hòa;
Căn cứ Kế hoạch số 120/KH-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh;
QUYẾT ĐỊNH:
Điều 1. Điều chỉnh giảm 35 tỷ đồng vốn đầu tư công năm 2024 của dự án Đường ven biển Cam Ranh để điều chỉnh tăng cho dự án Cảng cá Vạn Ninh.
Điều 2. Điều chỉnh cục bộ quy hoạch phân khu bán đảo Cam Ranh theo Quy hoạch tỉnh đã được phê duyệt; các nội dung khác của Kế hoạch số 120/KH-UBND giữ nguyên.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Tấn Tuân""", minified=True))


# ================================================================ State documents, former Ninh Thuận
# N1: HĐND tỉnh Ninh Thuận 15/2021/NQ-HĐND, 20/8/2021, applied until the end of 2025; replaces 12/2018/NQ-HĐND (portal page)
w("hdnd_nt_nq15_2021.html", portal("Nghị quyết 15/2021/NQ-HĐND chính sách hỗ trợ phát triển du lịch cộng đồng ven biển",
    ["HỘI ĐỒNG NHÂN DÂN", "TỈNH NINH THUẬN", "-------", "Số: 15/2021/NQ-HĐND"],
    [MOTTO[0], MOTTO[1], "---------------", "Ninh Thuận, ngày 20 tháng 8 năm 2021"],
"""NGHỊ QUYẾT
Quy định chính sách hỗ trợ phát triển du lịch cộng đồng ven biển trên địa bàn tỉnh Ninh Thuận
HỘI ĐỒNG NHÂN DÂN TỈNH NINH THUẬN
KHÓA XI, KỲ HỌP THỨ 2
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015;
Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ;
QUYẾT NGHỊ:
Điều 1. Hỗ trợ hộ gia đình làm du lịch cộng đồng tại các thôn ven biển Vĩnh Hy, Mỹ Hòa, Sơn Hải.
Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.
Điều 3. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 9 năm 2021. Nghị quyết này được áp dụng đến hết năm 2025.
2. Nghị quyết này thay thế Nghị quyết số 12/2018/NQ-HĐND ngày 19 tháng 7 năm 2018 của Hội đồng nhân dân tỉnh Ninh Thuận
quy định chính sách hỗ trợ du lịch cộng đồng.
CHỦ TỊCH
Nguyễn Đức Thanh""", site="tỉnh Ninh Thuận",
    footer="Cơ quan chủ quản: Văn phòng Đoàn ĐBQH và HĐND tỉnh Ninh Thuận. Địa chỉ: số 450 đường 21 tháng 8, Phan Rang - Tháp Chàm. Điện thoại: 0259.3822.604 - Fax: 0259.3822.605"))

# N2: UBND tỉnh Ninh Thuận 120/KH-UBND, 14/4/2022 (the same number as Khánh Hòa's 120/KH-UBND of 2022; layout)
w("ubnd_nt_kh120_2022.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "120/KH-UBND", "Ninh Thuận, ngày 14 tháng 4 năm 2022",
"""KẾ HOẠCH
Thực hiện Nghị quyết số 10-NQ/TU ngày 18/5/2021 của Tỉnh ủy về phát triển du lịch biển
tỉnh Ninh Thuận giai đoạn 2021 - 2025""",
"""Thực hiện Nghị quyết số 10-NQ/TU ngày 18/5/2021 của Ban Chấp hành Đảng bộ tỉnh Ninh Thuận (khóa XIV), Ủy ban nhân dân
tỉnh ban hành Kế hoạch thực hiện như sau:
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
1\tXây dựng Đề án phát triển du lịch biển Ninh Chữ - Vĩnh Hy\tSở Văn hóa, Thể thao và Du lịch\tNăm 2023
2\tTổ chức Hội chợ du lịch biển Ninh Thuận\tSở Văn hóa, Thể thao và Du lịch\tHằng năm
3\tTuyên truyền, quảng bá du lịch biển\tSở Thông tin và Truyền thông\tThường xuyên
Tổ chức thực hiện: các sở, ngành, địa phương báo cáo kết quả trước ngày 10/12 hằng năm.
""" + kt("Trần Quốc Nam"))))

# N3: UBND tỉnh Ninh Thuận 07/CTr-UBND, 10/3/2022, programme 2022 - 2024 (extended to 31/12/2026 by 1120/QĐ-UBND)
w("ubnd_nt_ctr07_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "07/CTr-UBND", "Ninh Thuận, ngày 10 tháng 3 năm 2022",
"""CHƯƠNG TRÌNH
Phát triển kinh tế biển tỉnh Ninh Thuận giai đoạn 2022 - 2024""",
"""Căn cứ Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII; Nghị quyết số 10-NQ/TU ngày
18/5/2021 của Tỉnh ủy Ninh Thuận, Ủy ban nhân dân tỉnh ban hành Chương trình như sau:
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
1\tBan hành Quy định quản lý khai thác thủy sản ven bờ vùng biển Phan Rang - Tháp Chàm và Ninh Phước\tSở Nông nghiệp và Phát triển nông thôn\tNăm 2024
2\tXây dựng cảng cá Cà Ná giai đoạn 2\tBan Quản lý dự án\tGiai đoạn 2022 - 2024
Chương trình này được thực hiện trong giai đoạn 2022 - 2024.
""" + ct("Trần Quốc Nam")))

# N4: UBND tỉnh Ninh Thuận 455/QĐ-UBND, 20/9/2023 — approves the Đề án of row 1 of N2 (a deadline met)
w("ubnd_nt_qd455_2023.txt", state("ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "455/QĐ-UBND", "Ninh Thuận, ngày 20 tháng 9 năm 2023",
"""QUYẾT ĐỊNH
Phê duyệt Đề án phát triển du lịch biển Ninh Chữ - Vĩnh Hy""",
"""CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
Thực hiện Kế hoạch số 120/KH-UBND ngày 14/4/2022 của Ủy ban nhân dân tỉnh Ninh Thuận;
Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch,
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển du lịch biển Ninh Chữ - Vĩnh Hy (kèm theo Đề án).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""" + ct("Trần Quốc Nam")))

# N5: UBND tỉnh Ninh Thuận 1120/QĐ-UBND, 16/12/2024 — extends the whole programme 07/CTr-UBND to 31/12/2026 (NFD)
w("ubnd_nt_qd1120_2024.txt", state("ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "1120/QĐ-UBND", "Ninh Thuận, ngày 16 tháng 12 năm 2024",
"""QUYẾT ĐỊNH
Về việc gia hạn thời gian thực hiện Chương trình phát triển kinh tế biển tỉnh Ninh Thuận""",
"""CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn,
QUYẾT ĐỊNH:
Điều 1. Gia hạn thời gian thực hiện Chương trình số 07/CTr-UBND ngày 10/3/2022 của Ủy ban nhân dân tỉnh về phát triển kinh tế
biển tỉnh Ninh Thuận giai đoạn 2022 - 2024 đến hết ngày 31/12/2026, bao gồm các nhiệm vụ chưa hoàn thành tại Phụ lục
kèm theo Chương trình.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""" + kt("Trịnh Minh Hoàng")), nfd=True)

# N6: UBND huyện Ninh Phước 52/KH-UBND, 15/3/2024 — cycle with Huyện ủy 30-KH/HU of the same day
w("ubnd_np_kh52_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN NINH PHƯỚC", "52/KH-UBND", "Ninh Phước, ngày 15 tháng 3 năm 2024",
"""KẾ HOẠCH
Phát triển du lịch biển và nuôi trồng thủy sản ven biển năm 2024""",
"""Thực hiện Kế hoạch số 30-KH/HU ngày 15/3/2024 của Ban Thường vụ Huyện ủy Ninh Phước; Kế hoạch số 120/KH-UBND ngày
14/4/2022 của Ủy ban nhân dân tỉnh Ninh Thuận, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
1. Phát triển vùng nuôi tôm công nghệ cao An Hải.
2. Tổ chức lễ hội biển Mũi Dinh hằng năm.
""" + ct("Lê Văn Hiền")))

# N7: UBND huyện Ninh Phước 41/KH-UBND, 12/5/2022 — cites 12/2018/NQ-HĐND (replaced by 15/2021 from 01/9/2021)
w("ubnd_np_kh41_2022.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN NINH PHƯỚC", "41/KH-UBND", "Ninh Phước, ngày 12 tháng 5 năm 2022",
"""KẾ HOẠCH
Hỗ trợ phát triển du lịch cộng đồng ven biển năm 2022""",
"""Căn cứ Nghị quyết số 12/2018/NQ-HĐND ngày 19/7/2018 của Hội đồng nhân dân tỉnh Ninh Thuận quy định chính sách hỗ trợ
du lịch cộng đồng;
Thực hiện Kế hoạch số 120/KH-UBND ngày 14/4/2022 của Ủy ban nhân dân tỉnh Ninh Thuận,
Ủy ban nhân dân huyện Ninh Phước ban hành Kế hoạch như sau:
1. Hỗ trợ 20 hộ dân thôn Sơn Hải làm du lịch cộng đồng.
2. Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12/2022.
""" + ct("Lê Văn Hiền")))

# N8: UBND thành phố Phan Rang - Tháp Chàm 88/KH-UBND, 12/6/2023 — cites Ninh Thuận's 15/2021 with the wrong date (Markdown)
w("ubnd_prtc_kh88_2023.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**THÀNH PHỐ PHAN RANG - THÁP CHÀM**", "Số: 88/KH-UBND"],
                                    ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Phan Rang - Tháp Chàm, ngày 12 tháng 6 năm 2023*"]) + """
# KẾ HOẠCH
## Phát triển du lịch biển Bình Sơn - Ninh Chữ năm 2023

Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 28/8/2021 của Hội đồng nhân dân tỉnh Ninh Thuận quy định chính sách hỗ trợ phát
triển du lịch cộng đồng ven biển; Kế hoạch số 120/KH-UBND ngày 14/4/2022 của Ủy ban nhân dân tỉnh Ninh Thuận, Ủy ban nhân dân
thành phố ban hành Kế hoạch như sau:

1. Chỉnh trang bãi biển Bình Sơn.
2. Tổ chức Lễ hội Văn hóa Chăm tại Tháp Pô Klong Garai hằng năm.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
""")


# ================================================================ After the merger (1/7/2025): tỉnh Khánh Hòa
# M1: UBND tỉnh Khánh Hòa 35/2025/QĐ-UBND, 20/10/2025 — cites both 15/2021/NQ-HĐND before their terms end
w("ubnd_kh_qd35_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "35/2025/QĐ-UBND", "Khánh Hòa, ngày 20 tháng 10 năm 2025",
"""QUYẾT ĐỊNH
Ban hành Quy định quản lý hoạt động du lịch biển trên địa bàn tỉnh Khánh Hòa""",
"""ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Khánh Hòa và Nghị quyết số 15/2021/NQ-HĐND
ngày 20/8/2021 của Hội đồng nhân dân tỉnh Ninh Thuận (trước hợp nhất);
Theo đề nghị của Giám đốc Sở Du lịch,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động du lịch biển trên địa bàn tỉnh Khánh Hòa.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2025.
Điều 3. Giám đốc Sở Du lịch, Chủ tịch Ủy ban nhân dân các xã, phường ven biển chịu trách nhiệm thi hành Quyết định này.
""" + ct("Trần Quốc Nam")))

# M2: HĐND tỉnh Khánh Hòa 22/2025/NQ-HĐND, 10/12/2025 — renews Khánh Hòa's 15/2021 before it expires (from 01/01/2026)
w("hdnd_kh_nq22_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH KHÁNH HÒA", "22/2025/NQ-HĐND", "Khánh Hòa, ngày 10 tháng 12 năm 2025",
"""NGHỊ QUYẾT
Quy định chính sách hỗ trợ phát triển du lịch biển trên địa bàn tỉnh Khánh Hòa
giai đoạn 2026 - 2030""",
"""HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA
KHÓA VII, KỲ HỌP CHUYÊN ĐỀ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;
Xét Tờ trình của Ủy ban nhân dân tỉnh,
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định chính sách hỗ trợ phát triển du lịch biển tại các xã, phường ven biển của tỉnh.
Điều 2. Chính sách hỗ trợ
Nghị quyết gồm 04 nhóm chính sách sau:
1. Hỗ trợ lãi suất vay đầu tư tàu du lịch biển.
2. Hỗ trợ chuyển đổi nghề cho ngư dân làm dịch vụ du lịch.
3. Hỗ trợ xúc tiến, quảng bá du lịch biển.
4. Hỗ trợ đào tạo nhân lực du lịch.
Điều 3. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
2. Nghị quyết này thay thế Nghị quyết số 15/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Khánh Hòa quy định
chính sách hỗ trợ phát triển du lịch biển trên địa bàn tỉnh Khánh Hòa giai đoạn 2022 - 2025.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Khánh Hòa khóa VII, kỳ họp chuyên đề thông qua ngày 10 tháng 12 năm 2025.
""" + hd("Nguyễn Khắc Hà")))

# M3: HĐND tỉnh Khánh Hòa 24/2025/NQ-HĐND, 10/12/2025 — a fishing-support resolution that also claims to replace 15/2021
w("hdnd_kh_nq24_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH KHÁNH HÒA", "24/2025/NQ-HĐND", "Khánh Hòa, ngày 10 tháng 12 năm 2025",
"""NGHỊ QUYẾT
Quy định chính sách hỗ trợ ngư dân chuyển đổi tàu cá trên địa bàn tỉnh Khánh Hòa""",
"""HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA
KHÓA VII, KỲ HỌP CHUYÊN ĐỀ
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;
QUYẾT NGHỊ:
Điều 1. Hỗ trợ ngư dân thay thế tàu cá vỏ gỗ bằng tàu vỏ thép, vỏ composite; mức hỗ trợ tối đa 500 triệu đồng/tàu.
Điều 2. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
2. Nghị quyết này thay thế Nghị quyết số 15/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Khánh Hòa.
""" + hd("Nguyễn Khắc Hà")))

# M4: UBND xã Diên Khánh 07/KH-UBND, 15/12/2025 — cites 15/2021 between 22/2025's issue and its effect; id broken across lines
w("ubx_dk_kh07_2025.txt", state("ỦY BAN NHÂN DÂN", "XÃ DIÊN KHÁNH", "07/KH-UBND", "Diên Khánh, ngày 15 tháng 12 năm 2025",
"""KẾ HOẠCH
Phát triển du lịch sinh thái, văn hóa xã Diên Khánh năm 2026""",
"""Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Khánh Hòa (còn hiệu lực đến hết ngày
31/12/2025) và Nghị quyết số 22/2025/
NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh (có hiệu lực từ ngày 01/01/2026);
Tiếp tục thực hiện Kế hoạch số 75/KH-UBND ngày 18/9/2023 của Ủy ban nhân dân huyện Diên Khánh (cũ),
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
1. Tổ chức Tuần lễ văn hóa - du lịch Diên Khánh hằng năm vào tháng 10.
2. Rà soát hồ sơ hỗ trợ theo chính sách mới, hoàn thành trong Quý IV/2027.
""" + ct("Võ Thị Thu")))

# M5: UBND phường Cam Ranh 09/KH-UBND, 10/02/2026 — cites Khánh Hòa's 15/2021 after its replacement and expiry
w("ubp_cr_kh09_2026.txt", state("ỦY BAN NHÂN DÂN", "PHƯỜNG CAM RANH", "09/KH-UBND", "Cam Ranh, ngày 10 tháng 02 năm 2026",
"""KẾ HOẠCH
Hỗ trợ phát triển du lịch biển trên địa bàn phường năm 2026""",
"""Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Khánh Hòa quy định chính sách hỗ trợ phát
triển du lịch biển;
Tiếp tục thực hiện Kế hoạch số 64/KH-UBND ngày 20/3/2023 của Ủy ban nhân dân thành phố Cam Ranh (trước sắp xếp),
Ủy ban nhân dân phường Cam Ranh ban hành Kế hoạch như sau:
1. Lập danh sách chủ tàu du lịch đề nghị hỗ trợ lãi suất.
2. Tuyên truyền thường xuyên trên hệ thống loa phường.
""" + ct("Huỳnh Văn Sang")))

# M6: UBND xã Ninh Phước 12/KH-UBND, 20/3/2026 — cites Ninh Thuận's 15/2021, applied only until the end of 2025
w("ubx_np_kh12_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ NINH PHƯỚC", "12/KH-UBND", "Ninh Phước, ngày 20 tháng 3 năm 2026",
"""KẾ HOẠCH
Phát triển du lịch cộng đồng ven biển xã Ninh Phước năm 2026""",
"""Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 20/8/2021 của Hội đồng nhân dân tỉnh Ninh Thuận (cũ) quy định chính sách hỗ trợ
phát triển du lịch cộng đồng ven biển;
Tiếp tục thực hiện Kế hoạch số 52/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân huyện Ninh Phước (trước hợp nhất),
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
1. Hỗ trợ hộ dân thôn Sơn Hải, Từ Thiện làm du lịch cộng đồng.
2. Tổ chức lễ hội biển hằng năm.
""" + ct("Thành Văn Út")))

# M7: UBND tỉnh Khánh Hòa 45/KH-UBND, 25/3/2026 — implements the khóa I 05-NQ/TU; rows 1-2 overdue
w("ubnd_kh_kh45_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "45/KH-UBND", "Khánh Hòa, ngày 25 tháng 3 năm 2026",
"""KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2026 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch biển
tỉnh Khánh Hòa giai đoạn 2026 - 2030""",
"""Thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2026 của Ban Chấp hành Đảng bộ tỉnh Khánh Hòa (khóa I), Ủy ban nhân dân tỉnh ban
hành Kế hoạch thực hiện như sau:
I. MỤC TIÊU
Kế hoạch đặt ra 03 mục tiêu cụ thể sau:
1. Đón 15 triệu lượt khách du lịch vào năm 2030.
2. Hình thành hai trung tâm du lịch biển phía Bắc và phía Nam của tỉnh.
3. Nâng tỷ trọng du lịch trong GRDP lên 18%.
II. NHIỆM VỤ
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
1\tTham mưu sửa đổi, bổ sung Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh để áp dụng thống nhất cho địa bàn Ninh Thuận (cũ)\tSở Tài chính\tQuý III/2026
2\tSửa đổi, bổ sung Quyết định số 35/2025/QĐ-UBND ngày 20/10/2025 của Ủy ban nhân dân tỉnh\tSở Du lịch\tQuý II/2026
3\tTổng kết Kế hoạch số 120/KH-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh Khánh Hòa (trước hợp nhất)\tSở Du lịch\tQuý IV/2027
4\tQuảng bá du lịch biển Nha Trang - Cam Ranh - Ninh Chữ\tSở Du lịch\tThường xuyên
""" + ct("Trần Quốc Nam")))

# M8: UBND xã Vạn Ninh 05/KH-UBND, 08/4/2026 — cites the former district's documents
w("ubx_vn_kh05_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ VẠN NINH", "05/KH-UBND", "Vạn Ninh, ngày 08 tháng 4 năm 2026",
"""KẾ HOẠCH
Phát triển du lịch biển Đầm Môn năm 2026""",
"""Tiếp tục thực hiện Kế hoạch số 18-KH/HU ngày 10/5/2022 của Huyện ủy Vạn Ninh (cũ) và Kế hoạch số 52/KH-UBND ngày 22/4/2024
của Ủy ban nhân dân huyện Vạn Ninh (trước sắp xếp); Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh,
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
TT\tNội dung\tĐơn vị thực hiện\tThời gian
1\tKiểm tra an toàn tàu du lịch\tCông an xã\tHằng năm
2\tTập huấn kỹ năng du lịch cho ngư dân chuyển đổi nghề\tVăn phòng HĐND và UBND xã\tQuý III/2027
""" + ct("Lê Văn Tâm")))

# M9: Sở Du lịch 215/BC-SDL, 15/6/2026 — sơ kết; an undated 120/KH-UBND (two former provinces issued one each); Word HTML
w("sdl_kh_bc215_2026.html", html_spans("Báo cáo sơ kết kinh tế biển và du lịch 6 tháng đầu năm 2026",
    ["ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "SỞ DU LỊCH", "-------", "Số: 215/BC-SDL"],
    [MOTTO[0], MOTTO[1], "---------------", "Khánh Hòa, ngày 15 tháng 6 năm 2026"],
"""BÁO CÁO
Sơ kết tình hình thực hiện các nhiệm vụ phát triển du lịch biển 6 tháng đầu năm 2026
Thực hiện Kế hoạch số 45/KH-UBND ngày 25/3/2026 của Ủy ban nhân dân tỉnh, Sở Du lịch báo cáo như sau:
1. Sau hợp nhất, các nhiệm vụ theo Kế hoạch số 120/KH-UBND năm 2022 của Ủy ban nhân dân tỉnh (trước hợp nhất) vẫn được các xã, phường tiếp tục thực hiện.
2. Đề án phát triển du lịch biển đảo vịnh Cam Ranh: đang triển khai, thời hạn đã được điều chỉnh sang Quý IV/2026 theo Quyết định số 2150/QĐ-UBND ngày 20/11/2024 của Ủy ban nhân dân tỉnh.
3. Quy chế quản lý hoạt động du lịch biển trên địa bàn thành phố Cam Ranh: chưa hoàn thành.
4. Nghị quyết số 15/2021/NQ-HĐND ngày 20/8/2021 của Hội đồng nhân dân tỉnh Ninh Thuận (cũ) đã hết hiệu lực từ ngày 01/01/2026; một số xã vẫn dẫn làm căn cứ, đề nghị rà soát.
5. Dự thảo sửa đổi, bổ sung Quyết định số 35/2025/QĐ-UBND ngày 20/10/2025: đang lấy ý kiến, chưa trình.
Nơi nhận: Ủy ban nhân dân tỉnh; Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Thị Lệ Thanh"""))

# M10: Sở Du lịch 812/SDL-QLDL, 20/10/2026 — a quoted draft title; a proposed replacement
w("sdl_kh_cv812_2026.txt", state("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "SỞ DU LỊCH", "812/SDL-QLDL\nV/v góp ý dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 22/2025/NQ-HĐND",
"Khánh Hòa, ngày 20 tháng 10 năm 2026",
"""Kính gửi: Sở Tài chính""",
"""Phúc đáp Công văn số 3310/STC-NS ngày 12/10/2026 của Sở Tài chính về việc góp ý dự thảo "Nghị quyết sửa đổi, bổ sung một số
điều của Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ phát triển du lịch
biển trên địa bàn tỉnh Khánh Hòa giai đoạn 2026 - 2030", Sở Du lịch có ý kiến như sau:
1. Thống nhất với dự thảo; đề nghị bổ sung đối tượng là hộ kinh doanh du lịch tại các xã thuộc tỉnh Ninh Thuận (cũ).
2. Sở Du lịch đề xuất Ủy ban nhân dân tỉnh xem xét, ban hành quyết định thay thế Quyết định số 35/2025/QĐ-UBND ngày 20/10/2025
của Ủy ban nhân dân tỉnh trong năm 2027, thay vì sửa đổi, bổ sung.
Nơi nhận: Như trên; Lưu: VT, QLDL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Thị Lệ Thanh"""))

# M11: UBND tỉnh Khánh Hòa 3905/UBND-KT, 02/12/2026 — moves row 2 of 45/KH-UBND, but after the as-of date (29/11/2026)
w("ubnd_kh_cv3905_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "3905/UBND-KT\nV/v lùi thời hạn hoàn thành nhiệm vụ tại Kế hoạch số 45/KH-UBND",
"Khánh Hòa, ngày 02 tháng 12 năm 2026",
"""Kính gửi: Sở Du lịch""",
"""Xét đề nghị của Sở Du lịch tại Công văn số 905/SDL-QLDL ngày 25/11/2026, Chủ tịch Ủy ban nhân dân tỉnh đồng ý lùi thời hạn hoàn
thành nhiệm vụ tại mục 2 Phụ lục Kế hoạch số 45/KH-UBND ngày 25/3/2026 của Ủy ban nhân dân tỉnh (nhiệm vụ tham mưu đối với
Quyết định số 35/2025/QĐ-UBND ngày 20/10/2025) từ Quý II/2026 sang Quý II/2027.
Nơi nhận: Như trên; Lưu: VT, KT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lê Văn Dũng"""))
