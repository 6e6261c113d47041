#!/usr/bin/env python3
"""Write repro/NN-name/{docs,contrast}/ and README.md with the exact commands and the binary's output.

Usage: make_repros.py [BINARY]   (needs corpus/ and whatif-both/corpus/: run ./run.sh and ./run.sh BIN both first)
"""
import os, re, shutil, subprocess, sys

BIN = sys.argv[1] if len(sys.argv) > 1 else "../../../.build/debug/docgraph"
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "corpus")
CT = os.path.join(HERE, "whatif-both", "corpus")   # .docx written as .txt, HTML with line breaks
CA = os.path.join(HERE, "whatif-all-txt", "corpus")   # every document as .txt
R = os.path.join(HERE, "repro")

KH215 = """ĐẢNG BỘ TỈNH ĐIỆN BIÊN
HUYỆN ỦY MƯỜNG ẢNG
*
Số 215-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Mường Ảng, ngày 15 tháng 11 năm 2022

KẾ HOẠCH
thực hiện Nghị quyết số 21-NQ/TW của Hội nghị Trung ương 5 khóa XIII

Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII, Ban Thường vụ Huyện ủy Mường Ảng xây dựng Kế hoạch thực hiện như sau:
I. NHIỆM VỤ
Quý I/2023 (04 nhiệm vụ):
TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian
1\tRà soát, sắp xếp chi bộ bản\tBan Tổ chức Huyện ủy\tTháng 01/2023
2\tKiện toàn cấp ủy cơ sở\tBan Tổ chức Huyện ủy\tTháng 02/2023
3\tBồi dưỡng bí thư chi bộ\tTrung tâm Chính trị huyện\tTháng 3/2023

II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện, báo cáo kết quả về Ban Thường vụ Huyện ủy.
2. Văn phòng Huyện ủy theo dõi, tổng hợp.

T/M BAN THƯỜNG VỤ
BÍ THƯ
"""


def html_lines(s):
    return re.sub(r"<br>", "<br>\n", re.sub(r"<(p|td)>", r"\n<\1>", s))


def pretty_rows(s):
    return re.sub(r"(</td>|</th>|</tr>)", r"\1\n", s)


def name_commune(s):
    return s.replace("ngày 14/01/2021 của Đảng ủy xã về", "ngày 14/01/2021 của Đảng ủy xã Định Thủy về")


def drop_title_line(s):
    return re.sub(r"(?m)^CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n", "", s)


def name_body(s):
    return s.replace("của Ban Chấp hành Đảng bộ xã về", "của Ban Chấp hành Đảng bộ xã Ẳng Tở về")


