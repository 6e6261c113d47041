#!/usr/bin/env python3
"""Red team round 32: organisation and staff of the new tỉnh Bắc Ninh after the merger of Bắc Giang and Bắc Ninh (1/7/2025,
seat at the former Bắc Giang city; districts abolished, communes and wards merged, Sở Nội vụ absorbed Sở Lao động - Thương
binh và Xã hội), seen from the former Bắc Giang side (Ban Thường vụ Tỉnh ủy 12-QĐ/TU 2021; Huyện ủy Lục Nam, Việt Yên;
HĐND 08/2022/NQ-HĐND and the annual pair 50/NQ-HĐND of 2023 and 2024; UBND 20/2022/QĐ-UBND; Sở Nội vụ 135/KH-SNV 2024;
UBND huyện Yên Dũng), the former Bắc Ninh side (Ban Thường vụ Tỉnh ủy 12-QĐ/TU 2021 and 25-KL/TU 2023; Huyện ủy Tiên Du,
Quế Võ; UBND 20/2022/QĐ-UBND; Sở Nội vụ 135/KH-SNV 2024; UBND huyện Gia Bình, thị xã Thuận Thành) and after the merger
(Tỉnh ủy 09-QĐ/TU, Ban Thường vụ 20-KL/TU, Ban Tổ chức 03-HD/BTCTU, Đảng ủy UBND tỉnh 07-KH/ĐU; HĐND 21/2025 and
04/2026/NQ-HĐND; UBND 15/2025/QĐ-UBND, the chairman's two 45/QĐ-UBND, letter 3120/UBND-NC; Sở Nội vụ 210/KH-SNV,
1520/SNV-TCBC, 318/BC-SNV; xã Lục Nam, Yên Dũng, Yên Phong; Đảng ủy xã Gia Bình; Đảng ủy and UBND phường Việt Yên).
Writes corpus/. Standard library only.
Header helpers copied from RedTeam31/gen.py (`party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`; site names, addresses and phone numbers changed; `portal` gained `nbsp`, header
cells with `&nbsp;` between words). New shapes: `party_ocr_cols` (OCR read the header column after column: motto block
first), `state_nolabel` (`Số:` lost: `45/QĐ-UBND` alone), `state_spaced` (`Số:  15 /2025/QĐ-UBND`); `state_vv`,
`party_titlenum`, `ocr` rewritten after RedTeam31's."""
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
        z.writestr = (lambda ws: lambda n, d: ws(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED))(z.writestr)  # fixed timestamps: same bytes every run
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Bắc Ninh", nbsp=False):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Bắc Ninh. Địa chỉ: số 82 đường Hùng Vương, phường Bắc Giang, tỉnh Bắc Ninh. Điện thoại: 0204.3854.616 - Fax: 0204.3854.617</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Hội đồng nhân dân tỉnh Bắc Ninh - Điện thoại: 0222.3822.569 - Fax: 0222.3822.570</div>\n</body></html>')





# ---------------------------------------------------------------- header shapes new in round 32
def party_ocr_cols(org, sub, num, place, title, body=""):
    """OCR read the header column after column: the motto block (right) first, then the committee's block (left)."""
    return f"""ĐẢNG CỘNG SẢN VIỆT NAM
{place}
{org}
{sub}
*
Số {num}

{title}
{body}"""


def party_titlenum(org, sub, place, title, body=""):
    """pdftotext -layout of a Party header with no `Số` line: the number is only in the title (`QUY ĐỊNH SỐ 12-QĐ/TU`)."""
    return f"""   {org:<44}ĐẢNG CỘNG SẢN VIỆT NAM
             {sub}
                *                                 {place}

{title}
{body}"""


def state_nolabel(org1, org2, num, place, title, body=""):
    """The `Số:` label was lost in conversion: the number stands alone under the body's name."""
    return f"""{org1}
{org2}
-------
{num}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
{place}

{title}
{body}"""


def state_spaced(org1, org2, num, place, title, body=""):
    """`Số:  15 /2025/QĐ-UBND`: the blanks of a template left inside the number."""
    n, rest = num.split("/", 1)
    return state(org1, org2, f" {n} /{rest}", place, title, body)


def state_vv(org1, org2, num, vv, place, body=""):
    """A letter: `V/v …` under the number, the place line under the motto (pdftotext -layout)."""
    v = vv.split("\n")
    return f"""      {org1:<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      {org2:<38}     Độc lập - Tự do - Hạnh phúc
           -------                                   ---------------
      Số: {num:<34}{place}
""" + "".join(f"      {x}\n" for x in v) + "\n" + body


def ocr(t, words):
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t


SIGN_BTV = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BTV_PBT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_TU = """\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_DU = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BTC = """\t\t\t\t\tK/T TRƯỞNG BAN
\t\t\t\t\tPHÓ TRƯỞNG BAN"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_CT = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH"""
SIGN_CT = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_CT_KT = """\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
SIGN_UB_TL = """\t\t\t\t\tTL. CHỦ TỊCH
\t\t\t\t\tCHÁNH VĂN PHÒNG"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_SO_Q = """\t\t\t\t\tQ. GIÁM ĐỐC"""

LAWS_2015 = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"""
LAWS_2025 = """Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;"""

# ====================================================================== former Bắc Giang, before 1/7/2025
# Ban Thường vụ Tỉnh ủy Bắc Giang 12-QĐ/TU (15/4/2021): working rules of khóa XIX; replaced by the new Tỉnh ủy's 09-QĐ/TU (15/8/2025)
w("bg_tu_qd12_2021.txt", party("ĐẢNG BỘ TỈNH BẮC GIANG", "BAN THƯỜNG VỤ", "12-QĐ/TU", "Bắc Giang, ngày 15 tháng 4 năm 2021", """QUY ĐỊNH
về Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy,
Thường trực Tỉnh ủy khóa XIX, nhiệm kỳ 2020 - 2025
-----
""", """- Căn cứ Điều lệ Đảng;
- Căn cứ Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả";
- Căn cứ Quy chế làm việc mẫu của tỉnh ủy, thành ủy trực thuộc Trung ương,
Ban Thường vụ Tỉnh ủy quy định Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX như sau:

Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định trách nhiệm, quyền hạn, chế độ làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy.
...
Chương V
TỔ CHỨC THỰC HIỆN
Điều 25. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy căn cứ Quy định này xây dựng kế hoạch thực hiện và sửa đổi quy chế làm việc của cấp ủy mình.
Điều 26. Quy định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Các huyện ủy, thành ủy, đảng ủy trực thuộc,
- Lưu Văn phòng Tỉnh ủy.
""" + SIGN_BTV))

