import DocGraph
import DocGraphEvaluation
import Foundation
import Testing

/// Lâm Đồng's 07/CT-UBND of 2023 carries out the 07/CT-UBND of 2021 (evaluation batch 27, 387): the scorer counted it
/// as a self edge by number alone, though the citation's date tells the two apart, as the tool does.
@Suite("The scorer's self edges")
struct EvaluationSelfEdgeTests {
    private let header = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 07/CT-UBND\nLâm Đồng, ngày 26 tháng 4 năm 2023\nCHỈ THỊ\nVề việc thử\n"

    private func score(_ body: String) throws -> Evaluation {
        let folder = try Fixtures.temporaryFolder()
        try (header + body + "\n").write(to: folder.appendingPathComponent("001-t.txt"), atomically: true, encoding: .utf8)
        let gold = """
        {"source": "test", "documents": [{"id": "07/CT-UBND", "date": "2023-04-26", "startLine": 1}],
         "citations": [{"document": 0, "line": 7, "id": "07/CT-UBND", "relation": "implements", "modality": "enacted"}]}
        """
        try gold.write(to: folder.appendingPathComponent("001-t.gold.json"), atomically: true, encoding: .utf8)
        return try Evaluation.run(folder: folder.path)
    }

    @Test("a citation dated otherwise is another document of the number, found and no self edge")
    func datedOtherwise() throws {
        let e = try score("Thực hiện Chỉ thị số 07/CT-UBND ngày 31/5/2021 của UBND tỉnh.")
        #expect(e.selfEdges == 0)
        #expect(e.numberedRecall == 1)
    }
}
