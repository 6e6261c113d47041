#!/usr/bin/env python3
"""Red team round 36: the periodic review and repeal of normative documents (rà soát, hệ thống hóa văn bản quy phạm pháp
luật) in tỉnh Cao Bằng, 2020-2026 — a province that kept its name and borders on 1/7/2025 (no merger), its districts
abolished and its communes and wards merged (xã Hòa An, xã Bảo Lạc, phường Thục Phán keep old names).
Bodies: Tỉnh ủy Cao Bằng (08-CT/TU 2021), Ban Nội chính Tỉnh ủy (05-HD/BNCTU 2021, 42-BC/BNCTU 2024); Huyện ủy Hòa An
(12-KH/HU), Hà Quảng (12-KH/HU too), Trùng Khánh (15-KH/HU); HĐND tỉnh (12/2021/NQ-HĐND, amended by 05/2023/NQ-HĐND,
repealed in part by 20/2025/NQ-HĐND); UBND tỉnh (12/2020, 25/2020, 12/2021, 08/2023, 30/2024/QĐ-UBND; 15/QĐ-UBND of 2022
and of 2024 publishing the lists of expired documents; 312/QĐ-UBND 2024; 25/KH-UBND 2024); Văn phòng UBND tỉnh
(1450/VP-NC 2026); Sở Tư pháp (18/KH-STP 2023, 27/BC-STP twice in 2024, 112/BC-STP 2025, 05/KH-STP 2026, 198/BC-STP 2026);
UBND thành phố Cao Bằng (25/KH-UBND 2024), UBND huyện Quảng Hòa (88/KH-UBND 2022), Bảo Lạc (46/KH-UBND 2023), Hòa An
(61/KH-UBND 2023); after 1/7/2025 Đảng ủy and UBND phường Thục Phán (05-NQ/ĐU, 41/KH-UBND), UBND xã Bảo Lạc (07/KH-UBND),
UBND xã Hòa An (03/KH-UBND 2026).
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented.
Header helpers copied from RedTeam34/gen.py (`party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`) with the site names, address and phone numbers changed to Cao Bằng's; new here:
`word_table_html` (a Word table exported to HTML with colspan/rowspan) and `layout_table` (a pdftotext -layout table whose
cells wrap over two lines)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Cao Bằng", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND tỉnh Cao Bằng. Địa chỉ: số 011 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng. Điện thoại: 0206.3852.141 - Fax: 0206.3852.142') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Cao Bằng - Điện thoại: 0206.3824.301 - Fax: 0206.3824.302</div>\n</body></html>')









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


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_HU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_DU = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BNC = """\t\t\t\t\tK/T TRƯỞNG BAN
\t\t\t\t\tPHÓ TRƯỞNG BAN"""
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
CHLT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"


# ====================================================================== Party, 2021
# Tỉnh ủy Cao Bằng 08-CT/TU (20/5/2021), pdftotext -layout with two-column header. Obligations: Ban Nội chính guidance
# (met: 05-HD/BNCTU), huyện ủy/thành ủy plans (met: 12-KH/HU Hòa An, 12-KH/HU Hà Quảng, 15-KH/HU Trùng Khánh),
# Hội Luật gia tỉnh plan (never comes: unmet-obligation, planted).
w("tu_cb_ct08_2021.txt", layout(party_cols("ĐẢNG BỘ TỈNH CAO BẰNG", "TỈNH ỦY", "08-CT/TU", "Cao Bằng, ngày 20 tháng 5 năm 2021", """                                   CHỈ THỊ
       của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đảng đối với
     công tác xây dựng, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật
                                    -----
""", f"""Thời gian qua, công tác xây dựng, ban hành và rà soát văn bản quy phạm pháp luật trên địa bàn tỉnh
đã có chuyển biến; tuy nhiên, việc rà soát chưa kịp thời, còn văn bản hết hiệu lực chưa được công bố.
Thực hiện {L2015} và {L2020}, Ban Thường vụ Tỉnh ủy yêu cầu:

1. Cấp ủy, tổ chức đảng lãnh đạo việc rà soát văn bản thường xuyên, gắn với trách nhiệm người đứng đầu.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo việc công bố kịp thời danh mục văn bản hết hiệu lực hằng năm.
3. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo việc xem xét, sửa đổi các nghị quyết quy phạm không còn phù hợp.

TỔ CHỨC THỰC HIỆN
1. Ban Nội chính Tỉnh ủy ban hành hướng dẫn thực hiện Chỉ thị này.
2. Các huyện ủy, thành ủy xây dựng kế hoạch thực hiện Chỉ thị này.
3. Hội Luật gia tỉnh xây dựng kế hoạch phổ biến Chỉ thị trong hội viên.
4. Chỉ thị này được phổ biến đến chi bộ.

""" + SIGN_TU)))

# Ban Nội chính Tỉnh ủy 05-HD/BNCTU (15/7/2021), Markdown with a header table; counted list 04 + 4 (trap)
w("bnc_cb_hd05_2021.md", md_hdr(["**ĐẢNG BỘ TỈNH CAO BẰNG**", "**BAN NỘI CHÍNH**", "*", "Số 05-HD/BNCTU"],
  ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Cao Bằng, ngày 15 tháng 7 năm 2021*"]) + """
# HƯỚNG DẪN
## Thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy

Thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác xây dựng, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật, Ban Nội chính Tỉnh ủy hướng dẫn như sau:

**I. NỘI DUNG**

Các cấp ủy tập trung lãnh đạo 04 nội dung sau:

1. Rà soát văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân cùng cấp.
2. Kiểm tra việc công bố danh mục văn bản hết hiệu lực hằng năm.
3. Đôn đốc xử lý văn bản trái pháp luật sau kiểm tra.
4. Báo cáo kết quả về Ban Nội chính Tỉnh ủy trước ngày 15 tháng 12 hằng năm.