# Huyện ủy Lục Nam 45-KH/HU (10/5/2021): implements 12-QĐ/TU; the id broken across two lines; a counted list that matches
w("bg_hu_ln_kh45_2021.txt", party("ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY LỤC NAM", "45-KH/HU", "Lục Nam, ngày 10 tháng 5 năm 2021", """KẾ HOẠCH
thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX
-----
""", """Thực hiện Quy định số 12-
QĐ/TU, ngày 15/4/2021 của Ban Thường vụ Tỉnh ủy về Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020 - 2025; tiếp tục thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt đầy đủ nội dung Quy định 12-QĐ/TU đến cán bộ, đảng viên.

II. NHIỆM VỤ
Ban Thường vụ Huyện ủy xác định 03 nhiệm vụ sau:
1. Sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV, hoàn thành trong Quý III/2021.
2. Rà soát, sắp xếp các cơ quan tham mưu, giúp việc Huyện ủy; bố trí cán bộ thay thế các đồng chí nghỉ hưu.
3. Định kỳ hằng năm kiểm tra việc thực hiện quy chế làm việc ở các đảng ủy xã, thị trấn.

III. TỔ CHỨC THỰC HIỆN
Văn phòng Huyện ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Huyện ủy.
""" + SIGN_BTV_PBT))

# Huyện ủy Việt Yên 30-KH/HU (05/4/2021): `Thực hiện Quy định số 12-QĐ/TU, ngày 15/4/2021` — ten days before it (temporal, planted)
w("bg_hu_vy_kh30_2021.txt", layout(party_cols("ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY VIỆT YÊN", "30-KH/HU", "Việt Yên, ngày 05 tháng 4 năm 2021", """                                  KẾ HOẠCH
             triển khai Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh
                                    -----
""", """Thực hiện Quy định số 12-QĐ/TU, ngày 15/4/2021 của Ban Thường vụ Tỉnh ủy Bắc Giang về Quy chế làm
việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020 - 2025, Ban Thường vụ Huyện ủy Việt Yên ban
hành Kế hoạch triển khai như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nội dung của Quy định vào quy chế làm việc của Huyện ủy.
2. Bảo đảm nguyên tắc tập trung dân chủ trong hoạt động của cấp ủy.

II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt đến cán bộ chủ chốt của huyện, xong trong tháng 4/2021.
2. Sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ huyện, hoàn thành trong Quý II/2021.
3. Kiểm tra, giám sát việc thực hiện quy chế làm việc hằng năm.

III. TỔ CHỨC THỰC HIỆN
Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tổ chức Huyện ủy theo dõi việc thực hiện.

""" + SIGN_BTV_PBT)))

# HĐND tỉnh Bắc Giang 50/NQ-HĐND (08/12/2023): staff quotas for 2024 (layout)
w("bg_hdnd_nq50_2023.txt", layout(state_cols("HỘI ĐỒNG NHÂN DÂN", "TỈNH BẮC GIANG", "50/NQ-HĐND", "Bắc Giang, ngày 08 tháng 12 năm 2023", """                                 NGHỊ QUYẾT
        Về việc giao biên chế công chức trong cơ quan, tổ chức hành chính
               và phê duyệt số lượng người làm việc năm 2024
                  HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG
                  KHÓA XIX, KỲ HỌP THỨ 16
""", LAWS_2015 + """
Căn cứ Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập;
Xét Tờ trình số 512/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh;

QUYẾT NGHỊ:
Điều 1. Giao biên chế công chức năm 2024 trong các cơ quan, tổ chức hành chính của tỉnh là 2.104 biên chế.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
Nghị quyết này được Hội đồng nhân dân tỉnh Bắc Giang khóa XIX, kỳ họp thứ 16 thông qua ngày 08 tháng 12 năm 2023./.

""" + SIGN_HD)))

