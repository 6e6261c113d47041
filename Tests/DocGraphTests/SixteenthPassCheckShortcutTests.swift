import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's sixteenth pass (`check`, by profile), each held to the slower form it
/// stands for: what citations say of a node summed up as they are added (`CitedFacts`), each edge's
/// flags in a byte (`EdgeFacts`), the answers of the matcher by pair in one open table (`PairAnswers`),
/// and a revision's objection from levels kept by node.
@Suite("Sixteenth-pass shortcuts of check give the answers of the forms they replace")
struct SixteenthPassCheckShortcutTests {
    /// The sample corpus, the real documents and 120 plan-heavy documents (task tables, obligations).
    static var graphs: [DocumentGraph] { FourteenthPassCheckShortcutTests.graphs }

    /// `MetadataConflictRule.citedAlike` as it was before `CitedFacts`: every observation walked.
    static func citedAlikeWalking(_ nodes: UnsafeBufferPointer<DocumentNode>, _ i: Int, body: (String) -> IssuingBody) -> Bool {
        var date: SimpleDate?
        var issuer = -1, term = -1, typeWord = -1
        let found = nodes[i].observations.withUnsafeBufferPointer { obs -> Bool in
            func same(_ first: String?, _ other: String?) -> Bool {
                guard let first, let other else { return true }
                return SpellingKey.sameBytes(first, other)
            }
            for k in obs.indices {
                if let d = obs[k].date {
                    if let d0 = date, d0 != d { return false }
                    date = d
                }
                if obs[k].issuer != nil { if issuer < 0 { issuer = k } else if !same(obs[issuer].issuer, obs[k].issuer) { return false } }
                if obs[k].term != nil { if term < 0 { term = k } else if !same(obs[term].term, obs[k].term) { return false } }
                if obs[k].typeWord != nil { if typeWord < 0 { typeWord = k } else if !same(obs[typeWord].typeWord, obs[k].typeWord) { return false } }
            }
            return true
        }
        guard found else { return false }
        guard nodes[i].inCorpus else { return true }
        if let own = nodes[i].date, let date, date != own { return false }
        if let own = nodes[i].issuer, issuer >= 0, let cited = nodes[i].observations[issuer].issuer,
           !body(cited).isCompatible(with: body(own)) { return false }
        if let own = nodes[i].typeWord, typeWord >= 0, let cited = nodes[i].observations[typeWord].typeWord,
           let unlike = MetadataConflictRule.unlikeOwnKind(own.folded), cited.folded == unlike.folded { return false }
        return true
    }

    @Test("the facts kept up as observations are added are those read from all of them, and decide alike as the walk did")
    func citedFacts() {
        var nodes = 0, disagreeing = 0
        for g in Self.graphs {
            #expect(g.citedFacts.count == g.nodes.count)
            g.nodes.withUnsafeBufferPointer { buffer in
                for i in buffer.indices {
                    let read = CitedFacts.of(buffer[i])
                    #expect(g.citedFacts[i] == read, "\(buffer[i].name)")
                    #expect(read.numbered == (buffer[i].id.map { $0.form != .named } ?? false))
                    let walked = Self.citedAlikeWalking(buffer, i, body: IssuingBody.init)
                    #expect(MetadataConflictRule.citedAlike(buffer, i, g.citedFacts[i], body: IssuingBody.init) == walked, "\(buffer[i].name)")
                    nodes += 1
                    if g.citedFacts[i].disagree { disagreeing += 1 }
                }
            }
        }
        #expect(nodes > 1000)
        #expect(disagreeing > 0)
    }

    @Test("a graph given whole (an index's part) reads the facts from its observations, and the rules answer alike")
    func givenWhole() {
        let asOf = SimpleDate(year: 2026, month: 11, day: 26)!
        for g in Self.graphs {
            let part = DocumentGraph(part: g.nodes, edges: g.edges, lookupKeys: g.lookupKeys, planDates: g.nodes.indices.map { g.planDate(NodeIndex($0)) })
            #expect(part.citedFacts == g.citedFacts)
            #expect(part.edgeFacts.map(\.rawValue) == g.edgeFacts.map(\.rawValue))
            var bare = g
            bare.citedFacts = []
            bare.edgeFacts = []
            for rule in [MetadataConflictRule() as any CheckRule, InverseInconsistencyRule()] {
                let options = CheckOptions(asOf: asOf, includeAll: true)
                #expect(rule.check(bare, options).map(FourteenthPassSortTests.line) == rule.check(g, options).map(FourteenthPassSortTests.line))
            }
        }
    }

    @Test("each edge's flags are what its relation, modality, part and demotion say")
    func edgeFacts() {
        var replaced = 0, demoted = 0
        for g in Self.graphs {
            #expect(g.edgeFacts.count == g.edges.count)
            for (i, e) in g.edges.enumerated() {
                let f = g.edgeFacts[i]
                #expect(f.contains(.replacesWhole) == (e.relation == .replaces && e.modality == .enacted && !e.isPartial))
                #expect(f.contains(.repealsWhole) == (e.relation == .repeals && e.modality == .enacted && !e.isPartial))
                #expect(f.contains(.demoted) == (e.demotedFrom != nil))
                if f.contains(.replacesWhole) { replaced += 1 }
                if f.contains(.demoted) { demoted += 1 }
            }
            #expect(InverseInconsistencyRule.replacedWhole(g) == {
                var marked = [Bool](repeating: false, count: g.nodes.count)
                for i in g.edgeFacts.indices where g.edgeFacts[i].contains(.replacesWhole) { marked[Int(g.edges[i].to)] = true }
                return marked
            }())
        }
        #expect(replaced > 0)
        #expect(demoted > 0)
    }

    @Test("a revision's objection from levels kept by node is the objection read from the two nodes")
    func objectionByLevels() {
        var asked = 0
        for g in Self.graphs {
            g.nodes.withUnsafeBufferPointer { nodes in
                for e in g.edges where e.demotedFrom != nil || e.relation.isRevision {
                    let a = nodes[Int(e.from)], b = nodes[Int(e.to)]
                    let read = Authority.objection(citing: a, cited: b)
                    #expect(Authority.objection(citing: a, cited: b, levels: (Authority.level(a), Authority.level(b))) == read)
                    #expect(Authority.level(nodes, Int(e.from)) == Authority.level(a))
                    #expect(Authority.objection(nodes, citing: Int(e.from), cited: Int(e.to), levels: (Authority.level(a), Authority.level(b))) == read)
                    asked += 1
                }
            }
        }
        #expect(asked > 100)
    }

    @Test("answers by pair in one open table are those a dictionary keeps, across its growth")
    func pairAnswers() {
        var table = PairAnswers()
        var reference: [Int64: Bool] = [:]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let a = Int32.random(in: 0..<300, using: &generator), b = Int32.random(in: 0..<300, using: &generator)
            let key = Int64(a) << 32 | Int64(b)
            #expect(table.answer(a, b) == reference[key])
            if reference[key] == nil {
                let answer = (a ^ b) & 1 == 0
                table.record(a, b, answer)
                reference[key] = answer
            }
        }
        #expect(table.count == reference.count)
        for (key, answer) in reference { #expect(table.answer(Int32(key >> 32), Int32(truncatingIfNeeded: key)) == answer) }
        // The ends of the range of ids, and (a, b) apart from (b, a).
        table.record(Int32.max, 0, true)
        table.record(0, Int32.max, false)
        #expect(table.answer(Int32.max, 0) == true && table.answer(0, Int32.max) == false)
    }
}
