import ArgumentParser
import DocGraphFormats
import Foundation

@main
struct DocGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docgraph",
        abstract: "Follow how Party and state documents rest on one another.",
        discussion: """
        Reads a corpus of Vietnamese Party and state documents, extracts every citation between \
        them, builds a typed graph and answers impact, revision, status, path and consistency \
        questions. IDs may be typed without Vietnamese letters: 253-QD/TW means 253-QĐ/TW.
        Output is in Vietnamese; every command takes --lang en (or an English LANG) for English.
        """,
        version: "0.1.0",
        subcommands: [
            Extract.self, Docs.self, Tasks.self, Show.self, Impact.self, Deps.self, Path.self, Revisions.self, Status.self, Check.self, Render.self, Export.self, GalleryCommand.self,
            IndexCommand.self, Search.self, Site.self,
        ]
    )

    /// Exit codes for review pipelines: 0 clean, 1 findings (check) or nothing readable,
    /// 2 usage errors (ArgumentParser's default would be 64).
    static func main() {
        // .docx and .pdf (and a message for .doc) beside the text formats, for every command.
        DocumentFormats.register()
        do {
            let language = UserLanguage.choose(CommandLine.arguments.dropFirst())
            if language.language == nil {
                DiagnosticPrinter.printLine("error: --lang takes vi or en, not '\(language.flag ?? "")'")
                Foundation.exit(2)
            }
            var command = try parseAsRoot(language.rest)
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            DiagnosticPrinter.printLine(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
