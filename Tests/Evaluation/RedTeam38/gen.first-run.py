#!/usr/bin/env python3
"""Red team round 38: Huế becomes a centrally-run city (thành phố Huế trực thuộc trung ương, from 1/1/2025): the
preservation of the Quần thể di tích Cố đô Huế and urban order, 2019-2026.
Bodies: Bộ Chính trị (54-NQ/TW 2019); Tỉnh ủy Thừa Thiên Huế (36-CTr/TU 2020, 15-KH/TU 2023, 250-BC/TU 2024), renamed Thành
ủy Huế from 1/1/2025 (312-KH/TU 2025; khóa XVII from 10/2025: 15-KH/TU 2025 again); the former city's Thành ủy Huế (42-KH/TU
2020); HĐND tỉnh Thừa Thiên Huế (12/2021/NQ-HĐND, in force to 31/12/2025; 07/2022/NQ-HĐND), HĐND thành phố Huế
(25/2025/NQ-HĐND); UBND tỉnh Thừa Thiên Huế (38/2021, 22/2022 (to 31/12/2025), 05/2024/QĐ-UBND, 61/CTr-UBND 2021,
120/KH-UBND 2023, 1234/QĐ-UBND 2024 moving a deadline), UBND thành phố Huế of the former city (120/KH-UBND 2023 too),
UBND thành phố Huế (09/2025, 03/2026/QĐ-UBND, 2105/QĐ-UBND gia hạn, 28/KH-UBND 2026), Văn phòng UBND thành phố (3150/VP-XD),
Sở Văn hóa và Thể thao (245/BC-SVHTT), Trung tâm Bảo tồn Di tích Cố đô Huế (45/KH-TTBTDT 2024, 18/KH-TTBTDT 2025);
UBND thị xã Hương Thủy (56/KH-UBND 2024); the 2025 districts: Quận ủy Phú Xuân (06-KH/QU), UBND quận Phú Xuân (14/KH-UBND),
UBND quận Thuận Hóa (25/KH-UBND twice); after 1/7/2025 the wards: Đảng ủy and UBND phường Phú Xuân (05-NQ/ĐU, 27/KH-UBND,
09/KH-UBND 2026), UBND phường Thuận Hóa (12/KH-UBND 2026).
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented.
Header helpers copied from RedTeam37/gen.py (`w`, `party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`, `word_table_html`, `ocr`, `docx_fn`) with the site names, address and phone numbers
changed to Huế's (0234.…)."""
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


def portal(title, head_left, head_right, text, minified=False, site="thành phố Huế", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND thành phố Huế. Địa chỉ: số 16 đường Lê Lợi, phường Thuận Hóa, thành phố Huế. Điện thoại: 0234.3822.525 - Fax: 0234.3826.050') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Thừa Thiên Huế - Điện thoại: 0234.3823.341 - Fax: 0234.3823.342</div>\n</body></html>')









# ---------------------------------------------------------------- shapes from round 36
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




