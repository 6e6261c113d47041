#!/usr/bin/env python3
"""Deterministic generator of a red-team corpus for docgraph (session 8, helper redteam8).

Conventions are this script's own: provincial, district and commune Party committees and
People's Committees of seven real provinces, 2016-2024, in several header layouts
(multi-line, Markdown table, converted tab table, one-line crawl, OCR spacing), NFD files,
hard-wrapped PDF text, compact lists, abbreviations as list items, task tables in three
formats.  Planted defects and traps are written to key.json.
"""
import json, os, random, re, shutil, sys, unicodedata
from datetime import date, timedelta

import argparse
_ap = argparse.ArgumentParser()
_ap.add_argument("--seed", type=int, default=8086)
_ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)), help="folder for corpus/ and key.json")
_args = _ap.parse_args()
ROOT = _args.out
OUT = os.path.join(ROOT, "corpus")
R = random.Random(_args.seed)

# ---------------------------------------------------------------- places
PROVS = [
    dict(name="An Giang", terms=("X", "XI"), dists=[("Chợ Mới", ("XI", "XII"), "Mỹ Hội Đông"), ("Phú Tân", ("XI", "XII"), "Phú Thạnh")]),
    dict(name="Bắc Kạn", terms=("XI", "XII"), dists=[("Chợ Mới", ("XXI", "XXII"), "Yên Đĩnh"), ("Ba Bể", ("XX", "XXI"), "Hà Hiệu")]),
    dict(name="Cà Mau", terms=("XV", "XVI"), dists=[("Phú Tân", ("IX", "X"), "Phú Mỹ"), ("Năm Căn", ("IX", "X"), "Hàm Rồng")]),
    dict(name="Hà Tĩnh", terms=("XVIII", "XIX"), dists=[("Cẩm Xuyên", ("XXV", "XXVI"), "Cẩm Thành"), ("Kỳ Anh", ("XXVIII", "XXIX"), "Kỳ Tiến")]),
    dict(name="Quảng Ngãi", terms=("XIX", "XX"), dists=[("Bình Sơn", ("XXVII", "XXVIII"), "Bình Long"), ("Sơn Tịnh", ("XXV", "XXVI"), "Tịnh Hà")]),
    dict(name="Đắk Lắk", terms=("XVI", "XVII"), dists=[("Krông Búk", ("XII", "XIII"), "Pơng Drang"), ("Cư M'gar", ("XI", "XII"), "Ea Kiết")]),
    dict(name="Sóc Trăng", terms=("XIII", "XIV"), dists=[("Kế Sách", ("XI", "XII"), "An Lạc Tây"), ("Mỹ Tú", ("X", "XI"), "Mỹ Hương")]),
]
NAMES = ["Nguyễn Văn Thành", "Trần Thị Hồng Nhung", "Lê Quốc Khánh", "Phạm Minh Tuấn", "Võ Thị Lan",
         "Huỳnh Văn Sơn", "Đặng Thanh Bình", "Bùi Đức Thắng", "Hoàng Thị Mai", "Đỗ Văn Hùng", "Ngô Minh Châu"]

