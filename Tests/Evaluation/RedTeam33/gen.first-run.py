#!/usr/bin/env python3
"""Red team round 33: the national target programme for ethnic-minority and mountainous areas (Chương trình MTQG 1719) in
tỉnh Sơn La, 2021-2026 — a province that was NOT merged on 1/7/2025 (name and borders kept) but lost its 12 districts and
had its communes and wards merged into 75 (67 xã, 8 phường). Bodies: Tỉnh ủy / Ban Thường vụ (15-NQ/TU 2021, 12-KH/TU 2022,
845-KL/TU 2024), Ban Dân vận (05-HD/BDVTU), Ban Tuyên giáo (20-KH/BTGTU), Huyện ủy Mộc Châu (12-KH/HU), Thuận Châu
(30-KH/HU), Mai Sơn (21-KH/HU), Mường La (08-KH/HU); HĐND tỉnh (10/2022, 18/2024, 05/2026/NQ-HĐND; 25/NQ-HĐND of 2022 and of
2023); UBND tỉnh (22/2022, 14/2025, 03/2026/QĐ-UBND; 1150/QĐ-UBND; 120/KH-UBND of 2023 and of 2025; letter 2950/UBND-KT);
Ban Dân tộc (68/KH-BDT) then Sở Dân tộc và Tôn giáo (15/KH-SDTTG, 512/SDTTG-CS, 230/BC-SDTTG); Ủy ban Dân tộc
(291/QĐ-UBDT) then Bộ Dân tộc và Tôn giáo (410/QĐ-BDTTG); UBND huyện Mộc Châu, Mai Sơn, Sốp Cộp, Bắc Yên, Phù Yên; after
1/7/2025 Đảng ủy and UBND phường Mộc Châu, UBND xã Mai Sơn, Sốp Cộp, Phù Yên, Bắc Yên.
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented.
Header helpers copied from RedTeam32/gen.py (`party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`; site names, addresses and phone numbers changed). New shapes in round 33:
`state_onecell` (district line `UBND HUYỆN MỘC CHÂU` alone, province line missing), `state_blank` (`Số:……/KH-UBND`),
`portal_rowspan` (HTML header table with rowspan), `md_yaml` (YAML front matter), `docx_fn` (.docx with footnotes),
`ocr`, `brk` (pdftotext line breaks inside phrases)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Sơn La", nbsp=False):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Sơn La. Địa chỉ: số 8 đường Trường Chinh, phường Chiềng Cơi, tỉnh Sơn La. Điện thoại: 0212.3852.404 - Fax: 0212.3852.405</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Sơn La - Điện thoại: 0212.3856.218 - Fax: 0212.3856.219</div>\n</body></html>')







# ---------------------------------------------------------------- header shapes new in round 33
def state_onecell(org, num, place, title, body=""):
    """A district UBND header written in one cell: `UBND HUYỆN MỘC CHÂU`, the province line missing."""
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
    """The published copy kept the template's blank: `Số:……/KH-UBND`."""
    return state(org1, org2, "……/" + code, place, title, body).replace("Số: ……", "Số:……")


def portal_rowspan(title, org1, org2, num, place, text):
    """A portal page whose header table uses rowspan: the body's name spans two rows on the left."""
    ps = "".join(f"<p>{html.escape(l)}</p>\n" if l.strip() else "" for l in text.split("\n"))
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử tỉnh Sơn La</title></head>\n<body>\n'
            '<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA</div>\n'
            '<table class="vb-head" border="0">\n'
            f'<tr><td rowspan="2" align="center"><b>{html.escape(org1)}</b><br><b>{html.escape(org2)}</b><br>-------</td>'
            '<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>\n'
            f'<tr><td align="right"><i>{html.escape(place)}</i></td></tr>\n'
            f'<tr><td align="center">Số: {html.escape(num)}</td><td></td></tr>\n'
            '</table>\n' + ps +
            '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Sơn La. Điện thoại: 0212.3852.404</div>\n</body></html>')


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
SIGN_DU = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BAN = """\t\t\t\t\tK/T TRƯỞNG BAN
\t\t\t\t\tPHÓ TRƯỞNG BAN"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_CT = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""
SIGN_CT_KT = """\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_TL = """\t\t\t\t\tTL. CHỦ TỊCH
\t\t\t\t\tCHÁNH VĂN PHÒNG"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_BDT = """\t\t\t\t\tKT. TRƯỞNG BAN
\t\t\t\t\tPHÓ TRƯỞNG BAN"""
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_SO_Q = """\t\t\t\t\tQ. GIÁM ĐỐC"""

LAWS_2015 = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"""
LAWS_2025 = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"""
CTMTQG = "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"


# ====================================================================== Party, 2021-2024
# Tỉnh ủy Sơn La 15-NQ/TU (20/12/2021): the province's resolution on ethnic-minority and mountain areas; obligations met by
# the huyện ủy, Ban Dân vận, Ban Tuyên giáo; `Nghị quyết này` self-references
w("tu_nq15_2021.txt", party("ĐẢNG BỘ TỈNH SƠN LA", "TỈNH ỦY", "15-NQ/TU", "Sơn La, ngày 20 tháng 12 năm 2021", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh khóa XV về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số
và miền núi tỉnh Sơn La giai đoạn 2021 - 2025, định hướng đến năm 2030
-----
""", f"""Căn cứ Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;
Căn cứ Nghị quyết số 120/2020/QH14 ngày 19/6/2020 của Quốc hội phê duyệt chủ trương đầu tư {CTMTQG} giai đoạn 2021 - 2030;
Căn cứ Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ phê duyệt danh sách các xã khu vực III, khu vực II, khu vực I thuộc vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2025;
Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt {CTMTQG} giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025,
Ban Chấp hành Đảng bộ tỉnh quyết nghị:

I. MỤC TIÊU
Đến năm 2025, giảm tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số bình quân trên 3%/năm; 100% xã có đường ô tô đến trung tâm xã được cứng hóa.

II. NHIỆM VỤ, GIẢI PHÁP
1. Tập trung nguồn lực của Chương trình cho các xã, bản đặc biệt khó khăn.
2. Giải quyết tình trạng thiếu đất ở, đất sản xuất, nước sinh hoạt.
3. Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc.

III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Nghị quyết này.
2. Ban Dân vận Tỉnh ủy ban hành hướng dẫn thực hiện công tác dân vận vùng đồng bào dân tộc thiểu số.
3. Ban Tuyên giáo Tỉnh ủy xây dựng kế hoạch tuyên truyền Nghị quyết.
4. Nghị quyết này được phổ biến đến chi bộ.

""" + SIGN_TU))