REPROS = [
    ("01-html-header-cell-paragraphs", "Header table of Word's HTML: paragraphs (<p>) inside a cell are not lines",
     [(C, "p05_mocaynam_hu_kh112_2023.txt", None), (C, "p06_dinhthuy_du_nq09_2023.html", None)],
     [(CT, "p05_mocaynam_hu_kh112_2023.txt", None), (C, "p06_dinhthuy_du_nq09_2023.html", html_lines)],
     ["docs {d} --format json", "check {d} --as-of 2026-11-26 --all"],
     "09-NQ/ĐU is dated 20/02/2023 (`Định Thủy, ngày 20 tháng 02 năm 2023` in the right cell) and issued by Đảng ủy "
     "xã Định Thủy; 112-KH/HU's citation resolves to it (no dangling). docgraph: date null, issuer `Đảng ủy bí thư` "
     "(from the signature). contrast/ puts a line break before each <p>/<td>: the date is read, but the issuer is "
     "still `Đảng ủy` with no place, so the citation `của Đảng ủy xã Định Thủy` still dangles (cause 02)."),
    ("02-docx-header-table-commune", "DOCX header in a two-column table: the commune's name is lost",
     [(C, "p26_songcau_tu_kh45_2024.txt", None), (C, "p27_xuanphu_du_nq22_2024.docx", None)],
     [(CT, "p26_songcau_tu_kh45_2024.txt", None), (CT, "p27_xuanphu_du_nq22_2024.txt", None)],
     ["docs {d} --format json", "check {d} --as-of 2026-11-26 --all"],
     "A planted 2-cycle (45-KH/TU implements 22-NQ/ĐU; 22-NQ/ĐU rests on 45-KH/TU): `cycle` error. docgraph on the "
     ".docx: issuer `Đảng ủy`, locality null, the citation `22-NQ/ĐU … của Đảng ủy phường Xuân Phú` dangles and the "
     "cycle is missed (only the temporal warning remains). contrast/ is the same text as .txt: the cycle is found."),
    ("03-docx-header-table-ministry", "DOCX header of a ministry: issuer null, or a whole sentence of the preamble",
     [(C, "s22_byt_qd1890_2025.docx", None), (C, "s02_btc_tt22_2021.docx", None), (C, "s13_byt_tt19_2022.docx", None)],
     [(CT, "s22_byt_qd1890_2025.txt", None), (CT, "s02_btc_tt22_2021.txt", None), (CT, "s13_byt_tt19_2022.txt", None)],
     ["docs {d} --format json"],
     "issuer Bộ Y tế / Bộ Tài chính (left cell `BỘ Y TẾ`). docgraph: null for s22 and s13, and for s02 `Bộ trưởng Bộ "
     "Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 10/2019/TT-BTC ngày 15 tháng 02 năm "
     "2019 của Bộ trưởng Bộ Tài chính`. It also gives circulars a Party term (khóa XII/XIII)."),
    ("04-title-of-standing-committee", "`NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ HUYỆN ỦY` hides `HUYỆN ỦY MỎ CÀY NAM` of the header",
     [(CT, "p01_mocaynam_hu_nq08_2022.txt", None), (CT, "p02_dinhthuy_du_kh15_2022.txt", None)],
     [(CT, "p01_mocaynam_hu_nq08_2022.txt", drop_title_line), (CT, "p02_dinhthuy_du_kh15_2022.txt", None)],
     ["docs {d} --format json", "check {d} --as-of 2026-11-26 --all --rules dangling,unmet-obligation"],
     "08-NQ/HU is the Huyện ủy Mỏ Cày Nam's; `Nghị quyết số 08-NQ/HU ngày 12/9/2022 của Ban Thường vụ Huyện ủy Mỏ "
     "Cày Nam` resolves to it, and the obligation `Đảng ủy các xã, thị trấn xây dựng kế hoạch` is met by 15-KH/ĐU. "
     "docgraph: issuer `Ban Thường vụ Huyện ủy`, locality `Bến Tre` (the province), dangling note for 08-NQ/HU "
     "and a false unmet-obligation. contrast/ drops the title line: both go away."),
    ("05-unnamed-own-body", "A commune citing its own body without naming it (`của Ban Chấp hành Đảng bộ xã`)",
     [(CT, "p15_angto_du_nq03_2021.txt", None), (CT, "p16_angto_du_kh04_2021.txt", None)],
     [(CT, "p15_angto_du_nq03_2021.txt", None), (CT, "p16_angto_du_kh04_2021.txt", name_body)],
     ["check {d} --as-of 2026-11-26 --all"],
     "04-KH/ĐU of Đảng ủy xã Ẳng Tở implements `Nghị quyết số 03-NQ/ĐU ngày 10/5/2021 của Ban Chấp hành Đảng bộ xã`, "
     "its own committee's resolution, in the corpus with that number and date: no finding. docgraph: dangling "
     "03-NQ/ĐU. contrast/ adds `Ẳng Tở` after `Đảng bộ xã`: resolved. The citing document's own place should be "
     "the default for an unnamed body of its own level (`Ban Thường vụ Đảng ủy phường`, `Ban Thường vụ Quận ủy`)."),
    ("06-town-and-province-both-TU", "Thị ủy Sông Cầu and Tỉnh ủy Phú Yên both number `-NQ/TU`",
     [(CT, "p23_phuyen_tu_nq18_2021.txt", None), (CT, "p24_songcau_tu_nq18_2021.txt", None),
      (C, "p25_songcau_tu_ctr30_2021.md", None)], None,
     ["check {d} --as-of 2026-11-26 --all"],
     "Two documents 18-NQ/TU of two issuers (Tỉnh ủy Phú Yên, 08/10/2021; Thị ủy Sông Cầu, 20/11/2021), and a "
     "programme that cites each with its own date and issuer: no finding. docgraph: duplicate-identity warning "
     "(`18-NQ/TU, Phú Yên`) and two metadata-conflict warnings on the programme's line."),
    ("07-replacement-date-unknown", "superseded-citation error on a 2021 plan for a replacement of 2024",
     [(C, "p15_angto_du_nq03_2021.txt", None), (C, "p16_angto_du_kh04_2021.docx", None),
      (C, "p17_angto_du_nq11_2024.html", None)], None,
     ["check {d} --as-of 2026-11-26 --all"],
     "04-KH/ĐU (01/06/2021) implements 03-NQ/ĐU, which 11-NQ/ĐU replaced in April 2024: nothing to report. "
     "docgraph: two superseded-citation errors (title line and body line) with no `since` date: 11-NQ/ĐU's date "
     "is lost (cause 01) and the rule fires although the replacement cannot be placed before the citing document."),
    ("08-quoted-title", "An id inside a quoted title (`theo Kế hoạch “Thực hiện Kế hoạch số 30-KH/QU …”`)",
     [(C, "p33_lienchieu_qu_kh41_2024.html", None), (C, "p34_hoaminh_du_kh16_2024.txt", None),
      (C, "p35_hoaminh_du_bc20_2024.txt", None)], None,
     ["check {d} --as-of 2026-11-26 --all --rules superseded-citation", "extract {d}/p35_hoaminh_du_bc20_2024.txt"],
     "The report names an old movement by its quoted title; it neither implements nor rests on 30-KH/QU: no "
     "finding. docgraph: `20-BC/ĐU implements 30-KH/QU, which 41-KH/QU replaced since 01/07/2024` (error)."),
    ("09-announced-amendment-fulfilment", "A legislative programme's `Thông tư sửa đổi … Thông tư số X` is matched by issuer, not by X",
     [(CT, "s22_byt_qd1890_2025.txt", None), (CT, "s23_byt_tt08_2025.txt", None)],
     [(C, "s22_byt_qd1890_2025.docx", None), (CT, "s23_byt_tt08_2025.txt", None)],
     ["check {d} --as-of 2026-11-26 --all --rules overdue-plan"],
     "Row 1 (amend 19/2022/TT-BYT, Quý II/2025) is fulfilled by 08/2025/TT-BYT, which amends 19/2022; row 2 (amend "
     "11/2021/TT-BYT, Quý III/2025) is overdue. docgraph on .txt: both rows `fulfilled by 08/2025/TT-BYT` (row 2 "
     "missed). contrast/ (.docx, issuer lost by cause 03): both rows overdue (row 1 a false warning)."),
    ("10-reporting-duty", "`Báo cáo kết quả về Sở Y tế trước ngày 15/12/2023` read as a new document to issue",
     [(C, "s16_phuyen_syt_kh52_2023.txt", None)], None,
     ["check {d} --as-of 2026-11-26 --all --rules overdue-plan"],
     "A numbered item of a Sở Y tế plan telling units to report: a reporting duty, not a document the corpus is "
     "expected to hold (debatable; counted as a false alarm). docgraph: overdue-plan warning `a new Báo cáo`."),
    ("11-count-heading-before-table", "`Quý I/2023 (04 nhiệm vụ):` followed by a table of 3 rows",
     [("TEXT", "kh215.txt", KH215)], None,
     ["check {d} --as-of 2026-11-26 --all", "tasks {d}"],
     "count-mismatch warning (4 stated, 3 listed). docgraph: nothing (the same in the corpus's HTML version)."),
    ("12-obligation-in-a-plan", "`Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện` in a district plan",
     [("TEXT", "kh215.txt", KH215)], None,
     ["check {d} --as-of 2026-11-26 --all --rules unmet-obligation"],
     "unmet-obligation note: no commune plan implements 215-KH/HU. docgraph: nothing; the same sentence in a "
     "Nghị quyết (08-NQ/HU, cause 04) is read as an obligation."),
    ("13-ended-then-replaced", "06/2018/TT-BYT ended by 11/2021 (`hết hiệu lực`) and replaced again by 19/2022",
     [(C, "s11_byt_tt06_2018.txt", None), (C, "s12_byt_tt11_2021.md", None), (CT, "s13_byt_tt19_2022.txt", None)], None,
     ["check {d} --as-of 2026-11-26 --all", "status 06/2018/TT-BYT --corpus {d}"],
     "inverse-inconsistency: two documents end 06/2018/TT-BYT (the second replaces a text no longer in force). "
     "docgraph: nothing. Debatable: the rule's documented case is `replaced by two`; a repeal plus a replacement "
     "is the same contradiction."),
    ("14-cycle-4-across-state-and-party", "Quận ủy plan → UBND quận decision → ward resolution → branch plan → Quận ủy plan",
     [(C, "p30_lienchieu_qu_kh30_2023.txt", None), (C, "s25_lienchieu_ubnd_qd1688_2023.html", None),
      (C, "p31_hoaminh_du_nq14_2023.docx", None), (C, "p32_to45_cb_kh09_2023.md", None)],
     [(C, "p30_lienchieu_qu_kh30_2023.txt", None), (C, "s25_lienchieu_ubnd_qd1688_2023.html", html_lines),
      (CT, "p31_hoaminh_du_nq14_2023.txt", None), (C, "p32_to45_cb_kh09_2023.md", None)],
     ["check {d} --as-of 2026-11-26 --all"],
     "cycle error over 30-KH/QU, 1688/QĐ-UBND, 14-NQ/ĐU, 09-KH/CB. docgraph: only the temporal warning and dangling "
     "notes for 1688/QĐ-UBND and 14-NQ/ĐU (causes 01, 02). contrast/ (HTML with line breaks, .docx as .txt): "
     "14-NQ/ĐU resolves, but the UBND quận's HTML header still gives issuer and locality null, so 1688/QĐ-UBND "
     "(cited `của Ủy ban nhân dân quận Liên Chiểu`) still dangles and the cycle is still missed."),
    ("17-unnamed-body-splits-a-cited-document", "One external document cited with and without the commune's name: two nodes",
     [(CA, "p02_dinhthuy_du_kh15_2022.txt", None), (CA, "p36_dinhthuy_du_kh27_2023.txt", None)],
     [(CA, "p02_dinhthuy_du_kh15_2022.txt", name_commune), (CA, "p36_dinhthuy_du_kh27_2023.txt", None)],
     ["check {d} --as-of 2026-11-26 --all --rules metadata-conflict,dangling"],
     "08-QĐ/ĐU of Đảng ủy xã Định Thủy is cited as `Quy định số 08-QĐ/ĐU ngày 14/01/2021 của Đảng ủy xã` (by the "
     "commune's own plan) and as `Quyết định số 08-QĐ/ĐU ngày 14/01/2021 của Đảng ủy xã Định Thủy`: a metadata-"
     "conflict warning (Quy định vs Quyết định). docgraph: two dangling nodes, `(14/01/2021, Mỏ Cày Nam)` and "
     "`(14/01/2021, xã Định Thủy)`, and no conflict; contrast/ names the commune in the first citation: one node, "
     "the warning. Same cause as 05 (B2), here costing a planted defect."),
    ("16-html-pretty-printed-table", "An HTML task table with one <td> per source line gives no task rows",
     [(C, "s21_bnv_qd125_2025.html", pretty_rows)], [(C, "s21_bnv_qd125_2025.html", None)],
     ["tasks {d}", "check {d} --as-of 2026-11-26 --all --rules overdue-plan"],
     "4 task rows and the overdue-plan warning for row 1 (Thông tư sửa đổi … 13/2022/TT-BNV, Tháng 9/2025), as from "
     "contrast/ (the same table with each <tr> on one line). docgraph: no rows, no finding. Pretty-printed tables "
     "(a line break after each </td>) are what most HTML writers and web pages produce."),
]