# ---------------------------------------------------------------- shapes from round 37
def docx_fn(name, paras, footnotes, header_table=None):
    """A .docx with real footnotes: a paragraph is a str; `[[n]]` inside it becomes a footnote reference to footnotes[n-1]
    (word/footnotes.xml, linked from word/_rels/document.xml.rels), as Word writes a consolidated text (văn bản hợp nhất)."""
    def t(x):
        return f'<w:r><w:t xml:space="preserve">{html.escape(x, quote=False)}</w:t></w:r>'

    def p(s):
        out = ""
        for i, part in enumerate(re.split(r"\[\[(\d+)\]\]", s)):
            if i % 2:
                out += f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{part}"/></w:r>'
            elif part:
                out += t(part)
        return '<w:p><w:pPr><w:jc w:val="both"/></w:pPr>' + out + "</w:p>"
    body = ""
    if header_table:
        left, right = header_table
        body += ("<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"nil\"/><w:bottom w:val=\"nil\"/></w:tblBorders></w:tblPr><w:tr>"
                 + "<w:tc>" + "".join(p(x) for x in left) + "</w:tc><w:tc>" + "".join(p(x) for x in right) + "</w:tc></w:tr></w:tbl>")
    body += "".join(p(x) for x in paras)
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'
    fns = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           + "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{t(" " + f)}</w:p></w:footnote>'
                     for i, f in enumerate(footnotes, 1)) + "</w:footnotes>")
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        ws = lambda n, d: z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED)  # same bytes every run
        ws("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
        ws("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        ws("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
        ws("word/document.xml", doc)
        ws("word/footnotes.xml", fns)


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_TU_PBT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC"""
SIGN_QU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_DU = """\t\t\t\t\tTM. BAN CHẤP HÀNH
\t\t\t\t\tBÍ THƯ"""
SIGN_BCT = """\t\t\t\t\tT/M BỘ CHÍNH TRỊ
\t\t\t\t\tTỔNG BÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_CT = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""
SIGN_CT = """\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_VP = """\t\t\t\t\tTL. CHỦ TỊCH
\t\t\t\t\tCHÁNH VĂN PHÒNG"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_GD = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""

# externals (not in the corpus)
L2015 = "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015"
L2025 = "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025"
ND78 = "Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật"
LDS = "Luật Di sản văn hóa số 45/2024/QH15 ngày 23 tháng 11 năm 2024"
NQ175 = "Nghị quyết số 175/2024/QH15 ngày 30 tháng 11 năm 2024 của Quốc hội về việc thành lập thành phố Huế trực thuộc trung ương"
NQ1314 = "Nghị quyết số 1314/NQ-UBTVQH15 ngày 21 tháng 11 năm 2024 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của tỉnh Thừa Thiên Huế giai đoạn 2023 - 2025"
KL48 = "Kết luận số 48-KL/TW của Bộ Chính trị"
NQ83 = "Nghị quyết số 83/NQ-CP năm 2020 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 54-NQ/TW"
QD16 = "Quyết định số 16/2019/QĐ-UBND ngày 12/4/2019 của Ủy ban nhân dân tỉnh Thừa Thiên Huế ban hành Quy định quản lý trật tự xây dựng trong khu vực bảo vệ di tích"
QD2211 = "Quyết định số 2211/QĐ-UBND ngày 05/10/2020 của Ủy ban nhân dân tỉnh Thừa Thiên Huế"
CHLT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"
CHLT25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
NQ54 = "Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị về xây dựng và phát triển tỉnh Thừa Thiên Huế đến năm 2030, tầm nhìn đến năm 2045"
QD38 = "Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế ban hành Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế"


def ub(org2, num, place, title, body, sign=SIGN_UB):
    return state("ỦY BAN NHÂN DÂN", org2, num, place, title, body + "\n" + sign)


# ====================================================================== 2019: Bộ Chính trị
w("bct_nq54_2019.txt", party("BAN CHẤP HÀNH TRUNG ƯƠNG", "", "54-NQ/TW", "Hà Nội, ngày 10 tháng 12 năm 2019", """NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về xây dựng và phát triển tỉnh Thừa Thiên Huế đến năm 2030, tầm nhìn đến năm 2045
""", f"""I- TÌNH HÌNH
Trên cơ sở {KL48} về xây dựng Thừa Thiên Huế trở thành thành phố trực thuộc trung ương, sau hơn 10 năm, Thừa Thiên Huế đã đạt được nhiều kết quả quan trọng; công tác bảo tồn, phát huy giá trị Quần thể di tích Cố đô Huế có nhiều tiến bộ.
II- QUAN ĐIỂM, MỤC TIÊU
Đến năm 2025, Thừa Thiên Huế trở thành thành phố trực thuộc trung ương trên nền tảng bảo tồn, phát huy giá trị di sản cố đô và bản sắc văn hóa Huế.
III- NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Bảo tồn, phát huy giá trị di sản văn hóa Huế; di dời dân cư ra khỏi khu vực I di tích Kinh thành Huế.
2. Quy hoạch, xây dựng đô thị Huế theo hướng đô thị di sản, xanh, thông minh.
IV- TỔ CHỨC THỰC HIỆN
1. Tỉnh ủy Thừa Thiên Huế xây dựng chương trình hành động thực hiện Nghị quyết này.
2. Ban Tuyên giáo Trung ương phối hợp với Tỉnh ủy Thừa Thiên Huế tổ chức tuyên truyền Nghị quyết.
{SIGN_BCT}"""))

# ====================================================================== 2020: Tỉnh ủy's programme; the former city's plan (CRLF)
w("tu_tth_ctr36_2020.txt", party("TỈNH ỦY THỪA THIÊN HUẾ", "", "36-CTr/TU", "Thừa Thiên Huế, ngày 05 tháng 3 năm 2020", """CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 54-NQ/TW của Bộ Chính trị về xây dựng và phát triển
tỉnh Thừa Thiên Huế đến năm 2030, tầm nhìn đến năm 2045
""", f"""Thực hiện {NQ54}, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:
I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa Nghị quyết thành các nhiệm vụ, đề án, văn bản cụ thể, xác định rõ thời hạn và đơn vị chủ trì.
II. NHIỆM VỤ
Chương trình tập trung vào 03 nhóm nhiệm vụ sau:
1. Hoàn thiện thể chế bảo tồn di sản.
2. Di dời dân cư khu vực I di tích Kinh thành Huế.
3. Chỉnh trang đô thị, giữ gìn trật tự đô thị.
III. DANH MỤC VĂN BẢN CẦN BAN HÀNH
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tBan hành Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế thay thế {QD16}\tBan cán sự đảng UBND tỉnh\tNăm 2021
2\tBan hành Nghị quyết quy định chính sách hỗ trợ di dời dân cư khu vực I di tích Kinh thành Huế\tĐảng đoàn HĐND tỉnh\tNăm 2021
3\tSơ kết, đánh giá kết quả thực hiện Chương trình\tVăn phòng Tỉnh ủy\tHằng năm
IV. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Chương trình này.
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chương trình hành động này.
{SIGN_TU}"""))

w("thu_tphue_kh42_2020.txt", party("ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ", "THÀNH ỦY HUẾ", "42-KH/TU", "Huế, ngày 20 tháng 4 năm 2020", """KẾ HOẠCH
thực hiện Chương trình hành động số 36-CTr/TU của Tỉnh ủy
""", f"""Thực hiện Chương trình hành động số 36-CTr/TU ngày 05/3/2020 của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế về thực hiện Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị, Ban Thường vụ Thành ủy Huế ban hành Kế hoạch thực hiện như sau:
1. Phối hợp với Trung tâm Bảo tồn Di tích Cố đô Huế giữ gìn cảnh quan các di tích trên địa bàn thành phố. Thời gian: thường xuyên.
2. Vận động các hộ dân khu vực I Kinh thành Huế chấp hành chủ trương di dời. Thời gian: hằng năm.
3. Các đảng ủy phường quán triệt Kế hoạch này đến chi bộ, đảng viên.
{SIGN_QU}"""), crlf=True)

# ====================================================================== 2021: HĐND (Word HTML), UBND (portal), programme
w("hdnd_tth_nq12_2021.html", html_spans("Nghị quyết 12/2021/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ", "-------", "Số: 12/2021/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Thừa Thiên Huế, ngày 14 tháng 7 năm 2021"], f"""NGHỊ QUYẾT
Quy định chính sách hỗ trợ di dời dân cư khu vực I di tích Kinh thành Huế giai đoạn 2021 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ
KHÓA VIII, KỲ HỌP THỨ 2
{CHLT}
Căn cứ {L2015};
Thực hiện {NQ54};
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Quy định chính sách hỗ trợ di dời dân cư khu vực I di tích Kinh thành Huế giai đoạn 2021 - 2025 (chi tiết tại Phụ lục kèm theo).
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2021 đến hết ngày 31 tháng 12 năm 2025.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Thừa Thiên Huế khóa VIII, kỳ họp thứ 2 thông qua ngày 14 tháng 7 năm 2021.
{SIGN_HD}"""))

w("ubnd_tth_qd38_2021.html", portal("Quyết định số 38/2021/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ", "-------", "Số: 38/2021/QĐ-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Thừa Thiên Huế, ngày 20 tháng 9 năm 2021"], f"""QUYẾT ĐỊNH
Ban hành Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế
ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
{CHLT}
Căn cứ {L2015};
Căn cứ Luật Di sản văn hóa ngày 29 tháng 6 năm 2001; Luật sửa đổi, bổ sung một số điều của Luật Di sản văn hóa ngày 18 tháng 6 năm 2009;
Thực hiện Chương trình hành động số 36-CTr/TU ngày 05/3/2020 của Ban Thường vụ Tỉnh ủy;
Theo đề nghị của Giám đốc Sở Văn hóa và Thể thao.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 10 năm 2021 và thay thế {QD16}.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa và Thể thao, Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế, Chủ tịch Ủy ban nhân dân các huyện, thị xã và thành phố Huế chịu trách nhiệm thi hành Quyết định này.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", site="tỉnh Thừa Thiên Huế", nbsp=True,
  footer="Cổng thông tin điện tử tỉnh Thừa Thiên Huế. Cơ quan chủ quản: Văn phòng UBND tỉnh Thừa Thiên Huế. Địa chỉ: 16 Lê Lợi, thành phố Huế. Điện thoại: 0234.3822.525 - Fax: 0234.3826.050"))

w("ubnd_tth_ctr61_2021.txt", ub("TỈNH THỪA THIÊN HUẾ", "61/CTr-UBND", "Thừa Thiên Huế, ngày 10 tháng 11 năm 2021", """CHƯƠNG TRÌNH
Bảo tồn, tu bổ và phát huy giá trị di tích Cố đô Huế giai đoạn 2021 - 2025
""", f"""Thực hiện Chương trình hành động số 36-CTr/TU ngày 05/3/2020 của Ban Thường vụ Tỉnh ủy và Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Chương trình như sau:
I. MỤC TIÊU
Đến năm 2025, cơ bản hoàn thành di dời dân cư khu vực I di tích Kinh thành Huế; tu bổ các công trình trọng điểm trong Hoàng thành.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tBan hành Quyết định quy định mức hỗ trợ cụ thể theo Nghị quyết số 12/2021/NQ-HĐND\tSở Tài chính\tQuý I/2022
2\tXây dựng Đề án số hóa hồ sơ di tích Cố đô Huế\tTrung tâm Bảo tồn Di tích Cố đô Huế\tNăm 2025
3\tTổng hợp, báo cáo kết quả thực hiện Chương trình\tSở Văn hóa và Thể thao\tHằng năm
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành, Ủy ban nhân dân các huyện, thị xã và thành phố Huế căn cứ Chương trình này tổ chức thực hiện.
""", SIGN_UB_CT))

# ====================================================================== 2022: support levels with their own term (layout); fees
w("ubnd_tth_qd22_2022.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ", "22/2022/QĐ-UBND", "Thừa Thiên Huế, ngày 15 tháng 3 năm 2022", """                                  QUYẾT ĐỊNH
          Quy định mức hỗ trợ di dời dân cư khu vực I di tích Kinh thành Huế
                          ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
""", f"""{CHLT}
Căn cứ {L2015};
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh
Thừa Thiên Huế quy định chính sách hỗ trợ di dời dân cư khu vực I di tích Kinh thành Huế;
Thực hiện Chương trình số 61/CTr-UBND ngày 10/11/2021 của Ủy ban nhân dân tỉnh;
Theo đề nghị của Giám đốc Sở Tài chính.
                                  QUYẾT ĐỊNH:
Điều 1. Quy định mức hỗ trợ di dời đối với hộ gia đình, cá nhân trong khu vực I di tích
Kinh thành Huế (chi tiết tại Phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 3 năm 2022 đến hết ngày 31 tháng 12
năm 2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân
thành phố Huế chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB)))

