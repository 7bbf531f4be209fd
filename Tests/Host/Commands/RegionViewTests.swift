import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// `RegionView`, whole: a region of three authorities, one with a loaded strategy, one suppressed, on one measure.
@Suite struct RegionViewTests {
    static let csv = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,placement_stability,children_count,children_percent
    2025,Reporting year,National,E92000001,England,,,,,,\(RegionFixture.longTerm),\(RegionFixture.longTermBreakdown),1000,69
    2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,\(RegionFixture.longTerm),\(RegionFixture.longTermBreakdown),100,66
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,999,Fixture,E06000099,\(RegionFixture.longTerm),\(RegionFixture.longTermBreakdown),10,70
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,998,Other,E06000098,\(RegionFixture.longTerm),\(RegionFixture.longTermBreakdown),c,c
    2025,Reporting year,Local authority,E92000001,England,E12000002,North West,997,Third,E06000097,\(RegionFixture.longTerm),\(RegionFixture.longTermBreakdown),10,64
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,999,Fixture,E06000099,\(RegionFixture.longTerm),\(RegionFixture.longTermBreakdown),10,72

    """

    func view() throws -> RegionView {
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent("stability.csv")
        try Self.csv.write(to: file, atomically: true, encoding: .utf8)
        let store = try StatisticsStore.load(files: [file.path], includeSnapshot: false, framework: .standard)
        let benchmark = Benchmark(store: store, neighbours: StatisticalNeighbours(model: "test lists", lists: ["999": ["998", "997"]]), framework: .standard, minimumRanked: 1)
        var region = RegionBenchmark(try RegionChoice.resolve("north west", in: store), benchmark: benchmark, measures: benchmark.measuresWithData,
                                     year: nil, packs: [ViewFixture.pack], asOf: PartialDate(year: 2026, month: 1, day: 1)!)
        region.sources = ["placement-stability-long-term": "stability.csv"]
        return RegionView(region: region, framework: .standard)
    }

    @Test func textWhole() throws {
        let text = TextRenderer(width: 80).render(try view().document())
        #expect(text == """
        North West: every authority on DfE's figures
        ============================================

        3 authorities of North West in the statistics; 1 has a strategy loaded, judged
        current on 2026-01-01.

        Authorities
        -----------
        Authority  DfE code  Strategy                       Statistical neighbours
        ---------  --------  -----------------------------  ----------------------------
        Fixture    999       fixture (2024 to 2026):        Other; Third
                             current on 2026-01-01, but
                             its review date has passed

        Other      998       no strategy loaded             no statistical neighbours
                                                            known

        Third      997       no strategy loaded             no statistical neighbours
                                                            known

        Long-term placement stability (higher is better)
        ------------------------------------------------
        2025. North West: 66%. England: 69%.

        Authority:         Fixture
        Value:             70%
        Rank in region:    1 of 2
        Rank in England:   1 of 2
        Quartile:          B
        Neighbours mean:   64%
        Neighbours median: 64%
        Trend:             72 → 70

        Authority:         Other
        Value:             suppressed (c)
        Rank in region:    no figure to rank
        Rank in England:   no figure to rank
        Quartile:          no figure to rank
        Neighbours mean:   no statistical neighbours known
        Neighbours median: no statistical neighbours known
        Trend:             2025 suppressed (c) (one year only)

        Authority:         Third
        Value:             64%
        Rank in region:    2 of 2
        Rank in England:   2 of 2
        Quartile:          D
        Neighbours mean:   no statistical neighbours known
        Neighbours median: no statistical neighbours known
        Trend:             64 (one year only)

          Source: stability.csv. Children under 16 looked after continuously for at
          least 2.5 years who have lived with the same carer for at least 2 years (or
          are placed for adoption and the two placements together last 2 years), as a
          percentage of those children.

          Ranks: 1 is best by the measure's polarity and ties share the better rank,
          within the region among its authorities with a figure and in England among all
          authorities; quartile A is England's best quarter. Ranks need figures for at
          least 100 authorities in England; where fewer have figures, the rank says so.
          Neighbours: test lists; mean and median of those with a figure.

        """)
    }

    @Test func markdownWhole() throws {
        let markdown = MarkdownRenderer().render(try view().document())
        #expect(markdown == """
        # North West: every authority on DfE's figures

        3 authorities of North West in the statistics; 1 has a strategy loaded, judged current on 2026-01-01.

        ## Authorities

        | Authority | DfE code | Strategy | Statistical neighbours |
        | --- | --- | --- | --- |
        | Fixture | 999 | fixture (2024 to 2026): current on 2026-01-01, but its review date has passed | Other; Third |
        | Other | 998 | no strategy loaded | no statistical neighbours known |
        | Third | 997 | no strategy loaded | no statistical neighbours known |

        ## Long-term placement stability (higher is better)

        2025\\. North West: 66%. England: 69%.

        | Authority | Value | Rank in region | Rank in England | Quartile | Neighbours mean | Neighbours median | Trend |
        | --- | ---: | --- | --- | --- | ---: | ---: | --- |
        | Fixture | 70% | 1 of 2 | 1 of 2 | B | 64% | 64% | 72 → 70 |
        | Other | suppressed (c) | no figure to rank | no figure to rank | no figure to rank | no statistical neighbours known | no statistical neighbours known | 2025 suppressed (c) (one year only) |
        | Third | 64% | 2 of 2 | 2 of 2 | D | no statistical neighbours known | no statistical neighbours known | 64 (one year only) |

        > Source: stability.csv. Children under 16 looked after continuously for at least 2.5 years who have lived with the same carer for at least 2 years (or are placed for adoption and the two placements together last 2 years), as a percentage of those children.

        > Ranks: 1 is best by the measure's polarity and ties share the better rank, within the region among its authorities with a figure and in England among all authorities; quartile A is England's best quarter. Ranks need figures for at least 100 authorities in England; where fewer have figures, the rank says so. Neighbours: test lists; mean and median of those with a figure.

        """)
    }
}
