#!/usr/bin/env python3
"""Red team 11 corpus generator: provincial directives (Lào Cai, Hà Giang), consolidated texts and amendment chains
(Quảng Trị, Bộ Tài chính), hand-typed commune/ward .docx (Hậu Giang), e-mailed texts without diacritics (Bạc Liêu)
and scanned PDFs read with --ocr (Ninh Thuận).

Usage: gen.py --seed N --out DIR [--no-pdf]
Writes DIR/* and DIR/../key.json (or --key PATH). Python 3 standard library only (ctypes drives the system's
libgvc to draw the scanned pages; with --no-pdf, or when libgvc is missing, the scans are skipped and the key says so).
The seed only moves where .docx runs are split inside words; documents and key are the same for every seed.
"""
import argparse, ctypes, ctypes.util, json, os, random, re, struct, sys, zipfile, zlib
from xml.sax.saxutils import escape

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------"
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


def sdate(place, d, m, y, pad=True):
    return f"{place}, ngày {d:02d} tháng {m:02d} năm {y}" if pad else f"{place}, ngày {d} tháng {m} năm {y}"


def state(body1, body2, num, place_date, kind, title, text, sign="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)"):
    head = f"{body1}\n{body2}\n-------\n{MOTTO}\nSố: {num}\n{place_date}\n\n{kind}\n{title}\n\n"
    return head + text.strip("\n") + "\n\n" + sign + "\n"


def party(body1, body2, num, place_date, kind, title, text, sign="T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)"):
    head = f"{body1}\n{body2}\n*\nSố {num}\n{PARTY}\n{place_date}\n\n{kind}\n{title}\n\n"
    return head + text.strip("\n") + "\n\n" + sign + "\n"


DOCS = []   # (filename, kind, payload)
KEY = {"as_of": "2026-11-26", "planted": [], "traps": [], "external": [], "collateral": [], "files": {}}


def add(fname, payload, kind="txt"):
    DOCS.append((fname, kind, payload))


def plant(rule, ids, files, what, contains=None):
    KEY["planted"].append({"rule": rule, "ids": ids, "files": files, "what": what, **({"contains": contains} if contains else {})})


def trap(kind, ids, files, must_not, what):
    KEY["traps"].append({"kind": kind, "ids": ids, "files": files, "must_not": must_not, "what": what})


# ---------------------------------------------------------------- Lào Cai: a year of directives
LC = ("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI")
TU = ("TỈNH ỦY LÀO CAI", "")


def lc_tu(num, d, m, y, kind, title, text, sign="T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n(Đã ký)"):
    head = f"ĐẢNG BỘ TỈNH LÀO CAI\nTỈNH ỦY\n*\nSố {num}\n{PARTY}\n" + sdate("Lào Cai", d, m, y, False) + f"\n\n{kind}\n{title}\n\n"
    return head + text.strip("\n") + "\n\n" + sign + "\n"


add("l01_laocai_ubnd_ct01_2024.txt", state(*LC, "01/CT-UBND", sdate("Lào Cai", 8, 1, 2024), "CHỈ THỊ",
    "Về việc tổ chức đón Tết Nguyên đán Giáp Thìn năm 2024", """
Thực hiện Chỉ thị số 24/CT-TTg ngày 27/12/2023 của Thủ tướng Chính phủ về việc tăng cường các biện pháp bảo đảm
đón Tết Nguyên đán Giáp Thìn vui tươi, lành mạnh, an toàn, tiết kiệm; để Nhân dân các dân tộc trong tỉnh đón Tết
đầm ấm, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố chăm lo đời sống vật chất, tinh thần của Nhân dân.
2. Bảo đảm trật tự, an toàn giao thông, phòng, chống cháy nổ trong dịp Tết.
TỔ CHỨC THỰC HIỆN
Sở Văn hóa và Thể thao xây dựng kế hoạch thực hiện Chỉ thị này, tổ chức các hoạt động văn hóa, thể thao mừng Đảng,
mừng Xuân.
"""))
KEY["external"].append("24/CT-TTg")

add("l02_laocai_ubnd_ct01_2025.txt", state(*LC, "01/CT-UBND", sdate("Lào Cai", 6, 1, 2025), "CHỈ THỊ",
    "Về việc tổ chức đón Tết Nguyên đán Ất Tỵ năm 2025", """
Năm 2024, việc thực hiện Chỉ thị số 01/CT-UBND ngày 08/01/2024 của Chủ tịch Ủy ban nhân dân tỉnh về việc tổ chức đón
Tết Nguyên đán Giáp Thìn đã đạt kết quả tốt. Thực hiện Chỉ thị số 35/CT-TTg ngày 10/12/2024 của Thủ tướng Chính phủ,
Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương:
1. Chăm lo Tết cho hộ nghèo, gia đình chính sách.
2. Không tổ chức đi chúc Tết cấp trên.
Chỉ thị này có hiệu lực kể từ ngày ký.
"""))
KEY["external"].append("35/CT-TTg")
trap("same-number-two-years", ["01/CT-UBND"], ["l01_laocai_ubnd_ct01_2024.txt", "l02_laocai_ubnd_ct01_2025.txt"],
     ["duplicate-identity", "ambiguous-id", "metadata-conflict"], "01/CT-UBND of Lào Cai exists in 2024 and in 2025 (numbers restart each year)")
trap("dated-earlier-same-number", ["01/CT-UBND"], ["l02_laocai_ubnd_ct01_2025.txt"], ["temporal", "superseded-citation", "cycle"],
     "the 2025 directive mentions the 2024 one by date: a self-number of another year, not a self-citation")

add("l03_laocai_svhtt_kh12_2024.txt", state("UBND TỈNH LÀO CAI", "SỞ VĂN HÓA VÀ THỂ THAO", "12/KH-SVHTT",
    sdate("Lào Cai", 15, 1, 2024), "KẾ HOẠCH", "Tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng Xuân Giáp Thìn 2024", """
Thực hiện Chỉ thị số 01/CT-UBND ngày 08/01/2024 của Chủ tịch UBND tỉnh Lào Cai về việc tổ chức đón Tết Nguyên đán
Giáp Thìn năm 2024, Sở Văn hóa và Thể thao xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tổ chức các hoạt động thiết thực, tiết kiệm.
II. NỘI DUNG
1. Chương trình nghệ thuật đêm Giao thừa tại Quảng trường Nhạc Sơn.
2. Giải thể thao truyền thống các dân tộc.
""", sign="GIÁM ĐỐC\n(Đã ký)"))
trap("fulfilled-obligation", ["01/CT-UBND"], ["l01_laocai_ubnd_ct01_2024.txt"], ["unmet-obligation"],
     "l01 asks Sở Văn hóa và Thể thao for a plan; l03 (12/KH-SVHTT) is that plan")
trap("resolves-by-date", ["01/CT-UBND"], ["l03_laocai_svhtt_kh12_2024.txt"], ["temporal", "ambiguous-id", "superseded-citation"],
     "the date 08/01/2024 picks the 2024 directive, not the 2025 one")

add("l04_laocai_ubnd_ct05_2023.txt", state(*LC, "05/CT-UBND", sdate("Lào Cai", 15, 3, 2023), "CHỈ THỊ",
    "Về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng", """
Những năm gần đây, tình hình cháy rừng trên địa bàn tỉnh diễn biến phức tạp. Để chủ động phòng ngừa, Chủ tịch Ủy ban
nhân dân tỉnh yêu cầu:
1. Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện nghiêm phương châm bốn tại chỗ.
2. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Kiểm lâm tăng cường tuần tra.
"""))

add("l05_laocai_ubnd_ct02_2025.txt", state(*LC, "02/CT-UBND", sdate("Lào Cai", 10, 1, 2025), "CHỈ THỊ",
    "Về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2025 và các năm tiếp theo", """
Qua 02 năm thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch Ủy ban nhân dân tỉnh, số vụ cháy rừng đã giảm.
Để tiếp tục nâng cao hiệu quả, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Các huyện, thị xã, thành phố rà soát phương án phòng cháy, chữa cháy rừng.
2. Sở Nông nghiệp và Phát triển nông thôn xây dựng kế hoạch thực hiện Chỉ thị này.
Chỉ thị này có hiệu lực kể từ ngày ký và thay thế Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch Ủy ban nhân dân
tỉnh về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng.
"""))

add("l06_laocai_snn_kh18_2025.txt", state("UBND TỈNH LÀO CAI", "SỞ NÔNG NGHIỆP VÀ PTNT", "18/KH-SNN",
    sdate("Lào Cai", 20, 2, 2025), "KẾ HOẠCH", "Thực hiện Chỉ thị số 02/CT-UBND ngày 10/01/2025 của Chủ tịch UBND tỉnh", """
Thực hiện Chỉ thị số 02/CT-UBND ngày 10/01/2025 của Chủ tịch UBND tỉnh Lào Cai (thay thế Chỉ thị số 05/CT-UBND ngày
15/3/2023) về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng, Sở Nông nghiệp và Phát triển
nông thôn ban hành Kế hoạch thực hiện như sau:
1. Chi cục Kiểm lâm tổ chức trực cháy 24/24 giờ trong mùa khô.
2. Phối hợp với các huyện kiểm tra các vùng trọng điểm.
""", sign="GIÁM ĐỐC\n(Đã ký)"))
trap("replaced-cited-as-replaced", ["05/CT-UBND"], ["l06_laocai_snn_kh18_2025.txt"], ["superseded-citation"],
     "05/CT-UBND is named in parentheses as what 02/CT-UBND replaced")
trap("fulfilled-obligation", ["02/CT-UBND"], ["l05_laocai_ubnd_ct02_2025.txt"], ["unmet-obligation"],
     "l05 asks Sở Nông nghiệp for a plan; l06 (18/KH-SNN) is that plan")

add("l07_batxat_ubnd_kh35_2025.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN BÁT XÁT", "35/KH-UBND",
    sdate("Bát Xát", 2, 4, 2025), "KẾ HOẠCH", "Phòng cháy, chữa cháy rừng mùa khô năm 2025 trên địa bàn huyện", """
Thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh Lào Cai về tăng cường công tác quản lý, bảo vệ
rừng và phòng cháy, chữa cháy rừng, Ủy ban nhân dân huyện Bát Xát xây dựng Kế hoạch như sau:
1. Hạt Kiểm lâm huyện chủ trì tổ chức tuần tra.
2. Ủy ban nhân dân các xã bố trí lực lượng trực.
"""))
plant("superseded-citation", ["05/CT-UBND", "02/CT-UBND"], ["l07_batxat_ubnd_kh35_2025.txt"],
      "district plan of 02/4/2025 implements 05/CT-UBND (2023), replaced by 02/CT-UBND on 10/01/2025")

add("l08_laocai_ubnd_bc96_2025.txt", state(*LC, "96/BC-UBND", sdate("Lào Cai", 30, 6, 2025), "BÁO CÁO",
    "Tổng kết 02 năm thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh", """
I. KẾT QUẢ THỰC HIỆN
Tổng kết 02 năm thực hiện Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh về tăng cường công tác quản
lý, bảo vệ rừng: toàn tỉnh xảy ra 12 vụ cháy rừng, giảm 40% so với giai đoạn trước. Ngày 10/01/2025, Chủ tịch UBND
tỉnh đã ban hành Chỉ thị số 02/CT-UBND thay cho Chỉ thị số 05/CT-UBND.
II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI (06 nhiệm vụ)
1. Rà soát, bổ sung phương án phòng cháy, chữa cháy rừng.
2. Đầu tư trang thiết bị chữa cháy.
3. Tuyên truyền tại các thôn, bản.
4. Xử lý nghiêm các vụ vi phạm.
5. Khen thưởng các tập thể, cá nhân có thành tích.
"""))
plant("count-mismatch", ["96/BC-UBND"], ["l08_laocai_ubnd_bc96_2025.txt"], "'(06 nhiệm vụ)' followed by 5 items")
trap("review-of-replaced", ["05/CT-UBND"], ["l08_laocai_ubnd_bc96_2025.txt"], ["superseded-citation"],
     "a report reviewing (tổng kết) a directive after its replacement is not a citation of it as in force")

add("l09_laocai_ubnd_ct06_2024a.txt", state(*LC, "06/CT-UBND", sdate("Lào Cai", 2, 4, 2024), "CHỈ THỊ",
    "Về đẩy mạnh chuyển đổi số trên địa bàn tỉnh Lào Cai", """
Để đẩy mạnh chuyển đổi số, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Các cơ quan nhà nước sử dụng văn bản điện tử trong xử lý công việc.
2. Đẩy mạnh dịch vụ công trực tuyến toàn trình.
TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông chủ trì xây dựng kế hoạch thực hiện Chỉ thị này, trình Ủy ban nhân dân tỉnh trước ngày
30/5/2024.
"""))
plant("unmet-obligation", ["06/CT-UBND"], ["l09_laocai_ubnd_ct06_2024a.txt"],
      "Sở Thông tin và Truyền thông must write a plan implementing the directive; none exists", contains="Thông tin")

add("l10_laocai_ubnd_ct06_2024b.txt", state(*LC, "06/CT-UBND", sdate("Lào Cai", 18, 7, 2024), "CHỈ THỊ",
    "Về tăng cường công tác phòng, chống thiên tai mùa mưa bão năm 2024", """
Mùa mưa bão năm 2024 được dự báo diễn biến bất thường. Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Các huyện, thị xã, thành phố rà soát khu dân cư có nguy cơ sạt lở.
2. Ban Chỉ huy phòng, chống thiên tai các cấp trực ban nghiêm túc.
"""))
plant("duplicate-identity", ["06/CT-UBND"], ["l09_laocai_ubnd_ct06_2024a.txt", "l10_laocai_ubnd_ct06_2024b.txt"],
      "UBND tỉnh Lào Cai numbered two directives of 2024 06/CT-UBND (02/4 and 18/7)")

