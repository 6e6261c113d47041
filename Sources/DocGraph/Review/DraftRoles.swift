/// The judgements a review makes because of who is speaking: a draft against corpus documents
/// that speak for themselves.
///
/// The rules compare citations with one another, where neither side is known to be right. Here
/// one side is: a corpus document's header says what it is, and a draft's own date says what it
/// can cite and promise. Each finding stands at the draft's citation or task and names the
/// corpus evidence as a related location.
struct DraftRoles {
    var graph: DocumentGraph
    var drafts: [ExtractedFile]
    var draftFiles: Set<String>

    func findings(_ options: CheckOptions) -> [Finding] {
        var result: [Finding] = []
        if options.runs(.metadataConflict) { result += headerContradictions() }
        if options.runs(.temporal) { result += laterCitations() + pastDeadlines() }
        if options.runs(.supersededCitation) { result += staleReferences(asOf: options.asOf) }
        return result
    }

    /// Draft citations of corpus documents: there the header is the authority, so these
    /// judgements replace the metadata-conflict rule's comparison of citations with one another.
    func headerJudged() -> Set<SourceLocation> {
        Set(graph.edges.filter { e in
            guard draftFiles.contains(e.location.file) else { return false }
            let node = graph.nodes[Int(e.to)]
            return node.inCorpus && node.record.map { !draftFiles.contains($0.file) } == true
        }.map(\.location))
    }

    /// Draft citations of a corpus document unlike its own header: date, issuer, term, type word.
    func headerContradictions() -> [Finding] {
        var result: [Finding] = []
        for e in graph.edges where draftFiles.contains(e.location.file) {
            var node = graph.nodes[Int(e.to)]
            guard let said = node.observations.first(where: { $0.location == e.location }) else { continue }
            // A wrong term makes the citation name a document of another term that nobody has
            // seen; when the corpus holds the number once, with the date the draft gives (or the
            // draft gives none), the draft means that one and only the term is wrong.
            if !node.inCorpus, let id = node.id {
                let inCorpus = graph.nodes(for: id).map { graph.nodes[Int($0)] }.filter(\.inCorpus)
                if inCorpus.count == 1, said.date == nil || said.date == inCorpus[0].date { node = inCorpus[0] }
            }
            guard node.inCorpus, let record = node.record, !draftFiles.contains(record.file) else { continue }
            let header = record.startLocation
            let name = node.id?.description ?? graph.short(e.to)
            func contradiction(_ field: FindingMessage.HeaderField, severity: Finding.Severity = .error) {
                result.append(Finding(.metadataConflict, .draftUnlikeHeader(document: name, header: header, field: field),
                    at: e.location, related: [header], severity: severity))
            }
            if let cited = said.date, let own = node.date, cited != own {
                contradiction(.date(own: own, cited: cited))
            }
            if let cited = said.issuer, let own = node.issuer, !Self.sameCommittee(cited, own) {
                // Only names that cannot be loose spellings of one body are certain enough to fail
                // a review: two central bodies (Bộ Chính trị for the Ban Chấp hành Trung ương).
                // Local committees go by several names (DESIGN §1), so there it is a warning.
                let certain = Self.isCentralBody(cited) && Self.isCentralBody(own)
                contradiction(.issuer(own: own, cited: cited), severity: certain ? .error : .warning)
            }
            if let cited = said.term, let own = node.term, cited != own {
                contradiction(.term(own: own, cited: cited))
            }
            // Quy định and Quyết định share the code QĐ, so the id cannot tell them apart; the
            // header can. Other type words follow from the code and differ only in length
            // (`Chương trình` for `Chương trình hành động`).
            if let cited = said.typeWord, let own = node.typeWord {
                let a = cited.folded, b = own.folded
                if (a.hasPrefix("quy dinh") && b.hasPrefix("quyet dinh")) || (a.hasPrefix("quyet dinh") && b.hasPrefix("quy dinh")) {
                    contradiction(.typeWord(own: own, cited: cited.sentenceCased))
                }
            }
        }
        return result
    }

