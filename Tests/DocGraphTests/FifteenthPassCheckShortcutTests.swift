import CorpusSynthesis
import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's fifteenth pass (`check` by profile), each held to the slower form it
/// stands for.
@Suite("Fifteenth-pass shortcuts of check give the answers of the forms they replace")
struct FifteenthPassCheckShortcutTests {
    /// The sample corpus, the real documents and 120 plan-heavy documents (task tables, obligations).
    static var graphs: [DocumentGraph] { FourteenthPassCheckShortcutTests.graphs }

    @Test("expected issuers remembered by kind for the whole corpus give each plan what reading it anew gives")
    func expectedIssuersByKind() {
        var plans = 0
        for g in Self.graphs {
            var remembering = AnnouncedMatcher(g)
            var reading = AnnouncedMatcher(g)
            reading.remembers = false
            // In order, and interleaved with the reverse order, so that kinds are met again far from where they were first read.
            let n = g.plans.count
            for k in (0..<n).map({ $0 % 2 == 0 ? $0 / 2 : n - 1 - $0 / 2 }) {
                let date = g.planDate(g.plans[k].planner)
                #expect(remembering.match(g.plans[k], planDate: date) == reading.match(g.plans[k], planDate: date), "plan \(k)")
                plans += 1
            }
        }
        #expect(plans > 1000)
    }

    @Test("findings sorted by packed keys are in the order of the five integers a finding, past the packed ranges too")
    func packedSort() {
        let asOf = SimpleDate(year: 2026, month: 11, day: 26)!
        var total = 0
        for g in Self.graphs {
            var found: [Finding] = []
            for rule in RuleRegistry.standard.rules { found += rule.check(g, CheckOptions(asOf: asOf, includeAll: true)) }
            found += [Finding("zz-outside", "no place", at: nil, severity: .note), Finding("aa-outside", "first", at: nil, severity: .note)]
            found += found.prefix(50).reversed()
            var packed = found, wide = found
            Checker.sort(&packed)
            Checker.sortWide(&wide)
            #expect(packed.map(FourteenthPassSortTests.line) == wide.map(FourteenthPassSortTests.line))
            total += packed.count
        }
        #expect(total > 1000)
        // A column past 2^24 and a page past 2^32 send the findings to the wide form, in the same order.
        let far = [Finding("a", "x", at: SourceLocation(file: "b.txt", line: 3, column: 1 << 25), severity: .note),
                   Finding("a", "y", at: SourceLocation(file: "b.txt", line: 3, column: 7), severity: .note),
                   Finding("a", "z", at: SourceLocation(file: "a.pdf", page: 1 << 33, line: 1, column: 1), severity: .note),
                   Finding("b", "w", at: SourceLocation(file: "a.pdf", page: 2, line: 1, column: 1), severity: .note)]
        var sorted = far
        Checker.sort(&sorted)
        #expect(sorted.map(\.message) == ["w", "z", "y", "x"])
    }

    @Test("a planner's announcements of a kind, counted in a short list by planner, are those a dictionary of dictionaries counts")
    func announcedCounts() {
        var asked = 0
        for g in Self.graphs {
            var reference: [NodeIndex: [String: Int32]] = [:]
            for p in g.plans { reference[p.planner, default: [:]][p.announced.typeCode, default: 0] += 1 }
            var matcher = AnnouncedMatcher(g)
            for p in g.plans {
                #expect(matcher.announcedCount(p) == reference[p.planner]?[p.announced.typeCode] ?? 0)
                var other = p
                other.announced.typeCode = "ZZ"
                #expect(matcher.announcedCount(other) == 0)
                asked += 1
            }
        }
        #expect(asked > 1000)
    }
}
