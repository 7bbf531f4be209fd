extension OutlineBuilder {
    /// A one-key entry object.
    static func entry(_ key: String, _ members: [(String, JSONValue?)]) -> JSONValue {
        .object(JSONObject([(key, .object(JSONObject(members.compactMap { member in member.1.map { (member.0, $0) } })))]))
    }

    /// A narrative entry from a version 1 statement (`{"text", "source"}`).
    static func narrative(_ kind: String, _ statement: JSONValue) -> JSONValue {
        entry("narrative", [("kind", .string(kind)), ("text", statement.object?["text"] ?? .string(""))])
    }

    static func source(_ value: JSONValue) -> String? { value.object?["source"]?.string }

    /// The version 1 strategy's statements, each in its section.
    mutating func strategyContent(_ strategy: JSONObject) {
        for (key, kind) in [("vision", "vision"), ("mission", "mission")] {
            if let statement = strategy[key], statement.object != nil { add(Self.narrative(kind, statement), at: Self.source(statement)) }
        }
        for (key, kind) in [("values", "value"), ("voices", "voice"), ("challenges", "challenge")] {
            for statement in strategy[key]?.array ?? [] { add(Self.narrative(kind, statement), at: Self.source(statement)) }
        }
        for statement in strategy["localPrinciples"]?.array ?? [] {
            let text = statement.object?["text"]?.string ?? ""
            let name = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
            add(Self.entry("localPrinciple", [("name", .string(name)), ("text", .string(text))]), at: Self.source(statement))
        }
        for statement in strategy["legislation"]?.array ?? [] {
            add(Self.entry("citation", [("kind", .string("legislation")), ("title", statement.object?["text"])]), at: Self.source(statement))
        }
        for signatory in strategy["signatories"]?.array ?? [] {
            let object = signatory.object ?? JSONObject()
            add(Self.entry("signatory", [("name", object["name"]), ("role", object["role"])]), at: Self.source(signatory))
        }
        if let owner = strategy["owner"]?.string {
            add(Self.entry("narrative", [("kind", .string("context")), ("text", .string(owner))]), at: strategy["source"]?.string)
        }
    }

    /// Strategy-wide measures, cohort figures, local offer and expectations.
    mutating func strategyWide(_ pack: JSONObject) {
        for measure in pack["measures"]?.array ?? [] { add(Self.evidence(measure), at: Self.source(measure)) }
        for figure in pack["cohort"]?.array ?? [] {
            let object = figure.object ?? JSONObject()
            let value: JSONValue = .object(JSONObject([
                ("value", object["count"] ?? .number(0)), ("unit", .string("count")), ("kind", .string("count")),
                ("scope", .string("authority")),
            ] + [("group", object["group"]), ("qualifier", object["qualifier"]), ("period", object["period"] ?? object["asAt"])]
                .compactMap { member in member.1.map { (member.0, $0) } }))
            add(Self.entry("scope", [("figures", .array([value]))]), at: Self.source(figure))
        }
        for statement in pack["localOffer"]?.array ?? [] { add(Self.narrative("offer", statement), at: Self.source(statement)) }
        for set in pack["expectations"]?.array ?? [] {
            let object = set.object ?? JSONObject()
            add(Self.entry("expectations", [("title", object["title"]), ("audience", object["audience"]), ("items", object["items"])]),
                at: Self.source(set))
        }
    }

    /// A version 1 measure as version 2 evidence (a metric; its observations become figures).
    static func evidence(_ measure: JSONValue) -> JSONValue {
        let object = measure.object ?? JSONObject()
        let figures = (object["observations"]?.array ?? []).map { observation -> JSONValue in
            let o = observation.object ?? JSONObject()
            return .object(JSONObject([
                ("value", o["value"]), ("unit", o["unit"]), ("scope", o["scope"] ?? .string("authority")), ("area", o["area"]),
                ("period", o["period"]), ("qualifier", o["qualifier"]), ("text", o["note"]),
            ].compactMap { member in member.1.map { (member.0, $0) } }))
        }
        return entry("evidence", [
            ("id", object["id"]), ("kind", .string("metric")), ("text", object["title"]),
            ("purpose", object["purpose"] ?? .string("monitor")), ("standardMeasure", object["standardMeasure"]),
            ("unit", object["unit"]), ("domain", object["domain"]), ("definition", object["definition"]),
            ("frequency", object["frequency"]), ("target", object["target"]), ("baseline", object["baseline"]),
            ("figures", .array(figures)),
        ])
    }

    /// A version 1 inconsistency, its statements as excerpts of their sections.
    mutating func inconsistency(_ value: JSONValue) -> JSONValue {
        let object = value.object ?? JSONObject()
        let excerpts = (object["statements"]?.array ?? []).map { statement -> JSONValue in
            .object(JSONObject([
                ("text", statement.object?["text"] ?? .string("")),
                ("section", .string(node(Self.source(statement)).id)),
            ]))
        }
        return .object(JSONObject([("topic", object["topic"] ?? .string("")), ("excerpts", .array(excerpts))]))
    }
}
