#!/usr/bin/env python3
"""Red team round 34: the national target programme for new rural development (Chương trình mục tiêu quốc gia xây dựng
nông thôn mới 2021-2025, 263/QĐ-TTg) in tỉnh Quảng Nam, 2021-2026 — a province merged on 1/7/2025 into the centrally-run
city of Đà Nẵng (the new unit keeps the name `thành phố Đà Nẵng`; its Party committee is `Thành ủy Đà Nẵng`), its
districts abolished, its communes and wards merged (some keep a former district's name: xã Thăng Bình, xã Duy Xuyên,
phường Điện Bàn). Bodies: Tỉnh ủy Quảng Nam (12-NQ/TU 2021, 15-KH/TU 2022, 09-NQ/TU 2022, 610-KL/TU 2024), Ban Tuyên giáo
(45-KH/BTGTU), Ban Dân vận (07-HD/BDVTU); Thành ủy Tam Kỳ (15-KH/TU 2022, a city-level committee under the Tỉnh ủy);
Huyện ủy Thăng Bình (12-KH/HU), Duy Xuyên (08-KH/HU), Núi Thành (20-KH/HU), Quế Sơn (31-KH/HU); HĐND tỉnh (08/2022,
15/2024/NQ-HĐND; 25/NQ-HĐND of 2022 and of 2023); UBND tỉnh (2310/QĐ-UBND, 20/2022, 35/2025/QĐ-UBND, 1520/KH-UBND);
Văn phòng Điều phối NTM (06/KH-VPĐP twice in 2023); UBND huyện Đại Lộc (185), Tiên Phước (96), Thăng Bình (56), thị xã
Điện Bàn (210/KH-UBND); pre-merger Thành ủy Đà Nẵng (09-NQ/TU 2022, 12-NQ/TU 2023); after 1/7/2025 Thành ủy Đà Nẵng
(05-KH/TU), HĐND thành phố (07/2026/NQ-HĐND), UBND thành phố (04/2026/QĐ-UBND, letter 4125/UBND-NNMT), Sở Nông nghiệp và
Môi trường (45/KH-SNNMT, 318/SNNMT-PTNT, 260/BC-SNNMT), Đảng ủy and UBND phường Điện Bàn (04-NQ/ĐU, 31/KH-UBND), UBND xã
Thăng Bình (56/KH-UBND), xã Duy Xuyên (14/KH-UBND), xã Núi Thành (number blank); Bộ Nông nghiệp và Môi trường
(1820/QĐ-BNNMT).
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented.
Header helpers copied from RedTeam33/gen.py (`party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`, and round 33's `state_onecell`, `portal_rowspan`, `md_yaml`, `docx_fn`, `ocr`; site
names, addresses and phone numbers changed; `portal` takes a footer; `state_blank` now leaves spaces: `Số:       /KH-UBND`)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Quảng Nam", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND tỉnh Quảng Nam. Địa chỉ: số 62 đường Hùng Vương, tỉnh Quảng Nam. Điện thoại: 0235.3811.206 - Fax: 0235.3811.207') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Quảng Nam - Điện thoại: 0235.3852.118 - Fax: 0235.3852.119</div>\n</body></html>')







# ---------------------------------------------------------------- header shapes new in round 34
def state_onecell(org, num, place, title, body=""):
    """A district UBND header written in one cell: `UBND HUYỆN THĂNG BÌNH`, the province line missing."""
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
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử tỉnh Quảng Nam</title></head>\n<body>\n'
            '<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM</div>\n'
            '<table class="vb-head" border="0">\n'
            f'<tr><td rowspan="2" align="center"><b>{html.escape(org1)}</b><br><b>{html.escape(org2)}</b><br>-------</td>'
            '<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>\n'
            f'<tr><td align="right"><i>{html.escape(place)}</i></td></tr>\n'
            f'<tr><td align="center">Số: {html.escape(num)}</td><td></td></tr>\n'
            '</table>\n' + ps +
            '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Quảng Nam. Điện thoại: 0235.3811.206</div>\n</body></html>')


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




SIGN_TU = """\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_BTV = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_HU = """\t\t\t\t\tT/M HUYỆN ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_TP = """\t\t\t\t\tT/M THÀNH ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_DU = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_CT = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""
SIGN_UB_TL = """\t\t\t\t\tTL. CHỦ TỊCH
\t\t\t\t\tCHÁNH VĂN PHÒNG"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_SO_Q = """\t\t\t\t\tQ. GIÁM ĐỐC"""
SIGN_VP = """\t\t\t\t\tCHÁNH VĂN PHÒNG"""

LAWS_2015 = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"""
LAWS_2025 = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"""
NTM = "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"
QD263 = f"Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt {NTM}"


# ====================================================================== Party, Quảng Nam, 2021-2024
# Tỉnh ủy Quảng Nam 12-NQ/TU (15/10/2021): the province's resolution on new rural development; obligations met by the
# huyện ủy, thị ủy, thành ủy, the Ban Tuyên giáo, the Ban Dân vận; the Hội Nông dân's plan never comes (unmet-obligation, planted)
w("tu_qn_nq12_2021.txt", party("ĐẢNG BỘ TỈNH QUẢNG NAM", "TỈNH ỦY", "12-NQ/TU", "Quảng Nam, ngày 15 tháng 10 năm 2021", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh khóa XXII về xây dựng nông thôn mới giai đoạn 2021 - 2025
-----
""", f"""Căn cứ Nghị quyết số 25/2021/QH15 ngày 28/7/2021 của Quốc hội phê duyệt chủ trương đầu tư {NTM};
Ban Chấp hành Đảng bộ tỉnh quyết nghị:

I. MỤC TIÊU
Đến năm 2025, có ít nhất 70% số xã đạt chuẩn nông thôn mới; thêm 04 huyện đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng nông thôn mới.

II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao chất lượng các tiêu chí đã đạt, nhất là tiêu chí thu nhập và môi trường.
2. Phát triển sản phẩm OCOP gắn với du lịch nông thôn vùng Đông.
3. Ưu tiên nguồn lực cho các xã miền núi phía Tây.

III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện Nghị quyết này.
2. Ban Tuyên giáo Tỉnh ủy xây dựng kế hoạch tuyên truyền Nghị quyết.
3. Ban Dân vận Tỉnh ủy ban hành hướng dẫn công tác dân vận trong xây dựng nông thôn mới.
4. Hội Nông dân tỉnh xây dựng kế hoạch vận động hội viên nông dân tham gia xây dựng nông thôn mới.
5. Nghị quyết này được phổ biến đến chi bộ.

""" + SIGN_TU))

