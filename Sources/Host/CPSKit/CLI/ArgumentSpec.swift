import CPSEngine
/// A positional argument of a command, such as `<id>`.
public struct ArgumentSpec: Sendable {
    /// Its placeholder, without angle brackets.
    public var name: String
    /// One sentence of help.
    public var help: String
    /// Whether it may be left out.
    public var optional: Bool
    /// Whether it takes every remaining argument.
    public var variadic: Bool

    /// Creates a positional argument.
    public init(_ name: String, help: String, optional: Bool = false, variadic: Bool = false) {
        self.name = name
        self.help = help
        self.optional = optional
        self.variadic = variadic
    }

    /// `<id>`, `[<id>]`, `<path>...`.
    public var synopsis: String {
        let base = "<\(name)>" + (variadic ? "..." : "")
        return optional ? "[\(base)]" : base
    }
}
