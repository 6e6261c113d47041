import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Automatic numbering of a `.docx` (`word/numbering.xml`): the `1.`, `a)`, `II.` that Word
/// draws before list paragraphs and that the text never holds. Task lists and articles are
/// numbered this way, and a task's number is part of what docgraph reports.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    /// Levels of each abstract numbering, and which abstract numbering each `w:numId` uses.
    private var abstract: [String: [Int: Level]] = [:]
    private var abstractOf: [String: String] = [:]
    /// Current counters per `w:numId`, by level.
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    init(xml: Data) {
        // See WordXMLReader: XMLParser traps on XML that is not UTF-8.
        guard String(data: xml, encoding: .utf8) != nil else { return }
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        let delegate = NumberingDelegate()
        parser.delegate = delegate
        // A broken numbering part costs the labels, not the document.
        if parser.parse() {
            abstract = delegate.abstract
            abstractOf = delegate.abstractOf
        }
    }

    /// The label of the next paragraph numbered `numID` at `level` (`2.`, `b)`), advancing the
    /// counters; nil when the numbering is unknown.
    mutating func next(numID: String, level: Int) -> String? {
        guard numID != "0", let a = abstractOf[numID], let levels = abstract[a] else { return nil }
        var current = counters[numID] ?? [:]
        current[level] = (current[level] ?? ((levels[level]?.start ?? 1) - 1)) + 1
        for deeper in current.keys where deeper > level { current[deeper] = nil }
        counters[numID] = current
        guard let own = levels[level] else { return nil }
        if own.format == "bullet" { return "-" }
        var label = own.text
        for k in 0...min(level, 8) where label.contains("%\(k + 1)") {
            let value = current[k] ?? levels[k]?.start ?? 1
            label = label.replacingOccurrences(of: "%\(k + 1)", with: Self.format(value, as: levels[k]?.format ?? "decimal"))
        }
        return label
    }

    static func format(_ n: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": return letters(n).lowercased()
        case "upperLetter": return letters(n)
        case "lowerRoman": return roman(n).lowercased()
        case "upperRoman": return roman(n)
        case "decimalZero": return n < 10 ? "0\(n)" : "\(n)"
        case "none": return ""
        default: return "\(n)"
        }
    }

    private static func letters(_ n: Int) -> String {
        guard n > 0 else { return "\(n)" }
        let letter = Character(UnicodeScalar(UInt8(65 + (n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    private static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return "\(n)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var out = ""
        for (value, symbol) in table { while n >= value { out += symbol; n -= value } }
        return out
    }
}

private final class NumberingDelegate: NSObject, XMLParserDelegate {
    var abstract: [String: [Int: WordNumbering.Level]] = [:]
    var abstractOf: [String: String] = [:]
    private var currentAbstract: String?
    private var currentLevel: Int?
    private var currentNum: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let value = attributes["w:val"]
        switch name {
        case "w:abstractNum":
            currentAbstract = attributes["w:abstractNumId"]
        case "w:lvl":
            currentLevel = Int(attributes["w:ilvl"] ?? "")
            if let a = currentAbstract, let l = currentLevel, (0...8).contains(l) { abstract[a, default: [:]][l] = .init() }
        case "w:start", "w:numFmt", "w:lvlText":
            guard let a = currentAbstract, let l = currentLevel, abstract[a]?[l] != nil, let value else { return }
            if name == "w:start" { abstract[a]?[l]?.start = Int(value) ?? 1 }
            if name == "w:numFmt" { abstract[a]?[l]?.format = value }
            if name == "w:lvlText" { abstract[a]?[l]?.text = value }
        case "w:num":
            currentNum = attributes["w:numId"]
        case "w:abstractNumId":
            if let n = currentNum, let value { abstractOf[n] = value }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:abstractNum": currentAbstract = nil
        case "w:lvl": currentLevel = nil
        case "w:num": currentNum = nil
        default: break
        }
    }
}
