import CorporateParenting

/// An ONS and a DfE code of two different councils, or a region that is not the council's.
struct AuthorityMismatchRule: ValidationRule {
    static let description = CheckDescription(
        id: "authority-mismatch", name: "Codes or region of another council", severity: .error,
        summary: "codes.ons and codes.dfe name the same council in DfE's list of local authorities, and region is that council's region.",
        triggering: [CheckExample("codes.dfe", "\"343\"")],
        nonTriggering: [CheckExample("codes.dfe", #""343""#,
                                     and: CheckExample("codes.ons", #""E08000014""#))]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        let directory = AuthorityDirectory.builtIn
        let pack = input.pack
        let byONS = pack.codes.ons.flatMap(directory.entry(onsCode:))
        let byDfE = pack.codes.dfe.flatMap(directory.entry(dfeCode:))
        var findings: [Finding] = []
        if let byONS, let byDfE, byONS.dfeCode != byDfE.dfeCode, let ons = pack.codes.ons, let dfe = pack.codes.dfe {
            findings.append(finding("codes", "The ONS code \"\(ons)\" is \(byONS.name)'s but the DfE code \"\(dfe)\" is \(byDfE.name)'s in DfE's list of local authorities."))
            return findings
        }
        // An unknown region is unknown-region's to report.
        if let council = byONS ?? byDfE, let region = pack.region, let named = AuthorityDirectory.region(region), named != council.region {
            findings.append(finding("region", "\(council.name) is in the \(council.region) in DfE's list of local authorities, not the \(named)."))
        }
        return findings
    }
}
