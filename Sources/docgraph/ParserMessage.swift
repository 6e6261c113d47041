import ArgumentParser
import DocGraph
import Foundation

/// What ArgumentParser (1.8) says, in the user's language. ArgumentParser has no localisation: it
/// writes its help headings and usage errors in English. Its output has a small fixed set of forms;
/// each is recognised here once, into a typed ``CommandLineMessage``, and said by the catalogue.
/// Text that matches no form (the commands' own help and their validation errors, already in the
/// user's language) passes through unchanged, so a new ArgumentParser form degrades to English,
/// never to a wrong sentence.
enum ParserMessage {
    /// ArgumentParser's help or error for `error`, in `language`, and the exit status: 0 for help
    /// (printed on standard output), 2 for usage errors, the command's own code otherwise.
    static func report(_ error: Error, language: Language) -> (text: String, status: Int32, isHelp: Bool) {
        let code = DocGraphCommand.exitCode(for: error)
        // Unwrapped (very wide) so that each entry is one line; wrapped again after translation.
        let full = DocGraphCommand.fullMessage(for: error, columns: 100_000)
        if code == .success { return (HelpPage(full).text(language, width: terminalWidth), 0, true) }
        let message = DocGraphCommand.message(for: error)
        let text = UsageError(message: message, full: full).text(language, width: terminalWidth)
        return (text, code == .validationFailure ? 2 : code.rawValue, false)
    }

    /// The terminal's width, or 80 in a pipe (as ArgumentParser does).
    static var terminalWidth: Int {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return 80 }
        return Int(size.ws_col)
    }
}

/// One line of ArgumentParser's output: plain text and the words the catalogue says.
struct ParserLine: Equatable {
    enum Piece: Equatable {
        case text(String)
        case word(CommandLineMessage)
    }
    var pieces: [Piece]

    init(_ pieces: [Piece]) { self.pieces = pieces }

