#!/usr/bin/env python3
"""Write repro/NN-name/ for the misses and false alarms of round 9: docs from gen.py --only (the same bytes as corpus/),
variants by one textual substitution, the command, its output and what was expected. Usage: make_repros.py BIN"""
import os, shutil, subprocess, sys
BIN = sys.argv[1] if len(sys.argv) > 1 else "/work/bin/docgraph-s13-start"
HERE = os.path.dirname(os.path.abspath(__file__))

REPROS = [
 ("01-obligated-body-written-in-full", ["c01_ttg_qd263_2022.txt", "na04_ubndna_kh145_2022.txt"],
  {"variant-ubnd-cac-tinh": ("c01_ttg_qd263_2022.txt", "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương ban hành",
                             "2. UBND các tỉnh, thành phố ban hành"),
   "variant-no-law-in-can-cu": ("c01_ttg_qd263_2022.txt", " (Luật số 47/2019/QH14);", ";")},
  "FALSE unmet-obligation (note) in c01: the Thủ tướng's obligation on the provinces is fulfilled by na04.",
  "c01 (263/QĐ-TTg, pdftotext) line 15 `(Luật số 47/2019/QH14);`, line 21 `Phê duyệt Chương trình … (sau đây gọi tắt là "
  "Chương trình)`, line 29-30 `Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương ban hành kế hoạch thực\\nhiện "
  "Chương trình trên địa bàn`; na04 (Kế hoạch 145/KH-UBND of UBND tỉnh Nghệ An): `Thực hiện Quyết định số 263/QĐ-TTg …`.",
  "No unmet-obligation: a province's Kế hoạch implements 263/QĐ-TTg (the Chương trình is what 263 approves).",
  "Seen: the obligated body written in full, `Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương`, is not matched to "
  "`Ủy ban nhân dân tỉnh Nghệ An`; variant-ubnd-cac-tinh (`UBND các tỉnh, thành phố`) clears the note (a third variant tried by "
  "hand, target `thực hiện Quyết định này` instead of `thực hiện Chương trình`, keeps it, so the target is not the cause). "
  "A second defect shows here: the alias `(sau đây gọi tắt là Chương trình)` is bound to the last text cited before it, "
  "47/2019/QH14 of the Căn cứ (`show 263/QĐ-TTg`: `263/QĐ-TTg —implements→ 47/2019/QH14 “Chương trình”`, `47/2019/QH14 cited 5 "
  "times`); variant-no-law-in-can-cu moves it to the previous law (`Luật Tổ chức chính quyền địa phương is cited 5 times`)."),
 ("02-repeal-spills-onto-the-plan-named-as-reason", ["na09_ubndna_qd980_2023.txt", "na04_ubndna_kh145_2022.txt",
  "na10_ubndna_qd1520_2021.txt", "na06_ubndna_cv6120_2024.txt"],
  {"variant-full-stop": ("na09_ubndna_qd980_2023.txt", "2021 - 2025, do các nội dung", "2021 - 2025. Các nội dung")},
  "FALSE superseded-citation (error) in na06: `6120/UBND-NN implements 145/KH-UBND, which 980/QĐ-UBND repealed since 10/04/2023`.",
  "na09 (980/QĐ-UBND): `Điều 1. Bãi bỏ Quyết định số 1520/QĐ-UBND ngày 28/5/2021 … giai đoạn 2021 - 2025, do các nội dung "
  "đã được lồng ghép vào Kế hoạch số 145/KH-UBND ngày\\n05/4/2022.`",
  "Only 1520/QĐ-UBND is repealed; 145/KH-UBND is the reason's object (`do … đã được lồng ghép vào`), still in force.",
  "Seen: `extract` gives `145/KH-UBND repeals enacted` at na09:21:83: the verb `Bãi bỏ` carries over a `do …` clause."),
 ("03-het-hieu-luc-with-the-expired-text-as-subject", ["qn01_ubndqn_qd10_2019.txt", "qn05_ubndqn_qd22_2022.txt",
  "qn11_ubndqn_cv4120_2023.txt"],
  {"variant-thay-the": [("qn05_ubndqn_qd22_2022.txt", "2. Quyết định số 10/2019/QĐ-UBND", "2. Quyết định này thay thế Quyết định số 10/2019/QĐ-UBND")]},
  "MISSED superseded-citation 10/2019/QĐ-UBND in qn11 (Công văn of 20/9/2023 `Căn cứ Quyết định số 10/2019/QĐ-UBND`).",
  "qn05 (22/2022/QĐ-UBND, 05/8/2022, pdftotext) lines 28-30: `2. Quyết định số 10/2019/QĐ-UBND ngày 22 tháng 3 năm 2019 của "
  "UBND tỉnh ban hành Quy định\\nchính sách hỗ trợ sản xuất giống cây trồng hết hiệu lực kể từ ngày Quyết định này có hiệu\\nlực thi hành.`",
  "An error superseded-citation in qn11: the usual way a Vietnamese decision ends an older one is `Quyết định số X … hết hiệu "
  "lực kể từ ngày Quyết định này có hiệu lực` (subject first, verb after the title). README: `repeals | bãi bỏ, hết hiệu lực`.",
  "Seen: `10/2019/QĐ-UBND references` and a named document `Quy định chính sách hỗ trợ sản xuất giống cây trồng hết hiệu lực kể "
  "từ ngày` (dangling) take the verb. variant-thay-the (`Quyết định này thay thế Quyết định số 10/2019/QĐ-UBND …`) gives the "
  "expected error, so the form `X … hết hiệu lực kể từ ngày …` is the cause."),
 ("04-amendment-of-a-replaced-text", ["na01_ubndna_qd25_2020.txt", "na03_ubndna_qd30_2024.html", "na08_ubndna_qd42_2024.txt"],
  {"variant-can-cu": ("na08_ubndna_qd42_2024.txt", "Căn cứ Thông tư số 17/2023", "Căn cứ Quyết định số 25/2020/QĐ-UBND ngày 10/9/2020 của UBND tỉnh;\nCăn cứ Thông tư số 17/2023")},
  "MISSED superseded-citation 25/2020/QĐ-UBND in na08; a dangling note for a cut id `25/2020/QĐ`.",
  "na08 (42/2024/QĐ-UBND, 15/10/2024, pdftotext) title `Sửa đổi, bổ sung Điều 9 Quy định … ban hành kèm theo Quyết định số\\n"
  "25/2020/QĐ-UBND ngày 10/9/2020 của UBND tỉnh`; body `… kèm theo Quyết định số 25/2020/QĐ-\\nUBND ngày 10 tháng 9 năm 2020`; "
  "na03 (30/2024/QĐ-UBND, 20/5/2024) `… thay thế Quyết định số 25/2020/QĐ-UBND …`.",
  "An error (superseded-citation, or inverse-inconsistency): a text amended after it was replaced. README: superseded-citation is "
  "`an enacted citation of a document replaced or repealed before the citing document's date`; an amendment is an enacted citation.",
  "Seen: `extract` has `25/2020/QĐ-UBND amends enacted` from the title, but no finding: the rule does not look at amends edges. "
  "The body's `25/2020/QĐ-\\nUBND` is cut to `25/2020/QĐ` (dangling). variant-can-cu adds a Căn cứ of the same text."),
 ("05-ids-broken-at-a-line-end", ["na01_ubndna_qd25_2020.txt", "b03_bnn_tt17_2023.txt", "qn05_ubndqn_qd22_2022.txt",
  "qn07_ubndqn_qd2150a_2023.txt"], {},
  "MISSED external 77/2015/QH13; FALSE dangling notes `08/2021/TT-BNN`, `12/2019/TT` (b03), `07/2022/NQ` (qn07); "
  "`07/2022/` and `2150/TTr-` not read (notes on standard error).",
  "pdftotext -layout output: na01 `(Luật số 77/2015/\\nQH13)`, `Tờ trình số 2150/TTr-\\nSNN`; b03 `Thông tư số 08/2021/TT-BNN-\\n"
  "PTNT`, `Thông tư số 12/2019/TT-\\nBNNPTNT`; qn05 `Nghị quyết số 07/2022/\\nNQ-HĐND`; qn07 (a table cell) `Nghị\\nquyết số 07/2022/NQ-\\nHĐND`.",
  "Each joined over the line end: 77/2015/QH13 (dangling, external), 08/2021/TT-BNNPTNT and 12/2019/TT-BNNPTNT (b02, b01), "
  "07/2022/NQ-HĐND (qn04). A number broken after `/` or `-` at the end of a line (pdftotext justified text) continues.",
  "Seen: the id is cut at the line end. b03's replacement of 08/2021 is lost (the planted superseded 12/2019 in qn16 is still "
  "found because line 2 of b03 carries 12/2019 whole)."),
 ("06-to-trinh-the-amending-law-made-the-replacer", ["qn02_ubndqn_ttr98_2022.txt", "qn04_hdndqn_nq07_2022.txt"],
  {"variant-full-stop": ("qn02_ubndqn_ttr98_2022.txt", "63/2020/QH14, Ủy ban nhân dân tỉnh kính trình", "63/2020/QH14.\nỦy ban nhân dân tỉnh kính trình")},
  "FALSE inverse-inconsistency in qn02: `21/2018/NQ-HĐND is replaced as a whole by two documents: 07/2022/NQ-HĐND and 63/2020/QH14`.",
  "qn02 (Tờ trình 98/TTr-UBND): `Thực hiện Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015, được sửa đổi, bổ "
  "sung bởi Luật số\\n63/2020/QH14, Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, ban hành Nghị quyết …, thay "
  "thế Nghị quyết số 21/2018/NQ-HĐND`.",
  "Nothing: the Tờ trình proposes (`kính trình … xem xét, ban hành … thay thế`); the subject is `Ủy ban nhân dân tỉnh`, not the law.",
  "Seen: `extract` gives `21/2018/NQ-HĐND replaces enacted ⊂ 63/2020/QH14`: the `được sửa đổi, bổ sung bởi X` clause makes X the "
  "subject of the rest of the sentence, across the named subject and the proposal verb."),
 ("07-portal-side-table-read-as-repeals", ["na03_ubndna_qd30_2024.html", "b01_bnn_tt12_2019.txt", "b03_bnn_tt17_2023.txt"],
  {"variant-no-het-hieu-luc": ("na03_ubndna_qd30_2024.html", " (Hết hiệu lực)", "")},
  "FALSE inverse-inconsistency ×2 in na03: `30/2024/QĐ-UBND says it repeals 12/2019/TT-BNNPTNT` and `… repeals 17/2023/TT-BNNPTNT`.",
  "na03 (a portal page of 30/2024/QĐ-UBND): the right column `<h3>Văn bản liên quan</h3>` row `Thông tư 12/2019/TT-BNNPTNT … "
  "(Hết hiệu lực)` and `<h3>Hiệu lực</h3>` row `Văn bản căn cứ: Thông tư 17/2023/TT-BNNPTNT`.",
  "Nothing: the portal's status tables are not the decision's words (the decision rests on 17/2023 and repeals no Thông tư).",
  "Seen: `(Hết hiệu lực)` after the title and the `Hiệu lực` caption are read as `repeals`; docgraph then notes a province cannot "
  "revise a central text. The other side-table traps (later 6120/UBND-NN, Quảng Ngãi's 1520/QĐ-UBND) passed."),
 ("08-theo-in-a-narrating-letter", ["b05_bnn_cv2345_2024.txt", "b01_bnn_tt12_2019.txt", "b03_bnn_tt17_2023.txt"],
  {"variant-no-id": ("b05_bnn_cv2345_2024.txt", "ban hành theo Thông tư số 12/2019/TT-BNNPTNT.", "ban hành theo Thông tư đã hết hiệu lực.")},
  "FALSE superseded-citation (error) in b05: `2345/BNN-TT basedOn 12/2019/TT-BNNPTNT, which 17/2023/TT-BNNPTNT replaced`.",
  "b05 (the Ministry's letter of 02/4/2024): `1. Rà soát, thay thế các văn bản của địa phương ban hành theo Thông tư số "
  "12/2019/TT-BNNPTNT.` after `Thông tư số 17/2023 … thay thế Thông tư số 12/2019/TT-BNNPTNT và Thông tư số 08/2021/TT-BNNPTNT.`",
  "Nothing: `ban hành theo X` qualifies the local texts to be replaced; the letter rests on 17/2023 and asks to clear out X's "
  "offspring. README: `basedOn | Căn cứ, trên cơ sở, theo` — but `theo` here is inside a noun phrase.",
  "Seen: `theo` read as the letter's own basis. (The narrated replacement in the first sentence is rightly NOT read as a second replacement.)"),
 ("09-bao-cao-tham-tra-of-a-council-committee-unplaced", ["qn02_ubndqn_ttr98_2022.txt", "qn03_hdndqn_bc45_2022.txt"],
  {"variant-province-named": ("qn03_hdndqn_bc45_2022.txt", "20/6/2022 của UBND tỉnh.", "20/6/2022 của UBND tỉnh Quảng Ngãi.")},
  "FALSE dangling notes: 98/TTr-UBND in qn03 (and 210/TTr-UBND, 07/2022/NQ-HĐND in qn14).",
  "qn03 header `HĐND TỈNH QUẢNG NGÃI` / `BAN KINH TẾ - NGÂN SÁCH` / `Số: 45/BC-KTNS`; body `thẩm tra Tờ trình số 98/TTr-UBND ngày\\n"
  "20/6/2022 của UBND tỉnh`.",
  "98/TTr-UBND resolves to qn02 (UBND tỉnh Quảng Ngãi, 20/6/2022): a committee of the provincial council is in that province.",
  "Seen: `docs` lists 45/BC-KTNS as `level unknown, Ban kinh tế - ngân sách` with no place, so `UBND tỉnh` in it has no province. "
  "The council's own resolution (qn04), citing the same Tờ trình, resolves."),
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
        for vname, subs in variants.items():
            vd = os.path.join(d, vname)
            shutil.copytree(os.path.join(d, "docs"), vd)
            subs = subs if isinstance(subs, list) else [subs]
            for f, a, b in subs:
                p = os.path.join(vd, f)
                t = open(p, encoding="utf-8").read()
                assert a in t, (name, a)
                open(p, "w", encoding="utf-8").write(t.replace(a, b))
            what = "; ".join(f"`{a}` → `{b}` in {f}" for f, a, b in subs)
            parts.append(f"\n{vname}: {what}\n\n```sh\n{BIN} --lang en check {vname} --as-of 2026-11-26 --all\n```\n```\n{run(vd)}```\n")
        open(os.path.join(d, "README.md"), "w", encoding="utf-8").write("".join(parts))


main()
