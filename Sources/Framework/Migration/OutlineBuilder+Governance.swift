extension OutlineBuilder {
    /// The board, participation groups, working groups and arrangements, as bodies and narrative.
    mutating func governance(_ pack: JSONObject) {
        let governance = pack["governance"]?.object ?? JSONObject()
        var names: [String: String] = [:]
        let board = governance["board"]?.object
        let boardID = board.map { _ in "board" }
        if let board, let name = board["name"]?.string { names[name] = "board" }
        for group in (pack["workingGroups"]?.array ?? []) + (governance["participation"]?.array ?? []) {
            if let object = group.object, let name = object["name"]?.string, let id = object["id"]?.string { names[name] = id }
        }
        // Version 1 named the body reported to or belonged to either by its name or by its id.
        let ids = Set(names.values)
        func body(_ named: String) -> String? { names[named] ?? (ids.contains(named) ? named : nil) }
        func reporting(_ name: JSONValue?) -> JSONValue {
            guard let name = name?.string else { return .array([]) }
            if let id = body(name) { return .array([.object(JSONObject([("body", .string(id))]))]) }
            return .array([.object(JSONObject([("name", .string(name))]))])
        }
        func meets(_ object: JSONObject) -> JSONValue? {
            guard let wording = object["meetingFrequency"] else { return nil }
            return .object(JSONObject([("wording", wording)] + (object["meetingsPerYear"].map { [("perYear", $0)] } ?? [])))
        }
        func role(_ title: String, _ holder: JSONValue?) -> JSONValue? {
            holder.map { .object(JSONObject([("title", .string(title)), ("holder", $0)])) }
        }
        var youthOnBoard: [JSONValue] = []
        for group in governance["participation"]?.array ?? [] {
            let object = group.object ?? JSONObject()
            if object["sitsOnBoard"] == .bool(true), let name = object["name"] { youthOnBoard.append(role("member", name)!) }
            var content: [JSONValue] = []
            if let description = object["description"] { content.append(Self.entry("narrative", [("kind", .string("context")), ("text", description)])) }
            let partOf = object["partOf"]?.string.flatMap(body)
            add(Self.entry("body", [
                ("id", object["id"]), ("kind", .string("youthGroup")), ("name", object["name"]), ("audience", object["audience"]),
                ("ages", object["ageRange"]), ("meets", meets(object)), ("partOf", partOf.map(JSONValue.string)),
                ("content", .array(content)),
            ]), at: Self.source(group))
        }
        if let board, let boardID {
            var roles = [role("chair", board["chair"])].compactMap { $0 }
            roles += (board["coChairs"]?.array ?? []).compactMap { role("coChair", $0) }
            if board["youngPeopleCoChair"] == .bool(true) { roles.append(role("coChair", .string("a young person"))!) }
            if board["youngPeopleOnBoard"] == .bool(true), youthOnBoard.isEmpty { roles.append(role("member", .string("young people"))!) }
            add(Self.entry("body", [
                ("id", .string(boardID)), ("kind", .string("board")), ("name", board["name"]), ("roles", .array(roles + youthOnBoard)),
                ("members", board["members"]), ("remit", board["responsibilities"]), ("meets", meets(board)),
                ("reportsTo", reporting(board["reportsTo"])),
            ]), at: board["source"]?.string)
        }
        let kinds = ["workingGroup": "workingGroup", "subGroup": "subGroup", "partnership": "partnership", "panel": "board",
                     "champion": "network", "lead": "team"]
        for group in pack["workingGroups"]?.array ?? [] {
            let object = group.object ?? JSONObject()
            add(Self.entry("body", [
                ("id", object["id"]), ("kind", .string(kinds[object["kind"]?.string ?? ""] ?? "workingGroup")), ("name", object["name"]),
                ("roles", .array([role("chair", object["chair"])].compactMap { $0 })), ("members", object["members"]),
                ("remit", object["remit"].map { .array([$0]) }), ("meets", meets(object)), ("reportsTo", reporting(object["reportsTo"])),
                ("serves", object["priorities"]),
            ]), at: Self.source(group))
        }
        for statement in governance["arrangements"]?.array ?? [] { add(Self.narrative("context", statement), at: Self.source(statement)) }
    }
}
