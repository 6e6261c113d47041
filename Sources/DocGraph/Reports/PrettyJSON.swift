/// JSON written straight into bytes, byte for byte as Foundation's `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (the stable output of every command):
/// two spaces an indent, `"key" : value`, an empty array as `[`, a blank line and `]`, keys in
/// the order of their bytes, only `"`, `\` and control characters escaped.
///
/// The large answers (`check` at 100,000 documents: 95 MB; `impact`, `deps`: megabytes) were
/// encoded by `JSONEncoder` at 10–30 MB/s, through a tree of boxed values; this writes the same
/// bytes in one pass. Keys are written in the order the caller gives them, which must be their
/// byte order (checked in debug builds).
public struct PrettyJSON {
    public private(set) var bytes: [UInt8] = []
    private var indent = 0
    /// Whether the open array or object has no element yet.
    private var empty = true
    #if DEBUG
    private var lastKeys: [[UInt8]] = [[]]
    #endif

    public init() { bytes.reserveCapacity(1 << 12) }

    /// The text written.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Containers

    public mutating func object(_ body: (inout PrettyJSON) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func array<S: Sequence>(_ items: S, _ element: (inout PrettyJSON, S.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            startElement()
            element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// The key of the next field of the open object; the value follows.
    public mutating func key(_ key: StaticString) {
        #if DEBUG
        let k = Array(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        assert(lastKeys[lastKeys.count - 1].lexicographicallyPrecedes(k) || lastKeys[lastKeys.count - 1].isEmpty,
               "PrettyJSON: key \(key) after \(String(decoding: lastKeys[lastKeys.count - 1], as: UTF8.self)): keys go in byte order")
        lastKeys[lastKeys.count - 1] = k
        #endif
        startElement()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        indent += 2
        empty = true
        #if DEBUG
        lastKeys.append([])
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 2
        // An empty container keeps its blank line, as JSONEncoder writes it.
        if empty { bytes.append(0x0A) }
        newline()
        bytes.append(bracket)
        empty = false
        #if DEBUG
        lastKeys.removeLast()
        #endif
    }

    private mutating func startElement() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20) }
    }

    // MARK: Large answers

    /// Hands the bytes written so far to `sink` and forgets them, keeping the writer's place (its
    /// indent, whether the open container is empty): an answer of hundreds of megabytes (`impact`
    /// of a document most of the corpus rests on: 276 MB at 100,000 documents) is written out as
    /// it goes instead of held whole and copied into a `String`.
    public mutating func flush(_ sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Bytes written since `start` (a `bytes.count` read before), kept by a caller that writes the
    /// same value again at the same depth (`raw`): a chain's edge, repeated in the chain of
    /// every document reached through it.
    public func written(since start: Int) -> ArraySlice<UInt8> { bytes[start...] }

    /// Bytes `written(since:)` kept of a value written at the same depth, written again as the
    /// value in the place of an element or a field's value: the same bytes its writer would write.
    public mutating func raw(_ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: value)
        empty = false
    }

    // MARK: Values

    public mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    public mutating func bool(_ value: Bool) {
        if value { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    public mutating func int(_ value: Int) {
        guard value != 0 else { bytes.append(UInt8(ascii: "0")); return }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var v = value.magnitude
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 {
                d[count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[i]) }
        }
    }

    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                escape(b)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 15)]])
        }
    }

    // MARK: Fields

    /// A field whose value may be unknown: written `null` then, as `NullableKeyedWriter` does.
    public mutating func field(_ k: StaticString, _ value: String?) {
        key(k)
        if let value { string(value) } else { null() }
    }

    public mutating func field(_ k: StaticString, _ value: Int?) {
        key(k)
        if let value { int(value) } else { null() }
    }

    public mutating func field(_ k: StaticString, _ value: Bool?) {
        key(k)
        if let value { bool(value) } else { null() }
    }

    /// A field left out when its value is unknown (`encodeIfPresent`): a PDF's page.
    public mutating func fieldIfPresent(_ k: StaticString, _ value: Int?) {
        if let value { key(k); int(value) }
    }
}
