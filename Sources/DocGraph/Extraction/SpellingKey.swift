import Foundation

/// A text as a dictionary key by its UTF-8 bytes: hashing a `String` that is not ASCII
/// normalizes it first (Unicode canonical equivalence), which made caches keyed by issuer names
/// cost more than what they saved. Two spellings are the same key only when byte for byte
/// equal, so a cache keyed by them computes its function once per spelling (`StringPool`'s
/// members, `metadata-conflict`'s names).
struct SpellingKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: SpellingKey, b: SpellingKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { p in
            y.withUTF8 { q in
                guard let pa = p.baseAddress, let qa = q.baseAddress else { return p.count == q.count }
                return memcmp(pa, qa, p.count) == 0
            }
        }
    }
}
