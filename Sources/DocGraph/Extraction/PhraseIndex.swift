/// Folded phrases grouped by their first byte, in their original order within each group.
///
/// Matchers that try a list of phrases at every word start (relation verbs, the words that end
/// an issuer's name, type words) spent most of their time failing on the first byte: a word
/// start now tries only the few phrases that begin with its byte, in the same order as before,
/// so the first phrase that matches is the same one.
///
/// `match(_:at:after:)` tries them on the bytes of one table, without copying a group or its
/// strings: looping over `self[byte]` retained the group and each phrase it handed out, and
/// `ByteReader.phraseEnd` took each phrase's bytes out of its string (issue #12, eighteenth pass:
/// about 500,000 tries on 100 plan-heavy documents). A phrase whose second byte differs from the
/// text's fails there, before its walk.
struct PhraseIndex<Value: Sendable>: Sendable {
    private let groups: [[(phrase: String, value: Value)]]
    /// Every group's phrases, in group order, as one run of bytes: entry `k`'s are
    /// `bytes[byteStarts[k]..<byteStarts[k + 1]]`.
    private let bytes: [UInt8]
    private let byteStarts: [Int]
    private let entries: [(phrase: String, value: Value)]
    /// The entries whose phrase starts with byte `c`: `groupStarts[c]..<groupStarts[c + 1]`.
    private let groupStarts: [Int]

    init(_ entries: [(phrase: String, value: Value)]) {
        var groups = [[(phrase: String, value: Value)]](repeating: [], count: 256)
        for entry in entries { groups[Int(entry.phrase.utf8.first ?? 0)].append(entry) }
        self.groups = groups
        var bytes: [UInt8] = [], byteStarts: [Int] = [0], flat: [(phrase: String, value: Value)] = [], groupStarts: [Int] = [0]
        for group in groups {
            for entry in group {
                bytes += Array(entry.phrase.utf8)
                byteStarts.append(bytes.count)
                flat.append(entry)
            }
            groupStarts.append(flat.count)
        }
        self.bytes = bytes
        self.byteStarts = byteStarts
        self.entries = flat
        self.groupStarts = groupStarts
    }

    /// The phrases that start with `byte`, in their original order.
    @inline(__always)
    subscript(byte: UInt8) -> [(phrase: String, value: Value)] { groups[Int(byte)] }

    /// Entry `k`'s phrase, as given.
    func phrase(_ k: Int) -> String { entries[k].phrase }

    /// Entry `k`'s value.
    func value(_ k: Int) -> Value { entries[k].value }

    /// The first phrase of the group of `r.bytes[i]` that `r.phraseEnd(_:at: i)` finds, after entry `previous` when
    /// given (a later match of the same group), and where it ends: what `for entry in self[r.bytes[i]]` tried in turn.
    /// `i` is inside `r.bytes`.
    func match(_ r: ByteReader, at i: Int, after previous: Int? = nil) -> (entry: Int, end: Int)? {
        let c = Int(r.bytes[i])
        var k = previous.map { $0 + 1 } ?? groupStarts[c]
        let last = groupStarts[c + 1]
        guard k < last else { return nil }
        return r.bytes.withUnsafeBufferPointer { text in bytes.withUnsafeBufferPointer { all in byteStarts.withUnsafeBufferPointer { starts in
            let stop = min(r.end, text.count)
            while k < last {
                defer { k += 1 }
                let p = UnsafeBufferPointer(rebasing: all[starts[k]..<starts[k + 1]])
                if let e = Self.phraseEnd(p, in: text, at: i, end: stop) { return (k, e) }
            }
            return nil
        } } }
    }

    /// `ByteReader.phraseEnd(walking:at:)` on a phrase and a text held by pointers, the second byte asked first.
    @inline(__always)
    private static func phraseEnd(_ phrase: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
        let n = phrase.count
        if n > 0, phrase[0] != 0x20, start >= end || bytes[start] != phrase[0] { return nil }
        // The walk's second step: a byte that is no space must be the text's next byte.
        if n > 1, phrase[0] != 0x20, phrase[1] != 0x20, start + 1 >= end || bytes[start + 1] != phrase[1] { return nil }
        return ByteReader.walk(phrase, in: bytes, at: start, end: end)
    }
}
