#!/usr/bin/env python3
"""Red team, round 16 (redteam23): Nghệ An / huyện Nghi Lộc, nông thôn mới and đất đai 2016-2026.

Writes corpus/ (first wave, ~36 documents) and key.json for score.py.
The shapes: pdftotext -layout text (two-column headers, page footers), Markdown with a header table, portal HTML
(banner, breadcrumb, `&nbsp;`, sidebar), .docx (zipfile + minimal WordprocessingML, header table, task table,
footnote-like note), NFD, OCR slips, ids broken over lines.
"""
import json, os, shutil, sys, unicodedata, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- shapes
def pad(a, b, w=46):
    return a + " " * max(2, w - len(a)) + b if b else a


def party_header(lines, number, placedate, layout=True):
    """Party header as pdftotext -layout leaves it: issuer left, motto right."""
    out = []
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", placedate]
    left = list(lines) + ["*", number]
    if layout:
        n = max(len(left), len(right))
        left += [""] * (n - len(left))
        right += [""] * (n - len(right))
        for a, b in zip(left, right):
            out.append(pad(a, b).rstrip())
    else:
        out = left + [""] + right
    return "\n".join(out)


def state_header(lines, number, placedate):
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
    left = list(lines) + ["-------"]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    out = [pad(a, b).rstrip() for a, b in zip(left, right)]
    out.append(pad(number, placedate))
    return "\n".join(out)


def tab_table(head, rows):
    return "\n".join(["\t".join(head)] + ["\t".join(r) for r in rows])


def md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows]
    return "\n".join(out)


def html_table(head, rows):
    h = "".join(f"<th>{escape(c)}</th>" for c in head)
    b = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    return f'<table border="1" cellpadding="3">\n<tr>{h}</tr>\n{b}</table>'


def to_html(title, body_paras, banner="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN", crumb="Trang chủ » Văn bản » Chỉ đạo điều hành",
            header_cells=None, sidebar=None):
    """A portal page: banner, breadcrumb, header as a two-cell table, paragraphs (a str starting with '<' is raw)."""
    ps = []
    for p in body_paras:
        if p.startswith("<"):
            ps.append(p)
        else:
            ps.append("<p>" + escape(p).replace(" ngày ", "&nbsp;ngày&nbsp;") + "</p>")
    hdr = ""
    if header_cells:
        l, r = header_cells
        hdr = ('<table class="hdr" width="100%"><tr><td align="center">' + "<br/>".join(escape(x) for x in l) +
               '</td><td align="center">' + "<br/>".join(escape(x) for x in r) + "</td></tr></table>")
    side = ""
    if sidebar:
        side = '<div class="sidebar"><h3>VĂN BẢN MỚI</h3><ul>' + "".join(
            f'<li><a href="/van-ban/{i}">{escape(s)}</a></li>' for i, s in enumerate(sidebar)) + "</ul></div>"
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body>
<div class="banner">{escape(banner)}</div>
<div class="crumb">{escape(crumb)}</div>
<div class="content">
{hdr}
{chr(10).join(ps)}
</div>
{side}
<div class="footer">Bản quyền thuộc {escape(banner.title())}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>
</body></html>
"""


def _run(t):
    return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def _para(t, bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    if bold:
        return f'<w:p>{ppr}<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
    # split runs inside words as Word does after edits
    if len(t) > 30:
        k = len(t) // 3
        return f"<w:p>{ppr}{_run(t[:k])}{_run(t[k:])}</w:p>"
    return f"<w:p>{ppr}{_run(t)}</w:p>"


def _tbl(rows):
    out = ["<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"]
    for r in rows:
        out.append("<w:tr>")
        for c in r:
            cell_lines = c.split("\n")
            out.append("<w:tc>" + "".join(_para(x, center=True) for x in cell_lines) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write_docx(path, blocks):
    """blocks: ('p', text) | ('b', text) | ('c', text) centred | ('t', rows)"""
    body = []
    for kind, v in blocks:
        if kind == "p":
            body.append(_para(v))
        elif kind == "b":
            body.append(_para(v, bold=True, center=True))
        elif kind == "c":
            body.append(_para(v, center=True))
        elif kind == "t":
            body.append(_tbl(v))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)


def footer_pages(text, every=38, label="Trang"):
    """pdftotext leaves a page footer and a form feed every so many lines."""
    lines = text.split("\n")
    out, page = [], 1
    for i, l in enumerate(lines, 1):
        out.append(l)
        if i % every == 0:
            out.append("")
            out.append(" " * 60 + f"{label} {page}")
            out.append("\f")
            page += 1
    return "\n".join(out)


def nfd(s):
    return unicodedata.normalize("NFD", s)


TASK_HEAD = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


# ---------------------------------------------------------------- corpus
def build(out):
    F = {}  # name -> text (str) or ('docx', blocks)

    # ============ TỈNH ỦY ============
    F["tu_25-ctr_2021.txt"] = footer_pages(party_header(
        ["ĐẢNG BỘ TỈNH NGHỆ AN", "BAN CHẤP HÀNH"], "Số 25-CTr/TU", "Nghệ An, ngày 20 tháng 5 năm 2021") + """

                              CHƯƠNG TRÌNH HÀNH ĐỘNG
              thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX
         về xây dựng nông thôn mới giai đoạn 2021 - 2025, định hướng đến năm 2030
                                        -----

     Căn cứ Nghị quyết số 26-NQ/TW, ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng khóa X về nông
nghiệp, nông dân, nông thôn; Kết luận số 54-KL/TW, ngày 07/8/2019 của Bộ Chính trị về tiếp tục thực hiện
Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn;
     Căn cứ Nghị quyết số 26-NQ/TW, ngày 30/7/2013 của Bộ Chính trị khóa XI về phương hướng, nhiệm vụ phát
triển tỉnh Nghệ An đến năm 2020 và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025,
     Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động như sau:

I. MỤC ĐÍCH, YÊU CẦU
     1. Cụ thể hóa mục tiêu xây dựng nông thôn mới của Nghị quyết Đại hội Đảng bộ tỉnh; phấn đấu đến năm
2025 có 70% số xã đạt chuẩn nông thôn mới, 12 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.
     2. Gắn xây dựng nông thôn mới với quản lý, sử dụng đất đai theo quy hoạch, dồn điền đổi thửa.

II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
     1. Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền và người dân.
     2. Huy động và sử dụng hiệu quả các nguồn lực; thực hiện nghiêm Luật Xây dựng, Luật Đất đai năm 2013.
     3. Nhiệm vụ cụ thể (Phụ lục kèm theo).

III. TỔ CHỨC THỰC HIỆN
     1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện
Chương trình này.
     2. Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Chương trình
phù hợp với địa phương, đơn vị.
     3. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tuyên truyền, theo dõi, đôn đốc.

                        PHỤ LỤC NHIỆM VỤ CỤ THỂ
               (Kèm theo Chương trình số 25-CTr/TU, ngày 20/5/2021)

""" + tab_table(TASK_HEAD, [
        ["1", "Tổng kết 05 năm thực hiện Chương trình này", "Ban Cán sự đảng UBND tỉnh", "Các sở, ngành", "Quý IV/2025"],
        ["2", "Tuyên truyền, phổ biến Chương trình", "Ban Tuyên giáo Tỉnh ủy", "Báo Nghệ An", "Thường xuyên"],
        ["3", "Ban hành Nghị quyết về chính sách hỗ trợ xây dựng nông thôn mới giai đoạn 2021 - 2025",
         "Đảng đoàn HĐND tỉnh", "Ban cán sự đảng UBND tỉnh", "Quý III/2021"],
    ]) + """

                                                T/M TỈNH ỦY
                                                  BÍ THƯ
                                               (đã ký)
