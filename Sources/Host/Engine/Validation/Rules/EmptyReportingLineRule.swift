import CorporateParenting

/// A reporting line names the body reported to: by id when the pack holds it, else by name.
struct EmptyReportingLineRule: ValidationRule {
    static let description = CheckDescription(
        id: "empty-reporting-line", name: "Reporting line to no one", severity: .error,
        summary: "Each reportsTo entry gives a body (an id of the pack) or a name.",
        triggering: [CheckExample("sections[1].content[1].body.reportsTo[0]", #"{"status": "planned"}"#)],
        nonTriggering: [CheckExample("sections[1].content[1].body.reportsTo[0]", #"{"name": "Children's Services Scrutiny Committee", "status": "planned"}"#)]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        for placed in input.facts.index.bodies {
            for (offset, line) in placed.value.reportsTo.enumerated() where line.body == nil && (line.name ?? "").isEmpty {
                findings.append(finding("\(placed.path).reportsTo[\(offset)]", "\"\(placed.value.name)\" reports to no body and no name."))
            }
        }
        return findings
    }
}
