import DocGraph
import DocGraphRendering
import Foundation

/// What `docgraph site` is asked for.
public struct SiteOptions: Sendable {
    /// The date status, deadlines and findings are judged on.
    public var asOf: SimpleDate
    /// The words of the pages: Vietnamese unless asked otherwise (`docgraph site --lang en`).
    public var words: SiteWords
    /// Draw each document's neighbourhood (libgvc); off only for quick previews.
    public var diagrams = true
    /// At most this many documents in one neighbourhood diagram (a hub cited by thousands
    /// would give a diagram nobody can read and Graphviz a minute of layout).
    public var diagramNodeLimit = 25
    /// At most this many citations per table and documents per impact list on one page.
    public var listLimit = 400
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// The rules of the findings page (docgraph's own, or more).
    public var rules = RuleRegistry.standard

    public init(asOf: SimpleDate, language: Language = .vi) {
        self.asOf = asOf
        self.words = .of(language)
    }
}

/// A planned action that is not done yet: a planned revision, review or guidance of a cited
/// document, or a task that announces a new document. States come from the library
/// (`planState`, `announcedStates`), as `check` and `revisions` get them.
struct AgendaItem: Sendable {
    var planner: NodeIndex
    /// The document the plan revises, reviews or guides; nil for an announced document.
    var target: NodeIndex?
    var relation: Relation?
    /// The new document's type word, for an announced document.
    var announcedType: String?
    /// The task as written.
    var task: String
    var leadUnit: String?
    var deadline: Deadline?
    var state: Revision.State
    /// The deadline has passed (an unconfirmed candidate does not hide it).
    var overdue: Bool
    /// A document that may do it but cannot be confirmed.
    var candidate: NodeIndex?
    var location: SourceLocation
}

/// The analyses the pages show, computed once from the library (never recomputed by a page).
struct SiteContent: Sendable {
    let graph: DocumentGraph
    let options: SiteOptions
    let paths: PagePaths
    let findings: [Finding]
    let agenda: [AgendaItem]
    /// Documents in the corpus and only cited, for every page's footer (counted once, not per page).
    let corpusCount: Int
    /// Neighbourhood layouts by shape, shared by the pages' workers.
    let layouts = LayoutCache()
    let citedCount: Int
    /// Each document's link (`SiteMarkup.documentLink`), from a document page and from the root,
    /// written once: a page of 400 citations and 400 impact chains links the same few thousand
    /// documents over and over.
    let documentLinks: [MarkupWriter.Fragment]
    let rootLinks: [MarkupWriter.Fragment]
    /// Each document's name as an impact chain shows it (40 characters).
    let chainNames: [MarkupWriter.Fragment]
    /// Each document's lines in a diagram box (`DiagramLabel.lines`), and its level: asked by
    /// every diagram it is in and by the index, made once.
    let labelLines: [[String]]
    let levels: [AdministrativeLevel]
    /// Corpus documents of each file, by their first line, to name the document a finding is in.
    private let documentsByFile: [String: [(start: SourceLine, end: SourceLine, node: NodeIndex)]]

    var words: SiteWords { options.words }

    init(_ graph: DocumentGraph, _ options: SiteOptions) {
        self.graph = graph
        self.options = options
        paths = PagePaths(graph)
        findings = Checker.run(graph, CheckOptions(asOf: options.asOf), rules: options.rules)
        agenda = Self.agenda(graph, asOf: options.asOf)
        corpusCount = graph.nodes.reduce(0) { $0 + ($1.inCorpus ? 1 : 0) }
        citedCount = graph.nodes.count - corpusCount
        var byFile: [String: [(start: SourceLine, end: SourceLine, node: NodeIndex)]] = [:]
        for (i, node) in graph.nodes.enumerated() {
            guard let r = node.record else { continue }
            byFile[r.file, default: []].append((r.startSourceLine, r.endSourceLine, NodeIndex(i)))
        }
        documentsByFile = byFile.mapValues { $0.sorted { $0.start < $1.start } }
        let paths = self.paths
        documentLinks = graph.nodes.indices.map { SiteMarkup.link(graph, NodeIndex($0), href: paths.fromDocument(NodeIndex($0))) }
        rootLinks = graph.nodes.indices.map { SiteMarkup.link(graph, NodeIndex($0), href: paths.fromRoot(NodeIndex($0))) }
        labelLines = options.diagrams ? graph.nodes.map(DiagramLabel.lines) : []
        levels = graph.nodes.map { AdministrativeLevel.of(issuer: $0.issuer, issuerCode: $0.id?.issuerCode, locality: $0.locality) }
        chainNames = graph.nodes.map { node in
            var name = MarkupWriter(capacity: 48)
            name.text(node.name.clipped(to: 40))
            return name.fragment
        }
    }

