/// The identifier of a document as the text names it.
///
/// Party form `NUMBER-TYPE/ISSUER` (`28-NQ/TW`, `42-HD/BTCTW`), state form
/// `NUMBER/YEAR/TYPE-ISSUER` (`98/2014/NĐ-CP`), `NUMBER/YEAR/ISSUER` for laws (`80/2015/QH13`),
/// `NUMBER/TYPE-ISSUER` (`1234/QĐ-TTg`), or the name of a document without a number
/// (`Điều lệ Đảng`). Two ids are equal when their folded `key`s are: `253-QD/TW` typed
/// without Vietnamese letters is `253-QĐ/TW`, and `01-CT/TW` is `1-CT/TW`.
public struct DocumentID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Form: String, Sendable, Codable { case party, state, named }

    public let form: Form
    /// The number as written (`01`), empty for named documents.
    public let number: String
    /// Canonical type code: `NQ`, `QĐ`, `CTr`, `NĐ`, … (empty for laws in `80/2015/QH13` form).
    public let typeCode: String
    /// Issuer code as written: `TW`, `BTCTW`, `TU`, `CP`, `TTg`, `QH13`.
    public let issuerCode: String
    /// Year of a state-form id.
    public let year: Int?
    /// For named documents: the canonical name (`Nghị quyết Đại hội XIV`).
    public let name: String?

    // The fields are constants: equality and hashing use `key`, computed from them once, so
    // changing a field afterwards would make two different ids compare equal.

    /// Folded comparison key (`253-qd/tw`, `98/2014/nd-cp`, `dieu le dang`).
    public let key: String

    public init(party number: String, typeCode: String, issuerCode: String) {
        self.form = .party
        self.number = number
        self.typeCode = TypeCodes.canonical(Self.withoutEth(typeCode))
        self.issuerCode = TypeCodes.canonicalIssuer(Self.withoutEth(issuerCode))
        self.year = nil
        self.name = nil
        self.key = "\(Self.numberKey(number))-\(typeCode.folded)/\(issuerCode.folded)"
    }

    public init(state number: String, year: Int?, typeCode: String, issuerCode: String) {
        self.form = .state
        self.number = number
        self.year = year
        self.typeCode = TypeCodes.canonical(Self.withoutEth(typeCode))
        self.issuerCode = Self.withoutEth(issuerCode)
        self.name = nil
        let y = year.map { "\($0)/" } ?? ""
        let t = typeCode.isEmpty ? issuerCode.folded : "\(typeCode.folded)-\(issuerCode.folded)"
        self.key = "\(Self.numberKey(number))/\(y)\(t)"
    }

    /// `QÐ`, `HÐND` with Eth (U+00D0), as converters and OCR leave `Đ`: the code as the issuer writes it.
    static func withoutEth(_ code: String) -> String {
        guard code.utf8.contains(0xC3) else { return code }
        return code.replacingOccurrences(of: "\u{00D0}", with: "Đ").replacingOccurrences(of: "\u{00F0}", with: "đ")
    }

    public init(named name: String) {
        self.form = .named
        self.number = ""
        self.typeCode = ""
        self.issuerCode = ""
        self.year = nil
        self.name = name
        self.key = Self.namedKey(name.folded)
    }

    /// A law, code, ordinance or constitution is one document however its year is written:
    /// `Luật Đất đai năm 2013`, `Luật Đất đai 2013` and `Luật Đất đai (29/11/2013)` are
    /// `luat dat dai#2013`, and `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013` is
    /// `hien phap#2013`. A name without a year keeps its own key: which version it means is
    /// not written (`Luật Đất đai` in 2025 is not the law of 2013).
    static func namedKey(_ folded: String) -> String {
        // `NQ BCH huyện ủy` is `Nghị quyết BCH huyện ủy`: the kind's abbreviation names the same document.
        if folded.hasPrefix("nq ") { return namedKey("nghi quyet " + folded.dropFirst(3)) }
        // `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII` is `Nghị quyết Đại hội Đảng bộ tỉnh
        // lần thứ XVIII`: one congress, its delegates said or not (the name stays as written).
        if folded.hasPrefix("nghi quyet dai hoi ") || folded.hasPrefix("nghi quyet dang bo ") { return congressKey(folded) }
        guard ["luat ", "bo luat ", "phap lenh ", "hien phap"].contains(where: { folded.hasPrefix($0) }) else { return folded }
        var base = Substring(folded)
        var year: Substring?
        if base.hasSuffix(")"), let open = base.lastIndex(of: "(") {
            // `(29/11/2013)`, `(năm 2013)`
            let inner = base[base.index(after: open)..<base.index(before: base.endIndex)]
            let digits = inner.reversed().prefix(while: \.isNumber)
            if digits.count == 4, inner.dropLast(4).allSatisfy({ $0.isNumber || $0 == "/" || $0 == " " || $0 == "n" || $0 == "a" || $0 == "m" }) {
                year = inner.suffix(4)
                base = base[..<open]
            }
        } else if base.count > 5, base.suffix(4).allSatisfy(\.isNumber), base.dropLast(4).hasSuffix(" ") {
            year = base.suffix(4)
            base = base.dropLast(5)
            if base.hasSuffix(" nam") { base = base.dropLast(4) }
        }
        while base.hasSuffix(" ") { base = base.dropLast() }
        if base.hasPrefix("hien phap") { base = "hien phap" }
        guard let year, let y = Int(year), (1945...2100).contains(y) else { return String(base) }
        return "\(base)#\(year)"
    }

    /// One key for every way of writing one congress's resolution, the name staying as written: its delegates said or not
    /// (`Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII`), the body's tier first or last (`Đại hội Tỉnh đảng bộ`,
    /// `Đại hội đại biểu Quận`), `Đại hội` left out (`Nghị quyết đảng bộ huyện lần thứ VIII`), its number in Roman or Arabic
    /// figures, after `lần thứ`, `lần` or `khóa` (`lần thứ 26`, `lần XIII`, `khóa III`: a local organisation's term is its
    /// congress's number).
    static func congressKey(_ folded: String) -> String {
        var words = folded.split(separator: " ").map(String.init)
        if words.count > 2, words[2] == "dang" { words.insert(contentsOf: ["dai", "hoi"], at: 2) }
        guard words.count > 4 else { return words.joined(separator: " ") }
        if words[4] == "dai", words.count > 5, words[5] == "bieu" { words.removeSubrange(4...5) }
        let tiers: Set<String> = ["tinh", "huyen", "quan", "xa", "phuong"]
        // `Tỉnh đảng bộ`, `Quận` alone: the Party organisation of that tier.
        if words.count > 4, tiers.contains(words[4]) {
            if words.count > 6, words[5] == "dang", words[6] == "bo" { words.removeSubrange(5...6) }
            words.insert(contentsOf: ["dang", "bo"], at: 4)
        }
        for k in words.indices.dropFirst(4) where k + 1 < words.count {
            let marker = words[k] == "lan" || words[k] == "khoa"
            guard marker else { continue }
            let numberAt = words[k + 1] == "thu" && words[k] == "lan" ? k + 2 : k + 1
            guard numberAt < words.count else { break }
            let number = words[numberAt]
            let value = Int(number).map { $0.roman.lowercased() } ?? number
            words.replaceSubrange(k...numberAt, with: ["lan", "thu", value])
            break
        }
        return words.joined(separator: " ")
    }

    /// Parses an id as a user types it (`253-QD/TW`, `98/2014/ND-CP`) or a document name.
    public init?(parsing input: String) {
        let text = input.trimmingCharacters(in: " \t\n")
        guard !text.isEmpty else { return nil }
        let matches = IdentifierGrammar.scan(FoldedText(text), alone: true)
        if let m = matches.first, m.range == 0..<FoldedText(text).bytes.count, let id = m.id {
            self = id
            return
        }
        if text.contains(where: \.isNumber) && (text.contains("/") || text.contains("-")) { return nil }
        self.init(named: NamedDocuments.canonicalName(text))
    }

    public static func < (a: DocumentID, b: DocumentID) -> Bool {
        if a.form != b.form { return a.form.rawValue < b.form.rawValue }
        if a.typeCode != b.typeCode { return a.typeCode < b.typeCode }
        if a.issuerCode != b.issuerCode { return a.issuerCode < b.issuerCode }
        let na = Int(a.number.prefix(while: \.isNumber)) ?? 0, nb = Int(b.number.prefix(while: \.isNumber)) ?? 0
        if na != nb { return na < nb }
        return a.key < b.key
    }

    public static func == (a: DocumentID, b: DocumentID) -> Bool { a.key == b.key }
    public func hash(into h: inout Hasher) { h.combine(key) }

    public var description: String {
        switch form {
        case .party: return "\(number)-\(typeCode)/\(issuerCode)"
        case .state:
            let y = year.map { "\($0)/" } ?? ""
            return typeCode.isEmpty ? "\(number)/\(y)\(issuerCode)" : "\(number)/\(y)\(typeCode)-\(issuerCode)"
        case .named: return name ?? ""
        }
    }

    /// Issued by a provincial, city or district committee, whose numbering is local: `TU`
    /// (Tỉnh ủy, Thành ủy, Thị ủy), `HU` (Huyện ủy), `QU` (Quận ủy), `ĐU` (Đảng ủy), and their
    /// boards (`BTGTU`, `UBKTHU`, `BTCQU`). `QUTW` (the Central Military Commission) is central.
    public var isLocal: Bool {
        guard form == .party else { return false }
        guard let committee = TypeCodes.partyCommittee(ofCode: issuerCode) else { return false }
        return committee.level != .central
    }

    /// A law, code, ordinance or constitution (`Luật Đất đai`, `80/2015/QH13`): only the National
    /// Assembly and its Standing Committee revise these, so a decree or circular said to revise one revises another document.
    public var isLawLevel: Bool {
        switch form {
        case .named: return ["luat ", "bo luat ", "phap lenh ", "hien phap"].contains { key.hasPrefix($0) }
        // `45/2013/QH13` (a law), `02/2020/UBTVQH14` (an ordinance of the Standing Committee).
        case .state: return typeCode.isEmpty && (issuerCode.folded.hasPrefix("qh") || issuerCode.folded.hasPrefix("ubtvqh"))
        case .party: return false
        }
    }

    /// Issued by a central Party body, whose numbering restarts with each term (khóa).
    public var isCentralParty: Bool { form == .party && !isLocal && !TypeCodes.isCellCode(issuerCode) }

    static func numberKey(_ number: String) -> String {
        // `30c` and `30C` (a number with a letter after it) are one number.
        let trimmed = number.drop(while: { $0 == "0" })
        return trimmed.isEmpty ? "0" : trimmed.lowercased()
    }
}

