/// Whether a document's issuer may be the body an obligation names (`Ủy ban Kiểm tra Huyện ủy xây
/// dựng kế hoạch …`): a committee's plan is not its commissions' nor its People's Committee's, and a
/// district's plan is not its communes' (red-team round 5). A body named too loosely to tell
/// (`Các cơ quan, đơn vị`, `các sở, ban, ngành`), or a document whose issuer is unknown, may be any.
enum ObligationActor {
    static func mayHaveWritten(_ document: IssuingBody?, for actor: IssuingBody) -> Bool {
        guard let document else { return true }
        // `Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo xây dựng kế hoạch …`, `Đảng đoàn Hội đồng nhân
        // dân tỉnh …`: the Party's cell in a body leads, and the plan is the body's (`…/KH-UBND`) or the cell's
        // own (`…-KH/BCSĐ`) (red team, round 14, repro 03).
        if case .other(let named) = actor.organ, let led = ledBody(named) {
            return actor.isCompatible(with: document) || mayHaveWritten(document, for: led)
        }
        // `Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch …`: since 2025 the Party committee in a People's
        // Committee or Council, in place of its Ban cán sự đảng or Đảng đoàn, leads as they did (red team, round 16).
        if case .partyCommittee = actor.organ, actor.tier == .bloc, let place = actor.place, let led = workplace(place) {
            return actor.isCompatible(with: document) || mayHaveWritten(document, for: led)
        }
        if case .other(let named) = actor.organ {
            // `Chi cục Chăn nuôi và Thú y xây dựng kế hoạch …` names one body (red team, round 6): a People's
            // Committee's or a Party committee's plan is not its. Loose names (`các sở, ban, ngành`) may be any.
            guard !isLoose(named), case .other = document.organ else { return isLoose(named) }
            return actor.isCompatible(with: document)
        }
        // A name this reader does not know may be the actor's, written otherwise; a cell, a union, a department, the police
        // or a unit of them is a body of its own (red team, round 23: a chi bộ's and the police union's plans met the
        // obligations of the Party committee's Standing Committee, its Inspection Commission and the Youth Union).
        if case .other(let named) = document.organ { return !Self.ownBodyHeads.contains { named == $0 || named.hasPrefix($0 + " ") } }
        if isPartyCommittee(actor.organ) {
            guard isPartyCommittee(document.organ) else { return false }
        } else if document.organ != actor.organ {
            return false
        }
        // `Đảng ủy các xã, thị trấn`, `UBND các huyện`: every body of that tier, each in its own place.
        if let plural = actor.pluralTier {
            return document.tier.map { sameTier($0, plural) || plural == .district && $0 == .city && isCityInProvince(document.place) } ?? true
        }
        if let a = actor.tier, let d = document.tier, !sameTier(a, d) { return false }
        if let a = actor.place, let d = document.place, !(a == d || a.hasPrefix(d + " ") || d.hasPrefix(a + " ")) { return false }
        return true
    }

    /// The body a Party cell or Party group named (folded) works in: `ban can su dang uy ban nhan dan tinh`
    /// → the province's People's Committee, `dang doan hoi dong nhan dan tinh` → its People's Council. Nil
    /// for any other name, or for a cell whose body is not said.
    static func ledBody(_ named: String) -> IssuingBody? {
        for cell in IssuingBodies.partyCells where named.hasPrefix(cell.folded + " ") {
            let body = IssuingBody(String(named.dropFirst(cell.folded.count + 1)))
            if case .other(let rest) = body.organ, rest.isEmpty || isLoose(rest) { return nil }
            return body
        }
        return nil
    }

    /// The name of the body a Party cell, group or committee named as written works in (`Đảng đoàn HĐND tỉnh` →
    /// `HĐND tỉnh`, `Đảng ủy Ủy ban nhân dân tỉnh` → `Ủy ban nhân dân tỉnh`), or nil for any other name: a row whose lead
    /// unit is the cell is written by its body as often as by the cell (red team, round 16).
    static func ledBodyName(_ written: String) -> String? {
        let folded = written.folded, words = written.split(separator: " ")
        for cell in IssuingBodies.partyCells where folded.hasPrefix(cell.folded + " ") && ledBody(folded) != nil {
            return words.dropFirst(cell.folded.split(separator: " ").count).joined(separator: " ")
        }
        if folded.hasPrefix("dang uy "), workplace(String(folded.dropFirst("dang uy ".count))) != nil {
            return words.dropFirst(2).joined(separator: " ")
        }
        return nil
    }

    /// The state body or Front a bloc's Party committee is named after (`dang uy` + `uy ban nhan dan tinh`), or nil.
    static func workplace(_ place: String) -> IssuingBody? {
        let body = IssuingBody(place)
        switch body.organ {
        case .peoplesCommittee, .peoplesCouncil: return body
        case .massOrganisation(let o) where o == .fatherlandFront: return body
        default: return nil
        }
    }

    /// How the names of bodies of their own begin (folded): a Party cell, a union, a department or its branch, the
    /// police, a military command, a school or hospital.
    static let ownBodyHeads = ["chi bo", "cong doan", "so", "chi cuc", "cuc", "phong", "cong an", "ban chi huy", "bo chi huy",
                               "truong", "benh vien", "trung tam"]

    /// A name too loose to tell one body (folded): none, or bodies in the plural (`cac so, ban, nganh`,
    /// `cac co quan, don vi`, `thu truong cac don vi`).
    private static func isLoose(_ named: String) -> Bool {
        named.isEmpty || named.hasPrefix("cac ") || named.contains(" cac ") || named.contains(",")
    }

    /// A committee at any level with its standing and executive committees: the Politburo and the
    /// Secretariat lead for the Central Committee.
    private static func isPartyCommittee(_ organ: IssuingBody.Organ) -> Bool {
        switch organ {
        case .centralCommittee, .politburo, .secretariat, .partyCommittee: true
        case .commission, .peoplesCommittee, .peoplesCouncil, .government, .primeMinister, .nationalAssembly, .massOrganisation, .other: false
        }
    }

    /// `Thành ủy Cẩm Phả`, `UBND thành phố Cẩm Phả`: a city under a province is one of `các huyện, thị xã, thành phố`
    /// (red team, round 17); Hà Nội, Hồ Chí Minh City and the other centrally run cities are provinces' peers.
    private static func isCityInProvince(_ place: String?) -> Bool {
        guard let place, !place.isEmpty, !place.hasPrefix("cac ") else { return false }
        return !AdministrativeLevel.centralCities.contains { place.hasPrefix($0) }
    }

    /// A province and a centrally run city are one level.
    private static func sameTier(_ a: IssuingBody.Tier, _ b: IssuingBody.Tier) -> Bool {
        a == b || (a == .province && b == .city) || (a == .city && b == .province)
    }
}
