#!/usr/bin/env python3
"""Red team round 40: fees, prices and support levels set by HĐND and UBND tỉnh Hà Tĩnh (a province not merged in 2025;
districts abolished and communes merged on 1/7/2025), 2019-2026.
Bodies: Tỉnh ủy Hà Tĩnh (15-KL/TU khóa XIX 2021, 48-KL/TU 2024, 15-KL/TU khóa XX 2026); Huyện ủy Hương Sơn (30-KH/HU),
Cẩm Xuyên (21-KH/HU); HĐND tỉnh (22/2020, 09/2021, 35/2022, 09/2023, 61/2024, 88/2025/NQ-HĐND); UBND tỉnh (58/2019 bảng giá
đất 2020-2024, 07/2023 and 05/2024 hệ số điều chỉnh giá đất, 42/2024 sửa đổi 58/2019, 03/2026, 105/KH-UBND, 250/TTr-UBND);
Sở Tài chính (1250/STC-QLG, 15/KH-STC, 210/BC-STC, 1830/STC-QLG); UBND huyện Hương Sơn and Thạch Hà (both 56/KH-UBND 2023),
Thạch Hà (145/BC-UBND 2021, 2150/QĐ-UBND 2024), Cẩm Xuyên (88/KH-UBND, 118/KH-UBND twice in 2024), thị xã Kỳ Anh (52/BC-UBND
2024, 35/KH-UBND 2025); after 1/7/2025 UBND xã Thạch Hà (14/KH-UBND), xã Sơn Tây (09/KH-UBND), phường Sông Trí (27/KH-UBND),
xã Cẩm Xuyên (11/KH-UBND), Đảng ủy xã Cẩm Xuyên (40-BC/ĐU).
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented; central ones are real.
Header helpers adapted from RedTeam37/gen.py (`party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`), renamed here `dang`, `dang_cot`, `nn`, `nn_cot`, `trang`, `docx_w`, `cong`, `md_bang`,
`md_tieude`, `html_word`, with Hà Tĩnh's site names, address and phone numbers (0239.…); new here: `trang` takes explicit page
breaks (`<<TRANG>>`) so that a citation can be split across a page break, and `ocr` (scan damage)."""
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
def dang(org, sub, num, place, title, body=""):
    return f"""{org}
{sub}
*
Số {num}
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}

{title}
{body}"""


def dang_cot(org, sub, num, place, title, body=""):
    """pdftotext -layout: the two header columns share lines."""
    return f"""   {org:<44}ĐẢNG CỘNG SẢN VIỆT NAM
             {sub}
                *
        Số {num:<34}{place}

{title}
{body}"""


def nn(org1, org2, num, place, title, body=""):
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


def nn_cot(org1, org2, num, place, title, body=""):
    """pdftotext -layout state header: two columns on each line."""
    return f"""      {org1:<36}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      {org2:<36}     Độc lập - Tự do - Hạnh phúc
           -------                                 ---------------
      Số: {num:<31}{place}

{title}
{body}"""


