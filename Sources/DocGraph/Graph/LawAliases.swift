/// A law cited by number and by name is one document: `Luật Đất đai số 45/2013/QH13` in one text
/// and `Luật Đất đai năm 2013` (or `… ngày 29 tháng 11 năm 2013`) in another are both 45/2013/QH13.
///
/// The table is read from the corpus before any citation is resolved: every citation of a law's
/// number that names the law (`Citation.subject`, see `LawName`) and every law in the corpus with
/// its own number and title give the name and the number's year. A name and year that two numbers
/// claim stays unresolved (which law it is, is not said).
public enum LawAliases {
    /// The named key (`luat dat dai#2013`) of a law cited by `id` under `name`, or nil when the
    /// id is no law's number or the name no law's.
    public static func key(id: DocumentID, name: String?) -> String? {
        // Cheapest first: it runs for every citation of the corpus.
        guard let name, id.form == .state, id.typeCode.isEmpty, let year = id.year, id.isLawLevel else { return nil }
        let named = DocumentID(named: "\(name) năm \(year)")
        guard named.isLawLevel, named.key.contains("#") else { return nil }
        return named.key
    }

    static func table(_ corpus: CorpusExtraction) -> [String: DocumentID] {
        var table: [String: DocumentID] = [:]
        var claimedTwice: Set<String> = []
        func add(_ id: DocumentID, _ name: String?) {
            guard let key = key(id: id, name: name) else { return }
            if let known = table[key], known != id { claimedTwice.insert(key) }
            table[key] = id
        }
        for file in corpus.files {
            for d in file.documents { if let id = d.id { add(id, d.title) } }
            for c in file.citations { add(c.id, c.subject) }
        }
        for key in claimedTwice { table[key] = nil }
        return table
    }
}
