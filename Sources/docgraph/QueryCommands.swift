import ArgumentParser
import DocGraph
import DocGraphIndex

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: say("Show a document: metadata, status, and its citations both ways with evidence.",
                                                                      vi: "Xem một văn bản: thông tin, hiệu lực, văn bản nó dẫn chiếu và văn bản dẫn chiếu nó, kèm căn cứ."))

    @OptionGroup var query: DocumentQuery

    func run() throws {
        let (g, n, date) = try query.resolve()
        if query.options.format == .json { print(AnalysisJSON.show(g, n, asOf: date)); return }
        let node = g.nodes[n.int]
        let status = g.status(of: n, asOf: date)
        let language = UserLanguage.current
        let level = AdministrativeLevel.of(issuer: node.issuer, issuerCode: node.id?.issuerCode, locality: node.locality)
        var rows: [[String]] = [
            [tr(.id).lowercased(), node.id?.description ?? "—"], [tr(.type).lowercased(), node.typeWord ?? node.typeCode ?? ""],
            [tr(.issuer).lowercased(), node.issuer ?? ""], [tr(.level), level.label(language)],
            [tr(.date).lowercased(), node.date?.vietnamese ?? ""], [tr(.term), node.term.map { "khóa \($0)" } ?? ""],
            [tr(.title).lowercased(), node.title ?? ""],
            [tr(.source).lowercased(), node.record.map(\.lineSpan) ?? tr(.notInCorpus)],
            [tr(.status), tr(.stateAsOf(state: status.state.label(language), date: date))],
        ]
        if let l = node.locality { rows.insert([tr(.locality), l], at: 6) }
        print(TextTable.render(header: ["", g.describe(n)], rows: rows))
        let out = g.outgoing(n)
        print("\n" + tr(.cites(count: out.count)))
        for e in out { print("  \(GraphText.edge(g, e))\n      \(GraphText.evidence(g, e))") }
        let inc = g.incoming(n)
        print("\n" + tr(.citedBy(count: inc.count)))
        for e in inc { print("  \(GraphText.edge(g, e))\n      \(GraphText.evidence(g, e))") }
    }
}

/// One document judged on a date: the arguments of `show`, `revisions` and `status`.
struct DocumentQuery: ParsableArguments {
    @Argument(help: helpText("Document id, e.g. 28-NQ/TW (Vietnamese letters optional: 253-QD/TW).", vi: "Số hiệu văn bản, ví dụ 28-NQ/TW (có thể gõ không dấu: 253-QD/TW).")) var id: String
    @OptionGroup var options: GraphOptions
    @OptionGroup var asOf: AsOfOption

    func resolve() throws -> (DocumentGraph, NodeIndex, SimpleDate) {
        let (g, n) = try options.graph(naming: [id]) { stored, n in try stored.around(n[0]) }
        return (g, n[0], try asOf.date())
    }
}

/// Arguments shared by `impact` and `deps`.
struct ReachArguments: ParsableArguments {
    @Argument(help: helpText("Document id.", vi: "Số hiệu văn bản.")) var id: String
    @Option(help: helpText("Follow at most this many hops.", vi: "Đi tối đa chừng này bước.")) var depth: Int?
    @Option(help: helpText("Relations to follow, comma-separated (default: all but references and respondsTo).", vi: "Các quan hệ cần theo, cách nhau bởi dấu phẩy (mặc định: tất cả trừ references và respondsTo).")) var relations: RelationList?
    @Flag(help: helpText("List every document however many (default: past --list-limit, a summary).",
                         vi: "Liệt kê mọi văn bản dù nhiều đến đâu (mặc định: quá --list-limit thì in bản tóm tắt).")) var all = false
    @Option(help: helpText("List at most this many documents; more are counted by depth, relation, type, issuer and year, and the first \(ReachSummary.perDepthShown) at each depth listed.",
                           vi: "Liệt kê tối đa chừng này văn bản; nhiều hơn thì thống kê theo cấp, quan hệ, loại, cơ quan ban hành, năm, và liệt kê \(ReachSummary.perDepthShown) văn bản đầu ở mỗi cấp."))
    var listLimit = ReachSummary.listLimit
    @OptionGroup var options: GraphOptions

    func validate() throws {
        if listLimit < 0 { throw ValidationError(say("--list-limit takes a number of documents, 0 or more", vi: "--list-limit nhận một số văn bản, từ 0 trở lên")) }
    }