# Huyện ủy Thuận Châu 30-KH/HU (10/12/2021): `Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021` — ten days before it
# (temporal, planted); pdftotext -layout with a line break inside `phát triển kinh tế -` / `xã hội`
w("hu_tc_kh30_2021.txt", layout(party_cols("ĐẢNG BỘ TỈNH SƠN LA", "HUYỆN ỦY THUẬN CHÂU", "30-KH/HU", "Thuận Châu, ngày 10 tháng 12 năm 2021", """                                  KẾ HOẠCH
            thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế -
                xã hội vùng đồng bào dân tộc thiểu số và miền núi
""", """Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế -
xã hội vùng đồng bào dân tộc thiểu số và miền núi tỉnh Sơn La giai đoạn 2021 - 2025, định hướng đến năm
2030, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu sắc Nghị quyết đến cán bộ, đảng viên và Nhân dân các dân tộc trên địa bàn huyện.

II. NHIỆM VỤ
1. Lãnh đạo rà soát, bố trí đất sản xuất cho hộ đồng bào dân tộc thiểu số thiếu đất (thực hiện thường xuyên).
2. Chỉ đạo lồng ghép các nguồn vốn trên địa bàn các xã đặc biệt khó khăn (hằng năm).

III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện Kế hoạch này.

""" + SIGN_HU)))

# Huyện ủy Mộc Châu 12-KH/HU (25/01/2022): implements 15-NQ/TU (met obligation); `03 nhiệm vụ trọng tâm sau:` + 4 items
# (count-mismatch, planted); the same number as the Tỉnh ủy's 12-KH/TU
w("hu_mc_kh12_2022.txt", party("ĐẢNG BỘ TỈNH SƠN LA", "HUYỆN ỦY MỘC CHÂU", "12-KH/HU", "Mộc Châu, ngày 25 tháng 01 năm 2022", """KẾ HOẠCH
thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh
-----
""", """Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XV về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tỉnh Sơn La giai đoạn 2021 - 2025, định hướng đến năm 2030, Ban Thường vụ Huyện ủy Mộc Châu ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa Nghị quyết phù hợp với điều kiện của huyện; gắn với phát triển du lịch cộng đồng ở các bản đồng bào Mông, Thái.

II. NHIỆM VỤ TRỌNG TÂM
Ban Thường vụ Huyện ủy xác định 03 nhiệm vụ trọng tâm sau:
1. Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc.
2. Hỗ trợ đất sản xuất, chuyển đổi nghề cho hộ nghèo.
3. Đầu tư hạ tầng thiết yếu các bản đặc biệt khó khăn.
4. Nâng cao chất lượng đội ngũ cán bộ người dân tộc thiểu số.

III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện; định kỳ hằng năm báo cáo Ban Thường vụ Huyện ủy.

""" + SIGN_HU))

