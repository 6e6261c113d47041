#!/usr/bin/env python3
"""Red team 22, second wave: the Phú Thọ corpus of gen.py plus 19 more documents (amendments, partial repeal,
effect clauses 'sau 10 ngày kể từ ngày ký' and in the future, Quy định cited as Quyết định, wrong term, compact
lists, planned guidance met under another title, planned replacement, planned-only cycle).
Key fixed before the first run; the wave is scored separately from gen.py's first run.
Usage: gen_ext.py --out corpus_ext --key key_ext.json
"""
import argparse, copy, json
import gen

X = {}
UT = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
"""
HD = """HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ THỌ                          Độc lập - Tự do - Hạnh phúc
"""
SK = """UBND TỈNH PHÚ THỌ               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ              Độc lập - Tự do - Hạnh phúc
"""
SIGN = "\n                                           TM. ỦY BAN NHÂN DÂN\n                                           CHỦ TỊCH\n                                           (đã ký)\n"

X["n04_hdnd_nq20_2023.txt"] = HD + """Số: 20/2023/NQ-HĐND              Phú Thọ, ngày 08 tháng 12 năm 2023

NGHỊ QUYẾT
Quy định nội dung, mức chi bảo đảm cho công tác chuyển đổi số
trên địa bàn tỉnh Phú Thọ

HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ
KHÓA XIX, KỲ HỌP THỨ BẢY

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Xét Tờ trình số 4410/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh.

QUYẾT NGHỊ:
Điều 1. Quy định nội dung, mức chi bảo đảm cho công tác chuyển đổi số của các cơ quan, đơn vị thuộc tỉnh.
Điều 2. Nghị quyết này được Hội đồng nhân dân tỉnh Phú Thọ khóa XIX, Kỳ họp thứ bảy thông qua ngày 08 tháng 12 năm 2023 và có hiệu lực từ ngày 01 tháng 01 năm 2024.

                                           CHỦ TỊCH
                                           (đã ký)
"""

X["n05_hdnd_nq05_2025.txt"] = HD + """Số: 05/2025/NQ-HĐND              Phú Thọ, ngày 15 tháng 4 năm 2025

NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Nghị quyết số 20/2023/NQ-HĐND ngày 08 tháng 12 năm 2023
của Hội đồng nhân dân tỉnh quy định nội dung, mức chi bảo đảm cho công tác chuyển đổi số

HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ
KHÓA XIX, KỲ HỌP CHUYÊN ĐỀ

Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15;
Xét Tờ trình số 1320/TTr-UBND ngày 01 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh.

QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung khoản 2 Điều 1 Nghị quyết số 20/2023/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh như sau: ...
Điều 2. Nghị quyết này được Hội đồng nhân dân tỉnh Phú Thọ thông qua ngày 15 tháng 4 năm 2025 và có hiệu lực từ ngày 01 tháng 5 năm 2025.

                                           CHỦ TỊCH
                                           (đã ký)
"""

# amends a resolution that 08/2024/NQ-HĐND had replaced (in force 01/8/2024)
X["n06_hdnd_nq06_2025.txt"] = HD + """Số: 06/2025/NQ-HĐND              Phú Thọ, ngày 15 tháng 4 năm 2025

NGHỊ QUYẾT
Sửa đổi, bổ sung khoản 2 Điều 1 Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021
của Hội đồng nhân dân tỉnh

HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ
KHÓA XIX, KỲ HỌP CHUYÊN ĐỀ

Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15;
Xét Tờ trình số 1321/TTr-UBND ngày 01 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh.

QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung khoản 2 Điều 1 Nghị quyết số 12/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh như sau: "2. Đối tượng áp dụng: cán bộ, công chức cấp xã kiêm nhiệm công tác chuyển đổi số."
Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 5 năm 2025.

                                           CHỦ TỊCH
                                           (đã ký)
"""

X["u08_ubndt_kh3300_2025.txt"] = UT + """Số: 3300/KH-UBND                Phú Thọ, ngày 10 tháng 6 năm 2025

KẾ HOẠCH
Bảo đảm kinh phí cho công tác chuyển đổi số năm 2025-2026

Căn cứ Nghị quyết số 20/2023/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh quy định nội dung, mức chi bảo đảm cho công tác chuyển đổi số trên địa bàn tỉnh; Nghị quyết số 05/2025/NQ-HĐND ngày 15/4/2025 của Hội đồng nhân dân tỉnh sửa đổi, bổ sung một số điều của Nghị quyết số 20/2023/NQ-HĐND,
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

