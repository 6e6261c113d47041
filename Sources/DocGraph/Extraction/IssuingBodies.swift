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
        "huyen uy": "Huyện ủy", "quan uy": "Quận ủy", "thi uy": "Thị ủy",
        "ban thuong vu huyen uy": "Ban Thường vụ Huyện ủy", "ban to chuc huyen uy": "Ban Tổ chức Huyện ủy",
        "dang bo tinh": "Đảng bộ tỉnh", "dang bo huyen": "Đảng bộ huyện", "dang bo thanh pho": "Đảng bộ thành phố",
        "uy ban nhan dan tinh": "Ủy ban nhân dân tỉnh", "uy ban nhan dan huyen": "Ủy ban nhân dân huyện",
        "uy ban nhan dan thanh pho": "Ủy ban nhân dân thành phố", "uy ban nhan dan": "Ủy ban nhân dân",
        "ubnd tinh": "UBND tỉnh", "ubnd huyen": "UBND huyện", "ubnd thanh pho": "UBND thành phố", "ubnd": "UBND",
        "hoi dong nhan dan tinh": "Hội đồng nhân dân tỉnh", "hoi dong nhan dan huyen": "Hội đồng nhân dân huyện",
        "hoi dong nhan dan thanh pho": "Hội đồng nhân dân thành phố", "hoi dong nhan dan": "Hội đồng nhân dân",
        "uy ban nhan dan xa": "Ủy ban nhân dân xã", "uy ban nhan dan quan": "Ủy ban nhân dân quận",
        "uy ban nhan dan thi xa": "Ủy ban nhân dân thị xã",
        "uy ban nhan dan phuong": "Ủy ban nhân dân phường", "uy ban nhan dan thi tran": "Ủy ban nhân dân thị trấn",
        "ubnd xa": "UBND xã", "ubnd phuong": "UBND phường", "ubnd quan": "UBND quận", "ubnd thi xa": "UBND thị xã",
        "ubnd thi tran": "UBND thị trấn", "hoi dong nhan dan xa": "Hội đồng nhân dân xã",
        "hoi dong nhan dan phuong": "Hội đồng nhân dân phường", "hoi dong nhan dan quan": "Hội đồng nhân dân quận",
        "hoi dong nhan dan thi xa": "Hội đồng nhân dân thị xã", "hoi dong nhan dan thi tran": "Hội đồng nhân dân thị trấn",
        // A committee's commissions and offices, and grassroots committees: the rest of the name is
        // their committee's or their place's (`BAN TUYÊN GIÁO TỈNH ỦY BẮC NINH`, `ĐẢNG ỦY XÃ QUỲNH THẠCH`).
        "ban tuyen giao": "Ban Tuyên giáo", "ban dan van": "Ban Dân vận", "ban noi chinh": "Ban Nội chính",
        "ban tuyen giao va dan van": "Ban Tuyên giáo và Dân vận", "ban to chuc": "Ban Tổ chức",
        "uy ban kiem tra": "Ủy ban Kiểm tra", "van phong": "Văn phòng", "ban thuong vu": "Ban Thường vụ",
        "ban chap hanh dang bo": "Ban Chấp hành Đảng bộ", "dang uy xa": "Đảng ủy xã",
        "dang uy phuong": "Đảng ủy phường", "dang uy thi tran": "Đảng ủy thị trấn",
        // The special zones that replaced island districts on 1 July 2025 (Vân Đồn, Cô Tô, Phú Quốc …): a commune's tier.
        "dang uy dac khu": "Đảng ủy đặc khu", "uy ban nhan dan dac khu": "Ủy ban nhân dân đặc khu", "ubnd dac khu": "UBND đặc khu",
        "hoi dong nhan dan dac khu": "Hội đồng nhân dân đặc khu",
    ]

    /// `known` longest first, each key with the space that must follow it as a prefix and its
    /// word count, made once (the prefix was concatenated for every key at every call), and the
    /// key itself (it was cut from the prefix for each key a name in capitals was compared with:
    /// 1,500 instructions each, 4,000 times on 100 sample documents).
    private static let knownLongestFirst: [(key: (prefix: String, words: Int, whole: String), value: String)] = known
        .sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }
        .map { ((prefix: $0.key + " ", words: $0.key.split(separator: " ").count, whole: $0.key), $0.value) }

    /// Words that open a body's name, folded (`Sở …`, `UBND …`, `Ban Thường vụ …`, `Huyện đoàn …`): a body
    /// named as the subject of a clause, as the one a request is put to, or as where a report goes.
    static let nameOpenings = ["so ", "uy ban", "ubnd", "hdnd", "hoi dong", "ban thuong vu", "ban chap hanh", "thuong truc",
                               "huyen uy", "tinh uy", "thanh uy", "thi uy", "quan uy", "dang uy", "ban ", "phong ", "van phong",
                               "chi cuc", "cuc ", "bo ", "doan ", "huyen doan", "tinh doan", "thanh doan", "hoi ", "mat tran",
                               "cong an", "lien doan", "trung tam", "chi bo", "dang bo"]

    /// Words that open `nameOpenings` but name no body: a meeting, a set of indicators, a verb (`Hội nghị`, `Bộ chỉ
    /// số`, `Bổ sung` folds to `bo sung`, `Ban hành`, `Số liệu`, `Phòng, chống`; reviewer, session 13).
    private static let notNames = ["hoi nghi", "hoi thao", "hoi thi", "hoi dien", "bo chi so", "bo sung", "bo tieu chi", "ban hanh",
                                   "so lieu", "so ket", "phong, chong", "phong chong", "cuc bo"]

    /// Whether a body's name opens at `i` (`Sở …`, `UBND …`, `Hội Nông dân …`), not one of `notNames`.
    static func opensName(_ r: ByteReader, at i: Int) -> Bool {
        nameOpenings.contains { r.phraseEnd($0, at: i) != nil } && !notNames.contains { r.phraseEnd($0, at: i) != nil }
    }

    /// Whether one of `words` (folded, each a whole word) is followed in `range` by a body's name, capitalised:
    /// the addressee of a request (`Đề nghị UBND tỉnh …`), where a report goes (`… về Sở Nội vụ`). `unless` passes
    /// over an occurrence by where it starts (`Theo đề nghị Phòng …` is a request received).
    static func namesBody(after words: [String], in seg: TextSegment, _ range: Range<Int>, unless: (Int) -> Bool = { _ in false }) -> Bool {
        let b = seg.bytes
        let r = ByteReader(b, from: range.lowerBound, end: range.upperBound)
        for word in words {
            var from = range.lowerBound
            while let i = r.firstIndex(of: word, from: from) {
                from = i + word.utf8.count
                guard i == 0 || !ByteReader.isAlnum(b[i - 1]), from < range.upperBound, b[from] == 0x20, !unless(i) else { continue }
                var q = ByteReader(b, from: from, end: range.upperBound)
                q.skipSpaces()
                if q.position < range.upperBound, seg.startsUpperCase(at: q.position), opensName(q, at: q.position) { return true }
            }
        }
        return false
    }

    /// A known body named in small letters where a citation's issuer goes (`… của ubnd tỉnh`, `… của ban chấp hành
    /// đảng bộ tỉnh`: a text typed without capitals, red team 17 x04), with the tier that follows a name that has
    /// none (`ban chấp hành đảng bộ` + `tỉnh`), spelled as usual. Without it the citation had no issuer and was
    /// taken for one of the citing ward's own texts. Only `known` names: in small letters nothing else tells a
    /// body from the prose after `của` (`của các cơ quan`, `của tỉnh`).
    static func smallLetterName(_ r: ByteReader, at i: Int) -> (end: Int, spelled: String)? {
        var found: (end: Int, spelled: String, key: String)?
        for (k, v) in knownLongestFirst {
            if let e = r.phraseEnd(k.whole, at: i) { found = (e, v, k.whole); break }
        }
        // `hđnd tỉnh`: the council's initials, which `known` leaves to the header's spelling.
        if found == nil, let e = r.phraseEnd("hdnd", at: i) { found = (e, "HĐND", "hdnd") }
        guard let name = found else { return nil }
        guard ["ban chap hanh dang bo", "uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd", "dang bo"].contains(name.key) else {
            return (name.end, name.spelled)
        }
        var next = r
        next.position = name.end
        next.skipSpaces()
        for (tier, spelled) in smallLetterTiers {
            if let e = next.phraseEnd(tier, at: next.position) { return (e, name.spelled + " " + spelled) }
        }
        return (name.end, name.spelled)
    }

    /// The tiers that follow a body's name in a citation (folded, longest first) and their spelling.
    private static let smallLetterTiers = [("thanh pho", "thành phố"), ("thi xa", "thị xã"), ("thi tran", "thị trấn"),
                                           ("dac khu", "đặc khu"), ("tinh", "tỉnh"), ("huyen", "huyện"), ("quan", "quận"),
                                           ("xa", "xã"), ("phuong", "phường")]

    /// The usual spelling of a body written in capitals; other names are returned tidied.
    /// Remembered (`NameReadings`): a header's names are spelled again for every document of its
    /// issuer, 110,000 instructions each (callgrind, 100 `other-hands` documents).
    static func canonical(_ written: String) -> String {
        spellings.value(of: written, spell)
    }

    static let spellings = NameReadings<String>(capacity: 4_096)

    /// `HỘI ĐỒNG NHÂN DÂN XÃ TRUNG HÀ, KHÓA 21, KỲ HỌP THỨ 3` (a portal's headline, Real 335), `…,KHÓA 21`, `… (KHÓA XXI)`,
    /// `… - NHIỆM KỲ 2021 - 2026`: a term set off by a comma, a dash or a bracket says when the body sat, not who it is.
    /// (`Ban Chấp hành Đảng bộ tỉnh khóa XV`, the term run on, is how a committee names itself: kept, as `IssuingBody`
    /// reads past it.) A term is `khóa` before a numeral (not `Khoa học`), `kỳ họp` or `nhiệm kỳ`.
    static func withoutTerm(_ name: String) -> String {
        guard name.contains(",") || name.contains("(") || name.contains(" - ") || name.contains(" – ") else { return name }
        let words = name.replacingOccurrences(of: ",", with: ", ").replacingOccurrences(of: "(", with: " (").split(separator: " ")
        guard words.count >= 4 else { return name }
        let folded = words.map { String($0).folded.trimmingCharacters(in: ",;()") }
        for k in 2..<(words.count - 1) {
            let next = folded[k + 1]
            let term = folded[k] == "khoa" && !next.isEmpty && next.allSatisfy({ "ivxl0123456789".contains($0) })
                || folded[k] == "ky" && next == "hop" || folded[k] == "nhiem" && next == "ky"
            let setOff = words[k].hasPrefix("(") || words[k - 1].hasSuffix(",") || words[k - 1] == "-" || words[k - 1] == "–"
            guard term, setOff else { continue }
            return words[..<k].joined(separator: " ").trimmingCharacters(in: " ,;(-–")
        }
        return name
    }

    /// `TỈNH BÀ RỊA -VŨNG TÀU`, `Bà Rịa- Vũng Tàu` (reviewer, session 25): a dash spaced on one side between two letters
    /// is spaced on both, as place names with a dash are written (`Bà Rịa - Vũng Tàu`, `Phan Rang - Tháp Chàm`); `-` with
    /// no space (`Phan Rang-Tháp Chàm`) is left as written.
    static func spacingDashes(_ s: String) -> String {
        // Asked of every header line: its bytes say at once when there is no dash (`String.contains` searched through
        // Foundation, 38 M instructions on 400 other-hands documents).
        guard s.utf8.contains(0x2D) else { return s }
        var out = ""
        let chars = Array(s)
        for (k, c) in chars.enumerated() {
            if c == "-", k > 0, k + 1 < chars.count {
                let before = chars[k - 1], after = chars[k + 1]
                if before == " ", after.isLetter { out += "- "; continue }
                if before.isLetter, after == " " { out += " -"; continue }
            }
            out.append(c)
        }
        return out
    }

    /// `canonical` read afresh.
    static func spell(_ written: String) -> String {
        let tidy = restoringLostFirstGlyph(withoutTerm(spacingDashes(FoldedText.tidy(written))).trimmingCharacters(in: " ,.;:()"))
        if let k = known[tidy.folded] { return k }
        if DocumentSplitter.isUpperCase(tidy) {
            if let union = MassOrganisation.spelled(tidy) { return union }
            // `BAN TỔ CHỨC TỈNH ỦY THÁI NGUYÊN` → `Ban Tổ Chức Tỉnh Ủy Thái Nguyên` is wrong too;
            // keep a known prefix and title-case the rest (a place name).
            let folded = tidy.folded
            for (k, v) in knownLongestFirst where folded.hasPrefix(k.prefix) {
                let rest = tidy.split(separator: " ").dropFirst(k.words)
                // The rest is another body (`… TỈNH ỦY BẮC NINH`, `… UBND TỈNH`) or a place, title-cased.
                let restFolded = rest.joined(separator: " ").folded
                if let body = knownLongestFirst.first(where: { restFolded == $0.key.whole || restFolded.hasPrefix($0.key.prefix) }),
                   body.value.first?.isUppercase == true {
                    return v + " " + canonical(rest.joined(separator: " "))
                }
                // `BÀ RỊA-VŨNG TÀU` → `Bà Rịa - Vũng Tàu`: a province written with its hyphen unspaced
                // is spelled as the table spells it; otherwise each half of a hyphenated name is a name.
                if restFolded.contains("-"), let p = AdministrativeUnits.place(named: restFolded), !p.isDistrict { return v + " " + p.name }
                // `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG` → `… thành phố Đà Nẵng`: the tier is a common noun, as
                // in `Ủy ban nhân dân thành phố` (only the place's own name is capitalised).
                // (`QUAN HÓA`, `TỊNH BIÊN`: a place whose name opens like a tier keeps its capital.)
                let tier = AdministrativeUnits.place(named: restFolded).map { $0.name.folded == restFolded } == true ? 0 : tierOpening(restFolded)
                return v + " " + rest.enumerated().map { k, word in
                    k < tier ? word.lowercased() : isAcronym(word) ? String(word) : word.split(separator: "-", omittingEmptySubsequences: false)
                        .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
                }.joined(separator: " ")
            }
            let lower = tidy.lowercased()
            // `BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI` → `Bộ Lao động - Thương binh và Xã hội`: a ministry or
            // department (or a district's office, `Phòng Nội vụ`) names its fields, each capitalised after
            // `Bộ`/`Sở`/`Phòng`, a comma, a dash or `và`.
            if folded.hasPrefix("bo ") || folded.hasPrefix("so ") || folded.hasPrefix("phong ") {
                var words = lower.split(separator: " ").map(String.init)
                var capitalise = true
                for k in words.indices {
                    if capitalise, let first = words[k].first, first.isLetter { words[k] = first.uppercased() + words[k].dropFirst() }
                    capitalise = k == 0 || words[k] == "-" || words[k] == "và" || words[k].hasSuffix(",")
                }
                return words.joined(separator: " ")
            }
            // `ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH`, `ĐẢNG ỦY SỞ Y TẾ`: a Party committee in a committee, a council or a department is
            // named by it, spelled as it is (red teams 29 and 30: the committees of the provinces' people's committees since 2025).
            if folded.hasPrefix("dang uy "), ["uy ban ", "ubnd", "hdnd", "hoi dong ", "so "].contains(where: { folded.dropFirst(8).hasPrefix($0) }) {
                return "Đảng ủy " + spell(tidy.split(separator: " ").dropFirst(2).joined(separator: " "))
            }
            // `BAN CÁN SỰ ĐẢNG UBND TỈNH`, `ĐẢNG ĐOÀN HĐND TỈNH`: a Party cell or group is named by its body,
            // which is spelled as that body is.
            for cell in partyCells where folded.hasPrefix(cell.folded + " ") {
                guard let spelled = cell.spelled else { continue }
                return spelled + " " + spell(tidy.split(separator: " ").dropFirst(cell.folded.split(separator: " ").count).joined(separator: " "))
            }
            // `BAN QUẢN LÝ DỰ ÁN ĐTXD TỈNH`: an acronym keeps its capitals.
            let words = tidy.split(separator: " ").map { isAcronym($0) ? String($0) : $0.lowercased() }.joined(separator: " ")
            return words.prefix(1).uppercased() + words.dropFirst()
        }
        return tidy
    }

    /// The Party's cells and groups in other bodies, each named by the body it works in (`Ban cán sự đảng UBND tỉnh`,
    /// `Đảng đoàn HĐND tỉnh`), folded: how a name in capitals is spelled (nil: its words as they come), and whether a
    /// header line of that name alone goes on with its body on the next line (`BAN CÁN SỰ ĐẢNG` / `ỦY BAN NHÂN DÂN
    /// TỈNH`). One table for the header, the spelling and the obligations (`ObligationActor.ledBody`).
    static let partyCells: [(folded: String, spelled: String?, opensHeaderName: Bool)] = [
        ("ban can su dang", "Ban cán sự đảng", true), ("dang doan", "Đảng đoàn", true), ("bcs dang", nil, true), ("bcsd", nil, false),
    ]
}

