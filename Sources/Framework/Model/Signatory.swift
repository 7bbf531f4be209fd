/// Someone who signs or introduces the document.
public struct Signatory: Codable, Equatable, Sendable {
    /// The name as printed, when printed.
    public var name: String?
    /// The role or title as printed, when printed.
    public var role: String?

    /// Creates a signatory.
    public init(name: String? = nil, role: String? = nil) {
        self.name = name
        self.role = role
    }
}
