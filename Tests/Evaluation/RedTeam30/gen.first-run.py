#!/usr/bin/env python3
"""Red team round 30: public finance and public investment of the new tỉnh Đồng Tháp (Tiền Giang + Đồng Tháp merged on
1/7/2025, seat at Mỹ Tho; districts abolished, communes merged; the Sở Kế hoạch và Đầu tư merged into the Sở Tài chính in
early 2025), seen from the former Tiền Giang side (Tỉnh ủy 15-NQ/TU 2021, Huyện ủy Cái Bè and Cai Lậy, HĐND 20/2021/NQ-HĐND
and the annual pair 45/NQ-HĐND of 2023 and 2024, UBND 12/2022/QĐ-UBND, Sở KH&ĐT 120/KH-SKHĐT 2024, UBND huyện Cai Lậy and
Châu Thành), the former Đồng Tháp side (Tỉnh ủy 15-NQ/TU 2021, Huyện ủy Tháp Mười, HĐND 20/2021/NQ-HĐND, UBND
25/2022/QĐ-UBND, Sở KH&ĐT 120/KH-SKHĐT 2024, UBND huyện Cao Lãnh and Châu Thành — a namesake of the Tiền Giang district —)
and after the merger (Ban Thường vụ Tỉnh ủy, Đảng ủy UBND tỉnh, HĐND, UBND, Sở Tài chính, UBND and Đảng ủy of the new
xã Cai Lậy, Cái Bè, Mỹ Thiện). Writes corpus/. Standard library only.
Header helpers copied from RedTeam29/gen.py (site names, addresses and phone numbers in `portal` and `html_spans` changed);
header shapes added: `party_titlenum` (no `Số` line: the number is in the type title `NGHỊ QUYẾT SỐ 15-NQ/TU`),
`state_blank` (`Số:` with the blanks a template left around the number), `state_brokenid` (the number line broken inside
the id), `hdnd_auth` (the council's authority line with its term and session)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Đồng Tháp"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Đồng Tháp. Địa chỉ: số 23 đường 30 Tháng 4, phường Mỹ Tho, tỉnh Đồng Tháp. Điện thoại: 0273.3873.184 - Fax: 0273.3873.185</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Đoàn ĐBQH và HĐND tỉnh Đồng Tháp - Điện thoại: 0277.3851.046 - Fax: 0277.3851.047</div>\n</body></html>')





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




def party_titlenum(org, sub, place, title, body=""):
    """pdftotext -layout of a Party header with no `Số` line: the number is only in the type title."""
    return f"""   {org:<44}ĐẢNG CỘNG SẢN VIỆT NAM
             {sub}
                *                                 {place}

{title}
{body}"""


def state_blank(org1, org2, num, place, title, body=""):
    """`Số:` with the blanks a template left: `Số:   25  /2022/QĐ-UBND`."""
    n, rest = num.split("/", 1)
    return state(org1, org2, f"  {n}  /{rest}", place, title, body)


def state_brokenid(org1, org2, num, place, title, body=""):
    """The number line broken inside the id (`Số: 131/KH-` / `UBND`), as a narrow left cell wraps."""
    a, b = num.split("-", 1)
    return f"""{org1}
{org2}
-------
Số: {a}-
{b}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}

{title}
{body}"""


def ocr(t, words):
    for a, b in words:
        t = t.replace(a, b, 1)
    return t


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_TU_BCH = """\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_HU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
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
SIGN_UB_TL = """\t\t\t\t\tTL. CHỦ TỊCH
\t\t\t\t\tKT. CHÁNH VĂN PHÒNG
\t\t\t\t\tPHÓ CHÁNH VĂN PHÒNG"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_GD = """\t\t\t\t\tGIÁM ĐỐC"""
LAWS = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015;
Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;
Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công;"""

# ====================================================================== former Tiền Giang, before 1/7/2025
# Tỉnh ủy Tiền Giang 15-NQ/TU (16/7/2021): no `Số` line, the number only in the type title; obligation on the huyện ủy, met by Cái Bè
w("tg_tu_nq15_2021.txt", layout(party_titlenum("ĐẢNG BỘ TỈNH TIỀN GIANG", "TỈNH ỦY", "Tiền Giang, ngày 16 tháng 7 năm 2021", """                       NGHỊ QUYẾT SỐ 15-NQ/TU
                 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
   về huy động, sử dụng hiệu quả các nguồn lực đầu tư phát triển kết cấu hạ tầng
                       giai đoạn 2021 - 2025
                              -----
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
I. MỤC TIÊU
Tổng vốn đầu tư công trung hạn giai đoạn 2021 - 2025 khoảng 18.500 tỷ đồng; tỷ lệ giải ngân hằng năm đạt trên 95% kế hoạch.
II. NHIỆM VỤ, GIẢI PHÁP
1. Tập trung vốn cho các công trình giao thông kết nối vùng: đường tỉnh 864, cầu Rạch Miễu 2.
2. Đẩy mạnh xã hội hóa đầu tư hạ tầng đô thị Mỹ Tho, Gò Công, Cai Lậy.
3. Nâng cao chất lượng chuẩn bị đầu tư, không để tình trạng dự án chờ vốn.
III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Nghị quyết.
2. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp tuyên truyền Nghị quyết.
3. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU_BCH)))

# Huyện ủy Cái Bè 12-KH/HU (10/8/2021), NFD: implements Tiền Giang's 15-NQ/TU (right date); its own amendment later promised (overdue)
w("tg_hu_cb_kh12_2021.txt", party("ĐẢNG BỘ TỈNH TIỀN GIANG", "HUYỆN ỦY CÁI BÈ", "12-KH/HU", "Cái Bè, ngày 10 tháng 8 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về huy động, sử dụng các nguồn lực đầu tư phát triển kết cấu hạ tầng
-----
Thực hiện Nghị quyết số 15-NQ/TU, ngày 16/7/2021 của Ban Chấp hành Đảng bộ tỉnh về huy động, sử dụng hiệu quả các nguồn lực đầu tư phát triển kết cấu hạ tầng giai đoạn 2021 - 2025, Ban Thường vụ Huyện ủy Cái Bè xây dựng Kế hoạch thực hiện như sau:
1. Ưu tiên vốn cho đường huyện 61, đường liên xã vùng cây ăn trái Hòa Hưng, An Hữu.
2. Vận động nhân dân hiến đất, đóng góp làm đường giao thông nông thôn.
3. Kiểm tra, giám sát việc quản lý vốn đầu tư công tại các xã, thị trấn.
Các chi bộ, đảng bộ cơ sở tổ chức quán triệt, triển khai thực hiện Kế hoạch này.
""" + SIGN_HU), nfd=True)

# HĐND tỉnh Tiền Giang 20/2021/NQ-HĐND (08/12/2021; norms for recurrent spending): replaced by 12/2025 (01/01/2026) and again by 08/2026
w("tg_hdnd_nq20_2021.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH TIỀN GIANG", "20/2021/NQ-HĐND", "Tiền Giang, ngày 08 tháng 12 năm 2021", """NGHỊ QUYẾT
Quy định định mức phân bổ dự toán chi thường xuyên ngân sách địa phương năm 2022, năm đầu của thời kỳ ổn định ngân sách giai đoạn 2022 - 2025 trên địa bàn tỉnh Tiền Giang
HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG
KHÓA X - KỲ HỌP THỨ 3
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Định mức phân bổ chi quản lý hành chính cấp tỉnh 120 triệu đồng/biên chế/năm; cấp huyện 105 triệu đồng/biên chế/năm; cấp xã 1.350 triệu đồng/xã/năm.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2022.
""" + SIGN_HD))

