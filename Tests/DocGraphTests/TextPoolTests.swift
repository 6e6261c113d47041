@testable import DocGraphIndex
import Testing

/// `TextPool` gives back the text it made for the same bytes (one string shared by every row
/// that holds them), whatever their length, and a new one for other bytes, as its table grows.
@Suite("text pool")
struct TextPoolTests {
    @Test("the same bytes give the same text, short (held inline) or long, across growth; other bytes other texts")
    func shared() {
        var pool = TextPool()
        let texts = (0..<5_000).map { k in k % 3 == 0 ? "TW\(k)" : "Căn cứ Nghị quyết số \(k)-NQ/TW ngày 01/02/2024 của Bộ Chính trị về chuyển đổi số" }
        func read(_ text: String) -> String {
            var text = text
            return text.withUTF8 { pool.text($0) }
        }
        let first = texts.map(read)
        #expect(first == texts)
        for (k, text) in texts.enumerated().reversed() {
            let again = read(text)
            #expect(again == text)
            // The pooled string itself (same storage) for a long text; a short one is held inline.
            if text.utf8.count > 15 {
                #expect(again.utf8.withContiguousStorageIfAvailable { $0.baseAddress } == first[k].utf8.withContiguousStorageIfAvailable { $0.baseAddress })
            }
        }
        #expect(read("") == "")
        #expect(read("") == "")
        #expect(read("TW0") == "TW0")
        #expect(read("TW00") == "TW00")
    }
}
