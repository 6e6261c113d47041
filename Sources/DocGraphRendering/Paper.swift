import DocGraph

/// A sheet a diagram is printed on for a meeting.
public struct Paper: Sendable, Hashable {
    public enum Size: String, Sendable, CaseIterable, Codable { case a4, a3 }
    public enum Orientation: String, Sendable, CaseIterable, Codable { case landscape, portrait }

    public var size: Size
    public var orientation: Orientation

    public init(_ size: Size = .a4, _ orientation: Orientation = .landscape) {
        self.size = size
        self.orientation = orientation
    }

    /// Width and height in PostScript points (1/72 inch): A4 is 595 × 842, A3 842 × 1191 (ISO 216).
    public var points: (width: Int, height: Int) {
        let (short, long) = size == .a4 ? (595, 842) : (842, 1191)
        return orientation == .landscape ? (long, short) : (short, long)
    }

    /// The margin on each side, in points: 1 cm.
    public static let margin = 28

    /// Graph attributes that make Graphviz draw on exactly this sheet: the drawable area inside
    /// the margins (`size`, scaled up or down to it), positions spread to fill it (`ratio=fill`:
    /// node boxes and text keep their shape), and the margins. Graphviz's cairo PDF makes the page
    /// the drawing plus its margins, and the drawing can come out a few points short of `size`, so
    /// `viewport` fixes the canvas to the area exactly (centred; nothing is clipped, the drawing is
    /// never larger): the page is the sheet. (`page` is only read by PostScript.)
    public var graphAttributes: [(String, String)] {
        let (w, h) = points
        func inches(_ pt: Int) -> String {
            // Four decimals, so the page comes back as the same whole number of points.
            let tenThousandths = (pt * 10_000 + 36) / 72
            let fraction = String(tenThousandths % 10_000)
            return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
        }
        return [("size", "\(inches(w - 2 * Self.margin)),\(inches(h - 2 * Self.margin))!"), ("ratio", "fill"),
                ("viewport", "\(w - 2 * Self.margin),\(h - 2 * Self.margin)"),
                ("margin", inches(Self.margin)), ("center", "true")]
    }
}
