import CorporateParenting

/// What a rule checks: the decoded pack, the keys its file had that a pack does not, and the framework.
public struct ValidationInput: Sendable {
    /// The decoded pack.
    public var pack: AuthorityPack
    /// Keys of the file the pack schema does not have (none for a built-in council).
    public var unknownKeys: [KeyNote]
    /// Keys the file gave twice in one object.
    public var duplicateKeys: [KeyNote]
    /// The framework.
    public var framework: OutcomeFramework

    /// Creates an input.
    public init(pack: AuthorityPack, unknownKeys: [KeyNote] = [], duplicateKeys: [KeyNote] = [], framework: OutcomeFramework = .standard) {
        self.pack = pack
        self.unknownKeys = unknownKeys
        self.duplicateKeys = duplicateKeys
        self.framework = framework
    }

    /// Each priority and objective with its JSON path.
    var itemPaths: [(path: String, item: any StrategyItem)] {
        pack.priorities.enumerated().map { ("priorities[\($0.offset)]", $0.element as any StrategyItem) }
            + pack.objectives.enumerated().map { ("objectives[\($0.offset)]", $0.element as any StrategyItem) }
    }

    /// Each measure with its JSON path.
    var measurePaths: [(path: String, measure: Measure)] {
        var paths: [(String, Measure)] = []
        for (itemPath, item) in itemPaths {
            for (o, outcome) in item.outcomes.enumerated() {
                for (m, measure) in outcome.measures.enumerated() { paths.append(("\(itemPath).outcomes[\(o)].measures[\(m)]", measure)) }
            }
            for (m, measure) in item.measures.enumerated() { paths.append(("\(itemPath).measures[\(m)]", measure)) }
        }
        for (m, measure) in pack.measures.enumerated() { paths.append(("measures[\(m)]", measure)) }
        return paths
    }

    /// The texts for which `wanted(key, text)` holds, with their JSON paths.
    func texts(where wanted: @escaping (String, String) -> Bool) -> [(path: String, key: String, text: String)] {
        PackTexts.find(in: pack, where: wanted)
    }
}
