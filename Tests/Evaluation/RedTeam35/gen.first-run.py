#!/usr/bin/env python3
"""Red team round 35: cadre management (phân cấp quản lý cán bộ) in tỉnh Lạng Sơn, 2018-2026 — a province that was not
merged on 1/7/2025 (it kept its name and borders), its 10 districts and the city of Lạng Sơn abolished, communes and wards
merged (some keep a former district's name: xã Hữu Lũng, xã Đồng Đăng; phường Lương Văn Tri in the former city).
Central: Bộ Chính trị 80-QĐ/TW (18/8/2022) replacing 105-QĐ/TW (19/12/2017, external). Tỉnh ủy Lạng Sơn: Ban Thường vụ
15-QĐ/TU (10/4/2018, khóa XVI), 08-KH/TU (20/4/2022), 15-QĐ/TU (20/3/2023, khóa XVII, replaces the 2018 one), 32-QĐ/TU
(15/5/2024, amends it), 41-QĐ/TU (25/6/2025, repeals two articles of it), 12-KL/TU (15/4/2026, khóa XVIII); Ban Tổ chức
Tỉnh ủy 07-HD/BTCTU (2023), 09-HD/BTCTU twice (2024); Ủy ban Kiểm tra 18-TB/UBKTTU (2024). Thành ủy Lạng Sơn (the former
city's committee, same place name as the province): 08-KH/ThU (2022), 15-QĐ/ThU (2023). Huyện ủy Cao Lộc 12-KH/HU, Văn
Lãng 20-KH/HU, Chi Lăng 09-KH/HU, Hữu Lũng 31-KH/HU, Tràng Định 15-KH/HU, Lộc Bình 45-BC/HU, Bắc Sơn 30-BC/HU; UBND
huyện Cao Lộc 88/KH-UBND, Bắc Sơn 56/KH-UBND. UBND tỉnh 12/2023/QĐ-UBND, 25/2025/QĐ-UBND, 03/2026/QĐ-UBND; Sở Nội vụ
45/KH-SNV, 112/BC-SNV. After 1/7/2025: Đảng ủy xã Đồng Đăng 12-KH/ĐU, Đảng ủy phường Lương Văn Tri 03-NQ/ĐU, UBND phường
Lương Văn Tri 27/KH-UBND, UBND xã Hữu Lũng 14/KH-UBND, UBND xã Đồng Đăng 33/KH-UBND.
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented; central ids keep
their real numbers and dates (checked with search, see README).
Header helpers copied from RedTeam34/gen.py (`party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`, `state_onecell`, `md_yaml`, `ocr`, …) with site names, addresses and phone numbers
changed (Lạng Sơn, 0205.…). New in round 35: `party_nostar` (no `*` line), `party_notnum` (no `Số` line: the number is in
the title), `html_divs` (header as two <div> columns), `pdf_pages` (running page header and page number on every page)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Lạng Sơn", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND tỉnh Lạng Sơn. Địa chỉ: số 2 đường Hoàng Văn Thụ, tỉnh Lạng Sơn. Điện thoại: 0205.3812.706 - Fax: 0205.3812.707') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Ủy ban nhân dân tỉnh Lạng Sơn - Điện thoại: 0205.3870.118 - Fax: 0205.3870.119</div>\n</body></html>')







# ---------------------------------------------------------------- header shapes new in round 34
def state_onecell(org, num, place, title, body=""):
    """A district UBND header written in one cell: `UBND HUYỆN CAO LỘC`, the province line missing."""
    return f"""{org}
-------
Số: {num}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}

{title}
{body}"""


def state_blank(org1, org2, code, place, title, body=""):
    """The published copy kept the template's blank, written with spaces: `Số:       /KH-UBND`."""
    return state(org1, org2, "X/" + code, place, title, body).replace("Số: X/", "Số:       /")


def portal_rowspan(title, org1, org2, num, place, text):
    """A portal page whose header table uses rowspan: the body's name spans two rows on the left."""
    ps = "".join(f"<p>{html.escape(l)}</p>\n" if l.strip() else "" for l in text.split("\n"))
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử tỉnh Lạng Sơn</title></head>\n<body>\n'
            '<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN</div>\n'
            '<table class="vb-head" border="0">\n'
            f'<tr><td rowspan="2" align="center"><b>{html.escape(org1)}</b><br><b>{html.escape(org2)}</b><br>-------</td>'
            '<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>\n'
            f'<tr><td align="right"><i>{html.escape(place)}</i></td></tr>\n'
            f'<tr><td align="center">Số: {html.escape(num)}</td><td></td></tr>\n'
            '</table>\n' + ps +
            '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Lạng Sơn. Điện thoại: 0205.3812.706</div>\n</body></html>')


def md_yaml(meta, text):
    """A Markdown export with a YAML front matter block."""
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in meta) + "---\n\n" + text


