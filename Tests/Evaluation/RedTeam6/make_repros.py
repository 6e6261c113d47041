#!/usr/bin/env python3
"""make_repros.py BIN: write repro/NN-name/{docs/, variant-*/, README.md} for every miss and false alarm of REPORT.md,
each with the exact commands and their full output, and repro/INDEX.md. Documents come from gen.py --only (the same
bytes as corpus/); a variant changes one thing (a text substitution, or gen.py's --clean-scans / --no-fax-line)."""
import os, shutil, subprocess, sys

BIN = sys.argv[1] if len(sys.argv) > 1 else "/work/bin/docgraph-s12-start-release"
HERE = os.path.dirname(os.path.abspath(__file__))
R = os.path.join(HERE, "repro")

REPROS = [
    ("01-so-documents-not-placed",
     ["s01_snn_kh45_2024.txt", "s02_snn_kh156_2024.txt", "s06_snn_qd512_2024.txt", "u02_hh_kh95_2024.txt", "u05_nh_kh210_2024.txt"],
     {"variant-tinh-in-prose": [("sub", "s01_snn_kh45_2024.txt", ("động vật năm 2024 như sau:", "động vật năm 2024 trên địa bàn tỉnh Nam Định như sau:")),
                                ("sub", "s02_snn_kh156_2024.txt", ("Phi; Sở Nông nghiệp và Phát triển nông thôn xây dựng", "Phi; Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định xây dựng"))],
      "variant-name-on-one-line": [(("sub", f, ("SỞ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")))
                                   for f in ("s01_snn_kh45_2024.txt", "s02_snn_kh156_2024.txt", "s06_snn_qd512_2024.txt")]},
     ["check", "docs"],
     "MISSED superseded-citation 45/KH-SNN and metadata-conflict 512/QĐ-SNN in u02; FALSE dangling notes (45/KH-SNN, "
     "512/QĐ-SNN, 156/KH-SNN) and a FALSE unmet-obligation (UBND các huyện, thành phố) in s02.",
     "u02 (UBND huyện Hải Hậu, 15/8/2024): `Thực hiện Kế hoạch số 45/KH-SNN ngày 10/01/2024 của Sở Nông nghiệp và Phát "
     "triển nông thôn …; Quy định số 512/QĐ-SNN ngày 01/8/2024 của Sở …`; s02 (20/6/2024): `Kế hoạch này thay thế Kế hoạch "
     "số 45/KH-SNN ngày 10/01/2024`; s06's header says QUYẾT ĐỊNH; u05 (UBND huyện Nghĩa Hưng): `Thực hiện Kế hoạch số "
     "156/KH-SNN ngày 20/6/2024 của Sở …` answers s02's `UBND các huyện, thành phố xây dựng kế hoạch thực hiện`. "
     "Expected: an error superseded-citation (u02 → 45/KH-SNN), a warning metadata-conflict (Quy định vs Quyết định), no "
     "dangling note for documents that are in the folder, no unmet-obligation for the districts. Seen: `docs` gives the "
     "Sở's documents `locality: null` (issuer `Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định`), while the districts' "
     "citations of them are placed in `Nam Định` (`45/KH-SNN (10/01/2024, Nam Định) is cited … not in the corpus`): the "
     "two never meet. variant-tinh-in-prose (`tỉnh Nam Định` in the Sở's prose) and variant-name-on-one-line (the Sở's "
     "name on one header line) change nothing."),
    ("02-fax-header-line",
     ["u07_xt_bc177_2024_fax.pdf", "s03_snn_cv1250_2024.txt"],
     {"variant-no-fax-line": "--no-fax-line"}, ["check", "docs"],
     "MISSED metadata-conflict 1250/SNN-KHTC in the faxed report; FALSE dangling note on the fax's own number 177/BC-UBND.",
     "Faxed page: `Số: 177/BC-UBND … Xuân Trường, ngày 25 tháng 3 năm 2024` and `Thực hiện Công văn số 1250/SNN-KHTC ngày "
     "15/3/2024 của Sở Nông nghiệp và PTNT`; s03's header: `Nam Định, ngày 05 tháng 3 năm 2024`. Expected: a warning that "
     "1250/SNN-KHTC is dated 05/03/2024, and 177/BC-UBND as the page's own identity. Seen: with the fax machine's top line "
     "(`27/03/2024 16:42 FAX 0228 3877 215 UBND H.XUAN TRUONG P.001/001`) the page gets no id, issuer or date and the "
     "cited date is lost; the same page without that one line (variant-no-fax-line, same skew and speckles) gives the "
     "metadata-conflict. (OCR of a skewed bilevel page also misreads words; see docs output.)"),
    ("03-scanned-task-table",
     ["n06_hndh_kh31_2024_scan.pdf", "n01_hndt_kh75_2024.txt"],
     {"variant-clean-scan": "--clean-scans"}, ["check", "docs", "tasks"],
     "MISSED overdue-plan 75-KH/HNDT (scanned row 2); FALSE dangling note on the scan's own number 31-KH/HNDH.",
     "Scanned table `TT | Nội dung | Đơn vị chủ trì | Thời gian` row `2 | Sơ kết 6 tháng thực hiện Kế hoạch số 75-KH/HNDT | "
     "Văn phòng Hội | Tháng 9/2024`. Expected: a planned review of 75-KH/HNDT due 30/9/2024, overdue. Seen: `tasks` is "
     "empty; the row's citation is read as an enacted `implements`/`reviews` without deadline. The clean variant (no skew, "
     "no speckles) reads the identity (31-KH/HNDH) but still finds no task — the table is not taken as a task table; "
     "there the row even becomes an enacted review of 75-KH/HNDT, which would fulfil anyone's planned review of it."),
    ("04-plural-youth-unions-obligation",
     ["d01_tdtn_kh112_2024.txt", "d04_hdtn_kh25a_2024.txt"],
     {}, ["check"],
     "FALSE overdue-plan warning in d01.",
     "d01 (Tỉnh đoàn, 12/3/2024): `Các huyện đoàn, thành đoàn và đoàn trực thuộc xây dựng kế hoạch triển khai, gửi về Ban "
     "Thường vụ Tỉnh đoàn trước ngày 20/3/2024.` d04 (Huyện đoàn Hải Hậu, 15/3/2024): `Thực hiện Kế hoạch số 112-KH/TĐTN-PT "
     "ngày 12-3-2024 của Ban Thường vụ Tỉnh đoàn …, Ban Thường vụ Huyện đoàn xây dựng Kế hoạch`. Expected: fulfilled (a "
     "body in the plural is any body of that tier, README). Seen: `no Kế hoạch of that issuer and subject is in the "
     "corpus`. The unmet-obligation rule does accept it (no note), so the two rules disagree."),
    ("05-front-and-unions-obligation-with-deadline",
     ["p04_hu_kh40_2024.txt", "m01_mttq_kh40_2024.txt"],
     {}, ["check"],
     "FALSE overdue-plan warning in p04 (item 2 of Tổ chức thực hiện).",
     "p04 (Huyện ủy, 15/01/2024): `2. Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện xây dựng kế hoạch thực hiện, "
     "hoàn thành trước ngày 28/02/2024.` m01 (Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hải Hậu, 25/01/2024): `Thực hiện "
     "Kế hoạch số 40-KH/HU ngày 15/01/2024 của Ban Thường vụ Huyện ủy …` Expected: fulfilled by 40/KH-MTTQ-BTT. Seen: "
     "`‘xây dựng kế hoạch thực hiện’ (a new Kế hoạch) announced by 40-KH/HU (due 2024-02-28) is overdue`; the "
     "unmet-obligation rule finds it fulfilled (no note)."),
    ("06-dated-citation-of-duplicate",
     ["d04_hdtn_kh25a_2024.txt", "d05_hdtn_kh25b_2024.txt", "d08_hdtn_kh38_2024.docx"],
     {}, ["check"],
     "FALSE metadata-conflict in d08 (next to the planted duplicate-identity, which is found).",
     "d08 row 2: `Sơ kết thực hiện Kế hoạch số 25-KH/HĐTN ngày 02/4/2024 của Ban Thường vụ Huyện đoàn`; d05 is `Số: "
     "25-KH/HĐTN`, `Hải Hậu, ngày 02 tháng 4 năm 2024`. Expected: the dated citation goes to d05 (the date decides, as it "
     "does between terms). Seen: `25-KH/HĐTN is dated 15/03/2024 in its own header but cited as of 02/04/2024; did you "
     "mean 15/03/2024?` — the citation went to the first of the two (d04)."),
    ("07-short-name-of-same-body",
     ["m01_mttq_kh40_2024.txt", "m05_mttq_bc150_2024.txt"],
     {}, ["check"],
     "FALSE metadata-conflict in m05.",
     "m05 (Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hải Hậu): `triển khai Kế hoạch số 40/KH-MTTQ-BTT của Ban Thường "
     "trực.` — its own Ban Thường trực, the issuer of m01. Expected: nothing. Seen: `40/KH-MTTQ-BTT is issued by Ban "
     "Thường trực Ủy ban MTTQ Việt Nam huyện Hải Hậu according to its own text but cited as of Ban Thường trực`."),
    ("08-vv-two-lines-in-party-letter",
     ["p03_hu_ct22_2024.txt", "p05_btghu_cv85_2024.txt"],
     {"variant-vv-one-line": [("sub", "p05_btghu_cv85_2024.txt",
                              ("Chỉ thị số 22-CT/HU\ncủa Ban Thường vụ Huyện ủy\n", "Chỉ thị số 22-CT/HU của Ban Thường vụ Huyện ủy\n"))],
      "variant-blank-line-after-vv": [("sub", "p05_btghu_cv85_2024.txt",
                              ("của Ban Thường vụ Huyện ủy\nĐẢNG CỘNG SẢN", "của Ban Thường vụ Huyện ủy\n\nĐẢNG CỘNG SẢN"))],
      "variant-motto-and-date-before-vv": [("sub", "p05_btghu_cv85_2024.txt",
                              ("V/v hướng dẫn tuyên truyền Chỉ thị số 22-CT/HU\ncủa Ban Thường vụ Huyện ủy\nĐẢNG CỘNG SẢN VIỆT NAM\nHải Hậu, ngày 20 tháng 4 năm 2024\n",
                               "ĐẢNG CỘNG SẢN VIỆT NAM\nHải Hậu, ngày 20 tháng 4 năm 2024\nV/v hướng dẫn tuyên truyền Chỉ thị số 22-CT/HU\ncủa Ban Thường vụ Huyện ủy\n"))]},
     ["check"],
     "FALSE metadata-conflict ×2 in p05 (date and issuer of 22-CT/HU).",
     "p05's header as the left and right columns come out of a Party letter: `Số 85-CV/BTGHU` / `V/v hướng dẫn tuyên truyền "
     "Chỉ thị số 22-CT/HU` / `của Ban Thường vụ Huyện ủy` / `ĐẢNG CỘNG SẢN VIỆT NAM` / `Hải Hậu, ngày 20 tháng 4 năm "
     "2024`. Expected: the V/v names 22-CT/HU without date. Seen: the letter's own date (20/04/2024) and the motto "
     "(`Ban Thường vụ Huyện ủy ĐẢNG CỘNG SẢN VIỆT NAM Hải Hậu`) are read as the cited directive's date and issuer. "
     "Variants: the V/v on one line still fails; a blank line after the V/v, or the motto and date before it, and "
     "both warnings go: the citation in a V/v takes the next header lines (the right column) as its issuer and date."),
    ("09-nay-da-duoc-thay-the-after-repeal",
     ["n03_hndh_qc03_2020.txt", "n04_hndh_qd45_2024.txt", "n05_hndh_qc05_2024.txt", "n07_hndh_bc60_2024.txt"],
     {"variant-without-repealer": [("drop", "n04_hndh_qd45_2024.txt", None)],
      "variant-redteam5-subject": [("drop", "n04_hndh_qd45_2024.txt", None), ("sub", "n07_hndh_bc60_2024.txt",
          ("Trước đây, Ban Chấp hành làm việc theo", "Trước đây, Ban Chỉ đạo xây dựng nông thôn mới xã làm việc theo"))],
      "variant-redteam5-subject-no-history-words": [("drop", "n04_hndh_qd45_2024.txt", None), ("sub", "n07_hndh_bc60_2024.txt",
          ("Trước đây, Ban Chấp hành làm việc theo Quy chế số 03-QC/HNDH ngày 10/6/2020 (nay đã được thay thế\nbằng Quy chế số 05-QC/HNDH ngày 20/6/2024).", "Ban Chỉ đạo xây dựng nông thôn mới xã làm việc theo Quy chế số 03-QC/HNDH ngày 10/6/2020."))]}, ["check"],
     "FALSE superseded-citation (error) in n07.",
     "n07 (10/12/2024): `Trước đây, Ban Chấp hành làm việc theo Quy chế số 03-QC/HNDH ngày 10/6/2020 (nay đã được thay thế "
     "bằng Quy chế số 05-QC/HNDH ngày 20/6/2024).` Expected: history, nothing (RedTeam5's same sentence about a replaced "
     "Quy chế holds). Seen: `60-BC/HNDH basedOn 03-QC/HNDH, which 45-QĐ/HNDH repealed since 10/03/2024` — when the Quy "
     "chế was also repealed. Variants show the repeal is not the cause: without n04 the error stays (`which 05-QC/HNDH "
     "replaced`); what silences it is the subject RedTeam5 used (`Ban Chỉ đạo xây dựng nông thôn mới xã làm việc theo …`), "
     "and it does so even with `Trước đây` and `(nay đã được thay thế …)` removed — so neither history marker is honoured, "
     "and RedTeam5's trap `replaced-with-nay-da-duoc-thay-the` passes by accident of its subject (a `xây dựng` before "
     "`theo`?). Also tried by hand (same result, error): `Trước đây` at a line's start, the parenthesis on one line, `của "
     "Ban Chấp hành Hội Nông dân huyện` before it, the replacement cited after it, subject `Hội` or `Ban Thường vụ`."),
    ("10-so-header-name-garbled",
     ["s01_snn_kh45_2024.txt"],
     {"variant-uy-ban-nhan-dan-tinh": [("sub", "s01_snn_kh45_2024.txt", ("UBND TỈNH NAM ĐỊNH", "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"))]},
     ["docs"],
     "Not scored (seen while isolating 01): the issuer's name is garbled when the Sở's header spells out its UBND.",
     "Header `ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH` / `SỞ NÔNG NGHIỆP VÀ` / `PHÁT TRIỂN NÔNG THÔN`. Expected: `Sở Nông nghiệp và "
     "Phát triển nông thôn tỉnh Nam Định` (as with `UBND TỈNH NAM ĐỊNH`). Seen in the variant: `Sở Nông nghiệp và Phát "
     "triển nông thôn dân tỉnh Nam Định`."),
]


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, shell=True, capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    return p.stdout + (("\n[stderr]\n" + p.stderr) if p.stderr.strip() else "") + f"\n[exit {p.returncode}]"


