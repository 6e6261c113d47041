import DocGraph
import Foundation
import Plot

/// `index.html`: every document, sortable by type, issuer, level and year, and a search box
/// over ids (with or without diacritics) and title words, answered in the browser from
/// `search-index.js`.
///
/// The page holds the first rows of the table itself, written here like every other table, and
/// does not load the search index: at 10,000 documents that script is 4.6 MB, and parsing it
/// made the page take 1.5–3 s to load in Chromium. site.js loads it when the reader first needs
/// it (focus on the search box, a sort button, the next rows).
enum IndexPage {
    /// Rows shown at a time: a page of 10,000 rows took Chromium seconds to load.
    static let rowsPerPage = 200

    static func html(_ content: SiteContent, entries: [SearchEntry]) -> String {
        let w = content.words
        let g = content.graph
        let overdue = content.agenda.filter(\.overdue).count
        let first = entries.sorted { $0.r < $1.r }.prefix(rowsPerPage)
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
            // The first rows are here; site.js draws the others from search-index.js, a page at
            // a time, and sorts there over every document, each cell set with textContent.
            .div(
                .class("table-wrap"),
                .table(
                    .id("documents"),
                    .attribute(named: "data-rows", value: String(rowsPerPage)),
                    .attribute(named: "data-index", value: SiteAssets.searchScriptPath),
                    .thead(.tr(.group(headers.map { h in
                        .th(.attribute(named: "scope", value: "col"),
                            .button(.type(.button), SiteMarkup.attribute("title", w.fill(w.sortBy, h)), SiteMarkup.words(h)))
                    }))),
                    .tbody(.group(first.map(row)))
                )
            ),
            .p(
                .class("pager"), .id("documents-pager"), entries.count > rowsPerPage ? .empty : .attribute(named: "hidden", value: "hidden"),
                .button(.type(.button), .attribute(named: "data-step", value: "-1"), .attribute(named: "disabled", value: "disabled"),
                        SiteMarkup.words(w.previousRows)),
                .span(.attribute(named: "aria-live", value: "polite"), SiteMarkup.attribute("data-text", w.rowsShown),
                      SiteMarkup.words(w.fill(w.rowsShown, String(first.isEmpty ? 0 : 1), String(first.count), String(entries.count)))),
                .button(.type(.button), .attribute(named: "data-step", value: "1"), SiteMarkup.words(w.nextRows))
            ),
        ]
        return SiteMarkup.page(content, title: w.indexTitle, depth: .root, body: body).render()
    }

    /// One row of the table, as site.js draws the others from the search index (same cells,
    /// same clipping of a long name), so that the first rows look the same before and after.
    static func row(_ e: SearchEntry) -> Node<HTML.TableContext> {
        .tr(
            .td(.a(.href(e.u), e.t.map { SiteMarkup.attribute("title", $0) } ?? .empty, SiteMarkup.words(clippedName(e.n)))),
            SiteMarkup.cell(e.ty ?? ""), SiteMarkup.cell(e.i ?? ""), SiteMarkup.cell(e.l),
            SiteMarkup.cell(e.y.map(String.init) ?? ""), SiteMarkup.cell(e.s), SiteMarkup.cell(e.c)
        )
    }

    /// site.js clips a name longer than 90 UTF-16 units to 89 and `…`; the same here.
    static func clippedName(_ name: String) -> String {
        let units = Array(name.utf16)
        guard units.count > 90 else { return name }
        var cut = 89
        if UTF16.isTrailSurrogate(units[cut]) { cut -= 1 }
        return String(decoding: units[..<cut], as: UTF16.self) + "…"
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
            let level = content.levels[i]
            return SearchEntry(n: node.name, k: SearchFolding.fold(keys.joined(separator: " ")), u: content.paths.fromRoot(NodeIndex(i)),
                               t: node.title == node.name ? nil : node.title,
                               ty: node.typeWord ?? node.typeCode.flatMap { TypeCodes.typeWord[$0] }, i: node.issuer, l: w.level(level),
                               y: node.date?.year, d: node.date?.description, s: w.status(statuses[i]),
                               c: node.inCorpus ? w.inCorpus : w.citedOnly, r: rank[i])
        }
    }

    /// The JSON file, and the same bytes as a script that sets `docgraphSearch`.
    static func files(_ entries: [SearchEntry]) throws -> (json: [UInt8], script: [UInt8]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(entries)
        return (Array(json) + [0x0A], Array("window.docgraphSearch = ".utf8) + Array(json) + Array(";\n".utf8))
    }
}
