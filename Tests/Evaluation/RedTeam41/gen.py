#!/usr/bin/env python3
"""Red team round 41: a mountain district Party committee's directives, conclusions and letters in tỉnh Bắc Kạn, merged into
tỉnh Thái Nguyên on 1/7/2025 (districts Chợ Đồn, Ngân Sơn, Pác Nặm, Na Rì abolished; communes merged; the new communes
xã Chợ Đồn, xã Ngân Sơn, xã Na Rì, xã Bằng Thành are named here for the sake of the story), 2019-2026.
Bodies: Tỉnh ủy Bắc Kạn (15-CT/TU 2021, 42-KL/TU 2023), Tỉnh ủy Thái Nguyên after the merger (15-CT/TU 2025, which replaces
Bắc Kạn's 15-CT/TU; 05-KL/TU 2026, which ends 42-KL/TU); Huyện ủy Chợ Đồn (03-KL/HU 2019 and 2021 — two terms; 28-KH/HU,
05-CT/HU 2021; 112-BC/HU 2023; 09-CT/HU 2023 and 14-CT/HU 2024 — both replace 05-CT/HU; 205-BC/HU 2025), UBND huyện Chợ Đồn
(45/KH-UBND 2024); Huyện ủy Ngân Sơn (31-KH/HU 2021, 05-CT/HU 2022, 27-TB/HU twice in 2023, 245-CV/HU gia hạn, 07-ĐA/HU
2025), UBND huyện Ngân Sơn (52/KH-UBND 2024); Huyện ủy Pác Nặm (12-TB/HU 2022, 07-CT/HU 2022, 36-KH/HU 2023, 418-CV/HU
điều chỉnh thời gian); Huyện ủy Na Rì (40-KH/HU 2023, 12-TB/HU 2024 lùi thời hạn, 11-CT/HU 2024); after 1/7/2025 Đảng ủy xã
Chợ Đồn (03-KH/ĐU 2025, 15-BC/ĐU 2026), xã Ngân Sơn (05-KH/ĐU, 08-TB/ĐU 2025), xã Na Rì (02-KH/ĐU 2026), xã Bằng Thành
(04-KH/ĐU 2026).
Writes corpus/. Standard library only. All local documents (numbers, dates, contents) are invented.
Header helpers copied from RedTeam37/gen.py (`w`, `party`, `party_cols`, `state`, `state_cols`, `layout`, `docx`, `portal`,
`md_hdr`, `md_headings`, `html_spans`) with the site names, address and phone numbers changed to Thái Nguyên's and Bắc
Kạn's (0208.…, 0209.…)."""
import os, zipfile, html, unicodedata, re
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


def portal(title, head_left, head_right, text, minified=False, site="tỉnh Thái Nguyên", nbsp=False, footer=None):
    hl = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_left)
    hr = "<br>".join(html.escape(x).replace(" ", "&nbsp;") if nbsp else html.escape(x) for x in head_right)
    ps = "".join(f"<p>{html.escape(l)}</p>" if l.strip() else "" for l in text.split("\n"))
    h = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng thông tin điện tử {site}</title>'
         '<style>td{vertical-align:top}</style></head><body><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ' + site.upper() + '</div>'
         '<div class="breadcrumb">Trang chủ » Văn bản » Văn bản của Đảng</div>'
         f'<div class="vb"><table class="vb-head"><tr><td>{hl}</td><td>{hr}</td></tr></table>{ps}</div>'
         '<div class="footer">' + (footer or 'Cơ quan chủ quản: Văn phòng Tỉnh ủy Thái Nguyên. Địa chỉ: số 19 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên. Điện thoại: 0208.3855.742 - Fax: 0208.3855.743') + '</div></body></html>')
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
            '<div class="footer">Trang thông tin điện tử Đảng bộ huyện Chợ Đồn - Điện thoại: 0209.3882.126 - Fax: 0209.3882.127</div>\n</body></html>')




def ocr(t, words):
    """OCR-like damage: replace a few words (each must exist)."""
    for a, b in words:
        assert a in t, a
        t = t.replace(a, b, 1)
    return t


BK = "ĐẢNG BỘ TỈNH BẮC KẠN"
TN = "ĐẢNG BỘ TỈNH THÁI NGUYÊN"
SIGN_BTV = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tBÍ THƯ"""
SIGN_BTV_PBT = """\t\t\t\t\tT/M BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_TL = """\t\t\t\t\tT/L BAN THƯỜNG VỤ
\t\t\t\t\tCHÁNH VĂN PHÒNG"""
SIGN_TM_DU = """\t\t\t\t\tTM. BAN THƯỜNG VỤ
\t\t\t\t\tPHÓ BÍ THƯ"""
SIGN_UB = """\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tKT. CHỦ TỊCH
\t\t\t\t\tPHÓ CHỦ TỊCH"""
NOINHAN = "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng."

# ====================================================================== Tỉnh ủy Bắc Kạn (before the merger)
# 15-CT/TU of Bắc Kạn (10/3/2021), pdftotext -layout with two-column header. Obligation on the huyện ủy (fulfilled by 28-KH/HU
# of Chợ Đồn and 31-KH/HU of Ngân Sơn). Replaced on 20/10/2025 by Thái Nguyên's 15-CT/TU.
w("tu_bk_ct15_2021.txt", layout(party_cols("TỈNH ỦY BẮC KẠN", "", "15-CT/TU", "Bắc Kạn, ngày 10 tháng 3 năm 2021", """                                   CHỈ THỊ
            của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng
              đối với công tác quản lý, bảo vệ và phát triển rừng
""", """Thực hiện Chỉ thị số 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác
quản lý, bảo vệ và phát triển rừng, những năm qua công tác quản lý, bảo vệ rừng trên địa bàn tỉnh có chuyển biến; tuy
vậy tình trạng phá rừng, lấn chiếm đất rừng vẫn còn xảy ra ở các huyện Chợ Đồn, Ngân Sơn, Pác Nặm, Na Rì.
Để khắc phục hạn chế, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:
1. Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền và người đứng đầu về công tác quản lý, bảo vệ rừng.
2. Rà soát, hoàn thiện quy hoạch ba loại rừng; giao đất, giao rừng gắn với cấp giấy chứng nhận.
3. Phát triển rừng gỗ lớn, cây dược liệu dưới tán rừng; thực hiện nghiêm Luật Lâm nghiệp số 16/2017/QH14.
4. Tăng cường phòng cháy, chữa cháy rừng; xử lý nghiêm hành vi vi phạm.
TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Chỉ thị này.
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc; định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
Chỉ thị này phổ biến đến chi bộ.
""" + SIGN_BTV)))