    func text(_ language: Language) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let t): return t
            case .word(let w): return w.text(language)
            }
        }.joined()
    }

    /// Where ArgumentParser starts an entry's help: two spaces, then a label column of 24.
    static let helpColumn = 26

    /// The line cut at spaces to fit `width`; continuation lines start under the entry's help
    /// text (after the two-space gap that ends an option's label) or under the line's first word.
    static func wrap(_ line: String, width: Int, hangingAfter prefix: Int? = nil) -> [String] {
        let characters = Array(line)
        guard characters.count > width else { return [line] }
        let lead = characters.prefix { $0 == " " }.count
        var indent = prefix ?? lead
        // "  --corpus <path>         A file…": ArgumentParser's help column is the 27th.
        if prefix == nil, lead == 2, characters[helpColumn - 1] == " ", characters[helpColumn] != " " { indent = helpColumn }
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        for word in line.dropFirst(lead).split(separator: " ", omittingEmptySubsequences: false) {
            let w = String(word)
            if current.isEmpty {
                current = String(repeating: " ", count: lines.isEmpty ? lead : indent) + w
                currentCount = (lines.isEmpty ? lead : indent) + w.count
            } else if currentCount + 1 + w.count > width, !w.isEmpty {
                lines.append(current)
                current = String(repeating: " ", count: indent) + w
                currentCount = indent + w.count
            } else {
                current += " " + w
                currentCount += 1 + w.count
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// A help page as ArgumentParser writes it, its fixed words recognised.
struct HelpPage {
    var lines: [ParserLine]

    init(_ english: String) {
        lines = english.components(separatedBy: "\n").map(Self.recognise)
    }

    func text(_ language: Language, width: Int) -> String {
        lines.flatMap { line -> [String] in
            let text = line.text(language)
            if case .word(.heading(let h))? = line.pieces.first, h == .usage || h == .overview {
                return ParserLine.wrap(text, width: width, hangingAfter: h == .usage ? CommandLineMessage.heading(.usage).text(language).count + 1 : 0)
            }
            return ParserLine.wrap(text, width: width)
        }.joined(separator: "\n")
    }

    private static let headings: [(String, CommandLineMessage.Heading)] = [
        ("ARGUMENTS:", .arguments), ("OPTIONS:", .options), ("SUBCOMMANDS:", .subcommands),
    ]
    private static let builtIn: [(String, CommandLineMessage)] = [
        ("Show help information.", .showHelp), ("Show the version.", .showVersion), ("Show subcommand help information.", .showSubcommandHelp),
    ]

    static func recognise(_ line: String) -> ParserLine {
        for (english, heading) in headings where line == english { return ParserLine([.word(.heading(heading))]) }
        for (prefix, heading) in [("OVERVIEW: ", CommandLineMessage.Heading.overview), ("USAGE: ", .usage)] where line.hasPrefix(prefix) {
            return ParserLine([.word(.heading(heading)), .text(" " + line.dropFirst(prefix.count))])
        }
        let trimmed = line.drop { $0 == " " }
        let indent = String(line.prefix(line.count - trimmed.count))
        if trimmed.hasPrefix("See '"), trimmed.hasSuffix(" help <subcommand>' for detailed help.") {
            let command = trimmed.dropFirst("See '".count).dropLast(" help <subcommand>' for detailed help.".count)
            return ParserLine([.text(indent), .word(.seeSubcommandHelp(command: String(command)))])
        }
        guard !indent.isEmpty else { return ParserLine([.text(line)]) }
        for (english, word) in builtIn where line.hasSuffix("  " + english) {
            return ParserLine([.text(String(line.dropLast(english.count))), .word(word)])
        }
        if let (head, note) = annotation(line) { return ParserLine([.text(head), .word(note)]) }
        return ParserLine([.text(line)])
    }

    /// `… (default: 60.0)`, `… (values: text, json; default: text)`, `… (default as flag: x)` at
    /// the end of an entry.
    static func annotation(_ line: String) -> (String, CommandLineMessage)? {
        guard line.hasSuffix(")") else { return nil }
        if let r = line.range(of: " (values: ", options: .backwards) {
            var inner = String(line[r.upperBound...].dropLast())
            var fallback: String?
            for marker in ["; default: ", "; default as flag: "] {
                if let d = inner.range(of: marker) {
                    fallback = String(inner[d.upperBound...])
                    inner = String(inner[..<d.lowerBound])
                }
            }
            return (String(line[..<r.lowerBound]) + " ", .values(inner.components(separatedBy: ", "), default: fallback))
        }
        for (marker, asFlag) in [(" (default as flag: ", true), (" (default: ", false)] {
            if let r = line.range(of: marker, options: .backwards) {
                return (String(line[..<r.lowerBound]) + " ", .defaultValue(String(line[r.upperBound...].dropLast()), asFlag: asFlag))
            }
        }
        return nil
    }
}

/// A usage error as ArgumentParser writes it: `Error: …`, perhaps `Help: …`, `Usage: …` and
/// `See '… --help' for more information.`
struct UsageError {
    var lines: [ParserLine]

    init(message: String, full: String) {
        let said = CommandLineMessage(parserMessage: message).map { ParserLine.Piece.word($0) } ?? .text(message)
        lines = message.isEmpty ? [] : [ParserLine([.word(.errorPrefix), said])]
        var rest = full
        let head = "Error: " + message
        if rest.hasPrefix(head) { rest.removeFirst(head.count) }
        for line in rest.components(separatedBy: "\n") where !line.isEmpty {
            if line.hasPrefix("Help:  ") {
                lines.append(ParserLine([.word(.helpPrefix), .text(String(line.dropFirst("Help:  ".count)))]))
            } else if line.hasPrefix("Usage: ") {
                lines.append(ParserLine([.word(.usagePrefix), .text(String(line.dropFirst("Usage: ".count)))]))
            } else if line.hasPrefix("  See '"), line.hasSuffix(" --help' for more information.") {
                let command = line.dropFirst("  See '".count).dropLast(" --help' for more information.".count)
                lines.append(ParserLine([.text("  "), .word(.seeHelp(command: String(command)))]))
            } else {
                lines.append(HelpPage.recognise(line))
            }
        }
    }

    func text(_ language: Language, width: Int) -> String {
        lines.flatMap { line -> [String] in
            let text = line.text(language)
            switch line.pieces.first {
            case .word(.usagePrefix)?: return ParserLine.wrap(text, width: width, hangingAfter: CommandLineMessage.usagePrefix.text(language).count)
            case .word(.helpPrefix)?: return ParserLine.wrap(text, width: width, hangingAfter: CommandLineMessage.helpPrefix.text(language).count)
            // The error itself stays one line, as ArgumentParser writes it: it names paths to copy.
            default: return [text]
            }
        }.joined(separator: "\n")
    }
}

extension CommandLineMessage {
    /// The typed message for one of ArgumentParser 1.8's error sentences (`ErrorMessageGenerator`);
    /// nil for any other text, which is then shown as it is.
    init?(parserMessage m: String) {
        func quoted(_ s: Substring) -> [String] {
            // 'a', 'b' or 'c' / 'a' and 'b' / 'a', 'b'
            var items: [String] = []
            var rest = s[...]
            while let open = rest.firstIndex(of: "'") {
                let after = rest.index(after: open)
                guard let close = rest[after...].firstIndex(of: "'") else { break }
                items.append(String(rest[after..<close]))
                rest = rest[rest.index(after: close)...]
            }
            return items
        }
        func single(_ s: Substring, prefix: String, suffix: String = "'") -> String? {
            guard s.hasPrefix(prefix), s.hasSuffix(suffix), s.count >= prefix.count + suffix.count else { return nil }
            return String(s.dropFirst(prefix.count).dropLast(suffix.count))
        }
        let s = m[...]
        if let a = single(s, prefix: "Missing expected argument '") { self = .missingArgument(a); return }
        if s.hasPrefix("Missing one of: ") { self = .missingOneOf(quoted(s.dropFirst("Missing one of: ".count))); return }
        if s.hasPrefix("Unknown option '"), !s.contains("\n") {
            if let r = s.range(of: "'. Did you mean '"), s.hasSuffix("'?") {
                self = .unknownOption(String(s["Unknown option '".endIndex..<r.lowerBound]), suggestion: String(s[r.upperBound...].dropLast(2)))
                return
            }
            if let o = single(s, prefix: "Unknown option '") { self = .unknownOption(o, suggestion: nil); return }
        }
        if let o = single(s, prefix: "Missing value for '") { self = .missingValue(o); return }
        if s.hasPrefix("The option '"), let r = s.range(of: "' does not take any value, but '"), s.hasSuffix("' was specified.") {
            self = .unexpectedValue(option: String(s["The option '".endIndex..<r.lowerBound]), value: String(s[r.upperBound...].dropLast("' was specified.".count)))
            return
        }
        if let a = single(s, prefix: "Unexpected argument '") { self = .unexpectedArguments([a]); return }
        if let r = s.range(of: " unexpected arguments: '"), Int(s[..<r.lowerBound]) != nil {
            self = .unexpectedArguments(quoted(s[s.index(r.upperBound, offsetBy: -1)...]))
            return
        }
        if s.hasPrefix("The value '"), let r = s.range(of: "' is invalid") {
            let value = String(s["The value '".endIndex..<r.lowerBound])
            var rest = s[r.upperBound...]
            var option: String?
            if rest.hasPrefix(" for '"), let close = rest.dropFirst(" for '".count).firstIndex(of: "'") {
                option = String(rest[rest.index(rest.startIndex, offsetBy: " for '".count)..<close])
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix(".") {
                rest = rest.dropFirst()
            }
            if rest.isEmpty { self = .invalidValue(value: value, for: option, problem: .none); return }
            if rest.hasPrefix(". Please provide one of the following:\n") {
                let items = rest.dropFirst(". Please provide one of the following:\n".count).components(separatedBy: "\n")
                    .map { $0.hasPrefix("  - ") ? String($0.dropFirst(4)) : $0 }
                self = .invalidValue(value: value, for: option, problem: .notOneOf(items))
                return
            }
            if rest.hasPrefix(". Please provide one of "), rest.hasSuffix(".") {
                self = .invalidValue(value: value, for: option, problem: .notOneOf(quoted(rest.dropFirst(". Please provide one of ".count))))
                return
            }
            if rest.hasPrefix(": ") { self = .invalidValue(value: value, for: option, problem: .reason(String(rest.dropFirst(2)))); return }
            return nil
        }
        if let o = single(s, prefix: "Invalid option: ", suffix: "") { self = .invalidOption(o); return }
        if m == "Missing required subcommand." { self = .missingSubcommand; return }
        if s.hasPrefix("Value to be set with "), let r = s.range(of: " had already been set with ") {
            self = .duplicateValue(new: String(s["Value to be set with ".endIndex..<r.lowerBound]), old: String(s[r.upperBound...]))
            return
        }
        return nil
    }
}
