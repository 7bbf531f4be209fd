import CorporateParenting
import Testing

@Suite struct OutcomeFrameworkTests {
    let framework = OutcomeFramework.standard

    @Test func hasTheSevenStatutoryPrinciplesInTheActsOrder() {
        #expect(framework.principles.map(\.number) == Array(1...7))
        #expect(framework.principles.map(\.paragraph) == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(framework.principle(1)?.text == "to act in the best interests, and promote the physical and mental health and well-being, of those children and young people")
        #expect(framework.principle(6)?.text == "for those children and young people to be safe, and for stability in their home lives, relationships and education or work")
        #expect(framework.principle(7)?.text == "to prepare those children and young people for adulthood and independent living")
    }

    @Test func hasTheNineDomainsEachServingPrinciples() {
        #expect(framework.domains.map(\.id.rawValue) == ["voice", "homes", "health", "education", "relationships", "safety", "adulthood", "governance", "workforce"])
        for domain in framework.domains {
            #expect(!domain.principles.isEmpty && domain.principles.allSatisfy { (1...7).contains($0) })
        }
        #expect(framework.domain(.voice)?.principles == [2, 3])
        #expect(framework.domain(.adulthood)?.principles.contains(7) == true)
    }

    @Test func everyPrincipleIsServedBySomeDomain() {
        let served = Set(framework.domains.flatMap(\.principles))
        #expect(served == Set(1...7))
    }

    @Test func theCatalogueHasTheMeasuresAskedFor() {
        let required: [StandardMeasureID] = [
            "cla-rate-per-10k", "cla-count", "placement-stability-short-term", "placement-stability-long-term",
            "placed-over-20-miles", "care-leavers-eet-17-18", "care-leavers-eet-19-21",
            "care-leavers-suitable-accommodation-17-18", "care-leavers-suitable-accommodation-19-21",
            "care-leavers-in-touch", "staying-put", "health-assessment", "dental-check", "immunisations", "sdq-average",
            "sdq-completion", "missing-incident", "pep-completion", "persistent-absence", "school-exclusion",
            "development-assessment", "new-placements-outside-over-20-miles", "new-placements-inside-over-20-miles",
            "care-leavers-activity-not-known-17-18", "care-leavers-activity-not-known-19-21", "school-moves-mid-year",
            "three-or-more-social-workers", "ks2-reading-writing-maths", "ks4-attainment-8", "ks4-english-maths-grade-4",
            "ks4-progress-8", "social-worker-turnover", "agency-worker-rate", "social-worker-vacancy-rate", "social-worker-caseload",
        ]
        for id in required { #expect(framework.measure(id) != nil, "\(id)") }
        #expect(Set(framework.measures.map(\.id)).count == framework.measures.count)
        for measure in framework.measures { #expect(framework.domain(measure.domain) != nil) }
    }

    @Test func bindingsNameDfEsFiltersAndValueColumns() throws {
        let shortTerm = try #require(framework.measure("placement-stability-short-term")?.dfe)
        #expect(shortTerm.filters.map(\.column) == ["cla_group", "placement_stability"])
        #expect(shortTerm.filters.map(\.value) == ["CLA on 31 March", "With 3 or more placements during the year"])
        #expect(shortTerm.valueColumn == "children_percent")
        let longTerm = try #require(framework.measure("placement-stability-long-term")?.dfe)
        #expect(longTerm.filters.map(\.value) == [
            "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
            "Living with the same carer for at least 2 years",
        ])
        let eet = try #require(framework.measure("care-leavers-eet-19-21")?.dfe)
        #expect(eet.filters.map(\.value) == ["19 to 21 years", "Total in education, employment or training"])
        #expect(eet.valueColumn == "care_leaver_percent")
        #expect(framework.measure("care-leavers-suitable-accommodation-19-21")?.dfe?.filters.last?.value == "Accommodation considered suitable")
        let sdq = try #require(framework.measure("sdq-average")?.dfe)
        #expect(sdq.filters.map(\.value) == ["Ages 5 to 16 years with SDQ score", "SDQ average score"])
        for (id, breakdown) in [("health-assessment", "Had their annual health assessment"), ("dental-check", "Had their teeth checked by a dentist"), ("immunisations", "Had their immunisations up to date")] {
            let binding = try #require(framework.measure(StandardMeasureID(rawValue: id))?.dfe)
            #expect(binding.filters.map(\.value) == ["Health assessments: Children looked after all ages", breakdown])
        }
    }

    @Test func newBindingsSelectOneRowOfDfEsFiles() throws {
        let outside = try #require(framework.measure("new-placements-outside-over-20-miles")?.dfe)
        #expect(outside.file == "la_cla_during_year_new_placements.csv")
        #expect(outside.filters.map(\.value) == ["Location of new placements during the year", "Placed outside LA boundary more than 20 miles from home"])
        let notKnown = try #require(framework.measure("care-leavers-activity-not-known-19-21")?.dfe)
        #expect(notKnown.filters.map(\.value) == ["19 to 21 years", "Total information not known"])
        #expect(framework.measure("care-leavers-activity-not-known-19-21")?.title.contains("in touch") == false)
        let moves = try #require(framework.measure("school-moves-mid-year")?.dfe)
        #expect(moves.filters.map(\.value) == ["CLA on 31 March", "Mid-year moves", "With one or more mid-year moves during the year"])
        #expect(moves.valueColumn == "percentage")
        for id in ["ks2-reading-writing-maths", "ks4-attainment-8", "ks4-english-maths-grade-4", "ks4-progress-8"] {
            let binding = try #require(framework.measure(StandardMeasureID(rawValue: id))?.dfe)
            #expect(binding.filters.map(\.value) == ["CLA 12 months at 31 March"], "\(id)")
        }
        for id in ["social-worker-turnover", "agency-worker-rate", "social-worker-vacancy-rate", "social-worker-caseload"] {
            let measure = try #require(framework.measure(StandardMeasureID(rawValue: id)))
            #expect(measure.domain == .workforce && measure.dfe?.filters.isEmpty == true && measure.dfe?.file == "csww_indicators_2017_to_2025.csv", "\(id)")
        }
    }

    @Test func polarityFollowsDfEsTools() {
        #expect(framework.measure("placement-stability-short-term")?.polarity == .lowerIsBetter)
        #expect(framework.measure("placement-stability-long-term")?.polarity == .higherIsBetter)
        #expect(framework.measure("sdq-average")?.polarity == .lowerIsBetter)
        #expect(framework.measure("missing-incident")?.polarity == .lowerIsBetter)
        #expect(framework.measure("cla-rate-per-10k")?.polarity == .neutral)
        #expect(framework.measure("care-leavers-eet-19-21")?.polarity == .higherIsBetter)
        #expect(framework.measure("ks4-attainment-8")?.polarity == .higherIsBetter)
        #expect(framework.measure("social-worker-turnover")?.polarity == .lowerIsBetter)
        #expect(framework.measure("new-placements-outside-over-20-miles")?.polarity == .lowerIsBetter)
    }
}
