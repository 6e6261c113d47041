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
    /// Room a rule makes in its array of findings for those the rules that ran before it found
    /// (`Checker.run`: they are appended into it, and the largest array is never made twice).
    var room = 0

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
        // Findings are large values (about 260 bytes) and a plan-heavy corpus has one per plan:
        // the first rule's array is taken as it is, the others appended into exactly the room
        // they need, so that the findings never stand in memory twice (appending let the array
        // double: peak memory of `check`).
        //
        // With `--all`, `overdue-plan` finds one a plan, most of them: it runs last, with room for the
        // others' findings, which are then appended into its array. Appending it into the others' made
        // its findings twice for a moment (massif, 2,000 plan-heavy documents: 9.6 MB and a 7.1 MB copy at
        // the peak of `check`). The order the rules' findings are joined in is not the output's: the sort
        // orders by place and rule, and a rule's own findings keep their order.
        var findings: [Finding] = []
        let last: RuleID? = options.includeAll && options.runs(.overduePlan) ? .overduePlan : nil
        for rule in registry.rules where options.runs(rule.id) && rule.id != last {
            let found = rule.check(graph, options)
            if findings.isEmpty { findings = found; continue }
            findings.reserveCapacity(findings.count + found.count)
            findings += found
        }
        if let last, let rule = registry.rules.first(where: { $0.id == last }) {
            var asked = options
            asked.room = findings.count
            var found = rule.check(graph, asked)
            if findings.count > found.count {
                findings.reserveCapacity(findings.count + found.count)
                findings += found
            } else {
                found += findings
                findings = found
            }
        }
        if let files = options.restrictTo {
            findings = findings.filter { f in
                ([f.location].compactMap { $0 } + f.related).contains { files.contains($0.file) }
            }
        }
        sort(&findings)
        return findings
    }

    /// By file, page, line, column, rule and then the facts, so that output never depends on
    /// rule order nor on the language it is printed in.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        var findings = findings
        sort(&findings)
        return findings
    }

    /// ``sorted(_:)`` in place: each finding is moved once along the cycles of the order, so
    /// that no second array of findings is made (half of the peak memory of `check` on a
    /// plan-heavy corpus, where the findings are one per plan).
    static func sort(_ findings: inout [Finding]) {
        // Each finding's key packed in 16 bytes and its position in 4: the keys of the wide form (five
        // integers, and the arrays they were read from) held 90 bytes a finding beside the findings while
        // sorting (540,000 findings for `check --all` on 16,000 plan-heavy documents: 48 MB at the peak of
        // `check`). A place beyond the packed ranges (a page or line past 2^32, a column past 2^24, over 255
        // rules) sorts by the wide form.
        var files = FileNumbers()
        var numbers: [Int32] = []
        var ruleOf: [UInt8] = []
        var rules: [RuleID] = []
        var ruleNumbers: [RuleID: Int] = [:]
        numbers.reserveCapacity(findings.count)
        ruleOf.reserveCapacity(findings.count)
        let fits: Bool = findings.withUnsafeBufferPointer { found in
            var last: (rule: RuleID, number: Int)?
            for i in found.indices {
                if let l = found[i].location {
                    guard (0..<(1 << 32)).contains(l.page ?? 0), (0..<(1 << 32)).contains(l.line), (0..<(1 << 24)).contains(l.column) else { return false }
                    numbers.append(Int32(files.number(l.file)))
                } else {
                    numbers.append(Int32(files.number("")))
                }
                let rule = found[i].rule
                if let last, last.rule == rule { ruleOf.append(UInt8(last.number)); continue }
                let n = ruleNumbers[rule] ?? { rules.append(rule); ruleNumbers[rule] = rules.count - 1; return rules.count - 1 }()
                guard n < 256 else { return false }
                last = (rule, n)
                ruleOf.append(UInt8(n))
            }
            return true
        }
        guard fits else { return sortWide(&findings) }
        let fileRank = files.ranks()
        var ruleRank = [Int](repeating: 0, count: rules.count)
        for (k, n) in rules.indices.sorted(by: { rules[$0] < rules[$1] }).enumerated() { ruleRank[n] = k }
        var keys: [PackedKey] = []
        keys.reserveCapacity(findings.count)
        findings.withUnsafeBufferPointer { found in
            for i in found.indices {
                let l = found[i].location
                let high = UInt64(fileRank[Int(numbers[i])]) << 32 | UInt64(l?.page ?? 0)
                let low = UInt64(l?.line ?? 0) << 32 | UInt64(l?.column ?? 0) << 8 | UInt64(ruleRank[Int(ruleOf[i])])
                keys.append(PackedKey(high: high, low: low))
            }
        }
        numbers = []
        ruleOf = []
        var order = [Int32](0..<Int32(findings.count))
        order.sort { a, b in
            let ka = keys[Int(a)], kb = keys[Int(b)]
            if ka != kb { return ka < kb }
            // Rare (two findings of one rule at one place): the facts' own spelling decides.
            return String(describing: findings[Int(a)].sentence) < String(describing: findings[Int(b)].sentence)
        }
        keys = []
        move(&findings, to: order)
    }

    /// (file, page, line, column, rule) in two words: the file's rank and the page; the line, the column and the rule's rank.
    private struct PackedKey: Equatable {
        var high: UInt64
        var low: UInt64
        static func < (a: PackedKey, b: PackedKey) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
    }

    /// Puts finding `order[k]` at `k`, moving each finding once along the cycles of the order, as memory.
    private static func move(_ findings: inout [Finding], to order: [Int32]) {
        // Moved as memory, not swapped: `swapAt` copied the finding it held, retaining its strings
        // (perf, 16,000 plan-heavy documents: 540,000 copies, 1.35 % of the run, as much as the sort itself).
        var placed = [Bool](repeating: false, count: order.count)
        findings.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in order.indices where !placed[start] {
                placed[start] = true
                guard order[start] != Int32(start) else { continue }
                let held = (base + start).move()
                var k = start
                while true {
                    let from = Int(order[k])
                    if from == start {
                        (base + k).initialize(to: held)
                        break
                    }
                    (base + k).moveInitialize(from: base + from, count: 1)
                    placed[from] = true
                    k = from
                }
            }
        }
    }

    /// ``sort(_:)`` by five integers a finding: the form the packed keys stand for, and the one for places past their ranges.
    static func sortWide(_ findings: inout [Finding]) {
        // Positions are sorted by integer keys (a path and a rule by their rank among the
        // findings' own), and each finding is moved once: comparing paths as strings and moving
        // findings, large values, at every step of the sort cost a tenth of `check`.
        // One pass over the findings in place (callgrind: reading `findings[i].location` in a
        // closure copied each whole finding, 133,000 copies for 1,000 plan-heavy documents), the
        // rule's rank remembered from the finding before it (a rule's findings come in one run).
        var files = FileNumbers()
        var numbers: [Int] = []
        var ruleOf: [Int] = []
        var rules: [RuleID] = []
        var ruleNumbers: [RuleID: Int] = [:]
        numbers.reserveCapacity(findings.count)
        ruleOf.reserveCapacity(findings.count)
        var places: [(page: Int, line: Int, column: Int)] = []
        places.reserveCapacity(findings.count)
        findings.withUnsafeBufferPointer { found in
            var last: (rule: RuleID, number: Int)?
            for i in found.indices {
                if let l = found[i].location {
                    numbers.append(files.number(l.file))
                    places.append((l.page ?? 0, l.line, l.column))
                } else {
                    numbers.append(files.number(""))
                    places.append((0, 0, 0))
                }
                let rule = found[i].rule
                if let last, last.rule == rule { ruleOf.append(last.number); continue }
                let n = ruleNumbers[rule] ?? { rules.append(rule); ruleNumbers[rule] = rules.count - 1; return rules.count - 1 }()
                last = (rule, n)
                ruleOf.append(n)
            }
        }
        let fileRank = files.ranks()
        var ruleRank = [Int](repeating: 0, count: rules.count)
        for (k, n) in rules.indices.sorted(by: { rules[$0] < rules[$1] }).enumerated() { ruleRank[n] = k }
        let keys = findings.indices.map { i in
            SortKey(file: fileRank[numbers[i]], page: places[i].page, line: places[i].line, column: places[i].column, rule: ruleRank[ruleOf[i]])
        }
        let order = findings.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            // Rare (two findings of one rule at one place): the facts' own spelling decides.
            return String(describing: findings[a].sentence) < String(describing: findings[b].sentence)
        }
        move(&findings, to: order.map { Int32($0) })
    }

    /// A finding's place and rule as integers, in the order of (file, page, line, column, rule).
    private struct SortKey: Comparable {
        var file: Int
        var page: Int
        var line: Int
        var column: Int
        var rule: Int
        static func < (a: SortKey, b: SortKey) -> Bool {
            (a.file, a.page, a.line, a.column, a.rule) < (b.file, b.page, b.line, b.column, b.rule)
        }
    }
}

extension DocumentGraph {
    /// `253-QĐ/TW` or the title of an unnumbered document, clipped.
    func short(_ n: NodeIndex) -> String {
        // Read in place: `nodes[n].name` copied the whole node (a dozen strings retained and released)
        // for every finding that names a document (perf, 16,000 plan-heavy documents).
        let name = nodes.withUnsafeBufferPointer { $0[Int(n)].name }
        return name.clipped(to: 70)
    }

    /// Where a node's own text starts, when it is in the corpus.
    func source(_ n: NodeIndex) -> SourceLocation? {
        nodes.withUnsafeBufferPointer { $0[Int(n)].record.map(\.startLocation) }
    }
}
