import CorporateParenting

/// An item names a principle number that is not 1-7.
struct UnknownPrincipleRule: ValidationRule {
    static let description = RuleDescription(
        id: "unknown-principle", name: "Unknown principle", severity: .error,
        summary: "Principle numbers are 1-7, the corporate parenting principles of the Children and Social Work Act 2017 in the Act's order.",
        example: RuleExample("priorities[0].principles", "[2, 9]")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        input.eachItem { place, principles, _, _ in
            for (index, number) in principles.enumerated() where !(1...7).contains(number) || input.framework.principle(number) == nil {
                findings.append(finding("\(place.path).principles[\(index)]", "There is no corporate parenting principle \(number); they are numbered 1 to 7."))
            }
        }
        return findings
    }
}
