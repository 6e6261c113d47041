#!/usr/bin/env python3
"""Write repro/NN-name/ for each miss and false alarm of round 7: docs from gen.py --only (same bytes as corpus/),
variants by one textual substitution, the command, its output and what was expected. Usage: make_repros.py BIN"""
import os, re, html, shutil, subprocess, sys
BIN = sys.argv[1] if len(sys.argv) > 1 else "/work/bin/docgraph-s12-mid"
HERE = os.path.dirname(os.path.abspath(__file__))

REPROS = [
 ("01-city-council-cited-from-ward", ["h01_hdndtp_nq12_2023.txt", "h04_hdndtp_nq12_2024.txt", "p01_ubndp_kh12_2025.txt"],
  {"variant-city-named": ("p01_ubndp_kh12_2025.txt", "của HĐND thành phố, chi trả", "của HĐND thành phố Đà Nẵng, chi trả")},
  "MISSED superseded-citation 12/2023/NQ-HĐND in p01; FALSE dangling note for it.",
  "p01 (UBND phường Hải Châu, 05/8/2025): `2. Căn cứ NQ 12/2023/NQ-HĐND ngày 08/12/2023 của HĐND thành phố, chi trả …`; "
  "h04 (HĐND thành phố Đà Nẵng, 10/12/2024): `Nghị quyết này thay thế Nghị quyết số 12/2023/NQ-HĐND ngày 08 tháng 12 năm 2023`.",
  "An error superseded-citation (p01 rests on 12/2023/NQ-HĐND, replaced on 10/12/2024), no dangling note. "
  "README, check rules: `superseded-citation | error | an enacted citation of a document replaced or repealed before the citing document's date`.",
  "Seen: the citation is left unresolved (dangling, no place). In a ward or district of a centrally run city, `HĐND thành phố` / "
  "`UBND thành phố` is the city's council or committee (the ward's superior), not a body of the ward. variant-city-named "
  "(`HĐND thành phố Đà Nẵng`) gives the error. Same cause as 02, 03 and the dangling notes of 12/2024/NQ-HĐND, 60/NQ-HĐND, 45/NQ-HĐND "
  "(hp3) and 30/KH-UBND, 15/HD-SNV (p05) in the full run."),
 ("02-repealed-city-resolution-cited-by-ward-council", ["h07_hdndtp_nq15_2025.txt", "hp3_hdndp_nq15_2025.txt", "h06_hdndtp_nq60_2024.txt", "h05_hdndtp_nq45_2024.txt"],
  {"variant-city-named": ("hp3_hdndp_nq15_2025.txt", "ngày 10/12/2021 của HĐND thành phố", "ngày 10/12/2021 của HĐND thành phố Đà Nẵng")},
  "MISSED superseded-citation 30/2021/NQ-HĐND in hp3; FALSE dangling notes for 60/NQ-HĐND and 45/NQ-HĐND (footnote) in hp3.",
  "hp3 (HĐND phường Hải Châu, 10/12/2025): `Thực hiện Nghị quyết số 30/2021/NQ-HĐND ngày 10/12/2021 của HĐND thành phố …`; "
  "h07 (HĐND thành phố, 20/3/2025): `Bãi bỏ Nghị quyết số 30/2021/NQ-HĐND …`; the footnote `¹ Nghị quyết số 60/NQ-HĐND ngày 10/12/2024 của HĐND thành phố …; "
  "Nghị quyết số 45/NQ-HĐND ngày 10/7/2024 của HĐND thành phố.`",
  "An error superseded-citation (hp3 carries out a resolution repealed on 20/3/2025); 60/NQ-HĐND and 45/NQ-HĐND resolve to h06 and h05. "
  "README: `an enacted citation of a document replaced or repealed before the citing document's date`.",
  "Seen: the ward council's `của HĐND thành phố` is not the city's council (see 01)."),
 ("03-district-cites-city-decision-misdated", ["u04_ubndtp_qd1234_2024.txt", "q08_ubndq_kh88_2024.txt"],
  {"variant-city-named": ("q08_ubndq_kh88_2024.txt", "của UBND thành phố phê duyệt", "của UBND thành phố Đà Nẵng phê duyệt")},
  "MISSED metadata-conflict 1234/QĐ-UBND in q08; FALSE temporal warning in q08 (and a dangling note).",
  "q08 (UBND quận Hải Châu, 12/3/2024): `Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của UBND thành phố …`; u04 (UBND thành phố Đà Nẵng) is dated 05/3/2024.",
  "A warning metadata-conflict (`did you mean 05/03/2024?`), no temporal (the decision exists and is earlier). README: `metadata-conflict … or unlike its own header (\"did you mean 26/06/2026?\")`.",
  "Seen: unresolved (`1234/QĐ-UBND (15/03/2024, Hải Châu)`), so the wrong date is taken at its word and read as a later text. variant-city-named gives exactly the expected metadata-conflict."),
 ("04-subject-of-huong-dan-misread", ["u04_ubndtp_qd1234_2024.txt", "s01_snv_hd15_2025.txt", "u06_ubndtp_kh30_2025.txt"],
  {"variant-full-stop": ("s01_snv_hd15_2025.txt", "UBND thành phố, Sở Nội vụ hướng dẫn", "UBND thành phố.\nSở Nội vụ hướng dẫn")},
  "FALSE temporal warning in s01 (1234/QĐ-UBND 'guides' 30/KH-UBND) and a wrong third member in the (planted) cycle.",
  "s01 (Sở Nội vụ, 01/7/2025): `Căn cứ Kế hoạch số 30/KH-UBND …; Quyết định số 1234/QĐ-UBND ngày 05/3/2024 của UBND thành phố, Sở Nội vụ hướng dẫn thực hiện Kế hoạch số 30/KH-UBND như sau:`",
  "The subject of `hướng dẫn` is `Sở Nội vụ`, the issuer (this document guides 30/KH-UBND); the 2-document cycle 15/HD-SNV ↔ 30/KH-UBND, no temporal. "
  "README: `temporal | warning | an enacted citation of a document dated after the citing one` — s01 cites nothing later than itself.",
  "Seen: an edge `1234/QĐ-UBND guides 30/KH-UBND` is invented (the last cited id before the verb taken as its subject, although the named issuer `Sở Nội vụ` stands between). variant-full-stop gives the 2-document cycle only."),
 ("05-count-of-hoat-dong", ["p06_ubndp_kh45b_2025.html"],
  {"variant-nhiem-vu": ("p06_ubndp_kh45b_2025.html", "gồm 04 hoạt động sau", "gồm 04 nhiệm vụ sau")},
  "MISSED count-mismatch in p06 (`gồm 04 hoạt động sau:` then 3 items).",
  "p06 (UBND phường, .html): `… tổ chức các hoạt động kỷ niệm gồm 04 hoạt động sau:` `1. Lễ mít tinh.` `2. Hội thao.` `3. Triển lãm ảnh.`",
  "A warning count-mismatch. README: `count-mismatch | warning | Tháng 01/2026 (11 nhiệm vụ) followed by a different number of items`.",
  "Seen: nothing. The counted noun `hoạt động` is not read; variant-nhiem-vu (`04 nhiệm vụ sau`) gives the warning, so it is the noun, not HTML."),
 ("06-docx-table-city-decision-without-issuer", ["u04_ubndtp_qd1234_2024.txt", "p05_ubndp_kh45a_2025.docx"], {},
  "FALSE dangling note (trap docx-table-citation): `Quyết định số 1234/QĐ-UBND ngày 05/3/2024` in a table cell of a ward plan, placed at the ward.",
  "p05 (UBND phường Hải Châu, 01/9/2025, .docx) table cell: `Quyết định số 1234/QĐ-UBND ngày 05/3/2024`; u04 is UBND thành phố Đà Nẵng's, 05/3/2024.",
  "It resolves to u04 (one corpus document of that number and date; the ward did not exist before 01/7/2025). Debatable: no issuer is written; a note only.",
  "Seen: `1234/QĐ-UBND (05/03/2024, phường Hải Châu) … not in the corpus`. A date that matches one corpus document exactly, before the citing body existed, could decide."),
 ("07-to-trinh-draft-title-read-as-repeal", ["u02_ubndtp_ttr210_2024.txt", "h04_hdndtp_nq12_2024.txt"],
  {"variant-title-without-id": ("u02_ubndtp_ttr210_2024.txt", "Dự thảo Nghị quyết bãi bỏ Nghị quyết số 08/2022/NQ-HĐND", "Dự thảo Nghị quyết bãi bỏ một nghị quyết về tổ dân phố")},
  "FALSE inverse-inconsistency (in the full corpus it matched the planted one, but names the wrong repealer: the Tờ trình 210/TTr-UBND instead of 20/2024/NQ-HĐND).",
  "u02 (UBND thành phố, TỜ TRÌNH 210/TTr-UBND, 05/9/2024), title `Dự thảo Nghị quyết bãi bỏ Nghị quyết số 08/2022/NQ-HĐND`, body `kính trình Hội đồng nhân dân thành phố xem xét, bãi bỏ …`; "
  "h04 (12/2024/NQ-HĐND, 10/12/2024) `thay thế … Nghị quyết số 08/2022/NQ-HĐND`.",
  "No inverse-inconsistency from these two: a Tờ trình proposes; only the council's resolution repeals (README: inverse-inconsistency is `replaced after another document had repealed it`). "
  "The body's `kính trình … xem xét, bãi bỏ` is already read as planned (`planned repeal … by 210/TTr-UBND`), so the enacted repeal comes from the title `Dự thảo Nghị quyết bãi bỏ …`.",
  "Seen: `12/2024/NQ-HĐND replaces 08/2022/NQ-HĐND, which 210/TTr-UBND had repealed since 05/09/2024`. See variant-title-without-id."),
]


def run(folder):
    cmd = [BIN, "--lang", "en", "check", folder, "--as-of", "2026-11-26", "--all"]
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
        for vname, (f, a, b) in variants.items():
            vd = os.path.join(d, vname)
            shutil.copytree(os.path.join(d, "docs"), vd)
            p = os.path.join(vd, f)
            t = open(p, encoding="utf-8").read()
            assert a in t, (name, a)
            open(p, "w", encoding="utf-8").write(t.replace(a, b))
            parts.append(f"\n{vname}: `{a}` → `{b}` in {f}\n\n```sh\n{BIN} --lang en check {vname} --as-of 2026-11-26 --all\n```\n```\n{run(vd)}```\n")
        open(os.path.join(d, "README.md"), "w", encoding="utf-8").write("".join(parts))


main()
