import Foundation
import Testing
@testable import DocGraph

/// The shortcuts of issue #12's twelfth pass, each held to the slower form it stands for: stop
/// words told on a word's bytes before the word is made a `String`, and a subject's reading for
/// its planner's type remembered across the plans that repeat it.
@Suite("Twelfth-pass shortcuts give the answers of the forms they replace")
struct TwelfthPassShortcutTests {
    /// Every line of the sample corpus and the real documents, the stop words themselves in every
    /// case and spelling, and words that share their first bytes or their length.
    static let lines: [String] = {
        var out = EleventhPassShortcutTests.lines
        let stops = AnnouncedMatcher.stop.sorted()
        out += stops + stops.map { $0.uppercased() } + [stops.joined(separator: " "), stops.joined(separator: ", ")]
        out += ["về của và các trong đối với thể hiện những cho", "VỀ CỦA VÀ CÁC TRONG ĐỐI VỚI", "vẽ cửa vá cạc", "V\u{1EC1} c\u{1EE7}a",
                "ve1 cua2 vaa cacc trongg doii voii thee hienn nhungg choo", "v e c u a", "vé", "t", "th", "trong-doi", "nhung2026",
                "Về việc ban hành Quy định về công tác cán bộ", "", " ", "12 34 ab", "ĐỐI VỚI CÁC TỈNH ỦY"]
        out += out.map(\.decomposedFoundation)
        return out
    }()

    @Test("the words of a text with stop words told on bytes are the words asked of the stop set")
    func stopWordsOnBytes() {
        for line in Self.lines {
            #expect(AnnouncedMatcher.words(line) == AnnouncedMatcher.wordsAskingStop(line), "\(line.debugDescription)")
            var handed: [String] = []
            AnnouncedMatcher.forEachWord(line) { handed.append($0) }
            #expect(handed == AnnouncedMatcher.wordsAskingStop(line), "\(line.debugDescription)")
        }
        for word in AnnouncedMatcher.stop.sorted() + ["v", "vee", "cu", "cuaa", "trongg", "tron", "nhun", "nhungx", "VE", "Cua", "hie", "chos"] {
            let isStop = Array(word.utf8).withUnsafeBufferPointer { AnnouncedMatcher.isStopWord($0) }
            #expect(isStop == AnnouncedMatcher.stop.contains(word), "\(word)")
        }
    }

    @Test("overdue plans found with a subject's reading remembered are those found reading it every plan")
    func carriesOutRemembered() throws {
        // Plans that repeat one subject under planners of several types: the remembered reading is
        // keyed by both, so a directive's `kế hoạch thực hiện Chỉ thị` is not a resolution's.
        let subjects = ["kế hoạch thực hiện Chỉ thị", "Kế hoạch triển khai thực hiện Nghị quyết", "kế hoạch thực hiện Chỉ thị số 12-CT/TU",
                        "chương trình hành động thực hiện Nghị quyết", "Quy định về công tác cán bộ", "cụ thể hoá Chỉ thị"]
        for subject in subjects + subjects.map(\.decomposedFoundation) {
            for type in ["CT", "NQ", "KL", "QĐ", "KH", "XX"] {
                let once = AnnouncedMatcher.carriesOutPlanner(subject, plannerType: type)
                #expect(AnnouncedMatcher.carriesOutPlanner(subject, plannerType: type) == once)
                #expect(AnnouncedMatcher.carriesOutPlanner(subject.decomposedFoundation, plannerType: type) == once,
                        "an NFD subject shares its NFC spelling's remembered reading: \(subject), \(type)")
            }
        }
    }
}
