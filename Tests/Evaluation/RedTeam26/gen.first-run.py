#!/usr/bin/env python3
"""Red team round 26: Party inspection and discipline in the new tỉnh An Giang after the merger of An Giang and Kiên
Giang (1/7/2025, seat at Rạch Giá), seen from both former sides and after the merger: the two former Ủy ban Kiểm tra
Tỉnh ủy (each a 01-QĐ/UBKTTU of 2021), Ban Thường vụ Tỉnh ủy (each a 12-KH/TU of 2023) and UBND tỉnh (each a
08/2020/QĐ-UBND); Ủy ban Kiểm tra of the former Thành ủy Long Xuyên, Châu Đốc, Hà Tiên; the central Quy định 296-QĐ/TW;
the new Tỉnh ủy, its Ủy ban Kiểm tra, UBND tỉnh and Thanh tra tỉnh; the Đảng ủy and Ủy ban Kiểm tra of the new wards
and of đặc khu Phú Quốc. Writes corpus/. Standard library only.
Header helpers copied from RedTeam25/gen.py (site names and phone numbers in `portal` and `html_spans` changed)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh An Giang"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh An Giang. Địa chỉ: 06 Nguyễn Công Trứ, phường Rạch Giá. Điện thoại: 0297.3862.027</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử phường Long Xuyên - Điện thoại: 0296.3841.350 - Fax: 0296.3841.351</div>\n</body></html>')




SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC"""
SIGN_TW = """\t\t\t\t\tT/M BAN CHẤP HÀNH TRUNG ƯƠNG
\t\t\t\t\tTỔNG BÍ THƯ"""
SIGN_UBKT = """\t\t\t\t\tT/M ỦY BAN KIỂM TRA
\t\t\t\t\tCHỦ NHIỆM"""
SIGN_UBKT_PCN = """\t\t\t\t\tT/M ỦY BAN KIỂM TRA
\t\t\t\t\tPHÓ CHỦ NHIỆM THƯỜNG TRỰC"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_TTR = """\t\t\t\t\tCHÁNH THANH TRA
\t\t\t\t\t(Đã ký)"""
SIGN_DU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""

# =============================================================== former An Giang (seat Long Xuyên), before 1/7/2025
w("ag_ubkt_qd01_2021.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "01-QĐ/UBKTTU", "An Giang, ngày 12 tháng 01 năm 2021", """QUYẾT ĐỊNH
ban hành Quy trình giám sát chuyên đề của Ủy ban Kiểm tra Tỉnh ủy khóa X, nhiệm kỳ 2020 - 2025
-----
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương về thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng;
- Xét đề nghị của Phòng Nghiệp vụ I,
ỦY BAN KIỂM TRA TỈNH ỦY QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Quy trình giám sát chuyên đề của Ủy ban Kiểm tra Tỉnh ủy.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các phòng nghiệp vụ, Ủy ban Kiểm tra các huyện ủy, thị ủy, thành ủy chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UBKT))

w("ag_ubnd_qd08_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "08/2020/QĐ-UBND", "An Giang, ngày 10 tháng 3 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp trong công tác tiếp công dân, xử lý đơn thư khiếu nại, tố cáo trên địa bàn tỉnh An Giang
ỦY BAN NHÂN DÂN TỈNH AN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;
Theo đề nghị của Chánh Thanh tra tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác tiếp công dân, xử lý đơn thư khiếu nại, tố cáo trên địa bàn tỉnh An Giang.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 3 năm 2020.
""" + SIGN_UB))

# Former An Giang's 21/2022 (Markdown): replaced by the new province's 15/2025 (10/10/2025), then "replaced" again by 06/2026
w("ag_ubnd_qd21_2022.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH AN GIANG**", "Số: 21/2022/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*An Giang, ngày 30 tháng 6 năm 2022*"]) + """
**QUYẾT ĐỊNH**

**Quy định trách nhiệm của người đứng đầu cơ quan hành chính nhà nước trong công tác tiếp công dân trên địa bàn tỉnh An Giang**

**ỦY BAN NHÂN DÂN TỈNH AN GIANG**

*Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;*

*Theo đề nghị của Chánh Thanh tra tỉnh.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định trách nhiệm của người đứng đầu cơ quan hành chính nhà nước trong công tác tiếp công dân trên địa bàn tỉnh.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 15 tháng 7 năm 2022.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
""")

# Former An Giang's 12-KH/TU (pdftotext -layout), 20/3/2023: implements 34-KL/TW; obligation on UBKT Thành ủy Long Xuyên
w("ag_tu_kh12_2023.txt", layout(party_cols("ĐẢNG BỘ TỈNH AN GIANG", "TỈNH ỦY", "12-KH/TU", "An Giang, ngày 20 tháng 3 năm 2023", """                                  KẾ HOẠCH
        thực hiện Kết luận số 34-KL/TW của Bộ Chính trị về Chiến lược công tác kiểm tra,
                        giám sát của Đảng đến năm 2030
                                    -----
Thực hiện Kết luận số 34-KL/TW, ngày 18/4/2022 của Bộ Chính trị về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu lực, hiệu quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng trong Đảng bộ tỉnh.
II. NHIỆM VỤ, GIẢI PHÁP
1. Thực hiện nghiêm Quy trình giám sát chuyên đề ban hành kèm theo Quyết định số 01-QĐ/UBKTTU, ngày 12/01/2021 của Ủy ban Kiểm tra Tỉnh ủy.
2. Phối hợp với Thanh tra tỉnh theo Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh trong xử lý đơn thư liên quan đến đảng viên.
3. Tập trung kiểm tra, giám sát lĩnh vực đất đai, khoáng sản, đầu tư công.
III. TỔ CHỨC THỰC HIỆN
1. Ủy ban Kiểm tra Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Ủy ban Kiểm tra Thành ủy Long Xuyên xây dựng kế hoạch thực hiện, báo cáo kết quả về Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU)))

