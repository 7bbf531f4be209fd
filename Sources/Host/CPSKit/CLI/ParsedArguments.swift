import CPSEngine
/// A command line parsed against a ``CommandSpec``.
public struct ParsedArguments: Sendable {
    /// The positional arguments in order.
    public var positionals: [String] = []
    /// Each option's values in order, by long name; a flag holds one empty value per use.
    public var options: [String: [String]] = [:]

    /// The last value of an option, if given.
    public func value(_ name: String) -> String? { options[name]?.last }

    /// Every value of a repeatable option.
    public func values(_ name: String) -> [String] { options[name] ?? [] }

    /// Whether a flag or option was given.
    public func has(_ name: String) -> Bool { options[name] != nil }
}
