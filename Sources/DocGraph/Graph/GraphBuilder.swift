#if canImport(Glibc)
import Glibc
#endif

/// Builds the document graph from a corpus extraction, merging documents by identity.
///
/// Identity rules (DESIGN.md §1, `IdentityScope`): central Party numbering restarts every term, so
/// a citation's date or term picks the node; without one, the single candidate is taken, or the
/// nearest earlier one with an `Ambiguity` recorded. Local numbers (`TU`, `HU`, `ĐU`, `UBND`) are
/// scoped to a place (the citation's issuer's, else the citing document's, else its province) and
/// restart with each local term; state numbers without a year restart each year. A citation whose
/// date is wrong in one part (26/6/2025 for 26/6/2026) and so falls in a period where the corpus
/// has no such number goes to the corpus document: the metadata rule then reports the date.
/// Nothing merges silently: a second corpus document with the same identity stays a node of its
/// own (`DuplicateIdentity`). A revision the citing body has no authority for is kept as a
/// reference (`Authority`). A node's metadata comes from its own header when it is in the corpus,
/// else the date most citations give; every citation's statement is kept as an observation.
public struct GraphBuilder {
    private var graph = DocumentGraph()
    private var byKey: [String: NodeIndex] = [:]
    /// (file index, document index) → node.
    private var documentNodes: [[NodeIndex]] = []
    /// (citing document, id key) → the node its last citation of that id went to, so that a
    /// citation nested in another's description (`25-CTr/TU … thực hiện Nghị quyết số 28-NQ/TW`)
    /// hangs from the very node its parent citation was resolved to.
    private var citedHere: [NodeIndex: [String: NodeIndex]] = [:]
    /// Per citing document, the node each id's dated or termed mentions resolved to (nil when they
    /// went to two nodes): an undated mention of the id in the same document is that document.
    private var datedHere: [NodeIndex: [String: NodeIndex?]] = [:]
    /// The same for local numbers cited with their issuer: a mention of the id without issuer or
    /// date in the same document is that document (nil when the stated ones went to two nodes).
    private var issuedHere: [NodeIndex: [String: NodeIndex?]] = [:]
    /// Issuer names and places repeat across a corpus: each is read once (a hot path at 10^6 citations).
    private var bodies: [String: IssuingBody] = [:]
    private var places: [String: AdministrativeUnits.Place?] = [:]
    /// Where each node and edge was made (`GraphOrigins`); the citation being resolved now.
    private var origins = GraphOrigins()
    private var tracing = false
    /// A law's name and year (`luat dat dai#2013`) → its number (`45/2013/QH13`), where the corpus
    /// names a law by both (`LawAliases`).
    private var lawAliases: [String: DocumentID] = [:]
    /// The later documents of each corpus document's identity (`graph.duplicates`), made once the corpus
    /// documents are in, for the citations that tell them apart by date.
    private var sameIdentity: [NodeIndex: [NodeIndex]] = [:]
    private var current = GraphOrigins.Origin(rank: 0, file: 0, position: 0, step: 0)

    public init() {}

    /// Takes the extraction (`consuming`): each file's rows go as soon as the graph has what it
    /// needs of them, so that a corpus is not held twice, as rows and as graph, at the peak of
    /// the build. A caller that keeps its extraction gives a copy, and nothing goes early.
    public static func build(_ corpus: consuming CorpusExtraction) -> DocumentGraph {
        var builder = GraphBuilder()
        return builder.run(corpus)
    }

    /// The graph, and where each of its nodes and edges was made: what an index needs to build
    /// part of a graph again and put it in place (`GraphOrigins`).
    public static func buildWithOrigins(_ corpus: CorpusExtraction) -> (graph: DocumentGraph, origins: GraphOrigins) {
        var builder = GraphBuilder()
        builder.tracing = true
        let graph = builder.run(corpus)
        return (graph, builder.origins)
    }

    private mutating func run(_ corpus: consuming CorpusExtraction) -> DocumentGraph {
        lawAliases = LawAliases.table(corpus)
        // At most one edge a citation: room made once, not doubled as edges are appended (the
        // slack of a doubled array of 1.6 million edges is peak memory).
        graph.edges.reserveCapacity(corpus.files.reduce(0) { $0 + $1.citations.count })
        var files = corpus.files
        _ = consume corpus
        // The corpus's documents' nodes, room made once: they are added while every citation of the
        // extraction is still held, and a doubled array of nodes beside them was the peak of `check`
        // on corpora of short documents (massif, 3,000 other-hands documents). Cited-only nodes are
        // added later, as the citations go.
        let documentCount = files.reduce(0) { $0 + $1.documents.count }
        graph.nodes.reserveCapacity(documentCount)
        graph.citedFacts.reserveCapacity(documentCount)
        // 1. Documents in the corpus, and each file's plans, obligations and stated counts, which
        //    need only its documents' nodes; the file's task rows then go (the largest part of a
        //    plan-heavy extraction: every row, where a plan keeps only its own).
        for f in files.indices {
            var nodes: [NodeIndex] = []
            for (d, record) in files[f].documents.enumerated() {
                current = GraphOrigins.Origin(rank: 0, file: f, position: d, step: 0)
                nodes.append(addCorpusDocument(record))
            }
            documentNodes.append(nodes)
            Self.attachPlans(of: files[f], nodes: nodes, to: &graph)
            files[f].tasks = []
            files[f].heldPlans = []
            files[f].obligations = []
            files[f].statedCounts = []
        }
        Self.returnFreedMemory()
        for d in graph.duplicates { sameIdentity[d.first, default: []].append(d.second) }
        // 2. Citations: dated or termed ones first, so undated ones can pick among known terms;
        // those that name their issuer first, so that a local number named bare (a title's
        // `… ban hành kèm theo Quyết định số 411/2017/QĐ-UBND`) is the one the same document names
        // with its issuer (`… của UBND tỉnh`). A file's citations go once read (those that wait
        // are in `pending`).
        var pending: [(Int, Int, Citation)] = []
        for f in files.indices {
            let lawsByName = Self.lawsByName(files[f].citations, documents: files[f].documents)
            for (k, cited) in files[f].citations.enumerated()
            where !cited.isSelfReference || Self.isAnotherOfTheSameNumber(cited, in: files[f]) || Self.isOwnPlannedReview(cited) {
                var c = cited
                if !lawsByName.isEmpty, c.id.form == .named, let id = lawsByName[c.id.key] ?? nil { c.id = id }
                if IdentityScope.period(of: c.id) != .none && c.term == nil && c.date == nil
                    || IdentityScope.isPlaced(c.id) && c.issuer == nil && c.date == nil {
                    pending.append((f, k, c))
                } else {
                    current = GraphOrigins.Origin(rank: 1, file: f, position: k, step: 0)
                    addCitation(c, fileIndex: f)
                }
            }
            // The file's records are read again by no step after its citations (its nodes hold them).
            files[f].citations = []
            files[f].documents = []
        }
        files = []
        Self.returnFreedMemory()
        for (f, k, c) in pending {
            current = GraphOrigins.Origin(rank: 2, file: f, position: k, step: 0)
            addCitation(c, fileIndex: f)
        }
        pending = []
        settleCitedDates()
        graph.index()
        return graph
    }

