import ArgumentParser
import DocGraph

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a document: metadata, status, and its citations both ways with evidence.")

    @OptionGroup var query: DocumentQuery

    func run() throws {
        let (g, n, date) = try query.resolve()
        if query.options.format == .json { print(AnalysisJSON.show(g, n, asOf: date)); return }
        let node = g.nodes[n.int]
        let status = g.status(of: n, asOf: date)
        var rows: [[String]] = [
            ["id", node.id?.description ?? "—"], ["type", node.typeWord ?? node.typeCode ?? ""], ["issuer", node.issuer ?? ""],
            ["date", node.date?.vietnamese ?? ""], ["term", node.term.map { "khóa \($0)" } ?? ""], ["title", node.title ?? ""],
            ["source", node.record.map(\.lineSpan) ?? "not in the corpus (cited only)"],
            ["status", "\(status.state.rawValue) as of \(date)"],
        ]
        if let l = node.locality { rows.insert(["locality", l], at: 5) }
        print(TextTable.render(header: ["", g.describe(n)], rows: rows))
        let out = g.outgoing(n)
        print("\nCites (\(out.count)):")
        for e in out { print("  \(GraphText.edge(g, e))\n      \(GraphText.evidence(g, e))") }
        let inc = g.incoming(n)
        print("\nCited by (\(inc.count)):")
        for e in inc { print("  \(GraphText.edge(g, e))\n      \(GraphText.evidence(g, e))") }
    }
}

/// One document judged on a date: the arguments of `show`, `revisions` and `status`.
struct DocumentQuery: ParsableArguments {
    @Argument(help: "Document id, e.g. 28-NQ/TW (Vietnamese letters optional: 253-QD/TW).") var id: String
    @OptionGroup var options: GraphOptions
    @OptionGroup var asOf: AsOfOption

    func resolve() throws -> (DocumentGraph, NodeIndex, SimpleDate) {
        let (_, g) = try options.load()
        return (g, try lookup(g, id), try asOf.date())
    }
}

/// Arguments shared by `impact` and `deps`.
struct ReachArguments: ParsableArguments {
    @Argument(help: "Document id.") var id: String
    @Option(help: "Follow at most this many hops.") var depth: Int?
    @Option(help: "Relations to follow, comma-separated (default: all but references and respondsTo).") var relations: RelationList?
    @OptionGroup var options: GraphOptions

    func run(upward: Bool) throws {
        let (_, g) = try options.load()
        let n = try lookup(g, id)
        var filter = EdgeFilter.restsOn
        if let relations { filter.relations = relations.relations }
        let reached = upward ? g.impact(of: n, filter: filter, maxDepth: depth ?? .max) : g.dependencies(of: n, filter: filter, maxDepth: depth ?? .max)
        Reachability.print(g, root: n, reached, upward: upward, format: options.format)
    }
}

struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Every document that rests on ID, directly or not, with the chain that links it.")
    @OptionGroup var arguments: ReachArguments
    func run() throws { try arguments.run(upward: true) }
}

struct Deps: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Every document ID rests on, directly or not.")
    @OptionGroup var arguments: ReachArguments
    func run() throws { try arguments.run(upward: false) }
}

