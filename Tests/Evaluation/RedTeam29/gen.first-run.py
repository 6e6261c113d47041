#!/usr/bin/env python3
"""Red team round 29: agriculture, new rural areas and environment of the new tỉnh Quảng Trị (Quảng Bình + Quảng Trị merged
on 1/7/2025, seat at Đồng Hới; districts abolished, communes merged; in each former province the Sở Nông nghiệp và Phát triển
nông thôn and the Sở Tài nguyên và Môi trường merged into the Sở Nông nghiệp và Môi trường on 01/3/2025), seen from the former
Quảng Bình side (Ban Thường vụ Tỉnh ủy, Huyện ủy Lệ Thủy, Bố Trạch and Quảng Ninh — a namesake of tỉnh Quảng Ninh —, UBND
tỉnh, UBND huyện Bố Trạch and Quảng Ninh, HĐND, Sở NN&PTNT, Sở NN&MT), the former Quảng Trị side (Ban Thường vụ Tỉnh ủy,
Huyện ủy Vĩnh Linh and Gio Linh, UBND, HĐND, Sở NN&PTNT, Sở TN&MT, Sở NN&MT) and after the merger (Tỉnh ủy, Đảng ủy UBND
tỉnh, UBND and its Chủ tịch, HĐND, Sở NN&MT, Hội Nông dân tỉnh, Đảng ủy and UBND of the new xã Lệ Thủy, Quảng Ninh, Tân Mỹ,
Phong Nha, Vĩnh Linh, Gio Linh, a hợp tác xã). Writes corpus/. Standard library only.
Header helpers copied from RedTeam28/gen.py (site names, addresses and phone numbers in `portal` and `html_spans` changed);
one header shape added (`party_cols_wrapped`: pdftotext -layout of a narrow left cell that wrapped `BAN THƯỜNG VỤ TỈNH` /
`ỦY QUẢNG BÌNH`)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Quảng Trị"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Quảng Trị. Địa chỉ: phường Đồng Hới, tỉnh Quảng Trị. Điện thoại: 0232.3822.601 - Fax: 0232.3822.602</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Đoàn ĐBQH và HĐND tỉnh Quảng Trị - Điện thoại: 0232.3856.214 - Fax: 0232.3856.215</div>\n</body></html>')





def party_one(org, num, place, title, body=""):
    """A Tỉnh ủy header: one line for the committee, then the star."""
    return f"""{org}
*
Số {num}
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}

{title}
{body}"""


def state_run(org1, org2, num, place, title, body=""):
    """A converter ran the two header columns into one line each, with a single space."""
    return f"""{org1} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{org2} Độc lập - Tự do - Hạnh phúc
Số: {num} {place}

{title}
{body}"""


def state_numline(org1, org2, num, place, title, body=""):
    """`Số:` on its own line, the number on the next."""
    return f"""{org1}
{org2}
-------
Số:
{num}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}

