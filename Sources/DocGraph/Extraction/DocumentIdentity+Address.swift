extension DocumentIdentity {
    /// Where the issuing body sits, the smallest unit first (`DocumentRecord.locality`): `Nghệ An`;
    /// `Tân Kỳ, Nghệ An` for `HUYỆN ỦY TÂN KỲ`; `Dân Lực, Triệu Sơn, Thanh Hóa` for `UBND XÃ DÂN LỰC`
    /// under `UBND HUYỆN TRIỆU SƠN`. Built from what identity already read: the issuer names its own
    /// unit, `numberingPlace` the unit above a commune or the province, the table the province of a
    /// district it knows; only a district body whose header and table name no province asks the text
    /// which province it names most.
    ///
    /// The evaluation's gold writes a district's place so (`Tests/Evaluation/README.md`); the numbering
    /// place alone gave a province or nothing for every one of the 127 district and commune places its
    /// gold states (most of those texts are portal excerpts without a header).
    static func address(of record: DocumentRecord, _ text: FoldedText, lines: Range<Int>, header: [String] = []) -> String? {
        let scope = record.numberingPlace.flatMap(AdministrativeUnits.place(completing:))
        // A province's place as the numbering place spells it; a district's with its province.
        let asNumbered = scope?.isDistrict == true ? Self.written(scope) : record.numberingPlace
        guard let issuer = record.issuer else { return asNumbered }
        let body = IssuingBody(issuer)
        switch body.tier {
        case .district?, .city?:
            if let own = body.administrativePlace {
                // `UBND thành phố Nam Định`: a provincial city of its province's name.
                if !own.isDistrict, let kind = body.unitKind, kind != "tinh", !AdministrativeLevel.centralCities.contains(own.name.folded),
                   let named = Self.writtenPlace(in: issuer, folded: body.place) {
                    return "\(Self.unitWord(kind) ?? "") \(named), \(own.province)".trimmingCharacters(in: .whitespaces)
                }
                return Self.written(own)
            }
            let province = scope.map(\.province) ?? Self.province(ofDistrict: body, text, lines: lines)
            // `Châu Thành`, a district of ten provinces: `Châu Thành, Hậu Giang` when the province is one of them, else alone.
            if let shared = body.sharedDistrictPlace(province: province) { return shared }
            guard let named = Self.writtenPlace(in: issuer, folded: body.place) else { break }
            return [named, province].compactMap { $0 }.joined(separator: ", ")
        case .commune?:
            guard let named = Self.writtenPlace(in: issuer, folded: body.place) else { break }
            // `UBND QUẬN 3` / `UBND PHƯỜNG 1`: a district the table does not know, named over the commune in its header.
            if scope == nil, let above = Self.districtOverCommune(header, text, lines: lines) { return "\(named), \(above)" }
            // A commune alone (`UBND xã Tân Đoàn`, its district unsaid) places nothing: many share a name.
            guard let scope, let above = Self.written(scope) else { break }
            // `PHƯỜNG HẢI CHÂU` placed where the district of its name was (2025): the ward, then the province.
            if scope.isDistrict, scope.name.split(separator: ",").first.map({ String($0).folded }) == named.folded { return "\(named), \(scope.province)" }
            return "\(named), \(above)"
        default:
            break
        }
        return asNumbered
    }

    /// The district a header names over its commune when the table knows no such district (`UBND QUẬN 3` over `UBND
    /// PHƯỜNG 1`), with its province as `province(ofDistrict:)` finds it: `Quận 3, Hồ Chí Minh`.
    private static func districtOverCommune(_ header: [String], _ text: FoldedText, lines: Range<Int>) -> String? {
        for line in header {
            let name = IssuingBodies.canonical(line)
            let body = IssuingBody(name)
            guard body.tier == .district, body.administrativePlace == nil, let district = writtenPlace(in: name, folded: body.place) else { continue }
            return [district, province(ofDistrict: body, text, lines: lines)].compactMap { $0 }.joined(separator: ", ")
        }
        return nil
    }

    /// A place of the table as an address: a province by its name, a district with its province
    /// (`Chợ Mới, An Giang` is written so already).
    private static func written(_ place: AdministrativeUnits.Place?) -> String? {
        guard let place else { return nil }
        if !place.isDistrict || place.name.contains(",") { return place.name }
        return "\(place.name), \(place.province)"
    }

    /// The province of a district body the table does not know (`HĐND quận 2`, `Huyện ủy Đăk Glei`):
    /// the numbered districts are Hồ Chí Minh City's; any other is in the province its text names most.
    private static func province(ofDistrict body: IssuingBody, _ text: FoldedText, lines: Range<Int>) -> String? {
        if body.unitKind == "quan", let place = body.place, place.allSatisfy(\.isNumber) { return "Hồ Chí Minh" }
        guard let named = Locality.find(text, lines: lines), let p = AdministrativeUnits.place(completing: named), !p.isDistrict else { return nil }
        return p.name
    }

    /// The issuer's own words for its folded place (`Phú Lộc` of `Ban Tuyên giáo Huyện ủy Phú Lộc`, `Trung Hà` of `Hội đồng
    /// nhân dân xã Trung Hà Khóa Xxi`, the last the place's words stand in); a numbered unit keeps its kind (`Quận 2`,
    /// `Phường 1`). Nil when the issuer does not hold it.
    static func writtenPlace(in issuer: String, folded place: String?) -> String? {
        guard let place, !place.hasPrefix("cac ") else { return nil }
        let words = issuer.split(separator: " ")
        let n = place.split(separator: " ").count
        guard n > 0, words.count > n,
              let at = stride(from: words.count - n, through: 1, by: -1).first(where: { words[$0..<($0 + n)].joined(separator: " ").folded == place })
        else { return nil }
        let name = words[at..<(at + n)].joined(separator: " ")
        if place.allSatisfy(\.isNumber) {
            return Locality.readable(String(words[at - 1])).capitalisedWords + " " + name
        }
        return Locality.readable(name)
    }

    /// The word a provincial city or town is named with (`Thành phố Nam Định`).
    private static func unitWord(_ kind: String) -> String? {
        switch kind {
        case "thanh-pho": return "Thành phố"
        case "thi-xa": return "Thị xã"
        case "quan": return "Quận"
        case "huyen": return "Huyện"
        default: return nil
        }
    }
}
