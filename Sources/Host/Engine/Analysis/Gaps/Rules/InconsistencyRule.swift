import CorporateParenting

/// A place where the document contradicts itself about something other than its governance.
struct InconsistencyRule: GapRule {
    static let description = CheckDescription(
        id: "inconsistency", name: "Document contradicts itself", severity: .info,
        summary: "A place where the document contradicts itself, as recorded in the pack (contradictions about its governance are governance-unresolved's).",
        triggering: [CheckExample("inconsistencies", Self.example("How many children are in care"))],
        nonTriggering: [CheckExample("inconsistencies", Self.example("Who chairs the Corporate Parenting Board"))]
    )

    /// A recorded contradiction about `topic`, as an example's JSON.
    static func example(_ topic: String) -> String {
        #"[{"topic": "\#(topic)", "excerpts": [{"text": "We say one thing.", "section": "pledge"}, {"text": "We say another.", "section": "governance"}]}]"#
    }

    func gaps(in context: GapContext) -> [Gap] {
        context.profile.pack.inconsistencies.filter { !context.isAboutGovernance($0) }.map { gap("inconsistencies", .inconsistency(topic: $0.topic)) }
    }
}
