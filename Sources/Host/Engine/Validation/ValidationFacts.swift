import CorporateParenting

/// What several rules need of a pack, worked out once and only when asked: its index, its ids and its flagged texts.
public final class ValidationFacts: @unchecked Sendable {
    public let pack: AuthorityPack
    private let readerTexts: [FlaggedText]?

    public init(_ pack: AuthorityPack, flaggedTexts: [FlaggedText]? = nil) {
        self.pack = pack
        readerTexts = flaggedTexts
    }

    /// Everything in the pack by kind, with places.
    lazy var index = PackIndex(pack)

    /// Every id with its kind and place.
    lazy var ids = IDIndex(pack, index: index)

    /// The texts that are blank or still read "TO BE COMPLETED", with their keys and paths.
    lazy var flaggedTexts: [FlaggedText] = (readerTexts ?? PackTexts.all(in: pack)).filter { FlaggedText.isFlagged($0.text) }

    /// Whether a text is empty or only spaces, tabs and line breaks.
    public static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

extension ValidationInput {
    /// Every mapping in the pack with its place: items', actions', bodies', local principles' and co-production's.
    public func eachMapping(_ body: (ListPlace, Mapping) -> Void) {
        let index = facts.index
        func visit(_ location: EntryPath, _ mappings: [Mapping]) {
            for (offset, mapping) in mappings.enumerated() { body(ListPlace(location: location, list: "mappings", offset: offset), mapping) }
        }
        for placed in index.items { visit(placed.location, placed.value.mappings) }
        for placed in index.actions { visit(placed.location, placed.value.mappings) }
        for placed in index.bodies { visit(placed.location, placed.value.mappings) }
        for placed in index.localPrinciples { visit(placed.location, placed.value.mappings) }
        for placed in index.coproductions { visit(placed.location, placed.value.mappings) }
    }

    /// Every printed figure with its place: evidence's and scope statements'.
    public func eachFigure(_ body: (ListPlace, Figure) -> Void) {
        for placed in facts.index.evidence {
            for (offset, figure) in placed.value.figures.enumerated() { body(ListPlace(location: placed.location, list: "figures", offset: offset), figure) }
        }
        for placed in facts.index.scopes {
            for (offset, figure) in placed.value.figures.enumerated() { body(ListPlace(location: placed.location, list: "figures", offset: offset), figure) }
        }
    }
}

/// An element of a list under an entry (`mappings[0]`, `figures[2]`), its JSON path spelled only when a finding
/// needs it.
public struct ListPlace: CustomStringConvertible {
    public var location: EntryPath
    public var list: String
    public var offset: Int

    public var description: String { "\(location).\(list)[\(offset)]" }
}
