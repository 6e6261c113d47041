/// Short words that end a name, whose folded spelling is also a word of names: `số` / `Sở hữu trí
/// tuệ`, `để` / `Đê điều`, `đã` / `Đa dạng sinh học`, `tại` / `tài nguyên`, `có` / `Cơ yếu`, `được` /
/// `Dược`, `trong` / `Đề án trồng 1 tỷ cây xanh`, `đất` / `Quy hoạch đất đai`. Folding cannot tell
/// them apart, the word as written can.
///
/// Each matcher keeps its own list of stops (what ends a law's name is not what ends a scheme's);
/// this table says, for any of them, which written form is the stop.
enum WrittenStops {
    /// Folded stop → the written forms (lower case) in which it is a stop.
    private static let writtenForms: [String: Set<String>] = [
        "so": ["số"], "da": ["đã"], "de": ["để"], "tai": ["tại"], "co": ["có"], "la": ["là"], "thi": ["thì"],
        "nay": ["này"], "ve": ["về"], "duoc": ["được"], "nam": ["năm"],
        // Words that keep a kind word from naming a document (`DescribedDocuments.notNames`).
        "trong": ["trong"], "do": ["do", "đó"], "o": ["ở"], "tu": ["từ"], "den": ["đến"], "dang": ["đang"],
        "dat": ["đạt"], "can": ["cần"], "se": ["sẽ"], "phai": ["phải"], "cac": ["các"], "nhung": ["những"],
        "cho": ["cho"], "voi": ["với"], "cua": ["của"], "va": ["và"], "tren": ["trên"], "nhu": ["như"],
        "nham": ["nhằm"],
    ]

    /// Whether the folded stop `stop`, which ends at `end` after starting at `start` in `segment`,
    /// is the stop as written and not a word of a name spelled the same way once folded.
    static func isStop(_ stop: String, from start: Int, to end: Int, in segment: TextSegment) -> Bool {
        guard let written = writtenForms[stop] else { return true }
        return written.contains(segment.originalText(start..<end).lowercased())
    }

    /// The first of `stops` (folded) that starts at `k` in `segment` as written, if any.
    static func first(of stops: [String], at k: Int, in segment: TextSegment) -> String? {
        let reader = ByteReader(segment.bytes)
        for stop in stops {
            guard let end = reader.phraseEnd(stop, at: k), isStop(stop, from: k, to: end, in: segment) else { continue }
            return stop
        }
        return nil
    }
}
