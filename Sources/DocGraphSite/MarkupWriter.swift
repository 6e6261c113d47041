import Plot

/// Markup written straight into bytes, for the long and repeated parts of a page: the rows of
/// a citation table, the items of an impact list, a link to a document.
///
/// Plot builds a tree of nodes and renders each element into a string of its own, then copies
/// it into its parent's (Plot 0.14.0, `ElementRenderingBuffer`); on the 400-row tables and
/// impact lists of a 10,000-document site that was half of the pages' CPU time (perf). This
/// writer keeps Plot's guarantees without the tree: elements are opened and closed by
/// `element(_:_:_:)`, so they always nest; tag and attribute names are closed enums; `text`
/// and every attribute value are escaped (`SiteMarkup.escapeText`, `escapeAttribute`). The
/// bytes are the same as Plot writes for the same elements (`SitePagesTests.writerMatchesPlot`),
/// and reach the page as one node (`node`).
struct MarkupWriter {
    enum Tag: String {
        case a, code, li, span, td, tr
    }

    enum AttributeName: String {
        case `class`, href, title
    }

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    /// `<tag name="value"…>`, what `body` writes, `</tag>`; an attribute with a nil value is left out.
    mutating func element(_ tag: Tag, _ attributes: [(AttributeName, String?)] = [], _ body: (inout MarkupWriter) -> Void) {
        bytes.append(0x3C)
        bytes += tag.rawValue.utf8
        for (name, value) in attributes {
            guard let value else { continue }
            bytes.append(0x20)
            bytes += name.rawValue.utf8
            bytes += #"=""#.utf8
            bytes += SiteMarkup.escapeAttribute(value).utf8
            bytes.append(0x22)
        }
        bytes.append(0x3E)
        body(&self)
        bytes += "</".utf8
        bytes += tag.rawValue.utf8
        bytes.append(0x3E)
    }

    /// Text shown as written.
    mutating func text(_ value: String) {
        bytes += SiteMarkup.escapeText(value).utf8
    }

    /// Markup another writer made (a document's link, written once per site).
    mutating func append(_ fragment: Fragment) {
        bytes += fragment.bytes
    }

    /// What a writer made, kept to be written again.
    struct Fragment: Sendable {
        let bytes: [UInt8]
    }

    var fragment: Fragment { Fragment(bytes: bytes) }

    /// The markup as one node of a Plot page.
    func node<Context>() -> Node<Context> {
        .raw(String(decoding: bytes, as: UTF8.self))
    }
}
