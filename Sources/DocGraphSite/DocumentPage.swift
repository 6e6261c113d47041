import DocGraph
import DocGraphRendering
import Plot

/// `d/<slug>.html`: one document, in the corpus or only cited. What it is, whether it is in
/// force as of the date, what revises it (enacted or planned, with each deadline's state), what
/// it cites and what cites it (with relation, modality, quote and `file:line`), its neighbourhood
/// drawn by Graphviz, and what rests on it transitively, each with the chain that links them.
enum DocumentPage {
    static func html(_ content: SiteContent, _ n: NodeIndex, status: DocumentStatus, diagram: NeighbourhoodDiagram?) -> String {
        let w = content.words
        let node = content.graph[node: n]
        var body: [Node<HTML.BodyContext>] = [.h1(SiteMarkup.words(node.name))]
        if let t = node.title, t != node.name { body.append(.p(.class("lead"), SiteMarkup.words(t))) }
        body.append(.h2(SiteMarkup.words(w.metadataHeading)))
        body.append(metadata(content, n))
        body += statusSection(content, status)
        body += revisionsSection(content, n)
        body += citations(content, n, outgoing: true)
        body += citations(content, n, outgoing: false)
        if let diagram { body += diagramSection(content, n, diagram) }
        body += impactSection(content, n)
        return SiteMarkup.page(content, title: node.name, depth: .document, body: body).render()
    }

    static func metadata(_ content: SiteContent, _ n: NodeIndex) -> Node<HTML.BodyContext> {
        let w = content.words
        let node = content.graph[node: n]
        var fields: [(String, String)] = []
        if let id = node.id { fields.append((w.fieldID, id.description)) }
        if let t = node.typeWord ?? node.typeCode.flatMap({ TypeCodes.typeWord[$0] }) { fields.append((w.fieldType, t)) }
        if let t = node.title { fields.append((w.fieldTitle, t)) }
        if let i = node.issuer { fields.append((w.fieldIssuer, i)) }
        if let d = node.date { fields.append((w.fieldDate, d.vietnamese)) }
        if let t = node.term { fields.append((w.fieldTerm, t)) }
        if let l = node.locality { fields.append((w.fieldLocality, l)) }
        fields.append((w.fieldLevel, w.level(content.levels[Int(n)])))
        let source: Node<HTML.BodyContext>
        if let r = node.record {
            source = .group(SiteMarkup.words(w.inCorpus + ": "), .code(.class("loc"), SiteMarkup.words("\(r.startSourceLine)–\(r.endPage.map { "\($0):" } ?? "")\(r.endLine)")))
        } else {
            source = SiteMarkup.words(w.citedOnly)
        }
        return .dl(
            .class("meta"),
            .group(fields.map { f in .group(.dt(SiteMarkup.words(f.0)), .dd(SiteMarkup.words(f.1))) }),
            .dt(SiteMarkup.words(w.fieldSource)), .dd(source)
        )
    }

    static func statusSection(_ content: SiteContent, _ status: DocumentStatus) -> [Node<HTML.BodyContext>] {
        let w = content.words
        let kind: String
        switch status.state {
        case .inForce: kind = "status"
        case .amended, .partlyReplaced, .partlyRepealed, .notYetInForce: kind = "status changed"
        case .replaced, .repealed, .expired: kind = "status gone"
        }
        var nodes: [Node<HTML.BodyContext>] = [
            .h2(SiteMarkup.words(w.statusHeading)),
            .p(.span(.class(kind), SiteMarkup.words(w.status(status.state))), SiteMarkup.words(" — " + w.fill(w.asOfLine, content.options.asOf.vietnamese))),
        ]
        if let gov = status.governing, gov != status.node {
            nodes.append(.p(SiteMarkup.words(w.governedBy), SiteMarkup.documentLink(content, gov, from: .document)))
        }
        return nodes
    }

