import CorpusSynthesis
import DocGraph
import Foundation
import Testing

/// The second synthetic shape (`OtherHandsCorpus`): documents written with other conventions,
/// with planted cycles, dangling ids, date conflicts and stale citations. The real pipeline must
/// find every planted defect and report almost nothing else under those rules.
@Suite("Other hands corpus")
struct OtherHandsCorpusTests {
    static let scored: [RuleID: PlantedDefect.Kind] = [
        .cycle: .cycle, .dangling: .dangling, .metadataConflict: .dateConflict, .supersededCitation: .staleCitation,
    ]

    @Test("a seed names one corpus, and every kind of defect is planted")
    func seeded() {
        let a = OtherHandsCorpus(count: 120, seed: 5), b = OtherHandsCorpus(count: 120, seed: 5), c = OtherHandsCorpus(count: 120, seed: 6)
        #expect((0..<120).allSatisfy { a.bytes($0) == b.bytes($0) })
        #expect((0..<120).contains { a.bytes($0) != c.bytes($0) })
        #expect(a.defects == b.defects)
        for kind in PlantedDefect.Kind.allCases { #expect(a.defects.contains { $0.kind == kind }, "no \(kind.rawValue) planted") }
    }

    @Test("written to disk: one file per document, the manifest beside them")
    func written() throws {
        let corpus = OtherHandsCorpus(count: 30, seed: 3)
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("defects.json").path
        let bytes = try corpus.write(to: folder.appendingPathComponent("corpus").path, manifest: manifest)
        #expect(bytes == (0..<30).reduce(0) { $0 + corpus.bytes($1).count })
        let read = try JSONDecoder().decode([PlantedDefect].self, from: Data(contentsOf: URL(fileURLWithPath: manifest)))
        #expect(read == corpus.defects)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("corpus/\(corpus.relativePath(29))").path))
    }

    @Test("check finds every planted defect of 400 documents, and at most a handful of other findings")
    func plantedDefects() {
        let corpus = OtherHandsCorpus(count: 400, seed: 2026)
        let files = (0..<corpus.count).map { DocumentExtractor.extract(bytes: corpus.bytes($0), file: corpus.relativePath($0)) }
        let graph = GraphBuilder.build(CorpusExtraction(files: files))
        let findings = Checker.run(graph, CheckOptions(asOf: SimpleDate(year: 2026, month: 11, day: 25)!, rules: Set(Self.scored.keys)))
        let score = PlantedDefectScore(defects: corpus.defects, findings: findings)
        print(score.table)
        for rule in Self.scored.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            let missed = score.missed(Self.scored[rule]!)
            #expect(missed.isEmpty, "\(rule.rawValue) misses \(missed.map(\.note))")
        }
        let others = score.others
        #expect(others.count <= 5, "\(others.count) other findings:\n\(others.prefix(30).map(\.description).joined(separator: "\n"))")
    }
}

/// Planted defects against findings: which were found, which missed, and what else was reported.
struct PlantedDefectScore {
    let defects: [PlantedDefect]
    let findings: [Finding]

    func rule(of kind: PlantedDefect.Kind) -> RuleID {
        switch kind {
        case .cycle: return .cycle
        case .dangling: return .dangling
        case .dateConflict: return .metadataConflict
        case .staleCitation: return .supersededCitation
        }
    }

    /// A finding is about a planted defect when it is of the defect's rule, names its id, and
    /// points at its files (a cycle: at every member's file).
    func matches(_ f: Finding, _ d: PlantedDefect) -> Bool {
        guard f.rule == rule(of: d.kind) else { return false }
        let files = Set(([f.location].compactMap { $0 } + f.related).map(\.file))
        switch d.kind {
        case .cycle: return Set(d.files).isSubset(of: files)
        default: return d.ids.allSatisfy { f.message.contains($0) } && !files.isDisjoint(with: d.files)
        }
    }

    func missed(_ kind: PlantedDefect.Kind) -> [PlantedDefect] {
        defects.filter { d in d.kind == kind && !findings.contains { matches($0, d) } }
    }

    var others: [Finding] { findings.filter { f in !defects.contains { matches(f, $0) } } }

    var table: String {
        var lines = ["rule                 planted  found  missed  other"]
        for kind in PlantedDefect.Kind.allCases {
            let r = rule(of: kind)
            let planted = defects.filter { $0.kind == kind }.count
            let missed = missed(kind).count
            let other = others.filter { $0.rule == r }.count
            lines.append(r.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
                         + String(format: " %7d %6d %7d %6d", planted, planted - missed, missed, other))
        }
        return lines.joined(separator: "\n")
    }
}
