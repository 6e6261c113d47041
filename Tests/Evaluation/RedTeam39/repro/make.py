#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run gen.py first): fail = the listed corpus files unchanged,
work = the same files with ONE line edited (old -> new, in one file)."""
import os, shutil
D = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(D, "..", "corpus")
CASES = {
    "c1-obligation-in-a-quy-che-not-read": (["tu_vlm_qc01_2025.txt"],
        "tu_vlm_qc01_2025.txt", "                                  QUY CHẾ\n", "                                  KẾT LUẬN\n"),
    "c2-announced-quy-dinh-fulfilled-by-other-subject": (["tu_vlm_tb25_2025.txt", "tu_vlm_qd09_2025.txt"],
        "tu_vlm_qd09_2025.txt", "Vĩnh Long, ngày 12 tháng 11 năm 2025", "Vĩnh Long, ngày 08 tháng 11 năm 2025"),
    "c3-planned-tham-muu-amendment-of-committee-text": (["btc_vlm_kh05_2026.txt", "tu_vlm_qc01_2025.txt"],
        "btc_vlm_kh05_2026.txt", "Tham mưu sửa đổi, bổ sung Quy chế làm việc", "Tham mưu rà soát Quy chế làm việc"),
    "c4-narrated-expiry-het-hieu-luc-read-as-repeal": (["ubkt_vlm_hd01_2025.md", "tu_bt_qd05_2021.html", "tu_vlm_qd09_2025.txt", "tw_qd296_2025.html"],
        "ubkt_vlm_hd01_2025.md", "(cũ) hết hiệu lực từ ngày 12/11/2025", "(cũ) đã hết hiệu lực từ ngày 12/11/2025"),
    "c5-date-of-second-id-given-to-first": (["ubkt_vlm_hd01_2025.md", "tu_bt_qd05_2021.html", "tu_vlm_qd09_2025.txt", "tw_qd296_2025.html"],
        "ubkt_vlm_hd01_2025.md", "Quy định số 22-QĐ/TW và", "Quy định số 22-QĐ/TW, ngày 28/7/2021 và"),
    "c6-issuer-of-previous-id-given-to-replacing-id": (["ubkt_vlm_hd01_2025.md", "tu_bt_qd05_2021.html", "tu_vlm_qd09_2025.txt", "tw_qd296_2025.html"],
        "ubkt_vlm_hd01_2025.md", "đã được thay thế bởi Quy định số 296-QĐ/TW.", "đã được thay thế bởi Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương."),
    "c7-huong-dan-thuc-hien-obligation-not-read": (["tu_vl_qd05_2021.txt"],
        "tu_vl_qd05_2021.txt", "1. Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện Quy định này.", "1. Ban Tổ chức Tỉnh ủy xây dựng kế hoạch thực hiện Quy định này."),
}
for name, (files, ef, old, new) in CASES.items():
    for side in ("fail", "work"):
        p = os.path.join(D, name, side)
        shutil.rmtree(p, ignore_errors=True)
        os.makedirs(p)
        for f in files:
            shutil.copyfile(os.path.join(C, f), os.path.join(p, f))
    wp = os.path.join(D, name, "work", ef)
    s = open(wp, encoding="utf-8", newline="").read()
    assert s.count(old) == 1, (name, old)
    open(wp, "w", encoding="utf-8", newline="").write(s.replace(old, new))
print(len(CASES), "cases")