    static func stateCell(_ content: SiteContent, _ state: Revision.State) -> Node<HTML.TableRowContext> {
        let w = content.words
        let s = SitePlanState(state)
        switch state {
        case .fulfilled(let by), .unconfirmed(let by):
            return .td(.class("state-\(s.rawValue)"), SiteMarkup.words(w.planState(state) + ": "), SiteMarkup.documentLink(content, by, from: .document))
        case .enacted, .pending, .overdue:
            return .td(.class("state-\(s.rawValue)"), SiteMarkup.words(w.planState(state)))
        }
    }

    static func revisionsSection(_ content: SiteContent, _ n: NodeIndex) -> [Node<HTML.BodyContext>] {
        let w = content.words
        let g = content.graph
        let revisions = g.revisions(of: n, asOf: content.options.asOf)
        guard !revisions.isEmpty else { return [.h2(SiteMarkup.words(w.revisionsHeading)), .p(SiteMarkup.words(w.noRevisions))] }
        let rows: [Node<HTML.TableContext>] = revisions.map { r in
            let e = g[edge: r.edge]
            return .tr(
                SiteMarkup.cell(w.relation(e.relation)),
                .td(SiteMarkup.documentLink(content, e.from, from: .document)),
                SiteMarkup.cell(w.modality(e.modality)),
                SiteMarkup.cell(e.modality == .planned ? SiteMarkup.deadline(e.deadline, w) : ""),
                SiteMarkup.cell(e.leadUnit ?? ""),
                stateCell(content, r.state),
                .td(SiteMarkup.location(e.location))
            )
        }
        return [
            .h2(SiteMarkup.words(w.revisionsHeading)),
            SiteMarkup.table([w.columnRelation, w.columnBy, w.columnModality, w.columnDeadline, w.columnLeadUnit, w.columnState, w.columnEvidence],
                             rows: rows, w: w),
        ]
    }

    static func citations(_ content: SiteContent, _ n: NodeIndex, outgoing: Bool) -> [Node<HTML.BodyContext>] {
        let w = content.words
        let g = content.graph
        let heading: Node<HTML.BodyContext> = .h2(SiteMarkup.words(outgoing ? w.outgoingHeading : w.incomingHeading))
        let edges = Array(outgoing ? g.outgoing(n) : g.incoming(n))
        guard !edges.isEmpty else { return [heading, .p(SiteMarkup.words(w.noCitations))] }
        let limit = content.options.listLimit
        // Up to 400 rows: written as bytes (`MarkupWriter`), the same markup Plot would write.
        var rows = MarkupWriter(capacity: 512 * min(edges.count, limit))
        for i in edges.prefix(limit) {
            let e = g[edge: i]
            var modality = w.modality(e.modality)
            if e.modality == .planned, e.deadline != nil { modality += " — " + SiteMarkup.deadline(e.deadline, w) }
            rows.element(.tr) { tr in
                tr.element(.td) { $0.text(w.relation(e.relation)) }
                tr.element(.td) { $0.text(modality) }
                tr.element(.td) { $0.append(SiteMarkup.link(content, outgoing ? e.to : e.from, from: .document)) }
                tr.element(.td, [(.class, "quote")]) { $0.text("“" + e.text.clipped(to: 240) + "”") }
                tr.element(.td) { td in td.element(.code, [(.class, "loc")]) { $0.text(e.location.description) } }
            }
        }
        var nodes = [heading, SiteMarkup.table([w.columnRelation, w.columnModality, w.columnOther, w.columnQuote, w.columnEvidence],
                                               rows: [rows.node()], w: w)]
        if edges.count > limit { nodes.append(.p(SiteMarkup.words(w.fill(w.listTrimmed, String(limit), String(edges.count))))) }
        return nodes
    }

