/// The words around a citation that say how the citing document stands to it (DESIGN.md §2).
enum RelationPhrases {
    /// Phrases before a citation, folded. At each position the longest phrase wins; among
    /// positions, the one nearest the citation.
    static let before: [(phrase: String, relation: Relation)] = [
        ("tiep tuc trien khai thuc hien", .continues), ("tiep tuc thuc hien", .continues), ("tiep tuc trien khai", .continues),
        ("trien khai thuc hien", .implements), ("de thuc hien", .implements), ("thuc hien", .implements),
        ("cu the hoa", .implements), ("trien khai", .implements), ("quan triet", .implements),
        // `bám sát Hướng dẫn số 13-HD/BTGHU`: following a plan or guidance closely carries it out.
        ("bam sat", .implements), ("tiep tuc bam sat", .continues),
        ("can cu", .basedOn), ("tren co so", .basedOn), ("theo", .basedOn),
        ("sua doi, bo sung", .amends), ("sua doi bo sung", .amends), ("sua doi", .amends), ("bo sung", .amends),
        ("dieu chinh mot so noi dung trong", .amends), ("dieu chinh mot so noi dung cua", .amends), ("dieu chinh", .amends),
        ("thay the", .replaces), ("bai bo", .repeals), ("huy bo", .repeals), ("het hieu luc", .repeals),
        // `Thu hồi Quyết định số 2093/2005/QĐ.UBND` (real: Vĩnh Long 18/2009/QĐ-UBND) revokes it; only right
        // before the document (`thu hồi đất theo Quyết định số …` recovers land).
        ("thu hoi", .repeals),
        // `Về việc đính chính Nghị quyết số 19/2015/NQ-HĐND` (real: Quảng Trị 202/HĐND-KTNS, 2015): a correction
        // changes the text it corrects.
        ("dinh chinh", .amends),
        ("huong dan thuc hien", .guides), ("huong dan thi hanh", .guides), ("huong dan viec thuc hien", .guides),
        // `Thông tư … hướng dẫn Nghị định số 46/2013/NĐ-CP`, `Nghị định … quy định chi tiết … Luật`;
        // but `theo hướng dẫn của Bộ … tại Công văn số …` follows the guidance.
        ("huong dan", .guides), ("quy dinh chi tiet", .guides), ("huong dan chi tiet", .guides), ("theo huong dan", .basedOn),
        ("so ket", .reviews), ("tong ket", .reviews), ("danh gia ket qua thuc hien", .reviews),
        ("danh gia viec thuc hien", .reviews), ("danh gia", .reviews),
        // `báo cáo kiểm điểm kết quả thực hiện Nghị quyết Đại hội …`: a congress reviews the last one.
        ("kiem diem ket qua thuc hien", .reviews), ("kiem diem viec thuc hien", .reviews),
        ("ban hanh kem theo", .attachedTo), ("kem theo", .attachedTo),
        // `Xét Tờ trình số 60/TTr-HĐND …`, `Xét Báo cáo thẩm tra số …` (a council's preamble),
        // as `Xét đề nghị của Giám đốc Sở … tại Tờ trình số …`.
        ("xem xet", .respondsTo), ("xet de nghi", .respondsTo), ("theo de nghi", .respondsTo), ("xet", .respondsTo),
        // `Đại hội đã nghe … trình bày báo cáo chính trị, báo cáo kiểm điểm …`: a congress or conference
        // considers the reports presented to it.
        ("da nghe", .respondsTo), ("trinh bay", .respondsTo),
        // `Điều 1. Thống nhất thông qua (nội dung) Tờ trình số 41/TTr-UBND …` (a council's resolution).
        ("thong nhat thong qua", .respondsTo),
        ("gan voi", .references), ("dong bo voi", .references), ("gan ket voi", .references),
        // Conformity and compliance name a yardstick, not something this document implements
        // or revises: `sửa đổi … phù hợp với Quyết định số 253`, `thực hiện nghiêm Điều lệ Đảng`.
        ("phu hop voi", .references), ("theo dung", .references), ("dung voi", .references),
        ("thuc hien nghiem", .references), ("thuc hien nghiem tuc", .implements), ("trien khai thuc hien nghiem tuc", .implements), ("chap hanh nghiem", .references), ("thuc hien dung", .references),
        ("chap hanh", .references), ("tuan thu", .references), ("tinh than", .references),
        // `các tiêu chuẩn khác thực hiện theo Quy định số 1913-QĐ/TU`, `được thực hiện theo quy định
        // tại Luật …`, `áp dụng theo Quyết định số …`: a rule that applies another's, compliance.
        ("thuc hien theo", .references), ("ap dung theo", .references),
        // `(Ban hành theo Quyết định số 63/2006/QĐ-UBND …)` opening its line is an attachment's caption, as `Ban hành
        // kèm theo` (real: Bình Thuận 63/2006); in a sentence (`các văn bản của địa phương ban hành theo Thông tư số
        // 12/2019/TT-BNNPTNT`, red team, round 9) it names documents issued under it: this text does not rest on it.
        ("ban hanh theo", .attachedTo),
        // `vận hành Hệ thống đánh giá hài lòng theo quy định tại Nghị định số 61/2018/NĐ-CP`: what a
        // document lays down is applied, not reviewed or carried out.
        ("theo quy dinh tai", .references), ("quy dinh tai", .references),
        // `Áp dụng trên địa bàn các xã, thị trấn theo Nghị quyết số 1314/NQ-UBTVQH15 về việc sắp xếp …` (evaluation 430, twelve
        // cells of an amended table): `theo` after a place says which places the document arranged, no ground of this text.
        ("xa theo", .references), ("phuong theo", .references), ("thi tran theo", .references), ("don vi hanh chinh theo", .references),
    ].sorted { $0.phrase.count > $1.phrase.count }

