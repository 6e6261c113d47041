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
    /// Drop edges implied by longer chains.
    public var reduce = false
    /// Where a node links to (the site's page of the document); nil links to its source file.
    public var nodeURL: (@Sendable (NodeIndex) -> String?)? = nil

    public init(title: String) { self.title = title }
}
