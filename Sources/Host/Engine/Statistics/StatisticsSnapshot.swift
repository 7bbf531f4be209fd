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

    /// One measure's table read into observations, in one pass over its bytes: a line is
    /// `level|DfE code|ONS code|name|region|period=value,...`; a line without six fields is skipped.
    static func observations(_ table: String) -> [DfEObservation] {
        var observations: [DfEObservation] = []
        let bytes = Array(table.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            var fields: [Range<Int>] = []
            var fieldStart = lineStart
            for index in lineStart..<lineEnd where bytes[index] == UInt8(ascii: "|") && fields.count < 5 {
                fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            fields.append(fieldStart..<lineEnd)
            guard fields.count == 6 else { continue }
            let levelByte = fields[0].isEmpty ? 0 : bytes[fields[0].lowerBound]
            let level: GeographicLevel = levelByte == UInt8(ascii: "N") ? .national : levelByte == UInt8(ascii: "R") ? .regional : .localAuthority
            let dfeCode = fields[1].isEmpty ? nil : text(fields[1])
            let onsCode = fields[2].isEmpty ? nil : text(fields[2])
            let name = text(fields[3])
            let region = fields[4].isEmpty ? nil : text(fields[4])
            var pairStart = fields[5].lowerBound
            while pairStart < lineEnd {
                let pairEnd = bytes[pairStart..<lineEnd].firstIndex(of: UInt8(ascii: ",")) ?? lineEnd
                defer { pairStart = pairEnd + 1 }
                guard let equals = bytes[pairStart..<pairEnd].firstIndex(of: UInt8(ascii: "=")),
                      let value = StatValue(text(equals + 1..<pairEnd)) else { continue }
                observations.append(DfEObservation(
                    timePeriod: text(pairStart..<equals), geographicLevel: level, dfeCode: dfeCode, onsCode: onsCode,
                    name: name, regionName: region, value: value
                ))
            }
        }
        return observations
    }
}
