import DocGraph
import Testing

@Suite("Folding and identifiers")
struct FoldingTests {
    @Test("old and new tone placement, NFC and NFD fold alike")
    func toneVariants() {
        #expect("khoá".folded == "khóa".folded)
        #expect("uỷ".folded == "ủy".folded)
        #expect("hoá".folded == "hóa".folded)
        let nfd = "Nghi\u{0323} quyê\u{0301}t"  // NFD: combining dot below and acute
        #expect(nfd.folded == "Nghị quyết".folded)
        #expect("Nghị quyết".folded == "nghi quyet")
    }

    @Test("ids typed without Vietnamese letters are the same id")
    func idsWithoutDiacritics() throws {
        let typed = try #require(DocumentID(parsing: "253-QD/TW"))
        let written = try #require(DocumentID(parsing: "253-QĐ/TW"))
        #expect(typed == written)
        #expect(typed.description == "253-QĐ/TW")
        #expect(DocumentID(parsing: "01-CT/TW") == DocumentID(parsing: "1-CT/TW"))
        #expect(DocumentID(parsing: "28-NQ/TW") != DocumentID(parsing: "28-CT/TW"))
        #expect(DocumentID(parsing: "01-CTr/BTCTU")?.description == "01-CTr/BTCTU")
    }

    @Test("state-form ids with and without a year")
    func stateForms() throws {
        let decree = try #require(DocumentID(parsing: "98/2014/NĐ-CP"))
        #expect(decree.form == .state)
        #expect(decree.year == 2014)
        #expect(decree.typeCode == "NĐ")
        #expect(decree.issuerCode == "CP")
        let law = try #require(DocumentID(parsing: "80/2015/QH13"))
        #expect(law.issuerCode == "QH13")
        #expect(law.description == "80/2015/QH13")
        let decision = try #require(DocumentID(parsing: "1234/QĐ-TTg"))
        #expect(decision.year == nil)
        #expect(decision.issuerCode == "TTg")
        #expect(DocumentID(parsing: "98/2014/ND-CP") == decree)
    }

    @Test("local issuers and term-bound central numbering are told apart")
    func scopes() {
        #expect(DocumentID(parsing: "256-KH/TU")?.isLocal == true)
        #expect(DocumentID(parsing: "12-KH/TW")?.isLocal == false)
        #expect(DocumentID(parsing: "12-KH/TW")?.isCentralParty == true)
        #expect(TermCalendar.term(on: SimpleDate(year: 2022, month: 11, day: 17)!) == "XIII")
        #expect(TermCalendar.term(on: SimpleDate(year: 2026, month: 6, day: 26)!) == "XIV")
        #expect(TermCalendar.term(on: SimpleDate(year: 2004, month: 12, day: 14)!) == "IX")
    }
}

@Suite("Deadlines")
struct DeadlineTests {
    private func date(_ text: String) -> String? { Deadline.parse(text)?.date?.description }

    @Test("every deadline form of DESIGN.md §2", arguments: [
        ("Tháng 4/2026", "2026-04-30"), ("Tháng 02/2028", "2028-02-29"), ("Quý III/2026", "2026-09-30"),
        ("Quý I/2027", "2027-03-31"), ("Năm 2027", "2027-12-31"), ("Giai đoạn 2026 - 2030", "2030-12-31"),
        ("2026-2029", "2029-12-31"), ("trước ngày 15/5/2023", "2023-05-15"), ("Hoàn thành trước ngày 15/5/2023.", "2023-05-15"),
        ("Hoàn thành trong năm 2023", "2023-12-31"), ("Quý IV/2026", "2026-12-31"),
        // The months from January, and a quarter with `năm` or a dash (red-team round 4, probes d03, d04, d09).
        ("6 tháng đầu năm 2026", "2026-06-30"), ("Hoàn thành trong 6 tháng đầu năm 2026.", "2026-06-30"),
        ("sáu tháng đầu năm 2026", "2026-06-30"), ("9 tháng đầu năm 2026", "2026-09-30"), ("nửa đầu năm 2026", "2026-06-30"),
        ("6 tháng cuối năm 2026", "2026-12-31"), ("Quý II năm 2026", "2026-06-30"), ("quý II - 2026", "2026-06-30"),
        ("Quý  III  năm  2026", "2026-09-30"),
    ])
    func dated(_ input: String, _ expected: String) {
        #expect(date(input) == expected)
        #expect(Deadline.parse(input)?.recurring == false)
    }

    @Test("recurring deadlines are never overdue", arguments: ["Thường xuyên", "Hằng năm", "Thực hiện thường xuyên.", "Thực hiện hằng năm."])
    func recurring(_ input: String) throws {
        let d = try #require(Deadline.parse(input))
        #expect(d.recurring)
        #expect(d.date == nil)
        #expect(!d.isOverdue(asOf: SimpleDate(year: 2099, month: 1, day: 1)!))
    }

    @Test("a date and recurrence together")
    func both() throws {
        let d = try #require(Deadline.parse("Quý I/2026 và thực hiện thường xuyên"))
        #expect(d.recurring)
        #expect(d.date?.description == "2026-03-31")
    }

    @Test("text without a time is not a deadline")
    func none() {
        #expect(Deadline.parse("Vụ Tổ chức - Điều lệ") == nil)
        #expect(Deadline.parse("") == nil)
    }

    @Test("overdue compares with the as-of date")
    func overdue() throws {
        let d = try #require(Deadline.parse("Tháng 4/2026"))
        #expect(d.isOverdue(asOf: SimpleDate(year: 2026, month: 11, day: 25)!))
        #expect(!d.isOverdue(asOf: SimpleDate(year: 2026, month: 4, day: 30)!))
    }
}

@Suite("Dates as users type them")
struct UserDateTests {
    @Test("--as-of takes day-first dates and ISO dates", arguments: [
        ("25/11/2026", "2026-11-25"), ("25-11-2026", "2026-11-25"), ("2026-11-25", "2026-11-25"),
        ("5/3/2026", "2026-03-05"), ("05.03.2026", "2026-03-05"), (" 29/02/2028 ", "2028-02-29"),
    ])
    func accepted(input: String, iso: String) {
        #expect(SimpleDate(userInput: input)?.description == iso)
    }

    @Test("impossible or ambiguous dates are refused", arguments: ["31/02/2026", "2026/11/25", "11/25", "25/11/26", "hôm nay", ""])
    func refused(input: String) {
        #expect(SimpleDate(userInput: input) == nil)
    }
}
