import Testing
@testable import DocGraph

/// A congress's resolution named by its body's tier only, by a mass organisation's term, or re-mentioned bare
/// (`Nghị quyết Đại hội`) after it is named: forms of commune, district and Youth Union texts (evaluation set 144,
/// 204, 266, 290, 292, 343, 377), each beside the relative that must stay unread.
@Suite("Congress resolutions named without their number")
struct CongressResolutionTests {
    private func names(_ text: String) -> [String] {
        DocumentExtractor.extract(text: text, file: "a.txt").citations.map(\.id.description)
    }

    @Test("a bare re-mention is the congress named last before it, in any sentence of the document", arguments: [
        ("Quán triệt Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh các cấp nhiệm kỳ 2022-2027, đoàn viên triển khai thực hiện Nghị quyết Đại hội.",
         "Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh các cấp nhiệm kỳ 2022-2027"),
        ("Báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết đại hội Đảng bộ xã lần thứ XIII.\n\nSau hai năm thực hiện nghị quyết Đại hội, nhiều chỉ tiêu đạt.",
         "Nghị quyết Đại hội Đảng bộ xã lần thứ XIII"),
        ("Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, góp phần thực hiện thắng lợi Nghị quyết Đại hội\nđã đề ra.",
         "Nghị quyết Đại hội XIII"),
    ])
    func bareReMention(text: String, name: String) {
        let found = names(text)
        #expect(found == [name, name], "\(found)")
    }

    @Test("a bare `Nghị quyết Đại hội` says whose it is not: before any congress, in a short name's definition, many or generic, it is no citation", arguments: [
        ("Thực hiện thắng lợi Nghị quyết Đại hội, xã đạt 14/21 chỉ tiêu.", []),
        ("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XX (sau đây viết tắt là Nghị quyết Đại hội).",
         ["Nghị quyết Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XX"]),
        ("Thực hiện Nghị quyết Đại hội XIII; quán triệt các Nghị quyết Đại hội.", ["Nghị quyết Đại hội XIII"]),
        ("Thực hiện Nghị quyết Đại hội XIII; tuyên truyền việc thực hiện nghị quyết Đại hội ở cơ sở.", ["Nghị quyết Đại hội XIII"]),
        ("Thực hiện Nghị quyết Đại hội XIII; triển khai nghị quyết đại hội.", ["Nghị quyết Đại hội XIII"]),
    ] as [(String, [String])])
    func bareWithoutAntecedent(text: String, expected: [String]) {
        #expect(names(text) == expected, "\(names(text))")
    }

    @Test("a local congress named by its tier alone is the citing text's place's; a placed or every-level body is not read so", arguments: [
        ("Xã Ba Đình quán triệt, triển khai thực hiện Nghị quyết Đại hội Đảng bộ xã", "Nghị quyết Đại hội Đảng bộ xã"),
        ("Sau hai năm rưỡi thực hiện Nghị quyết Đại hội đảng bộ, chính quyền và Nhân dân đã phát huy.", "Nghị quyết Đại hội đảng bộ"),
        ("Triển khai thực hiện Nghị quyết Đại hội Đảng bộ các cấp.", nil),
        ("Triển khai thực hiện nghị quyết đại hội đảng bộ xã.", nil),
    ] as [(String, String?)])
    func tierOnly(text: String, name: String?) {
        #expect(names(text) == (name.map { [$0] } ?? []), "\(names(text))")
    }

    @Test("a body's name does not run over a sentence's or a paragraph's end to another congress's number")
    func bodyWithinItsClause() {
        let text = "BÁO CÁO\nSơ kết thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025\n\nThực hiện Nghị quyết Đại hội đảng bộ xã lần thứ XXI, Đảng ủy báo cáo."
        #expect(names(text) == ["Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025", "Nghị quyết Đại hội đảng bộ xã lần thứ XXI"], "\(names(text))")
        #expect(NamedDocuments.namesBodyOnly(Array("dang bo tinh thai nguyen ".utf8), 0..<25))
        #expect(!NamedDocuments.namesBodyOnly(Array("dang bo xa nhiem ky 2020-2025\n\nthuc hien ".utf8), 0..<40))
        #expect(!NamedDocuments.namesBodyOnly(Array("dang bo xa. thuc hien ".utf8), 0..<22))
    }

    @Test("the congress's number in Arabic figures, without `thứ`, or as the term; the body by its tier first or alone; `Đại hội` left out: one key with the usual form", arguments: [
        ("quán triệt và triển khai thực hiện nghị quyết Đại hội Đảng bộ huyện lần thứ 26, nhiệm kỳ 2020 – 2025.",
         "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI", "Nghị quyết Đại hội Đảng bộ huyện lần thứ 26"),
        ("Quận ủy tổ chức Hội nghị quán triệt, triển khai nghị quyết Đại hội đại biểu Quận lần thứ XXVIII.",
         "Nghị quyết Đại hội đại biểu Quận lần thứ XXVIII", "Nghị quyết Đại hội Đảng bộ quận lần thứ XXVIII"),
        ("Quán triệt sâu sắc Nghị quyết đại hội Tỉnh đảng bộ lần XIII, phát huy truyền thống.",
         "Nghị quyết Đại hội Tỉnh đảng bộ lần thứ XIII", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIII"),
        ("Quán triệt Nghị quyết đảng bộ huyện lần thứ VIII. Phát huy truyền thống.",
         "Nghị quyết Đại hội đảng bộ huyện lần thứ VIII", "Nghị quyết Đại hội Đảng bộ huyện lần thứ VIII"),
        ("tuyên truyền thực hiện nghị quyết đại hội đảng bộ quận khóa III, xây dựng quận.",
         "Nghị quyết Đại hội đảng bộ quận lần thứ III", "Nghị quyết Đại hội Đảng bộ quận lần thứ III"),
    ] as [(String, String, String)])
    func numberedRelatives(text: String, name: String, usual: String) {
        let found = DocumentExtractor.extract(text: text, file: "a.txt").citations.map(\.id)
        #expect(found.map(\.description) == [name], "\(found)")
        #expect(found.first?.key == DocumentID(named: usual).key)
    }

    @Test("a year, a word after `lần` or a lower-case term is no congress's number", arguments: [
        "Thực hiện nghị quyết đại hội đảng bộ huyện lần này, các xã triển khai.",
        "Thực hiện nghị quyết đại hội đảng bộ huyện năm 2020.",
        "Thực hiện nghị quyết đảng bộ huyện về xây dựng nông thôn mới.",
    ])
    func notNumbered(text: String) {
        let found = DocumentExtractor.extract(text: text, file: "a.txt").citations.map(\.id.description)
        #expect(found.isEmpty, "\(found)")
    }
}
