#!/usr/bin/env python3
"""Write repro/NN-name/ for the top misses and false alarms of round 10: docs from gen.py --only (same bytes as corpus/),
variants by a textual change, the command, its output and what was expected. Usage: make_repros.py BIN"""
import os, shutil, subprocess, sys
BIN = sys.argv[1] if len(sys.argv) > 1 else "/work/bin/docgraph-s13-start"
HERE = os.path.dirname(os.path.abspath(__file__))
SEP = "\n\n" + "=" * 60 + "\n\n"


def split_compilation(d):
    p = os.path.join(d, "cb_tapvanban_2022_q1.txt")
    parts = open(p, encoding="utf-8").read().split(SEP)
    open(p, "w", encoding="utf-8").write(SEP.join(parts[:4] + parts[5:]))
    open(os.path.join(d, "cb_kh30b_tach_rieng.txt"), "w", encoding="utf-8").write(parts[4])
    return "the second 30-KH/TU (15/3/2022) moved out of the compilation into its own file cb_kh30b_tach_rieng.txt"


def sub(f, a, b):
    def go(d):
        p = os.path.join(d, f)
        t = open(p, encoding="utf-8").read()
        assert a in t, (f, a)
        open(p, "w", encoding="utf-8").write(t.replace(a, b))
        return f"`{a}` → `{b}` in {f}"
    return go


def drop_cover(d):
    p = os.path.join(d, "hu01_hu_sotay_kh30_2016.md")
    t = open(p, encoding="utf-8").read()
    open(p, "w", encoding="utf-8").write(t[t.index("ĐẢNG BỘ TỈNH"):])
    return "the booklet's cover (`# SỔ TAY VĂN BẢN` / `## Huyện ủy Tuy Phước — năm 2016 …` / `---`, lines 1-5) removed"


def letters_to_numbers(d):
    p = os.path.join(d, "xa02_ps_kh10_2016.txt")
    t = open(p, encoding="utf-8").read()
    for a, b in (("\na) ", "\n1. "), ("\nb) ", "\n2. "), ("\nc) ", "\n3. "), ("\nd) ", "\n4. ")):
        t = t.replace(a, b)
    open(p, "w", encoding="utf-8").write(t)
    return "items `a)` … `d)` renumbered `1.` … `4.` in xa02_ps_kh10_2016.txt"