{title}
{body}"""


def state_vv(org1, org2, num, vv, place, body=""):
    """A letter: `V/v …` on the lines under the number, the place line under the motto (two columns, pdftotext -layout)."""
    v = vv.split("\n")
    return f"""      {org1:<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      {org2:<38}     Độc lập - Tự do - Hạnh phúc
           -------                                   ---------------
      Số: {num}
      {v[0]:<38}{place}
""" + "".join(f"      {x}\n" for x in v[1:]) + "\n" + body


def state_chair(org1, org2, num, place, title, body=""):
    """A decision of the chairman: the state header, then the issuing title `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`."""
    return state(org1, org2, num, place, title, body)


def party_cols_wrapped(l1, l2, num, place, title, body=""):
    """pdftotext -layout: the left cell was narrow, so `BAN THƯỜNG VỤ TỈNH ỦY QUẢNG BÌNH` wrapped over two lines."""
    return f"""   {l1:<44}ĐẢNG CỘNG SẢN VIỆT NAM
     {l2}
              *
   Số {num:<38}{place}

{title}
{body}"""


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC"""
SIGN_TU_TM = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_HU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_HU_NQ = """\t\t\t\t\tT/M HUYỆN ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_HU_PBT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_DU = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_DU_BCH = """\t\t\t\t\tTM. BAN CHẤP HÀNH
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_CT = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""
SIGN_CT = """\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_GD = """\t\t\t\t\tGIÁM ĐỐC"""
SIGN_SO_TL = """\t\t\t\t\tTL. GIÁM ĐỐC
\t\t\t\t\tCHI CỤC TRƯỞNG CHI CỤC PHÁT TRIỂN NÔNG THÔN"""
SIGN_HND = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tCHỦ TỊCH"""

# ====================================================================== former Quảng Bình, before 1/7/2025
# Ban Thường vụ Tỉnh ủy Quảng Bình 120-KH/TU (08/3/2023), layout, left cell wrapped (`BAN THƯỜNG VỤ TỈNH` / `ỦY QUẢNG BÌNH`);
# obligation on the huyện ủy, met by Huyện ủy Lệ Thủy 35-KH/HU and Huyện ủy Quảng Ninh 28-KH/HU
w("qb_tu_kh120_2023.txt", layout(party_cols_wrapped("BAN THƯỜNG VỤ TỈNH", "ỦY QUẢNG BÌNH", "120-KH/TU", "Quảng Bình, ngày 08 tháng 3 năm 2023", """                                  KẾ HOẠCH
        thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Hội nghị lần thứ năm
      Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn
                     đến năm 2030, tầm nhìn đến năm 2045
                              -----
Thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tạo sự chuyển biến mạnh mẽ trong nhận thức và hành động của cấp ủy, chính quyền về vị trí của nông nghiệp, nông dân, nông thôn.
II. MỤC TIÊU ĐẾN NĂM 2030
Tốc độ tăng trưởng nông nghiệp bình quân 3,0 - 3,5%/năm; 90% số xã đạt chuẩn nông thôn mới, 40% số xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ che phủ rừng ổn định 68,5%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển vùng lúa chất lượng cao Lệ Thủy, Quảng Ninh; vùng cây ăn quả, dược liệu Bố Trạch, Minh Hóa.
2. Phát triển kinh tế tập thể, hợp tác xã nông nghiệp kiểu mới.
3. Bảo vệ môi trường nông thôn, thích ứng với biến đổi khí hậu.
IV. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương, đơn vị.
2. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp tuyên truyền Nghị quyết.
3. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU)))

# Huyện ủy Lệ Thủy 35-KH/HU (05/5/2023), CRLF: dated citation of Quảng Bình's 120-KH/TU (right date, unqualified body)
w("qb_hu_lt_kh35_2023.txt", party("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "HUYỆN ỦY LỆ THỦY", "35-KH/HU", "Lệ Thủy, ngày 05 tháng 5 năm 2023", """KẾ HOẠCH
thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về nông nghiệp, nông dân, nông thôn
-----
Thực hiện Kế hoạch số 120-KH/TU, ngày 08/3/2023 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn, Ban Thường vụ Huyện ủy Lệ Thủy xây dựng Kế hoạch thực hiện như sau:
I. MỤC TIÊU
Đến năm 2030, 100% số xã đạt chuẩn nông thôn mới, 50% số xã đạt chuẩn nông thôn mới nâng cao; giữ ổn định 15.000 ha lúa, trong đó 6.000 ha lúa chất lượng cao.
II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng vùng lúa hữu cơ tại các xã Sen Thủy, Phong Thủy, Cam Thủy.
2. Củng cố, nâng cao hiệu quả hoạt động của hợp tác xã nông nghiệp.
III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở tổ chức quán triệt, triển khai thực hiện Kế hoạch này. Ủy ban Kiểm tra Huyện ủy kiểm tra, giám sát việc thực hiện.
""" + SIGN_HU), crlf=True)

# Huyện ủy Quảng Ninh (tỉnh Quảng Bình) 28-KH/HU (20/5/2023), NFD: undated citations before the merger (Quảng Bình's 120-KH/TU,
# 15/2022/QĐ-UBND) — the district is a namesake of tỉnh Quảng Ninh (trap)
w("qb_hu_qn_kh28_2023.txt", party("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "HUYỆN ỦY QUẢNG NINH", "28-KH/HU", "Quảng Ninh, ngày 20 tháng 5 năm 2023", """KẾ HOẠCH
thực hiện Kế hoạch số 120-KH/TU của Ban Thường vụ Tỉnh ủy về nông nghiệp, nông dân, nông thôn
-----
Thực hiện Kế hoạch số 120-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045; căn cứ Quyết định số 15/2022/QĐ-UBND của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp, Ban Thường vụ Huyện ủy Quảng Ninh ban hành Kế hoạch như sau:
1. Phát triển vùng lúa chất lượng cao dọc sông Kiến Giang tại các xã Hiền Ninh, Duy Ninh, Gia Ninh.
2. Phát triển chăn nuôi trang trại gắn với xử lý chất thải, bảo vệ môi trường.
3. Nâng cao thu nhập của người dân vùng cát ven biển Hải Ninh, Ngư Thủy.
Các chi bộ, đảng bộ cơ sở quán triệt và tổ chức thực hiện Kế hoạch này.
""" + SIGN_HU), nfd=True)

# Huyện ủy Bố Trạch 12-NQ/HU (15/9/2021): the body named in the title (`NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN`)
w("qb_hu_bt_nq12_2021.txt", party("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "HUYỆN ỦY BỐ TRẠCH", "12-NQ/HU", "Bố Trạch, ngày 15 tháng 9 năm 2021", """NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN
về phát triển nông nghiệp theo hướng hữu cơ, giai đoạn 2021 - 2025, định hướng đến năm 2030
-----
Tiếp tục thực hiện Nghị quyết số 26-NQ/TW, ngày 05/8/2008 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa X về nông nghiệp, nông dân, nông thôn và Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ huyện quyết nghị:
I. MỤC TIÊU
Đến năm 2025, diện tích sản xuất nông nghiệp hữu cơ đạt 500 ha; có 05 chuỗi liên kết sản xuất - tiêu thụ sản phẩm hữu cơ.
II. NHIỆM VỤ, GIẢI PHÁP
1. Quy hoạch vùng sản xuất hữu cơ tại các xã Hòa Trạch, Phú Định, Sơn Lộc.
2. Hỗ trợ hợp tác xã, tổ hợp tác chứng nhận sản phẩm hữu cơ.
Các tổ chức cơ sở đảng quán triệt, tổ chức thực hiện Nghị quyết này.
""" + SIGN_HU_NQ))

# UBND tỉnh Quảng Bình 15/2022/QĐ-UBND (12/5/2022; support for agricultural production), layout: replaced by 28/2025 from 01/11/2025
w("qb_ubnd_qd15_2022.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "15/2022/QĐ-UBND", "Quảng Bình, ngày 12 tháng 5 năm 2022", """                                  QUYẾT ĐỊNH
      Quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp
                      trên địa bàn tỉnh Quảng Bình
                              -----
                    ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 98/2018/NĐ-CP ngày 05 tháng 7 năm 2018 của Chính phủ về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
QUYẾT ĐỊNH:
Điều 1. Hỗ trợ 50% chi phí mua giống lúa chất lượng cao; hỗ trợ xây dựng cánh đồng lớn liên kết với doanh nghiệp tối đa 300 triệu đồng/cánh đồng.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 5 năm 2022.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB)))

# HĐND tỉnh Quảng Bình 21/2021/NQ-HĐND (13/12/2021; NTM programme): replaced by 12/2025 (01/01/2026) and again by 03/2026 — planted inverse
w("qb_hdnd_nq21_2021.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG BÌNH", "21/2021/NQ-HĐND", "Quảng Bình, ngày 13 tháng 12 năm 2021", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Quảng Bình giai đoạn 2022 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG BÌNH
KHÓA XVIII, KỲ HỌP THỨ 4
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Hỗ trợ xi măng làm đường giao thông nông thôn, kênh mương nội đồng; thưởng xã đạt chuẩn nông thôn mới nâng cao 1.000 triệu đồng/xã.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2022.
""" + SIGN_HD))

# Sở NN&PTNT Quảng Bình 45/KH-SNN (20/02/2024), Markdown table header; unqualified citations before the merger (trap)
w("qb_snn_kh45_2024.md", md_hdr(["**UBND TỈNH QUẢNG BÌNH**", "**SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN**", "Số: 45/KH-SNN"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Quảng Bình, ngày 20 tháng 02 năm 2024*"]) + """
**KẾ HOẠCH**

**Phát triển sản xuất trồng trọt và xây dựng nông thôn mới năm 2024**

Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp; Nghị quyết số 21/2021/NQ-HĐND ngày 13/12/2021 của Hội đồng nhân dân tỉnh;

Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025,

Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch như sau:

1. Gieo cấy 54.000 ha lúa, trong đó 22.000 ha lúa chất lượng cao.

2. Thẩm định hồ sơ 12 xã đạt chuẩn nông thôn mới nâng cao năm 2024.

**KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**
""")

# UBND huyện Bố Trạch 82/KH-UBND (11/3/2024): implements Quảng Bình's 45/KH-SNN (dated, unqualified); activity rows
w("qb_ubh_bt_kh82_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN BỐ TRẠCH", "82/KH-UBND", "Bố Trạch, ngày 11 tháng 3 năm 2024", """KẾ HOẠCH
Sản xuất nông nghiệp hữu cơ và xây dựng nông thôn mới năm 2024
Thực hiện Kế hoạch số 45/KH-SNN ngày 20/02/2024 của Sở Nông nghiệp và Phát triển nông thôn; Nghị quyết số 12-NQ/HU, ngày 15/9/2021 của Ban Chấp hành Đảng bộ huyện,
Ủy ban nhân dân huyện Bố Trạch ban hành Kế hoạch như sau:
I. NHIỆM VỤ
TT\tNội dung\tĐơn vị thực hiện\tThời gian
1\tTổ chức hội chợ nông sản hữu cơ huyện Bố Trạch\tPhòng Nông nghiệp và Phát triển nông thôn\tQuý III/2024
2\tTập huấn quy trình sản xuất hữu cơ cho hợp tác xã\tTrung tâm Dịch vụ nông nghiệp\tHằng năm
3\tKiểm tra chất lượng vật tư nông nghiệp\tPhòng Nông nghiệp và Phát triển nông thôn\tThường xuyên
II. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đơn vị và Ủy ban nhân dân các xã, thị trấn tổ chức thực hiện Kế hoạch này.
""" + SIGN_UB))

# UBND huyện Quảng Ninh 96/KH-UBND (15/3/2024): undated 45/KH-SNN (before the merger: Quảng Bình's); namesake trap
w("qb_ubh_qn_kh96_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG NINH", "96/KH-UBND", "Quảng Ninh, ngày 15 tháng 3 năm 2024", """KẾ HOẠCH
Phát triển kinh tế trang trại, gia trại năm 2024
Thực hiện Kế hoạch số 45/KH-SNN của Sở Nông nghiệp và Phát triển nông thôn về phát triển sản xuất trồng trọt và xây dựng nông thôn mới năm 2024; căn cứ Quyết định số 15/2022/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Quảng Bình,
Ủy ban nhân dân huyện Quảng Ninh ban hành Kế hoạch như sau:
1. Phát triển thêm 20 trang trại chăn nuôi tập trung xa khu dân cư.
2. Hướng dẫn các trang trại xây dựng công trình xử lý chất thải.
Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn tổ chức thực hiện.
""" + SIGN_UB_CT))

# Huyện ủy Quảng Ninh 30-KL/HU (12/7/2024): amend 96/KH-UBND before 31/10/2024 — planted overdue
w("qb_hu_qn_kl30_2024.txt", party("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "HUYỆN ỦY QUẢNG NINH", "30-KL/HU", "Quảng Ninh, ngày 12 tháng 7 năm 2024", """KẾT LUẬN
CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về phát triển kinh tế trang trại gắn với bảo vệ môi trường
-----
Tại hội nghị ngày 08/7/2024, sau khi nghe Ủy ban nhân dân huyện báo cáo tình hình phát triển kinh tế trang trại, Ban Thường vụ Huyện ủy kết luận như sau:
1. Một số trang trại chăn nuôi chưa xử lý chất thải, gây ô nhiễm môi trường.
2. Giao Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo rà soát, sửa đổi, bổ sung Kế hoạch số 96/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân huyện Quảng Ninh về phát triển kinh tế trang trại, gia trại; hoàn thành trước ngày 31/10/2024.
3. Giao Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện Kết luận này.
""" + SIGN_HU_PBT))

# Sở NN&MT Quảng Bình 20/KH-SNNMT (10/4/2025): same number as Quảng Trị's Sở NN&MT (trap)
w("qb_snnmt_kh20_2025.txt", state("UBND TỈNH QUẢNG BÌNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "20/KH-SNNMT", "Quảng Bình, ngày 10 tháng 4 năm 2025", """KẾ HOẠCH
Thu gom, xử lý bao gói thuốc bảo vệ thực vật sau sử dụng trên đồng ruộng năm 2025
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;
Căn cứ Thông tư số 02/2022/TT-BTNMT ngày 10 tháng 01 năm 2022 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường;
Căn cứ Nghị quyết số 21/2021/NQ-HĐND của Hội đồng nhân dân tỉnh,
Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:
1. Lắp đặt 1.200 bể chứa bao gói thuốc bảo vệ thực vật tại các cánh đồng lúa.
2. Hợp đồng với đơn vị có chức năng thu gom, xử lý định kỳ 02 lần/năm.
""" + SIGN_SO_TL))

# ====================================================================== former Quảng Trị, before 1/7/2025
# Ban Thường vụ Tỉnh ủy Quảng Trị 120-KH/TU (17/4/2023, environment): one-line header; obligation on the huyện ủy, met by Vĩnh Linh 40-KH/HU
w("qt_tu_kh120_2023.txt", party_one("TỈNH ỦY QUẢNG TRỊ", "120-KH/TU", "Quảng Trị, ngày 17 tháng 4 năm 2023", """KẾ HOẠCH
tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường nông thôn, giai đoạn 2023 - 2025
-----
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14; thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:
I. MỤC TIÊU
Đến năm 2025, 90% chất thải rắn sinh hoạt nông thôn được thu gom, xử lý; 100% trang trại chăn nuôi có công trình xử lý chất thải.
II. NHIỆM VỤ, GIẢI PHÁP
1. Đưa tiêu chí môi trường vào đánh giá xã đạt chuẩn nông thôn mới.
2. Xử lý dứt điểm các điểm nóng ô nhiễm tại các làng nghề, khu chăn nuôi.
III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện Kế hoạch này.
2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền; Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát.
""" + SIGN_TU))

# Huyện ủy Gio Linh 37-KH/HU (10/4/2023): cites Quảng Trị's 120-KH/TU of 17/4/2023 — planted temporal
w("qt_hu_gl_kh37_2023.txt", party("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "HUYỆN ỦY GIO LINH", "37-KH/HU", "Gio Linh, ngày 10 tháng 4 năm 2023", """KẾ HOẠCH
thực hiện công tác bảo vệ môi trường nông thôn trên địa bàn huyện, giai đoạn 2023 - 2025
-----
Thực hiện Kế hoạch số 120-KH/TU, ngày 17/4/2023 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường nông thôn, Ban Thường vụ Huyện ủy Gio Linh xây dựng Kế hoạch như sau:
1. Mỗi xã có ít nhất 01 mô hình phân loại rác thải tại nguồn.
2. Di dời các trại chăn nuôi lợn ra khỏi khu dân cư tại Gio Châu, Gio Quang.
Các tổ chức cơ sở đảng quán triệt, thực hiện Kế hoạch này.
""" + SIGN_HU))

# Huyện ủy Vĩnh Linh 40-KH/HU (15/5/2023): id broken across lines (`120-KH/` / `TU`), named province
w("qt_hu_vl_kh40_2023.txt", party("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "HUYỆN ỦY VĨNH LINH", "40-KH/HU", "Vĩnh Linh, ngày 15 tháng 5 năm 2023", """KẾ HOẠCH
thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về bảo vệ môi trường nông thôn
-----
Thực hiện Kế hoạch số 120-KH/
TU, ngày 17/4/2023 của Ban Thường vụ Tỉnh ủy Quảng Trị về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường nông thôn, giai đoạn 2023 - 2025, Ban Thường vụ Huyện ủy Vĩnh Linh ban hành Kế hoạch như sau:
1. Thu gom, xử lý 85% chất thải rắn sinh hoạt tại các xã vùng biển Vĩnh Thái, Vĩnh Kim, Vĩnh Thạch.
2. Trồng rừng phòng hộ ven biển chắn cát bay.
Các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện Kế hoạch này.
""" + SIGN_HU_PBT))

# UBND tỉnh Quảng Trị 15/2022/QĐ-UBND (25/4/2022; support for restoring agricultural production), portal page: in force; amended by 07/2026
w("qt_ubnd_qd15_2022.html", portal("Quyết định số 15/2022/QĐ-UBND",
      ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------", "Số: 15/2022/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Quảng Trị, ngày 25 tháng 4 năm 2022"], """QUYẾT ĐỊNH
Quy định mức hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh trên địa bàn tỉnh Quảng Trị
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
QUYẾT ĐỊNH:
Điều 1. Mức hỗ trợ đối với diện tích lúa thuần bị thiệt hại trên 70% là 2.000.000 đồng/ha; cây hàng năm khác 4.000.000 đồng/ha.
Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 5 năm 2022.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# UBND tỉnh Quảng Trị 22/2020/QĐ-UBND (28/12/2020; household solid waste): ends (`hết hiệu lực`) when 09/2026 enters into force, 01/3/2026
w("qt_ubnd_qd22_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "22/2020/QĐ-UBND", "Quảng Trị, ngày 28 tháng 12 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Trị
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Bảo vệ môi trường ngày 23 tháng 6 năm 2014;
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Trị.
Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 01 năm 2021.
""" + SIGN_UB))

# HĐND tỉnh Quảng Trị 17/2021/NQ-HĐND (08/12/2021), `Số:` on its own line: replaced by 12/2025 from 01/01/2026
w("qt_hdnd_nq17_2021.txt", state_numline("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ", "17/2021/NQ-HĐND", "Quảng Trị, ngày 08 tháng 12 năm 2021", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Quảng Trị giai đoạn 2021 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ
KHÓA VIII, KỲ HỌP THỨ 5
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Hỗ trợ xây dựng đường giao thông nông thôn, nhà văn hóa thôn; hỗ trợ xã đạt chuẩn nông thôn mới kiểu mẫu.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày 20 tháng 12 năm 2021.
""" + SIGN_HD))

# Sở NN&PTNT Quảng Trị 45/KH-SNN (05/3/2024), layout
w("qt_snn_kh45_2024.txt", layout(state_cols("UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ PTNT", "45/KH-SNN", "Quảng Trị, ngày 05 tháng 3 năm 2024", """                                  KẾ HOẠCH
         Khôi phục sản xuất nông nghiệp sau thiên tai và phát triển
                     hợp tác xã nông nghiệp năm 2024
                              -----
Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 25/4/2022 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh;
Căn cứ Quyết định số 461/QĐ-TTg ngày 27/4/2018 của Thủ tướng Chính phủ phê duyệt Đề án phát triển 15.000 hợp tác xã, liên hiệp hợp tác xã nông nghiệp hoạt động có hiệu quả đến năm 2020,
Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch như sau:
1. Dự phòng 50 tấn giống lúa, 10 tấn giống ngô để hỗ trợ khôi phục sản xuất.
2. Hỗ trợ 15 hợp tác xã nông nghiệp ứng dụng công nghệ cao.
3. Hướng dẫn các huyện thực hiện tiêu chí sản xuất - thu nhập theo Nghị quyết số 17/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân tỉnh.
""" + SIGN_SO)))

# Sở TN&MT Quảng Trị 112/QĐ-STNMT (20/11/2023): the director's decision (`GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG` over the preamble)
w("qt_stnmt_qd112_2023.txt", state("UBND TỈNH QUẢNG TRỊ", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "112/QĐ-STNMT", "Quảng Trị, ngày 20 tháng 11 năm 2023", """QUYẾT ĐỊNH
Phê duyệt Kế hoạch quan trắc chất lượng môi trường nông thôn năm 2024
GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;
Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;
Căn cứ Quyết định số 22/2020/QĐ-UBND ngày 28/12/2020 của Ủy ban nhân dân tỉnh ban hành Quy định về quản lý chất thải rắn sinh hoạt;
Thực hiện Kế hoạch số 120-KH/TU ngày 17/4/2023 của Ban Thường vụ Tỉnh ủy;
Theo đề nghị của Chi cục trưởng Chi cục Bảo vệ môi trường.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch quan trắc chất lượng môi trường nông thôn năm 2024 tại 45 điểm thuộc 10 huyện, thị xã, thành phố.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""" + SIGN_GD))

# Sở NN&MT Quảng Trị 20/KH-SNNMT (22/4/2025), Markdown headings: same number as Quảng Bình's (trap)
w("qt_snnmt_kh20_2025.md", md_headings(["### UBND TỈNH QUẢNG TRỊ", "### SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 20/KH-SNNMT"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Quảng Trị, ngày 22 tháng 4 năm 2025*"]) + """## KẾ HOẠCH

**Hỗ trợ khôi phục sản xuất vụ Hè Thu năm 2025**

Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 25/4/2022 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh;

Căn cứ Kế hoạch số 45/KH-SNN ngày 05/3/2024 của Sở Nông nghiệp và Phát triển nông thôn (nay là Sở Nông nghiệp và Môi trường),

Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:

1. Hỗ trợ giống lúa cho 1.500 ha bị thiệt hại do hạn hán vụ Đông Xuân.

2. Hướng dẫn chuyển đổi 300 ha đất lúa kém hiệu quả sang cây trồng cạn.

**GIÁM ĐỐC**
""")

# ====================================================================== the new tỉnh Quảng Trị, from 1/7/2025
# Ban Thường vụ Tỉnh ủy 08-CT/TU (25/9/2025): title `CHỈ THỊ SỐ 08-CT/TU` / `CỦA BAN THƯỜNG VỤ TỈNH ỦY`, no `Số` in the header;
# both former 120-KH/TU cited by former name (one former name is the new province's name) — traps
w("tu_ct08_2025.txt", """ĐẢNG BỘ TỈNH QUẢNG TRỊ
TỈNH ỦY
*
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\tQuảng Trị, ngày 25 tháng 9 năm 2025

CHỈ THỊ SỐ 08-CT/TU
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường nông thôn sau hợp nhất tỉnh
-----
Sau hợp nhất, công tác bảo vệ môi trường nông thôn được tiếp tục thực hiện theo Kế hoạch số 120-KH/TU, ngày 08/3/2023 của Ban Thường vụ Tỉnh ủy Quảng Bình (trước hợp nhất) và Kế hoạch số 120-KH/TU, ngày 17/4/2023 của Ban Thường vụ Tỉnh ủy Quảng Trị (trước hợp nhất); tuy nhiên ô nhiễm do chất thải chăn nuôi, bao gói thuốc bảo vệ thực vật vẫn còn diễn biến phức tạp.
Để thực hiện nghiêm Luật Bảo vệ môi trường số 72/2020/QH14, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:
1. Nâng cao trách nhiệm của người đứng đầu cấp ủy, chính quyền cấp xã trong bảo vệ môi trường nông thôn.
2. Thống nhất mô hình thu gom, xử lý chất thải rắn sinh hoạt trên toàn tỉnh.
3. Xử lý nghiêm các cơ sở chăn nuôi gây ô nhiễm.
Các cấp ủy, tổ chức đảng quán triệt, triển khai thực hiện nghiêm Chỉ thị này. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện.
""" + SIGN_TU_TM)

# Đảng ủy xã Tân Mỹ 04-KH/ĐU (10/10/2025), OCR-like (broken diacritics on a few words; the ids intact)
w("du_xa_tm_kh04_2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY XÃ TÂN MỸ", "04-KH/ĐU", "Tân Mỹ, ngày 10 tháng 10 năm 2025", """KÉ HOẠCH
thưc hiện Chi thị số 08-CT/TU của Ban Thuờng vụ Tỉnh ủy về bảo vê môi trường nông thôn
-----
Thưc hiện Chi thị số 08-CT/TU, ngày 25/9/2025 của Ban Thuờng vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường nông thôn sau hợp nhất tỉnh; căn cứ Luật Bảo vê môi trường số 72/2020/QH14, Ban Thường vụ Đảng ủy xã Tân Mỹ xây dựng Kế hoạch như sau:
1. Mỗi thôn có tổ tự quản về môi trường; thu gom rác thải 02 lần/tuần.
2. Không để phát sinh cơ sở chăn nuôi gây ô nhiễm trong khu dân cư.
Các chi bộ trực thuộc quán triệt, tổ chức thực hiện Kế hoạch này.
""" + SIGN_DU))

# UBND tỉnh 28/2025/QĐ-UBND (21/10/2025, in force 01/11/2025), `Số:` on its own line: replaces Quảng Bình's 15/2022; Quảng Trị's
# 15/2022 still applied; `trồng thay thế hồ tiêu` is an ordinary word (traps)
w("ubnd_qd28_2025.txt", state_numline("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "28/2025/QĐ-UBND", "Quảng Trị, ngày 21 tháng 10 năm 2025", """QUYẾT ĐỊNH
Quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp trên địa bàn tỉnh Quảng Trị
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Nghị định số 98/2018/NĐ-CP ngày 05 tháng 7 năm 2018 của Chính phủ về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 1875/TTr-SNNMT ngày 06 tháng 10 năm 2025.
QUYẾT ĐỊNH:
Điều 1. Chính sách hỗ trợ
1. Hỗ trợ 50% chi phí mua giống lúa chất lượng cao, tối đa 2.500.000 đồng/ha.
2. Hỗ trợ 30% chi phí mua giống cây ăn quả, cây dược liệu trồng thay thế diện tích hồ tiêu, cao su kém hiệu quả, tối đa 15 triệu đồng/ha.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2025 và thay thế Quyết định số 15/2022/QĐ-UBND ngày 12 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh Quảng Bình quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp trên địa bàn tỉnh Quảng Bình.
2. Quyết định số 15/2022/QĐ-UBND ngày 25 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Quảng Trị (trước hợp nhất) tiếp tục được áp dụng trên phạm vi toàn tỉnh cho đến khi có quyết định thay thế.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB))

# Ban Thường vụ Tỉnh ủy 22-KH/TU (05/11/2025): `04 nhiệm vụ` over 4; obligations: Đảng ủy UBND tỉnh (plan met; replacement task
# before 15/12/2025 met by 12/2025), Sở NN&MT (met), Hội Nông dân tỉnh (met), Liên minh Hợp tác xã tỉnh (unmet — planted),
# đảng ủy xã, phường, đặc khu (met); appendix caption naming itself
w("tu_kh22_2025.txt", party_one("TỈNH ỦY QUẢNG TRỊ", "22-KH/TU", "Quảng Trị, ngày 05 tháng 11 năm 2025", """KẾ HOẠCH
tiếp tục thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn trên địa bàn tỉnh sau hợp nhất
-----
Thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045; Chỉ thị số 08-CT/TU, ngày 25/9/2025 của Ban Thường vụ Tỉnh ủy;
Trên cơ sở kết quả thực hiện Kế hoạch số 120-KH/TU, ngày 08/3/2023 của Ban Thường vụ Tỉnh ủy Quảng Bình (trước hợp nhất), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Thống nhất lãnh đạo phát triển nông nghiệp, nông thôn trên toàn địa bàn tỉnh sau hợp nhất.
II. NHIỆM VỤ TRỌNG TÂM
Các cấp ủy, tổ chức đảng tập trung lãnh đạo thực hiện 04 nhiệm vụ trọng tâm sau:
1. Phát triển vùng lúa chất lượng cao Lệ Thủy, Quảng Ninh, Triệu Phong, Hải Lăng.
2. Phát triển cây ăn quả, dược liệu, cà phê Khe Sanh ở vùng gò đồi phía Tây.
3. Phát triển hợp tác xã nông nghiệp kiểu mới gắn với chuỗi giá trị.
4. Bảo vệ môi trường nông thôn, thích ứng với biến đổi khí hậu.
III. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện; lãnh đạo Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành nghị quyết thay thế Nghị quyết số 21/2021/NQ-HĐND ngày 13/12/2021 của Hội đồng nhân dân tỉnh Quảng Bình và Nghị quyết số 17/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân tỉnh Quảng Trị (trước hợp nhất), hoàn thành trước ngày 15/12/2025.
2. Sở Nông nghiệp và Môi trường chủ trì xây dựng kế hoạch thực hiện của ngành, hoàn thành trong tháng 01/2026.
3. Hội Nông dân tỉnh xây dựng kế hoạch vận động hội viên, nông dân tham gia thực hiện Kế hoạch này.
4. Liên minh Hợp tác xã tỉnh xây dựng kế hoạch hỗ trợ hợp tác xã nông nghiệp chuyển đổi số, tham gia chuỗi giá trị.
5. Các đảng ủy xã, phường, đặc khu xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.
6. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU + """

PHỤ LỤC
(Kèm theo Kế hoạch số 22-KH/TU, ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy)
Chỉ tiêu chủ yếu đến năm 2030: 90% số xã đạt chuẩn nông thôn mới; 50% số hợp tác xã nông nghiệp hoạt động hiệu quả.
"""))

# UBND tỉnh letter 2310/UBND-KT (12/11/2025), minified portal page: Quảng Trị's 15/2022 still applied; `trồng thay thế` (traps)
w("ubnd_cv2310_2025.html", portal("Công văn số 2310/UBND-KT",
      ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------", "Số: 2310/UBND-KT", "V/v triển khai chính sách hỗ trợ phát triển sản xuất nông nghiệp sau hợp nhất"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Quảng Trị, ngày 12 tháng 11 năm 2025"], """Kính gửi: Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã, phường, đặc khu.
Quyết định số 28/2025/QĐ-UBND ngày 21/10/2025 của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp có hiệu lực từ ngày 01/11/2025. Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Các xã, phường tổ chức hướng dẫn người dân đăng ký hỗ trợ giống lúa chất lượng cao và giống cây ăn quả trồng thay thế hồ tiêu, cao su kém hiệu quả theo Điều 1 Quyết định số 28/2025/QĐ-UBND.
2. Việc hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai tiếp tục thực hiện theo Quyết định số 15/2022/QĐ-UBND ngày 25/4/2022 của Ủy ban nhân dân tỉnh Quảng Trị (trước hợp nhất).
3. Sở Nông nghiệp và Môi trường theo dõi, tổng hợp nhu cầu hỗ trợ của các địa phương.
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG""", minified=True))

# Đảng ủy UBND tỉnh 05-KH/ĐU (20/11/2025): `06 nhiệm vụ` over 5 — planted count-mismatch; same number as Đảng ủy xã Lệ Thủy's (trap)
w("dubnd_kh05_2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "05-KH/ĐU", "Quảng Trị, ngày 20 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch số 22-KH/TU của Ban Thường vụ Tỉnh ủy về nông nghiệp, nông dân, nông thôn
-----
Thực hiện Kế hoạch số 22-KH/TU, ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn, Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh xác định 06 nhiệm vụ trọng tâm sau:
1. Lãnh đạo Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh chính sách hỗ trợ xây dựng nông thôn mới thống nhất trên toàn tỉnh.
2. Lãnh đạo rà soát, hợp nhất các quy định về hỗ trợ sản xuất nông nghiệp của hai tỉnh trước hợp nhất.
3. Lãnh đạo xây dựng cơ sở dữ liệu về đất đai, nông nghiệp, môi trường dùng chung.
4. Lãnh đạo kiện toàn Văn phòng Điều phối nông thôn mới tỉnh.
5. Lãnh đạo thực hiện chuyển đổi số trong quản lý nông nghiệp.
Các tổ chức đảng trực thuộc quán triệt, tổ chức thực hiện Kế hoạch này.
""" + SIGN_HU))

# Đảng ủy xã Lệ Thủy 05-KH/ĐU (28/11/2025): the former Huyện ủy Lệ Thủy's 35-KH/HU by former name; obligation on UBND xã (met)
w("du_xa_lt_kh05_2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY XÃ LỆ THỦY", "05-KH/ĐU", "Lệ Thủy, ngày 28 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch số 22-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 22-KH/TU, ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW; kế thừa kết quả thực hiện Kế hoạch số 35-KH/HU, ngày 05/5/2023 của Ban Thường vụ Huyện ủy Lệ Thủy (trước sắp xếp), Ban Thường vụ Đảng ủy xã Lệ Thủy ban hành Kế hoạch như sau:
1. Giữ vững 4.500 ha lúa chất lượng cao, trong đó 800 ha lúa hữu cơ.
2. Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2027.
3. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện các chỉ tiêu về sản xuất nông nghiệp, nông thôn mới.
Các chi bộ trực thuộc tổ chức quán triệt, triển khai thực hiện Kế hoạch này.
""" + SIGN_DU))

# Đảng ủy xã Quảng Ninh 06-KH/ĐU (01/12/2025): a new xã named like tỉnh Quảng Ninh; former Huyện ủy Quảng Ninh's 28-KH/HU;
# `03 giải pháp` over 4 — planted count-mismatch
w("du_xa_qn_kh06_2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY XÃ QUẢNG NINH", "06-KH/ĐU", "Quảng Ninh, ngày 01 tháng 12 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch số 22-KH/TU của Ban Thường vụ Tỉnh ủy về nông nghiệp, nông dân, nông thôn
-----
Thực hiện Kế hoạch số 22-KH/TU, ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy; kế thừa kết quả thực hiện Kế hoạch số 28-KH/HU, ngày 20/5/2023 của Ban Thường vụ Huyện ủy Quảng Ninh (trước sắp xếp), Ban Thường vụ Đảng ủy xã Quảng Ninh thống nhất 03 giải pháp chủ yếu sau:
1. Dồn điền đổi thửa, xây dựng cánh đồng lớn lúa chất lượng cao dọc sông Kiến Giang.
2. Chuyển đổi 120 ha đất lúa kém hiệu quả sang nuôi trồng thủy sản.
3. Xây dựng 02 hợp tác xã kiểu mới liên kết tiêu thụ sản phẩm.
4. Xử lý chất thải chăn nuôi, giữ gìn môi trường nông thôn.
Các chi bộ trực thuộc quán triệt, tổ chức thực hiện Kế hoạch này.
""" + SIGN_DU))

# Đảng ủy phường Đồng Hới 07-KH/ĐU (03/12/2025): the ward of the provincial seat (place line `Đồng Hới, ngày …`)
w("du_ph_dh_kh07_2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY PHƯỜNG ĐỒNG HỚI", "07-KH/ĐU", "Đồng Hới, ngày 03 tháng 12 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch số 22-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 22-KH/TU, ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn, Ban Thường vụ Đảng ủy phường Đồng Hới ban hành Kế hoạch như sau:
1. Phát triển nông nghiệp đô thị, rau an toàn tại các tổ dân phố ven sông Nhật Lệ.
2. Bảo vệ môi trường các khu nuôi trồng thủy sản Bảo Ninh.
Các chi bộ trực thuộc tổ chức thực hiện Kế hoạch này.
""" + SIGN_DU))

# Hội Nông dân tỉnh 31-KH/HNDT (02/12/2025): meets 22-KH/TU's obligation; cites 08-CT/TU as of 25/8/2025 (it is of 25/9) — planted metadata-conflict
w("hnd_kh31_2025.txt", """BCH HỘI NÔNG DÂN TỈNH QUẢNG TRỊ
BAN THƯỜNG VỤ
*
Số 31-KH/HNDT
\t\t\tHỘI NÔNG DÂN VIỆT NAM
\t\t\tQuảng Trị, ngày 02 tháng 12 năm 2025

KẾ HOẠCH
vận động hội viên, nông dân thực hiện Kế hoạch số 22-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 22-KH/TU, ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn; Chỉ thị số 08-CT/TU, ngày 25/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường nông thôn sau hợp nhất tỉnh, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:
1. Vận động 10.000 hộ hội viên đăng ký sản xuất, kinh doanh giỏi.
2. Xây dựng 50 mô hình hội viên thu gom bao gói thuốc bảo vệ thực vật.
3. Phối hợp thành lập 20 tổ hợp tác, hợp tác xã do hội viên làm nòng cốt.
""" + SIGN_HND)

# HĐND tỉnh 12/2025/NQ-HĐND (10/12/2025, in force 01/01/2026): replaces Quảng Bình's 21/2021 and Quảng Trị's 17/2021
w("hdnd_nq12_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ", "12/2025/NQ-HĐND", "Quảng Trị, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Quảng Trị giai đoạn 2026 - 2030
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ
KHÓA VIII, KỲ HỌP THỨ 38
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;
Căn cứ Quyết định số 318/QĐ-TTg ngày 08 tháng 3 năm 2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Chính sách hỗ trợ
1. Hỗ trợ xi măng, ống cống làm đường giao thông nông thôn, kênh mương nội đồng.
2. Thưởng xã đạt chuẩn nông thôn mới nâng cao 1.500 triệu đồng/xã; xã đạt chuẩn nông thôn mới kiểu mẫu 2.000 triệu đồng/xã.
Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Nghị quyết số 21/2021/NQ-HĐND ngày 13 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Quảng Bình quy định chính sách hỗ trợ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Quảng Bình giai đoạn 2022 - 2025 và Nghị quyết số 17/2021/NQ-HĐND ngày 08 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Quảng Trị quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Quảng Trị giai đoạn 2021 - 2025.
""" + SIGN_HD))

