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
        #expect(vi.out.contains("] Điều lệ Đảng được dẫn chiếu 16 lần nhưng văn bản không có trong kho"), "\(vi.out.prefix(400))")
        #expect(vi.out.contains("note: [dangling]"), "severity words and rule ids stay English for editors")
        #expect(vi.out.contains("đã quá hạn tại ngày 25/11/2026"))
        let en = try Self.run(args + ["--lang", "en"], lang: nil)
        #expect(en.out.contains("Điều lệ Đảng is cited 16 times but its text is not in the corpus"))
        let sarif = try Self.run(args + ["--format", "sarif"], lang: nil)
        #expect(sarif.out.contains("được dẫn chiếu 16 lần") && sarif.out.contains("\"ruleId\" : \"dangling\""))
        let json = try Self.run(args + ["--format", "json"], lang: nil)
        #expect(json.out.contains("is cited 16 times"), "JSON keeps the English sentence")
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

    /// The text with each run of spaces and line breaks as one space: help and errors are wrapped to 80 columns.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test("ArgumentParser's help words in Vietnamese by default, English with --lang en, for every command")
    func parserHelp() throws {
        let root = try Self.run(["--help"], lang: nil)
        #expect(root.status == 0)
        for word in ["TỔNG QUAN:", "CÁCH DÙNG: docgraph <subcommand>", "TÙY CHỌN:", "LỆNH CON:", "Xem 'docgraph help <lệnh con>' để có trợ giúp chi tiết.", "Hiện trợ giúp."] {
            #expect(root.out.contains(word), "\(word) in \(root.out)")
        }
        let subcommands = ["extract", "docs", "tasks", "show", "impact", "deps", "path", "revisions", "status", "check", "render", "export",
                           "gallery", "index", "search", "site"]
        for command in subcommands {
            let vi = try Self.run([command, "--help"], lang: nil)
            #expect(vi.status == 0)
            for english in ["OVERVIEW:", "USAGE:", "OPTIONS:", "ARGUMENTS:", "(default:", "(values:", "Show help information.", "Show the version."] {
                #expect(!vi.out.contains(english), "\(command) --help says \(english)")
            }
            #expect(vi.out.contains("CÁCH DÙNG: docgraph \(command)") && vi.out.contains("TÙY CHỌN:"), "\(vi.out)")
            #expect(vi.out.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(command) --help fits 80 columns in a pipe")
        }
        let render = try Self.run(["render", "--help"], lang: nil)
        #expect(Self.flat(render.out).contains("(mặc định: 2)") && Self.flat(render.out).contains("(giá trị: up, down, both; mặc định: both)"), "\(render.out)")
        let english = try Self.run(["render", "--help", "--lang", "en"], lang: nil)
        #expect(english.out.contains("USAGE: docgraph render") && english.out.contains("OPTIONS:") && english.out.contains("Show help information."))
        #expect(Self.flat(english.out).contains("(values: up, down, both; default: both)") && !english.out.contains("mặc định"))
        #expect(try Self.run(["help", "render"], lang: nil).out == render.out, "'docgraph help render' is the same page")
        #expect(try Self.run(["--version"], lang: nil).out == "0.1.0\n")
    }

    @Test("ArgumentParser's usage errors in Vietnamese by default, English with --lang en; exit status 2")
    func parserErrors() throws {

        // (arguments, Vietnamese, English): each usage error ArgumentParser reports, exit status 2.
        let errors: [([String], String, String)] = [
            (["show"], "Lỗi: thiếu tham số bắt buộc '<id>'", "Error: Missing expected argument '<id>'"),
            (["show", "28-NQ/TW", "--formt", "x"], "Lỗi: không có tùy chọn '--formt'; có phải là '--format'?", "Error: Unknown option '--formt'. Did you mean '--format'?"),
            (["search", "x", "--format", "xml"], "Lỗi: giá trị 'xml' không hợp lệ cho '--format <format>'; hãy chọn 'text' hoặc 'json'",
             "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' or 'json'."),
            (["frob"], "Lỗi: không hiểu tham số 'frob'", "Error: Unexpected argument 'frob'"),
            (["show", "28-NQ/TW", "--as-of"], "Lỗi: thiếu giá trị cho '--as-of <date>'", "Error: Missing value for '--as-of <date>'"),
            (["show", "28-NQ/TW", "--verbose=yes"], "Lỗi: tùy chọn '--verbose' không nhận giá trị, nhưng đã được ghi 'yes'",
             "Error: The option '--verbose' does not take any value, but 'yes' was specified."),
            (["search", "x", "--limit", "many"], "Lỗi: giá trị 'many' không hợp lệ cho '--limit <limit>'", "Error: The value 'many' is invalid for '--limit <limit>'"),
        ]
        for (arguments, vi, en) in errors {
            let v = try Self.run(arguments, lang: nil), e = try Self.run(arguments + ["--lang", "en"], lang: nil)
            #expect(v.status == 2 && e.status == 2, "\(arguments)")
            #expect(Self.flat(v.err).hasPrefix(Self.flat(vi) + " "), "\(arguments): \(v.err)")
            #expect(v.err.contains("Cách dùng: docgraph") && v.err.contains("' để biết thêm.") && !v.err.contains("Usage:"), "\(v.err)")
            #expect(Self.flat(e.err).hasPrefix(Self.flat(en) + " ") && e.err.contains("Usage: docgraph"), "\(arguments): \(e.err)")
        }
    }

    @Test("files that cannot be read, a bad index and a bad output say why in Vietnamese by default, English with --lang en")
    func badInputWords() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("hong.docx").path, notes = folder.appendingPathComponent("notes.txt").path
        try Data("PK\u{3}\u{4}garbage".utf8).write(to: URL(fileURLWithPath: docx))
        try Data("ghi chép".utf8).write(to: URL(fileURLWithPath: notes))
        let vi = try Self.run(["extract", docx, "Corpus"], lang: nil)
        #expect(vi.status == 0 && vi.err.contains("hong.docx:1:1: error: tệp bị hỏng ("), "\(vi.err)")
        let en = try Self.run(["extract", docx, "Corpus", "--lang", "en"], lang: nil)
        #expect(en.err.contains("hong.docx:1:1: error: the file is damaged ("), "\(en.err)")
        let none = try Self.run(["extract", docx], lang: nil)
        #expect(none.status == 2 && none.err.contains("không đọc được văn bản nào trong") && none.err.contains(".docx hoặc .pdf"), "\(none.err)")
        let index = try Self.run(["show", "28-NQ/TW", "--index", notes], lang: nil)
        #expect(index.status == 2 && index.err.contains("error: không phải chỉ mục docgraph"), "\(index.err)")
        #expect(try Self.run(["show", "28-NQ/TW", "--index", notes, "--lang", "en"], lang: nil).err.contains("error: not a docgraph index"))
        let output = try Self.run(["render", "--corpus", "Corpus", "--focus", "28-NQ/TW", "-o", folder.appendingPathComponent("x.xyz").path], lang: nil)
        #expect(output.status == 2 && output.err.contains("không ghi được tệp 'xyz'"), "\(output.err)")
        let site = try Self.run(["site", "--corpus", "Corpus", "--no-diagrams", "-o", folder.appendingPathComponent("site").path], lang: nil)
        #expect(site.status == 0 && site.out.contains("đã ghi ") && site.out.contains(" trang ("), "\(site.out)")
        let foreign = try Self.run(["site", "--corpus", "Corpus", "--no-diagrams", "-o", folder.path], lang: nil)
        #expect(foreign.status == 2 && foreign.err.contains("hãy chọn một thư mục mới hoặc rỗng"), "\(foreign.err)")
    }
}
