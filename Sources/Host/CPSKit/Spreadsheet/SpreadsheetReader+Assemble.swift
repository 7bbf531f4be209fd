import CorporateParenting
import CPSEngine

extension SpreadsheetReader {
    /// The pack the placed rows make, decoded as any pack file is; a problem the rows' own checks could not see
    /// (in the pack row's fields, say) is reported at the row it comes from.
    mutating func assemble(_ tree: SpreadsheetTree) -> AuthorityPack? {
        guard let packRow = tree.pack, let documentRow = tree.document else { return nil }
        var paths: [(path: String, row: Int)] = [("", packRow), ("document", documentRow)]
        // `path` is where the entry's own object sits in the pack's JSON, as validation findings name it.
        func entry(_ index: Int, at path: String) -> JSONValue {
            paths.append((path, index))
            var object = rows[index].object
            if rows[index].kind.holdsRows {
                let children = tree.children[index, default: []].enumerated().map { offset, child in
                    entry(child, at: "\(path).content[\(offset)].\(rows[child].kind.name)")
                }
                object["content"] = .array(children)
            }
            return .object(JSONObject([(rows[index].kind.name, .object(object))]))
        }
        func section(_ index: Int, at path: String) -> JSONValue {
            entry(index, at: path).objectValue?["section"] ?? .null
        }
        var root = JSONObject([("schemaVersion", .number(Double(AuthorityPack.currentSchemaVersion)))])
        for member in rows[packRow].object.members { root[member.key] = member.value }
        root["document"] = .object(rows[documentRow].object)
        root["sections"] = .array(tree.topSections.enumerated().map { section($0.element, at: "sections[\($0.offset)]") })
        root["inconsistencies"] = .array(tree.inconsistencies.enumerated().map { offset, index in
            paths.append(("inconsistencies[\(offset)]", index))
            return .object(rows[index].object)
        })
        root["actionPlans"] = .array(tree.plans.enumerated().map { offset, index in
            var document = rows[index].object
            document["id"] = nil
            paths.append(("actionPlans[\(offset)].document", index))
            let sections = tree.children[index, default: []].enumerated().map { section($0.element, at: "actionPlans[\(offset)].sections[\($0.offset)]") }
            return .object(JSONObject([("document", .object(document)), ("sections", .array(sections))]))
        })
        for (path, row) in paths { rowsByPath[path] = (rows[row].number, rows[row].columns) }
        let bytes = Array(JSONWriter.write(.object(root)).utf8)
        do {
            let (pack, report) = try PackDecoder().decode(AuthorityPack.self, from: bytes)
            for note in report.unknownKeys {
                let (row, _) = place(of: note.path, tree)
                let key = note.path.split(separator: ".").last.map(String.init) ?? note.path
                problems.append(SpreadsheetProblem(row: rows[row].number, column: SpreadsheetColumn.fields.header,
                                                   reason: "the fields cell gives \"\(key)\", which \(rows[row].kind.withArticle) does not have"))
            }
            return problems.isEmpty ? pack : nil
        } catch {
            // The decoder reports every problem it meets; each is traced to its row and cell.
            for error in SpreadsheetReader.each(error) {
                let path = SpreadsheetReader.errorPath(error)
                let (row, key) = place(of: path, tree)
                let kind = rows[row].kind
                let column: SpreadsheetColumn = key == kind.textKey ? .text : key == "id" && kind.hasID ? .id : .fields
                let missing = rows[row].object[key] == nil && !key.isEmpty
                let reason = missing
                    ? (column == .fields ? "\(kind.withArticle) needs \(key); give it in the fields cell" : "the \(column.header) cell is empty; \(kind.withArticle) needs its \(key)")
                    : "the \(column == .fields ? "fields cell's \(key)" : "\(column.header) cell") cannot be read: \(error.reason.droppingFinalPeriod())"
                problems.append(SpreadsheetProblem(row: rows[row].number, column: column.header, reason: reason))
            }
            return nil
        }
    }

    /// The row a path in the pack's JSON comes from, and the key within that row's object.
    private func place(of path: String, _ tree: SpreadsheetTree) -> (row: Int, key: String) {
        var parts = path.split(separator: ".").map(String.init)
        let first = parts.first ?? ""
        func index(_ part: String) -> Int? {
            guard let open = part.firstIndex(of: "["), let close = part.firstIndex(of: "]") else { return nil }
            return Int(part[part.index(after: open)..<close])
        }
        if first == "document", let row = tree.document {
            parts.removeFirst()
            return (row, parts.first ?? "")
        }
        if first.hasPrefix("inconsistencies["), let offset = index(first), offset < tree.inconsistencies.count {
            parts.removeFirst()
            return (tree.inconsistencies[offset], parts.first.map { String($0.prefix { $0 != "[" }) } ?? "")
        }
        if first.hasPrefix("actionPlans["), let offset = index(first), offset < tree.plans.count {
            return (tree.plans[offset], parts.count > 2 ? parts[2] : "")
        }
        return (tree.pack ?? 0, String(first.prefix { $0 != "[" }))
    }
}
