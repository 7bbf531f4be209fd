import CorporateParenting

extension Leicestershire {
    /// "What success will look like": the outcomes table, the strategy's top level. Each column is headed
    /// "Outcome n" over its title (two header rows, kept as the section heading and the item's title) and opens
    /// with a lead-in that sets its kind: "Children will:" columns (1, 2, 4) list standards children's care will
    /// meet; "We will:" columns (3, 5) list the council's commitments. The table prints no metric, figure,
    /// target, baseline, owner or date, so none is added; no item is bound to a catalogue measure. The document
    /// maps no outcome to a principle: every mapping is a judgement.
    @PackContent static var whatSuccessWillLookLike: [Entry] {
        Section("What success will look like", page: 13, line: 377) {
            Rationale("As corporate parents we need to know what success will look like to ensure that we are challenging ourselves to continually strive for the best for our children.")
            Context("The table below sets out how we will measure our success in the delivery of outcomes for our looked after children and care leavers.")
            Section("Outcome 1", line: 381) {
                Outcome("improved-physical-health", "Improved Physical Health", label: "Outcome 1", number: 1,
                        principles: [1, 4], domains: [.health],
                        note: "physical health (1); health assessments, GP and dentist registration (4)") {
                    Context("Children will:")
                    Standard(nil, "Have an up to date health assessment")
                    Standard(nil, "Be registered with a GP")
                    Standard(nil, "Be registered with a dentist")
                    Standard(nil, "Be up to date with all their immunisations")
                    // "improved" is a direction without a measure or figure; kept as the standard printed.
                    Standard(nil, "Have improved timeliness of Health Assessments")
                }
            }
            Section("Outcome 2", line: 381) {
                Outcome("improved-mental-health", "Improved Mental Health", label: "Outcome 2", number: 2,
                        principles: [1, 4], domains: [.health],
                        note: "emotional and mental well-being (1); referral to specialist mental health services (4)") {
                    Context("Children will:")
                    Standard(nil, "Be supported through evidence-based interventions to maximise their emotional and mental well being")
                    // Names the SDQ and a direction only; the catalogue's "sdq-average" (ages 5-16, 12 months+)
                    // is not what is printed, so it is not bound.
                    Standard(nil, "Have improved Strengths and Difficulties Questionnaire results.")
                    Standard(nil, "Be referred to specialise mental health services and receive treatment in a timely manner where appropriate")
                    Standard(nil, "Benefit from joined up multi agency working to drive relationship-based approaches")
                }
            }
            Section("Outcome 3", line: 381) {
                Outcome("placement-stability-and-safe-homes", "Placement stability and safe homes", label: "Outcome 3", number: 3,
                        principles: [1, 6], domains: [.homes],
                        note: "placement stability and permanence (6); safe homes, placed where appropriate (1)") {
                    Context("We will:")
                    // Hedged ("Where appropriate seek to"): "20 miles" is a threshold in a commitment, not a
                    // figure the council reports.
                    Commitment("Where appropriate seek to place children and young people within 20 miles of their home address")
                    Commitment("Where appropriate seek to place children and young people within long term, in house provision")
                    Commitment("Ensure children have improved placement stability")
                    Commitment("Our discharge planning will secure improved outcomes for care leavers",
                               mappings: [Mapping(principles: [7], domains: [.adulthood], basis: .judged,
                                                  note: "leaving care: outcomes for care leavers")])
                    Commitment("Make timely decisions regarding permanence and the use of SGO's and Child Arrangement Order to be used where appropriate")
                }
            }
            Section("Outcome 4", line: 381) {
                Outcome("attainment", "Attainment", label: "Outcome 4", number: 4,
                        principles: [5], domains: [.education],
                        note: "full potential; an aspirational and ambitious personal education plan (5)") {
                    Context("Children will:")
                    Standard(nil, "Be supported to achieve their full potential")
                    // A quality of the plan ("aspirational and ambitious"), not a completion rate.
                    Standard(nil, "Have a Personal education plan which will be aspirational and ambitious")
                    Standard(nil, "Have their progress at school monitored and every child will receive tailored support from a specialist advisor")
                }
            }
            Section("Outcome 5", line: 381) {
                Outcome("care-leavers", "Care leavers", label: "Outcome 5", number: 5,
                        principles: [4, 5, 6, 7], domains: [.adulthood],
                        note: "independence and education, training or employment (7); safe, stable places to live (6); high aspirations (5); keeping in touch until 25 (4)") {
                    Context("We will:")
                    Commitment("Support care leavers to find safe, stable and suitable places to live, making sure they are as well prepared as they can be")
                    Commitment("Will give opportunities to keep in touch with them until they are 25 and have high aspirations for them")
                    // Conditional ("if that is in the best interests of the young person"); "Staying Put" is
                    // not named, so no catalogue measure is bound.
                    Commitment("Support care leavers to remain with their long-term foster families after they have left the care of Leicestershire if that is in the best interests of the young person")
                    // Rejoined across lines 400-401.
                    Commitment("Support care leavers to become independent adults by helping to secure high quality education, training or employment opportunities")
                }
            }
            // The banner under the table, spanning all five outcomes (printed once; extracted three times,
            // twice damaged, lines 402-405).
            Aim("Best possible outcomes for our children")
        }
    }
}
