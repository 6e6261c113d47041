#!/usr/bin/env python3
"""Write the smallest reproductions (fail.txt / ok.txt differ in one line) and record docgraph's answer for each."""
import json, os, subprocess
H = os.path.dirname(os.path.abspath(__file__))
BIN = '/work/bin/docgraph-s24-a'
R = {
 'authority-line-chu-tich': (
  'files 009, 012, 041, 049 (and 027 via the code CT-CTUBND); also Real/047',
  'issuer: the authority line CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH makes the Chairman the issuer (Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh); docgraph keeps the header body',
  'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 1348/QĐ-UBND\nBắc Ninh, ngày 06 tháng 9 năm 2019\nQUYẾT ĐỊNH\nV/V PHÊ DUYỆT DANH MỤC THỦ TỤC HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;\n',
  ('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH'),
  'fail: gold issuer "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"; ok: gold issuer "Ủy ban nhân dân tỉnh Bắc Ninh". docgraph gives the same answer for both: the authority line is not read.'),
 'letter-without-vv-typecode': (
  'files 017, 046',
  'typeCode: a letter (Kính gửi, no type title) numbered NUMBER/BODY-UNIT is a công văn (CV); without a V/v line of its own docgraph takes the body code (BTC, SGDĐT) as the type',
  'BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 14447/BTC-ĐT | Hà Nội, ngày 29 tháng 12 năm 2023 |\nKính gửi: Thủ tướng Chính phủ.\nBộ Tài chính báo cáo như sau:\n',
  ('Kính gửi: Thủ tướng Chính phủ.', 'V/v tình hình thanh toán vốn đầu tư\nKính gửi: Thủ tướng Chính phủ.'),
  'gold typeCode CV for both.'),
 'title-issuer-line-break': (
  'file 021',
  'issuer: "CỦA THỦ\\nTƯỚNG CHÍNH PHỦ" broken over two lines gives issuer "Thủ"',
  'CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ\nSỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001\nThực hiện Nghị quyết của Quốc hội.\n',
  ('CỦA THỦ\nTƯỚNG CHÍNH PHỦ', 'CỦA THỦ TƯỚNG CHÍNH PHỦ'),
  'gold issuer "Thủ tướng Chính phủ" for both.'),
 'title-id-on-issuer-line': (
  'file 021',
  'id: "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG" on one line: the number is swallowed into the issuer and no id is read',
  'CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001\nThực hiện Nghị quyết của Quốc hội.\n',
  ('CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG', 'CỦA THỦ TƯỚNG CHÍNH PHỦ\nSỐ 16/2001/CT-TTG'),
  'gold id 16/2001/CT-TTg, issuer Thủ tướng Chính phủ for both. (docgraph also keeps the printed upper-case TTG; the gold convention writes TTg.)'),
 'title-date-with-subject': (
  'file 021',
  'date: "NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …" (date and subject on one title line) gives no date',
  'CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ\nSỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH NĂM 2002\nThực hiện Nghị quyết của Quốc hội.\n',
  ('NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH NĂM 2002', 'NGÀY 21 THÁNG 6 NĂM 2001'),
  'gold date 2001-06-21 for both.'),
 'bullet-before-header': (
  'file 022',
  'issuer: a list bullet " • " before the header body hides it; docgraph falls back to the authority line and mangles its case ("Bộ Trưởng bộ giáo dục và Đào tạo")',
  ' • BỘ GIÁO DỤC VÀ ĐÀO TẠO\n  Số: 1449/QĐ-BGDĐT\n  Hà Nội, ngày 02 tháng 6 năm 2020\n  QUYẾT ĐỊNH\n  Về việc công bố thủ tục hành chính\n  BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\n  Căn cứ Nghị định số 69/2017/NĐ-CP;\n',
  (' • BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'BỘ GIÁO DỤC VÀ ĐÀO TẠO'),
  'gold issuer "Bộ Giáo dục và Đào tạo" for both.'),
 'sentence-case-title': (
  'file 026',
  'typeCode: a title in sentence case on one line ("Thông báo lịch tiếp công dân của …") is not taken as the type title; no document kind is found',
  'Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021\n\n1. Thời gian: ngày 20 hàng tháng.\n',
  ('Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021', 'THÔNG BÁO\nlịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021'),
  'gold typeCode TB for both. (In both the issuer named in the title, "của Chủ tịch HĐND huyện Ngân Sơn", is not read.)'),
 'flattened-header-blank-number': (
  'files 004, 030',
  'everything: a header flattened onto one line (pdftotext / 123doc) whose number and day are left blank (a draft, "Số: /QĐ-BVNT", "ngày tháng 01") is not recognised at all; the same line with a number is',
  'SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT Số: /QĐ-BVNT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh phúc Nghệ An, ngày tháng 01 năm 2023 QUYẾT ĐỊNH Ban hành quy chế GIÁM ĐỐC BỆNH VIỆN NỘI TIẾT NGHỆ AN Căn cứ Thông tư\n',
  ('Số: /QĐ-BVNT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh phúc Nghệ An, ngày tháng 01', 'Số: 15/QĐ-BVNT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh phúc Nghệ An, ngày 10 tháng 01'),
  'gold fail: id null, typeCode QĐ, issuer Giám đốc Bệnh viện Nội tiết Nghệ An, locality Nghệ An; ok: id 15/QĐ-BVNT, date 2023-01-10, same issuer. The ok line is found but its issuer merges the two header levels (see two-level-issuer-one-line).'),
 'two-level-issuer-one-line': (
  'files 033 (and the ok line of flattened-header-blank-number; 004 with a number)',
  'issuer: parent and issuing unit on one line ("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC", "SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT") are joined into one name instead of taking the lower unit',
  'BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC\n*\nSố 16-HD/BTCTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 24 tháng 9 năm 2018\nHƯỚNG DẪN\nkiểm điểm, đánh giá\n',
  ('BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC', 'BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC'),
  'gold issuer "Ban Tổ chức Trung ương" for both.'),
 'van-phong-trung-uong': (
  'file 032 (033 once its header is split)',
  'issuer: the office under BAN CHẤP HÀNH TRUNG ƯƠNG, "VĂN PHÒNG", comes out as "VĂN PHÒNG Trung ương" (case not normalised, "Đảng" missing); BAN TỔ CHỨC and ỦY BAN KIỂM TRA in the same place are named right',
  'BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nSố 36-HD/VPTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 03 tháng 4 năm 2018\nHƯỚNG DẪN\nthể thức và kỹ thuật trình bày văn bản của Đảng\n',
  ('VĂN PHÒNG\n*', 'BAN TỔ CHỨC\n*'),
  'gold fail: issuer "Văn phòng Trung ương Đảng"; ok: "Ban Tổ chức Trung ương" (the ok file changes the office, to show that the other central commissions are named right in the same layout).'),
 'truncated-date-line': (
  'file 042',
  'issuer, locality: when the place/date line is cut ("…, ngày 29 tháng 12 năm"), its place is dropped too, so the bare header ỦY BAN NHÂN DÂN gets no place (issuer "Ủy ban nhân dân", locality null)',
  'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 60/2023/QĐ-UBND | Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm\n',
  ('ngày 29 tháng 12 năm\n', 'ngày 29 tháng 12 năm 2023 |\n'),
  'gold issuer "Ủy ban nhân dân Thành phố Hồ Chí Minh", locality "Hồ Chí Minh" for both (date 2023-12-29 only for ok; for fail the year is missing).'),
 'district-locality': (
  'file 003; also Real 018, 021, 051, 089, 091, 092, 127, 144',
  'locality: a district body is given the province only (or nothing), never "District, Province" as the gold convention asks',
  'UBND TỈNH NGHỆ AN\nUBND HUYỆN THANH CHƯƠNG\nSố: 278/UBND-GD\nThanh Chương, ngày 09 tháng 9 năm 2014\nV/v Hướng dẫn thực hiện nhiệm vụ\n',
  ('UBND HUYỆN THANH CHƯƠNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'),
  'gold fail: locality "Thanh Chương, Nghệ An"; ok (a provincial department): "Nghệ An".'),
 'lost-glyph': (
  'files 040, 047',
  'issuer: a font-damaged header word ("HỘI ĐNG" for HỘI ĐỒNG, "VĂN PHỊNG" for VĂN PHÒNG) is copied or dropped instead of read as the body it plainly is',
  'HỘI ĐNG NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 34/NQ-HĐND\nPhú Thọ, ngày 14 tháng 12 năm 2019\nNGHỊ QUYẾT\nVỀ DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC\n',
  ('HỘI ĐNG NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN'),
  'gold issuer "Hội đồng nhân dân tỉnh Phú Thọ" for both. Second pair fail2/ok2: "VĂN PHỊNG CHÍNH PHỦ" → issuer null.'),
 'two-headers-one-line': (
  'file 047',
  'everything: a gazette masthead and the document it prints on the same physical line: only the first (masthead) is looked at, the document\'s header is not found',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc CÔNG BÁO Tỉnh Tiền Giang Số 129 Ngày 01 tháng 05 năm 2011 MỤC LỤC Trang VĂN BẢN QUY PHẠM PHÁP LUẬT CÔNG BÁO TIỀN GIANG/Số 129/ Ngày 01-05-2011 VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc Số: 03/2011/TT-VPCP Hà Nội, ngày 25 tháng 4 năm 2011 THÔNG TƯ Quy định chi tiết\n',
  ('MỤC LỤC Trang VĂN BẢN QUY PHẠM PHÁP LUẬT CÔNG BÁO', 'MỤC LỤC Trang VĂN BẢN QUY PHẠM PHÁP LUẬT\nCÔNG BÁO'),
  'gold: id 03/2011/TT-VPCP, typeCode TT, issuer Văn phòng Chính phủ, date 2011-04-25 for both. ok.txt recovers id, type and date; its issuer stays null because the office is still inside a run-on line.'),
}
EXTRA = {'lost-glyph': ('VĂN PHỊNG CHÍNH PHỦ\nSố: 03/2011/TT-VPCP\nHà Nội, ngày 25 tháng 4 năm 2011\nTHÔNG TƯ\nQuy định chi tiết thi hành\n', ('VĂN PHỊNG CHÍNH PHỦ', 'VĂN PHÒNG CHÍNH PHỦ'))}

def run(p):
    r = subprocess.run([BIN, 'docs', p, '--format', 'json', '--quiet'], capture_output=True, text=True)
    return [{k: d.get(k) for k in ('id', 'typeCode', 'issuer', 'date', 'place', 'locality')} for d in json.loads(r.stdout)]

summary = {}
for name, (files, what, fail, (a, b), gold) in R.items():
    d = os.path.join(H, 'repro', name); os.makedirs(d, exist_ok=True)
    assert a in fail, name
    ok = fail.replace(a, b, 1)
    open(os.path.join(d, 'fail.txt'), 'w', encoding='utf-8').write(fail)
    open(os.path.join(d, 'ok.txt'), 'w', encoding='utf-8').write(ok)
    out = {'fail': run(os.path.join(d, 'fail.txt')), 'ok': run(os.path.join(d, 'ok.txt'))}
    if name in EXTRA:
        f2, (a2, b2) = EXTRA[name]
        open(os.path.join(d, 'fail2.txt'), 'w', encoding='utf-8').write(f2)
        open(os.path.join(d, 'ok2.txt'), 'w', encoding='utf-8').write(f2.replace(a2, b2, 1))
        out['fail2'] = run(os.path.join(d, 'fail2.txt')); out['ok2'] = run(os.path.join(d, 'ok2.txt'))
    lines = [f'# {name}', '', f'Seen in: {files}', '', f'What: {what}', '', f'Gold: {gold}', '', 'docgraph-s24-a docs <file> --format json:']
    for k, v in out.items():
        lines.append(f'- {k}.txt: ' + json.dumps(v, ensure_ascii=False))
    open(os.path.join(d, 'NOTE.md'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    summary[name] = out
    print(name); [print('  ', k, json.dumps(v, ensure_ascii=False)) for k, v in out.items()]
json.dump(summary, open(os.path.join(H, 'repro', 'docgraph-answers.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