    /// `before` by first byte, for the scan of every word start (see `PhraseIndex`).
    static let beforeIndex = PhraseIndex(before.map { (phrase: $0.phrase, value: $0.relation) })

    /// Phrases after a list of citations that apply to all of them
    /// (`Nghị định số … và Nghị định số … hết hiệu lực kể từ ngày …`).
    static let after: [(phrase: String, relation: Relation)] = [
        ("het hieu luc", .repeals), ("bi bai bo", .repeals), ("bi thay the", .replaces), ("duoc thay the", .replaces),
        ("bi huy bo", .repeals),
    ]

    /// `after` by first byte.
    static let afterIndex = PhraseIndex(after.map { (phrase: $0.phrase, value: $0.relation) })

    /// Words that make an action a plan rather than a deed when they lead the clause.
    static let planning = ["nghien cuu", "de xuat", "du kien", "tham muu", "se ", "xay dung", "trinh ", "chuan bi"]

    /// The longest gap, in folded bytes, between a revision verb and the citation it governs:
    /// `Sửa đổi, bổ sung Điều 5, Điều 7 và khoản 2 Điều 9 của Quy định số …` fits; a verb further
    /// away governs something else (`mức sinh thay thế … được duy trì theo Nghị quyết …`).
    static let revisionReach = 80

    /// Verbs that open a preamble or operative clause at the start of a line. `Trên cơ sở`, `Triển khai`, `Để cụ thể
    /// hóa` open one as `Căn cứ` and `Thực hiện` do (red team, round 19: under a scheme's title `xây dựng thành phố …`,
    /// `Trên cơ sở Kế hoạch số 52-KH/TU …` was read as a basis still to be built).
    static let clauseOpeners = ["can cu", "thuc hien", "xet", "theo de nghi", "tiep tuc thuc hien", "trien khai", "tren co so",
                                "cu the hoa", "de cu the hoa", "de thuc hien", "de trien khai", "quan triet"]

    /// Whether the line starting at `i` opens with one of `clauseOpeners`, capitalised: such a
    /// line starts a clause even without a blank line before it (headers collapse onto
    /// preambles), while a wrapped line that goes on `… thực hiện thanh tra …` does not.
    static func opensClause(_ s: TextSegment, at i: Int, end: Int) -> Bool {
        var r = ByteReader(s.bytes, from: i, end: end)
        r.skipSpaces()
        guard clauseOpeners.contains(where: { r.phraseEnd($0, at: r.position) != nil }) else { return false }
        return s.startsUpperCase(at: r.position)
    }

    /// Parts of a document: replacing or repealing one of them amends the document (`thay thế Phụ
    /// lục III`, `bãi bỏ khoản 2 Điều 5`). `một số` only with a part after it: `bãi bỏ một số văn
    /// bản …` repeals whole documents.
    static let documentParts = ["phu luc", "dieu", "khoan", "diem", "muc", "chuong", "bieu mau", "mau", "danh muc",
                                "mot so dieu", "mot so khoan", "mot so diem", "mot so noi dung", "mot so quy dinh",
                                "noi dung", "cum tu", "tu ngu",
                                // `Thay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo Nghị quyết số …` (evaluation 430).
                                "mot so tu", "mot so cum tu", "cac cum tu", "cac tu ngu",
                                // `Bãi bỏ một phần Quyết định số 12/2022/QĐ-UBND …: bãi bỏ khoản 3 Điều 5` (red team, round 20).
                                "mot phan"]

    /// Whether the revision phrase starting at `start` is denied by the words right before it, within its clause:
    /// `không làm hết hiệu lực`, `Không bãi bỏ`, `chưa bãi bỏ`, `không thay thế`, `chưa hết hiệu lực`, `chưa bị bãi
    /// bỏ`, `chưa được thay thế`, `không còn bị …` (red team, round 22: a partial repeal's `Việc bãi bỏ tại Điều này không
    /// làm hết hiệu lực các nội dung khác của Quyết định số …` was read as repealing the decision, and every later
    /// citation of it as a false error). `lower` bounds the look back. The phrase's own `bị`/`được` (`bi bai bo`) counts
    /// as the auxiliaries before a bare verb do.
    static func isNegated(_ b: [UInt8], phraseAt start: Int, from lower: Int) -> Bool {
        var k = start
        // An auxiliary or two between the negation and the verb: `không làm`, `chưa được`, `chưa bị`, `không còn`.
        for _ in 0..<3 {
            guard let (word, wordStart) = wordBefore(b, k, from: lower) else { return false }
            if negations.contains(word) { return true }
            guard auxiliaries.contains(word) else { return false }
            k = wordStart
        }
        return false
    }

    private static let negations: Set<String> = ["khong", "chua", "chang"]
    private static let auxiliaries: Set<String> = ["lam", "bi", "duoc", "con", "can", "phai", "the", "da"]

    /// The word ending right before `end` (spaces between, no punctuation), folded, and where it starts.
    static func wordBefore(_ b: [UInt8], _ end: Int, from lower: Int) -> (String, Int)? {
        var e = end
        while e > lower, b[e - 1] == 0x20 || b[e - 1] == 0x0A || b[e - 1] == 0x0D { e -= 1 }
        var s = e
        while s > lower, ByteReader.isLetter(b[s - 1]) { s -= 1 }
        guard s < e else { return nil }
        return (String(decoding: b[s..<e], as: UTF8.self), s)
    }

    /// Words that may join citations of one list.
    static let connectors = ["va", "cung", "hoac", "voi", "so"]
}