# central documents that the corpus cites but does not hold (expected dangling notes)
EXT = {
    "05-CT/TW": ("Chỉ thị", date(2016, 5, 15), "Bộ Chính trị", "XII", "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    "18-NQ/TW": ("Nghị quyết", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng", "XII", "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"),
    "19-NQ/TW": ("Nghị quyết", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng", "XII", "tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập"),
    "21-NQ/TW#2017": ("Nghị quyết", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng", "XII", "công tác dân số trong tình hình mới"),
    "21-NQ/TW#2022": ("Nghị quyết", date(2022, 6, 16), "Ban Chấp hành Trung ương Đảng", "XIII", "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới"),
    "35-CT/TW": ("Chỉ thị", date(2024, 6, 14), "Bộ Chính trị", "XIII", "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
    "20/2008/NĐ-CP": ("Nghị định", date(2008, 2, 14), "Chính phủ", None, "tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính"),
    "1600/QĐ-TTg": ("Quyết định", date(2016, 8, 16), "Thủ tướng Chính phủ", None, "phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020"),
}

def roman_upper(s):
    return s

def d_fmt(d, style):
    if style == 0: return f"ngày {d.day}/{d.month}/{d.year}"
    if style == 1: return f"ngày {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 2: return f"ngày {d.day} tháng {d.month} năm {d.year}"
    if style == 3: return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    return f"ngày {d.day:02d}-{d.month:02d}-{d.year}"

def khoa(t):
    return R.choice(["khóa", "khoá"]) + " " + t

# ---------------------------------------------------------------- bodies
class Body:
    def __init__(self, kind, prov, dist=None, commune=None):
        self.kind, self.prov, self.dist, self.commune = kind, prov, dist, commune
        P, PU = prov["name"], prov["name"].upper()
        D = dist[0] if dist else None
        C = commune
        u = R.choice(["ỦY", "UỶ"])
        if kind == "TU":
            self.code, self.header = "TU", [f"TỈNH {u} {PU}"]
            self.names = ["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", f"Tỉnh ủy {P}", f"Ban Thường vụ Tỉnh uỷ {P}", f"Ban Chấp hành Đảng bộ tỉnh {P}"]
            self.speaker, self.place, self.sign = "Ban Thường vụ Tỉnh ủy", P, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"]
            self.terms, self.congress = prov["terms"], (date(2015, 10, 20), date(2020, 10, 15))
        elif kind == "BTCTU":
            self.code, self.header = "BTCTU", [f"TỈNH {u} {PU}", "BAN TỔ CHỨC"]
            self.names = [f"Ban Tổ chức Tỉnh ủy {P}", "Ban Tổ chức Tỉnh ủy"]
            self.speaker, self.place, self.sign = "Ban Tổ chức Tỉnh ủy", P, ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]
            self.terms, self.congress = prov["terms"], (date(2015, 10, 20), date(2020, 10, 15))
        elif kind == "UBT":
            self.code, self.header = "UBND", [f"{u} BAN NHÂN DÂN", f"TỈNH {PU}"]
            self.names = ["Ủy ban nhân dân tỉnh", f"UBND tỉnh {P}", "UBND tỉnh", f"Ủy ban nhân dân tỉnh {P}"]
            self.speaker, self.place, self.sign = "Ủy ban nhân dân tỉnh", P, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
            self.terms, self.congress = None, None
        elif kind == "HU":
            self.code, self.header = "HU", [f"ĐẢNG BỘ TỈNH {PU}", f"HUYỆN {u} {D.upper()}"]
            self.names = [f"Huyện ủy {D}", f"Ban Thường vụ Huyện ủy {D}", "Ban Thường vụ Huyện ủy", f"Ban Chấp hành Đảng bộ huyện {D}"]
            self.speaker, self.place, self.sign = "Ban Thường vụ Huyện ủy", D, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]
            self.terms, self.congress = dist[1], (date(2015, 7, 10), date(2020, 7, 10))
        elif kind == "UBH":
            self.code, self.header = "UBND", [f"{u} BAN NHÂN DÂN", f"HUYỆN {D.upper()}"]
            self.names = [f"UBND huyện {D}", f"Ủy ban nhân dân huyện {D}", "UBND huyện"]
            self.speaker, self.place, self.sign = "Ủy ban nhân dân huyện", D, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
            self.terms, self.congress = None, None
        elif kind == "DUX":
            self.code, self.header = "ĐU", [f"ĐẢNG BỘ HUYỆN {D.upper()}", f"ĐẢNG {u} XÃ {C.upper()}"]
            self.names = [f"Đảng ủy xã {C}", f"Ban Thường vụ Đảng ủy xã {C}", "Đảng ủy xã"]
            self.speaker, self.place, self.sign = "Ban Thường vụ Đảng ủy", C, ["T/M ĐẢNG ỦY", "BÍ THƯ"]
            self.terms, self.congress = ("XV", "XVI"), (date(2015, 5, 5), date(2020, 5, 5))
        elif kind == "UBX":
            self.code, self.header = "UBND", ([f"{u} BAN NHÂN DÂN", f"XÃ {C.upper()}"] if R.random() < 0.5 else [f"UBND HUYỆN {D.upper()}", f"{u} BAN NHÂN DÂN XÃ {C.upper()}"])
            self.names = [f"UBND xã {C}", f"Ủy ban nhân dân xã {C}"]
            self.speaker, self.place, self.sign = "Ủy ban nhân dân xã", C, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
            self.terms, self.congress = None, None
        self.party = kind in ("TU", "BTCTU", "HU", "DUX")
        self.key = (kind, P, D, C)

    def term(self, d):
        if not self.party: return None
        return self.terms[1] if d >= self.congress[1] else self.terms[0]

    def period(self, d):
        if self.party: return "T2" if d >= self.congress[1] else "T1"
        return str(d.year)

# ---------------------------------------------------------------- documents
TYPES = {"NQ": "Nghị quyết", "KH": "Kế hoạch", "CTr": "Chương trình", "QĐ": "Quyết định", "HD": "Hướng dẫn",
         "BC": "Báo cáo", "CT": "Chỉ thị", "CV": "Công văn", "QC": "Quy chế"}
USED = {}      # (body.key, code, period) -> set of numbers
DOCS = []

class Doc:
    def __init__(self, body, tcode, d, subject, num=None, yearform=False):
        self.body, self.tcode, self.date, self.subject = body, tcode, d, subject
        self.tword = TYPES[tcode]
        k = (body.key, tcode if body.party else ("QĐ" if tcode == "QĐ" else "X"), body.period(d))
        used = USED.setdefault(k, set())
        if num is None:
            num = (max(used) if used else R.randint(3, 40)) + R.randint(1, 30)
            if not body.party: num = num * 7 + R.randint(0, 6) if num < 100 else num
        if num in used: raise SystemExit(f"number clash {k} {num}")
        used.add(num)
        self.num = num
        if body.party:
            self.id = f"{num:02d}-{tcode}/{body.code}"
        elif yearform:
            self.id = f"{num}/{d.year}/{tcode}-UBND"
        else:
            self.id = f"{num}/{tcode}-UBND"
        self.term = body.term(d)
        self.cites = []          # (target, relation, opts)
        self.tasks = []          # dicts
        self.extra = []          # raw paragraphs in section II
        self.revises = None      # (verb, target, text) enacted in the body
        self.style = {}
        self.file = None
        DOCS.append(self)

    def cite(self, target, rel="implements", **opts):
        self.cites.append((target, rel, opts))
        return self

def names_for(tb, cb):
    """Bare names (`Huyện ủy`, `UBND tỉnh`) only where the cited body is the citing body or one
    above it; otherwise a name that carries the place."""
    if cb is None or (tb.prov is cb.prov and (tb.dist is None or tb.dist == cb.dist) and (tb.commune is None or tb.commune == cb.commune)):
        return tb.names
    place = tb.commune or (tb.dist[0] if tb.dist else tb.prov["name"])
    full = [n for n in tb.names if place in n]
    return full or tb.names

def cite_text(t, citing, opts):
    """A citation of t (a Doc, or an external id) as written in citing."""
    ds = opts.get("dstyle", R.randint(0, 4))
    if isinstance(t, str):
        key = t
        word, d, issuer, term, subj = EXT[key]
        ident = opts.get("ident", key.split("#")[0])
        if opts.get("wrong"): d = opts["wrong"]
        so = opts.get("so", " số")
        s = f"{word}{so} {ident} {d_fmt(d, ds)} của {issuer}"
        if term: s += f" {khoa(term)}"
        if opts.get("subject", True): s += f" về {subj}"
        return s
    word = opts.get("word", t.tword)
    ident = opts.get("ident", t.id)
    d = opts.get("wrong", t.date)
    so = "" if opts.get("noso") else " số"
    name = opts.get("name") or R.choice(names_for(t.body, citing.body if citing else None))
    s = f"{word}{so} {ident} {d_fmt(d, ds)} của {name}"
    if t.body.party and opts.get("term", R.random() < 0.3):
        s += f" ({khoa(t.term)})" if R.random() < 0.5 else f" {khoa(t.term)}"
    if opts.get("subject", R.random() < 0.6):
        s += f" về {t.subject}"
    return s

REL = {"implements": ["Thực hiện", "Triển khai thực hiện", "Để cụ thể hóa"], "basedOn": ["Căn cứ"],
       "continues": ["Tiếp tục thực hiện"]}

FILL = ["Nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong tổ chức thực hiện.",
        "Việc triển khai phải nghiêm túc, thiết thực, hiệu quả, gắn với thực hiện nhiệm vụ chính trị của địa phương, đơn vị.",
        "Phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu cấp ủy, chính quyền các cấp.",
        "Tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện, biểu dương các điển hình tiên tiến.",
        "Đổi mới nội dung, phương thức lãnh đạo của cấp ủy; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng.",
        "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan, đơn vị.",
        "Rà soát, kiện toàn tổ chức bộ máy, sắp xếp đội ngũ cán bộ, công chức phù hợp với vị trí việc làm.",
        "Thực hiện tốt công tác dân vận, giải quyết kịp thời kiến nghị chính đáng của Nhân dân ngay từ cơ sở."]

def lower_first(s):
    return s[0].lower() + s[1:]

def fill(n):
    return " ".join(R.sample(FILL, n))

# ---------------------------------------------------------------- headers
def header(doc, style):
    b = doc.body
    sep = "*" if b.party else "-------"
    so = "Số" if b.party else "Số:"
    numline = f"{so} {doc.id}"
    if style == "ocr":
        numline = f"Số{':' if not b.party else ''}  {doc.num} - {doc.id.split('-',1)[1]}" if b.party else f"Số:  {doc.num} /{doc.id.split('/',1)[1]}"
    if b.party and style == "colon":
        numline = f"Số: {doc.id}"
    motto = ["ĐẢNG CỘNG SẢN VIỆT NAM"] if b.party else ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    dl = f"{b.place}, ngày {doc.date.day:02d} tháng {doc.date.month:02d} năm {doc.date.year}"
    if style == "ocr": dl = f"{b.place},  ngày  {doc.date.day}  tháng {doc.date.month}  năm {doc.date.year}"
    if style == "md":
        left = "<br>".join(b.header + ["\\" + sep if sep == "*" else sep])
        right = "<br>".join(["**" + motto[0] + "**"] + motto[1:])
        return [f"| {left} | {right} |", "|---|---|", f"| {numline} | _{dl}_ |", ""]
    if style == "tab":
        rows = []
        h = b.header + [sep]
        m = motto + [""] * (len(h) - len(motto))
        for a, c in zip(h, m): rows.append(f"{a}\t{c}".rstrip("\t") if c else f"{a}\t")
        rows.append(f"{numline}\t{dl}")
        return rows + [""]
    if style == "oneline":
        return [" ".join(b.header + [sep, numline] + motto + [dl]), ""]
    return b.header + [sep, numline, "", *motto, "", dl, ""]

def title_lines(doc):
    if doc.tcode == "QĐ" and not doc.body.party:
        return ["QUYẾT ĐỊNH", doc.subject[0].upper() + doc.subject[1:]]
    t = doc.tword.upper()
    subj = doc.subject
    if R.random() < 0.4: return [t, subj.upper()]
    return [t, subj[0].upper() + subj[1:]]

# ---------------------------------------------------------------- task tables
def tasks_block(doc, fmt):
    rows = doc.tasks
    out = []
    if fmt == "tab":
        out.append("TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành")
        for i, t in enumerate(rows, 1):
            out.append(f"{i}\t{t['text']}\t{t['lead']}\t{t['with']}\t{t['due']}")
    elif fmt == "md":
        out.append("| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |")
        out.append("|:---:|---|---|---|---|")
        for i, t in enumerate(rows, 1):
            out.append(f"| {i} | {t['text']} | {t['lead']} | {t['with']} | {t['due']} |")
    else:
        for i, t in enumerate(rows, 1):
            out.append(f"{i}. {t['text']}.")
            out.append(f"- Cơ quan chủ trì: {t['lead']}; phối hợp: {t['with']}.")
            out.append(f"- Thời gian hoàn thành: {t['due']}.")
            out.append("")
    return out

# ---------------------------------------------------------------- rendering
def render(doc):
    b = doc.body
    st = doc.style
    L = header(doc, st.get("header", "multi"))
    L += title_lines(doc) + [""]
    own = doc.tword
    cites = list(doc.cites)
    if not b.party and doc.tcode == "QĐ":
        L.append(("CHỦ TỊCH " if R.random() < 0.5 else "") + " ".join(b.header).replace("UỶ", "ỦY"))
        L.append("")
        L.append("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
        for t, rel, o in cites:
            L.append(f"Căn cứ {cite_text(t, doc, o)};")
        L.append(f"Theo đề nghị của {R.choice(['Giám đốc Sở Nội vụ', 'Chánh Văn phòng', 'Trưởng phòng Nội vụ', 'Giám đốc Sở Tư pháp'])}.")
        L.append("")
        L.append("QUYẾT ĐỊNH:")
        L.append("")
        if doc.revises:
            L.append("Điều 1. " + doc.revises[2])
        else:
            L.append(f"Điều 1. Ban hành kèm theo Quyết định này {doc.attach}.")
        L.append("")
        eff = doc.date + timedelta(days=10)
        tail = ""
        if doc.style.get("replace_tail"): tail = doc.style["replace_tail"]
        L.append(f"Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày {eff.day:02d} tháng {eff.month:02d} năm {eff.year}{tail}.")
        L.append("")
        L.append("Điều 3. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    elif b.party and doc.tcode == "QĐ":
        for t, rel, o in cites:
            L.append(f"- Căn cứ {cite_text(t, doc, o)};")
        L.append(f"- Xét đề nghị của Văn phòng {b.names[0]},")
        L.append("")
        L.append(f"{b.speaker.upper()} QUYẾT ĐỊNH")
        L.append("")
        if doc.revises:
            L.append("Điều 1. " + doc.revises[2])
        else:
            L.append(f"Điều 1. Ban hành kèm theo Quyết định này {doc.attach}.")
        tail = doc.style.get("replace_tail", "")
        L.append(f"Điều 2. Quyết định này có hiệu lực từ ngày ký{tail}.")
        L.append("Điều 3. Văn phòng, các ban xây dựng đảng và các tổ chức đảng trực thuộc thi hành Quyết định này./.")
    else:
        if cites:
            t, rel, o = cites.pop(0)
            verb = {"KH": "ban hành Kế hoạch", "CTr": "ban hành Chương trình hành động", "HD": "hướng dẫn",
                    "BC": "báo cáo kết quả sơ kết", "QC": "ban hành Quy chế làm việc", "NQ": "thống nhất ban hành Nghị quyết", "CV": "đề nghị các cơ quan, đơn vị"}[doc.tcode]
            if st.get("basis_list"):
                L.append("Căn cứ:")
                L.append(f"- {cite_text(t, doc, o)};")
                for t2, rel2, o2 in cites:
                    L.append(f"- {cite_text(t2, doc, o2)};")
                cites = []
                L.append(f"{b.speaker} {verb} như sau:")
            else:
                L.append(f"{R.choice(REL.get(rel, ['Thực hiện']))} {cite_text(t, doc, o)}, {b.speaker} {verb} như sau:")
            L.append("")
        L.append("I. MỤC ĐÍCH, YÊU CẦU")
        L.append(f"1. {fill(2)}")
        L.append(f"2. {fill(1)} {own} này là căn cứ để các cơ quan, đơn vị cụ thể hóa, tổ chức thực hiện.")
        L.append("")
        L.append("II. NHIỆM VỤ, GIẢI PHÁP")
        for i, (t, rel, o) in enumerate(cites, 1):
            L.append(f"{i}. {R.choice(REL.get(rel, ['Thực hiện']))} {cite_text(t, doc, o)}, {lower_first(fill(1))}")
        for p in doc.extra:
            L.append(p)
        L.append(f"{len(cites) + 1}. {fill(2)}")
        L.append("")
        if doc.tasks:
            L.append("III. TỔ CHỨC THỰC HIỆN")
            L.append(f"1. Phân công nhiệm vụ cụ thể như sau:")
            L += tasks_block(doc, st.get("tasks", "tab"))
            L.append(f"2. Văn phòng {b.names[0]} theo dõi, đôn đốc, định kỳ báo cáo kết quả thực hiện {own} này.")
        else:
            L.append("III. TỔ CHỨC THỰC HIỆN")
            L.append(f"Các cơ quan, đơn vị căn cứ {own} này xây dựng kế hoạch cụ thể, tổ chức triển khai thực hiện nghiêm túc.")
        if doc.style.get("remention"):
            L.append(doc.style["remention"])
    L.append("")
    L.append("Nơi nhận:")
    L.append("- Như trên;")
    L.append("- Lưu VT.")
    L.append("")
    L += b.sign
    L.append("")
    L.append(R.choice(NAMES))
    text = "\n".join(L) + "\n"
    if st.get("wrap"):
        text = wrap_text(text, 76)
    if st.get("nfd"):
        text = unicodedata.normalize("NFD", text)
    return text

def wrap_text(text, w):
    out = []
    for line in text.split("\n"):
        if "\t" in line or line.startswith("|") or len(line) <= w:
            out.append(line); continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > w:
                out.append(cur); cur = word
            else:
                cur = (cur + " " + word) if cur else word
        out.append(cur)
    return "\n".join(out)

# ---------------------------------------------------------------- corpus plan
def rd(y, m1, m2):
    return date(y, R.randint(m1, m2), R.randint(1, 28))

BOD = {}
P = {}   # per province index -> dict of named docs
for pi, prov in enumerate(PROVS):
    pn = prov["name"]
    tu, btc, ubt = Body("TU", prov), Body("BTCTU", prov), Body("UBT", prov)
    g = P[pi] = {"prov": prov, "tu": tu, "btc": btc, "ubt": ubt, "d": []}
    # ---- term 1 (2016-2019)
    g["T1"] = Doc(tu, "KH", rd(2016, 6, 9), "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh").cite("05-CT/TW")
    g["T2"] = Doc(tu, "NQ", rd(2016, 1, 4), f"phát triển nông nghiệp theo hướng hàng hóa, nâng cao giá trị gia tăng trên địa bàn tỉnh {pn} giai đoạn 2016 - 2020", num=5)
    g["T6"] = Doc(tu, "QĐ", rd(2015, 11, 12), f"ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh {khoa(prov['terms'][0])}, nhiệm kỳ 2015 - 2020")
    g["T6"].attach = "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ, Thường trực Tỉnh ủy"
    g["T6"].cite("Điều lệ Đảng") if False else None
    g["T3"] = Doc(tu, "CTr", rd(2018, 1, 3), "thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII")
    g["T3"].cite("18-NQ/TW", ident="18, 19-NQ/TW", subject=False)
    g["T4"] = Doc(ubt, "KH", rd(2018, 4, 6), f"thực hiện Chương trình hành động số {g['T3'].id} của Tỉnh ủy").cite(g["T3"])
    g["T5"] = Doc(ubt, "QĐ", rd(2017, 3, 10), f"Ban hành Quy định tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức trên địa bàn tỉnh {pn}", yearform=True)
    g["T5"].attach = f"Quy định tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức trên địa bàn tỉnh {pn}"
    g["T5"].cite("20/2008/NĐ-CP", rel="basedOn")
    g["T7"] = Doc(ubt, "QĐ", rd(2018, 5, 11), f"Ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh {pn}", yearform=True)
    g["T7"].attach = f"Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh {pn}"
    # ---- term 2 (2020-2024)
    g["S1"] = Doc(tu, "QĐ", rd(2020, 11, 12), f"ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh {khoa(prov['terms'][1])}, nhiệm kỳ 2020 - 2025")
    g["S1"].attach = "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ, Thường trực Tỉnh ủy nhiệm kỳ 2020 - 2025"
    g["S1"].style["replace_tail"] = f" và thay thế {cite_text(g['T6'], None, {'word': 'Quyết định', 'subject': False, 'term': True})}"
    g["S1"].revised = ("replaces", g["T6"])
    g["S2"] = Doc(tu, "NQ", rd(2021, 2, 5), f"chuyển đổi số tỉnh {pn} đến năm 2025, định hướng đến năm 2030", num=5)
    g["S3"] = Doc(tu, "KH", rd(2022, 8, 10), "thực hiện Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII").cite("21-NQ/TW#2022")
    g["S4"] = Doc(tu, "KH", rd(2024, 7, 8), "tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ " + ("XII" if pi == 0 else "mới")).cite("35-CT/TW")
    g["S8"] = Doc(btc, "HD", rd(2021, 3, 5), "xây dựng quy chế làm việc của cấp ủy cơ sở nhiệm kỳ 2020 - 2025").cite(g["S1"], subject=False)
    g["S8"].extra.append("Kèm theo Hướng dẫn này là Quy chế (mẫu) làm việc của Ban Chấp hành đảng bộ xã, phường, thị trấn để các cấp ủy cơ sở vận dụng.")
    g["S5"] = Doc(ubt, "KH", rd(2021, 6, 8), f"thực hiện Nghị quyết số {g['S2'].id} của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số").cite(g["S2"])
    g["S6"] = Doc(ubt, "QĐ", rd(2021, 4, 6), f"Ban hành Quy định tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức và công bố thông tin trên địa bàn tỉnh {pn}", yearform=True)
    g["S6"].attach = "Quy định tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức và công bố thông tin"
    g["S6"].cite("20/2008/NĐ-CP", rel="basedOn", **({"so": "", "ident": "s20/2008/NĐ-CP"} if pi % 2 == 0 else {}))
    g["S6"].style["replace_tail"] = f" và thay thế {cite_text(g['T5'], None, {'word': 'Quyết định', 'subject': False, 'name': 'Ủy ban nhân dân tỉnh'})}"
    g["S6"].revised = ("replaces", g["T5"])
    g["S7"] = Doc(ubt, "QĐ", rd(2023, 3, 6), f"Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số {g['S6'].id} của UBND tỉnh", yearform=True)
    g["S7"].revises = ("amends", g["S6"], f"Sửa đổi, bổ sung một số điều và thay thế nội dung Chương III của Quy định ban hành kèm theo {cite_text(g['S6'], None, {'word': 'Quyết định', 'subject': False})} như sau:")
    g["S7"].revised = ("amends", g["S6"])
    g["R1"] = Doc(ubt, "QĐ", rd(2022, 2, 4), f"Bãi bỏ Quyết định số {g['T7'].id} của Ủy ban nhân dân tỉnh {pn}", yearform=True)
    g["R1"].revises = ("repeals", g["T7"], f"Bãi bỏ {cite_text(g['T7'], None, {'word': 'Quyết định', 'subject': True})}.")
    g["R1"].revised = ("repeals", g["T7"])
    # ---- districts and communes
    for di, dist in enumerate(prov["dists"]):
        hu, ubh = Body("HU", prov, dist), Body("UBH", prov, dist)
        dux, ubx = Body("DUX", prov, dist, dist[2]), Body("UBX", prov, dist, dist[2])
        dd = {"hu": hu, "ubh": ubh, "dux": dux, "ubx": ubx, "name": dist[0]}
        g["d"].append(dd)
        dd["A1"] = Doc(hu, "KH", g["T1"].date + timedelta(days=R.randint(15, 60)), "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh").cite(g["T1"])
        dd["A2"] = Doc(hu, "KH", g["T3"].date + timedelta(days=R.randint(20, 90)), f"thực hiện Chương trình hành động số {g['T3'].id} của Tỉnh ủy").cite(g["T3"])
        dd["A3"] = Doc(ubh, "KH", date(2019, R.randint(2, 9), R.randint(1, 28)), "tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức trên địa bàn huyện").cite(g["T5"], rel="basedOn", word="Quyết định")
        if di == 0:
            dd["A3"].cite("1600/QĐ-TTg", rel="basedOn", subject=True)
        dd["B0"] = Doc(hu, "QĐ", date(2020, 8, R.randint(1, 28)), f"ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ huyện {dist[0]} nhiệm kỳ 2020 - 2025")
        dd["B0"].attach = "Quy chế làm việc của Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025"
        dd["B0"].cite("Điều lệ Đảng") if False else None
        dd["B1"] = Doc(hu, "KH", g["S3"].date + timedelta(days=R.randint(20, 60)), "thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII").cite(g["S3"])
        dd["B1"].cite("21-NQ/TW#2022", rel="implements")
        dd["B2"] = Doc(hu, "KH", g["S4"].date + timedelta(days=R.randint(10, 40)), "lãnh đạo tổ chức đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030").cite(g["S4"])
        dd["B2"].cite("35-CT/TW", rel="implements")
        dd["B3"] = Doc(ubh, "KH", g["S5"].date + timedelta(days=R.randint(20, 60)), f"chuyển đổi số huyện {dist[0]} năm 2021 - 2025").cite(g["S5"])
        dd["B3"].cite(g["S2"], rel="implements")
        dd["B4"] = Doc(ubh, "KH", date(2024, R.randint(2, 9), R.randint(1, 28)), "tiếp nhận, xử lý phản ánh, kiến nghị năm 2024").cite(g["S6"], rel="basedOn", word="Quyết định")
        dd["B4"].cite(g["S7"], rel="basedOn", word="Quyết định")
        if pi in (1, 3, 5):
            dd["B4"].style["basis_list"] = True
            dd["B4"].cites[0] = (g["S6"], "basedOn", dict(word="QĐ"))
        dd["C1"] = Doc(dux, "KH", dd["B1"].date + timedelta(days=R.randint(15, 40)), "thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về củng cố, xây dựng tổ chức cơ sở đảng").cite(dd["B1"])
        dd["C1"].cite(g["S3"], rel="implements", name=f"Tỉnh ủy {pn}")
        dd["C2"] = Doc(dux, "QC", g["S8"].date + timedelta(days=R.randint(20, 90)), "làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025").cite(g["S8"], rel="basedOn")
        dd["C2"].extra.append("Quy chế này được xây dựng trên cơ sở Quy chế (mẫu) của Ban Tổ chức Tỉnh ủy, phù hợp với tình hình thực tế của Đảng bộ xã.")
        dd["C3"] = Doc(ubx, "KH", dd["B3"].date + timedelta(days=R.randint(20, 60)), f"chuyển đổi số xã {dist[2]} giai đoạn 2021 - 2025").cite(dd["B3"])
        dd["C3"].cite(g["S5"], rel="implements", name=f"UBND tỉnh {pn}")

# ---------------------------------------------------------------- plans with tasks, reviews, fulfilments
KEY = {"planted": [], "traps": [], "external_dangling": sorted({k.split("#")[0] for k in EXT}),
       "collateral": [], "as_of": "2026-11-26"}
FMT = ["tab", "md", "prose"]
for pi, g in P.items():
    S3, S1, S2, S6 = g["S3"], g["S1"], g["S2"], g["S6"]
    tu, ubt = g["tu"], g["ubt"]
    g["S3"].style["tasks"] = FMT[pi % 3]
    S3.tasks = [
        dict(text=f"Sửa đổi, bổ sung {cite_text(S1, S3, {'word': 'Quyết định', 'subject': False, 'name': 'Ban Chấp hành Đảng bộ tỉnh'})} về Quy chế làm việc", lead="Văn phòng Tỉnh ủy", with_="Ban Tổ chức Tỉnh ủy", due="Quý II/2023", kind="amend", target=S1),
        dict(text=f"Sơ kết 03 năm thực hiện {cite_text(S2, S3, {'subject': False, 'name': 'Ban Chấp hành Đảng bộ tỉnh'})}", lead="Ban Tuyên giáo Tỉnh ủy", with_="Ban cán sự đảng UBND tỉnh", due="Quý IV/2024", kind="review", target=S2),
        dict(text=f"Tuyên truyền, quán triệt {cite_text('21-NQ/TW#2022', S3, {'subject': False})}", lead="Ban Tuyên giáo Tỉnh ủy", with_="Các huyện ủy, thị ủy, thành ủy", due="Thường xuyên", kind="recurring", target=None),
        dict(text=f"Tổng kết 05 năm thực hiện {cite_text(S2, S3, {'subject': False, 'name': 'Tỉnh ủy'})}", lead="Ban Cán sự đảng UBND tỉnh", with_="Sở Thông tin và Truyền thông", due="Quý I/2027", kind="future", target=S2),
    ]
    for t in S3.tasks: t["with"] = t.pop("with_")
    # fulfilment or not
    if pi % 2 == 0:
        A = Doc(tu, "QĐ", date(2023, R.randint(3, 5), R.randint(1, 28)), "sửa đổi, bổ sung một số điều của Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025")
        A.revises = ("amends", S1, f"Sửa đổi, bổ sung một số điều và thay thế nội dung Chương III của Quy chế làm việc ban hành kèm theo {cite_text(S1, A, {'word': 'Quyết định', 'subject': False})} như sau:")
        KEY["traps"].append(dict(kind="planned-amendment-fulfilled-partial-replacement", ids=[S1.id], doc=A, plan=S3, must_not=["overdue-plan", "superseded-citation"]))
        g["A_S1"] = A
    else:
        KEY["planted"].append(dict(rule="overdue-plan", ids=[S1.id], doc=S3, what="planned amendment", due="Quý II/2023", table=S3.style["tasks"]))
    if pi % 2 == 1:
        B = Doc(tu, "BC", date(2024, R.randint(10, 12), R.randint(1, 28)), f"sơ kết 03 năm thực hiện Nghị quyết số {S2.id} về chuyển đổi số")
        B.cite(S2, rel="reviews")
        B.style["review_open"] = True
        KEY["traps"].append(dict(kind="planned-review-fulfilled", ids=[S2.id], doc=B, plan=S3, must_not=["overdue-plan"]))
    else:
        KEY["planted"].append(dict(rule="overdue-plan", ids=[S2.id], doc=S3, what="planned review", due="Quý IV/2024", table=S3.style["tasks"]))
    KEY["traps"].append(dict(kind="recurring-and-future-task", ids=[S2.id, "21-NQ/TW"], doc=S3, must_not=["overdue-plan:21-NQ/TW"]))

DUES = ["Tháng 12/2022", "trước ngày 31/12/2022", "Hoàn thành trong năm 2022", "Quý IV/2022", "Năm 2022", "Tháng 10 năm 2022", "Trong tháng 11/2022"]
AMEND_DUES = ["Tháng 6/2022", "trước ngày 30/9/2022", "Hoàn thành trong năm 2022", "Quý III/2022", "Năm 2022", "Quý II/2022", "Tháng 9/2022"]
for pi, g in P.items():
    S5, S6, T4 = g["S5"], g["S6"], g["T4"]
    S5.style["tasks"] = "tab"
    S5.tasks = [
        dict(text=f"Sửa đổi, bổ sung {cite_text(S6, S5, {'word': 'Quyết định', 'subject': False, 'name': 'UBND tỉnh'})} về tiếp nhận, xử lý phản ánh, kiến nghị", lead="Sở Tư pháp", with_="Văn phòng UBND tỉnh", due=AMEND_DUES[pi]),
        dict(text=f"Tổng kết, đánh giá kết quả thực hiện {cite_text(T4, S5, {'subject': False, 'name': 'UBND tỉnh'})}", lead="Sở Nội vụ", with_="Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", due=DUES[pi]),
        dict(text=f"Báo cáo kết quả thực hiện {cite_text(g['S2'], S5, {'subject': False, 'name': 'Tỉnh ủy'})}", lead="Sở Thông tin và Truyền thông", with_="Các sở, ban, ngành", due="Hằng năm"),
    ]
    for t in S5.tasks: t["with"] = t.pop("with_")
    KEY["planted"].append(dict(rule="overdue-plan", ids=[T4.id], doc=S5, what="planned review", due=DUES[pi], table="tab"))
    KEY["traps"].append(dict(kind="planned-amendment-fulfilled-late", ids=[S6.id], doc=S5, must_not=["overdue-plan"]))

# a review document opens with "Sơ kết"; render() uses REL; add a phrase for reviews
REL["reviews"] = ["Qua 03 năm thực hiện"]

# ---------------------------------------------------------------- planted defects
def plant(rule, ids, doc, **kw):
    KEY["planted"].append(dict(rule=rule, ids=ids, doc=doc, **kw))

# superseded citations
for pi in (0, 2, 4):
    g = P[pi]; d = g["d"][1]
    X = Doc(d["ubh"], "KH", date(2022, R.randint(3, 10), R.randint(1, 28)), "kiểm tra, rà soát việc tiếp nhận, xử lý phản ánh, kiến nghị trên địa bàn huyện")
    X.cite(g["T5"], rel="basedOn", word="Quyết định", subject=True)
    plant("superseded-citation", [g["T5"].id], X, by=g["S6"].id, form="state QĐ replaced by new QĐ, cited with Căn cứ")
for pi in (1, 5):
    g = P[pi]; d = g["d"][0]
    X = Doc(d["hu"], "KH", date(2021, R.randint(3, 10), R.randint(1, 28)), "thực hiện chế độ làm việc, sinh hoạt của cấp ủy")
    X.cite(g["T6"], rel="implements", word="Quyết định", subject=False, term=True)
    plant("superseded-citation", [g["T6"].id], X, by=g["S1"].id, form="Party QĐ replaced by next term's Quy chế, cited with its term")
for pi in (3, 6):
    g = P[pi]; d = g["d"][0]
    X = Doc(d["ubx"], "KH", date(2023, R.randint(3, 10), R.randint(1, 28)), "phát triển cụm công nghiệp, tiểu thủ công nghiệp trên địa bàn xã")
    X.cite(g["T7"], rel="implements", word="Quyết định", name=f"UBND tỉnh {P[pi]['prov']['name']}")
    plant("superseded-citation", [g["T7"].id], X, by=g["R1"].id, form="repealed QĐ cited after repeal")
# trap: replaced docs cited before their replacement (A3 of 2019 cites T5; A-plans) and amended S6 cited after amendment (B4)
for pi, g in P.items():
    for d in g["d"]:
        KEY["traps"].append(dict(kind="cited-before-replacement", ids=[g["T5"].id], doc=d["A3"], must_not=["superseded-citation"]))
        KEY["traps"].append(dict(kind="cited-after-partial-replacement-amendment", ids=[g["S6"].id], doc=d["B4"], must_not=["superseded-citation"]))

# metadata conflicts (same id, different dates)
def wrongdate(d, days):
    return d + timedelta(days=days)
g = P[0]; d = g["d"][0]
d["B3"].cites.append((g["S2"], "implements", dict(wrong=wrongdate(g["S2"].date, 3), dstyle=1, subject=True)))
plant("metadata-conflict", [g["S2"].id], d["B3"], form="date off by 3 days, dd/mm/yyyy")
g = P[1]; d = g["d"][1]
d["C1"].cites[1] = (g["S3"], "implements", dict(wrong=g["S3"].date.replace(month=g["S3"].date.month - 1), dstyle=2, name=f"Tỉnh ủy Bắc Kạn"))
plant("metadata-conflict", [g["S3"].id], d["C1"], form="month off by one, long date")
g = P[2]; d = g["d"][0]
d["B4"].cites[0] = (g["S6"], "basedOn", dict(word="Quyết định", wrong=wrongdate(g["S6"].date, 30), dstyle=0))
plant("metadata-conflict", [g["S6"].id], d["B4"], form="state QĐ with year, date off by 30 days")
g = P[3]; d = g["d"][1]
d["C1"].cites[0] = (d["B1"], "implements", dict(wrong=wrongdate(d["B1"].date, -7), dstyle=3))
plant("metadata-conflict", [d["B1"].id], d["C1"], form="district KH cited by commune, date off by 7 days")
g = P[4]; d = g["d"][0]
d["B2"].cites[0] = (g["S4"], "implements", dict(wrong=wrongdate(g["S4"].date, 1), dstyle=0))
d["B2"].style["nfd"] = True
plant("metadata-conflict", [g["S4"].id], d["B2"], form="NFD file, date off by one day")
g = P[5]; d = g["d"][1]
d["B2"].cites[1] = ("35-CT/TW", "implements", dict(wrong=date(2024, 5, 14), dstyle=1, subject=False))
plant("metadata-conflict", ["35-CT/TW"], d["B2"], form="central directive cited 14/05/2024 instead of 14/06/2024")
g = P[6]; d = g["d"][0]
d["C3"].cites[0] = (d["B3"], "implements", dict(wrong=wrongdate(d["B3"].date, 14), dstyle=4))
d["C3"].style["header"] = "oneline"
plant("metadata-conflict", [d["B3"].id], d["C3"], form="district UBND KH cited by commune in one-line header file, date off by 14 days")

# dangling
g = P[0]; d = g["d"][0]; other = P[1]["d"][0]          # Chợ Mới (An Giang) vs Chợ Mới (Bắc Kạn)
n = other["B1"].num
while n in USED.get((d["hu"].key, "KH", "T2"), set()): n += 1
d["C3"].cites.append((None, "implements", {}))
d["C3"].cites.pop()
_dd = d["C3"].date - timedelta(days=40)
d["C3"].extra.append(f"Đồng thời thực hiện Kế hoạch số {other['B1'].num}-KH/HU ngày {_dd.day}/{_dd.month}/{_dd.year} của Huyện ủy Chợ Mới về phát triển kinh tế tập thể trên địa bàn tỉnh An Giang.")
if other["B1"].num in USED.get((d["hu"].key, "KH", "T2"), set()):
    raise SystemExit("collision for dangling")
plant("dangling", [f"{other['B1'].num}-KH/HU"], d["C3"], form="shared district name Chợ Mới: number exists only in Bắc Kạn's Chợ Mới")
g = P[1]; d = g["d"][1]
absent = 997
d["A2"].cites[0] = (g["T3"], "implements", dict(ident=f"{g['T3'].num}, {absent}-CTr/TU".replace(f"{g['T3'].num}, ", f"{absent}, ") if False else f"{g['T3'].num}, {absent}-CTr/TU", word="Chương trình", subject=False))
plant("dangling", [f"{absent}-CTr/TU"], d["A2"], form="compact list `Chương trình số N, 997-CTr/TU` (second absent)")
g = P[2]; d = g["d"][1]
d["B1"].style["basis_list"] = True
d["B1"].cites.append((g["S2"], "basedOn", dict(word="NQ", dstyle=1)))
d["B1"].extra.append("")
d["B1"].cites.append((None, None, None)); d["B1"].cites.pop()
d["B1"].style["abbrev_absent"] = f"NQ số 96-NQ/TU ngày 12/8/2022 của BCH Đảng bộ tỉnh"
plant("dangling", ["96-NQ/TU"], d["B1"], form="abbreviation `NQ số` as a `Căn cứ:` list item")
g = P[3]; d = g["d"][0]
pn = g["prov"]["name"]
d["C3"].extra.append(f"Căn cứ Quyết định số {g['S6'].num}/QĐ-UBND ngày 20/5/2021 của UBND huyện {d['name']} về kiện toàn Tổ công tác chuyển đổi số huyện, UBND xã kiện toàn Tổ công nghệ số cộng đồng.")
plant("dangling", [f"{g['S6'].num}/QĐ-UBND"], d["C3"], form="district QĐ-UBND absent, same number as the province's (yearform) QĐ")
g = P[4]; d = g["d"][1]
_dd = d["B2"].date - timedelta(days=5)
d["B2"].extra.append(f"Triển khai Kế hoạch số 957-\nKH/TU ngày {_dd.day:02d}/{_dd.month}/{_dd.year} của Ban Thường vụ Tỉnh ủy về công tác nhân sự cấp ủy, đảng bộ cơ sở nhiệm kỳ 2025 - 2030.")
plant("dangling", ["957-KH/TU"], d["B2"], form="line break inside the id `957-⏎KH/TU`")
g = P[5]; d = g["d"][0]
d["B1"].style["nfd"] = True
d["B1"].extra.append("Thực hiện Chương trình số 909-CTr/TU ngày 15/9/2022 của Tỉnh uỷ về phát triển đội ngũ đảng viên ở vùng đồng bào dân tộc thiểu số.")
plant("dangling", ["909-CTr/TU"], d["B1"], form="NFD file, `Tỉnh uỷ` spelling")
g = P[6]; d = g["d"][1]
d["C2"].style["header"] = "md"
d["C2"].extra.append("Căn cứ Hướng dẫn số 915-HD/BTCTU ngày 10/4/2021 của Ban Tổ chức Tỉnh ủy về quy trình kết nạp đảng viên.")
plant("dangling", ["915-HD/BTCTU"], d["C2"], form="Markdown-table header file")
g = P[0]; d = g["d"][1]
_dd = d["A2"].date - timedelta(days=9)
d["A2"].extra.append(f"Theo Công văn số 1234-CV/HU ngày {_dd.day:02d}/{_dd.month}/{_dd.year} của Huyện ủy Phú Tân về việc tổ chức hội nghị quán triệt, các chi bộ tổ chức học tập đầy đủ.")
plant("dangling", ["1234-CV/HU"], d["A2"], form="Công văn of Huyện ủy Phú Tân (shared district name An Giang / Cà Mau)")

# cycles
g = P[0]; d = g["d"][0]
d["B1"].cites.append((d["C1"], "basedOn", dict(subject=False)))
plant("cycle", [d["B1"].id, d["C1"].id], d["B1"], others=[d["C1"]], form="district KH rests on the commune KH that implements it")
g = P[1]
g["S6"].cites.append((g["S7"], "basedOn", dict(word="Quyết định", subject=False)))
plant("cycle", [g["S6"].id, g["S7"].id], g["S6"], others=[g["S7"]], form="state QĐ rests on the QĐ that amends it")
g = P[2]; d = g["d"][1]
g["S3"].extra.append(f"Căn cứ {cite_text(d['C1'], g['S3'], dict(subject=False))}, tiếp tục nhân rộng mô hình chi bộ kiểu mẫu.")
plant("cycle", [g["S3"].id, d["B1"].id, d["C1"].id], g["S3"], others=[d["B1"], d["C1"]], form="three-document circle province KH -> district KH -> commune KH -> province KH")
g = P[3]; d = g["d"][1]
g["S5"].cites.append((d["B3"], "continues", dict(subject=False)))
g["S5"].style["wrap"] = True
plant("cycle", [g["S5"].id, d["B3"].id], g["S5"], others=[d["B3"]], form="province UBND KH continues the district KH implementing it; hard-wrapped file")
g = P[4]; d = g["d"][0]
d["B0"].cites.append((g["S1"], "basedOn", dict(word="Quyết định", subject=False)))
g["S1"].cites.append((d["B0"], "basedOn", dict(word="Quyết định", subject=False)))
g["S1"].style["header"] = "tab"
plant("cycle", [g["S1"].id, d["B0"].id], g["S1"], others=[d["B0"]], form="two Quy chế decisions resting on each other; tab-table header")

# ---- second batch: replacement plans in district task tables, `hết hiệu lực`, issuer conflicts, reviews of replaced texts
REPL_DUES = ["Quý I/2023", "6 tháng đầu năm 2023", "Quý I năm 2023", "Tháng 3/2023", "trước ngày 31/3/2023", "Trong quý I/2023", "Hoàn thành trước ngày 31/3/2023"]
for pi, g in P.items():
    d = g["d"][1]; hu, ubh = d["hu"], d["ubh"]
    B0, B1, B2 = d["B0"], d["B1"], d["B2"]
    B1.style["tasks"] = "tab"
    B1.tasks = [
        dict(text=f"Ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ huyện thay thế {cite_text(B0, B1, {'word': 'Quyết định', 'subject': False, 'name': 'Ban Thường vụ Huyện ủy'})}", lead="Văn phòng Huyện ủy", with_="Ban Tổ chức Huyện ủy", due=REPL_DUES[pi]),
        dict(text="Tổ chức sinh hoạt chuyên đề về nâng cao chất lượng sinh hoạt chi bộ", lead="Các chi, đảng bộ cơ sở", with_="Ban Tổ chức Huyện ủy", due="Hằng quý"),
    ]
    for t in B1.tasks: t["with"] = t.pop("with_")
    if pi % 2 == 0:
        B5 = Doc(hu, "QĐ", date(2023, 2, R.randint(1, 28)), f"ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ huyện {d['name']} nhiệm kỳ 2020 - 2025 (sửa đổi)")
        B5.attach = "Quy chế làm việc của Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025 (sửa đổi)"
        B5.style["replace_tail"] = f" và thay thế {cite_text(B0, B5, {'word': 'Quyết định', 'subject': False, 'name': 'Ban Thường vụ Huyện ủy'})}"
        KEY["traps"].append(dict(kind="planned-replacement-fulfilled", ids=[B0.id], doc=B1, must_not=["overdue-plan"]))
        B2.cites.append((B0, "basedOn", dict(word="Quyết định", subject=False, name="Ban Thường vụ Huyện ủy")))
        plant("superseded-citation", [B0.id], B2, by="(district Quy chế 2023)", form="district Quy chế replaced in 2023, cited by the same Huyện ủy in 2024 with a bare name")
    else:
        KEY["planted"].append(dict(rule="overdue-plan", ids=[B0.id], doc=B1, what="planned replacement", due=REPL_DUES[pi], table="tab"))
    # `hết hiệu lực`: a new decision whose Điều 2 ends the old one
    ubt = g["ubt"]; pn = g["prov"]["name"]
    T8 = Doc(ubt, "QĐ", date(2018, R.randint(6, 10), R.randint(1, 28)), f"Ban hành Quy định quản lý, khai thác thiết chế văn hóa cơ sở trên địa bàn tỉnh {pn}", yearform=True)
    T8.attach = f"Quy định quản lý, khai thác thiết chế văn hóa cơ sở trên địa bàn tỉnh {pn}"
    R2 = Doc(ubt, "QĐ", date(2022, R.randint(5, 9), R.randint(1, 28)), f"Ban hành Quy định quản lý, khai thác thiết chế văn hóa, thể thao cơ sở trên địa bàn tỉnh {pn}", yearform=True)
    R2.attach = f"Quy định quản lý, khai thác thiết chế văn hóa, thể thao cơ sở trên địa bàn tỉnh {pn}"
    R2.style["replace_tail"] = f". {cite_text(T8, R2, {'word': 'Quyết định', 'subject': False, 'name': 'Ủy ban nhân dân tỉnh', 'dstyle': 2})} hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành"
    d0 = g["d"][0]
    d0["A3"].cites.append((T8, "basedOn", dict(word="Quyết định", subject=True)))
    KEY["traps"].append(dict(kind="cited-before-het-hieu-luc", ids=[T8.id], doc=d0["A3"], must_not=["superseded-citation"]))
    if pi in (0, 1, 2, 3):
        X = Doc(d0["ubh"], "KH", date(2023, R.randint(2, 11), R.randint(1, 28)), "nâng cao hiệu quả hoạt động của thiết chế văn hóa cơ sở trên địa bàn huyện")
        X.cite(T8, rel="implements", word="Quyết định", subject=True)
        plant("superseded-citation", [T8.id], X, by=R2.id, form="QĐ ended by `… hết hiệu lực kể từ ngày Quyết định này có hiệu lực` in a later QĐ's Điều 2")
    # a review of a replaced text after its replacement: legitimate
    BC = Doc(d0["ubh"], "BC", g["S6"].date + timedelta(days=R.randint(60, 120)), f"tổng kết việc thực hiện Quy định tiếp nhận, xử lý phản ánh, kiến nghị ban hành kèm theo Quyết định số {g['T5'].id}")
    BC.cite(g["T5"], rel="reviews", word="Quyết định", subject=False, name="UBND tỉnh")
    KEY["traps"].append(dict(kind="review-of-replaced-text", ids=[g["T5"].id], doc=BC, must_not=["superseded-citation", "inverse-inconsistency"]))
# issuer conflicts: a provincial plan cited as the Organisation Commission's (a different body)
for pi in (0, 3, 6):
    g = P[pi]; d = g["d"][1]
    t, rel, o = d["B1"].cites[0]
    o = dict(o); o["name"] = f"Ban Tổ chức Tỉnh ủy {g['prov']['name']}"
    d["B1"].cites[0] = (t, rel, o)
    plant("metadata-conflict", [g["S3"].id], d["B1"], form="provincial plan cited as issued by Ban Tổ chức Tỉnh ủy (another body)")

# traps: same number different term (05-NQ/TU 2016 vs 2021), re-mentions, shared district, same number province/district UBND
for pi, g in P.items():
    d0 = g["d"][0]
    d0["A1"].cites.append((g["T2"], "implements", dict(subject=True)))
    g["S5"].cites.append((g["S2"], "basedOn", dict(subject=False, term=True)))
    KEY["traps"].append(dict(kind="same-number-two-terms", ids=[g["T2"].id], doc=d0["A1"], must_not=["metadata-conflict", "ambiguous-id"]))
    # short re-mention
    d1 = g["d"][1]
    d1["B1"].style["remention"] = f"Các chi bộ, đảng bộ cơ sở căn cứ Kế hoạch {g['S3'].num} của Tỉnh ủy và Kế hoạch này để xây dựng kế hoạch thực hiện."
    KEY["traps"].append(dict(kind="short-remention", ids=[g["S3"].id], doc=d1["B1"], must_not=["dangling", "metadata-conflict"]))
    KEY["traps"].append(dict(kind="self-reference-ke-hoach-nay", ids=[], doc=d1["B1"], must_not=["dangling", "cycle"]))
    KEY["traps"].append(dict(kind="quy-che-mau", ids=[], doc=d0["C2"], must_not=["dangling"]))
    KEY["traps"].append(dict(kind="21-NQ/TW of 2017 and 2022", ids=["21-NQ/TW"], doc=d0["B1"], must_not=["metadata-conflict"]))
    if pi in (0, 2, 4):
        d1["A2"].cites.append(("21-NQ/TW#2017", "implements", dict(subject=True)))

# force: Bắc Kạn's Chợ Mới B1 and An Giang's Chợ Mới B1 share a number (different dates)
# (done below by renumbering before rendering)
def renumber(doc, num):
    k = (doc.body.key, doc.tcode if doc.body.party else ("QĐ" if doc.tcode == "QĐ" else "X"), doc.body.period(doc.date))
    USED[k].discard(doc.num)
    if num in USED[k]: raise SystemExit("renumber clash")
    USED[k].add(num); doc.num = num
    doc.id = re.sub(r"^\d+", str(num), doc.id)
ag, bk, cm = P[0]["d"][0], P[1]["d"][0], P[2]["d"][0]
renumber(bk["B1"], ag["B1"].num)
KEY["traps"].append(dict(kind="shared-district-name-same-number", ids=[ag["B1"].id], doc=ag["C1"], also=bk["C1"], must_not=["metadata-conflict", "duplicate-identity", "cycle"]))
agp, cmp_ = P[0]["d"][1], P[2]["d"][0]
renumber(cmp_["B2"], agp["B2"].num) if cmp_["B2"].num != agp["B2"].num else None
KEY["traps"].append(dict(kind="shared-district-name-same-number (Phú Tân)", ids=[agp["B2"].id], doc=agp["B2"], also=cmp_["B2"], must_not=["metadata-conflict", "duplicate-identity"]))
# province and district UBND KH with the same number in one year
for pi in (0, 3, 5):
    g = P[pi]; d = g["d"][0]
    if d["B3"].date.year == g["S5"].date.year and d["B3"].num != g["S5"].num:
        renumber(d["B3"], g["S5"].num)
        KEY["traps"].append(dict(kind="same-KH-UBND-number-province-and-district", ids=[g["S5"].id], doc=d["C3"], also=d["B3"], must_not=["metadata-conflict", "duplicate-identity", "cycle", "superseded-citation"]))
# same number in different provinces (naturally frequent); record one
KEY["traps"].append(dict(kind="same-local-number-different-provinces", ids=["5-NQ/TU"], doc=P[0]["S5"], also=P[1]["S5"], must_not=["metadata-conflict", "duplicate-identity"]))

# ---------------------------------------------------------------- styles and writing
HEADS = ["multi", "multi", "colon", "md", "tab", "oneline", "ocr"]
for i, doc in enumerate(DOCS):
    st = doc.style
    st.setdefault("header", HEADS[R.randrange(len(HEADS))] if not doc.body.party or True else "multi")
    if doc.body.party is False and st["header"] == "colon": st["header"] = "multi"
    if "wrap" not in st: st["wrap"] = R.random() < 0.15
    if "nfd" not in st: st["nfd"] = R.random() < 0.1

# documents that take part in a planted defect keep readable headers unless the defect says otherwise
if os.path.isdir(OUT): shutil.rmtree(OUT)
os.makedirs(OUT)
DOCS.sort(key=lambda d: d.date)
for i, doc in enumerate(DOCS):
    b = doc.body
    tag = {"TU": "tinhuy", "BTCTU": "btctu", "UBT": "ubndtinh", "HU": "huyenuy", "UBH": "ubndhuyen", "DUX": "danguyxa", "UBX": "ubndxa"}[b.kind]
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFD", (b.prov["name"] + "-" + (b.dist[0] if b.dist else "")).lower().replace("đ", "d")).encode("ascii", "ignore").decode()).strip("-")
    ext = ".md" if doc.style["header"] == "md" else ".txt"
    doc.file = f"{i:03d}_{slug}_{tag}_{doc.tcode.lower().replace('đ','d')}{doc.date.year}{ext}"

def post(doc, text):
    if doc.style.get("abbrev_absent"):
        nf = unicodedata.normalize("NFD", text) if doc.style.get("nfd") else text
        marker = f"{doc.body.speaker} ban hành Kế hoạch như sau:"
        if doc.style.get("nfd"): marker = unicodedata.normalize("NFD", marker)
        add = "- " + doc.style["abbrev_absent"] + ";\n"
        if doc.style.get("nfd"): add = unicodedata.normalize("NFD", add)
        text = text.replace(marker, add + marker, 1)
    return text

for doc in DOCS:
    text = post(doc, render(doc))
    with open(os.path.join(OUT, doc.file), "w", encoding="utf-8") as f:
        f.write(text)
    doc.text = text

def find_line(doc, ident):
    t = unicodedata.normalize("NFC", doc.text)
    first = ident.split("-")[0].split("/")[0]
    for ln, line in enumerate(t.split("\n"), 1):
        if ident in line: return ln
    for ln, line in enumerate(t.split("\n"), 1):
        if re.search(r"(?<!\d)" + re.escape(first) + r"\b", line) and ln > 3: return ln
    return 1

def ser(x):
    out = dict(x)
    out["file"] = x["doc"].file
    out["line"] = find_line(x["doc"], x["ids"][0]) if x.get("ids") else 1
    del out["doc"]
    for k in ("others", "also", "plan"):
        if k in out:
            v = out[k]
            out[k] = [o.file for o in v] if isinstance(v, list) else v.file
    return out

KEY["planted"] = [ser(p) for p in KEY["planted"]]
KEY["traps"] = [ser(t) for t in KEY["traps"]]
KEY["corpus_ids"] = sorted({d.id for d in DOCS})
KEY["documents"] = [dict(file=d.file, id=d.id, date=d.date.isoformat(), issuer=d.body.names[0], province=d.body.prov["name"], header=d.style["header"], nfd=d.style["nfd"], wrap=d.style["wrap"]) for d in DOCS]
# temporal findings on documents of a planted cycle are expected (a circle needs a citation of a later text)
for p in KEY["planted"]:
    if p["rule"] == "cycle":
        KEY["collateral"].append(dict(rule="temporal", files=[p["file"]] + p.get("others", [])))
with open(os.path.join(ROOT, "key.json"), "w", encoding="utf-8") as f:
    json.dump(KEY, f, ensure_ascii=False, indent=1)
print(f"{len(DOCS)} documents, {len(KEY['planted'])} planted defects, {len(KEY['traps'])} traps")