    /// Gives the memory of the rows let go back to the system. They were made on the reading
    /// threads, in their own malloc arenas, which the thread building the graph never reuses:
    /// without this, peak memory was extraction plus graph however early the rows went
    /// (glibc: `malloc_trim` releases the free pages of every arena).
    private static func returnFreedMemory() {
        #if canImport(Glibc)
        // `malloc.h` is not in Swift's Glibc module: the function is looked up once.
        _ = mallocTrim?(0)
        #endif
    }

    #if canImport(Glibc)
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif

    /// The plans, obligations and stated counts of the corpus's documents, each hung from the
    /// node of its document (`documentNodes`: per file, per document).
    static func attachPlans(_ corpus: CorpusExtraction, documentNodes: [[NodeIndex]], to graph: inout DocumentGraph) {
        for (f, file) in corpus.files.enumerated() {
            attachPlans(of: file, nodes: documentNodes[f], to: &graph)
        }
    }

    /// One file's part of ``attachPlans(_:documentNodes:to:)``: `nodes` are its documents' nodes.
    ///
    /// A file read for its graph alone holds its plans, not its rows (`keepOnlyWhatTheGraphReads`): the
    /// graph takes their array as it is (`PlannedDocuments`), and the caller lets the file's go. A file
    /// read whole gives a plan for each row that announces a document, a part for each run of rows in
    /// one file.
    static func attachPlans(of file: ExtractedFile, nodes: [NodeIndex], to graph: inout DocumentGraph) {
        if file.heldPlans.allSatisfy({ nodes.indices.contains(Int($0.documentIndex)) }) {
            graph.plans.append(PlannedDocuments.Part(file: file.file, nodes: nodes, plans: file.heldPlans))
        } else {
            graph.plans.append(PlannedDocuments.Part(file: file.file, nodes: nodes,
                                                     plans: file.heldPlans.filter { nodes.indices.contains(Int($0.documentIndex)) }))
        }
        var part = PlannedDocuments.Part(file: file.file, nodes: nodes, plans: [])
        part.plans.reserveCapacity(file.tasks.reduce(0) { $0 + ($1.announced != nil ? 1 : 0) })
        for task in file.tasks {
            guard let announced = task.announced, nodes.indices.contains(task.documentIndex) else { continue }
            if task.location.file != part.file {
                graph.plans.append(part)
                part = PlannedDocuments.Part(file: task.location.file, nodes: nodes, plans: [])
            }
            part.plans.append(HeldPlan(documentIndex: task.documentIndex, announced: announced, deadline: task.deadline, leadUnit: task.leadUnit,
                                       location: task.location, citesDocuments: !task.citations.isEmpty))
        }
        graph.plans.append(part)
        for o in file.obligations where nodes.indices.contains(o.documentIndex) {
            graph.obligations.append((nodes[o.documentIndex], o))
        }
        graph.statedCounts += file.statedCounts
    }

    private mutating func addCorpusDocument(_ record: DocumentRecord) -> NodeIndex {
        let place = IdentityScope.place(of: record)
        var key: String
        if let id = record.id {
            let series = IdentityScope.commune(id, issuer: record.issuer, contextIssuer: nil) ?? place.map { AdministrativeUnits.series(of: $0, on: record.date) }
            key = IdentityScope.key(id, place: series, date: record.date, period: id.isCentralParty ? record.term : nil)
        } else {
            key = "doc:\(record.file):\(record.startPage.map { "\($0):" } ?? "")\(record.startLine)"
        }
        let name = record.id?.description ?? record.title ?? record.displayName
        let existing = byKey[key]
        if existing != nil {
            // Never merged: the second keeps a node of its own, and the duplication is a finding.
            key += "~\(record.file):\(record.startPage.map { "\($0):" } ?? "")\(record.startLine)"
        }
        let node = DocumentNode(id: record.id, key: key, name: name, typeCode: record.typeCode, typeWord: record.typeWord,
                                issuer: record.issuer, date: record.date, term: record.term, locality: place,
                                title: record.title, inCorpus: true, record: record, observations: [])
        let index = append(node, reachable: existing == nil)
        if let existing { graph.duplicates.append(DuplicateIdentity(first: existing, second: index)) }
        if record.id == nil, let title = record.title {
            graph.byBaseKey[DocumentID(named: title).key, default: []].append(index)
        }
        return index
    }