**II. TỔ CHỨC THỰC HIỆN**

Hướng dẫn này được thực hiện thường xuyên.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
""")

# Huyện ủy Hòa An 12-KH/HU (10/6/2021): count-mismatch planted (05 nhiệm vụ ... sau: + 4 items)
w("hu_ha_kh12_2021.txt", party("ĐẢNG BỘ TỈNH CAO BẰNG", "HUYỆN ỦY HÒA AN", "12-KH/HU", "Hòa An, ngày 10 tháng 6 năm 2021", """KẾ HOẠCH
thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy
-----
""", """Thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác xây dựng, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

I. NHIỆM VỤ
Ban Thường vụ Huyện ủy xác định 05 nhiệm vụ trọng tâm sau:
1. Lãnh đạo Ủy ban nhân dân huyện rà soát các quyết định quy phạm của huyện, trong đó có các văn bản thực hiện Quyết định số 12/2021/QĐ-UBND ngày 20/5/2021 của Ủy ban nhân dân tỉnh.
2. Chỉ đạo Phòng Tư pháp huyện kiểm tra văn bản của Hội đồng nhân dân, Ủy ban nhân dân các xã, thị trấn.
3. Đưa kết quả rà soát văn bản vào đánh giá tổ chức đảng cuối năm.
4. Bố trí công chức pháp chế ở các xã, thị trấn.

II. TỔ CHỨC THỰC HIỆN
TT\tNội dung\tCơ quan chủ trì\tThời gian
1\tRà soát văn bản của huyện\tỦy ban nhân dân huyện\tHằng năm
2\tKiểm tra văn bản cấp xã\tPhòng Tư pháp\tThường xuyên

""" + SIGN_HU))

# Huyện ủy Trùng Khánh 15-KH/HU dated 12/5/2021, OCR-like: implements 08-CT/TU of 20/5/2021 (temporal, planted)
tk = party("ĐẢNG BỘ TỈNH CAO BẰNG", "HUYỆN ỦY TRÙNG KHÁNH", "15-KH/HU", "Trùng Khánh, ngày 12 tháng 5 năm 2021", """KẾ HOẠCH
thực hiện công tác rà soát văn bản quy phạm pháp luật năm 2021
-----
""", """Thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác xây dựng, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật, Ban Thường vụ Huyện ủy Trùng Khánh xây dựng Kế hoạch như sau:

1. Ủy ban nhân dân huyện rà soát các văn bản do huyện ban hành từ năm 2016 đến nay.
2. Phòng Tư pháp huyện tổng hợp danh mục văn bản hết hiệu lực, báo cáo trước ngày 30/11/2021.
3. Các chi bộ, đảng bộ cơ sở quán triệt Kế hoạch này.

""" + SIGN_HU)
w("hu_tk_kh15_2021.txt", ocr(tk, [("rà soát các văn bản", "rà soát các vãn bản"), ("Phòng Tư pháp huyện tổng hợp", "Phòng Tư pháp huyện tông hợp"),
                                  ("quán triệt", "quán triêt"), ("Huyện ủy Trùng Khánh xây", "Huyện ủy Trùng Khánh xâv")]))

# Huyện ủy Hà Quảng 12-KH/HU (02/8/2021), CRLF: same number as Hòa An's 12-KH/HU (trap); cites 05-HD/BNCTU as the
# Ban Tổ chức's (metadata-conflict, issuer, planted)
w("hu_hq_kh12_2021.txt", party("ĐẢNG BỘ TỈNH CAO BẰNG", "HUYỆN ỦY HÀ QUẢNG", "12-KH/HU", "Hà Quảng, ngày 02 tháng 8 năm 2021", """KẾ HOẠCH
thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy
-----
""", """Thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 05-HD/BNCTU ngày 15/7/2021 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Huyện ủy Hà Quảng xây dựng Kế hoạch như sau:

1. Ủy ban nhân dân huyện rà soát văn bản quy phạm pháp luật do huyện ban hành, hoàn thành trước ngày 31/10/2021.
2. Ủy ban Kiểm tra Huyện ủy đưa nội dung rà soát văn bản vào chương trình kiểm tra hằng năm.

