#!/usr/bin/env python3
"""Red team round 31: education and training of the new tỉnh Phú Thọ (Vĩnh Phúc, Hòa Bình and Phú Thọ merged on 1/7/2025,
seat at Việt Trì; districts abolished, communes and wards merged, Party committees rebuilt), seen from the former Vĩnh Phúc
side (Tỉnh ủy 05-NQ/TU 2021; Huyện ủy Tam Dương, Lập Thạch; Thành ủy Vĩnh Yên; Ban Thường vụ Tỉnh ủy 12-KL/TU 2023; HĐND
15/2021/NQ-HĐND and the annual pair 30/NQ-HĐND of 2023 and 2024; UBND 25/2022/QĐ-UBND; Sở GDĐT 120/KH-SGDĐT 2024; UBND
huyện Yên Lạc), the former Hòa Bình side (Tỉnh ủy 05-NQ/TU 2021; Huyện ủy Mai Châu; Thành ủy Hòa Bình; HĐND
15/2021/NQ-HĐND; UBND 12/2022/QĐ-UBND; Sở GDĐT 120/KH-SGDĐT 2024; UBND huyện Mai Châu; Phòng GDĐT Lạc Sơn), the former
Phú Thọ side (Huyện ủy Lâm Thao; Phòng GDĐT Thanh Sơn; UBND huyện Tam Nông — Tam Nông is also a district of Đồng Tháp) and
after the merger (Ban Thường vụ Tỉnh ủy 03-KL/TU; Đảng ủy UBND tỉnh 07-KH/ĐU; HĐND 12/2025/NQ-HĐND; UBND 14/2025,
05/2026, 09/2026/QĐ-UBND and two 245/KH-UBND; Sở GDĐT 210/KH-SGDĐT, 1520/SGDĐT-GDTrH, 318/BC-SGDĐT; UBND xã Tam Dương and
xã Mai Châu; Đảng ủy and UBND phường Vĩnh Yên; Trường THCS Vĩnh Yên). Writes corpus/. Standard library only.
Header helpers copied from RedTeam30/gen.py (site names, addresses and phone numbers in `portal` and `html_spans` changed);
`docx` writes fixed zip timestamps (the corpus hash is the same on every run); header shapes added: `party_lower` (the body name in small letters: `Đảng bộ tỉnh Hòa Bình`), `state_glued` (the two columns
run into one line by a converter, with no space or with two spaces between them)."""
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Phú Thọ"):
    hl = "<br>".join(html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản quy phạm pháp luật</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Phú Thọ. Địa chỉ: số 1 đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ. Điện thoại: 0210.3846.221 - Fax: 0210.3846.222</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Văn phòng UBND tỉnh Phú Thọ - Điện thoại: 0211.3862.480 - Fax: 0211.3862.481</div>\n</body></html>')





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



def party_lower(org, sub, num, place, title, body=""):
    """A Party header whose first line a typist wrote in small letters (`Đảng bộ tỉnh Hòa Bình`)."""
    return f"""{org}
{sub}
*
Số {num}
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\t{place}

{title}
{body}"""


def state_glued(org1, org2, num, place, title, body="", sep=""):
    """A converter ran the two header columns into one line each, with `sep` between them ('' or two spaces)."""
    return f"""{org1}{sep}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{org2}{sep}Độc lập - Tự do - Hạnh phúc
Số: {num}{sep}{place}

{title}
{body}"""


SIGN_TU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_TU_BCH = """\t\t\t\t\tT/M TỈNH ỦY
\t\t\t\t\tBÍ THƯ"""
SIGN_HU = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_THU = """\t\t\t\t\tT/M THÀNH ỦY
\t\t\t\t\tBÍ THƯ"""
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
\t\t\t\t\tCHÁNH VĂN PHÒNG"""
SIGN_HD = """\t\t\t\t\tCHỦ TỊCH"""
SIGN_SO = """\t\t\t\t\tKT. GIÁM ĐỐC
\t\t\t\t\tPHÓ GIÁM ĐỐC"""
SIGN_SO_Q = """\t\t\t\t\tQ. GIÁM ĐỐC"""
SIGN_PGD = """\t\t\t\t\tTRƯỞNG PHÒNG"""
SIGN_HT = """\t\t\t\t\tHIỆU TRƯỞNG"""

LAWS_GD = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019;"""

# ====================================================================== former Vĩnh Phúc, before 1/7/2025
# Tỉnh ủy Vĩnh Phúc 05-NQ/TU (20/8/2021, khóa XVII), pdftotext -layout; obligation on the huyện ủy, thành ủy (met: Tam Dương, Vĩnh Yên)
w("vp_tu_nq05_2021.txt", layout(party_cols("ĐẢNG BỘ TỈNH VĨNH PHÚC", "TỈNH ỦY", "05-NQ/TU", "Vĩnh Phúc, ngày 20 tháng 8 năm 2021", """                                 NGHỊ QUYẾT
                    CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII
          về phát triển giáo dục và đào tạo tỉnh Vĩnh Phúc giai đoạn 2021 - 2025,
                           định hướng đến năm 2030
                                   -----
Thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo và Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 29-NQ/TW; Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
I. MỤC TIÊU
Đến năm 2025, 100% trường mầm non, phổ thông đạt chuẩn quốc gia ở các huyện Tam Dương, Lập Thạch, Yên Lạc; tỷ lệ phòng học kiên cố đạt 98%.
II. NHIỆM VỤ, GIẢI PHÁP
1. Quy hoạch, sắp xếp mạng lưới trường, lớp học phù hợp với quy mô dân số.
2. Xây dựng đội ngũ nhà giáo đủ về số lượng, chuẩn về trình độ.
3. Đẩy mạnh xã hội hóa, huy động nguồn lực đầu tư cho giáo dục.
III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Nghị quyết.
2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền; Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện.
""" + SIGN_TU_BCH)))

# Huyện ủy Tam Dương 12-KH/HU (15/9/2021), NFD: implements Vĩnh Phúc's 05-NQ/TU with the right date; `03 nhiệm vụ` over 3 (count matches)
w("vp_hu_td_kh12_2021.txt", party("ĐẢNG BỘ TỈNH VĨNH PHÚC", "HUYỆN ỦY TAM DƯƠNG", "12-KH/HU", "Tam Dương, ngày 15 tháng 9 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển giáo dục và đào tạo giai đoạn 2021 - 2025
-----
Thực hiện Nghị quyết số 05-NQ/TU, ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVII về phát triển giáo dục và đào tạo tỉnh Vĩnh Phúc giai đoạn 2021 - 2025, định hướng đến năm 2030, Ban Thường vụ Huyện ủy Tam Dương xây dựng Kế hoạch thực hiện, tập trung 03 nhiệm vụ sau:
1. Hoàn thành xây dựng Trường THCS Hợp Hòa, Trường Tiểu học Hoàng Đan đạt chuẩn quốc gia.
2. Bố trí đủ giáo viên tiếng Anh, tin học cho các trường tiểu học.
3. Vận động các doanh nghiệp trong khu công nghiệp Tam Dương I hỗ trợ học bổng cho học sinh.
Các chi bộ, đảng bộ cơ sở tổ chức quán triệt, triển khai thực hiện Kế hoạch này.
""" + SIGN_HU), nfd=True)

# Huyện ủy Lập Thạch 18-KH/HU (10/8/2021): cites 05-NQ/TU `ngày 20/8/2021` — after its own date (planted temporal);
# Hòa Bình's 05-NQ/TU of 28/7/2021 is another document
w("vp_hu_lt_kh18_2021.txt", party("ĐẢNG BỘ TỈNH VĨNH PHÚC", "HUYỆN ỦY LẬP THẠCH", "18-KH/HU", "Lập Thạch, ngày 10 tháng 8 năm 2021", """KẾ HOẠCH
nâng cao chất lượng giáo dục vùng khó khăn huyện Lập Thạch năm học 2021 - 2022
-----
Thực hiện Nghị quyết số 05-NQ/TU, ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển giáo dục và đào tạo giai đoạn 2021 - 2025, Ban Thường vụ Huyện ủy Lập Thạch ban hành Kế hoạch như sau:
1. Duy trì sĩ số, chống bỏ học ở các xã Quang Sơn, Ngọc Mỹ, Đồng Ích.
2. Tăng cường cơ sở vật chất cho các điểm trường lẻ.
Các tổ chức cơ sở đảng tổ chức quán triệt đến đảng viên.
""" + SIGN_HU))

# Thành ủy Vĩnh Yên 45-KH/TU (05/10/2021): a city committee's plan carries /TU; the cited id is broken across lines (`05-` / `NQ/TU`)
w("vp_thu_vy_kh45_2021.txt", party("ĐẢNG BỘ TỈNH VĨNH PHÚC", "THÀNH ỦY VĨNH YÊN", "45-KH/TU", "Vĩnh Yên, ngày 05 tháng 10 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển giáo dục và đào tạo
-----
Thực hiện Nghị quyết số 05-
NQ/TU, ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh Vĩnh Phúc về phát triển giáo dục và đào tạo giai đoạn 2021 - 2025, Ban Thường vụ Thành ủy Vĩnh Yên xây dựng Kế hoạch thực hiện như sau:
1. Xây dựng Trường THCS Vĩnh Yên thành trường chất lượng cao của thành phố.
2. Mở rộng Trường Mầm non Liên Bảo, Trường Tiểu học Đống Đa.
Các đảng ủy phường, xã tổ chức quán triệt Kế hoạch này.
""" + SIGN_THU))

# HĐND tỉnh Vĩnh Phúc 15/2021/NQ-HĐND (10/12/2021; tuition 2021-2022): replaced by the new province's 12/2025/NQ-HĐND (01/01/2026)
w("vp_hdnd_nq15_2021.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH VĨNH PHÚC", "15/2021/NQ-HĐND", "Vĩnh Phúc, ngày 10 tháng 12 năm 2021", """NGHỊ QUYẾT
Quy định mức thu học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập trên địa bàn tỉnh Vĩnh Phúc năm học 2021 - 2022
HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC
KHÓA XVII, KỲ HỌP THỨ 5
""" + LAWS_GD + """
Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập; giá dịch vụ trong lĩnh vực giáo dục, đào tạo;
Xét Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh.
QUYẾT NGHỊ:
Điều 1. Mức thu học phí: thành thị 300.000 đồng/học sinh/tháng; nông thôn 100.000 đồng/học sinh/tháng; vùng dân tộc thiểu số và miền núi 50.000 đồng/học sinh/tháng.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2022.
""" + SIGN_HD))

