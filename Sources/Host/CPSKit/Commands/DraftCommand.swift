import CorporateParenting
import CPSEngine

/// `cps draft FILE --name NAME`: a pack drafted from a strategy's text; `cps draft --review PACK`: what is left to
/// confirm in one, and `--accept` to confirm a section.
public enum DraftCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "draft",
        abstract: "Drafts a pack from a strategy's text (plain text from a PDF, Markdown or an HTML page), or reviews and confirms a drafted pack.",
        discussion: "Drafting finds the outline (a contents page, numbered headings, short title lines, ALL-CAPS headings), places each block under its section and proposes items, commitments, actions, aims, definitions, bodies and figures, each marked draft with its lines in the source; principles, domains and standard measures are only suggested. Nothing is read from the network and nothing is invented: no board name, chair, status, figure or date the text does not print. --format names the document's format when drafting (text, markdown or html; default from the file's extension) and the output format with --review (text, markdown, csv or json). With --review, --accept SECTION-ID (or all) writes the pack with that section's drafts confirmed and its suggested mappings made judged, to --output, or in place with --force. See docs/encoding-a-council.md.",
        arguments: [ArgumentSpec("file", help: "The strategy's text to draft from, or with --review the drafted pack.")],
        options: CommonOptions.output + [
            .value("name", "name", help: "The council's name, such as \"Blackpool Council\" (default: the name in DfE's list for --la)."),
            .value("la", "name-or-code", help: "The council in DfE's list, by name, DfE code or ONS code: fills its codes and region."),
            .value("id", "id", help: "The pack's id (default: made from the name)."),
            .flag("review", help: "List what FILE (a drafted pack) still holds to confirm, by section, with counts."),
            .value("accept", "section-id", help: "With --review: confirm the drafts of this section (and its sub-sections), or of every section with \"all\"."),
        ],
        formats: [.text, .markdown, .html, .csv, .json],
        examples: [
            "draft strategy.txt --name \"Blackpool Council\" --la Blackpool --output blackpool.json",
            "draft --review blackpool.json",
            "draft --review blackpool.json --accept being-heard --output blackpool-confirmed.json",
        ]
    )

    /// Drafts, reviews or confirms.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let file = arguments.positionals[0]
        if arguments.has("review") { return try review(file, arguments, context: context) }
        if arguments.has("accept") { throw .usage("--accept confirms drafts in a drafted pack; give it with --review PACK.", command: spec.name) }
        let destination = try OutputDestination(arguments, command: spec.name)
        let format: DraftFormat
        if let given = arguments.value("format") {
            guard let read = DraftFormat(rawValue: given) else {
                throw .usage("`cps draft` reads documents as text, markdown or html, not \(given); \(given) is an output format of --review.", command: spec.name)
            }
            format = read
        } else {
            format = DraftFormat.from(fileName: file)
        }
        let identity = try identity(arguments)
        let bytes = try CPSError.engine { () throws(EngineError) in try FileSystem.read(file, limit: 64 << 20) }
        let pack: AuthorityPack
        do {
            let text = try PackDrafter.text(of: bytes)
            pack = try PackDrafter.draft(text, format: format, identity: identity, fileName: baseName(file))
        } catch {
            throw .badInput(file: file, place: nil, reason: error.description)
        }
        let json: String
        do { json = try PackCoding.json(pack) } catch { throw .failure("Could not encode the drafted pack: \(error)") }
        try destination.write(json, console: context.console)
        return ExitCode.success
    }

    /// The council's id, name, codes and region from --name, --la and --id.
    static func identity(_ arguments: ParsedArguments) throws(CPSError) -> PackDrafter.Identity {
        let given = arguments.value("name")?.trimmingCharacters(in: " ")
        var entry: AuthorityDirectory.Entry?
        if let la = arguments.value("la") {
            entry = try CPSError.engine { () throws(EngineError) in try AuthorityDirectory.builtIn.find(la) }
        } else if let given, !given.isEmpty {
            // The name as given, or without "Council" and its kind, when it names exactly one authority.
            var bare = given
            for suffix in [" Metropolitan Borough Council", " County Council", " City Council", " Borough Council", " Council"] where bare.hasSuffix(suffix) {
                bare = String(bare.dropLast(suffix.count))
                break
            }
            entry = (try? AuthorityDirectory.builtIn.find(given)) ?? (try? AuthorityDirectory.builtIn.find(bare))
        }
        guard let name = (given?.isEmpty == false ? given : nil) ?? entry?.name else {
            throw .usage("Give the council's name with --name, such as --name \"Blackpool Council\", or its place in DfE's list with --la.", command: spec.name)
        }
        if let id = arguments.value("id"), let problem = InvalidIDRule.problem(with: id) {
            throw .usage("The id \"\(id)\" is not a valid id: \(problem); ids are lower-case letters, digits and single hyphens, such as \"blackpool\".", command: spec.name)
        }
        let id = arguments.value("id") ?? AuthorityIdentity.id(from: name)
        guard InvalidIDRule.isValid(id) else {
            throw .usage("Cannot make an id from \"\(name)\"; give one with --id, in lower-case letters, digits and hyphens.", command: spec.name)
        }
        return PackDrafter.Identity(id: id, name: name, codes: AuthorityCodes(ons: entry?.onsCode, dfe: entry?.dfeCode), region: entry?.region)
    }

    /// The last part of a path.
    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
