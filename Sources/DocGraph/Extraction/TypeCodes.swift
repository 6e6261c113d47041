/// Document type codes and the words that name them in text.
public enum TypeCodes {
    /// Type words in folded form, longest first so `chuong trinh hanh dong` wins over `chuong trinh`.
    static let words: [(folded: String, code: String)] = [
        ("chuong trinh hanh dong", "CTr"), ("thong tu lien tich", "TTLT"), ("nghi quyet lien tich", "NQLT"), ("nghi quyet", "NQ"),
        ("ket luan", "KL"), ("quy dinh", "QĐ"), ("quyet dinh", "QĐ"), ("chi thi", "CT"), ("quy che", "QC"),
        ("huong dan", "HD"), ("ke hoach", "KH"), ("chuong trinh", "CTr"), ("de an", "ĐA"),
        ("thong bao", "TB"), ("bao cao", "BC"), ("to trinh", "TTr"), ("cong van", "CV"),
        ("nghi dinh", "NĐ"), ("thong tu", "TT"), ("phap lenh", "PL"), ("cong dien", "CĐ"), ("luat", "Luật"),
    ].sorted { $0.folded.count > $1.folded.count }

    private static let canonicalCodes: [String: String] = [
        "nq": "NQ", "kl": "KL", "qd": "QĐ", "ct": "CT", "qc": "QC", "hd": "HD", "kh": "KH", "ctr": "CTr",
        "da": "ĐA", "tb": "TB", "bc": "BC", "ttr": "TTr", "cv": "CV", "nd": "NĐ", "tt": "TT", "ttlt": "TTLT",
        "pl": "PL", "cd": "CĐ", "ql": "QL", "qdi": "QĐi", "nqlt": "NQLT",
    ]

    /// The codes, folded, as clerks write them for the type word (`QĐ số 123/QĐ-UBND`, `KH 45-KH/TU`).
    static let abbreviations: [String] = canonicalCodes.keys.sorted { ($0.count, $0) > ($1.count, $1) }

    private static let canonicalIssuers: [String: String] = [
        "tw": "TW", "btctw": "BTCTW", "vptw": "VPTW", "ubkttw": "UBKTTW", "bttw": "BTTW", "bdvtw": "BDVTW",
        "tu": "TU", "btctu": "BTCTU", "hu": "HU", "qu": "QU", "du": "ĐU", "bcsd": "BCSĐ", "dd": "ĐĐ", "qutw": "QUTW",
        "ubkttu": "UBKTTU", "vptu": "VPTU", "btgtu": "BTGTU", "bdvtu": "BDVTU", "dutw": "ĐUTW",
    ]

    /// The usual English-independent word for a code, for labels of documents known only by code.
    public static let typeWord: [String: String] = [
        "NQ": "Nghị quyết", "KL": "Kết luận", "QĐ": "Quy định", "CT": "Chỉ thị", "QC": "Quy chế",
        "HD": "Hướng dẫn", "KH": "Kế hoạch", "CTr": "Chương trình", "ĐA": "Đề án", "TB": "Thông báo",
        "BC": "Báo cáo", "TTr": "Tờ trình", "CV": "Công văn", "NĐ": "Nghị định", "TT": "Thông tư",
        "TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch", "PL": "Pháp lệnh", "Luật": "Luật", "CĐ": "Công điện",
    ]

    /// The type word for a document's own id: `QĐ` is a Quy định in a Party id (`27-QĐ/TU`) but
    /// always a Quyết định in a state id (`4168/QĐ-UBND`), whose regulations are attached to one.
    public static func word(for id: DocumentID) -> String? {
        if id.form == .state, id.typeCode == "QĐ" { return "Quyết định" }
        // A Party committee's `TT` is a circular (`36-TT/TU`, Thông tri), the state's a Thông tư.
        if id.form == .party, id.typeCode == "TT" { return "Thông tri" }
        return typeWord[id.typeCode]
    }