# Ban Tuyên giáo Tỉnh ủy 45-KH/BTGTU (10/11/2021): propaganda plan (met obligation); Markdown table header; `02 nội dung sau:` + 2
w("btg_qn_kh45_2021.md", md_hdr(["**ĐẢNG BỘ TỈNH QUẢNG NAM**", "**BAN TUYÊN GIÁO**", "*", "Số 45-KH/BTGTU"],
  ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Quảng Nam, ngày 10 tháng 11 năm 2021*"]) + """
# KẾ HOẠCH
## Tuyên truyền Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh

Thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XXII về xây dựng nông thôn mới giai đoạn 2021 - 2025, Ban Tuyên giáo Tỉnh ủy xây dựng Kế hoạch tuyên truyền như sau:

**I. NỘI DUNG TUYÊN TRUYỀN**

Tập trung tuyên truyền 02 nội dung sau:

1. Mục tiêu, nhiệm vụ của Nghị quyết và phong trào "Quảng Nam chung sức xây dựng nông thôn mới".
2. Các mô hình khu dân cư kiểu mẫu, vườn mẫu ở Duy Xuyên, Điện Bàn, Thăng Bình.

**II. TỔ CHỨC THỰC HIỆN**

Ban tuyên giáo các huyện ủy, thị ủy, thành ủy triển khai thực hiện thường xuyên.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
""")

# Ban Dân vận Tỉnh ủy 07-HD/BDVTU (15/01/2022): guidance (met obligation); a minified portal page
w("bdv_qn_hd07_2022.html", portal("Hướng dẫn 07-HD/BDVTU", ["ĐẢNG BỘ TỈNH QUẢNG NAM", "BAN DÂN VẬN", "*", "Số 07-HD/BDVTU"],
  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Nam, ngày 15 tháng 01 năm 2022"], """HƯỚNG DẪN
công tác dân vận trong xây dựng nông thôn mới thực hiện Nghị quyết số 12-NQ/TU
Thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới giai đoạn 2021 - 2025, Ban Dân vận Tỉnh ủy hướng dẫn như sau:
1. Vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn.
2. Phát huy vai trò của Mặt trận và các đoàn thể trong giám sát công trình.
3. Ban dân vận các huyện ủy, thị ủy, thành ủy triển khai Hướng dẫn này.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN""", minified=True))

# Huyện ủy Thăng Bình 12-KH/HU (25/11/2021): implements 12-NQ/TU (the same number as the Tỉnh ủy's resolution, other type);
# `05 nhóm giải pháp sau:` + 4 items (count-mismatch, planted)
w("hu_tb_kh12_2021.txt", party("ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY THĂNG BÌNH", "12-KH/HU", "Thăng Bình, ngày 25 tháng 11 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh
-----
""", """Thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XXII về xây dựng nông thôn mới giai đoạn 2021 - 2025, Ban Thường vụ Huyện ủy Thăng Bình ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa Nghị quyết phù hợp với điều kiện của huyện; phấn đấu huyện đạt chuẩn nông thôn mới năm 2024.

II. GIẢI PHÁP
Ban Thường vụ Huyện ủy xác định 05 nhóm giải pháp sau:
1. Dồn điền đổi thửa, phát triển cánh đồng lớn ở vùng Đông.
2. Phát triển làng nghề, sản phẩm OCOP ven sông Trường Giang.
3. Huy động nguồn lực xã hội hóa xây dựng hạ tầng.
4. Nâng cao chất lượng môi trường nông thôn.

III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện; định kỳ hằng năm báo cáo Ban Thường vụ Huyện ủy.

""" + SIGN_HU))

# Huyện ủy Duy Xuyên 08-KH/HU (05/01/2022): pdftotext -layout, `kinh tế -` / `xã hội` broken across lines; the cited id broken
# across lines (`12-NQ/` / `TU`)
w("hu_dx_kh08_2022.txt", layout(party_cols("ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY DUY XUYÊN", "08-KH/HU", "Duy Xuyên, ngày 05 tháng 01 năm 2022", """                                  KẾ HOẠCH
            thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới
                gắn với phát triển kinh tế -
                xã hội vùng cát ven biển
""", """Thực hiện Nghị quyết số 12-NQ/
TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XXII về xây dựng nông thôn mới giai đoạn 2021 - 2025,
Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Gắn xây dựng nông thôn mới với phát triển kinh tế -
xã hội vùng cát và du lịch sinh thái rừng dừa.

II. NHIỆM VỤ
1. Lãnh đạo xây dựng khu dân cư kiểu mẫu (thực hiện thường xuyên).
2. Chỉ đạo nâng cao tiêu chí môi trường, an toàn thực phẩm (hằng năm).

III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện Kế hoạch này.

""" + SIGN_HU)))

# Ban Thường vụ Tỉnh ủy 15-KH/TU (10/3/2022): plan implementing 263/QĐ-TTg and 12-NQ/TU; recurring rows only (layout)
w("tu_qn_kh15_2022.txt", layout(party_cols("ĐẢNG BỘ TỈNH QUẢNG NAM", "TỈNH ỦY", "15-KH/TU", "Quảng Nam, ngày 10 tháng 3 năm 2022", """                                  KẾ HOẠCH
           lãnh đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới
""", f"""Thực hiện {QD263};
Căn cứ Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XXII, Ban Thường vụ
Tỉnh ủy ban hành Kế hoạch như sau:

TT    Nội dung                                                     Đơn vị chủ trì                 Thời gian
1     Giám sát việc huy động nguồn lực tại các huyện               Ủy ban Kiểm tra Tỉnh ủy        Hằng năm
2     Kiểm tra việc quán triệt Nghị quyết ở chi bộ thôn            Ban Tổ chức Tỉnh ủy            Thường xuyên

Kế hoạch số 15-KH/TU được gửi các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.

""" + SIGN_BTV)))

# Thành ủy Tam Kỳ 15-KH/TU (28/3/2022): a city-level committee under the Tỉnh ủy, `NN-KH/TU` like the Tỉnh ủy; it cites the
# Tỉnh ủy's own 15-KH/TU (same number, other body) and 12-NQ/TU
w("tu_tk_kh15_2022.txt", party("ĐẢNG BỘ TỈNH QUẢNG NAM", "THÀNH ỦY TAM KỲ", "15-KH/TU", "Tam Kỳ, ngày 28 tháng 3 năm 2022", """KẾ HOẠCH
thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy về xây dựng nông thôn mới
-----
""", """Thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XXII và Kế hoạch số 15-KH/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy lãnh đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Ban Thường vụ Thành ủy Tam Kỳ ban hành Kế hoạch như sau:

I. MỤC TIÊU
Xã Tam Thăng, Tam Phú, Tam Ngọc đạt chuẩn nông thôn mới nâng cao; xây dựng mô hình nông nghiệp đô thị.

II. NHIỆM VỤ
1. Chỉ đạo phát triển vùng rau an toàn, hoa cây cảnh (thực hiện thường xuyên).
2. Lãnh đạo duy trì, nâng chất các tiêu chí đã đạt (hằng năm).

III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở quán triệt Kế hoạch này; định kỳ báo cáo Ban Thường vụ Thành ủy.

""" + SIGN_TP))

