import CorporateParenting

/// Every key is one the pack schema defines where it stands; an unknown key (often a typo) is an error, or a warning
/// when the user allows unknown keys (`--allow-unknown`), and then it is ignored.
struct UnknownKeyRule: ValidationRule {
    static let description = CheckDescription(
        id: "unknown-key", name: "Unknown key", severity: .error,
        summary: "Every key is one the pack schema defines where it stands; an unknown key (often a typo) is an error, a warning with --allow-unknown (and then ignored). Suggestions come from the keys allowed there only.",
        triggering: [CheckExample("sections[0].content[0].item.titel", "\"Voice\"")],
        nonTriggering: [CheckExample("sections[0].content[0].item.title", #""Voice""#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        struct Asked: Hashable {
            var key: String
            var allowed: [String]
        }
        // One message per key and place's allowed keys: a pack may repeat a misspelt key thousands of times.
        var messages: [Asked: String] = [:]
        return input.unknownKeys.map { note in
            let key = note.path.split(separator: ".").last.map(String.init) ?? note.path
            let asked = Asked(key: key, allowed: input.allowedKeys[note.path] ?? [])
            let message = messages[asked] ?? {
                let near = Suggestions.nearest(to: key, among: asked.allowed, limit: 1)
                let ignored = input.allowsUnknownKeys ? " and is ignored" : ""
                let text = "The key \"\(key)\" is not part of a pack here\(ignored)" + (near.isEmpty ? "." : "; did you mean \"\(near[0])\"?")
                messages[asked] = text
                return text
            }()
            var found = finding(note.path, message)
            if input.allowsUnknownKeys { found.severity = .warning }
            return found
        }
    }
}
