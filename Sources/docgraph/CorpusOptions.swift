import ArgumentParser
import DocGraph
import Foundation

/// Output formats shared by the commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints diagnostics to standard error, the way compilers do: `file:line:col: warning: …`.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic], quiet: Bool = false) {
        for d in diagnostics where !(quiet && d.severity == .note) { printLine(d.line(UserLanguage.current)) }
    }

    /// One line on standard error, where notes and errors go so that standard output stays data.
    static func printLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Reads the corpus paths and fails with exit code 2 (a usage error) when nothing at all could be read.
enum CorpusLoader {
    /// `forGraphOnly`: the caller builds the graph and reads nothing else of the extraction.
    static func read(_ paths: [String], quiet: Bool = false, forGraphOnly: Bool = false) throws -> CorpusExtraction {
        let corpus = CorpusExtraction.read(paths: paths.isEmpty ? ["."] : paths, forGraphOnly: forGraphOnly, progress: Progress.line(.reading))
        DiagnosticPrinter.print(corpus.diagnostics, quiet: quiet)
        guard corpus.readAnything else {
            DiagnosticPrinter.printLine(tr(.noReadableDocument(paths: paths, extensions: DocumentSources.current.extensionList(UserLanguage.current))))
            throw ExitCode(2)
        }
        return corpus
    }
}