# Huyện ủy Núi Thành 20-KH/HU (01/3/2022): `Thực hiện Kế hoạch số 15-KH/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy` — nine
# days later than the plan itself (temporal, planted); OCR-like diacritics on a few words
w("hu_nt_kh20_2022.txt", ocr(party("ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY NÚI THÀNH", "20-KH/HU", "Núi Thành, ngày 01 tháng 3 năm 2022", """KẾ HOẠCH
lãnh đạo xây dựng nông thôn mới giai đoạn 2021 - 2025
-----
""", """Thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XXII và Kế hoạch số 15-KH/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy Núi Thành ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Gắn xây dựng nông thôn mới với phát triển khu kinh tế mở Chu Lai; chú trọng các xã ven biển.

II. NHIỆM VỤ
1. Lãnh đạo phát triển nghề cá, chế biến thủy sản (hằng năm).
2. Chỉ đạo di dời, bố trí tái định cư gắn với xây dựng nông thôn mới (thực hiện thường xuyên).

III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện Kế hoạch này.

""" + SIGN_HU), [("Gắn xây dựng", "Gắn xâv dưng"), ("chế biến thủy sản", "chế bíến thuỷ sãn"), ("tái định cư", "tái đinh cu")]))

# Huyện ủy Quế Sơn 31-KH/HU (20/4/2022, CRLF): cites 07-HD/BDVTU as the Ban Tuyên giáo's (metadata-conflict, issuer, planted)
w("hu_qs_kh31_2022.txt", party("ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY QUẾ SƠN", "31-KH/HU", "Quế Sơn, ngày 20 tháng 4 năm 2022", """KẾ HOẠCH
thực hiện công tác dân vận trong xây dựng nông thôn mới
-----
""", """Thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới giai đoạn 2021 - 2025;
Căn cứ Hướng dẫn số 07-HD/BDVTU ngày 15/01/2022 của Ban Tuyên giáo Tỉnh ủy về công tác dân vận trong xây dựng nông thôn mới,
Ban Thường vụ Huyện ủy Quế Sơn xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
1. Vận động Nhân dân các xã Quế Xuân, Quế Phú hiến đất làm đường (thực hiện thường xuyên).
2. Biểu dương gương điển hình trong phong trào thi đua (hằng năm).

II. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện Kế hoạch này.

""" + SIGN_HU), crlf=True)

# Tỉnh ủy Quảng Nam 09-NQ/TU (20/12/2022) and Thành ủy Đà Nẵng 09-NQ/TU (20/12/2022): same number, same day, two committees
w("tu_qn_nq09_2022.txt", party("ĐẢNG BỘ TỈNH QUẢNG NAM", "TỈNH ỦY", "09-NQ/TU", "Quảng Nam, ngày 20 tháng 12 năm 2022", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp sinh thái, nông thôn hiện đại, nông dân văn minh
-----
""", """Ban Chấp hành Đảng bộ tỉnh quyết nghị:
1. Phát triển vùng nguyên liệu dược liệu Sâm Ngọc Linh và quế Trà My.
2. Xây dựng thương hiệu nông sản gắn với du lịch Hội An, Mỹ Sơn.
3. Nghị quyết số 09-NQ/TU này được quán triệt đến chi bộ.

""" + SIGN_TU))
w("tu_dn_nq09_2022.txt", party("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "THÀNH ỦY", "09-NQ/TU", "Đà Nẵng, ngày 20 tháng 12 năm 2022", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ thành phố về phát triển nông nghiệp đô thị, sinh thái huyện Hòa Vang
-----
""", """Ban Chấp hành Đảng bộ thành phố quyết nghị:
1. Phát triển nông nghiệp công nghệ cao ở Hòa Vang gắn với du lịch sinh thái Bà Nà.
2. Nghị quyết này được quán triệt đến chi bộ.

""" + SIGN_TP))

