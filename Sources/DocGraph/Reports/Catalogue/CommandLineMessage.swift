/// The words of the command line's own machinery: help headings, the notes on defaults and
/// allowed values, and the usage errors an argument parser reports. The executable recognises
/// each form its parser prints and says it here, so that `docgraph --help` and a mistyped option
/// read in the user's language like the rest of the output. Option and command names stay as
/// typed (`--corpus`, `render`): they are what the user writes.
public enum CommandLineMessage: Sendable, Hashable {
    /// A section heading of a help page.
    case heading(Heading)
    /// `(default: 60.0)`, `(default as flag: x)`.
    case defaultValue(String, asFlag: Bool)
    /// `(values: text, json)`, optionally with the default.
    case values([String], default: String?)
    /// The built-in options' and subcommand's help.
    case showHelp, showVersion, showSubcommandHelp
    /// `See 'docgraph help <subcommand>' for detailed help.`
    case seeSubcommandHelp(command: String)
    /// `See 'docgraph render --help' for more information.`
    case seeHelp(command: String)
    /// The prefix of a usage error line.
    case errorPrefix
    /// The line that repeats the help of the option at fault.
    case helpPrefix
    /// The line with the command's synopsis under an error.
    case usagePrefix
    /// `Missing expected argument '<ids> ...'`
    case missingArgument(String)
    /// `Missing one of: '--a', '--b'`
    case missingOneOf([String])
    /// `Unknown option '--foo'`, with the closest option when one is near.
    case unknownOption(String, suggestion: String?)
    /// `Missing value for '--as-of <date>'`
    case missingValue(String)
    /// `The option '--verbose' does not take any value, but 'x' was specified.`
    case unexpectedValue(option: String, value: String)
    /// `Unexpected argument 'x'`, `2 unexpected arguments: 'x', 'y'`.
    case unexpectedArguments([String])
    /// `The value 'x' is invalid for '--format <format>'`, with the values allowed or the reason.
    case invalidValue(value: String, for: String?, problem: ValueProblem)
    /// `Invalid option: -é`
    case invalidOption(String)
    /// A command that needs a subcommand was given none.
    case missingSubcommand
    /// A flag given twice where only one may be: `Value to be set with flag 'a' had already been set with flag 'b'`.
    case duplicateValue(new: String, old: String)
    /// `--lang fr`.
    case unknownLanguage(String)

    /// The headings of a help page.
    public enum Heading: String, CaseIterable, Sendable {
        case overview, usage, arguments, options, subcommands
    }

    /// What was wrong with a value.
    public enum ValueProblem: Sendable, Hashable {
        /// Nothing more is known.
        case none
        /// It is not one of these.
        case notOneOf([String])
        /// The value type's own explanation (already in the user's language when docgraph wrote it).
        case reason(String)
    }

    /// The message's name, one per case: a test requires every key in both languages.
    public enum Key: String, CaseIterable, Sendable {
        case heading, defaultValue, values, showHelp, showVersion, showSubcommandHelp, seeSubcommandHelp, seeHelp,
             errorPrefix, helpPrefix, usagePrefix, missingArgument, missingOneOf, unknownOption, missingValue,
             unexpectedValue, unexpectedArguments, invalidValue, invalidOption, missingSubcommand, duplicateValue, unknownLanguage
    }

    public var key: Key {
        switch self {
        case .heading: return .heading
        case .defaultValue: return .defaultValue
        case .values: return .values
        case .showHelp: return .showHelp
        case .showVersion: return .showVersion
        case .showSubcommandHelp: return .showSubcommandHelp
        case .seeSubcommandHelp: return .seeSubcommandHelp
        case .seeHelp: return .seeHelp
        case .errorPrefix: return .errorPrefix
        case .helpPrefix: return .helpPrefix
        case .usagePrefix: return .usagePrefix
        case .missingArgument: return .missingArgument
        case .missingOneOf: return .missingOneOf
        case .unknownOption: return .unknownOption
        case .missingValue: return .missingValue
        case .unexpectedValue: return .unexpectedValue
        case .unexpectedArguments: return .unexpectedArguments
        case .invalidValue: return .invalidValue
        case .invalidOption: return .invalidOption
        case .missingSubcommand: return .missingSubcommand
        case .duplicateValue: return .duplicateValue
        case .unknownLanguage: return .unknownLanguage
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vi
        case .en: return en
        }
    }

    private static func quoted(_ items: [String], and: String) -> String {
        let q = items.map { "'\($0)'" }
        guard q.count > 1 else { return q.first ?? "" }
        return q.dropLast().joined(separator: ", ") + " \(and) " + q[q.count - 1]
    }

