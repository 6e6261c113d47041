/// Yes-or-no answers by pair of ids, in one open-addressed table of packed pairs: a lookup hashes one
/// integer and reads one or two slots, and the table grows with the pairs asked, not with the product
/// of the ids met (`AnnouncedMatcher`'s compatibility of issuers).
struct PairAnswers: Sendable {
    /// The pair packed in 64 bits, plus one (0 marks an empty slot), and its answer in `answers` at the same place.
    private var slots: [UInt64]
    private var answers: [Bool]
    private(set) var count = 0

    init() {
        slots = [UInt64](repeating: 0, count: 256)
        answers = [Bool](repeating: false, count: 256)
    }

    @inline(__always)
    private static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))) &+ 1
    }

    @inline(__always)
    private func start(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
    }

    /// The answer recorded for (a, b), nil when none is.
    func answer(_ a: Int32, _ b: Int32) -> Bool? {
        let key = Self.key(a, b)
        var i = start(key)
        while true {
            let s = slots[i]
            if s == key { return answers[i] }
            if s == 0 { return nil }
            i = (i + 1) & (slots.count - 1)
        }
    }

    /// Records the answer for (a, b), not yet recorded.
    mutating func record(_ a: Int32, _ b: Int32, _ answer: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        insert(Self.key(a, b), answer)
        count += 1
    }

    private mutating func insert(_ key: UInt64, _ answer: Bool) {
        var i = start(key)
        while slots[i] != 0 && slots[i] != key { i = (i + 1) & (slots.count - 1) }
        slots[i] = key
        answers[i] = answer
    }

    private mutating func grow() {
        let old = slots, oldAnswers = answers
        slots = [UInt64](repeating: 0, count: old.count * 2)
        answers = [Bool](repeating: false, count: old.count * 2)
        for k in old.indices where old[k] != 0 { insert(old[k], oldAnswers[k]) }
    }
}