def trang(text, footer=True):
    """pdftotext -layout body: indented lines, tabs expanded, a page number and a form feed at each `<<TRANG>>` line (or
    at two thirds of the text when there is none)."""
    lines = text.split("\n")
    marks = [i for i, l in enumerate(lines) if l.strip() == "<<TRANG>>"]
    cuts = set(marks) if marks else {max(14, 2 * len(lines) // 3)}
    out, page = [], 1
    for i, l in enumerate(lines):
        if l.strip() != "<<TRANG>>":
            out.append(("    " + l.replace("\t", "        ")) if l.strip() else "")
        if i in cuts:
            if footer:
                out.append("")
                out.append(" " * 40 + str(page))
            out.append("\f")
            page += 1
    return "\n".join(out)


def docx_w(name, paras, rows=None, header_table=None):
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
        ws = lambda n, d: z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED)  # same bytes every run
        ws("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        ws("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        ws("word/document.xml", doc)


def cong(title, head_left, head_right, text, minified=False, site="tỉnh Hà Tĩnh", footer=None):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng UBND tỉnh Hà Tĩnh. Địa chỉ: số 01 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh. Điện thoại: 0239.3855.203 - Fax: 0239.3855.204') + '</div></body></html>')
    if minified:
        return h
    return (h.replace("<p>", "\n  <p>").replace("<div", "\n<div").replace("<table", "\n<table").replace("<tr>", "\n  <tr>")
             .replace("</table>", "\n</table>").replace("</body>", "\n</body>"))


def md_bang(left, right):
    return "| " + "<br>".join(left) + " | " + "<br>".join(right) + " |\n|---|---|\n"


def md_tieude(lines_left, lines_right):
    """A Markdown export whose header came out as headings and bold lines, one after another (no table)."""
    return "\n".join(lines_left) + "\n\n" + "\n".join(lines_right) + "\n\n"


def html_word(title, left, right, text, footer="Sở Tài chính tỉnh Hà Tĩnh - Điện thoại: 0239.3856.101 - Fax: 0239.3856.102"):
    """A Word document saved as HTML (Mso classes, spans, &nbsp;)."""
    def cell(xs):
        return "".join(f'<p class="MsoNormal" align="center"><b><span style="font-size:13.0pt">{html.escape(x).replace(" ", "&nbsp;", 1)}</span></b></p>' for x in xs)
    ps = "".join(f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span lang="VI">{html.escape(l)}</span></p>\n' if l.strip() else "" for l in text.split("\n"))
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="Generator" content="Microsoft Word 15"><title>{html.escape(title)}</title></head>\n<body lang="EN-US">\n<div class="WordSection1">\n'
            f'<table class="MsoNormalTable" border="0"><tr><td width="40%">{cell(left)}</td><td>{cell(right)}</td></tr></table>\n{ps}</div>\n'
            f'<div class="footer">{footer}</div>\n</body></html>')


def ocr(t, words):
    """OCR-like damage: replace a few words (each must exist)."""
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t


# ---------------------------------------------------------------- signatures and common preambles
SIGN_TU = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tBÍ THƯ"
SIGN_TU_PBT = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC"
SIGN_HU = "\t\t\t\t\tT/M BAN THƯỜNG VỤ\n\t\t\t\t\tPHÓ BÍ THƯ"
SIGN_DU = "\t\t\t\t\tT/M ĐẢNG ỦY\n\t\t\t\t\tBÍ THƯ"
SIGN_UB = "\t\t\t\t\tTM. ỦY BAN NHÂN DÂN\n\t\t\t\t\tKT. CHỦ TỊCH\n\t\t\t\t\tPHÓ CHỦ TỊCH"
SIGN_UB_CT = "\t\t\t\t\tTM. ỦY BAN NHÂN DÂN\n\t\t\t\t\tCHỦ TỊCH"
SIGN_HD = "\t\t\t\t\tCHỦ TỊCH"
SIGN_SO = "\t\t\t\t\tKT. GIÁM ĐỐC\n\t\t\t\t\tPHÓ GIÁM ĐỐC"
SIGN_SO_TL = "\t\t\t\t\tTL. GIÁM ĐỐC\n\t\t\t\t\tTRƯỞNG PHÒNG QUẢN LÝ GIÁ"

CHLT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"
CHLT25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
BHVB = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;"
LPHI = "Căn cứ Luật Phí và lệ phí số 97/2015/QH13 ngày 25 tháng 11 năm 2015;"
ND120 = "Căn cứ Nghị định số 120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Phí và lệ phí;"
TT85 = "Căn cứ Thông tư số 85/2019/TT-BTC ngày 29 tháng 11 năm 2019 của Bộ trưởng Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương;"
LDD13 = "Căn cứ Luật Đất đai số 45/2013/QH13 ngày 29 tháng 11 năm 2013;"
ND44 = "Căn cứ Nghị định số 44/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về giá đất;"
LDD24 = "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;"
ND71 = "Căn cứ Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024 của Chính phủ quy định về giá đất;"
QD58 = "Quyết định số 58/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh ban hành Bảng giá đất giai đoạn 2020 - 2024 trên địa bàn tỉnh Hà Tĩnh"


def ub(org2, num, place, title, body, sign=SIGN_UB):
    return nn("ỦY BAN NHÂN DÂN", org2, num, place, title, body + "\n" + sign)


def stc(num, place, title, body, sign=SIGN_SO):
    return nn("UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH", num, place, title, body + "\n" + sign)


# ====================================================================== Tỉnh ủy Hà Tĩnh
# 15-KL/TU (khóa XIX, 18/5/2021): item 1 (sửa đổi 22/2020, Quý II/2022) met by 35/2022; item 2 (Nghị quyết hỗ trợ nông
# thôn mới, Quý III/2021) met by 09/2021/NQ-HĐND. Same number as the 2026 conclusion (khóa XX): trap.
w("tu_ht_kl15_2021.txt", dang("ĐẢNG BỘ TỈNH HÀ TĨNH", "TỈNH ỦY", "15-KL/TU", "Hà Tĩnh, ngày 18 tháng 5 năm 2021", """KẾT LUẬN
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tăng cường quản lý thu ngân sách, phí, lệ phí và giá đất trên địa bàn tỉnh
""", """Tại hội nghị ngày 14/5/2021, sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo tình hình thu ngân sách, phí, lệ phí và công tác định giá đất, Ban Thường vụ Tỉnh ủy kết luận như sau:

1. Đảng đoàn Hội đồng nhân dân tỉnh, Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo rà soát, sửa đổi, bổ sung Nghị quyết số 22/2020/NQ-HĐND ngày 15/7/2020 của Hội đồng nhân dân tỉnh quy định mức thu, miễn, giảm, thu, nộp, quản lý và sử dụng các loại phí, lệ phí, hoàn thành trong Quý II/2022.
2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo ban hành Nghị quyết quy định mức hỗ trợ xây dựng nông thôn mới giai đoạn 2021 - 2025, hoàn thành trong Quý III/2021.
3. Các huyện ủy, thị ủy, thành ủy lãnh đạo thực hiện nghiêm Bảng giá đất ban hành kèm theo """ + QD58 + """, thực hiện thường xuyên.

Kết luận này được phổ biến đến chi bộ.
""" + SIGN_TU))

# 48-KL/TU (16/3/2024), pdftotext -layout with two-column Party header. Item 1 (UBND tỉnh xây dựng kế hoạch) met by
# 105/KH-UBND; item 2 (sửa đổi 09/2021, Quý IV/2024): nothing amends it (overdue-plan, planted); item 3 (Ban Kinh tế Tỉnh ủy
# xây dựng kế hoạch kiểm tra): nothing (unmet-obligation, planted); item 4 (huyện ủy) met by 30-KH/HU and 21-KH/HU.
# Counted list `04 nhiệm vụ sau:` with 4 items, two of them with a), b) sub-items (trap).
w("tu_ht_kl48_2024.txt", trang(dang_cot("ĐẢNG BỘ TỈNH HÀ TĨNH", "TỈNH ỦY", "48-KL/TU", "Hà Tĩnh, ngày 16 tháng 3 năm 2024", """                               KẾT LUẬN
                     CỦA BAN THƯỜNG VỤ TỈNH ỦY
       về công tác quản lý giá đất, phí, lệ phí và chính sách hỗ trợ
                    xây dựng nông thôn mới năm 2024
""", """Tại hội nghị ngày 12/3/2024, Ban Thường vụ Tỉnh ủy đã nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo kết quả
thực hiện Kết luận số 15-KL/TU ngày 18/5/2021 của Ban Thường vụ Tỉnh ủy và tình hình chuẩn bị thi hành Luật Đất đai
số 31/2024/QH15 ngày 18 tháng 01 năm 2024. Ban Thường vụ Tỉnh ủy kết luận như sau:
I. ĐÁNH GIÁ CHUNG
Việc thực hiện Kết luận số 15-KL/TU cơ bản hoàn thành; Hội đồng nhân dân tỉnh đã sửa đổi, bổ sung Nghị quyết
số 22/2020/NQ-HĐND bằng Nghị quyết số 35/2022/NQ-HĐND ngày 08/6/2022.
II. NHIỆM VỤ TRONG THỜI GIAN TỚI
Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện 04 nhiệm vụ sau:
1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Kết luận này,
   trong đó:
   a) Trình Hội đồng nhân dân tỉnh ban hành Nghị quyết thay thế Nghị quyết số 22/2020/NQ-HĐND;
   b) Ban hành hệ số điều chỉnh giá đất hằng năm.
2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo sửa đổi, bổ sung Nghị quyết số 09/2021/NQ-HĐND ngày 16/7/2021 của
   Hội đồng nhân dân tỉnh quy định mức hỗ trợ xây dựng nông thôn mới giai đoạn 2021 - 2025, hoàn thành trong
   Quý IV/2024.
<<TRANG>>
3. Ban Kinh tế Tỉnh ủy xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Kết luận này.
4. Các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện Kết luận này, trong đó:
   a) Lãnh đạo công khai bảng giá đất, mức thu phí, lệ phí tại bộ phận một cửa;
   b) Báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15/12 hằng năm.
Kết luận này phổ biến đến chi bộ.
""" + SIGN_TU_PBT)))

# 15-KL/TU (khóa XX, 10/3/2026), Markdown (headings): bảng giá đất từ 2026; cites the 2021 conclusion by date (trap), 88/2025
w("tu_ht_kl15_2026.md", md_tieude(["**ĐẢNG BỘ TỈNH HÀ TĨNH**", "**TỈNH ỦY**", "\\*", "Số 15-KL/TU"],
  ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Hà Tĩnh, ngày 10 tháng 3 năm 2026*"]) + """# KẾT LUẬN
## CỦA BAN THƯỜNG VỤ TỈNH ỦY
### về triển khai Bảng giá đất áp dụng từ ngày 01/01/2026

Ban Thường vụ Tỉnh ủy khóa XX đã nghe báo cáo kết quả triển khai Nghị quyết số 88/2025/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh ban hành Bảng giá đất áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh Hà Tĩnh. Ban Thường vụ Tỉnh ủy kết luận:

1. Tiếp tục thực hiện các nội dung còn hiệu lực của Kết luận số 15-KL/TU ngày 18/5/2021 của Ban Thường vụ Tỉnh ủy khóa XIX; các nhiệm vụ của Kết luận số 15-KL/TU khóa XIX đã hoàn thành.
2. Đảng ủy các xã, phường lãnh đạo công khai Bảng giá đất tại bộ phận một cửa, thực hiện thường xuyên.
3. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo tổng kết việc thi hành Bảng giá đất, báo cáo Ban Thường vụ Tỉnh ủy trong Quý IV/2027.

T/M BAN THƯỜNG VỤ  
BÍ THƯ
""")

# ====================================================================== Huyện ủy
# Huyện ủy Hương Sơn 30-KH/HU (02/4/2024), OCR-like scan: cites 48-KL/TU `ngày 26/3/2024` — the conclusion is of 16/3/2024
# (metadata-conflict, planted); implements it (obligation 4 met)
w("hu_hs_kh30_2024.txt", ocr(dang("ĐẢNG BỘ TỈNH HÀ TĨNH", "HUYỆN ỦY HƯƠNG SƠN", "30-KH/HU", "Hương Sơn, ngày 02 tháng 4 năm 2024", """KẾ HOẠCH
thực hiện Kết luận số 48-KL/TU của Ban Thường vụ Tỉnh ủy
""", """Thực hiện Kết luận số 48-KL/TU ngày 26/3/2024 của Ban Thường vụ Tỉnh ủy về công tác quản lý giá đất, phí, lệ phí và chính sách hỗ trợ xây dựng nông thôn mới năm 2024, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:
1. Các chi bộ, đảng bộ cơ sở quán triệt Kết luận đến cán bộ, đảng viên, hoàn thành trong tháng 5/2024.
2. Ủy ban nhân dân huyện công khai bảng giá đất, mức thu phí, lệ phí tại bộ phận một cửa, thực hiện thường xuyên.
3. Văn phòng Huyện ủy tổng hợp, báo cáo kết quả trước ngày 10/12 hằng năm.
""" + SIGN_HU), [("Các chi bộ", "Cac chi b0"), ("quán triệt", "quan triẻt"), ("thường xuyên", "thuờng xuyen"), ("Văn phòng", "Vãn phòng")]))

# Huyện ủy Cẩm Xuyên 21-KH/HU (10/5/2024), CRLF: `Căn cứ Kế hoạch số 88/KH-UBND ngày 10/5/2024` while 88/KH-UBND implements
# 21-KH/HU (cycle, planted); implements 48-KL/TU (obligation 4 met)
w("hu_cx_kh21_2024.txt", dang("ĐẢNG BỘ TỈNH HÀ TĨNH", "HUYỆN ỦY CẨM XUYÊN", "21-KH/HU", "Cẩm Xuyên, ngày 10 tháng 5 năm 2024", """KẾ HOẠCH
thực hiện Kết luận số 48-KL/TU ngày 16/3/2024 của Ban Thường vụ Tỉnh ủy
""", """Thực hiện Kết luận số 48-KL/TU ngày 16/3/2024 của Ban Thường vụ Tỉnh ủy;
Căn cứ Kế hoạch số 88/KH-UBND ngày 10/5/2024 của Ủy ban nhân dân huyện Cẩm Xuyên về công khai bảng giá đất và mức thu phí, lệ phí năm 2024;
Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:
1. Đảng ủy các xã, thị trấn lãnh đạo công khai bảng giá đất, mức thu phí, lệ phí, thực hiện thường xuyên.
2. Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện trong Quý IV/2024.
""" + SIGN_HU), crlf=True)

# ====================================================================== HĐND tỉnh Hà Tĩnh
# 22/2020/NQ-HĐND (15/7/2020), portal page: phí, lệ phí; replaces 89/2017/NQ-HĐND (external); phone/fax in the footer
w("hdnd_ht_nq22_2020.html", cong("Nghị quyết 22/2020/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ TĨNH", "-------", "Số: 22/2020/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hà Tĩnh, ngày 15 tháng 7 năm 2020"], f"""NGHỊ QUYẾT
Quy định mức thu, miễn, giảm, thu, nộp, quản lý và sử dụng các loại phí, lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH
KHÓA XVII, KỲ HỌP THỨ 16
{CHLT}
{BHVB}
{LPHI}
{ND120}
{TT85}
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Quy định mức thu, miễn, giảm, thu, nộp, quản lý và sử dụng các loại phí, lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh (chi tiết tại Phụ lục kèm theo).
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2020 và thay thế Nghị quyết số 89/2017/NQ-HĐND ngày 13 tháng 12 năm 2017 của Hội đồng nhân dân tỉnh.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVII, kỳ họp thứ 16 thông qua ngày 15 tháng 7 năm 2020.
CHỦ TỊCH""", footer="Trang thông tin điện tử Hội đồng nhân dân tỉnh Hà Tĩnh - Điện thoại: 0239.3855.516 - Fax: 0239.3855.517"))

# 09/2021/NQ-HĐND (16/7/2021), layout: support levels for new rural areas 2021-2025 (meets 15-KL/TU item 2)
w("hdnd_ht_nq09_2021.txt", trang(nn_cot("HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ TĨNH", "09/2021/NQ-HĐND", "Hà Tĩnh, ngày 16 tháng 7 năm 2021", """                               NGHỊ QUYẾT
         Quy định mức hỗ trợ xây dựng nông thôn mới, đô thị văn minh
               trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021 - 2025
                    HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH
                      KHÓA XVIII, KỲ HỌP THỨ 2
""", f"""{CHLT}
{BHVB}
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Thực hiện Kết luận số 15-KL/TU ngày 18/5/2021 của Ban Thường vụ Tỉnh ủy;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu.
QUYẾT NGHỊ:
Điều 1. Quy định mức hỗ trợ từ ngân sách tỉnh cho xây dựng nông thôn mới, đô thị văn minh giai đoạn 2021 - 2025
(chi tiết tại Phụ lục kèm theo).
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2021.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII, kỳ họp thứ 2 thông qua ngày 16 tháng 7 năm 2021.
""" + SIGN_HD)))

# 35/2022/NQ-HĐND (08/6/2022), layout: sửa đổi, bổ sung một số điều 22/2020 (meets 15-KL/TU item 1; the amended stays in force)
w("hdnd_ht_nq35_2022.txt", trang(nn_cot("HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ TĨNH", "35/2022/NQ-HĐND", "Hà Tĩnh, ngày 08 tháng 6 năm 2022", """                               NGHỊ QUYẾT
      Sửa đổi, bổ sung một số điều của Nghị quyết số 22/2020/NQ-HĐND ngày
           15 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh quy định mức thu,
            miễn, giảm, thu, nộp, quản lý và sử dụng các loại phí, lệ phí
                    HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH
                      KHÓA XVIII, KỲ HỌP THỨ 7
""", f"""{CHLT}
{BHVB}
{LPHI}
{ND120}
Thực hiện Kết luận số 15-KL/TU ngày 18/5/2021 của Ban Thường vụ Tỉnh ủy;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu.
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 22/2020/NQ-HĐND ngày 15 tháng 7 năm 2020 của Hội đồng nhân
dân tỉnh như sau:
1. Sửa đổi mức thu phí thẩm định hồ sơ cấp giấy chứng nhận quyền sử dụng đất tại Phụ lục I.
2. Bổ sung lệ phí đăng ký kinh doanh hộ kinh doanh tại Phụ lục II.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 7 năm 2022.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII, kỳ họp thứ 7 thông qua ngày 08 tháng 6 năm 2022.
""" + SIGN_HD)))

# 09/2023/NQ-HĐND (14/7/2023), Markdown table header: fee for visiting a relic site (same number as 09/2021: trap);
# khoản 2 Điều 1 repealed by 61/2024 (repeal in part: trap)
w("hdnd_ht_nq09_2023.md", md_bang(["**HỘI ĐỒNG NHÂN DÂN**", "**TỈNH HÀ TĨNH**", "-------", "Số: 09/2023/NQ-HĐND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Hà Tĩnh, ngày 14 tháng 7 năm 2023*"]) + f"""
# NGHỊ QUYẾT
## Quy định mức thu phí tham quan Khu di tích Quốc gia đặc biệt Ngã ba Đồng Lộc và Khu lưu niệm Đại thi hào Nguyễn Du

**HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH**
**KHÓA XVIII, KỲ HỌP THỨ 14**

{CHLT}

{LPHI}

{TT85}

QUYẾT NGHỊ:

**Điều 1.** Quy định mức thu phí tham quan
1. Khu di tích Quốc gia đặc biệt Ngã ba Đồng Lộc: 20.000 đồng/người/lượt.
2. Khu lưu niệm Đại thi hào Nguyễn Du: 15.000 đồng/người/lượt.

**Điều 2.** Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2023.

CHỦ TỊCH
""")

# 61/2024/NQ-HĐND (10/12/2024), layout: replaces 22/2020 and 35/2022 from 01/01/2025 — the `thay thế Nghị quyết số` /
# `22/2020/NQ-HĐND` clause is split by a page break, and the replaced texts are also listed in an aligned table;
# repeals khoản 2 Điều 1 of 09/2023 only (repeal in part)
w("hdnd_ht_nq61_2024.txt", trang(nn_cot("HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ TĨNH", "61/2024/NQ-HĐND", "Hà Tĩnh, ngày 10 tháng 12 năm 2024", """                               NGHỊ QUYẾT
        Quy định mức thu, miễn, giảm, thu, nộp, quản lý và sử dụng các loại
       phí, lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh
                    HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH
                      KHÓA XVIII, KỲ HỌP THỨ 23
""", f"""{CHLT}
{BHVB}
{LPHI}
{ND120}
{TT85}
Thực hiện Kết luận số 48-KL/TU ngày 16/3/2024 của Ban Thường vụ Tỉnh ủy;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu.
QUYẾT NGHỊ:
Điều 1. Quy định mức thu, miễn, giảm, thu, nộp, quản lý và sử dụng các loại phí, lệ phí thuộc thẩm quyền quyết định
của Hội đồng nhân dân tỉnh (chi tiết tại các Phụ lục kèm theo).
Điều 2. Bãi bỏ khoản 2 Điều 1 Nghị quyết số 09/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh quy định
mức thu phí tham quan Khu di tích Quốc gia đặc biệt Ngã ba Đồng Lộc và Khu lưu niệm Đại thi hào Nguyễn Du.
Điều 3. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2025 và thay thế Nghị quyết số
<<TRANG>>
22/2020/NQ-HĐND ngày 15/7/2020 và Nghị quyết số 35/2022/NQ-HĐND ngày 08/6/2022 của Hội đồng nhân dân tỉnh,
cụ thể như sau:
  STT    Số, ký hiệu văn bản    Ngày ban hành    Trích yếu nội dung
  1      22/2020/NQ-HĐND        15/7/2020        Quy định mức thu, miễn, giảm, thu, nộp, quản lý và sử
                                                 dụng các loại phí, lệ phí
  2      35/2022/NQ-HĐND        08/6/2022        Sửa đổi, bổ sung một số điều của Nghị quyết số
                                                 22/2020/NQ-HĐND
2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII, kỳ họp thứ 23 thông qua ngày 10 tháng 12 năm 2024.
""" + SIGN_HD)))

# 88/2025/NQ-HĐND (12/12/2025), layout: Bảng giá đất from 01/01/2026; replaces 58/2019 and 42/2024 (aligned table);
# appendix caption names itself (self-reference)
w("hdnd_ht_nq88_2025.txt", trang(nn_cot("HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ TĨNH", "88/2025/NQ-HĐND", "Hà Tĩnh, ngày 12 tháng 12 năm 2025", """                               NGHỊ QUYẾT
          Ban hành Bảng giá đất áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh Hà Tĩnh
                    HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH
                      KHÓA XVIII, KỲ HỌP THỨ 32
""", f"""{CHLT25}
{LDD24}
{ND71}
Xét Tờ trình số 250/TTr-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách;
ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Bảng giá đất áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh Hà Tĩnh.
Điều 2. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
2. Nghị quyết này thay thế các văn bản sau:
  STT    Số, ký hiệu văn bản    Ngày ban hành    Trích yếu nội dung
  1      58/2019/QĐ-UBND        20/12/2019       Ban hành Bảng giá đất giai đoạn 2020 - 2024 trên
                                                 địa bàn tỉnh Hà Tĩnh
  2      42/2024/QĐ-UBND        20/12/2024       Sửa đổi, bổ sung một số điều của Quyết định số
                                                 58/2019/QĐ-UBND
3. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII, kỳ họp thứ 32 thông qua ngày 12 tháng 12 năm 2025.
{SIGN_HD}
<<TRANG>>
                                       BẢNG GIÁ ĐẤT
  (Ban hành kèm theo Nghị quyết số 88/2025/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh Hà Tĩnh)
  STT    Loại đất                                  Khu vực                  Giá (đồng/m2)
  1      Đất ở tại đô thị                          Phường Thành Sen         3.500.000 - 62.000.000
  2      Đất ở tại nông thôn                       Xã Thạch Hà              450.000 - 12.000.000
""")))

# ====================================================================== UBND tỉnh Hà Tĩnh
# 58/2019/QĐ-UBND (20/12/2019), layout: Bảng giá đất 2020-2024; replaces 94/2014/QĐ-UBND (external); self-naming caption
w("ubnd_ht_qd58_2019.txt", trang(nn_cot("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "58/2019/QĐ-UBND", "Hà Tĩnh, ngày 20 tháng 12 năm 2019", """                              QUYẾT ĐỊNH
          Ban hành Bảng giá đất giai đoạn 2020 - 2024 trên địa bàn tỉnh Hà Tĩnh
                     ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
""", f"""Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
{LDD13}
{ND44}
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Bảng giá đất giai đoạn 2020 - 2024 trên địa bàn tỉnh Hà Tĩnh, áp dụng từ ngày
01/01/2020 đến ngày 31/12/2024.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2020 và thay thế Quyết định số 94/2014/QĐ-UBND ngày
22/12/2014 của Ủy ban nhân dân tỉnh ban hành Bảng giá đất giai đoạn 2015 - 2019.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã
chịu trách nhiệm thi hành Quyết định này.
{SIGN_UB_CT}
                                         BẢNG GIÁ ĐẤT
     (Ban hành kèm theo Quyết định số 58/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh Hà Tĩnh)
""")))

# 07/2023/QĐ-UBND (15/02/2023), NFD: hệ số điều chỉnh giá đất năm 2023 (a yearly text; replaces none)
w("ubnd_ht_qd07_2023.txt", ub("TỈNH HÀ TĨNH", "07/2023/QĐ-UBND", "Hà Tĩnh, ngày 15 tháng 02 năm 2023", """QUYẾT ĐỊNH
Ban hành hệ số điều chỉnh giá đất năm 2023 trên địa bàn tỉnh Hà Tĩnh
ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
""", f"""{CHLT}
{LDD13}
{ND44}
Căn cứ {QD58};
Theo đề nghị của Giám đốc Sở Tài chính.
QUYẾT ĐỊNH:
Điều 1. Ban hành hệ số điều chỉnh giá đất năm 2023 để xác định giá đất cụ thể tính thu tiền sử dụng đất, tiền thuê đất.
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 02 năm 2023.
""", SIGN_UB), nfd=True)

# 05/2024/QĐ-UBND (15/3/2024), minified portal page: hệ số điều chỉnh giá đất năm 2024 (yearly; says nothing of 07/2023)
w("ubnd_ht_qd05_2024.html", cong("Quyết định 05/2024/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "-------", "Số: 05/2024/QĐ-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hà Tĩnh, ngày 15 tháng 3 năm 2024"], f"""QUYẾT ĐỊNH
Ban hành hệ số điều chỉnh giá đất năm 2024 trên địa bàn tỉnh Hà Tĩnh
ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
{CHLT}
{LDD13}
{ND44}
Căn cứ {QD58};
Theo đề nghị của Giám đốc Sở Tài chính.
QUYẾT ĐỊNH:
Điều 1. Ban hành hệ số điều chỉnh giá đất năm 2024 trên địa bàn tỉnh Hà Tĩnh (chi tiết tại Phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 3 năm 2024 và áp dụng đến hết ngày 31 tháng 12 năm 2024.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH""", minified=True))

# 42/2024/QĐ-UBND (20/12/2024), .docx: sửa đổi, bổ sung một số điều 58/2019; says the table keeps applying to 31/12/2025
# under khoản 1 Điều 257 Luật Đất đai (extension by law: citations of 58/2019 in 2025 are not superseded)
docx_w("ubnd_ht_qd42_2024.docx", [
    "QUYẾT ĐỊNH",
    "Sửa đổi, bổ sung một số điều của Quyết định số 58/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh ban hành Bảng giá đất giai đoạn 2020 - 2024 trên địa bàn tỉnh Hà Tĩnh",
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
    CHLT, LDD24, ND71,
    "Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.",
    "QUYẾT ĐỊNH:",
    ["Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số ", "58/2019/QĐ-", "UBND như sau:"],
    "1. Sửa đổi Điều 1 như sau: “Bảng giá đất ban hành kèm theo Quyết định này được tiếp tục áp dụng đến hết ngày 31 tháng 12 năm 2025 theo quy định tại khoản 1 Điều 257 Luật Đất đai.”",
    "2. Sửa đổi giá đất ở tại một số tuyến đường thuộc thành phố Hà Tĩnh và thị xã Kỳ Anh tại Phụ lục kèm theo.",
    "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2025.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"],
    header_table=(["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "-------", "Số: 42/2024/QĐ-UBND"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hà Tĩnh, ngày 20 tháng 12 năm 2024"]))

# 105/KH-UBND (05/4/2024), layout with a wrapped task table: implements 48-KL/TU (obligation 1 met). Row 1 (Nghị quyết thay
# thế 22/2020, Quý IV/2024) met by 61/2024; row 2 (hệ số, Hằng năm) recurring; row 3 (Đề án cơ sở dữ liệu giá đất, Quý
# IV/2025): none (overdue-plan, planted); row 4 (bảng giá đất từ 2026, Quý IV/2025) met by 88/2025; row 5 not yet due
w("ubnd_ht_kh105_2024.txt", trang(nn_cot("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "105/KH-UBND", "Hà Tĩnh, ngày 05 tháng 4 năm 2024", """                               KẾ HOẠCH
            Thực hiện Kết luận số 48-KL/TU ngày 16/3/2024 của Ban Thường vụ Tỉnh ủy
""", """Thực hiện Kết luận số 48-KL/TU ngày 16/3/2024 của Ban Thường vụ Tỉnh ủy về công tác quản lý giá đất, phí, lệ phí và
chính sách hỗ trợ xây dựng nông thôn mới năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. NHIỆM VỤ CỤ THỂ
  TT   Nội dung                                   Cơ quan chủ trì          Thời gian hoàn thành
  1    Trình Hội đồng nhân dân tỉnh ban hành      Sở Tài chính             Quý IV/2024
       Nghị quyết thay thế Nghị quyết số
       22/2020/NQ-HĐND ngày 15/7/2020
  2    Ban hành hệ số điều chỉnh giá đất          Sở Tài chính             Hằng năm
  3    Xây dựng Đề án xây dựng cơ sở dữ liệu      Sở Tài nguyên và         Quý IV/2025
       giá đất tỉnh Hà Tĩnh                       Môi trường
  4    Trình Hội đồng nhân dân tỉnh ban hành      Sở Tài nguyên và         Quý IV/2025
       Bảng giá đất áp dụng từ ngày 01/01/2026    Môi trường
  5    Tổng kết thi hành Bảng giá đất             Sở Tài nguyên và         Quý IV/2027
                                                  Môi trường
II. TỔ CHỨC THỰC HIỆN
Các sở, ngành, Ủy ban nhân dân các huyện, thành phố, thị xã căn cứ Kế hoạch này tổ chức thực hiện; báo cáo kết quả
về Sở Tài chính trước ngày 10/12 hằng năm.
""" + SIGN_UB)))

# 250/TTr-UBND (20/11/2025), Word HTML: proposes a Nghị quyết replacing 58/2019 (proposed only: trap)
w("ubnd_ht_tt250_2025.html", html_word("Tờ trình 250/TTr-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "-------", "Số: 250/TTr-UBND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hà Tĩnh, ngày 20 tháng 11 năm 2025"], f"""TỜ TRÌNH
Về việc ban hành Nghị quyết Bảng giá đất áp dụng từ ngày 01/01/2026 trên địa bàn tỉnh Hà Tĩnh
Kính gửi: Hội đồng nhân dân tỉnh.
{LDD24}
{ND71}
Bảng giá đất ban hành kèm theo {QD58}, được sửa đổi, bổ sung tại Quyết định số 42/2024/QĐ-UBND ngày 20/12/2024, được tiếp tục áp dụng đến hết ngày 31/12/2025.
Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, ban hành Nghị quyết Bảng giá đất áp dụng từ ngày 01/01/2026 thay thế Quyết định số 58/2019/QĐ-UBND và Quyết định số 42/2024/QĐ-UBND (có dự thảo Nghị quyết kèm theo).
Kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", footer="Văn phòng UBND tỉnh Hà Tĩnh - Điện thoại: 0239.3855.203 - Fax: 0239.3855.204"))

# 03/2026/QĐ-UBND (15/01/2026), layout: detailed rules for applying the 2026 table; `thay thế Quyết định số 58/2019/QĐ-UBND`
# although 88/2025/NQ-HĐND already replaced it (inverse-inconsistency, planted)
w("ubnd_ht_qd03_2026.txt", trang(nn_cot("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "03/2026/QĐ-UBND", "Hà Tĩnh, ngày 15 tháng 01 năm 2026", """                              QUYẾT ĐỊNH
      Quy định chi tiết một số nội dung áp dụng Bảng giá đất trên địa bàn tỉnh Hà Tĩnh
                     ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
""", f"""{CHLT25}
{LDD24}
{ND71}
Căn cứ Nghị quyết số 88/2025/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh ban hành Bảng giá đất áp dụng từ
ngày 01/01/2026 trên địa bàn tỉnh Hà Tĩnh;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Quy định chi tiết vị trí, hệ số khu vực áp dụng Bảng giá đất (chi tiết tại Phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 01 năm 2026 và thay thế Quyết định số 58/2019/QĐ-UBND ngày
20/12/2019 của Ủy ban nhân dân tỉnh.
{SIGN_UB}""")))

# ====================================================================== Sở Tài chính
# 1250/STC-QLG (20/3/2023): guides 07/2023 (hệ số 2023); `thay thế` as an ordinary word
w("stc_ht_cv1250_2023.txt", stc("1250/STC-QLG", "Hà Tĩnh, ngày 20 tháng 3 năm 2023", """V/v hướng dẫn áp dụng hệ số điều chỉnh giá đất năm 2023
""", """Kính gửi: Ủy ban nhân dân các huyện, thành phố, thị xã.

Hướng dẫn thực hiện Quyết định số 07/2023/QĐ-UBND ngày 15/02/2023 của Ủy ban nhân dân tỉnh ban hành hệ số điều chỉnh giá đất năm 2023, Sở Tài chính hướng dẫn như sau:
1. Hệ số điều chỉnh giá đất áp dụng cho thửa đất có giá trị tính theo Bảng giá đất dưới 20 tỷ đồng.
2. Trường hợp hồ sơ phải thay thế bản đồ trích đo, cơ quan thuế giữ nguyên hệ số đã áp dụng.
Sở Tài chính đề nghị các đơn vị thực hiện./.
""", SIGN_SO_TL))

# 15/KH-STC (10/01/2025), layout: `Kế hoạch tập trung 05 nội dung sau:` with 4 items (count-mismatch, planted); task table
# row 1 (sửa đổi 61/2024, Quý II/2026): nothing amends it (overdue-plan, planted); row 2 recurring with 05/2024/QĐ-UBND
# broken across two lines of a wrapped cell (identity trap)
w("stc_ht_kh15_2025.txt", trang(nn_cot("UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH", "15/KH-STC", "Hà Tĩnh, ngày 10 tháng 01 năm 2025", """                               KẾ HOẠCH
             Công tác quản lý giá, phí và lệ phí năm 2025
""", """Căn cứ Nghị quyết số 61/2024/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh quy định mức thu, miễn, giảm, thu,
nộp, quản lý và sử dụng các loại phí, lệ phí;
Thực hiện Kế hoạch số 105/KH-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh;
Sở Tài chính ban hành Kế hoạch tập trung 05 nội dung sau:
1. Hướng dẫn các đơn vị thu phí, lệ phí theo mức thu mới.
2. Kiểm tra việc niêm yết mức thu phí, lệ phí tại các điểm thu.
3. Tổng hợp đề xuất sửa đổi mức thu của các sở, ngành.
4. Báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
NHIỆM VỤ CỤ THỂ
  TT   Nội dung                                   Đơn vị chủ trì          Thời gian
  1    Tham mưu Ủy ban nhân dân tỉnh trình Hội    Phòng Quản lý giá       Quý II/2026
       đồng nhân dân tỉnh sửa đổi, bổ sung Nghị
       quyết số 61/2024/NQ-HĐND ngày 10/12/2024
  2    Tổng hợp đề xuất hệ số điều chỉnh giá      Phòng Quản lý giá       Hằng năm
       đất thay cho Quyết định số 05/2024/QĐ-
       UBND ngày 15/3/2024
  3    Kiểm tra việc thu phí tại các huyện        Thanh tra Sở            Quý III/2025
""" + SIGN_SO)))

# 210/BC-STC (15/6/2026), Word HTML: reviews 15/KH-STC; narrates what replaced what (traps); proposes replacing 61/2024
# (proposed only) and quotes a draft title `Sửa đổi, bổ sung một số điều của Nghị quyết số 61/2024/NQ-HĐND` (trap)
w("stc_ht_bc210_2026.html", html_word("Báo cáo 210/BC-STC", ["UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH", "-------", "Số: 210/BC-STC"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hà Tĩnh, ngày 15 tháng 6 năm 2026"], """BÁO CÁO
Tổng kết thực hiện Kế hoạch số 15/KH-STC ngày 10/01/2025 và kết quả rà soát văn bản về giá, phí, lệ phí
Kính gửi: Ủy ban nhân dân tỉnh.
Sở Tài chính báo cáo tổng kết thực hiện Kế hoạch số 15/KH-STC ngày 10/01/2025 như sau.
I. KẾT QUẢ RÀ SOÁT
Bảng giá đất giai đoạn 2020 - 2024 hết hiệu lực từ ngày 01/01/2026, khi Nghị quyết số 88/2025/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh có hiệu lực.
Mức thu phí, lệ phí hiện hành thực hiện theo Nghị quyết số 61/2024/NQ-HĐND ngày 10/12/2024; các nghị quyết trước đây đã được thay thế từ ngày 01/01/2025.
II. ĐỀ XUẤT
1. Đề xuất Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh xem xét ban hành Nghị quyết thay thế Nghị quyết số 61/2024/NQ-HĐND trong năm 2027.
2. Sở Tài chính đang lấy ý kiến dự thảo Nghị quyết "Sửa đổi, bổ sung một số điều của Nghị quyết số 61/2024/NQ-HĐND" đối với phí thẩm định hồ sơ đất đai.
Sở Tài chính kính báo cáo./.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC"""))

# 1830/STC-QLG (05/12/2025): cites 58/2019 as amended by 42/2024 while the Tờ trình 250/TTr-UBND only proposes its
# replacement (proposed: trap); `Nghị quyết thay thế` here is the awaited one, not an act of the letter
w("stc_ht_cv1830_2025.txt", stc("1830/STC-QLG", "Hà Tĩnh, ngày 05 tháng 12 năm 2025", """V/v áp dụng Bảng giá đất đến hết năm 2025
""", """Kính gửi: Ủy ban nhân dân các xã, phường; Thuế tỉnh Hà Tĩnh.

Căn cứ Quyết định số 58/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh, được sửa đổi, bổ sung tại Quyết định số 42/2024/QĐ-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh;
Trong khi chờ Hội đồng nhân dân tỉnh xem xét ban hành Nghị quyết thay thế theo Tờ trình số 250/TTr-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh, Sở Tài chính đề nghị các đơn vị tiếp tục áp dụng Bảng giá đất hiện hành đến hết ngày 31/12/2025.
Sở Tài chính đề nghị các đơn vị thực hiện./.
""", SIGN_SO_TL))

# ====================================================================== districts (before 1/7/2025)
# UBND huyện Thạch Hà 145/BC-UBND (10/8/2021), OCR-like scan: `Căn cứ Quyết định số 94/2014/QĐ-UBND` (external) — replaced by
# 58/2019 from 01/01/2020 (superseded-citation, planted)
w("ubh_th_bc145_2021.txt", ocr(ub("HUYỆN THẠCH HÀ", "145/BC-UBND", "Thạch Hà, ngày 10 tháng 8 năm 2021", """BÁO CÁO
Kết quả xác định giá khởi điểm đấu giá quyền sử dụng đất 6 tháng đầu năm 2021
""", """Căn cứ Quyết định số 94/2014/QĐ-UBND ngày 22/12/2014 của Ủy ban nhân dân tỉnh ban hành Bảng giá đất trên địa bàn tỉnh;
Ủy ban nhân dân huyện Thạch Hà báo cáo kết quả như sau:
1. Đã tổ chức đấu giá 42 lô đất ở tại xã Thạch Long, xã Thạch Sơn.
2. Tổng số tiền trúng đấu giá 36,5 tỷ đồng.
Ủy ban nhân dân huyện báo cáo Sở Tài chính./.
"""), [("đấu giá quyền", "dấu giá quyền"), ("Tổng số tiền", "Tổng sô tiền"), ("báo cáo kết quả", "bảo cáo kết quả"), ("Ủy ban nhân dân huyện báo cáo", "Uy ban nhân dân huyện báo cáo")]))

# UBND huyện Hương Sơn 56/KH-UBND (12/4/2023): same number as Thạch Hà's (trap); implements 07/2023 and 09/2021
w("ubh_hs_kh56_2023.txt", ub("HUYỆN HƯƠNG SƠN", "56/KH-UBND", "Hương Sơn, ngày 12 tháng 4 năm 2023", """KẾ HOẠCH
Triển khai hệ số điều chỉnh giá đất và chính sách hỗ trợ xây dựng nông thôn mới năm 2023
""", """Thực hiện Quyết định số 07/2023/QĐ-UBND ngày 15/02/2023 của Ủy ban nhân dân tỉnh ban hành hệ số điều chỉnh giá đất năm 2023;
Thực hiện Nghị quyết số 09/2021/NQ-HĐND ngày 16/7/2021 của Hội đồng nhân dân tỉnh quy định mức hỗ trợ xây dựng nông thôn mới, đô thị văn minh giai đoạn 2021 - 2025;
Ủy ban nhân dân huyện Hương Sơn ban hành Kế hoạch như sau:
1. Phòng Tài chính - Kế hoạch áp dụng hệ số điều chỉnh giá đất năm 2023, thực hiện thường xuyên.
2. Hỗ trợ xi măng làm đường giao thông nông thôn tại xã Sơn Tây, xã Sơn Kim 1, hoàn thành trong Quý IV/2023.
""", SIGN_UB))

# UBND huyện Thạch Hà 56/KH-UBND (20/5/2023), layout: same number as Hương Sơn's; `thay thế` as an ordinary word
w("ubh_th_kh56_2023.txt", trang(nn_cot("ỦY BAN NHÂN DÂN", "HUYỆN THẠCH HÀ", "56/KH-UBND", "Thạch Hà, ngày 20 tháng 5 năm 2023", """                               KẾ HOẠCH
       Thu phí, lệ phí và quản lý giá đất trên địa bàn huyện năm 2023
""", """Căn cứ Nghị quyết số 22/2020/NQ-HĐND ngày 15/7/2020 của Hội đồng nhân dân tỉnh, được sửa đổi, bổ sung bởi Nghị
quyết số 35/2022/NQ-HĐND ngày 08/6/2022;
Căn cứ Quyết định số 07/2023/QĐ-UBND ngày 15/02/2023 của Ủy ban nhân dân tỉnh;
Ủy ban nhân dân huyện Thạch Hà ban hành Kế hoạch như sau:
1. Chi cục Thuế khu vực thu phí, lệ phí theo Nghị quyết số 22/2020/NQ-HĐND, thực hiện thường xuyên.
2. Thay thế bảng niêm yết mức thu phí tại bộ phận một cửa các xã, hoàn thành trong Quý III/2023.
3. Phòng Tài nguyên và Môi trường cập nhật giá đất cụ thể, thực hiện hằng quý.
""" + SIGN_UB)))

# UBND huyện Thạch Hà 2150/QĐ-UBND (18/6/2024), layout: `Điều chỉnh kế hoạch vốn` under 09/2021 — capital, revises no document (trap)
w("ubh_th_qd2150_2024.txt", trang(nn_cot("ỦY BAN NHÂN DÂN", "HUYỆN THẠCH HÀ", "2150/QĐ-UBND", "Thạch Hà, ngày 18 tháng 6 năm 2024", """                              QUYẾT ĐỊNH
        Về việc điều chỉnh kế hoạch vốn hỗ trợ xây dựng nông thôn mới năm 2024
                 CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ
""", """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây
dựng nông thôn mới giai đoạn 2021 - 2025;
Căn cứ Nghị quyết số 09/2021/NQ-HĐND ngày 16/7/2021 của Hội đồng nhân dân tỉnh;
Theo đề nghị của Trưởng phòng Tài chính - Kế hoạch.
QUYẾT ĐỊNH:
Điều 1. Điều chỉnh kế hoạch vốn hỗ trợ xây dựng nông thôn mới năm 2024 theo Nghị quyết số 09/2021/NQ-HĐND, cụ thể:
giảm 1.200 triệu đồng của xã Thạch Sơn, tăng 1.200 triệu đồng cho xã Thạch Long.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
                                                    KT. CHỦ TỊCH
                                                    PHÓ CHỦ TỊCH""")))

# UBND huyện Cẩm Xuyên 88/KH-UBND (10/5/2024), Markdown: `Thực hiện Kế hoạch số 21-KH/HU ngày 10/5/2024` (cycle, planted)
w("ubh_cx_kh88_2024.md", md_bang(["**ỦY BAN NHÂN DÂN**", "**HUYỆN CẨM XUYÊN**", "-------", "Số: 88/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Cẩm Xuyên, ngày 10 tháng 5 năm 2024*"]) + f"""
# KẾ HOẠCH
## Công khai bảng giá đất và mức thu phí, lệ phí năm 2024

Thực hiện Kế hoạch số 21-KH/HU ngày 10/5/2024 của Ban Thường vụ Huyện ủy Cẩm Xuyên;

Căn cứ {QD58};

Ủy ban nhân dân huyện Cẩm Xuyên ban hành Kế hoạch như sau:

1. Niêm yết bảng giá đất, mức thu phí, lệ phí tại bộ phận một cửa các xã, thị trấn, hoàn thành trong tháng 6/2024.
2. Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.

TM. ỦY BAN NHÂN DÂN  
KT. CHỦ TỊCH  
PHÓ CHỦ TỊCH
""")

# UBND huyện Cẩm Xuyên 118/KH-UBND twice in 2024 (15/7/2024 layout; 22/10/2024 plain) (duplicate-identity, planted)
w("ubh_cx_kh118_2024a.txt", trang(nn_cot("ỦY BAN NHÂN DÂN", "HUYỆN CẨM XUYÊN", "118/KH-UBND", "Cẩm Xuyên, ngày 15 tháng 7 năm 2024", """                               KẾ HOẠCH
     Hỗ trợ xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu năm 2024
""", """Thực hiện Nghị quyết số 09/2021/NQ-HĐND ngày 16/7/2021 của Hội đồng nhân dân tỉnh;
Ủy ban nhân dân huyện Cẩm Xuyên ban hành Kế hoạch như sau:
1. Hỗ trợ xã Cẩm Thành, xã Cẩm Bình đạt chuẩn nông thôn mới nâng cao, hoàn thành trong Quý IV/2024.
2. Hỗ trợ thôn Phú Hòa đạt chuẩn khu dân cư kiểu mẫu, hoàn thành trong Quý IV/2024.
""" + SIGN_UB)))

w("ubh_cx_kh118_2024b.txt", ub("HUYỆN CẨM XUYÊN", "118/KH-UBND", "Cẩm Xuyên, ngày 22 tháng 10 năm 2024", """KẾ HOẠCH
Thu phí, lệ phí Quý IV năm 2024 trên địa bàn huyện Cẩm Xuyên
""", """Căn cứ Nghị quyết số 22/2020/NQ-HĐND ngày 15/7/2020 của Hội đồng nhân dân tỉnh, được sửa đổi, bổ sung tại Nghị quyết số 35/2022/NQ-HĐND ngày 08/6/2022;
Căn cứ Quyết định số 05/2024/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh ban hành hệ số điều chỉnh giá đất năm 2024;
Ủy ban nhân dân huyện Cẩm Xuyên ban hành Kế hoạch như sau:
1. Thu phí, lệ phí theo đúng mức thu quy định, thực hiện thường xuyên.
2. Tổng hợp số thu năm 2024, báo cáo trước ngày 20/12/2024.
""", SIGN_UB))

# UBND thị xã Kỳ Anh 52/BC-UBND (05/3/2024): `Thực hiện Quyết định số 05/2024/QĐ-UBND ngày 15/3/2024` — ten days before the
# decision (temporal, planted)
w("ubtx_ka_bc52_2024.txt", ub("THỊ XÃ KỲ ANH", "52/BC-UBND", "Kỳ Anh, ngày 05 tháng 3 năm 2024", """BÁO CÁO
Tình hình áp dụng hệ số điều chỉnh giá đất trên địa bàn thị xã
""", """Thực hiện Quyết định số 05/2024/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh ban hành hệ số điều chỉnh giá đất năm 2024, Ủy ban nhân dân thị xã Kỳ Anh báo cáo như sau:
1. Năm 2023 đã áp dụng hệ số điều chỉnh giá đất theo Quyết định số 07/2023/QĐ-UBND ngày 15/02/2023 cho 312 hồ sơ.
2. Đề nghị Sở Tài chính hướng dẫn áp dụng hệ số cho khu vực phường Hưng Trí, phường Sông Trí.
""", SIGN_UB))

# UBND thị xã Kỳ Anh 35/KH-UBND (05/3/2025), layout: `Căn cứ Nghị quyết số 22/2020/NQ-HĐND` — replaced by 61/2024 from
# 01/01/2025 (superseded-citation, planted); `03 nhiệm vụ sau:` with 4 items (count-mismatch, planted); cites 58/2019 as
# amended by 42/2024 — in force until 31/12/2025 (trap)
w("ubtx_ka_kh35_2025.txt", trang(nn_cot("ỦY BAN NHÂN DÂN", "THỊ XÃ KỲ ANH", "35/KH-UBND", "Kỳ Anh, ngày 05 tháng 3 năm 2025", """                               KẾ HOẠCH
            Thu phí, lệ phí và quản lý giá đất năm 2025 trên địa bàn thị xã
""", """Căn cứ Nghị quyết số 22/2020/NQ-HĐND ngày 15/7/2020 của Hội đồng nhân dân tỉnh quy định mức thu, miễn, giảm, thu,
nộp, quản lý và sử dụng các loại phí, lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh;
Căn cứ Quyết định số 58/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh, được sửa đổi, bổ sung tại Quyết định
số 42/2024/QĐ-UBND ngày 20/12/2024;
Ủy ban nhân dân thị xã Kỳ Anh giao các phòng, ban, đơn vị thực hiện 03 nhiệm vụ sau:
1. Thu phí, lệ phí tại bộ phận một cửa, thực hiện thường xuyên.
2. Áp dụng Bảng giá đất khi tính tiền sử dụng đất, thực hiện thường xuyên.
3. Kiểm tra việc niêm yết giá tại các phường, hoàn thành trong Quý II/2025.
4. Báo cáo kết quả về Sở Tài chính trước ngày 15/12/2025.
""" + SIGN_UB)))

# ====================================================================== communes after 1/7/2025 (2026)
# UBND xã Thạch Hà 14/KH-UBND (20/3/2026), layout: `Căn cứ Quyết định số 58/2019/QĐ-UBND` — replaced from 01/01/2026
# (superseded-citation, planted); cites the former district's 56/KH-UBND by its date (trap)
w("xa_th_kh14_2026.txt", trang(nn_cot("ỦY BAN NHÂN DÂN", "XÃ THẠCH HÀ", "14/KH-UBND", "Thạch Hà, ngày 20 tháng 3 năm 2026", """                               KẾ HOẠCH
          Bồi thường, hỗ trợ giải phóng mặt bằng tuyến đường tránh phía Tây năm 2026
""", f"""Căn cứ {QD58};
Tiếp tục thực hiện Kế hoạch số 56/KH-UBND ngày 20/5/2023 của Ủy ban nhân dân huyện Thạch Hà (trước đây);
Ủy ban nhân dân xã Thạch Hà ban hành Kế hoạch như sau:
1. Xác định giá đất bồi thường cho 126 hộ dân thôn Đồng Khánh, hoàn thành trong Quý II/2026.
2. Chi trả tiền bồi thường, hỗ trợ, hoàn thành trong Quý III/2026.
""" + SIGN_UB_CT)))

# UBND xã Sơn Tây 09/KH-UBND (15/4/2026), Markdown: implements 88/2025; cites the former district Hương Sơn's 56/KH-UBND
# (trap); quotes 09/2023 after its khoản 2 was repealed (repeal in part: trap); `thay thế` ordinary word
w("xa_st_kh09_2026.md", md_bang(["**ỦY BAN NHÂN DÂN**", "**XÃ SƠN TÂY**", "-------", "Số: 09/KH-UBND"],
  ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Sơn Tây, ngày 15 tháng 4 năm 2026*"]) + """
# KẾ HOẠCH
## Triển khai Bảng giá đất năm 2026 và thu phí tham quan trên địa bàn xã

Thực hiện Nghị quyết số 88/2025/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh ban hành Bảng giá đất áp dụng từ ngày 01/01/2026;

Căn cứ Nghị quyết số 09/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh (khoản 1 Điều 1 còn hiệu lực);

Trên cơ sở kết quả thực hiện Kế hoạch số 56/KH-UBND ngày 12/4/2023 của Ủy ban nhân dân huyện Hương Sơn (cũ);

Ủy ban nhân dân xã Sơn Tây ban hành Kế hoạch như sau:

1. Niêm yết Bảng giá đất tại bộ phận một cửa, thay thế bảng niêm yết cũ, hoàn thành trong tháng 5/2026.
2. Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.

TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH
""")

# UBND phường Sông Trí 27/KH-UBND (02/02/2026): cites 61/2024/NQ-HĐND `ngày 19/12/2024` — it is of 10/12/2024
# (metadata-conflict, planted); implements 88/2025 (dated)
w("px_st_kh27_2026.txt", ub("PHƯỜNG SÔNG TRÍ", "27/KH-UBND", "Sông Trí, ngày 02 tháng 02 năm 2026", """KẾ HOẠCH
Thu phí, lệ phí và áp dụng Bảng giá đất năm 2026 trên địa bàn phường
""", """Căn cứ Nghị quyết số 61/2024/NQ-HĐND ngày 19/12/2024 của Hội đồng nhân dân tỉnh quy định mức thu, miễn, giảm, thu, nộp, quản lý và sử dụng các loại phí, lệ phí;
Thực hiện Nghị quyết số 88/2025/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh;
Ủy ban nhân dân phường Sông Trí ban hành Kế hoạch như sau:
1. Thu phí, lệ phí tại Trung tâm phục vụ hành chính công phường, thực hiện thường xuyên.
2. Áp dụng Bảng giá đất năm 2026 khi tính tiền sử dụng đất, thực hiện thường xuyên.
""", SIGN_UB_CT))

# UBND xã Cẩm Xuyên 11/KH-UBND (10/3/2026): cites the second 118/KH-UBND by its date (trap: dated citation of a duplicated
# number); cites the 2026 15-KL/TU with its date (trap)
w("xa_cx_kh11_2026.txt", ub("XÃ CẨM XUYÊN", "11/KH-UBND", "Cẩm Xuyên, ngày 25 tháng 3 năm 2026", """KẾ HOẠCH
Thu phí, lệ phí và công khai Bảng giá đất năm 2026
""", """Thực hiện Kết luận số 15-KL/TU ngày 10/3/2026 của Ban Thường vụ Tỉnh ủy về triển khai Bảng giá đất áp dụng từ ngày 01/01/2026;
Trên cơ sở kết quả thực hiện Kế hoạch số 118/KH-UBND ngày 22/10/2024 của Ủy ban nhân dân huyện Cẩm Xuyên (trước đây);
Ủy ban nhân dân xã Cẩm Xuyên ban hành Kế hoạch gồm 02 nhiệm vụ sau:
1. Công khai Bảng giá đất tại bộ phận một cửa, hoàn thành trong tháng 4/2026.
2. Thu phí, lệ phí đúng mức thu quy định, thực hiện thường xuyên.
""", SIGN_UB_CT))

# Đảng ủy xã Cẩm Xuyên 40-BC/ĐU (20/6/2026): `Kết luận số 15-KL/TU của Ban Thường vụ Tỉnh ủy` with no date and no term —
# Tỉnh ủy Hà Tĩnh issued 15-KL/TU in khóa XIX (2021) and khóa XX (2026) (ambiguous-id, planted)
w("du_cx_bc40_2026.txt", dang("ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY XÃ CẨM XUYÊN", "40-BC/ĐU", "Cẩm Xuyên, ngày 20 tháng 6 năm 2026", """BÁO CÁO
sơ kết 6 tháng đầu năm 2026 công tác lãnh đạo quản lý đất đai, thu ngân sách
""", """I. KẾT QUẢ THỰC HIỆN
1. Đảng ủy xã đã quán triệt Kết luận số 15-KL/TU của Ban Thường vụ Tỉnh ủy đến các chi bộ.
2. Thu ngân sách 6 tháng đạt 58% dự toán; thu tiền sử dụng đất đạt 41%.
II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Lãnh đạo Ủy ban nhân dân xã thực hiện Kế hoạch số 11/KH-UBND ngày 25/3/2026, thực hiện thường xuyên.
2. Ủy ban nhân dân xã tiếp tục thu phí, lệ phí theo Nghị quyết số 61/2024/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh.
3. Hoàn thành thu ngân sách năm 2026 trước ngày 31/12/2026.
""" + SIGN_DU))

print(len(os.listdir(OUT)), "files")
