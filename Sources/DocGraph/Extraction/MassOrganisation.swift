/// The socio-political organisations beside the Party and the state: the Youth Union, the
/// Fatherland Front and the unions of women, farmers, veterans and workers.
///
/// Each has committees at every tier (`Ban Chấp hành Trung ương Đoàn`, `Tỉnh đoàn Quảng Nam`,
/// `Ủy ban MTTQ Việt Nam tỉnh Quảng Trị`, `Hội LHPN huyện …`, `BCH Đoàn xã …`) that issue plans and
/// guidance implementing Party resolutions. Their committees' words are the Party's
/// (`Ban Chấp hành`, `Ban Thường vụ`, `Ban Bí thư`), so without knowing the organisation a reader
/// takes `Ban Thường vụ Tỉnh đoàn` for a Party committee and `Ban Bí thư Trung ương Đoàn` for the
/// Party's Secretariat.
public enum MassOrganisation: String, Hashable, Sendable, CaseIterable {
    case youthUnion, fatherlandFront, womensUnion, farmersUnion, veteransAssociation, tradeUnion

    /// How a name of one of these bodies reads: which organisation, at which tier, and the index of
    /// the word where its place may be written (`Tỉnh đoàn|Quảng Nam`, `… Việt Nam tỉnh|Quảng Trị`).
    struct Reading: Equatable {
        var organisation: MassOrganisation
        var tier: IssuingBody.Tier?
        var unitKind: String?
        var placeStart: Int
    }

    /// The organisation's names, folded, longest first within each; each is matched as whole words.
    private static let names: [(words: [String], organisation: MassOrganisation)] = ([
        ("doan thanh nien cong san ho chi minh", .youthUnion), ("doan tncs ho chi minh", .youthUnion), ("doan thanh nien", .youthUnion),
        ("uy ban mat tran to quoc viet nam", .fatherlandFront), ("mat tran to quoc viet nam", .fatherlandFront),
        ("uy ban mat tran to quoc", .fatherlandFront), ("mat tran to quoc", .fatherlandFront),
        ("uy ban mttq viet nam", .fatherlandFront), ("uy ban mttq", .fatherlandFront), ("mttq viet nam", .fatherlandFront),
        ("hoi lien hiep phu nu viet nam", .womensUnion), ("hoi lien hiep phu nu", .womensUnion), ("hoi lhpn viet nam", .womensUnion),
        ("hoi lhpn", .womensUnion), ("hoi phu nu", .womensUnion),
        ("hoi nong dan viet nam", .farmersUnion), ("hoi nong dan", .farmersUnion),
        ("hoi cuu chien binh viet nam", .veteransAssociation), ("hoi cuu chien binh", .veteransAssociation),
        ("hoi ccb viet nam", .veteransAssociation), ("hoi ccb", .veteransAssociation),
        ("tong lien doan lao dong viet nam", .tradeUnion), ("lien doan lao dong", .tradeUnion), ("ldld", .tradeUnion),
    ] as [(String, MassOrganisation)]).map { (words: $0.0.split(separator: " ").map(String.init), organisation: $0.1) }

    /// The Youth Union's committees named by their tier alone (`Tỉnh đoàn`, `Thành đoàn`, `Huyện
    /// đoàn`): the word before `đoàn` says the tier. `Quận đoàn` is also the army's `Quân đoàn` once
    /// folded, so it counts only after a committee's words (`Ban Thường vụ Quận đoàn 1`).
    private static let youthTiers: [(word: String, tier: IssuingBody.Tier, kind: String?)] = [
        ("tinh", .province, "tinh"), ("thanh", .city, "thanh-pho"), ("huyen", .district, "huyen"), ("thi", .district, "thi-xa"),
        ("quan", .district, "quan"),
    ]

    /// Words that open a committee of the organisation, folded: they say who within it speaks.
    private static let committeeOpenings: [[String]] = [
        ["ban", "chap", "hanh"], ["ban", "thuong", "vu"], ["ban", "thuong", "truc"], ["ban", "bi", "thu"], ["doan", "chu", "tich"],
        ["thuong", "truc"], ["uy", "ban"],
    ]

