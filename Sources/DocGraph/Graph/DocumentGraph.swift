// The graph core is hand-written: integer node ids, edges in one array, adjacency as
// compressed sparse rows, and iterative traversals. SwiftGraph, the Swift graph package
// available here, keeps `[[Edge]]`, has no strongly connected components, and enumerates
// cycles exponentially; a national corpus (10^5 nodes, 10^6 edges) needs better.

/// The position of an element of a ``DocumentGraph``: a node or an edge, told apart by type, so
/// that a node can never be passed where an edge is meant. 32 bits keep the adjacency compact.
public struct GraphIndex<Element>: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public var rawValue: Int32
    public init(integerLiteral value: Int32) { rawValue = value }
    public init(_ position: Int) { rawValue = Int32(position) }
    public init(_ rawValue: Int32) { self.rawValue = rawValue }
    /// The position as an array index.
    @inline(__always) public var int: Int { Int(rawValue) }
    public var description: String { String(rawValue) }
    public static func < (a: GraphIndex, b: GraphIndex) -> Bool { a.rawValue < b.rawValue }
}

/// The position of a document in ``DocumentGraph/nodes``.
public typealias NodeIndex = GraphIndex<DocumentNode>
/// The position of a citation in ``DocumentGraph/edges``.
public typealias EdgeIndex = GraphIndex<DocumentEdge>

extension Int {
    /// The array position of a node or an edge: `nodes[Int(n)]`.
    @inline(__always) public init<Element>(_ index: GraphIndex<Element>) { self = Int(index.rawValue) }
}

/// A document: in the corpus (with its own header) or only cited.
public struct DocumentNode: Sendable {
    /// Nil for a document without a number; `name` then holds its title.
    public var id: DocumentID?
    /// Identity key: the id's key plus the term for central Party documents and the locality
    /// for local ones (`28-nq/tw#XIII`, `256-kh/tu@vung tau`).
    public var key: String
    public var name: String
    public var typeCode: String?
    public var typeWord: String?
    public var issuer: String?
    public var date: SimpleDate?
    public var term: String?
    public var locality: String?
    public var title: String?
    /// The document's own text is in the corpus.
    public var inCorpus: Bool
    /// Where the document's own text is, when it is in the corpus.
    ///
    /// Held behind a reference (`HeldRecord`): a record is about 330 bytes, most nodes are cited
    /// only and have none, and inline it was half of every node's size (the nodes' array of the
    /// other-hands shape stood at the peak of `check`, massif). Read, it is the record given.
    public var record: DocumentRecord? {
        get { held?.record }
        set { held = newValue.map(HeldRecord.init) }
    }
    private var held: HeldRecord?

    /// A node's record, shared by the copies of the node; a new one is made when it is set.
    final class HeldRecord: Sendable {
        let record: DocumentRecord
        init(_ record: DocumentRecord) { self.record = record }
    }
    /// What citations say about it: every date, issuer, term and type word, with its place.
    public var observations: [Observation]

    /// One citation's statement about the cited document.
    public struct Observation: Sendable, Hashable {
        public var date: SimpleDate?
        public var issuer: String?
        public var term: String?
        public var typeWord: String?
        public var location: SourceLocation
        public var text: String
    }

    /// Memberwise, the optionals nil unless given (as the synthesized one was): the module's own (`GraphBuilder`, tests);
    /// code outside it restores nodes with `init(stored:…)`.
    init(id: DocumentID? = nil, key: String, name: String, typeCode: String? = nil, typeWord: String? = nil, issuer: String? = nil, date: SimpleDate? = nil,
         term: String? = nil, locality: String? = nil, title: String? = nil, inCorpus: Bool, record: DocumentRecord? = nil, observations: [Observation]) {
        self.id = id
        self.key = key
        self.name = name
        self.typeCode = typeCode
        self.typeWord = typeWord
        self.issuer = issuer
        self.date = date
        self.term = term
        self.locality = locality
        self.title = title
        self.inCorpus = inCorpus
        held = record.map(HeldRecord.init)
        self.observations = observations
    }

    /// A short label: id (or title), date.
    public var label: String { name }

