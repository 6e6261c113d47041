#!/usr/bin/env python3
"""Single-variable probes behind REPORT.md's misses and false alarms: one small document per form, the binary's
reading of it (extract --format json), tabulated into probes/RESULTS.md.

Usage: probes.py BIN
"""
import json, os, shutil, subprocess, sys

BIN = sys.argv[1]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probes")
shutil.rmtree(OUT, ignore_errors=True)

HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {num}
Quảng Trị, ngày 20 tháng 01 năm 2026

{kind}
{title}

"""


def run(args):
    p = subprocess.run([BIN] + args, capture_output=True, text=True)
    return p.stdout


rows = []

# 1. deadlines written in prose, one task a line (no wrap)
DEAD = [("; Quý II/2026.", "2026-06-30"), (", hoàn thành trong Quý II/2026.", "2026-06-30"),
        ("; thời gian hoàn thành: 6 tháng đầu năm 2026.", "2026-06-30"), (", hoàn thành trong 6 tháng đầu năm 2026.", "2026-06-30"),
        (", hoàn thành trước ngày 30/9/2026.", "2026-09-30"), ("; hoàn thành trước ngày 30/9/2026.", "2026-09-30"),
        (", hoàn thành trong tháng 6/2026.", "2026-06-30"), (", chậm nhất ngày 30/6/2026.", "2026-06-30"),
        (", hoàn thành trong Quý II năm 2026.", "2026-06-30"), (", hoàn thành trong tháng 10 năm 2026.", "2026-10-31"),
        (", hoàn thành trong năm 2026.", "2026-12-31"), (", hoàn thành trong 6 tháng cuối năm 2026.", "2026-12-31"),
        (", hoàn thành trước ngày 30/11/2026.", "2026-11-30"), (" (Quý II/2026).", "2026-06-30")]
for k, (form, exp) in enumerate(DEAD, 1):
    d = os.path.join(OUT, "deadline", f"d{k:02d}")
    os.makedirs(d)
    txt = HEAD.format(num=f"{k}/KH-UBND", kind="KẾ HOẠCH", title="Triển khai thi hành pháp luật năm 2026") + \
        f"I. NHIỆM VỤ\n1. Sở Công Thương tham mưu sửa đổi, bổ sung Quyết định số 18/2025/QĐ-UBND ngày 22/9/2025 của UBND tỉnh{form}\n2. Sở Tư pháp theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch này.\n"
    open(os.path.join(d, "plan.txt"), "w").write(txt)
    ex = json.loads(run(["extract", d, "--format", "json"]))
    c = [x for x in ex if x["id"] == "18/2025/QĐ-UBND"]
    got = (c[0]["modality"], c[0]["deadline"]) if c else ("-", "-")
    rows.append(("deadline", f"`…UBND tỉnh{form}`", exp, f"{got[0]}, {got[1]}", "ok" if got[1] == exp else "WRONG",
                 os.path.relpath(d, OUT)))

# 2. counts announced in a heading or a sentence
CNT = [("II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI (06 nhiệm vụ)", 5), ("Năm 2026 tập trung thực hiện 06 nhiệm vụ trọng tâm sau:", 5),
       ("UBND tỉnh đề ra 06 nhiệm vụ như sau:", 5), ("Kế hoạch gồm 06 nhiệm vụ như sau:", 5),
       ("II. NHIỆM VỤ (gồm 06 nhiệm vụ)", 5), ("Có 05 nhóm giải pháp chủ yếu:", 4)]
for k, ((line, n), closed) in enumerate([(c, cl) for c in CNT for cl in (False, True)], 1):
    d = os.path.join(OUT, "count", f"c{k:02d}")
    os.makedirs(d)
    UNITS = ["Sở Nội vụ rà soát tổ chức bộ máy", "Sở Tài chính bố trí kinh phí", "Sở Tư pháp kiểm tra văn bản",
             "Sở Công Thương phát triển cụm công nghiệp", "Sở Xây dựng quản lý quy hoạch", "Sở Y tế phòng, chống dịch bệnh"]
    items = "\n".join(f"{i}. {UNITS[i - 1]}." for i in range(1, n + 1))
    tail = "\nIII. TỔ CHỨC THỰC HIỆN\nCác sở, ngành tổ chức thực hiện.\n" if closed else "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
    txt = HEAD.format(num=f"{50 + k}/KH-UBND", kind="KẾ HOẠCH", title="Nhiệm vụ trọng tâm năm 2026") + f"I. MỤC ĐÍCH\nBảo đảm hiệu quả.\n{line}\n{items}{tail}"
    open(os.path.join(d, "plan.txt"), "w").write(txt)
    ch = json.loads(run(["check", d, "--format", "json", "--as-of", "2026-11-26"]))
    got = [f for f in ch if f["rule"] == "count-mismatch"]
    rows.append(("count", f"`{line}` + {n} items, then " + ("a heading `III. TỔ CHỨC THỰC HIỆN`" if closed else "the signature"),
                 "count-mismatch", got[0]["message"][:90] if got else "(none)", "ok" if got else "MISSED", os.path.relpath(d, OUT)))

# 3. consolidated-text footnotes (passive voice): X amends the base; the consolidated text amends nothing
FN = ["Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 Quyết định số 30/2022/QĐ-UBND",
      "Khoản này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 Quyết định số 30/2022/QĐ-UBND",
      "Điều này được bổ sung theo quy định tại khoản 2 Điều 1 Quyết định số 30/2022/QĐ-UBND",
      "Khoản này được thay thế theo quy định tại khoản 1 Điều 1 Quyết định số 30/2022/QĐ-UBND",
      "Điều này được bãi bỏ theo quy định tại khoản 2 Điều 1 Quyết định số 30/2022/QĐ-UBND",
      "Điều này bị bãi bỏ bởi Quyết định số 30/2022/QĐ-UBND",
      "Quyết định số 14/2021/QĐ-UBND ngày 20/4/2021 của UBND tỉnh, được sửa đổi, bổ sung bởi: Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022"]
for k, fn in enumerate(FN, 1):
    d = os.path.join(OUT, "vbhn", f"v{k:02d}")
    os.makedirs(d)
    txt = HEAD.format(num=f"0{k}/VBHN-UBND", kind="QUYẾT ĐỊNH", title="Ban hành Quy định về bồi thường, hỗ trợ, tái định cư") + \
        f"Điều 5. Giá đất cụ thể\n2. Giá đất cụ thể do Ủy ban nhân dân tỉnh quyết định.[1]\n\nXÁC THỰC VĂN BẢN HỢP NHẤT\nCHỦ TỊCH\n\n[1] {fn}, có hiệu lực kể từ ngày 01/10/2022.\n"
    open(os.path.join(d, "vbhn.txt"), "w").write(txt)
    ex = json.loads(run(["extract", d, "--format", "json"]))
    c = [f'{x["citingDocument"]} {x["relation"]} {x["id"]}' for x in ex if x["id"] in ("30/2022/QĐ-UBND", "14/2021/QĐ-UBND") and x["line"] > 11]
    rows.append(("vbhn footnote", f"`[1] {fn}`", "VBHN references 30/2022 (30/2022 amends 14/2021)", "; ".join(c) or "(none)",
                 "ok" if all(" references " in x or x.startswith("30/2022") for x in c) else "WRONG", os.path.relpath(d, OUT)))

# 4. a report recounting what was done under a directive in an earlier year
HIS = ["Năm 2023, theo Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh, các huyện đã tuyên truyền.",
       "Trước đây, thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh, các huyện đã tuyên truyền.",
       "Giai đoạn 2023 - 2024, thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh, các huyện đã tuyên truyền.",
       "Kết quả thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh trong năm 2023 như sau."]
for k, line in enumerate(HIS, 1):
    d = os.path.join(OUT, "history", f"h{k:02d}")
    os.makedirs(d)
    txt = HEAD.format(num=f"{70 + k}/BC-UBND", kind="BÁO CÁO", title="Công tác tuyên truyền năm 2025") + line + "\n"
    open(os.path.join(d, "report.txt"), "w").write(txt)
    ex = json.loads(run(["extract", d, "--format", "json"]))
    c = [x["relation"] for x in ex if x["id"] == "05/CT-UBND"]
    rows.append(("historical mention", f"`{line}`", "references (or reviews)", ", ".join(c), "ok" if set(c) <= {"references", "reviews"} else "debatable",
                 os.path.relpath(d, OUT)))

# 5. two decisions sharing one issuer phrase, cited from a district
d = os.path.join(OUT, "coordinated", "k01")
os.makedirs(d)
open(os.path.join(d, "district.txt"), "w").write("""ỦY BAN NHÂN DÂN
THỊ XÃ SA PA
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 412/QĐ-UBND
Sa Pa, ngày 14 tháng 8 năm 2025

