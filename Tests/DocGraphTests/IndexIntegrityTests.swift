import DocGraph
@testable import DocGraphIndex
import Foundation
import Testing

/// Opening an index reads every page (`PRAGMA quick_check`) only when the file is not as the
/// last update left it (`IntegrityStamp`): damage is still found, and an unchanged file opens
/// without the check (README, "Safety").
@Suite("index integrity", .serialized)
struct IndexIntegrityTests {
    static func built(in folder: URL) throws -> String {
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder.appendingPathComponent("Corpus"))
        let index = folder.appendingPathComponent("i.sqlite").path
        _ = try IndexUpdate(roots: [folder.appendingPathComponent("Corpus").path]).run(index: index)
        return index
    }

    @Test("an index as its update left it opens without quick_check; touched, it is checked again")
    func stamp() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try Self.built(in: folder)
        #expect(try CorpusIndex.open(index).integrity == .unchangedSinceUpdate)
        // Readers leave it as it was: a second open still trusts the stamp.
        _ = try CorpusIndex.open(index).corpus()
        #expect(try CorpusIndex.open(index).integrity == .unchangedSinceUpdate)
        #expect(try CorpusIndex.open(index, verify: false).integrity == .notChecked)

        // Its time changed by something else than docgraph (set a minute back, so that no file
        // system's time granularity can hide it): every page is read again.
        var info = stat()
        #expect(stat(index, &info) == 0)
        var times = utimbuf(actime: info.st_atim.tv_sec, modtime: info.st_mtim.tv_sec - 60)
        #expect(utime(index, &times) == 0)
        #expect(try CorpusIndex.open(index).integrity == .checked)
        // The next update stamps it again; an update that changed nothing too.
        _ = try IndexUpdate(roots: [folder.appendingPathComponent("Corpus").path]).run(index: index)
        #expect(try CorpusIndex.open(index).integrity == .unchangedSinceUpdate)

        // `--rebuild` builds beside the file and renames it: the stamp goes with it.
        var rebuild = IndexUpdate(roots: [folder.appendingPathComponent("Corpus").path])
        rebuild.rebuild = true
        _ = try rebuild.run(index: index)
        #expect(try CorpusIndex.open(index).integrity == .unchangedSinceUpdate)
    }

    @Test("bytes changed in a stamped index: the open reads every page and reports the damage")
    func damageAfterStamp() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try Self.built(in: folder)
        let handle = try #require(FileHandle(forUpdatingAtPath: index))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data((0..<16384).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }))
        try handle.close()
        #expect(throws: IndexError.self) { _ = try CorpusIndex.open(index) }
        do {
            _ = try CorpusIndex.open(index)
        } catch {
            guard case .corrupt = error else { Issue.record("not reported as damage: \(error)"); return }
            #expect(error.text(.en).contains("--rebuild"), "\(error.text(.en))")
        }
        // An update refuses it the same way, and writes nothing.
        let before = try Data(contentsOf: URL(fileURLWithPath: index))
        #expect(throws: IndexError.self) { _ = try IndexUpdate(roots: [folder.appendingPathComponent("Corpus").path]).run(index: index) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == before)
    }
}
