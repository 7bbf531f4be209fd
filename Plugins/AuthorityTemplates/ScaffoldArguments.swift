/// The scaffolder's command line: `--name Blackpool [--council NAME] [--id ID] [--ons CODE] [--dfe CODE]
/// [--region NAME] [--package-path PATH]`, each option once, with its value as the next argument or after `=`.
public struct ScaffoldArguments: Equatable, Sendable {
    /// The options' values by name, without the dashes.
    public private(set) var values: [String: String] = [:]
    /// Whether `--help` was given.
    public private(set) var wantsHelp = false

    /// The options the scaffolder takes.
    public static let options = ["name", "council", "id", "ons", "dfe", "region", "package-path"]

    /// The usage text `--help` prints.
    public static let help = """
    Usage: swift package --allow-writing-to-package-directory scaffold-authority --name NAME [options]

    Adds a built-in council module to this package: Sources/Authorities/NAME/NAME.swift (a DSL skeleton),
    Tests/Authorities/NAMETests.swift and "NAME" in the authorities list of Package.swift. It refuses, changing
    nothing, a name that is listed or whose files exist already.

    Options:
      --name NAME          The module folder's name, such as Blackpool (the module is BlackpoolAuthority).
      --council NAME       The council's name as it styles itself (default: the name in words and "Council").
      --id ID              The pack's id (default: made from the council's name).
      --ons CODE           The council's ONS code, such as E06000009.
      --dfe CODE           The council's DfE code, such as 890.
      --region NAME        The council's region, one of England's nine as DfE names them, such as "North West".
      --package-path PATH  The package's root folder (the plugin gives it).

    """

    /// Reads `arguments` (without the program's name).
    public init(_ arguments: [String]) throws(ScaffoldError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--help" || argument == "-h" {
                wantsHelp = true
                continue
            }
            guard argument.hasPrefix("--") else { throw .unknownOption(argument) }
            var key = String(argument.dropFirst(2)), value: String?
            if let equals = key.firstIndex(of: "=") {
                value = String(key[key.index(after: equals)...])
                key = String(key[..<equals])
            }
            guard Self.options.contains(key) else { throw .unknownOption(argument) }
            guard values[key] == nil else { throw .repeatedOption("--\(key)") }
            if value == nil {
                guard index < arguments.count else { throw .missingValue(option: "--\(key)") }
                value = arguments[index]
                index += 1
            }
            values[key] = value
        }
    }

    /// The scaffold these arguments ask for, checked.
    public func scaffold() throws(ScaffoldError) -> AuthorityScaffold {
        guard let name = values["name"] else { throw .missingName }
        return try AuthorityScaffold(name: name, council: values["council"], id: values["id"], ons: values["ons"],
                                     dfe: values["dfe"], region: values["region"])
    }

    /// The package's root folder: `--package-path`, or the current folder.
    public var packageRoot: String { values["package-path"] ?? "." }
}
