#!/usr/bin/env python3
"""Red team round 39: the Party's own rule-books (quy chế làm việc, quy định, hướng dẫn) in tỉnh Vĩnh Long, into which
tỉnh Bến Tre and tỉnh Trà Vinh were merged on 1/7/2025 (Nghị quyết 202/2025/QH15 of 12/6/2025), 2020-2026.
The three former Tỉnh ủy (khóa XI, 2020-2025) each issued a 01-QC/TU (Quy chế làm việc) and a 05-QĐ/TU; the merged Tỉnh ủy
(khóa I, 2025-2030) restarted its numbering: a 01-QC/TU and a 05-QĐ/TU of 2025 stand beside those of 2020/2021.
Bodies: Ban Chấp hành Trung ương (296-QĐ/TW); Tỉnh ủy / Ban Thường vụ Vĩnh Long, Bến Tre, Trà Vinh (former) and Vĩnh Long
(merged); Ban Tổ chức Tỉnh ủy (-HD/BTCTU, -KH/BTCTU); Ủy ban Kiểm tra Tỉnh ủy (-HD/UBKTTU); Huyện ủy Vũng Liêm, Ba Tri,
Giồng Trôm; UBND tỉnh Bến Tre; after 1/7/2025 Đảng ủy xã Ba Tri, Càng Long, Cầu Kè, Tiểu Cần and Đảng ủy phường Long Châu.
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented.
Header helpers copied from RedTeam37/gen.py (`w`, `party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`,
`portal`, `md_hdr`, `md_headings`, `html_spans`, `ocr`) with the site names, address and phone numbers changed to
Vĩnh Long's (0270.…, invented)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Vĩnh Long", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng Tỉnh ủy Vĩnh Long. Địa chỉ: số 1 đường Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long. Điện thoại: 0270.3822.151 - Fax: 0270.3822.152') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Đảng bộ tỉnh Vĩnh Long - Điện thoại: 0270.3823.306 - Fax: 0270.3823.307</div>\n</body></html>')








def ocr(t, words):
    """OCR-like damage: replace a few words (each must exist)."""
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t




# ---------------------------------------------------------------- signatures and headers of this world
T_TU = "\t\t\t\t\tT/M TỈNH ỦY\n\t\t\t\t\tBÍ THƯ"
T_BTV = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tBÍ THƯ"
T_BTV_PBT = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC"
TL_VP = "\t\t\t\t\tTL. BAN THƯỜNG VỤ\n\t\t\t\t\tCHÁNH VĂN PHÒNG"
KT_BTC = "\t\t\t\t\tK/T TRƯỞNG BAN\n\t\t\t\t\tPHÓ TRƯỞNG BAN"
T_BTC = "\t\t\t\t\tTRƯỞNG BAN"
T_UBKT = "\t\t\t\t\tT/M ỦY BAN KIỂM TRA\n\t\t\t\t\tCHỦ NHIỆM"
TM_DU = "\t\t\t\t\tTM. ĐẢNG ỦY\n\t\t\t\t\tBÍ THƯ"
TM_BTV_DU = "\t\t\t\t\tTM. BAN THƯỜNG VỤ\n\t\t\t\t\tPHÓ BÍ THƯ"
T_HU = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tPHÓ BÍ THƯ"
KT_UB = "\t\t\t\t\tTM. ỦY BAN NHÂN DÂN\n\t\t\t\t\tKT. CHỦ TỊCH\n\t\t\t\t\tPHÓ CHỦ TỊCH"
NOI = "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy."

DL = "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"
Q24 = "Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng"
Q29 = "Quy định số 29-QĐ/TW, ngày 25/7/2016 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng"
H02 = "Hướng dẫn số 02-HD/TW, ngày 09/12/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng"
Q22 = "Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng"
Q85 = "Quy định số 85-QĐ/TW, ngày 23/5/2017 của Bộ Chính trị về kiểm tra, giám sát việc kê khai tài sản của cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý"
Q296 = "Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng"

# the three 01-QC/TU of 2020 and the four 05-QĐ/TU, always cited with date and former province except where a defect is planted
VL01 = "Quy chế làm việc số 01-QC/TU, ngày 20/11/2020 của Ban Chấp hành Đảng bộ tỉnh Vĩnh Long khóa XI"
BT01 = "Quy chế làm việc số 01-QC/TU, ngày 05/11/2020 của Ban Chấp hành Đảng bộ tỉnh Bến Tre khóa XI"
TV01 = "Quy chế làm việc số 01-QC/TU, ngày 28/10/2020 của Ban Chấp hành Đảng bộ tỉnh Trà Vinh khóa XI"
VL05 = "Quy định số 05-QĐ/TU, ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy Vĩnh Long"
BT05 = "Quy định số 05-QĐ/TU, ngày 22/4/2021 của Ban Thường vụ Tỉnh ủy Bến Tre"
TV05 = "Quy định số 05-QĐ/TU, ngày 02/3/2021 của Ban Thường vụ Tỉnh ủy Trà Vinh"
NEW01 = "Quy chế làm việc số 01-QC/TU, ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025 - 2030"
NEW05 = "Quy định số 05-QĐ/TU, ngày 28/10/2025 của Ban Thường vụ Tỉnh ủy"


def tu(prov, num, place, title, body, sign=T_BTV, cols=False):
    f = party_cols if cols else party
    return f(f"ĐẢNG BỘ TỈNH {prov.upper()}", "TỈNH ỦY", num, place, title, body + "\n" + sign + "\n" + NOI)


def ban(prov, sub, num, place, title, body, sign=KT_BTC):
    return party(f"TỈNH ỦY {prov.upper()}", sub, num, place, title, body + "\n" + sign)


def du(unit, num, place, title, body, sign=TM_BTV_DU, prov="VĨNH LONG"):
    return party(f"ĐẢNG BỘ TỈNH {prov}", unit, num, place, title, body + "\n" + sign)


# ====================================================================== central: 296-QĐ/TW (minified portal page)
w("tw_qd296_2025.html", portal("Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng",
  ["BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 296-QĐ/TW"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 30 tháng 5 năm 2025"], """QUY ĐỊNH
