import CorporateParenting
import CPSEngine

/// `cps coverage --by principle|domain|measure`: whether and how each strategy covers the shared framework;
/// `--explain ROW` lists the entries behind one row.
public enum CoverageCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "coverage",
        abstract: "Shows whether and how each strategy covers the principles, domains or standard measures, side by side.",
        discussion: "Rows are the framework's principles, domains or standard measures; columns are authorities. A cell lists the kinds of entry that cover the row (a top-level item, a sub-item, a local principle, a body, a pledge, an action with or without an owner or timescale, a monitored metric with or without a target or baseline), never how many, and marks with * a kind only the encoder judged to serve it. Its level is its strongest kind: named (items, bodies or local principles only), committed (an action, pledge or monitored metric), assigned (an action with an owner or timescale) or measured (a monitored metric with a target or baseline); docs/coverage.md explains the scale. Figures quoted only as context and suggested mappings never count. --explain lists every entry behind one principle (by number), domain or standard measure (by id), with its kind, basis, words and section. CSV gives one row per row and authority (or, with --explain, per entry).",
        options: [
            .value("by", "dimension", help: "principle, domain or measure (default: principle)."),
            .value("explain", "row", help: "List the entries behind one row: a principle's number, a domain's id or a standard measure's id."),
        ] + CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["coverage", "coverage --by domain --region \"North West\"", "coverage --explain 6 --authorities sefton",
                   "coverage --by measure --authorities sefton,lancashire --format csv"]
    )

    /// Prints the matrix, or the entries behind one row.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        var dimension: CoverageDimension?
        if let given = arguments.value("by") {
            let name = given.lowercased()
            guard let named = CoverageDimension(rawValue: name) else {
                throw .usage("--by takes principle, domain or measure, not \"\(name)\".", command: spec.name)
            }
            dimension = named
        }
        let framework = context.framework
        if let value = arguments.value("explain") {
            guard let row = CoverageExplanation.locate(value, in: dimension, framework: framework) else {
                throw .usage(unknownRow(value, dimension: dimension, framework: framework), command: spec.name)
            }
            let profiles = try context.selectedProfiles(arguments)
            let explanation = CoverageExplanation(profiles, by: row.dimension, row: row.row, framework: framework)
            try context.emit(CoverageExplanationView(explanation: explanation), arguments, spec)
            return ExitCode.success
        }
        let profiles = try context.selectedProfiles(arguments)
        try context.emit(CoverageView(matrix: CoverageMatrix(profiles, by: dimension ?? .principle, framework: framework)), arguments, spec)
        return ExitCode.success
    }

    /// "--explain takes a principle's number (1 to 7), a domain's id or a standard measure's id, not "voise"; did you
    /// mean "voice"?"
    static func unknownRow(_ value: String, dimension: CoverageDimension?, framework: OutcomeFramework) -> String {
        let numbers = framework.principles.map(\.number)
        let principle = "a principle's number (\(numbers.min() ?? 1) to \(numbers.max() ?? 7))"
        let takes: String
        switch dimension {
        case .principle?: takes = principle
        case .domain?: takes = "a domain's id"
        case .measure?: takes = "a standard measure's id"
        case nil: takes = "\(principle), a domain's id or a standard measure's id"
        }
        let lists: String
        switch dimension {
        case .principle?: lists = "`cps principles` lists them"
        case .domain?: lists = "`cps domains` lists them"
        case .measure?: lists = "`cps measures` lists them"
        case nil: lists = "`cps principles`, `cps domains` and `cps measures` list them"
        }
        // A mistyped number is not near another number in any useful sense, so only ids get a suggestion.
        let isNumber = !value.isEmpty && value.allSatisfy(\.isNumber)
        let near = isNumber ? [] : Suggestions.nearest(to: value, among: CoverageExplanation.candidates(in: dimension, framework: framework), limit: 1)
        let hint = near.first.map { "; did you mean \"\($0)\"?" } ?? "; \(lists)."
        return "--explain takes \(takes), not \"\(value)\"" + hint
    }
}
