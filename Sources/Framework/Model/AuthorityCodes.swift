/// The identifiers that tie a council to published statistics.
public struct AuthorityCodes: Codable, Equatable, Hashable, Sendable {
    /// The ONS (GSS) nine-character code, such as `E08000014`.
    public var ons: String?
    /// DfE's three-digit "old LA code", such as `343`.
    public var dfe: String?

    /// Creates a pair of codes; either may be unknown.
    public init(ons: String? = nil, dfe: String? = nil) {
        self.ons = ons
        self.dfe = dfe
    }
}
