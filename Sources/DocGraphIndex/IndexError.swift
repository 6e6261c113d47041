/// Why an index cannot be opened or updated. Each message names the file and says what to do.
public enum IndexError: Error, CustomStringConvertible, Equatable {
    /// `--index notes.txt`: the file is not an SQLite database, or a database of another program.
    case notAnIndex(path: String, reason: String)
    /// An index written by a docgraph with another schema.
    case otherSchemaVersion(path: String, found: Int, expected: Int)
    /// `PRAGMA quick_check` found damage, or SQLite could not read the pages.
    case corrupt(path: String, detail: String)
    /// `--index FILE` for a query, where FILE does not exist yet.
    case missing(path: String)
    /// Another `docgraph index` holds the write lock longer than the wait.
    case busy(path: String, waited: Double)
    /// `--corpus Corpsu`: a typo must not empty the index of every file it held.
    case missingCorpus(path: String)
    /// Any other SQLite failure (disk full, permissions).
    case database(path: String, detail: String)

    public var description: String {
        switch self {
        case .notAnIndex(let path, let reason):
            return "\(path): error: not a docgraph index (\(reason)); it was left untouched — give another --index file, or rebuild it with 'docgraph index --rebuild --index \(path)' if it may be replaced"
        case .otherSchemaVersion(let path, let found, let expected):
            return "\(path): error: docgraph index of schema version \(found), this docgraph reads version \(expected); it was left untouched — rebuild it with 'docgraph index --rebuild --index \(path) --corpus DIR'"
        case .corrupt(let path, let detail):
            return "\(path): error: the index is damaged (\(detail)); rebuild it with 'docgraph index --rebuild --index \(path) --corpus DIR'"
        case .missing(let path):
            return "\(path): error: no such index; build it first with 'docgraph index --corpus DIR --index \(path)'"
        case .busy(let path, let waited):
            return "\(path): error: the index is busy: another 'docgraph index' is updating it (waited \(Int(waited)) s); try again when it has finished"
        case .missingCorpus(let path):
            return "\(path):1:1: error: no such corpus file or folder; the index was not changed — check the path"
        case .database(let path, let detail):
            return "\(path): error: \(detail)"
        }
    }
}
