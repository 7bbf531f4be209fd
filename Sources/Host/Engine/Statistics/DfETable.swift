import CorporateParenting

/// A DfE tidy CSV file (Explore Education Statistics layout): leading geography columns, then filter columns, then
/// value columns, read into typed columns: every column interned (see ``CSVColumns``), and each distinct value read
/// once as a figure or DfE symbol and once as a geographic level.
///
/// ```swift
/// let table = try DfETable(path: "la_cla_placement_stability.csv")
/// let rows = try table.query(where: [("cla_group", ["CLA on 31 March"])], value: "children_percent")
/// ```
public struct DfETable: Sendable {
    /// The file's path, for messages.
    public var path: String
    /// The column names.
    public var header: [String]
    /// The columns.
    public var columns: CSVColumns
    /// Each column's index by name.
    public var index: [String: Int]
    /// For each column, each distinct value read as a figure or DfE symbol (`nil` where it is neither).
    public var figures: [[StatValue?]]
    /// The geographic level of each distinct value of `geographic_level`.
    var levels: [GeographicLevel?]

    /// The columns every tidy file has.
    static let required = ["time_period", "geographic_level"]

    /// How many rows the file has.
    public var rowCount: Int { columns.rowCount }

    /// Reads a file; a file that is not tidy CSV is one error naming the line.
    public init(path: String, maximumBytes: Int = 512 * 1024 * 1024) throws(EngineError) {
        try self.init(bytes: try FileSystem.read(path, limit: maximumBytes), path: path)
    }

    /// Reads tidy CSV from bytes.
    public init(bytes: [UInt8], path: String) throws(EngineError) {
        do {
            columns = try CSVColumns.read(bytes)
        } catch {
            throw .badInput(file: path, place: "line \(error.line)", reason: error.reason)
        }
        self.path = path
        header = columns.columns.map { $0.name.trimmingCharacters(in: " ") }
        index = Dictionary(header.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for column in Self.required where index[column] == nil {
            throw .badInput(file: path, place: "line 1", reason: "the header has no \(column) column, so this is not a DfE tidy CSV file (its columns: \(header.prefix(6).joined(separator: ", ")))")
        }
        figures = columns.columns.map { $0.values.map(StatValue.init) }
        levels = columns.columns[index["geographic_level"]!].values.map { GeographicLevel(rawValue: $0) }
    }

    /// The rows whose columns hold the given values, with the value column read; a column the file lacks, or a
    /// value that is neither a number nor a DfE symbol, is an error naming the column or the line.
    public func query(where filters: [(column: String, values: [String])], value column: String) throws(EngineError) -> [DfEObservation] {
        guard let valueIndex = index[column] else {
            throw .badInput(file: path, place: nil, reason: "there is no column \(column); the columns are \(header.joined(separator: ", "))")
        }
        // Each filter as the codes of the values it accepts, so the scan compares numbers.
        var accepted: [(codes: [UInt32], allowed: [Bool])] = []
        for filter in filters {
            guard let filterIndex = index[filter.column] else {
                throw .badInput(file: path, place: nil, reason: "there is no column \(filter.column); the columns are \(header.joined(separator: ", "))")
            }
            let wanted = Set(filter.values)
            accepted.append((columns.columns[filterIndex].codes, columns.columns[filterIndex].values.map(wanted.contains)))
        }
        let levelCodes = columns.columns[index["geographic_level"]!].codes
        var observations: [DfEObservation] = []
        for row in 0..<rowCount where accepted.allSatisfy({ $0.allowed[Int($0.codes[row])] }) {
            guard let level = levels[Int(levelCodes[row])] else { continue }
            observations.append(try observation(row, level: level, valueIndex: valueIndex))
        }
        return observations
    }

    func cell(_ row: Int, _ column: String) -> String? {
        guard let position = index[column] else { return nil }
        let text = columns.value(row: row, column: position)
        return text.isEmpty ? nil : text
    }

    func observation(_ row: Int, level: GeographicLevel, valueIndex: Int) throws(EngineError) -> DfEObservation {
        guard let value = figures[valueIndex][Int(columns.columns[valueIndex].codes[row])] else {
            throw .badInput(file: path, place: "line \(columns.lines[row])", reason: "the value \"\(columns.value(row: row, column: valueIndex))\" in \(header[valueIndex]) is neither a number nor one of DfE's symbols (c, z, x, k, ~, :)")
        }
        let name: String
        let ons: String?
        switch level {
        case .national:
            name = cell(row, "country_name") ?? "England"
            ons = cell(row, "country_code")
        case .regional:
            name = cell(row, "region_name") ?? ""
            ons = cell(row, "region_code")
        case .localAuthority:
            name = cell(row, "la_name") ?? ""
            ons = cell(row, "new_la_code")
        }
        return DfEObservation(
            timePeriod: cell(row, "time_period") ?? "", geographicLevel: level,
            dfeCode: level == .localAuthority ? cell(row, "old_la_code") : nil, onsCode: ons,
            name: name, regionName: level == .national ? nil : cell(row, "region_name"), value: value
        )
    }
}
