import DocGraph
import GRDB

/// Which stored identity keys name one law: a law's number (`45/2013/qh13`) and the name-and-year
/// keys (`luat dat dai#2013`) that `GraphBuilder` resolves to it (`LawAliases`).
///
/// `GraphPatch` rebuilds the keys a change reaches; a law cited by number in one file and by name
/// in another is one node, so its keys are rebuilt together or the part would lose the other's edges.
struct LawFamilies {
    private var aliasesOfNumber: [String: Set<String>] = [:]
    private var numbersOfAlias: [String: Set<String>] = [:]

    /// Every law named with its number in the index: citations of a law's number that name it, and
    /// corpus laws with a number and a title.
    static func read(_ db: Database) throws -> LawFamilies {
        var families = LawFamilies()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT DISTINCT cited, cited_key, subject FROM citations
             WHERE cited_form = 'state' AND cited_type = '' AND cited_year IS NOT NULL AND subject IS NOT NULL
            UNION SELECT DISTINCT doc_id, doc_key, title FROM documents
             WHERE doc_form = 'state' AND doc_type = '' AND doc_year IS NOT NULL AND title IS NOT NULL
            """)
        while let r = try rows.next() {
            guard let written: String = r[0], let key: String = r[1], let id = DocumentID(parsing: written),
                  let alias = LawAliases.key(id: id, name: r[2]) else { continue }
            families.aliasesOfNumber[key, default: []].insert(alias)
            families.numbersOfAlias[alias, default: []].insert(key)
        }
        return families
    }

    /// Whether any of `keys` may be a law's (a number of the National Assembly or its Standing
    /// Committee, or a law's name): only such keys have relatives, so a change whose keys are none
    /// reads no family (the reading scans every law citation of the index).
    static func mayConcern(_ keys: Set<String>) -> Bool {
        keys.contains { key in
            key.contains("qh") || ["luat ", "bo luat ", "phap lenh ", "hien phap"].contains { key.hasPrefix($0) }
        }
    }

    /// The keys of the same law as `key`, `key` excluded.
    func relatives(of key: String) -> Set<String> {
        var out = aliasesOfNumber[key] ?? []
        for n in numbersOfAlias[key] ?? [] {
            out.insert(n)
            out.formUnion(aliasesOfNumber[n] ?? [])
        }
        out.remove(key)
        return out
    }

    /// `relatives` of every key given.
    func relatives(of keys: Set<String>) -> Set<String> {
        keys.reduce(into: Set<String>()) { $0.formUnion(relatives(of: $1)) }.subtracting(keys)
    }
}
