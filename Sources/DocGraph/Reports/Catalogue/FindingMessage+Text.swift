/// The sentences of `check`'s findings, in each language. The English is the stable text of
/// JSON's `message` and of the library's `Finding.message`; text and SARIF output use the
/// reader's language.
extension FindingMessage {
    /// The sentence's name, one per case: a test requires every key to be shown in both languages.
    public enum Key: String, CaseIterable, Sendable {
        case ambiguousID, countMismatch, cycle, dangling, duplicateIdentity, revisionWithoutAuthority, replacedBySeveral, replacedAfterRepeal, repealedAfterReplacement,
             replaceEachOther, restsOnItsReplacement, dateUnlikeHeader, severalDates, issuerUnlikeHeader, severalIssuers,
             severalTerms, quyDinhAndQuyetDinh, typeUnlikeHeader, typeUnlikeCode, planOverdue, planFulfilled, planUnconfirmed, planPending, supersededCitation, supersededUndated, expiredCitation,
             citesLater, unmetObligation, draftUnlikeHeader, draftMentionsSuperseded, draftCitesLater, draftDeadlineBeforeDate, text
    }

    public var key: Key {
        switch self {
        case .ambiguousID: return .ambiguousID
        case .countMismatch: return .countMismatch
        case .cycle: return .cycle
        case .dangling: return .dangling
        case .duplicateIdentity: return .duplicateIdentity
        case .revisionWithoutAuthority: return .revisionWithoutAuthority
        case .replacedBySeveral: return .replacedBySeveral
        case .replacedAfterRepeal: return .replacedAfterRepeal
        case .repealedAfterReplacement: return .repealedAfterReplacement
        case .replaceEachOther: return .replaceEachOther
        case .restsOnItsReplacement: return .restsOnItsReplacement
        case .dateUnlikeHeader: return .dateUnlikeHeader
        case .severalDates: return .severalDates
        case .issuerUnlikeHeader: return .issuerUnlikeHeader
        case .severalIssuers: return .severalIssuers
        case .severalTerms: return .severalTerms
        case .quyDinhAndQuyetDinh: return .quyDinhAndQuyetDinh
        case .typeUnlikeHeader: return .typeUnlikeHeader
        case .typeUnlikeCode: return .typeUnlikeCode
        case .planOverdue: return .planOverdue
        case .planFulfilled: return .planFulfilled
        case .planUnconfirmed: return .planUnconfirmed
        case .planPending: return .planPending
        case .supersededCitation: return .supersededCitation
        case .supersededUndated: return .supersededUndated
        case .expiredCitation: return .expiredCitation
        case .citesLater: return .citesLater
        case .unmetObligation: return .unmetObligation
        case .draftUnlikeHeader: return .draftUnlikeHeader
        case .draftMentionsSuperseded: return .draftMentionsSuperseded
        case .draftCitesLater: return .draftCitesLater
        case .draftDeadlineBeforeDate: return .draftDeadlineBeforeDate
        case .text: return .text
        }
    }