extension IssuingBodies {
    /// How many words of a place (folded) are its tier (`thanh pho da nang` → 2, `tinh bac ninh` → 1),
    /// when a name follows the tier; 0 otherwise.
    static func tierOpening(_ place: String) -> Int {
        // `BAN CHẤP HÀNH ĐẢNG BỘ TỈNH` (its place in the header above): the tier alone is the tier, as before a name.
        for tier in ["thanh pho ", "thi xa ", "thi tran ", "dac khu ", "tinh ", "huyen ", "quan ", "xa ", "phuong "]
        where place.hasPrefix(tier) || place.utf8.count + 1 == tier.utf8.count && tier.hasPrefix(place) {
            return tier.split(separator: " ").count
        }
        return 0
    }

    /// `TNCS`, `HĐND`, `UBND` in a name written in capitals stay capitals (`Đoàn TNCS Hồ Chí Minh`,
    /// not `Đoàn Tncs …`): a word without a vowel is no Vietnamese word, and a few with one are known.
    static func isAcronym(_ word: Substring) -> Bool {
        let folded = String(word).folded
        guard folded.count >= 2, word.allSatisfy({ !$0.isLowercase }) else { return false }
        return !hasVowel(folded) || ["ubnd", "ubkt", "ubmttq", "tp.hcm", "tphcm"].contains(folded)
    }

