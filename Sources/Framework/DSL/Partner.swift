/// A partner the document names for a priority.
///
/// ```swift
/// Partner("Virtual School")
/// ```
public struct Partner: Sendable {
    /// The partner's name.
    public let name: String

    /// Wraps the partner's name.
    public init(_ name: String) {
        self.name = name
    }
}