    /// The day the document came into force: the date its own effect clause gives
    /// (``DocumentRecord/inForceFrom``), else its date. What it replaces governs until then.
    public var inForceFrom: SimpleDate? { record?.inForceFrom ?? date }

    /// The last day the document's own term keeps it in force (``DocumentRecord/inForceUntil``);
    /// nil when it sets none.
    public var inForceUntil: SimpleDate? { record?.inForceUntil }
}

/// A citation as an edge: citing → cited.
public struct DocumentEdge: Sendable {
    public var from: NodeIndex
    public var to: NodeIndex
    public var relation: Relation
    public var modality: Modality
    public var deadline: Deadline?
    public var leadUnit: String?
    /// Where the citation stands and what it says.
    public var location: SourceLocation
    public var text: String
    /// The citation was found inside another citation's description.
    public var isNested: Bool
    /// The relation the text seemed to give, when the citing body had no authority for it
    /// (a province "amending" a Central document): the edge is then a reference (`Authority`).
    public var demotedFrom: Relation? = nil
    /// A revision of only part of the document (`một số điều`, `một số nội dung`, `khoản`),
    /// decided once when the graph is built: `status`, `revisions` and three rules ask it for
    /// every replacement, and folding the text at each question cost more than the answer.
    public var isPartial: Bool = false
    /// For a `reviews` edge, the review it is or plans (`sơ kết`, `tổng kết`), when its words say.
    public var reviewStage: ReviewStage? = nil
    /// The deadline of the cited plan's task the citing document moves (``DeadlineShift``); `overdue-plan`, `revisions`
    /// and `status` judge that task by the new day. Held behind a reference: an edge without one (nearly all) pays a
    /// pointer, not the shift's texts.
    public var deadlineShift: DeadlineShift? {
        get { shift?.value }
        set { shift = newValue.map(DeadlineShiftBox.init) }
    }
    var shift: DeadlineShiftBox? = nil
}

/// A ``DeadlineShift`` held by reference on an edge.
final class DeadlineShiftBox: Sendable {
    let value: DeadlineShift
    init(_ value: DeadlineShift) { self.value = value }
}

/// A document a task promises, without a number yet (`Ban hành Quy định của Ban Bí thư về …`).
///
/// A plan holds what `check`, the site and the matcher read of its task row, not the row: a
/// plan-heavy corpus has millions of plans, and the row's own texts (task, basis, section,
/// coordinating units, a second copy of the announced document) were the largest part of
/// `check`'s peak memory there (heaptrack, 4,000 plan-heavy documents: 45 MB of the row's
/// strings and a 392-byte plan). The row itself stays in the extraction (`docgraph tasks`).
public struct PlannedDocument: Sendable {
    public var planner: NodeIndex
    public var announced: AnnouncedDocument
    /// The task row's deadline and lead unit.
    public var deadline: Deadline?
    public var leadUnit: String?
    /// Where the task row stands.
    public var location: SourceLocation
    /// The task row cites documents by number (then a planned revision edge may cover it).
    public var citesDocuments: Bool

    init(planner: NodeIndex, announced: AnnouncedDocument, task: TaskRow) {
        self.planner = planner
        self.announced = announced
        deadline = task.deadline
        leadUnit = task.leadUnit
        location = task.location
        citesDocuments = !task.citations.isEmpty
    }

    /// The plan a file read for its graph alone held of its row (`ExtractedFile.keepOnlyWhatTheGraphReads`), in `file`.
    init(planner: NodeIndex, held: HeldPlan, file: String) {
        self.planner = planner
        announced = held.announced
        deadline = held.deadline
        leadUnit = held.leadUnit
        location = held.location(in: file)
        citesDocuments = held.citesDocuments
    }
}

/// A citation that matched several documents (same number in different terms) with nothing
/// in the text to decide; the nearest earlier one was taken.
public struct Ambiguity: Sendable {
    public var location: SourceLocation
    public var id: DocumentID
    public var candidates: [NodeIndex]
    public var chosen: NodeIndex
}

/// Two documents in the corpus that name the same identity (number, issuer, locality, period):
/// a copy, or a wrong number in one of them. Both are kept as nodes; a citation dated as one of them
/// goes to it, any other to the first.
public struct DuplicateIdentity: Sendable {
    public var first: NodeIndex
    public var second: NodeIndex
}

