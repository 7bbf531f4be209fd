/// Someone who signs or introduces the document.
public struct Signatory: Codable, Equatable, Sendable {
    /// The person's name as printed, when it is printed.
    public var name: String?
    /// Their role as printed.
    public var role: String?
    /// The section this comes from.
    public var source: String

    /// Creates a signatory.
    public init(name: String? = nil, role: String? = nil, source: String = "") {
        self.name = name
        self.role = role
        self.source = source
    }
}
