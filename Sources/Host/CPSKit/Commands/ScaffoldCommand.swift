/// `cps scaffold-authority`: adds a built-in council module to a checkout of this package. The
/// `scaffold-authority` package plugin runs it.
public enum ScaffoldCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "scaffold-authority",
        abstract: "Adds a built-in council module to a checkout of this package: its folder, a DSL skeleton, a test and its line in Package.swift.",
        discussion: "Usually run through the package plugin: swift package --allow-writing-to-package-directory scaffold-authority --name Blackpool --ons E06000009. Then `swift build` and `swift test` pass and `cps list` shows the council. It refuses a name that is not a module name or that exists already, an ONS code not of nine characters, a DfE code not of three digits, and a region not one of England's nine, and changes nothing then. The council's name may hold any text: it is written into the Swift source as an escaped string literal.",
        options: [
            .value("name", "Name", help: "The module folder's name, such as Blackpool (the module is BlackpoolAuthority)."),
            .value("council", "name", help: "The council's name as it styles itself (default: the name, split into words, and \"Council\")."),
            .value("id", "id", help: "The pack's id (default: made from the council's name)."),
            .value("ons", "code", help: "The council's ONS code, such as E06000009."),
            .value("dfe", "code", help: "The council's DfE code, such as 890."),
            .value("region", "name", help: "The council's region, one of England's nine as DfE names them, such as \"North West\"."),
            .value("package-path", "path", help: "The package's root folder (default: the current folder)."),
        ],
        examples: ["scaffold-authority --name Blackpool --ons E06000009 --dfe 890 --region \"North West\""]
    )

    /// Writes the module.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        guard let name = arguments.value("name") else { throw .usage("Give the module's name with --name, such as --name Blackpool.", command: spec.name) }
        try AuthorityScaffold.check(name)
        let council = arguments.value("council") ?? Self.words(name) + " Council"
        let id = arguments.value("id") ?? AuthorityIdentity.id(from: council)
        guard InvalidIDRule.isValid(id) else { throw .usage("\"\(id)\" is not a valid id; give one with --id.", command: spec.name) }
        let identity = try AuthorityIdentity(name: council, id: id, ons: arguments.value("ons"), dfe: arguments.value("dfe"), region: arguments.value("region"))
            .checked(command: spec.name)
        var root = arguments.value("package-path") ?? "."
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        let written = try AuthorityScaffold(name: name, identity: identity, packageRoot: root).apply()
        context.console.notice("Added \(name) (id \(id)): " + written.joined(separator: ", ") + ". Run `swift build` and `swift test`; `swift run cps list` shows it.")
        return ExitCode.success
    }

    /// "NorthSomerset" -> "North Somerset".
    static func words(_ name: String) -> String {
        var text = ""
        for character in name {
            if character.isUppercase, let last = text.last, last.isLowercase || last.isNumber { text += " " }
            text.append(character)
        }
        return text
    }
}