/// The typed document graph with compact adjacency.
public struct DocumentGraph: Sendable {
    public internal(set) var nodes: [DocumentNode] = []
    public internal(set) var edges: [DocumentEdge] = []
    public internal(set) var plans = PlannedDocuments()
    public internal(set) var obligations: [(node: NodeIndex, obligation: Obligation)] = []
    public internal(set) var statedCounts: [StatedCount] = []
    public internal(set) var ambiguities: [Ambiguity] = []
    public internal(set) var diagnostics: [Diagnostic] = []
    public internal(set) var duplicates: [DuplicateIdentity] = []

    /// Each edge's ends and kind with the adjacency rows: what traversals read.
    public internal(set) var adjacency = CompactAdjacency()
    /// Each node's date as a planner: its own, else the newest date it cites (`planDate(_:)`).
    var planDates: [SimpleDate?] = []
    /// Each node's ``CitedFacts``, kept up as observations are added (`observe(_:at:)`), made
    /// from the observations when the graph was given whole.
    var citedFacts: [CitedFacts] = []
    /// Each edge's ``EdgeFacts``, made with the adjacency rows.
    var edgeFacts: [EdgeFacts] = []
    /// The edges that move a deadline of their cited document's plans (``DocumentEdge/deadlineShift``), by that
    /// document, made with the adjacency rows: few or none, and a plan's state asks for its planner's.
    var shiftsInto: [NodeIndex: [EdgeIndex]] = [:]
    /// id key (without term or locality) → nodes.
    var byBaseKey: [String: [NodeIndex]] = [:]

    public init() {}

    /// Indices of the edges leaving `n`.
    @inline(__always)
    public func outgoing(_ n: NodeIndex) -> ArraySlice<EdgeIndex> { adjacency.outgoing(n) }

    /// Indices of the edges entering `n`.
    @inline(__always)
    public func incoming(_ n: NodeIndex) -> ArraySlice<EdgeIndex> { adjacency.incoming(n) }

    public subscript(node n: NodeIndex) -> DocumentNode { nodes[Int(n)] }
    public subscript(edge e: EdgeIndex) -> DocumentEdge { edges[Int(e)] }

    /// Nodes an id names: one per term (central Party numbering restarts each term) or per
    /// locality (`TU`, `HU`, `ĐU` are local). Unnumbered documents are found by title.
    public func nodes(for id: DocumentID) -> [NodeIndex] {
        byBaseKey[id.key] ?? []
    }

    /// Builds the adjacency rows after nodes and edges are in place, and each node's plan date.
    mutating func index() {
        indexAdjacency()
        if citedFacts.count != nodes.count { indexCitedFacts() }
        planDates = nodes.indices.map { newestCitedDate(NodeIndex($0)) }
    }

    /// The adjacency rows alone, for a graph given its plan dates (`init(part:…)`).
    mutating func indexAdjacency() {
        // Field by field: `edges.map(\.from)` copied each whole edge (five strings retained and
        // released) three times over, 2 % of `check` at 100,000 documents.
        var from: [NodeIndex] = [], to: [NodeIndex] = [], kind: [UInt32] = []
        var facts: [EdgeFacts] = []
        from.reserveCapacity(edges.count)
        to.reserveCapacity(edges.count)
        kind.reserveCapacity(edges.count)
        facts.reserveCapacity(edges.count)
        for i in edges.indices {
            from.append(edges[i].from)
            to.append(edges[i].to)
            kind.append(EdgeFilter.kind(edges[i].relation, edges[i].modality))
            facts.append(EdgeFacts(edges[i]))
        }
        adjacency = CompactAdjacency(nodeCount: nodes.count, from: from, to: to, kind: kind)
        edgeFacts = facts
        shiftsInto = [:]
        for i in facts.indices where facts[i].contains(.movesDeadline) { shiftsInto[to[i], default: []].append(EdgeIndex(i)) }
    }

    /// Every node's ``CitedFacts`` read from its observations, for a graph given whole.
    mutating func indexCitedFacts() {
        citedFacts = nodes.map(CitedFacts.of)
    }
}