w("hdnd_tth_nq07_2022.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ", "07/2022/NQ-HĐND", "Thừa Thiên Huế, ngày 08 tháng 7 năm 2022", """NGHỊ QUYẾT
Quy định mức thu phí tham quan di tích trên địa bàn tỉnh Thừa Thiên Huế
HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ
KHÓA VIII, KỲ HỌP THỨ 4
""", f"""{CHLT}
Căn cứ {L2015};
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Quy định mức thu phí tham quan Đại Nội Huế, lăng Tự Đức, lăng Minh Mạng, lăng Khải Định và các di tích khác (chi tiết tại Phụ lục).
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Điều 3. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2022.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Thừa Thiên Huế khóa VIII, kỳ họp thứ 4 thông qua ngày 08 tháng 7 năm 2022.
""" + SIGN_HD))

# ====================================================================== 2023: province's 120/KH-UBND, Tỉnh ủy's 15-KH/TU (layout, id split), the former city's 120/KH-UBND (NFD)
w("ubnd_tth_kh120_2023.txt", ub("TỈNH THỪA THIÊN HUẾ", "120/KH-UBND", "Thừa Thiên Huế, ngày 12 tháng 4 năm 2023", """KẾ HOẠCH
Chỉnh trang đô thị và bảo đảm trật tự đô thị khu vực di sản Huế giai đoạn 2023 - 2025
""", f"""Thực hiện {NQ54}; Chương trình hành động số 36-CTr/TU ngày 05/3/2020 của Ban Thường vụ Tỉnh ủy; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. NHIỆM VỤ
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tXây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương\tSở Xây dựng\tQuý IV/2024
2\tKiểm tra, xử lý vi phạm trật tự xây dựng trong khu vực bảo vệ di tích\tSở Xây dựng\tThường xuyên
3\tBáo cáo kết quả thực hiện Kế hoạch\tSở Xây dựng\tHằng năm
II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các huyện, thị xã và thành phố Huế xây dựng kế hoạch triển khai thực hiện Kế hoạch này.
""", SIGN_UB))

w("tu_tth_kh15_2023.txt", layout(party_cols("ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ", "TỈNH ỦY", "15-KH/TU", "Thừa Thiên Huế, ngày 20 tháng 4 năm 2023", """                                  KẾ HOẠCH
        tiếp tục thực hiện Nghị quyết số 54-NQ/TW của Bộ Chính trị, xây dựng
          Thừa Thiên Huế trở thành thành phố trực thuộc trung ương
""", f"""Thực hiện {NQ54}, {KL48} và {NQ83}, Ban Thường vụ
Tỉnh ủy ban hành Kế hoạch tiếp tục thực hiện như sau:
I. NHIỆM VỤ TRỌNG TÂM
TT      Nội dung                                      Đơn vị chủ trì         Thời hạn
1       Lãnh đạo sửa đổi, bổ sung Nghị quyết số       Đảng đoàn HĐND tỉnh    Quý II/2024
        07/2022/NQ-HĐND ngày 08/7/2022 của HĐND tỉnh
        quy định mức thu phí tham quan di tích
2       Lãnh đạo sửa đổi, bổ sung Quyết định số       Ban cán sự đảng        Quý IV/2024
        38/2021/QĐ-                                   UBND tỉnh
        UBND ngày 20/9/2021 của UBND tỉnh về quản lý
        Quần thể di tích Cố đô Huế
3       Tuyên truyền về xây dựng thành phố trực       Ban Tuyên giáo         Thường xuyên
        thuộc trung ương                              Tỉnh ủy
II. TỔ CHỨC THỰC HIỆN
Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy kết quả thực
hiện Kế hoạch này.
""" + SIGN_TU_PBT)))

