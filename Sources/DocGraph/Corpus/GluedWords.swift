import Foundation

/// Words whose space a converter or a web page lost: `Căn cứQuyết định`, `VỀVIỆC BÃI BỎ`,
/// `thaythế`, `tạiTờ trình`, `thông quanội dung`.
///
/// Every Vietnamese word is one syllable, and a syllable has one run of vowels: so a run of
/// letters with two runs of vowels is several words written together. It is read as the
/// syllables it is made of, chosen by the orthography (an initial consonant, then a rhyme), and
/// among the readings that fit, the one with the fewest syllables, the fewest starting with a
/// vowel, and then the most frequent syllables (`Banhành` is `ban hành`, not `ba nhành`).
/// Only runs that carry a diacritic are read so: acronyms and foreign words in plain ASCII
/// (`ASEAN`, `OCOP`, `online`) stay whole.
enum GluedWords {
    /// The folded offsets, inside `run`, where a space was lost; empty when the run is one word
    /// or no reading fits.
    static func spaces(in run: ArraySlice<UInt8>) -> [Int] {
        let letters = Array(run)
        let n = letters.count
        guard n >= 3, n <= 28 else { return [] }
        // best[i]: the best reading of letters[0..<i] as (syllables, vowel-initial ones, -score).
        var best: [(key: (Int, Int, Double), cut: Int)?] = Array(repeating: nil, count: n + 1)
        best[0] = ((0, 0, 0), 0)
        for end in 1...n {
            for start in max(0, end - 7)..<end {
                guard let previous = best[start], isSyllable(letters[start..<end]) else { continue }
                let syllable = letters[start..<end]
                let key = (previous.key.0 + 1,
                           previous.key.1 + (syllable.first.map(isVowel) == true ? 1 : 0),
                           previous.key.2 - weight(syllable))
                if let current = best[end], !(key < current.key) { continue }
                best[end] = (key, start)
            }
        }
        guard let whole = best[n], whole.key.0 >= 2 else { return [] }
        var cuts: [Int] = []
        var i = whole.cut
        while i > 0, let reading = best[i] {
            cuts.append(run.startIndex + i)
            i = reading.cut
        }
        return cuts.reversed()
    }

    /// Visits each run of folded letters (`a`–`z`) in `b` with how many runs of vowels it has (a
    /// syllable has one), in order, while `visit` returns true.
    ///
    /// Each byte's kind is read from `letterKinds` with one load, where the walk asked a range and six
    /// comparisons (`isVowel`): every folded file is walked so (`FoldedText.lostSpaces`), 16
    /// instructions a byte (callgrind, 100 plan-heavy documents: 18.5 M of 816 M).
    /// `letterRunsAskingEveryByte` is the form it is held to (`FifteenthPassShortcutTests`).
    @inline(__always)
    static func letterRuns(_ b: UnsafeBufferPointer<UInt8>, _ visit: (Range<Int>, Int) -> Bool) {
        letterKinds.withUnsafeBufferPointer { kinds in
            let n = b.count
            var i = 0
            while i < n {
                var kind = kinds[Int(b[i])]
                guard kind != 0 else { i += 1; continue }
                let start = i
                var runs = 0
                var inVowel = false
                while true {
                    let vowel = kind == 2
                    if vowel && !inVowel { runs += 1 }
                    inVowel = vowel
                    i += 1
                    guard i < n else { break }
                    kind = kinds[Int(b[i])]
                    guard kind != 0 else { break }
                }
                guard visit(start..<i, runs) else { return }
            }
        }
    }

    /// A folded byte's kind for `letterRuns`: 0 no letter, 1 a consonant, 2 a vowel (`isVowel`).
    static let letterKinds: [UInt8] = (0..<256).map { c in
        let b = UInt8(c)
        return b &- 0x61 < 26 ? (isVowel(b) ? 2 : 1) : 0
    }

    /// `letterRuns` asking every byte whether it is a letter and a vowel, as before issue #12's fifteenth pass.
    static func letterRunsAskingEveryByte(_ b: UnsafeBufferPointer<UInt8>, _ visit: (Range<Int>, Int) -> Bool) {
        let n = b.count
        var i = 0
        while i < n {
            guard b[i] &- 0x61 < 26 else { i += 1; continue }
            let start = i
            var runs = 0
            var inVowel = false
            while i < n, b[i] &- 0x61 < 26 {
                let vowel = isVowel(b[i])
                if vowel && !inVowel { runs += 1 }
                inVowel = vowel
                i += 1
            }
            guard visit(start..<i, runs) else { return }
        }
    }

    @inline(__always)
    static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79  // a e i o u y
    }

    /// Whether folded letters spell one syllable: an initial consonant (or none), then a rhyme.
    static func isSyllable(_ s: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: s, as: UTF8.self)
        if rhymes.contains(text) { return true }
        for k in 1...3 where s.count > k {
            let initial = String(decoding: s.prefix(k), as: UTF8.self)
            if initials.contains(initial), rhymes.contains(String(decoding: s.dropFirst(k), as: UTF8.self)) { return true }
        }
        return false
    }

    /// How much a syllable weighs in choosing a reading: the logarithm of its count in real
    /// documents (a syllable never seen there weighs least).
    private static func weight(_ s: ArraySlice<UInt8>) -> Double {
        frequencies[String(decoding: s, as: UTF8.self)] ?? -1.2
    }

    private static let frequencies: [String: Double] = Dictionary(
        SyllableFrequencies.counts.map { ($0.syllable, Foundation.log(Double($0.count))) },
        uniquingKeysWith: { first, _ in first })

    static let initials: Set<String> = Set("b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(separator: " ").map(String.init))

    /// Rhymes, folded (`ương` is `uong`, `iếc` is `iec`).
    static let rhymes: Set<String> = Set("""
        a ac ach ai am an ang anh ao ap at au ay e ec em en eng eo ep et eu i ia ich iec iem ien ieng iep iet ieu im in inh ip it iu \
        o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oem oen oeo oet oi om on ong ooc oong op ot \
        u ua uan uang uanh uat uay uc ue uech uen uenh uet ui um un ung uo uoc uoi uom uon uong uop uot uou up ut uu uy uya \
        uych uyen uyet uynh uyt uyu y yem yen yet yeu
        """.split(separator: " ").map(String.init))
}
