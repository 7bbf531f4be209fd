import CPSEngine
/// `cps list`: the authorities `cps` knows, with their strategies' periods and sizes.
public enum ListCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "list",
        abstract: "Lists the authorities: built-in councils and any loaded packs.",
        options: CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["list", "list --format csv", "list --region \"North West\""],
        refusals: ["as-of": "lists the strategies' periods as written, judging no dates"]
    )

    /// Prints the list.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let catalog = try context.catalog(arguments)
        let ids = arguments.value("authorities").map(CommandContext.splitList) ?? []
        let selected = try catalog.select(ids: ids, region: arguments.value("region"))
        try context.emit(AuthorityListView(selected), arguments, spec)
        return ExitCode.success
    }
}
