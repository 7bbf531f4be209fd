import CorporateParenting

/// An ONS or DfE code that DfE's list of authorities does not give to any council with children's services.
struct UnknownAuthorityCodeRule: ValidationRule {
    static let description = CheckDescription(
        id: "unknown-authority-code", name: "Code not in DfE's list", severity: .error,
        summary: "codes.ons and codes.dfe are codes DfE's list of local authorities gives a council with children's services (a district council's E07 code is not one).",
        triggering: [CheckExample("codes.ons", "\"E07000001\"")],
        nonTriggering: [CheckExample("codes.ons", #""E10000017""#,
                                     and: CheckExample("codes.dfe", #""888""#))]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        let directory = AuthorityDirectory.builtIn
        var findings: [Finding] = []
        // Malformed codes are invalid-code's to report.
        if let ons = input.pack.codes.ons, InvalidCodeRule.isONS(ons), directory.entry(onsCode: ons) == nil {
            let district = ons.uppercased().hasPrefix("E07")
                ? "is a district council's code, and districts have no children's services: give the code of the county council that runs children's services there (a county's code begins E10, such as Lancashire's E10000017)"
                : "is not the code of any council in DfE's list of local authorities"
            findings.append(finding("codes.ons", "The ONS code \"\(ons)\" \(district)."))
        }
        if let dfe = input.pack.codes.dfe, InvalidCodeRule.isDfE(dfe), directory.entry(dfeCode: dfe) == nil {
            findings.append(finding("codes.dfe", "The DfE code \"\(dfe)\" is not the code of any council in DfE's list of local authorities."))
        }
        return findings
    }
}
