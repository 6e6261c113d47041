import DocGraph
import Foundation

/// Where each document's page lives: `d/<slug>.html`, the slug made from the document's
/// identity key (`28-nq/tw#XIII` → `28-nq-tw-xiii`), folded to ASCII so that a link works on
/// any file system and web server. Two keys that fold alike get `-2`, `-3` in node order, so the
/// same graph always gives the same names.
public struct PagePaths: Sendable {
    /// File name under `d/` for each node.
    public let slugs: [String]

    public static let documentFolder = "d"

    public init(_ graph: DocumentGraph) {
        var used: [String: Int] = [:]
        slugs = graph.nodes.map { node in
            // A numbered document by its identity; one without a number by its title (its key
            // holds the file's path, which says nothing to a reader of the address).
            var base = Self.slug(node.id == nil || node.key.isEmpty ? node.name : node.key)
            if base.isEmpty { base = "van-ban" }
            let n = used[base, default: 0] + 1
            used[base] = n
            return n == 1 ? base + ".html" : "\(base)-\(n).html"
        }
    }

    /// A page's path from the site's root folder.
    public func fromRoot(_ n: NodeIndex) -> String { "\(Self.documentFolder)/\(slugs[Int(n)])" }

    /// A page's path from another document page (both are in `d/`).
    public func fromDocument(_ n: NodeIndex) -> String { slugs[Int(n)] }

    /// Lower-case ASCII letters and digits, runs of anything else as one `-`, at most 80 bytes.
    static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for ch in SearchFolding.fold(text).unicodeScalars {
            let v = ch.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(ch)
                if out.utf8.count >= 80 { break }
            } else {
                dash = true
            }
        }
        return out
    }
}

/// How the site folds text for search and file names: lower case, combining marks removed,
/// `đ` as `d`. `site.js` folds what the reader types the same way (`SiteScript.fold`), so that
/// `28-nq/tw` finds `28-NQ/TW` and `quy dinh` finds `Quy định`.
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch s.value {
            case 0x0300...0x036F: continue
            case 0x0111: out.append("d")
            default: out.append(s)
            }
        }
        return String(out)
    }
}