def docx_fn(name, paras, notes):
    """A .docx with footnotes: `[^n]` in a paragraph becomes a footnote reference; notes[n-1] is its text."""
    def esc(t):
        return html.escape(t, quote=False)

    def p(t):
        out = ""
        for part in re.split(r"(\[\^\d+\])", t):
            m = re.fullmatch(r"\[\^(\d+)\]", part)
            if m:
                out += f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{m.group(1)}"/></w:r>'
            elif part:
                for i, line in enumerate(part.split("\n")):
                    out += ("<w:r><w:br/></w:r>" if i else "") + f'<w:r><w:t xml:space="preserve">{esc(line)}</w:t></w:r>'
        return "<w:p>" + out + "</w:p>"
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>' + "".join(p(x) for x in paras) + "<w:sectPr/></w:body></w:document>"
    fn = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {ns}>'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
          + "".join(f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>' for i, t in enumerate(notes))
          + "</w:footnotes>")
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        def put(n, d):
            z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED)  # fixed timestamps: same bytes every run
        put("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
        put("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        put("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
        put("word/document.xml", doc)
        put("word/footnotes.xml", fn)


def ocr(t, words):
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t






# ---------------------------------------------------------------- header shapes new in round 35
def party_nostar(org, sub, num, place, title, body=""):
    """A Party header whose `*` line was lost in conversion."""
    return party(org, sub, num, place, title, body).replace("\n*\n", "\n", 1)


def party_notnum(org, sub, place, title, body=""):
    """A Party header with no `Số` line: the number is only in the title (`QUY ĐỊNH SỐ 32-QĐ/TU`)."""
    return f"""{org}
{sub}
*
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}

{title}
{body}"""


def html_divs(title, left, right, text, footer):
    """A portal page whose header is two floated <div> columns (no table)."""
    col = lambda xs: "".join(f"<div>{html.escape(x)}</div>" for x in xs)
    ps = "".join(f"<p>{html.escape(l)}</p>\n" if l.strip() else "" for l in text.split("\n"))
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n'
            '<style>.col{float:left;width:50%;text-align:center}.clear{clear:both}</style></head>\n<body>\n'
            '<div class="site">TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LẠNG SƠN</div>\n<div class="doc">\n'
            f'<div class="col">{col(left)}</div>\n<div class="col">{col(right)}</div>\n<div class="clear"></div>\n{ps}</div>\n'
            f'<div class="footer">{html.escape(footer)}</div>\n</body></html>')


def pdf_pages(text, running, per=22):
    """pdftotext of a PDF whose every page after the first starts with a running header; page number at the foot."""
    lines = text.split("\n")
    out, page = [], 1
    for i in range(0, len(lines), per):
        if page > 1:
            out.append(running)
            out.append("")
        out.extend(lines[i:i + per])
        out.append("")
        out.append(" " * 38 + f"- {page} -")
        out.append("\f")
        page += 1
    return "\n".join(out)


SIGN_BTV_BT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BTV_PBT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_KT_BT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tK/T BÍ THƯ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_BAN = """\t\t\t\t\tK/T TRƯỞNG BAN
\t\t\t\t\tPHÓ TRƯỞNG BAN"""
SIGN_UBKT = """\t\t\t\t\tT/M ỦY BAN KIỂM TRA
\t\t\t\t\tCHỦ NHIỆM"""
SIGN_DU = """\t\t\t\t\tT/M ĐẢNG ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_CT = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_SO_GD = """\t\t\t\t\tGIÁM ĐỐC"""
SIGN_BCT = """\t\t\t\t\tT/M BỘ CHÍNH TRỊ"""

PC = "phân cấp quản lý cán bộ"
QD15_18 = "Quy định số 15-QĐ/TU ngày 10/4/2018 của Ban Thường vụ Tỉnh ủy về " + PC
QD15_23 = "Quy định số 15-QĐ/TU ngày 20/3/2023 của Ban Thường vụ Tỉnh ủy về " + PC
TH = "TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành"


# ====================================================================== central
# Bộ Chính trị 80-QĐ/TW (18/8/2022), excerpt: replaces 105-QĐ/TW (19/12/2017, external); its obligation on the tỉnh ủy is
# met by the Tỉnh ủy's 15-QĐ/TU of 2023
w("tw_qd80_2022.txt", party("BAN CHẤP HÀNH TRUNG ƯƠNG", "", "80-QĐ/TW", "Hà Nội, ngày 18 tháng 8 năm 2022", """QUY ĐỊNH
về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử
-----
""", """- Căn cứ Điều lệ Đảng;
- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII,
Bộ Chính trị quy định về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử như sau:

(trích)
Điều 33. Tổ chức thực hiện
Các tỉnh ủy, thành ủy trực thuộc Trung ương căn cứ Quy định này xây dựng, ban hành quy định về phân cấp quản lý cán bộ của địa phương.

Điều 34. Hiệu lực thi hành
Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 105-QĐ/TW, ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử.

""" + SIGN_BCT).replace("TRUNG ƯƠNG\n\n*", "TRUNG ƯƠNG\n*"))

# ====================================================================== Tỉnh ủy, Thành ủy, Huyện ủy 2018-2024
# BTV Tỉnh ủy 15-QĐ/TU (10/4/2018, khóa XVI): implements 105-QĐ/TW before it was replaced
w("tu_ls_qd15_2018.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY", "15-QĐ/TU", "Lạng Sơn, ngày 10 tháng 4 năm 2018", """QUY ĐỊNH
về phân cấp quản lý cán bộ
-----
""", """- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử;
- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI,
Ban Thường vụ Tỉnh ủy quy định về phân cấp quản lý cán bộ như sau:

Điều 5. Trách nhiệm và quyền hạn của ban thường vụ huyện ủy, thành ủy
Ban thường vụ huyện ủy, thành ủy quyết định bổ nhiệm trưởng phòng, phó trưởng phòng và tương đương thuộc huyện, thành phố.
Điều 6. Bổ nhiệm cán bộ
Thời hạn giữ chức vụ bổ nhiệm là 05 năm.
Điều 12. Hiệu lực thi hành
Quy định này có hiệu lực từ ngày ký.

""" + SIGN_BTV_BT))

# BTV Tỉnh ủy 08-KH/TU (20/4/2022, pdftotext -layout, K/T BÍ THƯ): cadre planning; row 2 plans to replace 15-QĐ/TU of 2018
# by Quý I/2023 (met by 15-QĐ/TU of 20/3/2023); row 3 announces a new Quy định by Quý IV/2023 that never comes
# (overdue-plan, planted, announces)
w("tu_ls_kh08_2022.txt", layout(party_cols("ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY", "08-KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2022", """KẾ HOẠCH
thực hiện công tác quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2025 - 2030
-----
""", f"""Thực hiện Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ; Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương về một số nội dung cụ thể về công tác quy hoạch cán bộ, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:

I. NHIỆM VỤ CỤ THỂ
{TH}
1\tRà soát, bổ sung quy hoạch cấp ủy và quy hoạch cán bộ lãnh đạo, quản lý các cấp\tBan Tổ chức Tỉnh ủy\tHằng năm
2\tXây dựng quy định về phân cấp quản lý cán bộ thay thế {QD15_18}\tBan Tổ chức Tỉnh ủy\tQuý I/2023
3\tXây dựng Quy định về tiêu chuẩn chức danh cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Tỉnh ủy quản lý\tBan Tổ chức Tỉnh ủy\tQuý IV/2023
4\tĐào tạo, bồi dưỡng cán bộ trong quy hoạch\tTrường Chính trị tỉnh\tThường xuyên

II. TỔ CHỨC THỰC HIỆN
Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.

""" + SIGN_KT_BT)))

# Thành ủy Lạng Sơn 08-KH/ThU (12/5/2022): the same number as the Tỉnh ủy's plan, which it implements; cites 15-QĐ/TU of
# 2018 before its replacement; `Kế hoạch gồm 05 nội dung chủ yếu:` + 4 items (count-mismatch, planted)
w("thu_ls_kh08_2022.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "THÀNH ỦY LẠNG SƠN", "08-KH/ThU", "Lạng Sơn, ngày 12 tháng 5 năm 2022", """KẾ HOẠCH
thực hiện công tác quy hoạch cán bộ nhiệm kỳ 2025 - 2030
-----
""", f"""Thực hiện Kế hoạch số 08-KH/TU ngày 20/4/2022 của Ban Thường vụ Tỉnh ủy về thực hiện công tác quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2025 - 2030; căn cứ {QD15_18}, Ban Thường vụ Thành ủy xây dựng Kế hoạch thực hiện như sau.

Kế hoạch gồm 05 nội dung chủ yếu:
1. Rà soát, đánh giá nguồn cán bộ các phường, xã thuộc thành phố.
2. Xây dựng quy hoạch Ban Chấp hành Đảng bộ thành phố nhiệm kỳ 2025 - 2030.
3. Quy hoạch chức danh trưởng, phó các phòng, ban, ngành thành phố.
4. Gắn quy hoạch với đào tạo, luân chuyển cán bộ.

Thời gian thực hiện: hằng năm rà soát, bổ sung quy hoạch.

""" + SIGN_BTV_PBT))

# Huyện ủy Chi Lăng 09-KH/HU (12/01/2023, NFD): `Căn cứ Quy định số 105-QĐ/TW …` five months after 80-QĐ/TW replaced it
# (superseded-citation, planted); 15-QĐ/TU of 2018 cited before its replacement
w("hu_chl_kh09_2023.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY CHI LĂNG", "09-KH/HU", "Chi Lăng, ngày 12 tháng 01 năm 2023", """KẾ HOẠCH
bổ nhiệm, giới thiệu cán bộ ứng cử năm 2023
-----
""", f"""Căn cứ Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử; {QD15_18}; Kế hoạch số 08-KH/TU ngày 20/4/2022 của Ban Thường vụ Tỉnh ủy,
Ban Thường vụ Huyện ủy Chi Lăng xây dựng Kế hoạch như sau:

{TH}
1\tRà soát cán bộ đến thời hạn bổ nhiệm lại\tBan Tổ chức Huyện ủy\tHằng năm
2\tKiện toàn lãnh đạo các phòng, ban còn thiếu\tBan Tổ chức Huyện ủy\tThường xuyên

""" + SIGN_BTV_BT), nfd=True)

# Huyện ủy Văn Lãng 20-KH/HU (10/3/2023, OCR-like): `Thực hiện Quy định số 15-QĐ/TU ngày 20/3/2023` — ten days later than
# the plan itself (temporal, planted)
w("hu_vl_kh20_2023.txt", ocr(party("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY VĂN LÃNG", "20-KH/HU", "Văn Lãng, ngày 10 tháng 3 năm 2023", """KẾ HOẠCH
thực hiện phân cấp quản lý cán bộ trên địa bàn huyện
-----
""", f"""Thực hiện {QD15_23}; Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ,
Ban Thường vụ Huyện ủy Văn Lãng ban hành Kế hoạch như sau:

1. Quán triệt, phổ biến Quy định đến chi bộ, đảng bộ cơ sở (thực hiện thường xuyên).
2. Rà soát danh mục chức danh cán bộ thuộc diện Ban Thường vụ Huyện ủy quản lý (hằng năm).

""" + SIGN_BTV_PBT), [("Quán triệt", "Qu án triêt"), ("phổ biến", "phô biên"), ("Rà soát", "Ra soat"), ("chức danh", "chuc danh")]))

# BTV Tỉnh ủy 15-QĐ/TU (20/3/2023, khóa XVII): `Số 15 - QĐ/TU`, a PDF text with a running header on every page; replaces
# 15-QĐ/TU of 2018 (same number); obligations met by huyện ủy, thành ủy and the Ban Tổ chức; the Đảng ủy Khối's plan never
# comes (unmet-obligation, planted)
_q15 = party("ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY", "15 - QĐ/TU", "Lạng Sơn, ngày 20 tháng 3 năm 2023", """QUY ĐỊNH
về phân cấp quản lý cán bộ
-----
""", """- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử;
- Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;
- Căn cứ Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương Đảng khóa XII về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược;
- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII,
Ban Thường vụ Tỉnh ủy quy định về phân cấp quản lý cán bộ như sau:

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định nội dung, trách nhiệm, thẩm quyền trong phân cấp quản lý cán bộ của Đảng bộ tỉnh.
Điều 2. Đối tượng áp dụng
Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong hệ thống chính trị của tỉnh.

Chương II
PHÂN CẤP QUẢN LÝ CÁN BỘ
Điều 5. Trách nhiệm và quyền hạn của ban thường vụ huyện ủy, thành ủy
Ban thường vụ huyện ủy, thành ủy quyết định bổ nhiệm trưởng phòng, phó trưởng phòng và tương đương; thống nhất để cấp có thẩm quyền bổ nhiệm chủ tịch, phó chủ tịch ủy ban nhân dân cấp xã.
Điều 7. Trách nhiệm của ban tổ chức huyện ủy, thành ủy
Tham mưu ban thường vụ huyện ủy, thành ủy về công tác cán bộ thuộc diện quản lý.
Điều 8. Cán bộ thuộc diện ban thường vụ huyện ủy, thành ủy quản lý
Danh mục theo Phụ lục kèm theo Quy định này.

Chương III
TỔ CHỨC THỰC HIỆN
Điều 9. Trách nhiệm thi hành
1. Các huyện ủy, thành ủy xây dựng kế hoạch thực hiện Quy định này.
2. Ban Tổ chức Tỉnh ủy ban hành hướng dẫn thực hiện Quy định này.
3. Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh xây dựng kế hoạch thực hiện Quy định này trong đảng bộ khối.
Điều 10. Hiệu lực thi hành
Quy định này có hiệu lực từ ngày ký, thay thế """ + QD15_18 + """ (khóa XVI).

""" + SIGN_BTV_BT)
w("tu_ls_qd15_2023.txt", pdf_pages(_q15, "BAN THƯỜNG VỤ TỈNH ỦY LẠNG SƠN" + " " * 30 + "Quy định 15-QĐ/TU"))

# Ban Tổ chức Tỉnh ủy 07-HD/BTCTU (25/4/2023): header in a Markdown table; guides 15-QĐ/TU of 2023; `02 nội dung sau:` + 2
w("btctu_hd07_2023.md", md_hdr(["**TỈNH ỦY LẠNG SƠN**", "**BAN TỔ CHỨC**", "\\*", "Số 07-HD/BTCTU"],
                               ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Lạng Sơn, ngày 25 tháng 4 năm 2023*"]) + f"""
## HƯỚNG DẪN

**thực hiện {QD15_23}**

Căn cứ {QD15_23}; Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương, Ban Tổ chức Tỉnh ủy hướng dẫn 02 nội dung sau:

1. Quy trình bổ nhiệm, bổ nhiệm lại cán bộ thuộc diện ban thường vụ huyện ủy, thành ủy quản lý.
2. Hồ sơ, thủ tục trình Ban Thường vụ Tỉnh ủy cho ý kiến về nhân sự.

{SIGN_BAN.replace(chr(9), "")}
""")

# Huyện ủy Cao Lộc 12-KH/HU (05/5/2023): implements 15-QĐ/TU and 07-HD/BTCTU; `03 nhiệm vụ sau:` + 4 (count-mismatch, planted)
w("hu_cl_kh12_2023.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY CAO LỘC", "12-KH/HU", "Cao Lộc, ngày 05 tháng 5 năm 2023", """KẾ HOẠCH
thực hiện Quy định của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ
-----
""", f"""Thực hiện {QD15_23}; Hướng dẫn số 07-HD/BTCTU ngày 25/4/2023 của Ban Tổ chức Tỉnh ủy,
Ban Thường vụ Huyện ủy Cao Lộc xác định 03 nhiệm vụ sau:
1. Tổ chức quán triệt Quy định đến các chi bộ, đảng bộ trực thuộc.
2. Rà soát, ban hành danh mục chức danh cán bộ thuộc diện Ban Thường vụ Huyện ủy quản lý.
3. Sửa đổi quy chế làm việc của Ban Chấp hành Đảng bộ huyện cho phù hợp.
4. Kiểm tra, giám sát việc thực hiện Quy định ở thị trấn Đồng Đăng và các xã biên giới.

Thời gian: thực hiện thường xuyên.

""" + SIGN_BTV_BT))

# Thành ủy Lạng Sơn 15-QĐ/ThU (12/6/2023): the city committee's own Quy định 15 (ThU), implementing the Tỉnh ủy's 15-QĐ/TU
w("thu_ls_qd15_2023.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "THÀNH ỦY LẠNG SƠN", "15-QĐ/ThU", "Thành phố Lạng Sơn, ngày 12 tháng 6 năm 2023", """QUY ĐỊNH
về phân cấp quản lý cán bộ của Ban Thường vụ Thành ủy
-----
""", f"""- Căn cứ {QD15_23.replace("Tỉnh ủy", "Tỉnh ủy Lạng Sơn")};
- Căn cứ Hướng dẫn số 07-HD/BTCTU ngày 25/4/2023 của Ban Tổ chức Tỉnh ủy,
Ban Thường vụ Thành ủy Lạng Sơn quy định về phân cấp quản lý cán bộ như sau:
Điều 1. Ban Thường vụ Thành ủy quyết định bổ nhiệm trưởng, phó các phòng, ban, ngành thành phố.
Điều 2. Quy định này có hiệu lực từ ngày ký.

""" + SIGN_BTV_PBT))

# UBND tỉnh 12/2023/QĐ-UBND (15/6/2023, Word-exported portal page): decentralised management of civil servants; replaces
# 2156/QĐ-UBND (external)
w("ubnd_qd12_2023.html", html_spans("Quyết định 12/2023/QĐ-UBND phân cấp quản lý công chức, viên chức tỉnh Lạng Sơn",
    ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "-------", "Số: 12/2023/QĐ-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Lạng Sơn, ngày 15 tháng 6 năm 2023"], """QUYẾT ĐỊNH
Ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức trên địa bàn tỉnh Lạng Sơn
ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14 ngày 25 tháng 11 năm 2019;
Căn cứ Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;
Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý viên chức;
Theo đề nghị của Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức trên địa bàn tỉnh Lạng Sơn.
Điều 2. Quyết định này có hiệu lực thi hành từ ngày 26 tháng 6 năm 2023 và thay thế Quyết định số 2156/QĐ-UBND ngày 20/11/2019 của UBND tỉnh.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""))

