import Foundation

/// One copy of each quote and task text that repeats across a corpus's files, while the corpus is read.
///
/// `StringPool` shares what one file repeats (issuers, lead units, deadlines); the texts a graph keeps
/// longest repeat across files instead: the same basis quoted by document after document (`Căn cứ Luật Tổ
/// chức chính quyền địa phương ngày 19 tháng 6 năm 2015`), the same task in plan after plan. Each file's
/// copy was a string of its own, kept by its citations, edges, observations and plans (massif, 2,000
/// plan-heavy documents: task texts 8.0 MB and quotes 6.8 MB of a 48 MB heap, for 210 distinct task texts and
/// 3,797 distinct quotes). A file's texts are shared as soon as it is read, on its reading thread, so that
/// its own copies go before the next file is read. Every value is the same string as before, byte for
/// byte; only its storage is shared. The table goes with the reading (`CorpusExtraction.extract`).
///
/// Locked: files are read on several threads.
final class SharedTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: Set<SameBytes> = []

    /// Gives each quote of `file`'s citations, and each task text of its rows, the storage of the first
    /// string of the same bytes read before it.
    func share(_ file: inout ExtractedFile) {
        lock.lock()
        defer { lock.unlock() }
        for i in file.citations.indices { share(&file.citations[i].text) }
        for i in file.tasks.indices {
            // The row's text and its announced document's are one string when the row announces it whole.
            let task = file.tasks[i].task
            share(&file.tasks[i].task)
            guard let text = file.tasks[i].announced?.text else { continue }
            if SameBytes(text) == SameBytes(task) {
                file.tasks[i].announced!.holdText(in: file.tasks[i].task)
            } else {
                var shared = text
                share(&shared)
                file.tasks[i].announced!.holdText(in: shared)
            }
        }
    }

    /// The table's string of `s`'s bytes (a string of 15 bytes or fewer has no storage to share).
    private func share(_ s: inout String) {
        guard s.utf8.count > 15 else { return }
        let (inserted, member) = texts.insert(SameBytes(s))
        if !inserted { s = member.text }
    }
}

/// A string compared and hashed by its UTF-8 bytes, not by canonical equivalence as `String` is
/// (which hashes Vietnamese after normalising it): two strings are shared only when their bytes are
/// the same, and hashing them costs a pass over their bytes.
struct SameBytes: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: SameBytes, b: SameBytes) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { x in y.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
