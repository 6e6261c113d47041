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
        for i in graph.edges.indices where graph.isTrackedPlan(EdgeIndex(i)) {
            let e = graph.edges[i]
            guard seen.insert(PlanKey(from: e.from, to: e.to, relation: e.relation, deadline: e.deadline?.text)).inserted else { continue }
            let state = graph.planState(EdgeIndex(i), asOf: options.asOf)
            let what = "planned \(Self.noun(e.relation)) of \(graph.short(e.to)) by \(graph.short(e.from))"
            let who = e.leadUnit.map { ", lead unit \($0)" } ?? ""
            let due = e.deadline.map { d in d.date.map { "due \($0)" } ?? d.text } ?? "no deadline"
            let overdue = e.deadline?.isOverdue(asOf: options.asOf) == true
            switch state {
            case .overdue:
                findings.append(finding("\(what) (\(due)\(who)) is overdue as of \(options.asOf): no document in the corpus \(Self.verb(e.relation)) it",
                                        at: e.location))
            case .fulfilled(let by) where options.includeAll:
                findings.append(finding("\(what) (\(due)\(who)) is fulfilled by \(graph.short(by))", at: e.location, severity: .note))
            case .unconfirmed(let by) where overdue || options.includeAll:
                let why = graph.fulfilment(of: EdgeIndex(i)).flatMap { if case .unconfirmed(_, let d) = $0 { return d.reason } else { return nil } } ?? ""
                findings.append(finding("\(what) (\(due)\(who)) is pending as of \(options.asOf): \(graph.short(by)) \(Self.verb(e.relation)) it but cannot be confirmed as the one (\(why)); check it",
                                        at: e.location, related: graph.source(by).map { [$0] } ?? [], severity: overdue ? nil : .note))
            case .pending where options.includeAll:
                findings.append(finding("\(what) (\(due)\(who)) is pending", at: e.location, severity: .note))
            default:
                break
            }
        }
        let states = graph.announcedStates(asOf: options.asOf)
        for (k, plan) in graph.plans.enumerated() {
            guard let deadline = plan.task.deadline, let state = states[k] else { continue }
            let a = plan.announced
            let word = TypeCodes.typeWord[a.typeCode] ?? a.typeCode
            let what = "‘\(Self.clip(a.text))’ (a new \(word)) announced by \(graph.short(plan.planner))"
            let who = plan.task.leadUnit.map { ", lead unit \($0)" } ?? ""
            let due = deadline.date.map { "due \($0)" } ?? deadline.text
            switch state.outcome {
            case .fulfilled(let by) where options.includeAll:
                findings.append(finding("\(what) (\(due)\(who)) is fulfilled by \(graph.short(by))", at: plan.task.location, severity: .note))
            case .unconfirmed(let by) where state.overdue || options.includeAll:
                findings.append(finding("\(what) (\(due)\(who)) is pending as of \(options.asOf): \(graph.short(by)) may be the \(word) but cannot be confirmed (\(state.doubt?.reason ?? "")); check it",
                                        at: plan.task.location, related: graph.source(by).map { [$0] } ?? [], severity: state.overdue ? nil : .note))
            case .overdue:
                findings.append(finding("\(what) (\(due)\(who)) is overdue as of \(options.asOf): no \(word) of that issuer and subject is in the corpus",
                                        at: plan.task.location))
            case .pending where options.includeAll:
                findings.append(finding("\(what) (\(due)\(who)) is pending", at: plan.task.location, severity: .note))
            default:
                break
            }
        }
        return findings
    }

    static func noun(_ r: Relation) -> String {
        switch r {
        case .amends: return "amendment"
        case .replaces: return "replacement"
        case .repeals: return "repeal"
        case .reviews: return "review"
        case .guides: return "guidance"
        default: return r.rawValue
        }
    }

    static func verb(_ r: Relation) -> String {
        switch r {
        case .amends: return "amends"
        case .replaces: return "replaces"
        case .repeals: return "repeals"
        case .reviews: return "reviews"
        case .guides: return "guides"
        default: return r.rawValue
        }
    }

    static func clip(_ s: String) -> String { s.clipped(to: 80) }
}

extension RuleID {
    /// `overdue-plan`: see ``OverduePlanRule``.
    public static let overduePlan: RuleID = "overdue-plan"
}
