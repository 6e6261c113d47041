/// The issuing bodies of the second synthetic shape, written the way other clerks write them:
/// Politburo and Secretariat documents under the Central Committee's header, a committee named
/// in several ways, People's Committees and the Government with state headers.
///
/// Places are real provinces and districts (before the 2025 reorganisation), so that a reader
/// with an administrative table can tell which province a district belongs to.
struct OtherHandsBody: Sendable {
    enum Kind: Sendable {
        case centralCommittee, politburo, secretariat, organisationCommission
        case provincialCommittee, provincialOrganisation, provincialPeople
        case districtCommittee, blocCommittee, government
    }

    struct DocumentType: Sendable {
        let word: String
        let code: String
    }

    let kind: Kind
    /// Issuer code of its ids: `TW`, `BTCTW`, `TU`, `BTCTU`, `UBND`, `HU`, `ĐU`, `CP`.
    let code: String
    /// Upper-case lines above the number line.
    let header: [String]
    /// The title's second line (`CỦA BỘ CHÍNH TRỊ`), when the body names itself there.
    let titleIssuer: String?
    /// The signature block.
    let signature: [String]
    /// Names other documents use for it; all of them mean this body.
    let citedNames: [String]
    let place: String
    let types: [DocumentType]
    /// The numbering series: Central Committee, Politburo and Secretariat share one per type and term.
    let series: String
    let province: String?
    let district: String?

    var isState: Bool { kind == .provincialPeople || kind == .government }
    var isLocal: Bool { province != nil }
    var isCentralParty: Bool { [.centralCommittee, .politburo, .secretariat, .organisationCommission].contains(kind) }
}

enum OtherHandsVocabulary {
    typealias T = OtherHandsBody.DocumentType
    static let resolution = T(word: "Nghị quyết", code: "NQ")
    static let conclusion = T(word: "Kết luận", code: "KL")
    static let regulation = T(word: "Quy định", code: "QĐ")
    static let decision = T(word: "Quyết định", code: "QĐ")
    static let directive = T(word: "Chỉ thị", code: "CT")
    static let plan = T(word: "Kế hoạch", code: "KH")
    static let programme = T(word: "Chương trình", code: "CTr")
    static let guidance = T(word: "Hướng dẫn", code: "HD")
    static let letter = T(word: "Công văn", code: "CV")
    static let decree = T(word: "Nghị định", code: "NĐ")

    /// Provinces and some of their districts, as they were before 1 July 2025.
    static let places: [(province: String, districts: [String])] = [
        ("Nghệ An", ["Quỳnh Lưu", "Diễn Châu", "Yên Thành"]),
        ("Thanh Hóa", ["Nga Sơn", "Hậu Lộc", "Thọ Xuân"]),
        ("Lào Cai", ["Bát Xát", "Bảo Thắng"]),
        ("Thái Nguyên", ["Đại Từ", "Phú Lương"]),
        ("Quảng Ninh", ["Vân Đồn", "Tiên Yên"]),
        ("Hà Tĩnh", ["Kỳ Anh", "Cẩm Xuyên"]),
    ]

