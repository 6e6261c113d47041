/// How far one document number reaches: which numbering period and which place it belongs to.
///
/// A number names one document only within its series: central Party numbering restarts each
/// term (khóa); a provincial or district committee's after each local congress, and only in its
/// own place (`12-KH/TU` exists in every province at once); a People's Committee's numbers are
/// its own (`15/2019/QĐ-UBND` in Nghệ An is not the one in Hà Tĩnh); a state number without a
/// year (`212/KH-UBND`, `1234/QĐ-TTg`) restarts each year. The identity key spells this out:
/// `28-nq/tw#XIII`, `256-kh/tu@vung tau#2020-2025`, `212/kh-ubnd@nghe an#2019`, `98/2014/nd-cp`.
enum IdentityScope {
    /// What restarts a series.
    enum Period { case term, localTerm, year, none }

    static func period(of id: DocumentID) -> Period {
        switch id.form {
        case .party: return id.isLocal ? .localTerm : .term
        case .state: return id.year == nil ? .year : .none
        case .named: return .none
        }
    }

    /// Numbered by a local body: a Party committee below the Centre, or a People's Committee or Council.
    static func isPlaced(_ id: DocumentID) -> Bool {
        if id.isLocal { return true }
        guard id.form == .state else { return false }
        let code = id.issuerCode.folded
        // `QĐ-UBND`, `UBND-VX` (its office), `NQ-HĐND`, the older `QĐ-UB`, a chairman's `QĐ-CTUBND`,
        // and a province's departments (`TTr-STC`, `BC-STP`, `KH-SGDĐT`): every province has them.
        if code.hasPrefix("ubnd") || code.hasPrefix("hdnd") || code == "ub" || code.hasPrefix("ub-") || code == "ctubnd" { return true }
        // An office's letter names the body first and its division after (`5120/UBND-VX`, `1360/STC-NS`).
        let first = id.typeCode.folded
        return isDepartmentCode(code) || first == "ubnd" || first == "hdnd" || isDepartmentCode(first)
    }

    /// A provincial department's code (folded): `S` and the department's initials, `stc`, `snv`,
    /// `skhdt`, `snnptnt`, alone or before a division (`stc-ns`).
    static func isDepartmentCode(_ code: String) -> Bool {
        let head = code.prefix { $0 != "-" }
        return head.count >= 3 && head.count <= 8 && head.first == "s" && head.allSatisfy { $0.isLetter }
    }

    /// The period a date falls in, as written in keys (`XIII`, `2020-2025`, `2019`).
    static func periodName(_ id: DocumentID, on date: SimpleDate?) -> String? {
        switch period(of: id) {
        case .term: return date.flatMap { TermCalendar.term(on: $0, of: id) }
        case .localTerm:
            let grassroots = TypeCodes.partyCommittee(ofCode: id.issuerCode)?.level == .grassroots
            return date.map { TermCalendar.localTerm(on: $0, grassroots: grassroots) }
        case .year: return date.map { String($0.year) }
        case .none: return nil
        }
    }

    /// Everything of the key before the period: `12-kh/tu@nghe an#`, `28-nq/tw#`, `98/2014/nd-cp`.
    static func prefix(_ id: DocumentID, place: String?) -> String {
        let placed = isPlaced(id) ? "@\(place?.folded ?? "?")" : ""
        return id.key + placed + (period(of: id) == .none ? "" : "#")
    }

    /// The full key; `period` overrides the one the date gives (a term stated as `khóa XIII`).
    static func key(_ id: DocumentID, place: String?, date: SimpleDate?, period stated: String? = nil) -> String {
        let p = prefix(id, place: place)
        guard self.period(of: id) != .none else { return p }
        return p + (stated ?? periodName(id, on: date) ?? "?")
    }

    /// The level of a Party issuer code: `TU`, `BTCTU` → province; `HU`, `BTCHU`, `QU` → district.
    static func codeTier(_ code: String) -> IssuingBody.Tier? {
        switch TypeCodes.partyCommittee(ofCode: code)?.level {
        case .central: return .central
        case .province: return .province
        case .district: return .district
        case .grassroots, nil: return nil
        }
    }

