#!/usr/bin/env python3
"""Builds the repro cases from ../corpus (run gen.py first). Each case has fail/ and work/ copies of the corpus files
involved; the work copy differs from the fail copy in one line (for the .docx: one string of word/document.xml), and
`rules` + `match` (or `cmd` + `match`) say what run-all.sh prints. Standard library only."""
import os, shutil, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def edit(src, dst, old, new):
    if src.endswith(".docx"):
        zin = zipfile.ZipFile(src)
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
            for n in zin.namelist():
                data = zin.read(n)
                if n == "word/document.xml":
                    s = data.decode("utf-8")
                    assert s.count(old) == 1, (src, old)
                    data = s.replace(old, new).encode("utf-8")
                z.writestr(n, data)
        return
    s = open(src, encoding="utf-8", newline="").read()
    assert s.count(old) == 1, (src, old)
    open(dst, "w", encoding="utf-8", newline="").write(s.replace(old, new))


def case(name, files, fail_edit=None, work_edit=None, rules=None, cmd=None, match="."):
    """files: corpus file names; fail_edit/work_edit: (file, old, new) applied to the corpus copy."""
    d = os.path.join(HERE, name)
    shutil.rmtree(d, ignore_errors=True)
    for side, ed in (("fail", fail_edit), ("work", work_edit)):
        os.makedirs(os.path.join(d, side))
        for f in files:
            shutil.copy(os.path.join(CORPUS, f), os.path.join(d, side, f))
        for e in ([fail_edit] if fail_edit else []) + ([ed] if side == "work" and ed else []):
            p = os.path.join(d, side, e[0])
            edit(p, p + ".tmp", e[1], e[2])
            os.replace(p + ".tmp", p)
    if rules:
        open(os.path.join(d, "rules"), "w").write(rules + "\n")
    if cmd:
        open(os.path.join(d, "cmd"), "w").write(cmd + "\n")
    open(os.path.join(d, "match"), "w", encoding="utf-8").write(match + "\n")


SHOW150 = 'for p in "Long An" "Tây Ninh"; do echo "@$p"; "$BIN" show "150/KH-SYT@$p" --corpus "$DIR"; done'
OLD150 = "tiếp tục thực hiện Kế hoạch số 150/KH-SYT năm 2024 của Sở Y tế (trước sắp xếp),"
THREE = ["syt_kh07_2026.txt", "la_syt_kh150_2024.txt", "tn_syt_kh150_2024.md"]

# c1a: a year phrase between the id and the issuer drops the issuer, even when it names the province
case("c1a_year_phrase_drops_issuer", THREE,
     fail_edit=("syt_kh07_2026.txt", OLD150, "tiếp tục thực hiện Kế hoạch số 150/KH-SYT năm 2024 của Sở Y tế tỉnh Long An (trước sắp xếp),"),
     work_edit=("syt_kh07_2026.txt", "Kế hoạch số 150/KH-SYT năm 2024 của Sở Y tế tỉnh Long An", "Kế hoạch số 150/KH-SYT của Sở Y tế tỉnh Long An"),
     cmd=SHOW150, match="^@|07/KH-SYT —|“Kế hoạch số 150")
# c1b: the merged Sở Y tế's undated citation of a predecessor's number goes to the predecessor that shares the new name
case("c1b_merged_body_takes_same_name_predecessor", THREE,
     work_edit=("syt_kh07_2026.txt", OLD150, "tiếp tục thực hiện Kế hoạch số 150/KH-SYT của Sở Y tế tỉnh Long An (trước sắp xếp),"),
     cmd=SHOW150 + '; echo "ambiguous-id findings naming 150/KH-SYT: $("$BIN" check "$DIR" --all --format json --as-of 2026-11-29 --rules ambiguous-id | grep -c 150/KH-SYT)"',
     match="^@|07/KH-SYT —|“Kế hoạch số 150|ambiguous-id")
# c2a: a ward-level state header (UBND PHƯỜNG … / TRẠM Y TẾ) gives no issuer and no province; `… của HĐND tỉnh` dangles
case("c2a_ward_header_no_province", ["tyt_ly_kh15_2026.md", "hdnd_nq22_2025.txt"],
     work_edit=("tyt_ly_kh15_2026.md", "**UBND PHƯỜNG LONG AN**", "**UBND TỈNH TÂY NINH**<br>**UBND PHƯỜNG LONG AN**"),
     rules="dangling", match="22/2025")
# c2b: the place line `Tân An, ngày …` (the seat ward) leaves the province unknown; the local 04-KH/ĐU dangles
case("c2b_place_line_tan_an", ["bv_du_kh09_2026.txt", "du_kh04_2025.txt"],
     work_edit=("bv_du_kh09_2026.txt", "Tân An, ngày 16 tháng 3 năm 2026", "Tây Ninh, ngày 16 tháng 3 năm 2026"),
     rules="dangling", match="04-KH")
# c3: an obligation on `Hội Chữ thập đỏ tỉnh` is not met by a plan of the `Ban Thường vụ Hội Chữ thập đỏ tỉnh`
case("c3_mass_org_standing_committee", ["tu_kh12_2025.txt", "ctd_kh18_2025.docx"],
     work_edit=("tu_kh12_2025.txt", "2. Hội Chữ thập đỏ tỉnh xây dựng", "2. Ban Thường vụ Hội Chữ thập đỏ tỉnh xây dựng"),
     rules="unmet-obligation", match="Chữ thập đỏ")
print("ok")