    /// `Căn cứ Luật Đầu tư công số 39/2019/QH14 …; Căn cứ Nghị định số 40/2020/NĐ-CP … quy định chi tiết thi hành một số
    /// điều của Luật Đầu tư công` (red team, round 14): in one file, a law named without its year is the one law of that
    /// name the file cites by number; nil for a name that two numbers of the file claim, and none for a name the file's
    /// own documents bear (a new law of the same name as the one it replaces speaks of itself so).
    static func lawsByName(_ citations: [Citation], documents: [DocumentRecord]) -> [String: DocumentID?] {
        var table: [String: DocumentID?] = [:]
        for d in documents { if let title = d.title { table[DocumentID(named: title).key] = .some(nil) } }
        for c in citations where c.id.form == .state && c.id.isLawLevel {
            guard let name = c.subject else { continue }
            let named = DocumentID(named: name)
            guard named.isLawLevel, !named.key.contains("#") else { continue }
            if let known = table[named.key] { if known != c.id { table[named.key] = .some(nil) } } else { table[named.key] = c.id }
        }
        return table
    }

    /// `Tổng kết 05 năm thực hiện Chương trình này` (Quý IV/2025), a programme's last task row (red team, rounds 16 and
    /// 17): a review the text plans of itself is a plan like any other, kept as an edge to itself so that `overdue-plan`
    /// follows it. Planned only: no rule that reads enacted edges (cycles, dates, revisions) ever sees it.
    static func isOwnPlannedReview(_ c: Citation) -> Bool {
        c.isSelfReference && c.modality == .planned && c.relation == .reviews && !c.isNested
    }

    /// A citation of the citing document's own number with another date (`Công văn số 2-CV/HU ngày
    /// 13/4/2017` in 2-CV/HU of 2018): numbers restart each term, so it names an earlier document,
    /// not the document itself. Identity then tells them apart, or finds that they are one.
    static func isAnotherOfTheSameNumber(_ c: Citation, in file: ExtractedFile) -> Bool {
        guard c.isSelfReference, c.id.form != .named, let date = c.date, file.documents.indices.contains(c.documentIndex),
              let own = file.documents[c.documentIndex].date, let ownID = file.documents[c.documentIndex].id, ownID == c.id else { return false }
        return date != own
    }

    /// Adds a node; `reachable` false keeps a duplicate out of the key table, so citations go to the first.
    private mutating func append(_ node: DocumentNode, reachable: Bool = true) -> NodeIndex {
        let index = NodeIndex(graph.nodes.count)
        graph.nodes.append(node)
        graph.citedFacts.append(CitedFacts.of(node))
        if tracing { origins.nodes.append(current) }
        if reachable { byKey[node.key] = index }
        if let id = node.id, reachable { graph.byBaseKey[id.key, default: []].append(index) }
        return index
    }

    /// Among nodes whose key starts with `prefix` (one per term), the only one, or the nearest
    /// earlier than the citing document with the ambiguity recorded; nil when there is none.
    ///
    /// `Kế hoạch số 308/KH-UBND ngày 4/8/2021 … về thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp
    /// hành Đảng bộ tỉnh …`: a mention nested in a dated citation's description is of that
    /// document's time: when one candidate alone was issued in the five years before it (one
    /// term), that one, and nothing is ambiguous.
    private mutating func pick(_ id: DocumentID, prefix: String, term: String?, issuer: String?, citing: DocumentNode, describedAt: SimpleDate?,
                               location: SourceLocation) -> NodeIndex? {
        var candidates = (graph.byBaseKey[id.key] ?? []).filter { graph.nodes[Int($0)].key.hasPrefix(prefix) }
        // `Nghị quyết số 09-NQ/TU` undated in a ward's plan of Nghệ An, when the Tỉnh ủy and the Thị ủy Hoàng Mai each
        // numbered one so (red team 44 c1: a town's committee writes `TU` too): for a commune's text, the town's or city's
        // committee of that code in the same province may be the one meant, and nothing tells them apart. Not when the
        // citation names its issuer, nor when the commune's own district is known and is another (reviewer, session 30: a
        // commune of Diễn Châu citing the Tỉnh ủy's): a ward formed in 2025 is in no table, and may lie in the town.
        if !candidates.isEmpty, issuer == nil, let citer = citing.issuer, body(citer).tier == .commune,
           let here = citing.locality.flatMap({ administrativePlace($0) }), IdentityScope.codeTier(id.issuerCode) == .province {
            for n in graph.byBaseKey[id.key] ?? [] where !candidates.contains(n) && graph.nodes[Int(n)].inCorpus {
                guard let locality = graph.nodes[Int(n)].locality, graph.nodes[Int(n)].id?.issuerCode.folded == id.issuerCode.folded else { continue }
                let inProvince = administrativePlace(locality).map { $0.isDistrict && $0.province == here.province && (!here.isDistrict || $0.name == here.name) }
                    ?? (!here.isDistrict && AdministrativeUnits.sharedDistrict(named: locality)?.provinces.contains(here.province) == true)
                if inProvince { candidates.append(n) }
            }
        }
        guard candidates.count > 1 else { return candidates.first }
        // `Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XV` where the province's committee numbered a 05-NQ/TU
        // in three terms (red team, round 19): a local term's numeral is no key (each province counts its own), but the
        // candidate whose header states that term is the one meant.
        if let term {
            let stated = candidates.filter { graph.nodes[Int($0)].term.map { $0.uppercased() == term.uppercased() } ?? false }
            if stated.count == 1 { return stated[0] }
        }
        if let described = describedAt, let floor = SimpleDate(year: described.year - 5, month: described.month, day: min(described.day, 28)) {
            let recent = candidates.filter { graph.nodes[Int($0)].date.map { $0 <= described && $0 > floor } ?? false }
            if recent.count == 1 { return recent[0] }
        }
        // `quán triệt Chỉ thị số 35-CT/TW` in a post of 2019, when the corpus holds the 35-CT/TW of 2019 and of 2024 (real:
        // Thoại Sơn's Huyện ủy, 2019): a text cites nothing issued after it, so when every candidate is dated and one
        // alone is not later than the citing text, that one, and nothing is ambiguous.
        if let when = citing.date, candidates.allSatisfy({ graph.nodes[Int($0)].date != nil }) {
            let possible = candidates.filter { graph.nodes[Int($0)].date.map { $0 <= when } ?? false }
            if possible.count == 1 { return possible[0] }
        }
        // Nearest earlier than the citing document; an undated candidate last.
        let chosen = candidates.max { a, b in
            rank(graph.nodes[Int(a)].date, before: citing.date) < rank(graph.nodes[Int(b)].date, before: citing.date)
        }!
        graph.ambiguities.append(Ambiguity(location: location, id: id, candidates: candidates, chosen: chosen))
        if tracing { origins.ambiguities.append(current) }
        return chosen
    }

