#!/usr/bin/env python3
"""make_repros.py BIN: write repro/NN-name/{docs/,README.md} for every miss and false alarm of REPORT.md, each with
the exact commands and the binary's full output, and repro/INDEX.md. Documents come from gen.py (--only) or are
one-variable variants of them built here (variant files are named for what they change)."""
import os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

BIN = sys.argv[1] if len(sys.argv) > 1 else "/work/bin/docgraph-s11-start"
ASOF = "--as-of 2026-11-26"


def variants():
    h = gen.HTML["ol08"]
    i = h.index('<table width="100%" border="0" cellpadding="2"')
    j = h.index('<div class="tags">')
    doc = h[i:j]
    t = gen.HTML["tt48"].replace(gen.SIDEBAR, "")
    c22 = gen.DOCS[[d[0] for d in gen.DOCS].index("c22_onluong_du_tb12_2024.txt")][2]
    return {
        "c04_no_chrome.html": "<html><body><table><tr><td>" + doc + "</td></tr></table></body></html>\n",
        "c04_doc_then_sidebar.html": "<html><body><table><tr><td>" + doc + "</td>" + gen.SIDEBAR + "</tr></table></body></html>\n",
        "c04_breadcrumb_then_doc.html": "<html><body><div>Trang chủ &raquo; Xây dựng Đảng</div>" + doc + "</body></html>\n",
        "c21_date_with_nbsp.html": t,
        "c21_date_with_spaces.html": t.replace("ngày&nbsp;20&nbsp;tháng&nbsp;02&nbsp;năm", "ngày 20 tháng 02 năm"),
        "c22_task_on_one_line.txt": c22.replace("ngày 28/02/2024 của\nĐảng ủy xã,", "ngày 28/02/2024 của Đảng ủy xã,"),
        "c22_task_wrapped.txt": c22,
    }