    /// Central bodies, folded: their names are fixed, so two different ones are two bodies.
    private static let centralBodies: Set<String> = [
        "bo chinh tri", "ban bi thu", "ban chap hanh trung uong", "ban to chuc trung uong", "van phong trung uong",
        "uy ban kiem tra trung uong", "ban tuyen giao va dan van trung uong", "ban noi chinh trung uong",
        "chinh phu", "thu tuong chinh phu", "quoc hoi", "uy ban thuong vu quoc hoi",
    ]

    static func isCentralBody(_ issuer: String) -> Bool {
        centralBodies.contains(IssuingBodies.normalized(issuer))
    }

    /// The same issuer, or a committee and its standing committee (`Ban Thường vụ Tỉnh ủy` for
    /// `Tỉnh ủy Thái Nguyên`), which sign for one another.
    static func sameCommittee(_ a: String, _ b: String) -> Bool {
        var x = IssuingBodies.normalized(a), y = IssuingBodies.normalized(b)
        for prefix in ["ban thuong vu ", "ban chap hanh "] {
            if x.hasPrefix(prefix), !isCentralBody(x) { x.removeFirst(prefix.count) }
            if y.hasPrefix(prefix), !isCentralBody(y) { y.removeFirst(prefix.count) }
        }
        return IssuingBodies.compatible(x, y)
    }

    /// A draft that mentions a document the corpus shows replaced or repealed by its date, even
    /// in passing (`theo Quy định số 294-QĐ/TW`) or in a task it plans: the superseded-citation rule leaves plain
    /// references alone between corpus documents, but a draft about to be issued should name
    /// what is in force.
    func staleReferences(asOf: SimpleDate) -> [Finding] {
        var result: [Finding] = []
        // The rule judges enacted citations that rest on a document; these are the others.
        for e in graph.edges where draftFiles.contains(e.location.file) && !e.relation.isRevision
            && (e.relation == .references || e.relation == .reviews || e.modality != .enacted) {
            let citing = graph.nodes[Int(e.from)]
            guard let record = citing.record, draftFiles.contains(record.file) else { continue }
            let status = graph.status(of: e.to, asOf: citing.date ?? asOf)
            guard status.state == .replaced || status.state == .repealed else { continue }
            let by = status.enacted.map { graph.edges[Int($0.edge)] }.filter { $0.from != e.from && ($0.relation == .replaces || $0.relation == .repeals) }
            guard let first = by.first else { continue }
            result.append(Finding(.supersededCitation,
                .draftMentionsSuperseded(cited: graph.short(e.to), by: graph.short(first.from), repealed: first.relation == .repeals,
                                         since: graph.nodes[Int(first.from)].date, instead: status.governing.map { graph.short($0) }),
                at: e.location, related: by.map(\.location), severity: SupersededCitationRule().defaultSeverity))
        }
        return result
    }

    /// A draft citing a document dated after the draft itself, whatever the relation: a draft
    /// cannot refer to what does not exist yet, so the number or the date is wrong.
    func laterCitations() -> [Finding] {
        graph.edges.compactMap { e in
            let citing = graph.nodes[Int(e.from)]
            guard draftFiles.contains(e.location.file), let record = citing.record, draftFiles.contains(record.file),
                  let own = citing.date, let cited = graph.nodes[Int(e.to)].date, cited > own else { return nil }
            return Finding(.temporal,
                .draftCitesLater(draftDate: own, relation: e.relation, cited: graph.short(e.to), citedDate: cited),
                at: e.location, related: [graph.source(e.to)].compactMap { $0 }, severity: .error)
        }
    }

    /// A task whose deadline is before the draft's own date: the plan promises work already late.
    func pastDeadlines() -> [Finding] {
        var result: [Finding] = []
        var seen: Set<SourceLocation> = []
        for file in drafts {
            for task in file.tasks {
                guard let deadline = task.deadline, !deadline.recurring, let due = deadline.date,
                      file.documents.indices.contains(task.documentIndex), let own = file.documents[task.documentIndex].date,
                      due < own, seen.insert(task.location).inserted else { continue }
                result.append(Finding(.temporal,
                    .draftDeadlineBeforeDate(deadline: deadline.text, due: due, draftDate: own),
                    at: task.location, severity: .error))
            }
        }
        return result
    }
}
