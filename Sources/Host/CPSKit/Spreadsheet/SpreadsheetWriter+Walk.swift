import CorporateParenting
import CPSEngine

extension SpreadsheetWriter {
    /// One row: a cell for each column that has one.
    typealias Row = [SpreadsheetColumn: String]

    /// The walk down a pack's JSON, gathering rows.
    struct Walk {
        /// Ids written `kind:id` when named as a parent.
        var shared: Set<String>
        /// The rows so far.
        var rows: [Row] = []

        /// The id given to the action plan at `offset` (action plans have no id of their own).
        static func planID(_ offset: Int) -> String { "action-plan-\(offset + 1)" }

        /// The pack's rows, in order.
        mutating func packRows(_ root: JSONObject) {
            var pack = root
            for key in ["schemaVersion", "document", "sections", "inconsistencies", "actionPlans"] { pack[key] = nil }
            rows.append(row(kind: SpreadsheetKind.pack, sort: nil, pack))
            if case .object(let document)? = root["document"] {
                rows.append(row(kind: SpreadsheetKind.document, sort: nil, document))
            }
            for section in root["sections"]?.arrayValue ?? [] {
                entry(.object(JSONObject([("section", section)])), parent: nil, section: nil, path: [])
            }
            for case .object(let inconsistency) in root["inconsistencies"]?.arrayValue ?? [] {
                rows.append(row(kind: SpreadsheetKind.inconsistency, sort: nil, inconsistency))
            }
            for (offset, plan) in (root["actionPlans"]?.arrayValue ?? []).enumerated() {
                guard case .object(var document)? = plan.objectValue?["document"] else { continue }
                document["id"] = .string(Self.planID(offset))
                rows.append(row(kind: SpreadsheetKind.actionPlan, sort: nil, document))
                let parent = reference("actionPlan", Self.planID(offset))
                for section in plan.objectValue?["sections"]?.arrayValue ?? [] {
                    entry(.object(JSONObject([("section", section)])), parent: parent, section: nil, path: [])
                }
            }
        }

        /// An entry's row, then its content's rows.
        mutating func entry(_ value: JSONValue, parent: String?, section: String?, path: [String]) {
            guard case .object(let wrapper) = value, let (key, inner) = wrapper.members.first,
                  case .object(var fields) = inner, let kind = SpreadsheetKind.named(key) else { return }
            let content = fields["content"]?.arrayValue ?? []
            fields["content"] = nil
            var cells = row(kind: kind, sort: fields[kind.sortKey ?? ""], fields)
            cells[.parent] = parent
            cells[.section] = section
            cells[.source] = path.joined(separator: " › ")
            rows.append(cells)
            guard kind.holdsRows, case .string(let id)? = fields["id"] else { return }
            var below = (section: section, path: path)
            if key == "section" {
                below = (id, path + [fields["heading"]?.stringValue ?? id])
            }
            for child in content {
                entry(child, parent: reference(key, id), section: below.section, path: below.path)
            }
        }

        /// `id`, or `kind:id` when another kind shares it.
        func reference(_ kind: String, _ id: String) -> String {
            shared.contains(id) ? "\(kind):\(id)" : id
        }

        /// A row's cells from its JSON object: the columns that can hold their values exactly, and `fields`.
        func row(kind: SpreadsheetKind, sort: JSONValue?, _ object: JSONObject) -> Row {
            var rest = object
            var cells: Row = [:]
            cells[.kind] = kind.name
            if let sortKey = kind.sortKey, case .string(let word)? = sort, SpreadsheetCell.canHold(word), !word.contains(".") {
                cells[.kind] = kind.name + "." + word
                rest[sortKey] = nil
            }
            func take(_ key: String, into column: SpreadsheetColumn) {
                guard case .string(let text)? = rest[key], SpreadsheetCell.canHold(text), !text.isEmpty else { return }
                cells[column] = text
                rest[key] = nil
            }
            take(kind.textKey, into: .text)
            if kind.hasID { take("id", into: .id) }
            if kind.hasOwner {
                take("owner", into: .owner)
                take("due", into: .due)
            }
            if kind.hasMappings, case .array(let mappings)? = rest["mappings"], let cell = MappingNotation.cell(mappings) {
                cells[.mappings] = cell
                rest["mappings"] = nil
            }
            if !rest.members.isEmpty { cells[.fields] = JSONWriter.write(.object(rest), compact: true) }
            return cells
        }
    }
}