1. Sở Tài chính tham mưu bố trí kinh phí theo mức chi đã sửa đổi.
""" + SIGN

X["u09_ubndt_qd30_2023.txt"] = UT + """Số: 30/2023/QĐ-UBND             Phú Thọ, ngày 20 tháng 10 năm 2023

QUYẾT ĐỊNH
Ban hành Quy định về bảo đảm an toàn thông tin mạng trong hoạt động
của các cơ quan nhà nước tỉnh Phú Thọ

ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ

Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;
Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ;
Căn cứ Thông tư số 12/2022/TT-BTTTT ngày 12 tháng 8 năm 2022 của Bộ trưởng Bộ Thông tin và Truyền thông;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về bảo đảm an toàn thông tin mạng trong hoạt động của các cơ quan nhà nước tỉnh Phú Thọ.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2023.
""" + SIGN

# repeals one clause only
X["u10_ubndt_qd08_2025.docx"] = ("docx", [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH PHÚ THỌ\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 08/2025/QĐ-UBND\tPhú Thọ, ngày 10 tháng 02 năm 2025",
    "QUYẾT ĐỊNH",
    "Bãi bỏ khoản 3 Điều 5 của Quy định ban hành kèm theo Quyết định số 30/2023/QĐ-UBND ngày 20 tháng 10 năm 2023 của Ủy ban nhân dân tỉnh Phú Thọ",
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Bãi bỏ khoản 3 Điều 5 của Quy định về bảo đảm an toàn thông tin mạng trong hoạt động của các cơ quan nhà nước tỉnh Phú Thọ ban hành kèm theo Quyết định số 30/2023/QĐ-UBND ngày 20 tháng 10 năm 2023 của Ủy ban nhân dân tỉnh.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 02 năm 2025.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "(đã ký)",
])

# pdftotext-like, the cited id broken at its hyphen
X["s05_skhcn_kh88_2025.txt"] = "\n".join([
    gen.pad("    UBND TỈNH PHÚ THỌ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    gen.pad("  SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
    gen.pad("   Số: 88/KH-SKHCN", "Phú Thọ, ngày 10 tháng 10 năm 2025"),
    "",
    "                               KẾ HOẠCH",
    "     Kiểm tra công tác bảo đảm an toàn thông tin mạng tại các xã, phường năm 2025",
    "",
    "     Căn cứ Quyết định số 30/2023/QĐ-",
    "UBND ngày 20/10/2023 của Ủy ban nhân dân tỉnh ban hành Quy định về bảo đảm an toàn",
    "thông tin mạng trong hoạt động của các cơ quan nhà nước tỉnh Phú Thọ, Sở Khoa học và",
    "Công nghệ ban hành Kế hoạch kiểm tra như sau:",
    "     1. Kiểm tra 30 xã, phường trong Quý IV/2025.",
    "",
    gen.pad("", "GIÁM ĐỐC"),
    gen.pad("", "(đã ký)"),
    "",
])

X["u11_ubndt_qd18_2023.txt"] = UT + """Số: 18/2023/QĐ-UBND             Phú Thọ, ngày 05 tháng 7 năm 2023

QUYẾT ĐỊNH
Ban hành Quy chế quản lý, sử dụng chữ ký số chuyên dùng trên địa bàn tỉnh Phú Thọ

ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ

Căn cứ Nghị định số 130/2018/NĐ-CP ngày 27 tháng 9 năm 2018 của Chính phủ quy định chi tiết thi hành Luật Giao dịch điện tử về chữ ký số và dịch vụ chứng thực chữ ký số;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số chuyên dùng trên địa bàn tỉnh Phú Thọ.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 7 năm 2023.
""" + SIGN

X["u12_ubndt_qd12_2026.txt"] = UT + """Số: 12/2026/QĐ-UBND             Phú Thọ, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý, sử dụng chữ ký số, chứng thư số trên địa bàn tỉnh Phú Thọ

ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ

Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22 tháng 6 năm 2023;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số, chứng thư số trên địa bàn tỉnh Phú Thọ.
Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký và thay thế Quyết định số 18/2023/QĐ-UBND ngày 05 tháng 7 năm 2023 của Ủy ban nhân dân tỉnh.
""" + SIGN

X["s06_skhcn_kh25_2026.txt"] = SK + """Số: 25/KH-SKHCN                 Phú Thọ, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Cấp chứng thư số cho cán bộ, công chức các xã, phường năm 2026

