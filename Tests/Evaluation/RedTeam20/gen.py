#!/usr/bin/env python3
"""Red team round 20 (redteam27): Hải Phòng after the merger with Hải Dương (1/7/2025). Writes corpus/.
Standard library only."""
import os, zipfile, html
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))


def w(name, text):
    open(os.path.join(OUT, name), "w", encoding="utf-8").write(text.strip("\n") + "\n")


# ---------------------------------------------------------------- header shapes
def party(org, sub, num, place, title, body=""):
    """Plain text, motto indented by tabs, `*` under the issuer."""
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


def state(org1, org2, num, place, title, body, split_number=False):
    """State header: issuer, `Số:` (optionally the number broken over two lines), motto, place."""
    numline = f"Số: {num}" if not split_number else "Số: " + num.split("/QĐ")[0] + "/\nQĐ" + num.split("/QĐ")[1]
    return f"""{org1}
{org2}
-------
{numline}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}

{title}
{body}"""


def layout(text, footer=True):
    """pdftotext -layout look: indented, tabs widened, a page number and a form feed after the header and title."""
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
    """A .docx made with zipfile. A paragraph is a str, or a list of runs (Word cuts ids across runs);
    `\n` inside a run is <w:br/>. header_table: two columns of paragraphs (borderless header table)."""
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


def portal(title, head_left, head_right, text, minified=False):
    """Portal page: the header as a two-cell table with <br>, then one <p> a line."""
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử thành phố Hải Phòng</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND thành phố Hải Phòng. Địa chỉ: 18 Hoàng Diệu, phường Hồng Bàng</div></body></html>')
    if minified:
        return h
    return (h.replace("<p>", "\n  <p>").replace("<div", "\n<div").replace("<table", "\n<table").replace("<tr>", "\n  <tr>")
             .replace("</table>", "\n</table>").replace("</body>", "\n</body>"))


def md_hdr(left, right):
    """Markdown header as a one-row table (cells joined by <br>)."""
    return "| " + "<br>".join(left) + " | " + "<br>".join(right) + " |\n|---|---|\n"


def space_table(head, rows, widths, per_page=4, running="", start_page=1):
    """pdftotext -layout task table: space-aligned columns, cells wrapped over several lines (continuation lines have
    an empty TT column), a header of two lines repeated on every page, a running header and a page number."""
    import textwrap

    def fmt(cells):
        cols = [textwrap.wrap(c, w - 2) or [""] for c, w in zip(cells, widths)]
        n = max(len(c) for c in cols)
        out = []
        for i in range(n):
            out.append("".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, widths)).rstrip())
        return out
    lines, page = [], start_page
    for k in range(0, len(rows), per_page):
        if k:
            lines += ["", " " * 60 + str(page), "\f" + running, ""]
            page += 1
        for h in head:
            lines.append("".join(x.ljust(w) for x, w in zip(h, widths)).rstrip())
        for r in rows[k:k + per_page]:
            lines += fmt(r)
    return "\n".join(lines)


# =============================================================== before 1/7/2025
# ---- Hải Dương (cũ): Tỉnh ủy khóa XVII (2020 - 2025), pdftotext -layout
w("hd_tu_nq05_2021.txt", layout(party_cols("TỈNH ỦY HẢI DƯƠNG", "", "05-NQ/TU", "Hải Dương, ngày 10 tháng 6 năm 2021", """                          NGHỊ QUYẾT
             của Ban Chấp hành Đảng bộ tỉnh khóa XVII
    về phát triển du lịch tỉnh Hải Dương giai đoạn 2021 - 2025, định hướng đến năm 2030
                              -----
    I. MỤC TIÊU
    Đến năm 2025, đón 3 triệu lượt khách; Côn Sơn - Kiếp Bạc là điểm đến quốc gia.
    II. TỔ CHỨC THỰC HIỆN
    1. Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Nghị quyết.
    2. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh xây dựng kế hoạch thực hiện Nghị quyết.
                                                   T/M TỈNH ỦY
                                                       BÍ THƯ""")))

