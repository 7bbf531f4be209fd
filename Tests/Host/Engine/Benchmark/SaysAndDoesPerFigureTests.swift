import CorporateParenting
import BuiltInAuthorities
@testable import CPSEngine
@testable import CPSKit
import Testing

/// Says-and-does per figure (field findings §2): each published figure worse than England's or the neighbours'
/// mean, with the metric, target or action that addresses it, or "nothing"; never a domain-level priority alone.
@Suite struct SaysAndDoesPerFigureTests {
    static let framework = OutcomeFramework.standard
    /// The built-in snapshot of DfE's figures and neighbours, as `cps says-does` uses with no options.
    static let benchmark: Benchmark = {
        let store = try! StatisticsStore.load(files: [], includeSnapshot: true, framework: framework)
        return Benchmark(store: store, neighbours: StatisticsSnapshot.neighbours(), framework: framework)
    }()

    static let middlesbrough = BuiltInRegistry.packs.first { $0.id == "middlesbrough" }!

    static func saysAndDoes(_ pack: AuthorityPack) -> SaysAndDoes {
        SaysAndDoes(PackProfile(pack, framework: framework), benchmark: benchmark, year: nil)
    }

    /// A pack for Middlesbrough's code holding `content`, so its figures are Middlesbrough's 2025 figures.
    static func pack(_ period: StrategyPeriod = .years(2024, 2027), @PackContent _ content: () -> [Entry]) -> AuthorityPack {
        AuthorityPack(id: "test-council", name: "Test Council", ons: "E06000002", dfe: "806", region: "North East",
                      document: StrategyDocument(title: "Strategy", period: period), content)
    }