    private mutating func addCitation(_ c: Citation, fileIndex: Int) {
        guard documentNodes[fileIndex].indices.contains(c.documentIndex) else { return }
        let document = documentNodes[fileIndex][c.documentIndex]
        if Self.isOwnPlannedReview(c) {
            // The text names itself: nothing to resolve, and nothing it says of itself to observe.
            var edge = DocumentEdge(from: document, to: document, relation: .reviews, modality: .planned, deadline: c.deadline,
                                    leadUnit: c.leadUnit, location: c.location, text: c.text, isNested: false, isPartial: false)
            edge.reviewStage = c.reviewStage
            appendEdge(edge)
            return
        }
        var citing: NodeIndex
        if c.isNested, let parent = c.citingDocument, let known = citedHere[document]?[parent.key] {
            citing = known
        } else if c.isNested, let parent = c.citingDocument {
            citing = resolve(parent, term: nil, date: nil, issuer: nil, context: document, location: c.location, observation: nil)
        } else {
            citing = document
        }
        let observation = DocumentNode.Observation(date: c.date, issuer: c.issuer, term: c.term, typeWord: c.typeWord,
                                                   location: c.location, text: c.text)
        current.step = 1
        let cited: NodeIndex
        let periodic = IdentityScope.period(of: c.id) != .none
        let placed = IdentityScope.isPlaced(c.id)
        // (Not when the mention names another body: `Nghị quyết số 05-NQ/TU của Thị ủy Bỉm Sơn …, gắn với thực hiện Nghị quyết
        // số 05-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh`, red team 46 c3: two committees' numbers.)
        if periodic, c.date == nil, c.term == nil, let same = datedHere[document]?[c.id.key] ?? nil,
           c.issuer.map({ issuer in graph.nodes[Int(same)].issuer.map { IssuingBodies.compatible($0, issuer) } ?? true }) ?? true {
            // `THỰC HIỆN NGHỊ QUYẾT SỐ 01-NQ/TU CỦA TỈNH ỦY …` in a title, over a body that cites 01-NQ/TU
            // with its date: one document, not a guess among the terms that have a 01-NQ/TU.
            cited = same
            graph.observe(observation, at: same)
        } else if placed, c.issuer == nil, c.date == nil, let same = issuedHere[document]?[c.id.key] ?? nil {
            cited = same
            graph.observe(observation, at: same)
        } else {
            // `Quyết định số 12/2019/QĐ-UBND … của UBND tỉnh (được sửa đổi tại Quyết định số 25/2021/QĐ-UBND …)` in a
            // district's text (red team, round 12): a number without its issuer in a described document's
            // description is of that document's place, not of the text that describes it.
            let describedPlace = c.isNested && c.issuer == nil && citing != document && graph.nodes[Int(citing)].locality != nil
            cited = resolve(c.id, term: c.term, date: c.date, issuer: c.issuer, context: describedPlace ? citing : document, location: c.location,
                            observation: observation, describedAt: c.isNested ? graph.nodes[Int(citing)].date : nil)
        }
        if periodic, c.date != nil || c.term != nil { Self.remember(cited, c.id.key, in: document, &datedHere) }
        if placed, c.issuer != nil { Self.remember(cited, c.id.key, in: document, &issuedHere) }
        citedHere[document, default: [:]][c.id.key] = cited
        let node = graph.nodes[Int(cited)]
        if node.subjectMissing, let subject = c.subject { graph.nodes[Int(cited)].title = subject }
        // `Sở đang lấy ý kiến dự thảo Quyết định "sửa đổi … Quyết định số 14/2025/QĐ-UBND" theo Kế hoạch số 15/KH-SDTTG ngày
        // 20/01/2026` (red team, round 33, c1): a description cannot say that a document of 10/10/2025 rests on one of 2026;
        // the later document is the writer's own ground, and no cycle or temporal error is laid against the described one.
        // Only a ground (`theo`) of a corpus document whose own date is known: a description restating what a plan says it
        // implements keeps the plan's claim (red team 28, c3), and so does hearsay about documents outside the corpus; a
        // revision stays where it was read (Real 378's related-documents list).
        if citing != document, c.relation == .basedOn, graph.nodes[Int(citing)].inCorpus, let described = graph.nodes[Int(citing)].date, let later = graph.nodes[Int(cited)].date, later > described {
            citing = document
        }
        guard cited != citing else { return }
        var edge = DocumentEdge(from: citing, to: cited, relation: c.relation, modality: c.modality, deadline: c.deadline,
                                leadUnit: c.leadUnit, location: c.location, text: c.text, isNested: c.isNested && citing != document,
                                isPartial: c.relation.isRevision && DocumentGraph.isPartial(c.text))
        if c.relation == .reviews { edge.reviewStage = c.reviewStage }
        edge.deadlineShift = c.deadlineShift
        // `Tham mưu sửa đổi, bổ sung Quy chế làm việc số 01-QC/TU …` in a Ban Tổ chức's task table (red team, round 39, c3):
        // a commission prepares its committee's revision; planned, the committee does it, and the plan waits for it.
        if c.relation.isRevision, let why = Authority.objection(citing: graph.nodes[Int(citing)], cited: graph.nodes[Int(cited)]),
           c.modality == .enacted || why != .commissionRevisesCommittee {
            edge.demotedFrom = c.relation
            edge.relation = .references
            var level: String?
            if case .localRevisesCentral(let l) = why { level = l.rawValue }
            graph.diagnostics.append(Diagnostic(.note, at: c.location,
                .revisionReadAsReference(citing: graph.short(citing), relation: c.relation.rawValue, cited: graph.short(cited),
                                         level: level, reason: why.description)))
        }
        appendEdge(edge)
    }