# Thành ủy Đà Nẵng 12-NQ/TU (20/4/2023): the same number as Quảng Nam's 12-NQ/TU of 2021
w("tu_dn_nq12_2023.txt", party("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "THÀNH ỦY", "12-NQ/TU", "Đà Nẵng, ngày 20 tháng 4 năm 2023", """NGHỊ QUYẾT
của Ban Thường vụ Thành ủy về xây dựng huyện Hòa Vang đạt chuẩn nông thôn mới nâng cao
-----
""", """Căn cứ Nghị quyết số 09-NQ/TU ngày 20/12/2022 của Ban Chấp hành Đảng bộ thành phố,
Ban Thường vụ Thành ủy quyết nghị:
1. Phấn đấu huyện Hòa Vang đạt chuẩn nông thôn mới nâng cao.
2. Nghị quyết này được phổ biến đến chi bộ.

""" + SIGN_TP))


# ====================================================================== HĐND and UBND tỉnh Quảng Nam, 2022-2025
# HĐND tỉnh 08/2022/NQ-HĐND (15/7/2022): normative, support levels; a Word-exported portal page
w("hdnd_nq08_2022.html", html_spans("Nghị quyết 08/2022/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NAM", "-------", "Số: 08/2022/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Quảng Nam, ngày 15 tháng 7 năm 2022"], f"""NGHỊ QUYẾT
Quy định mức hỗ trợ từ ngân sách nhà nước thực hiện {NTM} trên địa bàn tỉnh Quảng Nam
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM
KHÓA X, KỲ HỌP THỨ SÁU
{LAWS_2015}
Căn cứ Nghị quyết số 25/2021/QH15 ngày 28/7/2021 của Quốc hội phê duyệt chủ trương đầu tư {NTM};
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;
Căn cứ {QD263};
QUYẾT NGHỊ:
Điều 1. Quy định mức hỗ trợ xây dựng đường giao thông nông thôn, kênh mương nội đồng, nhà văn hóa thôn.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày 25 tháng 7 năm 2022.
CHỦ TỊCH"""))

# HĐND tỉnh 25/NQ-HĐND (22/4/2022) and 25/NQ-HĐND (19/4/2023): numbers restart every year; both allocate capital
w("hdnd_nq25_2022.html", portal("Nghị quyết 25/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NAM", "-------", "Số: 25/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Nam, ngày 22 tháng 4 năm 2022"], f"""NGHỊ QUYẾT
Phân bổ kế hoạch vốn ngân sách trung ương năm 2022 thực hiện {NTM}
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM
{LAWS_2015}
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;
Căn cứ {QD263};
QUYẾT NGHỊ:
Điều 1. Phân bổ kế hoạch vốn năm 2022 cho các huyện, thị xã, thành phố theo Phụ lục kèm theo.
Điều 2. Nghị quyết này có hiệu lực từ ngày thông qua.
CHỦ TỊCH"""))
w("hdnd_nq25_2023.html", portal_rowspan("Nghị quyết 25/NQ-HĐND", "HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NAM", "25/NQ-HĐND", "Quảng Nam, ngày 19 tháng 4 năm 2023", f"""NGHỊ QUYẾT
Phân bổ kế hoạch vốn ngân sách trung ương năm 2023 thực hiện {NTM}
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM
{LAWS_2015}
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;
Căn cứ Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh;
QUYẾT NGHỊ:
Điều 1. Phân bổ kế hoạch vốn năm 2023 cho các huyện, thị xã, thành phố theo Phụ lục kèm theo.
Điều 2. Nghị quyết này có hiệu lực từ ngày thông qua.
CHỦ TỊCH"""))

# HĐND tỉnh 15/2024/NQ-HĐND (10/7/2024): amends 08/2022 (enacted; meets 610-KL/TU's planned amendment)
w("hdnd_nq15_2024.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NAM", "15/2024/NQ-HĐND", "Quảng Nam, ngày 10 tháng 7 năm 2024", f"""NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM
KHÓA X, KỲ HỌP THỨ HAI MƯƠI
""", f"""{LAWS_2015}
Căn cứ Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP;
Thực hiện Kết luận số 610-KL/TU ngày 12/6/2024 của Ban Thường vụ Tỉnh ủy;
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh như sau:
1. Sửa đổi khoản 2 Điều 1: nâng mức hỗ trợ bê tông hóa đường thôn lên 70%.
Điều 2. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2024.

""" + SIGN_HD))

# UBND tỉnh 2310/QĐ-UBND (05/9/2022): criteria for communes; repealed by 35/2025 from 15/5/2025
w("ubnd_qd2310_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "2310/QĐ-UBND", "Quảng Nam, ngày 05 tháng 9 năm 2022", """QUYẾT ĐỊNH
Ban hành Bộ tiêu chí xã nông thôn mới tỉnh Quảng Nam giai đoạn 2022 - 2025
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
""", f"""{LAWS_2015}
Căn cứ {QD263};
Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Bộ tiêu chí xã nông thôn mới tỉnh Quảng Nam giai đoạn 2022 - 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

""" + SIGN_UB))

# UBND tỉnh 20/2022/QĐ-UBND (10/10/2022): normative, funding mechanism; replaced by 35/2025 (and again by Đà Nẵng's 04/2026)
w("ubnd_qd20_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "20/2022/QĐ-UBND", "Quảng Nam, ngày 10 tháng 10 năm 2022", """QUYẾT ĐỊNH
Quy định cơ chế lồng ghép nguồn vốn thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
""", f"""{LAWS_2015}
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;
Căn cứ Thông tư số 05/2022/TT-BNNPTNT ngày 25/7/2022 của Bộ Nông nghiệp và Phát triển nông thôn;
Căn cứ Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định cơ chế lồng ghép nguồn vốn.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 10 năm 2022.

""" + SIGN_UB_CT))

# UBND tỉnh 1520/KH-UBND (15/5/2023, layout): implements the 2023 25/NQ-HĐND; undated re-mention; `điều chỉnh` of capital;
# a dated task met by the second 06/KH-VPĐP; the districts' obligation met by Tiên Phước and Điện Bàn
w("ubnd_kh1520_2023.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "1520/KH-UBND", "Quảng Nam, ngày 15 tháng 5 năm 2023", """                                  KẾ HOẠCH
           thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023
""", """Thực hiện Nghị quyết số 25/NQ-HĐND ngày 19/4/2023 của Hội đồng nhân dân tỉnh phân bổ kế hoạch vốn ngân sách
trung ương năm 2023; Quyết định số 20/2022/QĐ-UBND ngày 10/10/2022 của UBND tỉnh, UBND tỉnh ban hành Kế hoạch:

I. MỤC TIÊU
Năm 2023 có thêm 10 xã đạt chuẩn nông thôn mới, 05 xã đạt chuẩn nông thôn mới nâng cao.

II. NHIỆM VỤ
UBND các huyện được điều chỉnh kế hoạch vốn giữa các dự án trong phạm vi tổng mức vốn đã phân bổ tại
Nghị quyết số 25/NQ-HĐND; điều chỉnh tiến độ giải ngân phù hợp thực tế.

TT    Nội dung                                           Đơn vị chủ trì                      Thời gian
1     Xây dựng kế hoạch kiểm tra, giám sát năm 2023      Văn phòng Điều phối nông thôn mới   Trước ngày 30/7/2023
2     Tổng hợp kết quả thực hiện các tiêu chí            Văn phòng Điều phối nông thôn mới   Hằng năm

III. TỔ CHỨC THỰC HIỆN
UBND các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện Kế hoạch này.

""" + SIGN_UB)))

# Văn phòng Điều phối NTM 06/KH-VPĐP (20/02/2023) and again 06/KH-VPĐP (14/7/2023): duplicate-identity (planted); the second
# meets task 1 of 1520/KH-UBND and announces a Đề án for Quý II/2024 that never comes (overdue-plan, planted)
w("vpdp_kh06_2023a.txt", state("UBND TỈNH QUẢNG NAM", "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI", "06/KH-VPĐP", "Quảng Nam, ngày 20 tháng 02 năm 2023", """KẾ HOẠCH
Tập huấn, bồi dưỡng cán bộ làm công tác xây dựng nông thôn mới năm 2023
""", """Căn cứ Quyết định số 925/QĐ-BNN-VPĐP ngày 10/02/2023 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Chương trình khung tập huấn;
Văn phòng Điều phối nông thôn mới tỉnh xây dựng Kế hoạch tập huấn như sau:
1. Đối tượng: cán bộ các xã, thôn (thực hiện hằng năm).
2. Nội dung: các Bộ tiêu chí và cơ chế lồng ghép nguồn vốn.

""" + SIGN_VP))
w("vpdp_kh06_2023b.md", md_headings(["**UBND TỈNH QUẢNG NAM**", "**VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI**", "Số: 06/KH-VPĐP"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Quảng Nam, ngày 14 tháng 7 năm 2023*"]) + """# KẾ HOẠCH
## Kiểm tra, giám sát thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023

Thực hiện Kế hoạch số 1520/KH-UBND ngày 15/5/2023 của UBND tỉnh, Văn phòng Điều phối nông thôn mới tỉnh xây dựng Kế hoạch kiểm tra, giám sát như sau:

| TT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Kiểm tra tiến độ giải ngân vốn tại các huyện | Văn phòng Điều phối | Hằng năm |
| 2 | Xây dựng Đề án phát triển du lịch nông thôn gắn với sản phẩm OCOP tỉnh Quảng Nam giai đoạn 2024 - 2025 | Văn phòng Điều phối | Quý II/2024 |

CHÁNH VĂN PHÒNG
""")

# UBND huyện Đại Lộc 185/KH-UBND (10/11/2022, NFD): `Quyết định số 20/2022/QĐ-UBND ngày 20/10/2022` — the decision is of
# 10/10/2022 (metadata-conflict, planted); the 2022 25/NQ-HĐND dated, then undated (only one existed)
w("ubh_dl_kh185_2022.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI LỘC", "185/KH-UBND", "Đại Lộc, ngày 10 tháng 11 năm 2022", """KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện năm 2022 - 2023
""", """Căn cứ Nghị quyết số 25/NQ-HĐND ngày 22/4/2022 của Hội đồng nhân dân tỉnh phân bổ kế hoạch vốn năm 2022;
Căn cứ Quyết định số 20/2022/QĐ-UBND ngày 20/10/2022 của UBND tỉnh quy định cơ chế lồng ghép nguồn vốn;
Căn cứ Quyết định số 2310/QĐ-UBND ngày 05/9/2022 của UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới,
UBND huyện Đại Lộc ban hành Kế hoạch như sau:
1. Phân khai vốn theo Nghị quyết số 25/NQ-HĐND của Hội đồng nhân dân tỉnh cho các xã Đại Hồng, Đại Lãnh.
2. Rà soát các tiêu chí chưa đạt (thực hiện thường xuyên).

""" + SIGN_UB), nfd=True)

# UBND huyện Tiên Phước 96/KH-UBND (01/6/2023): meets the districts' obligation of 1520/KH-UBND; quotes the whole header of
# 20/2022/QĐ-UBND inside a table (`Kèm theo Quyết định số …`)
w("ubh_tp_kh96_2023.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN TIÊN PHƯỚC", "96/KH-UBND", "Tiên Phước, ngày 01 tháng 6 năm 2023", """KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023
""", """Thực hiện Kế hoạch số 1520/KH-UBND ngày 15/5/2023 của UBND tỉnh; Nghị quyết số 25/NQ-HĐND ngày 19/4/2023 của Hội đồng nhân dân tỉnh,
UBND huyện Tiên Phước ban hành Kế hoạch như sau:
1. Phát triển vùng quế, chè, bưởi đặc sản (thực hiện thường xuyên).
2. Lồng ghép nguồn vốn theo quy định dưới đây.

Phụ lục: trích quy định về cơ chế lồng ghép
| ỦY BAN NHÂN DÂN                 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM        |
| TỈNH QUẢNG NAM                  | Độc lập - Tự do - Hạnh phúc               |
| Số: 20/2022/QĐ-UBND             | Quảng Nam, ngày 10 tháng 10 năm 2022      |
| (Kèm theo Quyết định số 20/2022/QĐ-UBND ngày 10/10/2022 của UBND tỉnh Quảng Nam)                    |
| Điều 3. Vốn ngân sách huyện bố trí tối thiểu 10% tổng vốn ngân sách trung ương.                     |

""" + SIGN_UB))

# UBND thị xã Điện Bàn 210/KH-UBND (20/6/2023): meets the obligation of 1520/KH-UBND; `03 nội dung trọng tâm:` + a)-d)
# (count-mismatch, planted)
w("tx_db_kh210_2023.txt", state("ỦY BAN NHÂN DÂN", "THỊ XÃ ĐIỆN BÀN", "210/KH-UBND", "Điện Bàn, ngày 20 tháng 6 năm 2023", """KẾ HOẠCH
Xây dựng nông thôn mới nâng cao, kiểu mẫu năm 2023
""", """Thực hiện Kế hoạch số 1520/KH-UBND ngày 15/5/2023 của UBND tỉnh, UBND thị xã Điện Bàn ban hành Kế hoạch như sau:

I. NỘI DUNG
Năm 2023, thị xã tập trung 03 nội dung trọng tâm:
a) Xây dựng xã Điện Phước, Điện Hồng đạt chuẩn nông thôn mới kiểu mẫu.
b) Chỉnh trang khu dân cư ven sông Thu Bồn.
c) Phát triển sản phẩm OCOP gốm Thanh Hà, rau Trà Quế.
d) Hoàn thiện hồ sơ đề nghị công nhận thị xã hoàn thành nhiệm vụ xây dựng nông thôn mới.

