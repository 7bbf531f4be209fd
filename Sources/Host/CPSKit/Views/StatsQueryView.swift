import CorporateParenting

/// What `cps stats query` prints: the rows of a DfE series.
public struct StatsQueryView: Renderable {
    /// The rows.
    public var rows: [DfEObservation]

    /// Encodes as an array of rows.
    public func encode(to encoder: any Encoder) throws { try rows.encode(to: encoder) }

    /// A table of the rows.
    public func document() -> Document {
        Document(blocks: [.table(Table(
            columns: ["timePeriod", "geographicLevel", "dfeCode", "onsCode", "name", "regionName", "value", "symbol"],
            rows: rows.map { [$0.timePeriod, $0.geographicLevel.rawValue, $0.dfeCode ?? "", $0.onsCode ?? "", $0.name, $0.regionName ?? "",
                              $0.value.map(JSONWriter.format) ?? "", $0.symbol ?? ""] },
            numericColumns: [6]
        ))])
    }
}
