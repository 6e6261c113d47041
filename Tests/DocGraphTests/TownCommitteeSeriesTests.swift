@testable import DocGraph
import Testing

/// A town's Party committee numbers its texts `-/TU` as the province's does (`THỊ ỦY HOÀNG MAI / Số 09-NQ/TU`): red team 44
/// c1 (an undated `09-NQ/TU` in a ward's plan was given to the Tỉnh ủy's silently) and c1c (dated as only the town's is,
/// it was "corrected" to the Tỉnh ủy's day, a metadata-conflict).
@Suite("A town committee's series beside its province's")
struct TownCommitteeSeriesTests {
    static let province = ("tu.txt", """
        ĐẢNG BỘ TỈNH NGHỆ AN
        TỈNH ỦY
        Số 09-NQ/TU
        Nghệ An, ngày 10 tháng 8 năm 2021

        NGHỊ QUYẾT
        về phát triển kinh tế biển tỉnh Nghệ An

        Nội dung.
        """)
    static let town = ("tx.txt", """
        ĐẢNG BỘ TỈNH NGHỆ AN
        THỊ ỦY HOÀNG MAI
        Số 09-NQ/TU
        Hoàng Mai, ngày 25 tháng 8 năm 2021

        NGHỊ QUYẾT
        về phát triển công nghiệp thị xã Hoàng Mai

        Thực hiện Nghị quyết số 09-NQ/TU ngày 10/8/2021 của Ban Chấp hành Đảng bộ tỉnh;
        """)
    static func ward(_ citation: String) -> (String, String) {
        ("du.txt", """
            ĐẢNG BỘ TỈNH NGHỆ AN
            ĐẢNG ỦY PHƯỜNG TÂN MAI
            Số 02-KH/ĐU
            Tân Mai, ngày 25 tháng 8 năm 2025

            KẾ HOẠCH
            phát triển công nghiệp phường Tân Mai

            1. Tiếp tục thực hiện \(citation) và các nghị quyết của cấp trên.
            """)
    }

    static func findings(_ files: [(String, String)], _ rule: RuleID) -> [Finding] {
        Fixtures.findings(Fixtures.graph(files), rule, asOf: SimpleDate(year: 2026, month: 11, day: 30)!)
    }

    @Test("the day only the town's bears names the town's: no conflict with the province's")
    func dayNamesTheTowns() {
        let files = [Self.province, Self.town, Self.ward("Nghị quyết số 09-NQ/TU ngày 25/8/2021")]
        #expect(Self.findings(files, .metadataConflict).isEmpty)
        let g = Fixtures.graph(files)
        let cited = g.edges.filter { g.nodes[Int($0.from)].id?.description == "02-KH/ĐU" }.map { g.nodes[Int($0.to)].date }
        #expect(cited == [SimpleDate(year: 2021, month: 8, day: 25)])
    }

    @Test("undated in a ward's text, either may be meant: ambiguous; in the province's own text, not")
    func undatedIsAmbiguous() {
        #expect(Self.findings([Self.province, Self.town, Self.ward("Nghị quyết số 09-NQ/TU")], .ambiguousID).count == 1)
        let department = ("bc.txt", """
            ĐẢNG BỘ TỈNH NGHỆ AN
            BAN TUYÊN GIÁO TỈNH ỦY
            Số 15-BC/BTGTU
            Nghệ An, ngày 10 tháng 9 năm 2022

            BÁO CÁO
            kết quả tuyên truyền

            Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy, Ban Tuyên giáo báo cáo như sau:
            """)
        #expect(Self.findings([Self.province, Self.town, department], .ambiguousID).isEmpty)
    }

    @Test("a commune of another district cites the province's: no town candidate (reviewer, session 30)")
    func communeOfAnotherDistrict() {
        let commune = ("dk.txt", """
            ĐẢNG BỘ HUYỆN DIỄN CHÂU
            ĐẢNG ỦY XÃ DIỄN KIM
            Số 05-KH/ĐU
            Diễn Kim, ngày 10 tháng 3 năm 2022

            KẾ HOẠCH
            phát triển kinh tế biển

            Thực hiện Nghị quyết số 09-NQ/TU về phát triển kinh tế biển và ven biển.
            """)
        #expect(Self.findings([Self.province, Self.town, commune], .ambiguousID).isEmpty)
    }

    @Test("the town committee's own plan citing its code without an issuer: its own series where the corpus holds it (red team 46 c4)")
    func ownSeries() {
        let plan = ("kh52.txt", """
            ĐẢNG BỘ TỈNH NGHỆ AN
            THỊ ỦY HOÀNG MAI
            Số 52-KH/TU
            Hoàng Mai, ngày 10 tháng 5 năm 2024

            KẾ HOẠCH
            công tác dân vận

            - Thực hiện Nghị quyết số 09-NQ/TU ngày 25/8/2021;
            """)
        let g = Fixtures.graph([Self.province, Self.town, plan])
        let cited = g.edges.filter { g.nodes[Int($0.from)].id?.description == "52-KH/TU" }.map { g.nodes[Int($0.to)] }
        #expect(cited.map(\.date) == [SimpleDate(year: 2021, month: 8, day: 25)] && cited.allSatisfy(\.inCorpus))
    }

    @Test("an undated mention naming another committee is not the dated mention of the same number (red team 46 c3)")
    func undatedNamingAnother() {
        let notice = ("tb.txt", """
            TỈNH ỦY NGHỆ AN
            Số 1250-TB/TU
            Nghệ An, ngày 12 tháng 6 năm 2023

            THÔNG BÁO
            kết luận của Thường trực Tỉnh ủy

            Thường trực Tỉnh ủy làm việc về kết quả thực hiện Nghị quyết số 09-NQ/TU của Thị ủy Hoàng Mai về phát triển công nghiệp, gắn với thực hiện Nghị quyết số 09-NQ/TU ngày 10/8/2021 của Ban Chấp hành Đảng bộ tỉnh.
            """)
        #expect(Self.findings([Self.province, Self.town, notice], .metadataConflict).isEmpty)
    }

    @Test("a ward formed in 2025 citing a day before it existed means a former body's number (red team 46 c5)")
    func wardCitesFormerBody() {
        let decision = ("qd1840.txt", """
            ỦY BAN NHÂN DÂN
            THỊ XÃ HOÀNG MAI
            Số: 1840/QĐ-UBND
            Hoàng Mai, ngày 06 tháng 6 năm 2024

            QUYẾT ĐỊNH
            Ban hành Quy chế quản lý chợ

            Căn cứ Luật Tổ chức chính quyền địa phương;
            """)
        let ward = ("kh21.txt", """
            ỦY BAN NHÂN DÂN
            PHƯỜNG TÂN MAI
            Số: 21/KH-UBND
            Tân Mai, ngày 10 tháng 9 năm 2025

            KẾ HOẠCH
            quản lý chợ

            Ủy ban nhân dân thị xã Hoàng Mai (cũ) đã ban hành Quyết định số 1840/QĐ-UBND ngày 06/6/2024 về Quy chế quản lý chợ.
            """)
        #expect(Self.findings([decision, ward], .dangling).allSatisfy { !$0.message.contains("1840") })
    }
}
