/// Finds the document that fulfils a task's announced document (issue #11 item 5): the announced
/// type, the expected issuer (the one the task names, else the planner or the task's lead unit),
/// dated after the plan, and a subject sharing at least 60 % of the announced subject's words.
///
/// It used to visit every node for every plan, folding and splitting each node's text per pair:
/// O(plans × nodes × text), 159 s for 8,000 plan-heavy documents (issue #12). Now each node's
/// words are folded once into interned ids, nodes are indexed by (type code, word), and a plan
/// scores only the nodes that share one of its rarest words (a node that shares none of them
/// cannot reach 60 %). Plans with the same type and subject (a task repeated in many plans)
/// share one scored candidate list, grouped by issuer and sorted by date, so that a plan looks
/// up its best candidate after its date with a binary search.
struct AnnouncedMatcher {
    private let graph: DocumentGraph
    private var vocabulary: [String: Int32] = [:]
    /// Each node's word ids, sorted and unique.
    private var nodeWords: [[Int32]] = []
    /// The instrument each decision's title issues (`Quyết định ban hành Quy chế …`: `QC`), posted under that
    /// type as well as its own; nil for every other node.
    private var nodeInstruments: [String?] = []
    /// The word pairs of each such decision's title (``pairs(_:)``), sorted; empty for every other node.
    private var instrumentPairs: [[Int64]] = []
    /// Each node that may not stand for an announced Quy định: a decision whose title names none (``IssuedInstrument``).
    private var nodeIsOtherDecision: [Bool] = []
    /// Each node's issuer: an id of its name folded and without the trailing `Đảng`.
    private var nodeIssuers: [Int32?] = []
    /// `placed(_:in:)` of each issuer and place met, made once.
    private var placedIDs: [PlacedName: Int32] = [:]
    /// Keyed by the names' bytes (`SpellingKey`): hashing a Vietnamese `String` normalises it first, and
    /// every plan asks one or two (perf, 16,000 plan-heavy documents: dictionary lookups were a fifth of `match`).
    private struct PlacedName: Hashable { var issuer: SpellingKey; var locality: SpellingKey? }
    /// Issuer names as written → ids, and ids → normalised names: a plan's expected issuers and
    /// each candidate group's issuer are compared once per pair of ids, not once per plan.
    private var issuerIDs: [String: Int32] = [:]
    private var normalizedIDs: [String: Int32] = [:]
    private var issuerNames: [String] = []
    /// Each issuer id's body, read from its name once: the pairs below are many more than the
    /// names (callgrind, 100 plan-heavy documents: reading a body per pair was 53 M instructions,
    /// a sixth of `overdue-plan`).
    private var issuerBodies: [IssuingBody?] = []
    /// `compatible(a, b)` of each pair asked, by the ids themselves (`PairAnswers`: one open table). A
    /// dictionary keyed by the pair was asked ten times a plan, once for each group of candidates
    /// (callgrind, 1,000 plan-heavy documents: 544,736 lookups, 78 M); a row for each expected issuer,
    /// as long as the issuer ids met, grew with the square of the issuers (callgrind: 5.8× the
    /// instructions for 4× the documents).
    private var compatibility = PairAnswers()
    /// A subject as written → its key and the document it says is revised, for the many plans
    /// that repeat one task (the revised document was read from the subject for every plan:
    /// callgrind, 300 plan-heavy documents, 90 M instructions, a sixth of `overdue-plan`).
    private var subjectKeys: [SubjectKey.Source: Int32] = [:]
    /// What is known of each subject met, by its index: asked once a subject, not once a plan
    /// (callgrind, 1,000 plan-heavy documents: `carriesOutAlone` read every plan's subject again,
    /// 150 M instructions for 120 subjects, and the candidate lists were looked up by their words'
    /// key, 58 M).
    private var subjects: [SubjectEntry] = []
    private struct SubjectEntry {
        var key: SubjectKey
        var target: DocumentID?
        /// ``carriesOutAlone(_:)`` of the subject.
        var alone: Bool
        /// The scored candidates of `key`, once asked.
        var groups: [CandidateGroup]?
        /// The candidates that amend another candidate (``amendments(of:)``), made with `groups`.
        var amending: Set<NodeIndex> = []
    }
    /// The expected issuers of the plans of the last planner asked, by what they are made of (the
    /// issuer the task names and its lead unit): a planner's plans follow one another and repeat a
    /// few lead units (callgrind, 1,000 plan-heavy documents: 52,000 plans, 8,700 instructions each
    /// to read the bodies and place the names again). At most `plannerMemory` kinds a planner.
    private var plannerExpected: (planner: NodeIndex, kinds: [(issuer: String?, leadUnit: String?, ids: [Int32])]) = (NodeIndex(0), [])
    private static let plannerMemory = 64
    /// What the last planner's memory misses, remembered for the whole corpus by the planner's kind (its
    /// issuer and place, numbered once a planner) and the plan's issuer and lead unit by their bytes: half
    /// the plans missed the planner's memory (each row of a table names its own lead unit), 27,000 of 52,000
    /// plans on 1,000 plan-heavy documents, read anew (156 M instructions); the corpus repeats 1,100 kinds.
    /// `remembers` off reads every plan's anew (the form both memories stand for).
    private var expectedByKind: [ExpectedKind: [Int32]] = [:]
    private struct ExpectedKind: Hashable {
        var planner: Int32
        var issuer: SpellingKey?
        var leadUnit: SpellingKey?
    }
    /// Each planner node's kind (its issuer and place), numbered when first asked; -1 not asked.
    private var plannerKinds: [Int32] = []
    private var plannerKindNumbers: [PlannerKind: Int32] = [:]
    private struct PlannerKind: Hashable { var issuer: SpellingKey?; var locality: SpellingKey? }
    var remembers = true
    /// `carriesOutPlanner(_:plannerType:)` of each subject and planner type met.
    private var carriesOut: [CarriesOutKey: Bool] = [:]
    /// ``ObligationActor/mayHaveWritten(_:for:)`` of each lead unit naming many bodies and issuer id asked.
    private var manyFits: [ManyFitKey: Bool] = [:]
    private struct ManyFitKey: Hashable { var lead: SpellingKey; var issuer: Int32 }
    /// How many documents of each kind each planner announces, counted once when first asked: a
    /// document that carries out its planner fulfils an announcement alone only when it is the
    /// planner's one announcement of that kind.
    /// By planner index, a short list: a dictionary of dictionaries keyed by the type code hashed a `String`
    /// twice a plan (callgrind, 1,000 plan-heavy documents: 74 M instructions for 52,000 plans).
    private var announcedKinds: [[(typeCode: String, count: Int32)]]?
    private struct CarriesOutKey: Hashable { var subject: Int32; var plannerType: String }
    private var postings: [PostingKey: [NodeIndex]] = [:]
    private var candidates: [SubjectKey: [CandidateGroup]] = [:]

