import CorporateParenting

/// The statistics built into `cps`, so `cps benchmark` works with no download: DfE figures for the standard
/// measures, for England, the five built-in councils' regions, the five councils and their statistical neighbours.
public enum StatisticsSnapshot {
    /// Where the figures come from.
    public static let source = "DfE, \"Children looked after in England including adoptions\", reporting year 2025 (years 2021 to 2025), Explore Education Statistics; statistical neighbours from DfE's 2025 model. Built into cps by scripts/make-statistics-snapshot.py."

    /// The snapshot's series, by standard measure.
    public static func series() -> [StandardMeasureID: [DfEObservation]] {
        var series: [StandardMeasureID: [DfEObservation]] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7 else { continue }
            let level: GeographicLevel = fields[1] == "N" ? .national : fields[1] == "R" ? .regional : .localAuthority
            for pair in fields[6].split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let value = StatValue(parts[1]) else { continue }
                series[StandardMeasureID(rawValue: fields[0]), default: []].append(DfEObservation(
                    timePeriod: parts[0], geographicLevel: level, dfeCode: fields[2].isEmpty ? nil : fields[2],
                    onsCode: fields[3].isEmpty ? nil : fields[3], name: fields[4],
                    regionName: level == .regional ? fields[4] : (fields[5].isEmpty ? nil : fields[5]), value: value
                ))
            }
        }
        return series
    }

    /// The five built-in councils' statistical neighbours.
    public static func neighbours() -> StatisticalNeighbours {
        var lists: [String: [String]] = [:]
        for line in neighbourTable.split(separator: "\n") {
            let parts = line.split(separator: "|").map(String.init)
            guard parts.count == 2 else { continue }
            lists[parts[0]] = parts[1].split(separator: ",").map(String.init)
        }
        return StatisticalNeighbours(model: "DfE 2025 model (built in, for the five built-in councils)", lists: lists)
    }
}