""" + SIGN_HU), crlf=True)


# ====================================================================== HĐND tỉnh
HD_HEAD_L = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH CAO BẰNG", "-------", "Số: 12/2021/NQ-HĐND"]
HD_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Cao Bằng, ngày 10 tháng 12 năm 2021"]
w("hdnd_nq12_2021.html", html_spans("Nghị quyết 12/2021/NQ-HĐND", HD_HEAD_L, HD_HEAD_R, f"""NGHỊ QUYẾT
Quy định mức chi bảo đảm cho công tác xây dựng, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Cao Bằng
HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG
KHÓA XVII, KỲ HỌP THỨ 4
{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ {ND34}; {ND154};
Xét Tờ trình số 3102/TTr-UBND ngày 15 tháng 11 năm 2021 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh;
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh: quy định mức chi bảo đảm cho công tác xây dựng, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật của các cơ quan, đơn vị trên địa bàn tỉnh.
Điều 2. Mức chi
1. Chi soạn thảo dự thảo nghị quyết, quyết định quy phạm: theo mức tối đa quy định của Bộ Tài chính.
2. Chi rà soát, hệ thống hóa văn bản: 150.000 đồng/văn bản.
3. Chi kiểm tra văn bản theo chuyên đề: 300.000 đồng/văn bản.
Điều 3. Tổ chức thực hiện
1. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Hỗ trợ thêm 50.000 đồng/văn bản cho cán bộ pháp chế cấp xã vùng đặc biệt khó khăn.
3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2022 và thay thế Nghị quyết số 41/2016/NQ-HĐND ngày 14 tháng 12 năm 2016 của Hội đồng nhân dân tỉnh.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Cao Bằng khóa XVII, kỳ họp thứ 4 thông qua ngày 10 tháng 12 năm 2021.
CHỦ TỊCH"""))

# HĐND 05/2023/NQ-HĐND (14/7/2023): amends 12/2021/NQ-HĐND (enacted; met the planned amendment of 18/KH-STP); layout
w("hdnd_nq05_2023.txt", layout(state_cols("HỘI ĐỒNG NHÂN DÂN", "TỈNH CAO BẰNG", "05/2023/NQ-HĐND", "Cao Bằng, ngày 14 tháng 7 năm 2023", """                                   NGHỊ QUYẾT
           Sửa đổi, bổ sung một số điều của Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12
               năm 2021 của Hội đồng nhân dân tỉnh quy định mức chi bảo đảm cho công tác
                    xây dựng, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật
                          HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG
                              KHÓA XVII, KỲ HỌP THỨ 14
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ {ND34}; {ND154};
Xét Tờ trình số 1544/TTr-UBND ngày 20 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh;
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021
của Hội đồng nhân dân tỉnh như sau:
1. Sửa đổi khoản 2 Điều 2 như sau: "2. Chi rà soát, hệ thống hóa văn bản: 200.000 đồng/văn bản."
2. Sửa đổi khoản 3 Điều 2 như sau: "3. Chi kiểm tra văn bản theo chuyên đề: 400.000 đồng/văn bản."
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2023.
""" + SIGN_HD)))

# HĐND 20/2025/NQ-HĐND (10/12/2025): repeals khoản 2 Điều 3 of 12/2021/NQ-HĐND only (partial repeal, trap)
w("hdnd_nq20_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH CAO BẰNG", "20/2025/NQ-HĐND", "Cao Bằng, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Bãi bỏ khoản 2 Điều 3 Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG
KHÓA XVII, KỲ HỌP THỨ 38
""", f"""Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ {L2025};
Căn cứ Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;
Xét Tờ trình số 3301/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh;
QUYẾT NGHỊ:
Điều 1. Bãi bỏ khoản 2 Điều 3 Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh (đã được sửa đổi, bổ sung bởi Nghị quyết số 05/2023/NQ-HĐND ngày 14 tháng 7 năm 2023), do không còn cấp huyện. Các nội dung khác của Nghị quyết số 12/2021/NQ-HĐND tiếp tục thực hiện.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
""" + SIGN_HD))


# ====================================================================== UBND tỉnh, normative decisions
def ub(num, date, title, body, sign=SIGN_UB):
    return state("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", num, date, title, body + "\n" + sign)

w("ubnd_qd12_2020.txt", ub("12/2020/QĐ-UBND", "Cao Bằng, ngày 15 tháng 4 năm 2020", """QUYẾT ĐỊNH
Ban hành hệ số điều chỉnh giá đất năm 2020 trên địa bàn tỉnh Cao Bằng
ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
""", f"""{CHLT}
Căn cứ {L2015};
QUYẾT ĐỊNH:
Điều 1. Ban hành hệ số điều chỉnh giá đất năm 2020 trên địa bàn tỉnh Cao Bằng (phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 4 năm 2020 đến hết ngày 31 tháng 12 năm 2020.
"""))