về công tác kiểm tra, giám sát và kỷ luật của Đảng
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khóa XIII;
Ban Chấp hành Trung ương quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng như sau:
Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng
(Trích)
Chương VII. TỔ CHỨC THỰC HIỆN
Điều 35. Hiệu lực thi hành
1. Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 22-QĐ/TW, ngày 28/7/2021 và Quy định số 262-QĐ/TW, ngày 03/02/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; Quy định số 85-QĐ/TW, ngày 23/5/2017 của Bộ Chính trị về kiểm tra, giám sát việc kê khai tài sản của cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý.
T/M BAN CHẤP HÀNH TRUNG ƯƠNG
TỔNG BÍ THƯ""", minified=True, site="Báo điện tử Đảng Cộng sản Việt Nam",
  footer="Báo điện tử Đảng Cộng sản Việt Nam - Điện thoại: 024.3823.4133"))

# ====================================================================== the three former provinces, khóa XI (2020-2025)
# Vĩnh Long 01-QC/TU (20/11/2020), pdftotext -layout with the two header columns on shared lines; replaces 09-QC/TU (ext.)
w("tu_vl_qc01_2020.txt", layout(tu("Vĩnh Long", "01-QC/TU", "Vĩnh Long, ngày 20 tháng 11 năm 2020", """                              QUY CHẾ
        làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ, Thường trực Tỉnh ủy
                       khóa XI, nhiệm kỳ 2020 - 2025
""", f"""{DL}
- Căn cứ {Q29};
- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ XI, nhiệm kỳ 2020 - 2025,
Ban Chấp hành Đảng bộ tỉnh ban hành Quy chế làm việc khóa XI như sau:
Chương I. NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định trách nhiệm, quyền hạn, chế độ làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ, Thường
trực Tỉnh ủy khóa XI.
Chương V. ĐIỀU KHOẢN THI HÀNH
Điều 24. Quy chế này có hiệu lực từ ngày ký, thay thế Quy chế làm việc số 09-QC/TU, ngày 12/01/2016 của Ban Chấp hành
Đảng bộ tỉnh khóa X. Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình thực hiện Quy chế này hằng năm.
""", sign=T_TU, cols=True)))

# Bến Tre 01-QC/TU (05/11/2020), CRLF
w("tu_bt_qc01_2020.txt", tu("Bến Tre", "01-QC/TU", "Bến Tre, ngày 05 tháng 11 năm 2020", """QUY CHẾ
LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BẾN TRE KHÓA XI, NHIỆM KỲ 2020 - 2025
""", f"""{DL}
- Căn cứ {Q29};
- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025,
Ban Chấp hành Đảng bộ tỉnh ban hành Quy chế làm việc như sau:
Điều 1. Trách nhiệm, quyền hạn của Ban Chấp hành Đảng bộ tỉnh
Điều 2. Trách nhiệm, quyền hạn của Ban Thường vụ Tỉnh ủy
Điều 20. Hiệu lực thi hành
Quy chế này có hiệu lực kể từ ngày ký. Ban Thường vụ Tỉnh ủy chỉ đạo việc thực hiện Quy chế này.
""", sign=T_TU), crlf=True)

# Trà Vinh 01-QC/TU (28/10/2020), NFD
w("tu_tv_qc01_2020.txt", tu("Trà Vinh", "01-QC/TU", "Trà Vinh, ngày 28 tháng 10 năm 2020", """QUY CHẾ
làm việc của Ban Chấp hành Đảng bộ tỉnh Trà Vinh khóa XI, nhiệm kỳ 2020 - 2025
""", f"""{DL}
- Căn cứ {Q29};
Ban Chấp hành Đảng bộ tỉnh ban hành Quy chế làm việc khóa XI như sau:
Điều 1. Phạm vi, đối tượng điều chỉnh
Điều 22. Quy chế này có hiệu lực kể từ ngày ký. Các đồng chí Tỉnh ủy viên, các tổ chức đảng trực thuộc chịu trách nhiệm
thi hành Quy chế này.
""", sign=T_TU), nfd=True)

# Vĩnh Long 05-QĐ/TU (15/3/2021): obligation on Ban Tổ chức met by 07-HD/BTCTU
w("tu_vl_qd05_2021.txt", tu("Vĩnh Long", "05-QĐ/TU", "Vĩnh Long, ngày 15 tháng 3 năm 2021", """QUY ĐỊNH
chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy khóa XI
""", f"""{DL}
- Căn cứ {VL01};
Ban Thường vụ Tỉnh ủy quy định như sau:
Điều 1. Chức năng của Ban Thường vụ Tỉnh ủy
Điều 2. Nhiệm vụ, quyền hạn của Thường trực Tỉnh ủy
Điều 3. Chế độ làm việc
Điều 8. Tổ chức thực hiện
1. Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện Quy định này.
2. Quy định này có hiệu lực kể từ ngày ký.
"""))

# Bến Tre 05-QĐ/TU (22/4/2021), portal page: kê khai tài sản; rests on 85-QĐ/TW before 296 replaced it; obligation on UBKT met by 04-HD/UBKTTU
w("tu_bt_qd05_2021.html", portal("Quy định số 05-QĐ/TU của Ban Thường vụ Tỉnh ủy",
  ["ĐẢNG BỘ TỈNH BẾN TRE", "TỈNH ỦY", "*", "Số 05-QĐ/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bến Tre, ngày 22 tháng 4 năm 2021"], f"""QUY ĐỊNH
