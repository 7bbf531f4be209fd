import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 7. Its challenge quotes national figures for care leavers against other groups: context, not
    /// commitments. The table of outcome statements and measures has no heading in the body (the contents calls it
    /// "What will success look like?").
    @PackContent
    static var developingIndependence: [Entry] {
        Section("7. Developing Independence", page: 34, line: 427) {
            Outcome(
                "developing-independence", "Developing Independence", number: 7,
                principles: [4, 6, 7], domains: [.adulthood, .homes],
                note: "independence (437); stability, safe and secure (439); access to services (438, 440); accommodation actions",
                alternateTitles: [Wording("7. Developing independence", in: "contents")]
            ) {
                KeyAction("o7-prepare-early", "Prepare early for adulthood and independence")
                KeyAction("o7-support-early-adulthood", "Offer financial, practical and emotional support for young people who need it in early adulthood")
                KeyAction("o7-eet", "Support young people to take up further education, employment and training opportunities")
                Section("Vision", page: 34, line: 433) {
                    Vision("Young people will be successfully supported from care to independence with a high standard of care from a range of partners.")
                    Mechanism("Corporate parenting responsibilities will be understood by all North East Lincolnshire Council partners and the Care Leaver Offer will clearly lay out what support or service Care Leavers are entitled to.")
                    // The offer itself is not set out in the strategy.
                    Citation(.localPlan, "Care Leaver Offer")
                    Aim("All young people leaving care should be better prepared and supported to live independently.")
                    Aim("Improved access to education, employment, and training.")
                    Aim("Care leavers should experience stability in their lives and feel safe and secure.")
                    Aim("Improved access to health support.")
                    Aim("Care leavers should achieve financial stability.")
                }
                Section("What is the challenge?", page: 34, line: 443) {
                    independenceChallenge
                }
                Section("What we will do:", page: 35, line: 451) {
                    Step("Develop a Hub of services with partners to deliver a 'one stop shop' service for our care leavers.")
                    Step("Ensure the Hub provides a range of socialisation and support opportunities as well as information, advice, and guidance.")
                    Step("Ensure sufficient accommodation is available that meets the needs of young people through our partnerships with OWLs, North East Lincolnshire Homes and through the development of a guarantor scheme.")
                    Partner("OWLs")
                    Partner("North East Lincolnshire Homes")
                    Step("Develop a Care Leavers Housing policy with partners from North East Lincolnshire Homes.")
                    Step("Promote Staying Put for Children Looked After who are in foster care and reaching 18 and develop a Staying Close policy with the North East Lincolnshire residential service.")
                    Step("Create a multi-agency support service for Care Leavers who are planning a family or who already have children.")
                    Step("Increase participation and engagement with Care Leavers to develop our partnerships.",
                         mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "care leavers' participation")])
                    Step("Develop our social media and website to communicate in a way that care leavers want and reach more people")
                }
                successForIndependence
                Section("Key Partners for this strategic priority are:", line: 473) {
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
    }

    /// The challenge paragraph (seed line 445) and its eight national figures. The document says only
    /// "Nationally"; England is the reading (it could be the UK). "in 2015" dates the first four, in the same
    /// sentence; the other four have no period printed. "4 times more likely" is a multiple, none of the figure
    /// kinds, so its kind is left out. The document does not say the figures come from the publication it links.
    @PackContent
    static var independenceChallenge: [Entry] {
        Challenge("Nationally, outcomes for care leavers remain much worse than for their counterparts in the general population, as an example; in 2015 only 14% of care leavers achieved A*-C grades in their GCSEs compared with 55% of the population and only 6% of care leavers were in university compared with 38% of the population. 25% of homeless people are care experienced and 46% of care leavers are estimated to have mental health support needs. Care Leavers are 4 times more likely to be involved in the criminal justice system and 25% of prisoners are care experienced.")
        Metric("national-gcse-a-c", "14% of care leavers achieved A*-C grades in their GCSEs compared with 55% of the population",
               purpose: .context, unit: .percent, domain: .education, figures: [
                   Figure(14, .percent, kind: .share, group: "care leavers", scope: .england, period: "2015", qualifier: "only"),
                   Figure(55, .percent, kind: .share, group: "the population", scope: .england, period: "2015"),
               ])
        Metric("national-university", "6% of care leavers were in university compared with 38% of the population",
               purpose: .context, unit: .percent, domain: .education, figures: [
                   Figure(6, .percent, kind: .share, group: "care leavers", scope: .england, period: "2015", qualifier: "only"),
                   Figure(38, .percent, kind: .share, group: "the population", scope: .england, period: "2015"),
               ])
        Metric("national-homeless-care-experienced", "25% of homeless people are care experienced",
               purpose: .context, unit: .percent, domain: .homes, figures: [
                   Figure(25, .percent, kind: .share, group: "homeless people", scope: .england),
               ])
        Metric("national-care-leavers-mental-health", "46% of care leavers are estimated to have mental health support needs",
               purpose: .context, unit: .percent, domain: .health, figures: [
                   Figure(46, .percent, kind: .share, group: "care leavers", scope: .england, qualifier: "estimated"),
               ])
        Metric("national-criminal-justice", "Care Leavers are 4 times more likely to be involved in the criminal justice system",
               purpose: .context, unit: .times, domain: .safety, figures: [
                   Figure(4, .times, group: "Care Leavers", scope: .england, text: "4 times more likely"),
               ])
        Metric("national-prisoners-care-experienced", "25% of prisoners are care experienced",
               purpose: .context, unit: .percent, domain: .safety, figures: [
                   Figure(25, .percent, kind: .share, group: "prisoners", scope: .england),
               ])
        // Both links were printed with empty targets ("(#)").
        Citation(.research, "Looked-after Children - The Silent Crisis",
                 text: "Find out more in the Looked-after Children - The Silent Crisis publication.")
        // Printed "In February 2018, [PA support ...](#)": the date sits outside the link text; the test's repair
        // drops the extraction's link marks so the sentence is quoted whole, with its date.
        Citation(.nationalPolicy, "PA support for Care Leavers was extended from 21 to 25.",
                 text: "In February 2018, PA support for Care Leavers was extended from 21 to 25.")
    }

    /// Outcome 7's table (seed lines 464-471): seven statements. None of the 100% measures gives ages, so none is
    /// bound to DfE's 19-21 measures; contact with a PA "every 8 weeks" is not DfE's "in touch".
    @PackContent
    static var successForIndependence: [Entry] {
        Aim("Care leavers are in touch and receiving services")
        Metric("care-leavers-pa-contact-8-weeks", "100% of care leavers in touch with their PA every 8 weeks", purpose: .monitor,
               unit: .percent, domain: .adulthood,
               target: Target(100, .percent, "100% of care leavers in touch with their PA every 8 weeks"))
        Aim("Care leavers are supported to develop meaningful plans to help them prepare for the future")
        Metric("care-leavers-pathway-plan", "100% care leavers with and up to date pathway plan", purpose: .monitor,
               unit: .percent, domain: .adulthood,
               target: Target(100, .percent, "100% care leavers with and up to date pathway plan"))
        Aim("Care leavers understand their Pathway Plans and find them useful")
        Statement("pathway-plan-feedback", "Feedback from young people at leaving care review and through Interactive File Audits",
                  domain: .adulthood)
        Aim("Have somewhere safe to live after they leave care")
        Metric("care-leavers-suitable-accommodation", "100% Care leavers in suitable accommodation", purpose: .monitor,
               unit: .percent, domain: .adulthood,
               target: Target(100, .percent, "100% Care leavers in suitable accommodation"))
        // The statement is itself what care leavers will report.
        Statement("care-leavers-feel-supported", "Care leavers report they feel supported to achieve their personal goals",
                  domain: .adulthood)
        Deliverable("pathway-plan-reviews-progress", "Pathway Plan reviews evidence good progress and pride at achieving personal goals",
                    domain: .adulthood)
        Aim("Fewer children of Care Leavers have statutory social work involvement, fewer pre-birth assessments are undertaken.")
        Deliverable("mosaic-care-leavers-children", "Mosaic reports to evidence a 'turn in the curve'.", domain: .adulthood,
                    target: Target(.decrease, "Fewer children of Care Leavers have statutory social work involvement, fewer pre-birth assessments are undertaken."))
        // Whether the "Care leavers voice group" is the Care Leavers Council is not said.
        Statement("care-leavers-voice-group-feedback", "Care leavers voice group feedback experiences of positive support.",
                  domain: .adulthood)
        Aim("More Care Leavers are engaged in education or employment opportunities.")
        Deliverable("mosaic-care-leavers-eet", "Mosaic reports evidence a turn in the curve", domain: .adulthood,
                    target: Target(.increase, "More Care Leavers are engaged in education or employment opportunities."))
        Deliverable("pathway-plans-progress-outcomes", "Pathway plans evidence progress and outcomes", domain: .adulthood)
        Deliverable("esif-reports", "ESIF reports will evidence positive outcomes", domain: .adulthood)
    }
}