    /// `qd`, `QD`, `QĐ` → `QĐ`; unknown codes are returned as written.
    public static func canonical(_ code: String) -> String {
        canonicalCodes[code.folded] ?? code
    }

    /// Whether a folded code (`nq`, `qd`, `ctr`, `qdi`) is a type code that documents use.
    static func isKnownCode(_ folded: String) -> Bool {
        canonicalCodes[folded] != nil || folded == "qdi" || folded == "ttlt" || folded == "ctr"
    }

    /// The codes of state issuers that stand after a type code in `NUMBER/TYPE-ISSUER`
    /// (Nghị định 30/2020/NĐ-CP, appendix VI), folded: the government and its offices, the
    /// ministries, and the people's councils and committees.
    private static let stateIssuerCodes: Set<String> = [
        "ubnd", "hdnd", "cp", "ttg", "vpcp", "ubtvqh", "btc", "bnv", "byt", "bca", "bqp", "bgddt",
        "bldtbxh", "btnmt", "bnnptnt", "bkhdt", "bkhcn", "bct", "bxd", "bgtvt", "btp", "bvhttdl",
        "btttt", "bng", "nhnn", "ttcp", "ubdt", "ktnn", "tandtc", "vkssndtc", "vksndtc",
    ]

    /// The committees a Party issuer code can end with, and their level. A committee's board
    /// ends with its committee's code (`BTCTU`, `UBKTHU`, `BTGQU`); `QUTW` and `ĐUTW` (the Central
    /// Military and Public Security Commissions) end with `TW` and are central. This is the one
    /// table of those endings: numbering places (`DocumentID.isLocal`), tiers
    /// (`IdentityScope.codeTier`), issuer levels and authority all read it.
    private static let committeeEndings: [(folded: String, level: PartyCommitteeLevel)] = [
        ("tw", .central), ("tu", .province), ("hu", .district), ("qu", .district), ("du", .grassroots),
    ]

    /// Whether `code` is a Party cell's (`CB`, `ĐB`, any case), read on its bytes: asked for every citation's id.
    /// A cell numbers its own documents; its plan is no central document of some term (red team, round 25: a school
    /// chi bộ's `03-KH/CB` was labelled `khóa XIII`). It stays matched across the corpus by number, as before: placing
    /// a chi bộ's numbers by locality lost a cycle between a school and its chi bộ, whose texts name different places.
    static func isCellCode(_ code: String) -> Bool {
        let u = code.utf8
        guard u.count == 2 || u.count == 3, let last = u.last, last | 0x20 == UInt8(ascii: "b") else { return false }
        if u.count == 2 { return u.first.map { $0 | 0x20 == UInt8(ascii: "c") || $0 | 0x20 == UInt8(ascii: "d") } ?? false }
        // `Đ` U+0110 and `đ` U+0111: C4 90, C4 91.
        let bytes = Array(u)
        return bytes[0] == 0xC4 && (bytes[1] == 0x90 || bytes[1] == 0x91)
    }

    /// The committee level of a Party issuer code (`TU`, `BTCTU` → province; `HU`, `QU` →
    /// district; `ĐU` → grassroots), and whether the code is the committee itself rather than one
    /// of its boards. Nil for codes of no committee (`BCSĐ`, `ĐĐ`).
    static func partyCommittee(ofCode code: String) -> (level: PartyCommitteeLevel, isCommittee: Bool)? {
        if let read = partyCommitteeByBytes(code) { return read }
        return partyCommitteeByFolding(code)
    }

