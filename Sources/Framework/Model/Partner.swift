/// A partner organisation the document names, as printed.
public struct Partner: Codable, Equatable, Sendable {
    /// Its name as printed.
    public var name: String

    /// Creates a partner.
    public init(_ name: String) {
        self.name = name
    }
}
