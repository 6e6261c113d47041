extension ExtractedFile {
    /// Moves every position from the lines of the text a format produced to where those lines
    /// are in the file (`origins[k]` for line `k + 1`): a PDF's page and line on the page, a Word
    /// document's paragraph. Called once, after extraction, so that extraction itself only ever
    /// sees the text's own lines.
    mutating func relocate(to origins: [LineOrigin]) {
        guard !origins.isEmpty else { return }
        let name = file
        func move(_ location: inout SourceLocation) {
            guard location.file == name, location.page == nil else { return }
            let origin = origins[min(max(location.line, 1), origins.count) - 1]
            location.page = origin.page
            location.line = origin.line
            location.column += origin.column
        }
        for i in citations.indices { move(&citations[i].location) }
        for i in tasks.indices { move(&tasks[i].location) }
        for i in obligations.indices { move(&obligations[i].location) }
        for i in statedCounts.indices { move(&statedCounts[i].location) }
        for i in diagnostics.indices { move(&diagnostics[i].location) }
        for i in documents.indices {
            let start = origins[min(max(documents[i].startLine, 1), origins.count) - 1]
            let end = origins[min(max(documents[i].endLine, 1), origins.count) - 1]
            documents[i].startLine = start.line
            documents[i].startPage = start.page
            documents[i].endLine = end.line
            documents[i].endPage = end.page
        }
    }
}
