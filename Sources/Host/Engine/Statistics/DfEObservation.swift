/// One figure of a DfE series: whose, when, and the value.
public struct DfEObservation: Codable, Equatable, Sendable {
    /// The period as the file writes it ("2025", or "202425" for an academic year).
    public var timePeriod: String
    /// National, regional or local authority.
    public var geographicLevel: GeographicLevel
    /// DfE's three-digit code (local authorities).
    public var dfeCode: String?
    /// The ONS code (the authority's, the region's or England's).
    public var onsCode: String?
    /// The area's name.
    public var name: String
    /// The region's name (regions and local authorities).
    public var regionName: String?
    /// The figure, or `nil` for a special value.
    public var value: Double?
    /// The special value, or `nil` for a figure.
    public var symbol: String?

    /// Creates an observation.
    public init(timePeriod: String, geographicLevel: GeographicLevel, dfeCode: String? = nil, onsCode: String? = nil,
                name: String, regionName: String? = nil, value: StatValue) {
        self.timePeriod = timePeriod
        self.geographicLevel = geographicLevel
        self.dfeCode = dfeCode
        self.onsCode = onsCode
        self.name = name
        self.regionName = regionName
        self.value = value.number
        self.symbol = value.symbol
    }

    /// Encodes every key, writing `null` for an absent value or symbol, as `cps stats query` documents.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timePeriod, forKey: .timePeriod)
        try container.encode(geographicLevel, forKey: .geographicLevel)
        try container.encode(dfeCode, forKey: .dfeCode)
        try container.encode(onsCode, forKey: .onsCode)
        try container.encode(name, forKey: .name)
        try container.encode(regionName, forKey: .regionName)
        try container.encode(value, forKey: .value)
        try container.encode(symbol, forKey: .symbol)
    }
}