w("tphue_kh120_2023.txt", ub("THÀNH PHỐ HUẾ", "120/KH-UBND", "Huế, ngày 03 tháng 8 năm 2023", """KẾ HOẠCH
Triển khai chỉnh trang đô thị và trật tự đô thị trên địa bàn thành phố Huế năm 2023 - 2025
""", """Triển khai Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh Thừa Thiên Huế về chỉnh trang đô thị và bảo đảm trật tự đô thị khu vực di sản Huế giai đoạn 2023 - 2025, Ủy ban nhân dân thành phố Huế ban hành Kế hoạch thực hiện như sau:
1. Ủy ban nhân dân các phường Thuận Thành, Đông Ba, Tây Lộc ra quân lập lại trật tự vỉa hè. Thời gian: hằng năm.
2. Đội Quản lý trật tự đô thị thành phố kiểm tra thường xuyên các tuyến đường quanh Kinh thành.
3. Phòng Quản lý đô thị tổng hợp, báo cáo Ủy ban nhân dân thành phố trước ngày 15 tháng 12 hằng năm.
""", SIGN_UB), nfd=True)

# ====================================================================== 2024
# Trung tâm Bảo tồn Di tích Cố đô Huế 45/KH-TTBTDT (.docx): 54-NQ/TW with the wrong date; `03 nhiệm vụ` + 4; `thay thế` ngói
docx("ttbt_kh45_2024.docx", [
    "KẾ HOẠCH",
    "Bảo tồn, tu bổ và phát huy giá trị di tích Cố đô Huế năm 2024",
    "Căn cứ Nghị quyết số 54-NQ/TW ngày 12/10/2019 của Bộ Chính trị về xây dựng và phát triển tỉnh Thừa Thiên Huế đến năm 2030, tầm nhìn đến năm 2045;",
    ["Căn cứ Quyết định số 38/2021/", "QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế ban hành Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế;"],
    "Căn cứ Nghị quyết số 07/2022/NQ-HĐND ngày 08/7/2022 của Hội đồng nhân dân tỉnh quy định mức thu phí tham quan di tích;",
    "Thực hiện Kế hoạch số 15-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy và Chương trình số 61/CTr-UBND ngày 10/11/2021 của Ủy ban nhân dân tỉnh, Trung tâm Bảo tồn Di tích Cố đô Huế xây dựng Kế hoạch năm 2024 với 03 nhiệm vụ trọng tâm sau:",
    "1. Tu bổ Điện Thái Hòa: thay thế ngói ống men hoàng lưu ly bị hư hỏng, gia cố hệ khung gỗ theo đúng Quy định ban hành kèm theo Quyết định số 38/2021/QĐ-UBND.",
    "2. Số hóa hồ sơ các di tích trong Hoàng thành Huế.",
    "3. Tổ chức các hoạt động tái hiện nghi lễ cung đình phục vụ du khách.",
    "4. Phối hợp với Ủy ban nhân dân thành phố Huế giữ gìn trật tự khu vực Đại Nội.",
    "Kế hoạch này được triển khai đến các phòng, đơn vị trực thuộc Trung tâm.",
    "GIÁM ĐỐC",
], header_table=(["ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "TRUNG TÂM BẢO TỒN DI TÍCH CỐ ĐÔ HUẾ", "-------", "Số: 45/KH-TTBTDT"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Thừa Thiên Huế, ngày 05 tháng 3 năm 2024"]))

w("ubnd_tth_qd05_2024.txt", ub("TỈNH THỪA THIÊN HUẾ", "05/2024/QĐ-UBND", "Thừa Thiên Huế, ngày 15 tháng 3 năm 2024", """QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quyết định số 38/2021/QĐ-UBND ngày 20 tháng 9 năm 2021
của Ủy ban nhân dân tỉnh Thừa Thiên Huế
ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
""", f"""{CHLT}
Căn cứ {L2015};
Thực hiện Kế hoạch số 15-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy;
Theo đề nghị của Giám đốc Sở Văn hóa và Thể thao.
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung Điều 6 của Quy định ban hành kèm theo {QD38}, gồm 02 khoản sau:
1. Sửa đổi khoản 2 Điều 6 về chiều cao công trình trong khu vực II.
2. Bổ sung khoản 4 Điều 6 về quản lý biển hiệu, quảng cáo trong khu vực bảo vệ di tích.
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 3 năm 2024.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa và Thể thao và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.
""", SIGN_UB_CT))

# UBND thị xã Hương Thủy 56/KH-UBND (OCR-like): 120/KH-UBND of the province with the wrong date
ht = ub("THỊ XÃ HƯƠNG THỦY", "56/KH-UBND", "Hương Thủy, ngày 10 tháng 5 năm 2024", """KẾ HOẠCH
Chỉnh trang đô thị và bảo đảm trật tự đô thị trên địa bàn thị xã năm 2024
""", f"""Thực hiện Kế hoạch số 120/KH-UBND ngày 12/5/2023 của Ủy ban nhân dân tỉnh Thừa Thiên Huế về chỉnh trang đô thị và bảo đảm trật tự đô thị khu vực di sản Huế giai đoạn 2023 - 2025;
Căn cứ Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân tỉnh, đã được sửa đổi, bổ sung tại Quyết định số 05/2024/QĐ-UBND ngày 15/3/2024;
Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:
1. Rà soát các điểm vi phạm trật tự xây dựng quanh lăng Khải Định, lăng Minh Mạng. Thời gian: quý II và quý III năm 2024.
2. Tuyên truyền, vận động người dân chấp hành quy định về quản lý di tích. Thời gian: thường xuyên.
3. Phòng Quản lý đô thị tổng hợp, báo cáo kết quả. Thời gian: hằng năm.
""", SIGN_UB)
w("ubtx_ht_kh56_2024.txt", ocr(ht, [("Rà soát các điểm", "Rà soát cảc điểm"), ("Tuyên truyền, vận động", "Tuyên truyền, vân đông"),
                                      ("chấp hành quy định", "chấp hành quy đinh"), ("tổng hợp, báo cáo", "tông hợp, bảo cáo")]))