    @Test func middlesbroughsDevelopmentAssessmentsAreWorseAndNothingAddressesThem() throws {
        let result = Self.saysAndDoes(Self.middlesbrough)
        let figure = try #require(result.figures.first { $0.measure == "development-assessment" })
        #expect((figure.year, figure.value, figure.england) == ("2025", 30, 88))
        #expect(figure.againstEngland == .worse && figure.againstNeighbours == .worse)
        #expect(figure.previous?.year == "2024" && figure.previous?.value == 36 && figure.direction == .worsening)
        // Its priority "Healthy Lives" sits in the health domain: that is not addressing this figure.
        #expect(result.figures.contains { $0.measure == "health-assessment" } == false, "94% is not worse than England's 90%")
        #expect(figure.addressedBy == .nothing)
        for measure: StandardMeasureID in ["immunisations", "care-leavers-eet-17-18"] {
            #expect(result.figures.first { $0.measure == measure }?.addressedBy.how == SaysAndDoes.Addressing.How.nothing, "\(measure)")
        }
        let row = try #require(SaysAndDoesView(councils: [result], framework: Self.framework).figuresTable(result).rows.first { $0[0] == "Development assessments up to date (ages 0-4)" })
        #expect(row == ["Development assessments up to date (ages 0-4)", "2025", "30%", "88%", "95.1%", "worse than England; worse than neighbours' mean",
                        "worsening (36% in 2024)", "2021: 65%", "Nothing in the strategy addresses it."])
    }

    @Test func onlyAPriorityInTheHealthDomainAddressesNoHealthFigure() throws {
        let result = Self.saysAndDoes(Self.pack {
            Section("Our priorities") {
                Priority("health", "Health and wellbeing", principles: [1], domains: [.health]) {
                    Commitment("We will help children lead healthy lives.")
                }
            }
        })
        let figure = try #require(result.figures.first { $0.measure == "development-assessment" })
        #expect(figure.addressedBy.how == .nothing)
        #expect(SaysAndDoesView.addressed(figure.addressedBy) == "Nothing in the strategy addresses it.")
        #expect(result.figures.first { $0.measure == "immunisations" }?.addressedBy.how == SaysAndDoes.Addressing.How.nothing)
    }

    @Test func aMonitoredMetricBoundToTheMeasureMonitorsIt() throws {
        let monitored = Self.saysAndDoes(Self.pack {
            Section("Measures of success") {
                Metric("dev", "Children under 5 with an up-to-date development assessment", purpose: .monitor, standard: "development-assessment")
            }
        })
        let figure = try #require(monitored.figures.first { $0.measure == "development-assessment" })
        #expect(figure.addressedBy.how == .monitors && figure.addressedBy.mentions == nil)
        #expect(figure.addressedBy.text == "Children under 5 with an up-to-date development assessment")
        #expect(SaysAndDoesView.addressed(figure.addressedBy) == "Monitors \"Children under 5 with an up-to-date development assessment\" (Measures of success).")
        // The same figure quoted as context addresses nothing.
        let quoted = Self.saysAndDoes(Self.pack {
            Section("Local picture") {
                Metric("dev", "Development assessments", purpose: .context, standard: "development-assessment", figures: [Figure(30, .percent)])
            }
        })
        #expect(quoted.figures.first { $0.measure == "development-assessment" }?.addressedBy == SaysAndDoes.Addressing.nothing)
    }

    @Test func anActionWhoseTextNamesTheMeasureIsShownWithItsTextAndSection() throws {
        let result = Self.saysAndDoes(Self.pack {
            Section("Priority 4: Healthy Lives") {
                Section("What we will do") {
                    Commitment("We will work with the 0-19 service so that every child's Ages and Stages check is done on time.")
                    Commitment("Make sure looked-after children's immunisations are up to date.")
                }
            }
        })
        let development = try #require(result.figures.first { $0.measure == "development-assessment" })
        #expect(development.addressedBy.how == .commitsTo)
        #expect(development.addressedBy.mentions == "ages and stages")
        #expect(development.addressedBy.actionKind == .commitment)
        #expect(development.addressedBy.section == "Priority 4: Healthy Lives › What we will do")
        #expect(SaysAndDoesView.addressed(development.addressedBy)
            == "Mentions \"ages and stages\" (cps's reading): commits to \"We will work with the 0-19 service so that every child's Ages and Stages check is done on time.\" (Priority 4: Healthy Lives › What we will do).")
        let immunisations = try #require(result.figures.first { $0.measure == "immunisations" })
        #expect(immunisations.addressedBy.mentions == "immunisations" && immunisations.addressedBy.text == "Make sure looked-after children's immunisations are up to date.")
    }

    @Test func aStrategyThatEndedBeforeTheFiguresSaysSo() throws {
        let result = Self.saysAndDoes(Self.middlesbrough)
        #expect((result.strategyStart, result.strategyEnd, result.figuresYear, result.endedBeforeFigures) == (2018, 2021, 2025, true))
        #expect(SaysAndDoesView.endedNote(result) == "The strategy ran 2018-2021; the latest figures are for 2025.")
        let ks4 = try #require(result.figures.first { $0.measure == "ks4-attainment-8" })
        #expect(ks4.duringStrategy.map(\.year) == ["201819", "201920", "202021"], "academic years ending in 2019-2021")
        let current = Self.saysAndDoes(Self.pack { Section("Our priorities") { Priority("voice", "Voice") } })
        #expect(current.endedBeforeFigures == false && SaysAndDoesView.endedNote(current) == nil)
    }

    @Test func topicsMatchOnlyWhereAWordStarts() {
        let texts = TopicIndex(["the pepper mill; kneeling", "Reduce the NEET rate; PEP reviews", "Staying-Put arrangements", "Immunisations"])
        #expect(texts.mentions(of: ["neet "]).map(\.text) == [1])
        #expect(texts.mentions(of: ["pep ", "eel"]).map(\.words) == ["pep"], "only where a word starts, and ends for \"pep \"")
        #expect(texts.mentions(of: ["staying put"]).map(\.words) == ["staying put"])
        #expect(texts.mentions(of: ["immunis", "staying"]).map(\.words) == ["staying", "immunisations"], "in the texts' order")
        #expect(texts.mentions(of: ["kneeling reduce"]).isEmpty, "no match runs from one text into the next")
    }

    @Test func everyJudgedMeasureHasTopics() {
        for measure in Self.framework.measures {
            #expect(measure.topics.isEmpty == (measure.polarity == .neutral), "\(measure.id)")
        }
    }
}
