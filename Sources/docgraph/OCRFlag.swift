/// `--ocr`, anywhere on the line, for every command that reads documents: pages of a PDF without
/// a text layer (scans) are recognised with Tesseract's Vietnamese data instead of refused.
/// Taken out before the command line is parsed, as `--lang` is, so that no command has to
/// declare it.
enum OCRFlag {
    /// Whether `--ocr` was given, and the arguments without it (nothing after `--` is looked at).
    static func take<S: Sequence>(_ arguments: S) -> (on: Bool, rest: [String]) where S.Element == String {
        var on = false
        var rest: [String] = []
        var afterTerminator = false
        for a in arguments {
            if afterTerminator || a == "--" { afterTerminator = true; rest.append(a); continue }
            if a == "--ocr" { on = true } else { rest.append(a) }
        }
        return (on, rest)
    }
}
