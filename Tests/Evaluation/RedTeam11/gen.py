#!/usr/bin/env python3
"""Red team round 11 (redteam18): HĐND thị xã Ninh Hòa (tỉnh Khánh Hòa) and its wards, 2016-2021.
Usage: gen.py --out DIR [--key PATH]. Python 3 standard library only. Deterministic."""
import argparse, json, os, unicodedata

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
DOCS = []
KEY = {"as_of": "2026-11-26", "planted": [], "traps": [], "external": [], "collateral": [], "files": {}}


def add(f, text, kind="txt"):
    DOCS.append((f, kind, text))
    KEY["files"][f] = kind


def plant(rule, ids, files, what, contains=None):
    p = {"rule": rule, "ids": ids, "files": files, "what": what}
    if contains:
        p["contains"] = contains
    KEY["planted"].append(p)


def trap(kind, ids, files, must_not, what):
    KEY["traps"].append({"kind": kind, "ids": ids, "files": files, "must_not": must_not, "what": what})


def head(body, numline, dateline, title):
    return f"{body}\n{numline}\n\n{MOTTO}\n\n{dateline}\n\n{title}\n\n"


HDTX = "HỘI ĐỒNG NHÂN DÂN\nTHỊ XÃ NINH HÒA"
UBTX = "ỦY BAN NHÂN DÂN\nTHỊ XÃ NINH HÒA"
NOI = "\n\nNơi nhận:\n- Thường trực HĐND tỉnh;\n- UBND tỉnh Khánh Hòa;\n- Lưu: VT.\n"
TTSIGN = "\n\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn An" + NOI
UBSIGN = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nTrần Văn Bình" + NOI

# --- HĐND thị xã -------------------------------------------------------------------------------------------
add("h00_nq01_2016.txt", head(HDTX + "\nKHÓA XII, KỲ HỌP THỨ 2", "Số: 01/NQ-HĐND", "Ninh Hòa, ngày 15 tháng 7 năm 2016",
    "NGHỊ QUYẾT\nVề chương trình phát triển kinh tế - xã hội thị xã Ninh Hòa nhiệm kỳ 2016 - 2021") +
    "HỘI ĐỒNG NHÂN DÂN THỊ XÃ NINH HÒA\nKHÓA XII, KỲ HỌP THỨ 2\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;\n"
    "Xét Tờ trình của Ủy ban nhân dân thị xã và Báo cáo thẩm tra của Ban Kinh tế - Xã hội Hội đồng nhân dân thị xã,\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Thông qua chương trình phát triển kinh tế - xã hội nhiệm kỳ 2016 - 2021.\n\nĐiều 2. Giao Ủy ban nhân dân thị xã tổ chức thực hiện Nghị quyết này." + TTSIGN)

