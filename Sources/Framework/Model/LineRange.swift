/// A range of lines of a source document, first and last, counted from 1.
public struct LineRange: Codable, Equatable, Sendable {
    /// The first line.
    public var from: Int
    /// The last line (`from` for one line).
    public var to: Int

    /// Creates a range.
    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }
}
