#!/usr/bin/env python3
"""Red team round 22 (redteam29): the new Hưng Yên after the merger with Thái Bình (1/7/2025): former
Tỉnh ủy and UBND of Hưng Yên and Thái Bình, the new Tỉnh ủy khóa XX, wards and communes. Writes corpus/. Standard library only."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Hưng Yên"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Hưng Yên. Địa chỉ: đường Chùa Chuông, phường Phố Hiến</div></body></html>')
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
            '<div class="footer">Cổng thông tin điện tử tỉnh Hưng Yên - Điện thoại: 0221.3862.345</div>\n</body></html>')


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BCH = """\t\t\t\t\tT/M BAN CHẤP HÀNH
\t\t\t\t\tBÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""

# =============================================================== central (in the corpus)
w("tw_kl137_2025.txt", layout(f"""   BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐẢNG CỘNG SẢN VIỆT NAM
                 *
         Số 137-KL/TW                        Hà Nội, ngày 28 tháng 3 năm 2025

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ
về Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp
và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp
-----
Trên cơ sở Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư, xét Tờ trình của Đảng ủy Chính phủ, Bộ Chính trị, Ban Bí thư kết luận như sau:
1. Thống nhất chủ trương sáp nhập đơn vị hành chính cấp tỉnh, không tổ chức cấp huyện, tiếp tục sáp nhập đơn vị hành chính cấp xã.
2. Thực hiện sáp nhập tỉnh bảo đảm chặt chẽ, khoa học, phù hợp thực tiễn.
3. Đảng ủy Chính phủ lãnh đạo, chỉ đạo hoàn thiện Đề án, trình Trung ương.
\t\t\t\t\tT/M BỘ CHÍNH TRỊ
\t\t\t\t\tTHƯỜNG TRỰC BAN BÍ THƯ"""))

# =============================================================== former Thái Bình (khóa XX 2020-2025) and Hưng Yên (khóa XIX)
w("tb_tu_nq05_2021.txt", party("ĐẢNG BỘ TỈNH THÁI BÌNH", "TỈNH ỦY", "05-NQ/TU", "Thái Bình, ngày 12 tháng 4 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XX)
về phát triển công nghiệp tỉnh Thái Bình giai đoạn 2021 - 2025, định hướng đến năm 2030
-----
Hội nghị lần thứ ba Ban Chấp hành Đảng bộ tỉnh Thái Bình khóa XX quyết nghị:
1. Phát triển các khu, cụm công nghiệp gắn với Khu kinh tế Thái Bình.
2. Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết.
""" + SIGN_BCH))

w("hy_tu_nq05_2021.txt", layout(party_cols("TỈNH ỦY HƯNG YÊN", "", "05-NQ/TU", "Hưng Yên, ngày 20 tháng 5 năm 2021", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIX
về chuyển đổi số tỉnh Hưng Yên giai đoạn 2021 - 2025
-----
Ban Chấp hành Đảng bộ tỉnh Hưng Yên khóa XIX quyết nghị:
1. Đến năm 2025, 100% cơ quan nhà nước cấp tỉnh vận hành văn bản điện tử.
2. Phát triển hạ tầng số đồng bộ.
""" + SIGN_BCH)))

w("tb_ubnd_qd15_2019.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", "15/2019/QĐ-UBND", "Thái Bình, ngày 20 tháng 3 năm 2019", """QUYẾT ĐỊNH
Ban hành Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Thái Bình

ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Thái Bình.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2019.
""" + SIGN_UB))

w("hy_ubnd_qd15_2019.txt", state("ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "15/2019/QĐ-UBND", "Hưng Yên, ngày 05 tháng 4 năm 2019", """QUYẾT ĐỊNH
Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Hưng Yên

ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Hưng Yên.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 4 năm 2019.
""" + SIGN_UB))

w("tb_ubnd_qd22_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", "22/2020/QĐ-UBND", "Thái Bình, ngày 15 tháng 9 năm 2020", """QUYẾT ĐỊNH
Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Thái Bình

ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH
Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý, phát triển cụm công nghiệp;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Thái Bình.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2020.
""" + SIGN_UB))

w("tb_ubnd_qd18_2021.html", portal("Quyết định 18/2021/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", "Số: 18/2021/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thái Bình, ngày 10 tháng 6 năm 2021"], """QUYẾT ĐỊNH
Ban hành Quy định về bảo vệ môi trường làng nghề trên địa bàn tỉnh Thái Bình
ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH
Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về bảo vệ môi trường làng nghề trên địa bàn tỉnh Thái Bình.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 6 năm 2021.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", site="tỉnh Thái Bình"))

w("hy_ubnd_qd30_2021.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH HƯNG YÊN**", "Số: 30/2021/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Hưng Yên, ngày 15 tháng 10 năm 2021*"]) + """
**QUYẾT ĐỊNH**

**Ban hành Quy định về quản lý vật liệu nổ công nghiệp trên địa bàn tỉnh Hưng Yên**

**ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN**

*Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định về quản lý vật liệu nổ công nghiệp trên địa bàn tỉnh Hưng Yên.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2021.
""")

