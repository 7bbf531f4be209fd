import CPSEngine
/// `cps show <id>`: one council's strategy, section by section in the document's order.
public enum ShowCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "show",
        abstract: "Shows one authority's strategy in the document's order, under the document's headings.",
        discussion: "Each entry is labelled with its kind (aim, commitment, metric, board...), with its accountability, figures and statuses; mappings say whether the document states them or they are the encoder's judgement, and sections the pack does not capture say so. JSON prints the authority's pack; CSV prints every entry on a row with its section.",
        arguments: [ArgumentSpec("id", help: "The authority's id (see `cps list`).")],
        options: CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json, .html],
        examples: ["show sefton", "show lancashire --format markdown"],
        refusals: ["region": "shows the one authority its id names", "authorities": "shows the one authority its id names",
                   "as-of": "shows the strategy as written, judging no dates"]
    )

    /// Prints the strategy.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let authority = try context.catalog(arguments).authority(arguments.positionals[0])
        try context.emit(StrategyView(authority, framework: context.framework), arguments, spec)
        return ExitCode.success
    }
}
