/// One result of a check: rule, severity, what it says and its evidence.
///
/// `sentence` holds the facts; the catalogue writes them in a language: `text(_:)` for people,
/// `message` (English, stable) for JSON and baselines.
public struct Finding: Sendable {
    public typealias Severity = Diagnostic.Severity

    public var rule: RuleID
    public var severity: Severity
    /// What the finding says, as facts the catalogue puts in words.
    public var sentence: FindingMessage
    public var location: SourceLocation?
    /// Further evidence: the other citations or documents involved.
    public var related: [SourceLocation]
    /// The document cited at `location`, when there is one (`28-NQ/TW`): with the line's text it
    /// identifies the finding in a baseline whatever lines are added above it.
    public var subject: String?

    public init(_ rule: RuleID, _ sentence: FindingMessage, at location: SourceLocation?, related: [SourceLocation] = [], severity: Severity) {
        self.rule = rule
        self.severity = severity
        self.sentence = sentence
        self.location = location
        self.related = related
    }

    /// A finding whose message is given as it is (rules defined outside docgraph): it reads the
    /// same in every language.
    public init(_ rule: RuleID, _ message: String, at location: SourceLocation?, related: [SourceLocation] = [], severity: Severity) {
        self.init(rule, .text(message), at: location, related: related, severity: severity)
    }
}

/// What `check` looks at.
public struct CheckOptions: Sendable {
    public var asOf: SimpleDate
    /// List pending and fulfilled plans too, not only overdue ones.
    public var includeAll: Bool
    /// Only findings with evidence in these files (a draft under review); nil for the corpus.
    public var restrictTo: Set<String>?
    /// The rules to run, by id; nil runs every rule of the registry.
    public var rules: Set<RuleID>?

    public init(asOf: SimpleDate, includeAll: Bool = false, restrictTo: Set<String>? = nil, rules: Set<RuleID>? = nil) {
        self.asOf = asOf
        self.includeAll = includeAll
        self.restrictTo = restrictTo
        self.rules = rules
    }

    /// Whether the rule with this id is to run.
    public func runs(_ id: RuleID) -> Bool { rules?.contains(id) ?? true }
}

/// Runs the rules of a registry over a graph.
public enum Checker {
    public static func run(_ graph: DocumentGraph, _ options: CheckOptions, rules registry: RuleRegistry = .standard) -> [Finding] {
        var findings: [Finding] = []
        for rule in registry.rules where options.runs(rule.id) {
            findings += rule.check(graph, options)
        }
        if let files = options.restrictTo {
            findings = findings.filter { f in
                ([f.location].compactMap { $0 } + f.related).contains { files.contains($0.file) }
            }
        }
        return sorted(findings)
    }

    /// By file, page, line, column, rule and then the facts, so that output never depends on
    /// rule order nor on the language it is printed in.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            let la = a.location ?? SourceLocation(file: "", line: 0, column: 0)
            let lb = b.location ?? SourceLocation(file: "", line: 0, column: 0)
            if (la.sourceLine, la.column, a.rule.rawValue) != (lb.sourceLine, lb.column, b.rule.rawValue) {
                return (la.sourceLine, la.column, a.rule.rawValue) < (lb.sourceLine, lb.column, b.rule.rawValue)
            }
            // Rare (two findings of one rule at one place): the facts' own spelling decides.
            return String(describing: a.sentence) < String(describing: b.sentence)
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
        nodes[Int(n)].record.map(\.startLocation)
    }
}
