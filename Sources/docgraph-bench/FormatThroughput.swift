import ArgumentParser
import DocGraph
import DocGraphFormats
import Foundation

/// Extraction throughput of each input format on the same documents: the .txt, and the .docx
/// and .pdf that LibreOffice made of them (Tests/DocGraphTests/Formats). Pages are the PDF's,
/// so pages/s compare the formats on the same text.
struct FormatThroughput: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats",
        abstract: "Extraction throughput (MB/s, pages/s) of .txt, .docx and .pdf on the same documents, one core.")
    @Option(help: "The folder of .docx/.pdf fixtures.") var folder = "Tests/DocGraphTests/Formats"
    @Option(help: "Times each file is read; the best time counts.") var repeats = 3

    func run() throws {
        let sources = DocumentFormats.registry
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") && !$0.hasPrefix("bad-") && !$0.hasPrefix("scanned-") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no .pdf fixtures in \(folder)") }
        var totals: [String: (bytes: Int, seconds: Double)] = [:]
        var pages = 0
        for name in names {
            let stem = String(name.dropLast(4))
            let text = ["Corpus/\(stem).txt", "Tests/Evaluation/Real/\(stem).txt"].first { FileManager.default.fileExists(atPath: $0) }
            let pdf = DocumentExtractor.extract(path: "\(folder)/\(name)", sources: sources)
            pages += pdf.documents.compactMap(\.endPage).max() ?? 0
            for (format, path) in [("txt", text), ("docx", "\(folder)/\(stem).docx"), ("pdf", "\(folder)/\(name)")] {
                guard let path, let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int else { continue }
                var best = Double.infinity
                for _ in 0..<max(1, repeats) {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let file = DocumentExtractor.extract(path: path, sources: sources)
                    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                    precondition(file.wasRead, "\(path) could not be read")
                }
                totals[format, default: (0, 0)].bytes += size
                totals[format, default: (0, 0)].seconds += best
            }
        }
        print("\(names.count) documents, \(pages) PDF pages, best of \(repeats) reads, 1 core\n")
        print("| format | MB | seconds | MB/s | pages/s |")
        print("|---|---:|---:|---:|---:|")
        for format in ["txt", "docx", "pdf"] {
            guard let t = totals[format] else { continue }
            let mb = Double(t.bytes) / 1e6
            print("| \(format) | \(String(format: "%.2f", mb)) | \(String(format: "%.3f", t.seconds)) | \(String(format: "%.1f", mb / t.seconds)) | \(String(format: "%.0f", Double(pages) / t.seconds)) |")
        }
        // --ocr: the scanned page, read once (a page costs seconds). CPU of every thread, as
        // Tesseract's OpenMP threads count, and wall time.
        let scan = "\(folder)/scanned-107-page1.pdf"
        guard FileManager.default.fileExists(atPath: scan) else { return }
        let (cpuStart, wallStart) = (Clock.now(), DispatchTime.now().uptimeNanoseconds)
        let recognised = DocumentExtractor.extract(path: scan, sources: sources.adding(PDFSource(recognition: PageRecognition())))
        let (cpuSeconds, wallSeconds) = (Clock.now() - cpuStart, Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9)
        precondition(recognised.wasRead, "\(scan) could not be read by OCR")
        print("\npdf with --ocr (1 scanned page, 300 dpi, Tesseract vie): \(String(format: "%.2f", cpuSeconds)) s CPU, \(String(format: "%.2f", wallSeconds)) s wall, \(recognised.citations.count) citations"
              + " (OMP_THREAD_LIMIT=\(ProcessInfo.processInfo.environment["OMP_THREAD_LIMIT"] ?? "unset"))")
    }
}
