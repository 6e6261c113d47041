#!/usr/bin/env python3
"""Red team round 46: the Thị ủy and the UBND of thị xã Bỉm Sơn (tỉnh Thanh Hóa), 2021-2026, and the wards that took over
on 1/7/2025 (phường Bỉm Sơn, phường Quang Trung; thị xã Bỉm Sơn abolished as a district-level unit).
Bodies: Tỉnh ủy Thanh Hóa (05-NQ/TU 2021, 1250-TB/TU 2023), UBND tỉnh Thanh Hóa (98/KH-UBND 2021); Thị ủy Bỉm Sơn (its own -/TU series:
05-NQ/TU 2021, 12-CTr/TU 2022, 15-HD/BTGTU 2022, 30-TB/TU 2023, 17-QĐ/TU 2023, 21-QĐ/TU 2024, 52-KH/TU 2024, 45-BC/TU 2025);
UBND thị xã Bỉm Sơn (120/KH-UBND 2021; 64/KH-UBND 2022; 92/KH-UBND and 101/KH-UBND 2022; 845/QĐ-UBND and 1195/QĐ-UBND 2022;
35/KH-UBND, 64/KH-UBND twice, 905/QĐ-UBND, 2890/QĐ-UBND, 3015/QĐ-UBND 2023; 1840/QĐ-UBND, 2468/QĐ-UBND, 3120/UBND-KT 2024;
12/KH-UBND and 1702/QĐ-UBND 2025); after 1/7/2025 Đảng ủy phường Quang Trung (03-NQ/ĐU), UBND phường Quang Trung
(21/KH-UBND), Đảng ủy phường Bỉm Sơn (02-CTr/ĐU), UBND phường Bỉm Sơn (12/KH-UBND 2025, 09/KH-UBND 2026).
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented; central texts are real.
Header helpers adapted from RedTeam37/gen.py (`party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`), renamed (`p_hdr`, `p_hdr_cols`, `s_hdr`, `s_hdr_cols`, `pdf_layout`, `mk_docx`,
`cong_tt`, `md_tbl_hdr`, `md_head_hdr`, `word_html`) with the site names, address and phone numbers changed to Bỉm Sơn's
(0237.…); new here: `cong_tt_chrome` (a portal page whose banner, share buttons and the whole Party header run onto one line)."""
import os, zipfile, html, unicodedata
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
def p_hdr(org, sub, num, place, title, body=""):
    return f"""{org}
{sub}
*
Số {num}
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}

{title}
{body}"""


def p_hdr_cols(org, sub, num, place, title, body=""):
    """pdftotext -layout: the two header columns share lines."""
    return f"""   {org:<44}ĐẢNG CỘNG SẢN VIỆT NAM
             {sub}
                *
        Số {num:<34}{place}

{title}
{body}"""


def s_hdr(org1, org2, num, place, title, body=""):
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


def s_hdr_cols(org1, org2, num, place, title, body=""):
    """pdftotext -layout state header: two columns on each line."""
    return f"""      {org1:<36}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      {org2:<36}     Độc lập - Tự do - Hạnh phúc
           -------                                 ---------------
      Số: {num:<31}{place}

{title}
{body}"""


def pdf_layout(text, footer=True, cut_at=None):
    lines = text.split("\n")
    out, page = [], 1
    cuts = {cut_at if cut_at is not None else max(14, 2 * len(lines) // 3)}
    for i, l in enumerate(lines):
        out.append(("    " + l.replace("\t", "        ")) if l.strip() else "")
        if i in cuts:
            if footer:
                out.append("")
                out.append(" " * 40 + str(page))
            out.append("\f")
            page += 1
    return "\n".join(out)


def mk_docx(name, paras, rows=None, header_table=None):
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
        ws = z.writestr
        wr = lambda n, d: ws(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED)  # fixed timestamps
        wr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        wr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        wr("word/document.xml", doc)


FOOT_BS = "Cơ quan chủ quản: Ủy ban nhân dân phường Bỉm Sơn. Địa chỉ: số 01 đường Trần Phú, phường Bỉm Sơn, tỉnh Thanh Hóa. Điện thoại: 0237.3824.216 - Fax: 0237.3824.217"


def cong_tt(title, head_left, head_right, text, minified=False, site="phường Bỉm Sơn", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or FOOT_BS) + '</div></body></html>')
    if minified:
        return h
    return (h.replace("<p>", "\n  <p>").replace("<div", "\n<div").replace("<table", "\n<table").replace("<tr>", "\n  <tr>")
             .replace("</table>", "\n</table>").replace("</body>", "\n</body>"))


def cong_tt_chrome(title, header_line, text):
    """Party news site: banner words in capitals and share buttons over a header that the CMS ran onto one line."""
    ps = "\n".join(f"<p>{html.escape(l)}</p>" for l in text.split("\n") if l.strip())
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>\n<body>\n'
            '<div class="top">ĐẢNG BỘ THỊ XÃ BỈM SƠN | TRANG CHỦ | TIN TỨC - SỰ KIỆN | VĂN BẢN ĐẢNG | LIÊN HỆ</div>\n'
            '<div class="share">Chia sẻ: <a>Facebook</a> <a>Zalo</a> <a>Twitter</a> | <a>In bài viết</a> | Cỡ chữ A- A A+</div>\n'
            f'<div class="post"><p>{html.escape(header_line)}</p>\n{ps}\n</div>\n'
            '<div class="footer">Trang thông tin điện tử Đảng bộ thị xã Bỉm Sơn. Điện thoại: 0237.3824.105 - Fax: 0237.3824.106</div>\n</body></html>')


def md_tbl_hdr(left, right):
    return "| " + "<br>".join(left) + " | " + "<br>".join(right) + " |\n|---|---|\n"


def md_head_hdr(lines_left, lines_right):
    """A Markdown export whose header came out as headings and bold lines, one after another (no table)."""
    return "\n".join(lines_left) + "\n\n" + "\n".join(lines_right) + "\n\n"


def word_html(title, left, right, text):
    """A Word document saved as HTML: spans, &nbsp; and one <p> per paragraph."""
    def cell(xs):
        return "".join(f'<p class="MsoNormal" align="center"><span style="font-size:13.0pt">{html.escape(x).replace(" ", "&nbsp;", 1)}</span></p>' for x in xs)
    ps = "".join(f'<p class="MsoNormal" style="text-align:justify"><span lang="VI">{html.escape(l)}</span></p>\n' if l.strip() else "" for l in text.split("\n"))
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="Generator" content="Microsoft Word 15"><title>{html.escape(title)}</title></head>\n<body lang="EN-US">\n'
            f'<div class="WordSection1">\n<table border="0" cellpadding="0"><tr><td width="40%">{cell(left)}</td><td>{cell(right)}</td></tr></table>\n{ps}</div>\n'
            '<div class="footer">Ủy ban nhân dân thị xã Bỉm Sơn - Điện thoại: 0237.3770.028 - Fax: 0237.3770.029</div>\n</body></html>')


def ocr(t, words):
    """OCR-like damage: replace a few words (each must exist)."""
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t


