// Initialisers that put back, field for field, what an extraction produced, for a store that
// kept every field (the SQLite index in `DocGraphIndex`). They decide nothing: the graph built
// from restored values must be the graph built from the files.

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

extension Citation {
    /// Restores a stored citation.
    public init(storedID id: DocumentID, typeWord: String?, date: SimpleDate?, issuer: String?, term: String?, subject: String?,
                relation: Relation, modality: Modality, deadline: Deadline?, leadUnit: String?, citingDocument: DocumentID?,
                documentIndex: Int, isNested: Bool, isSelfReference: Bool, location: SourceLocation, text: String) {
        self.id = id
        self.typeWord = typeWord
        self.date = date
        self.issuer = issuer
        self.term = term
        self.subject = subject
        self.relation = relation
        self.modality = modality
        self.deadline = deadline
        self.leadUnit = leadUnit
        self.citingDocument = citingDocument
        self.documentIndex = documentIndex
        self.isNested = isNested
        self.isSelfReference = isSelfReference
        self.location = location
        self.text = text
    }
}

extension DocumentRecord {
    /// Restores a stored document record.
    public init(storedID id: DocumentID?, typeCode: String?, typeWord: String?, issuer: String?, date: SimpleDate?, place: String?,
                title: String?, term: String?, locality: String?, file: String, startLine: Int, endLine: Int, titleLines: Range<Int>?) {
        self.id = id
        self.typeCode = typeCode
        self.typeWord = typeWord
        self.issuer = issuer
        self.date = date
        self.place = place
        self.title = title
        self.term = term
        self.locality = locality
        self.file = file
        self.startLine = startLine
        self.endLine = endLine
        self.titleLines = titleLines
    }
}

extension TaskRow {
    /// Restores a stored task row.
    public init(storedNumber number: String?, section: String?, basis: String?, task: String, level: String?, leadUnit: String?,
                coordinating: String?, deadline: Deadline?, announced: AnnouncedDocument?, citations: [DocumentID],
                documentIndex: Int, location: SourceLocation) {
        self.number = number
        self.section = section
        self.basis = basis
        self.task = task
        self.level = level
        self.leadUnit = leadUnit
        self.coordinating = coordinating
        self.deadline = deadline
        self.announced = announced
        self.citations = citations
        self.documentIndex = documentIndex
        self.location = location
    }
}

extension AnnouncedDocument {
    /// Restores a stored announced document.
    public init(storedTypeCode typeCode: String, typeWord: String, issuer: String?, subject: String?, text: String) {
        self.typeCode = typeCode
        self.typeWord = typeWord
        self.issuer = issuer
        self.subject = subject
        self.text = text
    }
}

extension Obligation {
    /// Restores a stored obligation.
    public init(storedActor actor: String, actorLevel: IssuerLevel, expectedTypes: [String], documentIndex: Int, location: SourceLocation, text: String) {
        self.actor = actor
        self.actorLevel = actorLevel
        self.expectedTypes = expectedTypes
        self.documentIndex = documentIndex
        self.location = location
        self.text = text
    }
}

extension StatedCount {
    /// Restores a stored count.
    public init(storedHeading heading: String, stated: Int, listed: Int, documentIndex: Int, location: SourceLocation) {
        self.heading = heading
        self.stated = stated
        self.listed = listed
        self.documentIndex = documentIndex
        self.location = location
    }
}

extension CorpusFile {
    /// A file known from an earlier walk (an index's `files` table), to extract again.
    public init(knownPath path: String) {
        self.path = path
    }
}
