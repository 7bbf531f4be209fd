/// `cps list`: the authorities `cps` knows, with their strategies' periods and sizes.
public enum ListCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "list",
        abstract: "Lists the authorities: built-in councils and any loaded packs.",
        options: CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["list", "list --format csv"]
    )

    /// Prints the list.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let catalog = try context.catalog(arguments)
        try context.emit(AuthorityListView(catalog.authorities), arguments, spec)
        return ExitCode.success
    }
}
