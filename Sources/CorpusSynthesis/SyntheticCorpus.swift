import DocGraph
import Foundation

/// A seeded corpus in the style of the sample documents, for benchmarks and scale tests: headers,
/// every citation form and relation, enacted and planned, task tables broken across pages, NFD files,
/// `khoá`/`khóa`, numbers that restart each term. The same seed and count give the same bytes.
public struct SyntheticCorpus: SeededCorpus {
    /// Changes whenever the generator writes different bytes for the same seed, so that kept
    /// corpora are not measured as if they were new ones.
    public static let version = 2

    public let count: Int
    public let seed: UInt64
    let documents: [Metadata]

    /// What the generator decided about one document before writing it.
    struct Metadata: Sendable {
        var issuer: Vocabulary.Issuer
        var type: Vocabulary.DocumentType
        var number: Int
        var year: Int, month: Int, day: Int
        var term: String
        var subject: String
        var localityIndex: Int

        var id: String { "\(number)-\(type.code)/\(issuer.code)" }
        var dateText: String { String(format: "%02d/%02d/%d", day, month, year) }
    }

    public init(count: Int, seed: UInt64 = 2026) {
        self.count = count
        self.seed = seed
        var rng = SeededGenerator(seed: seed)
        var counters: [String: Int] = [:]
        var documents: [Metadata] = []
        documents.reserveCapacity(count)
        let firstDay = 16 * 365 + 30, span = 10 * 365 + 300 // 2016-01-31 … 2026-11
        for i in 0..<count {
            let dayNumber = firstDay + Int(Double(i) / Double(max(count, 1)) * Double(span))
            let (y, m, d) = Self.civil(2000, dayNumber)
            let term = y > 2026 || (y == 2026 && m > 1) ? "XIV" : (y > 2021 || (y == 2021 && m > 1) ? "XIII" : "XII")
            let local = rng.chance(0.85)
            let localityIndex = local ? Int(rng.next() % UInt64(Vocabulary.local.count)) : -1
            let issuer = local ? Vocabulary.local[localityIndex] : rng.pick(Vocabulary.central)
            let type = rng.pick(issuer.types)
            // Central numbering restarts each term; local numbering after each provincial congress.
            let period = local ? TermCalendar.localTerm(on: SimpleDate(year: y, month: m, day: d)!) : term
            let counterKey = "\(period)|\(type.code)|\(issuer.code)|\(localityIndex)"
            counters[counterKey, default: 0] += 1
            documents.append(Metadata(issuer: issuer, type: type, number: counters[counterKey]!, year: y, month: m, day: d,
                                      term: term, subject: rng.pick(Vocabulary.subjects), localityIndex: localityIndex))
        }
        self.documents = documents
    }

    /// `d0012/0012345.txt`: a thousand files per folder.
    public func relativePath(_ i: Int) -> String {
        String(format: "d%04d/%07d.txt", i / 1000, i)
    }

    /// The number of document `i` (`15-KH/TU`).
    public func id(_ i: Int) -> String { documents[i].id }

    /// The ids a document cites, in the order written (ground truth for tests).
    public func citedIDs(_ i: Int) -> [String] { plan(i).citations.map { documents[$0.target].id } }

    /// The bytes of document `i`.
    public func bytes(_ i: Int) -> [UInt8] {
        let plan = plan(i)
        let text = self.text(i, plan)
        // One file in twenty is decomposed (NFD), as some converters write.
        if plan.decomposed { return Array(text.decomposedStringWithCanonicalMapping.utf8) }
        return Array(text.utf8)
    }


    // MARK: - One document

    struct Plan {
        struct CitationPlan { var target: Int; var relation: String; var form: Int }
        var citations: [CitationPlan] = []
        var tableRows: [Int] = []
        var size: Int = 0
        var decomposed = false
        var markdownHeader = false
        var rng: SeededGenerator
    }

