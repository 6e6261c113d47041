#!/usr/bin/env python3
"""Red team round 28: agriculture, forests and new rural areas of the new tỉnh Quảng Ngãi (Kon Tum + Quảng Ngãi merged on
1/7/2025; districts abolished, communes merged; Sở Nông nghiệp và Phát triển nông thôn and Sở Tài nguyên và Môi trường
merged into Sở Nông nghiệp và Môi trường), seen from the former Kon Tum side (Tỉnh ủy, Huyện ủy Đăk Hà and Kon Plông,
UBND tỉnh and huyện Kon Plông, HĐND, Sở NN&PTNT, Hạt Kiểm lâm Đắk Hà), the former Quảng Ngãi side (Tỉnh ủy, UBND, HĐND,
Sở NN&PTNT) and after the merger (Tỉnh ủy, UBND and its Chủ tịch, HĐND, Sở NN&MT, a Hạt Kiểm lâm khu vực, Đảng ủy and
UBND of the new xã Đăk Hà, Măng Đen, Đăk Long, Ba Tơ and phường Kon Tum). Writes corpus/. Standard library only.
Header helpers copied from RedTeam27/gen.py (site names and phone numbers in `portal` and `html_spans` changed); two
header shapes added (`state_vv`: a letter with `V/v` on the line under the number; `state_chair`: a chairman's decision)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Quảng Ngãi"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Quảng Ngãi. Địa chỉ: phường Cẩm Thành, tỉnh Quảng Ngãi. Điện thoại: 0255.3822.140 - Fax: 0255.3822.141</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Quảng Ngãi - Điện thoại: 0255.3826.120 - Fax: 0255.3826.121</div>\n</body></html>')





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


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC"""
SIGN_TU_NQ = """\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_TU_TL = """\t\t\t\t\tT/L BAN THƯỜNG VỤ
\t\t\t\t\tCHÁNH VĂN PHÒNG"""
SIGN_HU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_HU_PBT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_DU = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_DU_BCH = """\t\t\t\t\tTM. BAN CHẤP HÀNH
\t\t\t\t\tBÍ THƯ"""
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
\t\t\t\t\tCHI CỤC TRƯỞNG CHI CỤC KIỂM LÂM"""
SIGN_HKL = """\t\t\t\t\tHẠT TRƯỞNG"""

# ====================================================================== former Kon Tum, before 1/7/2025
# Ban Thường vụ Tỉnh ủy Kon Tum 12-KH/TU (05/3/2021), CRLF; obligation on the huyện ủy, met by Huyện ủy Đăk Hà's 18-KH/HU
w("kt_tu_kh12_2021.txt", party("ĐẢNG BỘ TỈNH KON TUM", "TỈNH ỦY", "12-KH/TU", "Kon Tum, ngày 05 tháng 3 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI về xây dựng nông thôn mới gắn với phát triển kinh tế rừng, giai đoạn 2021 - 2025
-----
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020 - 2025; tiếp tục thực hiện Nghị quyết số 26-NQ/TW, ngày 05/8/2008 của Hội nghị Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các chỉ tiêu về xây dựng nông thôn mới, bảo vệ và phát triển rừng mà Đại hội đã đề ra.
II. CHỈ TIÊU
Đến năm 2025, tỷ lệ che phủ rừng đạt trên 63%; có ít nhất 55 xã đạt chuẩn nông thôn mới.
III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU), crlf=True)

# Huyện ủy Đăk Hà 18-KH/HU (20/4/2021): cites 12-KH/TU as of 15/3/2021 (Kon Tum's is 05/3, Quảng Ngãi's 22/3) — planted metadata-conflict
w("kt_hu_dh_kh18_2021.txt", party("ĐẢNG BỘ TỈNH KON TUM", "HUYỆN ỦY ĐĂK HÀ", "18-KH/HU", "Đăk Hà, ngày 20 tháng 4 năm 2021", """KẾ HOẠCH
thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới gắn với phát triển kinh tế rừng, giai đoạn 2021 - 2025
-----
Thực hiện Kế hoạch số 12-KH/TU, ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy Kon Tum thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI về xây dựng nông thôn mới gắn với phát triển kinh tế rừng, giai đoạn 2021 - 2025, Ban Thường vụ Huyện ủy Đăk Hà xây dựng Kế hoạch thực hiện như sau:
I. MỤC TIÊU
Đến năm 2025, huyện Đăk Hà đạt chuẩn huyện nông thôn mới; 100% diện tích rừng hiện có được giao, khoán bảo vệ.
II. NHIỆM VỤ, GIẢI PHÁP
1. Tăng cường sự lãnh đạo của cấp ủy đối với xây dựng nông thôn mới.
2. Phát triển vùng cà phê, mắc ca gắn với bảo vệ rừng.
3. Huy động nguồn lực xã hội hóa cho hạ tầng nông thôn.
III. TỔ CHỨC THỰC HIỆN
1. Ủy ban Kiểm tra Huyện ủy kiểm tra, giám sát việc thực hiện Kế hoạch này.
2. Văn phòng Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy.
""" + SIGN_HU))

# Ban Thường vụ Tỉnh ủy Kon Tum 15-CT/TU (12/4/2022), pdftotext -layout
w("kt_tu_ct15_2022.txt", layout(party_cols("ĐẢNG BỘ TỈNH KON TUM", "TỈNH ỦY", "15-CT/TU", "Kon Tum, ngày 12 tháng 4 năm 2022", """                                  CHỈ THỊ
                  CỦA BAN THƯỜNG VỤ TỈNH ỦY
        về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý,
                    bảo vệ và phát triển rừng
                              -----
Những năm qua, công tác quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh đã đạt được một số kết quả; tuy nhiên tình trạng phá rừng, lấn chiếm đất rừng vẫn còn diễn biến phức tạp ở một số địa phương.
Để thực hiện nghiêm Luật Lâm nghiệp số 16/2017/QH14, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ sau:
1. Nâng cao nhận thức, trách nhiệm của cấp ủy, người đứng đầu trong quản lý, bảo vệ rừng.
2. Kiên quyết xử lý các vụ phá rừng, lấn chiếm đất rừng trái phép.
3. Thực hiện tốt chính sách khoán bảo vệ rừng, chi trả dịch vụ môi trường rừng.
Các cấp ủy, tổ chức đảng quán triệt, triển khai thực hiện nghiêm Chỉ thị này. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện.
Chỉ thị này được phổ biến đến chi bộ.
""" + SIGN_TU)))

