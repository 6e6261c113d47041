#!/usr/bin/env python3
"""Red team round 23 (redteam30): the new Đồng Nai after the merger with Bình Phước (1/7/2025), seen from its police:
the Đảng ủy Công an tỉnh (ĐUCA numbering, restarting with the 2025-2030 term), Công an tỉnh (three-part issuer codes),
the former and new UBND tỉnh, the new Tỉnh ủy, wards and communes. Writes corpus/. Standard library only.
Header helpers copied from RedTeam22/gen.py (site names changed)."""
import os, zipfile, html, unicodedata
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))


def w(name, text, nfd=False):
    t = text.strip("\n") + "\n"
    if nfd:
        t = unicodedata.normalize("NFD", t)
    open(os.path.join(OUT, name), "w", encoding="utf-8").write(t)


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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Đồng Nai"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Đồng Nai. Địa chỉ: đường Chùa Chuông, phường Phố Hiến</div></body></html>')
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
            '<div class="footer">Cổng thông tin điện tử tỉnh Đồng Nai - Điện thoại: 0251.3822.507</div>\n</body></html>')


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BCH = """\t\t\t\t\tT/M BAN CHẤP HÀNH
\t\t\t\t\tBÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""

SIGN_DU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_CA = """\t\t\t\t\tGIÁM ĐỐC
\t\t\t\t\t(Đã ký)"""

# =============================================================== former Đồng Nai and Bình Phước (both Tỉnh ủy khóa XI, 2020-2025)
w("dn_tu_nq12_2021.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "TỈNH ỦY", "12-NQ/TU", "Đồng Nai, ngày 15 tháng 6 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XI)
về bảo đảm an ninh, trật tự tại các khu công nghiệp trên địa bàn tỉnh đến năm 2025
-----
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
1. Giữ vững an ninh, trật tự tại 32 khu công nghiệp, không để hình thành điểm nóng.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng quy chế phối hợp quản lý lao động nước ngoài.
""" + SIGN_BCH))

w("bp_tu_nq12_2021.txt", layout(party_cols("TỈNH ỦY BÌNH PHƯỚC", "", "12-NQ/TU", "Bình Phước, ngày 20 tháng 7 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XI
về phát triển kinh tế - xã hội gắn với bảo đảm quốc phòng, an ninh khu vực biên giới giai đoạn 2021 - 2025
-----
Ban Chấp hành Đảng bộ tỉnh Bình Phước khóa XI quyết nghị:
1. Xây dựng khu vực biên giới vững mạnh, ổn định.
2. Phát triển các cửa khẩu Hoa Lư, Hoàng Diệu gắn với bảo đảm an ninh.
""" + SIGN_BCH)))

w("dn_ubnd_qd20_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "20/2020/QĐ-UBND", "Đồng Nai, ngày 10 tháng 7 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý người nước ngoài tạm trú trên địa bàn tỉnh Đồng Nai

ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Giám đốc Công an tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý người nước ngoài tạm trú trên địa bàn tỉnh Đồng Nai.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 7 năm 2020.
""" + SIGN_UB))

w("bp_ubnd_qd20_2020.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH BÌNH PHƯỚC**", "Số: 20/2020/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Bình Phước, ngày 14 tháng 8 năm 2020*"]) + """
**QUYẾT ĐỊNH**

**Ban hành Quy định quản lý cơ sở kinh doanh dịch vụ lưu trú trên địa bàn tỉnh Bình Phước**

**ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định quản lý cơ sở kinh doanh dịch vụ lưu trú trên địa bàn tỉnh Bình Phước.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2020.
""")

w("dn_ubnd_qd35_2022.html", portal("Quyết định 35/2022/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 35/2022/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Nai, ngày 12 tháng 9 năm 2022"], """QUYẾT ĐỊNH
Ban hành Quy định quản lý, khai thác hệ thống camera giám sát an ninh, trật tự trên địa bàn tỉnh Đồng Nai
ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Căn cứ Luật Công an nhân dân số 37/2018/QH14;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, khai thác hệ thống camera giám sát an ninh, trật tự trên địa bàn tỉnh Đồng Nai.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 9 năm 2022.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("bp_ubnd_qd08_2021.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "08/2021/QĐ-UBND", "Bình Phước, ngày 12 tháng 4 năm 2021", """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp phòng, chống tội phạm ma túy khu vực biên giới tỉnh Bình Phước

ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Giám đốc Công an tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp phòng, chống tội phạm ma túy khu vực biên giới.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 4 năm 2021.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB)))

