@testable import DocGraph
import Testing

/// Laws named in lower case, where only the closed list of laws says where the name ends (`LawSubjects`), and the
/// words around a law's or a resolution's name that are no verb of the citing text.
@Suite("Laws named in lower case")
struct LawSubjectTests {
    private func cited(_ text: String) -> [Citation] {
        Fixtures.extract(text).citations.filter { !$0.isSelfReference }
    }

    @Test("a known subject after `Luật` or `luật` ends the name where the words do not (real: An Giang 2020, Hòa Bình 2017, Hà Nội's Trung Hà 2021)", arguments: [
        ("Hướng dẫn, tuyên truyền, phổ biến Luật Doanh nghiệp, Luật hợp tác xã cho các doanh nghiệp trên địa bàn tỉnh.",
         ["Luật Doanh nghiệp", "Luật hợp tác xã"]),
        ("Thực hiện Luật tổ chức chính quyền địa phương và chương trình hoạt động toàn khóa của HĐND xã.",
         ["Luật tổ chức chính quyền địa phương"]),
        ("Hội nghị tổng kết 10 năm thi hành luật bình đẳng giới, triển khai nhiệm vụ năm 2017.", ["Luật bình đẳng giới"]),
        ("Tuyên truyền luật phòng, chống tham nhũng năm 2018 đến cán bộ.", ["Luật phòng, chống tham nhũng năm 2018"]),
    ])
    func knownSubjects(text: String, names: [String]) {
        #expect(cited(text).filter { $0.id.form == .named }.map(\.id.description) == names)
    }

    @Test("`pháp luật`, `kỷ luật`, a lower-case law of one word, and words that are no law's subject name nothing", arguments: [
        "Tăng cường tuyên truyền pháp luật đất đai cho nhân dân.",
        "Xử lý kỷ luật cán bộ vi phạm.",
        "Người dân chấp hành luật giao thông khi tham gia giao thông.",
        "Tuyên truyền luật dược cho các nhà thuốc.",
    ])
    func noLaw(text: String) {
        #expect(!cited(text).contains { $0.id.description.hasPrefix("Luật") })
    }

    @Test("`theo` after a place says which places a document arranged: no ground of the citing text (real: Huế 33/2025/NQ-HĐND)")
    func placesArrangedBy() {
        let cs = cited("Áp dụng trên địa bàn các xã, thị trấn theo Nghị quyết số 1314/NQ-UBTVQH15 về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã.")
        #expect(cs.map(\.relation) == [.references])
        // A verb before `theo` keeps its reading.
        #expect(cited("Triển khai theo Nghị quyết số 1314/NQ-UBTVQH15.").map(\.relation) == [.basedOn])
    }

    @Test("an amending law whose letters a PDF lost is still the amending law: what it names is not amended by the text (real: Bộ Công an 52/2015/TT-BCA)")
    func damagedAmendingLaw() {
        let cs = cited("Căn cứ Luật sửa đi, bổ sung một s điều ca Luật thi đua, khen thưởng năm 2013;")
        #expect(!cs.contains { $0.relation.isRevision })
        let b = Array("luat sua di, bo sung".utf8)
        #expect(CitationScanner.damagedAmendingVerb(b, before: b.count - "bo sung".utf8.count) == 5)
        let plain = Array("dong thoi bo sung".utf8)
        #expect(CitationScanner.damagedAmendingVerb(plain, before: plain.count - "bo sung".utf8.count) == nil)
    }
}