# Huyện ủy Kon Plông 18-KH/HU (05/4/2022), NFD: cites 15-CT/TU of 12/4/2022 — planted temporal
w("kt_hu_kp_kh18_2022.txt", party("ĐẢNG BỘ TỈNH KON TUM", "HUYỆN ỦY KON PLÔNG", "18-KH/HU", "Kon Plông, ngày 05 tháng 4 năm 2022", """KẾ HOẠCH
thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về công tác quản lý, bảo vệ và phát triển rừng
-----
Thực hiện Chỉ thị số 15-CT/TU, ngày 12/4/2022 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Huyện ủy Kon Plông ban hành Kế hoạch thực hiện như sau:
1. Tổ chức quán triệt Chỉ thị đến 100% chi bộ trong quý II/2022.
2. Rà soát, xử lý dứt điểm các vụ lấn chiếm đất rừng tại các xã Hiếu, Đăk Long, Măng Cành.
3. Gắn bảo vệ rừng với phát triển du lịch sinh thái Măng Đen.
Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện Kế hoạch này.
""" + SIGN_HU), nfd=True)

# UBND tỉnh Kon Tum 15/2022/QĐ-UBND (20/5/2022; forest protection support), layout: replaced by 32/2025 from 25/10/2025
w("kt_ubnd_qd15_2022.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "15/2022/QĐ-UBND", "Kon Tum, ngày 20 tháng 5 năm 2022", """                                  QUYẾT ĐỊNH
     Quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng
                   trên địa bàn tỉnh Kon Tum
                              -----
                    ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15 tháng 11 năm 2017;
Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
QUYẾT ĐỊNH:
Điều 1. Mức hỗ trợ khoán bảo vệ rừng là 400.000 đồng/ha/năm; xã thuộc khu vực II, III là 480.000 đồng/ha/năm.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2022.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB)))

# HĐND tỉnh Kon Tum 24/2021/NQ-HĐND (22/9/2021; support for new rural areas): replaced by 18/2025 from 01/01/2026
w("kt_hdnd_nq24_2021.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH KON TUM", "24/2021/NQ-HĐND", "Kon Tum, ngày 22 tháng 9 năm 2021", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Kon Tum, giai đoạn 2021 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM
KHÓA XII, KỲ HỌP THỨ 2
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Hỗ trợ xi măng làm đường giao thông nông thôn; hỗ trợ phát triển sản xuất cho hộ nghèo tại các xã đặc biệt khó khăn.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày 05 tháng 10 năm 2021.
""" + SIGN_HD))

# UBND tỉnh Kon Tum 120/KH-UBND (14/6/2023), Markdown table header; obligations met by 95/KH-SNN and 75/KH-UBND (huyện Kon Plông)
w("kt_ubnd_kh120_2023.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH KON TUM**", "Số: 120/KH-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Kon Tum, ngày 14 tháng 6 năm 2023*"]) + """
**KẾ HOẠCH**

**Thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng về nông nghiệp, nông dân, nông thôn trên địa bàn tỉnh Kon Tum**

Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045; căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

## I. MỤC TIÊU

Đến năm 2025, tỷ lệ che phủ rừng đạt 63,5%; có 60% số xã đạt chuẩn nông thôn mới.

## II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, xây dựng kế hoạch thực hiện của ngành.

2. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện trên địa bàn.

3. Sở Tài chính bố trí kinh phí theo quy định.

""" + """
**TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**
""")

# Sở NN&PTNT Kon Tum 95/KH-SNN (25/01/2024): implements the unqualified `120/KH-UBND ngày 14/6/2023 của UBND tỉnh` (trap)
w("kt_snn_kh95_2024.txt", state("UBND TỈNH KON TUM", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "95/KH-SNN", "Kon Tum, ngày 25 tháng 01 năm 2024", """KẾ HOẠCH
Thực hiện Nghị quyết số 19-NQ/TW trong lĩnh vực lâm nghiệp năm 2024
Thực hiện Kế hoạch số 120/KH-UBND ngày 14/6/2023 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng;
Căn cứ Thông tư số 28/2018/TT-BNNPTNT ngày 16/11/2018 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn quy định về quản lý rừng bền vững (đã được sửa đổi, bổ sung bởi Thông tư số 13/2023/TT-BNNPTNT ngày 30/11/2023),
Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch như sau:
I. NHIỆM VỤ
1. Hướng dẫn chủ rừng xây dựng phương án quản lý rừng bền vững.
2. Chi trả kịp thời tiền khoán bảo vệ rừng theo Quyết định số 15/2022/QĐ-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh.
II. TỔ CHỨC THỰC HIỆN
Hạt Kiểm lâm các huyện xây dựng kế hoạch thực hiện tại đơn vị.
""" + SIGN_SO))

# Hạt Kiểm lâm huyện Đắk Hà 30/KH-HKL (20/02/2024), OCR-like (broken diacritics on a few words; ids intact)
w("kt_hkl_dh_kh30_2024.txt", state("CHI CỤC KIỂM LÂM TỈNH KON TUM", "HẠT KIỂM LÂM HUYỆN ĐẮK HÀ", "30/KH-HKL", "Đắk Hà, ngày 20 tháng 02 năm 2024", """KÉ HOẠCH
Quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2024
Thưc hiện Kế hoach số 95/KH-SNN ngày 25/01/2024 của Sở Nông nghiệp và Phát triẻn nông thôn;
Thực hiện Chi thị số 15-CT/TU, ngày 12/4/2022 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng;
Căn cứ Quyét định số 15/2022/QĐ-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ khoán bảo vệ rừng,
Hạt Kiểm lâm huyện Đắk Hà xây dựng Kế hoạch như sau:
1. Tuần tra, kiểm tra rừng tại các xã Đăk Pxi, Đăk Long, Ngọk Réo: thực hiện thường xuyên.
2. Tuyên truyền Luật Lâm nghiệp tại 100% thôn, làng: hằng năm.
""" + SIGN_HKL))

# UBND huyện Kon Plông 75/KH-UBND (12/3/2024)
w("kt_ubh_kp_kh75_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN KON PLÔNG", "75/KH-UBND", "Kon Plông, ngày 12 tháng 3 năm 2024", """KẾ HOẠCH
Phát triển du lịch sinh thái dưới tán rừng gắn với xây dựng nông thôn mới năm 2024
Thực hiện Kế hoạch số 120/KH-UBND ngày 14/6/2023 của Ủy ban nhân dân tỉnh Kon Tum thực hiện Nghị quyết số 19-NQ/TW;
Ủy ban nhân dân huyện Kon Plông ban hành Kế hoạch như sau:
I. NHIỆM VỤ
TT\tNội dung\tĐơn vị thực hiện\tThời gian
1\tTổ chức Lễ hội văn hóa - du lịch Măng Đen\tPhòng Văn hóa và Thông tin\tQuý II/2024
2\tHỗ trợ cộng đồng thôn làng làm du lịch sinh thái dưới tán rừng\tPhòng Nông nghiệp và Phát triển nông thôn\tHằng năm
3\tKiểm tra hoạt động kinh doanh du lịch trong rừng phòng hộ\tHạt Kiểm lâm huyện\tThường xuyên
II. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đơn vị và Ủy ban nhân dân các xã, thị trấn tổ chức thực hiện Kế hoạch này.
""" + SIGN_UB_CT))

# Huyện ủy Kon Plông 25-KL/HU (10/6/2024): planned amendment of 75/KH-UBND before 30/9/2024 — planted overdue
w("kt_hu_kp_kl25_2024.txt", party("ĐẢNG BỘ TỈNH KON TUM", "HUYỆN ỦY KON PLÔNG", "25-KL/HU", "Kon Plông, ngày 10 tháng 6 năm 2024", """KẾT LUẬN
CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về phát triển du lịch sinh thái gắn với bảo vệ rừng
-----
Tại hội nghị ngày 05/6/2024, sau khi nghe báo cáo kết quả thực hiện Kế hoạch số 18-KH/HU, ngày 05/4/2022 của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy kết luận như sau:
1. Việc phát triển du lịch sinh thái tại Măng Đen còn để xảy ra lấn chiếm đất rừng.
2. Giao Ủy ban nhân dân huyện chỉ đạo rà soát, tham mưu sửa đổi, bổ sung Kế hoạch số 75/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân huyện về phát triển du lịch sinh thái dưới tán rừng, hoàn thành trước ngày 30/9/2024.
3. Giao Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện Kết luận này.
""" + SIGN_HU_PBT))

# ====================================================================== former Quảng Ngãi, before 1/7/2025
# Ban Thường vụ Tỉnh ủy Quảng Ngãi 12-KH/TU (22/3/2021), layout
w("qn_tu_kh12_2021.txt", layout(party_cols("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "TỈNH ỦY", "12-KH/TU", "Quảng Ngãi, ngày 22 tháng 3 năm 2021", """                                  KẾ HOẠCH
        thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX
           về phát triển nông nghiệp và xây dựng nông thôn mới
                              -----
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX, nhiệm kỳ 2020 - 2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC TIÊU
Đến năm 2025, có 75% số xã đạt chuẩn nông thôn mới; tỷ lệ che phủ rừng ổn định 52%.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU)))