# ---------------------------------------------------------------- signatures and shared text
SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_TU_PBT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_BCH = """\t\t\t\t\tT/M THỊ ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_TINHUY = """\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_DU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_DU_BCH = """\t\t\t\t\tT/M ĐẢNG ỦY
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

L77 = "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015"
L72 = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025"
NQ202 = "Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh"
NQ1686 = "Nghị quyết số 1686/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thanh Hóa năm 2025"
NQ06 = "Nghị quyết số 06-NQ/TW ngày 24/01/2022 của Bộ Chính trị về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045"
NQ148 = "Nghị quyết số 148/NQ-CP ngày 11/11/2022 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 06-NQ/TW"
TH05 = "Nghị quyết số 05-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh Thanh Hóa"
BS05 = "Nghị quyết số 05-NQ/TU ngày 20/9/2021 của Ban Chấp hành Đảng bộ thị xã Bỉm Sơn"

TX = ("ỦY BAN NHÂN DÂN", "THỊ XÃ BỈM SƠN")
TU_BS = ("ĐẢNG BỘ TỈNH THANH HÓA", "THỊ ỦY BỈM SƠN")


def ubtx(num, place, title, body, sign=SIGN_UB, cols=False):
    f = s_hdr_cols if cols else s_hdr
    return f(TX[0], TX[1], num, place, title, body + "\n" + sign)


# ====================================================================== Tỉnh ủy Thanh Hóa, 2021
# 05-NQ/TU of the Tỉnh ủy (15/4/2021). Same number as the Thị ủy's 05-NQ/TU of 20/9/2021 (trap). Its obligation on the
# huyện ủy, thị ủy is met by the Thị ủy's 05-NQ/TU (trap: fulfilled).
w("tu_th_nq05_2021.txt", p_hdr("TỈNH ỦY THANH HÓA", "", "05-NQ/TU", "Thanh Hóa, ngày 15 tháng 4 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
về phát triển đô thị tỉnh Thanh Hóa đến năm 2030, định hướng đến năm 2045
-----
""", """I. TÌNH HÌNH
Những năm qua, tốc độ đô thị hóa của tỉnh tăng nhanh; tỷ lệ đô thị hóa đạt 35%.

II. MỤC TIÊU
Đến năm 2030, tỷ lệ đô thị hóa của tỉnh đạt trên 50%; xây dựng thị xã Bỉm Sơn, thị xã Nghi Sơn trở thành thành phố trực thuộc tỉnh.

III. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng nghị quyết chuyên đề hoặc kế hoạch thực hiện Nghị quyết này.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết.
3. Nghị quyết này được phổ biến đến chi bộ.
""" + SIGN_TINHUY))

