import Foundation

/// What a reading of a name gave, remembered by the name's exact bytes, for readings that are a
/// function of the bytes alone: a remembered value is the value read again.
///
/// Reading an issuer's name is about 70,000 instructions (its words folded, abbreviations spelled
/// out, places looked up), and a document's header asks about the same few names several times
/// (`jointIssuers` and `unionCommittee` read the same two lines, `identify` them again), as every
/// document of an issuer does: callgrind, 100 `other-hands` documents, 855 readings of
/// `IssuingBody` for 72 M instructions, a quarter of extraction.
///
/// Locked: files are read on several threads. Bounded: when full it forgets everything and starts
/// again, so a corpus of many names costs no more memory than `capacity` of them.
final class NameReadings<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [SpellingKey: Value] = [:]
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// `read(name)`, read once while remembered.
    func value(of name: String, _ read: (String) -> Value) -> Value {
        let key = SpellingKey(name)
        lock.lock()
        if let known = values[key] { lock.unlock(); return known }
        lock.unlock()
        // Read unlocked: a reading may ask for other names (`canonical` of the rest of a name).
        let value = read(name)
        lock.lock()
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }

    /// How many names are remembered.
    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return values.count
    }
}
