import Foundation
import Testing

/// `docgraph check` run as a review pipeline runs it: the built binary, its output and its exit
/// status. Exit codes are a contract only an end-to-end test can hold.
@Suite("check end to end", .serialized)
struct CheckEndToEndTests {
    static func check(_ arguments: [String], stdin: String? = nil) throws -> CLI.Run {
        // English, whatever the machine's LANG: these tests read the words (LanguageEndToEndTests reads the Vietnamese).
        try CLI.run(["check", "--lang", "en"] + arguments, stdin: stdin)
    }

    static let corpus = ["--corpus", "Corpus", "--corpus", "Tests/Review/Corpus", "--as-of", "2026-11-25"]
    static let drafts = "Tests/Review/Drafts/"

    @Test("0: a clean draft passes, and its summary says so")
    func clean() throws {
        let r = try Self.check([Self.drafts + "clean-01-ke-hoach-thuc-hien-ket-luan-58.txt"] + Self.corpus)
        #expect(r.status == 0)
        #expect(r.out.contains("0 findings: 0 errors, 0 warnings, 0 notes"))
    }

    @Test("1: a wrong date fails the default gate, located in the draft with the corpus header as related")
    func wrongDate() throws {
        let r = try Self.check([Self.drafts + "01-ke-hoach-sai-ngay.txt"] + Self.corpus)
        #expect(r.status == 1)
        #expect(r.out.contains("Tests/Review/Drafts/01-ke-hoach-sai-ngay.txt:15:11: error: [metadata-conflict] this draft cites 58-KL/TW as dated 25/06/2026"))
        #expect(!r.out.contains("\nCorpus/"), "no finding is located in the corpus")
        #expect(r.out.contains("\n    related: Corpus/001_9516fea5641a2c07.txt:1:1\n"), "the corpus header is shown as evidence")
        let json = try Self.check([Self.drafts + "01-ke-hoach-sai-ngay.txt", "--format", "json"] + Self.corpus)
        #expect(json.status == 1)
        #expect(json.out.contains("Corpus/001_9516fea5641a2c07.txt"), "the corpus evidence is a related location")
    }