REPROS = [
    ("01-portal-breadcrumb-identity", "false alarm (dangling notes on corpus ids) and misses downstream",
     "A portal page whose document is preceded by a breadcrumb line loses its own number: `docs` shows `—`, so "
     "the page's plan 08-KH/ĐU is reported dangling when another document cites it, and the page's own citations "
     "are not placed in the district. Without the breadcrumb (the same table and text) the number is read.",
     ["V:c04_no_chrome.html", "V:c04_breadcrumb_then_doc.html"],
     ["docs docs"]),
    ("02-portal-sidebar-links", "trap failed (sidebar links read as citations) and identity failures",
     "The district portal's 'VĂN BẢN MỚI' sidebar (links to 09-CT/HU, 70-KH/HU, 215-TB/HU) is read as citations of "
     "the page's document; the page's citations of Phú Lương documents (12-NQ/HU, 09-CT/HU) do not reach the corpus "
     "documents h01/h03 that are in the folder.",
     ["c04_onluong_du_kh08_2024.html", "h01_hu_nq12_2024.txt", "h03_hu_ct09_2022.txt"],
     ["extract docs/c04_onluong_du_kh08_2024.html", "check docs " + ASOF + " --all --lang en"]),
    ("03-portal-nbsp-date", "identity failure (no date)",
     "`ngày&nbsp;20&nbsp;tháng&nbsp;02&nbsp;năm 2024` in a portal page is not read as the date; with plain spaces it is.",
     ["V:c21_date_with_nbsp.html", "V:c21_date_with_spaces.html"],
     ["docs docs"]),
    ("04-ubnd-thitran-cites-huyen-uy", "miss (superseded-citation) + false alarm (dangling on a corpus id)",
     "UBND thị trấn Đu (10/7/2024) implements `Quy định số 04-QĐi/HU ngày 10/6/2021 của Ban Thường vụ Huyện ủy`, "
     "repealed by 1250-QĐ/HU on 14/6/2024. Đảng ủy xã documents citing the same id resolve (c19 in the corpus is "
     "found); this state document of a thị trấn has no locality (`docs`), so the id is dangling and nothing is superseded.",
     ["h09_hu_qdi04_2021.txt", "h10_hu_qd1250_2024.txt", "c11_thitrandu_ubnd_kh35_2024.txt"],
     ["docs docs", "check docs " + ASOF + " --lang en"]),
    ("05-ubnd-xa-cites-ubnd-huyen", "false alarm (dangling on a corpus id)",
     "A commune People's Committee report titled `Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 05/02/2024 của UBND "
     "huyện năm 2024` — `UBND huyện` without the name, as every commune writes it — is not resolved to the district's "
     "45/KH-UBND in the folder (the body's `của Ủy ban nhân dân huyện Phú Lương` is).",
     ["h25_ubnd_kh45_2024.txt", "c23_phanme_ubnd_bc88_2024.txt"],
     ["check docs " + ASOF + " --lang en"]),
    ("06-hard-wrapped-task-sentence", "miss (overdue-plan)",
     "`1. Giao Ủy ban nhân dân xã chủ trì xây dựng Báo cáo sơ kết 01 năm thực hiện Kế hoạch số 08-KH/ĐU ngày "
     "28/02/2024 của` / `Đảng ủy xã, hoàn thành trước ngày 31/12/2024.` hard-wrapped over two lines is not a task "
     "(the planned review has no deadline); joined on one line it is overdue.",
     ["V:c22_task_wrapped.txt", "V:c22_task_on_one_line.txt"],
     ["tasks docs", "check docs " + ASOF + " --all --lang en --rules overdue-plan"]),
    ("07-docx-table-swallows-next-paragraphs", "misses (overdue-plan, count-mismatch) and a wrong deadline",
     "In a LibreOffice .docx the paragraphs after the task table are appended to its last row: the prose task "
     "`Giao Ban Tuyên giáo Đảng ủy chủ trì xây dựng Hướng dẫn …, hoàn thành trước ngày 30/4/2024` takes row 4's "
     "deadline `Giai đoạn 2025 - 2030` and lead unit `UBND xã`, so it is 'pending' instead of overdue; the signature "
     "table becomes a task row. The same text as .txt (c01_as_text.txt) gives the overdue warning. The group row "
     "`Quý II/2024 (04 nhiệm vụ)` followed by 3 rows gives no count-mismatch in either form, and the group row "
     "`Năm 2025 - 2030` (empty TT cell) is glued to row 3 as a continuation.",
     ["c01_yenninh_du_kh12_2024.docx", "V2:c01_as_text.txt"],
     ["tasks docs", "check docs " + ASOF + " --all --lang en --rules overdue-plan,count-mismatch,unmet-obligation"]),
    ("08-docx-self-review-row", "miss (overdue-plan)",
     "Row `2 | Sơ kết 01 năm thực hiện Kế hoạch | Văn phòng Đảng ủy | Quý I/2025` — the plan's own review, named "
     "`Kế hoạch` without a number — gives no planned review; the last row also swallows the closing paragraph.",
     ["c07_colung_du_kh25_2024.docx"],
     ["tasks docs", "check docs " + ASOF + " --all --lang en --rules overdue-plan"]),
    ("09-prose-self-review", "miss (overdue-plan)",
     "`4. Giao Văn phòng Huyện ủy chủ trì tham mưu Ban Thường vụ Huyện ủy sơ kết 01 năm thực hiện Chỉ thị, hoàn thành "
     "trước ngày 31/3/2025.` is read as a task with its deadline, but the directive's review of itself (`Chỉ thị` = "
     "this directive) is not a planned review, so nothing is overdue.",
     ["h04_hu_ct15_2024.txt"],
     ["tasks docs", "check docs " + ASOF + " --all --lang en --rules overdue-plan"]),
    ("10-obligations-fulfilled-by-any-body", "miss (unmet-obligation)",
     "12-NQ/HU assigns plans to five bodies. Alone, every obligation is a note. With the Ban Thường vụ's 45-KH/HU "
     "beside it, the obligations of Ủy ban nhân dân huyện, Ủy ban Kiểm tra Huyện ủy and Đảng ủy các xã disappear and the "
     "communes' task (due 29/02/2024) is 'fulfilled by 45-KH/HU' — the Ban Thường vụ's plan counts for every body.",
     ["h01_hu_nq12_2024.txt", "h02_hu_kh45_2024.txt"],
     ["check docs/h01_hu_nq12_2024.txt " + ASOF + " --all --lang en --rules unmet-obligation,overdue-plan",
      "check docs " + ASOF + " --all --lang en --rules unmet-obligation,overdue-plan"]),
    ("11-commune-obligation-fulfilled-by-district-plan", "miss (unmet-obligation)",
     "18-CT/HU: `3. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện Chỉ thị, hoàn thành trước ngày 15/9/2024.` "
     "No commune plan exists; the district's own 58-KH/HU (implementing 18-CT/HU) silences the communes' unmet "
     "obligation (the overdue warning stays).",
     ["h26_hu_ct18_2024.txt", "h27_hu_kh58_2024.txt"],
     ["check docs/h26_hu_ct18_2024.txt " + ASOF + " --all --lang en --rules unmet-obligation,overdue-plan",
      "check docs " + ASOF + " --all --lang en --rules unmet-obligation,overdue-plan"]),
    ("12-comment-letter-fulfils-amendment", "miss (overdue-plan) = trap failed ('sửa đổi' inside a cited title)",
     "A commune letter cites `Công văn số 1520-CV/HU … về việc tham gia ý kiến vào dự thảo Quy chế sửa đổi, bổ sung "
     "Quy chế số 02-QC/HU`; 1520-CV/HU (a request for comments) is taken as amending 02-QC/HU, so 45-KH/HU's planned "
     "amendment (due Quý III/2024) is 'fulfilled by 1520-CV/HU'. Without the letter it is overdue.",
     ["h02_hu_kh45_2024.txt", "h05_hu_qc02_2020.txt", "c15_tuctranh_du_cv26_2024.txt"],
     ["check docs/h02_hu_kh45_2024.txt docs/h05_hu_qc02_2020.txt " + ASOF + " --all --lang en --rules overdue-plan",
      "check docs " + ASOF + " --all --lang en --rules overdue-plan"]),
    ("13-ocr-narrow-tt-column", "miss (overdue-plan)",
     "Scanned plan with a bordered table `TT | Nội dung | Đơn vị chủ trì | Thời gian`: OCR loses the narrow TT column "
     "(one or two characters a cell), so no task table is found and row 2 `Sơ kết 01 năm thực hiện Chỉ thị số "
     "15-CT/HU … Tháng 3/2025` becomes an enacted `reviews` citation (a plan that claims to have reviewed).",
     ["c28_hopthanh_du_kh21_2024_scan.pdf"],
     ["--ocr tasks docs", "--ocr extract docs", "--ocr check docs " + ASOF + " --all --lang en --rules overdue-plan"]),
    ("15-sidebar-with-identity-read", "trap failed (sidebar links read as citations), isolated",
     "The portal document without breadcrumb/banner (so its identity is read) followed by the sidebar cell, with the "
     "district's 12-NQ/HU, 09-CT/HU, 15-CT/HU in the folder: the page's citations now resolve, and the sidebar links "
     "still become citations — `dangling` notes for 70-KH/HU and 215-TB/HU (read as `references`, so no "
     "superseded-citation or temporal finding follows from them).",
     ["V:c04_doc_then_sidebar.html", "h01_hu_nq12_2024.txt", "h03_hu_ct09_2022.txt", "h04_hu_ct15_2024.txt"],
     ["extract docs/c04_doc_then_sidebar.html", "check docs " + ASOF + " --lang en --rules dangling,superseded-citation,temporal"]),
    ("14-interim-review-fulfils-final-review", "observation (note-level; would hide an overdue final review)",
     "45-KH/HU plans `Sơ kết 01 năm …` (Tháng 01/2025) and `Tổng kết thực hiện Nghị quyết số 12-NQ/HU` (Năm 2030). "
     "The one-year interim report 120-BC/HU (sơ kết) is taken as fulfilling both, so the 2030 final review (tổng kết) "
     "reads 'fulfilled' in 2026.",
     ["h02_hu_kh45_2024.txt", "h19_hu_bc120_2025.txt"],
     ["check docs " + ASOF + " --all --lang en --rules overdue-plan"]),
]