    static func diagramSection(_ content: SiteContent, _ n: NodeIndex, _ d: NeighbourhoodDiagram) -> [Node<HTML.BodyContext>] {
        let w = content.words
        let heading: Node<HTML.BodyContext> = .h2(SiteMarkup.words(w.diagramHeading))
        guard let svg = d.svg else { return [heading, .p(SiteMarkup.words(w.fill(w.diagramMissing, d.problem ?? "")))] }
        var caption = w.fill(w.diagramCaption, content.graph[node: n].name)
        if d.drawn < d.related { caption += " " + w.fill(w.diagramTrimmed, String(d.drawn), String(d.related)) }
        // The legend: each relation's line in its colour, then planned and cited-only documents.
        var legend: [Node<HTML.ListContext>] = d.relations.map { r in
            let style = r.diagramStyle
            return .li(.span(SiteMarkup.attribute("style", "color: \(style.color)"), .attribute(named: "aria-hidden", value: "true"), SiteMarkup.words(style.sample)),
                       SiteMarkup.words(" " + w.relation(r)))
        }
        legend.append(.li(.span(.attribute(named: "aria-hidden", value: "true"), SiteMarkup.words("╌╌╌╌▶")), SiteMarkup.words(" " + Message.legendPlanned.text(w.language))))
        legend.append(.li(.span(.attribute(named: "aria-hidden", value: "true"), SiteMarkup.words("┆ ┆")), SiteMarkup.words(" " + Message.legendCitedOnly.text(w.language))))
        // The one raw node of the site: Graphviz's SVG, checked by `NeighbourhoodDiagram.inlineSVG`.
        return [heading, .element(named: "figure", nodes: [
            .class("diagram"), .raw(svg),
            .element(named: "figcaption", nodes: [SiteMarkup.words(caption), .ul(.class("legend"), .group(legend))]),
        ])]
    }

    static func impactSection(_ content: SiteContent, _ n: NodeIndex) -> [Node<HTML.BodyContext>] {
        let w = content.words
        let g = content.graph
        let reached = g.impact(of: n)
        let heading: Node<HTML.BodyContext> = .h2(SiteMarkup.words(w.impactHeading))
        guard !reached.isEmpty else { return [heading, .p(SiteMarkup.words(w.noImpact))] }
        let limit = content.options.listLimit
        var items = MarkupWriter(capacity: 400 * min(reached.count, limit))
        // The chains of one walk share their beginnings: each edge's words are written once.
        var said: [EdgeIndex: MarkupWriter.Fragment] = [:]
        for r in reached.prefix(limit) {
            items.element(.li) { li in
                li.append(SiteMarkup.link(content, r.node, from: .document))
                li.text(" (" + w.fill(w.depth, String(r.depth)) + ") ")
                li.element(.span, [(.class, "chain")]) { span in chain(content, n, r.chain, into: &span, said: &said) }
            }
        }
        return [
            heading,
            .details(
                .class("impact"),
                .summary(SiteMarkup.words(w.fill(w.impactSummary, String(reached.count)))),
                .ol(.class("chains"), items.node()),
                reached.count > limit ? .p(SiteMarkup.words(w.fill(w.impactTrimmed, String(limit), String(reached.count)))) : .empty
            ),
        ]
    }

    /// `28-NQ/TW ← thực hiện — 256-KH/TU ← căn cứ — …`: each edge points back toward the start.
    static func chain(_ content: SiteContent, _ start: NodeIndex, _ edges: [EdgeIndex], into out: inout MarkupWriter,
                      said: inout [EdgeIndex: MarkupWriter.Fragment]) {
        let w = content.words
        let g = content.graph
        out.append(content.chainNames[Int(start)])
        for e in edges {
            if let words = said[e] {
                out.append(words)
                continue
            }
            let edge = g[edge: e]
            let planned = edge.modality == .planned ? " (\(w.modality(.planned)))" : ""
            var words = MarkupWriter(capacity: 96)
            words.text(" ← \(w.relation(edge.relation))\(planned) — ")
            words.append(content.chainNames[Int(edge.from)])
            said[e] = words.fragment
            out.append(words.fragment)
        }
    }
}