    func plan(_ i: Int) -> Plan {
        var rng = SeededGenerator(seed: seed &* 0x9E37_79B9 &+ UInt64(i) &* 0xD1B5_4A32_D192_ED03)
        var plan = Plan(rng: rng)
        let me = documents[i]
        if i > 0 {
            let k = 2 + Int(rng.next() % 9)
            for _ in 0..<k {
                guard let target = pickTarget(i, me, &rng) else { continue }
                let relation = pickRelation(me, documents[target], &rng)
                plan.citations.append(.init(target: target, relation: relation, form: Int(rng.next() % 100)))
            }
            if me.type.code == "KH" || me.type.code == "CTr", rng.chance(0.6) {
                for _ in 0..<(3 + Int(rng.next() % 10)) {
                    if let t = pickTarget(i, me, &rng) { plan.tableRows.append(t) }
                }
            }
        }
        // Sizes from a few KB to 100 KB, most of them small.
        plan.size = rng.chance(0.15) ? 12_000 + Int(rng.next() % 88_000) : 3_000 + Int(rng.next() % 9_000)
        plan.decomposed = rng.chance(0.05)
        plan.markdownHeader = rng.chance(0.5)
        plan.rng = rng
        return plan
    }

    private func pickTarget(_ i: Int, _ me: Metadata, _ rng: inout SeededGenerator) -> Int? {
        for _ in 0..<8 {
            // The older of two picks: early documents become hubs, as founding resolutions are.
            let a = Int(rng.next() % UInt64(i)), b = Int(rng.next() % UInt64(i))
            let j = rng.chance(0.5) ? min(a, b) : max(a, b)
            let target = documents[j]
            if !target.issuer.isLocal || target.localityIndex == me.localityIndex { return j }
        }
        return nil
    }

    private func pickRelation(_ me: Metadata, _ target: Metadata, _ rng: inout SeededGenerator) -> String {
        let sameKind = me.type.code == target.type.code && me.issuer.name == target.issuer.name
        if sameKind, ["QĐ", "HD", "CT"].contains(me.type.code), rng.chance(0.5) {
            return rng.pick(["Sửa đổi, bổ sung một số điều của", "thay thế", "Bãi bỏ"])
        }
        if me.type.code == "HD", rng.chance(0.5) { return "Hướng dẫn thực hiện" }
        if me.type.code == "BC", rng.chance(0.5) { return rng.pick(["Sơ kết 5 năm thực hiện", "Tổng kết 10 năm thực hiện"]) }
        return rng.pick(["Thực hiện", "Căn cứ", "Triển khai thực hiện", "Tiếp tục thực hiện", "gắn với", "theo tinh thần của"])
    }

    /// A citation in one of the forms seen in real documents.
    func cite(_ j: Int, form: Int, _ rng: inout SeededGenerator) -> String {
        let d = documents[j]
        let khoa = rng.chance(0.5) ? "khóa" : "khoá"
        let term = d.issuer.code == "TW" && rng.chance(0.4) ? " \(khoa) \(d.term)" : ""
        switch form {
        case 0..<55: return "\(d.type.word) số \(d.id), ngày \(d.dateText) của \(d.issuer.name)\(term) về \(d.subject)"
        case 55..<70: return "\(d.type.word) \(d.id) ngày \(d.dateText) của \(d.issuer.name)\(term)"
        case 70..<80: return "\(d.type.word.uppercased()) SỐ \(d.id), NGÀY \(d.dateText) CỦA \(d.issuer.name.uppercased())"
        case 80..<92: return "\(d.type.word)\nsố \(d.id), ngày \(d.dateText) của\n\(d.issuer.name)\(term) về \(d.subject)"
        default: return "\(d.type.word) số \(d.id) của \(d.issuer.name)\(term), ngày \(d.dateText)"
        }
    }

    /// The text of document `i` (NFC, before any decomposition).
    public func text(_ i: Int) -> String { text(i, plan(i)) }