    func run(upward: Bool) throws {
        var filter = EdgeFilter.restsOn
        if let relations { filter.relations = relations.relations }
        let limit = all ? Int.max : listLimit
        // `--list-limit 0`: the counts alone.
        let perDepth = min(ReachSummary.perDepthShown, limit)
        var summary: ReachSummary?
        let (g, found) = try options.graph(naming: [id]) { stored, n in
            let (part, summarised) = try stored.reach(from: n[0], filter: filter, maxDepth: depth ?? .max, upward: upward, listLimit: limit, perDepth: perDepth)
            summary = summarised
            return part
        } whole: { g, n in
            summary = g.reachSummary(from: n[0], filter: filter, maxDepth: depth ?? .max, upward: upward, listLimit: limit, perDepth: perDepth)
        }
        let n = found[0]
        var reached = upward ? g.impact(of: n, filter: filter, maxDepth: depth ?? .max) : g.dependencies(of: n, filter: filter, maxDepth: depth ?? .max)
        if let summary {
            // The part read from an index holds the named documents' chains, so more than them.
            let named = Set(summary.shown)
            reached = reached.filter { named.contains($0.node) }
        }
        Reachability.print(g, root: n, reached, summary: summary, upward: upward, format: options.format)
    }
}

struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: say("Every document that rests on ID, directly or not, with the chain that links it.",
                                                                      vi: "Mọi văn bản dựa trên văn bản ID, trực tiếp hay gián tiếp, kèm chuỗi dẫn chiếu."))
    @OptionGroup var arguments: ReachArguments
    func run() throws { try arguments.run(upward: true) }
}

struct Deps: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: say("Every document ID rests on, directly or not.", vi: "Mọi văn bản mà văn bản ID dựa trên, trực tiếp hay gián tiếp."))
    @OptionGroup var arguments: ReachArguments
    func run() throws { try arguments.run(upward: false) }
}

enum Reachability {
    static func print(_ g: DocumentGraph, root: NodeIndex, _ reached: [Reached], summary: ReachSummary?, upward: Bool, format: OutputFormat) {
        if format == .json {
            // Written out as it is made (hundreds of megabytes for a document most of the corpus rests on).
            AnalysisJSON.reached(g, root: root, reached, summary: summary) { StandardOutput.write($0) }
            StandardOutput.write("\n")
            return
        }
        let total = summary?.total ?? reached.count
        let heading: Message = upward ? .restOn(count: total, document: g.describe(root)) : .restsOn(count: total, document: g.describe(root))
        Swift.print(tr(heading))
        if let summary { Swift.print(ReachSummaryText.lines(summary).joined(separator: "\n")) }
        Swift.print("")
        let rows = reached.map { r -> [String] in
            let chain = r.chain.map { e -> String in
                let edge = g.edges[e.int]
                return "\(edge.relation.label(UserLanguage.current))\(edge.modality == .planned ? "?" : "")"
            }
            var names = [g.nodes[root.int].name]
            for e in r.chain { let edge = g.edges[e.int]; names.append(g.nodes[(upward ? edge.from : edge.to).int].name) }
            let path = zip(names, chain).map { "\(TextTable.clip($0, 28)) \(upward ? "←\($1)—" : "—\($1)→") " }.joined() + TextTable.clip(g.nodes[r.node.int].name, 28)
            return [String(r.depth), TextTable.clip(g.describe(r.node), 48), tr(g.nodes[r.node.int].inCorpus ? .inCorpus : .citedOnly), path]
        }
        Swift.print(TextTable.render(header: [tr(.depth), tr(.document), tr(.source), tr(.chain)], rows: rows))
    }
}

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: say("The shortest chains of citations from one document to another.", vi: "Các chuỗi dẫn chiếu ngắn nhất từ văn bản này đến văn bản kia."))

    @Argument(help: helpText("The citing end.", vi: "Văn bản dẫn chiếu (đầu chuỗi).")) var from: String
    @Argument(help: helpText("The cited end.", vi: "Văn bản được dẫn chiếu (cuối chuỗi).")) var to: String
    @Option(help: helpText("At most this many chains.", vi: "Tối đa chừng này chuỗi.")) var limit = 10
    @OptionGroup var options: GraphOptions

    func run() throws {
        let (g, ends) = try options.graph(naming: [from, to]) { stored, n in try stored.paths(from: n[0], to: n[1]) }
        let a = ends[0], b = ends[1]
        let (paths, reversed) = g.shortestPaths(from: a, to: b, limit: limit)
        if options.format == .json { print(AnalysisJSON.paths(g, from: a, to: b, paths, reversed: reversed)); return }
        guard !paths.isEmpty else {
            print(tr(.noChain(g.describe(a), g.describe(b))))
            throw ExitCode(1)
        }
        if reversed { print(tr(.chainsReversed(g.nodes[a.int].name, g.nodes[b.int].name))) }
        for (i, p) in paths.enumerated() {
            print(tr(.hops(index: i + 1, count: p.count)))
            for e in p { print("   \(GraphText.edge(g, e))\n      \(GraphText.evidence(g, e))") }
        }
    }
}

