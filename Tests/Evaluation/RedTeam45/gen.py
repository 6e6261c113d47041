#!/usr/bin/env python3
"""Red team round 45: land texts of tỉnh Long An (huyện Bến Lức, Đức Hòa, Cần Đước) under the Luật Đất đai 2024, and of
tỉnh Tây Ninh, into which Long An was merged on 1/7/2025 (centre at Tân An; districts abolished; communes keep names such
as xã Bến Lức, xã Đức Hòa, xã Cần Đước), 2019-2026. "Today" is 2026-11-30.
Bodies: Tỉnh ủy Long An (35-CT/TU 2024), Tỉnh ủy Tây Ninh (03-KL/TU 2025); Huyện ủy Đức Hòa (18-KH/HU), Bến Lức (22-KH/HU),
Cần Đước (07-TB/HU); UBND tỉnh Long An (74/2019 bảng giá đất, 18/2020 tách thửa, 07/2021 hệ số, 12/2022 and 31/2024 amending
the bảng giá, 25/2024 tách thửa, 34/2024 bồi thường, 45/2024 bãi bỏ, 05/2025 amending 34/2024, 4321/QĐ-UBND điều chỉnh
quy hoạch, 150/KH-UBND of 2023 and of 2024, 1234/UBND-KTTC); Sở TNMT Long An (2150/STNMT-QLĐĐ, 45/KH-STNMT twice, 96/BC-STNMT);
UBND huyện Bến Lức (210/KH-UBND, 1520/QĐ-UBND), Đức Hòa (162/KH-UBND of 2023 and of 2024), Cần Đước (85/KH-UBND); UBND
tỉnh Tây Ninh before the merger (25/2024/QĐ-UBND); after it HĐND tỉnh Tây Ninh (16/2025/NQ-HĐND bảng giá đất), UBND tỉnh
Tây Ninh (28/2025, 31/2025/QĐ-UBND, 45/KH-UBND, 2890/UBND-KTTC), Sở Nông nghiệp và Môi trường (1820/SNNMT-QLĐĐ,
12/KH-SNNMT), UBND xã Bến Lức (08/KH-UBND), xã Đức Hòa (11/KH-UBND), xã Cần Đước (15/KH-UBND).
All local documents (numbers, dates, contents, phone numbers) are invented; the law and decrees cited are real
(31/2024/QH15 of 18/01/2024, 102/2024/NĐ-CP of 30/7/2024, 71/2024/NĐ-CP of 27/6/2024, 88/2024/NĐ-CP of 15/7/2024).
Writes corpus/. Standard library only. Header helpers copied from RedTeam37/gen.py (`w`, `party`, `party_cols`, `state`,
`state_cols`, `layout`, `docx`, `portal`, `md_hdr`, `md_headings`, `html_spans`, `ocr`) with the site names, address and
phone numbers changed to Long An's / Tây Ninh's (0272.…)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Tây Ninh", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND tỉnh Tây Ninh. Địa chỉ: số 61 đường Nguyễn Huệ, phường Long An, tỉnh Tây Ninh. Điện thoại: 0272.3826.457 - Fax: 0272.3826.458') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Sở Tài nguyên và Môi trường tỉnh Long An - Điện thoại: 0272.3821.504 - Fax: 0272.3821.505</div>\n</body></html>')









def ocr(t, words):
    """OCR-like damage: replace a few words (each must exist)."""
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t



# ---------------------------------------------------------------- signatures and citations
SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_HU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_CT = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""
SIGN_CT = """\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_VP = """\t\t\t\t\tTL. CHỦ TỊCH
\t\t\t\t\tKT. CHÁNH VĂN PHÒNG
\t\t\t\t\tPHÓ CHÁNH VĂN PHÒNG"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_SO_GD = """\t\t\t\t\tGIÁM ĐỐC"""

CHLT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"
CHLT25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
L2013 = "Luật Đất đai số 45/2013/QH13 ngày 29 tháng 11 năm 2013"
L2015 = "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015"
L2025 = "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025"
L2024 = "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024"
ND43 = "Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai"
ND44 = "Nghị định số 44/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về giá đất"
ND102 = "Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai"
ND71 = "Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024 của Chính phủ quy định về giá đất"
ND88 = "Nghị định số 88/2024/NĐ-CP ngày 15 tháng 7 năm 2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất"
TT10 = "Thông tư số 10/2024/TT-BTNMT ngày 31 tháng 7 năm 2024 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định về hồ sơ địa chính, Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
NQ202 = "Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh"
# the two decisions numbered 25/2024/QĐ-UBND, always cited with date and province except where a defect is planted
LA25 = "Quyết định số 25/2024/QĐ-UBND ngày 12/8/2024 của Ủy ban nhân dân tỉnh Long An"
LA34 = "Quyết định số 34/2024/QĐ-UBND ngày 02/10/2024 của Ủy ban nhân dân tỉnh Long An"
LA74 = "Quyết định số 74/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh Long An"
TBL = "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành"


def ub(org2, num, place, title, body, sign=SIGN_UB):
    return state("ỦY BAN NHÂN DÂN", org2, num, place, title, body + "\n" + sign)


def la(num, place, title, body, sign=SIGN_UB):
    return ub("TỈNH LONG AN", num, place, title, body, sign)


def stnmt(num, place, title, body, sign=SIGN_SO):
    return state("ỦY BAN NHÂN DÂN TỈNH LONG AN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", num, place, title, body + "\n" + sign)


def snnmt(num, place, title, body, sign=SIGN_SO):
    return state("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", num, place, title, body + "\n" + sign)


# ====================================================================== UBND tỉnh Long An, under the Luật Đất đai 2013
# 74/2019/QĐ-UBND (20/12/2019), pdftotext -layout: Bảng giá đất 2020-2024; cites 44/2014/NĐ-CP (a decree replaced only in 2024:
# trap). Amended by 12/2022 and 31/2024 (traps), replaced from 01/01/2026 by 16/2025/NQ-HĐND of Tây Ninh
w("la_qd74_2019.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "74/2019/QĐ-UBND", "Long An, ngày 20 tháng 12 năm 2019", """                                  QUYẾT ĐỊNH
            Ban hành Bảng giá các loại đất định kỳ 05 năm (2020 - 2024) trên địa bàn tỉnh Long An
                         ỦY BAN NHÂN DÂN TỈNH LONG AN
""", f"""{CHLT}
Căn cứ {L2013};
Căn cứ {ND44};
Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh Long An thông qua Bảng giá các loại đất định kỳ 05 năm (2020 - 2024);
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
                                   QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Bảng giá các loại đất định kỳ 05 năm (2020 - 2024) trên địa bàn tỉnh Long An.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2020.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các huyện,
thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB + """

                                      BẢNG GIÁ ĐẤT
   (Ban hành kèm theo Quyết định số 74/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh Long An)
Mục I. Đất ở tại nông thôn ven Quốc lộ 1 (huyện Bến Lức): vị trí 1: 3.200.000 đồng/m2.
Mục II. Đất ở ven Đường tỉnh 825 (huyện Đức Hòa): vị trí 1: 2.800.000 đồng/m2.
Mục III. Đất trồng lúa (huyện Cần Đước): vị trí 1: 180.000 đồng/m2.
""")))

# 18/2020/QĐ-UBND (15/6/2020): tách thửa under the 2013 law and 43/2014/NĐ-CP; replaced by 25/2024 (LA) from 01/9/2024
w("la_qd18_2020.txt", la("18/2020/QĐ-UBND", "Long An, ngày 15 tháng 6 năm 2020", """QUYẾT ĐỊNH
Quy định điều kiện tách thửa, hợp thửa và diện tích tối thiểu được tách thửa đối với từng loại đất
trên địa bàn tỉnh Long An
ỦY BAN NHÂN DÂN TỈNH LONG AN
""", f"""{CHLT}
Căn cứ {L2015};
Căn cứ {L2013};
Căn cứ {ND43};
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Quy định điều kiện tách thửa, hợp thửa và diện tích tối thiểu được tách thửa: đất ở tại nông thôn tối thiểu 60 m2; đất trồng cây lâu năm tối thiểu 1.000 m2.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2020.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# 07/2021/QĐ-UBND (10/3/2021), CRLF: hệ số điều chỉnh giá đất năm 2021 (44/2014/NĐ-CP); repealed by 45/2024 from 15/11/2024
w("la_qd07_2021.txt", la("07/2021/QĐ-UBND", "Long An, ngày 10 tháng 3 năm 2021", """QUYẾT ĐỊNH
Ban hành hệ số điều chỉnh giá đất năm 2021 trên địa bàn tỉnh Long An
ỦY BAN NHÂN DÂN TỈNH LONG AN
""", f"""{CHLT}
Căn cứ {L2013};
Căn cứ {ND44};
Căn cứ {LA74} ban hành Bảng giá các loại đất định kỳ 05 năm (2020 - 2024) trên địa bàn tỉnh Long An;
Theo đề nghị của Giám đốc Sở Tài chính.
QUYẾT ĐỊNH:
Điều 1. Ban hành hệ số điều chỉnh giá đất năm 2021: đất ở tại huyện Bến Lức 1,3; huyện Đức Hòa 1,2; huyện Cần Đước 1,1.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2021.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Cục trưởng Cục Thuế tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
"""), crlf=True)

# 12/2022/QĐ-UBND (15/4/2022): first amendment of the bảng giá 74/2019 (trap: amended, still in force)
w("la_qd12_2022.txt", la("12/2022/QĐ-UBND", "Long An, ngày 15 tháng 4 năm 2022", """QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quyết định số 74/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh
ban hành Bảng giá các loại đất định kỳ 05 năm (2020 - 2024) trên địa bàn tỉnh Long An
ỦY BAN NHÂN DÂN TỈNH LONG AN
""", f"""{CHLT}
Căn cứ {L2015};
Căn cứ {L2013};
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của {LA74} như sau:
1. Sửa đổi Mục I: đất ở tại nông thôn ven Quốc lộ 1 (huyện Bến Lức), vị trí 1: 4.100.000 đồng/m2.
2. Bổ sung Mục IV: đất ở ven đường Vành đai 3 (huyện Bến Lức), vị trí 1: 3.600.000 đồng/m2.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 4 năm 2022.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# 150/KH-UBND of 2023 (10/5/2023): tổng kết thi hành Luật Đất đai 2013 (trap: same number as the 2024 plan); a review row
# (`rà soát`, no amendment promised) and recurring rows
w("la_kh150_2023.txt", la("150/KH-UBND", "Long An, ngày 10 tháng 5 năm 2023", """KẾ HOẠCH
Tổng kết thi hành Luật Đất đai năm 2013 trên địa bàn tỉnh Long An
""", f"""I. MỤC ĐÍCH, YÊU CẦU
Đánh giá toàn diện kết quả thi hành {L2013} trên địa bàn tỉnh, làm cơ sở kiến nghị sửa đổi Luật.
II. NỘI DUNG
{TBL}
1\tRà soát các văn bản quy phạm pháp luật của tỉnh về đất đai, trong đó có Quyết định số 18/2020/QĐ-UBND ngày 15/6/2020 của Ủy ban nhân dân tỉnh\tSở Tài nguyên và Môi trường\tSở Tư pháp\tThường xuyên
2\tTổ chức hội nghị tổng kết cấp huyện\tỦy ban nhân dân các huyện, thị xã, thành phố\tPhòng Tài nguyên và Môi trường\tHằng năm
III. TỔ CHỨC THỰC HIỆN
Sở Tài nguyên và Môi trường theo dõi, đôn đốc việc thực hiện Kế hoạch này.
"""))

# ====================================================================== Tỉnh ủy Long An 35-CT/TU (15/5/2024), layout two columns
# Deadline: ban cán sự đảng UBND tỉnh lãnh đạo ban hành quy định bồi thường, Quý IV/2024 (met by 34/2024: trap); Đề án phát
# triển quỹ đất, Quý III/2025 (never: overdue-plan, planted, announces). Obligations: huyện ủy plans (met: 18-KH/HU, 22-KH/HU);
# Ủy ban Mặt trận Tổ quốc tỉnh plan (never: unmet-obligation, planted)
w("tu_la_ct35_2024.txt", layout(party_cols("TỈNH ỦY LONG AN", "", "35-CT/TU", "Long An, ngày 15 tháng 5 năm 2024", """                                    CHỈ THỊ
           CỦA BAN THƯỜNG VỤ TỈNH ỦY
  về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, sử dụng đất đai
          khi thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh
                                    -----
""", f"""Ngày 18/01/2024, Quốc hội thông qua {L2024}. Để Luật sớm đi vào cuộc sống, Ban Thường vụ Tỉnh ủy yêu cầu
các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:
1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành quy định về bồi thường, hỗ trợ, tái định
cư khi Nhà nước thu hồi đất trên địa bàn tỉnh, hoàn thành trong Quý IV/2024.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng Đề án phát triển quỹ đất tỉnh Long An giai đoạn 2025 - 2030,
hoàn thành trong Quý III/2025.
3. Tăng cường thanh tra, kiểm tra việc chấp hành pháp luật đất đai; xử lý nghiêm vi phạm, thực hiện thường xuyên.
TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện Chỉ thị này.
2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xây dựng kế hoạch giám sát việc thực hiện Chỉ thị này.
3. Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
Chỉ thị này phổ biến đến chi bộ.
{SIGN_TU}
""")))

# Huyện ủy Đức Hòa 18-KH/HU (10/6/2024), NFD: implements 35-CT/TU (obligation met); `03 nhiệm vụ sau:` + 3 (trap)
w("hu_dh_kh18_2024.txt", party("ĐẢNG BỘ TỈNH LONG AN", "HUYỆN ỦY ĐỨC HÒA", "18-KH/HU", "Đức Hòa, ngày 10 tháng 6 năm 2024", """KẾ HOẠCH
thực hiện Chỉ thị số 35-CT/TU, ngày 15/5/2024 của Ban Thường vụ Tỉnh ủy
""", f"""Thực hiện Chỉ thị số 35-CT/TU, ngày 15/5/2024 của Ban Thường vụ Tỉnh ủy Long An về tăng cường sự lãnh đạo của Đảng đối với
công tác quản lý, sử dụng đất đai khi thi hành Luật Đất đai năm 2024, Ban Thường vụ Huyện ủy đề ra 03 nhiệm vụ sau:
1. Quán triệt Chỉ thị đến chi bộ, thực hiện thường xuyên.
2. Lãnh đạo Ủy ban nhân dân huyện rà soát hồ sơ tách thửa tồn đọng trên địa bàn các xã Đức Hòa Hạ, Hựu Thạnh, hằng năm.
3. Ủy ban Kiểm tra Huyện ủy kiểm tra việc chấp hành pháp luật đất đai của cán bộ, đảng viên, thực hiện thường xuyên.
Kế hoạch này phổ biến đến chi bộ.
{SIGN_HU}
"""), nfd=True)

# Huyện ủy Bến Lức 22-KH/HU (05/7/2024), OCR-like: cites 35-CT/TU `ngày 25/5/2024` (metadata-conflict, date, planted)
w("hu_bl_kh22_2024.txt", ocr(party("ĐẢNG BỘ TỈNH LONG AN", "HUYỆN ỦY BẾN LỨC", "22-KH/HU", "Bến Lức, ngày 05 tháng 7 năm 2024", """KẾ HOẠCH
thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về công tác quản lý, sử dụng đất đai
""", f"""Thực hiện Chỉ thị số 35-CT/TU, ngày 25/5/2024 của Ban Thường vụ Tỉnh ủy Long An về tăng cường sự lãnh đạo của Đảng đối với
công tác quản lý, sử dụng đất đai khi thi hành Luật Đất đai năm 2024, Ban Thường vụ Huyện ủy Bến Lức ban hành Kế hoạch
thực hiện như sau:
1. Lãnh đạo giải quyết dứt điểm hồ sơ bồi thường dự án đường Vành đai 3 đoạn qua huyện, thực hiện thường xuyên.
2. Chỉ đạo Ủy ban nhân dân huyện công khai quy hoạch, kế hoạch sử dụng đất hằng năm.
{SIGN_HU}
"""), [("giải quyết dứt điểm", "giải quyểt dứt điểm"), ("Ban Thường vụ Huyện ủy Bến Lức", "Ban Thường vụ Huyên ủy Bến Lúc"),
       ("công khai quy hoạch", "công khai quv hoạch"), ("Vành đai 3", "Vành đại 3")]))

# 150/KH-UBND of 2024 (28/02/2024), layout with page break: plan to carry out the Luật Đất đai 2024. Rows 1-4 met by 25/2024,
# 34/2024, 31/2024 (id split across two lines), 45/2024 (traps); row 5 (land database, Quý II/2025) taken over by Tây Ninh's
# 45/KH-UBND and moved to Quý IV/2026 (trap); row 6 recurring
w("la_kh150_2024.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "150/KH-UBND", "Long An, ngày 28 tháng 02 năm 2024", """                                   KẾ HOẠCH
          Triển khai thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh Long An
""", f"""Thực hiện {L2024}, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật Đất đai như sau:
I. NHIỆM VỤ
{TBL}
1\tTham mưu ban hành Quyết định quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa thay thế Quyết định số 18/2020/QĐ-UBND\tSở Tài nguyên và Môi trường\tSở Tư pháp\tQuý III/2024
2\tTham mưu ban hành Quyết định quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất\tSở Tài nguyên và Môi trường\tSở Tài chính\tQuý IV/2024
3\tSửa đổi, bổ sung Quyết định số 74/2019/QĐ-
\tUBND về Bảng giá các loại đất để áp dụng đến hết ngày 31/12/2025\tSở Tài nguyên và Môi trường\tSở Tài chính\tQuý III/2024
4\tBãi bỏ Quyết định số 07/2021/QĐ-UBND về hệ số điều chỉnh giá đất\tSở Tài chính\tSở Tư pháp\tQuý IV/2024
5\tXây dựng cơ sở dữ liệu đất đai tỉnh Long An\tSở Tài nguyên và Môi trường\tỦy ban nhân dân cấp huyện\tQuý II/2025
6\tTuyên truyền, phổ biến Luật Đất đai năm 2024\tSở Tài nguyên và Môi trường\tỦy ban nhân dân cấp huyện\tThường xuyên
II. TỔ CHỨC THỰC HIỆN
Các sở, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ Kế hoạch này triển khai thực hiện.
""" + SIGN_UB)))

# Sở TNMT 45/KH-STNMT (15/3/2024): first of two plans with that number (duplicate-identity, planted); implements 150/KH-UBND
w("stnmt_kh45_2024a.txt", stnmt("45/KH-STNMT", "Long An, ngày 15 tháng 3 năm 2024", """KẾ HOẠCH
Tuyên truyền, phổ biến Luật Đất đai năm 2024 năm 2024
""", f"""Thực hiện Kế hoạch số 150/KH-UBND ngày 28/02/2024 của Ủy ban nhân dân tỉnh triển khai thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh Long An, Sở Tài nguyên và Môi trường ban hành Kế hoạch tuyên truyền như sau:
1. Tổ chức hội nghị phổ biến {L2024} cho cán bộ địa chính cấp xã, Quý II/2024.
2. Đăng tải tài liệu hỏi đáp Luật Đất đai trên Trang thông tin điện tử của Sở, thực hiện thường xuyên.
"""))

# Sở TNMT 2150/STNMT-QLĐĐ (05/8/2024), a letter with V/v: `Thực hiện` 25/2024 (LA) of 12/8/2024 (temporal, planted)
w("stnmt_cv2150_2024.txt", state("ỦY BAN NHÂN DÂN TỈNH LONG AN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "2150/STNMT-QLĐĐ\nV/v triển khai quy định tách thửa, hợp thửa đất", "Long An, ngày 05 tháng 8 năm 2024", """Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.
""", f"""Thực hiện {LA25} quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất trên địa bàn tỉnh Long An, Sở Tài nguyên và Môi trường đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Văn phòng đăng ký đất đai chi nhánh tiếp nhận hồ sơ tách thửa theo quy định mới kể từ ngày 01/9/2024.
Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Tài nguyên và Môi trường (Phòng Quản lý đất đai) để được hướng dẫn.
{SIGN_SO}
"""))

# 25/2024/QĐ-UBND of Long An (12/8/2024): tách thửa under the 2024 law; replaces 18/2020 from 01/9/2024 (trap: the replace
# clause itself); obligation on the districts (met by Bến Lức's 210/KH-UBND). Replaced from 01/12/2025 by 28/2025 (Tây Ninh)
w("la_qd25_2024.txt", la("25/2024/QĐ-UBND", "Long An, ngày 12 tháng 8 năm 2024", """QUYẾT ĐỊNH
Quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất đối với từng loại đất
trên địa bàn tỉnh Long An
ỦY BAN NHÂN DÂN TỈNH LONG AN
""", f"""{CHLT}
Căn cứ {L2015};
Căn cứ {L2024};
Căn cứ {ND102};
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Diện tích tối thiểu được tách thửa đối với đất ở tại nông thôn là 80 m2; đất trồng cây lâu năm là 1.000 m2.
Điều 2. Tổ chức thực hiện
Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch triển khai Quyết định này trên địa bàn.
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2024 và thay thế Quyết định số 18/2020/QĐ-UBND ngày 15 tháng 6 năm 2020 của Ủy ban nhân dân tỉnh Long An.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# 25/2024/QĐ-UBND of the former tỉnh Tây Ninh (05/9/2024): hạn mức công nhận đất ở (trap: same number, same year, two provinces)
w("tn_qd25_2024.txt", ub("TỈNH TÂY NINH", "25/2024/QĐ-UBND", "Tây Ninh, ngày 05 tháng 9 năm 2024", """QUYẾT ĐỊNH
Quy định hạn mức công nhận đất ở đối với trường hợp thửa đất có vườn, ao trên địa bàn tỉnh Tây Ninh
ỦY BAN NHÂN DÂN TỈNH TÂY NINH
""", f"""{CHLT}
Căn cứ {L2015};
Căn cứ {L2024};
Căn cứ {ND102};
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Hạn mức công nhận đất ở tại nông thôn là 400 m2; tại đô thị là 200 m2.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 9 năm 2024.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# UBND huyện Bến Lức 210/KH-UBND (05/9/2024): implements 25/2024 (LA) (obligation met); `thay thế` as an ordinary word (trap)
w("ubh_bl_kh210_2024.txt", ub("HUYỆN BẾN LỨC", "210/KH-UBND", "Bến Lức, ngày 05 tháng 9 năm 2024", """KẾ HOẠCH
Triển khai quy định tách thửa, hợp thửa đất trên địa bàn huyện Bến Lức
""", f"""Thực hiện {LA25} quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất đối với từng loại đất trên địa bàn tỉnh Long An;
Ủy ban nhân dân huyện Bến Lức ban hành Kế hoạch triển khai như sau:
1. Niêm yết công khai quy định tách thửa tại trụ sở Ủy ban nhân dân các xã, thị trấn, thực hiện thường xuyên.
2. Phòng Tài nguyên và Môi trường bố trí công chức thay thế cán bộ địa chính xã Lương Hòa nghỉ chế độ để không gián đoạn việc tiếp nhận hồ sơ, hoàn thành trong tháng 9/2024.
3. Báo cáo kết quả thực hiện hằng quý.
"""))

# 31/2024/QĐ-UBND (20/9/2024), Markdown: second amendment of the bảng giá 74/2019, with its own term: in force 01/10/2024 to
# 31/12/2025 (cited after that: superseded-citation, planted). Same number and year as the law 31/2024/QH15 (trap)
w("la_qd31_2024.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH LONG AN**", "-------", "Số: 31/2024/QĐ-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Long An, ngày 20 tháng 9 năm 2024*"]) + f"""
# QUYẾT ĐỊNH
## Sửa đổi, bổ sung một số điều của Quyết định số 74/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh ban hành Bảng giá các loại đất định kỳ 05 năm (2020 - 2024)

**ỦY BAN NHÂN DÂN TỈNH LONG AN**

{CHLT}

Căn cứ {L2024};

Căn cứ {ND71};

Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.

**QUYẾT ĐỊNH:**

**Điều 1.** Sửa đổi, bổ sung Mục I và Mục II của Bảng giá đất ban hành kèm theo {LA74} (đã được sửa đổi, bổ sung tại Quyết định số 12/2022/QĐ-UBND ngày 15/4/2022) như sau: đất ở ven Quốc lộ 1 (huyện Bến Lức), vị trí 1: 6.500.000 đồng/m2; đất ở ven Đường tỉnh 825 (huyện Đức Hòa), vị trí 1: 4.200.000 đồng/m2.

**Điều 2.** Quyết định này có hiệu lực từ ngày 01 tháng 10 năm 2024 đến hết ngày 31 tháng 12 năm 2025.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.

TM. ỦY BAN NHÂN DÂN  
KT. CHỦ TỊCH  
PHÓ CHỦ TỊCH
""")

# 34/2024/QĐ-UBND (02/10/2024), .docx: bồi thường, hỗ trợ, tái định cư under 88/2024/NĐ-CP; meets 35-CT/TU item 1 and
# 150/KH-UBND row 2 (traps); amended by 05/2025 (trap)
docx("la_qd34_2024.docx", [
    "QUYẾT ĐỊNH",
    "Quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Long An",
    "ỦY BAN NHÂN DÂN TỈNH LONG AN",
    CHLT, "Căn cứ " + L2015 + ";", "Căn cứ " + L2024 + ";", "Căn cứ " + ND88 + ";",
    "Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Long An.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 10 năm 2024.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "-------", ["Số: 34/2024/", "QĐ-UBND"]],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Long An, ngày 02 tháng 10 năm 2024"]))

# 162/KH-UBND of Đức Hòa, 2023 (15/6/2023): implements 150/KH-UBND of 2023; cites 18/2020 before its replacement (trap);
# `điều chỉnh quy hoạch sử dụng đất` revises no document (trap)
w("ubh_dh_kh162_2023.txt", ub("HUYỆN ĐỨC HÒA", "162/KH-UBND", "Đức Hòa, ngày 15 tháng 6 năm 2023", """KẾ HOẠCH
Tổng kết thi hành Luật Đất đai năm 2013 trên địa bàn huyện Đức Hòa
""", f"""Thực hiện Kế hoạch số 150/KH-UBND ngày 10/5/2023 của Ủy ban nhân dân tỉnh Long An về tổng kết thi hành Luật Đất đai năm 2013;
Căn cứ Quyết định số 18/2020/QĐ-UBND ngày 15/6/2020 của Ủy ban nhân dân tỉnh Long An quy định điều kiện tách thửa, hợp thửa;
Ủy ban nhân dân huyện Đức Hòa ban hành Kế hoạch như sau:
1. Đánh giá kết quả cấp giấy chứng nhận quyền sử dụng đất giai đoạn 2014 - 2023, thực hiện hằng năm.
2. Đề xuất điều chỉnh quy hoạch sử dụng đất đến năm 2030 của huyện đối với khu công nghiệp Hựu Thạnh, thực hiện thường xuyên.
"""))

# 45/2024/QĐ-UBND (05/11/2024): bãi bỏ 07/2021 from 15/11/2024 (meets 150/KH-UBND row 4: trap); narrates that 44/2014/NĐ-CP
# was replaced by 71/2024/NĐ-CP (trap: 74/2019 and 07/2021 cited it before)
w("la_qd45_2024.txt", la("45/2024/QĐ-UBND", "Long An, ngày 05 tháng 11 năm 2024", """QUYẾT ĐỊNH
Bãi bỏ Quyết định số 07/2021/QĐ-UBND ngày 10/3/2021 của Ủy ban nhân dân tỉnh Long An
ban hành hệ số điều chỉnh giá đất năm 2021
ỦY BAN NHÂN DÂN TỈNH LONG AN
""", f"""{CHLT}
Căn cứ {L2015};
Căn cứ {L2024};
Căn cứ {ND71};
Xét đề nghị của Giám đốc Sở Tài chính; Nghị định số 44/2014/NĐ-CP, căn cứ ban hành Quyết định số 07/2021/QĐ-UBND, đã hết hiệu lực thi hành kể từ ngày Nghị định số 71/2024/NĐ-CP có hiệu lực.
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ toàn bộ Quyết định số 07/2021/QĐ-UBND ngày 10/3/2021 của Ủy ban nhân dân tỉnh Long An ban hành hệ số điều chỉnh giá đất năm 2021.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 11 năm 2024.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# 162/KH-UBND of Đức Hòa, 2024 (25/10/2024): cites 34/2024 `ngày 20/10/2024` (metadata-conflict, planted); `02 nội dung sau:`
# + 3 (count-mismatch, planted); same number as its 2023 plan (trap)
w("ubh_dh_kh162_2024.txt", ub("HUYỆN ĐỨC HÒA", "162/KH-UBND", "Đức Hòa, ngày 25 tháng 10 năm 2024", """KẾ HOẠCH
Bồi thường, hỗ trợ, tái định cư dự án đường Vành đai 3 đoạn qua huyện Đức Hòa
""", """Căn cứ Quyết định số 34/2024/QĐ-UBND ngày 20/10/2024 của Ủy ban nhân dân tỉnh Long An quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh;
Ủy ban nhân dân huyện Đức Hòa tập trung 02 nội dung sau:
1. Kiểm đếm đất đai, tài sản của 312 hộ bị ảnh hưởng, hoàn thành trong Quý IV/2024.
2. Lập, trình phê duyệt phương án bồi thường, hỗ trợ, tái định cư, hoàn thành trong Quý I/2025.
3. Bố trí 02 khu tái định cư tại xã Đức Hòa Đông và xã Mỹ Hạnh Nam, hoàn thành trong năm 2025.
"""))

# 4321/QĐ-UBND (28/11/2024): phê duyệt điều chỉnh quy hoạch sử dụng đất huyện Cần Đước (trap: `điều chỉnh` of a quy hoạch)
w("la_qd4321_2024.txt", la("4321/QĐ-UBND", "Long An, ngày 28 tháng 11 năm 2024", """QUYẾT ĐỊNH
Về việc phê duyệt điều chỉnh quy hoạch sử dụng đất đến năm 2030 của huyện Cần Đước
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LONG AN
""", f"""{CHLT}
Căn cứ {L2024};
Căn cứ {ND102};
Xét Tờ trình của Ủy ban nhân dân huyện Cần Đước và đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt điều chỉnh quy hoạch sử dụng đất đến năm 2030 của huyện Cần Đước: bổ sung 120 ha đất khu công nghiệp Tân Lân; điều chỉnh 45 ha đất trồng lúa sang đất ở nông thôn.
Điều 2. Ủy ban nhân dân huyện Cần Đước công bố công khai quy hoạch sử dụng đất được điều chỉnh.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
""", SIGN_CT))

# ====================================================================== 2025, before the merger
# Huyện ủy Cần Đước 07-TB/HU and UBND huyện Cần Đước 85/KH-UBND, both 10/3/2025, rest on each other (cycle, planted)
w("hu_cd_tb07_2025.txt", party("ĐẢNG BỘ TỈNH LONG AN", "HUYỆN ỦY CẦN ĐƯỚC", "07-TB/HU", "Cần Đước, ngày 10 tháng 3 năm 2025", """THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy về công tác bồi thường, giải phóng mặt bằng năm 2025
""", f"""Căn cứ Kế hoạch số 85/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân huyện Cần Đước về bồi thường, giải phóng mặt bằng các dự án trọng điểm năm 2025, Ban Thường vụ Huyện ủy kết luận:
1. Đảng ủy các xã Tân Lân, Phước Đông tập trung vận động hộ dân bàn giao mặt bằng, thực hiện thường xuyên.
2. Ủy ban nhân dân huyện báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện hằng quý.
{SIGN_HU}
"""))

w("ubh_cd_kh85_2025.md", md_headings(["# ỦY BAN NHÂN DÂN", "## HUYỆN CẦN ĐƯỚC", "**Số: 85/KH-UBND**"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Cần Đước, ngày 10 tháng 3 năm 2025*"]) + """# KẾ HOẠCH
## Bồi thường, giải phóng mặt bằng các dự án trọng điểm năm 2025

Thực hiện Thông báo số 07-TB/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy Cần Đước;

Căn cứ Quyết định số 4321/QĐ-UBND ngày 28/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh Long An phê duyệt điều chỉnh quy hoạch sử dụng đất đến năm 2030 của huyện Cần Đước;

Ủy ban nhân dân huyện Cần Đước ban hành Kế hoạch như sau:

1. Hoàn thành bồi thường khu công nghiệp Tân Lân, Quý IV/2025.
2. Công khai phương án bồi thường tại trụ sở Ủy ban nhân dân xã, thực hiện thường xuyên.

Kế hoạch này thay cho báo cáo định kỳ tháng 3/2025.

TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH
""")

# 05/2025/QĐ-UBND (14/02/2025): `Sửa đổi, bổ sung một số điều của Quyết định số 34/2024/QĐ-UBND` (trap: amended, in force);
# `02 điều sau` + 2 (trap)
w("la_qd05_2025.txt", la("05/2025/QĐ-UBND", "Long An, ngày 14 tháng 02 năm 2025", """QUYẾT ĐỊNH
Sửa đổi, bổ sung một số điều của Quyết định số 34/2024/QĐ-UBND ngày 02/10/2024 của Ủy ban nhân dân tỉnh
quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Long An
ỦY BAN NHÂN DÂN TỈNH LONG AN
""", f"""{CHLT}
Căn cứ {L2015};
Căn cứ {L2024};
Căn cứ {ND88};
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung 02 điều sau của Quy định ban hành kèm theo {LA34}:
1. Điều 5 được sửa đổi như sau: "Điều 5. Hỗ trợ ổn định đời sống bằng tiền tương đương 30 kg gạo/nhân khẩu/tháng."
2. Bổ sung Điều 5a như sau: "Điều 5a. Hỗ trợ di dời mồ mả 8.000.000 đồng/mộ."
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 02 năm 2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
"""))

# UBND huyện Bến Lức 1520/QĐ-UBND (15/3/2025): `Căn cứ` 07/2021, repealed from 15/11/2024 (superseded-citation, planted);
# cites 34/2024 as amended by 05/2025 (trap)
w("ubh_bl_qd1520_2025.txt", ub("HUYỆN BẾN LỨC", "1520/QĐ-UBND", "Bến Lức, ngày 15 tháng 3 năm 2025", """QUYẾT ĐỊNH
Về việc phê duyệt phương án bồi thường, hỗ trợ dự án nâng cấp đường Lương Hòa - Bình Đức
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẾN LỨC
""", f"""{CHLT}
Căn cứ {L2024};
Căn cứ {LA34}, được sửa đổi, bổ sung tại Quyết định số 05/2025/QĐ-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh Long An;
Căn cứ Quyết định số 07/2021/QĐ-UBND ngày 10/3/2021 của Ủy ban nhân dân tỉnh Long An ban hành hệ số điều chỉnh giá đất năm 2021;
Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt phương án bồi thường, hỗ trợ cho 46 hộ gia đình, cá nhân, tổng kinh phí 38,6 tỷ đồng.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", SIGN_CT))

# UBND tỉnh Long An 1234/UBND-KTTC (20/3/2025): a letter that only asks for reports (trap); answered by 96/BC-STNMT
w("la_cv1234_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "1234/UBND-KTTC\nV/v báo cáo sơ kết 01 năm thi hành Luật Đất đai năm 2024", "Long An, ngày 20 tháng 3 năm 2025", """Kính gửi:
- Sở Tài nguyên và Môi trường;
- Ủy ban nhân dân các huyện, thị xã, thành phố.
""", f"""Để chuẩn bị sơ kết 01 năm thi hành {L2024}, Ủy ban nhân dân tỉnh đề nghị Sở Tài nguyên và Môi trường chủ trì, tổng hợp tình hình thực hiện Kế hoạch số 150/KH-UBND ngày 28/02/2024 của Ủy ban nhân dân tỉnh, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/4/2025.
Ủy ban nhân dân các huyện, thị xã, thành phố gửi số liệu về Sở Tài nguyên và Môi trường trước ngày 10/4/2025.
{SIGN_VP}
"""))

# Sở TNMT 96/BC-STNMT (18/4/2025), Word HTML: sơ kết; responds to 1234/UBND-KTTC; narrates the replacement of 18/2020 and the
# repeal of 07/2021 (traps); reports row 5 of 150/KH-UBND unfinished
w("stnmt_bc96_2025.html", html_spans("Báo cáo 96/BC-STNMT", ["ỦY BAN NHÂN DÂN TỈNH LONG AN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "-------", "Số: 96/BC-STNMT"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Long An, ngày 18 tháng 4 năm 2025"], f"""BÁO CÁO
Sơ kết 01 năm thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh Long An
Thực hiện Công văn số 1234/UBND-KTTC ngày 20/3/2025 của Ủy ban nhân dân tỉnh về việc báo cáo sơ kết 01 năm thi hành Luật Đất đai năm 2024, Sở Tài nguyên và Môi trường báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 150/KH-UBND NGÀY 28/02/2024
1. Ủy ban nhân dân tỉnh đã ban hành {LA25}, thay thế Quyết định số 18/2020/QĐ-UBND; Quyết định số 31/2024/QĐ-UBND ngày 20/9/2024 sửa đổi Bảng giá đất; {LA34}.
2. Quyết định số 07/2021/QĐ-UBND về hệ số điều chỉnh giá đất đã được bãi bỏ bởi Quyết định số 45/2024/QĐ-UBND ngày 05/11/2024.
3. Nhiệm vụ xây dựng cơ sở dữ liệu đất đai chưa hoàn thành do thiếu kinh phí.
II. KIẾN NGHỊ
Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí năm 2025 để hoàn thành cơ sở dữ liệu đất đai.
{SIGN_SO_GD}
"""))

# Sở TNMT 45/KH-STNMT (10/10/2024): second plan with the same number (duplicate-identity, planted); `04 nhiệm vụ sau:` + 3
# (count-mismatch, planted)
w("stnmt_kh45_2024b.txt", stnmt("45/KH-STNMT", "Long An, ngày 10 tháng 10 năm 2024", """KẾ HOẠCH
Kiểm tra việc thực hiện quy định tách thửa, hợp thửa đất năm 2024
""", f"""Căn cứ {LA25} quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất;
Sở Tài nguyên và Môi trường ban hành Kế hoạch kiểm tra với 04 nhiệm vụ sau:
1. Kiểm tra hồ sơ tách thửa tại Chi nhánh Văn phòng đăng ký đất đai huyện Bến Lức, tháng 11/2024.
2. Kiểm tra hồ sơ tách thửa tại Chi nhánh Văn phòng đăng ký đất đai huyện Đức Hòa, tháng 11/2024.
3. Tổng hợp kết quả kiểm tra, đề xuất xử lý vi phạm, tháng 12/2024.
"""))

# ====================================================================== after 1/7/2025: the new tỉnh Tây Ninh
# SNNMT 1820/SNNMT-QLĐĐ (15/9/2025), minified portal: an undated `Quyết định số 25/2024/QĐ-UBND` (ambiguous-id, planted);
# asks only for reports (trap)
w("snnmt_cv1820_2025.html", portal("Công văn 1820/SNNMT-QLĐĐ", ["ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 1820/SNNMT-QLĐĐ", "V/v rà soát hồ sơ tách thửa, hạn mức đất ở"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tây Ninh, ngày 15 tháng 9 năm 2025"], f"""Kính gửi: Ủy ban nhân dân các xã, phường.
Căn cứ {NQ202};
Qua theo dõi, Sở Nông nghiệp và Môi trường nhận thấy một số xã vẫn áp dụng Quyết định số 25/2024/QĐ-UBND để giải quyết hồ sơ đất đai mà không phân biệt địa bàn của tỉnh Long An (cũ) và tỉnh Tây Ninh (cũ).
Đề nghị Ủy ban nhân dân các xã, phường rà soát hồ sơ đã giải quyết từ ngày 01/7/2025, báo cáo về Sở trước ngày 30/9/2025.
{SIGN_SO}""", minified=True))

# Tỉnh ủy Tây Ninh 03-KL/TU (20/10/2025), Markdown: `tiếp tục thực hiện` 35-CT/TU of Long An (cũ) (trap: former name)
w("tu_tn_kl03_2025.md", "**ĐẢNG BỘ TỈNH TÂY NINH**  \n**TỈNH ỦY**  \n\\*  \nSố 03-KL/TU\n\n" +
  "*ĐẢNG CỘNG SẢN VIỆT NAM*  \n*Tây Ninh, ngày 20 tháng 10 năm 2025*\n\n" + f"""# KẾT LUẬN
## của Ban Thường vụ Tỉnh ủy về công tác quản lý đất đai sau hợp nhất tỉnh

Ban Thường vụ Tỉnh ủy kết luận:

1. Tiếp tục thực hiện Chỉ thị số 35-CT/TU, ngày 15/5/2024 của Ban Thường vụ Tỉnh ủy Long An (cũ) về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, sử dụng đất đai trên địa bàn các xã thuộc tỉnh Long An (cũ), cho đến khi Ban Thường vụ Tỉnh ủy ban hành chỉ thị mới.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo thống nhất quy định tách thửa, hạn mức đất ở trên địa bàn tỉnh, hoàn thành trong tháng 12/2025.
3. Các cấp ủy thực hiện nghiêm Kết luận này.

T/M BAN THƯỜNG VỤ  
BÍ THƯ
""")

# 28/2025/QĐ-UBND of Tây Ninh (20/11/2025): tách thửa for the whole province; replaces 25/2024 (LA) from 01/12/2025; obligation
# on xã, phường (met by xã Bến Lức 08/KH-UBND and xã Cần Đước 15/KH-UBND); meets 03-KL/TU item 2 (trap)
w("ubnd_tn_qd28_2025.txt", ub("TỈNH TÂY NINH", "28/2025/QĐ-UBND", "Tây Ninh, ngày 20 tháng 11 năm 2025", """QUYẾT ĐỊNH
Quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất đối với từng loại đất trên địa bàn tỉnh Tây Ninh
ỦY BAN NHÂN DÂN TỈNH TÂY NINH
""", f"""{CHLT25}
Căn cứ {L2025};
Căn cứ {L2024};
Căn cứ {ND102};
Căn cứ {NQ202};
Căn cứ {TT10};
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Diện tích tối thiểu được tách thửa đối với đất ở tại nông thôn là 80 m2, tại đô thị là 50 m2.
Điều 2. Tổ chức thực hiện
Ủy ban nhân dân các xã, phường xây dựng kế hoạch triển khai Quyết định này trên địa bàn.
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định số 25/2024/QĐ-UBND ngày 12 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh Long An (cũ).
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.
"""))

# 16/2025/NQ-HĐND of Tây Ninh (10/12/2025), portal page: Bảng giá đất from 01/01/2026; replaces 74/2019 (LA, cũ) (trap: the
# replace clause itself); meets 45/KH-UBND's row (trap)
w("hdnd_tn_nq16_2025.html", portal("Nghị quyết 16/2025/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH TÂY NINH", "Số: 16/2025/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tây Ninh, ngày 10 tháng 12 năm 2025"], f"""NGHỊ QUYẾT
Ban hành Bảng giá đất lần đầu áp dụng từ ngày 01 tháng 01 năm 2026 trên địa bàn tỉnh Tây Ninh
HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH
KHÓA X, KỲ HỌP THỨ 5
{CHLT25}
Căn cứ {L2025};
Căn cứ {L2024};
Căn cứ {ND71};
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Bảng giá đất lần đầu áp dụng từ ngày 01 tháng 01 năm 2026 trên địa bàn tỉnh Tây Ninh.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế {LA74} ban hành Bảng giá các loại đất định kỳ 05 năm (2020 - 2024) trên địa bàn tỉnh Long An (cũ).
Điều 3. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Tây Ninh khóa X, kỳ họp thứ 5 thông qua ngày 10 tháng 12 năm 2025.
{SIGN_HD}""", footer="Cơ quan chủ quản: Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Tây Ninh. Điện thoại: 0272.3829.114 - Fax: 0272.3829.115"))

# 31/2025/QĐ-UBND of Tây Ninh (26/12/2025): hạn mức; says it replaces 25/2024 of Long An (cũ) — already replaced by 28/2025
# (inverse-inconsistency, planted); meant Tây Ninh's own 25/2024
w("ubnd_tn_qd31_2025.txt", ub("TỈNH TÂY NINH", "31/2025/QĐ-UBND", "Tây Ninh, ngày 26 tháng 12 năm 2025", """QUYẾT ĐỊNH
Quy định hạn mức công nhận đất ở đối với trường hợp thửa đất có vườn, ao trên địa bàn tỉnh Tây Ninh
ỦY BAN NHÂN DÂN TỈNH TÂY NINH
""", f"""{CHLT25}
Căn cứ {L2025};
Căn cứ {L2024};
Căn cứ {ND102};
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Hạn mức công nhận đất ở tại nông thôn là 400 m2; tại đô thị là 200 m2.
Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 01 năm 2026 và thay thế Quyết định số 25/2024/QĐ-UBND ngày 12 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh Long An (cũ).
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.
"""))

# UBND tỉnh Tây Ninh 45/KH-UBND (15/8/2025): takes over the unfinished row 5 of Long An's 150/KH-UBND (moved to Quý IV/2026:
# trap); row 2 bảng giá đất by Tháng 12/2025 (met by 16/2025/NQ-HĐND: trap); row 3 proposes to replace 34/2024 by Quý I/2027
# (proposed only, not due: trap)
w("ubnd_tn_kh45_2025.txt", ub("TỈNH TÂY NINH", "45/KH-UBND", "Tây Ninh, ngày 15 tháng 8 năm 2025", """KẾ HOẠCH
Tiếp nhận, tiếp tục thực hiện các nhiệm vụ về đất đai của tỉnh Long An (cũ) và tỉnh Tây Ninh (cũ)
""", f"""Căn cứ {NQ202};
Căn cứ Kế hoạch số 150/KH-UBND ngày 28/02/2024 của Ủy ban nhân dân tỉnh Long An (cũ) triển khai thi hành Luật Đất đai năm 2024;
Ủy ban nhân dân tỉnh Tây Ninh ban hành Kế hoạch như sau:
{TBL}
1\tTiếp tục xây dựng cơ sở dữ liệu đất đai trên địa bàn các xã thuộc tỉnh Long An (cũ) (nhiệm vụ số 5 của Kế hoạch số 150/KH-UBND ngày 28/02/2024 của Ủy ban nhân dân tỉnh Long An (cũ), chuyển sang)\tSở Nông nghiệp và Môi trường\tỦy ban nhân dân các xã\tQuý IV/2026
2\tTrình Hội đồng nhân dân tỉnh ban hành Bảng giá đất áp dụng từ ngày 01/01/2026\tSở Nông nghiệp và Môi trường\tSở Tài chính\tTháng 12/2025
3\tNghiên cứu, đề xuất thay thế {LA34} (đã được sửa đổi, bổ sung) bằng quy định chung của tỉnh\tSở Nông nghiệp và Môi trường\tSở Tư pháp\tQuý I/2027
4\tRà soát, công bố danh mục văn bản quy phạm pháp luật về đất đai hết hiệu lực\tSở Tư pháp\tSở Nông nghiệp và Môi trường\tHằng năm
"""))

# SNNMT 12/KH-SNNMT (15/01/2026): `Căn cứ` 31/2024/QĐ-UBND, expired 31/12/2025 by its own term (superseded-citation, planted);
# row 1 amend 28/2025 by Quý II/2026 (never: overdue-plan, planted); `03 nhiệm vụ trọng tâm sau:` + 3 (trap)
w("snnmt_kh12_2026.txt", snnmt("12/KH-SNNMT", "Tây Ninh, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
Công tác quản lý đất đai năm 2026
""", f"""Căn cứ Quyết định số 31/2024/QĐ-UBND ngày 20/9/2024 của Ủy ban nhân dân tỉnh Long An (cũ) sửa đổi, bổ sung Bảng giá các loại đất;
Căn cứ Quyết định số 28/2025/QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh Tây Ninh;
Sở Nông nghiệp và Môi trường xác định 03 nhiệm vụ trọng tâm sau:
{TBL}
1\tTham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 28/2025/QĐ-UBND ngày 20/11/2025 về tách thửa, hợp thửa đất\tPhòng Quản lý đất đai\tSở Tư pháp\tQuý II/2026
2\tKiểm tra việc áp dụng Bảng giá đất tại các xã, phường\tPhòng Quản lý đất đai\tỦy ban nhân dân các xã, phường\tHằng năm
3\tTổng hợp, báo cáo kết quả thực hiện Kế hoạch này\tVăn phòng Sở\t\tTháng 12/2026
"""))

# UBND xã Bến Lức 08/KH-UBND (10/02/2026): `Căn cứ` 74/2019, replaced from 01/01/2026 by 16/2025/NQ-HĐND (superseded-citation,
# planted); implements 28/2025 (obligation met)
w("xa_bl_kh08_2026.txt", ub("XÃ BẾN LỨC", "08/KH-UBND", "Bến Lức, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
Triển khai quy định tách thửa, hợp thửa đất và giải quyết hồ sơ đất đai năm 2026
""", f"""Thực hiện Quyết định số 28/2025/QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh Tây Ninh quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất;
Căn cứ {LA74} ban hành Bảng giá các loại đất định kỳ 05 năm (2020 - 2024) trên địa bàn tỉnh Long An (cũ);
Tiếp tục thực hiện Kế hoạch số 210/KH-UBND ngày 05/9/2024 của Ủy ban nhân dân huyện Bến Lức (cũ);
Ủy ban nhân dân xã Bến Lức ban hành Kế hoạch như sau:
1. Tiếp nhận, giải quyết hồ sơ tách thửa theo quy định mới, thực hiện thường xuyên.
2. Xác định giá đất tính tiền sử dụng đất khi chuyển mục đích, hằng quý báo cáo Ủy ban nhân dân tỉnh.
""", SIGN_UB_CT))

# UBND xã Đức Hòa 11/KH-UBND (05/3/2026), Markdown: `Căn cứ` 25/2024 (LA, cũ), replaced from 01/12/2025 by 28/2025
# (superseded-citation, planted); cites the former district's 162/KH-UBND of 2024 by its date (trap)
w("xa_dh_kh11_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**XÃ ĐỨC HÒA**", "-------", "Số: 11/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Đức Hòa, ngày 05 tháng 3 năm 2026*"]) + f"""
# KẾ HOẠCH
## Giải quyết hồ sơ tách thửa tồn đọng và hoàn thành bồi thường đường Vành đai 3 năm 2026

Căn cứ {LA25} (cũ) quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất;

Trên cơ sở kết quả thực hiện Kế hoạch số 162/KH-UBND ngày 25/10/2024 của Ủy ban nhân dân huyện Đức Hòa (trước đây);

Ủy ban nhân dân xã Đức Hòa ban hành Kế hoạch như sau:

1. Giải quyết dứt điểm 85 hồ sơ tách thửa tồn đọng, hoàn thành trong Quý IV/2026.
2. Báo cáo kết quả thực hiện hằng quý.

TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH
""")

# UBND xã Cần Đước 15/KH-UBND (20/3/2026): implements 28/2025 (obligation met); cites 34/2024 of Long An (cũ) as amended
# (trap: in force); cites the former district's 85/KH-UBND and the điều chỉnh quy hoạch 4321/QĐ-UBND (traps)
w("xa_cd_kh15_2026.txt", ub("XÃ CẦN ĐƯỚC", "15/KH-UBND", "Cần Đước, ngày 20 tháng 3 năm 2026", """KẾ HOẠCH
Triển khai quy định tách thửa và bồi thường, hỗ trợ, tái định cư năm 2026
""", f"""Thực hiện Quyết định số 28/2025/QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh Tây Ninh;
Căn cứ {LA34} (cũ), được sửa đổi, bổ sung tại Quyết định số 05/2025/QĐ-UBND ngày 14/02/2025;
Căn cứ Quyết định số 4321/QĐ-UBND ngày 28/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh Long An (cũ) phê duyệt điều chỉnh quy hoạch sử dụng đất đến năm 2030 của huyện Cần Đước (cũ);
Tiếp tục thực hiện Kế hoạch số 85/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân huyện Cần Đước (cũ);
Ủy ban nhân dân xã Cần Đước ban hành Kế hoạch như sau:
1. Hoàn thành bồi thường khu công nghiệp Tân Lân còn lại, Quý IV/2026.
2. Niêm yết quy định tách thửa tại trụ sở xã và các ấp, thực hiện thường xuyên.
Kế hoạch này được triển khai đến các ấp.
""", SIGN_UB_CT))

# UBND tỉnh Tây Ninh 2890/UBND-KTTC (10/6/2026), `TL. CHỦ TỊCH`: quotes a draft title `Sửa đổi, bổ sung … Quyết định số
# 28/2025/QĐ-UBND` (trap: only a draft; 28/2025's overdue row must still show); `thay thế` as an ordinary word; asks only
# for reports (trap)
w("ubnd_tn_cv2890_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "2890/UBND-KTTC\nV/v góp ý dự thảo Quyết định về tách thửa, hợp thửa đất", "Tây Ninh, ngày 10 tháng 6 năm 2026", """Kính gửi:
- Sở Tư pháp;
- Ủy ban nhân dân các xã, phường.
""", f"""Sở Nông nghiệp và Môi trường đã gửi dự thảo Quyết định "Sửa đổi, bổ sung một số điều của Quyết định số 28/2025/QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất" để lấy ý kiến.
Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị góp ý, gửi về Sở Nông nghiệp và Môi trường trước ngày 30/6/2026; các xã chưa bố trí được công chức địa chính thì cử người thay thế tham dự hội nghị lấy ý kiến.
{SIGN_VP}
"""))

print(len(os.listdir(OUT)), "files")
