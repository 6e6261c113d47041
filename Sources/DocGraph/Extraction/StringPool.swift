import Foundation

/// One copy of each repeated string of a file's extraction: the issuer, type word, subject,
/// lead unit and deadline that a file's citations and task rows repeat, and the citing document
/// that all of one document's citations share.
///
/// A Swift string longer than 15 UTF-8 bytes lives in its own allocation; two equal strings made
/// apart keep two. A plan-heavy file states `Ban Tổ chức Trung ương` or `Quý IV/2026` in row
/// after row, each made from its own cell: sharing them is what keeps an extracted corpus smaller
/// than its text. Every value is the same string as before; only its storage is shared.
struct StringPool {
    private var strings: Set<String> = []
    /// The member `strings` gave for each exact spelling met: a repeat is found by its bytes,
    /// without hashing it as a `String` does (normalising Vietnamese to NFC first: callgrind,
    /// 3 % of plan-heavy extraction). A set's member never changes once inserted, so the member
    /// found here is the one `strings.insert` would give.
    private var members: [SpellingKey: String] = [:]
    private var documents: [DocumentID: SharedDocumentID] = [:]

    /// The pool's copy of `s` (a string of 15 bytes or fewer has no storage to share).
    mutating func share(_ s: inout String) {
        guard s.utf8.count > 15 else { return }
        if let member = members[SpellingKey(s)] { s = member; return }
        let member = strings.insert(s).memberAfterInsert
        members[SpellingKey(s)] = member
        s = member
    }

    mutating func share(_ s: inout String?) {
        guard var value = s else { return }
        share(&value)
        s = value
    }

    mutating func share(_ deadline: inout Deadline?) {
        guard var value = deadline else { return }
        share(&value.text)
        deadline = value
    }

    mutating func share(_ announced: inout AnnouncedDocument?) {
        guard var value = announced else { return }
        share(&value.typeWord)
        share(&value.issuer)
        announced = value
    }

    mutating func share(_ citing: inout SharedDocumentID?) {
        guard let id = citing?.id else { return }
        if let shared = documents[id] { citing = shared } else { documents[id] = citing }
    }

    /// Shares the repeated strings of everything extracted from one file.
    static func share(_ file: inout ExtractedFile) {
        var pool = StringPool()
        for i in file.citations.indices {
            pool.share(&file.citations[i].citing)
            pool.share(&file.citations[i].typeWord)
            pool.share(&file.citations[i].issuer)
            pool.share(&file.citations[i].subject)
            pool.share(&file.citations[i].leadUnit)
            pool.share(&file.citations[i].deadline)
        }
        for i in file.tasks.indices {
            pool.share(&file.tasks[i].section)
            pool.share(&file.tasks[i].level)
            pool.share(&file.tasks[i].leadUnit)
            pool.share(&file.tasks[i].coordinating)
            pool.share(&file.tasks[i].deadline)
            pool.share(&file.tasks[i].announced)
        }
        for i in file.obligations.indices { pool.share(&file.obligations[i].actor) }
    }
}

/// The citing document of a citation, held once for all the citations of one document (a
/// `DocumentID` is about a hundred bytes; a citation keeps a reference to this instead).
final class SharedDocumentID: Hashable, Sendable {
    let id: DocumentID

    init(_ id: DocumentID) { self.id = id }

    static func == (a: SharedDocumentID, b: SharedDocumentID) -> Bool { a === b || a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