add("h01_nq05_2017.txt", head(HDTX, "Số: 05/2017/NQ-HĐND", "Ninh Hòa, ngày 14 tháng 7 năm 2017",
    "NGHỊ QUYẾT\nQuy định mức hỗ trợ cho lực lượng bảo vệ dân phố trên địa bàn thị xã") +
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Mức hỗ trợ hằng tháng là 0,5 lần mức lương cơ sở.\n\nĐiều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2017." + TTSIGN)

add("h02_nq12_2018.txt", head(HDTX + "\nKHOÁ XII, KỲ HỌP THỨ 7", "Số: 12/2018/NQ-HĐND", "Ninh Hòa, ngày 20 tháng 12 năm 2018",
    "NGHỊ QUYẾT\nQuy định mức hỗ trợ cho lực lượng bảo vệ dân phố") +
    "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. Mức hỗ trợ hằng tháng là 0,7 lần mức lương cơ sở.\n\n"
    "Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2019 và thay thế Nghị quyết số 05/2017/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân thị xã." + TTSIGN)

add("h03_nq08_2019.txt", head(HDTX, "Số: 08/2019/NQ-HĐND", "Ninh Hòa, ngày 05 tháng 7 năm 2019",
    "NGHỊ QUYẾT\nQuy định mức hỗ trợ cho lực lượng bảo vệ dân phố và tổ tự quản") +
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Xét Tờ trình số 120/TTr-UBND ngày 10-7-2019 của Ủy ban nhân dân thị xã; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân thị xã,\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Mức hỗ trợ hằng tháng là 0,8 lần mức lương cơ sở.\n\n"
    "Điều 2. Nghị quyết này thay thế Nghị quyết số 05/2017/NQ-HĐND ngày 14/7/2017 của Hội đồng nhân dân thị xã." + TTSIGN)
plant("inverse-inconsistency", ["05/2017/NQ-HĐND"], ["h03_nq08_2019.txt", "h02_nq12_2018.txt"],
      "05/2017/NQ-HĐND replaced twice: by 12/2018 (20/12/2018) and again by 08/2019 (05/7/2019)")
plant("temporal", ["120/TTr-UBND"], ["h03_nq08_2019.txt"], "resolution of 05/7/2019 answers 'Tờ trình số 120/TTr-UBND ngày 10-7-2019'")
KEY["collateral"].append({"rule": "superseded-citation", "ids": ["05/2017/NQ-HĐND"], "files": ["h03_nq08_2019.txt", "u02_ttr120_2019.txt"]})

add("h04_nq15_2019.txt", head(HDTX, "Số:  15 /NQ-HĐND", "Ninh Hòa, ngày 05 tháng 7 năm 2019",
    "NGHỊ QUYẾT\nSửa đổi, bổ sung Điều 2 Nghị quyết số 40/NQ-HĐND ngày 12/7/2018 của HĐND thị xã về kế hoạch chỉnh trang đô thị") +
    "Xét Tờ trình số 85/TTr-UBND ngày 25 tháng 6 năm 2019 của UBND thị xã; Báo cáo thẩm tra số 12/BC-HĐND ngày 02/7/2019 của Ban Pháp chế HĐND thị xã;\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Sửa đổi, bổ sung Điều 2 Nghị quyết số 40/NQ-HĐND ngày 12/7/2018 như sau: „Tổng vốn 45 tỷ đồng”.\n\n"
    "Điều 2. Giao UBND thị xã tổ chức thực hiện." + TTSIGN)
trap("spaced-own-number", ["15/NQ-HĐND"], ["u03_qd1520_2019.html", "h07_nq35_2019.txt"], ["dangling"],
     "header 'Số:  15 /NQ-HĐND' (two spaces, space before /) is 15/NQ-HĐND; cited as '15/ NQ-HĐND' in u03")
trap("report-before-resolution", ["12/BC-HĐND", "85/TTr-UBND"], ["h04_nq15_2019.txt"], ["temporal", "dangling"],
     "the Tờ trình (25/6) and the Ban Pháp chế's Báo cáo thẩm tra (02/7) precede the resolution (05/7)")

add("h05_nq40_2018.txt", head(HDTX, "Số: 40/NQ-HĐND", "Ninh Hòa, ngày 12 tháng 7 năm 2018",
    "NGHỊ QUYẾT\nVề kế hoạch chỉnh trang đô thị thị xã Ninh Hòa giai đoạn 2018 - 2020") +
    "QUYẾT NGHỊ:\n\nĐiều 1. Thông qua kế hoạch chỉnh trang đô thị giai đoạn 2018 - 2020.\n\nĐiều 2. Tổng vốn 40 tỷ đồng.\n\n"
    "Điều 3. Tổ chức thực hiện\n1. UBND thị xã tổ chức thực hiện Nghị quyết này.\n"
    "2. UBND các phường xây dựng kế hoạch thực hiện Nghị quyết này trước ngày 30/9/2018." + TTSIGN)
trap("obligation-fulfilled", ["40/NQ-HĐND"], ["h05_nq40_2018.txt"], ["unmet-obligation"],
     "UBND phường Ninh Hiệp (p01, 20/8/2018) and Ninh Giang (p02, 25/8/2018) both issued plans implementing 40/NQ-HĐND")

add("h06_nq22_2020.txt", head(HDTX, "Số: 22/NQ-HĐND", "Ninh Hòa, ngày 10 tháng 7 năm 2020",
    "NGHỊ QUYẾT\nVề tăng cường quản lý trật tự đô thị trên địa bàn thị xã") +
    "Xét Tờ trình số 95/TTr-UBND ngày 01/7/2020 của UBND thị xã; Báo cáo thẩm tra số 18/BC-HĐND của Ban Kinh tế - Xã hội,\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Thông qua các giải pháp tăng cường quản lý trật tự đô thị.\n\n"
    "Điều 2. Tổ chức thực hiện\n1. UBND thị xã ban hành kế hoạch thực hiện Nghị quyết.\n"
    "2. UBND các phường xây dựng kế hoạch thực hiện Nghị quyết này trước ngày 30/9/2020." + TTSIGN)
plant("unmet-obligation", ["22/NQ-HĐND"], ["h06_nq22_2020.txt"], "UBND các phường must plan 22/NQ-HĐND before 30/9/2020; no ward plan cites it", contains="phường")
KEY["external"].append("95/TTr-UBND")

add("h07_nq35_2019.txt", head(HDTX, "Số: 35/NQ-HĐND", "Ninh Hòa, ngày 18 tháng 12 năm 2019",
    "NGHỊ QUYẾT\nVề sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số 01/NQ-HĐND ngày 15/7/2016") +
    "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số 01/NQ-HĐND ngày 15/7/2016 của HĐND thị xã về chương trình phát triển kinh tế - xã hội nhiệm kỳ 2016 - 2021;\n"
    "Trên cơ sở kết quả thực hiện Nghị quyết số 15/NQ-HĐND ngày 05/7/2019 và Nghị quyết số 12/2018/NQ-HĐND; mức hỗ trợ trước đây theo Nghị quyết số 05/2017/NQ-HĐND (đã được thay thế) được điều chỉnh.\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Nửa nhiệm kỳ còn lại tập trung 04 nhóm nhiệm vụ trọng tâm sau:\n"
    "1. Phát triển thương mại, dịch vụ.\n2. Chỉnh trang đô thị.\n3. Cải cách hành chính.\n4. Bảo đảm an sinh xã hội.\n5. Giữ vững quốc phòng, an ninh.\n\n"
    "Điều 2. Giao UBND thị xã tổ chức thực hiện." + TTSIGN)
plant("count-mismatch", ["35/NQ-HĐND"], ["h07_nq35_2019.txt"], "'04 nhóm nhiệm vụ trọng tâm sau:' then 5 items")
trap("historical-mention", ["05/2017/NQ-HĐND"], ["h07_nq35_2019.txt", "u07_bc150_2021.txt"], ["superseded-citation"],
     "05/2017 is mentioned as replaced ('đã được thay thế'), not relied on")
trap("midterm-review-old-target", ["01/NQ-HĐND"], ["h07_nq35_2019.txt", "w01_portal_soket.html", "u07_bc150_2021.txt"], ["temporal", "superseded-citation", "dangling"],
     "a 2019 mid-term review and a 2021 report review the 2016 programme: reviews of an older document are normal")

add("h08_nq03_2021.txt", head(HDTX, "Số: 03/2021/NQ-HĐND", "Ninh Hòa, ngày 15 tháng 3 năm 2021",
    "NGHỊ QUYẾT\nBãi bỏ Nghị quyết số 12/2018/NQ-HĐND") +
    "QUYẾT NGHỊ:\n\nĐiều 1. Bãi bỏ Nghị quyết số 12/2018/NQ-HĐND ngày 20/12/2018 của Hội đồng nhân dân thị xã.\n\nĐiều 2. Nghị quyết có hiệu lực từ ngày 01/4/2021." + TTSIGN)
trap("cited-before-repeal", ["12/2018/NQ-HĐND"], ["u07_bc150_2021.txt", "h07_nq35_2019.txt"], ["superseded-citation"],
     "12/2018 is cited on 10/3/2021 and 18/12/2019, before its repeal (15/3/2021, in force to 01/4/2021)")

# --- UBND thị xã --------------------------------------------------------------------------------------------
add("u01_ttr85_2019.txt", head(UBTX, "Số: 85/TTr-UBND", "Ninh Hòa, ngày 25 tháng 6 năm 2019",
    "TỜ TRÌNH\nVề việc sửa đổi, bổ sung Điều 2 Nghị quyết số 40/NQ-HĐND") +
    "Kính gửi: Hội đồng nhân dân thị xã.\n\nỦy ban nhân dân thị xã kính trình HĐND thị xã xem xét, ban hành Nghị quyết sửa đổi, bổ sung Điều 2 Nghị quyết số 40/NQ-HĐND ngày 12/7/2018." + UBSIGN)

add("u02_ttr120_2019.txt", head(UBTX, "Số: 120/TTr-UBND", "Ninh Hòa, ngày 10 tháng 7 năm 2019",
    "TỜ TRÌNH\nDự thảo Nghị quyết quy định mức hỗ trợ lực lượng bảo vệ dân phố") +
    "Ủy ban nhân dân thị xã kính trình HĐND thị xã xem xét, ban hành Nghị quyết thay thế Nghị quyết số 05/2017/NQ-HĐND ngày 14/7/2017." + UBSIGN)

u03 = """<html><head><meta name=Generator content="Microsoft Word 15"></head><body>
<table><tr><td><p><b>ỦY BAN NHÂN DÂN<br>THỊ XÃ NINH HÒA</b></p><p>Số: 1520/QĐ-UBND</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p><p><i>Ninh Hòa, ngày 25 tháng 7 năm 2019</i></p></td></tr></table>
<p align=center><b>QUYẾT ĐỊNH</b></p><p align=center><b>Về việc triển khai thực hiện Nghị quyết số 15/ NQ-HĐND</b></p>
<p>Căn cứ Nghị quyết số 15/ NQ-HĐND ngày 15/7/2019 của HĐND thị xã sửa đổi, bổ sung Điều 2 Nghị quyết số 40/NQ-HĐND;</p>
<p><b>QUYẾT ĐỊNH:</b></p><p>Điều 1. Phân bổ vốn theo bảng sau:</p>
<table border=1><tr><th>TT</th><th>Nội dung</th><th>Căn cứ</th><th>Đơn vị chủ trì</th></tr>
<tr><td>1</td><td>Vỉa hè đường Trần Quý Cáp</td><td>Nghị quyết số 40/NQ-HĐND</td><td>Phòng Quản lý đô thị</td></tr>
<tr><td>2</td><td>Chiếu sáng công cộng</td><td>Nghị quyết số 15/NQ-HĐND</td><td>Phòng Tài chính - Kế hoạch</td></tr></table>
<p>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</p><p>Trần Văn Bình</p></body></html>
"""
add("u03_qd1520_2019.html", u03, "html")
plant("metadata-conflict", ["15/NQ-HĐND"], ["u03_qd1520_2019.html"], "cites 15/NQ-HĐND as of 15/7/2019; its header (h04) says 05/7/2019")
trap("amended-not-replaced", ["40/NQ-HĐND"], ["u03_qd1520_2019.html", "u01_ttr85_2019.txt"], ["superseded-citation", "dangling"],
     "15/NQ-HĐND amends Điều 2 of 40/NQ-HĐND; 40 stays in force, citing it after the amendment is fine")

add("u04_qd2100_2020.txt", head(UBTX, "Số: 2100/QĐ-UBND", "Ninh Hòa, ngày 05 tháng 3 năm 2020",
    "QUYẾT ĐỊNH\nVề việc chi hỗ trợ lực lượng bảo vệ dân phố năm 2020") +
    "ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;\n"
    "Căn cứ Nghị quyết số 05/2017/NQ-HĐND ngày 14/7/2017 của HĐND thị xã quy định mức hỗ trợ cho lực lượng bảo vệ dân phố;\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Chi hỗ trợ theo mức 0,5 lần mức lương cơ sở.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký." + UBSIGN)
plant("superseded-citation", ["05/2017/NQ-HĐND"], ["u04_qd2100_2020.txt"], "decision of 05/3/2020 rests on 05/2017, replaced by 12/2018 from 01/01/2019")

add("u05_kh45_2020.md", "**ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA**\n\nSố: 45/KH-UBND\n\n" + MOTTO + "\n\n*Ninh Hòa, ngày 20 tháng 7 năm 2020*\n\n"
    "# KẾ HOẠCH\n## Thực hiện Nghị quyết số 22/NQ-HĐND ngày 10/7/2020 của HĐND thị xã\n\n"
    "Thực hiện Nghị quyết số 22/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân thị xã, UBND thị xã ban hành Kế hoạch với các nhiệm vụ sau:\n\n"
    "| TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
    "| 1 | Sửa đổi, bổ sung Quyết định số 2100/QĐ-UBND ngày 05/3/2020 | Phòng Tài chính - Kế hoạch | Quý IV/2020 |\n"
    "| 2 | Sửa đổi, bổ sung Quyết định số 1520/QĐ-UBND ngày 25/7/2019 | Phòng Quản lý đô thị | Quý III/2020 |\n"
    "| 3 | Tuyên truyền Nghị quyết số 22/NQ-HĐND | Phòng Văn hóa và Thông tin | Thường xuyên |\n"
    "| 4 | Tổng kết thực hiện Nghị quyết số 40/NQ-HĐND | Phòng Tài chính - Kế hoạch | Quý II/2021 |\n" + UBSIGN, "md")
plant("overdue-plan", ["2100/QĐ-UBND"], ["u05_kh45_2020.md"], "row 1: amendment of 2100/QĐ-UBND due Quý IV/2020; nothing amends it")
plant("overdue-plan", ["40/NQ-HĐND"], ["u05_kh45_2020.md"], "row 4: review (tổng kết) of 40/NQ-HĐND due Quý II/2021; nothing reviews it")
trap("planned-fulfilled", ["1520/QĐ-UBND"], ["u05_kh45_2020.md"], ["overdue-plan"], "row 2 fulfilled by 1850/QĐ-UBND (15/9/2020) amending 1520")
trap("recurring", ["22/NQ-HĐND"], ["u05_kh45_2020.md"], ["overdue-plan"], "row 3 'Thường xuyên' is recurring")

add("u06_qd1850_2020.txt", head(UBTX, "Số: 1850/QĐ-UBND", "Ninh Hòa, ngày 15 tháng 9 năm 2020",
    "QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của Quyết định số 1520/QĐ-UBND ngày 25-7-2019") +
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 20/7/2020 của UBND thị xã;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Sửa đổi, bổ sung Điều 1 Quyết định số 1520/QĐ-UBND ngày 25-7-2019 của UBND thị xã." + UBSIGN)
trap("dash-date", ["1520/QĐ-UBND"], ["u06_qd1850_2020.txt"], ["metadata-conflict", "temporal", "dangling"], "'ngày 25-7-2019' is 25/7/2019, the header date of u03")

add("u07_bc150_2021.txt", head(UBTX, "Số: 150/BC-UBND", "Ninh Hòa, ngày 10 tháng 3 năm 2021",
    "BÁO CÁO\nTổng kết thực hiện Nghị quyết số 01/NQ-HĐND nhiệm kỳ 2016 - 2021") +
    "Tổng kết thực hiện Nghị quyết số 01/NQ-HĐND ngày 15/7/2016 của HĐND thị xã, UBND thị xã báo cáo như sau:\n"
    "Chế độ hỗ trợ bảo vệ dân phố thực hiện theo Nghị quyết số 12/2018/NQ-HĐND; Nghị quyết số 05/2017/NQ-HĐND (đã được thay thế bởi Nghị quyết số 12/2018/NQ-HĐND) không còn áp dụng.\n"
    "Luật Đầu tư công số 39/2019/QH14 được áp dụng từ năm 2020." + UBSIGN)

# --- Báo cáo thẩm tra, Thông báo kết luận ------------------------------------------------------------------
add("b01_bc12_bpc_2019.txt", head("HĐND THỊ XÃ NINH HÒA\nBAN PHÁP CHẾ", "Số: 12/BC-HĐND", "Ninh Hòa, ngày 02 tháng 7 năm 2019",
    "BÁO CÁO THẨM TRA\nTờ trình số 85/TTr-UBND ngày 25/6/2019 của UBND thị xã") +
    "Ban Pháp chế HĐND thị xã thẩm tra Tờ trình số 85/TTr-UBND ngày 25/6/2019 về sửa đổi, bổ sung Điều 2 Nghị quyết số 40/NQ-HĐND. Ban thống nhất trình HĐND thị xã." +
    "\n\nTM. BAN PHÁP CHẾ\nTRƯỞNG BAN\n\nLê Thị Cúc\n")

add("b02_bc18_bktxh_2020.txt", head("HĐND THỊ XÃ NINH HÒA\nBAN KINH TẾ - XÃ HỘI", "Số: 18/BC-HĐND", "Ninh Hòa, ngày 08 tháng 7 năm 2020",
    "BÁO CÁO THẨM TRA\nDự thảo Nghị quyết về tăng cường quản lý trật tự đô thị") +
    "Xem xét Tờ trình số 95/TTr-UBND ngày 01/7/2020 của UBND thị xã. Dự thảo phù hợp Nghị quyết số 45/2016/NQ-HĐND của HĐND tỉnh Khánh Hòa." +
    "\n\nTM. BAN KINH TẾ - XÃ HỘI\nTRƯỞNG BAN\n\nPhạm Văn Dũng\n")
KEY["external"].append("45/2016/NQ-HĐND")

add("t01_tb42_2020.txt", head("HĐND THỊ XÃ NINH HÒA\nTHƯỜNG TRỰC", "Số: 42/TB-HĐND", "Ninh Hòa, ngày 20 tháng 10 năm 2020",
    "THÔNG BÁO\nKết luận của Thường trực HĐND thị xã tại phiên họp tháng 10/2020") +
    "Sau khi nghe UBND thị xã báo cáo tình hình thực hiện Nghị quyết số 22/NQ-HĐND ngày 10/7/2020 và Kế hoạch số 45/KH-UBND, Thường trực HĐND thị xã kết luận:\n"
    "1. Đề nghị UBND thị xã báo cáo kết quả thực hiện Nghị quyết số 22/NQ-HĐND định kỳ hằng năm.\n"
    "2. Giám sát việc thực hiện Nghị quyết số 15/NQ-HĐND: thực hiện thường xuyên." +
    "\n\nTM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\nNguyễn Văn An\n")
trap("recurring-notice", ["22/NQ-HĐND", "15/NQ-HĐND"], ["t01_tb42_2020.txt"], ["overdue-plan", "dangling"], "'hằng năm', 'thường xuyên' are recurring")

# --- wards -------------------------------------------------------------------------------------------------
def ward_md(name, num, d, m, y, rows, nfd=False):
    t = (f"**ỦY BAN NHÂN DÂN PHƯỜNG {name.upper()}**\n\nSố: {num}\n\n" + MOTTO + f"\n\n*{name}, ngày {d:02d} tháng {m} năm {y}*\n\n"
         "# KẾ HOẠCH\n## Thực hiện Nghị quyết số 40/NQ-HĐND ngày 12/7/2018 của HĐND thị xã Ninh Hòa\n\n"
         "Thực hiện Nghị quyết số 40/NQ-HĐND ngày 12/7/2018 của Hội đồng nhân dân thị xã, Ủy ban nhân dân phường xây dựng Kế hoạch như sau:\n\n"
         "| TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n" + rows +
         f"\n\nTM. ỦY BAN NHÂN DÂN PHƯỜNG {name.upper()}\nCHỦ TỊCH\n")
    return unicodedata.normalize("NFD", t) if nfd else t

add("p01_ninhhiep_kh25_2018.md", ward_md("Ninh Hiệp", "25/KH-UBND", 20, 8, 2018,
    "| 1 | Ra quân chỉnh trang vỉa hè | Công an phường | Hằng năm |\n| 2 | Báo cáo kết quả thực hiện | Văn phòng UBND phường | Thường xuyên |"), "md")
add("p02_ninhgiang_kh25_2018.md", ward_md("Ninh Giang", "25/KH-UBND", 25, 8, 2018,
    "| 1 | Vận động nhân dân hiến đất mở rộng hẻm | Ủy ban MTTQ phường | Năm 2018 và hằng năm |", nfd=True), "md")
trap("same-number-other-ward", ["25/KH-UBND"], ["p02_ninhgiang_kh25_2018.md"], ["duplicate-identity"],
     "25/KH-UBND of UBND phường Ninh Giang is another issuer's 25/KH-UBND")
trap("nfd-ward-plan", ["40/NQ-HĐND"], ["p02_ninhgiang_kh25_2018.md", "p01_ninhhiep_kh25_2018.md"], ["dangling", "superseded-citation"], "NFD text still cites 40/NQ-HĐND of the thị xã")

add("p03_ninhhiep_kh25b_2018.txt", head("ỦY BAN NHÂN DÂN\nPHƯỜNG NINH HIỆP", "Số: 25/KH-UBND", "Ninh Hiệp, ngày 15 tháng 11 năm 2018",
    "KẾ HOẠCH\nPhòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2018") +
    "Ủy ban nhân dân phường xây dựng kế hoạch phòng, chống thiên tai năm 2018 như sau: ...\n\nTM. ỦY BAN NHÂN DÂN PHƯỜNG\nCHỦ TỊCH\n")
plant("duplicate-identity", ["25/KH-UBND"], ["p01_ninhhiep_kh25_2018.md", "p03_ninhhiep_kh25b_2018.txt"],
      "UBND phường Ninh Hiệp issued two different 25/KH-UBND in 2018 (20/8 and 15/11)")

add("p04_ninhhiep_nq07_2020.txt", head("HỘI ĐỒNG NHÂN DÂN\nPHƯỜNG NINH HIỆP", "Số: 07/NQ-HĐND", "Ninh Hiệp, ngày 15 tháng 7 năm 2020",
    "NGHỊ QUYẾT\nVề xây dựng tuyến phố văn minh năm 2020") +
    "Cụ thể hóa Kế hoạch số 30/KH-UBND ngày 15/7/2020 của UBND phường Ninh Hiệp;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Xây dựng 02 tuyến phố văn minh." +
    "\n\nTM. HỘI ĐỒNG NHÂN DÂN PHƯỜNG\nCHỦ TỊCH\n")
add("p05_ninhhiep_kh30_2020.txt", head("ỦY BAN NHÂN DÂN\nPHƯỜNG NINH HIỆP", "Số: 30/KH-UBND", "Ninh Hiệp, ngày 15 tháng 7 năm 2020",
    "KẾ HOẠCH\nXây dựng tuyến phố văn minh năm 2020") +
    "Thực hiện Nghị quyết số 07/NQ-HĐND ngày 15/7/2020 của HĐND phường Ninh Hiệp, UBND phường ban hành Kế hoạch.\n\nTM. ỦY BAN NHÂN DÂN PHƯỜNG\nCHỦ TỊCH\n")
plant("cycle", ["07/NQ-HĐND", "30/KH-UBND"], ["p04_ninhhiep_nq07_2020.txt", "p05_ninhhiep_kh30_2020.txt"],
      "ward resolution implements the ward plan, the plan implements the resolution (same day)")

w01 = """<!DOCTYPE html><html><head><title>Cổng thông tin điện tử thị xã Ninh Hòa</title></head><body>
<div class="post"><h1>HĐND thị xã Ninh Hòa sơ kết giữa nhiệm kỳ 2016 - 2021</h1><span class="date">19/12/2019 08:30</span>
<p>Ngày 18/12/2019, tại kỳ họp thứ 9, HĐND thị xã đã ban hành Nghị quyết số 35/NQ-HĐND về sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số 01/NQ-HĐND ngày 15/7/2016.</p>
<p>Kỳ họp cũng xem xét kết quả thực hiện Nghị quyết số 15/NQ-HĐND ngày 05/7/2019.</p>
<p class="author">Thu Hà - Trung tâm Văn hóa - Thông tin</p></div></body></html>
"""
add("w01_portal_soket.html", w01, "html")
trap("portal-repost", ["35/NQ-HĐND", "15/NQ-HĐND"], ["w01_portal_soket.html"], ["duplicate-identity", "metadata-conflict", "dangling"],
     "a news post quoting the resolutions is not a second 35/NQ-HĐND and its dates agree")
trap("two-2019-resolutions-same-day", ["08/2019/NQ-HĐND", "15/NQ-HĐND"], ["h03_nq08_2019.txt", "h04_nq15_2019.txt"], ["duplicate-identity"],
     "two resolutions of the same session (05/7/2019) are different documents")
trap("repeal-after-replace", ["12/2018/NQ-HĐND"], ["h08_nq03_2021.txt", "h02_nq12_2018.txt"], ["inverse-inconsistency", "cycle"],
     "12/2018 replaced 05/2017 and is later repealed by 03/2021: no inconsistency")
trap("year-form-vs-plain", ["05/2017/NQ-HĐND"], ["h02_nq12_2018.txt"], ["dangling", "superseded-citation"],
     "the replacing resolution cites 05/2017 (resolves to h01) in its own replacement clause")

KEY["external"] += ["77/2015/QH13", "80/2015/QH13", "34/2016/NĐ-CP", "39/2019/QH14"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--key")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for f, kind, text in DOCS:
        open(os.path.join(a.out, f), "w", encoding="utf-8").write(text)
    if a.key:
        json.dump(KEY, open(a.key, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(DOCS), "documents,", len(KEY["planted"]), "planted,", len(KEY["traps"]), "traps,", len(KEY["external"]), "external")


if __name__ == "__main__":
    main()
