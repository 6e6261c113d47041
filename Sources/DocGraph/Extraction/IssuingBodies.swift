/// Names of issuing bodies in their usual spelling, so that `CỦA BỘ CHÍNH TRỊ` in a header
/// and `Bộ Chính trị` in a citation are shown alike.
enum IssuingBodies {
    private static let known: [String: String] = [
        "bo chinh tri": "Bộ Chính trị", "ban bi thu": "Ban Bí thư",
        "ban chap hanh trung uong": "Ban Chấp hành Trung ương",
        "ban chap hanh trung uong dang": "Ban Chấp hành Trung ương Đảng",
        "bo chinh tri, ban bi thu": "Bộ Chính trị, Ban Bí thư",
        "ban to chuc trung uong": "Ban Tổ chức Trung ương", "van phong trung uong dang": "Văn phòng Trung ương Đảng",
        "uy ban kiem tra trung uong": "Ủy ban Kiểm tra Trung ương", "chinh phu": "Chính phủ", "quoc hoi": "Quốc hội",
        "thu tuong chinh phu": "Thủ tướng Chính phủ", "thanh uy": "Thành ủy", "tinh uy": "Tỉnh ủy",
        "ban thuong vu thanh uy": "Ban Thường vụ Thành ủy", "ban thuong vu tinh uy": "Ban Thường vụ Tỉnh ủy",
        "ban to chuc tinh uy": "Ban Tổ chức Tỉnh ủy", "ban to chuc thanh uy": "Ban Tổ chức Thành ủy",
    ]

    private static let knownLongestFirst = known.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }

    /// The usual spelling of a body written in capitals; other names are returned tidied.
    static func canonical(_ written: String) -> String {
        let tidy = FoldedText.tidy(written).trimmingCharacters(in: " ,.;:()")
        if let k = known[tidy.folded] { return k }
        if DocumentSplitter.isUpperCase(tidy) {
            // `BAN TỔ CHỨC TỈNH ỦY THÁI NGUYÊN` → `Ban Tổ Chức Tỉnh Ủy Thái Nguyên` is wrong too;
            // keep a known prefix and title-case the rest (a place name).
            let folded = tidy.folded
            for (k, v) in knownLongestFirst where folded.hasPrefix(k + " ") {
                let rest = tidy.split(separator: " ").dropFirst(k.split(separator: " ").count)
                return v + " " + rest.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
            }
            let lower = tidy.lowercased()
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }
        return tidy
    }
}

/// Party terms (khóa) by the date their congress closed; numbering of central documents
/// restarts with each term.
public enum TermCalendar {
    private static let starts: [(SimpleDate, Int)] = [
        (SimpleDate(year: 1986, month: 12, day: 18)!, 6), (SimpleDate(year: 1991, month: 6, day: 27)!, 7),
        (SimpleDate(year: 1996, month: 7, day: 1)!, 8), (SimpleDate(year: 2001, month: 4, day: 22)!, 9),
        (SimpleDate(year: 2006, month: 4, day: 25)!, 10), (SimpleDate(year: 2011, month: 1, day: 19)!, 11),
        (SimpleDate(year: 2016, month: 1, day: 28)!, 12), (SimpleDate(year: 2021, month: 2, day: 1)!, 13),
        (SimpleDate(year: 2026, month: 1, day: 19)!, 14),
    ]

    /// The term in force on a date, as a Roman numeral.
    public static func term(on date: SimpleDate) -> String? {
        starts.last { $0.0 <= date }.map { $0.1.roman }
    }

    /// The local term (`2020-2025`) a provincial or city committee's document of that date belongs
    /// to. Local numbering restarts after each provincial congress; those are held in the months
    /// before the national one, so the term is taken to start on 1 September of the congress year
    /// (the same rule for documents and citations, so both land on the same node).
    public static func localTerm(on date: SimpleDate) -> String {
        var first = date.year - ((date.year - 2000) % 5 + 5) % 5
        if date.year == first && date.month < 9 { first -= 5 }
        return "\(first)-\(first + 5)"
    }
}