    /// A node that has a word, among the nodes of one type.
    private struct PostingKey: Hashable {
        var typeCode: String
        var word: Int32
    }

    /// The plans that share a candidate list: one type, one set of subject words.
    private struct SubjectKey: Hashable {
        var typeCode: String
        var words: [Int32]
        var unknownWords: Int
        /// ``pairs(_:)`` of the subject: a decision found through the instrument it issues must share its order too.
        var pairs: [Int64]

        /// A subject as written with its type, by its bytes (`SpellingKey`: a subject is a long
        /// Vietnamese text, and hashing it as a `String` normalises it first).
        struct Source: Hashable {
            var typeCode: String
            var subject: SpellingKey
        }
    }

    /// A node whose subject matches well enough, with its score.
    private struct Candidate {
        var node: NodeIndex
        var date: SimpleDate?
        var score: Double

        /// Higher score first; among equals, the lower node index (the earlier in the corpus).
        func isBetter(than other: Candidate) -> Bool {
            score != other.score ? score > other.score : node < other.node
        }
    }

    /// Candidates of one issuer: dated ones sorted by date, with the best of each suffix, so
    /// that the best candidate after a date is one binary search away.
    private struct CandidateGroup {
        var issuer: Int32?
        var dated: [Candidate]
        var bestFrom: [Int32]
        var undated: [Candidate]

        init(issuer: Int32?, _ all: [Candidate]) {
            self.issuer = issuer
            dated = all.filter { $0.date != nil }.sorted { ($0.date!, $0.node) < ($1.date!, $1.node) }
            undated = all.filter { $0.date == nil }
            bestFrom = [Int32](repeating: 0, count: dated.count)
            var best = -1
            for i in dated.indices.reversed() {
                if best < 0 || dated[i].isBetter(than: dated[best]) { best = i }
                bestFrom[i] = Int32(best)
            }
        }