    /// Whether a folded word holds a vowel: every Vietnamese syllable does, an acronym or initials (`PTNT`) do not.
    static func hasVowel(_ folded: some StringProtocol) -> Bool {
        folded.contains { "aeiouy".contains($0) }
    }

    /// `Y BAN NHÂN DÂN TỈNH KON TUM`, `Y ban Kiểm tra`: a PDF's text layer lost the first glyph of
    /// `ỦY` (real: Kon Tum 2516/KH-UBND). A lone word `y` before `ban` is nothing else, so the name
    /// gets its glyph back, in the case it was written in.
    static func restoringLostFirstGlyph(_ name: String) -> String {
        guard name.first == "Y", name.folded.hasPrefix("y ban ") else { return name }
        return (name.dropFirst().first?.isUppercase == true || name.hasPrefix("Y BAN") ? "ỦY" : "Ủy") + name.dropFirst()
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

    /// The Youth Union's terms by the date its national congress closed: its central documents
    /// (`225-KH/TWĐTN-CTTN`) are numbered afresh in each of them, not in the Party's (reviewer, session 10:
    /// a 2013 decision saying `khoá X` was given the Party's XI).
    private static let youthUnionStarts: [(SimpleDate, Int)] = [
        (SimpleDate(year: 2002, month: 12, day: 21)!, 8), (SimpleDate(year: 2007, month: 12, day: 11)!, 9),
        (SimpleDate(year: 2012, month: 12, day: 14)!, 10), (SimpleDate(year: 2017, month: 12, day: 13)!, 11),
        (SimpleDate(year: 2022, month: 12, day: 16)!, 12),
    ]

    /// The term of `id`'s numbering on a date: the Youth Union's for its central codes (`TWĐTN`), else the Party's.
    public static func term(on date: SimpleDate, of id: DocumentID?) -> String? {
        guard let id, id.issuerCode.folded.hasPrefix("twdtn") else { return term(on: date) }
        return youthUnionStarts.last { $0.0 <= date }.map { $0.1.roman }
    }

    /// The local term (`2020-2025`) a provincial or city committee's document of that date belongs
    /// to. Local numbering restarts after each provincial congress; those are held in the months
    /// before the national one, so the term is taken to start on 1 September of the congress year
    /// (the same rule for documents and citations, so both land on the same node).
    ///
    /// A grassroots committee (a commune's or ward's `Đảng ủy`, `-/ĐU`) holds its congress first, by the end of June;
    /// in 2025 the new communes began on 1 July: its term starts on 1 July (red team, round 8: the former and the new
    /// `Đảng ủy xã Đông Cuông`'s `03-NQ/ĐU` of March 2023 and August 2025 were one identity).
    public static func localTerm(on date: SimpleDate, grassroots: Bool = false) -> String {
        var first = date.year - ((date.year - 2000) % 5 + 5) % 5
        if date.year == first && date.month < (grassroots ? 7 : 9) { first -= 5 }
        return "\(first)-\(first + 5)"
    }
}

/// Which body a name stands for, so that the several names of one committee compare equal and
/// different bodies never do.
///
/// A Party committee is written `Tỉnh ủy X`, `Ban Thường vụ Tỉnh ủy [X]`, `Ban Chấp hành Đảng bộ
/// tỉnh [X]` or (from a converted header) `Đảng bộ tỉnh X Tỉnh ủy`: the committee, its standing
/// committee and its executive committee sign for one another, so they are one issuer. Likewise
/// `UBND` is `Ủy ban nhân dân`. The Politburo, the Secretariat and the Central Committee are three
/// bodies; a committee's commission (`Ban Tổ chức Tỉnh ủy`) is not the committee.
public struct IssuingBody: Hashable, Sendable {
    /// What kind of body, without its place.
    public enum Organ: Hashable, Sendable {
        case centralCommittee, politburo, secretariat
        /// A Party committee at any level, with its standing and executive committees.
        case partyCommittee
        /// A commission or office of a committee: `ban to chuc`, `uy ban kiem tra`, `van phong`, …
        case commission(String)
        case peoplesCommittee, peoplesCouncil, government, primeMinister, nationalAssembly
        /// A committee of the Youth Union, the Fatherland Front or a union, with its standing
        /// committee and secretariat (`Ban Thường vụ Tỉnh đoàn`, `Ban Bí thư Trung ương Đoàn`).
        case massOrganisation(MassOrganisation)
        /// Any other name, folded.
        case other(String)
    }

