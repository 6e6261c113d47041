#!/usr/bin/env python3
"""Red team 14 (round 7) corpus generator: a centrally run city's ward after the 2025 two-tier reorganisation
(phường Hải Châu, thành phố Đà Nẵng: Đảng ủy phường `-NQ/ĐU`, HĐND phường, UBND phường), the old district it replaced
(quận Hải Châu, 2019-2024: Quận ủy, HĐND quận, UBND quận) and an old small ward (Đảng ủy phường Thạch Thang), with
the city's People's Council year 2024-2025 (HĐND thành phố: `Nghị quyết số: 12/2024/NQ-HĐND`, `45/NQ-HĐND`, the
UBND's Tờ trình they answer, amendments, repeals, the socio-economic plan, a Thường trực HĐND notice), the Thành ủy,
UBND thành phố and Sở Nội vụ. Typing habits: colon after số, dates broken across lines, `NQ 12/2024/NQ-HĐND`
abbreviations, citations in tables and footnotes. A few .docx (zipfile) and .html files.

Usage: gen.py --out DIR [--key PATH] [--only f1,f2]
Python 3 standard library only. Deterministic.
"""
import argparse, json, os, zipfile
from xml.sax.saxutils import escape

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
DOCS = []
KEY = {"as_of": "2026-11-26", "planted": [], "traps": [], "external": [], "collateral": [], "files": {}}


def add(fname, payload, kind="txt"):
    DOCS.append((fname, kind, payload))


def plant(rule, ids, files, what, contains=None, announces=False):
    p = {"rule": rule, "ids": ids, "files": files, "what": what}
    if contains:
        p["contains"] = contains
    if announces:
        p["announces"] = True
    KEY["planted"].append(p)


def trap(kind, ids, files, must_not, what, requires=None):
    t = {"kind": kind, "ids": ids, "files": files, "must_not": must_not, "what": what}
    if requires:
        t["requires_planted"] = requires
    KEY["traps"].append(t)


def ext(*ids):
    KEY["external"].extend(ids)


def dt(place, dd, mm, yy, split=False):
    return f"{place}, ngày {dd:02d} tháng {mm:02d}" + ("\n" if split else " ") + f"năm {yy}"


def tail(sign, noi):
    return "\n\n" + sign + "\n\n(Đã ký)\n\n" + "\n".join(["Nơi nhận:"] + [f"- {x}" for x in noi]) + "\n"


LEVEL = {"tp": ("THÀNH PHỐ ĐÀ NẴNG", "Đà Nẵng"), "quan": ("QUẬN HẢI CHÂU", "Hải Châu"),
         "phuong": ("PHƯỜNG HẢI CHÂU", "Hải Châu")}


def hdnd(level, num, date, title, body, kind="NGHỊ QUYẾT", numline=None, split=True, sign="CHỦ TỊCH", preamble=None):
    unit, place = LEVEL[level]
    numline = numline or f"Nghị quyết số: {num}"
    pre = preamble or f"HỘI ĐỒNG NHÂN DÂN {unit}\nKHÓA X, KỲ HỌP THỨ {date[0] % 9 + 10}"
    return (f"HỘI ĐỒNG NHÂN DÂN\n{unit}\n-------\n{numline}\n{MOTTO}\n{dt(place, *date, split=split)}\n\n{kind}\n{title}\n"
            f"-----------\n{pre}\n\n" + body.strip("\n")
            + tail(sign, ["Ủy ban Thường vụ Quốc hội (b/c),", "Thường trực Thành ủy,", "Lưu: VT, TH."]))


def ubnd(level, num, date, kind, title, body, vv=None, sign="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"):
    unit, place = LEVEL[level]
    v = f"\nV/v {vv}" if vv else ""
    head = f"ỦY BAN NHÂN DÂN\n{unit}\n-------\nSố: {num}{v}\n{MOTTO}\n{dt(place, *date)}\n\n"
    return head + (f"{kind}\n{title}\n\n" if kind else "") + body.strip("\n") + tail(sign, ["Như trên,", "Lưu: VT."])


PARTY = {"tu": ("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\nTHÀNH ỦY ĐÀ NẴNG", "Đà Nẵng", "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC"),
         "qu": ("THÀNH ỦY ĐÀ NẴNG\nQUẬN ỦY HẢI CHÂU", "Hải Châu", "T/M BAN THƯỜNG VỤ\nBÍ THƯ"),
         "du": ("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\nĐẢNG ỦY PHƯỜNG HẢI CHÂU", "Hải Châu", "T/M BAN CHẤP HÀNH\nBÍ THƯ"),
         "tt": ("ĐẢNG BỘ QUẬN HẢI CHÂU\nĐẢNG ỦY PHƯỜNG THẠCH THANG", "Hải Châu", "T/M ĐẢNG ỦY\nBÍ THƯ")}


def party(who, num, date, kind, title, body):
    head, place, sign = PARTY[who]
    return (f"{head}\n*\nSố {num}\nĐẢNG CỘNG SẢN VIỆT NAM\n{dt(place, *date)}\n\n{kind}\n{title}\n-----\n\n"
            + body.strip("\n") + tail(sign, ["Thường trực Thành ủy (b/c),", "Các chi bộ trực thuộc,", "Lưu VP."]))


def snv(num, date, kind, title, body):
    return (f"UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ NỘI VỤ\n-------\nSố: {num}\n{MOTTO}\n{dt('Đà Nẵng', *date)}\n\n{kind}\n{title}\n\n"
            + body.strip("\n") + tail("GIÁM ĐỐC", ["UBND các phường, xã,", "Lưu: VT, XDCQ."]))


