#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run ../gen.py first, or let run-all.sh do it). work = fail with one
line edited (in a .docx: one paragraph of word/document.xml). Standard library only."""
import os, shutil, zipfile
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")

STUB40 = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
-------
Số: 40/2025/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Tuyên Quang, ngày 20 tháng 12 năm 2025

QUYẾT ĐỊNH
Quy định mức hỗ trợ khôi phục cơ sở lưu trú du lịch bị thiệt hại do thiên tai năm 2026
ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
QUYẾT ĐỊNH:
Điều 1. Hỗ trợ khôi phục cơ sở lưu trú du lịch bị thiệt hại do thiên tai, mức tối đa 25 triệu đồng/cơ sở.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.
\t\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\t\tCHỦ TỊCH
"""

# cause: (files copied from the corpus, extra files {name: text}, (file, old line, new line) applied to the work copy)
CASES = {
    "c1-own-term-expiry-not-read": (
        ["ubnd_tq_qd09_2024.txt", "xa_hy_kh14_2026.md"], {"ubnd_tq_qd40_2025.txt": STUB40},
        ("ubnd_tq_qd40_2025.txt", "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026 và bãi bỏ Quyết định số 09/2024/QĐ-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh.")),
    "c2a-plan-adjustment-dieu-chinh-ignored": (
        ["ubnd_tq_kh88_2022.txt", "ubnd_tq_kh150_2024.txt", "ubnd_tq_qd15_2023.txt", "ubnd_tq_qd22_2024.txt", "ubnd_tq_vbhn05_2024.docx"], {},
        ("ubnd_tq_kh88_2022.txt", "2\tXây dựng Đề án phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới\tSở Văn hóa, Thể thao và Du lịch\tQuý IV/2024",
         "2\tXây dựng Đề án phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới\tSở Văn hóa, Thể thao và Du lịch\tQuý IV/2026")),
    "c2b-programme-extension-gia-han-ignored": (
        ["ubnd_hg_ctr05_2021.txt", "ubnd_tq_qd1890_2025.txt", "hdnd_hg_nq07_2021.txt", "ubnd_hg_qd15_2023.html"], {},
        ("ubnd_hg_ctr05_2021.txt", "3\tXây dựng Đề án bảo tồn kiến trúc nhà truyền thống phục vụ du lịch\tSở Văn hóa, Thể thao và Du lịch\tNăm 2025",
         "3\tXây dựng Đề án bảo tồn kiến trúc nhà truyền thống phục vụ du lịch\tSở Văn hóa, Thể thao và Du lịch\tNăm 2026")),
    "c3-thuc-hien-lead-in-carried-into-report-items": (
        ["stp_tq_bc112_2026.html", "ubnd_tq_qd15_2023.txt", "ubnd_tq_qd35_2025.txt"], {},
        ("stp_tq_bc112_2026.html", "Sở Tư pháp báo cáo kết quả rà soát như sau:", "Sở Tư pháp đã rà soát văn bản.")),
    "c4-title-phrase-quy-dinh-ban-hanh-kem-theo-makes-undated-node": (
        ["ubnd_hg_qd08_2025.txt", "ubnd_hg_qd15_2023.html", "ubnd_tq_qd35_2025.txt", "ubnd_tq_qd41_2025.html"], {},
        ("ubnd_hg_qd08_2025.txt", "Tạm ngưng hiệu lực một số điều của Quy định quản lý hoạt động du lịch trên địa bàn tỉnh Hà Giang",
         "Tạm ngưng hiệu lực một số điều của Quy định")),
    "c5-layout-neighbour-column-read-into-issuer": (
        ["stp_tq_kh18_2024.txt", "ubnd_tq_qd15_2023.txt"], {},
        ("stp_tq_kh18_2024.txt", "        số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban    Kiểm tra văn bản",
         "        số 15/2023/QĐ-UBND ngày 10/7/2023 của Ủy ban")),
    "c6-consolidated-text-restated-obligation": (
        ["ubnd_tq_vbhn05_2024.docx", "ubnd_tq_qd15_2023.txt", "ubh_ys_kh56_2023.txt"], {},
        ("ubnd_tq_vbhn05_2024.docx", "1. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch triển khai Quyết định này.",
         "1. (Nội dung tổ chức thực hiện xem tại Quyết định số 15/2023/QĐ-UBND.)")),
}


def edit(path, old, new):
    if path.endswith(".docx"):
        src = zipfile.ZipFile(path).infolist(), {i.filename: zipfile.ZipFile(path).read(i.filename) for i in zipfile.ZipFile(path).infolist()}
        infos, data = src
        doc = data["word/document.xml"].decode("utf-8")
        assert doc.count(old) == 1, old
        data["word/document.xml"] = doc.replace(old, new).encode("utf-8")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for i in infos:
                z.writestr(i, data[i.filename], zipfile.ZIP_DEFLATED)
        return
    raw = open(path, "rb").read().decode("utf-8")
    assert raw.count(old) == 1, (path, old)
    open(path, "wb").write(raw.replace(old, new).encode("utf-8"))


for name, (files, extra, (ef, old, new)) in CASES.items():
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in files:
            shutil.copy(os.path.join(C, f), d)
        for f, text in extra.items():
            open(os.path.join(d, f), "w", encoding="utf-8").write(text)
        if side == "work":
            edit(os.path.join(d, ef), old, new)
print(len(CASES), "cases")
