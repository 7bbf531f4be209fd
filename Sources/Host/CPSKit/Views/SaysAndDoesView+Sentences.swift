import CorporateParenting
import CPSEngine

/// The words of `cps says-does` and the report's says-and-does section, built from the results' data.
extension SaysAndDoesView {
    /// How a figure is judged addressed, said under every table of figures.
    static let method = "A figure is addressed when the strategy monitors its measure (with the target it sets, if any) or, as cps's reading marked \"Mentions\", when a metric it monitors, an action or pledge it commits to, or an item's title names what the figure measures. Figures the strategy quotes as context, its narrative, and a priority in the same domain do not count. `cps measures --format json` lists each measure's topics."

    /// "No figures for this council: ..." with the reason.
    static func noFigures(_ reason: NoFiguresReason) -> String {
        switch reason {
        case .noCode: "No figures for this council: its pack gives no DfE or ONS code, so no published figure can be found for it."
        case .notInDfEList: "No figures for this council: its pack's codes are not in DfE's list of local authorities."
        case .notInStatistics: "No figures for this council: the statistics loaded hold no figure for it on any measure."
        }
    }

    /// The strategy's years as printed in notes ("2018-2021", "from 2023"), or `nil` when the period is not stated.
    static func period(_ council: SaysAndDoes) -> String? {
        switch (council.strategyStart, council.strategyEnd) {
        case let (start?, end?): start == end ? "\(start)" : "\(start)-\(end)"
        case let (start?, nil): "from \(start)"
        case let (nil, end?): "to \(end)"
        case (nil, nil): nil
        }
    }

    /// "The strategy ran 2018-2021; the latest figures are for 2025." when it ended before the figures.
    static func endedNote(_ council: SaysAndDoes) -> String? {
        guard council.endedBeforeFigures, let year = council.figuresYear, let period = period(council) else { return nil }
        let figures = council.askedYear == nil ? "the latest figures are for \(year)" : "the figures shown are for \(year)"
        return "The strategy ran \(period); \(figures)."
    }

    /// How many figures are worse, and how many of them nothing in the strategy addresses.
    static func summary(_ council: SaysAndDoes) -> String {
        let count = council.figures.count
        guard count > 0 else { return "No published figure of the council's is worse than England's or than its statistical neighbours' mean." }
        let unaddressed = council.figures.filter { $0.addressedBy.how == .nothing }.count
        let figures = count == 1 ? "1 published figure is" : "\(count) published figures are"
        let nothing = unaddressed == 0 ? "the strategy addresses each of them"
            : unaddressed == count ? "nothing in the strategy addresses \(count == 1 ? "it" : "any of them")"
            : "nothing in the strategy addresses \(unaddressed) of them"
        return "\(figures) worse than England's or than the statistical neighbours' mean; \(nothing)."
    }

    /// "worse than England; better than neighbours' mean".
    static func against(_ figure: SaysAndDoes.Figure) -> String {
        var parts: [String] = []
        if let england = figure.againstEngland { parts.append(words(england, "England")) }
        if let neighbours = figure.againstNeighbours { parts.append(words(neighbours, "neighbours' mean")) }
        return parts.joined(separator: "; ")
    }

    private static func words(_ standing: Standing, _ other: String) -> String {
        switch standing {
        case .better: "better than \(other)"
        case .worse: "worse than \(other)"
        case .same: "same as \(other)"
        }
    }

    /// "worsening (36% in 2024)", or why there is no direction.
    static func direction(_ figure: SaysAndDoes.Figure, unit: MeasureUnit?) -> String {
        guard let previous = figure.previous else { return "no figure for an earlier year" }
        let year = BenchmarkView.year(previous.year)
        guard let value = previous.value, let direction = figure.direction else {
            return "\(year): \(Absent.describe(value: previous.value, symbol: previous.symbol) ?? Absent.noFigure)"
        }
        return "\(direction.rawValue) (\(NumberFormat.withUnit(value, unit)) in \(year))"
    }

    /// The column heading for the strategy's years.
    static func duringHeading(_ council: SaysAndDoes) -> String {
        period(council).map { "During the strategy (\($0))" } ?? "During the strategy"
    }

    /// The figures of the strategy's years, or why there are none.
    static func during(_ figure: SaysAndDoes.Figure, council: SaysAndDoes, unit: MeasureUnit?) -> String {
        guard let period = period(council) else { return "the strategy's period is not stated" }
        guard !figure.duringStrategy.isEmpty else { return "no figure for \(period) in the data" }
        return figure.duringStrategy.map { point in
            "\(BenchmarkView.year(point.year)): " + (point.value.map { NumberFormat.withUnit($0, unit) } ?? Absent.describe(value: nil, symbol: point.symbol) ?? Absent.noFigure)
        }.joined(separator: ", ")
    }

    /// What addresses a figure, with its text and section; a text match is marked as cps's reading.
    static func addressed(_ addressing: SaysAndDoes.Addressing) -> String {
        let text = "\"\(addressing.text ?? "")\""
        let what: String
        switch addressing.how {
        case .nothing: return "Nothing in the strategy addresses it."
        case .target: what = "monitors \(text) with the target \"\(addressing.target ?? "")\""
        case .monitors: what = "monitors \(text)"
        case .commitsTo: what = "commits to \(text)"
        case .item: what = "its \(addressing.itemLevel.map { PackText.name($0) } ?? "item") \(text)"
        }
        var sentence = addressing.mentions.map { "Mentions \"\($0)\" (cps's reading): \(what)" } ?? what.analysisCapitalised()
        if let section = addressing.section { sentence += " (\(section))" }
        sentence += "."
        if addressing.others > 0 {
            sentence += addressing.others == 1 ? " 1 more entry addresses it." : " \(addressing.others) more entries address it."
        }
        return sentence
    }
}
