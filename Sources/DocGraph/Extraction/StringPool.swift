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
    /// Whether every member so far is in NFC by its scalars alone (`isCertainlyNFC`), and `strings` is not
    /// kept: among such strings canonical equivalence is byte equality, so a spelling `members` does not
    /// know is new to `strings` too, and it is its own member. Inserting it into `strings` hashed it as a
    /// `String` (normalising Vietnamese first: callgrind, 100 plan-heavy documents, 17 M instructions for
    /// 2,300 spellings). The first spelling that is not certain fills `strings` with the members and ends this.
    private var certainNFC: Bool

    init(askingEverySpelling: Bool = false) { certainNFC = !askingEverySpelling }

    /// The pool's copy of `s` (a string of 15 bytes or fewer has no storage to share).
    mutating func share(_ s: inout String) {
        guard s.utf8.count > 15 else { return }
        let key = SpellingKey(s)
        if let member = members[key] { s = member; return }
        if certainNFC {
            if Self.isCertainlyNFC(s) { members[key] = s; return }
            certainNFC = false
            for member in members.values { strings.insert(member) }
        }
        let member = strings.insert(s).memberAfterInsert
        members[key] = member
        s = member
    }

    /// Whether `s` is in NFC by its scalars alone: each is below U+0300 (ASCII, Latin-1, Latin Extended-A and
    /// -B, spacing modifiers), in U+1E00–U+1EFF (Latin Extended Additional: Vietnamese letters with two marks)
    /// or in U+2010–U+2027, U+2030–U+205E (dashes, quotation marks, punctuation). Every such scalar is a
    /// starter that is its own NFC, and no two of them compose, so a string of them is its own NFC.
    static func isCertainlyNFC(_ s: String) -> Bool {
        var t = s
        return t.withUTF8 { u in
            var i = 0
            let n = u.count
            while i < n {
                let x = u[i]
                if x < 0x80 { i += 1; continue }
                if x >= 0xC2, x <= 0xCB { i += 2; continue }
                guard x == 0xE1 || x == 0xE2, i + 2 < n else { return false }
                let y = u[i + 1], z = u[i + 2]
                if x == 0xE1 {
                    guard y >= 0xB8, y <= 0xBB else { return false }
                } else if y == 0x80 {
                    guard (z >= 0x90 && z <= 0xA7) || z >= 0xB0 else { return false }
                } else {
                    guard y == 0x81, z <= 0x9E else { return false }
                }
                i += 3
            }
            return true
        }
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
    static func share(_ file: inout ExtractedFile, askingEverySpelling: Bool = false) {
        var pool = StringPool(askingEverySpelling: askingEverySpelling)
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
