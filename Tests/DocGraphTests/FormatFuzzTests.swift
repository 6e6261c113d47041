import CorpusSynthesis
import DocGraph
import DocGraphFormats
import Foundation
import Testing

/// The fuzz harness (`docgraph-fuzz`, `Scripts/fuzz.sh`) reads Word and PDF input too: steered by
/// its first byte (4 = `.docx`, 5 = `.pdf`), seeded with the fixtures of `Formats/`.
@Suite struct FormatFuzzTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: FormatFixtureTests.folder.appendingPathComponent(name)))
    }

    @Test("the first byte steers into every mode; 0–3 stay the text modes they were")
    func steering() {
        #expect((0...5).map { FuzzHarness.Mode(steering: UInt8($0)) } == [.text, .taskTable, .resolution, .citation, .word, .pdf])
        #expect(FuzzHarness.Mode(steering: 255) == FuzzHarness.Mode(rawValue: 255 % 6))
        #expect(FuzzHarness.input(.pdf, [1, 2]) == [5, 1, 2])
    }

    @Test("seeds from the fixtures run through the harness as Word and PDF: the same citations as reading the file")
    func seedsAreRead() throws {
        for (name, mode) in [("002_f51bd1bc98d5fad9.docx", FuzzHarness.Mode.word), ("002_f51bd1bc98d5fad9.pdf", .pdf)] {
            let bytes = try Self.fixture(name)
            let direct = DocumentExtractor.extract(path: FormatFixtureTests.folder.appendingPathComponent(name).path,
                                                   sources: DocumentFormats.registry)
            let fuzzed = try #require(FuzzHarness.run(FuzzHarness.input(mode, bytes)))
            #expect(fuzzed.wasRead, "\(name) not read through the harness: \(fuzzed.diagnostics)")
            #expect(!fuzzed.citations.isEmpty)
            #expect(fuzzed.citations.map(\.id) == direct.citations.map(\.id), "\(name)")
            if mode == .pdf { #expect(fuzzed.citations.allSatisfy { $0.location.page != nil }) }
        }
    }

    @Test("hostile seeds through the harness: recursive PDFs, a scan, an encrypted file")
    func hostileSeeds() throws {
        // Zip bombs (one whose headers lie about its size too) are fed to the binary by
        // FormatEndToEndTests.hostileFilesKeepMemoryBounded, and to WordSource by
        // FormatRobustnessTests.wordFailures: building one costs seconds, so not again here.
        for name in ["bad-recursive.pdf", "bad-recursive-form.pdf", "bad-scanned.pdf", "bad-encrypted.pdf"] {
            let file = try #require(FuzzHarness.run(FuzzHarness.input(.pdf, try Self.fixture(name))))
            #expect(!file.diagnostics.isEmpty, "\(name) gave no message")
            #expect(file.citations.isEmpty, "\(name)")
        }
    }

    @Test("seeded damage to Word and PDF seeds through the whole harness (graph, rules, DOT, JSON) never crashes")
    func damagedSeeds() throws {
        var g = FormatMutationTests.Generator(state: 20261126)
        let seeds = [FuzzHarness.input(.word, try Self.fixture("107-bolaodong-02-tt-bldtbxh-2022-sua-doi-tt-07.docx")),
                     FuzzHarness.input(.pdf, try Self.fixture("107-bolaodong-02-tt-bldtbxh-2022-sua-doi-tt-07.pdf"))]
        var read = 0, refused = 0
        for i in 0..<40 {
            let seed = seeds[i % 2]
            // The steering byte is kept: damage goes to the file.
            let damaged = [seed[0]] + FormatMutationTests.mutate(Array(seed.dropFirst()), &g)
            let file = try #require(FuzzHarness.run(damaged))
            if file.wasRead { read += 1 } else { refused += 1 }
        }
        #expect(read + refused == 40)
        #expect(read > 0, "some damaged copies are still read")
    }
}