        /// The first position dated on or after `date`.
        func firstIndex(onOrAfter date: SimpleDate) -> Int {
            var lo = 0, hi = dated.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if dated[mid].date! < date { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        /// The best dated candidate from position `start` on, other than `excluded` and those `skipped`.
        func best(from start: Int, excluding excluded: NodeIndex, skipping skipped: Set<NodeIndex> = []) -> Candidate? {
            guard start < dated.count else { return nil }
            // An amendment of another candidate is passed over for the next best (rare: a scan).
            if !skipped.isEmpty { return dated[start...].filter { $0.node != excluded && !skipped.contains($0.node) }.min { $0.isBetter(than: $1) } }
            let b = dated[Int(bestFrom[start])]
            if b.node != excluded { return b }
            // The planner itself scored best (a plan announcing a plan on its own subject): rare, scan.
            return dated[start...].filter { $0.node != excluded }.min { $0.isBetter(than: $1) }
        }
    }

    init(_ graph: DocumentGraph) {
        self.graph = graph
        nodeWords.reserveCapacity(graph.nodes.count)
        nodeIssuers.reserveCapacity(graph.nodes.count)
        // The word ids of each text met, by its bytes: a document cited in many places is quoted
        // with the same words again and again, and folding each quote was a sixth of `overdue-plan`
        // (callgrind, 1,000 plan-heavy documents). A text's words enter the vocabulary the first time
        // it is read, so the ids are those reading every text gives.
        var textWords: [SpellingKey: [Int32]] = [:]
        // Fields read in place: a copy of a node (or of an observation) retains every string it holds.
        for i in graph.nodes.indices {
            var ids: Set<Int32> = []
            func add(_ text: String) {
                let k = SpellingKey(text)
                if let known = textWords[k] {
                    for id in known { ids.insert(id) }
                    return
                }
                var found: [Int32] = []
                Self.forEachWord(text) { w in
                    let id = vocabulary[w] ?? { let id = Int32(vocabulary.count); vocabulary[w] = id; return id }()
                    ids.insert(id)
                    found.append(id)
                }
                textWords[k] = found
            }
            let typeCode = graph.nodes[i].typeCode
            if typeCode != nil {
                if let t = graph.nodes[i].title { add(t) }
                for j in graph.nodes[i].observations.indices { add(graph.nodes[i].observations[j].text) }
            }
            let sorted = ids.sorted()
            nodeWords.append(sorted)
            if let issuer = graph.nodes[i].issuer { nodeIssuers.append(placedIssuerID(issuer, in: graph.nodes[i].locality)) } else { nodeIssuers.append(nil) }
            var instrument: String?
            var otherDecision = false
            if typeCode == "QĐ", let title = graph.nodes[i].title {
                let issued = IssuedInstrument.read(title: title)
                instrument = issued?.typeCode
                // A Party `QĐ` is a Quy định or a Quyết định on its subject (the Politburo's `Quyết định … về công tác cán
                // bộ`); the state's regulations are only ever attached to a decision.
                otherDecision = graph.nodes[i].id?.form == .state
                    && !IssuedInstrument.mayStandForRegulation(word: graph.nodes[i].typeWord, title: title, issued: issued)
            }
            nodeInstruments.append(instrument)
            instrumentPairs.append(instrument != nil && instrument != typeCode ? graph.nodes[i].title.map { pairs($0) } ?? [] : [])
            nodeIsOtherDecision.append(otherDecision)
            for code in [typeCode, instrument == typeCode ? nil : instrument] {
                guard let code else { continue }
                for w in sorted { postings[PostingKey(typeCode: code, word: w), default: []].append(NodeIndex(i)) }
            }
        }
    }

    /// The document that fulfils a plan's announced document, or one that may.
    mutating func match(_ plan: PlannedDocument, planDate p: SimpleDate?) -> Fulfilment? {
        let a = plan.announced
        // Read once: a subject held as a place in the task's text is made a string at each reading.
        let announcedSubject = a.subject
        let source = SubjectKey.Source(typeCode: a.typeCode, subject: SpellingKey(announcedSubject ?? ""))
        let subjectIndex: Int32
        if let known = subjectKeys[source] { subjectIndex = known } else {
            let want = Set(Self.words(source.subject.text))
            let known = want.compactMap { vocabulary[$0] }.sorted()
            let key = SubjectKey(typeCode: a.typeCode, words: known, unknownWords: want.count - known.count, pairs: pairs(source.subject.text))
            // `Thông tư sửa đổi, bổ sung Thông tư số 11/2021/TT-BYT`: an announced revision is fulfilled by
            // a document that revises that one, not by any of the issuer's on the subject (red-team round 3,
            // repro 09).
            subjectIndex = Int32(subjects.count)
            subjects.append(SubjectEntry(key: key, target: Self.revisedTarget(announcedSubject), alone: Self.carriesOutAlone(announcedSubject), groups: nil))
            subjectKeys[source] = subjectIndex
        }
        let s = Int(subjectIndex)
        if subjects[s].alone { return matchCarryingOut(plan, planDate: p) }
        guard !subjects[s].key.words.isEmpty || subjects[s].key.unknownWords > 0 else { return nil }
        let target = subjects[s].target
        let groups: [CandidateGroup]
        if let known = subjects[s].groups { groups = known } else {
            let key = subjects[s].key
            if let known = candidates[key] { groups = known } else {
                groups = scored(key)
                candidates[key] = groups
            }
            subjects[s].groups = groups
            subjects[s].amending = amendments(of: groups)
        }
        let amending = subjects[s].amending

        // The planner's fields read in place: a copy of its node retains every string it holds.
        let plannerTypeCode = graph.nodes[Int(plan.planner)].typeCode
        let expectedKeys = expectedIssuers(plan)
        var confirmed: Candidate?
        var unconfirmed: (Candidate, Fulfilment.Doubt)?
        // Asked once a subject and planner type: many plans repeat one task (callgrind, 100 plan-heavy
        // documents: 5,168 readings of 120 subjects, 66 M instructions, a fifth of `overdue-plan`). The
        // subject is known by its index among the subjects met, not hashed again.
        let carriesOutPlanner: Bool
        if let subject = announcedSubject, let plannerType = plannerTypeCode {
            let key = CarriesOutKey(subject: subjectIndex, plannerType: plannerType)
            if let known = carriesOut[key] { carriesOutPlanner = known } else {
                carriesOutPlanner = Self.carriesOutPlanner(subject, plannerType: plannerType)
                carriesOut[key] = carriesOutPlanner
            }
        } else { carriesOutPlanner = false }
        let graph = self.graph
        let announcesRegulation = IssuedInstrument.isRegulation(a)
        let nodeIsOtherDecision = self.nodeIsOtherDecision
        func consider(_ c: Candidate?, _ doubt: Fulfilment.Doubt?) {
            guard let c else { return }
            if announcesRegulation, nodeIsOtherDecision[Int(c.node)] { return }
            // `Quyết định sửa đổi, bổ sung một số điều của Quyết định số 34/2024/QĐ-UBND … về bồi thường …` repeats the
            // subject of the regulation it amends (red team 45 c4: the late amendment was taken for the announced
            // regulation, issued in time): an amendment of another candidate is not the new document.
            if target == nil, amending.contains(c.node) { return }
            // `Đảng ủy các xã xây dựng kế hoạch thực hiện Chỉ thị`: a plan that carries out this directive, not
            // any plan carrying out some directive (red-team round 5).
            if carriesOutPlanner, !graph.outgoing(c.node).contains(where: { e in
                let edge = graph.edges[Int(e)]
                return edge.to == plan.planner && edge.relation.isImplementing
            }) { return }
            if let target, !graph.outgoing(c.node).contains(where: { e in
                let edge = graph.edges[Int(e)]
                return edge.relation.isRevision && graph.nodes[Int(edge.to)].id.map { $0.key == target.key } == true
            }) { return }
            if let doubt {
                if unconfirmed == nil || c.isBetter(than: unconfirmed!.0) { unconfirmed = (c, doubt) }
            } else if confirmed == nil || c.isBetter(than: confirmed!) {
                confirmed = c
            }
        }
        for g in groups {
            let issuerDoubt: Fulfilment.Doubt?
            if let issuer = g.issuer {
                if expectedKeys.isEmpty { issuerDoubt = .planIssuerUnknown }
                else {
                    var fits = false
                    for e in expectedKeys where compatible(e, issuer) { fits = true; break }
                    // A plan of one of many bodies the task leads counts once it carries out the planner (`consider`).
                    if !fits, carriesOutPlanner, let lead = plan.leadUnit { fits = isOneOf(lead, issuer) }
                    guard fits else { continue }  // another body's document
                    issuerDoubt = nil
                }
            } else {
                issuerDoubt = .issuerUnknown
            }
            for u in g.undated where u.node != plan.planner { consider(u, issuerDoubt ?? .undated) }
            guard let p else {
                consider(g.best(from: 0, excluding: plan.planner, skipping: target == nil ? amending : []), issuerDoubt ?? .planUndated)
                continue
            }
            let start = g.firstIndex(onOrAfter: p)
            var after = start
            while after < g.dated.count, g.dated[after].date! == p {
                let n = g.dated[after].node
                if n != plan.planner { consider(g.dated[after], issuerDoubt ?? (graph.carriesOut(n, plan.planner) ? nil : .sameDay)) }
                after += 1
            }
            consider(g.best(from: after, excluding: plan.planner, skipping: target == nil ? amending : []), issuerDoubt)
        }
        if let c = confirmed { return .confirmed(c.node) }
        // `KẾ HOẠCH khắc phục hạn chế theo Thông báo số 45-TB/ĐU` for the notice's `Chi bộ Sở Y tế xây dựng kế hoạch
        // khắc phục hạn chế trong sinh hoạt chuyên đề` (red team, round 13): a document of the announced kind that
        // carries out the announcing one, by a body expected to write it and after it, fulfils the announcement
        // whatever words its title chose.
        // Only when it is the planner's one announcement of that kind: a plan-heavy notice announcing five
        // regulations is not fulfilled five times by one.
        if announcedCount(plan) == 1, case .confirmed(let n)? = matchCarryingOut(plan, planDate: p) { return .confirmed(n) }
        return unconfirmed.map { .unconfirmed($0.0.node, $0.1) }
    }

    /// `xây dựng kế hoạch triển khai, gửi về Ban Thường vụ Tỉnh đoàn`, `xây dựng kế hoạch thực hiện`: a
    /// document that carries out the announcing one and says nothing else of its subject (red team, round 6:
    /// the Youth Union's district committees' plans were overdue for want of the words `gửi về …`).
    static func carriesOutAlone(_ subject: String?) -> Bool {
        // Every verb it asks for opens with `t`: most subjects are passed over before folding (asked once a plan).
        guard let subject, subject.first == "t" || subject.first == "T" else { return false }
        let f = FoldedText(subject)
        var r = ByteReader(f.bytes)
        r.skipSpaces()
        guard let verb = ["trien khai thuc hien", "to chuc thuc hien", "thuc hien", "trien khai"].lazy
            .compactMap({ r.phraseEnd($0, at: r.position) }).first else { return false }
        r.position = verb
        r.skipSpaces()
        if r.atEnd { return true }
        guard r.match(",") else { return false }
        r.skipSpaces()
        return r.matchWord("gui ve") || r.matchWord("gui") || r.matchWord("bao cao")
    }

    /// The bodies that may write a plan's announced document, each placed in the planner's locality: the
    /// issuer the task names, else the planner unless its lead unit acts for itself, and the lead unit.
    /// `Đảng ủy các xã, thị trấn xây dựng kế hoạch …`, `Ủy ban nhân dân huyện xây dựng kế hoạch …` in a
    /// committee's resolution: a body that acts for itself writes the plan, not the planner; a commission
    /// or office (`Văn phòng Huyện ủy chủ trì, tham mưu …`) prepares what the planner issues.
    /// Each name is placed once (`placedIssuerID`), not once a plan: 23,000 places looked up and bodies
    /// asked for 7,700 plans of 300 plan-heavy documents (callgrind, 87 M).
    private mutating func expectedIssuers(_ plan: PlannedDocument) -> [Int32] {
        let planner = Int(plan.planner)
        let plannerIssuer = graph.nodes[planner].issuer, locality = graph.nodes[planner].locality
        guard remembers else {
            return Self.expectedIssuers(plan, plannerIssuer: plannerIssuer, locality: locality) { placedIssuerID($0, in: $1) }
        }
        if plannerExpected.planner != plan.planner { plannerExpected = (plan.planner, []) }
        for kind in plannerExpected.kinds where Self.sameSpelling(kind.leadUnit, plan.leadUnit) && Self.sameSpelling(kind.issuer, plan.announced.issuer) {
            return kind.ids
        }
        if plannerKinds.isEmpty { plannerKinds = [Int32](repeating: -1, count: graph.nodes.count) }
        if plannerKinds[planner] < 0 {
            let k = PlannerKind(issuer: plannerIssuer.map(SpellingKey.init), locality: locality.map(SpellingKey.init))
            plannerKinds[planner] = plannerKindNumbers[k] ?? {
                let n = Int32(plannerKindNumbers.count)
                plannerKindNumbers[k] = n
                return n
            }()
        }
        let kind = ExpectedKind(planner: plannerKinds[planner], issuer: plan.announced.issuer.map(SpellingKey.init), leadUnit: plan.leadUnit.map(SpellingKey.init))
        let ids = expectedByKind[kind] ?? {
            let ids = Self.expectedIssuers(plan, plannerIssuer: plannerIssuer, locality: locality) { placedIssuerID($0, in: $1) }
            expectedByKind[kind] = ids
            return ids
        }()
        if plannerExpected.kinds.count < Self.plannerMemory { plannerExpected.kinds.append((plan.announced.issuer, plan.leadUnit, ids)) }
        return ids
    }

    /// ``expectedIssuers(_:)`` without the memory of the last plan: the form it stands for.
    static func expectedIssuers(_ plan: PlannedDocument, plannerIssuer: String?, locality: String?, placed: (String, String?) -> Int32) -> [Int32] {
        let plannerIssues = plan.leadUnit.map { lead in !Self.actsForItself(IssuingBody(lead), planner: plannerIssuer.map(IssuingBody.init)) } ?? true
        let expected = (plan.announced.issuer.map { [$0] } ?? (plannerIssues ? plannerIssuer.map { [$0] } : nil) ?? []) + (plan.leadUnit.map { [$0] } ?? [])
            + (plan.leadUnit.flatMap(ObligationActor.ledBodyName).map { [$0] } ?? [])
        return expected.map { placed($0, locality) }
    }

    /// Both absent, or the same bytes.
    static func sameSpelling(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return SpellingKey.sameBytes(x, y)
        default: return false
        }
    }

