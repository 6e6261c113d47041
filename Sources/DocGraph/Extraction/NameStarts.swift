/// The first bytes a name of `NamedDocuments.scan` can open with, asked at a word start before any
/// of its matchers (issue #12, nineteenth pass).
///
/// Every matcher `scan` tries at a word start needs its phrase's first letters there, and none is
/// shorter than two letters: `bo luat`, `phap lenh`, `luat`, `hien phap`, `qcvn`, `tcvn`, `dieu le`,
/// `du thao`, `van kien`, `bao cao`, `ban kiem diem`, `nghi quyet`, `nq`, `ket luan`, and the kinds of
/// `DescribedDocuments` (`de an`, `quy che`, `chuong trinh`, `chien luoc`, `phuong an`, `bo tieu chi`,
/// `so tay`, `dieu le`, `bien ban`, `ke hoach`, `bao cao chinh tri`). A word whose first two bytes open
/// none of them (`cac`, `cua`, `trong`, `nam`, `la`, `ve`: most words) is passed over after one load
/// and one test, where the matchers' own gates asked a dozen comparisons and, for the kinds' first
/// letters, the first words of the kinds (callgrind, 100 plan-heavy documents: `scan` 66 M, half of it
/// its own loop). The gates below ask a third byte where the second still lets most words through
/// (`và`, `ban`, `bộ`, `lực`, `đến`, `quyết`). `NineteenthPassShortcutTests` holds `scan` with them to
/// `scanAskingEveryByte`, which asks none of them.
enum NameStarts {
    /// The pairs of first letters a name may open with.
    static let pairs = ["ba", "bi", "bo", "ch", "de", "di", "du", "hi", "ke", "lu", "ng", "nq", "ph", "qc", "qu", "so", "tc", "va"]

    /// For each first byte, the second letters (bit `k`: `a` + `k`) that may follow it in a name's opening.
    static let secondLetters: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        for pair in pairs {
            let u = Array(pair.utf8)
            table[Int(u[0])] |= 1 << UInt32(u[1] &- 0x61)
        }
        return table
    }()

    /// Whether a name may open at word start `i`: its first two bytes are one of `pairs`. `table` is
    /// `secondLetters`, read once by the caller: a static's lazy check at every word start cost a call
    /// (callgrind, 100 sample documents: 223,000 calls of `swift_once`).
    @inline(__always)
    static func mayOpen(_ b: [UInt8], at i: Int, table: UnsafeBufferPointer<UInt32>) -> Bool {
        guard i + 1 < b.count else { return false }
        let second = b[i + 1] &- 0x61
        return second < 26 && table[Int(b[i])] & (1 << UInt32(second)) != 0
    }

    /// `mayOpen` with the static table.
    static func mayOpen(_ b: [UInt8], at i: Int) -> Bool {
        secondLetters.withUnsafeBufferPointer { mayOpen(b, at: i, table: $0) }
    }

    /// Whether `LawHead` may read `bo luat` or `phap lenh` at `i` (`b` or `p` there): `bo` and a space or
    /// line break, or `pha`. `bộ` opens many words' phrases (`Bộ Chính trị`, `bộ máy`) where it is no code.
    @inline(__always)
    static func mayOpenLawHead(_ b: [UInt8], at i: Int) -> Bool {
        guard i + 2 < b.count else { return false }
        if b[i] == UInt8(ascii: "b") { return b[i + 1] == UInt8(ascii: "o") && ByteReader.isSpace(b[i + 2]) }
        return b[i + 1] == UInt8(ascii: "h") && b[i + 2] == UInt8(ascii: "a")
    }

    /// Whether `luat` stands at `i` (`lawByName`, `undatedLaw` and `headingLaw` each match it first): not
    /// `lực`, `lượng`, `lúc`.
    @inline(__always)
    static func opensLaw(_ b: [UInt8], at i: Int) -> Bool {
        i + 3 < b.count && b[i + 1] == UInt8(ascii: "u") && b[i + 2] == UInt8(ascii: "a") && b[i + 3] == UInt8(ascii: "t")
    }

    /// Whether `congressPaper` may find a phrase at `i` (`v` `a`, `d` `u` or `b` `a` there): `van` and a
    /// space or line break (`văn kiện`, not `và`, `vào`), `du` and one (`dự thảo`, not `dung`, `dụng`), or
    /// `bao` or `ban` (`báo cáo kiểm điểm`, `bản kiểm điểm`).
    @inline(__always)
    static func mayOpenCongressPaper(_ b: [UInt8], at i: Int) -> Bool {
        switch b[i] {
        case UInt8(ascii: "v"): return i + 3 < b.count && b[i + 2] == UInt8(ascii: "n") && ByteReader.isSpace(b[i + 3])
        case UInt8(ascii: "d"): return i + 2 < b.count && ByteReader.isSpace(b[i + 2])
        default: return i + 2 < b.count && (b[i + 2] == UInt8(ascii: "o") || b[i + 2] == UInt8(ascii: "n"))
        }
    }
}
