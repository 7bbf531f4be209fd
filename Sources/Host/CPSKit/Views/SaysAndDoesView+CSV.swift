import CorporateParenting
import CPSEngine

extension SaysAndDoesView {
    /// One table for every council: a `worse` row per figure worse than England's or the neighbours' mean, a
    /// `monitors` row per standard measure the strategy monitors with figures, a `strategy ended` row when the
    /// strategy ended before the figures, and a `no figures` row for a council with none.
    var csvTable: Table {
        let columns = ["authority", "kind", "measure", "title", "target", "year", "value", "england", "neighboursMean", "againstEngland",
                       "againstNeighbours", "previousYear", "previousValue", "direction", "duringStrategy", "addressedBy", "addressedText",
                       "mentions", "section", "note", "quartile", "domain", "symbol", "valueStatus", "quartileNote", "againstEnglandNote", "quality"]
        func row(_ values: [String: String]) -> [String] { columns.map { values[$0] ?? "" } }
        var rows: [[String]] = []
        for council in councils {
            let id = council.authority.id
            if let reason = council.noFigures {
                rows.append(row(["authority": id, "kind": "no figures", "note": Self.noFigures(reason)]))
                continue
            }
            if let ended = Self.endedNote(council) {
                rows.append(row(["authority": id, "kind": "strategy ended", "note": ended]))
            }
            for figure in council.figures {
                let addressing = figure.addressedBy
                rows.append(row([
                    "authority": id, "kind": "worse", "measure": figure.measure.rawValue, "title": framework.measure(figure.measure)?.title ?? "",
                    "year": figure.year, "value": JSONWriter.format(figure.value), "england": figure.england.map(JSONWriter.format) ?? "",
                    "neighboursMean": figure.neighboursMean.map(JSONWriter.format) ?? "",
                    "againstEngland": figure.againstEngland?.rawValue ?? "", "againstNeighbours": figure.againstNeighbours?.rawValue ?? "",
                    "previousYear": figure.previous?.year ?? "", "previousValue": figure.previous?.value.map(JSONWriter.format) ?? "",
                    "direction": figure.direction?.rawValue ?? "",
                    "duringStrategy": figure.duringStrategy.map { "\($0.year)=\($0.value.map(JSONWriter.format) ?? $0.symbol ?? "")" }.joined(separator: " "),
                    "addressedBy": addressing.how.rawValue, "addressedText": addressing.text ?? "", "target": addressing.target ?? "",
                    "mentions": addressing.mentions ?? "", "section": addressing.section ?? "",
                    "domain": framework.measure(figure.measure)?.domain.rawValue ?? "", "valueStatus": "published",
                    "quality": QualityNotes.cell(figure.quality),
                ]))
            }
            for item in council.commitments {
                rows.append(row([
                    "authority": id, "kind": "monitors", "measure": item.measure.rawValue, "title": item.title, "target": item.target?.wording ?? "",
                    "year": item.year ?? "", "value": item.value.map(JSONWriter.format) ?? "", "england": item.england.map(JSONWriter.format) ?? "",
                    "againstEngland": item.againstEngland?.rawValue ?? "", "quartile": item.quartile ?? "",
                    "domain": framework.measure(item.measure)?.domain.rawValue ?? "", "symbol": item.symbol ?? "", "valueStatus": item.valueStatus,
                    "quartileNote": item.quartileNote ?? "", "againstEnglandNote": item.againstEnglandNote ?? "", "quality": QualityNotes.cell(item.quality),
                ]))
            }
        }
        return Table(columns: columns, rows: rows)
    }
}
