#!/usr/bin/env python3
"""Write repro/<cause>/fail.txt, ok.txt (one line edited), run docgraph on both, write NOTE.md and repro/docgraph-answers.json."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BIN = sys.argv[1] if len(sys.argv) > 1 else '/work/bin/docgraph-s28-a-debug'
R = os.path.join(HERE, 'repro')
TLD = 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'
C = {
 'number-letter-suffix-then-space': dict(files='301 id',
   fail=TLD + 'Số: 06b /NQ-TLĐ\nHà Nội, ngày 03 tháng 8 năm 2015\nNGHỊ QUYẾT\n',
   ok=TLD + 'Số: 06b/NQ-TLĐ\nHà Nội, ngày 03 tháng 8 năm 2015\nNGHỊ QUYẾT\n',
   edit='line 4: `06b /NQ-TLĐ` → `06b/NQ-TLĐ`',
   should='id `06b/NQ-TLĐ` (a number with a letter suffix, followed by the space that clerks type before the slash). `Số: 06 /NQ-TLĐ` (no letter) and `Số: 06b/NQ-TLĐ` (no space) are both read; only the combination is lost.'),
 'html-tag-on-unit-line': dict(files='302 issuer',
   fail='UBND TỈNH BÌNH THUẬN\n<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b>\nSố:3358/SGD&ĐT\nV/v Hướng dẫn Hội thi giáo viên\n',
   ok='UBND TỈNH BÌNH THUẬN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố:3358/SGD&ĐT\nV/v Hướng dẫn Hội thi giáo viên\n',
   edit='line 2: `<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b>` → `SỞ GIÁO DỤC VÀ ĐÀO TẠO`',
   should='issuer: the Sở (the unit under the parent line), as without the tags. 123doc pages keep `<b>`/`<i>` from the Word export; the parent line is read, the tagged unit line is skipped, so the parent UBND tỉnh becomes the issuer (a wrong answer, not a null).'),
 'uppercase-page-title-before-header': dict(files='304 issuer, locality',
   fail='KẾ HOẠCH TỔ CHỨC LỄ HỘI TRUYỀN THỐNG ĐỀN BIA NĂM 2019\nUỶ BAN NHÂN DÂN\nHUYỆN CẨM GIÀNG\nSố: 55/KH-UBND\nCẩm Giàng, ngày 17 tháng 4 năm 2019\n',
   ok='Kế hoạch tổ chức lễ hội\nUỶ BAN NHÂN DÂN\nHUYỆN CẨM GIÀNG\nSố: 55/KH-UBND\nCẩm Giàng, ngày 17 tháng 4 năm 2019\n',
   edit='line 1: the portal\'s upper-case page title → a sentence-case title',
   should='issuer `Ủy ban nhân dân huyện Cẩm Giàng`, locality `Cẩm Giàng, Hải Dương` (what ok.txt gives). A district portal prints the document title in capitals above the header; docgraph seems to take that line as the start of the document and then does not read `UỶ BAN NHÂN DÂN / HUYỆN …` as the issuer block (number and date are still read).'),
 'wrapped-committee-line': dict(files='307 issuer, locality (gold issuer DOUBTFUL)',
   fail='UBND HUYỆN THỌ XUÂN\nBAN TỔ CHỨC LỄ HỘI\nLAM KINH NĂM 2022\nSố: 257 /KH-BTC\nThọ Xuân, ngày 31 tháng 8 năm 2022\nKẾ HOẠCH\n',
   ok='UBND HUYỆN THỌ XUÂN\nBAN TỔ CHỨC LỄ HỘI LAM KINH NĂM 2022\nSố: 257 /KH-BTC\nThọ Xuân, ngày 31 tháng 8 năm 2022\nKẾ HOẠCH\n',
   edit='lines 2-3 joined into one line',
   should='issuer the committee (`Ban Tổ chức Lễ hội Lam Kinh năm 2022` of huyện Thọ Xuân), locality `Thọ Xuân, Thanh Hóa`. With the name wrapped over two lines the issuer is null; joined, it is found but garbled (see `committee-under-district-name-garbled`).'),
 'committee-under-district-name-garbled': dict(files='307 (what docgraph would say once the wrap is read; not a separate scored mismatch)',
   fail='UBND HUYỆN THỌ XUÂN\nBAN TỔ CHỨC\nSố: 257 /KH-BTC\nThọ Xuân, ngày 31 tháng 8 năm 2022\nKẾ HOẠCH\n',
   ok='UBND HUYỆN THỌ XUÂN\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 257 /KH-BTC\nThọ Xuân, ngày 31 tháng 8 năm 2022\nKẾ HOẠCH\n',
   edit='line 2: `BAN TỔ CHỨC` → `PHÒNG VĂN HÓA VÀ THÔNG TIN`',
   should='`Ban Tổ chức huyện Thọ Xuân` (or `Ban Tổ chức … UBND huyện Thọ Xuân`), locality `Thọ Xuân, Thanh Hóa`. docgraph builds `Ban Tổ chức UBND huyện Thọ Xuân huyện Thọ Xuân` (parent appended twice) and loses the locality; a Phòng under the same parent is named right (`Phòng Văn hóa và Thông tin huyện Thọ Xuân`, locality found).'),
 'bracketed-number-in-page-title': dict(files='308 id, date; 326 id, typeCode, date (326 gold DOUBTFUL)',
   fail='Kế Hoạch Tham gia Lễ hội Hoa Đào năm 2018 (210/KH-UBND ngày 14/12/2017)\n\nKẾ HOẠCH\n\nTham gia Lễ hội Hoa Đào\n\nUBND huyện Đình Lập xây dựng Kế hoạch tham gia Lễ hội như sau:\n',
   ok='Số: 210/KH-UBND ngày 14/12/2017\n\nKẾ HOẠCH\n\nTham gia Lễ hội Hoa Đào\n\nUBND huyện Đình Lập xây dựng Kế hoạch tham gia Lễ hội như sau:\n',
   fail2='Về việc báo cáo tình hình ô nhiễm môi trường (3585/VP-KTN, ngày 23/10/2017).\n\nVăn phòng UBND tỉnh thông báo để Sở Tài nguyên và Môi trường thực hiện./.\n',
   ok2='Số: 3585/VP-KTN, ngày 23/10/2017\nV/v báo cáo tình hình ô nhiễm môi trường\n\nVăn phòng UBND tỉnh thông báo để Sở Tài nguyên và Môi trường thực hiện./.\n',
   edit='line 1: the portal title ending in `(NUMBER ngày DATE)` → a `Số:` line with the same number and date (ok2: the bracket split into `Số:` and `V/v` lines)',
   should='id `210/KH-UBND`, date 2017-12-14 (and `3585/VP-KTN`, CV, 2017-10-23). Portals (langson.gov.vn and its district sections) publish a document as a page whose title ends with its number and date in brackets; docgraph reads neither, while `Kế hoạch số 210/KH-UBND ngày …` in the title is not read either (tried).'),
 'posting-date-after-title': dict(files='325 id, typeCode, issuer, date',
   fail='QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008   (11/07/2012 )\n',
   ok='QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008\n',
   edit='line 1: the portal\'s posting date `   (11/07/2012 )` removed from the end',
   should='69/2008/QĐ-TTg, QĐ, Thủ tướng Chính phủ, 2008-05-28 (what ok.txt gives: the title-only form is read, on one line or split). The bracketed posting date after the title makes the whole title unread.'),
 'issuer-swallows-xin': dict(files='319 issuer (gold DOUBTFUL for the page, but the answer is wrong)',
   fail='Uỷ ban nhân dân phường Thành Phước xin thông báo đến toàn thể Cán bộ, Công chức tham gia Ngày chạy Olympic như sau:\n',
   ok='Uỷ ban nhân dân phường Thành Phước thông báo đến toàn thể Cán bộ, Công chức tham gia Ngày chạy Olympic như sau:\n',
   edit='`xin ` removed before `thông báo`',
   should='issuer `Ủy ban nhân dân phường Thành Phước`; the polite `xin` (xin thông báo, xin báo cáo) is taken into the body\'s name: `Uỷ ban nhân dân phường Thành Phước xin`.'),
 'kind-only-in-announcement-verb': dict(files='309, 312, 319 typeCode (gold DOUBTFUL); 313 typeCode is the known title-kind-word-not-alone (census 3 cause 4): `Thông báo nghỉ lễ, …` / `THÔNG BÁO nghỉ lễ, …` still give no kind',
   fail='\n\nỦy ban nhân dân xã Mỹ Thạnh thông báo treo cờ Tổ quốc và nghỉ lễ như sau:\n',
   ok='THÔNG BÁO\n\nỦy ban nhân dân xã Mỹ Thạnh thông báo treo cờ Tổ quốc và nghỉ lễ như sau:\n',
   edit='line 1: empty → `THÔNG BÁO`',
   should='TB when the page has no title word and the body says `<body> thông báo …` (and KH for `<body> xây dựng Kế hoạch …`). docgraph reads the issuer from the sentence but takes the kind only from a title line. A robustness wish: the gold for these pages is DOUBTFUL.'),
}

def ans(path):
    r = subprocess.run([BIN, 'docs', path, '--format', 'json'], capture_output=True, text=True)
    try:
        docs = json.loads(r.stdout)
    except Exception:
        return dict(error=r.stderr.strip())
    return [{k: d.get(k) for k in ['id', 'typeCode', 'issuer', 'date', 'place', 'locality']} for d in docs]

allans = {}
for name, c in C.items():
    dd = os.path.join(R, name); os.makedirs(dd, exist_ok=True)
    res = {}
    for kind in ['fail', 'ok', 'fail2', 'ok2']:
        if kind in c:
            p = os.path.join(dd, kind + '.txt')
            open(p, 'w', encoding='utf-8').write(c[kind])
            res[kind] = ans(p)
    allans[name] = res
    lines = [f'# {name}', '', f'Files: {c["files"]}', '', f'Edit from fail.txt to ok.txt: {c["edit"]}', '',
             f'`{BIN} docs FILE --format json` (fields id, typeCode, issuer, date, place, locality):', '']
    for kind in ['fail', 'ok', 'fail2', 'ok2']:
        if kind in res:
            lines.append(f'- `{kind}.txt`: `{json.dumps(res[kind], ensure_ascii=False)}`')
    lines += ['', f'What it should say: {c["should"]}', '']
    open(os.path.join(dd, 'NOTE.md'), 'w', encoding='utf-8').write('\n'.join(lines))
json.dump(allans, open(os.path.join(R, 'docgraph-answers.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for k, v in allans.items():
    print(k); [print('  ', kk, json.dumps(vv, ensure_ascii=False)) for kk, vv in v.items()]