enum Reachability {
    static func print(_ g: DocumentGraph, root: NodeIndex, _ reached: [Reached], upward: Bool, format: OutputFormat) {
        let noun = upward ? "rest on" : "are rested on by"
        if format == .json { Swift.print(AnalysisJSON.reached(g, root: root, reached)); return }
        Swift.print("\(reached.count) documents \(noun) \(g.describe(root)):\n")
        let rows = reached.map { r -> [String] in
            let chain = r.chain.map { e -> String in
                let edge = g.edges[e.int]
                return "\(edge.relation.rawValue)\(edge.modality == .planned ? "?" : "")"
            }
            var names = [g.nodes[root.int].name]
            for e in r.chain { let edge = g.edges[e.int]; names.append(g.nodes[(upward ? edge.from : edge.to).int].name) }
            let path = zip(names, chain).map { "\(TextTable.clip($0, 28)) \(upward ? "←\($1)—" : "—\($1)→") " }.joined() + TextTable.clip(g.nodes[r.node.int].name, 28)
            return [String(r.depth), TextTable.clip(g.describe(r.node), 48), g.nodes[r.node.int].inCorpus ? "corpus" : "cited", path]
        }
        Swift.print(TextTable.render(header: ["DEPTH", "DOCUMENT", "SOURCE", "CHAIN (? = planned)"], rows: rows))
    }
}

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The shortest chains of citations from one document to another.")

    @Argument(help: "The citing end.") var from: String
    @Argument(help: "The cited end.") var to: String
    @Option(help: "At most this many chains.") var limit = 10
    @OptionGroup var options: GraphOptions

    func run() throws {
        let (_, g) = try options.load()
        let a = try lookup(g, from), b = try lookup(g, to)
        let (paths, reversed) = g.shortestPaths(from: a, to: b, limit: limit)
        if options.format == .json { print(AnalysisJSON.paths(g, from: a, to: b, paths, reversed: reversed)); return }
        guard !paths.isEmpty else {
            print("no chain of citations links \(g.describe(a)) and \(g.describe(b)) in either direction")
            throw ExitCode(1)
        }
        if reversed { print("no chain from \(g.nodes[a.int].name) to \(g.nodes[b.int].name); chains the other way:") }
        for (i, p) in paths.enumerated() {
            print("\(i + 1). \(p.count) hop\(p.count == 1 ? "" : "s")")
            for e in p { print("   \(GraphText.edge(g, e))\n      \(GraphText.evidence(g, e))") }
        }
    }
}

struct Revisions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "What amends, replaces or repeals ID: enacted, and planned with deadline, lead unit and state.")

    @OptionGroup var query: DocumentQuery

    func run() throws {
        let (g, n, date) = try query.resolve()
        let revisions = g.revisions(of: n, asOf: date)
        if query.options.format == .json { print(AnalysisJSON.revisions(g, n, revisions, asOf: date)); return }
        print("Revisions of \(g.describe(n)) as of \(date): \(revisions.isEmpty ? "none in the corpus" : "\(revisions.count)")\n")
        let rows = revisions.map { r -> [String] in
            let e = g.edges[r.edge.int]
            let state: String
            switch r.state {
            case .enacted: state = "enacted" + (g.nodes[e.from.int].date.map { " \($0.vietnamese)" } ?? "")
            case .fulfilled(let by): state = "fulfilled by \(g.nodes[by.int].name)"
            case .pending: state = "pending"
            case .overdue: state = "OVERDUE"
            case .unconfirmed(let by): state = "pending: may be fulfilled by \(g.nodes[by.int].name), unconfirmed"
            }
            return [e.relation.rawValue + (r.partial ? " (part)" : ""), TextTable.clip(g.nodes[e.from.int].name, 40), e.modality.rawValue,
                    e.deadline.map { $0.date?.description ?? $0.text } ?? "", e.leadUnit ?? "", state, e.location.description]
        }
        print(TextTable.render(header: ["RELATION", "BY", "MODALITY", "DEADLINE", "LEAD UNIT", "STATE", "EVIDENCE"], rows: rows))
    }
}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Is ID in force, amended, replaced or repealed — by what, since when, and what is planned?")

    @OptionGroup var query: DocumentQuery

    func run() throws {
        let (g, n, date) = try query.resolve()
        let s = g.status(of: n, asOf: date)
        if query.options.format == .json { print(AnalysisJSON.status(g, s, asOf: date)); return }
        print("\(g.describe(n)): \(s.state.rawValue) as of \(date)")
        if let gov = s.governing, gov != n { print("  governed now by \(g.describe(gov))") }
        for r in s.enacted {
            let e = g.edges[r.edge.int]
            print("  \(e.relation.rawValue)\(r.partial ? " in part" : "") by \(g.describe(e.from))\n      \(GraphText.evidence(g, r.edge))")
        }
        if !s.planned.isEmpty { print("  planned:") }
        for r in s.planned {
            let e = g.edges[r.edge.int]
            let due = e.deadline.map { ", due \($0.date?.description ?? $0.text)" } ?? ""
            let lead = e.leadUnit.map { ", lead unit \($0)" } ?? ""
            var state = r.state.name
            if case .fulfilled(let by) = r.state { state += " by \(g.nodes[by.int].name)" }
            if case .unconfirmed(let by) = r.state { state = "pending (may be fulfilled by \(g.nodes[by.int].name), unconfirmed)" }
            print("    \(e.relation.rawValue) announced by \(TextTable.clip(g.nodes[e.from.int].name, 60))\(due)\(lead): \(state)\n      \(GraphText.evidence(g, r.edge))")
        }
    }
}