    /// The sentence in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vi
        case .en: return en
        }
    }

    private var en: String {
        let count = Message.count
        switch self {
        case .ambiguousID(let id, let candidates, let chosen):
            return "\(id) matches \(count(candidates.count, "document", nil)) (\(candidates.joined(separator: ", "))); \(chosen) was taken as the nearest earlier one — add the date or the term (khóa) to the citation"
        case .countMismatch(let heading, let stated, let listed):
            return "'\(heading)' states \(count(stated, "task", nil)) but \(listed) \(listed == 1 ? "is" : "are") listed"
        case .cycle(let members, let hops, let more):
            let hopText = hops.map { "\($0.from) \($0.relation.rawValue) \($0.to)" }.joined(separator: "; ")
            return "\(count(members.count, "document", nil)) rest on one another in a cycle: \(Self.list(members, 12)) (\(hopText)\(more ? "; …" : "")); check which citation is wrong"
        case .dangling(let d, let n):
            return "\(d) is cited \(count(n, "time", nil)) but its text is not in the corpus; add it to follow what it rests on"
        case .duplicateIdentity(let name, let locality, let a, let b, let fileA, let fileB):
            func day(_ d: SimpleDate?) -> String { d?.vietnamese ?? "without a date" }
            let dates = a == b ? "both dated \(day(a))" : "dated \(day(a)) and \(day(b))"
            return "two documents have the identity \(name)\(locality.map { ", \($0)" } ?? ""), \(dates): \(fileA) and \(fileB); a citation dated as one of them goes to it, any other to the first — remove the copy or correct the number"
        case .revisionWithoutAuthority(let citing, let claimed, let cited, let why):
            return "\(citing) says it \(claimed.rawValue) \(cited), but \(why.text(.en)); read as a reference — check who issues the revision"
        case .replacedBySeveral(let d, let by):
            return "\(d) is replaced as a whole by \(by.count == 2 ? "two documents" : count(by.count, "document", nil)): \(by.joined(separator: " and ")); at most one can replace it"
        case .replacedAfterRepeal(let d, let repealer, let since, let replacer):
            return "\(replacer) replaces \(d), which \(repealer) had repealed since \(since.vietnamese); check which text \(replacer) means"
        case .repealedAfterReplacement(let d, let replacer, let since, let repealer):
            return "\(repealer) repeals \(d), which \(replacer) had replaced since \(since.vietnamese); check which text \(repealer) means"
        case .replaceEachOther(let a, let b):
            return "\(a) and \(b) each say they replace the other"
        case .restsOnItsReplacement(let d, let relation, let by):
            return "\(d) \(relation.rawValue) \(by), yet \(by) says it replaces \(d)"
        case .dateUnlikeHeader(let d, let own, let cited):
            return "\(d) is dated \(own.vietnamese) in its own header but cited as of \(cited.vietnamese); did you mean \(own.vietnamese)? Correct the citation"
        case .severalDates(let d, let dates):
            let described = dates.map { "\($0.value.vietnamese) (\($0.count)×, first at \($0.first))" }.joined(separator: ", ")
            return "\(d) is cited with \(dates.count) different dates: \(described); find the right one in its text"
        case .issuerUnlikeHeader(let d, let own, let cited):
            return "\(d) is issued by \(own) according to its own text but cited as of \(cited)"
        case .severalIssuers(let d, let issuers):
            return "\(d) is cited with different issuers: \(issuers.map { "\($0.value) (\($0.first))" }.joined(separator: ", "))"
        case .severalTerms(let d, let terms):
            return "\(d) is cited with terms \(terms.map { "khóa \($0)" }.joined(separator: " and "))"
        case .quyDinhAndQuyetDinh(let d, let a, let b):
            return "\(d) is cited as Quy định (\(a)×) and as Quyết định (\(b)×); the code QĐ is shared, check which it is"
        case .typeUnlikeHeader(let d, let own, let cited):
            return "\(d) is a \(own) according to its own header but cited as a \(cited); the code QĐ is shared: correct the citation"
        case .typeUnlikeCode(let d, let own, let cited):
            return "\(d) is a \(own) according to its own header and its number's code but cited as a \(cited): correct the citation"
        case .planOverdue(let plan, let asOf):
            switch plan.action {
            case .revision(let relation, _):
                return "\(Self.en(plan)) is overdue as of \(asOf): no document in the corpus \(Self.verb(relation)) it"
            case .newDocument(_, let word):
                return "\(Self.en(plan)) is overdue as of \(asOf): no \(word) of that issuer and subject is in the corpus"
            }
        case .planFulfilled(let plan, let by):
            return "\(Self.en(plan)) is fulfilled by \(by)"
        case .planUnconfirmed(let plan, let asOf, let candidate, let doubt):
            let why = doubt?.text(.en) ?? ""
            switch plan.action {
            case .revision(let relation, _):
                return "\(Self.en(plan)) is pending as of \(asOf): \(candidate) \(Self.verb(relation)) it but cannot be confirmed as the one (\(why)); check it"
            case .newDocument(_, let word):
                return "\(Self.en(plan)) is pending as of \(asOf): \(candidate) may be the \(word) but cannot be confirmed (\(why)); check it"
            }
        case .planPending(let plan):
            return "\(Self.en(plan)) is pending"
        case .supersededCitation(let citing, let relation, let cited, let by, let repealed, let since, let instead):
            return "\(citing) \(relation.rawValue) \(cited), which \(by) \(repealed ? "repealed" : "replaced")\(since.map { " since \($0.vietnamese)" } ?? "")\(instead.map { " — cite \($0) instead" } ?? "")"
        case .supersededUndated(let citing, let relation, let cited, let by, let repealed):
            return "\(citing) \(relation.rawValue) \(cited), which \(by) \(repealed ? "repealed" : "replaced"); \(by)'s date is not known, so whether \(cited) was still in force when cited cannot be told: check \(by)'s date"
        case .expiredCitation(let citing, let relation, let cited, let until):
            return "\(citing) \(relation.rawValue) \(cited), whose own term kept it in force only through \(until.vietnamese); cite what governs now, or the text that extended it"
        case .citesLater(let citing, let citingDate, let relation, let cited, let citedDate):
            return "\(citing) (\(citingDate.vietnamese)) \(relation.rawValue) \(cited), which is dated later (\(citedDate.vietnamese)); check the number or the date"
        case .unmetObligation(let d, let actor, let types, let alongside):
            let hint = alongside.isEmpty ? "" : "; \(alongside.joined(separator: ", ")), cited alongside it, may be the one"
            return "\(d) assigns \(actor) to issue \(types.joined(separator: ", ")); no such document implementing it is in the corpus\(hint)"
        case .draftUnlikeHeader(let name, let header, let field):
            let (what, own, cited): (String, String, String)
            switch field {
            case .date(let o, let c): (what, own, cited) = ("as dated", o.vietnamese, c.vietnamese)
            case .issuer(let o, let c): (what, own, cited) = ("as issued by", "issued by \(o)", c)
            case .term(let o, let c): (what, own, cited) = ("as of", "khóa \(o)", "khóa \(c)")
            case .typeWord(let o, let c): (what, own, cited) = ("as a", "it is a \(o)", c)
            }
            return "this draft cites \(name) \(what) \(cited), but its own header (\(header)) says \(own); correct the citation"
        case .draftMentionsSuperseded(let cited, let by, let repealed, let since, let instead):
            return "this draft mentions \(cited), which \(by) \(repealed ? "repealed" : "replaced")\(since.map { " since \($0.vietnamese)" } ?? "")\(instead.map { " — cite \($0) instead" } ?? "")"
        case .draftCitesLater(let own, let relation, let cited, let citedDate):
            return "this draft (\(own.vietnamese)) \(relation.rawValue) \(cited), which is dated later (\(citedDate.vietnamese)); check the number, the date, or the draft's own date"
        case .draftDeadlineBeforeDate(let text, let due, let own):
            return "the deadline ‘\(text)’ (\(due.vietnamese)) is before this draft's own date (\(own.vietnamese)); set a deadline after the date the plan is issued"
        case .text(let s):
            return s
        }
    }

    private var vi: String {
        let l = Language.vi
        switch self {
        case .ambiguousID(let id, let candidates, let chosen):
            return "\(id) khớp với \(candidates.count) văn bản (\(candidates.joined(separator: ", "))); đã chọn \(chosen), văn bản gần nhất trước đó — hãy ghi thêm ngày hoặc khóa vào trích dẫn"
        case .countMismatch(let heading, let stated, let listed):
            return "'\(heading)' ghi \(stated) nhiệm vụ nhưng liệt kê \(listed) nhiệm vụ"
        case .cycle(let members, let hops, let more):
            let hopText = hops.map { "\($0.from) \($0.relation.label(l)) \($0.to)" }.joined(separator: "; ")
            return "\(members.count) văn bản dựa vào nhau thành vòng tròn: \(Self.list(members, 12)) (\(hopText)\(more ? "; …" : "")); hãy kiểm tra trích dẫn nào sai"
        case .dangling(let d, let n):
            return "\(d) được dẫn chiếu \(n) lần nhưng văn bản không có trong kho; thêm văn bản này để theo dõi những văn bản nó dựa trên"
        case .duplicateIdentity(let name, let locality, let a, let b, let fileA, let fileB):
            func day(_ d: SimpleDate?) -> String { d.map { "ngày \($0.vietnamese)" } ?? "không có ngày" }
            let dates = a == b ? "cùng \(day(a))" : "\(day(a)) và \(day(b))"
            return "hai văn bản cùng số hiệu \(name)\(locality.map { ", \($0)" } ?? ""), \(dates): \(fileA) và \(fileB); trích dẫn ghi ngày của văn bản nào được tính cho văn bản đó, các trích dẫn khác cho văn bản thứ nhất — hãy bỏ bản sao hoặc sửa số hiệu"
        case .revisionWithoutAuthority(let citing, let claimed, let cited, let why):
            return "\(citing) ghi là \(claimed.label(l)) \(cited), nhưng \(why.text(l)); được hiểu là dẫn chiếu — hãy kiểm tra cơ quan nào ban hành văn bản \(claimed.label(l))"
        case .replacedBySeveral(let d, let by):
            return "\(d) bị thay thế toàn bộ bởi \(by.count) văn bản: \(by.joined(separator: " và ")); chỉ một văn bản có thể thay thế nó"
        case .replacedAfterRepeal(let d, let repealer, let since, let replacer):
            return "\(replacer) thay thế \(d), văn bản đã bị \(repealer) bãi bỏ từ ngày \(since.vietnamese); hãy kiểm tra \(replacer) muốn nói văn bản nào"
        case .repealedAfterReplacement(let d, let replacer, let since, let repealer):
            return "\(repealer) bãi bỏ \(d), văn bản đã được \(replacer) thay thế từ ngày \(since.vietnamese); hãy kiểm tra \(repealer) muốn nói văn bản nào"
        case .replaceEachOther(let a, let b):
            return "\(a) và \(b) đều ghi là thay thế văn bản kia"
        case .restsOnItsReplacement(let d, let relation, let by):
            return "\(d) \(relation.label(l)) \(by), trong khi \(by) ghi là thay thế \(d)"
        case .dateUnlikeHeader(let d, let own, let cited):
            return "\(d) có ngày \(own.vietnamese) theo chính văn bản nhưng được dẫn chiếu là ngày \(cited.vietnamese); có phải là ngày \(own.vietnamese)? Hãy sửa trích dẫn"
        case .severalDates(let d, let dates):
            let described = dates.map { "\($0.value.vietnamese) (\($0.count) lần, lần đầu tại \($0.first))" }.joined(separator: ", ")
            return "\(d) được dẫn chiếu với \(dates.count) ngày khác nhau: \(described); hãy tìm ngày đúng trong văn bản"
        case .issuerUnlikeHeader(let d, let own, let cited):
            return "\(d) do \(own) ban hành theo chính văn bản nhưng được dẫn chiếu là của \(cited)"
        case .severalIssuers(let d, let issuers):
            return "\(d) được dẫn chiếu với các cơ quan ban hành khác nhau: \(issuers.map { "\($0.value) (\($0.first))" }.joined(separator: ", "))"
        case .severalTerms(let d, let terms):
            return "\(d) được dẫn chiếu với các khóa \(terms.map { "khóa \($0)" }.joined(separator: " và "))"
        case .quyDinhAndQuyetDinh(let d, let a, let b):
            return "\(d) được dẫn chiếu là Quy định (\(a) lần) và là Quyết định (\(b) lần); hai loại dùng chung ký hiệu QĐ, hãy kiểm tra là loại nào"
        case .typeUnlikeHeader(let d, let own, let cited):
            return "\(d) là \(own) theo chính văn bản nhưng được dẫn chiếu là \(cited); hai loại dùng chung ký hiệu QĐ, hãy sửa trích dẫn"
        case .typeUnlikeCode(let d, let own, let cited):
            return "\(d) là \(own) theo chính văn bản và ký hiệu trong số hiệu nhưng được dẫn chiếu là \(cited); hãy sửa trích dẫn"
        case .planOverdue(let plan, let asOf):
            switch plan.action {
            case .revision(let relation, _):
                return "\(Self.vi(plan)) đã quá hạn tại ngày \(asOf.vietnamese): trong kho không có văn bản nào \(relation.label(l)) văn bản này"
            case .newDocument(_, let word):
                return "\(Self.vi(plan)) đã quá hạn tại ngày \(asOf.vietnamese): trong kho không có \(word) nào của cơ quan đó về nội dung đó"
            }
        case .planFulfilled(let plan, let by):
            return "\(Self.vi(plan)) đã hoàn thành bởi \(by)"
        case .planUnconfirmed(let plan, let asOf, let candidate, let doubt):
            let why = doubt?.text(l) ?? ""
            switch plan.action {
            case .revision(let relation, _):
                return "\(Self.vi(plan)) đang thực hiện tại ngày \(asOf.vietnamese): \(candidate) \(relation.label(l)) văn bản này nhưng chưa xác nhận được là văn bản dự kiến (\(why)); hãy kiểm tra"
            case .newDocument(_, let word):
                return "\(Self.vi(plan)) đang thực hiện tại ngày \(asOf.vietnamese): \(candidate) có thể là \(word) đó nhưng chưa xác nhận được (\(why)); hãy kiểm tra"
            }
        case .planPending(let plan):
            return "\(Self.vi(plan)) đang thực hiện"
        case .supersededCitation(let citing, let relation, let cited, let by, let repealed, let since, let instead):
            return "\(citing) \(relation.label(l)) \(cited), văn bản đã bị \(by) \(repealed ? "bãi bỏ" : "thay thế")\(since.map { " từ ngày \($0.vietnamese)" } ?? "")\(instead.map { " — hãy dẫn chiếu \($0)" } ?? "")"
        case .supersededUndated(let citing, let relation, let cited, let by, let repealed):
            return "\(citing) \(relation.label(l)) \(cited), văn bản đã bị \(by) \(repealed ? "bãi bỏ" : "thay thế"); chưa rõ ngày của \(by) nên không biết \(cited) còn hiệu lực khi được dẫn chiếu hay không: hãy kiểm tra ngày của \(by)"
        case .expiredCitation(let citing, let relation, let cited, let until):
            return "\(citing) \(relation.label(l)) \(cited), văn bản theo thời hạn của chính nó chỉ có hiệu lực đến hết ngày \(until.vietnamese); hãy dẫn chiếu văn bản đang có hiệu lực, hoặc văn bản đã gia hạn"
        case .citesLater(let citing, let citingDate, let relation, let cited, let citedDate):
            return "\(citing) (\(citingDate.vietnamese)) \(relation.label(l)) \(cited), văn bản có ngày muộn hơn (\(citedDate.vietnamese)); hãy kiểm tra số hiệu hoặc ngày"
        case .unmetObligation(let d, let actor, let types, let alongside):
            let hint = alongside.isEmpty ? "" : "; \(alongside.joined(separator: ", ")), được dẫn chiếu cùng chỗ, có thể là văn bản đó"
            return "\(d) giao \(actor) ban hành \(types.joined(separator: ", ")); trong kho chưa có văn bản nào như vậy thực hiện văn bản này\(hint)"
        case .draftUnlikeHeader(let name, let header, let field):
            let said: String
            switch field {
            case .date(let o, let c): said = "với ngày \(c.vietnamese), nhưng chính văn bản (\(header)) ghi ngày \(o.vietnamese)"
            case .issuer(let o, let c): said = "là của \(c), nhưng chính văn bản (\(header)) do \(o) ban hành"
            case .term(let o, let c): said = "với khóa \(c), nhưng chính văn bản (\(header)) thuộc khóa \(o)"
            case .typeWord(let o, let c): said = "là \(c), nhưng chính văn bản (\(header)) là \(o)"
            }
            return "dự thảo dẫn chiếu \(name) \(said); hãy sửa trích dẫn"
        case .draftMentionsSuperseded(let cited, let by, let repealed, let since, let instead):
            return "dự thảo nhắc đến \(cited), văn bản đã bị \(by) \(repealed ? "bãi bỏ" : "thay thế")\(since.map { " từ ngày \($0.vietnamese)" } ?? "")\(instead.map { " — hãy dẫn chiếu \($0)" } ?? "")"
        case .draftCitesLater(let own, let relation, let cited, let citedDate):
            return "dự thảo (\(own.vietnamese)) \(relation.label(l)) \(cited), văn bản có ngày muộn hơn (\(citedDate.vietnamese)); hãy kiểm tra số hiệu, ngày, hoặc ngày của chính dự thảo"
        case .draftDeadlineBeforeDate(let text, let due, let own):
            return "thời hạn ‘\(text)’ (\(due.vietnamese)) trước ngày của chính dự thảo (\(own.vietnamese)); hãy đặt thời hạn sau ngày ban hành kế hoạch"
        case .text(let s):
            return s
        }
    }

    /// At most `limit` names, then `…`.
    private static func list(_ names: [String], _ limit: Int) -> String {
        names.prefix(limit).joined(separator: ", ") + (names.count > limit ? ", …" : "")
    }

    /// `planned amendment of 253-QĐ/TW by 256-KH/TU (due 2026-04-30, lead unit …)`.
    private static func en(_ plan: Plan) -> String {
        let who = plan.leadUnit.map { ", lead unit \($0)" } ?? ""
        let due = plan.deadline.map { d in d.date.map { "due \($0)" } ?? d.text } ?? "no deadline"
        switch plan.action {
        case .revision(let relation, let target): return "planned \(noun(relation)) of \(target) by \(plan.planner) (\(due)\(who))"
        case .newDocument(let text, let word): return "‘\(text.clipped(to: FindingMessage.Plan.shownLength))’ (a new \(word)) announced by \(plan.planner) (\(due)\(who))"
        }
    }

    /// `việc sửa đổi, bổ sung 253-QĐ/TW theo dự kiến của 256-KH/TU (hạn 30/04/2026, đơn vị chủ trì …)`.
    private static func vi(_ plan: Plan) -> String {
        let who = plan.leadUnit.map { ", đơn vị chủ trì \($0)" } ?? ""
        let due = plan.deadline.map { d in d.date.map { "hạn \($0.vietnamese)" } ?? d.text } ?? "không có thời hạn"
        switch plan.action {
        case .revision(let relation, let target): return "việc \(relation.label(.vi)) \(target) theo dự kiến của \(plan.planner) (\(due)\(who))"
        case .newDocument(let text, let word): return "‘\(text.clipped(to: FindingMessage.Plan.shownLength))’ (\(word) mới) do \(plan.planner) dự kiến ban hành (\(due)\(who))"
        }
    }

    private static func noun(_ r: Relation) -> String {
        switch r {
        case .amends: return "amendment"
        case .replaces: return "replacement"
        case .repeals: return "repeal"
        case .reviews: return "review"
        case .guides: return "guidance"
        case .implements, .continues, .basedOn, .attachedTo, .respondsTo, .references: return r.rawValue
        }
    }

    private static func verb(_ r: Relation) -> String {
        switch r {
        case .amends: return "amends"
        case .replaces: return "replaces"
        case .repeals: return "repeals"
        case .reviews: return "reviews"
        case .guides: return "guides"
        case .implements, .continues, .basedOn, .attachedTo, .respondsTo, .references: return r.rawValue
        }
    }
}