    /// The one document an id names (`28-NQ/TW`), without `lookup`'s suggestions, which read
    /// every node when the id is unknown: the findings page asks this once per finding.
    func document(named id: String) -> NodeIndex? {
        guard let parsed = DocumentID(parsing: id) else { return nil }
        let found = graph.nodes(for: parsed)
        return found.count == 1 ? found[0] : nil
    }

    /// The corpus document whose text holds a location.
    func document(at location: SourceLocation) -> NodeIndex? {
        guard let docs = documentsByFile[location.file] else { return nil }
        // Pages included: in a PDF, line 3 of page 2 comes after line 40 of page 1.
        let line = location.sourceLine
        return docs.last(where: { $0.start <= line && line <= max($0.end, $0.start) })?.node
            ?? docs.last(where: { $0.start <= line })?.node
    }

    /// Overdue, pending and unconfirmed plans, each once however often its citation repeats.
    static func agenda(_ g: DocumentGraph, asOf: SimpleDate) -> [AgendaItem] {
        struct PlanKey: Hashable {
            var from: NodeIndex
            var to: NodeIndex
            var relation: Relation
            var deadline: String?
        }
        var items: [AgendaItem] = []
        var seen: Set<PlanKey> = []
        for i in g.edges.indices where g.isTrackedPlan(EdgeIndex(i)) {
            let e = g.edges[i]
            guard seen.insert(PlanKey(from: e.from, to: e.to, relation: e.relation, deadline: e.deadline?.text)).inserted else { continue }
            let state = g.planState(EdgeIndex(i), asOf: asOf)
            var candidate: NodeIndex?
            switch state {
            case .enacted, .fulfilled: continue
            case .unconfirmed(let c): candidate = c
            case .pending, .overdue: break
            }
            let due = g.deadline(ofPlanEdge: EdgeIndex(i), asOf: asOf)
            items.append(AgendaItem(planner: e.from, target: e.to, relation: e.relation, announcedType: nil, task: e.text,
                                    leadUnit: e.leadUnit, deadline: due, state: state,
                                    overdue: due?.isOverdue(asOf: asOf) == true, candidate: candidate,
                                    location: e.location))
        }
        let states = g.announcedStates(asOf: asOf)
        for (k, plan) in g.plans.enumerated() {
            guard let state = states[k] else { continue }
            var candidate: NodeIndex?
            switch state.outcome {
            case .enacted, .fulfilled: continue
            case .unconfirmed(let c): candidate = c
            case .pending, .overdue: break
            }
            let a = plan.announced
            items.append(AgendaItem(planner: plan.planner, target: nil, relation: nil, announcedType: TypeCodes.typeWord[a.typeCode] ?? a.typeWord,
                                    task: a.text, leadUnit: plan.leadUnit, deadline: state.deadline ?? plan.deadline,
                                    state: state.outcome, overdue: state.overdue, candidate: candidate, location: plan.location))
        }
        return items.sorted(by: Self.byDeadline)
    }

    /// Overdue first, then by deadline (none last), then by place in the corpus.
    static func byDeadline(_ a: AgendaItem, _ b: AgendaItem) -> Bool {
        let oa = a.overdue ? 0 : 1, ob = b.overdue ? 0 : 1
        if oa != ob { return oa < ob }
        let far = SimpleDate(year: 2200, month: 12, day: 31)!
        let da = a.deadline?.date ?? far, db = b.deadline?.date ?? far
        if da != db { return da < db }
        return (a.location.sourceLine, a.location.column, a.task) < (b.location.sourceLine, b.location.column, b.task)
    }
}