II. TỔ CHỨC THỰC HIỆN
Các phòng, ban, UBND các xã tổ chức thực hiện; định kỳ hằng năm báo cáo UBND thị xã.

""" + SIGN_UB))

# UBND huyện Thăng Bình 56/KH-UBND (15/3/2024): header in one cell `UBND HUYỆN THĂNG BÌNH`, province line missing
w("ubh_tb_kh56_2024.txt", state_onecell("UBND HUYỆN THĂNG BÌNH", "56/KH-UBND", "Thăng Bình, ngày 15 tháng 3 năm 2024", """KẾ HOẠCH
Xây dựng huyện Thăng Bình đạt chuẩn nông thôn mới năm 2024
""", """Thực hiện Kế hoạch số 648/KH-UBND ngày 25/01/2024 của UBND tỉnh thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024 - 2025;
Căn cứ Quyết định số 320/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về huyện nông thôn mới;
Căn cứ Quyết định số 2310/QĐ-UBND ngày 05/9/2022 của UBND tỉnh,
UBND huyện Thăng Bình ban hành Kế hoạch như sau:
1. Hoàn thiện 09 tiêu chí huyện nông thôn mới (thực hiện thường xuyên).
2. Duy trì, nâng chất tiêu chí các xã đã đạt chuẩn (hằng năm).

""" + SIGN_UB))

# Ban Thường vụ Tỉnh ủy 610-KL/TU (12/6/2024): mid-term review of 12-NQ/TU; 2.1 planned amendment of 08/2022 (met by
# 15/2024); 2.2 planned amendment of 07-HD/BDVTU, Quý I/2025, never done (overdue-plan, planted)
w("tu_qn_kl610_2024.txt", party("ĐẢNG BỘ TỈNH QUẢNG NAM", "TỈNH ỦY", "610-KL/TU", "Quảng Nam, ngày 12 tháng 6 năm 2024", """KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về sơ kết 03 năm thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021
-----
""", """Sau khi nghe báo cáo sơ kết 03 năm thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy kết luận như sau:

1. Đánh giá
Toàn tỉnh có 125 xã đạt chuẩn nông thôn mới; huyện Thăng Bình, Duy Xuyên cơ bản đạt các tiêu chí.

