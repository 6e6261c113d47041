import DocGraph

/// Decides, once and in order, every document of an `OtherHandsCorpus`: issuer, number and
/// date, what it cites, what it revises, and the planted defects. Writing is separate
/// (`OtherHandsCorpus+Text`), so the ground truth never depends on how a text is spelled.
struct OtherHandsPlanner {
    typealias Document = OtherHandsCorpus.Document
    typealias Cite = OtherHandsCorpus.Cite

    let count: Int
    let seed: UInt64
    var rng: SeededGenerator
    var bodies: [OtherHandsBody] = []
    var documents: [Document] = []
    var citations: [[Cite]] = []
    var replaces: [Int: Int] = [:]
    var amends: [Int: Int] = [:]
    var defects: [PlantedDefect] = []

    /// Replaced document → the date its replacement was issued.
    private var replacedOn: [Int: SimpleDate] = [:]
    /// Scope (who may cite whom) → documents in index order.
    private var byScope: [String: [Int]] = [:]
    /// Documents already part of a planted defect.
    private var used: Set<Int> = []

    init(count: Int, seed: UInt64) {
        self.count = count
        self.seed = seed
        rng = SeededGenerator(seed: seed &+ 0x5EC0_4D5A_A4E5)
    }

    mutating func plan() {
        bodies = OtherHandsVocabulary.central + [OtherHandsVocabulary.government]
            + OtherHandsVocabulary.places.flatMap { OtherHandsVocabulary.bodies(of: $0.province, districts: $0.districts) }
        drawDocuments()
        drawRevisions()
        drawCitations()
        plantCycles(max(2, count / 130))
        plantDangling(max(3, count / 80))
        plantDateConflicts(max(3, count / 80))
        plantStaleCitations(max(2, count / 130))
    }

    // MARK: - Documents

    private mutating func drawDocuments() {
        let first = OtherHandsCalendar.dayNumber(SimpleDate(year: 2016, month: 3, day: 1)!)
        let last = OtherHandsCalendar.dayNumber(SimpleDate(year: 2026, month: 10, day: 31)!)
        var counters: [String: Int] = [:]
        for i in 0..<count {
            let b = drawBody()
            let body = bodies[b]
            var date = OtherHandsCalendar.date(first + Int(Double(i) / Double(max(count, 1)) * Double(last - first)))
            // Nobody issues numbered documents while a congress sits: local committees in
            // September of a congress year, the Centre in the week of the national congress.
            if body.isLocal, !body.isState, OtherHandsCalendar.congressYears.contains(date.year), date.month == 9 {
                date = SimpleDate(year: date.year, month: 10, day: 1)!
            }
            if body.isCentralParty, date.year == 2026, date.month == 1, (19...23).contains(date.day) {
                date = SimpleDate(year: 2026, month: 1, day: 24)!
            }
            let type = rng.pick(body.types)
            let number: Int
            let id: String
            switch body.kind {
            case .provincialPeople:
                // One register per year for every kind of paper, so numbers run into the hundreds.
                let key = "\(body.series)|\(date.year)"
                counters[key] = (counters[key] ?? Int(rng.next() % 40)) + 1 + Int(rng.next() % 30)
                number = counters[key]!
                id = type.code == "QĐ" ? "\(number)/\(date.year)/QĐ-UBND" : "\(number)/\(type.code)-UBND"
            case .government:
                let key = "CP|\(date.year)"
                counters[key] = (counters[key] ?? 0) + 1 + Int(rng.next() % 8)
                number = counters[key]!
                id = "\(number)/\(date.year)/NĐ-CP"
            default:
                let period = body.isLocal ? String(OtherHandsCalendar.localTerm(date)) : OtherHandsCalendar.centralTerm(date)
                let key = "\(body.series)|\(type.code)|\(period)"
                counters[key, default: 0] += 1
                number = counters[key]!
                id = "\(number)-\(type.code)/\(body.code)"
            }
            documents.append(Document(body: b, type: type, number: number, date: date, subject: rng.pick(OtherHandsVocabulary.subjects),
                                      spacedNumber: rng.chance(0.2), tableHeader: rng.chance(0.5), id: id))
            citations.append([])
        }
    }

