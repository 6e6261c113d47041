/// The words synthetic documents are made of, taken from the style of the sample corpus.
enum Vocabulary {
    struct DocumentType {
        let word: String
        let code: String
    }

    static let resolution = DocumentType(word: "Nghị quyết", code: "NQ")
    static let conclusion = DocumentType(word: "Kết luận", code: "KL")
    static let regulation = DocumentType(word: "Quy định", code: "QĐ")
    static let decision = DocumentType(word: "Quyết định", code: "QĐ")
    static let directive = DocumentType(word: "Chỉ thị", code: "CT")
    static let plan = DocumentType(word: "Kế hoạch", code: "KH")
    static let programme = DocumentType(word: "Chương trình hành động", code: "CTr")
    static let guidance = DocumentType(word: "Hướng dẫn", code: "HD")
    static let notice = DocumentType(word: "Thông báo", code: "TB")
    static let report = DocumentType(word: "Báo cáo", code: "BC")

    struct Issuer {
        /// As in a header (`BAN BÍ THƯ`) and in a citation (`Ban Bí thư`).
        let header: String
        let name: String
        let code: String
        let place: String
        let types: [DocumentType]
        var isLocal: Bool { code == "TU" || code == "HU" }
    }

    static let central: [Issuer] = [
        Issuer(header: "BAN CHẤP HÀNH TRUNG ƯƠNG", name: "Ban Chấp hành Trung ương", code: "TW", place: "Hà Nội",
               types: [resolution, conclusion, regulation]),
        Issuer(header: "BỘ CHÍNH TRỊ", name: "Bộ Chính trị", code: "TW", place: "Hà Nội",
               types: [resolution, conclusion, regulation, directive, decision]),
        Issuer(header: "BAN BÍ THƯ", name: "Ban Bí thư", code: "TW", place: "Hà Nội",
               types: [regulation, decision, directive, conclusion, notice]),
        Issuer(header: "BAN TỔ CHỨC TRUNG ƯƠNG", name: "Ban Tổ chức Trung ương", code: "BTCTW", place: "Hà Nội",
               types: [guidance, plan, programme, report]),
        Issuer(header: "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", name: "Văn phòng Trung ương Đảng", code: "VPTW", place: "Hà Nội",
               types: [notice, guidance, report]),
    ]

    static let provinces = ["Bà Rịa - Vũng Tàu", "Thanh Hóa", "Nghệ An", "Quảng Ninh", "Đồng Nai", "Bình Dương",
                            "Khánh Hòa", "Lâm Đồng", "Cà Mau", "Hà Giang", "Lào Cai", "Tây Ninh"]
    static let cities = ["Vũng Tàu", "Hạ Long", "Nha Trang", "Đà Lạt", "Biên Hòa", "Thủ Dầu Một"]

    static let local: [Issuer] =
        provinces.map { p in
            Issuer(header: "TỈNH ỦY \(p.uppercased())", name: "Tỉnh ủy \(p)", code: "TU", place: p.components(separatedBy: " - ").last!,
                   types: [resolution, plan, programme, directive, guidance, report])
        } + cities.map { c in
            Issuer(header: "THÀNH ỦY \(c.uppercased())", name: "Thành ủy \(c)", code: "HU", place: c,
                   types: [plan, programme, resolution, guidance, report])
        }

    static let subjects = [
        "tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới",
        "chức năng, nhiệm vụ, tổ chức bộ máy của đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng",
        "tăng cường công tác phát triển đảng viên ở địa bàn trọng điểm, khu vực doanh nghiệp ngoài nhà nước",
        "đẩy mạnh chuyển đổi số trong công tác đảng và quản lý đảng viên",
        "nâng cao chất lượng sinh hoạt chi bộ trong tình hình mới",
        "công tác cán bộ, đánh giá cán bộ thuộc diện cấp ủy quản lý",
        "xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh",
        "sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị",
        "công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
        "bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
    ]

    static let sentences = [
        "Các cấp ủy, tổ chức đảng tiếp tục lãnh đạo, chỉ đạo thực hiện nghiêm túc, hiệu quả các nhiệm vụ trọng tâm.",
        "Tăng cường công tác giáo dục chính trị, tư tưởng; phát động rộng rãi các phong trào thi đua yêu nước.",
        "Thực hiện nghiêm công tác quản lý đảng viên, nhất là việc chuyển sinh hoạt đảng.",
        "Chỉ đạo đánh giá thực chất việc thực hiện các nghị quyết về xây dựng, chỉnh đốn Đảng; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng.",
        "Rà soát, hoàn thiện tiêu chuẩn, tiêu chí cho từng vị trí việc làm, cụ thể hoá tiêu chuẩn chức danh đối với cán bộ lãnh đạo, quản lý.",
        "Bảo đảm chặt chẽ, dân chủ, khách quan, công khai, minh bạch, đánh giá đúng về phẩm chất, năng lực, uy tín của cán bộ.",
        "Triển khai hiệu quả ứng dụng \"Sổ tay đảng viên điện tử\" trong công tác quản lý đảng viên.",
        "Kịp thời phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến; biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
        "Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị ở cơ sở gắn với thực hiện mô hình chính quyền địa phương 2 cấp.",
        "Định kỳ sơ kết, tổng kết, rút kinh nghiệm, báo cáo kết quả thực hiện về cấp ủy cấp trên.",
    ]

    static let units = ["Vụ Tổ chức - Điều lệ", "Vụ Cơ sở đảng, đảng viên", "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
                        "Ban Tuyên giáo và Dân vận", "Ủy ban Kiểm tra", "Vụ Địa phương I"]
    static let levels = ["Bộ Chính trị", "Ban Bí thư", "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Trung ương"]
}