# the police Party committee of the former Đồng Nai, term 2020-2025 (ĐUCA numbering)
w("dcat_old_nq05_2021.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY CÔNG AN TỈNH", "05-NQ/ĐUCA", "Đồng Nai, ngày 20 tháng 01 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ CÔNG AN TỈNH NHIỆM KỲ 2020 - 2025
về xây dựng Công an xã chính quy đáp ứng yêu cầu nhiệm vụ trong tình hình mới
-----
Ban Chấp hành Đảng bộ Công an tỉnh quyết nghị:
1. Đến năm 2022, 100% xã, thị trấn được bố trí Công an chính quy.
2. Các chi bộ, đảng bộ cơ sở quán triệt, triển khai thực hiện Nghị quyết.
""" + SIGN_BCH))

w("dn_dcat_kh45_2023.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY CÔNG AN TỈNH", "45-KH/ĐUCA", "Đồng Nai, ngày 10 tháng 3 năm 2023", """KẾ HOẠCH
thực hiện Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị
-----
Thực hiện Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị về đẩy mạnh xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại; Kế hoạch số 118-KH/ĐUCA, ngày 25/5/2022 của Đảng ủy Công an Trung ương về thực hiện Nghị quyết số 12-NQ/TW; gắn với tiếp tục thực hiện Nghị quyết số 05-NQ/ĐUCA của Đảng ủy Công an tỉnh về xây dựng Công an xã chính quy, Ban Thường vụ Đảng ủy Công an tỉnh xây dựng Kế hoạch thực hiện như sau:
1. Quán triệt Nghị quyết đến 100% cán bộ, đảng viên.
2. Các chi bộ, đảng bộ cơ sở xây dựng kế hoạch thực hiện.
""" + SIGN_DU))

# =============================================================== new UBND tỉnh Đồng Nai (after 1/7/2025)
# 15/2025 (layout, spaced own number): replaces the former Đồng Nai's 35/2022 from 01/10/2025 (the clause wraps after `số`)
w("ubnd_qd15_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", " 15 /2025/QĐ-UBND", "Đồng Nai, ngày 15 tháng 9 năm 2025", """QUYẾT ĐỊNH
Ban hành Quy định quản lý, khai thác và kết nối hệ thống camera giám sát an ninh, trật tự trên địa bàn tỉnh Đồng Nai

ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Theo đề nghị của Giám đốc Công an tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, khai thác và kết nối hệ thống camera giám sát an ninh, trật tự.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2025.
Điều 3. Quyết định này thay thế Quyết định số
35/2022/QĐ-UBND ngày 12/9/2022 của Ủy ban nhân dân tỉnh Đồng Nai ban hành Quy định quản lý, khai thác hệ thống camera giám sát an ninh, trật tự.
Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB)))

