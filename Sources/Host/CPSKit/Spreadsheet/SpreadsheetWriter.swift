import CorporateParenting
import CPSEngine

/// Writes a pack in the spreadsheet layout (see ``SpreadsheetColumn``): a `pack` row and a `document` row, then one
/// row per entry in the order the document gives them, then a row per inconsistency and per action plan (each
/// followed by its sections' rows). ``SpreadsheetReader`` reads the rows back into the same pack.
///
/// The work is on the pack's JSON, so every field has a place: the columns hold what a person edits, and the
/// `fields` cell holds the rest of the row's JSON object, compact. A value a cell cannot carry exactly (a text
/// with a control character, a mapping the notation cannot hold) stays in `fields`.
enum SpreadsheetWriter {
    /// The header and rows for `pack`.
    static func rows(_ pack: AuthorityPack) throws -> [[String]] {
        guard case .object(let root) = try JSONValueEncoder().encode(pack) else { return [] }
        var writer = Walk(shared: sharedIDs(root))
        writer.packRows(root)
        return [SpreadsheetColumn.allCases.map(\.header)] + writer.rows.map { row in
            SpreadsheetColumn.allCases.map { SpreadsheetCell.written(row[$0] ?? "") }
        }
    }

    /// The CSV text for `pack`.
    static func csv(_ pack: AuthorityPack) throws -> String {
        CSV.write(try rows(pack))
    }

    /// The ids that more than one kind of row-holder (section, item, body, action plan) uses, so parents with
    /// these ids are written `kind:id`.
    static func sharedIDs(_ root: JSONObject) -> Set<String> {
        var kindsByID: [String: Set<String>] = [:]
        func visit(_ entries: JSONValue?) {
            guard case .array(let list)? = entries else { return }
            for case .object(let entry) in list {
                guard let (key, value) = entry.members.first, case .object(let fields) = value else { continue }
                if SpreadsheetKind.named(key)?.holdsRows == true, case .string(let id)? = fields["id"] {
                    kindsByID[id, default: []].insert(key)
                }
                visit(fields["content"])
            }
        }
        visit(.array((root["sections"].flatMap(\.arrayValue) ?? []).map { .object(JSONObject([("section", $0)])) }))
        if case .array(let plans)? = root["actionPlans"] {
            for (offset, plan) in plans.enumerated() {
                kindsByID[Walk.planID(offset), default: []].insert("actionPlan")
                guard case .object(let fields) = plan else { continue }
                visit(.array((fields["sections"].flatMap(\.arrayValue) ?? []).map { .object(JSONObject([("section", $0)])) }))
            }
        }
        return Set(kindsByID.filter { $0.value.count > 1 }.keys)
    }
}