# Huyện ủy Tràng Định 15-KH/HU (20/6/2023, pdftotext -layout): `Hướng dẫn số 07-HD/BTCTU ngày 15/5/2023` — the guidance is
# of 25/4/2023 (metadata-conflict, date, planted)
w("hu_td_kh15_2023.txt", layout(party_cols("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY TRÀNG ĐỊNH", "15-KH/HU", "Tràng Định, ngày 20 tháng 6 năm 2023", """KẾ HOẠCH
thực hiện phân cấp quản lý cán bộ
-----
""", f"""Thực hiện {QD15_23}; Hướng dẫn số 07-HD/BTCTU ngày 15/5/2023 của Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện Quy định số 15-QĐ/TU,
Ban Thường vụ Huyện ủy Tràng Định xây dựng Kế hoạch như sau:

{TH}
1\tQuán triệt Quy định trong toàn Đảng bộ huyện\tBan Tuyên giáo Huyện ủy\tThường xuyên
2\tRà soát, bổ sung danh mục chức danh\tBan Tổ chức Huyện ủy\tHằng năm

""" + SIGN_KT_BT)))

# UBND huyện Cao Lộc 88/KH-UBND (10/7/2023): one-cell header; the cited id broken across lines (`12/2023/` / `QĐ-UBND`)
w("ubh_cl_kh88_2023.txt", state_onecell("UBND HUYỆN CAO LỘC", "88/KH-UBND", "Cao Lộc, ngày 10 tháng 7 năm 2023", """KẾ HOẠCH
Triển khai phân cấp quản lý công chức, viên chức trên địa bàn huyện
""", """Thực hiện Quyết định số 12/2023/
QĐ-UBND ngày 15/6/2023 của UBND tỉnh ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức trên địa bàn tỉnh Lạng Sơn, UBND huyện Cao Lộc ban hành Kế hoạch như sau:
1. Phòng Nội vụ rà soát vị trí việc làm của các cơ quan chuyên môn (thường xuyên).
2. UBND thị trấn Đồng Đăng, thị trấn Cao Lộc và các xã rà soát công chức cấp xã (hằng năm).

""" + SIGN_UB))