# UBND tỉnh Quảng Ngãi 15/2022/QĐ-UBND (11/4/2022; compensation prices for crops), portal page: in force
w("qn_ubnd_qd15_2022.html", portal("Quyết định số 15/2022/QĐ-UBND",
      ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------", "Số: 15/2022/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Quảng Ngãi, ngày 11 tháng 4 năm 2022"], """QUYẾT ĐỊNH
Ban hành Bảng đơn giá cây trồng, vật nuôi để tính bồi thường khi Nhà nước thu hồi đất trên địa bàn tỉnh Quảng Ngãi
ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Bảng đơn giá cây trồng, vật nuôi để tính bồi thường khi Nhà nước thu hồi đất.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 4 năm 2022.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# UBND tỉnh Quảng Ngãi 09/2022/QĐ-UBND (28/3/2022; forest price frame): repealed by 06/2026 from 01/3/2026
w("qn_ubnd_qd09_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "09/2022/QĐ-UBND", "Quảng Ngãi, ngày 28 tháng 3 năm 2022", """QUYẾT ĐỊNH
Quy định khung giá rừng trên địa bàn tỉnh Quảng Ngãi
ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;
Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
QUYẾT ĐỊNH:
Điều 1. Quy định khung giá rừng phòng hộ, rừng sản xuất là rừng tự nhiên và rừng trồng trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 4 năm 2022.
""" + SIGN_UB))

# HĐND tỉnh Quảng Ngãi 11/2021/NQ-HĐND (30/7/2021): replaced by 18/2025 (01/01/2026) and again by 05/2026 — planted inverse
w("qn_hdnd_nq11_2021.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NGÃI", "11/2021/NQ-HĐND", "Quảng Ngãi, ngày 30 tháng 7 năm 2021", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Quảng Ngãi giai đoạn 2021 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI
KHÓA XIII, KỲ HỌP THỨ 2
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Hỗ trợ xây dựng đường giao thông nông thôn, kênh mương nội đồng; thưởng xã đạt chuẩn nông thôn mới nâng cao.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày 10 tháng 8 năm 2021.
""" + SIGN_HD))

# UBND tỉnh Quảng Ngãi 120/KH-UBND (22/5/2023), `Số:` on its own line; obligation met by the Sở's 210/KH-SNN
w("qn_ubnd_kh120_2023.txt", state_numline("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "120/KH-UBND", "Quảng Ngãi, ngày 22 tháng 5 năm 2023", """KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023
Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;
Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2023 như sau:
I. MỤC TIÊU
Có thêm 12 xã đạt chuẩn nông thôn mới, 05 xã đạt chuẩn nông thôn mới nâng cao.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực Chương trình) xây dựng kế hoạch thực hiện.
2. Các sở, ban ngành phụ trách tiêu chí chủ động thực hiện theo chức năng, nhiệm vụ.
""" + SIGN_UB))

# Sở NN&PTNT Quảng Ngãi 210/KH-SNN (15/3/2024), Markdown headings
w("qn_snn_kh210_2024.md", md_headings(["### UBND TỈNH QUẢNG NGÃI", "### SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Số: 210/KH-SNN"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Quảng Ngãi, ngày 15 tháng 3 năm 2024*"]) + """## KẾ HOẠCH

**Triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024 của ngành nông nghiệp**

Thực hiện Kế hoạch số 120/KH-UBND ngày 22/5/2023 của Ủy ban nhân dân tỉnh thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023 và các năm tiếp theo;

Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 11/4/2022 của Ủy ban nhân dân tỉnh ban hành Bảng đơn giá cây trồng, vật nuôi; Quyết định số 09/2022/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân tỉnh quy định khung giá rừng,

Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch như sau:

1. Hướng dẫn các huyện hoàn thiện tiêu chí thủy lợi, sản xuất - thu nhập.

2. Thẩm định hồ sơ xã đạt chuẩn nông thôn mới năm 2024.

**KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**
""")

# ====================================================================== the new tỉnh Quảng Ngãi, from 1/7/2025
# Ban Thường vụ Tỉnh ủy 15-KH/TU (20/10/2025): implements 19-NQ/TW; both 12-KH/TU by former name; `03 nhiệm vụ` over 3;
# obligations: Sở NN&MT (met by 45/KH-SNNMT), Hội Nông dân tỉnh (unmet — planted), các đảng ủy xã, phường (met); self-reference
w("tu_kh15_2025.txt", party_one("TỈNH ỦY QUẢNG NGÃI", "15-KH/TU", "Quảng Ngãi, ngày 20 tháng 10 năm 2025", """KẾ HOẠCH
tiếp tục thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn
-----
Thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045; căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh;
Trên cơ sở kết quả thực hiện Kế hoạch số 12-KH/TU, ngày 05/3/2021 của Ban Thường vụ Tỉnh ủy Kon Tum (trước hợp nhất) và Kế hoạch số 12-KH/TU, ngày 22/3/2021 của Ban Thường vụ Tỉnh ủy Quảng Ngãi (trước hợp nhất), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Thống nhất lãnh đạo phát triển nông nghiệp, nông thôn trên toàn địa bàn tỉnh sau hợp nhất.
II. NHIỆM VỤ TRỌNG TÂM
Các cấp ủy, tổ chức đảng tập trung lãnh đạo thực hiện 03 nhiệm vụ trọng tâm sau:
1. Phát triển vùng nguyên liệu sâm Ngọc Linh, cà phê, mắc ca ở phía Tây và vùng lúa, keo ở phía Đông của tỉnh.
2. Bảo vệ nghiêm ngặt diện tích rừng tự nhiên; nâng tỷ lệ che phủ rừng toàn tỉnh lên 56%.
3. Xây dựng nông thôn mới gắn với đô thị hóa tại các xã mới sau sắp xếp.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp các sở, ngành xây dựng kế hoạch thực hiện, hoàn thành trong tháng 01/2026.
2. Hội Nông dân tỉnh xây dựng kế hoạch vận động hội viên, nông dân tham gia thực hiện Kế hoạch này.
3. Các đảng ủy xã, phường xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.
4. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU + """

PHỤ LỤC
(Kèm theo Kế hoạch số 15-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy)
Chỉ tiêu chủ yếu đến năm 2030: 85% số xã đạt chuẩn nông thôn mới; thu nhập của người dân nông thôn tăng 2,5 lần so với năm 2020.
"""))

