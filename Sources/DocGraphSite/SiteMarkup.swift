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

    /// Text from the corpus or the word table, shown exactly as written: `&`, `<` and `>`
    /// escaped here, on bytes, and the result handed to Plot as text it must not escape again.
    /// Plot's own `.text` escapes one `Character` at a time, each made a `String` (Plot 0.14.0,
    /// `String.escaped()`), and it passes an entity written in a document (`&amp;`) through; this
    /// is the only way text enters a page, so every text is escaped once, here.
    static func words<Context>(_ text: String) -> Node<Context> {
        .raw(escapeText(text))
    }

    /// An attribute whose value may hold corpus text: `&`, `<`, `>`, `"` and `'` escaped.
    static func attribute<Context>(_ name: String, _ value: String) -> Node<Context> {
        .attribute(named: name, value: escapeAttribute(value))
    }

    /// `&`, `<` and `>` as entities: what element text needs.
    static func escapeText(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// `&`, `<`, `>`, `"` and `'` as entities: what an attribute value needs.
    static func escapeAttribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    /// On UTF-8 bytes: the five characters are ASCII and never part of a multi-byte letter, so
    /// the other bytes are copied as they are; a text without any is returned unchanged.
    private static func escape(_ value: String, quotes: Bool) -> String {
        var value = value
        return value.withUTF8 { bytes -> String? in
            func special(_ b: UInt8) -> Bool {
                b == 0x26 || b == 0x3C || b == 0x3E || (quotes && (b == 0x22 || b == 0x27))
            }
            guard let first = bytes.firstIndex(where: special) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for b in bytes[first...] {
                switch b {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 0x22 where quotes: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case 0x27 where quotes: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? value
    }

    /// A link to a document's page, with its name as the link text and its title as tooltip.
    /// Written once per document and site (`SiteContent.documentLinks`).
    static func documentLink(_ content: SiteContent, _ n: NodeIndex, from depth: Depth) -> Node<HTML.BodyContext> {
        .raw(String(decoding: link(content, n, from: depth).bytes, as: UTF8.self))
    }

    static func link(_ content: SiteContent, _ n: NodeIndex, from depth: Depth) -> MarkupWriter.Fragment {
        depth == .root ? content.rootLinks[Int(n)] : content.documentLinks[Int(n)]
    }

    /// `<a href title>name</a>`: the name clipped to 90 characters, the title, issuer and date as tooltip.
    static func link(_ g: DocumentGraph, _ n: NodeIndex, href: String) -> MarkupWriter.Fragment {
        let node = g[node: n]
        let label = node.name.clipped(to: 90)
        var tip = [node.title ?? node.name, node.issuer, node.date?.vietnamese].compactMap { $0 }.joined(separator: " — ")
        if tip == label { tip = "" }
        var out = MarkupWriter(capacity: 64 + tip.utf8.count + label.utf8.count)
        out.element(.a, [(.href, href), (.title, tip.isEmpty ? nil : tip)]) { $0.text(label) }
        return out.fragment
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
