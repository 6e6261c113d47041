import DocGraph
import Foundation
import Testing

/// The message catalogue (issue #14): every message and word in both languages, plurals,
/// and how the language is chosen (LanguageEndToEndTests runs the binary in both languages).
@Suite("Language")
struct LanguageTests {
    /// One example of every message; the first test requires it to cover every key.
    static let samples: [Message] = {
        let d = SimpleDate(year: 2026, month: 11, day: 25)!
        return [
            .citationsInFiles(citations: 1, files: 2), .documentsShown(shown: 3, of: 6), .restOn(count: 1, document: "28-NQ/TW"), .reachSummarised(limit: 500, perDepth: 20), .countedBy(.issuer), .moreValues(shown: 10, of: 250),
            .restsOn(count: 2, document: "256-KH/TU"), .stateAsOf(state: "x", date: d), .cites(count: 3), .citedBy(count: 1),
            .edge(from: "A", relation: .amends, planned: true, to: "B", due: "30/04/2026"), .noChain("A", "B"), .chainsReversed("A", "B"),
            .hops(index: 1, count: 1), .revisionsOf(document: "253-QĐ/TW", date: d, count: 0),
            .revisionState(.overdue, enactedOn: nil, other: nil), .governedBy("X"), .revisedBy(relation: .replaces, partial: true, by: "X"),
            .announcedBy(relation: .amends, by: "X", due: "30/04/2026", leadUnit: "Vụ Tổ chức - Điều lệ", state: "quá hạn"),
            .findingsSummary(errors: 1, warnings: 1, notes: 2, accepted: 1), .wroteBaseline(count: 1, file: "b.json"), .related("f:1:1"),
            .wroteDiagram(base: "Graphs/corpus", extensions: [".dot", ".svg"]), .issuerGraphInstead(nodes: 600, limit: 500, issuers: 40),
            .layoutSwitched(nodes: 400, layout: "sfdp"), .readingCorpus(paths: ["Corpus"]), .layingOut(nodes: 10, layout: "dot"),
            .titleAmbiguous(query: "Chương trình", candidates: ["A", "B"]), .titleUnknown("xyz"),
            .diagramOf(focus: ["28-NQ/TW"]), .issuerDiagramTitle(documents: 10000, bodies: 40), .documentCount(2), .legendPlanned, .legendCitedOnly,
            .legendIssuerEdge, .typeDiagramTitle(documents: 10000, types: 12), .typeGraphInstead(nodes: 600, limit: 500, types: 12), .legendTypeEdge,
            .readingProgress(.reading, read: 120, total: 2000, rate: 85, remaining: 22),
            .wroteSite(pages: 42, diagrams: 30, kilobytes: 812, folder: "Site"),
            .indexSummary(index: "i.sqlite", added: 5, changed: 0, removed: 0, unchanged: 0, touched: 1, documents: 6, citations: 167, seconds: 1.04, megabytes: 0.5),
            .noSearchMatch, .noReadableDocument(paths: ["Corpus"], extensions: ".txt"), .indexHoldsNoDocument(index: "i.sqlite"),
            .indexGraphPart(keys: 16, citations: 659), .indexGraphWhole,
        ]
    }()

    /// One example of every command-line word; a test requires it to cover every key.
    static let commandLine: [CommandLineMessage] = {
        [
            .heading(.overview), .defaultValue("60.0", asFlag: false), .values(["text", "json"], default: "text"), .showHelp, .showVersion,
            .showSubcommandHelp, .seeSubcommandHelp(command: "docgraph"), .seeHelp(command: "docgraph render"), .errorPrefix, .helpPrefix,
            .usagePrefix, .missingArgument("<id>"), .missingOneOf(["--a", "--b"]), .unknownOption("--formt", suggestion: "--format"),
            .missingValue("--as-of <date>"), .unexpectedValue(option: "--verbose", value: "x"), .unexpectedArguments(["a", "b"]),
            .invalidValue(value: "xml", for: "--format <format>", problem: .notOneOf(["text", "json"])), .invalidOption("-é"),
            .missingSubcommand, .duplicateValue(new: "flag '--a'", old: "flag '--b'"), .unknownLanguage("fr"),
        ]
    }()

    @Test("every message key is shown in both languages, and the two differ")
    func everyKeyInBothLanguages() {
        #expect(Set(Self.samples.map(\.key)) == Set(Message.Key.allCases), "add a sample for each new message")
        for m in Self.samples {
            let vi = m.text(.vi), en = m.text(.en)
            #expect(!vi.isEmpty && !en.isEmpty, "\(m.key)")
            #expect(vi != en, "\(m.key) is not translated: \(vi)")
        }
        #expect(Set(Self.commandLine.map(\.key)) == Set(CommandLineMessage.Key.allCases), "add a sample for each new command-line word")
        for m in Self.commandLine + CommandLineMessage.Heading.allCases.map({ .heading($0) }) {
            #expect(!m.text(.vi).isEmpty && m.text(.vi) != m.text(.en), "\(m.key) is not translated: \(m.text(.vi))")
        }
        for l in Label.allCases where l != .taskNumber {
            #expect(!l.text(.vi).isEmpty && l.text(.vi) != l.text(.en), "\(l) is not translated")
        }
    }