    /// Where a citation's local number lives, seen from the citing document at `context`.
    ///
    /// The citation's own issuer decides when it names a known place (`của Tỉnh ủy Nghệ An`).
    /// Otherwise a district body's citation of its province's committee (`của Tỉnh ủy`, `Ban Tổ
    /// chức Tỉnh ủy`, `UBND tỉnh`), or a district committee's (`-/HU`) citation of a provincial
    /// number (`-/TU`, `-/BTCTU`), means its own province; anything else is the citing document's
    /// own place. `TU` alone does not say province: a city committee under a province (Thành ủy
    /// Vũng Tàu) numbers its documents `-/TU` too.
    ///
    /// The province of a district is the one of its day: a commune's text of 20/3/2026 placed by its former district
    /// (`ỦY BAN NHÂN DÂN` / `XÃ LỆ THỦY`, red team, round 29, c5) cites the new province's `Ủy ban nhân dân tỉnh`, a number
    /// dated before 1 July 2025 its former province's. `dated` is the citation's date, else the citing document's.
    static func place(citing id: DocumentID, issuer body: IssuingBody?, context: String?, here: AdministrativeUnits.Place?,
                      contextCode: String?, contextBody: IssuingBody?, dated: SimpleDate? = nil) -> String? {
        if let p = body?.administrativePlace { return p.name }
        if let shared = body?.sharedDistrictPlace(province: here?.province ?? context) { return shared }
        guard let context else { return nil }
        guard let here, here.isDistrict else {
            // `… của UBND tỉnh` in a document of a district several provinces name so (`Chợ Mới`):
            // which province is unsaid, and the district's own series is not it.
            if here == nil, body?.tier == .province, AdministrativeUnits.sharedDistrict(named: context) != nil { return nil }
            // `… của UBND huyện` seen from a province's (or a commune's placed only by its province)
            // text: which district is unsaid, and the province's own series is not it.
            if here?.isDistrict == false, body?.tier == .district { return nil }
            return context
        }
        let province = dated.map { $0 >= AdministrativeUnits.reorganisation } == true
            ? AdministrativeUnits.successor(of: here.province) ?? here.province : here.province
        if body?.tier == .province { return province }
        // `… của Đảng ủy Quân sự tỉnh` in a provincial city's committee's text (red team, round 24, c4): a sector's committee
        // named by the tier it serves, with no place of its own, is that tier's: its province.
        if body?.tier == .bloc, let words = body?.place?.split(separator: " "), words.count >= 2, words.last == "tinh" { return province }
        // `của HĐND thành phố`, `UBND thành phố` in a ward's or district's text of a centrally run city: the
        // city's council and committee (red team, round 7); elsewhere `thành phố` may be a provincial city.
        if body?.tier == .city, Self.centrallyRunCities.contains(here.province) { return province }
        // `Công văn số 197/STTTT … của Sở Thông tin và Truyền thông` in a district's or commune's text: a
        // department is the province's, whose numbers are its own.
        if id.form == .state, isDepartmentCode(id.issuerCode.folded) || isDepartmentCode(id.typeCode.folded) { return province }
        // A commune's document is placed by its district (`DocumentIdentity.districtAbove`): what it
        // cites of the province's is the province's, as from the district's own documents.
        let contextIsDistrict = contextCode.flatMap(codeTier) == .district || contextBody?.tier == .district || contextBody?.tier == .commune
        // But a town's or a provincial city's committee numbers `-NQ/TU` as the province's does: a
        // citation naming it (`của Ban Thường vụ Thị ủy`) stays in the district (red-team round 3, repro 06).
        if contextIsDistrict, codeTier(id.issuerCode) == .province, body?.tier != .district { return province }
        return context
    }

    /// The cities under the central government (Law on the Organisation of Local Government; Huế since 2025),
    /// as `AdministrativeUnits` names them.
    static let centrallyRunCities: Set<String> = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thừa Thiên Huế", "Huế"]

