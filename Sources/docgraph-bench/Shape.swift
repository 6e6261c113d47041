import ArgumentParser
import CorpusSynthesis

/// The corpus shapes the benchmark generates: the sample corpus's conventions at scale, the
/// plan-heavy shape that made two rules quadratic before (issue #12), and other hands'
/// conventions with planted defects.
enum Shape: String, CaseIterable, ExpressibleByArgument {
    /// `SyntheticCorpus`: the sample corpus's conventions, at scale.
    case sample
    /// `PlanHeavyCorpus`: dense with announced tasks, long task tables, obligations, long lines.
    case plans
    /// `OtherHandsCorpus`: other conventions, with planted defects.
    case otherHands = "other-hands"

    var version: Int {
        switch self {
        case .sample: return SyntheticCorpus.version
        case .plans: return PlanHeavyCorpus.version
        case .otherHands: return OtherHandsCorpus.version
        }
    }

    func write(count: Int, seed: UInt64, to folder: String, manifest: String? = nil) throws -> Int {
        switch self {
        case .sample: return try SyntheticCorpus(count: count, seed: seed).write(to: folder)
        case .plans: return try PlanHeavyCorpus(count: count, seed: seed).write(to: folder)
        case .otherHands: return try OtherHandsCorpus(count: count, seed: seed).write(to: folder, manifest: manifest)
        }
    }
}
