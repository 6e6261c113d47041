#!/usr/bin/env python3
"""Red team round 37: corrections, suspensions, extensions and consolidated texts in tỉnh Tuyên Quang, into which tỉnh Hà
Giang was merged on 1/7/2025 (the new province keeps the name Tuyên Quang; districts abolished; communes and wards merged;
xã Yên Sơn, xã Sơn Dương, xã Hàm Yên, xã Quản Bạ keep former district names), 2021-2026.
Bodies: Tỉnh ủy Tuyên Quang (former: 45-KL/TU 2024; new: 12-KL/TU 2025), Tỉnh ủy Hà Giang (38-KL/TU 2024); Huyện ủy Yên Sơn
(12-KH/HU), Quản Bạ (12-KH/HU too), Bắc Quang (20-KH/HU); HĐND tỉnh Tuyên Quang and HĐND tỉnh Hà Giang (both 07/2021/NQ-HĐND);
UBND tỉnh Tuyên Quang (former: 15/2023, 09/2024, 22/2024/QĐ-UBND, 1156/QĐ-UBND đính chính, 05/VBHN-UBND, 88/KH-UBND 2022,
150/KH-UBND 2024 điều chỉnh; new: 35/2025, 41/2025/QĐ-UBND, 1890/QĐ-UBND gia hạn), UBND tỉnh Hà Giang (15/2023/QĐ-UBND,
08/2025/QĐ-UBND tạm ngưng hiệu lực, 05/CTr-UBND 2021); Văn phòng UBND tỉnh (2350/VP-NC 2026); Sở Tư pháp (18/KH-STP 2024,
05/KH-STP 2026, 112/BC-STP 2026); UBND huyện Yên Sơn and Sơn Dương (both 56/KH-UBND 2023), Hàm Yên (30/KH-UBND twice in
2024), Quản Bạ (41/KH-UBND 2025), Bắc Quang (77/KH-UBND 2024); after 1/7/2025 Đảng ủy and UBND xã Sơn Dương (03-NQ/ĐU,
22/KH-UBND), UBND xã Yên Sơn (05/KH-UBND), xã Quản Bạ (09/KH-UBND), xã Hàm Yên (14/KH-UBND).
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented.
Header helpers copied from RedTeam36/gen.py (`w`, `party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`, `word_table_html`, `ocr`) with the site names, address and phone numbers changed to
Tuyên Quang's (0207.…); new here: `docx_fn` (a .docx whose notes are real Word footnotes in word/footnotes.xml)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Tuyên Quang", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND tỉnh Tuyên Quang. Địa chỉ: số 160 đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang. Điện thoại: 0207.3822.451 - Fax: 0207.3822.452') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Tuyên Quang - Điện thoại: 0207.3811.306 - Fax: 0207.3811.307</div>\n</body></html>')









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




# ---------------------------------------------------------------- shapes new in round 37
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
SIGN_HU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_DU = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
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
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_SO_GD = """\t\t\t\t\tGIÁM ĐỐC"""

L2015 = "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015"
L2020 = "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 63/2020/QH14 ngày 18 tháng 6 năm 2020"
L2025 = "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025"
ND34 = "Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật"
ND154 = "Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP"
ND78 = "Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật"
NQ202 = "Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh"
CHLT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"
CHLT25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
# the two decisions numbered 15/2023/QĐ-UBND, always cited with date and province except where a defect is planted
TQ15 = "Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban nhân dân tỉnh Tuyên Quang"
HG15 = "Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh Hà Giang"


def ub(org2, num, place, title, body, sign=SIGN_UB):
    return state("ỦY BAN NHÂN DÂN", org2, num, place, title, body + "\n" + sign)


def stp(num, place, title, body, sign=SIGN_SO):
    return state("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "SỞ TƯ PHÁP", num, place, title, body + "\n" + sign)


# ====================================================================== HĐND of the two former provinces, 2021
# Both numbered 07/2021/NQ-HĐND (trap: same number, same year, two provinces)
w("hdnd_tq_nq07_2021.html", html_spans("Nghị quyết 07/2021/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH TUYÊN QUANG", "-------", "Số: 07/2021/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Tuyên Quang, ngày 10 tháng 12 năm 2021"], f"""NGHỊ QUYẾT
Quy định chính sách hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang
HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG
KHÓA XIX, KỲ HỌP THỨ 4
{CHLT}
Căn cứ {L2015}; {L2020};
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Quy định chính sách hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2022 và thay thế Nghị quyết số 09/2019/NQ-HĐND ngày 12 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh Tuyên Quang quy định mức hỗ trợ phát triển du lịch.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Tuyên Quang khóa XIX, kỳ họp thứ 4 thông qua ngày 10 tháng 12 năm 2021.
{SIGN_HD}"""))

w("hdnd_hg_nq07_2021.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ GIANG", "07/2021/NQ-HĐND", "Hà Giang, ngày 17 tháng 7 năm 2021", """NGHỊ QUYẾT
Quy định một số chính sách hỗ trợ phát triển du lịch tỉnh Hà Giang giai đoạn 2021 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG
KHÓA XVIII, KỲ HỌP THỨ 2
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Quy định một số chính sách hỗ trợ phát triển du lịch tỉnh Hà Giang giai đoạn 2021 - 2025 (chi tiết tại Phụ lục kèm theo).
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2021.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Giang khóa XVIII, kỳ họp thứ 2 thông qua ngày 17 tháng 7 năm 2021.
""" + SIGN_HD))

# ====================================================================== UBND tỉnh Hà Giang (former)
# 05/CTr-UBND (10/3/2021): programme 2021-2025. Row 1 met by 07/2021/NQ-HĐND (HG), row 2 by 15/2023/QĐ-UBND (HG), row 3
# (Đề án, `Năm 2025`) not done but the programme is extended to 31/12/2026 by 1890/QĐ-UBND (trap: extended, not overdue)
w("ubnd_hg_ctr05_2021.txt", ub("TỈNH HÀ GIANG", "05/CTr-UBND", "Hà Giang, ngày 10 tháng 3 năm 2021", """CHƯƠNG TRÌNH
Phát triển du lịch tỉnh Hà Giang giai đoạn 2021 - 2025
""", """Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII, nhiệm kỳ 2020 - 2025, Ủy ban nhân dân tỉnh ban hành Chương trình phát triển du lịch giai đoạn 2021 - 2025 như sau:

I. MỤC TIÊU
Đến năm 2025, du lịch trở thành ngành kinh tế mũi nhọn của tỉnh.

II. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tTrình Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ phát triển du lịch\tSở Văn hóa, Thể thao và Du lịch\tQuý III/2021
2\tBan hành Quy định quản lý hoạt động du lịch thay thế Quyết định số 22/2019/QĐ-UBND ngày 05/9/2019 của Ủy ban nhân dân tỉnh\tSở Văn hóa, Thể thao và Du lịch\tNăm 2023
3\tXây dựng Đề án bảo tồn kiến trúc nhà truyền thống phục vụ du lịch\tSở Văn hóa, Thể thao và Du lịch\tNăm 2025
4\tTổng hợp, báo cáo kết quả thực hiện Chương trình\tSở Văn hóa, Thể thao và Du lịch\tHằng năm

III. TỔ CHỨC THỰC HIỆN
Các sở, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ Chương trình này tổ chức thực hiện.
""", SIGN_UB_CT))

# 15/2023/QĐ-UBND of Hà Giang (22/8/2023), portal page: replaces 22/2019/QĐ-UBND (external)
HG_HEAD_L = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "-------", "Số: 15/2023/QĐ-UBND"]
HG_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hà Giang, ngày 22 tháng 8 năm 2023"]
w("ubnd_hg_qd15_2023.html", portal("Quyết định số 15/2023/QĐ-UBND", HG_HEAD_L, HG_HEAD_R, f"""QUYẾT ĐỊNH
Ban hành Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang
ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ Nghị quyết số 07/2021/NQ-HĐND ngày 17 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh Hà Giang quy định một số chính sách hỗ trợ phát triển du lịch tỉnh Hà Giang giai đoạn 2021 - 2025;
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2023 và thay thế Quyết định số 22/2019/QĐ-UBND ngày 05 tháng 9 năm 2019 của Ủy ban nhân dân tỉnh Hà Giang ban hành Quy định quản lý hoạt động du lịch.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH""", site="tỉnh Hà Giang", nbsp=True,
  footer="Cổng thông tin điện tử tỉnh Hà Giang. Địa chỉ: số 415 đường Trần Hưng Đạo, thành phố Hà Giang. Điện thoại: 0219.3866.015 - Fax: 0219.3866.016"))

# 08/2025/QĐ-UBND of Hà Giang (14/3/2025): suspends Điều 5 and Điều 7 of the Quy định of 15/2023 (HG) until 30/6/2025 (trap:
# a suspension is no repeal; the decision is in force again from 01/7/2025)
w("ubnd_hg_qd08_2025.txt", ub("TỈNH HÀ GIANG", "08/2025/QĐ-UBND", "Hà Giang, ngày 14 tháng 3 năm 2025", """QUYẾT ĐỊNH
Tạm ngưng hiệu lực một số điều của Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang
ban hành kèm theo Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh
ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Thực hiện Kết luận số 38-KL/TU ngày 12/4/2024 của Ban Thường vụ Tỉnh ủy Hà Giang;
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
QUYẾT ĐỊNH:
Điều 1. Tạm ngưng hiệu lực Điều 5 và Điều 7 của Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang ban hành kèm theo {HG15} từ ngày 15 tháng 3 năm 2025 đến hết ngày 30 tháng 6 năm 2025.
Hết thời hạn tạm ngưng, Điều 5 và Điều 7 tiếp tục có hiệu lực thi hành; các điều khác của Quy định giữ nguyên hiệu lực.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# ====================================================================== UBND tỉnh Tuyên Quang (former)
# 88/KH-UBND (15/3/2022): row 1 met by 15/2023 (TQ); row 2 (Đề án, Quý IV/2024) moved to Quý IV/2026 by 150/KH-UBND (trap)
w("ubnd_tq_kh88_2022.txt", ub("TỈNH TUYÊN QUANG", "88/KH-UBND", "Tuyên Quang, ngày 15 tháng 3 năm 2022", """KẾ HOẠCH
Thực hiện Nghị quyết số 07/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh
""", """Thực hiện Nghị quyết số 07/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Tuyên Quang quy định chính sách hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh; Quyết định số 1090/QĐ-UBND ngày 28/9/2021 của Ủy ban nhân dân tỉnh phê duyệt Đề án phát triển du lịch tỉnh Tuyên Quang giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. NHIỆM VỤ
TT\tNội dung\tCơ quan chủ trì\tThời gian
1\tXây dựng Quyết định quy định mức hỗ trợ phát triển du lịch cộng đồng\tSở Văn hóa, Thể thao và Du lịch\tNăm 2023
2\tXây dựng Đề án phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới\tSở Văn hóa, Thể thao và Du lịch\tQuý IV/2024
3\tTổng hợp, báo cáo kết quả thực hiện Nghị quyết\tSở Văn hóa, Thể thao và Du lịch\tHằng năm

II. TỔ CHỨC THỰC HIỆN
Các sở, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ Kế hoạch này triển khai thực hiện.
"""))

# 15/2023/QĐ-UBND of Tuyên Quang (10/7/2023), pdftotext -layout: in force 20/7/2023 to 31/12/2025 (its own term); obligation
# of the districts met by 56/KH-UBND of Yên Sơn and of Sơn Dương
w("ubnd_tq_qd15_2023.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "15/2023/QĐ-UBND", "Tuyên Quang, ngày 10 tháng 7 năm 2023", """                                  QUYẾT ĐỊNH
        Ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang
                        ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ Nghị quyết số 07/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Tuyên Quang quy định chính
sách hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang;
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
                                   QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang.
Điều 2. Quyết định này có hiệu lực từ ngày 20 tháng 7 năm 2023 đến hết ngày 31 tháng 12 năm 2025.
Điều 3. Tổ chức thực hiện
1. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch triển khai Quyết định này.
2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu
trách nhiệm thi hành Quyết định này.
""" + SIGN_UB + """

                                        QUY ĐỊNH
          Mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang
  (Ban hành kèm theo Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban nhân dân tỉnh)
Điều 3. Mức hỗ trợ
1. Hỗ trợ xây dựng nhà vệ sinh đạt chuẩn phục vụ khách du lịch.
2. Hỗ trợ cải tạo nhà ở truyền thống làm cơ sở lưu trú du lịch cộng đồng, tối đa 50 triệu đồng/cơ sở.
""")))

# 1156/QĐ-UBND (25/7/2023), `Số:  1156 /QĐ-UBND`: đính chính of 15/2023 (TQ) — a correction, no replacement (trap)
w("ubnd_tq_dc1156_2023.txt", state("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", " 1156 /QĐ-UBND", "Tuyên Quang, ngày 25 tháng 7 năm 2023", """QUYẾT ĐỊNH
Về việc đính chính Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban nhân dân tỉnh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ {ND34}; {ND154};
Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
QUYẾT ĐỊNH:
Điều 1. Đính chính {TQ15} ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang như sau:
Tại khoản 2 Điều 3 của Quy định ban hành kèm theo Quyết định số 15/2023/QĐ-UBND, đã in là: "tối đa 50 triệu đồng/cơ sở", nay sửa lại là: "tối đa 30 triệu đồng/cơ sở".
Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các nội dung khác của Quyết định số 15/2023/QĐ-UBND giữ nguyên.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_CT))

