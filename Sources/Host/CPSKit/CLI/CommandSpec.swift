import CPSEngine
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
    /// Why it takes no such option, by option name, as the clause after "`cps NAME`" ("prints one JSON schema");
    /// options not named here use the common reasons.
    public var refusals: [String: String]

    /// Creates a spec; `--format`, `--output` and `--force` are added when `formats` is not empty (and `--output`
    /// is not among `options` already).
    public init(
        name: String,
        abstract: String,
        discussion: String? = nil,
        arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [],
        formats: [OutputFormat] = [],
        examples: [String] = [],
        refusals: [String: String] = [:]
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.formats = formats
        self.examples = examples
        self.refusals = refusals
        var options = options
        if !formats.isEmpty {
            options.insert(CommonOptions.format(formats), at: 0)
            if !options.contains(where: { $0.name == "output" }) { options.insert(contentsOf: CommonOptions.output, at: 1) }
        }
        self.options = options
    }

    /// The options every command takes besides its own.
    static let helpOption = OptionSpec.flag("help", short: "h", help: "Show this help.")

    /// All options: its own, then `--quiet` and `--no-color`, `--help` last.
    var allOptions: [OptionSpec] { options + CommonOptions.console + [Self.helpOption] }

    /// Why it takes no `--name`, in one sentence, when `name` is a common option; nil otherwise.
    func refusal(of name: String) -> String? {
        guard let reason = refusals[name] ?? CommonOptions.reasons[name] else { return nil }
        return "`cps \(self.name)` \(reason), so it takes no --\(name)."
    }
}
