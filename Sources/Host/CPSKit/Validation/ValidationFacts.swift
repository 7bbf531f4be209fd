import CorporateParenting

/// What several rules need of a pack, worked out once and only when asked: its ids, its measures and its texts of
/// interest. Places are kept as indices and turned into JSON paths only for findings.
final class ValidationFacts: @unchecked Sendable {
    let pack: AuthorityPack
    private let readerTexts: [FlaggedText]?

    init(_ pack: AuthorityPack, flaggedTexts: [FlaggedText]? = nil) {
        self.pack = pack
        readerTexts = flaggedTexts
    }

    /// Every id with its kind and place.
    lazy var ids: IDIndex = IDIndex(pack)

    /// The texts that are blank or still read "TO BE COMPLETED", with their keys and paths.
    lazy var flaggedTexts: [FlaggedText] = readerTexts ?? PackTexts.find(in: pack) { _, text in
        ValidationFacts.isBlank(text) || text.utf8.first == UInt8(ascii: "T") && text.hasPrefix(ToBeCompletedRule.marker)
    }.map { FlaggedText(path: $0.path, key: $0.key, text: $0.text) }

    /// Whether a text is empty or only spaces, tabs and line breaks.
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

/// Where a priority, objective or measure sits in a pack; its JSON path is made only when a finding needs it.
enum Place {
    case priority(Int)
    case objective(Int)
    case strategyMeasure(Int)
    indirect case itemMeasure(Place, Int)
    indirect case outcomeMeasure(Place, outcome: Int, measure: Int)

    var path: String {
        switch self {
        case .priority(let index): "priorities[\(index)]"
        case .objective(let index): "objectives[\(index)]"
        case .strategyMeasure(let index): "measures[\(index)]"
        case .itemMeasure(let item, let index): "\(item.path).measures[\(index)]"
        case .outcomeMeasure(let item, let outcome, let measure): "\(item.path).outcomes[\(outcome)].measures[\(measure)]"
        }
    }
}

extension ValidationInput {
    /// Calls `body` with each priority and objective's place, principles, domains and title.
    func eachItem(_ body: (Place, [Int], [DomainID], String) -> Void) {
        for (index, item) in pack.priorities.enumerated() { body(.priority(index), item.principles, item.domains, item.title) }
        for (index, item) in pack.objectives.enumerated() { body(.objective(index), item.principles, item.domains, item.title) }
    }

    /// Calls `body` with each measure and its place.
    func eachMeasure(_ body: (Place, Measure) -> Void) {
        func visit(_ place: Place, _ outcomes: [Outcome], _ measures: [Measure]) {
            for (o, outcome) in outcomes.enumerated() {
                for (m, measure) in outcome.measures.enumerated() { body(.outcomeMeasure(place, outcome: o, measure: m), measure) }
            }
            for (m, measure) in measures.enumerated() { body(.itemMeasure(place, m), measure) }
        }
        for (index, item) in pack.priorities.enumerated() { visit(.priority(index), item.outcomes, item.measures) }
        for (index, item) in pack.objectives.enumerated() { visit(.objective(index), item.outcomes, item.measures) }
        for (index, measure) in pack.measures.enumerated() { body(.strategyMeasure(index), measure) }
    }
}
