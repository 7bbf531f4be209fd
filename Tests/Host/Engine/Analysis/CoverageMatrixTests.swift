import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct CoverageMatrixTests {
    let framework = OutcomeFramework.standard

    func profiles(_ packs: [AuthorityPack]) -> [PackProfile] { packs.map { PackProfile($0, framework: framework) } }

    func matrix(_ packs: AuthorityPack..., by dimension: CoverageDimension = .principle) -> CoverageMatrix {
        CoverageMatrix(profiles(packs), by: dimension, framework: framework)
    }

    func cell(_ matrix: CoverageMatrix, _ key: String, column: Int = 0) -> CoverageCell {
        matrix.rows.first { $0.key == key }!.cells[column]
    }

    @Test func topLevelItemsAppearWhereTheModuleMapsThem() throws {
        let matrix = CoverageMatrix(profiles(BuiltInRegistry.packs), by: .principle, framework: framework)
        for (column, pack) in BuiltInRegistry.packs.enumerated() {
            let top = PackIndex(pack).topItems.map(\.value).filter { $0.level != .pledge }
            for row in matrix.rows {
                let number = PrincipleNumber(rawValue: try #require(Int(row.key)))
                let mapped = top.contains { $0.mappings.contains { $0.basis != .suggested && $0.principles.contains(number) } }
                #expect((row.cells[column].entry(.topItem) != nil) == mapped, "\(pack.id) principle \(number)")
            }
        }
    }

    /// Field findings §2: coverage grew with the number of commitments. Thirty more actions under an item that is
    /// already covered change no cell's level, letters or heatmap cell; only the counts kept for reference grow.
    @Test func moreCommitmentsUnderACoveredItemChangeNoCell() throws {
        for dimension in CoverageDimension.allCases {
            let few = matrix(CoverageFixtures.homes(unassigned: 1), by: dimension)
            let many = matrix(CoverageFixtures.homes(unassigned: 31), by: dimension)
            #expect(few.rows.map { $0.cells.map(\.level) } == many.rows.map { $0.cells.map(\.level) })
            #expect(few.rows.map { $0.cells.map(\.letters) } == many.rows.map { $0.cells.map(\.letters) })
            #expect(TextRenderer(width: 100).render(CoverageView(matrix: few).document()) == TextRenderer(width: 100).render(CoverageView(matrix: many).document()))
        }
        let few = matrix(CoverageFixtures.homes(unassigned: 1)), many = matrix(CoverageFixtures.homes(unassigned: 31))
        // The thirty were read: the count kept for reference says so, so the cells above are equal by design.
        #expect(cell(few, "6").entry(.action)?.count == 1 && cell(many, "6").entry(.action)?.count == 31)
        #expect(cell(many, "6").level == .measured)
        #expect(cell(many, "6").letters == "T*\u{00A0}A*\u{00A0}A+*\u{00A0}M+*")
    }

    @Test func eachLevelNeedsItsKindOfEntry() {
        let matrix = matrix(CoverageFixtures.levels)
        #expect(matrix.rows.map { $0.cells[0].level } == [.named, .committed, .assigned, .measured, .named, .notCovered, .committed])
        #expect(cell(matrix, "1").kinds.map(\.kind) == [.topItem])
        #expect(cell(matrix, "3").kinds.map(\.kind) == [.topItem, .assignedAction])
        #expect(cell(matrix, "4").kinds.map(\.kind) == [.topItem, .targetedMetric])
        #expect(cell(matrix, "5").kinds.map(\.kind) == [.localPrinciple])
        #expect(cell(matrix, "7").kinds.map(\.kind) == [.pledge])
    }

    @Test func aFigureQuotedAsContextAddsNoCoverage() {
        // Levels Council quotes "Children looked after" (cla-count, homes, with a target) as context only.
        #expect(cell(matrix(CoverageFixtures.levels), "6").isEmpty)
        #expect(cell(matrix(CoverageFixtures.levels, by: .domain), "homes").isEmpty)
        #expect(cell(matrix(CoverageFixtures.levels, by: .measure), "cla-count").isEmpty)
        // Alpha quotes cla-count and persistent-absence as context and monitors neither.
        let measures = matrix(AnalysisFixtures.alpha, by: .measure)
        #expect(cell(measures, "cla-count").isEmpty && cell(measures, "persistent-absence").isEmpty)
        #expect(cell(matrix(AnalysisFixtures.alpha, by: .domain), "education").isEmpty)
    }

    @Test func statedAndJudgedMappingsAreToldApart() {
        let matrix = matrix(CoverageFixtures.bases)
        // Principle 2: the voice priority's stated mapping, and its commitment inheriting it.
        let stated = cell(matrix, "2")
        #expect(stated.kinds == [CoverageKindEntry(kind: .topItem, basis: .stated, count: 1), CoverageKindEntry(kind: .action, basis: .stated, count: 1)])
        #expect(stated.statedLevel == .committed && !stated.isJudgedOnly && stated.letters == "T\u{00A0}A")
        // Principle 6: judged only, down to the objective and action that inherit the priority's judgement.
        let judged = cell(matrix, "6")
        #expect(judged.isJudgedOnly && judged.level == .assigned && judged.statedLevel == .notCovered)
        #expect(judged.letters == "T*\u{00A0}S*\u{00A0}A+*")
        #expect(judged.entry(.subItem)?.count == 2, "near and guess inherit homes; leaving has its own mapping")
        // Principle 7: a stated objective under a judged priority.
        #expect(cell(matrix, "7").kinds == [CoverageKindEntry(kind: .subItem, basis: .stated, count: 1)])
        // The text view marks the judged kinds and says what * means.
        let text = TextRenderer(width: 120).render(CoverageView(matrix: matrix).document())
        #expect(text.contains("T*\u{00A0}S*\u{00A0}A+*"))
        let rows = CoverageView(matrix: matrix).document().tables[0].rows
        #expect(rows[1] == ["2. Express views, wishes and feelings", "T\u{00A0}A"] && rows[5][1] == "T*\u{00A0}S*\u{00A0}A+*")
        #expect(CoverageView(matrix: matrix).legend.contains("* marks a kind the encoder judged to serve it where the document states no such mapping"))
    }

    @Test func aSuggestedMappingNeverCounts() {
        // "guess" suggests principle 3 and nothing else maps 3.
        #expect(cell(matrix(CoverageFixtures.bases), "3").isEmpty)
    }

    @Test func domainCellsFollowItemsActionsAndMonitoredMetrics() {
        let matrix = matrix(AnalysisFixtures.alpha, AnalysisFixtures.beta, by: .domain)
        #expect(cell(matrix, "voice", column: 0).kinds.map(\.kind) == [.topItem, .action])
        #expect(cell(matrix, "voice", column: 1).kinds.map(\.kind) == [.subItem, .action])
        // Beta's homes priority, its objective inheriting the mapping, their actions and a monitored metric.
        #expect(cell(matrix, "homes", column: 1).kinds.map(\.kind) == [.topItem, .subItem, .action, .metric])
        // sdq-completion evidences health (its standard measure's domain), with a target.
        #expect(cell(matrix, "health", column: 0).kinds.map(\.kind) == [.targetedMetric])
        // A strategy-wide metric evidences its standard measure's domain.
        #expect(cell(matrix, "safety", column: 0).kinds.map(\.kind) == [.metric])
        #expect(cell(matrix, "relationships", column: 1).isEmpty)
    }

    @Test func measureCellsHoldBoundMonitoredMetrics() {
        let matrix = matrix(AnalysisFixtures.alpha, AnalysisFixtures.beta, by: .measure)
        let moves = cell(matrix, "placement-stability-short-term")
        #expect(matrix.rows.first { $0.key == "placement-stability-short-term" }!.cells.map(\.metrics) == [1, 1])
        #expect(moves.level == .monitored && moves.letters == "M")
        #expect(matrix.rows.first { $0.key == "sdq-completion" }!.cells.map(\.level) == [.measured, .notCovered])
        #expect(matrix.rows.count == framework.measures.count)
    }

    @Test func anUncoveredRowOfAPartialCaptureMayBeNotCaptured() throws {
        // Gamma captures part of its document and nothing in it serves principle 7.
        let explanation = CoverageExplanation(profiles([AnalysisFixtures.gamma, CoverageFixtures.levels]), by: .principle, row: 6, framework: framework)
        #expect(explanation.columns.map(\.cell.isEmpty) == [true, false])
        let view = CoverageExplanationView(explanation: explanation)
        #expect(view.summary(explanation.columns[0]) == "Nothing in the strategy, as captured, covers principle 7, Preparation for adulthood. The pack does not capture the whole document, so this may be not captured rather than not stated.")
        #expect(view.summary(explanation.columns[1]).hasPrefix("Covered by an action or pledge, with no owner, timescale, target or baseline (P*): every mapping behind it is the encoder's judgement"))
        let promise = try #require(explanation.columns[1].sources.first)
        #expect(promise.kind == .pledge && promise.basis == .judged && promise.section == "How we work" && promise.text == "We promise to help you move on.")
    }

    @Test func allDimensionsAtOnceAreEachDimensionAlone() {
        let profiles = profiles(BuiltInRegistry.packs + [CoverageFixtures.bases, CoverageFixtures.levels])
        let together = CoverageMatrix.matrices(profiles, framework: framework)
        #expect(together == CoverageDimension.allCases.map { CoverageMatrix(profiles, by: $0, framework: framework) })
        #expect(together.map(\.dimension) == CoverageDimension.allCases)
    }

    @Test func positionsAndRanksFollowTheOrderOfTheCases() {
        #expect(CoverageKind.allCases.map(\.position) == Array(CoverageKind.allCases.indices))
        #expect(CoverageLevel.allCases.map(\.rank) == Array(CoverageLevel.allCases.indices))
        #expect(CoverageLevel.allCases.sorted() == CoverageLevel.allCases)
    }

    @Test func principleMetricsFollowTheirItemOrTheirDomain() {
        let matrix = matrix(AnalysisFixtures.alpha)
        // sdq under the voice priority serves 2 and 3; moves and local under homes serve 1 and 6; the strategy-wide
        // missing metric serves the safety domain's principles (1 and 6).
        #expect(matrix.rows.map { $0.cells[0].metrics } == [3, 1, 1, 0, 0, 3, 0])
    }
}
