import CorporateParenting

/// Each authority's statistical neighbours, closest first, by DfE code, from one of DfE's models.
///
/// Reads both layouts DfE has published: the 2025 model (`old_la_code, la_name, ..., SN_1, SN_1P, ...`) and the
/// 2021 groupings (`LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, SN2, SNP, ...`, with a trailing empty
/// column). Closeness labels may carry trailing spaces ("Close ").
public struct StatisticalNeighbours: Sendable {
    /// Which model the lists come from.
    public var model: String
    /// Each authority's neighbours' DfE codes, closest first.
    public var lists: [String: [String]]

    /// Wraps lists.
    public init(model: String, lists: [String: [String]]) {
        self.model = model
        self.lists = lists
    }

    /// Reads a model file.
    public init(path: String) throws(EngineError) {
        let table: CSVReader.Table
        do {
            table = try CSVReader.read(try FileSystem.read(path, limit: 16 * 1024 * 1024))
        } catch let error as CSVError {
            throw .badInput(file: path, place: "line \(error.line)", reason: error.reason)
        } catch let error as EngineError {
            throw error
        } catch {
            throw .badInput(file: path, place: nil, reason: "\(error)")
        }
        let header = table.header.map { $0.trimmingCharacters(in: " ") }
        let codeColumn: Int
        var neighbourColumns: [Int]
        if let code = header.firstIndex(of: "old_la_code") {
            codeColumn = code
            neighbourColumns = (1...10).compactMap { header.firstIndex(of: "SN_\($0)") }
            model = "DfE 2025 model (\(path))"
        } else if let code = header.firstIndex(of: "LA num") {
            codeColumn = code
            neighbourColumns = (1...10).compactMap { header.firstIndex(of: "SN\($0)") }
            model = "DfE 2021 groupings (\(path))"
        } else {
            throw .badInput(file: path, place: "line 1", reason: "the header has neither old_la_code (DfE's 2025 model) nor \"LA num\" (the 2021 groupings)")
        }
        guard !neighbourColumns.isEmpty else {
            throw .badInput(file: path, place: "line 1", reason: "the header names no neighbour columns (SN_1 or SN1)")
        }
        var lists: [String: [String]] = [:]
        for row in table.rows {
            let code = row[codeColumn].trimmingCharacters(in: " ")
            guard !code.isEmpty else { continue }
            lists[code] = neighbourColumns.map { row[$0].trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        }
        self.lists = lists
    }
}