về kiểm soát việc kê khai tài sản, thu nhập của cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý
{DL}
- Căn cứ {Q85};
- Căn cứ {BT01},
Ban Thường vụ Tỉnh ủy quy định như sau:
Điều 1. Đối tượng kê khai
Điều 2. Kiểm tra, giám sát việc kê khai
Điều 6. Tổ chức thực hiện
Ủy ban Kiểm tra Tỉnh ủy hướng dẫn thực hiện Quy định này. Quy định này có hiệu lực kể từ ngày ký.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC""", site="tỉnh Bến Tre", nbsp=True,
  footer="Trang thông tin điện tử Đảng bộ tỉnh Bến Tre. Điện thoại: 0275.3822.207 - Fax: 0275.3822.208"))

# Trà Vinh 05-QĐ/TU (02/3/2021), OCR-like; obligation on Ban Tổ chức met by the second 09-HD/BTCTU (id broken across lines)
TV05_TEXT = tu("Trà Vinh", "05-QĐ/TU", "Trà Vinh, ngày 02 tháng 3 năm 2021", """QUY ĐỊNH
về chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy khóa XI
""", f"""{DL}
- Căn cứ {Q29};
- Căn cứ {TV01},
Ban Thường vụ Tỉnh ủy quy định như sau:
Điều 1. Vị trí, chức năng của Ban Thường vụ Tỉnh ủy
Điều 2. Nhiệm vụ, quyền hạn của Thường trực Tỉnh ủy
Điều 7. Tổ chức thực hiện
Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện Quy định này. Quy định này có hiệu lực kể từ ngày ký.
""", sign=T_BTV_PBT)
w("tu_tv_qd05_2021.txt", ocr(TV05_TEXT, [("chức năng, nhiệm vụ", "chửc nãng, nhiêm vu"), ("Thường trực Tỉnh ủy khóa XI", "Thuờng trưc Tinh ùy khóa XI"),
                                          ("Tổ chức thực hiện", "Tố chức thưc hiện"), ("quy định như sau", "quy đinh nhu sau")]))

# Vĩnh Long Ban Tổ chức 07-HD/BTCTU (10/5/2021), Markdown table header
w("btc_vl_hd07_2021.md", md_hdr(["**TỈNH ỦY VĨNH LONG**", "**BAN TỔ CHỨC**", "*", "Số 07-HD/BTCTU"],
  ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Vĩnh Long, ngày 10 tháng 5 năm 2021*"]) + f"""
## HƯỚNG DẪN
### Thực hiện Quy định số 05-QĐ/TU, ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy về chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy khóa XI

Thực hiện {VL05}, Ban Tổ chức Tỉnh ủy hướng dẫn một số nội dung như sau:

1. Về chế độ làm việc của Thường trực Tỉnh ủy.
2. Về phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ.

Hướng dẫn này thay thế các hướng dẫn trước đây của Ban Tổ chức Tỉnh ủy trái với Quy định số 05-QĐ/TU.

