@testable import DocGraph
import Testing

/// A Party cell under a province's bloc (red team, round 13: `ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH` /
/// `CHI BỘ SỞ TƯ PHÁP` over `Trà Vinh, ngày …` was issued by "Đảng ủy khối các cơ quan tỉnh chi bộ sở
/// tư pháp" and placed nowhere, so its citations of the bloc's `-QĐi/ĐU` dangled).
@Suite("Party cells' issuers and places")
struct PartyCellPlaceTests {
    static func cell(parent: String = "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", name: String = "CHI BỘ SỞ TƯ PHÁP", number: String = "02-KH/CB",
                     place: String = "Trà Vinh") -> String {
        """
        \(parent)
        \(name)
        *
        Số \(number)
        ĐẢNG CỘNG SẢN VIỆT NAM
        \(place), ngày 15 tháng 4 năm 2023

        KẾ HOẠCH
        khắc phục hạn chế
        Căn cứ Quy định số 02-QĐi/ĐU ngày 22/01/2021 của Ban Thường vụ Đảng ủy Khối, Chi bộ xây dựng Kế hoạch như sau:
        """
    }

    static func record(_ text: String) -> DocumentRecord? { DocumentExtractor.extract(text: text, file: "a.txt").documents.first }

    @Test("a body under a line ending in `TỈNH` is a body of its own; a place under it continues the name")
    func headerLines() {
        #expect(DocumentIdentity.readIssuer(fromHeader: ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ SỞ TƯ PHÁP"])?.folded == "chi bo so tu phap")
        #expect(DocumentIdentity.readIssuer(fromHeader: ["ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG BỘ CÔNG TY CẤP NƯỚC"])?.folded == "dang bo cong ty cap nuoc")
        #expect(DocumentIdentity.readIssuer(fromHeader: ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "CÔNG ĐOÀN VIÊN CHỨC"])?.folded == "cong doan vien chuc")
        #expect(DocumentIdentity.readIssuer(fromHeader: ["ỦY BAN NHÂN DÂN TỈNH", "BẾN TRE"])?.folded == "uy ban nhan dan tinh ben tre")
        #expect(DocumentIdentity.readIssuer(fromHeader: ["ỦY BAN NHÂN DÂN THÀNH PHỐ", "HỘI AN"])?.folded == "uy ban nhan dan thanh pho hoi an")
        #expect(DocumentIdentity.readIssuer(fromHeader: ["ỦY BAN NHÂN DÂN XÃ", "ĐOÀN KẾT"])?.folded == "uy ban nhan dan xa doan ket")
    }

    @Test("a cell is placed by its place line when that names a province, by `CB` or `ĐB` or its `Chi bộ` name; a district's name places nothing this way")
    func placeLine() {
        #expect(Self.record(Self.cell())?.locality == "Trà Vinh")
        #expect(Self.record(Self.cell(number: "04-KH/ĐB"))?.locality == "Trà Vinh")
        #expect(Self.record(Self.cell(number: "04-KH/ĐU", place: "Vĩnh Long"))?.locality == "Vĩnh Long", "a cell's name with another code")
        #expect(Self.record(Self.cell(place: "Càng Long"))?.locality == nil, "a district's name is no province")
        #expect(Self.record(Self.cell(place: "Trà Vinh")).map { $0.issuer?.folded } == "chi bo so tu phap")
    }

    @Test("the cell's citation of its bloc's regulation finds it in the corpus")
    func citationResolves() {
        let bloc = """
            ĐẢNG BỘ TỈNH TRÀ VINH
            ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
            *
            Số 02-QĐi/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Trà Vinh, ngày 22 tháng 01 năm 2021

            QUY ĐỊNH
            về tiêu chí đánh giá chi bộ
            """
        let g = Fixtures.graph([("bloc.txt", bloc), ("cell.txt", Self.cell())])
        #expect(Fixtures.findings(g, .dangling, all: true).isEmpty, "\(Fixtures.findings(g, .dangling, all: true).map(\.message))")
    }

    @Test("two blocs of one province numbering `04-NQ/ĐU` each: no duplicate identity; a citation naming a bloc goes to its own; one body twice stays a duplicate")
    func twoBlocs() throws {
        func resolution(_ bloc: String, _ date: String) -> String {
            """
            ĐẢNG BỘ TỈNH TRÀ VINH
            \(bloc)
            *
            Số 04-NQ/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Trà Vinh, ngày \(date)

            NGHỊ QUYẾT
            về công tác năm 2021
            """
        }
        let plan = """
            ĐẢNG BỘ TỈNH TRÀ VINH
            ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH
            *
            Số 09-KH/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Trà Vinh, ngày 01 tháng 8 năm 2021

            KẾ HOẠCH
            thực hiện nghị quyết
            Thực hiện Nghị quyết số 04-NQ/ĐU của Ban Chấp hành Đảng bộ Khối Doanh nghiệp tỉnh, Ban Thường vụ xây dựng kế hoạch.
            """
        let g = Fixtures.graph([("a.txt", resolution("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "15 tháng 3 năm 2021")),
                                ("b.txt", resolution("ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", "22 tháng 6 năm 2021")), ("c.txt", plan)])
        #expect(Fixtures.findings(g, .duplicateIdentity).isEmpty)
        let edge = try #require(g.edges.first { g.nodes[Int($0.to)].id?.description == "04-NQ/ĐU" })
        #expect(g.nodes[Int(edge.to)].record?.file == "b.txt", "the bloc the citation names")
        #expect(Fixtures.findings(g, .metadataConflict).isEmpty)
        let copy = Fixtures.graph([("a.txt", resolution("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "15 tháng 3 năm 2021")),
                                   ("b.txt", resolution("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "22 tháng 6 năm 2021"))])
        #expect(Fixtures.findings(copy, .duplicateIdentity).count == 1, "one bloc, one number, two dates")
    }

    @Test("a committee's standing members speak for it: `Thường trực Đảng ủy Khối` is the bloc's; not another body's")
    func standingMembers() {
        #expect(IssuingBodies.compatible("Thường trực Đảng ủy Khối", "Đảng ủy khối các cơ quan tỉnh"))
        #expect(IssuingBodies.compatible("Đảng ủy khối các cơ quan tỉnh", "Thường trực Đảng ủy Khối"))
        #expect(IssuingBodies.compatible("Thường trực Huyện ủy", "Huyện ủy Phú Lương"))
        #expect(!IssuingBodies.compatible("Thường trực Huyện ủy", "Ủy ban nhân dân huyện Phú Lương"))
        #expect(!IssuingBodies.compatible("Thường trực Đảng ủy Khối", "Tỉnh ủy Trà Vinh"))
    }
}