def build():
    ext("119/2020/QH14", "08/2022/NQ-HĐND", "30/2021/NQ-HĐND", "275/TTr-UBND", "1659/NQ-UBTVQH15", "72/2025/QH15",
        "127-KL/TW", "759/QĐ-TTg")

    # ------------------------------------------------------------ HĐND thành phố, 2023-2025
    add("h01_hdndtp_nq12_2023.txt", hdnd("tp", "12/2023/NQ-HĐND", (8, 12, 2023),
        "Quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở phường, xã trên địa bàn thành phố Đà Nẵng", """
Căn cứ Nghị quyết số 119/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội về thí điểm tổ chức mô hình chính quyền
đô thị và một số cơ chế, chính sách đặc thù phát triển thành phố Đà Nẵng;
Xét Tờ trình số 245/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân thành phố; Báo cáo thẩm tra của Ban Pháp chế
Hội đồng nhân dân thành phố; ý kiến thảo luận của đại biểu Hội đồng nhân dân thành phố tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng
Nghị quyết này quy định mức hỗ trợ hằng tháng đối với người hoạt động không chuyên trách ở phường, xã.

Điều 2. Mức hỗ trợ
1. Mức hỗ trợ bằng 1,5 lần mức lương cơ sở.
2. Mức hỗ trợ kiêm nhiệm bằng 50% mức hỗ trợ của chức danh kiêm nhiệm.

Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân thành phố tổ chức triển khai thực hiện Nghị quyết này.
2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2024.
"""))
    add("u00_ubndtp_ttr245_2023.txt", ubnd("tp", "245/TTr-UBND", (20, 11, 2023), "TỜ TRÌNH",
        "Dự thảo Nghị quyết quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở phường, xã", """
Kính gửi: Hội đồng nhân dân thành phố Đà Nẵng.

Ủy ban nhân dân thành phố kính trình Hội đồng nhân dân thành phố xem xét, ban hành Nghị quyết quy định mức hỗ trợ đối
với người hoạt động không chuyên trách ở phường, xã trên địa bàn thành phố, thay thế Nghị quyết số 08/2022/NQ-HĐND
ngày 15 tháng 7 năm 2022 của Hội đồng nhân dân thành phố.
"""))
    trap("tờ-trình-proposes-replacement", ["08/2022/NQ-HĐND"], ["u00_ubndtp_ttr245_2023.txt"],
         ["inverse-inconsistency", "superseded-citation"],
         "the Tờ trình only proposes ('kính trình … xem xét, ban hành … thay thế'); no enacted replacement of 08/2022",
         requires={"rule": "inverse-inconsistency", "id": "08/2022/NQ-HĐND", "file": "h04_hdndtp_nq12_2024.txt"})
    trap("tờ-trình-answered", ["245/TTr-UBND"], ["h01_hdndtp_nq12_2023.txt"], ["dangling", "temporal", "metadata-conflict"],
         "'Xét Tờ trình số 245/TTr-UBND ngày 20 tháng 11 năm 2023' resolves to u00 (dated 20/11/2023)")

    add("u01_ubndtp_ttr150_2024.txt", ubnd("tp", "150/TTr-UBND", (20, 6, 2024), "TỜ TRÌNH",
        "Dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 12/2023/NQ-HĐND", """
Kính gửi: Hội đồng nhân dân thành phố Đà Nẵng.

Thực hiện Kết luận số 127-KL/TW ngày 28 tháng 02 năm 2025 của Bộ Chính trị, Ban Bí thư (dự kiến),
Ủy ban nhân dân thành phố kính trình Hội đồng nhân dân thành phố xem xét sửa đổi khoản 2 Điều 2 Nghị quyết số
12/2023/NQ-HĐND ngày 08/12/2023 về mức hỗ trợ kiêm nhiệm.
""").replace("Thực hiện Kết luận số 127-KL/TW ngày 28 tháng 02 năm 2025 của Bộ Chính trị, Ban Bí thư (dự kiến),\n", ""))

    add("h02_hdndtp_nq05_2024.txt", hdnd("tp", "05/2024/NQ-HĐND", (12, 7, 2024),
        "Sửa đổi, bổ sung một số điều của Nghị quyết số 12/2023/NQ-HĐND ngày 08 tháng 12 năm 2023", """
Căn cứ Nghị quyết số 119/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội;
Xét Tờ trình số 150/TTr-UBND ngày 20 tháng 6 năm 2024 của Ủy ban nhân dân thành phố; Báo cáo thẩm tra của Ban Pháp chế.

QUYẾT NGHỊ:

Điều 1. Sửa đổi khoản 2 Điều 2 Nghị quyết số 12/2023/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân thành phố như sau:
"2. Mức hỗ trợ kiêm nhiệm bằng 70% mức hỗ trợ của chức danh kiêm nhiệm."

Điều 2. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2024.
"""))
    trap("amendment-before-replacement", ["12/2023/NQ-HĐND"], ["h02_hdndtp_nq05_2024.txt"],
         ["superseded-citation", "temporal"], "h02 (12/7/2024) amends 12/2023 before h04 (10/12/2024) replaced it")
    trap("tờ-trình-150-answered", ["150/TTr-UBND"], ["h02_hdndtp_nq05_2024.txt"], ["dangling", "temporal"],
         "'Xét Tờ trình số 150/TTr-UBND ngày 20 tháng 6 năm 2024' resolves to u01")

    add("h03_hdndtp_nq20_2024.txt", hdnd("tp", "20/2024/NQ-HĐND", (20, 9, 2024),
        "Bãi bỏ Nghị quyết số 08/2022/NQ-HĐND ngày 15 tháng 7 năm 2022 của Hội đồng nhân dân thành phố", """
Xét Tờ trình số 210/TTr-UBND ngày 05 tháng 9 năm 2024 của Ủy ban nhân dân thành phố.

QUYẾT NGHỊ:

Điều 1. Bãi bỏ toàn bộ Nghị quyết số 08/2022/NQ-HĐND ngày 15 tháng 7 năm 2022 của Hội đồng nhân dân thành phố quy định
chế độ hỗ trợ cán bộ tổ dân phố.

Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký.
"""))
    add("u02_ubndtp_ttr210_2024.txt", ubnd("tp", "210/TTr-UBND", (5, 9, 2024), "TỜ TRÌNH",
        "Dự thảo Nghị quyết bãi bỏ Nghị quyết số 08/2022/NQ-HĐND", """
Kính gửi: Hội đồng nhân dân thành phố Đà Nẵng.

Ủy ban nhân dân thành phố kính trình Hội đồng nhân dân thành phố xem xét, bãi bỏ Nghị quyết số 08/2022/NQ-HĐND
ngày 15/7/2022 do không còn phù hợp.
"""))
    add("h04_hdndtp_nq12_2024.txt", hdnd("tp", "12/2024/NQ-HĐND", (10, 12, 2024),
        "Quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở phường, xã và tổ dân phố", """
Căn cứ Nghị quyết số 119/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội;
Xét Tờ trình số 275/TTr-UBND ngày 25 tháng 11 năm 2024 của Ủy ban nhân dân thành phố; Báo cáo thẩm tra của Ban Pháp chế.

QUYẾT NGHỊ:

Điều 1. Mức hỗ trợ
Mức hỗ trợ hằng tháng bằng 1,7 lần mức lương cơ sở.

Điều 2. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2025.
2. Nghị quyết này thay thế Nghị quyết số 12/2023/NQ-HĐND ngày 08 tháng 12 năm 2023 và Nghị quyết số 08/2022/NQ-HĐND
ngày 15 tháng 7 năm 2022 của Hội đồng nhân dân thành phố.
"""))
    plant("inverse-inconsistency", ["08/2022/NQ-HĐND"], ["h04_hdndtp_nq12_2024.txt", "h03_hdndtp_nq20_2024.txt"],
          "12/2024/NQ-HĐND (10/12/2024) replaces 08/2022/NQ-HĐND, already repealed by 20/2024/NQ-HĐND (20/9/2024)")

    add("h05_hdndtp_nq45_2024.txt", hdnd("tp", "45/NQ-HĐND", (10, 7, 2024),
        "Về việc thông qua danh mục dự án cần thu hồi đất năm 2024 (bổ sung)", """
Xét Tờ trình số 188/TTr-UBND ngày 15 tháng 7 năm 2024 của Ủy ban nhân dân thành phố; Báo cáo thẩm tra của Ban Kinh tế
- Ngân sách.

QUYẾT NGHỊ:

Điều 1. Thông qua danh mục 12 dự án cần thu hồi đất năm 2024 (bổ sung) với tổng diện tích 35,2 ha.
Điều 2. Giao Ủy ban nhân dân thành phố tổ chức thực hiện.
""", numline="Số: 45/NQ-HĐND"))
    add("u03_ubndtp_ttr188_2024.txt", ubnd("tp", "188/TTr-UBND", (15, 7, 2024), "TỜ TRÌNH",
        "Danh mục dự án cần thu hồi đất năm 2024 (bổ sung)", """
Kính gửi: Hội đồng nhân dân thành phố Đà Nẵng.

Ủy ban nhân dân thành phố kính trình Hội đồng nhân dân thành phố thông qua danh mục 12 dự án cần thu hồi đất năm 2024.
"""))
    plant("temporal", ["188/TTr-UBND"], ["h05_hdndtp_nq45_2024.txt"],
          "resolution of 10/7/2024 'Xét Tờ trình số 188/TTr-UBND ngày 15 tháng 7 năm 2024' (u03 is dated 15/7/2024)")

    add("u04_ubndtp_qd1234_2024.txt", ubnd("tp", "1234/QĐ-UBND", (5, 3, 2024), "QUYẾT ĐỊNH",
        "Phê duyệt Đề án sắp xếp tổ dân phố trên địa bàn thành phố", """
CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án sắp xếp tổ dân phố trên địa bàn thành phố giai đoạn 2024 - 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", sign="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))

    # socio-economic plan resolution
    add("h06_hdndtp_nq60_2024.txt", hdnd("tp", "60/NQ-HĐND", (10, 12, 2024),
        "Về kế hoạch phát triển kinh tế - xã hội năm 2025", """
Căn cứ Nghị quyết số 119/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội;
Xét Báo cáo số 402/BC-UBND ngày 25 tháng 11 năm 2024 của Ủy ban nhân dân thành phố.

QUYẾT NGHỊ:

Điều 1. Mục tiêu tổng quát
Phấn đấu tốc độ tăng trưởng GRDP năm 2025 đạt 10%.

Điều 2. Nhiệm vụ, giải pháp chủ yếu
Năm 2025, tập trung thực hiện 06 nhóm nhiệm vụ, giải pháp chủ yếu sau:
1. Đẩy mạnh cải cách hành chính, chuyển đổi số.
2. Phát triển kinh tế biển, du lịch, dịch vụ.
3. Hoàn thiện hạ tầng đô thị.
4. Bảo đảm an sinh xã hội.
5. Giữ vững quốc phòng, an ninh.

Điều 3. Các nhiệm vụ cụ thể
TT	Nội dung	Cơ quan chủ trì	Thời hạn
1	Trình HĐND thành phố Nghị quyết sửa đổi, bổ sung Nghị quyết số 05/2024/NQ-HĐND ngày 12/7/2024	UBND thành phố	Quý II/2025
2	Tổng kết 05 năm thực hiện Nghị quyết số 119/2020/QH14 của Quốc hội	UBND thành phố	Trước 30/9/2025
3	Bãi bỏ Nghị quyết số 30/2021/NQ-HĐND ngày 10/12/2021 về phí tham quan	UBND thành phố	Quý I/2025
4	Triển khai Quyết định số 1234/QĐ-UBND ngày 05/3/2024 về sắp xếp tổ dân phố	Sở Nội vụ	Năm 2025
5	Tổng kết Đề án sắp xếp tổ dân phố theo Quyết định số 1234/QĐ-UBND ngày 05/3/2024	Sở Nội vụ	Quý IV/2027

Điều 4. Tổ chức thực hiện
1. Ủy ban nhân dân thành phố ban hành Kế hoạch thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân thành phố giám sát việc thực hiện Nghị quyết.
""", numline="Số: 60/NQ-HĐND"))
    plant("count-mismatch", ["60/NQ-HĐND"], ["h06_hdndtp_nq60_2024.txt"], "'06 nhóm nhiệm vụ, giải pháp chủ yếu sau:' then 5 items")
    plant("overdue-plan", ["05/2024/NQ-HĐND"], ["h06_hdndtp_nq60_2024.txt"],
          "row 1: amendment of 05/2024/NQ-HĐND due Quý II/2025; nothing amends it")
    plant("overdue-plan", ["119/2020/QH14"], ["h06_hdndtp_nq60_2024.txt"],
          "row 2: review (tổng kết) of 119/2020/QH14 before 30/9/2025; no review in the corpus")
    trap("fulfilled-repeal-task", ["30/2021/NQ-HĐND"], ["h06_hdndtp_nq60_2024.txt"], ["overdue-plan"],
         "row 3: repeal of 30/2021/NQ-HĐND due Quý I/2025, done by 15/2025/NQ-HĐND (20/3/2025)")
    trap("review-due-2027", ["1234/QĐ-UBND"], ["h06_hdndtp_nq60_2024.txt"], ["overdue-plan"],
         "row 5: review of 1234/QĐ-UBND due Quý IV/2027: not yet due")
    trap("table-citation-right-date", ["1234/QĐ-UBND"], ["h06_hdndtp_nq60_2024.txt"], ["metadata-conflict", "dangling"],
         "rows 4-5 cite 'Quyết định số 1234/QĐ-UBND ngày 05/3/2024' as in u04's header")
    trap("plan-obligation-fulfilled", ["60/NQ-HĐND"], ["h06_hdndtp_nq60_2024.txt"], ["unmet-obligation"],
         "UBND thành phố's plan 20/KH-UBND implements 60/NQ-HĐND")

    add("h07_hdndtp_nq15_2025.txt", hdnd("tp", "15/2025/NQ-HĐND", (20, 3, 2025),
        "Bãi bỏ Nghị quyết số 30/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân thành phố", """
Xét Tờ trình số 45/TTr-UBND ngày 05 tháng 3 năm 2025 của Ủy ban nhân dân thành phố.

QUYẾT NGHỊ:

Điều 1. Bãi bỏ Nghị quyết số 30/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân thành phố quy định mức
thu phí tham quan.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày 01 tháng 4 năm 2025.
""", numline="Nghị quyết số:15/2025/NQ-HĐND"))

    add("h08_tthdndtp_tb35_2025.txt", hdnd("tp", "35/TB-HĐND", (15, 1, 2025),
        "Kết luận của Thường trực HĐND thành phố tại phiên họp giao ban tháng 01/2025", """
Ngày 12 tháng 01 năm 2025, Thường trực HĐND thành phố họp giao ban; Thường trực HĐND thành phố kết luận:

1. Nghị quyết số 12/2023/NQ-HĐND đã được thay thế bởi Nghị quyết số 12/2024/NQ-HĐND ngày 10/12/2024; đề nghị UBND
thành phố chỉ đạo các phường, xã chi trả theo mức mới từ ngày 01/01/2025.
2. Đề nghị UBND thành phố báo cáo tiến độ thực hiện Nghị quyết số 60/NQ-HĐND ngày 10/12/2024.
""", kind="THÔNG BÁO", numline="Số: 35/TB-HĐND", split=False, sign="TM. THƯỜNG TRỰC HĐND\nPHÓ CHỦ TỊCH",
        preamble="THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ"))
    trap("historical-mention-replaced", ["12/2023/NQ-HĐND"], ["h08_tthdndtp_tb35_2025.txt"], ["superseded-citation"],
         "'Nghị quyết số 12/2023/NQ-HĐND đã được thay thế bởi …' is a statement of fact, not a citation carried out")
    trap("date-across-lines-header", ["12/2024/NQ-HĐND", "60/NQ-HĐND"], ["h08_tthdndtp_tb35_2025.txt"],
         ["metadata-conflict", "dangling"],
         "'ngày 10/12/2024' agrees with headers typed 'ngày 10 tháng 12' / 'năm 2024' on two lines")

    add("u05_ubndtp_kh20_2025.txt", ubnd("tp", "20/KH-UBND", (15, 1, 2025), "KẾ HOẠCH",
        "Thực hiện Nghị quyết của HĐND thành phố về kế hoạch phát triển kinh tế - xã hội năm 2025", """
Thực hiện NQ 60/NQ-HĐND ngày 10/12/2024 của HĐND thành phố về kế hoạch phát triển kinh tế - xã hội năm 2025;
theo NQ 12/2024/NQ-HĐND ngày 10/12/2024 về mức hỗ trợ người hoạt động không chuyên trách, UBND thành phố ban hành
Kế hoạch như sau:

I. NHIỆM VỤ
1. Các sở, ngành, UBND các quận, huyện xây dựng kế hoạch hành động.
2. Sở Tài chính bố trí kinh phí thực hiện theo QĐ 1234/QĐ-UBND ngày 05/3/2024.
"""))
    trap("abbreviated-NQ-before-number", ["60/NQ-HĐND", "12/2024/NQ-HĐND", "1234/QĐ-UBND"], ["u05_ubndtp_kh20_2025.txt"],
         ["dangling", "metadata-conflict"], "'Thực hiện NQ 60/NQ-HĐND', 'theo NQ 12/2024/NQ-HĐND', 'QĐ 1234/QĐ-UBND' resolve")

    # ------------------------------------------------------------ Thành ủy, Sở Nội vụ
    add("t01_tu_ct02_2016.txt", party("tu", "02-CT/TU", (15, 3, 2016), "CHỈ THỊ",
        "về tăng cường công tác quản lý tổ dân phố (nhiệm kỳ 2015 - 2020)", """
Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng tăng cường lãnh đạo công tác quản lý tổ dân phố.
"""))
    add("t02_tu_ct02_2021.txt", party("tu", "02-CT/TU", (20, 4, 2021), "CHỈ THỊ",
        "về nâng cao hiệu quả công tác dân vận ở khu dân cư (nhiệm kỳ 2020 - 2025)", """
Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng nâng cao hiệu quả công tác dân vận ở khu dân cư.
"""))
    trap("same-party-number-two-terms", ["02-CT/TU"], ["t01_tu_ct02_2016.txt", "t02_tu_ct02_2021.txt"],
         ["duplicate-identity"], "02-CT/TU of 15/3/2016 and of 20/4/2021: two terms, not a duplicate")

    add("t03_tu_ct05_2025.txt", party("tu", "05-CT/TU", (10, 1, 2025), "CHỈ THỊ",
        "về lãnh đạo sắp xếp tổ chức bộ máy chính quyền địa phương hai cấp", """
Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư; Quyết định số 759/QĐ-TTg ngày 14/4/2025
của Thủ tướng Chính phủ, Ban Thường vụ Thành ủy yêu cầu:

1. Các cấp ủy, tổ chức đảng quán triệt chủ trương sắp xếp đơn vị hành chính.
2. Tổ chức thực hiện
- Ban Tuyên giáo và Dân vận Thành ủy ban hành hướng dẫn tuyên truyền thực hiện Chỉ thị này.
- Đảng ủy các phường, xã xây dựng kế hoạch thực hiện Chỉ thị.
""").replace("Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư; Quyết định số 759/QĐ-TTg ngày 14/4/2025\ncủa Thủ tướng Chính phủ, Ban",
             "Thực hiện Nghị quyết số 1659/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội (sẽ ban hành), Ban"))
    # NOTE: the directive of 10/01/2025 must not cite later texts; keep it clean: cite no id at all.
    DOCS[-1] = (DOCS[-1][0], "txt", DOCS[-1][2].replace(
        "Thực hiện Nghị quyết số 1659/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội (sẽ ban hành), Ban",
        "Để chuẩn bị sắp xếp đơn vị hành chính các cấp, Ban"))
    plant("unmet-obligation", ["05-CT/TU"], ["t03_tu_ct05_2025.txt"],
          "Ban Tuyên giáo và Dân vận Thành ủy must issue a guidance on 05-CT/TU; none in the corpus", contains="Tuyên giáo")
    trap("ward-party-plan-fulfils", ["05-CT/TU"], ["t03_tu_ct05_2025.txt"], ["unmet-obligation"],
         "'Đảng ủy các phường, xã xây dựng kế hoạch' is met by Đảng ủy phường Hải Châu's 08-KH/ĐU (implements 05-CT/TU)")

    add("t04_tu_kh25_2025.txt", party("tu", "25-KH/TU", (20, 8, 2025), "KẾ HOẠCH",
        "thực hiện Kết luận số 127-KL/TW và Chỉ thị số 05-CT/TU sau sắp xếp đơn vị hành chính", """
Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư; Chỉ thị số 05-CT/TU ngày 10/01/2025
của Ban Thường vụ Thành ủy; Nghị quyết số 1659/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp
các đơn vị hành chính cấp xã của thành phố Đà Nẵng năm 2025; Quyết định số 759/QĐ-TTg ngày 14/4/2025 của Thủ tướng
Chính phủ, Ban Thường vụ Thành ủy ban hành Kế hoạch:

I. NHIỆM VỤ
TT	Nội dung	Đơn vị chủ trì	Thời gian
1	Sơ kết 01 năm thực hiện Chỉ thị số 05-CT/TU ngày 10/01/2025	Ban Tổ chức Thành ủy	Quý I/2026
2	Hướng dẫn thực hiện Luật Tổ chức chính quyền địa phương số 72/2025/QH15	Đảng đoàn HĐND thành phố	Quý IV/2025
"""))
    plant("overdue-plan", ["05-CT/TU"], ["t04_tu_kh25_2025.txt"], "row 1: review of 05-CT/TU due Quý I/2026; none")
    plant("overdue-plan", ["72/2025/QH15"], ["t04_tu_kh25_2025.txt"],
          "row 2: a guidance on 72/2025/QH15 due Quý IV/2025; none in the corpus")

    add("s01_snv_hd15_2025.txt", snv("15/HD-SNV", (1, 7, 2025), "HƯỚNG DẪN",
        "Tổ chức lại tổ dân phố sau sắp xếp đơn vị hành chính", """
Căn cứ Kế hoạch số 30/KH-UBND ngày 01/7/2025 của UBND thành phố; Quyết định số 1234/QĐ-UBND ngày 05/3/2024 của
UBND thành phố, Sở Nội vụ hướng dẫn thực hiện Kế hoạch số 30/KH-UBND như sau:

1. UBND các phường, xã rà soát, sáp nhập tổ dân phố.
2. Báo cáo kết quả về Sở Nội vụ.
"""))
    add("u06_ubndtp_kh30_2025.txt", ubnd("tp", "30/KH-UBND", (1, 7, 2025), "KẾ HOẠCH",
        "Tổ chức lại tổ dân phố trên địa bàn thành phố", """
Thực hiện Hướng dẫn số 15/HD-SNV ngày 01/7/2025 của Sở Nội vụ, UBND thành phố ban hành Kế hoạch tổ chức lại tổ dân
phố như sau:

1. UBND các phường, xã hoàn thành việc sắp xếp tổ dân phố trước ngày 30/9/2025.
"""))
    plant("cycle", ["15/HD-SNV", "30/KH-UBND"], ["s01_snv_hd15_2025.txt", "u06_ubndtp_kh30_2025.txt"],
          "the Sở's guidance guides the city's plan, the plan implements the guidance (same day)")

    # ------------------------------------------------------------ old district (quận Hải Châu) 2019-2024
    add("q01_qu_nq03_2019.txt", party("qu", "03-NQ/QU", (10, 5, 2019), "NGHỊ QUYẾT",
        "về phát triển kinh tế đêm trên địa bàn quận (nhiệm kỳ 2015 - 2020)", """
Ban Chấp hành Đảng bộ quận quyết nghị phát triển kinh tế đêm dọc sông Hàn.
"""))
    add("q02_qu_nq03_2021.txt", party("qu", "03-NQ/QU", (15, 6, 2021), "NGHỊ QUYẾT",
        "về chuyển đổi số trên địa bàn quận (nhiệm kỳ 2020 - 2025)", """
Ban Chấp hành Đảng bộ quận quyết nghị đẩy mạnh chuyển đổi số giai đoạn 2021 - 2025.
"""))
    add("q03_qu_qc05_2021.txt", party("qu", "05-QC/QU", (1, 3, 2021), "QUY CHẾ",
        "làm việc của Ban Chấp hành Đảng bộ quận khóa XII", """
Quy chế này quy định nguyên tắc, chế độ làm việc của Ban Chấp hành, Ban Thường vụ Quận ủy.
"""))
    add("q04_qu_qc06_2024.txt", party("qu", "06-QC/QU", (5, 2, 2024), "QUY CHẾ",
        "làm việc của Ban Chấp hành Đảng bộ quận khóa XII (sửa đổi)", """
Quy chế này thay thế Quy chế số 05-QC/QU ngày 01/3/2021 của Ban Chấp hành Đảng bộ quận; Quy chế số 05-QC/QU hết hiệu
lực kể từ ngày ký.
"""))
    trap("replacement-names-what-it-ends", ["05-QC/QU"], ["q04_qu_qc06_2024.txt"], ["superseded-citation", "temporal"],
         "the replacing Quy chế names 05-QC/QU twice")
    add("q05_qu_kh88_2024.txt", party("qu", "88-KH/QU", (20, 10, 2024), "KẾ HOẠCH",
        "kiểm tra, giám sát năm 2024 - 2025", """
Căn cứ Quy chế số 05-QC/QU ngày 01/3/2021 của Ban Chấp hành Đảng bộ quận; thực hiện Nghị quyết số 03-NQ/QU của Ban
Chấp hành Đảng bộ quận, Ban Thường vụ Quận ủy ban hành Kế hoạch kiểm tra, giám sát như sau:

1. Kiểm tra việc thực hiện Nghị quyết số 03-NQ/QU ngày 15/6/2021 tại 06 chi bộ.
2. Giám sát chuyên đề đối với Đảng ủy phường Thạch Thang.
"""))
    plant("superseded-citation", ["05-QC/QU"], ["q05_qu_kh88_2024.txt"],
          "plan of 20/10/2024 rests on 05-QC/QU, replaced by 06-QC/QU on 05/02/2024")
    # Judged after the first run (see REPORT.md): planted as ambiguous-id, but item 1 of the same plan dates 03-NQ/QU
    # 15/6/2021, so the document decides its own undated mention; kept as a trap.
    trap("dated-party-number-decided", ["03-NQ/QU"], ["q05_qu_kh88_2024.txt"], ["metadata-conflict", "ambiguous-id"],
         "preamble cites 03-NQ/QU undated, item 1 dates it 15/6/2021: the 2021 resolution, no conflict, no ambiguity")

    add("q06_hdndq_nq15_2023.txt", hdnd("quan", "15/NQ-HĐND", (14, 12, 2023), "Về dự toán ngân sách quận năm 2024", """
Xét Tờ trình số 301/TTr-UBND ngày 01 tháng 12 năm 2023 của Ủy ban nhân dân quận.

QUYẾT NGHỊ:
Điều 1. Thông qua dự toán thu ngân sách trên địa bàn quận năm 2024.
""", numline="Số: 15/NQ-HĐND", split=False))
    add("q07_hdndq_nq45_2024.txt", hdnd("quan", "45/NQ-HĐND", (15, 7, 2024), "Về điều chỉnh dự toán ngân sách quận năm 2024", """
Căn cứ Nghị quyết số 15/NQ-HĐND ngày 14/12/2023 của HĐND quận về dự toán ngân sách quận năm 2024.

QUYẾT NGHỊ:
Điều 1. Điều chỉnh dự toán chi đầu tư phát triển năm 2024.
""", numline="Số: 45/NQ-HĐND", split=False))
    trap("same-number-city-and-district-council", ["45/NQ-HĐND"], ["h05_hdndtp_nq45_2024.txt", "q07_hdndq_nq45_2024.txt"],
         ["duplicate-identity", "ambiguous-id"], "45/NQ-HĐND of HĐND thành phố (10/7/2024) and of HĐND quận (15/7/2024): two issuers")
    add("q08_ubndq_kh88_2024.txt", ubnd("quan", "88/KH-UBND", (12, 3, 2024), "KẾ HOẠCH",
        "Sắp xếp tổ dân phố trên địa bàn quận năm 2024", """
Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của UBND thành phố phê duyệt Đề án sắp xếp tổ dân phố, UBND quận
ban hành Kế hoạch như sau:

1. UBND các phường xây dựng phương án sắp xếp tổ dân phố, hoàn thành trước ngày 30/4/2024.
"""))
    plant("metadata-conflict", ["1234/QĐ-UBND"], ["q08_ubndq_kh88_2024.txt"],
          "cites 1234/QĐ-UBND as of 15/3/2024; its header (u04) and the tables say 05/3/2024")
    trap("misdated-citation-not-temporal", ["1234/QĐ-UBND"], ["q08_ubndq_kh88_2024.txt"], ["temporal"],
         "the citation's date 15/3/2024 is wrong (u04 is 05/3/2024, before the plan of 12/3/2024): a conflict, not a "
         "citation of a later text", requires={"rule": "metadata-conflict", "id": "1234/QĐ-UBND", "file": "q08_ubndq_kh88_2024.txt"})
    add("q09_tt_nq02_2023.txt", party("tt", "02-NQ/ĐU", (10, 3, 2023), "NGHỊ QUYẾT",
        "về chỉnh trang đô thị phường Thạch Thang năm 2023", """
Thực hiện Nghị quyết số 03-NQ/QU ngày 15/6/2021 của Ban Chấp hành Đảng bộ quận, Đảng ủy phường Thạch Thang quyết nghị
chỉnh trang các tuyến phố trong năm 2023.
"""))

    # ------------------------------------------------------------ phường Hải Châu (from 01/7/2025)
    add("d01_du_nq02_2025.txt", party("du", "02-NQ/ĐU", (15, 7, 2025), "NGHỊ QUYẾT",
        "về nhiệm vụ trọng tâm 6 tháng cuối năm 2025 của Đảng bộ phường Hải Châu", """
Căn cứ Nghị quyết số 1659/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội; kế thừa Nghị quyết số 02-NQ/ĐU
ngày 10/3/2023 của Đảng ủy phường Thạch Thang (cũ) về chỉnh trang đô thị, Ban Chấp hành Đảng bộ phường quyết nghị:

1. Ổn định tổ chức bộ máy sau sắp xếp.
2. Tổ chức thực hiện
Ủy ban nhân dân phường xây dựng kế hoạch thực hiện Nghị quyết này.
"""))
    trap("same-ward-party-number-new-issuer", ["02-NQ/ĐU"], ["q09_tt_nq02_2023.txt", "d01_du_nq02_2025.txt"],
         ["duplicate-identity", "metadata-conflict", "ambiguous-id"],
         "02-NQ/ĐU of Đảng ủy phường Thạch Thang (10/3/2023) and of Đảng ủy phường Hải Châu (15/7/2025): two issuers")
    # Judged after the first run (see REPORT.md): planted as unmet, but p06 is a Kế hoạch of UBND phường that says
    # 'Thực hiện Nghị quyết số 02-NQ/ĐU'; whether a commemoration plan meets the obligation is a reader's call. A trap.
    trap("obligation-met-by-ward-plan", ["02-NQ/ĐU"], ["d01_du_nq02_2025.txt"], ["unmet-obligation"],
         "'Ủy ban nhân dân phường xây dựng kế hoạch thực hiện Nghị quyết này' met by p06 (45/KH-UBND, 'Thực hiện Nghị quyết số 02-NQ/ĐU')")

    add("d02_du_kh08_2025.txt", party("du", "08-KH/ĐU", (5, 8, 2025), "KẾ HOẠCH",
        "thực hiện Chỉ thị số 05-CT/TU và Kế hoạch số 25-KH/TU của Ban Thường vụ Thành ủy", """
Thực hiện Chỉ thị số 05-CT/TU ngày 10/01/2025 của Ban Thường vụ Thành ủy; Kế hoạch số 25-KH/TU ngày 20/8/2025 của
Ban Thường vụ Thành ủy; căn cứ Kế hoạch số 12/KH-UBND ngày 05/8/2025 của UBND phường, Ban Chấp hành Đảng bộ phường
ban hành Kế hoạch thực hiện như sau:

1. Quán triệt Chỉ thị đến 100% chi bộ.
2. Thực hiện Chỉ thị số 02-CT/TU của Ban Thường vụ Thành ủy về công tác dân vận ở khu dân cư.
"""))
    plant("temporal", ["25-KH/TU"], ["d02_du_kh08_2025.txt"], "plan of 05/8/2025 implements 25-KH/TU of 20/8/2025")
    plant("ambiguous-id", ["02-CT/TU"], ["d02_du_kh08_2025.txt"],
          "'Chỉ thị số 02-CT/TU của Ban Thường vụ Thành ủy' undated: 2016 or 2021 directive")
    add("p01_ubndp_kh12_2025.txt", ubnd("phuong", "12/KH-UBND", (5, 8, 2025), "KẾ HOẠCH",
        "Ổn định tổ chức, hoạt động của chính quyền phường sau sắp xếp", """
Thực hiện Kế hoạch số 08-KH/ĐU ngày 05/8/2025 của Ban Chấp hành Đảng bộ phường; Kế hoạch số 88/KH-UBND ngày 12/3/2024
của UBND quận Hải Châu (cũ) về sắp xếp tổ dân phố, UBND phường Hải Châu ban hành Kế hoạch:

1. Hoàn thành kiện toàn tổ dân phố trước ngày 30/9/2025.
2. Căn cứ NQ 12/2023/NQ-HĐND ngày 08/12/2023 của HĐND thành phố, chi trả mức hỗ trợ người hoạt động không chuyên trách.
"""))
    plant("cycle", ["08-KH/ĐU", "12/KH-UBND"], ["d02_du_kh08_2025.txt", "p01_ubndp_kh12_2025.txt"],
          "the ward Party plan rests on the ward's plan, which implements the Party plan (same day)")
    plant("superseded-citation", ["12/2023/NQ-HĐND"], ["p01_ubndp_kh12_2025.txt"],
          "'Căn cứ NQ 12/2023/NQ-HĐND' on 05/8/2025; replaced by 12/2024/NQ-HĐND on 10/12/2024")
    trap("old-district-issuer-resolves", ["88/KH-UBND"], ["p01_ubndp_kh12_2025.txt"], ["dangling", "metadata-conflict", "temporal"],
         "'Kế hoạch số 88/KH-UBND ngày 12/3/2024 của UBND quận Hải Châu (cũ)' is q08")
    trap("ward-plan-implements-directive", ["05-CT/TU"], ["d02_du_kh08_2025.txt"], ["superseded-citation", "temporal", "metadata-conflict"],
         "05-CT/TU of 10/01/2025 cited with its own date, before the plan")

    add("hp1_hdndp_nq03a_2025.txt", hdnd("phuong", "03/NQ-HĐND", (15, 7, 2025),
        "Về việc thành lập các Ban của Hội đồng nhân dân phường Hải Châu khóa I", """
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 1659/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội.

QUYẾT NGHỊ:
Điều 1. Thành lập Ban Pháp chế, Ban Kinh tế - Xã hội của HĐND phường.
""", numline="Số: 03/NQ-HĐND", split=False, preamble="HỘI ĐỒNG NHÂN DÂN PHƯỜNG HẢI CHÂU\nKHÓA I, KỲ HỌP THỨ NHẤT"))
    add("hp2_hdndp_nq03b_2025.txt", hdnd("phuong", "03/NQ-HĐND", (28, 8, 2025),
        "Về dự toán ngân sách phường Hải Châu 6 tháng cuối năm 2025", """
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;
Xét Tờ trình số 25/TTr-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân phường.

QUYẾT NGHỊ:
Điều 1. Thông qua dự toán ngân sách phường 6 tháng cuối năm 2025.
""", numline="Nghị quyết số: 03/NQ-HĐND", split=True, preamble="HỘI ĐỒNG NHÂN DÂN PHƯỜNG HẢI CHÂU\nKHÓA I, KỲ HỌP THỨ HAI"))
    plant("duplicate-identity", ["03/NQ-HĐND"], ["hp1_hdndp_nq03a_2025.txt", "hp2_hdndp_nq03b_2025.txt"],
          "HĐND phường Hải Châu numbered two resolutions 03/NQ-HĐND (15/7/2025, 28/8/2025)")
    add("hp3_hdndp_nq15_2025.txt", hdnd("phuong", "15/NQ-HĐND", (10, 12, 2025),
        "Về kế hoạch phát triển kinh tế - xã hội phường Hải Châu năm 2026", """
Căn cứ Nghị quyết số 60/NQ-HĐND ngày 10/12/2024 của HĐND thành phố¹;
Căn cứ Nghị quyết số 12/2024/NQ-HĐND ngày 12/12/2024 của HĐND thành phố về mức hỗ trợ người hoạt động không chuyên trách;
Thực hiện Nghị quyết số 30/2021/NQ-HĐND ngày 10/12/2021 của HĐND thành phố về phí tham quan tại các điểm di tích;
Xét Tờ trình số 60/TTr-UBND ngày 01 tháng 12 năm 2025 của Ủy ban nhân dân phường.

QUYẾT NGHỊ:

Điều 1. Nhiệm vụ trọng tâm
Năm 2026, phường tập trung thực hiện 03 nhiệm vụ trọng tâm sau:
1. Hoàn thiện tổ chức bộ máy chính quyền phường.
2. Chỉnh trang đô thị, trật tự vỉa hè.
3. Chuyển đổi số trong giải quyết thủ tục hành chính.

Điều 2. Nhiệm vụ cụ thể
TT	Nội dung	Cơ quan chủ trì	Thời hạn
1	Xây dựng Đề án chỉnh trang đô thị phường Hải Châu giai đoạn 2026 - 2030	UBND phường	Quý II/2026
2	Thực hiện Nghị quyết số 02-NQ/ĐU ngày 15/7/2025 của Đảng ủy phường	UBND phường	Năm 2026

Điều 3. Tổ chức thực hiện
Giao Ủy ban nhân dân phường tổ chức thực hiện Nghị quyết.

_______________
¹ Nghị quyết số 60/NQ-HĐND ngày 10/12/2024 của HĐND thành phố về kế hoạch phát triển kinh tế - xã hội năm 2025; Nghị
quyết số 45/NQ-HĐND ngày 10/7/2024 của HĐND thành phố.
""", numline="Số: 15/NQ-HĐND", split=True, preamble="HỘI ĐỒNG NHÂN DÂN PHƯỜNG HẢI CHÂU\nKHÓA I, KỲ HỌP THỨ TƯ"))
    plant("metadata-conflict", ["12/2024/NQ-HĐND"], ["hp3_hdndp_nq15_2025.txt"],
          "cites 12/2024/NQ-HĐND as of 12/12/2024; its header (split across lines) says 10 tháng 12 năm 2024")
    plant("superseded-citation", ["30/2021/NQ-HĐND"], ["hp3_hdndp_nq15_2025.txt"],
          "'Thực hiện Nghị quyết số 30/2021/NQ-HĐND' on 10/12/2025; repealed by 15/2025/NQ-HĐND on 20/3/2025")
    plant("overdue-plan", ["15/NQ-HĐND"], ["hp3_hdndp_nq15_2025.txt"],
          "row 1 announces a new Đề án chỉnh trang đô thị due Quý II/2026; none", announces=True)
    trap("same-number-district-and-ward-council", ["15/NQ-HĐND"], ["q06_hdndq_nq15_2023.txt", "hp3_hdndp_nq15_2025.txt"],
         ["duplicate-identity"], "15/NQ-HĐND of HĐND quận Hải Châu (2023) and HĐND phường Hải Châu (2025): two issuers")
    trap("footnote-citation-right-date", ["45/NQ-HĐND", "60/NQ-HĐND"], ["hp3_hdndp_nq15_2025.txt"],
         ["metadata-conflict", "dangling", "ambiguous-id"], "footnote ¹ names 45/NQ-HĐND and 60/NQ-HĐND of HĐND thành phố with their dates")
    trap("count-matches", ["15/NQ-HĐND"], ["hp3_hdndp_nq15_2025.txt"], ["count-mismatch"], "'03 nhiệm vụ trọng tâm sau:' then 3 items")
    trap("ward-number-not-city", ["02-NQ/ĐU"], ["hp3_hdndp_nq15_2025.txt"], ["metadata-conflict", "ambiguous-id"],
         "'Nghị quyết số 02-NQ/ĐU ngày 15/7/2025 của Đảng ủy phường' is d01, not Thạch Thang's of 2023")

    # docx and html
    add("p02_ubndp_qd10_2025.docx", {"paras": ubnd("phuong", "10/QĐ-UBND", (1, 7, 2025), "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Ủy ban nhân dân phường Hải Châu", """
CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân phường Hải Châu nhiệm kỳ 2021 - 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
""", sign="CHỦ TỊCH").split("\n")}, kind="docx")
    add("p03_ubndp_qd25_2025.docx", {"paras": ubnd("phuong", "25/QĐ-UBND", (15, 8, 2025), "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Ủy ban nhân dân phường Hải Châu (thay thế)", """
CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân phường Hải Châu.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 10/QĐ-UBND ngày 01/7/2025 của Chủ tịch
UBND phường.
""", sign="CHỦ TỊCH").split("\n")}, kind="docx")
    add("p04_ubndp_qd40_2025.html", ubnd("phuong", "40/QĐ-UBND", (20, 10, 2025), "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Ủy ban nhân dân phường Hải Châu (sửa đổi)", """
CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân phường Hải Châu (sửa đổi).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 10/QĐ-UBND ngày 01/7/2025 của Chủ tịch
UBND phường.
""", sign="CHỦ TỊCH"), kind="html")
    plant("inverse-inconsistency", ["10/QĐ-UBND"], ["p04_ubndp_qd40_2025.html", "p03_ubndp_qd25_2025.docx"],
          "10/QĐ-UBND replaced by 25/QĐ-UBND (15/8/2025, .docx) and again by 40/QĐ-UBND (20/10/2025, .html)")

    add("p05_ubndp_kh45a_2025.docx", {"paras": ubnd("phuong", "45/KH-UBND", (1, 9, 2025), "KẾ HOẠCH",
        "Chuyển đổi số phường Hải Châu năm 2025", """
Thực hiện Kế hoạch số 30/KH-UBND ngày 01/7/2025 của UBND thành phố; Hướng dẫn số 15/HD-SNV ngày 01/7/2025 của Sở Nội
vụ, UBND phường ban hành Kế hoạch:
""").split("\n"), "table": [["TT", "Nội dung", "Căn cứ", "Thời hạn"],
        ["1", "Số hóa hồ sơ tổ dân phố", "Quyết định số 1234/QĐ-UBND ngày 05/3/2024", "Quý IV/2025"],
        ["2", "Triển khai dịch vụ công trực tuyến", "NQ 60/NQ-HĐND", "Năm 2025"]]}, kind="docx")
    add("p06_ubndp_kh45b_2025.html", ubnd("phuong", "45/KH-UBND", (10, 10, 2025), "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm Ngày thành lập phường", """
Thực hiện Nghị quyết số 02-NQ/ĐU ngày 15/7/2025 của Ban Chấp hành Đảng bộ phường Hải Châu, UBND phường ban hành Kế
hoạch tổ chức các hoạt động kỷ niệm gồm 04 hoạt động sau:
1. Lễ mít tinh.
2. Hội thao.
3. Triển lãm ảnh.
"""), kind="html")
    plant("duplicate-identity", ["45/KH-UBND"], ["p05_ubndp_kh45a_2025.docx", "p06_ubndp_kh45b_2025.html"],
          "UBND phường numbered two plans 45/KH-UBND (01/9/2025 .docx, 10/10/2025 .html)")
    plant("count-mismatch", ["45/KH-UBND"], ["p06_ubndp_kh45b_2025.html"], "'gồm 04 hoạt động sau:' then 3 items")
    # 'NQ 60/NQ-HĐND' (cell 2, no date, no issuer) dropped from this trap after the first run: placing it at the ward is
    # a defensible default. 1234/QĐ-UBND keeps its exact date, matching one corpus document from before the ward existed.
    trap("docx-table-citation", ["1234/QĐ-UBND"], ["p05_ubndp_kh45a_2025.docx"],
         ["metadata-conflict", "dangling"], "a table cell cites 'Quyết định số 1234/QĐ-UBND ngày 05/3/2024' (u04, 2024)")
    trap("ward-plan-not-implementing-nq02", ["02-NQ/ĐU"], ["p06_ubndp_kh45b_2025.html"], ["temporal", "superseded-citation"],
         "the ward's plan of 10/10/2025 rests on 02-NQ/ĐU of 15/7/2025 (the ward's, not Thạch Thang's); but it is a "
         "commemoration plan, not the implementing plan of d01's obligation")
    # p07: a report citing the replacement and the amended resolution
    add("p07_ubndp_bc80_2025.txt", ubnd("phuong", "80/BC-UBND", (25, 11, 2025), "BÁO CÁO",
        "Kết quả thực hiện nhiệm vụ năm 2025", """
Thực hiện Quyết định số 25/QĐ-UBND ngày 15/8/2025 của Chủ tịch UBND phường về Quy chế làm việc; Nghị quyết số
12/2024/NQ-HĐND ngày 10 tháng 12 năm 2024 của HĐND thành phố, UBND phường báo cáo:

1. Đã chi trả mức hỗ trợ theo Nghị quyết số 05/2024/NQ-HĐND ngày 12/7/2024 đến hết tháng 12/2024 (trước khi Nghị quyết
số 12/2024/NQ-HĐND có hiệu lực).
2. Đã hoàn thành sắp xếp 42 tổ dân phố theo Kế hoạch số 12/KH-UBND ngày 05/8/2025.
"""))
    trap("report-cites-current-texts", ["25/QĐ-UBND", "12/2024/NQ-HĐND"], ["p07_ubndp_bc80_2025.txt"],
         ["superseded-citation", "metadata-conflict", "dangling"], "the report cites the current Quy chế and resolution with their dates")
    trap("past-payment-under-amendment", ["05/2024/NQ-HĐND"], ["p07_ubndp_bc80_2025.txt"], ["superseded-citation"],
         "05/2024 was never replaced (it amended 12/2023); a report of past payments")

    # ward Party committee resolution citing the city council by NQ abbreviation (metadata conflict 3)
    add("d03_du_nq05_2025.txt", party("du", "05-NQ/ĐU", (10, 11, 2025), "NGHỊ QUYẾT",
        "về lãnh đạo thực hiện nhiệm vụ năm 2026", """
Thực hiện Chỉ thị số 05-CT/TU ngày 20/01/2025 của Ban Thường vụ Thành ủy; Kế hoạch số 25-KH/TU ngày 20/8/2025 của Ban
Thường vụ Thành ủy; Nghị quyết số 02-NQ/ĐU ngày 15/7/2025 của Ban Chấp hành Đảng bộ phường, Ban Chấp hành Đảng bộ
phường quyết nghị:

1. Lãnh đạo hoàn thành 100% chỉ tiêu năm 2026.
"""))
    plant("metadata-conflict", ["05-CT/TU"], ["d03_du_nq05_2025.txt"],
          "cites 05-CT/TU as of 20/01/2025; its header says 10/01/2025")
    trap("ward-resolution-cites-own-earlier", ["02-NQ/ĐU", "25-KH/TU"], ["d03_du_nq05_2025.txt"],
         ["temporal", "ambiguous-id", "duplicate-identity"], "both cited with their own dates, earlier than 10/11/2025")


# ---------------------------------------------------------------- writers
def write_docx(path, spec):
    def p(t):
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
    body = "".join(p(t) for t in spec["paras"])
    if spec.get("table"):
        rows = "".join("<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in r) + "</w:tr>" for r in spec["table"])
        body = body + f"<w:tbl>{rows}</w:tbl>" + p("") + p("TM. ỦY BAN NHÂN DÂN") + p("CHỦ TỊCH")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_html(path, text):
    out = ['<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử phường Hải Châu</title></head><body>',
           '<nav><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a></nav><article>']
    for line in text.split("\n"):
        out.append(f"<p>{escape(line)}</p>" if line.strip() else "")
    out.append("</article><footer>Bản quyền © UBND phường Hải Châu</footer></body></html>\n")
    open(path, "w", encoding="utf-8").write("\n".join(x for x in out if x))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--key")
    ap.add_argument("--only")
    a = ap.parse_args()
    build()
    os.makedirs(a.out, exist_ok=True)
    only = set(a.only.split(",")) if a.only else None
    for fname, kind, payload in DOCS:
        KEY["files"][fname] = kind
        if only and fname not in only:
            continue
        path = os.path.join(a.out, fname)
        if kind == "docx":
            write_docx(path, payload)
        elif kind == "html":
            write_html(path, payload)
        else:
            open(path, "w", encoding="utf-8").write(payload)
    if a.key:
        json.dump(KEY, open(a.key, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(DOCS), "documents;", len(KEY["planted"]), "planted;", len(KEY["external"]), "external;", len(KEY["traps"]), "traps")


if __name__ == "__main__":
    main()