    /// ``match(_:planDate:)`` for a plan that ``carriesOutAlone(_:)``: the documents of the announced type that
    /// implement the planner, by the body expected to write them, dated after the plan.
    mutating func announcedCount(_ plan: PlannedDocument) -> Int32 {
        if announcedKinds == nil {
            var counts = [[(typeCode: String, count: Int32)]](repeating: [], count: graph.nodes.count)
            for plan in graph.plans {
                let p = Int(plan.planner), code = plan.announced.typeCode
                if let k = counts[p].firstIndex(where: { $0.typeCode == code }) { counts[p][k].count += 1 } else { counts[p].append((code, 1)) }
            }
            announcedKinds = counts
        }
        let p = Int(plan.planner), code = plan.announced.typeCode
        guard p < announcedKinds!.count else { return 0 }
        for kind in announcedKinds![p] where kind.typeCode == code { return kind.count }
        return 0
    }

    private mutating func matchCarryingOut(_ plan: PlannedDocument, planDate p: SimpleDate?) -> Fulfilment? {
        let expectedKeys = expectedIssuers(plan)
        let announcesRegulation = IssuedInstrument.isRegulation(plan.announced)
        var unconfirmed: Fulfilment?
        for e in graph.incoming(plan.planner) {
            let edge = graph.edges[Int(e)]
            let n = edge.from
            guard n != plan.planner, edge.modality == .enacted, edge.relation.isImplementing,
                  graph.nodes[Int(n)].typeCode == plan.announced.typeCode || nodeInstruments[Int(n)] == plan.announced.typeCode,
                  !(announcesRegulation && nodeIsOtherDecision[Int(n)]) else { continue }
            guard let issuer = nodeIssuers[Int(n)] else { unconfirmed = unconfirmed ?? .unconfirmed(n, .issuerUnknown); continue }
            guard !expectedKeys.isEmpty else { unconfirmed = unconfirmed ?? .unconfirmed(n, .planIssuerUnknown); continue }
            var fits = false
            for k in expectedKeys where compatible(k, issuer) { fits = true; break }
            if !fits, let lead = plan.leadUnit { fits = isOneOf(lead, issuer) }
            guard fits else { continue }
            guard let p, let d = graph.nodes[Int(n)].date else { unconfirmed = unconfirmed ?? .unconfirmed(n, p == nil ? .planUndated : .undated); continue }
            if d > p { return .confirmed(n) }
            // It carries the planner out (the loop's condition): written after it, though dated the same day.
            if d == p { return .confirmed(n) }
        }
        return unconfirmed
    }

