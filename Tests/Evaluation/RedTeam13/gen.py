#!/usr/bin/env python3
"""Red team 20: Trà Vinh's provincial blocs (Đảng ủy Khối các cơ quan tỉnh, Đảng ủy Khối Doanh nghiệp tỉnh),
their grassroots Party cells in departments and state enterprises, 2021-2024. Deterministic, stdlib only.
Usage: gen.py --out corpus --key key.json"""
import argparse, json, os, textwrap, unicodedata

FILES = {}

def put(name, text):
    FILES[name] = text

def wrap(par, width=82):
    """Hard line breaks mid-sentence as a PDF text layer leaves them."""
    return "\n".join(textwrap.wrap(par, width=width, break_long_words=False, break_on_hyphens=False))

def pdfize(paras, width=82, every=28):
    """Paragraphs -> wrapped lines with a page number every `every` lines."""
    out, n, page = [], 0, 1
    for p in paras:
        lines = [p] if (p.startswith("\t") or "\t" in p or len(p) < width) else wrap(p, width).split("\n")
        for l in lines:
            out.append(l)
            n += 1
            if n % every == 0:
                page += 1
                out.append("")
                out.append(f"{page}".center(80).rstrip())
                out.append("")
    return "\n".join(out) + "\n"

KCQ = ("ĐẢNG BỘ TỈNH TRÀ VINH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")
KDN = ("ĐẢNG BỘ TỈNH TRÀ VINH", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH")

def hdr_layout(top, num, placedate):
    """pdftotext -layout: two columns on the same lines."""
    a, b = top
    return [f"{a:<46}ĐẢNG CỘNG SẢN VIỆT NAM",
            f"{b:<46}---------------",
            f"{'*':^30}",
            f"{'Số ' + num:<40}{placedate}", ""]

def hdr_stack(top, num, placedate):
    return list(top) + ["*", f"Số {num}", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "", placedate, ""]

def sign(role, title, name):
    return ["", f"{role}", f"{title}", "", "(Đã ký)", "", name, "",
            "Nơi nhận:", "- Như trên,", "- Lưu Văn phòng.", ""]

# ---------------------------------------------------------------- Khối các cơ quan: resolutions
put("01-khoi-cq/04-NQ-DU_15-3-2021.txt", pdfize(hdr_layout(KCQ, "04-NQ/ĐU", "Trà Vinh, ngày 15 tháng 3 năm 2021") + [
    "NGHỊ QUYẾT",
    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH",
    "về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2021 - 2025",
    "-----",
    "Căn cứ Điều lệ Đảng; căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; căn cứ Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ VII, nhiệm kỳ 2020 - 2025,",
    "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh ban hành Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2021 - 2025 như sau:",
    "I. TÌNH HÌNH",
    "Nhiệm kỳ 2015 - 2020, các chi bộ trực thuộc đã duy trì nền nếp sinh hoạt; tuy nhiên chất lượng sinh hoạt chuyên đề ở một số chi bộ chưa cao, nội dung còn chung chung, chưa gắn với nhiệm vụ chính trị của cơ quan, đơn vị.",
    "II. MỤC TIÊU, CHỈ TIÊU",
    "Đến năm 2025, 100% chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần; trên 90% chi bộ được đánh giá đạt chất lượng sinh hoạt tốt.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các chi bộ, đảng bộ cơ sở trực thuộc xây dựng kế hoạch thực hiện Nghị quyết này, hoàn thành trước ngày 30/5/2021.",
    "2. Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch thực hiện Nghị quyết này, hoàn thành trong tháng 5/2021.",
    "3. Ban Tổ chức Đảng ủy Khối tham mưu Ban Thường vụ sơ kết 3 năm thực hiện Nghị quyết vào quý II/2024.",
    "Nghị quyết này được phổ biến đến chi bộ và đảng viên.",
] + sign("T/M ĐẢNG ỦY KHỐI", "BÍ THƯ", "Trần Văn Thạch")))

put("01-khoi-cq/05-NQ-DU_15-3-2021.md", "\n".join([
    "| ĐẢNG BỘ TỈNH TRÀ VINH<br>ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH<br>\\* | ĐẢNG CỘNG SẢN VIỆT NAM |",
    "|---|---|",
    "| Số 05-NQ/ĐU | *Trà Vinh, ngày 15 tháng 3 năm 2021* |",
    "",
    "# NGHỊ QUYẾT",
    "## về công tác phát triển đảng viên trong các cơ quan, giai đoạn 2021 - 2025",
    "",
    "Căn cứ Điều lệ Đảng và Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ VII, nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh quyết nghị:",
    "",
    "**1. Chỉ tiêu:** đến cuối nhiệm kỳ 2020 - 2025 kết nạp ít nhất 450 đảng viên mới; mỗi năm có trên 95% chi bộ kết nạp được đảng viên.",
    "",
    "**2. Giải pháp:** chú trọng tạo nguồn từ đoàn viên thanh niên, công chức, viên chức trẻ; bồi dưỡng nhận thức về Đảng.",
    "",
    "**3. Tổ chức thực hiện:** Ban Tổ chức Đảng ủy Khối theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ hằng năm.",
    "",
    "T/M ĐẢNG ỦY KHỐI  ",
    "BÍ THƯ  ",
    "*(Đã ký)*  ",
    "Trần Văn Thạch",
    ""]))

put("01-khoi-cq/06-NQ-DU_20-4-2021.txt", pdfize(hdr_stack(KCQ, "06-NQ/ĐU", "Trà Vinh, ngày 20 tháng 4 năm 2021") + [
    "NGHỊ QUYẾT",
    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH",
    "về đẩy mạnh chuyển đổi số trong hoạt động của các tổ chức đảng, giai đoạn 2021 - 2025",
    "Thực hiện Kế hoạch số 12-KH/TU ngày 20/3/2021 của Ban Thường vụ Tỉnh ủy; Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh quyết nghị:",
    "1. Đến năm 2025, 100% chi bộ sử dụng phần mềm quản lý đảng viên, sổ tay đảng viên điện tử.",
    "2. Văn bản của Đảng ủy Khối gửi chi bộ qua hệ thống điện tử, trừ văn bản mật.",
    "TỔ CHỨC THỰC HIỆN",
    "- Văn phòng Đảng ủy Khối chủ trì, phối hợp với các ban xây dựng lộ trình số hóa hồ sơ đảng viên.",
    "- Ủy ban Kiểm tra Đảng ủy Khối xây dựng kế hoạch kiểm tra, giám sát việc thực hiện Nghị quyết này.",
    "- Các chi bộ, đảng bộ cơ sở quán triệt Nghị quyết đến toàn thể đảng viên.",
] + sign("T/M ĐẢNG ỦY KHỐI", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Thị Mỹ Hạnh")))

# ---------------------------------------------------------------- plan 12-KH/ĐU with a task table
put("01-khoi-cq/12-KH-DU_05-5-2021.txt", pdfize(hdr_layout(KCQ, "12-KH/ĐU", "Trà Vinh, ngày 05 tháng 5 năm 2021") + [
    "KẾ HOẠCH",
    "thực hiện các nghị quyết chuyên đề của Ban Chấp hành Đảng bộ Khối khóa VII",
    "-----",
    "Thực hiện các Nghị quyết số 04, 05, 06-NQ/ĐU của Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh khóa VII; Kế hoạch số 12-KH/TU ngày 20/3/2021 của Ban Thường vụ Tỉnh ủy Trà Vinh, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh xây dựng Kế hoạch thực hiện như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Cụ thể hóa các nhiệm vụ, giải pháp của các nghị quyết thành những việc làm cụ thể, có phân công trách nhiệm, thời gian hoàn thành.",
    "II. NHIỆM VỤ CỤ THỂ",
    "TT\tNội dung\tChủ trì\tPhối hợp\tThời gian",
    "1\tBan hành Quy định về chế độ sinh hoạt chi bộ trong các cơ quan\tBan Thường vụ Đảng ủy Khối\tBan Tổ chức\tTháng 6/2021",
    "2\tBan hành Hướng dẫn thực hiện Quy định về chế độ sinh hoạt chi bộ\tBan Thường vụ Đảng ủy Khối\tBan Tổ chức\tTháng 7/2021",
    "3\tBan hành Quy chế quản lý, khai thác dữ liệu đảng viên trên phần mềm\tBan Thường vụ Đảng ủy Khối\tVăn phòng Đảng ủy Khối\tTháng 12/2022",
    "4\tTập huấn nghiệp vụ công tác đảng cho bí thư chi bộ\tBan Tổ chức\tCác chi bộ\tHằng năm",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các chi bộ, đảng bộ cơ sở căn cứ Kế hoạch này cụ thể hóa cho phù hợp; định kỳ 6 tháng báo cáo kết quả về Ban Thường vụ Đảng ủy Khối (qua Văn phòng).",
] + sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Mỹ Hạnh")))

# ---------------------------------------------------------------- Quy định 03-QĐi vs Quyết định 03-QĐ
put("01-khoi-cq/03-QDi-DU_10-6-2021.txt", pdfize(hdr_layout(KCQ, "03-QĐi/ĐU", "Trà Vinh, ngày 10 tháng 6 năm 2021") + [
    "QUY ĐỊNH",
    "về chế độ sinh hoạt chi bộ trong các cơ quan thuộc Đảng bộ Khối",
    "- Căn cứ Điều lệ Đảng;",
    "- Căn cứ Nghị quyết số 04-NQ/ĐU, ngày 15-3-2021 của Ban Chấp hành Đảng bộ Khối về nâng cao chất lượng sinh hoạt chi bộ;",
    "- Thực hiện Kế hoạch số 12-KH/ĐU, ngày 05.5.2021 của Ban Thường vụ Đảng ủy Khối,",
    "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh quy định chế độ sinh hoạt chi bộ như sau:",
    "Điều 1. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần, vào ngày 03 hằng tháng.",
    "Điều 2. Sinh hoạt chuyên đề ít nhất mỗi quý một lần.",
    "Điều 3. Quy định này có hiệu lực kể từ ngày ký.",
] + sign("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Thạch")))

put("01-khoi-cq/03-QD-DU_02-02-2021.md", "\n".join([
    "ĐẢNG BỘ TỈNH TRÀ VINH  ",
    "**ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH**  ",
    "\\*  ",
    "Số 03-QĐ/ĐU",
    "",
    "**ĐẢNG CỘNG SẢN VIỆT NAM**  ",
    "*Trà Vinh, ngày 02 tháng 02 năm 2021*",
    "",
    "## QUYẾT ĐỊNH",
    "### về việc thành lập Ban Chỉ đạo chuyển đổi số của Đảng ủy Khối",
    "",
    "- Căn cứ Điều lệ Đảng;",
    "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh khóa VII, nhiệm kỳ 2020 - 2025;",
    "",
    "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI QUYẾT ĐỊNH",
    "",
    "**Điều 1.** Thành lập Ban Chỉ đạo chuyển đổi số của Đảng ủy Khối gồm 09 đồng chí.",
    "",
    "**Điều 2.** Quyết định có hiệu lực từ ngày ký.",
    "",
    "T/M BAN THƯỜNG VỤ  ",
    "BÍ THƯ  ",
    "Trần Văn Thạch",
    ""]))

put("01-khoi-cq/08-HD-DU_20-7-2021.txt", pdfize(hdr_stack(KCQ, "08-HD/ĐU", "Trà Vinh, ngày 20 tháng 7 năm 2021") + [
    "HƯỚNG DẪN",
    "thực hiện Quy định số 03-QĐi/ĐU, ngày 10/6/2021 của Ban Thường vụ Đảng ủy Khối về chế độ sinh hoạt chi bộ",
    "Thực hiện Kế hoạch số 12-KH/ĐU ngày 05/5/2021, Ban Thường vụ Đảng ủy Khối hướng dẫn một số nội dung như sau:",
    "1. Chuẩn bị sinh hoạt: chi ủy họp trước 03 ngày, thống nhất nội dung.",
    "2. Ghi biên bản: theo mẫu kèm theo Hướng dẫn này; Quyết định số 03-QĐ/ĐU ngày 02/02/2021 về thành lập Ban Chỉ đạo chuyển đổi số không thuộc phạm vi Hướng dẫn này.",
] + sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Mỹ Hạnh")))

put("01-khoi-cq/02-QDi-DU_22-01-2021.txt", pdfize(hdr_layout(KCQ, "02-QĐi/ĐU", "Trà Vinh, ngày 22 tháng 01 năm 2021") + [
    "QUY ĐỊNH",
    "về tiêu chí đánh giá chi bộ “bốn tốt” trong Đảng bộ Khối",
    "Căn cứ Điều lệ Đảng, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh quy định như sau:",
    "Điều 1. Chi bộ “bốn tốt” là chi bộ đạt bốn tiêu chí: chính trị tư tưởng tốt, tổ chức tốt, sinh hoạt tốt, kiểm tra giám sát tốt.",
    "Điều 2. Quy định này có hiệu lực kể từ ngày ký.",
] + sign("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Thạch")))

put("01-khoi-cq/04-HD-DU_10-02-2021.md", "\n".join([
    "ĐẢNG BỘ TỈNH TRÀ VINH<br>ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH<br>*",
    "",
    "Số 04-HD/ĐU — ĐẢNG CỘNG SẢN VIỆT NAM — Trà Vinh, ngày 10 tháng 02 năm 2021",
    "",
    "**HƯỚNG DẪN**",
    "**ghi sổ biên bản sinh hoạt chi bộ**",
    "",
    "Ban Thường vụ Đảng ủy Khối hướng dẫn các chi bộ ghi sổ biên bản sinh hoạt như sau: ghi đầy đủ thành phần, nội dung, ý kiến phát biểu, kết luận.",
    "",
    "T/M BAN THƯỜNG VỤ<br>PHÓ BÍ THƯ<br>Lê Thị Mỹ Hạnh",
    ""]))

# ---------------------------------------------------------------- compilation 2022 (cycle, replacement, quoted header)
comp = [
    "TẬP VĂN BẢN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH NĂM 2022",
    "(Lưu hành nội bộ)",
    "",
    "MỤC LỤC",
    "1. Quy định số 05-QĐi/ĐU ngày 18/01/2022 .................... trang 2",
    "2. Hướng dẫn số 10-HD/ĐU ngày 18/01/2022 .................... trang 4",
    "3. Quy định số 07-QĐi/ĐU ngày 10/3/2022 ..................... trang 6",
    "4. Hướng dẫn số 14-HD/ĐU ngày 06/6/2022 ..................... trang 9",
    "",
]
comp += hdr_layout(KCQ, "05-QĐi/ĐU", "Trà Vinh, ngày 18 tháng 01 năm 2022") + [
    "QUY ĐỊNH",
    "về trách nhiệm nêu gương của cấp ủy viên trong các cơ quan thuộc Đảng bộ Khối",
    "- Căn cứ Điều lệ Đảng;",
    "- Căn cứ Hướng dẫn số 10-HD/ĐU, ngày 18/01/2022 của Ban Thường vụ Đảng ủy Khối về thực hiện trách nhiệm nêu gương;",
    "Ban Thường vụ Đảng ủy Khối quy định như sau:",
    "Điều 1. Cấp ủy viên các chi bộ, đảng bộ cơ sở gương mẫu thực hiện những điều đảng viên không được làm theo Quy định số 37-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.",
    "Điều 2. Quy định này có hiệu lực kể từ ngày ký.",
] + sign("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Thạch") + ["", "- 3 -", ""]
comp += hdr_layout(KCQ, "10-HD/ĐU", "Trà Vinh, ngày 18 tháng 01 năm 2022") + [
    "HƯỚNG DẪN",
    "thực hiện Quy định số 05-QĐi/ĐU, ngày 18/01/2022 của Ban Thường vụ Đảng ủy Khối về trách nhiệm",
    "nêu gương của cấp ủy viên",
    "1. Các chi bộ đưa nội dung nêu gương vào sinh hoạt định kỳ.",
    "2. Cuối năm, cấp ủy viên tự kiểm điểm việc nêu gương.",
] + sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Mỹ Hạnh") + ["", "- 5 -", ""]
comp += hdr_layout(KCQ, "07-QĐi/ĐU", "Trà Vinh, ngày 10 tháng 3 năm 2022") + [
    "QUY ĐỊNH",
    "về tiêu chí đánh giá, xếp loại chi bộ trong Đảng bộ Khối",
    "Căn cứ Điều lệ Đảng; Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng,",
    "Ban Thường vụ Đảng ủy Khối quy định như sau:",
    "Điều 1. Tiêu chí đánh giá chi bộ gồm bốn nhóm tiêu chí như Phụ lục kèm theo.",
    "Điều 2. Quy định này có hiệu lực kể từ ngày ký và thay thế Quy định số 02-QĐi/ĐU ngày 22/01/2021 của Ban Thường vụ",
    "Đảng ủy Khối về tiêu chí đánh giá chi bộ “bốn tốt”.",
] + sign("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Thạch") + [
    "PHỤ LỤC",
    "VĂN BẢN ĐƯỢC THAY THẾ (trích nguyên văn phần đầu để đối chiếu)",
    "",
] + hdr_layout(KCQ, "02-QĐi/ĐU", "Trà Vinh, ngày 22 tháng 01 năm 2021") + [
    "QUY ĐỊNH",
    "về tiêu chí đánh giá chi bộ “bốn tốt” trong Đảng bộ Khối",
    "Căn cứ Điều lệ Đảng, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh quy định như sau: (lược phần còn lại)",
    "", "- 8 -", "",
]
comp += hdr_layout(KCQ, "14-HD/ĐU", "Trà Vinh, ngày 06 tháng 6 năm 2022") + [
    "HƯỚNG DẪN",
    "ghi sổ biên bản sinh hoạt chi bộ và sổ theo dõi đảng viên",
    "Ban Thường vụ Đảng ủy Khối hướng dẫn như sau:",
    "1. Sổ biên bản ghi đầy đủ diễn biến cuộc họp.",
    "2. Hướng dẫn này thay thế Hướng dẫn số 04-HD/ĐU ngày 10/02/2021 của Ban Thường vụ Đảng ủy Khối.",
] + sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Mỹ Hạnh")
put("01-khoi-cq/tap-van-ban-DUK-2022.txt", "\n".join(comp) + "\n")

put("01-khoi-cq/16-HD-DU_15-3-2023.md", "\n".join([
    "| ĐẢNG BỘ TỈNH TRÀ VINH | |",
    "|---|---|",
    "| ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH | ĐẢNG CỘNG SẢN VIỆT NAM |",
    "| * | |",
    "| Số 16-HD/ĐU | Trà Vinh, ngày 15 tháng 3 năm 2023 |",
    "",
    "**HƯỚNG DẪN**  ",
    "**lập và quản lý hồ sơ sinh hoạt chi bộ điện tử**",
    "",
    "Thực hiện Nghị quyết số 06-NQ/ĐU ngày 20/4/2021 của Ban Chấp hành Đảng bộ Khối về chuyển đổi số, Ban Thường vụ Đảng ủy Khối hướng dẫn:",
    "",
    "1. Biên bản sinh hoạt chi bộ được lập trên phần mềm, in ký lưu hằng tháng.",
    "2. Hướng dẫn này thay thế Hướng dẫn số 04-HD/ĐU ngày 10/02/2021 của Ban Thường vụ Đảng ủy Khối.",
    "",
    "T/M BAN THƯỜNG VỤ  ",
    "PHÓ BÍ THƯ  ",
    "Lê Thị Mỹ Hạnh",
    ""]))

# ---------------------------------------------------------------- 20-KH/ĐU (2022) and the e-mail
put("01-khoi-cq/20-KH-DU_15-02-2022.txt", pdfize(hdr_layout(KCQ, "20-KH/ĐU", "Trà Vinh, ngày 15 tháng 02 năm 2022") + [
    "KẾ HOẠCH",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022",
    "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW; Kế hoạch số 12-KH/TU ngày 20/3/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh xây dựng Kế hoạch như sau:",
    "1. Tổ chức học tập chuyên đề năm 2022 đến 100% chi bộ trong quý I/2022.",
    "2. Các chi bộ đăng ký việc làm theo gương Bác gắn với nhiệm vụ chuyên môn.",
] + sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Mỹ Hạnh")))

put("05-email/Fwd_KH20-DU_16-02-2022.txt", "\n".join([
    "---------- Forwarded message ---------",
    "From: Van phong Dang uy Khoi <vanphong.dukhoi@travinh.example>",
    "Date: Th 4, 16 thg 2, 2022 lúc 08:15",
    "Subject: V/v trien khai Ke hoach so 20-KH/DU",
    "To: <chibo.soyte@travinh.example>, <chibo.sonoivu@travinh.example>",
    "",
    "Kính gửi: Các chi bộ, đảng bộ cơ sở trực thuộc.",
    "",
    "Văn phòng Đảng ủy Khối gửi kèm Kế hoạch số 20-KH/ĐU ngày 15/02/2022 của Ban Thường vụ Đảng ủy Khối về học tập",
    "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022 (file đính kèm 20-KH-DU.pdf) để các đồng chí",
    "nghiên cứu, triển khai.",
    "",
    "Trân trọng./.",
    "--",
    "Văn phòng Đảng ủy Khối các cơ quan tỉnh Trà Vinh",
    ""]))

# ---------------------------------------------------------------- conclusions, notices, plans 2022-2024
put("01-khoi-cq/21-KL-DU_14-3-2023.txt", pdfize(hdr_layout(KCQ, "21-KL/ĐU", "Trà Vinh, ngày 14 tháng 3 năm 2023") + [
    "KẾT LUẬN",
    "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI",
    "về sơ kết 02 năm thực hiện Nghị quyết số 06-NQ/ĐU của Ban Chấp hành Đảng bộ Khối về chuyển đổi số",
    "Qua 02 năm thực hiện Nghị quyết số 06-NQ/ĐU ngày 20/4/2021, 100% chi bộ đã sử dụng sổ tay đảng viên điện tử; việc sinh hoạt chi bộ trực tuyến còn lúng túng.",
    "Ban Thường vụ Đảng ủy Khối kết luận:",
    "1. Tiếp tục thực hiện nghiêm Nghị quyết số 06-NQ/ĐU.",
    "2. Giao Ban Tổ chức Đảng ủy Khối tham mưu Ban Thường vụ sửa đổi, bổ sung Quy định số 03-QĐi/ĐU ngày 10/6/2021 về chế độ sinh hoạt chi bộ cho phù hợp với sinh hoạt trực tuyến, hoàn thành trong quý IV/2023.",
    "3. Văn phòng Đảng ủy Khối theo dõi, đôn đốc việc thực hiện Kết luận này.",
] + sign("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Thạch")))

put("01-khoi-cq/27-KL-DU_20-5-2024.txt", pdfize(hdr_stack(KCQ, "27-KL/ĐU", "Trà Vinh, ngày 20 tháng 5 năm 2024") + [
    "KẾT LUẬN",
    "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI",
    "về sơ kết 3 năm thực hiện Nghị quyết số 04-NQ/ĐU, ngày 15/3/2021 của Ban Chấp hành Đảng bộ Khối về nâng cao chất lượng sinh hoạt chi bộ",
    "Sau 3 năm thực hiện Nghị quyết số 04-NQ/ĐU, nền nếp sinh hoạt chi bộ được duy trì; 92% chi bộ sinh hoạt đạt chất lượng tốt. Các chi bộ thực hiện Quy định số 07-QĐi/ĐU ngày 10/3/2022 về tiêu chí đánh giá, xếp loại chi bộ nghiêm túc.",
    "Ban Thường vụ Đảng ủy Khối kết luận: tiếp tục thực hiện Nghị quyết đến hết nhiệm kỳ 2020 - 2025, gắn với thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới.",
] + sign("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Thạch")))

put("01-khoi-cq/30-KH-DU_06-3-2023.txt", pdfize(hdr_layout(KCQ, "30-KH/ĐU", "Trà Vinh, ngày 06 tháng 3 năm 2023") + [
    "KẾ HOẠCH",
    "tổ chức Hội thi “Bí thư chi bộ giỏi” năm 2023",
    "Thực hiện Nghị quyết số 04-NQ/ĐU ngày 15/3/2021 của Ban Chấp hành Đảng bộ Khối, Ban Thường vụ Đảng ủy Khối xây dựng Kế hoạch tổ chức Hội thi như sau:",
    "1. Đối tượng: bí thư, phó bí thư chi bộ trực thuộc.",
    "2. Thời gian: vòng sơ khảo tháng 5/2023, chung khảo tháng 7/2023.",
] + sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Mỹ Hạnh")))

put("01-khoi-cq/30-KH-DU_28-3-2023.md", "\n".join([
    "ĐẢNG BỘ TỈNH TRÀ VINH  ",
    "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH  ",
    "\\*  ",
    "Số 30-KH/ĐU  ",
    "",
    "ĐẢNG CỘNG SẢN VIỆT NAM  ",
    "Trà Vinh, ngày 28 tháng 3 năm 2023",
    "",
    "# KẾ HOẠCH",
    "## kiểm tra, giám sát năm 2023 của Ban Thường vụ Đảng ủy Khối",
    "",
    "Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng, Ban Thường vụ Đảng ủy Khối xây dựng Kế hoạch kiểm tra, giám sát năm 2023 như sau:",
    "",
    "1. Giám sát chuyên đề việc thực hiện Quy định số 07-QĐi/ĐU ngày 10/3/2022 tại 06 chi bộ.",
    "2. Kiểm tra việc thực hiện Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị tại 04 chi bộ.",
    "",
    "T/M BAN THƯỜNG VỤ  ",
    "PHÓ BÍ THƯ  ",
    "Lê Thị Mỹ Hạnh",
    ""]))

put("01-khoi-cq/45-TB-DU_02-11-2022.txt", pdfize(hdr_stack(KCQ, "45-TB/ĐU", "Trà Vinh, ngày 02 tháng 11 năm 2022") + [
    "THÔNG BÁO",
    "kết luận của Thường trực Đảng ủy Khối tại buổi làm việc với Chi bộ Sở Y tế",
    "Ngày 28/10/2022, Thường trực Đảng ủy Khối làm việc với Chi bộ Sở Y tế về việc thực hiện Nghị quyết số 04-NQ/ĐU. Thường trực Đảng ủy Khối kết luận:",
    "1. Chi bộ Sở Y tế xây dựng kế hoạch khắc phục hạn chế trong sinh hoạt chuyên đề, hoàn thành trước ngày 30/11/2022.",
    "2. Việc đánh giá chi bộ thực hiện theo Quy định số 07-QĐi/ĐU ngày 10/3/2022 của Ban Thường vụ Đảng ủy Khối.",
] + sign("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Phạm Minh Luân")))

# ---------------------------------------------------------------- inspection committee
UBKT = ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ỦY BAN KIỂM TRA")
put("02-ubkt/12-QD-UBKTDU_05-9-2022.txt", pdfize(hdr_layout(UBKT, "12-QĐ/UBKTĐU", "Trà Vinh, ngày 05 tháng 9 năm 2022") + [
    "QUYẾT ĐỊNH",
    "về việc kiểm tra khi có dấu hiệu vi phạm đối với Chi ủy Chi bộ Sở Tư pháp",
    "- Căn cứ Điều lệ Đảng; Quy định số 24-QĐ/TW, Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương;",
    "- Căn cứ Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm;",
    "ỦY BAN KIỂM TRA ĐẢNG ỦY KHỐI QUYẾT ĐỊNH:",
    "Điều 1. Kiểm tra Chi ủy Chi bộ Sở Tư pháp khi có dấu hiệu vi phạm trong việc thực hiện Quy định số 37-QĐi/TW.",
    "Điều 2. Đoàn kiểm tra làm việc trong 30 ngày kể từ ngày công bố Quyết định.",
] + sign("T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "Huỳnh Văn Tới")))

put("02-ubkt/15-BC-UBKTDU_10-4-2023.txt", pdfize(hdr_stack(UBKT, "15-BC/UBKTĐU", "Trà Vinh, ngày 10 tháng 4 năm 2023") + [
    "BÁO CÁO",
    "sơ kết 02 năm thực hiện Nghị quyết số 06-NQ/ĐU ngày 20/4/2021 của Ban Chấp hành Đảng bộ Khối (phần kiểm tra, giám sát)",
    "Qua 02 năm thực hiện Nghị quyết số 06-",
    "NQ/ĐU, Ủy ban Kiểm tra Đảng ủy Khối lồng ghép nội dung giám sát việc ứng dụng phần mềm quản lý đảng viên vào các cuộc giám sát chuyên đề, chưa ban hành kế hoạch riêng.",
    "Kiến nghị: tiếp tục thực hiện Kết luận số 21-KL/ĐU ngày 14/3/2023 của Ban Thường vụ Đảng ủy Khối.",
] + sign("T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "Huỳnh Văn Tới")))

# ---------------------------------------------------------------- Tỉnh ủy
put("03-tinh-uy/12-KH-TU_20-3-2021.txt", pdfize(hdr_layout(("ĐẢNG BỘ TỈNH TRÀ VINH", "TỈNH ỦY TRÀ VINH"), "12-KH/TU", "Trà Vinh, ngày 20 tháng 3 năm 2021") + [
    "KẾ HOẠCH",
    "tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:",
    "1. Các cấp ủy trực thuộc Tỉnh ủy xây dựng kế hoạch học tập chuyên đề hằng năm.",
    "2. Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung chuyên đề hằng năm.",
] + sign("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Ngô Chí Cường")))

# ---------------------------------------------------------------- Khối Doanh nghiệp and an enterprise's Party committee
put("04-khoi-dn/04-NQ-DU-KDN_22-6-2021.txt", pdfize(hdr_layout(KDN, "04-NQ/ĐU", "Trà Vinh, ngày 22 tháng 6 năm 2021") + [
    "NGHỊ QUYẾT",
    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH",
    "về nâng cao năng lực lãnh đạo của tổ chức đảng trong doanh nghiệp có vốn nhà nước",
    "Ban Chấp hành Đảng bộ Khối Doanh nghiệp tỉnh quyết nghị:",
    "1. Tổ chức đảng lãnh đạo việc xây dựng kế hoạch sản xuất, kinh doanh hằng năm.",
    "2. Các đảng bộ, chi bộ cơ sở xây dựng chương trình hành động thực hiện Nghị quyết này.",
] + sign("T/M ĐẢNG ỦY KHỐI", "BÍ THƯ", "Thạch Sô Phol")))

put("04-khoi-dn/07-KH-DB-CapNuoc_15-7-2021.txt", pdfize(hdr_stack(("ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG ỦY CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC"), "07-KH/ĐB", "Trà Vinh, ngày 15 tháng 7 năm 2021") + [
    "KẾ HOẠCH",
    "thực hiện Nghị quyết số 04-NQ/ĐU ngày 22/6/2021 của Ban Chấp hành Đảng bộ Khối Doanh nghiệp tỉnh",
    "Thực hiện Nghị quyết số 04-NQ/ĐU ngày 22/6/2021 của Ban Chấp hành Đảng bộ Khối Doanh nghiệp tỉnh về nâng cao năng lực lãnh đạo của tổ chức đảng trong doanh nghiệp có vốn nhà nước, Đảng ủy Công ty xây dựng Kế hoạch thực hiện như sau:",
    "1. Đảng ủy cho ý kiến kế hoạch sản xuất, kinh doanh trước khi Hội đồng quản trị quyết định.",
    "2. Các chi bộ trực thuộc sinh hoạt chuyên đề về nhiệm vụ sản xuất mỗi quý một lần.",
] + sign("T/M ĐẢNG ỦY", "BÍ THƯ", "Kim Thị Sà Ra")))

# ---------------------------------------------------------------- Party cells
CB_YT = ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ SỞ Y TẾ")
CB_NV = ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ SỞ NỘI VỤ")
CB_TP = ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ SỞ TƯ PHÁP")

put("06-chi-bo/CB-SYT_01-KH-CB_20-5-2021.txt", pdfize(hdr_layout(CB_YT, "01-KH/CB", "Trà Vinh, ngày 20 tháng 5 năm 2021") + [
    "KẾ HOẠCH",
    "thực hiện Nghị quyết số 04-NQ/ĐU của Ban Chấp hành Đảng bộ Khối về nâng cao chất lượng sinh hoạt chi bộ",
    "Thực hiện Nghị quyết số 04-NQ/ĐU ngày 15 tháng 3 năm 2021 của Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh và Kế hoạch số 12-KH/ĐU ngày 5/5/2021 của Ban Thường vụ Đảng ủy Khối, Chi bộ Sở Y tế xây dựng Kế hoạch thực hiện như sau:",
    "1. Chi ủy chuẩn bị nội dung sinh hoạt chuyên đề mỗi quý một lần.",
    "2. Mỗi đảng viên đăng ký ít nhất một nội dung phát biểu trong năm.",
] + sign("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Thu Vân")))

put("06-chi-bo/CB-SYT_03-KH-CB_10-01-2022.txt", pdfize(hdr_layout(CB_YT, "03-KH/CB", "Trà Vinh, ngày 10 tháng 01 năm 2022") + [
    "KẾ HOẠCH",
    "học tập chuyên đề năm 2022",
    "Thực hiện Kế hoạch số 20-KH/ĐU ngày 15/02/2022 của Ban Thường vụ Đảng ủy Khối về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022; quán triệt Kết luận 21 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị, Chi bộ Sở Y tế xây dựng Kế hoạch như sau:",
    "1. Học tập chuyên đề năm 2022 trong sinh hoạt chi bộ tháng 3/2022.",
    "2. Đảng viên viết bản thu hoạch, nộp chi ủy.",
] + sign("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Thu Vân")))

put("06-chi-bo/CB-SYT_05-KH-CB_12-7-2022.txt", pdfize(hdr_layout(CB_YT, "05-KH/CB", "Trà Vinh, ngày 12 tháng 7 năm 2022") + [
    "KẾ HOẠCH",
    "công tác của Chi bộ quý III năm 2022",
    "Thực hiện Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị và Quy định số 03-QĐi/ĐU ngày 10/6/2021 của Ban Thường vụ Đảng ủy Khối, Chi bộ Sở Y tế xây dựng kế hoạch công tác quý III như sau:",
    "Tháng 7/2022 (03 nhiệm vụ):",
    "1. Quán triệt Quy định số 69-QĐ/TW đến đảng viên.",
    "2. Sinh hoạt chuyên đề về y đức.",
    "3. Rà soát hồ sơ đảng viên.",
    "Tháng 8/2022 (05 nhiệm vụ):",
    "1. Giới thiệu 02 quần chúng ưu tú học lớp nhận thức về Đảng.",
    "2. Thu đảng phí quý III.",
    "3. Cập nhật dữ liệu đảng viên trên phần mềm.",
    "4. Chuẩn bị nội dung kiểm điểm giữa năm.",
    "Tháng 9/2022 (02 nhiệm vụ):",
    "1. Sơ kết 9 tháng công tác xây dựng Đảng.",
    "2. Đánh giá chi bộ theo Quy định số 07-QĐi/ĐU ngày 10/3/2022 của Ban Thường vụ Đảng ủy Khối.",
] + sign("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Thu Vân")))

put("06-chi-bo/CB-SYT_07-KH-CB_25-11-2022.md", "\n".join([
    "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH  ",
    "**CHI BỘ SỞ Y TẾ**  ",
    "\\*  ",
    "Số 07-KH/CB",
    "",
    "**ĐẢNG CỘNG SẢN VIỆT NAM**  ",
    "*Trà Vinh, ngày 25 tháng 11 năm 2022*",
    "",
    "## KẾ HOẠCH",
    "### khắc phục hạn chế theo Thông báo số 45-TB/ĐU của Thường trực Đảng ủy Khối",
    "",
    "Thực hiện Thông báo số 45-TB/ĐU ngày 02/11/2022 của Thường trực Đảng ủy Khối, Chi bộ Sở Y tế xây dựng kế hoạch khắc phục như sau:",
    "",
    "| TT | Nội dung khắc phục | Người thực hiện | Thời gian |",
    "|---|---|---|---|",
    "| 1 | Đổi mới nội dung sinh hoạt chuyên đề | Chi ủy | Tháng 12/2022 |",
    "| 2 | Tăng tỷ lệ đảng viên phát biểu | Bí thư chi bộ | Thường xuyên |",
    "",
    "T/M CHI BỘ  ",
    "BÍ THƯ  ",
    "Nguyễn Thị Thu Vân",
    ""]))

nfd_text = "\n".join([
    "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH  ",
    "CHI BỘ SỞ NỘI VỤ  ",
    "\\*  ",
    "Số 01-KH/CB  ",
    "",
    "ĐẢNG CỘNG SẢN VIỆT NAM  ",
    "Trà Vinh, ngày 25 tháng 5 năm 2021",
    "",
    "# KẾ HOẠCH",
    "## thực hiện Nghị quyết số 04-NQ/ĐU của Ban Chấp hành Đảng bộ Khối",
    "",
    "Thực hiện Nghị quyết số 04-NQ/ĐU ngày 15/3/2021 của Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh về nâng cao chất lượng sinh hoạt chi bộ và Kế hoạch số 12-KH/ĐU ngày 05/5/2021 của Ban Thường vụ Đảng ủy Khối, Chi bộ Sở Nội vụ xây dựng Kế hoạch thực hiện như sau:",
    "",
    "1. Chi ủy phân công đảng viên chuẩn bị chuyên đề hằng quý.",
    "2. Gắn sinh hoạt chuyên đề với nhiệm vụ cải cách hành chính của Sở.",
    "",
    "T/M CHI BỘ  ",
    "BÍ THƯ  ",
    "Đoàn Quốc Khởi",
    ""])
put("06-chi-bo/CB-SNV_01-KH-CB_25-5-2021.md", unicodedata.normalize("NFD", nfd_text))

put("06-chi-bo/CB-SNV_09-BC-CB_15-6-2023.txt", pdfize(hdr_layout(CB_NV, "09-BC/CB", "Trà Vinh, ngày 15 tháng 6 năm 2023") + [
    "BÁO CÁO",
    "kết quả đánh giá chất lượng chi bộ 6 tháng đầu năm 2023",
    "Thực hiện Quy định số 07-QĐi/ĐU ngày 10/3/2022 của Ban Thường vụ Đảng ủy Khối về tiêu chí đánh giá, xếp loại chi bộ, Chi bộ Sở Nội vụ báo cáo như sau:",
    "Trước đây, việc đánh giá chi bộ thực hiện theo Quy định số 02-QĐi/ĐU ngày 22/01/2021 (đã hết hiệu lực) với bốn tiêu chí; nay thực hiện theo bốn nhóm tiêu chí mới.",
    "Kết quả: chi bộ tự đánh giá đạt mức hoàn thành tốt nhiệm vụ.",
] + sign("T/M CHI BỘ", "BÍ THƯ", "Đoàn Quốc Khởi")))

put("06-chi-bo/CB-SNV_04-KH-CB_08-10-2024.txt", pdfize(hdr_layout(CB_NV, "04-KH/CB", "Trà Vinh, ngày 08 tháng 10 năm 2024") + [
    "KẾ HOẠCH",
    "kiểm điểm, đánh giá, xếp loại chi bộ và đảng viên năm 2024",
    "Căn cứ Quy định số 07-QĐi/ĐU ngày 10/3/2022 của Ban Thường vụ Đảng ủy Khối về tiêu chí đánh giá, xếp loại chi bộ; Hướng dẫn số 16-HD/ĐU ngày 15/3/2023, Chi bộ Sở Nội vụ xây dựng Kế hoạch như sau:",
    "1. Đảng viên viết bản kiểm điểm, hoàn thành trong tháng 11/2024.",
    "2. Chi bộ họp kiểm điểm trong tháng 12/2024.",
] + sign("T/M CHI BỘ", "BÍ THƯ", "Đoàn Quốc Khởi")))

put("06-chi-bo/CB-STP_02-KH-CB_15-4-2023.txt", pdfize(hdr_layout(CB_TP, "02-KH/CB", "Trà Vinh, ngày 15 tháng 4 năm 2023") + [
    "KẾ HOẠCH",
    "khắc phục hạn chế sau kiểm tra của Ủy ban Kiểm tra Đảng ủy Khối",
    "- Căn cứ Quy định số 02-QĐi/ĐU ngày 22/01/2021 của Ban Thường vụ Đảng ủy Khối về tiêu chí đánh giá chi bộ “bốn tốt”;",
    "- Căn cứ Nghị quyết số 05-NQ/ĐU ngày 15/4/2021 của Ban Chấp hành Đảng bộ Khối về công tác phát triển đảng viên;",
    "- Thực hiện Quyết định số 12-QĐ/UBKTĐU ngày 05/9/2022 của Ủy ban Kiểm tra Đảng ủy Khối,",
    "Chi bộ Sở Tư pháp xây dựng Kế hoạch như sau:",
    "1. Chi ủy kiểm điểm, rút kinh nghiệm trong sinh hoạt tháng 5/2023.",
    "2. Phấn đấu cuối năm 2023 đạt chi bộ “bốn tốt”.",
] + sign("T/M CHI BỘ", "BÍ THƯ", "Lâm Hoàng Nam")))

# ---------------------------------------------------------------- draft
put("01-khoi-cq/Du-thao_Quy-dinh-danh-gia-chi-bo_2024.txt", "\n".join([
    "DỰ THẢO",
    "(Lần 2 - xin ý kiến các chi bộ)",
    ""] + hdr_layout(KCQ, "      -QĐi/ĐU", "Trà Vinh, ngày      tháng 8 năm 2024") + [
    "QUY ĐỊNH",
    "về tiêu chí đánh giá, xếp loại chi bộ trong Đảng bộ Khối (sửa đổi)",
    "Căn cứ Điều lệ Đảng,",
    "Ban Thường vụ Đảng ủy Khối quy định như sau:",
    "Điều 1. Tiêu chí đánh giá gồm năm nhóm tiêu chí.",
    "Điều 2. Quy định này có hiệu lực kể từ ngày ký và thay thế Quy định số 07-QĐi/ĐU ngày 10/3/2022 của Ban Thường vụ Đảng ủy Khối.",
    "",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    ""]) + "\n")

# ---------------------------------------------------------------- state documents: Sở Nội vụ, Sở Y tế
def state_hdr(dept, num, placedate):
    return [f"{'UBND TỈNH TRÀ VINH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            f"{dept:<40}Độc lập - Tự do - Hạnh phúc",
            "", f"{'Số: ' + num:<40}{placedate}", ""]

put("07-so-nganh/125-QD-SNV_12-4-2021.txt", pdfize(state_hdr("SỞ NỘI VỤ", "125/QĐ-SNV", "Trà Vinh, ngày 12 tháng 4 năm 2021") + [
    "QUYẾT ĐỊNH",
    "Ban hành Hướng dẫn chấm điểm Chỉ số cải cách hành chính các sở, ban, ngành tỉnh",
    "GIÁM ĐỐC SỞ NỘI VỤ TỈNH TRÀ VINH",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn chấm điểm Chỉ số cải cách hành chính các sở, ban, ngành tỉnh.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
] + ["", "GIÁM ĐỐC", "", "Trương Văn Lâm", ""]))

put("07-so-nganh/210-QD-SNV_20-5-2022.txt", pdfize(state_hdr("SỞ NỘI VỤ", "210/QĐ-SNV", "Trà Vinh, ngày 20 tháng 5 năm 2022") + [
    "QUYẾT ĐỊNH",
    "Ban hành Hướng dẫn chấm điểm Chỉ số cải cách hành chính các sở, ban, ngành tỉnh (thay thế)",
    "GIÁM ĐỐC SỞ NỘI VỤ TỈNH TRÀ VINH",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn chấm điểm Chỉ số cải cách hành chính các sở, ban, ngành tỉnh.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 125/QĐ-SNV ngày 12/4/2021 của Giám đốc Sở Nội vụ.",
] + ["", "GIÁM ĐỐC", "", "Trương Văn Lâm", ""]))

put("07-so-nganh/45-KH-SYT_10-3-2022.txt", pdfize(state_hdr("SỞ Y TẾ", "45/KH-SYT", "Trà Vinh, ngày 10 tháng 3 năm 2022") + [
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2022 của Sở Y tế",
    "Căn cứ Quyết định số 125/QĐ-SNV ngày 12/4/2021 của Sở Nội vụ ban hành Hướng dẫn chấm điểm Chỉ số cải cách hành chính; Sở Y tế xây dựng Kế hoạch như sau:",
    "1. Rà soát thủ tục hành chính trong quý II/2022.",
    "2. Số hóa hồ sơ hành nghề trong năm 2022.",
] + ["", "GIÁM ĐỐC", "", "Huỳnh Ngọc Lũy", ""]))

put("07-so-nganh/45-KH-SYT_08-3-2023.txt", pdfize(state_hdr("SỞ Y TẾ", "45/KH-SYT", "Trà Vinh, ngày 08 tháng 3 năm 2023") + [
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2023 của Sở Y tế",
    "Căn cứ Quyết định số 125/QĐ-SNV ngày 12/4/2021 của Sở Nội vụ ban hành Hướng dẫn chấm điểm Chỉ số cải cách hành chính; tiếp theo Kế hoạch số 45/KH-SYT ngày 10/3/2022 của Sở Y tế, Sở Y tế xây dựng Kế hoạch như sau:",
    "1. Duy trì Hệ thống quản lý chất lượng ISO trong năm 2023.",
    "2. Công khai thủ tục hành chính trên Cổng dịch vụ công.",
] + ["", "GIÁM ĐỐC", "", "Huỳnh Ngọc Lũy", ""]))

# ---------------------------------------------------------------- portal page
put("08-portal/dukhoi-tin-trien-khai-NQ04.html", """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đảng ủy Khối các cơ quan tỉnh Trà Vinh - Tin tức</title>
<style>.menu{float:left}</style></head>
<body>
<div class="banner">TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH TRÀ VINH</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li></ul>
<div class="breadcrumb">Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng</div>
<div class="post">
<h1>Đảng ủy Khối các cơ quan tỉnh triển khai các nghị quyết chuyên đề</h1>
<p class="date">Cập nhật: 25/05/2021 09:12</p>
<p>Sáng ngày 24/5/2021, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị quán triệt Nghị quyết số&nbsp;04-NQ/ĐU ngày 15/3/2021 về nâng cao chất lượng sinh hoạt chi bộ và triển khai Kế hoạch số 12-KH/ĐU ngày 05.5.2021 của Ban Thường vụ Đảng ủy Khối.</p>
<p>Phát biểu tại hội nghị, đồng chí Trần Văn Thạch, Bí thư Đảng ủy Khối đề nghị các chi bộ hoàn thành kế hoạch thực hiện trước ngày 30/5/2021.</p>
<p><i>Tin, ảnh: Minh Thư</i></p>
</div>
<div class="sidebar"><h3>VĂN BẢN MỚI</h3>
<ul>
<li><a href="/van-ban/27-kl-du">Kết luận số 27-KL/ĐU ngày 20/5/2024 sơ kết 3 năm thực hiện Nghị quyết 04-NQ/ĐU</a></li>
<li><a href="/van-ban/30-kh-du">Kế hoạch số 30-KH/ĐU ngày 06/3/2023 tổ chức Hội thi Bí thư chi bộ giỏi</a></li>
<li><a href="/van-ban/16-hd-du">Hướng dẫn số 16-HD/ĐU ngày 15/3/2023</a></li>
</ul></div>
<div class="footer">Bản quyền thuộc Đảng ủy Khối các cơ quan tỉnh Trà Vinh</div>
</body></html>
""")

# ================================================================ key
def P(rule, ids, files, what, **kw):
    d = {"rule": rule, "ids": ids, "files": files, "what": what}
    d.update(kw)
    return d

def T(kind, ids, files, must_not, **kw):
    d = {"kind": kind, "ids": ids, "files": files, "must_not": must_not}
    d.update(kw)
    return d

B = os.path.basename
KEY = {
 "planted": [
  P("cycle", ["05-QĐi/ĐU", "10-HD/ĐU"], ["tap-van-ban-DUK-2022.txt"],
    "Quy định 05-QĐi/ĐU rests on Hướng dẫn 10-HD/ĐU, which guides 05-QĐi/ĐU (both 18/01/2022)"),
  P("temporal", ["20-KH/ĐU"], ["CB-SYT_03-KH-CB_10-01-2022.txt"],
    "cell plan of 10/01/2022 carries out Kế hoạch 20-KH/ĐU of 15/02/2022"),
  P("metadata-conflict", ["05-NQ/ĐU"], ["CB-STP_02-KH-CB_15-4-2023.txt", "05-NQ-DU_15-3-2021.md"],
    "05-NQ/ĐU cited as of 15/4/2021; its header says 15/3/2021"),
  P("superseded-citation", ["02-QĐi/ĐU"], ["CB-STP_02-KH-CB_15-4-2023.txt"],
    "2023 plan rests on Quy định 02-QĐi/ĐU, replaced by 07-QĐi/ĐU on 10/3/2022"),
  P("superseded-citation", ["125/QĐ-SNV"], ["45-KH-SYT_08-3-2023.txt"],
    "2023 plan rests on 125/QĐ-SNV, replaced by 210/QĐ-SNV on 20/5/2022"),
  P("overdue-plan", ["12-KH/ĐU"], ["12-KH-DU_05-5-2021.txt"],
    "table row 3: Ban Thường vụ to issue a Quy chế on Party members' data by 12/2022; never issued", announces=True),
  P("overdue-plan", ["03-QĐi/ĐU"], ["21-KL-DU_14-3-2023.txt"],
    "amend Quy định 03-QĐi/ĐU in quý IV/2023; never amended"),
  P("unmet-obligation", ["06-NQ/ĐU"], ["06-NQ-DU_20-4-2021.txt"],
    "Ủy ban Kiểm tra Đảng ủy Khối to make an inspection plan for 06-NQ/ĐU; none in corpus", contains="Ủy ban Kiểm tra"),
  P("count-mismatch", ["05-KH/CB"], ["CB-SYT_05-KH-CB_12-7-2022.txt"],
    "Tháng 8/2022 (05 nhiệm vụ) lists 4 items"),
  P("duplicate-identity", ["30-KH/ĐU"], ["30-KH-DU_06-3-2023.txt", "30-KH-DU_28-3-2023.md"],
    "two Kế hoạch 30-KH/ĐU of the bloc in one term (06/3 and 28/3/2023)"),
  P("inverse-inconsistency", ["04-HD/ĐU"], ["tap-van-ban-DUK-2022.txt", "16-HD-DU_15-3-2023.md"],
    "Hướng dẫn 04-HD/ĐU replaced by 14-HD/ĐU (2022) and again by 16-HD/ĐU (2023)"),
 ],
 "external": ["21-NQ/TW", "21-KL/TW", "37-QĐi/TW", "69-QĐ/TW", "05-CT/TW", "213-QĐ/TW", "01-KL/TW", "22-QĐ/TW", "24-QĐ/TW"],
 "collateral": [
  {"rule": "superseded-citation", "ids": ["04-HD/ĐU"], "files": ["16-HD-DU_15-3-2023.md"],
   "why": "16-HD/ĐU replaces 04-HD/ĐU, already replaced by 14-HD/ĐU: true as well"},
 ],
 "traps": [
  T("cell-numbers-restart", ["01-KH/CB"], ["CB-SYT_01-KH-CB_20-5-2021.txt", "CB-SNV_01-KH-CB_25-5-2021.md"],
    ["duplicate-identity", "metadata-conflict"]),
  T("two-blocs-same-number", ["04-NQ/ĐU"], ["04-NQ-DU_15-3-2021.txt", "04-NQ-DU-KDN_22-6-2021.txt", "07-KH-DB-CapNuoc_15-7-2021.txt",
    "30-KH-DU_06-3-2023.txt", "27-KL-DU_20-5-2024.txt", "45-TB-DU_02-11-2022.txt", "12-KH-DU_05-5-2021.txt", "CB-SYT_01-KH-CB_20-5-2021.txt"],
    ["duplicate-identity", "metadata-conflict", "temporal", "ambiguous-id"]),
  T("bloc-and-province-same-number", ["12-KH/TU", "12-KH/ĐU"], ["12-KH-DU_05-5-2021.txt", "12-KH-TU_20-3-2021.txt", "06-NQ-DU_20-4-2021.txt", "20-KH-DU_15-02-2022.txt"],
    ["metadata-conflict", "duplicate-identity", "temporal", "dangling"]),
  T("QDi-vs-QD", ["03-QĐi/ĐU", "03-QĐ/ĐU"], ["03-QDi-DU_10-6-2021.txt", "03-QD-DU_02-02-2021.md", "08-HD-DU_20-7-2021.txt"],
    ["duplicate-identity", "metadata-conflict", "temporal", "dangling"]),
  T("review-not-implementation", ["06-NQ/ĐU"], ["15-BC-UBKTDU_10-4-2023.txt"], ["temporal"],
    requires_planted={"rule": "unmet-obligation", "id": "06-NQ/ĐU", "file": "06-NQ-DU_20-4-2021.txt"}),
  T("review-fulfils-planned-review", ["04-NQ/ĐU"], ["04-NQ-DU_15-3-2021.txt", "27-KL-DU_20-5-2024.txt"], ["overdue-plan", "temporal"]),
  T("obligation-met-by-cells", ["04-NQ/ĐU"], ["04-NQ-DU_15-3-2021.txt"], ["unmet-obligation"]),
  T("announced-plan-issued", ["04-NQ/ĐU", "12-KH/ĐU"], ["04-NQ-DU_15-3-2021.txt"], ["overdue-plan"]),
  T("announced-rows-issued", ["12-KH/ĐU", "03-QĐi/ĐU", "08-HD/ĐU"], ["12-KH-DU_05-5-2021.txt"], ["overdue-plan"]),
  T("unit-plan-issued", ["45-TB/ĐU"], ["45-TB-DU_02-11-2022.txt"], ["overdue-plan", "unmet-obligation"]),
  T("da-het-hieu-luc", ["02-QĐi/ĐU", "07-QĐi/ĐU"], ["CB-SNV_09-BC-CB_15-6-2023.txt"], ["superseded-citation", "inverse-inconsistency", "temporal"]),
  T("draft-replaces-nothing", ["07-QĐi/ĐU"], ["CB-SNV_04-KH-CB_08-10-2024.txt", "Du-thao_Quy-dinh-danh-gia-chi-bo_2024.txt", "27-KL-DU_20-5-2024.txt"],
    ["superseded-citation", "inverse-inconsistency", "duplicate-identity"]),
  T("term-not-date", ["05-NQ/ĐU", "04-NQ/ĐU", "03-QĐ/ĐU", "27-KL/ĐU"], ["05-NQ-DU_15-3-2021.md", "04-NQ-DU_15-3-2021.txt", "03-QD-DU_02-02-2021.md", "27-KL-DU_20-5-2024.txt"],
    ["overdue-plan", "temporal"]),
  T("bare-Ket-luan-21-is-central", ["21-KL/ĐU"], ["CB-SYT_03-KH-CB_10-01-2022.txt"], ["temporal", "superseded-citation", "metadata-conflict"]),
  T("nfd-identity", ["04-NQ/ĐU", "12-KH/ĐU"], ["CB-SNV_01-KH-CB_25-5-2021.md"], ["dangling", "metadata-conflict"]),
  T("quoted-old-header-in-compilation", ["02-QĐi/ĐU"], ["tap-van-ban-DUK-2022.txt", "02-QDi-DU_22-01-2021.txt"],
    ["duplicate-identity", "metadata-conflict", "cycle"]),
  T("compilation-toc-cites-nothing", ["07-QĐi/ĐU", "14-HD/ĐU"], ["tap-van-ban-DUK-2022.txt"], ["temporal", "cycle", "superseded-citation"]),
  T("portal-sidebar", ["27-KL/ĐU", "30-KH/ĐU", "16-HD/ĐU"], ["dukhoi-tin-trien-khai-NQ04.html"], ["temporal", "dangling", "duplicate-identity"]),
  T("email-forward", ["20-KH/ĐU"], ["Fwd_KH20-DU_16-02-2022.txt"], ["temporal", "duplicate-identity", "overdue-plan", "metadata-conflict"]),
  T("id-broken-over-line", ["06-NQ/ĐU"], ["15-BC-UBKTDU_10-4-2023.txt"], ["dangling"]),
  T("undated-compact-list", ["05-NQ/ĐU", "06-NQ/ĐU"], ["12-KH-DU_05-5-2021.txt"], ["dangling", "metadata-conflict"]),
  T("date-forms", ["12-KH/ĐU", "04-NQ/ĐU"], ["03-QDi-DU_10-6-2021.txt", "CB-SYT_01-KH-CB_20-5-2021.txt", "dukhoi-tin-trien-khai-NQ04.html"], ["metadata-conflict"]),
  T("state-number-restarts-yearly", ["45/KH-SYT"], ["45-KH-SYT_10-3-2022.txt", "45-KH-SYT_08-3-2023.txt"], ["duplicate-identity", "metadata-conflict", "temporal"]),
  T("citation-before-replacement", ["125/QĐ-SNV"], ["45-KH-SYT_10-3-2022.txt"], ["superseded-citation"]),
  T("inspection-committee-decision", ["12-QĐ/UBKTĐU"], ["12-QD-UBKTDU_05-9-2022.txt", "CB-STP_02-KH-CB_15-4-2023.txt"], ["dangling", "metadata-conflict"]),
  T("amended-later-not-superseded", ["03-QĐi/ĐU"], ["CB-SYT_05-KH-CB_12-7-2022.txt"], ["superseded-citation"]),
 ],
}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="corpus")
    ap.add_argument("--key", default="key.json")
    a = ap.parse_args()
    for name, text in sorted(FILES.items()):
        p = os.path.join(a.out, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    bases = [B(n) for n in FILES]
    assert len(bases) == len(set(bases)), "basenames must be unique"
    for p in KEY["planted"]:
        for f in p["files"]:
            assert f in bases, f
    for t in KEY["traps"]:
        for f in t["files"]:
            assert f in bases, f
    with open(a.key, "w", encoding="utf-8") as f:
        json.dump(KEY, f, ensure_ascii=False, indent=1)
    print(f"{len(FILES)} files")

if __name__ == "__main__":
    main()