Căn cứ Quyết định số 18/2023/QĐ-UBND ngày 05/7/2023 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý, sử dụng chữ ký số chuyên dùng trên địa bàn tỉnh Phú Thọ,
Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:
1. Cấp mới 1.200 chứng thư số trong Quý II/2026.

                                           GIÁM ĐỐC
                                           (đã ký)
"""

X["s07_skhcn_kh41_2026.txt"] = SK + """Số: 41/KH-SKHCN                 Phú Thọ, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra việc sử dụng chữ ký số tại các cơ quan, đơn vị năm 2026

Căn cứ Quyết định số 18/2023/QĐ-UBND ngày 05/7/2023 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý, sử dụng chữ ký số chuyên dùng trên địa bàn tỉnh Phú Thọ,
Sở Khoa học và Công nghệ ban hành Kế hoạch kiểm tra như sau:
1. Kiểm tra 20 cơ quan, đơn vị cấp tỉnh trong Quý III/2026.

                                           KT. GIÁM ĐỐC
                                           PHÓ GIÁM ĐỐC
                                           (đã ký)
"""

X["u13_ubndt_qd40_2026.txt"] = UT + """Số: 40/2026/QĐ-UBND             Phú Thọ, ngày 20 tháng 11 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý, sử dụng chữ ký số, chứng thư số và dịch vụ tin cậy
trên địa bàn tỉnh Phú Thọ

ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ

Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày 22 tháng 6 năm 2023;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số, chứng thư số và dịch vụ tin cậy.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2027 và thay thế Quyết định số 12/2026/QĐ-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh.
""" + SIGN

X["s08_skhcn_cv1450_2026.txt"] = SK + """Số: 1450/SKHCN-CĐS               Phú Thọ, ngày 25 tháng 11 năm 2026
V/v gia hạn chứng thư số năm 2027

Kính gửi: Ủy ban nhân dân các xã, phường.

Căn cứ Quyết định số 12/2026/QĐ-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý, sử dụng chữ ký số, chứng thư số trên địa bàn tỉnh Phú Thọ, Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các xã, phường rà soát danh sách chứng thư số hết hạn, gửi về Sở trước ngày 10/12/2026.

                                           GIÁM ĐỐC
                                           (đã ký)
"""

X["t09_tu_qd08_2022.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
     *
Số 08-QĐ/TU                      Việt Trì, ngày 12 tháng 9 năm 2022

QUY ĐỊNH
về trách nhiệm của người đứng đầu cấp ủy, cơ quan, đơn vị
trong thực hiện chuyển đổi số
-----

Căn cứ Điều lệ Đảng; căn cứ Chỉ thị số 05-CT/TU, ngày 10/8/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy quy định như sau:

Điều 1. Người đứng đầu cấp ủy chịu trách nhiệm trực tiếp về kết quả chuyển đổi số của địa phương, đơn vị.
Điều 2. Quy định này có hiệu lực từ ngày ký.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
"""

X["h12_hu_kh40_2023.txt"] = """ĐẢNG BỘ TỈNH PHÚ THỌ                 ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THANH SƠN
     *
Số 40-KH/HU                      Thanh Sơn, ngày 10 tháng 3 năm 2023

KẾ HOẠCH
nâng cao trách nhiệm người đứng đầu trong chuyển đổi số năm 2023
-----

Thực hiện Quyết định số 08-QĐ/TU, ngày 12/9/2022 của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu cấp ủy, cơ quan, đơn vị trong thực hiện chuyển đổi số; Nghị quyết số 02-NQ/TU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVIII về chuyển đổi số; các Kế hoạch số 15, 30-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:

1. Bí thư các chi bộ, đảng bộ cơ sở ký cam kết thực hiện chuyển đổi số.
2. Văn phòng Huyện ủy theo dõi, tổng hợp.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
"""

X["u14_ubndt_kh1200_2024.txt"] = UT + """Số: 1200/KH-UBND                Phú Thọ, ngày 15 tháng 3 năm 2024

KẾ HOẠCH
Triển khai các văn bản quy phạm pháp luật về chuyển đổi số năm 2024

Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:

TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành
1\tHướng dẫn thực hiện Nghị quyết số 20/2023/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh\tSở Tài chính\tTrước ngày 15/5/2024
2\tHướng dẫn thực hiện Quyết định số 30/2023/QĐ-UBND ngày 20/10/2023 của Ủy ban nhân dân tỉnh\tSở Thông tin và Truyền thông\tQuý II/2024
3\tXây dựng Quyết định thay thế Quyết định số 30/2023/QĐ-UBND cho phù hợp với quy định mới của Trung ương\tSở Thông tin và Truyền thông\tQuý IV/2027
""" + SIGN

