/// `overdue-plan`: a planned amendment, replacement, repeal, review or guidance, or a task that
/// announces a new document, whose deadline is before `--as-of` and that no document fulfils.
enum OverduePlanRule {
    static let plannedRelations: Set<Relation> = [.amends, .replaces, .repeals, .reviews, .guides]

    static func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<String> = []
        for (i, e) in graph.edges.enumerated() where e.modality == .planned && plannedRelations.contains(e.relation) && !e.isNested {
            let key = "\(e.from)|\(e.to)|\(e.relation)|\(e.deadline?.text ?? "")"
            guard seen.insert(key).inserted else { continue }
            let state = graph.planState(EdgeIndex(i), asOf: options.asOf)
            let what = "planned \(noun(e.relation)) of \(graph.short(e.to)) by \(graph.short(e.from))"
            let who = e.leadUnit.map { ", lead unit \($0)" } ?? ""
            let due = e.deadline.map { d in d.date.map { "due \($0)" } ?? d.text } ?? "no deadline"
            switch state {
            case .overdue:
                findings.append(Finding(.overduePlan, "\(what) (\(due)\(who)) is overdue as of \(options.asOf): no document in the corpus \(verb(e.relation)) it",
                                        at: e.location))
            case .fulfilled(let by) where options.includeAll:
                findings.append(Finding(.overduePlan, "\(what) (\(due)\(who)) is fulfilled by \(graph.short(by))", at: e.location, severity: .note))
            case .pending where options.includeAll:
                findings.append(Finding(.overduePlan, "\(what) (\(due)\(who)) is pending", at: e.location, severity: .note))
            default:
                break
            }
        }
        for plan in graph.plans {
            guard let deadline = plan.task.deadline else { continue }
            // Tasks that revise a cited document are covered by their edges above.
            if !plan.task.citations.isEmpty, graph.outgoing(plan.planner).contains(where: { graph.edges[Int($0)].location.line == plan.task.location.line && graph.edges[Int($0)].relation.isRevision }) { continue }
            let a = plan.announced
            let what = "‘\(clip(a.text))’ (a new \(TypeCodes.typeWord[a.typeCode] ?? a.typeCode)) announced by \(graph.short(plan.planner))"
            let who = plan.task.leadUnit.map { ", lead unit \($0)" } ?? ""
            let due = deadline.date.map { "due \($0)" } ?? deadline.text
            if let found = AnnouncedMatcher.match(plan, in: graph) {
                if options.includeAll {
                    findings.append(Finding(.overduePlan, "\(what) (\(due)\(who)) may be fulfilled by \(graph.short(found))", at: plan.task.location, severity: .note))
                }
            } else if deadline.isOverdue(asOf: options.asOf) {
                findings.append(Finding(.overduePlan, "\(what) (\(due)\(who)) is overdue as of \(options.asOf): no \(TypeCodes.typeWord[a.typeCode] ?? a.typeCode) of that issuer and subject is in the corpus",
                                        at: plan.task.location))
            } else if options.includeAll {
                findings.append(Finding(.overduePlan, "\(what) (\(due)\(who)) is pending", at: plan.task.location, severity: .note))
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

    static func clip(_ s: String) -> String { s.count > 80 ? String(s.prefix(79)) + "…" : s }
}

/// Matches a task's announced document against the documents that exist: same type, a
/// compatible issuer, a similar subject, dated after the plan.
enum AnnouncedMatcher {
    static func match(_ plan: PlannedDocument, in graph: DocumentGraph) -> NodeIndex? {
        let a = plan.announced
        let want = words(a.subject ?? "")
        guard !want.isEmpty else { return nil }
        let plannerDate = graph.nodes[Int(plan.planner)].date
        var best: (NodeIndex, Double)?
        for (i, node) in graph.nodes.enumerated() where NodeIndex(i) != plan.planner && node.typeCode == a.typeCode {
            if let p = plannerDate, let d = node.date, d < p { continue }
            if let issuer = a.issuer, let other = node.issuer,
               !MetadataConflictRule.compatible(MetadataConflictRule.normalizedIssuer(issuer), MetadataConflictRule.normalizedIssuer(other)) { continue }
            let have = words((node.title ?? "") + " " + node.observations.map(\.text).joined(separator: " "))
            guard !have.isEmpty else { continue }
            let score = Double(want.intersection(have).count) / Double(want.count)
            if score >= 0.6, best == nil || score > best!.1 { best = (NodeIndex(i), score) }
        }
        return best?.0
    }

    private static let stop: Set<String> = ["ve", "cua", "va", "cac", "trong", "doi", "voi", "the", "hien", "nhung", "cho"]

    static func words(_ s: String) -> Set<String> {
        Set(s.folded.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count > 1 && !stop.contains($0) })
    }
}
