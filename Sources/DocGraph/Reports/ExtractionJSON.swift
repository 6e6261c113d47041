import Foundation

/// JSON shapes of extraction results. Field names are stable and documented in README.
public enum ExtractionJSON {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    public static func citations(_ citations: [Citation]) -> String { encode(citations.map(CitationJSON.init)) }
    public static func documents(_ documents: [DocumentRecord]) -> String { encode(documents.map(DocumentJSON.init)) }
    public static func tasks(_ tasks: [TaskRow], documents: [DocumentRecord]) -> String {
        encode(tasks.map { TaskJSON($0, document: documents.indices.contains($0.documentIndex) ? documents[$0.documentIndex] : nil) })
    }
}

/// Writes every key, with `null` for what is unknown.
struct NullableKeyedWriter<Key: CodingKey> {
    var container: KeyedEncodingContainer<Key>
    mutating func put<V: Encodable>(_ value: V?, _ key: Key) throws {
        if let value { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
    }
}

struct CitationJSON: Encodable {
    let c: Citation
    init(_ c: Citation) { self.c = c }
    enum K: String, CodingKey {
        case file, page, line, column, id, number, typeCode, issuerCode, year, typeWord, date, issuer, term, subject,
             relation, modality, deadline, recurring, leadUnit, citingDocument, text, selfReference, nested, movesDeadline
    }
    func encode(to encoder: Encoder) throws {
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
        try w.put(c.location.file, .file)
        try w.container.encodeIfPresent(c.location.page, forKey: .page)
        try w.put(c.location.line, .line)
        try w.put(c.location.column, .column)
        try w.put(c.id.description, .id)
        try w.put(c.id.number.isEmpty ? nil : c.id.number, .number)
        try w.put(c.typeCode, .typeCode)
        try w.put(c.id.issuerCode.isEmpty ? nil : c.id.issuerCode, .issuerCode)
        try w.put(c.id.year, .year)
        try w.put(c.typeWord, .typeWord)
        try w.put(c.date, .date)
        try w.put(c.issuer, .issuer)
        try w.put(c.term, .term)
        try w.put(c.subject, .subject)
        try w.put(c.relation.rawValue, .relation)
        try w.put(c.modality.rawValue, .modality)
        try w.put(c.deadline?.date, .deadline)
        try w.put(c.deadline.map { $0.recurring }, .recurring)
        try w.put(c.leadUnit, .leadUnit)
        try w.put(c.citingDocument?.description, .citingDocument)
        try w.put(c.text, .text)
        try w.put(c.isSelfReference, .selfReference)
        try w.container.encodeIfPresent(c.deadlineShift.map(ShiftJSON.init), forKey: .movesDeadline)
        try w.put(c.isNested, .nested)
    }
}

/// A citation's ``DeadlineShift``: `{"task": …, "from": "2024-12-31", "to": "2026-12-31"}`.
struct ShiftJSON: Encodable {
    let task: String?
    let from: SimpleDate?
    let to: SimpleDate?
    init(_ s: DeadlineShift) { task = s.task; from = s.from?.date; to = s.to.date }
}

struct DocumentJSON: Encodable {
    let d: DocumentRecord
    init(_ d: DocumentRecord) { self.d = d }
    enum K: String, CodingKey { case id, typeCode, typeWord, issuer, date, inForceFrom, inForceUntil, place, title, term, locality, file, startPage, startLine, endPage, endLine }
    func encode(to encoder: Encoder) throws {
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
        try w.put(d.id?.description, .id)
        try w.put(d.typeCode, .typeCode)
        try w.put(d.typeWord, .typeWord)
        try w.put(d.issuer, .issuer)
        try w.put(d.date, .date)
        try w.container.encodeIfPresent(d.inForceFrom, forKey: .inForceFrom)
        try w.container.encodeIfPresent(d.inForceUntil, forKey: .inForceUntil)
        try w.put(d.place, .place)
        try w.put(d.title, .title)
        try w.put(d.term, .term)
        try w.put(d.locality, .locality)
        try w.put(d.file, .file)
        try w.container.encodeIfPresent(d.startPage, forKey: .startPage)
        try w.put(d.startLine, .startLine)
        try w.container.encodeIfPresent(d.endPage, forKey: .endPage)
        try w.put(d.endLine, .endLine)
    }
}

struct TaskJSON: Encodable {
    let t: TaskRow
    let document: DocumentRecord?
    init(_ t: TaskRow, document: DocumentRecord?) { self.t = t; self.document = document }
    enum K: String, CodingKey {
        case file, page, line, document, number, section, basis, task, level, leadUnit, coordinating, deadline, deadlineText,
             recurring, announces, citations
    }
    enum A: String, CodingKey { case typeCode, typeWord, issuer, subject }
    func encode(to encoder: Encoder) throws {
        var w = NullableKeyedWriter(container: encoder.container(keyedBy: K.self))
        try w.put(t.location.file, .file)
        try w.container.encodeIfPresent(t.location.page, forKey: .page)
        try w.put(t.location.line, .line)
        try w.put(document?.displayName, .document)
        try w.put(t.number, .number)
        try w.put(t.section, .section)
        try w.put(t.basis, .basis)
        try w.put(t.task, .task)
        try w.put(t.level, .level)
        try w.put(t.leadUnit, .leadUnit)
        try w.put(t.coordinating, .coordinating)
        try w.put(t.deadline?.date, .deadline)
        try w.put(t.deadline?.text, .deadlineText)
        try w.put(t.deadline?.recurring, .recurring)
        if let a = t.announced {
            var nested = NullableKeyedWriter(container: w.container.nestedContainer(keyedBy: A.self, forKey: .announces))
            try nested.put(a.typeCode, .typeCode)
            try nested.put(a.typeWord, .typeWord)
            try nested.put(a.issuer, .issuer)
            try nested.put(a.subject, .subject)
        } else {
            try w.container.encodeNil(forKey: .announces)
        }
        try w.put(t.citations.map(\.description), .citations)
    }
}