    /// Where in the system: `trung uong`, `tinh`, `thanh pho`, `huyen`, `khoi`, `xa`, or nil when unsaid.
    public enum Tier: String, Hashable, Sendable { case central, province, city, district, bloc, commune }

    public var organ: Organ
    public var tier: Tier?
    /// The place or bloc named after the tier, folded (`nghe an`, `cac co quan tinh`), nil when unsaid.
    public var place: String?
    /// The kind of unit the name says (`quan`, `huyen`, `thi-xa`, `thanh-pho`, `tinh`): `Thị ủy Hoàng Mai`
    /// is Nghệ An's town, `Quận ủy Hoàng Mai` Hà Nội's district.
    public var unitKind: String?

    /// Reads a name as written (`Ban Thường vụ Huyện ủy Quỳnh Lưu`, `UBND tỉnh`, `BỘ CHÍNH TRỊ`).
    ///
    /// The place is the run of capitalised words after the tier (`Tỉnh ủy Lào Cai`), so a name that
    /// runs on into the sentence (`Ban Thường vụ Tỉnh ủy như sau:`) names no place.
    ///
    /// A name already read is not read again (`NameReadings`): one document's header asks about
    /// the same two names six times, and every document of an issuer about the same names.
    public init(_ name: String) {
        self = Self.readings.value(of: name, Self.read)
    }

    static let readings = NameReadings<IssuingBody>(capacity: 4_096)

    /// Reads a name, word by word (what `init(_:)` remembers).
    static func read(_ name: String) -> IssuingBody {
        IssuingBody(words: words(name))
    }

