#!/usr/bin/env python3
"""Red team round 42: the health sector of tỉnh Sóc Trăng, merged with tỉnh Hậu Giang into thành phố Cần Thơ on 1/7/2025
(districts abolished; the new communes and wards xã Mỹ Xuyên, phường Vĩnh Châu, phường Ngã Năm keep former district names),
following the Bộ Y tế, 2020-2026.
Bodies: Bộ Y tế (18/2021/TT-BYT replaced by 09/2024/TT-BYT, and again by mistake by 14/2025/TT-BYT; 1234/QĐ-BYT 2022 amended by
2780/QĐ-BYT 2023; letters 1234/BYT-DP 2024 and 4567/BYT-KCB 2025); Tỉnh ủy Sóc Trăng (15-CT/TU 2021); Đảng ủy Sở Y tế
(05-NQ/ĐU 2024); UBND tỉnh Sóc Trăng (120/KH-UBND of 2022 and of 2024; 18/2022/QĐ-UBND on fees, amended by 07/2023/QĐ-UBND,
replaced by 25/2024/QĐ-UBND which runs to 31/12/2025); UBND tỉnh Hậu Giang (12/2020/QĐ-UBND); Sở Y tế Sóc Trăng
(45/KH-SYT 2023, 60/KH-SYT 2024, 20/KH-SYT 2025, 1234/SYT-NVY 2023, 112/BC-SYT 2024); Sở Y tế Hậu Giang (45/KH-SYT 2023,
78/BC-SYT 2024); Trung tâm Y tế huyện Mỹ Xuyên (31/KH-TTYT 2023, 12/KH-TTYT 2025), Kế Sách (08/KH-TTYT 2025), thị xã Vĩnh
Châu (27/KH-TTYT twice in 2024), Ngã Năm (19/KH-TTYT 2024); Bệnh viện Đa khoa tỉnh (88/KH-BVĐK 2023); after 1/7/2025 Sở Y
tế thành phố Cần Thơ (35/KH-SYT 2025, 210/BC-SYT 2026), Trạm Y tế xã Mỹ Xuyên (05/KH-TYT 2026), Trạm Y tế phường Vĩnh Châu
(03/BC-TYT 2026), UBND phường Ngã Năm (14/KH-UBND 2026).
Writes corpus/. Standard library only. Local documents and the ministry's documents in the corpus (numbers, dates,
contents) are invented; the central documents they cite (laws, decrees, Thông tư 22/2023/TT-BYT, Nghị quyết 20-NQ/TW,
Quyết định 122/QĐ-TTg and 1744/QĐ-BYT, Nghị quyết 202/2025/QH15) are real and outside the corpus.
Header helpers copied from RedTeam37/gen.py (`w`, `party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`, `ocr`) with the site names, addresses and phone numbers changed to Sóc Trăng's
(0299.…) and Cần Thơ's (0292.…)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Sóc Trăng", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND tỉnh Sóc Trăng. Địa chỉ: số 01 đường Châu Văn Tiếp, Phường 2, thành phố Sóc Trăng. Điện thoại: 0299.3821.504 - Fax: 0299.3821.505') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Sở Y tế thành phố Cần Thơ - Điện thoại: 0292.3820.716 - Fax: 0292.3820.717</div>\n</body></html>')









def ocr(t, words):
    """OCR-like damage: replace a few words (each must exist)."""
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t



# ---------------------------------------------------------------- signatures and recurring citations
SIGN_BT = """\t\t\t\t\tKT. BỘ TRƯỞNG
\t\t\t\t\tTHỨ TRƯỞNG"""
SIGN_BYT_TL = """\t\t\t\t\tTL. BỘ TRƯỞNG
\t\t\t\t\tCỤC TRƯỞNG CỤC QUẢN LÝ KHÁM, CHỮA BỆNH"""
SIGN_BYT_DP = """\t\t\t\t\tTL. BỘ TRƯỞNG
\t\t\t\t\tCỤC TRƯỞNG CỤC PHÒNG BỆNH"""
SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
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
SIGN_TTYT = """\t\t\t\t\tGIÁM ĐỐC"""
SIGN_TYT = """\t\t\t\t\tTRƯỞNG TRẠM"""

L40 = "Luật Khám bệnh, chữa bệnh số 40/2009/QH12 ngày 23 tháng 11 năm 2009"
L15 = "Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023"
ND96 = "Nghị định số 96/2023/NĐ-CP ngày 30 tháng 12 năm 2023 của Chính phủ quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh"
ND146 = "Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế"
TT22 = "Thông tư số 22/2023/TT-BYT ngày 17 tháng 11 năm 2023 của Bộ trưởng Bộ Y tế quy định thống nhất giá dịch vụ khám bệnh, chữa bệnh bảo hiểm y tế giữa các bệnh viện cùng hạng trên toàn quốc"
NQ20 = "Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới"
QD122 = "Quyết định số 122/QĐ-TTg ngày 10/01/2013 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân giai đoạn 2011 - 2020, tầm nhìn đến năm 2030"
QD1744 = "Quyết định số 1744/QĐ-BYT ngày 30/3/2021 của Bộ Y tế ban hành hướng dẫn giám sát và phòng chống ký sinh trùng thường gặp tại Việt Nam"
NQ202 = "Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh"
# the in-corpus documents as they are cited with full metadata
TT18 = "Thông tư số 18/2021/TT-BYT ngày 10/8/2021 của Bộ trưởng Bộ Y tế hướng dẫn hoạt động của trạm y tế xã, phường, thị trấn"
TT09 = "Thông tư số 09/2024/TT-BYT ngày 20/5/2024 của Bộ trưởng Bộ Y tế quy định về tổ chức và hoạt động của trạm y tế xã, phường, thị trấn"
QD18 = "Quyết định số 18/2022/QĐ-UBND ngày 01/9/2022 của Ủy ban nhân dân tỉnh Sóc Trăng quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế"
QD25 = "Quyết định số 25/2024/QĐ-UBND ngày 20/10/2024 của Ủy ban nhân dân tỉnh Sóc Trăng quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế"
KH120_22 = "Kế hoạch số 120/KH-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh Sóc Trăng thực hiện Chỉ thị số 15-CT/TU"
KH120_24 = "Kế hoạch số 120/KH-UBND ngày 28/5/2024 của Ủy ban nhân dân tỉnh Sóc Trăng về tiêm chủng mở rộng năm 2024 - 2025"
CT15 = "Chỉ thị số 15-CT/TU ngày 20/8/2021 của Ban Thường vụ Tỉnh ủy Sóc Trăng về tăng cường sự lãnh đạo của Đảng đối với công tác y tế cơ sở"
ST45 = "Kế hoạch số 45/KH-SYT ngày 10/3/2023 của Sở Y tế tỉnh Sóc Trăng"
HG45 = "Kế hoạch số 45/KH-SYT ngày 22/3/2023 của Sở Y tế tỉnh Hậu Giang"
TABH = "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành"


def byt(num, place, title, body, sign=SIGN_BT):
    return state("BỘ Y TẾ", "", num, place, title, body + "\n" + sign).replace("BỘ Y TẾ\n\n-------", "BỘ Y TẾ\n-------")


def ubst(num, place, title, body, sign=SIGN_UB):
    return state("ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", num, place, title, body + "\n" + sign)


def syt(num, place, title, body, sign=SIGN_SO, prov="ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"):
    return state(prov, "SỞ Y TẾ", num, place, title, body + "\n" + sign)


def ttyt(unit, num, place, title, body, sign=SIGN_TTYT):
    return state("SỞ Y TẾ SÓC TRĂNG", unit, num, place, title, body + "\n" + sign)


# ====================================================================== Bộ Y tế
# 18/2021/TT-BYT (10/8/2021): replaced by 09/2024/TT-BYT from 01/7/2024; its obligation on the Sở Y tế is met by Sóc Trăng's 45/KH-SYT
w("byt_tt18_2021.txt", byt("18/2021/TT-BYT", "Hà Nội, ngày 10 tháng 8 năm 2021", """THÔNG TƯ
Hướng dẫn hoạt động của trạm y tế xã, phường, thị trấn
""", f"""Căn cứ {L40};
Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;
Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh;
Bộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn hoạt động của trạm y tế xã, phường, thị trấn.
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn hoạt động chuyên môn của trạm y tế xã, phường, thị trấn.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2021.
Điều 3. Tổ chức thực hiện
Sở Y tế các tỉnh, thành phố trực thuộc Trung ương xây dựng kế hoạch triển khai Thông tư này tại địa phương.
"""))

# 1234/QĐ-BYT (12/5/2022), state_cols (pdftotext -layout): amended by 2780/QĐ-BYT
w("byt_qd1234_2022.txt", layout(state_cols("BỘ Y TẾ", "", "1234/QĐ-BYT", "Hà Nội, ngày 12 tháng 5 năm 2022", """QUYẾT ĐỊNH
Về việc ban hành Hướng dẫn quản lý bệnh không lây nhiễm tại trạm y tế xã
BỘ TRƯỞNG BỘ Y TẾ
""", f"""Căn cứ {L40};
Căn cứ {QD122};
Xét đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn quản lý bệnh không lây nhiễm tại trạm y tế xã.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành.
Điều 3. Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này.
{SIGN_BT}
""")))

# 2780/QĐ-BYT (20/7/2023), Markdown: amends the guidance attached to 1234/QĐ-BYT (trap: amended stays in force)
w("byt_qd2780_2023.md", md_hdr(["**BỘ Y TẾ**", "-------", "Số: 2780/QĐ-BYT"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Hà Nội, ngày 20 tháng 7 năm 2023*"]) + f"""
# QUYẾT ĐỊNH
## Sửa đổi, bổ sung một số điều của Hướng dẫn quản lý bệnh không lây nhiễm tại trạm y tế xã ban hành kèm theo Quyết định số 1234/QĐ-BYT ngày 12/5/2022 của Bộ trưởng Bộ Y tế