# HĐND tỉnh Bắc Giang 50/NQ-HĐND (10/12/2024): staff quotas for 2025 — the next year's 50 (Markdown, header as a table)
w("bg_hdnd_nq50_2024.md", md_hdr(["**HỘI ĐỒNG NHÂN DÂN**", "**TỈNH BẮC GIANG**", "-------", "Số: 50/NQ-HĐND"],
                                 ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Bắc Giang, ngày 10 tháng 12 năm 2024*"]) + """
## NGHỊ QUYẾT

**Về việc giao biên chế công chức và phê duyệt số lượng người làm việc năm 2025**

**HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG KHÓA XIX, KỲ HỌP THỨ 21**

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập;

Trên cơ sở kết quả thực hiện Nghị quyết số 50/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh về giao biên chế năm 2024;

Xét Tờ trình số 498/TTr-UBND ngày 25 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh,

**QUYẾT NGHỊ:**

**Điều 1.** Giao biên chế công chức năm 2025 là 2.061 biên chế; số biên chế giảm được bố trí thay thế dần khi có người nghỉ hưu, thôi việc.

**Điều 2.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện; trường hợp sắp xếp tổ chức bộ máy trong năm 2025, Ủy ban nhân dân tỉnh điều chỉnh biên chế giữa các cơ quan và báo cáo Hội đồng nhân dân tỉnh tại kỳ họp gần nhất.

Nghị quyết này được Hội đồng nhân dân tỉnh Bắc Giang khóa XIX, kỳ họp thứ 21 thông qua ngày 10 tháng 12 năm 2024./.

**CHỦ TỊCH**
""")

# HĐND tỉnh Bắc Giang 08/2022/NQ-HĐND (13/7/2022): part-time posts at commune level; replaced by 21/2025 and again by 04/2026
w("bg_hdnd_nq08_2022.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH BẮC GIANG", "08/2022/NQ-HĐND", "Bắc Giang, ngày 13 tháng 7 năm 2022", """NGHỊ QUYẾT
Quy định chức danh, số lượng, mức phụ cấp đối với người hoạt động không chuyên trách
ở cấp xã, ở thôn, tổ dân phố trên địa bàn tỉnh Bắc Giang
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG
KHÓA XIX, KỲ HỌP THỨ 7
""", LAWS_2015 + """
Xét Tờ trình số 102/TTr-UBND ngày 20 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh,

QUYẾT NGHỊ:
Điều 1. Quy định chức danh, số lượng người hoạt động không chuyên trách ở cấp xã.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2022.

""" + SIGN_HD))

# UBND tỉnh Bắc Giang 20/2022/QĐ-UBND (15/6/2022): functions of Sở Nội vụ Bắc Giang; replaced by 15/2025/QĐ-UBND from 01/10/2025
w("bg_ubnd_qd20_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "20/2022/QĐ-UBND", "Bắc Giang, ngày 15 tháng 6 năm 2022", """QUYẾT ĐỊNH
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Bắc Giang
ỦY BAN NHÂN DÂN TỈNH BẮC GIANG
""", LAWS_2015 + """
Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;
Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 325/TTr-SNV ngày 01 tháng 6 năm 2022.

QUYẾT ĐỊNH:
Điều 1. Vị trí và chức năng
Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về tổ chức bộ máy, biên chế, cải cách hành chính.
Điều 2. Hiệu lực thi hành
Quyết định này có hiệu lực từ ngày 01 tháng 7 năm 2022.

""" + SIGN_UB_CT))

# Sở Nội vụ Bắc Giang 135/KH-SNV (12/3/2024): job positions; obligation on UBND các huyện (met: Yên Dũng 88)
w("bg_snv_kh135_2024.txt", state("UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ", "135/KH-SNV", "Bắc Giang, ngày 12 tháng 3 năm 2024", """KẾ HOẠCH
Rà soát vị trí việc làm, cơ cấu ngạch công chức năm 2024
""", """Căn cứ Quyết định số 20/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;
Thực hiện Nghị quyết số 50/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh về giao biên chế năm 2024,
Sở Nội vụ xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tRà soát bản mô tả công việc, khung năng lực của từng vị trí việc làm\tCác sở, ngành\tQuý II/2024
2\tTổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả rà soát\tSở Nội vụ\tHằng năm

II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện, gửi Sở Nội vụ trước ngày 15/4/2024.

""" + SIGN_SO))

# UBND huyện Yên Dũng 88/KH-UBND (10/6/2024): cites Bắc Giang's 135 with the date of Bắc Ninh's (metadata-conflict, planted); `sắp xếp`, `thay thế` of staff
w("bg_ubh_yd_kh88_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN YÊN DŨNG", "88/KH-UBND", "Yên Dũng, ngày 10 tháng 6 năm 2024", """KẾ HOẠCH
Rà soát vị trí việc làm trong các cơ quan, đơn vị thuộc huyện năm 2024
""", """Thực hiện Kế hoạch số 135/KH-SNV ngày 20/5/2024 của Sở Nội vụ tỉnh Bắc Giang về rà soát vị trí việc làm, cơ cấu ngạch công chức năm 2024, Ủy ban nhân dân huyện Yên Dũng ban hành Kế hoạch như sau:

I. NỘI DUNG
1. Phòng Nội vụ chủ trì rà soát, sắp xếp lại vị trí việc làm của các phòng chuyên môn; đề xuất bố trí công chức thay thế các trường hợp nghỉ hưu trong năm 2024.
2. Các đơn vị sự nghiệp thuộc huyện rà soát, sắp xếp viên chức theo vị trí việc làm, hoàn thành trước ngày 30/7/2024.

II. TỔ CHỨC THỰC HIỆN
Phòng Nội vụ tổng hợp, báo cáo Sở Nội vụ.

""" + SIGN_UB))

# ====================================================================== former Bắc Ninh, before 1/7/2025
# Ban Thường vụ Tỉnh ủy Bắc Ninh 12-QĐ/TU (20/5/2021): cadre management; the number only in the title (layout); stays in force after the merger
w("bn_tu_qd12_2021.txt", layout(party_titlenum("ĐẢNG BỘ TỈNH BẮC NINH", "BAN THƯỜNG VỤ", "Bắc Ninh, ngày 20 tháng 5 năm 2021", """                           QUY ĐỊNH SỐ 12-QĐ/TU
                  về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu
                               cán bộ ứng cử
                                   -----
""", """- Căn cứ Điều lệ Đảng;
- Căn cứ Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII,
Ban Thường vụ Tỉnh ủy Bắc Ninh quy định phân cấp quản lý cán bộ như sau:

Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc phân cấp quản lý cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.
Điều 2. Nguyên tắc
Đảng thống nhất lãnh đạo công tác cán bộ và quản lý đội ngũ cán bộ.
Điều 20. Tổ chức thực hiện
Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Quy định này.
Quy định này có hiệu lực từ ngày ký.

""" + SIGN_BTV)))

# Huyện ủy Tiên Du 21-KH/HU (15/6/2021): implements Bắc Ninh's 12-QĐ/TU (unqualified, before the merger)
w("bn_hu_td_kh21_2021.txt", party("ĐẢNG BỘ TỈNH BẮC NINH", "HUYỆN ỦY TIÊN DU", "21-KH/HU", "Tiên Du, ngày 15 tháng 6 năm 2021", """KẾ HOẠCH
thực hiện Quy định phân cấp quản lý cán bộ
-----
""", """Thực hiện Quy định số 12-QĐ/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử, Ban Thường vụ Huyện ủy Tiên Du xây dựng kế hoạch như sau:

1. Rà soát danh mục chức danh cán bộ thuộc diện Ban Thường vụ Huyện ủy quản lý, hoàn thành trong Quý III/2021.
2. Hằng năm đánh giá, xếp loại cán bộ theo phân cấp.

""" + SIGN_BTV_PBT))

# Huyện ủy Quế Võ 45-KH/HU (25/6/2021): Bắc Ninh's; Lục Nam (Bắc Giang) also has a 45-KH/HU of 2021
w("bn_hu_qv_kh45_2021.txt", party("ĐẢNG BỘ TỈNH BẮC NINH", "HUYỆN ỦY QUẾ VÕ", "45-KH/HU", "Quế Võ, ngày 25 tháng 6 năm 2021", """KẾ HOẠCH
thực hiện Quy định số 12-QĐ/TU của Ban Thường vụ Tỉnh ủy
-----
""", """Thực hiện Quy định số 12-QĐ/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy Bắc Ninh về phân cấp quản lý cán bộ, Ban Thường vụ Huyện ủy Quế Võ ban hành Kế hoạch thực hiện như sau:

1. Phổ biến Quy định đến các chi bộ, đảng bộ cơ sở trong tháng 7/2021.
2. Xây dựng quy định phân cấp quản lý cán bộ của Huyện ủy, hoàn thành trong Quý IV/2021.

""" + SIGN_BTV_PBT))

# UBND tỉnh Bắc Ninh (former) 20/2022/QĐ-UBND (04/8/2022): management of staff and positions; a portal page (header <br>, &nbsp;); in force
w("bn_ubnd_qd20_2022.html", portal("Quyết định 20/2022/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "-------", "Số: 20/2022/QĐ-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Bắc Ninh, ngày 04 tháng 8 năm 2022"], """QUYẾT ĐỊNH
Ban hành Quy định về quản lý tổ chức bộ máy, vị trí việc làm, biên chế công chức và số lượng người làm việc trên địa bàn tỉnh Bắc Ninh
ỦY BAN NHÂN DÂN TỈNH BẮC NINH
""" + LAWS_2015 + """
Căn cứ Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập;
Theo đề nghị của Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý tổ chức bộ máy, vị trí việc làm, biên chế công chức và số lượng người làm việc.
Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 8 năm 2022.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", site="tỉnh Bắc Ninh", nbsp=True))

# Sở Nội vụ Bắc Ninh (former) 135/KH-SNV (20/5/2024): Markdown, header as headings/bold lines; obligation on UBND huyện, thị xã (met)
w("bn_snv_kh135_2024.md", md_headings(["### UBND TỈNH BẮC NINH", "### SỞ NỘI VỤ", "**Số: 135/KH-SNV**"],
                                      ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Bắc Ninh, ngày 20 tháng 5 năm 2024*"]) + """## KẾ HOẠCH

**Triển khai đề án vị trí việc làm trong các đơn vị sự nghiệp công lập năm 2024**

Căn cứ Quyết định số 20/2022/QĐ-UBND ngày 04/8/2022 của Ủy ban nhân dân tỉnh ban hành Quy định về quản lý tổ chức bộ máy, vị trí việc làm, biên chế;

Căn cứ Nghị định số 106/2020/NĐ-CP ngày 10/9/2020 của Chính phủ,

Sở Nội vụ xây dựng Kế hoạch như sau:

1. Các đơn vị sự nghiệp rà soát đề án vị trí việc làm, hoàn thành trong Quý III/2024.
2. Sở Nội vụ thẩm định, trình Ủy ban nhân dân tỉnh phê duyệt hằng năm.

**Tổ chức thực hiện:** Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện, báo cáo kết quả về Sở Nội vụ.

**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**
""")

# Ban Thường vụ Tỉnh ủy Bắc Ninh (former) 25-KL/TU (12/9/2023): planned amendment of Bắc Ninh's 12-QĐ/TU by Quý IV/2023, never made (overdue, planted); minified portal page
w("bn_tu_kl25_2023.html", portal("Kết luận 25-KL/TU", ["ĐẢNG BỘ TỈNH BẮC NINH", "BAN THƯỜNG VỤ", "*", "Số 25-KL/TU"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Ninh, ngày 12 tháng 9 năm 2023"], """KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về sơ kết 2 năm thực hiện Quy định phân cấp quản lý cán bộ
Tại phiên họp ngày 08/9/2023, sau khi nghe Ban Tổ chức Tỉnh ủy báo cáo sơ kết 2 năm thực hiện Quy định số 12-QĐ/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ, Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Ban Tổ chức Tỉnh ủy chủ trì tham mưu sửa đổi, bổ sung Quy định số 12-QĐ/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy cho phù hợp với quy định mới của Trung ương; hoàn thành trong Quý IV/2023.
2. Các cấp ủy rà soát quy hoạch cán bộ, hoàn thành trong Quý I/2024 và thực hiện thường xuyên.
Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC""", minified=True, site="tỉnh Bắc Ninh"))

# UBND huyện Gia Bình 60/KH-UBND (05/7/2024): implements Bắc Ninh's 135; `02 nhóm giải pháp` then a) b) c) (count-mismatch, planted)
w("bn_ubh_gb_kh60_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN GIA BÌNH", "60/KH-UBND", "Gia Bình, ngày 05 tháng 7 năm 2024", """KẾ HOẠCH
Triển khai rà soát vị trí việc làm trong các đơn vị sự nghiệp công lập thuộc huyện
""", """Thực hiện Kế hoạch số 135/KH-SNV ngày 20/5/2024 của Sở Nội vụ tỉnh Bắc Ninh, Ủy ban nhân dân huyện Gia Bình ban hành Kế hoạch gồm 02 nhóm giải pháp sau:
a) Rà soát số lượng người làm việc tại các trường mầm non, tiểu học, trung học cơ sở;
b) Sắp xếp, kiện toàn các đơn vị sự nghiệp không đủ điều kiện;
c) Tinh giản biên chế đối với viên chức không đáp ứng yêu cầu vị trí việc làm.

Phòng Nội vụ huyện chủ trì, báo cáo kết quả trước ngày 30/9/2024.

""" + SIGN_UB))

# UBND thị xã Thuận Thành 60/KH-UBND (18/7/2024): the same number as Gia Bình's, another body (Thuận Thành of Bắc Ninh, not of another province)
w("bn_ubtx_tt_kh60_2024.txt", state("ỦY BAN NHÂN DÂN", "THỊ XÃ THUẬN THÀNH", "60/KH-UBND", "Thuận Thành, ngày 18 tháng 7 năm 2024", """KẾ HOẠCH
Rà soát vị trí việc làm trong các đơn vị sự nghiệp công lập thuộc thị xã năm 2024
""", """Thực hiện Kế hoạch số 135/KH-SNV ngày 20/5/2024 của Sở Nội vụ tỉnh Bắc Ninh, Ủy ban nhân dân thị xã Thuận Thành xây dựng Kế hoạch như sau:
1. Phòng Nội vụ thị xã hướng dẫn các đơn vị rà soát, hoàn thành trong tháng 8/2024.
2. Tổng hợp, báo cáo Sở Nội vụ trước ngày 15/9/2024.

""" + SIGN_UB))

# ====================================================================== the new tỉnh Bắc Ninh, from 1/7/2025
# Tỉnh ủy 09-QĐ/TU (15/8/2025): working rules after the merger; replaces Bắc Giang's 12-QĐ/TU; Bắc Ninh's 12-QĐ/TU continues; OCR column after column
w("tu_qd09_2025.txt", party_ocr_cols("ĐẢNG BỘ TỈNH BẮC NINH", "TỈNH ỦY", "09-QĐ/TU", "Bắc Ninh, ngày 15 tháng 8 năm 2025", """QUY ĐỊNH
về Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy,
Thường trực Tỉnh ủy nhiệm kỳ 2020 - 2025
-----
""", """- Căn cứ Điều lệ Đảng;
- Căn cứ Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII;
- Căn cứ Kết luận số 137-KL/TW, ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư về Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp,
Tỉnh ủy quy định Quy chế làm việc như sau:

Điều 1. Phạm vi điều chỉnh
Quy định này quy định trách nhiệm, quyền hạn, chế độ làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy sau hợp nhất.
...
Điều 30. Hiệu lực thi hành
1. Quy định này có hiệu lực từ ngày ký và thay thế Quy định số 12-QĐ/TU, ngày 15/4/2021 của Ban Thường vụ Tỉnh ủy Bắc Giang về Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX.
2. Quy định số 12-QĐ/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy Bắc Ninh về phân cấp quản lý cán bộ tiếp tục thực hiện cho đến khi có quy định mới.
3. Các đảng ủy xã, phường, đảng ủy trực thuộc căn cứ Quy định này sửa đổi quy chế làm việc của cấp ủy mình.

""" + SIGN_TU))

# Ban Thường vụ Tỉnh ủy 20-KL/TU (10/9/2025): streamlining after the merger; obligations (Trung tâm Phục vụ hành chính công: unmet, planted); planned replacement of 08/2022 met by 21/2025
w("tu_kl20_2025.txt", party("ĐẢNG BỘ TỈNH BẮC NINH", "BAN THƯỜNG VỤ", "20-KL/TU", "Bắc Ninh, ngày 10 tháng 9 năm 2025", """KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về tiếp tục sắp xếp, tinh gọn tổ chức bộ máy
sau hợp nhất tỉnh
-----
""", """Tại phiên họp ngày 05/9/2025, sau khi nghe Ban Tổ chức Tỉnh ủy báo cáo kết quả thực hiện Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng và Kết luận số 137-KL/TW, ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư, Ban Thường vụ Tỉnh ủy kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Việc sắp xếp các sở, ngành sau hợp nhất cơ bản hoàn thành; Sở Nội vụ tiếp nhận chức năng, nhiệm vụ của Sở Lao động - Thương binh và Xã hội.

II. NHIỆM VỤ TRỌNG TÂM
1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo trình Hội đồng nhân dân tỉnh ban hành nghị quyết thay thế Nghị quyết số 08/2022/NQ-HĐND ngày 13/7/2022 của Hội đồng nhân dân tỉnh Bắc Giang; hoàn thành trong tháng 12/2025.
2. Rà soát, sắp xếp biên chế sau hợp nhất; thực hiện thường xuyên.

III. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức Tỉnh ủy xây dựng hướng dẫn thực hiện Kết luận này.
2. Đảng ủy Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện.
3. Các đảng ủy xã, phường xây dựng kế hoạch thực hiện Kết luận này.
4. Trung tâm Phục vụ hành chính công tỉnh xây dựng kế hoạch sắp xếp bộ phận một cửa sau hợp nhất.
Văn phòng Tỉnh ủy theo dõi, đôn đốc.

""" + SIGN_BTV))

# Ban Tổ chức Tỉnh ủy 03-HD/BTCTU (10/10/2025): `Căn cứ` Bắc Giang's replaced 12-QĐ/TU (superseded, planted), then Bắc Ninh's in force (layout)
w("btctu_hd03_2025.txt", layout(party_cols("ĐẢNG BỘ TỈNH BẮC NINH", "BAN TỔ CHỨC TỈNH ỦY", "03-HD/BTCTU", "Bắc Ninh, ngày 10 tháng 10 năm 2025", """                                 HƯỚNG DẪN
           thực hiện Kết luận số 20-KL/TU của Ban Thường vụ Tỉnh ủy
                                   -----
""", """- Căn cứ Kết luận số 20-KL/TU, ngày 10/9/2025 của Ban Thường vụ Tỉnh ủy về tiếp tục sắp xếp, tinh gọn
tổ chức bộ máy sau hợp nhất tỉnh;
- Căn cứ Quy định số 12-QĐ/TU, ngày 15/4/2021 của Ban Thường vụ Tỉnh ủy Bắc Giang về Quy chế làm việc
của Ban Chấp hành Đảng bộ tỉnh khóa XIX;
- Căn cứ Quy định số 12-QĐ/TU, ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy Bắc Ninh về phân cấp quản lý
cán bộ,
Ban Tổ chức Tỉnh ủy hướng dẫn như sau:

1. Về rà soát chức năng, nhiệm vụ của các cơ quan tham mưu, giúp việc Tỉnh ủy.
2. Về sắp xếp cán bộ, công chức dôi dư; thay thế cán bộ nghỉ chế độ.

""" + SIGN_BTC)))

# Đảng ủy UBND tỉnh 07-KH/ĐU (20/10/2025): `03 nhiệm vụ sau:` then 4 items (count-mismatch, planted); planned replacement of 08/2022 (met)
w("dubnd_kh07_2025.txt", party("ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "07-KH/ĐU", "Bắc Ninh, ngày 20 tháng 10 năm 2025", """KẾ HOẠCH
thực hiện Kết luận số 20-KL/TU của Ban Thường vụ Tỉnh ủy
-----
""", """Thực hiện Kết luận số 20-KL/TU, ngày 10/9/2025 của Ban Thường vụ Tỉnh ủy về tiếp tục sắp xếp, tinh gọn tổ chức bộ máy sau hợp nhất tỉnh, Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh xác định 03 nhiệm vụ sau:
1. Lãnh đạo Ban cán sự đảng Ủy ban nhân dân tỉnh hoàn thiện quy định chức năng, nhiệm vụ của các sở sau hợp nhất.
2. Trình Hội đồng nhân dân tỉnh Nghị quyết thay thế Nghị quyết số 08/2022/NQ-HĐND ngày 13/7/2022 của Hội đồng nhân dân tỉnh Bắc Giang, hoàn thành trong tháng 12/2025.
3. Rà soát, sắp xếp lại các đơn vị sự nghiệp công lập thuộc các sở.
4. Thực hiện tinh giản biên chế gắn với vị trí việc làm.

Văn phòng Đảng ủy theo dõi, báo cáo.

""" + SIGN_DU))

# HĐND tỉnh 21/2025/NQ-HĐND (10/12/2025): replaces Bắc Giang's 08/2022 from 01/01/2026
w("hdnd_nq21_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH BẮC NINH", "21/2025/NQ-HĐND", "Bắc Ninh, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Quy định chức danh, số lượng, mức phụ cấp đối với người hoạt động không chuyên trách
ở thôn, tổ dân phố trên địa bàn tỉnh Bắc Ninh
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH
""", LAWS_2025 + """
Thực hiện Kết luận số 20-KL/TU, ngày 10/9/2025 của Ban Thường vụ Tỉnh ủy;
Xét Tờ trình số 305/TTr-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh,

QUYẾT NGHỊ:
Điều 1. Quy định chức danh, số lượng người hoạt động không chuyên trách ở thôn, tổ dân phố.
Điều 2. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Nghị quyết số 08/2022/NQ-HĐND ngày 13 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Bắc Giang quy định chức danh, số lượng, mức phụ cấp đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố.

""" + SIGN_HD))

