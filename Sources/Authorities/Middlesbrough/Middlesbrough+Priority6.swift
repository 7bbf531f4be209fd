import CorporateParenting

extension Middlesbrough {
    /// Priority 6 (lines 431-456): 6 needs, 3 commitments, 6 practice bullets (the last a planned step). Two panels
    /// are named in the bullets and exist by implication ("Maximise the use of", "Utilise"); neither has a chair,
    /// members or meetings printed. The contents word the title "... Moving into Adulthood are Supported ...".
    @PackContent static var priority6: [Entry] {
        Section("Priority 6: Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life", line: 431) {
            Priority(
                "moving-into-adulthood", "Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life",
                label: "Priority 6", number: 6, principles: [7, 4], domains: [.adulthood],
                note: "preparation for adulthood and independence (435, 444, 451-455); entitlements and Adult Services (445, 447)",
                mappings: [Mapping(principles: [6], domains: [.homes], basis: .judged,
                                   note: "accommodation for young people leaving care (437, 438, 454)")],
                alternateTitles: [
                    Wording("Our Young People Moving into Adulthood are Supported to Achieve Their Full Potential in Life", in: "contents"),
                    sectionOneWording(6),
                ]
            ) {
                Section("What we need to improve", line: 433) {
                    Improvement("Preparation for independence at an earlier stage for this to be built upon well before plans for moving are finalised.")
                    Improvement("Accessibility and take up of health care and ensure young people are aware of the importance of dental appointments, staying healthy, etc.")
                    Improvement("Improve range and quality of placement provision for young people leaving care aged 18 and over including options of supported and semi-supported accommodation.")
                    Improvement("Maximise the use of the multi-agency Care Leavers accommodation panel to monitor the progress of care leavers accommodation plans, and identify themes and gaps with the intention of improving service delivery and strengthening multi-agency working.")
                    Body(.other, "care-leavers-accommodation-panel", "Care Leavers accommodation panel",
                         remit: ["to monitor the progress of care leavers accommodation plans, and identify themes and gaps"],
                         serves: ["moving-into-adulthood"])
                    Improvement("Improve the quality of our pathway planning through having a quality assurance auditing process with a view to evidencing an increase in the contribution from our young people into their planning.")
                    Improvement("Continue to increase the numbers of Care Leavers aged 21 and over who return to the service to access support.")
                }
                Section("What we will do:", line: 442) {
                    Commitment("Support children and young people to enter adulthood in a planned way, with a home to live in, the skills to look after themselves and the ability to earn a living or continue in education or training.")
                    Commitment("Ensuring entitlements are made clear to all care leavers.")
                    Commitment("Utilise the Transitions Panel to support the planning for young people from the age of 16, who may be eligible for support from Adult Services.")
                    Body(.other, "transitions-panel", "Transitions Panel",
                         audience: "young people from the age of 16, who may be eligible for support from Adult Services",
                         ages: .from(16),
                         remit: ["to support the planning for young people from the age of 16, who may be eligible for support from Adult Services"],
                         serves: ["moving-into-adulthood"])
                }
                Section("What this means in practice", line: 449) {
                    // Ages of this provision (15, 16, at least 21, up to 25), not of the strategy.
                    Practice("Allocating a personal advisor to all eligible young people at the age of 15 who will work alongside the allocated social worker until the young person transfers to the Pathways Leaving Care Team at the age of 16. A personal advisor will remain involved until the young person reaches the age of at least 21 and continue to offer support up to the age of 25.")
                    Practice("Clear expectations to be in place, to help young people prepare for adulthood and have the life skills to achieve this.")
                    Practice("Opportunities will be given for young people to build confidence over a prolonged period for more independence and self-responsibility.")
                    Practice("A range of accommodation options to be able to be considered to facilitate plans for young people leaving care.")
                    Practice("Ensure all necessary information has been obtained for the young people in a timely way that will be needed when moving towards adulthood, e.g. birth certificate, national insurance number, bank account, etc.")
                    // A direction with no figure, printed among the practice bullets: a step, not a target.
                    Step("Increase the number of young people in Staying Put arrangements.")
                }
            }
        }
    }
}
