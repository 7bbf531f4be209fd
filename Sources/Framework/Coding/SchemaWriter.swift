/// Writes the nodes ``SchemaProbe`` recorded as JSON Schema, collecting the `$defs` they refer to.
struct SchemaWriter {
    let probe: SchemaProbe
    /// The definitions written so far, by name; a name is present (as `null`) while its definition is written.
    var definitions: [String: JSONValue] = [:]

    init(probe: SchemaProbe) { self.probe = probe }

    mutating func schema(_ node: SchemaNode, description: String? = nil) -> JSONValue {
        var members = members(of: node)
        if let description { members.insert(("description", .string(description)), at: 0) }
        return .object(JSONObject(members))
    }

    mutating func members(of node: SchemaNode, keyDescriptions: [String: String] = [:]) -> [(key: String, value: JSONValue)] {
        switch node {
        case .any:
            return []
        case .type(let name):
            return [("type", .string(name))]
        case .ref(let id):
            guard let record = probe.records[id] else { return [] }
            guard record.named || record.recursive else {
                var members = members(of: record.node)
                if let description = record.description { members.insert(("description", .string(description)), at: 0) }
                return members
            }
            if definitions[record.name] == nil {
                definitions[record.name] = .null
                var members = members(of: record.node, keyDescriptions: record.keyDescriptions)
                if let description = record.description { members.insert(("description", .string(description)), at: 0) }
                definitions[record.name] = .object(JSONObject(members))
            }
            return [("$ref", .string("#/$defs/\(record.name)"))]
        case .array(let items, let unique):
            var members: [(key: String, value: JSONValue)] = [("type", .string("array")), ("items", schema(items))]
            if unique { members.append(("uniqueItems", .bool(true))) }
            return members
        case .map(let values):
            return [("type", .string("object")), ("additionalProperties", schema(values))]
        case .object(let shape):
            let keys = shape.properties.keys.sorted()
            var properties: [(key: String, value: JSONValue)] = []
            for key in keys { properties.append((key, schema(shape.properties[key]!.node, description: keyDescriptions[key]))) }
            var members: [(key: String, value: JSONValue)] = [("type", .string("object")), ("properties", .object(JSONObject(properties)))]
            let required = keys.filter { shape.properties[$0]!.required }
            if !required.isEmpty { members.append(("required", .array(required.map(JSONValue.string)))) }
            members.append(("additionalProperties", .bool(false)))
            return members
        case .union(let cases):
            let options = cases.map { unionCase -> JSONValue in
                .object(JSONObject([
                    ("type", .string("object")),
                    ("properties", .object(JSONObject([(unionCase.key, schema(unionCase.node))]))),
                    ("required", .array([.string(unionCase.key)])),
                    ("additionalProperties", .bool(false)),
                ]))
            }
            return [("oneOf", .array(options))]
        case .json(let value):
            if case .object(let object) = value { return object.members }
            return [("allOf", .array([value]))]
        case .slot(let slot):
            return members(of: slot.node ?? .any, keyDescriptions: keyDescriptions)
        }
    }
}