2. Nhiệm vụ thời gian tới
2.1. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo sửa đổi, bổ sung Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh về mức hỗ trợ, hoàn thành trong Quý III/2024.
2.2. Ban Dân vận Tỉnh ủy chủ trì sửa đổi, bổ sung Hướng dẫn số 07-HD/BDVTU ngày 15/01/2022 cho phù hợp tình hình mới, hoàn thành trong Quý I/2025.
2.3. Các huyện ủy, thị ủy, thành ủy tiếp tục lãnh đạo thực hiện Nghị quyết (thực hiện thường xuyên).

""" + SIGN_BTV))

# UBND tỉnh 35/2025/QĐ-UBND (05/5/2025): replaces 20/2022/QĐ-UBND, repeals 2310/QĐ-UBND, from 15/5/2025
w("ubnd_qd35_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "35/2025/QĐ-UBND", "Quảng Nam, ngày 05 tháng 5 năm 2025", """QUYẾT ĐỊNH
Quy định cơ chế lồng ghép nguồn vốn và Bộ tiêu chí xã nông thôn mới tỉnh Quảng Nam
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
""", f"""{LAWS_2015}
Căn cứ Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ;
Căn cứ Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh, được sửa đổi, bổ sung bởi Nghị quyết số 15/2024/NQ-HĐND ngày 10/7/2024;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định cơ chế lồng ghép nguồn vốn và Bộ tiêu chí xã nông thôn mới.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực từ ngày 15 tháng 5 năm 2025 và thay thế Quyết định số 20/2022/QĐ-UBND ngày 10/10/2022 của UBND tỉnh.
2. Bãi bỏ Quyết định số 2310/QĐ-UBND ngày 05/9/2022 của UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới.

""" + SIGN_UB_CT))


# ====================================================================== after 1/7/2025: thành phố Đà Nẵng (merged)
# Bộ Nông nghiệp và Môi trường 1820/QĐ-BNNMT (20/8/2025): replaces the former ministry's 925/QĐ-BNN-VPĐP (external)
w("bnnmt_qd1820_2025.txt", state("BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "1820/QĐ-BNNMT", "Hà Nội, ngày 20 tháng 8 năm 2025", """QUYẾT ĐỊNH
Ban hành Chương trình khung tập huấn, bồi dưỡng cán bộ xây dựng nông thôn mới
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
""", f"""Căn cứ {QD263};
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình khung tập huấn, bồi dưỡng cán bộ xây dựng nông thôn mới.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 925/QĐ-BNN-VPĐP ngày 10/02/2023 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.

\t\t\t\t\tKT. BỘ TRƯỞNG
\t\t\t\t\tTHỨ TRƯỞNG"""))

# Đảng ủy phường Điện Bàn 04-NQ/ĐU and UBND phường Điện Bàn 31/KH-UBND, both 15/9/2025, rest on one another (cycle, planted)
w("du_pdb_nq04_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "ĐẢNG ỦY PHƯỜNG ĐIỆN BÀN", "04-NQ/ĐU", "Điện Bàn, ngày 15 tháng 9 năm 2025", """NGHỊ QUYẾT
về xây dựng đô thị văn minh, giữ gìn tiêu chí nông thôn mới ở các khối phố ven đô
-----
""", """Căn cứ Kế hoạch số 31/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân phường về duy trì tiêu chí nông thôn mới sau sắp xếp,
Ban Thường vụ Đảng ủy phường quyết nghị:
1. Giữ vững các tiêu chí môi trường, văn hóa ở các khối phố trước đây là xã.
2. Nghị quyết này được quán triệt đến chi bộ.

""" + SIGN_DU))
w("ubp_db_kh31_2025.md", md_headings(["# ỦY BAN NHÂN DÂN", "# PHƯỜNG ĐIỆN BÀN", "**Số: 31/KH-UBND**"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Điện Bàn, ngày 15 tháng 9 năm 2025*"]) + """## KẾ HOẠCH
### Duy trì tiêu chí nông thôn mới ở các khối phố sau sắp xếp đơn vị hành chính

Thực hiện Nghị quyết số 04-NQ/ĐU ngày 15/9/2025 của Đảng ủy phường về xây dựng đô thị văn minh; kế thừa kết quả thực hiện Kế hoạch số 210/KH-UBND ngày 20/6/2023 của UBND thị xã Điện Bàn (cũ), UBND phường Điện Bàn ban hành Kế hoạch như sau:

1. Duy trì tiêu chí môi trường ở các khối phố Thanh Hà, Trà Quế (thực hiện thường xuyên).
2. Hỗ trợ hộ sản xuất rau sạch, gốm mỹ nghệ (hằng năm).

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
""")

# UBND xã Duy Xuyên 14/KH-UBND (20/10/2025, YAML front matter): `Căn cứ Quyết định số 2310/QĐ-UBND …`, repealed by 35/2025
# from 15/5/2025 (superseded-citation, planted); the former Huyện ủy Duy Xuyên's 08-KH/HU cited by its old name
w("xa_dx_kh14_2025.md", md_yaml([("so_hieu", "14/KH-UBND"), ("co_quan", "UBND xã Duy Xuyên, thành phố Đà Nẵng"), ("ngay_ban_hanh", "2025-10-20"),
                                  ("loai", "Kế hoạch")], """**ỦY BAN NHÂN DÂN XÃ DUY XUYÊN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** — Độc lập - Tự do - Hạnh phúc

*Duy Xuyên, ngày 20 tháng 10 năm 2025*

# KẾ HOẠCH
## Duy trì, nâng chất tiêu chí nông thôn mới trên địa bàn xã năm 2025 - 2026

Căn cứ Quyết định số 2310/QĐ-UBND ngày 05/9/2022 của UBND tỉnh Quảng Nam ban hành Bộ tiêu chí xã nông thôn mới tỉnh Quảng Nam giai đoạn 2022 - 2025;

Tiếp tục thực hiện Kế hoạch số 08-KH/HU ngày 05/01/2022 của Huyện ủy Duy Xuyên (cũ), UBND xã Duy Xuyên ban hành Kế hoạch như sau:

1. Rà soát các tiêu chí của các thôn trước đây thuộc xã Duy Trung, Duy Sơn (thực hiện thường xuyên).
2. Xây dựng khu dân cư kiểu mẫu (hằng năm).

TM. ỦY BAN NHÂN DÂN