**K/T TRƯỞNG BAN**
**PHÓ TRƯỞNG BAN**
""")

# Bến Tre UBKT 04-HD/UBKTTU (10/6/2021): the only citation is `Quy định 05 của Ban Thường vụ` (clerk's short form)
w("ubkt_bt_hd04_2021.txt", ban("Bến Tre", "ỦY BAN KIỂM TRA", "04-HD/UBKTTU", "Bến Tre, ngày 10 tháng 6 năm 2021", """HƯỚNG DẪN
thực hiện Quy định 05 của Ban Thường vụ Tỉnh ủy về kiểm soát việc kê khai tài sản, thu nhập
""", """Để thực hiện Quy định 05 của Ban Thường vụ Tỉnh ủy về kiểm soát việc kê khai tài sản, thu nhập của cán bộ thuộc diện
Ban Thường vụ Tỉnh ủy quản lý, Ủy ban Kiểm tra Tỉnh ủy hướng dẫn như sau:
1. Thời điểm kê khai: trước ngày 31 tháng 12 hằng năm.
2. Hồ sơ kê khai gửi về Ủy ban Kiểm tra Tỉnh ủy.
""", sign=T_UBKT))

# Trà Vinh 123-CV/TU (14/9/2022): `QĐ số 05` after a dated mention
w("tu_tv_cv123_2022.txt", tu("Trà Vinh", "123-CV/TU", "Trà Vinh, ngày 14 tháng 9 năm 2022", """V/v thực hiện Quy định số 05-QĐ/TU
của Ban Thường vụ Tỉnh ủy
""", f"""Kính gửi: Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.
Thực hiện {TV05} về chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy, Ban Thường vụ
Tỉnh ủy đề nghị các cấp ủy trực thuộc quán triệt QĐ số 05 đến cán bộ chủ chốt và báo cáo kết quả thực hiện hằng năm.
""", sign=T_BTV_PBT))

# Trà Vinh UBKT 03-HD/UBKTTU (20/5/2022), layout: replaces 12-HD/UBKTTU (ext.); `05 nội dung sau:` + 4 (count-mismatch), the list cut by a page break
w("ubkt_tv_hd03_2022.txt", layout(ban("Trà Vinh", "ỦY BAN KIỂM TRA", "03-HD/UBKTTU", "Trà Vinh, ngày 20 tháng 5 năm 2022", """HƯỚNG DẪN
kiểm tra, giám sát việc thực hiện quy chế làm việc của cấp ủy trực thuộc
""", f"""- Căn cứ {Q22};
- Căn cứ {H02};
- Căn cứ {Q24},
Ủy ban Kiểm tra Tỉnh ủy hướng dẫn kiểm tra, giám sát tập trung vào 05 nội dung sau:
1. Việc ban hành quy chế làm việc của cấp ủy khóa mới.
2. Việc thực hiện chế độ họp, chế độ báo cáo.
3. Việc phân công nhiệm vụ cấp ủy viên.
4. Việc thực hiện nguyên tắc tập trung dân chủ.
Hướng dẫn này thay thế Hướng dẫn số 12-HD/UBKTTU, ngày 10/10/2019 của Ủy ban Kiểm tra Tỉnh ủy khóa X.
""", sign=T_UBKT)))

# Huyện ủy Vũng Liêm 31-KH/HU (20/6/2022): metadata-conflict (05-QĐ/TU of Vĩnh Long `ngày 15/5/2021`)
w("hu_vliem_kh31_2022.txt", party("ĐẢNG BỘ TỈNH VĨNH LONG", "HUYỆN ỦY VŨNG LIÊM", "31-KH/HU", "Vũng Liêm, ngày 20 tháng 6 năm 2022", """KẾ HOẠCH
triển khai thực hiện Quy định về chức năng, nhiệm vụ của Ban Thường vụ, Thường trực Huyện ủy
""", """Thực hiện Quy định số 05-QĐ/TU, ngày 15/5/2021 của Ban Thường vụ Tỉnh ủy Vĩnh Long về chức năng, nhiệm vụ, quyền hạn
của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy khóa XI, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:
1. Các chi bộ, đảng ủy cơ sở quán triệt Quy định đến cán bộ, đảng viên; thực hiện thường xuyên.
2. Văn phòng Huyện ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy hằng năm.
""" + T_HU))

# Vĩnh Long 11-QĐ/TU (08/8/2023), .docx: sửa đổi, bổ sung một số điều of 05-QĐ/TU (VL); `02 điều sau:` + 2; `QĐ số 05` re-mentions
docx("tu_vl_qd11_2023.docx", [
    "QUY ĐỊNH",
    "Sửa đổi, bổ sung một số điều của Quy định số 05-QĐ/TU, ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy về chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy khóa XI",
    "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
    "- Căn cứ " + Q24 + ";",
    "- Căn cứ " + VL01 + ",",
    "Ban Thường vụ Tỉnh ủy sửa đổi, bổ sung 02 điều sau:",
    "1. Sửa đổi Điều 2 QĐ số 05 như sau: Thường trực Tỉnh ủy gồm Bí thư và các Phó Bí thư Tỉnh ủy.",
    "2. Bổ sung khoản 3 vào Điều 3 QĐ số 05 như sau: Thường trực Tỉnh ủy họp định kỳ mỗi tuần một lần.",
    "Quy định này có hiệu lực kể từ ngày ký. Các nội dung khác của Quy định số 05-QĐ/TU giữ nguyên hiệu lực.",
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
], header_table=(["ĐẢNG BỘ TỈNH VĨNH LONG", "TỈNH ỦY", "*", "Số 11-QĐ/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Long, ngày 08 tháng 8 năm 2023"]))

# Trà Vinh Ban Tổ chức: two Hướng dẫn numbered 09-HD/BTCTU in 2023 (duplicate-identity); b breaks the cited id across two lines
w("btc_tv_hd09_2023a.txt", ban("Trà Vinh", "BAN TỔ CHỨC", "09-HD/BTCTU", "Trà Vinh, ngày 08 tháng 3 năm 2023", """HƯỚNG DẪN
quy trình xét kết nạp đảng viên trong các tổ chức cơ sở đảng
""", f"""- Căn cứ {Q24};
- Căn cứ {H02},
Ban Tổ chức Tỉnh ủy hướng dẫn quy trình xét kết nạp đảng viên như sau:
1. Hồ sơ người vào Đảng.
2. Thẩm định hồ sơ.
"""))
w("btc_tv_hd09_2023b.txt", ban("Trà Vinh", "BAN TỔ CHỨC", "09-HD/BTCTU", "Trà Vinh, ngày 16 tháng 10 năm 2023", """HƯỚNG DẪN
thực hiện Quy định về chức năng, nhiệm vụ của Ban Thường vụ Tỉnh ủy
""", """Thực hiện Quy định số 05-
QĐ/TU, ngày 02/3/2021 của Ban Thường vụ Tỉnh ủy Trà Vinh về chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy
và Thường trực Tỉnh ủy khóa XI, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:
1. Về phân công nhiệm vụ của Thường trực Tỉnh ủy.
2. Về chế độ thông tin, báo cáo.
""", sign=T_BTC))

# Bến Tre 236-BC/TU (10/12/2023) sơ kết: metadata-conflict (01-QC/TU of Bến Tre `ngày 15/11/2020`); title-only / term citation
w("tu_bt_bc236_2023.txt", tu("Bến Tre", "236-BC/TU", "Bến Tre, ngày 10 tháng 12 năm 2023", """BÁO CÁO
sơ kết 03 năm thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XI
""", f"""Thực hiện Quy chế làm việc số 01-QC/TU, ngày 15/11/2020 của Ban Chấp hành Đảng bộ tỉnh Bến Tre khóa XI, Ban Thường vụ
Tỉnh ủy báo cáo sơ kết như sau:
I. KẾT QUẢ THỰC HIỆN
1. Ban Chấp hành Đảng bộ tỉnh làm việc theo Quy chế làm việc khóa XI; họp thường kỳ 03 tháng một lần.
2. Ban Thường vụ Tỉnh ủy thực hiện {BT05} về kiểm soát việc kê khai tài sản, thu nhập; Ủy ban Kiểm tra Tỉnh ủy đã ban
hành Hướng dẫn số 04-HD/UBKTTU, ngày 10/6/2021 thực hiện Quy định này.
II. HẠN CHẾ
Một số cấp ủy chưa kịp thời sửa đổi quy chế làm việc cho phù hợp với {Q24}.
""", sign=T_BTV_PBT))

# Huyện ủy Ba Tri 45-KH/HU (10/3/2024): `03 nhiệm vụ sau:` + 4 (count-mismatch); rests on 22-QĐ/TW and 85-QĐ/TW before 296
w("hu_bt_kh45_2024.txt", party("ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY BA TRI", "45-KH/HU", "Ba Tri, ngày 10 tháng 3 năm 2024", """KẾ HOẠCH
kiểm tra, giám sát năm 2024 của Ban Thường vụ Huyện ủy
""", f"""- Căn cứ {Q22};
- Căn cứ {Q85};
- Căn cứ {BT05},
Ban Thường vụ Huyện ủy xây dựng kế hoạch kiểm tra, giám sát năm 2024 với 03 nhiệm vụ sau:
1. Kiểm tra việc thực hiện quy chế làm việc của 05 đảng ủy xã.
2. Giám sát việc kê khai tài sản, thu nhập năm 2023.
3. Kiểm tra việc thu, nộp đảng phí.
4. Giám sát chuyên đề việc thực hiện chế độ sinh hoạt chi bộ.
""" + T_HU))

# Bến Tre 412-TB/TU (15/4/2024), layout two-column header: overdue-plan (sửa đổi 04-HD/UBKTTU, Quý III/2024); recurring rows;
# row 3 (Huyện ủy Ba Tri amends 45-KH/HU, Quý II/2024) met by 52-KH/HU
w("tu_bt_tb412_2024.txt", layout(tu("Bến Tre", "412-TB/TU", "Bến Tre, ngày 15 tháng 4 năm 2024", """                            THÔNG BÁO
       KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ SƠ KẾT THỰC HIỆN QUY CHẾ LÀM VIỆC KHÓA XI