# Huyện ủy Hữu Lũng 31-KH/HU (15/8/2023, CRLF, no `*` line): `Căn cứ Quy định số 15-QĐ/TU ngày 10/4/2018 …` five months after
# the 2023 Quy định replaced it (superseded-citation, planted)
w("hu_hl_kh31_2023.txt", party_nostar("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY HỮU LŨNG", "31-KH/HU", "Hữu Lũng, ngày 15 tháng 8 năm 2023", """KẾ HOẠCH
luân chuyển, điều động cán bộ giai đoạn 2023 - 2025
-----
""", f"""Căn cứ {QD15_18}; Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ,
Ban Thường vụ Huyện ủy Hữu Lũng xây dựng Kế hoạch như sau:

{TH}
1\tLuân chuyển cán bộ trong quy hoạch về cơ sở\tBan Tổ chức Huyện ủy\tHằng năm
2\tĐánh giá cán bộ sau luân chuyển\tBan Tổ chức Huyện ủy\tThường xuyên

""" + SIGN_BTV_BT), crlf=True)

# Ban Tổ chức Tỉnh ủy 09-HD/BTCTU (12/3/2024): appointment procedure; quotes an article of the replaced 2018 Quy định word
# for word to compare it with the 2023 one (a historical mention, not a basis)
w("btctu_hd09_2024a.txt", party("TỈNH ỦY LẠNG SƠN", "BAN TỔ CHỨC", "09-HD/BTCTU", "Lạng Sơn, ngày 12 tháng 3 năm 2024", """HƯỚNG DẪN
quy trình bổ nhiệm, bổ nhiệm lại cán bộ thuộc diện ban thường vụ huyện ủy, thành ủy quản lý
-----
""", f"""Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị; {QD15_23},
Ban Tổ chức Tỉnh ủy hướng dẫn như sau:

I. NHỮNG ĐIỂM MỚI VỀ THẨM QUYỀN
Điều 5 Quy định số 15-QĐ/TU ngày 10/4/2018 (khóa XVI) quy định: "Ban thường vụ huyện ủy, thành ủy quyết định bổ nhiệm trưởng phòng, phó trưởng phòng và tương đương thuộc huyện, thành phố." Điều 5 Quy định số 15-QĐ/TU ngày 20/3/2023 bổ sung thẩm quyền thống nhất nhân sự chủ tịch, phó chủ tịch ủy ban nhân dân cấp xã.

II. QUY TRÌNH
1. Bước 1: Ban tổ chức huyện ủy, thành ủy rà soát, đề xuất.
2. Bước 2: Ban thường vụ huyện ủy, thành ủy xem xét, quyết định.

""" + SIGN_BAN))

