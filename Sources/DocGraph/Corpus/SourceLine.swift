/// One line of one file, as people find it: in a paged file (PDF) lines count on their page, so
/// the page is part of the line. Line 3 of page 1 and line 3 of page 2 are two lines; in a text
/// file (no page) a line is its number alone.
///
/// Rules that group or order citations by the line they stand on key them by this, never by
/// the line number alone; ordered by file, then page (none first), then line.
public struct SourceLine: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based page in a paged file; nil otherwise.
    public var page: Int?
    /// 1-based line: on its page in a paged file, in the file otherwise.
    public var line: Int

    public init(file: String, page: Int? = nil, line: Int) {
        self.file = file
        self.page = page
        self.line = line
    }

    public static func < (a: SourceLine, b: SourceLine) -> Bool {
        (a.file, a.page ?? 0, a.line) < (b.file, b.page ?? 0, b.line)
    }

    /// `file:LINE`, or `file.pdf:PAGE:LINE`.
    public var description: String { page.map { "\(file):\($0):\(line)" } ?? "\(file):\(line)" }
}

extension SourceLocation {
    /// The line this location is on, page included.
    public var sourceLine: SourceLine { SourceLine(file: file, page: page, line: line) }

    /// Reading order within the corpus: by file, page, line, then column.
    public static func inReadingOrder(_ a: SourceLocation, _ b: SourceLocation) -> Bool {
        (a.sourceLine, a.column) < (b.sourceLine, b.column)
    }
}