    private func text(_ i: Int, _ plan: Plan) -> String {
        let me = documents[i]
        var out = ""
        out.reserveCapacity(plan.size + 2048)
        if plan.markdownHeader {
            out += "**\(me.issuer.header)**\n\n\\*\n\nSố \(me.id)\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            out += "*\(me.issuer.place), ngày \(me.day) tháng \(me.month) năm \(me.year)*\n\n## **\(me.type.word.uppercased())**\n\n"
        } else {
            out += "\(me.issuer.header)\n*\nSố \(me.id)\tĐẢNG CỘNG SẢN VIỆT NAM\n"
            out += "\(me.issuer.place), ngày \(String(format: "%02d", me.day)) tháng \(String(format: "%02d", me.month)) năm \(me.year)\n\n\(me.type.word.uppercased())\n"
        }
        out += "về \(me.subject)\n\n"

        var rng = plan.rng
        for (n, c) in plan.citations.enumerated() {
            let citation = cite(c.target, form: c.form, &rng)
            switch n {
            case 0: out += "\(c.relation) \(citation), \(me.issuer.name) ban hành \(me.type.word.lowercased()) như sau:\n\n"
            default: out += "\(n). \(c.relation) \(citation). \(rng.pick(Vocabulary.sentences))\n\n"
            }
        }
        if plan.citations.count >= 4, let a = plan.citations.first, let b = plan.citations.last {
            // A list whose relation comes after it.
            out += "Các văn bản: \(documents[a.target].type.word) số \(documents[a.target].id) và \(documents[b.target].type.word) số \(documents[b.target].id) tiếp tục được thực hiện.\n\n"
        }
        if !plan.tableRows.isEmpty { table(&out, plan.tableRows, me, &rng) }
        while out.utf8.count < plan.size {
            var paragraph = ""
            for _ in 0..<(3 + Int(rng.next() % 4)) { paragraph += rng.pick(Vocabulary.sentences) + " " }
            out += paragraph + "\n\n"
        }
        out += "Nơi nhận:\n- Các đồng chí Ủy viên Ban Thường vụ,\n- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n"
        return out
    }

    /// A task table whose header repeats after each page break, with a row split across one.
    private func table(_ out: inout String, _ rows: [Int], _ me: Metadata, _ rng: inout SeededGenerator) {
        let header = "TT\tCơ sở thực hiện\tTên đề án, nhiệm vụ cụ thể\tCấp trình\tĐơn vị chủ trì tham mưu\tThời gian thực hiện\n"
        out += "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n" + header
        for (n, target) in rows.enumerated() {
            let d = documents[target]
            var month = me.month + 1 + Int(rng.next() % 18), year = me.year
            while month > 12 { month -= 12; year += 1 }
            let deadline = rng.chance(0.2) ? "Thường xuyên" : "Tháng \(month)/\(year)"
            let action = ["QĐ", "HD", "CT"].contains(d.type.code) ? "Sửa đổi, bổ sung" : "Sơ kết việc thực hiện"
            let level = rng.pick(Vocabulary.levels), unit = rng.pick(Vocabulary.units)
            let task = "\(action) \(d.type.word) số \(d.id), ngày \(d.dateText) của \(d.issuer.name) về \(d.subject)"
            if n % 5 == 4 {
                // Page break inside the row: the text goes on under a repeated header.
                let cut = task.index(task.startIndex, offsetBy: task.count / 2)
                out += "\(n + 1).\t\t\(task[..<cut])\t\(level)\t\(unit)\t\(deadline)\n\n" + header
                out += "\t\t\(task[cut...])\t\t\t\n"
            } else {
                out += "\(n + 1).\t\t\(task)\t\(level)\t\(unit)\t\(deadline)\n"
            }
        }
        out += "\n"
    }

    /// Year, month, day of the `n`th day after 1 January of `baseYear` (proleptic Gregorian).
    static func civil(_ baseYear: Int, _ n: Int) -> (Int, Int, Int) {
        var y = baseYear, n = n
        func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
        while n >= (isLeap(y) ? 366 : 365) { n -= isLeap(y) ? 366 : 365; y += 1 }
        let lengths = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var m = 0
        while n >= lengths[m] { n -= lengths[m]; m += 1 }
        return (y, m + 1, n + 1)
    }
}