    /// Central 12 %, Government 5 %, the rest spread over the provinces' bodies.
    private mutating func drawBody() -> Int {
        let r = Int(rng.next() % 100)
        switch r {
        case 0..<4: return 1          // Politburo
        case 4..<7: return 2          // Secretariat
        case 7..<8: return 0          // Central Committee
        case 8..<12: return 3         // Central Organisation Commission
        case 12..<17: return 4        // Government
        default:
            let local = bodies.indices.filter { bodies[$0].isLocal }
            // Provincial committee and district committees most often.
            let weights = local.map { i -> Int in
                switch bodies[i].kind {
                case .provincialCommittee: return 6
                case .districtCommittee: return 3
                case .provincialPeople: return 5
                default: return 2
                }
            }
            var x = Int(rng.next() % UInt64(weights.reduce(0, +)))
            for (i, w) in zip(local, weights) {
                if x < w { return i }
                x -= w
            }
            return local[0]
        }
    }

    // MARK: - Revisions

    /// A regulation, decision or decree may replace or amend an earlier one of the same body and type.
    private mutating func drawRevisions() {
        var latest: [String: Int] = [:]
        for i in documents.indices {
            let d = documents[i]
            guard d.type.code == "QĐ" || d.type.code == "NĐ" else { continue }
            let key = "\(d.body)|\(d.type.word)"
            if let j = latest[key], replacedOn[j] == nil, documents[j].date < d.date {
                if rng.chance(0.3) {
                    replaces[i] = j
                    replacedOn[j] = d.date
                } else if rng.chance(0.2) {
                    amends[i] = j
                }
            }
            latest[key] = i
        }
    }

    // MARK: - Ordinary citations

    /// Who a body's documents cite: the Centre, its province's committee and commission, its own body.
    private func scopes(of b: Int) -> [String] {
        let body = bodies[b]
        let p = body.province ?? ""
        switch body.kind {
        case .centralCommittee, .politburo, .secretariat, .organisationCommission: return ["central"]
        case .government: return ["government"]
        case .provincialCommittee: return ["central", "\(p)|TU"]
        case .provincialOrganisation: return ["central", "\(p)|TU", "\(p)|BTCTU"]
        case .provincialPeople: return ["government", "\(p)|TU", "\(p)|UBND"]
        case .blocCommittee: return ["central", "\(p)|TU", "\(p)|BTCTU", "\(p)|ĐU"]
        case .districtCommittee: return ["central", "\(p)|TU", "\(p)|BTCTU", "\(p)|HU|\(body.district ?? "")"]
        }
    }

    private func scope(of b: Int) -> String {
        let body = bodies[b]
        let p = body.province ?? ""
        switch body.kind {
        case .centralCommittee, .politburo, .secretariat, .organisationCommission: return "central"
        case .government: return "government"
        case .provincialCommittee: return "\(p)|TU"
        case .provincialOrganisation: return "\(p)|BTCTU"
        case .provincialPeople: return "\(p)|UBND"
        case .blocCommittee: return "\(p)|ĐU"
        case .districtCommittee: return "\(p)|HU|\(body.district ?? "")"
        }
    }

    /// A document `i` may cite as of its date: earlier in the corpus, not dated after it, not
    /// replaced on or before it.
    private func citable(_ j: Int, by i: Int) -> Bool {
        j < i && documents[j].date <= documents[i].date && (replacedOn[j].map { $0 > documents[i].date } ?? true)
    }

    private mutating func drawCitations() {
        for i in documents.indices {
            let d = documents[i]
            let state = bodies[d.body].isState
            var chosen: Set<Int> = []
            if let j = replaces[i] { chosen.insert(j) }
            if let j = amends[i] { chosen.insert(j) }
            let k = 1 + Int(rng.next() % 4)
            for n in 0..<k {
                guard let j = pickTarget(for: i, avoiding: chosen) else { continue }
                chosen.insert(j)
                let phrase: Cite.Phrase = state ? .basedOn : (n == 0 ? .implements : rng.pick([.basedOn, .continues, .references, .implements]))
                citations[i].append(Cite(target: j, dangling: nil, phrase: phrase, form: Int(rng.next() % 100), wrongDate: nil,
                                         issuerName: Int(rng.next() % 8)))
            }
            byScope[scope(of: d.body), default: []].append(i)
        }
    }

    /// A recent citable document of one of the scopes `i` may cite.
    private mutating func pickTarget(for i: Int, avoiding: Set<Int>) -> Int? {
        let options = scopes(of: documents[i].body)
        for _ in 0..<6 {
            let list = byScope[rng.pick(options)] ?? []
            guard !list.isEmpty else { continue }
            let recent = list.suffix(40)
            let j = recent[recent.startIndex + Int(rng.next() % UInt64(recent.count))]
            // The same number as the citing document's own reads as the document naming itself.
            if citable(j, by: i), !avoiding.contains(j), documents[j].id != documents[i].id { return j }
        }
        return nil
    }

    // MARK: - Planted defects