# HĐND tỉnh Vĩnh Phúc 30/NQ-HĐND (12/7/2023; teacher support 2023-2024), pdftotext -layout; number has no year
w("vp_hdnd_nq30_2023.txt", layout(state_cols("HỘI ĐỒNG NHÂN DÂN", "TỈNH VĨNH PHÚC", "30/NQ-HĐND", "Vĩnh Phúc, ngày 12 tháng 7 năm 2023", """                                 NGHỊ QUYẾT
       Về chủ trương hỗ trợ giáo viên mầm non, phổ thông công lập năm học 2023 - 2024
                                   -----
                    HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC
                       KHÓA XVII, KỲ HỌP THỨ 12
""" + LAWS_GD + """
Xét Tờ trình của Ủy ban nhân dân tỉnh,
QUYẾT NGHỊ:
Điều 1. Hỗ trợ 1.200.000 đồng/người/tháng cho giáo viên hợp đồng dạy tại các trường mầm non công lập năm học 2023 - 2024.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện; Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện.
""" + SIGN_HD)))

# HĐND tỉnh Vĩnh Phúc 30/NQ-HĐND (10/7/2024; teacher support 2024-2025), Markdown with a table header; `thay thế` as an ordinary word
w("vp_hdnd_nq30_2024.md", md_hdr(["**HỘI ĐỒNG NHÂN DÂN**", "**TỈNH VĨNH PHÚC**", "-------", "Số: 30/NQ-HĐND"],
                                 ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "---------------", "*Vĩnh Phúc, ngày 10 tháng 7 năm 2024*"]) + """
## NGHỊ QUYẾT

**Về chủ trương hỗ trợ giáo viên mầm non, phổ thông công lập năm học 2024 - 2025**

**HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH PHÚC**
**KHÓA XVII, KỲ HỌP THỨ 17**

""" + LAWS_GD + """
Căn cứ Nghị quyết số 30/NQ-HĐND ngày 12/7/2023 của Hội đồng nhân dân tỉnh về chủ trương hỗ trợ giáo viên năm học 2023 - 2024 và kết quả thực hiện;

**QUYẾT NGHỊ:**

**Điều 1.** Hỗ trợ 1.300.000 đồng/người/tháng cho giáo viên hợp đồng dạy thay thế giáo viên nghỉ chế độ thai sản tại các trường mầm non, tiểu học công lập năm học 2024 - 2025; điều chỉnh mức hỗ trợ theo số tháng thực dạy.

**Điều 2.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

CHỦ TỊCH
""")

