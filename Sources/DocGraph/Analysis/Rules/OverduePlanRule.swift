/// `overdue-plan`: a planned amendment, replacement, repeal, review or guidance, or a task that
/// announces a new document, whose deadline is before `--as-of` and that no document fulfils.
/// A candidate that cannot be confirmed (no date, no issuer) does not hide an overdue plan: the
/// finding names it and says what is missing. States come from `PlanStates.swift`, as for
/// `revisions`, `status` and diagrams.
public struct OverduePlanRule: CheckRule {
    public let id = RuleID.overduePlan
    public let defaultSeverity = Finding.Severity.warning
    public let summary = "A planned action whose deadline has passed and that no document fulfils."

    public init() {}

    /// One planned action, however often the same citation repeats it.
    private struct PlanKey: Hashable {
        var from: NodeIndex
        var to: NodeIndex
        var relation: Relation
        var deadline: String?
    }

    public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<PlanKey> = []
        let states = graph.announcedStates(asOf: options.asOf)
        // `Ban hành Hướng dẫn thực hiện Quy định về chế độ sinh hoạt chi bộ` (red team, round 13): the row announces
        // the guidance it plans; once a guidance fulfils the announcement, the planned guidance is done by it too,
        // whether or not the named regulation was found in the corpus.
        var guidanceIssued: [SourceLine: NodeIndex] = [:]
        for (k, plan) in graph.plans.enumerated() where plan.announced.typeCode == "HD" {
            if let state = states[k], case .fulfilled(let by) = state.outcome { guidanceIssued[plan.location.sourceLine] = by }
        }
        for i in graph.edges.indices where graph.isTrackedPlan(EdgeIndex(i)) {
            guard seen.insert(PlanKey(from: graph.edges[i].from, to: graph.edges[i].to, relation: graph.edges[i].relation,
                                      deadline: graph.edges[i].deadline?.text)).inserted else { continue }
            var state = graph.planState(EdgeIndex(i), asOf: options.asOf)
            if graph.edges[i].relation == .guides, !guidanceIssued.isEmpty, let by = guidanceIssued[graph.edges[i].location.sourceLine] {
                switch state {
                case .overdue, .pending, .unconfirmed: state = .fulfilled(by: by)
                case .fulfilled, .enacted: break
                }
            }
            // Only the states that speak need the edge itself: a copy retains its strings.
            switch state {
            case .overdue: break
            case .fulfilled, .pending: guard options.includeAll else { continue }
            case .unconfirmed: guard options.includeAll || graph.deadline(ofPlanEdge: EdgeIndex(i), asOf: options.asOf)?.isOverdue(asOf: options.asOf) == true else { continue }
            case .enacted: continue
            }
            let e = graph.edges[i]
            // The day it is due now: a later document may have moved it (`DeadlineShift`).
            let due = graph.deadline(ofPlanEdge: EdgeIndex(i), asOf: options.asOf)
            let plan = FindingMessage.Plan(.revision(e.relation, target: graph.short(e.to)), planner: graph.short(e.from), deadline: due, leadUnit: e.leadUnit)
            let overdue = due?.isOverdue(asOf: options.asOf) == true
            switch state {
            case .overdue:
                findings.append(finding(.planOverdue(plan, asOf: options.asOf), at: e.location))
            case .fulfilled(let by) where options.includeAll:
                findings.append(finding(.planFulfilled(plan, by: graph.short(by)), at: e.location, severity: .note))
            case .unconfirmed(let by) where overdue || options.includeAll:
                let doubt = graph.fulfilment(of: EdgeIndex(i)).flatMap { if case .unconfirmed(_, let d) = $0 { return d } else { return nil } }
                findings.append(finding(.planUnconfirmed(plan, asOf: options.asOf, candidate: graph.short(by), doubt: doubt),
                                        at: e.location, related: graph.source(by).map { [$0] } ?? [], severity: overdue ? nil : .note))
            case .pending where options.includeAll:
                findings.append(finding(.planPending(plan), at: e.location, severity: .note))
            default:
                break
            }
        }
        // With `--all` nearly every plan speaks: room for them made once (a doubled array of
        // large findings was a third of the peak memory of `check` on plan-heavy corpora).
        // `options.room`: the other rules' findings, appended into this array after it (`Checker.run`).
        if options.includeAll { findings.reserveCapacity(findings.count + graph.plans.count + options.room) }
        // Plans read in turn, each once (`PlannedDocuments` makes a plan as it is read).
        for (k, plan) in graph.plans.enumerated() {
            guard let state = states[k], let deadline = state.deadline else { continue }
            let typeCode = plan.announced.typeCode
            let word = TypeCodes.typeWord[typeCode] ?? typeCode
            let said = FindingMessage.Plan(.newDocument(text: plan.announced.text, typeWord: word), planner: graph.short(plan.planner),
                                           deadline: deadline, leadUnit: plan.leadUnit)
            let location = plan.location
            switch state.outcome {
            case .fulfilled(let by) where options.includeAll:
                findings.append(finding(.planFulfilled(said, by: graph.short(by)), at: location, severity: .note))
            case .unconfirmed(let by) where state.overdue || options.includeAll:
                findings.append(finding(.planUnconfirmed(said, asOf: options.asOf, candidate: graph.short(by), doubt: state.doubt),
                                        at: location, related: graph.source(by).map { [$0] } ?? [], severity: state.overdue ? nil : .note))
            case .overdue:
                findings.append(finding(.planOverdue(said, asOf: options.asOf), at: location))
            case .pending where options.includeAll:
                findings.append(finding(.planPending(said), at: location, severity: .note))
            default:
                break
            }
        }
        return findings
    }
}

extension RuleID {
    /// `overdue-plan`: see ``OverduePlanRule``.
    public static let overduePlan: RuleID = "overdue-plan"
}
