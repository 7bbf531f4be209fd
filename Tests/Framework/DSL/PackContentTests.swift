import CorporateParenting
import Testing

/// The DSL builds the document's outline: sections nest, content keeps its order, ids derive from headings.
@Suite struct PackContentTests {
    let pack = AuthorityPack(
        id: "test", name: "Test Council",
        document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2024, 2027)),
        inconsistencies: [Inconsistency("Who chairs the board", Excerpt("The Leader chairs it.", in: "board"), Excerpt("The Mayor chairs it.", in: "section-2"))]
    ) {
        Section("Section 2") {
            Context("Why we have a strategy.")
            Section("Priority 1") {
                Priority("voice", "Voice", label: "Priority 1", number: 1, principles: [2, 3], domains: [.voice]) {
                    Aim("Listen.")
                    Challenge("Too few children attend their reviews.")
                    Aim("Answer.")
                    Section("What we will do") {
                        Commitment("Ask.", owner: "Participation Officer", timeline: "By March 2025")
                    }
                    Improvement("Answer faster.")
                    Objective("voice-1", "Reviews", number: 1) {
                        Metric("heard", "% heard", purpose: .monitor, unit: .percent, target: Target(100, .percent, "All"),
                               figures: [Figure(80, .percent, kind: .share, period: "2024")])
                    }
                }
            }
        }
        Section("Governance", id: "board") {
            Body(.board, "cpb", "Corporate Parenting Board", roles: [.chair("the Leader"), .member("young people", status: .planned)]) {
                Body(.youthGroup, "cicc", "Children in Care Council", ages: .between(11, 17))
            }
        }
        Section("Section 2")
    }

    @Test func sectionsNestAsTheDocumentsHeadings() {
        let outline = PackIndex(pack).outline
        #expect(outline.map(\.heading) == ["Section 2", "Priority 1", "What we will do", "Governance", "Section 2"])
        #expect(outline.map(\.level) == [1, 2, 3, 1, 1])
        #expect(outline.map(\.id.rawValue) == ["section-2", "priority-1", "what-we-will-do", "board", "section-2-2"])
    }

    @Test func sourcesAreDerivedFromTheOutline() throws {
        let index = PackIndex(pack)
        let action = try #require(index.actions.first)
        #expect(index.source(of: action.section) == "Section 2 › Priority 1 › What we will do")
        #expect(action.item == "voice")
        #expect(action.value.owner == "Participation Officer")
        let metric = try #require(index.evidence.first)
        #expect(metric.item == "voice-1")
        #expect(index.parent(of: "voice-1") == "voice")
        #expect(index.topItems.map(\.value.id) == ["voice"])
    }

    @Test func repeatedStatementsStaySeparateAndInOrder() throws {
        guard case .section(let section) = pack.sections[0].content[1], case .item(let priority) = section.content[0] else {
            Issue.record("the priority is not where it was written")
            return
        }
        let kinds: [String] = priority.content.map { entry in
            if case .narrative(let narrative) = entry { return narrative.kind.rawValue }
            return entry.key
        }
        #expect(kinds == ["aim", "challenge", "aim", "section", "action", "item"])
        #expect(priority.mappings == [Mapping(principles: [2, 3], domains: [.voice], basis: .judged)])
    }

    @Test func bodiesNestAndKeepTheirStatuses() {
        let index = PackIndex(pack)
        #expect(index.bodies.map(\.value.id) == ["cpb", "cicc"])
        #expect(index.bodies[1].body == "cpb")
        #expect(index.bodies[0].value.roles.map(\.status) == [.inPlace, .planned])
    }

    @Test func theModelRoundTripsThroughJSON() throws {
        let text = try PackCoding.json(pack)
        #expect(try PackCoding.decodePack(Array(text.utf8)) == pack)
        #expect(text.contains(#""action""#))
    }
}

/// An action plan published apart from its strategy is attached to the strategy's pack, with its own outline.
@Suite struct ActionPlanTests {
    let pack = AuthorityPack(
        id: "plan", name: "Plan Council",
        document: StrategyDocument(title: "Corporate Parenting Strategy 2025-2028", period: .years(2025, 2028)),
        actionPlans: [
            ActionPlan(document: StrategyDocument(title: "Action Plan 2025-2026", period: .years(2025, 2026))) {
                Section("Pledge 1: We will listen") {
                    Step("Hold a forum.", owner: "Responsible officer: Team Manager: Life Chances", timeline: "September 2025",
                         expectedOutcome: "Young people shape services.", links: ["Participation action plan"])
                }
            },
        ]
    ) {
        Section("Our pledges") {
            Pledge("pledge-1", "We will listen", label: "Pledge 1", number: 1, principles: [2, 3], domains: [.voice])
        }
        Section("Pledge 1: We will listen")
    }

    @Test func thePlansSectionsAreIndexedAfterTheStrategysWithTheirOwnSource() throws {
        let index = PackIndex(pack)
        #expect(index.outline.map(\.heading) == ["Our pledges", "Pledge 1: We will listen", "Pledge 1: We will listen"])
        #expect(index.outline.map(\.plan) == [nil, nil, 0])
        // Section ids are unique across the strategy and its plans.
        #expect(Set(index.outline.map(\.id)).count == 3)
        let step = try #require(index.actions.first)
        #expect(index.source(of: step.section) == "Action Plan 2025-2026 › Pledge 1: We will listen")
        #expect(step.path == "actionPlans[0].sections[0].content[0].action")
        #expect(step.value.timeline == "September 2025")
    }

    @Test func roundTripsThroughJSON() throws {
        #expect(try PackCoding.decodePack(Array(try PackCoding.json(pack).utf8)) == pack)
    }
}

/// Ids repeated in a hand-written pack never send the index round in circles.
@Suite struct RepeatedSectionIDTests {
    @Test func aSectionWhoseChildRepeatsItsIDStillHasAPath() throws {
        let child = Section(id: "a", heading: "Child", content: [.narrative(Narrative(.context, "Text."))])
        let pack = AuthorityPack(id: "x", name: "X", document: StrategyDocument(title: "T"),
                                 sections: [Section(id: "a", heading: "Parent", content: [.section(child)])])
        let index = PackIndex(pack)
        #expect(index.source(of: "a") == "Parent")
        #expect(index.source(of: index.narratives[0].section) == "Parent")
    }
}
