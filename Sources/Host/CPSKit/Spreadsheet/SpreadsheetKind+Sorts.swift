import CorporateParenting
import CPSEngine

extension SpreadsheetKind {
    /// The sorts a row of this kind may give after the dot in its `kind` cell (`action.commitment`).
    var sorts: [String] {
        switch name {
        case "item": ItemLevel.allCases.map(\.rawValue)
        case "action": ActionKind.allCases.map(\.rawValue)
        case "narrative": NarrativeKind.allCases.map(\.rawValue)
        case "evidence": EvidenceKind.allCases.map(\.rawValue)
        case "body": BodyKind.allCases.map(\.rawValue)
        case "citation": CitationKind.allCases.map(\.rawValue)
        default: []
        }
    }

    /// The sort a row takes when its `kind` cell gives none: only an action has one (`action`), so a plain action
    /// plan's rows can say `action`.
    var defaultSort: String? {
        name == "action" ? ActionKind.action.rawValue : nil
    }

    /// "a section", "an action", "an item".
    var withArticle: String {
        ("aeiou".contains(name.prefix(1)) ? "an " : "a ") + name
    }
}