    /// The document an announced subject says is revised: a revision verb at its start (after the
    /// announced type word), then a kind of document and its number (`sửa đổi, bổ sung một số điều
    /// của Thông tư số 19/2022/TT-BYT …`, `thay thế Quyết định số …`); nil for any other subject
    /// (`bổ sung kinh phí thực hiện Nghị quyết số …`, `điều chỉnh kế hoạch đầu tư công …` revise no document).
    /// Whether an announced document's subject carries out the announcing document itself, named by its
    /// kind alone (`kế hoạch thực hiện Chỉ thị` in a directive, `chương trình hành động thực hiện Nghị
    /// quyết` in a resolution), not another by its number.
    static func carriesOutPlanner(_ subject: String?, plannerType: String?) -> Bool {
        guard let subject, let plannerType, let word = TypeCodes.typeWord[plannerType]?.folded else { return false }
        let f = FoldedText(subject)
        var r = ByteReader(f.bytes)
        r.skipSpaces()
        if let e = TypeCodes.words.lazy.compactMap({ r.phraseEnd($0.folded, at: r.position) }).first { r.position = e; r.skipSpaces() }
        guard let verb = ["trien khai thuc hien", "to chuc thuc hien", "thuc hien", "trien khai", "cu the hoa"].lazy
            .compactMap({ r.phraseEnd($0, at: r.position) }).first else { return false }
        r.position = verb
        r.skipSpaces()
        guard let e = r.phraseEnd(word, at: r.position) else { return false }
        r.position = e
        r.skipSpaces()
        if r.phraseEnd("so", at: r.position) != nil { return false }
        return !(r.current.map(ByteReader.isDigit) ?? false)
    }