    /// Two or three documents of one scope; the earliest cites the latest (with its right date),
    /// closing a chain of implements/basedOn/amends.
    private mutating func plantCycles(_ n: Int) {
        var planted = 0
        let scopes = byScope.keys.sorted().filter { !$0.hasPrefix("government") }
        var attempts = 0
        while planted < n, attempts < 200 {
            attempts += 1
            let members = (byScope[rng.pick(scopes)] ?? []).filter { !used.contains($0) && replacedOn[$0] == nil && !bodies[documents[$0].body].isState }
            let size = 2 + planted % 2
            guard members.count > size * 3 else { continue }
            let start = Int(rng.next() % UInt64(members.count - size * 3))
            let chain = (0..<size).map { members[start + $0 * 3] }   // increasing index and date
            guard zip(chain, chain.dropFirst()).allSatisfy({ documents[$0].date < documents[$1].date }),
                  Set(chain.map { documents[$0].id }).count == size else { continue }
            // Each later member rests on the one before it; the first cites the last.
            for (a, b) in zip(chain, chain.dropFirst()) {
                let phrase: Cite.Phrase = planted % 3 == 2 && documents[a].body == documents[b].body ? .amends : rng.pick([.implements, .basedOn])
                citations[b].removeAll { $0.target == a }
                citations[b].append(Cite(target: a, dangling: nil, phrase: phrase, form: Int(rng.next() % 100), wrongDate: nil, issuerName: Int(rng.next() % 8)))
            }
            let first = chain[0], last = chain[size - 1]
            citations[first].append(Cite(target: last, dangling: nil, phrase: .basedOn, form: Int(rng.next() % 100), wrongDate: nil, issuerName: Int(rng.next() % 8)))
            used.formUnion(chain)
            defects.append(PlantedDefect(kind: .cycle, ids: chain.map { documents[$0].id }, files: chain.map(path),
                                         note: "\(documents[first].id) (\(documents[first].date)) cites the later \(documents[last].id) (\(documents[last].date))"))
            planted += 1
        }
    }

    /// A citation of a number that no document of that series ever had.
    private mutating func plantDangling(_ n: Int) {
        var planted = 0, attempts = 0
        while planted < n, attempts < 200 {
            attempts += 1
            let x = Int(rng.next() % UInt64(count))
            guard !used.contains(x) else { continue }
            let citing = documents[x]
            let options = scopes(of: citing.body).filter { !(byScope[$0] ?? []).isEmpty }
            guard let scope = options.isEmpty ? nil : rng.pick(options), let model = byScope[scope]?.first else { continue }
            let body = bodies[documents[model].body]
            let type = rng.pick(body.types)
            let date = OtherHandsCalendar.date(OtherHandsCalendar.dayNumber(citing.date) - 20 - Int(rng.next() % 200))
            let id: String
            switch body.kind {
            case .provincialPeople: id = type.code == "QĐ" ? "\(7000 + planted)/\(date.year)/QĐ-UBND" : "\(7000 + planted)/\(type.code)-UBND"
            case .government: id = "\(700 + planted)/\(date.year)/NĐ-CP"
            default: id = "\(900 + planted)-\(type.code)/\(body.code)"
            }
            let name = body.citedNames[Int(rng.next() % UInt64(body.citedNames.count))]
            citations[x].append(Cite(target: nil, dangling: (id, type, date, name), phrase: bodies[citing.body].isState ? .basedOn : .implements,
                                     form: Int(rng.next() % 100), wrongDate: nil, issuerName: 0))
            used.insert(x)
            defects.append(PlantedDefect(kind: .dangling, ids: [id], files: [path(x)], note: "\(id) of \(date) cited, no such document"))
            planted += 1
        }
    }

