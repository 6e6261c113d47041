#!/usr/bin/env python3
"""One resolution with eight obligations (`X ban hành kế hoạch thực hiện Nghị quyết`), and one plan implementing it, issued by
the row's body. Prints, per assigned body, whether BIN still reports it unmet. Usage: matrix.py BIN"""
import os, shutil, subprocess, sys, tempfile
B = sys.argv[1] if len(sys.argv) > 1 else "docgraph"
nq = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fail", "nq05_2025.txt"), encoding="utf-8").read()
obs = ["Ban Thường vụ Đảng ủy Công an tỉnh", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công an tỉnh", "Sở Nội vụ",
       "Hội Nông dân tỉnh", "Đảng ủy xã Bù Đăng", "Đoàn Thanh niên Công an tỉnh"]
head, tail = nq.split("II. TỔ CHỨC THỰC HIỆN\n")
nq2 = head + "II. TỔ CHỨC THỰC HIỆN\n" + "".join(f"{i + 1}. {o} ban hành kế hoạch thực hiện Nghị quyết.\n" for i, o in enumerate(obs)) + tail[tail.index("\t"):]
imps = {"(none)": None, "Công đoàn CA": ("CÔNG ĐOÀN CÔNG AN NHÂN DÂN", "CÔNG ĐOÀN CÔNG AN TỈNH ĐỒNG NAI", "Số: 30/KH-CĐCA"),
        "Chi bộ": ("ĐẢNG BỘ TỈNH ĐỒNG NAI", "CHI BỘ PHÒNG PC06", "Số 03-KH/CB"), "Sở Tư pháp": ("UBND TỈNH ĐỒNG NAI", "SỞ TƯ PHÁP", "Số: 30/KH-STP"),
        "Hội Nông dân": ("HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH ĐỒNG NAI", "Số 30-KH/HNDT"),
        "Đảng ủy xã": ("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY XÃ BÙ ĐĂNG", "Số 03-KH/ĐU"),
        "Công an tỉnh": ("BỘ CÔNG AN", "CÔNG AN TỈNH ĐỒNG NAI", "Số: 30/KH-CAT-PV01"), "UBND xã": ("ỦY BAN NHÂN DÂN", "XÃ BÙ ĐĂNG", "Số: 30/KH-UBND")}
body = ("\n\nKẾ HOẠCH\nthực hiện Nghị quyết\n-----\nThực hiện Nghị quyết số 05-NQ/ĐUCA ngày 25/9/2025 của Ban Chấp hành Đảng bộ Công an tỉnh, "
        "xây dựng Kế hoạch như sau:\n1. Quán triệt Nghị quyết.\n")
print("plan issuer \\ assigned:".ljust(24) + " | ".join(o[:12].ljust(12) for o in obs))
for k, h in imps.items():
    d = tempfile.mkdtemp()
    open(os.path.join(d, "nq.txt"), "w", encoding="utf-8").write(nq2)
    if h:
        open(os.path.join(d, "kh.txt"), "w", encoding="utf-8").write(f"{h[0]}\n{h[1]}\n*\n{h[2]}\n\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\t\t\tĐồng Nai, ngày 10 tháng 01 năm 2026" + body)
    out = subprocess.run([B, "check", d, "--all", "--as-of", "2026-11-28", "--rules", "unmet-obligation", "--lang", "vi"], capture_output=True, text=True).stdout
    print(k.ljust(24) + " | ".join(("unmet" if f"giao {o} ban hành" in out else "MET").ljust(12) for o in obs))
    shutil.rmtree(d)