w("ubnd_tth_qd1234_2024.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ", "1234/QĐ-UBND", "Thừa Thiên Huế, ngày 20 tháng 11 năm 2024", """QUYẾT ĐỊNH
Về việc điều chỉnh thời hạn thực hiện nhiệm vụ tại Kế hoạch số 120/KH-UBND ngày 12/4/2023
của Ủy ban nhân dân tỉnh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
""", f"""{CHLT}
Xét đề nghị của Giám đốc Sở Xây dựng.
QUYẾT ĐỊNH:
Điều 1. Điều chỉnh thời hạn hoàn thành nhiệm vụ số 1 (Xây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương) tại Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh từ Quý IV/2024 sang Quý IV/2026. Các nội dung khác của Kế hoạch giữ nguyên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này.
{SIGN_CT}"""))

w("tu_tth_bc250_2024.md", md_hdr(["**ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ**", "**TỈNH ỦY**", "*", "Số 250-BC/TU"],
  ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Thừa Thiên Huế, ngày 25 tháng 11 năm 2024*"]) + f"""
# BÁO CÁO

## Sơ kết 5 năm thực hiện Nghị quyết số 54-NQ/TW của Bộ Chính trị và Chương trình hành động số 36-CTr/TU của Tỉnh ủy

### I. KẾT QUẢ

1. Sau 5 năm thực hiện {NQ54} và Chương trình hành động số 36-CTr/TU ngày 05/3/2020 của Ban Thường vụ Tỉnh ủy, Đề án thành lập thành phố Huế trực thuộc trung ương đã hoàn thành, được Chính phủ trình Quốc hội.
2. Hội đồng nhân dân tỉnh ban hành Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 về chính sách hỗ trợ di dời dân cư khu vực I; Ủy ban nhân dân tỉnh ban hành Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 thay thế Quyết định số 16/2019/QĐ-UBND, sau đó được sửa đổi, bổ sung tại Quyết định số 05/2024/QĐ-UBND ngày 15/3/2024.
3. Nhiệm vụ sửa đổi Nghị quyết số 07/2022/NQ-HĐND theo Kế hoạch số 15-KH/TU ngày 20/4/2023 chưa hoàn thành.

### II. PHƯƠNG HƯỚNG

Tiếp tục thực hiện Nghị quyết số 54-NQ/TW; chuẩn bị các điều kiện để thành phố Huế trực thuộc trung ương đi vào hoạt động từ ngày 01/01/2025.

T/M BAN THƯỜNG VỤ<br>PHÓ BÍ THƯ THƯỜNG TRỰC
""")

# ====================================================================== 2025 (Jan-Jun): the city, its two quận
w("ubq_th_kh25_2025a.txt", ub("QUẬN THUẬN HÓA", "25/KH-UBND", "Thuận Hóa, ngày 10 tháng 02 năm 2025", """KẾ HOẠCH
Lập lại trật tự đô thị trên các tuyến phố quanh Kinh thành Huế năm 2025
""", f"""Căn cứ {NQ1314};
Thực hiện Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế), đã được sửa đổi, bổ sung tại Quyết định số 05/2024/QĐ-UBND ngày 15/3/2024;
Ủy ban nhân dân quận Thuận Hóa ban hành Kế hoạch như sau:
1. Vận động các hộ kinh doanh trên đường Đinh Tiên Hoàng, Mai Thúc Loan thay thế biển quảng cáo sai quy định bằng biển hiệu đúng mẫu. Thời gian: tháng 3 và tháng 4 năm 2025.
2. Ra quân lập lại trật tự vỉa hè. Thời gian: thường xuyên.
3. Các phường báo cáo kết quả về Ủy ban nhân dân quận. Thời gian: hằng tháng.
""", SIGN_UB))

w("qu_px_kh06_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HUẾ", "QUẬN ỦY PHÚ XUÂN", "06-KH/QU", "Phú Xuân, ngày 10 tháng 3 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch của Ban Thường vụ Thành ủy về bảo tồn di sản và trật tự đô thị
""", f"""Thực hiện Kế hoạch số 312-KH/TU ngày 18/3/2025 của Ban Thường vụ Thành ủy Huế về bảo tồn di sản và trật tự đô thị sau khi thành lập thành phố trực thuộc trung ương; tiếp tục thực hiện Kế hoạch số 15-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế, Ban Thường vụ Quận ủy Phú Xuân ban hành Kế hoạch như sau:
1. Các đảng ủy phường quán triệt Kế hoạch này đến chi bộ, đảng viên. Thời gian: tháng 4/2025.
2. Lãnh đạo chính quyền quận giữ gìn trật tự đô thị quanh Kinh thành. Thời gian: thường xuyên.
{SIGN_QU}"""))

w("tu_hue_kh312_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HUẾ", "THÀNH ỦY", "312-KH/TU", "Huế, ngày 18 tháng 3 năm 2025", """KẾ HOẠCH
về bảo tồn di sản và trật tự đô thị sau khi thành lập thành phố Huế trực thuộc trung ương
""", f"""Căn cứ {NQ175};
Căn cứ {NQ1314};
Tiếp tục thực hiện {NQ54} và Kế hoạch số 15-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế (nay là Ban Thường vụ Thành ủy Huế), Ban Thường vụ Thành ủy ban hành Kế hoạch như sau:
I. NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời hạn
1\tTổ chức quán triệt Kế hoạch này đến cán bộ, đảng viên\tBan Tuyên giáo Thành ủy\tQuý II/2025
2\tLãnh đạo thực hiện Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân thành phố Huế về quản lý Quần thể di tích Cố đô Huế\tĐảng đoàn HĐND, Ban cán sự đảng UBND thành phố\tThường xuyên
3\tKiểm tra, giám sát việc thực hiện Kế hoạch\tỦy ban Kiểm tra Thành ủy\tHằng năm
II. TỔ CHỨC THỰC HIỆN
Văn phòng Thành ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Thành ủy.
{SIGN_TU}"""))