    /// Tier words written before a place (`tỉnh`, `huyện`, `xã`), longest first, with the kind of unit they say.
    private static let placeTiers: [(words: [String], tier: IssuingBody.Tier, kind: String?)] = [
        (["thanh", "pho"], .city, "thanh-pho"), (["thi", "xa"], .district, "thi-xa"), (["thi", "tran"], .commune, nil),
        (["tinh"], .province, "tinh"), (["huyen"], .district, "huyen"), (["quan"], .district, "quan"),
        (["xa"], .commune, nil), (["phuong"], .commune, nil), (["khoi"], .bloc, nil), (["tp"], .city, "thanh-pho"),
    ]

    /// The end of an organisation's name written at `start`, capitalised (`Hội Nông dân Việt Nam`, `Đoàn
    /// Thanh niên Cộng sản Hồ Chí Minh`), the longest name first; nil if none is written there.
    ///
    /// Asked of every capitalised word of a cited issuer (`CitationScanner.readIssuer`): the phrases are tried only within the
    /// group of the word's first byte, second byte first (`PhraseIndex`; trying all 25 cost 1.3 % of extraction on 100
    /// plan-heavy documents).
    static func nameEnd(_ s: TextSegment, at start: Int) -> Int? {
        guard start < s.bytes.count, let found = phraseIndex.match(ByteReader(s.bytes, from: start), at: start),
              s.startsUpperCase(at: start) else { return nil }
        return found.end
    }

    /// Every name of `names` as one folded phrase, longest first.
    private static let phrases: [String] = names.map { $0.words.joined(separator: " ") }.sorted { $0.count > $1.count }

    /// `phrases` by first byte, longest first within each group.
    private static let phraseIndex = PhraseIndex(phrases.map { (phrase: $0, value: 0) })

    /// Reads `words` (folded) as a committee of one of these organisations, or nil.
    static func read(_ words: [String]) -> Reading? {
        guard words.count >= 2 else { return nil }
        var at = 0
        var committee = false
        var central = false
        // `Ban Thường vụ`, `BCH`, `Ủy ban` … then `Trung ương` before the organisation's name.
        while let opening = committeeOpenings.first(where: { matches($0, words, at) }) {
            // `Ủy ban Mặt trận …` is the Front's own name: leave it to the names below.
            if opening == ["uy", "ban"], names.contains(where: { $0.words.first == "uy" && matches($0.words, words, at) }) { break }
            at += opening.count
            committee = true
        }
        if matches(["trung", "uong"], words, at) { at += 2; central = true }
        else if at < words.count, words[at] == "tu" || words[at] == "t.u", at + 1 < words.count { at += 1; central = true }

        if let name = names.first(where: { matches($0.words, words, at) }) {
            var reading = Reading(organisation: name.organisation, tier: central ? .central : nil, unitKind: nil, placeStart: at + name.words.count)
            // `… Việt Nam` alone names the national organisation.
            if name.words.suffix(2) == ["viet", "nam"] || name.words.first == "tong" {
                if reading.placeStart == words.count { reading.tier = .central }
            }
            readPlaceTier(words, into: &reading)
            return reading
        }
        // `Tỉnh đoàn Quảng Nam`, `Ban Thường vụ Huyện đoàn`.
        if !central, at + 1 < words.count, words[at + 1] == "doan", let t = youthTiers.first(where: { $0.word == words[at] }),
           t.word != "quan" || committee {
            return Reading(organisation: .youthUnion, tier: t.tier, unitKind: t.kind, placeStart: at + 2)
        }
        if central, at < words.count, words[at] == "doan" {
            // `Ban Bí thư Trung ương Đoàn`, `TƯ Đoàn` (the long names were tried above).
            return Reading(organisation: .youthUnion, tier: .central, unitKind: nil, placeStart: at + 1)
        }
        // `BCH Đoàn tỉnh Nghệ An`, `Ban Thường vụ Đoàn Khối các cơ quan tỉnh`, `Đoàn xã Diễn Kim`.
        if at < words.count, words[at] == "doan", at + 1 < words.count, committee || placeTiers.contains(where: { matches($0.words, words, at + 1) }) {
            var reading = Reading(organisation: .youthUnion, tier: nil, unitKind: nil, placeStart: at + 1)
            readPlaceTier(words, into: &reading)
            guard reading.tier != nil else { return nil }
            return reading
        }
        return nil
    }

