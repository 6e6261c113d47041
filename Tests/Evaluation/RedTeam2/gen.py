#!/usr/bin/env python3
"""Red team 9: central Party and state documents across terms, with planted defects.

python3 gen.py --seed 909 --out corpus   (writes corpus/ and key.json; deterministic)

Conventions of this generator (chosen to differ from RedTeam/gen.py and the project's generators):
pdftotext -layout headers (two columns separated by runs of spaces, number and place/date on one
line), HTML exports (<p>, <table> with rowspan, <sup> footnotes), Markdown exports (bold header
lines, pipe tables, [^n] footnotes), laws cited by name and date, state numbers without a year that
restart each year, Party numbers restarting each term, task tables with `Cơ quan chủ trì` /
`Cơ quan phối hợp` / `Thời hạn` columns repeated after page breaks.
"""
import argparse, json, os, random, unicodedata

AP = argparse.ArgumentParser()
AP.add_argument("--seed", type=int, default=909)
AP.add_argument("--out", default="corpus")
AP.add_argument("--key", default="key.json")
A = AP.parse_args()
R = random.Random(A.seed)

KEY = {"planted": [], "traps": [], "external": [], "docs": []}
DOCS = []


def D(day, month, year):
    return (day, month, year)


def term_of(d):
    y, m = d[2], d[1]
    if (y, m) < (2016, 1): return "XI"
    if (y, m) < (2021, 2): return "XII"
    if (y, m) < (2026, 1): return "XIII"
    return "XIV"


def dslash(d, pad=True):
    return f"{d[0]:02d}/{d[1]:02d}/{d[2]}" if pad else f"{d[0]}/{d[1]}/{d[2]}"


def dlong(d, pad=True):
    return f"ngày {d[0]:02d} tháng {d[1]:02d} năm {d[2]}" if pad else f"ngày {d[0]} tháng {d[1]} năm {d[2]}"


def dform(d):
    r = R.random()
    if r < 0.45: return "ngày " + dslash(d, pad=R.random() < 0.7)
    if r < 0.8: return dlong(d, pad=R.random() < 0.5)
    return "ngày " + f"{d[0]:02d}-{d[1]:02d}-{d[2]}"


class Doc:
    def __init__(self, name, fmt="txt", nfd=False):
        self.name = name + "." + fmt
        self.fmt = fmt
        self.lines = []
        self.nfd = nfd
        DOCS.append(self)

    def p(self, text="", plant=None, trap=None):
        for t in text.split("\n"):
            if self.fmt == "html" and t and not t.startswith("<"):
                t = f"<p>{t}</p>"
            self.lines.append(t)
        ln = len(self.lines)
        for item, bucket in ((plant, "planted"), (trap, "traps")):
            if item is None: continue
            for it in (item if isinstance(item, list) else [item]):
                it = dict(it); it["file"] = self.name; it.setdefault("line", ln)
                KEY[bucket].append(it)
        return ln


# ---------------------------------------------------------------- registry of documents
REG = {}


class Ref:
    def __init__(self, id, word, date, issuer, subject, term=None, in_corpus=True, law_name=None):
        self.id, self.word, self.date, self.issuer, self.subject = id, word, date, issuer, subject
        self.term = term
        self.in_corpus = in_corpus
        self.law_name = law_name
        REG.setdefault(id, []).append(self)
        if not in_corpus and id not in KEY["external"]:
            KEY["external"].append(id)


def cite(ref, date=True, issuer=True, term=None, subject=False, so=True, date_override=None,
         issuer_override=None, word_override=None, term_override=None):
    w = word_override or ref.word
    s = f"{w} số {ref.id}" if so else f"{w} {ref.id}"
    parts = [s]
    if date: parts.append(dform(date_override or ref.date))
    if issuer:
        iss = issuer_override or ref.issuer
        t = term_override or ref.term
        if term is None: term = R.random() < 0.4
        if t and term:
            k = R.choice(["khóa", "khoá"])
            iss = f"{iss} {k} {t}"
        parts.append("của " + iss)
    txt = ", ".join(parts[:2]) + (" " + parts[2] if len(parts) > 2 else "") if date else " ".join(parts)
    if subject and ref.subject:
        txt += " " + ref.subject
    return txt


# ---------------------------------------------------------------- headers
def pad(a, b, width=78):
    return a + " " * max(4, width - len(a) - len(b)) + b


def party_header(doc, left, num, place, d, title_lines, style=None):
    style = style or R.choice(["layout", "layout", "md", "html"]) if doc.fmt == "txt" else doc.fmt
    if doc.fmt == "md":
        doc.p(f"**{left[0]}**" + "<br>" + "<br>".join(left[1:]) + " | **ĐẢNG CỘNG SẢN VIỆT NAM**")
        doc.p("")
        doc.p(f"Số {num} | _{place}, {dlong(d)}_")
        doc.p("")
        doc.p("## " + title_lines[0])
        for t in title_lines[1:]: doc.p("**" + t + "**")
    elif doc.fmt == "html":
        doc.p("<table class=\"header\">")
        doc.p("<tr><td><b>" + "<br>".join(left) + "</b><br>*</td><td><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></td></tr>")
        doc.p(f"<tr><td>Số {num}</td><td><i>{place}, {dlong(d)}</i></td></tr>")
        doc.p("</table>")
        doc.p("<h2>" + title_lines[0] + "</h2>")
        for t in title_lines[1:]: doc.p("<p><b>" + t + "</b></p>")
    else:
        doc.p(pad(left[0], "ĐẢNG CỘNG SẢN VIỆT NAM"))
        for l in left[1:]: doc.p(l)
        doc.p("            *")
        doc.p(pad(f"Số {num}", f"{place}, {dlong(d)}"))
        doc.p("")
        for t in title_lines: doc.p(" " * 20 + t)
    doc.p("")


