import CorporateParenting

/// One entry of a pack that may stand behind coverage cells: its kind, what it serves and where it is.
struct CoverageContribution: Sendable {
    /// Where the entry is in the pack's index.
    enum Origin: Sendable {
        /// ``PackIndex/items``.
        case item(Int)
        /// ``PackIndex/actions``.
        case action(Int)
        /// ``PackIndex/bodies``.
        case body(Int)
        /// ``PackIndex/localPrinciples``.
        case localPrinciple(Int)
        /// ``PackProfile/measures``.
        case metric(Int)
    }

    var kind: CoverageKind
    var masks: MappingMasks
    /// Whether its mapping is its parent item's, its item's or its body's rather than its own.
    var inherited: Bool
    /// For a monitored metric bound to a standard measure, that measure's place in the framework's catalogue.
    var catalogueIndex: Int?
    var origin: Origin
}