# Chủ tịch UBND tỉnh 1685/QĐ-UBND (18/12/2025): `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` over the preamble, `KT. CHỦ TỊCH`
w("ct_qd1685_2025.txt", state_chair("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "1685/QĐ-UBND", "Quảng Trị, ngày 18 tháng 12 năm 2025", """QUYẾT ĐỊNH
Phê duyệt danh sách hợp tác xã nông nghiệp được hỗ trợ liên kết sản xuất năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 28/2025/QĐ-UBND ngày 21/10/2025 của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 2210/TTr-SNNMT ngày 12/12/2025.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh sách 46 hợp tác xã nông nghiệp được hỗ trợ liên kết sản xuất năm 2026 (chi tiết tại Phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Nông nghiệp và Môi trường và các hợp tác xã có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_CT))

# Sở NN&MT 72/KH-SNNMT (15/01/2026), layout with page break inside the task table: planted overdue ×2 (the Đề án; amend 28/2025);
# rows 1 (amend Quảng Trị's 15/2022 — met by 07/2026) and 2 (replace 22/2020 — met by 09/2026), recurring and not-due rows;
# obligation on UBND các xã, phường, đặc khu (met) — traps
w("snnmt_kh72_2026.txt", layout(state_cols("UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "72/KH-SNNMT", "Quảng Trị, ngày 15 tháng 01 năm 2026", """                                  KẾ HOẠCH
      Thực hiện Kế hoạch số 22-KH/TU của Ban Thường vụ Tỉnh ủy trong lĩnh vực
                nông nghiệp, nông thôn và môi trường năm 2026
                              -----
Thực hiện Kế hoạch số 22-KH/TU, ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII;
Căn cứ Nghị quyết số 12/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh; Quyết định số 28/2025/QĐ-UBND ngày 21/10/2025 của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp,
Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:
I. MỤC TIÊU
Năm 2026, giá trị sản xuất nông nghiệp tăng 3,2%; có thêm 10 xã đạt chuẩn nông thôn mới nâng cao; 92% chất thải rắn sinh hoạt nông thôn được thu gom.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tTham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 15/2022/QĐ-UBND ngày 25/4/2022 của Ủy ban nhân dân tỉnh Quảng Trị (trước hợp nhất) về mức hỗ trợ khôi phục sản xuất\tChi cục Trồng trọt và Bảo vệ thực vật\tQuý I/2026
2\tTham mưu Ủy ban nhân dân tỉnh ban hành quy định về quản lý chất thải rắn sinh hoạt thay thế Quyết định số 22/2020/QĐ-UBND ngày 28/12/2020 của Ủy ban nhân dân tỉnh Quảng Trị (trước hợp nhất)\tChi cục Bảo vệ môi trường\tQuý I/2026
3\tXây dựng Đề án phát triển hợp tác xã nông nghiệp kiểu mới tỉnh Quảng Trị đến năm 2030, trình Ủy ban nhân dân tỉnh phê duyệt\tChi cục Phát triển nông thôn\tTháng 9/2026
4\tTham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 28/2025/QĐ-UBND ngày 21/10/2025 của Ủy ban nhân dân tỉnh về mức hỗ trợ giống cây trồng\tPhòng Kế hoạch - Tài chính\tQuý III/2026
5\tSơ kết 6 tháng thực hiện Kế hoạch\tVăn phòng Sở\tTháng 7/2026
6\tKiểm tra, đánh giá xã đạt chuẩn nông thôn mới nâng cao\tVăn phòng Điều phối nông thôn mới tỉnh\tHằng năm
7\tTuyên truyền Luật Bảo vệ môi trường số 72/2020/QH14 ở nông thôn\tChi cục Bảo vệ môi trường\tThường xuyên
8\tTổng kết thực hiện Kế hoạch năm 2026\tVăn phòng Sở\tTháng 12/2026
III. TỔ CHỨC THỰC HIỆN
1. Các phòng, chi cục, đơn vị thuộc Sở chủ trì thực hiện nhiệm vụ được giao tại Mục II.
2. Ủy ban nhân dân các xã, phường, đặc khu xây dựng kế hoạch thực hiện trên địa bàn.
""" + SIGN_SO)))

# UBND tỉnh 09/2026/QĐ-UBND (20/02/2026, in force 01/3/2026), header columns run into one line: new waste rules; 22/2020 `hết hiệu lực`;
# `Mức giá … thay thế mức giá …` is an ordinary word (trap)
w("ubnd_qd09_2026.txt", state_run("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "09/2026/QĐ-UBND", "Quảng Trị, ngày 20 tháng 02 năm 2026", """QUYẾT ĐỊNH
Ban hành Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Trị
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;
Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;
Căn cứ Thông tư số 02/2022/TT-BTNMT ngày 10 tháng 01 năm 2022 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Trị. Mức giá tối đa dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt tại Phụ lục kèm theo thay thế mức giá do các xã, phường công bố trước ngày Quyết định này có hiệu lực.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2026. Quyết định số 22/2020/QĐ-UBND ngày 28 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh Quảng Trị ban hành Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Trị hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB))

# UBND tỉnh 07/2026/QĐ-UBND (10/3/2026, in force 20/3/2026), Markdown headings: amends Quảng Trị's 15/2022 (stays in force)
w("ubnd_qd07_2026.md", md_headings(["# ỦY BAN NHÂN DÂN", "# TỈNH QUẢNG TRỊ", "**Số: 07/2026/QĐ-UBND**"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Quảng Trị, ngày 10 tháng 3 năm 2026*"]) + """## QUYẾT ĐỊNH

**Sửa đổi, bổ sung một số điều của Quyết định số 15/2022/QĐ-UBND ngày 25 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Quảng Trị quy định mức hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh**

**ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh;*

*Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.*

**QUYẾT ĐỊNH:**

**Điều 1.** Sửa đổi, bổ sung Điều 1 Quyết định số 15/2022/QĐ-UBND như sau: “Điều 1. Mức hỗ trợ đối với diện tích lúa thuần bị thiệt hại trên 70% là 3.000.000 đồng/ha; cây hàng năm khác 5.000.000 đồng/ha; áp dụng trên phạm vi toàn tỉnh.”

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2026.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này.

**TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**
""")

# UBND xã Lệ Thủy 18/KH-UBND (20/3/2026): cites Quảng Bình's replaced 15/2022 — planted superseded; Quảng Trị's 15/2022 on the next
# line, 1685 cited as the UBND's, dated 72/KH-SNNMT, the commune's 05-KH/ĐU (traps)
w("ubnd_xa_lt_kh18_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ LỆ THỦY", "18/KH-UBND", "Lệ Thủy, ngày 20 tháng 3 năm 2026", """KẾ HOẠCH
Sản xuất lúa chất lượng cao và xây dựng nông thôn mới nâng cao năm 2026
Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Quảng Bình quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp trên địa bàn tỉnh Quảng Bình;
Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 25/4/2022 của Ủy ban nhân dân tỉnh Quảng Trị (đã được sửa đổi, bổ sung tại Quyết định số 07/2026/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh);
Căn cứ Quyết định số 1685/QĐ-UBND ngày 18/12/2025 của Ủy ban nhân dân tỉnh phê duyệt danh sách hợp tác xã nông nghiệp được hỗ trợ liên kết sản xuất năm 2026;
Thực hiện Kế hoạch số 72/KH-SNNMT ngày 15/01/2026 của Sở Nông nghiệp và Môi trường; Kế hoạch số 05-KH/ĐU, ngày 28/11/2025 của Ban Thường vụ Đảng ủy xã,
Ủy ban nhân dân xã Lệ Thủy ban hành Kế hoạch như sau:
1. Gieo cấy 4.500 ha lúa chất lượng cao, trong đó 800 ha lúa hữu cơ liên kết với Hợp tác xã Nông nghiệp Cam Thủy.
2. Hoàn thiện hồ sơ xã đạt chuẩn nông thôn mới nâng cao.
Các thôn, hợp tác xã tổ chức thực hiện Kế hoạch này.
""" + SIGN_UB_CT))

# Sở NN&MT second 72/KH-SNNMT (06/4/2026), .docx with the header in a Word table — planted duplicate-identity;
# id split across runs; a restated amendment inside a citation; activity rows (traps)
docx("snnmt_kh72b_2026.docx", [
    "KẾ HOẠCH",
    "Kiểm tra việc thực hiện chính sách hỗ trợ sản xuất nông nghiệp năm 2026",
    ["Căn cứ Quyết định số 28/2025/", "QĐ-UBND ngày 21/10/2025 của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp; Quyết định số 07/2026/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quyết định số 15/2022/QĐ-UBND ngày 25/4/2022 của Ủy ban nhân dân tỉnh Quảng Trị,"],
    "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch kiểm tra như sau:",
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
], rows=[
    ["TT", "Nội dung kiểm tra", "Đơn vị thực hiện", "Thời gian"],
    ["1", "Kiểm tra hồ sơ hỗ trợ giống lúa chất lượng cao tại 08 xã phía Bắc tỉnh", "Chi cục Trồng trọt và Bảo vệ thực vật", "Tháng 5/2026"],
    ["2", "Kiểm tra việc hỗ trợ khôi phục sản xuất sau thiên tai", "Chi cục Phát triển nông thôn", "Tháng 10/2026"],
], header_table=(["UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 72/KH-SNNMT"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày 06 tháng 4 năm 2026"]))

# UBND xã Vĩnh Linh 25/KH-UBND (12/5/2026): cites Quảng Trị's 17/2021/NQ-HĐND, replaced by 12/2025 from 01/01/2026 — planted superseded
w("ubnd_xa_vl_kh25_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ VĨNH LINH", "25/KH-UBND", "Vĩnh Linh, ngày 12 tháng 5 năm 2026", """KẾ HOẠCH
Xây dựng nông thôn mới kiểu mẫu năm 2026
Căn cứ Nghị quyết số 17/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân tỉnh Quảng Trị quy định chính sách hỗ trợ xây dựng nông thôn mới;
Căn cứ Nghị quyết số 12/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ xây dựng nông thôn mới giai đoạn 2026 - 2030;
Thực hiện Kế hoạch số 72/KH-SNNMT ngày 15/01/2026 của Sở Nông nghiệp và Môi trường,
Ủy ban nhân dân xã Vĩnh Linh ban hành Kế hoạch như sau:
1. Xây dựng 03 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.
2. Bê tông hóa 6 km đường nội đồng.
""" + SIGN_UB))

# xã Phong Nha, all 14/5/2026: Đảng ủy xã 11-NQ/ĐU → UBND xã 58/KH-UBND → hợp tác xã 14/PA-HTX → 11-NQ/ĐU — planted cycle
w("du_xa_pn_nq11_2026.txt", party("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY XÃ PHONG NHA", "11-NQ/ĐU", "Phong Nha, ngày 14 tháng 5 năm 2026", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ
về phát triển du lịch nông nghiệp, nông thôn gắn với vùng đệm Vườn quốc gia Phong Nha - Kẻ Bàng
-----
Căn cứ Kế hoạch số 58/KH-UBND ngày 14/5/2026 của Ủy ban nhân dân xã Phong Nha về phát triển du lịch cộng đồng gắn với sản xuất nông nghiệp năm 2026, Ban Chấp hành Đảng bộ xã quyết nghị:
1. Phát triển 05 điểm du lịch trải nghiệm nông nghiệp tại các thôn vùng đệm.
2. Không để phát sinh rác thải, nước thải chưa qua xử lý ra sông Son.
""" + SIGN_DU_BCH))
w("ubnd_xa_pn_kh58_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**XÃ PHONG NHA**", "Số: 58/KH-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Phong Nha, ngày 14 tháng 5 năm 2026*"]) + """
**KẾ HOẠCH**

**Phát triển du lịch cộng đồng gắn với sản xuất nông nghiệp năm 2026**

Căn cứ Phương án số 14/PA-HTX ngày 14/5/2026 của Hợp tác xã Nông nghiệp và Du lịch Phong Nha về sản xuất, kinh doanh năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

1. Hỗ trợ hợp tác xã xây dựng 02 sản phẩm OCOP gắn với du lịch.

2. Tập huấn kỹ năng làm du lịch cho 100 hộ nông dân.

**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**
""")
w("htx_pn_pa14_2026.txt", state("HỢP TÁC XÃ NÔNG NGHIỆP", "VÀ DU LỊCH PHONG NHA", "14/PA-HTX", "Phong Nha, ngày 14 tháng 5 năm 2026", """PHƯƠNG ÁN
Sản xuất, kinh doanh năm 2026
Thực hiện Nghị quyết số 11-NQ/ĐU ngày 14/5/2026 của Ban Chấp hành Đảng bộ xã Phong Nha về phát triển du lịch nông nghiệp, nông thôn; căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023,
Hội đồng quản trị Hợp tác xã thống nhất Phương án như sau:
1. Sản xuất 40 ha lúa hữu cơ, 10 ha rau an toàn phục vụ khách du lịch.
2. Đón 5.000 lượt khách trải nghiệm nông nghiệp.
""" + SIGN_GD))

# UBND xã Gio Linh 30/KH-UBND (08/6/2026): cites Quảng Trị's 22/2020, ended 01/3/2026 — planted superseded; cites Quảng Trị's 45/KH-SNN
# with Quảng Bình's date (20/02/2024; Quảng Trị's is 05/3/2024) — planted metadata-conflict
w("ubnd_xa_gl_kh30_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ GIO LINH", "30/KH-UBND", "Gio Linh, ngày 08 tháng 6 năm 2026", """KẾ HOẠCH
Thu gom, xử lý chất thải rắn sinh hoạt và khôi phục sản xuất nông nghiệp năm 2026
Căn cứ Quyết định số 22/2020/QĐ-UBND ngày 28/12/2020 của Ủy ban nhân dân tỉnh Quảng Trị ban hành Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Quảng Trị;
Căn cứ kết quả thực hiện Kế hoạch số 45/KH-SNN ngày 20/02/2024 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị (trước hợp nhất) về khôi phục sản xuất nông nghiệp sau thiên tai;
Thực hiện Kế hoạch số 72/KH-SNNMT ngày 15/01/2026 của Sở Nông nghiệp và Môi trường,
Ủy ban nhân dân xã Gio Linh ban hành Kế hoạch như sau:
1. Thu gom 95% rác thải sinh hoạt tại các thôn; xóa 03 bãi rác tự phát.
2. Dự phòng giống lúa cho 200 ha có nguy cơ bị ngập úng.
""" + SIGN_UB_CT))

