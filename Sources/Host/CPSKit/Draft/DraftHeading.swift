import CPSEngine
/// A line the outline finder took for a heading: where it is, its title and its depth.
struct DraftHeading: Equatable, Sendable {
    /// The index of its line in the drafter's lines.
    var index: Int
    /// The heading as printed.
    var title: String
    /// Its depth in the outline, from 1.
    var level: Int
    /// The item it introduces, when its label says so ("Priority 1:", "Outcome 2", "Pledge 3").
    var label: ItemLabel?
}