**BỘ TRƯỞNG BỘ Y TẾ**

Căn cứ {L15};

Xét đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh,

**QUYẾT ĐỊNH:**

**Điều 1.** Sửa đổi, bổ sung một số điều của Hướng dẫn quản lý bệnh không lây nhiễm tại trạm y tế xã ban hành kèm theo Quyết định số 1234/QĐ-BYT ngày 12/5/2022 của Bộ trưởng Bộ Y tế như sau:

1. Sửa đổi khoản 2 mục III về quản lý người bệnh tăng huyết áp.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký, ban hành.

KT. BỘ TRƯỞNG  
THỨ TRƯỞNG
""")

# 09/2024/TT-BYT (20/5/2024, from 01/7/2024): replaces 18/2021/TT-BYT; a proposed later replacement is only announced in 4567/BYT-KCB
w("byt_tt09_2024.txt", byt("09/2024/TT-BYT", "Hà Nội, ngày 20 tháng 5 năm 2024", """THÔNG TƯ
Quy định về tổ chức và hoạt động của trạm y tế xã, phường, thị trấn
""", f"""Căn cứ {L15};
Căn cứ {ND96};
Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh;
Bộ trưởng Bộ Y tế ban hành Thông tư quy định về tổ chức và hoạt động của trạm y tế xã, phường, thị trấn.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về tổ chức và hoạt động của trạm y tế xã, phường, thị trấn.
Điều 2. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2024.
2. Thông tư này thay thế Thông tư số 18/2021/TT-BYT ngày 10/8/2021 của Bộ trưởng Bộ Y tế hướng dẫn hoạt động của trạm y tế xã, phường, thị trấn.
Điều 3. Tổ chức thực hiện
Sở Y tế các tỉnh, thành phố trực thuộc Trung ương xây dựng kế hoạch triển khai Thông tư này.
"""))

# 14/2025/TT-BYT (15/6/2025), portal page: a circular on periodic health checks that `thay thế` 18/2021/TT-BYT again (planted inverse-inconsistency)
w("byt_tt14_2025.html", portal("Thông tư 14/2025/TT-BYT", ["BỘ Y TẾ", "-------", "Số: 14/2025/TT-BYT"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hà Nội, ngày 15 tháng 6 năm 2025"], f"""THÔNG TƯ
Quy định về khám sức khỏe định kỳ cho người dân tại trạm y tế xã
Căn cứ {L15};
Căn cứ {ND96};
Bộ trưởng Bộ Y tế ban hành Thông tư quy định về khám sức khỏe định kỳ cho người dân tại trạm y tế xã.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định việc khám sức khỏe định kỳ cho người dân tại trạm y tế xã, phường, đặc khu.
Điều 2. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2025.
2. Thông tư này thay thế Thông tư số 18/2021/TT-BYT ngày 10/8/2021 của Bộ trưởng Bộ Y tế.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
""", site="Bộ Y tế", footer="Cổng thông tin điện tử Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273"))

# 1234/BYT-DP (20/3/2024): a letter that only asks for reports; same number as 1234/QĐ-BYT and 1234/SYT-NVY
w("byt_cv1234_2024.txt", byt("1234/BYT-DP\nV/v báo cáo kết quả tiêm chủng mở rộng quý I/2024", "Hà Nội, ngày 20 tháng 3 năm 2024", """
Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.
""", f"""Để tổng hợp kết quả tiêm chủng mở rộng quý I/2024, Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố báo cáo kết quả thực hiện theo mẫu gửi kèm, gửi về Cục Phòng bệnh trước ngày 30/4/2024.
Việc quản lý người mắc bệnh không lây nhiễm được thực hiện theo Hướng dẫn ban hành kèm theo Quyết định số 1234/QĐ-BYT ngày 12/5/2022 của Bộ trưởng Bộ Y tế, không thay đổi.
Trân trọng./.
""", sign=SIGN_BYT_DP))

# 4567/BYT-KCB (25/7/2025): asks for a report on the reorganised health stations; announces a draft circular that would replace 09/2024 (proposal only)
w("byt_cv4567_2025.txt", byt("4567/BYT-KCB\nV/v báo cáo sắp xếp trạm y tế xã theo mô hình chính quyền địa phương hai cấp", "Hà Nội, ngày 25 tháng 7 năm 2025", """
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
""", f"""Thực hiện {NQ202}, Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo Sở Y tế rà soát việc sắp xếp trạm y tế xã, phường, đặc khu theo {TT09} và báo cáo kết quả về Bộ Y tế (qua Cục Quản lý Khám, chữa bệnh) trước ngày 30/9/2025.
Bộ Y tế đang nghiên cứu, xây dựng dự thảo Thông tư thay thế Thông tư số 09/2024/TT-BYT; trong thời gian chưa ban hành, các địa phương tiếp tục thực hiện theo Thông tư số 09/2024/TT-BYT.
Trân trọng./.
""", sign=SIGN_BYT_TL))

# ====================================================================== Tỉnh ủy Sóc Trăng, Đảng ủy Sở Y tế
# 15-CT/TU (20/8/2021), party_cols: obligations (1) met by 120/KH-UBND 2022, (2) unmet: Ban Dân vận (planted), (3) met by 05-NQ/ĐU
w("tu_st_ct15_2021.txt", party_cols("ĐẢNG BỘ TỈNH SÓC TRĂNG", "TỈNH ỦY", "15-CT/TU", "Sóc Trăng, ngày 20 tháng 8 năm 2021", """CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tăng cường sự lãnh đạo của Đảng đối với công tác y tế cơ sở
""", f"""Thực hiện {NQ20}, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:
1. Nâng cao năng lực trạm y tế xã theo {TT18}.
2. Bảo đảm nguồn nhân lực y tế cơ sở, nhất là ở các xã vùng đồng bào dân tộc Khmer.
Tổ chức thực hiện
1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Chỉ thị này.
2. Ban Dân vận Tỉnh ủy xây dựng kế hoạch vận động Nhân dân tham gia bảo hiểm y tế và khám sức khỏe định kỳ.
3. Đảng ủy Sở Y tế ban hành nghị quyết chuyên đề về nâng cao chất lượng y tế cơ sở.
Chỉ thị này được phổ biến đến chi bộ.
{SIGN_TU}
"""))

# 05-NQ/ĐU (15/3/2024) ⟷ 60/KH-SYT (15/3/2024): planted cycle
w("du_syt_nq05_2024.txt", party("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH SÓC TRĂNG", "ĐẢNG ỦY SỞ Y TẾ", "05-NQ/ĐU", "Sóc Trăng, ngày 15 tháng 3 năm 2024", """NGHỊ QUYẾT
CHUYÊN ĐỀ CỦA ĐẢNG ỦY SỞ Y TẾ
về nâng cao chất lượng y tế cơ sở giai đoạn 2024 - 2025
""", f"""Thực hiện {CT15};
Căn cứ Kế hoạch số 60/KH-SYT ngày 15/3/2024 của Sở Y tế tỉnh Sóc Trăng về nâng cao chất lượng y tế cơ sở năm 2024;
Đảng ủy Sở Y tế quyết nghị:
1. Lãnh đạo hoàn thành chỉ tiêu 100% trạm y tế xã có bác sĩ làm việc.
2. Giao chi bộ các phòng chức năng theo dõi việc thực hiện Nghị quyết này.
{SIGN_DU}
"""))

w("syt_st_kh60_2024.md", md_headings(["**ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG**", "**SỞ Y TẾ**", "", "Số: 60/KH-SYT"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "", "*Sóc Trăng, ngày 15 tháng 3 năm 2024*"]) + """
# KẾ HOẠCH
## Nâng cao chất lượng y tế cơ sở năm 2024

