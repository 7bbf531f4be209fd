import Foundation

/// The project's own small DfE-layout files, in `Fixtures/`.
enum StatisticsFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static let current = path("stability_current_layout.csv")
    static let older = path("stability_older_layout.csv")
    static let neighbours2025 = path("neighbours_2025.csv")
    static let neighbours2021 = path("neighbours_2021.csv")
    /// Long-term stability in 2024 and 2025 with figures the data-quality rules flag (see QualityFlagsCommandTests).
    static let qualityFlags = path("quality_flags.csv")
    /// Neighbours for `quality_flags.csv`: Alpha, Beta and North East Lincolnshire.
    static let qualityNeighbours = path("quality_neighbours.csv")
}
