#!/usr/bin/env python3
"""Red team round 25: the education line of the new tỉnh Gia Lai after the merger of Gia Lai and Bình Định (1/7/2025,
seat at Quy Nhơn), seen from both former sides and after the merger: the two former Tỉnh ủy (each a 05-NQ/TU of 2021),
UBND (each a 15/2020/QĐ-UBND) and Sở Giáo dục và Đào tạo (each a 120/KH-SGDĐT of 2023); the new Tỉnh ủy, Ban Tuyên
giáo và Dân vận, UBND tỉnh and Sở; Đảng ủy Sở of both sides; schools and their chi bộ; wards and communes after the
2025 reform; Tỉnh đoàn and Công đoàn ngành Giáo dục. Writes corpus/. Standard library only.
Header helpers copied from RedTeam24/gen.py (site names changed)."""
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
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Gia Lai"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Gia Lai. Địa chỉ: 01 Trần Phú, phường Quy Nhơn. Điện thoại: 0256.3822.144</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử phường Quy Nhơn Đông - Điện thoại: 0256.3846.215 - Fax: 0256.3846.216</div>\n</body></html>')


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_BCH = """\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_SGD = """\t\t\t\t\tGIÁM ĐỐC
\t\t\t\t\t(Đã ký)"""
SIGN_DU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_CB = """\t\t\t\t\tT/M CHI BỘ
\t\t\t\t\tBÍ THƯ"""
SIGN_HT = """\t\t\t\t\tHIỆU TRƯỞNG
\t\t\t\t\t(Đã ký)"""
SIGN_TD = """\t\t\t\t\tTM. BAN THƯỜNG VỤ TỈNH ĐOÀN
\t\t\t\t\tBÍ THƯ"""
SIGN_CD = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tCHỦ TỊCH"""

# =============================================================== former Gia Lai (Pleiku), before 1/7/2025
w("gl_tu_nq05_2021.txt", party("ĐẢNG BỘ TỈNH GIA LAI", "TỈNH ỦY", "05-NQ/TU", "Pleiku, ngày 15 tháng 6 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)
về phát triển giáo dục và đào tạo vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025, định hướng đến năm 2030
-----
Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về đổi mới căn bản, toàn diện giáo dục và đào tạo, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
I. MỤC TIÊU
Đến năm 2025, 100% xã có trường mầm non, tiểu học, trung học cơ sở đạt chuẩn về cơ sở vật chất.
II. TỔ CHỨC THỰC HIỆN
Ban cán sự đảng UBND tỉnh lãnh đạo Sở Giáo dục và Đào tạo xây dựng kế hoạch thực hiện Nghị quyết.
""" + SIGN_BCH))

w("gl_ubnd_qd15_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "15/2020/QĐ-UBND", "Gia Lai, ngày 10 tháng 4 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy định phân cấp quản lý nhà nước về giáo dục trên địa bàn tỉnh Gia Lai
ỦY BAN NHÂN DÂN TỈNH GIA LAI
Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;
Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý nhà nước về giáo dục trên địa bàn tỉnh Gia Lai.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 4 năm 2020.
""" + SIGN_UB))

# Gia Lai's 31/2022 (Markdown): repealed by the new province's 22/2025 (01/11/2025), then "replaced" by 04/2026
w("gl_ubnd_qd31_2022.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH GIA LAI**", "Số: 31/2022/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Gia Lai, ngày 15 tháng 9 năm 2022*"]) + """
**QUYẾT ĐỊNH**

**Quy định mức hỗ trợ đối với giáo viên dạy tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số trên địa bàn tỉnh**

**ỦY BAN NHÂN DÂN TỈNH GIA LAI**

*Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;*

**QUYẾT ĐỊNH:**

**Điều 1.** Mức hỗ trợ: 500.000 đồng/giáo viên/tháng.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2022.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
""")

