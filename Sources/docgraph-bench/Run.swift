import ArgumentParser
import CorpusSynthesis
import DocGraph
import Foundation

/// Generates (once) and measures each shape and size, then prints README's tables: the pipeline,
/// each rule alone, and the growth from one size to the next; the Python baseline and `grep -rcE`
/// run over the same files in the same run.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Generate the corpora if needed and print the benchmark tables.")
    @Option(help: "Corpus sizes, comma-separated.") var sizes = "1000,4000,16000,64000"
    @Flag(help: "Only 1,000 and 4,000 documents: one growth step, in about a minute.") var quick = false
    @Option(help: "Corpus shapes, comma-separated (sample, plans, other-hands).") var shapes = "sample,plans,other-hands"
    @Option(help: "Where the generated corpora are kept between runs.") var work = ".build-bench"
    @Option(help: "Seed of the generated corpora.") var seed: UInt64 = 2026
    @Option(help: "The Python baseline (`python3 FILE DIR --check`); skipped when the file is missing.")
    var baseline = "../shared/bench/baseline.py"

    /// What `grep -rcE` counts: Party identifiers, the floor for reading the same bytes.
    static let grepPattern = "[0-9]+-[A-ZĐ]+/[A-ZĐ]+"

    struct Row {
        var shape: Shape
        var count: Int
        var one: Figures
        var all: Figures
        var grep: Double
        var python: Double?
    }

    func run() throws {
        let counts = quick ? [1000, 4000] : sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let kinds = shapes.split(separator: ",").compactMap { Shape(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty, !kinds.isEmpty else { throw ValidationError("--sizes takes numbers like 1000,4000 and --shapes names like sample,plans") }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let python = FileManager.default.fileExists(atPath: baseline) ? baseline : nil
        if python == nil { log("no \(baseline): the Python baseline is left out") }
        var rows: [Row] = []
        for shape in kinds {
            for count in counts {
                let folder = "\(work)/\(shape.rawValue)-v\(shape.version)-\(count)-\(seed)"
                let marker = "\(folder)/.complete"
                if !FileManager.default.fileExists(atPath: marker) {
                    try? FileManager.default.removeItem(atPath: folder)
                    log("generating \(count) \(shape.rawValue) documents in \(folder) …")
                    _ = try shape.write(count: count, seed: seed, to: folder)
                    // Written last, so an interrupted generation is redone rather than measured.
                    try Data().write(to: URL(fileURLWithPath: marker))
                }
                _ = try time(["grep", "-rcE", Self.grepPattern, folder]) // warm the page cache
                log("measuring \(shape.rawValue) \(count) …")
                let one = try measure(folder, ["--threads", "1", "--extract-only"])
                let all = try measure(folder, ["--threads", String(cores)])
                let grep = try time(["grep", "-rcE", Self.grepPattern, folder])
                var py: Double?
                if let python {
                    log("running the Python baseline on \(shape.rawValue) \(count) …")
                    py = try? time(["python3", python, folder, "--check"])
                }
                rows.append(Row(shape: shape, count: count, one: one, all: all, grep: grep, python: py))
            }
        }
        print(Self.pipelineTable(rows, cores: cores))
        print(Self.ruleTable(rows))
        print(Self.growthTable(rows))
    }

    private func measure(_ folder: String, _ arguments: [String]) throws -> Figures {
        let output = try runChild([CommandLine.arguments[0], "measure", folder] + arguments)
        guard let line = output.split(separator: "\n").last, let f = try? JSONDecoder().decode(Figures.self, from: Data(line.utf8)) else {
            throw ValidationError("measure printed no figures: \(output)")
        }
        return f
    }

    /// CPU seconds (user + system) of a child command, as `measure` counts its own.
    private func time(_ command: [String]) throws -> Double {
        let before = Self.childrenCPU()
        let status = try runChild(command, status: true)
        // grep exits 1 when nothing matched; anything else above 1 is a failure.
        guard status.1 <= 1 else { throw ValidationError("\(command.joined(separator: " ")) exited with \(status.1)") }
        return Self.childrenCPU() - before
    }

    /// CPU seconds of every child waited for so far.
    static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private func runChild(_ command: [String]) throws -> String { try runChild(command, status: true).0 }

    private func runChild(_ command: [String], status: Bool) throws -> (String, Int32) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0].contains("/") ? command[0] : "/usr/bin/env")
        p.arguments = command[0].contains("/") ? Array(command.dropFirst()) : command
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), p.terminationStatus)
    }

    private func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    static func seconds(_ s: Double) -> String { String(format: s < 0.1 ? "%.3f" : "%.2f", s) }

    static func pipelineTable(_ rows: [Row], cores: Int) -> String {
        func mb(_ b: Int) -> String { String(format: "%.0f", Double(b) / 1e6) }
        func rate(_ b: Int, _ s: Double) -> String { String(format: "%.0f", Double(b) / 1e6 / max(s, 1e-9)) }
        func ms(_ s: Double) -> String { String(format: s < 0.01 ? "%.2f" : "%.0f", s * 1000) }
        var out = """
            | shape | docs | MB | plans | obligations | extract 1 core MB/s | extract \(cores) cores MB/s (wall) | graph s | check s | files→check s | files→check wall s | impact ms | path ms | peak RSS MB (÷ corpus) | grep -rcE s | Python baseline s | Python ÷ docgraph |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|

            """
        for r in rows {
            let all = r.all
            let total = all.extract + all.graph + all.check  // CPU seconds of the pipeline; `read` only counts bytes for the table
            out += "| \(r.shape.rawValue) | \(r.count) | \(mb(all.bytes)) | \(all.plans) | \(all.obligations) | \(rate(r.one.bytes, r.one.extract)) | \(rate(all.bytes, all.extractWall)) "
            out += "| \(seconds(all.graph)) | \(seconds(all.check)) | \(seconds(total)) | \(seconds(all.extractWall + all.checkWall)) | \(ms(all.impact)) | \(ms(all.path)) "
            out += "| \(mb(all.peakRSS)) (\(String(format: "%.2f", Double(all.peakRSS) / Double(max(all.bytes, 1))))) | \(seconds(r.grep)) "
            out += "| \(r.python.map(seconds) ?? "–") | \(r.python.map { String(format: "%.1f", $0 / max(total, 1e-9)) } ?? "–") |\n"
        }
        return out
    }

    /// CPU seconds of each rule run alone.
    static func ruleTable(_ rows: [Row]) -> String {
        let names = RuleRegistry.standard.ids.map(\.rawValue)
        var out = "| shape | docs | " + names.joined(separator: " s | ") + " s |\n|---|---:|" + String(repeating: "---:|", count: names.count) + "\n"
        for r in rows {
            out += "| \(r.shape.rawValue) | \(r.count) | " + names.map { seconds(r.all.rules[$0] ?? 0) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Time at one size ÷ time at the previous size, for each step of ×4 documents; the target is
    /// at most 5. Times under 5 ms are too small to say anything and are shown as `–`.
    static func growthTable(_ rows: [Row]) -> String {
        let stages: [(String, (Figures) -> Double)] = [("extract", \.extract), ("graph", \.graph), ("check", \.check)]
            + RuleRegistry.standard.ids.map { rule in (rule.rawValue, { $0.rules[rule.rawValue] ?? 0 }) }
        var out = "| shape | docs | " + stages.map(\.0).joined(separator: " | ") + " |\n|---|---|" + String(repeating: "---:|", count: stages.count) + "\n"
        for (previous, r) in zip(rows, rows.dropFirst()) where previous.shape == r.shape {
            let cells = stages.map { (_, time) -> String in
                let a = time(previous.all), b = time(r.all)
                guard a >= 0.005 || b >= 0.005 else { return "–" }
                let ratio = b / max(a, 1e-9)
                let docs = Double(r.count) / Double(previous.count)
                return String(format: "%.1f", ratio) + (ratio > docs * 1.25 ? " ✗" : "")
            }
            out += "| \(r.shape.rawValue) | \(previous.count)→\(r.count) | " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
