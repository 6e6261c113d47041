import DocGraph
import Foundation
import Testing

/// The answers' JSON is written by `PrettyJSON`, byte for byte as `JSONEncoder` wrote it: the
/// golden files of the sample corpus's answers were written by `JSONEncoder` before the change.
@Suite("answer JSON")
struct AnswerJSONTests {
    let g = GraphBuilder.build(Fixtures.sample)
    let asOf = Fixtures.asOf

    @Test("show, impact, deps, path, revisions and status of the sample corpus are the golden files")
    func answers() throws {
        let cited = try g.lookup("28-NQ/TW"), citing = try g.lookup("256-KH/TU"), revised = try g.lookup("253-QD/TW")
        Fixtures.expectGolden(Fixtures.relative(AnalysisJSON.show(g, cited, asOf: asOf)), "answers/show-28-NQ-TW.json")
        Fixtures.expectGolden(Fixtures.relative(AnalysisJSON.reached(g, root: cited, g.impact(of: cited))), "answers/impact-28-NQ-TW.json")
        Fixtures.expectGolden(Fixtures.relative(AnalysisJSON.reached(g, root: citing, g.dependencies(of: citing))), "answers/deps-256-KH-TU.json")
        let (paths, reversed) = g.shortestPaths(from: citing, to: cited, limit: 10)
        Fixtures.expectGolden(Fixtures.relative(AnalysisJSON.paths(g, from: citing, to: cited, paths, reversed: reversed)), "answers/path-256-KH-TU-28-NQ-TW.json")
        Fixtures.expectGolden(Fixtures.relative(AnalysisJSON.revisions(g, revised, g.revisions(of: revised, asOf: asOf), asOf: asOf)), "answers/revisions-253-QD-TW.json")
        let replaced = try g.lookup("294-QĐ/TW")
        Fixtures.expectGolden(Fixtures.relative(AnalysisJSON.status(g, g.status(of: replaced, asOf: asOf), asOf: asOf)), "answers/status-294-QD-TW.json")
        // The show of a document with no revision: empty arrays and nulls.
        Fixtures.expectGolden(Fixtures.relative(AnalysisJSON.show(g, citing, asOf: asOf)), "answers/show-256-KH-TU.json")
    }

    /// What `JSONEncoder` writes for a value, with the options of every answer.
    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("strings with quotes, backslashes, slashes, control characters and Vietnamese; empty and nested containers; numbers")
    func sameBytesAsJSONEncoder() throws {
        struct Sample: Encodable {
            var empty: [Int] = []
            var emptyObject: [String: Int] = [:]
            var nested: [[Int]] = [[], [0, -7, Int.max, Int.min]]
            var text = "a\"b\\c/d\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}\u{2028} chuyển đổi số 😀 \u{0}"
            var yes = true
            var no = false
        }
        var w = PrettyJSON()
        let s = Sample()
        w.object { w in
            w.key("empty"); w.array(s.empty) { $0.int($1) }
            w.key("emptyObject"); w.object { _ in }
            w.key("nested"); w.array(s.nested) { w, a in w.array(a) { $0.int($1) } }
            w.field("no", s.no)
            w.field("text", s.text)
            w.field("yes", s.yes)
        }
        #expect(w.text == (try Self.encoded(s)))
        var top = PrettyJSON()
        top.array([String]()) { $0.string($1) }
        #expect(top.text == (try Self.encoded([String]())))
    }
}
