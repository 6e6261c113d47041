#!/usr/bin/env python3
"""Red team round 19 (redteam26): the new Lâm Đồng (Lâm Đồng + Đắk Nông + Bình Thuận, merged 1/7/2025). Writes corpus/.
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
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử tỉnh Lâm Đồng</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Lâm Đồng. Địa chỉ: 36 Trần Phú, phường Xuân Hương - Đà Lạt</div></body></html>')
    if minified:
        return h
    return (h.replace("<p>", "\n  <p>").replace("<div", "\n<div").replace("<table", "\n<table").replace("<tr>", "\n  <tr>")
             .replace("</table>", "\n</table>").replace("</body>", "\n</body>"))


# =============================================================== before 1/7/2025
# ---- Lâm Đồng (cũ), Tỉnh ủy khóa XI
w("ld_tu_nq05_2021.txt", party("TỈNH ỦY LÂM ĐỒNG", "", "05-NQ/TU", "Đà Lạt, ngày 09 tháng 8 năm 2021", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh khóa XI
về phát triển nông nghiệp ứng dụng công nghệ cao tỉnh Lâm Đồng giai đoạn 2021 - 2025, định hướng đến năm 2030
-----
I. TÌNH HÌNH
Nông nghiệp công nghệ cao đã trở thành thế mạnh của tỉnh.
II. MỤC TIÊU
Đến năm 2025, giá trị sản xuất nông nghiệp công nghệ cao chiếm 60%.
III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt và xây dựng kế hoạch thực hiện Nghị quyết.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.
3. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp tuyên truyền Nghị quyết.
Nghị quyết này được phổ biến đến chi bộ.
T/M TỈNH ỦY
BÍ THƯ"""))

w("bl_kh14_2021.md", """| THÀNH ỦY BẢO LỘC<br>\\*<br>Số 14-KH/TU | ĐẢNG CỘNG SẢN VIỆT NAM<br>*Bảo Lộc, ngày 20 tháng 8 năm 2021* |
|---|---|

## KẾ HOẠCH
**thực hiện Nghị quyết số 05-NQ/TU ngày 09-8-2021 của Ban Chấp hành Đảng bộ tỉnh khóa XI về phát triển nông nghiệp ứng dụng công nghệ cao**

Thực hiện Nghị quyết số 05-NQ/TU, ngày 09-8-2021 của Tỉnh ủy Lâm Đồng khóa XI về phát triển nông nghiệp ứng dụng công nghệ cao tỉnh Lâm Đồng giai đoạn 2021 - 2025, định hướng đến năm 2030, Ban Thường vụ Thành ủy Bảo Lộc xây dựng Kế hoạch thực hiện như sau:

- Phát triển vùng chè, cà phê chất lượng cao.
- Xây dựng thương hiệu trà B'Lao.

**T/M BAN THƯỜNG VỤ**<br>
PHÓ BÍ THƯ
""")

