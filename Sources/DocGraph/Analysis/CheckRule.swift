/// A consistency rule that `check` runs over a graph.
///
/// A rule is one file in `Analysis/Rules/` plus one line in ``RuleRegistry/standard``
/// (README, "Extending docgraph"). It reads the graph and its precomputed indexes and returns
/// findings; it must stay linear in the graph's size, since `check` runs on national corpora.
///
/// ```swift
/// public struct SelfCitationRule: CheckRule {
///     public let id: RuleID = "self-citation"
///     public let defaultSeverity = Finding.Severity.warning
///     public let summary = "A document that cites itself."
///     public func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding] {
///         graph.edges.filter { $0.from == $0.to }.map { finding("cites itself", at: $0.location) }
///     }
/// }
/// ```
public protocol CheckRule: Sendable {
    /// The stable id users select with `--rules` and that JSON, SARIF and baselines carry.
    var id: RuleID { get }
    /// The severity of a finding unless the rule or a review role decides otherwise.
    var defaultSeverity: Finding.Severity { get }
    /// One line on what the rule finds, for `--help` and SARIF.
    var summary: String { get }
    /// The rule's findings on `graph`, in any order (``Checker`` sorts them).
    func check(_ graph: DocumentGraph, _ options: CheckOptions) -> [Finding]
}

extension CheckRule {
    /// A finding of this rule, with its default severity unless one is given.
    public func finding(_ sentence: FindingMessage, at location: SourceLocation?, related: [SourceLocation] = [], severity: Finding.Severity? = nil) -> Finding {
        Finding(id, sentence, at: location, related: related, severity: severity ?? defaultSeverity)
    }

    /// A finding whose message is given as it is, the same in every language (rules defined
    /// outside docgraph, which have no sentence in the catalogue).
    public func finding(_ message: String, at location: SourceLocation?, related: [SourceLocation] = [], severity: Finding.Severity? = nil) -> Finding {
        Finding(id, message, at: location, related: related, severity: severity ?? defaultSeverity)
    }
}

/// The id of a rule, as typed after `--rules` and written in JSON, SARIF and baselines:
/// `cycle`, `overdue-plan`. Each rule declares its own as a static constant.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

/// The rules `check` knows, in the order help and SARIF list them.
public struct RuleRegistry: Sendable {
    public var rules: [any CheckRule]

    public init(_ rules: [any CheckRule]) { self.rules = rules }

    /// Every rule docgraph ships. Adding a rule is adding it here.
    public static let standard = RuleRegistry([
        CycleRule(),
        TemporalRule(),
        MetadataConflictRule(),
        AmbiguousIDRule(),
        SupersededCitationRule(),
        OverduePlanRule(),
        UnmetObligationRule(),
        InverseInconsistencyRule(),
        DanglingRule(),
        CountMismatchRule(),
        DuplicateIdentityRule(),
    ])

    /// The ids, in registry order.
    public var ids: [RuleID] { rules.map(\.id) }

    /// The rule with this id, if the registry has it.
    public func rule(_ id: RuleID) -> (any CheckRule)? { rules.first { $0.id == id } }

    /// A registry with one more rule (for rules defined outside docgraph).
    public func adding(_ rule: any CheckRule) -> RuleRegistry { RuleRegistry(rules + [rule]) }
}