def run(cmd, cwd):
    p = subprocess.run(f"OMP_THREAD_LIMIT=1 {BIN} {cmd}", shell=True, cwd=cwd, capture_output=True, text=True)
    return p.stdout + p.stderr, p.returncode


def main():
    out = os.path.join(HERE, "repro")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    var = variants()
    idx = ["# Repros (binary `" + BIN + "`)\n", "| repro | kind | what |", "|---|---|---|"]
    for name, kind, what, files, cmds in REPROS:
        d = os.path.join(out, name)
        docs = os.path.join(d, "docs")
        os.makedirs(docs)
        from_gen = [f for f in files if not f.startswith(("V:", "V2:"))]
        if from_gen:
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--seed", "1", "--out", docs, "--only",
                            ",".join(from_gen)], check=True, capture_output=True)
        for f in files:
            if f.startswith("V:"):
                open(os.path.join(docs, f[2:]), "w", encoding="utf-8").write(var[f[2:]])
            elif f.startswith("V2:"):
                shutil.copy(os.path.join(HERE, "variants", f[3:]), os.path.join(docs, f[3:]))
        md = [f"# {name}\n", f"**{kind}**\n", what + "\n", "Files: " + ", ".join(f"`{f.split(':')[-1]}`" for f in files) + "\n"]
        for c in cmds:
            o, rc = run(c, d)
            md += [f"```sh\n$ OMP_THREAD_LIMIT=1 docgraph {c}     # exit {rc}\n{o.rstrip()}\n```\n"]
        open(os.path.join(d, "README.md"), "w", encoding="utf-8").write("\n".join(md))
        idx.append(f"| [{name}]({name}/README.md) | {kind} | {what[:140]}… |")
    open(os.path.join(out, "INDEX.md"), "w", encoding="utf-8").write("\n".join(idx) + "\n")
    print(f"{len(REPROS)} repros in {out}")


if __name__ == "__main__":
    main()