# Ủy ban Kiểm tra Tỉnh ủy 18-TB/UBKTTU (10/5/2024): inspection conclusion at Huyện ủy Lộc Bình; asks for a report by
# 30/6/2024 (met by 45-BC/HU of 25/6/2024)
w("ubkt_tb18_2024.txt", party("TỈNH ỦY LẠNG SƠN", "ỦY BAN KIỂM TRA", "18-TB/UBKTTU", "Lạng Sơn, ngày 10 tháng 5 năm 2024", """THÔNG BÁO
kết luận kiểm tra việc thực hiện Quy định về phân cấp quản lý cán bộ tại Ban Thường vụ Huyện ủy Lộc Bình
-----
""", f"""Thực hiện Chương trình kiểm tra, giám sát năm 2024, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra việc thực hiện {QD15_23} tại Ban Thường vụ Huyện ủy Lộc Bình. Ủy ban Kiểm tra Tỉnh ủy kết luận:
1. Ban Thường vụ Huyện ủy Lộc Bình cơ bản thực hiện đúng thẩm quyền được phân cấp.
2. Còn 02 trường hợp bổ nhiệm chưa đủ thời gian giữ ngạch.
Yêu cầu Ban Thường vụ Huyện ủy Lộc Bình chỉ đạo khắc phục, báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy trước ngày 30/6/2024.

""" + SIGN_UBKT))

# BTV Tỉnh ủy 32-QĐ/TU (15/5/2024): no `Số` line, `QUY ĐỊNH SỐ 32-QĐ/TU` in the title; amends 15-QĐ/TU of 2023, quoting its
# Điều 5 word for word (undated re-mention after the dated one)
w("tu_ls_qd32_2024.txt", party_notnum("ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY", "Lạng Sơn, ngày 15 tháng 5 năm 2024", """QUY ĐỊNH SỐ 32-QĐ/TU
sửa đổi, bổ sung một số điều của Quy định số 15-QĐ/TU ngày 20/3/2023
của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ
-----
""", f"""- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị,
Ban Thường vụ Tỉnh ủy quy định:

Điều 1. Sửa đổi, bổ sung một số điều của {QD15_23} như sau:
1. Điều 5 Quy định số 15-QĐ/TU quy định: "Ban thường vụ huyện ủy, thành ủy quyết định bổ nhiệm trưởng phòng, phó trưởng phòng và tương đương; thống nhất để cấp có thẩm quyền bổ nhiệm chủ tịch, phó chủ tịch ủy ban nhân dân cấp xã." nay sửa đổi như sau: "Ban thường vụ huyện ủy, thành ủy quyết định bổ nhiệm trưởng phòng, phó trưởng phòng và tương đương; quyết định giới thiệu nhân sự chủ tịch, phó chủ tịch ủy ban nhân dân cấp xã."
2. Bổ sung khoản 3 vào Điều 8: "Danh mục được rà soát hằng năm."
Điều 2. Quy định này có hiệu lực từ ngày ký.

""" + SIGN_BTV_PBT))

# Huyện ủy Lộc Bình 45-BC/HU (25/6/2024): answers 18-TB/UBKTTU but names it the Ban Tổ chức's (metadata-conflict, issuer,
# planted); cites 15-QĐ/TU as amended by 32-QĐ/TU
w("hu_lb_bc45_2024.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY LỘC BÌNH", "45-BC/HU", "Lộc Bình, ngày 25 tháng 6 năm 2024", """BÁO CÁO
kết quả khắc phục hạn chế sau kiểm tra
-----
""", f"""Thực hiện Thông báo số 18-TB/UBKTTU ngày 10/5/2024 của Ban Tổ chức Tỉnh ủy về kết luận kiểm tra việc thực hiện {QD15_23} (được sửa đổi, bổ sung tại Quy định số 32-QĐ/TU ngày 15/5/2024), Ban Thường vụ Huyện ủy Lộc Bình báo cáo như sau:
1. Đã rà soát lại 02 trường hợp bổ nhiệm chưa đủ điều kiện và thu hồi quyết định.
2. Đã chấn chỉnh Ban Tổ chức Huyện ủy trong thẩm định hồ sơ.

""" + SIGN_BTV_PBT))