    static func revisedTarget(_ subject: String?) -> DocumentID? {
        guard let subject else { return nil }
        let f = FoldedText(subject)
        var r = ByteReader(f.bytes)
        func kind() -> Int? { TypeCodes.words.lazy.compactMap { r.phraseEnd($0.folded, at: r.position) }.first }
        r.skipSpaces()
        if let e = kind() { r.position = e; r.skipSpaces() }
        guard let verb = ["sua doi, bo sung", "sua doi bo sung", "sua doi", "bo sung", "thay the", "bai bo"].lazy
            .compactMap({ r.phraseEnd($0, at: r.position) }).first else { return nil }
        r.position = verb
        r.skipSpaces()
        for part in ["mot so dieu, khoan cua", "mot so dieu cua", "mot so noi dung cua", "cua"] {
            if let e = r.phraseEnd(part, at: r.position) { r.position = e; r.skipSpaces(); break }
        }
        guard let e = kind() else { return nil }
        r.position = e
        r.skipSpaces()
        if let so = r.phraseEnd("so", at: r.position) { r.position = so; r.skipSpaces() }
        return IdentifierGrammar.scan(f).first { $0.range.lowerBound == r.position }?.id
    }

    /// Every node of the type whose words cover at least 60 % of the subject's, grouped by issuer.
    private func scored(_ key: SubjectKey) -> [CandidateGroup] {
        let total = key.words.count + key.unknownWords
        // A match shares at least `need` words, so it shares one of any `total - need + 1` of them:
        // the rarest are enough to find every candidate.
        var need = 0
        while Double(need) / Double(total) < 0.6 { need += 1 }
        let probes = total - need + 1 - key.unknownWords
        guard probes > 0 else { return [] }
        let rarest = key.words.sorted { (postings[PostingKey(typeCode: key.typeCode, word: $0)]?.count ?? 0, $0) < (postings[PostingKey(typeCode: key.typeCode, word: $1)]?.count ?? 0, $1) }
            .prefix(probes)
        var seen: Set<NodeIndex> = []
        var byIssuer: [Int32?: [Candidate]] = [:]
        for w in rarest {
            for n in postings[PostingKey(typeCode: key.typeCode, word: w)] ?? [] where seen.insert(n).inserted {
                // A decision issuing a Quy chế on `quản lý, vận hành, khai thác Hệ thống quản lý văn bản và điều hành tỉnh
                // Phú Thọ` shares 60 % of the syllables of `quản lý, vận hành Trung tâm giám sát, điều hành thông minh (IOC)
                // tỉnh Phú Thọ`, not its words (red team 15, the planted overdue Quy chế): the title must hold 60 % of the
                // subject's pairs of syllables. Asked only of a decision found through the instrument it issues, a
                // candidate the plain match never had.
                if graph.nodes[Int(n)].typeCode != key.typeCode, !key.pairs.isEmpty,
                   Self.sharedCount(key.pairs, instrumentPairs[Int(n)]) * 10 < key.pairs.count * 6 { continue }
                let shared = Self.sharedCount(key.words, nodeWords[Int(n)])
                let score = Double(shared) / Double(total)
                guard score >= 0.6 else { continue }
                byIssuer[nodeIssuers[Int(n)], default: []].append(Candidate(node: n, date: graph.nodes[Int(n)].date, score: score))
            }
        }
        return byIssuer.map { CandidateGroup(issuer: $0.key, $0.value) }.sorted { ($0.issuer ?? -1) < ($1.issuer ?? -1) }
    }

