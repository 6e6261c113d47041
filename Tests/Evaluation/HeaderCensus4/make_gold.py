#!/usr/bin/env python3
"""Gold for HeaderCensus4 (301-326), written by reading the .txt files before any docgraph run."""
import csv, json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = {r[0]: r[1] for r in csv.reader(open(os.path.join(HERE, 'sources.tsv'), encoding='utf-8'), delimiter='\t') if r and r[0].isdigit()}

def d(id, tc, issuer, date, place, loc, note=None):
    x = dict(id=id, typeCode=tc, issuer=issuer, date=date, place=place, locality=loc)
    if note: x['note'] = note
    return x

G = {
 '301': ('central', 'mass organisation (Tổng Liên đoàn), plain two-block header, number with a letter suffix and a space "Số: 06b /NQ-TLĐ"; title NGHỊ QUYẾT on its own line followed by the meeting line "HỘI NGHỊ LẦN THỨ 6 BAN CHẤP HÀNH …"',
   [d('06b/NQ-TLĐ','NQ','Tổng Liên đoàn Lao động Việt Nam','2015-08-03','Hà Nội',None,
      'issuer: the header body; the resolution is adopted by its Ban Chấp hành (judgement: header body kept, as for HĐND/UBND)')]),
 '302': ('state-local', '123doc HTML residue: header columns glued by <b> tags on two lines ("UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ …</b>", "<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b> <b> Độc lập …</b>"); "Số:3358/SGD&ĐT" (no type segment, no space) and the place/date in <i> on the same line; V/v under it; lost glyphs "phổ thơng", "xun"',
   [d('3358/SGD&ĐT','CV','Sở Giáo dục và Đào tạo Bình Thuận','2010-10-20','Phan Thiết','Bình Thuận',
      'a letter (V/v, Kính gởi) numbered NUMBER/BODY without a type: CV (as census 1 046); 2010, outside 2015-2025')]),
 '303': ('state-local', 'plain header with ------- rules',
   [d('16/KH-UBND','KH','Ủy ban nhân dân tỉnh Hà Giang','2017-01-11','Hà Giang','Hà Giang')]),
 '304': ('state-local', 'district portal page: title line first; district header "UỶ BAN NHÂN DÂN / HUYỆN CẨM GIÀNG" with "Số: 55 /KH-UBND" BEFORE the quốc hiệu; place/date indented with runs of spaces and double spaces ("ngày  17  tháng 4  năm 2019")',
   [d('55/KH-UBND','KH','Ủy ban nhân dân huyện Cẩm Giàng','2019-04-17','Cẩm Giàng','Cẩm Giàng, Hải Dương',
      'province from the body ("trên địa bàn tỉnh Hải Dương"); locality as before the 2025 merger')]),
 '305': ('state-local', 'luatminhkhue: header body without the word TỈNH ("ỦY BAN NHÂN DÂN / LÀO CAI"), quốc hiệu without the Độc lập line and without rules',
   [d('225/KH-UBND','KH','Ủy ban nhân dân tỉnh Lào Cai','2016-08-18','Lào Cai','Lào Cai',
      'header says only "LÀO CAI" (province or city of the same name); the body says "Ủy ban nhân dân tỉnh Lào Cai xây dựng Kế hoạch"')]),
 '306': ('state-local', 'district-commune portal: news lead (title, date 19/09/2024, a sentence citing "thông báo số 528/TB-UBND") BEFORE the real header; header on one line "UỶ BAN NHÂN DÂN HUYỆN BẮC HÀ", image marks "![]()", "|" cells, "Số: 528 /TB-UBND" with a space',
   [d('528/TB-UBND','TB','Ủy ban nhân dân huyện Bắc Hà','2024-09-19','Bắc Hà','Bắc Hà, Lào Cai',
      'one document: the lead is the portal\'s summary of the same notice')]),
 '307': ('state-local', 'district portal: visit-counter cut; title and portal date "Ngày 09/12/2022 00:00:00" first; issuer line wraps "BAN TỔ CHỨC LỄ HỘI / LAM KINH NĂM 2022" under parent "UBND HUYỆN THỌ XUÂN"; "Số: 257 /KH-BTC" before the quốc hiệu; date line after blank lines',
   [d('257/KH-BTC','KH','Ban Tổ chức Lễ hội Lam Kinh năm 2022 huyện Thọ Xuân','2022-08-31','Thọ Xuân','Thọ Xuân, Thanh Hóa',
      'DOUBTFUL issuer wording: an ad-hoc committee under UBND huyện, named as the body text names it ("Ban Tổ chức Lễ hội Lam Kinh năm 2022 huyện Thọ Xuân"); province from "xứ Thanh" and the address thoxuan.thanhhoa.gov.vn')]),
 '308': ('state-local', 'provincial portal, district section: no header; the title holds the number and date "Kế Hoạch Tham gia … (210/KH-UBND ngày 14/12/2017)"; portal date in US order "Thứ Sáu, 12/15/2017 - 10:05"; KẾ HOẠCH title; body "UBND huyện Đình Lập xây dựng Kế hoạch"',
   [d('210/KH-UBND','KH','Ủy ban nhân dân huyện Đình Lập','2017-12-14',None,'Đình Lập, Lạng Sơn',
      'id and date from the page title; issuer from the body sentence; 12/15/2017 is the posting date')]),
 '309': ('state-local', 'commune portal: no header, no number; title, posting date "Ngày 22/02/2024 00:00:00", body "UBND xã Giao Thiện xây dựng Kế hoạch …"',
   [d(None,'KH','Ủy ban nhân dân xã Giao Thiện',None,None,'Giao Thiện, Lang Chánh, Thanh Hóa',
      'DOUBTFUL: no header; KH from "xây dựng Kế hoạch"; the only date is the portal\'s posting date; district and province only in the address giaothien.langchanh.thanhhoa.gov.vn')]),
 '310': ('state-central', 'phapluatcongdong: site metadata block (Số hiệu, Nơi ban hành, Ngày ban hành …) before a plain ministry header; authority line BỘ TRƯỞNG BỘ TƯ PHÁP',
   [d('2658/QĐ-BTP','QĐ','Bộ Tư pháp','2020-12-31','Hà Nội',None)]),
 '311': ('state-local', 'commune portal: title and category lines before the header; "ỦY BAN NHÂN DÂN / XÃ ĐỨC HỢP" with blank lines; number left blank "Số:         / TB-UBND"; day left blank "ngày ….. tháng 12 năm 2021"; en-dash rules',
   [d(None,'TB','Ủy ban nhân dân xã Đức Hợp',None,'Đức Hợp','Đức Hợp, Kim Động, Hưng Yên',
      'DOUBTFUL id/date: number and day are blank on the posted copy (month and year written); district and province from the body (UBND huyện Kim Động, UBND tỉnh Hưng Yên); locality as before the 2025 merger')]),
 '312': ('state-local', 'ward portal: body only, no header, no title: "Nay UBND phường Hương Xuân thông báo …"',
   [d(None,'TB','Ủy ban nhân dân phường Hương Xuân',None,None,'Hương Xuân, Hương Trà, Thừa Thiên Huế',
      'DOUBTFUL: no header; TB from "thông báo"; district from "Điện lực Hương Trà", province only in the address huongxuan.thuathienhue.gov.vn (2020 map)')]),
 '313': ('state-local', 'commune portal: no header; title "Thông báo nghỉ lễ, treo cờ …" in sentence case; body "Ủy ban nhân dân xã Mỹ Thạnh thông báo …"',
   [d(None,'TB','Ủy ban nhân dân xã Mỹ Thạnh',None,None,'Mỹ Thạnh, Giồng Trôm, Bến Tre',
      'DOUBTFUL: no header and no date of issue; district from the body (huyện Giồng Trôm), province only in the address mythanhgiongtrom.bentre.gov.vn')]),
 '314': ('state-local', 'commune portal, one-line pipe rows: "ỦY BAN NHÂN DÂN | CỘNG HÕA …|" / "XÃ XUÂN TÍN | Độc lập … |", number with spaces "Số: 36 /KH - UBND |"; lost glyph CỘNG HÕA; title line first',
   [d('36/KH-UBND','KH','Ủy ban nhân dân xã Xuân Tín','2025-05-07','Xuân Tín','Xuân Tín, Thọ Xuân, Thanh Hóa',
      'printed "36 /KH - UBND"; May 2025, before the 1/7/2025 merger; district and province only in the address xuantin.thoxuan.thanhhoa.gov.vn (DOUBTFUL locality)')]),
 '315': ('state-local', 'dokumen.tips pdf text, whole header on ONE line after a page number "14": "UỶ BAN NHÂN DÂN CỘNG HOÀ … THÀNH PHỐ HỘI AN Độc lập … Số: 94 /BC-UBND Hội An, ngày 28 tháng 7 năm 2015 KẾ HOẠCH …"; the number says BC but the title says KẾ HOẠCH',
   [d('94/BC-UBND','BC','Ủy ban nhân dân thành phố Hội An','2015-07-28','Hội An','Hội An, Quảng Nam',
      'typeCode from the id\'s type segment (BC) although the title is KẾ HOẠCH (judgement: the gold format takes the id\'s segment); province from "Quang Nam" in the body')]),
 '316': ('state-local', 'tailieu.vn pdf text on ONE line with lost characters: "CỘNG HÒA XàHỘI", "Độc lập  Tự do  Hạnh phúc" (dashes lost), "Số: 1669/QĐUBND" (hyphen lost), list number "  1." in front',
   [d('1669/QĐ-UBND','QĐ','Ủy ban nhân dân tỉnh Hà Tĩnh','2019-06-04','Hà Tĩnh','Hà Tĩnh',
      'printed "1669/QĐUBND" (the hyphen is a lost glyph, as in every other code on the page: 25/2016/QĐUBND); canonical restored (judgement); the site title calls it 1669/2019/QĐ-UBND')]),
 '317': ('state-local', 'thuvienphapluat pipe table: "ỦY\\nBAN NHÂN DÂN", "CỘNG\\nHÒA", place split "Kon\\nTum, ngày"; signature block start',
   [d('503/QĐ-UBND','QĐ','Ủy ban nhân dân tỉnh Kon Tum','2019-05-17','Kon Tum','Kon Tum')]),
 '318': ('state-local', 'mobile thuvienphapluat pipe rows without the province line ("ỦY\\nBAN NHÂN DÂN |") and without the KẾ HOẠCH title; province only in the place line and subject',
   [d('1924/KH-UBND','KH','Ủy ban nhân dân tỉnh Ninh Thuận','2019-05-10','Ninh Thuận','Ninh Thuận')]),
 '319': ('state-local', 'ward portal: no header; title, posting timestamp "(14/03/2023 08:46:56)", căn cứ, body "Uỷ ban nhân dân phường Thành Phước xin thông báo …"',
   [d(None,'TB','Ủy ban nhân dân phường Thành Phước',None,None,'Thành Phước, Bình Minh, Vĩnh Long',
      'DOUBTFUL: no header; the only date is the posting timestamp; district from "thị xã Bình Minh", province only in the address thanhphuoc.vinhlong.gov.vn')]),
 '320': ('state-local', 'phapluatcongdong: metadata block then plain header; province Đắk Nông (merged into Lâm Đồng in 2025; document of 2020)',
   [d('03/2020/QĐ-UBND','QĐ','Ủy ban nhân dân tỉnh Đắk Nông','2020-02-26','Đắk Nông','Đắk Nông')]),
 '321': ('state-local', 'plain header with ------- rules',
   [d('149/KH-UBND','KH','Ủy ban nhân dân tỉnh Ninh Bình','2021-09-24','Ninh Bình','Ninh Bình')]),
 '322': ('state-central', 'ministry letter: V/v directly under the Số line, Kính gửi, 2025 (after the merger, text about chính quyền hai cấp)',
   [d('4555/BGDĐT-GDPT','CV','Bộ Giáo dục và Đào tạo','2025-08-05','Hà Nội',None)]),
 '323': ('state-local', 'vanban123 one-line pipe rows without the city line ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA … |") and without the NGHỊ QUYẾT title; authority line HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI and session lines',
   [d('20/NQ-HĐND','NQ','Hội đồng nhân dân thành phố Hà Nội','2020-12-08','Hà Nội','Hà Nội')]),
 '324': ('state-local', 'phapluatcongdong metadata block (incl. "Ngày công báo: 15/07/2013 Số công báo: Số 29") then plain header; place line "Thành phố Hồ Chí Minh, ngày …"',
   [d('21/2013/QĐ-UBND','QĐ','Ủy ban nhân dân Thành phố Hồ Chí Minh','2013-06-28','Thành phố Hồ Chí Minh','Hồ Chí Minh',
      '2013, outside 2015-2025')]),
 '325': ('state-central', 'district portal document list: the whole document is one title line holding kind, issuer, number and date "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008" followed by the posting date "(11/07/2012 )" and a download link naming another file "QD 164.doc"',
   [d('69/2008/QĐ-TTg','QĐ','Thủ tướng Chính phủ','2008-05-28',None,None,
      'title-only page (as census 1 021); 11/07/2012 is the posting date; 2008')]),
 '326': ('state-local', 'provincial portal (office of the provincial UBND, section dnls): no header; title ends with the number and date in brackets "(3585/VP-KTN, ngày 23/10/2017)"; body "Văn phòng UBND tỉnh thông báo …"',
   [d('3585/VP-KTN','CV','Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn','2017-10-23',None,'Lạng Sơn',
      'DOUBTFUL issuer/locality: "Lạng Sơn" is not in the text (only "UBND tỉnh"; the address is langson.gov.vn); id and date from the title; a letter NUMBER/VP-UNIT: CV')]),
}

for k, (level, form, docs) in G.items():
    txt = glob.glob(os.path.join(HERE, k + '-*.txt'))
    assert len(txt) == 1, k
    out = txt[0][:-4] + '.gold.json'
    json.dump(dict(source=SRC[k], level=level, form=form, documents=docs), open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(G), 'gold files')
