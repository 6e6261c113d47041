#!/usr/bin/env python3
"""Write repro/<cause>/fail.txt, ok.txt (one line changed) [ok2.txt], run docgraph on each and write NOTE.md and repro/docgraph-answers.json."""
import json, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__)); BIN = '/work/bin/docgraph-s30-a-debug'
RUNON = open(os.path.join(HERE, '404-travinh-05-2019-qd-ubnd-tailieu-runon.txt'), encoding='utf-8').read().split('\n')[22]
LETTER = ['', 'BO GIAO DUC VA DAO TAO', 'oo', '', 'CONG HOA XA HOI CHU NGHIA VIET NAM', '', 'sá##j5GDĐT-GDTrH', '', 'V/v hướng dẫn thực hiện nhiệm vụ', '',
          'giáo dục trung học năm học 2019-2020', '', 'Kính gửi:', '', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nơi', '', 'ngage thang § nam 2019', '', '- Các sở giáo dục và đảo tạo']
PN = ['HĐND QUẬN PHÚ NHUẬN', 'Số: 19/2006/NQ-HĐND', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thành phố Hồ Chí Minh, ngày 20 tháng 12 năm 2006', '',
      'NGHỊ QUYẾT', '', 'Về phân loại đơn vị hành chính phường trên địa bàn quận 6', '', 'HỘI ĐỒNG NHÂN DÂN QUẬN 6 KHÓA IX KỲ HỌP THỨ 8', '',
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;']
TITLE417 = 'Xã Chí Minh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân các thôn Thanh Kỳ, An Lao, An Định'
C = {
 'caps-chrome-line-before-runon-header': dict(files=['404'], fail=['ADSENSE', '', RUNON], ok=['Adsense', '', RUNON],
   changed='line 1: the ad-slot word "ADSENSE" (tailieu.vn chrome) written "Adsense"'),
 'prose-line-before-anchorless-header': dict(files=['405'],
   fail=['Xem và tải ngay bản đầy đủ của tài liệu tại đây (582.31 KB, 11 trang )'] + LETTER,
   ok=['(582.31 KB, 11 trang )'] + LETTER,
   ok2=['Xem và tải ngay bản đầy đủ của tài liệu tại đây (582.31 KB, 11 trang )'] + [('Số: 3892/BGDĐT-GDTrH' if l == 'sá##j5GDĐT-GDTrH' else l) for l in LETTER],
   changed='ok.txt: line 1 (123doc chrome sentence) cut to its parenthesis; ok2.txt: the garbled number line made readable "Số: 3892/BGDĐT-GDTrH"'),
 'announcement-sentence-without-nhu-sau': dict(files=['417'],
   fail=[TITLE417, '', 'Ủy ban nhân dân xã Chí Minh trân trọng thông báo và kính mời toàn thể Nhân dân các thôn đến dự Hội nghị.'],
   ok=[TITLE417, '', 'Ủy ban nhân dân xã Chí Minh trân trọng thông báo như sau:'],
   ok2=['THÔNG BÁO', '', 'Ủy ban nhân dân xã Chí Minh trân trọng thông báo như sau:'],
   changed='ok.txt: line 3 ends "thông báo như sau:"; ok2.txt: also the news title replaced by THÔNG BÁO'),
 'issuance-lead-sentence': dict(files=['418'],
   fail=['Ủy ban nhân dân tỉnh', 'Xây dựng báo cáo định kỳ công tác bảo vệ môi trường khu kinh tế, khu công nghiệp năm 2015', '',
         'Ngày 08/01/2016, UBND tỉnh Lai Châu ban hành Công văn số 23/UBND-TN, xây dựng báo cáo định kỳ công tác bảo vệ môi trường.'],
   ok=['Ủy ban nhân dân tỉnh', 'Xây dựng báo cáo định kỳ công tác bảo vệ môi trường khu kinh tế, khu công nghiệp năm 2015', '',
       'CÔNG VĂN SỐ 23/UBND-TN NGÀY 08/01/2016 CỦA UBND TỈNH LAI CHÂU'],
   changed='line 4: the lead sentence "Ngày 08/01/2016, UBND tỉnh Lai Châu ban hành Công văn số 23/UBND-TN, …" rewritten as a title "CÔNG VĂN SỐ 23/UBND-TN NGÀY 08/01/2016 CỦA UBND TỈNH LAI CHÂU" (year added in both: 418 itself has no year)'),
 'J1-header-body-vs-authority-line': dict(files=['413'], fail=PN, ok=['HĐND QUẬN 6'] + PN[1:],
   changed='line 1: header body "HĐND QUẬN PHÚ NHUẬN" → "HĐND QUẬN 6" (judgement call, not counted as docgraph\'s)'),
}
ALL = {}
def run(p):
    r = subprocess.run([BIN, 'docs', p, '--format', 'json'], capture_output=True, text=True)
    try: return json.loads(r.stdout)
    except Exception: return {'stdout': r.stdout, 'stderr': r.stderr}
for name, c in C.items():
    d = os.path.join(HERE, 'repro', name); os.makedirs(d, exist_ok=True)
    ans = {}
    for k in ('fail', 'ok', 'ok2'):
        if k in c:
            p = os.path.join(d, k + '.txt'); open(p, 'w', encoding='utf-8').write('\n'.join(c[k]) + '\n')
            a = run(p)
            for x in (a if isinstance(a, list) else []): x.pop('file', None)
            ans[k] = a
    ALL[name] = ans
    keys = ('id', 'typeCode', 'issuer', 'date', 'place', 'locality')
    lines = [f'# {name}', '', f'Files of the set: {", ".join(c["files"])}. Changed: {c["changed"]}.', '',
             f'`{BIN} docs FILE --format json` (file field dropped):', '']
    for k, a in ans.items():
        lines += [f'## {k}.txt', '', '```json', json.dumps(a, ensure_ascii=False, indent=1), '```', '']
        if isinstance(a, list):
            lines += ['Short: ' + '; '.join(' | '.join(f'{kk}={x.get(kk)}' for kk in keys) for x in a), '']
    open(os.path.join(d, 'NOTE.md'), 'w', encoding='utf-8').write('\n'.join(lines))
json.dump(ALL, open(os.path.join(HERE, 'repro', 'docgraph-answers.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for n, a in ALL.items():
    print(n)
    for k, v in a.items():
        print('  ', k, [(x.get('id'), x.get('typeCode'), x.get('issuer'), x.get('date'), x.get('locality')) for x in v] if isinstance(v, list) else v)
