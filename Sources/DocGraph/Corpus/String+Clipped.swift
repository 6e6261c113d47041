extension String {
    /// This text cut to at most `length` characters, an ellipsis marking the cut: how long titles
    /// are shown in tables, findings and diagram labels.
    public func clipped(to length: Int) -> String {
        count <= length ? self : String(prefix(Swift.max(length - 1, 0))) + "…"
    }
}
