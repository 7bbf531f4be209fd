import CorporateParenting

/// What `cps scaffold-authority` adds to a checkout of this package for a new built-in council: its module folder
/// with a DSL skeleton, a test, and its name in the `authorities` list of `Package.swift`.
struct AuthorityScaffold {
    /// The module folder's name, such as `Blackpool` (the module is `BlackpoolAuthority`).
    var name: String
    /// Who the council is.
    var identity: AuthorityIdentity
    /// The package's root folder.
    var packageRoot: String

    /// Checks the name: an upper-camel-case Swift identifier of ASCII letters and digits, which therefore cannot
    /// leave `Sources/Authorities/`.
    static func check(_ name: String) throws(CPSError) {
        let valid = !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            && name.unicodeScalars.first.map { ("A"..."Z").contains($0) } == true
        guard valid else {
            let suggestion = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            let hint = suggestion.isEmpty || suggestion == name || !(suggestion.first?.isUppercase ?? false) ? "" : "; try \(suggestion)"
            throw .usage("\"\(name)\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset\(hint).", command: "scaffold-authority")
        }
        guard !name.hasSuffix("Authority") else {
            throw .usage("Give the council's name without \"Authority\" (the module is named \(name)Authority already).", command: "scaffold-authority")
        }
    }

    var folder: String { "\(packageRoot)/Sources/Authorities/\(name)" }
    var sourceFile: String { "\(folder)/\(name).swift" }
    var testFile: String { "\(packageRoot)/Tests/Authorities/\(name)Tests.swift" }
    var manifest: String { "\(packageRoot)/Package.swift" }

    /// Writes the module, the test and the manifest line; refuses when any exists already, changing nothing.
    func apply() throws(CPSError) -> [String] {
        try Self.check(name)
        let manifestText = String(decoding: try FileSystem.read(manifest), as: UTF8.self)
        let newManifest = try Self.adding(name, to: manifestText)
        guard FileSystem.kind(of: folder) == .missing else { throw .cannotWrite(path: folder, reason: "the council's folder exists already") }
        guard FileSystem.kind(of: testFile) == .missing else { throw .cannotWrite(path: testFile, reason: "the council's test exists already") }
        guard FileSystem.kind(of: "\(packageRoot)/Tests/Authorities") == .directory else {
            throw .cannotWrite(path: "\(packageRoot)/Tests/Authorities", reason: "it is not a folder of this package")
        }
        guard mkdir(folder, 0o755) == 0 else { throw .cannotWrite(path: folder, reason: FileSystem.reason(errno)) }
        try FileSystem.writeAtomically(Array(moduleSource.utf8), to: sourceFile, replacing: false)
        try FileSystem.writeAtomically(Array(testSource.utf8), to: testFile, replacing: false)
        try FileSystem.writeAtomically(Array(newManifest.utf8), to: manifest, replacing: true)
        return [sourceFile, testFile, manifest]
    }

    /// The manifest with `name` added to the `authorities` list, in alphabetical order.
    static func adding(_ name: String, to manifest: String) throws(CPSError) -> String {
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("let authorities = [") }),
              let end = lines[start...].firstIndex(where: { $0.trimmingCharacters(in: " ") == "]" })
        else { throw .badInput(file: "Package.swift", place: nil, reason: "it has no `let authorities = [ ... ]` list to add the council to") }
        let entries = lines[(start + 1)..<end].map { $0.trimmingCharacters(in: " ").trimmingCharacters(in: ",").trimmingCharacters(in: "\"") }
        guard !entries.contains(name) else {
            throw .usage("\(name) is in the authorities list of Package.swift already.", command: "scaffold-authority")
        }
        let position = (start + 1) + entries.filter { $0 < name }.count
        lines.insert("    \"\(name)\",", at: position)
        return lines.joined(separator: "\n")
    }

    /// The codes and region as arguments, each a string literal.
    var codes: String {
        [identity.ons.map { "ons: " + SwiftSource.literal($0) }, identity.dfe.map { "dfe: " + SwiftSource.literal($0) },
         identity.region.map { "region: " + SwiftSource.literal($0) }]
            .compactMap { $0 }.map { ", " + $0 }.joined()
    }

    /// The council's name in a comment.
    var commentName: String { SwiftSource.comment(identity.name) }

    /// The pack's id and the council's name as string literals.
    var idLiteral: String { SwiftSource.literal(identity.id) }
    var nameLiteral: String { SwiftSource.literal(identity.name) }

    var moduleSource: String {
        """
        import CorporateParenting

        /// \(commentName)'s corporate parenting strategy, encoded from its published document.
        ///
        /// Write what the document says, section by section, and nothing else; every item takes its source from the
        /// `Section`s around it. See docs/encoding-a-council.md, and split long documents into `\(name)+<Part>.swift`.
        public enum \(name): AuthorityDefinition {
            public static let pack = AuthorityPack(
                id: \(idLiteral), name: \(nameLiteral)\(codes),
                document: StrategyDocument(title: "\(ToBeCompletedRule.marker): the strategy's title as printed", capture: .partial)
            ) {
                Section("\(ToBeCompletedRule.marker): the heading of the priorities section") {
                    Priority("first-priority", "\(ToBeCompletedRule.marker): the first priority's title", number: 1,
                             principles: [2, 3], domains: [.voice], basis: .judged,
                             note: "\(ToBeCompletedRule.marker): why this priority serves these principles and domains") {
                        Commitment("\(ToBeCompletedRule.marker): what the council says it will do")
                    }
                }
            }
        }

        """
    }

    var testSource: String {
        """
        import CorporateParenting
        import \(name)Authority
        import Testing

        /// Checks \(commentName)'s module against its document; add a test for each fact as you encode it (the
        /// outline's headings in order, the number of priorities and their titles, the board's roles and statuses).
        @Suite struct \(name)Tests {
            let pack = \(name).pack

            @Test func hasItsID() {
                #expect(pack.id == \(idLiteral))
                #expect(pack.name == \(nameLiteral))
            }

            @Test func mapsEveryPriorityToAPrincipleAndADomain() {
                let items = PackIndex(pack).topItems
                #expect(!items.isEmpty)
                for item in items {
                    #expect(item.value.mappings.contains { !$0.principles.isEmpty })
                    #expect(item.value.mappings.contains { !$0.domains.isEmpty })
                }
            }
        }

        """
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
