import DocGraph
internal import CGraphviz
import Foundation

/// Why Graphviz could not draw a diagram.
public enum RenderError: Error, CustomStringConvertible {
    case unknownLayout(String)
    case unknownFormat(String)
    case invalidDOT(String)
    case layoutFailed(String, String)

    public var description: String {
        switch self {
        case .unknownLayout(let l): return "unknown layout '\(l)'; use dot, neato, fdp, sfdp, circo or twopi"
        case .unknownFormat(let f): return "cannot write '\(f)' files; name the output .dot, .svg, .png or .pdf"
        case .invalidDOT(let m): return "Graphviz rejected the graph: \(m)"
        case .layoutFailed(let l, let m): return "the \(l) layout failed: \(m); try --layout sfdp or a smaller --depth"
        }
    }
}

/// Owns one Graphviz context (libgvc, in-process; the `dot` program is never run).
/// Every graph read with `agmemread` is closed, and the context is freed in `deinit`.
public final class GraphvizContext: @unchecked Sendable {
    private let gvc: OpaquePointer
    private let lock = NSLock()

    /// One context per process: Graphviz 2.43 frees plugin state twice when a second context
    /// is created after the first is freed, and it is not thread-safe, hence the lock.
    public static let shared = GraphvizContext()

    public static let layouts = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
    public static let formats = ["svg", "png", "pdf", "dot"]

    private init() {
        gvc = gvContext()
    }

    deinit {
        gvFreeContext(gvc)
    }

    /// Lays out DOT text and renders it to bytes in `format` (`svg`, `png`, `pdf`).
    public func render(dot: String, layout: String, format: String) throws(RenderError) -> [UInt8] {
        // `nop2` (neato -n2) keeps the positions the DOT gives and only routes the edges: the
        // site's neighbourhoods are placed by `NeighbourhoodSketch`, not searched for.
        guard Self.layouts.contains(layout) || layout == "nop2" else { throw .unknownLayout(layout) }
        guard Self.formats.contains(format) else { throw .unknownFormat(format) }
        lock.lock()
        defer { lock.unlock() }
        _ = agseterr(AGMAX)  // keep Graphviz quiet on stderr; errors are read back with aglasterr
        guard let graph = dot.withCString({ agmemread($0) }) else { throw .invalidDOT(Self.lastError()) }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, layout) == 0 else { throw .layoutFailed(layout, Self.lastError()) }
        defer { gvFreeLayout(gvc, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, format, &data, &length) == 0, let data else { throw .layoutFailed(layout, Self.lastError()) }
        defer { gvFreeRenderData(data) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    private static func lastError() -> String {
        guard let c = aglasterr() else { return "no message from Graphviz" }
        return String(cString: c).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
