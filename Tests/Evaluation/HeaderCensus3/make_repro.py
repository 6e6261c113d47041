#!/usr/bin/env python3
"""Write repro/<cause>/{fail.txt,ok.txt,NOTE.md} and record docgraph's answers (run after the first run)."""
import json, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
BIN = '/work/bin/docgraph-s27-a'
KEYS = ['id', 'typeCode', 'issuer', 'date', 'place', 'locality']

def ans(path):
    r = subprocess.run([BIN, 'docs', path, '--format', 'json'], capture_output=True, text=True)
    try:
        return [{k: d.get(k) for k in KEYS} for d in json.loads(r.stdout)]
    except Exception:
        return r.stdout + r.stderr

HD = 'HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 30/2011/NQ-HĐND\nBình Định, ngày 18 tháng 8 năm 2011\nNGHỊ QUYẾT\nVỀ ĐỀ ÁN ĐẶT TÊN ĐƯỜNG CÁC KHU DÂN CƯ MỚI QUY HOẠCH CỦA THÀNH PHỐ QUY NHƠN NĂM 2011\nHỘI ĐỒNG NHÂN DÂN TỈNH\n'
ATT = 'BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUY ĐỊNH\nVề quy trình kiểm định chất lượng giáo dục trường mầm non\n(Ban hành kèm theo Thông tư số 45/2011/TT-BGDĐT ngày 11 tháng 10 năm 2011 của {} Giáo dục và Đào tạo)\nChương I\n'
P203 = 'UBND TNH PH TH {}\n\nS VN HO TH THAO V DU LCH c l p - T do - Hanh phuc\n\n\n{}: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 {} 2017\n\nHNG DN\n'
Z = ('{} ******** {} - T do - H nh phúc ******** S : 44-H BT Hà N i, ngày 01 tháng 9 năm 1981 QUY T NNH C AH I NG B TRƯ NG S 44 - H BT NGÀY 1-9-1981 V VI C THÀNH L P HUY N H LANG H I NG B TRƯ NG Căn c i u 107 c a Hi n pháp\n')

