import CorporateParenting

/// A DfE tidy CSV file (Explore Education Statistics layout): leading geography columns, then filter columns, then
/// value columns.
///
/// ```swift
/// let table = try DfETable(path: "la_cla_placement_stability.csv")
/// let rows = try table.query(where: ["cla_group": "CLA on 31 March"], value: "children_percent")
/// ```
public struct DfETable: Sendable {
    /// The file's path, for messages.
    public var path: String
    /// The column names.
    public var header: [String]
    /// The rows.
    public var rows: [[String]]
    /// The line of each row, for messages.
    public var lines: [Int]
    /// Each column's index by name.
    public var index: [String: Int]

    /// The columns every tidy file has.
    static let required = ["time_period", "geographic_level"]

    /// Reads a file; a file that is not tidy CSV is one error naming the line.
    public init(path: String, maximumBytes: Int = 512 * 1024 * 1024) throws(CPSError) {
        try self.init(bytes: try FileSystem.read(path, limit: maximumBytes), path: path)
    }

    /// Reads tidy CSV from bytes.
    public init(bytes: [UInt8], path: String) throws(CPSError) {
        let table: CSVReader.Table
        do {
            table = try CSVReader.read(bytes)
        } catch {
            throw .badInput(file: path, place: "line \(error.line)", reason: error.reason)
        }
        self.path = path
        header = table.header.map { $0.trimmingCharacters(in: " ") }
        rows = table.rows
        lines = table.lines
        index = Dictionary(header.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for column in Self.required where index[column] == nil {
            throw .badInput(file: path, place: "line 1", reason: "the header has no \(column) column, so this is not a DfE tidy CSV file (its columns: \(header.prefix(6).joined(separator: ", ")))")
        }
    }

    /// The rows whose columns hold the given values, with the value column read; a column the file lacks, or a
    /// value that is neither a number nor a DfE symbol, is an error naming the column or the line.
    public func query(where filters: [(column: String, values: [String])], value column: String) throws(CPSError) -> [DfEObservation] {
        guard let valueIndex = index[column] else {
            throw .badInput(file: path, place: nil, reason: "there is no column \(column); the columns are \(header.joined(separator: ", "))")
        }
        var resolved: [(Int, Set<String>)] = []
        for filter in filters {
            guard let filterIndex = index[filter.column] else {
                throw .badInput(file: path, place: nil, reason: "there is no column \(filter.column); the columns are \(header.joined(separator: ", "))")
            }
            resolved.append((filterIndex, Set(filter.values)))
        }
        var observations: [DfEObservation] = []
        for (rowIndex, row) in rows.enumerated() where resolved.allSatisfy({ $0.1.contains(row[$0.0]) }) {
            guard let observation = try observation(row, line: lines[rowIndex], valueIndex: valueIndex) else { continue }
            observations.append(observation)
        }
        return observations
    }

    func cell(_ row: [String], _ column: String) -> String? {
        guard let position = index[column] else { return nil }
        let text = row[position]
        return text.isEmpty ? nil : text
    }

    func observation(_ row: [String], line: Int, valueIndex: Int) throws(CPSError) -> DfEObservation? {
        guard let levelText = cell(row, "geographic_level"), let level = GeographicLevel(rawValue: levelText) else { return nil }
        guard let value = StatValue(row[valueIndex]) else {
            throw .badInput(file: path, place: "line \(line)", reason: "the value \"\(row[valueIndex])\" in \(header[valueIndex]) is neither a number nor one of DfE's symbols (c, z, x, k, ~, :)")
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
