/// A region as the statistics name it, and the region labels its authorities carry: "London" takes the authorities
/// DfE labels "Inner London" and "Outer London" as well as any labelled "London".
public struct RegionChoice: Sendable, Equatable {
    /// The region's name as DfE spells it ("North West").
    public var name: String
    /// The region labels of its authorities' rows, lower-cased.
    public var labels: Set<String>

    /// Creates a choice.
    public init(name: String, labels: Set<String>) {
        self.name = name
        self.labels = labels
    }

    /// The region names the statistics hold (regional rows' names and authorities' region labels), sorted.
    public static func names(in store: StatisticsStore) -> [String] {
        var names: [String: String] = [:]
        for observations in store.series.values {
            for row in observations {
                switch row.geographicLevel {
                case .regional: names[row.name.lowercased()] = names[row.name.lowercased()] ?? row.name
                case .localAuthority:
                    if let region = row.regionName, !region.isEmpty { names[region.lowercased()] = names[region.lowercased()] ?? region }
                case .national: break
                }
            }
        }
        if names["inner london"] != nil || names["outer london"] != nil { names["london"] = names["london"] ?? "London" }
        return names.values.sorted()
    }

    /// The region `typed` names, matched case-insensitively and ignoring punctuation and repeated spaces; a usage
    /// error naming the nearest names and every name there is otherwise.
    public static func resolve(_ typed: String, in store: StatisticsStore) throws(EngineError) -> RegionChoice {
        let known = names(in: store)
        let wanted = AuthorityNames.normalised(typed)
        guard let name = known.first(where: { AuthorityNames.normalised($0) == wanted }) else {
            throw .unknownRegion(typed, regions: known, suggestions: Suggestions.nearest(to: typed, among: known))
        }
        var labels: Set<String> = [name.lowercased()]
        if name.lowercased() == "london" { labels.formUnion(["inner london", "outer london"]) }
        return RegionChoice(name: name, labels: labels)
    }

    /// Whether an authority's row belongs to the region.
    func contains(_ row: DfEObservation) -> Bool {
        row.geographicLevel == .localAuthority && row.regionName.map { labels.contains($0.lowercased()) } == true
    }
}
