#!/usr/bin/env python3
"""Red team round 44: the Party line of huyện Quỳnh Lưu and thị xã Hoàng Mai (tỉnh Nghệ An), 2019-2026, and the communes
and wards whose Đảng ủy took over on 1/7/2025 when district-level bodies ended.
Bodies: Tỉnh ủy Nghệ An (09-NQ/TU 2021, 26-CTr/TU 2023, 40-KH/TU 2025); Huyện ủy Quỳnh Lưu (48-KH/HU 2019, 01-QC/HU 2020,
01-NQ/HU 2020, 03-NQ/HU, 04-NQ/HU, 06-QĐ/HU 2021, 11-QĐ/HU 2022, 1820-CV/HU, 05-QC/HU, 14-QĐ/HU, 245-BC/HU, 112-KH/HU 2023,
210-TB/HU, 160-KH/HU, 19-QĐ/HU, 10-NQ/HU 2024, 21-CTr/HU, 175-KH/HU 2025), its Ban Tuyên giáo (15-HD/BTGHU) and Ủy ban Kiểm
tra (03-HD/UBKTHU); UBND huyện Quỳnh Lưu (85/KH-UBND 2021); Thị ủy Hoàng Mai (09-NQ/TU, 03-QĐ/TU 2021, 95-KH/TU 2023,
327-TB/TU twice, 130-KH/TU, 18-QĐ/TU, 150-BC/TU 2024, 118-KH/TU 2025); Đảng ủy xã Quỳnh Thắng (old commune, 12-KH/ĐU 2021;
new commune, 12-KH/ĐU 2025), xã Quỳnh Anh (03-NQ/ĐU), xã Quỳnh Văn (08-KH/ĐU), phường Hoàng Mai (01-NQ/ĐU), phường Tân
Mai (02-KH/ĐU), all 2025.
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented; the Central ones
cited (39-NQ/TW, 57-NQ/TW, 18-NQ/TW, 22-QĐ/TW, 21-KL/TW, 35-CT/TW of 2019 and of 2024, 45-CT/TW, 11-QĐ/TW, 29-QĐ/TW) and
Nghệ An's 207-KH/TU of 2019 are real and checked with `search` (see README).
Header helpers adapted from RedTeam37/gen.py with names changed: `w`->`ghi`, `party`->`dang_hdr`, `party_cols`->`dang_cot`,
`state`->`nn_hdr`, `state_cols`->`nn_cot`, `layout`->`trang`, `docx`->`lam_docx`, `portal`->`cong_tt`, `md_hdr`->`md_bang`,
`md_headings`->`md_tieude`, `html_spans`->`html_word`; site names, address and phone numbers changed to Nghệ An's (0238.…)."""
import os, zipfile, html, unicodedata
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))


def ghi(name, text, nfd=False, crlf=False):
    t = text.strip("\n") + "\n"
    if nfd:
        t = unicodedata.normalize("NFD", t)
    if crlf:
        t = t.replace("\n", "\r\n")
    open(os.path.join(OUT, name), "w", encoding="utf-8", newline="").write(t)


# ---------------------------------------------------------------- header shapes
def dang_hdr(org, sub, num, place, title, body=""):
    return f"""{org}
{sub}
*
Số {num}
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}

{title}
{body}"""


def dang_cot(org, sub, num, place, title, body=""):
    """pdftotext -layout: the two header columns share lines."""
    return f"""   {org:<44}ĐẢNG CỘNG SẢN VIỆT NAM
             {sub}
                *
        Số {num:<34}{place}

{title}
{body}"""


def nn_hdr(org1, org2, num, place, title, body=""):
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


def nn_cot(org1, org2, num, place, title, body=""):
    return f"""      {org1:<36}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      {org2:<36}     Độc lập - Tự do - Hạnh phúc
           -------                                 ---------------
      Số: {num:<31}{place}

{title}
{body}"""


def trang(text, footer=True):
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


