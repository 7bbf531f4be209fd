import CPSEngine
/// A column of the spreadsheet layout that `cps export --format csv` writes and `cps import` reads: one row per
/// entry of a pack, and a row each for the pack's own facts. The header names the columns; a reader finds them by
/// name, so they may come in any order. See docs/spreadsheet.md.
public enum SpreadsheetColumn: String, CaseIterable, Sendable {
    /// The id of the section the row sits in (derived on export; on import it places a row that names no parent).
    case section
    /// What the row is: an entry's kind, with its sort after a dot (`action.commitment`, `item.priority`), or
    /// `pack`, `document`, `inconsistency` or `actionPlan`.
    case kind
    /// The row's own id: a section's, item's, body's or evidence's id, the pack's id, or an action plan's id.
    case id
    /// The id of the section, item, body or action plan the row belongs to; `kind:id` where two kinds share the id.
    case parent
    /// The words a reader sees: a heading, title, text, name or term.
    case text
    /// An action's owner.
    case owner
    /// An action's due date (`2026`, `2026-03` or `2026-03-31`).
    case due
    /// Mappings to the national principles and outcome domains, one a line: `P1 P3 education (stated)`, or with a
    /// note, `P2 (judged: why)`.
    case mappings
    /// The path of headings down to the row's section (derived on export; ignored on import).
    case source
    /// The rest of the row's fields, as one JSON object (compact), so nothing is lost.
    case fields

    /// The header as written.
    public var header: String { rawValue }
}