def cmds(kinds, folder):
    out = []
    for k in kinds:
        if k == "check":
            out.append(f"{BIN} --lang en --ocr check {folder} --as-of 2026-11-26 --all")
        elif k == "docs":
            out.append(f"{BIN} --lang en --ocr docs {folder} --format json")
        elif k == "tasks":
            out.append(f"{BIN} --lang en --ocr tasks {folder}")
    return out


def main():
    shutil.rmtree(R, ignore_errors=True)
    os.makedirs(R)
    index = ["# Repros (binary: `%s`)\n" % BIN]
    for name, files, variants, kinds, what, why in REPROS:
        d = os.path.join(R, name)
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", os.path.join(d, "docs"), "--only", ",".join(files)],
                       check=True, capture_output=True)
        md = [f"# {name}\n", f"**{what}**\n", why + "\n", "Files (from `gen.py --only`, the same bytes as in `corpus/`): "
              + ", ".join(f"`docs/{f}`" for f in files) + "\n"]
        for c in cmds(kinds, "docs"):
            md += [f"```sh\ncd repro/{name}\n{c}\n```", "```\n" + run(c, d) + "\n```\n"]
        for vname, ops in variants.items():
            vd = os.path.join(d, vname)
            if isinstance(ops, str):
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", vd, "--only", ",".join(files), ops],
                               check=True, capture_output=True)
                how = f"`gen.py --only … {ops}`"
            else:
                shutil.copytree(os.path.join(d, "docs"), vd)
                hows = []
                for op, f, sub in ops:
                    if op == "drop":
                        os.remove(os.path.join(vd, f))
                        hows.append(f"without `{f}`")
                    else:
                        p = os.path.join(vd, f)
                        t = open(p, encoding="utf-8").read()
                        assert sub[0] in t, (name, sub[0])
                        open(p, "w", encoding="utf-8").write(t.replace(sub[0], sub[1]))
                        hows.append(f"`{f}` with {sub[0]!r} → {sub[1]!r}")
                how = "; ".join(hows)
            md.append(f"## {vname}\n\n{how}\n")
            for c in cmds(kinds, vname):
                md += [f"```sh\ncd repro/{name}\n{c}\n```", "```\n" + run(c, d) + "\n```\n"]
        open(os.path.join(d, "README.md"), "w", encoding="utf-8").write("\n".join(md))
        index.append(f"- `{name}/` — {what}")
    open(os.path.join(R, "INDEX.md"), "w", encoding="utf-8").write("\n".join(index) + "\n")


if __name__ == "__main__":
    main()