# HĐND tỉnh Tiền Giang 45/NQ-HĐND (08/12/2023; annual public investment plan 2024); authority line with term and session
w("tg_hdnd_nq45_2023.txt", layout(state_cols("HỘI ĐỒNG NHÂN DÂN", "TỈNH TIỀN GIANG", "45/NQ-HĐND", "Tiền Giang, ngày 08 tháng 12 năm 2023", """                                 NGHỊ QUYẾT
                    Về kế hoạch đầu tư công năm 2024
                              -----
                  HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG
                       KHÓA X - KỲ HỌP THỨ 9
""" + LAWS + """
Căn cứ Nghị quyết số 20/2021/NQ-HĐND ngày 08 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách.
QUYẾT NGHỊ:
Điều 1. Thông qua kế hoạch đầu tư công năm 2024 nguồn ngân sách địa phương 4.215,6 tỷ đồng (chi tiết tại Phụ lục kèm theo).
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày thông qua.
""" + SIGN_HD)))

# HĐND tỉnh Tiền Giang 45/NQ-HĐND (10/7/2024; adjusts the medium-term plan's figures, cites no document it adjusts), Markdown
w("tg_hdnd_nq45_2024.md", md_hdr(["**HỘI ĐỒNG NHÂN DÂN**", "**TỈNH TIỀN GIANG**", "Số: 45/NQ-HĐND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Tiền Giang, ngày 10 tháng 7 năm 2024*"]) + """
**NGHỊ QUYẾT**

**Điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn ngân sách địa phương**

**HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG**
**KHÓA X - KỲ HỌP THỨ 11**

Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;

Căn cứ Nghị quyết số 29/2021/QH15 ngày 28 tháng 7 năm 2021 của Quốc hội về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025;

Căn cứ Nghị quyết số 45/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công năm 2024;

Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách.

**QUYẾT NGHỊ:**

Điều 1. Điều chỉnh giảm 312,4 tỷ đồng vốn của 07 dự án chậm giải ngân; điều chỉnh tăng tương ứng cho dự án đường tỉnh 864 và cầu Mỹ Lợi.

Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

**CHỦ TỊCH**
""")

# Sở KH&ĐT Tiền Giang 120/KH-SKHĐT (05/3/2024), layout, table of capital allocations, page numbers
w("tg_skhdt_kh120_2024.txt", layout(state_cols("UBND TỈNH TIỀN GIANG", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "120/KH-SKHĐT", "Tiền Giang, ngày 05 tháng 3 năm 2024", """                                  KẾ HOẠCH
          Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024
                              -----
Căn cứ Nghị quyết số 45/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công năm 2024;
Căn cứ Chỉ thị số 08/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ về các nhiệm vụ, giải pháp trọng tâm đẩy mạnh phân bổ, giải ngân vốn đầu tư công năm 2024,
Sở Kế hoạch và Đầu tư xây dựng Kế hoạch như sau:
I. PHÂN BỔ VỐN (đơn vị: triệu đồng)
  STT   Lĩnh vực                          Kế hoạch 2024    Đã phân bổ    Tỷ lệ
  1     Giao thông                          1.820.500     1.640.200     90,1%
  2     Giáo dục và đào tạo                   612.300       590.000     96,4%
  3     Y tế                                  284.100       201.500     70,9%
  4     Nông nghiệp, thủy lợi                 498.700       455.000     91,2%
        Tổng cộng                           3.215.600     2.886.700     89,8%
II. GIẢI PHÁP
1. Chủ đầu tư lập kế hoạch giải ngân chi tiết từng tháng.
2. Xử lý dứt điểm vướng mắc bồi thường, giải phóng mặt bằng.
""" + SIGN_SO)))

# UBND huyện Cai Lậy 85/KH-UBND (20/3/2024): undated 120/KH-SKHĐT before the merger (Tiền Giang's); cites Tiền Giang's 20/2021
w("tg_ubh_cl_kh85_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN CAI LẬY", "85/KH-UBND", "Cai Lậy, ngày 20 tháng 3 năm 2024", """KẾ HOẠCH
Giải ngân vốn đầu tư công năm 2024 trên địa bàn huyện Cai Lậy
Thực hiện Kế hoạch số 120/KH-SKHĐT của Sở Kế hoạch và Đầu tư về đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024; căn cứ Nghị quyết số 20/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân tỉnh Tiền Giang,
Ủy ban nhân dân huyện Cai Lậy ban hành Kế hoạch như sau:
1. Giải ngân 100% vốn các công trình trường học trước ngày 31/8/2024.
2. Hoàn thành bồi thường đường huyện 52 trong Quý II/2024.
Các phòng, ban và Ủy ban nhân dân các xã, thị trấn tổ chức thực hiện.
""" + SIGN_UB))

