import DocGraph

/// How an `OtherHandsCorpus` document is spelled: Party documents with `Số:` lines and the
/// issuer in the title or signature, state documents with the national motto and an italic
/// `_Căn cứ …;_` preamble. Choices of spelling come from a generator of their own per document,
/// so that they never change what was planned.
extension OtherHandsCorpus {
    /// The text of document `i`.
    public func text(_ i: Int) -> String {
        var rng = SeededGenerator(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15)
        let d = documents[i]
        return bodies[d.body].isState ? stateText(i, &rng) : partyText(i, &rng)
    }

    // MARK: - Party documents

    private func partyText(_ i: Int, _ rng: inout SeededGenerator) -> String {
        let d = documents[i], body = bodies[d.body]
        var out = body.header.joined(separator: "\n") + "\n*\n"
        out += "Số: \(d.spacedNumber ? d.id.replacingFirst("-", with: " -") : d.id)\n"
        let letter = d.type.code == "CV"
        if letter { out += "V/v \(d.subject)\n" }
        out += "\nĐẢNG CỘNG SẢN VIỆT NAM\n\n\(body.place), \(headerDate(d.date, &rng))\n\n"
        if !letter {
            out += d.type.word.uppercased() + "\n"
            if let t = body.titleIssuer { out += t + "\n" }
            out += "về \(d.subject)\n\n"
        } else {
            out += "Kính gửi: Các chi bộ, đảng bộ trực thuộc\n\n"
        }
        var cites = citations[i]
        let selfName = body.citedNames[0]
        if let j = amends[i] {
            out += "Sửa đổi, bổ sung một số điều của \(cite(j, nil, Int(rng.next() % 100), Int(rng.next() % 8))) như sau:\n\n"
        } else if let first = cites.first, first.phrase == .implements {
            cites.removeFirst()
            let verb = letter ? "đề nghị" : rng.pick(["ban hành", "xây dựng"])
            let what = letter ? "các chi bộ, đảng bộ trực thuộc triển khai một số nội dung sau:" : "\(d.type.word.lowercased()) thực hiện như sau:"
            out += "Thực hiện \(write(first, &rng)), \(selfName) \(verb) \(what)\n\n"
        }
        out += "I. MỤC ĐÍCH, YÊU CẦU\n\n\(sentences(2, &rng))\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n"
        for (n, c) in cites.enumerated() {
            out += "\(n + 1). \(opening(c.phrase, &rng)) \(write(c, &rng)). \(sentences(1, &rng))\n\n"
        }
        out += "\(cites.count + 1). \(sentences(2, &rng))\n\n"
        if let j = replaces[i] {
            out += "III. HIỆU LỰC THI HÀNH\n\n\(d.type.word) này có hiệu lực kể từ ngày ký và thay thế \(cite(j, nil, Int(rng.next() % 100), Int(rng.next() % 8))).\n\n"
        }
        out += "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng.\n\n" + body.signature.joined(separator: "\n") + "\n\n" + rng.pick(signers) + "\n"
        return out
    }

    // MARK: - State documents