w("ubnd_qd25_2020.txt", ub("25/2020/QĐ-UBND", "Cao Bằng, ngày 12 tháng 8 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy định mức hỗ trợ đối với công chức làm công tác pháp chế ở xã, phường, thị trấn giai đoạn 2020 - 2023
ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
""", f"""{CHLT}
Căn cứ {L2015};
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định mức hỗ trợ đối với công chức làm công tác pháp chế ở xã, phường, thị trấn.
Điều 2. Mức hỗ trợ: 300.000 đồng/người/tháng.
Điều 3. Quyết định này có hiệu lực từ ngày 25 tháng 8 năm 2020 và được áp dụng đến hết ngày 31 tháng 12 năm 2023.
"""))

w("ubnd_qd12_2021.txt", ub("12/2021/QĐ-UBND", "Cao Bằng, ngày 20 tháng 5 năm 2021", """QUYẾT ĐỊNH
Quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Cao Bằng
ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ {ND34};
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 6 năm 2021 và bãi bỏ Quyết định số 07/2017/QĐ-UBND ngày 10 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh.
"""))

# 08/2023/QĐ-UBND (15/3/2023, in force 25/3/2023) replaces 12/2021/QĐ-UBND; repealed itself by 30/2024/QĐ-UBND
w("ubnd_qd08_2023.txt", ub("08/2023/QĐ-UBND", "Cao Bằng, ngày 15 tháng 3 năm 2023", """QUYẾT ĐỊNH
Ban hành Quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Cao Bằng
ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ {ND34}; {ND154};
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh;
Theo đề nghị của Giám đốc Sở Tư pháp.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Cao Bằng.
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 3 năm 2023 và thay thế Quyết định số 12/2021/QĐ-UBND ngày 20 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# 30/2024/QĐ-UBND (20/9/2024, in force 01/10/2024): repeals 08/2023 AND 12/2021 (already replaced: inverse-inconsistency,
# planted); basis clause names 12/2021/NQ-HĐND `được sửa đổi, bổ sung bởi` 05/2023 (trap)
w("ubnd_qd30_2024.txt", ub("30/2024/QĐ-UBND", "Cao Bằng, ngày 20 tháng 9 năm 2024", """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Cao Bằng
ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ {ND34}; {ND154}; Nghị định số 59/2024/NĐ-CP ngày 25 tháng 5 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP;
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh, được sửa đổi, bổ sung bởi Nghị quyết số 05/2023/NQ-HĐND ngày 14 tháng 7 năm 2023;
Theo đề nghị của Giám đốc Sở Tư pháp.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Cao Bằng.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 10 năm 2024.
Điều 3. Bãi bỏ các văn bản sau:
1. Quyết định số 08/2023/QĐ-UBND ngày 15 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh ban hành Quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật.
2. Quyết định số 12/2021/QĐ-UBND ngày 20 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật.
"""))

# 15/QĐ-UBND of 07/01/2022 (.docx): list of documents expired in 2021; table whose row 2 is split across a page
# (the header row repeats, the row goes on in a row with an empty STT cell)
docx("ubnd_qd15_2022.docx", [
    "QUYẾT ĐỊNH",
    "Công bố Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Cao Bằng hết hiệu lực toàn bộ, một phần năm 2021",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    CHLT,
    f"Căn cứ {L2015}; {L2020};",
    f"Căn cứ {ND34}; {ND154};",
    "Theo đề nghị của Giám đốc Sở Tư pháp.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Công bố kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh hết hiệu lực toàn bộ, một phần năm 2021.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC TOÀN BỘ NĂM 2021",
    "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 07/01/2022 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng)",
], rows=[
    ["STT", "Tên loại văn bản", "Số, ký hiệu; ngày, tháng, năm ban hành", "Tên gọi của văn bản", "Lý do hết hiệu lực", "Ngày hết hiệu lực"],
    ["1", "Quyết định", "12/2020/QĐ-UBND ngày 15/4/2020", "Ban hành hệ số điều chỉnh giá đất năm 2020 trên địa bàn tỉnh Cao Bằng", "Hết thời hạn có hiệu lực đã được quy định trong văn bản", "31/12/2020"],
    ["2", "Quyết định", "07/2017/QĐ-UBND ngày 10/3/2017", "Quy định trách nhiệm rà soát,", "Bị bãi bỏ bởi Quyết định số", ""],
    ["STT", "Tên loại văn bản", "Số, ký hiệu; ngày, tháng, năm ban hành", "Tên gọi của văn bản", "Lý do hết hiệu lực", "Ngày hết hiệu lực"],
    ["", "", "", "hệ thống hóa văn bản quy phạm pháp luật", "12/2021/QĐ-UBND ngày 20/5/2021", "01/6/2021"],
    ["3", "Nghị quyết", "41/2016/NQ-HĐND ngày 14/12/2016", "Quy định mức chi bảo đảm cho công tác kiểm tra, xử lý, rà soát văn bản", "Bị thay thế bởi Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021", "01/01/2022"],
], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "-------", "Số: 15/QĐ-UBND"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Cao Bằng, ngày 07 tháng 01 năm 2022"]))

# 15/QĐ-UBND of 10/01/2024: `Số:  15 /QĐ-UBND`, list of 2023 in pdftotext -layout, rows wrapped over two lines.
# Declares 25/2020/QĐ-UBND wholly expired (the city still applies it: superseded-citation, planted) and 12/2021/QĐ-UBND
# replaced by 08/2023; 12/2021/NQ-HĐND expired in part only (trap)
LIST24 = state_cols("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", " 15 /QĐ-UBND", "Cao Bằng, ngày 10 tháng 01 năm 2024", """                                  QUYẾT ĐỊNH
        Công bố Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân
                tỉnh Cao Bằng hết hiệu lực toàn bộ, một phần năm 2023
                  CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
""", f"""{CHLT}
Căn cứ {L2015}; {L2020};
Căn cứ {ND34}; {ND154};
Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 01 năm 2024.
                                   QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân,
Ủy ban nhân dân tỉnh hết hiệu lực toàn bộ, một phần năm 2023, gồm 02 phần sau:
1. Danh mục văn bản hết hiệu lực toàn bộ.
2. Danh mục văn bản hết hiệu lực một phần.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""" + SIGN_CT + """

                                       DANH MỤC
     VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA HĐND, UBND TỈNH CAO BẰNG HẾT HIỆU LỰC NĂM 2023
   (Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2024 của Chủ tịch UBND tỉnh Cao Bằng)

A. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ
STT  Tên loại   Số, ký hiệu; ngày,      Tên gọi của văn bản              Lý do hết hiệu lực            Ngày hết
     văn bản    tháng, năm ban hành                                                                    hiệu lực
1    Quyết định 12/2021/QĐ-UBND ngày    Quy định trách nhiệm rà soát,    Bị thay thế bởi Quyết định    25/3/2023
                20/5/2021               hệ thống hóa văn bản QPPL        số 08/2023/QĐ-UBND ngày
                                                                         15/3/2023
2    Quyết định 25/2020/QĐ-UBND ngày    Ban hành Quy định mức hỗ trợ     Hết thời hạn có hiệu lực đã   31/12/2023
                12/8/2020               đối với công chức pháp chế xã    được quy định trong văn bản
B. VĂN BẢN HẾT HIỆU LỰC MỘT PHẦN
STT  Tên loại   Số, ký hiệu; ngày,      Nội dung, quy định hết hiệu lực  Lý do hết hiệu lực            Ngày hết
     văn bản    tháng, năm ban hành                                                                    hiệu lực
1    Nghị quyết 12/2021/NQ-HĐND ngày    Khoản 2, khoản 3 Điều 2          Được sửa đổi bởi Nghị quyết   01/8/2023
                10/12/2021                                               số 05/2023/NQ-HĐND ngày
                                                                         14/7/2023
""")
w("ubnd_qd15_2024.txt", layout(LIST24))

# 312/QĐ-UBND (08/3/2024): results of the 2019-2023 systematisation; meets 18/KH-STP row 4 (trap)
w("ubnd_qd312_2024.txt", state("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "312/QĐ-UBND", "Cao Bằng, ngày 08 tháng 3 năm 2024", """QUYẾT ĐỊNH
Công bố kết quả hệ thống hóa văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Cao Bằng kỳ 2019 - 2023
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
""", f"""{CHLT}
Căn cứ {ND34}; {ND154};
Căn cứ Kế hoạch số 18/KH-STP ngày 15/02/2023 của Sở Tư pháp;
Theo đề nghị của Giám đốc Sở Tư pháp.
QUYẾT ĐỊNH:
Điều 1. Công bố kết quả hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023 (kỳ trước đã công bố tại Quyết định số 1206/QĐ-UBND ngày 28/02/2019 của Chủ tịch Ủy ban nhân dân tỉnh), gồm: Danh mục văn bản còn hiệu lực; Danh mục văn bản hết hiệu lực (đã công bố tại Quyết định số 15/QĐ-UBND ngày 10/01/2024); Danh mục văn bản cần sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""" + SIGN_CT))

# UBND tỉnh 25/KH-UBND (05/02/2024) portal page: same number and year as the city's 25/KH-UBND (trap); `điều chỉnh` of
# funds under 12/2021/NQ-HĐND (trap); cites 08/2023 before its repeal (trap)
w("ubnd_kh25_2024.html", portal("Kế hoạch 25/KH-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "-------", "Số: 25/KH-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 05 tháng 02 năm 2024"], """KẾ HOẠCH
Kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2024
Căn cứ Quyết định số 08/2023/QĐ-UBND ngày 15/3/2023 của Ủy ban nhân dân tỉnh ban hành Quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Cao Bằng, Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2024 như sau:
1. Sở Tư pháp rà soát các văn bản do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành; thời gian: thường xuyên.
2. Các sở, ban, ngành rà soát văn bản thuộc lĩnh vực quản lý, gửi kết quả trước ngày 15/11/2024.
3. Kinh phí thực hiện theo Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh; trường hợp cần điều chỉnh dự toán kinh phí, Sở Tài chính tham mưu điều chỉnh trong dự toán năm.
4. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch rà soát văn bản của cấp mình.""", footer="Cơ quan chủ quản: Văn phòng UBND tỉnh Cao Bằng. Điện thoại: 0206.3852.141"))

# Văn phòng UBND tỉnh 1450/VP-NC (15/8/2026), TL. signature: asks the Sở Tư pháp for a DRAFT replacing 30/2024 (proposed
# replacement, trap; the amendment planned by 05/KH-STP is still not made)
w("vp_cv1450_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "1450/VP-NC", "Cao Bằng, ngày 15 tháng 8 năm 2026", """V/v chuẩn bị dự thảo Quyết định thay thế Quyết định số 30/2024/QĐ-UBND
""", """Kính gửi: Sở Tư pháp.

Xét Báo cáo số 112/BC-STP ngày 15/12/2025 của Sở Tư pháp, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
Giao Sở Tư pháp nghiên cứu, đề xuất dự thảo Quyết định thay thế Quyết định số 30/2024/QĐ-UBND ngày 20/9/2024 của Ủy ban nhân dân tỉnh cho phù hợp với Luật Ban hành văn bản quy phạm pháp luật năm 2025 và mô hình chính quyền địa phương hai cấp; trình Ủy ban nhân dân tỉnh trong Quý IV/2026.
Văn phòng Ủy ban nhân dân tỉnh thông báo để Sở Tư pháp biết, thực hiện./.
""" + SIGN_VP).replace("-------\nSố: 1450/VP-NC", "VĂN PHÒNG\n-------\nSố: 1450/VP-NC"))


# ====================================================================== Sở Tư pháp
def stp(num, date, title, body, sign=SIGN_SO):
    return state("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "SỞ TƯ PHÁP", num, date, title, body + "\n" + sign)

# 18/KH-STP (15/02/2023), layout: rows met later (05/2023, 08/2023, 15/QĐ-UBND 2024, 312/QĐ-UBND), a recurring row, and
# an announced Đề án never made (overdue-plan, planted)
w("stp_kh18_2023.txt", layout(state_cols("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "SỞ TƯ PHÁP", "18/KH-STP", "Cao Bằng, ngày 15 tháng 02 năm 2023", """                                   KẾ HOẠCH
            Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023
""", """Thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy và Quyết định số 12/2021/QĐ-UBND
ngày 20/5/2021 của Ủy ban nhân dân tỉnh, Sở Tư pháp xây dựng Kế hoạch như sau:

NHIỆM VỤ CỤ THỂ
TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành
1\tTham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh sửa đổi, bổ sung Nghị quyết số\tPhòng Xây dựng\tQuý III/2023
\t12/2021/NQ-HĐND ngày 10/12/2021 về mức chi\tvà kiểm tra VB\t
2\tTham mưu thay thế Quyết định số 12/2021/QĐ-UBND ngày 20/5/2021\tPhòng Xây dựng và kiểm tra VB\tTháng 3/2023
3\tXây dựng Đề án nâng cao chất lượng công tác rà soát văn bản quy phạm pháp luật tỉnh Cao Bằng giai đoạn 2024 - 2026\tSở Tư pháp\tQuý IV/2023
4\tTham mưu Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục văn bản hết hiệu lực năm 2023\tPhòng Xây dựng và kiểm tra VB\tTháng 01/2024
5\tRà soát văn bản theo chuyên đề, lĩnh vực\tCác phòng chuyên môn\tThường xuyên
""" + SIGN_SO)))

# 27/BC-STP (20/6/2024): count-mismatch planted (04 văn bản ... sau: + 3); dated then undated 15/QĐ-UBND (trap)
w("stp_bc27_2024a.txt", stp("27/BC-STP", "Cao Bằng, ngày 20 tháng 6 năm 2024", """BÁO CÁO
Kết quả kiểm tra, rà soát văn bản quy phạm pháp luật 6 tháng đầu năm 2024
""", """Thực hiện Kế hoạch số 25/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh, Sở Tư pháp báo cáo như sau:
1. Ngày 10/01/2024, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 15/QĐ-UBND ngày 10/01/2024 công bố Danh mục văn bản hết hiệu lực năm 2023. Sau khi Quyết định số 15/QĐ-UBND được đăng tải, các sở, ngành đã cập nhật cơ sở dữ liệu.
2. Qua rà soát, Sở Tư pháp phát hiện 04 văn bản cần xử lý sau:
a) Quyết định số 08/2023/QĐ-UBND: cần thay thế do Quy chế phối hợp chưa đầy đủ.
b) Quyết định số 25/2020/QĐ-UBND: đã hết hiệu lực, đề nghị các huyện, thành phố không tiếp tục áp dụng.
c) Nghị quyết số 12/2021/NQ-HĐND: đề nghị sửa đổi mức hỗ trợ cấp xã sau khi sắp xếp đơn vị hành chính.
3. Thời gian tới, Sở Tư pháp tiếp tục rà soát thường xuyên.
""", SIGN_SO_GD))

# 27/BC-STP (05/12/2024), Markdown: the same number again in 2024 (duplicate-identity, planted); narrates the repeal
w("stp_bc27_2024b.md", md_headings(["**ỦY BAN NHÂN DÂN TỈNH CAO BẰNG**", "**SỞ TƯ PHÁP**", "", "Số: 27/BC-STP"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "", "*Cao Bằng, ngày 05 tháng 12 năm 2024*"]) + """# BÁO CÁO
## Công tác kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2024

Năm 2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 30/2024/QĐ-UBND ngày 20/9/2024 ban hành Quy chế phối hợp rà soát, hệ thống hóa văn bản quy phạm pháp luật; theo đó Quyết định số 08/2023/QĐ-UBND ngày 15/3/2023 hết hiệu lực từ ngày 01/10/2024.

Kết quả kiểm tra theo Kế hoạch số 25/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh: đã kiểm tra 46 văn bản, phát hiện 02 văn bản sai căn cứ pháp lý.

**Đề xuất:** Ủy ban nhân dân tỉnh chỉ đạo các huyện, thành phố rà soát, thay thế các kế hoạch còn viện dẫn văn bản đã hết hiệu lực.

KT. GIÁM ĐỐC  
PHÓ GIÁM ĐỐC
""")

# 112/BC-STP (15/12/2025), Word export with a colspan table: `Quyết định số 15/QĐ-UBND` undated (2022 and 2024 are both
# list-publishing decisions of the Chủ tịch: ambiguous-id, planted)
w("stp_bc112_2025.html", word_table_html("Báo cáo 112/BC-STP",
  ["ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "SỞ TƯ PHÁP", "-------", "Số: 112/BC-STP"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Cao Bằng, ngày 15 tháng 12 năm 2025"],
  """BÁO CÁO
Kết quả rà soát văn bản quy phạm pháp luật năm 2025 và sau sắp xếp đơn vị hành chính
Thực hiện Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 và Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ, Sở Tư pháp báo cáo như sau:
1. Việc công bố văn bản hết hiệu lực được thực hiện theo mẫu tại Quyết định số 15/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ, một phần; các xã, phường áp dụng thống nhất.
2. Kết quả rà soát các văn bản của Hội đồng nhân dân, Ủy ban nhân dân tỉnh:""",
  [[("TT", 2, "r"), ("Văn bản", 2, "r"), ("Kết quả rà soát", 2, "c")],
   ["Còn hiệu lực", "Kiến nghị"],
   ["1", "Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021", "Còn hiệu lực (đã sửa đổi năm 2023)", "Bãi bỏ khoản 2 Điều 3"],
   ["2", "Quyết định số 30/2024/QĐ-UBND ngày 20/9/2024", "Còn hiệu lực", "Thay thế cho phù hợp mô hình hai cấp"]],
  after="""3. Kiến nghị Ủy ban nhân dân tỉnh xem xét, giao xây dựng văn bản thay thế Quyết định số 30/2024/QĐ-UBND trong năm 2026.
GIÁM ĐỐC"""))

# 05/KH-STP (12/01/2026): row 1 plans to amend 30/2024/QĐ-UBND by Tháng 6/2026 — nothing amends it (overdue-plan, planted);
# recurring and not-yet-due rows (traps)
w("stp_kh05_2026.txt", stp("05/KH-STP", "Cao Bằng, ngày 12 tháng 01 năm 2026", """KẾ HOẠCH
Kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2026
""", """Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19/02/2025;
Căn cứ Nghị quyết số 20/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;
Sở Tư pháp xây dựng Kế hoạch năm 2026 với 03 nhiệm vụ sau:

TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn
1\tTham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 30/2024/QĐ-UBND ngày 20/9/2024 về Quy chế phối hợp rà soát\tPhòng Xây dựng và kiểm tra VB\tVăn phòng UBND tỉnh\tTháng 6/2026
2\tHướng dẫn Ủy ban nhân dân các xã, phường rà soát văn bản do Ủy ban nhân dân huyện, thành phố (cũ) ban hành\tPhòng Xây dựng và kiểm tra VB\tUBND các xã, phường\tHằng năm
3\tTổng kết thi hành Nghị quyết số 12/2021/NQ-HĐND\tSở Tư pháp\tSở Tài chính\tQuý I/2027

"""))

# 198/BC-STP (10/10/2026), minified portal page: narrates the replacement chain; quotes the title of a draft
# `sửa đổi, bổ sung ... Quyết định số 30/2024/QĐ-UBND` (traps)
w("stp_bc198_2026.html", portal("Báo cáo 198/BC-STP", ["ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "SỞ TƯ PHÁP", "Số: 198/BC-STP"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 10 tháng 10 năm 2026"], """BÁO CÁO
Tình hình thực hiện Kế hoạch số 05/KH-STP ngày 12/01/2026
1. Quyết định số 12/2021/QĐ-UBND đã bị thay thế bởi Quyết định số 08/2023/QĐ-UBND; đến lượt mình, Quyết định số 08/2023/QĐ-UBND đã bị bãi bỏ bởi Quyết định số 30/2024/QĐ-UBND từ ngày 01/10/2024.
2. Sở Tư pháp đang lấy ý kiến dự thảo Quyết định "Sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 30/2024/QĐ-UBND ngày 20/9/2024"; dự kiến trình Ủy ban nhân dân tỉnh trong tháng 12/2026.
3. Thực hiện Văn bản số 1450/VP-NC ngày 15/8/2026 của Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp đang nghiên cứu phương án thay thế.
GIÁM ĐỐC""", minified=True, footer="Cơ quan chủ quản: Sở Tư pháp tỉnh Cao Bằng. Điện thoại: 0206.3824.301 - Fax: 0206.3824.302"))


# ====================================================================== Ban Nội chính, 2024
# 42-BC/BNCTU (10/5/2024): sơ kết 3 năm 08-CT/TU; `03 kết quả ... sau:` + 3 (trap); names both 12-KH/HU with their
# committees (trap); a planned amendment of 05-HD/BNCTU by Quý II/2025 never made (overdue-plan, planted)
w("bnc_cb_bc42_2024.txt", party("ĐẢNG BỘ TỈNH CAO BẰNG", "BAN NỘI CHÍNH", "42-BC/BNCTU", "Cao Bằng, ngày 10 tháng 5 năm 2024", """BÁO CÁO
sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy
-----
""", """I. KẾT QUẢ
Sau 03 năm, việc thực hiện Chỉ thị đạt 03 kết quả nổi bật sau:
1. 100% huyện ủy, thành ủy ban hành kế hoạch thực hiện (Kế hoạch số 12-KH/HU của Huyện ủy Hòa An; Kế hoạch số 12-KH/HU của Huyện ủy Hà Quảng; Kế hoạch số 15-KH/HU của Huyện ủy Trùng Khánh ...).
2. Ủy ban nhân dân tỉnh công bố đúng hạn danh mục văn bản hết hiệu lực năm 2021 và năm 2023.
3. Hội đồng nhân dân tỉnh sửa đổi kịp thời Nghị quyết số 12/2021/NQ-HĐND bằng Nghị quyết số 05/2023/NQ-HĐND.

II. NHIỆM VỤ THỜI GIAN TỚI
1. Ban Nội chính Tỉnh ủy chủ trì sửa đổi, bổ sung Hướng dẫn số 05-HD/BNCTU ngày 15/7/2021 cho phù hợp với tình hình mới, hoàn thành trong Quý II/2025.
2. Các cấp ủy tiếp tục lãnh đạo công tác rà soát văn bản thường xuyên, hằng năm.

""" + SIGN_BNC))


# ====================================================================== districts and the city, before 1/7/2025
def ubh(org2, num, date, title, body, sign=SIGN_UB, nfd=False):
    return state("ỦY BAN NHÂN DÂN", org2, num, date, title, body + "\n" + sign)

# UBND huyện Quảng Hòa 88/KH-UBND (15/3/2022), NFD: cites 12/2021/NQ-HĐND `ngày 10/11/2021` (metadata-conflict, planted)
w("ubh_qh_kh88_2022.txt", ubh("HUYỆN QUẢNG HÒA", "88/KH-UBND", "Quảng Hòa, ngày 15 tháng 3 năm 2022", """KẾ HOẠCH
Rà soát văn bản quy phạm pháp luật năm 2022
""", """Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 10/11/2021 của Hội đồng nhân dân tỉnh Cao Bằng quy định mức chi bảo đảm cho công tác xây dựng, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật;
Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 20/5/2021 của Ủy ban nhân dân tỉnh;
Ủy ban nhân dân huyện Quảng Hòa ban hành Kế hoạch như sau:
1. Phòng Tư pháp rà soát các văn bản của Hội đồng nhân dân, Ủy ban nhân dân huyện, hoàn thành trước ngày 30/9/2022.
2. Ủy ban nhân dân các xã, thị trấn rà soát văn bản của cấp mình, thực hiện hằng năm.
"""), nfd=True)

# UBND huyện Bảo Lạc 46/KH-UBND (10/6/2023): cites 12/2021/QĐ-UBND replaced on 25/3/2023 (superseded-citation, planted)
w("ubh_bl_kh46_2023.txt", ubh("HUYỆN BẢO LẠC", "46/KH-UBND", "Bảo Lạc, ngày 10 tháng 6 năm 2023", """KẾ HOẠCH
Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023 trên địa bàn huyện Bảo Lạc
""", """Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 20/5/2021 của Ủy ban nhân dân tỉnh Cao Bằng quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh;
Ủy ban nhân dân huyện Bảo Lạc ban hành Kế hoạch như sau:
1. Phòng Tư pháp chủ trì hệ thống hóa văn bản của huyện kỳ 2019 - 2023, hoàn thành trước ngày 31/12/2023.
2. Các cơ quan chuyên môn rà soát văn bản thuộc lĩnh vực, thực hiện thường xuyên.
""", SIGN_UB_CT))

# UBND huyện Hòa An 61/KH-UBND (20/4/2023): `thay thế` as an ordinary word; self-reference; recurring rows (traps)
w("ubh_ha_kh61_2023.txt", ubh("HUYỆN HÒA AN", "61/KH-UBND", "Hòa An, ngày 20 tháng 4 năm 2023", """KẾ HOẠCH
Thực hiện công tác rà soát văn bản năm 2023
""", """Thực hiện Kế hoạch số 12-KH/HU ngày 10/6/2021 của Ban Thường vụ Huyện ủy Hòa An và Quyết định số 08/2023/QĐ-UBND ngày 15/3/2023 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch này như sau:
1. Mỗi cơ quan chuyên môn cử 01 công chức đầu mối; khi có thay đổi, cơ quan cử người thay thế và gửi danh sách về Phòng Tư pháp.
2. Phòng Tư pháp tổng hợp kết quả rà soát, báo cáo Ủy ban nhân dân huyện hằng năm.
3. Kế hoạch này được thực hiện thường xuyên.
"""))

# UBND thành phố Cao Bằng 25/KH-UBND (15/3/2024): still applies 25/2020/QĐ-UBND, declared wholly expired by
# 15/QĐ-UBND of 10/01/2024 (superseded-citation, planted); same number as the province's 25/KH-UBND 2024 (trap)
w("ubtp_cb_kh25_2024.txt", ubh("THÀNH PHỐ CAO BẰNG", "25/KH-UBND", "Cao Bằng, ngày 15 tháng 3 năm 2024", """KẾ HOẠCH
Hỗ trợ công chức làm công tác pháp chế ở các xã, phường năm 2024
""", """Căn cứ Quyết định số 25/2020/QĐ-UBND ngày 12/8/2020 của Ủy ban nhân dân tỉnh ban hành Quy định mức hỗ trợ đối với công chức làm công tác pháp chế ở xã, phường, thị trấn;
Thực hiện Kế hoạch số 25/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh;
Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:
1. Chi hỗ trợ 300.000 đồng/người/tháng cho công chức pháp chế của 11 xã, phường từ tháng 01/2024.
2. Phòng Tài chính - Kế hoạch bố trí kinh phí trước ngày 30/4/2024.
"""))


# ====================================================================== after 1/7/2025: communes and wards
# Đảng ủy phường Thục Phán 05-NQ/ĐU and UBND phường Thục Phán 41/KH-UBND, both 20/10/2025, cite each other (cycle, planted)
w("du_tp_nq05_2025.txt", party("ĐẢNG BỘ TỈNH CAO BẰNG", "ĐẢNG ỦY PHƯỜNG THỤC PHÁN", "05-NQ/ĐU", "Thục Phán, ngày 20 tháng 10 năm 2025", """NGHỊ QUYẾT
về lãnh đạo công tác rà soát văn bản sau sắp xếp đơn vị hành chính
-----
""", """Căn cứ Kế hoạch số 41/KH-UBND ngày 20/10/2025 của Ủy ban nhân dân phường về rà soát văn bản do Ủy ban nhân dân thành phố Cao Bằng (cũ) ban hành,
Ban Thường vụ Đảng ủy phường quyết nghị:
1. Lãnh đạo rà soát toàn bộ văn bản của thành phố Cao Bằng (cũ) còn áp dụng trên địa bàn phường, hoàn thành trong Quý IV/2025.
2. Ủy ban nhân dân phường báo cáo kết quả hằng quý.

""" + SIGN_DU))

w("ubp_tp_kh41_2025.md", md_headings(["## ỦY BAN NHÂN DÂN", "## PHƯỜNG THỤC PHÁN", "", "Số: 41/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "", "*Thục Phán, ngày 20 tháng 10 năm 2025*"]) + """# KẾ HOẠCH
## Rà soát văn bản do Ủy ban nhân dân thành phố Cao Bằng (cũ) ban hành

Thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/10/2025 của Ban Thường vụ Đảng ủy phường Thục Phán, Ủy ban nhân dân phường ban hành Kế hoạch như sau:

1. Rà soát Kế hoạch số 25/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân thành phố Cao Bằng và các văn bản khác của thành phố (cũ).
2. Báo cáo Ủy ban nhân dân tỉnh (qua Sở Tư pháp) trước ngày 31/12/2025.

TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH
""")

# UBND xã Bảo Lạc 07/KH-UBND (20/11/2025): cites 08/2023/QĐ-UBND, repealed from 01/10/2024 (superseded-citation, planted);
# cites the former district's 46/KH-UBND (trap)
w("xa_bl_kh07_2025.txt", ubh("XÃ BẢO LẠC", "07/KH-UBND", "Bảo Lạc, ngày 20 tháng 11 năm 2025", """KẾ HOẠCH
Rà soát văn bản quy phạm pháp luật sau sắp xếp đơn vị hành chính
""", """Căn cứ Quyết định số 08/2023/QĐ-UBND ngày 15/3/2023 của Ủy ban nhân dân tỉnh ban hành Quy định trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật;
Trên cơ sở kết quả thực hiện Kế hoạch số 46/KH-UBND ngày 10/6/2023 của Ủy ban nhân dân huyện Bảo Lạc (trước đây);
Ủy ban nhân dân xã Bảo Lạc ban hành Kế hoạch như sau:
1. Công chức Tư pháp - Hộ tịch rà soát văn bản của Hội đồng nhân dân, Ủy ban nhân dân các xã cũ, hoàn thành trong tháng 12/2026.
2. Báo cáo Ủy ban nhân dân tỉnh định kỳ hằng năm.
""", SIGN_UB_CT))

# UBND xã Hòa An 03/KH-UBND (10/02/2026): `QĐ/UBND` miswritten; the id of 20/2025/NQ-HĐND broken across lines; the
# former Huyện ủy Hòa An's 12-KH/HU cited (traps); the partially repealed 12/2021/NQ-HĐND still applied (trap)
w("xa_ha_kh03_2026.txt", ubh("XÃ HÒA AN", "03/KH-UBND", "Hòa An, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
Rà soát văn bản quy phạm pháp luật năm 2026
""", """Căn cứ Quyết định số 30/2024/QĐ/UBND ngày 20/9/2024 của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp rà soát, hệ thống hóa văn bản quy phạm pháp luật;
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh và Nghị quyết số 20/2025/
NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;
Tiếp tục thực hiện Kế hoạch số 12-KH/HU ngày 10/6/2021 của Huyện ủy Hòa An (trước đây);
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
1. Rà soát văn bản của các xã cũ Hồng Việt, Bình Long, Hoàng Tung, hoàn thành trong tháng 12/2026.
2. Tự kiểm tra văn bản do xã ban hành, thực hiện thường xuyên.
""", SIGN_UB_CT))

print(len(os.listdir(OUT)), "files")
