import CorporateParenting

/// An ONS or DfE code in the wrong shape.
struct InvalidCodeRule: ValidationRule {
    static let description = CheckDescription(
        id: "invalid-code", name: "Malformed authority code", severity: .error,
        summary: "codes.ons is a nine-character GSS code (E06, E07, E08, E09, E10 or E11 and six digits); codes.dfe is DfE's three-digit code.",
        triggering: [CheckExample("codes.ons", "\"E8000014\"")],
        nonTriggering: [CheckExample("codes.ons", #""E08000014""#,
                                     and: CheckExample("codes.dfe", #""343""#))]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        if let ons = input.pack.codes.ons, !Self.isONS(ons) {
            findings.append(finding("codes.ons", "\"\(ons)\" is not a GSS code such as E08000014."))
        }
        if let dfe = input.pack.codes.dfe, !Self.isDfE(dfe) {
            findings.append(finding("codes.dfe", "\"\(dfe)\" is not a three-digit DfE code such as 343."))
        }
        return findings
    }

    /// Whether `code` is three digits, as DfE's codes are.
    static func isDfE(_ code: String) -> Bool {
        code.count == 3 && code.allSatisfy(\.isASCIIDigit)
    }

    /// Whether `code` has the shape of a GSS code of a council (E06, E07, E08, E09, E10 or E11 and six digits).
    static func isONS(_ code: String) -> Bool {
        code.count == 9 && ["E06", "E07", "E08", "E09", "E10", "E11"].contains(String(code.prefix(3)))
            && code.dropFirst(3).allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
