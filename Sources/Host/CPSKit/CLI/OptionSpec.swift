import CPSEngine
/// An option a command accepts: `--format <format>`, a flag such as `--all`, or a repeatable `--where <c=v>`.
public struct OptionSpec: Sendable {
    /// The long name without dashes, such as `format`.
    public var name: String
    /// A one-letter short name, such as `o` for `-o`.
    public var short: Character?
    /// The placeholder of its value (`<format>`); `nil` for a flag.
    public var valueName: String?
    /// One sentence of help.
    public var help: String
    /// Whether it may be given more than once.
    public var repeatable: Bool

    /// Creates an option that takes a value.
    public static func value(_ name: String, short: Character? = nil, _ valueName: String, help: String, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: valueName, help: help, repeatable: repeatable)
    }

    /// Creates a flag.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help, repeatable: false)
    }

    /// Whether it takes a value.
    public var takesValue: Bool { valueName != nil }

    /// `--format <format>` or `-o, --output <file>`.
    public var synopsis: String {
        let long = "--\(name)" + (valueName.map { " <\($0)>" } ?? "")
        return short.map { "-\($0), \(long)" } ?? long
    }
}
