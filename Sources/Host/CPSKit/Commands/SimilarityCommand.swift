import CPSEngine
/// `cps similarity [<id>]`: how alike strategies are.
public enum SimilarityCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "similarity",
        abstract: "Shows how alike strategies are, pair by pair, or one council's nearest strategies.",
        discussion: SimilarityView.method,
        arguments: [ArgumentSpec("id", help: "Show this authority's nearest strategies instead of the matrix.", optional: true)],
        options: CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["similarity", "similarity sefton", "similarity --region \"North West\" --format csv"]
    )

    /// Prints the matrix or the nearest list.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let catalog = try context.catalog(arguments)
        let focus = try arguments.positionals.first.map { name throws(CPSError) in try catalog.authority(name).id }  // "Sefton", "lanc"
        var profiles = try context.selectedProfiles(arguments)
        if let focus, !profiles.contains(where: { $0.pack.id == focus }) {
            profiles.insert(PackProfile(try catalog.authority(focus).pack, framework: context.framework), at: 0)
        }
        try context.emit(SimilarityView(matrix: SimilarityMatrix(profiles), focus: focus), arguments, spec)
        return ExitCode.success
    }
}
