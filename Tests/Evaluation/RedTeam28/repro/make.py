#!/usr/bin/env python3
"""Red team round 28 (copied from RedTeam27/repro/make.py, cases replaced). Builds the repro cases from ../corpus (run gen.py first). Each case has fail/ and work/ copies of the corpus files
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


SHOW120 = 'for p in "Kon Tum" "Quảng Ngãi"; do echo "@$p"; "$BIN" show "120/KH-UBND@$p" --corpus "$DIR"; done'

# c1: `… và thay thế các Nghị quyết: Nghị quyết số A …; Nghị quyết số B …` is read as two plain references
case("c1_replace_list_cac_nghi_quyet",
     ["hdnd_nq18_2025.txt", "kt_hdnd_nq24_2021.txt", "qn_hdnd_nq11_2021.txt", "ubnd_xa_dl_kh14_2026.txt", "hdnd_nq05_2026.html"],
     work_edit=("hdnd_nq18_2025.txt", "và thay thế các Nghị quyết: Nghị quyết số 24/2021", "và thay thế Nghị quyết số 24/2021"),
     rules="superseded-citation,inverse-inconsistency", match="24/2021|11/2021")
# c2: a dated re-mention without issuer (`Quyết định số 15/2022/QĐ-UBND ngày 20/5/2022 nêu trên`) in a post-merger letter
# goes to the predecessor that shares the new province's name, though the date is the other predecessor's
case("c2_dated_remention_goes_to_same_name_predecessor",
     ["snnmt_cv1420_2025.txt", "kt_ubnd_qd15_2022.txt", "qn_ubnd_qd15_2022.html", "ubnd_qd32_2025.txt"],
     work_edit=("snnmt_cv1420_2025.txt", "ngày 20/5/2022 nêu trên", "ngày 20/5/2022 của Ủy ban nhân dân tỉnh Kon Tum nêu trên"),
     rules="metadata-conflict,superseded-citation", match="15/2022")
# c3: a third document restating `Kế hoạch số 18-KH/HU … về thực hiện Chỉ thị số 15-CT/TU` gets the plan's temporal finding again
case("c3_temporal_repeated_at_restating_document", ["kt_hu_kp_kl25_2024.txt", "kt_hu_kp_kh18_2022.txt", "kt_tu_ct15_2022.txt"],
     work_edit=("kt_hu_kp_kl25_2024.txt", " về thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy,", " về quản lý, bảo vệ rừng,"),
     rules="temporal", match="15-CT")
# c4: a parenthetical after the assigned body (`Sở … (cơ quan thường trực Chương trình) xây dựng kế hoạch`) keeps the obligation unmet
case("c4_assignee_parenthetical", ["qn_ubnd_kh120_2023.txt", "qn_snn_kh210_2024.md"],
     work_edit=("qn_ubnd_kh120_2023.txt", " (cơ quan thường trực Chương trình)", ""),
     rules="unmet-obligation", match="120/KH")
# c5: the merged UBND tỉnh's undated `Kế hoạch số 120/KH-UBND của Ủy ban nhân dân tỉnh ban hành năm 2023` goes silently to the
# predecessor that shares its name (RedTeam27's c1b, again)
case("c5_merged_body_takes_same_name_predecessor", ["ubnd_cv2105_2025.html", "kt_ubnd_kh120_2023.md", "qn_ubnd_kh120_2023.txt"],
     work_edit=("ubnd_cv2105_2025.html", "Kế hoạch số 120/KH-UBND của Ủy ban nhân dân tỉnh ban hành", "Kế hoạch số 120/KH-UBND của Ủy ban nhân dân tỉnh Kon Tum ban hành"),
     cmd=SHOW120 + '; echo "ambiguous-id findings naming 120/KH-UBND: $("$BIN" check "$DIR" --all --format json --as-of 2026-11-29 --rules ambiguous-id | grep -c 120/KH-UBND)"',
     match="^@|2105/UBND-KTN —|ambiguous-id")
print("ok")