X["s09_stttt_hd55_2024.txt"] = gen.S_HDR + """Số: 55/HD-STTTT                 Phú Thọ, ngày 20 tháng 5 năm 2024

HƯỚNG DẪN
Triển khai một số nội dung về bảo đảm an toàn thông tin mạng
tại các cơ quan, đơn vị

Thực hiện Kế hoạch số 1200/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh, để hướng dẫn thực hiện Quyết định số 30/2023/QĐ-UBND ngày 20/10/2023 của Ủy ban nhân dân tỉnh, Sở Thông tin và Truyền thông hướng dẫn như sau:

1. Các cơ quan, đơn vị phân loại hệ thống thông tin theo cấp độ.
2. Báo cáo kết quả về Sở trước ngày 30/11 hằng năm.

                                           GIÁM ĐỐC
                                           (đã ký)
"""

X["u15_ubndt_kh55_2026.txt"] = UT + """Số: 55/KH-UBND                  Phú Thọ, ngày 05 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển khoa học, công nghệ,
đổi mới sáng tạo và chuyển đổi số

Thực hiện Kế hoạch số 15-KH/TU, ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 02-NQ/TU, ngày 20/11/2025 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì xây dựng cơ sở dữ liệu khoa học, công nghệ của tỉnh.

II. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành căn cứ chức năng, nhiệm vụ triển khai thực hiện.
2. Ủy ban nhân dân các xã, phường xây dựng kế hoạch triển khai thực hiện tại địa phương.
""" + SIGN

# planned-only revisions pointing at each other (no enacted edge): not a cycle
X["s10_skhcn_kh70_2026.txt"] = SK + """Số: 70/KH-SKHCN                 Phú Thọ, ngày 15 tháng 4 năm 2026

KẾ HOẠCH
Phát triển hạ tầng số năm 2026 - 2027

Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:

TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tSửa đổi, bổ sung Hướng dẫn số 72/HD-SNV ngày 15/4/2026 của Sở Nội vụ về chuẩn hóa dữ liệu cán bộ\tSở Nội vụ\tQuý II/2027
2\tLắp đặt trạm BTS cho các thôn lõm sóng\tCác doanh nghiệp viễn thông\tNăm 2027

                                           GIÁM ĐỐC
                                           (đã ký)
"""

X["s11_snv_hd72_2026.txt"] = """UBND TỈNH PHÚ THỌ               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                             Độc lập - Tự do - Hạnh phúc
Số: 72/HD-SNV                   Phú Thọ, ngày 15 tháng 4 năm 2026

HƯỚNG DẪN
Chuẩn hóa dữ liệu cán bộ, công chức, viên chức trên nền tảng số

Sở Nội vụ hướng dẫn như sau:

TT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tChuẩn hóa dữ liệu cán bộ cấp xã\tỦy ban nhân dân các xã, phường\tQuý III/2026
2\tĐiều chỉnh một số nội dung trong Kế hoạch số 70/KH-SKHCN ngày 15/4/2026 của Sở Khoa học và Công nghệ cho đồng bộ dữ liệu\tSở Khoa học và Công nghệ\tQuý I/2027

                                           GIÁM ĐỐC
                                           (đã ký)
"""

