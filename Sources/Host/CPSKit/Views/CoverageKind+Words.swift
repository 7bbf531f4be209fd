import CorporateParenting
import CPSEngine

extension CoverageKind {
    /// The letters a coverage cell prints for it: "T", "S", "L", "B", "P", "A", "A+", "M", "M+".
    var letter: String {
        switch self {
        case .topItem: "T"
        case .subItem: "S"
        case .localPrinciple: "L"
        case .body: "B"
        case .pledge: "P"
        case .action: "A"
        case .assignedAction: "A+"
        case .metric: "M"
        case .targetedMetric: "M+"
        }
    }

    /// What it is, in a few words: "action with an owner or timescale".
    var words: String {
        switch self {
        case .topItem: "top-level item"
        case .subItem: "sub-item"
        case .localPrinciple: "local principle"
        case .body: "body"
        case .pledge: "pledge or promise"
        case .action: "action without owner or timescale"
        case .assignedAction: "action with owner or timescale"
        case .metric: "monitored metric without target or baseline"
        case .targetedMetric: "monitored metric with target or baseline"
        }
    }

    /// The legend of the letters, for a note under a coverage table.
    static var legend: String {
        "T top-level item (priority, outcome, theme); S sub-item (objective, key action); L local principle; B body (board, working group, youth group); P pledge or promise; A action, A+ one with an owner or timescale; M monitored metric, M+ one with a target or baseline."
    }
}

extension CoverageLevel {
    /// Its name, short enough for a heatmap cell and legend: "not covered", "named", "monitored", "committed",
    /// "assigned", "measured".
    var words: String {
        switch self {
        case .notCovered: "not covered"
        case .named: "named"
        case .monitored: "monitored"
        case .committed: "committed"
        case .assigned: "assigned"
        case .measured: "measured"
        }
    }

    /// The level in a sentence's terms: "covered by name only", "covered by an action with an owner or timescale".
    var sentence: String {
        switch self {
        case .notCovered: "not covered"
        case .named: "covered by name only (items, bodies or local principles, with no action, pledge or metric)"
        case .monitored: "covered by a monitored metric with no target or baseline, and by no action or pledge"
        case .committed: "covered by an action or pledge, with no owner, timescale, target or baseline"
        case .assigned: "covered by an action with an owner or timescale"
        case .measured: "covered by a monitored metric with a target or baseline"
        }
    }
}

extension CoverageCell {
    /// The kinds present as letters, each the encoder's judgement alone marked "*": "T* S A+ M*"; "" when empty.
    /// Letters are joined by non-breaking spaces so a cell never wraps.
    var letters: String {
        kinds.map { $0.kind.letter + ($0.basis == .judged ? "*" : "") }.joined(separator: "\u{00A0}")
    }

    /// The kinds present in words, each judged one said so: "top-level item, judged; action with owner or timescale".
    var kindsInWords: String {
        kinds.map { $0.kind.words + ($0.basis == .judged ? ", judged" : "") }.joined(separator: "; ")
    }
}
