import CPSEngine
/// Ids for a copied structure, numbered by kind in document order (`item-1`, `item-2`, ...), never the original's.
struct FreshIDs {
    private var counts: [String: Int] = [:]

    /// The next id of `kind`.
    mutating func next(_ kind: String) -> String {
        counts[kind, default: 0] += 1
        return "\(kind)-\(counts[kind]!)"
    }
}
