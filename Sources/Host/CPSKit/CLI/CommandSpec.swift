/// Everything `cps` knows about a command: its name, help, arguments, options and formats.
///
/// The spec is both the parser's grammar and the command's `--help`, so the two cannot drift apart.
public struct CommandSpec: Sendable {
    /// The command's name, such as `show`.
    public var name: String
    /// One line saying what it does.
    public var abstract: String
    /// More help, when one line is not enough.
    public var discussion: String?
    /// Its positional arguments, in order.
    public var arguments: [ArgumentSpec]
    /// Its options (besides `--help`).
    public var options: [OptionSpec]
    /// The formats it prints; the first is the default. Empty when it takes no `--format`.
    public var formats: [OutputFormat]
    /// Example invocations, without the leading `cps`.
    public var examples: [String]

    /// Creates a spec; a `--format` option is added when `formats` is not empty.
    public init(
        name: String,
        abstract: String,
        discussion: String? = nil,
        arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [],
        formats: [OutputFormat] = [],
        examples: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.formats = formats
        self.examples = examples
        var options = options
        if !formats.isEmpty {
            let names = formats.map(\.rawValue).joined(separator: ", ")
            options.insert(.value("format", "format", help: "Output format: \(names) (default: \(formats[0].rawValue))."), at: 0)
        }
        self.options = options
    }

    /// The options every command takes besides its own.
    static let helpOption = OptionSpec.flag("help", short: "h", help: "Show this help.")

    /// All options, `--help` last.
    var allOptions: [OptionSpec] { options + [Self.helpOption] }
}