# Ban Tổ chức Tỉnh ủy 09-HD/BTCTU again (20/8/2024, minified portal page): a second guidance with the same number in the
# same term (duplicate-identity, planted); plans to amend 07-HD/BTCTU in Quý IV/2024 — nothing amends it (overdue-plan, planted)
w("btctu_hd09_2024b.html", portal("Hướng dẫn 09-HD/BTCTU đánh giá cán bộ", ["TỈNH ỦY LẠNG SƠN", "BAN TỔ CHỨC", "*", "Số 09-HD/BTCTU"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lạng Sơn, ngày 20 tháng 8 năm 2024"], f"""HƯỚNG DẪN
đánh giá cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý sau bổ nhiệm
Căn cứ {QD15_23}; Quy định số 32-QĐ/TU ngày 15/5/2024 của Ban Thường vụ Tỉnh ủy sửa đổi, bổ sung một số điều của Quy định số 15-QĐ/TU,
Ban Tổ chức Tỉnh ủy hướng dẫn như sau:
I. ĐÁNH GIÁ CÁN BỘ SAU BỔ NHIỆM
Cán bộ được đánh giá sau 12 tháng giữ chức vụ.
II. TỔ CHỨC THỰC HIỆN
Ban Tổ chức Tỉnh ủy chủ trì sửa đổi, bổ sung Hướng dẫn số 07-HD/BTCTU ngày 25/4/2023 cho phù hợp với Quy định số 32-QĐ/TU, hoàn thành trong Quý IV/2024.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN""", minified=True, site="Ban Tổ chức Tỉnh ủy Lạng Sơn",
    footer="Ban Tổ chức Tỉnh ủy Lạng Sơn. Địa chỉ: đường Hùng Vương, phường Lương Văn Tri. Điện thoại: 0205.3812.706 - Fax: 0205.3812.707"))

# UBND huyện Bắc Sơn 56/KH-UBND (20/3/2024, portal page): implements 12/2023/QĐ-UBND before its replacement; recurring rows
w("ubh_bs_kh56_2024.html", portal("Kế hoạch 56/KH-UBND phân cấp quản lý công chức huyện Bắc Sơn", ["ỦY BAN NHÂN DÂN", "HUYỆN BẮC SƠN", "-------", "Số: 56/KH-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Sơn, ngày 20 tháng 3 năm 2024"], """KẾ HOẠCH
Thực hiện phân cấp quản lý công chức, viên chức năm 2024
Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 15/6/2023 của UBND tỉnh Lạng Sơn ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức trên địa bàn tỉnh Lạng Sơn, UBND huyện Bắc Sơn ban hành Kế hoạch như sau:
1. Rà soát, sắp xếp công chức cấp xã (thường xuyên).
2. Đánh giá, xếp loại công chức, viên chức (hằng năm).
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH""", site="huyện Bắc Sơn",
    footer="Cổng thông tin điện tử huyện Bắc Sơn. Điện thoại: 0205.3837.256"))

# Huyện ủy Bắc Sơn 30-BC/HU (20/11/2024, Markdown with YAML front matter): one-year review of 15-QĐ/TU; quotes the title of
# 32-QĐ/TU (`Sửa đổi, bổ sung một số điều của Quy định số 15-QĐ/TU …`); `03 kết quả sau:` + 3
w("hu_bs_bc30_2024.md", md_yaml([("so_hieu", "30-BC/HU"), ("co_quan", "Huyện ủy Bắc Sơn"), ("ngay", "20/11/2024")], f"""**ĐẢNG BỘ TỈNH LẠNG SƠN**
**HUYỆN ỦY BẮC SƠN**
\\*
Số 30-BC/HU

**ĐẢNG CỘNG SẢN VIỆT NAM**
*Bắc Sơn, ngày 20 tháng 11 năm 2024*

# BÁO CÁO
## Sơ kết 01 năm thực hiện {QD15_23}

Ngày 15/5/2024, Ban Thường vụ Tỉnh ủy ban hành Quy định số 32-QĐ/TU "Sửa đổi, bổ sung một số điều của {QD15_23}"; Ban Thường vụ Huyện ủy đã quán triệt kịp thời.

Sau một năm, Đảng bộ huyện đạt 03 kết quả sau:
1. 100% chi bộ, đảng bộ cơ sở được quán triệt Quy định.
2. Bổ nhiệm 14 trưởng, phó phòng đúng thẩm quyền.
3. Không có trường hợp bổ nhiệm sai quy trình.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
"""))

# ====================================================================== 2025: abolition of the districts
# BTV Tỉnh ủy 41-QĐ/TU (25/6/2025, HTML with the header as two <div> columns): repeals Điều 7 and Điều 8 of 15-QĐ/TU from
# 01/7/2025 (a partial repeal: the Quy định stays in force)
w("tu_ls_qd41_2025.html", html_divs("Quy định 41-QĐ/TU bãi bỏ một số điều của Quy định 15-QĐ/TU",
    ["ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY", "*", "Số 41-QĐ/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lạng Sơn, ngày 25 tháng 6 năm 2025"], f"""QUY ĐỊNH
bãi bỏ một số điều của Quy định về phân cấp quản lý cán bộ
Căn cứ Điều lệ Đảng; căn cứ chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp,
Ban Thường vụ Tỉnh ủy quy định:
Điều 1. Bãi bỏ Điều 7 và Điều 8 của {QD15_23} (đã được sửa đổi, bổ sung tại Quy định số 32-QĐ/TU ngày 15/5/2024) kể từ ngày 01/7/2025.
Điều 2. Các điều khác của Quy định số 15-QĐ/TU tiếp tục có hiệu lực.
T/M BAN THƯỜNG VỤ
BÍ THƯ""", "Trang thông tin điện tử Đảng bộ tỉnh Lạng Sơn. Điện thoại: 0205.3812.706"))

# UBND tỉnh 25/2025/QĐ-UBND (28/8/2025, pdftotext -layout): replaces 12/2023/QĐ-UBND from 10/9/2025
w("ubnd_qd25_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "25/2025/QĐ-UBND", "Lạng Sơn, ngày 28 tháng 8 năm 2025", """QUYẾT ĐỊNH
Ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức
trong các cơ quan hành chính tỉnh Lạng Sơn sau sắp xếp đơn vị hành chính
ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
""", """Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;
Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ quy định về cán bộ, công chức cấp xã;
Theo đề nghị của Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức.
Điều 2. Quyết định này có hiệu lực từ ngày 10 tháng 9 năm 2025 và thay thế Quyết định số 12/2023/QĐ-UBND ngày 15/6/2023 của UBND tỉnh Lạng Sơn.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này.

""" + SIGN_UB_CT)))

# ====================================================================== after 1/7/2025: communes and wards
# Đảng ủy phường Lương Văn Tri 03-NQ/ĐU and UBND phường Lương Văn Tri 27/KH-UBND, both 20/9/2025, rest on one another
# (cycle, planted); the ward cites the former Thành ủy Lạng Sơn's 15-QĐ/ThU and 08-KH/ThU by the old name
w("du_lvt_nq03_2025.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG ỦY PHƯỜNG LƯƠNG VĂN TRI", "03-NQ/ĐU", "Lương Văn Tri, ngày 20 tháng 9 năm 2025", """NGHỊ QUYẾT
về bố trí, sắp xếp cán bộ, công chức phường sau sắp xếp đơn vị hành chính
-----
""", """Căn cứ Kế hoạch số 27/KH-UBND ngày 20/9/2025 của UBND phường Lương Văn Tri về bố trí, sắp xếp cán bộ, công chức phường; Quy định số 15-QĐ/ThU ngày 12/6/2023 của Ban Thường vụ Thành ủy Lạng Sơn (cũ) về phân cấp quản lý cán bộ,
Đảng ủy phường quyết nghị:
1. Hoàn thành bố trí cán bộ, công chức phường trong năm 2025.
2. Định kỳ hằng năm đánh giá, bố trí lại cán bộ theo vị trí việc làm.

""" + SIGN_DU))

w("ubp_lvt_kh27_2025.md", md_headings(["# ỦY BAN NHÂN DÂN", "# PHƯỜNG LƯƠNG VĂN TRI", "Số: 27/KH-UBND"],
                                      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Lương Văn Tri, ngày 20 tháng 9 năm 2025*"]) + """## KẾ HOẠCH

**Bố trí, sắp xếp cán bộ, công chức phường sau sắp xếp đơn vị hành chính**

Thực hiện Nghị quyết số 03-NQ/ĐU ngày 20/9/2025 của Đảng ủy phường Lương Văn Tri; kế thừa Kế hoạch số 08-KH/ThU ngày 12/5/2022 của Ban Thường vụ Thành ủy Lạng Sơn (cũ), UBND phường ban hành Kế hoạch như sau:

| TT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Bố trí công chức theo vị trí việc làm | Văn phòng HĐND và UBND phường | Thường xuyên |
| 2 | Đánh giá, xếp loại công chức | Văn phòng HĐND và UBND phường | Hằng năm |

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
""")

# Đảng ủy xã Đồng Đăng 12-KH/ĐU (15/10/2025): the same number as the former Huyện ủy Cao Lộc's 12-KH/HU, which it continues
# by the old name; cites 15-QĐ/TU after its partial repeal (still in force)
w("du_dd_kh12_2025.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG ỦY XÃ ĐỒNG ĐĂNG", "12-KH/ĐU", "Đồng Đăng, ngày 15 tháng 10 năm 2025", """KẾ HOẠCH
thực hiện công tác cán bộ của Đảng bộ xã nhiệm kỳ 2025 - 2030
-----
""", f"""Căn cứ {QD15_23} (được sửa đổi, bổ sung tại Quy định số 32-QĐ/TU ngày 15/5/2024; Điều 7, Điều 8 đã được bãi bỏ tại Quy định số 41-QĐ/TU ngày 25/6/2025); tiếp tục thực hiện Kế hoạch số 12-KH/HU ngày 05/5/2023 của Huyện ủy Cao Lộc (cũ),
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
1. Rà soát, bổ sung quy hoạch cán bộ xã (hằng năm).
2. Bố trí cán bộ theo vị trí việc làm (thường xuyên).

""" + SIGN_DU))

# UBND tỉnh 03/2026/QĐ-UBND (20/01/2026, .docx): its numbered list of replaced documents includes 12/2023/QĐ-UBND, already
# replaced by 25/2025/QĐ-UBND (inverse-inconsistency, planted)
docx("ubnd_qd03_2026.docx", [
    "QUYẾT ĐỊNH",
    "Ban hành Quy định về tuyển dụng, sử dụng và quản lý công chức cấp xã trên địa bàn tỉnh Lạng Sơn",
    "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    ["Căn cứ Quyết định số 25/", "2025/QĐ-UBND ngày 28/8/2025 của UBND tỉnh ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức;"],
    "Theo đề nghị của Giám đốc Sở Nội vụ.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về tuyển dụng, sử dụng và quản lý công chức cấp xã.",
    "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 02 năm 2026 và thay thế các văn bản sau:",
    "1. Quyết định số 18/2021/QĐ-UBND ngày 10/5/2021 của UBND tỉnh ban hành Quy định tuyển dụng công chức cấp xã;",
    "2. Quyết định số 12/2023/QĐ-UBND ngày 15/6/2023 của UBND tỉnh ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức.",
    "Điều 3. Giám đốc Sở Nội vụ, Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "-------", "Số: 03/2026/QĐ-UBND"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Lạng Sơn, ngày 20 tháng 01 năm 2026"]))

# Sở Nội vụ 45/KH-SNV (10/02/2026, pdftotext -layout): `Căn cứ Quyết định số 12/2023/QĐ-UBND …` replaced from 10/9/2025
# (superseded-citation, planted); row 1 plans to amend 25/2025/QĐ-UBND by Tháng 6/2026 — nothing amends it (overdue-plan,
# planted); the xã, phường obligation met by xã Hữu Lũng and xã Đồng Đăng
w("snv_kh45_2026.txt", layout(state_cols("UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", "45/KH-SNV", "Lạng Sơn, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
Thực hiện công tác quản lý cán bộ, công chức cấp xã năm 2026
""", f"""Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 15/6/2023 của UBND tỉnh ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức;
Căn cứ Quyết định số 03/2026/QĐ-UBND ngày 20/01/2026 của UBND tỉnh;
Sở Nội vụ xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
{TH}
1\tTham mưu UBND tỉnh sửa đổi, bổ sung Quyết định số 25/2025/QĐ-UBND ngày 28/8/2025 cho phù hợp với mô hình chính quyền địa phương hai cấp\tPhòng Công chức, viên chức\tTháng 6/2026
2\tHướng dẫn UBND các xã, phường rà soát vị trí việc làm\tPhòng Tổ chức, biên chế\tThường xuyên
3\tBồi dưỡng công chức cấp xã\tPhòng Công chức, viên chức\tHằng năm
4\tTổng kết thực hiện Kế hoạch này\tVăn phòng Sở\tTháng 12/2026

II. TỔ CHỨC THỰC HIỆN
UBND các xã, phường xây dựng kế hoạch thực hiện Kế hoạch này.

""" + SIGN_SO)))

