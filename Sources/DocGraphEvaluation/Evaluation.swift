import DocGraph
import Foundation

/// What docgraph gains and loses against hand-made gold on documents it was not built from,
/// in the manner of eyecite's corpus report: per document, the citations found and lost, the
/// relations and modalities right and wrong, and the own identity; then the totals.
public struct Evaluation: Sendable {
    /// The score of one annotated file.
    public struct FileScore: Sendable {
        public var name: String
        public var goldNumbered = 0
        public var foundNumbered = 0
        public var extractedNumbered = 0
        public var goldNamed = 0
        public var foundNamed = 0
        public var extractedNamed = 0
        public var matched = 0
        public var relationRight = 0
        public var modalityRight = 0
        public var statedIdentities = 0
        public var identitiesFound = 0
        /// Documents whose issuer (or date) the gold states, and those docgraph names the same.
        public var statedIssuers = 0
        public var issuersRight = 0
        public var statedDates = 0
        public var datesRight = 0
        /// Documents whose kind (`typeCode`) or place (`locality`: `Tân Kỳ, Nghệ An`) the gold states, and those right.
        public var statedTypes = 0
        public var typesRight = 0
        public var statedLocalities = 0
        public var localitiesRight = 0
        /// Enacted amends/replaces/repeals edges that the gold does not have.
        public var falseRevisions: [String] = []
        /// Edges from a document to itself.
        public var selfEdges: [String] = []
        /// Named documents longer than a name can be (a swallowed line).
        public var swallowed: [String] = []
        public var lost: [String] = []
        public var gained: [String] = []
        public var wrongRelations: [String] = []
        /// Matched citations read `enacted` where the gold says `planned`, or the reverse: `label read≠gold`.
        public var wrongModalities: [String] = []
        public var wrongIdentity: [String] = []
        public var wrongIssuers: [String] = []
        public var wrongDates: [String] = []
        public var wrongTypes: [String] = []
        public var wrongLocalities: [String] = []
    }

    public var files: [FileScore] = []

