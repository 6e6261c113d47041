/// What a state decision issues or approves, read from its title: `Quyết định ban hành Quy chế quản lý kiến trúc đô
/// thị Huế` issues a Quy chế, `Quyết định phê duyệt Đề án phát triển du lịch biển …` approves a Đề án.
///
/// A state regulation, statute, scheme or programme has no number of its own: it is attached to the decision that
/// issues it (`Ban hành kèm theo Quyết định này Quy chế …`). So a task announcing the Quy chế is done by that
/// decision (red team 38 c7, 43 c2), and a task announcing a Quy định is not done by a decision that issues none
/// (43 c3: `Quyết định về việc gia hạn thời gian thực hiện Chương trình …` shares only the code `QĐ` with it).
struct IssuedInstrument: Hashable, Sendable {
    /// The issued document's type code (`QC`, `ĐA`, `QĐ` for a Quy định).
    var typeCode: String

    /// The kinds a decision issues under its own number; a decision "issuing" a report or a notice is no such title.
    private static let issuedKinds: [(folded: String, code: String)] = TypeCodes.words.filter {
        ["quy che", "quy dinh", "de an", "chuong trinh hanh dong", "chuong trinh", "ke hoach", "huong dan"].contains($0.folded)
    }

    /// The instrument a decision's title issues or approves, nil for any other title.
    static func read(title: String) -> IssuedInstrument? {
        let f = FoldedText(title)
        var r = ByteReader(f.bytes)
        func skip(_ phrases: [String]) -> Bool {
            r.skipSpaces()
            guard let e = phrases.lazy.compactMap({ r.phraseEnd($0, at: r.position) }).first else { return false }
            r.position = e
            r.skipSpaces()
            return true
        }
        _ = skip(["quyet dinh"])
        _ = skip(["ve viec", "v/v"])
        guard skip(["ban hanh", "phe duyet"]) else { return nil }
        _ = skip(["kem theo"])
        guard let kind = issuedKinds.first(where: { r.phraseEnd($0.folded, at: r.position) != nil }) else { return nil }
        return IssuedInstrument(typeCode: kind.code)
    }

    /// Whether a task announcing a document of type word `announced` (`Quy định`) may be done by a document of type
    /// word `word` (`Quyết định`) and title `title`: not a decision that issues another instrument (`… ban hành Quy chế
    /// …`) or whose act is another (`Về việc gia hạn thời gian thực hiện Chương trình …`, 43 c3; `thành lập`, `phê
    /// duyệt`, `giao`), when a Quy định is announced. Both type words share the code `QĐ`; a decision that rules on its
    /// subject (`Về phân cấp quản lý nhà nước về an toàn thực phẩm`, reviewer, session 30; `… ban hành Bảng giá đất …`,
    /// red team 16) may be it.
    static func mayStand(for announced: String, word: String?, title: String?) -> Bool {
        guard announced.folded == "quy dinh" else { return true }
        return mayStandForRegulation(word: word, title: title, issued: title.flatMap { read(title: $0) })
    }

    /// Whether an announced document is a Quy định (`QĐ`, which a state decision's code shares).
    static func isRegulation(_ announced: AnnouncedDocument) -> Bool {
        announced.typeCode == "QĐ" && announced.typeWord.folded == "quy dinh"
    }

    /// ``mayStand(for:word:title:)`` for an announced Quy định, with the instrument the title issues read already.
    static func mayStandForRegulation(word: String?, title: String?, issued: IssuedInstrument?) -> Bool {
        guard let word, let title, word.folded == "quyet dinh" else { return true }
        if let issued { return issued.typeCode == "QĐ" }
        let f = FoldedText(title)
        var r = ByteReader(f.bytes)
        for opening in ["quyet dinh", "ve viec", "v/v"] {
            r.skipSpaces()
            if let e = r.phraseEnd(opening, at: r.position) { r.position = e }
        }
        r.skipSpaces()
        return !otherActs.contains { r.phraseEnd($0, at: r.position) != nil }
    }

    /// What a decision does when it issues no rule, folded: extending, adjusting, founding, approving, assigning.
    private static let otherActs = ["gia han", "keo dai", "dieu chinh", "thanh lap", "kien toan", "phe duyet", "giao", "cong nhan",
                                    "bo nhiem", "khen thuong", "phan bo", "thu hoi", "huy bo", "cu ", "chi dinh"]
}
