/// Where a segment says `gọi tắt là` (`… (sau đây gọi tắt là Nghị quyết 21)`) or one of its relatives
/// (`viết tắt là`, `gọi là`), found once per segment.
///
/// The words after the phrase define a short name; they are no mention of their own, a list of
/// citations goes on across the parenthesis, and an identifier right after the phrase restates
/// the citation before it. The scanner asks these questions at many offsets, so the phrase is
/// looked for once and each question is a binary search.
struct AliasPhrases {
    /// Start and end of each occurrence, in order.
    private let spans: [Range<Int>]

    init(_ segment: TextSegment) {
        let reader = ByteReader(segment.bytes)
        var spans: [Range<Int>] = []
        for (k, phrase) in Self.phrases.enumerated() {
            var from = 0
            while let start = reader.firstIndex(of: phrase, from: from) {
                let end = reader.phraseEnd(phrase, at: start) ?? (start + phrase.utf8.count)
                from = end
                // `viết tắt là`, `gọi là` define a short name only as `gọi tắt là` does, after `sau đây` or a bracket
                // (`được gọi là` in prose defines nothing).
                if k > 0, !Self.opensDefinition(segment.bytes, before: start) { continue }
                spans.append(start..<end)
            }
        }
        // Found phrase by phrase: put back in the segment's order, which `first(in:)` searches.
        self.spans = spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The phrases that define a short name, folded: `(sau đây gọi tắt là …)` (the usual one), `(sau đây viết
    /// tắt là Nghị quyết Đại hội)` (real: Cao Bằng's Tỉnh ủy, 2025), `(sau đây gọi là …)`.
    static let phrases = ["goi tat la", "viet tat la", "goi la"]

    /// Whether `sau đây` or an opening bracket stands right before `start`.
    private static func opensDefinition(_ b: [UInt8], before start: Int) -> Bool {
        var i = start
        while i > 0, ByteReader.isSpace(b[i - 1]) { i -= 1 }
        if i > 0, b[i - 1] == UInt8(ascii: "(") { return true }
        let word = Array("sau day".utf8)
        guard i >= word.count, b[(i - word.count)..<i].elementsEqual(word) else { return false }
        return i == word.count || !ByteReader.isAlnum(b[i - word.count - 1])
    }

    /// Whether the segment has no alias definition at all (most have none).
    var isEmpty: Bool { spans.isEmpty }

    /// The first occurrence that lies wholly inside `range`.
    func first(in range: Range<Int>) -> Range<Int>? {
        var k = firstIndex(startingAtOrAfter: range.lowerBound)
        while k < spans.count, spans[k].lowerBound < range.upperBound {
            if spans[k].upperBound <= range.upperBound { return spans[k] }
            k += 1
        }
        return nil
    }

    /// Whether an occurrence ends at most `distance` bytes before `offset` (so that what stands
    /// at `offset` is, or starts, the short name it defines).
    func defines(at offset: Int, within distance: Int) -> Bool {
        first(in: max(0, offset - distance)..<offset) != nil
    }

    private func firstIndex(startingAtOrAfter x: Int) -> Int {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].lowerBound < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