    /// Scores every `NAME.gold.json` in `folder` against docgraph's extraction of its text.
    public static func run(folder: String) throws -> Evaluation {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".gold.json") }.sorted()
        var evaluation = Evaluation()
        for goldName in names {
            let stem = String(goldName.dropLast(".gold.json".count))
            guard let textName = ["txt", "md", "html", "htm"].map({ "\(stem).\($0)" })
                .first(where: { FileManager.default.fileExists(atPath: "\(folder)/\($0)") }) else { continue }
            let gold = try GoldFile.load("\(folder)/\(goldName)")
            let extracted = DocumentExtractor.extract(path: "\(folder)/\(textName)")
            evaluation.files.append(score(stem, gold: gold, extracted: extracted))
        }
        guard !evaluation.files.isEmpty else { throw EvaluationError.noDocuments(folder: folder) }
        return evaluation
    }

    static func score(_ name: String, gold: GoldFile, extracted: ExtractedFile) -> FileScore {
        var s = FileScore(name: name)
        let own = Set(extracted.documents.compactMap { $0.id?.key })
        // Each own number with its documents' dates: a citation dated otherwise names another document of that number
        // (387, Lâm Đồng's 07/CT-UBND of 2023 carrying out the 07/CT-UBND of 2021), no self edge.
        var ownDates: [String: [SimpleDate?]] = [:]
        for d in extracted.documents { if let key = d.id?.key { ownDates[key, default: []].append(d.date) } }
        for d in gold.documents {
            if let key = d.id.flatMap(DocumentID.init(parsing:))?.key { ownDates[key, default: []].append(d.date.flatMap(SimpleDate.init(iso:))) }
        }
        func citesItself(_ c: Citation) -> Bool {
            guard let dates = ownDates[c.id.key] else { return false }
            guard let date = c.date else { return true }
            return dates.contains { $0 == nil || $0 == date }
        }
        let cites = extracted.citations.filter { !$0.isSelfReference }
        var used = Array(repeating: false, count: cites.count)
        // A fact the scanner derives from a mention already counted (see below) stands in for a
        // gold mention only when no mention of its own is left, so that it never takes the gold
        // entry of a later mention of the same document on the line.
        let derived = cites.indices.map { k in
            cites[k].isNested && cites.indices.contains { $0 != k && cites[$0].location.line == cites[k].location.line && cites[$0].location.column == cites[k].location.column }
        }

        for g in gold.citations {
            let isNamed = g.id == nil
            if isNamed { s.goldNamed += 1 } else { s.goldNumbered += 1 }
            // The nearest unmatched extraction of the same document within a line.
            var best: Int?
            for (k, c) in cites.enumerated() where !used[k] && abs(c.location.line - g.line) <= 1 && same(c, g) {
                let rank = { (k: Int) in (derived[k] ? 1 : 0, abs(cites[k].location.line - g.line)) }
                if let b = best, rank(b) <= rank(k) { continue }
                best = k
            }
            let label = "\(g.id ?? g.name ?? "?")@\(g.line)"
            guard let k = best else { s.lost.append(label); continue }
            used[k] = true
            s.matched += 1
            if isNamed { s.foundNamed += 1 } else { s.foundNumbered += 1 }
            let c = cites[k]
            // A citation nested in another's description is that document's; as seen from the
            // citing document it is a mention (the gold's convention).
            let relation = c.isNested ? Relation.references : c.relation
            if relation.rawValue == g.relation { s.relationRight += 1 }
            else { s.wrongRelations.append("\(label) \(relation.rawValue)≠\(g.relation)") }
            if c.modality.rawValue == (g.modality ?? "enacted") { s.modalityRight += 1 }
            else { s.wrongModalities.append("\(label) \(c.modality.rawValue)≠\(g.modality ?? "enacted")") }
            if relation.isRevision, c.modality == .enacted, !(relation.rawValue == g.relation && g.modality != "planned") {
                s.falseRevisions.append("\(label) \(c.relation.rawValue)")
            }
        }
        for (k, c) in cites.enumerated() {
            // A fact the scanner derives from a mention already counted (`(đã được sửa đổi bởi …)`
            // makes the amender cite the amended document) is not a mention of its own.
            // So is the revision a passive states (`Nghị định 34 … đã được sửa đổi … theo Nghị định
            // 154`: 154 amends 34), placed at the amender's mention.
            if !used[k], c.isNested, cites.indices.contains(where: { $0 != k && cites[$0].location.line == c.location.line
                && (cites[$0].id == c.id || cites[$0].location.column == c.location.column) }) { continue }
            if c.id.form == .named { s.extractedNamed += 1 } else { s.extractedNumbered += 1 }
            let label = "\(c.id)@\(c.location.line)"
            if citesItself(c), !c.isNested { s.selfEdges.append(label) }
            // A name the gold has (an amending law's title listing nine laws) is as long as it is written.
            if c.id.form == .named, (c.id.name?.count ?? 0) > 160, !used[k] { s.swallowed.append(label) }
            guard !used[k] else { continue }
            s.gained.append(label)
            if c.relation.isRevision, c.modality == .enacted, !c.isNested { s.falseRevisions.append("\(label) \(c.relation.rawValue) (not in gold)") }
        }
        for d in gold.documents {
            guard let id = d.id, let key = DocumentID(parsing: id)?.key else { continue }
            s.statedIdentities += 1
            if own.contains(key) { s.identitiesFound += 1 } else { s.wrongIdentity.append(id) }
        }
        scoreHeaders(&s, gold: gold, extracted: extracted)
        return s
    }

    /// Issuer and date of each gold document against the extracted document it stands for: the
    /// one with its id, else the one starting nearest its line. An issuer is right when it names
    /// the same body (`IssuingBody.isCompatible`): `UBND tỉnh Sơn La` for `Ủy ban nhân dân tỉnh Sơn La`.
    private static func scoreHeaders(_ s: inout FileScore, gold: GoldFile, extracted: ExtractedFile) {
        for (k, d) in gold.documents.enumerated() {
            let key = d.id.flatMap(DocumentID.init(parsing:))?.key
            let record = extracted.documents.first { key != nil && $0.id?.key == key }
                ?? (gold.documents.count == extracted.documents.count ? extracted.documents[k] : nil)
                ?? extracted.documents.min { abs($0.startLine - (d.startLine ?? 1)) < abs($1.startLine - (d.startLine ?? 1)) }
            let label = d.id ?? "document \(k + 1)"
            if let issuer = d.issuer {
                s.statedIssuers += 1
                if let found = record?.issuer, IssuingBody(found).isCompatible(with: IssuingBody(issuer)) { s.issuersRight += 1 }
                else { s.wrongIssuers.append("\(label): \(record?.issuer ?? "none")≠\(issuer)") }
            }
            if let date = d.date {
                s.statedDates += 1
                if record?.date?.description == date { s.datesRight += 1 }
                else { s.wrongDates.append("\(label): \(record?.date?.description ?? "none")≠\(date)") }
            }
            if let type = d.typeCode {
                s.statedTypes += 1
                if record?.typeCode == type { s.typesRight += 1 }
                else { s.wrongTypes.append("\(label): \(record?.typeCode ?? "none")≠\(type)") }
            }
            // A place is right when it names the same units, marks and case aside (`Đăk Hà` for `Đắk Hà`).
            if let locality = d.locality {
                s.statedLocalities += 1
                if record?.locality.map(Self.placeKey) == Self.placeKey(locality) { s.localitiesRight += 1 }
                else { s.wrongLocalities.append("\(label): \(record?.locality ?? "none")≠\(locality)") }
            }
        }
    }

    /// A place folded, `Thành phố`/`tỉnh` before a province dropped: `Quận 2, Thành phố Hồ Chí Minh` and `Quận 2, Hồ Chí Minh`
    /// are one place.
    static func placeKey(_ place: String) -> String {
        place.folded.components(separatedBy: ",").map { part in
            var p = part.trimmingCharacters(in: .whitespaces)
            for kind in ["thanh pho ", "tinh "] where p.hasPrefix(kind) && AdministrativeUnits.place(named: String(p.dropFirst(kind.count)))?.isDistrict == false {
                p.removeFirst(kind.count)
            }
            return p
        }.joined(separator: ", ")
    }

    /// Whether an extracted citation names the gold's document: the same id, or for a named
    /// document a name that starts like the gold's (`Luật Đất đai (29/11/2013)` for `Luật Đất đai
    /// ngày 29 tháng 11 năm 2013`).
    private static func same(_ c: Citation, _ g: GoldFile.Mention) -> Bool {
        if let id = g.id { return DocumentID(parsing: id)?.key == c.id.key }
        guard let name = g.name, c.id.form == .named else { return false }
        let a = (c.id.name ?? "").folded.prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces)
        let b = name.folded
        // The gold writes a name as the text does; docgraph names some documents canonically
        // (`Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng` is `Nghị quyết Đại hội XIII`).
        if let canonical = DocumentID(parsing: name), canonical.form == .named, canonical.key == c.id.key { return true }
        if !a.isEmpty && (b.hasPrefix(a) || a.hasPrefix(b)) { return true }
        // `quy hoạchsử dụng đất` as a converter glued it (Real 177) is the name docgraph reads with its space back.
        let (x, y) = (a.filter { $0 != " " }, b.filter { $0 != " " })
        return !x.isEmpty && (y.hasPrefix(x) || x.hasPrefix(y))
    }

    // MARK: Totals

    public var numberedRecall: Double { ratio(files.map(\.foundNumbered), files.map(\.goldNumbered)) }
    public var numberedPrecision: Double { ratio(files.map(\.foundNumbered), files.map(\.extractedNumbered)) }
    public var namedRecall: Double { ratio(files.map(\.foundNamed), files.map(\.goldNamed)) }
    public var namedPrecision: Double { ratio(files.map(\.foundNamed), files.map(\.extractedNamed)) }
    public var relationAccuracy: Double { ratio(files.map(\.relationRight), files.map(\.matched)) }
    public var modalityAccuracy: Double { ratio(files.map(\.modalityRight), files.map(\.matched)) }
    public var identitiesFound: Int { files.map(\.identitiesFound).reduce(0, +) }
    public var statedIdentities: Int { files.map(\.statedIdentities).reduce(0, +) }
    public var issuersRight: Int { files.map(\.issuersRight).reduce(0, +) }
    public var statedIssuers: Int { files.map(\.statedIssuers).reduce(0, +) }
    public var datesRight: Int { files.map(\.datesRight).reduce(0, +) }
    public var statedDates: Int { files.map(\.statedDates).reduce(0, +) }
    public var typesRight: Int { files.map(\.typesRight).reduce(0, +) }
    public var statedTypes: Int { files.map(\.statedTypes).reduce(0, +) }
    public var localitiesRight: Int { files.map(\.localitiesRight).reduce(0, +) }
    public var statedLocalities: Int { files.map(\.statedLocalities).reduce(0, +) }
    public var falseRevisions: Int { files.map(\.falseRevisions.count).reduce(0, +) }
    public var selfEdges: Int { files.map(\.selfEdges.count).reduce(0, +) }
    public var swallowed: Int { files.map(\.swallowed.count).reduce(0, +) }

    private func ratio(_ a: [Int], _ b: [Int]) -> Double {
        let d = b.reduce(0, +)
        return d == 0 ? 1 : Double(a.reduce(0, +)) / Double(d)
    }

    /// The report: one block per document with what was lost and gained, then the totals.
    public var report: String {
        var out = ""
        for f in files {
            out += "\(f.name): numbered \(f.foundNumbered)/\(f.goldNumbered) (extracted \(f.extractedNumbered)), named \(f.foundNamed)/\(f.goldNamed), relations \(f.relationRight)/\(f.matched), identity \(f.identitiesFound)/\(f.statedIdentities)\n"
            for (label, items) in [("lost", f.lost), ("gained", f.gained), ("relation", f.wrongRelations), ("modality", f.wrongModalities), ("identity not found", f.wrongIdentity),
                                   ("issuer", f.wrongIssuers), ("date", f.wrongDates), ("type", f.wrongTypes), ("locality", f.wrongLocalities),
                                   ("enacted revision not in the text", f.falseRevisions), ("self edge", f.selfEdges), ("swallowed", f.swallowed)] where !items.isEmpty {
                out += "  \(label): \(items.joined(separator: "; "))\n"
            }
        }
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        out += "\(files.count) documents: numbered recall \(pct(numberedRecall)), precision \(pct(numberedPrecision)); named recall \(pct(namedRecall)), precision \(pct(namedPrecision)); "
        out += "relation accuracy \(pct(relationAccuracy)), modality accuracy \(pct(modalityAccuracy)); own identities \(identitiesFound)/\(statedIdentities), issuers \(issuersRight)/\(statedIssuers), dates \(datesRight)/\(statedDates), types \(typesRight)/\(statedTypes), localities \(localitiesRight)/\(statedLocalities); "
        out += "enacted revisions not in the text \(falseRevisions); self edges \(selfEdges); swallowed names \(swallowed)\n"
        return out
    }
}
