@testable import DocGraph
import Foundation
import Testing

/// A state Quy chế, Quy định or Đề án is attached to the decision that issues or approves it: red teams 38 c7 and 43 c2
/// (an announced Quy chế / Đề án called overdue beside `Quyết định ban hành Quy chế …` / `… phê duyệt Đề án …`) and 43 c3
/// (an announced Quy định "fulfilled" by a decision extending the programme, through the shared code `QĐ`).
@Suite("Instruments issued by a decision")
struct IssuedInstrumentTests {
    typealias F = Fixtures

    static let plan = ("kh120.txt", """
        ỦY BAN NHÂN DÂN
        TỈNH NINH THUẬN
        Số: 120/KH-UBND
        Ninh Thuận, ngày 14 tháng 4 năm 2022

        KẾ HOẠCH
        Phát triển du lịch biển

        TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian
        1\tXây dựng Đề án phát triển du lịch biển Ninh Chữ - Vĩnh Hy\tSở Văn hóa, Thể thao và Du lịch\tNăm 2023
        2\tBan hành Quy chế quản lý bến du thuyền Ninh Chữ\tSở Giao thông vận tải\tNăm 2023
        3\tBan hành Quy định quản lý khai thác thủy sản ven bờ vùng biển Phan Rang\tSở Nông nghiệp và Phát triển nông thôn\tNăm 2023
        """)

    /// A decision of the province citing the plan, its title over the chairman's line with no blank line between (a
    /// `pdftotext` copy), its preamble opening with `Thực hiện`.
    static func decision(_ number: String, _ title: String, date: String = "20 tháng 9 năm 2023") -> (String, String) {
        ("qd\(number).txt", """
            ỦY BAN NHÂN DÂN
            TỈNH NINH THUẬN
            Số: \(number)/QĐ-UBND
            Ninh Thuận, ngày \(date)

            QUYẾT ĐỊNH
            \(title)
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
            Thực hiện Kế hoạch số 120/KH-UBND ngày 14/4/2022 của Ủy ban nhân dân tỉnh Ninh Thuận;
            Xét đề nghị của Giám đốc Sở,

            QUYẾT ĐỊNH:
            Điều 1. \(title) kèm theo Quyết định này.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            """)
    }

    static func overdue(_ files: [(String, String)]) -> [String] {
        F.findings(F.graph(files), .overduePlan, asOf: SimpleDate(year: 2026, month: 11, day: 29)!, all: true).map(\.message)
    }

    @Test("the forms a title issues or approves by, and those it does not")
    func reading() {
        #expect(IssuedInstrument.read(title: "Quyết định ban hành Quy chế quản lý kiến trúc đô thị Huế")?.typeCode == "QC")
        #expect(IssuedInstrument.read(title: "Phê duyệt Đề án phát triển du lịch biển")?.typeCode == "ĐA")
        #expect(IssuedInstrument.read(title: "Về việc ban hành Quy định về phân cấp quản lý")?.typeCode == "QĐ")
        #expect(IssuedInstrument.read(title: "QUYẾT ĐỊNH V/V PHÊ DUYỆT CHƯƠNG TRÌNH HÀNH ĐỘNG")?.typeCode == "CTr")
        #expect(IssuedInstrument.read(title: "Ban hành kèm theo Kế hoạch thực hiện Nghị quyết số 10-NQ/TU")?.typeCode == "KH")
        #expect(IssuedInstrument.read(title: "Về việc gia hạn thời gian thực hiện Chương trình phát triển kinh tế biển") == nil)
        #expect(IssuedInstrument.read(title: "Ban hành Báo cáo kết quả") == nil)
        #expect(IssuedInstrument.read(title: "Quy chế quản lý kiến trúc") == nil, "the Quy chế itself, not a decision issuing it")
    }

    @Test("the chairman's line under a title in small letters is not the title's")
    func titleStopsAtTheChairman() {
        let record = F.extract(Self.decision("455", "Phê duyệt Đề án phát triển du lịch biển Ninh Chữ - Vĩnh Hy").1).documents[0]
        #expect(record.title == "Quyết định phê duyệt Đề án phát triển du lịch biển Ninh Chữ - Vĩnh Hy")
    }

    @Test("an approved Đề án and an issued Quy chế meet their rows; a decision that issues none does not meet the Quy định")
    func fulfilment() {
        let messages = Self.overdue([
            Self.plan,
            Self.decision("455", "Phê duyệt Đề án phát triển du lịch biển Ninh Chữ - Vĩnh Hy"),
            Self.decision("460", "Ban hành Quy chế quản lý bến du thuyền Ninh Chữ"),
            Self.decision("1120", "Về việc gia hạn thời gian quản lý khai thác thủy sản ven bờ vùng biển Phan Rang"),
        ])
        #expect(messages.contains { $0.contains("Ninh Chữ - Vĩnh Hy") && $0.hasSuffix("455/QĐ-UBND") }, "\(messages)")
        #expect(messages.contains { $0.contains("bến du thuyền") && $0.hasSuffix("460/QĐ-UBND") }, "\(messages)")
        #expect(messages.contains { $0.contains("thủy sản ven bờ") && $0.contains("overdue") }, "\(messages)")
        let issued = Self.overdue([Self.plan, Self.decision("1121", "Ban hành Quy định quản lý khai thác thủy sản ven bờ vùng biển Phan Rang")])
        #expect(issued.contains { $0.contains("thủy sản ven bờ") && $0.hasSuffix("1121/QĐ-UBND") }, "\(issued)")
    }