# UBND huyện Châu Thành (tỉnh Tiền Giang) 64/KH-UBND (28/3/2024): same number as Châu Thành of Đồng Tháp; id broken over two lines
w("tg_ubh_ct_kh64_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH", "64/KH-UBND", "Châu Thành, ngày 28 tháng 3 năm 2024", """KẾ HOẠCH
Giải ngân vốn đầu tư công năm 2024 trên địa bàn huyện Châu Thành, tỉnh Tiền Giang
Thực hiện Kế hoạch số 120/KH-
SKHĐT ngày 05/3/2024 của Sở Kế hoạch và Đầu tư tỉnh Tiền Giang về đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024,
Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch như sau:
1. Giải ngân dự án nâng cấp đường huyện 38 (Tân Hương - Tân Lý Đông) đạt 100% kế hoạch vốn.
2. Đẩy nhanh tiến độ trường THCS Long Hưng.
Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn tổ chức thực hiện.
""" + SIGN_UB_CT))

# Huyện ủy Cai Lậy 25-KL/HU (15/7/2024): amend 85/KH-UBND before 31/10/2024 — met by 131/KH-UBND (10/10/2024)
w("tg_hu_cl_kl25_2024.txt", party("ĐẢNG BỘ TỈNH TIỀN GIANG", "HUYỆN ỦY CAI LẬY", "25-KL/HU", "Cai Lậy, ngày 15 tháng 7 năm 2024", """KẾT LUẬN
CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về tình hình giải ngân vốn đầu tư công 6 tháng đầu năm 2024
-----
Tại hội nghị ngày 10/7/2024, sau khi nghe Ủy ban nhân dân huyện báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:
1. Tỷ lệ giải ngân 6 tháng đạt 38,5%, thấp hơn bình quân của tỉnh.
2. Giao Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo rà soát, sửa đổi, bổ sung Kế hoạch số 85/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân huyện Cai Lậy về giải ngân vốn đầu tư công năm 2024; hoàn thành trước ngày 31/10/2024.
3. Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện Kết luận này.
""" + SIGN_HU))

# UBND huyện Cai Lậy 131/KH-UBND (10/10/2024): the number line broken inside its id; amends 85/KH-UBND
w("tg_ubh_cl_kh131_2024.txt", state_brokenid("ỦY BAN NHÂN DÂN", "HUYỆN CAI LẬY", "131/KH-UBND", "Cai Lậy, ngày 10 tháng 10 năm 2024", """KẾ HOẠCH
Sửa đổi, bổ sung Kế hoạch số 85/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân huyện về giải ngân vốn đầu tư công năm 2024
Thực hiện Kết luận số 25-KL/HU, ngày 15/7/2024 của Ban Thường vụ Huyện ủy,
Ủy ban nhân dân huyện Cai Lậy sửa đổi, bổ sung Kế hoạch số 85/KH-UBND như sau:
1. Sửa đổi mục 1: giải ngân 100% vốn các công trình trường học trước ngày 30/11/2024.
2. Bổ sung mục 3: điều chuyển 18,2 tỷ đồng từ dự án chậm tiến độ sang đường huyện 52.
""" + SIGN_UB))

# Huyện ủy Cái Bè 31-KL/HU (20/8/2024): amend its own 12-KH/HU in Quý IV/2024 — nothing amends it (planted overdue)
w("tg_hu_cb_kl31_2024.txt", party("ĐẢNG BỘ TỈNH TIỀN GIANG", "HUYỆN ỦY CÁI BÈ", "31-KL/HU", "Cái Bè, ngày 20 tháng 8 năm 2024", """KẾT LUẬN
CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về sơ kết thực hiện Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh
-----
Sau khi nghe báo cáo sơ kết, Ban Thường vụ Huyện ủy kết luận:
1. Kết cấu hạ tầng giao thông nông thôn cơ bản hoàn thành mục tiêu; vốn xã hội hóa đạt thấp.
2. Giao Văn phòng Huyện ủy chủ trì tham mưu sửa đổi, bổ sung Kế hoạch số 12-KH/HU, ngày 10/8/2021 của Ban Thường vụ Huyện ủy cho phù hợp tình hình mới; hoàn thành trong Quý IV/2024.
3. Các chi bộ, đảng bộ cơ sở tiếp tục quán triệt Nghị quyết.
""" + SIGN_HU))

# UBND tỉnh Tiền Giang 12/2022/QĐ-UBND (18/5/2022; decentralised management of public investment projects): header columns run
# into one line by a converter; replaced by 14/2025/QĐ-UBND from 01/12/2025
w("tg_ubnd_qd12_2022.txt", state_run("ỦY BAN NHÂN DÂN", "TỈNH TIỀN GIANG", "12/2022/QĐ-UBND", "Tiền Giang, ngày 18 tháng 5 năm 2022", """QUYẾT ĐỊNH
Ban hành Quy định phân cấp, ủy quyền quản lý dự án đầu tư công trên địa bàn tỉnh Tiền Giang
ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG
""" + LAWS + """
Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp, ủy quyền quản lý dự án đầu tư công trên địa bàn tỉnh Tiền Giang.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2022.
""" + SIGN_UB))