""", """Ngày 09/4/2024, Ban Thường vụ Tỉnh ủy nghe Báo cáo số 236-BC/TU, ngày 10/12/2023 sơ kết 03 năm thực hiện Quy chế làm việc
của Ban Chấp hành Đảng bộ tỉnh khóa XI. Ban Thường vụ Tỉnh ủy kết luận và giao nhiệm vụ như sau:
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tSửa đổi, bổ sung Hướng dẫn số 04-HD/UBKTTU, ngày 10/6/2021 của Ủy ban Kiểm tra Tỉnh ủy cho phù hợp với Quy định số 22-QĐ/TW\tỦy ban Kiểm tra Tỉnh ủy\tQuý III/2024
2\tTiếp tục thực hiện Quy định số 05-QĐ/TU, ngày 22/4/2021 của Ban Thường vụ Tỉnh ủy\tCác cấp ủy trực thuộc\tThường xuyên
3\tSửa đổi, bổ sung Kế hoạch số 45-KH/HU, ngày 10/3/2024 của Huyện ủy Ba Tri\tHuyện ủy Ba Tri\tQuý II/2024
4\tTổng hợp tình hình thực hiện Quy chế làm việc khóa XI\tVăn phòng Tỉnh ủy\tHằng năm
""", sign=TL_VP, cols=True)))

# Huyện ủy Ba Tri 52-KH/HU (20/5/2024): amends 45-KH/HU (meets 412-TB/TU row 3); counted list matches
w("hu_bt_kh52_2024.txt", party("ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY BA TRI", "52-KH/HU", "Ba Tri, ngày 20 tháng 5 năm 2024", """KẾ HOẠCH
sửa đổi, bổ sung Kế hoạch số 45-KH/HU, ngày 10/3/2024 của Ban Thường vụ Huyện ủy về kiểm tra, giám sát năm 2024
""", """Thực hiện Thông báo số 412-TB/TU, ngày 15/4/2024 của Ban Thường vụ Tỉnh ủy Bến Tre, Ban Thường vụ Huyện ủy sửa đổi, bổ
sung Kế hoạch số 45-KH/HU, ngày 10/3/2024 với 02 nội dung sau:
1. Bổ sung nội dung giám sát việc thực hiện Quy định số 05-QĐ/TU, ngày 22/4/2021 của Ban Thường vụ Tỉnh ủy.
2. Điều chỉnh thời gian kiểm tra tại đảng ủy xã An Đức sang tháng 8/2024.
""" + T_HU))

# Huyện ủy Giồng Trôm 18-KH/HU (02/4/2024): temporal (implements 412-TB/TU of 15/4/2024)
w("hu_gt_kh18_2024.txt", party("ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY GIỒNG TRÔM", "18-KH/HU", "Giồng Trôm, ngày 02 tháng 4 năm 2024", """KẾ HOẠCH
thực hiện Thông báo kết luận của Ban Thường vụ Tỉnh ủy về sơ kết Quy chế làm việc khóa XI
""", """Thực hiện Thông báo số 412-TB/TU, ngày 15/4/2024 của Ban Thường vụ Tỉnh ủy Bến Tre kết luận về sơ kết thực hiện Quy chế
làm việc khóa XI, Ban Thường vụ Huyện ủy Giồng Trôm xây dựng kế hoạch thực hiện như sau:
1. Tổ chức quán triệt Thông báo kết luận đến cán bộ chủ chốt của huyện, hoàn thành trong tháng 5/2024.
2. Báo cáo kết quả về Ban Thường vụ Tỉnh ủy hằng năm.
""" + T_HU))

# UBND tỉnh Bến Tre 85/KH-UBND (22/5/2024), state header: `điều chỉnh` of capital, `thay thế` of equipment, no document revised
w("ubnd_bt_kh85_2024.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "85/KH-UBND", "Bến Tre, ngày 22 tháng 5 năm 2024", """KẾ HOẠCH
Bảo đảm điều kiện làm việc của các cơ quan Đảng theo Quy chế làm việc khóa XI
""", """Thực hiện Thông báo số 412-TB/TU, ngày 15/4/2024 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. Điều chỉnh kế hoạch vốn đầu tư công năm 2024: điều chỉnh giảm 2.500 triệu đồng của dự án cải tạo trụ sở Văn phòng Tỉnh ủy
để bổ sung cho dự án trang bị phòng họp trực tuyến.
2. Thay thế thiết bị hội nghị truyền hình tại 09 điểm cầu cấp huyện, hoàn thành trong Quý III/2024.
3. Sở Tài chính chủ trì tham mưu bố trí kinh phí hằng năm.
""" + KT_UB))

# ====================================================================== the merged province, khóa I (2025-2030)
# 01-QC/TU (20/10/2025), layout with page numbers: replaces the three 01-QC/TU of 2020 by date and former province;
# unmet-obligation (Ủy ban Kiểm tra: kế hoạch kiểm tra, giám sát)
w("tu_vlm_qc01_2025.txt", layout(tu("Vĩnh Long", "01-QC/TU", "Vĩnh Long, ngày 20 tháng 10 năm 2025", """                              QUY CHẾ
         làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ, Thường trực Tỉnh ủy
                        khóa I, nhiệm kỳ 2025 - 2030
