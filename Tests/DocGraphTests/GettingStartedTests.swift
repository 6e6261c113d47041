import DocGraph
import Foundation
import Testing

/// The DocC getting-started article shows the example package's code; the test command builds
/// and runs that package, so the article compiles as long as the two stay equal.
@Suite("Getting started")
struct GettingStartedTests {
    @Test("the article's code is the example package's main.swift, which the test command builds")
    func articleIsTheExample() throws {
        let root = Fixtures.packageRoot
        let article = try String(contentsOf: root.appendingPathComponent("Sources/DocGraph/Documentation.docc/GettingStarted.md"), encoding: .utf8)
        let example = try String(contentsOf: root.appendingPathComponent("Examples/CitationCheck/Sources/CitationCheck/main.swift"), encoding: .utf8)
        let start = try #require(article.range(of: "```swift\n"))
        let end = try #require(article.range(of: "```", range: start.upperBound..<article.endIndex))
        #expect(String(article[start.upperBound..<end.lowerBound]) == example, "copy main.swift into GettingStarted.md")
        let manifest = try String(contentsOf: root.appendingPathComponent("Examples/CitationCheck/Package.swift"), encoding: .utf8)
        #expect(manifest.contains(#"product(name: "DocGraph""#) && !manifest.contains("DocGraphRendering"), "the example depends on DocGraph alone")
    }

    @Test("the article shows the output the example must print (Examples/CitationCheck/check.sh compares it)")
    func articleOutput() throws {
        let root = Fixtures.packageRoot
        let article = try String(contentsOf: root.appendingPathComponent("Sources/DocGraph/Documentation.docc/GettingStarted.md"), encoding: .utf8)
        let expected = try String(contentsOf: root.appendingPathComponent("Examples/CitationCheck/expected-output.txt"), encoding: .utf8)
        #expect(expected.contains("[cycle]"), "the example runs one rule and it finds the planted cycle")
        #expect(article.contains("```\n" + expected + "```"), "copy expected-output.txt into GettingStarted.md")
    }
}
