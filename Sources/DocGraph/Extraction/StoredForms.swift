// Initialisers that put back what an extraction produced, for a store that kept every field
// (the SQLite index in `DocGraphIndex`). They decide nothing: the graph built from restored
// values must be the graph built from the files. Citations, records, tasks, obligations and
// counts are restored through their public memberwise initialisers.

extension DocumentID {
    /// Restores an id exactly as it was stored, key included, without parsing or canonicalising
    /// anything again.
    public init(storedForm form: Form, number: String, typeCode: String, issuerCode: String,
                year: Int?, name: String?, key: String) {
        self.form = form
        self.number = number
        self.typeCode = typeCode
        self.issuerCode = issuerCode
        self.year = year
        self.name = name
        self.key = key
    }
}







extension CorpusFile {
    /// A file known from an earlier walk (an index's `files` table), to extract again.
    public init(knownPath path: String) {
        self.path = path
    }
}
