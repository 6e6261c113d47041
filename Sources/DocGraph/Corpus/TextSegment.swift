/// A run of folded text that the scanner reads as one: a prose block, or the cell of a task
/// table whose pieces were split across page breaks and joined again.
///
/// `origin` maps every folded byte back to the file's original bytes, so a citation found in a
/// joined cell still reports the line and column where each part stands.
public struct TextSegment: Sendable {
    public var bytes: [UInt8]
    /// One entry per byte plus one for the end.
    public var origin: [Int32]
    public let file: FoldedText
    /// Where each joined piece starts in `bytes`, and where it ends in the original bytes.
    private var pieces: [(start: Int, originalEnd: Int32)]

    /// A slice of the file's folded text.
    public init(_ file: FoldedText, range: Range<Int>) {
        // The whole text (a task string folded on its own) shares the file's arrays: no copy.
        if range == 0..<file.bytes.count {
            self.bytes = file.bytes
            self.origin = file.origin
        } else {
            self.bytes = Array(file.bytes[range])
            self.origin = Array(file.origin[range.lowerBound...range.upperBound])
        }
        self.file = file
        self.pieces = [(0, file.origin[range.upperBound])]
    }

    /// Pieces of the file joined with a space between them.
    public init(_ file: FoldedText, pieces ranges: [Range<Int>]) {
        var bytes: [UInt8] = []
        var origin: [Int32] = []
        var pieces: [(Int, Int32)] = []
        for piece in ranges where !piece.isEmpty {
            if !bytes.isEmpty {
                bytes.append(0x20)
                origin.append(file.origin[piece.lowerBound])
            }
            pieces.append((bytes.count, file.origin[piece.upperBound]))
            bytes.append(contentsOf: file.bytes[piece])
            origin.append(contentsOf: file.origin[piece])
        }
        origin.append(pieces.last?.1 ?? 0)
        if pieces.isEmpty { pieces = [(0, 0)] }
        self.bytes = bytes
        self.origin = origin
        self.file = file
        self.pieces = pieces
    }

    /// The folded offset in the whole file of segment byte `i`.
    public func fileOffset(of i: Int) -> Int {
        let original = Int(origin[min(max(i, 0), origin.count - 1)])
        // `origin` maps to original bytes; the file's folded offsets map there too, and are sorted.
        var lo = 0, hi = file.origin.count - 1
        while lo < hi { let mid = (lo + hi) / 2; if Int(file.origin[mid]) < original { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// The characters of `bytes` as `String(decoding:as:)` makes them and `count` counts them, read off the bytes
    /// where each scalar is a character of its own (`String.plainCharacterCount`; a scalar cut short repairs and is
    /// asked of the string): the column of every citation and task (other-hands: 3.7 M of 540 M on 400 documents).
    static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        if let counted = bytes.withUnsafeBufferPointer(String.plainCharacterCount) { return counted }
        return String(decoding: bytes, as: UTF8.self).count
    }

    public func location(of i: Int, fileName: String) -> SourceLocation {
        let offset = Int(origin[min(max(i, 0), origin.count - 1)])
        let line = file.line(ofOriginal: offset)
        let start = Int(file.lineStarts[line - 1])
        let column = Self.characterCount(file.original[start..<max(start, offset)]) + 1
        return SourceLocation(file: fileName, line: line, column: column)
    }

    /// The original text behind `range`, tidied (see `FoldedText.tidy`); across the joints of a
    /// joined cell each piece is quoted separately.
    public func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        // One piece (a prose block, a line, a task's text): the range's original bytes tidied, with
        // no list of parts to make and free (callgrind: 37,000 quotes on 100 plan-heavy documents).
        if pieces.count == 1 {
            let a = range.lowerBound, b = min(range.upperBound, bytes.count)
            guard b > a else { return "" }
            let oa = Int(origin[a])
            let ob = b < bytes.count ? Int(origin[b]) : Int(pieces[0].originalEnd)
            return ob > oa ? file.tidiedOriginal(oa..<ob) : ""
        }
        return originalText(joining: range)
    }

    /// `originalText` across the pieces of a joined cell; of one piece, what `originalText` says.
    func originalText(joining range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        // The pieces' original bytes joined with a space and tidied once; one piece (nearly
        // every quote) is tidied straight from the file's bytes, with no string in between.
        var parts: [Range<Int>] = []
        var a = range.lowerBound
        var p = pieces.lastIndex { $0.start <= a } ?? 0
        while a < range.upperBound, p < pieces.count {
            let pieceEnd = p + 1 < pieces.count ? pieces[p + 1].start - 1 : bytes.count
            let b = min(range.upperBound, pieceEnd)
            if b > a {
                let oa = Int(origin[a])
                let ob = b < pieceEnd ? Int(origin[b]) : Int(pieces[p].originalEnd)
                if ob > oa { parts.append(oa..<ob) }
            }
            p += 1
            a = max(b, pieceEnd + 1)
        }
        return file.tidiedOriginal(parts)
    }
}