CHỦ TỊCH
"""))

# Thành ủy Đà Nẵng 05-KH/TU (20/11/2025), the merged city's committee: cites Quảng Nam's 12-NQ/TU (2021) and Đà Nẵng's
# 12-NQ/TU (2023); Quảng Nam's and Đà Nẵng's 09-NQ/TU of the same day
w("tu_dn_kh05_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "THÀNH ỦY", "05-KH/TU", "Đà Nẵng, ngày 20 tháng 11 năm 2025", """KẾ HOẠCH
tiếp tục lãnh đạo xây dựng nông thôn mới trên địa bàn thành phố sau sắp xếp
-----
""", """Tiếp tục thực hiện Nghị quyết số 12-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh Quảng Nam về xây dựng nông thôn mới giai đoạn 2021 - 2025 và Nghị quyết số 12-NQ/TU ngày 20/4/2023 của Ban Thường vụ Thành ủy Đà Nẵng (trước sắp xếp) về xây dựng huyện Hòa Vang đạt chuẩn nông thôn mới nâng cao;
Căn cứ Nghị quyết số 09-NQ/TU ngày 20/12/2022 của Tỉnh ủy Quảng Nam và Nghị quyết số 09-NQ/TU ngày 20/12/2022 của Thành ủy Đà Nẵng về phát triển nông nghiệp;
Căn cứ Quyết định số 1820/QĐ-BNNMT ngày 20/8/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường,
Ban Thường vụ Thành ủy ban hành Kế hoạch như sau:

TT    Nội dung                                                     Đơn vị chủ trì                 Thời gian
1     Lãnh đạo duy trì tiêu chí ở các xã, phường mới               Các đảng ủy xã, phường         Thường xuyên
2     Tổng kết Chương trình giai đoạn 2021 - 2025                  Ban cán sự đảng UBND thành phố Quý II/2027

""" + SIGN_BTV))

# UBND thành phố Đà Nẵng 04/2026/QĐ-UBND (15/01/2026, .docx with footnotes): replaces 20/2022/QĐ-UBND — already replaced by
# 35/2025 (inverse-inconsistency, planted)
docx_fn("ubnd_dn_qd04_2026.docx", [
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n-------\nSố: 04/2026/QĐ-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nĐà Nẵng, ngày 15 tháng 01 năm 2026",
    "QUYẾT ĐỊNH\nQuy định hỗ trợ phát triển sản xuất trong xây dựng nông thôn mới trên địa bàn thành phố",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
    LAWS_2025,
    "Căn cứ Quyết định số 35/2025/QĐ-UBND ngày 05/5/2025 của UBND tỉnh Quảng Nam[^1];",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định hỗ trợ phát triển sản xuất trong xây dựng nông thôn mới.",
    "Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 01 năm 2026 và thay thế Quyết định số 20/2022/QĐ-UBND ngày 10/10/2022 của UBND tỉnh Quảng Nam[^2].",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"],
    ["Quyết định số 35/2025/QĐ-UBND tiếp tục áp dụng trên địa bàn các xã, phường thuộc tỉnh Quảng Nam (cũ) cho đến khi có văn bản thay thế.",
     "Đăng Công báo tỉnh Quảng Nam số 45 ngày 20/10/2022."])

# Sở Nông nghiệp và Môi trường 45/KH-SNNMT (20/01/2026, layout): row 1 plans to amend 35/2025 by Tháng 8/2026 — nothing
# amends it (overdue-plan, planted); obligation of the xã, phường met by xã Thăng Bình and xã Núi Thành
w("snnmt_kh45_2026.txt", layout(state_cols("UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "45/KH-SNNMT", "Đà Nẵng, ngày 20 tháng 01 năm 2026", """                                  KẾ HOẠCH
           duy trì, nâng cao chất lượng tiêu chí nông thôn mới năm 2026
""", """Căn cứ Quyết định số 35/2025/QĐ-UBND ngày 05/5/2025 của UBND tỉnh Quảng Nam (cũ); Quyết định số 04/2026/QĐ-UBND
ngày 15/01/2026 của UBND thành phố; Kế hoạch số 05-KH/TU ngày 20/11/2025 của Ban Thường vụ Thành ủy,
Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:

TT    Nội dung                                                     Đơn vị chủ trì                 Thời gian
1     Tham mưu UBND thành phố sửa đổi, bổ sung Quyết định số       Phòng Phát triển nông thôn     Tháng 8/2026
      35/2025/QĐ-UBND ngày 05/5/2025 của UBND tỉnh Quảng Nam (cũ)
2     Tổng hợp kết quả duy trì tiêu chí của các xã                 Văn phòng Sở                   Hằng năm
3     Xây dựng Kế hoạch tổng kết Chương trình 2021 - 2025          Phòng Phát triển nông thôn     Quý I/2027

TỔ CHỨC THỰC HIỆN
UBND các xã, phường xây dựng kế hoạch thực hiện Kế hoạch này.

""" + SIGN_SO)))

# Sở Nông nghiệp và Môi trường letter 318/SNNMT-PTNT (12/5/2026): `Căn cứ Quyết định số 20/2022/QĐ-UBND …` replaced from
# 15/5/2025 (superseded-citation, planted); its own number is that of 318/QĐ-TTg, which it cites
w("snnmt_cv318_2026.txt", state("UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "318/SNNMT-PTNT", "Đà Nẵng, ngày 12 tháng 5 năm 2026", """V/v hướng dẫn hồ sơ đề nghị hỗ trợ lồng ghép nguồn vốn
""", """Kính gửi: UBND các xã Thăng Bình, Duy Xuyên, Quế Sơn, Tiên Phước.

Căn cứ Quyết định số 20/2022/QĐ-UBND ngày 10/10/2022 của UBND tỉnh Quảng Nam quy định cơ chế lồng ghép nguồn vốn thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới;
Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ,
Sở Nông nghiệp và Môi trường hướng dẫn hồ sơ đề nghị hỗ trợ như sau:
1. Tờ trình của UBND xã kèm danh mục công trình.
2. Biên bản họp thôn thống nhất mức đóng góp của Nhân dân.