w("ubq_px_kh14_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "QUẬN PHÚ XUÂN", "14/KH-UBND", "Phú Xuân, ngày 20 tháng 3 năm 2025", """                                  KẾ HOẠCH
       Quản lý trật tự xây dựng trong khu vực bảo vệ di tích trên địa bàn quận năm 2025
""", f"""Căn cứ {NQ1314};
Căn cứ Quyết định số 16/2019/QĐ-UBND ngày 12/4/2019 của Ủy ban nhân dân tỉnh Thừa Thiên
Huế ban hành Quy định quản lý trật tự xây dựng trong khu vực bảo vệ di tích;
Thực hiện Kế hoạch số 06-KH/QU ngày 10/3/2025 của Ban Thường vụ Quận ủy Phú Xuân;
Ủy ban nhân dân quận tập trung 02 nội dung sau:
1. Kiểm tra các công trình xây dựng quanh lăng Tự Đức, lăng Đồng Khánh, điện Hòn Chén.
2. Xử lý dứt điểm các công trình vi phạm trong khu vực II di tích Kinh thành.
3. Tổng hợp, báo cáo Ủy ban nhân dân thành phố trước ngày 30 tháng 6 năm 2025.
Kế hoạch này triển khai đến các phường, các phòng chuyên môn thuộc Ủy ban nhân dân quận.
""" + SIGN_UB)))

w("ttbt_kh18_2025.md", md_hdr(["**ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ**", "**TRUNG TÂM BẢO TỒN DI TÍCH CỐ ĐÔ HUẾ**", "-------", "Số: 18/KH-TTBTDT"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Huế, ngày 10 tháng 4 năm 2025*"]) + """
# KẾ HOẠCH

## Bảo tồn, tu bổ và phát huy giá trị di tích Cố đô Huế năm 2025

Thực hiện Kế hoạch số 312-KH/TU ngày 18/3/2025 của Ban Thường vụ Thành ủy Huế; tiếp tục thực hiện Kế hoạch số 45/KH-TTBTDT ngày 05/3/2024 của Trung tâm, Trung tâm Bảo tồn Di tích Cố đô Huế xây dựng Kế hoạch năm 2025 như sau:

| TT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Điều chỉnh kế hoạch vốn đầu tư công năm 2025 giữa các dự án tu bổ di tích, trong đó có Dự án tu bổ, phục hồi Điện Cần Chánh được phê duyệt tại Quyết định số 2211/QĐ-UBND ngày 05/10/2020 của Ủy ban nhân dân tỉnh Thừa Thiên Huế | Phòng Kế hoạch - Tài chính | Quý III/2025 |
| 2 | Tổ chức Tuần lễ Festival nghệ thuật quốc tế Huế 2025 tại Đại Nội | Phòng Tuyên truyền | Tháng 6/2025 |
| 3 | Số hóa hồ sơ di tích (tiếp tục nhiệm vụ của Chương trình số 61/CTr-UBND ngày 10/11/2021) | Phòng Tư liệu | Năm 2025 |
| 4 | Báo cáo kết quả thực hiện Kế hoạch | Văn phòng Trung tâm | Hằng quý |

**GIÁM ĐỐC**
""")

w("ubq_th_kh25_2025b.txt", ub("QUẬN THUẬN HÓA", "25/KH-UBND", "Thuận Hóa, ngày 05 tháng 5 năm 2025", """KẾ HOẠCH
Ra quân chỉnh trang trật tự đô thị khu vực Đại Nội năm 2025
""", f"""Thực hiện Kế hoạch số 312-KH/TU ngày 18/3/2025 của Ban Thường vụ Thành ủy Huế;
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Thừa Thiên Huế và Quyết định số 22/2022/QĐ-UBND ngày 15/3/2022 của Ủy ban nhân dân tỉnh Thừa Thiên Huế về hỗ trợ di dời dân cư khu vực I;
Ủy ban nhân dân quận ban hành Kế hoạch như sau:
1. Vận động các hộ còn lại trong khu vực I Kinh thành di dời. Thời gian: trước ngày 30/6/2025.
2. Ra quân chỉnh trang trật tự vỉa hè khu vực Đại Nội. Thời gian: hằng tuần.
""", SIGN_UB_CT))

# ====================================================================== 2025 (Jul-Dec): the city's new rule (minified portal), the wards, HĐND, Thành ủy khóa XVII
w("ubnd_hue_qd09_2025.html", portal("Quyết định số 09/2025/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "-------", "Số: 09/2025/QĐ-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Huế, ngày 15 tháng 8 năm 2025"], f"""QUYẾT ĐỊNH
Ban hành Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế
ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ
{CHLT25}
Căn cứ {L2025};
Căn cứ {LDS};
Căn cứ {ND78};
Căn cứ {NQ175};
Theo đề nghị của Giám đốc Sở Văn hóa và Thể thao.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 9 năm 2025 và thay thế Quyết định số 38/2021/QĐ-UBND ngày 20 tháng 9 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế và Quyết định số 05/2024/QĐ-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Thừa Thiên Huế.
Điều 3. Tổ chức thực hiện
1. Ủy ban nhân dân các phường, xã xây dựng kế hoạch triển khai Quyết định này.
2. Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Văn hóa và Thể thao, Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế chịu trách nhiệm thi hành Quyết định này.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", minified=True))

# the cycle: Đảng ủy phường Phú Xuân 05-NQ/ĐU ⇄ UBND phường Phú Xuân 27/KH-UBND, same day
w("du_px_nq05_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HUẾ", "ĐẢNG ỦY PHƯỜNG PHÚ XUÂN", "05-NQ/ĐU", "Phú Xuân, ngày 10 tháng 9 năm 2025", """NGHỊ QUYẾT
về lãnh đạo bảo tồn di tích và giữ gìn trật tự đô thị trên địa bàn phường đến năm 2030
""", f"""Trên cơ sở Kế hoạch số 27/KH-UBND ngày 10/9/2025 của Ủy ban nhân dân phường Phú Xuân về bảo tồn di tích và trật tự đô thị; tiếp tục thực hiện Kế hoạch số 06-KH/QU ngày 10/3/2025 của Ban Thường vụ Quận ủy Phú Xuân (trước đây), Đảng ủy phường quyết nghị:
1. Lãnh đạo giữ gìn cảnh quan khu vực Kinh thành, Phu Văn Lâu, Nghênh Lương Đình. Thời gian: thường xuyên.
2. Các chi bộ khu dân cư quán triệt Nghị quyết này. Thời gian: hằng năm.
{SIGN_DU}"""))

