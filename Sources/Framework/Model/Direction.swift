/// The way a document wants a figure to move.
public enum Direction: String, Codable, CaseIterable, Sendable {
    /// More of it.
    case increase
    /// Less of it.
    case decrease
    /// Keep it where it is.
    case maintain
}