# HĐND tỉnh 04/2026/NQ-HĐND (15/4/2026): Word-exported page; replaces 08/2022 again, in a list (inverse-inconsistency, planted)
w("hdnd_nq04_2026.html", html_spans("Nghị quyết 04/2026/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH BẮC NINH", "-------", "Số: 04/2026/NQ-HĐND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Bắc Ninh, ngày 15 tháng 4 năm 2026"], """NGHỊ QUYẾT
Quy định mức hỗ trợ đối với người hoạt động không chuyên trách dôi dư sau sắp xếp đơn vị hành chính cấp xã
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH
""" + LAWS_2025 + """
Xét Tờ trình số 88/TTr-UBND ngày 30 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh,
QUYẾT NGHỊ:
Điều 1. Quy định mức hỗ trợ đối với người hoạt động không chuyên trách dôi dư.
Điều 2. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 5 năm 2026 và thay thế các Nghị quyết: số 08/2022/NQ-HĐND ngày 13 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Bắc Giang; số 19/2023/NQ-HĐND ngày 07 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh Bắc Ninh.
CHỦ TỊCH"""))

# UBND tỉnh 15/2025/QĐ-UBND (20/9/2025): functions of the merged Sở Nội vụ; `Số:  15 /2025/QĐ-UBND`; replaces Bắc Giang's 20/2022 from 01/10/2025
w("ubnd_qd15_2025.txt", state_spaced("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "15/2025/QĐ-UBND", "Bắc Ninh, ngày 20 tháng 9 năm 2025", """QUYẾT ĐỊNH
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Bắc Ninh
ỦY BAN NHÂN DÂN TỈNH BẮC NINH
""", LAWS_2025 + """
Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 210/TTr-SNV ngày 10 tháng 9 năm 2025.

QUYẾT ĐỊNH:
Điều 1. Vị trí và chức năng
Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; tiếp nhận chức năng quản lý nhà nước về lao động, người có công và xã hội.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực từ ngày 01 tháng 10 năm 2025 và thay thế Quyết định số 20/2022/QĐ-UBND ngày 15 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Bắc Giang quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Bắc Giang.
2. Quyết định số 20/2022/QĐ-UBND ngày 04 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh Bắc Ninh ban hành Quy định về quản lý tổ chức bộ máy, vị trí việc làm, biên chế tiếp tục có hiệu lực.

""" + SIGN_UB_CT))

# Chủ tịch UBND tỉnh 45/QĐ-UBND (12/01/2026): the `Số:` label lost; the chairman over the preamble; `thay thế` of members
w("ubnd_qd45_2026.txt", state_nolabel("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "45/QĐ-UBND", "Bắc Ninh, ngày 12 tháng 01 năm 2026", """QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo sắp xếp tổ chức bộ máy, biên chế tỉnh Bắc Ninh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
""", LAWS_2025 + """
Căn cứ Kết luận số 20-KL/TU, ngày 10/9/2025 của Ban Thường vụ Tỉnh ủy;
Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:
Điều 1. Kiện toàn Ban Chỉ đạo; bổ sung, thay thế 03 thành viên do thay đổi công tác sau hợp nhất.
Điều 2. Quyết định này có hiệu lực từ ngày ký.

""" + SIGN_CT))

# Chủ tịch UBND tỉnh 45/QĐ-UBND again (16/01/2026): a .docx whose header is two paragraphs of runs cut mid-word (duplicate-identity, planted)
docx("ubnd_qd45b_2026.docx", [
    ["ỦY BAN NHÂN D", "ÂN\nTỈNH BẮC NI", "NH\n-------\nSố: 4", "5/QĐ-UB", "ND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT N", "AM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nBắc Ninh, ngày 1", "6 tháng 01 năm 2026"],
    "QUYẾT ĐỊNH",
    "Về việc giao chỉ tiêu biên chế công chức năm 2026 cho các sở, ban, ngành",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
    ["Căn cứ Quyết định số 15/2025/QĐ-UB", "ND ngày 20 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh;"],
    "Theo đề nghị của Giám đốc Sở Nội vụ.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Giao chỉ tiêu biên chế công chức năm 2026 cho các sở, ban, ngành theo phụ lục kèm theo.",
    "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
])

# Sở Nội vụ 210/KH-SNV (20/01/2026): task table (layout): amend 15/2025 by Tháng 6/2026 (overdue, planted); Đề án by Quý III/2026 (announced, overdue, planted); recurring, not due
w("snv_kh210_2026.txt", layout(state_cols("UBND TỈNH BẮC NINH", "SỞ NỘI VỤ", "210/KH-SNV", "Bắc Ninh, ngày 20 tháng 01 năm 2026", """                                  KẾ HOẠCH
             Công tác tổ chức bộ máy, biên chế và vị trí việc làm năm 2026
""", """Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 20/9/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ,
quyền hạn và cơ cấu tổ chức của Sở Nội vụ;
Thực hiện Quyết định số 45/QĐ-UBND ngày 12/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc kiện toàn
Ban Chỉ đạo sắp xếp tổ chức bộ máy, biên chế tỉnh;
Thực hiện Kế hoạch số 07-KH/ĐU, ngày 20/10/2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh,
Sở Nội vụ xây dựng Kế hoạch như sau:

I. NHIỆM VỤ CỤ THỂ
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tTham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định số 15/2025/QĐ-UBND ngày 20/9/2025\tPhòng Tổ chức bộ máy\tTháng 6/2026
\tcủa Ủy ban nhân dân tỉnh (bổ sung nhiệm vụ về người có công)\t\t
2\tXây dựng Đề án vị trí việc làm trong các cơ quan hành chính tỉnh Bắc Ninh giai đoạn 2026 - 2030\tPhòng Công chức, viên chức\tQuý III/2026
3\tRà soát, đánh giá việc sử dụng biên chế của các sở, ngành\tPhòng Tổ chức bộ máy\tHằng năm
4\tTham mưu Quyết định giao chỉ tiêu biên chế năm 2027\tPhòng Tổ chức bộ máy\tTháng 12/2026

II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện, gửi Sở Nội vụ trước ngày 31/3/2026.

""" + SIGN_SO)))

# Sở Nội vụ letter 1520/SNV-TCBC (20/6/2026): Bắc Ninh's 20/2022 (in force) and 135 cited by former province name; Q. GIÁM ĐỐC
w("snv_cv1520_2026.txt", state_vv("UBND TỈNH BẮC NINH", "SỞ NỘI VỤ", "1520/SNV-TCBC", "V/v rà soát vị trí việc làm\ncủa các xã, phường năm 2026", "Bắc Ninh, ngày 20 tháng 6 năm 2026", """Kính gửi: Ủy ban nhân dân các xã, phường.

Căn cứ Quyết định số 20/2022/QĐ-UBND ngày 04/8/2022 của Ủy ban nhân dân tỉnh Bắc Ninh (trước hợp nhất) ban hành Quy định về quản lý tổ chức bộ máy, vị trí việc làm, biên chế;
Tiếp theo Kế hoạch số 135/KH-SNV ngày 20/5/2024 của Sở Nội vụ tỉnh Bắc Ninh (cũ) và Kế hoạch số 210/KH-SNV ngày 20/01/2026 của Sở Nội vụ,
Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường rà soát vị trí việc làm; trường hợp cần thay thế công chức chuyển công tác, báo cáo Sở Nội vụ trước ngày 15/7/2026.

Nơi nhận:
- Như trên;
- Lưu: VT, TCBC.
""" + SIGN_SO_Q))

# Sở Nội vụ 318/BC-SNV (25/7/2026): `Nghị quyết số 50/NQ-HĐND … Bắc Giang` with no date (ambiguous-id, planted); a draft's quoted title
w("snv_bc318_2026.txt", state("UBND TỈNH BẮC NINH", "SỞ NỘI VỤ", "318/BC-SNV", "Bắc Ninh, ngày 25 tháng 7 năm 2026", """BÁO CÁO
Sơ kết 6 tháng thực hiện Kế hoạch số 210/KH-SNV
""", """Thực hiện Kế hoạch số 210/KH-SNV ngày 20/01/2026 của Sở Nội vụ, Sở Nội vụ báo cáo kết quả 6 tháng đầu năm 2026 như sau:

I. KẾT QUẢ
1. Về biên chế: số biên chế giao theo Nghị quyết số 50/NQ-HĐND của Hội đồng nhân dân tỉnh Bắc Giang (trước hợp nhất) đã được tổng hợp chung vào chỉ tiêu năm 2026.
2. Về thể chế: Sở đã hoàn thiện dự thảo "Quyết định sửa đổi, bổ sung một số điều của Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ ban hành kèm theo Quyết định số 15/2025/QĐ-UBND", đang lấy ý kiến các sở, ngành.

II. TỒN TẠI
Có 02 tồn tại sau:
1. Một số xã, phường chậm gửi kế hoạch.
2. Việc sắp xếp, thay thế công chức dôi dư còn chậm.

""" + SIGN_SO))

# UBND xã Lục Nam 52/KH-UBND (15/4/2026, CRLF): `Căn cứ` Bắc Giang's replaced 20/2022 (superseded, planted); the next line Bắc Ninh's 20/2022 in force
w("xa_ln_kh52_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ LỤC NAM", "52/KH-UBND", "Lục Nam, ngày 15 tháng 4 năm 2026", """KẾ HOẠCH
Rà soát, sắp xếp công chức cấp xã năm 2026
""", """Căn cứ Quyết định số 20/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh Bắc Giang quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;
Căn cứ Quyết định số 20/2022/QĐ-UBND ngày 04/8/2022 của Ủy ban nhân dân tỉnh Bắc Ninh ban hành Quy định về quản lý tổ chức bộ máy, vị trí việc làm, biên chế;
Thực hiện Kế hoạch số 210/KH-SNV ngày 20/01/2026 của Sở Nội vụ,
Ủy ban nhân dân xã Lục Nam xây dựng Kế hoạch như sau:

1. Rà soát vị trí việc làm của công chức xã, hoàn thành trong tháng 5/2026.
2. Bố trí công chức thay thế các trường hợp nghỉ hưu.

""" + SIGN_UB_CT), crlf=True)

# UBND xã Yên Dũng 40/KH-UBND (12/5/2026, NFD): `Căn cứ` Bắc Giang's 08/2022/NQ-HĐND, replaced from 01/01/2026 (superseded, planted)
w("xa_yd_kh40_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ YÊN DŨNG", "40/KH-UBND", "Yên Dũng, ngày 12 tháng 5 năm 2026", """KẾ HOẠCH
Bố trí người hoạt động không chuyên trách ở thôn, tổ dân phố năm 2026
""", """Căn cứ Nghị quyết số 08/2022/NQ-HĐND ngày 13/7/2022 của Hội đồng nhân dân tỉnh Bắc Giang quy định chức danh, số lượng, mức phụ cấp đối với người hoạt động không chuyên trách;
Thực hiện Kế hoạch số 210/KH-SNV ngày 20/01/2026 của Sở Nội vụ tỉnh Bắc Ninh,
Ủy ban nhân dân xã Yên Dũng xây dựng Kế hoạch như sau:

1. Rà soát số lượng người hoạt động không chuyên trách ở 28 thôn, tổ dân phố.
2. Sắp xếp, bố trí lại người dôi dư, hoàn thành trong tháng 6/2026.

""" + SIGN_UB_CT), nfd=True)

# UBND xã Yên Phong 40/KH-UBND (14/5/2026): the whole file in small letters (a crawler); the same number as xã Yên Dũng's
w("xa_yp_kh40_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ YÊN PHONG", "40/KH-UBND", "Yên Phong, ngày 14 tháng 5 năm 2026", """KẾ HOẠCH
Rà soát vị trí việc làm của công chức xã năm 2026
""", """Căn cứ Nghị quyết số 21/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;
Thực hiện Kế hoạch số 210/KH-SNV ngày 20/01/2026 của Sở Nội vụ,
Ủy ban nhân dân xã Yên Phong xây dựng Kế hoạch như sau:

1. Rà soát vị trí việc làm, hoàn thành trong tháng 6/2026.
2. Báo cáo Sở Nội vụ kết quả thực hiện.

""" + SIGN_UB_CT).lower())

# Đảng ủy and UBND phường Việt Yên, both 12/6/2026: each rests on the other (cycle, planted)
w("du_p_vy_nq08_2026.txt", party("ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG ỦY PHƯỜNG VIỆT YÊN", "08-NQ/ĐU", "Việt Yên, ngày 12 tháng 6 năm 2026", """NGHỊ QUYẾT
về sắp xếp, kiện toàn tổ chức bộ máy của phường năm 2026
-----
""", """Căn cứ Kế hoạch số 62/KH-UBND ngày 12/6/2026 của Ủy ban nhân dân phường Việt Yên về sắp xếp, kiện toàn các phòng chuyên môn;
Thực hiện Kết luận số 20-KL/TU, ngày 10/9/2025 của Ban Thường vụ Tỉnh ủy,
Ban Chấp hành Đảng bộ phường quyết nghị:
1. Kiện toàn 03 phòng chuyên môn thuộc Ủy ban nhân dân phường.
2. Bố trí cán bộ thay thế các đồng chí chuyển công tác.

""" + SIGN_DU))

w("ubnd_p_vy_kh62_2026.md", md_headings(["**ỦY BAN NHÂN DÂN**", "**PHƯỜNG VIỆT YÊN**", "Số: 62/KH-UBND"],
                                        ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Việt Yên, ngày 12 tháng 6 năm 2026*"]) + """## KẾ HOẠCH

**Sắp xếp, kiện toàn các phòng chuyên môn thuộc Ủy ban nhân dân phường**

Thực hiện Nghị quyết số 08-NQ/ĐU ngày 12/6/2026 của Ban Chấp hành Đảng bộ phường Việt Yên về sắp xếp, kiện toàn tổ chức bộ máy;

Thực hiện Kế hoạch số 210/KH-SNV ngày 20/01/2026 của Sở Nội vụ,

Ủy ban nhân dân phường xây dựng Kế hoạch như sau:

1. Kiện toàn Văn phòng HĐND và UBND phường, Phòng Kinh tế, hạ tầng và đô thị, Phòng Văn hóa - Xã hội; hoàn thành trong tháng 7/2026.
2. Sắp xếp công chức theo vị trí việc làm.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
""")

# UBND tỉnh letter 3120/UBND-NC (10/9/2026): proposes replacing 15/2025 (only a proposal); TL. CHỦ TỊCH
w("ubnd_cv3120_2026.txt", state_vv("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "3120/UBND-NC", "V/v hoàn thiện quy định chức năng,\nnhiệm vụ của Sở Nội vụ", "Bắc Ninh, ngày 10 tháng 9 năm 2026", """Kính gửi: Sở Nội vụ.

Xét Báo cáo số 318/BC-SNV ngày 25/7/2026 của Sở Nội vụ, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
Giao Sở Nội vụ nghiên cứu, đề xuất phương án sửa đổi, bổ sung hoặc thay thế Quyết định số 15/2025/QĐ-UBND ngày 20/9/2025 của Ủy ban nhân dân tỉnh, báo cáo Ủy ban nhân dân tỉnh xem xét.

Nơi nhận:
- Như trên;
- Lưu: VT, NC.
""" + SIGN_UB_TL))

# Đảng ủy xã Gia Bình 05-KH/ĐU (05/11/2025, OCR-like): `Hướng dẫn số 03-HD/BTCTU … của Ban Thường vụ Tỉnh ủy` — the issuer is the Ban Tổ chức (metadata-conflict, planted)
w("du_xa_gb_kh05_2025.txt", ocr(party("ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG ỦY XÃ GIA BÌNH", "05-KH/ĐU", "Gia Bình, ngày 05 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Kết luận số 20-KL/TU của Ban Thường vụ Tỉnh ủy
-----
""", """Thực hiện Kết luận số 20-KL/TU, ngày 10/9/2025 của Ban Thường vụ Tỉnh ủy về tiếp tục sắp xếp, tinh gọn tổ chức bộ máy sau hợp nhất tỉnh và Hướng dẫn số 03-HD/BTCTU, ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:

1. Rà soát, sắp xếp các tổ chức đảng trực thuộc, hoàn thành trong Quý IV/2025.
2. Kiện toàn các ban xây dựng Đảng của Đảng ủy xã.

""" + SIGN_DU), [("sắp xếp, tinh gọn", "sắp xẽp, tính gọn"), ("Kiện toàn", "Kiên toàn"), ("tổ chức đảng trực thuộc", "tô chức đảng trực thuôc"), ("hoàn thành", "hoàn thảnh")]))