    /// The id of an issuer's name, folded and without the trailing `Đảng`.
    /// `Ban Tuyên giáo Tỉnh ủy` in a plan of Nghệ An is Nghệ An's: a local body named without its
    /// place is of the planner's place (its province for a provincial body), so another province's
    /// body of the same name does not fulfil the plan.
    static func placed(_ name: String, in locality: String?) -> String {
        guard let locality, let here = AdministrativeUnits.place(named: locality) else { return name }
        let body = IssuingBody(name)
        guard body.place == nil else { return name }
        switch body.tier {
        case .province, .city: return "\(name) \(here.province)"
        case .district: return here.isDistrict ? "\(name) \(here.name)" : name
        default: return name
        }
    }

    private mutating func placedIssuerID(_ name: String, in locality: String?) -> Int32 {
        let k = PlacedName(issuer: SpellingKey(name), locality: locality.map(SpellingKey.init))
        if let id = placedIDs[k] { return id }
        let id = issuerID(Self.placed(name, in: locality))
        placedIDs[k] = id
        return id
    }

    private mutating func issuerID(_ name: String) -> Int32 {
        if let id = issuerIDs[name] { return id }
        let normalized = IssuingBodies.normalized(name)
        let id = normalizedIDs[normalized] ?? {
            let id = Int32(issuerNames.count)
            issuerNames.append(normalized)
            issuerBodies.append(nil)
            normalizedIDs[normalized] = id
            return id
        }()
        issuerIDs[name] = id
        return id
    }

    /// Whether a lead unit issues its own documents rather than preparing the planner's: a committee,
    /// a people's committee or council, or a mass organisation that is not the planner.
    static func actsForItself(_ lead: IssuingBody, planner: IssuingBody?) -> Bool {
        switch lead.organ {
        case .commission, .other: return false
        case .centralCommittee, .politburo, .secretariat, .partyCommittee, .peoplesCommittee, .peoplesCouncil, .government,
             .primeMinister, .nationalAssembly, .massOrganisation:
            return planner.map { !lead.isCompatible(with: $0) } ?? false
        }
    }

