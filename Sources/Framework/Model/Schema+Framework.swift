// How the JSON Schema describes the values the framework defines: the schema lists the framework's own domains and
// standard measures, and the decoder still reads any string so that `cps validate` can point at an unknown one.

extension DomainID: CustomJSONSchema {
    /// One of the framework's outcome domains.
    public static var jsonSchema: JSONValue {
        .object(JSONObject([("enum", .array(OutcomeFramework.standard.domains.map { .string($0.id.rawValue) }))]))
    }

    /// A domain the schema probe may use.
    public static var schemaPlaceholder: DomainID { .voice }
}

extension StandardMeasureID: CustomJSONSchema {
    /// One of the framework's standard measures (`cps measures`).
    public static var jsonSchema: JSONValue {
        .object(JSONObject([("enum", .array(OutcomeFramework.standard.measures.map { .string($0.id.rawValue) }))]))
    }

    /// A measure the schema probe may use.
    public static var schemaPlaceholder: StandardMeasureID { OutcomeFramework.standard.measures[0].id }
}

extension PrincipleNumber: CustomJSONSchema {
    /// A principle's number, 1 to 7.
    public static var jsonSchema: JSONValue {
        .object(JSONObject([("type", .string("integer")), ("minimum", .number(1)), ("maximum", .number(7))]))
    }

    /// A principle the schema probe may use.
    public static var schemaPlaceholder: PrincipleNumber { 1 }
}

extension PartialDate: CustomJSONSchema {
    /// A year, a month or a day: `"2025"`, `"2022-08"`, `"2019-08-01"`.
    public static var jsonSchema: JSONValue {
        .object(JSONObject([("type", .string("string")), ("pattern", .string("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]))
    }

    /// A date the schema probe may use.
    public static var schemaPlaceholder: PartialDate { PartialDate(year: 2024) }
}