    private init(words: [(folded: String, capitalised: Bool)]) {
        var words = Self.pluralFirst(words)
        // `Bộ trưởng Bộ Tài chính`, `Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ`, `Chủ tịch Ủy ban
        // nhân dân tỉnh`, `Bí thư Tỉnh ủy`: the head signs for the body, and is that body here.
        Self.dropHeadTitles(&words)
        // `… khóa XIII`, `… Đảng` at the end say nothing about who.
        // (`Khoa học` in a ministry's or department's field is no term: `Sở Khoa học và Công nghệ`.)
        if let k = words.lastIndex(where: { $0.folded == "khoa" }), !(k + 1 < words.count && words[k + 1].folded == "hoc") { words.removeSubrange(k...) }
        while words.last?.folded == "dang" { words.removeLast() }
        // `Đại hội đại biểu Đảng bộ quận X lần thứ IX` and `Đại hội Đảng bộ quận X lần thứ IX …
        // nhiệm kỳ 2005 - 2010`: one congress, its delegates and its term said or not.
        if words.count > 2, words[0].folded == "dai", words[1].folded == "hoi" {
            if words.count > 4, words[2].folded == "dai", words[3].folded == "bieu" { words.removeSubrange(2..<4) }
            if let k = words.firstIndex(where: { $0.folded == "nhiem" }), k > 2 { words.removeSubrange(k...) }
        }
        var text = words.map(\.folded).joined(separator: " ")
        // `Hội nghị Trung ương 6`, `Hội nghị lần thứ sáu Ban Chấp hành Trung ương`: the Central
        // Committee in plenary session; a bare `Hội nghị` names no body.
        if text == "hoi nghi" { text = "" }
        else if text.hasPrefix("hoi nghi ") {
            let rest = text.dropFirst("hoi nghi ".count).split(separator: " ")
                .drop { ["lan", "thu"].contains($0) || $0.allSatisfy(\.isNumber) || Self.ordinalWords.contains(String($0)) }
                .joined(separator: " ")
            if rest == "trung uong" || rest.hasPrefix("trung uong ") || rest.hasPrefix("ban chap hanh trung uong") { text = "ban chap hanh trung uong" }
        }
        organ = .other(text)
        tier = nil
        place = nil
        // `Các huyện đoàn, thành đoàn và đoàn trực thuộc`, `các Hội Nông dân xã`: an organisation's bodies of one
        // tier in the plural, any of which may act (red team, round 6), as `UBND các huyện` (`pluralTier`).
        if words.count > 2, words[0].folded == "cac", let union = MassOrganisation.read(words.dropFirst().map(\.folded)),
           let t = union.tier, t != .central, t != .bloc {
            organ = .massOrganisation(union.organisation)
            tier = t
            unitKind = union.unitKind
            place = t == .commune ? "cac xa" : t == .district ? "cac huyen" : "cac tinh"
            return
        }
        // Before the Party's heads: `Ban Bí thư Trung ương Đoàn` is the Youth Union's, not the Party's Secretariat.
        if let union = MassOrganisation.read(words.map(\.folded)) {
            organ = .massOrganisation(union.organisation)
            tier = union.tier
            unitKind = union.unitKind
            // `Tỉnh đoàn Quảng Nam Đoàn TNCS Hồ Chí Minh` (a header's two columns joined): the place ends at the Union's name.
            let rest = words[min(union.placeStart, words.count)...].prefix { !["doan", "dang"].contains($0.folded) }
            let named = Self.placeWords(rest)
            place = tier == .bloc ? (rest.isEmpty ? nil : rest.map(\.folded).joined(separator: " ")) : named.isEmpty ? nil : named.joined(separator: " ")
            return
        }
        let heads: [(String, Organ)] = [("bo chinh tri", .politburo), ("ban bi thu", .secretariat), ("ban chap hanh trung uong", .centralCommittee),
                                        ("thu tuong", .primeMinister), ("chinh phu", .government), ("quoc hoi", .nationalAssembly)]
        if let head = heads.first(where: { text == $0.0 || text.hasPrefix($0.0 + " ") }) {
            organ = head.1
            tier = .central
            return
        }
        if text == "trung uong" { organ = .centralCommittee; tier = .central; return }
        var at = 0
        // The phrases are split into words once (`Phrase`): splitting them at every call was
        // 7,000 instructions a call, 2,300 calls on 100 short documents (callgrind).
        func strip(_ phrase: Phrase) -> Bool {
            let p = phrase.words
            guard at + p.count <= words.count, zip(p, words[at..<(at + p.count)]).allSatisfy({ $0 == $1.folded }) else { return false }
            at += p.count
            return true
        }
        if strip(Self.peoplesCommitteeWords) { organ = .peoplesCommittee }
        else if strip(Self.peoplesCouncilWords) { organ = .peoplesCouncil }
        else {
            // A commission of a committee: its name up to the committee's.
            for c in Self.commissions where strip(c) {
                organ = .commission(c.text)
                break
            }
            var committee = false
            if case .other = organ { committee = strip(Self.standingCommitteeWords) || strip(Self.executiveCommitteeWords) }
            // `Ban Tổ chức Đảng bộ huyện Phú Lương` (`ĐẢNG BỘ HUYỆN …` over `BAN TỔ CHỨC`): the commission
            // of that organisation's committee, not the committee.
            if strip(Self.partyOrganisationWords), case .other = organ { committee = true }
            if committee { organ = .partyCommittee }
        }
        // `UBND các huyện, thị xã, thành phố`, `Ban Tuyên giáo các huyện ủy`: bodies in the plural, their kinds of
        // unit kept as the place (`pluralTier`).
        if at < words.count, words[at].folded == "cac" {
            if case .other = organ {} else {
                place = words[at...].map(\.folded).joined(separator: " ")
                return
            }
        }
        // The tier and the place: `tinh uy nghe an`, `tinh nghe an`, `huyen uy quynh luu`, `dang uy khoi …`.
        for (phrase, t) in Self.tiers where strip(phrase) {
            let word = phrase.text
            tier = t
            unitKind = Self.kindOfUnit[word]
            // `Tỉnh ủy`, `Huyện ủy`, `Đảng ủy …` name the committee itself.
            if case .other = organ, word.hasSuffix("uy") || word.hasPrefix("dang uy") { organ = .partyCommittee }
            break
        }
        if case .other = organ {
            tier = nil
            // `Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định`, `Phòng Nội vụ huyện Gia Lâm`: a department
            // named with the place it serves is of that place, as its numbers are (red team, round 6).
            if let served = Self.servedPlace(words) { (tier, unitKind, place) = served }
            return
        }
        // `Thành ủy Thành phố Hồ Chí Minh`, `Huyện ủy huyện Quỳnh Lưu`: the unit's kind word again
        // before its name.
        let beforeKind = at
        if let restated = Self.unitKinds.first(where: strip) {
            if !(at < words.count && words[at].capitalised) { at = beforeKind } else { unitKind = Self.kindOfUnit[restated.text] ?? unitKind }
        }
        var named = Self.placeWords(words[at...])
        // `Đảng bộ tỉnh X Tỉnh ủy` (two header lines): the committee of X.
        if named.count > 2, ["tinh uy", "thanh uy", "huyen uy", "dang uy"].contains(named.suffix(2).joined(separator: " ")) { named.removeLast(2) }
        // A bloc is named by lower-case words (`Khối các cơ quan tỉnh`).
        if tier == .bloc { named = words[at...].map(\.folded) }
        place = named.isEmpty ? nil : named.joined(separator: " ")
    }

    /// The province or district a department's name ends with (`… tỉnh Nam Định`, `… thành phố Hà Nội`,
    /// `… huyện Gia Lâm`): a tier word after the department's own words, then a place the table knows, in
    /// capitals, to the end. Nil when the name ends otherwise.
    private static func servedPlace(_ words: [(folded: String, capitalised: Bool)]) -> (Tier, String?, String)? {
        guard words.count >= 3 else { return nil }
        for (phrase, tier) in servingTiers {
            let n = phrase.words.count
            for k in stride(from: words.count - 2, through: 1, by: -1) where k + n < words.count && words[k + n].capitalised {
                guard zip(phrase.words, words[k..<(k + n)]).allSatisfy({ $0 == $1.folded }) else { continue }
                let rest = words[(k + n)...]
                guard rest.allSatisfy(\.capitalised) else { break }
                let named = rest.map(\.folded).joined(separator: " ")
                let kind = kindOfUnit[phrase.text]
                guard AdministrativeUnits.place(named: named, kind: kind) != nil else { break }
                return (tier, kind, named)
            }
        }
        return nil
    }

    /// The tiers a department may serve, longest first.
    private static let servingTiers: [(Phrase, Tier)] = ([("thanh pho", .city), ("thi xa", .district), ("tinh", .province), ("huyen", .district), ("quan", .district)]
        as [(String, Tier)]).map { (Phrase($0.0), $0.1) }

    /// The place a name writes from its start: its capitalised words, or a place the table knows
    /// in a name tidied to lower case (`Huyện ủy nga sơn`).
    private static func placeWords(_ words: ArraySlice<(folded: String, capitalised: Bool)>) -> [String] {
        var named = words.prefix { $0.capitalised }.map(\.folded)
        // `tỉnh Bà Rịa - Vũng Tàu`, `Thừa Thiên - Huế`: a spaced dash inside a place's name the table spells so (read up to
        // the dash, `Bà Rịa` was the province's town, and the province's texts cited by name dangled).
        let rest = words.dropFirst(named.count)
        if !named.isEmpty, rest.first?.folded == "-" {
            let whole = named + ["-"] + rest.dropFirst().prefix { $0.capitalised }.map(\.folded)
            if whole.count > named.count + 1, let known = AdministrativeUnits.dashedName(startingWith: whole.joined(separator: " ")) {
                named = known.split(separator: " ").map(String.init)
            }
        }
        if named.isEmpty, let known = AdministrativeUnits.place(named: words.map(\.folded).joined(separator: " ")) { return [known.name.folded] }
        return named
    }

