import DocGraph
import DocGraphFormats
import Foundation
import Testing

/// The sample corpus and documents of the evaluation set, made into `.docx` and `.pdf` by
/// LibreOffice (`Formats/make-fixtures.sh`), read through their formats: the citations must be
/// those of the `.txt` (id, relation, modality, date) at 98 % or better.
@Suite struct FormatFixtureTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/DocGraphTests/Formats")
    static let sources = DocumentFormats.registry

    /// Stems of the fixtures, with the text each was made from.
    static var fixtures: [(stem: String, text: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".docx") }.sorted().map { name in
            let stem = String(name.dropLast(5))
            let corpus = Fixtures.corpus.appendingPathComponent(stem + ".txt").path
            let real = Fixtures.packageRoot.appendingPathComponent("Tests/Evaluation/Real/\(stem).txt").path
            return (stem, FileManager.default.fileExists(atPath: corpus) ? corpus : real)
        }
    }

    struct Key: Hashable, CustomStringConvertible {
        var id: String, relation: String, modality: String, date: String
        init(_ c: Citation) {
            id = c.id.description
            relation = c.relation.rawValue
            modality = c.modality.rawValue
            date = c.date.map { "\($0)" } ?? "-"
        }
        var description: String { "\(id) \(relation) \(modality) \(date)" }
    }

    /// Matched citations, the larger of the two counts, and the differences, per fixture.
    static func compare(_ format: String) -> (matched: Int, total: Int, differences: [String]) {
        var matched = 0, total = 0
        var differences: [String] = []
        for (stem, textPath) in fixtures {
            let text = DocumentExtractor.extract(path: textPath, sources: sources)
            let other = DocumentExtractor.extract(path: folder.appendingPathComponent("\(stem).\(format)").path, sources: sources)
            var counts: [Key: Int] = [:]
            for c in text.citations { counts[Key(c), default: 0] += 1 }
            var extra: [Key] = []
            for c in other.citations {
                let key = Key(c)
                if let n = counts[key], n > 0 { counts[key] = n - 1; matched += 1 } else { extra.append(key) }
            }
            total += max(text.citations.count, other.citations.count)
            let missing = counts.flatMap { key, n in Array(repeating: key, count: n) }
            for key in missing.map(\.description).sorted() { differences.append("\(stem).\(format): only in .txt: \(key)") }
            for key in extra.map(\.description).sorted() { differences.append("\(stem).\(format): only in .\(format): \(key)") }
            for d in other.diagnostics where d.severity == .error { differences.append("\(stem).\(format): \(d)") }
        }
        return (matched, total, differences)
    }

    @Test(arguments: ["docx", "pdf"])
    func citationsMatchTheText(format: String) {
        #expect(Self.fixtures.count >= 13, "fixtures missing: run Tests/DocGraphTests/Formats/make-fixtures.sh")
        let (matched, total, differences) = Self.compare(format)
        let share = total == 0 ? 0 : Double(matched) / Double(total)
        #expect(total > 300, "too few citations compared (\(total))")
        #expect(share >= 0.98, "\(format): \(matched) of \(total) citations match the .txt (\(String(format: "%.1f", share * 100)) %):\n\(differences.joined(separator: "\n"))")
        print("\(format): \(matched)/\(total) citations match the .txt (\(String(format: "%.2f", share * 100)) %); \(differences.count) differences")
        for d in differences.prefix(40) { print("  \(d)") }
    }
}
