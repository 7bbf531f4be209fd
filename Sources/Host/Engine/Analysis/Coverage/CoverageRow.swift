/// One principle, domain or standard measure across the authorities.
public struct CoverageRow: Codable, Equatable, Sendable {
    /// The principle's number, domain's id or measure's id.
    public var key: String
    /// Its title.
    public var title: String
    /// One cell per authority, in the matrix's order.
    public var cells: [CoverageCell]
}
