import CPSEngine
extension SpreadsheetReader {
    /// Places every row beneath the row its `parent` (or `section`) cell names, checking that each named row
    /// exists, that no id is given twice, that no row sits beneath itself and that a row's `section` agrees with
    /// its parent's.
    mutating func placeRows() -> SpreadsheetTree {
        var tree = SpreadsheetTree()
        var seen: [String: Int] = [:]
        for (index, row) in rows.enumerated() {
            guard let id = row.id else { continue }
            let key = row.kind.name + ":" + id
            if let first = seen[key] {
                problem(row, .id, "the id \"\(id)\" is already used by the \(row.kind.name) on row \(rows[first].number); give each \(row.kind.name) its own id")
                continue
            }
            seen[key] = index
            if row.kind.holdsRows {
                holders[key] = index
                holderIDs[id, default: []].append(index)
            }
        }
        var parentOf: [Int: Int] = [:]
        for (index, row) in rows.enumerated() {
            switch row.kind.name {
            case "pack", "document":
                let first = row.kind.name == "pack" ? tree.pack : tree.document
                if let first {
                    problem(row, .kind, "the file already has a \(row.kind.name) row, row \(rows[first].number); give one only")
                } else if row.kind.name == "pack" { tree.pack = index } else { tree.document = index }
                continue
            case "inconsistency": tree.inconsistencies.append(index); continue
            case "actionPlan": tree.plans.append(index); continue
            default: break
            }
            let resolved: Int?
            if let parent = row.parent {
                resolved = resolve(parent, for: row)
            } else if let section = row.section {
                resolved = holders["section:" + section]
                if resolved == nil, !unplaced.contains(section) {
                    problem(row, .section, "no section has the id \"\(section)\"\(hint(section, among: holders.keys.filter { $0.hasPrefix("section:") }.map { String($0.dropFirst(8)) }))")
                }
            } else if row.kind.name == "section" {
                tree.topSections.append(index)
                continue
            } else {
                problem(row, .parent, "the parent and section cells are both empty; \(row.kind.withArticle) needs the id of the section, item or body it belongs to")
                continue
            }
            guard let resolved else { continue }
            if rows[resolved].kind.name == "actionPlan", row.kind.name != "section" {
                problem(row, .parent, "an action plan holds sections only, so \(row.kind.withArticle) belongs in one of its sections")
                continue
            }
            parentOf[index] = resolved
        }
        let shape = SpreadsheetReader.shape(of: rows, parentOf)
        for index in shape.cyclic {
            problem(rows[index], .parent, "the parent cell leads back to this row, and a row cannot sit beneath itself")
            parentOf[index] = nil
        }
        for (index, depth) in shape.depth where depth == Self.maximumDepth + 1 {
            problem(rows[index], .parent, "the row sits \(depth) rows deep, counting the rows above it; a pack nests rows at most \(Self.maximumDepth) deep")
        }
        for (index, row) in rows.enumerated() {
            guard let section = row.section, row.parent != nil, let parent = parentOf[index], let enclosing = shape.section[parent] else { continue }
            if enclosing != section {
                problem(row, .section, "the section cell says \"\(section)\" but the parent \"\(row.parent ?? "")\" is in \(enclosing.map { "section \"\($0)\"" } ?? "no section"); correct one of them, or leave the section cell empty")
            }
        }
        for index in rows.indices {
            if let parent = parentOf[index] { tree.children[parent, default: []].append(index) }
        }
        if tree.pack == nil, !unplacedKinds.contains("pack") {
            problems.append(SpreadsheetProblem(row: nil, reason: "the file has no pack row; add a row of kind pack with the pack's id in the id column and the council's name in the text column"))
        }
        if tree.document == nil, !unplacedKinds.contains("document") {
            problems.append(SpreadsheetProblem(row: nil, reason: "the file has no document row; add a row of kind document with the strategy's title in the text column, and its period and capture in the fields cell, such as {\"period\": {\"start\": \"2024\", \"end\": \"2027\"}, \"capture\": \"whole\"}"))
        }
        return tree
    }

    /// The row a `parent` cell names: `id`, or `kind:id` where kinds share the id.
    private mutating func resolve(_ reference: String, for row: SpreadsheetRow) -> Int? {
        if let colon = reference.firstIndex(of: ":"), let kind = SpreadsheetKind.named(String(reference[..<colon])), kind.holdsRows {
            let id = String(reference[reference.index(after: colon)...])
            if let index = holders[kind.name + ":" + id] { return index }
            if !unplaced.contains(id) { problem(row, .parent, "no \(kind.name) has the id \"\(id)\"") }
            return nil
        }
        let matches = holderIDs[reference] ?? []
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let owners = matches.map { "the \(rows[$0].kind.name) on row \(rows[$0].number)" }
            let written = matches.map { "\(rows[$0].kind.name):\(reference)" }
            problem(row, .parent, "the id \"\(reference)\" belongs to \(owners.joined(separator: " and ")); write \(written.joined(separator: " or ")) to say which")
            return nil
        }
        if !unplaced.contains(reference) {
            problem(row, .parent, "no section, item, body or action plan has the id \"\(reference)\"\(hint(reference, among: Array(holderIDs.keys)))")
        }
        return nil
    }

    /// " (did you mean "x"?)" or nothing.
    func hint(_ given: String, among candidates: @autoclosure () -> [String]) -> String {
        // Suggestions cost a pass over the ids; a file with many problems gets them for the first few only.
        guard problems.count < 20 else { return "" }
        let near = Suggestions.nearest(to: given, among: candidates().sorted())
        return near.isEmpty ? "" : " (did you mean \(near.map { "\"\($0)\"" }.joined(separator: " or "))?)"
    }

    /// Adds a problem at a row's cell.
    mutating func problem(_ row: SpreadsheetRow, _ column: SpreadsheetColumn, _ reason: String) {
        problems.append(SpreadsheetProblem(row: row.number, column: column.header, reason: reason))
    }
}
