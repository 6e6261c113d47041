import Testing
@testable import DocGraph

/// A revision verb denied by `không`/`chưa` before it (with `làm`, `bị`, `được` between) revises nothing: red team,
/// round 22 (`repro/r2-negated-revision-enacted`), where a partial repeal's `Việc bãi bỏ tại Điều này không làm hết hiệu
/// lực các nội dung khác của Quyết định số …` was read as repealing the whole decision, and a review's `… chưa được thay
/// thế` as the review replacing it: every later citation became a false error.
@Suite("Denied revisions")
struct NegatedRevisionTests {
    private func relation(_ clause: String) throws -> Relation {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 40/2025/QĐ-UBND\nHưng Yên, ngày 15 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\nVề việc quản lý\n\nQUYẾT ĐỊNH:\nĐiều 1. \(clause)\n"
        let cited = DocumentExtractor.extract(text: text, file: "a.txt").citations.filter { !$0.isSelfReference }
        return try #require(cited.last { $0.id.description == "18/2021/QĐ-UBND" }).relation
    }

    @Test("denied before the document or after it, the document is only named", arguments: [
        "Không bãi bỏ Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh.",
        "Chưa bãi bỏ Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh.",
        "Quyết định này không thay thế Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh.",
        "Bãi bỏ khoản 3 Điều 5 của Quy định. Việc bãi bỏ tại Điều này không làm hết hiệu lực các nội dung khác của Quyết định số 18/2021/QĐ-UBND.",
        "Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh chưa hết hiệu lực.",
        "Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh không hết hiệu lực.",
        "Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh chưa bị bãi bỏ.",
        "Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh Thái Bình chưa được thay thế.",
    ])
    func denied(clause: String) throws {
        #expect(try relation(clause) == .references)
    }

    @Test("the same verbs undenied revise, and `không` inside a body's name denies nothing", arguments: [
        ("Bãi bỏ Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh.", Relation.repeals),
        ("Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của Cục Hàng không Việt Nam hết hiệu lực kể từ ngày 01/01/2026.", .repeals),
        ("Thay thế Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh; việc thay thế không làm thay đổi quyền lợi.", .replaces),
        ("Quyết định số 18/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh hết hiệu lực kể từ ngày 01/01/2026.", .repeals),
    ])
    func undenied(clause: String, expected: Relation) throws {
        #expect(try relation(clause) == expected)
    }

    @Test("a denial reaches back over auxiliaries only, and not over a clause's end")
    func denialReach() {
        func denied(_ text: String, at phrase: String) -> Bool {
            let b = Array(text.utf8)
            let start = text.utf8.count - (text.ranges(of: phrase).last.map { text[$0.lowerBound...].utf8.count } ?? 0)
            return RelationPhrases.isNegated(b, phraseAt: start, from: 0)
        }
        #expect(denied("viec bai bo khong lam het hieu luc", at: "het hieu luc"))
        #expect(!denied("viec bai bo khong lam het hieu luc", at: "bai bo"))
        #expect(denied("bai bo chua duoc thay the", at: "thay the"))
        #expect(!denied("hay khong. bai bo", at: "bai bo"))
        #expect(!denied("cuc hang khong viet nam; thay the", at: "thay the"))
    }
}
