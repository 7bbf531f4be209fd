import CorporateParenting

/// A version 1 pack is read, upgraded to version 2, but should be migrated: its findings name the upgraded pack's
/// places, and version 1 recorded neither the basis of mappings nor how much of the document was captured.
struct SchemaVersion1Rule: ValidationRule {
    static let description = CheckDescription(
        id: "schema-version-1", name: "Schema version 1", severity: .warning,
        summary: "The file is schema version 1, read as upgraded to version 2; `cps migrate FILE` writes it as version 2 for review (findings name the upgraded pack's places).",
        triggering: [CheckExample("", #"{"schemaVersion": 1, "id": "example", "name": "Example Council", "strategy": {"title": "Corporate Parenting Strategy"}}"#)],
        nonTriggering: [CheckExample("", #"{"schemaVersion": 2, "id": "example", "name": "Example Council", "document": {"title": "Corporate Parenting Strategy", "capture": "whole"}}"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        guard input.upgraded else { return [] }
        return [finding("schemaVersion", "The file is schema version 1, read as upgraded to version 2, so the places named here (but for repeated keys, which are the file's own) are the upgraded pack's; `cps migrate` writes it as version 2 for review.")]
    }
}