REPROS = [
 ("01-duplicate-inside-compilation", ["cb_tapvanban_2022_q1.txt"], {"variant-split-file": split_compilation},
  "MISSED duplicate-identity 30-KH/TU inside the gazette-like compilation.",
  "cb_tapvanban_2022_q1.txt (Tập văn bản của Tỉnh ủy Bình Định, Quý I/2022) holds five documents, each with its own header; "
  "`docgraph docs` splits them right. Lines 75-104: `Số 30-KH/TU` … `Quy Nhơn, ngày 10 tháng 02 năm 2022` KẾ HOẠCH thực hiện Kết luận số 21-KL/TW; "
  "lines 105-133: `Số 30-KH/TU` … `Quy Nhơn, ngày 15 tháng 03 năm 2022` KẾ HOẠCH tổ chức Hội nghị báo cáo viên quý II.",
  "A warning duplicate-identity naming 30-KH/TU (README: `two corpus documents with one identity (number, place, term): both are kept as nodes, the finding names both files`; here both are in one file).",
  "Seen: nothing. variant-split-file (the same text in two files) gives the warning, so two documents of one identity inside one file are not compared."),
 ("02-lettered-items-not-counted", ["xa02_ps_kh10_2016.txt"], {"variant-numbered": letters_to_numbers,
   "variant-one-line": sub("xa02_ps_kh10_2016.txt", "03 nhóm\ngiải pháp sau:", "03 nhóm giải pháp sau:"),
   "variant-one-line-numbered": lambda d: sub("xa02_ps_kh10_2016.txt", "03 nhóm\ngiải pháp sau:", "03 nhóm giải pháp sau:")(d) + "; and " + letters_to_numbers(d)},
  "MISSED count-mismatch in xa02 (`đề ra 03 nhóm giải pháp sau:` then four items `a)` … `d)`).",
  "xa02_ps_kh10_2016.txt:13-18 (Đảng ủy xã Phước Sơn, 22/9/2016): `… Đảng ủy xã Phước Sơn đề ra 03 nhóm` / `giải pháp sau:` / "
  "`a) Quán triệt, tuyên truyền (…);` `b) Học tập chuyên đề (…);` `c) Vận động nhân dân hiến đất làm đường (…);` `d) Kiểm tra, giám sát (…).`",
  "A warning count-mismatch (3 stated, 4 listed). README: `count-mismatch | warning | Tháng 01/2026 (11 nhiệm vụ) followed by a different number of items`.",
  "Seen: nothing. Two causes, both needed for the warning: variant-numbered (`1.` … `4.`) alone and variant-one-line (`03 nhóm giải pháp sau:` on one line) alone "
  "give nothing; variant-one-line-numbered gives `states 3 tasks but 4 are listed`. So items lettered `a)` … `d)` are not counted, and a count whose "
  "noun is wrapped onto the next line (`03 nhóm` / `giải pháp sau:`, as converters wrap a paragraph) is not read."),
 ("03-booklet-cover-hides-issuer", ["hu01_hu_sotay_kh30_2016.md", "hu03_hu_bc85_2019.txt", "xa01_pl_kh08_2016.txt", "xa02_ps_kh10_2016.txt"],
  {"variant-no-cover": drop_cover},
  "FALSE dangling note for 30-KH/HU (cited 7 times) and FALSE unmet-obligation note in the booklet, because the booklet's plan is placed nowhere.",
  "hu01_hu_sotay_kh30_2016.md:1-5 is the booklet's cover: `# SỔ TAY VĂN BẢN` / `## Huyện ủy Tuy Phước — năm 2016 (lưu hành nội bộ)` / `---`; "
  "then the plan's header `ĐẢNG BỘ TỈNH BÌNH ĐỊNH` / `**HUYỆN ỦY TUY PHƯỚC**` / `Số 30-KH/HU` / `*Tuy Phước, ngày 25 tháng 8 năm 2016*`. "
  "xa01:10 `Thực hiện Kế hoạch số 30-KH/HU, ngày 25/8/2016 của Ban Thường vụ Huyện ủy Tuy Phước`.",
  "The citations resolve to the booklet's plan (issuer Huyện ủy Tuy Phước); no dangling note; the communes' plans xa01, xa02 fulfil `Các đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện Kế hoạch này trước ngày 30/9/2016`.",
  "Seen: `docs` names the issuer `Ban Thường vụ Huyện ủy` with no place (a .txt with the same header gets `Huyện ủy Tuy Phước`), so `30-KH/HU (25/08/2016, Tuy Phước)` stays unresolved. "
  "variant-no-cover gives `Ban Thường vụ Huyện ủy Tuy Phước`, the dangling and unmet notes go, but the overdue-plan warning stays (see 04)."),
 ("04-announced-lower-tier-plans-not-matched", ["hu04_hu_kh35_2019.txt", "xa08_ps_kh22_2019.txt"], {},
  "FALSE overdue-plan warnings for `Các đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện …` (hu04:17, hu01:25) and `Các huyện ủy, thị ủy, thành ủy … xây dựng kế hoạch thực hiện …` (tu01:23, tu05:19, tu02.docx:16) although the lower tier's plans exist.",
  "hu04_hu_kh35_2019.txt:17 (Huyện ủy Tuy Phước, 10/5/2019): `2. Các đảng ủy xã, thị trấn xây dựng kế hoạch thực hiện trước ngày 30/6/2019.`; "
  "xa08_ps_kh22_2019.txt (Đảng ủy xã Phước Sơn, 20/6/2019): `Thực hiện Kế hoạch số 35-KH/HU, ngày 10/5/2019 của Ban Thường vụ Huyện ủy, Đảng ủy xã Phước Sơn xây dựng Kế hoạch`.",
  "No overdue-plan: a commune's plan implementing 35-KH/HU was issued before the deadline. unmet-obligation agrees (no note), overdue-plan does not. "
  "README: `a body in the plural (Đảng ủy các xã, thị trấn, UBND các huyện) is any body of that tier`.",
  "Seen: `‘xây dựng kế hoạch thực hiện’ (a new Kế hoạch) announced by 35-KH/HU (due 2019-06-30, lead unit Các đảng ủy xã, thị trấn) is overdue … no Kế hoạch of that issuer and subject`. "
  "In the full run the same for tu01 (15-KH/TU 2016; hu01 implements it), tu05 (15-KH/TU 2021; hu05 implements it), tu02.docx (10-CTr/TU; hu01 implements it), hu01 (xa01, xa02). "
  "The two rules that judge one sentence disagree; overdue-plan's matcher wants the issuer of the announcing sentence's lead unit and a subject."),
 ("05-coordinated-review-read-as-citing-itself", ["tu08_tu_bc250_2026.txt", "tw03_bct_ct05_2016.txt", "tw04_bct_kl01_2021.txt"],
  {"variant-two-sentences": sub("tu08_tu_bc250_2026.txt", "trị và 05 năm thực hiện Kết luận", "trị; đồng thời báo cáo 05 năm thực hiện Kết luận")},
  "FALSE temporal warning in tu08:14: `05-CT/TW (15/05/2016) reviews 01-KL/TW, which is dated later`.",
  "tu08_tu_bc250_2026.txt:12-14 (Báo cáo 250-BC/TU, 20/4/2026): `Ban Thường vụ Tỉnh ủy báo cáo tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính` / "
  "`trị và 05 năm thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị như sau:`",
  "The report reviews both 05-CT/TW and 01-KL/TW (two objects of one `tổng kết`); no edge 05-CT/TW → 01-KL/TW, no temporal.",
  "Seen: the second object (`và 05 năm thực hiện Kết luận số 01-KL/TW`) is given the first cited id as its subject."),
 ("06-forwarded-email-quote-as-duplicate", ["mail01_vphu_fwd_cv1520_2021.txt", "tu12_tu_cv1520_2021.txt"], {},
  "FALSE duplicate-identity 1520-CV/TU (trap forwarded-letter-quoted).",
  "mail01_vphu_fwd_cv1520_2021.txt: an e-mail of Văn phòng Huyện ủy Tuy Phước (`Từ: … Gửi: Thứ Ba, 13/4/2021 08:12`, `Kính chuyển Đảng ủy các xã, thị trấn Công văn số 1520-CV/TU …`), "
  "then `---------- Forwarded message ---------` and the full letter with its header `Số 1520-CV/TU` / `Quy Nhơn, ngày 12 tháng 04 năm 2021`; tu12 is that letter.",
  "The quoted letter is the letter already in the corpus (tu12), not a second document numbered 1520-CV/TU; the e-mail is the district office's own message (13/4/2021, no number) that forwards it.",
  "Seen: the e-mail is taken as a document numbered 1520-CV/TU dated 12/4/2021 and a duplicate of tu12. (mail02, which quotes with `> `, gets no number: an unnumbered document of `Ban Thường vụ Tỉnh ủy` dated 12/4/2021.)"),
]


