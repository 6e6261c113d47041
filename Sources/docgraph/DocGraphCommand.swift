import ArgumentParser
import DocGraph
import DocGraphFormats
import Foundation

@main
struct DocGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docgraph",
        abstract: say("Follow how Party and state documents rest on one another.",
                      vi: "Theo dõi quan hệ dẫn chiếu giữa các văn bản của Đảng và Nhà nước."),
        discussion: say("""
        Reads a corpus of Vietnamese Party and state documents, extracts every citation between \
        them, builds a typed graph and answers impact, revision, status, path and consistency \
        questions. IDs may be typed without Vietnamese letters: 253-QD/TW means 253-QĐ/TW.
        Output and help are in Vietnamese by default; every command takes --lang en (or an English \
        LANG) for English. Command and option names stay as they are typed.
        Scanned PDFs are refused with advice; every command takes --ocr to read them with \
        Tesseract's Vietnamese data (Debian: tesseract-ocr-vie).
        """, vi: """
        Đọc kho văn bản của Đảng và Nhà nước, tìm mọi trích dẫn giữa các văn bản, dựng đồ thị quan hệ \
        và trả lời: văn bản nào dựa trên văn bản nào, sửa đổi, thay thế, hiệu lực, chuỗi dẫn chiếu, \
        tính nhất quán. Số hiệu có thể gõ không dấu: 253-QD/TW là 253-QĐ/TW.
        Kết quả và trợ giúp mặc định bằng tiếng Việt; mọi lệnh nhận --lang en (hoặc LANG tiếng Anh) \
        để dùng tiếng Anh. Tên lệnh và tên tùy chọn giữ nguyên như khi gõ.
        PDF scan (không có lớp chữ) bị từ chối kèm hướng dẫn; mọi lệnh nhận --ocr để nhận dạng chữ \
        bằng dữ liệu tiếng Việt của Tesseract (Debian: tesseract-ocr-vie).
        """),
        version: "0.1.0",
        subcommands: [
            Extract.self, Docs.self, Tasks.self, Show.self, Impact.self, Deps.self, Path.self, Revisions.self, Status.self, Check.self, Render.self, Export.self, GalleryCommand.self,
            IndexCommand.self, Search.self, Site.self,
        ]
    )

    /// Exit codes for review pipelines: 0 clean, 1 findings (check) or nothing readable,
    /// 2 usage errors (ArgumentParser's default would be 64).
    static func main() {
        // .docx and .pdf (and a message for .doc) beside the text formats, for every command;
        // with --ocr, scanned PDF pages are recognised (OCRFlag).
        let ocr = OCRFlag.take(CommandLine.arguments.dropFirst())
        DocumentFormats.register(recognition: ocr.on ? PageRecognition() : nil)
        do {
            let language = UserLanguage.choose(ocr.rest)
            if language.language == nil {
                DiagnosticPrinter.printLine(CommandLineMessage.errorPrefix.text(.vi) + CommandLineMessage.unknownLanguage(language.flag ?? "").text(.vi))
                Foundation.exit(2)
            }
            var command = try parseAsRoot(language.rest)
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            // Help and usage errors in the user's language (ParserMessage), exit codes kept.
            let report = ParserMessage.report(error, language: UserLanguage.current)
            if report.isHelp {
                print(report.text)
            } else if !report.text.isEmpty {
                DiagnosticPrinter.printLine(report.text)
            }
            Foundation.exit(report.status)
        }
    }
}