    @Test("closed vocabularies have Vietnamese names, distinct within each vocabulary")
    func vocabularies() {
        let relations = Relation.allCases.map { $0.label(.vi) }
        #expect(Set(relations).count == Relation.allCases.count)
        #expect(Relation.implements.label(.vi) == "thực hiện" && Relation.basedOn.label(.vi) == "căn cứ" && Relation.references.label(.vi) == "dẫn chiếu")
        #expect(Relation.allCases.allSatisfy { $0.label(.en) == $0.rawValue }, "English names are the API names")
        #expect(Set(AdministrativeLevel.allCases.map { $0.label(.vi) }).count == AdministrativeLevel.allCases.count)
        #expect(DocumentStatus.State.inForce.label(.vi) == "còn hiệu lực" && DocumentStatus.State.notYetInForce.label(.vi) == "chưa có hiệu lực")
        #expect(Modality.planned.label(.vi) == "dự kiến" && Revision.State.overdue.label(.vi) == "quá hạn")
    }

    @Test("English plurals: 1 document, 2 documents; Vietnamese nouns take none")
    func plurals() {
        #expect(Message.restOn(count: 1, document: "X").text(.en) == "1 document rests on X:")
        #expect(Message.restOn(count: 4, document: "X").text(.en) == "4 documents rest on X:")
        #expect(Message.restOn(count: 4, document: "X").text(.vi) == "4 văn bản dựa trên X:")
        #expect(Message.findingsSummary(errors: 1, warnings: 0, notes: 2, accepted: 0).text(.en) == "3 findings: 1 error, 0 warnings, 2 notes")
        #expect(Message.hops(index: 1, count: 1).text(.en) == "1. 1 hop")
        #expect(Message.hops(index: 2, count: 3).text(.en) == "2. 3 hops")
    }

    @Test("the language: --lang first, then LC_ALL, LC_MESSAGES, LANG; Vietnamese by default", arguments: [
        (nil as String?, [:] as [String: String], Language.vi as Language?),
        (nil, ["LANG": "en_US.UTF-8"], .en),
        (nil, ["LANG": "vi_VN.UTF-8"], .vi),
        (nil, ["LANG": "C.UTF-8"], .vi),
        (nil, ["LANG": "en_US.UTF-8", "LC_ALL": "vi_VN"], .vi),
        (nil, ["LC_MESSAGES": "en_GB", "LANG": "vi_VN"], .en),
        ("en", ["LANG": "vi_VN.UTF-8"], .en),
        ("vi", ["LANG": "en_US.UTF-8"], .vi),
        ("fr", [:], nil),
    ])
    func choice(flag: String?, environment: [String: String], expected: Language?) {
        #expect(Language.choose(flag: flag, environment: environment) == expected)
    }

    @Test("docs filters by issuer, type, level, year and place; an unnumbered document is found by part of its title")
    func docsFilters() throws {
        let docs = Fixtures.sample.documents
        func ids(_ f: DocumentFilter) -> [String] { docs.filter(f.accepts).map { $0.id?.description ?? "—" + ($0.title ?? "") } }
        #expect(ids(DocumentFilter(issuer: "bo chinh tri")).count == 2)
        #expect(ids(DocumentFilter(type: "KH")) == ["256-KH/TU"])
        #expect(ids(DocumentFilter(type: "Kết luận")).count == 2)
        #expect(ids(DocumentFilter(level: .district)) == ["256-KH/TU"], "Thành ủy Vũng Tàu is a provincial city: the district level")
        #expect(ids(DocumentFilter(level: .province)) == ["01-CTr/BTCTU"])
        #expect(ids(DocumentFilter(year: 2022)) == ["28-NQ/TW"])
        #expect(ids(DocumentFilter(locality: "Ba Ria - Vung Tau")) == ["256-KH/TU"], "a province finds its districts' documents")
        #expect(ids(DocumentFilter(locality: "thai nguyen")) == ["01-CTr/BTCTU"])
        #expect(ids(DocumentFilter(issuer: "Bộ Chính trị", year: 2026)) == ["58-KL/TW"])

        let g = GraphBuilder.build(Fixtures.sample)
        let programme = try g.lookup("chuong trinh hanh dong thuc hien nghi quyet dai hoi")
        #expect(g.nodes[Int(programme)].inCorpus && g.nodes[Int(programme)].id == nil)
        #expect(throws: LookupError.self) { try g.lookup("Kết luận về") }
        do { _ = try g.lookup("Kết luận về"); Issue.record("two documents match") } catch {
            #expect(error.description.contains("58-KL/TW") && error.description.contains("give more of the title"), "\(error.description)")
            #expect(error.text(.vi).contains("khớp với nhiều văn bản") && error.text(.vi).contains("58-KL/TW"))
        }
        #expect(throws: LookupError.self) { try g.lookup("không có tên này") }
    }

    @Test("levels: city committees by their city, district and grassroots bodies by their name", arguments: [
        ("Thành ủy Vũng Tàu", "TU", nil as String?, AdministrativeLevel.district),
        ("Thành ủy Hà Nội", "TU", nil, .province),
        ("Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", "TU", nil, .province),
        ("Ban Chấp hành Đảng bộ Thành phố", "TU", "Vũng Tàu", .district),
        ("Tỉnh ủy Nghệ An", "TU", nil, .province),
        ("Huyện ủy Nam Đàn", "HU", nil, .district),
        ("Đảng ủy xã Nam Giang", "ĐU", nil, .grassroots),
        ("Bộ Chính trị", "TW", nil, .central),
        ("Ủy ban nhân dân huyện Quỳnh Lưu", "UBND", nil, .district),
    ])
    func levels(issuer: String, code: String, locality: String?, expected: AdministrativeLevel) {
        #expect(AdministrativeLevel.of(issuer: issuer, issuerCode: code, locality: locality) == expected)
    }
}