# 42-KL/TU of Bắc Kạn (15/3/2023), Markdown: reviews (sơ kết) 15-CT/TU; ended on 10/02/2026 by Thái Nguyên's 05-KL/TU
w("tu_bk_kl42_2023.md", md_hdr(["**TỈNH ỦY BẮC KẠN**", "\\*", "Số 42-KL/TU"],
                                ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Bắc Kạn, ngày 15 tháng 3 năm 2023*"]) + """
## KẾT LUẬN

### của Ban Thường vụ Tỉnh ủy về sơ kết 02 năm thực hiện Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy

Tại hội nghị ngày 10/3/2023, sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo kết quả sơ kết 02 năm thực hiện
Chỉ thị 15-CT/TU, Ban Thường vụ Tỉnh ủy kết luận như sau:

**1.** Sau 02 năm, tỷ lệ che phủ rừng của tỉnh đạt 73,4%; các huyện ủy đã ban hành kế hoạch thực hiện Chỉ thị.

**2.** Thời gian tới, các cấp ủy tiếp tục thực hiện Chỉ thị số 15-CT/TU; tập trung phát triển rừng gỗ lớn ở các huyện
Chợ Đồn, Ngân Sơn, Na Rì.

**3.** Các huyện ủy chỉ đạo tổng kết việc giao rừng cho cộng đồng, hoàn thành trong năm 2023.

\t\t\t\t\tT/M BAN THƯỜNG VỤ

\t\t\t\t\tPHÓ BÍ THƯ THƯỜNG TRỰC
""")

# ====================================================================== Tỉnh ủy Thái Nguyên (after the merger)
# 15-CT/TU of Thái Nguyên (20/10/2025): replaces Bắc Kạn's 15-CT/TU (same number, another body) and Thái Nguyên's own former
# 22-CT/TU (external). `05 nhiệm vụ, giải pháp sau:` + 5 items. Obligation on the communes (fulfilled by 03-KH/ĐU Chợ Đồn).
w("tu_tn_ct15_2025.txt", party("TỈNH ỦY THÁI NGUYÊN", "", "15-CT/TU", "Thái Nguyên, ngày 20 tháng 10 năm 2025", """CHỈ THỊ
của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ
và phát triển rừng trên địa bàn tỉnh sau hợp nhất
""", """Sau khi hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên (theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội),
diện tích rừng của tỉnh lớn, phân bố chủ yếu ở các xã thuộc các huyện Chợ Đồn, Ngân Sơn, Pác Nặm, Na Rì (trước đây).
Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, Ban Thường vụ Tỉnh ủy
yêu cầu các cấp ủy tập trung thực hiện tốt 05 nhiệm vụ, giải pháp sau:
1. Quán triệt sâu rộng trách nhiệm quản lý, bảo vệ rừng đến từng chi bộ, đảng viên.
2. Kiện toàn lực lượng kiểm lâm, bảo vệ rừng ở các xã sau sắp xếp.
3. Rà soát, xử lý dứt điểm các vụ lấn chiếm đất rừng tồn đọng.
4. Phát triển rừng gỗ lớn, dược liệu dưới tán rừng, gắn với du lịch sinh thái.
5. Chủ động phòng cháy, chữa cháy rừng, nhất là trong mùa khô.
TỔ CHỨC THỰC HIỆN
1. Các đảng ủy xã, phường xây dựng kế hoạch thực hiện Chỉ thị này.
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.
3. Chỉ thị này thay thế Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Bắc Kạn (trước đây) và Chỉ thị số
22-CT/TU, ngày 05/01/2021 của Ban Thường vụ Tỉnh ủy Thái Nguyên (trước đây).
Chỉ thị này phổ biến đến chi bộ.
""" + SIGN_BTV))

# 05-KL/TU of Thái Nguyên (10/02/2026): ends 42-KL/TU of Bắc Kạn (hết hiệu lực), amends item 2 of Thái Nguyên's 15-CT/TU,
# announces a Đề án (Quý II/2026) that never comes (planted overdue-plan, announced)
w("tu_tn_kl05_2026.txt", party("TỈNH ỦY THÁI NGUYÊN", "", "05-KL/TU", "Thái Nguyên, ngày 10 tháng 02 năm 2026", """KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về rà soát, kết thúc thực hiện một số văn bản của Tỉnh ủy Bắc Kạn
và các huyện ủy (trước đây)
""", """Ngày 06/02/2026, Ban Thường vụ Tỉnh ủy nghe Văn phòng Tỉnh ủy báo cáo kết quả rà soát các văn bản của Tỉnh ủy Bắc Kạn
và các huyện ủy (trước đây); căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh
ủy kết luận như sau:
1. Kết luận số 42-KL/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy Bắc Kạn (trước đây) hết hiệu lực kể từ ngày ký Kết luận này.
2. Sửa đổi, bổ sung khoản 2 phần nhiệm vụ, giải pháp của Chỉ thị số 15-CT/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy như
sau: "Kiện toàn lực lượng kiểm lâm địa bàn, tổ bảo vệ rừng cộng đồng ở các xã sau sắp xếp".
3. Các nhiệm vụ chưa hoàn thành tại các kế hoạch của các huyện ủy (trước đây), các đảng ủy xã tiếp tục thực hiện và báo
cáo kết quả về Ban Thường vụ Tỉnh ủy.
4. Giao Ban Tổ chức Tỉnh ủy chủ trì xây dựng Đề án kiện toàn tổ chức cơ sở đảng trong lực lượng kiểm lâm sau hợp nhất,
trình Ban Thường vụ Tỉnh ủy, hoàn thành trong Quý II/2026.
""" + SIGN_BTV))

# ====================================================================== Huyện ủy Chợ Đồn
# 03-KL/HU of two terms: 22/8/2019 (nhiệm kỳ 2015 - 2020) and 14/01/2021 (nhiệm kỳ 2020 - 2025), same subject
w("hu_cd_kl03_2019.txt", party(BK, "HUYỆN ỦY CHỢ ĐỒN", "03-KL/HU", "Chợ Đồn, ngày 22 tháng 8 năm 2019", """KẾT LUẬN
của Ban Thường vụ Huyện ủy về phát triển kinh tế lâm nghiệp trên địa bàn huyện
(nhiệm kỳ 2015 - 2020)
""", """Tại hội nghị ngày 20/8/2019, Ban Thường vụ Huyện ủy kết luận:
1. Tập trung trồng rừng sản xuất bằng giống cây lâm nghiệp chất lượng cao.
2. Ủy ban nhân dân huyện rà soát diện tích đất lâm nghiệp do các công ty lâm nghiệp trả về địa phương.
""" + SIGN_BTV_PBT))

w("hu_cd_kl03_2021.html", html_spans("Kết luận số 03-KL/HU của Ban Thường vụ Huyện ủy Chợ Đồn",
  ["ĐẢNG BỘ TỈNH BẮC KẠN", "HUYỆN ỦY CHỢ ĐỒN", "*", "Số 03-KL/HU"],
  ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chợ Đồn, ngày 14 tháng 01 năm 2021"], """KẾT LUẬN
của Ban Thường vụ Huyện ủy về phát triển kinh tế lâm nghiệp trên địa bàn huyện giai đoạn 2021 - 2025
Tại hội nghị ngày 12/01/2021, Ban Thường vụ Huyện ủy (nhiệm kỳ 2020 - 2025) kết luận:
1. Phát triển kinh tế lâm nghiệp là nhiệm vụ trọng tâm của nhiệm kỳ; phấn đấu tỷ lệ che phủ rừng đạt trên 80%.
2. Ủy ban nhân dân huyện xây dựng kế hoạch trồng rừng gỗ lớn giai đoạn 2021 - 2025.
T/M BAN THƯỜNG VỤ
BÍ THƯ"""))

# 28-KH/HU of Chợ Đồn (05/4/2021), CRLF. Implements Bắc Kạn's 15-CT/TU; cites 03-KL/HU with its date (no ambiguity).
# Row 1 met by 05-CT/HU (12/5/2021); row 2 met by 112-BC/HU (20/3/2023); row 3 recurring; row 4 (Đề án, 2021 - 2025)
# carried over to xã Chợ Đồn by 03-KH/ĐU (Quý IV/2026).
w("hu_cd_kh28_2021.txt", party(BK, "HUYỆN ỦY CHỢ ĐỒN", "28-KH/HU", "Chợ Đồn, ngày 05 tháng 4 năm 2021", """KẾ HOẠCH
thực hiện Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo
của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng
""", """Thực hiện Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Bắc Kạn và Kết luận số 03-KL/HU, ngày 14/01/2021
của Ban Thường vụ Huyện ủy về phát triển kinh tế lâm nghiệp giai đoạn 2021 - 2025, Ban Thường vụ Huyện ủy xây dựng Kế hoạch
thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Quán triệt, triển khai thực hiện nghiêm túc Chỉ thị đến các chi bộ, đảng bộ cơ sở.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời gian hoàn thành
1\tBan hành Chỉ thị của Ban Thường vụ Huyện ủy về tăng cường công tác phòng cháy, chữa cháy rừng\tVăn phòng Huyện ủy\tQuý II/2021
2\tSơ kết 02 năm thực hiện Chỉ thị số 15-CT/TU\tBan Tuyên giáo Huyện ủy\tQuý I/2023
3\tTuyên truyền, phổ biến pháp luật về lâm nghiệp\tBan Tuyên giáo Huyện ủy\tHằng năm
4\tXây dựng Đề án phát triển rừng gỗ lớn huyện Chợ Đồn\tỦy ban nhân dân huyện\tGiai đoạn 2021 - 2025
III. TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở căn cứ Kế hoạch này tổ chức thực hiện; Văn phòng Huyện ủy theo dõi, đôn đốc.
""" + SIGN_BTV), crlf=True)

# 05-CT/HU of Chợ Đồn (12/5/2021), pdftotext -layout; `03 nhiệm vụ sau:` + 3. Replaced by 09-CT/HU (2023) and again by
# 14-CT/HU (2024).
w("hu_cd_ct05_2021.txt", layout(party_cols(BK, "HUYỆN ỦY CHỢ ĐỒN", "05-CT/HU", "Chợ Đồn, ngày 12 tháng 5 năm 2021", """                                   CHỈ THỊ
          của Ban Thường vụ Huyện ủy về tăng cường sự lãnh đạo của các cấp ủy đảng
                     đối với công tác phòng cháy, chữa cháy rừng
""", """Thực hiện Kế hoạch số 28-KH/HU, ngày 05/4/2021 của Ban Thường vụ Huyện ủy, để chủ động phòng cháy, chữa cháy rừng,
Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, chính quyền tập trung thực hiện 03 nhiệm vụ sau:
1. Kiện toàn Ban chỉ huy phòng cháy, chữa cháy rừng cấp xã.
2. Xây dựng phương án phòng cháy, chữa cháy rừng theo phương châm bốn tại chỗ.
3. Xử lý nghiêm tổ chức, cá nhân để xảy ra cháy rừng.
Chỉ thị này phổ biến đến chi bộ.
""" + SIGN_BTV)))

# 112-BC/HU of Chợ Đồn (20/3/2023): sơ kết (meets row 2 of 28-KH/HU); undated `Kết luận số 03-KL/HU` (planted ambiguous-id)
w("hu_cd_bc112_2023.txt", party(BK, "HUYỆN ỦY CHỢ ĐỒN", "112-BC/HU", "Chợ Đồn, ngày 20 tháng 3 năm 2023", """BÁO CÁO
sơ kết 02 năm thực hiện Kế hoạch số 28-KH/HU, ngày 05/4/2021 của Ban Thường vụ Huyện ủy
""", """I. KẾT QUẢ THỰC HIỆN
1. Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 05-CT/HU, ngày 12/5/2021 về phòng cháy, chữa cháy rừng.
2. Việc thực hiện Kết luận số 03-KL/HU của Ban Thường vụ Huyện ủy về phát triển kinh tế lâm nghiệp đạt kết quả tích cực;
tỷ lệ che phủ rừng đạt 79,2%.
II. HẠN CHẾ
Đề án phát triển rừng gỗ lớn huyện Chợ Đồn chưa được xây dựng.
III. ĐỀ XUẤT
Đề nghị Ban Thường vụ Tỉnh ủy quan tâm bố trí kinh phí cho lực lượng bảo vệ rừng chuyên trách.
""" + SIGN_BTV_PBT))

# 09-CT/HU of Chợ Đồn (10/10/2023): replaces 05-CT/HU; plans an amendment of 28-KH/HU by Quý I/2024 that never comes
w("hu_cd_ct09_2023.txt", party(BK, "HUYỆN ỦY CHỢ ĐỒN", "09-CT/HU", "Chợ Đồn, ngày 10 tháng 10 năm 2023", """CHỈ THỊ
của Ban Thường vụ Huyện ủy về tăng cường công tác phòng cháy, chữa cháy rừng giai đoạn 2023 - 2025
""", """Thực hiện Kết luận số 42-KL/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu:
1. Các cấp ủy, chính quyền xác định phòng cháy, chữa cháy rừng là nhiệm vụ thường xuyên.
2. Giao Văn phòng Huyện ủy chủ trì, tham mưu Ban Thường vụ Huyện ủy sửa đổi, bổ sung Kế hoạch số 28-KH/HU, ngày 05/4/2021
của Ban Thường vụ Huyện ủy cho phù hợp với Chỉ thị này, hoàn thành trong Quý I/2024.
3. Chỉ thị này thay thế Chỉ thị số 05-CT/HU, ngày 12/5/2021 của Ban Thường vụ Huyện ủy về tăng cường sự lãnh đạo của các
cấp ủy đảng đối với công tác phòng cháy, chữa cháy rừng.
Chỉ thị này phổ biến đến chi bộ.
""" + SIGN_BTV))

# 14-CT/HU of Chợ Đồn (18/6/2024), Markdown headings: claims again to replace 05-CT/HU (planted inverse-inconsistency)
w("hu_cd_ct14_2024.md", md_headings(["**ĐẢNG BỘ TỈNH BẮC KẠN**", "**HUYỆN ỦY CHỢ ĐỒN**", "\\*", "Số 14-CT/HU"],
                                     ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Chợ Đồn, ngày 18 tháng 6 năm 2024*"]) + """# CHỈ THỊ

## của Ban Thường vụ Huyện ủy về phòng cháy, chữa cháy rừng mùa khô 2024 - 2025

Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể:

1. Chủ động phương án phòng cháy, chữa cháy rừng mùa khô 2024 - 2025.
2. Duy trì trực 24/24 giờ tại các vùng trọng điểm cháy.

Chỉ thị này thay thế Chỉ thị số 05-CT/HU, ngày 12/5/2021 của Ban Thường vụ Huyện ủy và phổ biến đến chi bộ.

T/M BAN THƯỜNG VỤ
BÍ THƯ
""")

# 45/KH-UBND of UBND huyện Chợ Đồn (01/3/2024), state header: cites 05-CT/HU (replaced on 10/10/2023 — planted
# superseded-citation); `Điều chỉnh ... vốn` row (no revision of any document); 1520/QĐ-UBND (external)
w("ub_cd_kh45_2024.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN CHỢ ĐỒN", "45/KH-UBND", "Chợ Đồn, ngày 01 tháng 3 năm 2024", """KẾ HOẠCH
Phòng cháy, chữa cháy rừng năm 2024 trên địa bàn huyện Chợ Đồn
""", """Thực hiện Chỉ thị số 05-CT/HU, ngày 12/5/2021 của Ban Thường vụ Huyện ủy Chợ Đồn về tăng cường sự lãnh đạo của các cấp
ủy đảng đối với công tác phòng cháy, chữa cháy rừng; Quyết định số 1520/QĐ-UBND ngày 12/8/2021 của Ủy ban nhân dân tỉnh
Bắc Kạn phê duyệt phương án phòng cháy, chữa cháy rừng, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. NHIỆM VỤ
TT\tNội dung\tCơ quan chủ trì\tThời gian
1\tKiểm tra phương án phòng cháy, chữa cháy rừng của các xã\tHạt Kiểm lâm huyện\tQuý I/2024
2\tĐiều chỉnh 450 triệu đồng vốn sự nghiệp bảo vệ rừng giữa các xã cho phù hợp thực tế, bảo đảm mục tiêu Kế hoạch số 28-KH/HU ngày 05/4/2021 của Huyện ủy\tPhòng Tài chính - Kế hoạch\tQuý III/2024
3\tTổ chức diễn tập chữa cháy rừng\tHạt Kiểm lâm huyện\tHằng năm
II. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn căn cứ Kế hoạch này tổ chức thực hiện.
""" + SIGN_UB))

# 205-BC/HU of Chợ Đồn (10/6/2025), .docx: tổng kết 09-CT/HU; only PROPOSES a new directive replacing 09-CT/HU
docx("hu_cd_bc205_2025.docx", [
    "BÁO CÁO",
    "tổng kết thực hiện Chỉ thị số 09-CT/HU, ngày 10/10/2023 của Ban Thường vụ Huyện ủy về tăng cường công tác phòng cháy, chữa cháy rừng",
    "Thực hiện Kết luận số 42-KL/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo kết quả thực hiện Chỉ thị số 09-CT/HU như sau:",
    "1. Kết quả: trong giai đoạn 2023 - 2025 không để xảy ra cháy rừng lớn; 100% xã có phương án phòng cháy, chữa cháy rừng.",
    "2. Đề xuất: trước khi kết thúc hoạt động cấp huyện, Ban Thường vụ Huyện ủy đề nghị Ban Thường vụ Tỉnh ủy Thái Nguyên (sau hợp nhất) xem xét, ban hành chỉ thị mới thay thế Chỉ thị số 09-CT/HU, ngày 10/10/2023 của Ban Thường vụ Huyện ủy; trong khi chờ, các xã tiếp tục thực hiện Chỉ thị số 09-CT/HU.",
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
], header_table=(["ĐẢNG BỘ TỈNH BẮC KẠN", "HUYỆN ỦY CHỢ ĐỒN", "*", ["Số 205", "-BC/HU"]],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chợ Đồn, ngày 10 tháng 6 năm 2025"]))

# ====================================================================== Huyện ủy Ngân Sơn
# 31-KH/HU of Ngân Sơn (08/4/2021): implements Bắc Kạn's 15-CT/TU. Row 1 met by 05-CT/HU of Ngân Sơn (15/6/2022); row 2
# (Đề án, Quý IV/2023) extended to 30/6/2025 by 245-CV/HU and met by 07-ĐA/HU (16/5/2025); row 3 recurring.
w("hu_ns_kh31_2021.txt", party(BK, "HUYỆN ỦY NGÂN SƠN", "31-KH/HU", "Ngân Sơn, ngày 08 tháng 4 năm 2021", """KẾ HOẠCH
thực hiện Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Bắc Kạn
""", """Để cụ thể hóa Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với
công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Huyện ủy Ngân Sơn ban hành Kế hoạch thực hiện như sau:
NHIỆM VỤ CỤ THỂ
TT\tNội dung\tCơ quan chủ trì\tThời hạn
1\tBan hành Chỉ thị của Ban Thường vụ Huyện ủy về đẩy mạnh phát triển rừng gỗ lớn\tBan Tuyên giáo Huyện ủy\tNăm 2022
2\tXây dựng Đề án phát triển vùng trồng hồi, quế tập trung huyện Ngân Sơn\tỦy ban nhân dân huyện\tQuý IV/2023
3\tKiểm tra, giám sát việc thực hiện Chỉ thị\tỦy ban Kiểm tra Huyện ủy\tThường xuyên
TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở căn cứ Kế hoạch này tổ chức thực hiện.
""" + SIGN_BTV))

# 05-CT/HU of Ngân Sơn (15/6/2022), portal page: same number as Chợ Đồn's 05-CT/HU; never replaced
NS05_L = ["ĐẢNG BỘ TỈNH BẮC KẠN", "HUYỆN ỦY NGÂN SƠN", "*", "Số 05-CT/HU"]
NS05_R = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ngân Sơn, ngày 15 tháng 6 năm 2022"]
w("hu_ns_ct05_2022.html", portal("Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy Ngân Sơn", NS05_L, NS05_R, """CHỈ THỊ
của Ban Thường vụ Huyện ủy về đẩy mạnh phát triển rừng gỗ lớn trên địa bàn huyện
Thực hiện Kế hoạch số 31-KH/HU, ngày 08/4/2021 của Ban Thường vụ Huyện ủy; Chỉ thị số 13-CT/TW, ngày 12/01/2017 của Ban Bí thư, Ban Thường vụ Huyện ủy yêu cầu:
1. Chuyển đổi dần diện tích rừng keo chu kỳ ngắn sang rừng gỗ lớn.
2. Hỗ trợ giống cây bản địa cho hộ gia đình trồng rừng.
Chỉ thị này phổ biến đến chi bộ.
T/M BAN THƯỜNG VỤ
BÍ THƯ""", site="huyện Ngân Sơn", footer="Trang thông tin điện tử huyện Ngân Sơn. Điện thoại: 0209.3874.118 - Fax: 0209.3874.119"))

# 27-TB/HU of Ngân Sơn, twice in 2023 (planted duplicate-identity): 09/3/2023 (NFD; cites 42-KL/TU of 15/3/2023 — planted
# temporal) and 14/11/2023 (Markdown)
w("hu_ns_tb27_2023a.txt", party(BK, "HUYỆN ỦY NGÂN SƠN", "27-TB/HU", "Ngân Sơn, ngày 09 tháng 3 năm 2023", """THÔNG BÁO
kết luận của Thường trực Huyện ủy tại buổi làm việc với Hạt Kiểm lâm huyện
""", """Ngày 07/3/2023, Thường trực Huyện ủy làm việc với Hạt Kiểm lâm huyện về công tác quản lý, bảo vệ rừng quý I/2023.
Sau khi nghe báo cáo, đồng chí Bí thư Huyện ủy kết luận:
1. Thực hiện Kết luận số 42-KL/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy về sơ kết Chỉ thị số 15-CT/TU, Hạt Kiểm lâm
tăng cường tuần tra các vùng giáp ranh với huyện Chợ Đồn.
2. Ủy ban nhân dân huyện chỉ đạo đẩy nhanh xây dựng Đề án phát triển vùng trồng hồi, quế tập trung.
Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.
""" + SIGN_TL), nfd=True)

w("hu_ns_tb27_2023b.md", md_hdr(["**ĐẢNG BỘ TỈNH BẮC KẠN**", "**HUYỆN ỦY NGÂN SƠN**", "\\*", "Số 27-TB/HU"],
                                 ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Ngân Sơn, ngày 14 tháng 11 năm 2023*"]) + """
**THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY**

**về tiến độ xây dựng Đề án phát triển vùng trồng hồi, quế tập trung**

Ngày 10/11/2023, Thường trực Huyện ủy nghe Ủy ban nhân dân huyện báo cáo tiến độ xây dựng Đề án theo Kế hoạch số 31-KH/HU,
ngày 08/4/2021 của Ban Thường vụ Huyện ủy. Thường trực Huyện ủy kết luận:

1. Đề án chưa bảo đảm tiến độ do chưa có số liệu kiểm kê rừng sau năm 2022.
2. Giao Văn phòng Huyện ủy tham mưu văn bản gia hạn thời gian hoàn thành Đề án.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
""")

# 245-CV/HU of Ngân Sơn (20/12/2023): letter, V/v line; extends row 2 of 31-KH/HU to 30/6/2025
w("hu_ns_cv245_2023.txt", f"""{BK}
HUYỆN ỦY NGÂN SƠN
*
Số 245-CV/HU
V/v gia hạn thời gian hoàn thành Đề án phát triển
vùng trồng hồi, quế tập trung
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\tNgân Sơn, ngày 20 tháng 12 năm 2023

Kính gửi: Ban cán sự đảng Ủy ban nhân dân huyện.

Căn cứ Thông báo kết luận của Thường trực Huyện ủy ngày 14/11/2023, Ban Thường vụ Huyện ủy đồng ý gia hạn thời gian hoàn
thành Đề án phát triển vùng trồng hồi, quế tập trung huyện Ngân Sơn (nhiệm vụ số 2 tại Kế hoạch số 31-KH/HU, ngày 08/4/2021
của Ban Thường vụ Huyện ủy) đến hết ngày 30/6/2025.
Đề nghị Ban cán sự đảng Ủy ban nhân dân huyện chỉ đạo hoàn thành Đề án đúng thời hạn được gia hạn./.
{NOINHAN}
{SIGN_BTV_PBT}""")

# 07-ĐA/HU of Ngân Sơn (16/5/2025): the Đề án, within the extended deadline
w("hu_ns_da07_2025.txt", party(BK, "HUYỆN ỦY NGÂN SƠN", "07-ĐA/HU", "Ngân Sơn, ngày 16 tháng 5 năm 2025", """ĐỀ ÁN
phát triển vùng trồng hồi, quế tập trung huyện Ngân Sơn giai đoạn 2025 - 2030
""", """Thực hiện Kế hoạch số 31-KH/HU, ngày 08/4/2021 của Ban Thường vụ Huyện ủy và Công văn số 245-CV/HU, ngày 20/12/2023 của
Ban Thường vụ Huyện ủy về gia hạn thời gian hoàn thành Đề án, Ban Thường vụ Huyện ủy ban hành Đề án như sau:
I. MỤC TIÊU
Đến năm 2030, diện tích hồi, quế tập trung đạt 3.500 ha.
II. TỔ CHỨC THỰC HIỆN
Sau khi sắp xếp đơn vị hành chính, các xã kế thừa địa bàn huyện Ngân Sơn tiếp tục thực hiện Đề án này.
""" + SIGN_BTV))

# 52/KH-UBND of UBND huyện Ngân Sơn (26/02/2024), pdftotext -layout state header: implements Ngân Sơn's 05-CT/HU (not
# replaced; `thay thế dần` is an ordinary verb); Luật Lâm nghiệp, Nghị định 156/2018 (external)
w("ub_ns_kh52_2024.txt", layout(state_cols("ỦY BAN NHÂN DÂN", "HUYỆN NGÂN SƠN", "52/KH-UBND", "Ngân Sơn, ngày 26 tháng 02 năm 2024", """                                  KẾ HOẠCH
                   Phát triển rừng gỗ lớn huyện Ngân Sơn năm 2024
""", """Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15 tháng 11 năm 2017; Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm
2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp;
Thực hiện Chỉ thị số 05-CT/HU, ngày 15/6/2022 của Ban Thường vụ Huyện ủy Ngân Sơn về đẩy mạnh phát triển rừng gỗ lớn,
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
1. Trồng mới 300 ha rừng gỗ lớn bằng cây bản địa, thay thế dần diện tích keo chu kỳ ngắn theo Chỉ thị số 05-CT/HU.
2. Hỗ trợ 150.000 cây giống cho các hộ gia đình tại các xã Bằng Vân, Thượng Quan.
3. Phòng Nông nghiệp và Phát triển nông thôn tổng hợp, báo cáo kết quả trước ngày 15/12/2024.
""" + SIGN_UB)))

# ====================================================================== Huyện ủy Pác Nặm
# 12-TB/HU of Pác Nặm (08/7/2022): a notice that only reports; cites 07-CT/HU of 05/9/2022 (planted temporal);
# 20-KH/HU (external)
w("hu_pn_tb12_2022.txt", party(BK, "HUYỆN ỦY PÁC NẶM", "12-TB/HU", "Pác Nặm, ngày 08 tháng 7 năm 2022", """THÔNG BÁO
kết luận của Thường trực Huyện ủy về kết quả 06 tháng đầu năm 2022 thực hiện nhiệm vụ quản lý, bảo vệ rừng
""", """Ngày 05/7/2022, Thường trực Huyện ủy nghe Ủy ban nhân dân huyện báo cáo kết quả 06 tháng đầu năm thực hiện Kế hoạch số
20-KH/HU, ngày 10/3/2022 của Ban Thường vụ Huyện ủy. Thường trực Huyện ủy ghi nhận:
1. Diện tích rừng trồng mới đạt 62% kế hoạch năm; không xảy ra cháy rừng.
2. Các xã Bằng Thành, Nhạn Môn đã hoàn thành rà soát đất lâm nghiệp.
3. Các cơ quan, đơn vị tiếp tục triển khai thực hiện Chỉ thị số 07-CT/HU, ngày 05/9/2022 của Ban Thường vụ Huyện ủy về phòng
cháy rừng mùa khô.
Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết.
""" + SIGN_TL))

# 07-CT/HU of Pác Nặm (05/9/2022): obligation on the Ban Tuyên giáo Huyện ủy never met (planted unmet-obligation)
w("hu_pn_ct07_2022.txt", party(BK, "HUYỆN ỦY PÁC NẶM", "07-CT/HU", "Pác Nặm, ngày 05 tháng 9 năm 2022", """CHỈ THỊ
của Ban Thường vụ Huyện ủy về tăng cường công tác phòng cháy rừng mùa khô
""", """Thực hiện Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Bắc Kạn, Ban Thường vụ Huyện ủy yêu cầu các cấp
ủy, chính quyền chủ động phòng cháy rừng mùa khô, nhất là tại các xã vùng cao.
TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy xây dựng kế hoạch tuyên truyền Chỉ thị này.
2. Văn phòng Huyện ủy theo dõi, đôn đốc và báo cáo Ban Thường vụ Huyện ủy.
Chỉ thị này phổ biến đến chi bộ.
""" + SIGN_BTV))

# 36-KH/HU of Pác Nặm (10/02/2023): `04 nhiệm vụ trọng tâm sau:` + 3 (planted count-mismatch); row 1 plans an amendment
# of 02-QC/HU (external) by Quý IV/2024, moved to Quý II/2025 by 418-CV/HU, never done (planted overdue-plan)
w("hu_pn_kh36_2023.txt", party(BK, "HUYỆN ỦY PÁC NẶM", "36-KH/HU", "Pác Nặm, ngày 10 tháng 02 năm 2023", """KẾ HOẠCH
thực hiện nhiệm vụ xây dựng Đảng trong lực lượng bảo vệ rừng năm 2023 - 2024
""", """Thực hiện Chỉ thị số 07-CT/HU, ngày 05/9/2022 của Ban Thường vụ Huyện ủy về tăng cường công tác phòng cháy rừng mùa khô,
Ban Thường vụ Huyện ủy Pác Nặm xây dựng Kế hoạch với 04 nhiệm vụ trọng tâm sau:
1. Kiện toàn chi bộ Hạt Kiểm lâm và các tổ bảo vệ rừng thôn, bản.
2. Bồi dưỡng nghiệp vụ cho đảng viên làm công tác bảo vệ rừng.
3. Kiểm tra, giám sát việc thực hiện nhiệm vụ của đảng viên được giao quản lý rừng.
PHÂN CÔNG THỰC HIỆN
TT\tNội dung\tĐơn vị chủ trì\tThời hạn
1\tSửa đổi, bổ sung Quy chế số 02-QC/HU, ngày 20/10/2020 của Ban Chấp hành Đảng bộ huyện về phối hợp giữa các tổ chức đảng trong công tác bảo vệ rừng\tVăn phòng Huyện ủy\tQuý IV/2024
2\tSơ kết, đánh giá kết quả thực hiện Kế hoạch\tBan Tổ chức Huyện ủy\tHằng năm
""" + SIGN_BTV))

# 418-CV/HU of Pác Nặm (16/12/2024): letter; its V/v line names `sửa đổi, bổ sung Quy chế số 02-QC/HU` but it only moves the
# deadline of row 1 of 36-KH/HU to Quý II/2025 (no amendment)
w("hu_pn_cv418_2024.txt", f"""{BK}
HUYỆN ỦY PÁC NẶM
*
Số 418-CV/HU
V/v điều chỉnh thời gian hoàn thành việc sửa đổi,
bổ sung Quy chế số 02-QC/HU
\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
\t\t\tPác Nặm, ngày 16 tháng 12 năm 2024

Kính gửi: Văn phòng Huyện ủy.

Xét đề nghị của Văn phòng Huyện ủy, Ban Thường vụ Huyện ủy điều chỉnh thời gian hoàn thành nhiệm vụ số 1 tại Kế hoạch số
36-KH/HU, ngày 10/02/2023 của Ban Thường vụ Huyện ủy từ Quý IV/2024 sang Quý II/2025.
Văn phòng Huyện ủy khẩn trương hoàn thiện dự thảo, trình Ban Thường vụ Huyện ủy đúng thời hạn đã điều chỉnh./.
{NOINHAN}
{SIGN_BTV_PBT}""")

# ====================================================================== Huyện ủy Na Rì
# 40-KH/HU of Na Rì (10/5/2023), OCR-like: cites 42-KL/TU `ngày 25/3/2023` (planted metadata-conflict); `02 nội dung sau:`
# + 2; row 1 (Chỉ thị, Tháng 6/2024) moved to tháng 9/2024 by 12-TB/HU (2024), met by 11-CT/HU (20/8/2024)
NR40 = party(BK, "HUYỆN ỦY NA RÌ", "40-KH/HU", "Na Rì, ngày 10 tháng 5 năm 2023", """KẾ HOẠCH
thực hiện Kết luận số 42-KL/TU của Ban Thường vụ Tỉnh ủy về sơ kết Chỉ thị số 15-CT/TU
""", """Thực hiện Kết luận số 42-KL/TU, ngày 25/3/2023 của Ban Thường vụ Tỉnh ủy Bắc Kạn về sơ kết 02 năm thực hiện Chỉ thị số
15-CT/TU, Ban Thường vụ Huyện ủy Na Rì xác định 02 nội dung sau:
1. Tăng cường bảo vệ rừng phòng hộ đầu nguồn sông Bắc Giang.
2. Hoàn thành giao rừng cho cộng đồng thôn, bản trong năm 2023.
NHIỆM VỤ CỤ THỂ
TT\tNội dung\tĐơn vị chủ trì\tThời hạn
1\tBan hành Chỉ thị của Ban Thường vụ Huyện ủy về công tác quản lý, bảo vệ rừng đầu nguồn\tBan Tuyên giáo Huyện ủy\tTháng 6/2024
2\tBáo cáo kết quả giao rừng cho cộng đồng\tỦy ban nhân dân huyện\tHằng năm
TỔ CHỨC THỰC HIỆN
Các chi bộ, đảng bộ cơ sở căn cứ Kế hoạch này tổ chức thực hiện.
""" + SIGN_BTV)
w("hu_nr_kh40_2023.txt", ocr(NR40, [("Tăng cường bảo vệ", "Tăng cưòng bảo vẹ"), ("phòng hộ đầu nguồn", "phòng họ đầu nguòn"),
                                     ("cộng đồng thôn", "cộng đòng thôn"), ("căn cứ Kế hoạch này", "căn cú Kế hoạch này")]))

# 12-TB/HU of Na Rì (12/4/2024), Markdown: same number as Pác Nặm's 12-TB/HU of 2022; lùi thời hạn of row 1 of 40-KH/HU
w("hu_nr_tb12_2024.md", md_hdr(["**ĐẢNG BỘ TỈNH BẮC KẠN**", "**HUYỆN ỦY NA RÌ**", "\\*", "Số 12-TB/HU"],
                                ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Na Rì, ngày 12 tháng 4 năm 2024*"]) + """
**THÔNG BÁO**

**kết luận của Thường trực Huyện ủy về tiến độ thực hiện Kế hoạch số 40-KH/HU**

Ngày 10/4/2024, Thường trực Huyện ủy nghe Ban Tuyên giáo Huyện ủy báo cáo. Thường trực Huyện ủy kết luận:

1. Đồng ý lùi thời hạn ban hành Chỉ thị về công tác quản lý, bảo vệ rừng đầu nguồn (nhiệm vụ số 1 tại Kế hoạch số 40-KH/HU,
ngày 10/5/2023 của Ban Thường vụ Huyện ủy) từ tháng 6/2024 sang tháng 9/2024.
2. Ban Tuyên giáo Huyện ủy hoàn thiện dự thảo, xin ý kiến các chi bộ, đảng bộ cơ sở.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
""")

# 11-CT/HU of Na Rì (20/8/2024), minified portal page: the Chỉ thị of row 1; names itself by number (self-reference)
w("hu_nr_ct11_2024.html", portal("Chỉ thị số 11-CT/HU của Ban Thường vụ Huyện ủy Na Rì",
  ["ĐẢNG BỘ TỈNH BẮC KẠN", "HUYỆN ỦY NA RÌ", "*", "Số 11-CT/HU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Na Rì, ngày 20 tháng 8 năm 2024"], """CHỈ THỊ
của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý, bảo vệ rừng đầu nguồn
Thực hiện Kế hoạch số 40-KH/HU, ngày 10/5/2023 của Ban Thường vụ Huyện ủy và Kết luận số 42-KL/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu:
1. Các cấp ủy đưa nhiệm vụ bảo vệ rừng đầu nguồn vào nghị quyết hằng năm.
2. Các chi bộ tổ chức quán triệt Chỉ thị số 11-CT/HU đến toàn thể đảng viên.
Chỉ thị này phổ biến đến chi bộ.
T/M BAN THƯỜNG VỤ
BÍ THƯ""", minified=True, site="huyện Na Rì", footer="Trang thông tin điện tử huyện Na Rì. Điện thoại: 0209.3884.270"))

# ====================================================================== after 1/7/2025: communes of tỉnh Thái Nguyên
# 03-KH/ĐU of Đảng ủy xã Chợ Đồn (12/11/2025): implements Thái Nguyên's 15-CT/TU (dated — not Bắc Kạn's); continues 28-KH/HU
# of the former Huyện ủy Chợ Đồn (id broken across lines) and 09-CT/HU (only proposed for replacement); 08-HD/BTCTU (external)
w("du_cd_kh03_2025.txt", party(TN, "ĐẢNG ỦY XÃ CHỢ ĐỒN", "03-KH/ĐU", "Chợ Đồn, ngày 12 tháng 11 năm 2025", """KẾ HOẠCH
thực hiện Chỉ thị số 15-CT/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng
đối với công tác quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh sau hợp nhất
""", """Thực hiện Chỉ thị số 15-CT/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy; Hướng dẫn số 08-HD/BTCTU, ngày 20/7/2025 của Ban
Tổ chức Tỉnh ủy về kế thừa nhiệm vụ của cấp huyện sau sắp xếp, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:
1. Các chi bộ quán triệt Chỉ thị đến toàn thể đảng viên, hoàn thành trong tháng 12/2025.
2. Các xã tiếp tục thực hiện nhiệm vụ tại Kế hoạch số 28-
KH/HU, ngày 05/4/2021 của Huyện ủy Chợ Đồn (trước đây) chưa hoàn thành, trong đó nhiệm vụ xây dựng Đề án phát triển rừng gỗ
lớn chuyển sang Ủy ban nhân dân xã chủ trì, hoàn thành trong Quý IV/2026.
3. Tiếp tục thực hiện Chỉ thị số 09-CT/HU, ngày 10/10/2023 của Ban Thường vụ Huyện ủy Chợ Đồn (trước đây) về phòng cháy,
chữa cháy rừng.
""" + SIGN_BTV))

# 15-BC/ĐU of Đảng ủy xã Chợ Đồn (15/9/2026), portal page: narrates the end of 42-KL/TU (no citation of it as in force)
w("du_cd_bc15_2026.html", portal("Báo cáo số 15-BC/ĐU của Đảng ủy xã Chợ Đồn",
  ["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "ĐẢNG ỦY XÃ CHỢ ĐỒN", "*", "Số 15-BC/ĐU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chợ Đồn, ngày 15 tháng 9 năm 2026"], """BÁO CÁO
kết quả 09 tháng thực hiện Kế hoạch số 03-KH/ĐU, ngày 12/11/2025 của Ban Thường vụ Đảng ủy xã
1. Các chi bộ đã quán triệt Chỉ thị số 15-CT/TU, ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy đến 100% đảng viên.
2. Kết luận số 42-KL/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy Bắc Kạn (trước đây) đã hết hiệu lực theo Kết luận số 05-KL/TU, ngày 10/02/2026 của Ban Thường vụ Tỉnh ủy; các nội dung còn lại được lồng ghép vào Kế hoạch số 03-KH/ĐU.
3. Đề án phát triển rừng gỗ lớn đang được Ủy ban nhân dân xã hoàn thiện, dự kiến trình trong Quý IV/2026.
T/M BAN THƯỜNG VỤ
BÍ THƯ""", footer="Trang thông tin điện tử xã Chợ Đồn, tỉnh Thái Nguyên. Điện thoại: 0209.3882.126"))

# 05-KH/ĐU and 08-TB/ĐU of Đảng ủy xã Ngân Sơn (both 10/9/2025): each rests on the other (planted cycle)
w("du_ns_kh05_2025.txt", party(TN, "ĐẢNG ỦY XÃ NGÂN SƠN", "05-KH/ĐU", "Ngân Sơn, ngày 10 tháng 9 năm 2025", """KẾ HOẠCH
tiếp tục thực hiện Đề án phát triển vùng trồng hồi, quế tập trung sau sắp xếp đơn vị hành chính
""", """Căn cứ Thông báo kết luận số 08-TB/ĐU, ngày 10/9/2025 của Thường trực Đảng ủy xã; tiếp tục thực hiện Đề án số 07-ĐA/HU,
ngày 16/5/2025 của Ban Thường vụ Huyện ủy Ngân Sơn (trước đây), Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:
1. Ủy ban nhân dân xã rà soát diện tích hồi, quế trên địa bàn các xã cũ Vân Tùng, Đức Vân.
2. Các chi bộ thôn vận động nhân dân mở rộng diện tích, thực hiện thường xuyên.
""" + SIGN_TM_DU))

w("du_ns_tb08_2025.md", md_hdr(["**ĐẢNG BỘ TỈNH THÁI NGUYÊN**", "**ĐẢNG ỦY XÃ NGÂN SƠN**", "\\*", "Số 08-TB/ĐU"],
                                ["**ĐẢNG CỘNG SẢN VIỆT NAM**", "*Ngân Sơn, ngày 10 tháng 9 năm 2025*"]) + """
**THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY XÃ**

Ngày 09/9/2025, Thường trực Đảng ủy xã họp, nghe Văn phòng Đảng ủy báo cáo việc kế thừa nhiệm vụ của Huyện ủy Ngân Sơn
(trước đây). Thường trực Đảng ủy xã kết luận:

1. Thực hiện Kế hoạch số 05-KH/ĐU, ngày 10/9/2025 của Ban Thường vụ Đảng ủy xã về tiếp tục thực hiện Đề án phát triển vùng
trồng hồi, quế tập trung.
2. Văn phòng Đảng ủy theo dõi, tổng hợp kết quả.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
""")

# 02-KH/ĐU of Đảng ủy xã Na Rì (20/3/2026): cites 42-KL/TU as căn cứ after it was ended on 10/02/2026 (planted
# superseded-citation); cites Thái Nguyên's 15-CT/TU `ngày 25/10/2025` (planted metadata-conflict); continues 40-KH/HU of
# the former Huyện ủy Na Rì
w("du_nr_kh02_2026.txt", party(TN, "ĐẢNG ỦY XÃ NA RÌ", "02-KH/ĐU", "Na Rì, ngày 20 tháng 3 năm 2026", """KẾ HOẠCH
bảo vệ rừng phòng hộ đầu nguồn năm 2026
""", """Căn cứ Kết luận số 42-KL/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy Bắc Kạn về sơ kết 02 năm thực hiện chỉ thị của
Ban Thường vụ Tỉnh ủy Bắc Kạn về công tác quản lý, bảo vệ rừng; thực hiện Chỉ thị số 15-CT/TU, ngày 25/10/2025 của Ban Thường vụ Tỉnh ủy Thái Nguyên về tăng cường sự lãnh đạo
của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh sau hợp nhất, Ban Thường vụ Đảng ủy xã ban
hành Kế hoạch như sau:
1. Tiếp tục thực hiện các nhiệm vụ tại Kế hoạch số 40-KH/HU, ngày 10/5/2023 của Huyện ủy Na Rì (trước đây).
2. Duy trì 12 tổ bảo vệ rừng cộng đồng tại các thôn giáp ranh.
""" + SIGN_BTV))

# 04-KH/ĐU of Đảng ủy xã Bằng Thành (02/3/2026): cites Bắc Kạn's 15-CT/TU (replaced on 20/10/2025 — planted
# superseded-citation); `02 nội dung sau:` + 3 (planted count-mismatch); quotes the V/v line of 418-CV/HU
w("du_bt_kh04_2026.txt", party(TN, "ĐẢNG ỦY XÃ BẰNG THÀNH", "04-KH/ĐU", "Bằng Thành, ngày 02 tháng 3 năm 2026", """KẾ HOẠCH
phòng cháy, chữa cháy rừng mùa khô năm 2026
""", """Căn cứ Chỉ thị số 15-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Bắc Kạn về tăng cường sự lãnh đạo của Đảng đối với
công tác quản lý, bảo vệ và phát triển rừng; Công văn số 418-CV/HU, ngày 16/12/2024 của Ban Thường vụ Huyện ủy Pác Nặm
(trước đây) "V/v điều chỉnh thời gian hoàn thành việc sửa đổi, bổ sung Quy chế số 02-QC/HU", Ban Thường vụ Đảng ủy xã
Bằng Thành tập trung chỉ đạo 02 nội dung sau:
1. Kiện toàn Ban chỉ huy phòng cháy, chữa cháy rừng của xã sau sắp xếp.
2. Tổ chức trực cháy rừng tại các thôn vùng cao trong mùa khô.
3. Tuyên truyền nhân dân không đốt nương làm rẫy trong những ngày nắng nóng.
""" + SIGN_BTV))

print(len(os.listdir(OUT)), "files")
