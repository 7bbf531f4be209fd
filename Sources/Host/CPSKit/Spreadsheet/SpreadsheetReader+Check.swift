import CorporateParenting
import CPSEngine

extension SpreadsheetReader {
    /// The cells a row's check needs to say which cell is at fault.
    typealias CheckedCells = (text: String, id: String, mappings: String)

    /// Decodes one row's object as what it is (an entry, the document, an inconsistency, an action plan's
    /// document) and gives its problems: a missing field, a value of the wrong kind, a key the kind does not have.
    func check(_ kind: SpreadsheetKind, _ object: JSONObject, cells: CheckedCells) -> [(column: SpreadsheetColumn, reason: String)] {
        var trial = object
        if kind.holdsRows, kind.isEntry { trial["content"] = .array([]) }
        switch kind.name {
        case "pack":
            return []
        case "document":
            return decode(StrategyDocument.self, .object(trial), prefix: "", kind, object, cells)
        case "inconsistency":
            return decode(Inconsistency.self, .object(trial), prefix: "", kind, object, cells)
        case "actionPlan":
            trial["id"] = nil
            return decode(StrategyDocument.self, .object(trial), prefix: "", kind, object, cells)
        default:
            return decode(Entry.self, .object(JSONObject([(kind.name, .object(trial))])), prefix: kind.name + ".", kind, object, cells)
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ json: JSONValue, prefix: String, _ kind: SpreadsheetKind,
                                      _ object: JSONObject, _ cells: CheckedCells) -> [(column: SpreadsheetColumn, reason: String)] {
        let bytes = Array(JSONWriter.write(json, compact: true).utf8)
        do {
            let report = try PackDecoder().decode(type, from: bytes).report
            return report.unknownKeys.map { note in
                let key = note.path.hasPrefix(prefix) ? String(note.path.dropFirst(prefix.count)) : note.path
                return (.fields, "the fields cell gives \"\(key)\", which \(kind.withArticle) does not have")
            }
        } catch {
            return SpreadsheetReader.each(error).flatMap { problems(of: $0, prefix: prefix, kind, object, cells) }
        }
    }

    /// The cell one decoding problem is about, and what to say of it.
    private func problems(of error: PackDecodingError, prefix: String, _ kind: SpreadsheetKind, _ object: JSONObject,
                          _ cells: CheckedCells) -> [(column: SpreadsheetColumn, reason: String)] {
        let full = SpreadsheetReader.errorPath(error)
        let path = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
        let key = String(path.prefix { $0 != "." && $0 != "[" })
        let column = self.column(for: key, kind, cells)
        if column != .fields, object[key] == nil {
            return [(column, "the \(column.header) cell is empty; \(kind.withArticle) needs its \(key)")]
        }
        if object[key] == nil {
            return [(.fields, "\(kind.withArticle) needs \(key); give it in the fields cell")]
        }
        let within = column == .fields ? "the fields cell's \(path.isEmpty ? "object" : path)" : "the \(column.header) cell"
        return [(column, "\(within) cannot be read: \(error.reason.droppingFinalPeriod())")]
    }

    /// The column a key of the row's object came from.
    private func column(for key: String, _ kind: SpreadsheetKind, _ cells: CheckedCells) -> SpreadsheetColumn {
        switch key {
        case kind.textKey where kind.textKey != "" && (!cells.text.isEmpty || places[.text] != nil): .text
        case "id" where kind.hasID && (!cells.id.isEmpty || places[.id] != nil): .id
        case "owner" where kind.hasOwner: .owner
        case "due" where kind.hasOwner: .due
        case "mappings" where kind.hasMappings && !cells.mappings.isEmpty: .mappings
        case kind.sortKey ?? "\u{0}": .kind
        default: .fields
        }
    }
}
