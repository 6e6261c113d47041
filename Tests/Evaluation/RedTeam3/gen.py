#!/usr/bin/env python3
"""Red team 10: ministries' circulars and decisions, district/commune/branch Party bodies.

Deterministic generator (Python 3 stdlib only):  python3 gen.py --seed 1 --out corpus
Writes the corpus into OUT and key.json beside OUT (OUT/../key.json).

Conventions (none of them written by the docgraph team):
  * state: Thông tư .../YYYY/TT-BTC, TT-BNV, TT-BYT, TTLT-BNV-BTC, Quyết định NNNN/QĐ-BYT (numbers without a
    year, restarting every year), Quyết định/Kế hoạch of UBND tỉnh/huyện/quận/xã and Sở Y tế; amendments
    ("sửa đổi, bổ sung một số điều của Thông tư số …"), replacement and repeal in the article "Hiệu lực thi hành",
    partial repeal ("Bãi bỏ Điều 7 …");
  * Party: Huyện ủy (HU), Thị ủy (TU, the same code as the Tỉnh ủy), Quận ủy (QU), Đảng ủy xã/phường (ĐU),
    Đảng ủy Khối (ĐUK), Chi bộ ấp / tổ dân phố (CB), in Bến Tre, Điện Biên, Phú Yên and Đà Nẵng;
  * formats: .txt (CRLF, NFD, NBSP, hard wraps at ~70 columns, OCR noise), .docx (header in a two-column
    table, task tables), .html (header and task tables), .md (numbered prose).
"""
import argparse, json, os, random, re, textwrap, unicodedata, zipfile
from xml.sax.saxutils import escape

AS_OF = "2026-11-26"


def dl(d):
    y, m, dd = d
    return f"ngày {dd:02d} tháng {m:02d} năm {y}" if m < 3 else f"ngày {dd:02d} tháng {m} năm {y}"


def ds(d, pad=False):
    y, m, dd = d
    return f"{dd:02d}/{m:02d}/{y}" if pad else f"{dd}/{m}/{y}"


DOCS = []
KEY = {"as_of": AS_OF, "planted": [], "traps": [], "external": [], "expected_misses": [], "corpus_ids": []}


def doc(fn, fmt, kind, left, number, place, date, typeword, title, body, sign, flags=(), own_id=None):
    DOCS.append(dict(fn=fn, fmt=fmt, kind=kind, left=left, number=number, place=place, date=date,
                     typeword=typeword, title=title, body=body, sign=sign, flags=set(flags)))
    if own_id:
        KEY["corpus_ids"].append({"id": own_id, "file": fn, "date": "%04d-%02d-%02d" % date})
    return fn


def plant(rule, ids, files, what):
    KEY["planted"].append({"rule": rule, "ids": ids, "files": files, "what": what})


def trap(kind, ids, files, must_not, what):
    KEY["traps"].append({"kind": kind, "ids": ids, "files": files, "must_not": must_not, "what": what})


# ----------------------------------------------------------------------------------------------- state
BTC = ["BỘ TÀI CHÍNH", "-------"]
BNV = ["BỘ NỘI VỤ", "-------"]
BYT = ["BỘ Y TẾ", "-------"]
PARTY_SIGN_DU = ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)"]


