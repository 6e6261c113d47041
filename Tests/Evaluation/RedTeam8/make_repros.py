#!/usr/bin/env python3
"""Write repro/NN-name/ for each miss and false alarm of round 8: docs from gen.py --only (same bytes as corpus/),
variants by textual substitutions, the command, its output and what was expected. Usage: make_repros.py [BIN]"""
import os, shutil, subprocess, sys
BIN = sys.argv[1] if len(sys.argv) > 1 else "/work/bin/docgraph-s13-start"
HERE = os.path.dirname(os.path.abspath(__file__))

REPROS = [
 ("01-same-name-commune-old-and-new-is-one-identity", ["c01_du_old_nq03_2023.txt", "d01_du_nq03_2025.txt"],
  {"variant-new-unit-renamed": ("d01_du_nq03_2025.txt", [("ĐẢNG ỦY XÃ ĐÔNG CUÔNG", "ĐẢNG ỦY XÃ ĐÔNG CUÔNG MỚI")])},
  "FALSE duplicate-identity warning: the former and the new Đảng ủy xã Đông Cuông each have a 03-NQ/ĐU.",
  "c01 (header `ĐẢNG BỘ HUYỆN VĂN YÊN` / `ĐẢNG ỦY XÃ ĐÔNG CUÔNG`, `Số 03-NQ/ĐU`, 15/3/2023, term 2020–2025) and d01 (header "
  "`ĐẢNG BỘ TỈNH LÀO CAI` / `ĐẢNG ỦY XÃ ĐÔNG CUÔNG`, `Số 03-NQ/ĐU`, 15/8/2025, the new commune formed on 01/7/2025 from "
  "xã Đông Cuông, Ngòi A, Mậu A; its text says `kế thừa Nghị quyết số 03-NQ/ĐU ngày 15/3/2023 của Đảng ủy xã Đông Cuông (cũ)`).",
  "No duplicate: two units that share a name (the old commune of huyện Văn Yên, the new commune of tỉnh Lào Cai), two "
  "terms. DESIGN.md: `TU, HU, ĐU are local`, `Local numbering restarts after each … congress`; README duplicate-identity: "
  "`two corpus documents with one identity (number, place, term)` — here neither place nor term is one.",
  "Seen: `two documents have the identity 03-NQ/ĐU, Văn Yên, dated 15/03/2023 and 15/08/2025`: the new commune is placed in "
  "the abolished district (Văn Yên) although its header names ĐẢNG BỘ TỈNH LÀO CAI, and the two dates (2023, 2025: "
  "two terms) do not separate them. variant-new-unit-renamed gives no duplicate, so it is the shared name."),
 ("02-request-for-guidance-read-as-guides", ["x45_ubndx_cv45_2025.txt", "x15_ubndx_qd15_2025.txt", "v03_ubndvy_qd88_2023.txt"],
  {"variant-cho-y-kien": ("x45_ubndx_cv45_2025.txt", [("Đề nghị UBND tỉnh hướng dẫn việc áp dụng", "Đề nghị UBND tỉnh cho ý kiến về việc áp dụng")])},
  "FALSE superseded-citation ERROR in x45: a commune's letter asking the province for guidance on a replaced decision.",
  "x45 (Công văn 45/UBND-VP, UBND xã Đông Cuông, 18/9/2025): `2. Đề nghị UBND tỉnh hướng dẫn việc áp dụng Quyết định số "
  "88/QĐ-UBND ngày 10/4/2023 của UBND huyện Văn Yên (cũ).`; x15 (01/8/2025) replaced 88/QĐ-UBND.",
  "No error: the letter asks somebody else (`Đề nghị UBND tỉnh …`) to guide; it neither guides nor rests on 88/QĐ-UBND. "
  "README superseded-citation: `an enacted citation of a document replaced …`; DESIGN: `guides | Hướng dẫn thực hiện / thi hành` "
  "said by the document of itself.",
  "Seen: `45/UBND-VP guides 88/QĐ-UBND, which 15/QĐ-UBND replaced since 01/08/2025 — cite 15/QĐ-UBND instead` (error). "
  "The subject of `hướng dẫn` is `UBND tỉnh`, object of `Đề nghị`. variant-cho-y-kien gives nothing. (It also fails the "
  "trap commune-replaces-district-decision, whose file x15 the finding names.)"),
 ("03-word-comment-read-as-citation", ["hx1_hdndx_nq05_2025.txt", "u02_ubndlc_kh120_2025.txt"],
  {"variant-comment-removed": ("hx1_hdndx_nq05_2025.txt", [("[Comment: NTH1: Đề nghị bổ sung căn cứ Kế hoạch số 120/KH-UBND ngày 15/9/2025 của UBND tỉnh khi UBND tỉnh ban hành.]", "")])},
  "FALSE temporal warning in hx1 from a reviewer's comment pasted with the text (debatable).",
  "hx1 (HĐND xã, 25/8/2025), line 15: `Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;[Comment: NTH1: Đề nghị bổ "
  "sung căn cứ Kế hoạch số 120/KH-UBND ngày 15/9/2025 của UBND tỉnh khi UBND tỉnh ban hành.]` — Word's comment balloon as "
  "copy-paste with markup leaves it.",
  "No temporal: the bracketed `[Comment: AUTHOR: …]` is a reviewer's note, not the resolution's text, and even read as "
  "text it proposes a future citation (`khi UBND tỉnh ban hành`). README temporal: `an enacted citation of a document dated after the citing one`.",
  "Seen: `05/NQ-HĐND (25/08/2025) basedOn 120/KH-UBND, which is dated later` — the `Căn cứ` before the comment governs the "
  "comment's citation. variant-comment-removed gives nothing. Debatable (a comment pasted in a .txt is text); the .docx "
  "comments part (x42) is rightly ignored."),
 ("04-report-owed-to-department-read-as-departments-own", ["s01_snvlc_hd12_2025.txt"],
  {"variant-subject-named": ("s01_snvlc_hd12_2025.txt", [("2. Báo cáo kết quả về Sở Nội vụ", "2. UBND các xã, phường báo cáo kết quả về Sở Nội vụ")])},
  "FALSE overdue-plan warning in s01: the communes' reporting duty read as a Báo cáo the Sở Nội vụ owes.",
  "s01 (Hướng dẫn 12/HD-SNV of Sở Nội vụ tỉnh Lào Cai, 22/9/2025, addressed to UBND các xã, phường): `2. Báo cáo kết quả "
  "về Sở Nội vụ trước ngày 15/10/2025.` In the full corpus UBND xã Đông Cuông did report (x65, 65/BC-UBND, `theo Hướng dẫn số 12/HD-SNV`).",
  "No warning: a report sent `về Sở Nội vụ` is owed by the addressees, not by the Sở; a reporting duty is no document "
  "announced (RedTeam3 left this open as debatable). At most a note.",
  "Seen: `‘Báo cáo kết quả về Sở Nội vụ trước ngày 15/10/2025’ (a new Báo cáo) announced by 12/HD-SNV (due 2025-10-15) is "
  "overdue …: no Báo cáo of that issuer and subject is in the corpus`. See variant-subject-named for how a named subject reads."),
 ("05-ocr-date-hides-issuer", ["x65_ubndx_bc65_2025.txt", "u02_ubndlc_kh120_2025.txt"],
  {"variant-date-fixed": ("x65_ubndx_bc65_2025.txt", [("ngày l5/9/2025", "ngày 15/9/2025")]),
   "variant-tinh-fixed": ("x65_ubndx_bc65_2025.txt", [("UBND tinh Lào Cai", "UBND tỉnh Lào Cai")])},
  "FALSE dangling note: an OCR'd `l5/9/2025` (letter l for 1) makes the province's plan the commune's.",
  "x65 (OCR'd report of UBND xã, 25/11/2025), line 12: `Thực hiện Kế hoạch sô 120/KH-UBND ngày l5/9/2025 của UBND tinh Lào Cai; …`.",
  "It resolves to u02 (120/KH-UBND of UBND tỉnh Lào Cai): `của UBND tinh Lào Cai` names the issuer even when the date is unreadable.",
  "Seen: `120/KH-UBND (xã Đông Cuông) is cited 1 time but its text is not in the corpus`. With the date fixed it resolves; "
  "with only `tinh` fixed it does not: an unreadable date cuts the citation before its issuer, so the citing commune is taken."),
 ("06-count-of-lettered-items", ["x60_ubndx_kh60_2025.txt"],
  {"variant-numbered": ("x60_ubndx_kh60_2025.txt", [("\na) ", "\n1. "), ("\nb) ", "\n2. "), ("\nc) ", "\n3. "), ("\nd) ", "\n4. ")])},
  "MISSED count-mismatch in x60: `05 nhóm giải pháp sau:` then items a) to d).",
  "x60 (UBND xã, 05/11/2025): `Để đạt mục tiêu, UBND xã triển khai đồng bộ 05 nhóm giải pháp sau:` / `a) …` `b) …` `c) …` `d) …`.",
  "A warning count-mismatch (README: `… followed by a different number of items`).",
  "Seen: nothing; variant-numbered (`1.`–`4.`) gives `states 5 tasks but 4 are listed`. Lettered items `a)` are not counted."),
 ("07-department-bare-huong-dan-obligation", ["u02_ubndlc_kh120_2025.txt"],
  {"variant-ban-hanh": ("u02_ubndlc_kh120_2025.txt", [("3. Sở Tài chính hướng dẫn việc bố trí", "3. Sở Tài chính ban hành hướng dẫn việc bố trí")])},
  "MISSED unmet-obligation in u02: `Sở Tài chính hướng dẫn việc bố trí kinh phí cho cấp xã, hoàn thành trước ngày 31/10/2025`.",
  "u02 (Kế hoạch 120/KH-UBND of UBND tỉnh Lào Cai, 15/9/2025), `II. TỔ CHỨC THỰC HIỆN`: `1. Sở Nội vụ hướng dẫn UBND các xã, "
  "phường thực hiện Kế hoạch này, hoàn thành trước ngày 30/9/2025.` (met by 12/HD-SNV) `3. Sở Tài chính hướng dẫn việc bố trí "
  "kinh phí cho cấp xã, hoàn thành trước ngày 31/10/2025.` (no guidance of Sở Tài chính in the corpus).",
  "A note unmet-obligation naming Sở Tài chính (and an overdue task). Debatable: the verb `hướng dẫn` without `ban hành` "
  "could be read as work rather than a document; but with a deadline in a plan's Tổ chức thực hiện it is the usual way a "
  "guidance is ordered.",
  "Seen: neither item 1 nor item 3 is read as an obligation or a task. variant-ban-hanh gives the overdue warning and the unmet note."),
 ("08-province-letter-names-commune-decision", ["u04_ubndlc_cv2390_2025.txt", "x15_ubndx_qd15_2025.txt"],
  {"variant-issuer-after": ("u04_ubndlc_cv2390_2025.txt", [("15/QĐ-UBND ngày 01/8/2025;", "15/QĐ-UBND ngày 01/8/2025 của UBND xã Đông Cuông;")])},
  "FALSE dangling note (trap added after the run): the province's letter names the commune's replacing decision.",
  "u04 (Công văn 2390/UBND-NV, UBND tỉnh Lào Cai, 10/10/2025): `Quyết định số 88/QĐ-UBND … đã được UBND xã thay thế bằng "
  "Quyết định số` / `15/QĐ-UBND ngày 01/8/2025; đề nghị UBND xã thực hiện theo Quyết định số 15/QĐ-UBND …`.",
  "It resolves to x15 (15/QĐ-UBND of UBND xã Đông Cuông, 01/8/2025): the clause names its issuer before the citation "
  "(`UBND xã thay thế bằng`), the letter is addressed to that commune, and the number and date match x15 exactly.",
  "Seen: `15/QĐ-UBND (01/08/2025, Lào Cai) is cited 2 times but its text is not in the corpus`. variant-issuer-after resolves it."),
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
        for vname, (f, subs) in variants.items():
            vd = os.path.join(d, vname)
            shutil.copytree(os.path.join(d, "docs"), vd)
            p = os.path.join(vd, f)
            t = open(p, encoding="utf-8").read()
            for a, b in subs:
                assert a in t, (name, a)
                t = t.replace(a, b)
            open(p, "w", encoding="utf-8").write(t)
            desc = "; ".join(f"`{a.strip()}` → `{b.strip()}`" for a, b in subs)
            parts.append(f"\n{vname}: {desc} in {f}\n\n```sh\n{BIN} --lang en check {vname} --as-of 2026-11-26 --all\n```\n```\n{run(vd)}```\n")
        open(os.path.join(d, "README.md"), "w", encoding="utf-8").write("".join(parts))


main()
