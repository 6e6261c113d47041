import DocGraph
import Foundation
import Testing

/// Reading a corpus reports files read of the total (issue #14), the line `docgraph index` and
/// every corpus read show on a terminal.
@Suite("Reading progress")
struct ReadingProgressTests {
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [ReadingProgress] = []
        func add(_ p: ReadingProgress) { lock.lock(); all.append(p); lock.unlock() }
        var values: [ReadingProgress] { lock.lock(); defer { lock.unlock() }; return all }
    }

    @Test("reading reports files read of the total, in order, ending with every file; the result is unchanged")
    func corpusProgress() {
        let reports = Reports()
        let corpus = CorpusExtraction.read(paths: [Fixtures.corpus.path], threads: 2) { reports.add($0) }
        let seen = reports.values
        let total = corpus.files.count
        #expect(total >= 5)
        #expect(seen.last == ReadingProgress(read: total, total: total, elapsed: seen.last?.elapsed ?? 0), "the last file is always reported")
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.read < $1.read && $0.elapsed <= $1.elapsed }, "one report at a time, in order")
        #expect(seen.allSatisfy { $0.total == total })
        #expect(corpus.citations.count == Fixtures.sample.citations.count)
    }

    @Test("rate and time left")
    func arithmetic() {
        let p = ReadingProgress(read: 100, total: 300, elapsed: 2)
        #expect(p.rate == 50 && p.remaining == 4 && !p.isDone)
        #expect(ReadingProgress(read: 0, total: 3, elapsed: 0).remaining == nil)
        #expect(Message.readingProgress(.reading, read: 100, total: 300, rate: 50, remaining: 4).text(.vi) == "đang đọc: 100/300 tệp, 50 tệp/s, còn 4 s")
        #expect(Message.readingProgress(.indexing, read: 1, total: 1, rate: 0, remaining: nil).text(.en) == "indexing: 1 of 1 file")
    }
}