    /// A folded phrase and its words, split once.
    struct Phrase {
        let text: String
        let words: [String]
        init(_ text: String) {
            self.text = text
            words = text.split(separator: " ").map(String.init)
        }
    }

    private static let peoplesCommitteeWords = Phrase("uy ban nhan dan")
    private static let peoplesCouncilWords = Phrase("hoi dong nhan dan")
    private static let standingCommitteeWords = Phrase("ban thuong vu")
    private static let executiveCommitteeWords = Phrase("ban chap hanh")
    private static let partyOrganisationWords = Phrase("dang bo")
    /// Commissions of a committee, named up to the committee's name.
    private static let commissions = ["ban to chuc", "uy ban kiem tra", "ban tuyen giao va dan van", "ban tuyen giao", "ban dan van",
                                      "ban noi chinh", "van phong"].map(Phrase.init)
    /// Tier words, longest of a kind first.
    private static let tiers: [(Phrase, Tier)] = ([
        ("tinh uy", .province), ("thanh uy", .city), ("huyen uy", .district), ("quan uy", .district),
        ("thi uy", .district), ("dang uy khoi", .bloc), ("dang uy xa", .commune), ("dang uy phuong", .commune),
        ("dang uy thi tran", .commune), ("dang uy dac khu", .commune), ("dang uy", .bloc),
        ("trung uong", .central), ("tinh", .province), ("thanh pho", .city), ("huyen", .district),
        ("quan", .district), ("thi xa", .district), ("khoi", .bloc), ("xa", .commune), ("phuong", .commune), ("thi tran", .commune),
        ("dac khu", .commune),
    ] as [(String, Tier)]).map { (Phrase($0.0), $0.1) }

    /// The kind of unit a tier's phrase says (`AdministrativeUnits` kinds).
    private static let kindOfUnit: [String: String] = [
        "tinh uy": "tinh", "tinh": "tinh", "thanh uy": "thanh-pho", "thanh pho": "thanh-pho", "huyen uy": "huyen", "huyen": "huyen",
        "quan uy": "quan", "quan": "quan", "thi uy": "thi-xa", "thi xa": "thi-xa",
    ]

    /// A unit's kind word written again before its name (`Thành ủy Thành phố Hồ Chí Minh`).
    private static let unitKinds = ["thanh pho", "tinh", "huyen", "thi xa"].map(Phrase.init)

    /// Titles of the person heading a body, folded. `Chủ tịch nước` (the President) and `Thủ tướng`
    /// (the Prime Minister, who issues in his own name) are bodies of their own, not heads.
    private static let headTitles: [[String]] = [
        ["bo", "truong"], ["chu", "nhiem"], ["chu", "tich"], ["thong", "doc"], ["giam", "doc"], ["tong", "cuc", "truong"],
        ["cuc", "truong"], ["chanh", "an"], ["vien", "truong"], ["bi", "thu"], ["chanh"], ["truong"],
    ]

    private static func dropHeadTitles(_ words: inout [(folded: String, capitalised: Bool)]) {
        var changed = true
        while changed {
            changed = false
            for title in headTitles where words.count >= title.count && zip(title, words).allSatisfy({ $0 == $1.folded }) {
                // `Bộ trưởng` alone (a name cut at its comma) says no more than that a head signed.
                let next = words.count > title.count ? words[title.count].folded : ""
                if next.isEmpty, title.count == 1 { continue }
                // `Chủ tịch nước`; `Trưởng ban` keeps its `Ban`, `Chánh văn phòng` its `Văn phòng`.
                if title == ["chu", "tich"], next == "nuoc" { continue }
                if title == ["truong"], next != "ban" { continue }
                if title == ["chanh"], next != "van" { continue }
                words.removeFirst(title.count)
                changed = true
                break
            }
        }
    }

    /// The first words of a body's name when it is none of the organs above: a ministry (`Bộ`),
    /// department (`Sở`), commission (`Ban`), office, court, front, union, bank, school, company.
    private static let organWords: [String] = [
        "bo ", "so ", "ban ", "cuc ", "tong cuc ", "chi cuc ", "vien ", "hoi ", "uy ban ", "van phong ", "chi bo ", "mat tran ",
        "doan ", "cong doan ", "toa an ", "ngan hang ", "kiem toan ", "thanh tra ", "truong ", "trung tam ", "cong an ",
        "bo chi huy ", "bo tu lenh ", "hoc vien ", "dai hoc ", "tap doan ", "tong cong ty ", "cong ty ", "dai hoi ",
        "lien doan ", "tong lien doan ", "phong ", "quan khu ", "dang doan ", "thong tan xa ", "dai ", "bao ", "thuong truc hoi dong nhan dan ",
    ]

    /// Whether the body is a committee of the Youth Union, the Front or a union.
    public var isMassOrganisation: Bool {
        if case .massOrganisation = organ { return true }
        return false
    }

    /// The tier of a committee of the Youth Union, the Front or a union, nil for any other body.
    public var massOrganisationTier: Tier? {
        guard case .massOrganisation = organ else { return nil }
        return tier
    }

    /// Whether the name reads as a body at all: an organ the reader knows, or a name opening with
    /// an organ's word. An upper-case title (`ĐỊNH HƯỚNG TUYÊN TRUYỀN …`, `QUYẾT NGHỊ`,
    /// `BAN HÀNH QUY ĐỊNH …`) is not one.
    public var isNamedBody: Bool {
        guard case .other(let text) = organ else { return true }
        let t = text + " "
        if t.hasPrefix("ban hanh ") || t.hasPrefix("hoi nghi ") || t.hasPrefix("hoi thao ") { return false }
        return Self.organWords.contains { t.hasPrefix($0) }
    }

    /// Abbreviations read as the words they stand for, made once: a dictionary written inside
    /// `words` was built again at every call (callgrind: about 20,000 instructions a name, five
    /// names a document).
    private static let spelled: [String: String] = ["ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "bch": "ban chap hanh",
                                                    "btv": "ban thuong vu", "tp.": "thanh pho", "tp": "thanh pho"]

    /// `Đảng Cộng sản Việt Nam`, folded word by word.
    private static let partyWords = ["dang", "cong", "san", "viet", "nam"]

