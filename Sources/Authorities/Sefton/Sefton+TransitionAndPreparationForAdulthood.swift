import CorporateParenting

extension Sefton {
    /// "Transition and preparation for Adulthood": two sentences of rationale, an aim, and seven "We will" bullets.
    @PackContent static var transitionAndPreparationForAdulthood: [Entry] {
        Section("Transition and preparation for Adulthood – Working Group Chair: Service Manager. Cared For and Care Experienced Young People.", page: 8, line: 169) {
            workingGroup("transition-and-preparation-for-adulthood-working-group",
                         chair: "Service Manager. Cared For and Care Experienced Young People",
                         serves: "transition-and-preparation-for-adulthood")
            Priority("transition-and-preparation-for-adulthood", "Transition and preparation for Adulthood",
                     principles: [4, 5, 7], domains: [.adulthood, .education, .homes],
                     note: "preparation for adulthood (7); higher education, training and apprenticeships (5, education); financial support and access to accommodation (4, homes)") {
                // "for us as all" and "though this journey" are as printed.
                Rationale("Moving on from care is a critical time for our young people and supporting them through this transition into adulthood is a responsibility for us as all.")
                Rationale("We need to understand that young people develop at different paces and that some young people will struggle to gain independence and struggle in independence.")
                Aim("We need to be there for them and support them though this journey.")
                Commitment("Ensure that all young people in our care over the age of 16yrs have a pathway plan specific to their needs and aspirations and an allocated personal advisor.")
                Commitment("Ensure that all pathway plans have a specific focus on care experienced young people being able to access suitable accommodation and education, employment, or training.")
                Commitment("Expect our foster carers and residential homes to provide opportunities for young people to develop independent living skills appropriate to their age and stage.")
                // The financial assistance policies are named, not set out in this document.
                Commitment(
                    "Provide financial support, grants (eg setting up home) and other forms of financial relief to care experienced young people in line with our financial assistance policies.",
                    links: ["our financial assistance policies"]
                )
                // One bullet, two commitments of different strength: the second ("We will look at ... as
                // necessary") is weaker. Kept whole, as printed.
                Commitment("Fully support any young person who wishes to pursue higher education to obtain places and apply for student loans. We will look at funding accommodation for young people who wish to seek higher education as necessary.")
                Commitment("Continue our work with further education colleges, employment training providers to help young people access high quality training and apprenticeships.")
                Partner("further education colleges")
                Partner("employment training providers")
                Commitment("As a council provide internship, apprenticeship, and employment opportunities for our cared for and care experienced children and young people.")
            }
        }
    }
}
