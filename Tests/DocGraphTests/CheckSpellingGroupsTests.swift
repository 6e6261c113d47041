import CorpusSynthesis
import Foundation
import Testing
@testable import DocGraph

/// `metadata-conflict` groups each field of a document's observations by its spellings
/// (`DistinctSpellings`) before it hashes or normalizes anything (issue #15, seventh pass on the
/// index: `check` at 100,000 documents). Held here to the grouping it replaces, which put every
/// observation into dictionaries keyed by `String`, kept below as the reference.
@Suite("metadata-conflict by spellings gives the findings of dictionaries by observation")
struct CheckSpellingGroupsTests {
    @Test("same bytes: storage shared or not, small and large, composed and decomposed told apart")
    func sameBytes() {
        let texts = ["", "a", "Bộ Chính trị", "Ban Chấp hành Trung ương Đảng khóa XIII", "Tỉnh ủy Thái Nguyên",
                     "Tỉnh ủy Thái Nguyên".decomposedFoundation, "Tỉnh ủy Thái Nguyêm", "0123456789abcdef", "0123456789abcdeg"]
        for a in texts {
            for b in texts + texts.map({ String(decoding: Array($0.utf8), as: UTF8.self) }) {
                #expect(SpellingKey.sameBytes(a, b) == a.utf8.elementsEqual(b.utf8), "\(a.debugDescription) \(b.debugDescription)")
            }
        }
    }

    @Test("spellings are numbered in the order met, by their bytes, past the linear search too")
    func numbering() {
        var spellings = DistinctSpellings()
        let words = (0..<20).map { "Sở Nội vụ tỉnh \($0)" }
        var expected: [String] = []
        for (k, w) in (words + words.reversed() + words.map(\.decomposedFoundation) + words).enumerated() {
            if !expected.contains(where: { $0.utf8.elementsEqual(w.utf8) }) { expected.append(w) }
            let n = spellings.number(String(decoding: Array(w.utf8), as: UTF8.self))
            #expect(expected[n].utf8.elementsEqual(w.utf8), "observation \(k)")
        }
        #expect(spellings.values == expected)
        #expect(spellings.values.count == 40)
    }

    @Test("the findings of hand-made observations: spellings composed and decomposed, many dates, terms, Quy định and Quyết định")
    func handMade() {
        var g = DocumentGraph()
        let place = { (line: Int) in DocGraph.SourceLocation(file: "f\(line % 3).txt", line: line, column: 1 + line % 5) }
        func obs(_ k: Int, date: SimpleDate?, issuer: String?, term: String?, typeWord: String?) -> DocumentNode.Observation {
            DocumentNode.Observation(date: date, issuer: issuer, term: term, typeWord: typeWord, location: place(k), text: "câu \(k)")
        }
        let day = { (d: Int) in SimpleDate(year: 2024, month: 1 + d % 12, day: 1 + d % 28) }
        let issuers = ["Tỉnh ủy Thái Nguyên", "Ban Thường vụ Tỉnh ủy Thái Nguyên", "Tỉnh ủy Thái Nguyên".decomposedFoundation,
                       "UBND tỉnh Thái Nguyên", "Bộ Nội vụ", "Bộ trư"] + (0..<12).map { "Sở ngành số \($0)" }
        let words = ["Quy định", "quy định", "Quyết định", "QUYẾT ĐỊNH", "Quy định".decomposedFoundation, "Nghị quyết", nil]
        let terms = ["XII", "XIII", nil, "XIII"]
        for variant in 0..<6 {
            let id = DocumentID(party: String(variant + 1), typeCode: "QĐ", issuerCode: "TU")
            var observations: [DocumentNode.Observation] = []
            for k in 0..<(40 + 30 * variant) {
                let uniform = variant == 5
                observations.append(obs(1000 * variant + k,
                                        date: uniform ? day(0) : (k % (variant + 2) == 0 ? day(k % (4 * variant + 1)) : nil),
                                        issuer: uniform ? issuers[0] : issuers[(k * (variant + 1)) % (variant < 2 ? 3 : issuers.count)],
                                        term: uniform ? nil : terms[(k + variant) % (variant % 2 == 0 ? 1 : terms.count)],
                                        typeWord: uniform ? "Quyết định" : words[(k * 3 + variant) % (variant == 3 ? 2 : words.count)]))
            }
            var node = DocumentNode(id: id, key: id.key, name: id.description, inCorpus: variant % 2 == 0, observations: observations)
            if node.inCorpus {
                node.date = day(1)
                node.issuer = variant == 4 ? "Bộ Nội vụ" : "Tỉnh ủy Thái Nguyên"
                node.typeWord = variant == 2 ? "Quy định" : "Quyết định"
            }
            g.nodes.append(node)
        }
        g.index()
        let found = Self.lines(MetadataConflictRule().check(g, CheckOptions(asOf: SimpleDate(year: 2026, month: 11, day: 27)!)))
        #expect(found == Self.lines(Self.reference(g)))
        #expect(found.count >= 8)
    }

    @Test("the findings on the sample corpus, the real documents and a synthetic corpus")
    func corpora() {
        let real = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/Real").path
        let synthetic = SyntheticCorpus(count: 400, seed: 2026)
        let graphs = [GraphBuilder.build(Fixtures.sample), GraphBuilder.build(CorpusExtraction.read(paths: [real])),
                      GraphBuilder.build(CorpusExtraction(files: (0..<synthetic.count).map {
                          DocumentExtractor.extract(bytes: synthetic.bytes($0), file: synthetic.relativePath($0))
                      }))]
        var total = 0
        for g in graphs {
            let found = Self.lines(MetadataConflictRule().check(g, CheckOptions(asOf: SimpleDate(year: 2026, month: 11, day: 27)!)))
            #expect(found == Self.lines(Self.reference(g)))
            total += found.count
        }
        #expect(total > 0)
    }

