import Testing
@testable import DocGraph

/// Draft review on documents made up here, not in the repository: the judgements must hold for
/// any province, any number and any wording of the same forms.
@Suite("Draft review")
struct DraftReviewTests {
    static let decision = """
    TỈNH ỦY LẠNG SƠN
    *
    Số 20-QĐ/TU

    ĐẢNG CỘNG SẢN VIỆT NAM

    *Lạng Sơn, ngày 03 tháng 02 năm 2026*

    ## QUYẾT ĐỊNH

    **về việc thành lập Ban Chỉ đạo chuyển đổi số trong các cơ quan đảng của tỉnh**

    -----

    Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số trong các cơ quan đảng của tỉnh.

    Điều 2. Quyết định có hiệu lực từ ngày ký.

    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    """

    static let later = """
    TỈNH ỦY LẠNG SƠN
    *
    Số 31-KL/TU

    ĐẢNG CỘNG SẢN VIỆT NAM

    *Lạng Sơn, ngày 10 tháng 5 năm 2026*

    ## KẾT LUẬN

    **của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số**

    -----

    Ban Thường vụ Tỉnh ủy kết luận như sau: tiếp tục đẩy mạnh chuyển đổi số.

    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    """

    static func draft(_ body: String) -> String {
        """
        TỈNH ỦY LẠNG SƠN
        *
        Số 44-KH/TU

        ĐẢNG CỘNG SẢN VIỆT NAM

        *Lạng Sơn, ngày 01 tháng 4 năm 2026*

        ## KẾ HOẠCH

        **chuyển đổi số trong các cơ quan đảng năm 2026**

        -----

        \(body)

        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        """
    }

    static func review(_ body: String) -> [Finding] {
        let corpus = CorpusExtraction(files: [DocumentExtractor.extract(text: decision, file: "corpus/20-qd.txt"),
                                              DocumentExtractor.extract(text: later, file: "corpus/31-kl.txt")])
        let draft = DocumentExtractor.extract(text: Self.draft(body), file: "draft.txt")
        return DraftReview(corpus: corpus, drafts: [draft]).findings(CheckOptions(asOf: SimpleDate(year: 2026, month: 11, day: 25)!))
    }

    @Test("Quy định for a Quyết định is an error; the standing committee for its committee is not a conflict")
    func typeWord() throws {
        let findings = Self.review("Thực hiện Quy định số 20-QĐ/TU, ngày 03/02/2026 của Ban Thường vụ Tỉnh ủy về việc thành lập Ban Chỉ đạo chuyển đổi số, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:")
        let f = try #require(findings.first { $0.rule == .metadataConflict })
        #expect(f.severity == .error)
        #expect(f.location == SourceLocation(file: "draft.txt", line: 15, column: 11))
        #expect(f.message.contains("Quyết định"))
        #expect(f.related == [SourceLocation(file: "corpus/20-qd.txt", line: 1, column: 1)])
        #expect(findings.filter { $0.severity >= .warning }.count == 1, "\(findings.map(\.description))")
    }

    @Test("a right citation gives nothing")
    func clean() {
        let findings = Self.review("Thực hiện Quyết định số 20-QĐ/TU, ngày 03/02/2026 của Ban Thường vụ Tỉnh ủy về việc thành lập Ban Chỉ đạo chuyển đổi số, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:")
        #expect(findings.filter { $0.severity >= .warning }.isEmpty, "\(findings.map(\.description))")
    }

    @Test("a wrong date is an error in the draft, with the header as evidence")
    func date() throws {
        let findings = Self.review("Thực hiện Quyết định số 20-QĐ/TU, ngày 13/02/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:")
        let f = try #require(findings.first { $0.rule == .metadataConflict })
        #expect(f.severity == .error)
        #expect(f.message.contains("13/02/2026") && f.message.contains("03/02/2026"))
    }

    @Test("a mention of a later document, even a plain reference, is an error")
    func later() throws {
        let findings = Self.review("Kế hoạch này gắn với Kết luận số 31-KL/TW, ngày 10/5/2026 của Ban Thường vụ Tỉnh ủy.".replacingOccurrences(of: "31-KL/TW", with: "31-KL/TU"))
        let f = try #require(findings.first { $0.rule == .temporal })
        #expect(f.severity == .error)
        #expect(f.location?.file == "draft.txt")
    }

    @Test("a deadline before the draft's own date is an error; one after it is not")
    func deadline() throws {
        let findings = Self.review("""
        1. Hoàn thiện hạ tầng mạng nội bộ các cơ quan đảng.

        Thời gian thực hiện: Tháng 3/2026.

        2. Triển khai phần mềm quản lý văn bản.

        Thời gian thực hiện: Quý III/2026.
        """)
        let errors = findings.filter { $0.rule == .temporal && $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location?.line == 15, "at the item the deadline closes")
    }

    @Test("the same citations between corpus documents stay warnings")
    func corpusSide() {
        let corpus = CorpusExtraction(files: [
            DocumentExtractor.extract(text: Self.decision, file: "corpus/20-qd.txt"),
            DocumentExtractor.extract(text: Self.draft("Thực hiện Quy định số 20-QĐ/TU, ngày 13/02/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:"), file: "corpus/44-kh.txt"),
        ])
        let findings = Checker.run(GraphBuilder.build(corpus), CheckOptions(asOf: SimpleDate(year: 2026, month: 11, day: 25)!))
        #expect(findings.contains { $0.rule == .metadataConflict })
        #expect(!findings.contains { $0.severity == .error })
    }
}
