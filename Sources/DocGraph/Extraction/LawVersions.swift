/// A law named without its year stands for the version its own document names with one.
///
/// `Căn cứ Luật Đất đai năm 2013; … theo quy định của Luật Đất đai` cites one law twice: the
/// second mention is the first's law, as a short re-mention (`Quy định 132`) is the full id it
/// stands for. Only a document that names a single version of that law settles it; one that
/// names the laws of 2013 and 2024 leaves its bare mentions as written, and so does a document
/// that names no year (which version `Luật Đất đai` means in another document is not written).
enum LawVersions {
    static func settle(_ citations: inout [Citation], from first: Int) {
        guard first < citations.count else { return }
        // base key (`luat dat dai`) → the one dated version named here, or nil when several are.
        var versions: [String: DocumentID?] = [:]
        var bare = false
        for c in citations[first...] where c.id.form == .named && c.id.isLawLevel {
            guard let hash = c.id.key.firstIndex(of: "#") else { bare = true; continue }
            let base = String(c.id.key[..<hash])
            if let known = versions[base] {
                if let known, known != c.id { versions[base] = .some(nil) }
            } else {
                versions[base] = c.id
            }
        }
        guard bare, !versions.isEmpty else { return }
        func settled(_ id: DocumentID) -> DocumentID? {
            guard id.form == .named, id.isLawLevel, let version = versions[id.key] else { return nil }
            return version
        }
        // The year of each describing citation's date: a law named bare in the description of a
        // document older than the version (`Nghị định số 34/2016/NĐ-CP … thi hành Luật Ban hành văn
        // bản quy phạm pháp luật`, in a 2025 decree that names the law of 2025) is an older version.
        var describedYear: [DocumentID: Int] = [:]
        for c in citations[first...] where !c.isNested { if let y = c.date?.year, describedYear[c.id] == nil { describedYear[c.id] = y } }
        func older(_ c: Citation, than version: DocumentID) -> Bool {
            guard c.isNested, let parent = c.citingDocument, let year = describedYear[parent],
                  let hash = version.key.lastIndex(of: "#"), let versionYear = Int(version.key[version.key.index(after: hash)...]) else { return false }
            return year < versionYear
        }
        for k in first..<citations.count {
            if let version = settled(citations[k].id), !older(citations[k], than: version) { citations[k].id = version }
            if citations[k].isNested, let parent = citations[k].citingDocument, let version = settled(parent) {
                citations[k].citingDocument = version
            }
        }
        // `… thi hành Luật Hộ tịch` read as revised by `Luật Hộ tịch năm 2014` named before it is
        // now the law revising itself: no such citation.
        citations[first...].removeAll { $0.isNested && $0.citingDocument == $0.id }
    }
}
