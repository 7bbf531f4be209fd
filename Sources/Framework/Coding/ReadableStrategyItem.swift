/// What a priority and an objective share, as ``ModelReader`` fills it in key by key.
protocol ReadableStrategyItem {
    var id: String { get set }
    var number: Int? { get set }
    var title: String { get set }
    var aim: Statement? { get set }
    var vision: Statement? { get set }
    var principles: [Int] { get set }
    var domains: [DomainID] { get set }
    var commitments: [Commitment] { get set }
    var outcomes: [Outcome] { get set }
    var measures: [Measure] { get set }
    var challenges: [Statement] { get set }
    var partners: [String] { get set }
    var source: String { get set }
}

extension Priority: ReadableStrategyItem {}
extension Objective: ReadableStrategyItem {}
