/// How far a name reaches when it does not say whose document it is.
///
/// Every congress has its political report (`Báo cáo chính trị`) and its review report (`báo cáo
/// kiểm điểm của Ban chấp hành …`), and every district its congress (`Nghị quyết Đại hội Đảng bộ huyện
/// nhiệm kỳ 2020 - 2025`): named so, they are one document only as far as their text reaches. The
/// reports are each citing document's own congress's; a local congress named without its place is the
/// citing document's place's. A name that says whose it is (`Nghị quyết Đại hội Đảng bộ tỉnh Thái
/// Nguyên lần thứ I`, `văn kiện Đại hội XIII`) reaches the whole corpus.
enum NamedScope {
    /// The scope to add to the identity key of `id` cited from `context`, or nil for the whole corpus.
    static func scope(of id: DocumentID, context: DocumentNode) -> String? {
        guard id.form == .named else { return nil }
        let key = id.key
        if NamedDocuments.isCongressReport(id) { return "in " + context.key }
        // `Kế hoạch hành động thực hiện Nghị quyết Đại hội XIV`: every province and district has one, whose number
        // the citing text did not give; `Nghị quyết số 31 ngày 6/9/2016 của HĐND tỉnh`, `Nghị quyết về việc điều chỉnh kế
        // hoạch vốn đầu tư công năm 2022`: the citing text's council's.
        if isPlanByWhatItCarriesOut(key) || isStateNumberedOfUnplacedBody(key) || key.hasPrefix("nghi quyet ve ") || PlanningInstruments.isInstrument(key) {
            return context.locality.map { "@" + $0.folded } ?? "in " + context.key
        }
        guard key.hasPrefix("nghi quyet dai hoi") || key.contains("van kien dai hoi"), let name = id.name, unplacedLocalCongress(name) else { return nil }
        return context.locality.map { "@" + $0.folded } ?? "in " + context.key
    }

    /// `ke hoach hanh dong thuc hien …`, `chuong trinh thuc hien …`, `de an trien khai thuc hien …` (a folded key).
    static func isPlanByWhatItCarriesOut(_ key: String) -> Bool {
        guard let kind = ["ke hoach ", "chuong trinh ", "de an "].first(where: { key.hasPrefix($0) }) else { return false }
        var rest = key.dropFirst(kind.count)
        for aside in ["hanh dong ", "trien khai "] where rest.hasPrefix(aside) { rest = rest.dropFirst(aside.count) }
        return rest.hasPrefix("thuc hien ")
    }

    /// `nghi quyet so 31 ngay 6/9/2016 cua hdnd tinh`: a state body named by its tier only (a folded key).
    static func isStateNumberedOfUnplacedBody(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard words.contains("so"), let cua = words.lastIndex(of: "cua") else { return false }
        let body = words[(cua + 1)...]
        guard let first = body.first, ["hdnd", "ubnd", "hoi", "uy"].contains(first) else { return false }
        return ["tinh", "huyen", "xa", "phuong", "quan", "pho", "tran"].contains(String(body.last ?? ""))
    }

    /// `… Đại hội Đảng bộ huyện nhiệm kỳ …`, `… Đại hội đại biểu Đảng bộ quận lần thứ VIII`, `… Đại hội
    /// Chi bộ nhiệm kỳ …`: a local body named only by its tier (a place's name would be capitalised,
    /// or a number: `Đảng bộ Quận 9`).
    static func unplacedLocalCongress(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        let folded = words.map(\.folded)
        guard let body = folded.indices.first(where: { k in k + 1 < folded.count && (folded[k] == "dang" || folded[k] == "chi") && folded[k + 1] == "bo" }) else { return false }
        var k = body + 2
        // The tier: `tỉnh`, `huyện`, `quận`, `thành phố`, `thị xã`, `xã`, `phường`, `thị trấn`, or none.
        for tier in [["thanh", "pho"], ["thi", "xa"], ["thi", "tran"], ["tinh"], ["huyen"], ["quan"], ["xa"], ["phuong"]] where
            k + tier.count <= folded.count && Array(folded[k..<(k + tier.count)]) == tier {
            k += tier.count
            break
        }
        guard k < words.count else { return true }
        // What follows the tier: the congress's number or term, not a place's name.
        return ["lan", "nhiem", "khoa"].contains(folded[k])
    }
}
