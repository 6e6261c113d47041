import DocGraph
import Foundation

/// The corpus shape that made `overdue-plan` and `unmet-obligation` quadratic (issue #12): every
/// document is dense with announced tasks (`Ban hành Quy định của Ban Bí thư về …` with a deadline),
/// carries a long task table, assigns obligations in `Tổ chức thực hiện` (`Các tỉnh ủy, thành ủy …
/// xây dựng kế hoạch thực hiện`), and one in ten has a paragraph that is one very long line.
/// Documents, numbers and dates are those of `SyntheticCorpus` with the same seed, so that
/// announced documents are sometimes issued later and the matcher has real candidates.
/// The same seed and count give the same bytes.
public struct PlanHeavyCorpus: SeededCorpus {
    /// Changes whenever the generator writes different bytes for the same seed.
    public static let version = 1

    let base: SyntheticCorpus
    public var count: Int { base.count }

    public init(count: Int, seed: UInt64 = 2026) {
        base = SyntheticCorpus(count: count, seed: seed)
    }

    /// The bytes of document `i` (always NFC).
    public func bytes(_ i: Int) -> [UInt8] { Array(text(i).utf8) }

    /// The same folders and names as the sample shape.
    public func relativePath(_ i: Int) -> String { base.relativePath(i) }


    /// Type words a task announces, with the issuers that would issue them.
    private static let announcements: [(word: String, issuer: String)] = [
        ("Quy định", "Ban Bí thư"), ("Quy định", "Bộ Chính trị"), ("Kết luận", "Ban Bí thư"), ("Chỉ thị", "Ban Bí thư"),
        ("Hướng dẫn", "Ban Tổ chức Trung ương"), ("Kế hoạch", "Ban Tổ chức Trung ương"), ("Báo cáo", "Ban Tổ chức Trung ương"),
    ]

    /// The text of document `i`.
    public func text(_ i: Int) -> String {
        let me = base.documents[i]
        let plan = base.plan(i)
        var rng = plan.rng
        var out = ""
        out += "\(me.issuer.header)\n*\nSố \(me.id)\tĐẢNG CỘNG SẢN VIỆT NAM\n"
        out += "\(me.issuer.place), ngày \(String(format: "%02d", me.day)) tháng \(String(format: "%02d", me.month)) năm \(me.year)\n\n"
        out += "\(me.type.word.uppercased())\nvề \(me.subject)\n\n"
        for (n, c) in plan.citations.enumerated() {
            out += "\(n + 1). \(n == 0 ? "Thực hiện" : "Căn cứ") \(base.cite(c.target, form: c.form, &rng)).\n\n"
        }
        // Announced tasks in prose, each closed by its deadline.
        out += "II. NHIỆM VỤ CỤ THỂ\n\n"
        let tasks = 4 + Int(rng.next() % 9)
        for n in 0..<tasks {
            let a = rng.pick(Self.announcements)
            out += "\(n + 1). \(rng.chance(0.5) ? "Ban hành" : "Xây dựng") \(a.word) của \(a.issuer) về \(rng.pick(Vocabulary.subjects)).\n"
            out += "Thời gian thực hiện: \(deadline(me, &rng)).\n\n"
        }
        // A long task table: announced documents and planned revisions of cited ones.
        let header = "TT\tCơ sở thực hiện\tTên đề án, nhiệm vụ cụ thể\tCấp trình\tĐơn vị chủ trì tham mưu\tThời gian thực hiện\n"
        out += "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n" + header
        let rows = 10 + Int(rng.next() % 31)
        for n in 0..<rows {
            let task: String
            if i > 0, rng.chance(0.3) {
                let d = base.documents[Int(rng.next() % UInt64(i))]
                task = "Sửa đổi, bổ sung \(d.type.word) số \(d.id), ngày \(d.dateText) của \(d.issuer.name) về \(d.subject)"
            } else {
                let a = rng.pick(Self.announcements)
                task = "Ban hành \(a.word) của \(a.issuer) về \(rng.pick(Vocabulary.subjects))"
            }
            out += "\(n + 1).\t\t\(task)\t\(rng.pick(Vocabulary.levels))\t\(rng.pick(Vocabulary.units))\t\(deadline(me, &rng))\n"
            if n % 15 == 14 { out += "\n" + header }
        }
        out += "\n"
        // One document in ten has a paragraph converted into one long line.
        if rng.chance(0.1) {
            for _ in 0..<(50 + Int(rng.next() % 150)) { out += rng.pick(Vocabulary.sentences) + " " }
            out += "\n\n"
        }
        if ["NQ", "KL", "CT", "QĐ"].contains(me.type.code) {
            out += "III. TỔ CHỨC THỰC HIỆN\n\n"
            out += "1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng kế hoạch thực hiện \(me.type.word) này.\n\n"
            out += "2. Ban Tổ chức Trung ương chủ trì, ban hành Hướng dẫn thực hiện \(me.type.word).\n\n"
            out += "3. Các ban đảng, ban cán sự đảng cụ thể hoá \(me.type.word) bằng chương trình, kế hoạch.\n\n"
        }
        out += "Nơi nhận:\n- Các đồng chí Ủy viên Ban Thường vụ,\n- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n"
        return out
    }

    /// `Tháng 5/2024`, `Quý III/2025`, `Năm 2027` or `Thường xuyên`, after the document's date.
    private func deadline(_ me: SyntheticCorpus.Metadata, _ rng: inout SeededGenerator) -> String {
        var month = me.month + 1 + Int(rng.next() % 18), year = me.year
        while month > 12 { month -= 12; year += 1 }
        switch rng.next() % 10 {
        case 0: return "Thường xuyên"
        case 1: return "Quý \(["I", "II", "III", "IV"][(month - 1) / 3])/\(year)"
        case 2: return "Năm \(year)"
        default: return "Tháng \(month)/\(year)"
        }
    }
}
