/// What a finding says, as facts: the documents, dates, relations and counts of one sentence.
///
/// Rules and reviews state facts; the sentence is written by the catalogue
/// (`Reports/Catalogue/FindingMessage+Text.swift`) in the reader's language, so one finding
/// reads `… is cited 2 times but its text is not in the corpus …` in English and
/// `… được dẫn chiếu 2 lần nhưng văn bản không có trong kho …` in Vietnamese. JSON, baselines
/// and `Finding.message` keep the English sentence, which is stable across runs and machines.
///
/// Indirect: a sentence's facts are about 150 bytes and a plan-heavy corpus has a finding per
/// plan, so a finding holds them by reference and arrays of findings move 100-byte values (a
/// whole `check` of 16,000 plan-heavy documents has 400,000 of them).
public indirect enum FindingMessage: Sendable, Hashable {
    /// `ambiguous-id`: `id` matches several documents; `chosen` was taken.
    case ambiguousID(id: String, candidates: [String], chosen: String)
    /// `count-mismatch`: `'Tháng 01/2026 (11 nhiệm vụ)' states 11 tasks but 10 are listed`.
    case countMismatch(heading: String, stated: Int, listed: Int)
    /// `cycle`: `members` (all of them) rest on one another; `hops` are the first citations of the circle.
    case cycle(members: [String], hops: [Hop], moreHops: Bool)
    /// `dangling`: cited `times` times, its text not in the corpus.
    case dangling(document: String, times: Int)
    /// `duplicate-identity`: two corpus documents with one identity.
    case duplicateIdentity(name: String, locality: String?, firstDate: SimpleDate?, secondDate: SimpleDate?, firstFile: String, secondFile: String)
    /// `inverse-inconsistency`: a revision the citing body has no authority for, read as a reference.
    case revisionWithoutAuthority(citing: String, claimed: Relation, cited: String, objection: AuthorityObjection)
    /// `inverse-inconsistency`: replaced as a whole by several documents.
    case replacedBySeveral(document: String, replacers: [String])
    /// A document replaced by one after another had repealed it: the replacement ends a text no
    /// longer in force.
    case replacedAfterRepeal(document: String, repealer: String, since: SimpleDate, replacer: String)
    /// A document repealed by one after another had replaced it as a whole: the repeal ends a text no longer in force.
    case repealedAfterReplacement(document: String, replacer: String, since: SimpleDate, repealer: String)
    /// `inverse-inconsistency`: two documents that each say they replace the other.
    case replaceEachOther(String, String)
    /// `inverse-inconsistency`: `document` implements (rests on) `replacer`, which says it replaces `document`.
    case restsOnItsReplacement(document: String, relation: Relation, replacer: String)
    /// `metadata-conflict`: cited with another date than its own header's.
    case dateUnlikeHeader(document: String, own: SimpleDate, cited: SimpleDate)
    /// `metadata-conflict`: cited with several dates, none from its own text.
    case severalDates(document: String, dates: [CitedValue<SimpleDate>])
    /// `metadata-conflict`: cited with another issuer than its own text's.
    case issuerUnlikeHeader(document: String, own: String, cited: String)
    /// `metadata-conflict`: cited with issuers that are different bodies.
    case severalIssuers(document: String, issuers: [CitedValue<String>])
    /// `metadata-conflict`: cited with several terms (khóa).
    case severalTerms(document: String, terms: [String])
    /// `metadata-conflict`: cited as Quy định and as Quyết định, which share the code QĐ.
    case quyDinhAndQuyetDinh(document: String, asQuyDinh: Int, asQuyetDinh: Int)
    /// `metadata-conflict`: cited as Quy định while its own header says Quyết định, or the other way.
    case typeUnlikeHeader(document: String, own: String, cited: String)
    /// `metadata-conflict`: cited as another kind than its own header and its number's code say
    /// (`Chương trình số 18-KH/TU` of a Kế hoạch).
    case typeUnlikeCode(document: String, own: String, cited: String)
    /// `overdue-plan`: a planned action, past its deadline, with nothing that fulfils it.
    case planOverdue(Plan, asOf: SimpleDate)
    /// `overdue-plan`: a planned action fulfilled by `by`.
    case planFulfilled(Plan, by: String)
    /// `overdue-plan`: `candidate` may fulfil the plan, but `doubt` keeps it from being confirmed.
    case planUnconfirmed(Plan, asOf: SimpleDate, candidate: String, doubt: Fulfilment.Doubt?)
    /// `overdue-plan`: a planned action not yet due.
    case planPending(Plan)
    /// `superseded-citation`: `citing` rests on `cited`, which `by` had replaced or repealed.
    case supersededCitation(citing: String, relation: Relation, cited: String, by: String, repealed: Bool, since: SimpleDate?, instead: String?)
    /// An enacted citation of a document that an undated document replaced or repealed: whether
    /// it was already replaced when cited cannot be told.
    case supersededUndated(citing: String, relation: Relation, cited: String, by: String, repealed: Bool)
    /// `superseded-citation`: `citing` rests on `cited` after the last day its own term kept it in force.
    case expiredCitation(citing: String, relation: Relation, cited: String, until: SimpleDate)
    /// `temporal`: an enacted citation of a document dated after the citing one.
    case citesLater(citing: String, citingDate: SimpleDate, relation: Relation, cited: String, citedDate: SimpleDate)
    /// `unmet-obligation`: `actor` is to issue one of `types`; nothing implementing it is in the corpus.
    case unmetObligation(document: String, actor: String, types: [String], alongside: [String])
    /// Review: the draft cites a corpus document unlike that document's own header.
    case draftUnlikeHeader(document: String, header: SourceLocation, field: HeaderField)
    /// Review: the draft mentions a document already replaced or repealed.
    case draftMentionsSuperseded(cited: String, by: String, repealed: Bool, since: SimpleDate?, instead: String?)
    /// Review: the draft cites a document dated after the draft.
    case draftCitesLater(draftDate: SimpleDate, relation: Relation, cited: String, citedDate: SimpleDate)
    /// Review: a task's deadline falls before the draft's own date.
    case draftDeadlineBeforeDate(deadline: String, due: SimpleDate, draftDate: SimpleDate)
    /// A sentence given as it is, by a rule defined outside docgraph: the same in every language.
    case text(String)

    /// One citation of a cycle: `from` relation `to`.
    public struct Hop: Sendable, Hashable {
        public var from: String
        public var relation: Relation
        public var to: String
        public init(from: String, relation: Relation, to: String) {
            self.from = from
            self.relation = relation
            self.to = to
        }
    }

    /// A value a document is cited with, how often, and where first.
    public struct CitedValue<Value: Sendable & Hashable>: Sendable, Hashable {
        public var value: Value
        public var count: Int
        public var first: SourceLocation
        public init(_ value: Value, count: Int, first: SourceLocation) {
            self.value = value
            self.count = count
            self.first = first
        }
    }

    /// A planned action: a revision of a cited document, or a new document a task announces.
    public struct Plan: Sendable, Hashable {
        public enum Action: Sendable, Hashable {
            /// `planner` is to amend (replace, repeal, review, guide) `target`.
            case revision(Relation, target: String)
            /// `planner` announces a new document of type `typeWord` (Kế hoạch), described by `text`
            /// (the announced document's whole text; messages show its first `shownLength` characters).
            case newDocument(text: String, typeWord: String)
        }
        /// How many characters of an announced document's text a message shows. The cut is made
        /// when the message is written, not when the finding is: `check --all` on a plan-heavy
        /// corpus holds a finding per plan, and a clipped copy of each text was 16 MB of 210
        /// (heaptrack, 4,000 plan-heavy documents) where the whole text costs nothing (shared).
        public static let shownLength = 80
        public var action: Action
        public var planner: String
        public var deadline: Deadline?
        public var leadUnit: String?
        public init(_ action: Action, planner: String, deadline: Deadline?, leadUnit: String?) {
            self.action = action
            self.planner = planner
            self.deadline = deadline
            self.leadUnit = leadUnit
        }
    }

    /// What a draft's citation says unlike the cited document's header.
    public enum HeaderField: Sendable, Hashable {
        case date(own: SimpleDate, cited: SimpleDate)
        case issuer(own: String, cited: String)
        case term(own: String, cited: String)
        /// Quy định / Quyết định, as written.
        case typeWord(own: String, cited: String)
    }
}
