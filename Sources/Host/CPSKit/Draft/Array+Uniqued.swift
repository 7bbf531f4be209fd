import CPSEngine
extension Array where Element: Hashable {
    /// The elements in order with repeats removed.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
