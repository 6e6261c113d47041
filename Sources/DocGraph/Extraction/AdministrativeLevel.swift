import Foundation

/// The level of the body that issued a document, as Party and state work is organised:
/// Trung ương, tỉnh/thành phố trực thuộc Trung ương, huyện (district, town, provincial city),
/// cơ sở (commune, ward, grassroots Party organisation).
///
/// `IssuerLevel` (in exports) reads only the issuer code, so `256-KH/TU` of Thành ủy Vũng Tàu is
/// a province there; here a city committee is placed by its city: a centrally run city is a
/// province, a provincial city (Vũng Tàu, Vinh, Hạ Long) a district.
public enum AdministrativeLevel: String, CaseIterable, Sendable, Comparable {
    case central, province, district, grassroots, unknown

    public static func < (a: AdministrativeLevel, b: AdministrativeLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The cities run by the centre; a `Thành ủy` of any other city is at the district level.
    static let centralCities: Set<String> = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue", "thua thien hue"]

    /// Decides from the issuer's name first (it says `Huyện ủy`, `Đảng ủy xã`), then from the
    /// place the document belongs to, then from the issuer code of its number.
    public static func of(issuer: String?, issuerCode: String?, locality: String?) -> AdministrativeLevel {
        let f = issuer.map { " " + $0.folded + " " } ?? ""
        if let issuer, MassOrganisation.mayName(f) {
            let body = IssuingBody(issuer)
            switch body.massOrganisationTier {
            case .central: return .central
            case .province: return .province
            case .city: return cityLevel(body.place ?? locality?.folded ?? "")
            case .district: return .district
            case .commune: return .grassroots
            case .bloc, nil: break
            }
        }
        // People's Councils at each level as their committees (red team, round 11: `Hội đồng nhân dân phường Ninh Hiệp`
        // had no level).
        let grassroots = [" dang uy xa", " dang uy phuong", " dang uy thi tran", " dang bo xa", " dang bo phuong", " chi bo",
                          " ubnd xa", " ubnd phuong", " ubnd thi tran", " uy ban nhan dan xa", " uy ban nhan dan phuong",
                          " hdnd xa", " hdnd phuong", " hdnd thi tran", " hoi dong nhan dan xa", " hoi dong nhan dan phuong",
                          " hoi dong nhan dan thi tran", " dang uy co so",
                          " dang uy dac khu", " ubnd dac khu", " uy ban nhan dan dac khu", " hdnd dac khu", " hoi dong nhan dan dac khu"]
        if grassroots.contains(where: f.contains) { return .grassroots }
        let district = [" huyen uy", " quan uy", " thi uy", " dang bo huyen", " dang bo quan", " dang bo thi xa",
                        " ubnd huyen", " ubnd quan", " ubnd thi xa", " uy ban nhan dan huyen", " uy ban nhan dan quan",
                        " uy ban nhan dan thi xa", " hdnd huyen", " hdnd quan", " hdnd thi xa", " hoi dong nhan dan huyen",
                        " hoi dong nhan dan quan", " hoi dong nhan dan thi xa"]
        if district.contains(where: f.contains) { return .district }
        for city in [" thanh uy", " dang bo thanh pho", " ubnd thanh pho", " uy ban nhan dan thanh pho", " hdnd thanh pho", " hoi dong nhan dan thanh pho"] {
            let parts = f.components(separatedBy: city)
            guard parts.count > 1 else { continue }
            let named = parts[1].trimmingCharacters(in: .whitespaces)
            if !named.isEmpty { return cityLevel(named) }
            if let locality { return cityLevel(locality.folded) }
            return .province
        }
        if [" tinh uy", " dang bo tinh", " ubnd tinh", " uy ban nhan dan tinh", " hdnd tinh"].contains(where: f.contains) { return .province }
        // A number scoped to a place (`-/TU`) whose place is a district-level city.
        if let locality, let place = AdministrativeUnits.place(named: locality), place.isDistrict { return .district }
        switch IssuerLevel.of(issuer: issuer, code: issuerCode) {
        case .central: return .central
        case .province: return .province
        case .city: return .district
        case .unknown: return .unknown
        }
    }

    private static func cityLevel(_ folded: String) -> AdministrativeLevel {
        var name = folded
        for prefix in ["thanh pho ", "tp. ", "tp "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        if centralCities.contains(where: { name.hasPrefix($0) }) { return .province }
        return .district
    }
}