    static let central: [OtherHandsBody] = [
        OtherHandsBody(kind: .centralCommittee, code: "TW", header: ["BAN CHẤP HÀNH TRUNG ƯƠNG"], titleIssuer: "CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG",
                       signature: ["T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ"],
                       citedNames: ["Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương"],
                       place: "Hà Nội", types: [resolution], series: "TW", province: nil, district: nil),
        OtherHandsBody(kind: .politburo, code: "TW", header: ["BAN CHẤP HÀNH TRUNG ƯƠNG"], titleIssuer: "CỦA BỘ CHÍNH TRỊ",
                       signature: ["T/M BỘ CHÍNH TRỊ", "TỔNG BÍ THƯ"], citedNames: ["Bộ Chính trị"],
                       place: "Hà Nội", types: [resolution, conclusion, regulation, directive], series: "TW", province: nil, district: nil),
        OtherHandsBody(kind: .secretariat, code: "TW", header: ["BAN CHẤP HÀNH TRUNG ƯƠNG"], titleIssuer: "CỦA BAN BÍ THƯ",
                       signature: ["T/M BAN BÍ THƯ", "THƯỜNG TRỰC"], citedNames: ["Ban Bí thư", "Ban Bí thư Trung ương Đảng"],
                       place: "Hà Nội", types: [regulation, directive, conclusion], series: "TW", province: nil, district: nil),
        OtherHandsBody(kind: .organisationCommission, code: "BTCTW", header: ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC"], titleIssuer: nil,
                       signature: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], citedNames: ["Ban Tổ chức Trung ương"],
                       place: "Hà Nội", types: [guidance], series: "BTCTW", province: nil, district: nil),
    ]

    static let government = OtherHandsBody(
        kind: .government, code: "CP", header: ["CHÍNH PHỦ"], titleIssuer: nil, signature: ["TM. CHÍNH PHỦ", "THỦ TƯỚNG"],
        citedNames: ["Chính phủ"], place: "Hà Nội", types: [decree], series: "CP", province: nil, district: nil)

    /// Every body of one province: its committee, organisation commission, People's Committee,
    /// the bloc committee of its agencies, and its districts' committees.
    static func bodies(of province: String, districts: [String]) -> [OtherHandsBody] {
        let upper = province.uppercased()
        var out: [OtherHandsBody] = [
            OtherHandsBody(kind: .provincialCommittee, code: "TU", header: ["ĐẢNG BỘ TỈNH \(upper)", "TỈNH ỦY"], titleIssuer: nil,
                           signature: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
                           citedNames: ["Tỉnh ủy \(province)", "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy \(province)", "Tỉnh ủy"],
                           place: province, types: [resolution, directive, plan, programme, regulation], series: "TU|\(province)",
                           province: province, district: nil),
            OtherHandsBody(kind: .provincialOrganisation, code: "BTCTU", header: ["TỈNH ỦY \(upper)", "BAN TỔ CHỨC"], titleIssuer: nil,
                           signature: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
                           citedNames: ["Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy \(province)"],
                           place: province, types: [guidance], series: "BTCTU|\(province)", province: province, district: nil),
            OtherHandsBody(kind: .provincialPeople, code: "UBND", header: ["ỦY BAN NHÂN DÂN", "TỈNH \(upper)"], titleIssuer: nil,
                           signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                           citedNames: ["Ủy ban nhân dân tỉnh \(province)", "UBND tỉnh \(province)", "UBND tỉnh"],
                           place: province, types: [decision, plan], series: "UBND|\(province)", province: province, district: nil),
            OtherHandsBody(kind: .blocCommittee, code: "ĐU", header: ["ĐẢNG BỘ TỈNH \(upper)", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], titleIssuer: nil,
                           signature: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
                           citedNames: ["Đảng ủy Khối các cơ quan tỉnh", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh",
                                        "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh"],
                           place: province, types: [plan, letter, resolution], series: "ĐU|\(province)", province: province, district: nil),
        ]
        for d in districts {
            out.append(OtherHandsBody(kind: .districtCommittee, code: "HU", header: ["ĐẢNG BỘ TỈNH \(upper)", "HUYỆN ỦY \(d.uppercased())"],
                                      titleIssuer: nil, signature: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
                                      citedNames: ["Huyện ủy \(d)", "Ban Thường vụ Huyện ủy", "Ban Chấp hành Đảng bộ huyện \(d)", "Ban Thường vụ Huyện ủy \(d)"],
                                      place: d, types: [plan, programme, letter, resolution], series: "HU|\(province)|\(d)",
                                      province: province, district: d))
        }
        return out
    }

    static let subjects = [
        "nâng cao chất lượng tổ chức cơ sở đảng và đảng viên trong giai đoạn mới",
        "tăng cường công tác kiểm tra, giám sát và kỷ luật của Đảng",
        "đẩy mạnh cải cách hành chính, xây dựng chính quyền số",
        "công tác quy hoạch, đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý các cấp",
        "phát triển kinh tế tập thể, hợp tác xã trong tình hình mới",
        "bảo vệ môi trường, chủ động ứng phó với biến đổi khí hậu",
        "xây dựng nông thôn mới nâng cao gắn với đô thị văn minh",
        "công tác dân vận của hệ thống chính trị",
        "phòng, chống tham nhũng, lãng phí, tiêu cực",
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn",
    ]

    static let sentences = [
        "Cấp ủy các cấp quán triệt sâu sắc mục tiêu, quan điểm, nhiệm vụ và giải pháp đã đề ra, cụ thể hóa phù hợp với tình hình thực tế.",
        "Phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu.",
        "Đổi mới nội dung, phương thức tuyên truyền; kịp thời biểu dương những cách làm hay, mô hình hiệu quả.",
        "Bố trí đủ nguồn lực, bảo đảm tiến độ và chất lượng các nhiệm vụ được giao.",
        "Tăng cường phối hợp giữa các cơ quan, đơn vị; định kỳ hằng quý báo cáo kết quả.",
        "Xử lý nghiêm tổ chức, cá nhân vi phạm, gây thất thoát, lãng phí.",
    ]
}