    /// `… tỉnh Quảng Trị`, `… huyện Triệu Phong`: a tier word after the organisation's name sets the
    /// tier and moves the place's start past it.
    private static func readPlaceTier(_ words: [String], into reading: inout Reading) {
        guard let t = placeTiers.first(where: { matches($0.words, words, reading.placeStart) }) else { return }
        reading.tier = t.tier
        reading.unitKind = t.kind
        reading.placeStart += t.words.count
    }

    private static func matches(_ phrase: [String], _ words: [String], _ at: Int) -> Bool {
        at + phrase.count <= words.count && zip(phrase, words[at...]).allSatisfy { $0 == $1 }
    }
}

extension MassOrganisation {
    /// Whether a folded name may name one of these organisations: a cheap test before reading it.
    static func mayName(_ folded: String) -> Bool {
        folded.contains("doan") || folded.contains("hoi ") || folded.contains("mat tran") || folded.contains("mttq")
    }

    /// The usual spelling of a committee of these organisations written in capitals
    /// (`BAN THƯỜNG VỤ TỈNH ĐOÀN QUẢNG NAM` → `Ban Thường vụ Tỉnh đoàn Quảng Nam`, `HỘI CCB TỈNH BẠC
    /// LIÊU` → `Hội CCB tỉnh Bạc Liêu`), or nil when the name is none of theirs. The organisations'
    /// words keep their own capitals, a tier word before a place is lower case, and the place is
    /// title-cased; acronyms (`TNCS`, `LHPN`, `BCH`) stay as written.
    static func spelled(_ written: String) -> String? {
        let folded = written.folded
        guard mayName(folded), IssuingBody(written).isMassOrganisation else { return nil }
        let words = written.split(separator: " ").map(String.init)
        let foldedWords = words.map(\.folded)
        var out: [String] = []
        var k = 0
        while k < words.count {
            if let phrase = spellings.first(where: { matches($0.words, foldedWords, k) }) {
                out.append(phrase.spelling)
                k += phrase.words.count
                continue
            }
            // `tỉnh`, `huyện`, `xã` before a place's name.
            if k + 1 < words.count, let t = placeTiers.first(where: { matches($0.words, foldedWords, k) }) {
                out.append(words[k..<(k + t.words.count)].joined(separator: " ").lowercased())
                k += t.words.count
                continue
            }
            let word = Substring(words[k])
            out.append(IssuingBodies.isAcronym(word) ? words[k] : word.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: "-"))
            k += 1
        }
        return out.joined(separator: " ")
    }

    /// The organisations' words in their usual spelling, longest first.
    private static let spellings: [(words: [String], spelling: String)] = [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên", "Mặt trận Tổ quốc Việt Nam",
        "Mặt trận Tổ quốc", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ", "Hội Phụ nữ", "Hội Nông dân Việt Nam",
        "Hội Nông dân", "Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh", "Tổng Liên đoàn Lao động Việt Nam",
        "Liên đoàn Lao động", "Ban Chấp hành", "Ban Thường vụ", "Ban Thường trực", "Ban Bí thư", "Đoàn Chủ tịch", "Thường trực",
        "Ủy ban", "Trung ương", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Thị đoàn", "Việt Nam",
    ].map { (words: $0.split(separator: " ").map { String($0).folded }, spelling: $0) }
        .sorted { $0.words.count > $1.words.count }
}
