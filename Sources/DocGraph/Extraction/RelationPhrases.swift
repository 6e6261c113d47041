/// The words around a citation that say how the citing document stands to it (DESIGN.md §2).
enum RelationPhrases {
    /// Phrases before a citation, folded. At each position the longest phrase wins; among
    /// positions, the one nearest the citation.
    static let before: [(phrase: String, relation: Relation)] = [
        ("tiep tuc trien khai thuc hien", .continues), ("tiep tuc thuc hien", .continues), ("tiep tuc trien khai", .continues),
        ("trien khai thuc hien", .implements), ("de thuc hien", .implements), ("thuc hien", .implements),
        ("cu the hoa", .implements), ("trien khai", .implements), ("quan triet", .implements),
        ("can cu", .basedOn), ("tren co so", .basedOn), ("theo", .basedOn),
        ("sua doi, bo sung", .amends), ("sua doi bo sung", .amends), ("sua doi", .amends), ("bo sung", .amends),
        ("dieu chinh mot so noi dung trong", .amends), ("dieu chinh mot so noi dung cua", .amends), ("dieu chinh", .amends),
        ("thay the", .replaces), ("bai bo", .repeals), ("huy bo", .repeals), ("het hieu luc", .repeals),
        ("huong dan thuc hien", .guides), ("huong dan thi hanh", .guides), ("huong dan viec thuc hien", .guides),
        ("so ket", .reviews), ("tong ket", .reviews), ("danh gia ket qua thuc hien", .reviews),
        ("danh gia viec thuc hien", .reviews), ("danh gia", .reviews),
        ("ban hanh kem theo", .attachedTo), ("kem theo", .attachedTo),
        ("xem xet", .respondsTo), ("xet de nghi", .respondsTo), ("theo de nghi", .respondsTo),
        ("gan voi", .references), ("dong bo voi", .references), ("gan ket voi", .references),
        // Conformity and compliance name a yardstick, not something this document implements
        // or revises: `sửa đổi … phù hợp với Quyết định số 253`, `thực hiện nghiêm Điều lệ Đảng`.
        ("phu hop voi", .references), ("theo dung", .references), ("dung voi", .references),
        ("thuc hien nghiem", .references), ("thuc hien nghiem tuc", .implements), ("trien khai thuc hien nghiem tuc", .implements), ("chap hanh nghiem", .references), ("thuc hien dung", .references),
        ("chap hanh", .references), ("tuan thu", .references), ("tinh than", .references),
    ].sorted { $0.phrase.count > $1.phrase.count }

    /// Phrases after a list of citations that apply to all of them
    /// (`Nghị định số … và Nghị định số … hết hiệu lực kể từ ngày …`).
    static let after: [(phrase: String, relation: Relation)] = [
        ("het hieu luc", .repeals), ("bi bai bo", .repeals), ("bi thay the", .replaces), ("duoc thay the", .replaces),
        ("bi huy bo", .repeals),
    ]

    /// Words that make an action a plan rather than a deed when they lead the clause.
    static let planning = ["nghien cuu", "de xuat", "du kien", "tham muu", "se ", "xay dung", "trinh ", "chuan bi"]

    /// The longest gap, in folded bytes, between a revision verb and the citation it governs:
    /// `Sửa đổi, bổ sung Điều 5, Điều 7 và khoản 2 Điều 9 của Quy định số …` fits; a verb further
    /// away governs something else (`mức sinh thay thế … được duy trì theo Nghị quyết …`).
    static let revisionReach = 80

    /// Words that may join citations of one list.
    static let connectors = ["va", "cung", "hoac", "voi", "so"]
}