    /// `15/2022/QĐ-UBND`: a number's year says its day well enough to tell the provinces before 1 July 2025 from those
    /// after (reviewer, session 26: a commune's text of 2026 citing it undated is citing its former province's); 2025 says
    /// neither.
    private static func yearDate(of id: DocumentID) -> SimpleDate? {
        guard let year = id.year, year != AdministrativeUnits.reorganisation.year else { return nil }
        return SimpleDate(year: year, month: 1, day: 1)
    }

    /// Adds an edge, and where it came from when tracing.
    private mutating func appendEdge(_ edge: DocumentEdge) {
        graph.edges.append(edge)
        if tracing { origins.edges.append(GraphOrigins.Origin(rank: current.rank, file: current.file, position: current.position, step: 0)) }
    }

    /// Records in `table` (`datedHere`, `issuedHere`) the node a stated mention of `key` in
    /// `document` went to; nil once two such mentions went to two nodes.
    private static func remember(_ cited: NodeIndex, _ key: String, in document: NodeIndex, _ table: inout [NodeIndex: [String: NodeIndex?]]) {
        if let known = table[document]?[key] { if known != cited { table[document]?[key] = .some(nil) } }
        else { table[document, default: [:]][key] = cited }
    }

    /// The node a cited id stands for, created when new.
    private mutating func resolve(_ written: DocumentID, term: String?, date: SimpleDate?, issuer: String?, context: NodeIndex,
                                  location: SourceLocation, observation: DocumentNode.Observation?, describedAt: SimpleDate? = nil) -> NodeIndex {
        // `Luật Đất đai năm 2013` is `45/2013/QH13` where the corpus names that law by both.
        let id = written.form == .named ? lawAliases[written.key] ?? written : written
        let contextNode = graph.nodes[Int(context)]
        var place = IdentityScope.isPlaced(id)
            ? IdentityScope.commune(id, issuer: issuer, contextIssuer: contextNode.issuer)
                ?? IdentityScope.place(citing: id, issuer: issuer.map { body($0) }, context: contextNode.locality,
                                       here: contextNode.locality.flatMap { administrativePlace($0) },
                                       contextCode: contextNode.id?.issuerCode, contextBody: contextNode.issuer.map { body($0) },
                                       dated: date ?? Self.yearDate(of: id) ?? contextNode.date)
            : nil
        // `Quy định số 21-QĐ/TU ngày 15/3/2024` in a plan of the Thị ủy Bỉm Sơn, which numbers `-/TU` as its province does
        // (red team 46 c4: keyed to the Tỉnh ủy's, dangling): without an issuer, the town's own series where the corpus
        // holds its document of that number (of that day, when one is cited) and not the province's.
        if let p = place, issuer == nil, let own = contextNode.locality, own != p, let code = contextNode.id?.issuerCode,
           code.folded == id.issuerCode.folded, id.form == .party, contextNode.issuer.map({ body($0).tier == .district }) == true,
           ownSeries(id, own: own, province: p, date: date) {
            place = own
        }
        // `… của Ủy ban nhân dân thành phố Huế` written in 2026: the province's series under its new name, unless the day
        // cited names the former city's document and not the province's (`120/KH-UBND ngày 03/8/2023` of each).
        // A document only cited is shown with the place as written (`Huế`), keyed by its series.
        let shownPlace = place
        if let p = place, let written = contextNode.date {
            let series = AdministrativeUnits.series(of: p, on: written)
            // A day cited that the province's document does not bear keeps the name's own place (reviewer, session 29: the
            // former city's decision, not in the corpus, became a date conflict with the province's).
            if series != p, date.map({ corpusDocument(id, place: series, date: $0) }) ?? true {
                place = series
            }
        }
        if place == nil, IdentityScope.isPlaced(id), let province = provinceOfSharedDistrict(id, issuer: issuer, date: date, context: contextNode)
            ?? provinceOfUnplacedText(id, issuer: issuer, date: date, context: contextNode) {
            place = province
        }
        var prefix = IdentityScope.prefix(id, place: place)
        // `Báo cáo chính trị`, `Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ …`: whose, the citing document says.
        if let scope = NamedScope.scope(of: id, context: contextNode) { prefix += " " + scope }
        var key: String
        let stated = id.isCentralParty ? term : nil
        if IdentityScope.period(of: id) == .none {
            key = prefix
        } else if stated != nil || date != nil {
            key = IdentityScope.key(id, place: place, date: date, period: stated)
            if byKey[key] == nil, stated != nil, let date,
               let dated = byKey[IdentityScope.key(id, place: place, date: date, period: nil)], graph.nodes[Int(dated)].inCorpus, graph.nodes[Int(dated)].date == date {
                // `Quy định số 58-QĐ/TW, ngày 14/3/2022 … khóa XII`: the term is the slip (2022 is
                // the thirteenth's); the day names the corpus document.
                key = graph.nodes[Int(dated)].key
            } else if byKey[key] == nil, let date, let corpus = misdated(prefix: prefix, id: id, date: date) {
                // A slip in the citation's date: the corpus document it must mean.
                key = graph.nodes[Int(corpus)].key
            } else if byKey[key] == nil, IdentityScope.isPlaced(id), let node = byKey[prefix + "?"], graph.nodes[Int(node)].inCorpus {
                // The document's own header may lack a date: then it is that one.
                key = prefix + "?"
            }
        } else if let chosen = pick(id, prefix: prefix, term: term, issuer: issuer, citing: contextNode, describedAt: describedAt, location: location) {
            key = graph.nodes[Int(chosen)].key
        } else {
            key = prefix + "?"
        }
        if byKey[key] == nil, let place, let other = sharedDistrictKey(id, place: place, key: key) { key = other }
        if let place, let former = formerProvinceKey(id, key: key, place: place, issuer: issuer, date: date, term: term, context: contextNode,
                                                    location: location, text: observation?.text) {
            key = former
        }
        // (Also where the province's own document of that number bears another day: `Nghị quyết số 09-NQ/TU ngày 25/8/2021`
        // in a ward of Hoàng Mai is the Thị ủy's of that day, not the Tỉnh ủy's of 10/8/2021 with a wrong date, red team 44 c1c.)
        if let place, let date, issuer == nil, byKey[key].map({ !graph.nodes[Int($0)].inCorpus || graph.nodes[Int($0)].date != date }) ?? true,
           let sameDay = sameDayInProvince(id, place: place, date: date, context: contextNode) {
            key = sameDay
        }
        var index: NodeIndex
        if let existing = byKey[key] {
            index = existing
            // `Kế hoạch số 25-KH/HĐTN ngày 02/4/2024` where two texts carry that number (a duplicate identity,
            // red team round 6): the date names the one of that day.
            if let date, graph.nodes[Int(existing)].date != date, let twin = sameIdentity[existing]?.first(where: { graph.nodes[Int($0)].date == date }) {
                index = twin
            } else if date == nil, let issuer, let own = graph.nodes[Int(existing)].issuer, !IssuingBodies.compatible(own, issuer),
                      let twin = sameIdentity[existing]?.first(where: { graph.nodes[Int($0)].issuer.map { IssuingBodies.compatible($0, issuer) } ?? false }) {
                // `Nghị quyết số 04-NQ/ĐU của Đảng ủy Khối Doanh nghiệp tỉnh` where the bloc of agencies numbers one
                // too (red team, round 13): the issuer names the one.
                index = twin
            }
        } else {
            let t = id.isCentralParty ? (term ?? date.flatMap { TermCalendar.term(on: $0, of: id) }) : nil
            index = append(DocumentNode(
                id: id, key: key, name: id.description, typeCode: id.typeCode.isEmpty ? observation?.typeWord.flatMap(TypeCodes.code(forWord:)) : id.typeCode,
                typeWord: observation?.typeWord.map(\.sentenceCased), issuer: nil, date: nil, term: t,
                locality: shownPlace ?? place, title: nil, inCorpus: false, record: nil, observations: []))
        }
        if let observation {
            graph.observe(observation, at: index)
        }
        return index
    }