def lam_docx(name, paras, rows=None, header_table=None):
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
        ws = lambda n, d: z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED)  # same bytes every run
        ws("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        ws("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        ws("word/document.xml", doc)


def cong_tt(title, head_left, head_right, text, minified=False, site="huyện Quỳnh Lưu", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Trang thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">TRANG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản của Đảng</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng Huyện ủy Quỳnh Lưu. Địa chỉ: thị trấn Cầu Giát, huyện Quỳnh Lưu, tỉnh Nghệ An. Điện thoại: 0238.3864.120 - Fax: 0238.3864.121') + '</div></body></html>')
    if minified:
        return h
    return (h.replace("<p>", "\n  <p>").replace("<div", "\n<div").replace("<table", "\n<table").replace("<tr>", "\n  <tr>")
             .replace("</table>", "\n</table>").replace("</body>", "\n</body>"))


def md_bang(left, right):
    return "| " + "<br>".join(left) + " | " + "<br>".join(right) + " |\n|---|---|\n"


def md_tieude(lines_left, lines_right):
    """A Markdown export whose header came out as headings and bold lines, one after another (no table)."""
    return "\n".join(lines_left) + "\n\n" + "\n".join(lines_right) + "\n\n"


def html_word(title, left, right, text):
    """A Word page saved as HTML: spans, &nbsp; and one <p> per paragraph."""
    def cell(xs):
        return "".join(f'<p class="MsoNormal" align="center"><span style="font-size:13.0pt">{html.escape(x).replace(" ", "&nbsp;", 1)}</span></p>' for x in xs)
    ps = "".join(f'<p class="MsoNormal" style="text-align:justify"><span lang="VI">{html.escape(l)}</span></p>\n' if l.strip() else "" for l in text.split("\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15"><title>{html.escape(title)}</title></head>\n<body>\n'
            f'<div class="WordSection1">\n<table border="0" cellpadding="0"><tr><td width="40%">{cell(left)}</td><td>{cell(right)}</td></tr></table>\n{ps}</div>\n'
            '<div class="footer">Cổng thông tin điện tử Đảng bộ tỉnh Nghệ An - Điện thoại: 0238.3844.566 - Fax: 0238.3844.567</div>\n</body></html>')


def ocr(t, words):
    """OCR-like damage: replace a few words (each must exist)."""
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t


S_TU = "\t\t\t\t\tT/M TỈNH ỦY\n\t\t\t\t\tBÍ THƯ"
S_BTVTU = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC"
S_HU = "\t\t\t\t\tT/M HUYỆN ỦY\n\t\t\t\t\tBÍ THƯ"
S_BTVHU = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tPHÓ BÍ THƯ"
S_VPHU = "\t\t\t\t\tT/L BAN THƯỜNG VỤ\n\t\t\t\t\tCHÁNH VĂN PHÒNG"
S_TXU = "\t\t\t\t\tT/M THỊ ỦY\n\t\t\t\t\tBÍ THƯ"
S_BTVTX = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tBÍ THƯ"
S_DU = "\t\t\t\t\tT/M ĐẢNG ỦY\n\t\t\t\t\tBÍ THƯ"
S_BTVDU = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tPHÓ BÍ THƯ"
S_UB = "\t\t\t\t\tTM. ỦY BAN NHÂN DÂN\n\t\t\t\t\tKT. CHỦ TỊCH\n\t\t\t\t\tPHÓ CHỦ TỊCH"
S_BTG = "\t\t\t\t\tK/T TRƯỞNG BAN\n\t\t\t\t\tPHÓ TRƯỞNG BAN"
S_UBKT = "\t\t\t\t\tT/M ỦY BAN KIỂM TRA\n\t\t\t\t\tCHỦ NHIỆM"
NOI = "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (để báo cáo);\n- Các chi bộ, đảng bộ trực thuộc;\n- Lưu Văn phòng."

TINH = ("ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY")
HUQL = ("ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY QUỲNH LƯU")
TXHM = ("ĐẢNG BỘ TỈNH NGHỆ AN", "THỊ ỦY HOÀNG MAI")
NQ39 = "Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về xây dựng và phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045"
NQ57 = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"
CTR26 = "Chương trình hành động số 26-CTr/TU ngày 12/10/2023 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 39-NQ/TW"
TU09 = "Nghị quyết số 09-NQ/TU ngày 10/8/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế biển và ven biển tỉnh Nghệ An đến năm 2030"
HM09 = "Nghị quyết số 09-NQ/TU ngày 25/8/2021 của Ban Chấp hành Đảng bộ thị xã Hoàng Mai về phát triển công nghiệp, tiểu thủ công nghiệp"

# ====================================================================== Tỉnh ủy Nghệ An
# 09-NQ/TU (10/8/2021), Word HTML: same number as Thị ủy Hoàng Mai's 09-NQ/TU of 25/8/2021 (trap)
ghi("tu_na_nq09_2021.html", html_word("Nghị quyết 09-NQ/TU", ["ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY", "*", "Số 09-NQ/TU"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghệ An, ngày 10 tháng 8 năm 2021"], """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
về phát triển kinh tế biển và ven biển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045
Căn cứ Điều lệ Đảng; Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025;
Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh khóa XIX thảo luận và quyết nghị:
I. MỤC TIÊU
Đến năm 2030, kinh tế biển và ven biển đóng góp khoảng 35% GRDP của tỉnh; các huyện, thị xã ven biển Quỳnh Lưu, Hoàng Mai, Diễn Châu, Nghi Lộc và thành phố Vinh là động lực tăng trưởng.
II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển cảng biển, khu kinh tế Đông Nam và khu công nghiệp ven biển.
2. Phát triển thủy sản theo hướng bền vững.
3. Phát triển du lịch biển.
III. TỔ CHỨC THỰC HIỆN
Ban Thường vụ Tỉnh ủy chỉ đạo, kiểm tra việc thực hiện Nghị quyết này; định kỳ hằng năm báo cáo Ban Chấp hành Đảng bộ tỉnh.
""" + S_TU))

# 26-CTr/TU (12/10/2023), layout: implements 39-NQ/TW (external). Row 1 met by 112-KH/HU and 95-KH/TU (trap);
# obligation on Huyện ủy Quỳnh Lưu and Thị ủy Hoàng Mai (met: trap); row 2 due 31/12/2026, not yet due (trap)
ghi("tu_na_ctr26_2023.txt", trang(dang_cot("ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY", "26-CTr/TU", "Nghệ An, ngày 12 tháng 10 năm 2023", """CHƯƠNG TRÌNH HÀNH ĐỘNG
của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 39-NQ/TW ngày 18/7/2023
của Bộ Chính trị về xây dựng và phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045
""", f"""Thực hiện {NQ39}, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động như sau:
I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các mục tiêu của Nghị quyết số 39-NQ/TW; gắn với thực hiện {TU09}.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tHuyện ủy Quỳnh Lưu, Thị ủy Hoàng Mai ban hành kế hoạch thực hiện Chương trình\tHuyện ủy, Thị ủy\tQuý IV/2023
2\tSơ kết 03 năm thực hiện Chương trình\tBan Kinh tế Tỉnh ủy\tNăm 2026
3\tBáo cáo kết quả thực hiện Chương trình\tCác huyện ủy, thị ủy\tHằng năm
III. TỔ CHỨC THỰC HIỆN
1. Huyện ủy Quỳnh Lưu, Thị ủy Hoàng Mai xây dựng kế hoạch thực hiện Chương trình này.
2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền, thực hiện thường xuyên.
{S_TU}""")))

# 40-KH/TU (20/02/2025), Markdown: implements 57-NQ/TW (external). Obligation on all huyện ủy, thị ủy (met by 21-CTr/HU
# and 118-KH/TU: trap). Cited before its date by 118-KH/TU (temporal, planted there)
ghi("tu_na_kh40_2025.md", md_bang(["**ĐẢNG BỘ TỈNH NGHỆ AN**", "**TỈNH ỦY**", "*", "Số 40-KH/TU"],
    ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Nghệ An, ngày 20 tháng 02 năm 2025*"]) + f"""
# KẾ HOẠCH
## thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

Thực hiện {NQ57}, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:

### I. MỤC ĐÍCH, YÊU CẦU

Quán triệt sâu sắc Nghị quyết; xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá quan trọng hàng đầu.

### II. NHIỆM VỤ, GIẢI PHÁP

1. Hoàn thành chuyển đổi số trong hoạt động của các cơ quan đảng, thực hiện thường xuyên.
2. Số hóa hồ sơ đảng viên, hoàn thành trong năm 2025.

### III. TỔ CHỨC THỰC HIỆN

1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng chương trình, kế hoạch thực hiện Kế hoạch này.
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.

T/M BAN THƯỜNG VỤ  
PHÓ BÍ THƯ THƯỜNG TRỰC
""")

# ====================================================================== Huyện ủy Quỳnh Lưu, khóa XXVII (2015-2020)
# 48-KH/HU (20/8/2019): 35-CT/TW of 30/5/2019 (external, same number as 35-CT/TW of 2024: trap), 207-KH/TU (external),
# 01-NQ/HU of 15/01/2016 (external; the corpus's 01-NQ/HU is of 05/10/2020: trap, not temporal/metadata); dated activities (trap)
ghi("hu_ql_kh48_2019.txt", dang_hdr(*HUQL, "48-KH/HU", "Quỳnh Lưu, ngày 20 tháng 8 năm 2019", """KẾ HOẠCH
tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020 - 2025
""", f"""Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 207-KH/TU ngày 12/8/2019 của Ban Thường vụ Tỉnh ủy Nghệ An, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII và Nghị quyết số 01-NQ/HU ngày 15/01/2016 của Ban Chấp hành Đảng bộ huyện khóa XXVII về phát triển kinh tế biển giai đoạn 2016 - 2020.
II. THỜI GIAN
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tTổ chức đại hội điểm cấp cơ sở\tBan Tổ chức Huyện ủy\tQuý I/2020
2\tĐại hội các chi bộ, đảng bộ cơ sở\tCác chi bộ, đảng bộ trực thuộc\tTháng 5/2020
3\tĐại hội đại biểu Đảng bộ huyện lần thứ XXVIII\tBan Thường vụ Huyện ủy\tQuý III/2020
III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ trực thuộc căn cứ Kế hoạch này tổ chức đại hội đúng thời gian quy định.
{S_BTVHU}"""))

# ====================================================================== Huyện ủy Quỳnh Lưu, khóa XXVIII (2020-2025)
# 01-QC/HU (20/9/2020): Quy chế làm việc; replaces 02-QC/HU of 2015 (external); replaced by 05-QC/HU (10/3/2023)
ghi("hu_ql_qc01_2020.txt", dang_hdr(*HUQL, "01-QC/HU", "Quỳnh Lưu, ngày 20 tháng 9 năm 2020", """QUY CHẾ LÀM VIỆC
của Ban Chấp hành Đảng bộ huyện, Ban Thường vụ, Thường trực Huyện ủy khóa XXVIII, nhiệm kỳ 2020 - 2025
""", f"""Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
Căn cứ Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;
Ban Chấp hành Đảng bộ huyện ban hành Quy chế làm việc như sau:
Chương I. TRÁCH NHIỆM, QUYỀN HẠN
Điều 1. Ban Chấp hành Đảng bộ huyện là cơ quan lãnh đạo của Đảng bộ huyện giữa hai kỳ đại hội.
Điều 2. Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo thực hiện nghị quyết của Ban Chấp hành.
Chương II. CHẾ ĐỘ LÀM VIỆC
Điều 10. Ban Thường vụ Huyện ủy họp thường kỳ mỗi tháng một lần.
Chương III. ĐIỀU KHOẢN THI HÀNH
Điều 20. Quy chế này có hiệu lực từ ngày ký, thay thế Quy chế làm việc số 02-QC/HU ngày 10/11/2015 của Ban Chấp hành Đảng bộ huyện khóa XXVII.
{S_HU}"""))

# 01-NQ/HU (05/10/2020): continues 01-NQ/HU of khóa XXVII (external, same number: trap); `03 nhiệm vụ` + 3 (trap);
# obligations: chi bộ, đảng bộ plans (met by Quỳnh Thắng 12-KH/ĐU 2021: trap); Ủy ban Kiểm tra plan (never: unmet-obligation)
ghi("hu_ql_nq01_2020.txt", dang_hdr(*HUQL, "01-NQ/HU", "Quỳnh Lưu, ngày 05 tháng 10 năm 2020", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXVIII
về phát triển kinh tế biển giai đoạn 2020 - 2025, định hướng đến năm 2030
""", f"""Căn cứ Điều lệ Đảng; Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020 - 2025;
Tiếp tục thực hiện Nghị quyết số 01-NQ/HU ngày 15/01/2016 của Ban Chấp hành Đảng bộ huyện khóa XXVII về phát triển kinh tế biển giai đoạn 2016 - 2020;
Hội nghị lần thứ hai Ban Chấp hành Đảng bộ huyện khóa XXVIII quyết nghị:
I. MỤC TIÊU
Đến năm 2025, giá trị sản xuất thủy sản tăng bình quân 6%/năm.
II. NHIỆM VỤ TRỌNG TÂM
Nghị quyết xác định 03 nhiệm vụ trọng tâm sau:
1. Phát triển khai thác hải sản xa bờ gắn với cảng cá Lạch Quèn.
2. Phát triển nuôi trồng thủy sản công nghệ cao.
3. Phát triển du lịch biển Quỳnh Phương, Quỳnh Bảng.
III. TỔ CHỨC THỰC HIỆN
1. Các chi bộ, đảng bộ trực thuộc xây dựng kế hoạch thực hiện Nghị quyết này.
2. Ủy ban Kiểm tra Huyện ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Nghị quyết.
3. Văn phòng Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy hằng năm.
{S_HU}"""))

# 03-NQ/HU (20/4/2021): obligation on UBND huyện (met by 85/KH-UBND: trap); point 2 of III later repealed by 10-NQ/HU (partial)
ghi("hu_ql_nq03_2021.txt", dang_hdr(*HUQL, "03-NQ/HU", "Quỳnh Lưu, ngày 20 tháng 4 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN
về xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu giai đoạn 2021 - 2025
""", f"""Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020 - 2025;
Ban Chấp hành Đảng bộ huyện quyết nghị:
I. MỤC TIÊU
Đến năm 2025, 100% xã đạt chuẩn nông thôn mới, 50% xã đạt chuẩn nông thôn mới nâng cao.
II. NHIỆM VỤ
1. Quy hoạch lại khu dân cư nông thôn.
2. Phát triển sản xuất hàng hóa.
III. GIẢI PHÁP
1. Huy động nguồn lực xã hội hóa.
2. Hỗ trợ 50% kinh phí xây dựng nhà văn hóa xóm từ ngân sách huyện.
3. Đẩy mạnh phong trào thi đua.
IV. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân huyện xây dựng kế hoạch thực hiện Nghị quyết.
2. Các chi bộ, đảng bộ trực thuộc tổ chức quán triệt Nghị quyết.
{S_HU}"""))

# 04-NQ/HU (12/5/2021): repealed by 10-NQ/HU (20/12/2024)
ghi("hu_ql_nq04_2021.txt", dang_hdr(*HUQL, "04-NQ/HU", "Quỳnh Lưu, ngày 12 tháng 5 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN
về phát triển làng nghề, ngành nghề nông thôn giai đoạn 2021 - 2025
""", f"""Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII;
Ban Chấp hành Đảng bộ huyện quyết nghị:
1. Khôi phục, phát triển các làng nghề nước mắm Quỳnh Dị, cói Quỳnh Lương.
2. Hỗ trợ lãi suất vốn vay cho cơ sở ngành nghề nông thôn.
3. Ủy ban nhân dân huyện cụ thể hóa Nghị quyết bằng các chính sách hỗ trợ.
{S_HU}"""))

# UBND huyện Quỳnh Lưu 85/KH-UBND (25/5/2021): implements 03-NQ/HU (fulfils its obligation), cites 04-NQ/HU before repeal
ghi("ub_ql_kh85_2021.txt", nn_hdr("ỦY BAN NHÂN DÂN", "HUYỆN QUỲNH LƯU", "85/KH-UBND", "Quỳnh Lưu, ngày 25 tháng 5 năm 2021", """KẾ HOẠCH
Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện về xây dựng nông thôn mới nâng cao giai đoạn 2021 - 2025
""", f"""Thực hiện Nghị quyết số 03-NQ/HU ngày 20/4/2021 của Ban Chấp hành Đảng bộ huyện về xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu giai đoạn 2021 - 2025; gắn với Nghị quyết số 04-NQ/HU ngày 12/5/2021 của Ban Chấp hành Đảng bộ huyện về phát triển làng nghề;
Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:
1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, thực hiện thường xuyên.
2. Ủy ban nhân dân các xã báo cáo kết quả trước ngày 15/12 hằng năm.
{S_UB}"""))

# 06-QĐ/HU (15/6/2021); Điều 5 amended by 11-QĐ/HU (2022); replaced by 14-QĐ/HU (2023) and — wrongly — again by 19-QĐ/HU (2024)
ghi("hu_ql_qd06_2021.txt", dang_hdr(*HUQL, "06-QĐ/HU", "Quỳnh Lưu, ngày 15 tháng 6 năm 2021", """QUY ĐỊNH
về trách nhiệm của người đứng đầu cấp ủy, chính quyền trong việc tiếp công dân, đối thoại trực tiếp với Nhân dân
""", f"""Căn cứ Điều lệ Đảng; Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXVIII;
Ban Thường vụ Huyện ủy quy định như sau:
Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng
Điều 5. Thời gian tiếp công dân
Bí thư cấp ủy cơ sở tiếp công dân định kỳ ít nhất 01 ngày trong tháng.
Điều 7. Hiệu lực thi hành
Quy định này có hiệu lực từ ngày ký. Các chi bộ, đảng bộ trực thuộc tổ chức thực hiện Quy định này.
{S_BTVHU}"""))

# 11-QĐ/HU (20/7/2022): `sửa đổi, bổ sung Điều 5 Quy định số 06-QĐ/HU` (amendment: 06 stays in force: trap)
ghi("hu_ql_qd11_2022.txt", dang_hdr(*HUQL, "11-QĐ/HU", "Quỳnh Lưu, ngày 20 tháng 7 năm 2022", """QUY ĐỊNH
sửa đổi, bổ sung Điều 5 Quy định số 06-QĐ/HU ngày 15/6/2021 của Ban Thường vụ Huyện ủy
về trách nhiệm của người đứng đầu trong việc tiếp công dân
""", f"""Căn cứ Điều lệ Đảng; Quy chế làm việc số 01-QC/HU ngày 20/9/2020 của Ban Chấp hành Đảng bộ huyện khóa XXVIII;
Ban Thường vụ Huyện ủy quy định như sau:
Điều 1. Sửa đổi, bổ sung Điều 5 Quy định số 06-QĐ/HU ngày 15/6/2021 như sau:
"Điều 5. Thời gian tiếp công dân
Bí thư cấp ủy cơ sở tiếp công dân định kỳ ít nhất 02 ngày trong tháng."
Điều 2. Các nội dung khác của Quy định số 06-QĐ/HU giữ nguyên hiệu lực. Quy định này có hiệu lực từ ngày ký.
{S_BTVHU}"""))

# 1820-CV/HU (10/01/2023), letter with V/v: draft Quy chế `dự kiến thay thế` 01-QC/HU (proposed only: trap); góp ý deadline (trap)
ghi("hu_ql_cv1820_2023.txt", dang_hdr(*HUQL, "1820-CV/HU\nV/v góp ý dự thảo Quy chế làm việc (sửa đổi)", "Quỳnh Lưu, ngày 10 tháng 01 năm 2023", "", f"""Kính gửi: Các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện.

Thực hiện chương trình công tác năm 2023, Thường trực Huyện ủy đã chỉ đạo xây dựng dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXVIII (sửa đổi), dự kiến thay thế Quy chế làm việc số 01-QC/HU ngày 20/9/2020 của Ban Chấp hành Đảng bộ huyện.
Đề nghị các đồng chí nghiên cứu, góp ý, gửi về Văn phòng Huyện ủy trước ngày 20/01/2023 để tổng hợp.
{S_VPHU}"""))

# 05-QC/HU (10/3/2023): replaces 01-QC/HU (enacted)
ghi("hu_ql_qc05_2023.txt", dang_hdr(*HUQL, "05-QC/HU", "Quỳnh Lưu, ngày 10 tháng 3 năm 2023", """QUY CHẾ LÀM VIỆC
của Ban Chấp hành Đảng bộ huyện, Ban Thường vụ, Thường trực Huyện ủy khóa XXVIII, nhiệm kỳ 2020 - 2025 (sửa đổi)
""", f"""Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng;
Xét Công văn số 1820-CV/HU ngày 10/01/2023 của Văn phòng Huyện ủy và ý kiến góp ý của các đồng chí Ủy viên Ban Chấp hành,
Ban Chấp hành Đảng bộ huyện ban hành Quy chế làm việc như sau:
Điều 1. Ban Chấp hành Đảng bộ huyện là cơ quan lãnh đạo của Đảng bộ huyện giữa hai kỳ đại hội.
Điều 10. Ban Thường vụ Huyện ủy họp thường kỳ mỗi tháng một lần; khi cần thiết họp bất thường.
Điều 22. Quy chế này có hiệu lực từ ngày ký và thay thế Quy chế làm việc số 01-QC/HU ngày 20/9/2020 của Ban Chấp hành Đảng bộ huyện khóa XXVIII.
{S_HU}"""))

# 14-QĐ/HU (18/9/2023): replaces 06-QĐ/HU and 11-QĐ/HU; 11-QĐ/TW, 21-KL/TW external
ghi("hu_ql_qd14_2023.txt", dang_hdr(*HUQL, "14-QĐ/HU", "Quỳnh Lưu, ngày 18 tháng 9 năm 2023", """QUY ĐỊNH
về trách nhiệm của người đứng đầu cấp ủy, chính quyền trong việc tiếp công dân,
đối thoại trực tiếp với Nhân dân và xử lý những phản ánh, kiến nghị của Nhân dân
""", f"""Căn cứ Quy định số 11-QĐ/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân;
Căn cứ Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII;
Căn cứ Quy chế làm việc số 05-QC/HU ngày 10/3/2023 của Ban Chấp hành Đảng bộ huyện khóa XXVIII;
Ban Thường vụ Huyện ủy quy định như sau:
Điều 1. Phạm vi điều chỉnh
Điều 5. Bí thư cấp ủy cơ sở tiếp công dân định kỳ ít nhất 02 ngày trong tháng.
Điều 8. Hiệu lực thi hành
Quy định này có hiệu lực từ ngày ký, thay thế Quy định số 06-QĐ/HU ngày 15/6/2021 và Quy định số 11-QĐ/HU ngày 20/7/2022 của Ban Thường vụ Huyện ủy.
{S_BTVHU}"""))

# 245-BC/HU (10/10/2023): sơ kết 3 năm 01-NQ/HU (2020); undated re-mention (trap); narration of the amendment and
# replacement of 06-QĐ/HU (trap); `thay thế cán bộ` (trap)
ghi("hu_ql_bc245_2023.txt", dang_hdr(*HUQL, "245-BC/HU", "Quỳnh Lưu, ngày 10 tháng 10 năm 2023", """BÁO CÁO
sơ kết 03 năm thực hiện Nghị quyết số 01-NQ/HU ngày 05/10/2020 của Ban Chấp hành Đảng bộ huyện khóa XXVIII
về phát triển kinh tế biển giai đoạn 2020 - 2025, định hướng đến năm 2030
""", f"""I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Sau 03 năm thực hiện Nghị quyết 01-NQ/HU, 100% chi bộ, đảng bộ trực thuộc đã xây dựng kế hoạch thực hiện. Ban Thường vụ Huyện ủy đã kịp thời thay thế cán bộ chủ chốt ở 02 xã ven biển không hoàn thành nhiệm vụ.
Về tiếp công dân, Quy định số 06-QĐ/HU ngày 15/6/2021 đã được sửa đổi, bổ sung Điều 5 bằng Quy định số 11-QĐ/HU ngày 20/7/2022, nay được thay thế bằng Quy định số 14-QĐ/HU ngày 18/9/2023 của Ban Thường vụ Huyện ủy.
II. KẾT QUẢ
Giá trị sản xuất thủy sản tăng bình quân 6,3%/năm, đạt mục tiêu Nghị quyết.
III. PHƯƠNG HƯỚNG
Tiếp tục thực hiện Nghị quyết 01-NQ/HU, thực hiện thường xuyên.
{S_BTVHU}"""))

# 112-KH/HU (05/11/2023), layout: implements 26-CTr/TU (meets its row 1 and obligation); `03 nhiệm vụ` + 3 (trap)
ghi("hu_ql_kh112_2023.txt", trang(dang_cot("ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY QUỲNH LƯU", "112-KH/HU", "Quỳnh Lưu, ngày 05 tháng 11 năm 2023", """KẾ HOẠCH
thực hiện Chương trình hành động số 26-CTr/TU ngày 12/10/2023 của Ban Chấp hành Đảng bộ tỉnh
""", f"""Thực hiện {CTR26} ngày 18/7/2023 của Bộ Chính trị, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:
I. NHIỆM VỤ
Kế hoạch tập trung 03 nhiệm vụ sau:
1. Phát triển khu công nghiệp, cảng cá Lạch Quèn.
2. Nâng cấp hạ tầng đê biển, kè biển.
3. Phát triển du lịch biển Quỳnh Bảng.
II. TIẾN ĐỘ
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tTổ chức hội nghị quán triệt Chương trình\tBan Tuyên giáo Huyện ủy\tTháng 11/2023
2\tBáo cáo kết quả thực hiện\tVăn phòng Huyện ủy\tHằng năm
{S_BTVHU}""")))

# 210-TB/HU (06/5/2024), CRLF: `Căn cứ Quy chế làm việc số 01-QC/HU` replaced by 05-QC/HU (superseded-citation, planted);
# row: amend 14-QĐ/HU by Quý III/2024, never done (overdue-plan, planted)
ghi("hu_ql_tb210_2024.txt", dang_hdr(*HUQL, "210-TB/HU", "Quỳnh Lưu, ngày 06 tháng 5 năm 2024", """THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy tại cuộc họp ngày 03/5/2024
""", f"""Căn cứ Quy chế làm việc số 01-QC/HU ngày 20/9/2020 của Ban Chấp hành Đảng bộ huyện khóa XXVIII, ngày 03/5/2024, Ban Thường vụ Huyện ủy họp, nghe và cho ý kiến về công tác tiếp công dân quý I/2024. Ban Thường vụ Huyện ủy kết luận:
1. Các chi bộ, đảng bộ trực thuộc tiếp tục thực hiện nghiêm việc tiếp công dân định kỳ.
2. Giao Ban Tổ chức Huyện ủy tham mưu sửa đổi, bổ sung Quy định số 14-QĐ/HU ngày 18/9/2023 của Ban Thường vụ Huyện ủy về trách nhiệm của người đứng đầu trong việc tiếp công dân, hoàn thành trong Quý III/2024.
Văn phòng Huyện ủy thông báo để các tổ chức đảng biết, thực hiện.
{S_VPHU}"""), crlf=True)

# 160-KH/HU (10/7/2024), layout: 35-CT/TW of 14/6/2024 (external, same number as 2019's: trap); cites 14-QĐ/HU
# `ngày 18/8/2023` — it is of 18/9/2023 (metadata-conflict, planted); dated activities (trap)
ghi("hu_ql_kh160_2024.txt", trang(dang_cot("ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY QUỲNH LƯU", "160-KH/HU", "Quỳnh Lưu, ngày 10 tháng 7 năm 2024", """KẾ HOẠCH
tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ XXIX
""", f"""Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
I. YÊU CẦU
Chuẩn bị nhân sự gắn với thực hiện Quy định số 14-QĐ/HU ngày 18/8/2023 của Ban Thường vụ Huyện ủy về trách nhiệm của người đứng đầu trong việc tiếp công dân; bảo đảm theo Quy chế làm việc số 05-QC/HU ngày 10/3/2023.
II. THỜI GIAN
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tĐại hội điểm cấp cơ sở\tBan Tổ chức Huyện ủy\tQuý I/2025
2\tĐại hội các đảng bộ cơ sở\tCác chi bộ, đảng bộ trực thuộc\tTháng 6/2025
{S_BTVHU}""")))

# 19-QĐ/HU (12/8/2024), portal page: a kiểm tra, giám sát rule that also says it replaces 06-QĐ/HU — already replaced by
# 14-QĐ/HU (inverse-inconsistency, planted)
ghi("hu_ql_qd19_2024.html", cong_tt("Quy định 19-QĐ/HU về công tác kiểm tra, giám sát", ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY QUỲNH LƯU", "*", "Số 19-QĐ/HU"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quỳnh Lưu, ngày 12 tháng 8 năm 2024"], f"""QUY ĐỊNH
về công tác kiểm tra, giám sát của Ban Thường vụ Huyện ủy đối với người đứng đầu cấp ủy cơ sở
Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng;
Căn cứ Quy chế làm việc số 05-QC/HU ngày 10/3/2023 của Ban Chấp hành Đảng bộ huyện khóa XXVIII;
Ban Thường vụ Huyện ủy quy định như sau:
Điều 1. Phạm vi điều chỉnh
Điều 9. Hiệu lực thi hành
Quy định này có hiệu lực từ ngày ký và thay thế Quy định số 06-QĐ/HU ngày 15/6/2021 của Ban Thường vụ Huyện ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ"""))

# 10-NQ/HU (20/12/2024): repeals 04-NQ/HU whole; repeals only point 2 of III of 03-NQ/HU (partial: trap)
ghi("hu_ql_nq10_2024.txt", dang_hdr(*HUQL, "10-NQ/HU", "Quỳnh Lưu, ngày 20 tháng 12 năm 2024", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN
về phát triển kinh tế tư nhân, làng nghề gắn với xây dựng nông thôn mới
""", f"""Căn cứ Điều lệ Đảng; Quy chế làm việc số 05-QC/HU ngày 10/3/2023 của Ban Chấp hành Đảng bộ huyện khóa XXVIII;
Ban Chấp hành Đảng bộ huyện quyết nghị:
1. Phát triển kinh tế tư nhân, làng nghề theo chuỗi giá trị.
2. Hỗ trợ xây dựng thương hiệu nước mắm Quỳnh Dị.
3. Nghị quyết này có hiệu lực từ ngày ký. Bãi bỏ Nghị quyết số 04-NQ/HU ngày 12/5/2021 của Ban Chấp hành Đảng bộ huyện về phát triển làng nghề, ngành nghề nông thôn giai đoạn 2021 - 2025; bãi bỏ điểm 2 mục III Nghị quyết số 03-NQ/HU ngày 20/4/2021 của Ban Chấp hành Đảng bộ huyện về xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu.
{S_HU}"""))

# 03-HD/UBKTHU (15/3/2022): guides 22-QĐ/TW; not a plan of the Ủy ban Kiểm tra on 01-NQ/HU (the unmet obligation stays unmet)
ghi("ubkt_ql_hd03_2022.txt", dang_hdr("HUYỆN ỦY QUỲNH LƯU", "ỦY BAN KIỂM TRA", "03-HD/UBKTHU", "Quỳnh Lưu, ngày 15 tháng 3 năm 2022", """HƯỚNG DẪN
thực hiện một số điều của Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương
về công tác kiểm tra, giám sát và kỷ luật của Đảng
""", f"""Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương;
Ủy ban Kiểm tra Huyện ủy hướng dẫn thực hiện như sau:
1. Ủy ban kiểm tra đảng ủy cơ sở xây dựng chương trình kiểm tra, giám sát hằng năm.
2. Chế độ báo cáo: định kỳ 6 tháng, hằng năm.
{S_UBKT}"""))

# 21-CTr/HU (10/3/2025): implements 57-NQ/TW and 40-KH/TU; `Căn cứ` 15-HD/BTGHU, which guides this very programme
# (cycle, planted); row 1 met by 15-HD/BTGHU (trap); row 2 amend 05-QC/HU by Quý II/2025, never (overdue-plan, planted)
ghi("hu_ql_ctr21_2025.txt", dang_hdr(*HUQL, "21-CTr/HU", "Quỳnh Lưu, ngày 10 tháng 3 năm 2025", """CHƯƠNG TRÌNH HÀNH ĐỘNG
của Ban Thường vụ Huyện ủy thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
""", f"""Thực hiện {NQ57} và Kế hoạch số 40-KH/TU ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy;
Căn cứ Hướng dẫn số 15-HD/BTGHU ngày 10/3/2025 của Ban Tuyên giáo Huyện ủy về tuyên truyền thực hiện Nghị quyết;
Ban Thường vụ Huyện ủy ban hành Chương trình hành động như sau:
I. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tBan hành hướng dẫn tuyên truyền Nghị quyết số 57-NQ/TW\tBan Tuyên giáo Huyện ủy\tTháng 3/2025
2\tSửa đổi, bổ sung Quy chế làm việc số 05-QC/HU ngày 10/3/2023 của Ban Chấp hành Đảng bộ huyện, bổ sung chế độ làm việc trên môi trường số\tVăn phòng Huyện ủy\tQuý II/2025
3\tVận hành phần mềm quản lý văn bản, hồ sơ điện tử\tVăn phòng Huyện ủy\tThường xuyên
II. TỔ CHỨC THỰC HIỆN
Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Chương trình này.
{S_BTVHU}"""))

# 15-HD/BTGHU (10/3/2025), Markdown with headings: guides 21-CTr/HU (same day; the other half of the cycle)
ghi("btg_ql_hd15_2025.md", md_tieude(["**HUYỆN ỦY QUỲNH LƯU**", "**BAN TUYÊN GIÁO**", "*", "Số 15-HD/BTGHU"],
    ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Quỳnh Lưu, ngày 10 tháng 3 năm 2025*"]) + f"""# HƯỚNG DẪN

## tuyên truyền thực hiện Chương trình hành động số 21-CTr/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy

Thực hiện Chương trình hành động số 21-CTr/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Tuyên giáo Huyện ủy hướng dẫn như sau:

1. Nội dung tuyên truyền: quan điểm, mục tiêu của Nghị quyết.
2. Hình thức: trên hệ thống truyền thanh cơ sở, thực hiện thường xuyên.

K/T TRƯỞNG BAN  
PHÓ TRƯỞNG BAN
""")

# 175-KH/HU (20/4/2025), .docx: implements 45-CT/TW (external) — narrates `(thay thế Chỉ thị số 35-CT/TW …)` (trap);
# replaces 160-KH/HU (enacted); `03 nhiệm vụ sau:` + 4 (count-mismatch, planted)
lam_docx("hu_ql_kh175_2025.docx", [
    "KẾ HOẠCH",
    "thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
    "Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị (thay thế Chỉ thị số 35-CT/TW ngày 14/6/2024) và Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
    "I. NHIỆM VỤ",
    "Ban Thường vụ Huyện ủy tập trung chỉ đạo 03 nhiệm vụ sau:",
    "1. Chỉ đạo đại hội các chi bộ trực thuộc đảng bộ cơ sở.",
    "2. Chuẩn bị phương án nhân sự cấp ủy các xã mới sau sắp xếp.",
    "3. Bàn giao hồ sơ, tài liệu của Huyện ủy cho Đảng ủy các xã mới.",
    "4. Bảo đảm an ninh, trật tự trong thời gian tổ chức đại hội.",
    "II. HIỆU LỰC",
    "Kế hoạch này thay thế Kế hoạch số 160-KH/HU ngày 10/7/2024 của Ban Thường vụ Huyện ủy.",
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
], header_table=(["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY QUỲNH LƯU", "*", "Số 175-KH/HU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quỳnh Lưu, ngày 20 tháng 4 năm 2025"]))

# ====================================================================== Thị ủy Hoàng Mai (thị xã), nhiệm kỳ 2020-2025
# 09-NQ/TU (25/8/2021): same number as the Tỉnh ủy's 09-NQ/TU (10/8/2021), which it cites (trap: not self, not duplicate)
ghi("tx_hm_nq09_2021.txt", dang_hdr(*TXHM, "09-NQ/TU", "Hoàng Mai, ngày 25 tháng 8 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ
về phát triển công nghiệp, tiểu thủ công nghiệp thị xã Hoàng Mai giai đoạn 2021 - 2025, định hướng đến năm 2030
""", f"""Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ thị xã Hoàng Mai nhiệm kỳ 2020 - 2025;
Thực hiện {TU09};
Ban Chấp hành Đảng bộ thị xã quyết nghị:
1. Phát triển các khu công nghiệp Hoàng Mai I, Hoàng Mai II, Đông Hồi.
2. Phát triển tiểu thủ công nghiệp, làng nghề.
3. Ban Thường vụ Thị ủy lãnh đạo, chỉ đạo thực hiện Nghị quyết này.
{S_TXU}"""))

# 03-QĐ/TU (20/4/2021) of the Ban Thường vụ Thị ủy; replaced by 18-QĐ/TU (10/6/2024)
ghi("tx_hm_qd03_2021.txt", dang_hdr(*TXHM, "03-QĐ/TU", "Hoàng Mai, ngày 20 tháng 4 năm 2021", """QUY ĐỊNH
về chế độ thông tin, báo cáo của các tổ chức cơ sở đảng trực thuộc Thị ủy
""", f"""Căn cứ Điều lệ Đảng; Quy chế làm việc của Ban Chấp hành Đảng bộ thị xã nhiệm kỳ 2020 - 2025;
Ban Thường vụ Thị ủy quy định như sau:
Điều 1. Các tổ chức cơ sở đảng báo cáo định kỳ hằng tháng, quý, 6 tháng, năm.
Điều 6. Quy định này có hiệu lực từ ngày ký.
{S_BTVTX}"""))

# 18-QĐ/TU (10/6/2024), minified portal page: replaces 03-QĐ/TU; meets 130-KH/TU row 2 (trap)
ghi("tx_hm_qd18_2024.html", cong_tt("Quy định 18-QĐ/TU về chế độ thông tin, báo cáo", ["ĐẢNG BỘ TỈNH NGHỆ AN", "THỊ ỦY HOÀNG MAI", "*", "Số 18-QĐ/TU"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoàng Mai, ngày 10 tháng 6 năm 2024"], f"""QUY ĐỊNH
về chế độ thông tin, báo cáo của các tổ chức cơ sở đảng trực thuộc Thị ủy
Thực hiện Kế hoạch số 130-KH/TU ngày 20/5/2024 của Ban Thường vụ Thị ủy;
Ban Thường vụ Thị ủy quy định như sau:
Điều 1. Các tổ chức cơ sở đảng báo cáo định kỳ hằng quý, 6 tháng, năm trên phần mềm.
Điều 7. Quy định này có hiệu lực từ ngày ký, thay thế Quy định số 03-QĐ/TU ngày 20/4/2021 của Ban Thường vụ Thị ủy về chế độ thông tin, báo cáo.
T/M BAN THƯỜNG VỤ
BÍ THƯ""", minified=True, site="thị xã Hoàng Mai",
    footer="Cơ quan chủ quản: Văn phòng Thị ủy Hoàng Mai. Địa chỉ: phường Mai Hùng, thị xã Hoàng Mai, tỉnh Nghệ An. Điện thoại: 0238.3866.215 - Fax: 0238.3866.216"))

# 95-KH/TU (02/11/2023): implements 26-CTr/TU (meets its row 1 and obligation: trap)
ghi("tx_hm_kh95_2023.txt", dang_hdr(*TXHM, "95-KH/TU", "Hoàng Mai, ngày 02 tháng 11 năm 2023", """KẾ HOẠCH
thực hiện Chương trình hành động số 26-CTr/TU ngày 12/10/2023 của Ban Chấp hành Đảng bộ tỉnh
""", f"""Thực hiện {CTR26} ngày 18/7/2023 của Bộ Chính trị, Ban Thường vụ Thị ủy ban hành Kế hoạch như sau:
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tQuán triệt Chương trình đến cán bộ, đảng viên\tBan Tuyên giáo Thị ủy\tQuý IV/2023
2\tBáo cáo kết quả thực hiện Kế hoạch\tVăn phòng Thị ủy\tHằng năm
{S_BTVTX}"""))

# two notices numbered 327-TB/TU by the Thị ủy in 2024 (duplicate-identity, planted); a: `thay thế thành viên` (trap)
ghi("tx_hm_tb327_2024a.txt", dang_hdr(*TXHM, "327-TB/TU", "Hoàng Mai, ngày 15 tháng 3 năm 2024", """THÔNG BÁO
kết luận của Ban Thường vụ Thị ủy về kiện toàn Ban Chỉ đạo phát triển công nghiệp
""", f"""Ngày 13/3/2024, Ban Thường vụ Thị ủy họp, kết luận:
1. Đồng ý thay thế thành viên Ban Chỉ đạo thực hiện Nghị quyết số 09-NQ/TU ngày 25/8/2021 của Ban Chấp hành Đảng bộ thị xã do thay đổi công tác.
2. Giao Ban Tổ chức Thị ủy tham mưu quyết định kiện toàn.
{S_BTVTX}"""))
ghi("tx_hm_tb327_2024b.txt", dang_hdr(*TXHM, "327-TB/TU", "Hoàng Mai, ngày 22 tháng 7 năm 2024", """THÔNG BÁO
kết luận của Ban Thường vụ Thị ủy về công tác phòng, chống thiên tai năm 2024
""", f"""Ngày 19/7/2024, Ban Thường vụ Thị ủy họp, kết luận:
1. Các chi bộ, đảng bộ trực thuộc chủ động phương án phòng, chống bão lũ.
2. Ủy ban nhân dân thị xã kiểm tra hệ thống đê biển Quỳnh Lập, Quỳnh Phương.
{S_BTVTX}"""))

# 130-KH/TU (20/5/2024): implements HM 09-NQ/TU with the id broken across lines (trap); row 1 announces a Đề án by
# Quý IV/2024, never issued (overdue-plan, planted); row 2 replace 03-QĐ/TU by Quý II/2024 (met by 18-QĐ/TU: trap); row 3 recurring
ghi("tx_hm_kh130_2024.txt", dang_hdr(*TXHM, "130-KH/TU", "Hoàng Mai, ngày 20 tháng 5 năm 2024", """KẾ HOẠCH
đẩy mạnh thực hiện Nghị quyết của Ban Chấp hành Đảng bộ thị xã về phát triển công nghiệp
""", f"""Thực hiện Nghị quyết số 09-
NQ/TU ngày 25/8/2021 của Ban Chấp hành Đảng bộ thị xã Hoàng Mai về phát triển công nghiệp, tiểu thủ công nghiệp, Ban Thường vụ Thị ủy ban hành Kế hoạch như sau:
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tXây dựng Đề án phát triển khu công nghiệp Hoàng Mai II gắn với đô thị ven biển\tỦy ban nhân dân thị xã\tQuý IV/2024
2\tBan hành Quy định về chế độ thông tin, báo cáo thay thế Quy định số 03-QĐ/TU ngày 20/4/2021 của Ban Thường vụ Thị ủy\tVăn phòng Thị ủy\tQuý II/2024
3\tKiểm tra, giám sát việc thực hiện Nghị quyết\tỦy ban Kiểm tra Thị ủy\tHằng năm
{S_BTVTX}"""))

# 150-BC/TU (15/11/2024): sơ kết 3 năm HM 09-NQ/TU; `Căn cứ Quy định số 03-QĐ/TU`, replaced on 10/6/2024
# (superseded-citation, planted); proposes a new resolution replacing 09-NQ/TU (proposal: trap); quotes a draft title
# `Quy định sửa đổi, bổ sung một số điều của Quy định số 18-QĐ/TU` (trap)
ghi("tx_hm_bc150_2024.txt", dang_hdr(*TXHM, "150-BC/TU", "Hoàng Mai, ngày 15 tháng 11 năm 2024", """BÁO CÁO
sơ kết 03 năm thực hiện Nghị quyết số 09-NQ/TU ngày 25/8/2021 của Ban Chấp hành Đảng bộ thị xã
""", f"""Căn cứ Quy định số 03-QĐ/TU ngày 20/4/2021 của Ban Thường vụ Thị ủy về chế độ thông tin, báo cáo, Ban Thường vụ Thị ủy báo cáo sơ kết 03 năm thực hiện {HM09} như sau:
I. KẾT QUẢ
Giá trị sản xuất công nghiệp tăng bình quân 12%/năm. Ban Thường vụ Thị ủy đã cho ý kiến vào dự thảo "Quy định sửa đổi, bổ sung một số điều của Quy định số 18-QĐ/TU về chế độ thông tin, báo cáo" do Văn phòng Thị ủy trình.
II. ĐỀ XUẤT
Đề nghị Ban Chấp hành Đảng bộ thị xã nghiên cứu ban hành nghị quyết mới thay thế Nghị quyết số 09-NQ/TU ngày 25/8/2021 sau khi tổng kết.
{S_BTVTX}"""))

# 118-KH/TU (15/02/2025): implements 40-KH/TU `ngày 20/02/2025` — five days later (temporal, planted)
ghi("tx_hm_kh118_2025.txt", dang_hdr(*TXHM, "118-KH/TU", "Hoàng Mai, ngày 15 tháng 02 năm 2025", """KẾ HOẠCH
thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
""", f"""Thực hiện {NQ57}; Kế hoạch số 40-KH/TU ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy Nghệ An về thực hiện Nghị quyết số 57-NQ/TW, Ban Thường vụ Thị ủy ban hành Kế hoạch như sau:
1. Số hóa hồ sơ đảng viên của Đảng bộ thị xã, thực hiện thường xuyên.
2. Các chi bộ, đảng bộ trực thuộc triển khai sổ tay đảng viên điện tử.
{S_BTVTX}"""))

# ====================================================================== communes and wards (Đảng ủy)
# old xã Quỳnh Thắng (huyện Quỳnh Lưu) 12-KH/ĐU (10/01/2021): implements 01-NQ/HU (fulfils its chi bộ obligation)
ghi("du_qthang_kh12_2021.txt", dang_hdr("ĐẢNG BỘ HUYỆN QUỲNH LƯU", "ĐẢNG ỦY XÃ QUỲNH THẮNG", "12-KH/ĐU", "Quỳnh Thắng, ngày 10 tháng 01 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết số 01-NQ/HU ngày 05/10/2020 của Ban Chấp hành Đảng bộ huyện khóa XXVIII
""", f"""Thực hiện Nghị quyết số 01-NQ/HU ngày 05/10/2020 của Ban Chấp hành Đảng bộ huyện khóa XXVIII về phát triển kinh tế biển giai đoạn 2020 - 2025, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
1. Phát triển nuôi trồng thủy sản vùng bãi ngang, thực hiện hằng năm.
2. Các chi bộ xóm đưa nội dung vào sinh hoạt chi bộ thường kỳ.
{S_BTVDU}"""))

# new xã Quỳnh Thắng (from 1/7/2025) 12-KH/ĐU (05/12/2025): same number as the old commune's, which it cites (trap);
# cites 01-NQ/HU by the former Huyện ủy's name (trap)
ghi("du_qthang_kh12_2025.txt", dang_hdr("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ QUỲNH THẮNG", "12-KH/ĐU", "Quỳnh Thắng, ngày 05 tháng 12 năm 2025", """KẾ HOẠCH
thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Quỳnh Thắng lần thứ I, nhiệm kỳ 2025 - 2030
""", f"""Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã Quỳnh Thắng lần thứ I, nhiệm kỳ 2025 - 2030;
Kế thừa kết quả thực hiện Kế hoạch số 12-KH/ĐU ngày 10/01/2021 của Đảng ủy xã Quỳnh Thắng (cũ) và Nghị quyết số 01-NQ/HU ngày 05/10/2020 của Ban Chấp hành Đảng bộ huyện Quỳnh Lưu (trước đây) về phát triển kinh tế biển;
Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tTổ chức hội nghị quán triệt Nghị quyết Đại hội\tBan Xây dựng Đảng\tTháng 12/2025
2\tSơ kết 02 năm thực hiện Kế hoạch\tVăn phòng Đảng ủy\tQuý IV/2027
3\tKiểm tra, giám sát việc thực hiện\tỦy ban Kiểm tra Đảng ủy\tHằng năm
{S_BTVDU}"""))

# xã Quỳnh Anh 03-NQ/ĐU (15/9/2025): `Căn cứ` 04-NQ/HU, repealed on 20/12/2024 (superseded-citation, planted);
# continues 03-NQ/HU, repealed only in part (trap); former Huyện ủy's name (trap)
ghi("du_qanh_nq03_2025.txt", dang_hdr("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ QUỲNH ANH", "03-NQ/ĐU", "Quỳnh Anh, ngày 15 tháng 9 năm 2025", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ
về phát triển làng nghề và xây dựng nông thôn mới giai đoạn 2025 - 2030
""", f"""Căn cứ Nghị quyết số 04-NQ/HU ngày 12/5/2021 của Ban Chấp hành Đảng bộ huyện Quỳnh Lưu (trước đây) về phát triển làng nghề, ngành nghề nông thôn;
Tiếp tục thực hiện Nghị quyết số 03-NQ/HU ngày 20/4/2021 của Ban Chấp hành Đảng bộ huyện Quỳnh Lưu (trước đây) về xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu;
Ban Chấp hành Đảng bộ xã quyết nghị:
1. Phát triển làng nghề nước mắm, chế biến hải sản.
2. Giữ vững chuẩn nông thôn mới nâng cao.
3. Nghị quyết này có hiệu lực từ ngày ký.
{S_DU}"""))

# xã Quỳnh Văn 08-KH/ĐU (20/10/2025), Markdown: implements 57-NQ/TW, 40-KH/TU; continues 21-CTr/HU by the former
# Huyện ủy's name (trap); `04 nhiệm vụ trọng tâm sau:` + 3 (count-mismatch, planted)
ghi("du_qvan_kh08_2025.md", md_bang(["**ĐẢNG BỘ TỈNH NGHỆ AN**", "**ĐẢNG ỦY XÃ QUỲNH VĂN**", "*", "Số 08-KH/ĐU"],
    ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Quỳnh Văn, ngày 20 tháng 10 năm 2025*"]) + f"""
# KẾ HOẠCH
## thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn xã

Thực hiện {NQ57}; Kế hoạch số 40-KH/TU ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy; tiếp tục thực hiện Chương trình hành động số 21-CTr/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy Quỳnh Lưu (trước đây), Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:

### I. NHIỆM VỤ

Đảng ủy xã tập trung thực hiện 04 nhiệm vụ trọng tâm sau:

1. Hoàn thành số hóa hồ sơ đảng viên.
2. Vận hành Trung tâm phục vụ hành chính công xã trên môi trường số.
3. Phổ cập kỹ năng số cho cán bộ, đảng viên.

### II. TỔ CHỨC THỰC HIỆN

Văn phòng Đảng ủy theo dõi, báo cáo Ban Thường vụ Đảng ủy hằng quý.

T/M BAN THƯỜNG VỤ  
BÍ THƯ
""")

# phường Tân Mai 02-KH/ĐU (25/8/2025), OCR-like: `Nghị quyết số 09-NQ/TU` with no date and no issuer — the Tỉnh ủy's
# and the former Thị ủy's (ambiguous-id, planted); 130-KH/TU by the former Thị ủy's name (trap)
_tm = dang_hdr("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG TÂN MAI", "02-KH/ĐU", "Tân Mai, ngày 25 tháng 8 năm 2025", """KẾ HOẠCH
phát triển công nghiệp, thương mại, dịch vụ phường Tân Mai năm 2025 - 2026
""", f"""Trên cơ sở kết quả thực hiện Kế hoạch số 130-KH/TU ngày 20/5/2024 của Ban Thường vụ Thị ủy Hoàng Mai (trước đây), Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Tiếp tục thực hiện Nghị quyết số 09-NQ/TU và các nghị quyết chuyên đề của cấp trên về phát triển công nghiệp trên địa bàn.
2. Thu hút đầu tư vào khu công nghiệp Hoàng Mai I, thực hiện thường xuyên.
3. Báo cáo kết quả về Ban Thường vụ Đảng ủy phường hằng quý.
{S_BTVDU}""")
ghi("du_tmai_kh02_2025.txt", ocr(_tm, [("ĐẢNG ỦY PHƯỜNG", "ÐẢNG ỦY PHƯỜNG"), ("phát triển công nghiệp, thương mại", "phát triẻn công nghiêp, thương mai"),
                                       ("Thu hút đầu tư", "Thu hùt đâu tư"), ("hằng quý", "hăng quỷ")]))

# phường Hoàng Mai 01-NQ/ĐU (20/8/2025), NFD: cites 95-KH/TU `ngày 20/11/2023` — it is of 02/11/2023 (metadata-conflict,
# planted); cites HM 09-NQ/TU with date and former name (trap); 26-CTr/TU (trap)
ghi("du_hmai_nq01_2025.txt", dang_hdr("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY PHƯỜNG HOÀNG MAI", "01-NQ/ĐU", "Hoàng Mai, ngày 20 tháng 8 năm 2025", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG
về phát triển kinh tế biển, công nghiệp và đô thị giai đoạn 2025 - 2030
""", f"""Căn cứ {CTR26} ngày 18/7/2023 của Bộ Chính trị;
Tiếp tục thực hiện Kế hoạch số 95-KH/TU ngày 20/11/2023 của Ban Thường vụ Thị ủy Hoàng Mai (trước đây) và Nghị quyết số 09-NQ/TU ngày 25/8/2021 của Ban Chấp hành Đảng bộ thị xã Hoàng Mai (trước đây);
Ban Chấp hành Đảng bộ phường quyết nghị:
1. Phát triển đô thị ven biển Quỳnh Phương.
2. Phát triển dịch vụ cảng Đông Hồi.
3. Nghị quyết này có hiệu lực từ ngày ký.
{S_DU}"""), nfd=True)

print(len(os.listdir(OUT)), "files")