# UBND tỉnh 32/2025/QĐ-UBND (15/10/2025, in force 25/10/2025), layout: replaces Kon Tum's 15/2022, keeps Quảng Ngãi's;
# `trồng rừng thay thế theo Thông tư số 23/2017/TT-BNNPTNT` is an ordinary word (trap)
w("ubnd_qd32_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "32/2025/QĐ-UBND", "Quảng Ngãi, ngày 15 tháng 10 năm 2025", """                                  QUYẾT ĐỊNH
     Quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng
                 trên địa bàn tỉnh Quảng Ngãi
                              -----
                   ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15 tháng 11 năm 2017;
Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp;
Căn cứ Nghị định số 58/2024/NĐ-CP ngày 24 tháng 5 năm 2024 của Chính phủ về một số chính sách đầu tư trong lâm nghiệp;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Mức hỗ trợ khoán bảo vệ rừng là 500.000 đồng/ha/năm; xã thuộc khu vực II, III bằng 1,2 lần mức bình quân.
Điều 2. Diện tích trồng rừng thay thế khi chuyển mục đích sử dụng rừng sang mục đích khác theo Thông tư số 23/2017/TT-BNNPTNT ngày 15/11/2017 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn không thuộc đối tượng hỗ trợ theo Quyết định này.
Điều 3. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 10 năm 2025 và thay thế Quyết định số 15/2022/QĐ-UBND ngày 20 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh Kon Tum quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng trên địa bàn tỉnh Kon Tum.
2. Quyết định số 15/2022/QĐ-UBND ngày 11 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Quảng Ngãi (trước hợp nhất) tiếp tục có hiệu lực cho đến khi có văn bản thay thế.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB)))

# Sở NN&MT letter 1420/SNNMT-KL (20/10/2025, `V/v` under the number), between signing (15/10) and entry into force (25/10) of 32/2025
w("snnmt_cv1420_2025.txt", state_vv("UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "1420/SNNMT-KL",
      "V/v chi trả tiền khoán bảo vệ rừng\nnăm 2025 trên địa bàn phía Tây tỉnh", "Quảng Ngãi, ngày 20 tháng 10 năm 2025", """Kính gửi: Ủy ban nhân dân các xã Đăk Hà, Măng Đen, Đăk Long.

Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh Kon Tum quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng;
Căn cứ Quyết định số 32/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh (có hiệu lực từ ngày 25/10/2025),
Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các xã chi trả tiền khoán bảo vệ rừng đến hết ngày 24/10/2025 theo mức quy định tại Quyết định số 15/2022/QĐ-UBND ngày 20/5/2022 nêu trên; từ ngày 25/10/2025 áp dụng mức mới.
Nơi nhận:
- Như trên;
- Lưu: VT, CCKL.
""" + SIGN_SO_TL))