# UBND tỉnh Vĩnh Phúc 25/2022/QĐ-UBND (15/8/2022): old-style title; repealed by the new province's 05/2026/QĐ-UBND (01/3/2026)
w("vp_ubnd_qd25_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH VĨNH PHÚC", "25/2022/QĐ-UBND", "Vĩnh Phúc, ngày 15 tháng 8 năm 2022", """QUYẾT ĐỊNH CỦA UBND TỈNH VĨNH PHÚC
Về việc ban hành Quy định quản lý dạy thêm, học thêm trên địa bàn tỉnh Vĩnh Phúc
ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC
""" + LAWS_GD + """
Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý dạy thêm, học thêm trên địa bàn tỉnh Vĩnh Phúc.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 9 năm 2022.
""" + SIGN_UB))

# Sở GDĐT tỉnh Vĩnh Phúc 120/KH-SGDĐT (05/3/2024): row asks Yên Lạc to amend 64/KH-UBND by Quý II/2024 (met by 77/KH-UBND of 20/5/2024)
w("vp_sgddt_kh120_2024.txt", state("UBND TỈNH VĨNH PHÚC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "120/KH-SGDĐT", "Vĩnh Phúc, ngày 05 tháng 3 năm 2024", """KẾ HOẠCH
Rà soát, sắp xếp mạng lưới trường, lớp học năm 2024
Thực hiện Nghị quyết số 05-NQ/TU ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh; Kế hoạch số 64/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân huyện Yên Lạc, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:
TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành
1\tỦy ban nhân dân huyện Yên Lạc sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 20/02/2024 cho phù hợp số liệu tuyển sinh\tUBND huyện Yên Lạc\tQuý II/2024
2\tKiểm tra công nhận trường chuẩn quốc gia\tPhòng Giáo dục Trung học\tHằng năm
""" + SIGN_SO))

# UBND huyện Yên Lạc 64/KH-UBND (20/02/2024): cites 05-NQ/TU as `khóa XVI` (the Tỉnh ủy was khóa XVII: planted metadata-conflict);
# `điều chỉnh` of the school network that adjusts no document; same number as Tam Nông's 64/KH-UBND of 2024
w("vp_ubh_yl_kh64_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN YÊN LẠC", "64/KH-UBND", "Yên Lạc, ngày 20 tháng 02 năm 2024", """KẾ HOẠCH
Phát triển mạng lưới trường, lớp học huyện Yên Lạc năm 2024
Thực hiện Nghị quyết số 05-NQ/TU ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVI về phát triển giáo dục và đào tạo giai đoạn 2021 - 2025, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
1. Điều chỉnh mạng lưới trường học: sáp nhập Trường Tiểu học Liên Châu B vào Trường Tiểu học Liên Châu A; điều chỉnh địa bàn tuyển sinh các xã Đại Tự, Trung Kiên.
2. Đầu tư xây mới 24 phòng học cho Trường THCS Yên Lạc.
""" + SIGN_UB))

# UBND huyện Yên Lạc 77/KH-UBND (20/5/2024): the number line broken inside the id; amends 64/KH-UBND (meets the Sở's row 1)
w("vp_ubh_yl_kh77_2024.txt", state_brokenid("ỦY BAN NHÂN DÂN", "HUYỆN YÊN LẠC", "77/KH-UBND", "Yên Lạc, ngày 20 tháng 5 năm 2024", """KẾ HOẠCH
Sửa đổi, bổ sung một số nội dung của Kế hoạch số 64/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân huyện
Thực hiện Kế hoạch số 120/KH-SGDĐT ngày 05/3/2024 của Sở Giáo dục và Đào tạo, Ủy ban nhân dân huyện sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 20/02/2024 như sau:
1. Sửa đổi mục 2: đầu tư xây mới 30 phòng học cho Trường THCS Yên Lạc.
2. Bổ sung mục 3: xây dựng nhà đa năng Trường Tiểu học Tề Lỗ.
""" + SIGN_UB_CT))

# ====================================================================== former Hòa Bình, before 1/7/2025
# Tỉnh ủy Hòa Bình 05-NQ/TU (28/7/2021, khóa XVII): the first line in small letters; obligation on the huyện ủy, thành ủy (met)
w("hb_tu_nq05_2021.txt", party_lower("Đảng bộ tỉnh Hòa Bình", "Tỉnh ủy", "05-NQ/TU", "Hòa Bình, ngày 28 tháng 7 năm 2021", """NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ tỉnh về nâng cao chất lượng giáo dục vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025
-----
Thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI, Ban Chấp hành Đảng bộ tỉnh Hòa Bình khóa XVII quyết nghị:
I. MỤC TIÊU
Đến năm 2025, 95% trẻ em 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1.
II. NHIỆM VỤ, GIẢI PHÁP
1. Củng cố các trường phổ thông dân tộc bán trú, nội trú ở Mai Châu, Lạc Sơn, Đà Bắc.
2. Hỗ trợ giáo viên mầm non dạy tại bản xa trung tâm.
III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy xây dựng kế hoạch thực hiện Nghị quyết.
2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết.
""" + SIGN_TU_BCH))

# Huyện ủy Mai Châu 09-KH/HU (20/9/2021): implements Hòa Bình's 05-NQ/TU with its date
w("hb_hu_mc_kh09_2021.txt", party("ĐẢNG BỘ TỈNH HÒA BÌNH", "HUYỆN ỦY MAI CHÂU", "09-KH/HU", "Mai Châu, ngày 20 tháng 9 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh
-----
Thực hiện Nghị quyết số 05-NQ/TU, ngày 28/7/2021 của Ban Chấp hành Đảng bộ tỉnh về nâng cao chất lượng giáo dục vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025, Ban Thường vụ Huyện ủy Mai Châu xây dựng Kế hoạch thực hiện như sau:
1. Duy trì 12 điểm trường lẻ ở các xã Pà Cò, Hang Kia, Tân Sơn.
2. Dạy tiếng Việt tăng cường cho trẻ mầm non người Mông.
""" + SIGN_HU))

# Thành ủy Hòa Bình 45-KH/TU (16/9/2021): the same number as Thành ủy Vĩnh Yên's 45-KH/TU of 2021
w("hb_thu_hb_kh45_2021.txt", party("ĐẢNG BỘ TỈNH HÒA BÌNH", "THÀNH ỦY HÒA BÌNH", "45-KH/TU", "Hòa Bình, ngày 16 tháng 9 năm 2021", """KẾ HOẠCH
thực hiện Nghị quyết số 05-NQ/TU ngày 28/7/2021 của Ban Chấp hành Đảng bộ tỉnh
-----
Thực hiện Nghị quyết số 05-NQ/TU, ngày 28/7/2021 của Ban Chấp hành Đảng bộ tỉnh Hòa Bình, Ban Thường vụ Thành ủy xây dựng Kế hoạch như sau:
1. Hoàn thành mở rộng Trường THCS Hữu Nghị, Trường Tiểu học Kỳ Sơn.
2. Huy động 100% trẻ em 5 tuổi ra lớp.
""" + SIGN_THU))

