import CorporateParenting

/// Every key is one the pack schema defines where it stands; an unknown key (often a typo) would be ignored.
struct UnknownKeyRule: ValidationRule {
    static let description = RuleDescription(
        id: "unknown-key", name: "Unknown key", severity: .warning,
        summary: "Every key is one the pack schema defines where it stands; an unknown key (often a typo) is ignored. Suggestions come from the keys allowed there.",
        example: RuleExample("sections[0].content[0].item.titel", "\"Voice\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.unknownKeys.map { note in
            let key = note.path.split(separator: ".").last.map(String.init) ?? note.path
            let near = Suggestions.nearest(to: key, among: input.allowedKeys[note.path] ?? [], limit: 1)
            return finding(note.path, "The key \"\(key)\" is not part of a pack here and is ignored" + (near.isEmpty ? "." : "; did you mean \"\(near[0])\"?"))
        }
    }
}
