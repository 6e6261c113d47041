#!/usr/bin/env python3
"""Red team, round 16 (redteam23), second wave: corpus_ext/ + key_ext.json.

Same world (Nghệ An, the former huyện Nghi Lộc, the new xã Trung Lộc), 2020-2026, after the 2025 reforms
(district level gone from 1/7/2025, Sở Nông nghiệp và Môi trường, Đảng ủy UBND tỉnh instead of the Ban cán sự
đảng, the Tỉnh ủy's new term from the 2025 congress with its numbers restarting). New shapes:
  - ids written with U+2011 (non-breaking hyphen, Word's Ctrl+Shift+-), U+2013 (en dash), U+00D0 (Icelandic Eth
    for Đ, as VNI->Unicode converters leave it) and U+200B (zero-width space copied from a portal);
  - a UTF-16 LE text with a BOM and CRLF (Windows Notepad "Unicode");
  - .docx with footnotes (word/footnotes.xml) and tracked changes (w:del / w:ins);
  - a portal page whose letters are all numeric character references, minified on one line, with a rowspan task table;
  - a portal page whose text is lines joined by <br> in one <div>;
  - a Notion/Obsidian Markdown export with links and [^n] footnotes;
  - an OCR text (tone marks lost here and there, `sô`, `Quyết đinh`);
  - a consolidated text (VBHN) with footnotes telling its amendments;
  - a draft with blank number and date;
  - an Outlook-forwarded letter with `From:`/`Sent:` lines.
"""
import json, os, shutil, sys, unicodedata, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen import party_header, state_header, tab_table, md_table, html_table, to_html, footer_pages, nfd, TASK_HEAD  # noqa

NBH = "\u2011"   # non-breaking hyphen
EN = "\u2013"    # en dash
ETH = "\u00d0"   # Ð
ZW = "\u200b"    # zero-width space


def ncr(s):
    """Every non-ASCII letter as a numeric character reference, as some CMSs store text."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def r(t):
    return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def p(*runs, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return "<w:p>" + ppr + "".join(x if x.startswith("<") else r(x) for x in runs) + "</w:p>"


def ins(t):
    return f'<w:ins w:id="9" w:author="Chuyên viên" w:date="2025-11-18T09:00:00Z">{r(t)}</w:ins>'


def dele(t):
    return (f'<w:del w:id="8" w:author="Chuyên viên" w:date="2025-11-18T09:00:00Z"><w:r>'
            f'<w:delText xml:space="preserve">{escape(t)}</w:delText></w:r></w:del>')


def fnref(i):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'


def tbl(rows):
    out = ["<w:tbl>"]
    for row in rows:
        out.append("<w:tr>" + "".join("<w:tc>" + "".join(p(x, center=True) for x in c.split("\n")) + "</w:tc>" for c in row) + "</w:tr>")
    return "".join(out) + "</w:tbl>"


def write_docx(path, body_xml, footnotes=None):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body_xml)}<w:sectPr/></w:body></w:document>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' if footnotes else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
             '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        if footnotes:
            z.writestr("word/_rels/document.xml.rels", drels)
            fx = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
                  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                  + "".join(f'<w:footnote w:id="{i}"><w:p>{r(t)}</w:p></w:footnote>' for i, t in footnotes.items())
                  + "</w:footnotes>")
            z.writestr("word/footnotes.xml", fx)


def build(out):
    F = {}

    # ---- Tỉnh ủy, two terms: 01-NQ/TU of 2020 and 01-NQ/TU of 2025
    F["tu_01-nq_2020.txt"] = footer_pages(party_header(["ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY"], "Số 01-NQ/TU",
                                                       "Nghệ An, ngày 25 tháng 11 năm 2020") + """

                                   NGHỊ QUYẾT
        về phát triển nông nghiệp hàng hóa gắn với xây dựng nông thôn mới giai đoạn 2021 - 2025
                                     -----
     Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh khóa XIX thống nhất ban hành Nghị quyết như sau:
I. MỤC TIÊU
     Đến năm 2025, tốc độ tăng trưởng nông nghiệp bình quân 4,5%/năm; 70% số xã đạt chuẩn nông thôn mới.
II. TỔ CHỨC THỰC HIỆN
     Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành cơ chế, chính sách hỗ trợ.

                                                       T/M TỈNH ỦY
                                                         BÍ THƯ