# ====================================================================== former Đồng Tháp, before 1/7/2025
# Tỉnh ủy Đồng Tháp 15-NQ/TU (20/9/2021), layout two columns; obligation on the huyện ủy, met by Tháp Mười 22-KH/HU
w("dt_tu_nq15_2021.txt", layout(party_cols("ĐẢNG BỘ TỈNH ĐỒNG THÁP", "TỈNH ỦY", "15-NQ/TU", "Đồng Tháp, ngày 20 tháng 9 năm 2021", """                                 NGHỊ QUYẾT
        về nâng cao hiệu quả quản lý, sử dụng ngân sách nhà nước và vốn đầu tư công
                           giai đoạn 2021 - 2025
                              -----
Căn cứ Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII; thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
I. MỤC TIÊU
Thu ngân sách tăng bình quân 8%/năm; giải ngân vốn đầu tư công hằng năm trên 95%.
II. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, cắt giảm dự án kém hiệu quả; tập trung vốn cho dự án trọng điểm.
2. Siết chặt kỷ luật tài chính, thực hành tiết kiệm, chống lãng phí.
III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc xây dựng kế hoạch thực hiện Nghị quyết.
2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết.
""" + SIGN_TU_BCH)))

# Huyện ủy Tháp Mười 22-KH/HU (10/9/2021), CRLF: implements Đồng Tháp's 15-NQ/TU `ngày 20/9/2021` — later than itself (planted temporal)
w("dt_hu_tm_kh22_2021.txt", party("ĐẢNG BỘ TỈNH ĐỒNG THÁP", "HUYỆN ỦY THÁP MƯỜI", "22-KH/HU", "Tháp Mười, ngày 10 tháng 9 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về quản lý, sử dụng ngân sách và vốn đầu tư công
-----
Thực hiện Nghị quyết số 15-NQ/TU, ngày 20/9/2021 của Ban Chấp hành Đảng bộ tỉnh về nâng cao hiệu quả quản lý, sử dụng ngân sách nhà nước và vốn đầu tư công giai đoạn 2021 - 2025, Ban Thường vụ Huyện ủy Tháp Mười xây dựng Kế hoạch như sau:
1. Ưu tiên vốn đầu tư hạ tầng vùng sen, vùng lúa chất lượng cao.
2. Công khai, minh bạch việc phân bổ vốn đầu tư công của huyện.
Các chi bộ, đảng bộ cơ sở tổ chức thực hiện Kế hoạch này.
""" + SIGN_HU), crlf=True)

# HĐND tỉnh Đồng Tháp 20/2021/NQ-HĐND (10/12/2021; expenditure on preparing public investment plans), portal page: stays in force
w("dt_hdnd_nq20_2021.html", portal("Nghị quyết số 20/2021/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 20/2021/NQ-HĐND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Tháp, ngày 10 tháng 12 năm 2021"], """NGHỊ QUYẾT
Quy định mức chi cho công tác lập, thẩm định, theo dõi và đánh giá kế hoạch đầu tư công trên địa bàn tỉnh Đồng Tháp
HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP
KHÓA X, KỲ HỌP THỨ BA
Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;
Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ;
QUYẾT NGHỊ:
Điều 1. Mức chi lập, thẩm định kế hoạch đầu tư công trung hạn tối đa 0,15% tổng vốn kế hoạch.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2022.
CHỦ TỊCH"""))

# Sở KH&ĐT Đồng Tháp 120/KH-SKHĐT (22/3/2024), Markdown: same number as Tiền Giang's
w("dt_skhdt_kh120_2024.md", md_hdr(["**UBND TỈNH ĐỒNG THÁP**", "**SỞ KẾ HOẠCH VÀ ĐẦU TƯ**", "Số: 120/KH-SKHĐT"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Đồng Tháp, ngày 22 tháng 3 năm 2024*"]) + """
**KẾ HOẠCH**

**Theo dõi, đánh giá thực hiện kế hoạch đầu tư công năm 2024**

Căn cứ Nghị quyết số 20/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Đồng Tháp; Chỉ thị số 08/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ,

Sở Kế hoạch và Đầu tư xây dựng Kế hoạch như sau:

1. Tổng hợp báo cáo giải ngân định kỳ ngày 25 hằng tháng.

2. Kiểm tra 12 dự án trọng điểm có tỷ lệ giải ngân dưới 50%.

**GIÁM ĐỐC**
""")

# UBND tỉnh Đồng Tháp 25/2022/QĐ-UBND (15/8/2022; payment and settlement of local-budget capital), number typed into a template's
# blank; repealed by 05/2026/QĐ-UBND from 01/3/2026
w("dt_ubnd_qd25_2022.txt", state_blank("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "25/2022/QĐ-UBND", "Đồng Tháp, ngày 15 tháng 8 năm 2022", """QUYẾT ĐỊNH
Ban hành Quy định về thanh toán, quyết toán vốn đầu tư công nguồn ngân sách địa phương trên địa bàn tỉnh Đồng Tháp
ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
""" + LAWS + """
Theo đề nghị của Giám đốc Sở Tài chính.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về thanh toán, quyết toán vốn đầu tư công nguồn ngân sách địa phương.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2022.
""" + SIGN_UB))

# UBND huyện Cao Lãnh 77/KH-UBND (15/4/2024): Đồng Tháp's 120/KH-SKHĐT with Tiền Giang's date (planted metadata-conflict)
w("dt_ubh_cln_kh77_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN CAO LÃNH", "77/KH-UBND", "Cao Lãnh, ngày 15 tháng 4 năm 2024", """KẾ HOẠCH
Theo dõi, đánh giá đầu tư công năm 2024 trên địa bàn huyện Cao Lãnh
Thực hiện Kế hoạch số 120/KH-SKHĐT ngày 05/3/2024 của Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp về theo dõi, đánh giá thực hiện kế hoạch đầu tư công năm 2024,
Ủy ban nhân dân huyện Cao Lãnh ban hành Kế hoạch như sau:
1. Phòng Tài chính - Kế hoạch tổng hợp báo cáo giải ngân hằng tháng.
2. Ban Quản lý dự án đầu tư xây dựng huyện báo cáo tiến độ 09 dự án chuyển tiếp.
""" + SIGN_UB))

# UBND huyện Châu Thành (tỉnh Đồng Tháp) 64/KH-UBND (02/4/2024): namesake district, same number as Tiền Giang's Châu Thành
w("dt_ubh_ct_kh64_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH", "64/KH-UBND", "Châu Thành, ngày 02 tháng 4 năm 2024", """KẾ HOẠCH
Theo dõi, đánh giá đầu tư công năm 2024 trên địa bàn huyện Châu Thành, tỉnh Đồng Tháp
Thực hiện Kế hoạch số 120/KH-SKHĐT ngày 22/3/2024 của Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp,
Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch như sau:
1. Kiểm tra tiến độ dự án kè chống sạt lở sông Sa Đéc đoạn qua xã An Nhơn.
2. Báo cáo giải ngân định kỳ trước ngày 20 hằng tháng.
""" + SIGN_UB))

# ====================================================================== the new tỉnh Đồng Tháp, from 1/7/2025
# Ban Thường vụ Tỉnh ủy 18-KL/TU (12/9/2025): four obligations, three met, the Ban QLDA's unmet; `04 nhiệm vụ` over 4; self-reference
w("tu_kl18_2025.txt", party("ĐẢNG BỘ TỈNH ĐỒNG THÁP", "TỈNH ỦY", "18-KL/TU", "Đồng Tháp, ngày 12 tháng 9 năm 2025", """KẾT LUẬN
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về đẩy nhanh giải ngân vốn đầu tư công năm 2025 và chuẩn bị kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030
-----
Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh; kế thừa kết quả thực hiện Nghị quyết số 15-NQ/TU, ngày 16/7/2021 của Ban Chấp hành Đảng bộ tỉnh Tiền Giang và Nghị quyết số 15-NQ/TU, ngày 20/9/2021 của Ban Chấp hành Đảng bộ tỉnh Đồng Tháp (trước hợp nhất), Ban Thường vụ Tỉnh ủy kết luận:
I. Tỷ lệ giải ngân vốn đầu tư công 8 tháng năm 2025 đạt 41,2%; nhiều dự án chuyển tiếp của hai tỉnh (trước hợp nhất) chậm tiến độ.
II. Ban Thường vụ Tỉnh ủy giao 04 nhiệm vụ sau:
1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Kết luận này.
2. Sở Tài chính xây dựng kế hoạch giải ngân vốn đầu tư công năm 2026.
3. Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh xây dựng kế hoạch giải ngân các dự án chuyển tiếp.
4. Ủy ban nhân dân các xã, phường xây dựng kế hoạch giải ngân vốn đầu tư công năm 2026 trên địa bàn.
Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này.
""" + SIGN_TU))

# Đảng ủy UBND tỉnh 07-KH/ĐU (30/9/2025): `05 nhiệm vụ trọng tâm` over 4 (planted count); 18-KL/TU `ngày 12/8/2025` (planted metadata)
w("dubnd_kh07_2025.txt", party("ĐẢNG BỘ TỈNH ĐỒNG THÁP", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "07-KH/ĐU", "Đồng Tháp, ngày 30 tháng 9 năm 2025", """KẾ HOẠCH
thực hiện Kết luận của Ban Thường vụ Tỉnh ủy về đẩy nhanh giải ngân vốn đầu tư công
-----
Thực hiện Kết luận số 18-KL/TU, ngày 12/8/2025 của Ban Thường vụ Tỉnh ủy về đẩy nhanh giải ngân vốn đầu tư công năm 2025 và chuẩn bị kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030; căn cứ Quyết định số 12/2022/QĐ-UBND ngày 18/5/2022 của Ủy ban nhân dân tỉnh Tiền Giang (trước hợp nhất), Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh xác định 05 nhiệm vụ trọng tâm sau:
1. Lãnh đạo rà soát danh mục dự án của hai tỉnh (trước hợp nhất), hợp nhất kế hoạch vốn.
2. Phân công đồng chí Ủy viên Ban Thường vụ phụ trách từng dự án trọng điểm.
3. Kiểm điểm trách nhiệm người đứng đầu để dự án chậm giải ngân.
4. Chỉ đạo xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.
Các chi bộ, đảng bộ trực thuộc tổ chức thực hiện Kế hoạch này.
""" + SIGN_DU))

# UBND tỉnh letter 3120/UBND-KT (15/10/2025), minified portal page, TL. signature: `thay thế` as an ordinary word before 45/NQ-HĐND
w("ubnd_cv3120_2025.html", portal("Công văn số 3120/UBND-KT", ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 3120/UBND-KT", "V/v đẩy nhanh giải ngân vốn đầu tư công năm 2025"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Tháp, ngày 15 tháng 10 năm 2025"], """Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường.
Thực hiện Kết luận số 18-KL/TU, ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu:
1. Khẩn trương hoàn thành cầu Mỹ Lợi thay thế bến phà Mỹ Lợi, theo danh mục tại Nghị quyết số 45/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Tiền Giang (trước hợp nhất).
2. Việc thanh toán vốn các dự án trên địa bàn tỉnh Đồng Tháp (trước hợp nhất) tiếp tục thực hiện theo Quyết định số 25/2022/QĐ-UBND ngày 15/8/2022 của Ủy ban nhân dân tỉnh Đồng Tháp cho đến khi có quy định mới.
3. Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng.
""" + SIGN_UB_TL.replace("\t", ""), minified=True))

# UBND tỉnh 14/2025/QĐ-UBND (20/11/2025, from 01/12/2025): replaces Tiền Giang's 12/2022/QĐ-UBND
w("ubnd_qd14_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "14/2025/QĐ-UBND", "Đồng Tháp, ngày 20 tháng 11 năm 2025", """QUYẾT ĐỊNH
Ban hành Quy định phân cấp, ủy quyền quản lý dự án đầu tư công trên địa bàn tỉnh Đồng Tháp
ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;
Theo đề nghị của Giám đốc Sở Tài chính.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp, ủy quyền quản lý dự án đầu tư công trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định số 12/2022/QĐ-UBND ngày 18 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh Tiền Giang ban hành Quy định phân cấp, ủy quyền quản lý dự án đầu tư công trên địa bàn tỉnh Tiền Giang.
""" + SIGN_UB_CT))

# HĐND tỉnh 12/2025/NQ-HĐND (10/12/2025, from 01/01/2026): replaces Tiền Giang's 20/2021; Đồng Tháp's 20/2021 stays in force
w("hdnd_nq12_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐỒNG THÁP", "12/2025/NQ-HĐND", "Đồng Tháp, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Quy định định mức phân bổ dự toán chi thường xuyên ngân sách địa phương năm 2026 trên địa bàn tỉnh Đồng Tháp
HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP
KHÓA X - KỲ HỌP THỨ 5
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách.
QUYẾT NGHỊ:
Điều 1. Định mức phân bổ chi quản lý hành chính cấp tỉnh 128 triệu đồng/biên chế/năm; cấp xã 2.400 triệu đồng/xã, phường/năm.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Nghị quyết số 20/2021/NQ-HĐND ngày 08 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Tiền Giang quy định định mức phân bổ dự toán chi thường xuyên ngân sách địa phương năm 2022.
Điều 3. Nghị quyết số 20/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Đồng Tháp (trước hợp nhất) tiếp tục có hiệu lực thi hành.
""" + SIGN_HD))

