import CorporateParenting
import CPSEngine

/// What a command runs with: where to write, the environment, today's date, the framework and the authorities.
public struct CommandContext: Sendable {
    /// Where output and messages go.
    public var console: Console
    /// The process environment (`CPS_AUTHORITY_PATH`, `COLUMNS`).
    public var environment: [String: String]
    /// Today's date, for `gaps` and reports.
    public var today: PartialDate
    /// The shared outcome framework.
    public var framework: OutcomeFramework
    /// The built-in councils, made when a command first asks for them (`--help` and `validate FILE` never do).
    public var builtIns: [LoadedAuthority] {
        get { makeBuiltIns() }
        set { makeBuiltIns = { newValue } }
    }
    private var makeBuiltIns: @Sendable () -> [LoadedAuthority]
    /// Whether the process ends when the command does, so large results can be left to the operating system
    /// rather than freed object by object (a thousand packs take tens of milliseconds to free). `cps` sets it;
    /// tests, which run many commands in one process, leave it off.
    public var exitsAfterCommand = false
    /// Whether the command was told to load packs still holding prompts or drafts (`--include-drafts`): every
    /// output it renders then says so.
    public var includesDrafts = false

    /// Creates a context. `builtIns` is evaluated only when a command needs the built-in councils.
    ///
    /// ```swift
    /// let context = CommandContext(console: console, today: Today.date(), builtIns: BuiltInRegistry.loaded)
    /// ```
    public init(
        console: Console,
        environment: [String: String] = [:],
        today: PartialDate,
        framework: OutcomeFramework = .standard,
        builtIns: @autoclosure @escaping @Sendable () -> [LoadedAuthority]
    ) {
        self.console = console
        self.environment = environment
        self.today = today
        self.framework = framework
        makeBuiltIns = builtIns
    }

    /// The built-in authorities together with those the command line and environment load: packs from each
    /// `--authority-path` and `CPS_AUTHORITY_PATH` folder, and each `--plugin`. Two with one id is an error. A
    /// pack still holding prompts or drafts is refused unless `--include-drafts` is given or `includingDrafts`
    /// (for commands that copy packs rather than present them as the councils' words).
    public func catalog(_ arguments: ParsedArguments, includingDrafts: Bool = false) throws(CPSError) -> AuthorityCatalog {
        var catalog = try AuthorityCatalog(builtIns)
        let loader = PackLoader(maximumBytes: try maximumPackBytes(arguments), framework: framework, allowsUnknownKeys: arguments.has("allow-unknown"),
                                includesDrafts: includingDrafts || arguments.has("include-drafts"))
        try catalog.add(contentsOf: loader.load(authorityPaths(arguments)))
        for path in arguments.values("plugin") { try catalog.add(try PluginLoader.load(path)) }
        leaveToExit(catalog)
        return catalog
    }

    /// The paths `--authority-path` gives, then those of `CPS_AUTHORITY_PATH`.
    func authorityPaths(_ arguments: ParsedArguments) -> [String] {
        arguments.values("authority-path")
            + (environment["CPS_AUTHORITY_PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }

    /// The pack size limit from `--max-pack-bytes`, `CPS_MAX_PACK_BYTES` or the default.
    func maximumPackBytes(_ arguments: ParsedArguments) throws(CPSError) -> Int {
        guard let text = arguments.value("max-pack-bytes") ?? environment["CPS_MAX_PACK_BYTES"] else { return PackFile.defaultMaximumBytes }
        guard let bytes = Int(text), bytes > 0 else {
            throw .usage("The pack size limit \"\(text)\" is not a positive number of bytes.", command: nil)
        }
        return bytes
    }

    /// The output format asked for, or the command's default.
    public func format(_ arguments: ParsedArguments, _ spec: CommandSpec) -> OutputFormat {
        arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? spec.formats.first ?? .text
    }

    /// Renders a result in the format asked for and writes it to standard output, or to the `--output` file.
    public func emit<View: Renderable>(_ view: View, _ arguments: ParsedArguments, _ spec: CommandSpec) throws(CPSError) {
        let destination = try OutputDestination(arguments, command: spec.name)
        let text = try render(view, as: format(arguments, spec))
        try destination.write(destination.path == nil ? TextColour.apply(text, console: console) : text, console: console)
    }

    /// Renders a result in a format.
    public func render<View: Renderable>(_ view: View, as format: OutputFormat) throws(CPSError) -> String {
        do {
            if includesDrafts { return try DraftsNote.render(view, as: format, width: console.width) }
            return try format.renderer(width: console.width).render(view)
        } catch {
            throw .failure("Could not write the \(format.rawValue) output: \(error)")
        }
    }
}
