import CorporateParenting

/// A key the pack schema does not have, usually a typo.
struct UnknownKeyRule: ValidationRule {
    static let description = RuleDescription(
        id: "unknown-key", name: "Unknown key", severity: .warning,
        summary: "Every key is one the pack schema defines; an unknown key (often a typo) is ignored.",
        example: RuleExample("priorities[0].titel", "\"Voice\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        guard let known = try? JSONValueEncoder().encode(input.pack) else { return [] }
        var findings: [Finding] = []
        func walk(_ given: JSONValue, _ kept: JSONValue?, _ path: String) {
            switch (given, kept) {
            case (.array(let elements), .array(let keptElements)?):
                for (index, element) in elements.enumerated() {
                    walk(element, index < keptElements.count ? keptElements[index] : nil, "\(path)[\(index)]")
                }
            case (.object(let object), .object(let keptObject)?):
                for member in object.members {
                    let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                    if let keptValue = keptObject[member.key] {
                        walk(member.value, keptValue, memberPath)
                    } else if member.value != .null {
                        let near = Suggestions.nearest(to: member.key, among: keptObject.keys + Self.optionalKeys, limit: 1)
                        findings.append(finding(memberPath, "The key \"\(member.key)\" is not part of a pack and is ignored"
                            + (near.isEmpty ? "." : "; did you mean \"\(near[0])\"?")))
                    }
                }
            default: break
            }
        }
        walk(input.json, known, "")
        return findings
    }

    /// Optional keys that a pack may leave out, for suggestions.
    static let optionalKeys = [
        "region", "subtitle", "owner", "reviewDate", "approved", "status", "vision", "mission", "document", "number", "aim",
        "priority", "standardMeasure", "unit", "domain", "definition", "frequency", "target", "baseline", "area",
        "period", "qualifier", "note", "audience", "summary", "chair", "remit", "meetingFrequency", "meetingsPerYear",
        "reportsTo", "board", "ageRange", "partOf", "sitsOnBoard", "description", "asAt", "youngPeopleOnBoard",
        "youngPeopleCoChair", "value", "direction", "by", "min", "max", "ons", "dfe", "start", "end",
    ]
}
