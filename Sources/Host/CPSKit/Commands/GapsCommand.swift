import CPSEngine
/// `cps gaps <id>`: what a reviewer would raise about a strategy.
public enum GapsCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "gaps",
        abstract: "Lists a strategy's gaps against the framework, each with a rule id, a severity and one sentence.",
        discussion: "Findings are ordered most serious first: error, then warning, then info. --region or --authorities gives one table of several councils with the authority on each row (CSV: an `authority` column). `cps gaps --rules` lists the rules with examples (docs/gap-rules.md): " + GapRuleRegistry.rules.map { $0.description.id }.joined(separator: ", ") + ".",
        arguments: [ArgumentSpec("id", help: "The authority's id (or --region or --authorities for one table of several).", optional: true)],
        options: [CommonOptions.asOf, .flag("rules", help: "List the gap rules instead of checking strategies.")] + CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["gaps middlesbrough", "gaps sefton --as-of 2025-06-30 --format json", "gaps --region \"North West\" --format csv", "gaps --rules --format markdown"]
    )

    /// Prints the gaps, or the rules.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let selecting = arguments.has("region") || arguments.has("authorities")
        if arguments.has("rules") {
            guard arguments.positionals.isEmpty, !selecting else {
                throw .usage("`cps gaps --rules` lists the rules; give it no id, --region or --authorities.", command: spec.name)
            }
            try context.emit(GapRulesView(rules: GapRuleRegistry.descriptions), arguments, spec)
            return ExitCode.success
        }
        switch (arguments.positionals.first, selecting) {
        case (nil, false):
            throw .usage("`cps gaps` needs the id of an authority, or --region or --authorities for one table of several.", command: spec.name)
        case (_?, true):
            throw .usage("Give `cps gaps` an id, or --region or --authorities, not both.", command: spec.name)
        case (nil, true):
            let asOf = try context.asOf(arguments)
            let profiles = try context.selectedProfiles(arguments)
            let region = AuthorityCatalog.regionName(arguments.value("region"), in: profiles.map(\.pack))
            let views = profiles.map { profile in
                GapsView(authority: profile.ref, asOf: asOf,
                         gaps: GapRuleRegistry.gaps(in: GapContext(profile: profile, asOf: asOf, framework: context.framework)))
            }
            try context.emit(GapsTableView(region: region, asOf: asOf, authorities: views), arguments, spec)
            return ExitCode.success
        case (_?, false):
            break
        }
        let authority = try context.catalog(arguments).authority(arguments.positionals[0])
        let asOf = try context.asOf(arguments)
        let profile = PackProfile(authority.pack, framework: context.framework)
        let gaps = GapRuleRegistry.gaps(in: GapContext(profile: profile, asOf: asOf, framework: context.framework))
        try context.emit(GapsView(authority: profile.ref, asOf: asOf, gaps: gaps), arguments, spec)
        return ExitCode.success
    }
}
