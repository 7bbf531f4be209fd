import CorporateParenting

/// An id is not lower-case letters, digits and single hyphens.
struct InvalidIDRule: ValidationRule {
    static let description = RuleDescription(
        id: "invalid-id", name: "Invalid id", severity: .error,
        summary: "Ids are lower-case letters, digits and single hyphens, such as `safe-stable-homes`.",
        example: RuleExample("sections[0].content[0].item.id", "\"Safe Homes!\"")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.ids.all.compactMap { entry in
            Self.isValid(entry.id) ? nil : finding(entry.path.isEmpty ? "id" : entry.path + ".id", "The id \"\(entry.id)\" should be lower-case letters, digits and single hyphens.")
        }
    }

    static func isValid(_ id: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }
}