    /// Words of a name, folded, with whether each was written capitalised; abbreviations spelled out.
    private static func words(_ name: String) -> [(folded: String, capitalised: Bool)] {
        var out: [(folded: String, capitalised: Bool)] = []
        for w in name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let f = String(w).folded.trimmingCharacters(in: ",;:()")
            guard !f.isEmpty else { continue }
            let capital = w.first.map { $0.isUppercase || $0.isNumber } ?? false
            // Folded text is ASCII: a word without a space byte is its own one part.
            let parts = spelled[f] ?? f
            if parts.utf8.contains(0x20) {
                for part in parts.split(separator: " ") { out.append((String(part), capital)) }
            } else {
                out.append((parts, capital))
            }
        }
        // `Y BAN NHÂN DÂN`, `TM. Y BAN KIỂM TRA`: `ỦY` that lost its first glyph (see
        // `IssuingBodies.restoringLostFirstGlyph`).
        for k in out.indices.dropLast() where out[k].folded == "y" && out[k + 1].folded == "ban" { out[k].folded = "uy" }
        // `Đảng Cộng sản Việt Nam` after a body's name adds nothing.
        let party = partyWords
        if out.count > party.count, Array(out.suffix(party.count).map(\.folded)) == party { out.removeLast(party.count) }
        return out
    }

    /// The same body under another name: same organ, and tier and place agree where both say them.
    /// A place compares by its first words, so a name that runs on (`tỉnh Hà Tĩnh như sau`) still matches.
    public func isCompatible(with o: IssuingBody) -> Bool {
        // A head's title alone (`Bộ trưởng`) names no body, so it contradicts none; nor does a committee's
        // kind alone (`của Ban Thường trực` in the Front's own report, red team round 6), which is any body's.
        if Self.namesNoBody(organ) || Self.namesNoBody(o.organ) { return true }
        guard organ == o.organ else {
            // `Thường trực Đảng ủy Khối` and `Đảng ủy khối các cơ quan tỉnh` (red team, round 13): a committee's
            // standing members speak for it, as `Ban Thường vụ Huyện ủy` does for the Huyện ủy.
            if case .other(let a) = organ, let body = Self.standingFor(a) { return body.isCompatible(with: o) }
            if case .other(let b) = o.organ, let body = Self.standingFor(b) { return isCompatible(with: body) }
            if case .other(let a) = organ, case .other(let b) = o.organ {
                // `Thường trực Hộiđồng nhân dân quận`: a text layer that lost a space names the same body.
                let x = a.filter { $0 != " " }, y = b.filter { $0 != " " }
                return x.hasPrefix(y) || y.hasPrefix(x) || Self.sameDepartment(a, b)
            }
            return false
        }
        // `Đảng ủy các xã, thị trấn`: every body of that tier, each in its own place.
        if let plural = pluralTier ?? o.pluralTier {
            let single = pluralTier == nil ? self : o
            return single.pluralTier != nil || single.tier.map { $0 == plural } ?? true
        }
        // A city committee is not its province's, even when a centrally run city's is province-level; but a province
        // renamed a city is its own successor (`Ủy ban nhân dân thành phố Huế` of 2026, `… tỉnh Thừa Thiên Huế`).
        if let a = tier, let b = o.tier, a != b { return renames(o) || o.renames(self) }
        if let a = place, let b = o.place, !(a == b || a.hasPrefix(b + " ") || b.hasPrefix(a + " ")) {
            // `TPHCM` and `Thành phố Hồ Chí Minh` are one place written two ways.
            guard let x = AdministrativeUnits.place(named: a), let y = AdministrativeUnits.place(named: b) else { return false }
            return x == y
        }
        return true
    }

    /// Whether this city body is the one of a province renamed that city (`AdministrativeUnits.series(of:on:)`):
    /// the same organ under the province's new name.
    private func renames(_ province: IssuingBody) -> Bool {
        guard tier == .city, province.tier == .province, let city = place, let old = province.place else { return false }
        return AdministrativeUnits.renamedProvince(ofCity: city)?.folded == old
    }

    /// The body whose standing members a folded name is (`thuong truc dang uy khoi` → `Đảng ủy khối`'s), or
    /// nil when the name opens otherwise or names nothing after `Thường trực`.
    private static func standingFor(_ folded: String) -> IssuingBody? {
        guard folded.hasPrefix("thuong truc "), folded.count > 12 else { return nil }
        let body = IssuingBody(String(folded.dropFirst(12)))
        if case .other = body.organ { return nil }
        return body
    }

    /// `Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định` and `Sở Nông nghiệp và PTNT`, `Bộ GD&ĐT` and
    /// `Bộ Giáo dục và Đào tạo`: one ministry or department whose fields are written out or abbreviated
    /// (red team, round 6). Both folded; the fields compared by their initials (an abbreviation, a word
    /// without a vowel, gives all its letters), the places, when both say one, by prefix.
    static func sameDepartment(_ a: String, _ b: String) -> Bool {
        guard let x = departmentFields(a), let y = departmentFields(b), x.head == y.head, x.initials == y.initials else { return false }
        // Written out on both sides, the fields themselves must agree: `Sở Ngoại vụ` is not `Sở Nội vụ`.
        if !x.abbreviated, !y.abbreviated, x.fields != y.fields { return false }
        guard let p = x.place, let q = y.place else { return true }
        if p == q || p.hasPrefix(q + " ") || q.hasPrefix(p + " ") { return true }
        // `TP.HCM` and `Hồ Chí Minh`: one place written two ways.
        guard let u = AdministrativeUnits.place(named: p), let v = AdministrativeUnits.place(named: q) else { return false }
        return u == v
    }

    /// A department's head word (`so`, `bo`, `phong`, `chi cuc`, `cuc`), its fields' initials and its place.
    private static func departmentFields(_ folded: String) -> (head: String, initials: String, fields: [String], abbreviated: Bool, place: String?)? {
        var words = folded.split(whereSeparator: { $0 == " " || $0 == "&" || $0 == "-" || $0 == "," }).map(String.init)
        // `Bộ trưởng Bộ GD&ĐT`, `Giám đốc Sở …`: the head signs for the department.
        if words.count > 2, ["bo truong", "giam doc", "cuc truong", "truong phong"].contains(words[0] + " " + words[1]) { words.removeFirst(2) }
        guard let head = ["chi cuc", "so", "bo", "phong", "cuc"].first(where: { h in
            let hw = h.split(separator: " ").map(String.init)
            return words.count > hw.count && Array(words.prefix(hw.count)) == hw
        }) else { return nil }
        var fields: [String] = [], place: String?
        var k = head.split(separator: " ").count
        while k < words.count {
            let w = words[k]
            if ["tinh", "huyen", "quan"].contains(w) || w == "thanh" && k + 1 < words.count && words[k + 1] == "pho" {
                place = words[(k + (w == "thanh" ? 2 : 1))...].joined(separator: " ")
                break
            }
            // `TP.HCM`, `TP. Hà Nội`: a city's abbreviated tier, or its name with it.
            if w.hasPrefix("tp") && (w.contains(".") || w == "tphcm" || w == "tp") {
                place = words[k...].joined(separator: " ")
                break
            }
            if w != "va" { fields.append(w) }
            k += 1
        }
        // `Sở Giáo dục và Đào tạo Hà Nội`: a province's name after the fields, without its tier.
        if place == nil {
            for n in [3, 2, 1] where fields.count > n {
                let tail = fields.suffix(n).joined(separator: " ")
                if let p = AdministrativeUnits.place(named: tail), !p.isDistrict { place = tail; fields.removeLast(n); break }
            }
        }
        let abbreviated = fields.contains { !IssuingBodies.hasVowel($0) }
        let initials = fields.map { IssuingBodies.hasVowel($0) ? String($0.prefix(1)) : $0 }.joined()
        return initials.count >= 2 ? (head, initials, fields, abbreviated, place) : nil
    }