w("ld_ubnd_kh5120_2021.html", portal("Kế hoạch 5120/KH-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 5120/KH-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 15 tháng 9 năm 2021"],
      """KẾ HOẠCH
Thực hiện Nghị quyết số 05-NQ/TU ngày 09/8/2021 của Tỉnh ủy về phát triển nông nghiệp ứng dụng công nghệ cao
Thực hiện Nghị quyết số 05-NQ/TU ngày 09 tháng 8 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp ứng dụng công nghệ cao tỉnh Lâm Đồng giai đoạn 2021 - 2025, định hướng đến năm 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# ---- Thành ủy Bảo Lộc: a plan, a programme and a scheme of one day that rest on one another (planted cycle)
w("bl_kh52_2023.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "THÀNH ỦY BẢO LỘC", "52-KH/TU", "Bảo Lộc, ngày 15 tháng 3 năm 2023", """KẾ HOẠCH
phát triển kinh tế đêm thành phố Bảo Lộc năm 2023
-----
Để cụ thể hóa Chương trình số 09-CTr/TU ngày 15/3/2023 của Thành ủy về phát triển đô thị Bảo Lộc, Ban Thường vụ Thành ủy ban hành Kế hoạch như sau:
1. Hình thành phố đi bộ Hà Giang.
2. Tổ chức chợ đêm cuối tuần.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ"""))

w("bl_ctr09_2023.txt", layout(party_cols("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "THÀNH ỦY BẢO LỘC", "09-CTr/TU", "Bảo Lộc, ngày 15 tháng 3 năm 2023", """                          CHƯƠNG TRÌNH
          phát triển đô thị Bảo Lộc giai đoạn 2023 - 2025
                              -----
    Căn cứ Đề án số 03-ĐA/TU ngày 15/3/2023 của Ban Thường vụ Thành ủy về xây dựng
thành phố Bảo Lộc trở thành đô thị loại II, Thành ủy ban hành Chương trình như sau:
    1. Chỉnh trang đô thị khu vực trung tâm.
    2. Phát triển hạ tầng giao thông kết nối cao tốc Dầu Giây - Liên Khương.
                                                   T/M THÀNH ỦY
                                                       BÍ THƯ""")))

w("bl_da03_2023.html", portal("Đề án 03-ĐA/TU", ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "THÀNH ỦY BẢO LỘC", "*", "Số 03-ĐA/TU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bảo Lộc, ngày 15 tháng 3 năm 2023"], """ĐỀ ÁN
xây dựng thành phố Bảo Lộc trở thành đô thị loại II
Trên cơ sở Kế hoạch số 52-KH/TU ngày 15/3/2023 của Ban Thường vụ Thành ủy về phát triển kinh tế đêm, Ban Thường vụ Thành ủy xây dựng Đề án như sau:
I. SỰ CẦN THIẾT
Bảo Lộc là đô thị trung tâm vùng phía Nam tỉnh.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

# ---- Bình Thuận (cũ), Tỉnh ủy khóa XIV (pdftotext -layout, two columns in the header)
w("bt_tu_nq05_2021.txt", layout(party_cols("TỈNH ỦY BÌNH THUẬN", "", "05-NQ/TU", "Phan Thiết, ngày 20 tháng 7 năm 2021", """                          NGHỊ QUYẾT
             của Ban Chấp hành Đảng bộ tỉnh khóa XIV
    về phát triển du lịch Bình Thuận trở thành ngành kinh tế mũi nhọn đến năm 2025,
                       định hướng đến năm 2030
                              -----
    I. MỤC TIÊU
    Đến năm 2025, đón 8,5 triệu lượt khách.
    II. TỔ CHỨC THỰC HIỆN
    1. Ban cán sự đảng UBND tỉnh lãnh đạo cụ thể hóa Nghị quyết bằng kế hoạch.
    2. Thành ủy Phan Thiết, Thị ủy La Gi tập trung chỉ đạo phát triển du lịch biển.
                                                   T/M TỈNH ỦY
                                                       BÍ THƯ""")))

w("bt_ubnd_kh2650_2021.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN", "2650/KH-UBND", "Bình Thuận, ngày 30 tháng 8 năm 2021", "KẾ HOẠCH\nThực hiện Nghị quyết số 05-NQ/TU ngày 20/7/2021 của Tỉnh ủy", """Thực hiện Nghị quyết số 05-NQ/TU ngày 20 tháng 7 năm 2021 của Tỉnh ủy Bình Thuận về phát triển du lịch, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. Nâng cấp hạ tầng khu du lịch quốc gia Mũi Né.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# ---- old state texts
w("ld_ubnd_qd15_2019.txt", state("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "15/2019/QĐ-UBND", "Lâm Đồng, ngày 22 tháng 4 năm 2019", "QUYẾT ĐỊNH\nBan hành Quy định quản lý trật tự xây dựng trên địa bàn tỉnh Lâm Đồng", """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng.
Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 5 năm 2019.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

docx("bt_ubnd_qd22_2018.docx", [
    "QUYẾT ĐỊNH", "Ban hành Quy định quản lý trật tự xây dựng trên địa bàn tỉnh Bình Thuận",
    "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;", "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng trên địa bàn tỉnh.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 10 năm 2018.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    header_table=(["ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN", "-------", ["Số: 22/", "2018/", "QĐ-", "UBND"]],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "---------------",
                   ["Bình Thuận, ngày ", "01", " tháng ", "10", " năm 2018"]]))

w("bt_ubnd_qd09_2021.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN", "09/2021/QĐ-UBND", "Bình Thuận, ngày 12 tháng 4 năm 2021", "QUYẾT ĐỊNH\nQuy định quản lý hoạt động khai thác cát, sỏi lòng sông trên địa bàn tỉnh Bình Thuận", """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động khai thác cát, sỏi lòng sông.
Điều 2. Quyết định này có hiệu lực sau 10 ngày, kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("dn_ubnd_qd14_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG", "14/2022/QĐ-UBND", "Đắk Nông, ngày 18 tháng 3 năm 2022", "QUYẾT ĐỊNH\nQuy định giá dịch vụ sử dụng đò, phà trên địa bàn tỉnh Đắk Nông", """ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG
QUYẾT ĐỊNH:
Điều 1. Quy định giá dịch vụ sử dụng đò, phà.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2022.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", split_number=True))

w("dn_ubnd_qd07_2020.txt", state("UỶ BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG", "07/2020/QĐ-UBND", "Đắk Nông, ngày 10 tháng 6 năm 2020", "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Đắk Nông", """UỶ BAN NHÂN DÂN TỈNH ĐẮK NÔNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 6 năm 2020.
TM. UỶ BAN NHÂN DÂN
CHỦ TỊCH"""))

w("dn_ubnd_qd11_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG", "11/2020/QĐ-UBND", "Đắk Nông, ngày 12 tháng 5 năm 2020", "QUYẾT ĐỊNH\nQuy định mức thu phí tham quan danh lam thắng cảnh tại Công viên địa chất Đắk Nông", """ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG
QUYẾT ĐỊNH:
Điều 1. Quy định mức thu phí tham quan.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 5 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ld_ubnd_qd18_2020.txt", state("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "18/2020/QĐ-UBND", "Lâm Đồng, ngày 03 tháng 7 năm 2020", "QUYẾT ĐỊNH\nBan hành Quy định về cấp giấy phép xây dựng trên địa bàn tỉnh Lâm Đồng", """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về cấp giấy phép xây dựng.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 7 năm 2020.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# =============================================================== new Lâm Đồng (khóa I, 2025 - 2030)
w("tu_qc01_2025.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "01-QC/TU", "Lâm Đồng, ngày 20 tháng 10 năm 2025", """QUY CHẾ
làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025 - 2030
-----
Căn cứ Điều lệ Đảng; căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030,
Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh.
T/M TỈNH ỦY
BÍ THƯ"""))

w("tu_qd04_2025.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "04-QĐ/TU", "Lâm Đồng, ngày 28 tháng 10 năm 2025", """QUY ĐỊNH
về phân cấp quản lý cán bộ
-----
Điều 1. Phạm vi điều chỉnh.
Điều 2. Đối tượng áp dụng.
T/M TỈNH ỦY
BÍ THƯ"""))

w("tu_qd06_2025.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "06-QĐ/TU", "Lâm Đồng, ngày 10 tháng 11 năm 2025", """QUY ĐỊNH
về kiểm soát quyền lực trong công tác xây dựng Đảng
-----
Điều 1. Phạm vi điều chỉnh.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

w("tu_nq02_2025.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "02-NQ/TU", "Lâm Đồng, ngày 05 tháng 11 năm 2025", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh khóa I
về chuyển đổi số tỉnh Lâm Đồng đến năm 2030
-----
Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; trên cơ sở Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh,
I. MỤC TIÊU
Đến năm 2030, 100% xã, phường, đặc khu có hạ tầng số.
II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy UBND tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.
2. Các đảng ủy xã, phường, đặc khu xây dựng kế hoạch thực hiện Nghị quyết phù hợp với địa phương.
3. UBND các xã, phường, đặc khu xây dựng kế hoạch chuyển đổi số của địa phương.
4. Hội Cựu chiến binh tỉnh xây dựng kế hoạch thực hiện Nghị quyết trong hội viên.
5. Tỉnh đoàn xây dựng chương trình hành động thực hiện Nghị quyết.
6. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền sâu rộng Nghị quyết.
T/M TỈNH ỦY
BÍ THƯ"""))

docx("dguubnd_kh08_2025.docx", [
    "KẾ HOẠCH", "thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy về chuyển đổi số",
    ["Thực hiện Nghị quyết số ", "02-NQ/", "TU, ngày 5-11-2025", " của Ban Chấp hành Đảng bộ tỉnh khóa I về chuyển đổi số tỉnh Lâm Đồng đến năm 2030, Ban Thường vụ Đảng ủy UBND tỉnh xây dựng Kế hoạch thực hiện như sau:"],
    "1. Lãnh đạo xây dựng cơ sở dữ liệu dùng chung của tỉnh sau hợp nhất.", "2. Lãnh đạo hợp nhất ba trung tâm dữ liệu.",
    "T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    header_table=(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "*", "Số 08-KH/ĐU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", ["Lâm Đồng, ngày ", "25", " tháng ", "11", " năm 2025"]]))

w("blao_kh04_2025.md", """**ĐẢNG BỘ TỈNH LÂM ĐỒNG**
**ĐẢNG ỦY PHƯỜNG B'LAO**
\\*
Số 04-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
*B'Lao, ngày 28 tháng 11 năm 2025*

# KẾ HOẠCH
## thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy về chuyển đổi số

Thực hiện Nghị quyết số: 02 - NQ/TU, ngày 05 tháng 11 năm 2025 của Ban Chấp hành Đảng bộ tỉnh khóa I về chuyển đổi số tỉnh Lâm Đồng đến năm 2030, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:

1. Phủ sóng 5G các tổ dân phố.
2. Triển khai thanh toán không dùng tiền mặt tại chợ Bảo Lộc.

**T/M BAN THƯỜNG VỤ**
BÍ THƯ
""")

w("muine_ubnd_kh56_2025.txt", state("ỦY BAN NHÂN DÂN", "PHƯỜNG MŨI NÉ", "56/KH-UBND", "Mũi Né, ngày 05 tháng 12 năm 2025", "KẾ HOẠCH\nChuyển đổi số phường Mũi Né năm 2026", """Căn cứ Quyết định số 22/2018/QĐ-UBND ngày 01/10/2018 của UBND tỉnh Bình Thuận (cũ) ban hành Quy định quản lý trật tự xây dựng;
Thực hiện Nghị quyết số 02-NQ/TU ngày 15-11-2025 của Tỉnh ủy Lâm Đồng về chuyển đổi số tỉnh Lâm Đồng đến năm 2030;
Ủy ban nhân dân phường Mũi Né xây dựng Kế hoạch chuyển đổi số năm 2026 như sau:
1. Số hóa hồ sơ cấp phép xây dựng.
2. Lắp đặt camera giám sát khu du lịch Hòn Rơm.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("tinhdoan_ctr22_2025.html", portal("Chương trình 22-CTr/TĐTN-BTG", ["BAN CHẤP HÀNH ĐOÀN TỈNH LÂM ĐỒNG", "***", "Số: 22-CTr/TĐTN-BTG"],
      ["ĐOÀN TNCS HỒ CHÍ MINH", "Lâm Đồng, ngày 10 tháng 12 năm 2025"], """CHƯƠNG TRÌNH HÀNH ĐỘNG
của Ban Chấp hành Đoàn tỉnh thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy
Thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Tỉnh ủy Lâm Đồng về chuyển đổi số, Ban Thường vụ Tỉnh đoàn xây dựng Chương trình hành động như sau:
1. Thành lập 124 đội hình thanh niên hỗ trợ chuyển đổi số tại xã, phường, đặc khu.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ""", minified=True))

# ---- two different plans under one number (planted duplicate-identity)
w("tu_kh17_2025.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "17-KH/TU", "Lâm Đồng, ngày 25 tháng 11 năm 2025", """KẾ HOẠCH
tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I
-----
Thực hiện Hướng dẫn số 02-HD/BTGDVTW ngày 10/10/2025 của Ban Tuyên giáo và Dân vận Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:
1. Tổ chức hội nghị trực tuyến đến 124 xã, phường, đặc khu.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC"""))

w("tu_kh17_2025_web.html", portal("Kế hoạch 17-KH/TU", ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "*", "Số 17-KH/TU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Đồng, ngày 27 tháng 11 năm 2025"], """KẾ HOẠCH
kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ tỉnh
Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I, Ban Chấp hành Đảng bộ tỉnh ban hành Kế hoạch kiểm tra, giám sát năm 2026 như sau:
1. Kiểm tra việc vận hành chính quyền địa phương hai cấp.
T/M TỈNH ỦY
BÍ THƯ"""))

# ---- the plan with a task table over a page break, prose tasks and obligations
TABLE = """TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
1\tSửa đổi, bổ sung Quy định số 04-QĐ/TU, ngày 28/10/2025 của Ban Chấp hành Đảng bộ tỉnh về phân cấp quản lý cán bộ\tBan Tổ chức Tỉnh ủy\tCác cơ quan liên quan\tQuý I/2026
2\tXây dựng Quy chế làm việc thay thế Quy chế số 01-QC/TU ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh\tVăn phòng Tỉnh ủy\t\tQuý I/2026
3\tBan hành Hướng dẫn thực hiện Quy định số 06-QĐ/TU ngày 10/11/2025 về kiểm soát quyền lực trong công tác xây dựng Đảng\tBan Tổ chức Tỉnh ủy\tỦy ban Kiểm tra Tỉnh ủy\tTháng 01/2026
\f
TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
4\tSơ kết 01 năm thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Tỉnh ủy về chuyển đổi số\tĐảng ủy UBND tỉnh\tCác sở, ngành\tTháng 10/2026
5\tTổng kết thực hiện Nghị quyết số 05-NQ/TU ngày 20/7/2021 của Tỉnh ủy Bình Thuận (cũ) về phát triển du lịch\tBan Tuyên giáo và Dân vận Tỉnh ủy\tSở Văn hóa, Thể thao và Du lịch\tQuý 3/2026
6\tBan hành Đề án phát triển kinh tế ban đêm tại các đô thị du lịch Đà Lạt, Mũi Né\tĐảng ủy UBND tỉnh\t\t6 tháng đầu năm 2026
7\tTuyên truyền kết quả chuyển đổi số trên Báo và Phát thanh, Truyền hình Lâm Đồng\tBan Tuyên giáo và Dân vận Tỉnh ủy\t\tThường xuyên
8\tKiểm tra, giám sát việc thực hiện Nghị quyết số 02-NQ/TU tại các đảng ủy trực thuộc\tỦy ban Kiểm tra Tỉnh ủy\t\tĐịnh kỳ hằng năm
9\tTham mưu sửa đổi, bổ sung Quyết định số 28/2025/QĐ-UBND ngày 25/11/2025 của UBND tỉnh\tĐảng ủy UBND tỉnh\tSở Xây dựng\tQuý II/2026
10\tSơ kết 03 năm thực hiện Kế hoạch này\tVăn phòng Tỉnh ủy\t\tNăm 2028"""
w("tu_kh14_2025.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "14-KH/TU", "Lâm Đồng, ngày 20 tháng 11 năm 2025", f"""KẾ HOẠCH
thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy và các nhiệm vụ trọng tâm sau hợp nhất tỉnh
-----
Thực hiện Nghị quyết số 02-NQ/TU, ngày 05/11/2025 của Ban Chấp hành Đảng bộ tỉnh khóa I về chuyển đổi số, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
(Có Phụ lục nhiệm vụ kèm theo)
II. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì, phối hợp các sở, ngành tham mưu UBND tỉnh ban hành quyết định bãi bỏ Quyết định số 11/2020/QĐ-UBND ngày 12-5-2020 của UBND tỉnh Đắk Nông (cũ); thời hạn: chậm nhất ngày 30/9/2026.
2. Sở Xây dựng chủ trì tham mưu UBND tỉnh ban hành quyết định thay thế Quyết định số 18/2020/QĐ-UBND ngày 03/7/2020 của UBND tỉnh Lâm Đồng (cũ), hoàn thành trong Quý IV/2026.
3. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại địa phương, đơn vị.
4. Liên đoàn Lao động tỉnh xây dựng chương trình hành động thực hiện Kế hoạch này trong công nhân, viên chức, người lao động.
T/M BAN THƯỜNG VỤ
BÍ THƯ

PHỤ LỤC
NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 14-KH/TU, ngày 20/11/2025 của Ban Thường vụ Tỉnh ủy)
{TABLE}"""))

w("tu_qc09_2026.html", portal("Quy chế 09-QC/TU", ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "*", "Số 09-QC/TU"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Đồng, ngày 10 tháng 3 năm 2026"], """QUY CHẾ
làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy khóa I, nhiệm kỳ 2025 - 2030
Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh.
Chương VI. ĐIỀU KHOẢN THI HÀNH
Điều 32. Quy chế này có hiệu lực từ ngày ký, thay thế Quy chế số 01-QC/TU ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh.
T/M TỈNH ỦY
BÍ THƯ"""))

w("btctu_hd03_2026.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "BAN TỔ CHỨC TỈNH ỦY", "03-HD/BTCTU", "Lâm Đồng, ngày 15 tháng 01 năm 2026", """HƯỚNG DẪN
thực hiện Quy định số 06-QĐ/TU ngày 10.11.2025 của Ban Thường vụ Tỉnh ủy về kiểm soát quyền lực trong công tác xây dựng Đảng
-----
Căn cứ Quy định số 04-QĐ/TU ngày 28/10/2025 của Tỉnh ủy về phân cấp quản lý cán bộ; căn cứ Quy định số 06-QĐ/TU ngày 10.11.2025 của Ban Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện như sau:
1. Về trách nhiệm người đứng đầu.
T/L BAN THƯỜNG VỤ
TRƯỞNG BAN"""))

docx("du_thao_qd_phan_cap.docx", [
    "QUY ĐỊNH", "về phân cấp quản lý cán bộ",
    "Điều 1. Phạm vi điều chỉnh.",
    "Điều 25. Quy định này có hiệu lực từ ngày ký, thay thế Quy định số 04-QĐ/TU ngày 28/10/2025 của Ban Chấp hành Đảng bộ tỉnh về phân cấp quản lý cán bộ.",
    "T/M TỈNH ỦY", "BÍ THƯ"],
    header_table=(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "*", "Số:        -QĐ/TU"],
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Đồng, ngày      tháng 9 năm 2026"]))

w("dguubnd_bc45_2026.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "45-BC/ĐU", "Lâm Đồng, ngày 28 tháng 10 năm 2026", """BÁO CÁO
sơ kết 01 năm thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Tỉnh ủy về chuyển đổi số
-----
Căn cứ Quy định số 04-QĐ/TU ngày 28/10/2025 của Tỉnh ủy về phân cấp quản lý cán bộ; thực hiện Kế hoạch số 14-KH/TU ngày 20/11/2025 của Ban Thường vụ Tỉnh ủy, Đảng ủy UBND tỉnh báo cáo sơ kết 01 năm thực hiện Nghị quyết như sau:
I. KẾT QUẢ
Hạ tầng số đã phủ 92% xã, phường, đặc khu.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

w("ductrong_kh04_2026.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ ĐỨC TRỌNG", "04-KH/ĐU", "Đức Trọng, ngày 15 tháng 5 năm 2026", """KẾ HOẠCH
thực hiện Kế hoạch số 14-KH/TU của Ban Thường vụ Tỉnh ủy
-----
Căn cứ Quy chế số: 01 - QC/TU ngày 20-10-2025 của Ban Chấp hành Đảng bộ tỉnh; thực hiện Kế hoạch số 14-KH/TU ngày 20/11/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 02-NQ/TU và các nhiệm vụ trọng tâm sau hợp nhất tỉnh, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:
1. Số hóa sổ hộ tịch.
2. Hoàn thiện cơ sở dữ liệu đất đai.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

w("vptu_tb25_2026.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "VĂN PHÒNG TỈNH ỦY", "25-TB/VPTU", "Lâm Đồng, ngày 12 tháng 02 năm 2026", """THÔNG BÁO
ý kiến của Thường trực Tỉnh ủy về chương trình làm việc quý I/2026
-----
Thực hiện Quy chế số 01-QC/TU ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh, Văn phòng Tỉnh ủy thông báo ý kiến của Thường trực Tỉnh ủy như sau:
1. Nghị quyết số 05-NQ/TU ngày 12/12/2025 của Tỉnh ủy về phát triển du lịch được triển khai đúng tiến độ.
2. Tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 09/8/2021 của Tỉnh ủy Lâm Đồng (cũ) về phát triển nông nghiệp ứng dụng công nghệ cao.
T/L THƯỜNG TRỰC TỈNH ỦY
CHÁNH VĂN PHÒNG"""))

w("tu_nq05_2025.txt", layout(party_cols("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "05-NQ/TU", "Lâm Đồng, ngày 12 tháng 12 năm 2025", """                          NGHỊ QUYẾT
              của Ban Chấp hành Đảng bộ tỉnh khóa I
    về phát triển du lịch Lâm Đồng trở thành ngành kinh tế mũi nhọn
                              -----
    Căn cứ Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị,
    I. MỤC TIÊU
    Kết nối du lịch cao nguyên Đà Lạt với biển Mũi Né và Công viên địa chất Đắk Nông.
                                                   T/M TỈNH ỦY
                                                       BÍ THƯ""")))

# ---- state texts after the merger
w("ubnd_qd28_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "28/2025/QĐ-UBND", "Lâm Đồng, ngày 25 tháng 11 năm 2025", "QUYẾT ĐỊNH\nBan hành Quy định quản lý trật tự xây dựng trên địa bàn tỉnh Lâm Đồng", """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng trên địa bàn tỉnh Lâm Đồng.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 12 năm 2025.
2. Quyết định này thay thế các Quyết định sau:
a) Quyết định số 15/2019/QĐ-UBND ngày 22/4/2019 của UBND tỉnh Lâm Đồng;
b) Quyết định số 22/2018/QĐ-UBND ngày 01/10/2018 của UBND tỉnh Bình Thuận.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ubnd_qd35_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "35/2025/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 12 năm 2025", "QUYẾT ĐỊNH\nBãi bỏ toàn bộ, một phần một số quyết định quy phạm pháp luật của UBND tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận (cũ)", """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
QUYẾT ĐỊNH:
Điều 1. Các quyết định sau đây bị bãi bỏ toàn bộ:
1. Quyết định số 09/2021/QĐ-UBND ngày 12/4/2021 của UBND tỉnh Bình Thuận quy định quản lý hoạt động khai thác cát, sỏi lòng sông.
2. Quyết định số 14/2022/QĐ-UBND ngày 18/3/2022 của UBND tỉnh Đắk Nông quy định giá dịch vụ sử dụng đò, phà.
Điều 2. Khoản 2 Điều 4 của Quy định ban hành kèm theo Quyết định số 18/2020/QĐ-UBND ngày 03/7/2020 của UBND tỉnh Lâm Đồng bị bãi bỏ.
Điều 3. Quyết định này có hiệu lực kể từ ngày 15 tháng 12 năm 2025.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

docx("ubnd_qd30_2025.docx", [
    "QUYẾT ĐỊNH", "Ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Lâm Đồng",
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.",
    ["Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 12 năm 2025 và thay thế Quyết định số ", "07/2020/", "QĐ-UBND", " ngày 10/6/2020 của UBND tỉnh Đắk Nông."],
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    header_table=(["ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "-------", ["Số: ", "30/2025/QĐ-UBND"]],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "---------------", "Lâm Đồng, ngày 01 tháng 12 năm 2025"]))

w("ubnd_qd06_2026.html", portal("Quyết định 06/2026/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 06/2026/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 20 tháng 02 năm 2026"], """QUYẾT ĐỊNH
Ban hành Quy định quản lý, khai thác cụm công nghiệp Nhân Cơ, Quảng Tân
ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, khai thác cụm công nghiệp Nhân Cơ, Quảng Tân.
Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 3 năm 2026 và thay thế Quyết định số 07/2020/QĐ-UBND ngày 10/6/2020 của UBND tỉnh Đắk Nông (cũ).
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

w("ubnd_qd19_2026.txt", state("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "19/2026/QĐ-UBND", "Lâm Đồng, ngày 15 tháng 5 năm 2026", "QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của Quy định quản lý trật tự xây dựng ban hành kèm theo Quyết định số 28/2025/QĐ-UBND ngày 25 tháng 11 năm 2025 của UBND tỉnh Lâm Đồng", """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 28 /2025/QĐ-UBND ngày 25/11/2025 của UBND tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

w("ubnd_vbhn04_2026.md", """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG

Số: 04/VBHN-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

*Lâm Đồng, ngày 01 tháng 7 năm 2026*

# VĂN BẢN HỢP NHẤT
## QUYẾT ĐỊNH
### Ban hành Quy định quản lý trật tự xây dựng trên địa bàn tỉnh Lâm Đồng

Quyết định số 28/2025/QĐ-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Lâm Đồng ban hành Quy định quản lý trật tự xây dựng trên địa bàn tỉnh Lâm Đồng, có hiệu lực kể từ ngày 10 tháng 12 năm 2025, được sửa đổi, bổ sung bởi:

Quyết định số 19/2026/QĐ-UBND ngày 15 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh Lâm Đồng, có hiệu lực kể từ ngày 01 tháng 6 năm 2026.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý trật tự xây dựng trên địa bàn tỉnh Lâm Đồng.

Điều 2. Hiệu lực thi hành[^1]

1. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 12 năm 2025.
2. Quyết định này thay thế các Quyết định sau:
a) Quyết định số 15/2019/QĐ-UBND ngày 22/4/2019 của UBND tỉnh Lâm Đồng;
b) Quyết định số 22/2018/QĐ-UBND ngày 01/10/2018 của UBND tỉnh Bình Thuận.

**XÁC THỰC VĂN BẢN HỢP NHẤT**
**CHỦ TỊCH**

[^1]: Quyết định số 19/2026/QĐ-UBND sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 28/2025/QĐ-UBND có căn cứ ban hành như sau: "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;".
""")

w("ubnd_bc210_2026.html", portal("Báo cáo 210/BC-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 210/BC-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 20 tháng 3 năm 2026"], """BÁO CÁO
Kết quả rà soát văn bản quy phạm pháp luật sau sắp xếp đơn vị hành chính
Thực hiện Quyết định số 1234 / QĐ-TTg ngày 20/6/2025 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:
1. Quyết định số 22/2018/QĐ-UBND của UBND tỉnh Bình Thuận (cũ) đã được thay thế bởi Quyết định số 28/2025/QĐ-UBND ngày 25/11/2025 của UBND tỉnh.
2. Quyết định số 09/2021/QĐ-UBND của UBND tỉnh Bình Thuận (cũ) đã bị bãi bỏ bởi Quyết định số 35/2025/QĐ-UBND ngày 05/12/2025.
3. Nghị quyết số 05-NQ/TU của Tỉnh ủy Bình Thuận (cũ) về phát triển du lịch và Nghị quyết số 05-NQ/TU của Tỉnh ủy Lâm Đồng (cũ) về nông nghiệp công nghệ cao tiếp tục được các cơ quan triển khai.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

w("so_xd_kh145_2026.txt", state("UBND TỈNH LÂM ĐỒNG", "SỞ XÂY DỰNG", "145/KH-SXD", "Lâm Đồng, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH\nKiểm tra trật tự xây dựng năm 2026", """Căn cứ Nghị định số: 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ;
Căn cứ Quyết định số 22/2018/QĐ-UBND ngày 01-10-2018 của UBND tỉnh Bình Thuận (cũ) ban hành Quy định quản lý trật tự xây dựng;
Căn cứ Quyết định số 18/2020/QĐ-UBND ngày 03-7-2020 của UBND tỉnh Lâm Đồng (cũ) về cấp giấy phép xây dựng;
Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy;
Sở Xây dựng xây dựng Kế hoạch như sau:
1. Kiểm tra các công trình ven biển Phan Thiết, Mũi Né.
GIÁM ĐỐC"""))

w("hnd_kh30_2025.txt", party("TỈNH HỘI NÔNG DÂN LÂM ĐỒNG", "BAN THƯỜNG VỤ", "30-KH/HNDT", "Lâm Đồng, ngày 10 tháng 11 năm 2025", """KẾ HOẠCH
triển khai thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về các nhiệm vụ trọng tâm sau hợp nhất tỉnh
-----
Thực hiện Kế hoạch số 14-KH/TU ngày 20-11-2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 02-NQ/TU và các nhiệm vụ trọng tâm sau hợp nhất tỉnh, Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:
1. Hỗ trợ hội viên bán nông sản trên sàn thương mại điện tử.
T/M BAN THƯỜNG VỤ
CHỦ TỊCH""").replace("ĐẢNG CỘNG SẢN VIỆT NAM", "HỘI NÔNG DÂN VIỆT NAM"))

w("ductrong_ubnd_kh40_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ ĐỨC TRỌNG", "40/KH-UBND", "Đức Trọng, ngày 10 tháng 4 năm 2026", "KẾ HOẠCH\nQuản lý hoạt động khai thác khoáng sản trên địa bàn xã năm 2026", """Căn cứ Quyết định số 09/2021/QĐ-UBND ngày 12/4/2021 của UBND tỉnh Bình Thuận (cũ) quy định quản lý hoạt động khai thác cát, sỏi lòng sông;
Thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Tỉnh ủy;
Ủy ban nhân dân xã Đức Trọng xây dựng Kế hoạch như sau:
1. Kiểm tra các điểm khai thác cát trên sông Đa Nhim.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH"""))

# ---- programmes of work with counted months
w("blao_ctr02_2026.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY PHƯỜNG B'LAO", "02-CTr/ĐU", "B'Lao, ngày 30 tháng 12 năm 2025", """CHƯƠNG TRÌNH CÔNG TÁC
năm 2026 của Ban Chấp hành Đảng bộ phường
-----
Căn cứ Kế hoạch số 04-KH/ĐU ngày 28/11/2025 của Đảng ủy phường thực hiện Nghị quyết số 02-NQ/TU, Ban Chấp hành Đảng bộ phường xây dựng Chương trình công tác năm 2026 như sau:
Tháng 3/2026 (05 nhiệm vụ)
+ Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ.
+ Sơ kết công tác quý I.
+ Kiểm tra công tác phát triển đảng viên.
+ Tổ chức Ngày hội Trà B'Lao.
Tháng 4/2026 (03 nhiệm vụ)
+ Hội nghị Ban Chấp hành Đảng bộ phường thường kỳ.
+ Giám sát công tác thu, nộp đảng phí.
+ Kỷ niệm Ngày Giải phóng miền Nam.
T/M ĐẢNG ỦY
BÍ THƯ"""))

w("tu_ctr03_2026.txt", party("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY", "03-CTr/TU", "Lâm Đồng, ngày 26 tháng 12 năm 2025", """CHƯƠNG TRÌNH LÀM VIỆC
của Ban Thường vụ Tỉnh ủy năm 2026
-----
Căn cứ Quy chế số 01-QC/TU ngày 20/10/2025 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy xây dựng Chương trình làm việc năm 2026 như sau:
TT\tNội dung\tCơ quan chuẩn bị\tThời gian
\tTHÁNG 01/2026 (05 nội dung)\t\t
1\tHội nghị Ban Thường vụ Tỉnh ủy thường kỳ\tVăn phòng Tỉnh ủy\tTuần 2
2\tCho ý kiến Đề án sắp xếp đơn vị sự nghiệp công lập\tĐảng ủy UBND tỉnh\tTuần 3
3\tChuẩn bị Tết Nguyên đán Bính Ngọ\tVăn phòng Tỉnh ủy\tTuần 4
4\tKiểm tra công tác phòng, chống tham nhũng\tỦy ban Kiểm tra Tỉnh ủy\tTuần 4
\tTHÁNG 02/2026 (03 nội dung)\t\t
1\tHội nghị Ban Thường vụ Tỉnh ủy thường kỳ\tVăn phòng Tỉnh ủy\tTuần 1
2\tGặp mặt đầu xuân\tVăn phòng Tỉnh ủy\tTuần 2
3\tSơ kết công tác tháng 02\tVăn phòng Tỉnh ủy\tTuần 4
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

print("wrote", len(os.listdir(OUT)), "files to", OUT)
