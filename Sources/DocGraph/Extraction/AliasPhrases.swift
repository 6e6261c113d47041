/// Where a segment says `gọi tắt là` (`… (sau đây gọi tắt là Nghị quyết 21)`), found once per
/// segment.
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
        var from = 0
        while let start = reader.firstIndex(of: Self.phrase, from: from) {
            let end = reader.phraseEnd(Self.phrase, at: start) ?? (start + Self.phrase.utf8.count)
            spans.append(start..<end)
            from = end
        }
        self.spans = spans
    }

    static let phrase = "goi tat la"

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
