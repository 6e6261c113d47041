/// Which documents `docs` lists: every condition given must hold. Names are compared folded
/// (`nghe an` finds `Nghệ An`), and a province finds its districts' documents too.
public struct DocumentFilter: Sendable {
    /// Part of the issuer's name: `Ban Tổ chức`, `tinh uy nghe an`.
    public var issuer: String?
    /// A type code (`KH`, `CTr`) or word (`Kế hoạch`).
    public var type: String?
    public var level: AdministrativeLevel?
    public var year: Int?
    /// A province or district; a province also matches the documents of its districts.
    public var locality: String?
    /// Part of the title (or the number): how documents without a number are found.
    public var title: String?

    public init(issuer: String? = nil, type: String? = nil, level: AdministrativeLevel? = nil, year: Int? = nil,
                locality: String? = nil, title: String? = nil) {
        self.issuer = issuer
        self.type = type
        self.level = level
        self.year = year
        self.locality = locality
        self.title = title
    }

    public var isEmpty: Bool { issuer == nil && type == nil && level == nil && year == nil && locality == nil && title == nil }

    public func accepts(_ d: DocumentRecord) -> Bool {
        if let issuer, !Self.words(d.issuer).contains(Self.words(issuer)) { return false }
        if let type {
            let t = Self.words(type)
            guard Self.words(d.typeCode) == t || Self.words(d.id?.typeCode) == t || Self.words(d.typeWord) == t else { return false }
        }
        if let level, AdministrativeLevel.of(issuer: d.issuer, issuerCode: d.id?.issuerCode, locality: d.numberingPlace ?? d.place) != level { return false }
        if let year, d.date?.year != year { return false }
        if let locality {
            let wanted = Self.words(locality)
            // `Dân Lực, Triệu Sơn, Thanh Hóa`: the commune, its district and its province each find it.
            let places = (d.locality.map { $0.components(separatedBy: ", ") } ?? []) + [d.place].compactMap { $0 }
            let matches = places.contains { p in
                Self.words(p) == wanted || AdministrativeUnits.place(named: p).map { Self.words($0.province) == wanted } == true
            } || Self.words(d.issuer).hasSuffix(" " + wanted)
            if !matches { return false }
        }
        if let title {
            let q = Self.words(title)
            guard Self.words(d.title).contains(q) || Self.words(d.id?.description).contains(q) else { return false }
        }
        return true
    }

    /// Folded, with runs of spaces and line breaks as one space.
    private static func words(_ s: String?) -> String {
        guard let s else { return "" }
        return s.folded.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
