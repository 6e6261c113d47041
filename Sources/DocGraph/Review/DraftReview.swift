/// A review of draft documents against a corpus: the consistency rules run over the corpus and
/// the drafts together, and every finding is then told from the draft's side.
///
/// Why a layer and not a flag in each rule: the rules speak about documents, whichever file a
/// citation stands in. A reviewer needs the opposite view: where in *this* draft something is
/// wrong, what in the corpus it contradicts, and nothing about the corpus's own faults, which the
/// draft's author can neither see nor fix. So the layer
/// - moves each finding to its first location in a draft and keeps the corpus evidence as
///   `related` locations;
/// - drops findings with no location in a draft, and those the corpus has without the drafts
///   (the same rule at the same corpus location: dangling ids of the corpus, its internal
///   conflicts, its own overdue plans);
/// - judges by role: the corpus is the authority on its own documents, so a draft citation that
///   contradicts a corpus document's header (date, issuer, term, Quy định for Quyết định) is an
///   error, as is citing a document dated after the draft or promising a deadline the draft's
///   own date has already passed. Between corpus documents these stay warnings, because there
///   nobody knows which side is right.
public struct DraftReview: Sendable {
    public var corpus: CorpusExtraction
    public var drafts: [ExtractedFile]

    public init(corpus: CorpusExtraction, drafts: [ExtractedFile]) {
        self.corpus = corpus
        self.drafts = drafts
    }

    /// The files under review.
    public var draftFiles: Set<String> { Set(drafts.map(\.file)) }

    /// Findings located in the drafts, sorted by place.
    ///
    /// Each draft is read against the corpus alone: drafts under review are not yet issued, so
    /// one draft's wrong citation (a khóa XII 28-NQ/TW) must not make another draft's right one
    /// ambiguous.
    public func findings(_ options: CheckOptions) -> [Finding] {
        var options = options
        options.restrictTo = nil
        let corpusOnly = Checker.run(GraphBuilder.build(corpus), options)
        var corpusWide: [RuleID: Set<SourceLocation>] = [:]
        for f in corpusOnly { if let l = f.location { corpusWide[f.rule, default: []].insert(l) } }
        return Checker.sorted(drafts.flatMap { findings(of: $0, options, corpusWide: corpusWide) })
    }

    private func findings(of draft: ExtractedFile, _ options: CheckOptions, corpusWide: [RuleID: Set<SourceLocation>]) -> [Finding] {
        let draftFiles: Set<String> = [draft.file]
        let drafts = [draft]
        // Corpus files come first, so that a corpus citation stays a node's first observation
        // whatever the draft's path sorts like.
        let whole = GraphBuilder.build(CorpusExtraction(files: corpus.files.filter { $0.file != draft.file } + drafts))

        let roles = DraftRoles(graph: whole, drafts: drafts, draftFiles: draftFiles)
        let judged = roles.findings(options)
        let headerJudged = roles.headerJudged()
        let judgedAt = Set(judged.map { RuleAt(rule: $0.rule, location: $0.location!) })
        let judgedLines = Set(judged.filter { $0.rule == .temporal }.map { $0.location!.sourceLine })

        var result = judged
        for f in Checker.run(whole, options) {
            let locations = [f.location].compactMap { $0 } + f.related
            guard let first = locations.first(where: { draftFiles.contains($0.file) }) else { continue }
            if locations.contains(where: { !draftFiles.contains($0.file) && corpusWide[f.rule]?.contains($0) == true }) { continue }
            // The role judgement says the same thing at the same place with the right severity.
            if judgedAt.contains(RuleAt(rule: f.rule, location: first)) { continue }
            if f.rule == .metadataConflict, headerJudged.contains(first) { continue }
            if f.rule == .overduePlan || f.rule == .temporal, judgedLines.contains(first.sourceLine) { continue }
            var moved = f
            moved.location = first
            var related: [SourceLocation] = []
            for l in locations.filter({ !draftFiles.contains($0.file) }) + locations.filter({ draftFiles.contains($0.file) })
                where l != first && !related.contains(l) { related.append(l) }
            moved.related = related
            result.append(moved)
        }
        return whole.namingSubjects(result)
    }

    private struct RuleAt: Hashable { var rule: RuleID; var location: SourceLocation }
}

extension DocumentGraph {
    /// The findings with `subject` set to the document cited at its location, if any.
    func namingSubjects(_ findings: consuming [Finding]) -> [Finding] {
        // Only the places findings stand at are looked up, and only their cited node is named:
        // naming every edge's cited document cost about 2 s at 100,000 documents (738k edges).
        // Places are keyed by integers, a path by its number: edges and findings come grouped by
        // file, so a path is hashed once per run of its file, not once per edge (738k at 100,000
        // documents), and edges are read in place rather than copied.
        // Named in place: the findings are this function's own (`consuming`), and a copy of each
        // (84,000 at 100,000 documents, about 260 bytes and a dozen strings each) is not made.
        var named = findings
        var files = FileNumbers()
        // Every place of a finding that names no subject, or of an edge in a finding's file: whichever are
        // fewer are the table's keys. With `check --all` on a plan-heavy corpus the findings are one a plan,
        // three times the edges (massif, 2,000 plan-heavy documents: a table of 67,000 places, 7.9 MB, the
        // peak of `check`); on others the edges are many more than the findings. Either way a finding is
        // named after the first edge, in graph order, at its place.
        var asked = 0
        for k in named.indices where named[k].subject == nil { if let at = named[k].location { _ = files.number(at.file); asked += 1 } }
        guard asked > 0 else { return named }
        // The findings' files are numbered first: an edge whose file has a later number (a file
        // no finding stands in: 72 % of the edges at 100,000 synthetic documents) is passed over
        // without hashing its place.
        let findingFiles = files.count
        var edgesThere = 0
        for i in edges.indices where files.number(edges[i].location.file) < findingFiles { edgesThere += 1 }
        if edgesThere < asked {
            var first: [FileNumbers.Place: NodeIndex] = [:]
            first.reserveCapacity(edgesThere)
            for i in edges.indices {
                let location = edges[i].location
                guard files.number(location.file) < findingFiles else { continue }
                let at = files.place(location)
                if first[at] == nil { first[at] = edges[i].to }
            }
            for k in named.indices {
                guard named[k].subject == nil, let at = named[k].location, let n = first[files.place(at)] else { continue }
                named[k].subject = nodes[Int(n)].id?.description ?? nodes[Int(n)].name
            }
            return named
        }
        var cited: [FileNumbers.Place: NodeIndex?] = [:]
        for k in named.indices where named[k].subject == nil { if let at = named[k].location { cited[files.place(at)] = .some(nil) } }
        for i in edges.indices {
            let location = edges[i].location
            guard files.number(location.file) < findingFiles else { continue }
            let at = files.place(location)
            guard let slot = cited[at], slot == nil else { continue }
            cited[at] = edges[i].to
        }
        for k in named.indices {
            guard named[k].subject == nil, let at = named[k].location, let n = cited[files.place(at)] ?? nil else { continue }
            named[k].subject = nodes[Int(n)].id?.description ?? nodes[Int(n)].name
        }
        return named
    }
}
