import DocGraph
import Foundation

/// A set of named diagrams kept in a folder (the sample corpus's `Graphs/`), described by a
/// manifest (`Graphs/gallery.json`) so that the library holds no corpus's ids.
///
/// ```json
/// [{ "name": "28-NQ-TW-neighbourhood", "title": "Neighbourhood of 28-NQ/TW",
///    "focus": ["28-NQ/TW"], "depth": 2, "restsOn": true }]
/// ```
public struct Gallery: Sendable, Decodable {
    /// One diagram of the manifest. Unset fields take `DiagramSpec`'s defaults.
    public struct Entry: Sendable, Decodable {
        /// The file name without extension.
        public var name: String
        public var title: String
        /// Documents to centre on, as a user types them after `--focus`.
        public var focus: [String]?
        /// Documents to centre on by the file that holds them (for documents without a number).
        public var focusFiles: [String]?
        public var depth: Int?
        public var direction: DiagramSpec.Direction?
        /// Only these relations; with `restsOn`, only the relations a document can rest on.
        public var relations: [Relation]?
        public var restsOn: Bool?
        /// All relations but these.
        public var exclude: [Relation]?
        public var modalities: [Modality]?
        public var cluster: DiagramSpec.Cluster?
        /// Also draw a PNG (never committed: rasterising differs between machines).
        public var png: Bool?
        /// Lay the diagram out for a sheet, as for a meeting: `a4` or `a3`.
        public var paper: Paper.Size?
        public var orientation: Paper.Orientation?
    }

    /// A diagram ready to draw.
    public struct Item: Sendable {
        public var name: String
        public var spec: DiagramSpec
        public var png: Bool
    }

    public var entries: [Entry]

    public init(from decoder: any Decoder) throws {
        entries = try [Entry](from: decoder)
    }

    /// Reads a manifest; the error names the file and what is wrong in it.
    public init(manifest path: String) throws(GalleryError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        do { self = try JSONDecoder().decode(Gallery.self, from: data) } catch { throw .malformed(path, String(describing: error)) }
    }

    /// The diagrams, each with its focus resolved in `g`, labelled in `language`, with source
    /// links written for files saved in `folder` (nil: the paths as read).
    public func items(_ g: DocumentGraph, language: Language = .vi, folder: String? = nil) throws(GalleryError) -> [Item] {
        try entries.map { entry throws(GalleryError) in
            var spec = DiagramSpec(title: entry.title)
            spec.language = language
            spec.linkBase = folder
            if let size = entry.paper { spec.paper = Paper(size, entry.orientation ?? .landscape) }
            for id in entry.focus ?? [] {
                do { spec.focus.append(try g.lookup(id)) } catch { throw .focus(entry.name, String(describing: error)) }
            }
            for file in entry.focusFiles ?? [] {
                let holders = g.nodes.indices.filter { i in
                    guard let f = g.nodes[i].record?.file else { return false }
                    return f == file || f.hasSuffix("/" + file)
                }
                guard let first = holders.first else { throw .focus(entry.name, "no document read from \(file)") }
                spec.focus.append(NodeIndex(first))
            }
            if let d = entry.depth { spec.depth = d }
            if let d = entry.direction { spec.direction = d }
            if entry.restsOn == true { spec.filter = .restsOn }
            if let r = entry.relations { spec.filter.relations = Set(r) }
            if let x = entry.exclude { spec.filter.relations.subtract(x) }
            if let m = entry.modalities { spec.filter.modalities = Set(m) }
            if let c = entry.cluster { spec.cluster = c }
            return Item(name: entry.name, spec: spec, png: entry.png ?? false)
        }
    }
}

/// Why a gallery manifest could not be drawn.
public enum GalleryError: Error, CustomStringConvertible {
    case unreadable(String)
    case malformed(String, String)
    case focus(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read the gallery manifest \(path); give --manifest or write one (README, \"Diagrams\")"
        case .malformed(let path, let why): "\(path) is not a gallery manifest: \(why)"
        case .focus(let name, let why): "gallery entry '\(name)': \(why)"
        }
    }
}