def build(rng):
    S = "state"
    P = "party"

    # ---------------------------------------------------------------- Bộ Tài chính chain
    doc("s01_btc_tt10_2019.txt", "txt", S, BTC, "Số: 10/2019/TT-BTC", "Hà Nội", (2019, 2, 15), "THÔNG TƯ",
        ["Hướng dẫn quản lý và sử dụng kinh phí thực hiện chế độ, chính sách đối với người hoạt động",
         "không chuyên trách ở cấp xã, ở thôn, tổ dân phố"],
        ["Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, "
         "quyền hạn và cơ cấu tổ chức của Bộ Tài chính;",
         "Căn cứ Nghị định số 92/2009/NĐ-CP ngày 22 tháng 10 năm 2009 của Chính phủ về chức danh, số lượng, một số "
         "chế độ, chính sách đối với cán bộ, công chức ở xã, phường, thị trấn và những người hoạt động không "
         "chuyên trách ở cấp xã;",
         "Theo đề nghị của Vụ trưởng Vụ Ngân sách nhà nước;",
         "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn quản lý và sử dụng kinh phí thực hiện chế độ, chính "
         "sách đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố.",
         "Điều 1. Phạm vi điều chỉnh",
         "Thông tư này hướng dẫn việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí chi trả phụ cấp.",
         "Điều 2. Đối tượng áp dụng",
         "Người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố và các cơ quan, đơn vị có liên quan.",
         "Điều 9. Hiệu lực thi hành",
         "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2019.",
         "2. Thông tư này thay thế Thông tư số 03/2010/TT-BTC ngày 12 tháng 01 năm 2010 của Bộ Tài chính.",
         "3. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Bộ Tài chính "
         "để nghiên cứu, giải quyết./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Hiếu"], flags=["crlf"], own_id="10/2019/TT-BTC")
    KEY["external"] += ["87/2017/NĐ-CP", "92/2009/NĐ-CP", "03/2010/TT-BTC"]

    doc("s02_btc_tt22_2021.docx", "docx", S, BTC, "Số: 22/2021/TT-BTC", "Hà Nội", (2021, 3, 30), "THÔNG TƯ",
        ["Sửa đổi, bổ sung một số điều của Thông tư số 10/2019/TT-BTC ngày 15 tháng 02 năm 2019 của Bộ trưởng",
         "Bộ Tài chính hướng dẫn quản lý và sử dụng kinh phí thực hiện chế độ, chính sách đối với người hoạt động",
         "không chuyên trách ở cấp xã, ở thôn, tổ dân phố"],
        ["Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, "
         "quyền hạn và cơ cấu tổ chức của Bộ Tài chính;",
         "Bộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 10/2019/TT-BTC "
         "ngày 15 tháng 02 năm 2019 của Bộ trưởng Bộ Tài chính.",
         "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 10/2019/TT-BTC",
         "1. Sửa đổi khoản 2 Điều 4 như sau: “2. Kinh phí chi trả phụ cấp được bố trí trong dự toán ngân sách xã.”",
         "Điều 2. Hiệu lực thi hành",
         "Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 5 năm 2021./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Võ Thành Hưng"], own_id="22/2021/TT-BTC")

    doc("s03_btc_tt41_2023.html", "html", S, BTC, "Số: 41/2023/TT-BTC", "Hà Nội", (2023, 6, 12), "THÔNG TƯ",
        ["Quy định quản lý, sử dụng kinh phí chi trả phụ cấp đối với người hoạt động không chuyên trách"],
        ["Căn cứ Nghị định số 14/2023/NĐ-CP ngày 20 tháng 4 năm 2023 của Chính phủ quy định chức năng, nhiệm vụ, "
         "quyền hạn và cơ cấu tổ chức của Bộ Tài chính;",
         "Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ quy định về cán bộ, công chức "
         "cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố;",
         "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định quản lý, sử dụng kinh phí chi trả phụ cấp.",
         "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
         "Thông tư này quy định việc quản lý, sử dụng kinh phí chi trả phụ cấp đối với người hoạt động không "
         "chuyên trách ở cấp xã, ở thôn, tổ dân phố.",
         "Điều 8. Hiệu lực thi hành",
         "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2023.",
         "2. Thông tư này thay thế Thông tư số 10/2019/TT-BTC ngày 15/02/2019 của Bộ trưởng Bộ Tài chính hướng "
         "dẫn quản lý và sử dụng kinh phí thực hiện chế độ, chính sách đối với người hoạt động không chuyên trách "
         "ở cấp xã, ở thôn, tổ dân phố và Thông tư số 22/2021/TT-BTC ngày 30/3/2021 của Bộ trưởng Bộ Tài chính "
         "sửa đổi, bổ sung một số điều của Thông tư số 10/2019/TT-BTC.",
         "3. Bãi bỏ Điều 7 Thông tư số 55/2018/TT-BTC ngày 25 tháng 6 năm 2018 của Bộ trưởng Bộ Tài chính quy "
         "định quản lý, sử dụng kinh phí hỗ trợ hoạt động của thôn, tổ dân phố./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Võ Thành Hưng"], own_id="41/2023/TT-BTC")
    KEY["external"] += ["14/2023/NĐ-CP", "33/2023/NĐ-CP", "55/2018/TT-BTC"]

    doc("s04_bentre_ubnd_qd2156_2024.txt", "txt", S, ["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "-------"],
        "Số: 2156/QĐ-UBND", "Bến Tre", (2024, 9, 10), "QUYẾT ĐỊNH",
        ["Về việc phân bổ kinh phí chi trả phụ cấp đối với người hoạt động không chuyên trách năm 2024"],
        ["ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
         "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Căn cứ Thông tư số 10/2019/TT-BTC ngày 15 tháng 02 năm 2019 của Bộ Tài chính hướng dẫn quản lý và sử "
         "dụng kinh phí thực hiện chế độ, chính sách đối với người hoạt động không chuyên trách ở cấp xã;",
         "Căn cứ Thông tư số 55/2018/TT-BTC ngày 25 tháng 6 năm 2018 của Bộ Tài chính quy định quản lý, sử dụng "
         "kinh phí hỗ trợ hoạt động của thôn, tổ dân phố;",
         "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 412/TTr-STC ngày 30 tháng 8 năm 2024.",
         "QUYẾT ĐỊNH:",
         "Điều 1. Phân bổ kinh phí chi trả phụ cấp năm 2024 cho các huyện, thành phố (chi tiết theo Phụ lục "
         "kèm theo).",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], flags=["nfd", "crlf"], own_id="2156/QĐ-UBND")
    plant("superseded-citation", ["10/2019/TT-BTC", "41/2023/TT-BTC"], ["s04_bentre_ubnd_qd2156_2024.txt"],
          "2024 decision rests on 10/2019/TT-BTC, replaced by 41/2023/TT-BTC (12/6/2023)")
    trap("partial-repeal", ["55/2018/TT-BTC"], ["s04_bentre_ubnd_qd2156_2024.txt"], ["superseded-citation"],
         "41/2023 repeals only Điều 7 of 55/2018/TT-BTC; citing 55/2018 later is correct")
    KEY["external"] += ["412/TTr-STC"]

    doc("s05_mocaynam_ubnd_qd845_2022.md", "md", S, ["ỦY BAN NHÂN DÂN", "HUYỆN MỎ CÀY NAM", "-------"],
        "Số: 845/QĐ-UBND", "Mỏ Cày Nam", (2022, 5, 4), "QUYẾT ĐỊNH",
        ["Về việc giao dự toán kinh phí chi trả phụ cấp người hoạt động không chuyên trách năm 2022"],
        ["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỎ CÀY NAM",
         "Căn cứ Thông tư số 10/2019/TT-BTC ngày 15/02/2019 của Bộ Tài chính, được sửa đổi, bổ sung bởi Thông tư "
         "số 22/2021/TT-BTC ngày 30/3/2021 của Bộ Tài chính;",
         "Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch huyện.",
         "QUYẾT ĐỊNH:",
         "Điều 1. Giao dự toán kinh phí chi trả phụ cấp năm 2022 cho Ủy ban nhân dân các xã, thị trấn.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."],
        ["CHỦ TỊCH"], own_id="845/QĐ-UBND")
    trap("amended-cited-as-amended", ["10/2019/TT-BTC", "22/2021/TT-BTC"], ["s05_mocaynam_ubnd_qd845_2022.md"],
         ["superseded-citation", "temporal", "metadata-conflict"],
         "2022: 10/2019 as amended by 22/2021, before 41/2023 replaced both")

    doc("s06_dinhthuy_ubnd_kh118_2024.txt", "txt", S, ["ỦY BAN NHÂN DÂN", "XÃ ĐỊNH THỦY", "-------"],
        "Số: 118/KH-UBND", "Định Thủy", (2024, 1, 15), "KẾ HOẠCH",
        ["Chi trả phụ cấp đối với người hoạt động không chuyên trách ở xã, ở ấp năm 2024"],
        ["Thực hiện Thông tư số 41/2023/TT-BTC ngày 12/6/2023 của Bộ Tài chính (thay thế Thông tư số "
         "10/2019/TT-BTC) quy định quản lý, sử dụng kinh phí chi trả phụ cấp đối với người hoạt động không "
         "chuyên trách; Quyết định số 845/QĐ-UBND ngày 04/5/2022 của Ủy ban nhân dân huyện Mỏ Cày Nam, Ủy ban "
         "nhân dân xã Định Thủy xây dựng Kế hoạch chi trả phụ cấp năm 2024 như sau:",
         "I. MỤC ĐÍCH, YÊU CẦU",
         "Chi trả đúng đối tượng, đúng chế độ, kịp thời, công khai, minh bạch.",
         "II. NỘI DUNG",
         "1. Rà soát danh sách người hoạt động không chuyên trách ở xã và ở 09 ấp.",
         "2. Lập dự toán và chi trả phụ cấp hằng tháng qua tài khoản cá nhân.",
         "III. TỔ CHỨC THỰC HIỆN",
         "Công chức Tài chính - Kế toán xã chủ trì, phối hợp với Văn phòng - Thống kê thực hiện Kế hoạch này./."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], flags=["wrap", "nbsp"], own_id="118/KH-UBND")
    trap("replacement-in-parenthesis", ["10/2019/TT-BTC", "41/2023/TT-BTC"], ["s06_dinhthuy_ubnd_kh118_2024.txt"],
         ["superseded-citation", "inverse-inconsistency"],
         "'(thay thế Thông tư số 10/2019/TT-BTC)' describes 41/2023; the plan does not replace 10/2019 nor rest on it")
    trap("inverse-by-description", ["10/2019/TT-BTC"], ["s03_btc_tt41_2023.html", "s06_dinhthuy_ubnd_kh118_2024.txt"],
         ["inverse-inconsistency"], "10/2019 is replaced once (by 41/2023) however many texts say so")

    # ---------------------------------------------------------------- Bộ Nội vụ chain
    doc("s07_bnvbtc_ttlt03_2016.txt", "txt", S, ["BỘ NỘI VỤ - BỘ TÀI CHÍNH", "-------"],
        "Số: 03/2016/TTLT-BNV-BTC", "Hà Nội", (2016, 3, 20), "THÔNG TƯ LIÊN TỊCH",
        ["Hướng dẫn thực hiện chế độ phụ cấp đối với người hoạt động không chuyên trách ở tổ dân phố"],
        ["Căn cứ Nghị định số 92/2009/NĐ-CP ngày 22 tháng 10 năm 2009 của Chính phủ;",
         "Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính ban hành Thông tư liên tịch hướng dẫn thực hiện chế độ "
         "phụ cấp đối với người hoạt động không chuyên trách ở tổ dân phố.",
         "Điều 1. Phạm vi điều chỉnh",
         "Thông tư liên tịch này hướng dẫn mức phụ cấp và nguồn kinh phí chi trả.",
         "Điều 6. Hiệu lực thi hành",
         "Thông tư liên tịch này có hiệu lực kể từ ngày 05 tháng 5 năm 2016./."],
        ["BỘ TRƯỞNG BỘ TÀI CHÍNH", "BỘ TRƯỞNG BỘ NỘI VỤ"], flags=["crlf"], own_id="03/2016/TTLT-BNV-BTC")

    doc("s08_bnv_tt13_2022.docx", "docx", S, BNV, "Số: 13/2022/TT-BNV", "Hà Nội", (2022, 12, 30), "THÔNG TƯ",
        ["Hướng dẫn thực hiện chế độ phụ cấp đối với người hoạt động không chuyên trách ở thôn, tổ dân phố"],
        ["Căn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, "
         "quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;",
         "Theo đề nghị của Vụ trưởng Vụ Chính quyền địa phương;",
         "Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn thực hiện chế độ phụ cấp đối với người hoạt động không "
         "chuyên trách ở thôn, tổ dân phố.",
         "Điều 1. Phạm vi điều chỉnh",
         "Thông tư này hướng dẫn chế độ phụ cấp hằng tháng.",
         "Điều 7. Hiệu lực thi hành",
         "1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2023.",
         "2. Thông tư này thay thế Thông tư liên tịch số 03/2016/TTLT-BNV-BTC ngày 20 tháng 3 năm 2016 của Bộ "
         "Nội vụ và Bộ Tài chính./."],
        ["BỘ TRƯỞNG", "Phạm Thị Thanh Trà"], own_id="13/2022/TT-BNV")
    KEY["external"] += ["63/2022/NĐ-CP"]

    doc("s09_lienchieu_ubnd_qd1520_2023.html", "html", S, ["ỦY BAN NHÂN DÂN", "QUẬN LIÊN CHIỂU", "-------"],
        "Số: 1520/QĐ-UBND", "Liên Chiểu", (2023, 5, 8), "QUYẾT ĐỊNH",
        ["Về việc phê duyệt mức phụ cấp người hoạt động không chuyên trách ở tổ dân phố"],
        ["CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN LIÊN CHIỂU",
         "Căn cứ Thông tư liên tịch số 03/2016/TTLT-BNV-BTC ngày 20/3/2016 của Bộ Nội vụ và Bộ Tài chính hướng "
         "dẫn thực hiện chế độ phụ cấp đối với người hoạt động không chuyên trách ở tổ dân phố;",
         "Theo đề nghị của Trưởng phòng Nội vụ quận.",
         "QUYẾT ĐỊNH:",
         "Điều 1. Phê duyệt mức phụ cấp hằng tháng đối với người hoạt động không chuyên trách ở 95 tổ dân phố.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."],
        ["CHỦ TỊCH"], own_id="1520/QĐ-UBND")
    plant("superseded-citation", ["03/2016/TTLT-BNV-BTC", "13/2022/TT-BNV"], ["s09_lienchieu_ubnd_qd1520_2023.html"],
          "joint circular replaced by 13/2022/TT-BNV (30/12/2022) cited as basis on 08/5/2023")

    doc("s10_muongang_ubnd_kh37_2022.txt", "txt", S, ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG ẢNG", "-------"],
        "Số: 37/KH-UBND", "Mường Ảng", (2022, 3, 5), "KẾ HOẠCH",
        ["Rà soát, kiện toàn đội ngũ người hoạt động không chuyên trách ở bản, tổ dân phố năm 2022"],
        ["Căn cứ Thông tư số 13/2022/TT-BNV ngày 30/12/2022 của Bộ Nội vụ hướng dẫn thực hiện chế độ phụ cấp "
         "đối với người hoạt động không chuyên trách ở thôn, tổ dân phố;",
         "Ủy ban nhân dân huyện Mường Ảng ban hành Kế hoạch rà soát, kiện toàn như sau:",
         "1. Các xã, thị trấn rà soát số lượng người hoạt động không chuyên trách ở bản, tổ dân phố.",
         "2. Phòng Nội vụ tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 30/6/2022./."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], flags=["crlf", "nbsp"], own_id="37/KH-UBND")
    plant("temporal", ["13/2022/TT-BNV"], ["s10_muongang_ubnd_kh37_2022.txt"],
          "plan of 05/3/2022 rests on a circular of 30/12/2022")

    # ---------------------------------------------------------------- Bộ Y tế
    doc("s11_byt_tt06_2018.txt", "txt", S, BYT, "Số: 06/2018/TT-BYT", "Hà Nội", (2018, 4, 6), "THÔNG TƯ",
        ["Hướng dẫn hoạt động của nhân viên y tế thôn, bản"],
        ["Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức năng, nhiệm "
         "vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;",
         "Bộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn hoạt động của nhân viên y tế thôn, bản.",
         "Điều 1. Phạm vi điều chỉnh",
         "Thông tư này hướng dẫn nhiệm vụ của nhân viên y tế thôn, bản và cô đỡ thôn, bản.",
         "Điều 10. Hiệu lực thi hành",
         "Thông tư này có hiệu lực kể từ ngày 01 tháng 6 năm 2018./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], own_id="06/2018/TT-BYT")
    KEY["external"] += ["75/2017/NĐ-CP"]

    doc("s12_byt_tt11_2021.md", "md", S, BYT, "Số: 11/2021/TT-BYT", "Hà Nội", (2021, 8, 19), "THÔNG TƯ",
        ["Hướng dẫn hoạt động của nhân viên y tế thôn, bản và cô đỡ thôn, bản"],
        ["Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức năng, nhiệm "
         "vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;",
         "Bộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn hoạt động của nhân viên y tế thôn, bản và cô đỡ thôn, bản.",
         "Điều 12. Hiệu lực thi hành",
         "1. Thông tư này có hiệu lực kể từ ngày 01 tháng 10 năm 2021.",
         "2. Thông tư số 06/2018/TT-BYT ngày 06 tháng 4 năm 2018 của Bộ trưởng Bộ Y tế hướng dẫn hoạt động của "
         "nhân viên y tế thôn, bản hết hiệu lực kể từ ngày Thông tư này có hiệu lực./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], own_id="11/2021/TT-BYT")

    doc("s13_byt_tt19_2022.docx", "docx", S, BYT, "Số: 19/2022/TT-BYT", "Hà Nội", (2022, 10, 28), "THÔNG TƯ",
        ["Quy định tiêu chuẩn và nhiệm vụ của nhân viên y tế thôn, bản"],
        ["Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm "
         "vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;",
         "Bộ trưởng Bộ Y tế ban hành Thông tư quy định tiêu chuẩn và nhiệm vụ của nhân viên y tế thôn, bản.",
         "Điều 9. Hiệu lực thi hành",
         "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2023.",
         "2. Thông tư này thay thế Thông tư số 06/2018/TT-BYT ngày 06 tháng 4 năm 2018 của Bộ trưởng Bộ Y tế "
         "hướng dẫn hoạt động của nhân viên y tế thôn, bản./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], own_id="19/2022/TT-BYT")
    plant("inverse-inconsistency", ["06/2018/TT-BYT", "11/2021/TT-BYT", "19/2022/TT-BYT"],
          ["s12_byt_tt11_2021.md", "s13_byt_tt19_2022.docx"],
          "06/2018/TT-BYT ended by 11/2021 (hết hiệu lực) and again replaced by 19/2022")
    # 95/2022/NĐ-CP is cited with a date after the circular's own: written by mistake in the first draft of this
    # generator, found by docgraph, and kept as a planted defect (the citation itself carries the later date)
    KEY["external"] += ["95/2022/NĐ-CP"]
    plant("temporal", ["95/2022/NĐ-CP"], ["s13_byt_tt19_2022.docx"],
          "circular of 28/10/2022 rests on a decree cited as of 15/11/2022 (unintended at first, kept)")

    doc("s14_byt_qd1234_2019.txt", "txt", S, BYT, "Số: 1234/QĐ-BYT", "Hà Nội", (2019, 4, 5), "QUYẾT ĐỊNH",
        ["Về việc ban hành Hướng dẫn quản lý sức khỏe người cao tuổi tại trạm y tế xã"],
        ["BỘ TRƯỞNG BỘ Y TẾ",
         "Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn quản lý sức khỏe người cao tuổi tại trạm y tế xã.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], own_id="1234/QĐ-BYT")

    doc("s15_byt_qd1234_2022.html", "html", S, BYT, "Số: 1234/QĐ-BYT", "Hà Nội", (2022, 3, 17), "QUYẾT ĐỊNH",
        ["Về việc ban hành Hướng dẫn quản lý sức khỏe người cao tuổi tại trạm y tế xã, phường, thị trấn"],
        ["BỘ TRƯỞNG BỘ Y TẾ",
         "Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn quản lý sức khỏe người cao tuổi tại trạm y tế xã, "
         "phường, thị trấn.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành và thay thế Quyết định số 1234/QĐ-BYT ngày "
         "05 tháng 4 năm 2019 của Bộ trưởng Bộ Y tế./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], own_id="1234/QĐ-BYT")
    trap("number-reused-next-year", ["1234/QĐ-BYT"], ["s14_byt_qd1234_2019.txt", "s15_byt_qd1234_2022.html"],
         ["duplicate-identity", "cycle", "inverse-inconsistency", "metadata-conflict"],
         "decision numbers without a year restart each year: 1234/QĐ-BYT of 2022 replaces 1234/QĐ-BYT of 2019")

    doc("s16_phuyen_syt_kh52_2023.txt", "txt", S, ["UBND TỈNH PHÚ YÊN", "SỞ Y TẾ", "-------"],
        "Số: 52/KH-SYT", "Phú Yên", (2023, 2, 10), "KẾ HOẠCH",
        ["Quản lý sức khỏe người cao tuổi tại trạm y tế tuyến xã năm 2023"],
        ["Căn cứ Quyết định số 1234/QĐ-BYT ngày 17/3/2022 của Bộ trưởng Bộ Y tế ban hành Hướng dẫn quản lý sức "
         "khỏe người cao tuổi tại trạm y tế xã, phường, thị trấn;",
         "Căn cứ Quyết định số 4128/QĐ-BYT ngày 29/7/2016 của Bộ trưởng Bộ Y tế về việc phê duyệt tài liệu "
         "chuyên môn hướng dẫn chăm sóc sức khỏe sinh sản;",
         "Sở Y tế xây dựng Kế hoạch như sau:",
         "1. Các trung tâm y tế huyện, thị xã, thành phố chỉ đạo trạm y tế xã lập hồ sơ quản lý sức khỏe.",
         "2. Báo cáo kết quả về Sở Y tế trước ngày 15/12/2023./."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], flags=["crlf", "nfd"], own_id="52/KH-SYT")
    trap("number-reused-resolved-by-date", ["1234/QĐ-BYT"], ["s16_phuyen_syt_kh52_2023.txt"],
         ["superseded-citation", "metadata-conflict", "ambiguous-id"],
         "cites the 2022 decision (current) with its date; the replaced one is the 2019 namesake")

    doc("s17_byt_qd3001_2023.docx", "docx", S, BYT, "Số: 3001/QĐ-BYT", "Hà Nội", (2023, 8, 20), "QUYẾT ĐỊNH",
        ["Về việc bãi bỏ văn bản do Bộ trưởng Bộ Y tế ban hành"],
        ["BỘ TRƯỞNG BỘ Y TẾ",
         "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Bãi bỏ Quyết định số 4128/QĐ-BYT ngày 29 tháng 7 năm 2016 của Bộ trưởng Bộ Y tế về việc phê "
         "duyệt tài liệu chuyên môn hướng dẫn chăm sóc sức khỏe sinh sản.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành./."],
        ["BỘ TRƯỞNG"], own_id="3001/QĐ-BYT")
    KEY["external"] += ["4128/QĐ-BYT"]

    doc("s18_phuyen_syt_kh77_2025.txt", "txt", S, ["UBND TỈNH PHÚ YÊN", "SỞ Y TẾ", "-------"],
        "Số: 77/KH-SYT", "Phú Yên", (2025, 3, 3), "KẾ HOẠCH",
        ["Chăm sóc sức khỏe sinh sản tại tuyến xã năm 2025"],
        ["Căn cứ Quyết định số 4128/QĐ-BYT ngày 29/7/2016 của Bộ trưởng Bộ Y tế về việc phê duyệt tài liệu "
         "chuyên môn hướng dẫn chăm sóc sức khỏe sinh sản;",
         "Căn cứ Thông tư số 19/2022/TT-BYT ngày 28/10/2022 của Bộ trưởng Bộ Y tế;",
         "Sở Y tế xây dựng Kế hoạch chăm sóc sức khỏe sinh sản năm 2025 như sau:",
         "1. Tập huấn cho nhân viên y tế thôn, bản về chăm sóc bà mẹ, trẻ sơ sinh.",
         "2. Báo cáo kết quả trước ngày 15/12/2025./."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], flags=["wrap"], own_id="77/KH-SYT")
    plant("superseded-citation", ["4128/QĐ-BYT", "3001/QĐ-BYT"], ["s18_phuyen_syt_kh77_2025.txt"],
          "rests in 2025 on 4128/QĐ-BYT, repealed by 3001/QĐ-BYT of 20/8/2023")
    trap("cited-before-repeal", ["4128/QĐ-BYT"], ["s16_phuyen_syt_kh52_2023.txt"], ["superseded-citation"],
         "cited in February 2023, before the repeal of August 2023")

    # duplicate identity (state)
    doc("s19_bnv_tt05_2020.txt", "txt", S, BNV, "Số: 05/2020/TT-BNV", "Hà Nội", (2020, 6, 10), "THÔNG TƯ",
        ["Hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố"],
        ["Căn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm "
         "vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;",
         "Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố.",
         "Điều 8. Hiệu lực thi hành",
         "Thông tư này có hiệu lực kể từ ngày 01 tháng 8 năm 2020./."],
        ["BỘ TRƯỞNG"], own_id="05/2020/TT-BNV")
    doc("s20_bnv_tt05_2020_dup.md", "md", S, BNV, "Số: 05/2020/TT-BNV", "Hà Nội", (2020, 7, 22), "THÔNG TƯ",
        ["Quy định chế độ báo cáo thống kê ngành Nội vụ"],
        ["Căn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ;",
         "Bộ trưởng Bộ Nội vụ ban hành Thông tư quy định chế độ báo cáo thống kê ngành Nội vụ.",
         "Điều 6. Hiệu lực thi hành",
         "Thông tư này có hiệu lực kể từ ngày 15 tháng 9 năm 2020./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], own_id="05/2020/TT-BNV")
    plant("duplicate-identity", ["05/2020/TT-BNV"], ["s19_bnv_tt05_2020.txt", "s20_bnv_tt05_2020_dup.md"],
          "two different circulars headed Số: 05/2020/TT-BNV")
    KEY["external"] += ["34/2017/NĐ-CP"]

    # ---------------------------------------------------------------- ministry plans (overdue / pending / fulfilled)
    doc("s21_bnv_qd125_2025.html", "html", S, BNV, "Số: 125/QĐ-BNV", "Hà Nội", (2025, 1, 20), "QUYẾT ĐỊNH",
        ["Ban hành Kế hoạch xây dựng văn bản quy phạm pháp luật của Bộ Nội vụ năm 2025"],
        ["BỘ TRƯỞNG BỘ NỘI VỤ",
         "Căn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng văn bản quy phạm pháp luật năm 2025.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "KẾ HOẠCH XÂY DỰNG VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2025",
         "(Ban hành kèm theo Quyết định số 125/QĐ-BNV ngày 20/01/2025 của Bộ trưởng Bộ Nội vụ)",
         ("table", ["STT", "Tên văn bản", "Đơn vị chủ trì", "Thời hạn trình"],
          [["1", "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 13/2022/TT-BNV ngày 30/12/2022 hướng dẫn "
                 "chế độ phụ cấp ở thôn, tổ dân phố", "Vụ Chính quyền địa phương", "Tháng 9/2025"],
           ["2", "Thông tư thay thế Thông tư số 05/2020/TT-BNV hướng dẫn về tổ chức và hoạt động của thôn, tổ dân "
                 "phố", "Vụ Chính quyền địa phương", "Tháng 12/2026"],
           ["3", "Thông tư hướng dẫn chế độ báo cáo công tác dân vận chính quyền", "Văn phòng Bộ", "Quý IV/2026"],
           ["4", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý", "Vụ Pháp chế",
            "Thường xuyên"]]),
         ],
        ["BỘ TRƯỞNG"], own_id="125/QĐ-BNV")
    plant("overdue-plan", ["13/2022/TT-BNV"], ["s21_bnv_qd125_2025.html"],
          "planned amendment of 13/2022/TT-BNV due Tháng 9/2025, none in corpus")
    trap("deadline-not-due", ["05/2020/TT-BNV"], ["s21_bnv_qd125_2025.html"], ["overdue-plan:warning"],
         "replacement of 05/2020/TT-BNV due Tháng 12/2026: pending as of 2026-11-26")
    trap("deadline-not-due", [], ["s21_bnv_qd125_2025.html"], ["overdue-plan:warning@row3"],
         "new circular due Quý IV/2026; row 4 recurring")

    doc("s22_byt_qd1890_2025.docx", "docx", S, BYT, "Số: 1890/QĐ-BYT", "Hà Nội", (2025, 2, 14), "QUYẾT ĐỊNH",
        ["Ban hành Chương trình xây dựng văn bản quy phạm pháp luật năm 2025 của Bộ Y tế"],
        ["BỘ TRƯỞNG BỘ Y TẾ",
         "QUYẾT ĐỊNH:",
         "Điều 1. Ban hành kèm theo Quyết định này Chương trình xây dựng văn bản quy phạm pháp luật năm 2025.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "CHƯƠNG TRÌNH XÂY DỰNG VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2025",
         ("table", ["TT", "Tên văn bản", "Đơn vị chủ trì", "Thời gian ban hành"],
          [["1", "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 19/2022/TT-BYT quy định tiêu chuẩn và "
                 "nhiệm vụ của nhân viên y tế thôn, bản", "Vụ Sức khỏe Bà mẹ - Trẻ em", "Quý II/2025"],
           ["2", "Thông tư sửa đổi, bổ sung Thông tư số 11/2021/TT-BYT", "Cục Quản lý Khám, chữa bệnh",
            "Quý III/2025"]]),
         ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], own_id="1890/QĐ-BYT")
    plant("overdue-plan", ["11/2021/TT-BYT"], ["s22_byt_qd1890_2025.docx"],
          "planned amendment of 11/2021/TT-BYT due Quý III/2025, none in corpus")
    trap("plan-fulfilled", ["19/2022/TT-BYT"], ["s22_byt_qd1890_2025.docx"], ["overdue-plan:warning"],
         "amendment of 19/2022/TT-BYT done by 08/2025/TT-BYT (30/5/2025)")

    doc("s23_byt_tt08_2025.txt", "txt", S, BYT, "Số: 08/2025/TT-BYT", "Hà Nội", (2025, 5, 30), "THÔNG TƯ",
        ["Sửa đổi, bổ sung một số điều của Thông tư số 19/2022/TT-BYT ngày 28 tháng 10 năm 2022 của Bộ trưởng Bộ",
         "Y tế quy định tiêu chuẩn và nhiệm vụ của nhân viên y tế thôn, bản"],
        ["Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ;",
         "Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 19/2022/TT-BYT ngày 28 "
         "tháng 10 năm 2022.",
         "Điều 1. Sửa đổi, bổ sung Điều 3 Thông tư số 19/2022/TT-BYT",
         "Điều 2. Hiệu lực thi hành",
         "Thông tư này có hiệu lực kể từ ngày 15 tháng 7 năm 2025./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], flags=["crlf"], own_id="08/2025/TT-BYT")

    doc("s24_btc_qd1375_2023.txt", "txt", S, BTC, "Số: 1375/QĐ-BTC", "Hà Nội", (2023, 6, 12), "QUYẾT ĐỊNH",
        ["Về việc đính chính Thông tư số 41/2023/TT-BTC"],
        ["BỘ TRƯỞNG BỘ TÀI CHÍNH",
         "Căn cứ Thông tư số 41/2023/TT-BTC ngày 12/6/2023 của Bộ trưởng Bộ Tài chính quy định quản lý, sử dụng "
         "kinh phí chi trả phụ cấp đối với người hoạt động không chuyên trách;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Đính chính khoản 2 Điều 3 Thông tư số 41/2023/TT-BTC như sau: …",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], own_id="1375/QĐ-BTC")
    trap("same-day-citation", ["41/2023/TT-BTC"], ["s24_btc_qd1375_2023.txt"], ["temporal"],
         "a decision dated the same day as the circular it corrects")

    # 4-cycle across state and Party: Liên Chiểu
    doc("s25_lienchieu_ubnd_qd1688_2023.html", "html", S, ["ỦY BAN NHÂN DÂN", "QUẬN LIÊN CHIỂU", "-------"],
        "Số: 1688/QĐ-UBND", "Liên Chiểu", (2023, 5, 25), "QUYẾT ĐỊNH",
        ["Về việc ban hành Đề án xây dựng tổ dân phố văn minh giai đoạn 2023 - 2025"],
        ["CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN LIÊN CHIỂU",
         "Thực hiện Nghị quyết số 14-NQ/ĐU ngày 20/5/2023 của Đảng ủy phường Hòa Minh về xây dựng tổ dân phố "
         "văn minh;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Ban hành kèm theo Quyết định này Đề án xây dựng tổ dân phố văn minh giai đoạn 2023 - 2025.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."],
        ["CHỦ TỊCH"], own_id="1688/QĐ-UBND")

    # ---------------------------------------------------------------- Party: Bến Tre, Mỏ Cày Nam, Định Thủy
    HU_MCN = ["ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY MỎ CÀY NAM", "*"]
    DU_DT = ["ĐẢNG BỘ HUYỆN MỎ CÀY NAM", "ĐẢNG ỦY XÃ ĐỊNH THỦY", "*"]
    CB_PH = ["ĐẢNG BỘ XÃ ĐỊNH THỦY", "CHI BỘ ẤP PHƯỚC HẬU", "*"]
    CB_PK = ["ĐẢNG BỘ XÃ ĐỊNH THỦY", "CHI BỘ ẤP PHƯỚC KHÁNH", "*"]
    NQ21 = ("Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa "
            "XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên")
    KEY["external"] += ["21-NQ/TW"]

    doc("p01_mocaynam_hu_nq08_2022.docx", "docx", P, HU_MCN, "Số 08-NQ/HU", "Mỏ Cày Nam", (2022, 9, 12),
        "NGHỊ QUYẾT", ["CỦA BAN THƯỜNG VỤ HUYỆN ỦY", "về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2022 - 2025"],
        ["Thực hiện " + NQ21 + ", Ban Thường vụ Huyện ủy ban hành Nghị quyết về nâng cao chất lượng sinh hoạt "
         "chi bộ giai đoạn 2022 - 2025 như sau:",
         "I. MỤC TIÊU",
         "Đến năm 2025, 100% chi bộ ấp, khu phố sinh hoạt định kỳ đúng quy định.",
         "II. NHIỆM VỤ, GIẢI PHÁP",
         "1. Đổi mới nội dung, hình thức sinh hoạt chi bộ.",
         "2. Tăng cường kiểm tra, giám sát việc sinh hoạt chi bộ.",
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện Nghị quyết, tổ chức quán triệt đến chi bộ, "
         "đảng viên.",
         "2. Ban Tổ chức Huyện ủy ban hành hướng dẫn thực hiện Nghị quyết; theo dõi, đôn đốc, định kỳ báo cáo "
         "Ban Thường vụ Huyện ủy."],
        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)"], own_id="08-NQ/HU")
    trap("obligation-fulfilled", ["08-NQ/HU", "15-KH/ĐU"], ["p01_mocaynam_hu_nq08_2022.docx"],
         ["unmet-obligation@Đảng ủy các xã"], "the commune's plan 15-KH/ĐU implements it")
    plant("unmet-obligation", ["08-NQ/HU"], ["p01_mocaynam_hu_nq08_2022.docx"],
          "Ban Tổ chức Huyện ủy to issue a Hướng dẫn; none in corpus")
    KEY["planted"][-1]["actor"] = "Ban Tổ chức Huyện ủy"

    doc("p02_dinhthuy_du_kh15_2022.docx", "docx", P, DU_DT, "Số 15-KH/ĐU", "Định Thủy", (2022, 10, 3),
        "KẾ HOẠCH", ["thực hiện Nghị quyết số 08-NQ/HU của Ban Thường vụ Huyện ủy về nâng cao chất lượng",
                      "sinh hoạt chi bộ giai đoạn 2022 - 2025"],
        ["Thực hiện Nghị quyết số 08-NQ/HU ngày 12/9/2022 của Ban Thường vụ Huyện ủy Mỏ Cày Nam về nâng cao "
         "chất lượng sinh hoạt chi bộ giai đoạn 2022 - 2025, Ban Chấp hành Đảng bộ xã Định Thủy xây dựng Kế "
         "hoạch thực hiện như sau:",
         "I. MỤC ĐÍCH, YÊU CẦU",
         "Cụ thể hóa Nghị quyết phù hợp với tình hình thực tế của Đảng bộ xã.",
         "II. NHIỆM VỤ CỤ THỂ",
         ("table", ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện"],
          [["1", "Tổ chức quán triệt Nghị quyết số 08-NQ/HU đến 100% chi bộ", "Ban Tuyên giáo Đảng ủy",
            "Tháng 10/2022"],
           ["2", "Sửa đổi, bổ sung Quy định số 08-QĐ/ĐU ngày 14/01/2021 của Đảng ủy xã về chế độ sinh hoạt "
                 "chi bộ ấp", "Văn phòng Đảng ủy", "Tháng 6/2023"],
           ["3", "Kiểm tra việc sinh hoạt chi bộ ấp", "Ủy ban Kiểm tra Đảng ủy", "Hằng năm"],
           ["4", "Sơ kết 03 năm thực hiện Nghị quyết số 08-NQ/HU", "Văn phòng Đảng ủy", "Quý IV/2026"]]),
         "III. TỔ CHỨC THỰC HIỆN",
         "Các chi bộ ấp xây dựng kế hoạch thực hiện, báo cáo kết quả về Đảng ủy trước ngày 15/12 hằng năm."],
        PARTY_SIGN_DU, own_id="15-KH/ĐU")
    plant("overdue-plan", ["08-QĐ/ĐU"], ["p02_dinhthuy_du_kh15_2022.docx"],
          "planned amendment of 08-QĐ/ĐU due Tháng 6/2023, none in corpus")
    trap("deadline-not-due", ["08-NQ/HU"], ["p02_dinhthuy_du_kh15_2022.docx"], ["overdue-plan:warning@08-NQ/HU"],
         "review of 08-NQ/HU due Quý IV/2026: pending")
    trap("issuer-names", ["08-NQ/HU"], ["p02_dinhthuy_du_kh15_2022.docx", "p01_mocaynam_hu_nq08_2022.docx"],
         ["metadata-conflict"], "Ban Thường vụ Huyện ủy Mỏ Cày Nam = Huyện ủy Mỏ Cày Nam")
    KEY["external"] += ["08-QĐ/ĐU"]

    doc("p03_phuochau_cb_kh05_2022.txt", "txt", P, CB_PH, "Số 05-KH/CB", "Định Thủy", (2022, 10, 20),
        "KẾ HOẠCH", ["thực hiện Kế hoạch số 15-KH/ĐU của Đảng ủy xã Định Thủy"],
        ["Thực hiện Kế hoạch số 15-KH/ĐU ngày 03/10/2022 của Đảng ủy xã Định Thủy thực hiện Nghị quyết số "
         "08-NQ/HU ngày 12/9/2022 của Ban Thường vụ Huyện ủy Mỏ Cày Nam, Chi bộ ấp Phước Hậu xây dựng Kế hoạch "
         "như sau:",
         "1. Sinh hoạt chi bộ định kỳ vào ngày 05 hằng tháng.",
         "2. Mỗi quý tổ chức ít nhất 01 buổi sinh hoạt chuyên đề.",
         "3. Báo cáo kết quả về Đảng ủy xã trước ngày 10/12 hằng năm."],
        ["T/M CHI BỘ", "BÍ THƯ", "(Đã ký)"], flags=["nfd", "crlf"], own_id="05-KH/CB")

    doc("p04_phuockhanh_cb_kh06_2022_ocr.txt", "txt", P, CB_PK, "Số 06-KH/CB", "Định Thủy", (2022, 10, 25),
        "KẾ HOẠCH", ["thực hiện Kế hoạch số 15-KH/ĐU của Đảng ủy xã Định Thủy"],
        ["Thực hiện Kế hoạch số l5-KH/ĐU ngày O3/10/2022 của Đảng ủy xã Định Thủy thực hiện Nghị quyết số "
         "08-NQ/HU ngày 12/9/2O22 của Ban Thường vụ Huyện ủy Mỏ Cày Nam, Chi bộ ấp Phước Khánh xây dựng Kế hoạch "
         "như sau:",
         "l. Sinh hoạt chi bộ định kỳ vào ngày O5 hằng tháng.",
         "2. Báo cáo kết quả về Đảng ủy xã trước ngày 1O/12 hằng năm."],
        ["T/M CHI BỘ", "BÍ THƯ", "(Đã ký)"], flags=["wrap"], own_id="06-KH/CB")
    KEY["expected_misses"].append({"file": "p04_phuockhanh_cb_kh06_2022_ocr.txt",
                                   "what": "OCR 'l5-KH/ĐU' (15-KH/ĐU) and 'O3/10/2022', '12/9/2O22': a reader may miss "
                                           "the link; it must not invent an id (5-KH/ĐU) or a wrong date"})
    trap("ocr-noise", ["08-NQ/HU", "15-KH/ĐU"], ["p04_phuockhanh_cb_kh06_2022_ocr.txt"],
         ["metadata-conflict", "temporal", "dangling:5-KH/ĐU", "duplicate-identity"],
         "O for 0 in a year and l for 1 in a number: at most a miss, never a conflict")
    trap("same-number-other-branch", ["05-KH/CB"], ["p03_phuochau_cb_kh05_2022.txt"], ["duplicate-identity"],
         "05-KH/CB of Chi bộ ấp Phước Hậu vs 09-KH/CB elsewhere: chi bộ numbers are local")

    # 3-cycle across levels (district -> commune -> branch -> district)
    doc("p05_mocaynam_hu_kh112_2023.txt", "txt", P, HU_MCN, "Số 112-KH/HU", "Mỏ Cày Nam", (2023, 3, 2),
        "KẾ HOẠCH", ["xây dựng ấp kiểu mẫu gắn với sinh hoạt chi bộ năm 2023"],
        ["Căn cứ Nghị quyết số 09-NQ/ĐU ngày 20/02/2023 của Đảng ủy xã Định Thủy về xây dựng ấp kiểu mẫu; "
         "Ban Thường vụ Huyện ủy xây dựng Kế hoạch nhân rộng mô hình trên địa bàn huyện như sau:",
         "1. Chọn mỗi xã 01 ấp làm điểm.",
         "2. Ban Dân vận Huyện ủy theo dõi, tổng hợp, báo cáo."],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)"], flags=["wrap", "crlf"], own_id="112-KH/HU")
    doc("p06_dinhthuy_du_nq09_2023.html", "html", P, DU_DT, "Số 09-NQ/ĐU", "Định Thủy", (2023, 2, 20),
        "NGHỊ QUYẾT", ["về xây dựng ấp kiểu mẫu năm 2023"],
        ["Thực hiện Kế hoạch số 07-KH/CB ngày 15/02/2023 của Chi bộ ấp Phước Hậu về xây dựng ấp kiểu mẫu, Ban "
         "Chấp hành Đảng bộ xã quyết nghị:",
         "1. Nhân rộng mô hình ấp kiểu mẫu ra toàn xã.",
         "2. Giao Ủy ban nhân dân xã bố trí kinh phí."],
        PARTY_SIGN_DU, own_id="09-NQ/ĐU")
    doc("p07_phuochau_cb_kh07_2023.md", "md", P, CB_PH, "Số 07-KH/CB", "Định Thủy", (2023, 2, 15),
        "KẾ HOẠCH", ["xây dựng ấp Phước Hậu đạt chuẩn ấp kiểu mẫu"],
        ["Thực hiện Kế hoạch số 112-KH/HU ngày 02/3/2023 của Ban Thường vụ Huyện ủy Mỏ Cày Nam, Chi bộ ấp "
         "Phước Hậu xây dựng Kế hoạch như sau:",
         "1. Vận động nhân dân hiến đất làm đường.",
         "2. Xây dựng tuyến đường hoa kiểu mẫu."],
        ["T/M CHI BỘ", "BÍ THƯ"], own_id="07-KH/CB")
    plant("cycle", ["112-KH/HU", "09-NQ/ĐU", "07-KH/CB"],
          ["p05_mocaynam_hu_kh112_2023.txt", "p06_dinhthuy_du_nq09_2023.html", "p07_phuochau_cb_kh07_2023.md"],
          "district plan based on commune resolution implementing branch plan implementing district plan")
    KEY.setdefault("collateral", []).append({"rule": "temporal", "files": ["p07_phuochau_cb_kh07_2023.md"]})

    doc("p08_dinhthuy_du_nq01_2020.txt", "txt", P, DU_DT, "Số 01-NQ/ĐU", "Định Thủy", (2020, 8, 5),
        "NGHỊ QUYẾT", ["Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã khóa XII, nhiệm kỳ 2020 - 2025"],
        ["Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã Định Thủy khóa XII, nhiệm kỳ 2020 - 2025 quyết nghị:",
         "1. Bầu Ban Thường vụ Đảng ủy gồm 05 đồng chí.",
         "2. Thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ xã."],
        PARTY_SIGN_DU, flags=["crlf"], own_id="01-NQ/ĐU")
    doc("p09_dinhthuy_du_nq01_2025.docx", "docx", P, DU_DT, "Số 01-NQ/ĐU", "Định Thủy", (2025, 7, 20),
        "NGHỊ QUYẾT", ["Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã khóa XIII, nhiệm kỳ 2025 - 2030"],
        ["Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã Định Thủy khóa XIII, nhiệm kỳ 2025 - 2030 quyết nghị:",
         "1. Bầu Ban Thường vụ Đảng ủy gồm 07 đồng chí.",
         "2. Thông qua Chương trình làm việc toàn khóa."],
        PARTY_SIGN_DU, own_id="01-NQ/ĐU")
    trap("number-reused-next-term", ["01-NQ/ĐU"], ["p08_dinhthuy_du_nq01_2020.txt", "p09_dinhthuy_du_nq01_2025.docx"],
         ["duplicate-identity"], "01-NQ/ĐU of khóa XII (2020) and of khóa XIII (2025)")

    doc("p10_dinhthuy_du_kh03_2026.md", "md", P, DU_DT, "Số 03-KH/ĐU", "Định Thủy", (2026, 2, 10),
        "KẾ HOẠCH", ["thực hiện Chương trình làm việc toàn khóa năm 2026"],
        ["Thực hiện Nghị quyết số 01-NQ/ĐU ngày 20/7/2025 của Ban Chấp hành Đảng bộ xã khóa XIII, Ban Thường vụ "
         "Đảng ủy xây dựng Kế hoạch năm 2026 như sau:",
         "I. NHIỆM VỤ TRỌNG TÂM",
         "Tập trung 03 nhóm giải pháp sau:",
         "1. Nhóm giải pháp về xây dựng Đảng:",
         "a) Nâng cao chất lượng sinh hoạt chi bộ;",
         "b) Phát triển đảng viên mới.",
         "2. Nhóm giải pháp về phát triển kinh tế:",
         "a) Chuyển đổi cây trồng sang dừa hữu cơ.",
         "3. Nhóm giải pháp về văn hóa - xã hội:",
         "a) Xây dựng ấp văn hóa;",
         "b) Giữ vững an ninh trật tự.",
         "II. TỔ CHỨC THỰC HIỆN",
         "Văn phòng Đảng ủy theo dõi, báo cáo./."],
        PARTY_SIGN_DU, own_id="03-KH/ĐU")
    trap("dated-citation-resolves", ["01-NQ/ĐU"], ["p10_dinhthuy_du_kh03_2026.md"], ["ambiguous-id", "metadata-conflict"],
         "01-NQ/ĐU with its date 20/7/2025 picks the khóa XIII resolution")
    trap("count-with-subitems", [], ["p10_dinhthuy_du_kh03_2026.md"], ["count-mismatch"],
         "03 nhóm giải pháp followed by 3 groups with 5 lettered sub-items")

    doc("p11_phuochau_cb_kh02_2026.txt", "txt", P, CB_PH, "Số 02-KH/CB", "Định Thủy", (2026, 3, 5),
        "KẾ HOẠCH", ["công tác năm 2026 của Chi bộ ấp Phước Hậu"],
        ["Thực hiện Nghị quyết số 01-NQ/ĐU của Đảng ủy xã Định Thủy; Kế hoạch số 03-KH/ĐU ngày 10/02/2026 của "
         "Ban Thường vụ Đảng ủy xã, Chi bộ ấp Phước Hậu tập trung thực hiện 05 nhiệm vụ trọng tâm sau:",
         "1. Sinh hoạt chi bộ định kỳ, chuyên đề đúng quy định.",
         "2. Phát triển 02 đảng viên mới.",
         "3. Vận động nhân dân tham gia xây dựng ấp văn hóa.",
         "4. Giữ vững an ninh trật tự trên địa bàn ấp.",
         "",
         "Chi bộ giao đồng chí Bí thư chi bộ theo dõi, đôn đốc thực hiện."],
        ["T/M CHI BỘ", "BÍ THƯ", "(Đã ký)"], flags=["nbsp"], own_id="02-KH/CB")
    trap("reporting-duty", [], ["s16_phuyen_syt_kh52_2023.txt", "s18_phuyen_syt_kh77_2025.txt"],
         ["overdue-plan:warning"], "'Báo cáo kết quả về Sở Y tế trước ngày 15/12/2023' is a reporting duty of the units, "
         "not a document the corpus should hold (debatable: counted as a false alarm)")
    plant("ambiguous-id", ["01-NQ/ĐU"], ["p11_phuochau_cb_kh02_2026.txt"],
          "bare 01-NQ/ĐU of Đảng ủy xã Định Thủy: two terms hold that number")
    plant("count-mismatch", [], ["p11_phuochau_cb_kh02_2026.txt"], "05 nhiệm vụ trọng tâm, 4 listed")

    doc("p12_dinhthuy_du_kh21_2021.txt", "txt", P, DU_DT, "Số 21-KH/ĐU", "Định Thủy", (2021, 6, 15),
        "KẾ HOẠCH", ["lãnh đạo chi trả phụ cấp cho người hoạt động không chuyên trách ở ấp"],
        ["Thực hiện Thông tư số 22/2021/TT-BTC ngày 13/4/2021 của Bộ Tài chính sửa đổi, bổ sung một số điều của "
         "Thông tư số 10/2019/TT-BTC, Ban Thường vụ Đảng ủy xây dựng Kế hoạch lãnh đạo như sau:",
         "1. Đảng ủy lãnh đạo Ủy ban nhân dân xã rà soát đối tượng hưởng phụ cấp.",
         "2. Ủy ban Kiểm tra Đảng ủy giám sát việc chi trả."],
        PARTY_SIGN_DU, flags=["wrap"], own_id="21-KH/ĐU")
    plant("metadata-conflict", ["22/2021/TT-BTC"], ["p12_dinhthuy_du_kh21_2021.txt", "s02_btc_tt22_2021.docx"],
          "22/2021/TT-BTC cited as of 13/4/2021; its header says 30/3/2021")

    doc("p13_dinhthuy_du_ct3_2023.html", "html", P, DU_DT, "Số 3-CT/ĐU", "Định Thủy", (2023, 4, 10),
        "CHỈ THỊ", ["về tăng cường lãnh đạo công tác y tế cơ sở"],
        ["Căn cứ Thông tư số 06/2018/TT-BYT ngày 06/4/2018 của Bộ Y tế hướng dẫn hoạt động của nhân viên y tế "
         "thôn, bản; để nâng cao chất lượng chăm sóc sức khỏe nhân dân, Ban Thường vụ Đảng ủy yêu cầu:",
         "1. Các chi bộ ấp lãnh đạo nhân viên y tế ấp thực hiện tốt nhiệm vụ.",
         "2. Trạm Y tế xã tham mưu, báo cáo định kỳ."],
        PARTY_SIGN_DU, own_id="3-CT/ĐU")
    plant("superseded-citation", ["06/2018/TT-BYT"], ["p13_dinhthuy_du_ct3_2023.html"],
          "2023 directive rests on 06/2018/TT-BYT, ended by 11/2021 and replaced by 19/2022")

    doc("p14_bentre_duk_nq12_2023.docx", "docx", P, ["ĐẢNG BỘ TỈNH BẾN TRE", "ĐẢNG ỦY KHỐI DOANH NGHIỆP", "*"],
        "Số 12-NQ/ĐUK", "Bến Tre", (2023, 5, 5), "NGHỊ QUYẾT",
        ["về phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước giai đoạn 2023 - 2025"],
        ["Thực hiện " + NQ21 + ", Ban Chấp hành Đảng bộ Khối Doanh nghiệp tỉnh quyết nghị:",
         "I. MỤC TIÊU",
         "Mỗi năm kết nạp ít nhất 60 đảng viên trong doanh nghiệp ngoài khu vực nhà nước.",
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Các đảng ủy, chi bộ cơ sở trực thuộc xây dựng kế hoạch thực hiện Nghị quyết.",
         "2. Ban Tổ chức Đảng ủy Khối theo dõi, báo cáo."],
        ["T/M ĐẢNG ỦY KHỐI", "BÍ THƯ"], own_id="12-NQ/ĐUK")
    plant("unmet-obligation", ["12-NQ/ĐUK"], ["p14_bentre_duk_nq12_2023.docx"],
          "đảng ủy, chi bộ cơ sở to issue Kế hoạch; none implements 12-NQ/ĐUK")

    # ---------------------------------------------------------------- Điện Biên, Mường Ảng, Ẳng Tở
    DU_AT = ["ĐẢNG BỘ HUYỆN MƯỜNG ẢNG", "ĐẢNG ỦY XÃ ẲNG TỞ", "*"]
    HU_MA = ["ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "HUYỆN ỦY MƯỜNG ẢNG", "*"]
    doc("p15_angto_du_nq03_2021.txt", "txt", P, DU_AT, "Số 03-NQ/ĐU", "Ẳng Tở", (2021, 5, 10), "NGHỊ QUYẾT",
        ["về phát triển cây cà phê giai đoạn 2021 - 2025"],
        ["Ban Chấp hành Đảng bộ xã Ẳng Tở quyết nghị phát triển cây cà phê giai đoạn 2021 - 2025:",
         "1. Đến năm 2025 diện tích cà phê đạt 350 ha.",
         "2. Giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện."],
        PARTY_SIGN_DU, flags=["nfd"], own_id="03-NQ/ĐU")
    doc("p16_angto_du_kh04_2021.docx", "docx", P, DU_AT, "Số 04-KH/ĐU", "Ẳng Tở", (2021, 6, 1), "KẾ HOẠCH",
        ["thực hiện Nghị quyết số 03-NQ/ĐU về phát triển cây cà phê"],
        ["Thực hiện Nghị quyết số 03-NQ/ĐU ngày 10/5/2021 của Ban Chấp hành Đảng bộ xã về phát triển cây cà phê "
         "giai đoạn 2021 - 2025, Ban Thường vụ Đảng ủy xây dựng Kế hoạch như sau:",
         ("table", ["TT", "Nội dung", "Chủ trì", "Thời gian"],
          [["1", "Quy hoạch vùng trồng cà phê", "UBND xã", "Năm 2021"],
           ["2", "Hỗ trợ giống cho hộ nghèo", "Hội Nông dân xã", "Giai đoạn 2021 - 2025"]])],
        PARTY_SIGN_DU, own_id="04-KH/ĐU")
    trap("cited-before-replacement", ["03-NQ/ĐU"], ["p16_angto_du_kh04_2021.docx"], ["superseded-citation"],
         "04-KH/ĐU (2021) implements 03-NQ/ĐU, replaced only in 2024 by 11-NQ/ĐU")
    doc("p17_angto_du_nq11_2024.html", "html", P, DU_AT, "Số 11-NQ/ĐU", "Ẳng Tở", (2024, 4, 15), "NGHỊ QUYẾT",
        ["về phát triển cây cà phê và mắc ca giai đoạn 2024 - 2030"],
        ["Ban Chấp hành Đảng bộ xã Ẳng Tở quyết nghị:",
         "1. Tiếp tục thực hiện Kế hoạch số 04-KH/ĐU ngày 01/6/2021 của Ban Thường vụ Đảng ủy về phát triển cây "
         "cà phê đến hết năm 2024.",
         "2. Phát triển thêm 120 ha mắc ca đến năm 2030.",
         "3. Nghị quyết này thay thế Nghị quyết số 03-NQ/ĐU ngày 10/5/2021 của Ban Chấp hành Đảng bộ xã."],
        PARTY_SIGN_DU, own_id="11-NQ/ĐU")
    doc("p18_angto_du_bc25_2025.txt", "txt", P, DU_AT, "Số 25-BC/ĐU", "Ẳng Tở", (2025, 1, 10), "BÁO CÁO",
        ["kết quả phát triển cây công nghiệp năm 2024"],
        ["Năm 2021, Ban Thường vụ Đảng ủy ban hành Kế hoạch số 04-KH/ĐU ngày 01/6/2021 thực hiện Nghị quyết số "
         "03-NQ/ĐU ngày 10/5/2021 (nay đã được thay thế bởi Nghị quyết số 11-NQ/ĐU ngày 15/4/2024 của Ban Chấp "
         "hành Đảng bộ xã). Kết quả năm 2024 như sau:",
         "1. Diện tích cà phê đạt 362 ha, vượt mục tiêu đề ra.",
         "2. Trồng mới 35 ha mắc ca.",
         "Phương hướng năm 2025: tiếp tục thực hiện Nghị quyết số 11-NQ/ĐU ngày 15/4/2024."],
        PARTY_SIGN_DU, flags=["wrap", "crlf"], own_id="25-BC/ĐU")
    trap("passive-replacement", ["03-NQ/ĐU", "11-NQ/ĐU", "04-KH/ĐU"], ["p18_angto_du_bc25_2025.txt"],
         ["superseded-citation", "inverse-inconsistency", "cycle"],
         "'nay đã được thay thế bởi Nghị quyết số 11-NQ/ĐU': history in a report, not a citation to rest on")
    trap("replace-vs-implement-direction", ["03-NQ/ĐU", "11-NQ/ĐU", "04-KH/ĐU"],
         ["p16_angto_du_kh04_2021.docx", "p17_angto_du_nq11_2024.html"], ["cycle", "inverse-inconsistency"],
         "04-KH implements 03-NQ, 11-NQ replaces 03-NQ and continues 04-KH: no circle")

    doc("p19_angto_du_nq07_2023a.txt", "txt", P, DU_AT, "Số 07-NQ/ĐU", "Ẳng Tở", (2023, 3, 14), "NGHỊ QUYẾT",
        ["về công tác phòng, chống ma túy năm 2023"],
        ["Ban Thường vụ Đảng ủy xã Ẳng Tở quyết nghị:",
         "1. Không để phát sinh điểm, tụ điểm ma túy trên địa bàn.",
         "2. Giao Công an xã chủ trì thực hiện."], PARTY_SIGN_DU, own_id="07-NQ/ĐU")
    doc("p20_angto_du_nq07_2023b.md", "md", P, DU_AT, "Số 07-NQ/ĐU", "Ẳng Tở", (2023, 8, 22), "NGHỊ QUYẾT",
        ["về lãnh đạo thu hoạch và tiêu thụ cà phê vụ 2023 - 2024"],
        ["Ban Thường vụ Đảng ủy xã Ẳng Tở quyết nghị:",
         "1. Tổ chức thu hoạch cà phê đúng thời vụ.",
         "2. Giao Hợp tác xã liên kết tiêu thụ."], PARTY_SIGN_DU, own_id="07-NQ/ĐU")
    plant("duplicate-identity", ["07-NQ/ĐU"], ["p19_angto_du_nq07_2023a.txt", "p20_angto_du_nq07_2023b.md"],
          "Đảng ủy xã Ẳng Tở numbered two resolutions of one term 07-NQ/ĐU")
    doc("p21_dinhthuy_du_nq07_2023.txt", "txt", P, DU_DT, "Số 07-NQ/ĐU", "Định Thủy", (2023, 5, 2), "NGHỊ QUYẾT",
        ["về phát triển kinh tế vườn dừa năm 2023"],
        ["Ban Thường vụ Đảng ủy xã Định Thủy quyết nghị phát triển kinh tế vườn dừa năm 2023.",
         "1. Chuyển đổi 40 ha vườn tạp sang trồng dừa xiêm."], PARTY_SIGN_DU, flags=["nfd"], own_id="07-NQ/ĐU")
    trap("same-number-other-commune", ["07-NQ/ĐU"], ["p21_dinhthuy_du_nq07_2023.txt"], ["duplicate-identity@p21"],
         "07-NQ/ĐU of xã Định Thủy (Bến Tre) is not 07-NQ/ĐU of xã Ẳng Tở (Điện Biên)")

    doc("p22_muongang_hu_kh215_2022.html", "html", P, HU_MA, "Số 215-KH/HU", "Mường Ảng", (2022, 11, 15),
        "KẾ HOẠCH", ["thực hiện Nghị quyết số 21-NQ/TW của Hội nghị Trung ương 5 khóa XIII"],
        ["Thực hiện " + NQ21 + "; Kế hoạch số 96-KH/TU ngày 10/8/2022 của Ban Thường vụ Tỉnh ủy Điện Biên, Ban "
         "Thường vụ Huyện ủy Mường Ảng xây dựng Kế hoạch thực hiện như sau:",
         "I. NHIỆM VỤ",
         "Quý I/2023 (04 nhiệm vụ):",
         ("table", ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
          [["1", "Rà soát, sắp xếp chi bộ bản", "Ban Tổ chức Huyện ủy", "Tháng 01/2023"],
           ["2", "Kiện toàn cấp ủy cơ sở", "Ban Tổ chức Huyện ủy", "Tháng 02/2023"],
           ["3", "Bồi dưỡng bí thư chi bộ", "Trung tâm Chính trị huyện", "Tháng 3/2023"]]),
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện, báo cáo kết quả về Ban Thường vụ Huyện ủy.",
         "2. Văn phòng Huyện ủy theo dõi, tổng hợp."],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], own_id="215-KH/HU")
    plant("count-mismatch", [], ["p22_muongang_hu_kh215_2022.html"], "Quý I/2023 (04 nhiệm vụ), 3 rows")
    plant("unmet-obligation", ["215-KH/HU"], ["p22_muongang_hu_kh215_2022.html"],
          "Đảng ủy các xã, thị trấn to issue Kế hoạch; none implements 215-KH/HU")
    KEY["external"] += ["96-KH/TU"]

    # ---------------------------------------------------------------- Phú Yên: Tỉnh ủy and Thị ủy Sông Cầu (both TU)
    TU_PY = ["ĐẢNG BỘ TỈNH PHÚ YÊN", "TỈNH ỦY", "*"]
    ThU = ["ĐẢNG BỘ TỈNH PHÚ YÊN", "THỊ ỦY SÔNG CẦU", "*"]
    DU_XP = ["ĐẢNG BỘ THỊ XÃ SÔNG CẦU", "ĐẢNG ỦY PHƯỜNG XUÂN PHÚ", "*"]
    doc("p23_phuyen_tu_nq18_2021.txt", "txt", P, TU_PY, "Số 18-NQ/TU", "Tuy Hòa", (2021, 10, 8), "NGHỊ QUYẾT",
        ["CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "về phát triển kinh tế biển giai đoạn 2021 - 2025, định hướng đến năm 2030"],
        ["Ban Chấp hành Đảng bộ tỉnh Phú Yên quyết nghị:",
         "I. MỤC TIÊU",
         "Kinh tế biển đóng góp 35% GRDP của tỉnh vào năm 2025.",
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng chương trình hành động thực "
         "hiện Nghị quyết.",
         "2. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức quán triệt Nghị quyết."],
        ["T/M TỈNH ỦY", "BÍ THƯ"], flags=["crlf"], own_id="18-NQ/TU")
    doc("p24_songcau_tu_nq18_2021.docx", "docx", P, ThU, "Số 18-NQ/TU", "Sông Cầu", (2021, 11, 20), "NGHỊ QUYẾT",
        ["CỦA BAN THƯỜNG VỤ THỊ ỦY", "về xây dựng phường văn minh đô thị giai đoạn 2021 - 2025"],
        ["Ban Thường vụ Thị ủy Sông Cầu quyết nghị:",
         "1. Đến năm 2025, 100% khu phố đạt chuẩn văn minh đô thị.",
         "III. TỔ CHỨC THỰC HIỆN",
         "Đảng ủy các phường, xã xây dựng kế hoạch thực hiện Nghị quyết, báo cáo Ban Thường vụ Thị ủy."],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], own_id="18-NQ/TU")
    plant("unmet-obligation", ["18-NQ/TU"], ["p24_songcau_tu_nq18_2021.docx"],
          "Thị ủy's 18-NQ/TU: đảng ủy phường, xã to issue Kế hoạch; none")
    trap("same-code-town-and-province", ["18-NQ/TU"], ["p23_phuyen_tu_nq18_2021.txt", "p24_songcau_tu_nq18_2021.docx"],
         ["duplicate-identity"], "Tỉnh ủy Phú Yên and Thị ủy Sông Cầu both number -NQ/TU")
    doc("p25_songcau_tu_ctr30_2021.md", "md", P, ThU, "Số 30-CTr/TU", "Sông Cầu", (2021, 12, 15),
        "CHƯƠNG TRÌNH HÀNH ĐỘNG", ["thực hiện Nghị quyết số 18-NQ/TU của Ban Chấp hành Đảng bộ tỉnh"],
        ["Thực hiện Nghị quyết số 18-NQ/TU ngày 08/10/2021 của Ban Chấp hành Đảng bộ tỉnh Phú Yên về phát triển "
         "kinh tế biển giai đoạn 2021 - 2025, định hướng đến năm 2030; gắn với Nghị quyết số 18-NQ/TU ngày "
         "20/11/2021 của Ban Thường vụ Thị ủy về xây dựng phường văn minh đô thị, Ban Thường vụ Thị ủy Sông Cầu "
         "xây dựng Chương trình hành động như sau:",
         "1. Phát triển nuôi tôm hùm bền vững ở vịnh Xuân Đài.",
         "2. Phát triển du lịch biển gắn với đô thị văn minh."],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], own_id="30-CTr/TU")
    trap("two-namesakes-in-one-sentence", ["18-NQ/TU"], ["p25_songcau_tu_ctr30_2021.md"],
         ["metadata-conflict", "ambiguous-id"],
         "cites the Tỉnh ủy's and the Thị ủy's 18-NQ/TU, each with its own date and issuer")
    trap("obligation-fulfilled", ["18-NQ/TU", "30-CTr/TU"], ["p23_phuyen_tu_nq18_2021.txt"], ["unmet-obligation"],
         "Thị ủy Sông Cầu's programme 30-CTr/TU implements the Tỉnh ủy's 18-NQ/TU")

    doc("p26_songcau_tu_kh45_2024.txt", "txt", P, ThU, "Số 45-KH/TU", "Sông Cầu", (2024, 4, 10), "KẾ HOẠCH",
        ["chỉnh trang đô thị khu vực ven biển năm 2024"],
        ["Thực hiện Nghị quyết số 22-NQ/ĐU ngày 02/4/2024 của Đảng ủy phường Xuân Phú về chỉnh trang đô thị ven "
         "biển, Ban Thường vụ Thị ủy xây dựng Kế hoạch như sau:",
         "1. Ủy ban nhân dân thị xã lập quy hoạch chi tiết.",
         "2. Đảng ủy các phường ven biển tổ chức thực hiện."],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], flags=["nbsp", "crlf"], own_id="45-KH/TU")
    doc("p27_xuanphu_du_nq22_2024.docx", "docx", P, DU_XP, "Số 22-NQ/ĐU", "Xuân Phú", (2024, 4, 2), "NGHỊ QUYẾT",
        ["về chỉnh trang đô thị ven biển phường Xuân Phú"],
        ["Căn cứ Kế hoạch số 45-KH/TU ngày 10/4/2024 của Ban Thường vụ Thị ủy Sông Cầu về chỉnh trang đô thị khu "
         "vực ven biển năm 2024, Ban Chấp hành Đảng bộ phường quyết nghị:",
         "1. Vận động nhân dân chỉnh trang nhà ở mặt tiền ven biển.",
         "2. Giao Ủy ban nhân dân phường tổ chức thực hiện."],
        PARTY_SIGN_DU, own_id="22-NQ/ĐU")
    plant("cycle", ["45-KH/TU", "22-NQ/ĐU"], ["p26_songcau_tu_kh45_2024.txt", "p27_xuanphu_du_nq22_2024.docx"],
          "Thị ủy plan implements ward resolution that rests on the Thị ủy plan")
    KEY["collateral"].append({"rule": "temporal", "files": ["p27_xuanphu_du_nq22_2024.docx"]})

    doc("p28_xuanphu_du_nq15_2023.txt", "txt", P, DU_XP, "Số 15-NQ/ĐU", "Xuân Phú", (2023, 12, 1), "NGHỊ QUYẾT",
        ["về phát triển kinh tế đêm gắn với du lịch biển"],
        ["Ban Chấp hành Đảng bộ phường Xuân Phú quyết nghị phát triển kinh tế đêm gắn với du lịch biển.",
         "1. Hình thành phố đi bộ ven biển."], PARTY_SIGN_DU, flags=["nfd"], own_id="15-NQ/ĐU")
    doc("p29_xuanphu_du_kh23_2024.html", "html", P, DU_XP, "Số 23-KH/ĐU", "Xuân Phú", (2024, 5, 20), "KẾ HOẠCH",
        ["thực hiện Nghị quyết số 15-NQ/ĐU về phát triển kinh tế đêm"],
        ["Thực hiện Nghị quyết số 15-NQ/ĐU ngày 01/12/2023 của Ban Chấp hành Đảng bộ phường về phát triển kinh "
         "tế đêm gắn với du lịch biển, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:",
         ("table", ["TT", "Nội dung", "Đơn vị chủ trì", "Tiến độ"],
          [["1", "Sửa đổi, bổ sung Nghị quyết số 15-NQ/ĐU cho phù hợp quy hoạch mới", "Văn phòng Đảng ủy",
            "Quý IV/2026"],
           ["2", "Tổng kết thực hiện Nghị quyết số 15-NQ/ĐU", "Văn phòng Đảng ủy", "Năm 2027"],
           ["3", "Tuyên truyền, vận động hộ kinh doanh", "Mặt trận Tổ quốc phường", "Thường xuyên"]])],
        PARTY_SIGN_DU, own_id="23-KH/ĐU")
    trap("planned-edge-no-cycle", ["15-NQ/ĐU", "23-KH/ĐU"], ["p29_xuanphu_du_kh23_2024.html"],
         ["cycle", "overdue-plan:warning", "temporal"],
         "plan implements 15-NQ/ĐU and plans to amend it by Quý IV/2026: planned, not enacted, not yet due")

    # ---------------------------------------------------------------- Đà Nẵng: Liên Chiểu 4-cycle
    QU_LC = ["ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "QUẬN ỦY LIÊN CHIỂU", "*"]
    DU_HM = ["ĐẢNG BỘ QUẬN LIÊN CHIỂU", "ĐẢNG ỦY PHƯỜNG HÒA MINH", "*"]
    CB_45 = ["ĐẢNG BỘ PHƯỜNG HÒA MINH", "CHI BỘ TỔ DÂN PHỐ 45", "*"]
    doc("p30_lienchieu_qu_kh30_2023.txt", "txt", P, QU_LC, "Số 30-KH/QU", "Liên Chiểu", (2023, 6, 1), "KẾ HOẠCH",
        ["xây dựng tổ dân phố văn minh năm 2023"],
        ["Căn cứ Quyết định số 1688/QĐ-UBND ngày 25/5/2023 của Ủy ban nhân dân quận Liên Chiểu ban hành Đề án "
         "xây dựng tổ dân phố văn minh giai đoạn 2023 - 2025, Ban Thường vụ Quận ủy xây dựng Kế hoạch như sau:",
         "1. Các đảng ủy phường chỉ đạo chi bộ tổ dân phố đăng ký thi đua.",
         "2. Ban Dân vận Quận ủy theo dõi, tổng hợp."],
        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], flags=["wrap"], own_id="30-KH/QU")
    doc("p31_hoaminh_du_nq14_2023.docx", "docx", P, DU_HM, "Số 14-NQ/ĐU", "Hòa Minh", (2023, 5, 20), "NGHỊ QUYẾT",
        ["về xây dựng tổ dân phố văn minh"],
        ["Căn cứ Kế hoạch số 09-KH/CB ngày 15/5/2023 của Chi bộ Tổ dân phố 45 về xây dựng tổ dân phố văn minh, "
         "Ban Chấp hành Đảng bộ phường Hòa Minh quyết nghị:",
         "1. Nhân rộng mô hình tổ dân phố văn minh ra toàn phường.",
         "2. Giao Ủy ban nhân dân phường tổ chức thực hiện."],
        PARTY_SIGN_DU, own_id="14-NQ/ĐU")
    doc("p32_to45_cb_kh09_2023.md", "md", P, CB_45, "Số 09-KH/CB", "Hòa Minh", (2023, 5, 15), "KẾ HOẠCH",
        ["xây dựng Tổ dân phố 45 văn minh"],
        ["Thực hiện Kế hoạch số 30-KH/QU ngày 01/6/2023 của Ban Thường vụ Quận ủy Liên Chiểu về xây dựng tổ dân "
         "phố văn minh năm 2023, Chi bộ Tổ dân phố 45 xây dựng Kế hoạch như sau:",
         "1. Vận động 100% hộ gia đình ký cam kết.",
         "2. Tổ chức ra quân vệ sinh môi trường hằng tháng."],
        ["T/M CHI BỘ", "BÍ THƯ"], own_id="09-KH/CB")
    plant("cycle", ["30-KH/QU", "1688/QĐ-UBND", "14-NQ/ĐU", "09-KH/CB"],
          ["p30_lienchieu_qu_kh30_2023.txt", "s25_lienchieu_ubnd_qd1688_2023.html", "p31_hoaminh_du_nq14_2023.docx",
           "p32_to45_cb_kh09_2023.md"],
          "Quận ủy plan → UBND quận decision → ward resolution → branch plan → Quận ủy plan")
    KEY["collateral"].append({"rule": "temporal", "files": ["p32_to45_cb_kh09_2023.md"]})

    # a later Quận ủy plan that replaces 30-KH/QU; a ward resolution implements the new one
    doc("p33_lienchieu_qu_kh41_2024.html", "html", P, QU_LC, "Số 41-KH/QU", "Liên Chiểu", (2024, 7, 1), "KẾ HOẠCH",
        ["xây dựng tổ dân phố văn minh giai đoạn 2024 - 2025"],
        ["Tiếp tục thực hiện Quyết định số 1688/QĐ-UBND ngày 25/5/2023 của Ủy ban nhân dân quận, Ban Thường vụ "
         "Quận ủy xây dựng Kế hoạch như sau:",
         "1. Mỗi phường có ít nhất 50% tổ dân phố đạt chuẩn văn minh.",
         "2. Kế hoạch này thay thế Kế hoạch số 30-KH/QU ngày 01/6/2023 của Ban Thường vụ Quận ủy."],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], own_id="41-KH/QU")
    doc("p34_hoaminh_du_kh16_2024.txt", "txt", P, DU_HM, "Số 16-KH/ĐU", "Hòa Minh", (2024, 7, 10), "KẾ HOẠCH",
        ["thực hiện Kế hoạch số 41-KH/QU của Ban Thường vụ Quận ủy"],
        ["Thực hiện Kế hoạch số 41-KH/QU ngày 01/7/2024 của Ban Thường vụ Quận ủy Liên Chiểu (thay thế Kế hoạch "
         "số 30-KH/QU), Ban Thường vụ Đảng ủy phường Hòa Minh xây dựng Kế hoạch như sau:",
         "1. Chi bộ các tổ dân phố đăng ký thi đua.",
         "2. Văn phòng Đảng ủy tổng hợp, báo cáo."],
        PARTY_SIGN_DU, flags=["crlf", "nfd", "wrap"], own_id="16-KH/ĐU")
    trap("replacement-in-parenthesis", ["41-KH/QU", "30-KH/QU"], ["p34_hoaminh_du_kh16_2024.txt"],
         ["superseded-citation", "inverse-inconsistency", "cycle"],
         "'(thay thế Kế hoạch số 30-KH/QU)' describes 41-KH/QU")
    # quoted title of another document inside a title
    doc("p35_hoaminh_du_bc20_2024.txt", "txt", P, DU_HM, "Số 20-BC/ĐU", "Hòa Minh", (2024, 12, 5), "BÁO CÁO",
        ["sơ kết thực hiện Kế hoạch số 16-KH/ĐU"],
        ["Thực hiện Kế hoạch số 16-KH/ĐU ngày 10/7/2024 của Ban Thường vụ Đảng ủy phường, kết quả như sau:",
         "1. 28/45 tổ dân phố đạt chuẩn văn minh.",
         "2. Chi bộ Tổ dân phố 45 được Quận ủy tặng giấy khen theo Kế hoạch “Thực hiện Kế hoạch số 30-KH/QU về "
         "xây dựng tổ dân phố văn minh năm 2023” (tên gọi cũ của phong trào)."],
        PARTY_SIGN_DU, own_id="20-BC/ĐU")
    trap("quoted-title", ["30-KH/QU"], ["p35_hoaminh_du_bc20_2024.txt"], ["superseded-citation"],
         "30-KH/QU appears only inside a quoted title of a movement")

    # ================================================================ batch 2 (added after the first run)
    # tracked changes in a .docx: the deleted basis must not count; a citation of the replaced amending circular
    doc("s26_muongang_ubnd_qd512_2024.docx", "docx", S, ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG ẢNG", "-------"],
        "Số: 512/QĐ-UBND", "Mường Ảng", (2024, 3, 12), "QUYẾT ĐỊNH",
        ["Về việc giao kinh phí chi trả phụ cấp người hoạt động không chuyên trách năm 2024"],
        ["ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG",
         ("revision", "Căn cứ Thông tư số 10/2019/TT-BTC ngày 15/02/2019 của Bộ Tài chính;",
          "Căn cứ Thông tư số 41/2023/TT-BTC ngày 12/6/2023 của Bộ Tài chính;"),
         "Căn cứ Thông tư số 22/2021/TT-BTC ngày 30/3/2021 của Bộ Tài chính về mức chi trả phụ cấp;",
         "QUYẾT ĐỊNH:",
         "Điều 1. Giao kinh phí chi trả phụ cấp năm 2024 cho Ủy ban nhân dân các xã, thị trấn.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], own_id="512/QĐ-UBND")
    trap("tracked-deletion", ["10/2019/TT-BTC"], ["s26_muongang_ubnd_qd512_2024.docx"], ["superseded-citation"],
         "the basis 10/2019/TT-BTC is deleted text (w:del) in a tracked change, replaced by 41/2023/TT-BTC")
    plant("superseded-citation", ["22/2021/TT-BTC", "41/2023/TT-BTC"], ["s26_muongang_ubnd_qd512_2024.docx"],
          "2024 decision rests on the amending circular 22/2021/TT-BTC, replaced with 10/2019 by 41/2023")

    doc("s27_angto_ubnd_kh45_2023.txt", "txt", S, ["ỦY BAN NHÂN DÂN", "XÃ ẲNG TỞ", "-------"],
        "Số: 45/KH-UBND", "Ẳng Tở", (2023, 1, 5), "KẾ HOẠCH",
        ["Rà soát người hoạt động không chuyên trách ở bản năm 2023"],
        ["Căn cứ Thông tư số 13/2022/TT-BNV ngày 30/12/2022 của Bộ Tài chính hướng dẫn thực hiện chế độ phụ cấp "
         "đối với người hoạt động không chuyên trách ở thôn, tổ dân phố;",
         "Ủy ban nhân dân xã Ẳng Tở xây dựng Kế hoạch như sau:",
         "1. Rà soát người hoạt động không chuyên trách ở 11 bản.",
         "2. Công chức Văn phòng - Thống kê tổng hợp."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], flags=["crlf"], own_id="45/KH-UBND")
    plant("metadata-conflict", ["13/2022/TT-BNV"], ["s27_angto_ubnd_kh45_2023.txt", "s08_bnv_tt13_2022.docx"],
          "13/2022/TT-BNV cited as issued by Bộ Tài chính; it is Bộ Nội vụ's")

    doc("p36_dinhthuy_du_kh27_2023.txt", "txt", P, DU_DT, "Số 27-KH/ĐU", "Định Thủy", (2023, 7, 1), "KẾ HOẠCH",
        ["kiểm tra việc thực hiện chế độ sinh hoạt chi bộ ấp năm 2023"],
        ["Thực hiện Quyết định số 08-QĐ/ĐU ngày 14/01/2021 của Đảng ủy xã Định Thủy về chế độ sinh hoạt chi bộ "
         "ấp, Ủy ban Kiểm tra Đảng ủy xây dựng Kế hoạch kiểm tra như sau:",
         "1. Kiểm tra 09/09 chi bộ ấp.",
         "2. Báo cáo Ban Thường vụ Đảng ủy kết quả kiểm tra."],
        ["T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM"], flags=["wrap"], own_id="27-KH/ĐU")
    plant("metadata-conflict", ["08-QĐ/ĐU"], ["p36_dinhthuy_du_kh27_2023.txt", "p02_dinhthuy_du_kh15_2022.docx"],
          "08-QĐ/ĐU cited as Quy định (15-KH/ĐU) and as Quyết định (27-KH/ĐU)")

    doc("p37_phuockhanh_cb_kh08_2023.md", "md", P, CB_PK, "Số 08-KH/CB", "Định Thủy", (2023, 3, 1), "KẾ HOẠCH",
        ["phát triển kinh tế vườn dừa của Chi bộ ấp Phước Khánh năm 2023"],
        ["Thực hiện Nghị quyết số 07-NQ/ĐU ngày 02/5/2023 của Đảng ủy xã Định Thủy về phát triển kinh tế vườn "
         "dừa năm 2023, Chi bộ ấp Phước Khánh xây dựng Kế hoạch như sau:",
         "1. Vận động 30 hộ chuyển đổi vườn tạp.",
         "2. Phối hợp Hội Nông dân xã hỗ trợ giống."],
        ["T/M CHI BỘ", "BÍ THƯ"], own_id="08-KH/CB")
    plant("temporal", ["07-NQ/ĐU"], ["p37_phuockhanh_cb_kh08_2023.md"],
          "branch plan of 01/3/2023 implements a resolution of 02/5/2023")

    doc("p38_hoaminh_du_kh18_2024.txt", "txt", P, DU_HM, "Số 18-KH/ĐU", "Hòa Minh", (2024, 9, 20), "KẾ HOẠCH",
        ["tuyên truyền bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp"],
        ["Ban Thường vụ Đảng ủy phường Hòa Minh xây dựng Kế hoạch tuyên truyền gồm 04 nội dung sau:",
         "1. Tuyên truyền trên hệ thống loa truyền thanh.",
         "2. Treo băng rôn, khẩu hiệu tại các tuyến đường chính.",
         "3. Tổ chức hội nghị tiếp xúc cử tri.",
         "4. Tuyên truyền qua nhóm Zalo tổ dân phố.",
         "5. Biểu dương tổ dân phố làm tốt công tác tuyên truyền.",
         "",
         "Văn phòng Đảng ủy theo dõi, tổng hợp./."],
        PARTY_SIGN_DU, flags=["crlf", "nbsp"], own_id="18-KH/ĐU")
    plant("count-mismatch", [], ["p38_hoaminh_du_kh18_2024.txt"], "04 nội dung, 5 listed")

    doc("p39_muongang_hu_ct12_2023.txt", "txt", P, HU_MA, "Số 12-CT/HU", "Mường Ảng", (2023, 2, 1), "CHỈ THỊ",
        ["về tăng cường lãnh đạo công tác phòng, chống ma túy trên địa bàn huyện"],
        ["Ban Thường vụ Huyện ủy Mường Ảng yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:",
         "1. Không để phát sinh điểm, tụ điểm ma túy.",
         "2. Chỉ thị này thay thế Chỉ thị số 05-CT/HU ngày 10/3/2019 của Ban Thường vụ Huyện ủy Mường Ảng về "
         "công tác phòng, chống ma túy./."],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], flags=["nfd"], own_id="12-CT/HU")
    doc("p40_angto_du_kh09_2024.txt", "txt", P, DU_AT, "Số 09-KH/ĐU", "Ẳng Tở", (2024, 5, 10), "KẾ HOẠCH",
        ["phòng, chống ma túy năm 2024"],
        ["Thực hiện Chỉ thị số 05-CT/HU ngày 10/3/2019 của Ban Thường vụ Huyện ủy Mường Ảng về công tác phòng, "
         "chống ma túy, Ban Thường vụ Đảng ủy xã Ẳng Tở xây dựng Kế hoạch như sau:",
         "1. Rà soát, lập danh sách người nghiện trên địa bàn.",
         "2. Giao Công an xã chủ trì."],
        PARTY_SIGN_DU, own_id="09-KH/ĐU")
    plant("superseded-citation", ["05-CT/HU", "12-CT/HU"], ["p40_angto_du_kh09_2024.txt"],
          "2024 commune plan implements 05-CT/HU, replaced by 12-CT/HU on 01/02/2023")
    KEY["external"] += ["05-CT/HU"]

    doc("p41_hoaminh_du_qd21_2024.txt", "txt", P, DU_HM, "Số 21-QĐ/ĐU", "Hòa Minh", (2024, 9, 1), "QUYẾT ĐỊNH",
        ["ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ phường"],
        ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
         "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chấp hành Đảng bộ phường Hòa Minh.",
         "Điều 2. Quyết định này thay thế Quyết định số 22-QĐ/ĐU ngày 01/9/2024 của Đảng ủy phường Hòa Minh."],
        PARTY_SIGN_DU, own_id="21-QĐ/ĐU")
    doc("p42_hoaminh_du_qd22_2024.txt", "txt", P, DU_HM, "Số 22-QĐ/ĐU", "Hòa Minh", (2024, 9, 1), "QUYẾT ĐỊNH",
        ["ban hành Quy chế làm việc của Ban Thường vụ Đảng ủy phường"],
        ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
         "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Thường vụ Đảng ủy phường Hòa Minh.",
         "Điều 2. Quyết định này thay thế Quyết định số 21-QĐ/ĐU ngày 01/9/2024 của Đảng ủy phường Hòa Minh."],
        PARTY_SIGN_DU, flags=["wrap"], own_id="22-QĐ/ĐU")
    plant("inverse-inconsistency", ["21-QĐ/ĐU", "22-QĐ/ĐU"],
          ["p41_hoaminh_du_qd21_2024.txt", "p42_hoaminh_du_qd22_2024.txt"],
          "two decisions of one day each replacing the other")
    KEY["collateral"].append({"rule": "cycle", "files": ["p41_hoaminh_du_qd21_2024.txt", "p42_hoaminh_du_qd22_2024.txt"]})

    doc("p43_angto_du_kh10_2026.docx", "docx", P, DU_AT, "Số 10-KH/ĐU", "Ẳng Tở", (2026, 1, 15), "KẾ HOẠCH",
        ["công tác xây dựng Đảng năm 2026"],
        ["Thực hiện Nghị quyết số 11-NQ/ĐU ngày 15/4/2024 của Đảng ủy xã Ẳng Tở, Ban Thường vụ Đảng ủy xây dựng "
         "Kế hoạch năm 2026 như sau:",
         ("table", ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"],
          [["1", "Sửa đổi, bổ sung Quy chế làm việc ban hành kèm theo Quyết định số 02-QĐ/ĐU ngày 05/8/2025 của "
                 "Đảng ủy xã Ẳng Tở", "Văn phòng Đảng ủy", "Tháng 10/2026"],
           ["2", "Sơ kết 02 năm thực hiện Nghị quyết số 11-NQ/ĐU ngày 15/4/2024 của Đảng ủy xã Ẳng Tở",
            "Văn phòng Đảng ủy", "Tháng 11/2026"]])],
        PARTY_SIGN_DU, own_id="10-KH/ĐU")
    plant("overdue-plan", ["02-QĐ/ĐU"], ["p43_angto_du_kh10_2026.docx"],
          "planned amendment of 02-QĐ/ĐU due Tháng 10/2026: overdue by 26 days on 2026-11-26")
    trap("deadline-not-due", ["11-NQ/ĐU"], ["p43_angto_du_kh10_2026.docx"], ["overdue-plan:warning@11-NQ/ĐU"],
         "review due Tháng 11/2026 = 30/11/2026: not yet due on 26/11/2026")
    KEY["external"] += ["02-QĐ/ĐU"]
    return


# ----------------------------------------------------------------------------------------------- rendering
def header_pairs(d):
    """Left and right column lines of the header, as a Word template lays them out."""
    y, m, dd = d["date"]
    place_date = f"{d['place']}, ngày {dd:02d} tháng {m:02d} năm {y}"
    if d["kind"] == "state":
        left = d["left"] + [d["number"]]
        right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", place_date]
    else:
        left = d["left"] + [d["number"]]
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "", place_date]
    return left, right


def nbsp(s):
    s = re.sub(r"(số) (\d)", "\\1\u00a0\\2", s)
    return re.sub(r"(ngày) (\d)", "\\1\u00a0\\2", s)


def render_txt(d, rng, md=False):
    left, right = header_pairs(d)
    out = []
    if rng.random() < 0.5 and not md:
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            out.append(f"{a}\t{b}".rstrip())
    else:
        out += [l for l in left if l] + [l for l in right if l]
    out.append("")
    out.append(("# " if md else "") + d["typeword"])
    out += [t.upper() if not md else f"**{t}**" for t in d["title"]] if d["kind"] == "state" else list(d["title"])
    out.append("")
    n = 0
    for item in d["body"]:
        if isinstance(item, tuple) and item[0] == "revision":
            out.append(item[2])   # text formats carry the accepted text
            continue
        if isinstance(item, tuple):
            _, head, rows = item
            if md:  # numbered prose: markdown tables are read as prose anyway
                for r in rows:
                    out.append(f"{r[0]}. {r[1]} (chủ trì: {r[2]}; thời gian: {r[3]}).")
            else:
                out.append("\t".join(head))
                for r in rows:
                    out.append("\t".join(r))
            out.append("")
            continue
        if item == "":
            out.append("")
            continue
        if md and re.match(r"^(I|II|III|IV)\.", item):
            item = "## " + item
        if "wrap" in d["flags"] and len(item) > 72:
            out += textwrap.wrap(item, 70, break_on_hyphens=False)
        else:
            out.append(item)
    out.append("")
    out += d["sign"]
    text = "\n".join(out) + "\n"
    if "nbsp" in d["flags"]:
        text = nbsp(text)
    if "nfd" in d["flags"]:
        text = unicodedata.normalize("NFD", text)
    if "crlf" in d["flags"]:
        text = text.replace("\n", "\r\n")
    return text


def render_html(d, rng):
    left, right = header_pairs(d)
    h = ['<!DOCTYPE html>', '<html lang="vi"><head><meta charset="utf-8"><title>%s</title></head><body>' %
         escape(d["number"])]
    h.append('<table class="header"><tr><td>%s</td><td>%s</td></tr></table>' % (
        "<br>".join(escape(x) for x in left[:-1]) + "<p>" + escape(left[-1]) + "</p>",
        "<br>".join(escape(x) for x in right[:-1] if x) + "<p><i>" + escape(right[-1]) + "</i></p>"))
    h.append("<h2>%s</h2>" % escape(d["typeword"]))
    h.append("<p><b>%s</b></p>" % "<br>".join(escape(t) for t in d["title"]))
    for item in d["body"]:
        if isinstance(item, tuple) and item[0] == "revision":
            h.append("<p><del>%s</del><ins>%s</ins></p>" % (escape(item[1]), escape(item[2])))
            continue
        if isinstance(item, tuple):
            _, head, rows = item
            h.append('<table border="1">')
            h.append("<tr>" + "".join("<th>%s</th>" % escape(c) for c in head) + "</tr>")
            for r in rows:
                h.append("<tr>" + "".join("<td>%s</td>" % escape(c) for c in r) + "</tr>")
            h.append("</table>")
        elif item:
            h.append("<p>%s</p>" % escape(item))
    h.append("<p><b>%s</b></p>" % "<br>".join(escape(s) for s in d["sign"]))
    h.append("</body></html>")
    return "\n".join(h) + "\n"


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def wp(text, bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def wtable(rows, widths=None, borders=True):
    b = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" '
         'w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" '
         'w:sz="4"/></w:tblBorders>') if borders else ""
    x = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{b}</w:tblPr><w:tblGrid>']
    x += ['<w:gridCol w:w="%d"/>' % (widths[i] if widths else 2000) for i in range(len(rows[0]))]
    x.append("</w:tblGrid>")
    for r in rows:
        x.append("<w:tr>")
        for c in r:
            paras = c if isinstance(c, list) else [c]
            x.append("<w:tc><w:tcPr/>" + "".join(wp(p, center=not borders) for p in paras) + "</w:tc>")
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


def render_docx(d, path):
    left, right = header_pairs(d)
    body = [wtable([[left[:-1], [r for r in right[:-1] if r]], [[left[-1]], [right[-1]]]], [4000, 5500], False)]
    body.append(wp(d["typeword"], bold=True, center=True))
    for t in d["title"]:
        body.append(wp(t, bold=True, center=True))
    for item in d["body"]:
        if isinstance(item, tuple) and item[0] == "revision":
            body.append('<w:p><w:del w:id="1" w:author="Phòng Tài chính" w:date="2024-03-10T08:00:00Z"><w:r>'
                        f'<w:delText xml:space="preserve">{escape(item[1])}</w:delText></w:r></w:del>'
                        '<w:ins w:id="2" w:author="Phòng Tài chính" w:date="2024-03-10T08:00:00Z"><w:r>'
                        f'<w:t xml:space="preserve">{escape(item[2])}</w:t></w:r></w:ins></w:p>')
            continue
        if isinstance(item, tuple):
            _, head, rows = item
            body.append(wtable([head] + rows, [600, 4500, 2200, 1800]))
        else:
            body.append(wp(item))
    for s in d["sign"]:
        body.append(wp(s, bold=True, center=True))
    doc_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>' + "".join(body) +
               '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
          '/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc_xml)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 27, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="corpus")
    ap.add_argument("--variant", choices=["", "html-lines", "docx-as-txt", "both", "all-txt"], default="",
                    help="what-if corpora for the report: HTML with a line break after each block tag; "
                         ".docx documents written as .txt instead")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    build(rng)
    os.makedirs(a.out, exist_ok=True)
    for d in DOCS:
        p = os.path.join(a.out, d["fn"])
        if (a.variant in ("docx-as-txt", "both") and d["fmt"] == "docx") or (a.variant == "all-txt" and d["fmt"] != "txt"):
            d["fn"] = d["fn"].rsplit(".", 1)[0] + ".txt"; p = os.path.join(a.out, d["fn"]); d["fmt"] = "txt"
        if d["fmt"] == "docx":
            render_docx(d, p)
        elif d["fmt"] == "html":
            h = render_html(d, rng)
            if a.variant in ("html-lines", "both"):
                h = re.sub(r"(<br>|</p>|</td>|</tr>|</th>)", r"\1\n", h)
            open(p, "w", encoding="utf-8", newline="").write(h)
        else:
            open(p, "w", encoding="utf-8", newline="").write(render_txt(d, rng, md=d["fmt"] == "md"))
    KEY["external"] = sorted(set(KEY["external"]))
    KEY["files"] = {d["fn"]: {"format": d["fmt"], "flags": sorted(d["flags"])} for d in DOCS}
    kp = os.path.join(os.path.dirname(os.path.abspath(a.out)), "key.json" if not a.variant else "key-%s.json" % a.variant)
    if a.variant in ("docx-as-txt", "both", "all-txt"):
        ren = (lambda f: f[:-5] + ".txt" if f.endswith(".docx") else f) if a.variant != "all-txt" else \
            (lambda f: f.rsplit(".", 1)[0] + ".txt")
        for e in KEY["planted"] + KEY["traps"] + KEY.get("collateral", []):
            e["files"] = [ren(f) for f in e["files"]]
        for c in KEY["corpus_ids"]:
            c["file"] = ren(c["file"])
    json.dump(KEY, open(kp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(DOCS)} documents, {len(KEY['planted'])} planted, {len(KEY['traps'])} traps -> {a.out}, {kp}")


if __name__ == "__main__":
    main()