    @Test("`check DIR` without --corpus checks DIR as the corpus, as `check --corpus DIR` does (not a review against the current folder)")
    func positionalCorpus() throws {
        let asCorpus = try Self.check(["--corpus", "Tests/Review/Corpus", "--as-of", "2026-11-25", "--fail-on", "never"])
        let positional = try Self.check(["Tests/Review/Corpus", "--as-of", "2026-11-25", "--fail-on", "never"])
        #expect(positional.status == 0)
        #expect(positional.out == asCorpus.out)
        #expect(positional.out.contains("findings"))
        let missing = try Self.check(["NoSuchCorpus"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("NoSuchCorpus"))
    }

    @Test("1 or 0 by --fail-on: a warning fails only --fail-on warning")
    func failOn() throws {
        let draft = Self.drafts + "07-ke-hoach-so-nhiem-vu-khong-khop.txt"
        #expect(try Self.check([draft] + Self.corpus).status == 0)
        #expect(try Self.check([draft, "--fail-on", "warning"] + Self.corpus).status == 1)
        #expect(try Self.check([Self.drafts + "01-ke-hoach-sai-ngay.txt", "--fail-on", "never"] + Self.corpus).status == 0)
    }

    @Test("2: a missing draft, an unmatched pattern, a missing corpus, an empty folder, nothing readable, a bad option")
    func usageErrors() throws {
        let missing = try Self.check(["nosuchdraft.txt"] + Self.corpus)
        #expect(missing.status == 2)
        #expect(missing.err.contains("nosuchdraft.txt:1:1: error: no such draft"))
        #expect(missing.out.isEmpty, "no '0 findings' for a draft that is not there")
        let pattern = try Self.check(["drafts/*.txt"] + Self.corpus)
        #expect(pattern.status == 2)
        #expect(pattern.err.contains("no file matches this pattern"))
        let noCorpus = try Self.check([Self.drafts + "clean-01-ke-hoach-thuc-hien-ket-luan-58.txt", "--corpus", "NoSuchCorpus"])
        #expect(noCorpus.status == 2)
        #expect(noCorpus.err.contains("NoSuchCorpus:1:1: error: no such corpus file or folder"))
        let empty = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let emptyRun = try Self.check(["--corpus", empty.path])
        #expect(emptyRun.status == 2)
        // Every format the binary registers is named, from the registry (.docx and .pdf too).
        #expect(emptyRun.err.contains("no .txt, .md, .html, .docx or .pdf document in this folder"))
        let binary = empty.appendingPathComponent("binary.txt")
        try Data([0, 1, 2, 0, 0]).write(to: binary)
        let unreadable = try Self.check(["--corpus", binary.path])
        #expect(unreadable.status == 2)
        #expect(unreadable.err.contains("no readable document found"))
        #expect(unreadable.err.contains(".txt, .md, .html, .docx or .pdf documents"))
        let badOption = try Self.check(["--fail-on", "sometimes"] + Self.corpus)
        #expect(badOption.status == 2)
        let badRule = try Self.check(["--rules", "nonsense"] + Self.corpus)
        #expect(badRule.status == 2)
    }

    @Test("check - reads a draft from standard input")
    func standardInput() throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(Self.drafts + "04-ke-hoach-trich-van-ban-da-bi-thay-the.txt"), encoding: .utf8)
        let r = try Self.check(["-"] + Self.corpus, stdin: text)
        #expect(r.status == 1)
        #expect(r.out.contains("<stdin>:15:8: error: [superseded-citation]"))
        let none = try Self.check(["-"] + Self.corpus, stdin: "")
        #expect(none.status == 2)
        #expect(none.err.contains("standard input is empty"))
    }

    @Test("SARIF: results in the draft, URIs relative to SRCROOT, declared in originalUriBaseIds")
    func sarif() throws {
        let r = try Self.check([Self.drafts + "02-ke-hoach-sai-co-quan-ban-hanh.txt", "--format", "sarif"] + Self.corpus)
        #expect(r.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
        let root = try #require(bases["SRCROOT"]?["uri"])
        #expect(root.hasPrefix("file:///") && root.hasSuffix("/"))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for result in results {
            let locations = (result["locations"] as? [[String: Any]] ?? []) + (result["relatedLocations"] as? [[String: Any]] ?? [])
            for l in locations {
                let artifact = try #require((l["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String])
                #expect(artifact["uriBaseId"] == "SRCROOT")
                #expect(artifact["uri"]?.hasPrefix("/") == false)
            }
            let first = try #require((result["locations"] as? [[String: Any]])?.first)
            let uri = ((first["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String])?["uri"]
            #expect(uri == "Tests/Review/Drafts/02-ke-hoach-sai-co-quan-ban-hanh.txt")
            #expect(result["level"] as? String == "error")
        }
    }

    @Test("SARIF URIs are the repository's paths wherever the check runs")
    func sarifFromSubfolder() throws {
        let p = Process()
        p.executableURL = try CLI.binary()
        p.arguments = ["check", "Drafts/01-ke-hoach-sai-ngay.txt", "--corpus", "../../Corpus", "--corpus", "Corpus", "--as-of", "2026-11-25", "--format", "sarif"]
        p.currentDirectoryURL = Fixtures.packageRoot.appendingPathComponent("Tests/Review")
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(text.contains("\"uri\" : \"Tests/Review/Drafts/01-ke-hoach-sai-ngay.txt\""))
        #expect(text.contains("\"uri\" : \"Corpus/001_9516fea5641a2c07.txt\""))
        #expect(text.components(separatedBy: "\"uri\" : \"file://").count == 2, "no absolute URI but the base")
        #expect(text.contains("\"uri\" : \"file://" + Fixtures.packageRoot.path + "/\""), "the base is the repository")
    }

    @Test("--write-baseline then --baseline: known findings pass, a new one fails")
    func baseline() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("baseline.json").path
        let draft = Self.drafts + "02-ke-hoach-sai-co-quan-ban-hanh.txt"
        #expect(try Self.check([draft, "--write-baseline", file] + Self.corpus).status == 0)
        let accepted = try Self.check([draft, "--baseline", file] + Self.corpus)
        #expect(accepted.status == 0)
        #expect(accepted.out.contains("0 findings: 0 errors, 0 warnings, 0 notes (2 accepted by the baseline)"))
        // Read from standard input (one name, `<stdin>`), with two lines inserted at the top and a
        // new wrong date: the two known findings are accepted two lines down, only the new one fails.
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(draft), encoding: .utf8)
        #expect(try Self.check(["-", "--write-baseline", file] + Self.corpus, stdin: text).status == 0)
        let shifted = try Self.check(["-", "--baseline", file] + Self.corpus, stdin: "\n\n" + text)
        #expect(shifted.status == 0, "line shifts keep known findings known: \(shifted.out)")
        let edited = "\n\n" + text.replacingOccurrences(of: "- Bảo đảm sự lãnh đạo", with: "- Theo Kết luận số 58-KL/TW, ngày 20/6/2026 của Bộ Chính trị, bảo đảm sự lãnh đạo")
        let new = try Self.check(["-", "--baseline", file] + Self.corpus, stdin: edited)
        #expect(new.status == 1)
        #expect(new.out.contains("1 finding: 1 error, 0 warnings, 0 notes (2 accepted by the baseline)"), "\(new.out)")
        // The corpus itself can be baselined: its warnings then no longer fail --fail-on warning.
        let corpusBaseline = folder.appendingPathComponent("corpus.json").path
        #expect(try Self.check(["--write-baseline", corpusBaseline] + Self.corpus).status == 0)
        #expect(try Self.check(["--fail-on", "warning"] + Self.corpus).status == 1)
        let corpusAccepted = try Self.check(["--fail-on", "warning", "--baseline", corpusBaseline] + Self.corpus)
        #expect(corpusAccepted.status == 0)
        #expect(corpusAccepted.out.hasPrefix("0 findings: 0 errors, 0 warnings, 0 notes ("))
        let bad = try Self.check(["-", "--baseline", "/no/such/baseline.json"] + Self.corpus, stdin: text)
        #expect(bad.status == 2)
        #expect(bad.err.contains("cannot read the baseline"))
    }
}
