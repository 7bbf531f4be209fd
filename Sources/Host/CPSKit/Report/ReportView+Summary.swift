import CorporateParenting
import CPSEngine

/// The report's first section: a card per council that a performance officer can read on one screen.
extension ReportView {
    /// The summary's fields for one council: strategy, figures worse than England and than neighbours, the worst
    /// figures, the most serious gaps.
    func summaryFields(_ summary: CouncilSummary) -> [Field] {
        [
            Field("Strategy", strategyLine(summary)),
            Field("Figures worse than England", countLine(summary.worseThanEngland, of: summary.judged)),
            Field("Figures worse than neighbours", countLine(summary.worseThanNeighbours, of: summary.judged)),
            Field("Worst against England", summary.judged == 0 ? "no figures for this council"
                : summary.worseThanEngland.isEmpty ? "no figure worse than England's"
                : summary.worseThanEngland.prefix(CouncilSummary.worstShown).map(worstLine).joined(separator: "\n")),
            Field("Most serious gaps", summary.seriousGaps.isEmpty ? "no gaps found by the gap rules"
                : summary.seriousGaps.map { "\($0.severity.rawValue.prefix(1).uppercased() + $0.severity.rawValue.dropFirst()): \(Self.headline(GapSentence.message($0)))" }.joined(separator: "\n")
                    + (summary.gapCount > summary.seriousGaps.count ? "\n(\(summary.gapCount) gaps in all; see Gaps.)" : "")),
        ]
    }

    /// A gap's sentence up to its first aside (a parenthesis or a clause after a semicolon), so a card stays short;
    /// the Gaps section gives it whole.
    static func headline(_ message: String) -> String {
        let cuts = [" (", "; "].compactMap { message.firstRange(of: $0)?.lowerBound }
        guard let cut = cuts.min() else { return message }
        var head = message[..<cut]
        while let last = head.last, ",;: ".contains(last) { head = head.dropLast() }
        return head + "."
    }

    /// "2023 to 2025: ended before 2026-01-01", or without `dated`, "2023 to 2025: ended".
    func strategyLine(_ summary: CouncilSummary, dated: Bool = true) -> String {
        let period = summary.period.display, on = dated ? " on \(report.asOf)" : "", before = dated ? " before \(report.asOf)" : ""
        switch summary.currency {
        case .current: return "\(period): current\(on)"
        case .ended: return "\(period): ended\(before)"
        case .notStarted: return "\(period): not started\(on)"
        case .endNotStated: return "\(period): end not stated"
        }
    }

    /// "9 of 24 figures (3 improving, 5 worsening, 1 with no earlier figure)", or "no figures for this council".
    func countLine(_ figures: [FigureStanding], of judged: Int) -> String {
        guard judged > 0 else { return "no figures for this council" }
        guard !figures.isEmpty else { return "none of \(judged)" }
        let travel: [(DirectionOfTravel?, String)] = [(.improving, "improving"), (.worsening, "worsening"), (.unchanged, "unchanged"), (nil, "with no earlier figure")]
        let parts = travel.compactMap { direction, words in
            let count = figures.filter { $0.travel == direction }.count
            return count == 0 ? nil : "\(count) \(words)"
        }
        return "\(figures.count) of \(judged) (\(parts.joined(separator: ", ")))"
    }

    /// "Development assessments: 30% against England's 88%, worsening since 2023/24 (45%)".
    func worstLine(_ figure: FigureStanding) -> String {
        let measure = framework.measure(figure.measure)
        let unit = measure?.unit
        let england = figure.england.map { " against England's \(NumberFormat.withUnit($0, unit))" } ?? ""
        let year = figure.year.map { " in \(BenchmarkView.year($0))" } ?? ""
        let since = figure.previous.flatMap { previous in
            previous.value.map { " since \(BenchmarkView.year(previous.year)) (\(NumberFormat.withUnit($0, unit)))" }
        } ?? ""
        let travel = figure.travel.map { $0.rawValue + since } ?? "no earlier figure"
        let flag = figure.flagged ? "\(QualityFlag.marker) (\(QualityFlag.checkTheReturn))" : ""
        return "\(measure?.title ?? figure.measure.rawValue): \(NumberFormat.withUnit(figure.value, unit))\(flag)\(year)\(england), \(travel)"
    }

    /// The summary for text, Markdown and CSV: the table at a glance, then a heading and fields per council.
    var summaryBlocks: [Block] {
        guard !report.summaries.isEmpty else { return [.paragraph("No strategy is loaded, so there is nothing to summarise.")] }
        return [.paragraph(summaryLede), .table(glanceTable)] + report.summaries.flatMap { summary -> [Block] in
            [.heading(summary.authority.label, level: 2), .fields(summaryFields(summary))]
        }
    }

    var summaryLede: String {
        "Judged on \(report.asOf): each strategy's period, each council's latest DfE figures against England's and its statistical neighbours' mean by each measure's polarity (context measures are not judged), with the direction of travel since the previous figure, and its gaps."
    }

    /// A row per council: its strategy's currency, how many figures are worse than England and neighbours (and
    /// how many of those are worsening), and its gaps by severity.
    var glanceTable: Table {
        func worse(_ figures: [FigureStanding], _ judged: Int) -> String {
            guard judged > 0 else { return "no figures" }
            let worsening = figures.filter { $0.travel == .worsening }.count
            return "\(figures.count) of \(judged)" + (worsening == 0 ? "" : " (\(worsening) worsening)")
        }
        return Table(
            columns: ["Council", "Strategy", "Figures worse than England", "Figures worse than neighbours", "Gaps"],
            rows: zip(report.summaries, report.gaps).map { summary, gaps in
                let counts = Severity.allCases.reversed().map { severity in (severity, gaps.gaps.filter { $0.severity == severity }.count) }
                    .filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)\($0.1 == 1 || $0.0 == .info ? "" : "s")" }
                return [summary.authority.label, strategyLine(summary, dated: false), worse(summary.worseThanEngland, summary.judged),
                        worse(summary.worseThanNeighbours, summary.judged), counts.isEmpty ? "no gaps found" : counts.joined(separator: ", ")]
            },
            rowHeaders: true
        )
    }

    /// The summary as a grid of cards, one per council.
    var summaryHTML: String {
        guard !report.summaries.isEmpty else { return HTMLRenderer.html(summaryBlocks, idPrefix: "summary") }
        var html = "<p class=\"note\">\(HTML.escape(summaryLede))</p>\n" + HTMLRenderer.html(glanceTable) + "\n<div class=\"cards\">\n"
        for summary in report.summaries {
            let flagged = summary.currency == .ended || summary.currency == .notStarted
            html += "<article class=\"card\" id=\"summary-\(HTML.escape(HTML.slug(summary.authority.id)))\">\n<h3>\(HTML.escape(summary.authority.label))</h3>\n<dl>\n"
            for field in summaryFields(summary) {
                let attention = field.label == "Strategy" && flagged ? " class=\"attention\"" : ""
                html += "<dt>\(HTML.escape(field.label))</dt><dd\(attention)>\(HTML.multiline(field.value))</dd>\n"
            }
            html += "</dl>\n</article>\n"
        }
        return html + "</div>\n"
    }
}
