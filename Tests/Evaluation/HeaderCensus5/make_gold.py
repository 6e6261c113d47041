#!/usr/bin/env python3
"""The gold of census 5, in one table, written by reading the .txt files before any docgraph run."""
import json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
D = lambda id, tc, iss, date, place, loc, note=None: {k: v for k, v in dict(id=id, typeCode=tc, issuer=iss, date=date, place=place, locality=loc, note=note).items() if k != 'note' or v}
G = {
 '401': ('state-local', 'phapluatcongdong metadata block (Số hiệu/Loại văn bản/Nơi ban hành …) before a plain header; authority line "ỦY BAN NHÂN DÂN TỈNH" without the province',
   [D('2584/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Bình Định', '2018-08-01', 'Bình Định', 'Bình Định')]),
 '402': ('state-local', 'one-line pipe header without the province line; the NGHỊ QUYẾT title word is missing and the subject line starts with "QUY ĐỊNH VỀ …" (a kind word that is not this document\'s kind); authority line HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC + session line',
   [D('28/2016/NQ-HĐND', 'NQ', 'Hội đồng nhân dân tỉnh Bình Phước', '2016-12-07', 'Bình Phước', 'Bình Phước',
      'the type is the id segment NQ; "QUY ĐỊNH VỀ ĐẶT TÊN …" is the subject of the resolution (it adopts a Quy định), not the document kind')]),
 '403': ('state-local', 'lawnet: page title twice, metadata table twice (pipe cells), then a pipe header "ỦY\\nBAN NHÂN DÂN |" without province, no QUYẾT ĐỊNH title, authority line CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN',
   [D('788/QĐ-UBND', 'QĐ', 'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận', '2017-03-27', 'Bình Thuận', 'Bình Thuận',
      'issuer from the authority line CHỦ TỊCH (census convention, as census 1 009/012/041/049)')]),
 '404': ('state-local', 'tailieu.vn "Nội dung Text": site chrome, then the whole header on one run-on line with the two columns interleaved ("ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI … TỈNH TRÀ VINH Độc lập  Tự do …"), hyphen lost in the number "05/2019/QĐUBND" and in cited numbers',
   [D('05/2019/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Trà Vinh', '2019-03-12', 'Trà Vinh', 'Trà Vinh',
      'printed "05/2019/QĐUBND" (pdf text lost the hyphen); canonical form with the hyphen, as census 4 316 (1669/QĐUBND)')]),
 '405': ('state-central', '123docz OCR of a scanned letter: body name without diacritics "BO GIAO DUC VA DAO TAO", number garbled "sá##j5GDĐT-GDTrH", place "Hà Nơi", date line "ngage thang § nam 2019", V/v under the number, Kính gửi list',
   [D(None, 'CV', 'Bộ Giáo dục và Đào tạo', None, 'Hà Nội', None,
      'DOUBTFUL id/date: the number and the day/month are unreadable in the OCR ("sá##j5GDĐT-GDTrH", "ngage thang § nam 2019"); the page title says 3892/BGDĐT; issuer from "BO GIAO DUC VA DAO TAO" and the code segment GDĐT-GDTrH; a letter with V/v: CV')]),
 '406': ('state-local', 'hethongphapluat list of related documents ("- 1Luật …") before a one-line pipe header without province; no QUYẾT ĐỊNH title',
   [D('33/2022/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Bình Dương', '2022-10-27', 'Bình Dương', 'Bình Dương')]),
 '407': ('state-local', 'plain header after the site name "Hệ thống pháp luật"',
   [D('23/2021/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Ninh Bình', '2021-06-25', 'Ninh Bình', 'Ninh Bình')]),
 '408': ('state-local', 'thuvienphapluat pipe table, "ỦY\\nBAN NHÂN DÂN", place and date broken over three lines "Lào\\nCai, ngày 09 tháng 02\\nnăm 2021"',
   [D('465/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Lào Cai', '2021-02-09', 'Lào Cai', 'Lào Cai')]),
 '409': ('state-local', 'vanbanphapluat.co: page title "Nghị quyết 34/NQ-HĐND" and a summary line before a plain HĐND header; session line KHÓA X, KỲ HỌP THỨ 12',
   [D('34/NQ-HĐND', 'NQ', 'Hội đồng nhân dân tỉnh Bạc Liêu', '2023-10-28', 'Bạc Liêu', 'Bạc Liêu')]),
 '410': ('state-local', 'hethongphapluat paywall text before a one-line pipe header without province; no QUYẾT ĐỊNH title',
   [D('11/2023/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Sơn La', '2023-04-13', 'Sơn La', 'Sơn La')]),
 '411': ('state-local', 'thuvienphapluat bulletin pipe table; "Căn\\ncứ" broken in every preamble line',
   [D('60/2024/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Vĩnh Long', '2024-12-31', 'Vĩnh Long', 'Vĩnh Long')]),
 '412': ('state-local', 'thuviennhadat metadata table ("Cơ quan ban hành | Tỉnh Tiền Giang |") before a pipe header without province and without title',
   [D('21/2023/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Tiền Giang', '2023-10-19', 'Tiền Giang', 'Tiền Giang')]),
 '413': ('state-local', 'vbpl.vn print of a district council resolution: header body "HĐND QUẬN PHÚ NHUẬN" (abbreviated) but the authority line, the Tờ trình and the whole body are of HĐND QUẬN 6; Số line under the body, place "Thành phố Hồ Chí Minh"',
   [D('19/2006/NQ-HĐND', 'NQ', 'Hội đồng nhân dân quận 6', '2006-12-20', 'Thành phố Hồ Chí Minh', 'Quận 6, Hồ Chí Minh',
      'DOUBTFUL issuer/locality: the header line says HĐND QUẬN PHÚ NHUẬN (an error of the portal copy, most likely), the authority line "HỘI ĐỒNG NHÂN DÂN QUẬN 6 KHÓA IX KỲ HỌP THỨ 8" and the body (Tờ trình of UBND quận 6, phường of quận 6) say quận 6')]),
 '414': ('state-local', 'luatminhkhue plain HĐND header, words run together by the converter ("VỀĐẶT TÊN", "Hội đồngnhân dân")',
   [D('33/2011/NQ-HĐND', 'NQ', 'Hội đồng nhân dân tỉnh Thái Nguyên', '2011-12-12', 'Thái Nguyên', 'Thái Nguyên')]),
 '415': ('state-local', 'luatminhkhue: header body on one line "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM", no Số line at all, place line says "Hà Nội" (the site\'s template), session line',
   [D(None, 'NQ', 'Hội đồng nhân dân tỉnh Quảng Nam', '2008-07-30', 'Hà Nội', 'Quảng Nam',
      'DOUBTFUL id: the text states no number (the address says 109-2008-nq-hdnd); place "Hà Nội" is the site\'s error, the body and the closing line say HĐND tỉnh Quảng Nam, adopted 30/7/2008')]),
 '416': ('state-local', 'phapluatcongdong metadata block before a plain header; "UỶ BAN" spelling; authority line "UỶ BAN NHÂN DÂN TỈNH" without the province',
   [D('134/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Vĩnh Phúc', '2014-01-15', 'Vĩnh Phúc', 'Vĩnh Phúc')]),
 '417': ('state-local', 'commune portal of a commune of the new Hải Phòng (after 1/7/2025): news-style notice, no header, no number; "UBND xã Chí Minh trân trọng thông báo …"; cites 13-HD/BTGDVTU of 06/8/2025; event date 29/10/2025',
   [D(None, 'TB', 'Ủy ban nhân dân xã Chí Minh', None, None, 'Chí Minh, Hải Phòng',
      'DOUBTFUL: no header; TB from "trân trọng thông báo"; no date of the notice itself (29/10/2025 is the meeting); Hải Phòng only in the address chiminh.haiphong.gov.vn (the text says only "Thành ủy")')]),
 '418': ('state-local', 'provincial office portal news item: site line "Ủy ban nhân dân tỉnh", a re-dated posting line "Thứ hai 24/1/2022", title, then "Ngày 08/01, UBND tỉnh ban hành Công văn số 23/UBND-TN, …"',
   [D('23/UBND-TN', 'CV', 'Ủy ban nhân dân tỉnh Lai Châu', '2016-01-08', None, 'Lai Châu',
      'DOUBTFUL date: "Ngày 08/01" without year; 2016 from the report for 2015 due 31/01/2016 and the cited 07/BTNMT-TCMT of 04/01/2016 (the posting line 24/1/2022 is a re-dating); Lai Châu from "trên địa bàn tỉnh Lai Châu"')]),
}
for t in sorted(glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-*.txt'))):
    k = os.path.basename(t)[:3]
    raw = json.load(open(os.path.join(HERE, 'raw', k + '.json'), encoding='utf-8'))
    level, form, docs = G[k]
    json.dump(dict(source=raw['url'], level=level, form=form, documents=docs), open(t[:-4] + '.gold.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(k, len(docs))