""", every=40)

    body = ncr("""<div class="hdr">ĐẢNG BỘ TỈNH NGHỆ AN<br>TỈNH ỦY<br>*<br>Số 01-NQ/TU</div><div class="hdr2">ĐẢNG CỘNG SẢN VIỆT NAM<br><i>Nghệ An, ngày 28 tháng 11 năm 2025</i></div>"""
               """<h2>NGHỊ QUYẾT</h2><h3>về xây dựng nông thôn mới hiện đại, đô thị văn minh giai đoạn 2026 - 2030</h3>"""
               """<p>Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030; trên cơ sở kết quả thực hiện Nghị quyết số 01-NQ/TU, ngày 25/11/2020 của Ban Chấp hành Đảng bộ tỉnh khóa XIX, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ hai, khóa XX ban hành Nghị quyết như sau:</p>"""
               """<p>I. MỤC TIÊU</p><p>Đến năm 2030, 100% số xã đạt chuẩn nông thôn mới, 50% số xã đạt chuẩn nông thôn mới nâng cao.</p>"""
               """<p>II. TỔ CHỨC THỰC HIỆN</p>"""
               """<p>1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết.</p>"""
               """<p>2. Đảng ủy các xã, phường lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết phù hợp với địa phương.</p>"""
               """<p>3. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền, phổ biến Nghị quyết.</p>"""
               """<p style="text-align:right"><b>T/M TỈNH ỦY<br>BÍ THƯ</b></p>""")
    F["tu_01-nq_2025.html"] = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + ncr("Nghị quyết 01-NQ/TU") +
                               '</title></head><body><div class="banner">' + ncr("BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN") +
                               '</div><div class="news">' + body + '</div></body></html>\n')

    # ---- Quy chế BCĐ of the new term: replaces 118-QĐ/TU; a tracked deletion names 03-QĐ/TU; a footnote cites 263
    F["tu_05-qd_2025.docx"] = ("docx", [
        tbl([["ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\n*\nSố 05-QĐ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM\nNghệ An, ngày 20 tháng 11 năm 2025"]]),
        p("QUYẾT ĐỊNH", center=True),
        p("ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh giai đoạn 2026 - 2030", center=True),
        p("- Căn cứ Điều lệ Đảng;"),
        p("- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025 - 2030;", fnref(1)),
        p("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH", center=True),
        p("Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh giai đoạn 2026 - 2030."),
        p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 118-QĐ/TU, ngày 05/3/2023 của Ban Thường vụ Tỉnh ủy khóa XIX",
          dele(" và Quyết định số 03-QĐ/TU, ngày 10/12/2020"), ins(" ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh giai đoạn 2021 - 2025"), r(".")),
        p("Điều 3. Văn phòng Tỉnh ủy, các thành viên Ban Chỉ đạo và các cơ quan liên quan chịu trách nhiệm thi hành."),
        p("T/M BAN THƯỜNG VỤ", center=True), p("BÍ THƯ", center=True),
    ], {1: "Quy chế được xây dựng phù hợp Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ và chủ trương sắp xếp tổ chức bộ máy."})

    # ---- UBND tỉnh: a whole repeal (enumerated), then a replacement of one already repealed
    F["ub_30-2025-qd.txt"] = state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 30/2025/QĐ-UBND",
                                          "Nghệ An, ngày 20 tháng 6 năm 2025") + """

                                    QUYẾT ĐỊNH
         Bãi bỏ một số quyết định quy phạm pháp luật của Ủy ban nhân dân tỉnh về bồi thường, hỗ trợ
                           khi Nhà nước thu hồi đất
                          ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;
Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;
Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà
nước thu hồi đất;

                                  QUYẾT ĐỊNH:

Điều 1. Bãi bỏ toàn bộ các quyết định sau đây:
1. Quyết định số 10/2020/QĐ-UBND ngày 10 tháng 4 năm 2020 của UBND tỉnh ban hành Quy định đơn giá bồi thường nhà,
công trình xây dựng, vật kiến trúc khi Nhà nước thu hồi đất trên địa bàn tỉnh Nghệ An.
2. Quyết định số 14/2020/QĐ-UBND ngày 20 tháng 5 năm 2020 của UBND tỉnh ban hành Quy định đơn giá bồi thường cây
trồng, vật nuôi là thủy sản khi Nhà nước thu hồi đất trên địa bàn tỉnh Nghệ An.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    F["ub_41-2025-qd.md"] = """---
title: "Quyết định 41/2025/QĐ-UBND"
source: "https://vbpl.nghean.gov.vn/41-2025-qd-ubnd"
tags: [đất đai, bồi thường]
---

**ỦY BAN NHÂN DÂN TỈNH NGHỆ AN** · Số: 41/2025/QĐ-UBND · *Nghệ An, ngày 15 tháng 9 năm 2025*

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** — Độc lập - Tự do - Hạnh phúc

# QUYẾT ĐỊNH

## Ban hành Quy định đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi đất trên địa bàn tỉnh Nghệ An

Căn cứ [Luật Đất đai số 31/2024/QH15](https://vbpl.vn/31-2024-qh15) ngày 18 tháng 01 năm 2024;

Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ[^1];

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi
đất trên địa bàn tỉnh Nghệ An.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 9 năm 2025 và thay thế
[Quyết định số 14/2020/QĐ-UBND](https://vbpl.nghean.gov.vn/14-2020-qd-ubnd) ngày 20/5/2020 của UBND tỉnh.

> TM. ỦY BAN NHÂN DÂN
> KT. CHỦ TỊCH — PHÓ CHỦ TỊCH

[^1]: Nghị định số 88/2024/NĐ-CP quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.
"""

    # ---- 22/2024 again, as a .docx, with its effect clause numbered (so the replacement date is readable)
    F["ub_22-2024-qd.docx"] = ("docx", [
        tbl([["ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nSố: 22/2024/QĐ-UBND",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nNghệ An, ngày 30 tháng 9 năm 2024"]]),
        p("QUYẾT ĐỊNH", center=True),
        p("Quy định hạn mức giao đất ở, hạn mức công nhận đất ở và diện tích tối thiểu được tách thửa trên địa bàn tỉnh Nghệ An", center=True),
        p("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", center=True),
        p("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;"),
        p("Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ;"),
        p("QUYẾT ĐỊNH:", center=True),
        p("Điều 1. Phạm vi điều chỉnh ..."),
        p("Điều 8. Hiệu lực thi hành"),
        p("1. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 10 năm 2024."),
        p("2. Quyết định này thay thế Quyết định số 05/2019/QĐ-UBND ngày 20/02/2019 của UBND tỉnh Nghệ An."),
        p("TM. ỦY BAN NHÂN DÂN", center=True), p("KT. CHỦ TỊCH", center=True), p("PHÓ CHỦ TỊCH", center=True),
    ], None)

    # ---- Sở Nông nghiệp và Môi trường: 45/HD-SNNMT used twice in 2025
    F["snnmt_45-hd_2025a.html"] = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hướng dẫn 45/HD-SNNMT</title></head>
<body><div id="top">SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN - TRANG THÔNG TIN ĐIỆN TỬ</div>
<div class="van-ban">UBND TỈNH NGHỆ AN<br>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG<br>Số: 45/HD-SNNMT<br>
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Nghệ An, ngày 10 tháng 7 năm 2025<br><br>
HƯỚNG DẪN<br>Thực hiện Quyết định số 22/2024/QĐ-UBND ngày 30/9/2024 của UBND tỉnh về hạn mức giao đất ở, diện tích tối thiểu tách thửa sau sắp xếp đơn vị hành chính<br><br>
Thực hiện Kế hoạch số 95/KH-UBND ngày 01/7/2025 của UBND tỉnh, Sở Nông nghiệp và Môi trường hướng dẫn UBND các xã, phường thực hiện như sau:<br>
1. Hạn mức giao đất ở tại các xã được hình thành sau sắp xếp áp dụng theo khu vực của xã trước sắp xếp.<br>
2. Hồ sơ tách thửa tiếp nhận tại Trung tâm phục vụ hành chính công cấp xã.<br><br>
GIÁM ĐỐC</div>
</body></html>
"""

    F["snnmt_45-hd_2025b.docx"] = ("docx", [
        tbl([["UBND TỈNH NGHỆ AN\nSỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG\nSố: 45/HD-SNNMT",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghệ An, ngày 02 tháng 10 năm 2025"]]),
        p("HƯỚNG DẪN", center=True),
        p("Đánh giá, xét công nhận xã đạt chuẩn nông thôn mới sau sắp xếp đơn vị hành chính cấp xã", center=True),
        p("Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; Nghị quyết số 01-NQ/TU, ngày 25/11/2020 của Ban Chấp hành Đảng bộ tỉnh, Sở Nông nghiệp và Môi trường hướng dẫn như sau:"),
        p("1. Xã hình thành sau sắp xếp được đánh giá lại theo Bộ tiêu chí hiện hành."),
        p("GIÁM ĐỐC", center=True),
    ], None)

    # ---- UBND tỉnh plan (UTF-16 LE + BOM + CRLF): planned guidance (done), amendment (overdue), review (overdue), 2030 (not due)
    F["ub_95-kh_2025.txt"] = ("utf16", state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 95/KH-UBND",
                                                     "Nghệ An, ngày 01 tháng 7 năm 2025") + """

                                     KẾ HOẠCH
     Hoàn thiện thể chế về đất đai, nông thôn mới sau sắp xếp đơn vị hành chính hai cấp năm 2025

     Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội và chủ trương tổ chức chính quyền địa phương
hai cấp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

""" + tab_table(TASK_HEAD, [
        ["1", "Hướng dẫn thực hiện Quyết định số 22/2024/QĐ-UBND ngày 30/9/2024 của UBND tỉnh tại các xã, phường sau sắp xếp", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Quý III/2025"],
        ["2", "Sửa đổi, bổ sung Quyết định số 12/2022/QĐ-UBND ngày 18/3/2022 của UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới nâng cao cho phù hợp đơn vị hành chính cấp xã mới", "Sở Nông nghiệp và Môi trường", "Các sở, ngành", "Quý IV/2025"],
        ["3", "Tổng kết thực hiện Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021 của HĐND tỉnh về chính sách hỗ trợ xây dựng nông thôn mới", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Quý I/2026"],
        ["4", "Tổng kết 10 năm thực hiện Kế hoạch này", "Sở Nông nghiệp và Môi trường", "", "Năm 2030"],
    ]) + """

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
""")

    # ---- OCR of a scanned district plan (late 2024): Eth in the QĐ code, wrong date of 22/2024
    F["ocr_ubh_210-kh_2024.txt"] = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN NGHI LỘC                      Độc lập - Tự do - Hạnh phúc
Số: 210/KH-UBND               Nghi Lộc, ngày 12 tháng 11 năm 2024

                                KẾ HOẠCH
       Triển khai Quyết đinh sô 22/2024/Q""" + ETH + """-UBND của UBND tỉnh trên địa bàn huyện

     Căn cứ Quyết đinh số 22/2024/Q""" + ETH + """-UBND ngày 30/10/2024 của UBND tỉnh Nghệ An quy định hạn mức giao
đất ở, hạn mức công nhận đất ở và diện tích tối thiểu được tách thửa; UBND huyện Nghi Lộc ban hành Kế hoạch trien
khai như sau:
     1. Tập huấn cho cán bộ địa chính các xã trong tháng 11/2024.
     2. Rà soát hồ sơ tách thửa tồn đọng tại các xã Nghi Long, Nghi Thạch, Nghi Xá.
                                                          TM. ỦY BAN NHÂN DÂN
                                                                CHỦ TỊCH
                                                                (đã ký)
"""

    # ---- xã Trung Lộc (2026): a three-document cycle on one day
    F["hdndx_trungloc_05-nq_2026.txt"] = state_header(["HỘI ĐỒNG NHÂN DÂN", "XÃ TRUNG LỘC"], "Số: 05/NQ-HĐND",
                                                      "Trung Lộc, ngày 10 tháng 3 năm 2026") + """

                                    NGHỊ QUYẾT
              Về nhiệm vụ xây dựng nông thôn mới nâng cao xã Trung Lộc năm 2026
                          HỘI ĐỒNG NHÂN DÂN XÃ TRUNG LỘC
                            KHÓA I, KỲ HỌP THỨ BA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Kế hoạch số 20/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân xã Trung Lộc về xây dựng nông thôn mới nâng cao
năm 2026;
Xét Tờ trình số 18/TTr-UBND ngày 05/3/2026 của UBND xã,

                                  QUYẾT NGHỊ:
Điều 1. Thông qua nhiệm vụ xây dựng nông thôn mới nâng cao năm 2026.
Điều 2. Nghị quyết này đã được Hội đồng nhân dân xã Trung Lộc khóa I, kỳ họp thứ ba thông qua ngày 10 tháng 3 năm 2026.

                                                                   CHỦ TỊCH
"""

    F["ubx_trungloc_20-kh_2026.md"] = """**ỦY BAN NHÂN DÂN XÃ TRUNG LỘC**  
Số: 20/KH-UBND  
*Trung Lộc, ngày 10 tháng 3 năm 2026*

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
Độc lập - Tự do - Hạnh phúc

## KẾ HOẠCH
### Xây dựng nông thôn mới nâng cao xã Trung Lộc năm 2026

Thực hiện Quyết định số 150/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân xã Trung Lộc về việc giao chỉ tiêu xây dựng
nông thôn mới nâng cao năm 2026 cho các thôn, UBND xã xây dựng Kế hoạch như sau:

1. Hoàn thành tiêu chí thu nhập, nghèo đa chiều trong Quý III/2026.
2. Chỉnh trang 05 tuyến đường trục thôn.

**TM. ỦY BAN NHÂN DÂN** — **CHỦ TỊCH**
"""

    F["ubx_trungloc_150-qd_2026.html"] = to_html(
        "Quyết định 150/QĐ-UBND giao chỉ tiêu nông thôn mới",
        ["QUYẾT ĐỊNH",
         "Về việc giao chỉ tiêu xây dựng nông thôn mới nâng cao năm 2026 cho các thôn",
         "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRUNG LỘC",
         "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
         "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 10/3/2026 của Hội đồng nhân dân xã Trung Lộc về nhiệm vụ xây dựng nông thôn mới nâng cao năm 2026;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Giao chỉ tiêu xây dựng nông thôn mới nâng cao năm 2026 cho 18 thôn (có phụ lục kèm theo).",
         "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
         "CHỦ TỊCH"],
        banner="TRANG THÔNG TIN ĐIỆN TỬ XÃ TRUNG LỘC", crumb="Trang chủ » Chính quyền » Văn bản chỉ đạo",
        header_cells=(["ỦY BAN NHÂN DÂN", "XÃ TRUNG LỘC", "Số: 150/QĐ-UBND"],
                      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Trung Lộc, ngày 10 tháng 3 năm 2026"]))

    # ---- Đảng ủy xã Trung Lộc: carries out 01-NQ/TU (2025); cites 118‑QĐ/TU (U+2011), replaced on 20/11/2025
    F["du_trungloc_03-kh_2026.txt"] = party_header(["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ TRUNG LỘC"], "Số 03-KH/ĐU",
                                                   "Trung Lộc, ngày 05 tháng 01 năm 2026") + f"""

                                      KẾ HOẠCH
           thực hiện Nghị quyết số 01{NBH}NQ/TU, ngày 28/11/2025 của Ban Chấp hành Đảng bộ tỉnh
            về xây dựng nông thôn mới hiện đại, đô thị văn minh giai đoạn 2026 - 2030
                                       -----
     Thực hiện Nghị quyết số 01{NBH}NQ/TU, ngày 28/11/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX; căn cứ Quyết định
số 118{NBH}QĐ/TU, ngày 05/3/2023 của Ban Thường vụ Tỉnh ủy ban hành Quy chế hoạt động của Ban Chỉ đạo các Chương trình
mục tiêu quốc gia tỉnh, Ban Thường vụ Đảng ủy xã Trung Lộc xây dựng Kế hoạch như sau:

I. MỤC TIÊU
     Đến năm 2028 xã Trung Lộc đạt chuẩn nông thôn mới nâng cao; năm 2030 có 05 thôn đạt chuẩn thôn thông minh.

II. TỔ CHỨC THỰC HIỆN
     1. Đảng ủy Ủy ban nhân dân xã lãnh đạo UBND xã cụ thể hóa Kế hoạch bằng kế hoạch hằng năm.
     2. Ủy ban Mặt trận Tổ quốc Việt Nam xã phát động phong trào “Cả nước chung tay xây dựng nông thôn mới”.

                                                             T/M BAN THƯỜNG VỤ
                                                                  BÍ THƯ
"""

    # ---- UBND xã Trung Lộc: count mismatch in a Markdown list; a bare 01-NQ/TU (two terms in the corpus)
    F["ubx_trungloc_08-kh_2026.md"] = """ỦY BAN NHÂN DÂN XÃ TRUNG LỘC

Số: 08/KH-UBND

*Trung Lộc, ngày 20 tháng 01 năm 2026*

# KẾ HOẠCH thực hiện Kế hoạch số 03-KH/ĐU của Ban Thường vụ Đảng ủy xã năm 2026

Thực hiện Kế hoạch số 03-KH/ĐU ngày 05/01/2026 của Ban Thường vụ Đảng ủy xã; quán triệt Nghị quyết số 01-NQ/TU của
Tỉnh ủy về nông thôn mới, UBND xã ban hành Kế hoạch năm 2026 như sau:

## Nhiệm vụ theo quý

**Quý I/2026 (03 nhiệm vụ):**

- Kiện toàn Ban quản lý xây dựng nông thôn mới các thôn sau sáp nhập.
- Rà soát 19 tiêu chí xã nông thôn mới nâng cao.

**Quý II/2026 (02 nhiệm vụ):**

- Tổ chức Ngày hội Đại đoàn kết gắn với xây dựng nông thôn mới.
- Hoàn thành chỉnh trang nhà văn hóa thôn 3.

**TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH**
"""

    # ---- UBND xã Trung Lộc: rests on a repealed decision; a zero-width space in a citation dated later
    F["ubx_trungloc_25-kh_2026.txt"] = state_header(["ỦY BAN NHÂN DÂN", "XÃ TRUNG LỘC"], "Số: 25/KH-UBND",
                                                    "Trung Lộc, ngày 20 tháng 01 năm 2026") + f"""

                                     KẾ HOẠCH
      Bồi thường, hỗ trợ giải phóng mặt bằng tuyến đường trục xã Trung Lộc (đoạn thôn 2 - thôn 7)

     Căn cứ Quyết định số 10/2020/QĐ-UBND ngày 10/4/2020 của UBND tỉnh Nghệ An ban hành Quy định đơn giá bồi thường
nhà, công trình xây dựng, vật kiến trúc khi Nhà nước thu hồi đất trên địa bàn tỉnh;
     Thực hiện Kế hoạch số 20/KH-{ZW}UBND ngày 10/3/2026 của Ủy ban nhân dân xã về xây dựng nông thôn mới nâng cao năm 2026,
     UBND xã Trung Lộc ban hành Kế hoạch như sau:
     1. Kiểm đếm, áp giá bồi thường trong tháng 02/2026.
     2. Chi trả tiền bồi thường trước ngày 30/4/2026.

                                                             TM. ỦY BAN NHÂN DÂN
                                                                  CHỦ TỊCH
"""

    # ---- Consolidated text of 12/2021/NQ-HĐND (trap: it revises nothing)
    F["vbhn_05-hdnd_2024.txt"] = state_header(["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 05/VBHN-HĐND",
                                              "Nghệ An, ngày 15 tháng 01 năm 2024") + """

                                    NGHỊ QUYẾT¹
     Quy định chính sách hỗ trợ xây dựng nông thôn mới trên địa bàn tỉnh Nghệ An giai đoạn 2021 - 2025

     Nghị quyết số 12/2021/NQ-HĐND ngày 14 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ xây
dựng nông thôn mới trên địa bàn tỉnh Nghệ An giai đoạn 2021 - 2025, có hiệu lực kể từ ngày 25 tháng 7 năm 2021, được
sửa đổi, bổ sung bởi:
     Nghị quyết số 25/2023/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh sửa đổi, bổ sung một số điều
của Nghị quyết số 12/2021/NQ-HĐND, có hiệu lực kể từ ngày 20 tháng 12 năm 2023.

Điều 3. Nội dung hỗ trợ²
Điều 5. (được bãi bỏ)³

                                                        XÁC THỰC VĂN BẢN HỢP NHẤT
                                                                CHỦ TỊCH
___________
¹ Nghị quyết số 25/2023/NQ-HĐND sửa đổi, bổ sung một số điều của Nghị quyết số 12/2021/NQ-HĐND có căn cứ ban hành
như sau: “Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; ...”
² Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 Nghị quyết số 25/2023/NQ-HĐND.
³ Điều này được bãi bỏ theo quy định tại khoản 2 Điều 1 Nghị quyết số 25/2023/NQ-HĐND.
"""

    # ---- A draft that would repeal 22/2024 (trap: planned, supersedes nothing)
    F["ub_duthao_bai-bo_2026.txt"] = """                                                                    DỰ THẢO
""" + state_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số:      /2026/QĐ-UBND",
                   "Nghệ An, ngày      tháng      năm 2026") + """

                                    QUYẾT ĐỊNH
   Bãi bỏ Quyết định số 22/2024/QĐ-UBND ngày 30/9/2024 của UBND tỉnh quy định hạn mức giao đất ở
                          ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Căn cứ Luật Đất đai số 31/2024/QH15;
                                  QUYẾT ĐỊNH:
Điều 1. Bãi bỏ toàn bộ Quyết định số 22/2024/QĐ-UBND ngày 30/9/2024 của UBND tỉnh Nghệ An.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày    tháng    năm 2026.
                                                             TM. ỦY BAN NHÂN DÂN
"""

    # ---- A forwarded letter (Outlook); the commune's later plan cites 22/2024 after the draft (trap)
    F["email_fw_congvan_2026.txt"] = """From: Van phong UBND xa Trung Loc <vanphong.trungloc@nghean.gov.vn>
Sent: Monday, February 2, 2026 8:14 AM
To: dia chinh <diachinh.trungloc@nghean.gov.vn>
Subject: FW: Cong van 512/UBND-NN ve don doc thuc hien han muc giao dat

Chuyển đồng chí địa chính thực hiện.

-----Original Message-----
ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN                       Độc lập - Tự do - Hạnh phúc
Số: 512/UBND-NN               Nghệ An, ngày 28 tháng 01 năm 2026
V/v đôn đốc thực hiện hạn mức giao đất ở

                 Kính gửi: Ủy ban nhân dân các xã, phường.

     Thực hiện Quyết định số 22/2024/QĐ-UBND ngày 30/9/2024 của UBND tỉnh quy định hạn mức giao đất ở, hạn mức công
nhận đất ở và diện tích tối thiểu được tách thửa, UBND tỉnh đề nghị UBND các xã, phường rà soát, báo cáo kết quả thực hiện
về Sở Nông nghiệp và Môi trường để tổng hợp.

                                                             TL. CHỦ TỊCH
                                                             CHÁNH VĂN PHÒNG
"""

    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for name, v in F.items():
        path = os.path.join(out, name)
        if isinstance(v, tuple) and v[0] == "docx":
            write_docx(path, v[1], v[2])
        elif isinstance(v, tuple) and v[0] == "utf16":
            with open(path, "wb") as f:
                f.write(b"\xff\xfe" + v[1].replace("\n", "\r\n").encode("utf-16-le"))
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(v)
    return sorted(F)


KEY = {
    "planted": [
        {"rule": "cycle", "ids": ["05/NQ-HĐND", "20/KH-UBND", "150/QĐ-UBND"],
         "files": ["hdndx_trungloc_05-nq_2026.txt", "ubx_trungloc_20-kh_2026.md", "ubx_trungloc_150-qd_2026.html"],
         "what": "commune council resolution rests on the plan, the plan carries out the decision, the decision rests on the resolution; one day"},
        {"rule": "superseded-citation", "ids": ["118-QĐ/TU"], "files": ["du_trungloc_03-kh_2026.txt", "tu_05-qd_2025.docx"],
         "what": "118‑QĐ/TU (U+2011) cited on 05/01/2026; replaced by 05-QĐ/TU of 20/11/2025 (docx, with a tracked deletion)"},
        {"rule": "superseded-citation", "ids": ["10/2020/QĐ-UBND"], "files": ["ubx_trungloc_25-kh_2026.txt", "ub_30-2025-qd.txt"],
         "what": "rests on 10/2020 repealed as a whole (enumerated list after `các quyết định sau đây:`) from 01/7/2025"},
        {"rule": "inverse-inconsistency", "ids": ["14/2020/QĐ-UBND"], "files": ["ub_41-2025-qd.md", "ub_30-2025-qd.txt"],
         "what": "14/2020 repealed from 01/7/2025, then replaced by 41/2025 (Markdown export with links and a footnote)"},
        {"rule": "temporal", "ids": ["20/KH-UBND"], "files": ["ubx_trungloc_25-kh_2026.txt"],
         "what": "plan of 20/01/2026 carries out `20/KH-\\u200bUBND ngày 10/3/2026`"},
        {"rule": "metadata-conflict", "ids": ["22/2024/QĐ-UBND"], "files": ["ocr_ubh_210-kh_2024.txt", "ub_22-2024-qd.docx"],
         "what": "OCR text cites `22/2024/QÐ-UBND` (U+00D0) of 30/10/2024; header 30/9/2024"},
        {"rule": "duplicate-identity", "ids": ["45/HD-SNNMT"], "files": ["snnmt_45-hd_2025a.html", "snnmt_45-hd_2025b.docx"],
         "what": "the new Sở Nông nghiệp và Môi trường numbered two guidances 45/HD-SNNMT in 2025"},
        {"rule": "overdue-plan", "ids": ["12/2022/QĐ-UBND"], "files": ["ub_95-kh_2025.txt"],
         "what": "planned amendment by Quý IV/2025 in a UTF-16 LE + CRLF text; none"},
        {"rule": "overdue-plan", "ids": ["12/2021/NQ-HĐND"], "files": ["ub_95-kh_2025.txt"],
         "what": "planned review (Tổng kết) of 12/2021/NQ-HĐND by Quý I/2026; none"},
        {"rule": "count-mismatch", "ids": ["08/KH-UBND"], "files": ["ubx_trungloc_08-kh_2026.md"],
         "what": "**Quý I/2026 (03 nhiệm vụ):** followed by a Markdown list of 2"},
        {"rule": "ambiguous-id", "ids": ["01-NQ/TU"], "files": ["ubx_trungloc_08-kh_2026.md"],
         "what": "bare `Nghị quyết số 01-NQ/TU của Tỉnh ủy`: the corpus holds 01-NQ/TU of 2020 (khóa XIX) and of 2025 (khóa XX)"},
        {"rule": "unmet-obligation", "ids": ["01-NQ/TU"], "files": ["tu_01-nq_2025.html"], "contains": "nhan dan tinh",
         "what": "Đảng ủy UBND tỉnh (the 2025 successor of the Ban cán sự đảng) to lead a plan for 01-NQ/TU (2025): none (page in numeric character references)"},
    ],
    "external": ["263/QĐ-TTg", "31/2024/QH15", "102/2024/NĐ-CP", "88/2024/NĐ-CP", "202/2025/QH15", "05/2019/QĐ-UBND",
                 "12/2021/NQ-HĐND", "12/2022/QĐ-UBND", "25/2023/NQ-HĐND", "18/TTr-UBND", "118-QĐ/TU",
                 "10/2020/QĐ-UBND", "14/2020/QĐ-UBND"],
    "collateral": [],
    "traps": [
        {"kind": "same-local-number-two-terms-dated", "ids": ["01-NQ/TU"], "files": ["tu_01-nq_2025.html", "du_trungloc_03-kh_2026.txt", "snnmt_45-hd_2025b.docx"],
         "must_not": ["ambiguous-id", "metadata-conflict", "duplicate-identity", "temporal"]},
        {"kind": "tracked-deletion-cites-nothing", "ids": ["03-QĐ/TU"], "files": ["tu_05-qd_2025.docx"],
         "must_not": ["dangling", "inverse-inconsistency", "superseded-citation"]},
        {"kind": "footnote-basis-not-temporal", "ids": ["263/QĐ-TTg"], "files": ["tu_05-qd_2025.docx"],
         "must_not": ["temporal", "metadata-conflict"]},
        {"kind": "replacement-numbered-effect-clause", "ids": ["05/2019/QĐ-UBND"], "files": ["ub_22-2024-qd.docx"],
         "must_not": ["inverse-inconsistency", "superseded-citation"]},
        {"kind": "consolidated-text-revises-nothing", "ids": ["12/2021/NQ-HĐND", "25/2023/NQ-HĐND"], "files": ["vbhn_05-hdnd_2024.txt"],
         "must_not": ["inverse-inconsistency", "superseded-citation", "cycle", "temporal", "duplicate-identity"]},
        {"kind": "draft-repeal-is-planned", "ids": ["22/2024/QĐ-UBND"], "files": ["email_fw_congvan_2026.txt", "ub_duthao_bai-bo_2026.txt"],
         "must_not": ["superseded-citation", "inverse-inconsistency", "overdue-plan"]},
        {"kind": "planned-guidance-fulfilled", "ids": ["22/2024/QĐ-UBND"], "files": ["ub_95-kh_2025.txt"],
         "must_not": ["overdue-plan"]},
        {"kind": "review-not-due", "ids": ["95/KH-UBND"], "files": ["ub_95-kh_2025.txt"],
         "must_not": ["overdue-plan"]},
        {"kind": "obligation-fulfilled-communes-2025", "ids": ["01-NQ/TU"], "files": ["tu_01-nq_2025.html"],
         "must_not": ["unmet-obligation"], "note": "Đảng ủy xã Trung Lộc's 03-KH/ĐU carries it out"},
        {"kind": "obligation-fulfilled-ubnd-xa", "ids": ["03-KH/ĐU"], "files": ["du_trungloc_03-kh_2026.txt"],
         "must_not": ["unmet-obligation"], "note": "UBND xã's 08/KH-UBND carries it out"},
        {"kind": "same-number-commune-vs-province", "ids": ["05/NQ-HĐND", "20/KH-UBND", "25/KH-UBND"], "files": ["hdndx_trungloc_05-nq_2026.txt", "ubx_trungloc_25-kh_2026.txt"],
         "must_not": ["duplicate-identity", "dangling"]},
        {"kind": "ncr-page-ids-read", "ids": ["01-NQ/TU"], "files": ["tu_01-nq_2025.html"],
         "must_not": ["dangling"]},
        {"kind": "ocr-district-doc-own-number", "ids": ["210/KH-UBND"], "files": ["ocr_ubh_210-kh_2024.txt"],
         "must_not": ["duplicate-identity", "temporal"]},
        {"kind": "email-forward-header", "ids": ["512/UBND-NN"], "files": ["email_fw_congvan_2026.txt"],
         "must_not": ["temporal", "metadata-conflict", "duplicate-identity"]},
    ],
}


def main():
    out = os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else "corpus_ext")
    names = build(out)
    with open(os.path.join(HERE, "key_ext.json"), "w", encoding="utf-8") as f:
        json.dump(KEY, f, ensure_ascii=False, indent=1)
    print(f"{len(names)} files in {out}")


if __name__ == "__main__":
    main()