# HĐND tỉnh 03/2026/NQ-HĐND (Word-exported page, 10/7/2026, in force 20/7/2026): amends 12/2025; replaces Quảng Bình's 21/2021
# again — planted inverse-inconsistency
w("hdnd_nq03_2026.html", html_spans("Nghị quyết số 03/2026/NQ-HĐND",
      ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------", "Số: 03/2026/NQ-HĐND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Quảng Trị, ngày 10 tháng 7 năm 2026"], """NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Nghị quyết số 12/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Quảng Trị giai đoạn 2026 - 2030
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 12/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung khoản 2 Điều 1 Nghị quyết số 12/2025/NQ-HĐND như sau: “2. Thưởng xã đạt chuẩn nông thôn mới nâng cao 2.000 triệu đồng/xã.”
Điều 2. Nghị quyết này thay thế Nghị quyết số 21/2021/NQ-HĐND ngày 13 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Quảng Bình (trước hợp nhất) về chính sách hỗ trợ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Điều 3. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2026.
CHỦ TỊCH"""))

# Sở NN&MT 245/BC-SNNMT (28/7/2026): sơ kết of 72/KH-SNNMT; `Kế hoạch số 45/KH-SNN năm 2024 của Sở Nông nghiệp và Phát triển
# nông thôn (trước hợp nhất)` — planted ambiguous-id; restated amendment, 1685 of the Chủ tịch, quoted draft title amending
# 28/2025, proposal to replace Quảng Trị's 15/2022, `03 nội dung` over 3 (traps)
w("snnmt_bc245_2026.txt", state("UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "245/BC-SNNMT", "Quảng Trị, ngày 28 tháng 7 năm 2026", """BÁO CÁO
Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 72/KH-SNNMT ngày 15/01/2026 của Sở Nông nghiệp và Môi trường
I. KẾT QUẢ THỰC HIỆN
1. Về thể chế: Quyết định số 07/2026/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh đã sửa đổi, bổ sung Quyết định số 15/2022/QĐ-UBND ngày 25/4/2022 của Ủy ban nhân dân tỉnh Quảng Trị (trước hợp nhất); Quyết định số 09/2026/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh ban hành Quy định mới về quản lý chất thải rắn sinh hoạt.
2. Kế thừa kết quả thực hiện Kế hoạch số 45/KH-SNN năm 2024 của Sở Nông nghiệp và Phát triển nông thôn (trước hợp nhất), 6 tháng đầu năm 2026 toàn tỉnh đã hỗ trợ giống cho 3.200 ha lúa.
3. Kinh phí hỗ trợ hợp tác xã theo Quyết định số 1685/QĐ-UBND ngày 18/12/2025 của Chủ tịch Ủy ban nhân dân tỉnh đã giải ngân 85%.
4. Sở đang hoàn thiện dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quyết định số 28/2025/QĐ-UBND ngày 21/10/2025 của Ủy ban nhân dân tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp” để lấy ý kiến các sở, ngành.
II. KIẾN NGHỊ
Sở Nông nghiệp và Môi trường kiến nghị 03 nội dung sau:
a) Đề nghị Ủy ban nhân dân tỉnh xem xét ban hành quyết định mới thay thế Quyết định số 15/2022/QĐ-UBND ngày 25/4/2022 của Ủy ban nhân dân tỉnh Quảng Trị (trước hợp nhất) để thống nhất mức hỗ trợ khôi phục sản xuất.
b) Bố trí kinh phí cho Văn phòng Điều phối nông thôn mới tỉnh.
c) Bổ sung biên chế cho Chi cục Bảo vệ môi trường.
""" + SIGN_SO))
print("written", len(os.listdir(OUT)), "files")
