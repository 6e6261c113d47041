/// `metadata-conflict`: one document cited with different dates, issuers or terms, or as
/// Quy định in one place and Quyết định in another; or cited unlike its own header (its date, issuer,
/// or kind: `Chương trình số 18-KH/TU` of a Kế hoạch).
public struct MetadataConflictRule: CheckRule {
    public let id = RuleID.metadataConflict
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "One document cited with different dates, issuers, terms or type words."

    public init() {}

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        var findings: [Finding] = []
        // Names repeat (`Ban Thường vụ Tỉnh ủy` thousands of times): each is read once.
        // So are an issuer's normalized form and a type word's folded one; keyed by their bytes
        // (`SpellingKey`, as `StringPool` keys its members), as hashing a Vietnamese `String` normalizes it first.
        var bodies: [SpellingKey: IssuingBody] = [:]
        func body(_ name: String) -> IssuingBody {
            if let b = bodies[SpellingKey(name)] { return b }
            let b = IssuingBody(name)
            bodies[SpellingKey(name)] = b
            return b
        }
        var normalizedNames: [SpellingKey: String] = [:]
        func normalized(_ name: String) -> String {
            if let n = normalizedNames[SpellingKey(name)] { return n }
            let n = IssuingBodies.normalized(name)
            normalizedNames[SpellingKey(name)] = n
            return n
        }
        var foldedWords: [SpellingKey: String] = [:]
        func folded(_ word: String) -> String {
            if let f = foldedWords[SpellingKey(word)] { return f }
            let f = word.folded
            foldedWords[SpellingKey(word)] = f
            return f
        }
        // Nodes are read in place (`withUnsafeBufferPointer`): copying a `DocumentNode`, or its id,
        // to ask one field retains every string it holds (100,000 nodes and 738,000 observations
        // at 100,000 documents).
        // Whether observations agree among themselves was decided as they were added (`CitedFacts`):
        // only a node's own header is compared here, and the observations of the few that disagree walked.
        let facts = graph.allCitedFacts
        let alike: [Bool] = graph.nodes.withUnsafeBufferPointer { nodes in
            nodes.indices.map { i in
                guard facts[i].numbered else { return true }
                return Self.citedAlike(nodes, i, facts[i], body: body)
            }
        }
        for i in graph.nodes.indices where !alike[i] {
            // Most documents are cited alike everywhere: those are passed over without a dictionary.
            let node = graph.nodes[i]
            let n = NodeIndex(i)
            let obs = node.observations
            // Places are kept as observations' positions and read only for a finding: a document most of
            // the corpus cites holds tens of thousands of observations, and copying each place retained
            // its file's name once a field (perf, 16,000 plan-heavy documents).
            func locs(_ members: [Int32]) -> [SourceLocation] { members.map { obs[Int($0)].location } }
            // Each field is grouped by its spellings first (`DistinctSpellings`: a document most of
            // the corpus cites holds 90,000 observations and a handful of spellings), then by
            // what the finding compares (a date, a normalized name, a folded type word), so that
            // hashing and normalizing run once a spelling rather than once an observation. The
            // groups are the dictionaries' entries as they were made observation by observation:
            // each keeps the first spelling and key met, and its places in the observations' order.
            // Dates.
            var dateValues: [SimpleDate] = [], dateMembers: [[Int32]] = [], dateNumbers: [SimpleDate: Int] = [:]
            var lastDate = -1
            for k in obs.indices {
                guard let d = obs[k].date else { continue }
                if lastDate < 0 || dateValues[lastDate] != d {
                    let known = dateValues.count <= DistinctSpellings.linearLimit ? dateValues.firstIndex(of: d) : dateNumbers[d]
                    if let known {
                        lastDate = known
                    } else {
                        dateValues.append(d)
                        dateMembers.append([])
                        lastDate = dateValues.count - 1
                        if dateValues.count == DistinctSpellings.linearLimit + 1 {
                            for (j, v) in dateValues.enumerated() { dateNumbers[v] = j }
                        } else if dateValues.count > DistinctSpellings.linearLimit + 1 {
                            dateNumbers[d] = lastDate
                        }
                    }
                }
                dateMembers[lastDate].append(Int32(k))
            }
            var dates: [SimpleDate: [Int32]] = [:]
            for j in dateValues.indices { dates[dateValues[j]] = dateMembers[j] }
            if node.inCorpus, let own = node.date, !dates.isEmpty, dates.keys.contains(where: { $0 != own }) {
                let wrong = dates.filter { $0.key != own }
                for (d, members) in wrong.sorted(by: { $0.key < $1.key }) {
                    let locations = locs(members)
                    findings.append(finding(.dateUnlikeHeader(document: graph.short(n), own: own, cited: d),
                                            at: locations.first, related: Array(locations.dropFirst()) + [graph.source(n)].compactMap { $0 }))
                }
            } else if dates.count > 1 {
                let sorted = dates.sorted { $0.key < $1.key }.map { (key: $0.key, value: locs($0.value)) }
                let described = sorted.map { FindingMessage.CitedValue($0.key, count: $0.value.count, first: $0.value[0]) }
                findings.append(finding(.severalDates(document: graph.short(n), dates: described),
                                        at: sorted.flatMap(\.value).min { $0.sourceLine < $1.sourceLine },
                                        related: sorted.flatMap(\.value).sorted { $0.sourceLine < $1.sourceLine }))
            }
            // Issuers: several names of one body agree (`Huyện ủy X`, `Ban Thường vụ Huyện ủy`); different bodies do not.
            // A group is a normalized name (equal as `String`s, as a dictionary's keys are), with the
            // first spelling met under it and the places of all of them.
            var issuerSpellings = DistinctSpellings()
            var groupOfSpelling: [Int] = []
            var groupKeys: [String] = [], groupFirst: [String] = [], groupMembers: [[Int32]] = []
            for k in obs.indices {
                guard let s = obs[k].issuer else { continue }
                let j = issuerSpellings.number(s)
                if j == groupOfSpelling.count {
                    let key = normalized(s)
                    if let g = groupKeys.firstIndex(of: key) {
                        groupOfSpelling.append(g)
                    } else {
                        groupKeys.append(key)
                        groupFirst.append(s)
                        groupMembers.append([])
                        groupOfSpelling.append(groupKeys.count - 1)
                    }
                }
                groupMembers[groupOfSpelling[j]].append(Int32(k))
            }
            var issuers: [String: (String, [Int32])] = [:]
            for g in groupKeys.indices { issuers[groupKeys[g]] = (groupFirst[g], groupMembers[g]) }
            if let own = node.issuer, node.inCorpus {
                let ownBody = body(own)
                for (key, (s, members)) in issuers.sorted(by: { $0.key < $1.key })
                where !body(s).isCompatible(with: ownBody) && !Self.cutShort(key, normalized(own)) {
                    let locations = locs(members)
                    findings.append(finding(.issuerUnlikeHeader(document: graph.short(n), own: own, cited: s),
                                            at: locations.first, related: Array(locations.dropFirst())))
                }
            } else if issuers.count > 1 {
                let names = issuers.sorted { $0.key < $1.key }
                let clash = names.contains { a in names.contains { b in
                    !body(a.value.0).isCompatible(with: body(b.value.0)) && !Self.cutShort(a.key, b.key)
                } }
                if clash {
                    let described = names.map { FindingMessage.CitedValue($0.value.0, count: $0.value.1.count, first: obs[Int($0.value.1[0])].location) }
                    // The first place by line and column: two names cited on one line would otherwise
                    // anchor the finding at whichever the dictionary yields first, from run to run.
                    findings.append(finding(.severalIssuers(document: graph.short(n), issuers: described),
                                            at: names.flatMap { locs($0.value.1) }.min { ($0.sourceLine, $0.column) < ($1.sourceLine, $1.column) }))
                }
            }
            // Terms: the distinct ones (equal as `String`s, as a set's members are), the first met of each.
            var termSpellings = DistinctSpellings()
            var terms: [String] = []
            for k in obs.indices {
                guard let t = obs[k].term else { continue }
                let before = termSpellings.values.count
                if termSpellings.number(t) == before, !terms.contains(t) { terms.append(t) }
            }
            if terms.count > 1 {
                findings.append(finding(.severalTerms(document: graph.short(n), terms: terms.sorted()),
                                        at: obs.first { $0.term != nil }?.location, related: obs.filter { $0.term != nil }.map(\.location)))
            }
            // Quy định vs Quyết định under the shared code QĐ: the places of each, by the folded word.
            var wordSpellings = DistinctSpellings()
            var kindOfSpelling: [Int] = []
            var asQuyDinh: [Int32] = [], asQuyetDinh: [Int32] = []
            for k in obs.indices {
                guard let w = obs[k].typeWord else { continue }
                let j = wordSpellings.number(w)
                if j == kindOfSpelling.count {
                    let f = folded(w)
                    kindOfSpelling.append(f == "quy dinh" ? 1 : f == "quyet dinh" ? 2 : 0)
                }
                switch kindOfSpelling[j] {
                case 1: asQuyDinh.append(Int32(k))
                case 2: asQuyetDinh.append(Int32(k))
                default: break
                }
            }
            if !asQuyDinh.isEmpty, !asQuyetDinh.isEmpty {
                findings.append(finding(.quyDinhAndQuyetDinh(document: graph.short(n), asQuyDinh: asQuyDinh.count, asQuyetDinh: asQuyetDinh.count),
                                        at: asQuyetDinh.first.map { obs[Int($0)].location }, related: locs(asQuyDinh)))
            } else if node.inCorpus, let own = node.typeWord, let unlike = Self.unlikeOwnKind(folded(own)) {
                // `Quy định số 512/QĐ-SNN` of a text whose header says QUYẾT ĐỊNH (red team, round 6).
                let cited = locs(unlike.folded == "quy dinh" ? asQuyDinh : asQuyetDinh)
                if !cited.isEmpty {
                    findings.append(finding(.typeUnlikeHeader(document: graph.short(n), own: own, cited: unlike.written),
                                            at: cited.first, related: Array(cited.dropFirst())))
                }
            }
            // `Thực hiện Chương trình số 18-KH/TU …` of a text whose header says KẾ HOẠCH (red team, round 26, c6): the kind
            // the citation gives is neither the header's nor its number's.
            if node.inCorpus, let own = node.typeWord, let id = node.id, Self.kindOfCode(own, id) {
                var against: [Int32] = []
                var spelled: String?
                for k in obs.indices {
                    guard let w = obs[k].typeWord, !SpellingKey.sameBytes(w, own), Self.kindAgainstCode(folded(w), id) else { continue }
                    against.append(Int32(k))
                    if spelled == nil { spelled = w }
                }
                if let spelled {
                    let cited = locs(against)
                    findings.append(finding(.typeUnlikeCode(document: graph.short(n), own: own, cited: spelled.sentenceCased),
                                            at: cited.first, related: Array(cited.dropFirst())))
                }
            }
        }
        return findings
    }

    /// Whether one name (normalized) is the other cut inside a word: `Bộ trư` and `Bộ trưởng Bộ GD&ĐT`
    /// (real: an excerpt of Phú Thọ 335/KH-UBND that stops mid-word). A text that stops there says
    /// nothing of the body, so it contradicts none.
    static func cutShort(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
        guard !short.isEmpty, long.hasPrefix(short), let next = long.utf8.dropFirst(short.utf8.count).first,
              let last = short.utf8.last else { return false }
        return ByteReader.isAlnum(next) && ByteReader.isAlnum(last)
    }

    /// True when no finding can stand on the node: every observation gives the same date, issuer,
    /// term and type word (byte for byte, or none), and the header does not contradict them.
    /// Each branch of `check` needs two different values, or one unlike the header, to speak.
    static func citedAlike(_ nodes: UnsafeBufferPointer<DocumentNode>, _ i: Int, body: (String) -> IssuingBody) -> Bool {
        citedAlike(nodes, i, CitedFacts.of(nodes[i]), body: body)
    }

    /// ``citedAlike(_:_:body:)`` given the node's ``CitedFacts`` (kept up as the graph was built).
    static func citedAlike(_ nodes: UnsafeBufferPointer<DocumentNode>, _ i: Int, _ facts: CitedFacts, body: (String) -> IssuingBody) -> Bool {
        guard !facts.disagree else { return false }
        guard nodes[i].inCorpus else { return true }
        if let own = nodes[i].date, let date = facts.date, date != own { return false }
        if let own = nodes[i].issuer, facts.issuer >= 0, let cited = nodes[i].observations[Int(facts.issuer)].issuer,
           !body(cited).isCompatible(with: body(own)) { return false }
        if let own = nodes[i].typeWord, facts.typeWord >= 0, let cited = nodes[i].observations[Int(facts.typeWord)].typeWord {
            if let unlike = unlikeOwnKind(own.folded), cited.folded == unlike.folded { return false }
            // Most citations spell the kind as the header does: only another spelling is folded and asked.
            if !SpellingKey.sameBytes(cited, own), let id = nodes[i].id, kindOfCode(own, id), kindAgainstCode(cited.folded, id) { return false }
        }
        return true
    }

    /// Whether a header's type word is the kind its number's code says (`Kế hoạch` of `18-KH/TU`): then a citation
    /// giving another kind (``kindAgainstCode(_:_:)``) is the slip.
    static func kindOfCode(_ own: String, _ id: DocumentID) -> Bool {
        !id.typeCode.isEmpty && TypeCodes.code(forWord: own) == id.typeCode
    }

    /// Whether a kind a citation gives (folded) is another than the kind its number's code says: `chuong trinh` for
    /// `18-KH/TU`. Not where one code may carry both kinds (`QĐ`, asked above; a joint circular or resolution cited
    /// without `liên tịch`; a notice of conclusions cited as `Kết luận`), nor for a letter (`Công văn`, which clerks give
    /// any dispatched text), nor for a kind no code names.
    static func kindAgainstCode(_ folded: String, _ id: DocumentID) -> Bool {
        guard let code = TypeCodes.code(forWord: folded), code != id.typeCode, code != "CV", id.typeCode != "CV",
              TypeCodes.typeWord[id.typeCode] != nil else { return false }
        return !kindsOneCodeMayCarry.contains([code, id.typeCode])
    }

    private static let kindsOneCodeMayCarry: [Set<String>] = [["TT", "TTLT"], ["NQ", "NQLT"], ["KL", "TB"]]

    /// The kind a citation may give a document against its header's under the shared code `QĐ`: a
    /// Quyết định cited as Quy định, or the other way; nil for every other kind.
    static func unlikeOwnKind(_ own: String) -> (folded: String, written: String)? {
        switch own {
        case "quy dinh": return ("quyet dinh", "Quyết định")
        case "quyet dinh": return ("quy dinh", "Quy định")
        default: return nil
        }
    }
}

extension RuleID {
    /// `metadata-conflict`: see ``MetadataConflictRule``.
    public static let metadataConflict: RuleID = "metadata-conflict"
}