def state_header(doc, left, num, place, d, title_lines):
    if doc.fmt == "md":
        doc.p("| " + "<br>".join(f"**{l}**" for l in left) + " | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |")
        doc.p("|---|---|")
        doc.p(f"| Số: {num} | _{place}, {dlong(d)}_ |")
        doc.p("")
        doc.p("## " + title_lines[0])
        for t in title_lines[1:]: doc.p("**" + t + "**")
    elif doc.fmt == "html":
        doc.p("<table>")
        doc.p("<tr><td><b>" + "<br>".join(left) + "</b><br>-------</td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>")
        doc.p(f"<tr><td>Số: {num}</td><td><i>{place}, {dlong(d)}</i></td></tr>")
        doc.p("</table>")
        doc.p("<h2>" + title_lines[0] + "</h2>")
        for t in title_lines[1:]: doc.p("<p><b>" + t + "</b></p>")
    else:
        doc.p(pad(left[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        doc.p(pad(left[1] if len(left) > 1 else "-------", "Độc lập - Tự do - Hạnh phúc"))
        for l in left[2:]: doc.p(l)
        doc.p(pad("-------", "---------------"))
        doc.p(pad(f"Số: {num}", f"{place}, {dlong(d)}"))
        doc.p("")
        for t in title_lines: doc.p(" " * 24 + t)
    doc.p("")


def sign(doc, tm, who, name):
    doc.p("")
    doc.p(" " * 40 + tm)
    doc.p(" " * 44 + who)
    doc.p(" " * 44 + "(Đã ký)")
    doc.p(" " * 42 + name)
    doc.p("")
    doc.p("Nơi nhận:")
    doc.p("- Như trên,")
    doc.p("- Lưu Văn phòng.")


NAMES = ["Trần Cẩm Tú", "Võ Văn Thưởng", "Lương Cường", "Phạm Minh Chính", "Trương Thị Mai", "Lê Minh Hưng",
         "Nguyễn Văn Nên", "Trần Quốc Vượng", "Phan Đình Trạc", "Nguyễn Xuân Thắng"]

BCT = "Bộ Chính trị"
BBT = "Ban Bí thư"
BCH = "Ban Chấp hành Trung ương Đảng"
CP = "Chính phủ"
TTG = "Thủ tướng Chính phủ"
BNV = "Bộ Nội vụ"
BTC = "Bộ Tài chính"
BTP = "Bộ Tư pháp"

# ---------------------------------------------------------------- the central Party documents
NQ18 = Ref("18-NQ/TW", "Nghị quyết", D(25, 10, 2017), "Ban Chấp hành Trung ương Đảng",
           "về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả", "XII")
NQ19 = Ref("19-NQ/TW", "Nghị quyết", D(25, 10, 2017), "Ban Chấp hành Trung ương Đảng",
           "về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập", "XII")
NQ04 = Ref("04-NQ/TW", "Nghị quyết", D(30, 10, 2016), "Ban Chấp hành Trung ương Đảng",
           "về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống", "XII", in_corpus=False)
NQ26a = Ref("26-NQ/TW", "Nghị quyết", D(19, 5, 2018), "Ban Chấp hành Trung ương Đảng",
            "về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ", "XII")
NQ26b = Ref("26-NQ/TW", "Nghị quyết", D(3, 11, 2022), BCT,
            "về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ đến năm 2030, tầm nhìn đến năm 2045", "XIII")
KH07 = Ref("07-KH/TW", "Kế hoạch", D(27, 11, 2017), BCT, "thực hiện Nghị quyết số 18-NQ/TW", "XII")
QD96 = Ref("96-QĐ/TW", "Quy định", D(12, 6, 2017), BCT, "về công tác thi đua, khen thưởng trong hệ thống chính trị", "XII")
QD143 = Ref("143-QĐ/TW", "Quy định", D(8, 5, 2018), BCT, "sửa đổi, bổ sung một số điều của Quy định số 96-QĐ/TW", "XII")
QD205 = Ref("205-QĐ/TW", "Quy định", D(23, 9, 2019), BCT, "sửa đổi, bổ sung Điều 5 và Điều 9 Quy định số 96-QĐ/TW", "XII")
QD58 = Ref("58-QĐ/TW", "Quy định", D(14, 3, 2022), BCT, "về công tác thi đua, khen thưởng trong hệ thống chính trị", "XIII")
CT18 = Ref("18-CT/TW", "Chỉ thị", D(12, 4, 2023), BBT, "về tăng cường sự lãnh đạo của Đảng đối với công tác văn thư, lưu trữ trong tình hình mới", "XIII")
KL43 = Ref("43-KL/TW", "Kết luận", D(18, 11, 2022), BBT, "về tiếp tục đẩy mạnh công tác thông tin đối ngoại trong tình hình mới", "XIII")
KL55 = Ref("55-KL/TW", "Kết luận", D(20, 6, 2023), BCT, "về tiếp tục thực hiện Nghị quyết số 19-NQ/TW", "XIII")
HD12 = Ref("12-HD/BTGTW", "Hướng dẫn", D(9, 1, 2023), "Ban Tuyên giáo Trung ương", "thực hiện Kết luận số 43-KL/TW", "XIII")
HD26 = Ref("26-HD/BTCTW", "Hướng dẫn", D(6, 12, 2017), "Ban Tổ chức Trung ương", "thực hiện Nghị quyết số 18-NQ/TW", "XII")
BC325 = Ref("325-BC/TW", "Báo cáo", D(30, 9, 2022), BCT, "sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW", "XIII")
HD36 = Ref("36-HD/VPTW", "Hướng dẫn", D(3, 4, 2018), "Văn phòng Trung ương Đảng", "về thể thức và kỹ thuật trình bày văn bản của Đảng", "XII")
HD11 = Ref("11-HD/VPTW", "Hướng dẫn", D(28, 5, 2004), "Văn phòng Trung ương Đảng", "về thể thức văn bản của Đảng", "IX", in_corpus=False)
QD69 = Ref("69-QĐ/TW", "Quy định", D(6, 7, 2022), BCT, "về kỷ luật tổ chức đảng, đảng viên vi phạm", "XIII", in_corpus=False)
CT05 = Ref("05-CT/TW", "Chỉ thị", D(15, 5, 2016), BCT, "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "XII", in_corpus=False)
KL01 = Ref("01-KL/TW", "Kết luận", D(18, 5, 2021), BCT, "về tiếp tục thực hiện Chỉ thị số 05-CT/TW", "XIII", in_corpus=False)

# ---------------------------------------------------------------- state documents
L2008 = Ref("22/2008/QH12", "Luật", D(13, 11, 2008), "Quốc hội", "", law_name="Luật Cán bộ, công chức", in_corpus=False)
L2019 = Ref("52/2019/QH14", "Luật", D(25, 11, 2019), "Quốc hội", "", law_name="Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức", in_corpus=False)
L2025 = Ref("80/2025/QH15", "Luật", D(24, 6, 2025), "Quốc hội", "", law_name="Luật Cán bộ, công chức")
LB2015 = Ref("80/2015/QH13", "Luật", D(22, 6, 2015), "Quốc hội", "", law_name="Luật Ban hành văn bản quy phạm pháp luật", in_corpus=False)
LB2020 = Ref("63/2020/QH14", "Luật", D(18, 6, 2020), "Quốc hội", "", law_name="Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", in_corpus=False)
LB2025 = Ref("64/2025/QH15", "Luật", D(19, 2, 2025), "Quốc hội", "", law_name="Luật Ban hành văn bản quy phạm pháp luật")
LTC = Ref("76/2015/QH13", "Luật", D(19, 6, 2015), "Quốc hội", "", law_name="Luật Tổ chức Chính phủ", in_corpus=False)
ND34 = Ref("34/2016/NĐ-CP", "Nghị định", D(14, 5, 2016), CP, "quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật")
ND154 = Ref("154/2020/NĐ-CP", "Nghị định", D(31, 12, 2020), CP, "sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP")
ND78 = Ref("78/2025/NĐ-CP", "Nghị định", D(1, 4, 2025), CP, "quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật")
ND43 = Ref("43/2016/NĐ-CP", "Nghị định", D(12, 5, 2016), CP, "quy định về quản lý hồ sơ cán bộ, công chức, viên chức")
ND88 = Ref("88/2018/NĐ-CP", "Nghị định", D(20, 6, 2018), CP, "sửa đổi, bổ sung một số điều của Nghị định số 43/2016/NĐ-CP")
ND117 = Ref("117/2020/NĐ-CP", "Nghị định", D(28, 9, 2020), CP, "sửa đổi, bổ sung Điều 12 và Điều 15 của Nghị định số 43/2016/NĐ-CP")
ND52 = Ref("52/2023/NĐ-CP", "Nghị định", D(17, 7, 2023), CP, "quy định về quản lý hồ sơ cán bộ, công chức, viên chức")
ND19 = Ref("19/2024/NĐ-CP", "Nghị định", D(23, 2, 2024), CP, "quy định về số hóa hồ sơ cán bộ, công chức, viên chức")
TT11 = Ref("11/2016/TT-BNV", "Thông tư", D(8, 9, 2016), BNV, "hướng dẫn thi hành một số điều của Nghị định số 43/2016/NĐ-CP")
TT03 = Ref("03/2021/TT-BNV", "Thông tư", D(29, 6, 2021), BNV, "bãi bỏ khoản 2 Điều 7 Thông tư số 11/2016/TT-BNV")
TT06 = Ref("06/2023/TT-BNV", "Thông tư", D(4, 10, 2023), BNV, "hướng dẫn thi hành Nghị định số 52/2023/NĐ-CP")
TTLT15 = Ref("15/2014/TTLT-BNV-BTC", "Thông tư liên tịch", D(14, 10, 2014), "Bộ Nội vụ và Bộ Tài chính", "hướng dẫn quản lý và sử dụng kinh phí bảo đảm cho công tác lưu trữ hồ sơ cán bộ")
TT31 = Ref("31/2022/TT-BTC", "Thông tư", D(9, 6, 2022), BTC, "quy định quản lý và sử dụng kinh phí bảo đảm cho công tác lưu trữ hồ sơ cán bộ")
TT07 = Ref("07/2019/TT-BTP", "Thông tư", D(11, 4, 2019), BTP, "hướng dẫn công tác kiểm tra, rà soát văn bản quy phạm pháp luật")
TT12 = Ref("12/2019/TT-BTP", "Thông tư", D(11, 4, 2019), BTP, "quy định về công tác hợp nhất văn bản quy phạm pháp luật")
NQ08 = Ref("08/NQ-CP", "Nghị quyết", D(24, 1, 2018), CP, "ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW")
QD1265 = Ref("1265/QĐ-TTg", "Quyết định", D(19, 8, 2021), TTG, "ban hành Kế hoạch triển khai Nghị định số 43/2016/NĐ-CP giai đoạn 2021 - 2025")
QD1020a = Ref("1020/QĐ-BNV", "Quyết định", D(20, 11, 2020), BNV, "ban hành Quy chế làm việc của Hội đồng thẩm định hồ sơ cán bộ")
QD612 = Ref("612/QĐ-BNV", "Quyết định", D(5, 7, 2021), BNV, "ban hành Quy chế làm việc của Hội đồng thẩm định hồ sơ cán bộ")
QD1020b = Ref("1020/QĐ-BNV", "Quyết định", D(12, 10, 2022), BNV, "ban hành Quy chế tổ chức và hoạt động của Trung tâm Lưu trữ điện tử hồ sơ cán bộ")
CT15 = Ref("15/CT-TTg", "Chỉ thị", D(22, 6, 2022), TTG, "về công tác phòng, chống tham nhũng, tiêu cực trong công tác quản lý hồ sơ cán bộ", in_corpus=False)
QD2213 = Ref("2213/QĐ-BNV", "Quyết định", D(15, 12, 2022), BNV, "ban hành Kế hoạch số hóa hồ sơ cán bộ, công chức của Bộ Nội vụ")
KH3051 = Ref("3051/KH-BNV", "Kế hoạch", D(15, 12, 2022), BNV, "triển khai số hóa hồ sơ cán bộ năm 2023")
ND30 = Ref("30/2020/NĐ-CP", "Nghị định", D(5, 3, 2020), CP, "về công tác văn thư", in_corpus=False)


def plant(rule, ids, **kw):
    d = {"rule": rule, "ids": ids}; d.update(kw); return d


def trap(kind, ids, must_not, **kw):
    d = {"kind": kind, "ids": ids, "must_not": must_not}; d.update(kw); return d


def footer_tochuc(doc, items):
    doc.p("")
    doc.p("**TỔ CHỨC THỰC HIỆN**" if doc.fmt == "md" else "IV. TỔ CHỨC THỰC HIỆN")
    for i, (txt, pl, tr) in enumerate(items, 1):
        doc.p(f"{i}. {txt}", plant=pl, trap=tr)


# ======================================================================================
# central Party documents
# ======================================================================================
def write_nq18():
    d = Doc("c001_bch_nq18_2017", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "18-NQ/TW", "Hà Nội", NQ18.date,
                 ["NGHỊ QUYẾT", "HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XII", "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy", "của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"], style="layout")
    d.p("I. TÌNH HÌNH VÀ NGUYÊN NHÂN")
    d.p("Thực hiện các nghị quyết của Đảng, nhất là " + "Nghị quyết Trung ương 4 khóa XII" + " về tăng cường xây dựng, chỉnh đốn Đảng, tổ chức bộ máy của hệ thống chính trị đã từng bước được sắp xếp, kiện toàn.",
        trap=trap("named-plenum-resolution", ["04-NQ/TW"], ["metadata-conflict", "ambiguous-id"]))
    d.p("Tuy nhiên, tổ chức bộ máy còn cồng kềnh, nhiều tầng nấc, nhiều đầu mối; chức năng, nhiệm vụ còn chồng chéo.")
    d.p("")
    d.p("II. QUAN ĐIỂM, MỤC TIÊU")
    d.p("Đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị phải gắn với đổi mới phương thức lãnh đạo của Đảng.")
    footer_tochuc(d, [
        ("Bộ Chính trị ban hành Kế hoạch thực hiện Nghị quyết; chỉ đạo sơ kết, tổng kết việc thực hiện Nghị quyết.", None,
         trap("obligation-fulfilled", ["18-NQ/TW"], ["unmet-obligation"], by="07-KH/TW")),
        ("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng chương trình hành động thực hiện Nghị quyết phù hợp với tình hình thực tế của địa phương, đơn vị.", None,
         trap("obligation-fulfilled", ["18-NQ/TW"], ["unmet-obligation"], by="provincial CTr")),
        ("Ban Tổ chức Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện Nghị quyết; theo dõi, đôn đốc, kiểm tra và định kỳ báo cáo Bộ Chính trị.", None,
         trap("obligation-fulfilled", ["18-NQ/TW"], ["unmet-obligation"], by="26-HD/BTCTW")),
    ])
    sign(d, "T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ", "Nguyễn Phú Trọng")


def write_nq19():
    d = Doc("c002_bch_nq19_2017", "md")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], "19-NQ/TW", "Hà Nội", NQ19.date,
                 ["NGHỊ QUYẾT", "HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG KHOÁ XII", "Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập"])
    d.p("### I. TÌNH HÌNH VÀ NGUYÊN NHÂN")
    d.p("Hệ thống đơn vị sự nghiệp công lập đã phát triển rộng khắp trên cả nước, đóng vai trò quan trọng trong cung ứng dịch vụ sự nghiệp công.")
    d.p("")
    footer_tochuc(d, [
        ("Bộ Chính trị ban hành Kế hoạch thực hiện Nghị quyết này.",
         plant("unmet-obligation", ["19-NQ/TW"], what="Politburo plan implementing 19-NQ/TW never issued"), None),
        ("Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết.", None,
         trap("obligation-fulfilled", ["19-NQ/TW"], ["unmet-obligation"], by="08/NQ-CP")),
    ])
    sign(d, "T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ", "Nguyễn Phú Trọng")


def write_nq26a():
    d = Doc("c003_bch_nq26_2018", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "26-NQ/TW", "Hà Nội", NQ26a.date,
                 ["NGHỊ QUYẾT", "HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XII", "về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược,", "đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ"], style="layout")
    d.p("Tiếp tục thực hiện " + cite(NQ18, term=True) + ", Hội nghị Trung ương 7 thống nhất các nội dung sau.",
        trap=trap("cite-with-plenum-issuer", ["18-NQ/TW"], ["metadata-conflict"]))
    d.p("Các cấp ủy, tổ chức đảng quán triệt sâu sắc tinh thần " + "Nghị quyết Trung ương 6 khóa XII" + " về tổ chức bộ máy.",
        trap=trap("named-plenum-resolution", [], ["metadata-conflict"]))
    footer_tochuc(d, [("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng kế hoạch thực hiện Nghị quyết.", None,
                       trap("obligation-fulfilled", ["26-NQ/TW"], ["unmet-obligation"], by="provincial KH 2018"))])
    sign(d, "T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ", "Nguyễn Phú Trọng")


def write_nq26b():
    d = Doc("c004_bct_nq26_2022", "html")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "26-NQ/TW", "Hà Nội", NQ26b.date,
                 ["NGHỊ QUYẾT", "CỦA BỘ CHÍNH TRỊ", "về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ đến năm 2030, tầm nhìn đến năm 2045"])
    d.p("Sau 17 năm thực hiện Nghị quyết số 39-NQ/TW, ngày 16/8/2004 của Bộ Chính trị khóa IX, vùng Bắc Trung Bộ và duyên hải Trung Bộ đã đạt được nhiều kết quả quan trọng.")
    Ref("39-NQ/TW", "Nghị quyết", D(16, 8, 2004), BCT, "", "IX", in_corpus=False)
    d.p("Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện 04 nhóm nhiệm vụ, giải pháp chủ yếu sau:",
        trap=trap("count-correct", [], ["count-mismatch"]))
    for t in ["1. Đổi mới tư duy, nâng cao nhận thức về phát triển vùng.", "2. Hoàn thiện thể chế liên kết vùng.",
              "3. Phát triển kết cấu hạ tầng giao thông.", "4. Bảo đảm quốc phòng, an ninh."]:
        d.p(t)
    footer_tochuc(d, [("Các tỉnh ủy, thành ủy trong vùng xây dựng chương trình hành động thực hiện Nghị quyết.", None,
                       trap("obligation-fulfilled", ["26-NQ/TW"], ["unmet-obligation"], by="provincial CTr 2023"))])
    sign(d, "T/M BỘ CHÍNH TRỊ", "TỔNG BÍ THƯ", "Nguyễn Phú Trọng")


def write_kh07():
    d = Doc("c005_bct_kh07_2017", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "07-KH/TW", "Hà Nội", KH07.date,
                 ["KẾ HOẠCH", "CỦA BỘ CHÍNH TRỊ", "thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 Hội nghị lần thứ sáu", "Ban Chấp hành Trung ương Đảng khóa XII"], style="layout")
    d.p("Để triển khai thực hiện có hiệu quả " + cite(NQ18, subject=True) + ", Bộ Chính trị ban hành Kế hoạch thực hiện như sau:")
    d.p("III. NHIỆM VỤ CỤ THỂ (Phụ lục kèm theo)")
    d.p("")
    d.p("TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành")
    d.p("1\tSửa đổi, bổ sung Quy định số 96-QĐ/TW, ngày 12/6/2017 của Bộ Chính trị về công tác thi đua, khen thưởng\tBan Tổ chức Trung ương\tVăn phòng Trung ương Đảng\tNăm 2018",
        trap=trap("plan-fulfilled", ["96-QĐ/TW"], ["overdue-plan"], by="143-QĐ/TW"))
    d.p("2\tSơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW\tBan Tổ chức Trung ương\tCác ban đảng Trung ương\tQuý III/2022",
        trap=trap("plan-fulfilled", ["18-NQ/TW"], ["overdue-plan"], by="325-BC/TW"))
    d.p("3\tTổng kết 10 năm thực hiện Nghị quyết số 18-NQ/TW\tBan Tổ chức Trung ương\tCác ban đảng Trung ương\tQuý IV/2027",
        trap=trap("plan-pending", ["18-NQ/TW"], ["overdue-plan"]))
    d.p("5\tTổng kết việc thực hiện Quy định số 96-QĐ/TW\tVăn phòng Trung ương Đảng\tBan Tổ chức Trung ương\tQuý IV/2021",
        trap=trap("plan-fulfilled-late", ["96-QĐ/TW"], ["overdue-plan"], by="88-BC/VPTW (2025)"))
    d.p("6\tSửa đổi, bổ sung Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị\tBan Tuyên giáo Trung ương\tVăn phòng Trung ương Đảng\tNăm 2019",
        plant=plant("overdue-plan", ["05-CT/TW"], what="planned amendment of an external directive, due 2019; 01-KL/TW only continues it"))
    d.p("4\tKiểm tra, giám sát việc thực hiện Nghị quyết\tỦy ban Kiểm tra Trung ương\t\tHằng năm",
        trap=trap("recurring", [], ["overdue-plan"]))
    sign(d, "T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Trần Quốc Vượng")


def write_qd96_chain():
    d = Doc("c006_bct_qd96_2017", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "96-QĐ/TW", "Hà Nội", QD96.date,
                 ["QUY ĐỊNH", "CỦA BỘ CHÍNH TRỊ", "về công tác thi đua, khen thưởng trong hệ thống chính trị"], style="layout")
    d.p("- Căn cứ Điều lệ Đảng;")
    d.p("- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII,")
    d.p("Bộ Chính trị quy định về công tác thi đua, khen thưởng trong hệ thống chính trị như sau:")
    d.p("Điều 1. Phạm vi điều chỉnh")
    d.p("Điều 5. Hình thức khen thưởng")
    d.p("Điều 9. Thẩm quyền quyết định khen thưởng")
    sign(d, "T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Trần Quốc Vượng")

    d = Doc("c007_bct_qd143_2018", "md")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], "143-QĐ/TW", "Hà Nội", QD143.date,
                 ["QUY ĐỊNH", "CỦA BỘ CHÍNH TRỊ", "sửa đổi, bổ sung một số điều của Quy định số 96-QĐ/TW, ngày 12/6/2017 của Bộ Chính trị"])
    d.p("Căn cứ Điều lệ Đảng;")
    d.p("Bộ Chính trị sửa đổi, bổ sung một số điều của " + cite(QD96, issuer=True, term=False) + " về công tác thi đua, khen thưởng trong hệ thống chính trị như sau:")
    d.p("**Điều 1.** Sửa đổi khoản 2 Điều 5 như sau: …")
    sign(d, "T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Trần Quốc Vượng")

    d = Doc("c008_bct_qd205_2019", "html")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "205-QĐ/TW", "Hà Nội", QD205.date,
                 ["QUY ĐỊNH", "CỦA BỘ CHÍNH TRỊ", "sửa đổi, bổ sung Điều 5 và Điều 9 Quy định số 96-QĐ/TW"])
    d.p("Bộ Chính trị sửa đổi, bổ sung Điều 5 và Điều 9 " + cite(QD96, issuer=True) + " (đã được sửa đổi, bổ sung theo Quy định số 143-QĐ/TW, ngày 08/5/2018) như sau:")
    d.p("<p>Điều 1. Sửa đổi Điều 5 …</p>")
    sign(d, "T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Trần Quốc Vượng")

    d = Doc("c009_bct_qd58_2022", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "58-QĐ/TW", "Hà Nội", QD58.date,
                 ["QUY ĐỊNH", "CỦA BỘ CHÍNH TRỊ", "về công tác thi đua, khen thưởng trong hệ thống chính trị"], style="layout")
    d.p("- Căn cứ Điều lệ Đảng;")
    d.p("- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIII,")
    d.p("Bộ Chính trị quy định về công tác thi đua, khen thưởng trong hệ thống chính trị như sau:")
    d.p("Điều 14. Hiệu lực thi hành")
    d.p("Quy định này có hiệu lực từ ngày ký, thay thế Quy định số 96-QĐ/TW, ngày 12/6/2017 của Bộ Chính trị khóa XII và các Quy định số 143-QĐ/TW, số 205-QĐ/TW sửa đổi, bổ sung Quy định số 96-QĐ/TW.")
    sign(d, "T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Võ Văn Thưởng")