Thực hiện Nghị quyết số 05-NQ/ĐU ngày 15/3/2024 của Đảng ủy Sở Y tế về nâng cao chất lượng y tế cơ sở giai đoạn 2024 - 2025, Sở Y tế xây dựng Kế hoạch như sau:

1. Bố trí bác sĩ luân phiên về trạm y tế xã, thực hiện thường xuyên.
2. Tập huấn quản lý bệnh không lây nhiễm cho nhân viên trạm y tế, hằng năm.

KT. GIÁM ĐỐC  
PHÓ GIÁM ĐỐC
""")

# ====================================================================== UBND tỉnh Sóc Trăng
# 120/KH-UBND (15/6/2022): implements 15-CT/TU; row 1 met by 18/2022, row 2 announces a Đề án never issued (planted overdue),
# row 3 recurring, row 4 (sơ kết) met by 112/BC-SYT
w("ubnd_st_kh120_2022.txt", ubst("120/KH-UBND", "Sóc Trăng, ngày 15 tháng 6 năm 2022", """KẾ HOẠCH
Thực hiện Chỉ thị số 15-CT/TU ngày 20/8/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác y tế cơ sở
""", f"""I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa {CT15}; triển khai {QD1744} tại tuyến xã.
II. NHIỆM VỤ CỤ THỂ
{TABH}
1\tXây dựng, trình Ủy ban nhân dân tỉnh ban hành Quyết định quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế, thay thế Quyết định số 05/2019/QĐ-UBND ngày 12/3/2019\tSở Y tế\tQuý III/2022
2\tXây dựng Đề án phát triển mạng lưới y tế cơ sở tỉnh Sóc Trăng giai đoạn 2023 - 2030\tSở Y tế\tQuý IV/2023
3\tKiểm tra, giám sát hoạt động của trạm y tế xã\tSở Y tế\tHằng năm
4\tSơ kết 02 năm thực hiện Kế hoạch\tSở Y tế\tQuý II/2024
III. TỔ CHỨC THỰC HIỆN
Sở Y tế xây dựng kế hoạch chi tiết triển khai Kế hoạch này, báo cáo Ủy ban nhân dân tỉnh.
"""))

# 120/KH-UBND (28/5/2024), pdftotext -layout: same number as the 2022 plan; cites it by date; `điều chỉnh` of funds only
w("ubnd_st_kh120_2024.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "120/KH-UBND", "Sóc Trăng, ngày 28 tháng 5 năm 2024", """KẾ HOẠCH
Tiêm chủng mở rộng năm 2024 - 2025 trên địa bàn tỉnh Sóc Trăng
""", f"""Căn cứ Công văn số 1234/BYT-DP ngày 20/3/2024 của Bộ Y tế về việc báo cáo kết quả tiêm chủng mở rộng quý I/2024;
Trên cơ sở kết quả thực hiện {KH120_22};
Ủy ban nhân dân tỉnh ban hành Kế hoạch tiêm chủng mở rộng năm 2024 - 2025 như sau:
1. Bảo đảm tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95%, thực hiện thường xuyên.
2. Sở Tài chính chủ trì điều chỉnh kinh phí thực hiện giữa các đơn vị trong phạm vi dự toán được giao năm 2024.
3. Thay thế dây chuyền lạnh bảo quản vắc xin đã hư hỏng tại các trạm y tế xã, hoàn thành trong năm 2025.
Kế hoạch này thay thế cho các văn bản chỉ đạo trước đây về cùng nội dung của Sở Y tế nếu trái với Kế hoạch này.
{SIGN_UB}
""")))

# 18/2022/QĐ-UBND (01/9/2022, from 15/9/2022): replaces 05/2019/QĐ-UBND (external); amended by 07/2023; replaced by 25/2024 from 01/11/2024
w("ubnd_st_qd18_2022.txt", ubst("18/2022/QĐ-UBND", "Sóc Trăng, ngày 01 tháng 9 năm 2022", """QUYẾT ĐỊNH
Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế trong các cơ sở khám bệnh, chữa bệnh của Nhà nước trên địa bàn tỉnh Sóc Trăng
ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG
""", f"""Căn cứ {L40};
Căn cứ {ND146};
Thực hiện {KH120_22};
Theo đề nghị của Giám đốc Sở Y tế.
QUYẾT ĐỊNH:
Điều 1. Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế (Phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 9 năm 2022 và thay thế Quyết định số 05/2019/QĐ-UBND ngày 12/3/2019 của Ủy ban nhân dân tỉnh Sóc Trăng.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và Thủ trưởng các cơ sở khám bệnh, chữa bệnh chịu trách nhiệm thi hành Quyết định này.
""", sign=SIGN_UB_CT))

# 07/2023/QĐ-UBND (10/4/2023), minified portal page: amends 18/2022 (trap: amended stays in force)
w("ubnd_st_qd07_2023.html", portal("Quyết định 07/2023/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "-------", "Số: 07/2023/QĐ-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Sóc Trăng, ngày 10 tháng 4 năm 2023"], f"""QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quyết định số 18/2022/QĐ-UBND ngày 01/9/2022 của Ủy ban nhân dân tỉnh Sóc Trăng
ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG
Căn cứ {ND146};
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 18/2022/QĐ-UBND ngày 01/9/2022 của Ủy ban nhân dân tỉnh Sóc Trăng như sau:
1. Sửa đổi mục 3 Phụ lục về giá dịch vụ xét nghiệm.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 4 năm 2023.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
""", minified=True))

# 25/2024/QĐ-UBND (20/10/2024), NFD: replaces 18/2022 and 07/2023 from 01/11/2024, in force only to 31/12/2025
w("ubnd_st_qd25_2024.txt", ubst("25/2024/QĐ-UBND", "Sóc Trăng, ngày 20 tháng 10 năm 2024", """QUYẾT ĐỊNH
Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế trong các cơ sở khám bệnh, chữa bệnh của Nhà nước trên địa bàn tỉnh Sóc Trăng
ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG
""", f"""Căn cứ {L15};
Căn cứ {ND96};
Căn cứ {TT22};
Theo đề nghị của Giám đốc Sở Y tế.
QUYẾT ĐỊNH:
Điều 1. Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế (Phụ lục kèm theo).
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực từ ngày 01 tháng 11 năm 2024 đến hết ngày 31 tháng 12 năm 2025.
2. Quyết định này thay thế Quyết định số 18/2022/QĐ-UBND ngày 01/9/2022 và Quyết định số 07/2023/QĐ-UBND ngày 10/4/2023 của Ủy ban nhân dân tỉnh Sóc Trăng.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.
""", sign=SIGN_UB_CT), nfd=True)

# UBND tỉnh Hậu Giang 12/2020/QĐ-UBND (05/6/2020): Cần Thơ plans to repeal it by Quý II/2026 and does not (planted overdue)
w("hg_ubnd_qd12_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", "12/2020/QĐ-UBND", "Hậu Giang, ngày 05 tháng 6 năm 2020", """QUYẾT ĐỊNH
Quy định mức hỗ trợ hằng tháng đối với nhân viên y tế ấp, khu vực trên địa bàn tỉnh Hậu Giang
ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
""", f"""Căn cứ {L40};
QUYẾT ĐỊNH:
Điều 1. Nhân viên y tế ấp, khu vực được hỗ trợ hằng tháng bằng 0,5 mức lương cơ sở.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 6 năm 2020.
{SIGN_UB}
"""))

# ====================================================================== Sở Y tế Sóc Trăng / Hậu Giang
# Sóc Trăng 45/KH-SYT (10/3/2023): `03 nhiệm vụ sau:` with 4 items (planted count-mismatch); meets 18/2021's and 120/KH's obligations
w("syt_st_kh45_2023.txt", syt("45/KH-SYT", "Sóc Trăng, ngày 10 tháng 3 năm 2023", """KẾ HOẠCH
Triển khai hoạt động y tế cơ sở năm 2023
""", f"""Thực hiện {TT18};
Thực hiện {KH120_22};
Căn cứ Quyết định số 1234/QĐ-BYT ngày 12/5/2022 của Bộ trưởng Bộ Y tế ban hành Hướng dẫn quản lý bệnh không lây nhiễm tại trạm y tế xã;
Sở Y tế xây dựng Kế hoạch với 03 nhiệm vụ sau:
1. Củng cố tổ chức trạm y tế xã theo hướng dẫn của Bộ Y tế.
2. Quản lý người bệnh tăng huyết áp, đái tháo đường tại trạm y tế xã.
3. Bảo đảm thuốc thiết yếu tại tuyến xã.
4. Ứng dụng hồ sơ sức khỏe điện tử tại trạm y tế xã.
Các Trung tâm Y tế huyện, thị xã, thành phố xây dựng kế hoạch thực hiện Kế hoạch này.
"""))

# Hậu Giang 45/KH-SYT (22/3/2023): same number, same year, other province
w("syt_hg_kh45_2023.txt", syt("45/KH-SYT", "Hậu Giang, ngày 22 tháng 3 năm 2023", """KẾ HOẠCH
Chăm sóc sức khỏe ban đầu tại ấp, khu vực năm 2023
""", f"""Thực hiện {TT18};
Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 05/6/2020 của Ủy ban nhân dân tỉnh Hậu Giang;
Sở Y tế tỉnh Hậu Giang ban hành Kế hoạch như sau:
1. Kiện toàn đội ngũ nhân viên y tế ấp, khu vực, hoàn thành trong năm 2023.
2. Tập huấn chuyên môn cho nhân viên y tế ấp, khu vực, hằng năm.
""", prov="ỦY BAN NHÂN DÂN TỈNH HẬU GIANG"))

# 1234/SYT-NVY (05/9/2023): a letter forwarding 2780/QĐ-BYT, whose quoted title contains `sửa đổi, bổ sung`
w("syt_st_cv1234_2023.txt", syt("1234/SYT-NVY\nV/v triển khai Quyết định số 2780/QĐ-BYT ngày 20/7/2023 của Bộ Y tế", "Sóc Trăng, ngày 05 tháng 9 năm 2023", """
Kính gửi: Các Trung tâm Y tế huyện, thị xã, thành phố.
""", """Ngày 20/7/2023, Bộ Y tế ban hành Quyết định số 2780/QĐ-BYT “Sửa đổi, bổ sung một số điều của Hướng dẫn quản lý bệnh không lây nhiễm tại trạm y tế xã ban hành kèm theo Quyết định số 1234/QĐ-BYT ngày 12/5/2022 của Bộ trưởng Bộ Y tế”.
Sở Y tế đề nghị các Trung tâm Y tế phổ biến Quyết định đến các trạm y tế xã và thực hiện.
Trân trọng./.
"""))

# 112/BC-SYT (25/6/2024): sơ kết 02 năm thực hiện 120/KH-UBND of 2022 (meets its row 4); narrates the amendment of 18/2022
w("syt_st_bc112_2024.txt", syt("112/BC-SYT", "Sóc Trăng, ngày 25 tháng 6 năm 2024", """BÁO CÁO
Sơ kết 02 năm thực hiện Kế hoạch số 120/KH-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh
""", f"""Thực hiện {KH120_22}, Sở Y tế báo cáo sơ kết 02 năm như sau:
I. KẾT QUẢ THỰC HIỆN
1. Ủy ban nhân dân tỉnh đã ban hành {QD18}; Quyết định này đã được sửa đổi, bổ sung bởi Quyết định số 07/2023/QĐ-UBND ngày 10/4/2023.
2. Đã thay thế 35 tủ lạnh bảo quản vắc xin và trang thiết bị hư hỏng tại trạm y tế xã.
3. Việc báo cáo theo Công văn số 1234/BYT-DP ngày 20/3/2024 của Bộ Y tế đã hoàn thành đúng hạn.
II. TỒN TẠI
Đề án phát triển mạng lưới y tế cơ sở chưa được xây dựng.
"""))

# 20/KH-SYT (10/3/2025): row 1 promises to amend 60/KH-SYT by Quý II/2025 and nothing does (planted overdue); implements 09/2024/TT-BYT;
# cites 25/2024 before its own term ends (trap)
w("syt_st_kh20_2025.txt", syt("20/KH-SYT", "Sóc Trăng, ngày 10 tháng 3 năm 2025", """KẾ HOẠCH
Triển khai Thông tư số 09/2024/TT-BYT và công tác khám bệnh, chữa bệnh năm 2025
""", f"""Thực hiện {TT09};
Căn cứ {QD25};
Căn cứ {KH120_24};
Sở Y tế ban hành Kế hoạch như sau:
{TABH}
1\tSửa đổi, bổ sung Kế hoạch số 60/KH-SYT ngày 15/3/2024 của Sở Y tế về nâng cao chất lượng y tế cơ sở cho phù hợp với Thông tư số 09/2024/TT-BYT\tPhòng Nghiệp vụ Y\tQuý II/2025
2\tTập huấn Thông tư số 09/2024/TT-BYT cho trạm y tế xã\tPhòng Nghiệp vụ Y\tThường xuyên
3\tTổng kết công tác khám bệnh, chữa bệnh năm 2025\tVăn phòng Sở\tTháng 12 hằng năm
"""))

# ====================================================================== district health centres, provincial hospital
# TTYT Mỹ Xuyên 31/KH-TTYT (05/4/2023): `02 nội dung sau:` with 3 items (planted count-mismatch); meets 45/KH-SYT's obligation
w("ttyt_mx_kh31_2023.txt", ttyt("TRUNG TÂM Y TẾ HUYỆN MỸ XUYÊN", "31/KH-TTYT", "Mỹ Xuyên, ngày 05 tháng 4 năm 2023", """KẾ HOẠCH
Triển khai hoạt động y tế cơ sở năm 2023 trên địa bàn huyện Mỹ Xuyên
""", f"""Thực hiện {ST45} về triển khai hoạt động y tế cơ sở năm 2023;
Trung tâm Y tế huyện tập trung 02 nội dung sau:
1. Quản lý người bệnh tăng huyết áp tại 11 trạm y tế xã, thị trấn.
2. Tổ chức khám sàng lọc bệnh không lây nhiễm cho người từ 40 tuổi trở lên.
3. Cập nhật hồ sơ sức khỏe điện tử của người dân.
Kế hoạch này được triển khai đến các trạm y tế xã, thị trấn.
"""))

# TTYT Mỹ Xuyên 12/KH-TTYT (18/02/2025), OCR-like: `Căn cứ` 18/2021/TT-BYT, replaced since 01/7/2024 (planted superseded-citation)
w("ttyt_mx_kh12_2025.txt", ocr(ttyt("TRUNG TÂM Y TẾ HUYỆN MỸ XUYÊN", "12/KH-TTYT", "Mỹ Xuyên, ngày 18 tháng 02 năm 2025", """KẾ HOẠCH
Nâng cao chất lượng hoạt động trạm y tế xã năm 2025
""", f"""Căn cứ {TT18};
Tiếp tục thực hiện {ST45};
Trung tâm Y tế huyện Mỹ Xuyên ban hành Kế hoạch như sau:
1. Bảo đảm 100% trạm y tế xã có bác sĩ làm việc, thực hiện thường xuyên.
2. Kiểm tra hoạt động chuyên môn của trạm y tế xã, hằng quý.
"""), [("Nâng cao chất lượng", "Nâng cao chắt lương"), ("hoạt động chuyên môn", "hoat đông chuyên mồn"), ("Bảo đảm 100%", "Bảo đám 1OO%"), ("thực hiện thường xuyên", "thưc hiên thường xuyên")]))

# TTYT Kế Sách 08/KH-TTYT (15/01/2025): `Căn cứ` 18/2022/QĐ-UBND, replaced by 25/2024 since 01/11/2024 (planted superseded-citation)
w("ttyt_ks_kh08_2025.txt", ttyt("TRUNG TÂM Y TẾ HUYỆN KẾ SÁCH", "08/KH-TTYT", "Kế Sách, ngày 15 tháng 01 năm 2025", """KẾ HOẠCH
Thu giá dịch vụ khám bệnh, chữa bệnh năm 2025
""", f"""Căn cứ {QD18};
Căn cứ {KH120_24};
Trung tâm Y tế huyện Kế Sách ban hành Kế hoạch như sau:
1. Niêm yết công khai bảng giá dịch vụ tại khoa Khám bệnh, thực hiện thường xuyên.
2. Báo cáo kết quả thu giá dịch vụ về Sở Y tế, hằng quý.
"""))

# TTYT thị xã Vĩnh Châu: two plans numbered 27/KH-TTYT in 2024 (planted duplicate-identity)
w("ttyt_vc_kh27_2024a.txt", ttyt("TRUNG TÂM Y TẾ THỊ XÃ VĨNH CHÂU", "27/KH-TTYT", "Vĩnh Châu, ngày 20 tháng 02 năm 2024", """KẾ HOẠCH
Chăm sóc sức khỏe đồng bào dân tộc Khmer năm 2024
""", f"""Thực hiện {CT15};
Tiếp tục thực hiện {ST45};
Trung tâm Y tế thị xã ban hành Kế hoạch như sau:
1. Khám sức khỏe lưu động tại các phường, xã ven biển, hoàn thành trong Quý II/2024.
2. Truyền thông giáo dục sức khỏe bằng tiếng Khmer, thực hiện thường xuyên.
"""))

# the second 27/KH-TTYT (12/9/2024), layout: cites 09/2024/TT-BYT as of 25/5/2024 (planted metadata-conflict: it is of 20/5/2024)
w("ttyt_vc_kh27_2024b.txt", layout(state_cols("SỞ Y TẾ SÓC TRĂNG", "TRUNG TÂM Y TẾ THỊ XÃ VĨNH CHÂU", "27/KH-TTYT", "Vĩnh Châu, ngày 12 tháng 9 năm 2024", """KẾ HOẠCH
Triển khai Thông tư quy định về tổ chức và hoạt động của trạm y tế xã, phường
""", f"""Thực hiện Thông tư số 09/2024/TT-BYT ngày 25/5/2024 của Bộ trưởng Bộ Y tế quy định về tổ chức và hoạt động của trạm y tế xã, phường, thị trấn;
Căn cứ {KH120_24};
Trung tâm Y tế thị xã ban hành Kế hoạch như sau:
1. Rà soát nhân lực của 10 trạm y tế phường, xã, hoàn thành trong Quý IV/2024.
2. Tập huấn cho viên chức trạm y tế, hằng năm.
{SIGN_TTYT}
""")))

# TTYT Ngã Năm 19/KH-TTYT (10/5/2024), CRLF: implements 09/2024/TT-BYT dated 20/5/2024 (planted temporal)
w("ttyt_nn_kh19_2024.txt", ttyt("TRUNG TÂM Y TẾ HUYỆN NGÃ NĂM", "19/KH-TTYT", "Ngã Năm, ngày 10 tháng 5 năm 2024", """KẾ HOẠCH
Kiện toàn tổ chức và hoạt động trạm y tế xã năm 2024
""", f"""Thực hiện {TT09};
Tiếp tục thực hiện {KH120_22};
Trung tâm Y tế huyện Ngã Năm ban hành Kế hoạch như sau:
1. Kiện toàn nhân lực trạm y tế xã, hoàn thành trong Quý III/2024.
2. Giám sát hoạt động trạm y tế xã, hằng tháng.
"""), crlf=True)

# Bệnh viện Đa khoa tỉnh 88/KH-BVĐK (10/01/2023): cites 18/2022 as of 15/9/2022 (its effective date; planted metadata-conflict)
w("bvdk_st_kh88_2023.txt", state("SỞ Y TẾ SÓC TRĂNG", "BỆNH VIỆN ĐA KHOA TỈNH", "88/KH-BVĐK", "Sóc Trăng, ngày 10 tháng 01 năm 2023", """KẾ HOẠCH
Công khai giá dịch vụ khám bệnh, chữa bệnh năm 2023
""", f"""Căn cứ Quyết định số 18/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh Sóc Trăng quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế;
Thực hiện {CT15};
Bệnh viện Đa khoa tỉnh ban hành Kế hoạch như sau:
1. Niêm yết giá dịch vụ tại các khoa, phòng, thực hiện thường xuyên.
2. Rà soát danh mục kỹ thuật, hoàn thành trong Quý I/2023.
\t\t\t\t\tGIÁM ĐỐC
"""))

# ====================================================================== Hậu Giang 2024, Cần Thơ after 1/7/2025
# Sở Y tế Hậu Giang 78/BC-SYT (10/12/2024), .docx: tổng kết of its own 45/KH-SYT, cited with date (trap: same number resolves)
docx("syt_hg_bc78_2024.docx", [
    "BÁO CÁO",
    "Tổng kết thực hiện Kế hoạch chăm sóc sức khỏe ban đầu tại ấp, khu vực",
    ["Thực hiện Kế hoạch số ", "45/KH-SYT", " ngày 22/3/2023 của Sở Y tế về chăm sóc sức khỏe ban đầu tại ấp, khu vực năm 2023, Sở Y tế báo cáo tổng kết như sau:"],
    "1. Đã kiện toàn 100% nhân viên y tế ấp, khu vực; chế độ hỗ trợ thực hiện theo Quyết định số 12/2020/QĐ-UBND ngày 05/6/2020 của Ủy ban nhân dân tỉnh Hậu Giang.",
    "2. Đã tập huấn chuyên môn cho 1.250 lượt nhân viên y tế ấp, khu vực.",
    "GIÁM ĐỐC"],
    header_table=(["ỦY BAN NHÂN DÂN TỈNH HẬU GIANG", "SỞ Y TẾ", "-------", "Số: 78/BC-SYT"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hậu Giang, ngày 10 tháng 12 năm 2024"]))

# Sở Y tế thành phố Cần Thơ 35/KH-SYT (15/9/2025): takes over both former 45/KH-SYT (dated, former province named);
# row 1 promises to repeal Hậu Giang's 12/2020/QĐ-UBND by Quý II/2026 (planted overdue); row 2 report (met by 210/BC-SYT), row 3 recurring
w("ct_syt_kh35_2025.txt", syt("35/KH-SYT", "Cần Thơ, ngày 15 tháng 9 năm 2025", """KẾ HOẠCH
Tổ chức lại mạng lưới trạm y tế xã, phường sau sắp xếp đơn vị hành chính
""", f"""Căn cứ {NQ202};
Thực hiện Công văn số 4567/BYT-KCB ngày 25/7/2025 của Bộ Y tế về việc báo cáo sắp xếp trạm y tế xã theo mô hình chính quyền địa phương hai cấp;
Tiếp tục thực hiện các nhiệm vụ còn lại của {ST45} (cũ) và {HG45} (cũ);
Sở Y tế thành phố Cần Thơ ban hành Kế hoạch như sau:
{TABH}
1\tTham mưu Ủy ban nhân dân thành phố bãi bỏ Quyết định số 12/2020/QĐ-UBND ngày 05/6/2020 của Ủy ban nhân dân tỉnh Hậu Giang (cũ)\tPhòng Nghiệp vụ Y\tQuý II/2026
2\tBáo cáo Bộ Y tế kết quả sắp xếp trạm y tế xã, phường\tVăn phòng Sở\tNăm 2026
3\tKiểm tra hoạt động của trạm y tế xã, phường\tPhòng Nghiệp vụ Y\tThường xuyên
""", prov="ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"))

# Sở Y tế Cần Thơ 210/BC-SYT (20/6/2026), Word HTML: undated `Kế hoạch số 45/KH-SYT của Sở Y tế (cũ)` (planted ambiguous-id);
# narrates the expiry of 25/2024; quotes a draft title with `sửa đổi, bổ sung` of 12/2020; `thay thế` as an ordinary word
w("ct_syt_bc210_2026.html", html_spans("Báo cáo 210/BC-SYT", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "SỞ Y TẾ", "-------", "Số: 210/BC-SYT"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Cần Thơ, ngày 20 tháng 6 năm 2026"], f"""BÁO CÁO
Kết quả sắp xếp trạm y tế xã, phường sáu tháng đầu năm 2026
Thực hiện Công văn số 4567/BYT-KCB ngày 25/7/2025 của Bộ Y tế và Kế hoạch số 35/KH-SYT ngày 15/9/2025 của Sở Y tế thành phố Cần Thơ, Sở Y tế báo cáo như sau:
1. Đã sắp xếp 248 trạm y tế xã, phường, đặc khu; một số trạm y tế ở các xã thuộc tỉnh cũ vẫn thực hiện theo Kế hoạch số 45/KH-SYT của Sở Y tế (cũ).
2. Quyết định số 25/2024/QĐ-UBND ngày 20/10/2024 của Ủy ban nhân dân tỉnh Sóc Trăng đã hết hiệu lực từ ngày 01/01/2026; Sở Y tế đang hoàn thiện dự thảo quyết định mới về giá dịch vụ.
3. Sở Y tế đã lấy ý kiến dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Hậu Giang”.
4. Nhiều trạm y tế cần thay thế trang thiết bị đã hết khấu hao.
"""))

# Trạm Y tế xã Mỹ Xuyên 05/KH-TYT (10/02/2026): `Căn cứ` 25/2024, expired by its own term on 31/12/2025 (planted superseded-citation);
# cites 31/KH-TTYT of the former district (trap)
w("ct_tyt_mx_kh05_2026.txt", state("ỦY BAN NHÂN DÂN XÃ MỸ XUYÊN", "TRẠM Y TẾ", "05/KH-TYT", "Mỹ Xuyên, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
Khám bệnh, chữa bệnh và thu giá dịch vụ tại Trạm Y tế năm 2026
""", f"""Căn cứ Quyết định số 25/2024/QĐ-UBND ngày 20/10/2024 của Ủy ban nhân dân tỉnh Sóc Trăng (cũ) quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế;
Thực hiện Kế hoạch số 35/KH-SYT ngày 15/9/2025 của Sở Y tế thành phố Cần Thơ;
Tiếp tục thực hiện Kế hoạch số 31/KH-TTYT ngày 05/4/2023 của Trung tâm Y tế huyện Mỹ Xuyên (cũ);
Trạm Y tế xã ban hành Kế hoạch như sau:
1. Khám, chữa bệnh ban đầu cho người dân, thực hiện thường xuyên.
2. Quản lý người bệnh tăng huyết áp, hằng tháng.
{SIGN_TYT}
"""))