    /// Whether an organ is a title or a committee's kind alone, naming no body of its own.
    private static func namesNoBody(_ organ: Organ) -> Bool {
        guard case .other(let name) = organ else { return false }
        return ["", "ban thuong truc", "thuong truc", "ban thuong vu", "ban chap hanh"].contains(name)
    }

    /// The tier of a body named in the plural (`Đảng ủy các xã, thị trấn` → commune, `UBND các huyện`
    /// → district), nil for one body.
    public var pluralTier: Tier? {
        guard let place, place.hasPrefix("cac ") else { return nil }
        var first = place.dropFirst(4)
        // `Ủy ban Kiểm tra các đảng ủy xã, phường, đặc khu` (red team, round 26, c7), as `Ủy ban Kiểm tra đảng ủy các xã`: the
        // committees named before their tier.
        for committee in ["dang uy ", "uy ban nhan dan ", "ubnd ", "hoi dong nhan dan ", "hdnd "] where first.hasPrefix(committee) {
            first = first.dropFirst(committee.count)
            break
        }
        if first.hasPrefix("xa") || first.hasPrefix("phuong") || first.hasPrefix("thi tran") || first.hasPrefix("dac khu") { return .commune }
        if first.hasPrefix("huyen") || first.hasPrefix("quan") || first.hasPrefix("thi xa") { return .district }
        if first.hasPrefix("tinh") { return .province }
        return nil
    }

    /// For a district body of a name several provinces share (`Huyện ủy Chợ Mới`), its place:
    /// `Chợ Mới, An Giang` when `province` (the text's, or the citing document's) is one of them,
    /// else the name alone; nil for any other body.
    public func sharedDistrictPlace(province: String?) -> String? {
        guard tier == .district, let written = place, let shared = AdministrativeUnits.sharedDistrict(named: written) else { return nil }
        if let province = province.flatMap({ AdministrativeUnits.place(completing: $0) }),
           let p = AdministrativeUnits.place(district: shared.name, province: province.province) { return p.name }
        return shared.name
    }

    /// `Các đảng ủy xã, thị trấn`, `Các huyện ủy, thị ủy, thành ủy`, `Các UBND xã`: committees in the plural, `các`
    /// written first (red team, round 10: read as no body, so a commune's plan met no such announcement), as `Đảng
    /// ủy các xã, thị trấn`, `Đảng ủy các huyện, thị xã, thành phố`, `UBND các xã` are read.
    private static func pluralFirst(_ words: [(folded: String, capitalised: Bool)]) -> [(folded: String, capitalised: Bool)] {
        guard words.count >= 2, words[0].folded == "cac" else { return words }
        let rest = Array(words.dropFirst())
        func w(_ s: String) -> (folded: String, capitalised: Bool) { (s, false) }
        // A committee named by its tier (`huyện ủy`, `tỉnh ủy`): the tiers of every name in the list.
        let committeeTiers: [String: String] = ["huyen": "huyen", "quan": "quan", "thi": "thi xa", "thanh": "thanh pho", "tinh": "tinh"]
        // `Các huyện, thị, thành đoàn`, `Các huyện, thị, thành ủy` (red team, round 12): one organ shared by a list of
        // tiers, as each tier's own.
        if rest.count >= 3, let organ = rest.last?.folded, organ == "doan" || organ == "uy",
           rest.dropLast().allSatisfy({ committeeTiers[$0.folded] != nil }) {
            let tiers = rest.dropLast().map(\.folded)
            if organ == "doan" { return [w("cac"), w(tiers[0]), w("doan")] }
            return [w("dang"), w("uy"), w("cac")] + tiers.compactMap { committeeTiers[$0] }.joined(separator: " ").split(separator: " ").map { w(String($0)) }
        }
        if rest.count >= 2, rest[1].folded == "uy", let first = committeeTiers[rest[0].folded] {
            var tiers = [first]
            var k = 2
            while k + 1 < rest.count, rest[k + 1].folded == "uy", let t = committeeTiers[rest[k].folded] { tiers.append(t); k += 2 }
            // `… và đảng ủy trực thuộc Tỉnh ủy`, `…, đảng ủy trực thuộc`: the committees directly under the province go
            // with them; the list's tier stays the districts'.
            guard k == rest.count || rest[k].folded == "va" || rest[k].folded == "dang" else { return words }
            return [w("dang"), w("uy"), w("cac")] + tiers.joined(separator: " ").split(separator: " ").map { w(String($0)) }
        }
        for organ in [["dang", "uy"], ["ubnd"], ["uy", "ban", "nhan", "dan"], ["hdnd"], ["hoi", "dong", "nhan", "dan"]] where rest.count > organ.count {
            guard rest.prefix(organ.count).map(\.folded) == organ else { continue }
            // `Các đảng ủy viên …` are members, persons (reviewer, session 13): only a tier goes on.
            guard ["xa", "phuong", "thi", "huyen", "quan", "tinh", "thanh", "co", "khoi", "truc"].contains(rest[organ.count].folded) else { return words }
            // `xã`, `phường`, `thị trấn`, `huyện` … after the organ: the tier in the plural.
            return Array(rest.prefix(organ.count)) + [w("cac")] + Array(rest.dropFirst(organ.count))
        }
        return words
    }

    /// Ordinals of a plenum written in words (`lần thứ sáu`), folded.
    private static let ordinalWords: Set<String> = ["nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "mot", "moi"]

    /// The place a name gives for a local body, placed in the administrative table when it can be.
    /// A commune's name is no district's (`Đảng ủy xã Kiến An` is not Hải Phòng's quận Kiến An).
    public var administrativePlace: AdministrativeUnits.Place? {
        guard tier != .commune else { return nil }
        return place.flatMap { AdministrativeUnits.place(named: $0, kind: unitKind) }
    }
}

extension IssuingBodies {
    /// Folded name without `Đảng`/`Đảng Cộng sản Việt Nam` at the end, as rules compare them.
    static func normalized(_ s: String) -> String {
        var f = s.folded
        for suffix in [" dang", " dang cong san viet nam"] where f.hasSuffix(suffix) { f.removeLast(suffix.count) }
        return f.trimmingCharacters(in: " ,.")
    }

    /// Two names of one issuer (`Huyện ủy X` and `Ban Thường vụ Huyện ủy`; `UBND tỉnh` and `Ủy ban nhân dân tỉnh X`).
    static func compatible(_ a: String, _ b: String) -> Bool {
        a == b || IssuingBody(a).isCompatible(with: IssuingBody(b))
    }
}