# Gia Lai's 120/KH-SGDĐT of 2023 (pdftotext -layout); replaced by the new Sở's 35/KH-SGDĐT of 16/3/2026
w("gl_sgd_kh120_2023.txt", layout(state_cols("UBND TỈNH GIA LAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "120/KH-SGDĐT", "Gia Lai, ngày 20 tháng 02 năm 2023", """                                KẾ HOẠCH
        Nâng cao chất lượng dạy học tiếng Việt và phổ cập giáo dục vùng đồng bào
                          dân tộc thiểu số giai đoạn 2023 - 2025

Căn cứ Kế hoạch số 540/KH-UBND ngày 14/5/2021 của UBND tỉnh về tiếp tục biên soạn và tổ chức thực hiện
nội dung giáo dục địa phương; Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh ban hành Quy
định phân cấp quản lý nhà nước về giáo dục;
Thực hiện Nghị quyết số 05-NQ/TU ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh (khóa XVI), Sở Giáo dục
và Đào tạo xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng tỷ lệ trẻ 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1.
2. Duy trì kết quả phổ cập giáo dục tiểu học mức độ 3.
II. NHIỆM VỤ, GIẢI PHÁP
1. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chỉ đạo các trường tổ chức dạy tăng cường
tiếng Việt.
2. Các trường phổ thông dân tộc nội trú tổ chức bồi dưỡng học sinh.
""" + SIGN_SGD)))

# HĐND Gia Lai 08/2024/NQ-HĐND: an OCR'd scan (a few words with broken diacritics)
w("gl_hdnd_nq08_2024_scan.txt", """HỘI ĐỒNG NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   TỈNH GIA LAI                 Độc lập - Tự do - Hạnh phúc
  ---------                          ---------------
Số: 08/2024/NQ-HĐND          Gia Lai, ngày 10 tháng 7 năm 2024

              NGHỊ QUYÉT
Quy đinh mức hỗ trợ tiền ăn, tiền nhà ở cho học sinh bán trú
  trên địa bàn tỉnh Gia Lai

     HỘI ĐÒNG NHÂN DÂN TỈNH GIA LAI
     KHÓA XII, KỲ HỌP THỨ MƯỜI SÁU
Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;
Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của Chính phủ;
QUYẾT NGHỊ:
Điều 1. Mức hỗ trợ tiền ăn cho học sinh bán trú bằng 40% mức lương cơ sở/tháng.
Điều 2. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2024.
                                         CHỦ TỊCH
                                          (Đã ký)
""")

# =============================================================== former Bình Định (Quy Nhơn), before 1/7/2025
# the NFD file: Bình Định's 05-NQ/TU; its 15/2020 citation is dated (25/3/2020, not Gia Lai's 10/4/2020)
w("bd_tu_nq05_2021.txt", party("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "TỈNH ỦY", "05-NQ/TU", "Quy Nhơn, ngày 22 tháng 7 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XX)
về nâng cao chất lượng giáo dục phổ thông và phát triển nguồn nhân lực giai đoạn 2021 - 2025
-----
Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng (khóa XI); trên cơ sở Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh về quản lý dạy thêm, học thêm, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
1. Đến năm 2025, 95% trường trung học phổ thông đạt chuẩn quốc gia.
2. Đảng ủy Sở Giáo dục và Đào tạo xây dựng nghị quyết chuyên đề thực hiện Nghị quyết này.
""" + SIGN_BCH), nfd=True)

w("bd_ubnd_qd15_2020.html", portal("Quyết định 15/2020/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "Số: 15/2020/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bình Định, ngày 25 tháng 3 năm 2020"], """QUYẾT ĐỊNH
Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh Bình Định
ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về dạy thêm, học thêm trên địa bàn tỉnh Bình Định.
Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 4 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", site="tỉnh Bình Định"))

# Bình Định's 120/KH-SGDĐT of 2023, with CRLF line ends: stays in force (nothing replaces it)
w("bd_sgd_kh120_2023.txt", state("UBND TỈNH BÌNH ĐỊNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "120/KH-SGDĐT", "Bình Định, ngày 06 tháng 3 năm 2023", """KẾ HOẠCH
Bồi dưỡng học sinh giỏi và phát triển trường trung học phổ thông chuyên giai đoạn 2023 - 2027
Thực hiện Nghị quyết số 05-NQ/TU ngày 22/7/2021 của Ban Chấp hành Đảng bộ tỉnh về nâng cao chất lượng giáo dục phổ thông; căn cứ Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:
1. Trường THPT chuyên Lê Quý Đôn là nòng cốt bồi dưỡng đội tuyển học sinh giỏi quốc gia.
2. Các trường THPT xây dựng kế hoạch bồi dưỡng học sinh giỏi hằng năm.
""" + SIGN_SGD), crlf=True)

# the former Bình Định Đảng ủy Sở (under the Đảng bộ Khối các cơ quan tỉnh), term 2020-2025
w("bd_du_sgd_nq03_2021.txt", party("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH BÌNH ĐỊNH", "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO", "03-NQ/ĐU", "Quy Nhơn, ngày 20 tháng 9 năm 2021", """NGHỊ QUYẾT
về lãnh đạo thực hiện Nghị quyết số 05-NQ/TU ngày 22/7/2021 của Tỉnh ủy Bình Định
-----
Thực hiện Nghị quyết số 05-NQ/TU, ngày 22/7/2021 của Ban Chấp hành Đảng bộ tỉnh Bình Định, Ban Chấp hành Đảng bộ Sở quyết nghị: mỗi trường THPT có ít nhất 01 đội tuyển học sinh giỏi quốc gia.
""" + SIGN_DU))

# =============================================================== the new tỉnh Gia Lai (from 1/7/2025): Tỉnh ủy
# 15-KH/TU: obligations (4 fulfilled, Hội Khuyến học unmet) and a prose task to amend Gia Lai's 15/2020 by 30/6/2026
w("tu_kh15_2025.txt", party("ĐẢNG BỘ TỈNH GIA LAI", "TỈNH ỦY", "15-KH/TU", "Gia Lai, ngày 10 tháng 10 năm 2025", """KẾ HOẠCH
thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo
-----
Thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị và Kết luận số 91-KL/TW, ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW; tiếp tục thực hiện Nghị quyết số 05-NQ/TU, ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh Gia Lai (khóa XVI) và Nghị quyết số 05-NQ/TU, ngày 22/7/2021 của Ban Chấp hành Đảng bộ tỉnh Bình Định (khóa XX), Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Thống nhất hệ thống văn bản quản lý giáo dục của hai địa phương trước sắp xếp.
II. NHIỆM VỤ
Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh sửa đổi, bổ sung Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Gia Lai (trước sắp xếp) về phân cấp quản lý nhà nước về giáo dục cho phù hợp mô hình chính quyền địa phương hai cấp, hoàn thành trước ngày 30/6/2026.
III. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Sở Giáo dục và Đào tạo xây dựng kế hoạch thực hiện Kế hoạch này.
2. Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng kế hoạch tuyên truyền Nghị quyết số 71-NQ/TW.
3. Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch thực hiện trong đoàn viên, thanh niên.
4. Công đoàn ngành Giáo dục tỉnh xây dựng kế hoạch vận động đoàn viên công đoàn thực hiện.
5. Hội Khuyến học tỉnh xây dựng chương trình xây dựng xã hội học tập giai đoạn 2025 - 2030.
""" + SIGN_TU))

# the new Tỉnh ủy's own 05-NQ/TU (khóa I, 2025-2030), pdftotext -layout
w("tu_nq05_2026.txt", layout(party_cols("ĐẢNG BỘ TỈNH GIA LAI", "TỈNH ỦY", "05-NQ/TU", "Gia Lai, ngày 20 tháng 01 năm 2026", """                              NGHỊ QUYẾT
              CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA I)
        về xây dựng xã hội học tập và phát triển nguồn nhân lực chất lượng cao
                        giai đoạn 2026 - 2030
                                  -----
Thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị; Nghị quyết Đại hội đại biểu Đảng bộ tỉnh
lần thứ I, nhiệm kỳ 2025 - 2030, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
I. MỤC TIÊU
Đến năm 2030, 100% trường phổ thông nội trú liên cấp vùng biên giới đi vào hoạt động.
II. TỔ CHỨC THỰC HIỆN
Các cấp ủy, tổ chức đảng xây dựng chương trình, kế hoạch thực hiện Nghị quyết.
""" + SIGN_BCH)))

# Ban Tuyên giáo và Dân vận Tỉnh ủy (Markdown): fulfils obligation 2; restates the replacement made by 22/2025
w("btgdv_kh08_2025.md", md_hdr(["**ĐẢNG BỘ TỈNH GIA LAI**", "**BAN TUYÊN GIÁO VÀ DÂN VẬN**", "\\*", "Số 08-KH/BTGDVTU"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Gia Lai, ngày 25 tháng 10 năm 2025*"]) + """
**KẾ HOẠCH**

**tuyên truyền Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo**

Thực hiện Kế hoạch số 15-KH/TU, ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng Kế hoạch tuyên truyền như sau:

1. Tuyên truyền sâu rộng nội dung Nghị quyết số 71-NQ/TW trên Báo và Phát thanh, Truyền hình Gia Lai.

2. Tuyên truyền Quyết định số 22/2025/QĐ-UBND ngày 20/10/2025 của UBND tỉnh về dạy thêm, học thêm (có hiệu lực từ ngày 01/11/2025, thay thế Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định) để phụ huynh, học sinh nắm rõ.

**T/M BAN TUYÊN GIÁO VÀ DÂN VẬN**
**TRƯỞNG BAN**
""")

# =============================================================== Đảng ủy Sở Giáo dục và Đào tạo (new province)
w("du_sgd_nq03_2025.txt", party("ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO", "03-NQ/ĐU", "Gia Lai, ngày 12 tháng 8 năm 2025", """NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ chính trị năm học 2025 - 2026
-----
Ban Chấp hành Đảng bộ Sở (nhiệm kỳ 2025 - 2030) quyết nghị: lãnh đạo hoàn thành sắp xếp mạng lưới trường lớp sau hợp nhất hai ngành giáo dục Gia Lai và Bình Định.
""" + SIGN_DU))

# 12-KH/ĐU of 15/11/2025: fulfils obligation 1 of 15-KH/TU; its own obligation on the chi bộ is fulfilled
w("du_sgd_kh12_2025.txt", party("ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO", "12-KH/ĐU", "Gia Lai, ngày 15 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy về đột phá phát triển giáo dục và đào tạo
-----
Thực hiện Kế hoạch số 15-KH/TU, ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy; Nghị quyết số 03-NQ/ĐU, ngày 12/8/2025 của Ban Chấp hành Đảng bộ Sở, Ban Thường vụ Đảng ủy Sở xây dựng Kế hoạch như sau:
1. Tổ chức học tập, quán triệt Nghị quyết số 71-NQ/TW đến 100% đảng viên.
2. Lãnh đạo chuyên môn xây dựng kế hoạch của ngành.
TỔ CHỨC THỰC HIỆN
Các chi bộ trực thuộc xây dựng kế hoạch thực hiện, báo cáo Ban Thường vụ Đảng ủy Sở trước ngày 31/01/2026.
""" + SIGN_DU))

# the same number 12-KH/ĐU reused on 05/3/2026 (a .docx): a group row counts 04 over 3 rows
docx("du_sgd_kh12b_2026.docx", [
    "KẾ HOẠCH",
    "lãnh đạo xây dựng trường phổ thông nội trú liên cấp tại các xã biên giới",
    "Thực hiện Nghị quyết số 05-NQ/TU ngày 20/01/2026 của Ban Chấp hành Đảng bộ tỉnh (khóa I) về xây dựng xã hội học tập; Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị, Ban Thường vụ Đảng ủy Sở xây dựng Kế hoạch như sau:"],
    rows=[["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
          ["", "Học kỳ II năm học 2025 - 2026 (04 nội dung)", "", ""],
          ["1", "Khảo sát nhu cầu trường nội trú liên cấp tại các xã Ia Grai, Ia Chia, Ia O", "Phòng Kế hoạch - Tài chính", "Tháng 3/2026"],
          ["2", "Quán triệt chủ trương đến chi bộ các trường phổ thông dân tộc nội trú", "Ban Tuyên giáo Đảng ủy Sở", "Tháng 4/2026"],
          ["3", "Sơ kết học kỳ II và định hướng năm học mới", "Văn phòng Sở", "Tháng 5/2026"],
          ["", "Năm học 2026 - 2027 (02 nội dung)", "", ""],
          ["1", "Tuyển sinh lớp 6 và lớp 10 trường nội trú liên cấp", "Phòng Giáo dục Trung học", "Tháng 7/2026"],
          ["2", "Bồi dưỡng cán bộ quản lý trường nội trú liên cấp", "Phòng Tổ chức cán bộ", "Tháng 10/2026"]],
    header_table=(["ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO", "*", "Số 12-KH/ĐU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gia Lai, ngày 05 tháng 3 năm 2026"]))

# =============================================================== the new UBND tỉnh Gia Lai
# 22/2025 (pdftotext -layout): signed 20/10/2025, in force 01/11/2025; replaces Bình Định's 15/2020, repeals Gia Lai's 31/2022
w("ubnd_qd22_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "22/2025/QĐ-UBND", "Gia Lai, ngày 20 tháng 10 năm 2025", """                               QUYẾT ĐỊNH
           Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh Gia Lai

                      ỦY BAN NHÂN DÂN TỈNH GIA LAI
Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Thông tư số 29/2024/TT-BGDĐT ngày 30/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về dạy
thêm, học thêm;
Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.
                                 QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về dạy thêm, học thêm trên địa bàn tỉnh Gia Lai.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 11 năm 2025 và thay thế Quyết định số
15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định ban hành Quy định về dạy thêm, học thêm.
2. Bãi bỏ Quyết định số 31/2022/QĐ-UBND ngày 15/9/2022 của UBND tỉnh Gia Lai (trước sắp xếp) quy định mức
hỗ trợ đối với giáo viên dạy tăng cường tiếng Việt.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch UBND các xã, phường chịu
trách nhiệm thi hành Quyết định này.
""" + SIGN_UB)))

# 04/2026 (Markdown): "replaces" Gia Lai's 31/2022, which 22/2025 had already repealed
w("ubnd_qd04_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH GIA LAI**", "Số: 04/2026/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Gia Lai, ngày 15 tháng 01 năm 2026*"]) + """
**QUYẾT ĐỊNH**

**Quy định mức hỗ trợ đối với giáo viên dạy tăng cường tiếng Việt và giáo viên công tác tại xã biên giới trên địa bàn tỉnh Gia Lai**

**ỦY BAN NHÂN DÂN TỈNH GIA LAI**

*Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;*

*Căn cứ Nghị quyết số 08/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Gia Lai;*

**QUYẾT ĐỊNH:**

**Điều 1.** Mức hỗ trợ: 700.000 đồng/giáo viên/tháng.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2026 và thay thế Quyết định số 31/2022/QĐ-UBND ngày 15/9/2022 của Ủy ban nhân dân tỉnh Gia Lai.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
""")

# 1120/KH-UBND (portal): obligations on the Sở and on the wards and communes, all fulfilled; "giáo viên dạy thay thế"
w("ubnd_kh1120_2025.html", portal("Kế hoạch 1120/KH-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 1120/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Gia Lai, ngày 05 tháng 12 năm 2025"], """KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị trên địa bàn tỉnh
Thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị; Kế hoạch số 15-KH/TU ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy; Quyết định số 1705/QĐ-TTg ngày 31/12/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển giáo dục đến năm 2030, UBND tỉnh ban hành Kế hoạch như sau:
I. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, sắp xếp mạng lưới trường lớp sau hợp nhất; thực hiện nghiêm Quyết định số 22/2025/QĐ-UBND ngày 20/10/2025 của UBND tỉnh.
2. Mức chi trả cho giáo viên dạy thay thế giáo viên nghỉ chế độ thực hiện theo Nghị quyết số 08/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh Gia Lai cho đến khi có quy định mới.
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo chủ trì xây dựng kế hoạch của ngành thực hiện Kế hoạch này.
2. UBND các xã, phường xây dựng kế hoạch thực hiện trên địa bàn.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# =============================================================== Sở Giáo dục và Đào tạo tỉnh Gia Lai (new)
# a letter of 28/10/2025 (minified portal): cites Bình Định's 15/2020 after 22/2025 was signed, before it took effect
w("sgd_cv1850_2025.html", portal("Công văn 1850/SGDĐT-GDTrH", ["UBND TỈNH GIA LAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1850/SGDĐT-GDTrH", "V/v thực hiện quy định về dạy thêm, học thêm"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Gia Lai, ngày 28 tháng 10 năm 2025"], """Kính gửi: Hiệu trưởng các trường THPT trực thuộc.
Trong khi chờ Quyết định số 22/2025/QĐ-UBND ngày 20/10/2025 của UBND tỉnh có hiệu lực (từ ngày 01/11/2025), các trường trên địa bàn các phường, xã thuộc tỉnh Bình Định (cũ) tiếp tục thực hiện Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định và Thông tư số 29/2024/TT-BGDĐT ngày 30/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo.
Sở Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc thực hiện./.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC""", minified=True))

# 35/KH-SGDĐT of 16/3/2026 (tab task table): replaces Gia Lai's 120/KH-SGDĐT; two overdue rows, one met, one not due, two recurring
w("sgd_kh35_2026.txt", state("UBND TỈNH GIA LAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "35/KH-SGDĐT", "Gia Lai, ngày 16 tháng 3 năm 2026", """KẾ HOẠCH
Thực hiện Kế hoạch số 1120/KH-UBND của UBND tỉnh về đột phá phát triển giáo dục và đào tạo giai đoạn 2026 - 2030
Thực hiện Kế hoạch số 1120/KH-UBND ngày 05/12/2025 của UBND tỉnh; Kế hoạch số 15-KH/TU ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành
1\tTham mưu UBND tỉnh sửa đổi, bổ sung Quyết định số 22/2025/QĐ-UBND ngày 20/10/2025 quy định về dạy thêm, học thêm\tPhòng Giáo dục Trung học\tQuý II/2026
2\tXây dựng Đề án “Phát triển trường phổ thông nội trú liên cấp tại các xã biên giới tỉnh Gia Lai giai đoạn 2026 - 2030”\tPhòng Kế hoạch - Tài chính\tTháng 8/2026
3\tSơ kết 01 năm thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy\tVăn phòng Sở\tTháng 10/2026
4\tTổng kết thực hiện Nghị quyết số 05-NQ/TU ngày 20/01/2026 của Tỉnh ủy\tVăn phòng Sở\tNăm 2030
5\tTổ chức kỳ thi chọn học sinh giỏi cấp tỉnh\tPhòng Quản lý chất lượng\tHằng năm
6\tThanh tra, kiểm tra việc thực hiện Quyết định số 22/2025/QĐ-UBND\tThanh tra Sở\tThường xuyên
II. TỔ CHỨC THỰC HIỆN
Kế hoạch này có hiệu lực kể từ ngày ký và thay thế Kế hoạch số 120/KH-SGDĐT ngày 20/02/2023 của Sở Giáo dục và Đào tạo tỉnh Gia Lai (trước sắp xếp).
""" + SIGN_SGD))

# 245/BC-SGDĐT of 20/10/2026: the sơ kết (fulfils row 3); a draft amendment of 22/2025 with a quoted title; a proposed
# replacement of Gia Lai's 15/2020; a counted list that matches
w("sgd_bc245_2026.txt", state("UBND TỈNH GIA LAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "245/BC-SGDĐT", "Gia Lai, ngày 20 tháng 10 năm 2026", """BÁO CÁO
Sơ kết 01 năm thực hiện Kế hoạch số 15-KH/TU ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy
I. KẾT QUẢ
Sở Giáo dục và Đào tạo đã hoàn thành 02 nhiệm vụ sau:
1. Ban hành Kế hoạch số 35/KH-SGDĐT ngày 16/3/2026 thực hiện Kế hoạch số 1120/KH-UBND của UBND tỉnh.
2. Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2025 - 2026 chung cho toàn tỉnh.
Sở đã trình UBND tỉnh Tờ trình số 210/TTr-SGDĐT ngày 10/6/2026 kèm dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quy định về dạy thêm, học thêm ban hành kèm theo Quyết định số 22/2025/QĐ-UBND”; dự thảo đang được Sở Tư pháp thẩm định, chưa ban hành.
II. KIẾN NGHỊ
Đề nghị UBND tỉnh xem xét ban hành quyết định thay thế Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Gia Lai (trước sắp xếp) về phân cấp quản lý nhà nước về giáo dục; trong khi chưa có quyết định mới, Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 tiếp tục được áp dụng tại các xã, phường thuộc tỉnh Gia Lai (cũ).
""" + SIGN_SGD))

# =============================================================== schools and their chi bộ
# Trường THPT Trưng Vương (phường Quy Nhơn) and its chi bộ: two texts of 12/01/2026 resting on each other
w("thpt_tv_kh45_2026.txt", state("SỞ GD&ĐT GIA LAI", "TRƯỜNG THPT TRƯNG VƯƠNG", "45/KH-THPTTV", "Quy Nhơn, ngày 12 tháng 01 năm 2026", """KẾ HOẠCH
Bồi dưỡng học sinh giỏi năm học 2025 - 2026
Căn cứ Kế hoạch số 03-KH/CB ngày 12/01/2026 của Chi bộ Trường THPT Trưng Vương về lãnh đạo nâng cao chất lượng mũi nhọn;
Căn cứ Kế hoạch số 120/KH-SGDĐT ngày 06/3/2023 của Sở Giáo dục và Đào tạo tỉnh Bình Định về bồi dưỡng học sinh giỏi giai đoạn 2023 - 2027;
Căn cứ Công văn số 1850/SGDĐT-GDTrH ngày 28/10/2025 của Sở Giáo dục và Đào tạo;
Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Điều lệ trường THCS, trường THPT,
Trường THPT Trưng Vương xây dựng Kế hoạch như sau:
1. Thành lập 09 đội tuyển học sinh giỏi cấp tỉnh.
2. Phối hợp Trường THPT chuyên Lê Quý Đôn tổ chức thi thử.
""" + SIGN_HT))

w("chibo_tv_kh03_2026.md", md_hdr(["**ĐẢNG BỘ SỞ GIÁO DỤC VÀ ĐÀO TẠO**", "**CHI BỘ TRƯỜNG THPT TRƯNG VƯƠNG**", "\\*", "Số 03-KH/CB"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Quy Nhơn, ngày 12 tháng 01 năm 2026*"]) + """
**KẾ HOẠCH**

**lãnh đạo nâng cao chất lượng giáo dục mũi nhọn năm học 2025 - 2026**

Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/11/2025 của Ban Thường vụ Đảng ủy Sở Giáo dục và Đào tạo; căn cứ Kế hoạch số 45/KH-THPTTV ngày 12/01/2026 của Trường THPT Trưng Vương về bồi dưỡng học sinh giỏi, Chi bộ xây dựng Kế hoạch như sau:

1. Mỗi đảng viên là giáo viên đăng ký phụ trách ít nhất một nhóm học sinh giỏi.

2. Chi bộ sinh hoạt chuyên đề về giáo dục mũi nhọn mỗi quý một lần.

**T/M CHI BỘ**
**BÍ THƯ**
""")

# Trường THPT Pleiku (phường Pleiku), 20/3/2026: cites Gia Lai's replaced 120/KH-SGDĐT and the new 35 with a wrong date
w("thpt_pk_kh18_2026.txt", state("SỞ GD&ĐT GIA LAI", "TRƯỜNG THPT PLEIKU", "18/KH-THPTPK", "Pleiku, ngày 20 tháng 3 năm 2026", """KẾ HOẠCH
Dạy tăng cường tiếng Việt và phụ đạo học sinh dân tộc thiểu số học kỳ II năm học 2025 - 2026
Căn cứ Kế hoạch số 120/KH-SGDĐT ngày 20/02/2023 của Sở Giáo dục và Đào tạo tỉnh Gia Lai về nâng cao chất lượng dạy học tiếng Việt vùng đồng bào dân tộc thiểu số;
Căn cứ Kế hoạch số 35/KH-SGDĐT ngày 18/3/2026 của Sở Giáo dục và Đào tạo về đột phá phát triển giáo dục và đào tạo,
Trường THPT Pleiku xây dựng Kế hoạch như sau:
1. Tổ chức phụ đạo 02 buổi/tuần cho học sinh lớp 10 người dân tộc thiểu số.
2. Phối hợp Chi đoàn giáo viên tổ chức câu lạc bộ tiếng Việt.
""" + SIGN_HT))

w("chibo_pk_kh02_2026.txt", party("ĐẢNG BỘ PHƯỜNG PLEIKU", "CHI BỘ TRƯỜNG THPT PLEIKU", "02-KH/CB", "Pleiku, ngày 05 tháng 02 năm 2026", """KẾ HOẠCH
thực hiện Kế hoạch số 07-KH/ĐU của Ban Thường vụ Đảng ủy phường Pleiku
-----
Thực hiện Kế hoạch số 07-KH/ĐU ngày 20/01/2026 của Ban Thường vụ Đảng ủy phường Pleiku về lãnh đạo phát triển giáo dục trên địa bàn phường, Chi bộ Trường THPT Pleiku xây dựng Kế hoạch như sau:
1. Đưa chỉ tiêu giảm tỷ lệ học sinh bỏ học vào nghị quyết chi bộ hằng tháng.
2. Phân công đảng viên theo dõi học sinh có nguy cơ bỏ học.
""" + SIGN_CB))

# =============================================================== wards and communes (after 1/7/2025: no more districts)
# Đảng ủy phường Pleiku (OCR'd: a few words with broken diacritics); its obligation on the school chi bộ is fulfilled
w("ph_pleiku_du_kh07_2026_scan.txt", """ĐẢNG BỘ TỈNH GIA LAI          ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG PLEIKU
      *                       Pleiku, ngày 20 tháng 01 năm 2026
Số 07-KH/ĐU

              KÊ HOẠCH
lãnh đạo phát triển giáo dục trên địa bàn phường giai đoạn 2026 - 2030
Thưc hiện Kế hoạch số 15-KH/TU, ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy; tiếp tục thực hiện Nghị quyết số 05-NQ/TU, ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh Gia Lai (khóa XVI) về phát triển giáo dục vùng đồng bào dân tộc thiểu số, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Giảm tỷ lệ học sinh bỏ học xuống dưới 0,5%.
2. Huy động xã hội hóa xây dựng nhà bán trú.
TÔ CHỨC THỰC HIỆN
Các chi bộ trường học trên địa bàn phường xây dựng kế hoạch thực hiện.
                                  T/M BAN THƯỜNG VỤ
                                      BÍ THƯ
""")

# UBND phường Quy Nhơn Đông (Word-exported HTML), 10/02/2026: cites Bình Định's replaced 15/2020
w("ph_qnd_ubnd_kh30_2026.html", html_spans("Kế hoạch 30/KH-UBND", ["ỦY BAN NHÂN DÂN", "PHƯỜNG QUY NHƠN ĐÔNG", "Số: 30/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quy Nhơn Đông, ngày 10 tháng 02 năm 2026"], """KẾ HOẠCH
Quản lý hoạt động dạy thêm, học thêm trên địa bàn phường năm 2026
Căn cứ Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định ban hành Quy định về dạy thêm, học thêm;
Thực hiện Kế hoạch số 1120/KH-UBND ngày 05/12/2025 của UBND tỉnh,
UBND phường Quy Nhơn Đông ban hành Kế hoạch như sau:
1. Rà soát các cơ sở dạy thêm ngoài nhà trường trên địa bàn phường.
2. Kiểm tra định kỳ mỗi quý một lần.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# Đảng ủy phường Quy Nhơn Đông (Markdown, header as headings): self-reference; recurring rows; same 05-KH/ĐU as Ia Grai
w("ph_qnd_du_kh05_2026.md", md_headings(["## ĐẢNG BỘ TỈNH GIA LAI", "## ĐẢNG ỦY PHƯỜNG QUY NHƠN ĐÔNG", "\\*", "**Số 05-KH/ĐU**"],
      ["## ĐẢNG CỘNG SẢN VIỆT NAM", "*Quy Nhơn Đông, ngày 25 tháng 02 năm 2026*"]) + """# KẾ HOẠCH

**thực hiện Nghị quyết số 05-NQ/TU, ngày 20/01/2026 của Ban Chấp hành Đảng bộ tỉnh về xây dựng xã hội học tập**

Thực hiện Nghị quyết số 05-NQ/TU, ngày 20/01/2026 của Ban Chấp hành Đảng bộ tỉnh (khóa I), Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:

| TT | Nội dung | Chủ trì | Thời gian |
|---|---|---|---|
| 1 | Tổ chức Ngày hội khuyến học phường | Ủy ban Mặt trận Tổ quốc phường | Hằng năm |
| 2 | Biểu dương gia đình học tập, dòng họ học tập | Hội Khuyến học phường | Hằng năm |
| 3 | Kiểm tra, giám sát việc thực hiện Nghị quyết | Ủy ban Kiểm tra Đảng ủy | Thường xuyên |

Các chi bộ báo cáo kết quả thực hiện Kế hoạch số 05-KH/ĐU về Văn phòng Đảng ủy trước ngày 15/12 hằng năm. Kế hoạch này được phổ biến đến chi bộ.

**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**
""")

# commune Ia Grai (former Gia Lai): Đảng ủy xã's own 05-KH/ĐU, and the UBND xã plan citing a later Sở plan
w("xa_iagrai_du_kh05_2026.txt", party("ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY XÃ IA GRAI", "05-KH/ĐU", "Ia Grai, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
lãnh đạo huy động trẻ ra lớp và chống học sinh bỏ học năm 2026
-----
Thực hiện Nghị quyết số 05-NQ/TU, ngày 20/01/2026 của Ban Chấp hành Đảng bộ tỉnh; Kế hoạch số 15-KH/TU, ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
1. 100% trẻ 6 tuổi ra lớp 1.
2. Giao chi bộ các làng vận động học sinh trở lại trường.
""" + SIGN_DU))

w("xa_iagrai_ubnd_kh12_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ IA GRAI", "12/KH-UBND", "Ia Grai, ngày 02 tháng 3 năm 2026", """KẾ HOẠCH
Phát triển giáo dục và đào tạo trên địa bàn xã năm 2026
Thực hiện Kế hoạch số 1120/KH-UBND ngày 05/12/2025 của UBND tỉnh; Kế hoạch số 35/KH-SGDĐT ngày 16/3/2026 của Sở Giáo dục và Đào tạo;
Căn cứ Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Gia Lai ban hành Quy định phân cấp quản lý nhà nước về giáo dục,
UBND xã Ia Grai ban hành Kế hoạch như sau:
1. Sáp nhập điểm trường lẻ làng Blút vào Trường Tiểu học Ia Grai.
2. Đề nghị Sở Giáo dục và Đào tạo hỗ trợ xây dựng 04 phòng học bán trú.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# =============================================================== Tỉnh đoàn and Công đoàn ngành Giáo dục
# Tỉnh đoàn, 05/11/2025: cites 15-KH/TU with the wrong date; "03 nhiệm vụ" over four items
w("td_kh20_2025.txt", state("BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH GIA LAI", "20-KH/TĐTN", "Gia Lai, ngày 05 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy trong đoàn viên, thanh niên
Thực hiện Kế hoạch số 15-KH/TU, ngày 01/10/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh đoàn tập trung thực hiện 03 nhiệm vụ sau:
1. Tổ chức phong trào “Tuổi trẻ Gia Lai học tập suốt đời”.
2. Thành lập 100 câu lạc bộ tiếng Anh, tin học cho học sinh các xã biên giới.
3. Triển khai chương trình “Tiếp sức đến trường” cho học sinh vùng khó khăn.
4. Tuyên dương 200 học sinh, sinh viên tiêu biểu.
""", body="").replace("Số: 20-KH/TĐTN", "Số: 20-KH/TĐTN\n***").replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------", "ĐOÀN TNCS HỒ CHÍ MINH") + "\n" + SIGN_TD)

# Công đoàn ngành Giáo dục, 10/4/2026: cites the repealed Gia Lai 31/2022 (its id cut across two lines); an undated
# 05-NQ/TU; "giáo viên dạy thay thế" beside Gia Lai's 15/2020; fulfils obligation 4 of 15-KH/TU
w("cdn_kh09_2026.txt", state("LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI", "CÔNG ĐOÀN NGÀNH GIÁO DỤC", "09/KH-CĐN", "Gia Lai, ngày 10 tháng 4 năm 2026", """KẾ HOẠCH
Vận động đoàn viên công đoàn ngành giáo dục thực hiện Nghị quyết số 71-NQ/TW
Thực hiện Kế hoạch số 15-KH/TU, ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy; Nghị quyết số 05-NQ/TU của Tỉnh ủy Gia Lai;
Căn cứ Quyết định số 31/2022/QĐ-
UBND ngày 15/9/2022 của UBND tỉnh Gia Lai quy định mức hỗ trợ đối với giáo viên dạy tăng cường tiếng Việt; Nghị quyết số 08/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh Gia Lai,
Ban Thường vụ Công đoàn ngành Giáo dục xây dựng Kế hoạch như sau:
1. Giám sát việc chi trả chế độ hỗ trợ cho giáo viên dạy tăng cường tiếng Việt.
2. Đề nghị chi trả đúng mức cho giáo viên dạy thay thế theo Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Gia Lai về phân cấp quản lý.
3. Tổ chức “Mái ấm công đoàn” cho giáo viên các xã biên giới.
""" + SIGN_CD))

# =============================================================== three more
# the former Gia Lai Đảng ủy Sở (Đảng bộ Khối, term 2020-2025) also had a 12-KH/ĐU
w("gl_du_sgd_kh12_2023.txt", party("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH GIA LAI", "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO", "12-KH/ĐU", "Pleiku, ngày 14 tháng 4 năm 2023", """KẾ HOẠCH
lãnh đạo thực hiện Kế hoạch số 120/KH-SGDĐT của Sở Giáo dục và Đào tạo
-----
Thực hiện Nghị quyết số 05-NQ/TU, ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh (khóa XVI); Kế hoạch số 120/KH-SGDĐT, ngày 20/02/2023 của Sở Giáo dục và Đào tạo, Ban Thường vụ Đảng ủy Sở xây dựng Kế hoạch như sau:
1. Chi bộ các phòng chuyên môn đưa nhiệm vụ dạy tăng cường tiếng Việt vào nghị quyết chi bộ.
""" + SIGN_DU))

# the new HĐND amends (does not replace) Gia Lai's 08/2024
w("hdnd_nq18_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH GIA LAI", "18/2025/NQ-HĐND", "Gia Lai, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Nghị quyết số 08/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Gia Lai quy định mức hỗ trợ tiền ăn, tiền nhà ở cho học sinh bán trú
HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI
KHÓA XIII, KỲ HỌP THỨ BA
Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của Chính phủ;
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung Điều 1 Nghị quyết số 08/2024/NQ-HĐND: mức hỗ trợ tiền ăn bằng 45% mức lương cơ sở/tháng; áp dụng cho học sinh bán trú các xã, phường thuộc tỉnh Bình Định (cũ).
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
\t\t\t\t\tCHỦ TỊCH
\t\t\t\t\t(Đã ký)"""))

# a Sở decision right after the merger: cites both 15/2020, each dated and placed, before any replacement
w("sgd_qd512_2025.txt", state("UBND TỈNH GIA LAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "512/QĐ-SGDĐT", "Gia Lai, ngày 05 tháng 8 năm 2025", """QUYẾT ĐỊNH
Về việc thành lập Tổ rà soát văn bản quản lý giáo dục sau sắp xếp đơn vị hành chính
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội;
Xét việc cùng tồn tại Quyết định số 15/2020/QĐ-UBND ngày 25/3/2020 của UBND tỉnh Bình Định về dạy thêm, học thêm và Quyết định số 15/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Gia Lai về phân cấp quản lý giáo dục,
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ rà soát văn bản quản lý giáo dục gồm 07 thành viên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""" + SIGN_SGD))

print(len(os.listdir(OUT)), "files")
