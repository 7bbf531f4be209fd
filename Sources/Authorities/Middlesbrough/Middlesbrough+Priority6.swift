import CorporateParenting

extension Middlesbrough {
    /// Section 2, Priority 6: Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life.
    @ContentBuilder<PackElement>
    static var priority6: [PackElement] {
        Section("Priority 6: Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life") {
            Priority("moving-into-adulthood", "Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life", number: 6,
                     principles: [4, 7], domains: [.adulthood]) {
                Section("What we need to improve") {
                    Commitment(.improvement, "Preparation for independence at an earlier stage for this to be built upon well before plans for moving are finalised.")
                    Commitment(.improvement, "Accessibility and take up of health care and ensure young people are aware of the importance of dental appointments, staying healthy, etc.")
                    Commitment(.improvement, "Improve range and quality of placement provision for young people leaving care aged 18 and over including options of supported and semi-supported accommodation.")
                    Commitment(.improvement, "Maximise the use of the multi-agency Care Leavers accommodation panel to monitor the progress of care leavers accommodation plans, and identify themes and gaps with the intention of improving service delivery and strengthening multi-agency working.")
                    Commitment(.improvement, "Improve the quality of our pathway planning through having a quality assurance auditing process with a view to evidencing an increase in the contribution from our young people into their planning.")
                    Commitment(.improvement, "Continue to increase the numbers of Care Leavers aged 21 and over who return to the service to access support.")
                }
                Section("What we will do") {
                    Commitment("Support children and young people to enter adulthood in a planned way, with a home to live in, the skills to look after themselves and the ability to earn a living or continue in education or training.")
                    Commitment("Ensuring entitlements are made clear to all care leavers.")
                    Commitment("Utilise the Transitions Panel to support the planning for young people from the age of 16, who may be eligible for support from Adult Services.")
                }
                Section("What this means in practice") {
                    Commitment(.practice, "Allocating a personal advisor to all eligible young people at the age of 15 who will work alongside the allocated social worker until the young person transfers to the Pathways Leaving Care Team at the age of 16. A personal advisor will remain involved until the young person reaches the age of at least 21 and continue to offer support up to the age of 25.")
                    Commitment(.practice, "Clear expectations to be in place, to help young people prepare for adulthood and have the life skills to achieve this.")
                    Commitment(.practice, "Opportunities will be given for young people to build confidence over a prolonged period for more independence and self-responsibility.")
                    Commitment(.practice, "A range of accommodation options to be able to be considered to facilitate plans for young people leaving care.")
                    Commitment(.practice, "Ensure all necessary information has been obtained for the young people in a timely way that will be needed when moving towards adulthood, e.g. birth certificate, national insurance number, bank account, etc.")
                    Commitment(.practice, "Increase the number of young people in Staying Put arrangements.")
                }
            }
            Section("What we need to improve") {
                WorkingGroup("care-leavers-accommodation-panel", "multi-agency Care Leavers accommodation panel",
                             kind: .panel, priorities: ["moving-into-adulthood"],
                             remit: "to monitor the progress of care leavers accommodation plans, and identify themes and gaps with the intention of improving service delivery and strengthening multi-agency working")
            }
            Section("What we will do") {
                WorkingGroup("transitions-panel", "Transitions Panel", kind: .panel, priorities: ["moving-into-adulthood"],
                             remit: "to support the planning for young people from the age of 16, who may be eligible for support from Adult Services")
            }
        }
    }
}