# Ban Dân vận Tỉnh ủy 05-HD/BDVTU (28/02/2022): guidance (met obligation of 15-NQ/TU); a minified portal page
w("bdv_hd05_2022.html", portal("Hướng dẫn 05-HD/BDVTU", ["ĐẢNG BỘ TỈNH SƠN LA", "BAN DÂN VẬN", "*", "Số 05-HD/BDVTU"],
  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn La, ngày 28 tháng 02 năm 2022"], """HƯỚNG DẪN
công tác dân vận vùng đồng bào dân tộc thiểu số thực hiện Nghị quyết số 15-NQ/TU
Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, Ban Dân vận Tỉnh ủy hướng dẫn như sau:
1. Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số.
2. Vận động Nhân dân hiến đất, góp công xây dựng công trình hạ tầng của Chương trình.
3. Các huyện ủy, thành ủy chỉ đạo ban dân vận cấp huyện triển khai Hướng dẫn này.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN""", minified=True))

# Ban Tuyên giáo Tỉnh ủy 20-KH/BTGTU (05/3/2022): propaganda plan (met obligation); Markdown table header; `03 nội dung sau:` + 3 (matches)
w("btg_kh20_2022.md", md_hdr(["**ĐẢNG BỘ TỈNH SƠN LA**", "**BAN TUYÊN GIÁO**", "*", "Số 20-KH/BTGTU"],
  ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Sơn La, ngày 05 tháng 3 năm 2022*"]) + """
# KẾ HOẠCH
## Tuyên truyền Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh

Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XV, Ban Tuyên giáo Tỉnh ủy xây dựng Kế hoạch tuyên truyền như sau:

**I. NỘI DUNG TUYÊN TRUYỀN**

Tập trung tuyên truyền 03 nội dung sau:

1. Chủ trương của Đảng, chính sách của Nhà nước về công tác dân tộc.
2. Các dự án thành phần của Chương trình mục tiêu quốc gia trên địa bàn tỉnh.
3. Gương điển hình người có uy tín, hộ đồng bào dân tộc thiểu số thoát nghèo.

**II. TỔ CHỨC THỰC HIỆN**

Ban tuyên giáo các huyện ủy, thành ủy triển khai thực hiện thường xuyên.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
""")

# Ban Thường vụ Tỉnh ủy 12-KH/TU (10/3/2022): supervision plan; the same number as Huyện ủy Mộc Châu's 12-KH/HU; recurring rows only (layout)
w("tu_kh12_2022.txt", layout(party_cols("ĐẢNG BỘ TỈNH SƠN LA", "TỈNH ỦY", "12-KH/TU", "Sơn La, ngày 10 tháng 3 năm 2022", """                                  KẾ HOẠCH
           kiểm tra, giám sát việc thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021
""", """Căn cứ Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XV, Ban Thường vụ
Tỉnh ủy ban hành Kế hoạch kiểm tra, giám sát như sau:

TT    Nội dung                                                     Đơn vị chủ trì                 Thời gian
1     Giám sát việc lồng ghép nguồn vốn tại các huyện              Ủy ban Kiểm tra Tỉnh ủy        Hằng năm
2     Kiểm tra việc quán triệt Nghị quyết ở chi bộ bản             Ban Tổ chức Tỉnh ủy            Thường xuyên

Kế hoạch số 12-KH/TU được gửi các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.

""" + SIGN_BTV)))

# Huyện ủy Mai Sơn 21-KH/HU (15/3/2022): implements 15-NQ/TU (id broken across lines); cites 05-HD/BDVTU as the Ban Tuyên
# giáo's (metadata-conflict, issuer, planted)
w("hu_ms_kh21_2022.txt", party("ĐẢNG BỘ TỈNH SƠN LA", "HUYỆN ỦY MAI SƠN", "21-KH/HU", "Mai Sơn, ngày 15 tháng 3 năm 2022", """KẾ HOẠCH
thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về vùng đồng bào dân tộc thiểu số
-----
""", """Thực hiện Nghị quyết số 15-
NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi;
Căn cứ Hướng dẫn số 05-HD/BDVTU, ngày 28/02/2022 của Ban Tuyên giáo Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số,
Ban Thường vụ Huyện ủy Mai Sơn xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
1. Chỉ đạo các xã vùng cao Chiềng Nơi, Phiêng Pằn xây dựng mô hình sinh kế (thực hiện thường xuyên).
2. Phát huy vai trò người có uy tín trong các bản (hằng năm).

II. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện Kế hoạch này.

""" + SIGN_HU))

# Huyện ủy Mường La 08-KH/HU (10/4/2023): learns from the Huyện ủy Mường Tè (Lai Châu), whose plan is also 08-KH/HU (external)
w("hu_ml_kh08_2023.txt", party("ĐẢNG BỘ TỈNH SƠN LA", "HUYỆN ỦY MƯỜNG LA", "08-KH/HU", "Mường La, ngày 10 tháng 4 năm 2023", """KẾ HOẠCH
xây dựng mô hình bản văn hóa du lịch cộng đồng vùng đồng bào dân tộc thiểu số
-----
""", """Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XV;
Trên cơ sở kết quả học tập kinh nghiệm tại huyện Mường Tè, tỉnh Lai Châu (Kế hoạch số 08-KH/HU, ngày 01/3/2023 của Huyện ủy Mường Tè về phát triển du lịch cộng đồng),
Ban Thường vụ Huyện ủy Mường La xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
1. Chọn 03 bản của xã Chiềng Lao, Mường Bú làm điểm (hằng năm đánh giá, nhân rộng).
2. Hỗ trợ hộ đồng bào dân tộc Thái làm homestay (thực hiện thường xuyên).

II. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở tổ chức thực hiện Kế hoạch này.

""" + SIGN_HU))

# Ban Thường vụ Tỉnh ủy 845-KL/TU (15/8/2024): sơ kết 3 năm 15-NQ/TU; amend 05-HD/BDVTU by Quý I/2025 (overdue, planted);
# amend 10/2022/NQ-HĐND in 2024 (met by 18/2024); Mặt trận plan (unmet obligation, planted); UBND plan (met by 120/KH-UBND 2025)
w("tu_kl845_2024.txt", party("ĐẢNG BỘ TỈNH SƠN LA", "BAN THƯỜNG VỤ", "845-KL/TU", "Sơn La, ngày 15 tháng 8 năm 2024", """KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về sơ kết 03 năm thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021
của Ban Chấp hành Đảng bộ tỉnh
-----
""", """Tại Hội nghị ngày 12/8/2024, sau khi xem xét Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XV, Ban Thường vụ Tỉnh ủy kết luận như sau:

1. Kết quả: tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm bình quân 3,2%/năm; còn chậm giải ngân vốn sự nghiệp.

2. Nhiệm vụ thời gian tới
2.1. Ban Dân vận Tỉnh ủy chủ trì sửa đổi, bổ sung Hướng dẫn số 05-HD/BDVTU, ngày 28/02/2022 của Ban Dân vận Tỉnh ủy cho phù hợp mô hình mới, hoàn thành trong Quý I/2025.
2.2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo sửa đổi, bổ sung Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh, hoàn thành trong năm 2024.
2.3. Các cấp ủy tiếp tục lãnh đạo thực hiện Nghị quyết số 15-NQ/TU, kiểm tra, giám sát thường xuyên.

3. Tổ chức thực hiện
3.1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Chương trình năm 2025.
3.2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xây dựng kế hoạch giám sát việc thực hiện Chương trình ở cơ sở.

""" + SIGN_BTV))


# ====================================================================== HĐND, UBND tỉnh, 2022-2024
# Chủ tịch UBND tỉnh 1150/QĐ-UBND (10/6/2022): coordination rules; repealed (bãi bỏ) by 14/2025/QĐ-UBND from 20/10/2025
w("ubnd_qd1150_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "1150/QĐ-UBND", "Sơn La, ngày 10 tháng 6 năm 2022", """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp tổ chức thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội
vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn tỉnh Sơn La
-------
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
""", LAWS_2015 + f"""
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;
Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;
Theo đề nghị của Trưởng Ban Dân tộc tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp tổ chức thực hiện {CTMTQG} trên địa bàn tỉnh Sơn La.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

""" + SIGN_CT_KT))

# HĐND tỉnh 10/2022/NQ-HĐND (15/7/2022): principles and norms of capital allocation; amended by 18/2024; replaced by 05/2026 from 10/3/2026
w("hdnd_nq10_2022.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH SƠN LA", "10/2022/NQ-HĐND", "Sơn La, ngày 15 tháng 7 năm 2022", """NGHỊ QUYẾT
Quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện Chương trình mục tiêu quốc gia
phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2025
-------
HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA
KHÓA XV, KỲ HỌP THỨ NĂM
""", LAWS_2015 + f"""
Căn cứ Nghị quyết số 120/2020/QH14 ngày 19/6/2020 của Quốc hội;
Căn cứ Nghị quyết số 517/NQ-UBTVQH15 ngày 22/5/2022 của Ủy ban Thường vụ Quốc hội về phân bổ ngân sách trung ương thực hiện 03 chương trình mục tiêu quốc gia;
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Dân tộc Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện {CTMTQG} trên địa bàn tỉnh.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày 25/7/2022.

""" + SIGN_HD))

# HĐND tỉnh 25/NQ-HĐND (10/8/2022): capital allocation 2022 (portal page); one of two 25/NQ-HĐND
w("hdnd_nq25_2022.html", portal("Nghị quyết 25/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH SƠN LA", "-------", "Số: 25/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Sơn La, ngày 10 tháng 8 năm 2022"], f"""NGHỊ QUYẾT
Phân bổ vốn sự nghiệp năm 2022 thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi
HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA
KHÓA XV, KỲ HỌP CHUYÊN ĐỀ
Căn cứ Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh;
Căn cứ Nghị quyết số 517/NQ-UBTVQH15 ngày 22/5/2022 của Ủy ban Thường vụ Quốc hội;
QUYẾT NGHỊ:
Điều 1. Phân bổ vốn sự nghiệp ngân sách trung ương năm 2022 thực hiện {CTMTQG} cho các huyện, thành phố.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.
CHỦ TỊCH"""))

# UBND tỉnh 22/2022/QĐ-UBND (15/9/2022): pooling of funds; replaced by 14/2025 (from 20/10/2025) and again by 03/2026 (inverse-inconsistency, planted)
w("ubnd_qd22_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "22/2022/QĐ-UBND", "Sơn La, ngày 15 tháng 9 năm 2022", """QUYẾT ĐỊNH
Ban hành Quy định cơ chế lồng ghép nguồn vốn giữa các chương trình mục tiêu quốc gia
trên địa bàn tỉnh Sơn La
-------
ỦY BAN NHÂN DÂN TỈNH SƠN LA
""", LAWS_2015 + """
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;
Căn cứ Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh;
Theo đề nghị của Trưởng Ban Dân tộc tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định cơ chế lồng ghép nguồn vốn giữa các chương trình mục tiêu quốc gia trên địa bàn tỉnh Sơn La.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 10 năm 2022.

""" + SIGN_UB))

# UBND huyện Bắc Yên 33/KH-UBND (20/10/2022): cites 22/2022/QĐ-UBND as of 25/9/2022 — it is of 15/9/2022 (metadata-conflict, planted); NFD
w("ubh_by_kh33_2022.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN BẮC YÊN", "33/KH-UBND", "Bắc Yên, ngày 20 tháng 10 năm 2022", """KẾ HOẠCH
Lồng ghép nguồn vốn thực hiện các chương trình mục tiêu quốc gia trên địa bàn huyện Bắc Yên năm 2022
""", """Căn cứ Quyết định số 22/2022/QĐ-UBND ngày 25/9/2022 của Ủy ban nhân dân tỉnh Sơn La ban hành Quy định cơ chế lồng ghép nguồn vốn giữa các chương trình mục tiêu quốc gia;
Căn cứ Nghị quyết số 25/NQ-HĐND ngày 10/8/2022 của Hội đồng nhân dân tỉnh,
Ủy ban nhân dân huyện Bắc Yên ban hành Kế hoạch như sau:
1. Ưu tiên lồng ghép vốn cho các xã Tà Xùa, Xím Vàng, Hang Chú.
2. Phòng Dân tộc huyện theo dõi, tổng hợp thường xuyên.

""" + SIGN_UB_CT), nfd=True)

# HĐND tỉnh 25/NQ-HĐND (22/3/2023): capital allocation 2023; the second 25/NQ-HĐND (HTML header with rowspan); cites the 2022 one dated
w("hdnd_nq25_2023.html", portal_rowspan("Nghị quyết 25/NQ-HĐND năm 2023", "HỘI ĐỒNG NHÂN DÂN", "TỈNH SƠN LA", "25/NQ-HĐND", "Sơn La, ngày 22 tháng 3 năm 2023", f"""NGHỊ QUYẾT
Phân bổ vốn sự nghiệp năm 2023 thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi
HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA
KHÓA XV, KỲ HỌP THỨ TÁM
Căn cứ Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh;
Trên cơ sở kết quả thực hiện Nghị quyết số 25/NQ-HĐND ngày 10/8/2022 của Hội đồng nhân dân tỉnh về phân bổ vốn sự nghiệp năm 2022;
QUYẾT NGHỊ:
Điều 1. Phân bổ vốn sự nghiệp ngân sách trung ương năm 2023 thực hiện {CTMTQG} cho các huyện, thành phố.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.
CHỦ TỊCH"""))

# UBND tỉnh 120/KH-UBND (05/5/2023): implements 25/NQ-HĐND of 2023 (dated); a task row `Điều chỉnh kế hoạch vốn … theo Nghị
# quyết số 25/NQ-HĐND` (capital, revises no document); obligation on UBND các huyện (met by Mai Sơn 75 and Sốp Cộp 45); layout
w("ubnd_kh120_2023.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "120/KH-UBND", "Sơn La, ngày 05 tháng 5 năm 2023", """                                  KẾ HOẠCH
   Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào
            dân tộc thiểu số và miền núi trên địa bàn tỉnh Sơn La năm 2023
""", """Thực hiện Nghị quyết số 25/NQ-HĐND ngày 22/3/2023 của Hội đồng nhân dân tỉnh về phân bổ vốn sự nghiệp năm 2023;
Theo đề nghị của Ban Dân tộc tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ CỤ THỂ
TT    Nội dung                                                                                    Đơn vị chủ trì        Thời gian
1     Điều chỉnh kế hoạch vốn năm 2023 giữa các dự án thành phần theo Nghị quyết số 25/NQ-HĐND   Ban Dân tộc tỉnh      Quý III/2023
2     Kiểm tra, giám sát việc giải ngân vốn tại các huyện                                         Sở Tài chính          Thường xuyên
3     Tổng hợp, báo cáo kết quả thực hiện Chương trình                                            Ban Dân tộc tỉnh      Hằng năm

II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện Kế hoạch này.

""" + SIGN_UB)))

# UBND huyện Mai Sơn 75/KH-UBND (25/5/2023): implements 120/KH-UBND of 2023 (dated); `04 nội dung sau:` + 3 (count-mismatch, planted); CRLF
w("ubh_ms_kh75_2023.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN MAI SƠN", "75/KH-UBND", "Mai Sơn, ngày 25 tháng 5 năm 2023", """KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số trên địa bàn huyện Mai Sơn năm 2023
""", """Thực hiện Kế hoạch số 120/KH-UBND ngày 05/5/2023 của Ủy ban nhân dân tỉnh Sơn La;
Căn cứ Nghị quyết số 25/NQ-HĐND ngày 22/3/2023 của Hội đồng nhân dân tỉnh,
Ủy ban nhân dân huyện Mai Sơn ban hành Kế hoạch gồm 04 nội dung sau:
1. Hỗ trợ đất ở, nhà ở cho hộ nghèo dân tộc thiểu số.
2. Đầu tư nước sinh hoạt tập trung ở các bản vùng cao.
3. Đào tạo nghề cho lao động người dân tộc thiểu số.

Phòng Dân tộc huyện theo dõi, tổng hợp, báo cáo hằng năm.

""" + SIGN_UB), crlf=True)

# UBND huyện Sốp Cộp 45/KH-UBND (30/5/2023): implements 120/KH-UBND of 2023 (dated); OCR-like diacritics on a few words
w("ubh_sc_kh45_2023.txt", ocr(state("ỦY BAN NHÂN DÂN", "HUYỆN SỐP CỘP", "45/KH-UBND", "Sốp Cộp, ngày 30 tháng 5 năm 2023", """KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số trên địa bàn huyện Sốp Cộp năm 2023
""", """Thực hiện Kế hoạch số 120/KH-UBND ngày 05/5/2023 của Ủy ban nhân dân tỉnh;
Căn cứ Nghị quyết số 25/NQ-HĐND ngày 22/3/2023 của Hội đồng nhân dân tỉnh về phân bổ vốn sự nghiệp năm 2023,
Ủy ban nhân dân huyện Sốp Cộp ban hành Kế hoạch như sau:
1. Ưu tiên các xã biên giới Mường Lạn, Mường Lèo, Mường Và.
2. Phòng Dân tộc huyện tổng hợp, báo cáo thường xuyên.

""" + SIGN_UB), [("Thực hiện Kế hoạch", "Thuc hiện Kế hoạch"), ("của Ủy ban nhân dân tỉnh;", "cua Uy ban nhân dân tinh;"),
                 ("Hội đồng nhân dân tỉnh về", "Hôi đông nhân dân tỉnh vê"), ("Kế hoạch như sau", "Kê hoach như sau")]))


# ====================================================================== central bodies
# Ủy ban Dân tộc 291/QĐ-UBDT (25/5/2022): guidance on a sub-project; replaced by the Bộ Dân tộc và Tôn giáo's 410/QĐ-BDTTG (15/9/2025)
w("ubdt_qd291_2022.txt", state("ỦY BAN DÂN TỘC", "", "291/QĐ-UBDT", "Hà Nội, ngày 25 tháng 5 năm 2022", """QUYẾT ĐỊNH
Ban hành Hướng dẫn thực hiện nội dung hỗ trợ phát triển sản xuất theo chuỗi giá trị
thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi
-------
BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC
""", """Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn thực hiện nội dung hỗ trợ phát triển sản xuất theo chuỗi giá trị.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

\t\t\t\t\tBỘ TRƯỞNG, CHỦ NHIỆM""").replace("ỦY BAN DÂN TỘC\n\n-------", "ỦY BAN DÂN TỘC\n-------"))

# Bộ Dân tộc và Tôn giáo 410/QĐ-BDTTG (15/9/2025): replaces 291/QĐ-UBDT
w("bdttg_qd410_2025.txt", state("BỘ DÂN TỘC VÀ TÔN GIÁO", "", "410/QĐ-BDTTG", "Hà Nội, ngày 15 tháng 9 năm 2025", """QUYẾT ĐỊNH
Ban hành Hướng dẫn thực hiện nội dung hỗ trợ phát triển sản xuất theo chuỗi giá trị
vùng đồng bào dân tộc thiểu số và miền núi
-------
BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO
""", """Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Quyết định số 920/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ điều chỉnh một số nội dung của Chương trình;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn thực hiện nội dung hỗ trợ phát triển sản xuất theo chuỗi giá trị.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 291/QĐ-UBDT ngày 25/5/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.

\t\t\t\t\tKT. BỘ TRƯỞNG
\t\t\t\t\tTHỨ TRƯỞNG""").replace("BỘ DÂN TỘC VÀ TÔN GIÁO\n\n-------", "BỘ DÂN TỘC VÀ TÔN GIÁO\n-------"))


# ====================================================================== Ban Dân tộc, districts, 2024
# Ban Dân tộc tỉnh 68/KH-BDT (12/3/2024): cites 291/QĐ-UBDT (before its replacement); planned replacement of 22/2022 in 2025
# (met by 14/2025); obligation on UBND các huyện (met by Phù Yên 56 and Mộc Châu 88); recurring row
w("bdt_kh68_2024.txt", state("UBND TỈNH SƠN LA", "BAN DÂN TỘC", "68/KH-BDT", "Sơn La, ngày 12 tháng 3 năm 2024", """KẾ HOẠCH
Hỗ trợ phát triển sản xuất theo chuỗi giá trị vùng đồng bào dân tộc thiểu số năm 2024
""", """Căn cứ Quyết định số 291/QĐ-UBDT ngày 25/5/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc;
Căn cứ Quyết định số 612/QĐ-UBDT ngày 16/9/2021 của Ủy ban Dân tộc phê duyệt danh sách các thôn đặc biệt khó khăn (thay thế Quyết định số 433/QĐ-UBDT ngày 18/6/2021);
Căn cứ Quyết định số 22/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh,
Ban Dân tộc tỉnh xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tTham mưu Ủy ban nhân dân tỉnh ban hành Quyết định thay thế Quyết định số 22/2022/QĐ-UBND ngày 15/9/2022\tPhòng Chính sách\tNăm 2025
2\tHướng dẫn các huyện xây dựng dự án chuỗi giá trị\tPhòng Kế hoạch - Tổng hợp\tHằng năm

II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện, gửi Ban Dân tộc tỉnh.

""" + SIGN_BDT))

# UBND huyện Phù Yên 56/KH-UBND (15/4/2024): implements 68/KH-BDT; quotes the whole header of 22/2022/QĐ-UBND inside a table
# (`Kèm theo Quyết định số …`); learns from Phú Yên's 56/KH-UBND (external, another province, the same number)
w("ubh_py_kh56_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN PHÙ YÊN", "56/KH-UBND", "Phù Yên, ngày 15 tháng 4 năm 2024", """KẾ HOẠCH
Hỗ trợ phát triển sản xuất theo chuỗi giá trị trên địa bàn huyện Phù Yên năm 2024
""", """Thực hiện Kế hoạch số 68/KH-BDT ngày 12/3/2024 của Ban Dân tộc tỉnh Sơn La;
Tham khảo mô hình liên kết của tỉnh Phú Yên (Kế hoạch số 56/KH-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh Phú Yên về chuỗi giá trị cây ăn quả),
Ủy ban nhân dân huyện Phù Yên ban hành Kế hoạch như sau:

1. Lồng ghép vốn theo Quyết định số 22/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh (trích phần đầu văn bản tại bảng dưới đây).
TT\tTrích văn bản
1\tỦY BAN NHÂN DÂN TỈNH SƠN LA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tSố: 22/2022/QĐ-UBND\tĐộc lập - Tự do - Hạnh phúc
\t\tSơn La, ngày 15 tháng 9 năm 2022
\tQUY ĐỊNH cơ chế lồng ghép nguồn vốn giữa các chương trình mục tiêu quốc gia (Kèm theo Quyết định số 22/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh Sơn La)
2. Phòng Dân tộc huyện theo dõi, tổng hợp thường xuyên.

""" + SIGN_UB))

# UBND huyện Mộc Châu 88/KH-UBND (10/6/2024): header `UBND HUYỆN MỘC CHÂU` in one cell, province line missing; implements 68/KH-BDT
w("ubh_mc_kh88_2024.txt", state_onecell("UBND HUYỆN MỘC CHÂU", "88/KH-UBND", "Mộc Châu, ngày 10 tháng 6 năm 2024", """KẾ HOẠCH
Hỗ trợ phát triển sản xuất theo chuỗi giá trị trên địa bàn huyện Mộc Châu năm 2024
""", """Thực hiện Kế hoạch số 68/KH-BDT ngày 12/3/2024 của Ban Dân tộc tỉnh;
Thực hiện Kế hoạch số 12-KH/HU, ngày 25/01/2022 của Ban Thường vụ Huyện ủy Mộc Châu,
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
1. Phát triển chuỗi giá trị chè, bò sữa ở các xã Tân Lập, Chiềng Sơn, Lóng Sập (thực hiện thường xuyên).
2. Phòng Dân tộc huyện tổng hợp, báo cáo hằng năm.

""" + SIGN_UB))

# HĐND tỉnh 18/2024/NQ-HĐND (10/12/2024): amends 10/2022 (meets 845-KL/TU's planned amendment); replaced by 05/2026
w("hdnd_nq18_2024.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH SƠN LA", "18/2024/NQ-HĐND", "Sơn La, ngày 10 tháng 12 năm 2024", """NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh
-------
HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA
KHÓA XV, KỲ HỌP THỨ MƯỜI CHÍN
""", LAWS_2015 + """
Thực hiện Kết luận số 845-KL/TU, ngày 15/8/2024 của Ban Thường vụ Tỉnh ủy;
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh như sau: sửa đổi khoản 2 Điều 4 về hệ số phân bổ.
Điều 2. Nghị quyết này có hiệu lực từ ngày 20/12/2024.

""" + SIGN_HD))


# ====================================================================== 2025: before and after 1/7/2025
# UBND tỉnh 120/KH-UBND (20/5/2025): the other 120/KH-UBND; implements 845-KL/TU (meets its obligation on the UBND); `thay thế` as a word
w("ubnd_kh120_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", " 120/KH-UBND", "Sơn La, ngày 20 tháng 5 năm 2025", f"""KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số
và miền núi trên địa bàn tỉnh Sơn La năm 2025
""", f"""Thực hiện Kết luận số 845-KL/TU, ngày 15/8/2024 của Ban Thường vụ Tỉnh ủy;
Căn cứ Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh (đã được sửa đổi, bổ sung tại Nghị quyết số 18/2024/NQ-HĐND ngày 10/12/2024);
Căn cứ Quyết định số 22/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh;
Gắn với Kết luận số 1587-KL/TU ngày 16/4/2025 của Ban Thường vụ Tỉnh ủy về chủ trương sắp xếp đơn vị hành chính cấp xã;
Tiếp theo Kế hoạch số 120/KH-UBND ngày 05/5/2023 của Ủy ban nhân dân tỉnh về thực hiện Chương trình năm 2023,
Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2025 như sau:
1. Chuyển đổi, thay thế diện tích cây trồng kém hiệu quả trên đất dốc bằng cây ăn quả (thực hiện thường xuyên).
2. Thay thế nhà tạm, nhà dột nát cho hộ nghèo dân tộc thiểu số (hằng năm).
3. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố tổ chức thực hiện.

""" + SIGN_UB))

# Đảng ủy phường Mộc Châu 05-NQ/ĐU (20/8/2025) and UBND phường Mộc Châu 30/KH-UBND (20/8/2025): each rests on the other (cycle, planted)
w("du_pmc_nq05_2025.txt", party("ĐẢNG BỘ TỈNH SƠN LA", "ĐẢNG ỦY PHƯỜNG MỘC CHÂU", "05-NQ/ĐU", "Mộc Châu, ngày 20 tháng 8 năm 2025", """NGHỊ QUYẾT
về phát triển du lịch cộng đồng gắn với giảm nghèo ở các bản đồng bào dân tộc thiểu số
-----
""", """Căn cứ Kế hoạch số 30/KH-UBND ngày 20/8/2025 của Ủy ban nhân dân phường Mộc Châu về phát triển du lịch cộng đồng;
Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/12/2021 của Ban Chấp hành Đảng bộ tỉnh,
Ban Chấp hành Đảng bộ phường quyết nghị:
1. Lãnh đạo phát triển du lịch cộng đồng ở các bản Áng, Pa Khen (thực hiện thường xuyên).
2. Giao Đảng ủy phường theo dõi, hằng năm sơ kết.

""" + SIGN_DU))

w("ubp_mc_kh30_2025.md", md_headings(["### ỦY BAN NHÂN DÂN", "### PHƯỜNG MỘC CHÂU", "**Số: 30/KH-UBND**"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Mộc Châu, ngày 20 tháng 8 năm 2025*"]) + """## KẾ HOẠCH
### Phát triển du lịch cộng đồng gắn với giảm nghèo ở các bản đồng bào dân tộc thiểu số

Thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/8/2025 của Ban Chấp hành Đảng bộ phường Mộc Châu;

Kế thừa Kế hoạch số 88/KH-UBND ngày 10/6/2024 của Ủy ban nhân dân huyện Mộc Châu (trước sắp xếp) về chuỗi giá trị chè, bò sữa,

Ủy ban nhân dân phường Mộc Châu ban hành Kế hoạch như sau:

1. Hỗ trợ các hộ ở bản Áng, Pa Khen làm du lịch cộng đồng (thực hiện thường xuyên).
2. Các tổ dân phố, bản triển khai thực hiện; hằng năm báo cáo kết quả.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
""")

# UBND tỉnh 14/2025/QĐ-UBND (10/10/2025, in force 20/10/2025): replaces 22/2022/QĐ-UBND; repeals 1150/QĐ-UBND
w("ubnd_qd14_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "14/2025/QĐ-UBND", "Sơn La, ngày 10 tháng 10 năm 2025", """QUYẾT ĐỊNH
Ban hành Quy định cơ chế lồng ghép nguồn vốn và phối hợp thực hiện các chương trình mục tiêu quốc gia
trên địa bàn tỉnh Sơn La
-------
ỦY BAN NHÂN DÂN TỈNH SƠN LA
""", LAWS_2025 + """
Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;
Theo đề nghị của Giám đốc Sở Dân tộc và Tôn giáo.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định cơ chế lồng ghép nguồn vốn và phối hợp thực hiện các chương trình mục tiêu quốc gia trên địa bàn tỉnh Sơn La.
Điều 2. Quyết định này có hiệu lực từ ngày 20 tháng 10 năm 2025 và thay thế Quyết định số 22/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh.
Bãi bỏ Quyết định số 1150/QĐ-UBND ngày 10/6/2022 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp tổ chức thực hiện Chương trình.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Dân tộc và Tôn giáo, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.

""" + SIGN_UB))


# ====================================================================== 2026
# UBND tỉnh 03/2026/QĐ-UBND (15/01/2026): a .docx with footnotes; replaces 22/2022/QĐ-UBND again (inverse-inconsistency, planted)
docx_fn("ubnd_qd03_2026.docx", [
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n-------\nSố: 03/2026/QĐ-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSơn La, ngày 15 tháng 01 năm 2026",
    "QUYẾT ĐỊNH",
    "Ban hành Quy định quản lý, sử dụng vốn sự nghiệp thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030",
    "ỦY BAN NHÂN DÂN TỈNH SƠN LA",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị định số 272/2025/NĐ-CP của Chính phủ về phân định vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030[^1];",
    "Căn cứ Quyết định số 14/2025/QĐ-UBND ngày 10/10/2025 của Ủy ban nhân dân tỉnh[^2];",
    "Theo đề nghị của Giám đốc Sở Dân tộc và Tôn giáo.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, sử dụng vốn sự nghiệp thực hiện Chương trình giai đoạn 2026 - 2030.",
    "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 02 năm 2026 và thay thế Quyết định số 22/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
], ["Nghị định số 272/2025/NĐ-CP được dẫn theo bản đăng Công báo.",
    "Quyết định số 14/2025/QĐ-UBND quy định cơ chế lồng ghép nguồn vốn, được áp dụng đồng thời với Quy định này."])

# Sở Dân tộc và Tôn giáo 15/KH-SDTTG (20/01/2026): task table (layout): amend 14/2025 by Tháng 8/2026 (overdue, planted);
# announced Đề án by Quý III/2026 (overdue, planted); recurring and not-due rows; obligation on UBND xã, phường (met)
w("sdttg_kh15_2026.txt", layout(state_cols("UBND TỈNH SƠN LA", "SỞ DÂN TỘC VÀ TÔN GIÁO", "15/KH-SDTTG", "Sơn La, ngày 20 tháng 01 năm 2026", """                                  KẾ HOẠCH
      Công tác dân tộc và thực hiện Chương trình mục tiêu quốc gia năm 2026
""", """Căn cứ Quyết định số 14/2025/QĐ-UBND ngày 10/10/2025 của Ủy ban nhân dân tỉnh;
Căn cứ Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh;
Căn cứ Quyết định số 410/QĐ-BDTTG ngày 15/9/2025 của Bộ trưởng Bộ Dân tộc và Tôn giáo,
Sở Dân tộc và Tôn giáo xây dựng Kế hoạch như sau:

I. NHIỆM VỤ CỤ THỂ
TT    Nội dung                                                                                          Đơn vị chủ trì        Thời gian hoàn thành
1     Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 14/2025/QĐ-UBND ngày 10/10/2025      Phòng Chính sách      Tháng 8/2026
2     Xây dựng Đề án bảo tồn văn hóa truyền thống các dân tộc thiểu số tỉnh Sơn La                      Phòng Chính sách      Quý III/2026
3     Hướng dẫn các xã, phường rà soát hộ nghèo dân tộc thiểu số                                         Phòng Kế hoạch        Quý I/2026 và thực hiện thường xuyên
4     Tham mưu tổng kết Chương trình giai đoạn 2021 - 2025                                              Văn phòng Sở          Tháng 12/2026

II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện, gửi Sở Dân tộc và Tôn giáo.
Kế hoạch số 15/KH-SDTTG thay thế cho các văn bản hướng dẫn riêng lẻ của Sở về từng nội dung.

""" + SIGN_SO)))

# HĐND tỉnh 05/2026/NQ-HĐND (26/02/2026, in force 10/3/2026): replaces 10/2022 and 18/2024 (Word-exported page)
w("hdnd_nq05_2026.html", html_spans("Nghị quyết 05/2026/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH SƠN LA", "-------", "Số: 05/2026/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Sơn La, ngày 26 tháng 02 năm 2026"], f"""NGHỊ QUYẾT
Quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030
HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA
KHÓA XV, KỲ HỌP CHUYÊN ĐỀ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 272/2025/NĐ-CP của Chính phủ;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Dân tộc Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Quy định nguyên tắc, tiêu chí, định mức phân bổ vốn thực hiện {CTMTQG} giai đoạn 2026 - 2030.
Điều 2. Nghị quyết này có hiệu lực từ ngày 10/3/2026 và thay thế Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 và Nghị quyết số 18/2024/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh.
Điều 3. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
CHỦ TỊCH"""))

# UBND xã Sốp Cộp 18/KH-UBND (10/3/2026): YAML front matter; cites the repealed 1150/QĐ-UBND (superseded-citation, planted);
# duplicate-identity (1/2) with the xã's other 18/KH-UBND of 02/4/2026
w("xa_sc_kh18_2026.md", md_yaml([("so_hieu", "18/KH-UBND"), ("co_quan", "UBND xã Sốp Cộp"), ("ngay_ban_hanh", "2026-03-10"), ("loai", "Kế hoạch")],
"""**ỦY BAN NHÂN DÂN XÃ SỐP CỘP**

Số: 18/KH-UBND — *Sốp Cộp, ngày 10 tháng 3 năm 2026*

# KẾ HOẠCH
## Phối hợp thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số năm 2026

Căn cứ Quyết định số 1150/QĐ-UBND ngày 10/6/2022 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp tổ chức thực hiện Chương trình;

Ủy ban nhân dân xã Sốp Cộp ban hành Kế hoạch như sau:

1. Các bản Huổi Luông, Nà Khá phối hợp rà soát hộ nghèo (thực hiện thường xuyên).
2. Công chức văn hóa - xã hội tổng hợp, báo cáo hằng năm.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""))

