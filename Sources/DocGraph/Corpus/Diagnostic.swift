/// Where something is in a source file. Lines and columns are 1-based; columns count characters.
///
/// In a paged file (PDF) `page` is set and `line` counts lines on that page: the location reads
/// `file.pdf:PAGE:LINE:COLUMN`.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    // Page, line and column held in 32 bits each, read as `Int`s: a place stands in every citation,
    // edge, observation, plan and finding, and as `Int?` and two `Int`s it was 48 bytes, now 32 (a
    // plan-heavy corpus has one a plan and one a plan's finding). No page is `Int32.min`. A number
    // beyond 32 bits (a file of more than two billion lines) is held clamped.
    private var p: Int32
    private var l: Int32
    private var c: Int32

    /// 1-based page, in formats that have pages; nil otherwise.
    public var page: Int? {
        get { p == Int32.min ? nil : Int(p) }
        set { p = newValue.map { max(Int32(clamping: $0), Int32.min + 1) } ?? Int32.min }
    }
    public var line: Int {
        get { Int(l) }
        set { l = Int32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(c) }
        set { c = Int32(clamping: newValue) }
    }

    public init(file: String, page: Int? = nil, line: Int, column: Int) {
        self.file = file
        p = Int32.min
        l = Int32(clamping: line)
        c = Int32(clamping: column)
        self.page = page
    }

    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.l == b.l && a.c == b.c && a.p == b.p && a.file == b.file
    }

    /// The fields as the stored `String`, `Int?`, `Int` and `Int` were hashed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(page)
        hasher.combine(line)
        hasher.combine(column)
    }

    private enum CodingKeys: String, CodingKey { case file, page, line, column }

    public init(from decoder: Decoder) throws {
        let k = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try k.decode(String.self, forKey: .file), page: try k.decodeIfPresent(Int.self, forKey: .page),
                  line: try k.decode(Int.self, forKey: .line), column: try k.decode(Int.self, forKey: .column))
    }

    /// The keys in the order the synthesized encoding wrote them, `page` only when there is one.
    public func encode(to encoder: Encoder) throws {
        var k = encoder.container(keyedBy: CodingKeys.self)
        try k.encode(file, forKey: .file)
        try k.encodeIfPresent(page, forKey: .page)
        try k.encode(line, forKey: .line)
        try k.encode(column, forKey: .column)
    }

    /// `file:LINE`, or `file.pdf:PAGE:LINE`, without the column.
    public var lineReference: String { page.map { "\(file):\($0):\(line)" } ?? "\(file):\(line)" }

    public var description: String { page.map { "\(file):\($0):\(line):\(column)" } ?? "\(file):\(line):\(column)" }
}

/// A problem with the input that did not stop the run: the file or the part of it is skipped
/// and the message says why and what to do.
///
/// `message` is English (logs, the index, tests); `said`, when docgraph wrote the message, holds
/// its facts so the catalogue can say it in the reader's language. Two diagnostics are equal when
/// location, severity and message are (one restored from an index has no `said`).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// The message's facts, for the catalogue; nil for messages made as text.
    public var said: DiagnosticMessage?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public init(_ severity: Severity, at location: SourceLocation, _ said: DiagnosticMessage) {
        self.init(severity, at: location, said.english)
        self.said = said
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.location == b.location && a.severity == b.severity && a.message == b.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(severity)
        hasher.combine(message)
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
