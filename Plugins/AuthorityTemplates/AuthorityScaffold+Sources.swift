extension AuthorityScaffold {
    /// The codes and region as arguments, each a string literal, such as `, ons: "E06000009", dfe: "890"`.
    var codeArguments: String {
        [identity.ons.map { "ons: " + SwiftSource.literal($0) }, identity.dfe.map { "dfe: " + SwiftSource.literal($0) },
         identity.region.map { "region: " + SwiftSource.literal($0) }]
            .compactMap { $0 }.map { ", " + $0 }.joined()
    }

    /// The module's source: the council's pack in the DSL, with one section, priority and commitment to replace.
    public var moduleSource: String {
        let marker = Self.toBeCompleted
        return """
        import CorporateParenting

        /// \(SwiftSource.comment(identity.name))'s corporate parenting strategy, encoded from its published document.
        ///
        /// Write what the document says, section by section, and nothing else; every item takes its source from the
        /// `Section`s around it. See docs/encoding-a-council.md, and split long documents into `\(name)+<Part>.swift`.
        public enum \(name): AuthorityDefinition {
            public static let pack = AuthorityPack(
                id: \(SwiftSource.literal(identity.id)), name: \(SwiftSource.literal(identity.name))\(codeArguments),
                document: StrategyDocument(title: "\(marker): the strategy's title as printed", capture: .partial)
            ) {
                Section("\(marker): the heading of the priorities section") {
                    Priority("first-priority", "\(marker): the first priority's title", number: 1,
                             principles: [2, 3], domains: [.voice], basis: .judged,
                             note: "\(marker): why this priority serves these principles and domains") {
                        Commitment("\(marker): what the council says it will do")
                    }
                }
            }
        }

        """
    }

    /// The module's test: its id and name, and a mapping for every priority.
    public var testSource: String {
        """
        import CorporateParenting
        import \(name)Authority
        import Testing

        /// Checks \(SwiftSource.comment(identity.name))'s module against its document; add a test for each fact as you encode it (the
        /// outline's headings in order, the number of priorities and their titles, the board's roles and statuses).
        @Suite struct \(name)Tests {
            let pack = \(name).pack

            @Test func hasItsID() {
                #expect(pack.id == \(SwiftSource.literal(identity.id)))
                #expect(pack.name == \(SwiftSource.literal(identity.name)))
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
