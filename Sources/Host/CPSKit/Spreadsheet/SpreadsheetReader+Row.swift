import CorporateParenting
import CPSEngine

extension SpreadsheetReader {
    /// Reads one row into ``rows``, or adds its problems.
    mutating func readRow(_ cells: [String], number: Int) {
        func cell(_ column: SpreadsheetColumn) -> String { places[column].map { SpreadsheetCell.read(cells[$0]) } ?? "" }
        func word(_ column: SpreadsheetColumn) -> String { cell(column).trimmingCharacters(in: " ") }
        let before = problems.count
        func problem(_ column: SpreadsheetColumn?, _ reason: String) {
            problems.append(SpreadsheetProblem(row: number, column: column?.header, reason: reason))
        }
        let kindCell = word(.kind)
        guard !kindCell.isEmpty else {
            return problem(.kind, "the kind cell is empty; say what the row is, such as section, item.priority or action")
        }
        let name = String(kindCell.prefix { $0 != "." })
        let sort = kindCell.contains(".") ? String(kindCell.drop { $0 != "." }.dropFirst()) : nil
        guard let kind = SpreadsheetKind.named(name) ?? SpreadsheetKind.all.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            let near = Suggestions.nearest(to: name, among: SpreadsheetKind.all.map(\.name))
            let hint = near.isEmpty ? "" : " (did you mean \(near.map { "\"\($0)\"" }.joined(separator: " or "))?)"
            return problem(.kind, "there is no kind \"\(name)\"\(hint); the kinds are \(SpreadsheetKind.all.map(\.name).joined(separator: ", "))")
        }
        var object = JSONObject()
        let fields = cell(.fields)
        if !fields.trimmingCharacters(in: " ").isEmpty {
            switch try? JSONParser.parse(Array(fields.utf8)) {
            case .object(let given)?: object = given
            case let other?: problem(.fields, "the fields cell holds \(other.kindDescription), not a JSON object such as {\"status\": \"planned\"}")
            case nil: problem(.fields, "the fields cell is not valid JSON; it should hold one object such as {\"status\": \"planned\"}")
            }
            if object["content"] != nil {
                problem(.fields, "the fields cell gives content; a row comes beneath another by naming it in its parent column")
            }
        }
        var columns: [String: SpreadsheetColumn] = [:]
        func put(_ key: String, _ value: JSONValue, from column: SpreadsheetColumn) {
            guard object[key] == nil else {
                return problem(column, "both the \(column.header) cell and the fields cell give \(key); give it once")
            }
            object[key] = value
            columns[key] = column
        }
        if let sortKey = kind.sortKey {
            if let sort {
                if let known = kind.sorts.first(where: { $0.lowercased() == sort.lowercased() }) {
                    put(sortKey, .string(known), from: .kind)
                } else {
                    let near = Suggestions.nearest(to: sort, among: kind.sorts, limit: 1).first.map { " (did you mean \(name).\($0)?)" } ?? ""
                    problem(.kind, "\(kind.withArticle) has no sort \"\(sort)\"\(near); its sorts are \(kind.sorts.joined(separator: ", "))")
                }
            } else if object[sortKey] == nil {
                if let fallback = kind.defaultSort {
                    object[sortKey] = .string(fallback)
                    columns[sortKey] = .kind
                } else {
                    problem(.kind, "the kind \"\(name)\" needs its sort after a dot, one of \(kind.sorts.map { "\(name).\($0)" }.joined(separator: ", "))")
                }
            }
        } else if sort != nil {
            problem(.kind, "\(kind.withArticle) has no sorts, so its kind is \"\(name)\" alone, not \"\(kindCell)\"")
        }
        let text = cell(.text)
        if !text.isEmpty { put(kind.textKey, .string(text), from: .text) }
        let id = word(.id)
        if !id.isEmpty {
            if kind.hasID { put("id", .string(id), from: .id) } else { problem(.id, "\(kind.withArticle) has no id; leave the id cell empty") }
        }
        if kind.needsID, object["id"] == nil, id.isEmpty {
            problem(.id, "the id cell is empty; \(kind.withArticle) needs an id")
        }
        for column in [SpreadsheetColumn.owner, .due] {
            let value = cell(column)
            guard !value.isEmpty else { continue }
            if kind.hasOwner { put(column.rawValue, .string(value), from: column) } else { problem(column, "only an action has an \(column.header == "due" ? "due date" : "owner"); leave the \(column.header) cell empty for \(kind.withArticle)") }
        }
        let mappings = cell(.mappings)
        if !mappings.trimmingCharacters(in: " ").isEmpty {
            if !kind.hasMappings {
                problem(.mappings, "\(kind.withArticle) has no mappings; leave the mappings cell empty")
            } else {
                switch MappingNotation.mappings(mappings) {
                case .success(let list): put("mappings", .array(list), from: .mappings)
                case .failure(let error): problem(.mappings, "the mapping \"\(error.line)\" cannot be read: \(error.reason)")
                }
            }
        }
        let parent = word(.parent), section = word(.section)
        if !kind.isEntry, !parent.isEmpty || !section.isEmpty {
            problem(parent.isEmpty ? .section : .parent, "\(kind.withArticle) row sits beneath no other row; leave its parent and section cells empty")
        }
        guard problems.count == before else {
            if kind.holdsRows, !id.isEmpty { unplaced.insert(id) }
            unplacedKinds.insert(kind.name)
            return
        }
        let checked = check(kind, object, cells: (text: text, id: id, mappings: mappings))
        problems += checked.map { SpreadsheetProblem(row: number, column: $0.column.header, reason: $0.reason) }
        guard checked.isEmpty else {
            if kind.holdsRows, !id.isEmpty { unplaced.insert(id) }
            unplacedKinds.insert(kind.name)
            return
        }
        rows.append(SpreadsheetRow(number: number, kind: kind, id: kind.hasID ? object["id"]?.stringValue : nil,
                                   parent: parent.isEmpty ? nil : parent, section: section.isEmpty ? nil : section, object: object,
                                   columns: columns))
    }
}
