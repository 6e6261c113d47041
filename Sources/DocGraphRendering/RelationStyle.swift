import DocGraph

/// How a relation's edges are drawn: colour, line and the colour's name in the legend.
public struct RelationStyle: Sendable, Equatable {
    public var color: String
    /// A DOT `style`: `solid`, `bold` or `dotted` (planned edges are drawn `dashed`).
    public var line: String
    public var colourName: String
}

extension Relation {
    /// The style of this relation's edges. Revisions are bold and warm, so that what changes a
    /// document stands out in a meeting; mere mentions are light and dotted.
    public var diagramStyle: RelationStyle {
        switch self {
        case .implements: RelationStyle(color: "#1f77b4", line: "solid", colourName: "blue")
        case .continues: RelationStyle(color: "#17becf", line: "solid", colourName: "cyan")
        case .basedOn: RelationStyle(color: "#7f7f7f", line: "solid", colourName: "grey")
        case .amends: RelationStyle(color: "#ff7f0e", line: "bold", colourName: "orange, bold")
        case .replaces: RelationStyle(color: "#d62728", line: "bold", colourName: "red, bold")
        case .repeals: RelationStyle(color: "#8c0000", line: "bold", colourName: "dark red, bold")
        case .guides: RelationStyle(color: "#2ca02c", line: "solid", colourName: "green")
        case .reviews: RelationStyle(color: "#9467bd", line: "solid", colourName: "purple")
        case .attachedTo: RelationStyle(color: "#8c564b", line: "dotted", colourName: "brown, dotted")
        case .respondsTo: RelationStyle(color: "#bcbd22", line: "dotted", colourName: "olive, dotted")
        case .references: RelationStyle(color: "#c7c7c7", line: "dotted", colourName: "light grey, dotted")
        }
    }
}
