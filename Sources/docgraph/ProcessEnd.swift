/// Values a command leaves to the end of the process instead of freeing them: the kernel takes
/// back a process's memory at once, while freeing a whole graph (a million strings at 100,000
/// documents) value by value costs `check` a noticeable share of its run.
enum ProcessEnd {
    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until the process exits (deliberately never released).
    static func leave<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }
}
