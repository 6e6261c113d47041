/// FNV-1a, 64 bits, of a file's bytes: enough to tell that a file whose size or time changed
/// still holds the same text (a `touch`, a copy), which then is not extracted again. It is not a
/// defence against someone crafting collisions; an index is rebuilt from its corpus anyway.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
