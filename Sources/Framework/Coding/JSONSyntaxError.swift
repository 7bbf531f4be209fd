/// Why a text is not JSON, and where.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, as a sentence fragment ("expected ':' after an object key").
    public var reason: String
    /// The byte offset where it went wrong.
    public var offset: Int
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in characters.
    public var column: Int

    /// "line 3, column 14: expected ':' after an object key."
    public var description: String { "line \(line), column \(column): \(reason)." }
}
