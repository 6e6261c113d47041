/// Where something is in a source file. Lines and columns are 1-based; columns count characters.
///
/// In a paged file (PDF) `page` is set and `line` counts lines on that page: the location reads
/// `file.pdf:PAGE:LINE:COLUMN`.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based page, in formats that have pages; nil otherwise.
    public var page: Int?
    public var line: Int
    public var column: Int

    public init(file: String, page: Int? = nil, line: Int, column: Int) {
        self.file = file
        self.page = page
        self.line = line
        self.column = column
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