    /// Whether a town committee's citation of its own code (`-/TU`) means its own series: the corpus holds the town's
    /// document of that number (of `date`, when given) and not the province's.
    private func ownSeries(_ id: DocumentID, own: String, province: String, date: SimpleDate?) -> Bool {
        if let date { return corpusDocument(id, place: own, date: date) && !corpusDocument(id, place: province, date: date) }
        return corpusHolds(id, place: own) && !corpusHolds(id, place: province)
    }

    /// Whether the corpus holds a document of `id` in `place`'s series, of any day.
    private func corpusHolds(_ id: DocumentID, place: String) -> Bool {
        let prefix = IdentityScope.prefix(id, place: place)
        return (graph.byBaseKey[id.key] ?? []).contains { graph.nodes[Int($0)].inCorpus && graph.nodes[Int($0)].key.hasPrefix(prefix) }
    }

    /// Whether the corpus holds a document of `id` in `place`'s series dated `date`.
    private func corpusDocument(_ id: DocumentID, place: String, date: SimpleDate) -> Bool {
        byKey[IdentityScope.key(id, place: place, date: date, period: nil)].map { graph.nodes[Int($0)].inCorpus && graph.nodes[Int($0)].date == date } ?? false
    }

    /// `Nghị quyết số 05-NQ/TU của Tỉnh ủy` in a ward's notice that names no province (red team, rounds 16 and 17: the
    /// wards and communes formed on 1 July 2025 are in no list here, and their texts say `của Tỉnh ủy`, `UBND tỉnh`):
    /// the province whose documents of that number the corpus holds, when they are all of one province. Then the
    /// number's date or term picks among them, or `ambiguous-id` says the text does not.
    /// Undated, only a commune's or ward's own text, whose header names it: an excerpt whose body is unknown may be of any
    /// province. Dated, any text no place is known of: the number and its day name the one document.
    private mutating func provinceOfUnplacedText(_ id: DocumentID, issuer: String?, date: SimpleDate?, context: DocumentNode) -> String? {
        guard context.locality == nil, context.inCorpus else { return nil }
        // `UBND PHƯỜNG LONG AN` / `TRẠM Y TẾ` citing `Nghị quyết số 22/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh`
        // (red team, round 27, c2a): a text no place is known of, citing a number with its day, means the one corpus document
        // of that number and day, wherever it is. Without the day, only a commune's text citing its province's.
        let dated = date != nil
        if !dated {
            guard let own = context.issuer, body(own).tier == .commune else { return nil }
            guard issuer.map({ body($0).tier == .province }) ?? (IdentityScope.codeTier(id.issuerCode) == .province) else { return nil }
        }
        var province: String?
        for n in graph.byBaseKey[id.key] ?? [] where graph.nodes[Int(n)].inCorpus && (!dated || graph.nodes[Int(n)].date == date) {
            guard let here = graph.nodes[Int(n)].locality, province == nil || province == here else { return nil }
            province = here
        }
        return province
    }

