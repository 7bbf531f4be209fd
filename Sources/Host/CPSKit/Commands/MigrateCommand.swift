import CorporateParenting
import CPSEngine

/// `cps migrate FILE...`: writes schema version 1 packs as version 2.
public enum MigrateCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "migrate",
        abstract: "Upgrades schema version 1 pack files to version 2.",
        discussion: "Each FILE (one pack or an array of packs) is read, upgraded and checked. With --output, one FILE is written there; otherwise each is written beside it as NAME.v2.json. A file is replaced in place only with --in-place and --force. Version 1 recorded no basis for mappings and never said whether the whole document was captured, so every mapping becomes the encoder's judgement and the capture becomes partial, each with a note; see docs/encoding-a-council.md.",
        arguments: [ArgumentSpec("file", help: "A version 1 pack file.", variadic: true)],
        options: CommonOptions.output + [
            .flag("in-place", help: "Replace each FILE with its version 2 form (needs --force)."),
        ],
        examples: ["migrate old-pack.json", "migrate old-pack.json --output new-pack.json", "migrate a.json b.json --in-place --force"]
    )

    /// Upgrades each file.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let destination = try OutputDestination(arguments, command: spec.name)
        let files = arguments.positionals
        guard !files.isEmpty else { throw .usage("Give the version 1 pack files to upgrade.", command: spec.name) }
        if arguments.value("output") != nil, files.count > 1 {
            throw .usage("--output takes one file; give one FILE, or leave --output out to write each beside its FILE.", command: spec.name)
        }
        if arguments.has("in-place"), !arguments.has("force") {
            throw .usage("--in-place replaces your files; add --force to confirm.", command: spec.name)
        }
        var upgraded: [(file: String, json: String)] = []
        for file in files {
            upgraded.append((file, try upgrade(file)))
        }
        for (file, json) in upgraded {
            if arguments.value("output") != nil {
                try destination.write(json, console: context.console)
            } else {
                let target = arguments.has("in-place") ? file : sibling(of: file)
                try OutputDestination(path: target, force: arguments.has("force")).write(json, console: context.console)
            }
        }
        return ExitCode.success
    }

    /// The version 2 JSON of a version 1 file; a file that is not version 1 is an error naming it.
    static func upgrade(_ file: String) throws(CPSError) -> String {
        let bytes = try CPSError.engine { () throws(EngineError) in try FileSystem.read(file, limit: PackFile.defaultMaximumBytes) }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch let error as JSONSyntaxError {
            throw .badInput(file: file, place: "line \(error.line), column \(error.column)", reason: error.reason)
        } catch {
            throw .badInput(file: file, place: "at the top level", reason: "\(error)")
        }
        guard let upgraded = PackMigration.upgradedFile(json) else {
            throw .badInput(file: file, place: "at schemaVersion", reason: "the file holds no schema version 1 pack, so there is nothing to upgrade")
        }
        let text = JSONWriter.write(upgraded) + "\n"
        let read: PackRead
        do {
            read = try PackCoding.readPacks(Array(text.utf8))
        } catch {
            throw .badInput(file: file, place: error.path.map { "at \($0) (as upgraded)" } ?? "as upgraded", reason: error.reason)
        }
        if let repeated = read.report.duplicateKeys.first {
            throw .badInput(file: file, place: "at \(repeated.path) (as upgraded)", reason: "the upgrade would give this key twice, so nothing was written")
        }
        return text
    }

    /// `name.json` -> `name.v2.json`.
    static func sibling(of file: String) -> String {
        file.hasSuffix(".json") ? String(file.dropLast(5)) + ".v2.json" : file + ".v2.json"
    }
}