# UBND tỉnh letter 2105/UBND-KTN (05/11/2025), minified portal page: `Kế hoạch số 120/KH-UBND của Ủy ban nhân dân tỉnh ban hành năm 2023` — planted ambiguous
w("ubnd_cv2105_2025.html", portal("Công văn số 2105/UBND-KTN",
      ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------", "Số: 2105/UBND-KTN", "V/v tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Quảng Ngãi, ngày 05 tháng 11 năm 2025"], """Kính gửi: Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã, phường, đặc khu.
Để chuẩn bị tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 theo Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Sở Nông nghiệp và Môi trường tổng hợp kết quả thực hiện Kế hoạch số 120/KH-UBND của Ủy ban nhân dân tỉnh ban hành năm 2023, phục vụ tổng kết Chương trình.
2. Các xã rà soát việc chi trả tiền khoán bảo vệ rừng theo Quyết định số 32/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh và việc bồi thường theo Quyết định số 15/2022/QĐ-UBND ngày 11/4/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi (trước hợp nhất).
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG""", minified=True))

# Đảng ủy xã Đăk Hà 02-KH/ĐU (10/11/2025): id across lines (`15-KH/` / `TU`); former Huyện ủy Đắk Hà's 18-KH/HU by former name;
# `05 nhiệm vụ` over 4 — planted count-mismatch
w("du_xa_dh_kh02_2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "ĐẢNG ỦY XÃ ĐĂK HÀ", "02-KH/ĐU", "Đăk Hà, ngày 10 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về nông nghiệp, nông dân, nông thôn
-----
Thực hiện Kế hoạch số 15-KH/
TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII;
tiếp tục kế thừa kết quả thực hiện Kế hoạch số 18-KH/HU, ngày 20/4/2021 của Ban Thường vụ Huyện ủy Đắk Hà (trước sắp xếp),
Ban Thường vụ Đảng ủy xã Đăk Hà xác định 05 nhiệm vụ trọng tâm sau:
a) Giữ vững 19/19 tiêu chí xã nông thôn mới.
b) Phát triển 500 ha cà phê, mắc ca theo hướng hữu cơ.
c) Không để xảy ra phá rừng trái phép.
d) Đào tạo nghề cho 200 lao động nông thôn.
Các chi bộ tổ chức quán triệt, triển khai thực hiện Kế hoạch này.
""" + SIGN_DU))

