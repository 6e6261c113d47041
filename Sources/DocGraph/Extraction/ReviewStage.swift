/// Which review a `reviews` citation is: a mid-way one (`sơ kết 03 năm`, `sơ kết giữa nhiệm kỳ`)
/// or the final one (`tổng kết 05 năm`, `tổng kết 10 năm`). A plan that promises both of one
/// document, in two rows with two deadlines, is kept only by a review of each kind: the mid-way
/// report does not close the final review (red team, round 15: one `sơ kết` report had closed a
/// plan's `sơ kết`, `tổng kết` and yearly rows).
public enum ReviewStage: String, Sendable, Hashable, CaseIterable {
    /// `sơ kết`: a review while the document is still being carried out.
    case interim
    /// `tổng kết`: the review at the end of its term.
    case final

    /// The stage the words before a citation name (folded bytes): the one of `sơ kết` and `tổng kết`
    /// that occurs there, nil when neither or both do (`chỉ đạo sơ kết, tổng kết việc thực hiện`).
    static func read(_ b: [UInt8], window: Range<Int>) -> ReviewStage? {
        let r = ByteReader(b, from: window.lowerBound, end: window.upperBound)
        var interim = false, final = false
        var i = window.lowerBound
        while i + 6 <= window.upperBound {  // `so ket` is six bytes, and may end the window
            if (b[i] == UInt8(ascii: "s") || b[i] == UInt8(ascii: "t")), i == 0 || !ByteReader.isAlnum(b[i - 1]) {
                if r.phraseEnd("so ket", at: i) != nil { interim = true }
                else if r.phraseEnd("tong ket", at: i) != nil { final = true }
            }
            i += 1
        }
        return interim == final ? nil : interim ? .interim : .final
    }

    /// Whether a review of stage `done` may be the review a plan of stage `planned` promises: either
    /// unsaid, or the same.
    static func may(_ done: ReviewStage?, keep planned: ReviewStage?) -> Bool {
        guard let done, let planned else { return true }
        return done == planned
    }
}
