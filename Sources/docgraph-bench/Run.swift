import ArgumentParser
import CorpusSynthesis
import Foundation

/// Generates (once) and measures each size, then prints README's table.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Generate the corpora if needed and print the benchmark table.")
    @Option(help: "Corpus sizes, comma-separated.") var sizes = "1000,10000,100000"
    @Option(help: "Where the generated corpora are kept between runs.") var work = ".build-bench"
    @Option(help: "Seed of the generated corpora.") var seed: UInt64 = 2026

    func run() throws {
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty else { throw ValidationError("--sizes takes numbers like 1000,10000") }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var rows: [(Int, Figures, Figures, Double)] = []
        for count in counts {
            let folder = "\(work)/corpus-v\(SyntheticCorpus.version)-\(count)-\(seed)"
            let marker = "\(folder)/.complete"
            if !FileManager.default.fileExists(atPath: marker) {
                try? FileManager.default.removeItem(atPath: folder)
                log("generating \(count) documents in \(folder) …")
                try SyntheticCorpus(count: count, seed: seed).write(to: folder)
                // Written last, so an interrupted generation is redone rather than measured.
                try Data().write(to: URL(fileURLWithPath: marker))
            }
            _ = try time(["grep", "-rc", "-e", "/TW", folder]) // warm the page cache
            log("measuring \(count) …")
            let one = try measure(folder, ["--threads", "1", "--extract-only"])
            let all = try measure(folder, ["--threads", String(cores)])
            let grep = try time(["grep", "-rc", "-e", "/TW", folder])
            rows.append((count, one, all, grep))
        }
        print(Self.table(rows, cores: cores))
    }

    private func measure(_ folder: String, _ arguments: [String]) throws -> Figures {
        let output = try runChild([CommandLine.arguments[0], "measure", folder] + arguments)
        guard let line = output.split(separator: "\n").last, let f = try? JSONDecoder().decode(Figures.self, from: Data(line.utf8)) else {
            throw ValidationError("measure printed no figures: \(output)")
        }
        return f
    }

    private func time(_ command: [String]) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try runChild(command)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func runChild(_ command: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0].contains("/") ? command[0] : "/usr/bin/env")
        p.arguments = command[0].contains("/") ? Array(command.dropFirst()) : command
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    static func table(_ rows: [(Int, Figures, Figures, Double)], cores: Int) -> String {
        func mb(_ b: Int) -> String { String(format: "%.0f", Double(b) / 1e6) }
        func rate(_ b: Int, _ s: Double) -> String { String(format: "%.0f", Double(b) / 1e6 / max(s, 1e-9)) }
        func ms(_ s: Double) -> String { String(format: s < 0.01 ? "%.2f" : "%.0f", s * 1000) }
        var out = """
            | docs | MB | read MB/s | extract 1 core MB/s (docs/s) | extract \(cores) cores MB/s | graph docs/s | check s | read→check s | impact ms | path ms | peak RSS MB (÷ corpus) | grep -c s | extract ÷ grep |
            |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|

            """
        for (count, one, all, grep) in rows {
            let total = all.read + all.extract + all.graph + all.check
            out += "| \(count) | \(mb(all.bytes)) | \(rate(all.bytes, all.read)) | \(rate(one.bytes, one.extract)) (\(String(format: "%.0f", Double(one.documents) / one.extract))) "
            out += "| \(rate(all.bytes, all.extract)) | \(String(format: "%.0f", Double(all.documents) / max(all.graph, 1e-9))) | \(String(format: "%.2f", all.check)) "
            out += "| \(String(format: "%.1f", total)) | \(ms(all.impact)) | \(ms(all.path)) | \(mb(all.peakRSS)) (\(String(format: "%.2f", Double(all.peakRSS) / Double(max(all.bytes, 1))))) "
            out += "| \(String(format: "%.2f", grep)) | \(String(format: "%.1f", all.extract / max(grep, 1e-9))) |\n"
        }
        return out
    }
}
