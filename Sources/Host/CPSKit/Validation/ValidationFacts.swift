import CorporateParenting

/// What several rules need of a pack, worked out once and only when asked: its index, its ids and its flagged texts.
final class ValidationFacts: @unchecked Sendable {
    let pack: AuthorityPack
    private let readerTexts: [FlaggedText]?

    init(_ pack: AuthorityPack, flaggedTexts: [FlaggedText]? = nil) {
        self.pack = pack
        readerTexts = flaggedTexts
    }

    /// Everything in the pack by kind, with places.
    lazy var index = PackIndex(pack)

    /// Every id with its kind and place.
    lazy var ids = IDIndex(pack, index: index)

    /// The texts that are blank or still read "TO BE COMPLETED", with their keys and paths.
    lazy var flaggedTexts: [FlaggedText] = (readerTexts ?? PackTexts.all(in: pack)).filter { text in
        ValidationFacts.isBlank(text.text) || text.text.hasPrefix(ToBeCompletedRule.marker)
    }

    /// Whether a text is empty or only spaces, tabs and line breaks.
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

extension ValidationInput {
    /// Every mapping in the pack with its JSON path: items', actions', bodies', local principles' and
    /// co-production's.
    func eachMapping(_ body: (String, Mapping) -> Void) {
        let index = facts.index
        func visit(_ path: String, _ mappings: [Mapping]) {
            for (offset, mapping) in mappings.enumerated() { body("\(path).mappings[\(offset)]", mapping) }
        }
        for placed in index.items { visit(placed.path, placed.value.mappings) }
        for placed in index.actions { visit(placed.path, placed.value.mappings) }
        for placed in index.bodies { visit(placed.path, placed.value.mappings) }
        for placed in index.localPrinciples { visit(placed.path, placed.value.mappings) }
        for placed in index.coproductions { visit(placed.path, placed.value.mappings) }
    }

    /// Every printed figure with its JSON path: evidence's and scope statements'.
    func eachFigure(_ body: (String, Figure) -> Void) {
        for placed in facts.index.evidence {
            for (offset, figure) in placed.value.figures.enumerated() { body("\(placed.path).figures[\(offset)]", figure) }
        }
        for placed in facts.index.scopes {
            for (offset, figure) in placed.value.figures.enumerated() { body("\(placed.path).figures[\(offset)]", figure) }
        }
    }
}
