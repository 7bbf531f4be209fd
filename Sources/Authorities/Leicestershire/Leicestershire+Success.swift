import CorporateParenting

extension Leicestershire {
    /// "What success will look like": the five outcomes of the table, the document's top level. Under each,
    /// "Children will:" items are the outcomes sought and "We will:" items are commitments; a measure is added
    /// only where an item names an indicator of the framework's catalogue or says "improved".
    @ContentBuilder<PackElement>
    static var whatSuccessWillLookLike: [PackElement] {
        Section("What success will look like") {
            healthOutcomes
            homesOutcome
            attainmentOutcome
            careLeaversOutcome
        }
    }

    @ContentBuilder<PackElement>
    static var healthOutcomes: [PackElement] {
        Section("Outcome 1: Improved Physical Health") {
            Priority("improved-physical-health", "Improved Physical Health", number: 1,
                     principles: [1, 4], domains: [.health]) {
                Section("Children will:") {
                    Outcome("Have an up to date health assessment") {
                        Measure("up-to-date-health-assessment", "an up to date health assessment", standard: "health-assessment")
                    }
                    Outcome("Be registered with a GP")
                    Outcome("Be registered with a dentist")
                    Outcome("Be up to date with all their immunisations") {
                        Measure("immunisations-up-to-date", "up to date with all their immunisations", standard: "immunisations")
                    }
                    Outcome("Have improved timeliness of Health Assessments") {
                        Measure("health-assessment-timeliness", "timeliness of Health Assessments") {
                            Target(.increase, "Have improved timeliness of Health Assessments")
                        }
                    }
                }
            }
        }
        Section("Outcome 2: Improved Mental Health") {
            Priority("improved-mental-health", "Improved Mental Health", number: 2,
                     principles: [1, 4], domains: [.health]) {
                Section("Children will:") {
                    Outcome("Be supported through evidence-based interventions to maximise their emotional and mental well being")
                    Outcome("Have improved Strengths and Difficulties Questionnaire results.") {
                        Measure("sdq-results", "Strengths and Difficulties Questionnaire results", standard: "sdq-average") {
                            Target(.decrease, "Have improved Strengths and Difficulties Questionnaire results.")
                        }
                    }
                    Outcome("Be referred to specialise mental health services and receive treatment in a timely manner where appropriate")
                    Outcome("Benefit from joined up multi agency working to drive relationship-based approaches")
                }
            }
        }
    }

    @ContentBuilder<PackElement>
    static var homesOutcome: [PackElement] {
        Section("Outcome 3: Placement stability and safe homes") {
            Priority("placement-stability-and-safe-homes", "Placement stability and safe homes", number: 3,
                     principles: [6, 7], domains: [.homes, .adulthood]) {
                Section("We will:") {
                    Commitment("Where appropriate seek to place children and young people within 20 miles of their home address")
                    Commitment("Where appropriate seek to place children and young people within long term, in house provision")
                    Commitment("Ensure children have improved placement stability")
                    Commitment("Our discharge planning will secure improved outcomes for care leavers")
                    Commitment("Make timely decisions regarding permanence and the use of SGO's and Child Arrangement Order to be used where appropriate")
                    Measure("placed-within-20-miles", "within 20 miles of their home address", standard: "placed-over-20-miles")
                    // Short- or long-term stability is not said, so no catalogue measure is named.
                    Measure("improved-placement-stability", "placement stability") {
                        Target(.increase, "Ensure children have improved placement stability")
                    }
                }
            }
        }
    }

    @ContentBuilder<PackElement>
    static var attainmentOutcome: [PackElement] {
        Section("Outcome 4: Attainment") {
            Priority("attainment", "Attainment", number: 4, principles: [4, 5], domains: [.education]) {
                Section("Children will:") {
                    Outcome("Be supported to achieve their full potential")
                    Outcome("Have a Personal education plan which will be aspirational and ambitious") {
                        Measure("personal-education-plan", "a Personal education plan", standard: "pep-completion")
                    }
                    Outcome("Have their progress at school monitored and every child will receive tailored support from a specialist advisor")
                }
            }
        }
    }

    @ContentBuilder<PackElement>
    static var careLeaversOutcome: [PackElement] {
        Section("Outcome 5: Care leavers") {
            Priority("care-leavers", "Care leavers", number: 5, principles: [1, 5, 6, 7], domains: [.adulthood]) {
                Section("We will:") {
                    Commitment("Support care leavers to find safe, stable and suitable places to live, making sure they are as well prepared as they can be")
                    Commitment("Will give opportunities to keep in touch with them until they are 25 and have high aspirations for them")
                    Commitment("Support care leavers to remain with their long-term foster families after they have left the care of Leicestershire if that is in the best interests of the young person")
                    Commitment("Support care leavers to become independent adults by helping to secure high quality education, training or employment opportunities")
                    Measure("remain-with-foster-families", "remain with their long-term foster families after they have left the care of Leicestershire", standard: "staying-put")
                }
            }
        }
    }
}
