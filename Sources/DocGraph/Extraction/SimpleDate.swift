/// A calendar date without time or zone, as documents write them (`ngày 17/11/2022`).
public struct SimpleDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    // Held in four bytes, read as `Int`s: a date stands in every node, record, observation, deadline, plan
    // and finding, and three `Int`s (32 bytes as an optional) were a tenth of a plan's and of a plan
    // finding's size. A year is 1900...2200 (`init`), and a setter given one outside `Int16` keeps its
    // low bits, as no setter in docgraph does. `==`, `hash` and `<` are the three numbers', as before.
    private var y: Int16
    private var m: UInt8
    private var d: UInt8

    public var year: Int {
        get { Int(y) }
        set { y = Int16(truncatingIfNeeded: newValue) }
    }
    public var month: Int {
        get { Int(m) }
        set { m = UInt8(truncatingIfNeeded: newValue) }
    }
    public var day: Int {
        get { Int(d) }
        set { d = UInt8(truncatingIfNeeded: newValue) }
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...SimpleDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        y = Int16(year)
        m = UInt8(month)
        d = UInt8(day)
    }

    public static func == (a: SimpleDate, b: SimpleDate) -> Bool { a.y == b.y && a.m == b.m && a.d == b.d }

    /// The three numbers as `Int`s, as the stored `Int`s were hashed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(month)
        hasher.combine(day)
    }

    /// Parses `YYYY-MM-DD` (the CLI's `--as-of`).
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses a date as users write it: `25/11/2026`, `25-11-2026`, `25.11.2026` (day first, as
    /// every document they handle does) or `2026-11-25`.
    public init?(userInput: String) {
        let text = userInput.trimmingCharacters(in: " ")
        if let iso = SimpleDate(iso: text), text.split(separator: "-").first?.count == 4 { self = iso; return }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func endOfMonth(_ month: Int, _ year: Int) -> SimpleDate? {
        guard (1...12).contains(month) else { return nil }
        return SimpleDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(year.zeroPadded(4))-\(month.zeroPadded(2))-\(day.zeroPadded(2))"
    }

    /// `dd/mm/yyyy`, the way Vietnamese documents write dates.
    public var vietnamese: String {
        "\(day.zeroPadded(2))/\(month.zeroPadded(2))/\(year)"
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = SimpleDate(iso: s) else {
            throw Swift.DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