    @Test("a decision issuing another Quy chế that shares most syllables but not their order does not meet the row (red team 15)")
    func sharedSyllables() {
        let plan = ("kh1850.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH PHÚ THỌ
            Số: 1850/KH-UBND
            Phú Thọ, ngày 10 tháng 5 năm 2021

            KẾ HOẠCH
            Chuyển đổi số

            TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian
            1\tBan hành Quy chế quản lý, vận hành Trung tâm giám sát, điều hành thông minh (IOC) tỉnh Phú Thọ\tSở Thông tin và Truyền thông\tQuý II/2023
            """)
        let other = ("qd25.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH PHÚ THỌ
            Số: 25/2022/QĐ-UBND
            Phú Thọ, ngày 16 tháng 6 năm 2022

            QUYẾT ĐỊNH
            Ban hành Quy chế quản lý, vận hành, khai thác Hệ thống quản lý văn bản và điều hành tỉnh Phú Thọ

            Căn cứ Luật Tổ chức chính quyền địa phương;
            Điều 1. Ban hành kèm theo Quyết định này Quy chế.
            """)
        let messages = Self.overdue([plan, other])
        #expect(messages.count == 1 && messages[0].contains("overdue"), "\(messages)")
    }

    @Test("without the decision, the rows stay overdue: the match is the title's, not any decision citing the plan")
    func withoutTheDecision() {
        let messages = Self.overdue([Self.plan, Self.decision("470", "Về việc thành lập Ban Chỉ đạo phát triển du lịch biển")])
        #expect(messages.filter { $0.contains("overdue") }.count == 3, "\(messages)")
    }

    @Test("an amendment repeating the regulation's subject is not the regulation: the one issued in time fulfils the row (red team 45 c4)")
    func amendmentIsNotTheRegulation() {
        let directive = ("ct35.txt", """
            ĐẢNG BỘ TỈNH LONG AN
            TỈNH ỦY
            Số 35-CT/TU
            Long An, ngày 15 tháng 5 năm 2024

            CHỈ THỊ
            về công tác quản lý đất đai

            1. Ủy ban nhân dân tỉnh ban hành quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh, hoàn thành trong Quý IV/2024.
            """)
        func decision(_ number: String, _ date: String, _ title: String) -> (String, String) {
            ("qd\(number.prefix(2)).txt", """
                ỦY BAN NHÂN DÂN
                TỈNH LONG AN
                Số: \(number)/QĐ-UBND
                Long An, ngày \(date)

                QUYẾT ĐỊNH
                \(title)

                Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;
                """)
        }
        let issued = decision("34/2024", "02 tháng 10 năm 2024", "Quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Long An")
        let amendment = decision("05/2025", "14 tháng 02 năm 2025", "Sửa đổi, bổ sung một số điều của Quyết định số 34/2024/QĐ-UBND ngày 02/10/2024 của Ủy ban nhân dân tỉnh quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Long An")
        let messages = Self.overdue([directive, issued, amendment])
        #expect(messages.count == 1 && messages[0].hasSuffix("fulfilled by 34/2024/QĐ-UBND"), "\(messages)")
        let alone = Self.overdue([directive, amendment])
        #expect(alone.count == 1 && alone[0].hasSuffix("fulfilled by 05/2025/QĐ-UBND"), "with nothing else, the amendment is all there is: \(alone)")
    }

    @Test("a decision ruling on the subject may be the announced Quy định; one founding, extending or approving may not (reviewer, session 30)")
    func rulingDecision() {
        #expect(IssuedInstrument.mayStand(for: "Quy định", word: "Quyết định", title: "Quyết định về phân cấp quản lý nhà nước về an toàn thực phẩm"))
        #expect(IssuedInstrument.mayStand(for: "Quy định", word: "Quyết định", title: "Quyết định ban hành Bảng giá đất áp dụng từ ngày 01/01/2026"))
        #expect(!IssuedInstrument.mayStand(for: "Quy định", word: "Quyết định", title: "Quyết định về việc gia hạn thời gian thực hiện Chương trình"))
        #expect(!IssuedInstrument.mayStand(for: "Quy định", word: "Quyết định", title: "Quyết định thành lập Ban Chỉ đạo"))
        #expect(!IssuedInstrument.mayStand(for: "Quy định", word: "Quyết định", title: "Quyết định ban hành Quy chế phối hợp"))
        #expect(IssuedInstrument.mayStand(for: "Quy chế", word: "Quyết định", title: "Quyết định thành lập Ban Chỉ đạo"), "only a Quy định is asked")
    }
}
