import CorporateParenting

/// A JSON object that gives one key twice.
struct DuplicateKeyRule: ValidationRule {
    static let description = RuleDescription(
        id: "duplicate-key", name: "Key given twice", severity: .error,
        summary: "No object gives the same key twice (only the first would count).",
        example: RuleExample("strategy", #"{"title": "A", "title": "B", "source": "Cover"}"#)
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() { walk(element, "\(path)[\(index)]") }
            case .object(let object):
                var seen: Set<String> = []
                for member in object.members {
                    let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                    if !seen.insert(member.key).inserted {
                        findings.append(finding(memberPath, "The key \"\(member.key)\" is given twice; only the first counts."))
                    }
                    walk(member.value, memberPath)
                }
            default: break
            }
        }
        walk(input.json, "")
        return findings
    }
}
