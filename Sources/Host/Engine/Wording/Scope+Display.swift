import CorporateParenting

extension Scope {
    /// "the council", "England", "the region", "statistical neighbours", "another authority".
    public var display: String {
        switch self {
        case .authority: "the council"
        case .england: "England"
        case .region: "the region"
        case .statisticalNeighbours: "statistical neighbours"
        case .otherAuthority: "another authority"
        }
    }
}
