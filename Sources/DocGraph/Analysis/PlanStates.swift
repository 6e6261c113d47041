/// The one place where a plan's state is decided (issue #11 item 7). `check`, `revisions`,
/// `status` and diagrams all ask here, so a diagram can no longer draw OVERDUE on an edge that
/// `check` does not report.
///
/// A plan is a planned edge (`Sửa đổi, bổ sung Quy định số 253-QĐ/TW` in a task row with a
/// deadline) or a task that announces a new document (`Ban hành Quy định của Ban Bí thư về …`).
/// Its fulfilment must come after the plan (issue #11 item 5): a document dated before the plan,
/// or issued by another body, cannot be the one that does what the plan promises. When a candidate
/// exists but a fact that would confirm it is missing (no date, no issuer, the same day), the state
/// is `.unconfirmed` with the candidate, and an overdue deadline is still reported.
extension DocumentGraph {
    /// Relations whose planned edges are plans of their own; a planned `basedOn` or `references`
    /// is only the background of a task, which is tracked through `plans` when it announces a
    /// document.
    public static let trackedPlanRelations = Set(Relation.allCases.filter(\.isTrackedWhenPlanned))

    /// Whether a planned edge is a plan that `check` reports: a tracked relation, written by the
    /// planner itself (a citation nested in another citation's description plans nothing).
    public func isTrackedPlan(_ e: EdgeIndex) -> Bool {
        let i = Int(e)
        return edges[i].modality == .planned && Self.trackedPlanRelations.contains(edges[i].relation) && !edges[i].isNested
    }

    /// The state of an edge as of a date: `.enacted` for enacted edges; for a tracked plan,
    /// fulfilled, unconfirmed, overdue or pending; an untracked planned edge is never overdue
    /// on its own (`.pending`).
    public func planState(_ e: EdgeIndex, asOf: SimpleDate) -> Revision.State {
        // Fields are read in place: copying a DocumentEdge retains its strings.
        guard edges[Int(e)].modality == .planned else { return .enacted }
        guard isTrackedPlan(e) else { return .pending }
        switch fulfilment(of: e) {
        case .confirmed(let doer): return .fulfilled(by: doer)
        case .unconfirmed(let doer, _): return .unconfirmed(candidate: doer)
        case nil: return deadline(ofPlanEdge: e, asOf: asOf)?.isOverdue(asOf: asOf) == true ? .overdue : .pending
        }
    }

    /// The day a planned edge is due as of `asOf`: its own deadline, or the one a later document moved it to.
    public func deadline(ofPlanEdge e: EdgeIndex, asOf: SimpleDate) -> Deadline? {
        let own = edges[Int(e)].deadline
        guard !shiftsInto.isEmpty else { return own }
        return movedDeadline(of: edges[Int(e)].from, task: nil, own: own, asOf: asOf)
    }

    /// `own`, or the deadline the latest document dated by `asOf` that cites `planner` moved it to (``DeadlineShift``):
    /// the task it names (`announced`), the deadline it names, or every task due before the new day. A shift of an
    /// undated document counts: nothing says it came later.
    func movedDeadline(of planner: NodeIndex, task announced: String?, own: Deadline?, asOf: SimpleDate) -> Deadline? {
        guard let shifts = shiftsInto[planner] else { return own }
        // The latest dated shift wins; an undated one only where no dated one applies (reviewer, session 29: the answer
        // followed the files' order).
        var dated: (Deadline, SimpleDate)?, undated: Deadline?
        for s in shifts {
            guard let shift = edges[Int(s)].deadlineShift, shift.moves(announced: announced, deadline: own) else { continue }
            if let d = nodes[Int(edges[Int(s)].from)].date {
                if d <= asOf, dated.map({ d >= $0.1 }) ?? true { dated = (shift.to, d) }
            } else if undated == nil {
                undated = shift.to
            }
        }
        return dated?.0 ?? undated ?? own
    }

    /// A later document that does what a planned edge promises: an enacted edge of an accepted
    /// relation to the same document, from another document dated after the planner. The
    /// earliest such document is taken; one without a date, or dated the same day, is only a
    /// candidate.
    public func fulfilment(of e: EdgeIndex) -> Fulfilment? {
        // Fields are read in place: copying a DocumentEdge retains its strings.
        let relation = edges[Int(e)].relation, planner = edges[Int(e)].from
        // `Sơ kết 03 năm …` and `Tổng kết 05 năm …` of one document: each kept by a review of its own kind.
        let stage = relation == .reviews ? edges[Int(e)].reviewStage : nil
        let plannerDate = planDate(planner)
        var confirmed: (NodeIndex, SimpleDate)?
        var unconfirmed: (NodeIndex, Fulfilment.Doubt)?
        // The entering edges' kinds and citing ends from the compact arrays (4 bytes an edge, not
        // a `DocumentEdge`'s 170): a plan of a document cited 100,000 times reads every one.
        var fulfilling: UInt32 = 0
        for r in Relation.allCases where relation.isFulfilled(by: r) { fulfilling |= EdgeFilter.kind(r, .enacted) }
        for other in incoming(edges[Int(e)].to) {
            let i = Int(other)
            let kind = adjacency.edgeKind[i], doer = adjacency.edgeFrom[i]
            guard kind & (1 << 31) == 0, kind & fulfilling != 0, doer != planner else { continue }
            if stage != nil, edges[i].relation == .reviews, !ReviewStage.may(edges[i].reviewStage, keep: stage) { continue }
            guard let d = nodes[Int(doer)].date else {
                if unconfirmed == nil { unconfirmed = (doer, .undated) }
                continue
            }
            guard let p = plannerDate else {
                if unconfirmed == nil { unconfirmed = (doer, .planUndated) }
                continue
            }
            if d < p { continue }
            if d == p, !carriesOut(doer, planner) {
                if unconfirmed == nil { unconfirmed = (doer, .sameDay) }
                continue
            }
            if confirmed == nil || d < confirmed!.1 { confirmed = (doer, d) }
        }
        if let (doer, _) = confirmed { return .confirmed(doer) }
        return unconfirmed.map { .unconfirmed($0.0, $0.1) }
    }
}

