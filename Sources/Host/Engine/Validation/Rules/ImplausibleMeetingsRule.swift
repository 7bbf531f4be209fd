import CorporateParenting

/// A yearly count of meetings, when the wording fixes one, is between 1 and 365.
struct ImplausibleMeetingsRule: ValidationRule {
    static let description = CheckDescription(
        id: "implausible-meetings", name: "Implausible meetings a year", severity: .error,
        summary: "meets.perYear, when given, is between 1 and 365.",
        triggering: [CheckExample("sections[1].content[0].body.meets.perYear", "0")],
        nonTriggering: [CheckExample("sections[1].content[0].body.meets.perYear", "1"),
                        CheckExample("sections[1].content[0].body.meets.perYear", "365")]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        input.facts.index.bodies.compactMap { placed in
            guard let count = placed.value.meets?.perYear, !(1...365).contains(count) else { return nil }
            return finding("\(placed.path).meets.perYear", "\(count) meetings a year is not between 1 and 365.")
        }
    }
}