# Đảng ủy phường Kon Tum 04-KH/ĐU (12/11/2025): the ward named like the former province (place line `Kon Tum, ngày …`) — trap
w("ph_kt_du_kh04_2025.txt", party("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "ĐẢNG ỦY PHƯỜNG KON TUM", "04-KH/ĐU", "Kon Tum, ngày 12 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 15-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn, Ban Thường vụ Đảng ủy phường Kon Tum ban hành Kế hoạch như sau:
1. Phát triển nông nghiệp đô thị, nông nghiệp công nghệ cao ven sông Đăk Bla.
2. Xây dựng khu dân cư văn minh tại các thôn, tổ dân phố thuộc các xã cũ.
Các chi bộ trực thuộc tổ chức thực hiện Kế hoạch này.
""" + SIGN_DU))

# Chủ tịch UBND tỉnh 1350/QĐ-UBND (18/11/2025): a chairman's decision
w("ct_qd1350_2025.txt", state_chair("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "1350/QĐ-UBND", "Quảng Ngãi, ngày 18 tháng 11 năm 2025", """QUYẾT ĐỊNH
Về việc phân bổ kinh phí hỗ trợ khoán bảo vệ rừng năm 2025 cho các xã phía Tây tỉnh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 32/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 1502/TTr-SNNMT ngày 10/11/2025.
QUYẾT ĐỊNH:
Điều 1. Phân bổ 28.540 triệu đồng kinh phí hỗ trợ khoán bảo vệ rừng năm 2025 cho 21 xã (chi tiết tại Phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_CT))

# HĐND tỉnh 18/2025/NQ-HĐND (`Số:` on its own line; 10/12/2025, in force 01/01/2026): replaces Kon Tum's 24/2021 and Quảng Ngãi's 11/2021;
# `giống cây trồng thay thế cây cà phê già cỗi` is an ordinary word (trap)
w("hdnd_nq18_2025.txt", state_numline("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NGÃI", "18/2025/NQ-HĐND", "Quảng Ngãi, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Quảng Ngãi giai đoạn 2026 - 2030
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI
KHÓA XIII, KỲ HỌP THỨ BA MƯƠI TÁM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Chính sách hỗ trợ
1. Hỗ trợ xi măng, ống cống làm đường giao thông nông thôn, kênh mương nội đồng.
2. Hỗ trợ 50% chi phí mua giống cây trồng thay thế cây cà phê già cỗi, tối đa 20 triệu đồng/ha.
Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế các Nghị quyết: Nghị quyết số 24/2021/NQ-HĐND ngày 22 tháng 9 năm 2021 của Hội đồng nhân dân tỉnh Kon Tum quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Kon Tum, giai đoạn 2021 - 2025; Nghị quyết số 11/2021/NQ-HĐND ngày 30 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh Quảng Ngãi quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Quảng Ngãi giai đoạn 2021 - 2025.
""" + SIGN_HD))

# Hạt Kiểm lâm khu vực Đăk Hà 12/KH-HKL (.docx, 10/12/2025): header in a Word table, id split across runs,
# group rows whose counts match, activity rows with past months, `trồng rừng thay thế` (traps)
docx("hkl_kh12_2025.docx", [
    "KẾ HOẠCH",
    "Phòng cháy, chữa cháy rừng mùa khô năm 2025 - 2026",
    ["Căn cứ Quyết định số 32/2025/", "QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng;"],
    "Thực hiện Công văn số 1420/SNNMT-KL ngày 20/10/2025 của Sở Nông nghiệp và Môi trường về chi trả tiền khoán bảo vệ rừng năm 2025,",
    "Hạt Kiểm lâm khu vực Đăk Hà xây dựng Kế hoạch gồm 02 nhóm nhiệm vụ sau:",
], rows=[
    ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
    ["I", "Nhóm nhiệm vụ tuyên truyền (02 nhiệm vụ)", "", ""],
    ["1", "Tuyên truyền phòng cháy, chữa cháy rừng tại các thôn, làng", "Tổ Kiểm lâm địa bàn", "Tháng 12/2025"],
    ["2", "Ký cam kết bảo vệ rừng với hộ nhận khoán", "Kiểm lâm địa bàn các xã", "Tháng 01/2026"],
    ["II", "Nhóm nhiệm vụ kiểm tra (02 nhiệm vụ)", "", ""],
    ["1", "Tổ chức diễn tập chữa cháy rừng tại xã Đăk Long", "Hạt Kiểm lâm, UBND xã Đăk Long", "Tháng 02/2026"],
    ["2", "Kiểm tra diện tích trồng rừng thay thế theo Thông tư số 23/2017/TT-BNNPTNT", "Tổ Quản lý bảo vệ rừng", "Tháng 3/2026"],
], header_table=(["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC KIỂM LÂM", "HẠT KIỂM LÂM KHU VỰC ĐĂK HÀ", "Số: 12/KH-HKL"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đăk Hà, ngày 10 tháng 12 năm 2025"]))

# Tỉnh ủy 04-NQ/TU (15/01/2026): prose task to amend 18/2025 in Quý III/2026, met by 05/2026 (trap); `04 nhiệm vụ` over 4 (trap)
w("tu_nq04_2026.txt", party("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "TỈNH ỦY", "04-NQ/TU", "Quảng Ngãi, ngày 15 tháng 01 năm 2026", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
về phát triển lâm nghiệp bền vững gắn với xây dựng nông thôn mới giai đoạn 2026 - 2030
-----
Căn cứ Luật Lâm nghiệp ngày 15/11/2017; thực hiện Kế hoạch số 15-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW,
Ban Chấp hành Đảng bộ tỉnh quyết nghị tập trung lãnh đạo thực hiện 04 nhiệm vụ, giải pháp sau:
1. Quản lý chặt chẽ diện tích rừng tự nhiên, nhất là rừng phòng hộ đầu nguồn các sông Trà Khúc, Đăk Bla.
2. Phát triển kinh tế dưới tán rừng gắn với sâm Ngọc Linh và dược liệu.
3. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh sửa đổi, bổ sung Nghị quyết số 18/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh về chính sách hỗ trợ xây dựng nông thôn mới, hoàn thành trong Quý III/2026.
4. Nâng cao thu nhập của người nhận khoán bảo vệ rừng.
Các cấp ủy, tổ chức đảng quán triệt, tổ chức thực hiện Nghị quyết này. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện.
""" + SIGN_TU_NQ))

# Sở NN&MT 45/KH-SNNMT (15/01/2026), header columns run into one line; planted overdue ×2 (amend QN 15/2022; the Đề án);
# row 1 (repeal QN 09/2022, Quý I/2026) met by 06/2026; recurring and not-due rows; obligation met by xã Đăk Hà, Đăk Long (traps)
w("snnmt_kh45_2026.txt", state_run("UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "45/KH-SNNMT", "Quảng Ngãi, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
Thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy trong lĩnh vực nông nghiệp, lâm nghiệp năm 2026
Thực hiện Kế hoạch số 15-KH/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy tiếp tục thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII;
Căn cứ Nghị quyết số 18/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ xây dựng nông thôn mới; Quyết định số 32/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ khoán bảo vệ rừng,
Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:
I. MỤC TIÊU
Năm 2026, tỷ lệ che phủ rừng toàn tỉnh đạt 55,8%; có thêm 08 xã đạt chuẩn nông thôn mới nâng cao.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tTham mưu Ủy ban nhân dân tỉnh bãi bỏ Quyết định số 09/2022/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi (trước hợp nhất) quy định khung giá rừng\tChi cục Kiểm lâm\tQuý I/2026
2\tTham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 15/2022/QĐ-UBND ngày 11/4/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi (trước hợp nhất) ban hành Bảng đơn giá cây trồng, vật nuôi\tPhòng Kế hoạch - Tài chính\tQuý II/2026
3\tXây dựng Đề án phát triển vùng dược liệu sâm Ngọc Linh tỉnh Quảng Ngãi giai đoạn 2026 - 2030, trình Ủy ban nhân dân tỉnh phê duyệt\tPhòng Trồng trọt và Bảo vệ thực vật\tTháng 8/2026
4\tSơ kết 6 tháng thực hiện Kế hoạch\tVăn phòng Sở\tTháng 7/2026
5\tKiểm tra, đánh giá xã đạt chuẩn nông thôn mới\tVăn phòng Điều phối nông thôn mới tỉnh\tHằng năm
6\tTập huấn Luật Lâm nghiệp số 16/2017/QH14 cho kiểm lâm địa bàn\tChi cục Kiểm lâm\tThường xuyên
7\tTổng kết thực hiện Kế hoạch năm 2026\tVăn phòng Sở\tTháng 12/2026
III. TỔ CHỨC THỰC HIỆN
1. Các phòng, đơn vị thuộc Sở chủ trì thực hiện nhiệm vụ được giao tại Mục II.
2. Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện trên địa bàn.
""" + SIGN_SO))

# Ủy ban nhân dân tỉnh 06/2026/QĐ-UBND (Markdown, 10/02/2026, in force 01/3/2026): repeals Quảng Ngãi's 09/2022
w("ubnd_qd06_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH QUẢNG NGÃI**", "Số: 06/2026/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Quảng Ngãi, ngày 10 tháng 02 năm 2026*"]) + """
**QUYẾT ĐỊNH**

**Bãi bỏ Quyết định số 09/2022/QĐ-UBND ngày 28 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Quảng Ngãi quy định khung giá rừng**

**ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15 tháng 11 năm 2017;*

*Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.*

**QUYẾT ĐỊNH:**

**Điều 1.** Bãi bỏ toàn bộ Quyết định số 09/2022/QĐ-UBND ngày 28 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Quảng Ngãi quy định khung giá rừng trên địa bàn tỉnh Quảng Ngãi.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2026.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.

**TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**
""")

# Ban Thường vụ Tỉnh ủy 06-TB/TU (10/3/2026): `03 nội dung` over 4 — planted count-mismatch; dated 45/KH-SNNMT (trap)
w("tu_tb06_2026.txt", party_one("TỈNH ỦY QUẢNG NGÃI", "06-TB/TU", "Quảng Ngãi, ngày 10 tháng 3 năm 2026", """THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tình hình thực hiện nhiệm vụ nông nghiệp, nông thôn quý I năm 2026
-----
Ngày 05/3/2026, Ban Thường vụ Tỉnh ủy nghe Sở Nông nghiệp và Môi trường báo cáo kết quả triển khai Kế hoạch số 45/KH-SNNMT ngày 15/01/2026 và Nghị quyết số 04-NQ/TU, ngày 15/01/2026 của Tỉnh ủy. Ban Thường vụ Tỉnh ủy kết luận 03 nội dung sau:
1. Ghi nhận việc ban hành kịp thời Quyết định số 06/2026/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh.
2. Yêu cầu các xã phía Tây chi trả dứt điểm tiền khoán bảo vệ rừng năm 2025.
3. Tập trung phòng cháy, chữa cháy rừng mùa khô.
4. Chuẩn bị tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.
""" + SIGN_TU_TL))

# UBND xã Đăk Hà 38/KH-UBND (20/3/2026): cites Kon Tum's replaced 15/2022 — planted superseded; Quảng Ngãi's 15/2022 on the next line (trap)
w("ubnd_xa_dh_kh38_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ ĐĂK HÀ", "38/KH-UBND", "Đăk Hà, ngày 20 tháng 3 năm 2026", """KẾ HOẠCH
Quản lý, bảo vệ rừng và xây dựng nông thôn mới năm 2026
Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh Kon Tum quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng;
Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 11/4/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi (trước hợp nhất) ban hành Bảng đơn giá cây trồng, vật nuôi;
Căn cứ Quyết định số 1350/QĐ-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh về phân bổ kinh phí hỗ trợ khoán bảo vệ rừng năm 2025;
Thực hiện Kế hoạch số 45/KH-SNNMT ngày 15/01/2026 của Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi; Kế hoạch số 02-KH/ĐU, ngày 10/11/2025 của Ban Thường vụ Đảng ủy xã,
Ủy ban nhân dân xã Đăk Hà ban hành Kế hoạch như sau:
1. Giao khoán bảo vệ 3.200 ha rừng cho cộng đồng thôn, làng và hộ gia đình.
2. Duy trì 19/19 tiêu chí xã nông thôn mới.
Các thôn, làng tổ chức thực hiện Kế hoạch này.
""" + SIGN_UB_CT))

# Sở NN&MT second 45/KH-SNNMT (03/4/2026), Markdown headings — planted duplicate-identity
w("snnmt_kh45b_2026.md", md_headings(["# UBND TỈNH QUẢNG NGÃI", "## SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "**Số: 45/KH-SNNMT**"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Quảng Ngãi, ngày 03 tháng 4 năm 2026*"]) + """## KẾ HOẠCH

**Kiểm tra công tác khoán bảo vệ rừng năm 2026**

Căn cứ Quyết định số 32/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch kiểm tra như sau:

1. Kiểm tra hồ sơ giao khoán tại 10 xã phía Tây tỉnh.

2. Kiểm tra việc chi trả tiền khoán bảo vệ rừng năm 2025.

**GIÁM ĐỐC**
""")

# UBND xã Đăk Long 14/KH-UBND (05/5/2026): cites Kon Tum's replaced 24/2021/NQ-HĐND — planted superseded
w("ubnd_xa_dl_kh14_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ ĐĂK LONG", "14/KH-UBND", "Đăk Long, ngày 05 tháng 5 năm 2026", """KẾ HOẠCH
Hỗ trợ làm đường giao thông nông thôn năm 2026
Căn cứ Nghị quyết số 24/2021/NQ-HĐND ngày 22/9/2021 của Hội đồng nhân dân tỉnh Kon Tum quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Kon Tum;
Căn cứ Nghị quyết số 18/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh Quảng Ngãi quy định chính sách hỗ trợ xây dựng nông thôn mới giai đoạn 2026 - 2030;
Thực hiện Kế hoạch số 45/KH-SNNMT ngày 15/01/2026 của Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi,
Ủy ban nhân dân xã Đăk Long ban hành Kế hoạch như sau:
1. Bê tông hóa 4,5 km đường thôn, làng.
2. Nhân dân đóng góp ngày công, hiến đất.
""" + SIGN_UB))

# Măng Đen, all 12/5/2026: Đảng ủy xã 06-KH/ĐU → UBND xã 52/KH-UBND → Đảng ủy xã 03-NQ/ĐU → 06-KH/ĐU — planted cycle
w("du_xa_md_kh06_2026.txt", party("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "ĐẢNG ỦY XÃ MĂNG ĐEN", "06-KH/ĐU", "Măng Đen, ngày 12 tháng 5 năm 2026", """KẾ HOẠCH
lãnh đạo phát triển du lịch sinh thái dưới tán rừng năm 2026
-----
Căn cứ Kế hoạch số 52/KH-UBND ngày 12/5/2026 của Ủy ban nhân dân xã Măng Đen về phát triển du lịch sinh thái dưới tán rừng năm 2026, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch lãnh đạo như sau:
1. Các chi bộ thôn lãnh đạo cộng đồng tham gia bảo vệ rừng gắn với làm du lịch.
2. Đảng viên gương mẫu không lấn chiếm đất rừng.
""" + SIGN_DU))
w("ubnd_xa_md_kh52_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**XÃ MĂNG ĐEN**", "Số: 52/KH-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Măng Đen, ngày 12 tháng 5 năm 2026*"]) + """
**KẾ HOẠCH**

**Phát triển du lịch sinh thái dưới tán rừng năm 2026**

Thực hiện Nghị quyết số 03-NQ/ĐU ngày 12/5/2026 của Ban Chấp hành Đảng bộ xã Măng Đen về phát triển kinh tế dưới tán rừng, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

1. Hỗ trợ 05 thôn, làng làm du lịch cộng đồng.

2. Tổ chức tuần tra bảo vệ rừng tại khu du lịch Măng Đen.

**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**
""")
w("du_xa_md_nq03_2026.txt", party("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "ĐẢNG ỦY XÃ MĂNG ĐEN", "03-NQ/ĐU", "Măng Đen, ngày 12 tháng 5 năm 2026", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ MĂNG ĐEN
về phát triển kinh tế dưới tán rừng giai đoạn 2026 - 2030
-----
Thực hiện Kế hoạch số 06-KH/ĐU, ngày 12/5/2026 của Ban Thường vụ Đảng ủy xã; kế thừa kết quả thực hiện Kế hoạch số 75/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân huyện Kon Plông (trước sắp xếp),
Ban Chấp hành Đảng bộ xã quyết nghị:
1. Phát triển 300 ha dược liệu dưới tán rừng.
2. Giữ ổn định diện tích rừng hiện có.
""" + SIGN_DU_BCH))

# UBND xã Ba Tơ 22/KH-UBND (10/6/2026): cites Quảng Ngãi's 09/2022, repealed from 01/3/2026 — planted superseded (repeal)
w("ubnd_xa_bt_kh22_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ BA TƠ", "22/KH-UBND", "Ba Tơ, ngày 10 tháng 6 năm 2026", """KẾ HOẠCH
Cho thuê rừng sản xuất và khoán bảo vệ rừng năm 2026
Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi quy định khung giá rừng;
Căn cứ Quyết định số 32/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh Quảng Ngãi quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng,
Ủy ban nhân dân xã Ba Tơ ban hành Kế hoạch như sau:
1. Định giá 120 ha rừng trồng sản xuất để cho thuê.
2. Giao khoán bảo vệ 1.800 ha rừng phòng hộ.
""" + SIGN_UB_CT))

