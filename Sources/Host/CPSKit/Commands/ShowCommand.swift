/// `cps show <id>`: one council's strategy, section by section.
public enum ShowCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "show",
        abstract: "Shows one authority's strategy, section by section, with the source of every item.",
        discussion: "JSON prints the authority's pack; CSV prints every priority, objective, commitment, outcome, measure, pledge and working group on a row with its source.",
        arguments: [ArgumentSpec("id", help: "The authority's id (see `cps list`).")],
        options: CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json, .html],
        examples: ["show sefton", "show lancashire --format markdown"]
    )

    /// Prints the strategy.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let authority = try context.catalog(arguments).authority(arguments.positionals[0])
        try context.emit(StrategyView(authority, framework: context.framework), arguments, spec)
        return ExitCode.success
    }
}