    private func stateText(_ i: Int, _ rng: inout SeededGenerator) -> String {
        let d = documents[i], body = bodies[d.body]
        var out = body.header.joined(separator: "\n") + "\n-------\n"
        if d.tableHeader {
            out += "Số: \(d.id)\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n\t---------------\n"
        } else {
            out += "Số: \(d.id)\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        }
        out += "\n\(body.place), \(headerDate(d.date, &rng))\n\n\(d.type.word.uppercased())\n"
        let people = body.kind == .provincialPeople
        let ruleBook = "Quy chế \(d.subject)"
        switch d.type.code {
        case "KH": out += "Triển khai thực hiện \(d.subject)\n\n"
        case "NĐ": out += "Quy định chi tiết một số điều về \(d.subject)\n\n"
        default: out += "Ban hành \(ruleBook)\n\n"
        }
        if d.type.code == "KH" {
            var cites = citations[i]
            if let first = cites.first {
                cites.removeFirst()
                out += "Thực hiện \(write(first, &rng)); Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:\n\n"
            }
            for (n, c) in cites.enumerated() { out += "\(n + 1). Căn cứ \(write(c, &rng)), \(sentences(1, &rng).lowercasedFirst)\n\n" }
        } else {
            if people { out += "ỦY BAN NHÂN DÂN \(body.header[1])\n\n" }
            for c in citations[i] { out += "_Căn cứ \(write(c, &rng));_\n" }
            out += "_Theo đề nghị của \(people ? "Giám đốc Sở Nội vụ" : "Bộ trưởng Bộ Nội vụ")._\n\n"
            let me = d.type.word
            if people {
                out += "QUYẾT ĐỊNH:\n\n"
                if let j = amends[i] {
                    out += "Điều 1. Sửa đổi, bổ sung một số điều của \(cite(j, nil, Int(rng.next() % 100), Int(rng.next() % 8))) như sau:\n\n\(sentences(2, &rng))\n\n"
                } else {
                    out += "Điều 1. Ban hành kèm theo \(me) này \(ruleBook).\n\n"
                }
            } else {
                out += "Chính phủ ban hành \(me.lowercased()) quy định chi tiết một số điều về \(d.subject).\n\n"
                if let j = amends[i] { out += "Điều 1. Sửa đổi, bổ sung một số điều của \(cite(j, nil, Int(rng.next() % 100), Int(rng.next() % 8))) như sau:\n\n" }
                out += "\(sentences(2, &rng))\n\n"
            }
            let from = OtherHandsCalendar.date(OtherHandsCalendar.dayNumber(d.date) + 10)
            let replaced = replaces[i].map { " và thay thế \(cite($0, nil, Int(rng.next() % 100), Int(rng.next() % 8)))" } ?? ""
            out += "Điều 2. \(me) này có hiệu lực kể từ ngày \(from.day) tháng \(from.month) năm \(from.year)\(replaced).\n\n"
            out += "Điều 3. Chánh Văn phòng, thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành \(me) này./.\n\n"
        }
        out += "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\n" + body.signature.joined(separator: "\n") + "\n\n" + rng.pick(signers) + "\n"
        return out
    }

    // MARK: - Citations

    private func write(_ c: Cite, _ rng: inout SeededGenerator) -> String {
        if let t = c.target { return cite(t, c.wrongDate, c.form, c.issuerName) }
        let (id, type, date, issuer) = c.dangling!
        return "\(type.word) số \(id) ngày \(date.day)/\(date.month)/\(date.year) của \(issuer)"
    }

    /// A citation of document `j` in one of this shape's forms.
    func cite(_ j: Int, _ wrongDate: SimpleDate?, _ form: Int, _ nameChoice: Int) -> String {
        let d = documents[j], body = bodies[d.body]
        let date = wrongDate ?? d.date
        let name = body.citedNames[nameChoice % body.citedNames.count]
        let long = "ngày \(two(date.day)) tháng \(two(date.month)) năm \(date.year)"
        let short = "ngày \(date.day)/\(date.month)/\(date.year)"
        if body.isState {
            return form < 60 ? "\(d.type.word) số \(d.id) \(long) của \(name) về \(d.subject)" : "\(d.type.word) số \(d.id) \(long) của \(name)"
        }
        switch form {
        case 0..<30: return "\(d.type.word) số \(d.id) \(short) của \(name)"
        case 30..<55: return "\(d.type.word) số \(d.id), \(long) của \(name) về \(d.subject)"
        case 55..<70: return "\(d.type.word) \(d.id) ngày \(two(date.day))/\(two(date.month))/\(date.year) của \(name)"
        case 70..<90:
            // The issuer's name broken over two lines, as converters leave it.
            let words = name.split(separator: " ")
            guard words.count >= 3 else { return "\(d.type.word) số \(d.id) \(short) của \(name)" }
            return "\(d.type.word) số \(d.id) \(short) của \(words.dropLast().joined(separator: " "))\n\(words.last!)"
        default: return "\(d.type.word) số \(d.id) \(short)"
        }
    }

    private func opening(_ p: Cite.Phrase, _ rng: inout SeededGenerator) -> String {
        switch p {
        case .implements: return rng.pick(["Triển khai thực hiện", "Thực hiện"])
        case .basedOn: return "Căn cứ"
        case .continues: return "Tiếp tục thực hiện"
        case .references: return "Gắn với"
        case .amends: return "Sửa đổi, bổ sung một số điều của"
        }
    }

    private func headerDate(_ d: SimpleDate, _ rng: inout SeededGenerator) -> String {
        rng.chance(0.5) ? "ngày \(d.day) tháng \(d.month) năm \(d.year)" : "ngày \(two(d.day)) tháng \(two(d.month)) năm \(d.year)"
    }

    private func sentences(_ n: Int, _ rng: inout SeededGenerator) -> String {
        (0..<n).map { _ in rng.pick(OtherHandsVocabulary.sentences) }.joined(separator: " ")
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private var signers: [String] { ["Nguyễn Văn Bình", "Trần Thị Hoa", "Lê Quang Minh", "Phạm Đức Thắng"] }
}

private extension String {
    func replacingFirst(_ a: Character, with b: String) -> String {
        guard let i = firstIndex(of: a) else { return self }
        return String(self[..<i]) + b + String(self[index(after: i)...])
    }

    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
