import CorporateParenting
@testable import CPSEngine
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

    /// The (fill, printed text) of each shaded square: the grid's cells, or the legend's keys.
    func squares(_ svg: String, cells: Bool) throws -> [(fill: String, text: String)] {
        let group = cells ? "cell" : "legend"
        let pattern = try NSRegularExpression(pattern: "<g class=\"\(group)\">(?:<title>[^<]*</title>)?<rect [^>]*fill=\"(#[0-9a-f]{6})\" stroke=\"#b1b4b6\"/><text [^>]*>([^<]*)</text></g>")
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { match in
            guard let fill = Range(match.range(at: 1), in: svg), let text = Range(match.range(at: 2), in: svg) else { return nil }
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
        #expect(legend.map(\.text) == ["not covered", "named", "monitored", "committed", "assigned", "measured"])
        // Six distinct shades, lightest for "not covered", each darker than the last.
        #expect(legend.map(\.fill) == legend.map(\.fill).filter { HeatmapSVG.shades.contains($0) })
        #expect(Set(legend.map(\.fill)).count == 6)
        #expect(legend.first?.fill == HeatmapSVG.shades[0])
        #expect(legend.map { HeatmapSVG.shades.firstIndex(of: $0.fill) ?? -1 } == legend.map { HeatmapSVG.shades.firstIndex(of: $0.fill) ?? -1 }.sorted())
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
