/// The subjects of the laws and codes of the National Assembly, by which a text may name one in lower case.
///
/// A law named with capitals (`Luật Đất đai`, `Luật Tổ chức chính quyền địa phương`) is read by its form (`NamedDocuments`):
/// the capital opens the name, and a date, a year, a stop word or a clause's end closes it. Local texts often write the name
/// in lower case (`Luật hợp tác xã`, `Thực hiện Luật tổ chức chính quyền địa phương và chương trình …`, `10 năm thi hành
/// luật bình đẳng giới`; evaluation 104, 305, 335), and then nothing in the words says where the name ends: `Luật hợp tác
/// xã cho các doanh nghiệp` is `Luật Hợp tác xã`. The laws are a closed list, as the country's places are
/// (`AdministrativeUnits`), so the list says it. It holds the laws in force since 2000 and the ones they replaced that
/// local texts of 2015–2025 still cite.
enum LawSubjects {
    /// The subjects as written in the laws' titles.
    static let written = [
        "An ninh quốc gia", "An ninh mạng", "An toàn thông tin mạng", "An toàn, vệ sinh lao động", "An toàn thực phẩm",
        "Ban hành văn bản quy phạm pháp luật", "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân",
        "Bảo hiểm xã hội", "Bảo hiểm y tế", "Bảo hiểm tiền gửi", "Bảo vệ bí mật nhà nước", "Bảo vệ môi trường",
        "Bảo vệ và phát triển rừng", "Bảo vệ và kiểm dịch thực vật", "Bảo vệ, chăm sóc và giáo dục trẻ em",
        "Bảo vệ quyền lợi người tiêu dùng", "Bảo vệ sức khỏe nhân dân", "Báo chí",
        "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Bầu cử đại biểu Quốc hội", "Bầu cử đại biểu Hội đồng nhân dân",
        "Biên giới quốc gia", "Biên phòng Việt Nam", "Biển Việt Nam", "Bình đẳng giới", "Bưu chính",
        "Các tổ chức tín dụng", "Các công cụ chuyển nhượng", "Cán bộ, công chức", "Căn cước", "Căn cước công dân",
        "Cảnh sát biển Việt Nam", "Cảnh sát cơ động", "Cạnh tranh", "Chăn nuôi", "Chất lượng sản phẩm, hàng hóa",
        "Chuyển giao công nghệ", "Chứng khoán", "Cơ yếu", "Công an nhân dân", "Công chứng", "Công đoàn", "Công nghệ cao",
        "Công nghệ thông tin", "Công nghiệp công nghệ số", "Cư trú", "Dân quân tự vệ", "Dân số", "Dạy nghề", "Dầu khí",
        "Di sản văn hóa", "Doanh nghiệp", "Doanh nghiệp nhà nước", "Du lịch", "Dữ liệu", "Dược",
        "Đa dạng sinh học", "Đặc xá", "Đấu giá tài sản", "Đấu thầu", "Đầu tư", "Đầu tư công",
        "Đầu tư theo phương thức đối tác công tư", "Đất đai", "Đê điều", "Điện ảnh", "Điện lực", "Điều ước quốc tế",
        "Đo đạc và bản đồ", "Đo lường", "Đường bộ", "Đường sắt",
        "Giá", "Giám định tư pháp", "Giao dịch điện tử", "Giao thông đường bộ", "Giao thông đường thủy nội địa", "Giáo dục",
        "Giáo dục đại học", "Giáo dục nghề nghiệp", "Giáo dục quốc phòng và an ninh",
        "Hải quan", "Hàng không dân dụng Việt Nam", "Hóa chất", "Hòa giải ở cơ sở", "Hòa giải, đối thoại tại Tòa án",
        "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", "Hôn nhân và gia đình", "Hỗ trợ doanh nghiệp nhỏ và vừa",
        "Hộ tịch", "Hợp tác xã",
        "Kế toán", "Khám bệnh, chữa bệnh", "Khiếu nại", "Khiếu nại, tố cáo", "Khí tượng thủy văn", "Khoa học và công nghệ",
        "Khoa học, công nghệ và đổi mới sáng tạo", "Khoáng sản", "Địa chất và khoáng sản", "Kiểm toán độc lập",
        "Kiểm toán nhà nước", "Kiến trúc", "Kinh doanh bảo hiểm", "Kinh doanh bất động sản",
        "Lâm nghiệp", "Luật sư", "Lưu trữ", "Lực lượng dự bị động viên", "Lý lịch tư pháp",
        "Mặt trận Tổ quốc Việt Nam", "Ngân hàng Nhà nước Việt Nam", "Ngân sách nhà nước", "Người cao tuổi", "Người khuyết tật",
        "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", "Nghĩa vụ quân sự", "Nhà giáo", "Nhà ở",
        "Nuôi con nuôi", "Năng lượng nguyên tử", "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
        "Phá sản", "Phí và lệ phí", "Phòng cháy và chữa cháy", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "Phòng, chống tham nhũng", "Phòng, chống ma túy", "Phòng, chống bạo lực gia đình", "Phòng, chống mua bán người",
        "Phòng, chống rửa tiền", "Phòng, chống thiên tai", "Phòng, chống tác hại của thuốc lá",
        "Phòng, chống tác hại của rượu, bia", "Phòng, chống bệnh truyền nhiễm", "Phòng, chống khủng bố",
        "Phòng, chống HIV/AIDS", "Phòng thủ dân sự", "Phổ biến, giáo dục pháp luật",
        "Quảng cáo", "Quản lý thuế", "Quản lý nợ công", "Quản lý ngoại thương", "Quản lý, sử dụng tài sản công",
        "Quản lý, sử dụng tài sản nhà nước", "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
        "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
        "Quốc phòng", "Quốc tịch Việt Nam", "Quy hoạch", "Quy hoạch đô thị", "Quy hoạch đô thị và nông thôn",
        "Sở hữu trí tuệ", "Sĩ quan Quân đội nhân dân Việt Nam", "Sử dụng năng lượng tiết kiệm và hiệu quả",
        "Tài nguyên nước", "Tài nguyên, môi trường biển và hải đảo", "Tạm giữ, tạm giam", "Tần số vô tuyến điện", "Thanh niên",
        "Thanh tra", "Thi đua, khen thưởng", "Thi hành án dân sự", "Thi hành án hình sự", "Thống kê", "Thú y", "Thủ đô",
        "Thủy lợi", "Thủy sản", "Thuế giá trị gia tăng", "Thuế thu nhập doanh nghiệp", "Thuế thu nhập cá nhân",
        "Thuế tài nguyên", "Thuế bảo vệ môi trường", "Thuế tiêu thụ đặc biệt", "Thuế sử dụng đất nông nghiệp",
        "Thuế sử dụng đất phi nông nghiệp", "Thuế xuất khẩu, thuế nhập khẩu", "Thư viện", "Thương mại",
        "Thực hành tiết kiệm, chống lãng phí", "Thực hiện dân chủ ở cơ sở", "Thể dục, thể thao",
        "Tiêu chuẩn và quy chuẩn kỹ thuật", "Tiếp cận thông tin", "Tiếp công dân", "Tín ngưỡng, tôn giáo",
        "Tổ chức chính quyền địa phương", "Tổ chức Chính phủ", "Tổ chức Quốc hội", "Tổ chức Tòa án nhân dân",
        "Tổ chức Viện kiểm sát nhân dân", "Tổ chức cơ quan điều tra hình sự", "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
        "Tố cáo", "Tố tụng hành chính", "Trách nhiệm bồi thường của Nhà nước", "Trật tự, an toàn giao thông đường bộ",
        "Trẻ em", "Trồng trọt", "Trợ giúp pháp lý", "Trưng cầu ý dân",
        "Viên chức", "Việc làm", "Viễn thông", "Xây dựng", "Xử lý vi phạm hành chính", "Xuất bản",
        "Xuất cảnh, nhập cảnh của công dân Việt Nam",
    ]

    /// The subjects folded, longest first within each first byte (so the first that matches is the longest).
    private static let index = PhraseIndex(written.map { (phrase: $0.folded, value: $0.folded.split(separator: " ").count) }
        .sorted { $0.phrase.utf8.count > $1.phrase.utf8.count })

    /// The end of the longest subject that starts at `i` of the folded bytes, ending at a word's end, and its count of words.
    static func match(_ reader: ByteReader, at i: Int) -> (end: Int, words: Int)? {
        guard i < reader.bytes.count, let found = index.match(reader, at: i) else { return nil }
        return (found.end, index.value(found.entry))
    }
}