C = {
 'subject-city-repeated-becomes-locality': dict(
   files='213 locality',
   fail=HD + 'Điều 1. Nhất trí thông qua Đề án đặt tên đường của thành phố Quy Nhơn.\n',
   ok=HD + 'Điều 1. Nhất trí thông qua Đề án đặt tên đường của tỉnh.\n',
   says='locality `Quy Nhơn, Bình Định` for a resolution of the provincial council (header TỈNH BÌNH ĐỊNH, place Bình Định)',
   should='`Bình Định` — the council is the province\'s; Quy Nhơn is only the subject of the resolution',
   more='One mention of "thành phố Quy Nhơn" (title only) gives `Bình Định`; a second anywhere (Điều 1, or the "Trên cơ sở xem xét Tờ trình … của thành phố Quy Nhơn" line in 213) turns the locality into the city. 211 (HĐND An Giang, "thành phố Châu Đốc" three times) stays `An Giang`: there the authority line and the title name "tỉnh An Giang".'),
 'commune-name-read-as-former-district': dict(
   files='208 locality (gold DOUBTFUL)',
   fail='ỦY BAN NHÂN DÂN\nXÃ TÂY SƠN\nSố: 15/TB-UBND\nTây Sơn, ngày 10 tháng 7 năm 2025\nTHÔNG BÁO\nLịch tiếp công dân\n',
   ok='ỦY BAN NHÂN DÂN\nXÃ TÂY SƠN\nSố: 15/TB-UBND\nGia Lai, ngày 10 tháng 7 năm 2025\nTHÔNG BÁO\nLịch tiếp công dân\n',
   says='locality `Tây Sơn, Bình Định` for xã Tây Sơn in a document dated after 1/7/2025 (the header and the text name no province)',
   should='`Tây Sơn, Gia Lai` (the commune portal is tayson.gialai.gov.vn; Bình Định has been part of Gia Lai since 1/7/2025) or null — not the chain of the former huyện Tây Sơn of a province that no longer exists',
   more='The commune\'s name is looked up as the district of the same name. `XÃ TÂY XUÂN` (no district of that name) gives null, `XÃ CHÂU THÀNH` (many districts) gives null. The 208 text itself ("Ủy Ban nhân dân xã Tây Sơn thông báo lịch …") gives the same `Tây Sơn, Bình Định`. Same family as census 2 cause 7 (commune name prefix matches a city), here with an exact name and a stale province after the merger.'),
 'caption-signer-kept-as-issuer': dict(
   files='206 issuer',
   fail=ATT.format('Bộ trưởng Bộ'),
   ok=ATT.format('Bộ'),
   says='issuer `Bộ trưởng Bộ Giáo dục và Đào tạo` — the signer named in the attachment caption, although line 1 is the header body BỘ GIÁO DỤC VÀ ĐÀO TẠO',
   should='`Bộ Giáo dục và Đào tạo` (the body in the header; census 1 convention: ministries are named Bộ X even under a BỘ TRƯỞNG line)',
   more='Related to census 2 cause 9 (caption issuer not resolved): the caption\'s words are copied instead of the body the header already gives.'),
 'title-kind-word-not-alone': dict(
   files='219 typeCode; 209 typeCode and date (gold DOUBTFUL)',
   fail='THÔNG BÁO Về việc lấy ý kiến về Nội dung tóm tắt Đề án điều chỉnh địa giới hành chính\nNgày cập nhật 24/04/2020\nỦy ban nhân dân phường Hương An thông báo việc lấy ý kiến cử tri đến toàn thể nhân dân được biết.\n',
   ok='THÔNG BÁO\nVề việc lấy ý kiến về Nội dung tóm tắt Đề án điều chỉnh địa giới hành chính\nNgày cập nhật 24/04/2020\nỦy ban nhân dân phường Hương An thông báo việc lấy ý kiến cử tri đến toàn thể nhân dân được biết.\n',
   says='typeCode null when the kind word shares its line with the subject ("THÔNG BÁO Về việc …")',
   should='TB — the line starts with the kind word in capitals',
   more='209\'s title "Thông báo Khẩn ngày 18/10/2020" fails the same way: `THÔNG BÁO KHẨN`, `THÔNG BÁO KHẨN ngày 18/10/2020`, `Thông báo khẩn` all give no kind; `THÔNG BÁO` alone gives TB, and `THÔNG BÁO` + a line `ngày 18/10/2020` gives TB and 2020-10-18. Census 1 cause 6 (sentence-case title) and cause 9 (title date with subject) are the same mechanism: the kind and the date are read only from lines that hold nothing else.'),
 'announcement-sentence-issuer-needs-nhu-sau': dict(
   files='219 issuer (gold DOUBTFUL)',
   fail='Ủy ban nhân dân phường Hương An thông báo việc lấy ý kiến cử tri đến toàn thể nhân dân được biết.\n',
   ok='Ủy ban nhân dân phường Hương An thông báo việc lấy ý kiến cử tri như sau:\n',
   says='issuer null for a headerless page whose body says "Ủy ban nhân dân phường Hương An thông báo … đến toàn thể nhân dân được biết."',
   should='`Ủy ban nhân dân phường Hương An`',
   more='The body sentence is taken as the issuer only when it ends "như sau:" (208: "Ủy Ban nhân dân xã Tây Sơn thông báo lịch … như sau:" → found; census 1 025 likewise). "… thông báo đến toàn thể nhân dân được biết." → null; "… thông báo như sau:" → found. Gold DOUBTFUL (no header), so a robustness wish.'),
 'so-label-without-o': dict(
   files='203 id, typeCode',
   fail=P203.format('CNG HO X HI CH NGHA VIT NAM', 'S', 'nm'),
   ok=P203.format('CNG HO X HI CH NGHA VIT NAM', 'Số', 'nm'),
   says='no id, no type for "S: 02 /HD-SVHTTDL …" (the ố of Số lost with every other non-ASCII letter)',
   should='02/HD-SVHTTDL, HD — the number and code are intact ASCII',
   more='Only the label differs. Robustness against a whole-text glyph loss (scribd/PDF text with a missing font map).'),
 'nam-without-a-date': dict(
   files='203 date',
   fail=P203.format('CNG HO X HI CH NGHA VIT NAM', 'Số', 'nm'),
   ok=P203.format('CNG HO X HI CH NGHA VIT NAM', 'Số', 'năm'),
   says='no date for "Ph Th, ngay 12 thang 01 nm 2017"',
   should='2017-01-12',
   more='`ngay` and `thang` without diacritics are accepted as long as `năm` is there; `nm` (ă lost) is not.'),
 'undiacritized-quoc-hieu-joined-to-issuer': dict(
   files='203 issuer, locality',
   fail=P203.format('CNG HO X HI CH NGHA VIT NAM', 'Số', 'nm'),
   ok=P203.format('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số', 'nm'),
   says='issuer `UBND TNH PH TH CNG Ho X Hi CH Ngha Vit Nam` — the glyph-less quốc hiệu is not recognised and is appended to the body name',
   should='Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ (line 3, "S VN HO TH THAO V DU LCH"); locality Phú Thọ',
   more='With the quốc hiệu spelled properly the issuer becomes `UBND TNH PH TH` (the parent, still glyph-less; the Sở on line 3 is not read and locality stays null). With line 1 fully restored (`UBND TỈNH PHÚ THỌ CỘNG HOÀ …`) docgraph gives `UBND tỉnh Phú Thọ`, locality Phú Thọ. A wrong answer (quốc hiệu words inside an issuer) rather than a missing one.'),
 'old-number-hyphen-code': dict(
   files='202 id (gold DOUBTFUL); known: census 2 cause 6',
   fail='HỘI ĐỒNG BỘ TRƯỞNG\nSố: 44-HĐBT\nHà Nội, ngày 01 tháng 9 năm 1981\nQUYẾT ĐỊNH\n',
   ok='HỘI ĐỒNG BỘ TRƯỞNG\nSố: 44/HĐBT\nHà Nội, ngày 01 tháng 9 năm 1981\nQUYẾT ĐỊNH\n',
   says='no id for "Số: 44-HĐBT" (the NUMBER-CODE form of Hội đồng Bộ trưởng and Chính phủ documents before 2000)',
   should='44-HĐBT',
   more='Still as in census 2 (`55-BT`). Flattened onto one line (the 202 form with glyphs restored and `44/HĐBT`) the answer has typeCode `""` (empty string, not null).'),
 'lost-glyph-flattened-header': dict(
   files='202 typeCode, issuer, date (gold DOUBTFUL)',
   fail=Z.format('H I NG B TRƯ NG C NG HOÀ XÃ H I CH NGHĨA VI T NAM', 'c l p'),
   ok=Z.format('HỘI ĐỒNG BỘ TRƯỞNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập'),
   says='a document with every field null (note: no header found) for a one-line pdf text whose Vietnamese-only glyphs are lost ("H I NG B TRƯ NG", "S : 44-H BT", "Hà N i", "QUY T NNH")',
   should='QĐ, Hội đồng Bộ trưởng, 1981-09-01, Hà Nội (id 44-HĐBT, see old-number-hyphen-code)',
   more='Restoring the header body and quốc hiệu gives the issuer (`Hội đồng bộ trưởng`); the date stays null in the one-line form even with `Số: 44-HĐBT Hà Nội` restored (old-number cause); written over several lines with the glyphs still lost, docgraph finds the date and place `Hà N i`. Robustness wish.'),
 'J1-attachment-typecode-own-kind': dict(
   files='206 typeCode (judgement, as census 2 J3)',
   fail=ATT.format('Bộ'),
   ok=ATT.format('Bộ').replace('QUY ĐỊNH', 'QUY CHẾ'),
   says='typeCode `QĐ` (the attachment\'s own kind, Quy định) next to id 45/2011/TT-BGDĐT',
   should='per the censuses\' convention the parent\'s type, TT (the id\'s type segment); docgraph\'s reading is defensible, but QĐ beside a TT id is inconsistent, and QĐ is also the code of Quyết định',
   more='The attached QUY CHẾ gives `QC` with the same caption: docgraph types an attachment by its own title word.'),
}

