/// Why a document named on the command line could not be used.
public enum LookupError: Error, Equatable, CustomStringConvertible {
    case notAnIdentifier(String)
    case unknown(String, suggestions: [String])
    /// Several documents; `hint` says what separates them (place, term, year, date).
    case ambiguous(String, candidates: [String], hint: String)
    /// Part of a title that several documents share; the candidates name them with their files.
    case titleAmbiguous(String, candidates: [String])

    public var description: String {
        switch self {
        case .notAnIdentifier(let text):
            return "'\(text)' is not a document id nor part of a title; write it like 28-NQ/TW, 253-QD/TW or 98/2014/ND-CP"
        case .unknown(let id, let suggestions):
            let hint = suggestions.isEmpty ? "check the number, or add the folder that holds it with --corpus"
                : "did you mean \(suggestions.joined(separator: ", "))?"
            return "no document \(id) in the corpus or its citations; \(hint)"
        case .ambiguous(let id, let candidates, let hint):
            return "\(id) names several documents (\(candidates.joined(separator: "; "))); \(hint)"
        case .titleAmbiguous(let text, let candidates):
            return "'\(text)' matches several documents; give more of the title, or the number:\n  " + candidates.joined(separator: "\n  ")
        }
    }
}

extension DocumentGraph {
    /// Finds the node for an id typed by a user: `28-NQ/TW`, `253-QD/TW`, `21-NQ/TW khóa XIII`,
    /// `21-NQ/TW@2022`, `21-NQ/TW@2022-11-17`, `108-HD/BTCTU@Nghệ An` (or `@nghe an`: a local
    /// number exists in every province at once), or a document's title.
    public func lookup(_ text: String) throws(LookupError) -> NodeIndex {
        let (query, term, year, day, place) = Self.lookupParts(text)
        guard let id = DocumentID(parsing: query) else { return try lookupTitle(text) }
        var found = nodes(for: id)
        if let term { found = found.filter { nodes[Int($0)].term == term } }
        if let year { found = found.filter { nodes[Int($0)].date?.year == year } }
        if let day { found = found.filter { nodes[Int($0)].date == day } }
        if let place {
            // The place as typed, or the province of a district (`@Nghệ An` finds a Quỳnh Lưu plan too).
            found = found.filter { n in
                guard let l = nodes[Int(n)].locality else { return false }
                return l.folded == place || AdministrativeUnits.place(named: l)?.province.folded == place
            }
        }
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            // A corpus document wins over a cited-only node of unknown term.
            let known = found.filter { nodes[Int($0)].term != nil || nodes[Int($0)].inCorpus }
            if known.count == 1 { return known[0] }
            throw .ambiguous(id.description, candidates: found.map { describe($0) }, hint: separation(id, found))
        }
        // Not a known id but part of a title (`Chương trình hành động … Đại hội` reads as a named document).
        if nodes(for: id).isEmpty, term == nil, year == nil, day == nil, place == nil, !nodes(titled: text).isEmpty { return try lookupTitle(text) }
        // The number exists, only not where or when the query said: name those that do.
        let elsewhere = nodes(for: id).map { n -> String in
            let node = nodes[Int(n)]
            if let l = node.locality { return "'\(id)@\(l)'" }
            if let t = node.term { return "'\(id) khóa \(t)'" }
            return node.date.map { "'\(id)@\($0)'" } ?? id.description
        }
        if !elsewhere.isEmpty { throw .unknown(text, suggestions: Array(Set(elsewhere)).sorted().prefix(5).map { $0 }) }
        let suggestions = nodes.compactMap { n -> String? in
            guard let nid = n.id, nid.number == id.number || (nid.typeCode == id.typeCode && nid.issuerCode == id.issuerCode && nid.number.hasPrefix(id.number)) else { return nil }
            return nid.description
        }
        throw .unknown(id.description, suggestions: Array(Set(suggestions)).sorted().prefix(5).map { $0 })
    }

    /// The key of the id a user typed (`lookupKeys` holds each node's), nil when the text names
    /// no id and so only part of a title.
    public static func lookupKey(_ text: String) -> String? { DocumentID(parsing: lookupParts(text).query)?.key }

    /// `21-NQ/TW khóa XIII@2022` as the id's text, the term, and the year, day or place after `@`.
    private static func lookupParts(_ text: String) -> (query: String, term: String?, year: Int?, day: SimpleDate?, place: String?) {
        var query = text.trimmingCharacters(in: " ")
        var term: String?
        var year: Int?
        var day: SimpleDate?
        var place: String?
        if let at = query.lastIndex(of: "@") {
            let after = String(query[query.index(after: at)...]).trimmingCharacters(in: " ")
            if let y = Int(after) { year = y } else if let d = SimpleDate(iso: after) { day = d } else { place = after.folded }
            query = String(query[..<at])
        }
        let words = query.split(separator: " ")
        if words.count >= 3, String(words[words.count - 2]).folded == "khoa" {
            term = words.last!.uppercased()
            query = words.dropLast(2).joined(separator: " ")
        }
        return (query, term, year, day, place)
    }

    /// What tells candidates apart, as a suggestion that names them: the place, the term, the year
    /// or the day; never a year that all of them share.
    func separation(_ id: DocumentID, _ found: [NodeIndex]) -> String {
        let ns = found.map { nodes[Int($0)] }
        let places = ns.compactMap(\.locality)
        if Set(places.map(\.folded)).count > 1 {
            return "add the place, e.g. '\(id)@\(places[0])'"
        }
        let terms = ns.compactMap(\.term)
        if Set(terms).count > 1 { return "add the term, e.g. '\(id) khóa \(terms[0])'" }
        let dates = ns.compactMap(\.date)
        if Set(dates.map(\.year)).count == dates.count, dates.count == ns.count { return "add the year, e.g. '\(id)@\(dates[0].year)'" }
        if Set(dates).count == dates.count, dates.count == ns.count { return "add the date, e.g. '\(id)@\(dates[0])'" }
        // `Báo cáo chính trị`: each is the report of the congress of the text that cites it (`NamedScope`).
        if ns.allSatisfy({ $0.key.contains(" in ") }) {
            let citing = found.compactMap { n in incoming(n).first.map { short(edges[Int($0)].from) } }
            if !citing.isEmpty {
                return "each is the one of the text that cites it (\(citing.joined(separator: ", "))): look it up from that text ('docgraph deps')"
            }
        }
        let files = ns.compactMap { $0.record?.file }
        return "they share place, term and date\(files.isEmpty ? "" : " (\(files.joined(separator: ", ")))"): check the corpus for a copy or a wrong number"
    }

    /// `28-NQ/TW (17/11/2022, khóa XIII)`
    public func describe(_ n: NodeIndex) -> String {
        let node = nodes[Int(n)]
        var parts: [String] = []
        // `Luật Đất đai (29/11/2013)` carries its date in its name already.
        if let d = node.date, !node.name.hasSuffix("(\(d.vietnamese))") { parts.append(d.vietnamese) }
        if let t = node.term { parts.append("khóa \(t)") }
        if let l = node.locality { parts.append(l) }
        return parts.isEmpty ? node.name : "\(node.name) (\(parts.joined(separator: ", ")))"
    }
}
