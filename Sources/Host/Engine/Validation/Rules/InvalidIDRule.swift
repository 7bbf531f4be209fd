import CorporateParenting

/// An id is not lower-case letters, digits and single hyphens.
public struct InvalidIDRule: ValidationRule {
    public init() {}

    public static let description = CheckDescription(
        id: "invalid-id", name: "Invalid id", severity: .error,
        summary: "Ids are lower-case letters, digits and single hyphens, such as `safe-stable-homes`.",
        triggering: [CheckExample("sections[0].content[0].item.id", "\"Safe Homes!\"")],
        nonTriggering: [CheckExample("sections[0].content[0].item.id", #""safe-homes-2""#,
                                     and: CheckExample("sections[1].content[1].body.serves", #"["safe-homes-2"]"#))]
    )

    public func check(_ input: ValidationInput) -> [Finding] {
        input.facts.ids.all.compactMap { entry in
            Self.isValid(entry.id) ? nil : finding(entry.path.isEmpty ? "id" : entry.path + ".id", "The id \"\(entry.id)\" should be lower-case letters, digits and single hyphens.")
        }
    }

    /// Why `id` is not valid, as a sentence fragment ("it has the character \".\""), or nil when it is.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.hasPrefix("-") { return "it starts with a hyphen" }
        if id.hasSuffix("-") { return "it ends with a hyphen" }
        if id.contains("--") { return "it has two hyphens together" }
        if let other = id.unicodeScalars.first(where: { !(("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-") }) {
            if ("A"..."Z").contains(other) { return "it has the capital letter \"\(other)\"" }
            if other == " " { return "it has a space" }
            if other.value < 0x20 || other.value == 0x7F {
                let hex = String(other.value, radix: 16, uppercase: true)
                return "it has the control character U+" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            return "it has the character \"\(other)\""
        }
        return isValid(id) ? nil : "it is not lower-case letters, digits and single hyphens"
    }

    public static func isValid(_ id: String) -> Bool {
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