""", f"""{DL}
- Căn cứ {Q24};
- Căn cứ {Q296};
- Căn cứ Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 190-QĐ/TW, ngày 10/10/2024 của Ban Chấp hành Trung ương;
- Căn cứ Nghị quyết số 202/2025/QH15, ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030,
Ban Chấp hành Đảng bộ tỉnh ban hành Quy chế làm việc khóa I như sau:
Chương I. NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định trách nhiệm, quyền hạn, chế độ làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ, Thường
trực Tỉnh ủy khóa I.
Chương VI. TỔ CHỨC THỰC HIỆN
Điều 30. Trách nhiệm thi hành
1. Ủy ban Kiểm tra Tỉnh ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Quy chế này.
2. Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình thực hiện Quy chế này, báo cáo Ban Thường vụ Tỉnh ủy hằng năm.
Điều 31. Hiệu lực thi hành
Quy chế này có hiệu lực kể từ ngày ký, thay thế {VL01}, {BT01} và {TV01}.
""", sign=T_TU)))

# 05-QĐ/TU (28/10/2025): replaces 05-QĐ/TU of Vĩnh Long and of Trà Vinh and, by mistake, of Bến Tre (a kê khai tài sản rule,
# which 09-QĐ/TU replaces): inverse-inconsistency. Obligation on Ban Tổ chức met by 02-HD/BTCTU.
w("tu_vlm_qd05_2025.txt", tu("Vĩnh Long", "05-QĐ/TU", "Vĩnh Long, ngày 28 tháng 10 năm 2025", """QUY ĐỊNH
chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy khóa I
""", f"""{DL}
- Căn cứ {NEW01},
Ban Thường vụ Tỉnh ủy quy định như sau:
Điều 1. Chức năng của Ban Thường vụ Tỉnh ủy
Điều 2. Nhiệm vụ, quyền hạn của Thường trực Tỉnh ủy
Điều 9. Tổ chức thực hiện
1. Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện Quy định này.
2. Quy định này có hiệu lực kể từ ngày ký, thay thế {VL05}, {TV05} và {BT05}.
"""))

# 25-TB/TU (10/11/2025): row 1 met by 02-HD/BTCTU; row 2 announces a Quy định (Quý I/2026, none: overdue-plan); row 3 recurring
w("tu_vlm_tb25_2025.txt", tu("Vĩnh Long", "25-TB/TU", "Vĩnh Long, ngày 10 tháng 11 năm 2025", """THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ XÂY DỰNG HỆ THỐNG QUY CHẾ, QUY ĐỊNH SAU HỢP NHẤT
""", f"""Ngày 05/11/2025, Ban Thường vụ Tỉnh ủy họp nghe báo cáo việc rà soát các quy chế, quy định của ba Tỉnh ủy (cũ). Ban Thường
vụ Tỉnh ủy kết luận và giao nhiệm vụ như sau:
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tBan hành hướng dẫn thực hiện {NEW05}\tBan Tổ chức Tỉnh ủy\tTháng 12/2025
2\tXây dựng Quy định phân cấp quản lý cán bộ của Ban Thường vụ Tỉnh ủy khóa I\tBan Tổ chức Tỉnh ủy\tQuý I/2026
3\tRà soát quy chế làm việc của các đảng ủy xã, phường\tCác đảng ủy trực thuộc\tThường xuyên
""", sign=T_BTV_PBT))

# 09-QĐ/TU (12/11/2025): kê khai tài sản, replaces 05-QĐ/TU of Bến Tre; obligation on UBKT met by 01-HD/UBKTTU
w("tu_vlm_qd09_2025.txt", tu("Vĩnh Long", "09-QĐ/TU", "Vĩnh Long, ngày 12 tháng 11 năm 2025", """QUY ĐỊNH
về kiểm soát việc kê khai tài sản, thu nhập của cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý
""", f"""{DL}
- Căn cứ {Q296};
- Căn cứ {NEW01},
Ban Thường vụ Tỉnh ủy quy định như sau:
Điều 1. Đối tượng kê khai
Điều 8. Tổ chức thực hiện
1. Ủy ban Kiểm tra Tỉnh ủy hướng dẫn thực hiện Quy định này.
2. Quy định này có hiệu lực kể từ ngày ký và thay thế {BT05}.
"""))

# Ban Tổ chức 02-HD/BTCTU (20/11/2025): implements the new 05-QĐ/TU; `04 nội dung sau:` + 4
w("btc_vlm_hd02_2025.txt", ban("Vĩnh Long", "BAN TỔ CHỨC", "02-HD/BTCTU", "Vĩnh Long, ngày 20 tháng 11 năm 2025", """HƯỚNG DẪN
thực hiện Quy định về chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy khóa I
""", f"""Thực hiện {NEW05} và Thông báo số 25-TB/TU, ngày 10/11/2025 của Ban Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy hướng dẫn
04 nội dung sau:
1. Phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.
2. Chế độ làm việc của Thường trực Tỉnh ủy.
3. Quan hệ công tác với các đảng ủy xã, phường.
4. Chế độ thông tin, báo cáo.
"""))

# UBKT 01-HD/UBKTTU (05/12/2025), Markdown headings: implements 09-QĐ/TU; narrates what 296 replaced
w("ubkt_vlm_hd01_2025.md", md_headings(["# TỈNH ỦY VĨNH LONG", "## ỦY BAN KIỂM TRA", "*", "**Số 01-HD/UBKTTU**"],
  ["# ĐẢNG CỘNG SẢN VIỆT NAM", "*Vĩnh Long, ngày 05 tháng 12 năm 2025*"]) + f"""## HƯỚNG DẪN
