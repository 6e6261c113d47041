import Foundation

/// A path written so that it works from where the diagram is saved: a link in
/// `Graphs/corpus.svg` to `Corpus/000.txt` is `../Corpus/000.txt`, whoever made it and wherever.
public enum RelativeLink {
    /// `file` as seen from the folder `base` (both relative to the working folder, or absolute).
    public static func path(_ file: String, from base: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        func parts(_ p: String) -> [String] {
            let absolute = p.hasPrefix("/") ? p : cwd + "/" + p
            var out: [String] = []
            for c in absolute.split(separator: "/") where c != "." && !c.isEmpty {
                if c == ".." { _ = out.popLast() } else { out.append(String(c)) }
            }
            return out
        }
        let f = parts(file), b = parts(base)
        var common = 0
        while common < min(f.count, b.count), f[common] == b[common] { common += 1 }
        let up = Array(repeating: "..", count: b.count - common)
        return (up + f[common...]).joined(separator: "/")
    }
}

extension RelativeLink {
    /// Where in the file a link opens: `#page=3` in a paged file (PDF viewers, browsers included,
    /// open that page: RFC 8118), `#L12` otherwise (a text file's line, as code hosts number them).
    public static func fragment(page: Int?, line: Int) -> String {
        page.map { "#page=\($0)" } ?? "#L\(line)"
    }
}
