import DocGraph
import Foundation
import GRDB

/// Writes one file's extraction as rows, and reads every file's rows back as the extraction that
/// made them: field for field, in the same order, so that `GraphBuilder` builds from the index the
/// very graph it builds from the files.
enum StoredRows {
    // MARK: Writing

    static func insert(_ file: ExtractedFile, fileID: Int64, _ db: Database) throws {
        let documents = try db.cachedStatement(sql: """
            INSERT INTO documents (file_id, position, doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year,
              type_code, type_word, issuer, date, place, title, term, locality, start_page, start_line, end_page, end_line, title_start, title_end,
              in_force_from, numbering_place, in_force_until)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        var words = [[String]](repeating: [], count: file.documents.count)
        for c in file.citations where words.indices.contains(c.documentIndex) {
            words[c.documentIndex].append(c.text)
        }
        for (i, d) in file.documents.enumerated() {
            try documents.execute(arguments: StatementArguments([fileID, i] + idColumns(d.id) + [
                d.typeCode, d.typeWord, d.issuer, d.date?.description, d.place, d.title, d.term, d.locality,
                d.startPage, d.startLine, d.endPage, d.endLine, d.titleLines?.lowerBound, d.titleLines?.upperBound, d.inForceFrom?.description,
                d.numberingPlace, d.inForceUntil?.description,
            ] as [(any DatabaseValueConvertible)?]))
            try searchRow(rowID: db.lastInsertedRowID, id: d.id?.description, typeCode: d.typeCode ?? d.id?.typeCode, typeWord: d.typeWord,
                          title: d.title, issuer: d.issuer, issuerCode: d.id?.issuerCode, year: d.date?.year, citations: words[i], delete: false, db)
        }

        let citations = try db.cachedStatement(sql: """
            INSERT INTO citations (file_id, position, document, citing, citing_key, citing_form, citing_number, citing_type, citing_issuer_code, citing_year,
              cited, cited_key, cited_form, cited_number, cited_type, cited_issuer_code, cited_year,
              type_word, date, issuer, term, subject, relation, modality, deadline, deadline_recurring, deadline_text, lead_unit,
              nested, self_reference, page, line, "column", text, review_stage, deadline_shift)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        for (i, c) in file.citations.enumerated() {
            try citations.execute(arguments: StatementArguments(
                [fileID, i, c.documentIndex] + idColumns(c.citingDocument) + idColumns(c.id)
                + [c.typeWord, c.date?.description, c.issuer, c.term, c.subject, c.relation.rawValue, c.modality.rawValue]
                + deadlineColumns(c.deadline)
                + [c.leadUnit, c.isNested, c.isSelfReference, c.location.page, c.location.line, c.location.column, c.text, c.reviewStage?.rawValue,
                   shiftColumn(c.deadlineShift)]
                as [(any DatabaseValueConvertible)?]))
        }

        let tasks = try db.cachedStatement(sql: """
            INSERT INTO tasks (file_id, position, document, number, section, basis, task, level, lead_unit, coordinating,
              deadline, deadline_recurring, deadline_text, announced_type_code, announced_type_word, announced_issuer,
              announced_subject, announced_text, citations, page, line, "column")
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        for (i, t) in file.tasks.enumerated() {
            let a = t.announced
            try tasks.execute(arguments: StatementArguments(
                [fileID, i, t.documentIndex, t.number, t.section, t.basis, t.task, t.level, t.leadUnit, t.coordinating]
                + deadlineColumns(t.deadline)
                + [a?.typeCode, a?.typeWord, a?.issuer, a?.subject, a?.text, encodeIDs(t.citations), t.location.page, t.location.line, t.location.column]
                as [(any DatabaseValueConvertible)?]))
        }

        let obligations = try db.cachedStatement(sql: """
            INSERT INTO obligations (file_id, position, document, actor, actor_level, expected_types, page, line, "column", text)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """)
        for (i, o) in file.obligations.enumerated() {
            try obligations.execute(arguments: [fileID, i, o.documentIndex, o.actor, o.actorLevel.rawValue,
                                                encodeStrings(o.expectedTypes), o.location.page, o.location.line, o.location.column, o.text])
        }

        let counts = try db.cachedStatement(sql: """
            INSERT INTO stated_counts (file_id, position, document, heading, stated, listed, page, line, "column") VALUES (?,?,?,?,?,?,?,?,?)
            """)
        for (i, s) in file.statedCounts.enumerated() {
            try counts.execute(arguments: [fileID, i, s.documentIndex, s.heading, s.stated, s.listed, s.location.page, s.location.line, s.location.column])
        }

        let diagnostics = try db.cachedStatement(sql: """
            INSERT INTO diagnostics (file_id, position, severity, message, path, page, line, "column") VALUES (?,?,?,?,?,?,?,?)
            """)
        for (i, d) in file.diagnostics.enumerated() {
            try diagnostics.execute(arguments: [fileID, i, d.severity.rawValue, d.message,
                                                d.location.file == file.file ? nil : d.location.file, d.location.page, d.location.line, d.location.column])
        }
    }

    /// The search row of one document: its id, type word, title and the text of every citation it
    /// makes, folded; its type code, issuer and year as columns to filter on.
    private static func searchRow(rowID: Int64, id: String?, typeCode: String?, typeWord: String?, title: String?,
                                  issuer: String?, issuerCode: String?, year: Int?, citations: [String], delete: Bool, _ db: Database) throws {
        let text = ([id, typeWord, title].compactMap { $0 } + citations).joined(separator: " \n ")
        let sql = delete
            ? "INSERT INTO document_search (document_search, rowid, words, type, issuer, year) VALUES ('delete',?,?,?,?,?)"
            : "INSERT INTO document_search (rowid, words, type, issuer, year) VALUES (?,?,?,?,?)"
        try db.cachedStatement(sql: sql).execute(arguments: [
            rowID, text.folded, typeCode?.folded ?? "", [issuer, issuerCode].compactMap { $0 }.joined(separator: " ").folded,
            year.map(String.init) ?? "",
        ])
    }

    /// Removes a file and, by cascade, every row extracted from it. Search rows have no foreign
    /// key (FTS5 tables cannot have one) and go first, made again from the rows that made them.
    static func delete(fileID: Int64, _ db: Database) throws {
        var words: [Int: [String]] = [:]
        let cited = try Row.fetchCursor(db, sql: "SELECT document, text FROM citations WHERE file_id = ? ORDER BY id", arguments: [fileID])
        while let r = try cited.next() { words[r[0], default: []].append(r[1]) }
        let documents = try Row.fetchAll(db, sql: """
            SELECT id, position, doc_id, type_code, doc_type, type_word, title, issuer, doc_issuer_code, date FROM documents WHERE file_id = ?
            """, arguments: [fileID])
        for r in documents {
            let code: String? = r[3] ?? r[4]
            try searchRow(rowID: r[0], id: r[2], typeCode: code, typeWord: r[5], title: r[6], issuer: r[7], issuerCode: r[8],
                          year: date(r[9])?.year, citations: words[r[1]] ?? [], delete: true, db)
        }
        try db.cachedStatement(sql: "DELETE FROM files WHERE id = ?").execute(arguments: [fileID])
    }

    static func idColumns(_ id: DocumentID?) -> [(any DatabaseValueConvertible)?] {
        guard let id else { return [nil, nil, nil, nil, nil, nil, nil] }
        return [id.description, id.key, id.form.rawValue, id.number, id.typeCode, id.issuerCode, id.year]
    }

    static func deadlineColumns(_ d: Deadline?) -> [(any DatabaseValueConvertible)?] {
        guard let d else { return [nil, nil, nil] }
        return [d.date?.description, d.recurring, d.text]
    }

    /// Ids a task cites, as a JSON array of objects (`json_each` reads it in SQL).
    private static func encodeIDs(_ ids: [DocumentID]) -> String {
        let objects = ids.map { id -> [String: Any] in
            var o: [String: Any] = ["id": id.description, "key": id.key, "form": id.form.rawValue,
                                    "number": id.number, "type": id.typeCode, "issuerCode": id.issuerCode]
            if let y = id.year { o["year"] = y }
            return o
        }
        return jsonText(objects)
    }

    private static func encodeStrings(_ strings: [String]) -> String { jsonText(strings) }

    private static func jsonText(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Reading

    /// Every file's extraction, in path order as `CorpusWalker` gives it.
    static func extraction(_ db: Database) throws -> CorpusExtraction { try extractionAndDocuments(db).extraction }

    /// The extraction, and the `documents.id` of each of its documents in the order `GraphBuilder`
    /// makes their nodes (file by file, then in the file): node n of the corpus is row `ids[n]`.
    /// Without `citations`, the files hold none (the stored graph has them as edges), and of
    /// their tasks only those announcing a document (what the graph's plans are).
    static func extractionAndDocuments(_ db: Database, citations withCitations: Bool = true) throws -> (extraction: CorpusExtraction, documentIDs: [Int64]) {
        var files: [ExtractedFile] = []
        var slot: [Int64: Int] = [:]
        var rows: [(Int64, String, Bool)] = []
        let fileCursor = try Row.fetchCursor(db, sql: "SELECT id, path, was_read FROM files")
        while let row = try fileCursor.next() { rows.append((row[0], row[1], row[2])) }
        rows.sort { $0.1 < $1.1 }
        for (id, path, wasRead) in rows {
            slot[id] = files.count
            var f = ExtractedFile(file: path)
            f.wasRead = wasRead
            files.append(f)
        }

        var rowIDs = [[Int64]](repeating: [], count: files.count)
        // Column by column (`RawRow`), the short words pooled, as the stored graph's nodes are read:
        // GRDB's `Row` made a `String` of every column of 100,000 records through `String(cString:)`.
        let documentStatement = try db.makeStatement(sql: "SELECT file_id, id, \(recordColumns) FROM documents ORDER BY id")
        let documents = try Row.fetchCursor(documentStatement)
        let d = RawRow(documentStatement)
        var words = TextPool()
        while try documents.next() != nil {
            guard let k = slot[Int64(d.int(0))] else { continue }
            files[k].documents.append(try d.record(2, file: files[k].file, words: &words))
            rowIDs[k].append(Int64(d.int(1)))
        }

        let citations = try Row.fetchCursor(db, sql: "SELECT file_id, \(citationColumns) FROM citations \(withCitations ? "" : "WHERE 0 ")ORDER BY id")
        while let r = try citations.next() {
            guard let k = slot[r[0]] else { continue }
            files[k].citations.append(try citation(r, 1, file: files[k].file))
        }

        let tasks = try Row.fetchCursor(db, sql: """
            SELECT file_id, document, number, section, basis, task, level, lead_unit, coordinating,
              deadline, deadline_recurring, deadline_text, announced_type_code, announced_type_word, announced_issuer,
              announced_subject, announced_text, citations, page, line, "column"
            FROM tasks \(withCitations ? "" : "WHERE announced_type_code IS NOT NULL ")ORDER BY id
            """)
        while let r = try tasks.next() {
            guard let k = slot[r[0]] else { continue }
            let typeCode: String? = r[12]
            let announced = try typeCode.map { code in
                AnnouncedDocument(typeCode: code, typeWord: r[13], issuer: r[14], subject: r[15], text: try nonNull(r[16]))
            }
            files[k].tasks.append(TaskRow(
                number: r[2], section: r[3], basis: r[4], task: r[5], level: r[6], leadUnit: r[7], coordinating: r[8],
                deadline: deadline(r, 9), announced: announced, citations: try decodeIDs(r[17]), documentIndex: r[1],
                location: SourceLocation(file: files[k].file, page: r[18], line: r[19], column: r[20])))
        }

        let obligations = try Row.fetchCursor(db, sql: """
            SELECT file_id, document, actor, actor_level, expected_types, page, line, "column", text FROM obligations ORDER BY id
            """)
        while let r = try obligations.next() {
            guard let k = slot[r[0]] else { continue }
            files[k].obligations.append(Obligation(
                actor: r[2], actorLevel: try value(r[3]), expectedTypes: try decodeStrings(r[4]), documentIndex: r[1],
                location: SourceLocation(file: files[k].file, page: r[5], line: r[6], column: r[7]), text: r[8]))
        }

        let counts = try Row.fetchCursor(db, sql: """
            SELECT file_id, document, heading, stated, listed, page, line, "column" FROM stated_counts ORDER BY id
            """)
        while let r = try counts.next() {
            guard let k = slot[r[0]] else { continue }
            files[k].statedCounts.append(StatedCount(heading: r[2], stated: r[3], listed: r[4], documentIndex: r[1],
                                                     location: SourceLocation(file: files[k].file, page: r[5], line: r[6], column: r[7])))
        }

        let diagnostics = try Row.fetchCursor(db, sql: """
            SELECT file_id, severity, message, path, page, line, "column" FROM diagnostics ORDER BY id
            """)
        while let r = try diagnostics.next() {
            guard let k = slot[r[0]] else { continue }
            let path: String? = r[3]
            files[k].diagnostics.append(Diagnostic(try value(r[1]), at: SourceLocation(file: path ?? files[k].file, page: r[4], line: r[5], column: r[6]), r[2]))
        }
        return (CorpusExtraction(files: files), rowIDs.flatMap { $0 })
    }

    /// The columns of `citations` that make a `Citation`, read by `citation(_:_:file:)`.
    static let citationColumns = """
        document, citing, citing_key, citing_form, citing_number, citing_type, citing_issuer_code, citing_year, \
        cited, cited_key, cited_form, cited_number, cited_type, cited_issuer_code, cited_year, \
        type_word, date, issuer, term, subject, relation, modality, deadline, deadline_recurring, deadline_text, lead_unit, \
        nested, self_reference, page, line, "column", text, review_stage, deadline_shift
        """

    /// A citation from `citationColumns`, starting at column `i`.
    static func citation(_ r: Row, _ i: Int, file: String) throws -> Citation {
        guard let cited = try id(r, i + 8) else { throw corrupt("a citation without a cited document") }
        var citation = Citation(
            id: cited, typeWord: r[i + 15], date: date(r[i + 16]), issuer: r[i + 17], term: r[i + 18], subject: r[i + 19],
            relation: try value(r[i + 20]), modality: try value(r[i + 21]), deadline: deadline(r, i + 22), leadUnit: r[i + 25],
            citingDocument: try id(r, i + 1), documentIndex: r[i], isNested: r[i + 26], isSelfReference: r[i + 27],
            location: SourceLocation(file: file, page: r[i + 28], line: r[i + 29], column: r[i + 30]), text: r[i + 31])
        citation.reviewStage = try (r[i + 32] as String?).map { try value($0) }
        citation.deadlineShift = try shift(r[i + 33] as String?)
        return citation
    }

    /// A ``DeadlineShift`` as its column holds it: JSON (`{"task":…,"from":…,"to":…}`), null for none.
    static func shiftColumn(_ s: DeadlineShift?) -> String? {
        guard let s, let data = try? shiftEncoder.encode(s) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The ``DeadlineShift`` a column holds.
    static func shift(_ text: String?) throws -> DeadlineShift? {
        guard let text else { return nil }
        do { return try JSONDecoder().decode(DeadlineShift.self, from: Data(text.utf8)) } catch { throw corrupt("a deadline shift that is no JSON of one") }
    }

    private static let shiftEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return e
    }()

    /// The columns of `documents` that make a `DocumentRecord`, read by `record(_:_:file:)`.
    static let recordColumns = """
        doc_id, doc_key, doc_form, doc_number, doc_type, doc_issuer_code, doc_year, type_code, type_word, issuer, date, place, \
        title, term, locality, start_page, start_line, end_page, end_line, title_start, title_end, in_force_from, numbering_place, \
        in_force_until
        """

    /// A document's record from `recordColumns`, starting at column `i`.
    static func record(_ r: Row, _ i: Int, file: String) throws -> DocumentRecord {
        let start: Int? = r[i + 19], end: Int? = r[i + 20]
        var record = DocumentRecord(
            id: try id(r, i), typeCode: r[i + 7], typeWord: r[i + 8], issuer: r[i + 9], date: date(r[i + 10]), place: r[i + 11],
            title: r[i + 12], term: r[i + 13], locality: r[i + 14], file: file, startLine: r[i + 16], endLine: r[i + 18],
            titleLines: start.flatMap { s in end.map { s..<$0 } })
        record.startPage = r[i + 15]
        record.endPage = r[i + 17]
        record.inForceFrom = date(r[i + 21])
        record.numberingPlace = r[i + 22]
        record.inForceUntil = date(r[i + 23])
        return record
    }

    static func id(_ r: Row, _ i: Int) throws -> DocumentID? {
        guard let text: String = r[i] else { return nil }
        let form: DocumentID.Form = try value(r[i + 2])
        return DocumentID(storedForm: form, number: r[i + 3], typeCode: r[i + 4], issuerCode: r[i + 5], year: r[i + 6],
                          name: form == .named ? text : nil, key: r[i + 1])
    }

    /// The date ten `YYYY-MM-DD` bytes spell (`.some(nil)` when they spell none), or `.none` when the
    /// bytes are of another form: the caller then reads them as `SimpleDate(iso:)` does.
    static func isoDate(_ b: UnsafeBufferPointer<UInt8>) -> SimpleDate?? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return .none }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = b[i] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return .none }
        return .some(SimpleDate(year: year, month: month, day: day))
    }

    /// A `YYYY-MM-DD` column. Read once per node, edge and observation (millions at 100,000
    /// documents): the ten bytes are read directly, any other form goes through `SimpleDate(iso:)`.
    static func date(_ text: String?) -> SimpleDate? {
        guard var text else { return nil }
        let read: SimpleDate?? = text.withUTF8 { isoDate($0) }
        return read ?? SimpleDate(iso: text)
    }

    static func deadline(_ r: Row, _ i: Int) -> Deadline? {
        guard let text: String = r[i + 2] else { return nil }
        return Deadline(date: date(r[i]), recurring: r[i + 1] ?? false, text: text)
    }

    static func value<T: RawRepresentable>(_ raw: String) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: raw) else { throw corrupt("unknown value '\(raw)' for \(T.self)") }
        return v
    }

    /// The cases of a stored enumeration by the bytes of their raw values, so that a column of
    /// 738,000 edges is matched in place rather than made into a `String` and switched on.
    struct Spellings<T: RawRepresentable & CaseIterable> where T.RawValue == String {
        let cases: [(bytes: [UInt8], value: T)] = T.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    static func value<T>(_ b: UnsafeBufferPointer<UInt8>, among spellings: Spellings<T>) throws -> T {
        // memcmp, not `elementsEqual`: the generic comparison walks both sides element by element
        // (2 % of `check` at 20,000 documents, one call for each case tried on 148,000 edges).
        for (bytes, value) in spellings.cases where bytes.count == b.count {
            if b.isEmpty { return value }
            if bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 }) { return value }
        }
        return try self.value(String(decoding: b, as: UTF8.self))
    }

    private static func nonNull(_ s: String?) throws -> String {
        guard let s else { throw corrupt("a missing text") }
        return s
    }

    private static func decodeIDs(_ json: String) throws -> [DocumentID] {
        if json == "[]" { return [] }
        guard let array = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else {
            throw corrupt("task citations are not a JSON array")
        }
        return try array.map { o in
            guard let text = o["id"] as? String, let key = o["key"] as? String, let formText = o["form"] as? String,
                  let form = DocumentID.Form(rawValue: formText), let number = o["number"] as? String,
                  let type = o["type"] as? String, let issuer = o["issuerCode"] as? String else { throw corrupt("a task citation without its id") }
            return DocumentID(storedForm: form, number: number, typeCode: type, issuerCode: issuer, year: o["year"] as? Int,
                              name: form == .named ? text : nil, key: key)
        }
    }

    /// Integers written as `[3,17,42]` (an ambiguity's candidates).
    static func integers(_ text: String) throws -> [Int] {
        guard text.hasPrefix("["), text.hasSuffix("]") else { throw corrupt("a list of integers that is not one: \(text)") }
        return try text.dropFirst().dropLast().split(separator: ",").map { part in
            guard let n = Int(part) else { throw corrupt("a list of integers that is not one: \(text)") }
            return n
        }
    }

    private static func decodeStrings(_ json: String) throws -> [String] {
        guard let array = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String] else { throw corrupt("a list that is not a JSON array") }
        return array
    }

    /// Rows that cannot be what docgraph wrote: the file was edited by hand or damaged.
    struct RowError: Error { var detail: String }
    static func corrupt(_ detail: String) -> RowError { RowError(detail: detail) }
}
