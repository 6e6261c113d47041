import DocGraph
import Plot

/// The parts every page shares, and the only ways corpus text enters a page.
///
/// Plot escapes element text, but it writes attribute values as given (Plot 0.14.0,
/// `Attribute.render`): a title with a `"` in a `title="…"` would end the attribute. So every
/// attribute that carries corpus text goes through `attribute(_:_:)`, which escapes it; and text
/// goes through `words(_:)`, which also keeps an `&amp;` written in a document as those five
/// characters (Plot passes what looks like an entity through unchanged).
enum SiteMarkup {
    /// Which folder a page is in, so that its links reach the shared files.
    enum Depth {
        case root, document

        var up: String { self == .root ? "" : "../" }
    }

    /// A whole page: `lang`, UTF-8, viewport, the stylesheet, a skip link, the navigation, a
    /// `main` holding `body`, and the script at the end.
    static func page(_ content: SiteContent, title: String, depth: Depth, body: [Node<HTML.BodyContext>],
                     scripts: [String] = []) -> HTML {
        let w = content.words
        let up = depth.up
        return HTML(
            .lang(Plot.Language(rawValue: w.languageCode) ?? .vietnamese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's `.title(_:)` also writes og:title and twitter:title meta tags with the
                // text unescaped in their attributes, so the element is built by hand.
                .element(named: "title", nodes: [words("\(title) — \(w.siteName)")]),
                .link(.rel(.stylesheet), .href(up + SiteAssets.stylesheetPath))
            ),
            .body(
                .a(.class("skip"), .href("#content"), words(w.skipToContent)),
                .header(
                    .class("site"),
                    .p(.class("site-name"), .a(.href(up + "index.html"), words(w.siteName))),
                    .nav(
                        attribute("aria-label", w.mainNavigation),
                        .ul(
                            .li(.a(.href(up + "index.html"), words(w.indexTitle))),
                            .li(.a(.href(up + "findings.html"), words(w.findingsTitle))),
                            .li(.a(.href(up + "obligations.html"), words(w.obligationsTitle)))
                        )
                    ),
                    .p(.class("as-of"), words(w.fill(w.asOfLine, content.options.asOf.vietnamese)))
                ),
                .main(.id("content"), .group(body)),
                .footer(.class("site"), .p(words(w.fill(w.generatedBy, String(content.corpusCount), String(content.citedCount))))),
                .group((scripts + [SiteAssets.scriptPath]).map { .script(.src(up + $0)) })
            )
        )
    }

    /// Text from the corpus or the word table, shown exactly as written.
    static func words<Context>(_ text: String) -> Node<Context> {
        .text(text.replacingOccurrences(of: "&", with: "&amp;"))
    }

    /// An attribute whose value may hold corpus text: `&`, `<`, `>`, `"` and `'` escaped.
    static func attribute<Context>(_ name: String, _ value: String) -> Node<Context> {
        .attribute(named: name, value: escapeAttribute(value))
    }

    static func escapeAttribute(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for ch in value.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A link to a document's page, with its name as the link text and its title as tooltip.
    static func documentLink(_ content: SiteContent, _ n: NodeIndex, from depth: Depth) -> Node<HTML.BodyContext> {
        let node = content.graph[node: n]
        let href = depth == .root ? content.paths.fromRoot(n) : content.paths.fromDocument(n)
        let label = node.name.clipped(to: 90)
        var tip = [node.title ?? node.name, node.issuer, node.date?.vietnamese].compactMap { $0 }.joined(separator: " — ")
        if tip == label { tip = "" }
        return .a(.href(href), tip.isEmpty ? .empty : attribute("title", tip), words(label))
    }

    /// `Corpus/000_….txt:128:208`, as compilers print places.
    static func location(_ l: SourceLocation) -> Node<HTML.BodyContext> {
        .code(.class("loc"), words(l.description))
    }

    /// A deadline as people read it: `30/04/2026 (Tháng 4/2026)`, recurring said so.
    static func deadline(_ d: Deadline?, _ w: SiteWords) -> String {
        guard let d else { return w.noDeadline }
        var s = d.date.map { "\($0.vietnamese) (\(d.text))" } ?? d.text
        if d.recurring, d.date != nil { s += ", \(w.recurring)" }
        return s
    }

    /// A table with a header row; `sortable` lets site.js sort it by a column's button.
    static func table(_ headers: [String], rows: [Node<HTML.TableContext>], sortable: Bool = false, w: SiteWords,
                      caption: String? = nil) -> Node<HTML.BodyContext> {
        .div(
            .class("table-wrap"),
            .table(
                sortable ? .attribute(named: "data-sortable", value: "true") : .empty,
                caption.map { .caption(words($0)) } ?? .empty,
                .thead(.tr(.group(headers.map { h in
                    sortable
                        ? .th(.attribute(named: "scope", value: "col"),
                              .button(.type(.button), attribute("title", w.fill(w.sortBy, h)), words(h)))
                        : .th(.attribute(named: "scope", value: "col"), words(h))
                }))),
                .tbody(.group(rows))
            )
        )
    }

    static func cell(_ text: String) -> Node<HTML.TableRowContext> { .td(words(text)) }
}