struct Revisions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: say("What amends, replaces or repeals ID: enacted, and planned with deadline, lead unit and state.",
                                                                      vi: "Văn bản nào sửa đổi, thay thế, bãi bỏ văn bản ID: đã ban hành, và dự kiến kèm thời hạn, đơn vị chủ trì, tình trạng."))

    @OptionGroup var query: DocumentQuery

    func run() throws {
        let (g, n, date) = try query.resolve()
        let revisions = g.revisions(of: n, asOf: date)
        if query.options.format == .json { print(AnalysisJSON.revisions(g, n, revisions, asOf: date)); return }
        let language = UserLanguage.current
        print(tr(.revisionsOf(document: g.describe(n), date: date, count: revisions.count)) + "\n")
        let rows = revisions.map { r -> [String] in
            let e = g.edges[r.edge.int]
            let other: NodeIndex?
            switch r.state {
            case .fulfilled(let by), .unconfirmed(let by): other = by
            case .enacted, .pending, .overdue: other = nil
            }
            let state = tr(.revisionState(r.state, enactedOn: g.nodes[e.from.int].date, other: other.map { g.nodes[$0.int].name }))
            return [e.relation.label(language) + (r.partial ? " (\(tr(.part)))" : ""), TextTable.clip(g.nodes[e.from.int].name, 40),
                    e.modality.label(language), r.deadline.map(GraphText.due) ?? "", e.leadUnit ?? "", state, e.location.description]
        }
        print(TextTable.render(header: [tr(.relation), tr(.by), tr(.modality), tr(.deadline), tr(.leadUnit), tr(.state), tr(.evidence)], rows: rows))
    }
}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: say("Is ID in force, amended, replaced or repealed — by what, since when, and what is planned?",
                                                                      vi: "Văn bản ID còn hiệu lực, đã được sửa đổi, bị thay thế hay bãi bỏ — bởi văn bản nào, từ khi nào, và dự kiến gì?"))

    @OptionGroup var query: DocumentQuery

    func run() throws {
        let (g, n, date) = try query.resolve()
        let s = g.status(of: n, asOf: date)
        if query.options.format == .json { print(AnalysisJSON.status(g, s, asOf: date)); return }
        let language = UserLanguage.current
        print("\(g.describe(n)): " + tr(.stateAsOf(state: s.state.label(language), date: date)))
        if let gov = s.governing, gov != n { print(tr(.governedBy(g.describe(gov)))) }
        for r in s.enacted {
            let e = g.edges[r.edge.int]
            print("  " + tr(.revisedBy(relation: e.relation, partial: r.partial, by: g.describe(e.from))) + "\n      \(GraphText.evidence(g, r.edge))")
        }
        if !s.planned.isEmpty { print("  \(tr(.planned)):") }
        for r in s.planned {
            let e = g.edges[r.edge.int]
            var state = r.state.label(language)
            switch r.state {
            case .fulfilled(let by): state = tr(.revisionState(r.state, enactedOn: nil, other: g.nodes[by.int].name))
            case .unconfirmed(let by): state = tr(.revisionState(r.state, enactedOn: nil, other: g.nodes[by.int].name))
            case .enacted, .pending, .overdue: break
            }
            let line = tr(.announcedBy(relation: e.relation, by: TextTable.clip(g.nodes[e.from.int].name, 60), due: r.deadline.map(GraphText.due),
                                       leadUnit: e.leadUnit, state: state))
            print("    \(line)\n      \(GraphText.evidence(g, r.edge))")
        }
    }
}