# UBND xã Sốp Cộp 18/KH-UBND (02/4/2026): the second 18/KH-UBND of the same xã in 2026 (duplicate-identity, 2/2)
w("xa_sc_kh18b_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ SỐP CỘP", "18/KH-UBND", "Sốp Cộp, ngày 02 tháng 4 năm 2026", """KẾ HOẠCH
Tuyên truyền, phổ biến pháp luật cho đồng bào dân tộc thiểu số xã Sốp Cộp năm 2026
""", """Thực hiện Kế hoạch số 15/KH-SDTTG ngày 20/01/2026 của Sở Dân tộc và Tôn giáo tỉnh Sơn La,
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
1. Tuyên truyền tại các bản vùng biên giới (hằng năm).
2. Công chức tư pháp - hộ tịch chủ trì thực hiện thường xuyên.

""" + SIGN_UB_CT))

# UBND xã Phù Yên 56/KH-UBND (12/5/2026): the same number as the former huyện Phù Yên's (2024), cited dated by its former name;
# implements 15/KH-SDTTG (obligation met); cites 410/QĐ-BDTTG (in force); `thay thế` as a word
w("xa_py_kh56_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ PHÙ YÊN", "56/KH-UBND", "Phù Yên, ngày 12 tháng 5 năm 2026", """KẾ HOẠCH
Hỗ trợ phát triển sản xuất theo chuỗi giá trị trên địa bàn xã Phù Yên năm 2026
""", """Thực hiện Kế hoạch số 15/KH-SDTTG ngày 20/01/2026 của Sở Dân tộc và Tôn giáo;
Căn cứ Quyết định số 410/QĐ-BDTTG ngày 15/9/2025 của Bộ trưởng Bộ Dân tộc và Tôn giáo;
Kế thừa kết quả thực hiện Kế hoạch số 56/KH-UBND ngày 15/4/2024 của Ủy ban nhân dân huyện Phù Yên (cũ),
Ủy ban nhân dân xã Phù Yên ban hành Kế hoạch như sau:
1. Duy trì chuỗi liên kết cây ăn quả với hợp tác xã (thực hiện thường xuyên).
2. Thay thế giống cây trồng kém năng suất bằng giống mới (hằng năm).

""" + SIGN_UB_CT))