Nơi nhận:
- Ban Bí thư Trung ương Đảng,
- Các huyện ủy, thành ủy, thị ủy,
- Lưu Văn phòng Tỉnh ủy.
""", every=34)

    F["tu_09-nq_2022.md"] = """| ĐẢNG BỘ TỈNH NGHỆ AN | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| **BAN CHẤP HÀNH** | |
| \\* | |
| Số 09-NQ/TU | *Nghệ An, ngày 15 tháng 11 năm 2022* |

# NGHỊ QUYẾT

## về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, sử dụng đất đai trên địa bàn tỉnh đến năm 2030

Thực hiện Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới,
hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa nước ta trở thành
nước phát triển có thu nhập cao và Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII
về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết
như sau:

## I. TÌNH HÌNH

Sau 10 năm thực hiện Luật Đất đai năm 2013, công tác quản lý đất đai trên địa bàn tỉnh có nhiều chuyển biến; quy hoạch
tỉnh Nghệ An thời kỳ 2021 - 2030 đang được hoàn thiện để trình Thủ tướng Chính phủ phê duyệt.

## II. MỤC TIÊU, NHIỆM VỤ

1. Hoàn thành lập quy hoạch, kế hoạch sử dụng đất cấp huyện thời kỳ 2021 - 2030 trong năm 2023.
2. Đẩy mạnh dồn điền, đổi thửa gắn với xây dựng nông thôn mới.

## III. TỔ CHỨC THỰC HIỆN

1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết; chỉ đạo rà soát, sửa đổi
các quy định của tỉnh về đất đai.
2. Các huyện ủy, thành ủy, thị ủy tổ chức quán triệt và cụ thể hóa Nghị quyết bằng kế hoạch của cấp mình.
3. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện.

Nghị quyết này được phổ biến đến chi bộ.

| | **T/M TỈNH ỦY** |
|---|---|
| | **BÍ THƯ** |
"""

    F["tu_180-bc_2024.html"] = to_html(
        "Báo cáo sơ kết 03 năm thực hiện Chương trình hành động 25-CTr/TU",
        ["BÁO CÁO",
         "Sơ kết 03 năm thực hiện Chương trình số 25-CTr/TU, ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới giai đoạn 2021 - 2025",
         "Thực hiện Chương trình số 25-CTr/TU, ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy báo cáo sơ kết 03 năm như sau:",
         "I. KẾT QUẢ THỰC HIỆN",
         "Đến hết tháng 5/2024 toàn tỉnh có 318/411 xã đạt chuẩn nông thôn mới; huyện Nghi Lộc được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới năm 2020.",
         "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 210/KH-UBND ngày 15/7/2021 và Quyết định số 12/2022/QĐ-UBND ngày 18/3/2022 ban hành Bộ tiêu chí xã nông thôn mới nâng cao.",
         "II. NHIỆM VỤ THỜI GIAN TỚI",
         "Chuẩn bị tổng kết 05 năm thực hiện Chương trình vào cuối năm 2025.",
         "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"],
        header_cells=(["ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY", "*", "Số 180-BC/TU"],
                      ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghệ An, ngày 20 tháng 6 năm 2024"]),
        crumb="Trang chủ » Xây dựng Đảng » Văn bản Tỉnh ủy",
        sidebar=["Chỉ thị số 31-CT/TU về lãnh đạo Đại hội đảng bộ các cấp", "Kế hoạch số 279-KH/TU ngày 12/6/2024"])

    F["tu_03-qd_2020.txt"] = party_header(["TỈNH ỦY NGHỆ AN"], "Số 03-QĐ/TU", "Nghệ An, ngày 10 tháng 12 năm 2020") + """

                                   QUYẾT ĐỊNH
       ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh
                                     -----
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020 - 2025,

                         BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.

                                                        T/M BAN THƯỜNG VỤ
                                                             BÍ THƯ
"""

    F["tu_118-qd_2023.docx"] = ("docx", [
        ("t", [["TỈNH ỦY NGHỆ AN\n*\nSố 118-QĐ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM\nNghệ An, ngày 05 tháng 3 năm 2023"]]),
        ("b", "QUYẾT ĐỊNH"),
        ("c", "ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh giai đoạn 2021 - 2025"),
        ("p", "- Căn cứ Điều lệ Đảng;"),
        ("p", "- Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;"),
        ("b", "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH"),
        ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh giai đoạn 2021 - 2025."),
        ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 03-QĐ/TU, ngày 10/12/2020 của Ban Thường vụ Tỉnh ủy."),
        ("p", "Điều 3. Văn phòng Tỉnh ủy, các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này."),
        ("c", "T/M BAN THƯỜNG VỤ"), ("c", "BÍ THƯ"),
    ])

    # ============ UBND TỈNH / HĐND TỈNH / SỞ ============
    F["ub_210-kh_2021.docx"] = ("docx", [
        ("t", [["ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 210/KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghệ An, ngày 15 tháng 7 năm 2021"]]),
        ("b", "KẾ HOẠCH"),
        ("c", "Thực hiện Chương trình hành động số 25-CTr/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới giai đoạn 2021 - 2025"),
        ("p", "Thực hiện Chương trình hành động số 25-CTr/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        ("p", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "Xác định rõ nhiệm vụ, thời hạn và trách nhiệm của các sở, ngành, UBND các huyện, thành phố, thị xã."),
        ("p", "II. NHIỆM VỤ CỤ THỂ"),
        ("t", [TASK_HEAD,
               ["1", "Ban hành Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Nghệ An giai đoạn 2022 - 2025", "Sở Nông nghiệp và PTNT", "Các sở, ngành", "Quý I/2022"],
               ["3", "Sửa đổi, bổ sung Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của HĐND tỉnh cho phù hợp Quyết định số 263/QĐ-TTg", "Sở Tài chính", "Sở NN&PTNT", "Năm 2023"],
               ["4", "Sơ kết 03 năm thực hiện Chương trình hành động số 25-CTr/TU", "Sở Nông nghiệp và PTNT", "Văn phòng điều phối NTM tỉnh", "Quý II/2024"],
               ["5", "Kiểm tra, đôn đốc các địa phương", "Văn phòng điều phối NTM tỉnh", "", "Hằng năm"]]),
        ("p", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Các sở, ngành theo chức năng, nhiệm vụ chủ động triển khai các nhiệm vụ được giao."),
        ("p", "2. UBND các huyện, thành phố, thị xã xây dựng kế hoạch thực hiện trên địa bàn, gửi về Sở Nông nghiệp và PTNT trước ngày 30/8/2021."),
        ("c", "TM. ỦY BAN NHÂN DÂN"), ("c", "KT. CHỦ TỊCH"), ("c", "PHÓ CHỦ TỊCH"),
    ])

    F["ub_05-2019-qd.txt"] = state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 05/2019/QĐ-UBND",
                                          "Nghệ An, ngày 20 tháng 02 năm 2019") + """

                                    QUYẾT ĐỊNH
        Ban hành Quy định hạn mức giao đất ở, hạn mức công nhận đất ở cho hộ gia đình, cá nhân
                            trên địa bàn tỉnh Nghệ An
                                     ------
                          ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 512/TTr-STNMT ngày 25/01/2019.

                                  QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định hạn mức giao đất ở, hạn mức công nhận đất ở cho hộ gia đình, cá
