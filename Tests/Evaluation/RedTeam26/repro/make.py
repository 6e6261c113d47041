#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run gen.py first). Each work copy differs from its fail copy in the
edit shown here (one line unless said). Written after the first run, for REPORT.md."""
import os, shutil, sys, re
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")
sys.path.insert(0, R)


def case(name, files, rules, match, edit=None, extra=None):
    d = os.path.join(R, name)
    shutil.rmtree(d, ignore_errors=True)
    for v in ("fail", "work"):
        os.makedirs(os.path.join(d, v))
        for f in files:
            shutil.copy(os.path.join(C, f), os.path.join(d, v, f))
        if extra:
            for f, text in extra.items():
                open(os.path.join(d, v, f), "w", encoding="utf-8").write(text)
    if edit:
        f, a, b = edit
        p = os.path.join(d, "work", f)
        s = open(p, encoding="utf-8").read()
        assert s.count(a) == 1, (name, a)
        open(p, "w", encoding="utf-8").write(s.replace(a, b))
    open(os.path.join(d, "rules"), "w").write(rules + "\n")
    open(os.path.join(d, "match"), "w").write(match + "\n")
    return d


# c1: the province name of a replacement clause falls after a pdftotext page break (page number + form feed)
case("c1_province_after_page_break",
     ["ubnd_qd15_2025.txt", "kg_ubnd_qd08_2020.html", "ag_ubnd_qd08_2020.txt", "ph_lx_ubnd_kh30_2025.html", "ttr_kh12_2026.txt"],
     "superseded-citation,metadata-conflict", "08/2020",
     ("ubnd_qd15_2025.txt", "năm 2020 của Ủy ban nhân dân tỉnh\n", "năm 2020 của Ủy ban nhân dân tỉnh Kiên Giang\n"))

# c2: `cử người thay thế theo Luật Thanh tra số …` read as a replacement of the law
case("c2_thay_the_then_theo_id", ["ttr_kh12_2026.txt"], "inverse-inconsistency,cycle", "11/2022",
     ("ttr_kh12_2026.txt", "Chánh Thanh tra tỉnh cử người thay thế theo Luật Thanh tra", "Chánh Thanh tra tỉnh cử người khác theo Luật Thanh tra"))

# c3: a pdftotext -layout task table (columns separated by runs of spaces) is not read as a table.
# Minimal file: the layout plan with only the header row and row 3; the work copy puts tabs in these two lines (2 lines).
d = case("c3_layout_task_table", ["ubkt_kh02_2026.txt"], "overdue-plan", "Quy chế|02-KH/UBKTTU")
for v in ("fail", "work"):
    p = os.path.join(d, v, "ubkt_kh02_2026.txt")
    L = open(p, encoding="utf-8").read().split("\n")
    out = []
    for l in L:
        st = l.strip()
        row = re.match(r"\d {8}", st)
        if row and not st.startswith("3 "):
            continue
        if st == "" and out and out[-1].strip() == "":
            continue
        if v == "work" and (st.startswith("TT ") or row):
            l = "    " + re.sub(r" {8}", "\t", st)
        if re.fullmatch(r"\s*\d+\s*", l) or l == "\f":
            continue
        out.append(l)
    open(p, "w", encoding="utf-8").write("\n".join(out))

# c4: a .docx whose header sits in a Word table: `ĐẢNG BỘ TỈNH AN GIANG / ỦY BAN KIỂM TRA TỈNH ỦY` becomes the issuer
# `Tỉnh ủy An Giang Ủy Ban Kiểm Tra`, so the duplicate number is not seen. Work: the same header as paragraphs
# (generator change: header_table -> leading paragraphs).
import importlib.util
spec = importlib.util.spec_from_file_location("mkdocx", os.path.join(R, "mkdocx.py"))
d = case("c4_docx_header_table_issuer", ["ubkt_tb07_2026.txt"], "duplicate-identity", "07-TB")
mk = importlib.util.module_from_spec(spec); spec.loader.exec_module(mk)
left = ["ĐẢNG BỘ TỈNH AN GIANG", "ỦY BAN KIỂM TRA TỈNH ỦY", "*", "Số 07-TB/UBKTTU"]
right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Giang, ngày 22 tháng 6 năm 2026"]
paras = ["THÔNG BÁO", "kết luận giám sát chuyên đề đối với Ban Thường vụ Đảng ủy đặc khu Phú Quốc",
         "Ủy ban Kiểm tra Tỉnh ủy thông báo kết luận giám sát như sau:",
         "1. Ban Thường vụ Đảng ủy đặc khu đã ban hành kịp thời kế hoạch kiểm tra, giám sát năm 2026."]
mk.docx(os.path.join(d, "fail", "ubkt_tb07b_2026.docx"), paras, header_table=(left, right))
mk.docx(os.path.join(d, "work", "ubkt_tb07b_2026.docx"), left + right + paras)

# c5a: `Kế hoạch số 12-KH/TU năm 2023 của Ban Thường vụ Tỉnh ủy Kiên Giang`: the year phrase cuts the issuer off
case("c5a_year_phrase_drops_issuer", ["ag_tu_kh12_2023.txt", "kg_tu_kh12_2023.txt"], "dangling,ambiguous-id,temporal", "12-KH/TU",
     ("cd_ubkt_kh03_2023.txt", "Kế hoạch số 12-KH/TU năm 2023 của Ban", "Kế hoạch số 12-KH/TU của Ban"),
     extra={"cd_ubkt_kh03_2023.txt": open(os.path.join(R, "c5a_citer.txt"), encoding="utf-8").read()})

# c5b: in the merged province an unqualified `Tỉnh ủy` reaches only the predecessor that shares its name
case("c5b_merged_province_one_predecessor", ["ag_tu_kh12_2023.txt", "kg_tu_kh12_2023.txt", "tu_kh18_2025.txt"], "metadata-conflict,ambiguous-id", "12-KH/TU")
for v in ("fail", "work"):   # both copies: the citation carries the Kiên Giang date (the planted text is undated)
    p = os.path.join(R, "c5b_merged_province_one_predecessor", v, "tu_kh18_2025.txt")
    s = open(p, encoding="utf-8").read()
    s = s.replace("Kế hoạch số 12-KH/TU năm 2023 của Ban Thường vụ Tỉnh ủy (trước sắp xếp)", "Kế hoạch số 12-KH/TU, ngày 14/3/2023 của Ban Thường vụ Tỉnh ủy (trước sắp xếp)")
    open(p, "w", encoding="utf-8").write(s)
# apply the one-line edit after the common substitution
p = os.path.join(R, "c5b_merged_province_one_predecessor", "work", "tu_kh18_2025.txt")
s = open(p, encoding="utf-8").read()
a = "Kế hoạch số 12-KH/TU, ngày 14/3/2023 của Ban Thường vụ Tỉnh ủy (trước sắp xếp)"
if a in s:
    s = s.replace(a, "Kế hoạch số 12-KH/TU, ngày 14/3/2023 của Ban Thường vụ Tỉnh ủy Kiên Giang (trước sắp xếp)")
    open(p, "w", encoding="utf-8").write(s)

# c6: a type word that contradicts the id's own type code (`Chương trình số 18-KH/TU`) is not a metadata conflict
case("c6_type_word_against_code", ["tu_kh18_2025.txt", "ph_lx_du_kh05_2025.md"], "metadata-conflict", "18-KH/TU",
     ("ph_lx_du_kh05_2025.md", "Thực hiện Chương trình số 18-KH/TU ngày 15/9/2025", "Thực hiện Kế hoạch số 18-KH/TU ngày 25/9/2025"))

# c7: `Ủy ban Kiểm tra các đảng ủy xã, phường, đặc khu` does not match the ward UBKT that did issue the plan
case("c7_ubkt_cac_dang_uy_assignee", ["ubkt_kh02_2026.txt", "ph_lx_ubkt_kh02_2026.txt"], "unmet-obligation", "Ủy ban Kiểm tra",
     ("ubkt_kh02_2026.txt", "Ủy ban Kiểm tra các đảng ủy xã, phường, đặc khu xây dựng", "Ủy ban Kiểm tra đảng ủy các xã, phường, đặc khu xây dựng"))
print("repro folders written")
