import Foundation
import Testing

/// The binary in the users' language (issue #14): Vietnamese without a locale, English with an
/// English LANG or --lang en, dates dd/mm/yyyy, JSON unchanged; and a big corpus drawn as its issuers.
@Suite("language and big diagrams end to end", .serialized)
struct LanguageEndToEndTests {
    struct Run { var status: Int32; var out: String; var err: String }

    /// The built binary with exactly this environment's locale variables.
    static func run(_ arguments: [String], lang: String?) throws -> Run {
        let p = Process()
        p.executableURL = try CLI.binary()
        p.arguments = arguments
        p.currentDirectoryURL = Fixtures.packageRoot
        var env = ProcessInfo.processInfo.environment
        for k in ["LANG", "LC_ALL", "LC_MESSAGES"] { env[k] = nil }
        if let lang { env["LANG"] = lang }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    @Test("the binary speaks Vietnamese without LANG, English with LANG=en_US.UTF-8 or --lang en; dates dd/mm/yyyy")
    func binaryLanguage() throws {
        let args = ["revisions", "253-QD/TW", "--corpus", "Corpus", "--as-of", "25/11/2026"]
        let vi = try Self.run(args, lang: nil)
        #expect(vi.status == 0)
        #expect(vi.out.hasPrefix("Sửa đổi, thay thế, bãi bỏ 253-QĐ/TW (24/01/2025, khóa XIII) tính đến ngày 25/11/2026: 1"), "\(vi.out)")
        #expect(vi.out.contains("sửa đổi, bổ sung") && vi.out.contains("dự kiến") && vi.out.contains("30/04/2026") && vi.out.contains("QUÁ HẠN"))
        #expect(!vi.out.contains("2026-04-30"), "text shows dates as dd/mm/yyyy")
        let en = try Self.run(args, lang: "en_US.UTF-8")
        #expect(en.out.hasPrefix("Revisions of 253-QĐ/TW (24/01/2025, khóa XIII) as of 25/11/2026: 1"), "\(en.out)")
        #expect(en.out.contains("amends") && en.out.contains("OVERDUE"))
        let flag = try Self.run(args + ["--lang", "en"], lang: "vi_VN.UTF-8")
        #expect(flag.out == en.out)
        let bad = try Self.run(args + ["--lang", "fr"], lang: nil)
        #expect(bad.status == 2 && bad.err.contains("--lang takes vi or en"))
        let check = try Self.run(["check", "--corpus", "Corpus", "--as-of", "2026-11-25", "--rules", "dangling"], lang: nil)
        #expect(check.out.contains(" phát hiện: 0 lỗi, 0 cảnh báo, "), "\(check.out)")
        let json = try Self.run(["revisions", "253-QD/TW", "--corpus", "Corpus", "--as-of", "2026-11-25", "--format", "json"], lang: nil)
        #expect(json.out.contains("\"relation\" : \"amends\""), "JSON keeps the API names whatever the language")
    }

    @Test("help, findings and usage errors in Vietnamese by default, English with --lang en or an English LANG")
    func helpAndFindings() throws {
        let help = try Self.run(["render", "--help"], lang: nil)
        #expect(help.status == 0 && help.out.contains("Vẽ sơ đồ") && help.out.contains("Khổ giấy: a4 hoặc a3"), "\(help.out)")
        #expect(help.out.contains("--paper") && help.out.contains("--overview"), "option names stay English")
        let english = try Self.run(["render", "--help"], lang: "en_US.UTF-8")
        #expect(english.out.contains("The sheet: a4 or a3") && !english.out.contains("Khổ giấy"))
        #expect(try Self.run(["render", "--help", "--lang", "en"], lang: nil).out == english.out)
        let root = try Self.run(["--help"], lang: nil)
        #expect(root.out.contains("Theo dõi quan hệ dẫn chiếu"))
        let args = ["check", "--corpus", "Corpus", "--as-of", "25/11/2026", "--rules", "dangling,overdue-plan"]
        let vi = try Self.run(args, lang: nil)
        #expect(vi.out.contains("] Điều lệ Đảng được dẫn chiếu 17 lần nhưng văn bản không có trong kho"), "\(vi.out.prefix(400))")
        #expect(vi.out.contains("note: [dangling]"), "severity words and rule ids stay English for editors")
        #expect(vi.out.contains("đã quá hạn tại ngày 25/11/2026"))
        let en = try Self.run(args + ["--lang", "en"], lang: nil)
        #expect(en.out.contains("Điều lệ Đảng is cited 17 times but its text is not in the corpus"))
        let sarif = try Self.run(args + ["--format", "sarif"], lang: nil)
        #expect(sarif.out.contains("được dẫn chiếu 17 lần") && sarif.out.contains("\"ruleId\" : \"dangling\""))
        let json = try Self.run(args + ["--format", "json"], lang: nil)
        #expect(json.out.contains("is cited 17 times"), "JSON keeps the English sentence")
        let badDate = try Self.run(["status", "294-QD/TW", "--corpus", "Corpus", "--as-of", "32/13/2026"], lang: nil)
        #expect(badDate.status == 2 && badDate.err.contains("--as-of nhận ngày dạng 25/11/2026"), "\(badDate.err)")
    }

    @Test("render of a 600-document corpus without --focus draws the issuers and says so; in a pipe, no progress line")
    func bigCorpusEndToEnd() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for i in 0..<600 {
            let body = i % 3 == 0 ? "Ban Tổ chức Trung ương" : i % 3 == 1 ? "Văn phòng Trung ương Đảng" : "Ban Tuyên giáo Trung ương"
            let code = i % 3 == 0 ? "BTCTW" : i % 3 == 1 ? "VPTW" : "BTGTW"
            let next = (i + 1) % 600, nextCode = next % 3 == 0 ? "BTCTW" : next % 3 == 1 ? "VPTW" : "BTGTW"
            let text = "\(body.uppercased())\nSố \(i + 1)-KH/\(code)\n\nKẾ HOẠCH\nvề bước \(i + 1)\n\nThực hiện Kế hoạch số \(next + 1)-KH/\(nextCode).\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(i).txt"))
        }
        let svg = folder.appendingPathComponent("out/corpus.svg")
        try FileManager.default.createDirectory(at: svg.deletingLastPathComponent(), withIntermediateDirectories: true)
        let r = try Self.run(["render", "--corpus", folder.path, "-o", svg.path], lang: nil)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("600 văn bản, quá 500") && r.err.contains("--focus"), "\(r.err)")
        #expect(!r.err.contains("\r") && !r.err.contains("đang đọc"), "no progress line in a pipe")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("Ban Tổ chức Trung ương") && text.contains("200 văn bản"), "one box per issuing body")
        let en = try Self.run(["render", "--corpus", folder.path, "-o", svg.path, "--lang", "en"], lang: nil)
        #expect(en.err.contains("600 documents, more than 500"), "\(en.err)")
    }
}
