/// What the `scaffold-authority` plugin adds to a checkout of this package for a new built-in council: its module
/// folder with a DSL skeleton, a test, and its name in the `authorities` list of `Package.swift`.
///
/// The text is made here, with no file touched (``moduleSource``, ``testSource``, ``adding(_:to:)``); writing it
/// is ``apply(packageRoot:)``.
public struct AuthorityScaffold: Equatable, Sendable {
    /// The module folder's name, such as `Blackpool` (the module is `BlackpoolAuthority`).
    public let name: String
    /// Who the council is, checked.
    public let identity: CouncilIdentity

    /// The marker that `cps validate` reports as a field still to complete (the framework's `FlaggedText.marker`).
    public static let toBeCompleted = "TO BE COMPLETED"

    /// A scaffold for the module `name` and the council `identity`, both checked; the council's name defaults to
    /// the module's name in words and "Council", its id to one made from that.
    public init(name: String, council: String? = nil, id: String? = nil, ons: String? = nil, dfe: String? = nil, region: String? = nil) throws(ScaffoldError) {
        try Self.check(name)
        let council = council ?? CouncilIdentity.words(name) + " Council"
        let identity = CouncilIdentity(name: council, id: id ?? CouncilIdentity.id(from: council), ons: ons, dfe: dfe, region: region)
        self.name = name
        self.identity = try identity.checked()
    }

    /// Checks the name: an upper-camel-case Swift identifier of ASCII letters and digits, at most 64 long, which
    /// therefore cannot leave `Sources/Authorities/`, and not ending in "Authority".
    public static func check(_ name: String) throws(ScaffoldError) {
        let valid = !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            && name.unicodeScalars.first.map { ("A"..."Z").contains($0) } == true
        guard valid else {
            let suggestion = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            let useful = !suggestion.isEmpty && suggestion != name && (suggestion.first?.isUppercase ?? false)
                && suggestion.unicodeScalars.allSatisfy(\.isASCII)
            throw .invalidName(name, suggestion: useful ? suggestion : nil)
        }
        guard !name.hasSuffix("Authority") else { throw .nameEndsInAuthority(name) }
    }

    /// The module's folder, relative to the package root.
    public var folder: String { "Sources/Authorities/\(name)" }
    /// The module's source file, relative to the package root.
    public var sourceFile: String { "\(folder)/\(name).swift" }
    /// The module's test file, relative to the package root.
    public var testFile: String { "Tests/Authorities/\(name)Tests.swift" }

    /// The manifest with `name` added to the `authorities` list, in alphabetical order; `manifestPath` names it
    /// in an error.
    public static func adding(_ name: String, to manifest: String, manifestPath: String = "Package.swift") throws(ScaffoldError) -> String {
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("let authorities = [") }),
              let end = lines[start...].firstIndex(where: { $0.trimmingCharacters(in: " ") == "]" })
        else { throw .noAuthoritiesList(manifest: manifestPath) }
        let entries = lines[(start + 1)..<end].map { $0.trimmingCharacters(in: " ").trimmingCharacters(in: ",").trimmingCharacters(in: "\"") }
        guard !entries.contains(name) else { throw .alreadyListed(name) }
        let position = (start + 1) + entries.filter { $0 < name }.count
        lines.insert("    \"\(name)\",", at: position)
        return lines.joined(separator: "\n")
    }
}

private extension String {
    /// The string without `character` at either end.
    func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return String(text)
    }
}
