import CorporateParenting

/// A row `cps stats query` returns: the figure and whose it is, with the row's filter columns so that no two rows
/// look alike, and what a DfE special value means.
public struct DfEQueryRow: Encodable, Equatable, Sendable {
    /// The figure, its area and period.
    public var observation: DfEObservation
    /// Each filter column's cell in this row, by column name.
    public var filters: [String: String]

    /// Creates a row.
    public init(observation: DfEObservation, filters: [String: String]) {
        self.observation = observation
        self.filters = filters
    }

    /// What the special value means ("suppressed" for `c`), or `nil` for a figure.
    public var meaning: String? {
        observation.symbol.map { StatValue.symbols[$0] ?? "not published" }
    }

    /// The value as people read it: the number, or the special value's meaning with its symbol, such as
    /// "suppressed (c)".
    public var shownValue: String {
        if let value = observation.value { return JSONWriter.format(value) }
        return observation.symbol.map(StatValue.described) ?? ""
    }

    enum CodingKeys: String, CodingKey {
        case timePeriod, geographicLevel, dfeCode, onsCode, name, regionName, filters, value, symbol, meaning
    }

    /// Encodes every key of ``DfEObservation`` with `filters` and `meaning`, writing `null` where there is nothing.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(observation.timePeriod, forKey: .timePeriod)
        try container.encode(observation.geographicLevel, forKey: .geographicLevel)
        try container.encode(observation.dfeCode, forKey: .dfeCode)
        try container.encode(observation.onsCode, forKey: .onsCode)
        try container.encode(observation.name, forKey: .name)
        try container.encode(observation.regionName, forKey: .regionName)
        try container.encode(filters, forKey: .filters)
        try container.encode(observation.value, forKey: .value)
        try container.encode(observation.symbol, forKey: .symbol)
        try container.encode(meaning, forKey: .meaning)
    }
}
