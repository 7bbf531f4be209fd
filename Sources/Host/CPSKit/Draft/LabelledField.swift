import CorporateParenting
import CPSEngine

/// A labelled line of an action plan: "Responsible officer: ...", "Timeline: ...", "Expected outcome: ...",
/// "Action: ...", as printed.
struct LabelledField: Equatable, Sendable {
    /// The field it fills.
    enum Field: Equatable, Sendable {
        /// The action itself.
        case action
        /// Who is responsible.
        case owner
        /// When.
        case timeline
        /// What it should achieve.
        case expectedOutcome
    }

    /// The field.
    var field: Field
    /// The text after the label.
    var value: String

    /// Whether the line starts an action.
    var isAction: Bool { field == .action }

    /// The labels, lower case, and the fields they fill.
    static let labels: [(String, Field)] = [
        ("responsible officer", .owner), ("responsible officers", .owner), ("responsible", .owner), ("lead officer", .owner), ("lead", .owner),
        ("owner", .owner), ("accountable", .owner), ("timeline", .timeline), ("timescale", .timeline), ("timescales", .timeline),
        ("by when", .timeline), ("target date", .timeline), ("deadline", .timeline), ("expected outcome", .expectedOutcome),
        ("expected outcomes", .expectedOutcome), ("outcome", .expectedOutcome), ("impact", .expectedOutcome), ("action", .action),
    ]

    /// The labelled field `text` holds, or nil.
    static func read(_ text: String) -> LabelledField? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = DraftText.normalised(String(text[..<colon]))
        guard let field = labels.first(where: { $0.0 == label })?.1 else { return nil }
        let value = DraftText.clean(String(text[text.index(after: colon)...]))
        guard !value.isEmpty else { return nil }
        return LabelledField(field: field, value: value)
    }

    /// Fills the field of `action` (an action keeps its own text).
    func apply(to action: inout Action) {
        switch field {
        case .action: break
        case .owner: action.owner = value
        case .timeline:
            action.timeline = value
        case .expectedOutcome: action.expectedOutcome = value
        }
    }
}
