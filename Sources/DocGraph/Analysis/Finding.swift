/// The consistency rules `check` runs.
public enum CheckRule: String, CaseIterable, Sendable {
    case cycle
    case temporal
    case metadataConflict = "metadata-conflict"
    case ambiguousID = "ambiguous-id"
    case supersededCitation = "superseded-citation"
    case overduePlan = "overdue-plan"
    case unmetObligation = "unmet-obligation"
    case inverseInconsistency = "inverse-inconsistency"
    case dangling
    case countMismatch = "count-mismatch"
    case duplicateIdentity = "duplicate-identity"

    public var defaultSeverity: Finding.Severity {
        switch self {
        case .cycle, .supersededCitation: return .error
        case .temporal, .metadataConflict, .ambiguousID, .overduePlan, .inverseInconsistency, .countMismatch, .duplicateIdentity: return .warning
        case .unmetObligation, .dangling: return .note
        }
    }

    /// One line on what the rule finds, for help and SARIF.
    public var summary: String {
        switch self {
        case .cycle: return "Documents that implement, amend, replace or rest on one another in a circle."
        case .temporal: return "An enacted citation of a document dated after the citing one."
        case .metadataConflict: return "One document cited with different dates, issuers, terms or type words."
        case .ambiguousID: return "A citation that matches documents of several terms and nothing decides."
        case .supersededCitation: return "An enacted citation of a document already replaced or repealed."
        case .overduePlan: return "A planned action whose deadline has passed and that no document fulfils."
        case .unmetObligation: return "An assignment in Tổ chức thực hiện with no implementing document of the expected type."
        case .inverseInconsistency: return "Two documents say incompatible things about which replaces or rests on which."
        case .dangling: return "A document cited but not in the corpus."
        case .countMismatch: return "A stated count of tasks that differs from the items listed."
        case .duplicateIdentity: return "Two corpus documents with the same number, issuer, place and term."
        }
    }
}

/// One result of a check: rule, severity, message and evidence.
public struct Finding: Sendable {
    public typealias Severity = Diagnostic.Severity

    public var rule: CheckRule
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// Further evidence: the other citations or documents involved.
    public var related: [SourceLocation]
    /// The document cited at `location`, when there is one (`28-NQ/TW`): with the line's text it
    /// identifies the finding in a baseline whatever lines are added above it.
    public var subject: String?

    public init(_ rule: CheckRule, _ message: String, at location: SourceLocation?, related: [SourceLocation] = [], severity: Severity? = nil) {
        self.rule = rule
        self.severity = severity ?? rule.defaultSeverity
        self.message = message
        self.location = location
        self.related = related
    }

    /// `file:line:col: warning: [metadata-conflict] message`, as compilers and swift-format print.
    public var description: String {
        "\(location?.description ?? "<corpus>"): \(severity.rawValue): [\(rule.rawValue)] \(message)"
    }
}

/// What `check` looks at.
public struct CheckOptions: Sendable {
    public var asOf: SimpleDate
    /// List pending and fulfilled plans too, not only overdue ones.
    public var includeAll: Bool
    /// Only findings with evidence in these files (a draft under review); nil for the corpus.
    public var restrictTo: Set<String>?
    public var rules: Set<CheckRule>

    public init(asOf: SimpleDate, includeAll: Bool = false, restrictTo: Set<String>? = nil, rules: Set<CheckRule> = Set(CheckRule.allCases)) {
        self.asOf = asOf
        self.includeAll = includeAll
        self.restrictTo = restrictTo
        self.rules = rules
    }
}

/// Runs the rules over a graph.
public enum Checker {
    public static func run(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
        var findings: [Finding] = []
        for rule in CheckRule.allCases where options.rules.contains(rule) {
            switch rule {
            case .cycle: findings += CycleRule.check(graph)
            case .temporal: findings += TemporalRule.check(graph)
            case .metadataConflict: findings += MetadataConflictRule.check(graph)
            case .ambiguousID: findings += AmbiguousIDRule.check(graph)
            case .supersededCitation: findings += SupersededCitationRule.check(graph, asOf: options.asOf)
            case .overduePlan: findings += OverduePlanRule.check(graph, options)
            case .unmetObligation: findings += UnmetObligationRule.check(graph)
            case .inverseInconsistency: findings += InverseInconsistencyRule.check(graph)
            case .dangling: findings += DanglingRule.check(graph)
            case .countMismatch: findings += CountMismatchRule.check(graph)
            case .duplicateIdentity: findings += DuplicateIdentityRule.check(graph)
            }
        }
        if let files = options.restrictTo {
            findings = findings.filter { f in
                ([f.location].compactMap { $0 } + f.related).contains { files.contains($0.file) }
            }
        }
        return sorted(findings)
    }

    /// By file, line, column, rule and message, so that output never depends on rule order.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            let la = a.location ?? SourceLocation(file: "", line: 0, column: 0)
            let lb = b.location ?? SourceLocation(file: "", line: 0, column: 0)
            return (la.file, la.line, la.column, a.rule.rawValue, a.message) < (lb.file, lb.line, lb.column, b.rule.rawValue, b.message)
        }
    }
}

extension DocumentGraph {
    /// `253-QĐ/TW` or the title of an unnumbered document, clipped.
    func short(_ n: NodeIndex) -> String {
        let name = nodes[Int(n)].name
        return name.clipped(to: 70)
    }

    /// Where a node's own text starts, when it is in the corpus.
    func source(_ n: NodeIndex) -> SourceLocation? {
        nodes[Int(n)].record.map { SourceLocation(file: $0.file, line: $0.startLine, column: 1) }
    }
}
