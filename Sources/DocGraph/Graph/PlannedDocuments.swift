/// The graph's plans (``DocumentGraph/plans``), in the order `GraphBuilder` attached them, held as the
/// files gave them: each file's plans are the array its extraction kept (`ExtractedFile.heldPlans`),
/// taken as it is, with the file's name and its documents' nodes.
///
/// One array of ``PlannedDocument``s was made beside the files' while the graph was built, and the files'
/// were freed into the reading threads' malloc arenas, which keep them resident: a plan-heavy corpus held
/// its plans twice at the peak of the build (RSS sampled on 16,000 plan-heavy documents: +55 MB at once;
/// massif, 2,000: the graph's 8.7 MB of plans beside 7.9 MB of the files'). Read, a plan is the
/// ``PlannedDocument`` the array held: the planner is the file's node of the row's document, the place
/// the row's in the file.
public struct PlannedDocuments: RandomAccessCollection, Sendable, CustomReflectable {
    /// One file's plans: `plans[k].documentIndex` indexes `nodes`, and each plan stands in `file`.
    struct Part: Sendable {
        var file: String
        var nodes: [NodeIndex]
        var plans: [HeldPlan]
    }

    private var parts: [Part] = []
    /// The index of each part's first plan.
    private var starts: [Int] = []
    private var total = 0

    public init() {}

    /// The plans given, in their order (code that builds a graph of its own plans, tests): a part for
    /// each run of plans in one file.
    init(_ plans: [PlannedDocument]) {
        var part: Part?
        for plan in plans {
            if let p = part, p.file != plan.location.file { append(p); part = nil }
            if part == nil { part = Part(file: plan.location.file, nodes: [], plans: []) }
            part!.nodes.append(plan.planner)
            part!.plans.append(HeldPlan(documentIndex: part!.nodes.count - 1, announced: plan.announced, deadline: plan.deadline,
                                        leadUnit: plan.leadUnit, location: plan.location, citesDocuments: plan.citesDocuments))
        }
        if let part { append(part) }
    }

    /// Adds a file's plans after the others, their array taken as it is (no copy: the caller lets its
    /// own go). Every plan's `documentIndex` is an index of `nodes`.
    mutating func append(_ part: Part) {
        guard !part.plans.isEmpty else { return }
        starts.append(total)
        total += part.plans.count
        parts.append(part)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { total }

    public subscript(k: Int) -> PlannedDocument {
        precondition(k >= 0 && k < total, "plan index out of range")
        // The last part whose first plan is at or before `k`.
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= k { low = mid } else { high = mid - 1 }
        }
        return parts[low].plan(k - starts[low])
    }

    public struct Iterator: IteratorProtocol {
        fileprivate let parts: [Part]
        fileprivate var part = 0
        fileprivate var plan = 0

        public mutating func next() -> PlannedDocument? {
            while part < parts.count {
                if plan < parts[part].plans.count {
                    defer { plan += 1 }
                    return parts[part].plan(plan)
                }
                part += 1
                plan = 0
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(parts: parts) }

    /// Read as the array of plans it stands for (`dump`, tests that compare graphs field by field).
    public var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(self), displayStyle: .collection) }
}

extension PlannedDocuments.Part {
    /// The `k`th plan of the file, as the graph reads it.
    func plan(_ k: Int) -> PlannedDocument {
        PlannedDocument(planner: nodes[Int(plans[k].documentIndex)], held: plans[k], file: file)
    }
}

extension PlannedDocuments {
    /// Where each file's plans are stored (tests: the graph holds the files' arrays, not copies).
    var heldStorage: [UnsafePointer<HeldPlan>?] { parts.map { $0.plans.withUnsafeBufferPointer { $0.baseAddress } } }
}
