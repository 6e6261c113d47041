/// A mistake planted on purpose in a synthetic corpus, so that a check can be scored on what
/// it must find (ground truth) and on what it finds besides.
public struct PlantedDefect: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Enacted implements/basedOn/amends citations that close a circle.
        case cycle
        /// A document cited whose text is not in the corpus.
        case dangling
        /// A citation that gives a corpus document a date other than its own.
        case dateConflict = "date-conflict"
        /// A citation, dated after the replacement, of a document another corpus document replaced.
        case staleCitation = "stale-citation"
    }

    public let kind: Kind
    /// The ids involved, as written: a cycle's members; the dangling id; the cited id.
    public let ids: [String]
    /// The files that hold the defect: every member of a cycle; else the citing document's file.
    public let files: [String]
    /// What was planted, for people (`cited as 26/06/2025, is 26/06/2026`).
    public let note: String

    public init(kind: Kind, ids: [String], files: [String], note: String) {
        self.kind = kind
        self.ids = ids
        self.files = files
        self.note = note
    }
}
