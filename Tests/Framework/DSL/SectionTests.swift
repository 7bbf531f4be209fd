import CorporateParenting
import Testing

@Suite struct SectionTests {
    let pack = AuthorityPack(id: "test", name: "Test Council") {
        Section("Cover") {
            Strategy("Corporate Parenting Strategy", period: .years(2024, 2027))
        }
        Section("Section 2") {
            Section("Priority 1") {
                Priority("voice", "Voice", number: 1, principles: [2, 3], domains: [.voice]) {
                    Aim("Listen.")
                    Section("What we will do") {
                        Commitment("Ask.")
                    }
                    Commitment(.improvement, "Answer.")
                    Outcome("Children are heard") {
                        Measure("heard", "% heard") {
                            Target(100, .percent, "All")
                            Section("Figures") { Observation(80, .percent, period: "2024") }
                        }
                    }
                    Outcome("Second")
                }
            }
        }
        Inconsistency("Topic", Statement("one", source: "A"), Statement("two", source: "B"))
    }

    @Test func sectionsNestIntoSources() throws {
        let priority = try #require(pack.priorities.first)
        #expect(pack.strategy.source == "Cover")
        #expect(priority.source == "Section 2 › Priority 1")
        #expect(priority.aim?.source == "Section 2 › Priority 1")
        #expect(priority.commitments.map(\.source) == ["Section 2 › Priority 1 › What we will do", "Section 2 › Priority 1"])
        #expect(priority.outcomes[0].measures[0].observations[0].source == "Section 2 › Priority 1 › Figures")
    }

    @Test func outcomesAreNumberedWithinTheirPriority() throws {
        #expect(pack.priorities[0].outcomes.map(\.id) == ["voice-outcome-1", "voice-outcome-2"])
    }

    @Test func inconsistenciesKeepTheirOwnSources() {
        #expect(pack.inconsistencies[0].statements.map(\.source) == ["A", "B"])
    }

    @Test func commitmentKindsAreKept() {
        #expect(pack.priorities[0].commitments.map(\.kind) == [.action, .improvement])
    }

    @Test func aSecondVisionContinuesTheFirst() {
        let pack = AuthorityPack(id: "t", name: "T") {
            Section("A") { Vision("One.") }
            Section("B") { Vision("Two.") }
        }
        #expect(pack.strategy.vision == Statement("One.\n\nTwo.", source: "A"))
    }

    @Test func theModelRoundTripsThroughJSON() throws {
        let text = try PackCoding.json(pack)
        #expect(try PackCoding.decodePack(Array(text.utf8)) == pack)
    }
}