# Trạm Y tế phường Vĩnh Châu 03/BC-TYT (02/4/2026): the id of 09/2024/TT-BYT broken across lines; cites the second 27/KH-TTYT by date
w("ct_tyt_vc_bc03_2026.txt", state("ỦY BAN NHÂN DÂN PHƯỜNG VĨNH CHÂU", "TRẠM Y TẾ", "03/BC-TYT", "Vĩnh Châu, ngày 02 tháng 4 năm 2026", """BÁO CÁO
Kết quả hoạt động quý I năm 2026
""", """Thực hiện Thông tư số 09/2024/TT-
BYT ngày 20/5/2024 của Bộ trưởng Bộ Y tế và Kế hoạch số 27/KH-TTYT ngày 12/9/2024 của Trung tâm Y tế thị xã Vĩnh Châu (cũ), Trạm Y tế phường báo cáo như sau:
1. Khám, chữa bệnh cho 3.420 lượt người.
2. Tiêm chủng đầy đủ cho 96% trẻ dưới 1 tuổi.
""" + SIGN_TYT))

# UBND phường Ngã Năm 14/KH-UBND (05/3/2026), Markdown: cites 19/KH-TTYT of the former district and 35/KH-SYT
w("ct_ubp_nn_kh14_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**PHƯỜNG NGÃ NĂM**", "-------", "Số: 14/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Ngã Năm, ngày 05 tháng 3 năm 2026*"]) + f"""
# KẾ HOẠCH
## Chăm sóc sức khỏe Nhân dân trên địa bàn phường năm 2026

Thực hiện Kế hoạch số 35/KH-SYT ngày 15/9/2025 của Sở Y tế thành phố Cần Thơ;

Trên cơ sở kết quả thực hiện Kế hoạch số 19/KH-TTYT ngày 10/5/2024 của Trung tâm Y tế huyện Ngã Năm (trước đây);

Ủy ban nhân dân phường ban hành Kế hoạch này với 02 nhiệm vụ sau:

1. Kiện toàn Trạm Y tế phường theo {TT09}, hoàn thành trong Quý IV/2026.
2. Vận động người dân tham gia bảo hiểm y tế, thực hiện thường xuyên.

TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH
""")

print(len(os.listdir(OUT)), "files")