# =============================================================== new province: UBND tỉnh Hưng Yên (after 1/7/2025)
# 25/2025: the former Hưng Yên's 15/2019 `hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành`; the former
# Thái Bình's 22/2020 `tiếp tục được áp dụng` (a trap: not a repeal). `Số:  25 /2025/QĐ-UBND` spaced, layout.
w("ubnd_qd25_2025.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", " 25 /2025/QĐ-UBND", "Hưng Yên, ngày 20 tháng 8 năm 2025", """QUYẾT ĐỊNH
Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Hưng Yên

ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Theo đề nghị của Giám đốc Sở Công Thương.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Hưng Yên.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 9 năm 2025.
2. Quyết định số 15/2019/QĐ-UBND ngày 05/4/2019 của Ủy ban nhân dân tỉnh Hưng Yên ban hành Quy định quản lý cụm
công nghiệp trên địa bàn tỉnh Hưng Yên hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.
3. Quyết định số 22/2020/QĐ-UBND ngày 15/9/2020 của Ủy ban nhân dân tỉnh Thái Bình tiếp tục được áp dụng đối với các
cụm công nghiệp trên địa bàn tỉnh Thái Bình (cũ) cho đến khi có văn bản thay thế.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này.
""" + SIGN_UB)))

# 40/2025 (Markdown): bãi bỏ toàn bộ 22/2020 (in force 01/01/2026), bãi bỏ một phần 18/2021 with a negation,
# sửa đổi Điều 4 of the Quy định of 25/2025.
w("ubnd_qd40_2025.md", md_hdr(["**ỦY BAN NHÂN DÂN**", "**TỈNH HƯNG YÊN**", "Số: 40/2025/QĐ-UBND"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Hưng Yên, ngày 15 tháng 12 năm 2025*"]) + """
**QUYẾT ĐỊNH**

**Sửa đổi, bổ sung, bãi bỏ một số văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh Thái Bình (cũ) và tỉnh Hưng Yên**

**ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

**QUYẾT ĐỊNH:**

**Điều 1.** Sửa đổi, bổ sung Điều 4 của Quy định ban hành kèm theo Quyết định số 25/2025/QĐ-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh như sau: "Điều 4. Ban quản lý cụm công nghiệp cấp xã chịu trách nhiệm …".

**Điều 2.** Bãi bỏ toàn bộ Quyết định số 22/2020/QĐ-UBND ngày 15/9/2020 của Ủy ban nhân dân tỉnh Thái Bình ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Thái Bình.

**Điều 3.** Bãi bỏ khoản 3 Điều 5 của Quy định ban hành kèm theo Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của Ủy ban nhân dân tỉnh Thái Bình. Việc bãi bỏ tại Điều này không làm hết hiệu lực các nội dung khác của Quyết định số 18/2021/QĐ-UBND.

**Điều 4.** Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
""")

# 05/2026 (portal HTML, spans): replaces 30/2021 from 01/02/2026
w("ubnd_qd05_2026.html", html_spans("Quyết định số 05/2026/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "Số: 05/2026/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hưng Yên, ngày 20 tháng 01 năm 2026"], """QUYẾT ĐỊNH
Ban hành Quy định về quản lý vật liệu nổ công nghiệp trên địa bàn tỉnh Hưng Yên
ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý vật liệu nổ công nghiệp trên địa bàn tỉnh Hưng Yên.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2026 và thay thế Quyết định số 30/2021/QĐ-UBND ngày 15/10/2021 của UBND tỉnh Hưng Yên.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# 19/2026 (.docx, id cut across runs): replaces 30/2021 again (planted inverse)
docx("ubnd_qd19_2026.docx", [
    "QUYẾT ĐỊNH",
    "Ban hành Quy định về bảo đảm an toàn trong hoạt động vật liệu nổ công nghiệp trên địa bàn tỉnh Hưng Yên",
    "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về bảo đảm an toàn trong hoạt động vật liệu nổ công nghiệp trên địa bàn tỉnh Hưng Yên.",
    ["Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 6 năm 2026 và thay thế Quyết định số ", "30/2021", "/QĐ-", "UBND ngày 15/10/2021 của Ủy ban nhân dân tỉnh Hưng Yên."],
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    header_table=(["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "Số: 19/2026/QĐ-UBND"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hưng Yên, ngày 10 tháng 6 năm 2026"]))

# =============================================================== new Tỉnh ủy Hưng Yên (khóa XX, numbering from 1/7/2025)
w("tu_qc02_2025.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "TỈNH ỦY", "02-QC/TU", "Hưng Yên, ngày 20 tháng 8 năm 2025", """QUY CHẾ
LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX, NHIỆM KỲ 2025 - 2030
-----
Căn cứ Điều lệ Đảng; căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, Ban Chấp hành Đảng bộ tỉnh ban hành Quy chế làm việc như sau:
Điều 1. Phạm vi điều chỉnh.
Điều 25. Hiệu lực thi hành
Quy chế này có hiệu lực từ ngày ký, thay thế Quy chế làm việc số 01-QC/TU ngày 05/11/2020 của Ban Chấp hành Đảng bộ tỉnh Hưng Yên khóa XIX.
""" + SIGN_BCH))

w("tu_qd15_2025.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "TỈNH ỦY", "15-QĐ/TU", "Hưng Yên, ngày 10 tháng 12 năm 2025", """QUY ĐỊNH
về phân cấp quản lý cán bộ
-----
Căn cứ Quy chế làm việc số 02-QC/TU ngày 20/8/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX, Ban Thường vụ Tỉnh ủy quy định như sau:
Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng.
Điều 2. Ban Thường vụ Tỉnh ủy quyết định bổ nhiệm cán bộ diện Ban Thường vụ Tỉnh ủy quản lý.
""" + SIGN_TU))

# 05-NQ/TU (khóa XX): continues the old 05-NQ/TU of Hưng Yên and the Thái Bình 05-NQ/TU; obligations
w("tu_nq05_2026.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "TỈNH ỦY", "05-NQ/TU", "Hưng Yên, ngày 15 tháng 01 năm 2026", """NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX
về phát triển công nghiệp và chuyển đổi số giai đoạn 2026 - 2030
-----
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng khóa XIII và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hưng Yên lần thứ XX, nhiệm kỳ 2025 - 2030; tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh Hưng Yên khóa XIX và Nghị quyết số 05-NQ/TU ngày 12/4/2021 của Ban Chấp hành Đảng bộ tỉnh Thái Bình (khóa XX), Ban Chấp hành Đảng bộ tỉnh quyết nghị:
I. MỤC TIÊU
Đến năm 2030, công nghiệp chiếm trên 50% GRDP; 100% thủ tục hành chính được thực hiện trực tuyến toàn trình.
II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết.
2. Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành hướng dẫn tuyên truyền, quán triệt Nghị quyết trong toàn Đảng bộ.
3. Đảng ủy các xã, phường xây dựng kế hoạch thực hiện Nghị quyết phù hợp với địa phương.
4. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội tỉnh xây dựng chương trình, kế hoạch thực hiện.
5. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_BCH))

# 10-KH/TU: tab task table with Arabic quarter and `6 tháng đầu năm`
w("tu_kh10_2026.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "TỈNH ỦY", "10-KH/TU", "Hưng Yên, ngày 10 tháng 02 năm 2026", """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XX
-----
Thực hiện Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh về phát triển công nghiệp và chuyển đổi số giai đoạn 2026 - 2030, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các mục tiêu của Nghị quyết thành nhiệm vụ có thời hạn.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
1\tSửa đổi, bổ sung Quy chế làm việc số 02-QC/TU ngày 20/8/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX\tVăn phòng Tỉnh ủy\tBan Tổ chức Tỉnh ủy\tQuý 2/2026
2\tSơ kết 01 năm thực hiện Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh\tBan Tuyên giáo và Dân vận Tỉnh ủy\tCác ban đảng Tỉnh ủy\tTháng 12/2026
3\tXây dựng Đề án phát triển hệ thống cảng cạn và trung tâm logistics phía Nam tỉnh\tĐảng ủy UBND tỉnh\tSở Xây dựng\t6 tháng đầu năm 2026
4\tTổng kết 05 năm thực hiện Nghị quyết số 05-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh Hưng Yên (khóa XIX)\tBan Tuyên giáo và Dân vận Tỉnh ủy\tSở Khoa học và Công nghệ\tTrước 30/9/2026
5\tTuyên truyền, quán triệt Nghị quyết số 05-NQ/TU\tBan Tuyên giáo và Dân vận Tỉnh ủy\tCác cơ quan báo chí\tThường xuyên
6\tKiểm tra, giám sát việc thực hiện Nghị quyết\tỦy ban Kiểm tra Tỉnh ủy\tCác ban đảng\tHằng năm
III. TỔ CHỨC THỰC HIỆN
Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.
""" + SIGN_TU))

w("tu_kh12_2026.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "TỈNH ỦY", "12-KH/TU", "Hưng Yên, ngày 25 tháng 02 năm 2026", """KẾ HOẠCH
kiện toàn tổ chức bộ máy cấp xã sau sắp xếp
-----
Thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư và NQ số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:
1. Hoàn thiện tổ chức bộ máy các xã, phường trong Quý II/2026.
2. Đảng ủy các xã, phường báo cáo kết quả về Ban Tổ chức Tỉnh ủy.
""" + SIGN_TU))

# report tổng kết of the old 05-NQ/TU (fulfils row 4 of 10-KH/TU)
w("tu_bc85_2026.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "TỈNH ỦY", "85-BC/TU", "Hưng Yên, ngày 15 tháng 9 năm 2026", """BÁO CÁO
tổng kết 05 năm thực hiện Nghị quyết số 05-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh Hưng Yên (khóa XIX) về chuyển đổi số
-----
Thực hiện Kế hoạch số 10-KH/TU ngày 10/02/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo tổng kết 05 năm thực hiện Nghị quyết số 05-NQ/TU ngày 20/5/2021 như sau:
I. KẾT QUẢ
Các chỉ tiêu cơ bản hoàn thành.
II. PHƯƠNG HƯỚNG
Tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh khóa XX.
""" + SIGN_TU))

# Ban Tổ chức Tỉnh ủy: Markdown whose header came out as headings (planted: cites the replaced 01-QC/TU)
w("btctu_hd02_2026.md", md_headings(["# TỈNH ỦY HƯNG YÊN", "## BAN TỔ CHỨC", "", "**Số 02-HD/BTCTU**"],
      ["## ĐẢNG CỘNG SẢN VIỆT NAM", "*Hưng Yên, ngày 20 tháng 01 năm 2026*"]) + """### HƯỚNG DẪN

### thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX

Căn cứ Quy chế làm việc số 01-QC/TU ngày 05/11/2020 của Ban Chấp hành Đảng bộ tỉnh (khóa XIX) và Quy chế làm việc số 02-QC/TU ngày 20/8/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX, Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện như sau:

1. Các cấp ủy trực thuộc xây dựng quy chế làm việc theo mẫu.
2. Thời gian hoàn thành: trước ngày 31/3/2026.

**K/T TRƯỞNG BAN**
**PHÓ TRƯỞNG BAN**
""")

# Đảng ủy UBND tỉnh: 06-KH/ĐU (a second 06-KH/ĐU exists at xã Tiên Lữ: a trap); planted metadata (Quyết định vs Quy định)
w("dubnd_kh06_2026.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "06-KH/ĐU", "Hưng Yên, ngày 02 tháng 3 năm 2026", """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh
-----
Thực hiện Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh khóa XX; căn cứ Quyết định số 15-QĐ/TU ngày 10/12/2025 của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ, Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Nghị quyết.
2. Các chi bộ trực thuộc quán triệt Nghị quyết.
""" + SIGN_TU))

# Đảng ủy UBND tỉnh: programme of work (.docx table with group rows; planted count-mismatch in `Tháng 10/2026 (03 nhiệm vụ)`)
docx("dubnd_ctr11_2026.docx", [
    "CHƯƠNG TRÌNH",
    "công tác 6 tháng cuối năm 2026 của Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh",
    "Căn cứ Quy chế làm việc của Đảng ủy Ủy ban nhân dân tỉnh, Ban Thường vụ Đảng ủy xây dựng Chương trình công tác như sau:"],
    rows=[["TT", "Nội dung", "Cơ quan chuẩn bị", "Thời gian"],
          ["", "Tháng 10/2026 (03 nhiệm vụ)", "", ""],
          ["1", "Cho ý kiến dự thảo báo cáo kinh tế - xã hội 9 tháng", "Văn phòng Đảng ủy", "Tháng 10/2026"],
          ["2", "Kiểm điểm công tác cán bộ quý III", "Ban Tổ chức Đảng ủy", "Tháng 10/2026"],
          ["3", "Cho ý kiến kế hoạch đầu tư công năm 2027", "Văn phòng Đảng ủy", "Tháng 10/2026"],
          ["4", "Sơ kết công tác kiểm tra, giám sát 9 tháng", "Ủy ban Kiểm tra Đảng ủy", "Tháng 10/2026"],
          ["", "Tháng 11/2026 (02 nhiệm vụ)", "", ""],
          ["5", "Cho ý kiến dự toán ngân sách năm 2027", "Văn phòng Đảng ủy", "Tháng 11/2026"],
          ["6", "Chuẩn bị tổng kết công tác năm 2026", "Văn phòng Đảng ủy", "Tháng 11/2026"]],
    header_table=(["ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "*", "Số 11-CTr/ĐU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Yên, ngày 05 tháng 7 năm 2026"]))

# UBND tỉnh: 45/KH-UBND (portal HTML with `Số :   45 /KH-UBND`); planted overdue (prose replacement of 18/2021 by 30/9/2026)
w("ubnd_kh45_2026.html", portal("Kế hoạch 45/KH-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "Số :   45 /KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hưng Yên, ngày 25 tháng 02 năm 2026"], """KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh
Thực hiện Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh khóa XX và Kế hoạch số 10-KH/TU ngày 10/02/2026 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. NHIỆM VỤ
1. Rà soát quy hoạch các cụm công nghiệp theo Quyết định số 25/2025/QĐ-UBND ngày 20/8/2025 của UBND tỉnh.
2. Giao Sở Tư pháp chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định thay thế Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của Ủy ban nhân dân tỉnh Thái Bình về bảo vệ môi trường làng nghề, hoàn thành trước ngày 30 tháng 9 năm 2026.
II. TỔ CHỨC THỰC HIỆN
Các sở, ngành, UBND các xã, phường căn cứ Kế hoạch này tổ chức thực hiện.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# UBND tỉnh: report of a review of legal texts (traps: a draft, a future replacement, a passive `đã hết hiệu lực`)
w("ubnd_bc210_2026.html", portal("Báo cáo 210/BC-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "Số: 210/BC-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hưng Yên, ngày 20 tháng 10 năm 2026"], """BÁO CÁO
Kết quả rà soát văn bản quy phạm pháp luật sau sắp xếp đơn vị hành chính
1. Quyết định số 15/2019/QĐ-UBND ngày 05/4/2019 của UBND tỉnh Hưng Yên đã hết hiệu lực từ ngày 01/9/2025.
2. Dự thảo Quyết định thay thế Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh Thái Bình đã được Sở Tư pháp thẩm định, đang lấy ý kiến các sở, ngành.
3. Ủy ban nhân dân tỉnh sẽ ban hành Quyết định thay thế Quyết định số 18/2021/QĐ-UBND trong Quý IV năm 2026.
4. Quyết định số 15/2019/QĐ-UBND ngày 20/3/2019 của UBND tỉnh Thái Bình về quản lý chất thải rắn sinh hoạt vẫn còn hiệu lực, chưa có văn bản thay thế.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# =============================================================== Sở
# Sở Công Thương: `QĐ số 15/2019/QĐ-UBND` of Hưng Yên (replaced from 01/9/2025): planted superseded; phone/fax lines
w("sct_kh20_2026.txt", state("UBND TỈNH HƯNG YÊN", "SỞ CÔNG THƯƠNG", "20/KH-SCT", "Hưng Yên, ngày 10 tháng 3 năm 2026", """KẾ HOẠCH
Phát triển cụm công nghiệp năm 2026

Căn cứ QĐ số 15/2019/QĐ-UBND ngày 05/4/2019 của UBND tỉnh Hưng Yên ban hành Quy định quản lý cụm công nghiệp;
Căn cứ Kế hoạch số 45/KH-UBND ngày 25/02/2026 của UBND tỉnh;
Sở Công Thương xây dựng Kế hoạch như sau:
1. Hoàn thành hạ tầng 05 cụm công nghiệp.
2. Đầu mối liên hệ: Phòng Quản lý công nghiệp, Điện thoại: 0221.3862.345 - Fax: 0221.3862.346.
\t\t\t\t\tGIÁM ĐỐC"""))

# Sở Nội vụ (Markdown): guidance; `Điều 5 Nghị định số 150/2025/NĐ-CP`; the Thái Bình 15/2019 still in force (trap)
w("snv_hd03_2026.md", md_hdr(["UBND TỈNH HƯNG YÊN", "**SỞ NỘI VỤ**", "Số: 03/HD-SNV"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Hưng Yên, ngày 25 tháng 3 năm 2026*"]) + """
**HƯỚNG DẪN**

**Tổ chức các phòng chuyên môn thuộc UBND cấp xã**

Căn cứ Điều 5 Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh; căn cứ khoản 2 Điều 5 Luật Tổ chức chính quyền địa phương số 72/2025/QH15; căn cứ Quyết định số 15/2019/QĐ-UBND ngày 20/3/2019 của UBND tỉnh Thái Bình về quản lý chất thải rắn sinh hoạt, Sở Nội vụ hướng dẫn như sau:

1. UBND các xã, phường bố trí công chức phụ trách môi trường.
2. Báo cáo kết quả về Sở Nội vụ trước ngày 30/4/2026.

**GIÁM ĐỐC**
""")

# =============================================================== communes and wards (after 1/7/2025)
# Đảng ủy xã Tiên Lữ: 06-KH/ĐU (same number as Đảng ủy UBND tỉnh); planted metadata: date of 10-KH/TU in words
w("xa_tienlu_kh06_2026.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY XÃ TIÊN LỮ", "06-KH/ĐU", "Tiên Lữ, ngày 20 tháng 02 năm 2026", """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh
-----
Căn cứ Nghị quyết số 1665/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Hưng Yên năm 2025; thực hiện Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 10-KH/TU ngày 01 tháng 02 năm 2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:
1. Quán triệt Nghị quyết đến 100% chi bộ.
2. Phát triển cụm công nghiệp Tiên Lữ.
""" + SIGN_TU))

# UBND xã Kiến Xương: 20/12/2025 cites 22/2020 (repeal signed 15/12 in force 01/01/2026): trap
w("xa_kienxuong_kh02_2025.txt", state("ỦY BAN NHÂN DÂN", "XÃ KIẾN XƯƠNG", "02/KH-UBND", "Kiến Xương, ngày 20 tháng 12 năm 2025", """KẾ HOẠCH
Quản lý cụm công nghiệp trên địa bàn xã năm 2026

Căn cứ Quyết định số 22/2020/QĐ-UBND ngày 15/9/2020 của UBND tỉnh Thái Bình ban hành Quy định quản lý cụm công nghiệp;
Ủy ban nhân dân xã Kiến Xương ban hành Kế hoạch như sau:
1. Rà soát hiện trạng cụm công nghiệp Thanh Tân.
""" + SIGN_UB))

# UBND xã Kiến Xương, an OCR'd scan: planted superseded 22/2020 (`Quyết đinh`, `l5/9/2020`, broken lines)
w("xa_kienxuong_kh15_2026_ocr.txt", """ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KIẾN XƯƠNG                Độc lập - Tự do - Hạnh phúc
Số: l5/KH-UBND            Kiến Xương, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra hoạt động các cụm công nghiệp năm 2026

Căn cứ Quyết đinh số 22/2020/QĐ-UBND ngày l5/9/2020 của UBND tỉnh Thái
Bình ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Thái Bình;
Căn cứ Kế hoạch số 45/KH-UBND ngày 25/02/2026 của UBND tỉnh Hưng Yên;
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
l. Kiểm tra 02 cụm công nghiệp trong Quý II/2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
""")

# Đảng ủy xã Hưng Hà (minified portal HTML): `NQ số 05-NQ/TU ngày 15 tháng 01 năm 2026`; a quoted title naming 22/2020 (trap)
w("xa_hungha_kh05_2026.html", portal("Kế hoạch 05-KH/ĐU", ["ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY XÃ HƯNG HÀ", "*", "Số 05-KH/ĐU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Hà, ngày 05 tháng 5 năm 2026"], """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh
Thực hiện NQ số 05-NQ/TU ngày 15 tháng 01 năm 2026 của BCH Đảng bộ tỉnh (khóa XX) về phát triển công nghiệp và chuyển đổi số, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:
1. Phát động phong trào thi đua "Doanh nghiệp thực hiện tốt Quyết định số 22/2020/QĐ-UBND về quản lý cụm công nghiệp" đã tổng kết năm 2024 thành phong trào "Doanh nghiệp xanh" giai đoạn 2026 - 2030.
2. Hoàn thành số hóa hồ sơ hành chính của xã trong năm 2026.
T/M BAN THƯỜNG VỤ
BÍ THƯ""", minified=True))

# Đảng ủy phường Phố Hiến: the planted 3-cycle (20/3/2026, same day)
docx("ph_phohien_ctr12_2026.docx", [
    "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "phát triển kinh tế đêm khu phố cổ Phố Hiến",
    ["Cụ thể hóa Kết luận số ", "08-KL/", "ĐU ngày 20/3/2026 của Ban Thường vụ Đảng ủy phường về phát triển kinh tế đêm, Ban Thường vụ Đảng ủy phường ban hành Chương trình hành động như sau:"],
    "1. Hình thành tuyến phố đi bộ Phố Hiến.",
    "T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    header_table=(["ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY PHƯỜNG PHỐ HIẾN", "*", "Số 12-CTr/ĐU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phố Hiến, ngày 20 tháng 3 năm 2026"]))

w("ph_phohien_kl08_2026.html", html_spans("Kết luận 08-KL/ĐU", ["ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY PHƯỜNG PHỐ HIẾN", "*", "Số 08-KL/ĐU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phố Hiến, ngày 20 tháng 3 năm 2026"], """KẾT LUẬN
CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG
về phát triển kinh tế đêm
Trên cơ sở Đề án số 03-ĐA/đu ngày 20/3/2026 của Ban Thường vụ Đảng ủy phường, Ban Thường vụ Đảng ủy phường kết luận như sau:
1. Tập trung phát triển kinh tế đêm tại khu phố cổ.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

w("ph_phohien_da03_2026.md", md_headings(["**ĐẢNG BỘ TỈNH HƯNG YÊN**", "**ĐẢNG ỦY PHƯỜNG PHỐ HIẾN**", "\\*", "Số 03-ĐA/ĐU"],
      ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Phố Hiến, ngày 20 tháng 3 năm 2026*"]) + """## ĐỀ ÁN

## phát triển kinh tế đêm khu phố cổ giai đoạn 2026 - 2030

Triển khai thực hiện CTr số 12-CTr/ĐU ngày 20/3/2026 của Ban Thường vụ Đảng ủy phường, Ban Thường vụ Đảng ủy phường xây dựng Đề án như sau:

1. Xây dựng 02 tuyến phố đi bộ.

**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**
""")

# Đảng ủy phường Phố Hiến: 07-KH/ĐU twice (planted duplicate)
w("ph_phohien_kh07_2026.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY PHƯỜNG PHỐ HIẾN", "07-KH/ĐU", "Phố Hiến, ngày 10 tháng 3 năm 2026", """KẾ HOẠCH
thực hiện Kế hoạch số 10-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 10-
KH/TU ngày 10/02/2026 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 05-NQ/TU, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Quán triệt Nghị quyết trong toàn Đảng bộ phường.
""" + SIGN_TU))

w("ph_phohien_kh07b_2026_scan.txt", """ĐẢNG BỘ TỈNH HƯNG YÊN        ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG PHỐ HIẾN
*
Số O7-KH/ĐU                  Phố Hiến, ngày 22 tháng 6 năm 2026

KẾ HOẠCH
tổ chức các hoạt động kỷ niệm ngày thành lập Đảng bộ phường
Căn cứ Kế hoạch số 12-KH/TU ngày 25/02/2026 cùa Ban Thường vụ Tỉnh ủy,
Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Tổ chức gặp mặt đảng viên 50 năm tuổi Đảng.
T/M BAN THƯỜNG VỤ
BÍ THƯ
""")

# Đảng ủy phường Trần Hưng Đạo (layout): planted temporal (18/02/2026 cites 12-KH/TU of 25/02/2026)
w("ph_tranhungdao_kh04_2026.txt", layout(party_cols("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY PHƯỜNG TRẦN HƯNG ĐẠO", "04 - KH/ĐU", "Trần Hưng Đạo, ngày 18 tháng 02 năm 2026", """KẾ HOẠCH
kiện toàn tổ chức bộ máy phường sau sắp xếp
-----
Thực hiện Kế hoạch số 12-KH/TU ngày 25/02/2026 của Ban Thường vụ Tỉnh ủy về kiện toàn tổ chức bộ máy cấp xã sau sắp xếp và Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Đảng ủy phường ban hành Kế hoạch như sau:
1. Hoàn thiện vị trí việc làm của cán bộ, công chức phường.
""" + SIGN_TU)))

# Đảng ủy phường Thái Bình: programme of work, `Quý IV/2026 (gồm 04 nội dung)` over 3 items (planted)
w("ph_thaibinh_ctr09_2026.txt", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY PHƯỜNG THÁI BÌNH", "09-CTr/ĐU", "Thái Bình, ngày 01 tháng 7 năm 2026", """CHƯƠNG TRÌNH
công tác 6 tháng cuối năm 2026 của Ban Thường vụ Đảng ủy phường
-----
I. NỘI DUNG
Quý III/2026 (gồm 03 nội dung)
1. Sơ kết công tác 6 tháng đầu năm.
2. Kiểm tra chi bộ khu phố 3.
3. Cho ý kiến về quy hoạch chợ Bo.
Quý IV/2026 (gồm 04 nội dung)
4. Tổng kết công tác năm 2026.
5. Kiểm điểm tập thể, cá nhân năm 2026.
6. Xây dựng chương trình công tác năm 2027.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Đảng ủy phường theo dõi, đôn đốc.
""" + SIGN_TU))

# =============================================================== mass organisations
# Ủy ban MTTQ tỉnh: planted ambiguous (undated `NQ số 05-NQ/TU của BCH Đảng bộ tỉnh`)
w("mttq_ctr08_2026.txt", state("ỦY BAN MTTQ VIỆT NAM", "TỈNH HƯNG YÊN", "08/CTr-MTTQ-BTT", "Hưng Yên, ngày 15 tháng 9 năm 2026", """CHƯƠNG TRÌNH
Giám sát việc thực hiện chính sách phát triển công nghiệp năm 2026 - 2027

Thực hiện NQ số 05-NQ/TU của BCH Đảng bộ tỉnh về phát triển công nghiệp và chuyển đổi số, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng Chương trình như sau:
1. Giám sát việc giải phóng mặt bằng các cụm công nghiệp.
\t\t\t\t\tTM. BAN THƯỜNG TRỰC
\t\t\t\t\tCHỦ TỊCH"""))

# Tỉnh đoàn: a dated Thái Bình 05-NQ/TU, a list sharing one issuer, another province's 10-KH/TU (trap)
w("tinhdoan_kh30_2026.txt", party("BCH ĐOÀN TỈNH HƯNG YÊN", "", "30-KH/TĐTN-BTG", "Hưng Yên, ngày 20 tháng 01 năm 2026", """KẾ HOẠCH
tuổi trẻ Hưng Yên tham gia phát triển công nghiệp và chuyển đổi số
-----
Thực hiện Nghị quyết số 05-NQ/TU ngày 15-01-2026 của Ban Chấp hành Đảng bộ tỉnh khóa XX; tiếp nối kết quả thực hiện Nghị quyết số 05-NQ/TU ngày 12/4/2021 của Ban Chấp hành Đảng bộ tỉnh Thái Bình (khóa XX) và Nghị quyết số 05-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh Hưng Yên khóa XIX; học tập kinh nghiệm của Tỉnh ủy Nam Định tại Kế hoạch số 10-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy Nam Định về chuyển đổi số, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch như sau:
1. Thành lập 100 đội hình thanh niên tình nguyện chuyển đổi số.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ"""))

# Hội Nông dân tỉnh (Markdown): lower-case id, a list sharing one issuer, 18/2021 partly repealed, 25/2025 amended
w("hnd_kh25_2026.md", md_hdr(["HỘI NÔNG DÂN VIỆT NAM", "**BCH HỘI NÔNG DÂN TỈNH HƯNG YÊN**", "Số 25-KH/HNDT"],
      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "*Hưng Yên, ngày 10 tháng 11 năm 2026*"]) + """
**KẾ HOẠCH**

**Hội Nông dân tham gia bảo vệ môi trường làng nghề năm 2027**

Thực hiện kế hoạch số 10-kh/tu ngày 10/02/2026, số 12-KH/TU ngày 25/02/2026 của Ban Thường vụ Tỉnh ủy; căn cứ Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh Thái Bình về bảo vệ môi trường làng nghề (đã được sửa đổi tại Quyết định số 40/2025/QĐ-UBND ngày 15/12/2025 của UBND tỉnh) và Quyết định số 25/2025/QĐ-UBND ngày 20/8/2025 của UBND tỉnh, Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch như sau:

1. Vận động hội viên ở 20 làng nghề thu gom chất thải đúng quy định.

**TM. BAN THƯỜNG VỤ**
**CHỦ TỊCH**
""")

print(len(os.listdir(OUT)), "files")
