import CorpusSynthesis
import DocGraph
import Foundation
import Testing

@Suite("Synthetic corpus")
struct SyntheticCorpusTests {
    @Test("a seed names one corpus: same seed, same bytes; another seed, other bytes")
    func seeded() {
        let a = SyntheticCorpus(count: 50, seed: 1), b = SyntheticCorpus(count: 50, seed: 1), c = SyntheticCorpus(count: 50, seed: 2)
        #expect((0..<50).allSatisfy { a.bytes($0) == b.bytes($0) })
        #expect((0..<50).contains { a.bytes($0) != c.bytes($0) })
    }

    @Test("the extractor finds each generated document's number and every citation the generator wrote")
    func groundTruth() {
        let corpus = SyntheticCorpus(count: 300, seed: 2026)
        var cited = 0
        for i in 0..<corpus.count {
            let file = DocumentExtractor.extract(bytes: corpus.bytes(i), file: corpus.relativePath(i))
            #expect(file.documents.first?.id?.description == corpus.id(i), "\(corpus.relativePath(i))")
            let found = Set(file.citations.map(\.id.description))
            let missing = Set(corpus.citedIDs(i)).subtracting(found)
            #expect(missing.isEmpty, "\(corpus.relativePath(i)) misses \(missing.sorted())")
            cited += corpus.citedIDs(i).count
        }
        #expect(cited > 1000)
    }

    @Test("header written as a converted table: `Số 15-KH/TU<TAB>ĐẢNG CỘNG SẢN VIỆT NAM`")
    func tableHeader() {
        let f = DocumentExtractor.extract(text: "TỈNH ỦY LÀO CAI\n*\nSố 15-KH/TU\tĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 02 tháng 03 năm 2025\n\nKẾ HOẠCH\nvề thử\n\nThực hiện Nghị quyết số 28-NQ/TW.\n", file: "h.txt")
        #expect(f.documents.first?.id?.description == "15-KH/TU")
        #expect(f.citations.filter { !$0.isSelfReference }.map(\.id.description) == ["28-NQ/TW"])
    }
}
