import CorporateParenting

/// A key the pack schema does not have, usually a typo.
struct UnknownKeyRule: ValidationRule {
    static let description = RuleDescription(
        id: "unknown-key", name: "Unknown key", severity: .warning,
        summary: "Every key is one the pack schema defines; an unknown key (often a typo) is ignored.",
        example: RuleExample("priorities[0].titel", "\"Voice\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.unknownKeys.map { note in
            let key = note.path.split(separator: ".").last.map(String.init) ?? note.path
            let near = Suggestions.nearest(to: key, among: Self.keys, limit: 1)
            return finding(note.path, "The key \"\(key)\" is not part of a pack and is ignored" + (near.isEmpty ? "." : "; did you mean \"\(near[0])\"?"))
        }
    }

    /// Every key a pack may have, for suggestions.
    static let keys = [
        "schemaVersion", "id", "name", "codes", "ons", "dfe", "region", "strategy", "title", "subtitle", "period", "start", "end",
        "reviewDate", "approved", "status", "vision", "mission", "values", "localPrinciples", "signatories", "role", "owner",
        "voices", "challenges", "legislation", "document", "source", "text", "priorities", "objectives", "number", "priority",
        "aim", "principles", "domains", "commitments", "kind", "outcomes", "statement", "measures", "partners",
        "standardMeasure", "purpose", "unit", "domain", "definition", "frequency", "target", "baseline", "observations",
        "value", "direction", "by", "wording", "scope", "area", "qualifier", "note", "pledges", "audience", "summary",
        "promises", "details", "workingGroups", "chair", "members", "remit", "meetingFrequency", "meetingsPerYear",
        "reportsTo", "governance", "board", "coChairs", "responsibilities", "youngPeopleOnBoard", "youngPeopleCoChair",
        "participation", "ageRange", "min", "max", "partOf", "sitsOnBoard", "description", "arrangements", "cohort", "group",
        "count", "asAt", "localOffer", "expectations", "items", "inconsistencies", "statements",
    ]
}
