import CorporateParenting

/// A meeting count per year that cannot be right.
struct ImplausibleMeetingsRule: ValidationRule {
    static let description = RuleDescription(
        id: "implausible-meetings", name: "Implausible meetings a year", severity: .error,
        summary: "meetingsPerYear, when given, is between 1 and 365.",
        example: RuleExample("governance.board.meetingsPerYear", "0")
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        func test(_ count: Int?, _ path: String) {
            guard let count, !(1...365).contains(count) else { return }
            findings.append(finding(path, "\(count) meetings a year is not between 1 and 365."))
        }
        test(input.pack.governance.board?.meetingsPerYear, "governance.board.meetingsPerYear")
        for (index, group) in input.pack.governance.participation.enumerated() { test(group.meetingsPerYear, "governance.participation[\(index)].meetingsPerYear") }
        for (index, group) in input.pack.workingGroups.enumerated() { test(group.meetingsPerYear, "workingGroups[\(index)].meetingsPerYear") }
        return findings
    }
}