# HĐND tỉnh Hòa Bình 15/2021/NQ-HĐND (09/12/2021; support for teachers at remote schools): minified portal page; stays in force
w("hb_hdnd_nq15_2021.html", portal("Nghị quyết 15/2021/NQ-HĐND", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH HÒA BÌNH", "-------", "Số: 15/2021/NQ-HĐND"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Hòa Bình, ngày 09 tháng 12 năm 2021"], """NGHỊ QUYẾT
Quy định chính sách hỗ trợ giáo viên dạy tại các điểm trường lẻ vùng đặc biệt khó khăn tỉnh Hòa Bình
HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH
KHÓA XVII, KỲ HỌP THỨ 4
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;
QUYẾT NGHỊ:
Điều 1. Hỗ trợ 800.000 đồng/người/tháng cho giáo viên dạy tại điểm trường lẻ ở các xã đặc biệt khó khăn.
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2022.
CHỦ TỊCH""", minified=True, site="tỉnh Hòa Bình"))

# UBND tỉnh Hòa Bình 12/2022/QĐ-UBND (18/5/2022): replaced by 14/2025/QĐ-UBND (01/12/2025) and repealed again by 09/2026/QĐ-UBND
w("hb_ubnd_qd12_2022.txt", state("ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "12/2022/QĐ-UBND", "Hòa Bình, ngày 18 tháng 5 năm 2022", """QUYẾT ĐỊNH
Ban hành Quy định phân cấp quản lý cơ sở giáo dục mầm non, phổ thông trên địa bàn tỉnh Hòa Bình
ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
""" + LAWS_GD + """
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý cơ sở giáo dục mầm non, phổ thông.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 6 năm 2022.
""" + SIGN_UB))

# Sở GDĐT tỉnh Hòa Bình 120/KH-SGDĐT (22/3/2024), Markdown export with headings and bold lines
w("hb_sgddt_kh120_2024.md", md_headings(["### SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH", "**Số: 120/KH-SGDĐT**"],
                                        ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Hòa Bình, ngày 22 tháng 3 năm 2024*"]) + """
# KẾ HOẠCH

**Tuyển sinh vào lớp 10 các trường phổ thông dân tộc nội trú năm học 2024 - 2025**

Thực hiện Nghị quyết số 05-NQ/TU ngày 28/7/2021 của Ban Chấp hành Đảng bộ tỉnh và Nghị quyết số 15/2021/NQ-HĐND ngày 09/12/2021 của Hội đồng nhân dân tỉnh, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:

1. Chỉ tiêu tuyển sinh: 420 học sinh cho 03 trường phổ thông dân tộc nội trú.
2. Ưu tiên học sinh các xã Pà Cò, Hang Kia (Mai Châu), Quý Hòa (Lạc Sơn).

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
""")

# UBND huyện Mai Châu 52/KH-UBND (10/4/2024): cites Hòa Bình's 120/KH-SGDĐT `ngày 05/3/2024` (that date is Vĩnh Phúc's: planted metadata-conflict)
w("hb_ubh_mc_kh52_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN MAI CHÂU", "52/KH-UBND", "Mai Châu, ngày 10 tháng 4 năm 2024", """KẾ HOẠCH
Tuyển sinh năm học 2024 - 2025 trên địa bàn huyện Mai Châu
Thực hiện Kế hoạch số 120/KH-SGDĐT ngày 05/3/2024 của Sở Giáo dục và Đào tạo tỉnh Hòa Bình về tuyển sinh vào lớp 10 các trường phổ thông dân tộc nội trú năm học 2024 - 2025, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
1. Phòng Giáo dục và Đào tạo đôn đốc các trường THCS lập danh sách học sinh dự tuyển.
2. Ủy ban nhân dân các xã Pà Cò, Hang Kia tuyên truyền, vận động học sinh dự tuyển.
""" + SIGN_UB))

# Phòng GDĐT huyện Lạc Sơn 35/KH-PGDĐT (25/9/2020): cites 86/2015/NĐ-CP (external); same number as Thanh Sơn's 35/KH-PGDĐT of 2024
w("hb_pgd_ls_kh35_2020.txt", state("UBND HUYỆN LẠC SƠN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "35/KH-PGDĐT", "Lạc Sơn, ngày 25 tháng 9 năm 2020", """KẾ HOẠCH
Thực hiện miễn, giảm học phí, hỗ trợ chi phí học tập năm học 2020 - 2021
Căn cứ Nghị định số 86/2015/NĐ-CP ngày 02 tháng 10 năm 2015 của Chính phủ quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập;
Tiếp tục thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI,
Phòng Giáo dục và Đào tạo xây dựng Kế hoạch như sau:
1. Các trường lập danh sách học sinh thuộc diện miễn, giảm học phí.
2. Chi trả kinh phí hỗ trợ chi phí học tập đúng đối tượng.
""" + SIGN_PGD))

# ====================================================================== former Phú Thọ, before 1/7/2025
# Huyện ủy Lâm Thao 21-KH/HU (12/9/2022): implements 29-NQ/TW and 51-KL/TW; Chỉ thị 1112/CT-BGDĐT (externals)
w("pt_hu_lt_kh21_2022.txt", party_cols("ĐẢNG BỘ TỈNH PHÚ THỌ", "HUYỆN ỦY LÂM THAO", "21-KH/HU", "Lâm Thao, ngày 12 tháng 9 năm 2022", """KẾ HOẠCH
tiếp tục thực hiện Nghị quyết số 29-NQ/TW và Kết luận số 51-KL/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo
-----
Tiếp tục thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI và Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư; Chỉ thị số 1112/CT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ trọng tâm năm học 2022 - 2023, Ban Thường vụ Huyện ủy Lâm Thao xây dựng Kế hoạch như sau:
1. Hoàn thành phổ cập giáo dục mầm non cho trẻ 5 tuổi tại các xã Sơn Vi, Cao Xá.
2. Xây dựng thị trấn Hùng Sơn đạt chuẩn xã hội học tập.
""" + SIGN_HU))

# Phòng GDĐT huyện Thanh Sơn 35/KH-PGDĐT (10/9/2024): same number as Lạc Sơn's; Công điện 747/CĐ-TTg (external)
w("pt_pgd_ts_kh35_2024.txt", state("UBND HUYỆN THANH SƠN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "35/KH-PGDĐT", "Thanh Sơn, ngày 10 tháng 9 năm 2024", """KẾ HOẠCH
Bảo đảm đội ngũ giáo viên và sách giáo khoa năm học 2024 - 2025
Thực hiện Công điện số 747/CĐ-TTg ngày 16/8/2023 của Thủ tướng Chính phủ về bảo đảm sách giáo khoa và giáo viên cho năm học mới, Phòng Giáo dục và Đào tạo huyện Thanh Sơn, tỉnh Phú Thọ xây dựng Kế hoạch như sau:
1. Rà soát nhu cầu giáo viên các trường tiểu học, THCS.
2. Bảo đảm 100% học sinh có đủ sách giáo khoa.
""" + SIGN_PGD))

# UBND huyện Tam Nông (Phú Thọ) 64/KH-UBND (12/3/2024): same number and year as Yên Lạc's; names Tam Nông of Đồng Tháp in passing
w("pt_ubh_tn_kh64_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN TAM NÔNG", "64/KH-UBND", "Tam Nông, ngày 12 tháng 3 năm 2024", """KẾ HOẠCH
Xây dựng trường học đạt chuẩn quốc gia huyện Tam Nông, tỉnh Phú Thọ năm 2024
Thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI, Ủy ban nhân dân huyện Tam Nông ban hành Kế hoạch như sau:
1. Công nhận lại chuẩn quốc gia cho Trường THCS Hưng Hóa, Trường Tiểu học Dị Nậu.
2. Tổ chức đoàn học tập kinh nghiệm xây dựng trường chuẩn tại huyện Tam Nông, tỉnh Đồng Tháp (Kế hoạch số 64/KH-UBND của huyện bạn được gửi kèm để tham khảo).
""" + SIGN_UB))

# ====================================================================== the new tỉnh Phú Thọ, after 1/7/2025
# Ban Thường vụ Tỉnh ủy Phú Thọ 03-KL/TU (18/9/2025): number in the type title; cites both 05-NQ/TU by former province names;
# obligations: Đảng ủy UBND tỉnh (met by 07-KH/ĐU), Sở GDĐT (met by 210/KH-SGDĐT), Trường Cao đẳng Vĩnh Phúc (unmet: planted)
w("pt_tu_kl03_2025.txt", layout(party_titlenum("ĐẢNG BỘ TỈNH PHÚ THỌ", "TỈNH ỦY", "Phú Thọ, ngày 18 tháng 9 năm 2025", """                           KẾT LUẬN SỐ 03-KL/TU
                        CỦA BAN THƯỜNG VỤ TỈNH ỦY
         về phát triển giáo dục và đào tạo tỉnh Phú Thọ sau hợp nhất đến năm 2030
                                   -----
Thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo; tiếp tục thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI, Nghị quyết số 05-NQ/TU, ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh Vĩnh Phúc và Nghị quyết số 05-NQ/TU, ngày 28/7/2021 của Ban Chấp hành Đảng bộ tỉnh Hòa Bình, Ban Thường vụ Tỉnh ủy kết luận tập trung 03 nhiệm vụ sau:
1. Rà soát, sắp xếp mạng lưới trường, lớp học theo đơn vị hành chính cấp xã mới.
2. Thống nhất chính sách học phí, hỗ trợ giáo viên trên địa bàn toàn tỉnh.
3. Xây dựng trường phổ thông nội trú liên cấp tại các xã biên giới, vùng khó khăn.
TỔ CHỨC THỰC HIỆN
1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Kết luận này.
2. Sở Giáo dục và Đào tạo xây dựng kế hoạch thực hiện Kết luận.
3. Trường Cao đẳng Vĩnh Phúc xây dựng kế hoạch đào tạo nghề cho học sinh sau trung học cơ sở thực hiện Kết luận này.
""" + SIGN_TU)))

# Đảng ủy UBND tỉnh 07-KH/ĐU (10/10/2025): implements 03-KL/TU with its date; `04 nhiệm vụ trọng tâm` over 5 items (planted count-mismatch);
# cites Vĩnh Phúc's 15/2021/NQ-HĐND before its replacement
w("dubnd_kh07_2025.txt", party("ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "07-KH/ĐU", "Việt Trì, ngày 10 tháng 10 năm 2025", """KẾ HOẠCH
thực hiện Kết luận số 03-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển giáo dục và đào tạo
-----
Thực hiện Kết luận số 03-KL/TU, ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh xác định 04 nhiệm vụ trọng tâm sau:
1. Lãnh đạo xây dựng Nghị quyết của Hội đồng nhân dân tỉnh thống nhất mức thu học phí, thay cho Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Vĩnh Phúc.
2. Lãnh đạo sắp xếp các trường mầm non, tiểu học ở các xã mới hợp nhất.
3. Lãnh đạo tuyển dụng đủ giáo viên theo biên chế được giao.
4. Lãnh đạo đầu tư trường phổ thông nội trú liên cấp xã Mường Khến.
5. Lãnh đạo chuyển đổi số trong quản lý giáo dục.
""" + SIGN_DU))

# HĐND tỉnh Phú Thọ 12/2025/NQ-HĐND (10/12/2025): replaces Vĩnh Phúc's 15/2021/NQ-HĐND from 01/01/2026; Hòa Bình's stays in force;
# 81/2021/NĐ-CP amended (not replaced) by 97/2023/NĐ-CP
w("hdnd_nq12_2025.txt", state("HỘI ĐỒNG NHÂN DÂN", "TỈNH PHÚ THỌ", "12/2025/NQ-HĐND", "Phú Thọ, ngày 10 tháng 12 năm 2025", """NGHỊ QUYẾT
Quy định mức thu học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập trên địa bàn tỉnh Phú Thọ năm học 2025 - 2026
HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ
KHÓA XIX, KỲ HỌP THỨ 4
""" + LAWS_GD + """
Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ được sửa đổi, bổ sung bởi Nghị định số 97/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;
QUYẾT NGHỊ:
Điều 1. Mức thu học phí: phường 280.000 đồng/học sinh/tháng; xã 95.000 đồng/học sinh/tháng; xã vùng dân tộc thiểu số và miền núi 45.000 đồng/học sinh/tháng.
Điều 2. Nghị quyết này thay thế Nghị quyết số 15/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Vĩnh Phúc. Nghị quyết số 15/2021/NQ-HĐND ngày 09 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Hòa Bình tiếp tục có hiệu lực.
Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
""" + SIGN_HD))

# UBND tỉnh Phú Thọ 14/2025/QĐ-UBND (20/11/2025): the two header columns run into one line with two spaces; replaces Hòa Bình's 12/2022
w("ubnd_qd14_2025.txt", state_glued("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "-------", "14/2025/QĐ-UBND", "Phú Thọ, ngày 20 tháng 11 năm 2025", """QUYẾT ĐỊNH
Ban hành Quy định phân cấp quản lý cơ sở giáo dục mầm non, phổ thông trên địa bàn tỉnh Phú Thọ
ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
""" + LAWS_GD + """
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý cơ sở giáo dục mầm non, phổ thông.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định số 12/2022/QĐ-UBND ngày 18 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh Hòa Bình.
""" + SIGN_UB, sep="  "))

# UBND tỉnh Phú Thọ 05/2026/QĐ-UBND (10/02/2026): `Số:` with template blanks; repeals Vĩnh Phúc's 25/2022/QĐ-UBND from 01/3/2026
w("ubnd_qd05_2026.txt", state_blank("ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "05/2026/QĐ-UBND", "Phú Thọ, ngày 10 tháng 02 năm 2026", """QUYẾT ĐỊNH
Bãi bỏ Quyết định số 25/2022/QĐ-UBND ngày 15 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh Vĩnh Phúc
ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
""" + LAWS_GD + """
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ toàn bộ Quyết định số 25/2022/QĐ-UBND ngày 15 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh Vĩnh Phúc ban hành Quy định quản lý dạy thêm, học thêm.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2026.
""" + SIGN_UB))

# UBND tỉnh Phú Thọ 09/2026/QĐ-UBND (15/5/2026), Word-exported page: repeals Hòa Bình's 12/2022/QĐ-UBND, which 14/2025 already replaced
# (planted inverse-inconsistency)
w("ubnd_qd09_2026.html", html_spans("Quyết định 09/2026/QĐ-UBND", ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "-------", "Số: 09/2026/QĐ-UBND"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Phú Thọ, ngày 15 tháng 5 năm 2026"], """QUYẾT ĐỊNH
Bãi bỏ một số văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh Hòa Bình (trước hợp nhất) trong lĩnh vực giáo dục
ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ Quyết định số 12/2022/QĐ-UBND ngày 18 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh Hòa Bình ban hành Quy định phân cấp quản lý cơ sở giáo dục mầm non, phổ thông.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 6 năm 2026.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""))