nhân trên địa bàn tỉnh Nghệ An.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05 tháng 3 năm 2019.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện, thành phố, thị xã chịu trách nhiệm thi hành.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["ub_22-2024-qd.txt"] = state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 22/2024/QĐ-UBND",
                                          "Nghệ An, ngày 30 tháng 9 năm 2024") + """

                                    QUYẾT ĐỊNH
   Quy định hạn mức giao đất ở, hạn mức công nhận đất ở và diện tích tối thiểu được tách thửa
                            trên địa bàn tỉnh Nghệ An
                                     ------
                          ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;
Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật
Đất đai;
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.

                                  QUYẾT ĐỊNH:

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng ...
Điều 8. Hiệu lực thi hành
Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 10 năm 2024 và thay thế Quyết định số 05/2019/QĐ-UBND
ngày 20/02/2019 của UBND tỉnh Nghệ An ban hành Quy định hạn mức giao đất ở, hạn mức công nhận đất ở cho hộ gia đình,
cá nhân trên địa bàn tỉnh Nghệ An.

                                                             TM. ỦY BAN NHÂN DÂN
                                                             KT. CHỦ TỊCH
                                                             PHÓ CHỦ TỊCH
"""

    F["ub_10-2020-qd.txt"] = state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 10/2020/QĐ-UBND",
                                          "Nghệ An, ngày 10 tháng 4 năm 2020") + """

                                    QUYẾT ĐỊNH
     Ban hành Quy định đơn giá bồi thường nhà, công trình xây dựng, vật kiến trúc khi Nhà nước
                        thu hồi đất trên địa bàn tỉnh Nghệ An
                          ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi
Nhà nước thu hồi đất;

                                  QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định đơn giá bồi thường nhà, công trình xây dựng, vật kiến trúc.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 4 năm 2020 và thay thế Quyết định số
08/2018/QĐ-UBND ngày 24/01/2018 của UBND tỉnh.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["ub_14-2020-qd.html"] = to_html(
        "Quyết định 14/2020/QĐ-UBND quy định bồi thường cây trồng, vật nuôi",
        ["QUYẾT ĐỊNH",
         "Ban hành Quy định đơn giá bồi thường cây trồng, vật nuôi là thủy sản khi Nhà nước thu hồi đất trên địa bàn tỉnh Nghệ An",
         "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
         "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
         "Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Ban hành kèm theo Quyết định này Quy định đơn giá bồi thường cây trồng, vật nuôi là thủy sản.",
         "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2020 và thay thế Quyết định số 08/2018/QĐ-UBND ngày 24/01/2018 của UBND tỉnh Nghệ An.",
         "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        header_cells=(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 14/2020/QĐ-UBND"],
                      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 20 tháng 5 năm 2020"]),
        crumb="Trang chủ » Hệ thống văn bản » Văn bản quy phạm pháp luật",
        sidebar=["Quyết định số 10/2020/QĐ-UBND ngày 10/4/2020", "Quyết định số 05/2019/QĐ-UBND ngày 20/02/2019"])

    F["ub_12-2022-qd.md"] = """**ỦY BAN NHÂN DÂN TỈNH NGHỆ AN**

Số: 12/2022/QĐ-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Nghệ An, ngày 18 tháng 3 năm 2022*

### QUYẾT ĐỊNH
### Ban hành Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Nghệ An giai đoạn 2022 - 2025

**ỦY BAN NHÂN DÂN TỈNH NGHỆ AN**

*Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia
xây dựng nông thôn mới giai đoạn 2021 - 2025;*

*Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn
mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025;*

*Thực hiện Kế hoạch số 210/KH-UBND ngày 15/7/2021 của UBND tỉnh;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Nghệ An giai đoạn 2022 - 2025.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2022.

**Điều 3.** Giám đốc Sở Nông nghiệp và PTNT, Chủ tịch UBND các huyện, thành phố, thị xã chịu trách nhiệm thi hành.

> TM. ỦY BAN NHÂN DÂN
> CHỦ TỊCH
"""

    F["ub_150-kh_2024.html"] = to_html(
        "Kế hoạch triển khai thi hành Luật Đất đai số 31/2024/QH15",
        ["KẾ HOẠCH",
         "Triển khai thi hành Luật Đất đai số 31/2024/QH15 trên địa bàn tỉnh Nghệ An",
         "Thực hiện Quyết định số 222/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Đất đai số 31/2024/QH15; Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
         "I. NHIỆM VỤ",
         html_table(TASK_HEAD, [
             ["1", "Rà soát các văn bản quy phạm pháp luật của tỉnh về đất đai để sửa đổi, bổ sung, thay thế", "Sở Tài nguyên và Môi trường", "Sở Tư pháp", "Quý III/2024"],
             ["2", "Tập huấn Luật Đất đai cho cán bộ cấp huyện, cấp xã", "Sở Tài nguyên và Môi trường", "UBND các huyện", "Năm 2024 và các năm tiếp theo"],
             ["3", "Bãi bỏ Quyết định số 18/2015/QĐ-UBND ngày 20/3/2015 của UBND tỉnh về trình tự lập bản đồ địa chính", "Sở Tài nguyên và Môi trường", "Sở Tư pháp", "Năm 2027"],
         ]),
         "II. TỔ CHỨC THỰC HIỆN",
         "Các sở, ngành, UBND các huyện, thành phố, thị xã căn cứ nhiệm vụ được giao tổ chức thực hiện; báo cáo kết quả về Sở Tài nguyên và Môi trường trước ngày 15/12 hằng năm.",
         "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        header_cells=(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 150/KH-UBND"],
                      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 10 tháng 5 năm 2024"]))

    F["ub_85-kh_2025.txt"] = state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 85/KH-UBND",
                                          "Nghệ An, ngày 15 tháng 4 năm 2025") + """

                                     KẾ HOẠCH
   Rà soát, hoàn thiện hệ thống văn bản của tỉnh về đất đai sau khi Luật Đất đai năm 2024 có hiệu lực
                                      -----
     Thực hiện Kế hoạch số 150/KH-UBND ngày 10/5/2024 của UBND tỉnh về triển khai thi hành Luật Đất đai số
31/2024/QH15, Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát như sau:

I. DANH MỤC VĂN BẢN CẦN SỬA ĐỔI, BỔ SUNG
""" + tab_table(TASK_HEAD, [
        ["1", "Sửa đổi, bổ sung Quyết định số 22/2024/QĐ-UBND ngày 30/9/2024 của UBND tỉnh về hạn mức giao đất ở, diện tích tối thiểu tách thửa", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Quý III/2025"],
        ["2", "Xây dựng Quy định bảng giá đất lần đầu áp dụng từ ngày 01/01/2026", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý IV/2025"],
        ["3", "Theo dõi thi hành pháp luật về đất đai", "Sở Tư pháp", "", "Thường xuyên"],
    ]) + """

II. TỔ CHỨC THỰC HIỆN
     Sở Nông nghiệp và Môi trường (được thành lập trên cơ sở hợp nhất Sở Nông nghiệp và PTNT và Sở Tài nguyên và
Môi trường từ ngày 01/3/2025) chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch này.

                                                             TM. ỦY BAN NHÂN DÂN
                                                             KT. CHỦ TỊCH
                                                             PHÓ CHỦ TỊCH
"""

    F["ub_20-2025-qd.txt"] = state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 20/2025/QĐ-UBND",
                                          "Nghệ An, ngày 26 tháng 12 năm 2025") + """

                                    QUYẾT ĐỊNH
              Ban hành Bảng giá đất áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh Nghệ An
                          ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Đất đai số 31/2024/QH15;
