import DocGraph

/// What part of the graph a diagram shows and how.
public struct DiagramSpec: Sendable {
    public enum Direction: String, Sendable, CaseIterable, Codable { case up, down, both }
    public enum Cluster: String, Sendable, CaseIterable, Codable { case issuer, type, level, none }

    public var title: String
    /// Documents to centre on; empty for the whole graph.
    public var focus: [NodeIndex] = []
    public var depth: Int = 2
    /// `up`: what rests on the focus; `down`: what it rests on.
    public var direction: Direction = .both
    public var filter = EdgeFilter()
    public var cluster: Cluster = .none
    /// Transitive reduction per relation: drop an edge implied by a longer chain of the same relation.
    public var reduce = false
    /// Where a node links to (the site's page of the document); nil links to its source file.
    public var nodeURL: (@Sendable (NodeIndex) -> String?)? = nil
    /// The language of labels, clusters and the legend.
    public var language: Language = .vi
    /// The sheet for PDF (and PNG) output; nil draws at natural size.
    public var paper: Paper?
    /// The Graphviz layout the DOT is meant for: layouts other than `dot` get overlap removal.
    public var layout: String = "dot"
    /// The folder the diagram is saved in: source links are written relative to it. Nil keeps
    /// the paths as read.
    public var linkBase: String?
    /// Over this many documents a whole-graph diagram (no focus) draws the issuing bodies instead.
    public var documentLimit = DiagramSpec.defaultDocumentLimit
    /// What that diagram groups the documents by: issuing bodies (the default) or types.
    public var overview: IssuerGraph.Grouping = .issuer

    public static let defaultDocumentLimit = 500

    public init(title: String) { self.title = title }
}