# UBND tỉnh Phú Thọ 245/KH-UBND (15/01/2026): header columns glued with no space; implements 03-KL/TU and 07-KH/ĐU
w("ubnd_kh245_2026.txt", state_glued("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "-------", "245/KH-UBND", "Phú Thọ, ngày 15 tháng 01 năm 2026", """KẾ HOẠCH
Sắp xếp mạng lưới trường, lớp học theo đơn vị hành chính cấp xã mới năm 2026
Thực hiện Kết luận số 03-KL/TU ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 07-KH/ĐU ngày 10/10/2025 của Đảng ủy Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. Sở Giáo dục và Đào tạo chủ trì rà soát mạng lưới trường, lớp học.
2. Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện trên địa bàn.
""" + SIGN_UB, sep=""))

# A second 245/KH-UBND of the same UBND tỉnh (08/6/2026): .docx, header in a Word table, ids cut across runs (planted duplicate-identity)
docx("ubnd_kh245b_2026.docx", [
    "KẾ HOẠCH",
    "Tổ chức kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm học 2026 - 2027",
    ["Căn cứ Kế hoạch số ", "245/KH-", "UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh về sắp xếp mạng lưới trường, lớp học; Quyết định số ", "14/2025/", "QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh,"],
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    "1. Kỳ thi tổ chức ngày 03 và 04/6/2026 tại 86 điểm thi.",
    "2. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "-------", ["Số: ", "245/KH-", "UBND"]],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Phú Thọ, ngày 08 tháng 6 năm 2026"]))

# Sở GDĐT tỉnh Phú Thọ 210/KH-SGDĐT (20/01/2026), pdftotext -layout with a table of schools and deadlines:
# row 1 amends 14/2025 `trước ngày 30/6/2026` (nothing amends it: planted overdue-plan); row 2 announces a Đề án `Tháng 9/2026` (none: planted);
# row 3 repeals 25/2022 `Quý I/2026` (met by 05/2026); row 4 `Hằng năm`; row 5 `Tháng 12/2026` (not due)
w("sgddt_kh210_2026.txt", layout(state_cols("UBND TỈNH PHÚ THỌ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "210/KH-SGDĐT", "Phú Thọ, ngày 20 tháng 01 năm 2026", """                                  KẾ HOẠCH
          Thực hiện Kết luận số 03-KL/TU của Ban Thường vụ Tỉnh ủy năm 2026
Thực hiện Kết luận số 03-KL/TU ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 245/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
TT  Nội dung                                                        Đơn vị chủ trì            Thời hạn
1   Tham mưu Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quyết định        Phòng Tổ chức cán bộ      trước ngày 30/6/2026
    số 14/2025/QĐ-UBND ngày 20/11/2025 về phân cấp quản lý
    cơ sở giáo dục
2   Xây dựng Đề án phát triển mạng lưới trường phổ thông dân tộc    Phòng Kế hoạch - Tài chính  Tháng 9/2026
    nội trú tỉnh Phú Thọ giai đoạn 2026 - 2030
3   Tham mưu bãi bỏ Quyết định số 25/2022/QĐ-UBND ngày 15/8/2022   Phòng Giáo dục Trung học  Quý I/2026
    của Ủy ban nhân dân tỉnh Vĩnh Phúc về dạy thêm, học thêm
4   Kiểm tra công nhận trường đạt chuẩn quốc gia                    Phòng Quản lý chất lượng  Hằng năm
5   Tổng kết năm học 2025 - 2026, xây dựng kế hoạch năm học mới     Văn phòng Sở              Tháng 12/2026
II. DANH MỤC TRƯỜNG SẮP XẾP NĂM 2026
TT  Trường                                Xã, phường          Thời hạn hoàn thành
1   Trường Tiểu học Liên Châu             xã Yên Lạc          Tháng 12/2026
2   Trường THCS Hợp Hòa                   xã Tam Dương        Tháng 12/2026
3   Trường Mầm non Pà Cò                  xã Mai Châu         Thực hiện thường xuyên
III. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các xã, phường xây dựng kế hoạch sắp xếp trường, lớp trên địa bàn.
""" + SIGN_SO)))

# Sở GDĐT 1520/SGDĐT-GDTrH (20/6/2026), V/v under the number: `Căn cứ Quyết định số 25/2022/QĐ-UBND ...` repealed since 01/3/2026
# (planted superseded-citation); `thay thế` as an ordinary word; 4555/BGDĐT-GDPT (external)
w("sgddt_cv1520_2026.txt", state_vv("UBND TỈNH PHÚ THỌ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "1520/SGDĐT-GDTrH", "V/v quản lý dạy thêm, học thêm\nnăm học 2026 - 2027", "Phú Thọ, ngày 20 tháng 6 năm 2026", """Kính gửi: Ủy ban nhân dân các xã, phường; các trường trung học phổ thông.
Căn cứ Quyết định số 25/2022/QĐ-UBND ngày 15/8/2022 của Ủy ban nhân dân tỉnh Vĩnh Phúc ban hành Quy định quản lý dạy thêm, học thêm;
Căn cứ Công văn số 4555/BGDĐT-GDPT ngày 05/8/2025 của Bộ Giáo dục và Đào tạo,
Sở Giáo dục và Đào tạo đề nghị:
1. Các trường không tổ chức dạy thêm đối với học sinh đã được nhà trường dạy 2 buổi/ngày.
2. Bố trí giáo viên dạy thay thế giáo viên nghỉ chế độ, không để lớp thiếu giáo viên.
""" + SIGN_SO))

# Sở GDĐT 318/BC-SGDĐT (25/7/2026): sơ kết 210/KH-SGDĐT; undated `Nghị quyết số 30/NQ-HĐND của Hội đồng nhân dân tỉnh Vĩnh Phúc`
# (2023 and 2024 share the number: planted ambiguous-id); proposal to replace 14/2025; quoted draft title; `02 kiến nghị` over 2; Q. GIÁM ĐỐC
w("sgddt_bc318_2026.txt", state("UBND TỈNH PHÚ THỌ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "318/BC-SGDĐT", "Phú Thọ, ngày 25 tháng 7 năm 2026", """BÁO CÁO
Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 210/KH-SGDĐT ngày 20/01/2026 của Sở Giáo dục và Đào tạo
I. KẾT QUẢ
1. Chi hỗ trợ giáo viên hợp đồng ở các xã thuộc tỉnh Vĩnh Phúc cũ tiếp tục theo Nghị quyết số 30/NQ-HĐND của Hội đồng nhân dân tỉnh Vĩnh Phúc (trước hợp nhất), đạt 96% dự toán.
2. Quyết định số 05/2026/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh đã bãi bỏ Quyết định số 25/2022/QĐ-UBND; Nghị quyết số 12/2025/NQ-HĐND ngày 10/12/2025 áp dụng thống nhất mức thu học phí từ ngày 01/01/2026.
3. Sở đang hoàn thiện dự thảo Quyết định “Sửa đổi, bổ sung một số điều của Quyết định số 14/2025/QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh ban hành Quy định phân cấp quản lý cơ sở giáo dục mầm non, phổ thông” để lấy ý kiến.
4. Kế thừa Kế hoạch số 120/KH-SGDĐT ngày 22/3/2024 của Sở Giáo dục và Đào tạo tỉnh Hòa Bình (trước hợp nhất), Sở tiếp tục tuyển sinh các trường phổ thông dân tộc nội trú.
II. KIẾN NGHỊ
Sở Giáo dục và Đào tạo kiến nghị 02 nội dung sau:
1. Đề nghị Ủy ban nhân dân tỉnh xem xét ban hành quyết định mới thay thế Quyết định số 14/2025/QĐ-UBND ngày 20/11/2025 nếu việc sửa đổi cần thay đổi nhiều điều.
2. Bố trí kinh phí thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị.
""" + SIGN_SO_Q))

# UBND xã Tam Dương (new) 52/KH-UBND (15/4/2026), CRLF: `Căn cứ Nghị quyết số 15/2021/NQ-HĐND ... tỉnh Vĩnh Phúc` replaced from
# 01/01/2026 (planted superseded-citation); the next line Hòa Bình's 15/2021 (in force); `03 nhóm giải pháp` over 2 (planted count-mismatch)
w("ubnd_xa_td_kh52_2026.txt", state("ỦY BAN NHÂN DÂN", "XÃ TAM DƯƠNG", "52/KH-UBND", "Tam Dương, ngày 15 tháng 4 năm 2026", """KẾ HOẠCH
Thực hiện chính sách học phí và hỗ trợ giáo viên trên địa bàn xã năm 2026
Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Vĩnh Phúc quy định mức thu học phí;
Căn cứ Nghị quyết số 15/2021/NQ-HĐND ngày 09/12/2021 của Hội đồng nhân dân tỉnh Hòa Bình về chính sách hỗ trợ giáo viên dạy tại các điểm trường lẻ;
Thực hiện Kế hoạch số 245/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh,
Ủy ban nhân dân xã ban hành Kế hoạch gồm 03 nhóm giải pháp sau:
a) Thu, quản lý học phí đúng quy định, công khai tại các trường.
b) Hỗ trợ giáo viên hợp đồng dạy tại Trường Mầm non Hợp Hòa.
""" + SIGN_UB_CT), crlf=True)

# UBND xã Mai Châu (new) 40/KH-UBND (12/5/2026), OCR-like: `Căn cứ Quyết định số 12/2022/QĐ-UBND ... tỉnh Hòa Bình` replaced
# since 01/12/2025 (planted superseded-citation); right citations of 03-KL/TU and 210/KH-SGDĐT
w("ubnd_xa_mc_kh40_2026.txt", ocr(state("ỦY BAN NHÂN DÂN", "XÃ MAI CHÂU", "40/KH-UBND", "Mai Châu, ngày 12 tháng 5 năm 2026", """KẾ HOẠCH
Sắp xếp các điểm trường lẻ trên địa bàn xã Mai Châu năm 2026
Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 18/5/2022 của Ủy ban nhân dân tỉnh Hòa Bình ban hành Quy định phân cấp quản lý cơ sở giáo dục mầm non, phổ thông;
Thực hiện Kết luận số 03-KL/TU ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 210/KH-SGDĐT ngày 20/01/2026 của Sở Giáo dục và Đào tạo,
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
1. Giữ 05 điểm trường lẻ ở các bản xa trung tâm; sáp nhập 03 điểm trường dưới 10 trẻ.
2. Bố trí xe đưa đón học sinh bán trú.
""" + SIGN_UB), [("Sắp xếp", "Sắp xêp"), ("điểm trường", "điêm trưòng"), ("Ủy ban nhân dân xã", "Uy ban nhân dân xà"), ("Bố trí", "Bô trí")]))

# Đảng ủy phường Vĩnh Yên 07-NQ/ĐU (12/6/2026) and UBND phường Vĩnh Yên 56/KH-UBND (12/6/2026) rest on each other (planted cycle)
w("du_p_vy_nq07_2026.txt", party("ĐẢNG BỘ TỈNH PHÚ THỌ", "ĐẢNG ỦY PHƯỜNG VĨNH YÊN", "07-NQ/ĐU", "Vĩnh Yên, ngày 12 tháng 6 năm 2026", """NGHỊ QUYẾT
về nâng cao chất lượng giáo dục trên địa bàn phường năm học 2026 - 2027
-----
Căn cứ Kế hoạch số 56/KH-UBND ngày 12/6/2026 của Ủy ban nhân dân phường về phát triển giáo dục năm học 2026 - 2027; Kết luận số 03-KL/TU ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ phường quyết nghị:
1. Phấn đấu 100% trường học trên địa bàn phường đạt chuẩn quốc gia.
2. Xây dựng Trường THCS Vĩnh Yên thành trường trọng điểm chất lượng cao.
""" + SIGN_DU_BCH))

w("ubnd_p_vy_kh56_2026.md", md_headings(["**ỦY BAN NHÂN DÂN**", "**PHƯỜNG VĨNH YÊN**", "Số: 56/KH-UBND"],
                                         ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**", "*Vĩnh Yên, ngày 12 tháng 6 năm 2026*"]) + """