    /// `partyCommittee(ofCode:)` read on the code's bytes when they are ASCII letters, digits and `Đ`/`đ`, as
    /// nearly every code is; `.none` for any other code, which is folded. The graph asks it for every
    /// citation, and folding the code as a `String` each time was most of its cost (issue #12).
    static func partyCommitteeByBytes(_ code: String) -> (level: PartyCommitteeLevel, isCommittee: Bool)?? {
        var last: (UInt8, UInt8) = (0, 0)
        var count = 0
        var it = code.utf8.makeIterator()
        while let b = it.next() {
            let f: UInt8
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): f = b | 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): f = b
            case 0xC4:
                // `Đ` U+0110 and `đ` U+0111: C4 90, C4 91.
                guard let next = it.next(), next == 0x90 || next == 0x91 else { return .none }
                f = UInt8(ascii: "d")
            default: return .none
            }
            last = (last.1, f)
            count += 1
        }
        guard count >= 2 else { return count == 0 ? .none : .some(nil) }
        for e in committeeEndings where e.folded.utf8.first == last.0 && e.folded.utf8.last == last.1 {
            return .some((e.level, count == 2))
        }
        return .some(nil)
    }

    /// `partyCommittee(ofCode:)` by folding the code as a string: the form the byte reading is held to.
    static func partyCommitteeByFolding(_ code: String) -> (level: PartyCommitteeLevel, isCommittee: Bool)? {
        let c = code.folded
        guard let e = committeeEndings.first(where: { c.hasSuffix($0.folded) }) else { return nil }
        return (e.level, c == e.folded)
    }

    /// Whether `code` is a Party body's code (`TW`, `TU`, `HU`, `ĐU`, `BTCTW`, `BTGTU`, …).
    static func isPartyIssuerCode(_ code: String) -> Bool { canonicalIssuers[code.folded] != nil }

    /// Whether `code` is a state issuer's code (`UBND`, `CP`, `TTg`, `BTC`, …).
    static func isStateIssuerCode(_ code: String) -> Bool { stateIssuerCodes.contains(code.folded) }

    /// A state issuer's code as the body writes it, from any case: `ubnd` → `UBND`, `ttg` → `TTg`, `hđnd` → `HĐND`.
    static func stateIssuerSpelling(_ code: String) -> String {
        code.folded == "ttg" ? "TTg" : code.uppercased()
    }

    /// `QĐUBND` → (`QĐ`, `UBND`), `TTVPCP` → (`TT`, `VPCP`): a type code and a state issuer's
    /// code run together, as a PDF's text layer leaves them when it drops the hyphen. Nil
    /// unless both halves are codes that exist, so an office code such as `STTTT` stays whole.
    static func splitJoinedStateCode(_ written: String) -> (type: String, issuer: String)? {
        // `TTCP` (Thanh tra Chính phủ) is an issuer itself, not `TT` + `CP`.
        guard !stateIssuerCodes.contains(written.folded) else { return nil }
        let chars = Array(written)
        for cut in stride(from: min(4, chars.count - 2), through: 2, by: -1) {
            let type = String(chars[..<cut]), issuer = String(chars[cut...])
            guard isKnownCode(type.folded), stateIssuerCodes.contains(issuer.folded) else { continue }
            return (canonical(type), issuer)
        }
        return nil
    }

    public static func canonicalIssuer(_ code: String) -> String {
        canonicalIssuers[code.folded] ?? code
    }

    /// The code for a type word as written (`Quyết định` → `QĐ`), nil if it is not one.
    public static func code(forWord word: String) -> String? {
        let f = word.folded.trimmingCharacters(in: " ")
        return words.first { $0.folded == f }?.code
    }
}

/// The level of the Party committee whose code ends an issuer code (`-/TW`, `-/TU`, `-/HU`, `-/QU`, `-/ĐU`).
enum PartyCommitteeLevel: Sendable {
    /// The Central Committee and its boards: numbering restarts with each national term.
    case central
    /// A provincial or centrally-run city committee (`Tỉnh ủy`, `Thành ủy`) and its boards.
    case province
    /// A district committee (`Huyện ủy`, `Quận ủy`, also `Thị ủy` and a city's `Thành ủy` under a province when they write `HU`).
    case district
    /// A Party committee of a commune, agency or enterprise (`Đảng ủy`).
    case grassroots
}
