import ArgumentParser
import DocGraph

// Every option with a closed set of values is parsed here, by ArgumentParser, before `run()`
// reads any file: a typo fails at once with exit code 2, and `--help` and the generated shell
// completions list the values.

/// `--rules cycle,overdue-plan`: ids of the standard registry.
struct RuleList: ExpressibleByArgument {
    var ids: Set<RuleID>

    init?(argument: String) {
        let known = Set(RuleRegistry.standard.ids)
        let ids = argument.split(separator: ",").map { RuleID(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard !ids.isEmpty, ids.allSatisfy(known.contains) else { return nil }
        self.ids = Set(ids)
    }

    static var allValueStrings: [String] { RuleRegistry.standard.ids.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// `--relations implements,amends` (case-insensitive, `based-on` too).
struct RelationList: ExpressibleByArgument {
    var relations: Set<Relation>

    init?(argument: String) {
        let parsed = argument.split(separator: ",").map { Relation(userInput: $0.trimmingCharacters(in: .whitespaces)) }
        guard !parsed.isEmpty, !parsed.contains(nil) else { return nil }
        relations = Set(parsed.compactMap { $0 })
    }

    static var allValueStrings: [String] { Relation.allCases.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// `--modality enacted|planned|all`.
enum ModalityChoice: String, ExpressibleByArgument, CaseIterable {
    case enacted, planned, all

    /// The modalities an edge filter keeps.
    var modalities: Set<Modality> {
        switch self {
        case .enacted: [.enacted]
        case .planned: [.planned]
        case .all: Set(Modality.allCases)
        }
    }
}

/// `--layout`: the Graphviz layout engines docgraph offers.
enum LayoutChoice: String, ExpressibleByArgument, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi
}