# UBND xã Hữu Lũng 14/KH-UBND (10/3/2026): `Căn cứ Quy định số 15-QĐ/TU của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ`
# with no date — the 2018 and 2023 Quy định both fit (ambiguous-id, planted); continues the former Huyện ủy Hữu Lũng's plan
w("ubx_hl_kh14_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ HỮU LŨNG", "14/KH-UBND", "Hữu Lũng, ngày 10 tháng 3 năm 2026", """KẾ HOẠCH
Quản lý cán bộ, công chức xã năm 2026
""", """Thực hiện Kế hoạch số 45/KH-SNV ngày 10/02/2026 của Sở Nội vụ tỉnh Lạng Sơn; căn cứ Quy định số 15-QĐ/TU của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ; kế thừa Kế hoạch số 31-KH/HU ngày 15/8/2023 của Huyện ủy Hữu Lũng (cũ),
UBND xã Hữu Lũng ban hành Kế hoạch như sau:
1. Rà soát công chức theo vị trí việc làm (thường xuyên).
2. Cử công chức đi bồi dưỡng (hằng năm).

""" + SIGN_UB))

# UBND xã Đồng Đăng 33/KH-UBND (20/3/2026): meets 45/KH-SNV's obligation; `điều chỉnh dự toán kinh phí` (revises no
# document); `thay thế` as an ordinary word; the former UBND huyện Cao Lộc's 88/KH-UBND by its old name
w("ubx_dd_kh33_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ ĐỒNG ĐĂNG", "33/KH-UBND", "Đồng Đăng, ngày 20 tháng 3 năm 2026", """KẾ HOẠCH
Quản lý, sử dụng cán bộ, công chức xã năm 2026
""", """Thực hiện Kế hoạch số 45/KH-SNV ngày 10/02/2026 của Sở Nội vụ; Kế hoạch số 12-KH/ĐU ngày 15/10/2025 của Đảng ủy xã Đồng Đăng; kế thừa Kế hoạch số 88/KH-UBND ngày 10/7/2023 của UBND huyện Cao Lộc (cũ),
UBND xã Đồng Đăng ban hành Kế hoạch như sau:
1. Kịp thời bố trí công chức thay thế các trường hợp nghỉ hưu, nghỉ theo chế độ (thường xuyên).
2. Trên cơ sở Kế hoạch số 45/KH-SNV, UBND xã điều chỉnh dự toán kinh phí đào tạo, bồi dưỡng cán bộ năm 2026 từ 120 triệu đồng lên 180 triệu đồng.
3. Đánh giá, xếp loại công chức (hằng năm).

""" + SIGN_UB_CT))