    /// `Kế hoạch số 25/KH-UBND … của UBND tỉnh` in a document of `UBND huyện Chợ Mới`, a district
    /// of An Giang and of Bắc Kạn: the province of the two whose document of that number the corpus
    /// holds, when only one does (of that date, when the citation gives one).
    private mutating func provinceOfSharedDistrict(_ id: DocumentID, issuer: String?, date: SimpleDate?, context: DocumentNode) -> String? {
        guard let issuer, body(issuer).tier == .province, let here = context.locality, administrativePlace(here) == nil,
              let shared = AdministrativeUnits.sharedDistrict(named: here) else { return nil }
        if let date {
            // A key holds a term, not a day: the day tells two provinces' documents of one term apart.
            let dated = shared.provinces.filter { corpusDocument(id, place: $0, date: date) }
            if dated.count == 1 { return dated[0] }
        }
        let held = shared.provinces.filter { corpusHolds(id, place: $0) }
        return held.count == 1 ? held[0] : nil
    }

    /// `Kế hoạch số 45/KH-SNN năm 2024 của Sở Nông nghiệp và Phát triển nông thôn (trước hợp nhất)` in a text of the new
    /// Quảng Trị of 2026, when Quảng Trị's and Quảng Bình's departments each issued a 45/KH-SNN in 2024 (red team, rounds
    /// 27–29): a province formed on 1 July 2025 succeeds every province merged into it, so a number of their day that
    /// names no province may be any of theirs. The key of the one former province's document the citation can mean
    /// (its day decides; or its year, in the number or written after it, and the corpus holds that one alone), else nil;
    /// several, with nothing to decide, are recorded as ambiguous. A document the merged province issued after the
    /// merger keeps the number, and so does a citation that states a term or a year from 2025 on (reviewer, session 27).
    private mutating func formerProvinceKey(_ id: DocumentID, key: String, place: String, issuer: String?, date: SimpleDate?, term: String?,
                                            context: DocumentNode, location: SourceLocation, text: String?) -> String? {
        let merger = AdministrativeUnits.reorganisation
        guard term == nil, let written = context.date, written >= merger, context.locality == place, date.map({ $0 < merger }) ?? true,
              Self.yearDate(of: id).map({ $0 < merger }) ?? true, issuer.flatMap({ body($0).administrativePlace }) == nil else { return nil }
        let former = AdministrativeUnits.predecessors(of: place).filter { $0 != place }
        guard !former.isEmpty else { return nil }
        // `Kế hoạch số 45/KH-SNN năm 2024`: the year written after a number that has none.
        let year = id.year ?? text.flatMap { Self.yearWritten(after: id, in: $0) }
        if let year, year >= merger.year { return nil }
        let own = byKey[key].flatMap { graph.nodes[Int($0)].inCorpus ? $0 : nil }
        if let own, let d = graph.nodes[Int(own)].date, d >= merger || d == date { return nil }
        if let own, let year, let d = graph.nodes[Int(own)].date, d.year != year, date == nil {
            // The kept name's document of another year is not the one meant; its place's number of that year may be.
            return nil
        }
        // A key holds its place whole: `15/2021/nq-hdnd@hoa binh` is not `…@hoa binh, bac lieu` (a district of Bạc Liêu).
        let exact = IdentityScope.period(of: id) == .none
        let prefixes = former.map { IdentityScope.prefix(id, place: $0) }
        let others = (graph.byBaseKey[id.key] ?? []).filter { n in
            let node = graph.nodes[Int(n)]
            guard node.inCorpus, prefixes.contains(where: { exact ? node.key == $0 : node.key.hasPrefix($0) }) else { return false }
            if let date { return node.date == date }
            if let year { return node.date?.year == year }
            return node.date.map { $0 < merger } ?? true
        }
        guard !others.isEmpty else { return nil }
        // Without its day or year, a number that restarts (`12/KH-UBND`, `05-NQ/TU`) may be the merged province's own new
        // one: only a kept-name document of the former day makes the others its rivals.
        // `của Sở Y tế (cũ)` (red team, round 42, c1): the number is a former unit's, not the merged one's new one.
        let formerSaid = text.map(FormerBody.isSaid) ?? false
        if own == nil, date == nil, year == nil, !formerSaid { return nil }
        // A province that kept its name was a former unit too: `(cũ)` there may be its own old body, which the corpus does
        // not hold; the one other province's document is not taken for it (reviewer, session 29). Two are ambiguous.
        if formerSaid, own == nil, date == nil, year == nil, others.count == 1, AdministrativeUnits.predecessors(of: place).contains(place) { return nil }
        if date != nil || own == nil, others.count == 1 { return graph.nodes[Int(others[0])].key }
        if date != nil { return nil }
        let candidates = (own.map { [$0] } ?? []) + others
        let chosen = own ?? candidates.max { a, b in
            rank(graph.nodes[Int(a)].date, before: written) < rank(graph.nodes[Int(b)].date, before: written)
        } ?? others[0]
        // `pick` may have found the own province's several terms or years ambiguous already: one finding, all candidates.
        if let last = graph.ambiguities.last, last.location == location, last.id == id {
            graph.ambiguities[graph.ambiguities.count - 1].candidates += others.filter { !last.candidates.contains($0) }
        } else {
            graph.ambiguities.append(Ambiguity(location: location, id: id, candidates: candidates, chosen: chosen))
            if tracing { origins.ambiguities.append(current) }
        }
        return graph.nodes[Int(chosen)].key
    }

    /// The year written right after `id` in a citation's text (`Kế hoạch số 45/KH-SNN năm 2024`), or nil.
    static func yearWritten(after id: DocumentID, in text: String) -> Int? {
        guard let r = text.range(of: id.description) else { return nil }
        let rest = text[r.upperBound...].drop { $0 == " " }
        guard rest.hasPrefix("năm ") else { return nil }
        let digits = rest.dropFirst(4).prefix { $0.isNumber }
        guard digits.count == 4, let y = Int(digits), (1945...2100).contains(y) else { return nil }
        return y
    }

