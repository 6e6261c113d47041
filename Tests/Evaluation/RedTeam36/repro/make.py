#!/usr/bin/env python3
"""Builds repro/<cause>/{fail,work} from ../corpus (run ../gen.py first). work = fail with exactly one line edited."""
import os, shutil
R = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(R, "..", "corpus")
LIST_HEAD = """ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
-------
Số: 15/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Cao Bằng, ngày {d}

QUYẾT ĐỊNH
Công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ năm {y}
Điều 1. Công bố kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ năm {y}.
STT\tTên loại văn bản\tSố, ký hiệu; ngày, tháng, năm ban hành\tTên gọi của văn bản\tLý do hết hiệu lực\tNgày hết hiệu lực
"""
CASES = {
    # c1: a list row's reason cell names the REPLACER; docgraph takes the replacer as replaced by the list
    "c1-list-reason-cell-replacer-read-as-replaced": dict(
        copy=["hdnd_nq12_2021.html", "xa_ha_kh03_2026.txt"],
        file="list.txt", text=LIST_HEAD.format(d="07 tháng 01 năm 2022", y=2021),
        fail="1\tNghị quyết\t41/2016/NQ-HĐND ngày 14/12/2016\tQuy định mức chi\tBị thay thế bởi Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021\t01/01/2022\n",
        work="Nghị quyết số 41/2016/NQ-HĐND ngày 14/12/2016 bị thay thế bởi Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021.\n"),
    # c2: a list row declaring a document wholly expired (`Hết thời hạn …`) gives no expiry; prose does
    "c2-list-expiry-row-not-read": dict(
        copy=["ubnd_qd25_2020.txt", "ubtp_cb_kh25_2024.txt", "ubnd_kh25_2024.html"],
        file="list.txt", text=LIST_HEAD.format(d="10 tháng 01 năm 2024", y=2023),
        fail="1\tQuyết định\t25/2020/QĐ-UBND ngày 12/8/2020\tBan hành Quy định mức hỗ trợ\tHết thời hạn có hiệu lực đã được quy định trong văn bản\t31/12/2023\n",
        work="Quyết định số 25/2020/QĐ-UBND ngày 12/8/2020 hết hiệu lực toàn bộ từ ngày 31/12/2023 do hết thời hạn có hiệu lực.\n"),
    # c3: a reporting duty with a passed date is read as an announced new Báo cáo (judgement call)
    "c3-reporting-duty-read-as-announced-report": dict(
        copy=[], file="ubp_tp_kh41_2025.md", text=open(os.path.join(C, "ubp_tp_kh41_2025.md"), encoding="utf-8").read(),
        edit=("2. Báo cáo Ủy ban nhân dân tỉnh (qua Sở Tư pháp) trước ngày 31/12/2025.", "2. Báo cáo Ủy ban nhân dân tỉnh (qua Sở Tư pháp) hằng quý.")),
}
for name, c in CASES.items():
    for side in ("fail", "work"):
        d = os.path.join(R, name, side)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in c["copy"]:
            shutil.copy(os.path.join(C, f), d)
        if "edit" in c:
            t = c["text"] if side == "fail" else c["text"].replace(*c["edit"])
            assert side == "fail" or t != c["text"]
        else:
            t = c["text"] + c[side]
        open(os.path.join(d, c["file"]), "w", encoding="utf-8").write(t)