# Long Xuyên UBKT (former An Giang), 10/4/2023: unqualified "Tỉnh ủy" before the merger = An Giang
w("lx_ubkt_kh05_2023.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "THÀNH ỦY LONG XUYÊN\nỦY BAN KIỂM TRA", "05-KH/UBKT", "Long Xuyên, ngày 10 tháng 4 năm 2023", """KẾ HOẠCH
thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy về Chiến lược công tác kiểm tra, giám sát đến năm 2030
-----
Thực hiện Kế hoạch số 12-KH/TU, ngày 20/3/2023 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 34-KL/TW của Bộ Chính trị; căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng, Ủy ban Kiểm tra Thành ủy xây dựng Kế hoạch như sau:
1. Giám sát chuyên đề theo Quyết định số 01-QĐ/UBKTTU, ngày 12/01/2021 của Ủy ban Kiểm tra Tỉnh ủy đối với 06 đảng ủy phường.
2. Kiểm tra khi tổ chức đảng, đảng viên có dấu hiệu vi phạm.
""" + SIGN_UBKT))

# Châu Đốc UBKT (former An Giang), 12/4/2024: counted list that matches; dated citations of An Giang's 01-QĐ and 12-KH
w("cd_ubkt_kh07_2024.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "THÀNH ỦY CHÂU ĐỐC\nỦY BAN KIỂM TRA", "07-KH/UBKT", "Châu Đốc, ngày 12 tháng 4 năm 2024", """KẾ HOẠCH
giám sát chuyên đề năm 2024
-----
Căn cứ Quyết định số 01-QĐ/UBKTTU, ngày 12/01/2021 của Ủy ban Kiểm tra Tỉnh ủy An Giang ban hành Quy trình giám sát chuyên đề; Kế hoạch số 12-KH/TU, ngày 20/3/2023 của Ban Thường vụ Tỉnh ủy An Giang, Ủy ban Kiểm tra Thành ủy Châu Đốc giám sát chuyên đề 03 nội dung sau:
1. Việc lãnh đạo thực hiện Quy định số 69-QĐ/TW, ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm.
2. Việc kê khai tài sản, thu nhập của đảng viên thuộc diện Ban Thường vụ Thành ủy quản lý.
3. Việc giải quyết đơn thư theo Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh An Giang.
""" + SIGN_UBKT))

# =============================================================== former Kiên Giang (seat Rạch Giá), before 1/7/2025
# NFD file
w("kg_ubkt_qd01_2021.txt", party("ĐẢNG BỘ TỈNH KIÊN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "01-QĐ/UBKTTU", "Kiên Giang, ngày 05 tháng 02 năm 2021", """QUYẾT ĐỊNH
ban hành Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh Kiên Giang
-----
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương;
- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy khóa XI, nhiệm kỳ 2020 - 2025,
ỦY BAN KIỂM TRA TỈNH ỦY QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh Kiên Giang trong kiểm tra, thanh tra đối với tổ chức đảng, đảng viên.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
""" + SIGN_UBKT), nfd=True)

# portal page: Kiên Giang's 08/2020, replaced by the new province's 15/2025 from 10/10/2025
w("kg_ubnd_qd08_2020.html", portal("Quyết định số 08/2020/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG", "-------", "Số: 08/2020/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Kiên Giang, ngày 14 tháng 4 năm 2020"], """QUYẾT ĐỊNH
Ban hành Quy định về xử lý chồng chéo, trùng lặp trong hoạt động thanh tra, kiểm tra doanh nghiệp trên địa bàn tỉnh Kiên Giang
ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Chánh Thanh tra tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về xử lý chồng chéo, trùng lặp trong hoạt động thanh tra, kiểm tra doanh nghiệp trên địa bàn tỉnh Kiên Giang.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 4 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", site="tỉnh Kiên Giang").replace("Văn phòng UBND tỉnh An Giang. Địa chỉ: 06 Nguyễn Công Trứ, phường Rạch Giá. Điện thoại: 0297.3862.027",
                                           "Văn phòng UBND tỉnh Kiên Giang. Địa chỉ: 06 Nguyễn Công Trứ, TP Rạch Giá. Điện thoại: 0297.3862.027"))

# Kiên Giang's 12-KH/TU (CRLF), 14/3/2023: implements 69-QĐ/TW; obligations on UBKT Tỉnh ủy and UBKT Thành ủy Hà Tiên
w("kg_tu_kh12_2023.txt", party("ĐẢNG BỘ TỈNH KIÊN GIANG", "TỈNH ỦY", "12-KH/TU", "Kiên Giang, ngày 14 tháng 3 năm 2023", """KẾ HOẠCH
thực hiện Quy định số 69-QĐ/TW của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm
-----
Thực hiện Quy định số 69-QĐ/TW, ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm và Hướng dẫn số 05-HD/UBKTTW, ngày 22/11/2022 của Ủy ban Kiểm tra Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. NHIỆM VỤ
1. Thực hiện Quy chế phối hợp ban hành kèm theo Quyết định số 01-QĐ/UBKTTU, ngày 05/02/2021 của Ủy ban Kiểm tra Tỉnh ủy.
2. Phối hợp xử lý chồng chéo theo Quyết định số 08/2020/QĐ-UBND ngày 14/4/2020 của UBND tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Ủy ban Kiểm tra Tỉnh ủy xây dựng kế hoạch kiểm tra việc thi hành kỷ luật đảng giai đoạn 2023 - 2025.
2. Ủy ban Kiểm tra Thành ủy Hà Tiên xây dựng kế hoạch thực hiện, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/4/2023.
""" + SIGN_TU), crlf=True)

