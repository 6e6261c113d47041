#!/usr/bin/env python3
"""Gold for HeaderCensus3 (201-219), written by reading the .txt files before any docgraph run."""
import csv, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = {r[0]: r[1] for r in csv.reader(open(os.path.join(HERE, '..', 'sources.tsv'), encoding='utf-8'), delimiter='\t') if r and r[0].isdigit()}

def d(id, tc, issuer, date, place, loc, note=None):
    x = dict(id=id, typeCode=tc, issuer=issuer, date=date, place=place, locality=loc)
    if note: x['note'] = note
    return x

G = {
 '201': ('state-local', 'converter pipe table (thuviennhadat): cells on their own lines with "|", date split "ngày\\n19 tháng"',
   [d('75/KH-UBND','KH','Ủy ban nhân dân tỉnh Bình Định','2022-05-19','Bình Định','Bình Định')]),
 '202': ('state-central', 'tailieu.vn pdf text on ONE line with every Vietnamese-only glyph lost ("H I NG B TRƯ NG", "S : 44-H BT", "Hà N i"); the title repeats the number "QUY T NNH C AH I NG B TRƯ NG S 44 - H BT NGÀY 1-9-1981"',
   [d('44-HĐBT','QĐ','Hội đồng Bộ trưởng','1981-09-01','Hà Nội',None,
      'DOUBTFUL id/typeCode: printed "44-H BT" (Đ lost); canonical 44-HĐBT of its time, no type segment, the title says QUYẾT ĐỊNH')]),
 '203': ('state-local', 'scribd text with EVERY non-ASCII letter dropped ("UBND TNH PH TH", "S VN HO TH THAO V DU LCH", "Ph Th, ngay 12 thang 01 nm 2017", "HNG DN"); two header columns run together line by line; Sở under UBND tỉnh',
   [d('02/HD-SVHTTDL','HD','Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ','2017-01-12','Phú Thọ','Phú Thọ',
      'names restored from the glyph-less text ("Ph Th" = Phú Thọ); number and code intact')]),
 '204': ('state-local', 'converter pipe table, "ỦY\\nBAN NHÂN DÂN", "CỘNG\\nHÒA", place split "Quảng\\nTrị, ngày"',
   [d('3330/QĐ-UBND','QĐ','Ủy ban nhân dân tỉnh Quảng Trị','2016-12-27','Quảng Trị','Quảng Trị')]),
 '205': ('state-central', 'scribd text from a font-mapped PDF: header fine, but the title "TH#NG T$" and body garbled ("h!ng 4 nă\\" 2008 c#$ Ch%nh &h#"); ____ rules; Số before quốc hiệu',
   [d('01/2011/TT-BNV','TT','Bộ Nội vụ','2011-01-19','Hà Nội',None)]),
 '206': ('state-central', 'violet.vn print page: an attached QUY ĐỊNH alone (no parent Thông tư in the page), header without Số, caption "(Ban hành kèm theo Thông tư số: 45/2011/TT-BGDĐT\\n\\n ngày 11 tháng 10  năm 2011 của Bộ trưởng …)" split over two paragraphs; two-space indents',
   [d('45/2011/TT-BGDĐT','TT','Bộ Giáo dục và Đào tạo','2011-10-11',None,None,
      'attachment: id, typeCode and date from its caption (convention of census 1, Real/024); the issuer is the ministry (caption: Bộ trưởng Bộ Giáo dục và Đào tạo)')]),
 '207': ('state-central', 'tailieu.vn one-line pdf text: "1. BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ … -------------- Độc lập … Số: 28/2014/TT-BGDĐT ------ Hà Nội, ngày 26 tháng 8 năm 2014 THÔNG TƯ …" with a list number in front',
   [d('28/2014/TT-BGDĐT','TT','Bộ Giáo dục và Đào tạo','2014-08-26','Hà Nội',None)]),
 '208': ('state-local', 'commune portal page after the 1/7/2025 merger: no header; title "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn năm 2025 (sau khi sáp nhập)", căn cứ, "Ủy Ban nhân dân xã Tây Sơn thông báo lịch …", a | table',
   [d(None,'TB','Ủy ban nhân dân xã Tây Sơn',None,None,'Tây Sơn, Gia Lai',
      'DOUBTFUL: no header; TB from "thông báo lịch tiếp công" (title says Lịch); province only in the address tayson.gialai.gov.vn (new Gia Lai, two-level: no district)')]),
 '209': ('state-local', 'school-office portal page: no header, title "Thông báo Khẩn ngày 18/10/2020", Kính gửi, body "Phòng GD&ĐT yêu cầu"',
   [d(None,'TB','Phòng Giáo dục và Đào tạo thị xã Ba Đồn','2020-10-18',None,'Ba Đồn, Quảng Bình',
      'DOUBTFUL: no header; date from the title; "thị xã" from "trên toàn thị xã", its name and the province only in the address pgdbadon.edu.vn')]),
 '210': ('state-local', 'HĐND header without Số line; place line says "Hà Nội" for a Nghệ An council; ____ rule; session line "KHÓA XVI, KỲ HỌP THỨ 6"; signature',
   [d(None,'NQ','Hội đồng nhân dân tỉnh Nghệ An','2012-12-13','Hà Nội','Nghệ An',
      'no number in the text (the address says 69/2012/NQ-HĐND); place as printed (wrong), locality from the header body')]),
 '211': ('state-local', 'vanban123 pipe table without the province line: "HỘI ĐỒNG NHÂN\\nDÂN |"; province from the place line; authority line HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG',
   [d('19/NQ-HĐND','NQ','Hội đồng nhân dân tỉnh An Giang','2023-07-13','An Giang','An Giang')]),
 '212': ('state-local', 'pipe table with abbreviated body "HĐND\\nTỈNH LẠNG SƠN |", number with a session suffix "27/2002/NQ-HĐNDKXIII"',
   [d('27/2002/NQ-HĐNDKXIII','NQ','Hội đồng nhân dân tỉnh Lạng Sơn','2002-01-28','Lạng Sơn','Lạng Sơn')]),
 '213': ('state-local', 'plain HĐND header with rules and blank lines; session line under authority line',
   [d('30/2011/NQ-HĐND','NQ','Hội đồng nhân dân tỉnh Bình Định','2011-08-18','Bình Định','Bình Định')]),
 '214': ('state-local', 'hethongphapluat related-document list (9 items citing decrees/laws) then one-line pipe header without city line and without title; authority line ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
   [d('09/2022/QĐ-UBND','QĐ','Ủy ban nhân dân thành phố Cần Thơ','2022-03-25','Cần Thơ','Cần Thơ')]),
 '215': ('state-local', 'plain header, number with a space "Số: 57/ 2015/QĐ-UBND"; words glued and glyphs lost in the body ("vviệc", "Giám đc SNông")',
   [d('57/2015/QĐ-UBND','QĐ','Ủy ban nhân dân tỉnh Thừa Thiên Huế','2015-10-28','Thừa Thiên Huế','Thừa Thiên Huế')]),
 '216': ('state-local', 'plain header, authority line CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
   [d('733/QĐ-UBND','QĐ','Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang','2014-07-10','Tuyên Quang','Tuyên Quang')]),
 '217': ('state-local', 'plain HĐND header, "Số:10/2011/NQ-HĐND" without space, authority and session on one line "HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA KHÓA IV, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 5"',
   [d('10/2011/NQ-HĐND','NQ','Hội đồng nhân dân tỉnh Khánh Hòa','2011-04-08','Khánh Hòa','Khánh Hòa')]),
 '218': ('state-local', 'plain HĐND header with rules and blank lines; session line "KHÓA XVII - KỲ HỌP THỨ 5"',
   [d('50/NQ-HĐND','NQ','Hội đồng nhân dân tỉnh Hải Dương','2021-12-08','Hải Dương','Hải Dương')]),
 '219': ('state-local', 'ward portal page: no header; title "THÔNG BÁO Về việc lấy ý kiến …" on one line, "Ngày cập nhật 24/04/2020", body "UBND phường Hương An thông báo …", căn cứ',
   [d(None,'TB','Ủy ban nhân dân phường Hương An',None,None,'Hương An, Hương Trà, Thừa Thiên Huế',
      'DOUBTFUL: no header; the only date is the portal\'s "Ngày cập nhật"; locality chain from the 2020 map (the body says "Ủy ban nhân dân thị xã"; district and province not named)')]),
}

for name in sorted(os.listdir(HERE)):
    if name.endswith('.txt') and name[:3].isdigit():
        n = name[:3]
        level, form, docs = G[n]
        out = dict(source=SRC[n], level=level, form=form, documents=docs)
        json.dump(out, open(os.path.join(HERE, name[:-4] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print(n, len(docs))
