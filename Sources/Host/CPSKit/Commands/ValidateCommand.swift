import CorporateParenting
import CPSEngine

/// `cps validate PATH...`: checks pack files against the rules, never changing them.
public enum ValidateCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "validate",
        abstract: "Checks authority packs (files, or folders of *.json) against the pack rules, without changing them.",
        discussion: "Each finding names the file, the line and column, the rule and the JSON path. Each file lists at most 100 findings of each rule (--findings-per-rule), then one line saying how many more that rule found; the summary and the JSON counts include every finding. Exit status: 0 when clean (warnings allowed), 1 when an error-level finding exists, 65 when a file cannot be decoded at all, 66 when a path cannot be read. `cps validate --rules` lists the rules.",
        arguments: [ArgumentSpec("path", help: "Pack files or folders of them.", optional: true, variadic: true)],
        options: [
            .flag("rules", help: "List the rules instead of checking packs."),
            .value("max-pack-bytes", "bytes", help: "Refuse pack files larger than this (default 16777216; also CPS_MAX_PACK_BYTES)."),
            .flag("allow-unknown", help: "Report keys a pack does not have as warnings rather than errors."),
            .value("findings-per-rule", "count", help: "List at most this many findings of each rule in each file (default 100; `all` lists every one)."),
        ],
        formats: [.text, .json, .markdown, .csv],
        examples: ["validate my-council.json", "validate packs/ --format json", "validate --rules --format markdown"]
    )

    /// Checks the files, or lists the rules.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        if arguments.has("rules") {
            try context.emit(RulesView(rules: RuleRegistry.descriptions), arguments, spec)
            return ExitCode.success
        }
        guard !arguments.positionals.isEmpty else {
            throw .usage("`cps validate` needs the pack files or folders to check.", command: spec.name)
        }
        let report = ValidationReport(
            paths: arguments.positionals, maximumBytes: try context.maximumPackBytes(arguments), framework: context.framework,
            shownPerRule: try shownPerRule(arguments), allowsUnknownKeys: arguments.has("allow-unknown")
        )
        try context.emit(ValidationReportView(report: report), arguments, spec)
        return report.exitCode
    }

    /// The `--findings-per-rule` limit: a positive number, or `nil` for `all`.
    static func shownPerRule(_ arguments: ParsedArguments) throws(CPSError) -> Int? {
        guard let text = arguments.value("findings-per-rule") else { return ValidationReport.defaultShownPerRule }
        if text == "all" { return nil }
        guard let count = Int(text), count > 0 else {
            throw .usage("The number of findings to list for each rule, \"\(text)\", is not a positive number or `all`.", command: spec.name)
        }
        return count
    }
}