    /// A citation of a corpus document with a date other than its own: mostly a slip of days
    /// within the same numbering period; once, where possible, the right day of the wrong year,
    /// which falls in a term where no document has that number.
    private mutating func plantDateConflicts(_ n: Int) {
        var planted = 0, attempts = 0
        while planted < n, attempts < 400 {
            attempts += 1
            let x = Int(rng.next() % UInt64(count))
            guard !used.contains(x), let j = pickTarget(for: x, avoiding: Set(citations[x].compactMap(\.target))), !used.contains(j) else { continue }
            let right = documents[j].date
            var wrong: SimpleDate?
            let crossTerm = planted == 0 && attempts < 150
            if crossTerm {
                guard bodies[documents[j].body].isCentralParty else { continue }
                // The year before: another term, where this number does not exist.
                if let w = SimpleDate(year: right.year - 1, month: right.month, day: right.day),
                   OtherHandsCalendar.centralTerm(w) != OtherHandsCalendar.centralTerm(right),
                   !documents.contains(where: { $0.id == documents[j].id && OtherHandsCalendar.centralTerm($0.date) == OtherHandsCalendar.centralTerm(w) }) {
                    wrong = w
                }
            } else {
                let shift = (3 + Int(rng.next() % 40)) * (rng.chance(0.5) ? 1 : -1)
                let w = OtherHandsCalendar.date(OtherHandsCalendar.dayNumber(right) + shift)
                if w != right, w <= documents[x].date, samePeriod(w, right, body: bodies[documents[j].body]) { wrong = w }
            }
            guard let wrong else { continue }
            citations[x].append(Cite(target: j, dangling: nil, phrase: bodies[documents[x].body].isState ? .basedOn : .implements,
                                     form: Int(rng.next() % 100), wrongDate: wrong, issuerName: Int(rng.next() % 8)))
            used.insert(x)
            defects.append(PlantedDefect(kind: .dateConflict, ids: [documents[j].id], files: [path(x)],
                                         note: "\(documents[j].id) cited as of \(wrong), is of \(right)"))
            planted += 1
        }
    }

    private func samePeriod(_ a: SimpleDate, _ b: SimpleDate, body: OtherHandsBody) -> Bool {
        if body.isState { return a.year == b.year }
        if body.isLocal { return OtherHandsCalendar.localTerm(a) == OtherHandsCalendar.localTerm(b) }
        return OtherHandsCalendar.centralTerm(a) == OtherHandsCalendar.centralTerm(b)
    }

    /// A document dated after a replacement that still rests on the replaced document.
    private mutating func plantStaleCitations(_ n: Int) {
        var planted = 0
        for (replaced, since) in replacedOn.sorted(by: { $0.key < $1.key }) where planted < n && !used.contains(replaced) {
            let scope = self.scope(of: documents[replaced].body)
            let later = documents.indices.filter { x in
                x > replaced && documents[x].date > since && !used.contains(x) && replaces[x] != replaced && amends[x] != replaced
                    && documents[x].id != documents[replaced].id
                    && scopes(of: documents[x].body).contains(scope)
            }
            guard !later.isEmpty else { continue }
            let x = later[Int(rng.next() % UInt64(later.count))]
            let by = replaces.first { $0.value == replaced }!.key
            citations[x].append(Cite(target: replaced, dangling: nil, phrase: bodies[documents[x].body].isState ? .basedOn : .implements,
                                     form: Int(rng.next() % 100), wrongDate: nil, issuerName: Int(rng.next() % 8)))
            used.formUnion([x, replaced])
            defects.append(PlantedDefect(kind: .staleCitation, ids: [documents[replaced].id], files: [path(x)],
                                         note: "\(documents[replaced].id) cited on \(documents[x].date), replaced by \(documents[by].id) on \(since)"))
            planted += 1
        }
    }

    private func path(_ i: Int) -> String { String(format: "s%03d/%06d.txt", i / 1000, i) }
}

/// The generator's own calendar: day numbers, Party terms, local terms.
enum OtherHandsCalendar {
    /// Years of provincial congresses; local numbering restarts on 1 October after them.
    static let congressYears: Set<Int> = [2015, 2020, 2025]

    /// Central terms by the day their congress closed.
    static func centralTerm(_ d: SimpleDate) -> String {
        if d >= SimpleDate(year: 2026, month: 1, day: 23)! { return "XIV" }
        if d >= SimpleDate(year: 2021, month: 2, day: 1)! { return "XIII" }
        if d >= SimpleDate(year: 2016, month: 1, day: 28)! { return "XII" }
        return "XI"
    }

    static func localTerm(_ d: SimpleDate) -> Int {
        let base = d.year - ((d.year - 2015) % 5 + 5) % 5
        return d.year == base && d.month < 10 ? base - 5 : base
    }

    /// Days since 1 January 2000.
    static func dayNumber(_ d: SimpleDate) -> Int {
        var n = 0
        for y in 2000..<d.year { n += isLeap(y) ? 366 : 365 }
        for m in 1..<d.month { n += SimpleDate.daysIn(month: m, year: d.year) }
        return n + d.day - 1
    }

    static func date(_ n: Int) -> SimpleDate {
        var y = 2000, n = n
        while n >= (isLeap(y) ? 366 : 365) { n -= isLeap(y) ? 366 : 365; y += 1 }
        var m = 1
        while n >= SimpleDate.daysIn(month: m, year: y) { n -= SimpleDate.daysIn(month: m, year: y); m += 1 }
        return SimpleDate(year: y, month: m, day: n + 1)!
    }

    private static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
}
