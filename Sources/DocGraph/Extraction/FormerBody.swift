import Foundation

/// A body named as it was before the 2025 mergers: `Sở Y tế (cũ)`, `Huyện ủy Chợ Đồn (trước đây)`, `UBND tỉnh Sóc Trăng
/// (trước sắp xếp)`. Its numbers are a former unit's, never the merged unit's new ones.
enum FormerBody {
    /// The bracketed words that say so, folded.
    static let marks = ["cu", "truoc day", "truoc kia", "truoc sap xep", "truoc hop nhat", "truoc khi sap xep", "truoc khi hop nhat"]

    /// Where a bracket of `marks` that opens at `start` (after spaces) ends, or nil.
    static func bracketEnd(_ b: [UInt8], at start: Int, limit: Int) -> Int? {
        var r = ByteReader(b, from: start, end: min(limit, start + 40))
        r.skipSpaces()
        guard r.match("(") else { return nil }
        r.skipSpaces()
        guard marks.contains(where: { var t = r; return t.matchWord($0) && { t.skipSpaces(); return t.current == UInt8(ascii: ")") }() }) else { return nil }
        guard let close = ByteReader.firstIndex(of: UInt8(ascii: ")"), in: b, r.position..<r.end) else { return nil }
        return close + 1
    }

    /// Whether a citation's words end in such a bracket (`Kế hoạch số 45/KH-SYT của Sở Y tế (cũ)`).
    static func isSaid(in text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let inside = String(decoding: FoldedText(String(text[text.index(after: open)..<text.index(before: text.endIndex)])).bytes, as: UTF8.self)
        return marks.contains(inside.trimmingCharacters(in: .whitespaces))
    }
}
