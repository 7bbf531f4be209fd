import CorporateParenting

/// The pack declares a schema version this build does not read.
struct UnsupportedSchemaVersionRule: ValidationRule {
    static let description = CheckDescription(
        id: "unsupported-schema-version", name: "Unsupported schema version", severity: .error,
        summary: "The pack's schemaVersion is one this version of cps reads (2; version 1 files are upgraded as they are read).",
        triggering: [CheckExample("schemaVersion", "3")],
        nonTriggering: [CheckExample("schemaVersion", "2")]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        guard input.pack.schemaVersion != AuthorityPack.currentSchemaVersion else { return [] }
        return [finding("schemaVersion", "The pack is schema version \(input.pack.schemaVersion); this cps reads version \(AuthorityPack.currentSchemaVersion).")]
    }
}
