/// Folded phrases grouped by their first byte, in their original order within each group.
///
/// Matchers that try a list of phrases at every word start (relation verbs, the words that end
/// an issuer's name, type words) spent most of their time failing on the first byte: a word
/// start now tries only the few phrases that begin with its byte, in the same order as before,
/// so the first phrase that matches is the same one.
struct PhraseIndex<Value: Sendable>: Sendable {
    private let groups: [[(phrase: String, value: Value)]]

    init(_ entries: [(phrase: String, value: Value)]) {
        var groups = [[(phrase: String, value: Value)]](repeating: [], count: 256)
        for entry in entries { groups[Int(entry.phrase.utf8.first ?? 0)].append(entry) }
        self.groups = groups
    }

    /// The phrases that start with `byte`, in their original order.
    @inline(__always)
    subscript(byte: UInt8) -> [(phrase: String, value: Value)] { groups[Int(byte)] }
}
