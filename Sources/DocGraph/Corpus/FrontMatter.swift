import Foundation

/// A Markdown file's YAML front matter (`---` / `so_hieu: 14/KH-UBND` / `ngay_ban_hanh: 2025-10-20` / `---` at its
/// start): the metadata a site or a dataset keeps beside the text, not text.
///
/// Its lines are blanked, so that nothing in them is read as a citation, except the document's number, issuing body and
/// date, which are written on the lines the keys held as the header lines a document carries, in a header's order (`Số: 14/KH-UBND`, the body in capitals,
/// `ngày 20 tháng 10 năm 2025`): the text's own header, when it has one, says the same; when it has none, these are its
/// identity (red team, round 34, c2: `so_hieu: 14/KH-UBND` was a citation of a missing document, and the plan had no
/// number). Every line stays where it was, so positions still point into the file.
enum FrontMatter {
    /// The text with its front matter rewritten, or nil when it opens with none (a first line `---`, then `key: value`
    /// lines, closed by `---` or `...` within 60 lines).
    static func rewritten(_ utf8: [UInt8]) -> [UInt8]? {
        guard utf8.starts(with: "---".utf8) else { return nil }
        var lines = utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard let first = lines.first, Self.is(first, "---"), lines.count > 2 else { return nil }
        guard let close = lines.indices.dropFirst().prefix(60).first(where: { Self.is(lines[$0], "---") || Self.is(lines[$0], "...") }),
              close > 1 else { return nil }
        var fields: [(line: Int, key: String, value: String)] = []
        for k in 1..<close {
            // A nested value or a list's item belongs to the key above it.
            if let c = lines[k].first, c == 0x20 || c == 0x09 { continue }
            let line = String(decoding: lines[k], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("- ") { continue }
            // Only `key: value` lines: any other line is not YAML metadata, and the file is read as it is.
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = String(line[..<colon]).folded.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q { value = String(value.dropFirst().dropLast()) }
            fields.append((k, key.trimmingCharacters(in: .whitespaces), value))
        }
        for k in 0...close { lines[k] = lines[k].prefix(0) }
        // What the text's own header says wins: the front matter fills in only what it lacks (reviewer, session 28: a site's
        // `date:` of posting, written over the header, took the document's day and place).
        let body = lines[(close + 1)...].prefix(30).map { String(decoding: $0, as: UTF8.self).folded }
        // A place and date line (`Duy Xuyên, ngày 20 tháng 10 năm 2025`), not a law's day in a preamble.
        let bodyDated = body.contains { line in
            let t = line.drop { $0 == " " || $0 == "*" || $0 == "_" || $0 == "\t" }
            return (t.hasPrefix("ngay ") || t.contains(", ngay ")) && t.contains(" thang ") && t.contains(" nam ")
        }
        let bodyNumbered = body.contains { line in
            let t = line.drop { $0 == " " || $0 == "*" || $0 == "#" || $0 == "|" || $0 == "\t" }
            return (t.hasPrefix("so:") || t.hasPrefix("so ")) && t.prefix(14).contains(where: \.isNumber)
        }
        // In a header's order, whatever the keys' (a body over its number, the date under it), on the lines the keys held.
        var issuer: String?, number: String?, date: String?
        for field in fields where !field.value.isEmpty {
            if Self.numberKeys.contains(field.key), !bodyNumbered {
                number = number ?? "Số: \(field.value)"
            } else if Self.issuerKeys.contains(field.key), !bodyNumbered, !bodyDated {
                issuer = issuer ?? field.value.uppercased()
            } else if Self.dateKeys.contains(field.key), !bodyDated, let (day, month, year) = Self.date(field.value) {
                date = date ?? "ngày \(day) tháng \(month) năm \(year)"
            }
        }
        let written = Dictionary(uniqueKeysWithValues: zip(fields.map(\.line), [issuer, number, date].compactMap { $0 }))
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for (k, line) in lines.enumerated() {
            if k > 0 { out.append(0x0A) }
            if let w = written[k] { out += Array(w.utf8) } else { out += line }
        }
        return out
    }

    /// Keys (folded, `_` and `-` as spaces) that hold the document's number.
    static let numberKeys: Set = ["so hieu", "so ky hieu", "so", "so van ban", "ky hieu", "number", "document number"]
    /// Keys that hold the issuing body.
    static let issuerKeys: Set = ["co quan", "co quan ban hanh", "noi ban hanh", "don vi ban hanh", "issuer"]
    /// Keys that hold the day of issue.
    /// (`date` alone is left out: a site's posts carry their day of posting under it.)
    static let dateKeys: Set = ["ngay ban hanh", "ngay ky", "ngay", "issued"]

    /// `2025-10-20`, `20/10/2025`, `20-10-2025`, `20.10.2025`: day, month and year.
    static func date(_ value: String) -> (Int, Int, Int)? {
        let parts = value.split { $0 == "-" || $0 == "/" || $0 == "." }.map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let (day, month, year) = a > 31 ? (c, b, a) : (a, b, c)
        guard (1...31).contains(day), (1...12).contains(month), (1900...2100).contains(year) else { return nil }
        return (day, month, year)
    }

    /// Whether the line is `mark` alone, spaces and a CRLF's `\r` after it aside.
    private static func `is`(_ line: ArraySlice<UInt8>, _ mark: String) -> Bool {
        var l = line
        while let last = l.last, last == 0x0D || last == 0x20 { l = l.dropLast() }
        return l.elementsEqual(mark.utf8)
    }
}