# Sở Tài chính 210/KH-STC (15/01/2026), layout: task table (planted overdue amendment of 14/2025, planted announced Đề án; repeal of
# 25/2022 met by 05/2026; recurring and not-yet-due rows); obligations on the xã met
w("stc_kh210_2026.txt", layout(state_cols("UBND TỈNH ĐỒNG THÁP", "SỞ TÀI CHÍNH", "210/KH-STC", "Đồng Tháp, ngày 15 tháng 01 năm 2026", """                                  KẾ HOẠCH
        Giải ngân vốn đầu tư công năm 2026 và hoàn thiện thể chế tài chính
                              -----
Thực hiện Kết luận số 18-KL/TU, ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy; căn cứ Nghị quyết số 29/2021/QH15 của Quốc hội; kế thừa Kế hoạch số 120/KH-SKHĐT ngày 05/3/2024 của Sở Kế hoạch và Đầu tư tỉnh Tiền Giang và Kế hoạch số 120/KH-SKHĐT ngày 22/3/2024 của Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp (trước hợp nhất), Sở Tài chính xây dựng Kế hoạch như sau:
I. NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tTham mưu Ủy ban nhân dân tỉnh bãi bỏ Quyết định số 25/2022/QĐ-UBND ngày 15/8/2022 của Ủy ban nhân dân tỉnh Đồng Tháp\tPhòng Quản lý ngân sách\tQuý I/2026
2\tTham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 14/2025/QĐ-UBND ngày 20/11/2025 về phân cấp quản lý dự án đầu tư công\tPhòng Quản lý đầu tư\tQuý II/2026
3\tXây dựng Đề án huy động nguồn lực đầu tư kết cấu hạ tầng tỉnh Đồng Tháp giai đoạn 2026 - 2030\tPhòng Tổng hợp\tTháng 8/2026
4\tTheo dõi, đôn đốc giải ngân theo Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ\tPhòng Quản lý đầu tư\tThường xuyên
5\tXây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030\tPhòng Tổng hợp\tGiai đoạn 2026 - 2030
II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các xã, phường xây dựng kế hoạch giải ngân vốn đầu tư công năm 2026 trên địa bàn, gửi Sở Tài chính trước ngày 30/4/2026.
""" + SIGN_GD)))