w("ubp_px_kh27_2025.md", md_headings(["## ỦY BAN NHÂN DÂN", "## PHƯỜNG PHÚ XUÂN", "", "Số: 27/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "", "*Phú Xuân, ngày 10 tháng 9 năm 2025*"]) + """# KẾ HOẠCH

**Bảo tồn di tích và bảo đảm trật tự đô thị trên địa bàn phường Phú Xuân năm 2025 - 2026**

Cụ thể hóa Nghị quyết số 05-NQ/ĐU ngày 10/9/2025 của Đảng ủy phường Phú Xuân; thực hiện Quyết định số 09/2025/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân thành phố Huế ban hành Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế; căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Thừa Thiên Huế về hỗ trợ di dời dân cư khu vực I; kế thừa Kế hoạch số 14/KH-UBND ngày 20/3/2025 của Ủy ban nhân dân quận Phú Xuân (cũ), Ủy ban nhân dân phường ban hành Kế hoạch như sau:

1. Hoàn thành vận động di dời các hộ còn lại trong khu vực I thuộc địa bàn phường. Thời gian: Quý IV/2025.
2. Ra quân giữ gìn trật tự vỉa hè, lòng đường quanh Kinh thành. Thời gian: thường xuyên.
3. Báo cáo kết quả về Ủy ban nhân dân thành phố. Thời gian: hằng quý.

**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**
""")

w("hdnd_hue_nq25_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ HUẾ", "25/2025/NQ-HĐND", "Huế, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ di dời dân cư khu vực I di tích Kinh thành Huế giai đoạn 2026 - 2030
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ
KHÓA VIII, KỲ HỌP THỨ 12
""", f"""{CHLT25}
Căn cứ {L2025};
Căn cứ {NQ175};
Xét kết quả thực hiện Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Thừa Thiên Huế (có hiệu lực đến hết ngày 31/12/2025); Tờ trình của Ủy ban nhân dân thành phố; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân thành phố.
QUYẾT NGHỊ:
Điều 1. Quy định chính sách hỗ trợ di dời dân cư khu vực I di tích Kinh thành Huế giai đoạn 2026 - 2030 (chi tiết tại Phụ lục kèm theo).
Điều 2. Giao Ủy ban nhân dân thành phố tổ chức thực hiện Nghị quyết này.
Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 đến hết ngày 31 tháng 12 năm 2030.
Nghị quyết này đã được Hội đồng nhân dân thành phố Huế khóa VIII, kỳ họp thứ 12 thông qua ngày 10 tháng 12 năm 2025.
{SIGN_HD}"""))

w("tu_hue_kh15_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HUẾ", "THÀNH ỦY", "15-KH/TU", "Huế, ngày 20 tháng 12 năm 2025", """KẾ HOẠCH
thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XVII về bảo tồn di sản,
phát triển đô thị di sản Huế giai đoạn 2025 - 2030
""", f"""Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Huế lần thứ XVII, nhiệm kỳ 2025 - 2030; tiếp tục thực hiện {NQ54} và Kế hoạch số 15-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế (khóa XVI), Ban Thường vụ Thành ủy (khóa XVII) ban hành Kế hoạch như sau:
I. NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời hạn
1\tXây dựng Đề án phát triển đô thị di sản Huế giai đoạn 2026 - 2030\tBan cán sự đảng UBND thành phố\tQuý II/2026
2\tLãnh đạo ban hành Quy chế quản lý kiến trúc đô thị Huế\tBan cán sự đảng UBND thành phố\tQuý I/2026
3\tKiểm tra, giám sát việc thực hiện Kế hoạch\tỦy ban Kiểm tra Thành ủy\tThường xuyên
4\tSơ kết 01 năm thực hiện Kế hoạch\tVăn phòng Thành ủy\tQuý IV/2026
II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo và Dân vận Thành ủy xây dựng kế hoạch tuyên truyền Kế hoạch này.
2. Ủy ban nhân dân thành phố xây dựng kế hoạch cụ thể hóa Kế hoạch này.
3. Văn phòng Thành ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Thành ủy.
{SIGN_TU}"""))

w("ubnd_hue_qd2105_2025.txt", state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "2105/QĐ-UBND", "Huế, ngày 25 tháng 12 năm 2025", """QUYẾT ĐỊNH
Về việc gia hạn thời gian thực hiện Chương trình số 61/CTr-UBND ngày 10/11/2021
của Ủy ban nhân dân tỉnh Thừa Thiên Huế
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ
""", f"""{CHLT25}
Xét đề nghị của Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế.
QUYẾT ĐỊNH:
Điều 1. Gia hạn thời gian thực hiện Chương trình số 61/CTr-UBND ngày 10/11/2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế về bảo tồn, tu bổ và phát huy giá trị di tích Cố đô Huế giai đoạn 2021 - 2025 đến hết ngày 31/12/2026. Nhiệm vụ xây dựng Đề án số hóa hồ sơ di tích Cố đô Huế được gia hạn đến hết ngày 31/12/2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế chịu trách nhiệm thi hành Quyết định này.
{SIGN_CT}"""))

# ====================================================================== 2026
w("ubnd_hue_kh28_2026.txt", ub("THÀNH PHỐ HUẾ", "28/KH-UBND", "Huế, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
Thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Thành ủy về bảo tồn di sản, phát triển đô thị di sản Huế
""", """Thực hiện Kế hoạch số 15-KH/TU ngày 20/12/2025 của Ban Thường vụ Thành ủy Huế; tiếp tục thực hiện Kế hoạch số 120/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân thành phố Huế, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:
I. NHIỆM VỤ
TT\tNội dung\tCơ quan chủ trì\tThời hạn
1\tSửa đổi, bổ sung Quyết định số 09/2025/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân thành phố về quản lý Quần thể di tích Cố đô Huế\tSở Văn hóa và Thể thao\tQuý II/2026
2\tBan hành Quy chế quản lý kiến trúc đô thị Huế\tSở Xây dựng\tQuý I/2026
3\tXây dựng Đề án chỉnh trang đô thị dọc hai bờ sông Hương (thời hạn đã được điều chỉnh tại Quyết định số 1234/QĐ-UBND ngày 20/11/2024)\tSở Xây dựng\tQuý IV/2026
4\tBáo cáo kết quả thực hiện Kế hoạch\tSở Văn hóa và Thể thao\tHằng năm
II. TỔ CHỨC THỰC HIỆN
Các sở, ngành, Ủy ban nhân dân các phường, xã căn cứ Kế hoạch này tổ chức thực hiện.
""", SIGN_UB_CT))

w("ubnd_hue_qd03_2026.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "03/2026/QĐ-UBND", "Huế, ngày 20 tháng 01 năm 2026", """                                  QUYẾT ĐỊNH
                   Ban hành Quy chế quản lý kiến trúc đô thị Huế
                          ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ
""", f"""{CHLT25}
Căn cứ {L2025};
Căn cứ {ND78};
Thực hiện Kế hoạch số 28/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân thành phố;
Theo đề nghị của Giám đốc Sở Xây dựng.
                                  QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kiến trúc đô thị Huế.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 02 năm 2026 và thay thế Quyết định số
38/2021/QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế.
Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Xây dựng, Chủ tịch Ủy ban
nhân dân các phường, xã chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB_CT)))

