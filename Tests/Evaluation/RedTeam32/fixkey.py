#!/usr/bin/env python3
"""Written AFTER the first run. Writes key.corrected.json = key.json plus three collateral entries: real overdue tasks of
district Party plans that I wrote into the corpus but did not put in the key (a key bug; docgraph is right, see README).
key.json itself is unchanged."""
import json
k = json.load(open("key.json", encoding="utf-8"))
k["collateral"] += [
    dict(rule="overdue-plan", files=["bg_hu_ln_kh45_2021.txt"], ids=["45-KH/HU"]),   # `Sửa đổi Quy chế làm việc … huyện khóa XXV, hoàn thành trong Quý III/2021`
    dict(rule="overdue-plan", files=["bg_hu_vy_kh30_2021.txt"], ids=["30-KH/HU"]),   # `Sửa đổi Quy chế làm việc … huyện, hoàn thành trong Quý II/2021`
    dict(rule="overdue-plan", files=["bn_hu_qv_kh45_2021.txt"], ids=["45-KH/HU"]),   # `Xây dựng quy định phân cấp quản lý cán bộ của Huyện ủy, hoàn thành trong Quý IV/2021`
]
json.dump(k, open("key.corrected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