# 09/2024/QĐ-UBND (15/4/2024): in force 25/4/2024 until 31/12/2025 by its own text (cited after that: superseded-citation)
w("ubnd_tq_qd09_2024.txt", ub("TỈNH TUYÊN QUANG", "09/2024/QĐ-UBND", "Tuyên Quang, ngày 15 tháng 4 năm 2024", """QUYẾT ĐỊNH
Quy định mức hỗ trợ khôi phục cơ sở lưu trú du lịch cộng đồng bị thiệt hại do thiên tai
trên địa bàn tỉnh Tuyên Quang
ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
QUYẾT ĐỊNH:
Điều 1. Hỗ trợ khôi phục cơ sở lưu trú du lịch cộng đồng bị thiệt hại do thiên tai, mức tối đa 20 triệu đồng/cơ sở.
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 4 năm 2024 đến hết ngày 31 tháng 12 năm 2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# 22/2024/QĐ-UBND (20/8/2024): amends 15/2023 (TQ) — meets 45-KL/TU's row (Quý III/2024); `02 khoản sau:` + 2 (trap)
w("ubnd_tq_qd22_2024.txt", ub("TỈNH TUYÊN QUANG", "22/2024/QĐ-UBND", "Tuyên Quang, ngày 20 tháng 8 năm 2024", """QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang
ban hành kèm theo Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban nhân dân tỉnh
ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ Nghị quyết số 07/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Tuyên Quang;
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung 02 khoản sau của Quy định ban hành kèm theo {TQ15}:
1. Khoản 2 Điều 3 được sửa đổi như sau: "2. Hỗ trợ cải tạo nhà ở truyền thống làm cơ sở lưu trú du lịch cộng đồng, tối đa 40 triệu đồng/cơ sở."
2. Bổ sung khoản 3 Điều 3 như sau: "3. Hỗ trợ đào tạo kỹ năng phục vụ khách du lịch cho hộ kinh doanh du lịch cộng đồng."
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2024.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# 150/KH-UBND (12/9/2024): `điều chỉnh, bổ sung` of 88/KH-UBND (trap: the same plan; row 2 moved to Quý IV/2026; the added
# row (văn bản hợp nhất, Quý IV/2024) met by 05/VBHN-UBND)
w("ubnd_tq_kh150_2024.txt", ub("TỈNH TUYÊN QUANG", "150/KH-UBND", "Tuyên Quang, ngày 12 tháng 9 năm 2024", """KẾ HOẠCH
Điều chỉnh, bổ sung Kế hoạch số 88/KH-UBND ngày 15/3/2022 của Ủy ban nhân dân tỉnh
thực hiện Nghị quyết số 07/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh
""", """Căn cứ kết quả thực hiện Kế hoạch số 88/KH-UBND ngày 15/3/2022 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh điều chỉnh, bổ sung Kế hoạch như sau:
1. Điều chỉnh thời gian hoàn thành nhiệm vụ số 2 (Xây dựng Đề án phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới) từ Quý IV/2024 sang Quý IV/2026.
2. Bổ sung nhiệm vụ:
TT\tNội dung\tCơ quan chủ trì\tThời gian
4\tXây dựng văn bản hợp nhất Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 và Quyết định số 22/2024/QĐ-UBND ngày 20/8/2024 của Ủy ban nhân dân tỉnh\tSở Văn hóa, Thể thao và Du lịch\tQuý IV/2024
3. Các nội dung khác của Kế hoạch số 88/KH-UBND giữ nguyên.
"""))

# 05/VBHN-UBND (30/9/2024), .docx with real footnotes: consolidated text of 15/2023 + 22/2024 (trap: no new document, replaces
# nothing; its footnotes say which decision amended which article)
docx_fn("ubnd_tq_vbhn05_2024.docx", [
    "QUYẾT ĐỊNH",
    "Ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang",
    "Quyết định số 15/2023/QĐ-UBND ngày 10 tháng 7 năm 2023 của Ủy ban nhân dân tỉnh Tuyên Quang ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang, có hiệu lực kể từ ngày 20 tháng 7 năm 2023, được sửa đổi, bổ sung bởi:",
    "Quyết định số 22/2024/QĐ-UBND ngày 20 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh Tuyên Quang sửa đổi, bổ sung một số điều của Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang ban hành kèm theo Quyết định số 15/2023/QĐ-UBND ngày 10 tháng 7 năm 2023 của Ủy ban nhân dân tỉnh, có hiệu lực kể từ ngày 01 tháng 9 năm 2024.",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    f"Căn cứ {L2015}; {L2020};",
    "Căn cứ Nghị quyết số 07/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Tuyên Quang quy định chính sách hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang;",
    "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.[[1]]",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang.",
    "Điều 2. Quyết định này có hiệu lực từ ngày 20 tháng 7 năm 2023 đến hết ngày 31 tháng 12 năm 2025.[[2]]",
    "Điều 3. Tổ chức thực hiện",
    "1. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch triển khai Quyết định này.",
    "2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.",
    "QUY ĐỊNH",
    "Mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang",
    "Điều 3. Mức hỗ trợ",
    "1. Hỗ trợ xây dựng nhà vệ sinh đạt chuẩn phục vụ khách du lịch.",
    "2.[[3]] Hỗ trợ cải tạo nhà ở truyền thống làm cơ sở lưu trú du lịch cộng đồng, tối đa 40 triệu đồng/cơ sở.",
    "3.[[4]] Hỗ trợ đào tạo kỹ năng phục vụ khách du lịch cho hộ kinh doanh du lịch cộng đồng.",
    "XÁC THỰC VĂN BẢN HỢP NHẤT",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
], [
    "Quyết định số 22/2024/QĐ-UBND ngày 20 tháng 8 năm 2024 sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 15/2023/QĐ-UBND có căn cứ ban hành như sau: \"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Căn cứ Nghị quyết số 07/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Tuyên Quang; Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.\"",
    "Điều 2 của Quyết định số 22/2024/QĐ-UBND ngày 20 tháng 8 năm 2024 quy định như sau: \"Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2024.\"",
    "Khoản này đã được đính chính theo Quyết định số 1156/QĐ-UBND ngày 25 tháng 7 năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh và được sửa đổi theo quy định tại khoản 1 Điều 1 của Quyết định số 22/2024/QĐ-UBND ngày 20 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh, có hiệu lực kể từ ngày 01 tháng 9 năm 2024.",
    "Khoản này được bổ sung theo quy định tại khoản 2 Điều 1 của Quyết định số 22/2024/QĐ-UBND ngày 20 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh, có hiệu lực kể từ ngày 01 tháng 9 năm 2024.",
], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "-------", "Số: 05/VBHN-UBND"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Tuyên Quang, ngày 30 tháng 9 năm 2024"]))

# ====================================================================== Party: Tỉnh ủy Tuyên Quang (former) 45-KL/TU, layout
# Rows: amend 15/2023 by Quý III/2024 (met by 22/2024: trap); amend 07/2021/NQ-HĐND by Quý IV/2024 (never: overdue-plan,
# planted). Obligations: huyện ủy plans (met: 12-KH/HU Yên Sơn); Ban Tuyên giáo plan (never: unmet-obligation, planted)
w("tu_tq_kl45_2024.txt", layout(party_cols("ĐẢNG BỘ TỈNH TUYÊN QUANG", "TỈNH ỦY", "45-KL/TU", "Tuyên Quang, ngày 15 tháng 3 năm 2024", """                                  KẾT LUẬN
      của Ban Thường vụ Tỉnh ủy về rà soát, hoàn thiện cơ chế, chính sách phát triển
                       du lịch cộng đồng trên địa bàn tỉnh
                                    -----
""", f"""Tại hội nghị ngày 12/3/2024, sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện
Nghị quyết số 07/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh và {TQ15} (đã được
đính chính theo Quyết định số 1156/QĐ-UBND ngày 25/7/2023 của Chủ tịch Ủy ban nhân dân tỉnh), Ban Thường vụ
Tỉnh ủy kết luận như sau:

1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo sửa đổi, bổ sung Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023
của Ủy ban nhân dân tỉnh, hoàn thành trong Quý III/2024.
2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo sửa đổi, bổ sung Nghị quyết số 07/2021/NQ-HĐND ngày 10/12/2021 của
Hội đồng nhân dân tỉnh, hoàn thành trong Quý IV/2024.
3. Các cấp ủy tăng cường kiểm tra, giám sát việc thực hiện chính sách, thực hiện thường xuyên.

TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy xây dựng kế hoạch thực hiện Kết luận này.
2. Ban Tuyên giáo Tỉnh ủy xây dựng kế hoạch tuyên truyền Kết luận này.
3. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.

""" + SIGN_TU_PBT)))

# Huyện ủy Yên Sơn 12-KH/HU (10/4/2024): same number as Quản Bạ's 12-KH/HU (trap); `03 nhiệm vụ sau:` + 3 (trap)
w("hu_ys_kh12_2024.txt", party("ĐẢNG BỘ TỈNH TUYÊN QUANG", "HUYỆN ỦY YÊN SƠN", "12-KH/HU", "Yên Sơn, ngày 10 tháng 4 năm 2024", """KẾ HOẠCH
thực hiện Kết luận số 45-KL/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy
-----
""", """Thực hiện Kết luận số 45-KL/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy về rà soát, hoàn thiện cơ chế, chính sách phát triển du lịch cộng đồng trên địa bàn tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

I. NHIỆM VỤ
Ban Thường vụ Huyện ủy xác định 03 nhiệm vụ sau:
1. Lãnh đạo Ủy ban nhân dân huyện tổ chức thực hiện Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban nhân dân tỉnh Tuyên Quang.
2. Chỉ đạo các xã lựa chọn thôn làm điểm du lịch cộng đồng.
3. Đưa kết quả thực hiện vào đánh giá tổ chức đảng cuối năm.

II. TỔ CHỨC THỰC HIỆN
TT\tNội dung\tCơ quan chủ trì\tThời gian
1\tKiểm tra việc thực hiện chính sách hỗ trợ\tỦy ban Kiểm tra Huyện ủy\tHằng năm
2\tTuyên truyền Kế hoạch này\tBan Tuyên giáo Huyện ủy\tThường xuyên

""" + SIGN_HU))

# ====================================================================== Party: Tỉnh ủy Hà Giang 38-KL/TU (12/4/2024), Markdown
# Row: suspend articles of 15/2023 (HG) by Quý I/2025 (met by 08/2025/QĐ-UBND: trap); obligation: huyện ủy plans (met)
w("tu_hg_kl38_2024.md", md_hdr(["**ĐẢNG BỘ TỈNH HÀ GIANG**", "**TỈNH ỦY**", "*", "Số 38-KL/TU"],
  ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Hà Giang, ngày 12 tháng 4 năm 2024*"]) + """
# KẾT LUẬN
## của Ban Thường vụ Tỉnh ủy về quản lý hoạt động du lịch trên địa bàn tỉnh

Sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh Hà Giang ban hành Quy định quản lý hoạt động du lịch, Ban Thường vụ Tỉnh ủy kết luận:

1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo tạm ngưng hiệu lực các điều về cấp phép dịch vụ trải nghiệm của Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh, hoàn thành trong Quý I/2025.
2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo đánh giá việc thực hiện Nghị quyết số 07/2021/NQ-HĐND ngày 17/7/2021 của Hội đồng nhân dân tỉnh Hà Giang, thực hiện hằng năm.

**TỔ CHỨC THỰC HIỆN**

Các huyện ủy, thành ủy xây dựng kế hoạch thực hiện Kết luận này.

T/M BAN THƯỜNG VỤ  
PHÓ BÍ THƯ
""")

# Huyện ủy Quản Bạ 12-KH/HU dated 05/4/2024 (CRLF): implements 38-KL/TU of 12/4/2024 (temporal, planted)
w("hu_qb_kh12_2024.txt", party("ĐẢNG BỘ TỈNH HÀ GIANG", "HUYỆN ỦY QUẢN BẠ", "12-KH/HU", "Quản Bạ, ngày 05 tháng 4 năm 2024", """KẾ HOẠCH
thực hiện Kết luận của Ban Thường vụ Tỉnh ủy về quản lý hoạt động du lịch
-----
""", """Thực hiện Kết luận số 38-KL/TU ngày 12/4/2024 của Ban Thường vụ Tỉnh ủy Hà Giang về quản lý hoạt động du lịch trên địa bàn tỉnh, Ban Thường vụ Huyện ủy Quản Bạ xây dựng Kế hoạch như sau:

1. Lãnh đạo Ủy ban nhân dân huyện thực hiện nghiêm Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh Hà Giang tại các điểm du lịch Núi Đôi, Cổng Trời.
2. Ủy ban Kiểm tra Huyện ủy kiểm tra việc quản lý các điểm du lịch, thực hiện hằng năm.

""" + SIGN_HU), crlf=True)

# Huyện ủy Bắc Quang 20-KH/HU (02/5/2024), OCR-like: cites 38-KL/TU `ngày 21/4/2024` (metadata-conflict, date, planted)
bq = party("ĐẢNG BỘ TỈNH HÀ GIANG", "HUYỆN ỦY BẮC QUANG", "20-KH/HU", "Bắc Quang, ngày 02 tháng 5 năm 2024", """KẾ HOẠCH
thực hiện Kết luận số 38-KL/TU của Ban Thường vụ Tỉnh ủy
-----
""", """Thực hiện Kết luận số 38-KL/TU ngày 21/4/2024 của Ban Thường vụ Tỉnh ủy Hà Giang về quản lý hoạt động du lịch trên địa bàn tỉnh, Ban Thường vụ Huyện ủy Bắc Quang xây dựng Kế hoạch như sau:

1. Ủy ban nhân dân huyện rà soát các điểm du lịch sinh thái trên địa bàn, báo cáo kết quả hằng quý.
2. Các chi bộ, đảng bộ cơ sở quán triệt Kế hoạch này đến đảng viên.

""" + SIGN_HU)
w("hu_bq_kh20_2024.txt", ocr(bq, [("rà soát các điểm", "rà soát cảc điểm"), ("quán triệt", "quán triêt"),
                                  ("xây dựng Kế hoạch", "xâv dựng Kế hoạch"), ("sinh thái", "sinh thải")]))

# ====================================================================== UBND huyện (before 1/7/2025)
# Yên Sơn 56/KH-UBND (05/9/2023), NFD: meets 15/2023 (TQ)'s obligation; cites the correction (trap)
w("ubh_ys_kh56_2023.txt", ub("HUYỆN YÊN SƠN", "56/KH-UBND", "Yên Sơn, ngày 05 tháng 9 năm 2023", """KẾ HOẠCH
Triển khai thực hiện Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban nhân dân tỉnh
""", f"""Thực hiện {TQ15} ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng (đã được đính chính theo Quyết định số 1156/QĐ-UBND ngày 25/7/2023 của Chủ tịch Ủy ban nhân dân tỉnh), Ủy ban nhân dân huyện Yên Sơn xây dựng Kế hoạch triển khai như sau:
1. Phòng Văn hóa và Thông tin tổng hợp nhu cầu hỗ trợ của các hộ làm du lịch cộng đồng, thực hiện hằng năm.
2. Ủy ban nhân dân các xã tuyên truyền chính sách đến thôn, bản, thực hiện thường xuyên.
"""), nfd=True)

# Sơn Dương 56/KH-UBND (20/9/2023): same number as Yên Sơn's (trap); cites 15/2023 (TQ) `ngày 10/8/2023` (metadata-conflict, planted)
w("ubh_sd_kh56_2023.txt", ub("HUYỆN SƠN DƯƠNG", "56/KH-UBND", "Sơn Dương, ngày 20 tháng 9 năm 2023", """KẾ HOẠCH
Triển khai chính sách hỗ trợ phát triển du lịch cộng đồng trên địa bàn huyện
""", """Thực hiện Quyết định số 15/2023/QĐ-UBND ngày 10/8/2023 của Ủy ban nhân dân tỉnh Tuyên Quang ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang, Ủy ban nhân dân huyện Sơn Dương xây dựng Kế hoạch như sau:
1. Lựa chọn các thôn ở xã Tân Trào, Minh Thanh làm điểm du lịch cộng đồng.
2. Báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch hằng năm.
"""))

# Hàm Yên 30/KH-UBND twice in 2024 (duplicate-identity, planted). a (12/3/2024): `thay thế` as an ordinary word (trap)
w("ubh_hy_kh30_2024a.txt", ub("HUYỆN HÀM YÊN", "30/KH-UBND", "Hàm Yên, ngày 12 tháng 3 năm 2024", """KẾ HOẠCH
Phát triển du lịch cộng đồng gắn với vùng cam sành năm 2024
""", f"""Thực hiện {TQ15}, Ủy ban nhân dân huyện Hàm Yên xây dựng Kế hoạch như sau:
1. Hỗ trợ các hộ ở xã Phù Lưu, Tân Thành cải tạo nhà ở làm cơ sở lưu trú; ưu tiên vật liệu địa phương thay thế vật liệu nhập từ nơi khác.
2. Phòng Văn hóa và Thông tin bố trí công chức thay thế khi công chức phụ trách du lịch đi học, bảo đảm không gián đoạn công việc.
3. Tổ chức Ngày hội cam sành Hàm Yên trong Quý IV/2024.
"""))

# b (18/10/2024), second 30/KH-UBND: cites 09/2024 before its expiry and 15/2023 as amended by 22/2024, and the VBHN (traps)
w("ubh_hy_kh30_2024b.txt", ub("HUYỆN HÀM YÊN", "30/KH-UBND", "Hàm Yên, ngày 18 tháng 10 năm 2024", """KẾ HOẠCH
Khắc phục thiệt hại do bão số 3 đối với các cơ sở lưu trú du lịch cộng đồng
""", """Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh Tuyên Quang quy định mức hỗ trợ khôi phục cơ sở lưu trú du lịch cộng đồng bị thiệt hại do thiên tai;
Căn cứ Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban nhân dân tỉnh Tuyên Quang, đã được sửa đổi, bổ sung bởi Quyết định số 22/2024/QĐ-UBND ngày 20/8/2024 của Ủy ban nhân dân tỉnh (Văn bản hợp nhất số 05/VBHN-UBND ngày 30/9/2024);
Ủy ban nhân dân huyện Hàm Yên ban hành Kế hoạch như sau:
1. Thống kê thiệt hại của các cơ sở lưu trú, hoàn thành trước ngày 30/10/2024.
2. Chi hỗ trợ cho các cơ sở đủ điều kiện, hoàn thành trong Quý I/2025.
""", SIGN_UB_CT))

# Quản Bạ 41/KH-UBND (10/4/2025), during the suspension: `02 nội dung sau:` + 3 (count-mismatch, planted)
w("ubh_qb_kh41_2025.txt", ub("HUYỆN QUẢN BẠ", "41/KH-UBND", "Quản Bạ, ngày 10 tháng 4 năm 2025", """KẾ HOẠCH
Quản lý hoạt động du lịch trong thời gian tạm ngưng hiệu lực một số điều của Quy định
""", f"""Căn cứ {HG15} ban hành Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang;
Căn cứ Quyết định số 08/2025/QĐ-UBND ngày 14/3/2025 của Ủy ban nhân dân tỉnh Hà Giang tạm ngưng hiệu lực một số điều của Quy định;
Ủy ban nhân dân huyện Quản Bạ tập trung 02 nội dung sau:
1. Tạm dừng cấp phép mới dịch vụ trải nghiệm tại Núi Đôi đến hết ngày 30/6/2025.
2. Kiểm tra các cơ sở đang hoạt động, bảo đảm an toàn cho khách du lịch.
3. Tuyên truyền để người dân, doanh nghiệp biết thời gian tạm ngưng.
"""))

# Bắc Quang 77/KH-UBND (15/3/2024): `Căn cứ` 22/2019/QĐ-UBND, replaced by 15/2023 (HG) from 01/9/2023 (superseded-citation, planted)
w("ubh_bq_kh77_2024.txt", ub("HUYỆN BẮC QUANG", "77/KH-UBND", "Bắc Quang, ngày 15 tháng 3 năm 2024", """KẾ HOẠCH
Quản lý các điểm du lịch sinh thái trên địa bàn huyện năm 2024
""", """Căn cứ Quyết định số 22/2019/QĐ-UBND ngày 05/9/2019 của Ủy ban nhân dân tỉnh Hà Giang ban hành Quy định quản lý hoạt động du lịch;
Ủy ban nhân dân huyện Bắc Quang ban hành Kế hoạch như sau:
1. Cấp phép hoạt động cho các điểm du lịch sinh thái suối Thác Tiên, thực hiện thường xuyên.
2. Kiểm tra an toàn tại các điểm du lịch trước mùa mưa lũ hằng năm.
"""))

# ====================================================================== after 1/7/2025: the new tỉnh Tuyên Quang
# Đảng ủy xã Sơn Dương 03-NQ/ĐU and UBND xã Sơn Dương 22/KH-UBND, both 15/9/2025, cite each other (cycle, planted)
w("du_sd_nq03_2025.txt", party("ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY XÃ SƠN DƯƠNG", "03-NQ/ĐU", "Sơn Dương, ngày 15 tháng 9 năm 2025", """NGHỊ QUYẾT
về phát triển du lịch cộng đồng trên địa bàn xã sau sắp xếp
-----
""", f"""Căn cứ Kế hoạch số 22/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân xã về phát triển du lịch cộng đồng;
Căn cứ {TQ15} (còn hiệu lực đến hết ngày 31/12/2025),
Ban Thường vụ Đảng ủy xã quyết nghị:
1. Lãnh đạo xây dựng thôn Tân Lập thành điểm du lịch cộng đồng, hoàn thành trong Quý IV/2026.
2. Ủy ban nhân dân xã báo cáo kết quả thực hiện hằng quý.

""" + SIGN_DU))

w("ubx_sd_kh22_2025.md", md_headings(["## ỦY BAN NHÂN DÂN", "## XÃ SƠN DƯƠNG", "", "Số: 22/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "", "*Sơn Dương, ngày 15 tháng 9 năm 2025*"]) + f"""# KẾ HOẠCH
## Phát triển du lịch cộng đồng trên địa bàn xã Sơn Dương

Thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/9/2025 của Ban Thường vụ Đảng ủy xã Sơn Dương; tiếp tục thực hiện Kế hoạch số 56/KH-UBND ngày 20/9/2023 của Ủy ban nhân dân huyện Sơn Dương (trước đây) và {TQ15}, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

1. Hỗ trợ các hộ thôn Tân Lập cải tạo nhà ở làm cơ sở lưu trú, hoàn thành trong Quý IV/2026.
2. Tổng hợp, báo cáo kết quả hằng năm.

TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH
""")

# Tỉnh ủy Tuyên Quang (new) 12-KL/TU (20/10/2025): narrates the expiry and the suspension (traps); row: replace the two
# 15/2023 by Tháng 12/2025 (met by 35/2025 and 41/2025: trap); row: Đề án by Quý I/2026 (never: overdue-plan, planted)
w("tu_tq_kl12_2025.txt", party("ĐẢNG BỘ TỈNH TUYÊN QUANG", "TỈNH ỦY", "12-KL/TU", "Tuyên Quang, ngày 20 tháng 10 năm 2025", """KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về rà soát, thống nhất hệ thống văn bản quy phạm pháp luật
của hai tỉnh sau hợp nhất
-----
""", f"""Thực hiện {NQ202}, từ ngày 01/7/2025 tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất thành tỉnh Tuyên Quang. Văn bản quy phạm pháp luật của hai tỉnh (cũ) tiếp tục được áp dụng trên địa bàn đã ban hành cho đến khi được thay thế. Trong đó, {TQ15} (cũ) có hiệu lực đến hết ngày 31/12/2025; {HG15} (cũ), sau thời gian tạm ngưng hiệu lực một số điều theo Quyết định số 08/2025/QĐ-UBND ngày 14/3/2025, tiếp tục có hiệu lực từ ngày 01/7/2025.

Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo ban hành quyết định thay thế Quyết định số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban nhân dân tỉnh Tuyên Quang (cũ) và Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh Hà Giang (cũ), hoàn thành trong Tháng 12/2025.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng Đề án chuẩn hóa hệ thống văn bản quy phạm pháp luật của tỉnh sau hợp nhất, hoàn thành trong Quý I/2026.
3. Các cấp ủy xã, phường lãnh đạo rà soát văn bản của cấp huyện (cũ), thực hiện thường xuyên.

""" + SIGN_TU))

# 35/2025/QĐ-UBND (new province, 15/12/2025), layout: replaces 15/2023 (TQ) and — wrongly — 15/2023 (HG) from 01/01/2026
# (inverse-inconsistency with 41/2025, planted); obligation on xã, phường (met by xã Yên Sơn 05/KH-UBND, xã Hàm Yên 14/KH-UBND)
w("ubnd_tq_qd35_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "35/2025/QĐ-UBND", "Tuyên Quang, ngày 15 tháng 12 năm 2025", """                                  QUYẾT ĐỊNH
        Ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang
                        ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
""", f"""{CHLT25}
Căn cứ {L2025};
Căn cứ {ND78};
Căn cứ {NQ202};
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
                                   QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026 và thay thế các Quyết định sau:
1. {TQ15} ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng trên địa bàn tỉnh Tuyên Quang.
2. {HG15} ban hành Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang.
Điều 3. Tổ chức thực hiện
1. Ủy ban nhân dân các xã, phường xây dựng kế hoạch triển khai Quy định này.
2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm
thi hành Quyết định này.
""" + SIGN_UB)))

# 41/2025/QĐ-UBND (26/12/2025), minified portal page: replaces 15/2023 (HG) from 10/01/2026 — a second replacer
w("ubnd_tq_qd41_2025.html", portal("Quyết định số 41/2025/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "-------", "Số: 41/2025/QĐ-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Tuyên Quang, ngày 26 tháng 12 năm 2025"], f"""QUYẾT ĐỊNH
Ban hành Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Tuyên Quang
ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
{CHLT25}
Căn cứ {L2025};
Căn cứ {ND78};
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Tuyên Quang.
Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 01 năm 2026 và thay thế {HG15} ban hành Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", minified=True))

# 1890/QĐ-UBND (25/12/2025): gia hạn of the former Hà Giang programme 05/CTr-UBND to 31/12/2026 (trap: extended, not overdue)
w("ubnd_tq_qd1890_2025.txt", ub("TỈNH TUYÊN QUANG", "1890/QĐ-UBND", "Tuyên Quang, ngày 25 tháng 12 năm 2025", """QUYẾT ĐỊNH
Về việc gia hạn thời gian thực hiện Chương trình số 05/CTr-UBND ngày 10/3/2021
của Ủy ban nhân dân tỉnh Hà Giang (cũ)
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
""", f"""{CHLT25}
Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
QUYẾT ĐỊNH:
Điều 1. Kéo dài thời gian thực hiện Chương trình số 05/CTr-UBND ngày 10/3/2021 của Ủy ban nhân dân tỉnh Hà Giang về phát triển du lịch tỉnh Hà Giang giai đoạn 2021 - 2025 đến hết ngày 31/12/2026. Các nhiệm vụ chưa hoàn thành của Chương trình, trong đó có nhiệm vụ xây dựng Đề án bảo tồn kiến trúc nhà truyền thống phục vụ du lịch, được tiếp tục thực hiện và hoàn thành trước ngày 31/12/2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này.
""", SIGN_CT))

# ====================================================================== Sở Tư pháp
# 18/KH-STP (20/01/2024), layout: `04 nhiệm vụ sau:` + 3 (count-mismatch, planted); row 1 (văn bản hợp nhất, Quý IV/2024)
# met by 05/VBHN-UBND (trap)
w("stp_tq_kh18_2024.txt", layout(state_cols("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "SỞ TƯ PHÁP", "18/KH-STP", "Tuyên Quang, ngày 20 tháng 01 năm 2024", """                                   KẾ HOẠCH
          Kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2024
""", f"""Căn cứ {L2015}; {L2020};
Căn cứ {ND34}; {ND154};
Sở Tư pháp xây dựng Kế hoạch với 04 nhiệm vụ sau:
1. Rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành.
2. Tham mưu hợp nhất văn bản sau khi được sửa đổi, bổ sung.
3. Kiểm tra văn bản của Hội đồng nhân dân, Ủy ban nhân dân cấp huyện.

TT  Nội dung                                        Đơn vị chủ trì         Thời gian
1   Tham mưu xây dựng văn bản hợp nhất Quyết định   Phòng Xây dựng và      Quý IV/2024
    số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban    Kiểm tra văn bản
    nhân dân tỉnh sau khi được sửa đổi, bổ sung
2   Rà soát văn bản theo chuyên đề                  Phòng Xây dựng và      Thường xuyên
                                                    Kiểm tra văn bản
3   Kiểm tra văn bản cấp huyện                      Phòng Xây dựng và      Hằng năm
                                                    Kiểm tra văn bản
""" + SIGN_SO_GD)))

# 05/KH-STP (12/01/2026): row 1 amend 41/2025 by Quý II/2026 (never: overdue-plan, planted); row 3 not yet due; `03` + 3 (trap)
w("stp_tq_kh05_2026.txt", stp("05/KH-STP", "Tuyên Quang, ngày 12 tháng 01 năm 2026", """KẾ HOẠCH
Rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2026
""", f"""Căn cứ {L2025};
Căn cứ {ND78};
Sở Tư pháp xây dựng Kế hoạch gồm 03 nhiệm vụ sau:
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tTham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 41/2025/QĐ-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh cho phù hợp với thực tiễn sau hợp nhất\tPhòng Xây dựng và Kiểm tra văn bản\tQuý II/2026
2\tRà soát văn bản của Hội đồng nhân dân, Ủy ban nhân dân hai tỉnh (cũ)\tPhòng Xây dựng và Kiểm tra văn bản\tThường xuyên
3\tTham mưu hợp nhất Quyết định số 35/2025/QĐ-UBND ngày 15/12/2025 khi có văn bản sửa đổi\tPhòng Xây dựng và Kiểm tra văn bản\tQuý IV/2026
"""))

# 112/BC-STP (10/6/2026), Word table HTML: narrates expiry, replacement, correction, suspension (traps); an undated
# `Quyết định số 15/2023/QĐ-UBND của Ủy ban nhân dân tỉnh` (ambiguous-id, planted)
w("stp_tq_bc112_2026.html", word_table_html("Báo cáo 112/BC-STP", ["ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "SỞ TƯ PHÁP", "-------", "Số: 112/BC-STP"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Tuyên Quang, ngày 10 tháng 6 năm 2026"], f"""BÁO CÁO
Kết quả rà soát văn bản quy phạm pháp luật về du lịch của hai tỉnh (cũ) sau hợp nhất
Thực hiện Kế hoạch số 05/KH-STP ngày 12/01/2026 của Sở Tư pháp, Sở Tư pháp báo cáo kết quả rà soát như sau:
1. {TQ15} (cũ) đã được đính chính theo Quyết định số 1156/QĐ-UBND ngày 25/7/2023, được sửa đổi, bổ sung bởi Quyết định số 22/2024/QĐ-UBND ngày 20/8/2024 và đã được hợp nhất tại Văn bản hợp nhất số 05/VBHN-UBND ngày 30/9/2024; Quyết định này hết hiệu lực từ ngày 01/01/2026.
2. Quyết định số 09/2024/QĐ-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh Tuyên Quang (cũ) hết hiệu lực ngày 31/12/2025 theo thời hạn ghi trong văn bản.
3. Qua kiểm tra, một số xã vẫn dẫn Quyết định số 15/2023/QĐ-UBND của Ủy ban nhân dân tỉnh làm căn cứ ban hành kế hoạch năm 2026.
Kết quả chi tiết tại bảng sau:""", [
    ["STT", "Văn bản được rà soát", "Kết quả rà soát", "Kiến nghị"],
    ["1", "Quyết định số 15/2023/QĐ-UBND ngày 22/8/2023 của Ủy ban nhân dân tỉnh Hà Giang (cũ)", "Tạm ngưng hiệu lực Điều 5, Điều 7 từ 15/3/2025 đến 30/6/2025 theo Quyết định số 08/2025/QĐ-UBND; hết hiệu lực từ ngày 10/01/2026", "Không"],
    ["2", "Chương trình số 05/CTr-UBND ngày 10/3/2021 của Ủy ban nhân dân tỉnh Hà Giang (cũ)", "Được gia hạn đến hết ngày 31/12/2026 theo Quyết định số 1890/QĐ-UBND ngày 25/12/2025", "Tiếp tục thực hiện"],
    ["3", "Quyết định số 41/2025/QĐ-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh", "Một số quy định về cấp phép chưa phù hợp thực tiễn", "Nghiên cứu sửa đổi, bổ sung"],
], after="""Sở Tư pháp kính báo cáo Ủy ban nhân dân tỉnh.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC"""))

# Văn phòng UBND tỉnh 2350/VP-NC (15/8/2026), `TL. CHỦ TỊCH`: responds to 112/BC-STP; proposes a draft replacing 35/2025
# (proposed only: trap) and quotes a draft title `Sửa đổi, bổ sung … Quyết định số 41/2025/QĐ-UBND` (trap)
w("vp_tq_cv2350_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "2350/VP-NC", "Tuyên Quang, ngày 15 tháng 8 năm 2026", """V/v xây dựng dự thảo văn bản thay thế, sửa đổi quy định về du lịch
""", """Kính gửi: Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch.

Xem xét Báo cáo số 112/BC-STP ngày 10/6/2026 của Sở Tư pháp, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Giao Sở Văn hóa, Thể thao và Du lịch nghiên cứu, xây dựng dự thảo Quyết định thay thế Quyết định số 35/2025/QĐ-UBND ngày 15/12/2025 của Ủy ban nhân dân tỉnh, trình Ủy ban nhân dân tỉnh trong Quý IV/2026.
2. Giao Sở Văn hóa, Thể thao và Du lịch hoàn thiện dự thảo Quyết định "Sửa đổi, bổ sung một số điều của Quy định quản lý hoạt động du lịch ban hành kèm theo Quyết định số 41/2025/QĐ-UBND" theo ý kiến thẩm định của Sở Tư pháp.
Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.
""" + SIGN_VP))

# ====================================================================== communes after 1/7/2025 (2026)
# UBND xã Yên Sơn 05/KH-UBND (10/02/2026): implements 35/2025 (obligation met); cites the former district's 56/KH-UBND and
# the former Huyện ủy Yên Sơn's 12-KH/HU (traps)
w("xa_ys_kh05_2026.txt", ub("XÃ YÊN SƠN", "05/KH-UBND", "Yên Sơn, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
Triển khai Quy định mức hỗ trợ phát triển du lịch cộng đồng năm 2026
""", """Thực hiện Quyết định số 35/2025/QĐ-UBND ngày 15/12/2025 của Ủy ban nhân dân tỉnh Tuyên Quang ban hành Quy định mức hỗ trợ phát triển du lịch cộng đồng;
Trên cơ sở kết quả thực hiện Kế hoạch số 56/KH-UBND ngày 05/9/2023 của Ủy ban nhân dân huyện Yên Sơn (trước đây) và Kế hoạch số 12-KH/HU ngày 10/4/2024 của Huyện ủy Yên Sơn (trước đây);
Ủy ban nhân dân xã Yên Sơn ban hành Kế hoạch như sau:
1. Công chức Văn hóa - Xã hội tổng hợp nhu cầu hỗ trợ của các hộ, thực hiện hằng năm.
2. Báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/12 hằng năm.
""", SIGN_UB_CT))

# UBND xã Quản Bạ 09/KH-UBND (20/3/2026): `Căn cứ` 15/2023 (HG), replaced from 01/01/2026 (superseded-citation, planted);
# cites the former district's 41/KH-UBND (trap)
w("xa_qb_kh09_2026.txt", ub("XÃ QUẢN BẠ", "09/KH-UBND", "Quản Bạ, ngày 20 tháng 3 năm 2026", """KẾ HOẠCH
Quản lý hoạt động du lịch tại khu vực Núi Đôi, Cổng Trời năm 2026
""", f"""Căn cứ {HG15} ban hành Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang;
Tiếp tục thực hiện Kế hoạch số 41/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân huyện Quản Bạ (cũ);
Ủy ban nhân dân xã Quản Bạ ban hành Kế hoạch như sau:
1. Cấp phép dịch vụ trải nghiệm tại Núi Đôi theo Điều 5 của Quy định, thực hiện thường xuyên.
2. Kiểm tra an toàn các điểm du lịch trước mùa du lịch hằng năm.
""", SIGN_UB_CT))

# UBND xã Hàm Yên 14/KH-UBND (12/3/2026), Markdown: `Căn cứ` 09/2024, expired 31/12/2025 by its own term (superseded-citation,
# planted); implements 35/2025 (obligation met); cites the second 30/KH-UBND by its date
w("xa_hy_kh14_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**XÃ HÀM YÊN**", "-------", "Số: 14/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Hàm Yên, ngày 12 tháng 3 năm 2026*"]) + """
# KẾ HOẠCH
## Hỗ trợ phát triển du lịch cộng đồng và khắc phục thiệt hại do thiên tai năm 2026

Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh Tuyên Quang quy định mức hỗ trợ khôi phục cơ sở lưu trú du lịch cộng đồng bị thiệt hại do thiên tai;

Thực hiện Quyết định số 35/2025/QĐ-UBND ngày 15/12/2025 của Ủy ban nhân dân tỉnh Tuyên Quang;

Trên cơ sở kết quả thực hiện Kế hoạch số 30/KH-UBND ngày 18/10/2024 của Ủy ban nhân dân huyện Hàm Yên (trước đây);

Ủy ban nhân dân xã Hàm Yên ban hành Kế hoạch như sau:

1. Hỗ trợ khôi phục 12 cơ sở lưu trú bị thiệt hại, hoàn thành trong Quý IV/2026.
2. Báo cáo kết quả thực hiện hằng quý.

TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH
""")

print(len(os.listdir(OUT)), "files")
