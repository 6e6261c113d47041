// Small text forms that every layer shows or matches with; they live at the bottom layer so
// that no layer reaches sideways or upwards for them.

extension String {
    /// This text cut to at most `length` characters, an ellipsis marking the cut: how long titles
    /// are shown in tables, findings and diagram labels.
    public func clipped(to length: Int) -> String {
        count <= length ? self : String(prefix(Swift.max(length - 1, 0))) + "…"
    }

    /// This text folded for matching (see `FoldedText`): `Quyết định` → `quyet dinh`.
    public var folded: String { String(decoding: FoldedText(self).bytes, as: UTF8.self) }

    /// `QUY ĐỊNH` → `Quy định`: a type word as headers shout it, shown as prose writes it.
    var sentenceCased: String {
        let lower = lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// `quynh luu` → `Quynh Luu`: a place the table does not know, shown readably.
    var capitalisedWords: String {
        split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Without a trailing full stop, space or markdown star: `Quy định số 253-QĐ/TW.` ends a sentence.
    var trimmingTrailingDot: String {
        var s = self
        while let last = s.last, last == "." || last == " " || last == "*" { s.removeLast() }
        return s
    }

    /// Without leading and trailing characters of `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension Int {
    /// `7.zeroPadded(2)` → `07`: days and months in dates.
    func zeroPadded(_ width: Int) -> String {
        let s = String(self)
        return String(repeating: "0", count: Swift.max(0, width - s.count)) + s
    }
}
