/// Provinces and districts of Viet Nam, so that a local document's place is known at the
/// level its numbering belongs to: a district committee's citation of `Tỉnh ủy` or `Ban Tổ chức
/// Tỉnh ủy` means its own province, and `Kỳ Anh` is in Hà Tĩnh.
///
/// Where it comes from (typed from the public lists, not downloaded):
/// - the 63 provinces and centrally run cities, and their districts, from the General Statistics
///   Office's list of administrative units (Danh mục đơn vị hành chính Việt Nam) as of 2024;
///   districts are listed for some provinces only: a district not listed is still read from
///   the document (`Huyện ủy X`), it only cannot be placed in its province;
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

    /// Districts, towns and provincial cities (the level that ended on 1 July 2025) of some provinces.
    static let districts: [String: [String]] = [
        "Nghệ An": ["Vinh", "Cửa Lò", "Thái Hòa", "Hoàng Mai", "Quỳnh Lưu", "Diễn Châu", "Yên Thành", "Nghi Lộc", "Hưng Nguyên",
                    "Nam Đàn", "Thanh Chương", "Đô Lương", "Anh Sơn", "Con Cuông", "Tân Kỳ", "Nghĩa Đàn", "Quỳ Hợp", "Quỳ Châu",
                    "Quế Phong", "Tương Dương", "Kỳ Sơn"],
        "Thanh Hóa": ["Sầm Sơn", "Bỉm Sơn", "Nghi Sơn", "Nga Sơn", "Hậu Lộc", "Hoằng Hóa", "Quảng Xương", "Đông Sơn", "Thiệu Hóa",
                      "Triệu Sơn", "Nông Cống", "Thọ Xuân", "Yên Định", "Vĩnh Lộc", "Thạch Thành", "Hà Trung", "Cẩm Thủy", "Ngọc Lặc",
                      "Lang Chánh", "Bá Thước", "Quan Hóa", "Quan Sơn", "Mường Lát", "Thường Xuân", "Như Xuân", "Như Thanh"],
        "Lào Cai": ["Sa Pa", "Bát Xát", "Bảo Thắng", "Bảo Yên", "Bắc Hà", "Mường Khương", "Si Ma Cai", "Văn Bàn"],
        "Thái Nguyên": ["Sông Công", "Phổ Yên", "Đại Từ", "Phú Lương", "Định Hóa", "Võ Nhai", "Đồng Hỷ", "Phú Bình"],
        "Quảng Ninh": ["Hạ Long", "Cẩm Phả", "Uông Bí", "Móng Cái", "Đông Triều", "Quảng Yên", "Vân Đồn", "Tiên Yên", "Cô Tô",
                       "Bình Liêu", "Đầm Hà", "Hải Hà", "Ba Chẽ"],
        "Hà Tĩnh": ["Hồng Lĩnh", "Kỳ Anh", "Cẩm Xuyên", "Thạch Hà", "Can Lộc", "Lộc Hà", "Nghi Xuân", "Đức Thọ", "Hương Sơn",
                    "Hương Khê", "Vũ Quang"],
        "Bà Rịa - Vũng Tàu": ["Vũng Tàu", "Bà Rịa", "Phú Mỹ", "Châu Đức", "Xuyên Mộc", "Long Đất", "Côn Đảo"],
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
        for (p, ds) in districts {
            for d in ds { out[d.folded] = Place(name: d, province: p) }
        }
        // A province wins over a district of the same name (`Thanh Hóa` city, `Hà Tĩnh` city).
        for p in provinces {
            out[p.name.folded] = Place(name: p.name, province: p.name)
            if p.name.contains(" - ") { out[p.name.folded.replacingOccurrences(of: " - ", with: "-")] = out[p.name.folded] }
        }
        out["thua thien - hue"] = out["thua thien hue"]
        out["ho chi minh"] = Place(name: "Hồ Chí Minh", province: "Hồ Chí Minh")
        out["tp. ho chi minh"] = out["ho chi minh"]
        out["hue"] = Place(name: "Huế", province: "Huế")
        return out
    }()

    private static let longestFirst: [String] = byFolded.keys.sorted { ($0.count, $0) > ($1.count, $1) }

    /// The place a name starts with (`nghe an nhu sau` → Nghệ An), diacritics optional; nil
    /// when the table does not know it.
    public static func place(named text: String) -> Place? {
        let f = text.folded.trimmingCharacters(in: " ,.;:()")
        if let p = byFolded[f] { return p }
        for k in longestFirst where f.hasPrefix(k) && (f.count == k.count || !f.dropFirst(k.count).first!.isLetter) {
            return byFolded[k]
        }
        return nil
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

    /// The province a unit became part of on 1 July 2025.
    public static func successor(of province: String) -> String? {
        provinces.first { $0.name == province }?.successor
    }
}