    private var vi: String {
        switch self {
        case .heading(let h):
            switch h {
            case .overview: return "TỔNG QUAN:"
            case .usage: return "CÁCH DÙNG:"
            case .arguments: return "THAM SỐ:"
            case .options: return "TÙY CHỌN:"
            case .subcommands: return "LỆNH CON:"
            }
        case .defaultValue(let v, let asFlag): return asFlag ? "(mặc định khi chỉ ghi tên: \(v))" : "(mặc định: \(v))"
        case .values(let vs, let d): return "(giá trị: \(vs.joined(separator: ", "))" + (d.map { "; mặc định: \($0)" } ?? "") + ")"
        case .showHelp: return "Hiện trợ giúp."
        case .showVersion: return "Hiện phiên bản."
        case .showSubcommandHelp: return "Hiện trợ giúp của một lệnh con."
        case .seeSubcommandHelp(let c): return "Xem '\(c) help <lệnh con>' để có trợ giúp chi tiết."
        case .seeHelp(let c): return "Xem '\(c) --help' để biết thêm."
        case .errorPrefix: return "Lỗi: "
        case .helpPrefix: return "Trợ giúp: "
        case .usagePrefix: return "Cách dùng: "
        case .missingArgument(let a): return "thiếu tham số bắt buộc '\(a)'"
        case .missingOneOf(let a): return "cần một trong các tham số \(Self.quoted(a, and: "hoặc"))"
        case .unknownOption(let o, let s): return "không có tùy chọn '\(o)'" + (s.map { "; có phải là '\($0)'?" } ?? "")
        case .missingValue(let o): return "thiếu giá trị cho '\(o)'"
        case .unexpectedValue(let o, let v): return "tùy chọn '\(o)' không nhận giá trị, nhưng đã được ghi '\(v)'"
        case .unexpectedArguments(let a):
            return a.count == 1 ? "không hiểu tham số '\(a[0])'" : "không hiểu \(a.count) tham số: \(Self.quoted(a, and: "và"))"
        case .invalidValue(let v, let o, let p):
            let head = "giá trị '\(v)' không hợp lệ" + (o.map { " cho '\($0)'" } ?? "")
            switch p {
            case .none: return head
            case .notOneOf(let allowed): return head + "; hãy chọn \(Self.quoted(allowed, and: "hoặc"))"
            case .reason(let r): return head + ": \(r)"
            }
        case .invalidOption(let o): return "tùy chọn không hợp lệ: \(o)"
        case .missingSubcommand: return "cần chỉ rõ một lệnh con"
        case .duplicateValue(let new, let old): return "\(new) đặt lại giá trị đã được đặt bởi \(old); chỉ dùng một trong hai"
        case .unknownLanguage(let l): return "--lang nhận vi hoặc en, không nhận '\(l)' (--lang takes vi or en)"
        }
    }

    private var en: String {
        switch self {
        case .heading(let h):
            switch h {
            case .overview: return "OVERVIEW:"
            case .usage: return "USAGE:"
            case .arguments: return "ARGUMENTS:"
            case .options: return "OPTIONS:"
            case .subcommands: return "SUBCOMMANDS:"
            }
        case .defaultValue(let v, let asFlag): return asFlag ? "(default as flag: \(v))" : "(default: \(v))"
        case .values(let vs, let d): return "(values: \(vs.joined(separator: ", "))" + (d.map { "; default: \($0)" } ?? "") + ")"
        case .showHelp: return "Show help information."
        case .showVersion: return "Show the version."
        case .showSubcommandHelp: return "Show subcommand help information."
        case .seeSubcommandHelp(let c): return "See '\(c) help <subcommand>' for detailed help."
        case .seeHelp(let c): return "See '\(c) --help' for more information."
        case .errorPrefix: return "Error: "
        case .helpPrefix: return "Help: "
        case .usagePrefix: return "Usage: "
        case .missingArgument(let a): return "Missing expected argument '\(a)'"
        case .missingOneOf(let a): return "Missing one of: \(Self.quoted(a, and: "or"))"
        case .unknownOption(let o, let s): return "Unknown option '\(o)'" + (s.map { ". Did you mean '\($0)'?" } ?? "")
        case .missingValue(let o): return "Missing value for '\(o)'"
        case .unexpectedValue(let o, let v): return "The option '\(o)' does not take any value, but '\(v)' was specified."
        case .unexpectedArguments(let a):
            return a.count == 1 ? "Unexpected argument '\(a[0])'" : "\(a.count) unexpected arguments: \(Self.quoted(a, and: "and"))"
        case .invalidValue(let v, let o, let p):
            let head = "The value '\(v)' is invalid" + (o.map { " for '\($0)'" } ?? "")
            switch p {
            case .none: return head
            case .notOneOf(let allowed): return head + ". Please provide one of \(Self.quoted(allowed, and: "or"))."
            case .reason(let r): return head + ": \(r)"
            }
        case .invalidOption(let o): return "Invalid option: \(o)"
        case .missingSubcommand: return "Missing required subcommand."
        case .duplicateValue(let new, let old): return "Value to be set with \(new) had already been set with \(old)"
        case .unknownLanguage(let l): return "--lang takes vi or en, not '\(l)'"
        }
    }
}