def write_central_misc():
    # Ban Bí thư directive
    d = Doc("c010_bbt_ct18_2023", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "18-CT/TW", "Hà Nội", CT18.date,
                 ["CHỈ THỊ", "CỦA BAN BÍ THƯ", "về tăng cường sự lãnh đạo của Đảng đối với công tác văn thư, lưu trữ trong tình hình mới"], style="layout")
    d.p("Thực hiện " + cite(HD36, term=False) + " về thể thức và kỹ thuật trình bày văn bản của Đảng, công tác văn thư, lưu trữ đã có chuyển biến.")
    d.p("Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt 03 nhiệm vụ sau:", trap=trap("count-correct", [], ["count-mismatch"]))
    d.p("1. Nâng cao nhận thức về vị trí, vai trò của công tác văn thư, lưu trữ.")
    d.p("2. Kiện toàn tổ chức bộ máy làm công tác văn thư, lưu trữ.")
    d.p("3. Đẩy mạnh số hóa tài liệu lưu trữ.")
    footer_tochuc(d, [("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng kế hoạch thực hiện Chỉ thị.", None,
                       trap("obligation-fulfilled", ["18-CT/TW"], ["unmet-obligation"], by="provincial KH 2024")),
                      ("Văn phòng Trung ương Đảng chủ trì, phối hợp với Ban Tổ chức Trung ương ban hành Quy định về quản lý tài liệu lưu trữ điện tử của Đảng.",
                       plant("unmet-obligation", ["18-CT/TW"], what="no Quy định of Văn phòng Trung ương Đảng"), None)])
    sign(d, "T/M BAN BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ", "Võ Văn Thưởng")

    d = Doc("c011_bbt_kl43_2022", "md")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], "43-KL/TW", "Hà Nội", KL43.date,
                 ["KẾT LUẬN", "CỦA BAN BÍ THƯ", "về tiếp tục đẩy mạnh công tác thông tin đối ngoại trong tình hình mới"])
    d.p("Tiếp tục thực hiện " + cite(CT05, term=True) + " và " + cite(KL01) + ", Ban Bí thư kết luận như sau:")
    d.p("1. Công tác thông tin đối ngoại thời gian qua đạt nhiều kết quả.")
    footer_tochuc(d, [
        ("Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện Kết luận này.", None,
         trap("obligation-fulfilled", ["43-KL/TW"], ["unmet-obligation"], by="12-HD/BTGTW")),
        ("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng kế hoạch thực hiện Kết luận.", None,
         trap("obligation-fulfilled", ["43-KL/TW"], ["unmet-obligation"], by="provincial KH 2023")),
    ])
    sign(d, "T/M BAN BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ", "Võ Văn Thưởng")

    d = Doc("c012_bct_kl55_2023", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "55-KL/TW", "Hà Nội", KL55.date,
                 ["KẾT LUẬN", "CỦA BỘ CHÍNH TRỊ", "về tiếp tục thực hiện Nghị quyết số 19-NQ/TW, ngày 25/10/2017", "của Hội nghị Trung ương 6 khóa XII"], style="layout")
    d.p("Trên cơ sở " + "Báo cáo số 325-BC/TW, ngày 30/9/2022 của Bộ Chính trị" + " và ý kiến của các cơ quan, Bộ Chính trị kết luận như sau:")
    d.p("1. Tiếp tục thực hiện " + cite(NQ19, term=True) + ".")
    footer_tochuc(d, [
        ("Ban Tổ chức Trung ương chủ trì, phối hợp với các cơ quan liên quan ban hành hướng dẫn thực hiện Kết luận này.",
         plant("unmet-obligation", ["55-KL/TW"], what="no guidance from Ban Tổ chức Trung ương"), None),
        ("Văn phòng Trung ương Đảng theo dõi, đôn đốc và định kỳ báo cáo Bộ Chính trị.", None, None),
    ])
    sign(d, "T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Võ Văn Thưởng")

    d = Doc("c013_btgtw_hd12_2023", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO"], "12-HD/BTGTW", "Hà Nội", HD12.date,
                 ["HƯỚNG DẪN", "thực hiện Kết luận số 43-KL/TW, ngày 18/11/2022 của Ban Bí thư", "về tiếp tục đẩy mạnh công tác thông tin đối ngoại trong tình hình mới"], style="layout")
    d.p("Thực hiện " + cite(KL43) + ", Ban Tuyên giáo Trung ương hướng dẫn như sau:")
    d.p("1. Tổ chức học tập, quán triệt Kết luận.")
    sign(d, "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Lại Xuân Môn")

    d = Doc("c014_btctw_hd26_2018", "html")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC"], "26-HD/BTCTW", "Hà Nội", HD26.date,
                 ["HƯỚNG DẪN", "thực hiện Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII"])
    d.p("Căn cứ " + cite(NQ18, term=True) + "; " + cite(KH07, term=False) + ", Ban Tổ chức Trung ương hướng dẫn một số nội dung sau:")
    d.p("1. Về sắp xếp tổ chức bộ máy các cơ quan tham mưu, giúp việc của cấp ủy.")
    sign(d, "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Nguyễn Thanh Bình")

    d = Doc("c015_bct_bc325_2022", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "325-BC/TW", "Hà Nội", BC325.date,
                 ["BÁO CÁO", "CỦA BỘ CHÍNH TRỊ", "sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017", "của Hội nghị Trung ương 6 khóa XII"], style="layout")
    d.p("Thực hiện " + cite(KH07) + ", Bộ Chính trị báo cáo sơ kết 5 năm thực hiện " + cite(NQ18, term=True) + " như sau:")
    d.p("I. KẾT QUẢ THỰC HIỆN")
    d.p("Các tỉnh ủy, thành ủy đã ban hành 63 chương trình hành động; số đầu mối giảm đáng kể.")
    d.p("Đã ban hành Quy định số 143-QĐ/TW, ngày 08/5/2018 và Quy định số 205-QĐ/TW, ngày 23/9/2019 sửa đổi, bổ sung Quy định số 96-QĐ/TW.",
        trap=trap("narrated-amendment", ["96-QĐ/TW"], ["cycle", "inverse-inconsistency", "superseded-citation"]))
    sign(d, "T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ", "Võ Văn Thưởng")

    d = Doc("c016_vptw_hd36_2018", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"], "36-HD/VPTW", "Hà Nội", HD36.date,
                 ["HƯỚNG DẪN", "thể thức và kỹ thuật trình bày văn bản của Đảng"], style="layout")
    d.p("Căn cứ Quy định số 66-QĐ/TW, ngày 06/02/2017 của Ban Chấp hành Trung ương về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng;")
    Ref("66-QĐ/TW", "Quy định", D(6, 2, 2017), BCH, "", "XII", in_corpus=False)
    d.p("Văn phòng Trung ương Đảng hướng dẫn thể thức và kỹ thuật trình bày văn bản của Đảng như sau:")
    d.p("Hướng dẫn này thay thế Hướng dẫn số 11-HD/VPTW, ngày 28/5/2004 của Văn phòng Trung ương Đảng về thể thức văn bản của Đảng.")
    sign(d, "K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lê Minh Hưng")


