import Foundation
import Testing
@testable import DocGraph

/// `AnnouncedMatcher`'s shortcuts of issue #12's fourteenth pass, held to the forms they stand
/// for: a planner's expected issuers remembered by what they are made of, subjects, names and
/// texts keyed by their bytes.
@Suite("Fourteenth-pass matcher shortcuts give the answers of the forms they replace")
struct FourteenthPassMatcherTests {
    @Test("announced plans' states do not depend on their order: a planner's expected issuers remembered give each plan's own")
    func expectedIssuersRemembered() {
        let g = FourteenthPassCheckShortcutTests.graphs[2]
        #expect(g.plans.count > 1000)
        let asOf = SimpleDate(year: 2026, month: 11, day: 26)!
        let inOrder = g.announcedStates(asOf: asOf)
        // Reversed, the plans of one row and one table still follow one another; interleaved with
        // the reversed order, no plan follows one of its own table, so nothing is remembered.
        let n = g.plans.count
        let orders: [[Int]] = [Array((0..<n).reversed()), (0..<n).map { $0 % 2 == 0 ? $0 / 2 : n - 1 - $0 / 2 }]
        for order in orders {
            var shuffled = g
            shuffled.plans = PlannedDocuments(order.map { g.plans[$0] })
            let states = shuffled.announcedStates(asOf: asOf)
            for (k, i) in order.enumerated() {
                #expect(Self.describe(states[k]) == Self.describe(inOrder[i]), "plan \(i)")
            }
        }
        #expect(inOrder.contains { $0 != nil })
    }

    @Test("an issuer or lead unit spelled in NFD is not the NFC spelling remembered, and both are the same when absent")
    func sameSpelling() {
        let nfc = "Ban Tổ chức Tỉnh ủy"
        #expect(AnnouncedMatcher.sameSpelling(nil, nil))
        #expect(AnnouncedMatcher.sameSpelling(nfc, String(nfc)))
        #expect(!AnnouncedMatcher.sameSpelling(nfc, nil))
        #expect(!AnnouncedMatcher.sameSpelling(nil, nfc))
        #expect(!AnnouncedMatcher.sameSpelling(nfc, nfc.decomposedFoundation))
        #expect(!AnnouncedMatcher.sameSpelling("Ban A", "Ban B"))
    }

    static func describe(_ s: AnnouncedState?) -> String {
        s.map { "\($0.outcome) \(String(describing: $0.doubt)) \($0.overdue)" } ?? "-"
    }
}