w("ubp_px_kh09_2026.txt", ub("PHƯỜNG PHÚ XUÂN", "09/KH-UBND", "Phú Xuân, ngày 02 tháng 02 năm 2026", """KẾ HOẠCH
Quản lý trật tự xây dựng trong khu vực bảo vệ di tích trên địa bàn phường năm 2026
""", """Căn cứ Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 của Ủy ban nhân dân thành phố Huế về ban hành Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế;
Tiếp tục thực hiện Kế hoạch số 06-KH/QU ngày 10/3/2025 của Ban Thường vụ Quận ủy Phú Xuân (cũ) và Kế hoạch số 14/KH-UBND ngày 20/3/2025 của Ủy ban nhân dân quận Phú Xuân (cũ);
Ủy ban nhân dân phường ban hành Kế hoạch như sau:
1. Kiểm tra các công trình xây dựng trong khu vực II Kinh thành. Thời gian: thường xuyên.
2. Xử lý các công trình vi phạm đã phát hiện. Thời gian: Quý IV/2026.
3. Báo cáo kết quả. Thời gian: hằng quý.
""", SIGN_UB))

w("ubp_th_kh12_2026.txt", ub("PHƯỜNG THUẬN HÓA", "12/KH-UBND", "Thuận Hóa, ngày 05 tháng 3 năm 2026", """KẾ HOẠCH
Triển khai Quy định quản lý Quần thể di tích Cố đô Huế và hỗ trợ di dời dân cư khu vực I năm 2026
""", """Thực hiện Quyết định số 09/2025/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân thành phố Huế ban hành Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế;
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Thừa Thiên Huế quy định chính sách hỗ trợ di dời dân cư khu vực I di tích Kinh thành Huế;
Căn cứ Quyết định số 22/2022/QĐ-UBND ngày 15/3/2022 của Ủy ban nhân dân tỉnh Thừa Thiên Huế quy định mức hỗ trợ di dời;
Tiếp tục thực hiện Kế hoạch số 25/KH-UBND ngày 05/5/2025 của Ủy ban nhân dân quận Thuận Hóa (cũ);
Ủy ban nhân dân phường ban hành Kế hoạch như sau:
1. Chi trả hỗ trợ di dời cho các hộ trong khu vực I theo mức quy định. Thời gian: Quý II/2026.
2. Phổ biến Quy định quản lý Quần thể di tích đến tổ dân phố. Thời gian: thường xuyên.
""", SIGN_UB))

w("svh_hue_bc245_2026.html", word_table_html("Báo cáo 245/BC-SVHTT", ["ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ", "SỞ VĂN HÓA VÀ THỂ THAO", "-------", "Số: 245/BC-SVHTT"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Huế, ngày 10 tháng 6 năm 2026"], """BÁO CÁO
Kết quả rà soát văn bản về bảo tồn di tích và trật tự đô thị khu vực di sản
Thực hiện Kế hoạch số 28/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân thành phố, Sở Văn hóa và Thể thao đã rà soát các văn bản có liên quan. Kết quả cụ thể:
1. Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Thừa Thiên Huế và Quyết định số 22/2022/QĐ-UBND ngày 15/3/2022 của Ủy ban nhân dân tỉnh hết hiệu lực từ ngày 01/01/2026 theo thời hạn ghi trong văn bản; chính sách giai đoạn 2026 - 2030 thực hiện theo Nghị quyết số 25/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân thành phố.
2. Quyết định số 38/2021/QĐ-UBND ngày 20/9/2021 đã được thay thế bởi Quyết định số 09/2025/QĐ-UBND ngày 15/8/2025 kể từ ngày 01/9/2025.
3. Chương trình số 61/CTr-UBND ngày 10/11/2021 đã được gia hạn đến hết ngày 31/12/2026 theo Quyết định số 2105/QĐ-UBND ngày 25/12/2025.
4. Một số phường vẫn dẫn Kế hoạch số 120/KH-UBND năm 2023 của Ủy ban nhân dân thành phố Huế làm căn cứ mà không ghi ngày ban hành.
Tình hình thực hiện các nhiệm vụ được tổng hợp tại bảng sau:""",
  [[("TT", 2, "r"), ("Nhiệm vụ", 2, "r"), ("Kết quả", 2, "c")], ["Đã hoàn thành", "Đang thực hiện"],
   ["1", "Ban hành Quy chế quản lý kiến trúc đô thị Huế (Quyết định số 03/2026/QĐ-UBND)", "x", ""],
   ["2", "Sửa đổi, bổ sung Quyết định số 09/2025/QĐ-UBND", "", "x"],
   ["3", "Đề án số hóa hồ sơ di tích Cố đô Huế", "", "x"]],
  after="""Sở Văn hóa và Thể thao kính báo cáo Ủy ban nhân dân thành phố.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC"""))

w("vp_hue_cv3150_2026.txt", state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "3150/VP-XD", "Huế, ngày 20 tháng 7 năm 2026", """V/v đề xuất xây dựng văn bản thay thế, sửa đổi quy định về quản lý di tích
""", """Kính gửi: Sở Xây dựng; Sở Văn hóa và Thể thao.
Xem xét Báo cáo số 245/BC-SVHTT ngày 10/6/2026 của Sở Văn hóa và Thể thao và đề xuất của Sở Xây dựng, Chủ tịch Ủy ban nhân dân thành phố có ý kiến như sau:
1. Sở Xây dựng đề xuất ban hành Quyết định mới thay thế Quyết định số 09/2025/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân thành phố. Giao Sở Xây dựng phối hợp với Sở Văn hóa và Thể thao nghiên cứu, báo cáo Ủy ban nhân dân thành phố trong Quý IV/2026.
2. Sở Văn hóa và Thể thao khẩn trương hoàn thiện dự thảo Quyết định "Sửa đổi, bổ sung một số điều của Quy định quản lý, bảo vệ và phát huy giá trị Quần thể di tích Cố đô Huế ban hành kèm theo Quyết định số 09/2025/QĐ-UBND", gửi Sở Tư pháp thẩm định.
Văn phòng Ủy ban nhân dân thành phố thông báo để các cơ quan biết, thực hiện.
""" + SIGN_VP))

print(len(os.listdir(OUT)), "files")
