import ArgumentParser
import DocGraph
import Foundation

/// The language of this run: `--lang vi|en` anywhere on the command line (every subcommand takes
/// it), else the environment's locale, else Vietnamese. Read once, before any output.
enum UserLanguage {
    static let current: Language = choose(CommandLine.arguments.dropFirst()).language ?? .vi

    /// The language `--lang` named, nil when the option was not given.
    static let explicit: Language? = choose(CommandLine.arguments.dropFirst()).flag.flatMap(Language.init(userInput:))

    /// The language asked for and the arguments without `--lang`; `language` is nil when the
    /// value names no language we speak.
    static func choose<S: Sequence>(_ arguments: S) -> (language: Language?, rest: [String], flag: String?) where S.Element == String {
        var rest: [String] = []
        var flag: String?
        var iterator = arguments.makeIterator()
        var afterTerminator = false
        while let a = iterator.next() {
            if afterTerminator || a == "--" { afterTerminator = true; rest.append(a); continue }
            if a == "--lang" { flag = iterator.next() ?? ""; continue }
            if a.hasPrefix("--lang=") { flag = String(a.dropFirst("--lang=".count)); continue }
            rest.append(a)
        }
        return (Language.choose(flag: flag, environment: ProcessInfo.processInfo.environment), rest, flag)
    }
}

/// A message in the run's language.
func tr(_ message: Message) -> String { message.text(UserLanguage.current) }

/// A fixed word in the run's language.
func tr(_ label: Label) -> String { label.text(UserLanguage.current) }

/// The help of an option, argument or command in the run's language. ArgumentParser builds help
/// when it instantiates a command, after `UserLanguage` has read `--lang` and the locale, so help
/// follows the language; both languages are required, so no option is described in one only.
/// Command and option names, and ArgumentParser's own headings (USAGE, OPTIONS), stay English.
func helpText(_ en: String, vi: String, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(say(en, vi: vi), valueName: valueName)
}

/// A CLI sentence (help, a usage error) in the run's language.
func say(_ en: String, vi: String) -> String {
    switch UserLanguage.current {
    case .vi: return vi
    case .en: return en
    }
}
