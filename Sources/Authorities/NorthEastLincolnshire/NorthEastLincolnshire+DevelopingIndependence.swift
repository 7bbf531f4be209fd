import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 7. Its challenge reports national figures for care leavers against the population; they are context
    /// measures with England as their scope (the document says "Nationally").
    @ContentBuilder<PackElement>
    static var developingIndependence: [PackElement] {
        Section("7. Developing Independence") {
            Priority(
                "developing-independence", "Developing Independence", number: 7,
                principles: [4, 6, 7], domains: [.adulthood]
            ) {
                Commitment(.aim, "Prepare early for adulthood and independence")
                Commitment(.aim, "Offer financial, practical and emotional support for young people who need it in early adulthood")
                Commitment(.aim, "Support young people to take up further education, employment and training opportunities")
                Section("Vision") {
                    Vision("Young people will be successfully supported from care to independence with a high standard of care from a range of partners. Corporate parenting responsibilities will be understood by all North East Lincolnshire Council partners and the Care Leaver Offer will clearly lay out what support or service Care Leavers are entitled to.")
                    Vision("""
                        All young people leaving care should be better prepared and supported to live independently.
                        Improved access to education, employment, and training.
                        Care leavers should experience stability in their lives and feel safe and secure.
                        Improved access to health support.
                        Care leavers should achieve financial stability.
                        """)
                }
                Section("What is the challenge?") {
                    independenceChallenge
                }
                Section("What we will do:") {
                    Commitment("Develop a Hub of services with partners to deliver a 'one stop shop' service for our care leavers.")
                    Commitment("Ensure the Hub provides a range of socialisation and support opportunities as well as information, advice, and guidance.")
                    Commitment("Ensure sufficient accommodation is available that meets the needs of young people through our partnerships with OWLs, North East Lincolnshire Homes and through the development of a guarantor scheme.")
                    Commitment("Develop a Care Leavers Housing policy with partners from North East Lincolnshire Homes.")
                    Commitment("Promote Staying Put for Children Looked After who are in foster care and reaching 18 and develop a Staying Close policy with the North East Lincolnshire residential service.")
                    Commitment("Create a multi-agency support service for Care Leavers who are planning a family or who already have children.")
                    Commitment("Increase participation and engagement with Care Leavers to develop our partnerships.")
                    Commitment("Develop our social media and website to communicate in a way that care leavers want and reach more people")
                }
                Section("What will success look like?") {
                    successForIndependence
                }
                Partner("Children looked after and area social work teams")
                Partner("Residential Services")
                Partner("Fostering")
                Partner("Employment and Skills Service")
                Partner("Public Health / ICB")
                Partner("Housing")
                Partner("Third sector partners")
                Partner("Corporate Business Partners")
            }
        }
    }

    /// The challenge paragraph and the national figures it reports.
    @ContentBuilder<PriorityElement>
    static var independenceChallenge: [PriorityElement] {
        Challenge("Nationally, outcomes for care leavers remain much worse than for their counterparts in the general population, as an example; in 2015 only 14% of care leavers achieved A*-C grades in their GCSEs compared with 55% of the population and only 6% of care leavers were in university compared with 38% of the population. 25% of homeless people are care experienced and 46% of care leavers are estimated to have mental health support needs. Care Leavers are 4 times more likely to be involved in the criminal justice system and 25% of prisoners are care experienced.")
        Challenge("In February 2018, PA support for Care Leavers was extended from 21 to 25.")
        Measure("national-care-leavers-gcse-a-c", "care leavers achieved A*-C grades in their GCSEs", purpose: .context,
                unit: .percent, domain: .education) {
            Observation(14, .percent, .england, period: "2015", qualifier: "only", note: silentCrisis)
        }
        Measure("national-population-gcse-a-c", "population achieved A*-C grades in their GCSEs",
                purpose: .context, unit: .percent, domain: .education) {
            Observation(55, .percent, .england, period: "2015", note: silentCrisis)
        }
        Measure("national-care-leavers-university", "care leavers were in university", purpose: .context,
                unit: .percent, domain: .education) {
            Observation(6, .percent, .england, period: "2015", qualifier: "only", note: silentCrisis)
        }
        Measure("national-population-university", "population in university", purpose: .context,
                unit: .percent, domain: .education) {
            Observation(38, .percent, .england, period: "2015", note: silentCrisis)
        }
        Measure("national-homeless-care-experienced", "homeless people are care experienced", purpose: .context,
                unit: .percent) {
            Observation(25, .percent, .england, note: silentCrisis)
        }
        Measure("national-care-leavers-mental-health-needs", "care leavers are estimated to have mental health support needs",
                purpose: .context, unit: .percent, domain: .health) {
            Observation(46, .percent, .england, qualifier: "estimated", note: silentCrisis)
        }
        Measure("national-care-leavers-criminal-justice",
                "Care Leavers are more likely to be involved in the criminal justice system", purpose: .context,
                unit: "times", domain: .safety) {
            Observation(4, "times", .england, note: "\"4 times more likely\". " + silentCrisis)
        }
        Measure("national-prisoners-care-experienced", "prisoners are care experienced", purpose: .context,
                unit: .percent, domain: .safety) {
            Observation(25, .percent, .england, note: silentCrisis)
        }
    }

    /// Where the challenge's figures come from, as the document says.
    static let silentCrisis =
        "Printed as \"Nationally\"; the document points to the Looked-after Children - The Silent Crisis publication."

    /// Outcome 7's table of outcome statements and outcome measures.
    @ContentBuilder<PriorityElement>
    static var successForIndependence: [PriorityElement] {
        Outcome("Care leavers are in touch and receiving services") {
            Measure("care-leavers-pa-contact-8-weeks", "100% of care leavers in touch with their PA every 8 weeks",
                    standard: "care-leavers-in-touch", unit: .percent) {
                Target(100, .percent, "100% of care leavers in touch with their PA every 8 weeks")
            }
        }
        Outcome("Care leavers are supported to develop meaningful plans to help them prepare for the future") {
            Measure("care-leavers-pathway-plan", "100% care leavers with and up to date pathway plan", unit: .percent) {
                Target(100, .percent, "100% care leavers with and up to date pathway plan")
            }
        }
        Outcome("Care leavers understand their Pathway Plans and find them useful") {
            Measure("pathway-plan-feedback", "Feedback from young people at leaving care review and through Interactive File Audits")
        }
        Outcome("Have somewhere safe to live after they leave care") {
            Measure("care-leavers-suitable-accommodation", "100% Care leavers in suitable accommodation",
                    standard: "care-leavers-suitable-accommodation-19-21", unit: .percent) {
                Target(100, .percent, "100% Care leavers in suitable accommodation")
            }
        }
        Outcome("Care leavers report they feel supported to achieve their personal goals") {
            Measure("pathway-plan-reviews-progress", "Pathway Plan reviews evidence good progress and pride at achieving personal goals")
        }
        Outcome("Fewer children of Care Leavers have statutory social work involvement, fewer pre-birth assessments are undertaken.") {
            Measure("mosaic-care-leavers-children", "Mosaic reports to evidence a 'turn in the curve'.") {
                Target(.decrease, "Fewer children of Care Leavers have statutory social work involvement, fewer pre-birth assessments are undertaken.")
            }
            Measure("care-leavers-voice-group-feedback", "Care leavers voice group feedback experiences of positive support.")
        }
        Outcome("More Care Leavers are engaged in education or employment opportunities.") {
            Measure("mosaic-care-leavers-eet", "Mosaic reports evidence a turn in the curve") {
                Target(.increase, "More Care Leavers are engaged in education or employment opportunities.")
            }
            Measure("pathway-plans-progress-outcomes", "Pathway plans evidence progress and outcomes")
            Measure("esif-reports", "ESIF reports will evidence positive outcomes")
        }
    }
}