    static func lines(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.location?.description ?? "-") \($0.message) | \($0.related.map(\.description).joined(separator: ", "))" }
    }

    /// The rule's per-document grouping before this pass, run on every numbered document.
    static func reference(_ graph: DocumentGraph) -> [Finding] {
        let rule = MetadataConflictRule()
        var findings: [Finding] = []
        let body = { (name: String) in IssuingBody(name) }
        let normalized = { (name: String) in IssuingBodies.normalized(name) }
        for i in graph.nodes.indices {
            guard let form = graph.nodes[i].id?.form, form != .named else { continue }
            let node = graph.nodes[i]
            let n = NodeIndex(i)
            let obs = node.observations
            var dates: [SimpleDate: [DocGraph.SourceLocation]] = [:]
            for k in obs.indices { if let d = obs[k].date { dates[d, default: []].append(obs[k].location) } }
            if node.inCorpus, let own = node.date, !dates.isEmpty, dates.keys.contains(where: { $0 != own }) {
                let wrong = dates.filter { $0.key != own }
                for (d, locations) in wrong.sorted(by: { $0.key < $1.key }) {
                    findings.append(rule.finding(.dateUnlikeHeader(document: graph.short(n), own: own, cited: d),
                                                 at: locations.first, related: Array(locations.dropFirst()) + [graph.source(n)].compactMap { $0 }))
                }
            } else if dates.count > 1 {
                let sorted = dates.sorted { $0.key < $1.key }
                let described = sorted.map { FindingMessage.CitedValue($0.key, count: $0.value.count, first: $0.value[0]) }
                findings.append(rule.finding(.severalDates(document: graph.short(n), dates: described),
                                             at: sorted.flatMap(\.value).min { $0.sourceLine < $1.sourceLine },
                                             related: sorted.flatMap(\.value).sorted { $0.sourceLine < $1.sourceLine }))
            }
            var issuers: [String: (String, [DocGraph.SourceLocation])] = [:]
            for k in obs.indices { if let s = obs[k].issuer { let key = normalized(s); issuers[key, default: (s, [])].1.append(obs[k].location) } }
            if let own = node.issuer, node.inCorpus {
                let ownBody = body(own)
                for (key, (s, locations)) in issuers.sorted(by: { $0.key < $1.key })
                where !body(s).isCompatible(with: ownBody) && !MetadataConflictRule.cutShort(key, normalized(own)) {
                    findings.append(rule.finding(.issuerUnlikeHeader(document: graph.short(n), own: own, cited: s),
                                                 at: locations.first, related: Array(locations.dropFirst())))
                }
            } else if issuers.count > 1 {
                let names = issuers.sorted { $0.key < $1.key }
                let clash = names.contains { a in names.contains { b in
                    !body(a.value.0).isCompatible(with: body(b.value.0)) && !MetadataConflictRule.cutShort(a.key, b.key)
                } }
                if clash {
                    let described = names.map { FindingMessage.CitedValue($0.value.0, count: $0.value.1.count, first: $0.value.1[0]) }
                    findings.append(rule.finding(.severalIssuers(document: graph.short(n), issuers: described),
                                                 at: names.flatMap(\.value.1).min { ($0.sourceLine, $0.column) < ($1.sourceLine, $1.column) }))
                }
            }
            let terms = Set(obs.indices.compactMap { obs[$0].term })
            if terms.count > 1 {
                findings.append(rule.finding(.severalTerms(document: graph.short(n), terms: terms.sorted()),
                                             at: obs.first { $0.term != nil }?.location, related: obs.filter { $0.term != nil }.map(\.location)))
            }
            let words = Dictionary(grouping: obs.indices.compactMap { k in obs[k].typeWord.map { ($0.folded, obs[k].location) } }, by: \.0)
            if let asQuyDinh = words["quy dinh"], let asQuyetDinh = words["quyet dinh"] {
                findings.append(rule.finding(.quyDinhAndQuyetDinh(document: graph.short(n), asQuyDinh: asQuyDinh.count, asQuyetDinh: asQuyetDinh.count),
                                             at: asQuyetDinh.first?.1, related: asQuyDinh.map(\.1)))
            } else if node.inCorpus, let own = node.typeWord, let unlike = MetadataConflictRule.unlikeOwnKind(own.folded), let cited = words[unlike.folded] {
                findings.append(rule.finding(.typeUnlikeHeader(document: graph.short(n), own: own, cited: unlike.written),
                                             at: cited.first?.1, related: cited.dropFirst().map(\.1)))
            }
            if node.inCorpus, let own = node.typeWord, let id = node.id, MetadataConflictRule.kindOfCode(own, id) {
                let against = obs.indices.filter { k in obs[k].typeWord.map { $0 != own && MetadataConflictRule.kindAgainstCode($0.folded, id) } ?? false }
                if let first = against.first, let spelled = obs[first].typeWord {
                    findings.append(rule.finding(.typeUnlikeCode(document: graph.short(n), own: own, cited: spelled.sentenceCased),
                                                 at: obs[first].location, related: against.dropFirst().map { obs[$0].location }))
                }
            }
        }
        return findings
    }
}