# 28/2025 (.docx, ids cut across runs): repeals the former Bình Phước's 08/2021 in whole from 15/12/2025, and Điều 5 of the
# former Đồng Nai's 20/2020 (a partial repeal).
docx("ubnd_qd28_2025.docx", [
    "QUYẾT ĐỊNH",
    "Bãi bỏ toàn bộ và bãi bỏ một phần một số văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh Bình Phước (cũ) và tỉnh Đồng Nai (cũ) ban hành",
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
    "QUYẾT ĐỊNH:",
    ["Điều 1. Bãi bỏ toàn bộ Quyết định số ", "08/2021", "/QĐ-", "UBND ngày 12/4/2021 của Ủy ban nhân dân tỉnh Bình Phước ban hành Quy chế phối hợp phòng, chống tội phạm ma túy khu vực biên giới."],
    ["Điều 2. Bãi bỏ Điều 5 của Quy chế ban hành kèm theo Quyết định số ", "20/2020/QĐ-UBND", " ngày 10/7/2020 của Ủy ban nhân dân tỉnh Đồng Nai."],
    "Điều 3. Quyết định này có hiệu lực kể từ ngày 15 tháng 12 năm 2025.",
    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    header_table=(["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 28/2025/QĐ-UBND"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Nai, ngày 01 tháng 12 năm 2025"]))

# 03/2026 (Word HTML): replaces the former Bình Phước's 20/2020 from 01/02/2026
w("ubnd_qd03_2026.html", html_spans("Quyết định số 03/2026/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 03/2026/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Nai, ngày 20 tháng 01 năm 2026"], """QUYẾT ĐỊNH
Ban hành Quy định quản lý cơ sở kinh doanh dịch vụ lưu trú trên địa bàn tỉnh Đồng Nai
ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cơ sở kinh doanh dịch vụ lưu trú trên địa bàn tỉnh Đồng Nai.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2026 và thay thế Quyết định số 20/2020/QĐ-UBND ngày 14/8/2020 của UBND tỉnh Bình Phước.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# 09/2026 (Markdown): amends 15/2025 and replaces 35/2022 a second time (planted inverse)
w("ubnd_qd09_2026.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH ĐỒNG NAI**", "Số: 09/2026/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Đồng Nai, ngày 10 tháng 3 năm 2026*"]) + """
**QUYẾT ĐỊNH**

**Ban hành Quy định về kết nối, chia sẻ dữ liệu camera an ninh với Trung tâm điều hành đô thị thông minh tỉnh**

**ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định về kết nối, chia sẻ dữ liệu camera an ninh.

**Điều 2.** Sửa đổi, bổ sung khoản 2 Điều 4 của Quy định ban hành kèm theo Quyết định số 15/2025/QĐ-UBND ngày 15/9/2025 của Ủy ban nhân dân tỉnh như sau: "2. Dữ liệu camera được lưu trữ tối thiểu 30 ngày".

**Điều 3.** Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2026 và thay thế Quyết định số 35/2022/QĐ-UBND ngày 12/9/2022 của Ủy ban nhân dân tỉnh Đồng Nai.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
""")

# 140/KH-UBND (portal): prose task to replace the former Đồng Nai's 20/2020 within Quý II năm 2026 (planted overdue)
w("ubnd_kh140_2026.html", portal("Kế hoạch 140/KH-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 140/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Nai, ngày 05 tháng 02 năm 2026"], """KẾ HOẠCH
Rà soát, hợp nhất văn bản quy phạm pháp luật về an ninh, trật tự của tỉnh Đồng Nai (cũ) và tỉnh Bình Phước (cũ) năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm hệ thống văn bản quy phạm pháp luật của tỉnh thống nhất sau sắp xếp đơn vị hành chính.
II. NHIỆM VỤ CỤ THỂ
1. Tiếp tục triển khai Quyết định số 15/2025/QĐ-UBND ngày 15/9/2025 của UBND tỉnh về quản lý camera giám sát.
2. Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp tham mưu UBND tỉnh ban hành Quyết định thay thế Quyết định số 20/2020/QĐ-UBND ngày 10/7/2020 của UBND tỉnh Đồng Nai ban hành Quy chế phối hợp quản lý người nước ngoài tạm trú, hoàn thành trong Quý II năm 2026.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành báo cáo kết quả về Sở Tư pháp trước ngày 15 tháng 12 năm 2026.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# 310/BC-UBND: review report: a stated replacement, a denied repeal, a draft replacement
w("ubnd_bc310_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "310/BC-UBND", "Đồng Nai, ngày 15 tháng 10 năm 2026", """BÁO CÁO
Kết quả rà soát văn bản quy phạm pháp luật về an ninh, trật tự 9 tháng năm 2026

Thực hiện Kế hoạch số 140/KH-UBND ngày 05/02/2026 của UBND tỉnh, kết quả rà soát như sau:
1. Quyết định số 35/2022/QĐ-UBND ngày 12/9/2022 của UBND tỉnh Đồng Nai (cũ) đã được thay thế bởi Quyết định số 15/2025/QĐ-UBND ngày 15/9/2025.
2. Quyết định số 20/2020/QĐ-UBND ngày 10/7/2020 của UBND tỉnh Đồng Nai (cũ): ngoài Điều 5 đã được bãi bỏ tại Quyết định số 28/2025/QĐ-UBND, các nội dung còn lại chưa bị bãi bỏ và tiếp tục được áp dụng. Dự thảo Quyết định thay thế Quyết định số 20/2020/QĐ-UBND đang được Công an tỉnh lấy ý kiến các sở, ngành.
3. Kiến nghị: không bãi bỏ Quyết định số 20/2020/QĐ-UBND trước khi Quyết định thay thế có hiệu lực thi hành.
""" + SIGN_UB))

# =============================================================== Công an tỉnh (state documents, three-part issuer codes)
w("cat_kh215_2026.txt", state("BỘ CÔNG AN", "CÔNG AN TỈNH ĐỒNG NAI", "215/KH-CAT-PV01", "Đồng Nai, ngày 10 tháng 3 năm 2026", """KẾ HOẠCH
Mở đợt cao điểm tấn công, trấn áp tội phạm tại các khu công nghiệp năm 2026

Căn cứ các Quyết định của UBND tỉnh Đồng Nai: số 20/2020/QĐ-UBND ngày 10/7/2020 ban hành Quy chế phối hợp quản lý người nước ngoài tạm trú; số 35/2022/QĐ-UBND ngày 12/9/2022 ban hành Quy định quản lý, khai thác hệ thống camera giám sát an ninh, trật tự;
Thực hiện Kế hoạch số 113/KH-BCA-C04 ngày 09/3/2023 của Bộ Công an;
Công an tỉnh xây dựng Kế hoạch như sau:
1. Thời gian: từ ngày 15/3/2026 đến ngày 15/6/2026.
2. Lực lượng: Phòng An ninh chính trị nội bộ (PV01), Phòng Cảnh sát hình sự (PC02), Công an các xã, phường.
Nơi nhận: Đường dây nóng: 069.2899.111; Fax: 0251.3822.613.
\t\t\t\t\tGIÁM ĐỐC
\t\t\t\t\tThiếu tướng Nguyễn Văn A"""))

w("cat_hd07_2026.md", md_headings(["# BỘ CÔNG AN", "## CÔNG AN TỈNH ĐỒNG NAI", "**Số: 07/HD-CAT-PC06**"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Đồng Nai, ngày 15 tháng 4 năm 2026*"]) + """**HƯỚNG DẪN**

**Quản lý cư trú, lưu trú sau sắp xếp đơn vị hành chính**

Căn cứ Thông tư số 23/2012/TT - BCA, ngày 27/4/2012 của Bộ Công an; Quyết định số 15/2025/QĐ-UBND ngày 15/9/2025 của UBND tỉnh Đồng Nai, được sửa đổi, bổ sung tại Quyết định số 09/2026/QĐ-UBND; Quyết định số 03/2026/QĐ-UBND ngày 20/01/2026 của UBND tỉnh Đồng Nai; Quyết định số 20/2020/QĐ-UBND ngày 10/7/2020 của UBND tỉnh Đồng Nai (cũ);

Công an tỉnh hướng dẫn Công an các xã, phường như sau:

1. Rà soát 100% cơ sở lưu trú, người nước ngoài tạm trú.

2. Kết nối dữ liệu camera theo Điều 4 Quy định ban hành kèm theo Quyết định số 15/2025/QĐ-UBND.

**GIÁM ĐỐC**
""")

# an OCR'd scan of 25/9/2025: cites 35/2022 after its replacement was signed (15/9) but before it took effect (01/10)
w("cat_kh98_2025_scan.txt", """BỘ CÔNG AN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG AN TỈNH ĐỒNG NAI                Độc lập - Tự do - Hạnh phúc
Số: 98/KH-CAT-PV01          Đồng Nai, ngày 25 tháng 9 năm 2025

KẾ HOẠCH
Bảo đảm an ninh, trật tự phục vụ Đại hội đại biểu Đảng bộ tỉnh
lần thứ I, nhiệm kỳ 2025 - 2030

Căn cứ Quyết đinh số 35/2022/QĐ-UBND ngày 12/9/2022 cùa UBND
tỉnh Đồng Nai ban hành Quy định quản lý, khai thác hệ thống ca-
mera giám sát an ninh, trật tự; Chỉ thị số 03-CT/TU ngày 20/8/2025
cùa Ban Thường vụ Tỉnh ủy, Công an tỉnh xây dựng Kế hoạch như sau:
1. Bảo vệ tuyệt đối an toàn Đại hội.
                                        GIÁM ĐỐC""")

# =============================================================== new Tỉnh ủy Đồng Nai (Đảng bộ tỉnh lần thứ I, 2025-2030)
w("tu_ct03_2025.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "TỈNH ỦY", "03-CT/TU", "Đồng Nai, ngày 20 tháng 8 năm 2025", """CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự sau sắp xếp đơn vị hành chính
-----
Thực hiện Nghị quyết số 1662/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Nai năm 2025, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Đảng ủy Công an tỉnh lãnh đạo xây dựng Công an xã, phường vững mạnh.
2. Các đảng ủy xã, phường bảo đảm an ninh, trật tự tại cơ sở.
""" + SIGN_TU))

w("tu_kh20_2026.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "TỈNH ỦY", "20-KH/TU", "Đồng Nai, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị gắn với bảo đảm an ninh khu công nghiệp và khu vực biên giới
-----
Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; tiếp tục thực hiện Nghị quyết số 12-NQ/TU ngày 15/6/2021 của Tỉnh ủy Đồng Nai (khóa XI) và Nghị quyết số 12-NQ/TU ngày 20/7/2021 của Tỉnh ủy Bình Phước (khóa XI), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:
1. Ứng dụng dữ liệu dân cư trong quản lý lao động tại khu công nghiệp.
2. Bảo đảm an ninh khu vực cửa khẩu Hoa Lư, Hoàng Diệu.
""" + SIGN_TU))

# =============================================================== new Đảng ủy Công an tỉnh, term 2025-2030 (numbering restarts)
w("dcat_qc01_2025.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY CÔNG AN TỈNH", "01-QC/ĐUCA", "Đồng Nai, ngày 28 tháng 8 năm 2025", """QUY CHẾ
LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ CÔNG AN TỈNH NHIỆM KỲ 2025 - 2030
-----
Căn cứ Điều lệ Đảng; Chỉ thị số 03-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ Công an tỉnh ban hành Quy chế làm việc như sau:
Điều 1. Phạm vi điều chỉnh.
Điều 20. Hiệu lực thi hành
Quy chế này có hiệu lực từ ngày ký, thay thế Quy chế làm việc số 02-QC/ĐUCA ngày 10/11/2020 của Ban Chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2020 - 2025.
""" + SIGN_BCH))

w("dcat_nq05_2025.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY CÔNG AN TỈNH", "05-NQ/ĐUCA", "Đồng Nai, ngày 25 tháng 9 năm 2025", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ CÔNG AN TỈNH NHIỆM KỲ 2025 - 2030
về xây dựng Công an xã, phường chính quy, vững mạnh sau sắp xếp đơn vị hành chính
-----
Thực hiện Chỉ thị số 03-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy; tiếp tục thực hiện Nghị quyết số 05-NQ/ĐUCA ngày 20/01/2021 của Ban Chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ Công an tỉnh quyết nghị:
I. MỤC TIÊU
Đến năm 2030, 100% Công an xã, phường đạt tiêu chuẩn "trong sạch, vững mạnh".
II. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Đảng ủy Công an tỉnh ban hành Kế hoạch thực hiện Nghị quyết.
2. Ủy ban Kiểm tra Đảng ủy Công an tỉnh xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Nghị quyết.
3. Đoàn Thanh niên Công an tỉnh xây dựng kế hoạch tuyên truyền Nghị quyết trong đoàn viên, thanh niên.
""" + SIGN_BCH))

w("dcat_kh18_2025.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY CÔNG AN TỈNH", "18-KH/ĐUCA", "Đồng Nai, ngày 15 tháng 10 năm 2025", """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/ĐUCA, ngày 25/9/2025 của Ban Chấp hành Đảng bộ Công an tỉnh
-----
Thực hiện Nghị quyết số 05-NQ/ĐUCA, ngày 25/9/2025 của Ban Chấp hành Đảng bộ Công an tỉnh nhiệm kỳ 2025 - 2030 về xây dựng Công an xã, phường chính quy, vững mạnh, Ban Thường vụ Đảng ủy Công an tỉnh xây dựng Kế hoạch thực hiện như sau:
I. NHIỆM VỤ CỤ THỂ
TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành
1\tSửa đổi, bổ sung Quy chế làm việc số 01-QC/ĐUCA ngày 28/8/2025 của Đảng ủy Công an tỉnh cho phù hợp mô hình Công an 3 cấp\tVăn phòng Đảng ủy\tTháng 6/2026
2\tXây dựng Đề án “Xã, phường điển hình về an ninh, trật tự”\tPhòng Tham mưu\tTrước 30-9-2026
3\tSơ kết 01 năm thực hiện Nghị quyết số 05-NQ/ĐUCA\tBan Thường vụ Đảng ủy\tTháng 10/2026
4\tTổng kết thực hiện Nghị quyết số 05-NQ/ĐUCA\tBan Thường vụ Đảng ủy\tNăm 2030
5\tKiểm tra, giám sát việc thực hiện Nghị quyết\tỦy ban Kiểm tra Đảng ủy\tThường xuyên
6\tTuyên truyền kết quả thực hiện Nghị quyết trên Báo Công an Đồng Nai\tPhòng Công tác đảng và công tác chính trị\tHằng năm
II. TỔ CHỨC THỰC HIỆN
Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả.
""" + SIGN_DU))

docx("dcat_ctr03_2025.docx", [
    "CHƯƠNG TRÌNH",
    "công tác năm 2026 của Ban Chấp hành Đảng bộ Công an tỉnh",
    "Thực hiện Nghị quyết số 05-NQ/ĐUCA, ngày 25/9/2025 của Ban Chấp hành Đảng bộ Công an tỉnh, Ban Thường vụ Đảng ủy xây dựng Chương trình công tác năm 2026 như sau:"],
    rows=[["TT", "Nội dung", "Cơ quan tham mưu", "Thời gian"],
          ["", "Quý I/2026 (05 nội dung)", "", ""],
          ["1", "Hội nghị Ban Chấp hành Đảng bộ Công an tỉnh thường kỳ quý I", "Văn phòng Đảng ủy", "Tháng 1/2026"],
          ["2", "Hội nghị Ban Thường vụ rà soát công tác cán bộ", "Phòng Tổ chức cán bộ", "Tháng 2/2026"],
          ["3", "Làm việc với Đảng ủy các xã, phường về công tác bảo đảm an ninh, trật tự", "Văn phòng Đảng ủy", "Tháng 3/2026"],
          ["4", "Kiểm tra chuyên đề việc chấp hành điều lệnh Công an nhân dân", "Ủy ban Kiểm tra Đảng ủy", "Tháng 3/2026"],
          ["", "Quý II/2026 (03 nội dung)", "", ""],
          ["1", "Hội nghị Ban Chấp hành Đảng bộ Công an tỉnh thường kỳ quý II", "Văn phòng Đảng ủy", "Tháng 4/2026"],
          ["2", "Hội nghị Ban Thường vụ rà soát quy hoạch cán bộ", "Phòng Tổ chức cán bộ", "Tháng 5/2026"],
          ["3", "Làm việc với Chi bộ các phòng nghiệp vụ", "Văn phòng Đảng ủy", "Tháng 6/2026"]],
    header_table=(["ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY CÔNG AN TỈNH", "*", "Số 03-CTr/ĐUCA"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đồng Nai, ngày 20 tháng 10 năm 2025"]))

w("dcat_hd02_2026.md", md_hdr(["**ĐẢNG BỘ TỈNH ĐỒNG NAI**", "**ĐẢNG ỦY CÔNG AN TỈNH**", "\\*", "Số 02-HD/ĐUCA"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Đồng Nai, ngày 20 tháng 01 năm 2026*"]) + """
**HƯỚNG DẪN**

**về chế độ sinh hoạt của chi bộ Công an xã, phường**

Căn cứ Quy chế làm việc số 02-QC/ĐUCA ngày 10/11/2020 của Ban Chấp hành Đảng bộ Công an tỉnh; Kế hoạch số 18-KH/ĐUCA ngày 15/10/2025 của Ban Thường vụ Đảng ủy Công an tỉnh, Ban Thường vụ Đảng ủy Công an tỉnh hướng dẫn như sau:

1. Chi bộ Công an xã, phường sinh hoạt thường kỳ mỗi tháng một lần.

2. Nội dung sinh hoạt chuyên đề gắn với thực hiện Nghị quyết số 05-NQ/ĐUCA ngày 25/9/2025.

**T/M BAN THƯỜNG VỤ**
**PHÓ BÍ THƯ**
""")

w("dcat_bc40_2026.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY CÔNG AN TỈNH", "40-BC/ĐUCA", "Đồng Nai, ngày 20 tháng 10 năm 2026", """BÁO CÁO
sơ kết 01 năm thực hiện Nghị quyết số 05-NQ/ĐUCA, ngày 25/9/2025 của Ban Chấp hành Đảng bộ Công an tỉnh
-----
Thực hiện Kế hoạch số 18-KH/ĐUCA, ngày 15/10/2025 của Ban Thường vụ Đảng ủy Công an tỉnh, Ban Thường vụ Đảng ủy báo cáo sơ kết 01 năm thực hiện Nghị quyết số 05-NQ/ĐUCA như sau:
1. 95/95 Công an xã, phường được kiện toàn.
2. Hạn chế: việc sửa đổi Quy chế làm việc chưa hoàn thành.
""" + SIGN_DU))

w("dcat_kh118_2026.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY CÔNG AN TỈNH", "118-KH/ĐUCA", "Đồng Nai, ngày 05 tháng 11 năm 2026", """KẾ HOẠCH
tổng kết công tác xây dựng Đảng năm 2026
-----
Thực hiện Chương trình số 03-CTr/ĐUCA, ngày 20/10/2025 của Ban Thường vụ Đảng ủy Công an tỉnh về chương trình công tác năm 2026, Ban Thường vụ Đảng ủy xây dựng Kế hoạch như sau:
1. Các chi bộ, đảng bộ cơ sở tổng kết trước ngày 15/12/2026.
""" + SIGN_DU))

# a chi bộ cites the central 118-KH/ĐUCA (Đảng ủy Công an Trung ương, 2022) and the provincial one (2026) side by side
w("dcat_cb_pa08_kh05_2026.txt", party("ĐẢNG ỦY CÔNG AN TỈNH ĐỒNG NAI", "CHI BỘ PHÒNG QUẢN LÝ XUẤT NHẬP CẢNH", "05-KH/CB", "Đồng Nai, ngày 20 tháng 11 năm 2026", """KẾ HOẠCH
tổng kết công tác năm 2026 của Chi bộ
-----
Thực hiện Kế hoạch số 118-KH/ĐUCA ngày 05/11/2026 của Ban Thường vụ Đảng ủy Công an tỉnh về tổng kết công tác xây dựng Đảng năm 2026; gắn với đánh giá kết quả thực hiện Kế hoạch số 118-KH/ĐUCA, ngày 25/5/2022 của Đảng ủy Công an Trung ương về thực hiện Nghị quyết số 12-NQ/TW; căn cứ Quyết định số 20/2020/QĐ-UBND ngày 10/7/2020 của UBND tỉnh Đồng Nai về phối hợp quản lý người nước ngoài, Chi bộ xây dựng Kế hoạch như sau:
1. Đảng viên tự kiểm điểm trước ngày 10/12/2026.
\t\t\t\t\tT/M CHI BỘ
\t\t\t\t\tBÍ THƯ"""))

w("dcat_cb_pc06_kh03_2026.txt", party("ĐẢNG ỦY CÔNG AN TỈNH ĐỒNG NAI", "CHI BỘ PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "03-KH/CB", "Đồng Nai, ngày 10 tháng 01 năm 2026", """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/ĐUCA của Đảng ủy Công an tỉnh tại Chi bộ
-----
Thực hiện Kế hoạch số 18-KH/ĐUCA ngày 15/11/2025 của Ban Thường vụ Đảng ủy Công an tỉnh thực hiện Nghị quyết số 05-NQ/ĐUCA ngày 25/9/2025 của Ban Chấp hành Đảng bộ Công an tỉnh, Chi bộ xây dựng Kế hoạch như sau:
1. Quán triệt Nghị quyết đến 100% đảng viên.
\t\t\t\t\tT/M CHI BỘ
\t\t\t\t\tBÍ THƯ"""))

# =============================================================== Đoàn Thanh niên and Công đoàn Công an tỉnh; Công an phường
w("dtn_kh25_2026.txt", party("ĐẢNG ỦY CÔNG AN TỈNH ĐỒNG NAI", "BCH ĐOÀN THANH NIÊN CÔNG AN TỈNH", "25-KH/ĐTN", "Đồng Nai, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
tuyên truyền Nghị quyết số 05-NQ/ĐUCA trong đoàn viên, thanh niên
-----
Thực hiện Nghị quyết số 05-NQ/ĐUCA ngày 25-9-2025 của Ban Chấp hành Đảng bộ Công an tỉnh về xây dựng Công an xã, phường chính quy, vững mạnh, Ban Chấp hành Đoàn Thanh niên Công an tỉnh xây dựng kế hoạch tuyên truyền như sau:
1. Tổ chức 10 buổi sinh hoạt chuyên đề tại các chi đoàn.
2. Giới thiệu lại loạt bài “Camera an ninh theo Quyết định số 35/2022/QĐ-UBND: ba năm nhìn lại” của Báo Đồng Nai để đoàn viên thấy kết quả của phong trào.
\t\t\t\t\tT/M BAN CHẤP HÀNH
\t\t\t\t\tBÍ THƯ"""))

w("cdca_kh30_2026.txt", state("CÔNG ĐOÀN CÔNG AN NHÂN DÂN", "CÔNG ĐOÀN CÔNG AN TỈNH ĐỒNG NAI", "30/KH-CĐCA", "Đồng Nai, ngày 15 tháng 5 năm 2026", """KẾ HOẠCH
Phát động thi đua xây dựng "Mái ấm Công đoàn" năm 2026

Thực hiện Nghị quyết số 05-NQ/ĐUCA của Đảng ủy Công an tỉnh về xây dựng Công an xã, phường, Ban Chấp hành Công đoàn Công an tỉnh xây dựng Kế hoạch như sau:
1. Hỗ trợ 20 đoàn viên Công an xã có hoàn cảnh khó khăn.
\t\t\t\t\tTM. BAN CHẤP HÀNH
\t\t\t\t\tCHỦ TỊCH"""))

w("ca_ph_tranbien_kh45_2026.html", portal("Kế hoạch 45/KH-CAP", ["CÔNG AN TỈNH ĐỒNG NAI", "CÔNG AN PHƯỜNG TRẤN BIÊN", "Số: 45/KH-CAP"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Trấn Biên, ngày 10 tháng 4 năm 2026"], """KẾ HOẠCH
Quản lý người nước ngoài tạm trú trên địa bàn phường năm 2026
Thực hiện Chương trình số 03-CTr/ĐUCA, ngày 02-11-2025 của Đảng ủy Công an tỉnh; căn cứ Quyết định số 20/2020/QĐ-UBND ngày 10/7/2020 của UBND tỉnh Đồng Nai ban hành Quy chế phối hợp quản lý người nước ngoài tạm trú, Công an phường xây dựng Kế hoạch như sau:
1. Rà soát 100% cơ sở lưu trú có người nước ngoài.
TRƯỞNG CÔNG AN PHƯỜNG""", site="phường Trấn Biên"))

# =============================================================== Đảng ủy phường Trấn Biên: the 3-cycle across Markdown, layout text (id cut by a line wrap) and portal HTML
w("ph_tranbien_nq07_2026.md", md_hdr(["**ĐẢNG BỘ TỈNH ĐỒNG NAI**", "**ĐẢNG ỦY PHƯỜNG TRẤN BIÊN**", "\\*", "Số 07-NQ/ĐU"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Trấn Biên, ngày 12 tháng 3 năm 2026*"]) + """
**NGHỊ QUYẾT**

**của Ban Chấp hành Đảng bộ phường về bảo đảm an ninh, trật tự đô thị năm 2026**

Trên cơ sở Chương trình hành động số 11-CTr/ĐU ngày 12/3/2026 của Ban Chấp hành Đảng bộ phường, Ban Chấp hành Đảng bộ phường quyết nghị:

1. Không để xảy ra trọng án, tụ điểm phức tạp về ma túy.

2. Các chi bộ trực thuộc quán triệt, thực hiện Nghị quyết.

**T/M BAN CHẤP HÀNH**
**BÍ THƯ**
""")

w("ph_tranbien_kh09_2026.txt", layout(party_cols("ĐẢNG ỦY PHƯỜNG TRẤN BIÊN", "", "09-KH/ĐU", "Trấn Biên, ngày 12 tháng 3 năm 2026", """KẾ HOẠCH
thực hiện Nghị quyết về bảo đảm an ninh, trật tự đô thị năm 2026
-----
Thực hiện Nghị quyết số 07-
NQ/ĐU ngày 12/3/2026 của Ban Chấp hành Đảng bộ phường về bảo đảm an ninh, trật tự đô thị năm 2026, Ban
Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Công an phường chủ trì rà soát các tụ điểm phức tạp.
2. Mặt trận Tổ quốc phường vận động Nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.
""" + SIGN_DU)))

w("ph_tranbien_ctr11_2026.html", portal("Chương trình hành động 11-CTr/ĐU", ["ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY PHƯỜNG TRẤN BIÊN", "*", "Số 11-CTr/ĐU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trấn Biên, ngày 12 tháng 3 năm 2026"], """CHƯƠNG TRÌNH HÀNH ĐỘNG
về xây dựng phường Trấn Biên văn minh, an toàn giai đoạn 2026 - 2030
Cụ thể hóa Kế hoạch số 09-KH/ĐU ngày 12/3/2026 của Ban Thường vụ Đảng ủy phường, Ban Chấp hành Đảng bộ phường ban hành Chương trình hành động như sau:
1. Lắp đặt camera giám sát tại 100% tổ dân phố.
T/M BAN CHẤP HÀNH
BÍ THƯ""", site="phường Trấn Biên"))

# =============================================================== Đảng ủy phường Bình Phước: 12-KH/ĐU twice (the second file NFD)
w("ph_binhphuoc_kh12_2026.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY PHƯỜNG BÌNH PHƯỚC", "12-KH/ĐU", "Bình Phước, ngày 10 tháng 3 năm 2026", """KẾ HOẠCH
thực hiện Kế hoạch số 20-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 20-KH/TU ngày 10/02/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Ứng dụng dữ liệu dân cư trong quản lý lao động.
""" + SIGN_DU))

w("ph_binhphuoc_kh12b_2026.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY PHƯỜNG BÌNH PHƯỚC", "12-KH/ĐU", "Bình Phước, ngày 15 tháng 7 năm 2026", """KẾ HOẠCH
tăng cường bảo đảm an ninh, trật tự trên địa bàn phường 6 tháng cuối năm 2026
-----
Thực hiện Chỉ thị số 03-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự sau sắp xếp đơn vị hành chính, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Công an phường tăng cường tuần tra, kiểm soát.
""" + SIGN_DU), nfd=True)

# =============================================================== xã Bù Đăng, xã Long Thành
w("xa_budang_kh04_2026.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY XÃ BÙ ĐĂNG", "04-KH/ĐU", "Bù Đăng, ngày 02 tháng 3 năm 2026", """KẾ HOẠCH
lãnh đạo đợt cao điểm tấn công, trấn áp tội phạm năm 2026
-----
Thực hiện Kế hoạch số 215/KH-CAT-PV01 ngày 10/3/2026 của Công an tỉnh về mở đợt cao điểm tấn công, trấn áp tội phạm, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch lãnh đạo như sau:
1. Công an xã chủ trì, phối hợp các ấp triển khai.
""" + SIGN_DU))

w("xa_budang_ubnd_kh22_2026.html", portal("Kế hoạch 22/KH-UBND", ["ỦY BAN NHÂN DÂN", "XÃ BÙ ĐĂNG", "Số: 22/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bù Đăng, ngày 20 tháng 3 năm 2026"], """KẾ HOẠCH
Phòng, chống tội phạm ma túy khu vực biên giới năm 2026
Căn cứ Quyết định số 08/2021/QĐ-UBND ngày 12/4/2021 của UBND tỉnh Bình Phước ban hành Quy chế phối hợp phòng, chống tội phạm ma túy khu vực biên giới;
Thực hiện Kế hoạch số 215/KH-CAT-PV01 ngày 10/3/2026 của Công an tỉnh;
UBND xã xây dựng Kế hoạch như sau:
1. Công an xã phối hợp Đồn Biên phòng tuần tra khu vực biên giới.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", minified=True, site="xã Bù Đăng"))

w("xa_budang_ubnd_kh95_2025.txt", state("ỦY BAN NHÂN DÂN", "XÃ BÙ ĐĂNG", "95/KH-UBND", "Bù Đăng, ngày 10 tháng 12 năm 2025", """KẾ HOẠCH
Tuần tra, kiểm soát khu vực biên giới dịp Tết Nguyên đán Bính Ngọ 2026

Căn cứ Quyết định số 08/2021/QĐ-UBND ngày 12/4/2021 của UBND tỉnh Bình Phước ban hành Quy chế phối hợp phòng, chống tội phạm ma túy khu vực biên giới;
UBND xã xây dựng Kế hoạch như sau:
1. Thời gian: từ ngày 15/01/2026 đến ngày 28/02/2026.
""" + SIGN_UB))

w("xa_longthanh_ctr06_2026.txt", party("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY XÃ LONG THÀNH", "06-CTr/ĐU", "Long Thành, ngày 20 tháng 6 năm 2026", """CHƯƠNG TRÌNH
công tác 6 tháng cuối năm 2026 của Ban Chấp hành Đảng bộ xã
-----
Thực hiện Chỉ thị số 03-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ xã xây dựng Chương trình công tác như sau:
TT\tNội dung\tĐơn vị thực hiện\tThời gian
I\tQuý III/2026 (gồm 03 nhiệm vụ)\t\t
1\tHội nghị Ban Chấp hành Đảng bộ xã thường kỳ quý III\tVăn phòng Đảng ủy\tTháng 7/2026
2\tKiểm tra công tác phòng cháy, chữa cháy tại Cảng hàng không quốc tế Long Thành\tCông an xã\tTháng 8/2026
II\tQuý IV/2026 (gồm 02 nhiệm vụ)\t\t
1\tHội nghị Ban Chấp hành Đảng bộ xã thường kỳ quý IV\tVăn phòng Đảng ủy\tTháng 10/2026
2\tHội nghị tổng kết công tác năm\tVăn phòng Đảng ủy\tTháng 12/2026
""" + SIGN_BCH))

print(len(os.listdir(OUT)), "files")