# ======================================================================================
# central state documents
# ======================================================================================
def law_cite(ref, by_number=None):
    if by_number is None: by_number = R.random() < 0.5
    if by_number: return f"{ref.law_name} số {ref.id}"
    return f"{ref.law_name} {dlong(ref.date, pad=False)}"


def bases_gov(d, extra=()):
    items = ["Căn cứ " + law_cite(LTC) + ";"] + list(extra)
    for it in items:
        if isinstance(it, tuple): d.p("_" + it[0] + "_" if d.fmt == "md" else it[0], plant=it[1], trap=it[2])
        else: d.p("_" + it + "_" if d.fmt == "md" else it)


def gov_doc(name, fmt, ref, left, title, body, signer=("TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Phạm Minh Chính")):
    d = Doc(name, fmt)
    state_header(d, left, ref.id, "Hà Nội", ref.date, title)
    body(d)
    sign(d, *signer)
    return d


def write_state():
    # Luật BHVBQPPL 2025 (replacing 2015 and 2020)
    def b(d):
        d.p("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
        d.p("Quốc hội ban hành Luật Ban hành văn bản quy phạm pháp luật.")
        d.p("Điều 72. Hiệu lực thi hành")
        d.p("1. Luật này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2025.")
        d.p("2. Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 63/2020/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.")
    gov_doc("s001_qh_luat64_2025", "txt", LB2025, ["QUỐC HỘI", "--------"], ["LUẬT", "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"], b,
            ("", "CHỦ TỊCH QUỐC HỘI", "Trần Thanh Mẫn"))

    def b(d):
        d.p("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
        d.p("Quốc hội ban hành Luật Cán bộ, công chức.")
        d.p("Điều 50. Hiệu lực thi hành")
        d.p("1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.")
        d.p("2. Luật Cán bộ, công chức số 22/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 52/2019/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.")
    gov_doc("s002_qh_luat80_2025", "md", L2025, ["QUỐC HỘI"], ["LUẬT", "CÁN BỘ, CÔNG CHỨC"], b,
            ("", "CHỦ TỊCH QUỐC HỘI", "Trần Thanh Mẫn"))

    def b(d):
        bases_gov(d, ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;"])
        d.p("Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật.")
    gov_doc("s003_cp_nd34_2016", "txt", ND34, ["CHÍNH PHỦ", "--------"], ["NGHỊ ĐỊNH", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH", "LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"], b)

    def b(d):
        bases_gov(d, ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;"])
        d.p("Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của " + cite(ND34, issuer=True) + " quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật.")
    gov_doc("s004_cp_nd154_2020", "html", ND154, ["CHÍNH PHỦ"], ["NGHỊ ĐỊNH", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 34/2016/NĐ-CP"], b)

    def b(d):
        bases_gov(d, [("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;", None,
                       trap("law-by-name-new-version", ["64/2025/QH15"], ["superseded-citation", "metadata-conflict"]))])
        d.p("Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật.")
        d.p("Điều 98. Hiệu lực thi hành")
        d.p("1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2025.")
        d.p("2. Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.")
    gov_doc("s005_cp_nd78_2025", "txt", ND78, ["CHÍNH PHỦ", "--------"], ["NGHỊ ĐỊNH", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP ĐỂ TỔ CHỨC,", "HƯỚNG DẪN THI HÀNH LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"], b)

    # ND43 chain
    def b(d):
        bases_gov(d, ["Căn cứ " + law_cite(L2008, by_number=False) + ";"])
        d.p("Theo đề nghị của Bộ trưởng Bộ Nội vụ;")
        d.p("Chính phủ ban hành Nghị định quy định về quản lý hồ sơ cán bộ, công chức, viên chức.")
        d.p("Điều 12. Lưu trữ hồ sơ")
        d.p("Điều 15. Khai thác hồ sơ")
    gov_doc("s006_cp_nd43_2016", "txt", ND43, ["CHÍNH PHỦ", "--------"], ["NGHỊ ĐỊNH", "QUY ĐỊNH VỀ QUẢN LÝ HỒ SƠ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"], b)

    def b(d):
        bases_gov(d, ["Căn cứ " + law_cite(L2008, by_number=False) + ";"])
        d.p("Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của " + cite(ND43, issuer=True) + " quy định về quản lý hồ sơ cán bộ, công chức, viên chức.")
        d.p("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 43/2016/NĐ-CP")
    gov_doc("s007_cp_nd88_2018", "md", ND88, ["CHÍNH PHỦ"], ["NGHỊ ĐỊNH", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 43/2016/NĐ-CP"], b)

    def b(d):
        bases_gov(d, ["Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;"])
        d.p("Chính phủ ban hành Nghị định sửa đổi, bổ sung Điều 12 và Điều 15 của " + cite(ND43, issuer=True) + " đã được sửa đổi, bổ sung một số điều theo Nghị định số 88/2018/NĐ-CP.")
    gov_doc("s008_cp_nd117_2020", "txt", ND117, ["CHÍNH PHỦ", "--------"], ["NGHỊ ĐỊNH", "SỬA ĐỔI, BỔ SUNG ĐIỀU 12 VÀ ĐIỀU 15 CỦA NGHỊ ĐỊNH SỐ 43/2016/NĐ-CP"], b)

    def b(d):
        bases_gov(d, ["Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;"])
        d.p("Chính phủ ban hành Nghị định quy định về quản lý hồ sơ cán bộ, công chức, viên chức.")
        d.p("Điều 40. Hiệu lực thi hành")
        d.p("1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 9 năm 2023.")
        d.p("2. Nghị định này thay thế Nghị định số 43/2016/NĐ-CP ngày 12 tháng 5 năm 2016 của Chính phủ, Nghị định số 88/2018/NĐ-CP ngày 20 tháng 6 năm 2018 và Nghị định số 117/2020/NĐ-CP ngày 28 tháng 9 năm 2020 của Chính phủ.")
    gov_doc("s009_cp_nd52_2023", "txt", ND52, ["CHÍNH PHỦ", "--------"], ["NGHỊ ĐỊNH", "QUY ĐỊNH VỀ QUẢN LÝ HỒ SƠ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"], b)

    def b(d):
        bases_gov(d, ["Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;", "Căn cứ " + cite(ND52, issuer=True, date=True) + ";"])
        d.p("Chính phủ ban hành Nghị định quy định về số hóa hồ sơ cán bộ, công chức, viên chức.")
        d.p("Điều 25. Hiệu lực thi hành")
        ln = d.p("Nghị định này có hiệu lực từ ngày 15 tháng 4 năm 2024 và thay thế Nghị định số 117/2020/NĐ-CP ngày 28 tháng 9 năm 2020 của Chính phủ.",
                 plant=plant("inverse-inconsistency", ["117/2020/NĐ-CP", "52/2023/NĐ-CP", "19/2024/NĐ-CP"], what="117/2020 replaced by two decrees"))
    gov_doc("s010_cp_nd19_2024", "html", ND19, ["CHÍNH PHỦ"], ["NGHỊ ĐỊNH", "QUY ĐỊNH VỀ SỐ HÓA HỒ SƠ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"], b)
    Ref("13/2023/QH15", "Luật", D(22, 6, 2023), "Quốc hội", "", law_name="Luật Giao dịch điện tử", in_corpus=False)

    # Thông tư
    sig_bnv = ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Hải Long")
    def b(d):
        d.p("Căn cứ " + cite(ND43, issuer=True) + " quy định về quản lý hồ sơ cán bộ, công chức, viên chức;")
        d.p("Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn thi hành một số điều của Nghị định số 43/2016/NĐ-CP.")
        d.p("Điều 7. Nộp lưu hồ sơ")
    gov_doc("s011_bnv_tt11_2016", "txt", TT11, ["BỘ NỘI VỤ", "--------"], ["THÔNG TƯ", "HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 43/2016/NĐ-CP"], b, sig_bnv)

    def b(d):
        d.p("Căn cứ " + cite(ND43, issuer=True) + " đã được sửa đổi, bổ sung theo Nghị định số 88/2018/NĐ-CP và Nghị định số 117/2020/NĐ-CP;")
        d.p("Bộ trưởng Bộ Nội vụ ban hành Thông tư bãi bỏ khoản 2 Điều 7 Thông tư số 11/2016/TT-BNV.")
        d.p("Điều 1. Bãi bỏ khoản 2 Điều 7 Thông tư số 11/2016/TT-BNV ngày 08 tháng 9 năm 2016 của Bộ trưởng Bộ Nội vụ hướng dẫn thi hành một số điều của Nghị định số 43/2016/NĐ-CP.",
            trap=trap("partial-repeal", ["11/2016/TT-BNV"], ["superseded-citation"], note="11/2016 stays in force until 06/2023"))
    gov_doc("s012_bnv_tt03_2021", "md", TT03, ["BỘ NỘI VỤ"], ["THÔNG TƯ", "BÃI BỎ KHOẢN 2 ĐIỀU 7 THÔNG TƯ SỐ 11/2016/TT-BNV"], b, sig_bnv)

    def b(d):
        d.p("Căn cứ " + cite(ND52, issuer=True) + " quy định về quản lý hồ sơ cán bộ, công chức, viên chức;")
        d.p("Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn thi hành Nghị định số 52/2023/NĐ-CP.")
        d.p("Điều 20. Hiệu lực thi hành")
        d.p("Thông tư này có hiệu lực thi hành kể từ ngày 20 tháng 11 năm 2023. Thông tư số 11/2016/TT-BNV ngày 08 tháng 9 năm 2016 của Bộ trưởng Bộ Nội vụ hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.")
    gov_doc("s013_bnv_tt06_2023", "txt", TT06, ["BỘ NỘI VỤ", "--------"], ["THÔNG TƯ", "HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 52/2023/NĐ-CP"], b, sig_bnv)

    def b(d):
        d.p("Căn cứ " + cite(ND43, issuer=True) + ";")
        d.p("Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính ban hành Thông tư liên tịch hướng dẫn quản lý và sử dụng kinh phí bảo đảm cho công tác lưu trữ hồ sơ cán bộ.")
    d = Doc("s014_bnv_btc_ttlt15_2014", "txt")
    # a joint circular predates ND43 in this fiction: cite the older decree instead
    state_header(d, ["BỘ NỘI VỤ - BỘ TÀI CHÍNH", "--------"], TTLT15.id, "Hà Nội", TTLT15.date, ["THÔNG TƯ LIÊN TỊCH", "HƯỚNG DẪN QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ BẢO ĐẢM", "CHO CÔNG TÁC LƯU TRỮ HỒ SƠ CÁN BỘ"])
    d.p("Căn cứ Luật Ngân sách nhà nước ngày 16 tháng 12 năm 2002;")
    d.p("Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính ban hành Thông tư liên tịch hướng dẫn quản lý và sử dụng kinh phí bảo đảm cho công tác lưu trữ hồ sơ cán bộ.")
    d.p(pad("KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "KT. BỘ TRƯỞNG BỘ NỘI VỤ"))
    d.p(pad("THỨ TRƯỞNG", "THỨ TRƯỞNG"))

    def b(d):
        d.p("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;")
        d.p("Bộ trưởng Bộ Tài chính ban hành Thông tư quy định quản lý và sử dụng kinh phí bảo đảm cho công tác lưu trữ hồ sơ cán bộ.")
        d.p("Điều 12. Hiệu lực thi hành")
        d.p("Thông tư này có hiệu lực thi hành từ ngày 25 tháng 7 năm 2022 và thay thế " + cite(TTLT15, issuer=True, term=False) + ".")
    gov_doc("s015_btc_tt31_2022", "txt", TT31, ["BỘ TÀI CHÍNH", "--------"], ["THÔNG TƯ", "QUY ĐỊNH QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ BẢO ĐẢM CHO CÔNG TÁC LƯU TRỮ HỒ SƠ CÁN BỘ"], b,
            ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Võ Thành Hưng"))
    Ref("83/2015/QH13", "Luật", D(25, 6, 2015), "Quốc hội", "", law_name="Luật Ngân sách nhà nước", in_corpus=False)

    # mutual replacement (planted) between two Bộ Tư pháp circulars of the same day
    sig_btp = ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đặng Hoàng Oanh")
    def b(d):
        d.p("Căn cứ " + cite(ND34, issuer=True) + ";")
        d.p("Bộ trưởng Bộ Tư pháp ban hành Thông tư hướng dẫn công tác kiểm tra, rà soát văn bản quy phạm pháp luật.")
        d.p("Điều 15. Hiệu lực thi hành")
        d.p("Thông tư này có hiệu lực từ ngày 01 tháng 6 năm 2019 và thay thế Thông tư số 12/2019/TT-BTP ngày 11 tháng 4 năm 2019 của Bộ trưởng Bộ Tư pháp.",
            plant=[plant("inverse-inconsistency", ["07/2019/TT-BTP", "12/2019/TT-BTP"], what="two circulars replace each other"),
                   plant("cycle", ["07/2019/TT-BTP", "12/2019/TT-BTP"], others=["s017_btp_tt12_2019.md"], what="mutual replacement is a replaces-cycle")])
    gov_doc("s016_btp_tt07_2019", "txt", TT07, ["BỘ TƯ PHÁP", "--------"], ["THÔNG TƯ", "HƯỚNG DẪN CÔNG TÁC KIỂM TRA, RÀ SOÁT VĂN BẢN QUY PHẠM PHÁP LUẬT"], b, sig_btp)

    def b(d):
        d.p("Căn cứ " + cite(ND34, issuer=True) + ";")
        d.p("Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định về công tác hợp nhất văn bản quy phạm pháp luật.")
        d.p("Điều 10. Hiệu lực thi hành")
        d.p("Thông tư này có hiệu lực từ ngày 01 tháng 6 năm 2019 và thay thế Thông tư số 07/2019/TT-BTP ngày 11 tháng 4 năm 2019 của Bộ trưởng Bộ Tư pháp.")
    gov_doc("s017_btp_tt12_2019", "md", TT12, ["BỘ TƯ PHÁP"], ["THÔNG TƯ", "QUY ĐỊNH VỀ CÔNG TÁC HỢP NHẤT VĂN BẢN QUY PHẠM PHÁP LUẬT"], b, sig_btp)

    # Bộ Nội vụ decisions: numbers restart each year (trap), not a mutual replacement
    def b(d):
        d.p("Căn cứ " + cite(ND43, issuer=True) + ";")
        d.p("QUYẾT ĐỊNH:")
        d.p("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Hội đồng thẩm định hồ sơ cán bộ.")
    gov_doc("s018_bnv_qd1020_2020", "txt", QD1020a, ["BỘ NỘI VỤ", "--------"], ["QUYẾT ĐỊNH", "Ban hành Quy chế làm việc của Hội đồng thẩm định hồ sơ cán bộ"], b, ("BỘ TRƯỞNG", "", "Lê Vĩnh Tân"))

    def b(d):
        d.p("Căn cứ " + cite(ND43, issuer=True) + " đã được sửa đổi, bổ sung theo Nghị định số 117/2020/NĐ-CP;")
        d.p("QUYẾT ĐỊNH:")
        d.p("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Hội đồng thẩm định hồ sơ cán bộ.")
        d.p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1020/QĐ-BNV ngày 20 tháng 11 năm 2020 của Bộ trưởng Bộ Nội vụ.",
            trap=trap("number-restarts-each-year", ["1020/QĐ-BNV"], ["inverse-inconsistency", "metadata-conflict", "duplicate-identity", "cycle"]))
    gov_doc("s019_bnv_qd612_2021", "txt", QD612, ["BỘ NỘI VỤ", "--------"], ["QUYẾT ĐỊNH", "Ban hành Quy chế làm việc của Hội đồng thẩm định hồ sơ cán bộ"], b, ("BỘ TRƯỞNG", "", "Phạm Thị Thanh Trà"))

    def b(d):
        d.p("Căn cứ Quyết định số 612/QĐ-BNV ngày 05 tháng 7 năm 2021 của Bộ trưởng Bộ Nội vụ;")
        d.p("QUYẾT ĐỊNH:")
        d.p("Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Trung tâm Lưu trữ điện tử hồ sơ cán bộ.")
    gov_doc("s020_bnv_qd1020_2022", "html", QD1020b, ["BỘ NỘI VỤ"], ["QUYẾT ĐỊNH", "Ban hành Quy chế tổ chức và hoạt động của Trung tâm Lưu trữ điện tử hồ sơ cán bộ"], b, ("BỘ TRƯỞNG", "", "Phạm Thị Thanh Trà"))

    # cycle (planted): a decision and a plan of the same day resting on each other
    def b(d):
        d.p("Căn cứ Kế hoạch số 3051/KH-BNV ngày 15 tháng 12 năm 2022 của Bộ Nội vụ triển khai số hóa hồ sơ cán bộ năm 2023;",
            plant=plant("cycle", ["2213/QĐ-BNV", "3051/KH-BNV"], others=["s022_bnv_kh3051_2022.txt"]))
        d.p("QUYẾT ĐỊNH:")
        d.p("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số hóa hồ sơ cán bộ, công chức của Bộ Nội vụ.")
    gov_doc("s021_bnv_qd2213_2022", "txt", QD2213, ["BỘ NỘI VỤ", "--------"], ["QUYẾT ĐỊNH", "Ban hành Kế hoạch số hóa hồ sơ cán bộ, công chức của Bộ Nội vụ"], b, ("BỘ TRƯỞNG", "", "Phạm Thị Thanh Trà"))

    def b(d):
        d.p("Thực hiện Quyết định số 2213/QĐ-BNV ngày 15/12/2022 của Bộ trưởng Bộ Nội vụ ban hành Kế hoạch số hóa hồ sơ cán bộ, công chức, Bộ Nội vụ xây dựng Kế hoạch triển khai năm 2023 như sau:")
        d.p("1. Hoàn thành số hóa 100% hồ sơ công chức của Bộ.")
    gov_doc("s022_bnv_kh3051_2022", "txt", KH3051, ["BỘ NỘI VỤ", "--------"], ["KẾ HOẠCH", "Triển khai số hóa hồ sơ cán bộ năm 2023"], b, ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Vũ Chiến Thắng"))


def task_table_html(d, rows, header=("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"), page_break_after=None):
    def head():
        d.p("<table border=\"1\">")
        d.p("<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
    head()
    for i, r in enumerate(rows):
        cells, pl, tr = r
        d.p("<tr>" + "".join(("<td rowspan=\"2\">" if c.startswith("@") else "<td>") + c.lstrip("@") + "</td>" for c in cells) + "</tr>", plant=pl, trap=tr)
        if page_break_after is not None and i == page_break_after:
            d.p("</table>")
            d.p("<p>2</p>")
            head()
    d.p("</table>")


def write_programmes():
    # Government programme (HTML, merged cells, page break with repeated header)
    d = Doc("s023_cp_nq08_2018", "html")
    state_header(d, ["CHÍNH PHỦ"], NQ08.id, "Hà Nội", NQ08.date, ["NGHỊ QUYẾT", "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW"])
    d.p("Căn cứ " + law_cite(LTC) + ";")
    d.p("Căn cứ " + cite(NQ18, term=True) + ";")
    d.p("Căn cứ " + cite(NQ19, term=True) + ";")
    d.p("QUYẾT NGHỊ:")
    d.p("Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW.")
    d.p("<h3>PHỤ LỤC: DANH MỤC NHIỆM VỤ</h3>")
    rows = [
        (["1", "Xây dựng Nghị định sửa đổi, bổ sung một số điều của Nghị định số 43/2016/NĐ-CP", "@Bộ Nội vụ", "Bộ Tư pháp", "Quý II/2018"], None,
         trap("plan-fulfilled", ["43/2016/NĐ-CP"], ["overdue-plan"], by="88/2018/NĐ-CP")),
        (["2", "Sửa đổi, bổ sung Thông tư số 11/2016/TT-BNV", "Bộ Tài chính", "Quý IV/2018"], None,
         trap("plan-fulfilled-late", ["11/2016/TT-BNV"], ["overdue-plan"], by="03/2021/TT-BNV (partial repeal = amendment); row under a rowspan lead cell")),
        (["3", "Sửa đổi, bổ sung Nghị định số 34/2016/NĐ-CP", "Bộ Tư pháp", "Văn phòng Chính phủ", "Tháng 6/2019"], None,
         trap("plan-fulfilled-late", ["34/2016/NĐ-CP"], ["overdue-plan"], by="154/2020/NĐ-CP")),
        (["4", "Tổng kết 5 năm thực hiện Nghị quyết số 19-NQ/TW", "Bộ Nội vụ", "Các bộ, ngành, địa phương", "Năm 2023"],
         plant("overdue-plan", ["19-NQ/TW"], what="planned review, due 2023, no review"), None),
        (["5", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập", "Các bộ, ngành, địa phương", "Bộ Nội vụ", "Hằng năm"], None,
         trap("recurring", [], ["overdue-plan"])),
    ]
    # row 2 is under the merged lead cell of row 1: its lead is Bộ Nội vụ, partner Bộ Tài chính
    task_table_html(d, rows, page_break_after=2)
    sign(d, "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Xuân Phúc")

    # Prime Minister's plan (plain text, tab table split over a page break, header repeated, row continued)
    d = Doc("s024_ttg_qd1265_2021", "txt")
    state_header(d, ["THỦ TƯỚNG CHÍNH PHỦ", "--------"], QD1265.id, "Hà Nội", QD1265.date, ["QUYẾT ĐỊNH", "Ban hành Kế hoạch triển khai Nghị định số 43/2016/NĐ-CP", "giai đoạn 2021 - 2025"])
    d.p("Căn cứ " + law_cite(LTC) + ";")
    d.p("Căn cứ " + cite(ND43, issuer=True) + " quy định về quản lý hồ sơ cán bộ, công chức, viên chức, đã được sửa đổi, bổ sung theo Nghị định số 88/2018/NĐ-CP và Nghị định số 117/2020/NĐ-CP;")
    d.p("Theo đề nghị của Bộ trưởng Bộ Nội vụ,")
    d.p("QUYẾT ĐỊNH:")
    d.p("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Nghị định số 43/2016/NĐ-CP giai đoạn 2021 - 2025.")
    d.p("")
    d.p("KẾ HOẠCH")
    d.p("(Ban hành kèm theo Quyết định số 1265/QĐ-TTg ngày 19 tháng 8 năm 2021 của Thủ tướng Chính phủ)")
    d.p("Năm 2022 (gồm 05 nhiệm vụ):", plant=plant("count-mismatch", [], what="05 announced, 4 rows follow"))
    hdr = "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\tSản phẩm"
    d.p(hdr)
    d.p("1\tXây dựng Nghị định thay thế Nghị định số 43/2016/NĐ-CP\tBộ Nội vụ\tBộ Tư pháp, Văn phòng Chính phủ\tQuý IV/2022\tNghị định của Chính phủ",
        trap=trap("plan-fulfilled-late", ["43/2016/NĐ-CP"], ["overdue-plan"], by="52/2023/NĐ-CP (17/7/2023)"))
    d.p("2\tSửa đổi, bổ sung Quyết định số 612/QĐ-BNV ngày 05/7/2021 của Bộ trưởng Bộ Nội vụ ban hành Quy chế làm việc của Hội\tBộ Nội vụ\t\tQuý IV/2022\tQuyết định của Bộ trưởng", plant=plant("overdue-plan", ["612/QĐ-BNV"], what="planned amendment due Quý IV/2022; 1020/QĐ-BNV of 12/10/2022 only rests on 612 (row continued on the next line)"))
    d.p("\tđồng thẩm định hồ sơ cán bộ\t\t\t\t")
    d.p("")
    d.p("\f")
    d.p("2")
    d.p(hdr)
    d.p("3\tBan hành Thông tư hướng dẫn số hóa hồ sơ cán bộ\tBộ Nội vụ\tBộ Thông tin và Truyền thông\tTháng 6/2022\tThông tư",
        plant=plant("overdue-plan", [], what="announced new circular due 06/2022, none issued"))
    d.p("4\tTổng kết thực hiện Thông tư liên tịch số 15/2014/TTLT-BNV-BTC\tBộ Tài chính\tBộ Nội vụ\tQuý III/2022\tBáo cáo",
        plant=plant("overdue-plan", ["15/2014/TTLT-BNV-BTC"], what="planned review due Quý III/2022, none"))
    d.p("")
    d.p("Năm 2026 (03 nhiệm vụ):", trap=trap("count-correct", [], ["count-mismatch"]))
    d.p(hdr)
    d.p("1\tSơ kết thực hiện Nghị định số 52/2023/NĐ-CP\tBộ Nội vụ\tCác bộ, ngành\tQuý IV/2026\tBáo cáo", trap=trap("plan-pending", ["52/2023/NĐ-CP"], ["overdue-plan"]))
    d.p("2\tKiểm tra việc quản lý hồ sơ tại các bộ, ngành\tBộ Nội vụ\t\tHằng năm\tBáo cáo", trap=trap("recurring", [], ["overdue-plan"]))
    d.p("3\tSửa đổi, bổ sung Thông tư số 06/2023/TT-BNV\tBộ Nội vụ\tBộ Tư pháp\tTháng 12/2026\tThông tư", trap=trap("plan-pending", ["06/2023/TT-BNV"], ["overdue-plan"]))
    d.p("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.")
    sign(d, "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Phạm Bình Minh")


# ======================================================================================
# provinces
# ======================================================================================
PROV = [  # name, Party committee word, place of state docs, Party committee head name
    ("Nghệ An", "Tỉnh ủy", "Nghệ An"), ("Thanh Hóa", "Tỉnh ủy", "Thanh Hóa"), ("Hải Phòng", "Thành ủy", "Hải Phòng"),
    ("Cần Thơ", "Thành ủy", "Cần Thơ"), ("Quảng Ninh", "Tỉnh ủy", "Quảng Ninh"), ("Lâm Đồng", "Tỉnh ủy", "Lâm Đồng"),
    ("Bình Định", "Tỉnh ủy", "Bình Định"), ("Thái Nguyên", "Tỉnh ủy", "Thái Nguyên"), ("Đồng Tháp", "Tỉnh ủy", "Đồng Tháp"),
    ("Kiên Giang", "Tỉnh ủy", "Kiên Giang"), ("Hà Nam", "Tỉnh ủy", "Hà Nam"), ("Khánh Hòa", "Tỉnh ủy", "Khánh Hòa"),
    ("Quảng Trị", "Tỉnh ủy", "Quảng Trị"), ("Bắc Ninh", "Tỉnh ủy", "Bắc Ninh"),
    ("Nam Định", "Tỉnh ủy", "Nam Định"), ("Phú Thọ", "Tỉnh ủy", "Phú Thọ"), ("Tây Ninh", "Tỉnh ủy", "Tây Ninh"),
    ("Vĩnh Long", "Tỉnh ủy", "Vĩnh Long"), ("Tuyên Quang", "Tỉnh ủy", "Tuyên Quang"), ("Lào Cai", "Tỉnh ủy", "Lào Cai"),
]
NORTH_CENTRAL = {"Nghệ An", "Thanh Hóa", "Bình Định", "Khánh Hòa", "Quảng Trị"}


def tu_code(word):
    return "TU"


def prov_party_header(d, prov, word, num, dt, title):
    up = f"{word.upper()} {prov.upper()}"
    left = [f"ĐẢNG BỘ {'THÀNH PHỐ' if word == 'Thành ủy' else 'TỈNH'} {prov.upper()}", up] if R.random() < 0.5 else [up]
    party_header(d, left, num, prov, dt, title)


def prov_state_header(d, prov, num, dt, title, tier="ỦY BAN NHÂN DÂN"):
    kind = "THÀNH PHỐ" if prov in ("Hải Phòng", "Cần Thơ") else "TỈNH"
    state_header(d, [tier, f"{kind} {prov.upper()}"], num, prov, dt, title)


def write_province(pi, prov, word, place):
    fmt = lambda: R.choice(["txt", "txt", "txt", "md", "html"])
    pre = f"p{pi:02d}"
    slug = unicodedata.normalize("NFD", prov).encode("ascii", "ignore").decode().lower().replace(" ", "-").replace("đ", "d")
    nfd = R.random() < 0.2
    tinh = "thành phố" if word == "Thành ủy" else "tỉnh"
    sig_tu = ("T/M BAN THƯỜNG VỤ", "BÍ THƯ" if R.random() < 0.5 else "PHÓ BÍ THƯ THƯỜNG TRỰC", R.choice(NAMES))

    # 1. Chương trình hành động thực hiện NQ18 (2018) — fulfils 18-NQ/TW obligation
    n1 = 20 + pi * 3
    dt1 = D(R.randint(5, 28), R.choice([1, 2, 3]), 2018)
    id1 = f"{n1}-CTr/TU"
    d = Doc(f"{pre}a_{slug}_ctr{n1}_2018", fmt(), nfd)
    prov_party_header(d, prov, word, id1, dt1, ["CHƯƠNG TRÌNH HÀNH ĐỘNG", f"của Ban Thường vụ {word} thực hiện Nghị quyết số 18-NQ/TW", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII"])
    form = pi % 7
    if form == 0:
        d.p("Thực hiện " + cite(NQ18, date_override=D(25, 10, 2018), term=True) + " (sau đây gọi tắt là Nghị quyết 18), Ban Thường vụ " + word + " xây dựng Chương trình hành động như sau:",
            plant=plant("metadata-conflict", ["18-NQ/TW"], what="wrong year 25/10/2018"))
    elif form == 1:
        d.p("Thực hiện " + cite(NQ18, issuer_override="Bộ Chính trị", term=False) + ", Ban Thường vụ " + word + " xây dựng Chương trình hành động như sau:",
            plant=plant("metadata-conflict", ["18-NQ/TW"], what="issuer Bộ Chính trị for a Central Committee resolution"))
    elif form == 2:
        d.p("Thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khoá XII, Ban Thường vụ " + word + " xây dựng Chương trình hành động như sau:",
            trap=trap("plenum-issuer-form", ["18-NQ/TW"], ["metadata-conflict"]))
    elif form == 3:
        d.p("Thực hiện Nghị quyết Trung ương 6 khóa XII (Nghị quyết số 18-NQ/TW, ngày 25 tháng 10 năm 2017), Ban Thường vụ " + word + " xây dựng Chương trình hành động như sau:",
            trap=trap("plenum-name-with-id", ["18-NQ/TW"], ["metadata-conflict", "dangling"]))
    else:
        d.p("Thực hiện " + cite(NQ18, subject=(pi % 2 == 0)) + ", " + cite(KH07) + ", Ban Thường vụ " + word + " xây dựng Chương trình hành động như sau:",
            trap=trap("plain-correct", ["18-NQ/TW", "07-KH/TW"], ["metadata-conflict"]))
    d.p("I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Quán triệt sâu sắc nội dung Nghị quyết, tạo sự thống nhất về nhận thức và hành động.")
    d.p("II. NHIỆM VỤ, GIẢI PHÁP")
    d.p(f"1. Rà soát, sắp xếp tổ chức bộ máy các cơ quan tham mưu, giúp việc của {word}.")
    if pi % 3 == 0:
        d.p("2. Thực hiện " + cite(HD26, term=False) + " của Ban Tổ chức Trung ương.")
    sign(d, *sig_tu)

    # 2. Kế hoạch thực hiện NQ26 khóa XII (cadres, 2018)
    n2 = n1 + 40
    dt2 = D(R.randint(1, 28), R.choice([7, 8, 9]), 2018)
    id2 = f"{n2}-KH/TU"
    d = Doc(f"{pre}b_{slug}_kh{n2}_2018", fmt(), nfd)
    prov_party_header(d, prov, word, id2, dt2, ["KẾ HOẠCH", "thực hiện Nghị quyết Trung ương 7 khóa XII về tập trung xây dựng đội ngũ cán bộ các cấp"])
    d.p("Thực hiện " + cite(NQ26a, term=True) + ", Ban Thường vụ " + word + " ban hành Kế hoạch thực hiện như sau:",
        trap=trap("same-number-other-term", ["26-NQ/TW"], ["metadata-conflict", "ambiguous-id"]))
    d.p("Gắn với việc thực hiện " + cite(QD96, term=False) + ".", trap=trap("cited-before-replacement", ["96-QĐ/TW"], ["superseded-citation"]))
    sign(d, *sig_tu)

    # 3. Kế hoạch thực hiện KL43 (2023) — fulfils 43-KL/TW obligation
    n3 = 100 + pi * 5
    dt3 = D(R.randint(1, 28), R.choice([2, 3, 4]), 2023)
    id3 = f"{n3}-KH/TU"
    d = Doc(f"{pre}c_{slug}_kh{n3}_2023", fmt(), nfd)
    prov_party_header(d, prov, word, id3, dt3, ["KẾ HOẠCH", "thực hiện Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác thông tin đối ngoại trong tình hình mới"])
    form = pi % 5
    if form == 0:
        d.p("Thực hiện " + cite(KL43, issuer_override="Bộ Chính trị") + "; " + cite(HD12) + ", Ban Thường vụ " + word + " ban hành Kế hoạch thực hiện như sau:",
            plant=plant("metadata-conflict", ["43-KL/TW"], what="issuer Bộ Chính trị for a Secretariat conclusion"))
    elif form == 1:
        d.p("Thực hiện " + cite(KL43, date_override=D(18, 12, 2022)) + ", Ban Thường vụ " + word + " ban hành Kế hoạch thực hiện như sau:",
            plant=plant("metadata-conflict", ["43-KL/TW"], what="wrong month 18/12/2022"))
    else:
        d.p("Thực hiện " + cite(KL43) + " và " + cite(HD12) + ", Ban Thường vụ " + word + " ban hành Kế hoạch thực hiện như sau:",
            trap=trap("plain-correct", ["43-KL/TW", "12-HD/BTGTW"], ["metadata-conflict"]))
    d.p("1. Tổ chức quán triệt Kết luận đến cán bộ, đảng viên.")
    d.p("2. Đẩy mạnh thông tin đối ngoại trên các phương tiện truyền thông của " + tinh + ".")
    if pi % 4 == 1:
        d.p("3. Thực hiện tốt " + cite(QD96) + " trong công tác thi đua, khen thưởng về thông tin đối ngoại.",
            plant=plant("superseded-citation", ["96-QĐ/TW"], what="cites 96-QĐ/TW in 2023, replaced by 58-QĐ/TW on 14/3/2022"))
    elif pi % 4 == 2:
        d.p("3. Thực hiện tốt " + cite(QD58) + " trong công tác thi đua, khen thưởng.", trap=trap("cites-replacement", ["58-QĐ/TW"], ["superseded-citation"]))
    sign(d, *sig_tu)

    # 4. Báo cáo sơ kết 5 năm NQ18 (2022)
    n4 = 300 + pi * 7
    dt4 = D(R.randint(1, 28), R.choice([6, 7, 8]), 2022)
    id4 = f"{n4}-BC/TU"
    d = Doc(f"{pre}d_{slug}_bc{n4}_2022", fmt(), nfd)
    prov_party_header(d, prov, word, id4, dt4, ["BÁO CÁO", "sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017", "của Ban Chấp hành Trung ương Đảng khóa XII"])
    d.p("Thực hiện Hướng dẫn của Ban Tổ chức Trung ương về sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ " + word + " báo cáo như sau:")
    d.p("I. KẾT QUẢ THỰC HIỆN")
    d.p(f"Ban Thường vụ {word} đã ban hành Chương trình hành động số {id1}, {dform(dt1)} thực hiện Nghị quyết.",
        trap=trap("own-local-document", [id1], ["dangling", "metadata-conflict"]))
    if pi % 5 == 3:
        d.p("Các văn bản đã ban hành gồm 04 văn bản sau:", plant=plant("count-mismatch", [], what="04 announced, 3 listed"))
        d.p(f"- Chương trình hành động số {id1};")
        d.p(f"- Kế hoạch số {id2};")
        d.p("- Quyết định kiện toàn Ban Chỉ đạo sắp xếp tổ chức bộ máy.")
    elif pi % 5 == 4:
        d.p("Các văn bản đã ban hành gồm 02 văn bản sau:", trap=trap("count-correct", [], ["count-mismatch"]))
        d.p(f"- Chương trình hành động số {id1};")
        d.p(f"- Kế hoạch số {id2}.")
    d.p("II. HẠN CHẾ, NGUYÊN NHÂN")
    d.p("Việc sắp xếp một số đơn vị sự nghiệp còn chậm.")
    sign(d, *sig_tu)

    # 5. UBND quyết định ban hành quy chế quản lý hồ sơ (2019) and 6. its amendment (some), 7. UBND plan with task table (2021)
    yq = 2019
    nq = 10 + pi
    idq = f"{nq}/{yq}/QĐ-UBND"
    dtq = D(R.randint(1, 28), R.choice([3, 4, 5]), yq)
    d = Doc(f"{pre}e_{slug}_qd{nq}_{yq}", fmt(), nfd)
    prov_state_header(d, prov, idq, dtq, ["QUYẾT ĐỊNH", f"Ban hành Quy chế quản lý hồ sơ cán bộ, công chức, viên chức trên địa bàn {tinh} {prov}"])
    d.p(f"ỦY BAN NHÂN DÂN {tinh.upper()} {prov.upper()}")
    d.p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    d.p("Căn cứ " + cite(ND43, issuer=True) + " quy định về quản lý hồ sơ cán bộ, công chức, viên chức;",
        trap=trap("cited-before-replacement", ["43/2016/NĐ-CP"], ["superseded-citation"]))
    if pi % 4 == 0:
        d.p("Căn cứ " + cite(TTLT15, issuer=True) + ";", trap=trap("cited-before-replacement", ["15/2014/TTLT-BNV-BTC"], ["superseded-citation"]))
    else:
        d.p("Căn cứ " + cite(TT11, issuer=True) + ";", trap=trap("cited-before-replacement", ["11/2016/TT-BNV"], ["superseded-citation"]))
    d.p("Theo đề nghị của Giám đốc Sở Nội vụ.")
    d.p("QUYẾT ĐỊNH:")
    d.p("Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý hồ sơ cán bộ, công chức, viên chức.")
    sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", R.choice(NAMES))

    amended = pi % 3 != 0
    idam = f"{nq + 20}/2022/QĐ-UBND"
    if amended:
        dtam = D(R.randint(1, 28), R.choice([5, 6, 7]), 2022)
        d = Doc(f"{pre}f_{slug}_qd{nq + 20}_2022", fmt(), nfd)
        prov_state_header(d, prov, idam, dtam, ["QUYẾT ĐỊNH", f"Sửa đổi, bổ sung một số điều của Quy chế quản lý hồ sơ cán bộ, công chức, viên chức ban hành kèm theo Quyết định số {idq}"])
        d.p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
        d.p("Căn cứ " + cite(ND43, issuer=True) + " đã được sửa đổi, bổ sung theo Nghị định số 88/2018/NĐ-CP và Nghị định số 117/2020/NĐ-CP;")
        d.p("QUYẾT ĐỊNH:")
        d.p(f"Điều 1. Sửa đổi, bổ sung một số điều của Quy chế quản lý hồ sơ cán bộ, công chức, viên chức ban hành kèm theo Quyết định số {idq} {dlong(dtq)} của Ủy ban nhân dân {tinh}.")
        sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", R.choice(NAMES))

    nk = 150 + pi * 11
    idk = f"{nk}/KH-UBND"
    dtk = D(R.randint(1, 28), R.choice([9, 10, 11]), 2021)
    d = Doc(f"{pre}g_{slug}_kh{nk}_2021", fmt(), nfd)
    prov_state_header(d, prov, idk, dtk, ["KẾ HOẠCH", f"Triển khai Quyết định số 1265/QĐ-TTg của Thủ tướng Chính phủ trên địa bàn {tinh}"])
    form = pi % 6
    if form == 0:
        d.p("Thực hiện " + cite(QD1265, issuer_override="Chính phủ") + ", Ủy ban nhân dân " + tinh + " ban hành Kế hoạch như sau:",
            plant=plant("metadata-conflict", ["1265/QĐ-TTg"], what="Prime Minister's decision cited as Chính phủ's"))
    elif form == 1:
        d.p("Thực hiện " + cite(QD1265, date_override=D(19, 8, 2020)) + ", Ủy ban nhân dân " + tinh + " ban hành Kế hoạch như sau:",
            plant=plant("metadata-conflict", ["1265/QĐ-TTg"], alt_rules=["dangling"], what="wrong year 2020 on a yearless state number (restart each year: could also be read as another document)"))
    else:
        d.p("Thực hiện " + cite(QD1265) + ", Ủy ban nhân dân " + tinh + " ban hành Kế hoạch như sau:",
            trap=trap("plain-correct", ["1265/QĐ-TTg"], ["metadata-conflict"]))
    d.p("II. NHIỆM VỤ CỤ THỂ")
    due_am = R.choice(["Quý III/2022", "tháng 6/2022", "Quý II/2022"])
    rows = [("Sửa đổi, bổ sung Quyết định số " + idq + " ban hành Quy chế quản lý hồ sơ cán bộ, công chức, viên chức", "Sở Nội vụ", "Sở Tư pháp", due_am,
             None if amended else plant("overdue-plan", [idq], what=f"planned amendment, due {due_am}, never amended"),
             trap("plan-fulfilled", [idq], ["overdue-plan"], by=idam) if amended else None),
            ("Cập nhật, bổ sung hồ sơ cán bộ, công chức theo quy định tại Nghị định số 43/2016/NĐ-CP", "Sở Nội vụ", "Các sở, ban, ngành", "Quý I/2023", None,
             trap("task-not-a-revision", ["43/2016/NĐ-CP"], ["overdue-plan", "superseded-citation"])),
            ("Kiểm tra việc quản lý hồ sơ tại các cơ quan, đơn vị", "Sở Nội vụ", "", "Hằng năm", None, trap("recurring", [], ["overdue-plan"])),
            ("Báo cáo kết quả thực hiện Kế hoạch", "Sở Nội vụ", "Văn phòng UBND " + tinh, "trước ngày 15/12 hằng năm", None, trap("recurring", [], ["overdue-plan"]))]
    if d.fmt == "md":
        d.p("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |")
        d.p("|---|---|---|---|---|")
        for i, (t, lead, part, due, pl, tr) in enumerate(rows, 1):
            d.p(f"| {i} | {t} | {lead} | {part} | {due} |", plant=pl, trap=tr)
    elif d.fmt == "html":
        task_table_html(d, [([str(i), t, lead, part, due], pl, tr) for i, (t, lead, part, due, pl, tr) in enumerate(rows, 1)],
                        header=("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"))
    else:
        for i, (t, lead, part, due, pl, tr) in enumerate(rows, 1):
            d.p(f"{i}. {t}.")
            d.p(f"- Cơ quan chủ trì: {lead}; cơ quan phối hợp: {part or 'các cơ quan liên quan'}.")
            d.p(f"- Thời gian hoàn thành: {due}.", plant=pl, trap=tr)
    sign(d, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" if R.random() < 0.5 else "CHỦ TỊCH", R.choice(NAMES))

    # 8. UBND decision in 2024 citing state documents (some superseded)
    n8 = 30 + pi
    id8 = f"{n8}/2024/QĐ-UBND"
    dt8 = D(R.randint(1, 28), R.choice([3, 4, 5, 6]), 2024)
    d = Doc(f"{pre}h_{slug}_qd{n8}_2024", fmt(), nfd)
    prov_state_header(d, prov, id8, dt8, ["QUYẾT ĐỊNH", f"Ban hành Quy định về số hóa hồ sơ cán bộ, công chức, viên chức {tinh} {prov}"])
    d.p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    form = pi % 5
    if form == 0:
        d.p("Căn cứ " + cite(ND43, issuer=True) + " quy định về quản lý hồ sơ cán bộ, công chức, viên chức;",
            plant=plant("superseded-citation", ["43/2016/NĐ-CP"], what="2024 basis on a decree replaced 01/9/2023 (signed 17/7/2023)"))
    elif form == 1:
        d.p("Căn cứ " + cite(TT11, issuer=True) + ";", plant=plant("superseded-citation", ["11/2016/TT-BNV"], what="circular ended by 06/2023/TT-BNV (hết hiệu lực kể từ ngày)"))
    elif form == 2:
        d.p("Căn cứ " + cite(TTLT15, issuer=True) + ";", plant=plant("superseded-citation", ["15/2014/TTLT-BNV-BTC"], what="joint circular replaced by 31/2022/TT-BTC"))
    else:
        d.p("Căn cứ " + cite(ND52, issuer=True) + ";", trap=trap("cites-replacement", ["52/2023/NĐ-CP"], ["superseded-citation"]))
        d.p("Căn cứ " + cite(TT06, issuer=True) + ";", trap=trap("cites-replacement", ["06/2023/TT-BNV"], ["superseded-citation"]))
    d.p("Căn cứ " + cite(ND19, issuer=True) + ";")
    if form == 4:
        d.p("Căn cứ " + cite(ND52, issuer_override="Thủ tướng Chính phủ") + ";",
            plant=plant("metadata-conflict", ["52/2023/NĐ-CP"], what="decree cited as the Prime Minister's"))
    ttr = f"{R.randint(100, 900)}/TTr-SNV"
    Ref(ttr, "Tờ trình", dt8, "Sở Nội vụ", "", in_corpus=False)
    d.p("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số " + ttr + ".")
    d.p("QUYẾT ĐỊNH:")
    d.p("Điều 1. Ban hành kèm theo Quyết định này Quy định về số hóa hồ sơ cán bộ, công chức, viên chức.")
    sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", R.choice(NAMES))

    # 9. UBND decision after 2025 laws (law by name and date)
    if prov not in ("Kiên Giang", "Hà Nam", "Bình Định", "Quảng Trị", "Bắc Ninh", "Nam Định"):  # merged provinces stop in mid-2025
        n9 = 60 + pi
        id9 = f"{n9}/2025/QĐ-UBND"
        dt9 = D(R.randint(1, 28), R.choice([9, 10, 11]), 2025)
        d = Doc(f"{pre}i_{slug}_qd{n9}_2025", fmt(), nfd)
        prov_state_header(d, prov, id9, dt9, ["QUYẾT ĐỊNH", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ"])
        d.p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
        Ref("72/2025/QH15", "Luật", D(16, 6, 2025), "Quốc hội", "", law_name="Luật Tổ chức chính quyền địa phương", in_corpus=False)
        form = pi % 4
        if form == 0:
            d.p("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;",
                plant=plant("superseded-citation", ["80/2015/QH13"], what="law by name and 2015 date, ended 01/4/2025 by 64/2025/QH15"))
        elif form == 1:
            d.p("Căn cứ Luật Cán bộ, công chức số 22/2008/QH12;", plant=plant("superseded-citation", ["22/2008/QH12"], what="law by number, ended 01/7/2025 by 80/2025/QH15"))
        elif form == 2:
            d.p("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
                trap=trap("law-by-name-new-version", ["64/2025/QH15"], ["superseded-citation", "metadata-conflict"]))
            d.p("Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;",
                trap=trap("law-by-name-new-version", ["80/2025/QH15"], ["superseded-citation", "metadata-conflict"]))
        else:
            d.p("Căn cứ " + cite(ND34, issuer=True) + ";", plant=plant("superseded-citation", ["34/2016/NĐ-CP"], what="decree ended 01/4/2025 by 78/2025/NĐ-CP"))
        d.p("Căn cứ " + cite(ND78, issuer=True) + ";")
        d.p("QUYẾT ĐỊNH:")
        d.p("Điều 1. Vị trí và chức năng của Sở Nội vụ.")
        sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", R.choice(NAMES))

    # 10. north-central provinces: programme implementing 26-NQ/TW of 2022, with the other 26-NQ/TW mentioned
    if prov in NORTH_CENTRAL:
        n10 = 200 + pi
        id10 = f"{n10}-CTr/TU"
        dt10 = D(R.randint(1, 28), R.choice([1, 2, 3]), 2023)
        d = Doc(f"{pre}j_{slug}_ctr{n10}_2023", fmt(), nfd)
        prov_party_header(d, prov, word, id10, dt10, ["CHƯƠNG TRÌNH HÀNH ĐỘNG", "thực hiện Nghị quyết số 26-NQ/TW, ngày 03/11/2022 của Bộ Chính trị"])
        d.p("Thực hiện " + cite(NQ26b, term=(pi % 2 == 0), subject=True) + ", Ban Chấp hành Đảng bộ " + tinh + " ban hành Chương trình hành động như sau:",
            trap=trap("same-number-other-term", ["26-NQ/TW"], ["metadata-conflict", "ambiguous-id"]))
        d.p("Gắn với việc tiếp tục thực hiện Nghị quyết số 26-NQ/TW, ngày 19/5/2018 của Hội nghị Trung ương 7 khóa XII về xây dựng đội ngũ cán bộ.",
            trap=trap("same-number-other-term", ["26-NQ/TW"], ["metadata-conflict", "ambiguous-id"]))
        if pi % 2 == 1:
            d.p("Tiếp tục quán triệt Nghị quyết 26-NQ/TW trong toàn Đảng bộ.",
                plant=plant("ambiguous-id", ["26-NQ/TW"], what="bare number that exists in terms XII and XIII"))
        sign(d, *sig_tu)

    # 11. Ban Tổ chức Tỉnh ủy guidance on 58-QĐ/TW (2022-2023)
    if pi % 2 == 0:
        n11 = 10 + pi
        id11 = f"{n11}-HD/BTCTU"
        dt11 = D(R.randint(1, 28), R.choice([6, 8, 10]), 2022)
        d = Doc(f"{pre}k_{slug}_hd{n11}_2022", fmt(), nfd)
        prov_party_header(d, prov, word, id11, dt11, ["HƯỚNG DẪN", "thực hiện Quy định số 58-QĐ/TW, ngày 14/3/2022 của Bộ Chính trị", "về công tác thi đua, khen thưởng trong hệ thống chính trị"])
        form = pi % 8
        if form == 0:
            d.p("Thực hiện " + cite(QD58, word_override="Quyết định") + "; Ban Tổ chức Tỉnh ủy hướng dẫn như sau:",
                plant=plant("metadata-conflict", ["58-QĐ/TW"], what="Quy định cited as Quyết định"))
        elif form == 2:
            d.p("Thực hiện " + cite(QD58, term=True, term_override="XII") + "; Ban Tổ chức Tỉnh ủy hướng dẫn như sau:",
                plant=plant("metadata-conflict", ["58-QĐ/TW"], what="wrong term XII for a 2022 regulation (date says XIII)"))
        elif form == 4:
            d.p("Căn cứ Quy định số 58-QĐ/TW, ngày 14/3/2022 của Bộ Chính trị (thay thế Quy định số 96-QĐ/TW, ngày 12/6/2017), Ban Tổ chức Tỉnh ủy hướng dẫn như sau:",
                trap=trap("narrated-replacement", ["96-QĐ/TW", "58-QĐ/TW"], ["inverse-inconsistency", "superseded-citation"]))
        else:
            d.p("Thực hiện " + cite(QD58) + "; Ban Tổ chức Tỉnh ủy hướng dẫn như sau:", trap=trap("plain-correct", ["58-QĐ/TW"], ["metadata-conflict"]))
        d.p("1. Đối tượng áp dụng.")
        d.p("2. Thủ tục, hồ sơ đề nghị khen thưởng theo " + cite(HD36, term=False) + ".")
        if pi == 6:
            d.p("3. Mẫu văn bản thực hiện theo Hướng dẫn số 11-HD/VPTW, ngày 28/5/2004 của Văn phòng Trung ương Đảng.",
                plant=plant("superseded-citation", ["11-HD/VPTW"], what="guidance replaced in 2018 by 36-HD/VPTW (replacement known only from the replacing text)"))
        sign(d, "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", R.choice(NAMES))

    # 12. provincial typo cycle (two provinces)
    if pi in (4, 9):
        a = f"{400 + pi}-KH/TU"; b = f"{410 + pi}-KH/TU"
        dt = D(10, 5, 2024)
        d1 = Doc(f"{pre}l_{slug}_kh{400 + pi}_2024", "txt")
        prov_party_header(d1, prov, word, a, dt, ["KẾ HOẠCH", "thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư về công tác văn thư, lưu trữ"])
        d1.p("Căn cứ Kế hoạch số " + b + ", ngày 10/5/2024 của Ban Thường vụ " + word + " về chuyển đổi số trong các cơ quan đảng;",
             plant=plant("cycle", [a, b], others=[f"{pre}m_{slug}_kh{410 + pi}_2024.txt"]))
        d1.p("Thực hiện " + cite(CT18, issuer_override="Bộ Chính trị" if pi == 4 else None) + ", Ban Thường vụ " + word + " ban hành Kế hoạch như sau:",
             plant=plant("metadata-conflict", ["18-CT/TW"], what="Secretariat directive cited as Politburo's") if pi == 4 else None)
        d1.p("1. Kiện toàn bộ phận văn thư, lưu trữ.")
        sign(d1, *sig_tu)
        d2 = Doc(f"{pre}m_{slug}_kh{410 + pi}_2024", "txt")
        prov_party_header(d2, prov, word, b, dt, ["KẾ HOẠCH", "về chuyển đổi số trong các cơ quan đảng"])
        d2.p("Thực hiện Kế hoạch số " + a + ", ngày 10/5/2024 của Ban Thường vụ " + word + " thực hiện Chỉ thị số 18-CT/TW, Ban Thường vụ " + word + " ban hành Kế hoạch như sau:")
        d2.p("1. Số hóa tài liệu lưu trữ của các cơ quan đảng.")
        sign(d2, *sig_tu)


def write_footnoted():
    # A Markdown export of a Ban Tổ chức Trung ương report with footnotes, one of them stale
    d = Doc("c017_btctw_bc_2024", "md")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC", "*"], "512-BC/BTCTW", "Hà Nội", D(16, 9, 2024),
                 ["BÁO CÁO", "kết quả thực hiện công tác quản lý hồ sơ cán bộ năm 2024"])
    d.p("Thực hiện chỉ đạo của Ban Bí thư[^1], Ban Tổ chức Trung ương báo cáo như sau:")
    d.p("1. Việc quản lý hồ sơ được thực hiện theo quy định của Đảng và Nhà nước[^2].")
    d.p("2. Công tác thi đua, khen thưởng thực hiện theo Quy định của Bộ Chính trị[^3].")
    d.p("")
    d.p("[^1]: " + cite(CT18) + ".")
    d.p("[^2]: " + cite(ND43, issuer=True) + "; " + cite(ND52, issuer=True) + ".",
        plant=plant("superseded-citation", ["43/2016/NĐ-CP"], what="footnote of a 2024 report cites the replaced decree"))
    d.p("[^3]: " + cite(QD58) + ".", trap=trap("cites-replacement", ["58-QĐ/TW"], ["superseded-citation"]))
    sign(d, "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Hoàng Đăng Quang")

    d = Doc("c018_vptw_bc_2025", "html")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"], "88-BC/VPTW", "Hà Nội", D(12, 3, 2025),
                 ["BÁO CÁO", "tổng kết 5 năm thực hiện Quy định số 58-QĐ/TW và việc tổng kết Quy định số 96-QĐ/TW"])
    d.p("Thực hiện chỉ đạo của Ban Bí thư, Văn phòng Trung ương Đảng tổng kết việc thực hiện Quy định số 96-QĐ/TW<sup>1</sup> giai đoạn 2017 - 2022 như sau:",
        trap=trap("review-of-replaced-document", ["96-QĐ/TW"], ["superseded-citation"]))
    d.p("1. Kết quả thực hiện " + cite(QD58) + ".")
    d.p("<hr>")
    d.p("<p><sup>1</sup> Quy định số 96-QĐ/TW, ngày 12/6/2017 của Bộ Chính trị khóa XII, đã được thay thế bởi Quy định số 58-QĐ/TW, ngày 14/3/2022.</p>",
        trap=trap("narrated-replacement", ["96-QĐ/TW"], ["superseded-citation", "inverse-inconsistency"]))
    sign(d, "K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Phạm Gia Túc")

    # OCR-noisy copy of a Politburo regulation's citation
    d = Doc("c019_ubkttw_hd_2023", "txt")
    party_header(d, ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA"], "09-HD/UBKTTW", "Hà Nội", D(5, 5, 2023),
                 ["HƯỚNG DẪN", "thực hiện một số điều của Quy định số 69-QĐ/TW của Bộ Chính trị"], style="layout")
    d.p("Căn  cứ  Quy  định  số  69 - QĐ/TW,  ngày  06/7/2022  của  Bộ  Chính  trị  về  kỷ  luật  tổ  chức  đảng,  đảng  viên  vi  phạm;",
        plant=plant("dangling", ["69-QĐ/TW"], what="OCR-spaced citation of a document outside the corpus"))
    d.p("Ủy  ban  Kiểm  tra  Trung  ương  hướng  dẫn  như  sau:")
    d.p("1. Nguyên tắc xử lý kỷ luật.")
    sign(d, "T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "Trần Cẩm Tú")


def main():
    write_nq18(); write_nq19(); write_nq26a(); write_nq26b(); write_kh07(); write_qd96_chain(); write_central_misc()
    write_state(); write_programmes(); write_footnoted()
    for i, (p, w, pl) in enumerate(PROV):
        write_province(i, p, w, pl)
    os.makedirs(A.out, exist_ok=True)
    for f in os.listdir(A.out): os.remove(os.path.join(A.out, f))
    for d in DOCS:
        text = "\n".join(d.lines) + "\n"
        if d.nfd: text = unicodedata.normalize("NFD", text)
        with open(os.path.join(A.out, d.name), "w", encoding="utf-8") as f: f.write(text)
    # dangling: every numbered external id, first citing file
    seen = {}
    for d in DOCS:
        body = unicodedata.normalize("NFC", "\n".join(d.lines))
        for ext in KEY["external"]:
            if ext in body and ext not in seen:
                seen[ext] = (d.name, next(i for i, l in enumerate(d.lines, 1) if ext in unicodedata.normalize("NFC", l)))
    already = {p["ids"][0] for p in KEY["planted"] if p["rule"] == "dangling"}
    for ext, (fn, ln) in seen.items():
        if ext not in already:
            KEY["planted"].append({"rule": "dangling", "ids": [ext], "what": "cited, not in corpus", "file": fn, "line": ln})
    KEY["docs"] = [d.name for d in DOCS]
    KEY["corpus_ids"] = sorted({r.id for rs in REG.values() for r in rs if r.in_corpus})
    json.dump(KEY, open(A.key, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(DOCS), "documents,", len(KEY["planted"]), "planted,", len(KEY["traps"]), "traps")


main()
