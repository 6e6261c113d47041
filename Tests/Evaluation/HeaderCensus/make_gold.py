#!/usr/bin/env python3
"""Gold for HeaderCensus, written by reading the .txt files (before any docgraph run).
Each entry: level, form, documents.  Source URL comes from raw/NNN.json."""
import json, glob, os
H = os.path.dirname(os.path.abspath(__file__))
D = lambda i, t, iss, date, place, loc, note=None: {k: v for k, v in dict(id=i, typeCode=t, issuer=iss, date=date, place=place, locality=loc, note=note).items() if not (k == 'note' and v is None)}
UT = lambda p: "Ủy ban nhân dân tỉnh " + p
CT = lambda p: "Chủ tịch Ủy ban nhân dân tỉnh " + p
G = {
'001': ('state-local', 'converter pipe table: two-column header broken into lines with | cells, "ngày\\n29 tháng"', [D('1528/QĐ-UBND','QĐ',UT('Bình Định'),'2021-04-29','Bình Định','Bình Định')]),
'002': ('state-local', 'school header: parent body UBND XÃ over school name, Số before quốc hiệu, blank lines between', [D('08/KH-THCSHL','KH','Trường THCS Hiệp Lực','2025-09-04','Ninh Giang','Hải Phòng','DOUBTFUL locality: the header names only UBND xã Ninh Giang; Hải Phòng is read from the căn cứ (UBND/Sở GD&ĐT Thành phố Hải Phòng)')]),
'003': ('state-local', 'two-column header run together on lines with runs of spaces (Word paste), V/v under Số, district Phòng under UBND HUYỆN', [D('278/PGD&ĐT-THCS','CV','Phòng Giáo dục và Đào tạo huyện Thanh Chương','2014-09-09','Thanh Chương','Thanh Chương, Nghệ An','province Nghệ An read from the căn cứ (Sở Giáo dục và Đào tạo Nghệ An)')]),
'004': ('state-local', 'whole header on one line, number left blank (Số: /KHGD-...), day left blank in date line', [D(None,'KH','Trường TH-THCS Thanh Trường',None,'Điện Biên Phủ','Điện Biên Phủ, Điện Biên','DOUBTFUL: number and day are blank in the draft; province Điện Biên is not written, only thành phố Điện Biên Phủ')]),
'005': ('state-local', 'plain two-block header with ------- rules, words run together (converter lost spaces)', [D('39/2011/QĐ-UBND','QĐ',UT('Khánh Hòa'),'2011-12-06','Khánh Hòa','Khánh Hòa')]),
'006': ('state-local', 'converter pipe table, "ỦY\\nBAN NHÂN DÂN", "Số:\\n29/KH-UBND", place split "Thái\\nNguyên"', [D('29/KH-UBND','KH',UT('Thái Nguyên'),'2018-03-22','Thái Nguyên','Thái Nguyên')]),
'007': ('state-local', 'pipe table, number on next line, no QUYẾT ĐỊNH title (V/V line only), place Đà Lạt ≠ province', [D('61/2003/QĐ-UB','QĐ',UT('Lâm Đồng'),'2003-05-08','Đà Lạt','Lâm Đồng')]),
'008': ('state-local', 'converter pipe table, date split "ngày 26\\ntháng 4"', [D('70/KH-UBND','KH',UT('Nam Định'),'2024-04-26','Nam Định','Nam Định')]),
'009': ('state-local', 'plain header; number typed without type code (1281/-UBND); place line says Hà Nội for a Hà Tĩnh body; authority line CHỦ TỊCH', [D('1281/-UBND','QĐ',CT('Hà Tĩnh'),'2014-05-13','Hà Nội','Hà Tĩnh','DOUBTFUL id: the header prints "1281/-UBND" (QĐ missing; the site metadata says 1281/QĐ-UBND); place "Hà Nội" is a typo in the source, the body is UBND tỉnh Hà Tĩnh')]),
'010': ('state-local', 'pipe table without the province line (ỦY BAN NHÂN DÂN | only) and without a type title', [D('49/KH-UBND','KH',UT('Tuyên Quang'),'2018-05-21','Tuyên Quang','Tuyên Quang','DOUBTFUL issuer: the province is only in the place line')]),
'011': ('state-local', 'one-line pipe header (UỶ BAN NHÂN DÂN | quốc hiệu |), signature "Nơi nhận: | TM. UỶ BAN NHÂN DÂN |" then the attached KẾ HOẠCH title', [D('3605/QĐ-UBND','QĐ',UT('Sơn La'),'2014-12-30','Sơn La','Sơn La'), D(None,'KH',UT('Sơn La'),None,None,'Sơn La','DOUBTFUL: the attached plan; the excerpt ends before its caption (Ban hành kèm theo …), so no number or date is written for it')]),
'012': ('state-local', 'plain header, authority line CHỦ TỊCH, first căn cứ mangled ("n cứ")', [D('2895/QĐ-UBND','QĐ',CT('Bến Tre'),'2017-11-30','Bến Tre','Bến Tre')]),
'013': ('state-local', 'pipe table, number on its own line, place Mỹ Tho ≠ province', [D('25/2007/QĐ-UBND','QĐ',UT('Tiền Giang'),'2007-06-15','Mỹ Tho','Tiền Giang')]),
'014': ('state-local', 'pipe table without province line and title; signature cell, then attached Quy chế whose QUY CHẾ word is lost, caption "(Ban hành kèm theo Quyết định số: …)"', [D('01/2012/QĐ-UBND','QĐ',UT('Lạng Sơn'),'2012-01-20','Lạng Sơn','Lạng Sơn'), D('01/2012/QĐ-UBND','QĐ',UT('Lạng Sơn'),'2012-01-20',None,'Lạng Sơn','attached Quy chế: id and date from its caption')]),
'015': ('state-local', 'pipe table with leading "|" lines, no city line under ỦY BAN NHÂN DÂN, centrally-run city Huế (2025)', [D('18/CT-UBND','CT','Ủy ban nhân dân thành phố Huế','2025-12-29','Huế','Huế','issuer city read from place line and body text (Thành phố Huế)')]),
'016': ('state-central', 'joint header "VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ", excerpt ends in the title', [D('02/2011/TTLT-VPCP-BNV','TTLT','Văn phòng Chính phủ - Bộ Nội vụ','2011-01-28','Hà Nội',None)]),
'017': ('state-central', 'one-line pipe header, letter with Kính gửi, no V/v', [D('14447/BTC-ĐT','CV','Bộ Tài chính','2023-12-29','Hà Nội',None)]),
'018': ('state-local', 'pipe table, "UỶ BAN NHÂN\\nDÂN", "Quảng Bình,\\nngày"', [D('08/CT-UBND','CT',UT('Quảng Bình'),'2015-05-25','Quảng Bình','Quảng Bình')]),
'019': ('state-central', 'header blocks with ____ rules, "Số 23/2022/TT-BTC" without colon, quốc hiệu after Số', [D('23/2022/TT-BTC','TT','Bộ Tài chính','2022-04-06','Hà Nội',None)]),
'020': ('state-local', 'plain header', [D('42/2018/QĐ-UBND','QĐ',UT('Thừa Thiên Huế'),'2018-08-08','Thừa Thiên Huế','Thừa Thiên Huế')]),
'021': ('state-central', 'no header: id and date inside the title "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001"', [D('16/2001/CT-TTg','CT','Thủ tướng Chính phủ','2001-06-21',None,None,'the title upper-cases TTg as TTG')]),
'022': ('state-central', 'indented block (" • BỘ …", two-space indent), ____ rules, authority line BỘ TRƯỞNG', [D('1449/QĐ-BGDĐT','QĐ','Bộ Giáo dục và Đào tạo','2020-06-02','Hà Nội',None,'authority line is BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO; ministry named as in the existing gold')]),
'023': ('state-central', 'header with ____ rules, V/v under Số, quốc hiệu after, Kính gửi list', [D('1277/BGDĐT-QLCL','CV','Bộ Giáo dục và Đào tạo','2024-03-22','Hà Nội',None)]),
'024': ('state-central', 'list of related documents before a one-line pipe header; no title', [D('26/2019/TT-BGDĐT','TT','Bộ Giáo dục và Đào tạo','2019-12-30','Hà Nội',None)]),
'025': ('state-local', 'no header at all: THÔNG BÁO title and body only (commune, 2026)', [D(None,'TB','Ủy ban nhân dân xã Tân Đoàn',None,None,None,'DOUBTFUL locality: the province (Lạng Sơn) is only in the URL, not in the text')]),
'026': ('state-local', 'news-style page: title line and body, no header, signed "Văn Phòng HĐND-UBND"', [D(None,'TB','Chủ tịch Hội đồng nhân dân huyện Ngân Sơn',None,None,None,'DOUBTFUL: no header; locality would be "Ngân Sơn, Bắc Kạn" but the province is only in the URL')]),
'027': ('state-local', 'related-document list then one-line pipe header; code CT-CTUBND; no title', [D('08/CT-CTUBND','CT',CT('Vĩnh Phúc'),'2021-05-21','Vĩnh Phúc','Vĩnh Phúc','issuer from the code CTUBND (Chủ tịch UBND); header says only ỦY BAN NHÂN DÂN')]),
'028': ('state-local', 'pipe table', [D('17/KH-UBND','KH',UT('Thái Bình'),'2016-03-07','Thái Bình','Thái Bình')]),
'029': ('state-local', 'pipe table without city line and without KẾ HOẠCH title; centrally-run city', [D('58/KH-UBND','KH','Ủy ban nhân dân thành phố Cần Thơ','2023-03-20','Cần Thơ','Cần Thơ')]),
'030': ('state-local', 'pdftotext run-on single line: Sở / Bệnh viện header, blank number (Số: /QĐ-BVNT), blank day, signature GIÁM ĐỐC, attached QUY CHẾ with blank caption (draft)', [D(None,'QĐ','Giám đốc Bệnh viện Nội tiết Nghệ An',None,'Nghệ An','Nghệ An','DOUBTFUL: draft with blank number and day'), D(None,'QĐ','Giám đốc Bệnh viện Nội tiết Nghệ An',None,None,'Nghệ An','attached Quy chế; caption "(Ban hành kèm theo định số /QĐ-BVNT ngày tháng 01 năm 2023 …)" has blank number and day')]),
'031': ('central', 'Party header only: BAN CHẤP HÀNH TRUNG ƯƠNG / * / Số 06-CT/TW / ĐẢNG CỘNG SẢN VIỆT NAM / date, one item per paragraph', [D('06-CT/TW','CT','Ban Chấp hành Trung ương','2006-11-07','Hà Nội',None,'DOUBTFUL issuer: only the header committee is in the excerpt (the title, which would say Bộ Chính trị, is cut)')]),
'032': ('central', 'Party header of an office: BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG; title HƯỚNG DẪN on one line with subject', [D('11-HD/VPTW','HD','Văn phòng Trung ương Đảng','2004-05-28','Hà Nội',None)]),
'033': ('central', 'Party header flattened to one line (docplayer): "… VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày …"; page list of similar documents cut', [D('36-HD/VPTW','HD','Văn phòng Trung ương Đảng','2018-04-03','Hà Nội',None)]),
'034': ('central', 'pipe table Party header; number broken over two lines "Số: 16 -\\nHD/BTCTW"', [D('16-HD/BTCTW','HD','Ban Tổ chức Trung ương','2018-09-24','Hà Nội',None)]),
'035': ('state-local', 'vbpl print page: no header, title "QUYẾT ĐỊNH / CỦA ỦY BAN NHÂN DÂN TỈNH GIA LAI", no number or date (2003)', [D(None,'QĐ',UT('Gia Lai'),None,None,'Gia Lai')]),
'036': ('state-local', 'plain HĐND header, session line with date range "(Từ ngày 04 đến ngày 05 tháng 12 năm 2013)", words run together', [D('10/NQ-HĐND','NQ','Hội đồng nhân dân tỉnh Cà Mau','2013-12-05','Cà Mau','Cà Mau')]),
'037': ('state-central', 'one-line pipe header, no NGHỊ ĐỊNH title, signature cell "TM. CHÍNH PHỦ |"', [D('21/1999/NĐ-CP','NĐ','Chính phủ','1999-04-14','Hà Nội',None)]),
'038': ('state-local', 'plain header, CHƯƠNG TRÌNH HÀNH ĐỘNG title', [D('35/CTr-UBND','CTr',UT('Quảng Ninh'),'2021-02-08','Quảng Ninh','Quảng Ninh')]),
'039': ('state-local', 'plain header, 2025 form without the authority line (Ủy ban nhân dân ban hành Quyết định …)', [D('128/2025/QĐ-UBND','QĐ',UT('Thanh Hóa'),'2025-10-09','Thanh Hóa','Thanh Hóa')]),
'040': ('state-local', 'plain HĐND header with a lost glyph "HỘI ĐNG NHÂN DÂN" (Ồ missing) in header and authority line', [D('34/NQ-HĐND','NQ','Hội đồng nhân dân tỉnh Phú Thọ','2019-12-14','Phú Thọ','Phú Thọ')]),
'041': ('state-local', 'plain header, authority line CHỦ TỊCH, title V/V', [D('1348/QĐ-UBND','QĐ',CT('Bắc Ninh'),'2019-09-06','Bắc Ninh','Bắc Ninh')]),
'042': ('state-local', 'related-document list then one-line pipe header; excerpt ends inside the date ("ngày 29 tháng 12 năm")', [D('60/2023/QĐ-UBND','QĐ','Ủy ban nhân dân Thành phố Hồ Chí Minh','2023-12-29','Thành phố Hồ Chí Minh','Hồ Chí Minh','DOUBTFUL date: the year is cut off; 2023 read from the number')]),
'043': ('state-central', 'joint ministries header on one line "BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ", id with TTLT/…, place line says Hậu Giang (provincial portal copy)', [D('01/2004/TTLT-BVHTT-BYT','TTLT','Bộ Văn hóa - Thông tin - Bộ Y tế','2004-01-12','Hậu Giang',None,'CHANGED after the first run: id was written "01/2004/TTLT/BVHTT-BYT" as printed; the README gold format asks for the canonical NUMBER/YEAR/TYPE-ISSUER, so the slash after TTLT becomes a dash. Place "Hậu Giang" is the portal\'s, the document is central (no locality)')]),
'044': ('state-central', 'pipe rows starting with "|", no QUYẾT ĐỊNH title, authority line BỘ TRƯỞNG', [D('3557/QĐ-BYT','QĐ','Bộ Y tế','2025-11-14','Hà Nội',None)]),
'045': ('state-local', 'plain header', [D('15/2017/QĐ-UBND','QĐ',UT('Bình Phước'),'2017-04-11','Bình Phước','Bình Phước')]),
'046': ('state-local', 'pdftotext run-on: two-column header interleaved on one line (UBND TỈNH … CỘNG HÒA … SỞ …), "Số : 2917 /SGDĐT-VP", "tháng11", detached combining diacritics', [D('2917/SGDĐT-VP','CV','Sở Giáo dục và Đào tạo Ninh Thuận','2010-11-05','Phan Rang-Tháp Chàm','Ninh Thuận')]),
'047': ('state-central', 'provincial gazette (Công báo Tiền Giang) run-on text: gazette masthead and table of contents, then a central circular with broken glyphs (VĂN PHỊNG) and a date without month', [D('03/2011/TT-VPCP','TT','Văn phòng Chính phủ',None,'Hà Nội',None,'DOUBTFUL date: its own date line reads "ngày 25 tháng năm 2011" (month lost); the table of contents gives 25-04-2011. The gazette masthead is not a document; the table-of-contents entries are mentions')]),
'048': ('state-local', 'plain header', [D('80/KH-UBND','KH',UT('Kiên Giang'),'2021-04-15','Kiên Giang','Kiên Giang')]),
'049': ('state-local', 'plain header, authority line CHỦ TỊCH', [D('76/QĐ-UBND','QĐ',CT('Ninh Bình'),'2018-01-17','Ninh Bình','Ninh Bình')]),
'050': ('state-local', 'plain HĐND header, session line "KHÓA XVI - KỲ HỌP THỨ 15"', [D('10/2009/NQ-HĐND','NQ','Hội đồng nhân dân tỉnh Yên Bái','2009-07-17','Yên Bái','Yên Bái')]),
'051': ('state-local', 'plain header', [D('1650/QĐ-UBND','QĐ',UT('Yên Bái'),'2018-09-04','Yên Bái','Yên Bái')]),
'052': ('state-local', 'converter pipe table, "ngày\\n13 tháng"', [D('1161/KH-UBND','KH',UT('Hải Dương'),'2023-04-13','Hải Dương','Hải Dương')]),
'053': ('state-local', 'one-line pipe header without title; signature cell "| TM. ỦY BAN NHÂN DÂN |" then attached Quy chế (title word lost) with caption', [D('485/QĐ-UBND','QĐ',UT('Gia Lai'),'2020-09-15','Gia Lai','Gia Lai'), D('485/QĐ-UBND','QĐ',UT('Gia Lai'),'2020-09-15',None,'Gia Lai','attached Quy chế: id and date from its caption (typeCode QĐ as in the Real gold convention for attachments)')]),
'054': ('state-local', 'pipe table, "HỘI ĐỒNG NHÂN\\nDÂN", city HĐND, session line "KHÓA X, NHIỆM KỲ 2021 - 2026, KỲ HỌP THỨ 7"', [D('51/NQ-HĐND','NQ','Hội đồng nhân dân thành phố Đà Nẵng','2022-07-14','Đà Nẵng','Đà Nẵng')]),
'055': ('state-local', 'pipe table, "HỘI ĐỒNG\\nNHÂN DÂN", "Quảng Nam,\\nngày"', [D('42/NQ-HĐND','NQ','Hội đồng nhân dân tỉnh Quảng Nam','2016-12-08','Quảng Nam','Quảng Nam')]),
}
for raw in sorted(glob.glob(os.path.join(H, 'raw', '*.json'))):
    n = os.path.basename(raw)[:3]
    r = json.load(open(raw, encoding='utf-8'))
    level, form, docs = G[n]
    out = {'source': r['url'], 'level': level, 'form': form, 'documents': docs}
    p = os.path.join(H, f"{n}-{r['slug']}.gold.json")
    json.dump(out, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(G))