# UBND xã Bắc Yên (20/5/2026): `Số:……/KH-UBND` left blank; implements 15/KH-SDTTG (obligation met); codes miscased (`QĐ-Ttg`, `QĐ-Ubnd`)
w("xa_by_kh_2026.txt", state_blank("ỦY BAN NHÂN DÂN", "XÃ BẮC YÊN", "KH-UBND", "Bắc Yên, ngày 20 tháng 5 năm 2026", """KẾ HOẠCH
Thực hiện công tác dân tộc trên địa bàn xã Bắc Yên năm 2026
""", """Căn cứ Quyết định số 1719/QĐ-Ttg ngày 14/10/2021 của Thủ tướng Chính phủ;
Căn cứ Quyết định số 14/2025/QĐ-Ubnd ngày 10/10/2025 của Ủy ban nhân dân tỉnh;
Thực hiện Kế hoạch số 15/KH-SDTTG ngày 20/01/2026 của Sở Dân tộc và Tôn giáo,
Ủy ban nhân dân xã Bắc Yên ban hành Kế hoạch như sau:
1. Hỗ trợ các bản Háng Đồng, Tà Xùa phát triển du lịch (thực hiện thường xuyên).
2. Các bản triển khai thực hiện Kế hoạch này; hằng năm báo cáo kết quả.

""" + SIGN_UB_CT))