w("hd_ubnd_kh2100_2021.html", portal("Kế hoạch 2100/KH-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "Số: 2100/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hải Dương, ngày 02 tháng 8 năm 2021"], """KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TU ngày 10/6/2021 của Tỉnh ủy về phát triển du lịch
Thực hiện Nghị quyết số 05-NQ/TU ngày 10 tháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII về phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
1. Đầu tư hạ tầng khu di tích Côn Sơn - Kiếp Bạc.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# ---- Thành ủy Chí Linh (abolished 1/7/2025): issuer in small letters, number colliding with the new city's 14-KH/TU
w("cl_kh14_2021.txt", """đảng bộ tỉnh hải dương
thành ủy chí linh
*
Số 14-KH/TU
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\tChí Linh, ngày 25 tháng 6 năm 2021

KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/TU ngày 10-6-2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVII về phát triển du lịch
-----
Thực hiện Nghị quyết số 05-NQ/TU, ngày 10/6/2021 của Tỉnh ủy Hải Dương về phát triển du lịch giai đoạn 2021 - 2025, Ban Thường vụ Thành ủy Chí Linh xây dựng Kế hoạch như sau:
1. Phát triển du lịch tâm linh Côn Sơn - Kiếp Bạc, Phượng Hoàng.
2. Tổ chức Lễ hội mùa xuân Côn Sơn - Kiếp Bạc.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ""")

# ---- Thành ủy Hải Phòng khóa XVI (2020 - 2025)
w("hp_tu_nq05_2021.txt", party("THÀNH ỦY HẢI PHÒNG", "", "05-NQ/TU", "Hải Phòng, ngày 20 tháng 8 năm 2021", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ thành phố khóa XVI
về phát triển cảng biển và dịch vụ logistics thành phố Hải Phòng đến năm 2025, định hướng đến năm 2030
-----
I. MỤC TIÊU
Sản lượng hàng hóa thông qua cảng đạt 240 triệu tấn vào năm 2025.
II. TỔ CHỨC THỰC HIỆN
Ban Thường vụ Thành ủy chỉ đạo triển khai thực hiện Nghị quyết.
T/M THÀNH ỦY
BÍ THƯ"""))

# ---- Huyện ủy Thủy Nguyên (abolished): plan, programme and resolution of one day resting on one another (planted cycle)
w("tn_kh45_2024.md", md_hdr(["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "HUYỆN ỦY THỦY NGUYÊN", "\\*", "Số 45-KH/HU"],
                            ["ĐẢNG CỘNG SẢN VIỆT NAM", "*Thủy Nguyên, ngày 12 tháng 3 năm 2024*"]) + """
## KẾ HOẠCH
**xây dựng huyện Thủy Nguyên trở thành thành phố trực thuộc thành phố Hải Phòng**

Thực hiện Chương trình số 08-CTr/HU ngày 12/3/2024 của Huyện ủy về phát triển đô thị Thủy Nguyên, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

- Hoàn thiện hồ sơ đề nghị thành lập thành phố Thủy Nguyên.
- Chỉnh trang đô thị trung tâm Núi Đèo.

**T/M BAN THƯỜNG VỤ**<br>
BÍ THƯ
""")

docx("tn_ctr08_2024.docx", [
    "CHƯƠNG TRÌNH", "phát triển đô thị Thủy Nguyên giai đoạn 2024 - 2025",
    ["Căn cứ Nghị quyết số ", "10-NQ/", "HU ngày 12/3/2024", " của Ban Chấp hành Đảng bộ huyện về xây dựng Thủy Nguyên thành đô thị loại II, Huyện ủy ban hành Chương trình như sau:"],
    "1. Phát triển khu đô thị Bắc sông Cấm.", "2. Xây dựng cầu Nguyễn Trãi.", "T/M HUYỆN ỦY", "BÍ THƯ"],
    header_table=(["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "HUYỆN ỦY THỦY NGUYÊN", "*", "Số 08-CTr/HU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", ["Thủy Nguyên, ngày ", "12", " tháng ", "3", " năm 2024"]]))

w("tn_nq10_2024.html", portal("Nghị quyết 10-NQ/HU", ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "HUYỆN ỦY THỦY NGUYÊN", "*", "Số 10-NQ/HU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thủy Nguyên, ngày 12 tháng 3 năm 2024"], """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ huyện về xây dựng Thủy Nguyên thành đô thị loại II
Căn cứ Kế hoạch số 45-KH/HU ngày 12/3/2024 của Ban Thường vụ Huyện ủy về xây dựng huyện Thủy Nguyên trở thành thành phố, Ban Chấp hành Đảng bộ huyện quyết nghị:
1. Tập trung nguồn lực đầu tư hạ tầng đô thị.
T/M HUYỆN ỦY
BÍ THƯ"""))

# ---- old state texts
w("hd_ubnd_qd20_2019.txt", state("ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "20/2019/QĐ-UBND", "Hải Dương, ngày 14 tháng 5 năm 2019", "QUYẾT ĐỊNH\nBan hành Quy định quản lý trật tự xây dựng trên địa bàn tỉnh Hải Dương", """ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2019.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("hp_ubnd_qd31_2020.txt", state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "31/2020/QĐ-UBND", "Hải Phòng, ngày 02 tháng 11 năm 2020", "QUYẾT ĐỊNH\nBan hành Quy định quản lý trật tự xây dựng trên địa bàn thành phố Hải Phòng", """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 11 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("hd_ubnd_qd15_2021.txt", state("UỶ BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "15/2021/QĐ-UBND", "Hải Dương, ngày 21 tháng 7 năm 2021", "QUYẾT ĐỊNH\nQuy định quản lý hoạt động khai thác cát trên các sông thuộc địa bàn tỉnh Hải Dương", """UỶ BAN NHÂN DÂN TỈNH HẢI DƯƠNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động khai thác cát trên sông Thái Bình, sông Kinh Thầy.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2021.
TM. UỶ BAN NHÂN DÂN
CHỦ TỊCH""", split_number=True))

w("hd_ubnd_qd08_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "08/2020/QĐ-UBND", "Hải Dương, ngày 06 tháng 3 năm 2020", "QUYẾT ĐỊNH\nBan hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Hải Dương", """ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("hd_ubnd_qd22_2021.txt", state("ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "22/2021/QĐ-UBND", "Hải Dương, ngày 05 tháng 8 năm 2021", "QUYẾT ĐỊNH\nBan hành Quy chế quản lý và tổ chức lễ hội trên địa bàn tỉnh Hải Dương", """ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý và tổ chức lễ hội.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 8 năm 2021.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("hp_ubnd_qd12_2022.txt", state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "12/2022/QĐ-UBND", "Hải Phòng, ngày 08 tháng 4 năm 2022", "QUYẾT ĐỊNH\nBan hành Quy định về cấp giấy phép xây dựng trên địa bàn thành phố Hải Phòng", """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về cấp giấy phép xây dựng.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 4 năm 2022.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("hd_hdnd_nq05_2021.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH HẢI DƯƠNG", "05/2021/NQ-HĐND", "Hải Dương, ngày 14 tháng 7 năm 2021", "NGHỊ QUYẾT\nQuy định mức hỗ trợ phát triển sản xuất nông nghiệp tỉnh Hải Dương giai đoạn 2021 - 2025", """HỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG
KHÓA XVII, KỲ HỌP THỨ 2
QUYẾT NGHỊ:
Điều 1. Quy định mức hỗ trợ phát triển sản xuất nông nghiệp.
Điều 2. Nghị quyết này có hiệu lực từ ngày 25 tháng 7 năm 2021.
CHỦ TỊCH"""))

# =============================================================== the new Hải Phòng (Đảng bộ thành phố khóa XVII, 2025 - 2030)
w("tu_qd04_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "04-QĐ/TU", "Hải Phòng, ngày 30 tháng 10 năm 2025", """QUY ĐỊNH
về tiêu chuẩn chức danh cán bộ thuộc diện Ban Thường vụ Thành ủy quản lý
-----
Căn cứ Điều lệ Đảng;
Điều 1. Phạm vi điều chỉnh.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

w("tu_qd06_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "06-QĐ/TU", "Hải Phòng, ngày 10 tháng 11 năm 2025", """QUY ĐỊNH
về kiểm soát quyền lực trong công tác cán bộ
-----
Điều 1. Phạm vi điều chỉnh.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

docx("tu_qd11_2026.docx", [
    "QUY ĐỊNH", "về tiêu chuẩn chức danh cán bộ thuộc diện Ban Thường vụ Thành ủy quản lý",
    "Chương I. QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh.",
    "Chương IV. ĐIỀU KHOẢN THI HÀNH",
    ["Điều 18. Quy định này có hiệu lực từ ngày ký và thay thế Quy định số ", "04-QĐ/TU", ", ngày 30-10-2025", " của Ban Thường vụ Thành ủy về tiêu chuẩn chức danh cán bộ."],
    "T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    header_table=(["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "*", ["Số ", "11", "-QĐ/TU"]],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", ["Hải Phòng, ngày ", "05", " tháng ", "3", " năm 2026"]]))

w("tu_nq02_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "02-NQ/TU", "Hải Phòng, ngày 05 tháng 11 năm 2025", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ thành phố khóa XVII
về phát triển kinh tế biển gắn với cảng biển, logistics thành phố Hải Phòng đến năm 2030
-----
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 khóa XIII; Kết luận số 142-KL/TW ngày 28/3/2025 của Bộ Chính trị; trên cơ sở Nghị quyết số 1669/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của thành phố Hải Phòng,
I. MỤC TIÊU
Đến năm 2030, sản lượng hàng hóa qua cảng đạt 300 triệu tấn.
II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy UBND thành phố lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.
2. UBND thành phố xây dựng kế hoạch thực hiện Nghị quyết, phân công cụ thể cho các sở, ngành.
3. Các đảng ủy xã, phường, đặc khu xây dựng kế hoạch thực hiện Nghị quyết sát với thực tiễn địa phương.
4. Thành đoàn xây dựng chương trình hành động thực hiện Nghị quyết.
5. Hội Liên hiệp Phụ nữ thành phố xây dựng kế hoạch thực hiện Nghị quyết trong hội viên, phụ nữ.
6. Ban Tuyên giáo và Dân vận Thành ủy chủ trì tuyên truyền sâu rộng Nghị quyết.
T/M THÀNH ỦY
BÍ THƯ"""))

# the Đảng ủy UBND thành phố's plan: .docx, header table, id and date cut across runs
docx("dguubnd_kh08_2025.docx", [
    "KẾ HOẠCH", "thực hiện Nghị quyết số 02-NQ/TU của Thành ủy về phát triển kinh tế biển",
    ["Thực hiện Nghị quyết số ", "02-NQ/", "TU, ngày 05.11.2025", " của Ban Chấp hành Đảng bộ thành phố khóa XVII về phát triển kinh tế biển gắn với cảng biển, logistics, Ban Thường vụ Đảng ủy UBND thành phố xây dựng Kế hoạch thực hiện như sau:"],
    "1. Lãnh đạo hoàn thiện quy hoạch cảng Nam Đồ Sơn.", "2. Lãnh đạo phát triển trung tâm logistics Kim Thành.",
    "T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    header_table=(["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY UBND THÀNH PHỐ", "*", "Số 08-KH/ĐU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", ["Hải Phòng, ngày ", "24", " tháng ", "11", " năm 2025"]]))

w("ubnd_kh215_2025.md", """ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG

Số: 215/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

*Hải Phòng, ngày 01 tháng 12 năm 2025*

# KẾ HOẠCH
## Thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Thành ủy

Thực hiện Nghị quyết số 02-NQ/TU ngày 5/11/2025 của Ban Chấp hành Đảng bộ thành phố về phát triển kinh tế biển gắn với cảng biển, logistics thành phố Hải Phòng đến năm 2030; căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:

| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Lập Đề án phát triển Khu kinh tế ven biển phía Nam | Sở Tài chính | Năm 2027 |
| 2 | Sơ kết 01 năm thực hiện Kế hoạch này | Sở Tài chính | tháng 12/2026 |
| 3 | Tuyên truyền Nghị quyết trên Báo và Phát thanh, Truyền hình Hải Phòng | Sở Văn hóa và Thể thao | Thường xuyên |

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
""")

# a ward's plan: number split over two lines in a wrapped layout paragraph
w("hongbang_kh03_2025.txt", layout(party_cols("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG HỒNG BÀNG", "03-KH/ĐU", "Hồng Bàng, ngày 28 tháng 11 năm 2025", """                          KẾ HOẠCH
     thực hiện Nghị quyết của Thành ủy về phát triển kinh tế biển
                              -----
    Thực hiện Nghị quyết số 02-NQ/TU ngày 05-11-2025 của Ban Chấp hành Đảng bộ thành
phố khóa XVII và Kế hoạch số 14-KH/TU ngày 20/11/2025 của Ban Thường vụ Thành ủy,
Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
    1. Hỗ trợ doanh nghiệp dịch vụ cảng trên địa bàn phường.
    2. Chỉnh trang tuyến phố Hoàng Văn Thụ.
                                                   T/M BAN THƯỜNG VỤ
                                                       BÍ THƯ""")))

w("thanhdoan_ctr19_2025.html", portal("Chương trình 19-CTr/TĐTN-BTG", ["BAN CHẤP HÀNH ĐOÀN TP HẢI PHÒNG", "***", "Số: 19-CTr/TĐTN-BTG"],
      ["ĐOÀN TNCS HỒ CHÍ MINH", "Hải Phòng, ngày 08 tháng 12 năm 2025"], """CHƯƠNG TRÌNH HÀNH ĐỘNG
của Ban Chấp hành Thành đoàn thực hiện Nghị quyết của Thành ủy về kinh tế biển
Thực hiện Nghị quyết số 02-
NQ/TU ngày 05/11/2025 của Thành ủy Hải Phòng về phát triển kinh tế biển, Ban Thường vụ Thành đoàn xây dựng Chương trình hành động như sau:
1. Thành lập đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số cảng biển.
TM. BAN THƯỜNG VỤ THÀNH ĐOÀN
BÍ THƯ""", minified=True))

# Chu Văn An ward: cites 02-NQ/TU with the wrong day (planted metadata-conflict); .docx, header in lower case
docx("chuvanan_kh05_2025.docx", [
    "KẾ HOẠCH", "thực hiện Nghị quyết số 02-NQ/TU của Thành ủy",
    ["Thực hiện Nghị quyết số 02-NQ/TU ngày ", "15 tháng 11 năm 2025", " của Ban Chấp hành Đảng bộ thành phố về phát triển kinh tế biển gắn với cảng biển, logistics, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:"],
    "1. Phát triển du lịch tâm linh Côn Sơn gắn với dịch vụ.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    header_table=(["Đảng bộ thành phố Hải Phòng", "Đảng ủy phường Chu Văn An", "*", "Số 05-KH/ĐU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chu Văn An, ngày 10 tháng 12 năm 2025"]))

# ---- the main plan: prose tasks, obligations, and a space-aligned task table over page breaks
ROWS = [
    ["1", "Sửa đổi, bổ sung Quy định số 06-QĐ/TU ngày 10/11/2025 của Ban Thường vụ Thành ủy về kiểm soát quyền lực trong công tác cán bộ", "Ban Tổ chức Thành ủy", "Ủy ban Kiểm tra Thành ủy", "Tháng 9/2026"],
    ["2", "Ban hành Hướng dẫn thực hiện Quy định số 04-QĐ/TU ngày 30/10/2025 về tiêu chuẩn chức danh cán bộ", "Ban Tổ chức Thành ủy", "", "Tháng 01/2026"],
    ["3", "Tổng kết thực hiện Nghị quyết số 05-NQ/TU ngày 10/6/2021 của Tỉnh ủy Hải Dương (cũ) về phát triển du lịch", "Ban Tuyên giáo và Dân vận Thành ủy", "Sở Văn hóa và Thể thao", "quý III năm 2026"],
    ["4", "Sơ kết 01 năm thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Thành ủy về phát triển kinh tế biển", "Đảng ủy UBND thành phố", "Các sở, ngành", "Tháng 10/2026"],
    ["5", "Xây dựng Đề án phát triển kinh tế ban đêm tại Đồ Sơn, Cát Bà", "Đảng ủy UBND thành phố", "Sở Văn hóa và Thể thao", "Trước ngày 30/9/2026"],
    ["6", "Tham mưu sửa đổi, bổ sung Quyết định số 45/2025/QĐ-UBND ngày 20/11/2025 của UBND thành phố", "Đảng ủy UBND thành phố", "Sở Xây dựng", "Quý II/2026"],
    ["7", "Tuyên truyền kết quả thực hiện Nghị quyết trên Báo và Phát thanh, Truyền hình Hải Phòng", "Ban Tuyên giáo và Dân vận Thành ủy", "", "Thường xuyên"],
    ["8", "Kiểm tra việc thực hiện Nghị quyết số 02-NQ/TU tại các đảng ủy trực thuộc", "Ủy ban Kiểm tra Thành ủy", "", "Hằng năm"],
    ["9", "Bãi bỏ toàn bộ Quyết định số 12/2022/QĐ-UBND ngày 08/4/2022 của UBND thành phố Hải Phòng", "Đảng ủy UBND thành phố", "Sở Tư pháp", "6 tháng cuối năm 2026"],
    ["10", "Sơ kết 02 năm thực hiện Kế hoạch này", "Văn phòng Thành ủy", "", "Năm 2027"],
]
HEAD = [["TT", "Nội dung nhiệm vụ", "Cơ quan", "Cơ quan", "Thời gian"], ["", "", "chủ trì", "phối hợp", "hoàn thành"]]
TABLE = space_table(HEAD, ROWS, [5, 50, 24, 22, 22], per_page=4,
                    running="14-KH/TU                                           Phụ lục nhiệm vụ trọng tâm", start_page=3)
w("tu_kh14_2025.txt", layout(party_cols("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "14-KH/TU", "Hải Phòng, ngày 20 tháng 11 năm 2025", """                          KẾ HOẠCH
   thực hiện Nghị quyết số 02-NQ/TU của Thành ủy và các nhiệm vụ trọng tâm sau hợp nhất
                              -----
    Thực hiện Nghị quyết số 02-NQ/TU, ngày 05/11/2025 của Ban Chấp hành Đảng bộ thành phố
khóa XVII về phát triển kinh tế biển, Ban Thường vụ Thành ủy ban hành Kế hoạch như sau:
    I. NHIỆM VỤ CỤ THỂ
    (Có Phụ lục kèm theo)
    II. TỔ CHỨC THỰC HIỆN
    1. Sở Văn hóa và Thể thao chủ trì tham mưu UBND thành phố ban hành quyết định thay thế
Quyết định số 22/2021/QĐ-UBND ngày 05/8/2021 của UBND tỉnh Hải Dương (cũ) về quản lý lễ
hội; thời hạn hoàn thành: Quý 3/2026.
    2. Sở Nội vụ chủ trì tham mưu UBND thành phố ban hành quyết định thay thế Quyết định số
31/2020/QĐ-UBND ngày 02/11/2020 của UBND thành phố, hoàn thành trong 6 tháng cuối năm 2026.
    3. Các đảng ủy xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch thực hiện.
    4. Liên đoàn Lao động thành phố xây dựng chương trình hành động thực hiện Kế hoạch này.
    5. Ban Tuyên giáo và Dân vận Thành ủy ban hành hướng dẫn tuyên truyền Kế hoạch này.
                                                   T/M BAN THƯỜNG VỤ
                                                       BÍ THƯ

                                PHỤ LỤC
                         NHIỆM VỤ TRỌNG TÂM
   (Kèm theo Kế hoạch số 14-KH/TU, ngày 20/11/2025 của Ban Thường vụ Thành ủy)
""")) + "\n" + TABLE)

docx("ldld_ctr07_2025.docx", [
    "CHƯƠNG TRÌNH HÀNH ĐỘNG", "thực hiện Kế hoạch số 14-KH/TU của Ban Thường vụ Thành ủy",
    ["Thực hiện Kế hoạch số ", "14-KH/TU", " ngày 20 tháng 11 năm 2025 của Ban Thường vụ Thành ủy, Ban Thường vụ Liên đoàn Lao động thành phố xây dựng Chương trình hành động như sau:"],
    "1. Tuyên truyền trong công nhân các khu công nghiệp Đình Vũ, Nam Sách.", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
    header_table=(["TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG", "THÀNH PHỐ HẢI PHÒNG", "Số: 07/CTr-LĐLĐ"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 15 tháng 12 năm 2025"]))

# Hội Nông dân: dated before the plan it implements (planted temporal)
w("hnd_kh25_2025.txt", """HỘI NÔNG DÂN THÀNH PHỐ HẢI PHÒNG
BAN THƯỜNG VỤ
***
Số: 25-KH/HNDTP
\t\t\tHỘI NÔNG DÂN VIỆT NAM
\t\t\tHải Phòng, ngày 12 tháng 11 năm 2025

KẾ HOẠCH
triển khai Kế hoạch của Ban Thường vụ Thành ủy về các nhiệm vụ trọng tâm sau hợp nhất
-----
Thực hiện Kế hoạch số 14-KH/TU ngày 20 tháng 11 năm 2025 của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 02-NQ/TU và các nhiệm vụ trọng tâm sau hợp nhất, Ban Thường vụ Hội Nông dân thành phố xây dựng Kế hoạch như sau:
1. Hỗ trợ hội viên ở Thanh Hà, Tứ Kỳ tiêu thụ vải thiều.
T/M BAN THƯỜNG VỤ
CHỦ TỊCH""")

w("btctu_hd02_2026.txt", party("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "BAN TỔ CHỨC THÀNH ỦY", "02-HD/BTCTU", "Hải Phòng, ngày 14 tháng 01 năm 2026", """HƯỚNG DẪN
thực hiện Quy định số 04-QĐ/TU ngày 30/10/2025 của Ban Thường vụ Thành ủy về tiêu chuẩn chức danh cán bộ
-----
Căn cứ Quy định số 04-QĐ/TU ngày 30 tháng 10 năm 2025 của Ban Thường vụ Thành ủy; căn cứ Quy định số 06-QĐ/TU ngày 10/11/2025 về kiểm soát quyền lực trong công tác cán bộ, Ban Tổ chức Thành ủy hướng dẫn thực hiện như sau:
1. Về tiêu chuẩn chung.
T/L BAN THƯỜNG VỤ
TRƯỞNG BAN"""))

w("vptu_tb31_2026.txt", party("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "VĂN PHÒNG THÀNH ỦY", "31-TB/VPTU", "Hải Phòng, ngày 22 tháng 01 năm 2026", """THÔNG BÁO
ý kiến của Thường trực Thành ủy về chương trình công tác quý I/2026
-----
Thực hiện Quy định số 04-QĐ/TU ngày 30/10/2025 của Ban Thường vụ Thành ủy, Văn phòng Thành ủy thông báo ý kiến của Thường trực Thành ủy như sau:
1. Nghị quyết số 05-NQ/TU ngày 15/12/2025 của Thành ủy về phát triển văn hóa, du lịch được triển khai đúng tiến độ.
2. Tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 20/8/2021 của Thành ủy khóa XVI về phát triển cảng biển và dịch vụ logistics.
3. Tổng kết Nghị quyết số 05-NQ/TU của Tỉnh ủy Hải Dương (cũ) về phát triển du lịch.
T/L THƯỜNG TRỰC THÀNH ỦY
CHÁNH VĂN PHÒNG"""))

w("tu_nq05_2025.txt", layout(party_cols("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "05-NQ/TU", "Hải Phòng, ngày 15 tháng 12 năm 2025", """                          NGHỊ QUYẾT
              của Ban Chấp hành Đảng bộ thành phố khóa XVII
    về phát triển văn hóa, du lịch Hải Phòng trở thành ngành kinh tế mũi nhọn
                              -----
    Kế thừa kết quả thực hiện Nghị quyết số 05-NQ/TU ngày 10/6/2021 của Tỉnh ủy Hải Dương
(cũ) về phát triển du lịch,
    I. MỤC TIÊU
    Kết nối du lịch biển Đồ Sơn, Cát Bà với du lịch tâm linh Côn Sơn - Kiếp Bạc.
                                                   T/M THÀNH ỦY
                                                       BÍ THƯ""")))

# ---- two plans under one number in one term (planted duplicate-identity)
w("tu_kh21_2025.txt", party("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "21-KH/TU", "Hải Phòng, ngày 26 tháng 12 năm 2025", """KẾ HOẠCH
tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XVII
-----
Thực hiện Hướng dẫn số 05-HD/BTGDVTW ngày 10/10/2025 của Ban Tuyên giáo và Dân vận Trung ương, Ban Thường vụ Thành ủy ban hành Kế hoạch như sau:
1. Tổ chức hội nghị trực tuyến đến 114 xã, phường, đặc khu.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC"""))

w("tu_kh21_2025_web.html", portal("Kế hoạch 21-KH/TU", ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "*", "Số 21-KH/TU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 29 tháng 12 năm 2025"], """KẾ HOẠCH
kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ thành phố
Căn cứ Điều lệ Đảng, Ban Chấp hành Đảng bộ thành phố ban hành Kế hoạch kiểm tra, giám sát năm 2026 như sau:
1. Kiểm tra việc vận hành chính quyền địa phương hai cấp tại các xã, phường, đặc khu.
T/M THÀNH ỦY
BÍ THƯ"""))

# ---- state texts after the merger
w("ubnd_qd45_2025.txt", state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "45/2025/QĐ-UBND", "Hải Phòng, ngày 20 tháng 11 năm 2025", "QUYẾT ĐỊNH\nBan hành Quy định quản lý trật tự xây dựng trên địa bàn thành phố Hải Phòng", """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng trên địa bàn thành phố Hải Phòng.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.
2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:
1) Quyết định số 20/2019/QĐ-UBND ngày 14/5/2019 của UBND tỉnh Hải Dương;
2) Quyết định số 31/2020/QĐ-UBND ngày 02/11/2020 của UBND thành phố Hải Phòng.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ubnd_qd50_2025.txt", layout(state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "50/2025/QĐ-UBND", "Hải Phòng, ngày 28 tháng 11 năm 2025", "QUYẾT ĐỊNH\nBãi bỏ toàn bộ, bãi bỏ một phần một số văn bản quy phạm pháp luật của UBND tỉnh Hải Dương (cũ)\nvà UBND thành phố Hải Phòng", """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ toàn bộ Quyết định số 15/2021/QĐ-UBND ngày 21/7/2021 của UBND tỉnh Hải Dương quy định quản lý hoạt động khai thác cát trên các sông.
Điều 2. Bãi bỏ một phần Quyết định số 12/2022/QĐ-UBND ngày 08/4/2022 của UBND thành phố Hải Phòng: bãi bỏ khoản 3 Điều 5 của Quy định ban hành kèm theo.
Điều 3. Quyết định này có hiệu lực kể từ ngày 10 tháng 12 năm 2025.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""")))

docx("ubnd_qd47_2025.docx", [
    "QUYẾT ĐỊNH", "Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn thành phố Hải Phòng",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.",
    ["Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 12 năm 2025 và thay thế Quyết định số ", "08/", "2020/QĐ-", "UBND", " ngày 06/3/2020 của UBND tỉnh Hải Dương."],
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    header_table=(["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "-------", ["Số: ", "47/2025/", "QĐ-UBND"]],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "---------------", "Hải Phòng, ngày 25 tháng 11 năm 2025"]))

w("ubnd_qd09_2026.html", portal("Quyết định 09/2026/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Số: 09/2026/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 10 tháng 02 năm 2026"], """QUYẾT ĐỊNH
Ban hành Quy định quản lý, khai thác các cụm công nghiệp Nam Sách, Kim Thành
ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, khai thác các cụm công nghiệp Nam Sách, Kim Thành.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 02 năm 2026 và thay thế Quyết định số 08/2020/QĐ-UBND ngày 06/3/2020 của UBND tỉnh Hải Dương (cũ).
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

w("ubnd_qd12_2026.txt", layout(state("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "12/2026/QĐ-UBND", "Hải Phòng, ngày 15 tháng 4 năm 2026", "QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của Quy định quản lý trật tự xây dựng ban hành kèm theo\nQuyết định số 45/2025/QĐ-UBND ngày 20 tháng 11 năm 2025 của UBND thành phố Hải Phòng", """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 45/2025/QĐ-UBND ngày 20/11/2025 của UBND thành phố.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""")))

w("ubnd_vbhn06_2026.txt", """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ HẢI PHÒNG                      Độc lập - Tự do - Hạnh phúc
-------                                     ---------------
Số: 06/VBHN-UBND                       Hải Phòng, ngày 10 tháng 5 năm 2026

VĂN BẢN HỢP NHẤT
QUYẾT ĐỊNH
Ban hành Quy định quản lý trật tự xây dựng trên địa bàn thành phố Hải Phòng

Quyết định số 45/2025/QĐ-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân thành phố Hải Phòng ban hành Quy định quản lý trật tự xây dựng trên địa bàn thành phố Hải Phòng, có hiệu lực kể từ ngày 01 tháng 12 năm 2025, được sửa đổi, bổ sung bởi:
Quyết định số 12/2026/QĐ-UBND ngày 15 tháng 4 năm 2026 của Ủy ban nhân dân thành phố Hải Phòng, có hiệu lực kể từ ngày 01 tháng 5 năm 2026.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng trên địa bàn thành phố Hải Phòng.
Điều 2. Hiệu lực thi hành(1)
1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.
2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:
1) Quyết định số 20/2019/QĐ-UBND ngày 14/5/2019 của UBND tỉnh Hải Dương;
2) Quyết định số 31/2020/QĐ-UBND ngày 02/11/2020 của UBND thành phố Hải Phòng.

XÁC THỰC VĂN BẢN HỢP NHẤT
CHỦ TỊCH

(1) Quyết định số 12/2026/QĐ-UBND sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 45/2025/QĐ-UBND có căn cứ ban hành như sau: "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;".
""")

w("du_thao_qd_xd_2026.md", """**DỰ THẢO**

| ỦY BAN NHÂN DÂN<br>THÀNH PHỐ HẢI PHÒNG<br>-------<br>Số:      /2026/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>*Hải Phòng, ngày     tháng     năm 2026* |
|---|---|

# QUYẾT ĐỊNH
## Ban hành Quy định quản lý trật tự xây dựng trên địa bàn thành phố Hải Phòng

ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng.

Điều 3. Quyết định này có hiệu lực kể từ ngày     tháng     năm 2026 và thay thế Quyết định số 45/2025/QĐ-UBND ngày 20/11/2025 của UBND thành phố; bãi bỏ Quyết định số 12/2026/QĐ-UBND ngày 15/4/2026 của UBND thành phố.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
""")

w("hdnd_nq30_2025.html", portal("Nghị quyết 30/2025/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Số: 30/2025/NQ-HĐND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 10 tháng 12 năm 2025"], """NGHỊ QUYẾT
Quy định mức hỗ trợ phát triển sản xuất nông nghiệp thành phố Hải Phòng giai đoạn 2026 - 2030
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
KHÓA XVII, KỲ HỌP THỨ 30
QUYẾT NGHỊ:
Điều 1. Quy định mức hỗ trợ phát triển sản xuất nông nghiệp.
Điều 3. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
2. Nghị quyết số 05/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Hải Dương hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.
CHỦ TỊCH""", minified=True))

w("ubnd_bc88_2026.html", portal("Báo cáo 88/BC-UBND", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Số: 88/BC-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 16 tháng 3 năm 2026"], """BÁO CÁO
Kết quả rà soát văn bản quy phạm pháp luật sau hợp nhất thành phố Hải Phòng và tỉnh Hải Dương
Thực hiện Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ, UBND thành phố báo cáo như sau:
1. Quyết định số 08/2020/QĐ-UBND của UBND tỉnh Hải Dương (cũ) đã được thay thế bằng Quyết định số 47/2025/QĐ-UBND ngày 25/11/2025 của UBND thành phố.
2. Quyết định số 15/2021/QĐ-UBND của UBND tỉnh Hải Dương (cũ) đã bị bãi bỏ toàn bộ bởi Quyết định số 50/2025/QĐ-UBND ngày 28/11/2025 của UBND thành phố.
3. Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh Hải Dương (cũ) đã hết hiệu lực từ ngày 01/01/2026.
4. Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ thành phố khóa XVI về phát triển cảng biển tiếp tục được triển khai.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# ---- departments, wards, communes after the merger
w("so_xd_kh61_2026.txt", """UBND THÀNH PHỐ HẢI PHÒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     SỞ XÂY DỰNG                      Độc lập - Tự do - Hạnh phúc
      -------                              ---------------
Số: 61/KH-SXD                      Hải Phòng, ngày 18 tháng 3 năm 2026
|
KẾ HOẠCH
Kiểm tra trật tự xây dựng năm 2026 trên địa bàn các xã, phường phía Bắc thành phố
Căn cứ Nghị đinh số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn;
Căn cứ Quyết định số 20/2019/QĐ-UBND ngày 14-5-2019 của UBND tỉnh Hải Dương (cũ) ban hành Quy định quản lý trật tự xây dựng;
Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 08-4-2022 của UBND thành phố Hải Phòng về cấp giấy phép xây dựng;
Thực hiện Nghị quyết số 05-NQ/TU của Thành ủy;
Sở Xây dựng xây dựng Kế hoạch như sau:  |
1. Kiểm tra các công trình ven sông Kinh Thầy, phường Chí Linh.
2. Kiểm tra các công trình tại đặc khu Cát Hải.
                                             Trang 1/1
GIÁM ĐỐC""")

w("so_tp_kh19_2026.md", """**UBND THÀNH PHỐ HẢI PHÒNG**
**SỞ TƯ PHÁP**
Số: 19/KH-STP

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
*Hải Phòng, ngày 24 tháng 02 năm 2026*

# KẾ HOẠCH
## Phổ biến chính sách hỗ trợ sản xuất nông nghiệp năm 2026

Căn cứ Nghị quyết số 05/2021/NQ-HĐND ngày 14/7/2021 của HĐND tỉnh Hải Dương (cũ) quy định mức hỗ trợ phát triển sản xuất nông nghiệp;

Sở Tư pháp xây dựng Kế hoạch như sau:

1. Phổ biến chính sách tại các xã Thanh Hà, Tứ Kỳ, Vĩnh Bảo.

**GIÁM ĐỐC**
""")

w("so_nn_kh230_2025.txt", state("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "230/KH-SNNMT", "Hải Phòng, ngày 15 tháng 12 năm 2025", "KẾ HOẠCH\nHỗ trợ sản xuất vụ Đông Xuân 2025 - 2026", """Căn cứ Nghị quyết số 05/2021/NQ-HĐND ngày 14 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh Hải Dương (cũ);
Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:
1. Hỗ trợ giống lúa chất lượng cao.
GIÁM ĐỐC"""))

w("vinhbao_ubnd_kh33_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ VĨNH BẢO", "33/KH-UBND", "Vĩnh Bảo, ngày 06 tháng 4 năm 2026", "KẾ HOẠCH\nQuản lý hoạt động khai thác cát trên địa bàn xã năm 2026", """Căn cứ Quyết định số 15/2021/QĐ-UBND ngày 21/7/2021 của UBND tỉnh Hải Dương (cũ) quy định quản lý hoạt động khai thác cát trên các sông;
Thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Thành ủy;
Ủy ban nhân dân xã Vĩnh Bảo xây dựng Kế hoạch như sau:
1. Kiểm tra các điểm khai thác cát trên sông Hóa.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("lechan_kh07_2026.html", portal("Kế hoạch 07-KH/ĐU", ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG LÊ CHÂN", "*", "Số 07-KH/ĐU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lê Chân, ngày 12 tháng 6 năm 2026"], """KẾ HOẠCH
rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030
Căn cứ Quy định số 04-QĐ/TU ngày 30/10/2025 của Ban Thường vụ Thành ủy về tiêu chuẩn chức danh cán bộ thuộc diện Ban Thường vụ Thành ủy quản lý; thực hiện Kế hoạch số 14-KH/TU ngày 20/11/2025 của Ban Thường vụ Thành ủy, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
1. Rà soát quy hoạch cán bộ.
T/M BAN THƯỜNG VỤ
BÍ THƯ""", minified=True))

w("dguubnd_bc52_2026.txt", party("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY UBND THÀNH PHỐ", "52-BC/ĐU", "Hải Phòng, ngày 20 tháng 10 năm 2026", """BÁO CÁO
sơ kết 01 năm thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Thành ủy về phát triển kinh tế biển
-----
Thực hiện Kế hoạch số 14-KH/TU ngày 20/11/2025 của Ban Thường vụ Thành ủy, Đảng ủy UBND thành phố báo cáo sơ kết 01 năm thực hiện Nghị quyết số 02-NQ/TU như sau:
I. KẾT QUẢ
Sản lượng hàng hóa qua cảng năm 2026 ước đạt 210 triệu tấn.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

# ---- programmes of work with counted months
CTR_ROWS = """    THÁNG 5/2026 (06 nội dung)
    1.   Hội nghị Ban Thường vụ Thành ủy thường kỳ                Văn phòng Thành ủy       Tuần 1
    2.   Cho ý kiến Đề án sắp xếp đơn vị sự nghiệp công lập     Đảng ủy UBND thành phố   Tuần 2
    3.   Sơ kết 6 tháng thực hiện Nghị quyết số 02-NQ/TU          Đảng ủy UBND thành phố   Tuần 3
    4.   Kiểm tra công tác phòng, chống tham nhũng               Ủy ban Kiểm tra Thành ủy Tuần 3
    5.   Kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh           Ban Tuyên giáo và Dân vận Tuần 4
    THÁNG 6/2026 (04 nội dung)
    1.   Hội nghị Ban Thường vụ Thành ủy thường kỳ                Văn phòng Thành ủy       Tuần 1
    2.   Sơ kết công tác 6 tháng đầu năm                          Văn phòng Thành ủy       Tuần 3
    3.   Giám sát công tác cán bộ                                 Ủy ban Kiểm tra Thành ủy Tuần 3
    4.   Gặp mặt kỷ niệm Ngày Báo chí cách mạng Việt Nam          Ban Tuyên giáo và Dân vận Tuần 4"""
w("tu_ctr09_2026.txt", layout(party_cols("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "THÀNH ỦY", "09-CTr/TU", "Hải Phòng, ngày 05 tháng 01 năm 2026", """                     CHƯƠNG TRÌNH LÀM VIỆC
              của Ban Thường vụ Thành ủy 6 tháng đầu năm 2026
                              -----
    Căn cứ Quy định số 04-QĐ/TU ngày 30/10/2025 của Ban Thường vụ Thành ủy, Ban Thường vụ
Thành ủy xây dựng Chương trình làm việc như sau:
    TT   Nội dung                                                 Cơ quan chuẩn bị         Thời gian
""" + CTR_ROWS + """
                                                   T/M BAN THƯỜNG VỤ
                                                       BÍ THƯ""")))

w("hongbang_ctr04_2026.md", """**ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG**
**ĐẢNG ỦY PHƯỜNG HỒNG BÀNG**
Số 04-CTr/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
*Hồng Bàng, ngày 25 tháng 6 năm 2026*

# CHƯƠNG TRÌNH CÔNG TÁC
## 6 tháng cuối năm 2026 của Ban Chấp hành Đảng bộ phường

Căn cứ Kế hoạch số 03-KH/ĐU ngày 28/11/2025 của Đảng ủy phường, Ban Chấp hành Đảng bộ phường xây dựng Chương trình công tác như sau:

### Tháng 7/2026 (04 nhiệm vụ)
- Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ.
- Kiểm tra công tác phát triển đảng viên.
- Kỷ niệm Ngày Thương binh - Liệt sĩ.

### Tháng 8/2026 (02 nhiệm vụ)
- Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ.
- Giám sát công tác thu, nộp đảng phí.

**T/M ĐẢNG ỦY**
BÍ THƯ
""")

print("wrote", len(os.listdir(OUT)), "files to", OUT)