add("l11_laocai_tu_ct01_2016.txt", lc_tu("01-CT/TU", 20, 2, 2016, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường sự lãnh đạo của Đảng đối với công tác dân vận", """
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức
đảng tăng cường công tác dân vận.
1. Các cấp ủy đảng quán triệt quan điểm của Đảng về công tác dân vận.
2. Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể.
"""))

add("l12_laocai_tu_ct01_2020.txt", lc_tu("01-CT/TU", 28, 12, 2020, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", """
Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI, nhiệm kỳ 2020 - 2025 đã thành công tốt đẹp. Ban Thường vụ Tỉnh ủy
yêu cầu các cấp ủy tổ chức học tập, quán triệt Nghị quyết Đại hội.
1. Hoàn thành việc học tập trong quý I/2021.
2. Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc xây dựng chương trình hành động.
"""))
trap("same-number-two-terms", ["01-CT/TU"], ["l11_laocai_tu_ct01_2016.txt", "l12_laocai_tu_ct01_2020.txt"],
     ["duplicate-identity"], "01-CT/TU of the XV term (2016) and of the XVI term (2020)")

add("l13_laocai_tu_ct11_2021.txt", lc_tu("11-CT/TU", 5, 4, 2021, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực", """
Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các cấp ủy, tổ chức đảng nâng cao nhận thức về công tác phòng, chống tham nhũng.
2. Người đứng đầu chịu trách nhiệm khi để xảy ra tham nhũng trong cơ quan, đơn vị.
"""))
KEY["external"].append("05-CT/TW")

add("l14_laocai_tu_ct20_2024.txt", lc_tu("20-CT/TU", 10, 5, 2024, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tiếp tục tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực", """
Thực hiện Chỉ thị số 27-CT/TW, ngày 10/01/2019 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các cấp ủy, tổ chức đảng lãnh đạo chặt chẽ công tác phòng, chống tham nhũng, tiêu cực.
2. Xử lý nghiêm cán bộ, đảng viên vi phạm.
TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Tỉnh ủy ban hành hướng dẫn tuyên truyền, phổ biến Chỉ thị này.
2. Chỉ thị này phổ biến đến chi bộ và thay thế Chỉ thị số 11-CT/TU, ngày 05/4/2021 của Ban Thường vụ Tỉnh ủy.
"""))
KEY["external"].append("27-CT/TW")
plant("unmet-obligation", ["20-CT/TU"], ["l14_laocai_tu_ct20_2024.txt"],
      "Ban Tuyên giáo Tỉnh ủy must issue a guidance (hướng dẫn) on the directive; none exists", contains="Tuyên giáo")

add("l15_baothang_hu_kh52_2025.txt", f"""ĐẢNG BỘ TỈNH LÀO CAI
HUYỆN ỦY BẢO THẮNG
*
Số 52-KH/HU
{PARTY}
Bảo Thắng, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2025

Thực hiện Chỉ thị số 11-CT/TU, ngày 05/4/2021 của Ban Thường vụ Tỉnh ủy Lào Cai về tăng cường sự lãnh đạo của Đảng
đối với công tác phòng, chống tham nhũng, tiêu cực; Chỉ thị số 01-CT/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ
Huyện ủy xây dựng Kế hoạch như sau:
1. Các chi, đảng bộ cơ sở tổ chức quán triệt.
2. Ủy ban Kiểm tra Huyện ủy kiểm tra khi có dấu hiệu vi phạm.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(Đã ký)
""")
plant("superseded-citation", ["11-CT/TU", "20-CT/TU"], ["l15_baothang_hu_kh52_2025.txt"],
      "Huyện ủy plan of 12/3/2025 implements 11-CT/TU, replaced by 20-CT/TU (10/5/2024)")
plant("ambiguous-id", ["01-CT/TU"], ["l15_baothang_hu_kh52_2025.txt"],
      "'Chỉ thị số 01-CT/TU của Ban Thường vụ Tỉnh ủy' with no date: 2016 (XV) and 2020 (XVI) both exist")

add("l16_laocai_tu_ct15_2024.txt", lc_tu("15-CT/TU", 12, 3, 2024, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường", """
Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng:
1. Xác định bảo vệ môi trường là nhiệm vụ thường xuyên.
2. Xử lý dứt điểm các điểm ô nhiễm tại các khu công nghiệp.
"""))

add("l17_laocai_tu_bc210_2025.txt", lc_tu("210-BC/TU", 20, 3, 2025, "BÁO CÁO",
    "sơ kết 01 năm thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy", """
I. TÌNH HÌNH THỰC HIỆN
Sau 01 năm thực hiện Chỉ thị số 15-CT/TU, ngày 21/3/2024 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng
đối với công tác bảo vệ môi trường, các cấp ủy đã ban hành 45 văn bản triển khai. Cùng với Chỉ thị số 20-CT/TU,
ngày 10/5/2024 của Ban Thường vụ Tỉnh ủy, công tác kiểm tra, giám sát được tăng cường. Chỉ thị số 01-CT/TU, ngày
28/12/2020 của Ban Thường vụ Tỉnh ủy về học tập Nghị quyết Đại hội đã được thực hiện nghiêm túc.
II. PHƯƠNG HƯỚNG
Tiếp tục thực hiện Chỉ thị số 15-CT/TU trong năm 2025.
""", sign="T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)"))
plant("metadata-conflict", ["15-CT/TU"], ["l17_laocai_tu_bc210_2025.txt", "l16_laocai_tu_ct15_2024.txt"],
      "15-CT/TU cited as of 21/3/2024; its header says 12/3/2024")
trap("dated-term-citation", ["01-CT/TU"], ["l17_laocai_tu_bc210_2025.txt"], ["ambiguous-id"],
     "01-CT/TU with its date 28/12/2020 is not ambiguous")
trap("mention-not-implement", ["20-CT/TU"], ["l17_laocai_tu_bc210_2025.txt"], ["temporal", "superseded-citation"],
     "a report mentions 20-CT/TU alongside (cùng với): a reference")

add("l18_laocai_tu_ct08_2023.txt", lc_tu("08-CT/TU", 10, 6, 2023, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề đẩy mạnh phát triển du lịch cộng đồng", """
Căn cứ Kế hoạch số 45-KH/TU, ngày 02/8/2023 của Ban Thường vụ Tỉnh ủy về phát triển du lịch cộng đồng giai đoạn
2023 - 2025, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các huyện Sa Pa, Bắc Hà, Bát Xát xây dựng mô hình du lịch cộng đồng.
2. Bảo tồn bản sắc văn hóa các dân tộc.
"""))
add("l19_laocai_tu_kh45_2023.txt", lc_tu("45-KH/TU", 2, 8, 2023, "KẾ HOẠCH",
    "phát triển du lịch cộng đồng giai đoạn 2023 - 2025", """
Thực hiện Chỉ thị số 08-CT/TU, ngày 10/6/2023 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phát triển du lịch cộng đồng, Ban
Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:
1. Mỗi huyện xây dựng ít nhất 02 điểm du lịch cộng đồng.
2. Đào tạo nguồn nhân lực du lịch tại chỗ.
"""))
plant("cycle", ["08-CT/TU", "45-KH/TU"], ["l18_laocai_tu_ct08_2023.txt", "l19_laocai_tu_kh45_2023.txt"],
      "08-CT/TU is based on 45-KH/TU, which implements 08-CT/TU")
KEY["collateral"].append({"rule": "temporal", "files": ["l18_laocai_tu_ct08_2023.txt"], "ids": ["45-KH/TU"]})

add("l20_laocai_ubnd_bc58_2024.txt", state(*LC, "58/BC-UBND", sdate("Lào Cai", 25, 6, 2024), "BÁO CÁO",
    "Kết quả thực hiện nhiệm vụ phát triển du lịch 6 tháng đầu năm 2024", """
Thực hiện Kế hoạch số 61/KH-UBND ngày 20/8/2024 của UBND tỉnh Lào Cai về triển khai nhiệm vụ pháp chế năm 2024, Ủy ban
nhân dân tỉnh báo cáo như sau:
1. Lượng khách du lịch đạt 4,2 triệu lượt.
2. Tổng thu từ du lịch đạt 19.000 tỷ đồng.
Việc thực hiện Chỉ thị số 01/CT-UBND ngày 08/01/2024 của Chủ tịch UBND tỉnh bảo đảm an toàn dịp Tết.
"""))
plant("temporal", ["61/KH-UBND"], ["l20_laocai_ubnd_bc58_2024.txt"],
      "report of 25/6/2024 implements plan 61/KH-UBND of 20/8/2024")

add("l21_laocai_ubnd_kh61_2024.txt", state(*LC, "61/KH-UBND", sdate("Lào Cai", 20, 8, 2024), "KẾ HOẠCH",
    "Triển khai nhiệm vụ pháp chế năm 2024 và các năm tiếp theo", """
I. MỤC ĐÍCH, YÊU CẦU
Hoàn thiện hệ thống văn bản quy phạm pháp luật của tỉnh.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành
1\tSửa đổi, bổ sung Quyết định số 27/2022/QĐ-UBND ngày 15/7/2022 của UBND tỉnh quy định quản lý chợ\tSở Công Thương\tQuý II/2025
2\tRà soát, hệ thống hóa văn bản quy phạm pháp luật\tSở Tư pháp\tHằng năm
3\tXây dựng Quyết định quy định bảng giá đất\tSở Tài nguyên và Môi trường\tTháng 12/2026
4\tTổng kết thi hành pháp luật về xử lý vi phạm hành chính\tSở Tư pháp\tNăm 2027
5\tKiểm tra công tác ban hành văn bản\tSở Tư pháp\tThường xuyên
"""))
KEY["external"].append("27/2022/QĐ-UBND")
plant("overdue-plan", ["27/2022/QĐ-UBND"], ["l21_laocai_ubnd_kh61_2024.txt"],
      "planned amendment of 27/2022/QĐ-UBND due Quý II/2025 (30/6/2025), none in corpus")
trap("not-yet-due", ["61/KH-UBND"], ["l21_laocai_ubnd_kh61_2024.txt"], ["overdue-plan"],
     "rows due Tháng 12/2026, Năm 2027, Hằng năm, Thường xuyên are not overdue on 2026-11-26")

# ---------------------------------------------------------------- Quảng Trị: amendment chain and consolidated text
QT = ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ")
add("q01_quangtri_qd12_2019.txt", state(*QT, "12/2019/QĐ-UBND", sdate("Quảng Trị", 20, 5, 2019), "QUYẾT ĐỊNH",
    "Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị", """
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý, phát triển cụm công nghiệp;
Theo đề nghị của Giám đốc Sở Công Thương.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2019.
"""))
KEY["external"].append("68/2017/NĐ-CP")

add("q02_quangtri_qd15_2021.txt", state(*QT, "15/2021/QĐ-UBND", sdate("Quảng Trị", 8, 6, 2021), "QUYẾT ĐỊNH",
    "Sửa đổi, bổ sung một số điều của Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị ban hành kèm theo\nQuyết định số 12/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh", """
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 66/2020/NĐ-CP ngày 11 tháng 6 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định
số 68/2017/NĐ-CP;
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quy định quản lý cụm công nghiệp ban hành kèm theo Quyết định số
12/2019/QĐ-UBND ngày 20/5/2019 của Ủy ban nhân dân tỉnh như sau:
1. Sửa đổi khoản 2 Điều 5.
2. Bổ sung Điều 7a.
Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 6 năm 2021.
"""))
KEY["external"].append("66/2020/NĐ-CP")

add("q03_quangtri_qd09_2023.txt", state(*QT, "09/2023/QĐ-UBND", sdate("Quảng Trị", 14, 4, 2023), "QUYẾT ĐỊNH",
    "Sửa đổi, bổ sung một số điều của Quyết định số 12/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh ban hành Quy định\nquản lý cụm công nghiệp đã được sửa đổi, bổ sung tại Quyết định số 15/2021/QĐ-UBND ngày 08/6/2021", """
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 66/2020/NĐ-CP ngày 11 tháng 6 năm 2020 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quy định quản lý cụm công nghiệp ban hành kèm theo Quyết định số
12/2019/QĐ-UBND ngày 20/5/2019 của Ủy ban nhân dân tỉnh đã được sửa đổi, bổ sung tại Quyết định số 15/2021/QĐ-UBND
ngày 08/6/2021 như sau:
1. Sửa đổi Điều 7a.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 4 năm 2023.
"""))
trap("amendment-chain", ["12/2019/QĐ-UBND", "15/2021/QĐ-UBND"], ["q03_quangtri_qd09_2023.txt"],
     ["cycle", "inverse-inconsistency", "superseded-citation"], "a second amendment names the first as already amending the base text")

add("q04_quangtri_vbhn05_2023.txt", """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 05/VBHN-UBND
Quảng Trị, ngày 05 tháng 10 năm 2023

QUYẾT ĐỊNH
Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị

Quyết định số 12/2019/QĐ-UBND ngày 20 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh Quảng Trị ban hành Quy định quản lý
cụm công nghiệp trên địa bàn tỉnh Quảng Trị, có hiệu lực kể từ ngày 01 tháng 6 năm 2019, được sửa đổi, bổ sung bởi:
1. Quyết định số 15/2021/QĐ-UBND ngày 08 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Quảng Trị sửa đổi, bổ sung một số
điều của Quy định quản lý cụm công nghiệp, có hiệu lực kể từ ngày 20 tháng 6 năm 2021;
2. Quyết định số 09/2023/QĐ-UBND ngày 14 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh Quảng Trị sửa đổi, bổ sung một số
điều của Quyết định số 12/2019/QĐ-UBND đã được sửa đổi, bổ sung tại Quyết định số 15/2021/QĐ-UBND, có hiệu lực kể từ
ngày 25 tháng 4 năm 2023.

ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý, phát triển cụm công nghiệp;
Theo đề nghị của Giám đốc Sở Công Thương.[1]
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2019.[2]

QUY ĐỊNH
Điều 5. Thẩm quyền thành lập cụm công nghiệp
2. Ủy ban nhân dân tỉnh quyết định thành lập, mở rộng cụm công nghiệp.[3]
Điều 7a. Quản lý hạ tầng kỹ thuật cụm công nghiệp[4]

XÁC THỰC VĂN BẢN HỢP NHẤT
CHỦ TỊCH
(Đã ký)

[1] Quyết định số 15/2021/QĐ-UBND ngày 08/6/2021 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quy định quản
lý cụm công nghiệp có căn cứ ban hành như sau: “Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 66/2020/NĐ-CP ngày 11 tháng 6 năm 2020 của Chính phủ;”.
[2] Điều 2 Quyết định số 15/2021/QĐ-UBND quy định như sau: “Quyết định này có hiệu lực kể từ ngày 20 tháng 6 năm 2021.”
Điều 2 Quyết định số 09/2023/QĐ-UBND quy định như sau: “Quyết định này có hiệu lực kể từ ngày 25 tháng 4 năm 2023.”
[3] Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 Quyết định số 15/2021/QĐ-UBND, có hiệu lực kể từ ngày
20 tháng 6 năm 2021.
[4] Điều này được bổ sung theo quy định tại khoản 2 Điều 1 Quyết định số 15/2021/QĐ-UBND và được sửa đổi theo quy định tại
khoản 1 Điều 1 Quyết định số 09/2023/QĐ-UBND, có hiệu lực kể từ ngày 25 tháng 4 năm 2023.
""")
trap("consolidated-not-amendment", ["05/VBHN-UBND", "12/2019/QĐ-UBND"], ["q04_quangtri_vbhn05_2023.txt", "q01_quangtri_qd12_2019.txt"],
     ["duplicate-identity", "cycle", "inverse-inconsistency", "metadata-conflict"],
     "a consolidated text repeats the base decision's title and articles; its own number is 05/VBHN-UBND; it amends nothing")
trap("consolidated-footnotes", ["15/2021/QĐ-UBND", "09/2023/QĐ-UBND"], ["q04_quangtri_vbhn05_2023.txt"],
     ["temporal", "superseded-citation", "cycle"], "footnotes [1]–[4] name the amending decisions, all dated before the consolidation")

add("q05_quangtri_kh88_2022.txt", state(*QT, "88/KH-UBND", sdate("Quảng Trị", 20, 12, 2022), "KẾ HOẠCH",
    "Xây dựng văn bản quy phạm pháp luật năm 2023", """
TT\tTên văn bản\tCơ quan chủ trì soạn thảo\tThời gian trình
1\tQuyết định sửa đổi, bổ sung Quyết định số 12/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh ban hành Quy định quản lý cụm công nghiệp\tSở Công Thương\tQuý II/2023
2\tQuyết định quy định chức năng, nhiệm vụ của Sở Nội vụ\tSở Nội vụ\tQuý I/2023
"""))
KEY["collateral"].append({"rule": "overdue-plan", "files": ["q05_quangtri_kh88_2022.txt"], "ids": ["88/KH-UBND"], "contains": "Sở Nội vụ",
                          "what": "unplanned but correct: row 2 announces a Sở Nội vụ decision due Quý I/2023 that the corpus does not hold"})
trap("fulfilled-planned-amendment", ["12/2019/QĐ-UBND"], ["q05_quangtri_kh88_2022.txt"], ["overdue-plan"],
     "planned amendment due Quý II/2023 fulfilled by 09/2023/QĐ-UBND of 14/4/2023")

add("q06_quangtri_kh140_2025.txt", state(*QT, "140/KH-UBND", sdate("Quảng Trị", 15, 12, 2025), "KẾ HOẠCH",
    "Thực hiện nhiệm vụ trọng tâm năm 2026 của Ủy ban nhân dân tỉnh", """
TT\tNội dung\tCơ quan chủ trì\tThời gian
Quý I/2026 (05 nhiệm vụ)
1\tTrình HĐND tỉnh nghị quyết về giá dịch vụ\tSở Tài chính\tQuý I/2026
2\tRà soát quy hoạch cụm công nghiệp\tSở Công Thương\tQuý I/2026
3\tKiện toàn Ban Chỉ đạo chuyển đổi số\tSở Thông tin và Truyền thông\tQuý I/2026
4\tSơ kết công tác cải cách hành chính\tSở Nội vụ\tQuý I/2026
Các nhiệm vụ khác
5\tTổng kết 05 năm thực hiện Chỉ thị số 10/CT-UBND ngày 12/4/2021 của Chủ tịch UBND tỉnh về cải cách hành chính\tSở Nội vụ\tTháng 6/2026
6\tHướng dẫn thực hiện Quyết định số 18/2025/QĐ-UBND ngày 22/9/2025 của UBND tỉnh\tSở Công Thương\tQuý IV/2026
7\tBáo cáo tình hình thu hút đầu tư vào cụm công nghiệp\tSở Công Thương\tTháng 11/2026
"""))
plant("overdue-plan", ["10/CT-UBND"], ["q06_quangtri_kh140_2025.txt"],
      "planned review (tổng kết) of 10/CT-UBND due Tháng 6/2026, none in corpus")
plant("count-mismatch", ["140/KH-UBND"], ["q06_quangtri_kh140_2025.txt"], "'Quý I/2026 (05 nhiệm vụ)' followed by 4 rows")
KEY["external"].append("10/CT-UBND")
trap("not-yet-due", ["18/2025/QĐ-UBND"], ["q06_quangtri_kh140_2025.txt"], ["overdue-plan"],
     "planned guidance due Quý IV/2026 (31/12/2026) and a report due Tháng 11/2026 (30/11/2026) are not yet due")

add("q07_quangtri_qd18_2025.txt", state(*QT, "18/2025/QĐ-UBND", sdate("Quảng Trị", 22, 9, 2025), "QUYẾT ĐỊNH",
    "Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị", """
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;
Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị.
Điều 2. Tổ chức thực hiện
Sở Công Thương ban hành hướng dẫn thực hiện Quyết định này.
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 05 tháng 10 năm 2025 và thay thế Quyết định số 12/2019/QĐ-UBND ngày 20/5/2019
của Ủy ban nhân dân tỉnh ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Trị; Quyết định số
15/2021/QĐ-UBND ngày 08/6/2021 và Quyết định số 09/2023/QĐ-UBND ngày 14/4/2023 của Ủy ban nhân dân tỉnh.
"""))
KEY["external"].append("32/2024/NĐ-CP")
plant("unmet-obligation", ["18/2025/QĐ-UBND"], ["q07_quangtri_qd18_2025.txt"],
      "Sở Công Thương must issue a guidance implementing the decision; none exists", contains="Công Thương")
trap("replacement-clause-not-obligation", ["18/2025/QĐ-UBND"], ["q07_quangtri_qd18_2025.txt"], ["unmet-obligation"],
     "'thay thế Quyết định số 12/2019/QĐ-UBND ... của Ủy ban nhân dân tỉnh ban hành Quy định ...' assigns nothing")

add("q08_hailang_ubnd_qd1125_2026.txt", state("ỦY BAN NHÂN DÂN", "HUYỆN HẢI LĂNG", "1125/QĐ-UBND",
    sdate("Hải Lăng", 10, 2, 2026), "QUYẾT ĐỊNH", "Về việc giao nhiệm vụ quản lý cụm công nghiệp Hải Lăng", """
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN HẢI LĂNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;
Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh Quảng Trị ban hành Quy định quản lý cụm công nghiệp
trên địa bàn tỉnh Quảng Trị;
QUYẾT ĐỊNH:
Điều 1. Giao Phòng Kinh tế và Hạ tầng quản lý cụm công nghiệp Hải Lăng.
""", sign="CHỦ TỊCH\n(Đã ký)"))
plant("superseded-citation", ["12/2019/QĐ-UBND", "18/2025/QĐ-UBND"], ["q08_hailang_ubnd_qd1125_2026.txt"],
      "a 2026 district decision rests on 12/2019/QĐ-UBND, replaced by 18/2025/QĐ-UBND (22/9/2025)")

add("q09_quangtri_sct_bc75_2024.txt", state("UBND TỈNH QUẢNG TRỊ", "SỞ CÔNG THƯƠNG", "75/BC-SCT",
    sdate("Quảng Trị", 6, 5, 2024), "BÁO CÁO", "Tình hình thực hiện Quy định quản lý cụm công nghiệp", """
Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh ban hành Quy định quản lý cụm công nghiệp (đã được
sửa đổi, bổ sung tại Quyết định số 15/2021/QĐ-UBND ngày 08/6/2021 và Quyết định số 09/2023/QĐ-UBND ngày 04/4/2023 của
UBND tỉnh), Sở Công Thương báo cáo như sau:
1. Toàn tỉnh có 22 cụm công nghiệp được thành lập.
2. Tỷ lệ lấp đầy bình quân đạt 48%.
""", sign="GIÁM ĐỐC\n(Đã ký)"))
plant("metadata-conflict", ["09/2023/QĐ-UBND"], ["q09_quangtri_sct_bc75_2024.txt", "q03_quangtri_qd09_2023.txt"],
      "09/2023/QĐ-UBND cited as of 04/4/2023; its header says 14/4/2023")
trap("cited-before-replacement", ["12/2019/QĐ-UBND"], ["q09_quangtri_sct_bc75_2024.txt"], ["superseded-citation"],
     "2024 report rests on 12/2019/QĐ-UBND a year before 18/2025 replaced it")

add("q10_quangtri_ubnd_kh52_2024.txt", state(*QT, "52/KH-UBND", sdate("Quảng Trị", 1, 3, 2024), "KẾ HOẠCH",
    "Cải cách hành chính năm 2024", """
Căn cứ Kế hoạch số 45/KH-SNV ngày 20/3/2024 của Sở Nội vụ tỉnh Quảng Trị về cải cách hành chính năm 2024, Ủy ban nhân
dân tỉnh ban hành Kế hoạch như sau:
1. Cải cách thể chế.
2. Cải cách thủ tục hành chính.
"""))
add("q11_quangtri_snv_kh45_2024.txt", state("UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "45/KH-SNV",
    sdate("Quảng Trị", 20, 3, 2024), "KẾ HOẠCH", "Triển khai công tác cải cách hành chính năm 2024", """
Thực hiện Kế hoạch số 52/KH-UBND ngày 01/3/2024 của UBND tỉnh Quảng Trị về cải cách hành chính năm 2024, Sở Nội vụ
triển khai như sau:
1. Tham mưu kiện toàn bộ máy.
2. Đo lường sự hài lòng của người dân.
""", sign="GIÁM ĐỐC\n(Đã ký)"))
plant("cycle", ["52/KH-UBND", "45/KH-SNV"], ["q10_quangtri_ubnd_kh52_2024.txt", "q11_quangtri_snv_kh45_2024.txt"],
      "the province's plan is based on the department's plan, which implements the province's plan")
KEY["collateral"].append({"rule": "temporal", "files": ["q10_quangtri_ubnd_kh52_2024.txt"], "ids": ["45/KH-SNV"]})

# ---------------------------------------------------------------- Hà Giang: Party committee
def hg_tu(num, d, m, y, kind, title, text, sign="T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(Đã ký)"):
    head = f"ĐẢNG BỘ TỈNH HÀ GIANG\nTỈNH ỦY HÀ GIANG\n*\nSố {num}\n{PARTY}\n" + sdate("Hà Giang", d, m, y, False) + f"\n\n{kind}\n{title}\n\n"
    return head + text.strip("\n") + "\n\n" + sign + "\n"


add("g01_hagiang_tu_nq10_2022.txt", hg_tu("10-NQ/TU", 15, 3, 2022, "NGHỊ QUYẾT",
    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nvề phát triển kinh tế cửa khẩu giai đoạn 2022 - 2025", """
Căn cứ Hướng dẫn số 33-HD/TU, ngày 01/7/2022 của Ban Thường vụ Tỉnh ủy về thực hiện Kế hoạch phát triển kinh tế cửa
khẩu; Ban Chấp hành Đảng bộ tỉnh quyết nghị:
I. MỤC TIÊU
Kim ngạch xuất nhập khẩu qua cửa khẩu Thanh Thủy tăng bình quân 10%/năm.
II. TỔ CHỨC THỰC HIỆN
1. Ban cán sự đảng Ủy ban nhân dân tỉnh xây dựng chương trình hành động thực hiện Nghị quyết.
2. Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện Nghị quyết.
""", sign="T/M TỈNH ỦY\nBÍ THƯ\n(Đã ký)"))
add("g02_hagiang_tu_kh25_2022.txt", hg_tu("25-KH/TU", 10, 5, 2022, "KẾ HOẠCH",
    "thực hiện Nghị quyết số 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh", """
Thực hiện Nghị quyết số 10-NQ/TU, ngày 15/3/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế cửa khẩu giai
đoạn 2022 - 2025, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:
1. Nâng cấp hạ tầng cửa khẩu.
2. Cải cách thủ tục thông quan.
"""))
add("g03_hagiang_tu_hd33_2022.txt", hg_tu("33-HD/TU", 1, 7, 2022, "HƯỚNG DẪN",
    "thực hiện Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy", """
Hướng dẫn thực hiện Kế hoạch số 25-KH/TU, ngày 10/5/2022 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết về phát triển
kinh tế cửa khẩu, Ban Thường vụ Tỉnh ủy hướng dẫn như sau:
1. Các huyện ủy biên giới xây dựng kế hoạch.
2. Chế độ báo cáo định kỳ 6 tháng.
"""))
plant("cycle", ["10-NQ/TU", "25-KH/TU", "33-HD/TU"],
      ["g01_hagiang_tu_nq10_2022.txt", "g02_hagiang_tu_kh25_2022.txt", "g03_hagiang_tu_hd33_2022.txt"],
      "resolution based on the guidance that guides the plan that implements the resolution")
KEY["collateral"].append({"rule": "temporal", "files": ["g01_hagiang_tu_nq10_2022.txt"], "ids": ["33-HD/TU"]})
plant("unmet-obligation", ["10-NQ/TU"], ["g01_hagiang_tu_nq10_2022.txt"],
      "Ban cán sự đảng UBND tỉnh must write a programme (chương trình hành động); none exists (the BTV's plan 25-KH/TU exists)", contains="cán sự")

add("g04_hagiang_tu_ct03_2021.txt", hg_tu("03-CT/TU", 20, 9, 2021, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường công tác xây dựng tổ chức cơ sở đảng vùng đồng bào dân tộc thiểu số", """
Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy:
1. Củng cố chi bộ thôn, bản.
2. Phát triển đảng viên là người dân tộc thiểu số.
"""))
add("g05_hagiang_tu_ct14_2024.txt", hg_tu("14-CT/TU", 5, 2, 2024, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề nâng cao chất lượng tổ chức cơ sở đảng và đảng viên", """
Ban Thường vụ Tỉnh ủy yêu cầu:
1. Nâng cao chất lượng sinh hoạt chi bộ.
2. Chỉ thị này thay thế Chỉ thị số 03-CT/TU, ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy.
"""))
add("g06_hagiang_tu_ct17_2025.txt", hg_tu("17-CT/TU", 15, 1, 2025, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác phát triển đảng viên vùng đồng bào dân tộc thiểu số", """
Ban Thường vụ Tỉnh ủy yêu cầu:
1. Mỗi chi bộ thôn, bản có ít nhất 01 quần chúng ưu tú được bồi dưỡng.
Chỉ thị này thay thế Chỉ thị số 03-CT/TU, ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác xây dựng tổ
chức cơ sở đảng vùng đồng bào dân tộc thiểu số.
"""))
plant("inverse-inconsistency", ["03-CT/TU", "14-CT/TU", "17-CT/TU"],
      ["g05_hagiang_tu_ct14_2024.txt", "g06_hagiang_tu_ct17_2025.txt", "g04_hagiang_tu_ct03_2021.txt"],
      "03-CT/TU replaced by two directives (14-CT/TU in 2024 and 17-CT/TU in 2025)")

add("g07_bacquang_hu_kh30_2023.txt", f"""ĐẢNG BỘ TỈNH HÀ GIANG
HUYỆN ỦY BẮC QUANG
*
Số 30-KH/HU
{PARTY}
Bắc Quang, ngày 20 tháng 5 năm 2023

KẾ HOẠCH
thực hiện công tác tổ chức xây dựng Đảng năm 2023

Thực hiện Kế hoạch số 41-KH/TU, ngày 10/6/2023 của Ban Thường vụ Tỉnh ủy về công tác tổ chức xây dựng Đảng năm 2023;
Kế hoạch số 25-KH/TU, ngày 10/5/2022 của Ban Tổ chức Tỉnh ủy; Chỉ thị số 03-CT/TU, ngày 20/9/2021 của Tỉnh ủy Hà
Giang, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
1. Kiện toàn cấp ủy cơ sở.
2. Đánh giá, xếp loại chất lượng tổ chức đảng.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(Đã ký)
""")
add("g08_hagiang_tu_kh41_2023.txt", hg_tu("41-KH/TU", 10, 6, 2023, "KẾ HOẠCH",
    "công tác tổ chức xây dựng Đảng năm 2023", """
Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc xây dựng kế hoạch thực hiện.
2. Ban Tổ chức Tỉnh ủy theo dõi, tổng hợp.
"""))
plant("temporal", ["41-KH/TU"], ["g07_bacquang_hu_kh30_2023.txt"], "Huyện ủy plan of 20/5/2023 implements 41-KH/TU of 10/6/2023")
plant("metadata-conflict", ["25-KH/TU"], ["g07_bacquang_hu_kh30_2023.txt", "g02_hagiang_tu_kh25_2022.txt"],
      "25-KH/TU (Ban Thường vụ Tỉnh ủy) cited as of the Ban Tổ chức Tỉnh ủy")
trap("committee-names-agree", ["03-CT/TU"], ["g07_bacquang_hu_kh30_2023.txt"], ["metadata-conflict", "superseded-citation"],
     "'Tỉnh ủy Hà Giang' for a directive of its Ban Thường vụ is the same body; cited in 2023, before its replacement (2024)")

# ---------------------------------------------------------------- Hậu Giang: province decisions + commune .docx
HG = ("ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG")
add("h01_haugiang_qd1543_2022.txt", state(*HG, "1543/QĐ-UBND", sdate("Vị Thanh", 12, 8, 2022), "QUYẾT ĐỊNH",
    "Phê duyệt Đề án xây dựng xã nông thôn mới kiểu mẫu tỉnh Hậu Giang giai đoạn 2022 - 2025", """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2022 - 2025.
Điều 2. Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện Quyết định này.
""", sign="CHỦ TỊCH\n(Đã ký)"))
KEY["external"].append("318/QĐ-TTg")
add("h02_haugiang_qd2315_2024.txt", state(*HG, "2315/QĐ-UBND", sdate("Vị Thanh", 25, 10, 2024), "QUYẾT ĐỊNH",
    "Phê duyệt Đề án xây dựng xã nông thôn mới kiểu mẫu tỉnh Hậu Giang giai đoạn 2024 - 2030", """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2024 - 2030.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1543/QĐ-UBND ngày 12/8/2022 của Chủ tịch
Ủy ban nhân dân tỉnh.
""", sign="CHỦ TỊCH\n(Đã ký)"))

# docx paragraphs: str (split into runs), ("tbl", rows)
add("h03_phunghiep_ubnd_kh40_2024.docx", [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "HUYỆN PHỤNG HIỆP\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 40/KH-UBND\tPhụng Hiệp, ngày 15 tháng 5 năm 2024",
    "KẾ HOẠCH",
    "Thực hiện Đề án xây dựng xã nông thôn mới kiểu mẫu trên địa bàn huyện",
    "\tThực hiện Quyết định số 1543/QĐ-UBND ngày 12/8/2022 của Chủ tịch UBND tỉnh Hậu Giang phê duyệt Đề án xây dựng xã nông thôn mới kiểu mẫu, UBND huyện Phụng Hiệp ban hành Kế hoạch như sau:",
    "I. MỤC TIÊU",
    "\tĐến năm 2025 có 02 xã đạt chuẩn nông thôn mới kiểu mẫu.",
    "II. TỔ CHỨC THỰC HIỆN",
    "\tỦy ban nhân dân các xã Long Thạnh, Tân Long xây dựng kế hoạch thực hiện Kế hoạch này.",
    "\tCHỦ TỊCH",
    "\t(Đã ký)",
])
trap("cited-before-replacement", ["1543/QĐ-UBND"], ["h03_phunghiep_ubnd_kh40_2024.docx"], ["superseded-citation"],
     "May 2024 plan implements 1543/QĐ-UBND, replaced only in October 2024")

add("h04_longthanh_ubnd_kh15_2024.docx", [
    "UBND HUYỆN PHỤNG HIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "XÃ LONG THẠNH",
    "Số:  15 /KH-UBND\tLong Thạnh, ngày 20 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Ra quân làm đường giao thông nông thôn năm 2024",
    "\tThực hiện Kế hoạch số 40/KH-UBND ngày 15/5/2024 của UBND huyện Phụng Hiệp về thực hiện Đề án xây dựng xã nông thôn mới kiểu mẫu; UBND xã Long Thạnh xây dựng kế hoạch như sau:",
    "1. Huy động Nhân dân hiến đất làm đường.",
    "2. Đoàn Thanh niên ra quân ngày Chủ nhật xanh.",
    "\tTM. ỦY BAN NHÂN DÂN",
    "\tCHỦ TỊCH",
])
plant("temporal", ["40/KH-UBND"], ["h04_longthanh_ubnd_kh15_2024.docx"],
      "commune plan of 20/3/2024 implements the district's 40/KH-UBND of 15/5/2024")

add("h05_longthanh_ubnd_kh22_2024.docx", [
    "UBND HUYỆN PHỤNG HIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "XÃ LONG THẠNH",
    "Số: 22/KH-UBND\tLong Thạnh, ngày 10 tháng 6 năm 2024",
    "KẾ HOẠCH",
    "Xây dựng xã nông thôn mới kiểu mẫu năm 2024",
    "\tThực hiện Kế hoạch số 40/KH- UBND ngày 15/5/2024 của UBND huyện Phụng Hiệp về thực hiện Đề án xây dựng xã nông thôn mới kiểu mẫu, UBND xã xây dựng kế hoạch gồm 04 nội dung như sau:",
    "1. Hoàn thiện tiêu chí giao thông.",
    "2. Hoàn thiện tiêu chí môi trường.",
    "3. Hoàn thiện tiêu chí thu nhập.",
    "\tTM. ỦY BAN NHÂN DÂN",
    "\tCHỦ TỊCH",
])
plant("count-mismatch", ["22/KH-UBND"], ["h05_longthanh_ubnd_kh22_2024.docx"], "'gồm 04 nội dung' followed by 3 items typed by hand")
trap("fulfilled-obligation", ["40/KH-UBND"], ["h03_phunghiep_ubnd_kh40_2024.docx"], ["unmet-obligation"],
     "the district asks communes for plans; Long Thạnh's 22/KH-UBND implements 40/KH-UBND (written '40/KH- UBND')")
trap("spaced-id", ["40/KH-UBND"], ["h05_longthanh_ubnd_kh22_2024.docx"], ["dangling"],
     "'40/KH- UBND' is the district's 40/KH-UBND")

add("h06_laihieu_ubnd_kh15_2025.docx", [
    "UBND THÀNH PHỐ NGÃ BẢY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "PHƯỜNG LÁI HIẾU",
    "Số: 15 /KH- UBND\tLái Hiếu, ngày 14 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Tổ chức Lễ hội Chợ nổi Ngã Bảy năm 2025",
    "\tThực hiện Kế hoạch số 12/KH-UBND ngày 20/01/2025 của UBND thành phố Ngã Bảy, UBND phường Lái Hiếu xây dựng kế hoạch như sau:",
    "1. Trang trí khu vực chợ nổi.",
    "2. Bảo đảm an ninh trật tự.",
    "\tTM. ỦY BAN NHÂN DÂN",
    "\tCHỦ TỊCH",
])
KEY["external"].append("12/KH-UBND")
trap("same-number-other-commune", ["15/KH-UBND"], ["h04_longthanh_ubnd_kh15_2024.docx", "h06_laihieu_ubnd_kh15_2025.docx"],
     ["duplicate-identity"], "15/KH-UBND of xã Long Thạnh (2024) and of phường Lái Hiếu (2025)")

add("h07_laihieu_ubnd_kh15b_2025.docx", [
    "UBND THÀNH PHỐ NGÃ BẢY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "PHƯỜNG LÁI HIẾU",
    "Số: 15/KH.UBND\tLái Hiếu, ngày 03 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Tuyên truyền phòng, chống sốt xuất huyết năm 2025",
    "\tCăn cứ tình hình dịch bệnh trên địa bàn phường, UBND phường Lái Hiếu xây dựng kế hoạch như sau:",
    "1. Tổ chức chiến dịch diệt lăng quăng.",
    "2. Trạm Y tế phường giám sát ca bệnh.",
    "\tTM. ỦY BAN NHÂN DÂN",
    "\tCHỦ TỊCH",
])
plant("duplicate-identity", ["15/KH-UBND"], ["h06_laihieu_ubnd_kh15_2025.docx", "h07_laihieu_ubnd_kh15b_2025.docx"],
      "phường Lái Hiếu numbered two plans of 2025 15/KH-UBND (written '15 /KH- UBND' and '15/KH.UBND')")

add("h08_vidong_ubnd_kh09_2025.docx", [
    "UBND HUYỆN VỊ THỦY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "XÃ VỊ ĐÔNG",
    "Số: 09/KH-UBND\tVị Đông, ngày 18 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Xây dựng xã nông thôn mới kiểu mẫu năm 2025",
    "\tCăn cứ Quyết định số 1543/QĐ-UBND ngày 12/8/2022 của Chủ tịch UBND tỉnh Hậu Giang phê duyệt Đề án xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2022 - 2025;",
    "\tCăn cứ Quyết đinh số 2315/QĐ-UBND ngày 25/10/2024 của Chủ tịch UBND tỉnh Hậu Giang về Đề án giai đoạn 2024 - 2030 (trích yếu);",
    "\tUBND xã Vị Đông xây dựng kế hoạch như sau:",
    "II. NHIỆM VỤ CỤ THỂ",
    ("tbl", [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
             ["1", "Ban hành Kế hoạch kiểm tra, đánh giá các tiêu chí xã nông thôn mới kiểu mẫu", "Công chức Văn hóa - Xã hội", "Tháng 8/2026"],
             ["2", "Vận động Nhân dân chỉnh trang nhà cửa", "Ban Chỉ đạo các ấp", "Thường xuyên"],
             ["3", "Ban hành Kế hoạch tổng kết năm 2026", "Văn phòng - Thống kê", "Tháng 12/2026"]]),
    "\tTM. ỦY BAN NHÂN DÂN",
    "\tCHỦ TỊCH",
])
plant("superseded-citation", ["1543/QĐ-UBND", "2315/QĐ-UBND"], ["h08_vidong_ubnd_kh09_2025.docx"],
      "March 2025 commune plan rests on 1543/QĐ-UBND, replaced by 2315/QĐ-UBND (25/10/2024)")
plant("overdue-plan", ["09/KH-UBND"], ["h08_vidong_ubnd_kh09_2025.docx"],
      "row 1 announces a Kế hoạch kiểm tra due Tháng 8/2026; none exists (id in message: the plan's own or the announced type)")
trap("typo-quyet-dinh", ["2315/QĐ-UBND"], ["h08_vidong_ubnd_kh09_2025.docx"], ["dangling", "superseded-citation"],
     "'Quyết đinh số 2315/QĐ-UBND' (typo) is the province's decision in the corpus")
trap("not-yet-due", ["09/KH-UBND"], ["h08_vidong_ubnd_kh09_2025.docx"], ["overdue-plan"],
     "row 3 due Tháng 12/2026 and row 2 Thường xuyên: not overdue")

add("h09_vidong_ubnd_qd31_2025.docx", [
    "UBND HUYỆN VỊ THỦY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "XÃ VỊ ĐÔNG",
    "Số: 31/QĐ-UBND\tVị Đông, ngày 05 tháng 5 năm 2025",
    "QUYẾT ĐINH",
    "Về việc kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã Vị Đông",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ VỊ ĐÔNG",
    "\tCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "\tCăn cứ Kế hoạch số 09/KH-UBND ngày 18/3/2025 của UBND xã về xây dựng xã nông thôn mới kiểu mẫu năm 2025;",
    "QUYẾT ĐINH:",
    "\tĐiều 1. Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã Vị Đông gồm 15 thành viên.",
    "\tĐiều 2. Quyết đinh này có hiệu lực kể từ ngày ký.",
    "\tCHỦ TỊCH",
])
trap("own-commune-plan", ["09/KH-UBND"], ["h09_vidong_ubnd_qd31_2025.docx"], ["dangling", "temporal"],
     "'của UBND xã' is the same commune's 09/KH-UBND")

# ---------------------------------------------------------------- Bạc Liêu: e-mailed texts without diacritics
add("b01_baclieu_tu_nq12_2021.txt", f"""ĐẢNG BỘ TỈNH BẠC LIÊU
TỈNH ỦY BẠC LIÊU
*
Số 12-NQ/TU
{PARTY}
Bạc Liêu, ngày 05 tháng 3 năm 2021

NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
về phát triển kinh tế biển tỉnh Bạc Liêu đến năm 2030

Thực hiện Nghị quyết số 36-NQ/TW, ngày 22/10/2018 của Hội nghị Trung ương 8 khóa XII về Chiến lược phát triển bền
vững kinh tế biển Việt Nam, Ban Chấp hành Đảng bộ tỉnh quyết nghị:
1. Phát triển điện gió ven biển.
2. Nuôi trồng thủy sản công nghệ cao.

T/M TỈNH ỦY
BÍ THƯ
(Đã ký)
""")
KEY["external"].append("36-NQ/TW")

add("b02_hoabinh_hu_kh18_2021_nodiacritics.txt", """DANG BO TINH BAC LIEU
HUYEN UY HOA BINH
*
So 18-KH/HU
DANG CONG SAN VIET NAM
Hoa Binh, ngay 20 thang 5 nam 2021

KE HOACH
thuc hien Nghi quyet so 12-NQ/TU cua Ban Chap hanh Dang bo tinh ve phat trien kinh te bien

Thuc hien Nghi quyet so 12-NQ/TU ngay 5/3/2021 cua Ban Chap hanh Dang bo tinh Bac Lieu ve phat trien kinh te bien
tinh Bac Lieu den nam 2030, Ban Thuong vu Huyen uy xay dung Ke hoach nhu sau:
1. Phat trien vung nuoi tom cong nghe cao tai xa Vinh Hau.
2. Keu goi dau tu dien gio.

T/M BAN THUONG VU
BI THU
(Da ky)
""")
trap("no-diacritics-citation", ["12-NQ/TU"], ["b02_hoabinh_hu_kh18_2021_nodiacritics.txt"], ["dangling", "temporal", "metadata-conflict"],
     "'Nghi quyet so 12-NQ/TU ngay 5/3/2021' is b01's resolution")

add("b03_baclieu_qd25_2018.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "25/2018/QĐ-UBND", sdate("Bạc Liêu", 10, 9, 2018),
    "QUYẾT ĐỊNH", "Ban hành Quy định về quản lý hoạt động nuôi tôm siêu thâm canh trên địa bàn tỉnh Bạc Liêu", """
ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
Căn cứ Luật Thủy sản ngày 26 tháng 6 năm 2003;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý hoạt động nuôi tôm siêu thâm canh.
"""))
add("b04_baclieu_qd03_2024.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "03/2024/QĐ-UBND", sdate("Bạc Liêu", 28, 2, 2024),
    "QUYẾT ĐỊNH", "Bãi bỏ Quyết định số 25/2018/QĐ-UBND ngày 10 tháng 9 năm 2018 của Ủy ban nhân dân tỉnh Bạc Liêu", """
ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ toàn bộ Quyết định số 25/2018/QĐ-UBND ngày 10 tháng 9 năm 2018 của Ủy ban nhân dân tỉnh ban hành Quy
định về quản lý hoạt động nuôi tôm siêu thâm canh trên địa bàn tỉnh Bạc Liêu.
Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 3 năm 2024.
"""))
add("b05_baclieu_qd11_2025.txt", state("ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "11/2025/QĐ-UBND", sdate("Bạc Liêu", 12, 6, 2025),
    "QUYẾT ĐỊNH", "Ban hành Quy định về quản lý hoạt động nuôi tôm ứng dụng công nghệ cao trên địa bàn tỉnh Bạc Liêu", """
ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;
Căn cứ Văn bản hợp nhất số 05/VBHN-BTC ngày 25/01/2024 của Bộ Tài chính hợp nhất Thông tư hướng dẫn phí, lệ phí trong
lĩnh vực thủy sản;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý hoạt động nuôi tôm ứng dụng công nghệ cao.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 6 năm 2025 và thay thế Quyết định số 25/2018/QĐ-UBND ngày 10
tháng 9 năm 2018 của Ủy ban nhân dân tỉnh Bạc Liêu.
"""))
plant("inverse-inconsistency", ["25/2018/QĐ-UBND", "03/2024/QĐ-UBND", "11/2025/QĐ-UBND"],
      ["b05_baclieu_qd11_2025.txt", "b04_baclieu_qd03_2024.txt", "b03_baclieu_qd25_2018.txt"],
      "25/2018/QĐ-UBND replaced in 2025 after 03/2024/QĐ-UBND had repealed it")
trap("vbhn-cited", ["05/VBHN-BTC"], ["b05_baclieu_qd11_2025.txt"], ["dangling", "duplicate-identity"],
     "the Ministry's consolidated text is in the corpus (c01) and is not Quảng Trị's 05/VBHN-UBND")

add("b06_vinhhau_ubnd_kh47_2024_nodiacritics.txt", """UY BAN NHAN DAN\tCONG HOA XA HOI CHU NGHIA VIET NAM
XA VINH HAU\tDoc lap - Tu do - Hanh phuc
So: 47/KH-UBND\tVinh Hau, ngay 02 thang 10 nam 2024

KE HOACH
Phat trien nuoi tom sieu tham canh nam 2024 - 2025

Can cu Quyet dinh so 25/2018/QD-UBND ngay 10/9/2018 cua UBND tinh Bac Lieu ban hanh Quy dinh ve quan ly hoat dong
nuoi tom sieu tham canh;
Thuc hien Ke hoach so 18-KH/HU ngay 20/5/2021 cua Huyen uy Hoa Binh;
UBND xa Vinh Hau xay dung ke hoach nhu sau:
1. Ho tro 20 ho nuoi tom sieu tham canh.
2. Tap huan ky thuat cho nong dan.

TM. UY BAN NHAN DAN
CHU TICH
(Da ky)
""")
plant("superseded-citation", ["25/2018/QĐ-UBND", "03/2024/QĐ-UBND"], ["b06_vinhhau_ubnd_kh47_2024_nodiacritics.txt"],
      "commune plan of 02/10/2024 (typed without diacritics) rests on 25/2018/QĐ-UBND, repealed by 03/2024/QĐ-UBND")
trap("no-diacritics-citation", ["18-KH/HU"], ["b06_vinhhau_ubnd_kh47_2024_nodiacritics.txt"], ["dangling"],
     "'Ke hoach so 18-KH/HU ... cua Huyen uy Hoa Binh' is b02")

# ---------------------------------------------------------------- Bộ Tài chính consolidated text
add("c01_btc_vbhn05_2024.txt", """BỘ TÀI CHÍNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 05/VBHN-BTC
Hà Nội, ngày 25 tháng 01 năm 2024

THÔNG TƯ
Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực thủy sản

Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản
lý và sử dụng phí, lệ phí trong lĩnh vực thủy sản, có hiệu lực kể từ ngày 01 tháng 7 năm 2017, được sửa đổi, bổ sung bởi:
Thông tư số 20/2023/TT-BTC ngày 12 tháng 4 năm 2023 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư
số 40/2017/TT-BTC, có hiệu lực kể từ ngày 01 tháng 6 năm 2023.

Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;
Theo đề nghị của Vụ trưởng Vụ Chính sách thuế,
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh
vực thủy sản.[1]
Điều 1. Phạm vi điều chỉnh
Điều 4. Mức thu phí, lệ phí[2]

XÁC THỰC VĂN BẢN HỢP NHẤT
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
(Đã ký)

[1] Thông tư số 20/2023/TT-BTC sửa đổi, bổ sung một số điều của Thông tư số 40/2017/TT-BTC có căn cứ ban hành như sau:
“Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;”.
[2] Điều này được sửa đổi theo quy định tại khoản 1 Điều 1 Thông tư số 20/2023/TT-BTC, có hiệu lực kể từ ngày 01 tháng 6
năm 2023.
""")
KEY["external"] += ["40/2017/TT-BTC", "20/2023/TT-BTC"]
trap("two-vbhn-05", ["05/VBHN-BTC", "05/VBHN-UBND"], ["c01_btc_vbhn05_2024.txt", "q04_quangtri_vbhn05_2023.txt"],
     ["duplicate-identity"], "consolidated texts numbered 05 by the Ministry of Finance and by UBND Quảng Trị")
trap("consolidated-not-amendment", ["40/2017/TT-BTC"], ["c01_btc_vbhn05_2024.txt"], ["superseded-citation", "inverse-inconsistency"],
     "the consolidated text is not an amendment of 40/2017/TT-BTC")

# ---------------------------------------------------------------- Ninh Thuận: scans
NT = ("ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN")
add("n01_ninhthuan_ct09_2022.txt", state(*NT, "09/CT-UBND", sdate("Ninh Thuận", 20, 4, 2022), "CHỈ THỊ",
    "Về tăng cường công tác phòng, chống hạn hán, xâm nhập mặn", """
Thực hiện Chỉ thị số 13/CT-TTg ngày 27/4/2021 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Các huyện điều tiết nguồn nước hợp lý.
2. Công ty TNHH MTV Khai thác công trình thủy lợi vận hành hồ chứa tiết kiệm.
"""))
KEY["external"].append("13/CT-TTg")

SCANS = {}
SCANS["n02_ninhthuan_ct04_2024_scan.pdf"] = [
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH NINH THUẬN                  Độc lập - Tự do - Hạnh phúc",
    "Số: 04/CT-UBND          Ninh Thuận, ngày 08 tháng 3 năm 2024",
    "", "CHỈ THỊ",
    "Về tăng cường công tác phòng, chống hạn hán, thiếu nước sinh hoạt",
    "",
    "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
    "1. Các huyện Ninh Hải, Thuận Bắc rà soát nguồn nước sinh hoạt.",
    "2. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo vận hành hồ chứa.",
    "Chỉ thị này có hiệu lực kể từ ngày ký và thay thế Chỉ thị số",
    "09/CT-UBND ngày 20/4/2022 của Chủ tịch Ủy ban nhân dân tỉnh.",
    "", "CHỦ TỊCH", "(Đã ký)",
]
SCANS["n03_ninhhai_kh77_2025_scan.pdf"] = [
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "HUYỆN NINH HẢI                   Độc lập - Tự do - Hạnh phúc",
    "Số: 77/KH-UBND          Ninh Hải, ngày 06 tháng 5 năm 2025",
    "", "KẾ HOẠCH",
    "Phòng, chống hạn hán mùa khô năm 2025",
    "",
    "Thực hiện Chỉ thị số 09/CT-UBND ngày 20/4/2022 của Chủ tịch UBND tỉnh",
    "Ninh Thuận về tăng cường công tác phòng, chống hạn hán, xâm nhập mặn,",
    "UBND huyện Ninh Hải xây dựng Kế hoạch như sau:",
    "1. Phòng Nông nghiệp huyện theo dõi nguồn nước các hồ.",
    "2. UBND các xã vận động Nhân dân chuyển đổi cây trồng.",
    "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
]
SCANS["n04_ninhthuan_stp_kh05_2026_scan.pdf"] = [
    "UBND TỈNH NINH THUẬN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ TƯ PHÁP                           Độc lập - Tự do - Hạnh phúc",
    "Số: 05/KH-STP          Ninh Thuận, ngày 15 tháng 01 năm 2026",
    "", "KẾ HOẠCH",
    "Kiểm tra, rà soát văn bản quy phạm pháp luật năm 2026",
    "",
    "Thực hiện Chỉ thị số 04/CT-UBND ngày 08/3/2024 của Chủ tịch UBND tỉnh,",
    "Sở Tư pháp xây dựng Kế hoạch như sau:",
    ("tbl", [["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
             ["1", "Sửa đổi, bổ sung Quyết định số 30/2021/QĐ-UBND", "Sở Xây dựng", "Quý III/2026"],
             ["2", "Rà soát văn bản hết hiệu lực", "Sở Tư pháp", "Tháng 12/2026"],
             ["3", "Kiểm tra văn bản cấp huyện", "Sở Tư pháp", "Thường xuyên"]]),
    "", "GIÁM ĐỐC", "(Đã ký)",
]
plant("superseded-citation", ["09/CT-UBND", "04/CT-UBND"], ["n03_ninhhai_kh77_2025_scan.pdf"],
      "scanned district plan of 06/5/2025 implements 09/CT-UBND, replaced by 04/CT-UBND (08/3/2024, also a scan)")
plant("overdue-plan", ["30/2021/QĐ-UBND"], ["n04_ninhthuan_stp_kh05_2026_scan.pdf"],
      "scanned plan's table row: amendment of 30/2021/QĐ-UBND due Quý III/2026 (30/9/2026), none in corpus")
KEY["external"].append("30/2021/QĐ-UBND")
trap("scan-cites-scan", ["04/CT-UBND"], ["n04_ninhthuan_stp_kh05_2026_scan.pdf"], ["dangling", "superseded-citation"],
     "04/CT-UBND (n02, a scan) is in the corpus and in force")
trap("not-yet-due", ["05/KH-STP"], ["n04_ninhthuan_stp_kh05_2026_scan.pdf"], ["overdue-plan"], "row 2 Tháng 12/2026, row 3 Thường xuyên")
trap("same-number-other-province", ["04/CT-UBND", "09/CT-UBND"], ["n02_ninhthuan_ct04_2024_scan.pdf"], ["duplicate-identity", "metadata-conflict"],
     "Ninh Thuận's 04/CT-UBND of 2024 is not any other province's")


FIRST = (len(DOCS), set(SCANS), len(KEY["planted"]), len(KEY["traps"]), len(KEY["external"]), len(KEY["collateral"]))

# ================================================================ batch 2 (p..): harder forms of the same conventions
add("p01_ytу_ubnd_kh21_2025_nodiacritics.txt".replace("у", "y"), """UBND HUYEN BAT XAT\tCONG HOA XA HOI CHU NGHIA VIET NAM
UY BAN NHAN DAN XA Y TY\tDoc lap - Tu do - Hanh phuc
So: 21/KH-UBND\tY Ty, ngay 12 thang 5 nam 2025

KE HOACH
Bao ve rung va phong chay, chua chay rung mua kho nam 2025

Thuc hien Chi thi so 05/CT-UBND ngay 15/3/2023 cua Chu tich UBND tinh Lao Cai ve tang cuong cong tac quan ly, bao ve
rung va phong chay, chua chay rung; Ke hoach so 35/KH-UBND ngay 02/4/2025 cua UBND huyen Bat Xat, UBND xa Y Ty xay dung
ke hoach gom 03 nhiem vu nhu sau:
1. To chuc truc chay 24/24 gio tai cac thon.
2. Tuyen truyen nguoi dan khong dot nuong trong mua kho.

TM. UY BAN NHAN DAN
CHU TICH
(Da ky)
""")
plant("superseded-citation", ["05/CT-UBND", "02/CT-UBND"], ["p01_yty_ubnd_kh21_2025_nodiacritics.txt"],
      "commune e-mail without diacritics, 12/5/2025, implements 05/CT-UBND replaced by 02/CT-UBND (10/01/2025)")
plant("count-mismatch", ["21/KH-UBND"], ["p01_yty_ubnd_kh21_2025_nodiacritics.txt"], "'gom 03 nhiem vu' followed by 2 items (no diacritics)")
trap("no-diacritics-citation", ["35/KH-UBND"], ["p01_yty_ubnd_kh21_2025_nodiacritics.txt"], ["dangling", "superseded-citation"],
     "'Ke hoach so 35/KH-UBND ... cua UBND huyen Bat Xat' is l07")

add("p03_haithuong_ubnd_qd18_2026.docx", [
    "UBND HUYỆN HẢI LĂNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "XÃ HẢI THƯỢNG",
    "Số:   18 /QĐ-UBND\tHải Thượng, ngày 02 tháng 3 năm 2026",
    "QUYẾT ĐINH",
    "Về việc thành lập Tổ quản lý cụm công nghiệp xã Hải Thượng",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HẢI THƯỢNG",
    "\tCăn cứ Quyết đinh số 12/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh Quảng Trị ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh;",
    "\tCăn cứ Quyết định số 1125/QĐ-UBND ngày 10/02/2026 của Chủ tịch UBND huyện Hải Lăng;",
    "QUYẾT ĐINH:",
    "\tĐiều 1. Thành lập Tổ quản lý cụm công nghiệp xã Hải Thượng gồm 07 thành viên.",
    "\tCHỦ TỊCH",
])
plant("superseded-citation", ["12/2019/QĐ-UBND", "18/2025/QĐ-UBND"], ["p03_haithuong_ubnd_qd18_2026.docx"],
      "commune decision of 02/3/2026 ('Quyết đinh' typo, docx) rests on 12/2019/QĐ-UBND, replaced by 18/2025/QĐ-UBND")
trap("district-decision-cited", ["1125/QĐ-UBND"], ["p03_haithuong_ubnd_qd18_2026.docx"], ["dangling", "temporal"],
     "the district's 1125/QĐ-UBND (q08) is in the corpus and dated earlier")

add("p04_coclеu_ubnd_kh08_2025.docx".replace("е", "e"), [
    "UBND THÀNH PHỐ LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "PHƯỜNG CỐC LẾU",
    "Số:  08 /KH-UBND\tCốc Lếu, ngày 25 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Thực hiện Chỉ thị số 02/CT-UBND ngày 10/01/2025 của Chủ tịch UBND tỉnh",
    "\tThực hiện Chỉ thị số 02/CT-UBND ngày 10/01/2025 của Chủ tịch UBND tỉnh Lào Cai về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng, UBND phường Cốc Lếu xây dựng kế hoạch như sau:",
    ("tbl", [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện"],
             ["1", "Sơ kết 01 năm thực hiện Chỉ thị số 02/CT-UBND ngày 10/01/2025 của Chủ tịch UBND tỉnh", "Văn phòng - Thống kê", "Quý I/2026"],
             ["2", "Tổng kết 02 năm thực hiện Chỉ thị số 02/CT-UBND", "Văn phòng - Thống kê", "Quý IV/2026"],
             ["3", "Tuyên truyền trên hệ thống loa truyền thanh", "Công chức Văn hóa - Xã hội", "Thường xuyên"]]),
    "\tTM. ỦY BAN NHÂN DÂN",
    "\tCHỦ TỊCH",
])
plant("overdue-plan", ["02/CT-UBND"], ["p04_cocleu_ubnd_kh08_2025.docx"],
      "docx table: planned review (sơ kết) of 02/CT-UBND due Quý I/2026, no such report in the corpus")
trap("not-yet-due", ["02/CT-UBND"], ["p04_cocleu_ubnd_kh08_2025.docx"], ["overdue-plan"],
     "row 2 (tổng kết) due Quý IV/2026 = 31/12/2026, row 3 Thường xuyên")

add("p05_vixuyen_hu_bc115_2025.txt", """ĐẢNG BỘ TỈNH HÀ GIANG
HUYỆN ỦY VỊ XUYÊN
*
Số 115 -BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Vị Xuyên, ngày 30 tháng 6 năm 2025

BÁO CÁO
kết quả công tác xây dựng tổ chức cơ sở đảng 6 tháng đầu năm 2025

Thực hiện Chỉ thị số 03 - CT/TU, ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy Hà Giang về tăng cường công tác xây dựng tổ
chức cơ sở đảng vùng đồng bào dân tộc thiểu số và Chỉ thị số 14 - CT/TU, ngày 15/02/2024 của Ban Thường vụ Tỉnh ủy về
nâng cao chất lượng tổ chức cơ sở đảng và đảng viên, Ban Thường vụ Huyện ủy báo cáo như sau:
1. Kiện toàn 12 chi bộ thôn.
2. Kết nạp 85 đảng viên mới.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
(Đã ký)
""")
plant("superseded-citation", ["03-CT/TU", "14-CT/TU"], ["p05_vixuyen_hu_bc115_2025.txt"],
      "'Chỉ thị số 03 - CT/TU' (spaced) implemented in June 2025, replaced by 14-CT/TU (and 17-CT/TU)")
plant("metadata-conflict", ["14-CT/TU"], ["p05_vixuyen_hu_bc115_2025.txt", "g05_hagiang_tu_ct14_2024.txt"],
      "'Chỉ thị số 14 - CT/TU, ngày 15/02/2024'; its header says 05/02/2024")

SCANS["p06_thuanbac_bc12_2024_scan.pdf"] = [
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "HUYỆN THUẬN BẮC                  Độc lập - Tự do - Hạnh phúc",
    "Số: 12/BC-UBND          Thuận Bắc, ngày 10 tháng 02 năm 2024",
    "", "BÁO CÁO",
    "Tình hình phòng, chống hạn hán đầu mùa khô năm 2024",
    "",
    "Thực hiện Chỉ thị số 04/CT-UBND ngày 08/3/2024 của Chủ tịch UBND tỉnh",
    "Ninh Thuận về tăng cường công tác phòng, chống hạn hán, thiếu nước",
    "sinh hoạt; Chỉ thị số 09/CT-UBND ngày 02/4/2022 của Chủ tịch UBND tỉnh,",
    "UBND huyện Thuận Bắc báo cáo như sau:",
    "1. Các hồ chứa còn 35% dung tích thiết kế.",
    "2. Có 1.200 hộ thiếu nước sinh hoạt.",
    "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
]
plant("temporal", ["04/CT-UBND"], ["p06_thuanbac_bc12_2024_scan.pdf"], "scanned report of 10/02/2024 implements 04/CT-UBND of 08/3/2024")
plant("metadata-conflict", ["09/CT-UBND"], ["p06_thuanbac_bc12_2024_scan.pdf", "n01_ninhthuan_ct09_2022.txt"],
      "scanned report cites 09/CT-UBND as of 02/4/2022; its header says 20/4/2022")

add("p07_baclieu_tu_ct24_2025_nodiacritics.txt", """DANG BO TINH BAC LIEU
TINH UY BAC LIEU
*
So 24-CT/TU
DANG CONG SAN VIET NAM
Bac Lieu, ngay 14 thang 3 nam 2025

CHI THI
CUA BAN THUONG VU TINH UY
ve tang cuong lanh dao cong tac phong, chong thien tai, sat lo bo bien

Ban Thuong vu Tinh uy yeu cau cac cap uy, to chuc dang:
1. Chu dong ung pho sat lo bo bien Ganh Hao.
2. Huy dong nguon luc xa hoi hoa de gia co de bien.
Chi thi nay pho bien den chi bo va thay the Chi thi so 07-CT/TU ngay 10/8/2022 cua Ban Thuong vu Tinh uy.

T/M BAN THUONG VU
BI THU
(Da ky)
""")
add("p08_baclieu_tu_ct07_2022.txt", """ĐẢNG BỘ TỈNH BẠC LIÊU
TỈNH ỦY BẠC LIÊU
*
Số 07-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Bạc Liêu, ngày 10 tháng 8 năm 2022

CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tăng cường lãnh đạo công tác phòng, chống thiên tai

Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy:
1. Xây dựng phương án phòng, chống thiên tai theo phương châm bốn tại chỗ.
2. Kiện toàn Ban Chỉ huy phòng, chống thiên tai các cấp.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(Đã ký)
""")
add("p09_giarai_hu_kh66_2025.txt", """ĐẢNG BỘ TỈNH BẠC LIÊU
THỊ ỦY GIÁ RAI
*
Số 66-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Giá Rai, ngày 05 tháng 9 năm 2025

KẾ HOẠCH
phòng, chống thiên tai, sạt lở bờ biển năm 2025 - 2026

Thực hiện Chỉ thị số 07-CT/TU, ngày 10/8/2022 của Ban Thường vụ Tỉnh ủy Bạc Liêu về tăng cường lãnh đạo công tác
phòng, chống thiên tai, Ban Thường vụ Thị ủy xây dựng Kế hoạch như sau:
1. Gia cố 5 km đê biển.
2. Di dời các hộ dân ở vùng sạt lở.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(Đã ký)
""")
plant("superseded-citation", ["07-CT/TU", "24-CT/TU"], ["p09_giarai_hu_kh66_2025.txt"],
      "Thị ủy plan of 05/9/2025 implements 07-CT/TU, replaced by 24-CT/TU (14/3/2025), whose text has no diacritics")

add("p10_quangtri_sct_kh33_2025.txt", state("UBND TỈNH QUẢNG TRỊ", "SỞ CÔNG THƯƠNG", "33/KH-SCT", sdate("Quảng Trị", 16, 6, 2025),
    "KẾ HOẠCH", "Kiểm tra việc chấp hành quy định về quản lý cụm công nghiệp năm 2025", """
Căn cứ Văn bản hợp nhất số 05/VBHN-UBND ngày 05/10/2023 của UBND tỉnh Quảng Trị hợp nhất Quyết định ban hành Quy định
quản lý cụm công nghiệp trên địa bàn tỉnh; Sở Công Thương xây dựng Kế hoạch kiểm tra như sau:
1. Kiểm tra 10 cụm công nghiệp.
2. Báo cáo kết quả kiểm tra về UBND tỉnh trước ngày 15/12/2026.
""", sign="GIÁM ĐỐC\n(Đã ký)"))
trap("vbhn-cited", ["05/VBHN-UBND"], ["p10_quangtri_sct_kh33_2025.txt"], ["dangling", "superseded-citation", "temporal", "overdue-plan"],
     "the consolidated text (q04) is in the corpus; its base was replaced only in September 2025; the report is due 15/12/2026")

add("p11_laocai_ubnd_ct03_2026.txt", state(*LC, "03/CT-UBND", sdate("Lào Cai", 1, 2, 2026), "CHỈ THỊ",
    "Về việc tổ chức đón Tết Nguyên đán Bính Ngọ năm 2026", """
Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương:
1. Chăm lo Tết cho Nhân dân vùng cao.
2. Bảo đảm an toàn giao thông dịp Tết.
Chỉ thị này có hiệu lực kể từ ngày ký và thay thế Chỉ thị số 01/CT-UBND ngày 06/01/2025 của Chủ tịch Ủy ban nhân dân
tỉnh về việc tổ chức đón Tết Nguyên đán Ất Tỵ năm 2025.
"""))
add("p12_laocai_svhtt_kh09_2026.docx", [
    "UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ VĂN HÓA VÀ THỂ THAO\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 09/KH-SVHTT\tLào Cai, ngày 10 tháng 02 năm 2026",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động mừng Xuân Bính Ngọ năm 2026",
    "\tThực hiện Chỉ thị số 01/CT-UBND ngày 06/01/2025 của Chủ tịch UBND tỉnh Lào Cai về việc tổ chức đón Tết Nguyên đán;",
    "\tCăn cứ kết quả thực hiện Chỉ thị số 01/CT-UBND ngày 08/01/2024 của Chủ tịch UBND tỉnh Lào Cai;",
    "\tSở Văn hóa và Thể thao xây dựng Kế hoạch như sau:",
    "1. Chương trình nghệ thuật đêm Giao thừa.",
    "2. Hội báo Xuân.",
    "\tGIÁM ĐỐC",
])
plant("superseded-citation", ["01/CT-UBND", "03/CT-UBND"], ["p12_laocai_svhtt_kh09_2026.docx"],
      "plan of 10/02/2026 implements the 2025 01/CT-UBND (06/01/2025), replaced by 03/CT-UBND on 01/02/2026")
trap("same-number-other-year-not-replaced", ["01/CT-UBND"], ["p12_laocai_svhtt_kh09_2026.docx"], ["ambiguous-id", "metadata-conflict"],
     "the 2024 01/CT-UBND (08/01/2024) is cited by date too: neither ambiguous nor in conflict")

add("p14_hagiang_tu_ct21_2026.txt", hg_tu("21-CT/TU", 20, 8, 2026, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề lãnh đạo tổ chức Đại hội đảng bộ cơ sở", """
Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Chuẩn bị nhân sự cấp ủy cơ sở chặt chẽ.
TỔ CHỨC THỰC HIỆN
Ban Tổ chức Tỉnh ủy ban hành hướng dẫn thực hiện Chỉ thị này, hoàn thành trước ngày 15/12/2026.
"""))
KEY["external"].append("45-CT/TW")
trap("not-yet-due", ["21-CT/TU"], ["p14_hagiang_tu_ct21_2026.txt"], ["overdue-plan"], "guidance due before 15/12/2026")

add("p15_hongdan_hu_kh40_2025_nodiacritics.txt", """DANG BO TINH BAC LIEU
HUYEN UY HONG DAN
*
So 40-KH/HU
DANG CONG SAN VIET NAM
Hong Dan, ngay 08 thang 01 nam 2025

KE HOACH
thuc hien nhiem vu trong tam nam 2025 - 2026

TT\tNoi dung\tDon vi chu tri\tThoi gian
1\tTong ket 05 nam thuc hien Nghi quyet so 12-NQ/TU ngay 5/3/2021 cua Ban Chap hanh Dang bo tinh\tBan Tuyen giao Huyen uy\tQuy II/2026
2\tSo ket cong tac dan van\tBan Dan van Huyen uy\tQuy IV/2026
3\tKiem tra, giam sat\tUy ban Kiem tra Huyen uy\tThuong xuyen

T/M BAN THUONG VU
BI THU
(Da ky)
""")
plant("overdue-plan", ["12-NQ/TU"], ["p15_hongdan_hu_kh40_2025_nodiacritics.txt"],
      "table without diacritics: planned review of 12-NQ/TU due Quy II/2026 (30/6/2026), no report in the corpus")
trap("not-yet-due", ["40-KH/HU"], ["p15_hongdan_hu_kh40_2025_nodiacritics.txt"], ["overdue-plan"], "Quy IV/2026 and Thuong xuyen rows")


# ================================================================ batch 3 (r..): consolidated texts as Word files, passive footnotes,
# deadlines written in prose, a replacement naming an old term's number, ids typed with a dot
add("r01_laocai_qd14_2021.txt", state(*LC, "14/2021/QĐ-UBND", sdate("Lào Cai", 20, 4, 2021), "QUYẾT ĐỊNH",
    "Ban hành Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Lào Cai", """
ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2021.
"""))
KEY["external"].append("47/2014/NĐ-CP")
add("r02_laocai_qd30_2022.txt", state(*LC, "30/2022/QĐ-UBND", sdate("Lào Cai", 15, 9, 2022), "QUYẾT ĐỊNH",
    "Sửa đổi, bổ sung, bãi bỏ một số điều của Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND ngày 20/4/2021\\ncủa UBND tỉnh Lào Cai", """
ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều của Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND ngày
20/4/2021 của Ủy ban nhân dân tỉnh Lào Cai:
1. Sửa đổi khoản 2 Điều 5.
2. Bãi bỏ Điều 9.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2022.
"""))
add("r03_laocai_qd08_2024.txt", state(*LC, "08/2024/QĐ-UBND", sdate("Lào Cai", 12, 3, 2024), "QUYẾT ĐỊNH",
    "Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND ngày 20/4/2021 của UBND\\ntỉnh Lào Cai đã được sửa đổi, bổ sung tại Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022", """
ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND ngày 20/4/2021
của Ủy ban nhân dân tỉnh đã được sửa đổi, bổ sung tại Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022:
1. Thay thế khoản 3 Điều 6.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 3 năm 2024.
"""))
add("r04_laocai_vbhn02_2024.docx", [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH LÀO CAI\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 02/VBHN-UBND\tLào Cai, ngày 20 tháng 6 năm 2024",
    "QUYẾT ĐỊNH",
    "Ban hành Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Lào Cai",
    "\tQuyết định số 14/2021/QĐ-UBND ngày 20 tháng 4 năm 2021 của Ủy ban nhân dân tỉnh Lào Cai, có hiệu lực kể từ ngày 01 tháng 5 năm 2021, được sửa đổi, bổ sung bởi:",
    "\t1. Quyết định số 30/2022/QĐ-UBND ngày 15 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh Lào Cai, có hiệu lực kể từ ngày 01 tháng 10 năm 2022;",
    "\t2. Quyết định số 08/2024/QĐ-UBND ngày 12 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Lào Cai, có hiệu lực kể từ ngày 25 tháng 3 năm 2024.",
    "\tCăn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
    "\tCăn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;{fn:1}",
    "QUYẾT ĐỊNH:",
    "\tĐiều 1. Ban hành kèm theo Quyết định này Quy định về bồi thường, hỗ trợ, tái định cư.",
    "QUY ĐỊNH",
    "\tĐiều 5. Giá đất cụ thể",
    "\t2. Giá đất cụ thể do Ủy ban nhân dân tỉnh quyết định.{fn:2}",
    "\tĐiều 6. Hỗ trợ tái định cư",
    "\t3. Hộ gia đình tự lo chỗ ở được hỗ trợ một khoản tiền.{fn:3}",
    "\tĐiều 9. (được bãi bỏ){fn:4}",
    "\tXÁC THỰC VĂN BẢN HỢP NHẤT",
    "\tKT. CHỦ TỊCH",
    "\tPHÓ CHỦ TỊCH",
    ("footnotes", {
        1: "Quyết định số 30/2022/QĐ-UBND và Quyết định số 08/2024/QĐ-UBND có căn cứ ban hành như sau: “Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;”.",
        2: "Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 Quyết định số 30/2022/QĐ-UBND, có hiệu lực kể từ ngày 01 tháng 10 năm 2022.",
        3: "Khoản này được thay thế theo quy định tại khoản 1 Điều 1 Quyết định số 08/2024/QĐ-UBND, có hiệu lực kể từ ngày 25 tháng 3 năm 2024.",
        4: "Điều này được bãi bỏ theo quy định tại khoản 2 Điều 1 Quyết định số 30/2022/QĐ-UBND, có hiệu lực kể từ ngày 01 tháng 10 năm 2022.",
    }),
])
trap("vbhn-passive-footnotes", ["30/2022/QĐ-UBND", "08/2024/QĐ-UBND"], ["r04_laocai_vbhn02_2024.docx"],
     ["temporal", "cycle", "inverse-inconsistency", "superseded-citation"],
     "Word footnotes 'được sửa đổi / thay thế / bãi bỏ theo quy định tại ... Quyết định số X': X amends the base; the consolidated text amends, replaces and repeals nothing")
trap("amendment-chain", ["14/2021/QĐ-UBND", "30/2022/QĐ-UBND"], ["r03_laocai_qd08_2024.txt"], ["cycle", "inverse-inconsistency"],
     "second amendment of 14/2021 names 30/2022 as already amending it")

add("r05_sapa_ubnd_qd412_2025.txt", state("ỦY BAN NHÂN DÂN", "THỊ XÃ SA PA", "412/QĐ-UBND", sdate("Sa Pa", 14, 8, 2025),
    "QUYẾT ĐỊNH", "Phê duyệt phương án bồi thường, hỗ trợ, tái định cư dự án đường Sa Pa - Bản Khoang", """
CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ SA PA
Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 20/4/2021 của UBND tỉnh Lào Cai ban hành Quy định về bồi thường, hỗ trợ,
tái định cư; Quyết định số 30/2022/QĐ-UBND ngày 15/9/2022 và Quyết định số 08/2024/QĐ-UBND ngày 12/3/2024 của UBND
tỉnh Lào Cai sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 14/2021/QĐ-UBND;
Căn cứ Văn bản hợp nhất số 02/VBHN-UBND ngày 20/6/2024 của UBND tỉnh Lào Cai;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt phương án bồi thường, hỗ trợ, tái định cư với tổng kinh phí 12,5 tỷ đồng.
""", sign="CHỦ TỊCH\n(Đã ký)"))
trap("amending-decisions-in-force", ["30/2022/QĐ-UBND", "08/2024/QĐ-UBND", "14/2021/QĐ-UBND", "02/VBHN-UBND"],
     ["r05_sapa_ubnd_qd412_2025.txt"], ["superseded-citation", "dangling", "temporal"],
     "a 2025 decision rests on the base decision, its two amendments and the consolidated text, all in force")

add("r06_laocai_tu_ct31_2025.txt", lc_tu("31-CT/TU", 16, 6, 2025, "CHỈ THỊ",
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", """
Qua gần 10 năm thực hiện, công tác dân vận có nhiều chuyển biến. Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các cấp ủy thực hiện tốt phương châm dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.
2. Chỉ thị này thay thế Chỉ thị số 01-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với
công tác dân vận.
"""))
plant("ambiguous-id", ["01-CT/TU"], ["r06_laocai_tu_ct31_2025.txt"],
      "replacement names 01-CT/TU without date or term (the subject says it is the 2016 one); 2016 and 2020 both exist")

add("r07_laocai_btg_bc85_2025.txt", """ĐẢNG BỘ TỈNH LÀO CAI
BAN TUYÊN GIÁO TỈNH ỦY
*
Số 85-BC/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Lào Cai, ngày 10 tháng 9 năm 2025

BÁO CÁO
công tác tuyên giáo 9 tháng đầu năm 2025

I. KẾT QUẢ
Thực hiện Chỉ thị số 01-CT/TU, ngày 28/12/2020 của Ban Thường vụ Tỉnh ủy về tổ chức học tập, quán triệt Nghị quyết
Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, Ban Tuyên giáo đã biên soạn tài liệu hỏi - đáp.
Năm 2023, theo Chỉ thị số 05/CT-UBND ngày 15/3/2023 của Chủ tịch UBND tỉnh, các huyện đã tuyên truyền về phòng cháy,
chữa cháy rừng tới 100% thôn, bản.
Tiếp tục thực hiện Chỉ thị số 11-CT/TU, ngày 05/4/2021 của Ban Thường vụ Tỉnh ủy về phòng, chống tham nhũng, tiêu cực,
Ban Tuyên giáo định hướng dư luận xã hội.
Việc tuyên truyền Chỉ thị số 01/CT-UBND của Chủ tịch UBND tỉnh về tổ chức đón Tết được thực hiện tốt.
II. NHIỆM VỤ THỜI GIAN TỚI
Tập trung vào 03 nhóm nhiệm vụ sau:
1. Tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XVII.
2. Định hướng dư luận xã hội.
3. Tổng kết công tác tuyên giáo năm 2025.

T/L BAN THƯỜNG VỤ
TRƯỞNG BAN TUYÊN GIÁO
(Đã ký)
""")
plant("superseded-citation", ["11-CT/TU", "20-CT/TU"], ["r07_laocai_btg_bc85_2025.txt"],
      "'Tiếp tục thực hiện Chỉ thị số 11-CT/TU' in September 2025, replaced by 20-CT/TU (10/5/2024)")
plant("ambiguous-id", ["01/CT-UBND"], ["r07_laocai_btg_bc85_2025.txt"],
      "'Chỉ thị số 01/CT-UBND của Chủ tịch UBND tỉnh' with no date: 2024 and 2025 both exist")
trap("historical-mention", ["05/CT-UBND"], ["r07_laocai_btg_bc85_2025.txt"], ["superseded-citation"],
     "'Năm 2023, theo Chỉ thị số 05/CT-UBND ...' recounts what was done under it in 2023")
trap("old-term-replacement (debatable)", ["01-CT/TU"], ["r07_laocai_btg_bc85_2025.txt"], ["superseded-citation"],
     "31-CT/TU replaces the 2016 01-CT/TU (by subject); the dated citation of the 2020 01-CT/TU is of a text in force (debatable: the replacement names no date)")
trap("count-matches", ["85-BC/BTGTU"], ["r07_laocai_btg_bc85_2025.txt"], ["count-mismatch"], "'03 nhóm nhiệm vụ' followed by 3 items")

add("r08_quangtri_ubnd_kh12_2026.txt", state(*QT, "12/KH-UBND", sdate("Quảng Trị", 20, 1, 2026), "KẾ HOẠCH",
    "Triển khai thi hành pháp luật năm 2026", """
I. NHIỆM VỤ
1. Sở Công Thương tham mưu sửa đổi, bổ sung Quyết định số 18/2025/QĐ-UBND ngày 22/9/2025 của UBND tỉnh cho phù hợp
với quy định mới; thời gian hoàn thành: 6 tháng đầu năm 2026.
2. Sở Nội vụ trình UBND tỉnh ban hành Quyết định thay thế Quyết định số 45/2016/QĐ-UBND ngày 10/11/2016 của UBND tỉnh
về phân cấp quản lý cán bộ; hoàn thành trước ngày 30/9/2026.
3. Sở Tư pháp tổng kết thi hành Luật Xử lý vi phạm hành chính; hoàn thành trong năm 2026.
4. Sở Tài chính tham mưu sửa đổi Quyết định số 22/2023/QĐ-UBND ngày 05/7/2023 của UBND tỉnh; trước ngày 30/11/2026.
5. Sở Xây dựng tham mưu thay thế Quyết định số 36/2020/QĐ-UBND ngày 18/12/2020 của UBND tỉnh trong Quý IV năm 2026.
II. TỔ CHỨC THỰC HIỆN
Các sở, ngành báo cáo kết quả về Sở Tư pháp để tổng hợp.
"""))
KEY["external"] += ["45/2016/QĐ-UBND", "22/2023/QĐ-UBND", "36/2020/QĐ-UBND"]
plant("overdue-plan", ["18/2025/QĐ-UBND"], ["r08_quangtri_ubnd_kh12_2026.txt"],
      "prose task: amendment of 18/2025/QĐ-UBND due '6 tháng đầu năm 2026' (30/6/2026), none in corpus")
plant("overdue-plan", ["45/2016/QĐ-UBND"], ["r08_quangtri_ubnd_kh12_2026.txt"],
      "prose task: replacement of 45/2016/QĐ-UBND due 'trước ngày 30/9/2026', none in corpus")
trap("not-yet-due-prose", ["22/2023/QĐ-UBND", "36/2020/QĐ-UBND"], ["r08_quangtri_ubnd_kh12_2026.txt"], ["overdue-plan"],
     "'trước ngày 30/11/2026' and 'trong Quý IV năm 2026' are not yet due on 26/11/2026")

add("r09_tanlong_ubnd_kh07_2024.docx", [
    "UBND HUYỆN PHỤNG HIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "XÃ TÂN LONG",
    "Số: 07/KH.UBND\tTân Long, ngày 01 tháng 7 năm 2024",
    "KẾ HOẠCH",
    "Xây dựng xã nông thôn mới kiểu mẫu năm 2024 - 2025",
    "\tThực hiện Kế hoạch số 40/KH-UBND ngày 15/5/2024 của UBND huyện Phụng Hiệp, UBND xã Tân Long xây dựng kế hoạch như sau:",
    "1. Nâng cấp 3 km đường liên ấp.",
    "2. Xây dựng mô hình ấp văn hóa kiểu mẫu.",
    "\tTM. ỦY BAN NHÂN DÂN",
    "\tCHỦ TỊCH",
])
add("r10_tanlong_ubnd_tb03_2024.docx", [
    "UBND HUYỆN PHỤNG HIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
    "XÃ TÂN LONG",
    "Số: 03 /TB- UBND\tTân Long, ngày 20 tháng 6 năm 2024",
    "THÔNG BÁO",
    "Phân công nhiệm vụ thành viên Ban Chỉ đạo xây dựng nông thôn mới",
    "\tThực hiện Kế hoạch số 07/KH-UBND ngày 01/7/2024 của UBND xã Tân Long về xây dựng xã nông thôn mới kiểu mẫu, UBND xã thông báo phân công như sau:",
    "1. Đồng chí Chủ tịch UBND xã - Trưởng ban.",
    "2. Đồng chí Phó Chủ tịch UBND xã - Phó Trưởng ban.",
    "\tTM. ỦY BAN NHÂN DÂN",
    "\tCHỦ TỊCH",
])
plant("temporal", ["07/KH-UBND"], ["r10_tanlong_ubnd_tb03_2024.docx"],
      "notice of 20/6/2024 implements the commune's plan 07/KH-UBND (own header '07/KH.UBND') of 01/7/2024")
trap("dotted-own-id", ["07/KH-UBND"], ["r10_tanlong_ubnd_tb03_2024.docx"], ["dangling"], "the plan's own header writes 07/KH.UBND")

SCANS["r11_ninhthuan_ubnd_kh150_2025_scan.pdf"] = [
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH NINH THUẬN                  Độc lập - Tự do - Hạnh phúc",
    "Số: 150/KH-UBND          Ninh Thuận, ngày 22 tháng 12 năm 2025",
    "", "KẾ HOẠCH",
    "Công tác phòng, chống thiên tai năm 2026",
    "",
    ("tbl", [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
             ["1", "Sơ kết 02 năm thực hiện Chỉ thị số 04/CT-UBND ngày 08/3/2024", "Sở Nông nghiệp và PTNT", "Tháng 5/2026"],
             ["2", "Diễn tập phòng, chống thiên tai cấp tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Quý IV/2026"]]),
    "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
]
plant("overdue-plan", ["04/CT-UBND"], ["r11_ninhthuan_ubnd_kh150_2025_scan.pdf"],
      "scanned table: planned review (sơ kết) of 04/CT-UBND due Tháng 5/2026, no report in the corpus")
trap("not-yet-due", ["150/KH-UBND"], ["r11_ninhthuan_ubnd_kh150_2025_scan.pdf"], ["overdue-plan"], "Quý IV/2026 row")


# ================================================================ writers
def split_runs(text, rng):
    """Split text into runs at arbitrary points, sometimes mid-word, as Word does after edits."""
    out, i = [], 0
    while i < len(text):
        n = rng.randint(3, 14)
        out.append(text[i:i + n])
        i += n
    return out


def run_xml(t, rng):
    parts = t.split("\t")
    xs = []
    for k, p in enumerate(parts):
        if k:
            xs.append("<w:r><w:tab/></w:r>")
        for piece in split_runs(p, rng):
            rpr = "<w:rPr><w:b/></w:rPr>" if rng.random() < 0.15 else ("<w:rPr><w:lang w:val=\"vi-VN\"/></w:rPr>" if rng.random() < 0.3 else "")
            sp = ' xml:space="preserve"' if piece != piece.strip() or "  " in piece else ""
            xs.append(f"<w:r>{rpr}<w:t{sp}>{escape(piece)}</w:t></w:r>")
    return "".join(xs)


def para_xml(t, rng):
    parts = re.split(r"\{fn:(\d+)\}", t)
    x = ""
    for k, p in enumerate(parts):
        if k % 2:
            x += (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:footnoteReference w:id="{p}"/></w:r>')
        elif p:
            x += run_xml(p, rng)
    return f'<w:p><w:pPr><w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs></w:pPr>{x}</w:p>'


def table_xml(rows, rng):
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>{b}</w:tblBorders></w:tblPr>"
    for r in rows:
        x += "<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{para_xml(c, rng)}</w:tc>" for c in r) + "</w:tr>"
    return x + "</w:tbl>"


def write_docx(path, paras, rng):
    fns = {}
    for p in paras:
        if isinstance(p, tuple) and p[0] == "footnotes":
            fns = p[1]
    paras = [p for p in paras if not (isinstance(p, tuple) and p[0] == "footnotes")]
    body = "".join(table_xml(p[1], rng) if isinstance(p, tuple) else para_xml(p, rng) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if fns:
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        fx = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, t in sorted(fns.items()):
            fx += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                   f'{run_xml(" " + t, rng)}</w:p></w:footnote>')
        fx += "</w:footnotes>"
        parts[0] = ("[Content_Types].xml", ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'))
        parts.append(("word/footnotes.xml", fx))
        parts.append(("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                      '</Relationships>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def gv():
    try:
        g = ctypes.CDLL(ctypes.util.find_library("gvc") or "libgvc.so.6")
        c = ctypes.CDLL(ctypes.util.find_library("cgraph") or "libcgraph.so.6")
    except OSError:
        return None
    g.gvContext.restype = ctypes.c_void_p
    c.agmemread.restype = ctypes.c_void_p
    c.agmemread.argtypes = [ctypes.c_char_p]
    g.gvLayout.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
    g.gvRenderFilename.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    return g, c, g.gvContext()


def render_png(lines, png, gvh):
    g, c, ctx = gvh
    rows = []
    for ln in lines:
        if isinstance(ln, tuple):
            t = '<TABLE BORDER="1" CELLBORDER="1" CELLSPACING="0" CELLPADDING="6">'
            for r in ln[1]:
                t += "<TR>" + "".join(f'<TD ALIGN="LEFT">{escape(x)}</TD>' for x in r) + "</TR>"
            rows.append(f'<TR><TD ALIGN="LEFT">{t}</TABLE></TD></TR>')
        else:
            center = ln.isupper() and len(ln) < 40 and ln.strip() != ""
            rows.append(f'<TR><TD ALIGN="{"CENTER" if center else "LEFT"}">{escape(ln) if ln else " "}</TD></TR>')
    lab = '<TABLE BORDER="0" CELLSPACING="2">' + "".join(rows) + "</TABLE>"
    dot = ('digraph{graph[dpi=200,bgcolor=white,pad=0.6,margin=0];'
           'node[shape=plaintext,fontname="DejaVu Sans",fontsize=11,margin=0];a[label=<' + lab + '>]}')
    gr = c.agmemread(dot.encode("utf-8"))
    g.gvLayout(ctx, gr, b"dot")
    g.gvRenderFilename(ctx, gr, b"png:cairo:gd", png.encode())


def png_to_pdf(png, pdf):
    data = open(png, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w, plte = 8, b"", 0, b""
    while pos < len(data):
        ln, typ = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + ln]
        if typ == b"IHDR":
            w, h, bd, ct, _, _, il = struct.unpack(">IIBBBBB", chunk)
            assert bd == 8 and ct == 3 and il == 0, (bd, ct, il)
        elif typ == b"PLTE":
            plte = chunk
        elif typ == b"IDAT":
            idat += chunk
        pos += 12 + ln
    W, H = w * 72 / 200, h * 72 / 200
    content = f"q {W:.2f} 0 0 {H:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W:.2f} {H:.2f}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace [/Indexed /DeviceRGB {len(plte) // 3 - 1} <{plte.hex()}>] /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns {w} >> /Length {len(idat)} >>\nstream\n".encode() + idat + b"\nendstream",
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(pdf, "wb").write(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--key")
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--first-batch", action="store_true", help="only the first 60 documents (l q g h b c n) and their key")
    a = ap.parse_args()
    if a.first_batch:
        del DOCS[FIRST[0]:]
        for k in list(SCANS):
            if k not in FIRST[1]:
                del SCANS[k]
        del KEY["planted"][FIRST[2]:]
        del KEY["traps"][FIRST[3]:]
        del KEY["external"][FIRST[4]:]
        KEY["collateral"] = KEY["collateral"][:FIRST[5]] + [c for c in KEY["collateral"][FIRST[5]:] if c["files"][0][0] in "lqghbcn"]
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    for fname, kind, payload in DOCS:
        p = os.path.join(a.out, fname)
        if kind == "txt" and fname.endswith(".docx"):
            kind = "docx"
        if isinstance(payload, list):
            write_docx(p, payload, rng)
            KEY["files"][fname] = "docx (runs split mid-word, tabs, typed numbering)"
        else:
            open(p, "w", encoding="utf-8").write(payload)
            KEY["files"][fname] = "txt" + (" without diacritics" if "nodiacritics" in fname else "")
    gvh = None if a.no_pdf else gv()
    if gvh:
        for fname, lines in SCANS.items():
            png = os.path.join(a.out, fname[:-4] + ".png.tmp")
            render_png(lines, png, gvh)
            png_to_pdf(png, os.path.join(a.out, fname))
            os.remove(png)
            KEY["files"][fname] = "image-only PDF (Graphviz-drawn page, 200 dpi), read with --ocr"
    else:
        KEY["planted"] = [p for p in KEY["planted"] if not any(f.endswith("_scan.pdf") for f in p["files"])]
        KEY["traps"] = [t for t in KEY["traps"] if not any(f.endswith("_scan.pdf") for f in t["files"])]
        KEY["external"].remove("30/2021/QĐ-UBND")
    KEY["corpus_ids"] = sorted({re.search(r"Số:?\s*([^\n]+)", d[2] if isinstance(d[2], str) else "").group(1).strip()
                                for d in DOCS if isinstance(d[2], str) and re.search(r"Số:?\s", d[2])})
    kp = a.key or os.path.join(os.path.dirname(os.path.abspath(a.out)), "key.json")
    json.dump(KEY, open(kp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(DOCS) + (len(SCANS) if gvh else 0)} files in {a.out}; {len(KEY['planted'])} planted, "
          f"{len(KEY['external'])} external, {len(KEY['traps'])} traps; key {kp}")


if __name__ == "__main__":
    main()