## KẾ HOẠCH

**Phát triển giáo dục trên địa bàn phường năm học 2026 - 2027**

Thực hiện Nghị quyết số 07-NQ/ĐU ngày 12/6/2026 của Ban Chấp hành Đảng bộ phường về nâng cao chất lượng giáo dục năm học 2026 - 2027, Ủy ban nhân dân phường xây dựng Kế hoạch như sau:

1. Sửa chữa 12 phòng học Trường Tiểu học Liên Bảo.
2. Trường THCS Vĩnh Yên xây dựng kế hoạch giáo dục nhà trường năm học 2026 - 2027.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
""")

# Trường THCS Vĩnh Yên 15/KH-THCS (20/8/2026): a school's plan implementing 56/KH-UBND (meets its row 2); quotes a `Kèm theo`
# caption of 210/KH-SGDĐT (another document's number and date) inside its text
w("thcs_vy_kh15_2026.txt", state("UBND PHƯỜNG VĨNH YÊN", "TRƯỜNG THCS VĨNH YÊN", "15/KH-THCS", "Vĩnh Yên, ngày 20 tháng 8 năm 2026", """KẾ HOẠCH
Giáo dục của nhà trường năm học 2026 - 2027
Thực hiện Kế hoạch số 56/KH-UBND ngày 12/6/2026 của Ủy ban nhân dân phường Vĩnh Yên; Công văn số 4555/BGDĐT-GDPT ngày 05/8/2025 của Bộ Giáo dục và Đào tạo, Trường THCS Vĩnh Yên xây dựng Kế hoạch giáo dục như sau:
1. Quy mô: 36 lớp, 1.512 học sinh; dạy học 2 buổi/ngày.
2. Báo cáo số liệu theo biểu mẫu dưới đây:
Biểu mẫu số 02
(Kèm theo Kế hoạch số 210/KH-SGDĐT ngày 20/01/2026 của Sở Giáo dục và Đào tạo)
TT\tChỉ tiêu\tSố liệu
1\tSố lớp\t36
2\tSố giáo viên\t72
""" + SIGN_HT))
# Ban Thường vụ Tỉnh ủy Vĩnh Phúc 12-KL/TU (20/9/2023): the number only in the type title `KẾT LUẬN SỐ 12-KL/TU` / `CỦA BAN THƯỜNG VỤ TỈNH ỦY`;
# sơ kết of 05-NQ/TU; task: amend 30/NQ-HĐND of 12/7/2023 `hoàn thành trong Quý IV/2023` (nothing amends it: planted overdue-plan)
w("vp_tu_kl12_2023.txt", """ĐẢNG BỘ TỈNH VĨNH PHÚC
TỈNH ỦY
*
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\tVĩnh Phúc, ngày 20 tháng 9 năm 2023