/// What fulfils a plan: a document that surely does, or one that may but a fact is missing.
public enum Fulfilment: Sendable, Equatable {
    /// The announced type, the expected issuer, dated after the plan, a matching subject.
    case confirmed(NodeIndex)
    /// Everything that is known matches; `Doubt` names what is not known.
    case unconfirmed(NodeIndex, Doubt)

    public enum Doubt: Sendable, Equatable {
        case undated, planUndated, sameDay, issuerUnknown, planIssuerUnknown

        /// Why the candidate cannot be confirmed, for a finding's message.
        public var reason: String {
            switch self {
            case .undated: return "it has no date"
            case .planUndated: return "the plan has no date"
            case .sameDay: return "it is dated the same day as the plan"
            case .issuerUnknown: return "its issuer is not known"
            case .planIssuerUnknown: return "the plan names no issuer or lead unit"
            }
        }
    }

    public var node: NodeIndex {
        switch self {
        case .confirmed(let n), .unconfirmed(let n, _): return n
        }
    }
}

extension DocumentGraph {
    /// The date a plan is made: its document's own date, or, for a document whose header lost
    /// its date, the newest date among the documents it cites (a document cannot cite what
    /// comes after it: the programme that `Thực hiện Chỉ thị số 01-CT/TW, ngày 23/01/2026` is
    /// not older than 23/01/2026, so a Quy định of 2025 cannot be what it announces).
    public func planDate(_ planner: NodeIndex) -> SimpleDate? {
        Int(planner) < planDates.count ? planDates[Int(planner)] : newestCitedDate(planner)
    }

    /// The node's own date, else the newest date of what it cites; `index()` stores it per node,
    /// so that asking for every plan of a long table costs nothing.
    func newestCitedDate(_ planner: NodeIndex) -> SimpleDate? {
        if let own = nodes[Int(planner)].date { return own }
        var newest: SimpleDate?
        for e in outgoing(planner) where edges[Int(e)].modality == .enacted && !edges[Int(e)].isNested {
            if let d = nodes[Int(edges[Int(e)].to)].date, newest.map({ d > $0 }) ?? true { newest = d }
        }
        return newest
    }
}

/// The state of a task that announces a new document.
public struct AnnouncedState: Sendable {
    public var outcome: Revision.State
    /// What keeps an `.unconfirmed` candidate from being confirmed.
    public var doubt: Fulfilment.Doubt?
    /// The deadline has passed as of the date asked.
    public var overdue: Bool
    /// The deadline judged: the task's own, or the one a later document moved it to (``DeadlineShift``).
    public var deadline: Deadline? = nil
}

extension DocumentGraph {
    /// The state of every plan in `plans` as of a date, nil for a task without a deadline or one
    /// that revises a cited document (its edges are the plan). Computed together, so that the
    /// documents are indexed once for all plans.
    public func announcedStates(asOf: SimpleDate) -> [AnnouncedState?] {
        var matcher: AnnouncedMatcher?
        // Lines with a planned revision edge, per planner: such a task is covered by its edges.
        // The page is part of the line: a PDF counts lines on each page.
        struct LineKey: Hashable { var planner: NodeIndex; var line: SourceLine }
        var revisingLines: Set<LineKey> = []
        for i in edges.indices where edges[i].relation.isRevision {
            revisingLines.insert(LineKey(planner: edges[i].from, line: edges[i].location.sourceLine))
        }
        // Plans read in turn, each once (`PlannedDocuments` makes a plan as it is read).
        return plans.map { plan -> AnnouncedState? in
            guard let deadline = movedDeadline(of: plan.planner, task: plan.announced.text, own: plan.deadline, asOf: asOf) else { return nil }
            if plan.citesDocuments, revisingLines.contains(LineKey(planner: plan.planner, line: plan.location.sourceLine)) { return nil }
            if matcher == nil { matcher = AnnouncedMatcher(self) }
            let overdue = deadline.isOverdue(asOf: asOf)
            switch matcher!.match(plan, planDate: planDate(plan.planner)) {
            case .confirmed(let by): return AnnouncedState(outcome: .fulfilled(by: by), doubt: nil, overdue: overdue, deadline: deadline)
            case .unconfirmed(let by, let doubt): return AnnouncedState(outcome: .unconfirmed(candidate: by), doubt: doubt, overdue: overdue, deadline: deadline)
            case nil: return AnnouncedState(outcome: overdue ? .overdue : .pending, doubt: nil, overdue: overdue, deadline: deadline)
            }
        }
    }
}

extension DocumentGraph {
    /// Whether `doer` cites `planner` in its own words (an enacted edge, not nested in a description): a document
    /// dated the same day as a plan that carries it out was written after it, and may fulfil it (red team 44 c3: a
    /// Ban Tuyên giáo's guidance issued with the programme it carries out, `… thực hiện Chương trình hành động số
    /// 21-CTr/HU …`, stayed unconfirmed and its row overdue twice).
    func carriesOut(_ doer: NodeIndex, _ planner: NodeIndex) -> Bool {
        outgoing(doer).contains { e in
            let edge = edges[Int(e)]
            return edge.to == planner && edge.modality == .enacted && !edge.isNested && edge.relation != .references
        }
    }
}