# Hà Tiên UBKT (former Kiên Giang), 05/4/2023, OCR-like scan: cites Kiên Giang's 12-KH/TU with the wrong date (16/3)
w("ht_ubkt_kh04_2023.txt", party("ĐẢNG BỘ TỈNH KIÊN GIANG", "THÀNH ỦY HÀ TIÊN\nỦY BAN KIỂM TRA", "04-KH/UBKT", "Hà Tiên, ngày 05 tháng 4 năm 2023", """KÉ HOẠCH
thực hiện Quy đinh số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm
-----
Thực hiện Kế hoạch số 12-KH/TU, ngày 16/3/2023 của Ban Thường vụ Tỉnh ủy Kiên Giang thực hiện Quy định số 69-QĐ/TW của Bộ Chính trị; căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương, Ủy ban Kiểm tra Thành ủy xây dụng Ke hoạch như sau:
1. Quán triệt Quy định số 69-QĐ/TW đến 100% chi bộ.
2. Kiêm tra việc thi hành kỷ luật đảng tại Đảng bộ các phường Đông Hồ, Bình San, Pháo Đài.
""" + SIGN_UBKT))

# Kiên Giang UBKT, 15/3/2024: fulfils obligation 1 of Kiên Giang's 12-KH/TU; cites Kiên Giang's 01-QĐ before its replacement
w("kg_ubkt_kh09_2024.txt", party("ĐẢNG BỘ TỈNH KIÊN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "09-KH/UBKTTU", "Kiên Giang, ngày 15 tháng 3 năm 2024", """KẾ HOẠCH
kiểm tra việc thi hành kỷ luật đảng giai đoạn 2023 - 2025
-----
Thực hiện Kế hoạch số 12-KH/TU, ngày 14/3/2023 của Ban Thường vụ Tỉnh ủy Kiên Giang; căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương và Quyết định số 01-QĐ/UBKTTU, ngày 05/02/2021 của Ủy ban Kiểm tra Tỉnh ủy Kiên Giang ban hành Quy chế phối hợp với Thanh tra tỉnh, Ủy ban Kiểm tra Tỉnh ủy xây dựng Kế hoạch như sau:
1. Kiểm tra việc thi hành kỷ luật tại Đảng bộ thành phố Phú Quốc, thành phố Rạch Giá.
2. Phối hợp với Thanh tra tỉnh theo Luật Thanh tra số 11/2022/QH15 ngày 14/11/2022.
""" + SIGN_UBKT))

# =============================================================== the central text
w("tw_qd296_2025.txt", """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 296-QĐ/TW
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\tHà Nội, ngày 30 tháng 5 năm 2025

QUY ĐỊNH
về công tác kiểm tra, giám sát và kỷ luật của Đảng
-----
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khóa XIII,
Ban Chấp hành Trung ương quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng như sau:
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng
Quy định này quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng.
Chương VII
ĐIỀU KHOẢN THI HÀNH
Điều 35. Hiệu lực thi hành
Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng và Quy định số 86-QĐ/TW, ngày 01/6/2017 của Bộ Chính trị về giám sát trong Đảng.
""" + SIGN_TW)

# =============================================================== the new tỉnh An Giang: Tỉnh ủy and its Ủy ban Kiểm tra
w("tu_qd05_2025.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "TỈNH ỦY", "05-QĐ/TU", "An Giang, ngày 28 tháng 7 năm 2025", """QUY ĐỊNH
về kiểm soát quyền lực trong công tác kiểm tra, giám sát, thi hành kỷ luật đảng của Đảng bộ tỉnh
-----
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng,
Ban Thường vụ Tỉnh ủy quy định như sau:
Điều 1. Quy định này áp dụng đối với Ủy ban Kiểm tra các cấp trong Đảng bộ tỉnh.
Điều 2. Quy định này có hiệu lực kể từ ngày ký.
""" + SIGN_TU))

# 03-QĐ/UBKTTU of the new UBKT: replaces Kiên Giang's 01-QĐ/UBKTTU, keeps An Giang's 01-QĐ/UBKTTU
w("ubkt_qd03_2025.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "03-QĐ/UBKTTU", "An Giang, ngày 20 tháng 8 năm 2025", """QUYẾT ĐỊNH
ban hành Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh
-----
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng;
- Căn cứ Luật Thanh tra số 11/2022/QH15 ngày 14/11/2022,
ỦY BAN KIỂM TRA TỈNH ỦY QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 01-QĐ/UBKTTU, ngày 05/02/2021 của Ủy ban Kiểm tra Tỉnh ủy Kiên Giang ban hành Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh Kiên Giang.
Điều 3. Quy trình giám sát chuyên đề ban hành kèm theo Quyết định số 01-QĐ/UBKTTU, ngày 12/01/2021 của Ủy ban Kiểm tra Tỉnh ủy An Giang tiếp tục được áp dụng trong toàn Đảng bộ tỉnh cho đến khi có quy định mới.
""" + SIGN_UBKT))

# 18-KH/TU of the new Ban Thường vụ: implements 296; prose overdue (amend 05-QĐ/TU); ambiguous old 12-KH/TU; obligations
w("tu_kh18_2025.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "TỈNH ỦY", "18-KH/TU", "An Giang, ngày 15 tháng 9 năm 2025", """KẾ HOẠCH
thực hiện Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng
-----
Thực hiện Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; Hướng dẫn số 02-HD/TW, ngày 09/12/2021 của Ban Bí thư; tiếp tục thực hiện Kế hoạch số 12-KH/TU năm 2023 của Ban Thường vụ Tỉnh ủy (trước sắp xếp), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. NỘI DUNG
Các cấp ủy, tổ chức đảng tập trung thực hiện 04 nội dung sau:
1. Quán triệt Quy định số 296-QĐ/TW đến 100% chi bộ.
2. Kiểm tra, giám sát việc thực hiện Quy định số 05-QĐ/TU, ngày 28/7/2025 của Ban Thường vụ Tỉnh ủy.
3. Phối hợp giữa Ủy ban Kiểm tra và Thanh tra theo Quyết định số 03-QĐ/UBKTTU, ngày 20/8/2025 của Ủy ban Kiểm tra Tỉnh ủy.
4. Xử lý nghiêm tổ chức đảng, đảng viên vi phạm theo Quy định số 69-QĐ/TW, ngày 06/7/2022 của Bộ Chính trị.
Ủy ban Kiểm tra Tỉnh ủy chủ trì, tham mưu Ban Thường vụ Tỉnh ủy sửa đổi, bổ sung Quy định số 05-QĐ/TU, ngày 28/7/2025 của Ban Thường vụ Tỉnh ủy cho phù hợp với mô hình chính quyền địa phương hai cấp, hoàn thành trước ngày 30/9/2026.
II. TỔ CHỨC THỰC HIỆN
1. Ủy ban Kiểm tra Tỉnh ủy xây dựng kế hoạch kiểm tra, giám sát năm 2026 để thực hiện Kế hoạch này.
2. Các đảng ủy xã, phường, đặc khu xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.
3. Đảng ủy Công an tỉnh xây dựng kế hoạch thực hiện trong lực lượng Công an tỉnh.
""" + SIGN_TU))

# 02-KH/UBKTTU (pdftotext -layout), 08/01/2026: task table; obligations on the ward UBKT
w("ubkt_kh02_2026.txt", layout(party_cols("ĐẢNG BỘ TỈNH AN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "02-KH/UBKTTU", "An Giang, ngày 08 tháng 01 năm 2026", """                                  KẾ HOẠCH
                      kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Tỉnh ủy
                                    -----
Thực hiện Kế hoạch số 18-KH/TU, ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy; căn cứ Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương, Ủy ban Kiểm tra Tỉnh ủy xây dựng Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tKiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm\tCác phòng nghiệp vụ\tThường xuyên
2\tSửa đổi, bổ sung Quyết định số 03-QĐ/UBKTTU, ngày 20/8/2025 về Quy chế phối hợp với Thanh tra tỉnh\tPhòng Nghiệp vụ I\tQuý I/2026
3\tXây dựng Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Đảng ủy Công an tỉnh trong xử lý đơn thư, tố cáo\tVăn phòng Ủy ban\tQuý II/2026
4\tSơ kết 6 tháng thực hiện Kế hoạch này\tVăn phòng Ủy ban\tTháng 7/2026
5\tTổng kết công tác kiểm tra, giám sát năm 2026\tVăn phòng Ủy ban\tTháng 12/2026
6\tGiám sát chuyên đề theo Quyết định số 01-QĐ/UBKTTU, ngày 12/01/2021 của Ủy ban Kiểm tra Tỉnh ủy An Giang (trước sắp xếp)\tPhòng Nghiệp vụ II\tHằng năm
II. TỔ CHỨC THỰC HIỆN
Ủy ban Kiểm tra các đảng ủy xã, phường, đặc khu xây dựng kế hoạch kiểm tra, giám sát năm 2026 của cấp mình.
""" + SIGN_UBKT)))

# 04-QĐ/UBKTTU, 15/3/2026: amends (not replaces) 03-QĐ/UBKTTU — meets row 2 of 02-KH/UBKTTU
w("ubkt_qd04_2026.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "04-QĐ/UBKTTU", "An Giang, ngày 15 tháng 3 năm 2026", """QUYẾT ĐỊNH
sửa đổi, bổ sung một số điều của Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh
-----
- Căn cứ Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương;
- Thực hiện Kế hoạch số 02-KH/UBKTTU, ngày 08/01/2026 của Ủy ban Kiểm tra Tỉnh ủy,
ỦY BAN KIỂM TRA TỈNH ỦY QUYẾT ĐỊNH
Điều 1. Sửa đổi, bổ sung một số điều của Quy chế phối hợp ban hành kèm theo Quyết định số 03-QĐ/UBKTTU, ngày 20/8/2025 của Ủy ban Kiểm tra Tỉnh ủy như sau: sửa đổi Điều 5 về trao đổi thông tin đơn thư.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""" + SIGN_UBKT))

# 07-TB/UBKTTU, 10/3/2026 (text); 69 amended by 264 (both central, external); "mức kỷ luật … thay thế"
w("ubkt_tb07_2026.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "07-TB/UBKTTU", "An Giang, ngày 10 tháng 3 năm 2026", """THÔNG BÁO
kết luận kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy phường Châu Đốc
-----
Căn cứ Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương và Quy định số 69-QĐ/TW, ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm (đã được sửa đổi, bổ sung bởi Quy định số 264-QĐ/TW, ngày 14/02/2025 của Ban Chấp hành Trung ương), Ủy ban Kiểm tra Tỉnh ủy thông báo kết luận như sau:
1. Ban Thường vụ Đảng ủy phường Châu Đốc đã vi phạm nguyên tắc tập trung dân chủ trong quản lý đất đai.
2. Đề nghị Ban Thường vụ Tỉnh ủy áp dụng mức kỷ luật cảnh cáo thay thế hình thức khiển trách mà Đảng ủy phường đã đề nghị theo Quy định số 69-QĐ/TW.
""" + SIGN_UBKT))

# the same number 07-TB/UBKTTU again, 22/6/2026 (.docx): group row counts 03 over 2 rows; the other group matches
docx("ubkt_tb07b_2026.docx", [
    "THÔNG BÁO",
    "kết luận giám sát chuyên đề đối với Ban Thường vụ Đảng ủy đặc khu Phú Quốc",
    ["Căn cứ Quyết định số 03-QĐ/", "UBKTTU, ngày 20/8/2025 của Ủy ban Kiểm tra Tỉnh ủy (đã được sửa đổi, bổ sung bởi Quyết định số 04-QĐ/UBKTTU, ngày 15/3/2026) và Kế hoạch số 02-KH/UBKTTU, ngày 08/01/2026 của Ủy ban Kiểm tra Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy thông báo kết luận giám sát như sau:"]],
    rows=[["TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
          ["", "Ưu điểm (02 nội dung)", "", ""],
          ["1", "Ban hành kịp thời kế hoạch kiểm tra, giám sát năm 2026", "Ủy ban Kiểm tra Đảng ủy đặc khu", ""],
          ["2", "Giải quyết dứt điểm đơn thư tồn đọng năm 2025", "Ủy ban Kiểm tra Đảng ủy đặc khu", ""],
          ["", "Yêu cầu khắc phục (03 nội dung)", "", ""],
          ["1", "Rà soát việc thực hiện quy chế làm việc của Ủy ban Kiểm tra Đảng ủy đặc khu", "Ủy ban Kiểm tra Đảng ủy đặc khu", "Tháng 8/2026"],
          ["2", "Kiểm điểm trách nhiệm tập thể, cá nhân để xảy ra chậm trễ trong xử lý đơn thư", "Ban Thường vụ Đảng ủy đặc khu", "Tháng 8/2026"]],
    header_table=(["ĐẢNG BỘ TỈNH AN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "*", "Số 07-TB/UBKTTU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Giang, ngày 22 tháng 6 năm 2026"]))

# 45-BC/UBKTTU, 15/7/2026: sơ kết (meets row 4); proposes replacing An Giang's 01-QĐ; quoted title; counted list matches
w("ubkt_bc45_2026.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "45-BC/UBKTTU", "An Giang, ngày 15 tháng 7 năm 2026", """BÁO CÁO
sơ kết 6 tháng thực hiện Kế hoạch số 02-KH/UBKTTU, ngày 08/01/2026 của Ủy ban Kiểm tra Tỉnh ủy
-----
I. KẾT QUẢ
Ủy ban Kiểm tra Tỉnh ủy đã hoàn thành 03 nhiệm vụ trọng tâm sau:
1. Ban hành Quyết định số 04-QĐ/UBKTTU, ngày 15/3/2026 sửa đổi, bổ sung Quy chế phối hợp với Thanh tra tỉnh.
2. Ban hành Thông báo kết luận số 07-TB/UBKTTU, ngày 10/3/2026 đối với Ban Thường vụ Đảng ủy phường Châu Đốc.
3. Giám sát chuyên đề theo Quyết định số 01-QĐ/UBKTTU, ngày 12/01/2021 của Ủy ban Kiểm tra Tỉnh ủy An Giang (trước sắp xếp) tại 08 đảng ủy phường.
Văn phòng Ủy ban đang hoàn thiện dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quy định số 05-QĐ/TU, ngày 28/7/2025 của Ban Thường vụ Tỉnh ủy” để trình Ban Thường vụ Tỉnh ủy; dự thảo chưa được thông qua.
II. KIẾN NGHỊ
Đề xuất Ủy ban Kiểm tra Tỉnh ủy xem xét ban hành quyết định mới thay thế Quyết định số 01-QĐ/UBKTTU, ngày 12/01/2021 của Ủy ban Kiểm tra Tỉnh ủy An Giang (trước sắp xếp); trong khi chưa có quyết định mới, Quyết định số 01-QĐ/UBKTTU, ngày 12/01/2021 tiếp tục được áp dụng.
""" + SIGN_UBKT_PCN))

# =============================================================== the new UBND tỉnh An Giang and Thanh tra tỉnh
# 15/2025 (pdftotext -layout): signed 25/9/2025, in force 10/10/2025; replaces Kiên Giang's 08/2020 and An Giang's 21/2022
w("ubnd_qd15_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "15/2025/QĐ-UBND", "An Giang, ngày 25 tháng 9 năm 2025", """                               QUYẾT ĐỊNH
     Ban hành Quy định về tiếp công dân, xử lý đơn và phối hợp thanh tra, kiểm tra
                         trên địa bàn tỉnh An Giang

                      ỦY BAN NHÂN DÂN TỈNH AN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Thanh tra số 11/2022/QH15 ngày 14 tháng 11 năm 2022;
Căn cứ Nghị định số 43/2023/NĐ-CP ngày 30 tháng 6 năm 2023 của Chính phủ quy định chi tiết một số điều và biện
pháp thi hành Luật Thanh tra;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp
tỉnh;
Theo đề nghị của Chánh Thanh tra tỉnh.
                                QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về tiếp công dân, xử lý đơn và phối hợp thanh tra, kiểm tra
trên địa bàn tỉnh An Giang.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 10 năm 2025.
2. Quyết định này thay thế Quyết định số 08/2020/QĐ-UBND ngày 14 tháng 4 năm 2020 của Ủy ban nhân dân tỉnh
Kiên Giang ban hành Quy định về xử lý chồng chéo, trùng lặp trong hoạt động thanh tra, kiểm tra doanh nghiệp
và Quyết định số 21/2022/QĐ-UBND ngày 30 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh An Giang quy định trách
nhiệm của người đứng đầu trong công tác tiếp công dân.
3. Quyết định số 08/2020/QĐ-UBND ngày 10 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh An Giang (trước sắp xếp)
tiếp tục có hiệu lực.
Điều 3. Chánh Văn phòng UBND tỉnh, Chánh Thanh tra tỉnh, Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm
thi hành Quyết định này.
""" + SIGN_UB)))

# 06/2026 (Markdown): "replaces" An Giang's 21/2022 again
w("ubnd_qd06_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH AN GIANG**", "Số: 06/2026/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*An Giang, ngày 20 tháng 3 năm 2026*"]) + """
**QUYẾT ĐỊNH**

**Quy định trách nhiệm của người đứng đầu cơ quan hành chính nhà nước các cấp trong công tác tiếp công dân**

**ỦY BAN NHÂN DÂN TỈNH AN GIANG**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 25/9/2025 của UBND tỉnh ban hành Quy định về tiếp công dân, xử lý đơn;*

*Theo đề nghị của Chánh Thanh tra tỉnh.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định trách nhiệm của người đứng đầu cơ quan hành chính nhà nước các cấp trong công tác tiếp công dân trên địa bàn tỉnh.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026 và thay thế Quyết định số 21/2022/QĐ-UBND ngày 30/6/2022 của UBND tỉnh An Giang.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
""")

# 210/KH-UBND (portal), 10/10/2025: obligations on Thanh tra tỉnh and on the UBND of communes and wards
w("ubnd_kh210_2025.html", portal("Kế hoạch số 210/KH-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "-------", "Số: 210/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "An Giang, ngày 10 tháng 10 năm 2025"], """KẾ HOẠCH
Triển khai công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo sau sắp xếp đơn vị hành chính
Thực hiện Kế hoạch số 18-KH/TU ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy; căn cứ Quyết định số 15/2025/QĐ-UBND ngày 25/9/2025 của UBND tỉnh (có hiệu lực từ ngày 10/10/2025), UBND tỉnh ban hành Kế hoạch như sau:
I. NỘI DUNG
1. Tiếp tục thực hiện Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh An Giang (trước sắp xếp) trên địa bàn các xã, phường thuộc tỉnh An Giang cũ.
2. Tổ chức tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh ở phường Rạch Giá.
II. TỔ CHỨC THỰC HIỆN
1. Thanh tra tỉnh xây dựng kế hoạch thanh tra năm 2026, trình Chủ tịch UBND tỉnh phê duyệt.
2. UBND các xã, phường, đặc khu xây dựng kế hoạch thực hiện trên địa bàn.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# Thanh tra tỉnh letter (minified portal), 05/10/2025: between the signing (25/9) and the entry into force (10/10) of 15/2025
w("ttr_cv512_2025.html", portal("Công văn số 512/TTr-VP", ["UBND TỈNH AN GIANG", "THANH TRA TỈNH", "-------", "Số: 512/TTr-VP", "V/v thực hiện quy định xử lý chồng chéo thanh tra, kiểm tra"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "An Giang, ngày 05 tháng 10 năm 2025"], """Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu.
Trong khi chờ Quyết định số 15/2025/QĐ-UBND ngày 25/9/2025 của UBND tỉnh có hiệu lực (từ ngày 10/10/2025), các xã, phường, đặc khu thuộc tỉnh Kiên Giang (cũ) tiếp tục thực hiện Quyết định số 08/2020/QĐ-UBND ngày 14/4/2020 của UBND tỉnh Kiên Giang về xử lý chồng chéo, trùng lặp trong hoạt động thanh tra, kiểm tra doanh nghiệp.
Thanh tra tỉnh đề nghị Ủy ban nhân dân các xã, phường, đặc khu nghiêm túc thực hiện./.
KT. CHÁNH THANH TRA
PHÓ CHÁNH THANH TRA""", minified=True))

# 12/KH-TTr, 06/01/2026: fulfils the obligation of 210/KH-UBND; cites the replaced Kiên Giang 08/2020 (planted) and the
# living An Giang 08/2020; a row to amend An Giang's 08/2020 (Tháng 6/2026, overdue); "người thay thế"
w("ttr_kh12_2026.txt", state("UBND TỈNH AN GIANG", "THANH TRA TỈNH", "12/KH-TTr", "An Giang, ngày 06 tháng 01 năm 2026", """KẾ HOẠCH
Thanh tra năm 2026
Căn cứ Luật Thanh tra số 11/2022/QH15 ngày 14/11/2022;
Căn cứ Nghị định số 43/2023/NĐ-CP ngày 30/6/2023 của Chính phủ;
Căn cứ Quyết định số 08/2020/QĐ-UBND ngày 14/4/2020 của UBND tỉnh Kiên Giang về xử lý chồng chéo, trùng lặp trong hoạt động thanh tra, kiểm tra doanh nghiệp;
Căn cứ Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh An Giang ban hành Quy chế phối hợp trong công tác tiếp công dân;
Thực hiện Kế hoạch số 210/KH-UBND ngày 10/10/2025 của UBND tỉnh, Thanh tra tỉnh xây dựng Kế hoạch thanh tra năm 2026 như sau:
I. NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời gian thực hiện
1\tThanh tra trách nhiệm thực hiện pháp luật về tiếp công dân của Chủ tịch UBND 10 xã, phường\tPhòng Nghiệp vụ 1\tQuý II/2026
2\tTham mưu UBND tỉnh sửa đổi, bổ sung Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh An Giang (cũ) cho phù hợp với tổ chức chính quyền hai cấp\tPhòng Nghiệp vụ 3\tTháng 6/2026
3\tTiếp công dân định kỳ\tBan Tiếp công dân tỉnh\tHằng tháng
4\tXây dựng Kế hoạch thanh tra năm 2027\tVăn phòng\tTháng 12/2026
II. TỔ CHỨC THỰC HIỆN
Trường hợp thành viên Đoàn thanh tra vắng mặt, Chánh Thanh tra tỉnh cử người thay thế theo Luật Thanh tra số 11/2022/QH15.
""" + SIGN_TTR))

# 88/BC-TTr, 10/10/2026: only proposes replacing An Giang's 08/2020 (must not fulfil the amendment row)
w("ttr_bc88_2026.txt", state("UBND TỈNH AN GIANG", "THANH TRA TỈNH", "88/BC-TTr", "An Giang, ngày 10 tháng 10 năm 2026", """BÁO CÁO
Kết quả thực hiện Kế hoạch thanh tra năm 2026 (9 tháng)
Thực hiện Kế hoạch số 12/KH-TTr ngày 06/01/2026 của Thanh tra tỉnh, Thanh tra tỉnh báo cáo như sau:
I. KẾT QUẢ
Đã thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân tại 10 xã, phường.
II. KIẾN NGHỊ
Đề nghị UBND tỉnh xem xét ban hành quyết định thay thế Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh An Giang (cũ); trong khi chưa có quyết định mới, Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 tiếp tục được áp dụng trên địa bàn các xã, phường thuộc tỉnh An Giang cũ.
""" + SIGN_TTR))

# =============================================================== wards and đặc khu (after 1/7/2025)
# Đảng ủy phường Long Xuyên 05-KH/ĐU (Markdown, header as headings): cites 18-KH/TU as a "Chương trình"; names itself;
# "05 nhiệm vụ" over 4 items
w("ph_lx_du_kh05_2025.md", md_headings(["## ĐẢNG BỘ TỈNH AN GIANG", "### ĐẢNG ỦY PHƯỜNG LONG XUYÊN", "\\*", "Số 05-KH/ĐU"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Long Xuyên, ngày 10 tháng 10 năm 2025*"]) + """# KẾ HOẠCH

**thực hiện Kế hoạch số 18-KH/TU của Ban Thường vụ Tỉnh ủy về công tác kiểm tra, giám sát và kỷ luật của Đảng**

Thực hiện Chương trình số 18-KH/TU ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy phường ban hành Kế hoạch số 05-KH/ĐU với 05 nhiệm vụ sau:

1. Quán triệt Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương đến các chi bộ.
2. Kiện toàn Ủy ban Kiểm tra Đảng ủy phường.
3. Giám sát việc kê khai tài sản, thu nhập.
4. Định kỳ sơ kết việc thực hiện Kế hoạch số 05-KH/ĐU.

Các chi bộ trực thuộc căn cứ Kế hoạch số 05-KH/ĐU để triển khai thực hiện.

**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**
""")

# UBND phường Long Xuyên 30/KH-UBND (Word HTML): "của UBND tỉnh" unqualified; An Giang's 08/2020 in force, cited as "(cũ)"
w("ph_lx_ubnd_kh30_2025.html", html_spans("Kế hoạch 30/KH-UBND phường Long Xuyên", ["ỦY BAN NHÂN DÂN", "PHƯỜNG LONG XUYÊN", "-------", "Số: 30/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Long Xuyên, ngày 20 tháng 10 năm 2025"], """KẾ HOẠCH
Thực hiện công tác tiếp công dân, giải quyết khiếu nại, tố cáo trên địa bàn phường
Thực hiện Kế hoạch số 210/KH-UBND ngày 10/10/2025 của UBND tỉnh; căn cứ Quyết định số 08/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh An Giang (cũ) ban hành Quy chế phối hợp trong công tác tiếp công dân, Ủy ban nhân dân phường Long Xuyên xây dựng Kế hoạch như sau:
1. Chủ tịch UBND phường tiếp công dân định kỳ vào ngày 15 hằng tháng.
2. Công chức tiếp công dân vắng mặt thì Chủ tịch UBND phường phân công người thay thế.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# UBKT Đảng ủy phường Long Xuyên 02-KH/UBKTĐU, 20/01/2026: cites the replaced 22-QĐ/TW (planted)
w("ph_lx_ubkt_kh02_2026.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY PHƯỜNG LONG XUYÊN\nỦY BAN KIỂM TRA", "02-KH/UBKTĐU", "Long Xuyên, ngày 20 tháng 01 năm 2026", """KẾ HOẠCH
kiểm tra, giám sát năm 2026
-----
Thực hiện Kế hoạch số 02-KH/UBKTTU, ngày 08/01/2026 của Ủy ban Kiểm tra Tỉnh ủy An Giang; căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng và Kế hoạch số 05-KH/ĐU, ngày 10/10/2025 của Ban Thường vụ Đảng ủy phường, Ủy ban Kiểm tra Đảng ủy phường xây dựng Kế hoạch như sau:
1. Kiểm tra 03 tổ chức đảng, 05 đảng viên.
2. Giám sát chuyên đề 02 chi bộ khu vực.
""" + SIGN_UBKT))

# Phường Rạch Giá: a three-document cycle, all 15/01/2026; the UBKT plan cites Kiên Giang's replaced 01-QĐ (planted)
w("ph_rg_du_kh03_2026.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY PHƯỜNG RẠCH GIÁ", "03-KH/ĐU", "Rạch Giá, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
thực hiện Kế hoạch số 18-KH/TU của Ban Thường vụ Tỉnh ủy về công tác kiểm tra, giám sát và kỷ luật của Đảng
-----
Thực hiện Kế hoạch số 18-KH/TU, ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy; căn cứ Kế hoạch số 02-KH/UBKTĐU, ngày 15/01/2026 của Ủy ban Kiểm tra Đảng ủy phường Rạch Giá, Ban Thường vụ Đảng ủy phường Rạch Giá ban hành Kế hoạch như sau:
1. Lãnh đạo các chi bộ khu phố thực hiện nghiêm Quy định số 296-QĐ/TW.
2. Ủy ban Kiểm tra Đảng ủy phường tham mưu kiểm tra việc thực hiện Kế hoạch này.
""" + SIGN_DU))

w("ph_rg_ubkt_kh02_2026.md", md_hdr(["**ĐẢNG BỘ TỈNH AN GIANG**", "**ĐẢNG ỦY PHƯỜNG RẠCH GIÁ**", "**ỦY BAN KIỂM TRA**", "\\*", "Số 02-KH/UBKTĐU"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Rạch Giá, ngày 15 tháng 01 năm 2026*"]) + """
**KẾ HOẠCH**

**kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Đảng ủy phường Rạch Giá**

Thực hiện Chương trình số 01-CTr/ĐU, ngày 15/01/2026 của Đảng ủy phường Rạch Giá và Kế hoạch số 02-KH/UBKTTU, ngày 08/01/2026 của Ủy ban Kiểm tra Tỉnh ủy; căn cứ Quyết định số 01-QĐ/UBKTTU, ngày 05/02/2021 của Ủy ban Kiểm tra Tỉnh ủy Kiên Giang ban hành Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh, Ủy ban Kiểm tra Đảng ủy phường xây dựng Kế hoạch như sau:

1. Kiểm tra 04 tổ chức đảng khi có dấu hiệu vi phạm.
2. Phối hợp với Thanh tra tỉnh trong xử lý đơn thư liên quan đến đảng viên.

**T/M ỦY BAN KIỂM TRA**
**CHỦ NHIỆM**
""")

w("ph_rg_du_ctr01_2026.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY PHƯỜNG RẠCH GIÁ", "01-CTr/ĐU", "Rạch Giá, ngày 15 tháng 01 năm 2026", """CHƯƠNG TRÌNH
giám sát của Ban Chấp hành Đảng bộ phường năm 2026
-----
Căn cứ Kế hoạch số 03-KH/ĐU, ngày 15/01/2026 của Ban Thường vụ Đảng ủy phường Rạch Giá, Ban Chấp hành Đảng bộ phường xây dựng Chương trình giám sát năm 2026 như sau:
1. Giám sát thường xuyên hoạt động của 32 chi bộ khu phố.
2. Giám sát chuyên đề việc thực hiện Quy định số 296-QĐ/TW.
""" + SIGN_DU))

# Đảng ủy đặc khu Phú Quốc 04-KH/ĐU, 01/10/2025: fulfils obligation 2 of 18-KH/TU
w("dk_pq_du_kh04_2025.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC", "04-KH/ĐU", "Phú Quốc, ngày 01 tháng 10 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch số 18-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 18-KH/TU, ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Quy định số 296-QĐ/TW, Ban Thường vụ Đảng ủy đặc khu ban hành Kế hoạch như sau:
1. Quán triệt Quy định số 296-QĐ/TW đến các chi bộ trực thuộc.
2. Kiện toàn Ủy ban Kiểm tra Đảng ủy đặc khu.
""" + SIGN_DU))

# UBKT Đảng ủy đặc khu Phú Quốc 01-KH/UBKTĐU, 05/01/2026: cites 02-KH/UBKTTU of 08/01/2026 (planted temporal); the id
# 03-QĐ/UBKTTU cut across two lines; Kiên Giang's 12-KH/TU by its former name
w("dk_pq_ubkt_kh01_2026.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC\nỦY BAN KIỂM TRA", "01-KH/UBKTĐU", "Phú Quốc, ngày 05 tháng 01 năm 2026", """KẾ HOẠCH
kiểm tra, giám sát năm 2026
-----
Thực hiện Kế hoạch số 02-KH/UBKTTU, ngày 08/01/2026 của Ủy ban Kiểm tra Tỉnh ủy; căn cứ Quyết định số 03-QĐ/
UBKTTU, ngày 20/8/2025 của Ủy ban Kiểm tra Tỉnh ủy ban hành Quy chế phối hợp với Thanh tra tỉnh; tiếp tục thực hiện Kế hoạch số 12-KH/TU, ngày 14/3/2023 của Ban Thường vụ Tỉnh ủy Kiên Giang về thực hiện Quy định số 69-QĐ/TW, Ủy ban Kiểm tra Đảng ủy đặc khu xây dựng Kế hoạch như sau:
1. Kiểm tra 02 tổ chức đảng trực thuộc.
2. Giám sát chuyên đề việc thi hành kỷ luật đảng tại 05 chi bộ.
""" + SIGN_UBKT))

# Đảng ủy phường Hà Tiên 02-KH/ĐU, 02/02/2026: fulfils obligation 2 of 18-KH/TU; undated re-mention; former Hà Tiên UBKT
# plan by its former name; "thay thế Trưởng đoàn" (ordinary word)
w("ph_ht_du_kh02_2026.txt", party("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY PHƯỜNG HÀ TIÊN", "02-KH/ĐU", "Hà Tiên, ngày 02 tháng 02 năm 2026", """KẾ HOẠCH
thực hiện Kế hoạch số 18-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 18-KH/TU, ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy; tiếp tục thực hiện Kế hoạch số 04-KH/UBKT, ngày 05/4/2023 của Ủy ban Kiểm tra Thành ủy Hà Tiên (trước sắp xếp), Ban Thường vụ Đảng ủy phường ban hành Kế hoạch như sau:
1. Triển khai Kế hoạch số 18-KH/TU đến các chi bộ.
2. Khi Trưởng đoàn kiểm tra vắng mặt, Ban Thường vụ cử đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra thay thế Trưởng đoàn theo Quy định số 296-QĐ/TW.
""" + SIGN_DU))

print(len(os.listdir(OUT)), "files written to", OUT)
