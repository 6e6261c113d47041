/// Paths numbered in the order they are met, so that places are hashed and compared as
/// integers; the last path is remembered, since places come in runs of one file (edges in graph
/// order, a rule's findings).
struct FileNumbers {
    /// A place with its path as a number.
    struct Place: Hashable {
        var file: Int
        var page: Int
        var line: Int
        var column: Int
    }

    private var paths: [String] = []
    private var numbers: [String: Int] = [:]
    private var last: (path: String, number: Int)?

    /// How many paths have been numbered.
    var count: Int { paths.count }

    /// The path's number: the count of paths met before it.
    mutating func number(_ path: String) -> Int {
        if let last, last.path == path { return last.number }
        let n: Int
        if let known = numbers[path] {
            n = known
        } else {
            n = paths.count
            numbers[path] = n
            paths.append(path)
        }
        last = (path, n)
        return n
    }

    /// The place, its path numbered (a missing page is -1: pages count from 1).
    mutating func place(_ l: SourceLocation) -> Place {
        Place(file: number(l.file), page: l.page ?? -1, line: l.line, column: l.column)
    }

    /// For each number, the rank of its path among the paths met, in `String` order.
    func ranks() -> [Int] {
        var rank = [Int](repeating: 0, count: paths.count)
        for (k, n) in paths.indices.sorted(by: { paths[$0] < paths[$1] }).enumerated() { rank[n] = k }
        return rank
    }
}
