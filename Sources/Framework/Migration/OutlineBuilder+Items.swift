extension OutlineBuilder {
    /// Priorities, objectives (nested in the priority they name, when they name one) and pledges.
    mutating func items(_ pack: JSONObject) {
        var objectivesByPriority: [String: [JSONValue]] = [:]
        var looseObjectives: [JSONValue] = []
        let priorityIDs = Set((pack["priorities"]?.array ?? []).compactMap { $0.object?["id"]?.string })
        for objective in pack["objectives"]?.array ?? [] {
            if let parent = objective.object?["priority"]?.string, priorityIDs.contains(parent) {
                objectivesByPriority[parent, default: []].append(objective)
            } else {
                looseObjectives.append(objective)
            }
        }
        for priority in pack["priorities"]?.array ?? [] {
            let id = priority.object?["id"]?.string ?? ""
            add(item(priority, level: "priority", children: objectivesByPriority[id] ?? []), at: Self.source(priority))
        }
        for objective in looseObjectives { add(item(objective, level: "objective", children: []), at: Self.source(objective)) }
        for pledge in pack["pledges"]?.array ?? [] { add(self.pledge(pledge), at: Self.source(pledge)) }
    }

    /// A version 1 priority or objective as a version 2 item.
    mutating func item(_ value: JSONValue, level: String, children: [JSONValue]) -> JSONValue {
        let object = value.object ?? JSONObject()
        var content = ItemContent(source: object["source"]?.string ?? "")
        for (key, kind) in [("aim", "aim"), ("vision", "vision")] {
            if let statement = object[key], statement.object != nil { content.add(Self.narrative(kind, statement), at: Self.source(statement), in: &self) }
        }
        for statement in object["challenges"]?.array ?? [] { content.add(Self.narrative("challenge", statement), at: Self.source(statement), in: &self) }
        for commitment in object["commitments"]?.array ?? [] {
            let kinds = ["action": "commitment", "aim": "action", "improvement": "improvement", "practice": "practice"]
            let kind = kinds[commitment.object?["kind"]?.string ?? "action"] ?? "commitment"
            content.add(Self.entry("action", [("kind", .string(kind)), ("text", commitment.object?["text"])]), at: Self.source(commitment), in: &self)
        }
        for outcome in object["outcomes"]?.array ?? [] {
            let o = outcome.object ?? JSONObject()
            var inner = ItemContent(source: o["source"]?.string ?? "")
            for measure in o["measures"]?.array ?? [] { inner.add(Self.evidence(measure), at: Self.source(measure), in: &self) }
            let entry = Self.entry("item", [
                ("id", o["id"]), ("level", .string("outcome")), ("title", o["statement"]), ("content", .array(inner.json)),
            ])
            content.add(entry, at: Self.source(outcome), in: &self)
        }
        for measure in object["measures"]?.array ?? [] { content.add(Self.evidence(measure), at: Self.source(measure), in: &self) }
        for partner in object["partners"]?.array ?? [] { content.add(Self.entry("partner", [("name", partner)]), at: nil, in: &self) }
        for child in children { content.add(item(child, level: "objective", children: []), at: Self.source(child), in: &self) }
        return Self.entry("item", [
            ("id", object["id"]), ("level", .string(level)), ("number", object["number"]), ("title", object["title"]),
            ("mappings", Self.mappings(object)), ("content", .array(content.json)),
        ])
    }

    /// A version 1 pledge as a version 2 item at the pledge level, its promises as promise actions.
    mutating func pledge(_ value: JSONValue) -> JSONValue {
        let object = value.object ?? JSONObject()
        var content = ItemContent(source: object["source"]?.string ?? "")
        for key in ["audience", "summary"] {
            if let text = object[key] { content.add(Self.entry("narrative", [("kind", .string("context")), ("text", text)]), at: nil, in: &self) }
        }
        for promise in object["promises"]?.array ?? [] {
            content.add(Self.entry("action", [("kind", .string("promise")), ("text", promise.object?["text"])]), at: Self.source(promise), in: &self)
            for detail in promise.object?["details"]?.array ?? [] {
                content.add(Self.entry("narrative", [("kind", .string("context")), ("text", detail)]), at: Self.source(promise), in: &self)
            }
        }
        return Self.entry("item", [
            ("id", object["id"]), ("level", .string("pledge")), ("title", object["title"]), ("content", .array(content.json)),
        ])
    }

    /// A version 1 item's principles and domains as one judged mapping (none when it had neither).
    static func mappings(_ object: JSONObject) -> JSONValue {
        let principles = object["principles"] ?? .array([]), domains = object["domains"] ?? .array([])
        if principles.array?.isEmpty ?? true, domains.array?.isEmpty ?? true { return .array([]) }
        return .array([.object(JSONObject([
            ("principles", principles), ("domains", domains), ("basis", .string("judged")), ("note", .string(PackMigration.mappingNote)),
        ]))])
    }
}
