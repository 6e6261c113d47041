import DocGraph
import Testing

/// Words whose space a converter or a web page lost, as real documents of the evaluation set
/// have them (Long An 14/2014 `tạiTờ trình`, Bắc Giang 641/2013 `VỀVIỆC BÃI BỎ`, Ninh Thuận
/// 55/2007 `BANHÀNH`, HĐND Quận 2 12/2007 `VỀBỔ SUNG … đoạn đầuĐiều 1`, Bạc Liêu 02/2013 `Nhà
/// nướcngày`), each with its relatives: all capitals, a capital after a small letter, all small,
/// three words together.
@Suite("Glued words")
struct GluedWordsTests {
    @Test("a run of letters that is several syllables is read as several words", arguments: [
        ("VỀVIỆC BÃI BỎ", "ve viec bai bo"),
        ("VỀBỔ SUNG", "ve bo sung"),
        ("Căn cứQuyết định", "can cu quyet dinh"),
        ("Quyết định này thaythế", "quyet dinh nay thay the"),
        ("BANHÀNH KẾ HOẠCH", "ban hanh ke hoach"),
        ("Banhành kèm theo", "ban hanh kem theo"),
        ("tạiTờ trình", "tai to trinh"),
        ("đoạn đầuĐiều 1", "doan dau dieu 1"),
        ("Ủy bannhân dân", "uy ban nhan dan"),
        ("Nhà nướcngày 16", "nha nuoc ngay 16"),
        ("thông quanội dung", "thong qua noi dung"),
        ("Ủybannhândân", "uy ban nhan dan"),
        ("CHÍNHPHỦ", "chinh phu"),
    ])
    func glued(text: String, folded: String) {
        #expect(String(decoding: FoldedText(text).bytes, as: UTF8.self) == folded)
        #expect(text.folded == folded)
    }

    @Test("one word stays whole: syllables, acronyms and foreign words in plain letters, place names", arguments: [
        "nghiêng", "khuyến khích", "Nguyễn", "quyết", "giữa", "ASEAN", "OCOP", "online", "Pleiku",
        "Đắk Lắk", "Đăklăk", "Krông Pắc", "HĐND", "TWĐTN", "QĐ-UBND", "BCĐCTUVCTXDNTM",
    ])
    func whole(text: String) {
        #expect(String(decoding: FoldedText(text).bytes, as: UTF8.self) == text.folded)
        #expect(!text.folded.contains(" ") || text.contains(" "))
    }

    @Test("positions stay right after a space found: lines, columns and quoted text")
    func positions() throws {
        let f = FoldedText("Căn cứQuyết định số 45/QĐ-UBND;\nVỀVIỆC BÃI BỎ\nthaythế Quyết định số 46/QĐ-UBND")
        #expect(f.lineCount == 3)
        #expect(f.foldedLine(1) == "ve viec bai bo")
        let start = try #require(String(decoding: f.bytes, as: UTF8.self).range(of: "thay the")).lowerBound.utf16Offset(in: String(decoding: f.bytes, as: UTF8.self))
        #expect(f.position(ofFolded: start) == (line: 3, column: 1))
        #expect(f.originalText(start..<(start + 8)) == "thaythế")
        #expect(f.origin.count == f.bytes.count + 1)
    }

    @Test("relations behind glued triggers are read as they are written with spaces")
    func relations() throws {
        let text = """
        ỦY BAN NHÂN DÂN TỈNH AN GIANG
        Số: 12/QĐ-UBND
        An Giang, ngày 5 tháng 3 năm 2020
        QUYẾT ĐỊNH
        Về việc ban hành Quy chế
        Căn cứQuyết định số 45/QĐ-UBND ngày 2/3/2019 của UBND tỉnh;
        Quyết định này thaythế Quyết định số 46/QĐ-UBND ngày 2/3/2019 của UBND tỉnh.
        Bãi bỏQuyết định số 47/QĐ-UBND ngày 2/3/2019.
        Để thực hiệnNghị quyết số 28-NQ/TW ngày 1/1/2019.
        """
        let relations = Dictionary(Fixtures.extract(text).citations.filter { !$0.isSelfReference }.map { ($0.id.description, $0.relation) },
                                   uniquingKeysWith: { a, _ in a })
        #expect(relations["45/QĐ-UBND"] == .basedOn)
        #expect(relations["46/QĐ-UBND"] == .replaces)
        #expect(relations["47/QĐ-UBND"] == .repeals)
        #expect(relations["28-NQ/TW"] == .implements)
    }

    /// Review of the session's rules: the Central Police Party Committee numbers `118-KH/ĐUCA` (real).
    @Test("a code after `/`, `-` or a digit is no glued word", arguments: [
        ("Kế hoạch số 118-KH/ĐUCA, ngày 25/5/2022 của Đảng ủy Công an Trung ương", "118-KH/ĐUCA"),
        ("Hướng dẫn số 20-HD/TƯĐOÀN ngày 01/02/2021", "20-HD/TƯĐOÀN"),
    ])
    func codes(text: String, id: String) {
        #expect(Fixtures.extract(text).citations.first?.id.description == id)
    }
}