QUYẾT ĐỊNH
Phê duyệt phương án bồi thường

Căn cứ Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022 và Quyết định số 08/2024/QĐ-UBND ngày 12/3/2024 của UBND tỉnh Lào Cai;
""")
ch = json.loads(run(["check", d, "--format", "json", "--as-of", "2026-11-26"]))
got = [f["message"][:100] for f in ch if f["rule"] == "dangling"]
rows.append(("coordinated issuer", "`Quyết định số 30/2022/QĐ-UBND ngày … và Quyết định số 08/2024/QĐ-UBND ngày … của UBND tỉnh Lào Cai` (from Sa Pa)",
             "both of Lào Cai province", " / ".join(got), "WRONG" if any("Sa Pa" in g for g in got) else "ok", "coordinated/k01"))

# 6. numbered prose tasks with labelled lines: numbering kept?
d = os.path.join(OUT, "tasks", "t01")
os.makedirs(d)
open(os.path.join(d, "plan.txt"), "w").write(HEAD.format(num="54/KH-UBND", kind="KẾ HOẠCH", title="Xây dựng văn bản năm 2026") + """II. NHIỆM VỤ
1. Sửa đổi, bổ sung Quyết định số 18/2025/QĐ-UBND
- Đơn vị chủ trì: Sở Công Thương
- Thời gian hoàn thành: Quý II/2026
2. Sửa đổi Quyết định số 22/2023/QĐ-UBND
Đơn vị chủ trì: Sở Tư pháp; thời gian hoàn thành: 6 tháng đầu năm 2026.
3. Sửa đổi Quyết định số 23/2023/QĐ-UBND, hoàn thành trong Quý II/2026.
4. Sở Xây dựng chủ trì tham mưu sửa đổi Quyết định số 24/2023/QĐ-UBND, hoàn thành trước ngày 30/6/2026.
""")
tk = json.loads(run(["tasks", d, "--format", "json"]))
rows.append(("tasks", "four numbered prose tasks `1.`…`4.`", "numbers 1–4, deadlines 30/6, 30/6, 30/6, 30/6",
             "; ".join(f"{t.get('number')!r} {t.get('deadlineText')}" for t in tk),
             "ok" if [t.get("number") for t in tk] == ["1.", "2.", "3.", "4."] else "WRONG", "tasks/t01"))

with open(os.path.join(OUT, "RESULTS.md"), "w") as f:
    f.write(f"# Probes ({os.path.basename(BIN)})\n\nEach row: one folder under `probes/`, one document; `docgraph extract DIR --format json` "
            "or `docgraph check DIR --format json --as-of 2026-11-26`.\n\n| kind | text | expected | docgraph | verdict | folder |\n|---|---|---|---|---|---|\n")
    for r in rows:
        f.write("| " + " | ".join(x.replace("|", "\\|") for x in r) + " |\n")
print(open(os.path.join(OUT, "RESULTS.md")).read())