def populate(folder, items):
    os.makedirs(folder, exist_ok=True)
    for src, name, patch in items:
        dst = os.path.join(folder, name)
        if src == "TEXT":
            open(dst, "w", encoding="utf-8").write(patch)
        elif patch is None:
            shutil.copy(os.path.join(src, name), dst)
        else:
            s = open(os.path.join(src, name), encoding="utf-8", newline="").read()
            open(dst, "w", encoding="utf-8", newline="").write(patch(s))


def run(cmd, cwd):
    p = subprocess.run([BIN] + cmd.split(), cwd=cwd, capture_output=True, text=True)
    out = p.stdout + (("\n[stderr]\n" + p.stderr) if p.stderr else "")
    return f"$ docgraph {cmd}\n{out.rstrip()}\n[exit {p.returncode}]\n"


def main():
    for name, title, docs, contrast, cmds, expected in REPROS:
        d = os.path.join(R, name)
        shutil.rmtree(d, ignore_errors=True)   # repro/15 is written by hand (README.md there)
        populate(os.path.join(d, "docs"), docs)
        if contrast:
            populate(os.path.join(d, "contrast"), contrast)
        md = [f"# {name}: {title}", "", "**Expected:** " + expected, "",
              f"Run from this folder (binary: `{BIN}`, `docgraph` below).", "", "```"]
        for c in cmds:
            out = run(c.format(d="docs"), d)
            if "--format json" in c and c.startswith("docs"):
                import json
                rows = json.loads(out.split("\n", 1)[1].rsplit("[exit", 1)[0])
                out = f"$ docgraph {c.format(d='docs')}   (fields id, date, issuer, locality, term)\n" + "\n".join(
                    f"{os.path.basename(r['file'])}: {r['id']} | {r['date']} | {r['issuer']} | {r['locality']} | {r['term']}"
                    for r in rows) + "\n"
            md.append(out.rstrip())
        md.append("```")
        if contrast:
            md += ["", "Contrast (`contrast/`):", "", "```"]
            for c in cmds:
                out = run(c.format(d="contrast"), d)
                if "--format json" in c and c.startswith("docs"):
                    import json
                    rows = json.loads(out.split("\n", 1)[1].rsplit("[exit", 1)[0])
                    out = f"$ docgraph {c.format(d='contrast')}\n" + "\n".join(
                        f"{os.path.basename(r['file'])}: {r['id']} | {r['date']} | {r['issuer']} | {r['locality']} | {r['term']}"
                        for r in rows) + "\n"
                md.append(out.rstrip())
            md.append("```")
        open(os.path.join(d, "README.md"), "w", encoding="utf-8").write("\n".join(md) + "\n")
        print("wrote", d)


if __name__ == "__main__":
    main()