# UBND tỉnh 98/KH-UBND (05/5/2021) cites the Tỉnh ủy's 05-NQ/TU with the issuer named but once undated (trap)
w("ubnd_th_kh98_2021.txt", s_hdr("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "98/KH-UBND", "Thanh Hóa, ngày 05 tháng 5 năm 2021", """KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển đô thị tỉnh Thanh Hóa
đến năm 2030, định hướng đến năm 2045
""", f"""Thực hiện {TH05} về phát triển đô thị tỉnh Thanh Hóa đến năm 2030, định hướng đến năm 2045, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các mục tiêu, nhiệm vụ của Nghị quyết số 05-NQ/TU của Tỉnh ủy Thanh Hóa thành các nhiệm vụ của các sở, ngành, địa phương.

II. NHIỆM VỤ
1. Sở Xây dựng chủ trì rà soát chương trình phát triển đô thị toàn tỉnh; hoàn thành trong năm 2021.
2. Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện tại địa phương.

III. TỔ CHỨC THỰC HIỆN
Giao Sở Xây dựng theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm.
""" + "\n" + SIGN_UB))

# Tỉnh ủy Thanh Hóa 1250-TB/TU (12/6/2023): Thường trực Tỉnh ủy works with the Thị ủy; names the Thị ủy's 05-NQ/TU by its
# issuer without a date and its own 05-NQ/TU with one (traps); a counted list that matches
w("tu_th_tb1250_2023.txt", p_hdr("TỈNH ỦY THANH HÓA", "", "1250-TB/TU", "Thanh Hóa, ngày 12 tháng 6 năm 2023", """THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY
tại buổi làm việc với Ban Thường vụ Thị ủy Bỉm Sơn
-----
""", """Ngày 06/6/2023, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Bỉm Sơn về kết quả thực hiện Nghị quyết số 05-NQ/TU của Thị ủy Bỉm Sơn về xây dựng, phát triển thị xã trở thành thành phố trực thuộc tỉnh, gắn với thực hiện Nghị quyết số 05-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh. Sau khi nghe báo cáo, Thường trực Tỉnh ủy kết luận:
Ban Thường vụ Thị ủy Bỉm Sơn cần tập trung lãnh đạo 02 nội dung sau:
1. Hoàn thành các tiêu chí đô thị loại III còn thiếu.
2. Thực hiện nghiêm Quy định số 17-QĐ/TU ngày 12/4/2023 của Ban Thường vụ Thị ủy về tiếp xúc, đối thoại với Nhân dân.
Văn phòng Tỉnh ủy thông báo để Ban Thường vụ Thị ủy Bỉm Sơn biết, thực hiện.
					T/L BAN THƯỜNG VỤ
					CHÁNH VĂN PHÒNG"""))

# ====================================================================== Thị ủy Bỉm Sơn
# 05-NQ/TU of the Thị ủy (20/9/2021), pdftotext -layout with the two-column Party header.
# Obligations: UBND thị xã plan (met by 120/KH-UBND); Ban Tuyên giáo Thị ủy propaganda plan (UNMET, planted).
w("tu_bs_nq05_2021.txt", pdf_layout(p_hdr_cols("ĐẢNG BỘ TỈNH THANH HÓA", "THỊ ỦY BỈM SƠN", "05-NQ/TU", "Bỉm Sơn, ngày 20 tháng 9 năm 2021", """                       NGHỊ QUYẾT
         CỦA BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KHÓA XI
   về xây dựng, phát triển thị xã Bỉm Sơn trở thành thành phố
         trực thuộc tỉnh trước năm 2030
                          -----
""", f"""Thực hiện Nghị quyết số 05-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển đô thị tỉnh
Thanh Hóa đến năm 2030, định hướng đến năm 2045, Ban Chấp hành Đảng bộ thị xã ban hành Nghị quyết như sau:

I. MỤC TIÊU
Đến năm 2025, thị xã Bỉm Sơn cơ bản đạt tiêu chí đô thị loại III; trước năm 2030 trở thành thành phố trực thuộc tỉnh.

II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao chất lượng quy hoạch, quản lý kiến trúc đô thị.
2. Phát triển hạ tầng thương mại, dịch vụ.
3. Chỉnh trang đô thị khu vực trung tâm.

III. TỔ CHỨC THỰC HIỆN
1. Ban cán sự đảng Ủy ban nhân dân thị xã lãnh đạo Ủy ban nhân dân thị xã xây dựng kế hoạch thực hiện Nghị quyết này.
2. Ban Tuyên giáo Thị ủy xây dựng kế hoạch tuyên truyền Nghị quyết trong cán bộ, đảng viên và Nhân dân.
3. Các chi bộ, đảng bộ trực thuộc tổ chức quán triệt Nghị quyết đến đảng viên.
4. Văn phòng Thị ủy theo dõi, đôn đốc việc thực hiện Nghị quyết; định kỳ hằng năm báo cáo Ban Thường vụ Thị ủy.
""" + SIGN_BCH), cut_at=20))

# 12-CTr/TU (08/7/2022), Markdown export with headings for the header. Row 1 (Đề án, Năm 2023) met by 3015/QĐ-UBND;
# row 2 (Quy định, Quý II/2023) met by 17-QĐ/TU; row 3 recurring.
w("tu_bs_ctr12_2022.md", md_head_hdr(["## ĐẢNG BỘ TỈNH THANH HÓA", "## THỊ ỦY BỈM SƠN", "\\*", "**Số 12-CTr/TU**"],
  ["### ĐẢNG CỘNG SẢN VIỆT NAM", "*Bỉm Sơn, ngày 08 tháng 7 năm 2022*"]) + f"""# CHƯƠNG TRÌNH HÀNH ĐỘNG

**của Ban Thường vụ Thị ủy thực hiện Nghị quyết số 06-NQ/TW ngày 24/01/2022 của Bộ Chính trị về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045**

Thực hiện {NQ06}, Ban Thường vụ Thị ủy ban hành Chương trình hành động như sau:

## I. MỤC TIÊU

Nâng cao chất lượng đô thị, gắn với thực hiện {BS05} về xây dựng, phát triển thị xã Bỉm Sơn trở thành thành phố trực thuộc tỉnh.

## II. NHIỆM VỤ CỤ THỂ

| TT | Nội dung | Cơ quan chủ trì | Thời gian |
|---|---|---|---|
| 1 | Xây dựng Đề án nâng cao chất lượng đô thị thị xã Bỉm Sơn giai đoạn 2023 - 2030 | Ủy ban nhân dân thị xã | Năm 2023 |
| 2 | Ban hành Quy định về tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân | Ban Thường vụ Thị ủy | Quý II/2023 |
| 3 | Kiểm tra, giám sát việc thực hiện Chương trình | Ủy ban Kiểm tra Thị ủy | Thường xuyên |

## III. TỔ CHỨC THỰC HIỆN

Ban Tuyên giáo Thị ủy ban hành hướng dẫn thực hiện Chương trình này. Các chi bộ, đảng bộ trực thuộc căn cứ Chương trình hành động, tổ chức thực hiện.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
""")

# 15-HD/BTGTU of the Ban Tuyên giáo Thị ủy (08/7/2022), the same day, cites 12-CTr/TU dated (trap: same day, no temporal); meets the HD obligation above
w("tu_bs_hd15_2022.txt", p_hdr("THỊ ỦY BỈM SƠN", "BAN TUYÊN GIÁO", "15-HD/BTGTU", "Bỉm Sơn, ngày 08 tháng 7 năm 2022", """HƯỚNG DẪN
thực hiện Chương trình hành động số 12-CTr/TU ngày 08/7/2022 của Ban Thường vụ Thị ủy
-----
""", """Để thực hiện Chương trình hành động số 12-CTr/TU ngày 08/7/2022 của Ban Thường vụ Thị ủy thực hiện Nghị quyết số 06-NQ/TW ngày 24/01/2022 của Bộ Chính trị, Ban Tuyên giáo Thị ủy hướng dẫn như sau:
1. Các chi bộ, đảng bộ trực thuộc tổ chức quán triệt Chương trình trước ngày 30/8/2022.
2. Báo cáo kết quả thực hiện định kỳ 6 tháng, hằng năm.
\t\t\t\t\tK/T TRƯỞNG BAN
\t\t\t\t\tPHÓ TRƯỞNG BAN"""))

# UBND thị xã 92/KH-UBND (08/7/2022), the same day as 12-CTr/TU, naming it without its number (trap)
w("ubtx_bs_kh92_2022.txt", ubtx("92/KH-UBND", "Bỉm Sơn, ngày 08 tháng 7 năm 2022", """KẾ HOẠCH
Thực hiện Nghị quyết số 06-NQ/TW của Bộ Chính trị trên địa bàn thị xã Bỉm Sơn
""", f"""Thực hiện {NQ06}; {NQ148}; Chương trình hành động của Ban Thường vụ Thị ủy thực hiện Nghị quyết số 06-NQ/TW, Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Phòng Quản lý đô thị rà soát các đồ án quy hoạch chi tiết; thực hiện thường xuyên.
2. Các phòng, ban, đơn vị báo cáo kết quả thực hiện hằng năm.

II. TỔ CHỨC THỰC HIỆN
Giao Phòng Quản lý đô thị theo dõi, tổng hợp, báo cáo Ủy ban nhân dân thị xã.
"""))

# 30-TB/TU (14/02/2023): notice of conclusions; `04 nhiệm vụ sau:` then 3 (count-mismatch, planted)
w("tu_bs_tb30_2023.txt", p_hdr(TU_BS[0], TU_BS[1], "30-TB/TU", "Bỉm Sơn, ngày 14 tháng 02 năm 2023", """THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ THỊ ỦY
về tình hình thực hiện Chương trình hành động số 12-CTr/TU
-----
""", """Ngày 10/02/2023, Ban Thường vụ Thị ủy nghe Ủy ban nhân dân thị xã báo cáo tình hình thực hiện Chương trình hành động số 12-CTr/TU ngày 08/7/2022 của Ban Thường vụ Thị ủy. Sau khi thảo luận, Ban Thường vụ Thị ủy kết luận:

Năm 2023, Ủy ban nhân dân thị xã tập trung thực hiện tốt 04 nhiệm vụ sau:
1. Hoàn thành Đề án nâng cao chất lượng đô thị thị xã Bỉm Sơn giai đoạn 2023 - 2030.
2. Đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm.
3. Tăng cường quản lý trật tự xây dựng, trật tự đô thị.

Văn phòng Thị ủy theo dõi, đôn đốc việc thực hiện Thông báo này.
""" + SIGN_TU_PBT))

# UBND thị xã 35/KH-UBND (02/02/2023), CRLF: cites 30-TB/TU of 14/02/2023 — twelve days later (temporal, planted)
w("ubtx_bs_kh35_2023.txt", ubtx("35/KH-UBND", "Bỉm Sơn, ngày 02 tháng 02 năm 2023", """KẾ HOẠCH
Tăng cường quản lý trật tự xây dựng, trật tự đô thị năm 2023
""", """Thực hiện Thông báo số 30-TB/TU ngày 14/02/2023 của Ban Thường vụ Thị ủy Bỉm Sơn kết luận về tình hình thực hiện Chương trình hành động số 12-CTr/TU, Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Ủy ban nhân dân các phường, xã kiểm tra trật tự xây dựng hằng tháng.
2. Đội Kiểm tra quy tắc đô thị ra quân xử lý lấn chiếm vỉa hè; thực hiện thường xuyên.

II. TỔ CHỨC THỰC HIỆN
Phòng Quản lý đô thị tổng hợp, báo cáo Ủy ban nhân dân thị xã trước ngày 25 hằng tháng.
"""), crlf=True)

# 17-QĐ/TU (12/4/2023), portal page with chrome, header run onto one line: replaces 08-QĐ/TU (external) and meets
# row 2 of 12-CTr/TU.
w("tu_bs_qd17_2023.html", cong_tt_chrome("Quy định số 17-QĐ/TU của Ban Thường vụ Thị ủy",
  "ĐẢNG BỘ TỈNH THANH HÓA THỊ ỦY BỈM SƠN * Số 17-QĐ/TU ĐẢNG CỘNG SẢN VIỆT NAM Bỉm Sơn, ngày 12 tháng 4 năm 2023",
  """QUY ĐỊNH
về tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ thị xã khóa XI, nhiệm kỳ 2020 - 2025;
- Thực hiện Chương trình hành động số 12-CTr/TU ngày 08/7/2022 của Ban Thường vụ Thị ủy,
Ban Thường vụ Thị ủy ban hành Quy định về tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân như sau:
Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng
Quy định này quy định việc tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền các cấp trên địa bàn thị xã với Nhân dân.
Điều 2. Hình thức tiếp xúc, đối thoại
Định kỳ 6 tháng một lần; đột xuất khi có vụ việc phức tạp.
Điều 3. Hiệu lực thi hành
Quy định này có hiệu lực từ ngày ký và thay thế Quy định số 08-QĐ/TU ngày 20/3/2020 của Ban Thường vụ Thị ủy về tiếp công dân của người đứng đầu cấp ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

# 21-QĐ/TU (15/3/2024), a rule on a near subject, also claims to replace 08-QĐ/TU (inverse-inconsistency, planted)
w("tu_bs_qd21_2024.txt", p_hdr(TU_BS[0], TU_BS[1], "21-QĐ/TU", "Bỉm Sơn, ngày 15 tháng 3 năm 2024", """QUY ĐỊNH
về chế độ tiếp công dân định kỳ của Bí thư cấp ủy các cấp trên địa bàn thị xã
-----
""", """- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số 17-QĐ/TU ngày 12/4/2023 của Ban Thường vụ Thị ủy về tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân,
Ban Thường vụ Thị ủy quy định như sau:
Điều 1. Bí thư cấp ủy các cấp tiếp công dân định kỳ ít nhất 01 ngày trong tháng.
Điều 2. Văn phòng cấp ủy bố trí địa điểm, ghi sổ tiếp công dân.
Điều 3. Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 08-QĐ/TU ngày 20/3/2020 của Ban Thường vụ Thị ủy.
""" + SIGN_TU))

# 52-KH/TU (10/5/2024), pdftotext -layout; a task table whose rows wrap (id broken at its hyphen) and that a page break cuts.
# Căn cứ 08-QĐ/TU (superseded, planted); row 1 amends 17-QĐ/TU by Quý IV/2024 (overdue, planted); others recurring.
KH52 = p_hdr_cols(TU_BS[0], TU_BS[1], "52-KH/TU", "Bỉm Sơn, ngày 10 tháng 5 năm 2024", """                        KẾ HOẠCH
   nâng cao hiệu quả công tác dân vận, tiếp công dân năm 2024 - 2025
                          -----
""", f"""- Căn cứ Quy định số 08-QĐ/TU ngày 20/3/2020 của Ban Thường vụ Thị ủy về tiếp công dân của người đứng đầu cấp ủy;
- Thực hiện Nghị quyết số 05-NQ/TU ngày 20/9/2021 của Ban Chấp hành Đảng bộ thị xã khóa XI,
Ban Thường vụ Thị ủy ban hành Kế hoạch như sau:

I. NHIỆM VỤ CỤ THỂ
 TT   Nội dung công việc                          Đơn vị chủ trì          Thời gian
 1    Tham mưu sửa đổi, bổ sung Quy định số 17-   Văn phòng Thị ủy        Quý IV/2024
      QĐ/TU ngày 12/4/2023 của Ban Thường vụ
      Thị ủy cho phù hợp với Quy định số 21-
      QĐ/TU ngày 15/3/2024
 2    Tổ chức đối thoại giữa Bí thư Thị ủy với    Ban Dân vận Thị ủy      Hằng năm
      Nhân dân""")
KH52_2 = """ TT   Nội dung công việc                          Đơn vị chủ trì          Thời gian
      Nhân dân các phường, xã
 3    Sơ kết việc thực hiện Kế hoạch              Văn phòng Thị ủy        Quý I/2026 và
                                                                          thường xuyên

II. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ trực thuộc căn cứ Kế hoạch này tổ chức thực hiện.
""" + SIGN_TU_PBT
w("tu_bs_kh52_2024.txt", pdf_layout(KH52, cut_at=10 ** 6) + "\n\n" + " " * 40 + "1\n\f\n" + pdf_layout(KH52_2, footer=False, cut_at=10 ** 6) + "\n\n" + " " * 40 + "2\n")

# 45-BC/TU (15/5/2025): sơ kết of 05-NQ/TU of the Thị ủy. Narrates what other documents did (passives with a part between
# verb and agent, `X thay thế Y, sau đó được …`, an aside, `hết hiệu lực kể từ ngày Y có hiệu lực`); proposes (only) a new
# rule replacing 17-QĐ/TU. Traps.
w("tu_bs_bc45_2025.txt", p_hdr(TU_BS[0], TU_BS[1], "45-BC/TU", "Bỉm Sơn, ngày 15 tháng 5 năm 2025", """BÁO CÁO
sơ kết 03 năm thực hiện Nghị quyết số 05-NQ/TU ngày 20/9/2021 của Ban Chấp hành Đảng bộ thị xã
về xây dựng, phát triển thị xã Bỉm Sơn trở thành thành phố trực thuộc tỉnh
-----
""", """I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ngay sau khi Nghị quyết được ban hành, Ủy ban nhân dân thị xã đã ban hành Kế hoạch số 120/KH-UBND ngày 15/10/2021 để thực hiện. Kế hoạch số 120/KH-UBND, căn cứ ban hành Quyết định số 1195/QĐ-UBND ngày 20/10/2022 của Ủy ban nhân dân thị xã, đã được các phòng, ban triển khai đồng bộ.
Quy chế quản lý kiến trúc đô thị ban hành kèm theo Quyết định số 1195/QĐ-UBND đã được sửa đổi, bổ sung Điều 5 bằng Quyết định số 2468/QĐ-UBND ngày 12/8/2024 của Ủy ban nhân dân thị xã.
Quyết định số 1840/QĐ-UBND ngày 06/6/2024 thay thế Quyết định số 845/QĐ-UBND ngày 12/5/2022 về Quy chế quản lý, khai thác chợ, sau đó được Ủy ban nhân dân thị xã hướng dẫn thực hiện tại các chợ trên địa bàn.
Quyết định số 1520/QĐ-UBND ngày 18/6/2020 hết hiệu lực kể từ ngày Quyết định số 905/QĐ-UBND ngày 20/4/2023 có hiệu lực.
Ban Thường vụ Thị ủy đã ban hành Quy định số 17-QĐ/TU ngày 12/4/2023 thay thế Quy định số 08-QĐ/TU ngày 20/3/2020.

II. KẾT QUẢ ĐẠT ĐƯỢC
Đề án nâng cao chất lượng đô thị thị xã Bỉm Sơn giai đoạn 2023 - 2030 được phê duyệt tại Quyết định số 3015/QĐ-UBND ngày 15/11/2023. Đề án chỉnh trang đô thị khu vực trung tâm được gia hạn thời gian hoàn thành tại Quyết định số 1702/QĐ-UBND ngày 18/4/2025.

III. HẠN CHẾ
Đề án phát triển hạ tầng thương mại chưa được xây dựng.

IV. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị cấp có thẩm quyền nghiên cứu, ban hành quy định mới thay thế Quy định số 17-QĐ/TU ngày 12/4/2023 cho phù hợp với mô hình chính quyền địa phương hai cấp.
Văn phòng Thị ủy tiếp tục tổng hợp, báo cáo kết quả thực hiện Nghị quyết hằng năm.
""" + SIGN_TU))

# ====================================================================== UBND thị xã Bỉm Sơn
# 120/KH-UBND (15/10/2021) carries out 05-NQ/TU of the Thị ủy (meets its obligation 1). Row 1 (Quy chế, Năm 2022) met by
# 1195/QĐ-UBND; row 2 (Đề án hạ tầng thương mại, Năm 2023) unmet (overdue, planted; 2890/QĐ-UBND approves a tourism Đề án);
# row 3 (Đề án chỉnh trang, Năm 2024) extended to Quý II/2027 by 1702/QĐ-UBND (trap); row 4 recurring.
w("ubtx_bs_kh120_2021.txt", ubtx("120/KH-UBND", "Bỉm Sơn, ngày 15 tháng 10 năm 2021", """KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TU ngày 20/9/2021 của Ban Chấp hành Đảng bộ thị xã khóa XI
""", f"""Thực hiện {BS05} khóa XI về xây dựng, phát triển thị xã Bỉm Sơn trở thành thành phố trực thuộc tỉnh trước năm 2030; Kế hoạch số 98/KH-UBND ngày 05/5/2021 của Ủy ban nhân dân tỉnh Thanh Hóa, Ủy ban nhân dân thị xã ban hành Kế hoạch thực hiện như sau:

I. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tBan hành Quy chế quản lý kiến trúc đô thị thị xã Bỉm Sơn\tPhòng Quản lý đô thị\tNăm 2022
2\tXây dựng Đề án phát triển hạ tầng thương mại thị xã Bỉm Sơn đến năm 2030\tPhòng Kinh tế\tNăm 2023
3\tXây dựng Đề án chỉnh trang đô thị khu vực trung tâm thị xã\tPhòng Quản lý đô thị\tNăm 2024
4\tTổng hợp, báo cáo kết quả thực hiện Kế hoạch\tPhòng Tài chính - Kế hoạch\tHằng năm

II. TỔ CHỨC THỰC HIỆN
Các phòng, ban, Ủy ban nhân dân các phường, xã căn cứ Kế hoạch này tổ chức thực hiện.
"""))

# 64/KH-UBND of 2022 (20/4/2022): same number as the two of 2023, another year (trap: no duplicate)
w("ubtx_bs_kh64_2022.txt", ubtx("64/KH-UBND", "Bỉm Sơn, ngày 20 tháng 4 năm 2022", """KẾ HOẠCH
Trồng cây xanh đô thị năm 2022
""", """Thực hiện Kế hoạch số 120/KH-UBND ngày 15/10/2021 của Ủy ban nhân dân thị xã, Ủy ban nhân dân thị xã ban hành Kế hoạch trồng cây xanh đô thị năm 2022 với 03 nhiệm vụ sau:
1. Trồng mới 500 cây xanh trên các tuyến phố.
2. Trồng thay thế các cây bị gãy đổ sau mưa bão.
3. Chăm sóc, bảo vệ cây xanh hiện có.
Giao Phòng Quản lý đô thị chủ trì, báo cáo kết quả hằng quý.
"""))

# 845/QĐ-UBND (12/5/2022): Quy chế quản lý, khai thác chợ; replaced by 1840/QĐ-UBND of 2024
w("ubtx_bs_qd845_2022.txt", ubtx("845/QĐ-UBND", "Bỉm Sơn, ngày 12 tháng 5 năm 2022", """QUYẾT ĐỊNH
Ban hành Quy chế quản lý, khai thác chợ trên địa bàn thị xã Bỉm Sơn
CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN
""", f"""Căn cứ {L77};
Xét đề nghị của Trưởng phòng Kinh tế.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, khai thác chợ trên địa bàn thị xã Bỉm Sơn.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Kinh tế, Chủ tịch UBND các phường, xã chịu trách nhiệm thi hành Quyết định này.
""", sign=SIGN_CT))

# 101/KH-UBND (05/8/2022), OCR-like: cites 12-CTr/TU with a wrong date, 18/7/2022 (metadata-conflict, planted)
w("ubtx_bs_kh101_2022.txt", ocr(ubtx("101/KH-UBND", "Bỉm Sơn, ngày 05 tháng 8 năm 2022", """KẾ HOẠCH
Tuyên truyền về phát triển bền vững đô thị năm 2022
""", """Thực hiện Chương trình hành động số 12-CTr/TU ngày 18/7/2022 của Ban Thường vụ Thị ủy Bỉm Sơn thực hiện Nghị quyết số 06-NQ/TW của Bộ Chính trị, Ủy ban nhân dân thị xã ban hành Kế hoạch tuyên truyền như sau:
1. Trung tâm Văn hóa, Thông tin và Thể thao thị xã mở chuyên mục trên Đài Truyền thanh; thực hiện thường xuyên.
2. Ủy ban nhân dân các phường, xã treo băng rôn, khẩu hiệu tuyên truyền.
Giao Phòng Văn hóa và Thông tin theo dõi, báo cáo.
"""), [("Tuyên truyền về", "Tuyên truyên vê"), ("phát triển bền vững", "phat triên bên vững"), ("Ban Thường vụ Thị ủy", "Ban Thưòng vụ Thi ủy"),
       ("Trung tâm Văn hóa", "Trung tâm Văn hoa"), ("băng rôn", "bǎng rôn")]))

# 1195/QĐ-UBND (20/10/2022), NFD: ban hành Quy chế quản lý kiến trúc đô thị (meets row 1 of 120/KH-UBND)
w("ubtx_bs_qd1195_2022.txt", ubtx("1195/QĐ-UBND", "Bỉm Sơn, ngày 20 tháng 10 năm 2022", """QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý kiến trúc đô thị thị xã Bỉm Sơn
ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN
""", f"""Căn cứ {L77};
Căn cứ Kế hoạch số 120/KH-UBND ngày 15/10/2021 của Ủy ban nhân dân thị xã thực hiện Nghị quyết số 05-NQ/TU ngày 20/9/2021 của Ban Chấp hành Đảng bộ thị xã;
Theo đề nghị của Trưởng phòng Quản lý đô thị.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kiến trúc đô thị thị xã Bỉm Sơn.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Quản lý đô thị, Chủ tịch UBND các phường, xã chịu trách nhiệm thi hành Quyết định này.
""", sign=SIGN_UB_CT), nfd=True)

# 64/KH-UBND (a) (10/3/2023): row 1 announces a Quy chế phối hợp, Quý III/2023; 1702/QĐ-UBND only extends it to 30/6/2026,
# and nothing issues it (overdue, planted). Duplicate number with 64/KH-UBND (b) of 22/9/2023 (planted).
w("ubtx_bs_kh64_2023a.txt", ubtx("64/KH-UBND", "Bỉm Sơn, ngày 10 tháng 3 năm 2023", """KẾ HOẠCH
Quản lý trật tự xây dựng trên địa bàn thị xã năm 2023
""", """Thực hiện Kế hoạch số 35/KH-UBND ngày 02/02/2023 của Ủy ban nhân dân thị xã về tăng cường quản lý trật tự xây dựng, trật tự đô thị năm 2023, Ủy ban nhân dân thị xã ban hành Kế hoạch với 03 nhiệm vụ sau:
1. Ban hành Quy chế phối hợp quản lý trật tự xây dựng giữa các phòng, ban và Ủy ban nhân dân các phường, xã; Phòng Quản lý đô thị chủ trì; hoàn thành trong Quý III/2023.
2. Kiểm tra, xử lý vi phạm trật tự xây dựng; thực hiện thường xuyên.
3. Báo cáo kết quả thực hiện hằng quý.
Giao Phòng Quản lý đô thị theo dõi, tổng hợp.
"""))

# 905/QĐ-UBND (20/4/2023): bãi bỏ 1520/QĐ-UBND (external)
w("ubtx_bs_qd905_2023.txt", ubtx("905/QĐ-UBND", "Bỉm Sơn, ngày 20 tháng 4 năm 2023", """QUYẾT ĐỊNH
Về việc bãi bỏ Quyết định số 1520/QĐ-UBND ngày 18/6/2020 của Ủy ban nhân dân thị xã
ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN
""", f"""Căn cứ {L77};
Xét đề nghị của Trưởng phòng Tư pháp.
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ Quyết định số 1520/QĐ-UBND ngày 18/6/2020 của Ủy ban nhân dân thị xã ban hành Quy chế phối hợp trong công tác quản lý trật tự xây dựng trên địa bàn thị xã Bỉm Sơn.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Tư pháp, Trưởng phòng Quản lý đô thị chịu trách nhiệm thi hành Quyết định này.
""", sign=SIGN_UB_CT))

# 64/KH-UBND (b) (22/9/2023), Markdown with a table header: Căn cứ the repealed 1520/QĐ-UBND (superseded, planted)
w("ubtx_bs_kh64_2023b.md", md_tbl_hdr(["**ỦY BAN NHÂN DÂN**", "**THỊ XÃ BỈM SƠN**", "-------", "Số: 64/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Bỉm Sơn, ngày 22 tháng 9 năm 2023*"]) + """
**KẾ HOẠCH**

**Ra quân lập lại trật tự đô thị các tuyến phố chính quý IV năm 2023**

Căn cứ Quyết định số 1520/QĐ-UBND ngày 18/6/2020 của Ủy ban nhân dân thị xã ban hành Quy chế phối hợp trong công tác quản lý trật tự xây dựng trên địa bàn thị xã Bỉm Sơn;

Thực hiện Kế hoạch số 35/KH-UBND ngày 02/02/2023 của Ủy ban nhân dân thị xã, Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:

1. Đội Kiểm tra quy tắc đô thị ra quân trên các tuyến Trần Phú, Nguyễn Huệ từ ngày 01/10/2023 đến hết ngày 31/12/2023.
2. Ủy ban nhân dân các phường báo cáo kết quả hằng tháng.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
""")

# 2890/QĐ-UBND (10/10/2023): approves a tourism Đề án (near subject; does not meet the commerce Đề án of 120/KH-UBND)
w("ubtx_bs_qd2890_2023.txt", ubtx("2890/QĐ-UBND", "Bỉm Sơn, ngày 10 tháng 10 năm 2023", """QUYẾT ĐỊNH
Phê duyệt Đề án phát triển du lịch thị xã Bỉm Sơn đến năm 2030
ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN
""", f"""Căn cứ {L77};
Căn cứ Kế hoạch số 120/KH-UBND ngày 15/10/2021 của Ủy ban nhân dân thị xã;
Theo đề nghị của Trưởng phòng Văn hóa và Thông tin.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển du lịch thị xã Bỉm Sơn đến năm 2030 (kèm theo Đề án chi tiết).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", sign=SIGN_UB_CT))

# 3015/QĐ-UBND (15/11/2023), layout: phê duyệt Đề án nâng cao chất lượng đô thị (meets row 1 of 12-CTr/TU)
w("ubtx_bs_qd3015_2023.txt", pdf_layout(ubtx("3015/QĐ-UBND", "Bỉm Sơn, ngày 15 tháng 11 năm 2023", """                         QUYẾT ĐỊNH
    Về việc phê duyệt Đề án nâng cao chất lượng đô thị thị xã Bỉm Sơn
                     giai đoạn 2023 - 2030
               ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN
""", f"""Căn cứ {L77};
Thực hiện Chương trình hành động số 12-CTr/TU ngày 08/7/2022 của Ban Thường vụ Thị ủy; Thông báo số
30-TB/TU ngày 14/02/2023 của Ban Thường vụ Thị ủy;
Theo đề nghị của Trưởng phòng Quản lý đô thị.
                           QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án nâng cao chất lượng đô thị thị xã Bỉm Sơn giai đoạn 2023 - 2030 với các nội dung chủ
yếu sau: mục tiêu, nhiệm vụ, giải pháp và kinh phí thực hiện (chi tiết tại Đề án kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng các phòng, ban chịu trách nhiệm thi hành Quyết định này.
""", sign=SIGN_UB_CT, cols=True)))

# 1840/QĐ-UBND (06/6/2024), Word-exported HTML: replaces 845/QĐ-UBND
w("ubtx_bs_qd1840_2024.html", word_html("Quyết định số 1840/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "THỊ XÃ BỈM SƠN", "-------", "Số: 1840/QĐ-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Bỉm Sơn, ngày 06 tháng 6 năm 2024"], f"""QUYẾT ĐỊNH
Ban hành Quy chế quản lý, khai thác chợ trên địa bàn thị xã Bỉm Sơn
ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN
Căn cứ {L77};
Theo đề nghị của Trưởng phòng Kinh tế.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, khai thác chợ trên địa bàn thị xã Bỉm Sơn.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 845/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân thị xã ban hành Quy chế quản lý, khai thác chợ trên địa bàn thị xã Bỉm Sơn.
Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Kinh tế, Chủ tịch UBND các phường, xã, Ban quản lý các chợ chịu trách nhiệm thi hành Quyết định này.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# 2468/QĐ-UBND (12/8/2024), .docx: amends Điều 5 of the Quy chế of 1195/QĐ-UBND (amended stays in force: trap)
mk_docx("ubtx_bs_qd2468_2024.docx", [
  "QUYẾT ĐỊNH",
  "Sửa đổi, bổ sung Điều 5 Quy chế quản lý kiến trúc đô thị thị xã Bỉm Sơn ban hành kèm theo Quyết định số 1195/QĐ-UBND ngày 20/10/2022 của Ủy ban nhân dân thị xã",
  "ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN",
  f"Căn cứ {L77};",
  "Theo đề nghị của Trưởng phòng Quản lý đô thị.",
  "QUYẾT ĐỊNH:",
  ["Điều 1. Sửa đổi, bổ sung Điều 5 Quy chế quản lý kiến trúc đô thị thị xã Bỉm Sơn ban hành kèm theo Quyết định số 11", "95/QĐ-UBND ngày 20/10/2022 như sau: “Điều 5. Quản lý kiến trúc nhà ở riêng lẻ trên các tuyến phố chính”."],
  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các nội dung khác của Quy chế giữ nguyên.",
  "Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Quản lý đô thị, Chủ tịch UBND các phường, xã chịu trách nhiệm thi hành Quyết định này.",
  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"],
  header_table=(["ỦY BAN NHÂN DÂN", "THỊ XÃ BỈM SƠN", "-------", "Số: 2468/QĐ-UBND"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Bỉm Sơn, ngày 12 tháng 8 năm 2024"]))

# 3120/UBND-KT (05/11/2024), a letter with V/v under the number: quotes a draft's title containing `sửa đổi, bổ sung` (trap)
w("ubtx_bs_cv3120_2024.txt", """ỦY BAN NHÂN DÂN
THỊ XÃ BỈM SƠN
-------
Số: 3120/UBND-KT
V/v góp ý dự thảo Quyết định sửa đổi, bổ sung
một số điều của Quy chế ban hành kèm theo
Quyết định số 1840/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Bỉm Sơn, ngày 05 tháng 11 năm 2024

Kính gửi:
- Các phòng, ban, đơn vị thuộc UBND thị xã;
- Ủy ban nhân dân các phường, xã.

Phòng Kinh tế đã dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quy chế quản lý, khai thác chợ trên địa bàn thị xã Bỉm Sơn ban hành kèm theo Quyết định số 1840/QĐ-UBND ngày 06/6/2024 của Ủy ban nhân dân thị xã”. Chủ tịch Ủy ban nhân dân thị xã đề nghị các cơ quan, đơn vị nghiên cứu, góp ý bằng văn bản, gửi về Phòng Kinh tế trước ngày 20/11/2024.
""" + SIGN_VP)

# 12/KH-UBND of the thị xã (20/01/2025): sắp xếp ĐVHC; cites 1840 with a wrong date 20/6/2024 (metadata-conflict, planted);
# `thay thế` of trees next to 1195; `điều chỉnh` of capital that revises no document (traps). Same number as the 12/KH-UBND
# of UBND phường Bỉm Sơn of 15/8/2025 (trap).
w("ubtx_bs_kh12_2025.txt", ubtx("12/KH-UBND", "Bỉm Sơn, ngày 20 tháng 01 năm 2025", """KẾ HOẠCH
Chỉnh trang đô thị, chuẩn bị sắp xếp đơn vị hành chính năm 2025
""", """Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII; Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã; Quyết định số 1840/QĐ-UBND ngày 20/6/2024 của Ủy ban nhân dân thị xã ban hành Quy chế quản lý, khai thác chợ, Ủy ban nhân dân thị xã ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Trồng thay thế cây xanh trên các tuyến phố theo Quy chế quản lý kiến trúc đô thị ban hành kèm theo Quyết định số 1195/QĐ-UBND ngày 20/10/2022 của Ủy ban nhân dân thị xã.
2. Điều chỉnh kế hoạch vốn đầu tư công năm 2025 để bố trí cho các công trình chỉnh trang theo Kế hoạch số 120/KH-UBND ngày 15/10/2021; điều chỉnh, bổ sung danh mục công trình cho phù hợp.
3. Rà soát hồ sơ, tài liệu phục vụ sắp xếp đơn vị hành chính; hoàn thành trước ngày 30/6/2025.

II. TỔ CHỨC THỰC HIỆN
Giao Phòng Tài chính - Kế hoạch chủ trì, báo cáo kết quả.
"""))

# 1702/QĐ-UBND (18/4/2025): only extends deadlines: the Đề án chỉnh trang (120/KH-UBND row 3) to Quý II/2027 (trap: not
# overdue) and the Quy chế phối hợp (64/KH-UBND (a) row 1) to 30/6/2026 (still nothing: overdue, planted)
w("ubtx_bs_qd1702_2025.txt", ubtx("1702/QĐ-UBND", "Bỉm Sơn, ngày 18 tháng 4 năm 2025", """QUYẾT ĐỊNH
Về việc gia hạn thời gian thực hiện một số nhiệm vụ
ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN
""", f"""Căn cứ {L77};
Xét đề nghị của Trưởng phòng Quản lý đô thị.
QUYẾT ĐỊNH:
Điều 1. Gia hạn thời gian thực hiện các nhiệm vụ sau:
1. Nhiệm vụ xây dựng Đề án chỉnh trang đô thị khu vực trung tâm thị xã tại Kế hoạch số 120/KH-UBND ngày 15/10/2021 của Ủy ban nhân dân thị xã: thời gian hoàn thành đến Quý II/2027.
2. Nhiệm vụ ban hành Quy chế phối hợp quản lý trật tự xây dựng tại Kế hoạch số 64/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân thị xã: thời gian hoàn thành đến ngày 30/6/2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", sign=SIGN_UB_CT))

# ====================================================================== the wards, after 1/7/2025
# Đảng ủy phường Quang Trung 03-NQ/ĐU and UBND phường Quang Trung 21/KH-UBND, both 10/9/2025: each rests on the other (cycle)
w("du_qt_nq03_2025.txt", p_hdr("ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY PHƯỜNG QUANG TRUNG", "03-NQ/ĐU", "Quang Trung, ngày 10 tháng 9 năm 2025", """NGHỊ QUYẾT
về phát triển đô thị phường Quang Trung giai đoạn 2025 - 2030
-----
""", f"""Căn cứ Kế hoạch số 21/KH-UBND ngày 10/9/2025 của Ủy ban nhân dân phường Quang Trung về phát triển đô thị giai đoạn 2025 - 2030;
Tiếp tục thực hiện {BS05} (cũ) về xây dựng, phát triển thị xã Bỉm Sơn trở thành thành phố trực thuộc tỉnh,
Ban Chấp hành Đảng bộ phường quyết nghị:
1. Phấn đấu đến năm 2030 phường Quang Trung đạt các tiêu chí phường thuộc đô thị loại II.
2. Đảng ủy phường lãnh đạo rà soát các quy chế, quy định của thị xã Bỉm Sơn (cũ) còn áp dụng trên địa bàn phường.
Nghị quyết này được phổ biến đến chi bộ.
""" + SIGN_DU_BCH))

w("ubp_qt_kh21_2025.md", md_tbl_hdr(["ỦY BAN NHÂN DÂN", "**PHƯỜNG QUANG TRUNG**", "-------", "Số: 21/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Quang Trung, ngày 10 tháng 9 năm 2025*"]) + f"""
## KẾ HOẠCH

**Phát triển đô thị phường Quang Trung giai đoạn 2025 - 2030**

Căn cứ {L72}; {NQ202}; {NQ1686};

Thực hiện Nghị quyết số 03-NQ/ĐU ngày 10/9/2025 của Ban Chấp hành Đảng bộ phường Quang Trung; tiếp tục thực hiện Kế hoạch số 120/KH-UBND ngày 15/10/2021 của Ủy ban nhân dân thị xã Bỉm Sơn (cũ), Ủy ban nhân dân phường ban hành Kế hoạch như sau:

Kết quả kế thừa: Ủy ban nhân dân thị xã Bỉm Sơn (cũ) đã ban hành Quyết định số 1840/QĐ-UBND ngày 06/6/2024 thay thế Quyết định số 845/QĐ-UBND ngày 12/5/2022 về Quy chế quản lý, khai thác chợ; đã sửa đổi, bổ sung Điều 5 Quy chế quản lý kiến trúc đô thị (ban hành kèm theo Quyết định số 1195/QĐ-UBND ngày 20/10/2022) bằng Quyết định số 2468/QĐ-UBND ngày 12/8/2024. Các quy chế này tiếp tục được áp dụng trên địa bàn phường.

1. Rà soát quy hoạch chi tiết các khu dân cư; hoàn thành trong Quý IV/2027.
2. Báo cáo kết quả thực hiện hằng năm.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
""")

# Đảng ủy phường Bỉm Sơn 02-CTr/ĐU (20/10/2025): `Nghị quyết số 05-NQ/TU` with no date and no issuer (ambiguous-id,
# planted: the Tỉnh ủy's and the former Thị ủy's are both on urban development); Thị ủy texts named by the former name (traps)
w("du_bs_ctr02_2025.txt", p_hdr("ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY PHƯỜNG BỈM SƠN", "02-CTr/ĐU", "Bỉm Sơn, ngày 20 tháng 10 năm 2025", """CHƯƠNG TRÌNH HÀNH ĐỘNG
về phát triển đô thị phường Bỉm Sơn đến năm 2030
-----
""", """Trên cơ sở Báo cáo số 45-BC/TU ngày 15/5/2025 của Ban Thường vụ Thị ủy Bỉm Sơn (trước đây), Ban Thường vụ Đảng ủy phường ban hành Chương trình hành động như sau:

I. QUAN ĐIỂM
Tiếp tục quán triệt, thực hiện Nghị quyết số 05-NQ/TU trong điều kiện vận hành chính quyền địa phương hai cấp.

II. NHIỆM VỤ
1. Ủy ban nhân dân phường kế thừa, tiếp tục thực hiện Kế hoạch số 52-KH/TU ngày 10/5/2024 của Ban Thường vụ Thị ủy Bỉm Sơn (cũ) về công tác dân vận; thực hiện thường xuyên.
2. Áp dụng Quy định số 17-QĐ/TU ngày 12/4/2023 của Ban Thường vụ Thị ủy Bỉm Sơn cho đến khi có quy định mới.

III. TỔ CHỨC THỰC HIỆN
Văn phòng Đảng ủy phường theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy phường hằng năm.
""" + SIGN_DU))

# UBND phường Bỉm Sơn 12/KH-UBND (15/8/2025): `03 nội dung trọng tâm sau:` then 4 (count-mismatch, planted); same number
# and year as the former thị xã's 12/KH-UBND, another body (trap)
w("ubp_bs_kh12_2025.txt", s_hdr("ỦY BAN NHÂN DÂN", "PHƯỜNG BỈM SƠN", "12/KH-UBND", "Bỉm Sơn, ngày 15 tháng 8 năm 2025", """KẾ HOẠCH
Ổn định tổ chức, vận hành chính quyền địa phương hai cấp tại phường Bỉm Sơn
""", f"""Căn cứ {L72};
Căn cứ {NQ1686};
Ủy ban nhân dân phường Bỉm Sơn ban hành Kế hoạch tập trung 03 nội dung trọng tâm sau:
1. Tiếp nhận hồ sơ, tài liệu của Ủy ban nhân dân thị xã Bỉm Sơn (cũ) và các phường Ba Đình, Lam Sơn, Đông Sơn (cũ).
2. Rà soát, kế thừa các kế hoạch của thị xã Bỉm Sơn (cũ), trong đó có Kế hoạch số 12/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân thị xã.
3. Bố trí bộ phận một cửa phường.
4. Niêm yết công khai địa chỉ trụ sở, số điện thoại đường dây nóng của phường.
""" + "\n" + SIGN_UB_CT))

# UBND phường Bỉm Sơn 09/KH-UBND (12/3/2026), minified portal page: Căn cứ 845/QĐ-UBND of the former thị xã, replaced by
# 1840/QĐ-UBND since 06/6/2024 (superseded, planted); also cites 1195 (amended, in force) and 1840 dated right (traps)
w("ubp_bs_kh09_2026.html", cong_tt("Kế hoạch số 09/KH-UBND", ["ỦY BAN NHÂN DÂN", "PHƯỜNG BỈM SƠN", "-------", "Số: 09/KH-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Bỉm Sơn, ngày 12 tháng 3 năm 2026"], f"""KẾ HOẠCH
Quản lý chợ và trật tự đô thị trên địa bàn phường năm 2026
Căn cứ {L72};
Căn cứ Quyết định số 845/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân thị xã Bỉm Sơn (cũ) ban hành Quy chế quản lý, khai thác chợ trên địa bàn thị xã Bỉm Sơn;
Căn cứ Quyết định số 1195/QĐ-UBND ngày 20/10/2022 của Ủy ban nhân dân thị xã Bỉm Sơn (cũ) ban hành Quy chế quản lý kiến trúc đô thị, đã được sửa đổi, bổ sung tại Quyết định số 2468/QĐ-UBND ngày 12/8/2024;
Ủy ban nhân dân phường ban hành Kế hoạch như sau:
1. Ban quản lý chợ Bỉm Sơn sắp xếp lại các điểm kinh doanh; hoàn thành trong Quý II/2027.
2. Kiểm tra trật tự đô thị; thực hiện thường xuyên.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH""", minified=True))

print(len(os.listdir(OUT)), "files")