EXT = {
    "planted": [
        {"rule": "superseded-citation", "ids": ["18/2023/QĐ-UBND"], "files": ["s07_skhcn_kh41_2026.txt"],
         "what": "plan of 20/3/2026 rests on 18/2023/QĐ-UBND, replaced by 12/2026/QĐ-UBND in force 10 days after 02/3/2026 (12/3/2026)"},
        {"rule": "superseded-citation", "ids": ["12/2021/NQ-HĐND"], "files": ["n06_hdnd_nq06_2025.txt"],
         "what": "resolution of 15/4/2025 amends 12/2021/NQ-HĐND, replaced from 01/8/2024"},
        {"rule": "metadata-conflict", "ids": ["08-QĐ/TU"], "files": ["h12_hu_kh40_2023.txt", "t09_tu_qd08_2022.txt"],
         "what": "cited as 'Quyết định số 08-QĐ/TU'; its header says QUY ĐỊNH"},
        {"rule": "metadata-conflict", "ids": ["02-NQ/TU"], "files": ["h12_hu_kh40_2023.txt", "t01_tu_nq02_2021.txt"],
         "what": "02-NQ/TU of 15/3/2021 cited as of 'Ban Chấp hành Đảng bộ tỉnh khóa XVIII'; its header says khóa XIX"},
        {"rule": "overdue-plan", "ids": ["20/2023/NQ-HĐND"], "files": ["u14_ubndt_kh1200_2024.txt"],
         "what": "row 1: guidance on 20/2023/NQ-HĐND by Sở Tài chính before 15/5/2024; none (55/HD-STTTT guides 30/2023/QĐ-UBND)"},
        {"rule": "temporal", "ids": ["15-KH/TU"], "files": ["u15_ubndt_kh55_2026.txt"],
         "what": "plan of 05/01/2026 carries out 15-KH/TU of 10/01/2026"},
        {"rule": "unmet-obligation", "ids": ["55/KH-UBND"], "files": ["u15_ubndt_kh55_2026.txt"], "contains": "xã",
         "what": "'Ủy ban nhân dân các xã, phường xây dựng kế hoạch'; no commune plan in the corpus"},
    ],
    "external": ["85/2016/NĐ-CP", "12/2022/TT-BTTTT", "130/2018/NĐ-CP"],
    "traps": [
        {"kind": "amended-still-in-force", "ids": ["20/2023/NQ-HĐND"], "files": ["u08_ubndt_kh3300_2025.txt"],
         "must_not": ["superseded-citation", "inverse-inconsistency"],
         "what": "an amended resolution stays in force; citing it with its amendment is right"},
        {"kind": "partial-repeal-and-broken-id", "ids": ["30/2023/QĐ-UBND"], "files": ["s05_skhcn_kh88_2025.txt"],
         "must_not": ["superseded-citation", "dangling", "inverse-inconsistency"],
         "what": "only khoản 3 Điều 5 was repealed (08/2025/QĐ-UBND); id broken 'QĐ-\\nUBND'"},
        {"kind": "replacement-10-days-after-signing", "ids": ["18/2023/QĐ-UBND"], "files": ["s06_skhcn_kh25_2026.txt"],
         "must_not": ["superseded-citation"],
         "what": "plan of 10/3/2026; the replacement signed 02/3/2026 is in force only from 12/3/2026"},
        {"kind": "replacement-in-force-after-as-of", "ids": ["12/2026/QĐ-UBND"], "files": ["s08_skhcn_cv1450_2026.txt"],
         "must_not": ["superseded-citation", "inverse-inconsistency"],
         "what": "letter of 25/11/2026 cites 12/2026/QĐ-UBND; its replacement 40/2026/QĐ-UBND takes effect 01/01/2027"},
        {"kind": "compact-list", "ids": ["15-KH/TU", "30-KH/TU"], "files": ["h12_hu_kh40_2023.txt"],
         "must_not": ["dangling", "ambiguous-id", "temporal", "metadata-conflict"],
         "what": "'các Kế hoạch số 15, 30-KH/TU' in 2023: the 2021 15-KH/TU (the 2026 one is later) and 30-KH/TU"},
        {"kind": "planned-guide-met-under-other-title", "ids": ["30/2023/QĐ-UBND"], "files": ["u14_ubndt_kh1200_2024.txt"],
         "must_not": ["overdue-plan", "superseded-citation", "inverse-inconsistency"],
         "what": "row 2 met by 55/HD-STTTT (title 'Triển khai một số nội dung …'); row 3 plans a replacement due Quý IV/2027"},
        {"kind": "planned-only-mutual-revision", "ids": ["70/KH-SKHCN", "72/HD-SNV"], "files": ["s10_skhcn_kh70_2026.txt", "s11_snv_hd72_2026.txt"],
         "must_not": ["cycle", "overdue-plan", "inverse-inconsistency"],
         "what": "each plans (2027) to revise the other; no enacted edge, deadlines ahead"},
    ],
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="corpus_ext")
    ap.add_argument("--key", default="key_ext.json")
    a = ap.parse_args()
    gen.P.update(X)
    gen.write(a.out)
    key = copy.deepcopy(gen.KEY)
    key["planted"] += EXT["planted"]
    key["external"] += EXT["external"]
    key["traps"] += EXT["traps"]
    with open(a.key, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    print(f"{len(gen.P)} files, {len(key['planted'])} planted, {len(key['traps'])} traps, {len(key['external'])} external")


if __name__ == "__main__":
    main()
