import CorporateParenting

/// An id is not lower-case letters, digits and single hyphens.
struct InvalidIDRule: ValidationRule {
    static let description = RuleDescription(
        id: "invalid-id", name: "Invalid id", severity: .error,
        summary: "Ids are lower-case letters, digits and single hyphens, such as `safe-stable-homes`.",
        example: RuleExample("priorities[0].id", "\"Safe Homes!\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        IDIndex(input.pack).all.compactMap { entry in
            Self.isValid(entry.id) ? nil : finding(entry.path.isEmpty ? "id" : entry.path + ".id", "The id \"\(entry.id)\" should be lower-case letters, digits and single hyphens.")
        }
    }

    static func isValid(_ id: String) -> Bool {
        guard let first = id.first, let last = id.last, first != "-", last != "-", !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
