import CorporateParenting
@testable import CPSKit
import Foundation
import Testing

/// The report's coverage heatmaps shade a cell by its level, with a legend naming each level in the colour the
/// cells use, and never by how many entries stand behind the cell.
@Suite struct CoverageHeatmapTests {
    func view(_ packs: [AuthorityPack]) -> ReportView {
        let authorities = packs.map { LoadedAuthority(pack: $0, origin: .pack(path: "\($0.id).json")) }
        let benchmark = Benchmark(store: StatisticsStore.snapshot(), neighbours: StatisticsSnapshot.neighbours(), framework: .standard)
        return ReportView(report: Report(authorities, asOf: PartialDate(year: 2026, month: 1, day: 1)!, region: nil, framework: .standard, benchmark: benchmark))
    }

    func figure(_ pack: AuthorityPack, by dimension: CoverageDimension = .principle) -> String {
        let matrix = CoverageMatrix([PackProfile(pack, framework: .standard)], by: dimension, framework: .standard)
        return view([pack]).coverageFigure(matrix, id: "heatmap", rowLabel: { "\($0.key). \($0.title)" })
    }

    /// The (fill, printed text) of each shaded square: cells end their group, legend keys do not.
    func squares(_ svg: String, cells: Bool) throws -> [(fill: String, text: String)] {
        let pattern = try NSRegularExpression(pattern: "<rect [^>]*fill=\"(#[0-9a-f]{6})\" stroke=\"#b1b4b6\"/><text [^>]*>([^<]*)</text>(</g>)?")
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { match in
            let isCell = match.range(at: 3).location != NSNotFound
            guard isCell == cells, let fill = Range(match.range(at: 1), in: svg), let text = Range(match.range(at: 2), in: svg) else { return nil }
            return (String(svg[fill]), String(svg[text]))
        }
    }

    @Test func moreCommitmentsLeaveTheHeatmapAsItWas() {
        for dimension in CoverageDimension.allCases {
            #expect(figure(CoverageFixtures.homes(unassigned: 1), by: dimension) == figure(CoverageFixtures.homes(unassigned: 31), by: dimension))
        }
    }

    @Test func cellsAreShadedByLevelInTheLegendsColours() throws {
        let svg = figure(CoverageFixtures.levels)
        let legend = try squares(svg, cells: false)
        #expect(legend.map(\.text) == ["not covered", "named", "committed", "assigned", "measured"])
        #expect(legend.map(\.fill) == Array(HeatmapSVG.shades.prefix(5)))
        let colour = Dictionary(uniqueKeysWithValues: legend.map { ($0.text, $0.fill) })
        let cells = try squares(svg, cells: true)
        // Levels Council: principles 1-7 are named, committed, assigned, measured, named, not covered, committed,
        // all judged by the encoder (so marked *).
        #expect(cells.map(\.text) == ["named*", "committed*", "assigned*", "measured*", "named*", "–", "committed*"])
        for cell in cells {
            let level = cell.text == "–" ? "not covered" : String(cell.text.dropLast())
            #expect(cell.fill == colour[level], "\(cell.text)")
        }
        #expect(svg.contains("never how many"))
    }
}
