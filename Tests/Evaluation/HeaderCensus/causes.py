#!/usr/bin/env python3
"""Map every mismatch of the last run (final-run.json) to a cause; print counts. Unmapped ones are an error."""
import json, os, collections
H = os.path.dirname(os.path.abspath(__file__))
C = {  # (file prefix, doc, field) -> cause
 ('002',1,'locality'):'judgement: province not in the header (gold DOUBTFUL)',
 ('003',1,'locality'):'district-locality',
 ('004',1,'typeCode'):'flattened-header-blank-number', ('004',1,'issuer'):'flattened-header-blank-number', ('004',1,'locality'):'flattened-header-blank-number',
 ('009',1,'id'):'judgement: malformed number 1281/-UBND (gold DOUBTFUL)',
 ('009',1,'issuer'):'authority-line-chu-tich', ('012',1,'issuer'):'authority-line-chu-tich', ('041',1,'issuer'):'authority-line-chu-tich', ('049',1,'issuer'):'authority-line-chu-tich',
 ('027',1,'issuer'):'authority-line-chu-tich',
 ('014',2,'typeCode'):'judgement: attachment typeCode (QC vs the parent QĐ)', ('053',2,'typeCode'):'judgement: attachment typeCode (QC vs the parent QĐ)',
 ('017',1,'typeCode'):'letter-without-vv-typecode', ('046',1,'typeCode'):'letter-without-vv-typecode',
 ('021',1,'issuer'):'title-issuer-line-break', ('021',1,'id'):'title-id-on-issuer-line', ('021',1,'date'):'title-date-with-subject',
 ('022',1,'issuer'):'bullet-before-header',
 ('026',1,'typeCode'):'sentence-case-title', ('026',1,'issuer'):'sentence-case-title',
 **{('030',d,f):'flattened-header-blank-number' for d in (1,2) for f in ('id','typeCode','issuer','date','locality')},
 ('032',1,'issuer'):'van-phong-trung-uong', ('033',1,'issuer'):'two-level-issuer-one-line',
 ('040',1,'issuer'):'lost-glyph',
 ('042',1,'issuer'):'truncated-date-line', ('042',1,'locality'):'truncated-date-line', ('042',1,'date'):'truncated-date-line',
 ('043',1,'typeCode'):'judgement: THÔNG TƯ title vs TTLT code', ('043',1,'issuer'):'judgement: hyphen spacing "Thông tin-Bộ" kept by docgraph, normalised in gold',
 ('046',1,'issuer'):'judgement: "Sở … tỉnh Ninh Thuận" vs "Sở … Ninh Thuận"',
 ('047',1,'id'):'two-headers-one-line', ('047',1,'typeCode'):'two-headers-one-line', ('047',1,'issuer'):'two-headers-one-line',
}
run = json.load(open(os.path.join(H, 'final-run.json'), encoding='utf-8'))
cnt = collections.Counter(); bad = []
for m in run['mismatches']:
    k = (m['file'][:3], m['doc'], m['field'])
    if k in C: cnt[C[k]] += 1
    else: bad.append(k)
for k, v in sorted(cnt.items(), key=lambda x: (-x[1], x[0])): print(f'{v:3d}  {k}')
print('total', sum(cnt.values()), 'unmapped', bad)
