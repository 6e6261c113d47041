import DocGraph

/// The text of a document's box: at most three lines, never a word cut.
///
/// 1. the number and date (`28-NQ/TW · 17/11/2022`), or for a document without a number its
///    type and date (`Chương trình hành động`);
/// 2. the short title: the title without its leading type word, whole words, `…` after the last;
/// 3. the issuer, whole words.
public enum DiagramLabel {
    public static let width = 40

    public static func lines(_ node: DocumentNode) -> [String] {
        var first = node.id?.description ?? node.typeWord ?? shortTitle(node).wrapped(width: width, maxLines: 1).first ?? node.name
        if let d = node.date { first += " · " + d.vietnamese }
        var lines = [first]
        let title = shortTitle(node)
        if !title.isEmpty, node.id != nil || node.typeWord != nil { lines += title.wrapped(width: width, maxLines: 1) }
        if let issuer = node.issuer {
            var place = ""
            if let l = node.locality, !issuer.folded.contains(l.folded) { place = " " + l }
            lines += (issuer + place).wrapped(width: width, maxLines: 1)
        }
        return lines
    }

    /// The title without the type word it starts with (`Nghị quyết về tiếp tục …` → `về tiếp tục …`):
    /// the first line already says what kind of document it is.
    public static func shortTitle(_ node: DocumentNode) -> String {
        guard var title = node.title?.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") else { return "" }
        if let word = node.typeWord, title.folded.hasPrefix(word.folded + " ") {
            title = String(title.dropFirst(word.count + 1))
        }
        return title
    }
}