# BTV Tỉnh ủy 12-KL/TU (15/4/2026, khóa XVIII): after three years of 15-QĐ/TU; proposes a new Quy định replacing it by
# Quý IV/2026 (planned, not due); `04 nội dung sau:` + 4; `Kết luận này`
w("tu_ls_kl12_2026.txt", party("ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY", "12-KL/TU", "Lạng Sơn, ngày 15 tháng 4 năm 2026", """KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về công tác cán bộ sau sắp xếp tổ chức bộ máy
-----
""", f"""Thực hiện Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị; sau 03 năm thực hiện {QD15_23} (khóa XVII), Ban Thường vụ Tỉnh ủy (khóa XVIII) thống nhất 04 nội dung sau:
1. Việc phân cấp quản lý cán bộ cơ bản đúng quy định.
2. Giao Ban Tổ chức Tỉnh ủy tham mưu xây dựng Quy định mới thay thế {QD15_23}, hoàn thành trong Quý IV/2026.
3. Các đảng ủy xã, phường thực hiện thường xuyên việc rà soát quy hoạch cán bộ.
4. Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện Kết luận này hằng năm.

""" + SIGN_BTV_BT))

# Sở Nội vụ 112/BC-SNV (15/9/2026): review of 45/KH-SNV; narrates 25/2025 replacing 12/2023; quotes the title of a draft
# amending 25/2025; proposes to replace 03/2026; `03 kết quả sau:` + 3
w("snv_bc112_2026.txt", state("UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", "112/BC-SNV", "Lạng Sơn, ngày 15 tháng 9 năm 2026", """BÁO CÁO
Sơ kết 9 tháng thực hiện Kế hoạch số 45/KH-SNV ngày 10/02/2026
""", """I. KẾT QUẢ
Sau 9 tháng, việc thực hiện Kế hoạch đạt 03 kết quả sau:
1. Các xã Đồng Đăng (Kế hoạch số 33/KH-UBND ngày 20/3/2026) và Hữu Lũng (Kế hoạch số 14/KH-UBND ngày 10/3/2026) đã ban hành kế hoạch thực hiện.
2. Từ ngày 10/9/2025, Quyết định số 25/2025/QĐ-UBND ngày 28/8/2025 của UBND tỉnh thay thế Quyết định số 12/2023/QĐ-UBND; các xã, phường đã áp dụng thống nhất.
3. Sở đã hoàn thành dự thảo Quyết định "Sửa đổi, bổ sung một số điều của Quyết định số 25/2025/QĐ-UBND ngày 28/8/2025 của UBND tỉnh", đang lấy ý kiến các sở, ngành.

II. KIẾN NGHỊ
Đề nghị UBND tỉnh xem xét thay thế Quyết định số 03/2026/QĐ-UBND ngày 20/01/2026 bằng một quyết định chung về quản lý công chức cấp xã.

""" + SIGN_SO_GD))
