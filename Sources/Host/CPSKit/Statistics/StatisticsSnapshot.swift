import CorporateParenting

/// The statistics built into `cps`, so `cps benchmark` works with no download: DfE's figures for every standard
/// measure whose file is in DfE's releases below, for England, every region and every local authority, in every
/// year the files hold, and DfE's 2025 statistical neighbour model for every authority.
///
/// The figures are text in the binary (`StatisticsSnapshot+Data.swift`, written by
/// `scripts/make-statistics-snapshot.py`) and are read only when a command asks for them, once per process.
public enum StatisticsSnapshot {
    /// Where the figures come from, and their licence.
    public static let source = "DfE, Explore Education Statistics: \"Children looked after in England including adoptions\" (reporting year 2025, years 2020 to 2025); \"Outcomes for children in need, including children looked after by local authorities in England\" (key stages 2 and 4, academic years 2018/19 to 2024/25); \"Children's social work workforce\" (2017 to 2025); statistical neighbours from DfE's 2025 model. Contains public sector information licensed under the Open Government Licence v3.0. Built into cps by scripts/make-statistics-snapshot.py."

    /// The snapshot's series, by standard measure: read on first use, then kept.
    public static func series() -> [StandardMeasureID: [DfEObservation]] { parsedSeries }

    /// Every authority's statistical neighbours in DfE's 2025 model: read on first use, then kept.
    public static func neighbours() -> StatisticalNeighbours { parsedNeighbours }

    /// The series, read once (a `static let` is initialised on first use, safely across threads).
    static let parsedSeries: [StandardMeasureID: [DfEObservation]] = {
        var series: [StandardMeasureID: [DfEObservation]] = [:]
        for (measure, table) in tables {
            series[StandardMeasureID(rawValue: measure)] = observations(table)
        }
        return series
    }()

    /// The neighbour lists, read once.
    static let parsedNeighbours: StatisticalNeighbours = {
        var lists: [String: [String]] = [:]
        for line in neighbourTable.split(separator: "\n") {
            let parts = line.split(separator: "|")
            guard parts.count == 2 else { continue }
            lists[String(parts[0])] = parts[1].split(separator: ",").map(String.init)
        }
        return StatisticalNeighbours(model: "DfE 2025 model (built in)", lists: lists)
    }()

    /// One measure's table read into observations, in one pass: a line is
    /// `level|DfE code|ONS code|name|region|period=value,...`.
    static func observations(_ table: String) -> [DfEObservation] {
        var observations: [DfEObservation] = []
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 6 else { continue }
            let level: GeographicLevel = fields[0] == "N" ? .national : fields[0] == "R" ? .regional : .localAuthority
            let dfeCode = fields[1].isEmpty ? nil : String(fields[1])
            let onsCode = fields[2].isEmpty ? nil : String(fields[2])
            let name = String(fields[3])
            let region = fields[4].isEmpty ? nil : String(fields[4])
            for pair in fields[5].split(separator: ",") {
                guard let equals = pair.firstIndex(of: "="), let value = StatValue(String(pair[pair.index(after: equals)...])) else { continue }
                observations.append(DfEObservation(
                    timePeriod: String(pair[..<equals]), geographicLevel: level, dfeCode: dfeCode, onsCode: onsCode,
                    name: name, regionName: region, value: value
                ))
            }
        }
        return observations
    }
}