# UBND tỉnh 05/2026/QĐ-UBND (10/02/2026, from 01/3/2026): repeals Đồng Tháp's 25/2022/QĐ-UBND
w("ubnd_qd05_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "05/2026/QĐ-UBND", "Đồng Tháp, ngày 10 tháng 02 năm 2026", """QUYẾT ĐỊNH
Bãi bỏ Quyết định số 25/2022/QĐ-UBND ngày 15 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh Đồng Tháp
ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;
Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;
Theo đề nghị của Giám đốc Sở Tài chính.
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ toàn bộ Quyết định số 25/2022/QĐ-UBND ngày 15 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh Đồng Tháp ban hành Quy định về thanh toán, quyết toán vốn đầu tư công nguồn ngân sách địa phương.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2026.
""" + SIGN_UB))

# UBND xã Cai Lậy 52/KH-UBND (15/4/2026): cites Tiền Giang's 20/2021 (replaced from 01/01/2026, planted superseded), then Đồng Tháp's
# 20/2021 (in force); `03 nhóm giải pháp` over a) to d) (planted count); meets the obligations of 18-KL/TU and 210/KH-STC
w("ubnd_xa_cl_kh52_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ CAI LẬY", "52/KH-UBND", "Cai Lậy, ngày 15 tháng 4 năm 2026", """KẾ HOẠCH
Giải ngân vốn đầu tư công năm 2026 trên địa bàn xã Cai Lậy
Thực hiện Kết luận số 18-KL/TU, ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 210/KH-STC ngày 15/01/2026 của Sở Tài chính;
Căn cứ Nghị quyết số 20/2021/NQ-HĐND ngày 08/12/2021 của Hội đồng nhân dân tỉnh Tiền Giang quy định định mức phân bổ dự toán chi thường xuyên ngân sách địa phương;
Căn cứ Nghị quyết số 20/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Đồng Tháp quy định mức chi cho công tác lập, thẩm định kế hoạch đầu tư công,
Ủy ban nhân dân xã Cai Lậy ban hành Kế hoạch giải ngân vốn đầu tư công năm 2026, gồm 03 nhóm giải pháp sau:
a) Hoàn thành bồi thường, giải phóng mặt bằng đường Mỹ Phước Tây - Thanh Hòa trước ngày 30/6/2026.
b) Giải ngân 100% vốn các công trình trường học.
c) Công khai tiến độ giải ngân tại trụ sở Ủy ban nhân dân xã.
d) Xử lý trách nhiệm chủ đầu tư chậm giải ngân.
""" + SIGN_UB_CT))

# Sở Tài chính second 210/KH-STC (08/5/2026), .docx with the header in a Word table; ids split across runs (planted duplicate)
docx("stc_kh210b_2026.docx", [
    "KẾ HOẠCH",
    "Kiểm tra công tác quyết toán dự án hoàn thành sử dụng vốn đầu tư công năm 2026",
    ["Căn cứ Quyết định số 14/", "2025/QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh ban hành Quy định phân cấp, ủy quyền quản lý dự án đầu tư công;"],
    ["Thực hiện Kế hoạch số 210/KH-", "STC ngày 15/01/2026 của Sở Tài chính về giải ngân vốn đầu tư công năm 2026,"],
    "Sở Tài chính xây dựng Kế hoạch kiểm tra như sau:",
    "1. Kiểm tra 25 dự án hoàn thành chậm quyết toán trên 24 tháng.",
    "2. Trong khi chờ dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 14/2025/QĐ-UBND” được ban hành, các chủ đầu tư tiếp tục thực hiện theo quy định hiện hành.",
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
], header_table=(["UBND TỈNH ĐỒNG THÁP", "SỞ TÀI CHÍNH", "-------", "Số: 210/KH-STC"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Đồng Tháp, ngày 08 tháng 5 năm 2026"]))

# UBND xã Mỹ Thiện 40/KH-UBND (12/5/2026), OCR-like: cites Tiền Giang's 12/2022 (replaced from 01/12/2025, planted superseded)
w("ubnd_xa_mth_kh40_2026.txt", ocr(state("ỦY BAN NHÂN DÂN", "XÃ MỸ THIỆN", "40/KH-UBND", "Mỹ Thiện, ngày 12 tháng 5 năm 2026", """KẾ HOẠCH
Quản lý dự án đầu tư công cấp xã năm 2026
Thực hiện Kết luận số 18-KL/TU, ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 210/KH-STC ngày 15/01/2026 của Sở Tài chính;
Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 18/5/2022 của Ủy ban nhân dân tỉnh Tiền Giang ban hành Quy định phân cấp, ủy quyền quản lý dự án đầu tư công;
Căn cứ Nghị quyết số 12/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh,
Ủy ban nhân dân xã Mỹ Thiện ban hành Kế hoạch như sau:
1. Thực hiện 06 dự án giao thông nông thôn, tổng vốn 21,5 tỷ đồng.
2. Giao công chức Tài chính - Kế toán theo dõi tiến độ giải ngân hằng tháng.
""" + SIGN_UB), [("Quản lý dự án", "Quán lý dư án"), ("giao thông nông thôn", "giao thong nông thôn"), ("tiến độ giải ngân", "tiến đô giải ngân"),
                 ("Ủy ban nhân dân xã Mỹ Thiện ban hành", "Ủy ban nhân dân xã Mỹ Thiên ban hành"), ("công chức", "công chửc")]))

# Đảng ủy xã Cái Bè 09-NQ/ĐU and UBND xã Cái Bè 41/KH-UBND, both 20/5/2026, cite each other (planted cycle)
w("du_xa_cb_nq09_2026.txt", party("ĐẢNG BỘ TỈNH ĐỒNG THÁP", "ĐẢNG ỦY XÃ CÁI BÈ", "09-NQ/ĐU", "Cái Bè, ngày 20 tháng 5 năm 2026", """NGHỊ QUYẾT
về huy động nguồn lực xây dựng kết cấu hạ tầng xã Cái Bè năm 2026
-----
Căn cứ Kế hoạch số 41/KH-UBND ngày 20/5/2026 của Ủy ban nhân dân xã về đầu tư công năm 2026; thực hiện Kế hoạch số 07-KH/ĐU, ngày 30/9/2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh, Ban Chấp hành Đảng bộ xã quyết nghị:
1. Huy động 12 tỷ đồng xã hội hóa làm đường, cầu nông thôn.
2. Giao Đảng ủy viên phụ trách từng công trình.
""" + SIGN_DU_BCH))
w("ubnd_xa_cb_kh41_2026.md", md_headings(["**ỦY BAN NHÂN DÂN**", "**XÃ CÁI BÈ**", "Số: 41/KH-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Cái Bè, ngày 20 tháng 5 năm 2026*"]) + """## KẾ HOẠCH

