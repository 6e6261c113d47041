/// The distinct spellings of one field among a document's observations, numbered in the order
/// met, told apart by their bytes (`SpellingKey.sameBytes`). A field repeats the same few
/// spellings (an issuer written two ways across 90,000 citations): asking the one met last, then
/// the few others, costs no hashing, where grouping by `String` hashed every observation's text
/// and normalized it first (`metadata-conflict`'s largest cost at 20,000 documents).
struct DistinctSpellings {
    /// Each spelling once, in the order met.
    private(set) var values: [String] = []
    private var last = -1
    /// Past `linearLimit` spellings, a dictionary finds them.
    private var numbers: [SpellingKey: Int] = [:]
    static let linearLimit = 8

    /// The number of `text`'s spelling (a new one gets the next number).
    mutating func number(_ text: String) -> Int {
        if last >= 0, SpellingKey.sameBytes(values[last], text) { return last }
        if values.count <= Self.linearLimit {
            for j in values.indices where SpellingKey.sameBytes(values[j], text) {
                last = j
                return j
            }
        } else if let j = numbers[SpellingKey(text)] {
            last = j
            return j
        }
        values.append(text)
        last = values.count - 1
        if values.count == Self.linearLimit + 1 {
            for (j, v) in values.enumerated() { numbers[SpellingKey(v)] = j }
        } else if values.count > Self.linearLimit + 1 {
            numbers[SpellingKey(text)] = last
        }
        return last
    }
}
