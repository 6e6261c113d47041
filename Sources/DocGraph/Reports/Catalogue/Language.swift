/// The language of everything docgraph says to people: Vietnamese unless asked otherwise.
///
/// JSON keys, rule ids and relation raw values are an API and never change with the language;
/// only words meant for a reader do.
public enum Language: String, CaseIterable, Sendable {
    /// Tiếng Việt, the users' language and the default.
    case vi
    /// English, with `--lang en` or an English `LANG`.
    case en

    /// The language a command chooses: `--lang` if given, else the locale of the environment
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them). An English locale
    /// (`en_US.UTF-8`) gives English; anything else, unset, `C` or `vi_VN`, gives Vietnamese.
    public static func choose(flag: String?, environment: [String: String]) -> Language? {
        if let flag { return Language(userInput: flag) }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .vi
        }
        return .vi
    }

    /// `vi`, `en`, `vi_VN.UTF-8`, `English`, `tiếng việt`; nil for any other language.
    public init?(userInput: String) {
        let k = userInput.lowercased()
        if k.hasPrefix("en") { self = .en } else if k.hasPrefix("vi") || k.hasPrefix("tiếng việt") || k.hasPrefix("tieng viet") { self = .vi } else { return nil }
    }
}
