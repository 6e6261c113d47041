import Foundation
import Testing

/// Every command run as a user runs it: the built binary on the sample corpus, its output and
/// the exit codes README promises (0 answered, 1 findings, 2 usage errors). Output is checked by
/// ids and JSON, which do not change with the language of the messages.
@Suite("docgraph end to end", .serialized)
struct CLIEndToEndTests {
    static let corpus = ["--corpus", "Corpus"]

    @Test("0: query commands answer on the sample corpus", arguments: [
        (["impact", "28-NQ/TW"], "256-KH/TU"),
        (["deps", "256-KH/TU"], "28-NQ/TW"),
        (["path", "256-KH/TU", "28-NQ/TW"], "28-NQ/TW"),
        (["show", "253-QD/TW"], "253-QĐ/TW"),
        (["status", "294-QD/TW", "--as-of", "25/11/2026"], "294-QĐ/TW"),
        (["revisions", "253-QD/TW", "--as-of", "2026-11-25"], "253-QĐ/TW"),
    ])
    func queries(arguments: [String], expected: String) throws {
        let r = try CLI.run(arguments + Self.corpus)
        #expect(r.status == 0, "\(arguments): \(r.err)")
        #expect(r.out.contains(expected), "\(arguments) names \(expected)")
    }

    @Test("0: JSON answers parse", arguments: [["impact", "28-NQ/TW"], ["show", "28-NQ/TW", "--as-of", "2026-11-25"], ["status", "253-QD/TW", "--as-of", "2026-11-25"]])
    func json(arguments: [String]) throws {
        let r = try CLI.run(arguments + Self.corpus + ["--format", "json"])
        #expect(r.status == 0, "\(arguments): \(r.err)")
        #expect((try? JSONSerialization.jsonObject(with: Data(r.out.utf8))) != nil, "\(arguments) --format json is JSON")
    }

    @Test("0: extract, docs, tasks and render to standard output")
    func producers() throws {
        for arguments in [["extract", "Corpus"], ["docs", "Corpus"], ["tasks", "Corpus"]] {
            let r = try CLI.run(arguments)
            #expect(r.status == 0, "\(arguments): \(r.err)")
            #expect(!r.out.isEmpty)
        }
        let dot = try CLI.run(["render", "--focus", "28-NQ/TW", "-o", "-"] + Self.corpus)
        #expect(dot.status == 0)
        #expect(dot.out.hasPrefix("digraph docgraph {"))
    }

    @Test("1: check finds the sample corpus's planned amendment overdue")
    func findings() throws {
        let r = try CLI.run(["check", "--as-of", "2026-11-25", "--fail-on", "warning"] + Self.corpus)
        #expect(r.status == 1)
        #expect(r.out.contains("[overdue-plan]"))
    }

    @Test("2: usage errors, each named, and closed option values refused before any file is read", arguments: [
        (["impact", "99-NQ/TW"], "99-NQ/TW"),
        (["impact", "not an id at all"], "not an id at all"),
        (["check", "--rules", "cycle,nope"], "--rules"),
        (["render", "--modality", "maybe", "-o", "-"], "--modality"),
        (["render", "--layout", "spring", "-o", "-"], "--layout"),
        (["impact", "28-NQ/TW", "--relations", "implements,inspires"], "--relations"),
        (["status", "28-NQ/TW", "--as-of", "31/02/2026"], "31/02/2026"),
    ])
    func usage(arguments: [String], named: String) throws {
        let r = try CLI.run(arguments + Self.corpus)
        #expect(r.status == 2, "\(arguments) is a usage error: \(r.err)")
        #expect(r.err.contains(named), "the message names \(named): \(r.err)")
    }

    @Test("2: an option value is checked before the corpus is read")
    func validationFirst() throws {
        // A corpus that does not exist would be a usage error of its own; the bad rule is named first.
        let r = try CLI.run(["check", "--rules", "nope", "--corpus", "/nonexistent-corpus"])
        #expect(r.status == 2)
        #expect(r.err.contains("--rules") && !r.err.contains("nonexistent-corpus"))
    }

    @Test("2: nothing readable is a usage error")
    func nothingReadable() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("docgraph-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let r = try CLI.run(["impact", "28-NQ/TW", "--corpus", empty.path])
        #expect(r.status == 2)
        #expect(r.err.contains(empty.path))
    }

    @Test("shell completions are generated and list the closed values")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLI.run(["--generate-completion-script", shell])
            #expect(r.status == 0, "\(shell): \(r.err)")
            #expect(r.out.contains("overdue-plan") && r.out.contains("implements"), "\(shell) completes rule ids and relations")
        }
    }
}