    /// `Ủy ban nhân dân huyện Yên Lạc sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 20/02/2024 …` in the province's
    /// department's plan (red team, round 31, c4b), or a district's undescribed citation of its province's number: a
    /// number with its day and no issuer, keyed to the province (or the district) the corpus holds none of, is the one
    /// corpus document of that number and day in that province's districts (or in the district's province). Nil when
    /// none or several are, and when the citing document numbers its own papers with that code (`Thực hiện Kế hoạch số
    /// 05/KH-UBND ngày 10/01/2024, Ủy ban nhân dân tỉnh báo cáo …`: its own plan, though a district's of that day exists;
    /// reviewer, session 27).
    private mutating func sameDayInProvince(_ id: DocumentID, place: String, date: SimpleDate, context: DocumentNode) -> String? {
        guard IdentityScope.isPlaced(id) else { return nil }
        // A text's own series is its own, but for a ward or commune formed in 2025 citing a day before it existed (red team 46
        // c5: `Ủy ban nhân dân thị xã Bỉm Sơn (cũ) đã ban hành Quyết định số 1840/QĐ-UBND ngày 06/6/2024` in phường Quang
        // Trung's plan): that number is a former body's; of a ward no table places, the one corpus document of that day.
        let merger = AdministrativeUnits.reorganisation
        let formedSince = (context.date.map { $0 >= merger } ?? false) && date < merger
        if let own = context.id, own.issuerCode.folded == id.issuerCode.folded, !formedSince { return nil }
        let here = administrativePlace(place) ?? context.locality.flatMap({ administrativePlace($0) })
        guard here != nil || formedSince else { return nil }
        var found: String?
        for n in graph.byBaseKey[id.key] ?? [] {
            let node = graph.nodes[Int(n)]
            guard node.inCorpus, node.date == date, let locality = node.locality, locality != place else { continue }
            // `Hoàng Mai`: a town of Nghệ An and a district of Hà Nội, known by name alone as one of the provinces' (red team 44).
            if let here, let there = administrativePlace(locality) {
                guard there.province == here.province, there.isDistrict != here.isDistrict || formedSince else { continue }
            } else if let here {
                guard !here.isDistrict, AdministrativeUnits.sharedDistrict(named: locality)?.provinces.contains(here.province) == true else { continue }
            }
            guard found == nil else { return nil }
            found = node.key
        }
        return found
    }

    /// A district several provinces name so is keyed `Phú Tân, Cà Mau` where its text names the
    /// province and `Phú Tân` where it does not: a citation keyed one way finds the corpus
    /// document keyed the other, when exactly one is.
    private mutating func sharedDistrictKey(_ id: DocumentID, place: String, key: String) -> String? {
        let district = place.split(separator: ",").first.map(String.init) ?? place
        // A place the table knows (cached) is no shared name: most places, passed over without folding.
        guard administrativePlace(district) == nil, let shared = AdministrativeUnits.sharedDistrict(named: district) else { return nil }
        let places = place.contains(",") ? [shared.name] : shared.provinces.map { "\(shared.name), \($0)" }
        let ownPrefix = IdentityScope.prefix(id, place: place)
        guard key.hasPrefix(ownPrefix) else { return nil }
        let suffix = key.dropFirst(ownPrefix.count)
        let found = places.compactMap { p -> String? in
            let k = IdentityScope.prefix(id, place: p) + suffix
            return byKey[k].map { graph.nodes[Int($0)].inCorpus } == true ? k : nil
        }
        return found.count == 1 ? found[0] : nil
    }

    private mutating func body(_ name: String) -> IssuingBody {
        if let b = bodies[name] { return b }
        let b = IssuingBody(name)
        bodies[name] = b
        return b
    }

    private mutating func administrativePlace(_ name: String) -> AdministrativeUnits.Place? {
        if let p = places[name] { return p }
        let p = AdministrativeUnits.place(named: name)
        places[name] = p
        return p
    }

    /// The corpus document a dated citation must mean when its date falls in a period with no such
    /// number: the only one with that number and place whose date differs from the cited one in a
    /// single part (day, month or year), so a typing slip and not another document.
    private func misdated(prefix: String, id: DocumentID, date: SimpleDate) -> NodeIndex? {
        let near = (graph.byBaseKey[id.key] ?? []).filter { n in
            let node = graph.nodes[Int(n)]
            guard node.inCorpus, node.key.hasPrefix(prefix), let d = node.date, d != date else { return false }
            return [d.year != date.year, d.month != date.month, d.day != date.day].filter { $0 }.count == 1
        }
        return near.count == 1 ? near[0] : nil
    }

    /// A cited-only document shows the date most citations give (the earliest among equals).
    private mutating func settleCitedDates() {
        for i in graph.nodes.indices where !graph.nodes[i].inCorpus && graph.nodes[i].observations.count > 1 {
            var counts: [SimpleDate: Int] = [:]
            for o in graph.nodes[i].observations { if let d = o.date { counts[d, default: 0] += 1 } }
            if let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { graph.nodes[i].date = best.key }
        }
    }

    /// Orders candidates: dated before `limit` by date, then undated, then dated after.
    private func rank(_ date: SimpleDate?, before limit: SimpleDate?) -> (Int, SimpleDate) {
        let floor = SimpleDate(year: 1900, month: 1, day: 1)!
        guard let date else { return (1, floor) }
        if let limit, date > limit { return (0, floor) }
        return (2, date)
    }
}

extension DocumentNode {
    var subjectMissing: Bool { !inCorpus && title == nil }

    /// Records a citation's statement; a cited-only node takes its first values as its own.
    mutating func observe(_ o: Observation) {
        observations.append(o)
        guard !inCorpus else { return }
        if date == nil { date = o.date }
        if issuer == nil { issuer = o.issuer }
        if term == nil { term = o.term }
        if typeWord == nil, let w = o.typeWord { typeWord = w.sentenceCased }
    }
}
