extension String {
    /// This text broken into at most `maxLines` lines of about `width` characters, only
    /// between words: a line is longer than `width` only when one word is. When words are left
    /// over, the last line ends with `…` after a whole word, so no word is ever cut. How titles
    /// are shown in diagram labels.
    public func wrapped(width: Int, maxLines: Int) -> [String] {
        let words = split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in words {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                if lines.count == maxLines - 1 { break }
                lines.append(current)
                current = String(word)
            }
            used += 1
        }
        if !current.isEmpty { lines.append(current) }
        if used < words.count, let last = lines.popLast() {
            // Words remain: mark the cut after the last whole word, never inside one.
            let trimmed = last.hasSuffix(",") || last.hasSuffix(";") || last.hasSuffix(":") ? String(last.dropLast()) : last
            lines.append(trimmed + " …")
        }
        return lines
    }
}
