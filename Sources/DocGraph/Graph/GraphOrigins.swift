/// Where each node and edge of a graph was made, in the order `GraphBuilder` makes them: what a
/// store needs to rebuild part of a graph and put the new nodes and edges where a whole build
/// would have put them.
///
/// A whole build numbers the corpus's documents first (file by file, in the extraction's order),
/// then each document only cited when its first citation is met; edges follow their citations.
/// Citations are met in two rounds: those that say their date or term (or need none), then the
/// undated ones that must pick among known terms. So a node or an edge sorts by
/// (`rank`, file, `position`, `step`).
public struct GraphOrigins: Sendable {
    /// The making of a node or an edge.
    public struct Origin: Sendable, Hashable, Comparable {
        /// 0: a document of the corpus (`position` is its place in its file); 1 and 2: made by a
        /// citation of the first or the second round (`position` is the citation's place in its file).
        public var rank: Int
        /// The file, as its index in the extraction that was built.
        public var file: Int
        public var position: Int
        /// 0: the document a nested citation hangs from (`25-CTr/TU … thực hiện Nghị quyết số
        /// 28-NQ/TW`), resolved before 1: the cited document.
        public var step: Int

        public init(rank: Int, file: Int, position: Int, step: Int) {
            self.rank = rank
            self.file = file
            self.position = position
            self.step = step
        }

        public static func < (a: Origin, b: Origin) -> Bool {
            (a.rank, a.file, a.position, a.step) < (b.rank, b.file, b.position, b.step)
        }
    }

    /// One per node, in node order.
    public internal(set) var nodes: [Origin] = []
    /// One per edge, in edge order (`step` is 0).
    public internal(set) var edges: [Origin] = []
    /// One per ambiguity, in the graph's order: the citation whose resolution recorded it
    /// (`step` 0 for the document a nested citation hangs from, 1 for the cited one).
    public internal(set) var ambiguities: [Origin] = []
}
