import CPSEngine
/// How one kind of row maps onto the columns: which JSON key the `text` column holds, which key is the sort
/// written after the dot in the `kind` column, and whether the row has an id, an owner and due date, mappings, or
/// rows of its own beneath it.
struct SpreadsheetKind: Sendable {
    /// The kind's name: an entry's key (`action`) or a pack-level row's (`pack`).
    var name: String
    /// The JSON key the `text` column holds.
    var textKey: String
    /// The JSON key written after the dot in the `kind` column, if the kind has sorts.
    var sortKey: String?
    /// Whether the `id` column is this kind's own `id` key.
    var hasID = false
    /// Whether the id is required.
    var needsID = false
    /// Whether the kind has `owner` and `due` (actions).
    var hasOwner = false
    /// Whether the kind has `mappings`.
    var hasMappings = false
    /// Whether other rows may name this one as their parent.
    var holdsRows = false
    /// Whether the kind is one of the pack's entries (as opposed to a pack-level row).
    var isEntry = true

    /// Every entry kind, in the order `Entry` lists them.
    static let entries: [SpreadsheetKind] = [
        SpreadsheetKind(name: "section", textKey: "heading", hasID: true, needsID: true, holdsRows: true),
        SpreadsheetKind(name: "narrative", textKey: "text", sortKey: "kind"),
        SpreadsheetKind(name: "item", textKey: "title", sortKey: "level", hasID: true, needsID: true, hasMappings: true, holdsRows: true),
        SpreadsheetKind(name: "action", textKey: "text", sortKey: "kind", hasOwner: true, hasMappings: true),
        SpreadsheetKind(name: "evidence", textKey: "text", sortKey: "kind", hasID: true),
        SpreadsheetKind(name: "body", textKey: "name", sortKey: "kind", hasID: true, needsID: true, hasMappings: true, holdsRows: true),
        SpreadsheetKind(name: "localPrinciple", textKey: "name", hasMappings: true),
        SpreadsheetKind(name: "definition", textKey: "term"),
        SpreadsheetKind(name: "scope", textKey: "text"),
        SpreadsheetKind(name: "citation", textKey: "title", sortKey: "kind"),
        SpreadsheetKind(name: "coproduction", textKey: "text", hasMappings: true),
        SpreadsheetKind(name: "partner", textKey: "name"),
        SpreadsheetKind(name: "signatory", textKey: "name"),
        SpreadsheetKind(name: "expectations", textKey: "title"),
    ]

    /// The pack's own row: its id and name, and in `fields` its codes and region.
    static let pack = SpreadsheetKind(name: "pack", textKey: "name", hasID: true, needsID: true, isEntry: false)
    /// The strategy document's row: its title, and in `fields` its period, capture and the rest.
    static let document = SpreadsheetKind(name: "document", textKey: "title", isEntry: false)
    /// An inconsistency the encoder found: its topic, and in `fields` its excerpts.
    static let inconsistency = SpreadsheetKind(name: "inconsistency", textKey: "topic", isEntry: false)
    /// A separately published action plan: its document's title, an id its sections name as their parent, and in
    /// `fields` the rest of its document.
    static let actionPlan = SpreadsheetKind(name: "actionPlan", textKey: "title", hasID: true, needsID: true, holdsRows: true, isEntry: false)

    /// Every kind a row may have.
    static let all: [SpreadsheetKind] = [pack, document] + entries + [inconsistency, actionPlan]

    /// The kind called `name`.
    static func named(_ name: String) -> SpreadsheetKind? {
        all.first { $0.name == name }
    }
}