    /// The commune whose series a number belongs to, as written (`xã Kim Liên`): a commune's Party
    /// committee (`5-KH/ĐU` of `Đảng ủy xã Kim Liên`) and its People's Committee and Council
    /// (`18/KH-UBND` of `UBND xã Kim Liên`) number their documents in their commune, as a district's
    /// do in their district. The issuer decides; a citation without one (`Kế hoạch số 5-KH/ĐU`) in a
    /// commune body's document is its own commune's. Nil for any other number.
    static func commune(_ id: DocumentID, issuer: String?, contextIssuer: String?) -> String? {
        let grassroots = id.form == .party && TypeCodes.partyCommittee(ofCode: id.issuerCode)?.level == .grassroots
        // A commune has a people's committee and council, no departments (`197/STTTT` is the province's).
        let council = id.form == .state && [id.issuerCode, id.typeCode].contains { code in
            let c = code.folded
            return c.hasPrefix("ubnd") || c.hasPrefix("hdnd") || c == "ub"
        }
        guard grassroots || council else { return nil }
        if var issuer {
            // `của Thường trực Đảng ủy xã` (red team, round 41, c1): the standing members speak in their committee's series.
            if issuer.folded.hasPrefix("thuong truc ") { issuer = issuer.split(separator: " ", maxSplits: 2).dropFirst(2).joined() }
            if let named = communeName(issuer) { return named }
            // `của Ban Chấp hành Đảng bộ xã`, `của UBND xã` in a commune's own text: its own commune,
            // which it need not name (red-team round 3, repros 05 and 17).
            guard IssuingBody(issuer).tier == .commune else { return nil }
        }
        return contextIssuer.flatMap(communeName)
    }

    /// `xã Kim Liên` of `Đảng ủy xã Kim Liên`, `UBND phường 3`, `Ủy ban nhân dân thị trấn Nam Đàn`; nil
    /// when the body is not a commune's or names none.
    static func communeName(_ issuer: String) -> String? {
        let words = FoldedText.tidy(issuer).split(separator: " ")
        let folded = words.map { String($0).folded }
        // Any body of a commune names it (`Ban chỉ huy quân sự phường Thủ Dầu Một`, a ward's military command: red team,
        // round 24, c1b), not only its Party committee, council and people's committee.
        // `thị xã` is a district's tier, not a commune's.
        func communeWord(_ k: Int) -> Bool {
            let w = folded[k]
            return w == "xa" && !(k > 0 && folded[k - 1] == "thi") || w == "phuong" || w == "tran" && k > 0 && folded[k - 1] == "thi"
        }
        let commune = IssuingBody(issuer).tier == .commune
        guard commune || folded.indices.contains(where: communeWord) else { return nil }
        for k in folded.indices where communeWord(k) || commune && folded[k] == "xa" {
            let w = folded[k]
            var name = words[(k + 1)...].prefix { $0.first?.isUppercase == true || $0.first?.isNumber == true }
            // A header read from capitals keeps the place's words in lower case (`… phường thủ dầu một`): to the end.
            if name.isEmpty, k + 1 < words.count, !["cac", "va", "thuoc", "tren", "trong"].contains(folded[k + 1]),
               words[(k + 1)...].allSatisfy({ $0.allSatisfy { !$0.isUppercase } }) {
                name = words[(k + 1)...]
            }
            guard !name.isEmpty else { return nil }
            let kind = w == "tran" ? "thị trấn" : w == "xa" ? "xã" : "phường"
            return "\(kind) \(name.joined(separator: " "))"
        }
        return nil
    }

    /// The place of a document in the corpus: the one its issuer names, else the one its text names most.
    /// A district whose name several provinces share (`UBND huyện Chợ Mới`) is placed by the province
    /// its text names (`Chợ Mới, An Giang`), else keyed by its name alone: its numbers are its own
    /// series either way, never its province's nor an unplaced one.
    static func place(of record: DocumentRecord) -> String? {
        let body = record.issuer.map(IssuingBody.init)
        if let p = body?.administrativePlace { return p.name }
        if let shared = body?.sharedDistrictPlace(province: record.numberingPlace) { return shared }
        guard let l = record.numberingPlace else { return nil }
        return AdministrativeUnits.place(completing: l)?.name ?? l
    }
}

