/// Why the scaffold changed nothing. Each description is one full sentence naming the name, code, path or option
/// at fault, and ``exitStatus`` is the BSD `sysexits` value that fits.
public enum ScaffoldError: Error, Equatable, CustomStringConvertible {
    /// An option the scaffolder does not know, or one given without its value.
    case unknownOption(String)
    /// An option was given twice.
    case repeatedOption(String)
    /// An option that needs a value was the last argument.
    case missingValue(option: String)
    /// No `--name` was given.
    case missingName
    /// The module name is not an upper-camel-case identifier of ASCII letters and digits; `suggestion` is one that is.
    case invalidName(String, suggestion: String?)
    /// The module name ends in "Authority", which the module's name adds itself.
    case nameEndsInAuthority(String)
    /// The pack's id is not lower-case letters, digits and single hyphens.
    case invalidID(String)
    /// The ONS code is not a GSS code of nine characters.
    case invalidONS(String)
    /// The DfE code is not three digits.
    case invalidDfE(String)
    /// The region is not one of England's nine.
    case unknownRegion(String)
    /// The name is in the manifest's `authorities` list already.
    case alreadyListed(String)
    /// The manifest has no `let authorities = [ ... ]` list.
    case noAuthoritiesList(manifest: String)
    /// A file or folder the scaffold would write exists already.
    case exists(path: String)
    /// A folder the scaffold writes into is missing: the package root is not a checkout of this package.
    case notThisPackage(missing: String)
    /// The manifest could not be read.
    case cannotRead(path: String, reason: String)
    /// A file or folder could not be written; whatever the scaffold had written is removed again.
    case cannotWrite(path: String, reason: String)

    /// The sentence to show.
    public var description: String {
        switch self {
        case .unknownOption(let option):
            return "\"\(SwiftSource.comment(option))\" is not an option of scaffold-authority; the options are --name, --council, --id, --ons, --dfe, --region and --package-path."
        case .repeatedOption(let option):
            return "The option \(option) is given twice; give it once."
        case .missingValue(let option):
            return "The option \(option) needs a value, such as \(option) \(Self.example(for: option))."
        case .missingName:
            return "Give the module's name with --name, such as --name Blackpool."
        case .invalidName(let name, let suggestion):
            let hint = suggestion.map { "; try \($0)" } ?? ""
            return "\"\(SwiftSource.comment(name))\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset\(hint)."
        case .nameEndsInAuthority(let name):
            return "Give the council's name without \"Authority\" (the module is named \(name)Authority already)."
        case .invalidID(let id):
            return "\"\(SwiftSource.comment(id))\" is not a valid id: use lower-case letters, digits and single hyphens, such as --id blackpool."
        case .invalidONS(let code):
            return "The ONS code \"\(SwiftSource.comment(code))\" is not a GSS code of nine characters such as E06000009."
        case .invalidDfE(let code):
            return "The DfE code \"\(SwiftSource.comment(code))\" is not three digits such as 890."
        case .unknownRegion(let region):
            let names = CouncilIdentity.regions.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\"\(SwiftSource.comment(region))\" is not one of England's regions: \(names)."
        case .alreadyListed(let name):
            return "\(name) is in the authorities list of Package.swift already, so nothing was changed; to scaffold it afresh, first delete Sources/Authorities/\(name), Tests/Authorities/\(name)Tests.swift and its line in Package.swift (or choose another name)."
        case .noAuthoritiesList(let manifest):
            return "\(SwiftSource.comment(manifest)) has no `let authorities = [ ... ]` list to add the council to."
        case .exists(let path):
            return "\(SwiftSource.comment(path)) exists already, so nothing was changed; delete it first to scaffold the council afresh."
        case .notThisPackage(let missing):
            return "\(SwiftSource.comment(missing)) is not a folder, so this is not a checkout of the package; give its root with --package-path."
        case .cannotRead(let path, let reason):
            return "Could not read \(SwiftSource.comment(path)): \(reason)."
        case .cannotWrite(let path, let reason):
            return "Could not write \(SwiftSource.comment(path)): \(reason); nothing was changed."
        }
    }

    /// The exit status: 64 for a wrong command line, 65 for a manifest without the list, 66 for an unreadable
    /// manifest, 73 when something exists already or cannot be created.
    public var exitStatus: Int32 {
        switch self {
        case .unknownOption, .repeatedOption, .missingValue, .missingName, .invalidName, .nameEndsInAuthority, .invalidID, .invalidONS,
             .invalidDfE, .unknownRegion, .alreadyListed:
            return 64
        case .noAuthoritiesList: return 65
        case .cannotRead, .notThisPackage: return 66
        case .exists, .cannotWrite: return 73
        }
    }

    private static func example(for option: String) -> String {
        switch option {
        case "--ons": return "E06000009"
        case "--dfe": return "890"
        case "--region": return "\"North West\""
        case "--id": return "blackpool"
        case "--council": return "\"Blackpool Council\""
        case "--package-path": return "."
        default: return "Blackpool"
        }
    }
}
