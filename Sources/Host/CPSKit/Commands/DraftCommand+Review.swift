import CorporateParenting
import CPSEngine

extension DraftCommand {
    /// `--review FILE [--accept SECTION-ID|all]`.
    static func review(_ file: String, _ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        for option in ["name", "la", "id"] where arguments.has(option) {
            throw .usage("--\(option) is for drafting; --review reads the pack's own name and codes.", command: spec.name)
        }
        let bytes = try CPSError.engine { () throws(EngineError) in try FileSystem.read(file, limit: PackFile.defaultMaximumBytes) }
        let pack: AuthorityPack
        do {
            pack = try PackCoding.decodePack(bytes)
        } catch {
            throw .badInput(file: file, place: error.path.map { "at \($0)" }, reason: error.reason)
        }
        guard let section = arguments.value("accept") else {
            try context.emit(DraftReviewView(pack: pack.id, file: file, rows: DraftReview.rows(pack)), arguments, spec)
            return ExitCode.success
        }
        if arguments.has("format") {
            throw .usage("--accept writes the pack as JSON, so it takes no --format.", command: spec.name)
        }
        let output = arguments.value("output")
        guard output != nil || arguments.has("force") else {
            throw .usage("--accept writes a new pack: give --output FILE, or --force to replace \(file) in place.", command: spec.name)
        }
        let wanted = section == "all" ? nil : section
        guard let accepted = DraftReview.accept(pack, section: wanted) else {
            let ids = DraftReview.sectionIDs(pack)
            throw .badInput(file: file, place: "at --accept", reason: noSection(section, suggestions: Suggestions.nearest(to: section, among: ids)))
        }
        let json: String
        do { json = try PackCoding.json(accepted.pack) } catch { throw .failure("Could not encode the confirmed pack: \(error)") }
        let destination = output.map { OutputDestination(path: $0, force: arguments.has("force")) } ?? OutputDestination(path: file, force: true)
        try destination.write(json, console: context.console)
        context.console.notice("Confirmed \(accepted.drafts == 1 ? "1 draft entry" : "\(accepted.drafts) draft entries") and \(accepted.mappings == 1 ? "1 suggested mapping" : "\(accepted.mappings) suggested mappings") in \(wanted.map { "section \($0)" } ?? "every section").")
        return ExitCode.success
    }

    /// "no section has the id "x"; did you mean "y"?" (the ids near it, when any).
    static func noSection(_ id: String, suggestions: [String]) -> String {
        let near = suggestions.map { "\"\($0)\"" }
        return "no section has the id \"\(id)\"" + (near.isEmpty ? "; `cps draft --review` lists the section ids" : "; did you mean \(near.joined(separator: " or "))?")
    }
}