### thực hiện Quy định số 09-QĐ/TU, ngày 12/11/2025 của Ban Thường vụ Tỉnh ủy về kiểm soát việc kê khai tài sản, thu nhập

- Căn cứ {Q296};
- Căn cứ Quy định số 09-QĐ/TU, ngày 12/11/2025 của Ban Thường vụ Tỉnh ủy,

Ủy ban Kiểm tra Tỉnh ủy hướng dẫn như sau:

1. Từ ngày 30/5/2025, Quy định số 22-QĐ/TW và Quy định số 262-QĐ/TW, ngày 03/02/2025 của Ban Chấp hành Trung ương, Quy định số 85-QĐ/TW của Bộ Chính trị đã được thay thế bởi Quy định số 296-QĐ/TW.
2. Quy định số 05-QĐ/TU, ngày 22/4/2021 của Ban Thường vụ Tỉnh ủy Bến Tre (cũ) hết hiệu lực từ ngày 12/11/2025; các hồ sơ kê khai năm 2025 thực hiện theo Hướng dẫn này.

**T/M ỦY BAN KIỂM TRA**
**CHỦ NHIỆM**
""")

# Ban Tổ chức 05-KH/BTCTU (15/01/2026): row 1 overdue (amend 02-HD/BTCTU, Quý II/2026); row 2 not yet due; row 3 kinh phí
w("btc_vlm_kh05_2026.txt", ban("Vĩnh Long", "BAN TỔ CHỨC", "05-KH/BTCTU", "Vĩnh Long, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
công tác xây dựng văn bản của Ban Tổ chức Tỉnh ủy năm 2026
""", f"""Thực hiện {NEW01}, Ban Tổ chức Tỉnh ủy xây dựng Kế hoạch này như sau:
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tTham mưu sửa đổi, bổ sung Hướng dẫn số 02-HD/BTCTU, ngày 20/11/2025 của Ban Tổ chức Tỉnh ủy\tPhòng Tổ chức đảng, đảng viên\tQuý II/2026
2\tTham mưu sửa đổi, bổ sung Quy chế làm việc số 01-QC/TU, ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh\tPhòng Tổ chức cán bộ\tQuý IV/2026
3\tĐiều chỉnh dự toán kinh phí thực hiện Kế hoạch này cho phù hợp\tVăn phòng Ban\tQuý I/2026 và thực hiện thường xuyên
""", sign=T_BTC))

# Tỉnh ủy 1520-CV/TU (20/8/2026): a proposed replacement of 09-QĐ/TU, a quoted draft title with `sửa đổi, bổ sung`, `thay thế`
# as an ordinary word, a citation of `văn bản số 123-CV/TU` of the former Trà Vinh
w("tu_vlm_cv1520_2026.txt", tu("Vĩnh Long", "1520-CV/TU", "Vĩnh Long, ngày 20 tháng 8 năm 2026", """V/v góp ý dự thảo quy định
về kê khai tài sản, thu nhập
""", """Kính gửi: Các đảng ủy xã, phường trực thuộc Tỉnh ủy.
Ủy ban Kiểm tra Tỉnh ủy đề xuất Ban Thường vụ Tỉnh ủy xem xét ban hành Quy định mới thay thế Quy định số 09-QĐ/TU, ngày
12/11/2025 của Ban Thường vụ Tỉnh ủy. Ban Thường vụ Tỉnh ủy đề nghị các đảng ủy góp ý dự thảo "Quy định sửa đổi, bổ sung
một số điều của Quy định số 09-QĐ/TU về kiểm soát việc kê khai tài sản, thu nhập" trước ngày 15/9/2026.
Các đảng ủy đã báo cáo theo văn bản số 123-CV/TU, ngày 14/9/2022 của Ban Thường vụ Tỉnh ủy Trà Vinh (cũ) thì không phải báo
cáo lại. Trường hợp cán bộ làm đầu mối đã nghỉ hưu, đề nghị cử cán bộ khác thay thế và thông báo về Văn phòng Tỉnh ủy.
""", sign=TL_VP))