# HĐND tỉnh 05/2026/NQ-HĐND (Word-exported page, 15/7/2026, in force 25/7/2026): amends 18/2025 (meets 04-NQ/TU's task);
# replaces Quảng Ngãi's 11/2021 again — planted inverse-inconsistency
w("hdnd_nq05_2026.html", html_spans("Nghị quyết số 05/2026/NQ-HĐND",
      ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NGÃI", "-------", "Số: 05/2026/NQ-HĐND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Quảng Ngãi, ngày 15 tháng 7 năm 2026"], """NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Nghị quyết số 18/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Quảng Ngãi giai đoạn 2026 - 2030
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 18/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung khoản 2 Điều 1 Nghị quyết số 18/2025/NQ-HĐND như sau: “2. Hỗ trợ 70% chi phí mua giống cây trồng, tối đa 30 triệu đồng/ha.”
Điều 2. Nghị quyết này thay thế Nghị quyết số 11/2021/NQ-HĐND ngày 30 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh Quảng Ngãi (trước hợp nhất) về chính sách hỗ trợ xây dựng nông thôn mới.
Điều 3. Nghị quyết này có hiệu lực từ ngày 25 tháng 7 năm 2026.
CHỦ TỊCH"""))

# Sở NN&MT 230/BC-SNNMT (25/7/2026): sơ kết of 45/KH-SNNMT; restates 32/2025's replacement and 06/2026's repeal; proposes replacing
# QN 15/2022; quotes a draft title amending 32/2025; old name of the Sở; `03 nội dung` over 3 (traps); cites 1350/QĐ-UBND
# as of 25/11/2025 (header 18/11/2025) — planted metadata-conflict
w("snnmt_bc230_2026.txt", state("UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "230/BC-SNNMT", "Quảng Ngãi, ngày 25 tháng 7 năm 2026", """BÁO CÁO
Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 45/KH-SNNMT ngày 15/01/2026 của Sở Nông nghiệp và Môi trường
I. KẾT QUẢ THỰC HIỆN
1. Về thể chế: Quyết định số 32/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh đã thay thế Quyết định số 15/2022/QĐ-UBND ngày 20/5/2022 của Ủy ban nhân dân tỉnh Kon Tum (trước hợp nhất); Quyết định số 06/2026/QĐ-UBND ngày 10/02/2026 đã bãi bỏ Quyết định số 09/2022/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi (trước hợp nhất).
2. Kinh phí khoán bảo vệ rừng năm 2025 được phân bổ theo Quyết định số 1350/QĐ-UBND ngày 25/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh; đã giải ngân 96%.
3. Tiếp tục thực hiện Kế hoạch số 95/KH-SNN ngày 25/01/2024 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum (nay là Sở Nông nghiệp và Môi trường) về phương án quản lý rừng bền vững.
4. Sở đang lấy ý kiến dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quyết định số 32/2025/QĐ-UBND ngày 15/10/2025 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ khoán bảo vệ rừng và hỗ trợ bảo vệ rừng”.
II. ĐỀ XUẤT, KIẾN NGHỊ
Sở đề xuất 03 nội dung sau:
a) Đề nghị Ủy ban nhân dân tỉnh xem xét, ban hành quyết định mới thay thế Quyết định số 15/2022/QĐ-UBND ngày 11/4/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi (trước hợp nhất) về đơn giá cây trồng, vật nuôi.
b) Bố trí kinh phí sự nghiệp cho lực lượng bảo vệ rừng chuyên trách.
c) Bổ sung biên chế kiểm lâm địa bàn cho các xã phía Tây.
""" + SIGN_SO))
print("written", len(os.listdir(OUT)), "files")