# Sở Dân tộc và Tôn giáo 512/SDTTG-CS (15/6/2026): letter; asks communes to follow the replaced 22/2022/QĐ-UBND
# (superseded-citation, planted); Q. GIÁM ĐỐC
w("sdttg_cv512_2026.txt", state("UBND TỈNH SƠN LA", "SỞ DÂN TỘC VÀ TÔN GIÁO", "512/SDTTG-CS", "Sơn La, ngày 15 tháng 6 năm 2026", """V/v lồng ghép nguồn vốn thực hiện Chương trình năm 2026
""", """Kính gửi: Ủy ban nhân dân các xã, phường.

Căn cứ Quyết định số 22/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh ban hành Quy định cơ chế lồng ghép nguồn vốn giữa các chương trình mục tiêu quốc gia,
Sở Dân tộc và Tôn giáo đề nghị Ủy ban nhân dân các xã, phường thực hiện lồng ghép nguồn vốn năm 2026 theo đúng quy định.

""" + SIGN_SO_Q))

# UBND xã Mai Sơn 40/KH-UBND (10/7/2026): cites the replaced 10/2022/NQ-HĐND (superseded-citation, planted); implements 15/KH-SDTTG
w("xa_ms_kh40_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ MAI SƠN", "40/KH-UBND", "Mai Sơn, ngày 10 tháng 7 năm 2026", """KẾ HOẠCH
Phân bổ vốn sự nghiệp thực hiện Chương trình mục tiêu quốc gia trên địa bàn xã Mai Sơn năm 2026
""", """Căn cứ Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh quy định nguyên tắc, tiêu chí, định mức phân bổ vốn;
Thực hiện Kế hoạch số 15/KH-SDTTG ngày 20/01/2026 của Sở Dân tộc và Tôn giáo,
Ủy ban nhân dân xã Mai Sơn ban hành Kế hoạch như sau:
1. Ưu tiên vốn cho các bản đặc biệt khó khăn của xã (thực hiện thường xuyên).
2. Các bản triển khai thực hiện; hằng năm báo cáo kết quả.

""" + SIGN_UB_CT))