extension AuthorityObjection {
    /// Why the body cannot revise the document, in `language`.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return description
        case (.localRevisesCentral(let level), .vi): return "cơ quan cấp \(level.label(.vi)) không thể sửa đổi văn bản của Trung ương"
        case (.commissionRevisesCommittee, .vi): return "cơ quan tham mưu của cấp ủy không thể sửa đổi văn bản của chính cấp ủy đó"
        }
    }
}

extension IssuerLevel {
    /// `Trung ương`, `tỉnh`, `thành phố`: the level an issuer code or name shows.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.central, .vi): return "Trung ương"
        case (.province, .vi): return "tỉnh"
        case (.city, .vi): return "thành phố, huyện"
        case (.unknown, .vi): return "chưa rõ"
        case (.central, .en): return "central"
        case (.province, .en): return "province"
        case (.city, .en): return "city or district"
        case (.unknown, .en): return "unknown"
        }
    }
}

extension Fulfilment.Doubt {
    /// Why a candidate cannot be confirmed, in `language` (English: ``reason``).
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return reason
        case (.undated, .vi): return "văn bản không có ngày"
        case (.planUndated, .vi): return "kế hoạch không có ngày"
        case (.sameDay, .vi): return "văn bản cùng ngày với kế hoạch"
        case (.issuerUnknown, .vi): return "chưa rõ cơ quan ban hành văn bản"
        case (.planIssuerUnknown, .vi): return "kế hoạch không nêu cơ quan ban hành hay đơn vị chủ trì"
        }
    }
}

extension Finding {
    /// The finding's sentence in English: JSON's `message`, baselines and logs. Stable: it
    /// changes only when docgraph's wording does, never with the reader's language.
    public var message: String { sentence.text(.en) }

    /// The finding's sentence in `language`, for people (text output, SARIF, the site).
    public func text(_ language: Language) -> String { sentence.text(language) }

    /// `file:line:col: warning: [metadata-conflict] message`, as compilers and swift-format
    /// print; the severity word stays English so editors can parse the line.
    public func line(_ language: Language) -> String {
        "\(location?.description ?? "<corpus>"): \(severity.rawValue): [\(rule.rawValue)] \(text(language))"
    }

    /// The line in English.
    public var description: String { line(.en) }
}