""" + SIGN_SO))

# HĐND thành phố Đà Nẵng 07/2026/NQ-HĐND (20/3/2026): replaces Quảng Nam's 08/2022 and 15/2024 and Đà Nẵng's own
# 30/2021/NQ-HĐND (external) from 01/4/2026
w("hdnd_dn_nq07_2026.html", portal("Nghị quyết 07/2026/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG", "-------", "Số: 07/2026/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đà Nẵng, ngày 20 tháng 3 năm 2026"], f"""NGHỊ QUYẾT
Quy định mức hỗ trợ từ ngân sách nhà nước thực hiện xây dựng nông thôn mới trên địa bàn thành phố Đà Nẵng
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
{LAWS_2025}
Căn cứ Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ;
QUYẾT NGHỊ:
Điều 1. Quy định mức hỗ trợ xây dựng hạ tầng nông thôn trên địa bàn thành phố.
Điều 2. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 4 năm 2026 và thay thế các Nghị quyết: Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh Quảng Nam; Nghị quyết số 15/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Quảng Nam; Nghị quyết số 30/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân thành phố Đà Nẵng.
CHỦ TỊCH""", site="thành phố Đà Nẵng",
  footer="Cổng thông tin điện tử thành phố Đà Nẵng. Địa chỉ: số 24 Trần Phú, thành phố Đà Nẵng. Điện thoại: 0236.3822.016 - Fax: 0236.3822.017"))

# UBND xã Thăng Bình 56/KH-UBND (10/7/2026): the same number as the former UBND huyện Thăng Bình's plan, which it continues
# by its old name; `Căn cứ Nghị quyết số 08/2022/NQ-HĐND …`, replaced from 01/4/2026 (superseded-citation, planted);
# `thay thế` as an ordinary word
w("xa_tb_kh56_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ THĂNG BÌNH", "56/KH-UBND", "Thăng Bình, ngày 10 tháng 7 năm 2026", """KẾ HOẠCH
Duy trì, nâng chất tiêu chí nông thôn mới năm 2026
""", """Căn cứ Nghị quyết số 08/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh Quảng Nam quy định mức hỗ trợ từ ngân sách nhà nước;
Thực hiện Kế hoạch số 45/KH-SNNMT ngày 20/01/2026 của Sở Nông nghiệp và Môi trường; tiếp tục thực hiện Kế hoạch số 56/KH-UBND ngày 15/3/2024 của UBND huyện Thăng Bình (cũ),
UBND xã Thăng Bình ban hành Kế hoạch như sau:
1. Vận động Nhân dân thay thế giống lúa chất lượng thấp bằng giống lúa thơm (thực hiện thường xuyên).
2. Duy trì tiêu chí môi trường ở các thôn ven biển Bình Minh, Bình Dương (hằng năm).
3. Tổng kết 05 năm xây dựng nông thôn mới của xã (Quý I/2027).

""" + SIGN_UB_CT))

# UBND xã Núi Thành, number left blank (`Số:       /KH-UBND`, 20/8/2026): `263/QĐ-Ttg` miscased; meets 45/KH-SNNMT's obligation
w("xa_nt_kh_2026.txt", state_blank("ỦY BAN NHÂN DÂN", "XÃ NÚI THÀNH", "KH-UBND", "Núi Thành, ngày 20 tháng 8 năm 2026", """KẾ HOẠCH
Thực hiện xây dựng nông thôn mới trên địa bàn xã năm 2026
""", """Căn cứ Quyết định số 263/QĐ-Ttg ngày 22/02/2022 của Thủ tướng Chính phủ;
Căn cứ Quyết định số 35/2025/QĐ-UBND ngày 05/5/2025 của UBND tỉnh Quảng Nam (cũ);
Thực hiện Kế hoạch số 45/KH-SNNMT ngày 20/01/2026 của Sở Nông nghiệp và Môi trường; kế thừa Kế hoạch số 20-KH/HU ngày 01/3/2022 của Huyện ủy Núi Thành (cũ),
UBND xã Núi Thành ban hành Kế hoạch như sau:
1. Nâng chất tiêu chí thu nhập ở các thôn ven biển (thực hiện thường xuyên).
2. Phát triển sản phẩm OCOP nước mắm, cá khô (hằng năm).

""" + SIGN_UB))

# Sở Nông nghiệp và Môi trường report 260/BC-SNNMT (15/9/2026, Q. GIÁM ĐỐC): `Nghị quyết số 25/NQ-HĐND của Hội đồng nhân dân
# tỉnh Quảng Nam (cũ) về phân bổ kế hoạch vốn …` with no date — two such resolutions (ambiguous-id, planted); quotes the title
# of a draft amending 35/2025; narrates 07/2026 replacing 08/2022; proposes to replace 35/2025; `03 kết quả` + 3 (matches)
w("snnmt_bc260_2026.txt", state("UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "260/BC-SNNMT", "Đà Nẵng, ngày 15 tháng 9 năm 2026", """BÁO CÁO
Kết quả thực hiện Kế hoạch số 45/KH-SNNMT ngày 20/01/2026 (9 tháng năm 2026)
""", """I. KẾT QUẢ
Sau 9 tháng, việc thực hiện Kế hoạch đạt 03 kết quả chủ yếu sau:
1. Các xã Thăng Bình, Núi Thành, Duy Xuyên đã ban hành kế hoạch duy trì tiêu chí.
2. Ngày 20/3/2026, Hội đồng nhân dân thành phố ban hành Nghị quyết số 07/2026/NQ-HĐND thay thế Nghị quyết số 08/2022/NQ-HĐND của Hội đồng nhân dân tỉnh Quảng Nam (cũ).
3. Sở đã hoàn thành dự thảo Quyết định "Sửa đổi, bổ sung một số điều của Quyết định số 35/2025/QĐ-UBND ngày 05/5/2025 của UBND tỉnh Quảng Nam", đang lấy ý kiến các sở, ngành.

II. TỒN TẠI
Nguồn vốn phân bổ theo Nghị quyết số 25/NQ-HĐND của Hội đồng nhân dân tỉnh Quảng Nam (cũ) về phân bổ kế hoạch vốn ngân sách trung ương thực hiện Chương trình giải ngân chậm ở các xã miền núi.
Một số nội dung của Kế hoạch số 56/KH-UBND ngày 15/3/2024 của UBND huyện Thăng Bình (cũ) chưa được các xã kế thừa đầy đủ.

III. KIẾN NGHỊ
Đề nghị UBND thành phố xem xét thay thế Quyết định số 35/2025/QĐ-UBND bằng một quyết định chung cho toàn thành phố.

""" + SIGN_SO_Q))

# UBND thành phố Đà Nẵng letter 4125/UBND-NNMT (05/10/2026, TL. CHỦ TỊCH): answers 260/BC-SNNMT; asks for a proposal to
# replace 35/2025 by 15/12/2026 (proposed, not enacted; not yet due)
w("ubnd_dn_cv4125_2026.txt", state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG", "4125/UBND-NNMT", "Đà Nẵng, ngày 05 tháng 10 năm 2026", """V/v hoàn thiện cơ chế hỗ trợ xây dựng nông thôn mới sau sắp xếp
""", """Kính gửi: Sở Nông nghiệp và Môi trường.

Xem xét Báo cáo số 260/BC-SNNMT ngày 15/9/2026 của Sở Nông nghiệp và Môi trường, Chủ tịch UBND thành phố có ý kiến như sau:
1. Giao Sở Nông nghiệp và Môi trường nghiên cứu, đề xuất việc thay thế Quyết định số 35/2025/QĐ-UBND ngày 05/5/2025 của UBND tỉnh Quảng Nam, báo cáo UBND thành phố trước ngày 15/12/2026.
2. Trong thời gian chưa có quyết định mới, các xã, phường tiếp tục áp dụng Quyết định số 35/2025/QĐ-UBND.

""" + SIGN_UB_TL))
