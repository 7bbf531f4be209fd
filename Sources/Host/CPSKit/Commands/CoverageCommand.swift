import CPSEngine
/// `cps coverage --by principle|domain|measure`: how each strategy covers the shared framework.
public enum CoverageCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "coverage",
        abstract: "Shows how each strategy covers the principles, domains or standard measures, side by side.",
        discussion: "Rows are the framework's principles, domains or standard measures; columns are authorities. A cell counts the items mapped to the row (top-level priorities, outcomes, themes or pledges, then the items beneath them), the actions under them and the metrics the strategy monitors behind it (never figures it only quotes as context), and is empty where the strategy does not cover the row. CSV gives one row per row and authority, with each count in its own column.",
        options: [.value("by", "dimension", help: "principle, domain or measure (default: principle).")] + CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["coverage", "coverage --by domain --region \"North West\"", "coverage --by measure --authorities sefton,lancashire --format csv"]
    )

    /// Prints the matrix.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let name = (arguments.value("by") ?? "principle").lowercased()
        guard let dimension = CoverageDimension(rawValue: name) else {
            throw .usage("--by takes principle, domain or measure, not \"\(name)\".", command: spec.name)
        }
        let profiles = try context.selectedProfiles(arguments)
        try context.emit(CoverageView(matrix: CoverageMatrix(profiles, by: dimension, framework: context.framework)), arguments, spec)
        return ExitCode.success
    }
}