### Đầu tư công năm 2026 trên địa bàn xã Cái Bè

Thực hiện Nghị quyết số 09-NQ/ĐU ngày 20/5/2026 của Ban Chấp hành Đảng bộ xã về huy động nguồn lực xây dựng kết cấu hạ tầng; Kế hoạch số 210/KH-STC ngày 15/01/2026 của Sở Tài chính, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

1. Nâng cấp đường Hòa Hưng - An Hữu, vốn 8,4 tỷ đồng.

2. Xây dựng cầu kênh Nguyễn Văn Tiếp, vốn 3,6 tỷ đồng.

**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**
""")

# Sở Tài chính letter 1450/STC-NS (20/6/2026), two-column V/v layout: `Căn cứ` Đồng Tháp's 25/2022 (repealed from 01/3/2026, planted
# superseded); Đồng Tháp's 20/2021 (in force); `thay thế` as an ordinary word before the dated 45/NQ-HĐND of 2024
w("stc_cv1450_2026.txt", state_vv("UBND TỈNH ĐỒNG THÁP", "SỞ TÀI CHÍNH", "1450/STC-NS", "V/v hướng dẫn thanh toán vốn\nđầu tư công 6 tháng cuối năm 2026", "Đồng Tháp, ngày 20 tháng 6 năm 2026", """Kính gửi: Ủy ban nhân dân các xã, phường.
Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/8/2022 của Ủy ban nhân dân tỉnh Đồng Tháp ban hành Quy định về thanh toán, quyết toán vốn đầu tư công nguồn ngân sách địa phương;
Căn cứ Nghị quyết số 20/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Đồng Tháp,
Sở Tài chính hướng dẫn như sau:
1. Hồ sơ thanh toán gửi Kho bạc Nhà nước khu vực trước ngày 25 hằng tháng.
2. Đối với dự án cầu Mỹ Lợi thay thế bến phà theo Nghị quyết số 45/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Tiền Giang (trước hợp nhất), chủ đầu tư hoàn thiện hồ sơ quyết toán.
""" + SIGN_SO))

# HĐND tỉnh 08/2026/NQ-HĐND (15/7/2026, from 25/7/2026), Word-exported page: amends 12/2025 and replaces Tiền Giang's 20/2021 again
# (planted inverse-inconsistency)
w("hdnd_nq08_2026.html", html_spans("Nghị quyết số 08/2026/NQ-HĐND",
      ["HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐỒNG THÁP", "-------", "Số: 08/2026/NQ-HĐND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Đồng Tháp, ngày 15 tháng 7 năm 2026"], """NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Nghị quyết số 12/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định định mức phân bổ dự toán chi thường xuyên ngân sách địa phương năm 2026
HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP
KHÓA X - KỲ HỌP THỨ 8
Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;
Căn cứ Nghị quyết số 12/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh;
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung Điều 1 Nghị quyết số 12/2025/NQ-HĐND như sau: “Định mức chi quản lý hành chính cấp xã 2.650 triệu đồng/xã, phường/năm.”
Điều 2. Nghị quyết này thay thế Nghị quyết số 20/2021/NQ-HĐND ngày 08 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Tiền Giang (trước hợp nhất).
Điều 3. Nghị quyết này có hiệu lực từ ngày 25 tháng 7 năm 2026.
CHỦ TỊCH"""))

# Sở Tài chính 318/BC-STC (25/7/2026): sơ kết of 210/KH-STC; undated `Nghị quyết số 45/NQ-HĐND của Hội đồng nhân dân tỉnh Tiền Giang`
# (2023 and 2024 share the number — planted ambiguous-id); proposal to replace 14/2025; quoted draft title; `02 kiến nghị` over 2
w("stc_bc318_2026.txt", state("UBND TỈNH ĐỒNG THÁP", "SỞ TÀI CHÍNH", "318/BC-STC", "Đồng Tháp, ngày 25 tháng 7 năm 2026", """BÁO CÁO
Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 210/KH-STC ngày 15/01/2026 của Sở Tài chính
I. KẾT QUẢ
1. Giải ngân vốn đầu tư công 6 tháng đạt 46,8% kế hoạch. Các dự án chuyển tiếp thuộc danh mục tại Nghị quyết số 45/NQ-HĐND của Hội đồng nhân dân tỉnh Tiền Giang (trước hợp nhất) giải ngân đạt 39,1%.
2. Quyết định số 05/2026/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh đã bãi bỏ Quyết định số 25/2022/QĐ-UBND; Nghị quyết số 12/2025/NQ-HĐND được sửa đổi, bổ sung bởi Nghị quyết số 08/2026/NQ-HĐND.
3. Sở đang hoàn thiện dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quyết định số 14/2025/QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh ban hành Quy định phân cấp, ủy quyền quản lý dự án đầu tư công” để lấy ý kiến.
4. Kế thừa Kế hoạch số 120/KH-SKHĐT ngày 22/3/2024 của Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp (trước hợp nhất), Sở tiếp tục theo dõi 12 dự án trọng điểm.
II. KIẾN NGHỊ
Sở Tài chính kiến nghị 02 nội dung sau:
1. Đề nghị Ủy ban nhân dân tỉnh xem xét ban hành quyết định mới thay thế Quyết định số 14/2025/QĐ-UBND ngày 20/11/2025 nếu việc sửa đổi cần thay đổi nhiều điều.
2. Bố trí vốn chuẩn bị đầu tư theo Nghị quyết số 973/2020/UBTVQH14 và Quyết định số 26/2020/QĐ-TTg của Thủ tướng Chính phủ.
""" + SIGN_SO))
# Sở Tài chính tỉnh Tiền Giang 1450/STC-NS (12/6/2024), before absorbing the Sở KH&ĐT: same number as the new Sở's 1450/STC-NS of 2026
w("tg_stc_cv1450_2024.txt", state_vv("UBND TỈNH TIỀN GIANG", "SỞ TÀI CHÍNH", "1450/STC-NS", "V/v thẩm tra quyết toán dự án\nhoàn thành năm 2024", "Tiền Giang, ngày 12 tháng 6 năm 2024", """Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.
Căn cứ Nghị quyết số 45/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công năm 2024; Nghị quyết số 20/2021/NQ-HĐND của Hội đồng nhân dân tỉnh,
Sở Tài chính đề nghị:
1. Chủ đầu tư lập hồ sơ quyết toán dự án hoàn thành đúng thời hạn.
2. Ủy ban nhân dân các huyện báo cáo tình hình quyết toán trước ngày 15/7/2024.
""" + SIGN_SO))

# Sở KH&ĐT tỉnh Đồng Tháp 845/SKHĐT-TH (10/10/2024): proposes (only) an adjustment of the medium-term plan; undated 120/KH-SKHĐT (its own)
w("dt_skhdt_cv845_2024.txt", state_vv("UBND TỈNH ĐỒNG THÁP", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "845/SKHĐT-TH", "V/v đề xuất điều chỉnh kế hoạch\nđầu tư công trung hạn 2021 - 2025", "Đồng Tháp, ngày 10 tháng 10 năm 2024", """Kính gửi: Ủy ban nhân dân tỉnh.
Qua theo dõi theo Kế hoạch số 120/KH-SKHĐT của Sở Kế hoạch và Đầu tư, 09 dự án có tỷ lệ giải ngân dưới 30%.
Sở Kế hoạch và Đầu tư kính đề nghị Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh xem xét điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025, điều chuyển 215 tỷ đồng sang các dự án có khả năng giải ngân tốt, phù hợp Nghị quyết số 20/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh.
""" + SIGN_GD))
print("written", len(os.listdir(OUT)), "files")
