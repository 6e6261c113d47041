import DocGraph
import DocGraphEvaluation
import Foundation
import Testing

/// Extraction measured on real documents that the code was not written from, against
/// hand-made gold (Tests/Evaluation/Real). The report says, per document, what was found, lost
/// and gained; the floors are the figures reached so far, so that a change that loses ground on
/// unseen text fails here. Raise them when the figures rise (README, "Evaluation").
@Suite("Evaluation on real documents")
struct EvaluationTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/Real").path

    @Test("recall, precision, relations and identities hold their floors; the report is printed")
    func realDocuments() throws {
        let evaluation = try Evaluation.run(folder: Self.folder)
        print(evaluation.report, terminator: "")
        #expect(evaluation.files.count >= 20)
        #expect(evaluation.numberedRecall >= 0.98)
        #expect(evaluation.numberedPrecision >= 0.99)
        // Batch 6 (six Party committee texts without headers, 091–096) names a work programme and
        // outlines in running text after `và`, and a draft's rules in a comparison table's title:
        // with it named recall was 0.925 (0.933 on the 116 documents before it); batch 7 (127–142)
        // came in at 0.863 and took the whole set to 0.918; its forms (plans a cited decision
        // issues, minutes, schemes known by a number) brought it to 0.932. Batch 8 (143–159, eleven
        // kept: district and city Party texts full of congress papers named in lower case) took the
        // set of 149 to 0.901 with the tool of its arrival; congress resolutions by term, congress
        // papers and the political report in lower case brought it to 0.922.
        // Batch 13 (203–213: Youth Union plans, a Front's joint rules, a draft political report)
        // came in at 29/37 named: 0.927 → 0.917 on the set of 203 (short names `Điều lệ Đoàn`,
        // `Nghị quyết Đại hội`; rules named after `ban hành kèm theo Quyết định số … của Bộ Chính trị`).
        // Batch 14 (214–224: provincial plans and decisions, city portals' notices, a district's
        // report) came in at 28/43 named (planning documents `Quy hoạch chung thành phố Biên Hòa …`,
        // aliases `(sau đây viết tắt là Nghị quyết)` and their bare re-mentions, `NQ đại hội …`):
        // 0.919 → 0.904 on the set of 214; `NQ đại hội`, lower-case congress resolutions: 0.909.
        // Batch 15 (225–236: district UBND texts with their own headers, portal posts, a master plan's
        // adjustment) came in at 17/25 named: 0.909 → 0.902 on the set of 226 (land-use plans named by
        // kind, `Kế hoạch tổng thể …`, a name the excerpt cut); `thông qua Đề` / `án “…”` and a short
        // name defined inside a quoted name: 0.905.
        // Batch 16 (237–248: mass organisations' and communes' posts, a department's letter, a list of
        // grounds whose `Căn cứ` the page dropped) came in at 0.896 on the set of 238 (seven rules named
        // at the head of list items, a bare `công văn 290 của Huyện ủy`); the list items: 0.901.
        // Batch 17 (249–260: ward, commune and district posts, councils' sessions) names plans in lower
        // case without a number (`kế hoạch sử dụng đất năm 2022`, `kế hoạch ra quân ngày Chủ nhật xanh`,
        // marked doubtful in its gold): 0.899 on the set of 250.
        // Batch 18 (261–272: Cao Bằng's council, Tỉnh ủy and UBND, news items of 2025 communes, mass
        // organisations) came in at 23/36 named: 0.888 on the set of 262; a mass organisation's plenum, the
        // alias `(sau đây viết tắt là Nghị quyết Đại hội)`, `điều lệ Đoàn` in lower case: 0.896.
        // Batch 19 (273–284: decisions that revoke, replace, repeal or correct, 2008–2025) came in at 21/23
        // named; 0.896 on the set of 274 (relations 0.939 at arrival; `thu hồi`, `đính chính`, grounds in
        // brackets: 0.944).
        // Batch 20 (285–296: Party committees' news items and reviews, a ward's plan, a department's letter) came in
        // at 3/24 named: its names are mostly lower-case programmes and reports named by their body and year
        // (`chương trình hành động của Huyện ủy năm 2022`, `báo cáo của Đảng ủy xã`, `NQ của Huyện về …`), bare
        // `Nghị quyết Đại hội` and a contest's rules named as the page's own title, several doubtful in its gold:
        // 0.876 on the set of 286. The floor follows it; the names are left (README).
        // Batch 21 (297–309: the Fatherland Front's and mass organisations' news items and rules, 2017–2024) came in
        // at 8/20 named: joint rules named after `ký kết` (taught), congress resolutions of associations
        // (`Nghị quyết Đại hội Hội Nông dân huyện … khóa XI`, taught), a rule as a sentence's subject, a
        // lower-case law, a typo (`hành dộng`): 0.872 on the set of 299.
        // Batch 22 (310–323: Party committees' news of reviews and deployments, councils that repeal or adjust, a ward's
        // and a commune's posts) came in at 8/14 named: kinds the tool does not read as names (`Đồ án quy hoạch chung
        // xây dựng xã …`, `Nghị quyết Huyện ủy`, a report after `thông qua`, a decision named by its subject after
        // `điều chỉnh`, two of them doubtful in its gold): 0.868 on the set of 313. The floor follows it (README).
        // Batch 23 (324–337: provincial decisions with their headers, district and commune councils' sessions, a Quận ủy's
        // plan, Đồng Nai's decision repealing 53 decisions) came in at 41/56 named: councils' sessions naming plans and
        // schemes in lower case (`kế hoạch đầu tư công trung hạn …`, `Đề án sắp xếp đơn vị hành chính cấp xã …` after
        // `Tờ trình về:`), a programme after `Ban hành`, a scheme after `Bổ sung … vào`: 0.860 on the set of 327.
        // Batch 24 (338–351: district Party committees' and mass organisations' news items, a Hà Nội decision repealing two)
        // came in at 15/33 named: `Nghị quyết TW 10`, a Youth Union congress's resolution `các cấp`, `Nghị quyết đại hội Tỉnh
        // đảng bộ lần XIII`, a review by conference without `thực hiện`, headlines (ten of the eighteen misses doubtful in
        // its gold): 0.847 on the set of 341. Batch 25 (352–365) came in at 9/17 and 12/17 after a named document a text
        // revises (`V/v bổ sung Quy hoạch …`), 0.845 on 355; batch 26 (366–379: district committees' news items, a province's
        // related-documents lists, names cut at an excerpt's end) at 31/43: 0.840 on the set of 369. Batch 27 (380–393: district
        // and commune Party committees' news items, a province's directive and plan, the Đắk Song portal's files) came in at
        // 6/24 named: plans named by kind and subject (`Kế hoạch tổ chức Đại hội Đảng bộ các cấp`, `kế hoạch phát triển kinh
        // tế - xã hội năm 2020`; read after `Thực hiện`/`Căn cứ` they cost precision more than they gave: 0.990 → 0.987 for
        // 0.830 → 0.831), programmes of action named by the resolution they carry out, resolutions named by body and
        // session (`NQ HĐND Huyện Lần thứ 10 Khóa XIX`), `Đề cương`: 0.830 on the set of 383. The floor follows it (README).
        // Session 21: state documents by kind, bare number and body (batch 28's six) 0.829 → 0.835 on 401; batch 29 (412–429,
        // district, commune and provincial Party news: programmes named after `thông qua`, resolutions by kind and subject,
        // two kinds sharing one plenum) came in at 23/45 named, and batch 30 (430–443, revising acts and council sessions:
        // lower-case investment plans, `Nghị quyết về việc …`, a draft directive of the Prime Minister) at 20/34: with plans
        // named by what they carry out (`kế hoạch hành động thực hiện Nghị quyết Đại hội …`), 0.820 on the set of 433;
        // precision 0.987 (`Báo cáo chính trị` named in 415 whose gold leaves it out, the collector says doubtful); with
        // resolutions a session adopts named by their subject, 0.823 / 0.986.
        // Session 22: the convention for planning instruments (Tests/Evaluation/README.md) added 15 entries to eight gold
        // files that had left them out (0.823 → 0.813 with the tool of its start); instruments named by subject and period,
        // not the text's own, and names compared without the spaces a converter glued or split: 0.835 / 0.989; laws in
        // lower case by their subject, kinds sharing one plenum, what a meeting adopts: 0.847 / 0.990.
        // Session 23: congresses named by Arabic figures, `lần XIII`, `khóa III`, the tier first (`Tỉnh đảng bộ`) or alone (`Đại
        // hội đại biểu Quận`), `Nghị quyết TW 10`; documents named by kind and body (`Nghị quyết Huyện ủy`, `NQ BCH huyện ủy`,
        // `Nghị quyết của Tỉnh ủy về …`): 0.847 → 0.863 on 433. Batch 31 (444–455, news-heavy district and commune items,
        // gold written before any run) came in at 19/25 named with the session's start tool and 20/25 with its end: 0.861 on
        // the set of 445. Plans named by kind and subject after `Thực hiện`/`triển khai`, tried again with the kind
        // capitalised: 0.865 / 0.986 (bodies named after the plan they carry out, `Tổ công tác triển khai Kế hoạch …`, and a
        // decision's own attached plan): left out as in batch 27.
        // Session 24: batches 32 and 33 (456–484, news-heavy commune and district items and provincial decisions, gold written
        // before any run) came in at 7/13 and 29/40 named: plans and strategies named by kind and subject in news, planning
        // instruments (`kế hoạch đầu tư phát triển năm 2020`): 0.851 on the set of 474.
        // Session 26: batches 36 and 37 (503–525, news of Party committees and provincial acts, gold written before any run)
        // came in at named recall 0.341 (Tết directives named by subject, `Chương trình giáo dục phổ thông mới`, planning tasks the
        // gold marks doubtful): 0.835 on the set of 515.
        // Session 27: batches 38 and 39 (526–549, Party committees' and local councils' news, two provincial plans of 2025–2026,
        // gold written before any run) came in at named recall 0.553 (headlines naming plans by subject, bare `Đề án`,
        // district programmes listed by subject, a chi bộ's own resolution): 0.826 on the set of 535.
        // Batch 40 (550–559, whole provincial texts with their headers, a Party committee's draft political report under a
        // newspaper's lead) came in at named 0.864 / 0.731: the lead names the draft printed below it six times, which its
        // gold leaves out as the same file's document (doubtful there; 206's gold does the same for a draft's own title):
        // precision 0.989 → 0.983 on the set of 545.
        // Session 28: batches 41 and 42 (560–582, Party commissions' texts restated by district and ward portals, news of
        // councils revising plans; gold written before any run) came in at named 0.605 / 0.929 (plans named by subject in
        // session news, `Nghị quyết số 03/2018` without its code, cut names): 0.821 / 0.983 on the set of 562.
        #expect(evaluation.namedRecall >= 0.821)
        #expect(evaluation.namedPrecision >= 0.982)
        // The third batch (19 documents, scored before any change for it) still has forms read
        // wrong: a header number with the next header word glued to it (124, a forum's one-line
        // copy), scrambled diacritics (125), a narrated predecessor (043). On the first 62
        // documents relation accuracy is 0.952 and identities 49/49. Batch 6's comparison table
        // (093) quotes another document's preamble: eight `Căn cứ` that are not its own bases. With
        // it relation accuracy was 0.943 when it came in (0.951 on the 116 documents before it), 0.949 since.
        // Session 5 (batch 7 and the forms it taught): 0.957. Session 6 (batch 8): 0.951, the
        // congress papers now found bringing their relations into the count (`quán triệt` is
        // implements here, references in 144's gold; see its notes). Session 11: batch 15's three
        // `quán triệt` entries of 226 read as 032, 104 and 146 do (the gold's note says so): 0.950.
        // Session 12: batch 16's 247 is a list of grounds whose `Căn cứ` heading the page dropped: its
        // eleven items are bases in the gold and references to any reader of the page (0.942 on 238).
        // Session 20: batch 28 (394–411, news items of Party committees and councils) came in at relation 0.848 and
        // modality 0.939 on its 33 matched citations: a review body's name (`Ban Chỉ đạo Trung ương tổng kết thực hiện …`,
        // reviews in 403's gold and references in 125's), people's titles (`Trưởng Ban chỉ đạo … về xây dựng Đề án tổng kết
        // … NQ 32`), a letter's deadline for the tasks it sets (407), `thường xuyên` in an account of the past term (396).
        // With it the set of 401 reads relation 0.939 and modality 0.979 (0.940 and 0.980 on the 383 before it).
        // Session 21: batch 29 came in at 26/39 (reviews the gold reads in `kiểm tra … kết quả thực hiện`, plans' descriptions)
        // and batch 30 at relation 0.808 (430: twelve `… các xã theo Nghị quyết số 1314/NQ-UBTVQH15` in its amended tables,
        // references in the gold, read as grounds; a broken HTML link's residue, 438): 0.932 on the set of 433.
        // Session 22: `theo` after a place (430's twelve `các xã, thị trấn theo Nghị quyết số 1314/NQ-UBTVQH15`) is a mention:
        // 0.935.
        // Session 24: batches 32 and 33 came in at 47/61 and 61/67 (restating brackets read as mentions, a sơ kết's later
        // objects); with the bracket restating the citation before it, 52/61: 0.932 on the set of 474 (0.929 with the
        // session's start tool).
        // Session 26: batches 36 and 37 came in at 0.791 (news that `quán triệt` or reviews a resolution, reported acts' relations
        // the gold gives the page): 0.929 on the set of 515.
        #expect(evaluation.relationAccuracy >= 0.927)
        // Session 23: batch 31 came in at modality 0.904 (447's draft programmes a plenum comments on, 448's congress of a
        // chi bộ's term, each doubtful in its gold): 0.977 on the set of 445 (0.979 on the 433 before it).
        // Session 27: batches 38–40 came in at modality 0.956 and 0.963 (news of what councils will decide, a quoted notice's
        // proposals): 0.976 on the set of 545.
        // Session 28: batches 41–42 came in at 0.913 (a session's agenda `xem xét, thông qua báo cáo điều chỉnh …` read as
        // passed, planned and doubtful in 581's gold; congress resolutions still to come, 565): 0.975 on the set of 562.
        #expect(evaluation.modalityAccuracy >= 0.974)
        // Session 28: 562 and 564 give as their own number the one a portal's lead reports (`Ngày 09/5/2018, Ban Tuyên giáo
        // Thị ủy ban hành Công văn số 71-CV/BTG …`, a commune reposting the province's 49-NQ/TU), both doubtful in their gold.
        #expect(evaluation.identitiesFound >= evaluation.statedIdentities - 4)
        // Issuer and date of each document, where the gold states them (38/49 and 37/38 when set;
        // 128/142 and 116/119 in session 5): the gold also names issuers of header-less excerpts
        // from their source page, which no reader can (a third of the misses).
        #expect(Double(evaluation.issuersRight) >= 0.85 * Double(evaluation.statedIssuers))
        #expect(Double(evaluation.datesRight) >= 0.98 * Double(evaluation.statedDates))
        // Kind and place (session 25, 492 documents: types 285/311, localities 259/477; the header census's scorer, field
        // for field on the same set, read localities 278 → 286 of 511 against the session's start tool, which wrote a
        // district's province alone): most places missed are portal excerpts with no header, which the gold places by
        // their source address. Session 27: batches 38–40 brought header-less portal pages whose kind only their gold states
        // (540, 544, 547, 548: a department's plan, a letter summarised, a commune's plan without its number): types 304/336.
        // Session 28: batches 41–42's portal restatements and session news (563, 564, 578–582): types 312/347.
        #expect(Double(evaluation.typesRight) >= 0.895 * Double(evaluation.statedTypes))
        #expect(evaluation.localitiesRight >= 255)
        // Session 28: 581's `Kỳ họp xem xét, thông qua báo cáo điều chỉnh, bổ sung quy hoạch …` at a session's opening, read as
        // passed; its gold makes both revisions planned and marks them doubtful.
        #expect(evaluation.falseRevisions <= 2)
        // 564's reported letter and 562's reposted resolution (above) are cited by the pages their gold gives those numbers.
        #expect(evaluation.selfEdges <= 3)
        #expect(evaluation.swallowed == 0)
    }

    @Test("every gold file has its text and reads as gold")
    func goldFilesAreWellFormed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
        let gold = names.filter { $0.hasSuffix(".gold.json") }
        for g in gold {
            let stem = g.dropLast(".gold.json".count)
            #expect(names.contains { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".gold.json") }, "no text beside \(g)")
            let file = try GoldFile.load("\(Self.folder)/\(g)")
            #expect(!file.source.isEmpty, "\(g) names no source")
        }
    }
}
