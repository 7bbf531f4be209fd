import CorporateParenting

/// A JSON object that gives one key twice.
struct DuplicateKeyRule: ValidationRule {
    static let description = CheckDescription(
        id: "duplicate-key", name: "Key given twice", severity: .error,
        summary: "No object gives the same key twice (only the last would count).",
        triggering: [CheckExample("document", #"{"title": "A", "title": "B", "capture": "whole"}"#)],
        nonTriggering: [CheckExample("document", #"{"title": "A", "subtitle": "B", "capture": "whole"}"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.duplicateKeys.map { note in
            let key = note.path.split(separator: ".").last.map(String.init) ?? note.path
            return finding(note.path, "The key \"\(key)\" is given twice; only the last counts.")
        }
    }
}
