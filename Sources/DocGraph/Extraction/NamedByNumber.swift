/// A document named by kind and subject stands for the numbered document of the same kind and
/// subject that the same document cites.
///
/// `KẾ HOẠCH thực hiện Quy định về trách nhiệm nêu gương của cán bộ, đảng viên` over a body that
/// opens `Thực hiện Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương về trách
/// nhiệm nêu gương của cán bộ, đảng viên, trước hết là …` names 08-QĐi/TW twice, once by its
/// subject: as a short re-mention (`Quy định 132`) is the full id it stands for, so is this one.
/// Left as written when the kind differs (a decision issuing the rules is another document) or
/// when two numbered documents of the document share the subject.
enum NamedByNumber {
    /// Fewest words of a subject that tell one document from another of its kind.
    private static let fewestWords = 3

    static func settle(_ citations: inout [Citation], from first: Int) {
        guard first < citations.count else { return }
        // Only where a document names something by kind and subject (its own mention, or the
        // parent of a nested one) are its numbered citations' subjects split into words: most
        // documents name nothing so, and splitting every subject was 5 % of extraction.
        var asked: Set<Key> = []
        var named = false
        for c in citations[first...] {
            guard let word = c.typeWord else { continue }
            if c.id.form == .named { named = true }
            if c.id.form == .named || (c.isNested && c.citing?.id.form == .named) {
                asked.insert(Key(document: c.documentIndex, kind: word.folded))
            }
        }
        guard named else { return }
        // (document, folded kind) → the numbered citations of that kind with their subjects' words.
        var numbered: [Key: [(id: DocumentID, words: [Substring])]] = [:]
        for c in citations[first...] {
            guard let kind = c.typeWord?.folded else { continue }
            if c.id.form == .named { continue }
            guard !c.isSelfReference, let subject = c.subject, asked.contains(Key(document: c.documentIndex, kind: kind)) else { continue }
            let words = subjectWords(subject.folded)
            guard words.count >= fewestWords else { continue }
            numbered[Key(document: c.documentIndex, kind: kind), default: []].append((c.id, words))
        }
        guard named, !numbered.isEmpty else { return }
        var settled: [DocumentID: DocumentID?] = [:]
        func number(for c: Citation) -> DocumentID? {
            guard c.id.form == .named, !c.id.isLawLevel, let kind = c.typeWord?.folded,
                  let candidates = numbered[Key(document: c.documentIndex, kind: kind)] else { return nil }
            if let known = settled[c.id] { return known }
            let name = (c.id.name ?? "").folded
            guard name.hasPrefix(kind) else { settled[c.id] = .some(nil); return nil }
            let words = subjectWords(String(name.dropFirst(kind.count)))
            var found: DocumentID?
            var several = false
            for candidate in candidates where words.count >= fewestWords && sharesStart(words, candidate.words) {
                if let f = found, f != candidate.id { several = true }
                found = candidate.id
            }
            let result = several ? nil : found
            settled[c.id] = .some(result)
            return result
        }
        for k in first..<citations.count {
            if let id = number(for: citations[k]) { citations[k].id = id }
            if citations[k].isNested, let parent = citations[k].citing, parent.id.form == .named {
                var probe = citations[k]
                probe.id = parent.id
                probe.isNested = false
                if let id = number(for: probe) { citations[k].citingDocument = id }
            }
        }
        citations[first...].removeAll { $0.isNested && $0.citingDocument == $0.id }
    }

    private struct Key: Hashable {
        var document: Int
        var kind: String
    }

    /// The words of a folded subject, without the `về (việc)` that opens it and punctuation.
    private static func subjectWords(_ folded: String) -> [Substring] {
        var words = folded.split { !($0.isLetter || $0.isNumber) }
        if words.first == "ve" { words.removeFirst() }
        if words.first == "viec" { words.removeFirst() }
        return words
    }

    /// Whether one subject is the other's opening words (a title shortens the description, or the
    /// description goes on after the name: `…, trước hết là …`).
    private static func sharesStart(_ a: [Substring], _ b: [Substring]) -> Bool {
        let n = min(a.count, b.count)
        return a.prefix(n).elementsEqual(b.prefix(n))
    }
}
