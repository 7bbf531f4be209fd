@testable import CPSEngine
@testable import CPSKit
import Testing

/// The heatmap shades each cell as the legend band that holds its value, draws the diagonal as "itself", not as
/// "none", and keeps its legend inside the figure.
@Suite struct HeatmapSVGTests {
    /// A similarity heatmap of three strategies whose largest off-diagonal score is 0.667, as the report draws it.
    static let similarity: HeatmapSVG = {
        let scores = [[1.0, 0.429, 0.667], [0.429, 1.0, 0.2], [0.667, 0.2, 1.0]]
        let names = ["Lancashire", "Sefton", "North East Lincolnshire"]
        return HeatmapSVG(
            id: "h", title: "Similarity", description: "d", rowLabels: names, columnLabels: names,
            cells: scores.enumerated().map { row, values in
                values.enumerated().map { column, score in
                    HeatmapSVG.Cell(weight: row == column ? nil : score, label: SimilarityView.format(score), tooltip: "")
                }
            },
            bands: HeatmapSVG.Band.even(maximum: 1, whole: false, resolution: 0.001, unit: { SimilarityView.format($0) }),
            notCompared: "a strategy with itself (1.000)"
        )
    }()

    /// The fill of the first cell printing `label`.
    static func cellFill(_ label: String, in svg: String) -> String? {
        let cell = svg.components(separatedBy: "<g class=\"cell\">").dropFirst().first { $0.contains(">\(label)</text>") }
        return cell.flatMap { SVGProbe.elements("rect", in: $0).first }.flatMap { SVGProbe.attribute("fill", of: $0) }
    }

    /// The legend's entries: each swatch's fill and its words.
    static func legend(_ svg: String) -> [(fill: String, text: String)] {
        svg.components(separatedBy: "<g class=\"legend\">").dropFirst().compactMap { entry in
            guard let rect = SVGProbe.elements("rect", in: entry).first, let fill = SVGProbe.attribute("fill", of: rect),
                  let text = SVGProbe.texts(in: entry).first?.text else { return nil }
            return (fill, text)
        }
    }

    @Test func aCellIsShadedAsTheLegendBandHoldingItsValue() throws {
        let svg = Self.similarity.render()
        for (label, value) in [("0.429", 0.429), ("0.667", 0.667), ("0.200", 0.2)] {
            let fill = try #require(Self.cellFill(label, in: svg))
            let entry = try #require(Self.legend(svg).first { $0.fill == fill }, "no legend swatch of \(fill)")
            // The band's words are "low–high"; the value lies within them.
            let bounds = entry.text.split(separator: "–").compactMap { Double($0) }
            try #require(bounds.count == 2, "\(entry.text)")
            #expect(bounds[0] <= value && value <= bounds[1], "\(label) drawn as \"\(entry.text)\"")
        }
        // Before the fix 0.429 was scaled by the largest score (0.667) and drawn in the "up to 0.800" shade.
        #expect(Self.cellFill("0.429", in: svg) == HeatmapSVG.shades[3])
    }

    @Test func theDiagonalIsItselfNotNone() throws {
        let svg = Self.similarity.render()
        let fill = try #require(Self.cellFill("1.000", in: svg))
        let legend = Self.legend(svg)
        #expect(fill != legend.first { $0.text == "none" }?.fill)
        #expect(legend.first { $0.fill == fill }?.text == "a strategy with itself (1.000)")
    }

    @Test func theLegendStaysInsideTheFigure() {
        // Two strategies make a narrow grid: the legend wraps onto rows rather than running off the edge.
        var heatmap = Self.similarity
        heatmap.rowLabels = ["A", "B"]
        heatmap.columnLabels = ["A", "B"]
        heatmap.cells = [[heatmap.cells[0][0], heatmap.cells[0][1]], [heatmap.cells[1][0], heatmap.cells[1][1]]]
        for map in [Self.similarity, heatmap] {
            let svg = map.render()
            let texts = SVGProbe.texts(in: svg).filter { entry in Self.legend(svg).contains { $0.text == entry.text } }
            #expect(texts.count == 7)
            for entry in texts {
                let x = SVGProbe.number("x", of: entry.attributes) ?? 0, y = SVGProbe.number("y", of: entry.attributes) ?? 0
                #expect(x + Double(entry.text.count * map.characterWidth) <= Double(map.width), "\(entry.text) at \(x)")
                #expect(y <= Double(map.height), "\(entry.text) at \(y)")
            }
        }
    }

    @Test func wholeNumberBandsNeverOverlap() {
        let bands = HeatmapSVG.Band.even(maximum: 93, whole: true, unit: { String(Int($0)) })
        #expect(bands.map(\.label) == ["none", "1–19", "20–38", "39–57", "58–76", "77–93"])
        for value in 0...93 { #expect(bands.filter { $0.holds(Double(value)) }.count == 1, "\(value)") }
        #expect(HeatmapSVG.Band.even(maximum: 2, whole: true, unit: { String(Int($0)) }).map(\.label) == ["none", "1", "2"])
    }
}