def run(folder):
    cmd = [BIN, "--lang", "en", "check", os.path.basename(folder), "--as-of", "2026-11-26", "--all"]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=os.path.dirname(folder))
    return p.stdout + p.stderr + f"\n[exit {p.returncode}]\n"


def main():
    root = os.path.join(HERE, "repro")
    shutil.rmtree(root, ignore_errors=True)
    for name, files, variants, title, text, expected, seen in REPROS:
        d = os.path.join(root, name)
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", os.path.join(d, "docs"), "--only", ",".join(files)],
                       check=True, capture_output=True)
        out = run(os.path.join(d, "docs"))
        parts = [f"# {name}\n\n**{title}**\n\n{text}\n\nExpected: {expected}\n\n{seen}\n\nFiles (from `gen.py --only`, the same bytes as in `corpus/`): "
                 + ", ".join(f"`docs/{f}`" for f in files) + "\n\n```sh\ncd repro/" + name + f"\n{BIN} --lang en check docs --as-of 2026-11-26 --all\n```\n```\n{out}```\n"]
        for vname, change in variants.items():
            vd = os.path.join(d, vname)
            shutil.copytree(os.path.join(d, "docs"), vd)
            what = change(vd)
            parts.append(f"\n{vname}: {what}\n\n```sh\n{BIN} --lang en check {vname} --as-of 2026-11-26 --all\n```\n```\n{run(vd)}```\n")
        open(os.path.join(d, "README.md"), "w", encoding="utf-8").write("".join(parts))


main()
