import DocGraph
import Foundation
import Plot

/// `index.html`: every document, sortable by type, issuer, level and year, and a search box
/// over ids (with or without diacritics) and title words, answered in the browser from
/// `search-index.js`.
enum IndexPage {
    static func html(_ content: SiteContent, statuses: [DocumentStatus.State]) -> String {
        let w = content.words
        let g = content.graph
        // Corpus documents first, the newest year first, then by name: what a reviewer looks for.
        let order = g.nodes.indices.sorted { a, b in
            let na = g.nodes[a], nb = g.nodes[b]
            if na.inCorpus != nb.inCorpus { return na.inCorpus }
            let ya = na.date?.year ?? 0, yb = nb.date?.year ?? 0
            if ya != yb { return ya > yb }
            if na.name != nb.name { return na.name < nb.name }
            return a < b
        }
        let rows: [Node<HTML.TableContext>] = order.map { i in
            let n = NodeIndex(i)
            let node = g.nodes[i]
            let level = IssuerLevel.of(issuer: node.issuer, code: node.id?.issuerCode)
            return .tr(
                .td(SiteMarkup.documentLink(content, n, from: .root)),
                SiteMarkup.cell(node.typeWord ?? node.typeCode.flatMap { TypeCodes.typeWord[$0] } ?? ""),
                SiteMarkup.cell(node.issuer ?? ""),
                SiteMarkup.cell(w.level(level)),
                .td(node.date.map { SiteMarkup.attribute("data-sort", $0.description) } ?? .empty, SiteMarkup.words(node.date.map { String($0.year) } ?? "")),
                SiteMarkup.cell(w.status(statuses[i])),
                SiteMarkup.cell(node.inCorpus ? w.inCorpus : w.citedOnly)
            )
        }
        let overdue = content.agenda.filter(\.overdue).count
        let body: [Node<HTML.BodyContext>] = [
            .h1(SiteMarkup.words(w.indexTitle)),
            .p(.class("counts"), SiteMarkup.words(w.fill(w.summaryCounts, String(g.nodes.count), String(g.edges.count),
                                                          String(content.findings.count), String(overdue)))),
            .section(
                .class("search"),
                .attribute(named: "role", value: "search"),
                .label(.for("search"), SiteMarkup.words(w.searchLabel)),
                .input(.type(.search), .id("search"), .attribute(named: "autocomplete", value: "off"),
                       .attribute(named: "placeholder", value: SiteMarkup.escapeAttribute(w.searchPlaceholder)),
                       .attribute(named: "aria-describedby", value: "search-hint")),
                .p(.class("hint"), .id("search-hint"), SiteMarkup.words(w.searchHint)),
                .p(.id("search-status"), .attribute(named: "aria-live", value: "polite"),
                   SiteMarkup.attribute("data-found", w.searchResults), SiteMarkup.attribute("data-none", w.searchNoResult)),
                .ul(.id("search-results"))
            ),
            .h2(SiteMarkup.words(w.documentsHeading)),
            SiteMarkup.table([w.columnDocument, w.columnType, w.columnIssuer, w.columnLevel, w.columnYear, w.columnStatus, w.columnSource],
                             rows: rows, sortable: true, w: w),
        ]
        return SiteMarkup.page(content, title: w.indexTitle, depth: .root, body: body, scripts: [SiteAssets.searchScriptPath]).render()
    }
}

/// One entry of the search index: `n` the name shown, `k` what is searched (folded id, name,
/// title, issuer), `u` the page, `t` the title.
struct SearchEntry: Codable, Sendable {
    var n: String
    var k: String
    var u: String
    var t: String?

    static func entries(_ content: SiteContent) -> [SearchEntry] {
        content.graph.nodes.indices.map { i in
            let node = content.graph.nodes[i]
            var keys = [node.name]
            if let id = node.id, id.description != node.name { keys.append(id.description) }
            if let t = node.title, t != node.name { keys.append(t) }
            if let issuer = node.issuer { keys.append(issuer) }
            if let l = node.locality { keys.append(l) }
            return SearchEntry(n: node.name, k: SearchFolding.fold(keys.joined(separator: " ")), u: content.paths.fromRoot(NodeIndex(i)),
                               t: node.title == node.name ? nil : node.title)
        }
    }

    /// The JSON file, and the same bytes as a script that sets `docgraphSearch`.
    static func files(_ content: SiteContent) throws -> (json: [UInt8], script: [UInt8]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(entries(content))
        return (Array(json) + [0x0A], Array("window.docgraphSearch = ".utf8) + Array(json) + Array(";\n".utf8))
    }
}