# ====================================================================== Đảng ủy xã / phường after 1/7/2025
# Đảng ủy xã Ba Tri 03-KH/ĐU (05/8/2025): superseded-citation (22-QĐ/TW, replaced by 296 from 30/5/2025); former Huyện ủy Ba Tri's 45-KH/HU
w("du_bt_kh03_2025.txt", du("ĐẢNG ỦY XÃ BA TRI", "03-KH/ĐU", "Ba Tri, ngày 05 tháng 8 năm 2025", """KẾ HOẠCH
kiểm tra, giám sát của Ban Thường vụ Đảng ủy xã từ nay đến cuối năm 2025
""", f"""- Căn cứ {Q22};
- Căn cứ Kế hoạch số 45-KH/HU, ngày 10/3/2024 của Ban Thường vụ Huyện ủy Ba Tri (cũ) về kiểm tra, giám sát năm 2024,
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch kiểm tra, giám sát như sau:
1. Kiểm tra việc thực hiện quy chế làm việc của 12 chi bộ trực thuộc, hoàn thành trong Quý IV/2025.
2. Giám sát việc kê khai tài sản, thu nhập năm 2025.
"""))

# Đảng ủy xã Cầu Kè: 01-QC/ĐU and 05-KH/ĐU (Markdown), both 12/9/2025, each rests on the other (cycle)
w("du_ck_qc01_2025.txt", du("ĐẢNG ỦY XÃ CẦU KÈ", "01-QC/ĐU", "Cầu Kè, ngày 12 tháng 9 năm 2025", """QUY CHẾ
làm việc của Ban Chấp hành Đảng bộ xã Cầu Kè khóa I, nhiệm kỳ 2025 - 2030
""", f"""{DL}
- Căn cứ {Q24};
- Căn cứ Kế hoạch số 05-KH/ĐU, ngày 12/9/2025 của Ban Thường vụ Đảng ủy xã về xây dựng hệ thống quy chế của Đảng bộ xã,
Ban Chấp hành Đảng bộ xã ban hành Quy chế làm việc như sau:
Điều 1. Phạm vi điều chỉnh
Điều 15. Quy chế này có hiệu lực kể từ ngày ký.
""", sign=TM_DU))
w("du_ck_kh05_2025.md", md_hdr(["**ĐẢNG BỘ TỈNH VĨNH LONG**", "**ĐẢNG ỦY XÃ CẦU KÈ**", "*", "Số 05-KH/ĐU"],
  ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Cầu Kè, ngày 12 tháng 9 năm 2025*"]) + """
## KẾ HOẠCH
### xây dựng hệ thống quy chế của Đảng bộ xã Cầu Kè

Thực hiện Quy chế làm việc số 01-QC/ĐU, ngày 12/9/2025 của Ban Chấp hành Đảng bộ xã Cầu Kè khóa I, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:

1. Các chi bộ trực thuộc tổ chức quán triệt Quy chế làm việc, hoàn thành trong tháng 10/2025.
2. Văn phòng Đảng ủy tổng hợp kết quả hằng năm.

**TM. BAN THƯỜNG VỤ**
**PHÓ BÍ THƯ**
""")

# Đảng ủy xã Càng Long 07-KH/ĐU (10/12/2025): superseded-citation (01-QC/TU of Trà Vinh, replaced 20/10/2025); 123-CV/TU
w("du_cl_kh07_2025.txt", du("ĐẢNG ỦY XÃ CÀNG LONG", "07-KH/ĐU", "Càng Long, ngày 10 tháng 12 năm 2025", """KẾ HOẠCH
tổ chức sinh hoạt chuyên đề về quy chế làm việc năm 2026
""", f"""- Căn cứ {TV01};
- Căn cứ văn bản số 123-CV/TU, ngày 14/9/2022 của Ban Thường vụ Tỉnh ủy Trà Vinh,
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
1. Các chi bộ tổ chức sinh hoạt chuyên đề trong Quý I/2026.
2. Văn phòng Đảng ủy tổng hợp, báo cáo hằng quý.
"""))

# Đảng ủy xã Tiểu Cần 02-KH/ĐU (10/3/2026): superseded-citation (05-QĐ/TU of Trà Vinh, replaced 28/10/2025)
w("du_tc_kh02_2026.txt", du("ĐẢNG ỦY XÃ TIỂU CẦN", "02-KH/ĐU", "Tiểu Cần, ngày 10 tháng 3 năm 2026", """KẾ HOẠCH
phân công nhiệm vụ Ban Thường vụ Đảng ủy xã năm 2026
""", f"""Căn cứ {TV05} về chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy,
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch phân công nhiệm vụ như sau:
1. Đồng chí Bí thư Đảng ủy phụ trách chung.
2. Đồng chí Phó Bí thư Thường trực phụ trách công tác xây dựng Đảng.
"""))

# Đảng ủy phường Long Châu 04-KH/ĐU (15/4/2026), Word-exported HTML: ambiguous-id (undated `Quy định số 05-QĐ/TU của Ban Thường vụ Tỉnh ủy`)
w("dp_lc_kh04_2026.html", html_spans("Kế hoạch 04-KH/ĐU", ["ĐẢNG BỘ TỈNH VĨNH LONG", "ĐẢNG ỦY PHƯỜNG LONG CHÂU", "*", "Số 04-KH/ĐU"],
  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Châu, ngày 15 tháng 4 năm 2026"], """KẾ HOẠCH
quán triệt các quy chế, quy định của Tỉnh ủy năm 2026
Thực hiện Quy định số 05-QĐ/TU của Ban Thường vụ Tỉnh ủy về chức năng, nhiệm vụ, quyền hạn của Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Tổ chức hội nghị quán triệt cho cán bộ chủ chốt trong tháng 5/2026.
2. Các chi bộ tổ chức sinh hoạt chuyên đề hằng quý.
TM. BAN THƯỜNG VỤ
PHÓ BÍ THƯ"""))

print(len(os.listdir(OUT)), "files")
