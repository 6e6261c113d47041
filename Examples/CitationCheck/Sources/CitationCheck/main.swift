import DocGraph

// An office register lists three documents and what each says it rests on. The citations are
// typed by hand here; they could as well come from a database or another extractor.
let resolution = DocumentID(party: "28", typeCode: "NQ", issuerCode: "TW")
let plan = DocumentID(party: "256", typeCode: "KH", issuerCode: "TU")
let guidance = DocumentID(party: "12", typeCode: "HD", issuerCode: "TU")
let register = "so-theo-doi.txt"

var file = ExtractedFile(file: register)
file.documents = [
    DocumentRecord(id: plan, typeWord: "Kế hoạch", issuer: "Ban Thường vụ Tỉnh ủy",
                   date: SimpleDate(year: 2023, month: 3, day: 2), file: register, startLine: 1, endLine: 10),
    DocumentRecord(id: guidance, typeWord: "Hướng dẫn", issuer: "Ban Thường vụ Tỉnh ủy",
                   date: SimpleDate(year: 2023, month: 4, day: 5), file: register, startLine: 11, endLine: 20),
]
file.citations = [
    // The plan implements the resolution …
    Citation(id: resolution, relation: .implements, modality: .enacted, documentIndex: 0,
             location: SourceLocation(file: register, line: 3, column: 1),
             text: "Thực hiện Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương"),
    // … and rests on the guidance, which the register also says rests on the plan: a cycle.
    Citation(id: guidance, relation: .basedOn, modality: .enacted, documentIndex: 0,
             location: SourceLocation(file: register, line: 4, column: 1),
             text: "Căn cứ Hướng dẫn số 12-HD/TU"),
    Citation(id: plan, relation: .guides, modality: .enacted, documentIndex: 1,
             location: SourceLocation(file: register, line: 13, column: 1),
             text: "Hướng dẫn thực hiện Kế hoạch số 256-KH/TU"),
]

let graph = GraphBuilder.build(CorpusExtraction(files: [file]))
let resting = graph.impact(of: try graph.lookup("28-NQ/TW"))
print("\(resting.count) documents rest on 28-NQ/TW")

let asOf = SimpleDate(year: 2026, month: 11, day: 25)!
for finding in Checker.run(graph, CheckOptions(asOf: asOf, rules: [CycleRule().id])) {
    print(finding.description)
}