# Sở Dân tộc và Tôn giáo 230/BC-SDTTG (15/9/2026): report; undated `Nghị quyết số 25/NQ-HĐND` (ambiguous-id, planted); narrates
# replacements; quotes a draft's title with `sửa đổi, bổ sung`; former district names; counted list that matches
w("sdttg_bc230_2026.txt", state("UBND TỈNH SƠN LA", "SỞ DÂN TỘC VÀ TÔN GIÁO", "230/BC-SDTTG", "Sơn La, ngày 15 tháng 9 năm 2026", """BÁO CÁO
Tổng kết thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số
và miền núi giai đoạn 2021 - 2025 trên địa bàn tỉnh Sơn La
""", """I. KẾT QUẢ THỰC HIỆN
1. Về cơ chế, chính sách: Hội đồng nhân dân tỉnh ban hành Nghị quyết số 10/2022/NQ-HĐND ngày 15/7/2022 (đã được thay thế bởi Nghị quyết số 05/2026/NQ-HĐND ngày 26/02/2026); Ủy ban nhân dân tỉnh ban hành Quyết định số 14/2025/QĐ-UBND ngày 10/10/2025.
2. Về phân bổ vốn: vốn sự nghiệp được phân bổ theo Nghị quyết số 25/NQ-HĐND của Hội đồng nhân dân tỉnh về phân bổ vốn sự nghiệp thực hiện Chương trình.
3. Các huyện Mộc Châu, Mai Sơn, Thuận Châu (trước ngày 01/7/2025) đã ban hành kế hoạch thực hiện; Kế hoạch số 88/KH-UBND ngày 10/6/2024 của Ủy ban nhân dân huyện Mộc Châu đạt kết quả tốt.
4. Sở đang lấy ý kiến dự thảo Quyết định "sửa đổi, bổ sung một số điều của Quyết định số 14/2025/QĐ-UBND" theo Kế hoạch số 15/KH-SDTTG ngày 20/01/2026.

II. TỒN TẠI, HẠN CHẾ
Có 02 hạn chế sau:
1. Giải ngân vốn sự nghiệp chậm.
2. Một số xã mới sau sắp xếp chưa bố trí đủ công chức theo dõi công tác dân tộc.

III. KIẾN NGHỊ
Đề nghị Ủy ban nhân dân tỉnh xem xét.

""" + SIGN_SO))

# UBND tỉnh 2950/UBND-KT (10/10/2026): letter responding to 230/BC-SDTTG; only proposes replacing 14/2025 (no deadline); TL. CHỦ TỊCH
w("ubnd_cv2950_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "2950/UBND-KT", "Sơn La, ngày 10 tháng 10 năm 2026", """V/v triển khai kết quả tổng kết Chương trình giai đoạn 2021 - 2025
""", """Kính gửi: Sở Dân tộc và Tôn giáo.

Xem xét Báo cáo số 230/BC-SDTTG ngày 15/9/2026 của Sở Dân tộc và Tôn giáo, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
Giao Sở Dân tộc và Tôn giáo nghiên cứu, đề xuất việc thay thế Quyết định số 14/2025/QĐ-UBND ngày 10/10/2025 của Ủy ban nhân dân tỉnh cho phù hợp với giai đoạn 2026 - 2030, nếu cần thiết.

""" + SIGN_UB_TL))