KẾT LUẬN SỐ 12-KL/TU
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về sơ kết 02 năm thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh
-----
Sau khi nghe báo cáo sơ kết 02 năm thực hiện Nghị quyết số 05-NQ/TU, ngày 20/8/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVII về phát triển giáo dục và đào tạo giai đoạn 2021 - 2025, Ban Thường vụ Tỉnh ủy kết luận:
1. Tỷ lệ trường đạt chuẩn quốc gia đạt 86%; còn thiếu 1.150 giáo viên mầm non, tiểu học.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo trình Hội đồng nhân dân tỉnh sửa đổi, bổ sung Nghị quyết số 30/NQ-HĐND ngày 12/7/2023 về chủ trương hỗ trợ giáo viên, mở rộng đối tượng đến giáo viên tiểu học; hoàn thành trong Quý IV/2023.
3. Sở Giáo dục và Đào tạo kiểm tra, công nhận trường đạt chuẩn quốc gia hằng năm.
Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này.
""" + SIGN_TU)

# UBND tỉnh Phú Thọ 3120/UBND-KGVX (10/9/2026), a letter signed `TL. CHỦ TỊCH`: dated citation of the second 245/KH-UBND (08/6/2026);
# says 14/2025 `đang được sửa đổi` (proposed only); `thay thế` as an ordinary word
w("ubnd_cv3120_2026.txt", state_vv("ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "3120/UBND-KGVX", "V/v tổng kết kỳ thi tuyển sinh lớp 10\nnăm học 2026 - 2027", "Phú Thọ, ngày 10 tháng 9 năm 2026", """Kính gửi: Sở Giáo dục và Đào tạo.
Thực hiện Kế hoạch số 245/KH-UBND ngày 08/6/2026 của Ủy ban nhân dân tỉnh về tổ chức kỳ thi tuyển sinh vào lớp 10 năm học 2026 - 2027, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Sở Giáo dục và Đào tạo báo cáo kết quả kỳ thi trước ngày 30/12/2026.
2. Quyết định số 14/2025/QĐ-UBND ngày 20/11/2025 đang được Sở Giáo dục và Đào tạo đề xuất sửa đổi; trong khi chờ sửa đổi, các xã, phường tiếp tục thực hiện Quyết định số 14/2025/QĐ-UBND.
3. Bố trí giáo viên thay thế cho các trường thiếu giáo viên dạy môn Tin học.
""" + SIGN_UB_TL))
print("written", len(os.listdir(OUT)), "files")
