import DocGraph
import Foundation
import Plot

/// `index.html`: every document, sortable by type, issuer, level and year, and a search box
/// over ids (with or without diacritics) and title words, answered in the browser from
/// `search-index.js`.
enum IndexPage {
    /// Rows drawn at a time: a page of 10,000 rows took Chromium seconds to load, a page of
    /// 200 drawn from the index loads in well under one.
    static let rowsPerPage = 200

    static func html(_ content: SiteContent) -> String {
        let w = content.words
        let g = content.graph
        let overdue = content.agenda.filter(\.overdue).count
        let headers = [w.columnDocument, w.columnType, w.columnIssuer, w.columnLevel, w.columnYear, w.columnStatus, w.columnSource]
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
            .element(named: "noscript", nodes: [.p(SiteMarkup.words(w.needsScript))]),
            // The rows are drawn by site.js from search-index.js, a page at a time, and sorted
            // there over every document; each cell is set with textContent, never as markup.
            .div(
                .class("table-wrap"),
                .table(
                    .id("documents"),
                    .attribute(named: "data-rows", value: String(rowsPerPage)),
                    .thead(.tr(.group(headers.map { h in
                        .th(.attribute(named: "scope", value: "col"),
                            .button(.type(.button), SiteMarkup.attribute("title", w.fill(w.sortBy, h)), SiteMarkup.words(h)))
                    }))),
                    .tbody()
                )
            ),
            .p(
                .class("pager"), .id("documents-pager"), .attribute(named: "hidden", value: "hidden"),
                .button(.type(.button), .attribute(named: "data-step", value: "-1"), SiteMarkup.words(w.previousRows)),
                .span(.attribute(named: "aria-live", value: "polite"), SiteMarkup.attribute("data-text", w.rowsShown)),
                .button(.type(.button), .attribute(named: "data-step", value: "1"), SiteMarkup.words(w.nextRows))
            ),
        ]
        return SiteMarkup.page(content, title: w.indexTitle, depth: .root, body: body, scripts: [SiteAssets.searchScriptPath]).render()
    }

    /// The table's first order: corpus documents first, the newest year first, then by name,
    /// what a reviewer looks for. `rank[i]` is node `i`'s place.
    static func ranks(_ g: DocumentGraph) -> [Int] {
        let order = g.nodes.indices.sorted { a, b in
            let na = g.nodes[a], nb = g.nodes[b]
            if na.inCorpus != nb.inCorpus { return na.inCorpus }
            let ya = na.date?.year ?? 0, yb = nb.date?.year ?? 0
            if ya != yb { return ya > yb }
            if na.name != nb.name { return na.name < nb.name }
            return a < b
        }
        var rank = [Int](repeating: 0, count: g.nodes.count)
        for (place, i) in order.enumerated() { rank[i] = place }
        return rank
    }
}

/// One entry of the search index, which is also the index page's table: `n` the name shown,
/// `k` what is searched (folded id, name, title, issuer), `u` the page, `t` the title; the
/// table's columns `ty` type, `i` issuer, `l` level, `y` year, `d` date (to sort by), `s`
/// status, `c` source; `r` the row's place before the reader sorts. Short keys: at 10,000
/// documents the file is parsed on every load of the index page.
struct SearchEntry: Codable, Sendable {
    var n: String
    var k: String
    var u: String
    var t: String?
    var ty: String?
    var i: String?
    var l: String
    var y: Int?
    var d: String?
    var s: String
    var c: String
    var r: Int

    static func entries(_ content: SiteContent, statuses: [DocumentStatus.State]) -> [SearchEntry] {
        let w = content.words
        let g = content.graph
        let rank = IndexPage.ranks(g)
        return g.nodes.indices.map { i in
            let node = g.nodes[i]
            var keys = [node.name]
            if let id = node.id, id.description != node.name { keys.append(id.description) }
            if let t = node.title, t != node.name { keys.append(t) }
            if let issuer = node.issuer { keys.append(issuer) }
            if let l = node.locality { keys.append(l) }
            let level = AdministrativeLevel.of(issuer: node.issuer, issuerCode: node.id?.issuerCode, locality: node.locality)
            return SearchEntry(n: node.name, k: SearchFolding.fold(keys.joined(separator: " ")), u: content.paths.fromRoot(NodeIndex(i)),
                               t: node.title == node.name ? nil : node.title,
                               ty: node.typeWord ?? node.typeCode.flatMap { TypeCodes.typeWord[$0] }, i: node.issuer, l: w.level(level),
                               y: node.date?.year, d: node.date?.description, s: w.status(statuses[i]),
                               c: node.inCorpus ? w.inCorpus : w.citedOnly, r: rank[i])
        }
    }

    /// The JSON file, and the same bytes as a script that sets `docgraphSearch`.
    static func files(_ content: SiteContent, statuses: [DocumentStatus.State]) throws -> (json: [UInt8], script: [UInt8]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(entries(content, statuses: statuses))
        return (Array(json) + [0x0A], Array("window.docgraphSearch = ".utf8) + Array(json) + Array(";\n".utf8))
    }
}