os.makedirs(os.path.join(HERE, 'repro'), exist_ok=True)
allans = {}
for name, c in C.items():
    d = os.path.join(HERE, 'repro', name)
    os.makedirs(d, exist_ok=True)
    for k in ('fail', 'ok'):
        open(os.path.join(d, k + '.txt'), 'w', encoding='utf-8').write(c[k])
    fa, oa = ans(os.path.join(d, 'fail.txt')), ans(os.path.join(d, 'ok.txt'))
    allans[name] = dict(fail=fa, ok=oa)
    fl, ol = c['fail'].splitlines(), c['ok'].splitlines()
    diff = [f'- line {i+1}: `{a}`\n+ line {i+1}: `{b}`' for i, (a, b) in enumerate(zip(fl, ol)) if a != b]
    note = f"""# {name}

Mismatches: {c['files']}

Edited line (fail → ok):
{chr(10).join(diff)}

docgraph (`{BIN} docs FILE --format json`, fields id, typeCode, issuer, date, place, locality):

- fail.txt: `{json.dumps(fa, ensure_ascii=False)}`
- ok.txt: `{json.dumps(oa, ensure_ascii=False)}`

What docgraph says: {c['says']}.

What it should say: {c['should']}.

{c['more']}
"""
    open(os.path.join(d, 'NOTE.md'), 'w', encoding='utf-8').write(note)
    print(name, '\n  fail', fa, '\n  ok  ', oa)
json.dump(allans, open(os.path.join(HERE, 'repro', 'docgraph-answers.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