    /// `IssuingBodies.compatible` of two issuers, decided once per pair.
    /// Whether the body of issuer id `issuer` may be one of the many a lead unit names (`Các chi bộ trực thuộc`,
    /// `Đảng ủy các xã, thị trấn`, `UBND các huyện`); false for a lead unit that names one body.
    /// `Các chi bộ trực thuộc xây dựng kế hoạch thực hiện, báo cáo … trước ngày 31/01/2026` (red team, round 25, c8) is
    /// an obligation as well as an announced plan: a chi bộ's plan carrying out the announcing one, in time, met the
    /// obligation (`unmet-obligation` asks `ObligationActor.mayHaveWritten`) while `overdue-plan`, comparing it with
    /// the lead unit's name, called the plan overdue. One sentence, one answer: both rules ask the same question.
    private mutating func isOneOf(_ lead: String, _ issuer: Int32) -> Bool {
        let key = ManyFitKey(lead: SpellingKey(lead), issuer: issuer)
        if let known = manyFits[key] { return known }
        let actor = IssuingBody(lead)
        let many = actor.pluralTier != nil || lead.folded.hasPrefix("cac ")
        let result = many && ObligationActor.mayHaveWritten(body(issuer), for: actor)
        manyFits[key] = result
        return result
    }

    private mutating func compatible(_ a: Int32, _ b: Int32) -> Bool {
        if let known = compatibility.answer(a, b) { return known }
        // `IssuingBodies.compatible`, with each body read once.
        let result = a == b || body(a).isCompatible(with: body(b))
        compatibility.record(a, b, result)
        return result
    }

    private mutating func body(_ id: Int32) -> IssuingBody {
        if let known = issuerBodies[Int(id)] { return known }
        let body = IssuingBody(issuerNames[Int(id)])
        issuerBodies[Int(id)] = body
        return body
    }

    /// The pairs of neighbouring words of a text (``words(_:)``, stop words left out), by their ids, sorted and
    /// unique. A word the vocabulary does not hold (no node's text has it) is given an id of its own below zero, so
    /// that its pairs count in the subject and match no title.
    private func pairs(_ text: String) -> [Int64] {
        var result: Set<Int64> = []
        var unknown: [String: Int32] = [:]
        var previous: Int32?
        Self.forEachWord(text) { w in
            let id = vocabulary[w] ?? unknown[w] ?? { let id = -1 - Int32(unknown.count); unknown[w] = id; return id }()
            if let p = previous { result.insert(Int64(p) << 32 | Int64(UInt32(bitPattern: id))) }
            previous = id
        }
        return result.sorted()
    }

    /// The candidates of `groups` with an enacted amendment of another of them.
    private func amendments(of groups: [CandidateGroup]) -> Set<NodeIndex> {
        var all: Set<NodeIndex> = []
        for g in groups { for c in g.dated { all.insert(c.node) }; for c in g.undated { all.insert(c.node) } }
        guard all.count > 1 else { return [] }
        return all.filter { n in
            graph.outgoing(n).contains { e in
                let edge = graph.edges[Int(e)]
                return edge.relation == .amends && edge.modality == .enacted && edge.to != n && all.contains(edge.to)
            }
        }
    }

    /// How many ids two sorted arrays share.
    private static func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    static let stop: Set<String> = ["ve", "cua", "va", "cac", "trong", "doi", "voi", "the", "hien", "nhung", "cho"]
    private static let stopSpellings: [[UInt8]] = stop.sorted().map { Array($0.utf8) }

    /// Whether a folded word's bytes spell a stop word, asked before the word is made a `String`:
    /// on 100 plan-heavy documents `AnnouncedMatcher.init` made and hashed 67,000 words, and hashed
    /// each again to ask `stop` (`TwelfthPassShortcutTests` holds it to `stop.contains`).
    static func isStopWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        guard n >= 2, n <= 5 else { return false }
        for s in stopSpellings where s.count == n && s.elementsEqual(word) { return true }
        return false
    }

    /// The folded words of a text, longer than one letter and not a stop word. Folded text is
    /// ASCII letters and digits for every Vietnamese letter, so words are split on bytes.
    static func words(_ s: String) -> [String] {
        var result: [String] = []
        forEachWord(s) { result.append($0) }
        return result
    }

    /// `words(_:)` handed over one by one, without the array.
    static func forEachWord(_ s: String, _ body: (String) -> Void) {
        forEachFoldedWord(s) { word in
            if !isStopWord(word) { body(String(decoding: word, as: UTF8.self)) }
        }
    }

    /// `words(_:)` as it was: each word made a `String` and asked of `stop`; the form the byte test stands for.
    static func wordsAskingStop(_ s: String) -> [String] {
        var result: [String] = []
        forEachFoldedWord(s) { word in
            let w = String(decoding: word, as: UTF8.self)
            if !stop.contains(w) { result.append(w) }
        }
        return result
    }

    /// The bytes of each word of `s` folded, longer than one letter: ASCII letters and digits (folded text
    /// has one for every Vietnamese letter), split on every other byte.
    private static func forEachFoldedWord(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var folded = s.folded
        folded.withUTF8 { bytes in
            var start = -1
            for i in 0...bytes.count {
                let b: UInt8 = i < bytes.count ? bytes[i] : 0
                let isWordByte = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
                if isWordByte {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    if i - start > 1 { body(UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                    start = -1
                }
            }
        }
    }
}