Căn cứ Nghị quyết số 45/NQ-HĐND ngày 20/12/2025 của Hội đồng nhân dân tỉnh thông qua Bảng giá đất;
Thực hiện Kế hoạch số 85/KH-UBND ngày 15/4/2025 của UBND tỉnh;

                                  QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định Bảng giá đất lần đầu áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["hdnd_12-2021-nq.txt"] = state_header(["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 12/2021/NQ-HĐND",
                                            "Nghệ An, ngày 14 tháng 7 năm 2021") + """

                                    NGHỊ QUYẾT
     Quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Nghệ An giai đoạn 2021 - 2025
                                      ------
                         HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN
                          KHÓA XVIII, KỲ HỌP THỨ HAI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Xét Tờ trình số 4321/TTr-UBND ngày 25/6/2021 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách
Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

                                  QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh ...
Điều 5. Hỗ trợ dồn điền, đổi thửa ...
Điều 8. Hiệu lực thi hành
Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An khóa XVIII, kỳ họp thứ hai thông qua ngày 14 tháng 7 năm 2021
và có hiệu lực từ ngày 25 tháng 7 năm 2021.

                                                                   CHỦ TỊCH
"""

    F["hdnd_25-2023-nq.txt"] = state_header(["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 25/2023/NQ-HĐND",
                                            "Nghệ An, ngày 08 tháng 12 năm 2023") + """

                                    NGHỊ QUYẾT
   Sửa đổi, bổ sung một số điều của Nghị quyết số 12/2021/NQ-HĐND ngày 14 tháng 7 năm 2021 của Hội đồng
  nhân dân tỉnh quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Nghệ An giai đoạn 2021 - 2025
                         HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN
                          KHÓA XVIII, KỲ HỌP THỨ 17

Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ;
Xét Tờ trình số 9876/TTr-UBND ngày 20/11/2023 của Ủy ban nhân dân tỉnh;

                                  QUYẾT NGHỊ:

Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh
1. Khoản 2 Điều 3 được sửa đổi, bổ sung như sau: ...
2. Bãi bỏ Điều 5.
Điều 2. Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An khóa XVIII, kỳ họp thứ 17 thông qua ngày 08 tháng 12
năm 2023 và có hiệu lực từ ngày 20 tháng 12 năm 2023.

                                                                   CHỦ TỊCH
"""

    F["hdnd_12-nq_2022.txt"] = state_header(["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 12/NQ-HĐND",
                                            "Nghệ An, ngày 09 tháng 12 năm 2022") + """

                                    NGHỊ QUYẾT
        Về việc điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn vốn ngân sách
              trung ương thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới
                         HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN
                          KHÓA XVIII, KỲ HỌP THỨ 11

Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh;
Xét Tờ trình số 8800/TTr-UBND ngày 25/11/2022 của Ủy ban nhân dân tỉnh;

                                  QUYẾT NGHỊ:

Điều 1. Điều chỉnh kế hoạch đầu tư công trung hạn ...
Điều 2. Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XVIII, kỳ họp thứ 11 thông qua ngày 09 tháng 12 năm 2022.

                                                                   CHỦ TỊCH
"""

    F["ub_8120-ttr_2025.txt"] = state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 8120/TTr-UBND",
                                             "Nghệ An, ngày 20 tháng 11 năm 2025") + """

                                     TỜ TRÌNH
      Đề nghị ban hành Nghị quyết quy định chính sách hỗ trợ xây dựng nông thôn mới giai đoạn 2026 - 2030
                                      ------
                Kính gửi: Hội đồng nhân dân tỉnh Nghệ An khóa XVIII, kỳ họp thứ 30.

     Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, ban hành Nghị quyết quy định chính sách hỗ trợ
xây dựng nông thôn mới giai đoạn 2026 - 2030, thay thế Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 và Nghị quyết số
25/2023/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh.
     (Kèm theo dự thảo Nghị quyết và hồ sơ liên quan).

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["snn_1520-hd_2022.docx"] = ("docx", [
        ("t", [["UBND TỈNH NGHỆ AN\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 1520/HD-SNN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghệ An, ngày 20 tháng 5 năm 2022"]]),
        ("b", "HƯỚNG DẪN"),
        ("c", "Thực hiện Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Nghệ An giai đoạn 2022 - 2025"),
        ("p", "Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 18/3/2022 của UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Nghệ An giai đoạn 2022 - 2025, Sở Nông nghiệp và PTNT hướng dẫn thực hiện như sau:"),
        ("p", "1. Tiêu chí số 1 về Quy hoạch: xã có quy hoạch chung xây dựng xã được phê duyệt theo Luật Quy hoạch số 21/2017/QH14."),
        ("p", "2. Tiêu chí số 17 về Môi trường và an toàn thực phẩm ..."),
        ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị UBND các huyện phản ánh về Sở Nông nghiệp và PTNT (qua Văn phòng điều phối nông thôn mới tỉnh)."),
        ("c", "GIÁM ĐỐC"),
    ])

    F["ub_123-kh_2023.txt"] = state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 123/KH-UBND",
                                           "Nghệ An, ngày 02 tháng 3 năm 2023") + """

                                     KẾ HOẠCH
      Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Nghệ An năm 2023

     Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia
xây dựng nông thôn mới giai đoạn 2021 - 2025; Quyết định số 12/2022/QĐ-UBND ngày 18/3/2022 của UBND tỉnh, Ủy ban nhân
dân tỉnh ban hành Kế hoạch năm 2023 như sau:

""" + tab_table(TASK_HEAD, [
        ["1", "Phấn đấu thêm 20 xã đạt chuẩn nông thôn mới, 15 xã đạt chuẩn nông thôn mới nâng cao", "UBND các huyện, thành phố, thị xã", "Sở NN&PTNT", "Năm 2023"],
        ["2", "Xây dựng Đề án phát triển sản phẩm OCOP gắn với du lịch nông thôn tỉnh Nghệ An giai đoạn 2023 - 2030", "Sở Nông nghiệp và PTNT", "Sở Văn hóa và Thể thao", "Năm 2023"],
        ["3", "Đánh giá, công nhận sản phẩm OCOP cấp tỉnh", "Hội đồng đánh giá sản phẩm OCOP tỉnh", "", "Hằng năm"],
    ]) + """

                                                             TM. ỦY BAN NHÂN DÂN
                                                             KT. CHỦ TỊCH
"""

    # ============ HUYỆN NGHI LỘC ============
    F["hu_52-kh_2021.txt"] = party_header(["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NGHI LỘC"], "Số 52-KH/HU",
                                          "Nghi Lộc, ngày 25 tháng 6 năm 2021") + """

                                      KẾ HOẠCH
                   thực hiện Chương trình hành động số 25-CTr/TU, ngày 20/5/2021
                   của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới
                                       -----
     Thực hiện Chương trình hành động số 25-CTr/TU, ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông
thôn mới giai đoạn 2021 - 2025; tiếp tục thực hiện Nghị quyết 26-NQ/TW về nông nghiệp, nông dân, nông thôn,
Ban Thường vụ Huyện ủy Nghi Lộc xây dựng Kế hoạch thực hiện như sau:

I. MỤC TIÊU
     Giữ vững và nâng cao chất lượng các tiêu chí huyện nông thôn mới; đến năm 2025 có 12 xã đạt chuẩn nông thôn mới
nâng cao, 04 xã đạt chuẩn nông thôn mới kiểu mẫu.

II. NHIỆM VỤ
     1. Đẩy mạnh dồn điền, đổi thửa, tích tụ ruộng đất; thực hiện nghiêm Luật Xây dựng.
     2. Phát triển sản phẩm OCOP; Sở Xây dựng hướng dẫn quy hoạch khu dân cư (theo phân cấp).

III. TỔ CHỨC THỰC HIỆN
     1. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện, gửi về Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy).
     2. Đảng đoàn Hội đồng nhân dân huyện lãnh đạo Hội đồng nhân dân huyện cụ thể hóa bằng nghị quyết về đầu tư công
trung hạn cho xây dựng nông thôn mới.
     3. Ban Tuyên giáo Huyện ủy chủ trì theo dõi, đôn đốc; định kỳ báo cáo Ban Thường vụ Huyện ủy.

                                                             T/M BAN THƯỜNG VỤ
                                                                  BÍ THƯ
"""

    F["hu_118-kh_2023.txt"] = footer_pages(party_header(["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NGHI LỘC"], "Số 118-KH/HU",
                                                        "Nghi Lộc, ngày 10 tháng 02 năm 2023") + """

                                      KẾ HOẠCH
             thực hiện Nghị quyết số 09-NQ/TU, ngày 15/12/2022 của Ban Chấp hành Đảng bộ tỉnh
            về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, sử dụng đất đai
                                       -----
     Thực hiện Nghị quyết số 09-NQ/TU, ngày 15/12/2022 của Ban Chấp hành Đảng bộ tỉnh về tăng cường sự lãnh đạo của
Đảng đối với công tác quản lý, sử dụng đất đai trên địa bàn tỉnh đến năm 2030, Ban Thường vụ Huyện ủy xây dựng Kế
hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
     Quán triệt sâu sắc Nghị quyết đến cán bộ, đảng viên; xác định nhiệm vụ cụ thể, phân công rõ trách nhiệm.

II. NHIỆM VỤ TRỌNG TÂM
     1. Hoàn thành điều chỉnh quy hoạch sử dụng đất huyện Nghi Lộc thời kỳ 2021 - 2030 phù hợp Quy hoạch tỉnh.
     2. Giải quyết dứt điểm các tồn đọng về cấp giấy chứng nhận quyền sử dụng đất tại các xã Nghi Thạch, Nghi Long.

III. TỔ CHỨC THỰC HIỆN
     1. Ủy ban nhân dân huyện xây dựng kế hoạch thực hiện Kế hoạch này, tổ chức triển khai trên địa bàn.
     2. Đảng ủy các xã, thị trấn tổ chức quán triệt, xây dựng chương trình hành động của cấp mình.
     3. Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện tại các tổ chức cơ sở đảng.

                                                             T/M BAN THƯỜNG VỤ
                                                               PHÓ BÍ THƯ
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các đảng ủy cơ sở,
- Lưu VP.
""", every=30)

    F["hu_210-qd_2024.txt"] = nfd(party_header(["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NGHI LỘC"], "Số 210-QĐ/HU",
                                               "Nghi Lộc, ngày 15 tháng 4 năm 2024") + """

                                     QUYẾT ĐỊNH
         ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện
                                       -----
- Căn cứ Điều lệ Đảng;
- Căn cứ Quyết định số 03-QĐ/TU, ngày 10/12/2020 của Ban Thường vụ Tỉnh ủy ban hành Quy chế hoạt động của Ban Chỉ
đạo các Chương trình mục tiêu quốc gia tỉnh;
- Xét đề nghị của Văn phòng Huyện ủy,

                         BAN THƯỜNG VỤ HUYỆN ỦY QUYẾT ĐỊNH

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.

                                                             T/M BAN THƯỜNG VỤ
                                                                  BÍ THƯ
""")

    F["ubh_123-kh_2023a.txt"] = state_header(["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"], "Số: 123/KH-UBND",
                                             "Nghi Lộc, ngày 12 tháng 4 năm 2023") + """

                                     KẾ HOẠCH
        Xây dựng xã nông thôn mới kiểu mẫu trên địa bàn huyện Nghi Lộc năm 2023

     Thực hiện Kế hoạch số 52-KH/HU ngày 25/6/2021 của Ban Thường vụ Huyện ủy; Quyết định số 12/2022/QĐ-UBND ngày
18/3/2022 của UBND tỉnh, UBND huyện Nghi Lộc ban hành Kế hoạch như sau:
     1. Chọn xã Nghi Long, xã Nghi Thạch phấn đấu đạt chuẩn nông thôn mới kiểu mẫu năm 2023.
     2. Phòng Nông nghiệp và PTNT chủ trì hướng dẫn, theo dõi.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["ubh_123-kh_2023b.md"] = """ỦY BAN NHÂN DÂN **HUYỆN NGHI LỘC**

**Số: 123/KH-UBND**

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

*Nghi Lộc, ngày 20 tháng 9 năm 2023*

## KẾ HOẠCH
## Dồn điền, đổi thửa gắn với chỉnh trang đồng ruộng năm 2023 - 2024

Thực hiện Kế hoạch số 118-KH/HU ngày 10/02/2023 của Ban Thường vụ Huyện ủy Nghi Lộc, UBND huyện ban hành Kế hoạch
dồn điền, đổi thửa như sau:

| TT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Rà soát hiện trạng ruộng đất tại các xã | Phòng Tài nguyên và Môi trường | Tháng 10/2023 |
| 2 | Hoàn thành đo đạc, chỉnh lý bản đồ địa chính | UBND các xã | Quý II/2024 |

*TM. ỦY BAN NHÂN DÂN — KT. CHỦ TỊCH — PHÓ CHỦ TỊCH*
"""

    F["ubh_123-kh_2022.txt"] = state_header(["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"], "Số: 123/KH-UBND",
                                            "Nghi Lộc, ngày 18 tháng 5 năm 2022") + """

                                     KẾ HOẠCH
               Tổ chức Ngày hội Đại đoàn kết gắn với xây dựng nông thôn mới năm 2022

     Thực hiện Kế hoạch số 52-KH/HU ngày 25/6/2021 của Ban Thường vụ Huyện ủy, UBND huyện ban hành Kế hoạch như sau:
     1. Các xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc gắn với ra quân xây dựng nông thôn mới.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["ubh_40-kh_2022.txt"] = state_header(["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"], "Số: 40/KH-UBND",
                                           "Nghi Lộc, ngày 15 tháng 3 năm 2022") + """

                                     KẾ HOẠCH
            Thực hiện Bộ tiêu chí xã nông thôn mới nâng cao trên địa bàn huyện năm 2022

     Thực hiện Hướng dẫn số 02/HD-UBND ngày 15/3/2022 của UBND huyện Nghi Lộc về đánh giá, chấm điểm tiêu chí xã
nông thôn mới nâng cao; Kế hoạch số 210/KH-UBND ngày 15/7/2021 của UBND tỉnh, UBND huyện ban hành Kế hoạch như sau:
     1. Các xã Nghi Thạch, Nghi Long, Nghi Xá rà soát, đánh giá mức độ đạt các tiêu chí.
     2. Thời gian hoàn thành: Tháng 6/2022.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["ubh_02-hd_2022.txt"] = state_header(["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"], "Số: 02/HD-UBND",
                                           "Nghi Lộc, ngày 15 tháng 3 năm 2022") + """

                                    HƯỚNG DẪN
       Đánh giá, chấm điểm mức độ đạt tiêu chí xã nông thôn mới nâng cao trên địa bàn huyện năm 2022

     Căn cứ Kế hoạch số 40/KH-UBND ngày 15/3/2022 của UBND huyện Nghi Lộc thực hiện Bộ tiêu chí xã nông thôn mới
nâng cao trên địa bàn huyện năm 2022, UBND huyện hướng dẫn như sau:
     1. Thành lập Tổ thẩm định cấp huyện.
     2. Chấm điểm theo thang điểm 100.

                                                             TM. ỦY BAN NHÂN DÂN
                                                             KT. CHỦ TỊCH
"""

    F["ubh_70-kh_2024.txt"] = state_header(["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"], "Số: 70/KH-UBND",
                                           "Nghi Lộc, ngày 05 tháng 3 năm 2024") + """

                                     KẾ HOẠCH
            Nâng cao chất lượng các tiêu chí huyện nông thôn mới năm 2024

     Thực hiện Kế hoạch số 52-KH/HU ngày 25/6/2021 của Ban Thường vụ Huyện ủy, UBND huyện ban hành Kế hoạch như sau:

I. NHIỆM VỤ THEO THỜI GIAN
Quý II/2024 (03 nhiệm vụ):
     1. Rà soát tiêu chí giao thông, thủy lợi tại 07 xã vùng bãi ngang.
     2. Hoàn thiện hồ sơ xã Nghi Long đạt chuẩn nông thôn mới kiểu mẫu.
     3. Tổ chức hội nghị đánh giá tiêu chí môi trường.
Quý III/2024 (05 nhiệm vụ):
     1. Kiểm tra công tác dồn điền, đổi thửa tại các xã.
     2. Đôn đốc giải ngân vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
     3. Hoàn thành chỉnh trang khu trung tâm xã Nghi Thạch.
     4. Báo cáo kết quả về UBND tỉnh.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["ubh_35-kh_2021.txt"] = state_header(["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"], "Số: 35/KH-UBND",
                                           "Nghi Lộc, ngày 05 tháng 3 năm 2021") + """

                                     KẾ HOẠCH
                    Ra quân xây dựng nông thôn mới năm 2021

     Thực hiện Chương trình hành động số 25-CTr/TU của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới giai
đoạn 2021 - 2025, UBND huyện Nghi Lộc ban hành Kế hoạch ra quân như sau:
     1. Tổ chức lễ ra quân đồng loạt tại các xã ngày 20/3/2021.
     2. Các xã báo cáo kết quả trước ngày 30/4/2021.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["ubh_160-kh_2024.txt"] = state_header(["ỦY BAN NHÂN DÂN", "HUYỆN NGHI LỘC"], "Số: 160/KH-UBND",
                                            "Nghi Lộc, ngày 08 tháng 10 năm 2024") + """

                                     KẾ HOẠCH
             Giao đất ở cho hộ gia đình, cá nhân tại các xã năm 2024 - 2025

     Căn cứ Quyết định số 05/2019/QĐ-UBND ngày 20/02/2019 của UBND tỉnh ban hành Quy định hạn mức giao đất ở, hạn mức
công nhận đất ở cho hộ gia đình, cá nhân trên địa bàn tỉnh Nghệ An;
     Căn cứ Kế hoạch số 123/KH-UBND ngày 20/9/2023 của UBND huyện về dồn điền, đổi thửa,
     UBND huyện ban hành Kế hoạch như sau:
     1. Rà soát quỹ đất ở tại các xã Nghi Thạch, Nghi Long, Nghi Xá.
     2. Tổ chức đấu giá quyền sử dụng đất theo quy định.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["hdndh_15-nq_2021.txt"] = state_header(["HỘI ĐỒNG NHÂN DÂN", "HUYỆN NGHI LỘC"], "Số: 15/NQ-HĐND",
                                             "Nghi Lộc, ngày 20 tháng 12 năm 2021") + """

                                    NGHỊ QUYẾT
   Về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 thực hiện Chương trình mục tiêu quốc gia xây dựng
                             nông thôn mới huyện Nghi Lộc
                         HỘI ĐỒNG NHÂN DÂN HUYỆN NGHI LỘC
                            KHÓA XX, KỲ HỌP THỨ TƯ

Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;
Thực hiện Kế hoạch số 52-KH/HU ngày 25/6/2021 của Ban Thường vụ Huyện ủy về thực hiện Chương trình hành động số
25-CTr/TU của Ban Chấp hành Đảng bộ tỉnh;
Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Ủy ban nhân dân tỉnh Nghệ An quy định chính sách hỗ trợ
xây dựng nông thôn mới trên địa bàn tỉnh Nghệ An giai đoạn 2021 - 2025;
Xét Tờ trình số 512/TTr-UBND ngày 10/12/2021 của UBND huyện;

                                  QUYẾT NGHỊ:

Điều 1. Thông qua kế hoạch đầu tư công trung hạn ...
Điều 2. Nghị quyết này đã được HĐND huyện Nghi Lộc khóa XX, kỳ họp thứ tư thông qua ngày 20 tháng 12 năm 2021.

                                                                   CHỦ TỊCH
"""

    # ============ XÃ ============
    F["du_nghithach_25-kh_2021.md"] = """| ĐẢNG BỘ HUYỆN NGHI LỘC | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| ĐẢNG ỦY XÃ NGHI THẠCH | |
| \\* | *Nghi Thạch, ngày 10 tháng 8 năm 2021* |
| Số 25-KH/ĐU | |

**KẾ HOẠCH**
**thực hiện Kế hoạch số 52-KH/HU, ngày 25/6/2021 của Ban Thường vụ Huyện ủy Nghi Lộc về xây dựng nông thôn mới**

Thực hiện Kế hoạch số 52-KH/HU, ngày 25/6/2021 của Ban Thường vụ Huyện ủy Nghi Lộc thực hiện Chương trình
hành động sô 25-CTr/TU của Ban Chấp hành Đảng bộ tỉnh; Nghị quyết Đại hội Đảng bộ xã lần thứ XXV, nhiệm kỳ
2020 - 2025, Ban Chấp hành Đảng bộ xã Nghi Thạch xây dựng Kế hoạch như sau:

1. Mục tiêu: đến năm 2023 xã Nghi Thạch đạt chuẩn nông thôn mới nâng cao; năm 2025 đạt chuẩn kiểu mẫu.

2. Nhiệm vụ: dồn điền đổi thửa xóm 3, xóm 5; chỉnh trang khu dân cư theo quy hoạch.

3. Tổ chức thực hiện: các chi bộ xây dựng kế hoạch thực hiện, UBND xã cụ thể hóa bằng kế hoạch hằng năm.

T/M ĐẢNG ỦY — BÍ THƯ
"""

    F["ubx_nghilong_45-kh_2023.txt"] = state_header(["ỦY BAN NHÂN DÂN", "XÃ NGHI LONG"], "Số: 45/KH-UBND",
                                                    "Nghi Long, ngày 06 tháng 4 năm 2023") + """

                                     KẾ HOẠCH
              Xây dựng xã nông thôn mới kiểu mẫu xã Nghi Long năm 2023

     Thực hiện Kế hoạch số 123/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân huyện Nghi Lộc về xây dựng xã nông thôn mới
kiểu mẫu; Hướng dẫn số 1520/HD-SNN ngày 20/5/2022 của Sở Nông nghiệp và PTNT tỉnh Nghệ An, UBND xã Nghi Long ban
hành Kế hoạch như sau:
     1. Hoàn thành các tiêu chí kiểu mẫu về vườn mẫu, khu dân cư mẫu trong Quý III/2023.
     2. Phối hợp với các hợp tác xã phát triển sản phẩm OCOP.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["du_trungloc_05-kh_2025.txt"] = party_header(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ TRUNG LỘC"], "Số 05-KH/ĐU",
                                                   "Trung Lộc, ngày 20 tháng 8 năm 2025") + """

                                      KẾ HOẠCH
        triển khai quản lý đất đai, xây dựng nông thôn mới sau sắp xếp đơn vị hành chính cấp xã

     Căn cứ Nghị quyết số 1678/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị
hành chính cấp xã của tỉnh Nghệ An năm 2025 (xã Trung Lộc được thành lập trên cơ sở sáp nhập các xã Nghi Long, Nghi
Thạch, Nghi Xá, Nghi Khánh của huyện Nghi Lộc (cũ));
     Căn cứ Quyết định số 05/2019/QĐ-UBND ngày 20/02/2019 của UBND tỉnh Nghệ An ban hành Quy định hạn mức giao đất ở, hạn
mức công nhận đất ở cho hộ gia đình, cá nhân trên địa bàn tỉnh;
     Tiếp tục thực hiện Kế hoạch số 52-KH/HU, ngày 25/6/2021 của Ban Thường vụ Huyện ủy Nghi Lộc (cũ) và Kế hoạch số
25-KH/ĐU ngày 10/8/2021 của Đảng ủy xã Nghi Thạch (cũ),
     Ban Thường vụ Đảng ủy xã Trung Lộc xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
     1. Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã sau sáp nhập.
     2. Rà soát, cập nhật quy hoạch chung xã theo Luật Quy hoạch và Quy hoạch tỉnh.

II. TỔ CHỨC THỰC HIỆN
     Đảng ủy Ủy ban nhân dân xã lãnh đạo UBND xã xây dựng kế hoạch cụ thể; Ban Xây dựng Đảng Đảng ủy xã theo dõi.

                                                             T/M BAN THƯỜNG VỤ
                                                                  BÍ THƯ
"""

    F["ubx_trungloc_12-kh_2026.txt"] = state_header(["ỦY BAN NHÂN DÂN", "XÃ TRUNG LỘC"], "Số: 12/KH-UBND",
                                                    "Trung Lộc, ngày 15 tháng 01 năm 2026") + """

                                     KẾ HOẠCH
             Xây dựng xã nông thôn mới nâng cao xã Trung Lộc năm 2026

     Thực hiện Kế hoạch số 05-KH/ĐU ngày 20/8/2025 của Ban Thường vụ Đảng ủy xã Trung Lộc; Quy định số 118-QĐ/TU ngày
05/3/2023 của Ban Thường vụ Tỉnh ủy Nghệ An ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc
gia tỉnh; Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh Nghệ An quy định chính sách
hỗ trợ xây dựng nông thôn mới (đã được sửa đổi, bổ sung bởi Nghị quyết số 25/2023/NQ-HĐND ngày 08/12/2023),
UBND xã Trung Lộc ban hành Kế hoạch như sau:
     1. Duy trì, nâng cao chất lượng 19 tiêu chí; phấn đấu đạt chuẩn nông thôn mới nâng cao năm 2026.
     2. Thời gian thực hiện: Năm 2026.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    # --------------------------------------------------------- write
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for name, v in F.items():
        p = os.path.join(out, name)
        if isinstance(v, tuple):
            write_docx(p, v[1])
        else:
            with open(p, "w", encoding="utf-8") as f:
                f.write(v)
    return sorted(F)


KEY = {
    "planted": [
        {"rule": "cycle", "ids": ["40/KH-UBND", "02/HD-UBND"], "files": ["ubh_40-kh_2022.txt", "ubh_02-hd_2022.txt"],
         "what": "district plan carries out a guidance that rests on the plan, same day"},
        {"rule": "superseded-citation", "ids": ["05/2019/QĐ-UBND"], "files": ["du_trungloc_05-kh_2025.txt", "ub_22-2024-qd.txt"],
         "what": "commune Party plan (20/8/2025) rests on 05/2019 replaced by 22/2024 from 15/10/2024"},
        {"rule": "superseded-citation", "ids": ["03-QĐ/TU"], "files": ["hu_210-qd_2024.txt", "tu_118-qd_2023.docx"],
         "what": "Huyện ủy decision (15/4/2024, NFD) rests on 03-QĐ/TU replaced by 118-QĐ/TU on 05/3/2023"},
        {"rule": "temporal", "ids": ["25-CTr/TU"], "files": ["ubh_35-kh_2021.txt"],
         "what": "district plan of 05/3/2021 carries out the programme of 20/5/2021"},
        {"rule": "metadata-conflict", "ids": ["09-NQ/TU"], "files": ["hu_118-kh_2023.txt", "tu_09-nq_2022.md"],
         "what": "09-NQ/TU cited as of 15/12/2022, header 15/11/2022"},
        {"rule": "metadata-conflict", "ids": ["12/2021/NQ-HĐND"], "files": ["hdndh_15-nq_2021.txt", "hdnd_12-2021-nq.txt"],
         "what": "council resolution cited as the People's Committee's"},
        {"rule": "metadata-conflict", "ids": ["118-QĐ/TU"], "files": ["ubx_trungloc_12-kh_2026.txt", "tu_118-qd_2023.docx"],
         "what": "Quyết định 118-QĐ/TU cited as Quy định"},
        {"rule": "duplicate-identity", "ids": ["123/KH-UBND"], "files": ["ubh_123-kh_2023a.txt", "ubh_123-kh_2023b.md"],
         "what": "district People's Committee used 123/KH-UBND twice in 2023"},
        {"rule": "inverse-inconsistency", "ids": ["08/2018/QĐ-UBND"], "files": ["ub_10-2020-qd.txt", "ub_14-2020-qd.html"],
         "what": "08/2018/QĐ-UBND replaced by two decisions"},
        {"rule": "overdue-plan", "ids": ["22/2024/QĐ-UBND"], "files": ["ub_85-kh_2025.txt"],
         "what": "planned amendment of 22/2024 by Quý III/2025, none"},
        {"rule": "overdue-plan", "ids": ["25-CTr/TU"], "files": ["tu_25-ctr_2021.txt"],
         "what": "Tổng kết 05 năm by Quý IV/2025; only the 3-year sơ kết exists"},
        {"rule": "overdue-plan", "ids": ["123/KH-UBND"], "files": ["ub_123-kh_2023.txt"], "announces": True,
         "what": "announced Đề án OCOP gắn với du lịch nông thôn, Năm 2023, never issued"},
        {"rule": "count-mismatch", "ids": ["70/KH-UBND"], "files": ["ubh_70-kh_2024.txt"],
         "what": "Quý III/2024 (05 nhiệm vụ) followed by 4"},
        {"rule": "ambiguous-id", "ids": ["26-NQ/TW"], "files": ["hu_52-kh_2021.txt"],
         "what": "bare 26-NQ/TW: 2008 (khóa X) and 2013 (khóa XI) both cited in the corpus"},
    ],
    "external": ["54-KL/TW", "18-NQ/TW", "19-NQ/TW", "263/QĐ-TTg", "318/QĐ-TTg", "31/2024/QH15", "102/2024/NĐ-CP",
                 "43/2014/NĐ-CP", "08/2018/QĐ-UBND", "1678/NQ-UBTVQH15", "222/QĐ-TTg", "21/2017/QH14", "47/2014/NĐ-CP"],
    "collateral": [],
    "traps": [
        {"kind": "same-number-two-terms-dated", "ids": ["26-NQ/TW"], "files": ["tu_25-ctr_2021.txt"],
         "must_not": ["ambiguous-id", "metadata-conflict"]},
        {"kind": "replacement-not-yet-in-force", "ids": ["05/2019/QĐ-UBND"], "files": ["ubh_160-kh_2024.txt"],
         "must_not": ["superseded-citation"]},
        {"kind": "same-number-other-issuer-tier", "ids": ["123/KH-UBND"], "files": ["ub_123-kh_2023.txt"],
         "must_not": ["duplicate-identity"]},
        {"kind": "same-number-other-year", "ids": ["123/KH-UBND"], "files": ["ubh_123-kh_2022.txt"],
         "must_not": ["duplicate-identity"]},
        {"kind": "same-number-commune", "ids": ["45/KH-UBND"], "files": ["ubx_nghilong_45-kh_2023.txt"],
         "must_not": ["duplicate-identity", "metadata-conflict"]},
        {"kind": "year-form-vs-plain-number", "ids": ["12/NQ-HĐND", "12/2021/NQ-HĐND"], "files": ["hdnd_12-nq_2022.txt"],
         "must_not": ["duplicate-identity", "metadata-conflict", "cycle"]},
        {"kind": "amended-not-replaced", "ids": ["12/2021/NQ-HĐND"], "files": ["ubx_trungloc_12-kh_2026.txt", "hdnd_12-nq_2022.txt"],
         "must_not": ["superseded-citation", "dangling"]},
        {"kind": "submission-proposes-replacement", "ids": ["12/2021/NQ-HĐND", "25/2023/NQ-HĐND"], "files": ["ub_8120-ttr_2025.txt"],
         "must_not": ["inverse-inconsistency", "superseded-citation", "overdue-plan"]},
        {"kind": "planned-amendment-fulfilled", "ids": ["12/2021/NQ-HĐND"], "files": ["ub_210-kh_2021.docx"],
         "must_not": ["overdue-plan"]},
        {"kind": "announcement-fulfilled", "ids": ["12/2022/QĐ-UBND", "210/KH-UBND"], "files": ["ub_210-kh_2021.docx"],
         "must_not": ["overdue-plan"]},
        {"kind": "district-plans-fulfil-sentence-task", "ids": ["210/KH-UBND"], "files": ["ub_210-kh_2021.docx"],
         "must_not": ["overdue-plan", "unmet-obligation"]},
        {"kind": "announcement-fulfilled-by-council", "ids": ["12/2021/NQ-HĐND"], "files": ["tu_25-ctr_2021.txt"],
         "must_not": ["overdue-plan"]},
        {"kind": "interim-review-fulfilled", "ids": ["25-CTr/TU"], "files": ["ub_210-kh_2021.docx"],
         "must_not": ["overdue-plan"]},
        {"kind": "planned-repeal-not-due", "ids": ["18/2015/QĐ-UBND"], "files": ["ub_150-kh_2024.html"],
         "must_not": ["overdue-plan", "superseded-citation"]},
        {"kind": "announced-price-table-fulfilled", "ids": ["85/KH-UBND", "20/2025/QĐ-UBND"], "files": ["ub_85-kh_2025.txt"],
         "must_not": ["overdue-plan"]},
        {"kind": "obligation-fulfilled-district-party", "ids": ["25-CTr/TU"], "files": ["tu_25-ctr_2021.txt"],
         "must_not": ["unmet-obligation"]},
        {"kind": "obligation-fulfilled-bcsd", "ids": ["25-CTr/TU"], "files": ["tu_25-ctr_2021.txt"],
         "must_not": ["unmet-obligation"]},
        {"kind": "obligation-fulfilled-communes", "ids": ["52-KH/HU"], "files": ["hu_52-kh_2021.txt"],
         "must_not": ["unmet-obligation"]},
        {"kind": "obligation-fulfilled-district-party-09", "ids": ["09-NQ/TU"], "files": ["tu_09-nq_2022.md"],
         "must_not": ["unmet-obligation"], "contains_note": "the Huyện ủy did (118-KH/HU); only the BCSĐ is unmet"},
        {"kind": "cited-as-old-district", "ids": ["52-KH/HU", "25-KH/ĐU"], "files": ["du_trungloc_05-kh_2025.txt"],
         "must_not": ["dangling", "metadata-conflict", "superseded-citation"]},
        {"kind": "commune-numbers-other-place", "ids": ["25-KH/ĐU", "05-KH/ĐU"], "files": ["du_nghithach_25-kh_2021.md", "du_trungloc_05-kh_2025.txt"],
         "must_not": ["duplicate-identity"]},
        {"kind": "false-friend-xay-dung", "ids": ["52-KH/HU"], "files": ["hu_52-kh_2021.txt"],
         "must_not": ["overdue-plan"]},
        {"kind": "sidebar-links-cite-nothing", "ids": ["31-CT/TU", "279-KH/TU"], "files": ["tu_180-bc_2024.html"],
         "must_not": ["dangling", "temporal"]},
        {"kind": "sidebar-links-cite-nothing-2", "ids": ["05/2019/QĐ-UBND", "10/2020/QĐ-UBND"], "files": ["ub_14-2020-qd.html"],
         "must_not": ["superseded-citation", "temporal"]},
        {"kind": "ocr-so-without-mark", "ids": ["25-CTr/TU"], "files": ["du_nghithach_25-kh_2021.md"],
         "must_not": ["dangling", "temporal"]},
        {"kind": "district-plan-resolves-to-district", "ids": ["123/KH-UBND"], "files": ["ubx_nghilong_45-kh_2023.txt", "ubh_160-kh_2024.txt"],
         "must_not": ["dangling", "temporal", "metadata-conflict"]},
    ],
    "obligations_unmet_expected_as_notes": [
        {"rule": "unmet-obligation", "ids": ["09-NQ/TU"], "files": ["tu_09-nq_2022.md"], "body": "Ban cán sự đảng UBND tỉnh"},
        {"rule": "unmet-obligation", "ids": ["118-KH/HU"], "files": ["hu_118-kh_2023.txt"], "body": "Ủy ban nhân dân huyện"},
    ],
}
# unmet-obligation is a note: score.py counts a planted note as found when it names the id in the planted file.
KEY["planted"] += [
    {"rule": "unmet-obligation", "ids": ["09-NQ/TU"], "files": ["tu_09-nq_2022.md"], "contains": "can su",
     "what": "Ban cán sự đảng UBND tỉnh to lead a plan for 09-NQ/TU: the province's land plan 150/KH-UBND carries out the Luật, not 09-NQ/TU"},
    {"rule": "unmet-obligation", "ids": ["118-KH/HU"], "files": ["hu_118-kh_2023.txt"], "contains": "cac xa",
     "what": "Đảng ủy các xã, thị trấn to write programmes carrying out 118-KH/HU: none in the corpus"},
]
del KEY["obligations_unmet_expected_as_notes"]
KEY["traps"].append({"kind": "obligation-fulfilled-ubnd-huyen", "ids": ["118-KH/HU"], "files": ["hu_118-kh_2023.txt"],
                     "must_not": ["unmet-obligation"], "note": "UBND huyện's 123/KH-UBND of 20/9/2023 carries it out"})
KEY["traps"].append({"kind": "obligation-fulfilled-council", "ids": ["52-KH/HU"], "files": ["hu_52-kh_2021.txt"],
                     "must_not": ["unmet-obligation"], "note": "HĐND huyện's 15/NQ-HĐND carries it out"})


def main():
    out = os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else "corpus")
    names = build(out)
    with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
        json.dump(KEY, f, ensure_ascii=False, indent=1)
    print(f"{len(names)} files in {out}")


if __name__ == "__main__":
    main()
